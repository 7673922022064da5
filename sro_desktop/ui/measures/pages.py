"""The tabs of the measure form: Antrag, Träger & Partner, Ziele & Plan, Prinzipien, Finanzen,
Evaluation. (Bewertungen and Verlauf live in their own modules.)"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
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
    PRINCIPLES,
    AreaInfo,
    ConcernChoice,
    CostLineData,
    GoalData,
    MilestoneData,
    OrganizationChoice,
    PartnerData,
    TargetGroupData,
)
from ...services.measures.fields import INCOME_FIELDS
from ...services.money import format_cents
from .bindings import ComboBinding
from .builder import ERROR_STYLE, FieldBuilder, message_label
from .child_table import ChildColumn, ChildTableEditor
from .document import MeasureDocument
from .labels import cost_category_choices, field_text, principle_short_text, principle_text
from .pickers import AreaPicker, ConcernPicker

__all__ = ["FormPages"]


def _t(text: str) -> str:
    """The form's translation context: labels, headings and column titles of all tabs."""
    return QCoreApplication.translate("MeasureForm", text)


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
                 organizations: Sequence[OrganizationChoice],
                 load_concerns: Callable[[str, int], Sequence[ConcernChoice]] | None = None
                 ) -> None:
        self.doc = doc
        self.load_concerns = load_concerns
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
        self.b.line(form, inner, "title", _t("Titel"), _t("Kurzer, sprechender Titel"), 300)
        self.area_picker = AreaPicker(self.doc, self.areas, inner)
        holder = QWidget(inner)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.area_picker.tree)
        area_message = message_label("area_ids", holder)
        box.addWidget(area_message)
        caption = QLabel(_t("Gebiet:"), inner)
        caption.setBuddy(self.area_picker.tree)
        form.addRow(caption, holder)
        self.b.widgets["area_ids"] = self.area_picker.tree
        self.b.messages["area_ids"] = area_message
        self.b.bindings.append(self.area_picker)
        self.b.text(form, inner, "places", _t("Orte"), height=50)
        self.b.text(form, inner, "summary", _t("Kurzbeschreibung"), height=90)
        self.b.text(form, inner, "need", _t("Bedarf"), height=70)
        self.b.line(form, inner, "need_raised_at", _t("Bedarf festgestellt in"),
                    _t("z. B. Stadtteiltisch Groß Klein am 05.11.2024"))
        self.concern_picker = ConcernPicker(
            self.doc, inner, self.load_concerns,
            {area_id: info.label for area_id, info in self.areas.items()})
        caption = QLabel(_t("Anliegen:"), inner)
        caption.setBuddy(self.concern_picker.search)  # the row's first control
        form.addRow(caption, self.concern_picker.box)
        self.b.widgets["concern_ids"] = self.concern_picker.list
        self.b.bindings.append(self.concern_picker)
        form.addRow(QLabel("", inner), QLabel(_t(
            "Höchstens 12 Monate; eine Verlängerung um höchstens 12 Monate nach Evaluation."),
            inner))
        self.b.date(form, inner, "start", _t("Beginn"))
        self.b.date(form, inner, "end", _t("Ende"))
        self.b.check(form, inner, "declarations_confirmed", _t("Erklärungen"),
                     _t("Die Angaben sind vollständig und richtig; die Fördergrundsätze sind "
                        "bekannt."))
        self.b.text(form, inner, "declarations_text", _t("Weitere Erklärungen"), height=50)
        layout.addStretch()
        return scroll

    def provider(self, new_provider: QPushButton) -> QWidget:
        """Träger & Partner: the provider (picked or created), contact and partners."""
        scroll, inner, layout = _page()
        form = _form(layout, inner)
        combo = QComboBox(inner)
        combo.setEditable(False)
        combo.addItem(_t("— bitte wählen —"), "")
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
        combo.setAccessibleName(_t("Träger"))
        caption = QLabel(_t("Träger:"), inner)
        caption.setBuddy(combo)
        form.addRow(caption, holder)
        binding = ComboBinding(self.doc, "provider_id", combo, _t("Träger"), uuid.UUID)
        binding.refresh()
        self.b.bindings.append(binding)
        self.b.widgets["provider_id"] = combo
        self.b.messages["provider_id"] = message
        self.b.line(form, inner, "contact_name", _t("Ansprechperson"))
        self.b.line(form, inner, "contact_email", _t("E-Mail"))
        self.b.line(form, inner, "contact_phone", _t("Telefon"))
        partners = _t("Kooperationspartner*innen")
        _heading(partners, layout, inner)
        self._table(layout, inner, "partners", partners, (
            ChildColumn("name", _t("Name"), width=200),
            ChildColumn("role", _t("Rolle"), width=180),
            ChildColumn("own_contribution", _t("Eigenleistung"), width=180),
            ChildColumn("receives_money", _t("Erhält Geld"), "bool", 90),
        ), PartnerData)
        layout.addStretch()
        return scroll

    def goals(self) -> QWidget:
        """Ziele & Plan: target groups, goals with indicators, plan and milestones."""
        scroll, inner, layout = _page()
        groups = _t("Zielgruppen")
        _heading(groups, layout, inner)
        self._table(layout, inner, "target_groups", groups, (
            ChildColumn("description", _t("Zielgruppe"), width=220),
            ChildColumn("age_min", _t("Alter von"), "int", 80),
            ChildColumn("age_max", _t("Alter bis"), "int", 80),
            ChildColumn("expected_count", _t("Erwartete Anzahl"), "int", 120),
            ChildColumn("burdened", _t("Belastete Gruppe"), "bool", 120),
        ), TargetGroupData)
        goals = _t("Ziele und Indikatoren")
        _heading(goals, layout, inner)
        self._table(layout, inner, "goals", goals, (
            ChildColumn("goal", _t("Ziel"), width=320),
            ChildColumn("indicator", _t("Indikator"), width=320),
        ), GoalData)
        form = _form(layout, inner)
        self.b.text(form, inner, "plan", _t("Vorgehen"), height=90)
        milestones = _t("Meilensteine")
        _heading(milestones, layout, inner)
        self._table(layout, inner, "milestones", milestones, (
            ChildColumn("due", _t("Datum"), "date", 110),
            ChildColumn("text", _t("Meilenstein"), width=420),
            ChildColumn("done", _t("Erledigt"), "bool", 80),
        ), MilestoneData)
        layout.addStretch()
        return scroll

    def principles(self) -> QWidget:
        """Prinzipien: one text per SRO principle."""
        scroll, inner, layout = _page()
        intro = QLabel(_t("Wie setzt die Maßnahme die fünf Prinzipien der "
                          "Sozialraumorientierung um? Bitte zu jedem Prinzip einen kurzen "
                          "Text."), inner)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for index in range(len(PRINCIPLES)):
            _heading(f"{index + 1}. {principle_short_text(index)}", layout, inner)
            quote = QLabel(principle_text(index), inner)
            quote.setWordWrap(True)
            # Italic in the text colour: the former light grey ("mid") was hard to read.
            quote.setStyleSheet("font-style: italic;")
            layout.addWidget(quote)
            form = _form(layout, inner)
            self.b.text(form, inner, "principles",
                        _t("Prinzip {n}").format(n=index + 1), index=index, height=70)
        layout.addStretch()
        return scroll

    def finance(self, money: QWidget | None = None) -> QWidget:
        """Finanzen: cost plan by category, the financing plan and (``money``) the measure's
        money in the budget with the booking buttons."""
        scroll, inner, layout = _page()
        _heading(_t("Kostenplan (Ausgaben)"), layout, inner)
        self._table(layout, inner, "cost_lines", _t("Kostenplan"), (
            ChildColumn("category", _t("Kategorie"), "choice", 170, cost_category_choices()),
            ChildColumn("description", _t("Beschreibung"), width=320),
            ChildColumn("amount_cents", _t("Betrag"), "money", 130),
        ), CostLineData)
        _heading(_t("Finanzierungsplan (Einnahmen)"), layout, inner)
        form = _form(layout, inner)
        self.b.money(form, inner, "own_cents", _t("Eigenmittel"))
        self.b.money(form, inner, "third_party_cents", _t("Drittmittel"))
        self.b.line(form, inner, "third_party_source", _t("Drittmittelgeber"))
        self.b.money(form, inner, "requested_cents", _t("Beantragte SRAE-Mittel"))
        self.finance_summary = QLabel(inner)
        self.finance_summary.setObjectName("financeSummary")
        self.finance_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.finance_summary.setWordWrap(True)
        layout.addWidget(self.finance_summary)
        message = message_label("financing", inner)
        layout.addWidget(message)
        self.b.messages["financing"] = message
        self.b.widgets["financing"] = self.finance_summary
        if money is not None:
            _heading(_t("Mittel im Haushalt (SRAE)"), layout, inner)
            money.setParent(inner)
            layout.addWidget(money)
        layout.addStretch()
        self.update_finance()
        return scroll

    def update_finance(self, invalid: Collection[str] = ()) -> None:
        """Totals of costs and income under the financing plan. ``invalid`` names the fields
        whose text is not a readable amount: the document still holds their last readable
        value, so income and difference are not shown as if they were known."""
        if self.finance_summary is None:
            return
        data = self.doc.data
        costs, income = data.cost_total_cents, data.income_total_cents
        unreadable = [field_text(field) for field in INCOME_FIELDS if field in invalid]
        if unreadable:
            names = [_t("„{label}“").format(label=label) for label in unreadable]
            listed = names[0] if len(names) == 1 else _t("{first} und {last}").format(
                first=", ".join(names[:-1]), last=names[-1])
            reason = (_t("{field} ist kein gültiger Betrag").format(field=listed)
                      if len(names) == 1 else
                      _t("{fields} sind keine gültigen Beträge").format(fields=listed))
            text = _t("Ausgaben gesamt: {costs}    Einnahmen gesamt und Differenz: nicht "
                      "berechnet, denn {reason}.").format(costs=format_cents(costs),
                                                          reason=reason)
            self.finance_summary.setText(text)
            self.finance_summary.setStyleSheet(ERROR_STYLE)
            return
        self.finance_summary.setStyleSheet("")
        text = _t("Ausgaben gesamt: {costs}    Einnahmen gesamt: {income}    "
                  "Differenz: {difference}").format(
            costs=format_cents(costs), income=format_cents(income),
            difference=format_cents(income - costs))
        if data.approved_cents is not None:
            text += "    " + _t("Bewilligt: {amount}").format(
                amount=format_cents(data.approved_cents))
        self.finance_summary.setText(text)

    def evaluation(self) -> QWidget:
        """Evaluation: report dates, proof of use and the evaluation plan."""
        scroll, inner, layout = _page()
        form = _form(layout, inner)
        self.b.date(form, inner, "interim_report_due", _t("Zwischenbericht fällig am"))
        self.b.date(form, inner, "interim_report_received_on",
                    _t("Zwischenbericht eingegangen am"))
        self.b.date(form, inner, "final_report_due", _t("Abschlussbericht fällig am"))
        self.b.date(form, inner, "proof_of_use_due", _t("Verwendungsnachweis fällig am"))
        self.b.text(form, inner, "evaluation_plan", _t("Evaluationsplan"), height=120)
        layout.addStretch()
        return scroll
