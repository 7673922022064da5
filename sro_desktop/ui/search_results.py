"""The drop-down results of the global search: the grouped item model, the delegate that
draws a hit in two lines with the matched words in bold, and the service's German words of a
hit translated.

The search field that fills the model and shows the drop-down is :mod:`.search`.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from ..services.search import PAGE_SIZE, SearchGroup, SearchResults
from ..services.search_hits import SearchHit

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
MORE_ROLE = Qt.ItemDataRole.UserRole + 3  # the group key of a "more" row
LINK_COLOR = "#1a56b0"


def _t(text: str) -> str:
    """The search's translation context for the words the search service writes."""
    return QCoreApplication.translate("SearchResultsModel", text)


def group_text(group_label: str) -> str:
    """A group heading as the service writes it ("Protokolle"), translated."""
    return QCoreApplication.translate("SearchGroup", group_label)


def hit_texts(hit: SearchHit) -> tuple[str, str]:
    """Title and context of a hit with the service's German words translated (the service
    writes "TOP 3 …", "Vereinbarung: …", "Maßnahme", "· Zielgruppe: …" and a task's state)."""
    title, context = hit.title, hit.context
    if hit.kind == "agenda_item" and title.startswith("TOP "):
        number, _, name = title.removeprefix("TOP ").partition(" ")
        title = f"{_t('TOP {number}').format(number=number)} {name}".strip()
    for kind, prefix in (("arrangement", "Vereinbarung: "), ("amendment",
                                                           "Änderung zum Protokoll: ")):
        if hit.kind == kind and title.startswith(prefix):
            label = _t("Vereinbarung") if kind == "arrangement" else _t("Änderung zum Protokoll")
            title = f"{label}: {title.removeprefix(prefix)}"
    if hit.kind == "measure" and context == "Maßnahme":
        context = _t("Maßnahme")
    if hit.kind == "concern":
        context = context.replace(" · Zielgruppe: ", " · " + _t("Zielgruppe: "))
    if hit.kind == "task":
        *rest, state = context.split(" · ")
        if state == "offen":
            state = _t("offen")
        elif state.startswith(("erledigt ", "bis ")):
            word, _, day = state.partition(" ")
            state = (_t("erledigt {date}") if word == "erledigt" else _t("bis {date}")).format(
                date=day)
        context = " · ".join([*rest, state])
    return title, context


def hit_html(hit: SearchHit) -> str:
    """Title, context and the snippet with the matched words in bold (all text escaped)."""
    parts: list[str] = []
    pos = 0
    for start, end in hit.highlights:
        parts.append(html.escape(hit.snippet[pos:start]))
        parts.append(f"<b>{html.escape(hit.snippet[start:end])}</b>")
        pos = end
    parts.append(html.escape(hit.snippet[pos:]))
    title, context = hit_texts(hit)
    return (f"<div><span class='title'>{html.escape(title)}</span>"
            f"&nbsp;&nbsp;<span class='context'>{html.escape(context)}</span></div>"
            f"<div class='snippet'>{''.join(parts)}</div>")


class SearchResultsModel(QAbstractItemModel):
    """Groups ("Protokolle (12)") with their hits as children, and below the hits of a group
    that has more matches a row "Mehr anzeigen" that loads the next page."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.results = SearchResults("")

    def set_results(self, results: SearchResults) -> None:
        """Show new results."""
        self.beginResetModel()
        self.results = results
        self.endResetModel()

    def _has_more(self, group: SearchGroup) -> bool:
        return len(group.hits) < group.total

    def append_hits(self, key: str, hits: Sequence[SearchHit], total: int) -> None:
        """Add the next page of a group (``hits`` already shown are skipped) with its current
        total; the "more" row stays below the hits while the group has more."""
        row = next((i for i, g in enumerate(self.results.groups) if g.key == key), -1)
        if row < 0:
            return
        group = self.results.groups[row]
        shown = {(h.kind, h.id) for h in group.hits}
        new = tuple(h for h in hits if (h.kind, h.id) not in shown)
        parent = self.index(row, 0)
        # Rows may have been deleted meanwhile: the total follows the database, but never
        # drops below what is shown.
        updated = dataclasses.replace(group, hits=group.hits + new,
                                      total=max(total, len(group.hits) + len(new)))

        def replace(value: SearchGroup) -> None:
            groups = list(self.results.groups)
            groups[row] = value
            self.results = dataclasses.replace(self.results, groups=tuple(groups))

        # The "more" row names how many are left: it goes and comes back below the new hits,
        # so that no row changes its meaning while rows are inserted.
        at = len(group.hits)
        if self._has_more(group):
            self.beginRemoveRows(parent, at, at)
            replace(dataclasses.replace(group, total=len(group.hits)))
            self.endRemoveRows()
        added = len(new) + (1 if self._has_more(updated) else 0)
        if added:
            self.beginInsertRows(parent, at, at + added - 1)
            replace(updated)
            self.endInsertRows()
        else:
            replace(updated)
        self.dataChanged.emit(parent, parent)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Groups carry id 0, hits (and a group's "more" row) the number of their group plus
        one."""
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self.results.groups) else QModelIndex()
        if parent.internalId() != 0 or row >= self.rowCount(parent):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Hits belong to their group; groups to the root."""
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Groups at the top, hits below (plus the "more" row)."""
        if not parent.isValid():
            return len(self.results.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            group = self.results.groups[parent.row()]
            return len(group.hits) + (1 if self._has_more(group) else 0)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One column."""
        return 1

    def _group_of(self, index: Index) -> SearchGroup | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.results.groups[int(index.internalId()) - 1]

    def hit(self, index: Index) -> SearchHit | None:
        """The hit at ``index`` (None for a group or a "more" row)."""
        group = self._group_of(index)
        if group is None or index.row() >= len(group.hits):
            return None
        return group.hits[index.row()]

    def more_group(self, index: Index) -> str | None:
        """The key of the group whose "more" row ``index`` is (None for other rows)."""
        group = self._group_of(index)
        if group is None or index.row() < len(group.hits):
            return None
        return group.key

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Group headings, hits and "more" rows."""
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self.results.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                shown = len(group.hits)
                more = self.tr(" – {n} gezeigt").format(n=shown) if shown < group.total else ""
                return f"{group_text(group.label)} ({group.total}){more}"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setWeight(QFont.Weight.DemiBold)
                return font
            return None
        more = self.more_group(index)
        if more is not None:
            return self._more_data(index, role)
        hit = self.hit(index)
        if hit is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title, context = hit_texts(hit)
            return f"{title} – {context}: {hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        if role == HTML_ROLE:
            return hit_html(hit)
        if role == HIT_ROLE:
            return hit
        return None

    def _more_data(self, index: Index, role: int) -> Any:
        group = self._group_of(index)
        assert group is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            rest = group.total - len(group.hits)
            return self.tr("Mehr anzeigen ({n} weitere von {total})").format(
                n=min(rest, PAGE_SIZE), total=group.total)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Die nächsten Treffer dieser Gruppe laden (Eingabe oder Klick)")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(LINK_COLOR)
        if role == MORE_ROLE:
            return group.key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Hits and "more" rows are selectable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


HIT_CSS = ".title { font-weight: 600; } .context { color: #5f6368; } .snippet { color: #3c4043; }"
SELECTED_CSS = "body, .title, .context, .snippet { color: #ffffff; } .title { font-weight: 600; }"


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: title with context, then the snippet with bold matches."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument | None:
        markup = index.data(HTML_ROLE)
        if not markup:
            return None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDefaultStyleSheet(SELECTED_CSS if selected else HIT_CSS)
        doc.setHtml(markup)
        # At sizeHint time the option has no width yet: the viewport's width is what counts.
        width = self.view.viewport().width() - self.view.indentation() - 8
        doc.setTextWidth(max(200, width))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Selection background from the style, text from the document."""
        doc = self._document(option, index)
        if doc is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        painter.save()
        painter.translate(option.rect.topLeft() + QPoint(4, 2))
        doc.drawContents(painter, QRectF(0, 0, option.rect.width() - 8, option.rect.height()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """As high as the two lines."""
        doc = self._document(option, index)
        if doc is None:
            return super().sizeHint(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4)
