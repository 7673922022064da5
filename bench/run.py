"""Benchmarks of SRO Desktop; prints one JSON object.

    python bench/run.py --db PATH [--runs N]

Every measurement runs in fresh child processes on the offscreen Qt platform, so that one
benchmark's caches do not flatter the next. Tests never assert these numbers; docs/performance.md
records what was measured.
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MARK = "SRO-BENCH-READY"

FLOOR_CHILD = f"""
import sqlalchemy.orm
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print("{MARK}", flush=True)
"""

STARTUP_CHILD = f"""
import sys
from sro_desktop.app import open_main_window
from PySide6.QtWidgets import QApplication, QTreeView
w = open_main_window(sys.argv[1])
w.show()
tree = w.findChild(QTreeView, "areaTree")
app = QApplication.instance()
app.processEvents()
assert tree.model().rowCount() > 0
print("{MARK}", flush=True)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(HERE.parent) + os.pathsep + env.get("PYTHONPATH", "")
    # An installed program has its bytecode compiled (pip does that at install time); a child
    # importing the checkout must not compile every module on every start, which it would do
    # with PYTHONDONTWRITEBYTECODE set (some machines set it globally).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # Each child gets scratch settings, so that window state of earlier runs does not matter.
    env.setdefault("XDG_CONFIG_HOME", str(Path(os.environ.get("TMPDIR", "/tmp")) / "sro-bench-cfg"))
    return env


def _time_child(code: str, *args: str) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env())
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == MARK:
            elapsed = (time.perf_counter() - start) * 1000
            break
    else:
        raise RuntimeError(f"child failed: {proc.stderr.read() if proc.stderr else ''}")
    proc.wait()
    return elapsed


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))], 2)


def startup(db: str, runs: int) -> dict[str, Any]:
    """Process start to window shown with the tree, against the floor of the stack."""
    compileall.compile_dir(HERE.parent / "sro_desktop", quiet=1)  # as `pip install` leaves it
    _time_child(STARTUP_CHILD, db)  # warm the OS file cache once, as a returning user has it
    floor, start = [], []
    for _ in range(runs):
        floor.append(_time_child(FLOOR_CHILD))
        start.append(_time_child(STARTUP_CHILD, db))
    floor_ms = statistics.median(floor)
    startup_ms = statistics.median(start)
    return {"floor_ms": round(floor_ms, 1), "startup_ms": round(startup_ms, 1),
            "startup_ratio": round(startup_ms / floor_ms, 3)}


def _child_json(module: str, db: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, str(HERE / "run.py"), "--child", module, "--db", db],
                         capture_output=True, text=True, env=_env())
    if out.returncode != 0:
        return {f"{module}_error": out.stderr.strip().splitlines()[-1:] or ["failed"]}
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _run_child(module: str, db: str) -> None:
    sys.path.insert(0, str(HERE))
    result = importlib.import_module(module).run(db)
    print(json.dumps(result))


def main() -> int:
    """Run all benchmarks and print one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _run_child(args.child, args.db)
        return 0
    result: dict[str, Any] = {"db": args.db}
    result.update(startup(args.db, args.runs))
    for module in ("bench_select", "bench_measures", "bench_search", "bench_budget"):
        if (HERE / f"{module}.py").exists():
            result.update(_child_json(module, args.db))
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
