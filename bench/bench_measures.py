"""Opening the measure list and one measure (measure_list_ms_p95, measure_open_ms_p95).

    python bench/bench_measures.py [--db PATH]

Real widgets on the offscreen platform. One list opening is setting the area (the whole city,
a Regionalraum, one Sozialraum) on the panel or clicking a column header to sort, until the
first page is read and the panel is painted. One measure opening is building the measure form
for a measure, loading it and painting it. Each is repeated over many areas, columns and
measures; the p95 is reported. Without ``--db`` a 20-year demo database is generated first.
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
    """p50/p95 of opening the measure list (area changes, sorting) and one measure."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from sro_desktop.app import AppContext
    from sro_desktop.models import Area, AreaLevel, Measure
    from sro_desktop.storage.open import open_database
    from sro_desktop.ui.change_bus import ChangeBus
    from sro_desktop.ui.measures import MeasureForm, MeasurePanel

    app = QApplication.instance() or QApplication([])
    db = open_database(db_path)
    try:
        with db.session() as s:
            city = s.scalars(select(Area.id).where(Area.parent_id.is_(None))).first()
            regions = list(s.scalars(select(Area.id).where(Area.level == AreaLevel.REGION)))
            spaces = list(s.scalars(select(Area.id).where(Area.level == AreaLevel.SOCIAL_SPACE)
                                    .order_by(Area.code)))
            measure_count = int(s.scalar(select(func.count(Measure.id))) or 0)
            sample = list(s.scalars(select(Measure.id).order_by(Measure.number)
                                    .offset(0).limit(max(1, measure_count))))
        ctx = AppContext(database=db, user="bench", bus=ChangeBus(), undo_stack=QUndoStack())
        panel = MeasurePanel(ctx)
        panel.resize(1280, 700)
        panel.show()
        app.processEvents()

        def timed(action: Any) -> float:
            start = time.perf_counter()
            action()
            panel.repaint()
            app.processEvents()
            return (time.perf_counter() - start) * 1000

        list_ms: list[float] = []
        header = panel.view.horizontalHeader()
        for _ in range(3):
            for area in [city, *regions, *spaces]:
                list_ms.append(timed(lambda a=area: panel.set_area(a)))
            panel.set_area(city)
            for column in range(panel.model.columnCount()):
                for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                    list_ms.append(timed(lambda c=column, o=order: header.setSortIndicator(c, o)))
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)

        open_ms: list[float] = []
        step = max(1, len(sample) // 40)
        for measure_id in sample[::step][:40]:
            start = time.perf_counter()
            form = MeasureForm(ctx, measure_id)
            form.show()
            form.repaint()
            app.processEvents()
            open_ms.append((time.perf_counter() - start) * 1000)
            form.doc.stack.setClean()
            form.close()
            app.processEvents()
        panel.close()
        panel.deleteLater()
        app.processEvents()
        return {
            "measure_list_ms_p50": round(_percentile(list_ms, 0.5), 2),
            "measure_list_ms_p95": round(_percentile(list_ms, 0.95), 2),
            "measure_list_count": len(list_ms),
            "measure_open_ms_p50": round(_percentile(open_ms, 0.5), 2),
            "measure_open_ms_p95": round(_percentile(open_ms, 0.95), 2),
            "measure_open_count": len(open_ms),
            "measures_in_database": measure_count,
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
