"""The editor's tabs "Anliegen", "Aufgaben" and "Vereinbarungen": a meeting's results as
tables, narrowed to the current agenda item on request, with new, edit and delete; the concern
tab also shows and changes the measures a concern is linked to.

The pages only ask (signals with ids); the editor writes through the services and reloads them.
Keys in a table: Enter or F2 edit, Del deletes, Ins notes a new one. A line above each table
counts the meeting's entries (the tab titles stay short enough for a 1280 pixel window and
carry the counts only in their tooltips).
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.meetings import AgendaItemInfo
from .result_tables import (
    ArrangementTableModel,
    ConcernTableModel,
    MeasureListModel,
    RecordTableModel,
    TaskTableModel,
)
from .result_view import ResultTableView

HINT_STYLE = "color: #5f6368;"
TOP_LIMIT = 64  # pixels for "TOP", a number such as "10.2"


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.rstrip(" …"))
    if tip:
        button.setToolTip(tip)
    return button


class ResultPage(QWidget):
    """A table of one kind of result with its tools (objectNames ``<kind>Table`` …)."""

    new_requested = Signal()
    edit_requested = Signal(object)  # record id
    delete_requested = Signal(object)  # record id

    def __init__(self, kind: str, model: RecordTableModel[Any], *, title: str, empty: str,
                 limits: tuple[int | None, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.model = model
        self.empty_text = empty
        self.editable = True
        self._item: AgendaItemInfo | None = None
        self.only_item = QCheckBox()
        self.only_item.setObjectName(f"{kind}OnlyItem")
        self.only_item.setToolTip(self.tr("Nur die Einträge des gewählten TOP zeigen"))
        self.only_item.toggled.connect(self._apply_filter)
        self.new_button = _button(self.tr("Neu …"), f"{kind}NewButton",
                                  self.tr("Unter dem gewählten TOP notieren (Einfg)"))
        self.edit_button = _button(self.tr("Bearbeiten …"), f"{kind}EditButton",
                                   self.tr("Gewählten Eintrag bearbeiten (Eingabe, F2)"))
        self.delete_button = _button(self.tr("Löschen"), f"{kind}DeleteButton",
                                     self.tr("Gewählten Eintrag löschen (Entf; rückgängig mit "
                                             "Strg+Z)"))
        self.new_button.setAccessibleName(title + " " + self.tr("neu"))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.edit_button.clicked.connect(lambda: self._emit_current(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.delete_requested))
        tools = QHBoxLayout()
        tools.addWidget(self.only_item)
        tools.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            tools.addWidget(button)

        self.table = ResultTableView(limits)
        self.table.setObjectName(f"{kind}Table")
        self.table.setAccessibleName(title)
        self.table.setModel(model)
        self.table.activated.connect(lambda _index: self._emit_current(self.edit_requested))
        self._key_action(self.tr("Bearbeiten"), ("F2",), self.edit_requested)
        self._key_action(self.tr("Löschen"), ("Del",), self.delete_requested)
        insert = QAction(self.tr("Neu"), self.table)
        insert.setShortcut(QKeySequence("Ins"))
        insert.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        insert.triggered.connect(self.new_requested.emit)
        self.table.addAction(insert)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.empty = QLabel(empty)
        self.empty.setObjectName(f"{kind}Empty")
        self.empty.setStyleSheet(HINT_STYLE)
        self.empty.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName(f"{kind}Summary")
        self.summary.setStyleSheet(HINT_STYLE)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 6)
        self.layout_.addLayout(tools)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty)
        self._update_tools()

    def _key_action(self, text: str, keys: tuple[str, ...], signal: Any) -> None:
        action = QAction(text, self.table)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _c=False: self._emit_current(signal))
        self.table.addAction(action)

    def _emit_current(self, signal: Any) -> None:
        record_id = self.current_id()
        if record_id is not None:
            signal.emit(record_id)

    def current_id(self) -> uuid.UUID | None:
        """The id of the selected record."""
        record = self.model.record(self.table.currentIndex().row())
        return None if record is None else self.model.record_id(record)

    def select(self, record_id: uuid.UUID) -> bool:
        """Select a record (the filter is lifted when it hides it)."""
        if self.model.row_of(record_id) < 0 and self.only_item.isChecked():
            self.only_item.setChecked(False)
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 1))
        return True

    def set_item(self, item: AgendaItemInfo | None) -> None:
        """The agenda item the filter narrows to."""
        self._item = item
        self.only_item.setText(self.tr("Nur TOP {n}").format(n=item.number) if item
                               else self.tr("Nur gewählter TOP"))
        self.only_item.setEnabled(item is not None)
        self._apply_filter()

    def _apply_filter(self) -> None:
        keep = self.current_id()
        only = self._item.id if self._item and self.only_item.isChecked() else None
        self.model.set_only_item(only)
        self._after_reset(keep)

    def set_records(self, records: Any, numbers: dict[uuid.UUID, str]) -> None:
        """New data from the database; the selection stays on the same record."""
        keep = self.current_id()
        self.model.set_records(records, numbers)
        self._after_reset(keep)
        self.summary.setText(self.summary_text())
        self.summary.setVisible(self.model.total > 0)

    def count_text(self, n: int) -> str:
        """The number of entries of the meeting in words ("5 Anliegen")."""
        raise NotImplementedError

    def summary_text(self) -> str:
        """What the meeting has of this kind (the line above the table and the tab's
        tooltip)."""
        return self.count_text(self.model.total)

    def _after_reset(self, keep: uuid.UUID | None) -> None:
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 1))
        self.empty.setVisible(self.model.rowCount() == 0)
        self.empty.setText(self.empty_text if self.model.total == 0 else
                           self.tr("Unter diesem TOP ist nichts notiert."))
        self._update_tools()
        self._on_selection(QItemSelection(), QItemSelection())

    def set_editable(self, editable: bool) -> None:
        """Locked minutes take no new entries and no deletions."""
        self.editable = editable
        self._update_tools()

    def can_edit_locked(self) -> bool:
        """Whether this kind has something to change in locked minutes."""
        return False

    def _update_tools(self) -> None:
        has = self.current_id() is not None
        self.new_button.setEnabled(self.editable and self._item is not None)
        self.edit_button.setEnabled(has and (self.editable or self.can_edit_locked()))
        self.delete_button.setEnabled(has and self.editable)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_tools()


class ConcernPage(ResultPage):
    """Concerns, and below the table the measures the selected concern is linked to."""

    link_requested = Signal(object)  # concern id
    unlink_requested = Signal(object, object)  # concern id, measure id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("concern", ConcernTableModel(), title=self.tr("Anliegen der Sitzung"),
                         empty=self.tr("Noch keine Anliegen notiert (Strg+Umschalt+B in den "
                                       "Notizen)."),
                         limits=(TOP_LIMIT, None, 220, 170, 160, 190), parent=parent)
        self.measures_heading = QLabel()
        self.measures_heading.setObjectName("concernMeasuresHeading")
        self.measures_heading.setStyleSheet("font-weight: 600;")
        self.measures_heading.setWordWrap(True)
        self.measure_model = MeasureListModel(self)
        self.measures = QListView()
        self.measures.setObjectName("concernMeasures")
        self.measures.setAccessibleName(self.tr("Verknüpfte Maßnahmen"))
        self.measures.setModel(self.measure_model)
        self.measures.setMaximumHeight(110)
        self.measures.setSpacing(1)
        self.link_button = _button(self.tr("Maßnahme verknüpfen …"), "linkMeasureButton",
                                   self.tr("Das Anliegen mit einer Maßnahme des Regionalraums "
                                           "verknüpfen (Strg+L)"))
        # An action, not the button's own shortcut: that one clicks only after an animation.
        link = QAction(self.tr("Maßnahme verknüpfen"), self)
        link.setShortcut(QKeySequence("Ctrl+L"))
        link.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        link.triggered.connect(lambda _c=False: self._emit_current(self.link_requested))
        self.addAction(link)
        self.unlink_button = _button(self.tr("Verknüpfung lösen"), "unlinkMeasureButton",
                                     self.tr("Verknüpfung mit der gewählten Maßnahme lösen (Entf "
                                             "in der Liste)"))
        self.link_button.clicked.connect(lambda: self._emit_current(self.link_requested))
        self.unlink_button.clicked.connect(self._request_unlink)
        unlink = QAction(self.tr("Verknüpfung lösen"), self.measures)
        unlink.setShortcut(QKeySequence("Del"))
        unlink.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        unlink.triggered.connect(self._request_unlink)
        self.measures.addAction(unlink)
        self.measures.selectionModel().currentChanged.connect(lambda *_: self._update_tools())
        row = QHBoxLayout()
        row.addWidget(self.measures_heading, 1)
        row.addWidget(self.link_button)
        row.addWidget(self.unlink_button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.measures)
        self._on_selection(QItemSelection(), QItemSelection())

    def can_edit_locked(self) -> bool:
        """The status of a concern is follow-up work: it changes after approval too."""
        return True

    def count_text(self, n: int) -> str:
        """The count in words ("5 Anliegen")."""
        return self.tr("1 Anliegen") if n == 1 else self.tr("{n} Anliegen").format(n=n)

    def _request_unlink(self) -> None:
        concern = self.current_id()
        measure = self.measure_model.measure(self.measures.currentIndex().row())
        if concern is not None and measure is not None:
            self.unlink_requested.emit(concern, measure.id)

    def _on_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        record_id = self.current_id()
        row = self.model.find(record_id) if record_id is not None else None
        self.measure_model.set_measures(row.measures if row else ())
        if row is None:
            heading = self.tr("Verknüpfte Maßnahmen")
        elif row.measures:
            heading = self.tr("Verknüpfte Maßnahmen des gewählten Anliegens ({n})").format(
                n=len(row.measures))
        else:
            heading = self.tr("Das gewählte Anliegen ist mit keiner Maßnahme verknüpft.")
        self.measures_heading.setText(heading)
        self.measures.setAccessibleDescription(heading)
        if self.measure_model.rowCount():
            self.measures.setCurrentIndex(self.measure_model.index(0))
        super()._on_selection(selected, deselected)

    def _update_tools(self) -> None:
        super()._update_tools()
        if hasattr(self, "link_button"):  # not yet while the base class builds the page
            has = self.current_id() is not None
            self.link_button.setEnabled(has)
            self.unlink_button.setEnabled(has and self.measures.currentIndex().isValid())


class TaskPage(ResultPage):
    """Tasks with the done box; a line counts the open and overdue ones."""

    done_toggled = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        model = TaskTableModel()
        super().__init__("task", model, title=self.tr("Aufgaben der Sitzung"),
                         empty=self.tr("Noch keine Aufgaben notiert (Strg+Umschalt+A in den "
                                       "Notizen)."),
                         limits=(TOP_LIMIT, None, 220, 180, 130), parent=parent)
        model.done_toggled.connect(self.done_toggled.emit)
        toggle = QAction(self.tr("Erledigt umschalten"), self.table)
        toggle.setShortcut(QKeySequence("Space"))
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.triggered.connect(self._toggle_done)
        self.table.addAction(toggle)
        self.table.setToolTip(self.tr("Leertaste: erledigt / wieder offen · Eingabe: bearbeiten"))

    def _toggle_done(self) -> None:
        task = self.model.record(self.table.currentIndex().row())
        if task is not None:
            self.done_toggled.emit(task.id, task.done_on is None)

    def can_edit_locked(self) -> bool:
        """Whether a task is done changes at any time."""
        return True

    def overdue_count(self) -> int:
        """Overdue tasks of the meeting."""
        model = self.model
        assert isinstance(model, TaskTableModel)
        return model.overdue_count()

    def count_text(self, n: int) -> str:
        """The count in words ("3 Aufgaben")."""
        return self.tr("1 Aufgabe") if n == 1 else self.tr("{n} Aufgaben").format(n=n)

    def summary_text(self) -> str:
        """Count, open and overdue ("3 Aufgaben · 2 offen · 1 überfällig")."""
        model = self.model
        assert isinstance(model, TaskTableModel)
        text = self.count_text(model.total)
        if model.total:
            text += " · " + self.tr("{n} offen").format(n=model.open_count())
        if overdue := model.overdue_count():
            text += " · " + self.tr("{n} überfällig").format(n=overdue)
        return text

    def set_records(self, records: Any, numbers: dict[uuid.UUID, str]) -> None:
        """Tasks, and the count of open and overdue ones (red when some are overdue)."""
        super().set_records(records, numbers)
        self.summary.setStyleSheet("color: #b3261e; font-weight: 600;" if self.overdue_count()
                                   else HINT_STYLE)


class ArrangementPage(ResultPage):
    """Agreements reached in the meeting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("arrangement", ArrangementTableModel(),
                         title=self.tr("Vereinbarungen der Sitzung"),
                         empty=self.tr("Noch keine Vereinbarungen notiert (Strg+Umschalt+V in "
                                       "den Notizen)."),
                         limits=(TOP_LIMIT, None), parent=parent)

    def count_text(self, n: int) -> str:
        """The count in words ("2 Vereinbarungen")."""
        return (self.tr("1 Vereinbarung") if n == 1
                else self.tr("{n} Vereinbarungen").format(n=n))
