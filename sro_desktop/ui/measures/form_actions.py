"""The measure form's lifecycle menu and the Träger picker's upkeep (a mixin of
:class:`~.form.MeasureForm`, kept apart so that the form stays one idea per file)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMenu

from ...services import measures as services
from ...services.formatting import german_sort_key
from ...services.measures import OrganizationChoice, allowed_actions
from .actions import ActionDialog
from .agenda_dialog import AgendaDialog
from .labels import action_text
from .provider_dialog import ProviderDialog

if TYPE_CHECKING:
    from ...app import AppContext
    from .document import MeasureDocument
    from .pages import FormPages

__all__ = ["FormActions"]


class FormActions:
    """Mixin: the "Aktionen" menu, its dialogs, and new or changed Träger."""

    # Provided by MeasureForm:
    ctx: AppContext
    doc: MeasureDocument
    pages: FormPages
    actions_menu: QMenu
    is_modified: Callable[[], bool]
    save: Callable[[], bool]
    reload: Callable[[], None]
    refresh_money: Callable[[], None]

    def _fill_actions(self) -> None:
        self.actions_menu.clear()
        data = self.doc.data
        if data.id is None:
            return
        with self.ctx.database.session() as s:
            state = services.measure_state(s, data.id)
        for action, reason in allowed_actions(state).items():
            act = self.actions_menu.addAction(action_text(action) + " …")
            act.setObjectName(f"action_{action}")
            act.setEnabled(reason is None)
            if reason:
                act.setToolTip(reason)
                act.setStatusTip(reason)
            act.triggered.connect(lambda _c=False, a=action: self.run_action(a))

    def run_action(self, action: str) -> ActionDialog | AgendaDialog | None:
        """Open the dialog of a lifecycle action (saving unsaved changes first)."""
        if self.is_modified() and not self.save():
            return None
        parent: Any = self
        dialog: ActionDialog | AgendaDialog
        if action == "put_on_agenda":
            dialog = AgendaDialog(self.ctx.database, self.doc.data, self.ctx.user, parent)
        else:
            dialog = ActionDialog(self.ctx, self.doc.data, action, parent)
        dialog.accepted.connect(lambda: self._on_action_done(dialog))
        dialog.open()
        return dialog

    def _on_action_done(self, dialog: ActionDialog | AgendaDialog) -> None:
        if dialog.outcome is not None:
            self.reload()
            self.refresh_money()
            self.ctx.bus.publish(dialog.outcome.changes, initiator=self)

    def _on_new_provider(self) -> None:
        dialog = ProviderDialog(self.ctx.database, self)  # type: ignore[arg-type]
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.created_id is None:
            return
        self.refresh_providers()
        self.doc.edit("provider_id", dialog.created_id,
                      text=QCoreApplication.translate("MeasureForm", "Träger wählen"))
        self.ctx.bus.publish(dialog.changes(), initiator=self)

    def refresh_providers(self) -> None:
        """Offer the Träger as stored now, in German order (Ärztehaus before Baum), keeping
        the current choice."""
        with self.ctx.database.session() as s:
            organizations = services.organization_choices(s)
        self.pages.organizations = organizations
        combo = self.pages.provider_combo
        if combo is None:
            return
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for org in _sorted(organizations):
                combo.addItem(org.name, str(org.id))
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)


def _sorted(organizations: list[OrganizationChoice]) -> list[OrganizationChoice]:
    return sorted(organizations, key=lambda o: german_sort_key(o.name))
