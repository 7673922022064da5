"""The core (models, services, storage, reports) never imports Qt; dependencies point one way."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import sro_desktop

PACKAGE = Path(sro_desktop.__file__).parent
CORE = ("models", "services", "storage", "reports")
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            # Relative imports climb to the package root: "..ui" from services is still ui.
            name = ("." * node.level) + (node.module or "")
            found.append((name, node.lineno))
    return found


def test_core_never_imports_qt() -> None:
    offenders = []
    for layer in CORE:
        for path in (PACKAGE / layer).rglob("*.py"):
            for name, line in _imports(path):
                if name.split(".")[0] in QT:
                    offenders.append(f"{path.relative_to(PACKAGE)}:{line} imports {name}")
    assert offenders == []


def test_core_never_imports_ui() -> None:
    offenders = []
    for layer in CORE:
        for path in (PACKAGE / layer).rglob("*.py"):
            for name, line in _imports(path):
                if ".ui" in name or name.startswith(("sro_desktop.ui", "sro_desktop.app")):
                    offenders.append(f"{path.relative_to(PACKAGE)}:{line} imports {name}")
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = []
    for layer in CORE:
        pkg = __import__(f"sro_desktop.{layer}", fromlist=["__path__"])
        modules.append(pkg.__name__)
        for info in pkgutil.walk_packages(pkg.__path__, prefix=f"{pkg.__name__}."):
            if ".migrations" in info.name:
                continue
            modules.append(info.name)
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"print(sorted(k for k in sys.modules if k.split('.')[0] in {QT!r}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
