"""Regenerate the initial Alembic revision from the models.

Until the first release the schema has exactly one revision, ``0001_initial``, generated from
``sro_desktop.models``: after a model change run

    python tools/regenerate_initial_migration.py

It deletes the old initial revision, autogenerates a new one against an empty temporary SQLite
file and sets ``schema_version.HEAD_REVISION``. Once a release is out, databases exist at
``0001_initial`` and this tool refuses to run: write a new revision instead.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

INITIAL = "0001_initial"


def main() -> int:
    """Regenerate; return the process exit code."""
    from alembic import command

    from sro_desktop.storage import schema_version
    from sro_desktop.storage.database import make_engine
    from sro_desktop.storage.migrate import alembic_config, script_head
    from sro_desktop.storage.schema_version import MIGRATIONS_DIR, SchemaScripts

    versions = MIGRATIONS_DIR / "versions"
    others = sorted(
        p.name for p in versions.glob("*.py")
        if p.name not in ("__init__.py", f"{INITIAL}.py", "0002_search_index.py")
    )
    if others:
        print(
            f"refusing: later revisions exist ({', '.join(others)}); write a new revision "
            f"instead of regenerating the initial one",
            file=sys.stderr,
        )
        return 1
    (versions / f"{INITIAL}.py").unlink(missing_ok=True)
    scripts = SchemaScripts(MIGRATIONS_DIR, INITIAL)
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(Path(tmp) / "empty.sqlite")
        try:
            with engine.connect() as conn, conn.begin():
                command.revision(
                    alembic_config(scripts, conn),
                    message="initial schema",
                    autogenerate=True,
                    rev_id=INITIAL,
                )
        finally:
            engine.dispose()

    head = script_head(SchemaScripts(MIGRATIONS_DIR, "0002_search_index"))
    module = Path(schema_version.__file__)
    source = module.read_text(encoding="utf-8")
    updated, count = re.subn(
        r'^HEAD_REVISION = "[^"]*"$', f'HEAD_REVISION = "{head}"', source, flags=re.M
    )
    if count != 1:
        print(f"HEAD_REVISION not found in {module}", file=sys.stderr)
        return 1
    if updated != source:
        module.write_text(updated, encoding="utf-8")
    print(f"wrote {versions / (INITIAL + '.py')}; HEAD_REVISION = {head!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
