"""Pools of German texts for demo meetings and measures: concerns, titles, plans, reasons.

Placeholders: ``{ort}`` a local place with preposition ("am Dänenberg"), ``{in_sr}`` the
Sozialraum with preposition ("in Groß Klein"), ``{sr}`` its name, ``{date}`` a German date.
"""

from __future__ import annotations

# (concern, target group, measure title ideas that answer it)
CONCERNS = (
    ("Fehlende Treffpunkte für Jugendliche am Abend {ort}", "Jugendliche 14–18 Jahre",
     ("Offener Abendtreff für Jugendliche {ort}", "Mobile Jugendarbeit {ort}")),
    ("Jugendliche halten sich abends an der Haltestelle {ort} auf, Anwohnende fühlen sich "
     "gestört", "Jugendliche 13–17 Jahre",
     ("Streetwork an Wochenenden {ort}", "Mobile Jugendarbeit {ort}")),
    ("Eltern wünschen Unterstützung bei den Hausaufgaben ihrer Kinder", "Familien mit "
     "Grundschulkindern", ("Hausaufgabenhilfe und Lernwerkstatt {ort}",
                           "Lernpat*innen für Grundschulkinder {in_sr}")),
    ("Zu wenige Angebote für Mädchen im Stadtteil", "Mädchen 10–16 Jahre",
     ("Mädchenzeit – Treffpunkt für Mädchen {in_sr}", "Mädchensport am Nachmittag {ort}")),
    ("Alleinerziehende fühlen sich mit Behördenpost allein gelassen", "Alleinerziehende",
     ("Elterncafé mit Behördenlots*innen {in_sr}", "Familienlotsen {in_sr}")),
    ("Der Spielplatz {ort} ist verwahrlost und wird kaum genutzt", "Familien mit Kindern "
     "bis 10 Jahre", ("Spielplatzpatenschaft und Spielmobil {ort}",
                      "Kinder planen ihren Spielplatz {ort}")),
    ("Kinder verbringen die Ferien überwiegend vor Bildschirmen", "Kinder 6–12 Jahre",
     ("Ferienwerkstatt {in_sr}", "Natur- und Erlebnisferien {in_sr}")),
    ("Neu zugezogene Familien finden schwer Anschluss im Stadtteil", "Familien mit "
     "Migrationsgeschichte", ("Willkommenscafé für neue Nachbar*innen {in_sr}",
                              "Sprachcafé und Familienfrühstück {ort}")),
    ("Jugendliche finden nach der Schule keinen Ausbildungsplatz", "Jugendliche 15–21 Jahre",
     ("Berufsorientierung vor Ort {in_sr}", "Ausbildungslots*innen {in_sr}")),
    ("Konflikte zwischen Jugendgruppen am Einkaufszentrum {ort}", "Jugendliche 14–20 Jahre",
     ("Konfliktlotsen und Streetwork {ort}", "Fairplay-Liga {in_sr}")),
    ("Es fehlen bezahlbare Freizeitangebote für Familien am Wochenende", "Familien mit "
     "geringem Einkommen", ("Familiensonntage {in_sr}",
                            "Familienausflüge für alle {in_sr}")),
    ("Jugendliche wünschen sich einen Ort für Musik und Bandproben", "Jugendliche 13–21 Jahre",
     ("Proberaum und Musikwerkstatt {ort}", "Jugendband-Projekt {in_sr}")),
    ("Schulabsentismus nimmt zu, Eltern sind kaum erreichbar", "Schüler*innen 12–16 Jahre "
     "und Eltern", ("Schulbrücke – Elternarbeit gegen Schulabsentismus {in_sr}",
                    "Lernzeit am Nachmittag {ort}")),
    ("Kinder bewegen sich zu wenig, Sportvereine sind voll", "Kinder 6–12 Jahre",
     ("Bewegte Pause – offener Sport {ort}", "Sportmobil {in_sr}")),
    ("Junge Eltern suchen Austausch und Beratung", "Eltern mit Kindern bis 3 Jahre",
     ("Babytreff und Elternberatung {ort}", "Eltern-Kind-Gruppe {in_sr}")),
    ("Medienkonsum und Cybermobbing unter Schüler*innen", "Schüler*innen 10–15 Jahre",
     ("Medienscouts {in_sr}", "Medienwerkstatt gegen Cybermobbing {in_sr}")),
    ("Der Jugendclub {ort} hat zu kurze Öffnungszeiten", "Jugendliche 12–18 Jahre",
     ("Verlängerte Öffnungszeiten im Jugendclub {ort}", "Abendangebote im Jugendclub {ort}")),
    ("Vermüllung und Vandalismus im Wohngebiet {ort}", "Kinder, Jugendliche und Anwohnende",
     ("Stadtteilscouts – Jugendliche gestalten ihr Wohngebiet {ort}",
      "Graffiti-Projekt mit Jugendlichen {ort}")),
    ("Geflüchtete Jugendliche haben kaum Kontakt zu Gleichaltrigen", "Jugendliche 14–21 Jahre "
     "mit Fluchterfahrung", ("Begegnungsfußball {in_sr}", "Jugendtreff international {ort}")),
    ("Ältere Kinder sind nachmittags oft allein zu Hause", "Kinder 10–13 Jahre",
     ("Nachmittagstreff für Lückekinder {ort}", "Kinderclub am Nachmittag {in_sr}")),
    ("Familien wissen wenig über Angebote im Stadtteil", "Familien",
     ("Stadtteilwegweiser für Familien {in_sr}", "Familienbüro im Stadtteil {ort}")),
    ("Jugendliche wünschen mehr Mitsprache bei der Gestaltung des Stadtteils", "Jugendliche "
     "12–18 Jahre", ("Jugendbeteiligung – Stadtteilrat der Jugend {in_sr}",
                     "Jugendforum {in_sr}")),
    ("Fehlende Angebote für Jugendliche mit Behinderung", "Jugendliche mit Behinderung",
     ("Inklusiver Jugendtreff {ort}", "Inklusive Freizeitgruppe {in_sr}")),
    ("Kinder kommen ohne Frühstück in die Schule", "Grundschulkinder",
     ("Gesundes Frühstück und Kochwerkstatt {ort}", "Kochen mit Kindern {in_sr}")),
)

STT_TOPICS = (
    "Sommerfest im Stadtteil: Planung und Aufgabenverteilung",
    "Sauberkeit und Sicherheit im Wohngebiet",
    "Bericht des Ortsbeirats",
    "Umgestaltung des Spielplatzes: Stand der Planung",
    "Angebote in den Sommerferien",
    "Verkehrssicherheit auf dem Schulweg",
    "Vorstellung des neuen Jugendclub-Teams",
    "Nutzung der Grünflächen durch Jugendliche",
    "Adventsmarkt im Stadtteil",
    "Rückblick auf das Stadtteilfest",
    "Beteiligung von Kindern an der Stadtteilplanung",
    "Öffnungszeiten der Stadtteilbibliothek",
    "Neue Angebote der Familienbildung",
    "Bericht aus dem Sozialraumteam",
)

SRT_TOPICS = (
    "Bedarfe aus dem Stadtteiltisch",
    "Auswertung der Sozialraumdaten",
    "Abstimmung der Ferienangebote",
    "Fallübergreifende Themen und Netzwerkarbeit",
    "Übergänge Kita – Schule im Sozialraum",
    "Kooperation mit den Schulen",
)

TASKS = (
    "Einladung zum nächsten Stadtteiltisch an alle Einrichtungen versenden",
    "Kontakt zum Grünflächenamt wegen des Spielplatzes aufnehmen",
    "Termin mit der Wohnungsgenossenschaft zu Räumen vereinbaren",
    "Flyer für das Stadtteilfest entwerfen und verteilen",
    "Ferienangebote der Einrichtungen sammeln und veröffentlichen",
    "Anliegen an den Ortsbeirat weitergeben",
    "Bedarfsanzeige an das Sozialraumteam übermitteln",
    "Rückmeldung der Verkehrsbehörde zum Schulweg einholen",
    "Idee für einen Maßnahmeantrag mit einem Träger ausarbeiten",
    "Protokoll an die Verteilerliste versenden",
    "Gesprächsrunde mit Jugendlichen vorbereiten",
    "Raumbelegung im Begegnungszentrum klären",
    "Ergebnisse der Befragung zusammenfassen",
    "Kooperationsvereinbarung mit der Schule vorbereiten",
)

ARRANGEMENTS = (
    "Das Stadtteilfest findet am {date} statt; die Einrichtungen beteiligen sich mit Ständen.",
    "Die Einrichtungen stimmen ihre Ferienangebote bis zum {date} ab.",
    "Anliegen der Bewohner*innen werden weiter im Stadtteiltisch gesammelt und an das "
    "Sozialraumteam gegeben.",
    "Der Jugendclub öffnet probeweise auch freitags bis 21 Uhr.",
    "Eine gemeinsame Aktion „Sauberer Stadtteil“ findet am {date} statt.",
    "Die Schule stellt ihre Turnhalle einmal im Monat für offene Angebote zur Verfügung.",
    "Der nächste Stadtteiltisch lädt gezielt Jugendliche ein.",
    "Die Sozialraumkoordination lädt die Wohnungsunternehmen zum nächsten Termin ein.",
)

SUMMARIES = (
    "Das Angebot schafft einen verlässlichen Ort für {tg} {in_sr}. Die Inhalte werden mit "
    "den Teilnehmenden gemeinsam geplant.",
    "Fachkräfte des Trägers gehen zu festen Zeiten dorthin, wo sich {tg} aufhalten, und "
    "bauen Beziehungen auf.",
    "In Zusammenarbeit mit Schule, Jugendclub und Nachbarschaft entsteht ein regelmäßiges "
    "Angebot für {tg}.",
    "Das Projekt verbindet offene Treffen mit Beratung und kleinen Aktionen im Stadtteil.",
)

NEEDS = (
    "Der Bedarf wurde im Stadtteiltisch {sr} am {date} benannt: {concern}.",
    "Im Stadtteiltisch {sr} ({date}) berichteten Bewohner*innen und Einrichtungen: "
    "{concern}.",
)
NEEDS_NO_CONCERN = (
    "Der Bedarf ergibt sich aus der Sozialraumanalyse der Jugendhilfeplanung für {sr}.",
    "Das Sozialraumteam {sr} hat den Bedarf aus seiner Fallarbeit zusammengetragen.",
)

PLANS = (
    "Vorbereitung und Abstimmung mit den Partnern im ersten Monat, danach wöchentliche "
    "Angebote; Zwischenauswertung zur Halbzeit; Abschluss mit einer Veranstaltung im "
    "Stadtteil.",
    "Start mit einer Beteiligungsrunde, anschließend zwei feste Termine pro Woche; "
    "Ferienaktionen in Zusammenarbeit mit der Schule.",
    "Aufsuchende Phase in den ersten acht Wochen, danach regelmäßige Gruppenangebote und "
    "Einzelberatung nach Bedarf.",
)

PRINCIPLES = (
    (
        "Die Teilnehmenden bestimmen Themen und Zeiten mit; eine Befragung im Stadtteiltisch "
        "hat den Bedarf bestätigt.",
        "Ausgangspunkt ist der geäußerte Wunsch der Jugendlichen nach einem eigenen Ort.",
        "Die Eltern haben die Idee selbst eingebracht und planen mit.",
    ),
    (
        "Teilnehmende übernehmen Verantwortung, etwa als Pat*innen oder im Planungsteam.",
        "Die Fachkräfte begleiten, die Aktivitäten gestalten die Teilnehmenden selbst.",
        "Ziel ist Selbstorganisation: nach der Projektlaufzeit trägt eine Gruppe das Angebot.",
    ),
    (
        "Genutzt werden Räume der Schule und das Wissen von Ehrenamtlichen im Stadtteil.",
        "Nachbarschaftliche Netzwerke und vorhandene Vereine werden einbezogen.",
        "Die Fähigkeiten der Jugendlichen (Musik, Sport, Technik) sind Kern des Angebots.",
    ),
    (
        "Das Angebot richtet sich an mehrere Altersgruppen und verbindet Jugendhilfe, Schule "
        "und Sport.",
        "Es arbeiten Jugendarbeit, Familienbildung und Wohnungswirtschaft zusammen.",
        "Kinder, Eltern und Nachbar*innen werden gleichermaßen angesprochen.",
    ),
    (
        "Die Fachkräfte stimmen sich im Sozialraumteam mit den Hilfen zur Erziehung ab.",
        "Eine Lotsenfunktion verbindet das Angebot mit Beratungsstellen und Jobcenter.",
        "Regelmäßige Fallberatungen mit dem Jugendamt sind vereinbart.",
    ),
)

GOALS = (
    ("Jugendliche nutzen regelmäßig einen verlässlichen Treffpunkt.",
     "Mindestens 15 Jugendliche besuchen das Angebot wöchentlich."),
    ("Eltern kennen die Beratungsangebote im Stadtteil.",
     "80 % der Teilnehmenden nennen zwei Beratungsstellen."),
    ("Konflikte im öffentlichen Raum nehmen ab.",
     "Weniger Beschwerden beim Ortsbeirat als im Vorjahr."),
    ("Kinder verbessern ihre schulischen Leistungen.",
     "Rückmeldung der Lehrkräfte zu 20 teilnehmenden Kindern."),
    ("Teilnehmende übernehmen Verantwortung für das Angebot.",
     "Ein Planungsteam aus mindestens fünf Teilnehmenden trifft sich monatlich."),
    ("Neue Familien sind im Stadtteil vernetzt.",
     "30 Familien nehmen an mindestens drei Treffen teil."),
    ("Jugendliche finden Wege in Ausbildung.",
     "Zehn Jugendliche beginnen ein Praktikum oder eine Ausbildung."),
    ("Das Angebot besteht nach der Förderung weiter.",
     "Ein Verstetigungskonzept liegt zum Ende der Laufzeit vor."),
)

TARGET_GROUPS = (
    ("Jugendliche", 14, 18, 25, False),
    ("Jugendliche in belasteten Lebenslagen", 13, 21, 15, True),
    ("Kinder im Grundschulalter", 6, 10, 30, False),
    ("Kinder aus Familien mit geringem Einkommen", 6, 12, 20, True),
    ("Mädchen", 10, 16, 15, False),
    ("Alleinerziehende Eltern", None, None, 12, True),
    ("Familien mit Migrationsgeschichte", None, None, 20, True),
    ("Junge Erwachsene ohne Ausbildung", 18, 25, 10, True),
    ("Eltern mit Kleinkindern", None, None, 15, False),
    ("Schüler*innen mit Schulabsentismus", 12, 16, 10, True),
)

MILESTONES = (
    "Auftakttreffen mit den Kooperationspartnern",
    "Beteiligungsrunde mit der Zielgruppe",
    "Start der regelmäßigen Angebote",
    "Zwischenauswertung mit den Teilnehmenden",
    "Aktion im Stadtteil",
    "Abschlussveranstaltung und Auswertung",
)

COST_LINES = {
    "personnel": ("Personal: sozialpädagogische Fachkraft ({h} Wochenstunden)",
                  "Personal: Honorarkraft Jugendarbeit ({h} Wochenstunden)"),
    "fees": ("Honorare für Workshopleitungen", "Honorare für Trainer*innen"),
    "material": ("Sachkosten: Spiel-, Sport- und Bastelmaterial", "Sachkosten: Technik und "
                 "Ausstattung"),
    "rent": ("Raummiete und Nebenkosten", "Miete für Veranstaltungsräume"),
    "travel": ("Fahrtkosten für Ausflüge (ÖPNV)", "Fahrtkosten der Fachkräfte"),
    "publicity": ("Öffentlichkeitsarbeit: Flyer und Plakate", "Dokumentation und Website"),
    "other": ("Verpflegung bei Veranstaltungen", "Versicherungen und Verwaltungskosten"),
}

THIRD_PARTY_SOURCES = (
    "Stiftung für Kinder und Jugend (Zusage liegt vor)",
    "Landesprogramm Familienbildung M-V",
    "Spenden der Wohnungsgenossenschaft",
    "Ortsbeiratsmittel",
    "Bundesprogramm Demokratie leben! (beantragt)",
)

PARTNER_ROLES = (
    ("Bereitstellung von Räumen", "Räume an zwei Nachmittagen pro Woche, unentgeltlich"),
    ("Ansprache von Eltern", "Information über Elternbriefe und Elternabende"),
    ("Fachliche Begleitung", "Teilnahme an den Auswertungsrunden"),
    ("Durchführung von Workshops", "eigene Fachkraft für vier Workshops"),
    ("Öffentlichkeitsarbeit", "Aushänge und Hinweise in eigenen Medien"),
    ("Ehrenamtliche Unterstützung", "zwei Ehrenamtliche bei Veranstaltungen"),
)

APPROVAL_CONDITIONS = (
    "Vorlage eines angepassten Kosten- und Finanzierungsplans bis zum {date}.",
    "Bericht über die Beteiligung der Zielgruppe in der Lenkungsgruppe nach sechs Monaten.",
    "Nachweis der Kooperationsvereinbarung mit der Schule vor Beginn.",
    "Die Honorarmittel sind auf die Angebotszeiten im Stadtteil zu beschränken.",
)

REJECTION_REASONS = (
    "Der Bedarf ist durch bestehende Angebote im Sozialraum bereits gedeckt.",
    "Der Antrag zeigt keine Kooperation mit Akteuren des Sozialraums.",
    "Die Maßnahme entspricht einer Regelleistung und ist nicht aus SRAE-Mitteln zu fördern.",
    "Die Zielgruppe und die Ziele sind nicht hinreichend beschrieben.",
)
BUDGET_REASON = "Die verfügbaren SRAE-Mittel des Haushaltsjahres {year} reichen nicht aus."
DEFER_REASONS = (
    "Rückfragen zum Finanzierungsplan sind zu klären.",
    "Die Stellungnahme des Sozialraumteams liegt noch nicht vor.",
    "Der Träger soll die Kooperation mit der Schule konkretisieren.",
)
WITHDRAW_REASON = "Der Träger hat den Antrag in der Sitzung zurückgezogen."

SRT_RECOMMENDATIONS = (
    "Beraten; das Sozialraumteam empfiehlt der Lenkungsgruppe die Befürwortung.",
    "Beraten; Empfehlung mit Hinweisen zur Zielgruppenansprache.",
    "Beraten; das Sozialraumteam sieht den Bedarf, regt aber eine engere Kooperation mit "
    "der Schule an.",
)

EVALUATION_RESULTS = (
    "Die Ziele wurden überwiegend erreicht; die Zielgruppe nimmt das Angebot gut an.",
    "Die Teilnehmendenzahlen liegen über der Planung; die Beteiligung der Eltern ist "
    "ausbaufähig.",
    "Die Kooperation im Sozialraum hat sich bewährt; das Angebot sollte fortgeführt werden.",
    "Die Ziele wurden nur teilweise erreicht; die Zielgruppe war schwer zu erreichen.",
)

ASSESSMENT_REASONS = {
    0: ("Im Antrag nicht erkennbar.",),
    1: ("Nur in Ansätzen beschrieben.", "Wird genannt, aber nicht belegt."),
    2: ("Nachvollziehbar dargestellt.", "Gut beschrieben, Umsetzung noch offen."),
    3: ("Überzeugend und konkret beschrieben.", "Vorbildlich umgesetzt."),
}
