"""Pickers bound to tuple-of-id fields: the areas of a measure and the linked concerns."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models import AreaLevel
from ...services.formatting import format_date, german_sort_key
from ...services.measures import AreaInfo, ConcernChoice
from .bindings import Binding
from .document import MeasureDocument
from .labels import field_text

__all__ = ["AreaPicker", "ConcernPicker"]

_ID = Qt.ItemDataRole.UserRole


def _t(text: str) -> str:
    """The measure form's translation context."""
    return QCoreApplication.translate("MeasureForm", text)


def _tooltip_html(text: str) -> str:
    """User text as a tooltip: escaped so "<b>" shows as typed, in a paragraph so that Qt
    wraps long text (a plain-text tooltip is one endless line), its line breaks kept."""
    if not text:
        return ""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


class AreaPicker(Binding):
    """A tree of Regionalräume → Sozialräume → Quartiere with check boxes (``area_ids``)."""

    def __init__(self, doc: MeasureDocument, areas: Mapping[uuid.UUID, AreaInfo],
                 parent: QWidget) -> None:
        self.tree = QTreeWidget(parent)
        super().__init__(doc, "area_ids", self.tree, field_text("area_ids"))
        self.tree.setObjectName("field_area_ids")
        self.tree.setAccessibleName(_t("Gebiet: Sozialräume und Quartiere"))
        self.tree.setHeaderHidden(True)
        self.tree.setFixedHeight(180)
        self.items: dict[uuid.UUID, QTreeWidgetItem] = {}
        children: dict[uuid.UUID | None, list[AreaInfo]] = {}
        for info in areas.values():
            children.setdefault(info.parent_id, []).append(info)

        def kids(parent_id: uuid.UUID) -> list[AreaInfo]:
            return sorted(children.get(parent_id, []), key=lambda a: german_sort_key(a.name))

        regions = sorted((a for a in areas.values() if a.level == AreaLevel.REGION),
                         key=lambda a: german_sort_key(a.name))
        for region in regions:
            top = QTreeWidgetItem(self.tree, [region.name])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for space in kids(region.id):
                if space.level != AreaLevel.SOCIAL_SPACE:
                    continue
                item = self._add(top, space)
                for quarter in kids(space.id):
                    if quarter.level == AreaLevel.QUARTER:
                        self._add(item, quarter)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.refresh()

    def _add(self, parent: QTreeWidgetItem, info: AreaInfo) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [info.label])
        item.setData(0, _ID, str(info.id))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                      | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        self.items[info.id] = item
        return item

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating:
            return
        chosen = tuple(sorted((i for i, it in self.items.items()
                               if it.checkState(0) == Qt.CheckState.Checked), key=str))
        self.push(chosen, mergeable=False)

    def show_value(self, value: object) -> None:
        chosen = set(value) if isinstance(value, tuple) else set()
        for area_id, item in self.items.items():
            state = Qt.CheckState.Checked if area_id in chosen else Qt.CheckState.Unchecked
            if item.checkState(0) != state:
                item.setCheckState(0, state)
            parent = item.parent()
            if area_id in chosen and parent is not None:
                parent.setExpanded(True)

    def set_editable(self, editable: bool) -> None:
        self.tree.setEnabled(editable)


class ConcernPicker(Binding):
    """Concerns raised at a Stadtteiltisch that the measure answers (``concern_ids``).

    ``load(search, limit)`` reads the choices (see
    :func:`~sro_desktop.services.measures.lookups.concern_choices`): the linked concerns first
    and ticked, whatever their area or age, then the newest others of the measure's areas. A
    search field above the list finds older ones. Ticking changes only the concern ticked, so
    a link the list does not show (hidden by the search) is never dropped.
    """

    LIMIT = 200

    def __init__(self, doc: MeasureDocument, parent: QWidget,
                 load: Callable[[str, int], Sequence[ConcernChoice]] | None = None,
                 area_names: Mapping[uuid.UUID, str] | None = None) -> None:
        self.box = QWidget(parent)
        self.box.setObjectName("concernPicker")
        self.list = QListWidget(self.box)
        super().__init__(doc, "concern_ids", self.list, field_text("concern_ids"))
        self._load = load
        self._area_names = area_names or {}
        self.search = QLineEdit(self.box)
        self.search.setObjectName("concernSearch")
        self.search.setPlaceholderText(_t("Anliegen suchen (Text oder Datum) …"))
        self.search.setAccessibleName(_t("Anliegen suchen"))
        self.search.setClearButtonEnabled(True)
        self.list.setObjectName("field_concern_ids")
        self.list.setAccessibleName(_t("Verknüpfte Anliegen aus dem Stadtteiltisch"))
        self.list.setFixedHeight(130)
        self.hint = QLabel(self.box)
        self.hint.setObjectName("concernHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.hide()
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        # Searching reads the database: wait until the typing pauses.
        self._timer = QTimer(self.box)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.list.itemChanged.connect(self._on_item_changed)

    def reload(self) -> None:
        """Read the choices again for the current areas, links and search text."""
        self._timer.stop()
        if self._load is None:
            return
        text = self.search.text().strip()
        choices = list(self._load(text, self.LIMIT + 1))
        others = [c for c in choices if not c.linked]
        more = len(others) > self.LIMIT
        if more:
            drop = others[self.LIMIT].id
            choices = [c for c in choices if c.id != drop]
        self.set_choices(choices, search=text, more=more)

    def set_choices(self, choices: Sequence[ConcernChoice], *, search: str = "",
                    more: bool = False) -> None:
        """Offer these concerns; ``more``: further ones exist beyond them."""
        self._updating = True
        try:
            self.list.clear()
            areas = set(self.doc.data.area_ids)
            for choice in choices:
                text = f"{format_date(choice.raised_on)} – {choice.text}".strip(" –")[:200]
                if choice.area_id is not None and choice.area_id not in areas \
                        and choice.area_id in self._area_names:
                    text += f" · {self._area_names[choice.area_id]}"
                if choice.deleted:
                    text += " " + _t("(gelöscht)")
                item = QListWidgetItem(text, self.list)
                item.setToolTip(_tooltip_html(choice.text))
                item.setData(_ID, str(choice.id))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            if not choices:
                empty = (_t("Keine Anliegen gefunden für „{text}“.").format(text=search)
                         if search else
                         _t("Keine Anliegen aus dem Stadtteiltisch für diese Gebiete."))
                item = QListWidgetItem(empty, self.list)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        finally:
            self._updating = False
        self.refresh()
        shown = {c.id for c in choices}
        hidden = [c for c in self.doc.data.concern_ids if c not in shown]
        notes = []
        if more:
            notes.append(_t("Gezeigt werden die {n} neuesten Treffer; bitte die Suche genauer "
                            "fassen.").format(n=self.LIMIT) if search else
                         _t("Gezeigt werden die {n} neuesten Anliegen der Gebiete; ältere "
                            "finden Sie über das Suchfeld.").format(n=self.LIMIT))
        if hidden:
            notes.append(_t("1 verknüpftes Anliegen ist durch die Suche ausgeblendet; die "
                            "Verknüpfung bleibt.") if len(hidden) == 1 else
                         _t("{n} verknüpfte Anliegen sind durch die Suche ausgeblendet; die "
                            "Verknüpfungen bleiben.").format(n=len(hidden)))
        self.hint.setText(" ".join(notes))
        self.hint.setVisible(bool(notes))

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._updating:
            return
        chosen = set(self.value())
        concern_id = uuid.UUID(item.data(_ID))
        if item.checkState() == Qt.CheckState.Checked:
            chosen.add(concern_id)
        else:
            chosen.discard(concern_id)
        self.push(tuple(sorted(chosen, key=str)), mergeable=False)

    def show_value(self, value: object) -> None:
        chosen = {str(v) for v in value} if isinstance(value, tuple) else set()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_ID) is None:
                continue
            state = Qt.CheckState.Checked if item.data(_ID) in chosen else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)

    def set_editable(self, editable: bool) -> None:
        # The search stays usable: a locked application still shows what it links.
        self.list.setEnabled(editable)
