"""Every database the program opens is audited — not only under the test suite's conftest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import json, sys
from sqlalchemy import select
from sro_desktop.storage.open import open_database
from sro_desktop.models import Area, AuditEntry
db = open_database(sys.argv[1], create=True, user="anna")
with db.write() as s:
    area = s.scalars(select(Area).where(Area.code == "D")).one()
    area.name = "Groß Klein (neu)"
with db.session() as s:
    rows = [(e.user, e.action, e.field, e.old, e.new) for e in s.scalars(
        select(AuditEntry).where(AuditEntry.field == "name"))]
    who = s.scalars(select(Area.updated_by).where(Area.code == "D")).one()
db.close()
print(json.dumps({"rows": rows, "who": who}))
"""


def test_open_database_installs_the_audit_hook(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "a.sqlite")],
                         capture_output=True, text=True, check=True, cwd=root)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["who"] == "anna"
    assert ["anna", "update", "name", "Groß Klein", "Groß Klein (neu)"] in result["rows"]
