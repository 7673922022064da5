"""The global search field of the main window's toolbar and its grouped results.

Typing searches minutes, concerns, tasks and measures of the whole database after a short
pause; the results drop down below the field, grouped, with the matched words in bold; a group
with more matches than shown ends in a row "Mehr anzeigen" that loads the next page. Enter or
a click on a hit emits ``open_requested(kind, id)``: the main window routes "measure" to the measure
form and every other kind to the meeting editor (``MeetingPanel.open_target``).
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QPainter, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..services.search import (
    PAGE_SIZE,
    SearchGroup,
    SearchHit,
    SearchIndexMissingError,
    SearchResults,
    search,
    search_group,
)

if TYPE_CHECKING:
    from ..app import AppContext

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
MORE_ROLE = Qt.ItemDataRole.UserRole + 3  # the group key of a "more" row
LINK_COLOR = "#1a56b0"
DELAY_MS = 250
MIN_CHARS = 2


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


class _HitDelegate(QStyledItemDelegate):
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


class GlobalSearch(QWidget):
    """The search field (objectName ``globalSearch``) with its drop-down results."""

    open_requested = Signal(str, object)  # kind, id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("globalSearch")
        self.setAccessibleName(self.tr("Suche"))
        self.field = QLineEdit()
        self.field.setObjectName("globalSearchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Suchen (Strg+Umschalt+F)"))
        self.field.setToolTip(self.tr(
            "Sucht in Protokollen, Anliegen, Aufgaben und Maßnahmen der ganzen Datenbank "
            "(Strg+Umschalt+F). ↓/↑ wählen, Eingabe öffnet, Esc schließt."))
        self.field.setAccessibleName(self.tr("Suchbegriff"))
        self.field.setMinimumWidth(280)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+F"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.focus_search)

        self.model = SearchResultsModel(self)
        self.popup = QFrame(self, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint)
        self.popup.setObjectName("globalSearchPopup")
        self.popup.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.view = QTreeView()
        self.view.setObjectName("globalSearchResults")
        self.view.setAccessibleName(self.tr("Suchergebnisse"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setIndentation(14)
        self.view.setItemDelegate(_HitDelegate(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.clicked.connect(self._open)
        self.status = QLabel()
        self.status.setObjectName("globalSearchStatus")
        self.status.setStyleSheet("color: #5f6368; padding: 2px 6px;")
        popup_layout = QVBoxLayout(self.popup)
        popup_layout.setContentsMargins(1, 1, 1, 1)
        popup_layout.setSpacing(0)
        popup_layout.addWidget(self.status)
        popup_layout.addWidget(self.view)

        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.field.textEdited.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._on_return)
        self.field.installEventFilter(self)

    # --- searching ------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor into the field, text selected."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def current_query(self) -> str:
        """The text searched for (for highlighting at the target)."""
        return self.field.text().strip()

    @property
    def results(self) -> SearchResults:
        """The results shown."""
        return self.model.results

    def search_now(self, text: str | None = None) -> SearchResults:
        """Search at once (the field's text, or ``text`` which is put into the field)."""
        self._timer.stop()
        if text is not None:
            self.field.setText(text)
        query = self.field.text().strip()
        if len(query) < MIN_CHARS:
            self.model.set_results(SearchResults(query))
            self.popup.hide()
            return self.model.results
        try:
            with self.ctx.database.session() as s:
                results = search(s, query)
        except SearchIndexMissingError as exc:
            results = SearchResults(query)
            self.status.setText(str(exc))
        else:
            self.status.setText(self._summary(results))
        self.model.set_results(results)
        self.view.expandAll()
        hits = self._hit_rows()
        if hits:
            self.view.setCurrentIndex(hits[0])
        self._show_popup()
        return results

    def _summary(self, results: SearchResults) -> str:
        if not results.groups:
            return self.tr("Nichts gefunden für „{q}“").format(q=results.query)
        return self.tr("{n} Treffer für „{q}“").format(n=results.total, q=results.query)

    def _show_popup(self) -> None:
        width = max(560, self.field.width())
        origin = self.field.mapToGlobal(QPoint(self.field.width() - width, self.field.height()))
        origin.setX(max(0, origin.x()))
        groups = self.model.results.groups
        more = sum(1 for g in groups if len(g.hits) < g.total)
        height = min(480, 36 + 24 * (len(groups) + more) + 46 * sum(len(g.hits) for g in groups))
        self.popup.setGeometry(origin.x(), origin.y() + 2, width, height)
        self.popup.show()
        self.popup.raise_()
        self.view.doItemsLayout()  # row heights depend on the width the popup now has

    # --- choosing -------------------------------------------------------------------------

    def _hit_rows(self) -> list[QModelIndex]:
        out = []
        for g in range(self.model.rowCount()):
            group = self.model.index(g, 0)
            out += [self.model.index(r, 0, group) for r in range(self.model.rowCount(group))]
        return out

    def move_selection(self, step: int) -> None:
        """Select the next (+1) or previous (-1) hit (or "more" row)."""
        rows = self._hit_rows()
        if not rows:
            return
        current = self.view.currentIndex()
        at = next((i for i, ix in enumerate(rows) if ix == current), -1)
        self.view.setCurrentIndex(rows[max(0, min(len(rows) - 1, at + step))])
        self.view.scrollTo(self.view.currentIndex())

    def _on_return(self) -> None:
        if self._timer.isActive() or not self.popup.isVisible():
            self.search_now()
            return
        self._open(self.view.currentIndex())

    def _open(self, index: QModelIndex) -> None:
        key = self.model.more_group(index)
        if key is not None:
            self.load_more(key)
            return
        hit = self.model.hit(index)
        if hit is None:
            return
        self.popup.hide()
        self.open_requested.emit(hit.kind, hit.id)

    def load_more(self, key: str) -> int:
        """Load the next page of group ``key`` below its hits; returns how many were added.

        The first new hit becomes the current row, so that the keyboard goes on from there.
        """
        results = self.model.results
        group = next((g for g in results.groups if g.key == key), None)
        if group is None:
            return 0
        before = len(group.hits)
        with self.ctx.database.session() as s:
            page = search_group(s, results.query, key, offset=before)
        self.model.append_hits(key, page.hits, page.total)
        row = next(i for i, g in enumerate(self.model.results.groups) if g.key == key)
        added = len(self.model.results.groups[row].hits) - before
        parent = self.model.index(row, 0)
        target = self.model.index(before if added else before - 1, 0, parent)
        if target.isValid():
            self.view.setCurrentIndex(target)
            self.view.scrollTo(target)
        self.status.setText(self._summary(self.model.results))
        return added

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys and Escape in the field steer the results."""
        if watched is self.field and isinstance(event, QKeyEvent) and (
                event.type() == QEvent.Type.KeyPress):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup.isVisible():
                self.move_selection(+1 if key == Qt.Key.Key_Down else -1)
                return True
            if key == Qt.Key.Key_Escape and self.popup.isVisible():
                self.popup.hide()
                return True
        if watched is self.field and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self, self._hide_if_unfocused)
        return super().eventFilter(watched, event)

    def _hide_if_unfocused(self) -> None:
        if not self.field.hasFocus() and not self.popup.underMouse():
            self.popup.hide()

