"""Regenerate the initial Alembic revision from the models.

Until the first release the schema has one generated revision, ``0001_initial``, built from
``sro_desktop.models``, plus the hand-written ``0002_search_index`` on top of it (objects outside
the ORM metadata). After a model change run

    python tools/regenerate_initial_migration.py

It deletes the old initial revision, autogenerates a new one against an empty temporary SQLite
file and checks ``schema_version.HEAD_REVISION``. Once a release is out, databases exist at these
revisions and this tool refuses to run when further revisions exist: write a new revision instead.
Since ``0003_append_only`` exists it always refuses; a model change now needs a new revision.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

INITIAL = "0001_initial"
SEARCH_REVISION = "0002_search_index"


def _autogenerate(location: Path) -> None:
    """Autogenerate the initial revision against an empty temporary SQLite file."""
    from alembic import command

    from sro_desktop.storage.database import make_engine
    from sro_desktop.storage.migrate import alembic_config
    from sro_desktop.storage.schema_version import SchemaScripts

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(Path(tmp) / "empty.sqlite")
        try:
            with engine.connect() as conn, conn.begin():
                command.revision(
                    alembic_config(SchemaScripts(location, INITIAL), conn),
                    message="initial schema",
                    autogenerate=True,
                    rev_id=INITIAL,
                )
        finally:
            engine.dispose()


def main() -> int:
    """Regenerate; return the process exit code."""
    from sro_desktop.storage.migrate import script_head
    from sro_desktop.storage.schema_version import HEAD_REVISION, MIGRATIONS_DIR, SchemaScripts

    versions = MIGRATIONS_DIR / "versions"
    keep = ("__init__.py", f"{INITIAL}.py", f"{SEARCH_REVISION}.py")
    others = sorted(p.name for p in versions.glob("*.py") if p.name not in keep)
    if others:
        print(f"refusing: later revisions exist ({', '.join(others)}); write a new revision "
              "instead of regenerating the initial one", file=sys.stderr)
        return 1
    (versions / f"{INITIAL}.py").unlink(missing_ok=True)
    # The search revision builds on 0001: park it while 0001 is generated.
    parked = versions / f"{SEARCH_REVISION}.py"
    parked_text = parked.read_text(encoding="utf-8")
    parked.unlink()
    try:
        _autogenerate(MIGRATIONS_DIR)
    finally:
        parked.write_text(parked_text, encoding="utf-8")
    head = script_head(SchemaScripts(MIGRATIONS_DIR, SEARCH_REVISION))
    if head != HEAD_REVISION:
        print(f"HEAD_REVISION is {HEAD_REVISION!r} but the scripts' head is {head!r}",
              file=sys.stderr)
        return 1
    print(f"wrote {versions / (INITIAL + '.py')}; head {head!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
