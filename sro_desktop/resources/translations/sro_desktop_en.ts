<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de_DE">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>{label}: Bitte ein Datum eingeben (TT.MM.JJJJ).</source>
        <translation>{label}: Please enter a date (DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>{label}: „{text}“ ist kein gültiges Datum.</source>
        <translation>{label}: “{text}” is not a valid date.</translation>
    </message>
    <message>
        <source>Eine Überschreitung kann nur der Vorsitz (oder die Stellvertretung) der Lenkungsgruppe mit Begründung zulassen.</source>
        <translation>Only the chair (or deputy chair) of the steering group can allow an overrun, with a reason.</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>befürwortet</source>
        <translation>endorsed</translation>
    </message>
    <message>
        <source>befürwortet mit Auflagen</source>
        <translation>endorsed with conditions</translation>
    </message>
    <message>
        <source>abgelehnt</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>vertagt</source>
        <translation>deferred</translation>
    </message>
    <message>
        <source>zurückgezogen</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>Beraten am</source>
        <translation>Discussed on</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Beschlossen am</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Bewilligter Betrag (€)</source>
        <translation>Granted amount (€)</translation>
    </message>
    <message>
        <source>Auflagen</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Vereinbart am</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Vereinbart durch</source>
        <translation>Agreed by</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File reference</translation>
    </message>
    <message>
        <source>Betrag (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>Evaluation fällig am</source>
        <translation>Evaluation due on</translation>
    </message>
    <message>
        <source>Evaluiert am</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <source>Weiter geeignet und notwendig</source>
        <translation>Still suitable and necessary</translation>
    </message>
    <message>
        <source>Verlängerung ab</source>
        <translation>Extension from</translation>
    </message>
    <message>
        <source>Verlängerung bis</source>
        <translation>Extension until</translation>
    </message>
    <message>
        <source>Zusätzlicher Betrag (€)</source>
        <translation>Additional amount (€)</translation>
    </message>
    <message>
        <source>Verwendungsnachweis geprüft am</source>
        <translation>Proof of use checked on</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
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
    <name>AgendaDialog</name>
    <message>
        <source>Verlängerungen</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Anträge</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Verlängerungsantrag</source>
        <translation>the extension application</translation>
    </message>
    <message>
        <source>Antrag</source>
        <translation>the application</translation>
    </message>
    <message>
        <source>Lenkungsgruppe</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>{what} „{title}“ auf die Tagesordnung der {body} setzen.</source>
        <translation>Put {what} “{title}” on the agenda of {body}.</translation>
    </message>
    <message>
        <source>&amp;Geplante Sitzung wählen:</source>
        <translation>Choose a &amp;scheduled meeting:</translation>
    </message>
    <message>
        <source>Geplante Sitzungen der {body}</source>
        <translation>Scheduled meetings of {body}</translation>
    </message>
    <message>
        <source>Keine geplante Sitzung der {body}: bitte einen neuen Termin planen.</source>
        <translation>No scheduled meeting of {body}: please schedule a new date.</translation>
    </message>
    <message>
        <source>&amp;Neuen Sitzungstermin planen:</source>
        <translation>Schedule a &amp;new meeting date:</translation>
    </message>
    <message>
        <source>Datum der neuen Sitzung</source>
        <translation>Date of the new meeting</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>N&amp;otiz:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Auf Tagesordnung setzen</source>
        <translation>Put on agenda</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lenkungsgruppe: Für den Regionalraum „{region}“ gibt es keine Lenkungsgruppe (bitte erst unter „Gremien“ anlegen).</source>
        <translation>Steering group: the regional area “{region}” has no steering group (please create one under “Bodies” first).</translation>
    </message>
    <message>
        <source>Die Sitzung am {day} wird mit der Standard-Tagesordnung geplant; die Maßnahme kommt unter „{section}“.</source>
        <translation>The meeting on {day} is scheduled with the standard agenda; the measure goes under “{section}”.</translation>
    </message>
    <message>
        <source>Bitte eine Sitzung wählen.</source>
        <translation>Please choose a meeting.</translation>
    </message>
    <message>
        <source> unter „{section}“</source>
        <translation> under “{section}”</translation>
    </message>
    <message>
        <source>Die Maßnahme wird TOP {number}{where} der Sitzung am {day}.</source>
        <translation>The measure becomes item {number}{where} of the meeting on {day}.</translation>
    </message>
    <message>
        <source>Sitzung: Bitte eine geplante Sitzung wählen oder einen neuen Termin planen.</source>
        <translation>Meeting: please choose a scheduled meeting or schedule a new date.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>nicht öffentlich</source>
        <translation>not public</translation>
    </message>
    <message>
        <source>TOP {number}</source>
        <translation>Item {number}</translation>
    </message>
    <message>
        <source>öffentlich</source>
        <translation>public</translation>
    </message>
    <message>
        <source>{n} Min. geplant</source>
        <translation>{n} min planned</translation>
    </message>
</context>
<context>
    <name>AgendaPane</name>
    <message>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>TOP nach oben</source>
        <translation>Move item up</translation>
    </message>
    <message>
        <source>TOP nach unten</source>
        <translation>Move item down</translation>
    </message>
    <message>
        <source>Als Unterpunkt</source>
        <translation>Make sub-item</translation>
    </message>
    <message>
        <source>Als Hauptpunkt</source>
        <translation>Make main item</translation>
    </message>
    <message>
        <source>TOP löschen</source>
        <translation>Delete agenda item</translation>
    </message>
    <message>
        <source>TOP hinzufügen (Strg+Umschalt+T)</source>
        <translation>Add agenda item (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Titel des TOP</source>
        <translation>Title of the agenda item</translation>
    </message>
    <message>
        <source>öffentlich</source>
        <translation>public</translation>
    </message>
    <message>
        <source>Nicht öffentliche TOPs fehlen in öffentlichen Ausdrucken</source>
        <translation>Non-public agenda items are left out of public printouts</translation>
    </message>
    <message>
        <source> Min.</source>
        <translation> min</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Geplante Dauer</source>
        <translation>Planned duration</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>{n} Min. geplant</source>
        <translation>{n} min planned</translation>
    </message>
</context>
<context>
    <name>AgendaTemplateDialog</name>
    <message>
        <source>Standard-Tagesordnung</source>
        <translation>Standard agenda</translation>
    </message>
    <message>
        <source>Diese TOPs bekommt jede neue Sitzung von „{body}“. Schon geplante Sitzungen behalten ihre Tagesordnung.</source>
        <translation>Every new meeting of “{body}” gets these items. Meetings already planned keep their agenda.</translation>
    </message>
    <message>
        <source>Standard-TOPs</source>
        <translation>Standard items</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>öffentlich</source>
        <translation>public</translation>
    </message>
    <message>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>TOP hinzufügen</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Nach oben</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Nach unten</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Vorgabe der Art wiederherstellen</source>
        <translation>Restore the default of the kind</translation>
    </message>
    <message>
        <source>Eigene Standard-TOPs dieses Gremiums.</source>
        <translation>This body&apos;s own standard items.</translation>
    </message>
    <message>
        <source>Vorgabe für diese Art von Gremium.</source>
        <translation>Default for this kind of body.</translation>
    </message>
    <message>
        <source>Geplante Dauer</source>
        <translation>Planned duration</translation>
    </message>
    <message>
        <source> Min.</source>
        <translation> min</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Neuer TOP</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>Standard-Tagesordnung: leer (mindestens ein TOP)</source>
        <translation>Standard agenda: empty (at least one item)</translation>
    </message>
    <message>
        <source>Standard-TOP {n}: Titel fehlt (Pflichtfeld)</source>
        <translation>Standard item {n}: title missing (required field)</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Änderung protokollieren</source>
        <translation>Record amendment</translation>
    </message>
    <message>
        <source>Änderung</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Betrifft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Das genehmigte Protokoll bleibt unverändert; die Änderung wird mit Datum und Namen daneben gezeigt.</source>
        <translation>The approved minutes stay unchanged; the amendment is shown next to them with date and name.</translation>
    </message>
    <message>
        <source>Änderung: fehlt (Pflichtfeld)</source>
        <translation>Amendment: missing (required)</translation>
    </message>
</context>
<context>
    <name>ApprovalActions</name>
    <message>
        <source>Kein Protokoll wartet auf Genehmigung.</source>
        <translation>No minutes are awaiting approval.</translation>
    </message>
    <message>
        <source>Das Protokoll vom {date} ist genehmigt.</source>
        <translation>The minutes of {date} are approved.</translation>
    </message>
    <message>
        <source>Das Protokoll vom {date} ist abgeschlossen und kann genehmigt werden.</source>
        <translation>The minutes of {date} are finalized and can be approved.</translation>
    </message>
    <message>
        <source>Protokoll vom {date} genehmigen</source>
        <translation>Approve the minutes of {date}</translation>
    </message>
    <message>
        <source>Das Protokoll vom {date} ist noch nicht abgeschlossen.</source>
        <translation>The minutes of {date} are not finalized yet.</translation>
    </message>
    <message>
        <source>Protokoll genehmigen</source>
        <translation>Approve minutes</translation>
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
        <translation>Regional area</translation>
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
        <source>Übersicht wird geladen …</source>
        <translation>Loading overview …</translation>
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
        <source>Hinweis: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Klick oder Eingabetaste: Sitzungen öffnen.</source>
        <translation>Click or press Enter: open the meetings.</translation>
    </message>
    <message>
        <source>ohne Termin</source>
        <translation>no due date</translation>
    </message>
    <message>
        <source>niemand eingetragen</source>
        <translation>nobody entered</translation>
    </message>
    <message>
        <source>Öffnet die fälligen Maßnahmen</source>
        <translation>Opens the due measures</translation>
    </message>
    <message>
        <source>Überfällige Aufgaben, die ältesten zuerst:</source>
        <translation>Overdue tasks, oldest first:</translation>
    </message>
    <message>
        <source>Offene Aufgaben, die zuerst fälligen:</source>
        <translation>Open tasks, earliest due first:</translation>
    </message>
    <message>
        <source>Öffnet die Sitzungen</source>
        <translation>Opens the meetings</translation>
    </message>
    <message>
        <source>Keine überfälligen Aufgaben.</source>
        <translation>No overdue tasks.</translation>
    </message>
    <message>
        <source>Keine offenen Aufgaben.</source>
        <translation>No open tasks.</translation>
    </message>
    <message>
        <source>Ebene</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Maßnahmen fällig oder überfällig ({days} Tage)</source>
        <translation>Measures due or overdue ({days} days)</translation>
    </message>
    <message>
        <source>Maßnahmen, deren nächste Frist (Zwischenbericht, Evaluation, Ende oder Verwendungsnachweis) in den nächsten {days} Tagen liegt oder verstrichen ist. Klick oder Eingabetaste: fällige Maßnahmen zeigen.</source>
        <translation>Measures whose next deadline (interim report, evaluation, end or proof of use) falls within the next {days} days or has passed. Click or press Enter: show the due measures.</translation>
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
        <source>… und {n} weitere</source>
        <translation>… and {n} more</translation>
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
    <name>ArrangementPage</name>
    <message>
        <source>Vereinbarungen der Sitzung</source>
        <translation>Agreements of the meeting</translation>
    </message>
    <message>
        <source>Noch keine Vereinbarungen notiert (Strg+Umschalt+V in den Notizen).</source>
        <translation>No agreements noted yet (Ctrl+Shift+V in the notes).</translation>
    </message>
    <message>
        <source>1 Vereinbarung</source>
        <translation>1 agreement</translation>
    </message>
    <message>
        <source>{n} Vereinbarungen</source>
        <translation>{n} agreements</translation>
    </message>
</context>
<context>
    <name>ArrangementTableModel</name>
    <message>
        <source>TOP</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>Punkte für Prinzip {n}: {name}</source>
        <translation>Points for principle {n}: {name}</translation>
    </message>
    <message>
        <source>Begründung für Prinzip {n}</source>
        <translation>Reason for principle {n}</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Alle Bewertungen</source>
        <translation>All reviews</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ihre Bewertung ({reviewer})&lt;/b&gt; – 0 = nicht erfüllt … 3 = voll erfüllt; jede Punktzahl braucht eine Begründung</source>
        <translation>&lt;b&gt;Your review ({reviewer})&lt;/b&gt; – 0 = not met … 3 = fully met; every score needs a reason</translation>
    </message>
    <message>
        <source>Begründung (Pflicht, sobald Punkte vergeben sind)</source>
        <translation>Reason (required once a score is given)</translation>
    </message>
    <message>
        <source>Bewertungen aller Gutachter*innen und Durchschnitt</source>
        <translation>Reviews of all reviewers and average</translation>
    </message>
    <message>
        <source>Bewertet von</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>P{n}</source>
        <translation>P{n}</translation>
    </message>
    <message>
        <source>Begründungen</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Begründungen aller Bewertungen</source>
        <translation>Reasons of all reviews</translation>
    </message>
    <message>
        <source>Prinzip</source>
        <translation>Principle</translation>
    </message>
    <message>
        <source>Punkte</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Bewertung Prinzip {n} ändern</source>
        <translation>Change review of principle {n}</translation>
    </message>
    <message>
        <source>Begründung fehlt für Prinzip {names}: Jede Punktzahl braucht eine Begründung, sonst lässt sich die Maßnahme nicht speichern.</source>
        <translation>Reason missing for principle {names}: every score needs a reason, otherwise the measure cannot be saved.</translation>
    </message>
    <message>
        <source>Durchschnitt (Empfehlung)</source>
        <translation>Average (recommendation)</translation>
    </message>
    <message>
        <source>Noch keine Bewertungen.</source>
        <translation>No reviews yet.</translation>
    </message>
    <message>
        <source>Begründung fehlt</source>
        <translation>Reason missing</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Vertritt</source>
        <translation>Substitutes for</translation>
    </message>
</context>
<context>
    <name>AttendanceWidget</name>
    <message>
        <source>Anwesenheitsliste</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>A E F</source>
        <comment>Tasten für anwesend, entschuldigt, abwesend</comment>
        <translation>P E A</translation>
    </message>
    <message>
        <source>Anwesend</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Entschuldigt</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Abwesend</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>{text} für die gewählte Person (Taste {key})</source>
        <translation>{text} for the selected person (key {key})</translation>
    </message>
    <message>
        <source>Vertritt</source>
        <translation>Substitutes for</translation>
    </message>
    <message>
        <source>Wen die gewählte Person heute vertritt</source>
        <translation>Whom the selected person substitutes for today</translation>
    </message>
    <message>
        <source>Vertritt:</source>
        <translation>Substitutes for:</translation>
    </message>
    <message>
        <source>Bewohner*innen (Anzahl)</source>
        <translation>Residents (number)</translation>
    </message>
    <message>
        <source>Bewohner*innen werden nur gezählt, nie namentlich erfasst (Datenschutz).</source>
        <translation>Residents are only counted, never recorded by name (data protection).</translation>
    </message>
    <message>
        <source>Gäste (Institutionen)</source>
        <translation>Guests (institutions)</translation>
    </message>
    <message>
        <source>Eine Institution pro Zeile, z. B. Schule am Schwanenteich</source>
        <translation>One institution per line, e.g. Schule am Schwanenteich</translation>
    </message>
    <message>
        <source>Gäste</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>– niemanden –</source>
        <translation>– nobody –</translation>
    </message>
    <message>
        <source>Anwesenheit erfassen</source>
        <translation>Record attendance</translation>
    </message>
    <message>
        <source>Vertretung erfassen</source>
        <translation>Record substitution</translation>
    </message>
    <message>
        <source>Bewohner*innen zählen</source>
        <translation>Count residents</translation>
    </message>
    <message>
        <source>Gäste erfassen</source>
        <translation>Record guests</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Kostenplan</source>
        <translation>Cost plan</translation>
    </message>
    <message>
        <source>Finanzierungsplan</source>
        <translation>Financing plan</translation>
    </message>
    <message>
        <source>Partner*in</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Meilenstein</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Bewertung</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Beschluss</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>BodiesDialog</name>
    <message>
        <source>{label}: „{text}“ ist kein Datum (TT.MM.JJJJ)</source>
        <translation>{label}: “{text}” is not a date (DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>Gremien und Mitglieder</source>
        <translation>Bodies and members</translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Name (leer: Art und Gebiet)</source>
        <translation>Name (empty: kind and area)</translation>
    </message>
    <message>
        <source>Gremium anlegen</source>
        <translation>Create body</translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Vorname Nachname (neu oder vorhanden)</source>
        <translation>First name last name (new or existing)</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Mitglied hinzufügen</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Gewähltes Mitglied:</source>
        <translation>Selected member:</translation>
    </message>
    <message>
        <source>beenden am</source>
        <translation>end on</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Vertritt</source>
        <translation>Substitutes for</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Neues Mitglied</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Mitgliedschaft beenden</source>
        <translation>End membership</translation>
    </message>
    <message>
        <source>Umbenennen …</source>
        <translation>Rename …</translation>
    </message>
    <message>
        <source>Dem gewählten Gremium einen neuen Namen geben</source>
        <translation>Give the selected body a new name</translation>
    </message>
    <message>
        <source>Standard-TOPs …</source>
        <translation>Standard items …</translation>
    </message>
    <message>
        <source>Die Tagesordnungspunkte, mit denen jede neue Sitzung beginnt</source>
        <translation>The agenda items every new meeting starts with</translation>
    </message>
    <message>
        <source>Außer Dienst stellen …</source>
        <translation>Retire …</translation>
    </message>
    <message>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <source>Nur für Gremien ohne Sitzungen (Fehleinträge); sonst außer Dienst stellen</source>
        <translation>Only for bodies without meetings (entries made by mistake); otherwise retire it</translation>
    </message>
    <message>
        <source>Art des neuen Gremiums</source>
        <translation>Kind of the new body</translation>
    </message>
    <message>
        <source>Name des neuen Gremiums</source>
        <translation>Name of the new body</translation>
    </message>
    <message>
        <source>Neues Gremium</source>
        <translation>New body</translation>
    </message>
    <message>
        <source>Frühere Mitglieder zeigen</source>
        <translation>Show former members</translation>
    </message>
    <message>
        <source>Mitglieder, deren Mitgliedschaft beendet ist, grau unter den aktuellen zeigen</source>
        <translation>Show members whose membership has ended, grayed, below the current ones</translation>
    </message>
    <message>
        <source>Mitgliedschaft beenden am</source>
        <translation>End membership on</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Rolle, Vertretung, Organisation und Zeitraum des gewählten Mitglieds ändern (Doppelklick)</source>
        <translation>Change role, substitution, organization and period of the selected member (double-click)</translation>
    </message>
    <message>
        <source>Eintrag entfernen</source>
        <translation>Remove entry</translation>
    </message>
    <message>
        <source>Nur für Fehleinträge; sonst die Mitgliedschaft beenden</source>
        <translation>Only for entries made by mistake; otherwise end the membership</translation>
    </message>
    <message>
        <source>Mitglied von</source>
        <translation>Member from</translation>
    </message>
    <message>
        <source>Mitglied bis</source>
        <translation>Member until</translation>
    </message>
    <message>
        <source>– niemanden –</source>
        <translation>– nobody –</translation>
    </message>
    <message>
        <source>{current} aktuell · {former} frühere</source>
        <translation>{current} current · {former} former</translation>
    </message>
    <message>
        <source>{current} aktuell</source>
        <translation>{current} current</translation>
    </message>
    <message>
        <source>Beenden am: fehlt (Pflichtfeld)</source>
        <translation>End on: missing (required field)</translation>
    </message>
</context>
<context>
    <name>BodyActions</name>
    <message>
        <source>Außer Dienst seit {date}: keine neuen Sitzungen</source>
        <translation>Retired since {date}: no new meetings</translation>
    </message>
    <message>
        <source>Wieder in Dienst stellen</source>
        <translation>Return to service</translation>
    </message>
    <message>
        <source>Außer Dienst stellen …</source>
        <translation>Retire …</translation>
    </message>
    <message>
        <source>Das Gremium bekommt wieder neue Sitzungen</source>
        <translation>The body gets new meetings again</translation>
    </message>
    <message>
        <source>Das Gremium tagt nicht mehr: keine neuen Sitzungen, seine Sitzungen und Protokolle bleiben</source>
        <translation>The body no longer meets: no new meetings; its meetings and minutes stay</translation>
    </message>
    <message>
        <source>Gremium löschen</source>
        <translation>Delete body</translation>
    </message>
    <message>
        <source>Das Gremium „{name}“ löschen?</source>
        <translation>Delete the body “{name}”?</translation>
    </message>
    <message>
        <source>Nur für Fehleinträge: ein Gremium, das schon Sitzungen hat, wird außer Dienst gestellt, damit seine Protokolle bleiben.</source>
        <translation>Only for entries made by mistake: a body that already has meetings is retired, so that its minutes stay.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Person: fehlt (Pflichtfeld)</source>
        <translation>Person: missing (required)</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Bis</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Beenden am</source>
        <translation>End on</translation>
    </message>
</context>
<context>
    <name>BodyKind</name>
    <message>
        <source>Stadtteiltisch</source>
        <translation>Neighborhood round table</translation>
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
    <name>BodyNameDialog</name>
    <message>
        <source>Gremium umbenennen</source>
        <translation>Rename body</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sitzungen und Protokolle zeigen künftig den neuen Namen.</source>
        <translation>Meetings and minutes will show the new name from now on.</translation>
    </message>
    <message>
        <source>Name: fehlt (Pflichtfeld)</source>
        <translation>Name: missing (required field)</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Auszahlung buchen</source>
        <translation>Book payment</translation>
    </message>
    <message>
        <source>Rückfluss buchen</source>
        <translation>Book repayment</translation>
    </message>
    <message>
        <source>Haushaltsjahr</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <source>Das Haushaltsjahr, dessen Budget die Buchung betrifft.</source>
        <translation>The budget year whose budget the entry concerns.</translation>
    </message>
    <message>
        <source>Datum der Buchung</source>
        <translation>Date of the entry</translation>
    </message>
    <message>
        <source>Betrag in Euro</source>
        <translation>Amount in euros</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>z. B. 1. Abschlag laut Vereinbarung</source>
        <translation>e.g. 1st installment as agreed</translation>
    </message>
    <message>
        <source>z. B. nicht verbrauchte Mittel laut Verwendungsnachweis</source>
        <translation>e.g. unspent funds according to the proof of use</translation>
    </message>
    <message>
        <source>Fehler der Buchung</source>
        <translation>Error in the entry</translation>
    </message>
    <message>
        <source>Hinweis zur Buchung</source>
        <translation>Note on the entry</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Regionalraum:</source>
        <translation>Regional area:</translation>
    </message>
    <message>
        <source>&amp;Haushaltsjahr:</source>
        <translation>Budget &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Betrag (€):</source>
        <translation>&amp;Amount (€):</translation>
    </message>
    <message>
        <source>Be&amp;gründung:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>Beschlossen</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Ausgezahlt</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Rückflüsse</source>
        <translation>Repaid</translation>
    </message>
    <message>
        <source>Verfügbar im Regionalraum</source>
        <translation>Available in the regional area</translation>
    </message>
    <message>
        <source>Stand der Maßnahme im Haushaltsjahr {year}:</source>
        <translation>The measure in budget year {year} so far:</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Betrag: Eine Auszahlung muss größer als 0,00 € sein.</source>
        <translation>Amount: a payment must be greater than €0.00.</translation>
    </message>
    <message>
        <source>Betrag: Ein Rückfluss muss größer als 0,00 € sein.</source>
        <translation>Amount: a repayment must be greater than €0.00.</translation>
    </message>
    <message>
        <source>Betrag: Ein Rückfluss darf die noch nicht zurückgeflossenen Auszahlungen des Jahres {year} ({amount}) nicht übersteigen.</source>
        <translation>Amount: a repayment may not exceed the payments of {year} not yet paid back ({amount}).</translation>
    </message>
    <message>
        <source>Begründung: Bitte angeben, wofür gebucht wird (Pflichtfeld).</source>
        <translation>Reason: please state what the entry is for (required).</translation>
    </message>
    <message>
        <source>Datum: liegt nicht im Haushaltsjahr {year}; die Buchung zählt trotzdem für {year}.</source>
        <translation>Date: not in the budget year {year}; the entry still counts for {year}.</translation>
    </message>
    <message>
        <source>Die Auszahlung übersteigt den beschlossenen und vereinbarten Betrag um {extra}; das bindet zusätzliches Geld.</source>
        <translation>The payment exceeds the decided and agreed amount by {extra}; this commits additional money.</translation>
    </message>
    <message>
        <source>Dafür reicht das verfügbare Budget nicht: Nur der Vorsitz der Lenkungsgruppe kann die Überschreitung zulassen.</source>
        <translation>The available budget is not enough for this: only the chair of the steering group can allow the overrun.</translation>
    </message>
    <message>
        <source>In {year} ist für diese Maßnahme nichts ausgezahlt, das zurückfließen könnte.</source>
        <translation>Nothing has been paid out for this measure in {year} that could be paid back.</translation>
    </message>
</context>
<context>
    <name>BudgetActions</name>
    <message>
        <source>Rest übertragen</source>
        <translation>Carry over remainder</translation>
    </message>
    <message>
        <source>{amount} aus {year} in das Haushaltsjahr {next} übertragen?</source>
        <translation>Carry over {amount} from {year} to the budget year {next}?</translation>
    </message>
    <message>
        <source>Tabelle als CSV exportieren</source>
        <translation>Export table as CSV</translation>
    </message>
    <message>
        <source>CSV für Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>CSV-Export: Die Datei {path} kann nicht geschrieben werden ({error}).</source>
        <translation>CSV export: the file {path} cannot be written ({error}).</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <source>Budgetdiagramm</source>
        <translation>Budget chart</translation>
    </message>
    <message>
        <source>Kein Budget ausgewählt.</source>
        <translation>No budget selected.</translation>
    </message>
    <message>
        <source>Gesamt {total}: vereinbart {agreed}, beschlossen und noch nicht vereinbart {open}, verfügbar {available}.</source>
        <translation>Total {total}: agreed {agreed}, decided but not yet agreed {open}, available {available}.</translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Vereinbart (nach Rückflüssen)</source>
        <translation>Agreed (after repayments)</translation>
    </message>
    <message>
        <source>Beschlossen, nicht vereinbart</source>
        <translation>Decided, not agreed</translation>
    </message>
    <message>
        <source>Verfügbar</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Überzogen um {amount}</source>
        <translation>Overdrawn by {amount}</translation>
    </message>
    <message>
        <source>Überzogen</source>
        <translation>Overdrawn</translation>
    </message>
    <message>
        <source>Gebunden nach {heading}</source>
        <translation>Committed by {heading}</translation>
    </message>
    <message>
        <source>übrige ({count} Maßnahmen)</source>
        <translation>others ({count} measures)</translation>
    </message>
    <message>
        <source>Gebunden nach Maßnahme (die {count} größten)</source>
        <translation>Committed by measure (the {count} largest)</translation>
    </message>
    <message>
        <source>Gebunden nach Maßnahme</source>
        <translation>Committed by measure</translation>
    </message>
    <message>
        <source>{used} von {total}</source>
        <translation>{used} of {total}</translation>
    </message>
    <message>
        <source>vereinbart</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>beschlossen, nicht vereinbart</source>
        <translation>decided, not agreed</translation>
    </message>
    <message>
        <source>verfügbar</source>
        <translation>available</translation>
    </message>
</context>
<context>
    <name>BudgetCommands</name>
    <message>
        <source>Wiederhergestellt</source>
        <translation>Redone</translation>
    </message>
    <message>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Aufteilung auf Haushaltsjahre</source>
        <translation>Split across budget years</translation>
    </message>
    <message>
        <source>Rest übertragen erlaubt</source>
        <translation>Carry-over of the remainder allowed</translation>
    </message>
    <message>
        <source>Rest übertragen nicht erlaubt</source>
        <translation>Carry-over of the remainder not allowed</translation>
    </message>
</context>
<context>
    <name>BudgetEntryKind</name>
    <message>
        <source>Zuweisung</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Übertrag</source>
        <translation>Carry-over</translation>
    </message>
    <message>
        <source>Beschluss</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Freigabe</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Auszahlung</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Rückfluss</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <source>Korrektur</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Haushaltsjahr</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <source>Das Haushaltsjahr ist das Kalenderjahr.</source>
        <translation>The budget year is the calendar year.</translation>
    </message>
    <message>
        <source>Haushaltsjahr:</source>
        <translation>Budget year:</translation>
    </message>
    <message>
        <source>Budget festlegen…</source>
        <translation>Set budget…</translation>
    </message>
    <message>
        <source>Rest übertragen…</source>
        <translation>Carry over remainder…</translation>
    </message>
    <message>
        <source>CSV exportieren…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Das Haushaltsjahr {year} läuft noch: Sein Rest kann erst ab dem {date} übertragen werden.</source>
        <translation>The budget year {year} is still running: its remainder can be carried over from {date} only.</translation>
    </message>
    <message>
        <source>Überträgt den verfügbaren Rest ins Folgejahr.</source>
        <translation>Carries the available remainder over to the next year.</translation>
    </message>
    <message>
        <source>Übertrag ist ausgeschaltet (einschalten unter „Budget festlegen…“: „Rest übertragen erlaubt“) oder die Ansicht zeigt mehrere Regionalräume.</source>
        <translation>Carry-over is switched off (switch it on under “Set budget…”: “Carry-over of the remainder allowed”) or the view shows several regional areas.</translation>
    </message>
    <message>
        <source>Bitte im Baum einen Regionalraum (oder die Stadt) wählen.</source>
        <translation>Please select a regional area (or the city) in the tree.</translation>
    </message>
    <message>
        <source>Budget {title} – {year}</source>
        <translation>Budget {title} – {year}</translation>
    </message>
    <message>
        <source>Für {year} ist noch kein Budget festgelegt.</source>
        <translation>No budget has been set for {year} yet.</translation>
    </message>
    <message>
        <source>Sozialraum {name} ist hervorgehoben.</source>
        <translation>Social space {name} is highlighted.</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>{row}, {figure}</source>
        <translation>{row}, {figure}</translation>
    </message>
    <message>
        <source>Buchungen: {what} – {title} {year}</source>
        <translation>Entries: {what} – {title} {year}</translation>
    </message>
    <message>
        <source>Gesamt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Beschlossen</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Ausgezahlt</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Rückflüsse</source>
        <translation>Repaid</translation>
    </message>
    <message>
        <source>Gebunden</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Verfügbar</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>aller Regionalräume</source>
        <translation>all regional areas</translation>
    </message>
</context>
<context>
    <name>BudgetTableBox</name>
    <message>
        <source>Gliederung der Tabelle</source>
        <translation>Table breakdown</translation>
    </message>
    <message>
        <source>nach Sozialraum</source>
        <translation>by social space</translation>
    </message>
    <message>
        <source>nach Maßnahme</source>
        <translation>by measure</translation>
    </message>
    <message>
        <source>Buchungen anzeigen…</source>
        <translation>Show entries…</translation>
    </message>
    <message>
        <source>Buchungen anzeigen</source>
        <translation>Show entries</translation>
    </message>
    <message>
        <source>Auf&amp;teilung…</source>
        <translation>S&amp;plit…</translation>
    </message>
    <message>
        <source>Aus&amp;zahlung buchen…</source>
        <translation>Book &amp;payment…</translation>
    </message>
    <message>
        <source>Rück&amp;fluss buchen…</source>
        <translation>Book re&amp;payment…</translation>
    </message>
    <message>
        <source>Aufteilung der Maßnahme auf Haushaltsjahre ansehen oder von Hand festlegen.</source>
        <translation>View the measure&apos;s split across budget years or set it by hand.</translation>
    </message>
    <message>
        <source>Eine Auszahlung an den Träger für die gewählte Maßnahme buchen.</source>
        <translation>Book a payment to the provider for the selected measure.</translation>
    </message>
    <message>
        <source>Nicht verbrauchte Mittel buchen, die der Träger zurückgezahlt hat.</source>
        <translation>Book unspent funds that the provider paid back.</translation>
    </message>
    <message>
        <source>Dafür in der Tabelle „nach Maßnahme“ eine Maßnahme wählen.</source>
        <translation>For this, select a measure in the table “by measure”.</translation>
    </message>
    <message>
        <source>Tabelle:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <source>Beträge in Euro</source>
        <translation>Amounts in euros</translation>
    </message>
    <message>
        <source>Budgettabelle</source>
        <translation>Budget table</translation>
    </message>
    <message>
        <source>nach Regionalraum</source>
        <translation>by regional area</translation>
    </message>
    <message>
        <source>Zeigt die Buchungen hinter der gewählten Zahl (Zelle) oder Zeile; ohne Auswahl alle Buchungen. Doppelklick auf eine Zahl tut dasselbe.</source>
        <translation>Shows the entries behind the selected figure (cell) or row; without a selection all entries. Double-clicking a figure does the same.</translation>
    </message>
    <message>
        <source>&amp;Buchungen anzeigen…</source>
        <translation>Show &amp;entries…</translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Sozialraum</source>
        <translation>Social space</translation>
    </message>
    <message>
        <source>Summe</source>
        <translation>Sum</translation>
    </message>
</context>
<context>
    <name>ChairRole</name>
    <message>
        <source>Vorsitz</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>stellv. Vorsitz</source>
        <translation>deputy chair</translation>
    </message>
</context>
<context>
    <name>ChangeBar</name>
    <message>
        <source>Hinweis: Die Maßnahme wurde inzwischen geändert</source>
        <translation>Note: the measure has been changed in the meantime</translation>
    </message>
    <message>
        <source>Neu &amp;laden</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Neu laden (ungespeicherte Änderungen verwerfen)</source>
        <translation>Reload (discard unsaved changes)</translation>
    </message>
    <message>
        <source>Die gespeicherte Fassung laden; Ihre ungespeicherten Änderungen gehen verloren.</source>
        <translation>Load the saved version; your unsaved changes are lost.</translation>
    </message>
    <message>
        <source>&amp;Vergleichen …</source>
        <translation>&amp;Compare …</translation>
    </message>
    <message>
        <source>Mit der gespeicherten Fassung vergleichen</source>
        <translation>Compare with the saved version</translation>
    </message>
    <message>
        <source>Diese Maßnahme wurde inzwischen gelöscht.</source>
        <translation>This measure has been deleted in the meantime.</translation>
    </message>
    <message>
        <source>Diese Maßnahme wurde inzwischen geändert</source>
        <translation>This measure has been changed in the meantime</translation>
    </message>
    <message>
        <source> (zuletzt gespeichert von {by}, {day}, {time} Uhr)</source>
        <translation> (last saved by {by}, {day}, {time})</translation>
    </message>
    <message>
        <source>Ihre Änderungen sind noch nicht gespeichert.</source>
        <translation>Your changes are not saved yet.</translation>
    </message>
</context>
<context>
    <name>ChildTableEditor</name>
    <message>
        <source>Zeile hinzufügen</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Zeile entfernen</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>ConcernPage</name>
    <message>
        <source>Anliegen der Sitzung</source>
        <translation>Concerns of the meeting</translation>
    </message>
    <message>
        <source>Noch keine Anliegen notiert (Strg+Umschalt+B in den Notizen).</source>
        <translation>No concerns noted yet (Ctrl+Shift+B in the notes).</translation>
    </message>
    <message>
        <source>Verknüpfte Maßnahmen</source>
        <translation>Linked measures</translation>
    </message>
    <message>
        <source>Maßnahme verknüpfen …</source>
        <translation>Link measure …</translation>
    </message>
    <message>
        <source>Das Anliegen mit einer Maßnahme des Regionalraums verknüpfen (Strg+L)</source>
        <translation>Link the concern to a measure of the regional area (Ctrl+L)</translation>
    </message>
    <message>
        <source>Maßnahme verknüpfen</source>
        <translation>Link measure</translation>
    </message>
    <message>
        <source>Verknüpfung lösen</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Verknüpfung mit der gewählten Maßnahme lösen (Entf in der Liste)</source>
        <translation>Unlink the selected measure (Del in the list)</translation>
    </message>
    <message>
        <source>1 Anliegen</source>
        <translation>1 concern</translation>
    </message>
    <message>
        <source>{n} Anliegen</source>
        <translation>{n} concerns</translation>
    </message>
    <message>
        <source>Verknüpfte Maßnahmen des gewählten Anliegens ({n})</source>
        <translation>Measures linked to the selected concern ({n})</translation>
    </message>
    <message>
        <source>Das gewählte Anliegen ist mit keiner Maßnahme verknüpft.</source>
        <translation>The selected concern is not linked to any measure.</translation>
    </message>
</context>
<context>
    <name>ConcernTableModel</name>
    <message>
        <source>TOP</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Maßnahme wurde inzwischen geändert</source>
        <translation>The measure has been changed in the meantime</translation>
    </message>
    <message>
        <source>Unterschiede je Feld</source>
        <translation>Differences by field</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Ihre Fassung</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Gespeicherte Fassung</source>
        <translation>Saved version</translation>
    </message>
    <message>
        <source>Beim Überschreiben</source>
        <translation>On overwrite</translation>
    </message>
    <message>
        <source>von beiden geändert</source>
        <translation>changed by both of you</translation>
    </message>
    <message>
        <source>von Ihnen geändert</source>
        <translation>changed by you</translation>
    </message>
    <message>
        <source>von der anderen Person geändert</source>
        <translation>changed by the other person</translation>
    </message>
    <message>
        <source>Neu laden (meine Änderungen verwerfen)</source>
        <translation>Reload (discard my changes)</translation>
    </message>
    <message>
        <source>Überschreiben (meine Änderungen speichern)</source>
        <translation>Overwrite (save my changes)</translation>
    </message>
    <message>
        <source>Gespeicherte Fassung bleibt</source>
        <translation>Saved version stays</translation>
    </message>
    <message>
        <source>Ihre Fassung ersetzt die Änderung der anderen Person</source>
        <translation>Your version replaces the other person&apos;s change</translation>
    </message>
    <message>
        <source>Beide Änderungen bleiben</source>
        <translation>Both changes stay</translation>
    </message>
    <message>
        <source>Ihre Fassung wird gespeichert</source>
        <translation>Your version is saved</translation>
    </message>
    <message>
        <source>„Überschreiben“ speichert Ihre Änderungen. Änderungen der anderen Person an Feldern, die Sie nicht geändert haben, bleiben erhalten.</source>
        <translation>“Overwrite” saves your changes. The other person&apos;s changes to fields you did not change are kept.</translation>
    </message>
    <message>
        <source>Kein Feld wurde von Ihnen beiden geändert: nichts geht verloren.</source>
        <translation>No field was changed by both of you: nothing is lost.</translation>
    </message>
    <message>
        <source>Überschrieben werden die Änderungen der anderen Person an: {fields}.</source>
        <translation>The other person&apos;s changes to these fields are overwritten: {fields}.</translation>
    </message>
    <message>
        <source>Eine Tabelle (z. B. der Kostenplan) zählt dabei als ein Feld: es gilt Ihre ganze Tabelle.</source>
        <translation>A table (e.g. the cost plan) counts as one field here: your whole table applies.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Korrektur buchen</source>
        <translation>Book correction</translation>
    </message>
    <message>
        <source>Buchung:</source>
        <translation>Entry:</translation>
    </message>
    <message>
        <source>{kind} vom {date}</source>
        <translation>{kind} of {date}</translation>
    </message>
    <message>
        <source>Haushalt:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>Maßnahme:</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <source>ohne Maßnahme</source>
        <translation>no measure</translation>
    </message>
    <message>
        <source>Begründung:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Gebuchter Betrag:</source>
        <translation>Booked amount:</translation>
    </message>
    <message>
        <source>Mit Korrekturen:</source>
        <translation>With corrections:</translation>
    </message>
    <message>
        <source>Richtiger Betrag in Euro</source>
        <translation>Correct amount in euros</translation>
    </message>
    <message>
        <source>Korrekturbuchung</source>
        <translation>Correcting entry</translation>
    </message>
    <message>
        <source>Begründung der Korrektur</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>z. B. Zahlendreher in der Auszahlung vom …</source>
        <translation>e.g. transposed digits in the payment of …</translation>
    </message>
    <message>
        <source>&amp;Richtiger Betrag (€):</source>
        <translation>&amp;Correct amount (€):</translation>
    </message>
    <message>
        <source>Korrekturbuchung:</source>
        <translation>Correcting entry:</translation>
    </message>
    <message>
        <source>Be&amp;gründung:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>Fehler der Korrektur</source>
        <translation>Error in the correction</translation>
    </message>
    <message>
        <source>Hinweis zur Korrektur</source>
        <translation>Note on the correction</translation>
    </message>
    <message>
        <source>Die Buchung selbst bleibt unverändert: Die Korrektur ist eine neue Buchung über die Differenz, die auf sie verweist.</source>
        <translation>The entry itself stays unchanged: the correction is a new entry for the difference that refers to it.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Korrektur einer Buchung</source>
        <translation>Correction of an entry</translation>
    </message>
    <message>
        <source>{amount} (noch nicht korrigiert)</source>
        <translation>{amount} (not corrected yet)</translation>
    </message>
    <message>
        <source>{amount} ({count} Korrektur(en))</source>
        <translation>{amount} ({count} correction(s))</translation>
    </message>
    <message>
        <source>Richtiger Betrag</source>
        <translation>Correct amount</translation>
    </message>
    <message>
        <source>{field}: Buchungen der Art „{kind}“ sind nie negativ.</source>
        <translation>{field}: entries of the kind “{kind}” are never negative.</translation>
    </message>
    <message>
        <source>{field}: Buchungen der Art „{kind}“ sind nie positiv.</source>
        <translation>{field}: entries of the kind “{kind}” are never positive.</translation>
    </message>
    <message>
        <source>{field}: unverändert (nichts zu korrigieren).</source>
        <translation>{field}: unchanged (nothing to correct).</translation>
    </message>
    <message>
        <source>Begründung: Eine Korrektur braucht eine Begründung (Pflichtfeld).</source>
        <translation>Reason: a correction needs a reason (required).</translation>
    </message>
</context>
<context>
    <name>CostCategory</name>
    <message>
        <source>Personal</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Honorare</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Sachkosten</source>
        <translation>Material costs</translation>
    </message>
    <message>
        <source>Miete</source>
        <translation>Rent</translation>
    </message>
    <message>
        <source>Fahrtkosten</source>
        <translation>Travel costs</translation>
    </message>
    <message>
        <source>Öffentlichkeitsarbeit</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Other</translation>
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
    <message>
        <source>Speichern nicht möglich: die Datenbank „{path}“ ist beschädigt (die Prüfung nach dem Öffnen hat defekte Seiten gefunden). Damit der Schaden nicht größer wird, schreibt SRO Desktop nichts mehr hinein; diese Änderung wurde nicht gespeichert. Bitte eine Sicherung wiederherstellen (Datei → Sicherung wiederherstellen …) oder eine andere Datenbank öffnen (Datei → Öffnen …).</source>
        <translation>Cannot save: the database “{path}” is damaged (the check after opening found damaged pages). So that the damage does not spread, SRO Desktop writes nothing more into it; this change was not saved. Please restore a backup (File → Restore backup …) or open another database (File → Open …).</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Tägliche Sicherung</source>
        <translation>Daily backup</translation>
    </message>
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
        <source>Datenbank beschädigt</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Die Datenbank „{path}“ ist beschädigt.</source>
        <translation>The database “{path}” is damaged.</translation>
    </message>
    <message>
        <source>Die Prüfung nach dem Öffnen hat defekte Seiten in der Datei gefunden; die Prüfung selbst hat nichts verändert.

Damit der Schaden nicht größer wird, ist das Speichern jetzt gesperrt: SRO Desktop schreibt nichts mehr in diese Datei, Änderungen werden abgelehnt. Lesen geht weiter, einzelne Ansichten können aber fehlschlagen.

Was zu tun ist:
• eine Sicherung wiederherstellen: Datei → Sicherung wiederherstellen … (Sicherungen liegen in „{folder}“), oder
• eine andere Datenbank öffnen: Datei → Öffnen …</source>
        <translation>The check after opening found damaged pages in the file; the check itself changed nothing.

So that the damage does not spread, saving is now blocked: SRO Desktop writes nothing more into this file, and changes are refused. Reading still works, but some views may fail.

What to do:
• restore a backup: File → Restore backup … (backups are in “{folder}”), or
• open another database: File → Open …</translation>
    </message>
    <message>
        <source>SQLite-Prüfung (quick_check):</source>
        <translation>SQLite check (quick_check):</translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>&amp;Restore backup …</translation>
    </message>
    <message>
        <source>Andere Datei ö&amp;ffnen …</source>
        <translation>Open &amp;another file …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Speichern gesperrt: Datenbank beschädigt</source>
        <translation>Saving blocked: database damaged</translation>
    </message>
    <message>
        <source>Tägliche Sicherung misslungen: {error}</source>
        <translation>Daily backup failed: {error}</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>de_DE</source>
        <translation>en_US</translation>
    </message>
</context>
<context>
    <name>DeleteMeetingActions</name>
    <message>
        <source>Sitzung löschen</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Sitzung löschen: bereits durchgeführt (nur geplante Sitzungen können gelöscht werden)</source>
        <translation>Delete meeting: already held (only planned meetings can be deleted)</translation>
    </message>
    <message>
        <source>Die geplante Sitzung „{body}“ am {date} löschen?</source>
        <translation>Delete the planned meeting “{body}” on {date}?</translation>
    </message>
    <message>
        <source>Ihre Tagesordnung und alles, was schon notiert ist, verschwinden mit ihr. „Rückgängig“ (Strg+Z) holt sie zurück.</source>
        <translation>Its agenda and everything already noted go with it. “Undo” (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>TOP hinzufügen</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <source>Neuer TOP</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>TOP löschen</source>
        <translation>Delete agenda item</translation>
    </message>
    <message>
        <source>TOP einrücken</source>
        <translation>Indent agenda item</translation>
    </message>
    <message>
        <source>TOP verschieben</source>
        <translation>Move agenda item</translation>
    </message>
    <message>
        <source>TOP umbenennen</source>
        <translation>Rename agenda item</translation>
    </message>
    <message>
        <source>TOP öffentlich</source>
        <translation>Agenda item public or not</translation>
    </message>
    <message>
        <source>Dauer des TOP</source>
        <translation>Duration of the agenda item</translation>
    </message>
    <message>
        <source>Anliegen notieren</source>
        <translation>Note a concern</translation>
    </message>
    <message>
        <source>Aufgabe notieren</source>
        <translation>Note a task</translation>
    </message>
    <message>
        <source>Vereinbarung notieren</source>
        <translation>Note an agreement</translation>
    </message>
    <message>
        <source>Sitzung beginnen</source>
        <translation>Start meeting</translation>
    </message>
    <message>
        <source>Protokoll abschließen</source>
        <translation>Finalize minutes</translation>
    </message>
    <message>
        <source>Protokoll wieder öffnen</source>
        <translation>Reopen minutes</translation>
    </message>
    <message>
        <source>Änderung protokollieren: nur bei genehmigten Protokollen (sonst direkt korrigieren)</source>
        <translation>Record amendment: only for approved minutes (otherwise correct them directly)</translation>
    </message>
    <message>
        <source>Protokoll allgemein</source>
        <translation>Minutes as a whole</translation>
    </message>
    <message>
        <source>TOP {number}</source>
        <translation>Item {number}</translation>
    </message>
    <message>
        <source>Änderung protokollieren</source>
        <translation>Record amendment</translation>
    </message>
    <message>
        <source>Sitzungsdaten ändern</source>
        <translation>Change meeting details</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>Sitzung beginnen</source>
        <translation>Start meeting</translation>
    </message>
    <message>
        <source>Protokoll abschließen</source>
        <translation>Finalize minutes</translation>
    </message>
    <message>
        <source>Wieder öffnen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Änderung protokollieren</source>
        <translation>Record amendment</translation>
    </message>
    <message>
        <source>Sitzungsdaten …</source>
        <translation>Meeting details …</translation>
    </message>
    <message>
        <source>Datum, Zeit, Ort, Vorsitz und Protokoll ändern; eine geplante Sitzung löschen</source>
        <translation>Change date, time, place, chair and minute-taker; delete a planned meeting</translation>
    </message>
    <message>
        <source>Moderation: {name}</source>
        <translation>Facilitator: {name}</translation>
    </message>
    <message>
        <source>Vorsitz: {name}</source>
        <translation>Chair: {name}</translation>
    </message>
    <message>
        <source>Protokoll: {name}</source>
        <translation>Minutes: {name}</translation>
    </message>
</context>
<context>
    <name>EntriesDialog</name>
    <message>
        <source>Buchungen</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Buchungen werden nie geändert oder gelöscht; eine Korrektur ist eine eigene Buchung. Gelb: ausdrücklich zugelassene Überschreitung.</source>
        <translation>Entries are never changed or deleted; a correction is an entry of its own. Yellow: explicitly allowed overrun.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Korrektur buchen…</source>
        <translation>Book &amp;correction…</translation>
    </message>
    <message>
        <source>Korrektur buchen</source>
        <translation>Book correction</translation>
    </message>
    <message>
        <source>Bucht eine Korrektur der gewählten Buchung (Kontextmenü oder Umschalt+F10 in der Tabelle).</source>
        <translation>Books a correction of the selected entry (context menu or Shift+F10 in the table).</translation>
    </message>
    <message>
        <source>{count} Buchungen, Summe der Spalte „Zählt“: {sum}</source>
        <translation>{count} entries, sum of the column “Counts”: {sum}</translation>
    </message>
    <message>
        <source>{count} Buchungen verschiedener Art; Summen je Zahl: {sums}</source>
        <translation>{count} entries of different kinds; sums per figure: {sums}</translation>
    </message>
    <message>
        <source>{count} Buchungen, Summe der Beträge: {sum}</source>
        <translation>{count} entries, sum of the amounts: {sum}</translation>
    </message>
    <message>
        <source>Gebunden {used} = je Maßnahme der höchste Betrag aus beschlossen, vereinbart und ausgezahlt (zusammen {reserved}; gezeigt sind die Buchungen dieses Betrags) − Rückflüsse, soweit ausgezahlt ({freed}).</source>
        <translation>Committed {used} = per measure the highest of decided, agreed and paid out (together {reserved}; the entries of that amount are shown) − repayments as far as paid out ({freed}).</translation>
    </message>
    <message>
        <source>Verfügbar {available} = Gesamt {total} − gebunden {used}, und gebunden ist je Maßnahme der höchste Betrag aus beschlossen, vereinbart und ausgezahlt (zusammen {reserved}; gezeigt sind die Buchungen dieses Betrags) − Rückflüsse, soweit ausgezahlt ({freed}).</source>
        <translation>Available {available} = total {total} − committed {used}, where committed is, per measure, the highest of decided, agreed and paid out (together {reserved}; the entries of that amount are shown) − repayments as far as paid out ({freed}).</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Zählt</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Erfasst von</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Überschreitung</source>
        <translation>Overrun</translation>
    </message>
    <message>
        <source>Wie viel die Buchung zur gewählten Zahl beiträgt (Summe dieser Spalte = die Zahl)</source>
        <translation>How much the entry adds to the chosen figure (sum of this column = the figure)</translation>
    </message>
    <message>
        <source> (Korrektur)</source>
        <translation> (correction)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Details stehen in der Protokolldatei: {path}</source>
        <translation>Details are in the log file: {path}</translation>
    </message>
    <message>
        <source>Speichern nicht möglich</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Die Änderung wurde nicht gespeichert.</source>
        <translation>The change was not saved.</translation>
    </message>
    <message>
        <source>Datenbankfehler</source>
        <translation>Database error</translation>
    </message>
    <message>
        <source>Die Aktion konnte nicht ausgeführt werden.</source>
        <translation>The action could not be carried out.</translation>
    </message>
    <message>
        <source>Datenbank beschädigt</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Die Datenbankdatei ist beschädigt.</source>
        <translation>The database file is damaged.</translation>
    </message>
    <message>
        <source>SQLite konnte einen Teil der Datei nicht lesen: die Datei ist beschädigt. Die letzte Aktion wurde nicht ausgeführt; was sie speichern sollte, ist nicht gespeichert.

Was zu tun ist: eine Sicherung wiederherstellen (Datei → Sicherung wiederherstellen …) oder eine andere Datenbank öffnen (Datei → Öffnen …).</source>
        <translation>SQLite could not read part of the file: the file is damaged. The last action was not carried out; what it was to save has not been saved.

What to do: restore a backup (File → Restore backup …) or open another database (File → Open …).</translation>
    </message>
    <message>
        <source>Datenbank nicht erreichbar</source>
        <translation>Database not reachable</translation>
    </message>
    <message>
        <source>Die Datenbankdatei konnte nicht gelesen oder geschrieben werden.</source>
        <translation>The database file could not be read or written.</translation>
    </message>
    <message>
        <source>Das Betriebssystem meldet einen Ein-/Ausgabefehler: vielleicht ist der Datenträger voll, das Netzlaufwerk getrennt oder die Datei verschoben worden. Die letzte Aktion wurde nicht gespeichert.

Was zu tun ist: Speicherplatz und Netzverbindung prüfen, dann SRO Desktop neu starten.</source>
        <translation>The operating system reports an input/output error: perhaps the disk is full, the network drive was disconnected or the file was moved. The last action was not saved.

What to do: check the free space and the network connection, then restart SRO Desktop.</translation>
    </message>
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
        <translation>Total</translation>
    </message>
    <message>
        <source>Beschlossen</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Ausgezahlt</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Rückflüsse</source>
        <translation>Repaid</translation>
    </message>
    <message>
        <source>Verfügbar</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Klicken: Buchungen hinter dieser Zahl anzeigen.</source>
        <translation>Click: show the entries behind this figure.</translation>
    </message>
    <message>
        <source>Gesamtbudget des Jahres: Zuweisungen + Übertrag aus dem Vorjahr (− Übertrag ins Folgejahr) + Korrekturen.</source>
        <translation>Total budget of the year: allocations + carry-over from the previous year (− carry-over to the next year) + corrections.</translation>
    </message>
    <message>
        <source>Summe der befürwortenden Beschlüsse der Lenkungsgruppe für dieses Jahr, abzüglich Freigaben (z. B. nach Rücknahme).</source>
        <translation>Sum of the steering group&apos;s endorsing decisions for this year, less releases (e.g. after a withdrawal).</translation>
    </message>
    <message>
        <source>Summe der Vereinbarungen der Verwaltung für dieses Jahr.</source>
        <translation>Sum of the administration&apos;s agreements for this year.</translation>
    </message>
    <message>
        <source>Summe der Auszahlungen an die Träger in diesem Jahr.</source>
        <translation>Sum of the payments to providers this year.</translation>
    </message>
    <message>
        <source>Nicht verbrauchte Mittel, die Träger zurückgezahlt haben. Sie machen Geld wieder verfügbar, soweit es ausgezahlt war.</source>
        <translation>Unspent funds that providers paid back. They make money available again as far as it had been paid out.</translation>
    </message>
    <message>
        <source>Je Maßnahme der höchste Betrag aus beschlossen, vereinbart und ausgezahlt, abzüglich Rückflüssen.</source>
        <translation>Per measure, the highest of decided, agreed and paid out, less repayments.</translation>
    </message>
    <message>
        <source>Verfügbar = Gesamt − gebunden. Gebunden ist je Maßnahme der höchste Betrag aus beschlossen, vereinbart und ausgezahlt, abzüglich Rückflüssen (höchstens bis zur Auszahlung).</source>
        <translation>Available = total − committed. Committed is, per measure, the highest of decided, agreed and paid out, less repayments (at most down to the payment).</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Speichern (Strg+Eingabe)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Suche</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Suchen (Strg+Umschalt+F)</source>
        <translation>Search (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Sucht in Protokollen, Anliegen, Aufgaben und Maßnahmen der ganzen Datenbank (Strg+Umschalt+F). ↓/↑ wählen, Eingabe öffnet, Esc schließt.</source>
        <translation>Searches minutes, concerns, tasks and measures in the whole database (Ctrl+Shift+F). ↓/↑ select, Enter opens, Esc closes.</translation>
    </message>
    <message>
        <source>Suchbegriff</source>
        <translation>Search term</translation>
    </message>
    <message>
        <source>Suchergebnisse</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Nichts gefunden für „{q}“</source>
        <translation>Nothing found for “{q}”</translation>
    </message>
    <message>
        <source>{n} Treffer für „{q}“</source>
        <translation>{n} hits for “{q}”</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Änderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Zuweisung danach</source>
        <translation>Allocation afterwards</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Festgelegt von</source>
        <translation>Set by</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Verlauf der Maßnahme</source>
        <translation>History of the measure</translation>
    </message>
    <message>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Durch</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Änderungsprotokoll der Maßnahme</source>
        <translation>Change log of the measure</translation>
    </message>
    <message>
        <source>Benutzer*in</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Für diese Maßnahme sind keine Änderungen protokolliert.</source>
        <translation>No changes have been logged for this measure.</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Änderungsprotokoll</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>{entity} {change}</source>
        <translation>{entity} {change}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
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
        <translation>Regional areas, social spaces and quarters</translation>
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
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Sitzungen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
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
    <name>MeasureAction</name>
    <message>
        <source>Angelegt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Einreichen</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Im Sozialraumteam beraten</source>
        <translation>Record discussion in the social space team</translation>
    </message>
    <message>
        <source>Auf Tagesordnung der Lenkungsgruppe setzen</source>
        <translation>Put on the steering group&apos;s agenda</translation>
    </message>
    <message>
        <source>Beschluss erfassen</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>Vereinbarung der Verwaltung erfassen</source>
        <translation>Record the administration&apos;s agreement</translation>
    </message>
    <message>
        <source>Beginn der Maßnahme erfassen</source>
        <translation>Record the start of the measure</translation>
    </message>
    <message>
        <source>Evaluation anfordern</source>
        <translation>Request evaluation</translation>
    </message>
    <message>
        <source>Evaluation erfassen</source>
        <translation>Record evaluation</translation>
    </message>
    <message>
        <source>Einmalig verlängern</source>
        <translation>Extend once</translation>
    </message>
    <message>
        <source>Abschließen (Verwendungsnachweis geprüft)</source>
        <translation>Close (proof of use checked)</translation>
    </message>
    <message>
        <source>Archivieren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Zurückziehen</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>MeasureChoiceModel</name>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MeasureField</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Träger</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Orte</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Kurzbeschreibung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Bedarf</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Bedarf festgestellt in</source>
        <translation>Need identified at</translation>
    </message>
    <message>
        <source>Verknüpfte Anliegen</source>
        <translation>Linked concerns</translation>
    </message>
    <message>
        <source>Vorgehen</source>
        <translation>Approach</translation>
    </message>
    <message>
        <source>Prinzipien</source>
        <translation>Principles</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Zwischenbericht fällig</source>
        <translation>Interim report due</translation>
    </message>
    <message>
        <source>Zwischenbericht eingegangen</source>
        <translation>Interim report received</translation>
    </message>
    <message>
        <source>Abschlussbericht fällig</source>
        <translation>Final report due</translation>
    </message>
    <message>
        <source>Verwendungsnachweis fällig</source>
        <translation>Proof of use due</translation>
    </message>
    <message>
        <source>Evaluationsplan</source>
        <translation>Evaluation plan</translation>
    </message>
    <message>
        <source>Erklärungen bestätigt</source>
        <translation>Declarations confirmed</translation>
    </message>
    <message>
        <source>Erklärungen</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <source>Eigenmittel</source>
        <translation>Own funds</translation>
    </message>
    <message>
        <source>Drittmittel</source>
        <translation>Third-party funds</translation>
    </message>
    <message>
        <source>Drittmittelgeber</source>
        <translation>Third-party funder</translation>
    </message>
    <message>
        <source>Beantragte SRAE-Mittel</source>
        <translation>Requested SRAE funds</translation>
    </message>
    <message>
        <source>Zielgruppen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Ziele und Indikatoren</source>
        <translation>Goals and indicators</translation>
    </message>
    <message>
        <source>Meilensteine</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Kooperationspartner*innen</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Kostenplan</source>
        <translation>Cost plan</translation>
    </message>
    <message>
        <source>Bewertungen</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bewilligte SRAE-Mittel</source>
        <translation>Granted SRAE funds</translation>
    </message>
    <message>
        <source>Regionalraum</source>
        <translation>Regional area</translation>
    </message>
    <message>
        <source>Prinzip 1</source>
        <translation>Principle 1</translation>
    </message>
    <message>
        <source>Prinzip 2</source>
        <translation>Principle 2</translation>
    </message>
    <message>
        <source>Prinzip 3</source>
        <translation>Principle 3</translation>
    </message>
    <message>
        <source>Prinzip 4</source>
        <translation>Principle 4</translation>
    </message>
    <message>
        <source>Prinzip 5</source>
        <translation>Principle 5</translation>
    </message>
    <message>
        <source>Verlängert</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Nächste Frist</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Eingereicht am</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Verwendungsnachweis geprüft am</source>
        <translation>Proof of use checked on</translation>
    </message>
    <message>
        <source>Gelöscht am</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Reihenfolge</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Geldgeber</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Eigenleistung</source>
        <translation>Own contribution</translation>
    </message>
    <message>
        <source>Erhält Geld</source>
        <translation>Receives money</translation>
    </message>
    <message>
        <source>Alter von</source>
        <translation>Age from</translation>
    </message>
    <message>
        <source>Alter bis</source>
        <translation>Age to</translation>
    </message>
    <message>
        <source>Erwartete Anzahl</source>
        <translation>Expected number</translation>
    </message>
    <message>
        <source>Belastete Zielgruppe</source>
        <translation>Burdened target group</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Bewerter*in</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Prinzip</source>
        <translation>Principle</translation>
    </message>
    <message>
        <source>Punkte</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Beschlossen am</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Auflagen</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Vereinbart am</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Vereinbart durch</source>
        <translation>Agreed by</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File reference</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <source>Neuer Träger …</source>
        <translation>New provider …</translation>
    </message>
    <message>
        <source>Antrag</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Träger &amp;&amp; Partner</source>
        <translation>Provider &amp;&amp; partners</translation>
    </message>
    <message>
        <source>Ziele &amp;&amp; Plan</source>
        <translation>Goals &amp;&amp; plan</translation>
    </message>
    <message>
        <source>Prinzipien</source>
        <translation>Principles</translation>
    </message>
    <message>
        <source>Finanzen</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Bewertungen</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Hinweise zum Antrag</source>
        <translation>Notes on the application</translation>
    </message>
    <message>
        <source>Aktionen</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Rückgängig: {0}</source>
        <translation>Undo: {0}</translation>
    </message>
    <message>
        <source>Wiederholen: {0}</source>
        <translation>Redo: {0}</translation>
    </message>
    <message>
        <source>Neue Maßnahme</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>(noch nicht gespeichert)</source>
        <translation>(not saved yet)</translation>
    </message>
    <message>
        <source>, verlängert</source>
        <translation>, extended</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>Der Antrag ist vollständig.</source>
        <translation>The application is complete.</translation>
    </message>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Die Maßnahme hat ungespeicherte Änderungen. Speichern?</source>
        <translation>The measure has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{label} ändern</source>
        <translation>Change {label}</translation>
    </message>
    <message>
        <source>Träger wählen</source>
        <translation>Choose provider</translation>
    </message>
    <message>
        <source>{label}: „{text}“ ist kein gültiges Datum (TT.MM.JJJJ).</source>
        <translation>{label}: “{text}” is not a valid date (DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>Betrag in Euro, z. B. 12.480,00 oder 12480</source>
        <translation>Amount in euros, German style, e.g. 12.480,00 or 12480</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{table}: Zeile hinzufügen</source>
        <translation>{table}: add row</translation>
    </message>
    <message>
        <source>{table}: Zeile entfernen</source>
        <translation>{table}: remove row</translation>
    </message>
    <message>
        <source>{table}: {column} ändern</source>
        <translation>{table}: change {column}</translation>
    </message>
    <message>
        <source>{table}: {column}: „{text}“ ist keine ganze Zahl.</source>
        <translation>{table}: {column}: “{text}” is not a whole number.</translation>
    </message>
    <message>
        <source>{table}: {column}: „{text}“ ist kein gültiges Datum (TT.MM.JJJJ).</source>
        <translation>{table}: {column}: “{text}” is not a valid date (DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>Speichern nicht möglich</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Kooperationspartner*innen</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Zielgruppen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Ziele und Indikatoren</source>
        <translation>Goals and indicators</translation>
    </message>
    <message>
        <source>Meilensteine</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kurzer, sprechender Titel</source>
        <translation>Short, descriptive title</translation>
    </message>
    <message>
        <source>Gebiet:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Orte</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Kurzbeschreibung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Bedarf</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Bedarf festgestellt in</source>
        <translation>Need identified at</translation>
    </message>
    <message>
        <source>z. B. Stadtteiltisch Groß Klein am 05.11.2024</source>
        <translation>e.g. neighborhood round table Evershagen on 05.11.2024</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Erklärungen</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <source>Die Angaben sind vollständig und richtig; die Fördergrundsätze sind bekannt.</source>
        <translation>The information is complete and correct; the funding principles are known.</translation>
    </message>
    <message>
        <source>Weitere Erklärungen</source>
        <translation>Further declarations</translation>
    </message>
    <message>
        <source>— bitte wählen —</source>
        <translation>— please choose —</translation>
    </message>
    <message>
        <source>Träger</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Träger:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Vorgehen</source>
        <translation>Approach</translation>
    </message>
    <message>
        <source>Wie setzt die Maßnahme die fünf Prinzipien der Sozialraumorientierung um? Bitte zu jedem Prinzip einen kurzen Text.</source>
        <translation>How does the measure put the five principles of social space orientation into practice? Please write a short text for each principle.</translation>
    </message>
    <message>
        <source>Kostenplan (Ausgaben)</source>
        <translation>Cost plan (expenses)</translation>
    </message>
    <message>
        <source>Kostenplan</source>
        <translation>Cost plan</translation>
    </message>
    <message>
        <source>Finanzierungsplan (Einnahmen)</source>
        <translation>Financing plan (income)</translation>
    </message>
    <message>
        <source>1 verknüpftes Anliegen ist durch die Suche ausgeblendet; die Verknüpfung bleibt.</source>
        <translation>1 linked concern is hidden by the search; the link stays.</translation>
    </message>
    <message>
        <source>(gelöscht)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Keine Anliegen gefunden für „{text}“.</source>
        <translation>No concerns found for “{text}”.</translation>
    </message>
    <message>
        <source>Gezeigt werden die {n} neuesten Treffer; bitte die Suche genauer fassen.</source>
        <translation>Showing the {n} newest matches; please narrow the search.</translation>
    </message>
    <message>
        <source>Gezeigt werden die {n} neuesten Anliegen der Gebiete; ältere finden Sie über das Suchfeld.</source>
        <translation>Showing the {n} newest concerns of the areas; find older ones with the search field.</translation>
    </message>
    <message>
        <source>{n} verknüpfte Anliegen sind durch die Suche ausgeblendet; die Verknüpfungen bleiben.</source>
        <translation>{n} linked concerns are hidden by the search; the links stay.</translation>
    </message>
    <message>
        <source>Eigenmittel</source>
        <translation>Own funds</translation>
    </message>
    <message>
        <source>Drittmittel</source>
        <translation>Third-party funds</translation>
    </message>
    <message>
        <source>Drittmittelgeber</source>
        <translation>Third-party funder</translation>
    </message>
    <message>
        <source>Beantragte SRAE-Mittel</source>
        <translation>Requested SRAE funds</translation>
    </message>
    <message>
        <source>Zwischenbericht fällig am</source>
        <translation>Interim report due on</translation>
    </message>
    <message>
        <source>Zwischenbericht eingegangen am</source>
        <translation>Interim report received on</translation>
    </message>
    <message>
        <source>Abschlussbericht fällig am</source>
        <translation>Final report due on</translation>
    </message>
    <message>
        <source>Verwendungsnachweis fällig am</source>
        <translation>Proof of use due on</translation>
    </message>
    <message>
        <source>Evaluationsplan</source>
        <translation>Evaluation plan</translation>
    </message>
    <message>
        <source>Anliegen:</source>
        <translation>Concerns:</translation>
    </message>
    <message>
        <source>Höchstens 12 Monate; eine Verlängerung um höchstens 12 Monate nach Evaluation.</source>
        <translation>At most 12 months; one extension of at most 12 months after evaluation.</translation>
    </message>
    <message>
        <source>Mittel im Haushalt (SRAE)</source>
        <translation>Funds in the budget (SRAE)</translation>
    </message>
    <message>
        <source>Ausgaben gesamt: {costs}    Einnahmen gesamt: {income}    Differenz: {difference}</source>
        <translation>Total expenses: {costs}    Total income: {income}    Difference: {difference}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Eigenleistung</source>
        <translation>Own contribution</translation>
    </message>
    <message>
        <source>Erhält Geld</source>
        <translation>Receives money</translation>
    </message>
    <message>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Alter von</source>
        <translation>Age from</translation>
    </message>
    <message>
        <source>Alter bis</source>
        <translation>Age to</translation>
    </message>
    <message>
        <source>Erwartete Anzahl</source>
        <translation>Expected number</translation>
    </message>
    <message>
        <source>Belastete Gruppe</source>
        <translation>Disadvantaged group</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meilenstein</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Ausgaben gesamt: {costs}    Einnahmen gesamt und Differenz: nicht berechnet, denn {reason}.</source>
        <translation>Total expenses: {costs}    Total income and difference: not calculated because {reason}.</translation>
    </message>
    <message>
        <source>Prinzip {n}</source>
        <translation>Principle {n}</translation>
    </message>
    <message>
        <source>„{label}“</source>
        <translation>“{label}”</translation>
    </message>
    <message>
        <source>{first} und {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <source>{field} ist kein gültiger Betrag</source>
        <translation>{field} is not a valid amount</translation>
    </message>
    <message>
        <source>{fields} sind keine gültigen Beträge</source>
        <translation>{fields} are not valid amounts</translation>
    </message>
    <message>
        <source>Bewilligt: {amount}</source>
        <translation>Granted: {amount}</translation>
    </message>
    <message>
        <source>Gebiet: Sozialräume und Quartiere</source>
        <translation>Area: social spaces and quarters</translation>
    </message>
    <message>
        <source>Anliegen suchen (Text oder Datum) …</source>
        <translation>Search concerns (text or date) …</translation>
    </message>
    <message>
        <source>Anliegen suchen</source>
        <translation>Search concerns</translation>
    </message>
    <message>
        <source>Verknüpfte Anliegen aus dem Stadtteiltisch</source>
        <translation>Linked concerns from the neighborhood round table</translation>
    </message>
    <message>
        <source>Keine Anliegen aus dem Stadtteiltisch für diese Gebiete.</source>
        <translation>No concerns from the neighborhood round table for these areas.</translation>
    </message>
</context>
<context>
    <name>MeasureListModel</name>
    <message>
        <source>Zwischenbericht</source>
        <translation>Interim report</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Verwendungsnachweis</source>
        <translation>Proof of use</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>{kind} fällig am {date} (in {days} Tagen)</source>
        <translation>{kind} due on {date} (in {days} days)</translation>
    </message>
    <message>
        <source>überfällig: {kind}</source>
        <translation>overdue: {kind}</translation>
    </message>
    <message>
        <source>{kind} war fällig am {date} – seit 1 Tag überfällig</source>
        <translation>{kind} was due on {date} – overdue by 1 day</translation>
    </message>
    <message>
        <source>{kind} war fällig am {date} – seit {days} Tagen überfällig</source>
        <translation>{kind} was due on {date} – overdue by {days} days</translation>
    </message>
    <message>
        <source>{kind} ist heute fällig ({date})</source>
        <translation>{kind} is due today ({date})</translation>
    </message>
    <message>
        <source>{kind} fällig am {date} (morgen)</source>
        <translation>{kind} due on {date} (tomorrow)</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sozialraum</source>
        <translation>Social space</translation>
    </message>
    <message>
        <source>Träger</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Beantragt</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Bewilligt</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Nächste Frist</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Fällig ist</source>
        <translation>Due</translation>
    </message>
    <message>
        <source> (verlängert)</source>
        <translation> (extended)</translation>
    </message>
</context>
<context>
    <name>MeasurePanel</name>
    <message>
        <source>Suchen: Nummer, Titel, Träger</source>
        <translation>Search number, title, provider …</translation>
    </message>
    <message>
        <source>Sucht in Nummer, Titel und Träger der Maßnahmen.</source>
        <translation>Searches the measures&apos; number, title and provider.</translation>
    </message>
    <message>
        <source>Maßnahmen durchsuchen</source>
        <translation>Search measures</translation>
    </message>
    <message>
        <source>Nach Status filtern</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Alle offenen</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Nach Laufzeitjahr filtern</source>
        <translation>Filter by year of the period</translation>
    </message>
    <message>
        <source>Alle Jahre</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Nur fällige ({days} Tage)</source>
        <translation>Due only ({days} days)</translation>
    </message>
    <message>
        <source>Zwischenbericht, Evaluation, Ende oder Verwendungsnachweis in den nächsten {days} Tagen oder überfällig</source>
        <translation>Interim report, evaluation, end or proof of use within the next {days} days, or overdue</translation>
    </message>
    <message>
        <source>Neue Maßnahme …</source>
        <translation>New measure …</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Abgeschlossen</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>überfällig: Zwischenbericht</source>
        <translation>overdue: Interim report</translation>
    </message>
    <message>
        <source>1 Maßnahme fällig oder überfällig ({days} Tage)</source>
        <translation>1 measure due or overdue ({days} days)</translation>
    </message>
    <message>
        <source>{n} Maßnahmen fällig oder überfällig ({days} Tage)</source>
        <translation>{n} measures due or overdue ({days} days)</translation>
    </message>
    <message>
        <source>1 Maßnahme</source>
        <translation>1 measure</translation>
    </message>
    <message>
        <source>{n} Maßnahmen</source>
        <translation>{n} measures</translation>
    </message>
</context>
<context>
    <name>MeasurePickerDialog</name>
    <message>
        <source>Maßnahme verknüpfen</source>
        <translation>Link measure</translation>
    </message>
    <message>
        <source>Verknüpfen</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Verknüpfen (Eingabe)</source>
        <translation>Link (Enter)</translation>
    </message>
    <message>
        <source>Anliegen: {text}</source>
        <translation>Concern: {text}</translation>
    </message>
    <message>
        <source>Maßnahmen filtern</source>
        <translation>Filter measures</translation>
    </message>
    <message>
        <source>Nummer, Titel oder Status …</source>
        <translation>Number, title or status …</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Maßnahmen des Regionalraums</source>
        <translation>Measures of the regional area</translation>
    </message>
    <message>
        <source>Im Regionalraum gibt es keine weitere Maßnahme zum Verknüpfen.</source>
        <translation>The regional area has no other measure to link.</translation>
    </message>
    <message>
        <source>Keine Maßnahme passt zu „{text}“.</source>
        <translation>No measure matches “{text}”.</translation>
    </message>
    <message>
        <source>Maßnahme: keine gewählt (bitte eine aus der Liste wählen)</source>
        <translation>Measure: none selected (please choose one from the list)</translation>
    </message>
</context>
<context>
    <name>MeasureStatus</name>
    <message>
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Eingereicht</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Im Sozialraumteam beraten</source>
        <translation>Discussed in the social space team</translation>
    </message>
    <message>
        <source>Auf Tagesordnung der Lenkungsgruppe</source>
        <translation>On the steering group&apos;s agenda</translation>
    </message>
    <message>
        <source>Befürwortet</source>
        <translation>Endorsed</translation>
    </message>
    <message>
        <source>Befürwortet mit Auflagen</source>
        <translation>Endorsed with conditions</translation>
    </message>
    <message>
        <source>Abgelehnt</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Vertagt</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Zurückgezogen</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Laufend</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Evaluation fällig</source>
        <translation>Evaluation due</translation>
    </message>
    <message>
        <source>Evaluiert</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Abgeschlossen</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Archiviert</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>MeetingChoiceModel</name>
    <message>
        <source>Verlängerungen</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Anträge</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>TOPs</source>
        <translation>Items</translation>
    </message>
    <message>
        <source> (liegt zurück)</source>
        <translation> (past)</translation>
    </message>
    <message>
        <source>Die Maßnahme steht schon auf dieser Tagesordnung.</source>
        <translation>The measure is already on this agenda.</translation>
    </message>
</context>
<context>
    <name>MeetingDataDialog</name>
    <message>
        <source>Sitzung planen</source>
        <translation>Schedule meeting</translation>
    </message>
    <message>
        <source>Sitzungsdaten</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <source>Standard-Tagesordnung einfügen</source>
        <translation>Insert standard agenda</translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Vorsitz</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <source>Sitzung löschen …</source>
        <translation>Delete meeting …</translation>
    </message>
    <message>
        <source>Diese geplante Sitzung löschen (mit Rückfrage; rückgängig mit Strg+Z)</source>
        <translation>Delete this planned meeting (asks first; undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>– niemand –</source>
        <translation>– nobody –</translation>
    </message>
    <message>
        <source>{label}: „{text}“ ist keine Uhrzeit (z. B. 17:30)</source>
        <translation>{label}: “{text}” is not a time (e.g. 17:30)</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Sitzung bearbeiten</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Änderungen</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>Protokollierte Änderungen</source>
        <translation>Recorded amendments</translation>
    </message>
    <message>
        <source>Änderung protokollieren …</source>
        <translation>Record amendment …</translation>
    </message>
    <message>
        <source>Nächster TOP</source>
        <translation>Next agenda item</translation>
    </message>
    <message>
        <source>Vorheriger TOP</source>
        <translation>Previous agenda item</translation>
    </message>
    <message>
        <source>Neues Anliegen</source>
        <translation>New concern</translation>
    </message>
    <message>
        <source>Neue Aufgabe</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Neue Vereinbarung</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>TOP hinzufügen</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <source>Notizen jetzt speichern</source>
        <translation>Save notes now</translation>
    </message>
    <message>
        <source>Zwischen Tagesordnung und Notizen wechseln</source>
        <translation>Switch between agenda and notes</translation>
    </message>
    <message>
        <source>Notizen speichern sich selbst. Alt+↓/Alt+↑: nächster/vorheriger TOP · Strg+Umschalt+B: Anliegen · Strg+Umschalt+A: Aufgabe · Strg+Umschalt+V: Vereinbarung</source>
        <translation>Notes save themselves. Alt+↓/Alt+↑: next/previous item · Ctrl+Shift+B: concern · Ctrl+Shift+A: task · Ctrl+Shift+V: agreement</translation>
    </message>
    <message>
        <source>Protokoll abgeschlossen – es wartet auf die Genehmigung in der nächsten Sitzung. Zum Ändern „Wieder öffnen“.</source>
        <translation>Minutes finalized – they await approval at the next meeting. To change them, “Reopen”.</translation>
    </message>
    <message>
        <source>Genehmigt in der Sitzung vom {date} und gesperrt. Korrekturen nur als protokollierte Änderung ({n} bisher).</source>
        <translation>Approved at the meeting of {date} and locked. Corrections only as recorded amendments ({n} so far).</translation>
    </message>
    <message>
        <source>1 protokollierte Änderung</source>
        <translation>1 recorded amendment</translation>
    </message>
    <message>
        <source>{n} protokollierte Änderungen</source>
        <translation>{n} recorded amendments</translation>
    </message>
    <message>
        <source>Diese Sitzung ist gelöscht. „Rückgängig“ (Strg+Z) holt sie zurück.</source>
        <translation>This meeting has been deleted. “Undo” (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Keine protokollierten Änderungen</source>
        <translation>No recorded amendments</translation>
    </message>
    <message>
        <source>Änderungen ({n})</source>
        <translation>Amendments ({n})</translation>
    </message>
    <message>
        <source>Das genehmigte Protokoll bleibt unverändert; Korrekturen stehen hier.</source>
        <translation>The approved minutes stay unchanged; corrections are listed here.</translation>
    </message>
    <message>
        <source>Änderungen werden erst nach der Genehmigung protokolliert; bis dahin wird das Protokoll direkt korrigiert.</source>
        <translation>Amendments are recorded only after approval; until then the minutes are corrected directly.</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <source>Sitzungen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Sitzung planen …</source>
        <translation>Schedule meeting …</translation>
    </message>
    <message>
        <source>Gremien und Mitglieder …</source>
        <translation>Bodies and members …</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gewählte Sitzung öffnen (Eingabe)</source>
        <translation>Open the selected meeting (Enter)</translation>
    </message>
    <message>
        <source>← Alle Sitzungen</source>
        <translation>← All meetings</translation>
    </message>
    <message>
        <source>Zurück zur Liste (Alt+Pos1)</source>
        <translation>Back to the list (Alt+Home)</translation>
    </message>
    <message>
        <source>{n} Sitzungen</source>
        <translation>{n} meetings</translation>
    </message>
    <message>
        <source>1 Sitzung</source>
        <translation>1 meeting</translation>
    </message>
    <message>
        <source>Treffer nicht mehr vorhanden: inzwischen gelöscht (bitte erneut suchen).</source>
        <translation>Hit no longer available: deleted in the meantime (please search again).</translation>
    </message>
    <message>
        <source>Sitzung planen: Dieses Gebiet hat noch kein Gremium („Gremien und Mitglieder …“).</source>
        <translation>Schedule meeting: this area has no body yet (“Bodies and members …”).</translation>
    </message>
    <message>
        <source>Sitzung planen: {m}</source>
        <translation>Schedule meeting: {m}</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Notizen gefunden ({meetings}): beim Öffnen der Sitzung können sie übernommen werden.</source>
        <translation>Unsaved notes found ({meetings}): they can be restored when the meeting is opened.</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>TOPs</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>MeetingWrites</name>
    <message>
        <source>Inzwischen von jemand anderem geändert: bitte neu laden (F5) und noch einmal versuchen.</source>
        <translation>Changed by someone else meanwhile: please reload (F5) and try again.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>durchgeführt</source>
        <translation>held</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>finalized</translation>
    </message>
    <message>
        <source>genehmigt</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>Vorsitz</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>stellv. Vorsitz</source>
        <translation>deputy chair</translation>
    </message>
    <message>
        <source>stimmberechtigtes Mitglied</source>
        <translation>voting member</translation>
    </message>
    <message>
        <source>Vertretung</source>
        <translation>substitute</translation>
    </message>
    <message>
        <source>beratendes Mitglied</source>
        <translation>advisory member</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>minute-taker</translation>
    </message>
    <message>
        <source>Gast</source>
        <translation>guest</translation>
    </message>
    <message>
        <source>Eröffnung</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Protokollgenehmigung</source>
        <translation>Approval of minutes</translation>
    </message>
    <message>
        <source>Offene Aufgaben</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Anträge</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Verlängerungen</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Evaluationen</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Verschiedenes</source>
        <translation>Other business</translation>
    </message>
    <message>
        <source>anwesend</source>
        <translation>present</translation>
    </message>
    <message>
        <source>entschuldigt</source>
        <translation>excused</translation>
    </message>
    <message>
        <source>abwesend</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in Bearbeitung</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>aufgegriffen</source>
        <translation>taken up</translation>
    </message>
    <message>
        <source>nicht weiter verfolgt</source>
        <translation>not pursued</translation>
    </message>
    <message>
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Eingereicht</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Im Sozialraumteam beraten</source>
        <translation>Discussed in the social space team</translation>
    </message>
    <message>
        <source>Auf Tagesordnung der Lenkungsgruppe</source>
        <translation>On the steering group&apos;s agenda</translation>
    </message>
    <message>
        <source>Befürwortet</source>
        <translation>Endorsed</translation>
    </message>
    <message>
        <source>Befürwortet mit Auflagen</source>
        <translation>Endorsed with conditions</translation>
    </message>
    <message>
        <source>Abgelehnt</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Vertagt</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Zurückgezogen</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Laufend</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Evaluation fällig</source>
        <translation>Evaluation due</translation>
    </message>
    <message>
        <source>Evaluiert</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Abgeschlossen</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Archiviert</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Vertritt</source>
        <translation>Substitutes for</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Bis</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Frühere Mitglieder ({n})</source>
        <translation>Former members ({n})</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Mitgliedschaft bearbeiten</source>
        <translation>Edit membership</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Vertritt</source>
        <translation>Substitutes for</translation>
    </message>
    <message>
        <source>– niemanden –</source>
        <translation>– nobody –</translation>
    </message>
    <message>
        <source>Mitglied von</source>
        <translation>Member from</translation>
    </message>
    <message>
        <source>Mitglied bis</source>
        <translation>Member until</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Eine Person hat je Gremium und Zeitraum nur einen Sitz; ein Wechsel der Rolle wird hier eingetragen.</source>
        <translation>A person holds only one seat per body and period; a change of role is entered here.</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Bis</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>MoneyBox</name>
    <message>
        <source>Aufteilung auf Haushaltsjahre, Auszahlungen und Rückflüsse gibt es nach einem positiven Beschluss der Lenkungsgruppe.</source>
        <translation>The split across budget years, payments and repayments become available after a positive decision of the steering group.</translation>
    </message>
    <message>
        <source>&amp;Aufteilung auf Haushaltsjahre …</source>
        <translation>&amp;Split across budget years …</translation>
    </message>
    <message>
        <source>Aufteilung auf Haushaltsjahre</source>
        <translation>Split across budget years</translation>
    </message>
    <message>
        <source>Aus&amp;zahlung buchen …</source>
        <translation>Book &amp;payment …</translation>
    </message>
    <message>
        <source>Auszahlung buchen</source>
        <translation>Book payment</translation>
    </message>
    <message>
        <source>&amp;Rückfluss buchen …</source>
        <translation>Book &amp;repayment …</translation>
    </message>
    <message>
        <source>Rückfluss buchen</source>
        <translation>Book repayment</translation>
    </message>
    <message>
        <source>Haushaltsjahr</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <source>Beschlossen</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Ausgezahlt</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Rückflüsse</source>
        <translation>Repaid</translation>
    </message>
    <message>
        <source>Summe</source>
        <translation>Sum</translation>
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
        <translation>&amp;Rostock default: 4 regional areas (working titles), 21 social spaces, 31 quarters, bodies</translation>
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
    <name>NotesAutosave</name>
    <message>
        <source>Notizen nicht gespeichert: {error}</source>
        <translation>Notes not saved: {error}</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Protokoll genehmigen</source>
        <translation>Approve minutes</translation>
    </message>
    <message>
        <source>Notizen zum TOP</source>
        <translation>Notes on the agenda item</translation>
    </message>
    <message>
        <source>Meine Fassung speichern</source>
        <translation>Save my version</translation>
    </message>
    <message>
        <source>Andere Fassung übernehmen</source>
        <translation>Take the other version</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Aufgabe</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Neu:</source>
        <translation>New:</translation>
    </message>
    <message>
        <source>Ergebnisse zu diesem TOP</source>
        <translation>Results of this agenda item</translation>
    </message>
    <message>
        <source>Eingabe: bearbeiten · Entf: löschen · Leertaste: Aufgabe erledigt</source>
        <translation>Enter: edit · Del: delete · Space: task done</translation>
    </message>
    <message>
        <source>Bearbeiten</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Kein TOP gewählt</source>
        <translation>No agenda item selected</translation>
    </message>
    <message>
        <source>TOP {number}</source>
        <translation>Item {number}</translation>
    </message>
    <message>
        <source>öffentlich</source>
        <translation>public</translation>
    </message>
    <message>
        <source>nicht öffentlich</source>
        <translation>not public</translation>
    </message>
    <message>
        <source>{n} Min. geplant</source>
        <translation>{n} min planned</translation>
    </message>
    <message>
        <source>Ergebnis: {text}</source>
        <translation>Result: {text}</translation>
    </message>
    <message>
        <source>Ergebnisse dieses TOPs notieren (Ergebnisprotokoll, keine Namen von Bewohner*innen) …</source>
        <translation>Note the results of this agenda item (results only, no names of residents) …</translation>
    </message>
    <message>
        <source>Keine Notizen zu diesem TOP.</source>
        <translation>No notes on this agenda item.</translation>
    </message>
    <message>
        <source>Gespeichert {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>Speichert …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Nicht gespeichert …</source>
        <translation>Not saved …</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Budget überschreiten?</source>
        <translation>Exceed the budget?</translation>
    </message>
    <message>
        <source>Budgetüberschreitung zulassen</source>
        <translation>Allow budget overrun</translation>
    </message>
    <message>
        <source>Nur der Vorsitz (oder die Stellvertretung) der Lenkungsgruppe kann eine Überschreitung ausdrücklich zulassen. Begründung und Name werden im Haushaltsbuch und im Änderungsprotokoll vermerkt.</source>
        <translation>Only the chair (or the deputy chair) of the steering group can explicitly allow an overrun. The reason and the name are recorded in the budget ledger and in the change log.</translation>
    </message>
    <message>
        <source>Genehmigt von</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Begründung der Überschreitung</source>
        <translation>Reason for the overrun</translation>
    </message>
    <message>
        <source>Warum darf das Budget überschritten werden?</source>
        <translation>Why may the budget be exceeded?</translation>
    </message>
    <message>
        <source>Genehmigt von:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>Begründung:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Überschreitung zulassen</source>
        <translation>Allow overrun</translation>
    </message>
    <message>
        <source>Vorsitz: Für diese Lenkungsgruppe ist kein Vorsitz eingetragen; ohne Vorsitz ist keine Überschreitung möglich.</source>
        <translation>Chair: no chair is recorded for this steering group; without a chair no overrun is possible.</translation>
    </message>
    <message>
        <source>Begründung: Bitte eine Begründung eingeben (Pflichtfeld).</source>
        <translation>Reason: please enter a reason (required).</translation>
    </message>
</context>
<context>
    <name>OwnerBox</name>
    <message>
        <source>Person, Organisation oder Text</source>
        <translation>Person, organization or text</translation>
    </message>
</context>
<context>
    <name>PeriodKind</name>
    <message>
        <source>Erstbewilligung</source>
        <translation>Initial approval</translation>
    </message>
    <message>
        <source>Verlängerung</source>
        <translation>Extension</translation>
    </message>
</context>
<context>
    <name>Principle</name>
    <message>
        <source>Wille und Interessen</source>
        <translation>Will and interests</translation>
    </message>
    <message>
        <source>Aktivierung vor Betreuung</source>
        <translation>Activation before care</translation>
    </message>
    <message>
        <source>Ressourcen</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Zielgruppen- und bereichsübergreifend</source>
        <translation>Across target groups and fields</translation>
    </message>
    <message>
        <source>Vernetzung und Integration</source>
        <translation>Networking and integration</translation>
    </message>
    <message>
        <source>Ausgangspunkt jeglicher Arbeit sind der Wille bzw. die Interessen der Menschen.</source>
        <translation>The starting point of all work is the will or the interests of the people.</translation>
    </message>
    <message>
        <source>Aktivierende Arbeit hat grundsätzlich Vorrang vor betreuender Tätigkeit.</source>
        <translation>Activating work always takes precedence over care.</translation>
    </message>
    <message>
        <source>Bei der Gestaltung der Aktivitäten und Hilfen spielen personale und sozialräumliche Ressourcen eine wesentliche Rolle.</source>
        <translation>Personal and social space resources play an essential role in shaping activities and support.</translation>
    </message>
    <message>
        <source>Aktivitäten sind immer zielgruppen- und bereichsübergreifend angelegt.</source>
        <translation>Activities are always designed across target groups and fields.</translation>
    </message>
    <message>
        <source>Vernetzung und Integration der verschiedenen sozialen Dienste sind Grundlage für funktionierende Einzelhilfen.</source>
        <translation>Networking and integration of the various social services are the basis for effective individual support.</translation>
    </message>
    <message>
        <source>Die Bewertungen sind eine Empfehlung für die Beratung in der Lenkungsgruppe. Sie entscheiden nichts: Über die Maßnahme beschließt allein die Lenkungsgruppe.</source>
        <translation>The reviews are a recommendation for the discussion in the steering group. They decide nothing: only the steering group decides on the measure.</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Neuen Träger anlegen</source>
        <translation>Create new provider</translation>
    </message>
    <message>
        <source>anerkannt nach § 75 SGB VIII</source>
        <translation>recognized under § 75 SGB VIII</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rechtsform</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Anerkennung</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Nicht gespeicherte Notizen</source>
        <translation>Unsaved notes</translation>
    </message>
    <message>
        <source>Zu {item} ({meeting}) gibt es Notizen, die am {when} Uhr nicht in der Datenbank gespeichert werden konnten. Eine Kopie liegt auf diesem Rechner.</source>
        <translation>For {item} ({meeting}) there are notes that could not be saved to the database on {when}. A copy is kept on this computer.</translation>
    </message>
    <message>
        <source>Achtung: Die gespeicherte Fassung wurde geändert, nachdem die Kopie entstand. „Kopie übernehmen“ ersetzt sie; vorher ggf. Teile kopieren.</source>
        <translation>Caution: the saved version was changed after the copy was made. “Use copy” replaces it; copy any parts you need first.</translation>
    </message>
    <message>
        <source>Gespeicherte Fassung</source>
        <translation>Saved version</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Kopie</source>
        <translation>Unsaved copy</translation>
    </message>
    <message>
        <source>Gespeichert (Datenbank):</source>
        <translation>Saved (database):</translation>
    </message>
    <message>
        <source>Nicht gespeichert (Kopie vom {when} Uhr):</source>
        <translation>Not saved (copy of {when}):</translation>
    </message>
    <message>
        <source>Kopie übernehmen</source>
        <translation>Use copy</translation>
    </message>
    <message>
        <source>Die nicht gespeicherte Kopie wird zu den Notizen dieses Tagesordnungspunkts.</source>
        <translation>The unsaved copy becomes the notes of this agenda item.</translation>
    </message>
    <message>
        <source>Kopie in die Zwischenablage</source>
        <translation>Copy to clipboard</translation>
    </message>
    <message>
        <source>Kopie verwerfen</source>
        <translation>Discard copy</translation>
    </message>
    <message>
        <source>Die lokale Kopie wird gelöscht; die gespeicherte Fassung bleibt, wie sie ist.</source>
        <translation>The local copy is deleted; the saved version stays as it is.</translation>
    </message>
    <message>
        <source>Später</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Nichts ändern; beim nächsten Öffnen der Sitzung wieder fragen.</source>
        <translation>Change nothing; ask again the next time the meeting is opened.</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <source>einem gelöschten Tagesordnungspunkt</source>
        <translation>a deleted agenda item</translation>
    </message>
    <message>
        <source>Der Tagesordnungspunkt wurde gelöscht: Die Kopie kann nur noch kopiert oder verworfen werden.</source>
        <translation>The agenda item was deleted: the copy can only be copied or discarded.</translation>
    </message>
    <message>
        <source>Das Protokoll ist genehmigt und gesperrt: Die Kopie kann nur noch kopiert und als protokollierte Änderung eingetragen werden.</source>
        <translation>The minutes are approved and locked: the copy can only be copied and entered as a recorded amendment.</translation>
    </message>
    <message>
        <source>Das Protokoll ist abgeschlossen: Zum Übernehmen erst „Wieder öffnen“ und die Sitzung dann erneut öffnen.</source>
        <translation>The minutes are closed: to use the copy, first “Reopen” them, then open the meeting again.</translation>
    </message>
    <message>
        <source>TOP {number} {title}</source>
        <translation>Item {number} {title}</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Kopie verworfen.</source>
        <translation>Unsaved copy discarded.</translation>
    </message>
    <message>
        <source>Kopie nicht übernommen: {m} (die Kopie bleibt erhalten)</source>
        <translation>Copy not used: {m} (the copy is kept)</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Notizen übernommen.</source>
        <translation>Unsaved notes restored.</translation>
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
    <name>ResultActions</name>
    <message>
        <source>Anliegen</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Aufgaben</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Vereinbarungen</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Aufgaben ({n}, {o} überfällig)</source>
        <translation>Tasks ({n}, {o} overdue)</translation>
    </message>
    <message>
        <source>Vereinbarung: Protokoll gesperrt (Korrekturen nur als protokollierte Änderung)</source>
        <translation>Agreement: minutes locked (corrections only as a recorded amendment)</translation>
    </message>
    <message>
        <source>Anliegen ändern</source>
        <translation>Change concern</translation>
    </message>
    <message>
        <source>Aufgabe ändern</source>
        <translation>Change task</translation>
    </message>
    <message>
        <source>Vereinbarung ändern</source>
        <translation>Change agreement</translation>
    </message>
    <message>
        <source>Löschen: Protokoll gesperrt</source>
        <translation>Delete: minutes locked</translation>
    </message>
    <message>
        <source>Anliegen löschen</source>
        <translation>Delete concern</translation>
    </message>
    <message>
        <source>Aufgabe löschen</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>Vereinbarung löschen</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <source>Aufgabe erledigt</source>
        <translation>Task done</translation>
    </message>
    <message>
        <source>Aufgabe wieder offen</source>
        <translation>Task open again</translation>
    </message>
    <message>
        <source>Maßnahme verknüpfen</source>
        <translation>Link measure</translation>
    </message>
    <message>
        <source>Verknüpfung lösen</source>
        <translation>Unlink</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Neues Anliegen</source>
        <translation>New concern</translation>
    </message>
    <message>
        <source>Neue Aufgabe</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Neue Vereinbarung</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>z. B. Jugendliche 14–18, Familien</source>
        <translation>e.g. young people 14–18, families</translation>
    </message>
    <message>
        <source>ohne Frist</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Anliegen bearbeiten</source>
        <translation>Edit concern</translation>
    </message>
    <message>
        <source>Aufgabe bearbeiten</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>Vereinbarung bearbeiten</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Bis wann</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>erledigt am</source>
        <translation>done on</translation>
    </message>
    <message>
        <source>Erledigt am</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>der Status</source>
        <translation>the status</translation>
    </message>
    <message>
        <source>„erledigt“</source>
        <translation>“done”</translation>
    </message>
    <message>
        <source>Das Protokoll ist abgeschlossen oder genehmigt: nur {what} lässt sich noch ändern.</source>
        <translation>The minutes are finalized or approved: only {what} can still be changed.</translation>
    </message>
    <message>
        <source>(anderes Gebiet)</source>
        <translation>(other area)</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>{label}: fehlt (Pflichtfeld)</source>
        <translation>{label}: missing (required)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Nur die Einträge des gewählten TOP zeigen</source>
        <translation>Show only the entries of the selected item</translation>
    </message>
    <message>
        <source>Neu …</source>
        <translation>New …</translation>
    </message>
    <message>
        <source>Unter dem gewählten TOP notieren (Einfg)</source>
        <translation>Note under the selected agenda item (Ins)</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Gewählten Eintrag bearbeiten (Eingabe, F2)</source>
        <translation>Edit the selected entry (Enter, F2)</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Gewählten Eintrag löschen (Entf; rückgängig mit Strg+Z)</source>
        <translation>Delete the selected entry (Del; undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Bearbeiten</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Nur TOP {n}</source>
        <translation>Item {n} only</translation>
    </message>
    <message>
        <source>Nur gewählter TOP</source>
        <translation>Selected item only</translation>
    </message>
    <message>
        <source>Unter diesem TOP ist nichts notiert.</source>
        <translation>Nothing is noted under this agenda item.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>erledigt am {d}</source>
        <translation>done on {d}</translation>
    </message>
    <message>
        <source>bis {d}</source>
        <translation>due {d}</translation>
    </message>
    <message>
        <source>{due} – überfällig</source>
        <translation>{due} – overdue</translation>
    </message>
    <message>
        <source>Offene Aufgabe</source>
        <translation>Open task</translation>
    </message>
    <message>
        <source>Zielgruppe: {g}</source>
        <translation>Target group: {g}</translation>
    </message>
    <message>
        <source>{n} Maßnahme(n) verknüpft</source>
        <translation>{n} measure(s) linked</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Aufgabe</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Änderung</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>protokolliert am {d} von {u}</source>
        <translation>recorded on {d} by {u}</translation>
    </message>
</context>
<context>
    <name>RetireBodyDialog</name>
    <message>
        <source>Gremium außer Dienst stellen</source>
        <translation>Retire body</translation>
    </message>
    <message>
        <source>Außer Dienst ab</source>
        <translation>Retired as of</translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Das Gremium bekommt keine neuen Sitzungen mehr. Seine Sitzungen und Protokolle bleiben in den Listen und in der Suche; „Wieder in Dienst stellen“ macht es rückgängig.</source>
        <translation>The body gets no new meetings. Its meetings and minutes stay in the lists and in the search; “Return to service” undoes this.</translation>
    </message>
    <message>
        <source>Außer Dienst stellen</source>
        <translation>Retire</translation>
    </message>
</context>
<context>
    <name>SearchGroup</name>
    <message>
        <source>Protokolle</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Aufgaben</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source> – {n} gezeigt</source>
        <translation> – {n} shown</translation>
    </message>
    <message>
        <source>Mehr anzeigen ({n} weitere von {total})</source>
        <translation>Show more ({n} more of {total})</translation>
    </message>
    <message>
        <source>Die nächsten Treffer dieser Gruppe laden (Eingabe oder Klick)</source>
        <translation>Load the next hits of this group (Enter or click)</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Änderung zum Protokoll</source>
        <translation>Amendment to the minutes</translation>
    </message>
    <message>
        <source>Zielgruppe: </source>
        <translation>Target group: </translation>
    </message>
    <message>
        <source>erledigt {date}</source>
        <translation>done {date}</translation>
    </message>
    <message>
        <source>bis {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>TOP {number}</source>
        <translation>Item {number}</translation>
    </message>
</context>
<context>
    <name>SetBudgetDialog</name>
    <message>
        <source>Budget festlegen</source>
        <translation>Set budget</translation>
    </message>
    <message>
        <source>{region} – Haushaltsjahr {year}</source>
        <translation>{region} – budget year {year}</translation>
    </message>
    <message>
        <source>Zugewiesenes Budget in Euro</source>
        <translation>Allocated budget in euros</translation>
    </message>
    <message>
        <source>Notiz zur Änderung</source>
        <translation>Note on the change</translation>
    </message>
    <message>
        <source>z. B. Beschluss des Jugendhilfeausschusses vom …</source>
        <translation>e.g. decision of the youth welfare committee of …</translation>
    </message>
    <message>
        <source>Bisher zugewiesen:</source>
        <translation>Allocated so far:</translation>
    </message>
    <message>
        <source>Neues Budget (€):</source>
        <translation>New budget (€):</translation>
    </message>
    <message>
        <source>Notiz:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Rest übertragen erlaubt</source>
        <translation>Carry-over of the remainder allowed</translation>
    </message>
    <message>
        <source>Rest ins Folgejahr übertragen erlaubt</source>
        <translation>Carrying the remainder over to the next year allowed</translation>
    </message>
    <message>
        <source>Erlaubt „Rest übertragen…“: Der verfügbare Rest eines Haushaltsjahres darf ins Folgejahr übertragen werden.</source>
        <translation>Allows “Carry over remainder…”: the available remainder of a budget year may be carried over to the next year.</translation>
    </message>
    <message>
        <source>Gilt für alle Regionalräume und Haushaltsjahre dieser Datenbank; jede Änderung steht im Änderungsprotokoll.</source>
        <translation>Applies to all regional areas and budget years of this database; every change is in the change log.</translation>
    </message>
    <message>
        <source>Einstellung:</source>
        <translation>Setting:</translation>
    </message>
    <message>
        <source>Bisherige Änderungen</source>
        <translation>Previous changes</translation>
    </message>
    <message>
        <source>Festlegen</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Bisherige Änderungen:</source>
        <translation>Previous changes:</translation>
    </message>
    <message>
        <source>Neues Budget</source>
        <translation>New budget</translation>
    </message>
    <message>
        <source>Neues Budget: Der Betrag darf nicht negativ sein.</source>
        <translation>New budget: the amount must not be negative.</translation>
    </message>
    <message>
        <source>Notiz: Bitte angeben, warum das Budget festgelegt wird (Pflichtfeld).</source>
        <translation>Note: please state why the budget is being set (required).</translation>
    </message>
    <message>
        <source>Neues Budget: unverändert.</source>
        <translation>New budget: unchanged.</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Aufteilung auf Haushaltsjahre</source>
        <translation>Split across budget years</translation>
    </message>
    <message>
        <source>Förderzeitraum</source>
        <translation>Funding period</translation>
    </message>
    <message>
        <source>Differenz zum Betrag</source>
        <translation>Difference from the amount</translation>
    </message>
    <message>
        <source>Fehler der Aufteilung</source>
        <translation>Error in the split</translation>
    </message>
    <message>
        <source>Hinweis zur Aufteilung</source>
        <translation>Note on the split</translation>
    </message>
    <message>
        <source>Aufteilung &amp;speichern</source>
        <translation>&amp;Save split</translation>
    </message>
    <message>
        <source>Aufteilung speichern</source>
        <translation>Save split</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Anteilig zurücksetzen</source>
        <translation>&amp;Reset to pro rata</translation>
    </message>
    <message>
        <source>Anteilig zurücksetzen</source>
        <translation>Reset to pro rata</translation>
    </message>
    <message>
        <source>Setzt alle Jahre auf die Aufteilung nach Monaten.</source>
        <translation>Sets all years back to the split by months.</translation>
    </message>
    <message>
        <source>&amp;Förderzeitraum:</source>
        <translation>&amp;Funding period:</translation>
    </message>
    <message>
        <source>Haushalts-
jahr</source>
        <translation>Budget
year</translation>
    </message>
    <message>
        <source>Monate</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Anteilig
nach Monaten</source>
        <translation>Pro rata
by months</translation>
    </message>
    <message>
        <source>Gebunden
(gebucht)</source>
        <translation>Committed
(booked)</translation>
    </message>
    <message>
        <source>Aufteilung
von Hand (€)</source>
        <translation>Split
by hand (€)</translation>
    </message>
    <message>
        <source>Anteil {year} in Euro</source>
        <translation>Share {year} in euros</translation>
    </message>
    <message>
        <source>{months} Monate; anteilig {pro_rata}; gebunden {booked}</source>
        <translation>{months} months; pro rata {pro_rata}; committed {booked}</translation>
    </message>
    <message>
        <source>Summe</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Summe der Aufteilung</source>
        <translation>Sum of the split</translation>
    </message>
    <message>
        <source>Der Zeitraum liegt ganz im Haushaltsjahr {year}; es gibt nichts aufzuteilen.</source>
        <translation>The period lies entirely in the budget year {year}; there is nothing to split.</translation>
    </message>
    <message>
        <source>Regel: anteilig nach Monaten, ein angebrochener Monat mit dem Anteil seiner Tage. Eine Aufteilung von Hand ersetzt die Regel für diesen Zeitraum.</source>
        <translation>Rule: pro rata by months, a partial month by the share of its days. A split by hand replaces the rule for this period.</translation>
    </message>
    <message>
        <source>Noch keine Vereinbarung: Die Aufteilung gilt für den Zeitraum und Betrag der Maßnahme (beschlossen, sonst beantragt).</source>
        <translation>No agreement yet: the split applies to the measure&apos;s period and amount (decided, otherwise requested).</translation>
    </message>
    <message>
        <source>„Gebunden“ zeigt die ganze Maßnahme im Haushaltsjahr (alle Förderzeiträume).</source>
        <translation>“Committed” shows the whole measure in the budget year (all funding periods).</translation>
    </message>
    <message>
        <source>Schon gebuchtes Geld (Spalte „Gebunden“) wird nicht umgebucht; die Aufteilung gilt für die nächsten Buchungen dieses Zeitraums (Beschluss, Vereinbarung). Gebuchtes ändert „Korrektur buchen…“ in den Buchungen.</source>
        <translation>Money already booked (column “Committed”) is not rebooked; the split applies to the next entries of this period (decision, agreement). To change booked money, use “Book correction…” in the entries.</translation>
    </message>
    <message>
        <source>Anteil {year}</source>
        <translation>Share {year}</translation>
    </message>
    <message>
        <source>{field}: Der Anteil darf nicht negativ sein.</source>
        <translation>{field}: the share must not be negative.</translation>
    </message>
    <message>
        <source>des Zeitraums</source>
        <translation>of the period</translation>
    </message>
    <message>
        <source>der Maßnahme</source>
        <translation>of the measure</translation>
    </message>
    <message>
        <source>Betrag {what}: {amount} · Differenz: {gap}</source>
        <translation>Amount {what}: {amount} · difference: {gap}</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Aufgaben der Sitzung</source>
        <translation>Tasks of the meeting</translation>
    </message>
    <message>
        <source>Noch keine Aufgaben notiert (Strg+Umschalt+A in den Notizen).</source>
        <translation>No tasks noted yet (Ctrl+Shift+A in the notes).</translation>
    </message>
    <message>
        <source>Erledigt umschalten</source>
        <translation>Toggle done</translation>
    </message>
    <message>
        <source>Leertaste: erledigt / wieder offen · Eingabe: bearbeiten</source>
        <translation>Space: done / open again · Enter: edit</translation>
    </message>
    <message>
        <source>1 Aufgabe</source>
        <translation>1 task</translation>
    </message>
    <message>
        <source>{n} Aufgaben</source>
        <translation>{n} tasks</translation>
    </message>
    <message>
        <source>{n} offen</source>
        <translation>{n} open</translation>
    </message>
    <message>
        <source>{n} überfällig</source>
        <translation>{n} overdue</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>TOP</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Aufgabe</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Bis</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>{d} – überfällig</source>
        <translation>{d} – overdue</translation>
    </message>
</context>
<context>
    <name>WhatIfBox</name>
    <message>
        <source>Was wäre, wenn … (nächste Lenkungsgruppe)</source>
        <translation>What if … (next steering group)</translation>
    </message>
    <message>
        <source>Anträge der nächsten Sitzung</source>
        <translation>Applications of the next meeting</translation>
    </message>
    <message>
        <source>Rot: überzieht allein · Gelb: überzieht mit den Anträgen darüber</source>
        <translation>Red: overdraws on its own · Yellow: overdraws together with the applications above</translation>
    </message>
    <message>
        <source>Verfügbar bleiben {amount}.</source>
        <translation>{amount} remain available.</translation>
    </message>
    <message>
        <source>Nächste Sitzungen: {list}</source>
        <translation>Next meetings: {list}</translation>
    </message>
    <message>
        <source>Für diese Sitzung stehen keine offenen Anträge mit Geld für {year} auf der Tagesordnung.</source>
        <translation>There are no open applications with money for {year} on the agenda of this meeting.</translation>
    </message>
    <message>
        <source>Keine offenen Anträge für {year}: Es ist keine Sitzung der Lenkungsgruppe geplant und kein Antrag steht auf der Tagesordnung.</source>
        <translation>No open applications for {year}: no steering group meeting is scheduled and no application is on the agenda.</translation>
    </message>
    <message>
        <source>Keine Sitzung geplant: Anträge mit dem Status „auf Tagesordnung“.</source>
        <translation>No meeting scheduled: applications with the status “on the agenda”.</translation>
    </message>
    <message>
        <source>Wenn alle {count} Anträge befürwortet werden, ist das Budget um {over} überzogen (verfügbar jetzt {now}, benötigt {needed}).</source>
        <translation>If all {count} applications are endorsed, the budget is overdrawn by {over} (available now {now}, needed {needed}).</translation>
    </message>
    <message>
        <source>Wenn alle {count} Anträge befürwortet werden, bleiben {after} verfügbar (jetzt {now}, benötigt {needed}).</source>
        <translation>If all {count} applications are endorsed, {after} remain available (now {now}, needed {needed}).</translation>
    </message>
    <message>
        <source>1 Antrag überzieht das Budget schon allein.</source>
        <translation>1 application overdraws the budget on its own.</translation>
    </message>
    <message>
        <source>{count} Anträge überziehen das Budget schon allein.</source>
        <translation>{count} applications overdraw the budget on their own.</translation>
    </message>
    <message>
        <source>Lenkungsgruppe am {date}</source>
        <translation>Steering group on {date}</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <source>TOP</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Antrag</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Benötigt</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>Anteil des beantragten Betrags im gewählten Haushaltsjahr</source>
        <translation>Share of the requested amount in the selected budget year</translation>
    </message>
    <message>
        <source>Danach verfügbar
(nur dieser)</source>
        <translation>Then available
(this one only)</translation>
    </message>
    <message>
        <source>Danach verfügbar
(mit allen darüber)</source>
        <translation>Then available
(with all above)</translation>
    </message>
    <message>
        <source>Tagesordnungspunkt der nächsten Sitzung</source>
        <translation>Agenda item of the next meeting</translation>
    </message>
    <message>
        <source>Verfügbar, wenn nur dieser Antrag befürwortet wird (rot: überzogen)</source>
        <translation>Available if only this application is endorsed (red: overdrawn)</translation>
    </message>
    <message>
        <source>Verfügbar, wenn dieser Antrag und alle Anträge darüber befürwortet werden (gelb: dann überzogen)</source>
        <translation>Available if this application and all applications above are endorsed (yellow: then overdrawn)</translation>
    </message>
    <message>
        <source>Alle {count} Anträge</source>
        <translation>All {count} applications</translation>
    </message>
    <message>
        <source>Verfügbar jetzt {now}; wenn alle Anträge befürwortet werden: {after}.</source>
        <translation>Available now {now}; if all applications are endorsed: {after}.</translation>
    </message>
    <message>
        <source>{number}: benötigt im Haushaltsjahr {needed}.</source>
        <translation>{number}: needs {needed} in the budget year.</translation>
    </message>
    <message>
        <source>Verfügbar, wenn nur dieser Antrag befürwortet wird: {amount}.</source>
        <translation>Available if only this application is endorsed: {amount}.</translation>
    </message>
    <message>
        <source>Verfügbar, wenn auch alle Anträge darüber befürwortet werden: {amount}.</source>
        <translation>Available if all applications above are endorsed too: {amount}.</translation>
    </message>
    <message>
        <source>Dieser Antrag allein überzieht das Budget um {amount}.</source>
        <translation>This application alone overdraws the budget by {amount}.</translation>
    </message>
    <message>
        <source>Zusammen mit den Anträgen darüber überzieht er das Budget um {amount}.</source>
        <translation>Together with the applications above it overdraws the budget by {amount}.</translation>
    </message>
    <message>
        <source>auf Tagesordnung (ohne Termin)</source>
        <translation>on the agenda (no date)</translation>
    </message>
    <message>
        <source>Laufzeit fehlt</source>
        <translation>Period missing</translation>
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
    <name>window</name>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Sitzungen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
</TS>
