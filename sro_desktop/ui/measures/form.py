"""The measure form (objectName ``measureForm``): the whole application in tabs, validated
while typing, undoable per field change, saved with optimistic concurrency, moved through its
lifecycle by explicit actions (:mod:`.form_actions`), kept in step with changes made elsewhere
(:mod:`.form_sync`), with the measure's money in the budget on the Finanzen tab
(:mod:`.money_box`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...app import AppContext
from ...services import measures as services
from ...services.measures import Issue, MeasureData, is_editable
from ...services.measures.fields import INCOME_FIELDS
from .assessments_view import AssessmentsPage
from .bindings import UndoKeyFilter
from .builder import FieldBuilder
from .document import MeasureDocument
from .form_actions import FormActions
from .form_saving import FormSaving
from .form_sync import FormSync
from .history_view import HistoryView
from .issue_list import IssueList, Message
from .labels import field_text, status_text
from .money_box import MoneyBox
from .pages import FormPages

__all__ = ["MeasureForm"]

_TAB_OF_FIELD = {
    "title": 0, "area_ids": 0, "places": 0, "summary": 0, "need": 0, "need_raised_at": 0,
    "concern_ids": 0, "start": 0, "end": 0, "declarations_confirmed": 0,
    "declarations_text": 0, "provider_id": 1, "contact_name": 1, "contact_email": 1,
    "contact_phone": 1, "partners": 1, "target_groups": 2, "goals": 2, "plan": 2,
    "milestones": 2, "principles": 3, "cost_lines": 4, "own_cents": 4,
    "third_party_cents": 4, "third_party_source": 4, "requested_cents": 4, "financing": 4,
    "interim_report_due": 5, "interim_report_received_on": 5, "final_report_due": 5,
    "proof_of_use_due": 5, "evaluation_plan": 5, "assessments": 6,
}
# Messages about a sum name no input of their own: focus the first field of the sum.
_FOCUS_OF_FIELD = {"financing": "own_cents"}


class MeasureForm(FormActions, FormSaving, QDialog):
    """Editor of one measure (``measure_id`` None: a new application)."""

    def __init__(self, ctx: AppContext, measure_id: uuid.UUID | None, *,
                 area_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("measureForm")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        with ctx.database.session() as s:
            self.areas = services.area_infos(s)
            organizations = services.organization_choices(s)
            data = services.load_measure(s, measure_id) if measure_id else MeasureData()
        if measure_id is None and area_id in self.areas:
            data = replace(data, area_ids=(area_id,)) if self.areas[area_id].level in (
                "social_space", "quarter") else data
        self.doc = MeasureDocument(data, self)
        self.parse_errors: dict[str, str] = {}
        self.issues: tuple[Issue, ...] = ()
        self._built = False
        self.undo_filter = UndoKeyFilter(self.doc, self)
        self.builder = FieldBuilder(self.doc, self.undo_filter, self._on_parse_error)
        self.pages = FormPages(self.doc, self.builder, self.areas, organizations,
                               self._load_concerns)
        self.money: MoneyBox | None = None
        self.sync = FormSync(self)
        self._build()
        self.doc.field_changed.connect(self._on_field_changed)
        self.doc.replaced.connect(self._on_replaced)
        self.doc.stack.cleanChanged.connect(self._on_clean_changed)
        self._built = True
        self._on_replaced()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = QLabel(self)
        self.header.setObjectName("measureHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.header.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("measureStatus")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("measureTabs")
        new_provider = QPushButton(self.tr("Neuer Träger …"))
        new_provider.setObjectName("measureNewProvider")
        new_provider.clicked.connect(self._on_new_provider)
        self.assessments: AssessmentsPage | None = None
        self.history: HistoryView | None = None
        # Tabs are built when first shown: opening a measure costs one page, not eight.
        self._tab_builders: list[Callable[[], QWidget]] = [
            self.pages.application, lambda: self.pages.provider(new_provider),
            self.pages.goals, self.pages.principles,
            lambda: self.pages.finance(self._build_money()),
            self.pages.evaluation, self._build_assessments, self._build_history,
        ]
        self._tabs_built: set[int] = set()
        titles = (self.tr("Antrag"), self.tr("Träger && Partner"), self.tr("Ziele && Plan"),
                  self.tr("Prinzipien"), self.tr("Finanzen"), self.tr("Evaluation"),
                  self.tr("Bewertungen"), self.tr("Verlauf"))
        for title in titles:
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, title)
        self.ensure_tab(0)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.summary = IssueList(self)
        self.summary.setObjectName("measureIssues")
        self.summary.setAccessibleName(self.tr("Hinweise zum Antrag"))
        self.summary.field_requested.connect(self.show_field)

        self.actions_button = QToolButton(self)
        self.actions_button.setObjectName("measureActions")
        self.actions_button.setText(self.tr("Aktionen"))
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions_menu = QMenu(self.actions_button)
        self.actions_menu.setToolTipsVisible(True)
        self.actions_button.setMenu(self.actions_menu)
        self.actions_menu.aboutToShow.connect(self._fill_actions)
        self.undo_button = QPushButton(self.tr("Rückgängig"), self)
        self.undo_button.setObjectName("measureUndo")
        self.redo_button = QPushButton(self.tr("Wiederholen"), self)
        self.redo_button.setObjectName("measureRedo")
        self.save_button = QPushButton(self.tr("Speichern"), self)
        self.save_button.setObjectName("measureSave")
        self.save_button.setDefault(True)
        close = QPushButton(self.tr("Schließen"), self)
        close.setObjectName("measureClose")
        self.undo_button.clicked.connect(self.doc.stack.undo)
        self.redo_button.clicked.connect(self.doc.stack.redo)
        self.doc.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.doc.stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.doc.stack.undoTextChanged.connect(
            lambda t: self.undo_button.setToolTip(self.tr("Rückgängig: {0}").format(t)))
        self.doc.stack.redoTextChanged.connect(
            lambda t: self.redo_button.setToolTip(self.tr("Wiederholen: {0}").format(t)))
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.close)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.doc.stack.undo),
                           (QKeySequence.StandardKey.Redo, self.doc.stack.redo),
                           (QKeySequence.StandardKey.Save, self.save)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.actions_button)
        buttons.addStretch()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sync.bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.resize(1040, 780)

    def _on_clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _build_assessments(self) -> QWidget:
        self.assessments = AssessmentsPage(self.doc, self.ctx.user, self.undo_filter)
        return self.assessments

    def _build_money(self) -> MoneyBox:
        self.money = MoneyBox(self.ctx, lambda: self.doc.data.id)
        return self.money

    def refresh_money(self) -> None:
        """Read the measure's ledger sums again (after a booking or a lifecycle step)."""
        if self.money is not None:
            self.money.refresh()

    def _build_history(self) -> QWidget:
        self.history = HistoryView(self.ctx.database)
        return self.history

    def ensure_tab(self, index: int) -> None:
        """Build the page of tab ``index`` if it is not built yet."""
        if index in self._tabs_built or not 0 <= index < len(self._tab_builders):
            return
        self._tabs_built.add(index)
        page = self._tab_builders[index]()
        holder = self.tabs.widget(index)
        layout = holder.layout() if holder is not None else None
        assert layout is not None
        layout.addWidget(page)
        if self._built:
            self._apply_status()
            self._validate()

    def field_widget(self, field: str) -> QWidget:
        """The widget of a field (its tab is built on demand)."""
        self.ensure_tab(_TAB_OF_FIELD.get(field.split("[")[0], 0))
        return self.builder.widgets[field]

    # --- state -------------------------------------------------------------------------------

    @property
    def data(self) -> MeasureData:
        """The edited data."""
        return self.doc.data

    def is_modified(self) -> bool:
        """Unsaved changes?"""
        return not self.doc.stack.isClean()

    def _update_title(self) -> None:
        data = self.doc.data
        name = data.title or self.tr("Neue Maßnahme")
        number = data.number or self.tr("(noch nicht gespeichert)")
        self.header.setText(f"{number} – {name}")
        marker = "*" if self.is_modified() else ""
        self.setWindowTitle(f"{marker}{self.tr('Maßnahme')} {number}")
        extended = self.tr(", verlängert") if data.extended else ""
        self.status.setText(self.tr("Status: {0}").format(status_text(data.status)) + extended)
        self.actions_button.setEnabled(data.id is not None)

    def _apply_status(self) -> None:
        """Lock what the state locks."""
        status = self.doc.data.status
        for binding in self.builder.bindings:
            binding.set_editable(is_editable(status, binding.field))
        for name, editor in self.pages.tables.items():
            editor.set_editable(is_editable(status, name))
        if self.assessments is not None:
            self.assessments.set_editable(is_editable(status, "assessments"))
        if self.pages.new_provider_button is not None:
            self.pages.new_provider_button.setEnabled(is_editable(status, "provider_id"))

    def _on_replaced(self) -> None:
        self.sync.clear()
        self._apply_status()
        self.refresh_concerns()
        self._update_title()
        self._validate()
        if self.history is not None and self.tabs.currentIndex() == self.tabs.count() - 1:
            self._load_history()

    def _on_field_changed(self, field: str) -> None:
        if field == "area_ids":
            self.refresh_concerns()
        if field in ("title",):
            self._update_title()
        self._validate()

    def refresh_concerns(self) -> None:
        """Offer the concerns of the measure's areas as stored now."""
        if self.pages.concern_picker is not None:
            self.pages.concern_picker.reload()

    def _load_concerns(self, search: str, limit: int) -> list[services.ConcernChoice]:
        # Links of the stored version stay listed after being unticked, so they can be
        # ticked again.
        data = self.doc.data
        linked = set(data.concern_ids) | set(self.doc.base.concern_ids)
        with self.ctx.database.session() as s:
            return services.concern_choices(s, data.area_ids, limit, linked=linked,
                                            search=search)

    def _on_parse_error(self, field: str, text: str) -> None:
        if text:
            self.parse_errors[field] = text
        else:
            self.parse_errors.pop(field, None)
        if self._built:
            self._validate()

    def _validate(self) -> None:
        """Show each rule message next to its field and all of them in the summary."""
        self.issues = services.validate(self.doc.data, self.areas)
        self.pages.update_finance(self.parse_errors)
        # While an amount is unreadable the document holds its last readable value: a sum
        # checked against that would report a difference that is not there (or hide one).
        stale_sums = any(f in self.parse_errors for f in INCOME_FIELDS)
        by_field: dict[str, list[Message]] = {}
        for issue in self.issues:
            if stale_sums and issue.field == "financing":
                continue
            by_field.setdefault(issue.field, []).append((issue.message, issue.row))
        for field, text in self.parse_errors.items():
            by_field[field] = [(text, None)]
        for field, label in self.builder.messages.items():
            base = field.split("_")[0] if field.startswith("principles_") else field
            messages = [m for m, _row in by_field.get(base if base != "principles" else field, [])]
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
        self.summary.show_messages(by_field, self.tr("Der Antrag ist vollständig."))

    def issues_list_item(self, row: int) -> str:
        """The text of one line of the summary of rule messages."""
        item = self.summary.item(row)
        return item.text() if item is not None else ""

    def show_field(self, field: str, row: int | None = None) -> None:
        """Bring the field a message names into view and give it the focus (the table row a
        message is about, 1-based, becomes current; None or -1: none)."""
        field = _FOCUS_OF_FIELD.get(field, field)
        self.tabs.setCurrentIndex(_TAB_OF_FIELD.get(field.split("_")[0] if field.startswith(
            "principles_") else field, 0))
        widget = self.builder.widgets.get(field)
        if widget is None:
            return
        if (isinstance(widget, QTableView) and row is not None and row > 0
                and widget.model() is not None):
            index = widget.model().index(row - 1, 0)
            if index.isValid():
                widget.setCurrentIndex(index)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        scroll = widget.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:
            scroll.ensureWidgetVisible(widget, 20, 20)

    def _on_tab_changed(self, index: int) -> None:
        self.ensure_tab(index)
        if index == self.tabs.count() - 1:
            self._load_history()

    def _load_history(self) -> None:
        if self.history is None:
            return
        data = self.doc.data
        child_ids = [row.id for name in services.CHILD_TYPES for row in getattr(data, name)
                     if row.id is not None]
        self.history.load(data.id, child_ids)

    # --- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.is_modified():
            event.accept()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Ungespeicherte Änderungen"),
                          self.tr("Die Maßnahme hat ungespeicherte Änderungen. Speichern?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("measureUnsaved")
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Speichern"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Verwerfen"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        answer = box.exec()
        saved = answer == QMessageBox.StandardButton.Save and self.save()
        if saved or answer == QMessageBox.StandardButton.Discard:
            event.accept()
        else:
            event.ignore()

    def reject(self) -> None:
        """Escape closes through :meth:`closeEvent`, which asks about unsaved changes."""
        self.close()

    def field_label(self, field: str) -> str:
        """The label of a field in the interface language (for tests and messages)."""
        return field_text(field)
