"""The panel's table as CSV for Excel in German: ``;`` separator, UTF-8 with BOM, decimal comma.

The file has exactly the columns of the table on screen (:func:`table_columns`, which the table
model uses too), the header in the first row and the sum row last, so that Excel and
``csv.DictReader`` read it as one table; what the table shows (scope, year, breakdown) goes into
the suggested file name (:func:`csv_file_name`). Amounts are plain numbers with a decimal comma
and no thousands separator or euro sign (``1234,56``), which German Excel reads as numbers; the
header names the unit (€).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Literal

from .labels import FIGURE_LABELS
from .panel import PanelData, Row

__all__ = ["cents_csv", "csv_file_name", "panel_csv", "table_columns", "write_panel_csv"]

Mode = Literal["area", "measure"]

_MONEY = ("committed", "agreed", "paid", "returned", "used")


def table_columns(data: PanelData, mode: str) -> list[str]:
    """The keys of the table's columns: ``label``, ``detail``, then the money columns; the
    city-wide table by Regionalraum adds Gesamt before and Verfügbar after them (only the
    Regionalräume have a budget of their own)."""
    with_totals = data.scope.city_wide and mode == "area"
    return ["label", "detail", *(("total",) if with_totals else ()), *_MONEY,
            *(("available",) if with_totals else ())]


def cents_csv(cents: int) -> str:
    """``-1234,56`` for Excel in German."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros},{rest:02d}"


def _headers(data: PanelData, mode: str, keys: list[str]) -> list[str]:
    names = {
        "label": data.area_heading if mode == "area" else "Maßnahme",
        "detail": "Code" if mode == "area" else "Sozialraum",
    }
    # Money columns carry the figures' own names (the table translates them) and the unit.
    return [names.get(key) or f"{FIGURE_LABELS[key]} (€)" for key in keys]


def _cells(row: Row, keys: list[str]) -> list[str]:
    return [row.label, row.detail, *(cents_csv(getattr(row.figures, k)) for k in keys[2:])]


def panel_csv(data: PanelData, mode: Mode = "area") -> bytes:
    """The table of the panel (by Sozialraum/Regionalraum or by measure) as CSV bytes: header,
    one line per row, and the sum line "Summe" (as on screen)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    keys = table_columns(data, mode)
    writer.writerow(_headers(data, mode, keys))
    for row in data.by_area if mode == "area" else data.by_measure:
        writer.writerow(_cells(row, keys))
    f = data.figures
    writer.writerow(["Summe", "", *(cents_csv(getattr(f, k)) for k in keys[2:])])
    return buffer.getvalue().encode("utf-8-sig")


def csv_file_name(data: PanelData, mode: str = "area") -> str:
    """The suggested file name: what the table shows, as the title line would have said it
    (``Budget_Regionalraum_Nordwest_2027_nach_Sozialraum.csv``)."""
    breakdown = ("nach_Regionalraum" if data.scope.city_wide else "nach_Sozialraum") \
        if mode == "area" else "nach_Maßnahme"
    title = re.sub(r'[<>:"/\\|?*()]+', "", data.scope.title)  # not allowed or awkward on Windows
    title = re.sub(r"\s+", "_", title.strip())
    return f"Budget_{title}_{data.year}_{breakdown}.csv"


def write_panel_csv(path: str | Path, data: PanelData, mode: Mode = "area") -> None:
    """Write the CSV file (replacing it)."""
    Path(path).write_bytes(panel_csv(data, mode))
