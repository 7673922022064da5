"""Pickers bound to tuple-of-id fields: the areas of a measure and the linked concerns."""

from __future__ import annotations

import html
import uuid
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTreeWidget, QTreeWidgetItem, QWidget

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
    """Concerns raised at a Stadtteiltisch that the measure answers (``concern_ids``)."""

    def __init__(self, doc: MeasureDocument, parent: QWidget) -> None:
        self.list = QListWidget(parent)
        super().__init__(doc, "concern_ids", self.list, field_text("concern_ids"))
        self.list.setObjectName("field_concern_ids")
        self.list.setAccessibleName(_t("Verknüpfte Anliegen aus dem Stadtteiltisch"))
        self.list.setFixedHeight(110)
        self.list.itemChanged.connect(self._on_item_changed)

    def set_choices(self, choices: Sequence[ConcernChoice]) -> None:
        """Offer these concerns (linked ones stay even when they are not among them)."""
        self._updating = True
        try:
            self.list.clear()
            for choice in choices:
                text = f"{format_date(choice.raised_on)} – {choice.text}".strip(" –")
                item = QListWidgetItem(text[:200], self.list)
                item.setToolTip(_tooltip_html(choice.text))
                item.setData(_ID, str(choice.id))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            if not choices:
                item = QListWidgetItem(
                    _t("Keine Anliegen aus dem Stadtteiltisch für diese Gebiete."), self.list)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        finally:
            self._updating = False
        self.refresh()

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
        self.list.setEnabled(editable)
