"""components/dates: temporal expressions and their TIMEX3 values (see ``component.py``).

The plain functions other parts of the package reuse are re-exported here."""

from conflict_extract.components.dates.anchoring import is_calendar_value
from conflict_extract.components.dates.datelines import (
    dateline_date,
    dateline_value,
    normalise_date_yearless,
)
from conflict_extract.components.dates.extract import extract_dates
from conflict_extract.components.dates.normalise import normalise_date

__all__ = [
    "dateline_date",
    "dateline_value",
    "extract_dates",
    "is_calendar_value",
    "normalise_date",
    "normalise_date_yearless",
]
