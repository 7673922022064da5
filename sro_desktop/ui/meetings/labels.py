"""Translated names of the meeting vocabulary (statuses, roles), declared once for all views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Meetings", text)


def meeting_status_text(status: str) -> str:
    """planned → "geplant" …"""
    labels = {"planned": _t("geplant"), "held": _t("durchgeführt"),
              "closed": _t("abgeschlossen"), "approved": _t("genehmigt")}
    return labels.get(status, status)


def role_text(role: str) -> str:
    """A member's role ("chair" → "Vorsitz")."""
    labels = {"chair": _t("Vorsitz"), "deputy_chair": _t("stellv. Vorsitz"),
              "voting": _t("stimmberechtigtes Mitglied"), "substitute": _t("Vertretung"),
              "advisory": _t("beratendes Mitglied"), "minute_taker": _t("Protokoll"),
              "guest": _t("Gast")}
    return labels.get(role, role)


ROLES = ("chair", "deputy_chair", "voting", "substitute", "advisory", "minute_taker", "guest")


AGENDA_KINDS = ("opening", "agenda_approval", "minutes_approval", "open_tasks", "reports",
                "application", "extension", "evaluation", "topic", "other_business")


def agenda_kind_text(kind: str) -> str:
    """What a standard agenda item is for ("minutes_approval" → "Protokollgenehmigung")."""
    labels = {"opening": _t("Eröffnung"), "agenda_approval": _t("Tagesordnung"),
              "minutes_approval": _t("Protokollgenehmigung"),
              "open_tasks": _t("Offene Aufgaben"), "reports": _t("Berichte"),
              "application": _t("Anträge"), "extension": _t("Verlängerungen"),
              "evaluation": _t("Evaluationen"), "topic": _t("Thema"),
              "other_business": _t("Verschiedenes")}
    return labels.get(kind, kind)


def attendance_text(status: str | None) -> str:
    """present → "anwesend"; "–" while nothing is recorded."""
    labels = {"present": _t("anwesend"), "excused": _t("entschuldigt"),
              "absent": _t("abwesend")}
    return labels.get(status or "", "–")


def concern_status_text(status: str) -> str:
    """open → "offen" …"""
    labels = {"open": _t("offen"), "in_progress": _t("in Bearbeitung"),
              "addressed": _t("aufgegriffen"), "dropped": _t("nicht weiter verfolgt")}
    return labels.get(status, status)


CONCERN_STATUSES = ("open", "in_progress", "addressed", "dropped")


def measure_status_text(status: str) -> str:
    """A measure's state ("running" → "laufend") for the measure lists of the minutes."""
    labels = {"draft": _t("Entwurf"), "submitted": _t("Eingereicht"),
              "discussed": _t("Im Sozialraumteam beraten"),
              "on_agenda": _t("Auf Tagesordnung der Lenkungsgruppe"),
              "approved": _t("Befürwortet"),
              "approved_with_conditions": _t("Befürwortet mit Auflagen"),
              "rejected": _t("Abgelehnt"), "deferred": _t("Vertagt"),
              "withdrawn": _t("Zurückgezogen"), "agreed": _t("Vereinbart"),
              "running": _t("Laufend"), "evaluation_due": _t("Evaluation fällig"),
              "evaluated": _t("Evaluiert"), "closed": _t("Abgeschlossen"),
              "archived": _t("Archiviert")}
    return labels.get(status, status)
