"""The scripting CLI, run as a real process: init, check, list, backup, demo, budget, and its
error exits (German, never showing a password, never overwriting a file)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def run_cli(*args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-m", "sro_desktop", *args], capture_output=True,
                          text=True, env=env, check=check, timeout=300)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_list_check_backup(tmp_path: Path) -> None:
    db = tmp_path / "neu.sqlite"
    out = run_cli("init", "--db", str(db), check=True)
    assert "Rostock" in out.stdout

    areas = json.loads(run_cli("list", "areas", "--db", str(db), "--json", check=True).stdout)
    by_code = {a["code"]: a for a in areas}
    assert sum(1 for a in areas if a["level"] == "region") == 4
    assert sum(1 for a in areas if a["level"] == "social_space") == 21
    assert by_code["D"]["name"] == "Groß Klein" and by_code["D"]["model_region"] is True
    assert all({"id", "name", "code", "level"} <= set(a) for a in areas)
    names = [a["name"] for a in areas if a["level"] == "social_space"]
    assert names.index("Stadtmitte") < names.index("Südstadt") < names.index("Toitenwinkel")

    check = run_cli("check", "--db", str(db), "--json")
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["ok"] is True

    copy = tmp_path / "kopie.sqlite"
    run_cli("backup", "--db", str(db), "--to", str(copy), check=True)
    again = json.loads(run_cli("list", "areas", "--db", str(copy), "--json", check=True).stdout)
    assert len(again) == len(areas)


def test_init_empty_has_no_areas(tmp_path: Path) -> None:
    db = tmp_path / "leer.sqlite"
    run_cli("init", "--db", str(db), "--empty", check=True)
    assert json.loads(run_cli("list", "areas", "--db", str(db), "--json", check=True).stdout) == []


def test_init_refuses_existing_file(tmp_path: Path) -> None:
    db = tmp_path / "da.sqlite"
    db.write_bytes(b"irgendwas")
    before = digest(db)
    out = run_cli("init", "--db", str(db))
    assert out.returncode != 0
    assert "existiert bereits" in out.stderr
    assert digest(db) == before


@pytest.mark.parametrize(
    "content",
    [b"Dies ist ein Brief, keine Datenbank.\n" * 50, b"SQLite format 3\x00" + b"\x00" * 80],
    ids=["text", "truncated"],
)
def test_bad_file_gives_german_error_and_stays_unchanged(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "kaputt.sqlite"
    db.write_bytes(content)
    before = digest(db)
    for args in (("list", "areas"), ("check",)):
        out = run_cli(*args, "--db", str(db), "--json")
        assert out.returncode != 0
        assert "kaputt.sqlite" in out.stderr or "kaputt.sqlite" in out.stdout
        assert out.stdout.strip() == "" or not out.stdout.lstrip().startswith("[")
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kaputt.sqlite"]


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    out = run_cli("list", "areas", "--db", str(tmp_path / "fehlt.sqlite"), "--json")
    assert out.returncode != 0
    assert "fehlt.sqlite" in out.stderr
    assert not (tmp_path / "fehlt.sqlite").exists()


# --- init, backup and demo refuse instead of overwriting ---------------------------------------

SECRET = "Geheim-Pw-42"


def test_backup_refuses_an_existing_target_unless_forced(tmp_path: Path) -> None:
    db = tmp_path / "sro.sqlite"
    run_cli("init", "--db", str(db), "--empty", check=True)
    target = tmp_path / "kopie.sqlite"
    target.write_bytes(b"alte Sicherung")
    out = run_cli("backup", "--db", str(db), "--to", str(target))
    assert out.returncode == 2
    assert "existiert bereits" in out.stderr and "--force" in out.stderr
    assert target.read_bytes() == b"alte Sicherung"
    forced = run_cli("backup", "--db", str(db), "--to", str(target), "--force")
    assert forced.returncode == 0, forced.stderr
    assert target.read_bytes().startswith(b"SQLite format 3\x00")


@pytest.mark.parametrize("args", [("--years", "0"), ("--years", "51"),
                                  ("--end-year", "2024", "--as-of", "2023-05-01")])
def test_demo_checks_its_arguments_before_creating_the_database(tmp_path: Path,
                                                                args: tuple[str, ...]) -> None:
    db = tmp_path / "demo.sqlite"
    out = run_cli("demo", "--db", str(db), *args)
    assert out.returncode == 2
    assert out.stderr.startswith("Fehler: ")
    assert not db.exists() and list(tmp_path.iterdir()) == []


def test_password_of_a_server_url_is_never_printed(tmp_path: Path) -> None:
    """No server listens on port 1: the connection fails, and the message hides the password."""
    url = f"postgresql+psycopg://anna:{SECRET}@127.0.0.1:1/sro"
    for args in (("list", "areas"), ("check",), ("init",), ("budget", "--region", "RR-NW",
                                                             "--year", "2025")):
        out = run_cli(*args, "--db", url)
        assert out.returncode != 0
        assert SECRET not in out.stdout + out.stderr
        assert "anna:***@127.0.0.1:1/sro" in out.stdout + out.stderr
        assert "Datei" not in out.stdout + out.stderr  # a server database is no file


# --- list and budget output ---------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    run_cli("demo", "--db", str(db), "--years", "1", "--end-year", "2024", check=True)
    return db


def test_list_measures_and_meetings_name_region_and_level(demo_db: Path) -> None:
    measures = json.loads(run_cli("list", "measures", "--db", str(demo_db), "--json",
                                  check=True).stdout)
    assert measures
    for row in measures:
        assert {"id", "number", "title", "status", "area_codes", "requested_cents",
                "approved_cents", "start", "end", "extended", "region_code",
                "area_level"} <= set(row)
        # The number carries the region's short code: SRAE-NW-… in RR-NW.
        assert row["region_code"] == "RR-" + row["number"].split("-")[1]
        assert row["area_level"] in ("social_space", "quarter")
    meetings = json.loads(run_cli("list", "meetings", "--db", str(demo_db), "--json",
                                  check=True).stdout)
    assert meetings
    levels = set()
    for row in meetings:
        assert {"id", "body_kind", "area_code", "date", "status", "item_count", "region_code",
                "area_level"} <= set(row)
        assert row["region_code"] in ("RR-NW", "RR-W", "RR-M", "RR-NO")
        levels.add(row["area_level"])
        if row["area_level"] == "region":
            assert row["region_code"] == row["area_code"]
    assert {"region", "social_space"} <= levels


def test_budget_in_german_with_the_stored_code(demo_db: Path) -> None:
    plain = run_cli("budget", "--db", str(demo_db), "--region", "rr-nw", "--year", "2024",
                    check=True).stdout.splitlines()
    labels = [line.split(":")[0] for line in plain]
    assert labels == ["Regionalraum", "Haushaltsjahr", "Gesamt", "Beschlossen", "Vereinbart",
                      "Ausgezahlt", "Rückflüsse", "Gebunden", "Verfügbar"]
    assert plain[0].split()[-1] == "RR-NW"
    total = plain[2].split(":", 1)[1].strip()
    assert total.endswith(" €") and "," in total and "_" not in total
    data = json.loads(run_cli("budget", "--db", str(demo_db), "--region", "rr-nw", "--year",
                              "2024", "--json", check=True).stdout)
    assert data["region"] == "RR-NW" and data["year"] == 2024
    assert data["total_cents"] > 0


@pytest.mark.parametrize("year", ["1989", "2101", "25"])
def test_budget_refuses_implausible_years(demo_db: Path, year: str) -> None:
    out = run_cli("budget", "--db", str(demo_db), "--region", "RR-NW", "--year", year)
    assert out.returncode == 2
    assert f"Haushaltsjahr {year} ist nicht plausibel" in out.stderr


# --- server databases (PostgreSQL) -----------------------------------------------------------


@pytest.fixture
def server_database(pg_url: str) -> Iterator[str]:
    """A new, empty database on the test server; its URL carries a password (shown nowhere)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    name = f"sro_cli_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_url).set(database=name)
    if not url.password:
        url = url.set(password=SECRET)  # the test server trusts 127.0.0.1
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return str(make_url(url).password)


@pytest.mark.postgres
def test_empty_server_database_is_described_alike_by_check_and_list(server_database: str) -> None:
    listed = run_cli("list", "areas", "--db", server_database)
    checked = run_cli("check", "--db", server_database)
    assert (listed.returncode, checked.returncode) == (3, 4)
    words = "enthält noch keine SRO-Desktop-Daten (die Datenbank ist leer)"
    assert words in listed.stderr and words in checked.stdout
    assert "anderen Programms" not in checked.stdout + listed.stderr
    for out in (listed, checked):
        assert _password(server_database) not in out.stdout + out.stderr


@pytest.mark.postgres
def test_init_refuses_a_server_database_that_is_in_use(server_database: str) -> None:
    created = run_cli("init", "--db", server_database, "--empty")
    assert created.returncode == 0, created.stderr
    assert "Neue Datenbank angelegt" in created.stdout
    again = run_cli("init", "--db", server_database)
    assert again.returncode == 2
    assert "enthält bereits eine SRO-Desktop-Datenbank" in again.stderr
    assert "Die Datenbank bleibt unverändert." in again.stderr
    assert "Datei" not in again.stderr
    # Still empty (the refused init did not seed Rostock).
    assert json.loads(run_cli("list", "areas", "--db", server_database, "--json",
                              check=True).stdout) == []
    for out in (created, again):
        assert _password(server_database) not in out.stdout + out.stderr
