"""A file with a valid header and schema but a damaged index page: the fast open (no page scan)
lets it through, the page check finds it, and a database whose writes are refused writes
nothing, with a German message."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DatabaseError
from storage_helpers import fingerprint

from sro_desktop.models import Area
from sro_desktop.storage.errors import CorruptDatabaseError, WritesRefusedError
from sro_desktop.storage.integrity import check_database, check_pages
from sro_desktop.storage.open import open_database


@pytest.fixture
def damaged(seeded_db: Path, damage_index_page: Callable[[Path], None]) -> Path:
    damage_index_page(seeded_db)
    return seeded_db


def test_healthy_file_passes_the_page_check(seeded_db: Path) -> None:
    before = fingerprint(seeded_db)
    assert check_pages(seeded_db) == []
    assert fingerprint(seeded_db) == before


def test_damaged_index_page_is_found_without_changing_the_file(damaged: Path) -> None:
    before = fingerprint(damaged)
    findings = check_pages(damaged)
    assert findings and "Page" in findings[0]
    assert fingerprint(damaged) == before
    # The full health check of ``sro-desktop check`` agrees.
    assert not check_database(damaged).ok


def test_the_snapshot_check_of_a_shared_file_agrees(
    seeded_db: Path, damaged_copy: Path
) -> None:
    """On a network drive the check reads a local snapshot copied in short steps: the same
    verdicts and the file unchanged."""
    before = fingerprint(seeded_db)
    assert check_pages(seeded_db, via_snapshot=True) == []
    assert fingerprint(seeded_db) == before
    findings = check_pages(damaged_copy, via_snapshot=True)
    assert findings and "Page" in findings[0]


@pytest.fixture
def damaged_copy(seeded_db: Path, tmp_path: Path,
                 damage_index_page: Callable[[Path], None]) -> Path:
    copy = tmp_path / "damaged-copy.sqlite"
    shutil.copyfile(seeded_db, copy)
    damage_index_page(copy)
    return copy


def test_fast_open_lets_the_damaged_file_through_and_a_save_hits_the_damage(
    damaged: Path,
) -> None:
    """Why the GUI checks after the first paint: the fast open sees nothing, the first save
    fails deep in SQLite."""
    with pytest.raises(CorruptDatabaseError) as info:
        open_database(damaged)
    assert "beschädigt" in info.value.message
    db = open_database(damaged, verify=False)
    try:
        with pytest.raises(DatabaseError, match="malformed"), db.write() as s:
            area = s.scalars(select(Area).limit(1)).one()
            area.name += " geändert"
    finally:
        db.close()


def test_refused_writes_write_nothing(damaged: Path, tmp_path: Path) -> None:
    db = open_database(damaged, verify=False)
    before = fingerprint(damaged)
    try:
        db.refuse_writes("Speichern nicht möglich: die Datenbank ist beschädigt.")
        with pytest.raises(WritesRefusedError) as info, db.write() as s:
            area = s.scalars(select(Area).limit(1)).one()
            area.name += " geändert"
        assert info.value.message == "Speichern nicht möglich: die Datenbank ist beschädigt."
        assert info.value.target == str(damaged)
        with db.session() as s:  # reading goes on
            assert s.scalars(select(Area.name).where(Area.code == "D")).one() == "Groß Klein"
    finally:
        db.close()
    assert fingerprint(damaged) == before


def test_a_copy_of_a_healthy_file_stays_writable(seeded_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kopie.sqlite"
    shutil.copyfile(seeded_db, copy)
    db = open_database(copy, verify=False)
    try:
        assert db.writes_refused is None
        with db.write() as s:
            s.scalars(select(Area).limit(1)).one().name += " geändert"
    finally:
        db.close()
