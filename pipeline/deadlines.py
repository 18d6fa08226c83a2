"""Deadlines of task rows ("Quý IV/2025", "Thường xuyên", "trước ngày 25/8/2019") normalised.

``parse_deadline`` returns {"start", "end", "label"}: ISO dates for the period the text
names (a day, a month, a quarter, a year, or "before" a day, which has no start), and a
label for recurring or open forms ("thuong_xuyen", "dinh_ky_quy", …). Unknown text gives
all three None. Matching runs on folded text, so lost diacritics do not matter.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from .vietnamese import fold

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}

#: Recurring or open deadlines: folded phrase → label.
_LABELS = (
    (r"thuong xuyen", "thuong_xuyen"),
    (r"dinh ky hang quy|hang quy", "dinh_ky_quy"),
    (r"dinh ky hang thang|hang thang", "dinh_ky_thang"),
    (r"dinh ky (?:6|sau) thang|hang nam", "dinh_ky_nam"),
    (r"dinh ky hang tuan|hang tuan", "dinh_ky_tuan"),
    (r"dinh ky", "dinh_ky"),
    (r"theo ke hoach", "theo_ke_hoach"),
)


def _day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def parse_deadline(text: str | None) -> dict[str, Any]:
    """{"start", "end", "label"} of a printed deadline; None values for what it does not say."""
    out: dict[str, Any] = {"start": None, "end": None, "label": None}
    if not text:
        return out
    f = " ".join(fold(text).lower().split())
    before = re.search(r"\b(?:truoc|cham nhat|han chot|den)\b", f) is not None
    if m := re.search(
        r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})|ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})", f
    ):
        d, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
        day = _day(int(y), int(mo), int(d))
        if day:
            out["end"] = day.isoformat()
            if not before:
                out["start"] = day.isoformat()
    elif m := re.search(r"quy\s+([ivx]+|[1-4])\s*(?:/|nam)\s*(\d{4})", f):
        q = m.group(1).upper()
        quarter = _ROMAN.get(q) or (int(q) if q.isdigit() else None)
        if quarter:
            year = int(m.group(2))
            out["start"] = dt.date(year, 3 * quarter - 2, 1).isoformat()
            out["end"] = _month_end(year, 3 * quarter).isoformat()
    elif m := re.search(r"thang\s+(\d{1,2})\s*(?:/|nam)\s*(\d{4})", f):
        month, year = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            out["start"] = dt.date(year, month, 1).isoformat()
            out["end"] = _month_end(year, month).isoformat()
    elif m := re.search(r"(?:^|\s)nam\s+(\d{4})\b|^(\d{4})$", f):
        year = int(m.group(1) or m.group(2))
        out["start"] = dt.date(year, 1, 1).isoformat()
        out["end"] = dt.date(year, 12, 31).isoformat()
    if before and out["end"]:
        out["start"] = None
        out["label"] = "truoc_ngay"
    for pattern, label in _LABELS:
        if re.search(pattern, f):
            out["label"] = label
            break
    return out
