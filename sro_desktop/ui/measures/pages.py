"""The tabs of the measure form: Antrag, Träger & Partner, Ziele & Plan, Prinzipien, Finanzen,
Evaluation. (Bewertungen and Verlauf live in their own modules.)"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...services.measures import (
    COST_CATEGORY_LABELS,
    PRINCIPLE_SHORT,
    PRINCIPLES,
    AreaInfo,
    CostLineData,
    GoalData,
    MilestoneData,
    OrganizationChoice,
    PartnerData,
    TargetGroupData,
)
from ...services.money import format_cents
from .bindings import ComboBinding
from .builder import FieldBuilder, message_label
from .child_table import ChildColumn, ChildTableEditor
from .document import MeasureDocument
from .pickers import AreaPicker, ConcernPicker

__all__ = ["FormPages"]


def _page() -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    inner = QWidget()
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(12, 12, 12, 12)
    scroll.setWidget(inner)
    return scroll, inner, layout


def _form(layout: QVBoxLayout, parent: QWidget) -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    layout.addLayout(form)
    return form


def _heading(text: str, layout: QVBoxLayout, parent: QWidget) -> None:
    label = QLabel(f"<b>{text}</b>", parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    layout.addSpacing(6)
    layout.addWidget(label)


class FormPages:
    """Builds the application tabs over one document with one field builder."""

    def __init__(self, doc: MeasureDocument, builder: FieldBuilder,
                 areas: Mapping[uuid.UUID, AreaInfo],
                 organizations: Sequence[OrganizationChoice]) -> None:
        self.doc = doc
        self.b = builder
        self.areas = areas
        self.organizations = organizations
        self.tables: dict[str, ChildTableEditor] = {}
        self.area_picker: AreaPicker | None = None
        self.concern_picker: ConcernPicker | None = None
        self.provider_combo: QComboBox | None = None
        self.new_provider_button: QPushButton | None = None
        self.finance_summary: QLabel | None = None

    def _table(self, layout: QVBoxLayout, parent: QWidget, collection: str, label: str,
               columns: tuple[ChildColumn, ...], factory: type) -> ChildTableEditor:
        editor = ChildTableEditor(self.doc, collection, label, columns, factory, parent)
        editor.view.installEventFilter(self.b.undo_filter)
        editor.setMinimumHeight(170)
        layout.addWidget(editor)
        self.tables[collection] = editor
        self.b.widgets[collection] = editor.view
        self.b.messages[collection] = editor.message
        return editor

    def application(self) -> QWidget:
        """Antrag: title, areas, places, description, need, period, declarations."""
        scroll, inner, layout = _page()
        form = _form(layout, inner)
        self.b.line(form, inner, "title", "Titel", "Kurzer, sprechender Titel", 300)
        self.area_picker = AreaPicker(self.doc, self.areas, inner)
        holder = QWidget(inner)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.area_picker.tree)
        area_message = message_label("area_ids", holder)
        box.addWidget(area_message)
        caption = QLabel("Gebiet:", inner)
        caption.setBuddy(self.area_picker.tree)
        form.addRow(caption, holder)
        self.b.widgets["area_ids"] = self.area_picker.tree
        self.b.messages["area_ids"] = area_message
        self.b.bindings.append(self.area_picker)
        self.b.text(form, inner, "places", "Orte", height=50)
        self.b.text(form, inner, "summary", "Kurzbeschreibung", height=90)
        self.b.text(form, inner, "need", "Bedarf", height=70)
        self.b.line(form, inner, "need_raised_at", "Bedarf festgestellt in",
                    "z. B. Stadtteiltisch Groß Klein am 05.11.2024")
        self.concern_picker = ConcernPicker(self.doc, inner)
        form.addRow(QLabel("Anliegen:", inner), self.concern_picker.list)
        self.b.widgets["concern_ids"] = self.concern_picker.list
        self.b.bindings.append(self.concern_picker)
        form.addRow(QLabel("", inner), QLabel(
            "Höchstens 12 Monate; eine Verlängerung um höchstens 12 Monate nach Evaluation.",
            inner))
        self.b.date(form, inner, "start", "Beginn")
        self.b.date(form, inner, "end", "Ende")
        self.b.check(form, inner, "declarations_confirmed", "Erklärungen",
                     "Die Angaben sind vollständig und richtig; die Fördergrundsätze sind bekannt.")
        self.b.text(form, inner, "declarations_text", "Weitere Erklärungen", height=50)
        layout.addStretch()
        return scroll

    def provider(self, new_provider: QPushButton) -> QWidget:
        """Träger & Partner: the provider (picked or created), contact and partners."""
        scroll, inner, layout = _page()
        form = _form(layout, inner)
        combo = QComboBox(inner)
        combo.setEditable(False)
        combo.addItem("— bitte wählen —", "")
        for org in self.organizations:
            combo.addItem(org.name, str(org.id))
        self.provider_combo = combo
        self.new_provider_button = new_provider
        row = QWidget(inner)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(combo, 1)
        new_provider.setParent(row)
        line.addWidget(new_provider)
        holder = QWidget(inner)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(row)
        message = message_label("provider_id", holder)
        box.addWidget(message)
        combo.setObjectName("field_provider_id")
        combo.setAccessibleName("Träger")
        caption = QLabel("Träger:", inner)
        caption.setBuddy(combo)
        form.addRow(caption, holder)
        binding = ComboBinding(self.doc, "provider_id", combo, "Träger", uuid.UUID)
        binding.refresh()
        self.b.bindings.append(binding)
        self.b.widgets["provider_id"] = combo
        self.b.messages["provider_id"] = message
        self.b.line(form, inner, "contact_name", "Ansprechperson")
        self.b.line(form, inner, "contact_email", "E-Mail")
        self.b.line(form, inner, "contact_phone", "Telefon")
        _heading("Kooperationspartner*innen", layout, inner)
        self._table(layout, inner, "partners", "Kooperationspartner*innen", (
            ChildColumn("name", "Name", width=200),
            ChildColumn("role", "Rolle", width=180),
            ChildColumn("own_contribution", "Eigenleistung", width=180),
            ChildColumn("receives_money", "Erhält Geld", "bool", 90),
        ), PartnerData)
        layout.addStretch()
        return scroll

    def goals(self) -> QWidget:
        """Ziele & Plan: target groups, goals with indicators, plan and milestones."""
        scroll, inner, layout = _page()
        _heading("Zielgruppen", layout, inner)
        self._table(layout, inner, "target_groups", "Zielgruppen", (
            ChildColumn("description", "Zielgruppe", width=220),
            ChildColumn("age_min", "Alter von", "int", 80),
            ChildColumn("age_max", "Alter bis", "int", 80),
            ChildColumn("expected_count", "Erwartete Anzahl", "int", 120),
            ChildColumn("burdened", "Belastete Gruppe", "bool", 120),
        ), TargetGroupData)
        _heading("Ziele und Indikatoren", layout, inner)
        self._table(layout, inner, "goals", "Ziele und Indikatoren", (
            ChildColumn("goal", "Ziel", width=320),
            ChildColumn("indicator", "Indikator", width=320),
        ), GoalData)
        form = _form(layout, inner)
        self.b.text(form, inner, "plan", "Vorgehen", height=90)
        _heading("Meilensteine", layout, inner)
        self._table(layout, inner, "milestones", "Meilensteine", (
            ChildColumn("due", "Datum", "date", 110),
            ChildColumn("text", "Meilenstein", width=420),
            ChildColumn("done", "Erledigt", "bool", 80),
        ), MilestoneData)
        layout.addStretch()
        return scroll

    def principles(self) -> QWidget:
        """Prinzipien: one text per SRO principle."""
        scroll, inner, layout = _page()
        intro = QLabel("Wie setzt die Maßnahme die fünf Prinzipien der Sozialraumorientierung "
                       "um? Bitte zu jedem Prinzip einen kurzen Text.", inner)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for index, (short, text) in enumerate(zip(PRINCIPLE_SHORT, PRINCIPLES, strict=True)):
            _heading(f"{index + 1}. {short}", layout, inner)
            quote = QLabel(text, inner)
            quote.setWordWrap(True)
            quote.setStyleSheet("color: palette(mid); font-style: italic;")
            layout.addWidget(quote)
            form = _form(layout, inner)
            self.b.text(form, inner, "principles", f"Prinzip {index + 1}", index=index, height=70)
        layout.addStretch()
        return scroll

    def finance(self, money: QWidget | None = None) -> QWidget:
        """Finanzen: cost plan by category, the financing plan and (``money``) the measure's
        money in the budget with the booking buttons."""
        scroll, inner, layout = _page()
        _heading("Kostenplan (Ausgaben)", layout, inner)
        self._table(layout, inner, "cost_lines", "Kostenplan", (
            ChildColumn("category", "Kategorie", "choice", 170,
                        tuple(COST_CATEGORY_LABELS.items())),
            ChildColumn("description", "Beschreibung", width=320),
            ChildColumn("amount_cents", "Betrag", "money", 130),
        ), CostLineData)
        _heading("Finanzierungsplan (Einnahmen)", layout, inner)
        form = _form(layout, inner)
        self.b.money(form, inner, "own_cents", "Eigenmittel")
        self.b.money(form, inner, "third_party_cents", "Drittmittel")
        self.b.line(form, inner, "third_party_source", "Drittmittelgeber")
        self.b.money(form, inner, "requested_cents", "Beantragte SRAE-Mittel")
        self.finance_summary = QLabel(inner)
        self.finance_summary.setObjectName("financeSummary")
        self.finance_summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.finance_summary)
        message = message_label("financing", inner)
        layout.addWidget(message)
        self.b.messages["financing"] = message
        self.b.widgets["financing"] = self.finance_summary
        if money is not None:
            _heading("Mittel im Haushalt (SRAE)", layout, inner)
            money.setParent(inner)
            layout.addWidget(money)
        layout.addStretch()
        self.update_finance()
        return scroll

    def update_finance(self) -> None:
        """Totals of costs and income under the financing plan."""
        if self.finance_summary is None:
            return
        data = self.doc.data
        costs, income = data.cost_total_cents, data.income_total_cents
        text = (f"Ausgaben gesamt: {format_cents(costs)}    Einnahmen gesamt: "
                f"{format_cents(income)}    Differenz: {format_cents(income - costs)}")
        if data.approved_cents is not None:
            text += f"    Bewilligt: {format_cents(data.approved_cents)}"
        self.finance_summary.setText(text)

    def evaluation(self) -> QWidget:
        """Evaluation: report dates, proof of use and the evaluation plan."""
        scroll, inner, layout = _page()
        form = _form(layout, inner)
        self.b.date(form, inner, "interim_report_due", "Zwischenbericht fällig am")
        self.b.date(form, inner, "interim_report_received_on", "Zwischenbericht eingegangen am")
        self.b.date(form, inner, "final_report_due", "Abschlussbericht fällig am")
        self.b.date(form, inner, "proof_of_use_due", "Verwendungsnachweis fällig am")
        self.b.text(form, inner, "evaluation_plan", "Evaluationsplan", height=120)
        layout.addStretch()
        return scroll
