"""The area tree as a lazy item model: ids and a row cache per parent, children on demand.

The whole (small) tree is read at once into a snapshot: one plain-SQL query for the area rows
and one aggregate for the measure counts (``services.tree_query``, no ORM, so the first paint
does not wait for the models). Rows are still handed to the views lazily: a parent's children
become rows only when a view asks (``fetchMore``), from the snapshot, without another query.
After a change the model reads a new snapshot and applies the difference for every loaded
parent row by row: removals, moves as a layout change of that one parent, insertions and
changed cells. It never resets, so selection and expansion survive edits. The model never
knows its views.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ..services.changes import ChangeSet
from ..services.tree_query import AreaNode, TreeSnapshot, read_snapshot
from ..storage.database import Database
from .change_bus import ChangeBus
from .i18n import level_text

AREA_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_COLUMN, COUNT_COLUMN = 0, 1
COUNTS_DELAY_MS = 300
# Stadtbereich letters read well in front of the name ("D · Groß Klein"); longer technical keys
# (RR-NW) would clutter the tree and appear in the tooltip and the overview instead.
CODE_PREFIX_MAX = 2
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"

Index = QModelIndex | QPersistentModelIndex
_LAYOUT_ARGS = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")


class _Entry:
    """One row of the tree (a plain class: the model is built before the first paint)."""

    __slots__ = ("area", "children", "key", "parent_key")

    def __init__(self, key: int, parent_key: int | None, area: AreaNode | None) -> None:
        self.key = key
        self.parent_key = parent_key
        self.area = area  # None for the invisible root
        self.children: list[int] | None = None  # None until fetched


def display_name(node: AreaNode) -> str:
    """Name with a short code in front (``D · Groß Klein``)."""
    text = node.name
    if node.code and len(node.code) <= CODE_PREFIX_MAX:
        text = f"{node.code} · {text}"
    return text


class AreaTreeModel(QAbstractItemModel):
    """Lazy tree of areas: name (with short code) and the number of measures in the subtree."""

    def __init__(
        self,
        database: Database,
        bus: ChangeBus,
        *,
        include_retired: bool = False,
        defer_counts: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = database
        self._include_retired = include_retired
        # The window shows the tree before it reads the measure counts (a scan of the measures
        # table); its first refresh() brings them.
        self._counts_pending = defer_counts
        self._serial = 0
        self._entries: dict[int, _Entry] = {}
        self._by_area: dict[uuid.UUID, int] = {}
        self._root = self._new_entry(None, None)
        self._snapshot = self._read()
        self._icons = {
            "model": QIcon(str(ICONS / "model-region.svg")),
            "uncertain": QIcon(str(ICONS / "uncertain.svg")),
            "retired": QIcon(str(ICONS / "retired.svg")),
            # Rows without a mark get an empty icon so that all names start in one column.
            "none": QIcon(str(ICONS / "blank.svg")),
        }
        # Measure saves (autosave while typing) only move the count column: coalesce them.
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self.refresh)
        bus.changed.connect(self._on_bus_changed)
        # The top level is always visible, so it is loaded at once.
        self.fetchMore(QModelIndex())

    # --- bookkeeping --------------------------------------------------------------------

    def _read(self) -> TreeSnapshot:
        # Both reads in one transaction, so that rows and counts belong together.
        with self._db.engine.connect() as conn:
            return read_snapshot(conn, counts=not self._counts_pending)

    def _new_entry(self, parent_key: int | None, area: AreaNode | None) -> _Entry:
        self._serial += 1
        entry = _Entry(self._serial, parent_key, area)
        self._entries[entry.key] = entry
        if area is not None:
            self._by_area[area.id] = entry.key
        return entry

    def _drop(self, key: int) -> None:
        entry = self._entries.pop(key)
        if entry.area is not None and self._by_area.get(entry.area.id) == key:
            del self._by_area[entry.area.id]
        for child in entry.children or ():
            self._drop(child)

    def _entry(self, index: Index) -> _Entry:
        if not index.isValid():
            return self._root
        return self._entries[index.internalId()]

    def _index_of(self, entry: _Entry, column: int = 0) -> QModelIndex:
        if entry.parent_key is None:
            return QModelIndex()
        siblings = self._entries[entry.parent_key].children or []
        return self.createIndex(siblings.index(entry.key), column, entry.key)

    # --- Qt model interface -------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Index of a loaded row."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        kids = self._entry(parent).children or []
        return self.createIndex(row, column, kids[row])

    def parent(self, child: Index | None = None) -> QModelIndex:  # type: ignore[override]
        """Parent index (``parent()`` without argument is QObject's parent)."""
        if child is None:
            return QObject.parent(self)  # type: ignore[return-value]
        if not child.isValid():
            return QModelIndex()
        entry = self._entries[child.internalId()]
        assert entry.parent_key is not None
        return self._index_of(self._entries[entry.parent_key])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Loaded children (zero until fetched)."""
        if parent.isValid() and parent.column() != NAME_COLUMN:
            return 0
        return len(self._entry(parent).children or ())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Name and measure count."""
        return 2

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """From the stored child count, so that unexpanded nodes show an expander."""
        if parent.isValid() and parent.column() != NAME_COLUMN:
            return False
        entry = self._entry(parent)
        if entry.children is not None:
            return bool(entry.children)
        return entry.area is None or entry.area.child_count > 0

    def canFetchMore(self, parent: Index) -> bool:
        """True for a node whose children were not loaded yet."""
        if parent.isValid() and parent.column() != NAME_COLUMN:
            return False
        entry = self._entry(parent)
        return entry.children is None and (entry.area is None or entry.area.child_count > 0)

    def fetchMore(self, parent: Index) -> None:
        """Load the children of one node."""
        if not self.canFetchMore(parent):
            return
        entry = self._entry(parent)
        area_id = entry.area.id if entry.area else None
        nodes = self._snapshot.children(area_id, self._include_retired)
        entry.children = []
        if nodes:
            self.beginInsertRows(parent, 0, len(nodes) - 1)
            entry.children = [self._new_entry(entry.key, n).key for n in nodes]
            self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable and enabled; retired nodes too (their history stays readable)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Gebiet") if section == NAME_COLUMN else self.tr("Maßnahmen")
        if role == Qt.ItemDataRole.ToolTipRole and section == COUNT_COLUMN:
            return self.tr("Maßnahmen im Gebiet und seinen Untergebieten")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text, marks, tooltips and the area id of a row."""
        if not index.isValid():
            return None
        node = self._entries[index.internalId()].area
        assert node is not None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME_COLUMN:
                return display_name(node)
            return str(node.measure_count) if node.measure_count else ""
        if role == AREA_ID_ROLE:
            return node.id
        if role == LEVEL_ROLE:
            return node.level
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(node)
        if column == NAME_COLUMN and role == Qt.ItemDataRole.DecorationRole:
            return self._icon(node)
        if role == Qt.ItemDataRole.FontRole and node.uncertain:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and node.retired:
            # Colours, not brushes: Qt turns them into brushes, and Python then need not set
            # up QBrush (and its gradient presets) for the first paint.
            return QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ForegroundRole and node.uncertain:
            return QColor("#8a5a00")
        if column == COUNT_COLUMN and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _icon(self, node: AreaNode) -> QIcon:
        if node.retired:
            return self._icons["retired"]
        if node.is_model_region:
            return self._icons["model"]
        if node.uncertain:
            return self._icons["uncertain"]
        return self._icons["none"]

    def _describe(self, node: AreaNode) -> str:
        level = level_text(node.level)
        parts = [node.name, f"{level} {node.code}" if node.code else level]
        if node.uncertain:
            parts.append(self.tr("Arbeitstitel – noch nicht bestätigt"))
        if node.is_model_region:
            parts.append(self.tr("Modellregion"))
        if node.retired:
            parts.append(self.tr("außer Dienst"))
        parts.append(self.tr("Maßnahmen: {count}").format(count=node.measure_count))
        return ", ".join(parts)

    # --- lookups for the window ---------------------------------------------------------

    def node(self, index: Index) -> AreaNode | None:
        """The area row behind an index (None for no row)."""
        if not index.isValid():
            return None
        return self._entries[index.internalId()].area

    def area_id(self, index: Index) -> uuid.UUID | None:
        """The area of a row (None for no row)."""
        if not index.isValid():
            return None
        area = self._entries[index.internalId()].area
        return area.id if area else None

    def index_for(self, area_id: uuid.UUID, *, fetch: bool = True) -> QModelIndex:
        """Index of an area, loading its ancestors' rows first when ``fetch`` is set.

        An invalid index when the area is hidden (retired) or unknown.
        """
        if area_id not in self._by_area and fetch:
            if area_id not in self._snapshot.tree.rows:
                self.refresh()  # added since the last read (by someone else)
            for ancestor in reversed(self._snapshot.tree.ancestors(area_id)):
                key = self._by_area.get(ancestor)
                if key is None:
                    break
                self.fetchMore(self._index_of(self._entries[key]))
        key = self._by_area.get(area_id)
        return self._index_of(self._entries[key]) if key is not None else QModelIndex()

    @property
    def include_retired(self) -> bool:
        """Whether retired areas are shown (greyed)."""
        return self._include_retired

    def set_include_retired(self, include: bool) -> None:
        """Show or hide retired areas, keeping expansion and selection of the others."""
        if include != self._include_retired:
            self._include_retired = include
            self.refresh()

    # --- refreshing ---------------------------------------------------------------------

    def _on_bus_changed(self, changes: ChangeSet, initiator: object) -> None:
        if changes.touches("areas"):
            self._counts_timer.stop()
            self.refresh()
        elif changes.touches("measures"):
            self._counts_timer.start()

    @property
    def counts_pending(self) -> bool:
        """True while the measure counts were not read yet (``defer_counts``)."""
        return self._counts_pending

    def refresh(self) -> None:
        """Re-read the tree (with the measure counts) and apply only the differences to every
        loaded parent."""
        self._counts_pending = False
        self._snapshot = self._read()
        loaded = [e for e in self._entries.values() if e.children is not None]
        # Top-down, so that a parent that disappeared takes its loaded subtree with it.
        for entry in sorted(loaded, key=self._depth):
            if entry.key in self._entries:
                area_id = entry.area.id if entry.area else None
                self._sync(entry, self._snapshot.children(area_id, self._include_retired))

    def _depth(self, entry: _Entry) -> int:
        depth = 0
        while entry.parent_key is not None:
            depth += 1
            entry = self._entries[entry.parent_key]
        return depth

    def _sync(self, entry: _Entry, nodes: list[AreaNode]) -> None:
        parent = self._index_of(entry)
        kids = entry.children or []
        wanted = [n.id for n in nodes]
        wanted_set = set(wanted)
        # 1. Rows that are gone.
        for row in range(len(kids) - 1, -1, -1):
            area = self._entries[kids[row]].area
            if area is None or area.id not in wanted_set:
                self.beginRemoveRows(parent, row, row)
                self._drop(kids.pop(row))
                self.endRemoveRows()
        # 2. Rows that stay but changed place (a rename re-sorts): one layout change.
        present = {self._entries[k].area.id: k for k in kids}  # type: ignore[union-attr]
        order = [present[i] for i in wanted if i in present]
        if order != kids:
            self._reorder(entry, parent, order)
        # 3. New rows, at their sorted place.
        for row, node in enumerate(nodes):
            if node.id not in present:
                self.beginInsertRows(parent, row, row)
                kids.insert(row, self._new_entry(entry.key, node).key)
                self.endInsertRows()
        # 4. Changed cells.
        for row, node in enumerate(nodes):
            child = self._entries[kids[row]]
            if child.area != node:
                child.area = node
                self.dataChanged.emit(self.createIndex(row, NAME_COLUMN, child.key),
                                      self.createIndex(row, COUNT_COLUMN, child.key))

    def _reorder(self, entry: _Entry, parent: QModelIndex, order: list[int]) -> None:
        kids = entry.children or []
        parents = [QPersistentModelIndex(parent)]
        hint = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
        # PySide picks the no-argument overload unless the signature is named.
        self.layoutAboutToBeChanged[_LAYOUT_ARGS].emit(parents, hint)
        old_rows = {key: row for row, key in enumerate(kids)}
        new_rows = {key: row for row, key in enumerate(order)}
        moved_from: list[QModelIndex] = []
        moved_to: list[QModelIndex] = []
        for index in self.persistentIndexList():
            # Keys are unique per row, so a key of this parent's list identifies its rows.
            if index.isValid() and index.internalId() in old_rows:
                key = index.internalId()
                moved_from.append(index)
                moved_to.append(self.createIndex(new_rows[key], index.column(), key))
        kids[:] = order
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged[_LAYOUT_ARGS].emit(parents, hint)
