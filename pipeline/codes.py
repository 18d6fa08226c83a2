"""Numbers, codes and dates as printed on documents, normalised.

``normalise_code`` removes the spaces OCR puts around "/" and "-" and fixes the usual
confusions: O for 0 and I/l/| for 1 in the number, D for Đ in the type abbreviations that
have it (QD → QĐ). ``parse_date`` gives an ISO date or None when the date cannot exist.
"""

from __future__ import annotations

import datetime as dt
import re

#: Type abbreviations of Phụ lục III written with Đ, as OCR without the bar reads them.
_WITH_D_BAR = {"QD": "QĐ", "CD": "CĐ", "DA": "ĐA", "QYD": "QyĐ", "QyD": "QyĐ", "ND": "NĐ"}
_NUMBER_FIXES = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})


def parse_date(day: str, month: str, year: str) -> str | None:
    """ISO date, or None when the date cannot exist (31/02, month 13)."""
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def normalise_number(so: str) -> str:
    """The number part: OCR letter confusions fixed (1O → 10, I9 → 19)."""
    return so.strip().translate(_NUMBER_FIXES)


def normalise_code(code: str) -> str:
    """A number and code as one string: "19 / KH-TTVT" → "19/KH-TTVT", "12/QD-UBND" →
    "12/QĐ-UBND". The number keeps its leading zeros ("05/CT-UBND")."""
    code = re.sub(r"\s*([/-])\s*", r"\1", code.strip()).strip(" .,;:")
    parts = code.split("/")
    number_end = 2 if len(parts) > 2 and re.fullmatch(r"\d{4}", parts[1]) else 1
    lead = re.match(r"^[\dOoIl|]+", parts[0])
    if lead:
        parts[0] = normalise_number(lead.group(0)) + parts[0][lead.end() :]
    rest = "/".join(parts[number_end:])
    pieces = re.split(r"([-/])", rest)
    pieces = [_WITH_D_BAR.get(p, p) if i == 0 else p for i, p in enumerate(pieces)]
    # after a dash-joined number ("52-NQ/TW") the type comes after the dash
    head = "/".join(parts[:number_end])
    if "-" in head and number_end == 1:
        num, _, abbr = head.partition("-")
        head = f"{num}-{_WITH_D_BAR.get(abbr, abbr)}"
    return head + ("/" + "".join(pieces) if rest else "")


def normalise_party_code(code: str) -> str:
    """The code of a Party or Đoàn document, after the dash of its number ("Số 21-KH/TU"):
    its type first, with Đ where Phụ lục III has it ("QD/TU" → "QĐ/TU")."""
    abbr, slash, rest = normalise_code(code).partition("/")
    return _WITH_D_BAR.get(abbr, abbr) + slash + rest
