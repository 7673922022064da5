"""The panel's table as CSV for Excel in German: ``;`` separator, UTF-8 with BOM, decimal comma.

Amounts are written as plain numbers with a decimal comma and no thousands separator or euro
sign (``1234,56``), which German Excel reads as numbers; the header names the unit (€).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Literal

from .panel import PanelData, Row

__all__ = ["CSV_COLUMNS", "cents_csv", "panel_csv", "write_panel_csv"]

Mode = Literal["area", "measure"]

CSV_COLUMNS = ("Beschlossen (€)", "Vereinbart (€)", "Ausgezahlt (€)", "Rückflüsse (€)",
               "Gebunden (€)")


def cents_csv(cents: int) -> str:
    """``-1234,56`` for Excel in German."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros},{rest:02d}"


def _values(row: Row) -> list[str]:
    return [cents_csv(v) for v in (row.committed, row.agreed, row.paid, row.returned, row.used)]


def panel_csv(data: PanelData, mode: Mode = "area") -> bytes:
    """The table of the panel (by Sozialraum/Regionalraum or by measure) as CSV bytes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    first = data.area_heading if mode == "area" else "Maßnahme"
    second = "Code" if mode == "area" else "Sozialraum"
    writer.writerow([f"Budget {data.scope.title} {data.year}"])
    writer.writerow([first, second, *CSV_COLUMNS])
    rows = data.by_area if mode == "area" else data.by_measure
    for row in rows:
        writer.writerow([row.label, row.detail, *_values(row)])
    f = data.figures
    writer.writerow(["Summe", "", *(cents_csv(v) for v in (
        f.committed, f.agreed, f.paid, f.returned, f.used))])
    writer.writerow([])
    writer.writerow(["Gesamtbudget (€)", cents_csv(f.total)])
    writer.writerow(["Verfügbar (€)", cents_csv(f.available)])
    return buffer.getvalue().encode("utf-8-sig")


def write_panel_csv(path: str | Path, data: PanelData, mode: Mode = "area") -> None:
    """Write the CSV file (replacing it)."""
    Path(path).write_bytes(panel_csv(data, mode))
