"""The audit log says what was entered and what was removed: an insert carries a summary of the
new row as ``new``, a delete a summary of the removed row as ``old`` (compact JSON of the
non-empty business columns, without key, timestamps and row version)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from sqlalchemy import select

from sro_desktop.models import Area, AuditEntry
from sro_desktop.services.audit import SUMMARY_VALUE_LIMIT, parse_summary, row_summary
from sro_desktop.storage.open import open_database


def entries(db_path: Path, entity_id: uuid.UUID) -> list[AuditEntry]:
    db = open_database(db_path)
    try:
        with db.session() as s:
            return list(s.scalars(select(AuditEntry).where(
                AuditEntry.entity_id == str(entity_id)).order_by(AuditEntry.at)))
    finally:
        db.close()


def test_insert_and_delete_record_the_row(tmp_path: Path) -> None:
    path = tmp_path / "sro.sqlite"
    db = open_database(path, create=True, seed="empty", user="anna")
    with db.write() as s:
        area = Area(level="city", name="Groß Klein", code="D", note="", official=True,
                    uncertain=False)
        s.add(area)
        s.flush()
        area_id = area.id
    with db.write() as s:
        s.delete(s.get(Area, area_id))
    db.close()

    insert, delete = entries(path, area_id)
    assert (insert.action, insert.user, insert.field, insert.old) == ("insert", "anna", "", None)
    entered = json.loads(insert.new or "")
    assert entered["name"] == "Groß Klein" and entered["code"] == "D"
    assert entered["level"] == "city" and entered["official"] is True
    # No key, no bookkeeping, nothing empty.
    assert not {"id", "created_at", "updated_at", "updated_by", "row_version", "deleted_at",
                "note", "uncertain"} & set(entered)
    assert "Groß Klein" in (insert.new or "")  # readable: umlauts as they are

    assert (delete.action, delete.field, delete.new) == ("delete", "", None)
    removed = parse_summary(delete.old)
    assert removed["name"] == "Groß Klein" and removed["code"] == "D"
    assert parse_summary(None) == {} and parse_summary("Freitext") == {}


def test_delete_of_an_expired_row_loads_its_values(tmp_path: Path) -> None:
    path = tmp_path / "sro.sqlite"
    db = open_database(path, create=True, seed="empty")
    with db.write() as s:
        area = Area(level="city", name="Rostock", code="HRO")
        s.add(area)
        s.flush()
        area_id = area.id
    with db.write() as s:
        doomed = s.get(Area, area_id)
        s.expire(doomed)
        s.delete(doomed)
    db.close()
    delete = entries(path, area_id)[-1]
    assert json.loads(delete.old or "")["name"] == "Rostock"


def test_long_texts_are_cut_in_the_summary(tmp_path: Path) -> None:
    area = Area(level="city", name="Rostock", code="HRO", note="x" * 5000)
    summary = json.loads(row_summary(area) or "")
    assert len(summary["note"]) == SUMMARY_VALUE_LIMIT and summary["note"].endswith("…")


def test_switched_off_audit_records_nothing(tmp_path: Path) -> None:
    """Bulk loads of demo data switch the recording off (``session.info["audit"] = False``)."""
    path = tmp_path / "sro.sqlite"
    db = open_database(path, create=True, seed="empty")
    with db.write() as s:
        s.info["audit"] = False
        s.add(Area(level="city", name="Rostock", code="HRO"))
    with db.session() as s:
        assert s.scalars(select(AuditEntry)).all() == []
    db.close()
