"""Ruled tables: found in the page image, read cell by cell, headers mapped to canonical names.

``find_tables`` finds the ruling with OpenCV morphology (long horizontal and vertical
strokes), and the cells as the regions the ruling encloses, so merged cells are one region
spanning several columns or rows. ``read_tables`` (a page stage) reads every cell of a table
in one OCR call on a "cell sheet" (the cell images stacked with white space between them),
puts the tables on the page record, and rewrites the page text so a table reads one line per
cell, row by row, instead of OCR's lines across cells. ``map_header`` maps printed headers to
the task-table names (stt, nhiem_vu, don_vi_chu_tri, …) by fuzzy match; other tables keep
their headers (as slugs). ``merge_tables`` joins a table continued on the next page.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import Any

import cv2
import numpy as np
from rapidfuzz import fuzz

from . import dictionaries
from .layout import ordered_words, reading_order
from .ocr import engine_with_psm, recognise_all, tesseract_languages
from .records import OcrWord, Page
from .repair import normalise_line
from .syllables import is_syllable
from .vietnamese import fold

TASK_COLUMNS = (
    "stt",
    "nhiem_vu",
    "don_vi_chu_tri",
    "don_vi_phoi_hop",
    "thoi_gian",
    "san_pham",
    "ghi_chu",
)
#: A header maps to a canonical name when the fuzzy score reaches this (0-100).
HEADER_MATCH = 80
#: A printed header this close to a known one (0-100) is taken as that one.
HEADER_SNAP = 85
#: White space between cells on the cell sheet, in pixels.
SHEET_GAP = 60
#: Scales the cell sheet is read at (each cell keeps its most confident reading).
SHEET_SCALES = (2.0,)


@dataclasses.dataclass(frozen=True)
class Cell:
    """One cell: its box on the page and the grid rows/columns it spans."""

    left: int
    top: int
    right: int
    bottom: int
    row: int
    col: int
    colspan: int = 1
    rowspan: int = 1


@dataclasses.dataclass(frozen=True)
class Grid:
    """A ruled table found on the page: its box and cells (row-major)."""

    left: int
    top: int
    right: int
    bottom: int
    rows: int
    cols: int
    cells: tuple[Cell, ...]


@dataclasses.dataclass(frozen=True)
class Ruling:
    """The ruled tables found in a page image, the masks of the page's long horizontal
    and vertical strokes (None when no table was found), and the rules that stand alone
    (the lines under the Tiêu ngữ, the agency and the title), as (mask, box) pairs."""

    grids: tuple[Grid, ...]
    horizontal: np.ndarray | None = None
    vertical: np.ndarray | None = None
    rules: tuple[tuple[np.ndarray, tuple[int, int, int, int]], ...] = ()


# -- header mapping --------------------------------------------------------------------


@lru_cache(maxsize=1)
def _header_variants() -> tuple[tuple[str, str, str], ...]:
    """(canonical name, match key, header as printed) of dictionaries/table_headers.tsv."""
    with open(dictionaries.path("table_headers.tsv"), encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return tuple((r["canonical"], _key(r["header"]), r["header"]) for r in rows)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9/ ]", " ", fold(text).lower()).split())


def slug(text: str) -> str:
    """A column name from a printed header: "Kết quả quý III" → "ket_qua_quy_iii"."""
    return re.sub(r"[^a-z0-9]+", "_", fold(text).lower()).strip("_") or "cot"


def canonical_header(text: str) -> tuple[str | None, float]:
    """The task-table name closest to a printed header, and its score (0-100)."""
    name, _, score = _closest_header(text)
    return name, score


def _closest_header(text: str) -> tuple[str | None, str, float]:
    key = _key(text)
    best: tuple[str | None, str, float] = (None, text, 0.0)
    for name, variant, printed in _header_variants():
        score = fuzz.ratio(key, variant)
        if score > best[2]:
            best = (name, printed, score)
    return best


def snap_header(text: str) -> str:
    """A header cell as printed, OCR slips fixed when it is close to a known header
    ("SITT" → "STT", "Đơn vị chủ tri" → "Đơn vị chủ trì")."""
    _, printed, score = _closest_header(text)
    return printed if score >= HEADER_SNAP else text


def is_numbering_column(header: str, body: list[str]) -> bool:
    """Whether a column is the numbering (STT): its header reads as STT, or a short header
    that OCR may have garbled ("SIT", "5TT") heads a column of mostly plain numbers."""
    name, score = canonical_header(header)
    if name == "stt" and score >= HEADER_MATCH:
        return True
    key = _key(header).replace(" ", "")
    if not key or len(key) > 4 or fuzz.ratio(key, "stt") < 60:
        return False
    filled = [b.strip() for b in body if b.strip()]
    numbers = [b for b in filled if re.fullmatch(r"\d{1,4}\.?", b)]
    return len(filled) >= 2 and len(numbers) * 2 >= len(filled)


#: A digit 1 read inside a lower-case word, for the letter i ("g1ao" → "giao").
_ONE_IN_WORD = re.compile(r"\b([a-zà-ỹđ]+)1([a-zà-ỹđ]+)\b")


def fix_digit_in_word(text: str) -> str:
    """Lower-case words with a 1 inside them where ``i`` makes a Vietnamese syllable."""

    def fixed(match: re.Match[str]) -> str:
        word = f"{match.group(1)}i{match.group(2)}"
        return word if is_syllable(word) else match.group(0)

    return _ONE_IN_WORD.sub(fixed, text)


#: A quarter's Roman numeral as OCR may read it: "H" for II (or I), "IH" for III, a stray "U";
#: alone or as a range ("Quý II - IH/2025").
_NUMERAL = r"[IVHUl|1]{1,4}"
_QUARTER = re.compile(
    rf"\b([Qq]u[ýỷỳỹỵy]|QU[ÝỶỲỸỴY])\s*({_NUMERAL})(?:(\s*-\s*)({_NUMERAL}))?"
    r"(?=\s*/|\s+năm\b|\s*$)"
)
#: "Quý IV/2025- Quý I/2026": the space before a range's dash lost after a number.
_RANGE_DASH = re.compile(r"(?<=[\dIVX])-\s+(?=[A-ZĐ\d])")


def _quarter_numeral(numeral: str) -> str | None:
    numeral = re.sub(r"[l|1]", "I", numeral)
    for h in ("II", "I", ""):  # "IH" is III, "IHI" is III too; "IIHI" is III (H stray)
        for u in ("II", ""):
            reading = numeral.replace("H", h).replace("U", u)
            if reading in ("I", "II", "III", "IV"):
                return reading
    return None


def fix_quarter(text: str) -> str:
    """ "Quý IH/2025" → "Quý III/2025": the numeral after Quý (or both ends of a range)
    read back when one reading of its look-alike letters (H as II; U as II or nothing; l,
    |, 1 as I) gives I to IV; "Quý" with its tone misread ("Quỷ IV") put right, and the
    space before a range's dash ("Quý IV/2025- Quý I/2026")."""

    def fixed(match: re.Match[str]) -> str:
        first = _quarter_numeral(match.group(2))
        if first is None:
            return match.group(0)
        word = match.group(1)
        quy = "QUÝ" if word.isupper() else word[0] + "uý"
        if match.group(4) is None:
            return f"{quy} {first}"
        second = _quarter_numeral(match.group(4))
        if second is None:
            return match.group(0)
        return f"{quy} {first}{match.group(3)}{second}"

    return _RANGE_DASH.sub(" - ", _QUARTER.sub(fixed, text))


def map_header(header: list[str]) -> list[str]:
    """Column names for a table: task-table names when the header reads as a task table
    (at least two of nhiem_vu, don_vi_chu_tri, don_vi_phoi_hop, thoi_gian), else slugs."""
    matches = [canonical_header(h) for h in header]
    names = [n if s >= HEADER_MATCH else None for n, s in matches]
    core = {"nhiem_vu", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_gian"}
    if len(core.intersection(n for n in names if n)) >= 2:
        out = []
        for name, h in zip(names, header, strict=True):
            out.append(name if name and name not in out else slug(h))
        return out
    out = []
    for h, name in zip(header, names, strict=True):
        name = "stt" if name == "stt" else slug(h)
        out.append(name if name not in out else f"{name}_{len(out) + 1}")
    return out


# -- finding the ruling ----------------------------------------------------------------


def _ink(gray: np.ndarray) -> np.ndarray:
    """Binary ink mask (255 = ink) of a grey page."""
    blur = cv2.GaussianBlur(gray, (3, 3), 0)
    return cv2.adaptiveThreshold(
        blur, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15
    )


def _clusters(values: list[int], tolerance: int) -> list[int]:
    out: list[list[int]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tolerance:
            out[-1].append(v)
        else:
            out.append([v])
    return [round(sum(c) / len(c)) for c in out]


def _lines(gray: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Masks of the long horizontal and vertical strokes (the ruling) of a page."""
    ink = _ink(gray)
    return _horizontal(ink), _vertical(ink)


def _horizontal(ink: np.ndarray) -> np.ndarray:
    """The long horizontal strokes of an ink mask."""
    width = ink.shape[1]
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (max(40, width // 30), 1))
    return cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel)


def _vertical(ink: np.ndarray) -> np.ndarray:
    """The long vertical strokes of an ink mask."""
    height = ink.shape[0]
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(40, height // 60)))
    return cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel)


def without_ruling(
    gray: np.ndarray, ruling: tuple[np.ndarray, np.ndarray] | None = None
) -> np.ndarray:
    """The page with its table lines painted white, so cell crops hold only text. ``ruling``:
    the page's masks from :func:`_lines`, when they are at hand."""
    horizontal, vertical = ruling if ruling is not None else _lines(gray)
    mask = cv2.dilate(horizontal | vertical, np.ones((7, 7), np.uint8))
    clean = gray.copy()
    clean[mask > 0] = 255
    return clean


#: A table's cell walls run down at least this share of its height (a column of the ruling).
COLUMN_RULE = 0.15
#: A table is at least this share of the page's height, and ``TABLE_WIDTH`` of its width.
TABLE_HEIGHT = 0.03
TABLE_WIDTH = 0.3


def _has_walls(vertical: np.ndarray) -> bool:
    """Whether a page's vertical strokes could make a table: it needs three cell walls, each
    a column of the ruling running down ``COLUMN_RULE`` of a table's height at least."""
    least = COLUMN_RULE * TABLE_HEIGHT * vertical.shape[0]
    return np.count_nonzero(np.count_nonzero(vertical, axis=0) > least) >= 3


def find_tables(
    gray: np.ndarray, ruling: tuple[np.ndarray, np.ndarray] | None = None
) -> list[Grid]:
    """Ruled tables on a grey page image, with their cells. ``ruling``: the page's masks
    from :func:`_lines`, when they are at hand."""
    height, width = gray.shape[:2]
    horizontal, vertical = ruling if ruling is not None else _lines(gray)
    if not _has_walls(vertical):
        return []  # most pages: the connected regions below are not worth finding
    ruling_mask = cv2.dilate(horizontal | vertical, np.ones((5, 5), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(ruling_mask, connectivity=8)
    grids = []
    for i in range(1, count):
        x, y, w, h, _ = stats[i]
        if w < width * TABLE_WIDTH or h < height * TABLE_HEIGHT:
            continue
        grid = _grid(ruling_mask[y : y + h, x : x + w], vertical[y : y + h, x : x + w], x, y)
        if grid is not None:
            grids.append(grid)
    return sorted(grids, key=lambda g: g.top)


def _grid(ruling: np.ndarray, vertical: np.ndarray, x0: int, y0: int) -> Grid | None:
    """Cells of one table from its ruling (the regions the lines enclose)."""
    h, w = ruling.shape
    columns = np.where(vertical.sum(axis=0) / 255 > h * COLUMN_RULE)[0]
    xs = _clusters(columns.tolist(), 8)
    if len(xs) < 3:
        return None
    count, _, stats, _ = cv2.connectedComponentsWithStats(255 - ruling, connectivity=4)
    boxes = []
    for i in range(1, count):
        x, y, bw, bh, area = stats[i]
        if x == 0 or y == 0 or x + bw >= w or y + bh >= h:
            continue  # outside the frame
        if bw < 15 or bh < 15 or area < 400:
            continue
        boxes.append((x, y, x + bw, y + bh))
    if len(boxes) < 2:
        return None
    row_tops = _clusters([b[1] for b in boxes], 12)
    row_bottoms = _clusters([b[3] for b in boxes], 12)
    cells = []
    for left, top, right, bottom in boxes:
        row = min(range(len(row_tops)), key=lambda r: abs(row_tops[r] - top))
        last_row = min(range(len(row_bottoms)), key=lambda r: abs(row_bottoms[r] - bottom))
        col = max(0, sum(1 for x in xs if x < left + 4) - 1)
        last_col = max(col, sum(1 for x in xs if x < right - 4) - 1)
        cells.append(
            Cell(
                int(left + x0),
                int(top + y0),
                int(right + x0),
                int(bottom + y0),
                row,
                col,
                last_col - col + 1,
                max(1, last_row - row + 1),
            )
        )
    cells.sort(key=lambda c: (c.row, c.col))
    cols = len(xs) - 1
    return Grid(int(x0), int(y0), int(x0 + w), int(y0 + h), len(row_tops), cols, tuple(cells))


# -- reading cells ---------------------------------------------------------------------


def read_cells(gray: np.ndarray, cells: tuple[Cell, ...], engine: Any, page: int) -> list[str]:
    """Text of each cell (see :func:`read_cell_words`)."""
    return [text for text, _ in read_cell_words(gray, cells, engine, page)]


def read_cell_words(
    gray: np.ndarray, cells: tuple[Cell, ...], engine: Any, page: int
) -> list[tuple[str, tuple[OcrWord, ...]]]:
    """Text of each cell and the OCR words behind it (boxes on the page), from OCR calls on a
    sheet of the cell images stacked with white space between them; a cell's wrapped lines
    are joined by a space. The sheet is read at each of ``SHEET_SCALES``; each cell takes
    the reading most scales agree on, and among equally frequent ones the one OCR is most
    confident of."""
    votes: list[dict[str, float]] = [{} for _ in cells]
    behind: list[dict[str, tuple[OcrWord, ...]]] = [{} for _ in cells]
    for scale in SHEET_SCALES:
        readings = _read_sheet(gray, cells, engine, page, scale)
        for i, (conf, text, words) in enumerate(readings):
            votes[i][text] = votes[i].get(text, 0.0) + 1000.0 + conf
            behind[i].setdefault(text, words)
    out = []
    for v, w in zip(votes, behind, strict=True):
        text = max(v, key=lambda t: v[t]) if v else ""
        out.append((text, w.get(text, ())))
    return out


#: White margin around each cell crop on the sheet (pixels of the page image).
CELL_PAD = 6


def _read_sheet(
    gray: np.ndarray, cells: tuple[Cell, ...], engine: Any, page: int, scale: float
) -> list[tuple[float, str, tuple[OcrWord, ...]]]:
    if not cells:
        return []
    pad = CELL_PAD
    trimmed = [
        trim(binarise(gray[c.top + pad : c.bottom - pad, c.left + pad : c.right - pad]))
        for c in cells
    ]
    crops = [crop for crop, _, _ in trimmed]
    sheet_w = max(cr.shape[1] for cr in crops) + 2 * SHEET_GAP
    sheet_h = sum(cr.shape[0] + SHEET_GAP for cr in crops) + SHEET_GAP
    sheet = np.full((sheet_h, sheet_w), 255, np.uint8)
    spans = []
    y = SHEET_GAP
    for crop in crops:
        ch, cw = crop.shape
        sheet[y : y + ch, SHEET_GAP : SHEET_GAP + cw] = crop
        spans.append((y, y + ch))
        y += ch + SHEET_GAP
    if scale == 1:
        result = engine.recognise(sheet, page)
    else:
        big = cv2.resize(sheet, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        result = engine.recognise(big, page)
        result = dataclasses.replace(
            result,
            words=tuple(
                dataclasses.replace(
                    w,
                    left=round(w.left / scale),
                    top=round(w.top / scale),
                    width=round(w.width / scale),
                    height=round(w.height / scale),
                )
                for w in result.words
            ),
        )
    texts: list[list[OcrWord]] = [[] for _ in cells]
    for word in result.words:
        mid = word.top + word.height / 2
        for i, (a, b) in enumerate(spans):
            if a - SHEET_GAP / 2 <= mid < b + SHEET_GAP / 2:
                texts[i].append(word)
                break
    out = []
    for cell, (y0, _), words, (_, dx, dy) in zip(cells, spans, texts, trimmed, strict=True):
        words.sort(key=lambda w: (w.block, w.par, w.line, w.left))
        kept = [w for w in words if w.text.strip("|_—-") or w.text == "-"]
        text = " ".join(w.text for w in kept)
        # "Ÿ" is no Vietnamese letter: Tesseract reads a capital Y (often run on) so
        text = re.sub(r"(?<=\S)Ÿ", " Y", text).replace("Ÿ", "Y")
        conf = sum(w.conf for w in words) / len(words) if words else 0.0
        on_page = tuple(
            dataclasses.replace(
                w,
                left=w.left - SHEET_GAP + cell.left + pad + dx,
                top=w.top - y0 + cell.top + pad + dy,
            )
            for w in kept
        )
        out.append((conf, normalise_line(" ".join(text.split()))[0], on_page))
    return out


#: White kept around a cell's ink when it goes on the sheet (pixels of the page image).
INK_MARGIN = 10


def trim(crop: np.ndarray) -> tuple[np.ndarray, int, int]:
    """A binarised cell cut down to its ink and ``INK_MARGIN`` around it (the rest of the
    cell is white that Tesseract would go over for nothing), with the offset of the cut;
    a blank cell becomes one white pixel."""
    rows = np.flatnonzero((crop < 128).any(axis=1))
    if rows.size == 0:
        return np.full((1, 1), 255, np.uint8), 0, 0
    cols = np.flatnonzero((crop < 128).any(axis=0))
    top, left = max(0, int(rows[0]) - INK_MARGIN), max(0, int(cols[0]) - INK_MARGIN)
    cut = crop[top : int(rows[-1]) + 1 + INK_MARGIN, left : int(cols[-1]) + 1 + INK_MARGIN]
    return cut, left, top


def cell_word(cell: Cell, text: str) -> OcrWord:
    """A word standing for a whole cell's text, for text read without word boxes."""
    return OcrWord(
        text, 0.0, cell.left, cell.top, cell.right - cell.left, cell.bottom - cell.top, 0, 0, 0, 0
    )


def binarise(crop: np.ndarray) -> np.ndarray:
    """Black text on pure white: the cell's paper tone would make an edge on the sheet."""
    if crop.size == 0 or int(crop.min()) > 160:
        return np.full(crop.shape, 255, np.uint8)
    # a light blur first keeps the tone marks whole (JPEG noise breaks them up otherwise)
    smooth = cv2.GaussianBlur(crop, (3, 3), 0)
    _, out = cv2.threshold(smooth, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return out


def numbering_doubtful(numbers: list[str]) -> list[bool]:
    """For the cells of a numbering column read on the cell sheet (top down), whether each
    is worth reading again: it is not a plain number, or it neither follows the number above
    nor leads to the one below (a lone "1" is taken too). A run 1, 2, 3… read on the sheet
    is right; a slip breaks the run."""
    values = [int(n) if re.fullmatch(r"\d{1,4}", n) else None for n in numbers]
    out = []
    for i, value in enumerate(values):
        above = values[i - 1] if i > 0 else None
        below = values[i + 1] if i + 1 < len(values) else None
        sure = value is not None and (
            (above is not None and above + 1 == value)
            or (below is not None and value + 1 == below)
            or (len(values) == 1 and value == 1)
        )
        out.append(not sure)
    return out


def _column_body(grid: Grid, col: int) -> list[int]:
    """Indices of a column's body cells (header and cells spanning columns left out)."""
    return [
        i
        for i, cell in enumerate(grid.cells)
        if cell.col == col and cell.row != 0 and cell.colspan == 1
    ]


def reread_numbers(
    gray: np.ndarray, grid: Grid, texts: list[str], col: int, engine: Any, page: int
) -> list[str]:
    """Cells of a numbering column (STT) whose sheet reading is doubtful
    (:func:`numbering_doubtful`) read again one by one as a single line of digits scaled
    to ``FIGURE_HEIGHT``, all in one OCR run (by the first of :func:`figure_engines`): a
    lone digit on the cell sheet is the reading Tesseract gets wrong most. A number still
    out of the run between two that are two apart is the one between them."""
    engines = figure_engines(engine)
    if not engines:
        return texts
    digits = dataclasses.replace(engines[0], extra_config="-c tessedit_char_whitelist=0123456789.")
    column = _column_body(grid, col)
    at: list[int] = []
    crops: list[np.ndarray] = []
    for i, doubtful in zip(column, numbering_doubtful([texts[i] for i in column]), strict=True):
        cell = grid.cells[i]
        crop = binarise(_inside(gray, cell))
        if not doubtful or crop.size == 0 or crop.min() > 128:
            continue
        at.append(i)
        crops.append(_at_figure_height(trim(crop)[0]))
    out = list(texts)
    for i, result in zip(at, recognise_all(digits, crops, page), strict=True):
        text = "".join(w.text for w in result.words).strip(".")
        if text:
            out[i] = text
    numbers = [out[i] for i in column]
    for k, doubtful in enumerate(numbering_doubtful(numbers)):
        if doubtful and 0 < k < len(numbers) - 1:
            above, below = numbers[k - 1], numbers[k + 1]
            if above.isdigit() and below.isdigit() and int(above) + 2 == int(below):
                out[column[k]] = str(int(above) + 1)
    return out


def is_dash(crop: np.ndarray) -> bool:
    """Whether a cell (grey, ruling removed) holds a lone dash, which OCR reads as nothing
    or as a rule and drops: one blob of ink, a flat stroke (at most 12 px high at 300 DPI,
    where a lower-case letter is about 25, and twice as wide as high) away from the
    cell's top and bottom edges, where pieces of the ruling would be: a fifth of the cell's
    height, at most ``DASH_EDGE`` px (in a cell made tall by the text beside it, the dash
    stands on the first line, near the top)."""
    blob = _lone_blob(crop)
    if blob is None:
        return False
    top, width, height = blob
    margin = min(0.2 * crop.shape[0], DASH_EDGE)
    middle = top + height / 2
    return (
        height <= 12
        and 8 <= width <= 120
        and width >= 2 * height
        and margin <= middle <= crop.shape[0] - margin
    )


#: The most a lone dash must keep away from a cell's top and bottom edges (px at 300 DPI).
DASH_EDGE = 20


#: Dash widths as a share of the table's text height (the median height of its words'
#: boxes, about 0.75 em): a hyphen is about a third of an em, an en dash half, an em dash
#: one em. The cuts sit between them.
EN_DASH_WIDTH = 0.55
EM_DASH_WIDTH = 1.0
_DASHES = ("-", "–", "—")


def _lone_blob(crop: np.ndarray) -> tuple[int, int, int] | None:
    """(top, width, height) of the one blob of ink in a cell (specks under 6 px left out),
    or None when there is none or more than one."""
    ink = (binarise(crop) < 128).astype(np.uint8)
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    blobs = [st for st in stats[1:] if st[cv2.CC_STAT_AREA] >= 6]
    if len(blobs) != 1:
        return None
    _, top, width, height = (int(v) for v in blobs[0][:4])
    return top, width, height


def dash_by_width(crop: np.ndarray, text_height: float) -> str | None:
    """Which dash a lone-dash cell prints, from the width of its one stroke against the
    table's text height; None when the cell does not hold one flat stroke. OCR reads an
    em dash ("—", "none" in statistics tables) as a hyphen."""
    blob = _lone_blob(crop)
    if blob is None or text_height <= 0:
        return None
    _, width, height = blob
    if width < 2 * height:
        return None
    share = width / text_height
    return "—" if share >= EM_DASH_WIDTH else "–" if share >= EN_DASH_WIDTH else "-"


def _dashes_by_width(
    clean: np.ndarray,
    grid: Grid,
    texts: list[str],
    read: list[tuple[str, tuple[OcrWord, ...]]],
) -> list[str]:
    """Lone-dash cells take the dash their stroke's width shows (see ``dash_by_width``)."""
    heights = sorted(
        w.height for _, words in read for w in words if any(ch.isalnum() for ch in w.text)
    )
    if not heights:
        return texts
    text_height = float(heights[len(heights) // 2])
    out = list(texts)
    for i, (cell, text) in enumerate(zip(grid.cells, texts, strict=True)):
        if text in _DASHES:
            out[i] = dash_by_width(_inside(clean, cell), text_height) or text
    return out


#: A word OCR read as a Roman numeral of I's, alone or before a year or a stop ("II",
#: "III/2025", "I."); "H" and "IH" are how it reads II and III. ("l" and "|" are left
#: alone: they are as often a 1 or a speck of a rule.)
I_NUMERAL = re.compile(r"^([IH]{1,4})(?=$|[/.,;:)–-])")


def leading_stems(crop: np.ndarray) -> int:
    """How many upright stems (I's) a word's image starts with: runs of ink across the
    middle band of the word that have ink straight above and below them (a slash leans,
    a digit has no stem), counted from the left up to the first that is not one."""
    ink = binarise(crop) < 128
    height = ink.shape[0]
    if height < 8:
        return 0
    band = ink[int(height * 0.4) : int(height * 0.6)].any(axis=0)
    top = ink[int(height * 0.15) : int(height * 0.3)]
    bottom = ink[int(height * 0.7) : int(height * 0.85)]
    edges = np.flatnonzero(np.diff(np.concatenate(([0], band.astype(np.int8), [0]))))
    count = 0
    for start, end in zip(edges[::2], edges[1::2], strict=True):
        lo, hi = max(0, start - 2), end + 2
        above, below = (
            np.flatnonzero(top[:, lo:hi].any(axis=0)),
            np.flatnonzero(bottom[:, lo:hi].any(axis=0)),
        )
        if end - start > height * 0.3 or not above.size or not below.size:
            break
        if abs(above.mean() - below.mean()) > 1.5:
            break  # a stroke that leans: a slash, V
        count += 1
    return count


def numeral_by_stems(text: str, crop: np.ndarray) -> str | None:
    """A word read as a Roman numeral of I's (``I_NUMERAL``) with as many I's as its image
    ``crop`` has stems (:func:`leading_stems`), what follows the numeral kept ("II/2025" →
    "III/2025"); None when it is no such word or the count agrees with the reading."""
    numeral = I_NUMERAL.match(text)
    if numeral is None:
        return None
    stems = leading_stems(crop) if crop.size else 0
    if 1 <= stems <= 3 and "I" * stems != numeral.group(1):
        return "I" * stems + text[numeral.end() :]
    return None


#: A word OCR read as a Roman numeral with an X or a V in it ("XI", "XIV."): Tesseract
#: drops the last letter of "XIX" or "XII" and reads them "XI".
XV_NUMERAL = re.compile(r"^([IVXH]*[VX][IVXH]*)([.,;:]?)$")
_VALID_NUMERAL = re.compile(r"^(?=[IVX])(X{0,3})(IX|IV|V?I{0,3})$")


def _glyph_letter(mask: np.ndarray) -> str | None:
    """The letter of a Roman numeral one glyph's ink is, from its shape: I is narrow and
    straight from top to bottom; X, V and H are about as wide as high, X with ink across
    top and bottom but only at its crossing in the middle, V with only its point at the
    bottom, H with its bar across the middle. None for anything else."""
    height, width = mask.shape

    def span(top: float, bottom: float) -> float:
        rows = mask[int(height * top) : max(int(height * bottom), int(height * top) + 1)]
        cols = np.flatnonzero(rows.any(axis=0))
        return (cols[-1] - cols[0] + 1) / width if cols.size else 0.0

    head, middle, foot = span(0.0, 0.12), span(0.45, 0.55), span(0.88, 1.0)
    if width < 0.6 * height:
        return "I" if head >= 0.8 and foot >= 0.8 else None
    if width > 1.3 * height or head < 0.75:
        return None  # letters run together, or no arms at the top
    if foot <= 0.4 and middle <= 0.7:
        return "V"
    if foot >= 0.75:
        return "H" if middle >= 0.7 else "X" if middle <= 0.45 else None
    return None


def roman_by_glyphs(crop: np.ndarray) -> str | None:
    """The Roman numeral (I, V and X) a word's image prints, read glyph by glyph
    (:func:`_glyph_letter`), a stop or comma after it left out; None when a glyph is no
    such letter, two run together, or the letters make no numeral.

    Glyphs are told apart by the columns with ink in the middle of the line, not by blobs:
    serifs of neighbouring letters touch at the top and bottom."""
    ink = (binarise(crop) < 128).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    tallest = int(stats[1:, cv2.CC_STAT_HEIGHT].max()) if count > 1 else 0
    if tallest < 12:
        return None
    # a stop, a comma or a speck is left out
    small = [k for k in range(1, count) if stats[k, cv2.CC_STAT_HEIGHT] < 0.4 * tallest]
    ink[np.isin(labels, small)] = 0
    rows = np.flatnonzero(ink.any(axis=1))
    ink = ink[rows[0] : rows[-1] + 1]
    height = ink.shape[0]
    middle = ink[int(height * 0.2) : int(height * 0.8)].any(axis=0).astype(np.int8)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], middle, [0]))))
    runs: list[list[int]] = []
    for start, end in zip(edges[::2], edges[1::2], strict=True):
        if runs and start - runs[-1][1] <= 0.1 * height:
            runs[-1][1] = end  # the arms of a V or an X, apart above their meeting
        else:
            runs.append([start, end])
    cuts = [0, *((end + start) // 2 for (_, end), (start, _) in pairwise(runs)), ink.shape[1]]
    letters = []
    for left, right in pairwise(cuts):
        window = ink[:, left:right]
        tall, wide = np.flatnonzero(window.any(axis=1)), np.flatnonzero(window.any(axis=0))
        if tall[-1] - tall[0] + 1 < 0.75 * height:
            return None
        letter = _glyph_letter(window[tall[0] : tall[-1] + 1, wide[0] : wide[-1] + 1])
        if letter is None or letter == "H":
            return None
        letters.append(letter)
    numeral = "".join(letters)
    return numeral if _VALID_NUMERAL.match(numeral) else None


def numeral_from_image(text: str, crop: np.ndarray) -> str | None:
    """A word read as a Roman numeral, put right from its image: numerals of I's by their
    stems (:func:`numeral_by_stems`), numerals with an X or a V glyph by glyph
    (:func:`roman_by_glyphs`); None when it is no such word or the image agrees."""
    numeral = XV_NUMERAL.match(text)
    if numeral is None:
        return numeral_by_stems(text, crop)
    read = roman_by_glyphs(crop) if crop.size else None
    if read is None or read == numeral.group(1):
        return None
    return read + numeral.group(2)


def is_numeral_reading(text: str) -> bool:
    """Whether OCR read a word as a Roman numeral :func:`numeral_from_image` can check."""
    return bool(I_NUMERAL.match(text) or XV_NUMERAL.match(text))


def numerals_from_image(
    clean: np.ndarray, texts: list[str], read: list[tuple[str, tuple[OcrWord, ...]]]
) -> list[str]:
    """Cells with the Roman numerals OCR read put right from the word's image
    (:func:`numeral_from_image`): Tesseract drops or adds one I of three ("khu vực II" for
    III), reads II as "H" and "XII" as "XI". Only cells whose text is the reading the words
    came from."""
    out = list(texts)
    for i, (text, (first, words)) in enumerate(zip(texts, read, strict=True)):
        if text != first or not any(is_numeral_reading(w.text) for w in words):
            continue
        tokens = text.split(" ")
        at = 0
        for word in words:
            if not is_numeral_reading(word.text) or word.text not in tokens[at:]:
                continue
            at = tokens.index(word.text, at)
            crop = clean[word.top : word.top + word.height, word.left : word.left + word.width]
            tokens[at] = numeral_from_image(word.text, crop) or tokens[at]
            at += 1
        out[i] = " ".join(tokens)
    return out


def _inside(gray: np.ndarray, cell: Cell) -> np.ndarray:
    """A cell's image without the ``CELL_PAD`` along its ruling."""
    pad = CELL_PAD
    return gray[cell.top + pad : cell.bottom - pad, cell.left + pad : cell.right - pad]


#: Roman numerals of group rows in a numbering column ("I. KIỂM TRA", then 1, 2, 3…).
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
#: A numeral as OCR may read it: "H" for II, "IH" for III, "|" or "l" for I, "U" for II.
_ROMAN_LIKE = re.compile(r"[IVXHUl|1]{1,5}\.?")


def _roman_readings(text: str) -> set[str]:
    """The numerals a reading may stand for: H as II (as I only when II gives none)."""
    base = re.sub(r"[l|1]", "I", text.rstrip("."))
    for h in ("II", "I"):
        out = {
            reading
            for u in ("II", "V", "")
            if (reading := base.replace("H", h).replace("U", u)) in _ROMAN
        }
        if out:
            return out
    return set()


def group_numerals(numbers: list[str]) -> list[str]:
    """The cells of a numbering column (top down) with the Roman numerals of its group rows
    read back: a cell that is not a plain number but reads as a numeral ("H", "IH", "|")
    takes the numeral that comes next (I, then II, …) when that is one of its readings, or
    its only reading. So does a "1" (or "11") whose next number below is a 1: the first
    item of a group comes after its group row ("I. KIỂM TRA" read as "1", then 1, 2…).
    Other plain numbers and other text stay as they are."""
    out = list(numbers)
    done = 0
    below = [t.strip().rstrip(".") for t in numbers]
    for i, text in enumerate(numbers):
        text = text.strip()
        if not _ROMAN_LIKE.fullmatch(text):
            continue
        if re.fullmatch(r"\d+\.?", text):
            after = next((t for t in below[i + 1 :] if t), None)
            if text.rstrip(".") not in ("1", "11", "111") or after != "1":
                continue
        readings = _roman_readings(text)
        expected = _ROMAN[done] if done < len(_ROMAN) else None
        if expected in readings:
            out[i] = expected
        elif len(readings) == 1 and _a_stroke_short(next(iter(readings)), done):
            out[i] = _ROMAN[done]  # II again after II: III with a stroke lost
        elif len(readings) == 1:
            out[i] = next(iter(readings))
        else:
            continue
        done = _ROMAN.index(out[i]) + 1
    return out


def _a_stroke_short(reading: str, done: int) -> bool:
    """Whether a numeral read again after the group rows before it (``done`` of them) is
    the next one with its last stroke lost ("II" after I and II is III; "I" after I is II)."""
    at = _ROMAN.index(reading)
    return at < done < len(_ROMAN) and _ROMAN[done] == reading + "I"


def _first_group_unread(below: list[str]) -> bool:
    """Whether a blank first cell of a numbering column is its group row I, not read (a
    lone stroke taken for the ruling): the number below it is 1, and further down a
    group row reads as II."""
    after = next((t for t in below if t), None)
    return after == "1" and any(
        "II" in _roman_readings(t)
        for t in below
        if t and not t.isdigit() and _ROMAN_LIKE.fullmatch(t)
    )


def reread_numerals(
    gray: np.ndarray, grid: Grid, texts: list[str], col: int, engine: Any, page: int
) -> list[str]:
    """A numbering column's group numerals put back (:func:`group_numerals`); a cell with
    no text but ink no taller than a letter (a lone "I", read on the sheet as a rule "|"
    and dropped) is first read again on its own as one line. (A whitelist of I, V, X makes
    Tesseract's LSTM read nothing there; its "|" is taken as I.)"""
    letters = engine_with_psm(engine, 7, "")
    column = _column_body(grid, col)
    out = list(texts)
    if letters is not None:
        at: list[int] = []
        crops: list[np.ndarray] = []
        for i in column:
            cell = grid.cells[i]
            crop = binarise(_inside(gray, cell))
            rows = np.flatnonzero((crop < 128).any(axis=1))
            if texts[i].strip() or rows.size == 0 or rows[-1] - rows[0] > 0.6 * crop.shape[0]:
                continue
            at.append(i)
            crops.append(cv2.copyMakeBorder(crop, 40, 40, 40, 40, cv2.BORDER_CONSTANT, value=255))
        for i, result in zip(at, recognise_all(letters, crops, page), strict=True):
            out[i] = "".join(w.text for w in result.words).strip(".")
    fixed = group_numerals([out[i] for i in column])
    for i, text in zip(column, fixed, strict=True):
        # a cell read again keeps its reading only when that is a numeral in the run
        out[i] = text if texts[i].strip() or text in _ROMAN else texts[i]
    return out


#: A figure in a statistics table: digits with their separators, signs, units of percent.
_FIGURE = re.compile(r"[(+\-]?\d[\d.,]*(?:\s*%)?\)?")


def is_figure(text: str) -> bool:
    """Whether a cell's text is one figure ("1.578.430", "96,44", "(12,5)", "8", "92,8%")."""
    return bool(_FIGURE.fullmatch(text.strip()))


def figure_engines(engine: Any) -> list[Any]:
    """The engines reading figure cells again, one line each: Tesseract's English model
    (when installed) and the page's own. Their slips differ (at the sheet's scale the
    Vietnamese model reads a lone "5" as "3", "8" as "6"; the English one "2,50" as
    "2,90"), so the two and the sheet vote. Empty for an engine that cannot be set."""
    line = engine_with_psm(engine, 7, "")
    if line is None:
        return []
    lang = getattr(engine, "lang", None)
    if lang not in (None, "eng") and "eng" in tesseract_languages(getattr(engine, "command", "")):
        return [dataclasses.replace(line, lang="eng"), line]
    return [line]


#: Height (px) a figure cell's ink is scaled to before it is read again: Tesseract reads
#: digits surest at about this size; at 300 DPI they are 35-42 px, and the sheet doubles it.
FIGURE_HEIGHT = 24


def _at_figure_height(crop: np.ndarray) -> np.ndarray:
    rows = np.flatnonzero((crop < 128).any(axis=1))
    scale = FIGURE_HEIGHT / max(1, int(rows[-1] - rows[0] + 1)) if rows.size else 1.0
    method = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    small = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=method)
    return cv2.copyMakeBorder(small, 30, 30, 30, 30, cv2.BORDER_CONSTANT, value=255)


def reread_figures(
    gray: np.ndarray, grid: Grid, texts: list[str], engine: Any, page: int, skip: set[int]
) -> list[str]:
    """The cells of figure columns (most of the body cells read are figures; not the
    columns in ``skip``) read again one by one, scaled to ``FIGURE_HEIGHT``, by each of
    :func:`figure_engines` (one OCR run each). A cell takes the figure most readings agree
    on, its sheet reading included; on a tie the first engine's."""
    engines = figure_engines(engine)
    if not engines:
        return texts
    body = [(i, c) for i, c in enumerate(grid.cells) if c.row != 0 and c.colspan == 1]
    columns = set()
    for col in {c.col for _, c in body} - skip:
        filled = [texts[i] for i, c in body if c.col == col and texts[i].strip()]
        if filled and 2 * sum(map(is_figure, filled)) > len(filled):
            columns.add(col)
    at = [i for i, c in body if c.col in columns and texts[i].strip() and texts[i] != "-"]
    crops = [_at_figure_height(trim(binarise(_inside(gray, grid.cells[i])))[0]) for i in at]
    readings: list[list[str]] = [[] for _ in at]
    for reader in engines:
        for k, result in enumerate(recognise_all(reader, crops, page)):
            text = " ".join(w.text for w in result.words).strip()
            if is_figure(text):
                readings[k].append(text)
    out = list(texts)
    for i, read in zip(at, readings, strict=True):
        if not read:
            continue
        votes = read + ([texts[i].strip()] if is_figure(texts[i]) else [])
        out[i] = max(votes, key=lambda v: (votes.count(v), v == read[0]))
    return out


def _group_cells(grid: Grid) -> list[Cell]:
    """Cells of the first row that group some of the columns, not all of them."""
    return [c for c in grid.cells if c.row == 0 and 1 < c.colspan < grid.cols]


def header_depth(grid: Grid) -> int:
    """How many grid rows the header takes: one, or more when the first row groups
    columns under a merged cell ("Thời gian" over "Ngày" and "Buổi") and its other cells
    reach down past the group to the labels under it."""
    top = [c for c in grid.cells if c.row == 0]
    groups = _group_cells(grid)
    if not groups:
        return 1
    depth = max(c.rowspan for c in top)
    if depth < 2 or depth >= grid.rows:
        return 1
    if all(c.rowspan == depth or c in groups for c in top):
        return depth
    return 1


def _table_record(grid: Grid, texts: list[str], page: int) -> dict[str, Any]:
    rows: list[list[str]] = [[""] * grid.cols for _ in range(grid.rows)]
    for cell, text in zip(grid.cells, texts, strict=True):
        if cell.row < grid.rows and cell.col < grid.cols:
            rows[cell.row][cell.col] = text
    rows = [[fix_quarter(fix_digit_in_word(x)) for x in r] for r in rows]
    depth = header_depth(grid)
    # each column is named by the lowest header cell over it: a grouped column by its own
    # label under the group, the others by the cell that reaches down past the group
    labels = [
        next((rows[r][c] for r in reversed(range(depth)) if rows[r][c].strip()), rows[0][c])
        for c in range(grid.cols)
    ]
    header = (
        [
            "STT" if canonical_header(h)[1] < HEADER_SNAP and is_numbering_column(h, column) else h
            for h, column in zip(labels, zip(*rows[depth:], strict=True), strict=True)
        ]
        if len(rows) > depth
        else labels
    )
    header = [snap_header(h) for h in header]
    columns = map_header(header)
    body = [dict(zip(columns, r, strict=True)) for r in rows[depth:] if any(x.strip() for x in r)]
    record: dict[str, Any] = {
        "page": page,
        "header": header,
        "columns": columns,
        "rows": body,
        "top": int(grid.top),
    }
    if depth > 1:
        record["header_groups"] = [
            {"label": rows[0][c.col], "columns": columns[c.col : c.col + c.colspan]}
            for c in _group_cells(grid)
        ]
    return record


def find_ruling(page: Page, engine: Any) -> Page:
    """Page stage before OCR: the ruled tables of the page image, put on the page
    (``ruling``) so that OCR reads the page around them (:func:`outside_tables`) and
    :func:`read_tables` reads their cells. Pages are left alone when the engine cannot read
    the cells (a replay)."""
    if page.image is None or engine_with_psm(engine, 6, "") is None:
        return page
    return dataclasses.replace(page, ruling=_ruling(_gray(page.image)))


def _gray(image: np.ndarray) -> np.ndarray:
    return image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)


def _ruling(gray: np.ndarray) -> Ruling:
    ink = _ink(gray)
    vertical = _vertical(ink)
    horizontal = _horizontal(ink)
    if not _has_walls(vertical):
        return Ruling((), rules=free_rules(gray, horizontal, vertical))  # no table
    masks = (horizontal, vertical)
    grids = tuple(find_tables(gray, masks))
    return Ruling(grids, *masks, rules=free_rules(gray, horizontal, vertical, grids))


#: A line standing alone is at least this long (pixels, and share of the page's width);
#: at most this many times thinner than long (a skewed or bold line is thicker); a box
#: at most this share of the page's height (taller ones are left to Tesseract).
RULE_LENGTH = 150
RULE_SHARE = 1 / 16
RULE_SLENDER = 20
BOX_HEIGHT = 0.1


def free_rules(
    gray: np.ndarray, horizontal: np.ndarray, vertical: np.ndarray, grids: tuple[Grid, ...] = ()
) -> tuple[tuple[np.ndarray, tuple[int, int, int, int]], ...]:
    """The long lines of a page that belong to no table: the rules under the Tiêu ngữ, the
    agency and the title, signature underlines, and small boxes such as a "KHẨN" stamp's.
    Tesseract reads a rule as a line of junk ("EEDISIESEEEPi2RT/S0911…") and may lose the
    word inside a box, so OCR gets the page without them. A line is thin, with paper above
    and below it. Each comes as its stroke mask (grown by two pixels) and box (x, y, w, h)
    on the page; the text inside a box stays."""
    height, width = horizontal.shape[:2]
    least = max(RULE_LENGTH, round(width * RULE_SHARE))
    strokes = horizontal | vertical
    contours, _ = cv2.findContours(horizontal, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    seen: list[tuple[int, ...]] = []
    rules = []
    for contour in contours:
        x, y, w, h = cv2.boundingRect(contour)
        if (
            w < least
            or h * RULE_SLENDER > w
            or any(
                g.left - 5 <= x
                and x + w <= g.right + 5
                and g.top - 5 <= y
                and y + h <= g.bottom + 5
                for g in grids
            )
        ):
            continue
        above, below = (
            gray[max(0, y - 6) : max(0, y - 2), x : x + w],
            gray[y + h + 2 : y + h + 6, x : x + w],
        )
        if any(band.size and np.median(band) < 128 for band in (above, below)):
            continue  # the edge of something dark (a bar, a picture), not a line
        # the rule with the strokes it touches: a box's other edges
        x0, y0 = max(0, x - 2), max(0, y - round(height * BOX_HEIGHT))
        x1, y1 = min(width, x + w + 2), min(height, y + h + round(height * BOX_HEIGHT))
        _, labels, stats, _ = cv2.connectedComponentsWithStats(strokes[y0:y1, x0:x1])
        label = labels[y - y0 + h // 2, x - x0 : x - x0 + w].max()
        box = (*(int(v) for v in stats[label][:2] + (x0, y0)), *stats[label][2:4])
        if label == 0 or box[3] > height * BOX_HEIGHT or box in seen:
            continue
        seen.append(box)
        mask = cv2.dilate((labels == label).astype(np.uint8), np.ones((5, 5), np.uint8))
        rules.append((mask, (x0, y0, x1 - x0, y1 - y0)))
    return tuple(rules)


def outside_tables(page: Page) -> np.ndarray | None:
    """The page image with the ruled tables found on it (:func:`find_ruling`) painted white:
    their cells are read on the cell sheet, so OCR of the whole page need not read them too
    (a page that is mostly table is read in half the time). The rules standing alone
    (:func:`free_rules`) are painted out too."""
    ruling = page.ruling
    if page.image is None or not isinstance(ruling, Ruling):
        return page.image
    if not ruling.grids and not ruling.rules:
        return page.image
    image = page.image.copy()
    for grid in ruling.grids:
        image[grid.top : grid.bottom + 1, grid.left : grid.right + 1] = 255
    for mask, (x, y, w, h) in ruling.rules:
        image[y : y + h, x : x + w][mask > 0] = 255
    return image


def read_tables(page: Page, engine: Any) -> Page:
    """Page stage: find the ruled tables, read them cell by cell, and rewrite the page text
    with each table as one line per cell (words OCR read inside a table are dropped).
    Needs an engine that reads any crop with another page segmentation mode (Tesseract)."""
    if page.image is None or page.ocr is None or engine_with_psm(engine, 6, "") is None:
        return page  # an engine that cannot read a given crop (a replay) reads no tables
    gray = _gray(page.image)
    found = page.ruling if isinstance(page.ruling, Ruling) else _ruling(gray)
    page = dataclasses.replace(page, ruling=None)
    grids = found.grids
    if not grids or found.horizontal is None or found.vertical is None:
        return page
    tables = []
    blocks: list[tuple[int, str, tuple[OcrWord, ...]]] = []
    clean = without_ruling(gray, (found.horizontal, found.vertical))
    cell_engine = engine_with_psm(engine, 6, "")
    for grid in grids:
        read = read_cell_words(clean, grid.cells, cell_engine, page.number)
        texts = [
            "-" if not text and c.row and is_dash(_inside(clean, c)) else text
            for c, (text, _) in zip(grid.cells, read, strict=True)
        ]
        header = [t for c, t in zip(grid.cells, texts, strict=True) if c.row == 0]
        numbering = set()
        for col, h in enumerate(header):
            body = [t for c, t in zip(grid.cells, texts, strict=True) if c.col == col and c.row]
            if is_numbering_column(h, body):
                numbering.add(col)
                texts = reread_numbers(clean, grid, texts, col, engine, page.number)
                texts = reread_numerals(clean, grid, texts, col, engine, page.number)
        texts = reread_figures(clean, grid, texts, engine, page.number, numbering)
        texts = _dashes_by_width(clean, grid, texts, read)
        texts = numerals_from_image(clean, texts, read)
        tables.append(_table_record(grid, texts, page.number))
        words: list[OcrWord] = []
        for cell, text, (first, behind) in zip(grid.cells, texts, read, strict=True):
            if text:
                words.extend(behind if behind and text == first else (cell_word(cell, text),))
        blocks.append((grid.top, "\n".join(t for t in texts if t), tuple(words)))

    def outside(w: OcrWord) -> bool:
        cx, cy = w.left + w.width / 2, w.top + w.height / 2
        return not any(g.left <= cx <= g.right and g.top <= cy <= g.bottom for g in grids)

    words_outside = [w for w in page.ocr.words if outside(w)]
    # the page in reading order, each table put before the first block below its top
    text_blocks = [
        (
            min(line.top for line in lines),
            "\n".join(ln.text for ln in lines),
            ordered_words([lines]),
        )
        for lines in reading_order(words_outside, page.ocr.width)
        if lines
    ]
    for top, text, words_in in sorted(blocks, key=lambda b: b[0]):
        at = next((i for i, (t, _, _) in enumerate(text_blocks) if t > top), len(text_blocks))
        text_blocks.insert(at, (top, text, words_in))
    kept = [(text, words_in) for _, text, words_in in text_blocks if text]
    return dataclasses.replace(
        page,
        tables=tuple(tables),
        text_raw="\n\n".join(text for text, _ in kept),
        reading_words=tuple(w for _, words_in in kept for w in words_in),
    )


# -- continued tables and task rows ----------------------------------------------------


#: How alike (rapidfuzz ratio, marks folded) two readings of a column's header must be to be
#: the same column repeated on the next page.
SAME_HEADER = 80


def _same_columns(first: dict[str, Any], then: dict[str, Any]) -> bool:
    """Whether a table's header repeats another's: as many columns, each of the same name or
    of a header read alike ("Đã giải quy€et" for "Đã giải quyết"), one of three or more
    allowed to be misread beyond that ("SIT" for "STT")."""
    if then["columns"] == first["columns"]:
        return True
    before, after = first.get("header", []), then.get("header", [])
    if len(then["columns"]) != len(first["columns"]) or len(before) != len(after):
        return False
    unlike = sum(
        a != b and fuzz.ratio(fold(x).lower(), fold(y).lower()) < SAME_HEADER
        for a, b, x, y in zip(first["columns"], then["columns"], before, after, strict=True)
    )
    return unlike == 0 or (unlike == 1 and len(before) >= 3)


#: A code of capitals and digits as the text prints it ("PC06", "C06", "QH15", "KT2").
_CODE = re.compile(r"(?<![\w-])[A-ZĐ]{1,5}[0-9]{1,4}[A-Z0-9]*(?![\w-])")
#: A word of a cell that may be such a code with digits read as letters ("PCOG", "PC0G").
_CODE_LIKE = re.compile(r"(?<![\w-])[A-ZĐ][A-ZĐ0-9]{2,8}(?![\w-])")
#: Letters OCR reads for digits in a code, with the digit each stands for.
_AS_DIGITS = str.maketrans("OQDGIlSBZ", "000611582")


def codes_as_in_text(tables: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Table cells with a code printed as in the document's text: a word of capitals that is
    a code of the text (``_CODE``, with its letters and digits) but for digits read as
    look-alike letters ("Phòng PCOG" where "Lưu: VT, PC06" is printed) takes the text's
    code. The text's code is the one of those that read alike (from the same first letter)
    with the most digits, when one has more than the others ("PC06" over the table's own
    "PC0G", which the page text holds too)."""

    def key(word: str) -> str:  # the first letter kept: "PCOG", "PC0G" and "PC06" alike
        return word[0] + word[1:].translate(_AS_DIGITS)

    def digits(word: str) -> int:
        return sum(c.isdigit() for c in word)

    alike: dict[str, set[str]] = {}
    for code in _CODE.findall(text):
        alike.setdefault(key(code), set()).add(code)
    codes: dict[str, str] = {}
    for k, found in alike.items():
        ranked = sorted(((digits(code), code) for code in found), reverse=True)
        if len(ranked) == 1 or ranked[0][0] > ranked[1][0]:
            codes[k] = ranked[0][1]

    def one(match: re.Match[str]) -> str:
        word = match.group()
        code = codes.get(key(word), word)
        return code if digits(code) > digits(word) else word

    if not codes:
        return tables
    return [map_cells(table, lambda text: _CODE_LIKE.sub(one, text)) for table in tables]


def map_cells(
    table: dict[str, Any], fix: Callable[[str], str], header: bool = False
) -> dict[str, Any]:
    """A table with ``fix`` applied to the text of its body cells, and of its header cells
    with ``header`` (cells that hold no text stay as they are)."""

    def cell(value: Any) -> Any:
        return fix(value) if isinstance(value, str) else value

    out = {**table, "rows": [{k: cell(v) for k, v in r.items()} for r in table["rows"]]}
    if header:
        out["header"] = [cell(h) for h in table.get("header", [])]
    return out


def merge_tables(tables: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tables in document order, a table continued on the next page (the header repeated,
    see :func:`_same_columns`) joined to the one before it, with ``last_page``; the rows
    joined take the first page's column names."""
    out: list[dict[str, Any]] = []
    for table in sorted(tables, key=lambda t: (t["page"], t.get("top", 0))):
        table = {k: v for k, v in table.items() if k != "top"}
        prev = out[-1] if out else None
        if (
            prev is not None
            and table["page"] == prev.get("last_page", prev["page"]) + 1
            and _same_columns(prev, table)
        ):
            rename = dict(zip(table["columns"], prev["columns"], strict=True))
            rows = [{rename.get(k, k): v for k, v in row.items()} for row in table["rows"]]
            prev["rows"] = prev["rows"] + rows
            prev["last_page"] = table["page"]
            _better_header(prev, table)
            continue
        out.append(table)
    return out


def _better_header(first: dict[str, Any], then: dict[str, Any]) -> None:
    """A joined table's header cells taken from the page it goes on to where that page read
    one as a known header and the first page did not ("SIT" on the first page, "STT" on the
    next): the column takes that name, in its rows too."""
    header, columns = list(first.get("header", [])), list(first["columns"])
    if len(header) != len(columns) or len(then.get("header", [])) != len(header):
        return
    for j, (mine, theirs) in enumerate(zip(header, then["header"], strict=True)):
        score = canonical_header(theirs)[1]
        if (
            mine != theirs
            and score >= HEADER_SNAP
            and canonical_header(mine)[1] < HEADER_SNAP
            and then["columns"][j] not in columns
        ):
            old, header[j], columns[j] = columns[j], theirs, then["columns"][j]
            first["rows"] = [
                {(columns[j] if k == old else k): v for k, v in r.items()} for r in first["rows"]
            ]
    first["header"], first["columns"] = header, columns


def tidy_tables(tables: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tables (pages joined) with what a cell alone could not tell put right from the
    table around it: group numerals over the whole numbering column (:func:`number_groups`)
    and the raised 2 and 3 of m², m³ in each cell (:func:`restore_units`)."""
    return [map_cells(number_groups(t), restore_units, header=True) for t in tables]


#: An "m" (or "km") of area or volume after a number or an opening bracket, or alone in its
#: cell, its raised 2 or 3 read as a letter, a mark or a quote ("mồ", "m”", "mZ", "m Ỷ"), or
#: as the plain digit.
_UNIT = re.compile(
    r"(?:^(?=k?m ?.$)|(?<=\d)|(?<=\d )|(?<=\()|(?<=triệu )|(?<=nghìn )|(?<=tỷ ))(k?m) ?"
    r"([23²³ZÝỶYệồổởỗẻ”“\"'’ˆ^`])(?=[\s)/,;.]|$)"
)
#: A bare "m" in brackets after "triệu" or alone ("(triệu m)"), its raised mark lost.
_BARE_UNIT = re.compile(r"(?:(?<=\()|(?<=triệu ))(k?m)(?=\))")
#: How OCR reads a raised 2 and a raised 3 (lower-case look-alikes left out: "mz" is mg,
#: "mì" is ml).
_SQUARE_LIKE = frozenset("2²ZÝỶYệ")
_CUBE_LIKE = frozenset("3³ồổởỗẻ")
#: Words (marks folded) that make a cell's unit one of area or of volume; a bare "m" (a
#: metre as often: "Mực nước (m)") changes only for the first of each.
_AREA_WORDS = ("dien tich", "dat o", "mat bang", "kho bai")
_VOLUME_WORDS = (
    "dung tich",
    "the tich",
    "khoi luong",
    "tru luong",
    "tai nguyen",
    "luu luong",
    "cong suat",
    "/ngay",
)
_BARE_WORDS = ("dien tich", "dung tich", "the tich", "khoi luong", "tru luong")


def _unit_power(text: str, bare: bool = False) -> str | None:
    """The raised digit, ² or ³, that the words of a cell call for, or None."""
    key = fold(text).lower()
    area = any(w in key for w in _AREA_WORDS if not bare or w in _BARE_WORDS)
    volume = any(w in key for w in _VOLUME_WORDS if not bare or w in _BARE_WORDS)
    return None if area == volume else "²" if area else "³"


def restore_units(text: str) -> str:
    """A cell's m² and m³ with their raised digit put back: a plain 2 or 3 is taken as read;
    otherwise the cell's words say area ("diện tích") or volume ("khối lượng", "/ngày"), and
    failing that the shape OCR read (Z, Y, ệ for 2; ồ, ẻ for 3). A bare "(m)" changes only
    when the words say which. What stays unclear stays as read."""

    def raised(match: re.Match[str]) -> str:
        unit, mark = match.group(1), match.group(2)
        if mark in "2²3³":
            return unit + ("²" if mark in "2²" else "³")
        power = _unit_power(text)
        if power is None:
            power = "²" if mark in _SQUARE_LIKE else "³" if mark in _CUBE_LIKE else None
        return unit + power if power else match.group()

    def bare(match: re.Match[str]) -> str:
        power = _unit_power(text, bare=True)
        return match.group(1) + power if power else match.group()

    return _BARE_UNIT.sub(bare, _UNIT.sub(raised, text))


def number_groups(table: dict[str, Any]) -> dict[str, Any]:
    """A table whose numbering column (``stt``) has its group numerals read back over the
    whole table, pages joined (:func:`group_numerals`: a group row II on the next page
    follows the I of the first). A blank first cell is the group row I when the numbers
    below say so (:func:`_first_group_unread`), unless its row is a total ("Tổng số")."""
    if "stt" not in table["columns"]:
        return table
    column = [r.get("stt") if isinstance(r.get("stt"), str) else "" for r in table["rows"]]
    unread = bool(column) and not column[0].strip() and _first_group_unread(column[1:])
    if unread:
        label = next((v for k, v in table["rows"][0].items() if k != "stt" and v), "")
        unread = isinstance(label, str) and not re.match(r"(?i)(tổng|cộng)", label.strip())
    fixed = group_numerals(["I", *column[1:]] if unread else column)
    if fixed == column:
        return table
    rows = [
        {**r, "stt": new} if isinstance(r.get("stt"), str) else r
        for r, new in zip(table["rows"], fixed, strict=True)
    ]
    return {**table, "rows": rows}


def task_rows(tables: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of the task tables (those with task columns), with the page of their table and
    where they come from ("table" for a ruled table, "text" for a task list in the text)."""
    out = []
    for table in tables:
        if "nhiem_vu" not in table["columns"]:
            continue
        source = table.get("source", "table")
        for row in table["rows"]:
            out.append(
                {"page": table["page"], "source": source, **{k: row.get(k) for k in TASK_COLUMNS}}
            )
    return out


def ruled(tables: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The tables read from the page image (not the task lists found in the text)."""
    return [t for t in tables if t.get("source") != "text"]
