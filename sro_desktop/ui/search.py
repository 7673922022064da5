"""The global search field of the main window's toolbar and its drop-down.

Typing searches minutes, concerns, tasks and measures of the whole database after a short
pause; the results drop down below the field, grouped, with the matched words in bold; a group
with more matches than shown ends in a row "Mehr anzeigen" that loads the next page. Enter or
a click on a hit emits ``open_requested(kind, id)``: the main window routes "measure" to the measure
form and every other kind to the meeting editor (``MeetingPanel.open_target``). The results'
model and delegate are in :mod:`.search_results`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..services.search import SearchIndexMissingError, SearchResults, search, search_group
from .search_results import HitDelegate, SearchResultsModel

if TYPE_CHECKING:
    from ..app import AppContext

DELAY_MS = 250
MIN_CHARS = 2


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
        self.view.setItemDelegate(HitDelegate(self.view))
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

