"""Refresh the translation files: extract strings with lupdate, fill and compile them.

    python tools/update_translations.py           # update .ts and .qm; exit 1 if unfinished
    python tools/update_translations.py --check   # change nothing; exit 1 if unfinished or stale

Scans ``sro_desktop/app.py`` and every module under ``sro_desktop/ui`` for ``tr()`` and
``QCoreApplication.translate()`` calls and updates ``resources/translations/sro_desktop_<lang>.ts``
(existing translations are kept, strings gone from the sources are dropped, new strings arrive
unfinished). Some strings lupdate cannot see are added from a generated helper file:

- calls of one-argument wrappers such as ``def _t(text): return QCoreApplication.translate(
  "Meetings", text)`` (found by reading the modules), and
- ``self.tr(SOME_TABLE[key])`` calls whose texts live in a table: :data:`DYNAMIC` names the
  context and the table (a dict, a sequence, or a single text). The services' German
  vocabulary (states, field names, kinds of entries …) is translated this way where the
  interface shows it. A dynamic call that is not declared there is reported as a warning;
- ``window.tr("…")`` on another object: lupdate files it under the variable's name, while
  PySide looks it up under the object's class, which :data:`DELEGATES` names.

Unfinished messages are then filled from the dictionary of ``tools/translate_<lang>.py`` (when
there is one; finished translations are never overwritten, so edits made in Qt Linguist stay),
and each .ts is compiled into the .qm file the program loads. German is the source language, so
only the other languages have files. The exit code is 1 while any message is unfinished, so the
script doubles as a check.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "sro_desktop"
TRANSLATIONS = PACKAGE / "resources" / "translations"
LANGUAGES = ("en",)


@dataclass(frozen=True)
class Dynamic:
    """A ``tr()`` call whose argument is looked up in a table: its texts, in its context."""

    file: str  # relative to ROOT
    expression: str  # the argument as ``ast.unparse`` writes it
    context: str
    module: str
    table: str
    attribute: str | None = None  # for a sequence of records: the field holding the text


_MEASURE_LABELS = "sro_desktop/ui/measures/labels.py"
_BUDGET_LABELS = "sro_desktop/ui/budget/labels.py"
_SERVICES = "sro_desktop.services"

DYNAMIC: tuple[Dynamic, ...] = (
    Dynamic("sro_desktop/ui/budget/tiles.py", "FIGURE_HELP[key]", "FigureTiles",
            "sro_desktop.services.budget.labels", "FIGURE_HELP"),
    Dynamic("sro_desktop/ui/budget/panel.py", "FIGURE_LABELS[figure]", "BudgetPanel",
            "sro_desktop.services.budget.labels", "FIGURE_LABELS"),
    Dynamic("sro_desktop/ui/measures/list_model.py", "COLUMNS[section].title",
            "MeasureListModel", "sro_desktop.ui.measures.list_model", "COLUMNS", "title"),
    # The services' German vocabulary, translated where the interface shows it.
    Dynamic(_MEASURE_LABELS, "status_label", "MeasureStatus",
            f"{_SERVICES}.measures.labels", "STATUS_LABELS"),
    Dynamic(_MEASURE_LABELS, "action_label", "MeasureAction",
            f"{_SERVICES}.measures.labels", "ACTION_LABELS"),
    Dynamic(_MEASURE_LABELS, "field_label", "MeasureField",
            f"{_SERVICES}.measures.fields", "FIELD_LABELS"),
    Dynamic(_MEASURE_LABELS, "category_label", "CostCategory",
            f"{_SERVICES}.measures.labels", "COST_CATEGORY_LABELS"),
    Dynamic(_MEASURE_LABELS, "PRINCIPLE_SHORT[index]", "Principle",
            f"{_SERVICES}.measures.labels", "PRINCIPLE_SHORT"),
    Dynamic(_MEASURE_LABELS, "PRINCIPLES[index]", "Principle",
            f"{_SERVICES}.measures.labels", "PRINCIPLES"),
    Dynamic(_MEASURE_LABELS, "ADVICE_NOTE", "Principle",
            f"{_SERVICES}.measures.assessments", "ADVICE_NOTE"),
    Dynamic(_MEASURE_LABELS, "entity_label", "AuditEntity",
            f"{_SERVICES}.measures.history", "_ENTITY_LABELS"),
    Dynamic(_MEASURE_LABELS, "change_label", "AuditAction",
            f"{_SERVICES}.measures.history", "_ACTIONS"),
    Dynamic(_BUDGET_LABELS, "kind_label", "BudgetEntryKind",
            f"{_SERVICES}.budget.labels", "KIND_LABELS"),
    Dynamic(_BUDGET_LABELS, "figure_label", "BudgetPanel",
            f"{_SERVICES}.budget.labels", "FIGURE_LABELS"),
    Dynamic(_BUDGET_LABELS, "role_label", "ChairRole",
            f"{_SERVICES}.budget.chairs", "_ROLE_LABELS"),
    Dynamic(_BUDGET_LABELS, "period_label", "PeriodKind",
            f"{_SERVICES}.budget.split_plan", "_PERIOD_LABELS"),
    Dynamic("sro_desktop/ui/search_results.py", "group_label", "SearchGroup",
            f"{_SERVICES}.search", "GROUP_LABELS"),
)


# ``name.tr("…")`` outside the class: (file, variable) → the class PySide takes as context.
DELEGATES: dict[tuple[str, str], str] = {
    ("sro_desktop/ui/features.py", "window"): "MainWindow",
}


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


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def _text(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """One-argument functions that return ``translate("Context", argument)``: name → context."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = [s for s in node.body if not (isinstance(s, ast.Expr) and _text(s.value))]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if (isinstance(call, ast.Call) and _call_name(call) == "translate"
                and len(call.args) == 2 and _text(call.args[0]) is not None
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == node.args.args[0].arg):
            found[node.name] = _text(call.args[0]) or ""
    return found


def _is_wrapper_body(call: ast.Call, wrappers: dict[str, str], tree: ast.Module) -> bool:
    return any(isinstance(n, ast.FunctionDef) and n.name in wrappers and call in ast.walk(n)
               for n in tree.body)


def extra_messages() -> tuple[list[tuple[str, str]], list[str]]:
    """Messages lupdate misses (wrapper calls, declared tables), and undeclared dynamic calls."""
    messages: list[tuple[str, str]] = []
    warnings: list[str] = []
    declared = {(d.file, d.expression) for d in DYNAMIC}
    for path in sources():
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = _wrappers(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            owner = node.func.value if isinstance(node.func, ast.Attribute) else None
            if (name == "tr" and isinstance(owner, ast.Name) and owner.id != "self"
                    and node.args and _text(node.args[0]) is not None):
                if (rel, owner.id) in DELEGATES:
                    messages.append((DELEGATES[(rel, owner.id)], _text(node.args[0]) or ""))
                else:
                    warnings.append(f"{rel}:{node.lineno}: {ast.unparse(node)} "
                                    f"(Klasse von {owner.id} nicht in DELEGATES)")
                continue
            if name in wrappers and isinstance(node.func, ast.Name) and node.args:
                text = _text(node.args[0])
                if text is not None:
                    messages.append((wrappers[name], text))
                    continue
            index = 0 if name == "tr" else 1 if name == "translate" else None
            if index is None or len(node.args) <= index or _text(node.args[index]) is not None:
                continue
            if name == "translate" and _text(node.args[0]) is None:
                continue  # QTransform.translate(x, y), QPainter.translate(point)
            if (rel, ast.unparse(node.args[index])) in declared:
                continue
            if name == "translate" and _is_wrapper_body(node, wrappers, tree):
                continue
            warnings.append(f"{rel}:{node.lineno}: {ast.unparse(node)} (nicht in DYNAMIC)")
    for dyn in DYNAMIC:
        table = getattr(importlib.import_module(dyn.module), dyn.table)
        values: Iterable[object] = (
            table.values() if isinstance(table, dict) else (table,) if isinstance(table, str)
            else table)
        for value in values:
            entry = getattr(value, dyn.attribute) if dyn.attribute else value
            messages.append((dyn.context, str(entry)))
    return messages, warnings


def write_extra_source(messages: list[tuple[str, str]], folder: Path) -> Path:
    """A Python file of plain ``translate()`` calls for lupdate to read."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    lines += [f"QCoreApplication.translate({ctx!r}, {text!r})" for ctx, text in messages]
    path = folder / "sro_desktop_dynamic_strings.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@dataclass(frozen=True)
class Counts:
    """How many messages a .ts file holds, by state."""

    finished: int
    unfinished: int
    vanished: int

    @property
    def total(self) -> int:
        """Messages the program can use (finished or not), without vanished ones."""
        return self.finished + self.unfinished


def count(ts: Path) -> tuple[Counts, list[tuple[str, str]]]:
    """Counts of a .ts file and the (context, source) of each unfinished message."""
    finished = vanished = 0
    missing: list[tuple[str, str]] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation")
            state = kind.get("type") if kind is not None else "unfinished"
            if state in ("vanished", "obsolete"):
                vanished += 1
            elif state == "unfinished":
                missing.append((name, message.findtext("source") or ""))
            else:
                finished += 1
    return Counts(finished, len(missing), vanished), missing


def _lupdate(files: list[str], language: str, ts: Path) -> None:
    # -no-obsolete: a string gone from the sources leaves the file; its English stays in
    # translate_<lang>.py should it come back.
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "de_DE", "-target-language", language, *files,
                    "-ts", str(ts)], cwd=ROOT, check=True)


def _fill(language: str, ts: Path) -> int:
    """Fill unfinished messages from ``tools/translate_<language>.py``, if it exists."""
    helper = ROOT / "tools" / f"translate_{language}.py"
    if not helper.exists():
        return 0
    sys.path.insert(0, str(helper.parent))
    try:
        module = importlib.import_module(helper.stem)
    finally:
        sys.path.remove(str(helper.parent))
    filled: int = module.fill(ts)
    return filled


def update(language: str, ts: Path, qm: Path, files: list[str]) -> tuple[Counts, int]:
    """lupdate, fill from the dictionary, lupdate again (its own layout), lrelease."""
    _lupdate(files, language, ts)
    filled = _fill(language, ts)
    if filled:
        _lupdate(files, language, ts)
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   cwd=ROOT, check=True)
    return count(ts)[0], filled


def main(argv: list[str] | None = None) -> int:
    """Update (or with ``--check`` only verify) every language; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="nichts ändern; Fehler, wenn etwas fehlt oder veraltet ist")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # DYNAMIC imports modules of the package
    status = 0
    with tempfile.TemporaryDirectory(prefix="sro-i18n-") as tmp:
        messages, warnings = extra_messages()
        for warning in warnings:
            print(f"Warnung: dynamischer tr()-Aufruf: {warning}")
        files = [str(p.relative_to(ROOT)) for p in sources()]
        files.append(str(write_extra_source(messages, Path(tmp))))
        for language in LANGUAGES:
            ts = TRANSLATIONS / f"sro_desktop_{language}.ts"
            qm = ts.with_suffix(".qm")
            target_ts, target_qm = ts, qm
            if args.check:
                target_ts, target_qm = Path(tmp) / ts.name, Path(tmp) / qm.name
                shutil.copyfile(ts, target_ts)
            counts, filled = update(language, target_ts, target_qm, files)
            print(f"{ts.name}: {counts.total} Texte, {counts.finished} übersetzt, "
                  f"{counts.unfinished} unfertig, {counts.vanished} entfallen"
                  + (f", {filled} aus translate_{language}.py ergänzt" if filled else ""))
            for context, source in count(target_ts)[1]:
                print(f"  unfertig: [{context}] {source!r}")
            if counts.unfinished:
                status = 1
            if args.check:
                for mine, fresh in ((ts, target_ts), (qm, target_qm)):
                    if not qm.exists() or mine.read_bytes() != fresh.read_bytes():
                        print(f"  veraltet: {mine.relative_to(ROOT)} "
                              "(python tools/update_translations.py ausführen)")
                        status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
