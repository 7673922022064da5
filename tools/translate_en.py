"""English for SRO Desktop: the glossary, and a dictionary that fills the English .ts file.

    python tools/translate_en.py              # fill unfinished messages of sro_desktop_en.ts
    python tools/translate_en.py --overwrite  # also make finished messages follow the dictionary
    python tools/translate_en.py --unused     # dictionary entries no source text needs any more

``tools/update_translations.py`` calls :func:`fill` after lupdate, so a new German string only
needs its English here (or in Qt Linguist) before the next run. Finished translations in the
.ts file are kept unless ``--overwrite`` is given, so edits made in Linguist are never lost.

American spelling. The domain words follow :data:`GLOSSARY`; a German word that reads
differently in one place (``Protokoll`` is the minutes, but the role of the minute-taker in the
meeting form) has an entry in :data:`IN_CONTEXT`. Placeholders (``{name}``, ``{0}``, ``%1``),
accelerators (``&``) and the spacing before "…" are kept as in the German source; German key
names become Qt's English ones (Strg → Ctrl, Umschalt → Shift, Entf → Del, Einfg → Ins,
Pos1 → Home, Eingabe → Enter, Leertaste → Space).
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS_FILE = (Path(__file__).resolve().parent.parent / "sro_desktop" / "resources"
           / "translations" / "sro_desktop_en.ts")

GLOSSARY: dict[str, str] = {
    "Maßnahme": "measure",
    "Träger": "provider",
    "Regionalraum": "regional area",
    "Sozialraum": "social space",
    "Quartier": "quarter",
    "Gebiet": "area",
    "Gremium": "body",
    "Stadtteiltisch": "neighborhood round table",
    "Sozialraumteam": "social space team",
    "Lenkungsgruppe": "steering group",
    "Vorsitz": "chair",
    "Sitzung": "meeting",
    "Tagesordnung": "agenda",
    "TOP (Tagesordnungspunkt)": "agenda item (\"item\" where the agenda is plain)",
    "Protokoll": "minutes",
    "Änderung (eines genehmigten Protokolls)": "amendment",
    "Anliegen": "concern",
    "Aufgabe": "task",
    "Vereinbarung": "agreement",
    "Beschluss / beschlossen": "decision / decided",
    "befürwortet": "endorsed",
    "Befangenheit": "conflict of interest",
    "Antrag": "application",
    "Haushaltsjahr": "budget year",
    "Buchung / buchen": "entry / book",
    "Auszahlung / ausgezahlt": "payment / paid out",
    "Rückfluss": "repayment",
    "gebunden": "committed",
    "Übertrag": "carry-over",
    "Zuweisung": "allocation",
    "Überschreitung": "overrun",
    "Aufteilung": "split",
    "Förderzeitraum": "funding period",
    "Verwendungsnachweis": "proof of use",
    "Einwohner*innen / Bewohner*innen": "residents",
    "SRAE": "SRAE",
}

TRANSLATIONS: dict[str, str] = {
    # Areas, tree and overview
    "Gebiet hinzufügen": "Add area",
    "&Hinzufügen": "&Add",
    "(oberste Ebene)": "(top level)",
    "Übergeordnet:": "Parent:",
    "&Ebene:": "&Level:",
    "&Name:": "&Name:",
    "optional, z. B. V; bleibt dauerhaft gleich": "optional, e.g. V; never changes",
    "&Code:": "&Code:",
    "Ebene: unter einem Quartier gibt es keine weitere Ebene (Gebiete bitte unter einem "
    "Sozialraum anlegen)":
        "Level: there is no level below a quarter (please add areas under a social space)",
    "Das Gebiet wurde inzwischen von jemand anderem geändert. Die Ansicht ist neu geladen; "
    "bitte die Änderung noch einmal vornehmen.":
        "Someone else has changed this area in the meantime. The view has been reloaded; "
        "please make the change again.",
    "Die Änderung konnte nicht gespeichert werden: {error}":
        "The change could not be saved: {error}",
    "Gebiet umbenennen": "Rename area",
    "Gebiet verschieben": "Move area",
    "Gebiet außer Dienst stellen": "Retire area",
    "Gebiet wieder in Dienst stellen": "Put area back into service",
    "Gebiet umbenannt: {name}": "Area renamed: {name}",
    "Gebiet hinzugefügt: {name}": "Area added: {name}",
    "Gebiet verschoben": "Area moved",
    "„{name}“ außer Dienst gestellt – rückgängig mit Strg+Z":
        "“{name}” retired – undo with Ctrl+Z",
    "„{name}“ wieder in Dienst gestellt": "“{name}” back in service",
    "Rückgängig / Wiederholen": "Undo / Redo",
    "Stadt": "City",
    "Regionalraum": "Regional area",
    "Sozialraum": "Social space",
    "Quartier": "Quarter",
    "Übersicht des Gebiets": "Overview of the area",
    "Links im Gebietsbaum ein Gebiet auswählen.": "Select an area in the tree on the left.",
    "Angaben": "Facts",
    "Kennzahlen": "Figures",
    "Maßnahmen": "Measures",
    "Sitzungen": "Meetings",
    "offene Aufgaben": "open tasks",
    "überfällige Aufgaben": "overdue tasks",
    "Gremien": "Bodies",
    "Karte": "Map",
    "Grenzen: Hanse- und Universitätsstadt Rostock, Open Data (Stadtbereiche), CC0 1.0":
        "Boundaries: Hanseatic and University City of Rostock, open data (Stadtbereiche), "
        "CC0 1.0",
    "Übersicht wird geladen …": "Loading overview …",
    "Übersicht": "Overview",
    "in {parent}": "in {parent}",
    "Arbeitstitel – noch nicht bestätigt": "Working title – not yet confirmed",
    "Modellregion": "Model region",
    "außer Dienst seit {date}": "retired since {date}",
    "Hinweis: {note}": "Note: {note}",
    "Code": "Code",
    "Ebene": "Level",
    "Art": "Kind",
    "(Summe der Untergebiete)": "(sum of sub-areas)",
    "Einwohner*innen {date}": "Residents {date}",
    "Einwohner*innen": "Residents",
    "keine Angabe": "not recorded",
    "Ortsbeirat": "Local council",
    "Namensvarianten": "Name variants",
    "Untergebiete": "Sub-areas",
    "Hinweis": "Note",
    "{count} weitere Gremien in den Untergebieten": "{count} more bodies in the sub-areas",
    "Keine Gremien erfasst.": "No bodies recorded.",
    "Karte von {name}": "Map of {name}",
    "Für dieses Gebiet gibt es keine Grenzen.": "There are no boundaries for this area.",
    "Eigene Grenzen fehlen; gezeigt: {name}": "No boundaries of its own; shown: {name}",
    "Quelle: Hansestadt Rostock, Open Data (CC0)": "Source: City of Rostock, open data (CC0)",
    "Gebiet": "Area",
    "Maßnahmen im Gebiet und seinen Untergebieten": "Measures in the area and its sub-areas",
    "außer Dienst": "retired",
    "Maßnahmen: {count}": "Measures: {count}",
    "Keine Kartengrundlage für dieses Gebiet": "No map data for this area",
    "&Verschieben": "&Move",
    "Gebiet:": "Area:",
    "&Neues übergeordnetes Gebiet:": "&New parent area:",
    "Es gibt kein Gebiet, unter das sich dieses verschieben lässt.":
        "There is no area this one could be moved under.",
    "&Umbenennen": "&Rename",
    "&Neuer Name:": "&New name:",
    "Stadtteiltisch": "Neighborhood round table",
    "Sozialraumteam": "Social space team",
    "Lenkungsgruppe": "Steering group",
    # Main window, files, errors
    "Eine Server-Datenbank stellt die Datenbankverwaltung wieder her (pg_restore).":
        "A server database is restored by its administrators (pg_restore).",
    "Sicherung wiederhergestellt; die ersetzte Datei liegt in {path}":
        "Backup restored; the replaced file is kept in {path}",
    "SRO Desktop Hauptfenster": "SRO Desktop main window",
    "Ansichten des Gebiets": "Views of the area",
    "Gebietsbaum": "Area tree",
    "Regionalräume, Sozialräume und Quartiere": "Regional areas, social spaces and quarters",
    "&Neue Datenbank …": "&New database …",
    "Neue Datenbankdatei anlegen (Rostock-Vorgabe oder leer)":
        "Create a new database file (Rostock default or empty)",
    "Ö&ffnen …": "&Open …",
    "Eine andere Datenbankdatei öffnen": "Open another database file",
    "Sicherung &erstellen …": "Create &backup …",
    "Sicherung &wiederherstellen …": "&Restore backup …",
    "&Beenden": "&Quit",
    "&Rückgängig": "&Undo",
    "&Wiederholen": "&Redo",
    "Gebiet &umbenennen …": "&Rename area …",
    "Das gewählte Gebiet umbenennen": "Rename the selected area",
    "Gebiet &hinzufügen …": "&Add area …",
    "Ein Untergebiet unter dem gewählten Gebiet anlegen":
        "Create a sub-area below the selected area",
    "Gebiet &verschieben …": "&Move area …",
    "Das gewählte Gebiet unter ein anderes hängen": "Move the selected area under another one",
    "Gebiet au&ßer Dienst stellen": "Re&tire area",
    "Das Gebiet für neue Arbeit ausblenden; seine Geschichte bleibt":
        "Hide the area from new work; its history stays",
    "Gebiet wieder in &Dienst stellen": "Put area back into &service",
    "Außer Dienst gestellte Gebiete &zeigen": "&Show retired areas",
    "&Neu laden": "Re&load",
    "Änderungen anderer Personen aus der Datenbank holen":
        "Fetch other people's changes from the database",
    "Ü&ber SRO Desktop": "&About SRO Desktop",
    "&Protokolldatei öffnen": "Open &log file",
    "&Datei": "&File",
    "&Zuletzt geöffnet": "Open &recent",
    "&Bearbeiten": "&Edit",
    "&Ansicht": "&View",
    "&Sprache": "&Language",
    "&Hilfe": "&Help",
    "Werkzeugleiste": "Toolbar",
    "Datenbank: {target}": "Database: {target}",
    "Netzlaufwerk": "Network drive",
    "Die Datenbank liegt auf einem Netzlaufwerk. Mehrere Personen können sie nutzen; "
    "Speichern dauert etwas länger. Änderungen anderer zeigt „Ansicht → Neu laden“ (F5).":
        "The database is on a network drive. Several people can use it; saving takes a "
        "little longer. “View → Reload” (F5) shows other people's changes.",
    "Benutzer*in: {user}": "User: {user}",
    "Die Sprache wird beim nächsten Start übernommen.":
        "The language takes effect at the next start.",
    "Über SRO Desktop": "About SRO Desktop",
    "SRO Desktop {version}\n\nSozialraumorientierung in der Kinder- und Jugendhilfe.\n"
    "Gebietsgrenzen: Hanse- und Universitätsstadt Rostock, Open Data (CC0 1.0).":
        "SRO Desktop {version}\n\nSocial space orientation in child and youth welfare.\n"
        "Area boundaries: Hanseatic and University City of Rostock, open data (CC0 1.0).",
    "Protokolldatei öffnen": "Open log file",
    "Die Protokolldatei liegt hier: {path}": "The log file is here: {path}",
    "SRO-Desktop-Datenbank (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)":
        "SRO Desktop database (*.sqlite *.sqlite3 *.db);;All files (*)",
    "Datenbank öffnen": "Open database",
    "Sicherung erstellen": "Create backup",
    "Sicherung wiederherstellen": "Restore backup",
    "Die geöffnete Datenbank „{target}“ wird durch die Sicherung „{backup}“ ersetzt. Die "
    "jetzige Datei wird vorher im Ordner „Sicherungen“ aufbewahrt.\n\nAndere Personen dürfen "
    "die Datei währenddessen nicht geöffnet haben. Fortfahren?":
        "The open database “{target}” will be replaced by the backup “{backup}”. The current "
        "file is kept in the folder “Sicherungen” first.\n\nNobody else may have the file open "
        "meanwhile. Continue?",
    "Datenbank lässt sich nicht öffnen": "Database cannot be opened",
    "Die Datenbank lässt sich nicht öffnen.": "The database cannot be opened.",
    "Andere Datei öffnen …": "Open another file …",
    "Beenden": "Quit",
    "Tägliche Sicherung": "Daily backup",
    "(keine)": "(none)",
    "Liste &leeren": "&Clear list",
    "Sicherung geschrieben: {path}": "Backup written: {path}",
    "Tägliche Sicherung misslungen: {error}": "Daily backup failed: {error}",
    "Neue Datenbank": "New database",
    "Datei": "File",
    "z. B. {path}": "e.g. {path}",
    "&Durchsuchen …": "&Browse …",
    "Datei auswählen": "Choose file",
    "&Rostock-Vorgabe: 4 Regionalräume (Arbeitstitel), 21 Sozialräume, 31 Quartiere, Gremien":
        "&Rostock default: 4 regional areas (working titles), 21 social spaces, 31 quarters, "
        "bodies",
    "&Leer: ohne Gebiete (für eine andere Stadt)": "&Empty: no areas (for another city)",
    "&Anlegen": "&Create",
    "&Datei:": "&File:",
    "Inhalt:": "Content:",
    "Datei: bitte einen Dateinamen angeben": "File: please enter a file name",
    "Datei: „{path}“ existiert schon (eine neue Datenbank überschreibt nie eine vorhandene "
    "Datei)":
        "File: “{path}” already exists (a new database never overwrites an existing file)",
    "Datei: der Ordner „{folder}“ existiert nicht": "File: the folder “{folder}” does not exist",
    "Unerwarteter Fehler": "Unexpected error",
    "Ein unerwarteter Fehler ist aufgetreten.": "An unexpected error occurred.",
    "Was passiert ist: {summary}\n\nDas Programm läuft weiter. Bitte prüfen Sie, ob Ihre letzte "
    "Eingabe gespeichert wurde. Details stehen in der Protokolldatei: {path}":
        "What happened: {summary}\n\nThe program keeps running. Please check whether your last "
        "entry was saved. Details are in the log file: {path}",
    # Common words and buttons
    "Abbrechen": "Cancel",
    "Speichern": "Save",
    "Speichern (Strg+Eingabe)": "Save (Ctrl+Enter)",
    "Schließen": "Close",
    "Öffnen": "Open",
    "Bearbeiten": "Edit",
    "Bearbeiten …": "Edit …",
    "Löschen": "Delete",
    "Neu": "New",
    "neu": "new",
    "Neu …": "New …",
    "Neu:": "New:",
    "Rückgängig": "Undo",
    "Wiederholen": "Redo",
    "Verwerfen": "Discard",
    "Filter": "Filter",
    "Alle": "All",
    "Name": "Name",
    "Person": "Person",
    "Organisation": "Organization",
    "Rolle": "Role",
    "Status": "Status",
    "Titel": "Title",
    "Nummer": "Number",
    "Datum": "Date",
    "Jahr": "Year",
    "Zeit": "Time",
    "Ort": "Place",
    "Beginn": "Start",
    "Ende": "End",
    "Dauer": "Duration",
    "Von": "From",
    "Bis": "To",
    "bis": "to",
    "Zeitraum": "Period",
    "Betrag": "Amount",
    "Begründung": "Reason",
    "Begründung:": "Reason:",
    "Be&gründung:": "Rea&son:",
    "Notiz": "Note",
    "Notiz:": "Note:",
    "Summe": "Sum",
    "Gesamt": "Total",
    "Feld": "Field",
    "Zielgruppe": "Target group",
    "Maßnahme": "Measure",
    "Maßnahme:": "Measure:",
    "Träger": "Provider",
    "Haushaltsjahr": "Budget year",
    "Haushaltsjahr:": "Budget year:",
    "&Haushaltsjahr:": "Budget &year:",
    "Regionalraum:": "Regional area:",
    "Budget": "Budget",
    "TOP": "Item",
    "TOPs": "Items",
    "Anliegen": "Concern",
    "Aufgabe": "Task",
    "Aufgaben": "Tasks",
    "Vereinbarung": "Agreement",
    "Vereinbarungen": "Agreements",
    "Erledigt": "Done",
    "Protokoll": "Minutes",
    "Vorsitz": "Chair",
    "Moderation": "Facilitator",
    "Gremium": "Body",
    "Anwesenheit": "Attendance",
    "Vertritt": "Substitutes for",
    "Vertritt:": "Substitutes for:",
    "– niemand –": "– nobody –",
    "– niemanden –": "– nobody –",
    "{label}: fehlt (Pflichtfeld)": "{label}: missing (required)",
    # Measures
    "Eine Überschreitung kann nur der Vorsitz (oder die Stellvertretung) der Lenkungsgruppe "
    "mit Begründung zulassen.":
        "Only the chair (or deputy chair) of the steering group can allow an overrun, with a "
        "reason.",
    "Zeile hinzufügen": "Add row",
    "Zeile entfernen": "Remove row",
    "Maßnahme wurde inzwischen geändert": "The measure has been changed in the meantime",
    "Unterschiede je Feld": "Differences by field",
    "Ihre Fassung": "Your version",
    "Gespeicherte Fassung": "Saved version",
    "von Ihnen geändert": "changed by you",
    "von der anderen Person geändert": "changed by the other person",
    "Neu laden (meine Änderungen verwerfen)": "Reload (discard my changes)",
    "Neuer Träger …": "New provider …",
    "Antrag": "Application",
    "Träger && Partner": "Provider && partners",
    "Ziele && Plan": "Goals && plan",
    "Prinzipien": "Principles",
    "Finanzen": "Finances",
    "Evaluation": "Evaluation",
    "Bewertungen": "Reviews",
    "Verlauf": "History",
    "Hinweise zum Antrag": "Notes on the application",
    "Aktionen": "Actions",
    "Rückgängig: {0}": "Undo: {0}",
    "Wiederholen: {0}": "Redo: {0}",
    "Neue Maßnahme": "New measure",
    "(noch nicht gespeichert)": "(not saved yet)",
    ", verlängert": ", extended",
    "Status: {0}": "Status: {0}",
    "Der Antrag ist vollständig.": "The application is complete.",
    "Speichern nicht möglich": "Cannot save",
    "Träger wählen": "Choose provider",
    "Ungespeicherte Änderungen": "Unsaved changes",
    "Die Maßnahme hat ungespeicherte Änderungen. Speichern?":
        "The measure has unsaved changes. Save them?",
    "Beantragt": "Requested",
    "Bewilligt": "Granted",
    "Nächste Frist": "Next deadline",
    "Suchen: Nummer, Titel, Träger": "Search number, title, provider …",
    "Sucht in Nummer, Titel und Träger der Maßnahmen.":
        "Searches the measures' number, title and provider.",
    "Maßnahmen durchsuchen": "Search measures",
    "Nach Status filtern": "Filter by status",
    "Alle Status": "All statuses",
    "Alle offenen": "All open",
    "Nach Laufzeitjahr filtern": "Filter by year of the period",
    "Alle Jahre": "All years",
    "Nur fällige ({days} Tage)": "Due only ({days} days)",
    "Zwischenbericht, Evaluation, Ende oder Verwendungsnachweis in den nächsten {days} Tagen "
    "oder überfällig":
        "Interim report, evaluation, end or proof of use within the next {days} days, or "
        "overdue",
    "Neue Maßnahme …": "New measure …",
    "1 Maßnahme": "1 measure",
    "{n} Maßnahmen": "{n} measures",
    "Neuen Träger anlegen": "Create new provider",
    "anerkannt nach § 75 SGB VIII": "recognized under § 75 SGB VIII",
    "Rechtsform": "Legal form",
    "Anerkennung": "Recognition",
    "Ansprechperson": "Contact person",
    "E-Mail": "Email",
    "Telefon": "Phone",
    "Anlegen": "Create",
    "Verlängerungen": "Extensions",
    "Anträge": "Applications",
    "Verlängerungsantrag": "Extension application",
    "{what} „{title}“ auf die Tagesordnung der {body} setzen.":
        "Put {what} “{title}” on the agenda of {body}.",
    "&Geplante Sitzung wählen:": "Choose a &scheduled meeting:",
    "Geplante Sitzungen der {body}": "Scheduled meetings of {body}",
    "Keine geplante Sitzung der {body}: bitte einen neuen Termin planen.":
        "No scheduled meeting of {body}: please schedule a new date.",
    "&Neuen Sitzungstermin planen:": "Schedule a &new meeting date:",
    "Datum der neuen Sitzung": "Date of the new meeting",
    "N&otiz:": "N&ote:",
    "Auf Tagesordnung setzen": "Put on agenda",
    "Lenkungsgruppe: Für den Regionalraum „{region}“ gibt es keine Lenkungsgruppe (bitte erst "
    "unter „Gremien“ anlegen).":
        "Steering group: the regional area “{region}” has no steering group (please create one "
        "under “Bodies” first).",
    "Die Sitzung am {day} wird mit der Standard-Tagesordnung geplant; die Maßnahme kommt unter "
    "„{section}“.":
        "The meeting on {day} is scheduled with the standard agenda; the measure goes under "
        "“{section}”.",
    "Bitte eine Sitzung wählen.": "Please choose a meeting.",
    " unter „{section}“": " under “{section}”",
    "Die Maßnahme wird TOP {number}{where} der Sitzung am {day}.":
        "The measure becomes item {number}{where} of the meeting on {day}.",
    "Sitzung: Bitte eine geplante Sitzung wählen oder einen neuen Termin planen.":
        "Meeting: please choose a scheduled meeting or schedule a new date.",
    "Uhrzeit": "Time",
    " (liegt zurück)": " (past)",
    "Die Maßnahme steht schon auf dieser Tagesordnung.": "The measure is already on this agenda.",
    "Hinweis: Die Maßnahme wurde inzwischen geändert":
        "Note: the measure has been changed in the meantime",
    "Neu &laden": "Re&load",
    "Neu laden (ungespeicherte Änderungen verwerfen)": "Reload (discard unsaved changes)",
    "Die gespeicherte Fassung laden; Ihre ungespeicherten Änderungen gehen verloren.":
        "Load the saved version; your unsaved changes are lost.",
    "&Vergleichen …": "&Compare …",
    "Mit der gespeicherten Fassung vergleichen": "Compare with the saved version",
    "Diese Maßnahme wurde inzwischen gelöscht.": "This measure has been deleted in the meantime.",
    "Diese Maßnahme wurde inzwischen geändert": "This measure has been changed in the meantime",
    "Ihre Änderungen sind noch nicht gespeichert.": "Your changes are not saved yet.",
    "Aufteilung auf Haushaltsjahre, Auszahlungen und Rückflüsse gibt es nach einem positiven "
    "Beschluss der Lenkungsgruppe.":
        "The split across budget years, payments and repayments become available after a "
        "positive decision of the steering group.",
    "&Aufteilung auf Haushaltsjahre …": "&Split across budget years …",
    "Aus&zahlung buchen …": "Book &payment …",
    "&Rückfluss buchen …": "Book &repayment …",
    # Meetings: list, planning, bodies
    "Sitzung planen …": "Schedule meeting …",
    "Gremien und Mitglieder …": "Bodies and members …",
    "Gewählte Sitzung öffnen (Eingabe)": "Open the selected meeting (Enter)",
    "← Alle Sitzungen": "← All meetings",
    "Zurück zur Liste (Alt+Pos1)": "Back to the list (Alt+Home)",
    "{n} Sitzungen": "{n} meetings",
    "1 Sitzung": "1 meeting",
    "Sitzung planen: Dieses Gebiet hat noch kein Gremium („Gremien und Mitglieder …“).":
        "Schedule meeting: this area has no body yet (“Bodies and members …”).",
    "Sitzung planen: {m}": "Schedule meeting: {m}",
    "Sitzung planen": "Schedule meeting",
    "Sitzungsdaten": "Meeting details",
    "Standard-Tagesordnung einfügen": "Insert standard agenda",
    "{label}: „{text}“ ist keine Uhrzeit (z. B. 17:30)":
        "{label}: “{text}” is not a time (e.g. 17:30)",
    "Gremien und Mitglieder": "Bodies and members",
    "Name (leer: Art und Gebiet)": "Name (empty: kind and area)",
    "Gremium anlegen": "Create body",
    "Mitglieder": "Members",
    "Vorname Nachname (neu oder vorhanden)": "First name last name (new or existing)",
    "Mitglied hinzufügen": "Add member",
    "Neues Mitglied": "New member",
    "Mitgliedschaft beenden": "End membership",
    "Eintrag entfernen": "Remove entry",
    "Nur für Fehleinträge; sonst die Mitgliedschaft beenden":
        "Only for entries made by mistake; otherwise end the membership",
    "Person: fehlt (Pflichtfeld)": "Person: missing (required)",
    "Beenden am": "End on",
    "Neues Gremium": "New body",
    "Art des neuen Gremiums": "Kind of the new body",
    "Name des neuen Gremiums": "Name of the new body",
    "Frühere Mitglieder zeigen": "Show former members",
    "Mitglieder, deren Mitgliedschaft beendet ist, grau unter den aktuellen zeigen":
        "Show members whose membership has ended, grayed, below the current ones",
    "Frühere Mitglieder ({n})": "Former members ({n})",
    "{current} aktuell · {former} frühere": "{current} current · {former} former",
    "{current} aktuell": "{current} current",
    "Mitgliedschaft beenden am": "End membership on",
    "Mitglied von": "Member from",
    "Mitglied bis": "Member until",
    # The locale of date fields (weekday and month names): the English interface's own.
    "de_DE": "en_US",
    # Meetings: vocabulary (statuses, roles, attendance)
    "geplant": "planned",
    "durchgeführt": "held",
    "abgeschlossen": "finalized",
    "genehmigt": "approved",
    "stellv. Vorsitz": "deputy chair",
    "stimmberechtigtes Mitglied": "voting member",
    "Vertretung": "substitute",
    "beratendes Mitglied": "advisory member",
    "Gast": "guest",
    "anwesend": "present",
    "entschuldigt": "excused",
    "abwesend": "absent",
    "offen": "open",
    "in Bearbeitung": "in progress",
    "aufgegriffen": "taken up",
    "nicht weiter verfolgt": "not pursued",
    "Entwurf": "Draft",
    "Eingereicht": "Submitted",
    "Im Sozialraumteam beraten": "Discussed in the social space team",
    "Auf Tagesordnung der Lenkungsgruppe": "On the steering group's agenda",
    "Befürwortet": "Endorsed",
    "Befürwortet mit Auflagen": "Endorsed with conditions",
    "Abgelehnt": "Rejected",
    "Vertagt": "Deferred",
    "Zurückgezogen": "Withdrawn",
    "Vereinbart": "Agreed",
    "Laufend": "Running",
    "Evaluation fällig": "Evaluation due",
    "Evaluiert": "Evaluated",
    "Abgeschlossen": "Closed",
    "Archiviert": "Archived",
    # Meetings: editor, agenda, notes
    "nicht öffentlich": "not public",
    "öffentlich": "public",
    "{n} Min. geplant": "{n} min planned",
    "Tagesordnung": "Agenda",
    "TOP nach oben": "Move item up",
    "TOP nach unten": "Move item down",
    "Als Unterpunkt": "Make sub-item",
    "Als Hauptpunkt": "Make main item",
    "TOP löschen": "Delete agenda item",
    "TOP hinzufügen (Strg+Umschalt+T)": "Add agenda item (Ctrl+Shift+T)",
    "Titel des TOP": "Title of the agenda item",
    "Nicht öffentliche TOPs fehlen in öffentlichen Ausdrucken":
        "Non-public agenda items are left out of public printouts",
    " Min.": " min",
    "–": "–",
    "Geplante Dauer": "Planned duration",
    "Änderung protokollieren": "Record amendment",
    "Änderung": "Amendment",
    "Betrifft": "Concerns",
    "Das genehmigte Protokoll bleibt unverändert; die Änderung wird mit Datum und Namen "
    "daneben gezeigt.":
        "The approved minutes stay unchanged; the amendment is shown next to them with date "
        "and name.",
    "Änderung: fehlt (Pflichtfeld)": "Amendment: missing (required)",
    "Kein Protokoll wartet auf Genehmigung.": "No minutes are awaiting approval.",
    "Das Protokoll vom {date} ist genehmigt.": "The minutes of {date} are approved.",
    "Das Protokoll vom {date} ist abgeschlossen und kann genehmigt werden.":
        "The minutes of {date} are finalized and can be approved.",
    "Protokoll vom {date} genehmigen": "Approve the minutes of {date}",
    "Das Protokoll vom {date} ist noch nicht abgeschlossen.":
        "The minutes of {date} are not finalized yet.",
    "Protokoll genehmigen": "Approve minutes",
    "TOP hinzufügen": "Add agenda item",
    "Neuer TOP": "New agenda item",
    "TOP einrücken": "Indent agenda item",
    "TOP verschieben": "Move agenda item",
    "TOP umbenennen": "Rename agenda item",
    "TOP öffentlich": "Agenda item public or not",
    "Dauer des TOP": "Duration of the agenda item",
    "Anliegen notieren": "Note a concern",
    "Aufgabe notieren": "Note a task",
    "Vereinbarung notieren": "Note an agreement",
    "Sitzung beginnen": "Start meeting",
    "Protokoll abschließen": "Finalize minutes",
    "Protokoll wieder öffnen": "Reopen minutes",
    "Änderung protokollieren: nur bei genehmigten Protokollen (sonst direkt korrigieren)":
        "Record amendment: only for approved minutes (otherwise correct them directly)",
    "Protokoll allgemein": "Minutes as a whole",
    "Sitzungsdaten ändern": "Change meeting details",
    "Sitzung bearbeiten": "Edit meeting",
    "Änderungen": "Amendments",
    "Wieder öffnen": "Reopen",
    "Sitzungsdaten …": "Meeting details …",
    "Protokollierte Änderungen": "Recorded amendments",
    "Änderung protokollieren …": "Record amendment …",
    "Nächster TOP": "Next agenda item",
    "Vorheriger TOP": "Previous agenda item",
    "Neues Anliegen": "New concern",
    "Neue Aufgabe": "New task",
    "Neue Vereinbarung": "New agreement",
    "Notizen jetzt speichern": "Save notes now",
    "Zwischen Tagesordnung und Notizen wechseln": "Switch between agenda and notes",
    "Notizen speichern sich selbst. Alt+↓/Alt+↑: nächster/vorheriger TOP · "
    "Strg+Umschalt+B: Anliegen · Strg+Umschalt+A: Aufgabe · Strg+Umschalt+V: Vereinbarung":
        "Notes save themselves. Alt+↓/Alt+↑: next/previous item · Ctrl+Shift+B: concern · "
        "Ctrl+Shift+A: task · Ctrl+Shift+V: agreement",
    "Moderation: {name}": "Facilitator: {name}",
    "Vorsitz: {name}": "Chair: {name}",
    "Protokoll: {name}": "Minutes: {name}",
    "Protokoll abgeschlossen – es wartet auf die Genehmigung in der nächsten Sitzung. Zum "
    "Ändern „Wieder öffnen“.":
        "Minutes finalized – they await approval at the next meeting. To change them, "
        "“Reopen”.",
    "Genehmigt in der Sitzung vom {date} und gesperrt. Korrekturen nur als protokollierte "
    "Änderung ({n} bisher).":
        "Approved at the meeting of {date} and locked. Corrections only as recorded "
        "amendments ({n} so far).",
    "Änderungen ({n})": "Amendments ({n})",
    "1 protokollierte Änderung": "1 recorded amendment",
    "{n} protokollierte Änderungen": "{n} recorded amendments",
    "Keine protokollierten Änderungen": "No recorded amendments",
    "Das genehmigte Protokoll bleibt unverändert; Korrekturen stehen hier.":
        "The approved minutes stay unchanged; corrections are listed here.",
    "Änderungen werden erst nach der Genehmigung protokolliert; bis dahin wird das Protokoll "
    "direkt korrigiert.":
        "Amendments are recorded only after approval; until then the minutes are corrected "
        "directly.",
    "Notizen zum TOP": "Notes on the agenda item",
    "Meine Fassung speichern": "Save my version",
    "Andere Fassung übernehmen": "Take the other version",
    "Ergebnisse zu diesem TOP": "Results of this agenda item",
    "Eingabe: bearbeiten · Entf: löschen · Leertaste: Aufgabe erledigt":
        "Enter: edit · Del: delete · Space: task done",
    "Kein TOP gewählt": "No agenda item selected",
    "Ergebnis: {text}": "Result: {text}",
    "Ergebnisse dieses TOPs notieren (Ergebnisprotokoll, keine Namen von Bewohner*innen) …":
        "Note the results of this agenda item (results only, no names of residents) …",
    "Keine Notizen zu diesem TOP.": "No notes on this agenda item.",
    "Gespeichert {time}": "Saved {time}",
    "Speichert …": "Saving …",
    "Nicht gespeichert …": "Not saved …",
    "Nicht gespeichert": "Not saved",
    # Meetings: attendance
    "Anwesenheitsliste": "Attendance list",
    "Anwesend": "Present",
    "Entschuldigt": "Excused",
    "Abwesend": "Absent",
    "{text} für die gewählte Person (Taste {key})": "{text} for the selected person (key {key})",
    "Wen die gewählte Person heute vertritt": "Whom the selected person substitutes for today",
    "Bewohner*innen (Anzahl)": "Residents (number)",
    "Bewohner*innen werden nur gezählt, nie namentlich erfasst (Datenschutz).":
        "Residents are only counted, never recorded by name (data protection).",
    "Gäste (Institutionen)": "Guests (institutions)",
    "Eine Institution pro Zeile, z. B. Schule am Schwanenteich":
        "One institution per line, e.g. Schule am Schwanenteich",
    "Anwesenheit erfassen": "Record attendance",
    "Vertretung erfassen": "Record substitution",
    "Bewohner*innen zählen": "Count residents",
    "Gäste erfassen": "Record guests",
    # Meetings: results (concerns, tasks, agreements)
    "Vereinbarungen der Sitzung": "Agreements of the meeting",
    "Noch keine Vereinbarungen notiert (Strg+Umschalt+V in den Notizen).":
        "No agreements noted yet (Ctrl+Shift+V in the notes).",
    "Anliegen der Sitzung": "Concerns of the meeting",
    "Noch keine Anliegen notiert (Strg+Umschalt+B in den Notizen).":
        "No concerns noted yet (Ctrl+Shift+B in the notes).",
    "Aufgaben der Sitzung": "Tasks of the meeting",
    "Noch keine Aufgaben notiert (Strg+Umschalt+A in den Notizen).":
        "No tasks noted yet (Ctrl+Shift+A in the notes).",
    "Verknüpfte Maßnahmen": "Linked measures",
    "Maßnahme verknüpfen …": "Link measure …",
    "Das Anliegen mit einer Maßnahme des Regionalraums verknüpfen (Strg+L)":
        "Link the concern to a measure of the regional area (Ctrl+L)",
    "Maßnahme verknüpfen": "Link measure",
    "Verknüpfung lösen": "Unlink",
    "Verknüpfung mit der gewählten Maßnahme lösen (Entf in der Liste)":
        "Unlink the selected measure (Del in the list)",
    "Verknüpfte Maßnahmen des gewählten Anliegens ({n})":
        "Measures linked to the selected concern ({n})",
    "Das gewählte Anliegen ist mit keiner Maßnahme verknüpft.":
        "The selected concern is not linked to any measure.",
    "Erledigt umschalten": "Toggle done",
    "Leertaste: erledigt / wieder offen · Eingabe: bearbeiten":
        "Space: done / open again · Enter: edit",
    "{n} offen": "{n} open",
    "{n} überfällig": "{n} overdue",
    "{d} – überfällig": "{d} – overdue",
    "Aufgaben ({n}, {o} überfällig)": "Tasks ({n}, {o} overdue)",
    "1 Anliegen": "1 concern",
    "{n} Anliegen": "{n} concerns",
    "1 Aufgabe": "1 task",
    "{n} Aufgaben": "{n} tasks",
    "1 Vereinbarung": "1 agreement",
    "{n} Vereinbarungen": "{n} agreements",
    "Vereinbarung: Protokoll gesperrt (Korrekturen nur als protokollierte Änderung)":
        "Agreement: minutes locked (corrections only as a recorded amendment)",
    "Anliegen ändern": "Change concern",
    "Aufgabe ändern": "Change task",
    "Vereinbarung ändern": "Change agreement",
    "Löschen: Protokoll gesperrt": "Delete: minutes locked",
    "Anliegen löschen": "Delete concern",
    "Aufgabe löschen": "Delete task",
    "Vereinbarung löschen": "Delete agreement",
    "Aufgabe erledigt": "Task done",
    "Aufgabe wieder offen": "Task open again",
    "Anliegen bearbeiten": "Edit concern",
    "Aufgabe bearbeiten": "Edit task",
    "Vereinbarung bearbeiten": "Edit agreement",
    "Was": "What",
    "Wer": "Who",
    "Bis wann": "Due by",
    "z. B. Jugendliche 14–18, Familien": "e.g. young people 14–18, families",
    "ohne Frist": "no deadline",
    "erledigt am": "done on",
    "Erledigt am": "Done on",
    "der Status": "the status",
    "„erledigt“": "“done”",
    "Das Protokoll ist abgeschlossen oder genehmigt: nur {what} lässt sich noch ändern.":
        "The minutes are finalized or approved: only {what} can still be changed.",
    "(anderes Gebiet)": "(other area)",
    "Stand": "Progress",
    "Person, Organisation oder Text": "Person, organization or text",
    "Nur die Einträge des gewählten TOP zeigen": "Show only the entries of the selected item",
    "Unter dem gewählten TOP notieren (Einfg)": "Note under the selected agenda item (Ins)",
    "Gewählten Eintrag bearbeiten (Eingabe, F2)": "Edit the selected entry (Enter, F2)",
    "Gewählten Eintrag löschen (Entf; rückgängig mit Strg+Z)":
        "Delete the selected entry (Del; undo with Ctrl+Z)",
    "Nur TOP {n}": "Item {n} only",
    "Nur gewählter TOP": "Selected item only",
    "Unter diesem TOP ist nichts notiert.": "Nothing is noted under this agenda item.",
    "erledigt am {d}": "done on {d}",
    "bis {d}": "due {d}",
    "{due} – überfällig": "{due} – overdue",
    "Offene Aufgabe": "Open task",
    "Zielgruppe: {g}": "Target group: {g}",
    "{n} Maßnahme(n) verknüpft": "{n} measure(s) linked",
    "protokolliert am {d} von {u}": "recorded on {d} by {u}",
    "Nummer, Titel oder Status …": "Number, title or status …",
    "Verknüpfen": "Link",
    "Verknüpfen (Eingabe)": "Link (Enter)",
    "Anliegen: {text}": "Concern: {text}",
    "Maßnahmen filtern": "Filter measures",
    "Maßnahmen des Regionalraums": "Measures of the regional area",
    "Im Regionalraum gibt es keine weitere Maßnahme zum Verknüpfen.":
        "The regional area has no other measure to link.",
    "Keine Maßnahme passt zu „{text}“.": "No measure matches “{text}”.",
    "Maßnahme: keine gewählt (bitte eine aus der Liste wählen)":
        "Measure: none selected (please choose one from the list)",
    # Search
    "Suche": "Search",
    "Suchen (Strg+Umschalt+F)": "Search (Ctrl+Shift+F)",
    "Sucht in Protokollen, Anliegen, Aufgaben und Maßnahmen der ganzen Datenbank "
    "(Strg+Umschalt+F). ↓/↑ wählen, Eingabe öffnet, Esc schließt.":
        "Searches minutes, concerns, tasks and measures in the whole database (Ctrl+Shift+F). "
        "↓/↑ select, Enter opens, Esc closes.",
    "Suchbegriff": "Search term",
    "Suchergebnisse": "Search results",
    "Nichts gefunden für „{q}“": "Nothing found for “{q}”",
    "{n} Treffer für „{q}“": "{n} hits for “{q}”",
    " – {n} gezeigt": " – {n} shown",
    # Budget: panel, tiles, chart, table
    "Das Haushaltsjahr ist das Kalenderjahr.": "The budget year is the calendar year.",
    "Budget festlegen…": "Set budget…",
    "Rest übertragen…": "Carry over remainder…",
    "CSV exportieren…": "Export CSV…",
    "Überträgt den verfügbaren Rest ins Folgejahr.":
        "Carries the available remainder over to the next year.",
    "Übertrag ist ausgeschaltet (einschalten unter „Budget festlegen…“: „Rest übertragen "
    "erlaubt“) oder die Ansicht zeigt mehrere Regionalräume.":
        "Carry-over is switched off (switch it on under “Set budget…”: “Carry-over of the "
        "remainder allowed”) or the view shows several regional areas.",
    # Budget festlegen: the carry-over setting (SetBudgetDialog, BudgetCommands)
    "Rest übertragen erlaubt": "Carry-over of the remainder allowed",
    "Rest übertragen nicht erlaubt": "Carry-over of the remainder not allowed",
    "Rest ins Folgejahr übertragen erlaubt":
        "Carrying the remainder over to the next year allowed",
    "Erlaubt „Rest übertragen…“: Der verfügbare Rest eines Haushaltsjahres darf ins Folgejahr "
    "übertragen werden.":
        "Allows “Carry over remainder…”: the available remainder of a budget year may be "
        "carried over to the next year.",
    "Gilt für alle Regionalräume und Haushaltsjahre dieser Datenbank; jede Änderung steht im "
    "Änderungsprotokoll.":
        "Applies to all regional areas and budget years of this database; every change is in "
        "the change log.",
    "Einstellung:": "Setting:",
    "Bitte im Baum einen Regionalraum (oder die Stadt) wählen.":
        "Please select a regional area (or the city) in the tree.",
    "Budget {title} – {year}": "Budget {title} – {year}",
    "Für {year} ist noch kein Budget festgelegt.": "No budget has been set for {year} yet.",
    "Sozialraum {name} ist hervorgehoben.": "Social space {name} is highlighted.",
    "Buchungen: {what} – {title} {year}": "Entries: {what} – {title} {year}",
    "Beschlossen": "Decided",
    "Ausgezahlt": "Paid out",
    "Rückflüsse": "Repaid",
    "Gebunden": "Committed",
    "Verfügbar": "Available",
    "Klicken: Buchungen hinter dieser Zahl anzeigen.":
        "Click: show the entries behind this figure.",
    "Gesamtbudget des Jahres: Zuweisungen + Übertrag aus dem Vorjahr (− Übertrag ins "
    "Folgejahr) + Korrekturen.":
        "Total budget of the year: allocations + carry-over from the previous year "
        "(− carry-over to the next year) + corrections.",
    "Summe der befürwortenden Beschlüsse der Lenkungsgruppe für dieses Jahr, abzüglich "
    "Freigaben (z. B. nach Rücknahme).":
        "Sum of the steering group's endorsing decisions for this year, less releases "
        "(e.g. after a withdrawal).",
    "Summe der Vereinbarungen der Verwaltung für dieses Jahr.":
        "Sum of the administration's agreements for this year.",
    "Summe der Auszahlungen an die Träger in diesem Jahr.":
        "Sum of the payments to providers this year.",
    "Nicht verbrauchte Mittel, die Träger zurückgezahlt haben. Sie machen Geld wieder "
    "verfügbar, soweit es ausgezahlt war.":
        "Unspent funds that providers paid back. They make money available again as far as it "
        "had been paid out.",
    "Je Maßnahme der höchste Betrag aus beschlossen, vereinbart und ausgezahlt, abzüglich "
    "Rückflüssen.":
        "Per measure, the highest of decided, agreed and paid out, less repayments.",
    "Verfügbar = Gesamt − gebunden. Gebunden ist je Maßnahme der höchste Betrag aus "
    "beschlossen, vereinbart und ausgezahlt, abzüglich Rückflüssen (höchstens bis zur "
    "Auszahlung).":
        "Available = total − committed. Committed is, per measure, the highest of decided, "
        "agreed and paid out, less repayments (at most down to the payment).",
    "Budgetdiagramm": "Budget chart",
    "Kein Budget ausgewählt.": "No budget selected.",
    "Gesamt {total}: vereinbart {agreed}, beschlossen und noch nicht vereinbart {open}, "
    "verfügbar {available}.":
        "Total {total}: agreed {agreed}, decided but not yet agreed {open}, available "
        "{available}.",
    "Vereinbart (nach Rückflüssen)": "Agreed (after repayments)",
    "Beschlossen, nicht vereinbart": "Decided, not agreed",
    "Überzogen um {amount}": "Overdrawn by {amount}",
    "Überzogen": "Overdrawn",
    "Gebunden nach {heading}": "Committed by {heading}",
    "{used} von {total}": "{used} of {total}",
    "vereinbart": "agreed",
    "beschlossen, nicht vereinbart": "decided, not agreed",
    "verfügbar": "available",
    "Gliederung der Tabelle": "Table breakdown",
    "nach Sozialraum": "by social space",
    "nach Regionalraum": "by regional area",
    "nach Maßnahme": "by measure",
    "Buchungen anzeigen…": "Show entries…",
    "Buchungen anzeigen": "Show entries",
    "Auf&teilung…": "S&plit…",
    "Aus&zahlung buchen…": "Book &payment…",
    "Rück&fluss buchen…": "Book re&payment…",
    "Aufteilung der Maßnahme auf Haushaltsjahre ansehen oder von Hand festlegen.":
        "View the measure's split across budget years or set it by hand.",
    "Eine Auszahlung an den Träger für die gewählte Maßnahme buchen.":
        "Book a payment to the provider for the selected measure.",
    "Nicht verbrauchte Mittel buchen, die der Träger zurückgezahlt hat.":
        "Book unspent funds that the provider paid back.",
    "Dafür in der Tabelle „nach Maßnahme“ eine Maßnahme wählen.":
        "For this, select a measure in the table “by measure”.",
    "Tabelle:": "Table:",
    "Beträge in Euro": "Amounts in euros",
    "Budgettabelle": "Budget table",
    "&Buchungen anzeigen…": "Show &entries…",
    "Rest übertragen": "Carry over remainder",
    "{amount} aus {year} in das Haushaltsjahr {next} übertragen?":
        "Carry over {amount} from {year} to the budget year {next}?",
    "Tabelle als CSV exportieren": "Export table as CSV",
    "CSV für Excel (*.csv)": "CSV for Excel (*.csv)",
    "CSV-Export: Die Datei {path} kann nicht geschrieben werden ({error}).":
        "CSV export: the file {path} cannot be written ({error}).",
    "Wiederhergestellt": "Redone",
    "Aufteilung auf Haushaltsjahre": "Split across budget years",
    # Budget: dialogs
    "Auszahlung buchen": "Book payment",
    "Rückfluss buchen": "Book repayment",
    "Das Haushaltsjahr, dessen Budget die Buchung betrifft.":
        "The budget year whose budget the entry concerns.",
    "Datum der Buchung": "Date of the entry",
    "Betrag in Euro": "Amount in euros",
    "z. B. 1. Abschlag laut Vereinbarung": "e.g. 1st installment as agreed",
    "z. B. nicht verbrauchte Mittel laut Verwendungsnachweis":
        "e.g. unspent funds according to the proof of use",
    "Fehler der Buchung": "Error in the entry",
    "Hinweis zur Buchung": "Note on the entry",
    "&Datum:": "&Date:",
    "&Betrag (€):": "&Amount (€):",
    "Verfügbar im Regionalraum": "Available in the regional area",
    "Stand der Maßnahme im Haushaltsjahr {year}:": "The measure in budget year {year} so far:",
    "Betrag: Eine Auszahlung muss größer als 0,00 € sein.":
        "Amount: a payment must be greater than €0.00.",
    "Betrag: Ein Rückfluss muss größer als 0,00 € sein.":
        "Amount: a repayment must be greater than €0.00.",
    "Betrag: Ein Rückfluss darf die noch nicht zurückgeflossenen Auszahlungen des Jahres "
    "{year} ({amount}) nicht übersteigen.":
        "Amount: a repayment may not exceed the payments of {year} not yet paid back "
        "({amount}).",
    "Begründung: Bitte angeben, wofür gebucht wird (Pflichtfeld).":
        "Reason: please state what the entry is for (required).",
    "Datum: liegt nicht im Haushaltsjahr {year}; die Buchung zählt trotzdem für {year}.":
        "Date: not in the budget year {year}; the entry still counts for {year}.",
    "Die Auszahlung übersteigt den beschlossenen und vereinbarten Betrag um {extra}; das "
    "bindet zusätzliches Geld.":
        "The payment exceeds the decided and agreed amount by {extra}; this commits additional "
        "money.",
    "Dafür reicht das verfügbare Budget nicht: Nur der Vorsitz der Lenkungsgruppe kann die "
    "Überschreitung zulassen.":
        "The available budget is not enough for this: only the chair of the steering group "
        "can allow the overrun.",
    "In {year} ist für diese Maßnahme nichts ausgezahlt, das zurückfließen könnte.":
        "Nothing has been paid out for this measure in {year} that could be paid back.",
    "Korrektur buchen": "Book correction",
    "Buchung:": "Entry:",
    "Haushalt:": "Budget:",
    "ohne Maßnahme": "no measure",
    "Gebuchter Betrag:": "Booked amount:",
    "Mit Korrekturen:": "With corrections:",
    "Richtiger Betrag in Euro": "Correct amount in euros",
    "Korrekturbuchung": "Correcting entry",
    "Begründung der Korrektur": "Reason for the correction",
    "z. B. Zahlendreher in der Auszahlung vom …": "e.g. transposed digits in the payment of …",
    "&Richtiger Betrag (€):": "&Correct amount (€):",
    "Korrekturbuchung:": "Correcting entry:",
    "Fehler der Korrektur": "Error in the correction",
    "Hinweis zur Korrektur": "Note on the correction",
    "Die Buchung selbst bleibt unverändert: Die Korrektur ist eine neue Buchung über die "
    "Differenz, die auf sie verweist.":
        "The entry itself stays unchanged: the correction is a new entry for the difference "
        "that refers to it.",
    "Korrektur einer Buchung": "Correction of an entry",
    "{amount} (noch nicht korrigiert)": "{amount} (not corrected yet)",
    "{amount} ({count} Korrektur(en))": "{amount} ({count} correction(s))",
    "Richtiger Betrag": "Correct amount",
    "{field}: Buchungen der Art „{kind}“ sind nie negativ.":
        "{field}: entries of the kind “{kind}” are never negative.",
    "{field}: Buchungen der Art „{kind}“ sind nie positiv.":
        "{field}: entries of the kind “{kind}” are never positive.",
    "{field}: unverändert (nichts zu korrigieren).": "{field}: unchanged (nothing to correct).",
    "Begründung: Eine Korrektur braucht eine Begründung (Pflichtfeld).":
        "Reason: a correction needs a reason (required).",
    "Buchungen": "Entries",
    "Buchungen werden nie geändert oder gelöscht; eine Korrektur ist eine eigene Buchung. "
    "Gelb: ausdrücklich zugelassene Überschreitung.":
        "Entries are never changed or deleted; a correction is an entry of its own. Yellow: "
        "explicitly allowed overrun.",
    "&Korrektur buchen…": "Book &correction…",
    "Bucht eine Korrektur der gewählten Buchung (Kontextmenü oder Umschalt+F10 in der "
    "Tabelle).":
        "Books a correction of the selected entry (context menu or Shift+F10 in the table).",
    "{count} Buchungen, Summe der Beträge: {sum}": "{count} entries, sum of the amounts: {sum}",
    "Erfasst von": "Recorded by",
    "Überschreitung": "Overrun",
    " (Korrektur)": " (correction)",
    "Zuweisung danach": "Allocation afterwards",
    "Festgelegt von": "Set by",
    "Budget überschreiten?": "Exceed the budget?",
    "Budgetüberschreitung zulassen": "Allow budget overrun",
    "Nur der Vorsitz (oder die Stellvertretung) der Lenkungsgruppe kann eine Überschreitung "
    "ausdrücklich zulassen. Begründung und Name werden im Haushaltsbuch und im "
    "Änderungsprotokoll vermerkt.":
        "Only the chair (or the deputy chair) of the steering group can explicitly allow an "
        "overrun. The reason and the name are recorded in the budget ledger and in the change "
        "log.",
    "Genehmigt von": "Approved by",
    "Begründung der Überschreitung": "Reason for the overrun",
    "Warum darf das Budget überschritten werden?": "Why may the budget be exceeded?",
    "Genehmigt von:": "Approved by:",
    "Überschreitung zulassen": "Allow overrun",
    "Vorsitz: Für diese Lenkungsgruppe ist kein Vorsitz eingetragen; ohne Vorsitz ist keine "
    "Überschreitung möglich.":
        "Chair: no chair is recorded for this steering group; without a chair no overrun is "
        "possible.",
    "Begründung: Bitte eine Begründung eingeben (Pflichtfeld).":
        "Reason: please enter a reason (required).",
    "Budget festlegen": "Set budget",
    "{region} – Haushaltsjahr {year}": "{region} – budget year {year}",
    "Zugewiesenes Budget in Euro": "Allocated budget in euros",
    "Notiz zur Änderung": "Note on the change",
    "z. B. Beschluss des Jugendhilfeausschusses vom …":
        "e.g. decision of the youth welfare committee of …",
    "Bisher zugewiesen:": "Allocated so far:",
    "Neues Budget (€):": "New budget (€):",
    "Bisherige Änderungen": "Previous changes",
    "Festlegen": "Set",
    "Bisherige Änderungen:": "Previous changes:",
    "Neues Budget": "New budget",
    "Neues Budget: Der Betrag darf nicht negativ sein.":
        "New budget: the amount must not be negative.",
    "Notiz: Bitte angeben, warum das Budget festgelegt wird (Pflichtfeld).":
        "Note: please state why the budget is being set (required).",
    "Neues Budget: unverändert.": "New budget: unchanged.",
    "Förderzeitraum": "Funding period",
    "Differenz zum Betrag": "Difference from the amount",
    "Fehler der Aufteilung": "Error in the split",
    "Hinweis zur Aufteilung": "Note on the split",
    "Aufteilung &speichern": "&Save split",
    "Aufteilung speichern": "Save split",
    "&Anteilig zurücksetzen": "&Reset to pro rata",
    "Anteilig zurücksetzen": "Reset to pro rata",
    "Setzt alle Jahre auf die Aufteilung nach Monaten.":
        "Sets all years back to the split by months.",
    "&Förderzeitraum:": "&Funding period:",
    "Haushalts-\njahr": "Budget\nyear",
    "Monate": "Months",
    "Anteilig\nnach Monaten": "Pro rata\nby months",
    "Gebunden\n(gebucht)": "Committed\n(booked)",
    "Aufteilung\nvon Hand (€)": "Split\nby hand (€)",
    "Anteil {year} in Euro": "Share {year} in euros",
    "{months} Monate; anteilig {pro_rata}; gebunden {booked}":
        "{months} months; pro rata {pro_rata}; committed {booked}",
    "Summe der Aufteilung": "Sum of the split",
    "Der Zeitraum liegt ganz im Haushaltsjahr {year}; es gibt nichts aufzuteilen.":
        "The period lies entirely in the budget year {year}; there is nothing to split.",
    "Regel: anteilig nach Monaten, ein angebrochener Monat mit dem Anteil seiner Tage. Eine "
    "Aufteilung von Hand ersetzt die Regel für diesen Zeitraum.":
        "Rule: pro rata by months, a partial month by the share of its days. A split by hand "
        "replaces the rule for this period.",
    "Noch keine Vereinbarung: Die Aufteilung gilt für den Zeitraum und Betrag der Maßnahme "
    "(beschlossen, sonst beantragt).":
        "No agreement yet: the split applies to the measure's period and amount (decided, "
        "otherwise requested).",
    "„Gebunden“ zeigt die ganze Maßnahme im Haushaltsjahr (alle Förderzeiträume).":
        "“Committed” shows the whole measure in the budget year (all funding periods).",
    "Schon gebuchtes Geld (Spalte „Gebunden“) wird nicht umgebucht; die Aufteilung gilt für "
    "die nächsten Buchungen dieses Zeitraums (Beschluss, Vereinbarung). Gebuchtes ändert "
    "„Korrektur buchen…“ in den Buchungen.":
        "Money already booked (column “Committed”) is not rebooked; the split applies to the "
        "next entries of this period (decision, agreement). To change booked money, use "
        "“Book correction…” in the entries.",
    "Anteil {year}": "Share {year}",
    "{field}: Der Anteil darf nicht negativ sein.": "{field}: the share must not be negative.",
    "des Zeitraums": "of the period",
    "der Maßnahme": "of the measure",
    "Betrag {what}: {amount} · Differenz: {gap}": "Amount {what}: {amount} · difference: {gap}",
    # Budget: what if
    "Was wäre, wenn … (nächste Lenkungsgruppe)": "What if … (next steering group)",
    "Anträge der nächsten Sitzung": "Applications of the next meeting",
    "Rot: überzieht allein · Gelb: überzieht mit den Anträgen darüber":
        "Red: overdraws on its own · Yellow: overdraws together with the applications above",
    "Verfügbar bleiben {amount}.": "{amount} remain available.",
    "Keine Sitzung geplant: Anträge mit dem Status „auf Tagesordnung“.":
        "No meeting scheduled: applications with the status “on the agenda”.",
    "Wenn alle {count} Anträge befürwortet werden, ist das Budget um {over} überzogen "
    "(verfügbar jetzt {now}, benötigt {needed}).":
        "If all {count} applications are endorsed, the budget is overdrawn by {over} "
        "(available now {now}, needed {needed}).",
    "Wenn alle {count} Anträge befürwortet werden, bleiben {after} verfügbar (jetzt {now}, "
    "benötigt {needed}).":
        "If all {count} applications are endorsed, {after} remain available (now {now}, "
        "needed {needed}).",
    "1 Antrag überzieht das Budget schon allein.": "1 application overdraws the budget on its own.",
    "{count} Anträge überziehen das Budget schon allein.":
        "{count} applications overdraw the budget on their own.",
    "Benötigt": "Needed",
    "Anteil des beantragten Betrags im gewählten Haushaltsjahr":
        "Share of the requested amount in the selected budget year",
    "{number}: benötigt im Haushaltsjahr {needed}.": "{number}: needs {needed} in the budget year.",
    "Verfügbar, wenn nur dieser Antrag befürwortet wird: {amount}.":
        "Available if only this application is endorsed: {amount}.",
    "Verfügbar, wenn auch alle Anträge darüber befürwortet werden: {amount}.":
        "Available if all applications above are endorsed too: {amount}.",
    "Dieser Antrag allein überzieht das Budget um {amount}.":
        "This application alone overdraws the budget by {amount}.",
    "Zusammen mit den Anträgen darüber überzieht er das Budget um {amount}.":
        "Together with the applications above it overdraws the budget by {amount}.",
    # The measure form: labels, headings, column titles, hints (MeasureForm)
    "Kurzer, sprechender Titel": "Short, descriptive title",
    "Orte": "Places",
    "Kurzbeschreibung": "Summary",
    "Bedarf": "Need",
    "Bedarf festgestellt in": "Need identified at",
    "z. B. Stadtteiltisch Groß Klein am 05.11.2024":
        "e.g. neighborhood round table Evershagen on 05.11.2024",
    "Anliegen:": "Concerns:",
    "Höchstens 12 Monate; eine Verlängerung um höchstens 12 Monate nach Evaluation.":
        "At most 12 months; one extension of at most 12 months after evaluation.",
    "Erklärungen": "Declarations",
    "Die Angaben sind vollständig und richtig; die Fördergrundsätze sind bekannt.":
        "The information is complete and correct; the funding principles are known.",
    "Weitere Erklärungen": "Further declarations",
    "— bitte wählen —": "— please choose —",
    "Träger:": "Provider:",
    "Kooperationspartner*innen": "Partners",
    "Eigenleistung": "Own contribution",
    "Erhält Geld": "Receives money",
    "Zielgruppen": "Target groups",
    "Alter von": "Age from",
    "Alter bis": "Age to",
    "Erwartete Anzahl": "Expected number",
    "Belastete Gruppe": "Disadvantaged group",
    "Ziele und Indikatoren": "Goals and indicators",
    "Ziel": "Goal",
    "Indikator": "Indicator",
    "Vorgehen": "Approach",
    "Meilensteine": "Milestones",
    "Meilenstein": "Milestone",
    "Wie setzt die Maßnahme die fünf Prinzipien der Sozialraumorientierung um? Bitte zu jedem "
    "Prinzip einen kurzen Text.":
        "How does the measure put the five principles of social space orientation into "
        "practice? Please write a short text for each principle.",
    "Prinzip {n}": "Principle {n}",
    "Kostenplan (Ausgaben)": "Cost plan (expenses)",
    "Kostenplan": "Cost plan",
    "Kategorie": "Category",
    "Beschreibung": "Description",
    "Finanzierungsplan (Einnahmen)": "Financing plan (income)",
    "Eigenmittel": "Own funds",
    "Drittmittel": "Third-party funds",
    "Drittmittelgeber": "Third-party funder",
    "Beantragte SRAE-Mittel": "Requested SRAE funds",
    "Mittel im Haushalt (SRAE)": "Funds in the budget (SRAE)",
    "Ausgaben gesamt: {costs}    Einnahmen gesamt: {income}    Differenz: {difference}":
        "Total expenses: {costs}    Total income: {income}    Difference: {difference}",
    "Bewilligt: {amount}": "Granted: {amount}",
    "Zwischenbericht fällig am": "Interim report due on",
    "Zwischenbericht eingegangen am": "Interim report received on",
    "Abschlussbericht fällig am": "Final report due on",
    "Verwendungsnachweis fällig am": "Proof of use due on",
    "Evaluationsplan": "Evaluation plan",
    "Gebiet: Sozialräume und Quartiere": "Area: social spaces and quarters",
    "Verknüpfte Anliegen aus dem Stadtteiltisch":
        "Linked concerns from the neighborhood round table",
    "Keine Anliegen aus dem Stadtteiltisch für diese Gebiete.":
        "No concerns from the neighborhood round table for these areas.",
    "Betrag in Euro, z. B. 12.480,00 oder 12480":
        "Amount in euros, German style, e.g. 12.480,00 or 12480",
    "TT.MM.JJJJ": "DD.MM.YYYY",
    "ja": "yes",
    "nein": "no",
    "{label} ändern": "Change {label}",
    "{label}: „{text}“ ist kein gültiges Datum (TT.MM.JJJJ).":
        "{label}: “{text}” is not a valid date (DD.MM.YYYY).",
    "{table}: {column} ändern": "{table}: change {column}",
    "{table}: Zeile hinzufügen": "{table}: add row",
    "{table}: Zeile entfernen": "{table}: remove row",
    "{table}: {column}: „{text}“ ist keine ganze Zahl.":
        "{table}: {column}: “{text}” is not a whole number.",
    "{table}: {column}: „{text}“ ist kein gültiges Datum (TT.MM.JJJJ).":
        "{table}: {column}: “{text}” is not a valid date (DD.MM.YYYY).",
    " (verlängert)": " (extended)",
    " (zuletzt gespeichert von {by}, {day}, {time} Uhr)": " (last saved by {by}, {day}, {time})",
    # The measure's fields as the services name them (MeasureField)
    "Verknüpfte Anliegen": "Linked concerns",
    "Zwischenbericht fällig": "Interim report due",
    "Zwischenbericht eingegangen": "Interim report received",
    "Abschlussbericht fällig": "Final report due",
    "Verwendungsnachweis fällig": "Proof of use due",
    "Erklärungen bestätigt": "Declarations confirmed",
    # … and the columns only the change log shows (MeasureField)
    "Bewilligte SRAE-Mittel": "Granted SRAE funds",
    "Prinzip 1": "Principle 1",
    "Prinzip 2": "Principle 2",
    "Prinzip 3": "Principle 3",
    "Prinzip 4": "Principle 4",
    "Prinzip 5": "Principle 5",
    "Prinzip": "Principle",
    "Verlängert": "Extended",
    "Eingereicht am": "Submitted on",
    "Gelöscht am": "Deleted on",
    "Reihenfolge": "Order",
    "Geldgeber": "Funder",
    "Belastete Zielgruppe": "Burdened target group",
    "Fällig am": "Due on",
    "Text": "Text",
    "Bewerter*in": "Reviewer",
    "Punkte": "Points",
    # Lifecycle actions (MeasureAction) and the action dialogs (ActionDialog)
    "Angelegt": "Created",
    "Einreichen": "Submit",
    "Auf Tagesordnung der Lenkungsgruppe setzen": "Put on the steering group's agenda",
    "Beschluss erfassen": "Record decision",
    "Vereinbarung der Verwaltung erfassen": "Record the administration's agreement",
    "Beginn der Maßnahme erfassen": "Record the start of the measure",
    "Evaluation anfordern": "Request evaluation",
    "Evaluation erfassen": "Record evaluation",
    "Einmalig verlängern": "Extend once",
    "Abschließen (Verwendungsnachweis geprüft)": "Close (proof of use checked)",
    "Archivieren": "Archive",
    "Zurückziehen": "Withdraw",
    "befürwortet": "endorsed",
    "befürwortet mit Auflagen": "endorsed with conditions",
    "abgelehnt": "rejected",
    "vertagt": "deferred",
    "zurückgezogen": "withdrawn",
    "Beraten am": "Discussed on",
    "Ergebnis": "Result",
    "Beschlossen am": "Decided on",
    "Bewilligter Betrag (€)": "Granted amount (€)",
    "Auflagen": "Conditions",
    "Vereinbart am": "Agreed on",
    "Vereinbart durch": "Agreed by",
    "Aktenzeichen": "File reference",
    "Betrag (€)": "Amount (€)",
    "Evaluation fällig am": "Evaluation due on",
    "Evaluiert am": "Evaluated on",
    "Weiter geeignet und notwendig": "Still suitable and necessary",
    "Verlängerung ab": "Extension from",
    "Verlängerung bis": "Extension until",
    "Zusätzlicher Betrag (€)": "Additional amount (€)",
    "Verwendungsnachweis geprüft am": "Proof of use checked on",
    "Grund": "Reason",
    "{label}: Bitte ein Datum eingeben (TT.MM.JJJJ).": "{label}: Please enter a date (DD.MM.YYYY).",
    "{label}: „{text}“ ist kein gültiges Datum.": "{label}: “{text}” is not a valid date.",
    # Cost categories (CostCategory)
    "Personal": "Staff",
    "Honorare": "Fees",
    "Sachkosten": "Material costs",
    "Miete": "Rent",
    "Fahrtkosten": "Travel costs",
    "Öffentlichkeitsarbeit": "Publicity",
    "Sonstiges": "Other",
    # The five principles (Principle) and the reviews (AssessmentsPage)
    "Wille und Interessen": "Will and interests",
    "Aktivierung vor Betreuung": "Activation before care",
    "Ressourcen": "Resources",
    "Zielgruppen- und bereichsübergreifend": "Across target groups and fields",
    "Vernetzung und Integration": "Networking and integration",
    "Ausgangspunkt jeglicher Arbeit sind der Wille bzw. die Interessen der Menschen.":
        "The starting point of all work is the will or the interests of the people.",
    "Aktivierende Arbeit hat grundsätzlich Vorrang vor betreuender Tätigkeit.":
        "Activating work always takes precedence over care.",
    "Bei der Gestaltung der Aktivitäten und Hilfen spielen personale und sozialräumliche "
    "Ressourcen eine wesentliche Rolle.":
        "Personal and social space resources play an essential role in shaping activities "
        "and support.",
    "Aktivitäten sind immer zielgruppen- und bereichsübergreifend angelegt.":
        "Activities are always designed across target groups and fields.",
    "Vernetzung und Integration der verschiedenen sozialen Dienste sind Grundlage für "
    "funktionierende Einzelhilfen.":
        "Networking and integration of the various social services are the basis for "
        "effective individual support.",
    "Die Bewertungen sind eine Empfehlung für die Beratung in der Lenkungsgruppe. Sie "
    "entscheiden nichts: Über die Maßnahme beschließt allein die Lenkungsgruppe.":
        "The reviews are a recommendation for the discussion in the steering group. They "
        "decide nothing: only the steering group decides on the measure.",
    "Punkte für Prinzip {n}: {name}": "Points for principle {n}: {name}",
    "Begründung für Prinzip {n}": "Reason for principle {n}",
    "Alle Bewertungen": "All reviews",
    "Bewertungen aller Gutachter*innen und Durchschnitt": "Reviews of all reviewers and average",
    "Bewertet von": "Reviewed by",
    "P{n}": "P{n}",
    "Bewertung Prinzip {n} ändern": "Change review of principle {n}",
    "Durchschnitt (Empfehlung)": "Average (recommendation)",
    # The measure's history (HistoryView, AuditEntity, AuditAction)
    "Verlauf der Maßnahme": "History of the measure",
    "Zeitpunkt": "Time",
    "Schritt": "Step",
    "Änderungsprotokoll der Maßnahme": "Change log of the measure",
    "Benutzer*in": "User",
    "Änderungsprotokoll": "Change log",
    "{entity} {change}": "{entity} {change}",
    "Finanzierungsplan": "Financing plan",
    "Partner*in": "Partner",
    "Bewertung": "Review",
    "Beschluss": "Decision",
    "angelegt": "created",
    "geändert": "changed",
    "gelöscht": "deleted",
    # Meetings: agenda items, attendance keys, member dates, saving
    "TOP {number}": "Item {number}",
    "A E F": "P E A",
    "{label}: „{text}“ ist kein Datum (TT.MM.JJJJ)": "{label}: “{text}” is not a date (DD.MM.YYYY)",
    "Beenden am: fehlt (Pflichtfeld)": "End on: missing (required field)",
    "Inzwischen von jemand anderem geändert: bitte neu laden (F5) und noch einmal versuchen.":
        "Changed by someone else meanwhile: please reload (F5) and try again.",
    "Notizen nicht gespeichert: {error}": "Notes not saved: {error}",
    # Budget: kinds of entries (BudgetEntryKind), periods (PeriodKind), what-if, titles
    "Zuweisung": "Allocation",
    "Übertrag": "Carry-over",
    "Freigabe": "Release",
    "Auszahlung": "Payment",
    "Rückfluss": "Repayment",
    "Korrektur": "Correction",
    "Erstbewilligung": "Initial approval",
    "Verlängerung": "Extension",
    "aller Regionalräume": "all regional areas",
    "{kind} vom {date}": "{kind} of {date}",
    "Lenkungsgruppe am {date}": "Steering group on {date}",
    "auf Tagesordnung (ohne Termin)": "on the agenda (no date)",
    "Laufzeit fehlt": "Period missing",
    # Search: groups (SearchGroup) and the words of the hits (SearchResultsModel)
    "Protokolle": "Minutes",
    "Änderung zum Protokoll": "Amendment to the minutes",
    "Zielgruppe: ": "Target group: ",
    "erledigt {date}": "done {date}",
    "bis {date}": "due {date}",
    # Added with the audit fixes of December 2026.
    "Andere Datei ö&ffnen …": "Open &another file …",
    ("Das Betriebssystem meldet einen Ein-/Ausgabefehler: vielleicht ist der Datenträger "
     "voll, das Netzlaufwerk getrennt oder die Datei verschoben worden. Die letzte Aktion "
     "wurde nicht gespeichert.\n\nWas zu tun ist: Speicherplatz und Netzverbindung prüfen, "
     "dann SRO Desktop neu starten."): (
        "The operating system reports an input/output error: perhaps the disk is full, the "
        "network drive was disconnected or the file was moved. The last action was not "
        "saved.\n\nWhat to do: check the free space and the network connection, then restart "
        "SRO Desktop."
    ),
    "Datenbank beschädigt": "Database damaged",
    "Datenbank nicht erreichbar": "Database not reachable",
    "Datenbankfehler": "Database error",
    "Details stehen in der Protokolldatei: {path}": "Details are in the log file: {path}",
    "Die Aktion konnte nicht ausgeführt werden.": "The action could not be carried out.",
    "Die Datenbank „{path}“ ist beschädigt.": "The database “{path}” is damaged.",
    "Die Datenbankdatei ist beschädigt.": "The database file is damaged.",
    "Die Datenbankdatei konnte nicht gelesen oder geschrieben werden.": (
        "The database file could not be read or written."
    ),
    ("Die Prüfung nach dem Öffnen hat defekte Seiten in der Datei gefunden; die Prüfung "
     "selbst hat nichts verändert.\n\nDamit der Schaden nicht größer wird, ist das "
     "Speichern jetzt gesperrt: SRO Desktop schreibt nichts mehr in diese Datei, Änderungen "
     "werden abgelehnt. Lesen geht weiter, einzelne Ansichten können aber "
     "fehlschlagen.\n\nWas zu tun ist:\n• eine Sicherung wiederherstellen: Datei → "
     "Sicherung wiederherstellen … (Sicherungen liegen in „{folder}“), oder\n• eine andere "
     "Datenbank öffnen: Datei → Öffnen …"): (
        "The check after opening found damaged pages in the file; the check itself changed "
        "nothing.\n\nSo that the damage does not spread, saving is now blocked: SRO Desktop "
        "writes nothing more into this file, and changes are refused. Reading still works, but "
        "some views may fail.\n\nWhat to do:\n• restore a backup: File → Restore backup … "
        "(backups are in “{folder}”), or\n• open another database: File → Open …"
    ),
    "Die Änderung wurde nicht gespeichert.": "The change was not saved.",
    ("SQLite konnte einen Teil der Datei nicht lesen: die Datei ist beschädigt. Die letzte "
     "Aktion wurde nicht ausgeführt; was sie speichern sollte, ist nicht "
     "gespeichert.\n\nWas zu tun ist: eine Sicherung wiederherstellen (Datei → Sicherung "
     "wiederherstellen …) oder eine andere Datenbank öffnen (Datei → Öffnen …)."): (
        "SQLite could not read part of the file: the file is damaged. The last action was not "
        "carried out; what it was to save has not been saved.\n\nWhat to do: restore a backup "
        "(File → Restore backup …) or open another database (File → Open …)."
    ),
    "SQLite-Prüfung (quick_check):": "SQLite check (quick_check):",
    "Speichern gesperrt: Datenbank beschädigt": "Saving blocked: database damaged",
    ("Speichern nicht möglich: die Datenbank „{path}“ ist beschädigt (die Prüfung nach dem "
     "Öffnen hat defekte Seiten gefunden). Damit der Schaden nicht größer wird, schreibt "
     "SRO Desktop nichts mehr hinein; diese Änderung wurde nicht gespeichert. Bitte eine "
     "Sicherung wiederherstellen (Datei → Sicherung wiederherstellen …) oder eine andere "
     "Datenbank öffnen (Datei → Öffnen …)."): (
        "Cannot save: the database “{path}” is damaged (the check after opening found damaged "
        "pages). So that the damage does not spread, SRO Desktop writes nothing more into it; "
        "this change was not saved. Please restore a backup (File → Restore backup …) or open "
        "another database (File → Open …)."
    ),
    "Fällig ist": "Due",
    "Zwischenbericht": "Interim report",
    "Verwendungsnachweis": "Proof of use",
    "überfällig: {kind}": "overdue: {kind}",
    "Frist": "Deadline",
    "{kind} war fällig am {date} – seit 1 Tag überfällig": (
        "{kind} was due on {date} – overdue by 1 day"
    ),
    "{kind} war fällig am {date} – seit {days} Tagen überfällig": (
        "{kind} was due on {date} – overdue by {days} days"
    ),
    "{kind} ist heute fällig ({date})": "{kind} is due today ({date})",
    "{kind} fällig am {date} (morgen)": "{kind} due on {date} (tomorrow)",
    "{kind} fällig am {date} (in {days} Tagen)": "{kind} due on {date} (in {days} days)",
    "überfällig: Zwischenbericht": "overdue: Interim report",
    "1 Maßnahme fällig oder überfällig ({days} Tage)": "1 measure due or overdue ({days} days)",
    "{n} Maßnahmen fällig oder überfällig ({days} Tage)": (
        "{n} measures due or overdue ({days} days)"
    ),
    "Maßnahmen fällig oder überfällig ({days} Tage)": "Measures due or overdue ({days} days)",
    ("Maßnahmen, deren nächste Frist (Zwischenbericht, Evaluation, Ende oder "
     "Verwendungsnachweis) in den nächsten {days} Tagen liegt oder verstrichen ist. Klick "
     "oder Eingabetaste: fällige Maßnahmen zeigen."): (
        "Measures whose next deadline (interim report, evaluation, end or proof of use) falls "
        "within the next {days} days or has passed. Click or press Enter: show the due "
        "measures."
    ),
    "Öffnet die fälligen Maßnahmen": "Opens the due measures",
    "Öffnet die Sitzungen": "Opens the meetings",
    "ohne Termin": "no due date",
    "niemand eingetragen": "nobody entered",
    "… und {n} weitere": "… and {n} more",
    "Klick oder Eingabetaste: Sitzungen öffnen.": "Click or press Enter: open the meetings.",
    "Überfällige Aufgaben, die ältesten zuerst:": "Overdue tasks, oldest first:",
    "Keine überfälligen Aufgaben.": "No overdue tasks.",
    "Offene Aufgaben, die zuerst fälligen:": "Open tasks, earliest due first:",
    "Keine offenen Aufgaben.": "No open tasks.",
    ("<b>Ihre Bewertung ({reviewer})</b> – 0 = nicht erfüllt … 3 = voll erfüllt; jede "
     "Punktzahl braucht eine Begründung"): (
        "<b>Your review ({reviewer})</b> – 0 = not met … 3 = fully met; every score needs a "
        "reason"
    ),
    "Begründung (Pflicht, sobald Punkte vergeben sind)": "Reason (required once a score is given)",
    ("Begründung fehlt für Prinzip {names}: Jede Punktzahl braucht eine Begründung, sonst "
     "lässt sich die Maßnahme nicht speichern."): (
        "Reason missing for principle {names}: every score needs a reason, otherwise the "
        "measure cannot be saved."
    ),
    "Begründungen": "Reasons",
    "Begründungen aller Bewertungen": "Reasons of all reviews",
    "Noch keine Bewertungen.": "No reviews yet.",
    "Begründung fehlt": "Reason missing",
    "Durch": "By",
    "Alt": "Old",
    "Für diese Maßnahme sind keine Änderungen protokolliert.": (
        "No changes have been logged for this measure."
    ),
    "{first} und {last}": "{first} and {last}",
    "{field} ist kein gültiger Betrag": "{field} is not a valid amount",
    "{fields} sind keine gültigen Beträge": "{fields} are not valid amounts",
    "Ausgaben gesamt: {costs}    Einnahmen gesamt und Differenz: nicht berechnet, denn {reason}.": (
        "Total expenses: {costs}    Total income and difference: not calculated because "
        "{reason}."
    ),
    "Anliegen suchen (Text oder Datum) …": "Search concerns (text or date) …",
    "Anliegen suchen": "Search concerns",
    "(gelöscht)": "(deleted)",
    "Keine Anliegen gefunden für „{text}“.": "No concerns found for “{text}”.",
    "Gezeigt werden die {n} neuesten Treffer; bitte die Suche genauer fassen.": (
        "Showing the {n} newest matches; please narrow the search."
    ),
    "Gezeigt werden die {n} neuesten Anliegen der Gebiete; ältere finden Sie über das Suchfeld.": (
        "Showing the {n} newest concerns of the areas; find older ones with the search field."
    ),
    "1 verknüpftes Anliegen ist durch die Suche ausgeblendet; die Verknüpfung bleibt.": (
        "1 linked concern is hidden by the search; the link stays."
    ),
    "{n} verknüpfte Anliegen sind durch die Suche ausgeblendet; die Verknüpfungen bleiben.": (
        "{n} linked concerns are hidden by the search; the links stay."
    ),
    "Beim Überschreiben": "On overwrite",
    "von beiden geändert": "changed by both of you",
    "Überschreiben (meine Änderungen speichern)": "Overwrite (save my changes)",
    "Gespeicherte Fassung bleibt": "Saved version stays",
    "Ihre Fassung ersetzt die Änderung der anderen Person": (
        "Your version replaces the other person's change"
    ),
    "Beide Änderungen bleiben": "Both changes stay",
    "Ihre Fassung wird gespeichert": "Your version is saved",
    ("„Überschreiben“ speichert Ihre Änderungen. Änderungen der anderen Person an Feldern, "
     "die Sie nicht geändert haben, bleiben erhalten."): (
        "“Overwrite” saves your changes. The other person's changes to fields you did not "
        "change are kept."
    ),
    "Kein Feld wurde von Ihnen beiden geändert: nichts geht verloren.": (
        "No field was changed by both of you: nothing is lost."
    ),
    "Überschrieben werden die Änderungen der anderen Person an: {fields}.": (
        "The other person's changes to these fields are overwritten: {fields}."
    ),
    "Eine Tabelle (z. B. der Kostenplan) zählt dabei als ein Feld: es gilt Ihre ganze Tabelle.": (
        "A table (e.g. the cost plan) counts as one field here: your whole table applies."
    ),
    "„{label}“": "“{label}”",
    "Mehr anzeigen ({n} weitere von {total})": "Show more ({n} more of {total})",
    "Die nächsten Treffer dieser Gruppe laden (Eingabe oder Klick)": (
        "Load the next hits of this group (Enter or click)"
    ),
    "Treffer nicht mehr vorhanden: inzwischen gelöscht (bitte erneut suchen).": (
        "Hit no longer available: deleted in the meantime (please search again)."
    ),
    ("Nicht gespeicherte Notizen gefunden ({meetings}): beim Öffnen der Sitzung können sie "
     "übernommen werden."): (
        "Unsaved notes found ({meetings}): they can be restored when the meeting is opened."
    ),
    "Nicht gespeicherte Notizen": "Unsaved notes",
    ("Zu {item} ({meeting}) gibt es Notizen, die am {when} Uhr nicht in der Datenbank "
     "gespeichert werden konnten. Eine Kopie liegt auf diesem Rechner."): (
        "For {item} ({meeting}) there are notes that could not be saved to the database on "
        "{when}. A copy is kept on this computer."
    ),
    ("Achtung: Die gespeicherte Fassung wurde geändert, nachdem die Kopie entstand. „Kopie "
     "übernehmen“ ersetzt sie; vorher ggf. Teile kopieren."): (
        "Caution: the saved version was changed after the copy was made. “Use copy” replaces "
        "it; copy any parts you need first."
    ),
    "Nicht gespeicherte Kopie": "Unsaved copy",
    "Gespeichert (Datenbank):": "Saved (database):",
    "Nicht gespeichert (Kopie vom {when} Uhr):": "Not saved (copy of {when}):",
    "Kopie übernehmen": "Use copy",
    "Die nicht gespeicherte Kopie wird zu den Notizen dieses Tagesordnungspunkts.": (
        "The unsaved copy becomes the notes of this agenda item."
    ),
    "Kopie in die Zwischenablage": "Copy to clipboard",
    "Kopie verwerfen": "Discard copy",
    "Die lokale Kopie wird gelöscht; die gespeicherte Fassung bleibt, wie sie ist.": (
        "The local copy is deleted; the saved version stays as it is."
    ),
    "Später": "Later",
    "Nichts ändern; beim nächsten Öffnen der Sitzung wieder fragen.": (
        "Change nothing; ask again the next time the meeting is opened."
    ),
    "einem gelöschten Tagesordnungspunkt": "a deleted agenda item",
    ("Der Tagesordnungspunkt wurde gelöscht: Die Kopie kann nur noch kopiert oder verworfen "
     "werden."): (
        "The agenda item was deleted: the copy can only be copied or discarded."
    ),
    ("Das Protokoll ist genehmigt und gesperrt: Die Kopie kann nur noch kopiert und als "
     "protokollierte Änderung eingetragen werden."): (
        "The minutes are approved and locked: the copy can only be copied and entered as a "
        "recorded amendment."
    ),
    ("Das Protokoll ist abgeschlossen: Zum Übernehmen erst „Wieder öffnen“ und die Sitzung "
     "dann erneut öffnen."): (
        "The minutes are closed: to use the copy, first “Reopen” them, then open the meeting "
        "again."
    ),
    "TOP {number} {title}": "Item {number} {title}",
    "Nicht gespeicherte Kopie verworfen.": "Unsaved copy discarded.",
    "Kopie nicht übernommen: {m} (die Kopie bleibt erhalten)": (
        "Copy not used: {m} (the copy is kept)"
    ),
    "Nicht gespeicherte Notizen übernommen.": "Unsaved notes restored.",
    "Außer Dienst ab": "Retired as of",
    "Außer Dienst seit {date}: keine neuen Sitzungen": "Retired since {date}: no new meetings",
    "Außer Dienst stellen": "Retire",
    "Außer Dienst stellen …": "Retire …",
    "Berichte": "Reports",
    ("Das Gremium bekommt keine neuen Sitzungen mehr. Seine Sitzungen und Protokolle "
     "bleiben in den Listen und in der Suche; „Wieder in Dienst stellen“ macht es "
     "rückgängig."): (
        "The body gets no new meetings. Its meetings and minutes stay in the lists and in the "
        "search; “Return to service” undoes this."
    ),
    "Das Gremium bekommt wieder neue Sitzungen": "The body gets new meetings again",
    "Das Gremium tagt nicht mehr: keine neuen Sitzungen, seine Sitzungen und Protokolle bleiben": (
        "The body no longer meets: no new meetings; its meetings and minutes stay"
    ),
    "Das Gremium „{name}“ löschen?": "Delete the body “{name}”?",
    "Datum, Zeit, Ort, Vorsitz und Protokoll ändern; eine geplante Sitzung löschen": (
        "Change date, time, place, chair and minute-taker; delete a planned meeting"
    ),
    "Dem gewählten Gremium einen neuen Namen geben": "Give the selected body a new name",
    "Die Tagesordnungspunkte, mit denen jede neue Sitzung beginnt": (
        "The agenda items every new meeting starts with"
    ),
    "Die geplante Sitzung „{body}“ am {date} löschen?": (
        "Delete the planned meeting “{body}” on {date}?"
    ),
    "Diese Sitzung ist gelöscht. „Rückgängig“ (Strg+Z) holt sie zurück.": (
        "This meeting has been deleted. “Undo” (Ctrl+Z) brings it back."
    ),
    ("Diese TOPs bekommt jede neue Sitzung von „{body}“. Schon geplante Sitzungen behalten "
     "ihre Tagesordnung."): (
        "Every new meeting of “{body}” gets these items. Meetings already planned keep their "
        "agenda."
    ),
    "Diese geplante Sitzung löschen (mit Rückfrage; rückgängig mit Strg+Z)": (
        "Delete this planned meeting (asks first; undo with Ctrl+Z)"
    ),
    "Eigene Standard-TOPs dieses Gremiums.": "This body's own standard items.",
    ("Eine Person hat je Gremium und Zeitraum nur einen Sitz; ein Wechsel der Rolle wird "
     "hier eingetragen."): (
        "A person holds only one seat per body and period; a change of role is entered here."
    ),
    "Entfernen": "Remove",
    "Eröffnung": "Opening",
    "Evaluationen": "Evaluations",
    "Gewähltes Mitglied:": "Selected member:",
    "Gremium außer Dienst stellen": "Retire body",
    "Gremium löschen": "Delete body",
    "Gremium umbenennen": "Rename body",
    "Gäste": "Guests",
    ("Ihre Tagesordnung und alles, was schon notiert ist, verschwinden mit ihr. "
     "„Rückgängig“ (Strg+Z) holt sie zurück."): (
        "Its agenda and everything already noted go with it. “Undo” (Ctrl+Z) brings it back."
    ),
    "Löschen …": "Delete …",
    "Mitgliedschaft bearbeiten": "Edit membership",
    "Nach oben": "Move up",
    "Nach unten": "Move down",
    "Name: fehlt (Pflichtfeld)": "Name: missing (required field)",
    ("Nur für Fehleinträge: ein Gremium, das schon Sitzungen hat, wird außer Dienst "
     "gestellt, damit seine Protokolle bleiben."): (
        "Only for entries made by mistake: a body that already has meetings is retired, so "
        "that its minutes stay."
    ),
    "Nur für Gremien ohne Sitzungen (Fehleinträge); sonst außer Dienst stellen": (
        "Only for bodies without meetings (entries made by mistake); otherwise retire it"
    ),
    "Offene Aufgaben": "Open tasks",
    "Protokollgenehmigung": "Approval of minutes",
    "Rolle, Vertretung, Organisation und Zeitraum des gewählten Mitglieds ändern (Doppelklick)": (
        "Change role, substitution, organization and period of the selected member "
        "(double-click)"
    ),
    "Sitzung löschen": "Delete meeting",
    "Sitzung löschen …": "Delete meeting …",
    "Sitzung löschen: bereits durchgeführt (nur geplante Sitzungen können gelöscht werden)": (
        "Delete meeting: already held (only planned meetings can be deleted)"
    ),
    "Sitzungen und Protokolle zeigen künftig den neuen Namen.": (
        "Meetings and minutes will show the new name from now on."
    ),
    "Standard-TOP {n}: Titel fehlt (Pflichtfeld)": (
        "Standard item {n}: title missing (required field)"
    ),
    "Standard-TOPs": "Standard items",
    "Standard-TOPs …": "Standard items …",
    "Standard-Tagesordnung": "Standard agenda",
    "Standard-Tagesordnung: leer (mindestens ein TOP)": (
        "Standard agenda: empty (at least one item)"
    ),
    "Thema": "Topic",
    "Umbenennen …": "Rename …",
    "Verschiedenes": "Other business",
    "Vorgabe der Art wiederherstellen": "Restore the default of the kind",
    "Vorgabe für diese Art von Gremium.": "Default for this kind of body.",
    "Wieder in Dienst stellen": "Return to service",
    "beenden am": "end on",
    "Das Haushaltsjahr {year} läuft noch: Sein Rest kann erst ab dem {date} übertragen werden.": (
        "The budget year {year} is still running: its remainder can be carried over from "
        "{date} only."
    ),
    "{row}, {figure}": "{row}, {figure}",
    "{count} Buchungen, Summe der Spalte „Zählt“: {sum}": (
        "{count} entries, sum of the column “Counts”: {sum}"
    ),
    "{count} Buchungen verschiedener Art; Summen je Zahl: {sums}": (
        "{count} entries of different kinds; sums per figure: {sums}"
    ),
    ("Gebunden {used} = je Maßnahme der höchste Betrag aus beschlossen, vereinbart und "
     "ausgezahlt (zusammen {reserved}; gezeigt sind die Buchungen dieses Betrags) − "
     "Rückflüsse, soweit ausgezahlt ({freed})."): (
        "Committed {used} = per measure the highest of decided, agreed and paid out (together "
        "{reserved}; the entries of that amount are shown) − repayments as far as paid out "
        "({freed})."
    ),
    ("Verfügbar {available} = Gesamt {total} − gebunden {used}, und gebunden ist je "
     "Maßnahme der höchste Betrag aus beschlossen, vereinbart und ausgezahlt (zusammen "
     "{reserved}; gezeigt sind die Buchungen dieses Betrags) − Rückflüsse, soweit "
     "ausgezahlt ({freed})."): (
        "Available {available} = total {total} − committed {used}, where committed is, per "
        "measure, the highest of decided, agreed and paid out (together {reserved}; the "
        "entries of that amount are shown) − repayments as far as paid out ({freed})."
    ),
    "Zählt": "Counts",
    "Wie viel die Buchung zur gewählten Zahl beiträgt (Summe dieser Spalte = die Zahl)": (
        "How much the entry adds to the chosen figure (sum of this column = the figure)"
    ),
    "Danach verfügbar\n(nur dieser)": "Then available\n(this one only)",
    "Danach verfügbar\n(mit allen darüber)": "Then available\n(with all above)",
    "Tagesordnungspunkt der nächsten Sitzung": "Agenda item of the next meeting",
    "Verfügbar, wenn nur dieser Antrag befürwortet wird (rot: überzogen)": (
        "Available if only this application is endorsed (red: overdrawn)"
    ),
    ("Verfügbar, wenn dieser Antrag und alle Anträge darüber befürwortet werden (gelb: dann "
     "überzogen)"): (
        "Available if this application and all applications above are endorsed (yellow: then "
        "overdrawn)"
    ),
    "Alle {count} Anträge": "All {count} applications",
    "Verfügbar jetzt {now}; wenn alle Anträge befürwortet werden: {after}.": (
        "Available now {now}; if all applications are endorsed: {after}."
    ),
    ("Zeigt die Buchungen hinter der gewählten Zahl (Zelle) oder Zeile; ohne Auswahl alle "
     "Buchungen. Doppelklick auf eine Zahl tut dasselbe."): (
        "Shows the entries behind the selected figure (cell) or row; without a selection all "
        "entries. Double-clicking a figure does the same."
    ),
    "übrige ({count} Maßnahmen)": "others ({count} measures)",
    "Gebunden nach Maßnahme (die {count} größten)": "Committed by measure (the {count} largest)",
    "Gebunden nach Maßnahme": "Committed by measure",
    "Nächste Sitzungen: {list}": "Next meetings: {list}",
    "Für diese Sitzung stehen keine offenen Anträge mit Geld für {year} auf der Tagesordnung.": (
        "There are no open applications with money for {year} on the agenda of this meeting."
    ),
    ("Keine offenen Anträge für {year}: Es ist keine Sitzung der Lenkungsgruppe geplant und "
     "kein Antrag steht auf der Tagesordnung."): (
        "No open applications for {year}: no steering group meeting is scheduled and no "
        "application is on the agenda."
    ),
}

# Where one context needs other words than TRANSLATIONS gives: (context, source) → English.
IN_CONTEXT: dict[tuple[str, str], str] = {
    ("MeetingDataDialog", "Protokoll"): "Minute-taker",
    ("Meetings", "Protokoll"): "minute-taker",
    ("Meetings", "Vorsitz"): "chair",
    ("TaskTableModel", "Bis"): "Due",
    ("HistoryModel", "Änderung"): "Change",
    ("ResultActions", "Anliegen"): "Concerns",
    ("SplitDialog", "Summe"): "Total",
    ("AgendaDialog", "Antrag"): "the application",
    ("AgendaDialog", "Verlängerungsantrag"): "the extension application",
    ("MeasureAction", "Im Sozialraumteam beraten"): "Record discussion in the social space team",
    ("AuditEntity", "Verlauf"): "Status change",
    ("SearchGroup", "Anliegen"): "Concerns",
    ("ChairRole", "Vorsitz"): "chair",
}

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")


def placeholders(text: str) -> list[str]:
    """The placeholders of a text (``{name}``, ``{0}``, ``%1``, ``%n``), sorted."""
    return sorted(_PLACEHOLDER.findall(text))


def translation_for(context: str, source: str) -> str | None:
    """The dictionary's English for a message, or None."""
    return IN_CONTEXT.get((context, source), TRANSLATIONS.get(source))


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def fill(ts: Path, overwrite: bool = False) -> int:
    """Give each unfinished message its English (all messages with ``overwrite``).

    A message the dictionary does not know takes the finished translation of the same source
    text from another context, if there is one. A translation whose placeholders differ from
    the source's is refused. Returns how many messages changed.
    """
    tree = ET.parse(ts)
    messages = _messages(tree.getroot())
    elsewhere: dict[str, str] = {}
    for _context, message in messages:
        element = message.find("translation")
        if element is not None and element.get("type") is None and element.text:
            elsewhere.setdefault(message.findtext("source") or "", element.text)
    changed = 0
    for context, message in messages:
        element = message.find("translation")
        if element is None or message.get("numerus") == "yes":
            continue  # plural forms are left to Qt Linguist
        state = element.get("type")
        if state in ("vanished", "obsolete") or (state is None and not overwrite):
            continue
        source = message.findtext("source") or ""
        english = translation_for(context, source)
        if english is None and state == "unfinished":
            english = elsewhere.get(source)
        if english is None or (state is None and element.text == english):
            continue
        if placeholders(english) != placeholders(source):
            print(f"übersprungen (Platzhalter): [{context}] {source!r}", file=sys.stderr)
            continue
        element.text = english
        element.attrib.pop("type", None)
        changed += 1
    if changed:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                      encoding="utf-8")
    return changed


def unused(ts: Path) -> list[str]:
    """Dictionary entries that no message of the .ts file has as its source."""
    sources = {(c, m.findtext("source") or "") for c, m in _messages(ET.parse(ts).getroot())}
    texts = {source for _context, source in sources}
    return ([s for s in TRANSLATIONS if s not in texts]
            + [f"{c}: {s}" for c, s in IN_CONTEXT if (c, s) not in sources])


def main(argv: list[str] | None = None) -> int:
    """Fill the English .ts file (or list unused entries); return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", nargs="?", type=Path, default=TS_FILE)
    parser.add_argument("--overwrite", action="store_true",
                        help="auch fertige Übersetzungen an das Wörterbuch angleichen")
    parser.add_argument("--unused", action="store_true",
                        help="Einträge zeigen, die kein Quelltext mehr braucht")
    args = parser.parse_args(argv)
    if args.unused:
        for entry in unused(args.ts):
            print(entry)
        return 0
    print(f"{fill(args.ts, overwrite=args.overwrite)} Übersetzungen eingetragen; "
          "python tools/update_translations.py übersetzt die .qm-Datei neu")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
