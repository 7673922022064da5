"""Measures (Maßnahmen) in the window: the list panel and the measure form."""

from .form import MeasureForm
from .panel import MeasurePanel

__all__ = ["MeasureForm", "MeasurePanel"]
