"""Refresh the translation files: extract strings with lupdate, compile them with lrelease.

    python tools/update_translations.py

Scans ``sro_desktop/app.py`` and every module under ``sro_desktop/ui`` for ``tr()`` and
``QCoreApplication.translate()`` calls, updates ``resources/translations/sro_desktop_<lang>.ts``
(existing translations are kept; new strings arrive unfinished for Qt Linguist) and compiles
each .ts into the .qm file the program loads. German is the source language, so only the
other languages have files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "sro_desktop"
TRANSLATIONS = PACKAGE / "resources" / "translations"
LANGUAGES = ("en",)


def _tool(name: str) -> str:
    """The PySide6 wrapper next to this Python, else one on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} nicht gefunden (PySide6 installieren)")
    return found


def sources() -> list[Path]:
    """The files whose strings are translated."""
    return [PACKAGE / "app.py", *sorted((PACKAGE / "ui").rglob("*.py"))]


def main() -> int:
    """Update and compile every language; return the exit code."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"sro_desktop_{language}.ts"
        subprocess.run([_tool("pyside6-lupdate"), "-locations", "none", "-source-language",
                        "de_DE", "-target-language", language, *files, "-ts", str(ts)],
                       cwd=ROOT, check=True)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
