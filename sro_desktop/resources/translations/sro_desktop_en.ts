<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de_DE">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Begründung für die Überschreitung des Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung der Ausnahme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Eine Ausnahme ist nur mit Begründung möglich (Vorsitz der Lenkungsgruppe).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAreaDialog</name>
    <message>
        <source>Gebiet hinzufügen</source>
        <translation>Add area</translation>
    </message>
    <message>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>(oberste Ebene)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>Übergeordnet:</source>
        <translation>Parent:</translation>
    </message>
    <message>
        <source>&amp;Ebene:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>optional, z. B. V; bleibt dauerhaft gleich</source>
        <translation>optional, e.g. V; never changes</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Ebene: unter einem Quartier gibt es keine weitere Ebene (Gebiete bitte unter einem Sozialraum anlegen)</source>
        <translation>Level: there is no level below a quarter (please add areas under a social space)</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>nicht öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Min. geplant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPane</name>
    <message>
        <source>Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP nach oben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP nach unten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als Unterpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als Hauptpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP hinzufügen (Strg+Umschalt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel des TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht öffentliche TOPs fehlen in öffentlichen Ausdrucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geplante Dauer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dauer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Min. geplant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Änderung protokollieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrifft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das genehmigte Protokoll bleibt unverändert; die Änderung wird mit Datum und Namen daneben gezeigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderung: fehlt (Pflichtfeld)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaCommands</name>
    <message>
        <source>Das Gebiet wurde inzwischen von jemand anderem geändert. Die Ansicht ist neu geladen; bitte die Änderung noch einmal vornehmen.</source>
        <translation>Someone else has changed this area in the meantime. The view has been reloaded; please make the change again.</translation>
    </message>
    <message>
        <source>Die Änderung konnte nicht gespeichert werden: {error}</source>
        <translation>The change could not be saved: {error}</translation>
    </message>
    <message>
        <source>Gebiet umbenennen</source>
        <translation>Rename area</translation>
    </message>
    <message>
        <source>Gebiet hinzufügen</source>
        <translation>Add area</translation>
    </message>
    <message>
        <source>Gebiet verschieben</source>
        <translation>Move area</translation>
    </message>
    <message>
        <source>Gebiet außer Dienst stellen</source>
        <translation>Retire area</translation>
    </message>
    <message>
        <source>Gebiet wieder in Dienst stellen</source>
        <translation>Put area back into service</translation>
    </message>
</context>
<context>
    <name>AreaEditor</name>
    <message>
        <source>Gebiet umbenannt: {name}</source>
        <translation>Area renamed: {name}</translation>
    </message>
    <message>
        <source>Gebiet hinzugefügt: {name}</source>
        <translation>Area added: {name}</translation>
    </message>
    <message>
        <source>Gebiet verschoben</source>
        <translation>Area moved</translation>
    </message>
    <message>
        <source>„{name}“ außer Dienst gestellt – rückgängig mit Strg+Z</source>
        <translation>“{name}” retired – undo with Ctrl+Z</translation>
    </message>
    <message>
        <source>„{name}“ wieder in Dienst gestellt</source>
        <translation>“{name}” back in service</translation>
    </message>
    <message>
        <source>Rückgängig / Wiederholen</source>
        <translation>Undo / Redo</translation>
    </message>
</context>
<context>
    <name>AreaLevel</name>
    <message>
        <source>Stadt</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Regionalraum</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Sozialraum</source>
        <translation>Social space</translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation>Quarter</translation>
    </message>
</context>
<context>
    <name>AreaOverview</name>
    <message>
        <source>Übersicht des Gebiets</source>
        <translation>Overview of the area</translation>
    </message>
    <message>
        <source>Links im Gebietsbaum ein Gebiet auswählen.</source>
        <translation>Select an area in the tree on the left.</translation>
    </message>
    <message>
        <source>Angaben</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Kennzahlen</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Sitzungen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>offene Aufgaben</source>
        <translation>open tasks</translation>
    </message>
    <message>
        <source>überfällige Aufgaben</source>
        <translation>overdue tasks</translation>
    </message>
    <message>
        <source>Maßnahmen mit Frist in {days} Tagen</source>
        <translation>Measures with a deadline within {days} days</translation>
    </message>
    <message>
        <source>Gremien</source>
        <translation>Bodies</translation>
    </message>
    <message>
        <source>Karte</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Grenzen: Hanse- und Universitätsstadt Rostock, Open Data (Stadtbereiche), CC0 1.0</source>
        <translation>Boundaries: Hanseatic and University City of Rostock, open data (Stadtbereiche), CC0 1.0</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>in {parent}</source>
        <translation>in {parent}</translation>
    </message>
    <message>
        <source>Arbeitstitel – noch nicht bestätigt</source>
        <translation>Working title – not yet confirmed</translation>
    </message>
    <message>
        <source>Modellregion</source>
        <translation>Model region</translation>
    </message>
    <message>
        <source>außer Dienst seit {date}</source>
        <translation>retired since {date}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Ebene</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>(Summe der Untergebiete)</source>
        <translation>(sum of sub-areas)</translation>
    </message>
    <message>
        <source>Einwohner*innen {date}</source>
        <translation>Residents {date}</translation>
    </message>
    <message>
        <source>Einwohner*innen</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>keine Angabe</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Ortsbeirat</source>
        <translation>Local council</translation>
    </message>
    <message>
        <source>Namensvarianten</source>
        <translation>Name variants</translation>
    </message>
    <message>
        <source>Untergebiete</source>
        <translation>Sub-areas</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{count} weitere Gremien in den Untergebieten</source>
        <translation>{count} more bodies in the sub-areas</translation>
    </message>
    <message>
        <source>Keine Gremien erfasst.</source>
        <translation>No bodies recorded.</translation>
    </message>
    <message>
        <source>Karte von {name}</source>
        <translation>Map of {name}</translation>
    </message>
    <message>
        <source>Für dieses Gebiet gibt es keine Grenzen.</source>
        <translation>There are no boundaries for this area.</translation>
    </message>
    <message>
        <source>Eigene Grenzen fehlen; gezeigt: {name}</source>
        <translation>No boundaries of its own; shown: {name}</translation>
    </message>
    <message>
        <source>Quelle: Hansestadt Rostock, Open Data (CC0)</source>
        <translation>Source: City of Rostock, open data (CC0)</translation>
    </message>
</context>
<context>
    <name>AreaTreeModel</name>
    <message>
        <source>Gebiet</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Maßnahmen im Gebiet und seinen Untergebieten</source>
        <translation>Measures in the area and its sub-areas</translation>
    </message>
    <message>
        <source>Arbeitstitel – noch nicht bestätigt</source>
        <translation>Working title – not yet confirmed</translation>
    </message>
    <message>
        <source>Modellregion</source>
        <translation>Model region</translation>
    </message>
    <message>
        <source>außer Dienst</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>Maßnahmen: {count}</source>
        <translation>Measures: {count}</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anwesenheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertritt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceWidget</name>
    <message>
        <source>Anwesenheitsliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entschuldigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} für die gewählte Person (Taste {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wen die gewählte Person heute vertritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertritt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewohner*innen (Anzahl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewohner*innen werden nur gezählt, nie namentlich erfasst (Datenschutz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gäste (Institutionen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Institution pro Zeile, z. B. Schule am Schwanenteich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– niemanden –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anwesenheit erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertretung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewohner*innen zählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gäste erfassen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodiesDialog</name>
    <message>
        <source>Gremien und Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (leer: Art und Gebiet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorname Nachname (neu oder vorhanden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues Mitglied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitgliedschaft beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eintrag entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur für Fehleinträge; sonst die Mitgliedschaft beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewähltes Mitglied: beenden am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– niemanden –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: fehlt (Pflichtfeld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beenden am</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyKind</name>
    <message>
        <source>Stadtteiltisch</source>
        <translation>Neighbourhood round table</translation>
    </message>
    <message>
        <source>Sozialraumteam</source>
        <translation>Social space team</translation>
    </message>
    <message>
        <source>Lenkungsgruppe</source>
        <translation>Steering group</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Auszahlung buchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückfluss buchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushaltsjahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Haushaltsjahr, dessen Budget die Buchung betrifft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum der Buchung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrag in Euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. 1. Abschlag laut Vereinbarung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. nicht verbrauchte Mittel laut Verwendungsnachweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fehler der Buchung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis zur Buchung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Regionalraum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Haushaltsjahr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Betrag (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;gründung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausgezahlt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückflüsse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verfügbar im Regionalraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand der Maßnahme im Haushaltsjahr {year}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrag: Eine Auszahlung muss größer als 0,00 € sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrag: Ein Rückfluss muss größer als 0,00 € sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrag: Ein Rückfluss darf die noch nicht zurückgeflossenen Auszahlungen des Jahres {year} ({amount}) nicht übersteigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung: Bitte angeben, wofür gebucht wird (Pflichtfeld).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum: liegt nicht im Haushaltsjahr {year}; die Buchung zählt trotzdem für {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Auszahlung übersteigt den beschlossenen und vereinbarten Betrag um {extra}; das bindet zusätzliches Geld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dafür reicht das verfügbare Budget nicht: Nur der Vorsitz der Lenkungsgruppe kann die Überschreitung zulassen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year} ist für diese Maßnahme nichts ausgezahlt, das zurückfließen könnte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetActions</name>
    <message>
        <source>Rest übertragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} aus {year} in das Haushaltsjahr {next} übertragen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabelle als CSV exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV für Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-Export: Die Datei {path} kann nicht geschrieben werden ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <source>Budgetdiagramm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Budget ausgewählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesamt {total}: vereinbart {agreed}, beschlossen und noch nicht vereinbart {open}, verfügbar {available}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebunden nach {heading}: {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vereinbart (nach Rückflüssen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlossen, nicht vereinbart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verfügbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überzogen um {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überzogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebunden nach {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} von {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vereinbart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beschlossen, nicht vereinbart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verfügbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushaltsjahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Haushaltsjahr ist das Kalenderjahr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushaltsjahr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget festlegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest übertragen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV exportieren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überträgt den verfügbaren Rest ins Folgejahr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übertrag ist in den Einstellungen der Datenbank ausgeschaltet (oder die Ansicht zeigt mehrere Regionalräume).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte im Baum einen Regionalraum (oder die Stadt) wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget {title} – {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für {year} ist noch kein Budget festgelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sozialraum {name} ist hervorgehoben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buchungen: {what} – {title} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetTableBox</name>
    <message>
        <source>Gliederung der Tabelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nach Sozialraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nach Maßnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buchungen anzeigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buchungen anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeigt die Buchungen hinter der gewählten Zeile (ohne Auswahl: alle Buchungen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf&amp;teilung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus&amp;zahlung buchen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rück&amp;fluss buchen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufteilung der Maßnahme auf Haushaltsjahre ansehen oder von Hand festlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Auszahlung an den Träger für die gewählte Maßnahme buchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht verbrauchte Mittel buchen, die der Träger zurückgezahlt hat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dafür in der Tabelle „nach Maßnahme“ eine Maßnahme wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabelle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beträge in Euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgettabelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buchungen anzeigen…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <source>Maßnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Sozialraum</source>
        <translation type="unfinished">Social space</translation>
    </message>
    <message>
        <source>Gesamt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausgezahlt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückflüsse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verfügbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildTableEditor</name>
    <message>
        <source>Zeile hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeile entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Maßnahme wurde inzwischen geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterschiede je Feld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre Fassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeicherte Fassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>von Ihnen geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>von der anderen Person geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neu laden (meine Änderungen verwerfen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überschreiben (meine Fassung speichern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Korrektur buchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buchung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushalt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maßnahme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Maßnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebuchter Betrag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit Korrekturen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Richtiger Betrag in Euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korrekturbuchung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung der Korrektur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Zahlendreher in der Auszahlung vom …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Richtiger Betrag (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korrekturbuchung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;gründung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fehler der Korrektur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis zur Korrektur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Buchung selbst bleibt unverändert: Die Korrektur ist eine neue Buchung über die Differenz, die auf sie verweist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Korrektur einer Buchung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} (noch nicht korrigiert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} ({count} Korrektur(en))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Richtiger Betrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: Buchungen der Art „{kind}“ sind nie negativ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: Buchungen der Art „{kind}“ sind nie positiv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: unverändert (nichts zu korrigieren).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung: Eine Korrektur braucht eine Begründung (Pflichtfeld).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseDialogs</name>
    <message>
        <source>SRO-Desktop-Datenbank (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</source>
        <translation>SRO Desktop database (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Datenbank öffnen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Sicherung erstellen</source>
        <translation>Create backup</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Die geöffnete Datenbank „{target}“ wird durch die Sicherung „{backup}“ ersetzt. Die jetzige Datei wird vorher im Ordner „Sicherungen“ aufbewahrt.

Andere Personen dürfen die Datei währenddessen nicht geöffnet haben. Fortfahren?</source>
        <translation>The open database “{target}” will be replaced by the backup “{backup}”. The current file is kept in the folder “Sicherungen” first.

Nobody else may have the file open meanwhile. Continue?</translation>
    </message>
    <message>
        <source>Datenbank lässt sich nicht öffnen</source>
        <translation>Database cannot be opened</translation>
    </message>
    <message>
        <source>Die Datenbank lässt sich nicht öffnen.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <source>Andere Datei öffnen …</source>
        <translation>Open another file …</translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Liste &amp;leeren</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>Sicherung erstellen</source>
        <translation>Create backup</translation>
    </message>
    <message>
        <source>Sicherung geschrieben: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <source>Tägliche Sicherung misslungen: {error}</source>
        <translation>Daily backup failed: {error}</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>TOP hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP einrücken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP verschieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP umbenennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dauer des TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anliegen notieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe notieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vereinbarung notieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe wieder offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll abschließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll wieder öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderung protokollieren: nur bei genehmigten Protokollen (sonst direkt korrigieren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll allgemein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderung protokollieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungsdaten ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesDialog</name>
    <message>
        <source>Buchungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buchungen werden nie geändert oder gelöscht; eine Korrektur ist eine eigene Buchung. Gelb: ausdrücklich zugelassene Überschreitung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Korrektur buchen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korrektur buchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucht eine Korrektur der gewählten Buchung (Kontextmenü oder Umschalt+F10 in der Tabelle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Buchungen, Summe der Beträge: {sum}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erfasst von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überschreitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Korrektur)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Ein unerwarteter Fehler ist aufgetreten.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <source>Was passiert ist: {summary}

Das Programm läuft weiter. Bitte prüfen Sie, ob Ihre letzte Eingabe gespeichert wurde. Details stehen in der Protokolldatei: {path}</source>
        <translation>What happened: {summary}

The program keeps running. Please check whether your last entry was saved. Details are in the log file: {path}</translation>
    </message>
    <message>
        <source>Protokolldatei öffnen</source>
        <translation>Open log file</translation>
    </message>
</context>
<context>
    <name>FigureTiles</name>
    <message>
        <source>Gesamt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausgezahlt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückflüsse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verfügbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klicken: Buchungen hinter dieser Zahl anzeigen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Suche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suchen (Strg+Umschalt+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sucht in Protokollen, Anliegen, Aufgaben und Maßnahmen der ganzen Datenbank (Strg+Umschalt+F). ↓/↑ wählen, Eingabe öffnet, Esc schließt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suchbegriff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suchergebnisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nichts gefunden für „{q}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Treffer für „{q}“</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuweisung danach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Festgelegt von</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Datenbank öffnen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Eine Server-Datenbank stellt die Datenbankverwaltung wieder her (pg_restore).</source>
        <translation>A server database is restored by its administrators (pg_restore).</translation>
    </message>
    <message>
        <source>Sicherung wiederhergestellt; die ersetzte Datei liegt in {path}</source>
        <translation>Backup restored; the replaced file is kept in {path}</translation>
    </message>
    <message>
        <source>SRO Desktop Hauptfenster</source>
        <translation>SRO Desktop main window</translation>
    </message>
    <message>
        <source>Ansichten des Gebiets</source>
        <translation>Views of the area</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Gebietsbaum</source>
        <translation>Area tree</translation>
    </message>
    <message>
        <source>Regionalräume, Sozialräume und Quartiere</source>
        <translation>Regions, social spaces and quarters</translation>
    </message>
    <message>
        <source>&amp;Neue Datenbank …</source>
        <translation>&amp;New database …</translation>
    </message>
    <message>
        <source>Neue Datenbankdatei anlegen (Rostock-Vorgabe oder leer)</source>
        <translation>Create a new database file (Rostock default or empty)</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <source>Eine andere Datenbankdatei öffnen</source>
        <translation>Open another database file</translation>
    </message>
    <message>
        <source>Sicherung &amp;erstellen …</source>
        <translation>Create &amp;backup …</translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>&amp;Restore backup …</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Gebiet &amp;umbenennen …</source>
        <translation>&amp;Rename area …</translation>
    </message>
    <message>
        <source>Das gewählte Gebiet umbenennen</source>
        <translation>Rename the selected area</translation>
    </message>
    <message>
        <source>Gebiet &amp;hinzufügen …</source>
        <translation>&amp;Add area …</translation>
    </message>
    <message>
        <source>Ein Untergebiet unter dem gewählten Gebiet anlegen</source>
        <translation>Create a sub-area below the selected area</translation>
    </message>
    <message>
        <source>Gebiet &amp;verschieben …</source>
        <translation>&amp;Move area …</translation>
    </message>
    <message>
        <source>Das gewählte Gebiet unter ein anderes hängen</source>
        <translation>Move the selected area under another one</translation>
    </message>
    <message>
        <source>Gebiet au&amp;ßer Dienst stellen</source>
        <translation>Re&amp;tire area</translation>
    </message>
    <message>
        <source>Das Gebiet für neue Arbeit ausblenden; seine Geschichte bleibt</source>
        <translation>Hide the area from new work; its history stays</translation>
    </message>
    <message>
        <source>Gebiet wieder in &amp;Dienst stellen</source>
        <translation>Put area back into &amp;service</translation>
    </message>
    <message>
        <source>Außer Dienst gestellte Gebiete &amp;zeigen</source>
        <translation>&amp;Show retired areas</translation>
    </message>
    <message>
        <source>&amp;Neu laden</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Änderungen anderer Personen aus der Datenbank holen</source>
        <translation>Fetch other people&apos;s changes from the database</translation>
    </message>
    <message>
        <source>Ü&amp;ber SRO Desktop</source>
        <translation>&amp;About SRO Desktop</translation>
    </message>
    <message>
        <source>&amp;Protokolldatei öffnen</source>
        <translation>Open &amp;log file</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Sprache</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Datenbank: {target}</source>
        <translation>Database: {target}</translation>
    </message>
    <message>
        <source>Netzlaufwerk</source>
        <translation>Network drive</translation>
    </message>
    <message>
        <source>Die Datenbank liegt auf einem Netzlaufwerk. Mehrere Personen können sie nutzen; Speichern dauert etwas länger. Änderungen anderer zeigt „Ansicht → Neu laden“ (F5).</source>
        <translation>The database is on a network drive. Several people can use it; saving takes a little longer. “View → Reload” (F5) shows other people&apos;s changes.</translation>
    </message>
    <message>
        <source>Benutzer*in: {user}</source>
        <translation>User: {user}</translation>
    </message>
    <message>
        <source>Die Sprache wird beim nächsten Start übernommen.</source>
        <translation>The language takes effect at the next start.</translation>
    </message>
    <message>
        <source>Über SRO Desktop</source>
        <translation>About SRO Desktop</translation>
    </message>
    <message>
        <source>SRO Desktop {version}

Sozialraumorientierung in der Kinder- und Jugendhilfe.
Gebietsgrenzen: Hanse- und Universitätsstadt Rostock, Open Data (CC0 1.0).</source>
        <translation>SRO Desktop {version}

Social space orientation in child and youth welfare.
Area boundaries: Hanseatic and University City of Rostock, open data (CC0 1.0).</translation>
    </message>
    <message>
        <source>Protokolldatei öffnen</source>
        <translation>Open log file</translation>
    </message>
    <message>
        <source>Die Protokolldatei liegt hier: {path}</source>
        <translation>The log file is here: {path}</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Keine Kartengrundlage für dieses Gebiet</source>
        <translation>No map data for this area</translation>
    </message>
    <message>
        <source>Karte</source>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <source>Neuer Träger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Träger &amp;&amp; Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ziele &amp;&amp; Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prinzipien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finanzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewertungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweise zum Antrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückgängig: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederholen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Maßnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(noch nicht gespeichert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, verlängert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Antrag ist vollständig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Träger wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Maßnahme hat ungespeicherte Änderungen. Speichern?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>MeasurePanel</name>
    <message>
        <source>Suchen nach Nummer, Titel oder Träger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maßnahmen durchsuchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach Status filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle offenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach Laufzeitjahr filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur fällige ({days} Tage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwischenbericht, Evaluation, Ende oder Verwendungsnachweis in den nächsten {days} Tagen oder überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Maßnahme …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation type="unfinished">Measures</translation>
    </message>
    <message>
        <source>1 Maßnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Maßnahmen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDataDialog</name>
    <message>
        <source>Sitzung planen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungsdaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard-Tagesordnung einfügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorsitz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– niemand –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: „{text}“ ist keine Uhrzeit (z. B. 17:30)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Sitzung bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anwesenheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll abschließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wieder öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderung protokollieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungsdaten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokollierte Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderung protokollieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nächster TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorheriger TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues Anliegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Vereinbarung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen jetzt speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwischen Tagesordnung und Notizen wechseln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen speichern sich selbst. Alt+↓/Alt+↑: nächster/vorheriger TOP · Strg+Umschalt+B: Anliegen · Strg+Umschalt+A: Aufgabe · Strg+Umschalt+V: Vereinbarung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorsitz: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll abgeschlossen – es wartet auf die Genehmigung in der nächsten Sitzung. Zum Ändern „Wieder öffnen“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genehmigt in der Sitzung vom {date} und gesperrt. Korrekturen nur als protokollierte Änderung ({n} bisher).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das genehmigte Protokoll bleibt unverändert; Korrekturen stehen hier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen werden erst nach der Genehmigung protokolliert; bis dahin wird das Protokoll direkt korrigiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Protokoll wartet auf Genehmigung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Protokoll vom {date} ist genehmigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Protokoll vom {date} ist abgeschlossen und kann genehmigt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll vom {date} genehmigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Protokoll vom {date} ist noch nicht abgeschlossen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protokoll genehmigen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <source>Sitzungen</source>
        <translation type="unfinished">Meetings</translation>
    </message>
    <message>
        <source>Sitzung planen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremien und Mitglieder …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewählte Sitzung öffnen (Eingabe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Alle Sitzungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurück zur Liste (Alt+Pos1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Sitzungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung planen: Dieses Gebiet hat noch kein Gremium („Gremien und Mitglieder …“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung planen: {m}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveAreaDialog</name>
    <message>
        <source>Gebiet verschieben</source>
        <translation>Move area</translation>
    </message>
    <message>
        <source>&amp;Verschieben</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Gebiet:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>&amp;Neues übergeordnetes Gebiet:</source>
        <translation>&amp;New parent area:</translation>
    </message>
    <message>
        <source>Es gibt kein Gebiet, unter das sich dieses verschieben lässt.</source>
        <translation>There is no area this one could be moved under.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>Neue Datenbank</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>z. B. {path}</source>
        <translation>e.g. {path}</translation>
    </message>
    <message>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <source>Datei auswählen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>&amp;Rostock-Vorgabe: 4 Regionalräume (Arbeitstitel), 21 Sozialräume, 31 Quartiere, Gremien</source>
        <translation>&amp;Rostock default: 4 regions (working titles), 21 social spaces, 31 quarters, bodies</translation>
    </message>
    <message>
        <source>&amp;Leer: ohne Gebiete (für eine andere Stadt)</source>
        <translation>&amp;Empty: no areas (for another city)</translation>
    </message>
    <message>
        <source>&amp;Anlegen</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Inhalt:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Datei: bitte einen Dateinamen angeben</source>
        <translation>File: please enter a file name</translation>
    </message>
    <message>
        <source>Datei: „{path}“ existiert schon (eine neue Datenbank überschreibt nie eine vorhandene Datei)</source>
        <translation>File: “{path}” already exists (a new database never overwrites an existing file)</translation>
    </message>
    <message>
        <source>Datei: der Ordner „{folder}“ existiert nicht</source>
        <translation>File: the folder “{folder}” does not exist</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Protokoll genehmigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen zum TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meine Fassung speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere Fassung übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vereinbarung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnisse zu diesem TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein TOP gewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nicht öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Min. geplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnisse dieses TOPs notieren (Ergebnisprotokoll, keine Namen von Bewohner*innen) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Notizen zu diesem TOP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Budget überschreiten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgetüberschreitung zulassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur der Vorsitz (oder die Stellvertretung) der Lenkungsgruppe kann eine Überschreitung ausdrücklich zulassen. Begründung und Name werden im Haushaltsbuch und im Änderungsprotokoll vermerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genehmigt von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung der Überschreitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warum darf das Budget überschritten werden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genehmigt von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überschreitung zulassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorsitz: Für diese Lenkungsgruppe ist kein Vorsitz eingetragen; ohne Vorsitz ist keine Überschreitung möglich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung: Bitte eine Begründung eingeben (Pflichtfeld).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Neuen Träger anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anerkannt nach § 75 SGB VIII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechtsform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anerkennung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>RenameAreaDialog</name>
    <message>
        <source>Gebiet umbenennen</source>
        <translation>Rename area</translation>
    </message>
    <message>
        <source>&amp;Umbenennen</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Neuer Name:</source>
        <translation>&amp;New name:</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Neues Anliegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Vereinbarung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vereinbarung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Jugendliche 14–18, Familien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person, Organisation oder Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zielgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bis wann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: fehlt (Pflichtfeld)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>erledigt am {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zielgruppe: {g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Maßnahme(n) verknüpft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vereinbarung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protokolliert am {d} von {u}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source> – {n} gezeigt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetBudgetDialog</name>
    <message>
        <source>Budget festlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region} – Haushaltsjahr {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zugewiesenes Budget in Euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz zur Änderung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Beschluss des Jugendhilfeausschusses vom …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bisher zugewiesen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues Budget (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bisherige Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Festlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bisherige Änderungen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues Budget: Der Betrag darf nicht negativ sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz: Bitte angeben, warum das Budget festgelegt wird (Pflichtfeld).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues Budget: unverändert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Aufteilung auf Haushaltsjahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förderzeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differenz zum Betrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fehler der Aufteilung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis zur Aufteilung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufteilung &amp;speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufteilung speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>&amp;Anteilig zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteilig zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setzt alle Jahre auf die Aufteilung nach Monaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Förderzeitraum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haushalts-
jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteilig
nach Monaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebunden
(gebucht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufteilung
von Hand (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil {year} in Euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{months} Monate; anteilig {pro_rata}; gebunden {booked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summe der Aufteilung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Zeitraum liegt ganz im Haushaltsjahr {year}; es gibt nichts aufzuteilen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel: anteilig nach Monaten, ein angebrochener Monat mit dem Anteil seiner Tage. Eine Aufteilung von Hand ersetzt die Regel für diesen Zeitraum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Vereinbarung: Die Aufteilung gilt für den Zeitraum und Betrag der Maßnahme (beschlossen, sonst beantragt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„Gebunden“ zeigt die ganze Maßnahme im Haushaltsjahr (alle Förderzeiträume).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schon gebuchtes Geld (Spalte „Gebunden“) wird nicht umgebucht; die Aufteilung gilt für die nächsten Buchungen dieses Zeitraums (Beschluss, Vereinbarung). Gebuchtes ändert „Korrektur buchen…“ in den Buchungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: Der Anteil darf nicht negativ sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>des Zeitraums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>der Maßnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrag {what}: {amount} · Differenz: {gap}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfBox</name>
    <message>
        <source>Was wäre, wenn … (nächste Lenkungsgruppe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anträge der nächsten Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rot: überzieht allein · Gelb: überzieht mit den Anträgen darüber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verfügbar bleiben {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nächste Sitzungen – {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Sitzung geplant: Anträge mit dem Status „auf Tagesordnung“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine offenen Anträge für {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wenn alle {count} Anträge befürwortet werden, ist das Budget um {over} überzogen (verfügbar jetzt {now}, benötigt {needed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wenn alle {count} Anträge befürwortet werden, bleiben {after} verfügbar (jetzt {now}, benötigt {needed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Antrag überzieht das Budget schon allein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Anträge überziehen das Budget schon allein.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <source>TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benötigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danach verfügbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteil des beantragten Betrags im gewählten Haushaltsjahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verfügbar, wenn nur dieser Antrag befürwortet wird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: benötigt im Haushaltsjahr {needed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verfügbar, wenn nur dieser Antrag befürwortet wird: {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verfügbar, wenn auch alle Anträge darüber befürwortet werden: {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dieser Antrag allein überzieht das Budget um {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammen mit den Anträgen darüber überzieht er das Budget um {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AreaDialog</name>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern (Strg+Eingabe)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
