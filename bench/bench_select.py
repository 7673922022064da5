"""Selecting tree nodes until the overview is filled; also the resident memory afterwards."""

from __future__ import annotations

import time
from typing import Any


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run(db_path: str) -> dict[str, Any]:
    """p50/p95 of selecting every region and Sozialraum (and some Quartiere) in the tree."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QApplication, QTreeView

    from sro_desktop.app import open_main_window

    window = open_main_window(db_path)
    window.show()
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    tree = window.findChild(QTreeView, "areaTree")
    model = tree.model()

    def walk(parent: QModelIndex, depth: int) -> list[QModelIndex]:
        out = []
        while model.canFetchMore(parent):
            model.fetchMore(parent)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            out.append(index)
            if depth < 3:
                out += walk(index, depth + 1)
        return out

    nodes = walk(QModelIndex(), 0)
    timings = []
    for _ in range(3):
        for index in nodes:
            start = time.perf_counter()
            tree.setCurrentIndex(index)
            app.processEvents()
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p50 = timings[len(timings) // 2]
    p95 = timings[int(0.95 * (len(timings) - 1))]
    return {"select_ms_p50": round(p50, 2), "select_ms_p95": round(p95, 2),
            "select_nodes": len(nodes), "rss_mb": round(_rss_mb(), 1)}
