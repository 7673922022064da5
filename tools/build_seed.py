"""Build the program's own Rostock seed file from the shared research data.

Usage::

    python tools/build_seed.py [SHARED_DATA_DIR] [--out PATH] [--tolerance DEG]

``SHARED_DATA_DIR`` defaults to ``../shared/data`` next to the repository. The output,
``sro_desktop/resources/seed/rostock.json``, is the only file the program reads at run time: the
shared directory is a build input, never a run-time dependency.

Boundaries are simplified with Douglas-Peucker *per shared arc*: every ring is cut where the set
of neighbouring Stadtbereiche changes, each arc is simplified once in a canonical direction and
reused by both neighbours, so simplified neighbours still meet without gaps or overlaps.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import math
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "sro_desktop" / "resources" / "seed" / "rostock.json"
DEFAULT_TOLERANCE = 0.00004  # degrees of latitude, about 4.5 m
DIGITS = 5
REF_DATES = ("2021-12-31", "2023-12-31")

Point = tuple[float, float]

LICENCE = {
    "boundaries": (
        "Grenzen der 21 Stadtbereiche: Hanse- und Universitätsstadt Rostock, OpenData.HRO, "
        "Datei stadtbereiche.json (geo.sv.rostock.de), Lizenz CC0 1.0 (die Stadt stellt ihre "
        "Geodaten unter CC0 1.0 bereit; für den Ortsteil-Dienst wörtlich so angegeben). "
        "Für SRO Desktop mit Douglas-Peucker vereinfacht (Toleranz etwa 4–5 m), Koordinaten "
        "WGS84 (Länge, Breite) auf 5 Nachkommastellen gerundet."
    ),
    "ortsteile": "31 amtliche Ortsteile: Hanse- und Universitätsstadt Rostock, WFS "
    "hro.ortsteile.ortsteile, CC0 1.0.",
    "population": "Einwohner*innen mit Hauptwohnung laut Melderegister, 31.12.2021 und "
    "31.12.2023: Hanse- und Universitätsstadt Rostock, OpenData.HRO (Bevölkerungsstruktur).",
    "attribution": "Quelle: Hanse- und Universitätsstadt Rostock (OpenData.HRO).",
}

REGION_NOTE = (
    "Arbeitsvorschlag (Arbeitstitel): Keine öffentliche Quelle nennt die vier Regionalräume. "
    "Die Zuordnung der Sozialräume folgt Variante {variant} der Recherche und ist in der "
    "Bereichsverwaltung änderbar, bis sie bestätigt ist."
)

SOCIAL_SPACE_NOTE = (
    "Sozialraum = statistischer Stadtbereich {code} der Stadt. Dass das Jugendamt genau diese "
    "21 Stadtbereiche als Sozialräume nutzt, ist plausibel, aber nicht wörtlich belegt."
)

EXTRA_NOTES = {
    "C": "Zuordnung unsicher: Ortsamtsbereiche 2010 (S6) zählen Lichtenhagen zu Nordwest 2, "
    "die inoffizielle Gliederung (S7) zu Nordwest I.",
}


# --- geometry -------------------------------------------------------------------------------


def _perp_dist(p: Point, a: Point, b: Point, kx: float) -> float:
    """Distance of p from segment a-b in a local equirectangular metric (degrees of latitude)."""
    ax, ay, bx, by, px, py = a[0] * kx, a[1], b[0] * kx, b[1], p[0] * kx, p[1]
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def douglas_peucker(points: list[Point], tolerance: float, kx: float) -> list[Point]:
    """Simplify an open polyline, keeping both end points (iterative, no recursion limit)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = -1.0, -1
        for i in range(first + 1, last):
            d = _perp_dist(points[i], points[first], points[last], kx)
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep, strict=True) if k]


def _edge_key(p: Point, q: Point) -> tuple[Point, Point]:
    return (p, q) if p <= q else (q, p)


def simplify_shared(rings: dict[str, list[Point]], tolerance: float) -> dict[str, list[Point]]:
    """Simplify closed rings so that shared boundaries stay shared.

    A ring is cut at every vertex where the set of rings sharing the adjacent edges changes
    (and at vertices shared by three or more rings); each resulting arc is simplified once, in a
    canonical direction, so both neighbours receive exactly the same simplified arc.
    """
    lat0 = sum(p[1] for ring in rings.values() for p in ring) / sum(len(r) for r in rings.values())
    kx = math.cos(math.radians(lat0))
    edge_owners: dict[tuple[Point, Point], set[str]] = defaultdict(set)
    vertex_owners: dict[Point, set[str]] = defaultdict(set)
    for code, ring in rings.items():
        for p, q in itertools.pairwise(ring):
            edge_owners[_edge_key(p, q)].add(code)
            vertex_owners[p].add(code)
    cache: dict[tuple[Point, ...], list[Point]] = {}
    out: dict[str, list[Point]] = {}
    for code, ring in rings.items():
        pts = ring[:-1]  # open ring
        n = len(pts)

        def owners(i: int, pts: list[Point] = pts, n: int = n) -> frozenset[str]:
            return frozenset(edge_owners[_edge_key(pts[i % n], pts[(i + 1) % n])])

        nodes = [
            i
            for i in range(n)
            if owners(i - 1) != owners(i) or len(vertex_owners[pts[i]]) >= 3
        ]
        if not nodes:
            # A ring that touches nobody: cut it at its start and at the farthest point.
            far = max(range(n), key=lambda i: math.dist(pts[0], pts[i]))
            nodes = [0, far]
        result: list[Point] = []
        for j, start in enumerate(nodes):
            end = nodes[(j + 1) % len(nodes)]
            length = (end - start) % n or n
            arc = [pts[(start + k) % n] for k in range(length + 1)]
            forward = tuple(arc)
            backward = tuple(reversed(arc))
            canonical = min(forward, backward)
            if canonical not in cache:
                cache[canonical] = douglas_peucker(list(canonical), tolerance, kx)
            simple = cache[canonical]
            if canonical != forward:
                simple = list(reversed(simple))
            result.extend(simple[:-1])
        result.append(result[0])
        out[code] = result
    return out


def _segments_cross(a: Point, b: Point, c: Point, d: Point) -> bool:
    def orient(p: Point, q: Point, r: Point) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
    return (o1 * o2 < 0) and (o3 * o4 < 0)


def ring_is_simple(ring: list[Point]) -> bool:
    """True when no two non-adjacent edges of the closed ring cross and it has an area."""
    if len(ring) < 4 or ring[0] != ring[-1]:
        return False
    edges = list(itertools.pairwise(ring))
    n = len(edges)
    for i in range(n):
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue
            if _segments_cross(*edges[i], *edges[j]):
                return False
    return True


def _rounded(ring: list[Point]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in ring:
        p = [round(x, DIGITS), round(y, DIGITS)]
        if not out or out[-1] != p:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def simplified_boundaries(geojson: dict[str, Any], tolerance: float) -> dict[str, dict[str, Any]]:
    """GeoJSON Polygon geometries per Stadtbereich code, simplified and rounded."""
    rings: dict[str, list[Point]] = {}
    for feature in geojson["features"]:
        geometry = feature["geometry"]
        if geometry["type"] != "Polygon" or len(geometry["coordinates"]) != 1:
            raise SystemExit(f"unexpected geometry for {feature['properties'].get('code')}")
        rings[feature["properties"]["code"]] = [(p[0], p[1]) for p in geometry["coordinates"][0]]
    simple = simplify_shared(rings, tolerance)
    result: dict[str, dict[str, Any]] = {}
    for code, ring in simple.items():
        coords = _rounded(ring)
        if not ring_is_simple([(p[0], p[1]) for p in coords]):
            raise SystemExit(f"simplified ring {code} is not simple; lower the tolerance")
        result[code] = {"type": "Polygon", "coordinates": [coords]}
    return result


# --- document -------------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_document(shared: Path, tolerance: float) -> dict[str, Any]:
    """The seed document (a plain dict) from the two shared files."""
    regions_path = shared / "rostock_regions.json"
    geo_path = shared / "rostock_stadtbereiche.geojson"
    data = json.loads(regions_path.read_text(encoding="utf-8"))
    geo = json.loads(geo_path.read_text(encoding="utf-8"))
    boundaries = simplified_boundaries(geo, tolerance)
    geo_names = {f["properties"]["code"]: f["properties"]["bezeichnung"] for f in geo["features"]}

    regions: list[dict[str, Any]] = []
    social_spaces: list[dict[str, Any]] = []
    quarters: list[dict[str, Any]] = []
    unofficial: list[dict[str, Any]] = []
    variant = data["primary_variant"]
    for region in data["regionalraeume"]:
        code = region["id"]
        members = [s["stadtbereich_code"] for s in region["sozialraeume"]]
        regions.append(
            {
                "code": code,
                "short_code": code.removeprefix("RR-"),
                "name": region["name"],
                "uncertain": bool(region["uncertain"]),
                "note": REGION_NOTE.format(variant=variant),
                "source": region["source"],
                "social_spaces": members,
            }
        )
        for space in region["sozialraeume"]:
            sb = space["stadtbereich_code"]
            if geo_names.get(sb) is None:
                raise SystemExit(f"no boundary for Stadtbereich {sb}")
            note = SOCIAL_SPACE_NOTE.format(code=sb)
            if sb in EXTRA_NOTES:
                note += " " + EXTRA_NOTES[sb]
            social_spaces.append(
                {
                    "code": sb,
                    "region": code,
                    "name": space["name"],
                    "name_variants": list(space["name_varianten"]),
                    "population": {
                        REF_DATES[0]: space["einwohner_2021_12_31"],
                        REF_DATES[1]: space["einwohner_2023_12_31"],
                    },
                    "local_council": space["ortsbeirat"],
                    "model_region": bool(space["modellregion_sro"]),
                    "uncertain": bool(space["uncertain"]),
                    "note": note,
                    "source": space["source"],
                    "boundary": boundaries[sb],
                }
            )
            for quarter in space["quartiere"]:
                entry = {
                    "code": quarter["id"],
                    "social_space": sb,
                    "name": quarter["name"],
                    "kind_label": quarter["typ"],
                    "official": not quarter["uncertain"],
                    "uncertain": bool(quarter["uncertain"]),
                    "note": quarter.get("note", ""),
                    "source": quarter["source"],
                }
                (unofficial if quarter["uncertain"] else quarters).append(entry)

    return {
        "format": "sro-desktop-seed",
        "format_version": 1,
        "id": "rostock",
        "built_from": {
            "rostock_regions.json": {
                "sha256": _sha256(regions_path),
                "schema_version": data.get("schema_version", ""),
                "stand": data.get("stand", ""),
            },
            "rostock_stadtbereiche.geojson": {"sha256": _sha256(geo_path)},
            "simplification": {
                "method": "Douglas-Peucker je gemeinsamer Grenzlinie",
                "tolerance_degrees_latitude": tolerance,
                "digits": DIGITS,
            },
        },
        "licence": LICENCE,
        "sources": data["sources"],
        "notes": data["hinweise"],
        "population_reference_dates": list(REF_DATES),
        "city": {
            "code": "HRO",
            "name": data["kommune"],
            "kind_label": "Stadt",
            "note": "Gliederung: 4 Regionalräume (Arbeitstitel) → 21 Sozialräume "
            "(statistische Stadtbereiche A–U) → 31 amtliche Ortsteile als Quartiere.",
            "source": "S1, S4",
        },
        "region_variant": {"id": variant, "note": data["hinweise"][1]},
        "regions": regions,
        "alternative_region_variants": data["alternative_variants"],
        "social_spaces": social_spaces,
        "quarters": quarters,
        "unofficial_quarters": unofficial,
        "unofficial_quarters_note": (
            "Inoffizielle Ortslagen (S7), nicht als Quartiere angelegt: Abgrenzung nicht "
            "amtlich. Bei Bedarf nach Abstimmung mit Sozialraumteam/Stadtteiltisch importieren."
        ),
    }


def dump_document(doc: dict[str, Any]) -> str:
    """Readable JSON with each boundary on one line (the file stays small and diffable)."""
    placeholders: dict[str, str] = {}
    for space in doc["social_spaces"]:
        key = f"@@boundary-{space['code']}@@"
        placeholders[key] = json.dumps(space["boundary"], separators=(",", ":"))
        space["boundary"] = key
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    for key, value in placeholders.items():
        text = text.replace(json.dumps(key), value)
    return text + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=DEFAULT_SHARED,
                        help="directory with rostock_regions.json and the GeoJSON file")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE)
    args = parser.parse_args(argv)
    doc = build_document(args.shared, args.tolerance)
    points = sum(len(s["boundary"]["coordinates"][0]) for s in doc["social_spaces"])
    text = dump_document(doc)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    boundary_bytes = sum(
        len(line.encode()) for line in text.splitlines() if '"boundary"' in line
    )
    print(
        f"{args.out}: {len(text.encode())} bytes, boundaries {boundary_bytes} bytes, "
        f"{points} points, {len(doc['quarters'])} quarters "
        f"(+{len(doc['unofficial_quarters'])} unofficial)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
