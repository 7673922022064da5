"""German names of entry kinds and figures, and the explanations the panel shows as tooltips."""

from __future__ import annotations

from ...models import EntryKind

__all__ = ["FIGURE_HELP", "FIGURE_LABELS", "KIND_LABELS", "kind_label"]

KIND_LABELS: dict[str, str] = {
    EntryKind.ALLOCATION: "Zuweisung",
    EntryKind.CARRY_OVER: "Übertrag",
    EntryKind.COMMITMENT: "Beschluss",
    EntryKind.RELEASE: "Freigabe",
    EntryKind.AGREEMENT: "Vereinbarung",
    EntryKind.PAYMENT: "Auszahlung",
    EntryKind.RETURN: "Rückfluss",
    EntryKind.CORRECTION: "Korrektur",
}

FIGURE_LABELS: dict[str, str] = {
    "total": "Gesamt",
    "committed": "Beschlossen",
    "agreed": "Vereinbart",
    "paid": "Ausgezahlt",
    "returned": "Rückflüsse",
    "used": "Gebunden",
    "available": "Verfügbar",
}

FIGURE_HELP: dict[str, str] = {
    "total": "Gesamtbudget des Jahres: Zuweisungen + Übertrag aus dem Vorjahr "
             "(− Übertrag ins Folgejahr) + Korrekturen.",
    "committed": "Summe der befürwortenden Beschlüsse der Lenkungsgruppe für dieses Jahr, "
                 "abzüglich Freigaben (z. B. nach Rücknahme).",
    "agreed": "Summe der Vereinbarungen der Verwaltung für dieses Jahr.",
    "paid": "Summe der Auszahlungen an die Träger in diesem Jahr.",
    "returned": "Nicht verbrauchte Mittel, die Träger zurückgezahlt haben. Sie machen Geld "
                "wieder verfügbar, soweit es ausgezahlt war.",
    "used": "Je Maßnahme der höchste Betrag aus beschlossen, vereinbart und ausgezahlt, "
            "abzüglich Rückflüssen.",
    "available": "Verfügbar = Gesamt − gebunden. Gebunden ist je Maßnahme der höchste Betrag "
                 "aus beschlossen, vereinbart und ausgezahlt, abzüglich Rückflüssen "
                 "(höchstens bis zur Auszahlung).",
}


def kind_label(kind: str) -> str:
    """German name of an entry kind (the code itself when unknown)."""
    return KIND_LABELS.get(kind, kind)
