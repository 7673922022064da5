"""Pools of German names and places for the synthetic demo data.

Everything here is fictitious. Organisation names are composed from neutral parts so that no
real Träger appears to have applied for money it never asked for; only the Jugendamt is named
as what it is. Residents never appear: the demo counts them, as the protocols do.
"""

from __future__ import annotations

FIRST_NAMES = (
    "Anna", "Lena", "Marie", "Sophie", "Laura", "Julia", "Katharina", "Sarah", "Lisa", "Johanna",
    "Franziska", "Christin", "Nadine", "Stefanie", "Claudia", "Sabine", "Petra", "Kerstin",
    "Anja", "Susanne", "Doreen", "Mandy", "Yvonne", "Silke", "Ines", "Antje", "Heike", "Birgit",
    "Martina", "Ulrike", "Carolin", "Jana", "Maria", "Nele", "Friederike", "Hanna", "Elif",
    "Ayşe", "Olga", "Natalia", "Amira", "Fatma", "Mira", "Greta", "Ida", "Frieda", "Paula",
    "Thomas", "Michael", "Andreas", "Stefan", "Frank", "Jens", "Torsten", "Dirk", "Mathias",
    "Sven", "Ronny", "René", "Enrico", "Marco", "Christian", "Daniel", "Tobias", "Martin",
    "Sebastian", "Philipp", "Felix", "Lukas", "Jonas", "Paul", "Max", "Tim", "Jan", "Björn",
    "Kai", "Uwe", "Holger", "Rainer", "Bernd", "Olaf", "Steffen", "Karsten", "Mehmet", "Ali",
    "Sergej", "Dmitri", "Ahmad", "Omar", "Piotr", "Tomasz", "Hendrik", "Ole", "Fiete", "Hauke",
)

LAST_NAMES = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun",
    "Zimmermann", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler",
    "Maier", "Walter", "König", "Schulze", "Fuchs", "Kaiser", "Lang", "Peters", "Jung",
    "Möller", "Hahn", "Vogel", "Friedrich", "Günther", "Keller", "Berger", "Frank", "Roth",
    "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Ludwig", "Winter", "Kraft", "Böhm",
    "Martin", "Schubert", "Jäger", "Sommer", "Stein", "Brandt", "Haase", "Schreiber", "Dietrich",
    "Ziegler", "Kuhn", "Thiel", "Engel", "Horn", "Voigt", "Pohl", "Bergmann", "Pieper", "Behrens",
    "Lüth", "Rieck", "Thießen", "Evers", "Dabelstein", "Wendt", "Stoltenberg", "Buck", "Ahrens",
    "Jahnke", "Kasten", "Rohde", "Rehberg", "Lemke", "Hinz", "Kunz", "Tews", "Bölter", "Klatt",
    "Dahl", "Paetow", "Saß", "Steffen", "Timm", "Wilke", "Yılmaz", "Kaya", "Demir", "Nowak",
    "Kowalski", "Wiśniewska", "Petrow", "Iwanow", "Hassan", "Nguyen", "Haddad", "Popescu",
)

TITLES = ("", "", "", "", "", "", "", "", "", "Dr.")

# Parts of fictitious Träger names: a field of work and a maritime or local motif.
PROVIDER_STEMS = (
    "Jugendhilfe", "Kinder- und Jugendwerk", "Stadtteilwerk", "Familienwerk",
    "Jugendkunstwerkstatt", "Verein für Jugend- und Sozialarbeit", "Netzwerk Kinderzeit",
    "Sozialwerk", "Lernwerkstatt", "Jugend- und Familienhilfe", "Kinder- und Familienzentrum",
    "Bildungs- und Begegnungswerk", "Jugendberufshilfe", "Sportjugendwerk", "Medienwerkstatt",
)
PROVIDER_MOTIFS = (
    "Ostseewind", "Warnowblick", "Leuchtfeuer", "Kompass", "Ankerplatz", "Möwennest",
    "Hansekogge", "Brückenschlag", "Regenbogen", "Wellenreiter", "Seestern", "Bernstein",
    "Lotsenhaus", "Fischerkate", "Strandgut", "Dünenhaus", "Sonnendeck", "Nordlicht",
    "Kranich", "Windrose", "Rückenwind", "Heimathafen", "Buddelschiff", "Kajüte",
)
PROVIDER_FORMS = (
    ("e. V.", 0.6),
    ("gGmbH", 0.34),
    ("gUG (haftungsbeschränkt)", 0.06),
)

SCHOOL_KINDS = (
    "Grundschule", "Regionale Schule", "Integrierte Gesamtschule", "Gymnasium",
    "Förderschule",
)
SCHOOL_MOTIFS = (
    "am Wasserturm", "an der Warnow", "am Park", "am Mühlenteich", "Am Kirchplatz",
    "am Lindenhof", "an den Linden", "am Sportforum", "im Grünen", "am Rosengarten",
    "Ostseeblick", "am Hafen", "an der Heide", "am Bahnhof",
)

ASSOCIATION_PATTERNS = (
    "Sportverein {motif} e. V.", "Kleingartenverein „{motif}“ e. V.", "Kulturverein {motif} e. V.",
    "Nachbarschaftsverein {space} e. V.", "Förderverein der Schule {motif} e. V.",
    "Kita „{motif}“", "Elterninitiative {space} e. V.", "Seniorenbeirat {space}",
)

OTHER_ORGS = (
    ("Stadtbibliothek, Stadtteilbibliothek {space}", "administration"),
    ("Quartiersmanagement {space}", "other"),
    ("Kirchengemeinde {space}", "association"),
    ("Wohnungsgenossenschaft {motif} eG", "other"),
)

JUGENDAMT = "Amt für Jugend, Soziales und Asyl"
JUGENDAMT_FORM = "Amt der Hanse- und Universitätsstadt Rostock"

FUNCTIONS_PROVIDER = (
    "Geschäftsführung", "Bereichsleitung Jugendarbeit", "Sozialpädagog*in", "Streetworker*in",
    "Projektkoordination", "Einrichtungsleitung Jugendclub", "Erzieher*in",
    "Fachkraft Familienbildung", "Teamleitung Schulsozialarbeit",
)
FUNCTIONS_SCHOOL = ("Schulleitung", "Schulsozialarbeit", "Stellvertretende Schulleitung")
FUNCTIONS_ASSOCIATION = ("Vorstand", "Vorsitz", "Ehrenamtliche Koordination")

# How to say "in <Sozialraum>" in German for Rostock's codes; other cities fall back to
# "im Sozialraum <Name>".
IN_SPACE = {
    "A": "in Warnemünde", "B": "in Rostock-Heide", "C": "in Lichtenhagen", "D": "in Groß Klein",
    "E": "in Lütten Klein", "F": "in Evershagen", "G": "in Schmarl", "H": "in Reutershagen",
    "I": "im Hansaviertel", "J": "in der Gartenstadt/Stadtweide",
    "K": "in der Kröpeliner-Tor-Vorstadt", "L": "in der Südstadt", "M": "in Biestow",
    "N": "in der Stadtmitte", "O": "in Brinckmansdorf", "P": "in Dierkow-Neu",
    "Q": "in Dierkow-Ost", "R": "in Dierkow-West", "S": "in Toitenwinkel", "T": "in Gehlsdorf",
    "U": "in Rostock-Ost",
}

# Local places with their preposition (from the unofficial Ortslagen and ordinary spots).
LOCAL_PLACES = {
    "A": ("in Diedrichshagen", "am Leuchtturm", "am Alten Strom"),
    "B": ("in Markgrafenheide", "in Hinrichshagen", "in Hohe Düne"),
    "C": ("in Klein Lichtenhagen", "am Möhlenkamp", "an der Ostseewelle"),
    "D": ("am Dänenberg", "in Groß Klein-Dorf", "im Zentrum Groß Klein"),
    "E": ("im Zentrum Lütten Klein", "am Warnowufer Lütten Klein"),
    "F": ("in Evershagen-Süd", "in Evershagen-Dorf", "an der Obstplantage"),
    "G": ("in Schmarl-Dorf", "in Marienehe", "am IGA-Park"),
    "H": ("im Komponistenviertel", "in Vorweden", "in Reutershagen II"),
    "I": ("im Thünenviertel", "am Hansaplatz"),
    "J": ("in der Stadtweide", "in der Gartenstadt"),
    "K": ("am Doberaner Platz", "in Bramow", "im Barnstorfer Wald"),
    "L": ("am Südring", "am Campus Südstadt"),
    "M": ("im Biestower Dorf", "am Kringelgraben"),
    "N": ("in der Östlichen Altstadt", "in der Steintor-Vorstadt", "am Stadthafen",
          "in der Nördlichen Altstadt"),
    "O": ("in Kassebohm", "am Weißen Kreuz", "in Riekdahl"),
    "P": ("auf der Dierkower Höhe", "im Zentrum Dierkow"),
    "Q": ("in Dierkow-Ost",),
    "R": ("in Dierkow-West",),
    "S": ("im Zentrum Toitenwinkel", "am Toitenwinkler Wäldchen"),
    "T": ("in Gehlsdorf", "in Langenort"),
    "U": ("in Krummendorf", "in Nienhagen", "in Peez"),
}

GENERIC_PLACES = ("im Stadtteil", "im Wohngebiet", "im Stadtteilzentrum")

VENUES_STT = (
    "Stadtteil- und Begegnungszentrum {space}", "Bürgerhaus {space}",
    "Stadtteiltreff {space}", "Gemeindesaal {space}",
)
VENUES_SRT = (
    "Jugendclub {space}, Gruppenraum", "Stadtteil- und Begegnungszentrum {space}, Raum 2",
    "Schule {space}, Lehrerzimmer",
)
VENUES_LG = (
    "Amt für Jugend, Soziales und Asyl, Beratungsraum 1.14",
    "Stadtteil- und Begegnungszentrum {space}, großer Saal",
    "Rathaus, Raum 2.07",
)


def in_space(code: str | None, name: str) -> str:
    """German phrase "in <Sozialraum>" for a Sozialraum."""
    if code and code in IN_SPACE:
        return IN_SPACE[code]
    return f"im Sozialraum {name}"


def local_places(code: str | None) -> tuple[str, ...]:
    """Local place phrases of a Sozialraum ("am Dänenberg"), generic ones elsewhere."""
    if code and code in LOCAL_PLACES:
        return LOCAL_PLACES[code]
    return GENERIC_PLACES
