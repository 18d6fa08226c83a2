"""Task rows written as text rather than as a ruled table.

Two forms: a numbered task followed by "a) Đơn vị chủ trì: …; b) Đơn vị phối hợp: …;
c) Thời gian: …" lines, and the numbered items of a "TỔ CHỨC THỰC HIỆN" section, each a
unit and its duties ("1. Văn phòng Sở chủ trì, phối hợp với … trước ngày 30/9/2025", or
"1. Phòng Tổ chức - Hành chính" over "- duty" items).
Both become rows with the task-table names (stt, nhiem_vu, don_vi_chu_tri, …), gathered
as a table with ``"source": "text"``. Matching runs on folded text.
"""

from __future__ import annotations

import re
from typing import Any

from .vietnamese import fold

_NUMBERED = re.compile(r"^\s*(?P<stt>\d+(?:\.\d+)*)[.)]\s+(?P<text>\S.*)$")
_ROMAN_HEADING = re.compile(r"^\s*[IVX]+\.\s+")
_LABELLED = re.compile(
    r"^\s*(?:[a-zđ]\)|[-+•])?\s*(?P<label>(?:don vi|co quan) chu tri|(?:don vi|co quan) phoi hop"
    r"|thoi (?:gian|han)(?: thuc hien| hoan thanh)?|tien do|san pham(?: du kien)?|ghi chu)"
    r"\s*:\s*",
    re.IGNORECASE,
)
_LABEL_COLUMN = {
    "chu tri": "don_vi_chu_tri",
    "phoi hop": "don_vi_phoi_hop",
    "thoi": "thoi_gian",
    "tien do": "thoi_gian",
    "san pham": "san_pham",
    "ghi chu": "ghi_chu",
}
_TO_CHUC = re.compile(r"^\s*(?:[IVX]+\.\s*|\d+\.\s*)?TO CHUC THUC HIEN\s*$")
#: Where the unit's name ends and its duty begins in a "TỔ CHỨC THỰC HIỆN" item.
_DUTY = re.compile(
    r"\s+(?:chu tri|co trach nhiem|chiu trach nhiem|to chuc|phoi hop|theo doi|can cu|chi dao"
    r"|huong dan|bao dam|thuc hien|xay dung|tham muu|kiem tra|trien khai)\b|\s*:\s*",
    re.IGNORECASE,
)
_DEADLINE = re.compile(
    r"(?:truoc|cham nhat)\s+ngay\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|quy\s+[IV]+\s*/\s*\d{4}"
    r"|thang\s+\d{1,2}\s*/\s*\d{4}|thuong xuyen|dinh ky hang (?:quy|thang|nam)",
    re.IGNORECASE,
)
_END = re.compile(r"^\s*(?:n[o0]i\s*nh\S{1,2}n|phu luc|kt\.|tm\.|tl\.)", re.IGNORECASE)
COLUMNS = ["stt", "nhiem_vu", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_gian", "san_pham"]


def _column(label: str) -> str:
    folded = fold(label).lower()
    return next(col for key, col in _LABEL_COLUMN.items() if key in folded)


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines joined into items: a new item starts at a number, a letter, a dash or a label."""
    out: list[str] = []
    for line in lines:
        s = line.strip()
        if not s:
            continue
        starts = (
            _NUMBERED.match(s)
            or _ROMAN_HEADING.match(s)
            or _LABELLED.match(fold(s))
            or re.match(r"^[a-zđ]\)\s|^[-+•]\s", s)
            or _END.match(fold(s))
            or s.isupper()
        )
        if starts or not out:
            out.append(s)
        else:
            out[-1] += " " + s
    return out


def labelled_tasks(text: str) -> list[dict[str, Any]]:
    """Rows from numbered tasks followed by "Đơn vị chủ trì: …" lines."""
    rows: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for item in _paragraphs(text.split("\n")):
        folded = fold(item)
        label = _LABELLED.match(folded)
        if label and current is not None:
            value = re.sub(r"[;.]\s*$", "", item[label.end() :]).strip()
            current[_column(label.group("label"))] = value
            continue
        numbered = _NUMBERED.match(item)
        if current is not None and (current["don_vi_chu_tri"] or current["thoi_gian"]):
            rows.append(current)
        current = None
        if numbered:
            current = dict.fromkeys(COLUMNS)
            current["stt"] = numbered.group("stt")
            current["nhiem_vu"] = re.sub(r"[;:.]\s*$", "", numbered.group("text")).strip()
    if current is not None and (current["don_vi_chu_tri"] or current["thoi_gian"]):
        rows.append(current)
    return rows


def organisation_tasks(text: str) -> list[dict[str, Any]]:
    """Rows from the numbered items of a "TỔ CHỨC THỰC HIỆN" section: unit and duty."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if _TO_CHUC.match(fold(line).upper())), None)
    if start is None:
        return []
    rows: list[dict[str, Any]] = []
    unit: tuple[str, str] | None = None  # (stt, text) of a numbered item, maybe a unit heading
    duties = 0  # "- duty" items under it so far

    def close() -> None:
        # a numbered item without "- duty" items under it is "Unit verb duty…" on its own
        if unit and not duties:
            duty = _DUTY.search(fold(unit[1]))
            if duty and 0 < duty.start() <= 90:
                body = unit[1]
                rows.append(_unit_row(unit[0], body[: duty.start()], body[duty.start() :]))

    for item in _paragraphs(lines[start + 1 :]):
        if _ROMAN_HEADING.match(item) or _END.match(fold(item)) or item.isupper():
            break  # the next section, the closing, or the signer's title
        numbered = _NUMBERED.match(item)
        if numbered:
            close()
            unit, duties = (numbered.group("stt"), numbered.group("text")), 0
        elif unit and re.match(r"^[-+•]\s", item) and len(unit[1].split()) <= 10:
            rows.append(_unit_row(unit[0], unit[1].strip(" .:;"), item.lstrip("-+• ")))
            duties += 1
    close()
    return rows


def _unit_row(stt: str, unit: str, duty: str) -> dict[str, Any]:
    deadline = _DEADLINE.search(fold(duty))
    return {
        "stt": stt,
        "nhiem_vu": duty.strip(" :").rstrip("./").strip(),
        "don_vi_chu_tri": unit.strip(" ,:"),
        "don_vi_phoi_hop": None,
        "thoi_gian": duty[deadline.start() : deadline.end()] if deadline else None,
        "san_pham": None,
    }


def text_task_tables(pages: list[tuple[int, str]]) -> list[dict[str, Any]]:
    """Task tables found in the text of pages [(number, text)], as table records."""
    text = "\n".join(t for _, t in pages)
    out = []
    for rows, header in (
        (labelled_tasks(text), "Nhiệm vụ"),
        (organisation_tasks(text), "Tổ chức thực hiện"),
    ):
        if rows:
            first = _page_of(pages, rows[0]["nhiem_vu"] or "")
            out.append(
                {
                    "page": first,
                    "header": [header],
                    "columns": list(COLUMNS),
                    "rows": rows,
                    "source": "text",
                }
            )
    return out


def _page_of(pages: list[tuple[int, str]], snippet: str) -> int:
    key = " ".join(snippet.split()[:4])
    for number, text in pages:
        if key and key in " ".join(text.split()):
            return number
    return pages[0][0] if pages else 1
