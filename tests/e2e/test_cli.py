"""The scripting CLI, run as a real process: init, check, list, backup, and its error exits."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
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
