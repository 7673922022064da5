"""Opening the budget panel for one Regionalraum and year (budget_open_ms_p95).

    python bench/bench_budget.py [--db PATH]

Real widgets on the offscreen platform: the panel is shown at 1100×700 and opened for every
Regionalraum and every budget year of the database, twice; one opening is the read (a GROUP BY
over the ledger), filling the models and the chart, and painting the panel. Without ``--db`` a
20-year demo database is generated in a temporary folder first.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1))]


def run(db_path: str) -> dict[str, Any]:
    """p50/p95 of opening the panel for each Regionalraum and year of the database."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from sro_desktop.app import AppContext
    from sro_desktop.models import Area, AreaLevel, Budget
    from sro_desktop.storage.open import open_database
    from sro_desktop.ui.budget import BudgetPanel
    from sro_desktop.ui.change_bus import ChangeBus

    app = QApplication.instance() or QApplication([])
    db = open_database(db_path)
    try:
        with db.session() as session:
            regions = list(session.scalars(
                select(Area.id).where(Area.level == AreaLevel.REGION).order_by(Area.code)))
            years = sorted(session.scalars(select(Budget.year).distinct()))
        ctx = AppContext(database=db, user="bench", bus=ChangeBus(), undo_stack=QUndoStack())
        start = time.perf_counter()
        panel = BudgetPanel(ctx)
        panel.resize(1100, 700)
        panel.show()
        app.processEvents()
        construct_ms = (time.perf_counter() - start) * 1000
        timings: list[float] = []
        for _ in range(2):
            for year in years:
                for region in regions:
                    start = time.perf_counter()
                    panel.show_budget(region, year)
                    panel.repaint()
                    app.processEvents()
                    timings.append((time.perf_counter() - start) * 1000)
        panel.close()
        panel.deleteLater()
        app.processEvents()
        del panel
        return {
            "budget_open_ms_p50": round(_percentile(timings, 0.5), 2),
            "budget_open_ms_p95": round(_percentile(timings, 0.95), 2),
            "budget_open_count": len(timings),
            "budget_panel_construct_ms": round(construct_ms, 2),
        }
    finally:
        db.close()


def _demo_database(folder: Path) -> str:
    from sro_desktop.storage.database import Database, make_engine
    from sro_desktop.storage.demo import generate_demo
    from sro_desktop.storage.open import open_database

    path = folder / "demo20.sqlite"
    open_database(path, create=True, seed="rostock").close()
    db = Database(make_engine(path))
    try:
        generate_demo(db, years=20, seed=1, as_of=date(2026, 11, 26))
    finally:
        db.close()
    return str(path)


def main() -> None:
    """Print the measurement as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="SQLite file or URL of a demo database")
    args = parser.parse_args()
    if args.db:
        print(json.dumps(run(args.db), indent=2))
        return
    with tempfile.TemporaryDirectory() as folder:
        print(json.dumps(run(_demo_database(Path(folder))), indent=2))


if __name__ == "__main__":
    main()
