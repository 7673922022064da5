"""A body's standard agenda: the items every new meeting of it starts with.

Until now they could only be changed in the body's rules (JSON); here they are a short list of
title, kind, public flag and planned minutes. The kind matters: "Protokollgenehmigung" points
at the last unapproved minutes, "Offene Aufgaben" lists the open tasks. Meetings planned
before keep their agenda.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...models import AgendaKind
from ...services.meetings import TemplateItem
from .form_dialog import FormDialog
from .labels import AGENDA_KINDS, agenda_kind_text

TITLE, KIND, PUBLIC, MINUTES = range(4)


class AgendaTemplateDialog(FormDialog):
    """Edit the standard items of one body (objectName ``agendaTemplateDialog``).

    A plain ``QTableWidget`` is enough here: a handful of rows of a setting, not database
    records, read back whole when saved.
    """

    def __init__(self, body_name: str, items: Sequence[TemplateItem],
                 defaults: Sequence[TemplateItem], *, own: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Standard-Tagesordnung"), parent)
        self.setObjectName("agendaTemplateDialog")
        self.defaults = list(defaults)
        intro = QLabel(self.tr("Diese TOPs bekommt jede neue Sitzung von „{body}“. Schon "
                               "geplante Sitzungen behalten ihre Tagesordnung.").format(
            body=body_name))
        intro.setWordWrap(True)
        self.source = QLabel()
        self.source.setObjectName("templateSource")
        self.source.setStyleSheet("color: #3c4043;")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("templateTable")
        self.table.setAccessibleName(self.tr("Standard-TOPs"))
        self.table.setHorizontalHeaderLabels([self.tr("Titel"), self.tr("Art"),
                                              self.tr("öffentlich"), self.tr("Dauer")])
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 16)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, PUBLIC, MINUTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(300)
        tools = QHBoxLayout()
        for text, name, slot in (
            (self.tr("TOP hinzufügen"), "templateAddButton", self.add_row),
            (self.tr("Entfernen"), "templateRemoveButton", self.remove_row),
            (self.tr("Nach oben"), "templateUpButton", lambda: self.move_row(-1)),
            (self.tr("Nach unten"), "templateDownButton", lambda: self.move_row(+1)),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            tools.addWidget(button)
        tools.addStretch(1)
        reset = QPushButton(self.tr("Vorgabe der Art wiederherstellen"))
        reset.setObjectName("templateResetButton")
        reset.setAutoDefault(False)
        reset.clicked.connect(lambda: self._fill(self.defaults, own=False))
        tools.addWidget(reset)
        self.form.addRow(intro)
        self.form.addRow(self.source)
        self.form.addRow(self.table)
        self.form.addRow(tools)
        self._fill(items, own=own)
        self.setMinimumWidth(760)

    def _fill(self, items: Sequence[TemplateItem], *, own: bool) -> None:
        self.table.setRowCount(0)
        for item in items:
            self._append(item)
        self.source.setText(self.tr("Eigene Standard-TOPs dieses Gremiums.") if own else
                            self.tr("Vorgabe für diese Art von Gremium."))

    def _append(self, item: TemplateItem, row: int | None = None) -> None:
        at = self.table.rowCount() if row is None else row
        self.table.insertRow(at)
        self.table.setItem(at, TITLE, QTableWidgetItem(item.title))
        kind = QComboBox()
        kind.setAccessibleName(self.tr("Art"))
        for value in AGENDA_KINDS:
            kind.addItem(agenda_kind_text(value), value)
        kind.setCurrentIndex(max(0, kind.findData(str(item.kind))))
        self.table.setCellWidget(at, KIND, kind)
        public = QTableWidgetItem()
        public.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                        | Qt.ItemFlag.ItemIsSelectable)
        public.setCheckState(Qt.CheckState.Checked if item.is_public else
                             Qt.CheckState.Unchecked)
        self.table.setItem(at, PUBLIC, public)
        minutes = QSpinBox()
        minutes.setAccessibleName(self.tr("Geplante Dauer"))
        minutes.setRange(0, 600)
        minutes.setSuffix(self.tr(" Min."))
        minutes.setSpecialValueText(self.tr("–"))
        minutes.setValue(item.planned_minutes or 0)
        self.table.setCellWidget(at, MINUTES, minutes)

    def items(self) -> list[TemplateItem]:
        """The rows as template items, in order."""
        out = []
        for row in range(self.table.rowCount()):
            title = self.table.item(row, TITLE)
            public = self.table.item(row, PUBLIC)
            kind = self.table.cellWidget(row, KIND)
            minutes = self.table.cellWidget(row, MINUTES)
            assert isinstance(kind, QComboBox) and isinstance(minutes, QSpinBox)
            out.append(TemplateItem(
                str(kind.currentData()), title.text().strip() if title else "",
                public is not None and public.checkState() == Qt.CheckState.Checked,
                minutes.value() or None))
        return out

    def add_row(self) -> None:
        """A new topic after the selected row (at the end without a selection)."""
        current = self.table.currentRow()
        row = current + 1 if current >= 0 else self.table.rowCount()
        self._append(TemplateItem(AgendaKind.TOPIC, self.tr("Neuer TOP"), True, None), row)
        self.table.setCurrentCell(row, TITLE)
        title = self.table.item(row, TITLE)
        if title is not None:
            self.table.editItem(title)

    def remove_row(self) -> None:
        """Remove the selected row."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_row(self, delta: int) -> None:
        """Move the selected row up (-1) or down (+1)."""
        row = self.table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        items = self.items()
        items.insert(target, items.pop(row))
        self._fill(items, own=True)
        self.table.setCurrentCell(target, TITLE)

    def check(self) -> str | None:
        """At least one item, every item with a title."""
        items = self.items()
        if not items:
            return self.tr("Standard-Tagesordnung: leer (mindestens ein TOP)")
        for number, item in enumerate(items, start=1):
            if not item.title:
                return self.tr("Standard-TOP {n}: Titel fehlt (Pflichtfeld)").format(n=number)
        return None

    def template(self) -> list[TemplateItem] | None:
        """What to store: the items, or None when they are the default of the kind."""
        items = self.items()
        return None if items == self.defaults else items
