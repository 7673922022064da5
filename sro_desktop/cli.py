"""Command line: the window by default, subcommands for scripting.

Subcommands never import Qt; every heavy module is imported inside the command that needs it,
so that ``sro-desktop list …`` and the window both start fast.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_DATABASE = 3
EXIT_UNHEALTHY = 4


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, default=_json_default, indent=1)
    sys.stdout.write("\n")


def _open(db: str, *, create: bool = False, seed: str = "rostock", new_only: bool = False) -> Any:
    from .storage.open import open_database

    return open_database(db, create=create, seed=seed, new_only=new_only)  # type: ignore[arg-type]


def _shown(db: str) -> str:
    """The database as messages name it: the path, or the URL without its password."""
    from .storage.errors import describe_target

    return describe_target(db)


def _cmd_init(args: argparse.Namespace) -> int:
    from .storage.errors import DatabaseExistsError

    try:
        # new_only: an existing file, or a server database holding any table, is refused
        # before anything is written.
        db = _open(args.db, seed="empty" if args.empty else "rostock", new_only=True)
    except DatabaseExistsError as exc:
        print(f"Fehler: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    db.close()
    print(f"Neue Datenbank angelegt: {_shown(args.db)}"
          + (" (leer)" if args.empty else " (Rostock)"))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from .storage.demo import DemoError, check_demo_args, generate_demo

    # The arguments are checked before the database is opened (or created): a refused call
    # must leave no new file behind. generate_demo checks the same again.
    try:
        check_demo_args(args.years, args.end_year, args.as_of)
    except DemoError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return EXIT_USAGE
    db = _open(args.db, create=True)
    try:
        stats = generate_demo(db, years=args.years, seed=args.seed, end_year=args.end_year,
                              as_of=args.as_of)
    except DemoError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        db.close()
    if args.json:
        _print_json(dataclasses.asdict(stats))
    else:
        print(f"Demodaten erzeugt: {stats}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from .storage.integrity import check_database

    report = check_database(args.db)
    if args.json:
        _print_json({"ok": report.ok, "revision": report.revision, "head": report.head,
                     "problems": list(report.problems)})
    else:
        print(f"Schema-Revision: {report.revision or 'keine'} (Programm: {report.head})")
        for problem in report.problems:
            print(f"Problem: {problem}")
        print("Datenbank in Ordnung." if report.ok else "Datenbank NICHT in Ordnung.")
    return EXIT_OK if report.ok else EXIT_UNHEALTHY


def _area_rows(session: Any) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from .models import Area, AreaPopulation
    from .services.formatting import german_sort_key

    areas = session.scalars(select(Area).where(Area.deleted_at.is_(None))).all()
    latest: dict[uuid.UUID, tuple[date, int]] = {}
    for pop in session.scalars(select(AreaPopulation)):
        seen = latest.get(pop.area_id)
        if seen is None or pop.reference_date > seen[0]:
            latest[pop.area_id] = (pop.reference_date, pop.residents)
    by_id = {a.id: a for a in areas}
    rows = []
    for a in sorted(areas, key=lambda a: german_sort_key(a.name)):
        parent = by_id.get(a.parent_id) if a.parent_id else None
        rows.append({
            "id": str(a.id), "name": a.name, "code": a.code, "level": a.level,
            "parent_id": str(a.parent_id) if a.parent_id else None,
            "parent_code": parent.code if parent else None,
            "population": latest[a.id][1] if a.id in latest else None,
            "uncertain": a.uncertain, "model_region": a.is_model_region,
            "retired_on": a.retired_on,
        })
    return rows


def _measure_rows(session: Any) -> list[dict[str, Any]]:
    from .services.measures import cli_rows

    return cli_rows(session)


def _meeting_rows(session: Any) -> list[dict[str, Any]]:
    from .services.meetings import cli_rows

    return cli_rows(session)


_LISTERS: dict[str, Callable[[Any], list[dict[str, Any]]]] = {
    "areas": _area_rows,
    "measures": _measure_rows,
    "meetings": _meeting_rows,
}


def _cmd_list(args: argparse.Namespace) -> int:
    db = _open(args.db)
    try:
        with db.session() as session:
            rows = _LISTERS[args.what](session)
    finally:
        db.close()
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            label = row.get("name") or row.get("title") or ""
            code = row.get("code") or row.get("number") or row.get("date") or ""
            print(f"{code}\t{label}")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from .storage.backup import backup_database
    from .storage.errors import BackupTargetExistsError

    db = _open(args.db)
    try:
        written = backup_database(db, Path(args.to), overwrite=args.force)
    except BackupTargetExistsError as exc:  # a call to repeat with --force, not a failure
        print(f"Fehler: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        db.close()
    print(f"Sicherung geschrieben: {written}")
    return EXIT_OK


BUDGET_YEARS = range(1990, 2101)

def _cmd_budget(args: argparse.Namespace) -> int:
    from .services.budget import cli_summary

    if args.year not in BUDGET_YEARS:
        print(f"Fehler: Haushaltsjahr {args.year} ist nicht plausibel (erlaubt: "
              f"{BUDGET_YEARS.start}–{BUDGET_YEARS.stop - 1}).", file=sys.stderr)
        return EXIT_USAGE
    db = _open(args.db)
    try:
        with db.session() as session:
            summary = cli_summary(session, args.region, args.year)
    finally:
        db.close()
    if args.json:
        _print_json(summary)
        return EXIT_OK
    from .services.budget import FIGURE_LABELS
    from .services.money import format_cents

    lines = [("Regionalraum", str(summary["region"])), ("Haushaltsjahr", str(summary["year"]))]
    for key, label in FIGURE_LABELS.items():  # in the order of the panel's tiles
        cents = summary.get(f"{key}_cents")
        if isinstance(cents, int):
            lines.append((label, format_cents(cents)))
    width = max(len(label) for label, _ in lines) + 1
    money_width = max(len(value) for _, value in lines[2:]) if len(lines) > 2 else 0
    for number, (label, value) in enumerate(lines):
        shown = value.rjust(money_width) if number >= 2 else value
        print(f"{label + ':':<{width}} {shown}")
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace) -> int:
    from .app import run_gui

    return run_gui(args.db)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used for ``--help`` texts in the docs)."""
    parser = argparse.ArgumentParser(
        prog="sro-desktop",
        description="SRO Desktop – Sozialraumorientierung in der Kinder- und Jugendhilfe. "
        "Ohne Unterbefehl öffnet sich das Programmfenster.",
    )
    parser.add_argument("--db", help="Datenbankdatei oder postgresql+psycopg://-URL")
    parser.set_defaults(func=_cmd_gui)
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL")

    def add(name: str, func: Callable[[argparse.Namespace], int], helptext: str,
            json_flag: bool = False) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=helptext, description=helptext)
        p.add_argument("--db", required=True, help="Datenbankdatei oder PostgreSQL-URL")
        if json_flag:
            p.add_argument("--json", action="store_true", help="Ausgabe als JSON")
        p.set_defaults(func=func)
        return p

    p = add("init", _cmd_init, "Neue Datenbank anlegen (Rostock-Vorgabe oder leer)")
    p.add_argument("--empty", action="store_true", help="ohne Rostock-Gebiete anlegen")
    p = add("demo", _cmd_demo, "Datenbank mit synthetischen Demodaten füllen", json_flag=True)
    p.add_argument("--years", type=int, default=3, help="Anzahl Jahre (Vorgabe 3)")
    p.add_argument("--seed", type=int, default=1, help="Zufallsstartwert (Vorgabe 1)")
    p.add_argument("--end-year", type=int, default=None,
                   help="letztes Jahr der Demodaten (Vorgabe: laufendes Jahr)")
    p.add_argument("--as-of", type=date.fromisoformat, default=None, metavar="JJJJ-MM-TT",
                   help="Stichtag (Vorgabe: heute im laufenden Jahr, sonst 31.12. des Endjahres)")
    add("check", _cmd_check, "Datenbank prüfen (Integrität, Schema-Revision)", json_flag=True)
    p = add("list", _cmd_list, "Gebiete, Maßnahmen oder Sitzungen auflisten", json_flag=True)
    p.add_argument("what", choices=sorted(_LISTERS), help="was aufgelistet wird")
    p = add("backup", _cmd_backup, "Sicherungskopie der Datenbank schreiben")
    p.add_argument("--to", required=True, help="Zieldatei der Sicherung")
    p.add_argument("--force", action="store_true",
                   help="eine vorhandene Zieldatei überschreiben")
    p = add("budget", _cmd_budget, "Budget eines Regionalraums für ein Jahr", json_flag=True)
    p.add_argument("--region", required=True,
                   help="Code des Regionalraums, z. B. RR-NW (Groß-/Kleinschreibung egal)")
    p.add_argument("--year", type=int, required=True,
                   help=f"Haushaltsjahr ({BUDGET_YEARS.start}–{BUDGET_YEARS.stop - 1})")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``sro-desktop``; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    from sqlalchemy.exc import SQLAlchemyError

    from .storage.errors import DatabaseOpenError, StorageError, hide_password

    def fail(text: str, code: int) -> int:
        # Whatever a message quotes, the password of a server URL never reaches the terminal.
        print(f"Fehler: {hide_password(text, args.db or '')}", file=sys.stderr)
        return code

    try:
        return int(args.func(args))
    except DatabaseOpenError as exc:
        return fail(exc.message, EXIT_DATABASE)
    except StorageError as exc:  # a refused backup or restore
        return fail(exc.message, EXIT_DATABASE)
    except (ValueError, LookupError) as exc:
        return fail(str(exc), EXIT_USAGE)
    except SQLAlchemyError as exc:  # the server went away, a damaged file: no traceback
        detail = getattr(exc, "orig", None) or exc
        return fail(f"Datenbankfehler bei „{_shown(args.db or '')}“: {detail}", EXIT_DATABASE)
