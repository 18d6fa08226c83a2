"""Generate the synthetic "scanned" Vietnamese administrative documents in ``samples/``.

Each sample is rendered page by page at 300 DPI following the layout of Nghị định
30/2020/NĐ-CP (Phụ lục I): two-column header (issuing body | Quốc hiệu), title and
subject, body, ruled tables, "Nơi nhận" and the signer block.  The clean pages are then
"scanned": red round seal, ink signature, paper tone, uneven illumination, skew,
Gaussian noise, blur and JPEG compression.  Every page is stored as a JPEG image inside
an image-only PDF (``<name>.pdf``) and the ground truth goes next to it (``<name>.json``).

The ground truth is produced from the very same line lists that are drawn, so it cannot
drift from the images.  Everything is deterministic (fixed seeds, no timestamps in the
PDFs): running the script twice gives byte-identical files on the same machine (the
output depends on the installed fonts and on the Pillow/numpy versions).

Two samples are rendered from real texts kept in ``shared/seeds`` beside the repository
(``../shared/seeds`` from the repository root); they are skipped with a warning if that
folder is missing.

Usage::

    python samples/make_samples.py                 # everything, into samples/
    python samples/make_samples.py --out /tmp/s    # somewhere else
    python samples/make_samples.py --only qd_sgddt_danang_to_cong_tac
    python samples/make_samples.py --heldout       # held-out set, into benchmarks/heldout/
    python samples/make_samples.py --heldout2      # second held-out set, benchmarks/heldout2/
    python samples/make_samples.py --heldout3      # third held-out set, benchmarks/heldout3/
    python samples/make_samples.py --heldout4      # fourth held-out set, benchmarks/heldout4/
    python samples/make_samples.py --heldout5      # fifth held-out set, benchmarks/heldout5/
    python samples/make_samples.py --heldout6      # sixth held-out set, benchmarks/heldout6/
    python samples/make_samples.py --heldout7      # seventh held-out set, benchmarks/heldout7/
    python samples/make_samples.py --heldout8      # eighth held-out set, benchmarks/heldout8/
    python samples/make_samples.py --heldout9      # ninth held-out set, benchmarks/heldout9/
    python samples/make_samples.py --heldout10     # tenth held-out set, benchmarks/heldout10/
    python samples/make_samples.py --heldout11     # eleventh held-out set, benchmarks/heldout11/
    python samples/make_samples.py --heldout12     # twelfth held-out set, benchmarks/heldout12/
    python samples/make_samples.py --heldout13     # thirteenth held-out set, benchmarks/heldout13/
    python samples/make_samples.py --heldout14     # fourteenth held-out set, benchmarks/heldout14/
    python samples/make_samples.py --heldout15     # fifteenth held-out set, benchmarks/heldout15/
    python samples/make_samples.py --heldout16     # sixteenth held-out set, benchmarks/heldout16/
    python samples/make_samples.py --heldout17     # seventeenth held-out set, benchmarks/heldout17/
    python samples/make_samples.py --heldout18     # eighteenth held-out set, benchmarks/heldout18/
    python samples/make_samples.py --heldout19     # nineteenth held-out set, benchmarks/heldout19/
    python samples/make_samples.py --heldout20     # twentieth held-out set, benchmarks/heldout20/
    python samples/make_samples.py --heldout21     # 21st held-out set, benchmarks/heldout21/
    python samples/make_samples.py --heldout24     # 24th held-out set, benchmarks/heldout24/
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import re
import sys
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

# --------------------------------------------------------------------------------------
# Page geometry (A4 at 300 DPI) and typography
# --------------------------------------------------------------------------------------

DPI = 300
PAGE_W, PAGE_H = 2480, 3508
PX_PER_MM = DPI / 25.4


def mm(value: float) -> int:
    """Millimetres to pixels at 300 DPI."""
    return round(value * PX_PER_MM)


def pt(value: float) -> int:
    """Points to pixels at 300 DPI (font size in pixels)."""
    return round(value * DPI / 72)


MARGIN_TOP, MARGIN_BOTTOM = mm(20), mm(20)
MARGIN_LEFT, MARGIN_RIGHT = mm(30), mm(15)
LEFT = MARGIN_LEFT
RIGHT = PAGE_W - MARGIN_RIGHT
TEXT_W = RIGHT - LEFT
BOTTOM = PAGE_H - MARGIN_BOTTOM

# Header columns (Phụ lục I, ô 1-4): the header table is a little wider than the body,
# as in the usual word-processor templates; the gap keeps OCR from merging the columns.
HEAD_LEFT_X0 = LEFT - mm(10)
HEAD_LEFT_X1 = HEAD_LEFT_X0 + mm(75)
HEAD_RIGHT_X0 = HEAD_LEFT_X1
HEAD_RIGHT_X1 = PAGE_W - mm(8)

INK = (22, 22, 24)
SIGN_INK = (24, 38, 128)
SEAL_RED = (200, 30, 40)

LINE_FACTOR = 1.25  # line height / font size
PARA_GAP_PT = 3.0  # space between paragraphs

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = Path(__file__).resolve().parent
DEFAULT_SEEDS = REPO_ROOT.parent / "shared" / "seeds"

FONT_DIRS = {
    "noto": Path("/usr/share/fonts/truetype/noto"),
    "dejavu": Path("/usr/share/fonts/truetype/dejavu"),
}
FONT_FILES = {
    "noto": {
        "r": "NotoSerif-Regular.ttf",
        "b": "NotoSerif-Bold.ttf",
        "i": "NotoSerif-Italic.ttf",
        "bi": "NotoSerif-BoldItalic.ttf",
        "seal": "NotoSans-Bold.ttf",
    },
    "dejavu": {
        "r": "DejaVuSerif.ttf",
        "b": "DejaVuSerif-Bold.ttf",
        "i": "DejaVuSerif-Italic.ttf",
        "bi": "DejaVuSerif-BoldItalic.ttf",
        "seal": "DejaVuSans-Bold.ttf",
    },
}


class Fonts:
    """Serif fonts with Vietnamese glyphs: Noto Serif if installed, else DejaVu Serif."""

    def __init__(self) -> None:
        self.family = ""
        self.paths: dict[str, Path] = {}
        for family in ("noto", "dejavu"):
            paths = {k: FONT_DIRS[family] / v for k, v in FONT_FILES[family].items()}
            if all(p.exists() for p in paths.values()):
                self.family, self.paths = family, paths
                break
        if not self.family:
            raise SystemExit("neither Noto Serif nor DejaVu Serif is installed")
        self._cache: dict[tuple[str, float], ImageFont.FreeTypeFont] = {}

    @property
    def name(self) -> str:
        return {"noto": "Noto Serif", "dejavu": "DejaVu Serif"}[self.family]

    def get(self, style: str, size_pt: float) -> ImageFont.FreeTypeFont:
        key = (style, size_pt)
        if key not in self._cache:
            self._cache[key] = ImageFont.truetype(
                str(self.paths[style]), pt(size_pt), layout_engine=ImageFont.Layout.BASIC
            )
        return self._cache[key]


# --------------------------------------------------------------------------------------
# Inline text: runs, words and wrapping
# --------------------------------------------------------------------------------------

Run = tuple[str, str]  # (text, style) with style in r, b, i, bi
Word = tuple[Run, ...]

_STYLE = {(False, False): "r", (True, False): "b", (False, True): "i", (True, True): "bi"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def parse_markup(text: str, base: str = "r") -> list[Run]:
    """``**bold**`` and ``*italic*`` runs; unbalanced markers are simply dropped."""
    text = nfc(text)
    parts = re.split(r"(\*\*|\*)", text)
    if parts.count("**") % 2 or parts.count("*") % 2:
        return [(text.replace("*", ""), base)]
    bold, italic = "b" in base, "i" in base
    runs: list[Run] = []
    for part in parts:
        if part == "**":
            bold = not bold
        elif part == "*":
            italic = not italic
        elif part:
            runs.append((part, _STYLE[(bold, italic)]))
    return runs


def strip_markup(text: str) -> str:
    return "".join(t for t, _ in parse_markup(text))


def runs_to_words(runs: Iterable[Run]) -> list[Word]:
    words: list[Word] = []
    cur: list[Run] = []
    for text, style in runs:
        for i, piece in enumerate(text.split(" ")):
            if i and cur:
                words.append(tuple(cur))
                cur = []
            if piece:
                cur.append((piece, style))
    if cur:
        words.append(tuple(cur))
    return words


def word_text(word: Word) -> str:
    return "".join(t for t, _ in word)


def line_text(words: Sequence[Word]) -> str:
    return " ".join(word_text(w) for w in words)


class Measurer:
    def __init__(self, fonts: Fonts) -> None:
        self.fonts = fonts

    def word(self, word: Word, size: float) -> float:
        return sum(self.fonts.get(s, size).getlength(t) for t, s in word)

    def space(self, size: float) -> float:
        return self.fonts.get("r", size).getlength(" ")

    def wrap(
        self,
        words: list[Word],
        size: float,
        width: float,
        first_indent: float = 0.0,
        rest_indent: float = 0.0,
    ) -> list[list[Word]]:
        lines: list[list[Word]] = []
        cur: list[Word] = []
        cur_w = 0.0
        space = self.space(size)
        for w in words:
            ww = self.word(w, size)
            avail = width - (first_indent if not lines else rest_indent)
            if cur and cur_w + space + ww > avail:
                lines.append(cur)
                cur, cur_w = [w], ww
            else:
                cur_w = cur_w + space + ww if cur else ww
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def balanced(self, words: list[Word], size: float, width: float) -> list[list[Word]]:
        """Wrap into as few lines as at ``width`` but with lines of similar length."""
        lines = self.wrap(words, size, width)
        lo, hi = width * 0.4, width
        while hi - lo > 2:
            mid = (lo + hi) / 2
            if len(self.wrap(words, size, mid)) == len(lines):
                hi = mid
            else:
                lo = mid
        return self.wrap(words, size, hi)


# --------------------------------------------------------------------------------------
# Document model
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """A document cited in the text; ``cite()`` is the exact string used in the body."""

    loai: str
    so_ky_hieu: str
    ngay: date | None = None
    co_quan: str | None = None
    ten: str | None = None  # printed name when it differs from loai ("Luật Giáo dục")
    long_date: bool = True
    pad: bool = True  # short date with leading zeros (12/03/2025) or without (12/3/2025)

    def cite(self) -> str:
        text = f"{self.ten or self.loai} số {self.so_ky_hieu}"
        if self.ngay:
            if self.long_date:
                text += " " + ngay_thang(self.ngay)
            elif self.pad:
                text += f" ngày {self.ngay.day:02d}/{self.ngay.month:02d}/{self.ngay.year}"
            else:
                text += f" ngày {self.ngay.day}/{self.ngay.month}/{self.ngay.year}"
        if self.co_quan:
            text += f" của {self.co_quan}"
        return text

    def truth(self) -> dict[str, str | None]:
        return {
            "loai": self.loai,
            "so_ky_hieu": self.so_ky_hieu,
            "ngay": self.ngay.isoformat() if self.ngay else None,
            "co_quan": self.co_quan,
        }


@dataclass
class Para:
    text: str
    style: str = "r"
    size: float | None = None  # None: the document's body size
    align: str = "justify"  # justify, left, center, right
    indent: float = 10.0  # first-line indent in mm
    left: float = 0.0  # left indent in mm (all lines)
    gap: float = PARA_GAP_PT  # space before, in pt
    keep: int = 0  # keep with the next N lines


@dataclass
class Table:
    header: list[str]
    columns: list[str]
    rows: list[list[str]]
    widths: list[float]  # fractions of the text width
    align: list[str]  # per column: l or c
    size: float = 12.0
    # merged header cells: (first column, number of columns, label) printed in a header row
    # above the labels of those columns; the other columns' labels span both header rows
    groups: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class Rule:
    length_mm: float = 40.0


Block = Para | Table | Rule


@dataclass
class Scan:
    rotation_deg: float
    noise_sigma: float
    blur: float
    jpeg_quality: int
    seal: bool = True
    paper: tuple[int, int, int] = (246, 242, 232)
    illumination: float = 0.06

    def truth(self) -> dict[str, object]:
        return {
            "dpi": DPI,
            "rotation_deg": self.rotation_deg,
            "noise_sigma": self.noise_sigma,
            "blur": self.blur,
            "jpeg_quality": self.jpeg_quality,
            "seal": self.seal,
            "paper_rgb": list(self.paper),
            "illumination": self.illumination,
        }


@dataclass
class Doc:
    name: str
    description: str
    tests: str  # one line for the README table
    origin: str
    seed: int
    scan: Scan
    body: list[Block]
    quoc_hieu: bool = True
    chu_quan: list[str] = field(default_factory=list)  # printed lines
    ban_hanh: list[str] = field(default_factory=list)  # printed lines
    so: str | None = None
    ky_hieu: str | None = None
    vv: str | None = None  # Công văn subject (printed after "V/v ")
    do_khan: str | None = None
    do_mat: str | None = None  # secrecy mark ("MẬT"), boxed under Số like do_khan
    dia_danh: str | None = None
    ngay: date | None = None
    title: str | None = None  # "KẾ HOẠCH"
    loai_van_ban: str | None = None  # "Kế hoạch"
    subject: str | None = None  # printed under the title
    kinh_gui: list[str] = field(default_factory=list)
    kinh_gui_centered: bool = False  # one addressee on one centred line
    noi_nhan: list[str] = field(default_factory=list)  # printed lines ("- ...;")
    signer: list[str] = field(default_factory=list)  # ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    nguoi_ky: str | None = None
    seal_text: str = ""
    refs: list[Ref] = field(default_factory=list)
    body_size: float = 14.0
    headline: str | None = None  # plain pages (news): bold headline, no header
    name_upper: bool = False
    appendix: list[Block] = field(default_factory=list)  # Phụ lục on new pages after signing
    # a second signer block at the left (Biên bản: THƯ KÝ beside CHỦ TỌA), Nơi nhận under both
    signer_left: list[str] = field(default_factory=list)
    nguoi_ky_left: str | None = None
    # Công điện: a line ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:") printed instead of the label
    # "Kính gửi:", and the addressees (kinh_gui) under it as "- " paragraphs
    kinh_gui_intro: str | None = None
    # a Party body's document (HD 36-HD/VPTW): "ĐẢNG CỘNG SẢN VIỆT NAM" at the right instead
    # of the Quốc hiệu and Tiêu ngữ, and the number printed "Số 12-KH/BTGDVTU" (no colon, a
    # hyphen between the number and the code); set quoc_hieu=False with it
    party: bool = False
    # Đoàn TNCS (and Party) documents: bold lines printed at the right in place of the Quốc
    # hiệu and Tiêu ngữ ("ĐOÀN TNCS HỒ CHÍ MINH"), and "-" between number and code (45-KH/ĐTN)
    heading_right: list[str] = field(default_factory=list)
    so_sep: str = "/"

    @property
    def so_ky_hieu(self) -> str | None:
        if self.so and self.ky_hieu:
            sep = "-" if self.party else self.so_sep
            return f"{self.so}{sep}{self.ky_hieu}"
        return None


def ngay_thang(d: date) -> str:
    """'ngày 05 tháng 3 năm 2024': a zero before days < 10 and months 1-2 (NĐ 30/2020)."""
    day = f"{d.day:02d}" if d.day < 10 else str(d.day)
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"ngày {day} tháng {month} năm {d.year}"


def list_item(text: str) -> str:
    """Strip the '- ' and the final ';' or '.' of a Nơi nhận / Kính gửi line."""
    text = text.strip()
    text = re.sub(r"^-\s*", "", text)
    return re.sub(r"\s*[;.,]$", "", text).strip()


def dash_list(items: Sequence[str]) -> list[str]:
    """['A', 'B'] -> ['- A;', '- B.']."""
    return [f"- {it}{'.' if i == len(items) - 1 else ';'}" for i, it in enumerate(items)]


_NEW_STYLE_TONE = re.compile(r"(?<![qQ])(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?!\w)", re.IGNORECASE)


def check_text(text: str, where: str) -> None:
    """Team-written text: NFC and the traditional tone placement (hòa, khỏe, thủy)."""
    if text != nfc(text):
        raise ValueError(f"{where}: text is not NFC: {text!r}")
    m = _NEW_STYLE_TONE.search(text)
    if m:
        raise ValueError(f"{where}: new-style tone placement {m.group(0)!r} in {text!r}")


# --------------------------------------------------------------------------------------
# Renderer: draws clean pages and records the printed lines
# --------------------------------------------------------------------------------------


@dataclass
class Page:
    image: Image.Image
    draw: ImageDraw.ImageDraw
    lines: list[str] = field(default_factory=list)
    seal_at: tuple[int, int] | None = None


@dataclass
class TableTruth:
    page: int
    table: Table
    last_page: int = 0


class Renderer:
    def __init__(self, fonts: Fonts, body_size: float, rng: np.random.Generator) -> None:
        self.fonts = fonts
        self.m = Measurer(fonts)
        self.body_size = body_size
        self.rng = rng
        self.pages: list[Page] = []
        self.tables: list[TableTruth] = []
        self.y = 0
        self.new_page()

    # -- pages ------------------------------------------------------------------------
    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> None:
        img = Image.new("RGB", (PAGE_W, PAGE_H), (255, 255, 255))
        self.pages.append(Page(img, ImageDraw.Draw(img)))
        self.y = MARGIN_TOP
        if len(self.pages) > 1:
            size = 13.0
            text = str(len(self.pages))
            self.draw_text(text, PAGE_W // 2, self.y, size, "r", anchor="center")
            self.y += self.lh(size) * 2

    def lh(self, size: float) -> int:
        return round(pt(size) * LINE_FACTOR)

    def ensure(self, height: int) -> None:
        if self.y + height > BOTTOM:
            self.new_page()

    # -- low-level drawing ------------------------------------------------------------
    def draw_text(
        self,
        text: str,
        x: float,
        top: float,
        size: float,
        style: str,
        anchor: str = "left",
        record: bool = True,
    ) -> float:
        """Draw one single-style line; returns its width."""
        font = self.fonts.get(style, size)
        width = font.getlength(text)
        if anchor == "center":
            x -= width / 2
        elif anchor == "right":
            x -= width
        base = top + pt(size)
        self.page.draw.text((x, base), text, font=font, fill=INK, anchor="ls")
        if record:
            self.page.lines.append(text)
        return width

    def draw_words(
        self,
        words: Sequence[Word],
        x0: float,
        width: float,
        top: float,
        size: float,
        align: str,
        last: bool,
    ) -> None:
        space = self.m.space(size)
        widths = [self.m.word(w, size) for w in words]
        natural = sum(widths) + space * (len(words) - 1)
        gap = space
        x = x0
        if align == "center":
            x = x0 + (width - natural) / 2
        elif align == "right":
            x = x0 + width - natural
        elif align == "justify" and not last and len(words) > 1:
            extra = (width - natural) / (len(words) - 1)
            if extra < space * 2.5:
                gap = space + extra
        base = top + pt(size)
        for w, ww in zip(words, widths, strict=True):
            cx = x
            for text, style in w:
                font = self.fonts.get(style, size)
                self.page.draw.text((cx, base), text, font=font, fill=INK, anchor="ls")
                cx += font.getlength(text)
            x += ww + gap
        self.page.lines.append(line_text(words))

    def hline(self, x0: float, x1: float, y: float, width: int = 3) -> None:
        self.page.draw.line([(x0, y), (x1, y)], fill=INK, width=width)

    # -- flow blocks ------------------------------------------------------------------
    def para(self, p: Para) -> None:
        size = p.size or self.body_size
        words = runs_to_words(parse_markup(p.text, p.style))
        x0 = LEFT + mm(p.left)
        width = RIGHT - x0
        indent = mm(p.indent)
        lines = self.m.wrap(words, size, width, indent, 0)
        lh = self.lh(size)
        self.y += pt(p.gap)
        if p.keep:
            self.ensure(lh * (len(lines) + p.keep))
        for i, ln in enumerate(lines):
            self.ensure(lh)
            first = i == 0 and p.align in ("justify", "left")
            xi = x0 + (indent if first else 0)
            self.draw_words(ln, xi, width - (xi - x0), self.y, size, p.align, i == len(lines) - 1)
            self.y += lh

    def rule(self, r: Rule) -> None:
        half = mm(r.length_mm) / 2
        cx = (LEFT + RIGHT) / 2
        self.hline(cx - half, cx + half, self.y + mm(2.2))
        self.y += mm(4.5)

    def table(self, t: Table) -> None:
        size = t.size
        lh = self.lh(size)
        pad_x, pad_y = mm(1.6), mm(1.1)
        xs = [LEFT]
        for frac in t.widths:
            xs.append(xs[-1] + round(frac * TEXT_W))
        xs[-1] = RIGHT
        self.y += pt(6)
        truth = TableTruth(len(self.pages), t)
        self.tables.append(truth)

        def layout_row(cells: Sequence[str], style: str) -> list[list[list[Word]]]:
            out = []
            for c, text in enumerate(cells):
                words = runs_to_words(parse_markup(text, style))
                out.append(self.m.wrap(words, size, xs[c + 1] - xs[c] - 2 * pad_x))
            return out

        header = layout_row(t.header, "b")
        rows = [(layout_row(r, "r"), False) for r in t.rows]

        def height(cells: list[list[list[Word]]]) -> int:
            return max(len(c) for c in cells) * lh + 2 * pad_y

        if t.groups:
            self._grouped_table(t, header, rows, xs, pad_x, pad_y, lh, size, height, truth)
            return
        # never leave the header row alone at the bottom of a page
        if self.y + height(header) + height(rows[0][0]) > BOTTOM:
            self.new_page()
            truth.page = len(self.pages)
        top = self.y
        queue = [(header, True), *rows]
        for cells, is_header in queue:
            if self.y + height(cells) > BOTTOM:
                # continue on the next page under a repeated header row
                self._table_frame(xs, top, self.y)
                self.new_page()
                top = self.y
                self._table_row(header, True, t, xs, pad_x, pad_y, lh, size)
            self._table_row(cells, is_header, t, xs, pad_x, pad_y, lh, size)
        self._table_frame(xs, top, self.y)
        truth.last_page = len(self.pages)
        self.y += pt(6)

    def _table_row(
        self,
        cells: list[list[list[Word]]],
        is_header: bool,
        t: Table,
        xs: list[int],
        pad_x: int,
        pad_y: int,
        lh: int,
        size: float,
    ) -> None:
        n = max(len(c) for c in cells)
        for c, lines in enumerate(cells):
            align = "center" if is_header or t.align[c] == "c" else "left"
            # header cells are vertically centred, body cells start at the top
            offset = (n - len(lines)) * lh // 2 if is_header else 0
            for i, ln in enumerate(lines):
                self.draw_words(
                    ln,
                    xs[c] + pad_x,
                    xs[c + 1] - xs[c] - 2 * pad_x,
                    self.y + pad_y + offset + i * lh,
                    size,
                    align,
                    True,
                )
            # one line per cell in the ground truth
            drawn = self.page.lines[len(self.page.lines) - len(lines) :]
            del self.page.lines[len(self.page.lines) - len(lines) :]
            self.page.lines.append(" ".join(drawn))
        self.y += n * lh + 2 * pad_y
        self.hline(xs[0], xs[-1], self.y, 3)

    def _table_frame(self, xs: list[int], top: int, bottom: int) -> None:
        self.hline(xs[0], xs[-1], top, 3)
        for x in xs:
            self.page.draw.line([(x, top), (x, bottom)], fill=INK, width=3)

    def _grouped_table(
        self,
        t: Table,
        header: list[list[list[Word]]],
        rows: list[tuple[list[list[list[Word]]], bool]],
        xs: list[int],
        pad_x: int,
        pad_y: int,
        lh: int,
        size: float,
        height: Callable[[list[list[list[Word]]]], int],
        truth: TableTruth,
    ) -> None:
        """A table whose header has merged cells (``Table.groups``): the group labels in a
        first header row over their columns, the other columns' labels spanning both header
        rows; the two header rows are repeated on a continuation page."""
        starts = {}
        inner: set[int] = set()  # column lines that start under the group label
        for first, n, label in t.groups:
            words = runs_to_words(parse_markup(label, "b"))
            starts[first] = (n, self.m.wrap(words, size, xs[first + n] - xs[first] - 2 * pad_x))
            inner.update(range(first + 1, first + n))
        grouped = {c for first, (n, _) in starts.items() for c in range(first, first + n)}
        h_top = max(len(lab) for _, lab in starts.values()) * lh + 2 * pad_y
        h_low = max(len(header[c]) for c in grouped) * lh + 2 * pad_y
        h_span = max((len(header[c]) for c in range(len(header)) if c not in grouped), default=0)
        h_all = max(h_top + h_low, h_span * lh + 2 * pad_y)

        def cell(lines: list[list[Word]], x0: int, x1: int, top: int, h: int) -> None:
            offset = (h - 2 * pad_y - len(lines) * lh) // 2
            for i, ln in enumerate(lines):
                y = top + pad_y + offset + i * lh
                self.draw_words(ln, x0 + pad_x, x1 - x0 - 2 * pad_x, y, size, "center", True)
            drawn = self.page.lines[len(self.page.lines) - len(lines) :]
            del self.page.lines[len(self.page.lines) - len(lines) :]
            self.page.lines.append(" ".join(drawn))

        def draw_header() -> None:
            y0 = self.y
            c = 0
            while c < len(header):  # first header row, left to right
                if c in starts:
                    n, lab = starts[c]
                    cell(lab, xs[c], xs[c + n], y0, h_top)
                    self.hline(xs[c], xs[c + n], y0 + h_top, 3)
                    c += n
                else:
                    cell(header[c], xs[c], xs[c + 1], y0, h_all)
                    c += 1
            for c in sorted(grouped):  # second header row
                cell(header[c], xs[c], xs[c + 1], y0 + h_top, h_all - h_top)
            self.y = y0 + h_all
            self.hline(xs[0], xs[-1], self.y, 3)

        def frame(top: int, bottom: int) -> None:
            self.hline(xs[0], xs[-1], top, 3)
            for i, x in enumerate(xs):
                y0 = top + h_top if i in inner else top
                self.page.draw.line([(x, y0), (x, bottom)], fill=INK, width=3)

        if self.y + h_all + height(rows[0][0]) > BOTTOM:
            self.new_page()
            truth.page = len(self.pages)
        top = self.y
        draw_header()
        for cells, _ in rows:
            if self.y + height(cells) > BOTTOM:
                frame(top, self.y)
                self.new_page()
                top = self.y
                draw_header()
            self._table_row(cells, False, t, xs, pad_x, pad_y, lh, size)
        frame(top, self.y)
        truth.last_page = len(self.pages)
        self.y += pt(6)

    # -- header (Phụ lục I, ô 1-4, 10b) -------------------------------------------------
    def header(self, doc: Doc) -> None:
        lx = (HEAD_LEFT_X0 + HEAD_LEFT_X1) / 2
        rx = (HEAD_RIGHT_X0 + HEAD_RIGHT_X1) / 2
        size_org, size_qh, size_tn, size_no = 12.5, 12.0, 13.0, 13.0
        top = MARGIN_TOP

        # left block, measured first so that "Số" and the date share a baseline
        y = top
        left_ops: list[tuple[str, str, float, float]] = []  # text, style, size, top
        for ln in doc.chu_quan:
            left_ops.append((ln, "r", size_org, y))
            y += self.lh(size_org)
        widest = 0.0
        for ln in doc.ban_hanh:
            left_ops.append((ln, "b", size_org, y))
            widest = max(widest, self.fonts.get("b", size_org).getlength(ln))
            y += self.lh(size_org)
        left_rule_y = y + mm(1.8)
        y_so_left = y + mm(4.5)

        y = top
        right_ops: list[tuple[str, str, float, float]] = []
        if doc.party:
            right_ops.append(("ĐẢNG CỘNG SẢN VIỆT NAM", "b", size_tn, y))
            tn_w = self.fonts.get("b", size_tn).getlength("ĐẢNG CỘNG SẢN VIỆT NAM")
            y += self.lh(size_tn)
        elif doc.heading_right:
            for ln in doc.heading_right:
                right_ops.append((ln, "b", size_tn, y))
                y += self.lh(size_tn)
            tn_w = self.fonts.get("b", size_tn).getlength(doc.heading_right[-1])
        else:
            right_ops.append(("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", size_qh, y))
            y += self.lh(size_qh)
            right_ops.append(("Độc lập - Tự do - Hạnh phúc", "b", size_tn, y))
            tn_w = self.fonts.get("b", size_tn).getlength("Độc lập - Tự do - Hạnh phúc")
            y += self.lh(size_tn)
        right_rule_y = y + mm(1.8)
        y_date_right = y + mm(4.5)
        y_line = max(y_so_left, y_date_right)

        for text, style, size, t in left_ops:
            self.draw_text(text, lx, t, size, style, anchor="center")
        rule_w = max(widest / 3, mm(22))
        self.hline(lx - rule_w / 2, lx + rule_w / 2, left_rule_y)
        y = y_line
        bottom_left = y
        if doc.so is not None:
            text = f"Số: {doc.so}{doc.so_sep}{doc.ky_hieu}" if doc.ky_hieu else f"Số: {doc.so}"
            if doc.party and doc.ky_hieu:
                text = f"Số {doc.so}-{doc.ky_hieu}"
            self.draw_text(text, lx, y, size_no, "r", anchor="center")
            y += self.lh(size_no)
        if doc.vv:
            size_vv = 12.0
            words = runs_to_words([("V/v " + doc.vv, "r")])
            for vv_line in self.m.balanced(words, size_vv, mm(72)):
                self.draw_words(
                    vv_line,
                    HEAD_LEFT_X0,
                    HEAD_LEFT_X1 - HEAD_LEFT_X0,
                    y + mm(0.5),
                    size_vv,
                    "center",
                    True,
                )
                y += self.lh(size_vv)
        # marks of secrecy (ô 10a) and urgency (ô 10b), each in a box
        for mark in (doc.do_mat, doc.do_khan):
            if not mark:
                continue
            y += mm(4)
            font = self.fonts.get("b", 13.0)
            w = font.getlength(mark)
            box = (lx - w / 2 - mm(3), y - mm(1.5), lx + w / 2 + mm(3), y + pt(13) + mm(3))
            self.page.draw.rectangle(box, outline=INK, width=4)
            self.draw_text(mark, lx, y, 13.0, "b", anchor="center")
            y += self.lh(13.0) + mm(2)
        bottom_left = y

        if doc.quoc_hieu or doc.party or doc.heading_right:
            for text, style, size, t in right_ops:
                self.draw_text(text, rx, t, size, style, anchor="center")
            self.hline(rx - tn_w / 2, rx + tn_w / 2, right_rule_y)
        y = y_line
        if doc.ngay:
            place = f"{doc.dia_danh}, " if doc.dia_danh else ""
            text = place + ngay_thang(doc.ngay)
            self.draw_text(text, rx, y, size_tn, "i", anchor="center")
            y += self.lh(size_tn)
        self.y = max(bottom_left, y) + mm(4)

    def title_block(self, doc: Doc) -> None:
        size = 14.0
        if doc.title:
            self.y += mm(3)
            self.draw_text(doc.title, (LEFT + RIGHT) / 2, self.y, size, "b", anchor="center")
            self.y += self.lh(size)
        if doc.subject:
            words = runs_to_words([(doc.subject, "b")])
            for ln in self.m.balanced(words, size, TEXT_W * 0.8):
                self.draw_words(ln, LEFT, TEXT_W, self.y, size, "center", True)
                self.y += self.lh(size)
            self.rule(Rule(35))
        self.y += mm(2)

    def kinh_gui(self, doc: Doc) -> None:
        if not doc.kinh_gui:
            return
        size = 14.0
        self.y += mm(3)
        if doc.kinh_gui_intro:
            self.para(Para(doc.kinh_gui_intro, gap=0))
            for item in dash_list(doc.kinh_gui):
                self.para(Para(item, gap=0))
        elif doc.kinh_gui_centered:
            text = f"Kính gửi: {doc.kinh_gui[0]}."
            self.draw_text(text, (LEFT + RIGHT) / 2, self.y, size, "r", anchor="center")
            self.y += self.lh(size)
        else:
            label = "Kính gửi:"
            font = self.fonts.get("r", size)
            x_label = LEFT + mm(22)
            x_items = x_label + font.getlength(label) + mm(4)
            items = dash_list(doc.kinh_gui)
            for i, item in enumerate(items):
                if i == 0:
                    self.page.draw.text(
                        (x_label, self.y + pt(size)), label, font=font, fill=INK, anchor="ls"
                    )
                self.page.draw.text(
                    (x_items, self.y + pt(size)), item, font=font, fill=INK, anchor="ls"
                )
                self.page.lines.append(f"{label} {item}" if i == 0 else item)
                self.y += self.lh(size)
        self.y += mm(2)

    def closing(self, doc: Doc) -> None:
        """Nơi nhận (left) and the signer block (right), kept on one page."""
        if doc.signer_left:
            self.closing_pair(doc)
            return
        size_nn, size_item, size_sig = 12.0, 11.0, 13.5
        col_l0, col_l1 = LEFT, LEFT + round(TEXT_W * 0.46)
        col_r0, col_r1 = col_l1, RIGHT
        cx = (col_r0 + col_r1) / 2
        nn_lines: list[list[Word]] = []
        for item in doc.noi_nhan:
            words = runs_to_words([(item, "r")])
            wrapped = self.m.wrap(words, size_item, col_l1 - col_l0 - mm(4), 0, mm(3))
            nn_lines.extend(wrapped)
        h_left = (self.lh(size_nn) + len(nn_lines) * self.lh(size_item)) if doc.noi_nhan else 0
        sig_space = mm(23)
        h_right = len(doc.signer) * self.lh(size_sig) + sig_space + self.lh(size_sig)
        self.y += mm(4)
        self.ensure(max(h_left, h_right) + mm(2))
        top = self.y

        y = top + mm(1)
        if doc.noi_nhan:
            self.draw_text("Nơi nhận:", col_l0, y, size_nn, "bi")
            y += self.lh(size_nn)
            for i, ln in enumerate(nn_lines):
                indent = 0 if word_text(ln[0]).startswith("-") or i == 0 else mm(3)
                self.draw_words(ln, col_l0 + indent, col_r0 - col_l0, y, size_item, "left", True)
                y += self.lh(size_item)

        y = top
        for title in doc.signer:
            self.draw_text(title, cx, y, size_sig, "b", anchor="center")
            y += self.lh(size_sig)
        sig_top = y
        if doc.nguoi_ky:
            self.signature(cx, sig_top + sig_space / 2, mm(38), mm(15))
            self.draw_text(doc.nguoi_ky, cx, y + sig_space, size_sig, "b", anchor="center")
        # the seal covers about the left third of the signature (and so part of the title)
        jitter = self.rng.uniform(-1, 1, size=2)
        sx = cx - mm(23) + jitter[0] * mm(2)
        sy = sig_top + mm(5) + jitter[1] * mm(1.5)
        self.page.seal_at = (round(sx), round(sy))
        self.y = top + max(h_left, h_right)

    def closing_pair(self, doc: Doc) -> None:
        """Two signer blocks side by side (Biên bản, NĐ 30 Mẫu 1.7: THƯ KÝ at the left, CHỦ
        TỌA at the right, each signed, the seal on the right one only), then Nơi nhận under
        them at the left; all kept on one page."""
        size_nn, size_item, size_sig = 12.0, 11.0, 13.5
        col_l0, col_l1 = LEFT, LEFT + round(TEXT_W * 0.46)
        col_r0, col_r1 = col_l1, RIGHT
        nn_lines: list[list[Word]] = []
        for item in doc.noi_nhan:
            words = runs_to_words([(item, "r")])
            nn_lines.extend(self.m.wrap(words, size_item, col_l1 - col_l0 - mm(4), 0, mm(3)))
        sig_space = mm(23)
        n_titles = max(len(doc.signer_left), len(doc.signer))
        h_sig = n_titles * self.lh(size_sig) + sig_space + self.lh(size_sig)
        h_nn = 0
        if doc.noi_nhan:
            h_nn = mm(6) + self.lh(size_nn) + len(nn_lines) * self.lh(size_item)
        self.y += mm(4)
        self.ensure(h_sig + h_nn + mm(2))
        top = self.y
        blocks = [
            (doc.signer_left, doc.nguoi_ky_left, (col_l0 + col_l1) / 2, False),
            (doc.signer, doc.nguoi_ky, (col_r0 + col_r1) / 2, True),
        ]
        for titles, name, cx, sealed in blocks:
            y = top
            for title in titles:
                self.draw_text(title, cx, y, size_sig, "b", anchor="center")
                y += self.lh(size_sig)
            sig_top = top + n_titles * self.lh(size_sig)
            if name:
                self.signature(cx, sig_top + sig_space / 2, mm(38), mm(15))
                self.draw_text(name, cx, sig_top + sig_space, size_sig, "b", anchor="center")
            if sealed:
                jitter = self.rng.uniform(-1, 1, size=2)
                sx = cx - mm(23) + jitter[0] * mm(2)
                sy = sig_top + mm(5) + jitter[1] * mm(1.5)
                self.page.seal_at = (round(sx), round(sy))
        y = top + h_sig + mm(6)
        if doc.noi_nhan:
            self.draw_text("Nơi nhận:", col_l0, y, size_nn, "bi")
            y += self.lh(size_nn)
            for i, ln in enumerate(nn_lines):
                indent = 0 if word_text(ln[0]).startswith("-") or i == 0 else mm(3)
                self.draw_words(ln, col_l0 + indent, col_r0 - col_l0, y, size_item, "left", True)
                y += self.lh(size_item)
        self.y = top + h_sig + h_nn

    def signature(self, cx: float, cy: float, width: float, height: float) -> None:
        """A plausible cursive scribble in dark blue ink: a capital, loops and a flourish."""
        rng = self.rng
        draw = self.page.draw
        n = int(rng.integers(3, 9))
        knots = np.arange(n + 2, dtype=np.float64)
        amp = rng.uniform(0.15, 0.9, n + 2) * height / 2
        amp[0] = height * rng.uniform(0.4, 0.8)  # the capital letter
        loop = rng.uniform(0.0, 0.11, n + 2) * width
        loop[0] = width * rng.uniform(0.02, 0.13)
        t = np.linspace(0.0, n + 0.6, 140 * n)
        a = np.interp(t, knots, amp)
        lw = np.interp(t, knots, loop)
        phase = rng.uniform(-0.4, 0.4)
        slope = rng.uniform(-0.12, 0.05) * height
        x = cx - width / 2 + width * 0.8 * t / n + lw * np.cos(2 * math.pi * t + phase)
        y = cy - a * np.sin(2 * math.pi * t) + slope * t
        x += rng.uniform(-0.5, 0.1) * (y - cy)  # slant
        pts = list(zip(x.tolist(), y.tolist(), strict=True))
        step = 35
        for i in range(0, len(pts) - 1, step):
            w = int(rng.integers(4, 7))
            draw.line(pts[i : i + step + 1], fill=SIGN_INK, width=w, joint="curve")
        # a quick flourish through or under the name
        bx0, by0 = x[0] - width * 0.05, cy + height * rng.uniform(0.35, 0.55)
        bx1, by1 = x[-1] + width * rng.uniform(0.0, 0.12), cy + height * rng.uniform(-0.1, 0.3)
        ctrl = (cx, cy + height * rng.uniform(0.6, 0.9))
        s = np.linspace(0.0, 1.0, 160)[:, None]
        curve = (
            (1 - s) ** 2 * np.array([bx0, by0])
            + 2 * (1 - s) * s * np.array(ctrl)
            + s**2 * np.array([bx1, by1])
        )
        draw.line([tuple(p) for p in curve.tolist()], fill=SIGN_INK, width=4, joint="curve")

    def plain_headline(self, text: str) -> None:
        size = 15.0
        words = runs_to_words([(text, "b")])
        for ln in self.m.wrap(words, size, TEXT_W):
            self.draw_words(ln, LEFT, TEXT_W, self.y, size, "left", True)
            self.y += self.lh(size)
        self.y += mm(3)


def render(doc: Doc, fonts: Fonts) -> Renderer:
    r = Renderer(fonts, doc.body_size, np.random.default_rng(doc.seed))
    if doc.headline:
        r.plain_headline(doc.headline)
    else:
        if doc.quoc_hieu or doc.ban_hanh:
            r.header(doc)
        r.title_block(doc)
        r.kinh_gui(doc)
    render_blocks(r, doc.body)
    if doc.signer or doc.noi_nhan:
        if os.environ.get("SAMPLES_DEBUG"):
            print(f"  {doc.name}: closing at page {len(r.pages)}, y={r.y}, free={BOTTOM - r.y}")
        r.closing(doc)
    if doc.appendix:
        r.new_page()
        render_blocks(r, doc.appendix)
    return r


def render_blocks(r: Renderer, blocks: Iterable[Block]) -> None:
    for block in blocks:
        if isinstance(block, Para):
            r.para(block)
        elif isinstance(block, Table):
            r.table(block)
        else:
            r.rule(block)


# --------------------------------------------------------------------------------------
# Scanning simulation
# --------------------------------------------------------------------------------------


def seal_image(fonts: Fonts, text: str, rng: np.random.Generator, radius: int) -> Image.Image:
    """Red round seal as an 8-bit ink mask (255 = full ink): ring text and a star."""
    size = radius * 2 + 20
    mask = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(mask)
    c = size / 2
    d.ellipse((c - radius, c - radius, c + radius, c + radius), outline=255, width=11)
    inner = radius - mm(6.2)
    d.ellipse((c - inner, c - inner, c + inner, c + inner), outline=255, width=5)

    def star(cx: float, cy: float, r_out: float, rot: float = 0.0) -> None:
        pts = []
        for k in range(10):
            r_k = r_out if k % 2 == 0 else r_out * 0.4
            a = rot - math.pi / 2 + k * math.pi / 5
            pts.append((cx + r_k * math.cos(a), cy + r_k * math.sin(a)))
        d.polygon(pts, fill=255)

    star(c, c, radius * 0.28)
    r_text = (radius + inner) / 2 - mm(0.3)
    circ = 2 * math.pi * r_text
    chars = list(" ".join(text.split()))
    size_px = mm(4.8)
    while True:
        font = ImageFont.truetype(
            str(fonts.paths["seal"]), size_px, layout_engine=ImageFont.Layout.BASIC
        )
        adv = [size_px * 0.9 if ch == "*" else font.getlength(ch) for ch in chars]
        if sum(adv) <= 0.9 * circ or size_px < mm(2.5):
            break
        size_px -= 2
    spacing = (0.97 * circ - sum(adv)) / len(chars)
    pos = math.pi + 0.03 * math.pi  # start at the bottom, run clockwise over the top
    for ch, a_ch in zip(chars, adv, strict=True):
        theta = pos + (a_ch / 2) / r_text
        pos += (a_ch + spacing) / r_text
        px = c + r_text * math.sin(theta)
        py = c - r_text * math.cos(theta)
        if ch == "*":
            star(px, py, size_px * 0.42, theta)
            continue
        if ch == " ":
            continue
        box = size_px * 2
        glyph = Image.new("L", (box, box), 0)
        ImageDraw.Draw(glyph).text((box / 2, box / 2), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(theta), resample=Image.Resampling.BICUBIC)
        mask.paste(glyph, (round(px - box / 2), round(py - box / 2)), glyph)

    arr = np.asarray(mask, dtype=np.float32) / 255.0
    # uneven ink: a smooth field plus speckle drop-outs
    small = rng.uniform(0.55, 1.0, size=(6, 6)).astype(np.float32)
    field_img = Image.fromarray((small * 255).astype(np.uint8)).resize(
        (size, size), Image.Resampling.BICUBIC
    )
    field_arr = np.asarray(field_img, dtype=np.float32) / 255.0
    speckle = (rng.random((size, size)) > 0.06).astype(np.float32)
    arr = arr * field_arr * (0.55 + 0.45 * speckle) * rng.uniform(0.78, 0.92)
    out = Image.fromarray(np.clip(arr * 255, 0, 255).astype(np.uint8))
    out = out.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    return out.filter(ImageFilter.GaussianBlur(1.2))


def scan_page(
    page: Page, scan: Scan, rng: np.random.Generator, seal: Image.Image | None
) -> Image.Image:
    arr = np.asarray(page.image, dtype=np.float32) / 255.0
    if seal is not None and page.seal_at is not None:
        sx, sy = page.seal_at
        a = np.asarray(seal, dtype=np.float32) / 255.0
        h, w = a.shape
        x0, y0 = sx - w // 2, sy - h // 2
        cx0, cy0 = max(x0, 0), max(y0, 0)
        cx1, cy1 = min(x0 + w, PAGE_W), min(y0 + h, PAGE_H)
        a = a[cy0 - y0 : cy1 - y0, cx0 - x0 : cx1 - x0]
        region = arr[cy0:cy1, cx0:cx1]
        red = np.array(SEAL_RED, dtype=np.float32) / 255.0
        # multiply blend: ink darkens the paper, black text stays black under it
        region *= 1.0 - a[..., None] * (1.0 - red)
    paper = np.array(scan.paper, dtype=np.float32) / 255.0
    arr *= paper
    # uneven illumination: a linear gradient in a random direction plus a vignette
    yy, xx = np.mgrid[0:PAGE_H, 0:PAGE_W].astype(np.float32)
    xx = xx / PAGE_W - 0.5
    yy = yy / PAGE_H - 0.5
    ang = rng.uniform(0, 2 * math.pi)
    grad = xx * math.cos(ang) + yy * math.sin(ang)
    light = 1.0 - scan.illumination * (0.6 * (grad + 0.7) + 0.8 * (xx**2 + yy**2))
    arr *= light[..., None]
    img = Image.fromarray(np.clip(arr * 255.0 + 0.5, 0, 255).astype(np.uint8))
    del arr, xx, yy, grad, light
    img = img.rotate(
        scan.rotation_deg,
        resample=Image.Resampling.BICUBIC,
        fillcolor=tuple(round(c * 0.93) for c in scan.paper),
    )
    out = np.asarray(img, dtype=np.float32)
    noise = rng.normal(0.0, scan.noise_sigma, size=(PAGE_H, PAGE_W)).astype(np.float32)
    out += noise[..., None]
    img = Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8))
    if scan.blur > 0:
        img = img.filter(ImageFilter.GaussianBlur(scan.blur))
    return img


# --------------------------------------------------------------------------------------
# Ground truth and output
# --------------------------------------------------------------------------------------

# "T/M" is the Party form of "TM." (T/M BAN THƯỜNG VỤ); no set before heldout24 prints it
_AUTHORITY = re.compile(r"^(KT\.|TM\.|TL\.|TUQ\.|Q\.|T/M)\s")


def fields(doc: Doc) -> dict[str, object]:
    authority = None
    if doc.signer:
        m = _AUTHORITY.match(doc.signer[0])
        authority = m.group(1) if m else None
    return {
        "quoc_hieu": doc.quoc_hieu,
        "co_quan_chu_quan": " ".join(doc.chu_quan) or None,
        "co_quan_ban_hanh": " ".join(doc.ban_hanh) or None,
        "so": doc.so or None,  # "" is a number left blank (to be handwritten)
        "ky_hieu": doc.ky_hieu,
        "so_ky_hieu": doc.so_ky_hieu,
        "loai_van_ban": doc.loai_van_ban,
        "trich_yeu": doc.vv or doc.subject,
        "dia_danh": doc.dia_danh,
        "ngay_ban_hanh": doc.ngay.isoformat() if doc.ngay else None,
        "kinh_gui": list(doc.kinh_gui),
        "noi_nhan": [list_item(x) for x in doc.noi_nhan],
        "tham_quyen_ky": authority,
        "chuc_vu_nguoi_ky": doc.signer[-1] if doc.signer else None,
        "nguoi_ky": doc.nguoi_ky,
        "do_mat": doc.do_mat,
        "do_khan": doc.do_khan,
        "van_ban_lien_quan": [r.truth() for r in doc.refs],
    }


def body_source(doc: Doc) -> str:
    parts = [strip_markup(b.text) for b in [*doc.body, *doc.appendix] if isinstance(b, Para)]
    return " ".join(" ".join(p.split()) for p in parts)


def validate(doc: Doc, team: bool) -> None:
    source = body_source(doc)
    for ref in doc.refs:
        if ref.cite() not in source:
            raise ValueError(f"{doc.name}: cited {ref.so_ky_hieu} not in the text")
    if not team:
        return
    texts: list[str] = [*doc.chu_quan, *doc.ban_hanh, *doc.kinh_gui, *doc.noi_nhan, *doc.signer]
    texts += doc.signer_left
    texts += doc.heading_right
    texts += [
        doc.vv or "",
        doc.subject or "",
        doc.title or "",
        doc.nguoi_ky or "",
        doc.description,
        doc.seal_text,
        doc.nguoi_ky_left or "",
        doc.kinh_gui_intro or "",
    ]
    for b in [*doc.body, *doc.appendix]:
        if isinstance(b, Para):
            texts.append(b.text)
        elif isinstance(b, Table):
            texts += b.header + [c for row in b.rows for c in row] + [g[2] for g in b.groups]
    for t in texts:
        check_text(t, doc.name)


@dataclass
class Result:
    doc: Doc
    pages: int
    pdf_bytes: int
    page_jpeg_bytes: list[int]


def build(doc: Doc, fonts: Fonts, out_dir: Path) -> Result:
    """Render, scan and write ``<name>.pdf`` and ``<name>.json`` for one document."""
    validate(doc, team=doc.origin == TEAM)
    r = render(doc, fonts)
    rng = np.random.default_rng(doc.seed + 1000)
    seal = None
    if doc.scan.seal and doc.seal_text:
        seal = seal_image(fonts, doc.seal_text, rng, mm(19))
    scanned = [scan_page(p, doc.scan, rng, seal) for p in r.pages]

    pdf_path = out_dir / f"{doc.name}.pdf"
    buf = io.BytesIO()
    scanned[0].save(
        buf,
        "PDF",
        resolution=float(DPI),
        save_all=True,
        append_images=scanned[1:],
        quality=doc.scan.jpeg_quality,
        optimize=True,
        title=doc.name,
        creationDate=None,
        modDate=None,
        producer="vanban samples/make_samples.py",
    )
    pdf_path.write_bytes(buf.getvalue())

    page_sizes = []
    for img in scanned:
        b = io.BytesIO()
        img.save(b, "JPEG", quality=doc.scan.jpeg_quality, optimize=True)
        page_sizes.append(b.tell())

    tables = []
    for tt in r.tables:
        t = tt.table
        entry: dict[str, object] = {
            "page": tt.page,
            "header": t.header,
            "columns": t.columns,
            "rows": [dict(zip(t.columns, row, strict=True)) for row in t.rows],
        }
        if tt.last_page != tt.page:
            entry["last_page"] = tt.last_page
        if t.groups:  # merged header cells: each label over the keys of its columns
            entry["header_groups"] = [
                {"label": label, "columns": t.columns[first : first + n]}
                for first, n, label in t.groups
            ]
        tables.append(entry)
    scan_truth = doc.scan.truth()
    if not (doc.scan.seal and doc.seal_text):
        scan_truth["seal"] = False
    scan_truth["font"] = fonts.name
    truth = {
        "name": doc.name,
        "description": doc.description,
        "origin": doc.origin,
        "pages": ["\n".join(p.lines) for p in r.pages],
        "fields": fields(doc),
        "tables": tables,
        "scan": scan_truth,
    }
    json_path = out_dir / f"{doc.name}.json"
    json_path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return Result(doc, len(r.pages), pdf_path.stat().st_size, page_sizes)


# --------------------------------------------------------------------------------------
# The documents written by the team (fictional: numbers, people and decisions invented)
# --------------------------------------------------------------------------------------

TEAM = "written by the vanban team"

ITALIC = "i"
BOLD = "b"


def H(text: str, keep: int = 2) -> Para:
    """A section heading: bold, first-line indent."""
    return Para(text, style=BOLD, keep=keep, gap=6)


def doc_kh() -> Doc:
    r_nq57 = Ref("Nghị quyết", "57-NQ/TW", date(2024, 12, 22), "Bộ Chính trị")
    r_qd06 = Ref("Quyết định", "06/QĐ-TTg", date(2022, 1, 6), "Thủ tướng Chính phủ")
    r_tt46 = Ref("Thông tư", "46/2018/TT-BYT", date(2018, 12, 28), "Bộ trưởng Bộ Y tế")
    r_kh245 = Ref(
        "Kế hoạch", "245/KH-UBND", date(2025, 3, 12), "UBND tỉnh Gia Lai", long_date=False
    )
    r_cv4869 = Ref("Công văn", "4869/UBND-SYT")
    table = Table(
        header=[
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian thực hiện",
        ],
        columns=["stt", "nhiem_vu", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_gian"],
        widths=[0.06, 0.40, 0.18, 0.20, 0.16],
        align=["c", "l", "l", "l", "c"],
        rows=[
            [
                "1",
                "Rà soát hạ tầng công nghệ thông tin và phần mềm quản lý bệnh viện tại các "
                "cơ sở khám bệnh, chữa bệnh",
                "Phòng Kế hoạch - Tài chính",
                "Các bệnh viện, Trung tâm Y tế",
                "Tháng 9/2025",
            ],
            [
                "2",
                "Xây dựng, ban hành quy chế sử dụng hồ sơ bệnh án điện tử và chữ ký số tại đơn vị",
                "Các bệnh viện tuyến tỉnh",
                "Phòng Nghiệp vụ Y",
                "Tháng 10/2025",
            ],
            [
                "3",
                "Đồng bộ dữ liệu khám bệnh, chữa bệnh lên Sổ sức khỏe điện tử trên ứng dụng VNeID",
                "Trung tâm Y tế các huyện, thị xã, thành phố",
                "Công an tỉnh, Bảo hiểm xã hội tỉnh",
                "Quý IV/2025",
            ],
            [
                "4",
                "Tập huấn cho viên chức y tế về sử dụng bệnh án điện tử và bảo đảm an "
                "toàn thông tin",
                "Phòng Nghiệp vụ Y",
                "Trung tâm Kiểm soát bệnh tật tỉnh",
                "Quý IV/2025",
            ],
            [
                "5",
                "Tuyên truyền, hướng dẫn người dân cài đặt và sử dụng Sổ sức khỏe điện tử",
                "Trung tâm Kiểm soát bệnh tật tỉnh",
                "Đài Phát thanh - Truyền hình tỉnh",
                "Thường xuyên",
            ],
            [
                "6",
                "Kiểm tra, giám sát, tổng hợp kết quả triển khai, báo cáo Ủy ban nhân dân tỉnh",
                "Văn phòng Sở",
                "Các phòng chức năng thuộc Sở",
                "Trước ngày 15/12/2025",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_nq57.cite()} về đột phá phát triển khoa học, công nghệ, đổi mới "
            f"sáng tạo và chuyển đổi số quốc gia; {r_qd06.cite()} phê duyệt Đề án phát triển "
            "ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số "
            "quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;"
        ),
        Para(
            f"Căn cứ {r_tt46.cite()} quy định hồ sơ bệnh án điện tử; {r_kh245.cite()} về "
            "chuyển đổi số tỉnh Gia Lai năm 2025 và chỉ đạo của Ủy ban nhân dân tỉnh tại "
            f"{r_cv4869.cite()},"
        ),
        Para("Sở Y tế xây dựng Kế hoạch triển khai với các nội dung cụ thể như sau:"),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        H("1. Mục đích"),
        Para(
            "a) Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý, khám bệnh, chữa bệnh; "
            "từng bước thay thế hồ sơ bệnh án giấy bằng hồ sơ bệnh án điện tử, giảm thời "
            "gian chờ đợi và chi phí cho người bệnh."
        ),
        Para(
            "b) Phấn đấu 100% người dân trên địa bàn tỉnh có Sổ sức khỏe điện tử trên ứng dụng "
            "VNeID, dữ liệu được liên thông giữa các cơ sở y tế."
        ),
        H("2. Yêu cầu"),
        Para(
            "Triển khai đúng lộ trình, phù hợp với điều kiện hạ tầng của từng đơn vị; bảo đảm "
            "an toàn thông tin và bảo vệ dữ liệu cá nhân của người bệnh; gắn kết quả thực hiện "
            "với việc đánh giá, xếp loại thi đua cuối năm."
        ),
        H("II. NỘI DUNG, NHIỆM VỤ TRỌNG TÂM"),
        Para("Phân công nhiệm vụ cụ thể như sau:"),
        table,
        H("III. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Văn phòng Sở chủ trì, phối hợp với các phòng chức năng theo dõi, đôn đốc việc "
            "triển khai Kế hoạch; tổng hợp khó khăn, vướng mắc, báo cáo Giám đốc Sở xem xét, "
            "giải quyết."
        ),
        Para(
            "2. Thủ trưởng các đơn vị trực thuộc căn cứ nội dung Kế hoạch, xây dựng kế hoạch "
            "chi tiết của đơn vị, gửi về Sở Y tế (qua Văn phòng Sở) trước ngày 30/9/2025; định "
            "kỳ hằng tháng báo cáo kết quả thực hiện trước ngày 25."
        ),
        Para(
            "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các đơn vị kịp thời phản "
            "ánh về Sở Y tế để được hướng dẫn, giải quyết./."
        ),
    ]
    return Doc(
        name="kh_syt_gialai_benh_an_dien_tu",
        description=(
            "Kế hoạch of a provincial Department of Health under its parent body: two-column "
            "header with co_quan_chu_quan, bold title and subject, section headings, a ruled "
            "5-column task table with wrapped cells and deadlines that starts at the bottom of "
            "page 1 and continues on page 2 under a repeated header row, TỔ CHỨC THỰC HIỆN, "
            "KT. signer with the seal over the signature; page number on page 2."
        ),
        tests="two-column header with parent body; ruled task table split over 2 pages; KT.",
        origin=TEAM,
        seed=101,
        scan=Scan(
            rotation_deg=0.6,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=62,
            paper=(247, 243, 233),
            illumination=0.06,
        ),
        chu_quan=["UBND TỈNH GIA LAI"],
        ban_hanh=["SỞ Y TẾ"],
        so="1523",
        ky_hieu="KH-SYT",
        dia_danh="Gia Lai",
        ngay=date(2025, 8, 15),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject=(
            "Triển khai bệnh án điện tử và Sổ sức khỏe điện tử tại các cơ sở khám bệnh, "
            "chữa bệnh trên địa bàn tỉnh Gia Lai năm 2025"
        ),
        body=body,
        noi_nhan=dash_list(
            [
                "UBND tỉnh (b/c)",
                "Giám đốc, các Phó Giám đốc Sở",
                "Các phòng chức năng thuộc Sở",
                "Các đơn vị trực thuộc",
                "Lưu: VT, VP",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Trần Quang Vinh",
        seal_text="SỞ Y TẾ * TỈNH GIA LAI * ",
        body_size=13.0,
        refs=[r_nq57, r_qd06, r_tt46, r_kh245, r_cv4869],
    )


def doc_cv() -> Doc:
    r_cv = Ref(
        "Công văn", "3120/SYT-NVY", date(2024, 9, 5), "Sở Y tế tỉnh Quảng Nam", long_date=False
    )
    r_ct = Ref("Chỉ thị", "09/CT-UBND", date(2024, 5, 22), "Ủy ban nhân dân huyện", long_date=False)
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc tăng cường phòng, chống dịch sốt xuất huyết; "
            "từ đầu năm 2024 đến ngày 06/9/2024, toàn huyện ghi nhận 187 ca mắc sốt xuất "
            "huyết, tăng 2,3 lần so với cùng kỳ năm 2023; còn 06 ổ dịch chưa được xử lý triệt "
            "để tại các xã Đại Hiệp, Đại Hòa, Đại Nghĩa và thị trấn Ái Nghĩa."
        ),
        Para("Để bảo vệ sức khỏe Nhân dân, Chủ tịch Ủy ban nhân dân huyện yêu cầu:"),
        Para(
            "1. Ủy ban nhân dân các xã, thị trấn tổ chức chiến dịch vệ sinh môi trường, diệt "
            "lăng quăng (bọ gậy) tại 100% hộ gia đình, hoàn thành trước ngày 20/9/2024; tiếp "
            f"tục thực hiện nghiêm {r_ct.cite()} về công tác y tế dự phòng."
        ),
        Para(
            "2. Trung tâm Y tế huyện tăng cường giám sát, xử lý triệt để ổ dịch trong vòng 48 "
            "giờ; báo cáo tình hình dịch về Ủy ban nhân dân huyện (qua Phòng Y tế) trước 15 giờ "
            "thứ Sáu hằng tuần."
        ),
        Para(
            "3. Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường học vệ sinh trường, lớp, "
            "tuyên truyền phòng bệnh sốt xuất huyết cho học sinh."
        ),
        Para("4. Phòng Y tế huyện theo dõi, đôn đốc, tổng hợp kết quả thực hiện Công văn này."),
        Para("Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc thực hiện./."),
    ]
    return Doc(
        name="cv_ubnd_dailoc_sot_xuat_huyet",
        description=(
            "Urgent Công văn (KHẨN box under the number) of a district People's Committee whose "
            "name takes two bold lines and has no parent body; number without a type "
            "abbreviation (UBND-VX), a two-line V/v under Số, Kính gửi with four '- ...;' "
            "addressees (the first on the Kính gửi line), TM. signer, stronger skew."
        ),
        tests="Công văn V/v + Kính gửi list; KHẨN mark; two-line issuer, no parent; TM.",
        origin=TEAM,
        seed=202,
        scan=Scan(
            rotation_deg=-0.9,
            noise_sigma=6,
            blur=0.8,
            jpeg_quality=60,
            paper=(244, 241, 234),
            illumination=0.08,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "HUYỆN ĐẠI LỘC"],
        so="1245",
        ky_hieu="UBND-VX",
        vv="tăng cường phòng, chống dịch sốt xuất huyết",
        do_khan="KHẨN",
        dia_danh="Đại Lộc",
        ngay=date(2024, 9, 9),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Phòng Y tế huyện",
            "Trung tâm Y tế huyện",
            "Phòng Giáo dục và Đào tạo huyện",
            "Ủy ban nhân dân các xã, thị trấn",
        ],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Sở Y tế tỉnh Quảng Nam (b/c)",
                "TT Huyện ủy, TT HĐND huyện (b/c)",
                "CT, các PCT UBND huyện",
                "Lưu: VT, VX",
            ]
        ),
        signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        nguoi_ky="Phan Thị Mỹ Hạnh",
        seal_text="ỦY BAN NHÂN DÂN HUYỆN ĐẠI LỘC * TỈNH QUẢNG NAM * ",
        refs=[r_cv, r_ct],
    )


def doc_qd() -> Doc:
    r_lgd = Ref("Luật", "43/2019/QH14", date(2019, 6, 14), ten="Luật Giáo dục")
    r_ltc = Ref(
        "Luật", "77/2015/QH13", date(2015, 6, 19), ten="Luật Tổ chức chính quyền địa phương"
    )
    r_qd131 = Ref("Quyết định", "131/QĐ-TTg", date(2022, 1, 25), "Thủ tướng Chính phủ")
    r_qd21 = Ref(
        "Quyết định", "21/2021/QĐ-UBND", date(2021, 8, 12), "Ủy ban nhân dân thành phố Đà Nẵng"
    )
    r_kh113 = Ref(
        "Kế hoạch", "113/KH-UBND", date(2023, 6, 2), "Ủy ban nhân dân thành phố", long_date=False
    )
    body: list[Block] = [
        Para("GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", style=BOLD, align="center", indent=0, gap=2),
        Para(f"Căn cứ {r_lgd.cite()};", style=ITALIC),
        Para(f"Căn cứ {r_ltc.cite()};", style=ITALIC),
        Para(
            f"Căn cứ {r_qd131.cite()} phê duyệt Đề án “Tăng cường ứng dụng công nghệ thông tin "
            "và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022 - 2025, định hướng đến "
            "năm 2030”;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_qd21.cite()} quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu "
            "tổ chức của Sở Giáo dục và Đào tạo thành phố Đà Nẵng;",
            style=ITALIC,
        ),
        Para("Theo đề nghị của Chánh Văn phòng Sở.", style=ITALIC),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Thành lập Tổ công tác chuyển đổi số ngành Giáo dục và Đào tạo thành "
            "phố Đà Nẵng (sau đây gọi tắt là Tổ công tác), gồm các ông, bà có tên sau:",
            gap=8,
        ),
        Para("1. Ông Nguyễn Hữu Phước, Phó Giám đốc Sở, Tổ trưởng;"),
        Para("2. Bà Trương Thị Ngọc Lan, Chánh Văn phòng Sở, Tổ phó;"),
        Para("3. Ông Lê Minh Tuấn, Trưởng phòng Kế hoạch - Tài chính;"),
        Para("4. Bà Hồ Thị Bích Thủy, Phó Trưởng phòng Giáo dục Trung học;"),
        Para("5. Ông Phạm Đức Khôi, chuyên viên Văn phòng Sở, Thư ký."),
        Para(
            "**Điều 2.** Tổ công tác có nhiệm vụ tham mưu Giám đốc Sở xây dựng, tổ chức triển "
            f"khai kế hoạch chuyển đổi số hằng năm của ngành theo {r_kh113.cite()}; hướng "
            "dẫn các cơ sở giáo dục triển khai hồ sơ điện tử, học bạ số, thanh toán không dùng "
            "tiền mặt; theo dõi, đánh giá và định kỳ 6 tháng, hằng năm báo cáo kết quả thực "
            "hiện. Tổ công tác làm việc theo chế độ kiêm nhiệm và tự giải thể sau khi hoàn "
            "thành nhiệm vụ.",
            gap=8,
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng "
            "các phòng chuyên môn thuộc Sở, Thủ trưởng các đơn vị có liên quan và các ông, bà "
            "có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            gap=8,
        ),
    ]
    return Doc(
        name="qd_sgddt_danang_to_cong_tac",
        description=(
            "Quyết định of a city Department of Education: parent body, subject 'Về việc ...', "
            "authority line GIÁM ĐỐC SỞ ..., italic 'Căn cứ ...;' lines citing laws with numbers "
            "and decisions with long dates, 'QUYẾT ĐỊNH:', Điều 1-3 with bold lead-ins, signer "
            "without KT./TM./TL. (the director himself); light scan."
        ),
        tests="QĐ with Căn cứ and Điều 1-3; signer without authority prefix; clean scan",
        origin=TEAM,
        seed=303,
        scan=Scan(
            rotation_deg=0.3,
            noise_sigma=2.5,
            blur=0.8,
            jpeg_quality=72,
            paper=(249, 247, 240),
            illumination=0.04,
        ),
        chu_quan=["UBND THÀNH PHỐ ĐÀ NẴNG"],
        ban_hanh=["SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
        so="1906",
        ky_hieu="QĐ-SGDĐT",
        dia_danh="Đà Nẵng",
        ngay=date(2023, 7, 26),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "Về việc thành lập Tổ công tác chuyển đổi số ngành Giáo dục và Đào tạo thành "
            "phố Đà Nẵng"
        ),
        body=body,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "UBND thành phố (b/c)",
                "Giám đốc Sở",
                "Cổng thông tin điện tử Sở",
                "Lưu: VT, VP",
            ]
        ),
        signer=["GIÁM ĐỐC"],
        nguoi_ky="Trần Minh Đức",
        seal_text="SỞ GIÁO DỤC VÀ ĐÀO TẠO * TP. ĐÀ NẴNG * ",
        refs=[r_lgd, r_ltc, r_qd131, r_qd21, r_kh113],
    )


def doc_bc() -> Doc:
    r_kh35 = Ref(
        "Kế hoạch", "35/KH-UBND", date(2024, 1, 18), "Ủy ban nhân dân tỉnh", long_date=False
    )
    r_cv = Ref(
        "Công văn", "6512/UBND-NC", date(2024, 8, 2), "Ủy ban nhân dân tỉnh", long_date=False
    )
    r_nq18 = Ref("Nghị quyết", "18-NQ/TW", date(2017, 10, 25), "Ban Chấp hành Trung ương Đảng")
    table = Table(
        header=["STT", "Chỉ tiêu", "Kế hoạch năm 2024", "Kết quả quý III", "Đánh giá"],
        columns=["stt", "chi_tieu", "ke_hoach", "ket_qua", "danh_gia"],
        widths=[0.07, 0.45, 0.17, 0.17, 0.14],
        align=["c", "l", "c", "c", "c"],
        rows=[
            ["1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "98%", "99,15%", "Đạt"],
            ["2", "Tỷ lệ hồ sơ trực tuyến toàn trình", "50%", "52,6%", "Đạt"],
            [
                "3",
                "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                "80%",
                "74,3%",
                "Chưa đạt",
            ],
            ["4", "Mức độ hài lòng của người dân", "90%", "92,4%", "Đạt"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_kh35.cite()} về cải cách hành chính nhà nước tỉnh Nghệ An năm 2024 "
            f"và {r_cv.cite()} về việc báo cáo định kỳ công tác cải cách hành chính, Sở Nội vụ "
            "báo cáo kết quả thực hiện quý III năm 2024 như sau:"
        ),
        H("I. KẾT QUẢ THỰC HIỆN"),
        H("1. Công tác chỉ đạo, điều hành"),
        Para(
            "Sở Nội vụ đã tham mưu Ủy ban nhân dân tỉnh ban hành 04 văn bản chỉ đạo, đôn đốc "
            "thực hiện nhiệm vụ cải cách hành chính; tổ chức 02 đoàn kiểm tra công tác cải "
            "cách hành chính, công vụ tại 12 cơ quan, đơn vị, địa phương. Qua kiểm tra đã kịp "
            "thời chấn chỉnh 17 trường hợp chậm trễ."
        ),
        H("2. Cải cách thủ tục hành chính"),
        Para(
            "Trong kỳ, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 48.326 hồ sơ; đã giải "
            "quyết đúng hạn 47.915 hồ sơ, đạt tỷ lệ 99,15%; số hồ sơ quá hạn là 411 hồ sơ, chủ "
            "yếu thuộc lĩnh vực đất đai và xây dựng. Tỷ lệ hồ sơ trực tuyến toàn trình đạt "
            "52,6%."
        ),
        H("3. Cải cách tổ chức bộ máy và chế độ công vụ"),
        Para(
            f"Tiếp tục thực hiện {r_nq18.cite()} khóa XII về một số vấn đề về tiếp tục đổi "
            "mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, "
            "hiệu quả; tổ chức kỳ thi nâng ngạch công chức năm 2024 cho 236 thí sinh."
        ),
        H("4. Một số chỉ tiêu chủ yếu", keep=4),
        table,
        H("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
        Para(
            "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại một số huyện còn "
            "thấp; hạ tầng công nghệ thông tin ở cấp xã chưa đồng bộ; một bộ phận cán bộ, công "
            "chức chưa thành thạo kỹ năng số. Nguyên nhân chủ yếu là do kinh phí đầu tư còn "
            "hạn chế, khối lượng hồ sơ tồn đọng lớn."
        ),
        H("III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024"),
        Para(
            "1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính; đẩy mạnh cung cấp dịch vụ "
            "công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        Para(
            "2. Đôn đốc các huyện, thành phố, thị xã đẩy nhanh tiến độ số hóa hồ sơ; hoàn "
            "thành tỷ lệ số hóa theo kế hoạch trước ngày 15/12/2024."
        ),
        Para(
            "3. Tổ chức khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục "
            "vụ của cơ quan hành chính nhà nước năm 2024."
        ),
        Para(
            "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính quý III năm "
            "2024 của Sở Nội vụ, kính báo cáo Ủy ban nhân dân tỉnh./."
        ),
    ]
    return Doc(
        name="bc_snv_nghean_cchc_quy3",
        description=(
            "Báo cáo of a provincial Department of Home Affairs on administrative reform: parent "
            "body, Roman/Arabic section headings, numbers with Vietnamese separators (48.326; "
            "99,15%), a ruled statistics table that is not a task table, references to a "
            "Party resolution (18-NQ/TW) and short-dated documents, KT. signer; body at 13 pt."
        ),
        tests="BC with a statistics table (other columns); numbers 48.326 / 99,15%; KT.",
        origin=TEAM,
        seed=404,
        scan=Scan(
            rotation_deg=-0.4,
            noise_sigma=6,
            blur=0.8,
            jpeg_quality=62,
            paper=(245, 240, 228),
            illumination=0.07,
        ),
        chu_quan=["UBND TỈNH NGHỆ AN"],
        ban_hanh=["SỞ NỘI VỤ"],
        so="412",
        ky_hieu="BC-SNV",
        dia_danh="Nghệ An",
        ngay=date(2024, 9, 20),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject="Kết quả thực hiện công tác cải cách hành chính quý III năm 2024",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            ["UBND tỉnh (b/c)", "Giám đốc Sở (b/c)", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, CCHC"]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Hồ Sỹ Nguyên",
        seal_text="SỞ NỘI VỤ * TỈNH NGHỆ AN * ",
        refs=[r_kh35, r_cv, r_nq18],
    )


def doc_tb() -> Doc:
    r_luat = Ref("Luật", "31/2024/QH15", ten="Luật Đất đai")
    r_ct = Ref("Chỉ thị", "05/CT-UBND", date(2024, 1, 15), "Ủy ban nhân dân tỉnh", long_date=False)
    body: list[Block] = [
        Para(
            "Ngày 01/3/2024, Giám đốc Sở Tài nguyên và Môi trường chủ trì cuộc họp giao ban về "
            "công tác đăng ký đất đai, cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà "
            "ở và tài sản khác gắn liền với đất (sau đây gọi là giấy chứng nhận). Tham dự cuộc "
            "họp có lãnh đạo các phòng chuyên môn và Văn phòng Đăng ký đất đai tỉnh."
        ),
        Para("Sau khi nghe báo cáo và ý kiến của các đơn vị, Giám đốc Sở kết luận như sau:"),
        Para(
            "1. Trong tháng 02 năm 2024, toàn tỉnh đã cấp 3.214 giấy chứng nhận, đạt 8,7% kế "
            "hoạch năm; tuy nhiên vẫn còn 126 hồ sơ trễ hạn, tập trung tại các Chi nhánh Đức "
            "Trọng, Lâm Hà và Bảo Lộc. Yêu cầu các Chi nhánh rà soát, giải quyết dứt điểm hồ sơ "
            "trễ hạn trước ngày 20/3/2024 và có văn bản xin lỗi người dân theo quy định."
        ),
        Para(
            f"2. Văn phòng Đăng ký đất đai tỉnh chủ trì nghiên cứu {r_luat.cite()} và các văn "
            "bản hướng dẫn thi hành, kịp thời đề xuất sửa đổi quy trình nội bộ giải quyết thủ "
            "tục hành chính lĩnh vực đất đai, bảo đảm thống nhất, đúng quy định."
        ),
        Para(
            "3. Phòng Quản lý đất đai tham mưu văn bản đề nghị Ủy ban nhân dân tỉnh chỉ đạo các "
            "huyện, thành phố thực hiện "
            f"{r_ct.cite()} về tăng cường công tác quản lý nhà nước về đất đai; hoàn thành "
            "trước ngày 25/3/2024."
        ),
        Para("4. Văn phòng Sở theo dõi, đôn đốc các đơn vị thực hiện nội dung kết luận này."),
        Para("Văn phòng Sở Tài nguyên và Môi trường thông báo để các đơn vị biết, thực hiện./."),
    ]
    return Doc(
        name="tb_stnmt_lamdong_ket_luan",
        description=(
            "Thông báo kết luận of a provincial Department of Natural Resources and Environment "
            "(land): issuing body on two bold lines under the parent body, one page, TL. "
            "signer (Chánh Văn phòng signs for the director). Scanned hard: 1.5° skew, heavy "
            "noise, strong blur and JPEG quality 45 - the stress case that must stay readable."
        ),
        tests="heavy noise + 1.5° skew + JPEG q45; two-line issuer; TL. signer",
        origin=TEAM,
        seed=505,
        scan=Scan(
            rotation_deg=1.5,
            noise_sigma=12,
            blur=1.0,
            jpeg_quality=45,
            paper=(240, 235, 222),
            illumination=0.12,
        ),
        chu_quan=["UBND TỈNH LÂM ĐỒNG"],
        ban_hanh=["SỞ TÀI NGUYÊN", "VÀ MÔI TRƯỜNG"],
        so="87",
        ky_hieu="TB-STNMT",
        dia_danh="Lâm Đồng",
        ngay=date(2024, 3, 5),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject=(
            "Kết luận của Giám đốc Sở tại cuộc họp giao ban công tác cấp giấy chứng nhận "
            "quyền sử dụng đất tháng 02 năm 2024"
        ),
        body=body,
        noi_nhan=dash_list(
            [
                "Giám đốc, các PGĐ Sở",
                "Các phòng, đơn vị thuộc Sở",
                "VP Đăng ký đất đai tỉnh và các Chi nhánh",
                "Lưu: VT, VP",
            ]
        ),
        signer=["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"],
        nguoi_ky="Nguyễn Thị Kim Oanh",
        seal_text="SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG * TỈNH LÂM ĐỒNG * ",
        body_size=13.0,
        refs=[r_luat, r_ct],
    )


def doc_ttr() -> Doc:
    r_qd749 = Ref("Quyết định", "749/QĐ-TTg", date(2020, 6, 3), "Thủ tướng Chính phủ")
    r_nq52 = Ref("Nghị quyết", "52-NQ/TW", date(2019, 9, 27), "Bộ Chính trị")
    r_kh128 = Ref("Kế hoạch", "128/KH-UBND", date(2024, 4, 12), "UBND tỉnh", long_date=False)
    body: list[Block] = [
        Para(
            f"Căn cứ {r_qd749.cite()} phê duyệt “Chương trình Chuyển đổi số quốc gia đến năm "
            "2025, định hướng đến năm 2030”;"
        ),
        Para(
            f"Căn cứ {r_nq52.cite()} về một số chủ trương, chính sách chủ động tham gia cuộc "
            "Cách mạng công nghiệp lần thứ tư;"
        ),
        Para(
            f"Thực hiện {r_kh128.cite()} về chuyển đổi số tỉnh Bắc Giang năm 2024, Sở Thông "
            "tin và Truyền thông kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt Đề án xây "
            "dựng Trung tâm giám sát, điều hành thông minh tỉnh Bắc Giang giai đoạn 2025 - 2027 "
            "(sau đây gọi tắt là Đề án) với các nội dung chính như sau:"
        ),
        H("1. Sự cần thiết"),
        Para(
            "Hiện nay, dữ liệu phục vụ công tác chỉ đạo, điều hành của tỉnh còn phân tán tại "
            "nhiều hệ thống thông tin của các sở, ngành, địa phương; việc tổng hợp, phân tích "
            "số liệu chủ yếu thực hiện thủ công, chưa đáp ứng yêu cầu chỉ đạo, điều hành dựa "
            "trên dữ liệu theo thời gian thực. Việc xây dựng Trung tâm giám sát, điều hành "
            "thông minh là cần thiết, phù hợp với chủ trương của Trung ương và của tỉnh."
        ),
        H("2. Mục tiêu"),
        Para(
            "Đến năm 2027, Trung tâm kết nối, tích hợp dữ liệu từ ít nhất 15 hệ thống thông tin "
            "dùng chung của tỉnh; cung cấp các chỉ số điều hành về kinh tế - xã hội, y tế, "
            "giáo dục, giao thông, an ninh trật tự; 100% cuộc họp của Ủy ban nhân dân tỉnh "
            "được hỗ trợ bằng dữ liệu từ Trung tâm."
        ),
        H("3. Kinh phí và nguồn vốn"),
        Para(
            "Tổng kinh phí dự kiến 68,5 tỷ đồng (Sáu mươi tám tỷ, năm trăm triệu đồng) từ nguồn "
            "ngân sách tỉnh, phân kỳ: năm 2025 là 32 tỷ đồng; năm 2026 là 24,5 tỷ đồng; năm 2027 "
            "là 12 tỷ đồng."
        ),
        H("4. Tổ chức thực hiện"),
        Para(
            "Sở Thông tin và Truyền thông là cơ quan chủ trì, phối hợp với Sở Kế hoạch và Đầu "
            "tư, Sở Tài chính và các cơ quan, đơn vị liên quan triển khai Đề án; định kỳ hằng "
            "năm báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện."
        ),
        Para("Sở Thông tin và Truyền thông kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt./."),
        Para(
            "(Gửi kèm: dự thảo Đề án, dự thảo Quyết định phê duyệt và văn bản góp ý của các cơ "
            "quan, đơn vị liên quan)",
            style=ITALIC,
            size=12.0,
        ),
    ]
    return Doc(
        name="ttr_stttt_bacgiang_giam_sat_dieu_hanh",
        description=(
            "Tờ trình of a provincial Department of Information and Communications on a digital "
            "transformation project: issuing body on two lines, title + subject followed by a "
            "centred one-line 'Kính gửi: ...' (not a Công văn), citations of 52-NQ/TW and "
            "749/QĐ-TTg with long dates, money amounts, KT. signer; negative skew."
        ),
        tests="TTr with centred one-line Kính gửi after the subject; -1.1° skew",
        origin=TEAM,
        seed=606,
        scan=Scan(
            rotation_deg=-1.1,
            noise_sigma=8,
            blur=0.9,
            jpeg_quality=55,
            paper=(243, 240, 231),
            illumination=0.09,
        ),
        chu_quan=["UBND TỈNH BẮC GIANG"],
        ban_hanh=["SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG"],
        so="356",
        ky_hieu="TTr-STTTT",
        dia_danh="Bắc Giang",
        ngay=date(2024, 11, 4),
        title="TỜ TRÌNH",
        loai_van_ban="Tờ trình",
        subject=(
            "Đề nghị phê duyệt Đề án xây dựng Trung tâm giám sát, điều hành thông minh tỉnh "
            "Bắc Giang giai đoạn 2025 - 2027"
        ),
        kinh_gui=["Ủy ban nhân dân tỉnh Bắc Giang"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Chủ tịch, các PCT UBND tỉnh (b/c)",
                "Sở Tài chính, Sở Kế hoạch và Đầu tư",
                "Lưu: VT, CĐS",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Ngô Thanh Bình",
        seal_text="SỞ THÔNG TIN VÀ TRUYỀN THÔNG * TỈNH BẮC GIANG * ",
        refs=[r_qd749, r_nq52, r_kh128],
    )


# --------------------------------------------------------------------------------------
# Samples rendered from the real seed texts in shared/seeds (read at generation time)
# --------------------------------------------------------------------------------------

SEED_000 = "000_c17c416d85f170ed.txt"
SEED_001 = "001_6e092b8983d22b4d.txt"


def seed_lines(path: Path) -> list[str]:
    """Non-empty, stripped, NFC lines of a seed text."""
    lines = [nfc(ln.strip()) for ln in path.read_text("utf-8").splitlines()]
    return [ln for ln in lines if ln]


def doc_seed_000(seeds: Path) -> Doc:
    lines = seed_lines(seeds / SEED_000)
    title = strip_markup(lines[0])
    subject = strip_markup(lines[1])
    i_nn = next(i for i, ln in enumerate(lines) if strip_markup(ln) == "Nơi nhận:")
    body_lines = lines[2:i_nn]
    rest = lines[i_nn + 1 :]
    noi_nhan = [ln for ln in rest if ln.startswith("-")]
    signer_all = [strip_markup(ln) for ln in rest[len(noi_nhan) :]]
    body: list[Block] = []
    for ln in body_lines:
        if re.match(r"^\d+\.\s", ln):
            body.append(Para(ln, style=BOLD, keep=2, gap=6))
        elif ln.startswith("- "):
            body.append(Para(ln, indent=5))
        elif ln.startswith("Hình:"):
            body.append(Para(ln, style=ITALIC, size=12.0))
        else:
            body.append(Para(ln))
    # references as they appear in the seed text (annotated by hand, checked by validate())
    refs = [
        Ref("Kế hoạch", "777/KH-SYT", date(2022, 1, 27), "Sở Y tế", long_date=False),
        Ref("Kế hoạch", "220/KH-SYT", date(2023, 1, 11), "Sở Y tế", long_date=False),
        Ref("Kế hoạch", "10/KH-BVNĐ2", date(2023, 1, 17), "Bệnh viện Nhi đồng 2", long_date=False),
    ]
    return Doc(
        name="seed000_bvnd2_bao_cao_cchc",
        description=(
            "Real text (a hospital's Báo cáo on an administrative-reform product) rendered "
            "without any agency header or Quốc hiệu: it starts with the bold title BÁO CÁO and "
            "its subject, long justified body with numbered headings, list items and image "
            "captions, Nơi nhận block and a KT. signer block with an upper-case name. Tests "
            "documents with no header at all, no number and no date, over three pages."
        ),
        tests="no header at all (no number, no date); 3 pages; real text; KT.",
        origin=f"rendered from shared/seeds/{SEED_000}",
        seed=707,
        scan=Scan(
            rotation_deg=0.5,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=58,
            paper=(246, 243, 236),
            illumination=0.06,
        ),
        quoc_hieu=False,
        title=title,
        loai_van_ban="Báo cáo",
        subject=subject,
        body=body,
        body_size=13.0,
        noi_nhan=noi_nhan,
        signer=signer_all[:-1],
        nguoi_ky=signer_all[-1],
        seal_text="BỆNH VIỆN NHI ĐỒNG 2 * SỞ Y TẾ TP. HỒ CHÍ MINH * ",
        refs=refs,
    )


def doc_seed_001(seeds: Path) -> Doc:
    lines = seed_lines(seeds / SEED_001)
    body: list[Block] = []
    for ln in lines[1:]:
        if ln.startswith("Ngày đăng:"):
            body.append(Para(ln, style=ITALIC, align="left", indent=0, size=12.0))
        elif ln.startswith("Người đăng:"):
            body.append(Para(ln, style=ITALIC, align="right", indent=0, size=12.0, gap=8))
        else:
            body.append(Para(ln))
    return Doc(
        name="seed001_tin_hiep_hoa_giao_ban",
        description=(
            "Real news article (a district health centre's online meetings) rendered as a "
            "plain text page: bold upper-case headline, 'Ngày đăng:' line, justified "
            "paragraphs, no header, no number, no signer, no seal. Every field is empty: the "
            "pipeline must not invent a document type or number for it."
        ),
        tests="not an administrative document: all fields empty; no seal",
        origin=f"rendered from shared/seeds/{SEED_001}",
        seed=808,
        scan=Scan(
            rotation_deg=-0.25,
            noise_sigma=3,
            blur=0.8,
            jpeg_quality=56,
            seal=False,
            paper=(248, 246, 240),
            illumination=0.05,
        ),
        quoc_hieu=False,
        headline=lines[0],
        body=body,
        body_size=13.0,
    )


# --------------------------------------------------------------------------------------
# Held-out documents (benchmarks/heldout/): written before the field extractor was tuned
# and never used to tune it; other agencies, layouts and forms than samples/
# --------------------------------------------------------------------------------------

HELDOUT_DIR = REPO_ROOT / "benchmarks" / "heldout"


def doc_ho_qd_congan_phu_luc() -> Doc:
    r_ct = Ref("Chỉ thị", "15/CT-BCA", date(2024, 10, 2), "Bộ trưởng Bộ Công an", long_date=False)
    r_kh = Ref("Kế hoạch", "318/KH-UBND", date(2025, 2, 20), "UBND tỉnh Quảng Trị")
    table = Table(
        header=["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm"],
        columns=[
            "stt",
            "nhiem_vu",
            "don_vi_chu_tri",
            "don_vi_phoi_hop",
            "thoi_gian",
            "san_pham",
        ],
        widths=[0.06, 0.32, 0.17, 0.17, 0.13, 0.15],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Rà soát, cập nhật dữ liệu cư trú trên địa bàn các xã biên giới",
                "Phòng Cảnh sát quản lý hành chính",
                "Công an các huyện",
                "Quý III/2025",
                "Báo cáo rà soát",
            ],
            [
                "2",
                "Tổ chức cấp định danh điện tử mức độ 2 cho học sinh trung học phổ thông",
                "Công an các huyện, thị xã",
                "Sở Giáo dục và Đào tạo",
                "Tháng 11/2025",
                "Danh sách cấp",
            ],
            [
                "3",
                "Kiểm tra việc thực hiện thủ tục hành chính trên môi trường điện tử",
                "Phòng Tham mưu",
                "Văn phòng Cơ quan Cảnh sát điều tra",
                "Định kỳ hằng quý",
                "Biên bản kiểm tra",
            ],
            [
                "4",
                "Tổng kết, đánh giá kết quả thực hiện Kế hoạch",
                "Phòng Tham mưu",
                "Các đơn vị liên quan",
                "Trước ngày 20/12/2025",
                "Báo cáo tổng kết",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_ct.cite()} về tăng cường ứng dụng dữ liệu dân cư trong công tác công an;",
            style=ITALIC,
        ),
        Para(f"Căn cứ {r_kh.cite()} về chuyển đổi số năm 2025;", style=ITALIC),
        Para("Theo đề nghị của Trưởng phòng Tham mưu.", style=ITALIC),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0),
        Para(
            "**Điều 1.** Ban hành kèm theo Quyết định này Danh mục nhiệm vụ triển khai Đề án "
            "06 năm 2025 của Công an tỉnh (Phụ lục kèm theo)."
        ),
        Para(
            "**Điều 2.** Quyết định có hiệu lực kể từ ngày ký. Trưởng phòng Tham mưu, Thủ "
            "trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."
        ),
        H("PHỤ LỤC: DANH MỤC NHIỆM VỤ"),
        table,
    ]
    return Doc(
        name="ho_qd_congan_quangtri_phu_luc",
        description=(
            "Quyết định of a provincial police department under the Ministry: Căn cứ lines, "
            "Điều 1-2, a 6-column task table as Phụ lục with TT/Thời hạn/Sản phẩm headers, "
            "KT. signer with the rank Đại tá before the name."
        ),
        tests="QĐ with a task-table Phụ lục (6 columns); KT. signer with rank Đại tá",
        origin=TEAM,
        seed=901,
        scan=Scan(rotation_deg=0.45, noise_sigma=5, blur=0.8, jpeg_quality=60),
        chu_quan=["BỘ CÔNG AN"],
        ban_hanh=["CÔNG AN TỈNH QUẢNG TRỊ"],
        so="215",
        ky_hieu="QĐ-CAT",
        dia_danh="Quảng Trị",
        ngay=date(2025, 3, 4),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject="Về việc ban hành Danh mục nhiệm vụ triển khai Đề án 06 năm 2025",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(["Như Điều 2", "Đồng chí Giám đốc (b/c)", "Lưu: VT, PV01"]),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Đại tá Lê Văn Hùng",
        seal_text="CÔNG AN TỈNH QUẢNG TRỊ * BỘ CÔNG AN * ",
        refs=[r_ct, r_kh],
    )


def doc_ho_cv_vp_so_trong() -> Doc:
    r_bl = Ref("Bộ luật", "91/2015/QH13", ten="Bộ luật Dân sự")
    r_cv = Ref("Công văn", "2210/STP-HCTP", date(2025, 5, 14), "Sở Tư pháp", long_date=False)
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc hướng dẫn chứng thực hợp đồng, giao dịch theo "
            f"quy định của {r_bl.cite()}, Văn phòng Ủy ban nhân dân tỉnh đề nghị các cơ quan, "
            "đơn vị thực hiện các nội dung sau:"
        ),
        Para(
            "1. Rà soát, niêm yết công khai thủ tục chứng thực tại bộ phận một cửa; báo cáo "
            "kết quả về Văn phòng Ủy ban nhân dân tỉnh trước ngày 25/6/2025."
        ),
        Para(
            "2. Bố trí công chức có đủ điều kiện thực hiện chứng thực điện tử, bảo đảm thời "
            "hạn giải quyết theo quy định."
        ),
        Para("Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./."),
    ]
    return Doc(
        name="ho_cv_vpubnd_quangngai_so_trong",
        description=(
            "Công văn of a provincial People's Committee office whose number is left blank "
            "for the handwritten number; THƯỢNG KHẨN mark; cites a Bộ luật without a date; "
            "TUQ. signer; three addressees."
        ),
        tests="Công văn with a blank (handwritten) number; THƯỢNG KHẨN; TUQ.; Bộ luật cited",
        origin=TEAM,
        seed=902,
        scan=Scan(rotation_deg=-0.7, noise_sigma=7, blur=0.9, jpeg_quality=55),
        chu_quan=["UBND TỈNH QUẢNG NGÃI"],
        ban_hanh=["VĂN PHÒNG"],
        so="",
        ky_hieu="VP-NC",
        vv="triển khai chứng thực hợp đồng, giao dịch",
        do_khan="THƯỢNG KHẨN",
        dia_danh="Quảng Ngãi",
        ngay=date(2025, 6, 3),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Sở Tư pháp",
            "Ủy ban nhân dân các huyện, thị xã, thành phố",
            "Trung tâm Phục vụ hành chính công tỉnh",
        ],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(["Như trên", "CT, PCT UBND tỉnh (b/c)", "Lưu: VT, NC"]),
        signer=["TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"],
        nguoi_ky="Đặng Văn Phước",
        seal_text="VĂN PHÒNG UBND TỈNH QUẢNG NGÃI * ",
        refs=[r_cv, r_bl],
    )


def doc_ho_gm_skhdt_hoi_nghi() -> Doc:
    r_kh = Ref(
        "Kế hoạch", "64/KH-SKHĐT", date(2025, 4, 9), "Sở Kế hoạch và Đầu tư", long_date=False
    )
    r_nq = Ref("Nghị quyết", "52-NQ/TW", date(2019, 9, 27), "Bộ Chính trị")
    body: list[Block] = [
        Para(
            f"Thực hiện {r_kh.cite()} về hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số, "
            f"triển khai {r_nq.cite()}, Sở Kế hoạch và Đầu tư tổ chức Hội nghị đối thoại "
            "với doanh nghiệp năm 2025."
        ),
        Para("Sở Kế hoạch và Đầu tư trân trọng kính mời:"),
        Para("Đại diện lãnh đạo các doanh nghiệp trên địa bàn tỉnh.", indent=20),
        Para("Thời gian: 08 giờ 00 phút, ngày 12/5/2025 (thứ Hai)."),
        Para("Địa điểm: Hội trường tầng 3, Trung tâm Hành chính tỉnh."),
        Para(
            "Rất mong đại biểu tham dự đúng thời gian, đầy đủ thành phần để Hội nghị đạt kết "
            "quả tốt./."
        ),
    ]
    return Doc(
        name="ho_gm_skhdt_binhdinh_hoi_nghi",
        description=(
            "Giấy mời of a provincial Department of Planning and Investment: GIẤY MỜI title "
            "with its subject, invitation body with time and place, TL. signer."
        ),
        tests="Giấy mời title and subject; TL. signer; cited documents in one sentence",
        origin=TEAM,
        seed=903,
        scan=Scan(rotation_deg=0.2, noise_sigma=4, blur=0.8, jpeg_quality=65),
        chu_quan=["UBND TỈNH BÌNH ĐỊNH"],
        ban_hanh=["SỞ KẾ HOẠCH VÀ ĐẦU TƯ"],
        so="118",
        ky_hieu="GM-SKHĐT",
        dia_danh="Bình Định",
        ngay=date(2025, 5, 5),
        title="GIẤY MỜI",
        loai_van_ban="Giấy mời",
        subject="Dự Hội nghị đối thoại với doanh nghiệp năm 2025",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(["Như thành phần mời", "Giám đốc Sở (b/c)", "Lưu: VT, DN"]),
        signer=["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"],
        nguoi_ky="Võ Thị Thu Trang",
        seal_text="SỞ KẾ HOẠCH VÀ ĐẦU TƯ * TỈNH BÌNH ĐỊNH * ",
        refs=[r_kh, r_nq],
    )


def doc_ho_kh_snnmt_mua_lu() -> Doc:
    r_luat = Ref("Luật", "33/2013/QH13", date(2013, 6, 19), ten="Luật Phòng, chống thiên tai")
    r_luat_sd = Ref("Luật", "60/2020/QH14", date(2020, 6, 17))
    r_kh = Ref("Kế hoạch", "97/KH-UBND", date(2025, 3, 18), "UBND tỉnh Đồng Tháp", long_date=False)
    table = Table(
        header=[
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian thực hiện",
        ],
        columns=["stt", "nhiem_vu", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_gian"],
        widths=[0.06, 0.40, 0.19, 0.19, 0.16],
        align=["c", "l", "l", "l", "c"],
        size=11.5,
        rows=[
            [
                "1",
                "Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro",
                "Chi cục Thủy lợi",
                "Văn phòng Sở",
                "Trước ngày 30/6/2025",
            ],
            [
                "2",
                "Kiểm tra, gia cố đê bao, cống, trạm bơm xung yếu bảo vệ lúa Thu Đông",
                "Chi cục Thủy lợi",
                "UBND các huyện, thành phố",
                "Quý III/2025",
            ],
            [
                "3",
                "Quan trắc, cảnh báo sạt lở tại 09 điểm đặc biệt nguy hiểm; vận động hộ dân di dời",
                "Chi cục Thủy lợi",
                "UBND các huyện, thành phố",
                "Thường xuyên",
            ],
            [
                "4",
                "Hướng dẫn thu hoạch lúa Hè Thu trước lũ, bảo vệ diện tích nuôi thủy sản",
                "Chi cục Trồng trọt và Bảo vệ thực vật",
                "Chi cục Chăn nuôi, Thú y và Thủy sản",
                "Tháng 7 - 9/2025",
            ],
            [
                "5",
                "Dự trữ vật tư, phương tiện phục vụ hộ đê, cứu hộ, cứu nạn",
                "Văn phòng Sở",
                "Phòng Kế hoạch - Tài chính",
                "Trước ngày 30/9/2025",
            ],
            [
                "6",
                "Báo cáo nhanh tình hình thiên tai, thiệt hại về Ủy ban nhân dân tỉnh",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Thường xuyên",
            ],
            [
                "7",
                "Sơ kết công tác phòng, chống thiên tai mùa mưa lũ năm 2025",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Trước ngày 15/12/2025",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()}; {r_luat_sd.cite()} sửa đổi, bổ sung một số điều của "
            "Luật Phòng, chống thiên tai và Luật Đê điều;"
        ),
        Para(
            f"Thực hiện {r_kh.cite()} về công tác phòng, chống thiên tai và tìm kiếm cứu nạn "
            "năm 2025,"
        ),
        Para(
            "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch phòng, chống thiên tai mùa mưa lũ "
            "năm 2025 của ngành với các nội dung như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        H("1. Mục đích"),
        Para(
            "Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với lũ, sạt lở bờ sông, giông "
            "lốc trong mùa mưa lũ năm 2025; hạn chế thấp nhất thiệt hại về người và tài sản, "
            "bảo vệ sản xuất vụ Thu Đông năm 2025 và chuẩn bị tốt cho vụ Đông Xuân 2025 - 2026."
        ),
        H("2. Yêu cầu"),
        Para(
            "Quán triệt phương châm “bốn tại chỗ”; phân công cụ thể, rõ người, rõ việc, rõ "
            "thời gian hoàn thành; phối hợp chặt chẽ với Ủy ban nhân dân các huyện, thành phố "
            "và lực lượng vũ trang trên địa bàn trong ứng phó, khắc phục hậu quả thiên tai."
        ),
        H("II. TÌNH HÌNH VÀ DỰ BÁO"),
        Para(
            "Theo dự báo của Đài Khí tượng Thủy văn tỉnh, đỉnh lũ năm 2025 tại trạm Cao Lãnh "
            "trên sông Tiền ở mức 2,15 - 2,35 m, xấp xỉ mức báo động II. Toàn tỉnh hiện có 41 "
            "điểm sạt lở với tổng chiều dài 28,6 km, trong đó 09 điểm sạt lở đặc biệt nguy hiểm "
            "ảnh hưởng trực tiếp đến 312 hộ dân ven sông Tiền, sông Hậu và các tuyến kênh chính."
        ),
        H("III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
        Para("Phân công nhiệm vụ cụ thể như sau:"),
        table,
        H("IV. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Chi cục Thủy lợi là cơ quan thường trực, giúp Giám đốc Sở theo dõi, đôn đốc "
            "việc thực hiện Kế hoạch; duy trì chế độ trực ban 24/24 giờ trong thời gian có lũ."
        ),
        Para(
            "2. Các phòng, đơn vị thuộc Sở xây dựng kế hoạch chi tiết, gửi về Sở (qua Chi cục "
            "Thủy lợi) trước ngày 25/6/2025; kinh phí thực hiện từ dự toán năm 2025 đã giao."
        ),
        Para(
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo "
            "Giám đốc Sở để xem xét, chỉ đạo./."
        ),
    ]
    return Doc(
        name="ho_kh_snnmt_dongthap_mua_lu",
        description=(
            "Kế hoạch of a provincial Department of Agriculture and Environment (issuer on two "
            "bold lines under the parent body): Căn cứ citing a law by name and an amending "
            "law by bare 'Luật số ...', a ruled 7-row task table with STT / Nội dung công việc "
            "/ Đơn vị chủ trì / Đơn vị phối hợp / Thời gian thực hiện and deadlines such as "
            "Quý III/2025, Thường xuyên, Trước ngày 30/9/2025; KT. signer; two pages."
        ),
        tests="KH with a 7-row task table; 'Luật số ...' without a name; two-line issuer; KT.",
        origin=TEAM,
        seed=904,
        scan=Scan(
            rotation_deg=-1.2,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=58,
            paper=(245, 241, 230),
            illumination=0.08,
        ),
        chu_quan=["UBND TỈNH ĐỒNG THÁP"],
        ban_hanh=["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"],
        so="742",
        ky_hieu="KH-SNNMT",
        dia_danh="Đồng Tháp",
        ngay=date(2025, 6, 9),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject="Phòng, chống thiên tai mùa mưa lũ năm 2025 của ngành Nông nghiệp và Môi trường",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "UBND tỉnh (b/c)",
                "Ban Chỉ huy PCTT và TKCN tỉnh",
                "Giám đốc, các PGĐ Sở",
                "UBND các huyện, thành phố",
                "Các phòng, đơn vị thuộc Sở",
                "Lưu: VT, CCTL",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Huỳnh Văn Thạnh",
        seal_text="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG * TỈNH ĐỒNG THÁP * ",
        refs=[r_luat, r_luat_sd, r_kh],
    )


def doc_ho_bc_xa_nong_thon_moi() -> Doc:
    r_kh = Ref("Kế hoạch", "46/KH-UBND", date(2025, 1, 24), "UBND huyện Can Lộc", long_date=False)
    r_nq = Ref("Nghị quyết", "19-NQ/TW", date(2022, 6, 16), "Ban Chấp hành Trung ương Đảng")
    table = Table(
        header=[
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Kế hoạch năm 2025",
            "Thực hiện đến 15/6/2025",
            "So với kế hoạch (%)",
        ],
        columns=["stt", "chi_tieu", "don_vi_tinh", "ke_hoach", "thuc_hien", "ty_le"],
        widths=[0.07, 0.35, 0.13, 0.14, 0.16, 0.15],
        align=["c", "l", "c", "c", "c", "c"],
        rows=[
            ["1", "Thu nhập bình quân đầu người", "triệu đồng", "72,0", "36,8", "51,1"],
            ["2", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "96,5", "94,2", "97,6"],
            ["3", "Tỷ lệ hộ sử dụng nước sạch theo quy chuẩn", "%", "85,0", "78,4", "92,2"],
            ["4", "Đường giao thông nông thôn được cứng hóa", "km", "6,5", "4,2", "64,6"],
            ["5", "Vườn mẫu nông thôn mới đạt chuẩn", "vườn", "15", "9", "60,0"],
            ["6", "Khu dân cư nông thôn mới kiểu mẫu", "khu", "2", "1", "50,0"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_kh.cite()} về xây dựng xã nông thôn mới nâng cao, nông thôn mới "
            f"kiểu mẫu năm 2025; tiếp tục triển khai {r_nq.cite()} khóa XIII về nông nghiệp, "
            "nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045, Ủy ban nhân dân xã "
            "Thiên Lộc báo cáo kết quả thực hiện 6 tháng đầu năm 2025 như sau:"
        ),
        H("I. KẾT QUẢ THỰC HIỆN"),
        H("1. Công tác lãnh đạo, chỉ đạo, tuyên truyền"),
        Para(
            "Ủy ban nhân dân xã đã ban hành 05 kế hoạch, 12 văn bản chỉ đạo, đôn đốc; kiện toàn "
            "Ban Quản lý xây dựng nông thôn mới xã và 07 Ban Phát triển thôn. Tổ chức 14 buổi "
            "tuyên truyền tại các thôn với 1.260 lượt người tham dự."
        ),
        H("2. Huy động nguồn lực"),
        Para(
            "Tổng nguồn lực huy động trong 6 tháng đạt 8.415 triệu đồng, trong đó: ngân sách "
            "huyện hỗ trợ 3.200 triệu đồng; ngân sách xã 1.150 triệu đồng; Nhân dân đóng góp "
            "2.865 triệu đồng; doanh nghiệp, con em xa quê ủng hộ 1.200 triệu đồng. Nhân dân "
            "tự nguyện hiến 4.320 m² đất để mở rộng đường giao thông nông thôn."
        ),
        H("3. Kết quả thực hiện một số chỉ tiêu chủ yếu", keep=4),
        table,
        H("II. TỒN TẠI, HẠN CHẾ"),
        Para(
            "Tỷ lệ người dân tham gia bảo hiểm y tế chưa đạt kế hoạch; một số tuyến đường trục "
            "thôn đã xuống cấp nhưng chưa bố trí được nguồn sửa chữa; việc phân loại rác thải "
            "tại nguồn ở các thôn Phú Lạc, Kim Tiến chưa được duy trì thường xuyên."
        ),
        H("III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025"),
        Para(
            "1. Tập trung vận động Nhân dân tham gia bảo hiểm y tế, phấn đấu đạt tỷ lệ 96,5% "
            "trước ngày 30/11/2025."
        ),
        Para("2. Hoàn thành cứng hóa 2,3 km đường giao thông nông thôn và 06 vườn mẫu còn lại."),
        Para(
            "3. Hoàn thiện hồ sơ đề nghị công nhận thôn Phú Lạc đạt chuẩn khu dân cư nông thôn "
            "mới kiểu mẫu, trình Ủy ban nhân dân huyện trước ngày 15/10/2025."
        ),
        H("IV. ĐỀ XUẤT, KIẾN NGHỊ"),
        Para(
            "Đề nghị Ủy ban nhân dân huyện hỗ trợ xã 450 tấn xi măng để làm đường giao thông "
            "nông thôn và kênh mương nội đồng trong năm 2025."
        ),
        Para(
            "Trên đây là báo cáo kết quả xây dựng nông thôn mới 6 tháng đầu năm 2025 của Ủy ban "
            "nhân dân xã Thiên Lộc, kính báo cáo Ủy ban nhân dân huyện Can Lộc./."
        ),
    ]
    return Doc(
        name="ho_bc_ubnd_thienloc_nong_thon_moi",
        description=(
            "Báo cáo of a commune People's Committee (issuer on two bold lines, no parent "
            "body, the commune as place name): cites a district Kế hoạch with a short date and "
            "the Party resolution 19-NQ/TW with a long date, a ruled 6-column statistics table "
            "(Chỉ tiêu / Đơn vị tính / Kế hoạch / Thực hiện / So với kế hoạch), a three-line "
            "signer block TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH."
        ),
        tests="commune BC: statistics table; 19-NQ/TW; three-line signer TM. + KT. CHỦ TỊCH",
        origin=TEAM,
        seed=905,
        scan=Scan(
            rotation_deg=0.8,
            noise_sigma=8,
            blur=1.0,
            jpeg_quality=52,
            paper=(241, 236, 224),
            illumination=0.1,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "XÃ THIÊN LỘC"],
        so="68",
        ky_hieu="BC-UBND",
        dia_danh="Thiên Lộc",
        ngay=date(2025, 6, 16),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject=(
            "Kết quả thực hiện Chương trình xây dựng nông thôn mới 6 tháng đầu năm, nhiệm vụ "
            "trọng tâm 6 tháng cuối năm 2025"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "UBND huyện Can Lộc (b/c)",
                "Văn phòng Điều phối NTM huyện",
                "TT Đảng ủy, TT HĐND xã",
                "CT, các PCT UBND xã",
                "Các thôn",
                "Lưu: VT, NTM",
            ]
        ),
        signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Phan Đình Thắng",
        seal_text="ỦY BAN NHÂN DÂN XÃ THIÊN LỘC * H. CAN LỘC - T. HÀ TĨNH * ",
        refs=[r_kh, r_nq],
    )


def doc_ho_tb_sgddt_xet_tuyen() -> Doc:
    r_nd = Ref("Nghị định", "115/2020/NĐ-CP", date(2020, 9, 25), "Chính phủ")
    r_kh = Ref(
        "Kế hoạch",
        "64/KH-SGDĐT",
        date(2025, 3, 28),
        "Sở Giáo dục và Đào tạo",
        long_date=False,
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_nd.cite()} quy định về tuyển dụng, sử dụng và quản lý viên chức; "
            f"{r_kh.cite()} về tuyển dụng viên chức giáo dục năm 2025, Sở Giáo dục và Đào tạo "
            "thông báo như sau:"
        ),
        Para(
            "1. Có 214 thí sinh đủ điều kiện dự vòng 2 kỳ xét tuyển (danh sách niêm yết tại trụ "
            "sở Sở Giáo dục và Đào tạo và đăng trên Trang thông tin điện tử của Sở)."
        ),
        Para(
            "2. Vòng 2 được tổ chức theo hình thức phỏng vấn từ ngày 16/6/2025 đến ngày "
            "18/6/2025 tại Hội trường Sở Giáo dục và Đào tạo; thí sinh có mặt trước giờ phỏng "
            "vấn 30 phút, mang theo thẻ căn cước."
        ),
        Para("Sở Giáo dục và Đào tạo thông báo để các thí sinh biết, thực hiện./."),
    ]
    return Doc(
        name="ho_tb_sgddt_vinhlong_xet_tuyen",
        description=(
            "Short one-page Thông báo of a provincial Department of Education on a civil-servant "
            "recruitment round: a Nghị định cited with a long date and the department's own "
            "Kế hoạch with a short date in one sentence, TL. signer with a long title "
            "(TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ); scanned without a seal, light noise."
        ),
        tests="short TB; TL. signer with a long title; no seal",
        origin=TEAM,
        seed=906,
        scan=Scan(
            rotation_deg=-0.3,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=70,
            seal=False,
            paper=(248, 246, 239),
            illumination=0.05,
        ),
        chu_quan=["UBND TỈNH VĨNH LONG"],
        ban_hanh=["SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
        so="173",
        ky_hieu="TB-SGDĐT",
        dia_danh="Vĩnh Long",
        ngay=date(2025, 6, 6),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject="Danh sách thí sinh đủ điều kiện dự vòng 2 kỳ xét tuyển viên chức năm 2025",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Giám đốc, các PGĐ Sở (b/c)",
                "Hội đồng xét tuyển",
                "Trang TTĐT Sở",
                "Thí sinh dự tuyển",
                "Lưu: VT, TCCB",
            ]
        ),
        signer=["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ"],
        nguoi_ky="Nguyễn Thị Bích Liên",
        seal_text="SỞ GIÁO DỤC VÀ ĐÀO TẠO * TỈNH VĨNH LONG * ",
        refs=[r_nd, r_kh],
    )


def doc_ho_ttr_syt_mua_sam() -> Doc:
    r_luat = Ref("Luật", "22/2023/QH15", date(2023, 6, 23), ten="Luật Đấu thầu")
    r_nd = Ref("Nghị định", "24/2024/NĐ-CP", date(2024, 2, 27), "Chính phủ")
    r_qd = Ref(
        "Quyết định", "615/QĐ-UBND", date(2025, 3, 14), "UBND tỉnh Tây Ninh", long_date=False
    )
    table = Table(
        header=[
            "STT",
            "Tên gói thầu",
            "Giá gói thầu (đồng)",
            "Hình thức lựa chọn nhà thầu",
            "Thời gian thực hiện hợp đồng",
        ],
        columns=["stt", "ten_goi_thau", "gia_goi_thau", "hinh_thuc", "thoi_gian"],
        widths=[0.07, 0.37, 0.18, 0.21, 0.17],
        align=["c", "l", "c", "l", "c"],
        rows=[
            [
                "1",
                "Mua sắm máy siêu âm màu 4D và máy X-quang kỹ thuật số",
                "9.870.000.000",
                "Đấu thầu rộng rãi qua mạng",
                "120 ngày",
            ],
            [
                "2",
                "Mua sắm máy xét nghiệm sinh hóa tự động và máy xét nghiệm huyết học",
                "6.215.500.000",
                "Đấu thầu rộng rãi qua mạng",
                "90 ngày",
            ],
            [
                "3",
                "Mua sắm monitor theo dõi bệnh nhân và bơm tiêm điện",
                "2.651.000.000",
                "Chào hàng cạnh tranh qua mạng",
                "60 ngày",
            ],
        ],
    )
    body: list[Block] = [
        Para(f"Căn cứ {r_luat.cite()};"),
        Para(
            f"Căn cứ {r_nd.cite()} quy định chi tiết một số điều và biện pháp thi hành Luật "
            "Đấu thầu về lựa chọn nhà thầu;"
        ),
        Para(f"Căn cứ {r_qd.cite()} về việc giao dự toán mua sắm trang thiết bị y tế năm 2025,"),
        Para(
            "Sở Y tế kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt Kế hoạch lựa chọn nhà "
            "thầu mua sắm trang thiết bị y tế cho Trung tâm Y tế các huyện, thị xã năm 2025 "
            "với các nội dung chính như sau:"
        ),
        H("1. Tóm tắt dự toán mua sắm"),
        Para(
            "Tổng giá trị dự toán là 18.736.500.000 đồng (Bằng chữ: Mười tám tỷ, bảy trăm ba "
            "mươi sáu triệu, năm trăm nghìn đồng), từ nguồn ngân sách tỉnh năm 2025 đã được "
            "giao tại Quyết định nêu trên."
        ),
        H("2. Phần công việc thuộc kế hoạch lựa chọn nhà thầu", keep=4),
        table,
        Para(
            "Các gói thầu được lựa chọn theo phương thức một giai đoạn một túi hồ sơ, loại hợp "
            "đồng trọn gói; thời gian tổ chức lựa chọn nhà thầu trong quý II năm 2025."
        ),
        H("3. Ý kiến của các cơ quan liên quan"),
        Para(
            "Sở Tài chính đã có ý kiến thống nhất về nguồn vốn và giá gói thầu; nội dung Kế "
            "hoạch đã được hoàn thiện theo ý kiến thẩm định."
        ),
        Para("Sở Y tế kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt./."),
        Para(
            "(Gửi kèm: dự thảo Quyết định phê duyệt, báo cáo thẩm định và báo giá thiết bị)",
            style=ITALIC,
            size=12.0,
        ),
    ]
    return Doc(
        name="ho_ttr_syt_tayninh_mua_sam",
        description=(
            "Tờ trình of a provincial Department of Health to the provincial People's Committee: "
            "title and subject, a centred single 'Kính gửi: ...' line, Căn cứ lines citing the "
            "Luật Đấu thầu and a Nghị định with the long date 'ngày 27 tháng 02 năm 2024', a "
            "ruled table of tender packages with amounts such as 9.870.000.000, KT. signer "
            "PHÓ GIÁM ĐỐC; positive skew."
        ),
        tests="TTr with centred single Kính gửi; tender table with money amounts; KT.; +1.3°",
        origin=TEAM,
        seed=907,
        scan=Scan(
            rotation_deg=1.3,
            noise_sigma=7,
            blur=0.8,
            jpeg_quality=64,
            paper=(244, 240, 229),
            illumination=0.07,
        ),
        chu_quan=["UBND TỈNH TÂY NINH"],
        ban_hanh=["SỞ Y TẾ"],
        so="1128",
        ky_hieu="TTr-SYT",
        dia_danh="Tây Ninh",
        ngay=date(2025, 4, 22),
        title="TỜ TRÌNH",
        loai_van_ban="Tờ trình",
        subject=(
            "Đề nghị phê duyệt Kế hoạch lựa chọn nhà thầu mua sắm trang thiết bị y tế cho "
            "Trung tâm Y tế các huyện, thị xã năm 2025"
        ),
        kinh_gui=["Ủy ban nhân dân tỉnh Tây Ninh"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(["Như trên", "Sở Tài chính", "Giám đốc Sở (b/c)", "Lưu: VT, KHTC"]),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Lâm Quốc Thái",
        seal_text="SỞ Y TẾ * TỈNH TÂY NINH * ",
        refs=[r_luat, r_nd, r_qd],
    )


def doc_ho_hd_syt_tiem_soi() -> Doc:
    r_luat = Ref(
        "Luật", "03/2007/QH12", date(2007, 11, 21), ten="Luật Phòng, chống bệnh truyền nhiễm"
    )
    r_nd = Ref("Nghị định", "104/2016/NĐ-CP", date(2016, 7, 1), "Chính phủ")
    r_kh = Ref("Kế hoạch", "52/KH-UBND", date(2025, 3, 5), "UBND tỉnh Lạng Sơn", long_date=False)
    body: list[Block] = [
        Para(f"Căn cứ {r_luat.cite()}; {r_nd.cite()} quy định về hoạt động tiêm chủng;"),
        Para(
            f"Thực hiện {r_kh.cite()} về tiêm bổ sung vắc xin phòng bệnh sởi trên địa bàn "
            "tỉnh năm 2025, Sở Y tế hướng dẫn triển khai như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "Tăng tỷ lệ miễn dịch phòng bệnh sởi, rubella cho trẻ em, chủ động ngăn chặn nguy cơ "
            "bùng phát dịch sởi trên địa bàn tỉnh; bảo đảm an toàn tiêm chủng, không để xảy ra "
            "sai sót chuyên môn."
        ),
        H("II. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN"),
        Para(
            "1. Đối tượng: trẻ em từ 1 đến 5 tuổi chưa tiêm đủ 02 mũi vắc xin có thành phần sởi, "
            "ước tính 18.450 trẻ."
        ),
        Para(
            "2. Phạm vi: tại các trạm y tế xã, phường, thị trấn và các điểm tiêm chủng ngoài "
            "trạm ở thôn, bản vùng sâu, vùng xa."
        ),
        Para("3. Thời gian: từ ngày 01/4/2025 đến hết ngày 30/4/2025."),
        H("III. HƯỚNG DẪN CHUYÊN MÔN"),
        Para(
            "1. Tổ chức buổi tiêm chủng theo đúng quy định tại Nghị định nêu trên: khám sàng "
            "lọc trước tiêm, theo dõi trẻ 30 phút sau tiêm, bố trí đủ hộp chống sốc."
        ),
        Para(
            "2. Ghi chép đầy đủ thông tin mũi tiêm lên Hệ thống thông tin tiêm chủng quốc gia "
            "ngay trong ngày tiêm."
        ),
        H("IV. PHÂN CÔNG NHIỆM VỤ"),
        Para("1. Rà soát, lập danh sách đối tượng tiêm bổ sung", style=BOLD, keep=3),
        Para("a) Đơn vị chủ trì: Trung tâm Y tế các huyện, thành phố;", left=10, indent=0),
        Para(
            "b) Đơn vị phối hợp: Ủy ban nhân dân các xã, phường, thị trấn; các trường mầm non;",
            left=10,
            indent=0,
        ),
        Para("c) Thời gian hoàn thành: trước ngày 28/3/2025.", left=10, indent=0),
        Para("2. Cung ứng vắc xin, vật tư tiêm chủng", style=BOLD, keep=3),
        Para("a) Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật tỉnh;", left=10, indent=0),
        Para("b) Đơn vị phối hợp: Trung tâm Y tế các huyện, thành phố;", left=10, indent=0),
        Para("c) Thời gian hoàn thành: trước ngày 31/3/2025.", left=10, indent=0),
        Para("3. Truyền thông về lợi ích của tiêm chủng", style=BOLD, keep=3),
        Para("a) Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật tỉnh;", left=10, indent=0),
        Para(
            "b) Đơn vị phối hợp: Đài Phát thanh và Truyền hình tỉnh; Ủy ban nhân dân các xã, "
            "phường, thị trấn;",
            left=10,
            indent=0,
        ),
        Para("c) Thời gian thực hiện: thường xuyên trong thời gian triển khai.", left=10, indent=0),
        Para("4. Kiểm tra, giám sát và tổng hợp kết quả", style=BOLD, keep=3),
        Para("a) Đơn vị chủ trì: Phòng Nghiệp vụ Y;", left=10, indent=0),
        Para("b) Đơn vị phối hợp: Trung tâm Kiểm soát bệnh tật tỉnh;", left=10, indent=0),
        Para("c) Thời gian hoàn thành: báo cáo kết quả trước ngày 10/5/2025.", left=10, indent=0),
        Para(
            "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản "
            "ánh về Sở Y tế (qua Phòng Nghiệp vụ Y) để được hướng dẫn, giải quyết./."
        ),
    ]
    return Doc(
        name="ho_hd_syt_langson_tiem_soi",
        description=(
            "Hướng dẫn of a provincial Department of Health: Roman and Arabic numbered sections, "
            "a task list written as text (bold task, then indented 'a) Đơn vị chủ trì: ...;', "
            "'b) Đơn vị phối hợp: ...;', 'c) Thời gian ...') instead of a table, a law and a "
            "Nghị định cited with long dates (ngày 01 tháng 7 năm 2016), signed by an acting "
            "director with the Q. prefix on a single signer line."
        ),
        tests="HD with a text task list (a) chủ trì / b) phối hợp); Q. GIÁM ĐỐC signer",
        origin=TEAM,
        seed=908,
        scan=Scan(
            rotation_deg=0.5,
            noise_sigma=5,
            blur=0.6,
            jpeg_quality=75,
            paper=(247, 244, 236),
            illumination=0.06,
        ),
        chu_quan=["UBND TỈNH LẠNG SƠN"],
        ban_hanh=["SỞ Y TẾ"],
        so="37",
        ky_hieu="HD-SYT",
        dia_danh="Lạng Sơn",
        ngay=date(2025, 3, 17),
        title="HƯỚNG DẪN",
        loai_van_ban="Hướng dẫn",
        subject="Tổ chức tiêm bổ sung vắc xin sởi - rubella cho trẻ em từ 1 đến 5 tuổi năm 2025",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "UBND tỉnh (b/c)",
                "Các PGĐ Sở",
                "Trung tâm Kiểm soát bệnh tật tỉnh",
                "TTYT các huyện, thành phố",
                "UBND các huyện, thành phố (p/h)",
                "Lưu: VT, NVY",
            ]
        ),
        signer=["Q. GIÁM ĐỐC"],
        nguoi_ky="Lương Văn Khải",
        seal_text="SỞ Y TẾ * TỈNH LẠNG SƠN * ",
        refs=[r_luat, r_nd, r_kh],
    )


def doc_ho_cv_congan_giao_thong() -> Doc:
    r_cd = Ref(
        "Công điện",
        "03/CĐ-UBND",
        date(2025, 4, 16),
        "Chủ tịch Ủy ban nhân dân tỉnh",
        long_date=False,
    )
    r_luat = Ref("Luật", "36/2024/QH15", ten="Luật Trật tự, an toàn giao thông đường bộ")
    r_nd = Ref("Nghị định", "168/2024/NĐ-CP", date(2024, 12, 26), "Chính phủ", long_date=False)
    body: list[Block] = [
        Para(
            "Dịp nghỉ lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước và Ngày "
            "Quốc tế Lao động năm 2025 kéo dài 05 ngày (từ ngày 30/4 đến hết ngày 04/5/2025), "
            "dự báo lượng phương tiện trên Quốc lộ 1, Quốc lộ 26, Quốc lộ 27C và cao tốc Bắc - "
            "Nam qua địa bàn tỉnh tăng cao, tiềm ẩn nguy cơ ùn tắc, tai nạn giao thông."
        ),
        Para(
            f"Thực hiện {r_cd.cite()} về bảo đảm trật tự, an toàn giao thông dịp nghỉ lễ, Công "
            "an tỉnh đề nghị các cơ quan, đơn vị, địa phương phối hợp thực hiện một số nội dung "
            "sau:"
        ),
        Para(
            "1. Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo lực lượng chức năng kiểm "
            "tra, xử lý tình trạng lấn chiếm lòng đường, vỉa hè tại khu du lịch, bến tàu, chợ; "
            "bố trí điểm trông giữ xe, không để xảy ra ùn tắc kéo dài."
        ),
        Para(
            "2. Sở Xây dựng tăng cường kiểm tra điều kiện kinh doanh vận tải hành khách, phương "
            "tiện thủy chở khách du lịch ra các đảo; kịp thời khắc phục các điểm đen, điểm tiềm "
            "ẩn tai nạn giao thông."
        ),
        Para(
            "3. Sở Văn hóa, Thể thao và Du lịch phối hợp tuyên truyền đến du khách quy định "
            f"không điều khiển phương tiện sau khi uống rượu, bia theo {r_luat.cite()} và mức "
            f"xử phạt tại {r_nd.cite()}."
        ),
        Para(
            "Kết quả thực hiện đề nghị gửi về Công an tỉnh (qua Phòng Cảnh sát giao thông) "
            "trước ngày 08/5/2025 để tổng hợp, báo cáo Bộ Công an và Ủy ban nhân dân tỉnh./."
        ),
    ]
    return Doc(
        name="ho_cv_congan_khanhhoa_giao_thong",
        description=(
            "Công văn of a provincial police department: number with the unit code CAT-PC08 "
            "(no type abbreviation), a two-line V/v under Số, Kính gửi with three addressees, "
            "a Công điện cited with a short date, a law cited without a date and a Nghị định "
            "with a short date, KT. signer whose name carries the rank Thượng tá; strong "
            "negative skew and JPEG quality 50."
        ),
        tests="police Công văn CAT-PC08 with V/v + Kính gửi list; Công điện cited; Thượng tá",
        origin=TEAM,
        seed=909,
        scan=Scan(
            rotation_deg=-1.45,
            noise_sigma=9,
            blur=0.9,
            jpeg_quality=50,
            paper=(243, 239, 228),
            illumination=0.1,
        ),
        chu_quan=["BỘ CÔNG AN"],
        ban_hanh=["CÔNG AN TỈNH KHÁNH HÒA"],
        so="1486",
        ky_hieu="CAT-PC08",
        vv="bảo đảm trật tự, an toàn giao thông dịp nghỉ lễ 30/4 và 01/5 năm 2025",
        dia_danh="Khánh Hòa",
        ngay=date(2025, 4, 21),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Ủy ban nhân dân các huyện, thị xã, thành phố",
            "Sở Xây dựng",
            "Sở Văn hóa, Thể thao và Du lịch",
        ],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Cục CSGT - Bộ Công an (b/c)",
                "UBND tỉnh (b/c)",
                "Đồng chí Giám đốc (b/c)",
                "Lưu: VT, PC08",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Thượng tá Nguyễn Hữu Thắng",
        seal_text="CÔNG AN TỈNH KHÁNH HÒA * BỘ CÔNG AN * ",
        refs=[r_cd, r_luat, r_nd],
    )


HELDOUT_DOCS = [
    doc_ho_qd_congan_phu_luc,
    doc_ho_cv_vp_so_trong,
    doc_ho_gm_skhdt_hoi_nghi,
    doc_ho_kh_snnmt_mua_lu,
    doc_ho_bc_xa_nong_thon_moi,
    doc_ho_tb_sgddt_xet_tuyen,
    doc_ho_ttr_syt_mua_sam,
    doc_ho_hd_syt_tiem_soi,
    doc_ho_cv_congan_giao_thong,
]


# --------------------------------------------------------------------------------------
# Second held-out set (benchmarks/heldout2/): written after the first set was in use and
# never used to tune the pipeline; other provinces, agencies, signers and layouts again
# --------------------------------------------------------------------------------------

HELDOUT2_DIR = REPO_ROOT / "benchmarks" / "heldout2"


def doc_ho2_qd_ubnd_tham_nhung() -> Doc:
    r_ltc = Ref(
        "Luật", "77/2015/QH13", date(2015, 6, 19), ten="Luật Tổ chức chính quyền địa phương"
    )
    r_lsd = Ref(
        "Luật",
        "47/2019/QH14",
        date(2019, 11, 22),
        ten=(
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
            "chính quyền địa phương"
        ),
    )
    r_pctn = Ref("Luật", "36/2018/QH14", date(2018, 11, 20), ten="Luật Phòng, chống tham nhũng")
    r_nd = Ref("Nghị định", "59/2019/NĐ-CP", date(2019, 7, 1), "Chính phủ")
    r_kh = Ref("Kế hoạch", "58-KH/TU", date(2025, 1, 6), "Ban Thường vụ Tỉnh ủy", long_date=False)
    r_ttr = Ref("Tờ trình", "04/TTr-TTT", date(2025, 1, 9), long_date=False, pad=False)
    table = Table(
        header=[
            "STT",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời hạn hoàn thành",
        ],
        columns=["stt", "nhiem_vu", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_gian"],
        widths=[0.06, 0.36, 0.18, 0.22, 0.18],
        align=["c", "l", "l", "l", "c"],
        size=11.5,
        rows=[
            [
                "1",
                "Tuyên truyền, phổ biến Luật Phòng, chống tham nhũng và các văn bản hướng dẫn "
                "cho cán bộ, công chức, viên chức và Nhân dân",
                "Sở Tư pháp",
                "Thanh tra tỉnh; Báo và Phát thanh, Truyền hình Ninh Bình",
                "Quý II/2025",
            ],
            [
                "2",
                "Công khai, minh bạch về tổ chức và hoạt động của cơ quan, tổ chức, đơn vị "
                "theo quy định",
                "Các sở, ban, ngành; UBND các huyện, thành phố",
                "Văn phòng UBND tỉnh",
                "Thường xuyên",
            ],
            [
                "3",
                "Xây dựng kế hoạch và thực hiện chuyển đổi vị trí công tác đối với cán bộ, "
                "công chức, viên chức",
                "Sở Nội vụ",
                "Các sở, ban, ngành; UBND các huyện, thành phố",
                "Tháng 6/2025",
            ],
            [
                "4",
                "Tổ chức kê khai, công khai bản kê khai tài sản, thu nhập; xác minh tài sản, "
                "thu nhập theo kế hoạch được phê duyệt",
                "Thanh tra tỉnh",
                "Cơ quan, đơn vị có người có nghĩa vụ kê khai",
                "Trước ngày 31/12/2025",
            ],
            [
                "5",
                "Thanh tra trách nhiệm thực hiện pháp luật về phòng, chống tham nhũng tại "
                "04 sở và 02 huyện",
                "Thanh tra tỉnh",
                "Sở Tài chính; Công an tỉnh",
                "Quý III/2025",
            ],
            [
                "6",
                "Tự đánh giá công tác phòng, chống tham nhũng năm 2025 theo Bộ chỉ số đánh "
                "giá của Thanh tra Chính phủ",
                "Thanh tra tỉnh",
                "Các sở, ban, ngành; UBND các huyện, thành phố",
                "Tháng 11/2025",
            ],
            [
                "7",
                "Báo cáo kết quả công tác phòng, chống tham nhũng, tiêu cực định kỳ và đột xuất",
                "Thanh tra tỉnh",
                "Các cơ quan, đơn vị liên quan",
                "Định kỳ hằng quý",
            ],
        ],
    )
    body: list[Block] = [
        Para("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", style=BOLD, align="center", indent=0, gap=2),
        Para(f"Căn cứ {r_ltc.cite()}; {r_lsd.cite()};", style=ITALIC),
        Para(f"Căn cứ {r_pctn.cite()};", style=ITALIC),
        Para(
            f"Căn cứ {r_nd.cite()} quy định chi tiết một số điều và biện pháp thi hành Luật "
            "Phòng, chống tham nhũng;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_kh.cite()} về phòng, chống tham nhũng, tiêu cực năm 2025;",
            style=ITALIC,
        ),
        Para(f"Theo đề nghị của Chánh Thanh tra tỉnh tại {r_ttr.cite()}.", style=ITALIC),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Giao nhiệm vụ phòng, chống tham nhũng, tiêu cực năm 2025 cho các cơ "
            "quan, đơn vị, địa phương (Phụ lục kèm theo).",
            gap=6,
        ),
        Para(
            "**Điều 2.** Thanh tra tỉnh theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo "
            "Ủy ban nhân dân tỉnh định kỳ hằng quý.",
            gap=6,
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân "
            "dân tỉnh, Chánh Thanh tra tỉnh, Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban "
            "nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.",
            gap=6,
        ),
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "NHIỆM VỤ TRỌNG TÂM CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC NĂM 2025",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Quyết định số 156/QĐ-UBND ngày 15/01/2025 của Ủy ban nhân dân tỉnh "
            "Ninh Bình)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        table,
    ]
    return Doc(
        name="ho2_qd_ubnd_ninhbinh_tham_nhung",
        description=(
            "Quyết định of a provincial People's Committee (issuer on two bold lines, no parent "
            "body), authority line ỦY BAN NHÂN DÂN TỈNH NINH BÌNH, italic Căn cứ lines citing "
            "laws whose names contain commas (Luật Phòng, chống tham nhũng; Luật sửa đổi, bổ "
            "sung ...), a Nghị định with 'ngày 01 tháng 7 năm 2019', a Tỉnh ủy Kế hoạch "
            "(58-KH/TU) and a Tờ trình with short dates; Điều 1-3; three-line signer TM. ỦY BAN "
            "NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH on page 1, then a Phụ lục page after the "
            "signature with a 5-column task table. The Phụ lục's 'Kèm theo Quyết định số "
            "156/QĐ-UBND ...' line names the document itself and is not a related document."
        ),
        tests="QĐ of a provincial UBND; comma law names; Phụ lục page after the signer",
        origin=TEAM,
        seed=911,
        scan=Scan(
            rotation_deg=0.6,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=62,
            paper=(246, 243, 233),
            illumination=0.07,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH"],
        so="156",
        ky_hieu="QĐ-UBND",
        dia_danh="Ninh Bình",
        ngay=date(2025, 1, 15),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "Về việc giao nhiệm vụ phòng, chống tham nhũng, tiêu cực năm 2025 trên địa bàn tỉnh"
        ),
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "Thanh tra Chính phủ (b/c)",
                "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
                "Chủ tịch, các PCT UBND tỉnh",
                "Ban Nội chính Tỉnh ủy",
                "Lưu: VT, NC",
            ]
        ),
        signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Phạm Văn Khiêm",
        seal_text="ỦY BAN NHÂN DÂN * TỈNH NINH BÌNH * ",
        refs=[r_ltc, r_lsd, r_pctn, r_nd, r_kh, r_ttr],
    )


def doc_ho2_cv_bvdk_hoa_toc() -> Doc:
    r_cv = Ref("Công văn", "1265/SYT-NVY", date(2025, 4, 2), "Sở Y tế", long_date=False, pad=False)
    r_kcb = Ref("Luật", "15/2023/QH15", ten="Luật Khám bệnh, chữa bệnh")
    r_attp = Ref("Luật", "55/2010/QH12", date(2010, 6, 17), ten="Luật An toàn thực phẩm")
    body: list[Block] = [
        Para(
            "Vào lúc 19 giờ 30 phút ngày 23/4/2025, Bệnh viện Đa khoa khu vực Ba Tri tiếp nhận "
            "86 người có biểu hiện đau bụng, nôn ói, tiêu chảy, sốt sau khi dự tiệc cưới tại "
            "ấp Phú Hòa, xã An Đức. Đến 06 giờ 00 phút ngày 24/4/2025, Bệnh viện đang điều trị "
            "71 người bệnh, trong đó 09 trường hợp nặng (04 trẻ em) phải hồi sức tích cực."
        ),
        Para(
            f"Thực hiện {r_cv.cite()} về tăng cường phòng, chống ngộ độc thực phẩm và quy định "
            f"của {r_kcb.cite()}, để bảo đảm cấp cứu, điều trị kịp thời cho người bệnh, Bệnh "
            "viện Đa khoa khu vực Ba Tri kính đề nghị:"
        ),
        Para(
            "1. Trung tâm Kiểm soát bệnh tật tỉnh cử đoàn điều tra dịch tễ, lấy mẫu xét nghiệm "
            f"xác định nguyên nhân ngộ độc theo {r_attp.cite()}; hỗ trợ 300 chai dịch truyền "
            "Ringer lactat từ cơ số dự phòng của tỉnh."
        ),
        Para(
            "2. Bệnh viện Đa khoa tỉnh Bến Tre hỗ trợ 02 bác sĩ chuyên khoa hồi sức, 02 máy "
            "thở và sẵn sàng tiếp nhận người bệnh nặng vượt quá khả năng điều trị của Bệnh viện "
            "Đa khoa khu vực Ba Tri."
        ),
        Para(
            "Bệnh viện đã kích hoạt phương án cấp cứu thảm họa, huy động toàn bộ cơ số thuốc "
            "dự trữ và bố trí thêm 40 giường bệnh tại Khoa Nội, Khoa Nhi."
        ),
        Para("Đầu mối liên hệ: BSCKI. Phạm Thanh Tâm, Trưởng khoa Cấp cứu."),
        Para("Rất mong nhận được sự hỗ trợ kịp thời của Quý đơn vị./."),
    ]
    return Doc(
        name="ho2_cv_bvdk_batri_hoa_toc",
        description=(
            "HỎA TỐC Công văn of a regional general hospital under a provincial Department of "
            "Health (parent SỞ Y TẾ TỈNH BẾN TRE, issuer on two bold lines), a two-line V/v "
            "under Số, the HỎA TỐC box, Kính gửi with two addressees, a Sở Y tế Công văn cited "
            "with an unpadded short date (ngày 2/4/2025), Luật Khám bệnh, chữa bệnh without a "
            "date and Luật An toàn thực phẩm with a long date; Nơi nhận with (b/c) entries; "
            "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC whose name carries the degree BSCKII."
        ),
        tests="hospital CV; HỎA TỐC; two-line V/v; two addressees; signer name with BSCKII.",
        origin=TEAM,
        seed=912,
        scan=Scan(
            rotation_deg=-1.1,
            noise_sigma=7,
            blur=0.9,
            jpeg_quality=55,
            paper=(244, 240, 230),
            illumination=0.09,
        ),
        chu_quan=["SỞ Y TẾ TỈNH BẾN TRE"],
        ban_hanh=["BỆNH VIỆN ĐA KHOA", "KHU VỰC BA TRI"],
        so="286",
        ky_hieu="BVĐKKV-KHTH",
        vv="đề nghị hỗ trợ khẩn cấp điều trị người bệnh ngộ độc thực phẩm",
        do_khan="HỎA TỐC",
        dia_danh="Ba Tri",
        ngay=date(2025, 4, 24),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Trung tâm Kiểm soát bệnh tật tỉnh Bến Tre",
            "Bệnh viện Đa khoa tỉnh Bến Tre",
        ],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Sở Y tế (b/c)",
                "UBND huyện Ba Tri (b/c)",
                "Ban Giám đốc",
                "Khoa Cấp cứu, Khoa Dược",
                "Lưu: VT, KHTH",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="BSCKII. Lê Hoàng Nhựt",
        seal_text="BỆNH VIỆN ĐA KHOA KHU VỰC BA TRI * SỞ Y TẾ BẾN TRE * ",
        refs=[r_cv, r_kcb, r_attp],
    )


def doc_ho2_kh_ubnd_gia_dinh() -> Doc:
    r_luat = Ref(
        "Luật", "13/2022/QH15", date(2022, 11, 14), ten="Luật Phòng, chống bạo lực gia đình"
    )
    r_qd = Ref("Quyết định", "2238/QĐ-TTg", date(2021, 12, 30), "Thủ tướng Chính phủ")
    r_kh = Ref(
        "Kế hoạch",
        "21/KH-UBND",
        date(2025, 1, 16),
        "UBND tỉnh Vĩnh Phúc",
        long_date=False,
        pad=False,
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()}; {r_qd.cite()} phê duyệt Chiến lược phát triển gia đình "
            "Việt Nam đến năm 2030;"
        ),
        Para(
            f"Thực hiện {r_kh.cite()} về công tác gia đình và phòng, chống bạo lực gia đình "
            "năm 2025,"
        ),
        Para(
            "Ủy ban nhân dân huyện Yên Lạc ban hành Kế hoạch thực hiện công tác gia đình và "
            "phòng, chống bạo lực gia đình trên địa bàn huyện năm 2025 như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        H("1. Mục đích"),
        Para(
            "Nâng cao nhận thức của các cấp, các ngành và Nhân dân về vị trí, vai trò của gia "
            "đình; phát huy giá trị truyền thống tốt đẹp của gia đình Việt Nam; phòng ngừa, "
            "phát hiện sớm và xử lý kịp thời các hành vi bạo lực gia đình."
        ),
        H("2. Yêu cầu"),
        Para(
            "Các nhiệm vụ được triển khai đồng bộ, có trọng tâm, trọng điểm, gắn với phong trào "
            "“Toàn dân đoàn kết xây dựng đời sống văn hóa” và Chương trình xây dựng nông thôn "
            "mới; phân công rõ trách nhiệm, thời hạn hoàn thành của từng cơ quan, đơn vị."
        ),
        H("II. CHỈ TIÊU"),
        Para(
            "- 100% xã, thị trấn duy trì mô hình phòng, chống bạo lực gia đình; 95% hộ gia đình "
            "được tuyên truyền pháp luật về hôn nhân và gia đình."
        ),
        Para(
            "- 100% vụ việc bạo lực gia đình được phát hiện, hỗ trợ, can thiệp kịp thời; người "
            "bị bạo lực gia đình được tư vấn, bảo vệ theo quy định."
        ),
        H("III. NHIỆM VỤ VÀ GIẢI PHÁP"),
        Para(
            "1. Đẩy mạnh thông tin, tuyên truyền nhân Ngày Gia đình Việt Nam 28/6, Tháng hành "
            "động quốc gia về phòng, chống bạo lực gia đình (tháng 6) trên hệ thống đài truyền "
            "thanh xã, thị trấn và mạng xã hội."
        ),
        Para(
            "2. Nhân rộng mô hình “Câu lạc bộ gia đình phát triển bền vững”, “Địa chỉ tin cậy ở "
            "cộng đồng” tại các thôn, tổ dân phố."
        ),
        Para(
            "3. Tập huấn nghiệp vụ cho công chức văn hóa - xã hội, cán bộ thôn, tổ dân phố về "
            "kỹ năng phát hiện, tiếp nhận, xử lý tin báo về bạo lực gia đình."
        ),
        H("IV. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Phòng Văn hóa và Thông tin: Là cơ quan thường trực, chủ trì tham mưu, hướng "
            "dẫn, kiểm tra việc thực hiện Kế hoạch; tổ chức hội thi “Gia đình hạnh phúc” cấp "
            "huyện trong tháng 10/2025; tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Văn hóa, "
            "Thể thao và Du lịch định kỳ hằng quý và trước ngày 15/12/2025."
        ),
        Para(
            "2. Trung tâm Văn hóa, Thông tin và Thể thao huyện: Xây dựng chuyên mục tuyên truyền "
            "về gia đình, phát sóng ít nhất 02 kỳ/tháng trên Đài Truyền thanh huyện; thực hiện "
            "thường xuyên trong năm 2025."
        ),
        Para(
            "3. Phòng Tư pháp: Hướng dẫn các xã, thị trấn kiện toàn Tổ hòa giải, tập huấn kỹ "
            "năng hòa giải các mâu thuẫn, xung đột trong gia đình; hoàn thành trong quý II/2025."
        ),
        Para(
            "4. Công an huyện: Tiếp nhận, xác minh, xử lý nghiêm các hành vi bạo lực gia đình; "
            "phối hợp với Phòng Văn hóa và Thông tin thống kê số vụ việc định kỳ hằng quý."
        ),
        Para(
            "5. Phòng Tài chính - Kế hoạch: Tham mưu bố trí kinh phí thực hiện Kế hoạch từ dự "
            "toán ngân sách huyện năm 2025."
        ),
        Para(
            "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Hội Liên hiệp Phụ nữ huyện: Phối "
            "hợp tuyên truyền, vận động hội viên, đoàn viên thực hiện tốt công tác gia đình; "
            "giám sát việc thực hiện Kế hoạch tại cơ sở."
        ),
        Para(
            "7. Ủy ban nhân dân các xã, thị trấn: Xây dựng kế hoạch thực hiện tại địa phương, "
            "hoàn thành trước ngày 28/02/2025; báo cáo kết quả về Ủy ban nhân dân huyện (qua "
            "Phòng Văn hóa và Thông tin) định kỳ hằng quý, trước ngày 20 của tháng cuối quý."
        ),
        Para(
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh "
            "về Phòng Văn hóa và Thông tin để tổng hợp, báo cáo Ủy ban nhân dân huyện./."
        ),
    ]
    return Doc(
        name="ho2_kh_ubnd_yenlac_gia_dinh",
        description=(
            "Kế hoạch of a district People's Committee (two bold issuer lines, no parent body): "
            "a law with a comma in its name and a Prime Minister's decision cited with long "
            "dates, the provincial Kế hoạch with an unpadded short date (ngày 16/1/2025); "
            "numbered sections, '- ' target lines, and a TỔ CHỨC THỰC HIỆN section listing "
            "units and their duties as text ('1. Phòng Văn hóa và Thông tin: ...') with "
            "deadlines such as tháng 10/2025, định kỳ hằng quý, quý II/2025, trước ngày "
            "28/02/2025; two-line signer KT. CHỦ TỊCH / PHÓ CHỦ TỊCH; +1.4° skew."
        ),
        tests="district KH; text task list per unit in TỔ CHỨC THỰC HIỆN; KT. CHỦ TỊCH; +1.4°",
        origin=TEAM,
        seed=913,
        scan=Scan(
            rotation_deg=1.4,
            noise_sigma=6,
            blur=0.7,
            jpeg_quality=68,
            paper=(247, 243, 234),
            illumination=0.06,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "HUYỆN YÊN LẠC"],
        so="19",
        ky_hieu="KH-UBND",
        dia_danh="Yên Lạc",
        ngay=date(2025, 2, 7),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject=(
            "Thực hiện công tác gia đình và phòng, chống bạo lực gia đình trên địa bàn huyện "
            "năm 2025"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Sở VH, TT&DL tỉnh (b/c)",
                "TT Huyện ủy, TT HĐND huyện (b/c)",
                "CT, các PCT UBND huyện",
                "UBMTTQ VN huyện, các đoàn thể",
                "Các cơ quan, đơn vị tại mục IV",
                "UBND các xã, thị trấn",
                "Lưu: VT, VHTT",
            ]
        ),
        signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Nguyễn Thị Thu Hường",
        seal_text="ỦY BAN NHÂN DÂN HUYỆN YÊN LẠC * TỈNH VĨNH PHÚC * ",
        refs=[r_luat, r_qd, r_kh],
    )


def doc_ho2_bc_sldtbxh_giam_ngheo() -> Doc:
    r_nd = Ref("Nghị định", "07/2021/NĐ-CP", date(2021, 1, 27), "Chính phủ", long_date=False)
    r_tt = Ref(
        "Thông tư",
        "07/2021/TT-BLĐTBXH",
        date(2021, 7, 18),
        "Bộ trưởng Bộ Lao động - Thương binh và Xã hội",
        long_date=False,
        pad=False,
    )
    r_kh = Ref(
        "Kế hoạch",
        "186/KH-UBND",
        date(2024, 3, 12),
        "UBND tỉnh Kiên Giang",
        long_date=False,
        pad=False,
    )
    r_qd = Ref(
        "Quyết định",
        "2917/QĐ-UBND",
        date(2024, 12, 20),
        "UBND tỉnh",
        long_date=False,
        pad=False,
    )
    rows = [
        ["1", "Thành phố Rạch Giá", "68.412", "467", "0,68", "825", "1,21"],
        ["2", "Thành phố Hà Tiên", "14.236", "72", "0,51", "101", "0,71"],
        ["3", "Thành phố Phú Quốc", "46.985", "109", "0,23", "160", "0,34"],
        ["4", "Huyện Kiên Lương", "21.904", "365", "1,67", "450", "2,05"],
        ["5", "Huyện Hòn Đất", "48.217", "266", "0,55", "505", "1,05"],
        ["6", "Huyện Tân Hiệp", "36.750", "890", "2,42", "1.214", "3,30"],
        ["7", "Huyện Châu Thành", "42.388", "741", "1,75", "1.395", "3,29"],
        ["8", "Huyện Giồng Riềng", "56.129", "1.786", "3,18", "3.200", "5,70"],
        ["9", "Huyện Gò Quao", "35.672", "577", "1,62", "891", "2,50"],
        ["10", "Huyện An Biên", "34.518", "862", "2,50", "1.071", "3,10"],
        ["11", "Huyện An Minh", "31.847", "676", "2,12", "940", "2,95"],
        ["12", "Huyện Vĩnh Thuận", "23.095", "722", "3,13", "899", "3,89"],
        ["13", "Huyện U Minh Thượng", "17.364", "435", "2,51", "787", "4,53"],
        ["14", "Huyện Giang Thành", "7.921", "88", "1,11", "160", "2,02"],
        ["15", "Huyện Kiên Hải", "5.683", "176", "3,10", "214", "3,77"],
        ["", "Toàn tỉnh", "491.121", "8.232", "1,68", "12.812", "2,61"],
    ]
    table = Table(
        header=[
            "STT",
            "Huyện, thành phố",
            "Tổng số hộ dân cư",
            "Số hộ nghèo",
            "Tỷ lệ hộ nghèo (%)",
            "Số hộ cận nghèo",
            "Tỷ lệ hộ cận nghèo (%)",
        ],
        columns=[
            "stt",
            "don_vi",
            "tong_so_ho",
            "ho_ngheo",
            "ty_le_ho_ngheo",
            "ho_can_ngheo",
            "ty_le_ho_can_ngheo",
        ],
        widths=[0.06, 0.28, 0.14, 0.11, 0.13, 0.13, 0.15],
        align=["c", "l", "c", "c", "c", "c", "c"],
        size=11.5,
        rows=rows,
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_kh.cite()} về thực hiện Chương trình mục tiêu quốc gia giảm nghèo "
            "bền vững năm 2024; căn cứ chuẩn nghèo đa chiều giai đoạn 2021 - 2025 quy định tại "
            f"{r_nd.cite()} và phương pháp rà soát hướng dẫn tại {r_tt.cite()}, Sở Lao động - "
            "Thương binh và Xã hội báo cáo kết quả thực hiện công tác giảm nghèo năm 2024 như "
            "sau:"
        ),
        H("I. KẾT QUẢ THỰC HIỆN"),
        H("1. Công tác chỉ đạo, điều hành"),
        Para(
            "Sở đã tham mưu Ủy ban nhân dân tỉnh ban hành 04 kế hoạch, 09 văn bản chỉ đạo; tổ "
            "chức 02 đoàn kiểm tra, giám sát tại 08 huyện, thành phố; tập huấn nghiệp vụ rà "
            "soát hộ nghèo, hộ cận nghèo cho 1.284 lượt cán bộ cấp huyện, cấp xã và ấp, khu phố."
        ),
        H("2. Kết quả thực hiện các chính sách"),
        Para(
            "Tổng kinh phí thực hiện Chương trình năm 2024 là 186.450 triệu đồng, giải ngân đạt "
            "92,7% kế hoạch vốn. Ngân hàng Chính sách xã hội tỉnh cho 7.962 lượt hộ nghèo, hộ "
            "cận nghèo vay vốn với doanh số 312.580 triệu đồng; hỗ trợ xây mới, sửa chữa 1.146 "
            "căn nhà cho hộ nghèo; cấp 35.917 thẻ bảo hiểm y tế cho người thuộc hộ nghèo, hộ "
            "cận nghèo."
        ),
        H("3. Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2024", keep=4),
        Para(
            f"Kết quả rà soát đã được Ủy ban nhân dân tỉnh phê duyệt tại {r_qd.cite()}: toàn "
            "tỉnh còn 8.232 hộ nghèo, chiếm 1,68%, giảm 2.145 hộ so với cuối năm 2023; còn "
            "12.812 hộ cận nghèo, chiếm 2,61%. Chi tiết theo từng huyện, thành phố như sau:"
        ),
        table,
        H("II. KHÓ KHĂN, HẠN CHẾ"),
        Para(
            "Tỷ lệ hộ nghèo tại các huyện Giồng Riềng, Vĩnh Thuận, Kiên Hải còn cao; một bộ "
            "phận hộ thoát nghèo chưa bền vững, có nguy cơ tái nghèo khi gặp thiên tai."
        ),
        H("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"),
        Para(
            "Phấn đấu giảm tỷ lệ hộ nghèo toàn tỉnh xuống dưới 1,2%; ưu tiên nguồn lực cho các "
            "huyện có tỷ lệ hộ nghèo trên 3%; giải ngân 100% vốn được giao trước ngày 31/12/2025."
        ),
        Para(
            "Trên đây là báo cáo kết quả công tác giảm nghèo năm 2024 của Sở Lao động - "
            "Thương binh và Xã hội./."
        ),
    ]
    return Doc(
        name="ho2_bc_sldtbxh_kiengiang_giam_ngheo",
        description=(
            "Báo cáo of a provincial Department of Labour, Invalids and Social Affairs (issuer "
            "with a hyphenated name on two bold lines): four documents cited with short dates, "
            "padded (ngày 27/01/2021) and unpadded (ngày 12/3/2024, ngày 18/7/2021); body "
            "figures with thousands separators; a ruled 7-column statistics table of 15 "
            "districts plus a Toàn tỉnh row (counts such as 491.121, rates such as 1,68) split "
            "over pages 1-2 with the header row repeated; GIÁM ĐỐC signer without a prefix."
        ),
        tests="Sở BC; 7-column statistics table split over 2 pages; unpadded short dates",
        origin=TEAM,
        seed=914,
        scan=Scan(
            rotation_deg=-0.4,
            noise_sigma=8,
            blur=1.0,
            jpeg_quality=52,
            paper=(242, 238, 226),
            illumination=0.1,
        ),
        chu_quan=["UBND TỈNH KIÊN GIANG"],
        ban_hanh=["SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"],
        so="27",
        ky_hieu="BC-SLĐTBXH",
        dia_danh="Kiên Giang",
        ngay=date(2025, 1, 10),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject="Kết quả thực hiện công tác giảm nghèo năm 2024",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Bộ LĐTBXH (b/c)",
                "UBND tỉnh (b/c)",
                "Ban Chỉ đạo các CTMTQG tỉnh",
                "UBND các huyện, thành phố",
                "Giám đốc, các PGĐ Sở",
                "Lưu: VT, BTXH",
            ]
        ),
        signer=["GIÁM ĐỐC"],
        nguoi_ky="Trương Văn Lợi",
        seal_text="SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI * TỈNH KIÊN GIANG * ",
        refs=[r_kh, r_nd, r_tt, r_qd],
    )


def doc_ho2_tb_ubnd_ket_luan() -> Doc:
    r_qd = Ref(
        "Quyết định", "1187/QĐ-UBND", date(2024, 6, 6), "UBND tỉnh", long_date=False, pad=False
    )
    r_tb = Ref("Thông báo", "98/TB-UBND", date(2025, 3, 18), long_date=False, pad=False)
    body: list[Block] = [
        Para(
            "Ngày 14/5/2025, tại Trụ sở Ủy ban nhân dân tỉnh, Phó Chủ tịch Ủy ban nhân dân "
            "tỉnh Đoàn Minh Triết chủ trì cuộc họp nghe báo cáo tiến độ bồi thường, giải phóng "
            "mặt bằng Dự án Khu tái định cư Hòa Thắng, huyện Bắc Bình (được phê duyệt tại "
            f"{r_qd.cite()}). Tham dự có đại diện lãnh đạo các Sở: Tài chính, Xây dựng, Nông "
            "nghiệp và Môi trường; Ủy ban nhân dân huyện Bắc Bình và Ban Quản lý dự án đầu tư "
            "xây dựng tỉnh."
        ),
        Para(
            "Sau khi nghe báo cáo và ý kiến của các đại biểu, Phó Chủ tịch Ủy ban nhân dân tỉnh "
            "kết luận như sau:"
        ),
        Para(
            "1. Tiến độ bồi thường, giải phóng mặt bằng còn chậm so với yêu cầu tại "
            f"{r_tb.cite()}: mới bàn giao 11,4/26,8 ha; còn 37 hộ chưa thống nhất phương án bồi "
            "thường."
        ),
        Para(
            "2. Ủy ban nhân dân huyện Bắc Bình tập trung vận động, đối thoại với 37 hộ còn lại; "
            "trường hợp đủ điều kiện, tổ chức cưỡng chế thu hồi đất theo quy định, hoàn thành "
            "bàn giao toàn bộ mặt bằng trước ngày 30/6/2025."
        ),
        Para(
            "3. Sở Tài chính thẩm định, trình phê duyệt điều chỉnh dự toán kinh phí bồi thường "
            "trước ngày 31/5/2025; Sở Nông nghiệp và Môi trường hướng dẫn xác định giá đất cụ "
            "thể đối với các thửa đất còn vướng mắc."
        ),
        Para(
            "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị liên quan biết, "
            "thực hiện./."
        ),
    ]
    return Doc(
        name="ho2_tb_ubnd_binhthuan_ket_luan",
        description=(
            "One-page Thông báo kết luận of a provincial People's Committee (issuer on two bold "
            "lines, no parent body) on a meeting chaired by a vice-chairman, announced by the "
            "committee's office: a Quyết định and an earlier Thông báo cited with unpadded short "
            "dates (ngày 6/6/2024, ngày 18/3/2025), numbered conclusions, "
            "signer TL. CHỦ TỊCH / Q. CHÁNH VĂN PHÒNG (truth: tham_quyen_ky TL., "
            "chuc_vu_nguoi_ky 'Q. CHÁNH VĂN PHÒNG' as printed); scanned without a seal."
        ),
        tests="TB kết luận; TL. CHỦ TỊCH over Q. CHÁNH VĂN PHÒNG; no seal",
        origin=TEAM,
        seed=915,
        scan=Scan(
            rotation_deg=0.9,
            noise_sigma=4,
            blur=0.6,
            jpeg_quality=75,
            seal=False,
            paper=(248, 245, 237),
            illumination=0.05,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "TỈNH BÌNH THUẬN"],
        so="142",
        ky_hieu="TB-UBND",
        dia_danh="Bình Thuận",
        ngay=date(2025, 5, 16),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject=(
            "Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh Đoàn Minh Triết tại cuộc họp về "
            "tiến độ giải phóng mặt bằng Dự án Khu tái định cư Hòa Thắng"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "CT, các PCT UBND tỉnh (b/c)",
                "Các Sở: TC, XD, NN&MT",
                "UBND huyện Bắc Bình",
                "Ban QLDA ĐTXD tỉnh",
                "LĐ VP",
                "Lưu: VT, KT",
            ]
        ),
        signer=["TL. CHỦ TỊCH", "Q. CHÁNH VĂN PHÒNG"],
        nguoi_ky="Huỳnh Thị Mai Lan",
        seal_text="ỦY BAN NHÂN DÂN * TỈNH BÌNH THUẬN * ",
        refs=[r_qd, r_tb],
    )


HELDOUT2_DOCS = [
    doc_ho2_qd_ubnd_tham_nhung,
    doc_ho2_cv_bvdk_hoa_toc,
    doc_ho2_kh_ubnd_gia_dinh,
    doc_ho2_bc_sldtbxh_giam_ngheo,
    doc_ho2_tb_ubnd_ket_luan,
]


# --------------------------------------------------------------------------------------
# Third held-out set (benchmarks/heldout3/): written blind (without running the pipeline
# or reading its code) and never used to tune it; other provinces, agencies and layouts
# --------------------------------------------------------------------------------------

HELDOUT3_DIR = REPO_ROOT / "benchmarks" / "heldout3"


def doc_ho3_ctr_svhttdl_du_lich() -> Doc:
    r_luat = Ref("Luật", "09/2017/QH14", date(2017, 6, 19), ten="Luật Du lịch")
    r_qd = Ref(
        "Quyết định", "147/QĐ-TTg", date(2020, 1, 22), "Thủ tướng Chính phủ", long_date=False
    )
    r_nq = Ref("Nghị quyết", "11-NQ/TU", date(2024, 3, 12), "Ban Thường vụ Tỉnh ủy")
    r_kh = Ref(
        "Kế hoạch",
        "19/KH-UBND",
        date(2025, 1, 7),
        "UBND tỉnh Thái Nguyên",
        long_date=False,
        pad=False,
    )
    table = Table(
        header=[
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian thực hiện",
            "Sản phẩm",
        ],
        columns=[
            "stt",
            "nhiem_vu",
            "don_vi_chu_tri",
            "don_vi_phoi_hop",
            "thoi_gian",
            "san_pham",
        ],
        widths=[0.06, 0.32, 0.17, 0.16, 0.14, 0.15],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.0,
        rows=[
            [
                "1",
                "Khảo sát, đánh giá hiện trạng 12 điểm du lịch cộng đồng tại các huyện Định "
                "Hóa, Võ Nhai, Đại Từ",
                "Phòng Quản lý du lịch",
                "UBND các huyện liên quan",
                "Quý I/2025",
                "Báo cáo khảo sát",
            ],
            [
                "2",
                "Xây dựng bộ tiêu chí chất lượng dịch vụ lưu trú tại nhà dân (homestay)",
                "Phòng Quản lý du lịch",
                "Hiệp hội Du lịch tỉnh",
                "Trước ngày 30/4/2025",
                "Bộ tiêu chí",
            ],
            [
                "3",
                "Phục dựng lễ hội Lồng tông, hát Then - đàn tính phục vụ khách du lịch",
                "Phòng Quản lý văn hóa",
                "Bảo tàng tỉnh; UBND huyện Định Hóa",
                "Quý II/2025",
                "Chương trình biểu diễn",
            ],
            [
                "4",
                "Tập huấn kỹ năng phục vụ khách cho các hộ kinh doanh homestay",
                "Trung tâm Thông tin và Xúc tiến du lịch",
                "Phòng Quản lý du lịch",
                "Tháng 5 - 6/2025",
                "350 lượt học viên",
            ],
            [
                "5",
                "Quảng bá sản phẩm du lịch cộng đồng trên các nền tảng số",
                "Trung tâm Thông tin và Xúc tiến du lịch",
                "Báo Thái Nguyên",
                "Thường xuyên",
                "Video, ấn phẩm quảng bá",
            ],
            [
                "6",
                "Thẩm định, công nhận mới các điểm du lịch cộng đồng đủ điều kiện",
                "Phòng Quản lý du lịch",
                "UBND các huyện, thành phố",
                "Tháng 9/2025",
                "Quyết định công nhận",
            ],
            [
                "7",
                "Kiểm tra, đánh giá, báo cáo kết quả thực hiện Chương trình",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Định kỳ 6 tháng",
                "Báo cáo sơ kết, tổng kết",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()}; {r_qd.cite()} phê duyệt Chiến lược phát triển du lịch "
            "Việt Nam đến năm 2030;"
        ),
        Para(
            f"Thực hiện {r_nq.cite()} về phát triển du lịch tỉnh Thái Nguyên giai đoạn 2024 - "
            f"2030; {r_kh.cite()} về phát triển du lịch năm 2025,"
        ),
        Para("Sở Văn hóa, Thể thao và Du lịch ban hành Chương trình với các nội dung sau:"),
        H("I. MỤC TIÊU"),
        H("1. Mục tiêu chung"),
        Para(
            "Phát triển du lịch cộng đồng theo hướng bền vững, gắn với bảo tồn và phát huy giá "
            "trị văn hóa truyền thống của đồng bào các dân tộc Tày, Nùng, Dao, Sán Chay; tạo "
            "sinh kế, nâng cao thu nhập cho người dân vùng nông thôn, miền núi."
        ),
        H("2. Chỉ tiêu cụ thể"),
        Para(
            "- Đón 185.000 lượt khách đến các điểm du lịch cộng đồng, tăng 12% so với năm "
            "2024; tổng thu từ khách du lịch cộng đồng đạt 96 tỷ đồng."
        ),
        Para(
            "- Công nhận mới 04 điểm du lịch cộng đồng; 100% điểm du lịch cộng đồng được cập "
            "nhật thông tin trên Cổng thông tin du lịch của tỉnh."
        ),
        H("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
        Para("Phân công nhiệm vụ cụ thể như sau:"),
        table,
        H("III. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Kinh phí thực hiện Chương trình được bố trí từ dự toán ngân sách tỉnh năm 2025 "
            "giao cho Sở (dự kiến 1.450 triệu đồng) và các nguồn xã hội hóa hợp pháp khác."
        ),
        Para(
            "2. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao xây dựng kế hoạch chi "
            "tiết, gửi về Sở (qua Phòng Quản lý du lịch) trước ngày 15/3/2025."
        ),
        Para(
            "3. Đề nghị Ủy ban nhân dân các huyện, thành phố chỉ đạo các xã có điểm du lịch "
            "cộng đồng phối hợp thực hiện, báo cáo kết quả về Sở (qua Phòng Quản lý du lịch) "
            "trước ngày 10/6/2025 và ngày 10/12/2025./."
        ),
    ]
    return Doc(
        name="ho3_ctr_svhttdl_thainguyen_du_lich",
        description=(
            "Chương trình (CTr) of a provincial Department of Culture, Sports and Tourism "
            "under its parent body, the issuer's name with a comma on two bold lines (SỞ VĂN "
            "HÓA, THỂ THAO / VÀ DU LỊCH); a law cited with a long date, a Prime Minister's "
            "decision with a padded short date (ngày 22/01/2020), a Tỉnh ủy resolution with a "
            "long date and a provincial plan with an unpadded short date (ngày 7/1/2025); a "
            "ruled 6-column task table STT / Nội dung công việc / Đơn vị chủ trì / Đơn vị phối "
            "hợp / Thời gian thực hiện / Sản phẩm split over pages 1-2 with the header row "
            "repeated (deadlines Quý I/2025, Trước ngày 30/4/2025, Tháng 5 - 6/2025, Thường "
            "xuyên, Định kỳ 6 tháng); KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC."
        ),
        tests="CTr of a Sở with a comma in its name; 6-column task table over 2 pages; KT.",
        origin=TEAM,
        seed=921,
        scan=Scan(
            rotation_deg=0.7,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=62,
            paper=(247, 243, 233),
            illumination=0.06,
        ),
        chu_quan=["UBND TỈNH THÁI NGUYÊN"],
        ban_hanh=["SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"],
        so="38",
        ky_hieu="CTr-SVHTTDL",
        dia_danh="Thái Nguyên",
        ngay=date(2025, 2, 20),
        title="CHƯƠNG TRÌNH",
        loai_van_ban="Chương trình",
        subject=(
            "Phát triển du lịch cộng đồng gắn với bảo tồn giá trị văn hóa các dân tộc tỉnh "
            "Thái Nguyên năm 2025"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Cục Du lịch Quốc gia Việt Nam (b/c)",
                "UBND tỉnh (b/c)",
                "Giám đốc, các PGĐ Sở",
                "UBND các huyện, thành phố",
                "Các phòng, đơn vị thuộc Sở",
                "Lưu: VT, QLDL",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Ma Thị Hồng Nhung",
        seal_text="SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH * TỈNH THÁI NGUYÊN * ",
        refs=[r_luat, r_qd, r_nq, r_kh],
    )


def doc_ho3_cv_ubnd_han_man() -> Doc:
    r_cd = Ref(
        "Công điện",
        "02/CĐ-UBND",
        date(2024, 3, 4),
        "Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng",
        long_date=False,
        pad=False,
    )
    r_cv = Ref(
        "Công văn",
        "687/SNN-TL",
        date(2024, 3, 6),
        "Sở Nông nghiệp và Phát triển nông thôn",
        long_date=False,
    )
    r_luat = Ref("Luật", "08/2017/QH14", date(2017, 6, 19), ten="Luật Thủy lợi")
    body: list[Block] = [
        Para(
            "Theo dự báo của cơ quan khí tượng thủy văn, từ nay đến cuối tháng 4/2024, mặn "
            "trên sông Hậu tiếp tục xâm nhập sâu, ranh mặn 4 g/l có khả năng vào sâu 45 - 50 km "
            "tính từ cửa sông. Hiện nay, trên địa bàn huyện có 1.860 ha lúa Đông Xuân đang "
            "giai đoạn trổ chín và 312 ha hoa màu có nguy cơ bị ảnh hưởng; khoảng 2.450 hộ dân "
            "tại các xã Liêu Tú, Viên Bình, Tài Văn thiếu nước sinh hoạt."
        ),
        Para(
            f"Thực hiện {r_cd.cite()} về tập trung ứng phó với hạn hán, xâm nhập mặn mùa khô "
            f"năm 2023 - 2024 và {r_cv.cite()} về hướng dẫn các biện pháp phòng, chống hạn, mặn "
            "cho cây trồng, Ủy ban nhân dân huyện yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ "
            "tịch Ủy ban nhân dân các xã, thị trấn khẩn trương thực hiện các nội dung sau:"
        ),
        Para(
            "1. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Trung tâm Dịch "
            "vụ nông nghiệp huyện theo dõi chặt chẽ diễn biến độ mặn, thông báo lịch lấy nước "
            "ngọt hằng ngày trên hệ thống truyền thanh; hướng dẫn nông dân thu hoạch sớm diện "
            "tích lúa đã chín, không xuống giống vụ Hè Thu khi chưa có khuyến cáo."
        ),
        Para(
            "2. Ủy ban nhân dân các xã, thị trấn vận hành đóng, mở cống ngăn mặn theo đúng quy "
            f"trình, quy định của {r_luat.cite()}; huy động lực lượng đắp đập tạm, nạo vét kênh "
            "nội đồng để trữ nước ngọt; thống kê cụ thể số hộ thiếu nước sinh hoạt, báo cáo về "
            "Ủy ban nhân dân huyện trước 16 giờ ngày 13/3/2024."
        ),
        Para(
            "3. Phòng Tài nguyên và Môi trường phối hợp với Trung tâm Nước sạch và Vệ sinh môi "
            "trường nông thôn tỉnh bố trí xe bồn cấp nước miễn phí cho các hộ thiếu nước; kiểm "
            "tra, xử lý nghiêm việc khai thác nước dưới đất trái phép."
        ),
        Para(
            "4. Trung tâm Y tế huyện hướng dẫn người dân xử lý, sử dụng nước an toàn, chủ động "
            "phòng, chống dịch bệnh trong mùa khô."
        ),
        Para(
            "5. Công an huyện chỉ đạo Công an các xã, thị trấn phối hợp bảo vệ các công trình "
            "thủy lợi, ngăn chặn hành vi tự ý phá đập, mở cống gây xâm nhập mặn."
        ),
        Para(
            "Các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện về Ủy ban nhân dân huyện "
            "(qua Phòng Nông nghiệp và Phát triển nông thôn) trước 15 giờ thứ Năm hằng tuần để "
            "tổng hợp, báo cáo Ủy ban nhân dân tỉnh. Đây là nhiệm vụ cấp bách, đề nghị các cơ "
            "quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./."
        ),
    ]
    return Doc(
        name="ho3_cv_ubnd_trande_han_man",
        description=(
            "Urgent Công văn (KHẨN box) of a district People's Committee in the Mekong delta "
            "(two bold issuer lines, no parent body), a four-line V/v under Số, Kính gửi with "
            "six addressees, a Chairman's Công điện cited with an unpadded short date (ngày "
            "4/3/2024), a Sở Công văn with a padded one (ngày 06/03/2024) and Luật Thủy lợi "
            "with a long date; figures such as 1.860 ha and 4 g/l; the body runs onto page 2, "
            "where Nơi nhận and the signer KT. CHỦ TỊCH / PHÓ CHỦ TỊCH are; -1.3° skew."
        ),
        tests="district CV over 2 pages; KHẨN; four-line V/v; six addressees; KT. CHỦ TỊCH",
        origin=TEAM,
        seed=922,
        scan=Scan(
            rotation_deg=-1.3,
            noise_sigma=7,
            blur=0.9,
            jpeg_quality=56,
            paper=(244, 240, 231),
            illumination=0.08,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "HUYỆN TRẦN ĐỀ"],
        so="512",
        ky_hieu="UBND-KT",
        vv=(
            "triển khai các biện pháp cấp bách ứng phó với hạn hán, xâm nhập mặn, bảo đảm "
            "nước sinh hoạt cho Nhân dân"
        ),
        do_khan="KHẨN",
        dia_danh="Trần Đề",
        ngay=date(2024, 3, 11),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Phòng Nông nghiệp và Phát triển nông thôn",
            "Phòng Tài nguyên và Môi trường",
            "Trung tâm Dịch vụ nông nghiệp huyện",
            "Trung tâm Y tế huyện",
            "Công an huyện",
            "Ủy ban nhân dân các xã, thị trấn",
        ],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "UBND tỉnh (b/c)",
                "Sở NN&PTNT tỉnh (b/c)",
                "TT Huyện ủy, TT HĐND huyện (b/c)",
                "CT, các PCT UBND huyện",
                "Lưu: VT, KT",
            ]
        ),
        signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Sơn Văn Phước",
        seal_text="ỦY BAN NHÂN DÂN HUYỆN TRẦN ĐỀ * TỈNH SÓC TRĂNG * ",
        refs=[r_cd, r_cv, r_luat],
    )


def doc_ho3_qd_snn_du_toan() -> Doc:
    r_qd_cn = Ref(
        "Quyết định",
        "24/2022/QĐ-UBND",
        date(2022, 7, 8),
        "UBND tỉnh Hưng Yên",
        long_date=False,
        pad=False,
    )
    r_lnsnn = Ref("Luật", "83/2015/QH13", date(2015, 6, 25), ten="Luật Ngân sách nhà nước")
    r_nd = Ref("Nghị định", "163/2016/NĐ-CP", date(2016, 12, 21), "Chính phủ")
    r_nq = Ref(
        "Nghị quyết",
        "563/NQ-HĐND",
        date(2024, 12, 6),
        "Hội đồng nhân dân tỉnh",
    )
    r_qd_dt = Ref("Quyết định", "2915/QĐ-UBND", date(2024, 12, 11), "UBND tỉnh", long_date=False)
    rows = [
        ["1", "Văn phòng Sở", "9.846", "7.312", "2.534", ""],
        ["2", "Chi cục Trồng trọt và Bảo vệ thực vật", "11.275", "8.940", "2.335", ""],
        [
            "3",
            "Chi cục Chăn nuôi và Thú y",
            "14.630",
            "9.105",
            "5.525",
            "Gồm kinh phí mua vắc xin tiêm phòng",
        ],
        [
            "4",
            "Chi cục Thủy lợi",
            "18.952",
            "6.218",
            "12.734",
            "Gồm kinh phí duy tu đê điều",
        ],
        ["5", "Chi cục Phát triển nông thôn", "6.418", "4.027", "2.391", ""],
        [
            "6",
            "Chi cục Quản lý chất lượng nông lâm sản và thủy sản",
            "5.370",
            "3.860",
            "1.510",
            "",
        ],
        ["7", "Trung tâm Khuyến nông", "12.486", "8.652", "3.834", ""],
        [
            "8",
            "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn",
            "7.765",
            "4.210",
            "3.555",
            "",
        ],
        ["", "Tổng cộng", "86.742", "52.324", "34.418", ""],
    ]
    table = Table(
        header=[
            "STT",
            "Đơn vị",
            "Tổng dự toán",
            "Chi thường xuyên giao tự chủ",
            "Chi thường xuyên không giao tự chủ",
            "Ghi chú",
        ],
        columns=["stt", "don_vi", "tong_du_toan", "chi_tu_chu", "chi_khong_tu_chu", "ghi_chu"],
        widths=[0.06, 0.33, 0.13, 0.15, 0.15, 0.18],
        align=["c", "l", "c", "c", "c", "l"],
        size=11.5,
        rows=rows,
    )
    body: list[Block] = [
        Para(
            "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
            style=BOLD,
            align="center",
            indent=0,
            gap=2,
        ),
        Para(
            f"Căn cứ {r_qd_cn.cite()} quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức "
            "của Sở Nông nghiệp và Phát triển nông thôn tỉnh Hưng Yên;",
            style=ITALIC,
        ),
        Para(f"Căn cứ {r_lnsnn.cite()};", style=ITALIC),
        Para(
            f"Căn cứ {r_nd.cite()} quy định chi tiết thi hành một số điều của Luật Ngân sách "
            "nhà nước;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_nq.cite()} về dự toán ngân sách địa phương năm 2025; {r_qd_dt.cite()} "
            "về việc giao dự toán ngân sách nhà nước năm 2025;",
            style=ITALIC,
        ),
        Para("Theo đề nghị của Trưởng phòng Kế hoạch - Tài chính.", style=ITALIC),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Giao dự toán ngân sách nhà nước năm 2025 cho các đơn vị trực thuộc Sở "
            "Nông nghiệp và Phát triển nông thôn với tổng số tiền là 86.742 triệu đồng (Tám "
            "mươi sáu tỷ, bảy trăm bốn mươi hai triệu đồng), chi tiết tại Phụ lục kèm theo.",
            gap=4,
        ),
        Para(
            "**Điều 2.** Thủ trưởng các đơn vị quản lý, sử dụng dự toán được giao đúng quy "
            "định; định kỳ hằng quý báo cáo tình hình thực hiện về Sở (qua Phòng Kế hoạch - "
            "Tài chính).",
            gap=4,
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng "
            "phòng Kế hoạch - Tài chính và Thủ trưởng các đơn vị trực thuộc Sở chịu trách nhiệm "
            "thi hành Quyết định này./.",
            gap=4,
        ),
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2025 GIAO CÁC ĐƠN VỊ TRỰC THUỘC SỞ",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Quyết định số 1468/QĐ-SNN ngày 27/12/2024 của Giám đốc Sở Nông nghiệp "
            "và Phát triển nông thôn)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        Para("Đơn vị tính: triệu đồng", style=ITALIC, align="right", indent=0, size=12.0),
        table,
    ]
    return Doc(
        name="ho3_qd_snnptnt_hungyen_du_toan",
        description=(
            "Quyết định of a provincial Department of Agriculture and Rural Development (parent "
            "UBND TỈNH HƯNG YÊN, issuer on two bold lines SỞ NÔNG NGHIỆP VÀ / PHÁT TRIỂN NÔNG "
            "THÔN), authority line GIÁM ĐỐC SỞ ..., italic Căn cứ lines citing the provincial "
            "decision on the Sở's functions (ngày 8/7/2022), Luật Ngân sách nhà nước and Nghị "
            "định 163/2016/NĐ-CP with long dates, a HĐND resolution with a long date and a UBND "
            "decision with a short one in the same line; Điều 1-3 with an amount in figures "
            "and words; signer GIÁM ĐỐC without a prefix at the bottom of page 1, then a Phụ "
            "lục page after the signature with a 6-column budget table (amounts in triệu đồng, "
            "a Ghi chú column with empty cells, a Tổng cộng row). The Phụ lục's 'Kèm theo "
            "Quyết định số 1468/QĐ-SNN ...' names the document itself and is not a related "
            "document."
        ),
        tests="QĐ of a Sở director; Căn cứ; budget table in a Phụ lục after the signer",
        origin=TEAM,
        seed=923,
        scan=Scan(
            rotation_deg=0.5,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=68,
            paper=(248, 245, 236),
            illumination=0.05,
        ),
        chu_quan=["UBND TỈNH HƯNG YÊN"],
        ban_hanh=["SỞ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN"],
        so="1468",
        ky_hieu="QĐ-SNN",
        dia_danh="Hưng Yên",
        ngay=date(2024, 12, 27),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject="Về việc giao dự toán ngân sách nhà nước năm 2025 cho các đơn vị trực thuộc Sở",
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "Sở Tài chính",
                "Kho bạc Nhà nước Hưng Yên",
                "Lãnh đạo Sở",
                "Lưu: VT, KHTC",
            ]
        ),
        signer=["GIÁM ĐỐC"],
        nguoi_ky="Đỗ Mạnh Cường",
        seal_text="SỞ NÔNG NGHIỆP VÀ PTNT * TỈNH HƯNG YÊN * ",
        refs=[r_qd_cn, r_lnsnn, r_nd, r_nq, r_qd_dt],
    )


def doc_ho3_bc_thpt_tong_ket() -> Doc:
    r_qd = Ref(
        "Quyết định", "3012/QĐ-UBND", date(2024, 8, 9), "Chủ tịch UBND tỉnh", long_date=False
    )
    r_cv = Ref("Công văn", "2468/SGDĐT-GDTrH", date(2024, 9, 5), "Sở Giáo dục và Đào tạo")
    r_tt = Ref(
        "Thông tư",
        "22/2021/TT-BGDĐT",
        date(2021, 7, 20),
        "Bộ trưởng Bộ Giáo dục và Đào tạo",
        long_date=False,
        pad=False,
    )
    results = Table(
        header=[
            "Khối lớp",
            "Số học sinh",
            "Mức Tốt",
            "Mức Khá",
            "Mức Đạt",
            "Mức Chưa đạt",
        ],
        columns=["khoi", "so_hoc_sinh", "tot", "kha", "dat", "chua_dat"],
        widths=[0.18, 0.14, 0.17, 0.17, 0.17, 0.17],
        align=["l", "c", "c", "c", "c", "c"],
        size=11.5,
        rows=[
            ["Khối 10", "528", "118 (22,35%)", "265 (50,19%)", "139 (26,33%)", "6 (1,14%)"],
            ["Khối 11", "521", "126 (24,18%)", "258 (49,52%)", "133 (25,53%)", "4 (0,77%)"],
            ["Khối 12", "486", "141 (29,01%)", "247 (50,82%)", "98 (20,16%)", "0"],
            [
                "Toàn trường",
                "1.535",
                "385 (25,08%)",
                "770 (50,16%)",
                "370 (24,10%)",
                "10 (0,65%)",
            ],
        ],
    )
    prizes = Table(
        header=["STT", "Môn thi", "Số học sinh dự thi", "Giải Nhì", "Giải Ba", "Giải Khuyến khích"],
        columns=["stt", "mon_thi", "so_du_thi", "giai_nhi", "giai_ba", "giai_khuyen_khich"],
        widths=[0.07, 0.37, 0.16, 0.12, 0.12, 0.16],
        align=["c", "l", "c", "c", "c", "c"],
        size=11.5,
        rows=[
            ["1", "Toán", "5", "0", "1", "1"],
            ["2", "Ngữ văn", "5", "1", "1", "1"],
            ["3", "Tiếng Anh", "4", "0", "2", "1"],
            ["4", "Vật lí", "4", "0", "1", "2"],
            ["5", "Hóa học", "4", "1", "0", "2"],
            ["6", "Sinh học", "4", "0", "1", "1"],
            ["7", "Lịch sử", "4", "0", "2", "1"],
            ["8", "Địa lí", "4", "1", "1", "1"],
            ["9", "Giáo dục kinh tế và pháp luật", "4", "0", "1", "1"],
            ["", "Tổng cộng", "38", "3", "10", "11"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_qd.cite()} ban hành Kế hoạch thời gian năm học 2024 - 2025 của giáo "
            f"dục mầm non, giáo dục phổ thông và giáo dục thường xuyên; {r_cv.cite()} về việc "
            "hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2024 - 2025, Trường THPT "
            "Thạch Thành 4 báo cáo tổng kết năm học như sau:"
        ),
        H("I. QUY MÔ TRƯỜNG, LỚP"),
        Para(
            "Năm học 2024 - 2025, nhà trường có 35 lớp (khối 10: 12 lớp; khối 11: 12 lớp; khối "
            "12: 11 lớp) với 1.535 học sinh, trong đó học sinh người dân tộc thiểu số là 684 "
            "em, chiếm 44,56%. Tổng số cán bộ quản lý, giáo viên, "
            "nhân viên là 82 người; 100% giáo viên đạt chuẩn trình độ đào tạo, 27 giáo viên có "
            "trình độ thạc sĩ."
        ),
        H("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
        H("1. Kết quả học tập và rèn luyện của học sinh", keep=4),
        Para(
            f"Nhà trường đánh giá học sinh theo {r_tt.cite()} quy định về đánh giá học sinh "
            "trung học cơ sở và học sinh trung học phổ thông. Kết quả học tập cả năm như sau:"
        ),
        results,
        Para(
            "Về rèn luyện: 1.412 học sinh đạt mức Tốt (91,99%), 109 học sinh đạt mức Khá "
            "(7,10%), 14 học sinh đạt mức Đạt (0,91%), không có học sinh xếp mức Chưa đạt."
        ),
        H("2. Công tác bồi dưỡng học sinh giỏi", keep=4),
        Para(
            "Kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2024 - 2025, nhà trường có 38 học sinh "
            "dự thi, đạt 24 giải, tăng 05 giải so với năm học trước. Kết quả cụ thể:"
        ),
        prizes,
        H("III. ĐÁNH GIÁ CHUNG"),
        Para(
            "Nhà trường hoàn thành các chỉ tiêu năm học; chất lượng giáo dục toàn diện được giữ "
            "vững. Tuy nhiên, tỷ lệ học sinh xếp mức Chưa đạt về học tập ở khối 10 còn 1,14%; "
            "phòng học bộ môn chưa đáp ứng đầy đủ yêu cầu của Chương trình giáo dục phổ thông "
            "2018."
        ),
        H("IV. PHƯƠNG HƯỚNG NĂM HỌC 2025 - 2026"),
        Para(
            "Tổ chức tốt ôn thi tốt nghiệp trung học phổ thông năm 2025 cho 486 học sinh khối "
            "12; duy trì sĩ số, giảm tỷ lệ học sinh bỏ học xuống dưới 0,5%; đề nghị Sở Giáo dục "
            "và Đào tạo quan tâm đầu tư 04 phòng học bộ môn trong năm 2025."
        ),
        Para("Trên đây là báo cáo tổng kết năm học 2024 - 2025 của Trường THPT Thạch Thành 4./."),
    ]
    return Doc(
        name="ho3_bc_thpt_thachthanh_tong_ket",
        description=(
            "Báo cáo of an upper-secondary school: parent body abbreviated with an ampersand "
            "(SỞ GD&ĐT THANH HÓA), issuer TRƯỜNG THPT THẠCH THÀNH 4, centred single Kính gửi "
            "after the subject; a Quyết định with a padded short date (ngày 09/08/2024), a Sở "
            "Công văn with a long date and Thông tư 22/2021/TT-BGDĐT with an unpadded one "
            "(ngày 20/7/2021); two ruled statistics tables on the same document (results per "
            "grade with counts and percentages such as 118 (22,35%), and prizes per subject "
            "with a Tổng cộng row); acting principal on one signer line Q. HIỆU TRƯỞNG (truth: "
            "tham_quyen_ky Q., chuc_vu_nguoi_ky 'Q. HIỆU TRƯỞNG' as printed); blur 1.0."
        ),
        tests="school BC; SỞ GD&ĐT parent; two statistics tables; Q. HIỆU TRƯỞNG",
        origin=TEAM,
        seed=924,
        scan=Scan(
            rotation_deg=-0.8,
            noise_sigma=6,
            blur=1.0,
            jpeg_quality=58,
            paper=(245, 241, 230),
            illumination=0.08,
        ),
        chu_quan=["SỞ GD&ĐT THANH HÓA"],
        ban_hanh=["TRƯỜNG THPT THẠCH THÀNH 4"],
        so="86",
        ky_hieu="BC-THPTTT4",
        dia_danh="Thạch Thành",
        ngay=date(2025, 5, 30),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject="Tổng kết năm học 2024 - 2025",
        kinh_gui=["Sở Giáo dục và Đào tạo Thanh Hóa"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Phòng GDTrH - Sở GD&ĐT",
                "UBND huyện Thạch Thành",
                "Lưu: VT, CM",
            ]
        ),
        signer=["Q. HIỆU TRƯỞNG"],
        nguoi_ky="Bùi Thị Thanh Hương",
        seal_text="TRƯỜNG THPT THẠCH THÀNH 4 * TỈNH THANH HÓA * ",
        refs=[r_qd, r_cv, r_tt],
    )


def doc_ho3_gm_congan_so_ket() -> Doc:
    r_kh_tinh = Ref("Kế hoạch", "95/KH-UBND", date(2025, 4, 14), "Ủy ban nhân dân tỉnh")
    r_kh = Ref(
        "Kế hoạch", "87/KH-CAT", date(2025, 4, 7), "Công an tỉnh", long_date=False, pad=False
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_kh_tinh.cite()} về thực hiện phong trào Toàn dân bảo vệ an ninh Tổ "
            f"quốc năm 2025 và {r_kh.cite()}, Công an tỉnh Quảng Ninh tổ chức "
            "Hội nghị sơ kết 6 tháng đầu năm 2025 phong trào Toàn dân bảo vệ an ninh Tổ quốc."
        ),
        Para("Công an tỉnh trân trọng kính mời:"),
        Para(
            "- Đại diện lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Sở Nội vụ, Sở Văn hóa "
            "và Thể thao, Bộ Chỉ huy Quân sự tỉnh;",
            indent=5,
        ),
        Para("- Đại diện lãnh đạo Ủy ban nhân dân các huyện, thị xã, thành phố;", indent=5),
        Para(
            "- Trưởng Công an các xã, phường, thị trấn có mô hình điển hình (theo danh sách "
            "kèm theo).",
            indent=5,
        ),
        Para("Thời gian: 08 giờ 00 phút, thứ Năm, ngày 26/6/2025."),
        Para("Địa điểm: Hội trường A, trụ sở Công an tỉnh, phường Hồng Hà, thành phố Hạ Long."),
        Para(
            "Đề nghị các đại biểu bố trí thời gian tham dự đúng giờ, đầy đủ thành phần. Thông "
            "tin chi tiết xin liên hệ đồng chí Thiếu tá Lê Thu Trang, cán bộ Phòng Tham mưu."
        ),
        Para("Rất mong các đại biểu quan tâm tham dự./."),
    ]
    return Doc(
        name="ho3_gm_congan_quangninh_so_ket",
        description=(
            "Giấy mời of a provincial police department under the Ministry (BỘ CÔNG AN / CÔNG "
            "AN TỈNH QUẢNG NINH), number with the unit code GM-CAT-PV01; a provincial Kế "
            "hoạch cited with a long date and the police's own Kế hoạch with an unpadded short "
            "date (ngày 7/4/2025); '- ' invitee lines, time and place lines, a "
            "ranked contact person named in the body (Thiếu tá Lê Thu Trang); signer TL. GIÁM "
            "ĐỐC / TRƯỞNG PHÒNG THAM MƯU whose name carries the rank Thượng tá; +1.1° skew."
        ),
        tests="GM of a Công an tỉnh; TL. GIÁM ĐỐC / TRƯỞNG PHÒNG; Thượng tá; ranked name in body",
        origin=TEAM,
        seed=925,
        scan=Scan(
            rotation_deg=1.1,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=60,
            paper=(246, 242, 233),
            illumination=0.07,
        ),
        chu_quan=["BỘ CÔNG AN"],
        ban_hanh=["CÔNG AN TỈNH QUẢNG NINH"],
        so="146",
        ky_hieu="GM-CAT-PV01",
        dia_danh="Quảng Ninh",
        ngay=date(2025, 6, 16),
        title="GIẤY MỜI",
        loai_van_ban="Giấy mời",
        subject=(
            "Dự Hội nghị sơ kết 6 tháng đầu năm 2025 phong trào Toàn dân bảo vệ an ninh Tổ quốc"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như thành phần mời",
                "Đồng chí Giám đốc (b/c)",
                "Các đồng chí PGĐ Công an tỉnh",
                "Lưu: VT, PV01",
            ]
        ),
        signer=["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG THAM MƯU"],
        nguoi_ky="Thượng tá Vũ Đức Trung",
        seal_text="CÔNG AN TỈNH QUẢNG NINH * BỘ CÔNG AN * ",
        refs=[r_kh_tinh, r_kh],
    )


def doc_ho3_kh_phuong_cchc() -> Doc:
    r_nq = Ref("Nghị quyết", "76/NQ-CP", date(2021, 7, 15), "Chính phủ")
    r_kh = Ref("Kế hoạch", "38/KH-UBND", date(2025, 2, 14), "UBND thành phố Sơn La")
    r_nd45 = Ref(
        "Nghị định", "45/2020/NĐ-CP", date(2020, 4, 8), "Chính phủ", long_date=False, pad=False
    )
    r_nd30 = Ref("Nghị định", "30/2020/NĐ-CP", date(2020, 3, 5), "Chính phủ", long_date=False)
    body: list[Block] = [
        Para(
            f"Căn cứ {r_nq.cite()} ban hành Chương trình tổng thể cải cách hành chính nhà "
            "nước giai đoạn 2021 - 2030;"
        ),
        Para(f"Thực hiện {r_kh.cite()} về cải cách hành chính và chuyển đổi số năm 2025,"),
        Para(
            "Ủy ban nhân dân phường Chiềng Lề xây dựng Kế hoạch cải cách hành chính và chuyển "
            "đổi số năm 2025 như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Nâng cao chất lượng giải quyết thủ tục hành chính tại Bộ phận Một cửa của "
            "phường; 100% hồ sơ được tiếp nhận, giải quyết đúng hạn, không để tồn đọng, trễ hẹn."
        ),
        Para(
            "2. Đẩy mạnh chuyển đổi số trong hoạt động của chính quyền cơ sở, lấy người dân "
            "làm trung tâm; gắn trách nhiệm của người đứng đầu với kết quả thực hiện."
        ),
        H("II. NHIỆM VỤ TRỌNG TÂM"),
        Para(
            f"1. Thực hiện thủ tục hành chính trên môi trường điện tử theo {r_nd45.cite()}; "
            "phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 60% trở lên, 100% kết quả giải "
            "quyết thủ tục hành chính được số hóa."
        ),
        Para(
            "2. Quản lý văn bản đi, đến trên Hệ thống quản lý văn bản và điều hành; ký số và "
            f"trình bày văn bản điện tử đúng thể thức theo {r_nd30.cite()} về công tác văn thư."
        ),
        Para(
            "3. Rà soát, cập nhật dữ liệu dân cư, hộ tịch; tuyên truyền, hướng dẫn người dân "
            "sử dụng tài khoản định danh điện tử và thanh toán không dùng tiền mặt."
        ),
        H("III. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Công chức Văn phòng - Thống kê: Chủ trì tham mưu, theo dõi, đôn đốc việc thực "
            "hiện Kế hoạch; vận hành Bộ phận Một cửa của phường; tổng hợp, báo cáo Ủy ban nhân "
            "dân thành phố (qua Phòng Nội vụ). Thời gian: Định kỳ 6 tháng, hằng năm."
        ),
        Para(
            "2. Công chức Tư pháp - Hộ tịch: Rà soát, số hóa sổ hộ tịch đang lưu trữ từ năm "
            "2010 đến nay; công khai đầy đủ thủ tục hành chính thuộc lĩnh vực tư pháp. Thời "
            "gian: hoàn thành trong Quý III/2025."
        ),
        Para(
            "3. Công chức Địa chính - Xây dựng: Cập nhật, chỉnh lý biến động đất đai trên cơ "
            "sở dữ liệu địa chính; hướng dẫn nộp hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ "
            "trực tuyến. Thời gian: Thường xuyên."
        ),
        Para(
            "4. Công an phường: Phối hợp rà soát, làm sạch dữ liệu dân cư; hỗ trợ người dân "
            "kích hoạt tài khoản định danh điện tử mức độ 2. Thời gian: trước ngày 15/9/2025."
        ),
        Para(
            "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể: Tuyên truyền, "
            "vận động đoàn viên, hội viên và Nhân dân thực hiện thủ tục hành chính trên môi "
            "trường điện tử; giám sát việc thực hiện Kế hoạch. Thời gian: Thường xuyên."
        ),
        Para(
            "6. Tổ trưởng các tổ dân phố: Phối hợp với Tổ công nghệ số cộng đồng hướng dẫn "
            "người dân cài đặt, sử dụng các ứng dụng số; báo cáo kết quả về Ủy ban nhân dân "
            "phường trước ngày 25 của tháng cuối quý."
        ),
        Para(
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các bộ phận, đơn vị kịp "
            "thời báo cáo Ủy ban nhân dân phường (qua công chức Văn phòng - Thống kê) để xem "
            "xét, giải quyết./."
        ),
    ]
    return Doc(
        name="ho3_kh_ubnd_chiengle_cchc",
        description=(
            "Kế hoạch of a ward People's Committee under its city (parent UBND THÀNH PHỐ SƠN "
            "LA above the two bold issuer lines ỦY BAN NHÂN DÂN / PHƯỜNG CHIỀNG LỀ; the ward as "
            "place name); a Government resolution and the city's plan with long dates, Nghị "
            "định 45/2020/NĐ-CP with an unpadded short date (ngày 8/4/2020) and Nghị định "
            "30/2020/NĐ-CP with a padded one (ngày 05/03/2020); section III. TỔ CHỨC THỰC HIỆN "
            "listing six units and their duties as text, each with its deadline (Định kỳ 6 "
            "tháng, Quý III/2025, Thường xuyên, trước ngày 15/9/2025, the 25th of the last month "
            "of each quarter), no table; TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH."
        ),
        tests="ward KH under a city; tasks per unit as text in TỔ CHỨC THỰC HIỆN; TM.",
        origin=TEAM,
        seed=926,
        scan=Scan(
            rotation_deg=-0.6,
            noise_sigma=6,
            blur=0.8,
            jpeg_quality=64,
            paper=(247, 244, 235),
            illumination=0.06,
        ),
        chu_quan=["UBND THÀNH PHỐ SƠN LA"],
        ban_hanh=["ỦY BAN NHÂN DÂN", "PHƯỜNG CHIỀNG LỀ"],
        so="21",
        ky_hieu="KH-UBND",
        dia_danh="Chiềng Lề",
        ngay=date(2025, 3, 10),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject="Cải cách hành chính và chuyển đổi số trên địa bàn phường năm 2025",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "UBND thành phố (b/c)",
                "Phòng Nội vụ thành phố",
                "TT Đảng ủy, TT HĐND phường",
                "CT, các PCT UBND phường",
                "UBMTTQ VN phường, các đoàn thể",
                "Các tổ dân phố",
                "Lưu: VT, VP",
            ]
        ),
        signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        nguoi_ky="Lò Văn Thanh",
        seal_text="ỦY BAN NHÂN DÂN PHƯỜNG CHIỀNG LỀ * TP. SƠN LA * ",
        refs=[r_nq, r_kh, r_nd45, r_nd30],
    )


HELDOUT3_DOCS = [
    doc_ho3_ctr_svhttdl_du_lich,
    doc_ho3_cv_ubnd_han_man,
    doc_ho3_qd_snn_du_toan,
    doc_ho3_bc_thpt_tong_ket,
    doc_ho3_gm_congan_so_ket,
    doc_ho3_kh_phuong_cchc,
]


# --------------------------------------------------------------------------------------
# Fourth held-out set (benchmarks/heldout4/): written blind (without running the pipeline
# or reading its code) and never used to tune it; other provinces, agencies and layouts
# --------------------------------------------------------------------------------------

HELDOUT4_DIR = REPO_ROOT / "benchmarks" / "heldout4"


def doc_ho4_nq_hdnd_du_toan() -> Doc:
    r_ltc = Ref(
        "Luật", "77/2015/QH13", date(2015, 6, 19), ten="Luật Tổ chức chính quyền địa phương"
    )
    r_lnsnn = Ref(
        "Luật",
        "83/2015/QH13",
        date(2015, 6, 25),
        ten="Luật Ngân sách nhà nước",
        long_date=False,
        pad=False,
    )
    r_nq_tinh = Ref(
        "Nghị quyết",
        "126/NQ-HĐND",
        date(2024, 12, 6),
        "Hội đồng nhân dân tỉnh Phú Thọ",
        long_date=False,
    )
    r_qd_tinh = Ref("Quyết định", "3018/QĐ-UBND", date(2024, 12, 9), "Ủy ban nhân dân tỉnh Phú Thọ")
    r_ttr = Ref(
        "Tờ trình",
        "412/TTr-UBND",
        date(2024, 12, 2),
        "Ủy ban nhân dân huyện",
        long_date=False,
        pad=False,
    )
    body: list[Block] = [
        Para("HỘI ĐỒNG NHÂN DÂN HUYỆN CẨM KHÊ", style=BOLD, align="center", indent=0, gap=2),
        Para("KHÓA XX, KỲ HỌP THỨ MƯỜI BẢY", style=BOLD, align="center", indent=0, gap=0),
        Para(f"Căn cứ {r_ltc.cite()};", style=ITALIC, gap=6),
        Para(f"Căn cứ {r_lnsnn.cite()};", style=ITALIC),
        Para(
            f"Căn cứ {r_nq_tinh.cite()} về dự toán ngân sách địa phương và phương án phân bổ "
            f"ngân sách cấp tỉnh năm 2025; {r_qd_tinh.cite()} về việc giao dự toán thu, chi "
            "ngân sách nhà nước năm 2025;",
            style=ITALIC,
        ),
        Para(
            f"Xét {r_ttr.cite()} về dự toán ngân sách nhà nước và phương án phân bổ ngân sách "
            "huyện năm 2025; Báo cáo thẩm tra của Ban Kinh tế - Xã hội Hội đồng nhân dân huyện; "
            "ý kiến thảo luận của đại biểu Hội đồng nhân dân huyện tại kỳ họp.",
            style=ITALIC,
        ),
        Para("QUYẾT NGHỊ:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Thông qua dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân "
            "sách địa phương và phương án phân bổ ngân sách huyện năm 2025 như sau:",
            gap=4,
        ),
        Para(
            "1. Tổng thu ngân sách nhà nước trên địa bàn: 186.420 triệu đồng, trong đó thu "
            "tiền sử dụng đất 115.000 triệu đồng."
        ),
        Para(
            "2. Tổng thu ngân sách địa phương: 742.658 triệu đồng, gồm: thu ngân sách địa "
            "phương được hưởng theo phân cấp 158.306 triệu đồng; thu bổ sung cân đối từ ngân "
            "sách cấp tỉnh 538.914 triệu đồng; thu bổ sung có mục tiêu 45.438 triệu đồng."
        ),
        Para(
            "3. Tổng chi ngân sách địa phương: 742.658 triệu đồng, gồm: chi đầu tư phát triển "
            "112.500 triệu đồng; chi thường xuyên 570.776 triệu đồng (trong đó chi sự nghiệp "
            "giáo dục - đào tạo và dạy nghề 318.215 triệu đồng); dự phòng ngân sách 13.944 "
            "triệu đồng; chi các chương trình mục tiêu quốc gia và nhiệm vụ khác từ nguồn bổ "
            "sung có mục tiêu 45.438 triệu đồng."
        ),
        Para(
            "4. Phương án phân bổ dự toán chi ngân sách huyện cho các cơ quan, đơn vị và mức "
            "bổ sung cân đối cho ngân sách các xã, thị trấn chi tiết tại các biểu kèm theo Nghị "
            "quyết này."
        ),
        Para("**Điều 2.** Tổ chức thực hiện", gap=4),
        Para(
            "1. Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết; điều hành dự toán chủ "
            "động, chặt chẽ, tiết kiệm; phấn đấu thu ngân sách trên địa bàn vượt tối thiểu 5% "
            "dự toán được giao; báo cáo kết quả thực hiện tại các kỳ họp thường lệ năm 2025 "
            "của Hội đồng nhân dân huyện."
        ),
        Para(
            "2. Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu "
            "và đại biểu Hội đồng nhân dân huyện giám sát việc thực hiện Nghị quyết."
        ),
        Para(
            "Nghị quyết này đã được Hội đồng nhân dân huyện Cẩm Khê khóa XX, kỳ họp thứ Mười "
            "bảy thông qua ngày 18 tháng 12 năm 2024 và có hiệu lực kể từ ngày thông qua./.",
            gap=6,
        ),
    ]
    return Doc(
        name="ho4_nq_hdnd_camkhe_du_toan",
        description=(
            "Nghị quyết of a district People's Council (HỘI ĐỒNG NHÂN DÂN / HUYỆN CẨM KHÊ on "
            "two bold lines, no parent body, number NQ-HĐND), a type none of the other sets "
            "has; authority lines HỘI ĐỒNG NHÂN DÂN HUYỆN CẨM KHÊ / KHÓA XX, KỲ HỌP THỨ MƯỜI "
            "BẢY; italic Căn cứ lines citing Luật Tổ chức chính quyền địa phương with a long "
            "date, Luật Ngân sách nhà nước with an unpadded short date (ngày 25/6/2015), a "
            "provincial HĐND resolution with a padded one (ngày 06/12/2024) and a UBND decision "
            "with a long date in the same line; a Xét line with the district's Tờ trình (ngày "
            "2/12/2024) and an unnumbered Báo cáo thẩm tra; QUYẾT NGHỊ: with budget figures "
            "(742.658 triệu đồng); closing sentence with the date of adoption; signer TM. HỘI "
            "ĐỒNG NHÂN DÂN / CHỦ TỊCH."
        ),
        tests="district HĐND Nghị quyết; Căn cứ / Xét lines; QUYẾT NGHỊ; TM. HỘI ĐỒNG NHÂN DÂN",
        origin=TEAM,
        seed=931,
        scan=Scan(
            rotation_deg=0.6,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=64,
            paper=(247, 243, 234),
            illumination=0.06,
        ),
        ban_hanh=["HỘI ĐỒNG NHÂN DÂN", "HUYỆN CẨM KHÊ"],
        so="45",
        ky_hieu="NQ-HĐND",
        dia_danh="Cẩm Khê",
        ngay=date(2024, 12, 18),
        title="NGHỊ QUYẾT",
        loai_van_ban="Nghị quyết",
        subject=(
            "Về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách địa phương và "
            "phân bổ ngân sách huyện năm 2025"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "TT HĐND, UBND tỉnh (b/c)",
                "Sở Tài chính tỉnh Phú Thọ",
                "TT Huyện ủy (b/c)",
                "TT HĐND, UBND, UBMTTQ VN huyện",
                "Đại biểu HĐND huyện",
                "Các cơ quan, đơn vị thuộc huyện",
                "TT HĐND, UBND các xã, thị trấn",
                "Lưu: VT, HĐND",
            ]
        ),
        signer=["TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"],
        nguoi_ky="Nguyễn Đắc Thủy",
        seal_text="HỘI ĐỒNG NHÂN DÂN HUYỆN CẨM KHÊ * TỈNH PHÚ THỌ * ",
        refs=[r_ltc, r_lnsnn, r_nq_tinh, r_qd_tinh, r_ttr],
    )


def doc_ho4_cv_snv_tinh_gian() -> Doc:
    r_nd29 = Ref("Nghị định", "29/2023/NĐ-CP", date(2023, 6, 3), "Chính phủ")
    r_nd178 = Ref("Nghị định", "178/2024/NĐ-CP", date(2024, 12, 31), "Chính phủ", long_date=False)
    r_cv = Ref(
        "Công văn",
        "512/UBND-NC",
        date(2025, 2, 6),
        "Ủy ban nhân dân tỉnh",
        long_date=False,
        pad=False,
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_nd29.cite()} quy định về tinh giản biên chế và {r_nd178.cite()} về "
            "chính sách, chế độ trong thực hiện sắp xếp tổ chức bộ máy của hệ thống chính trị;"
        ),
        Para(
            f"Thực hiện {r_cv.cite()} về việc triển khai chính sách tinh giản biên chế năm "
            "2025, Sở Nội vụ đề nghị các cơ quan, đơn vị, địa phương khẩn trương thực hiện các "
            "nội dung sau:"
        ),
        Para(
            "1. Báo cáo kết quả thực hiện tinh giản biên chế năm 2024 (số người đã được giải "
            "quyết chính sách theo từng đối tượng, kinh phí đã chi trả, khó khăn, vướng mắc) "
            "theo Mẫu số 01 kèm theo."
        ),
        Para(
            "2. Rà soát, lập danh sách đối tượng tinh giản biên chế năm 2025 theo Mẫu số 02 kèm "
            "theo; các trường hợp nghỉ việc do sắp xếp tổ chức bộ máy lập danh sách riêng."
        ),
        Para(
            "3. Báo cáo và danh sách gửi về Sở Nội vụ bằng văn bản giấy và qua Hệ thống quản lý "
            "văn bản và điều hành trước 16 giờ 00 ngày 14/02/2025."
        ),
        Para(
            "Quá thời hạn trên, cơ quan, đơn vị, địa phương nào không gửi báo cáo thì xem như "
            "không có đối tượng tinh giản biên chế năm 2025. Trong quá trình thực hiện, nếu có "
            "vướng mắc, đề nghị liên hệ Phòng Công chức, viên chức, Sở Nội vụ (điện thoại: "
            "0294.3862.457) để được hướng dẫn./."
        ),
    ]
    return Doc(
        name="ho4_cv_snv_travinh_tinh_gian",
        description=(
            "Urgent Công văn (KHẨN box) of a provincial Department of Home Affairs under its "
            "parent body (UBND TỈNH TRÀ VINH / SỞ NỘI VỤ), number with the unit code SNV-CCVC, "
            "a four-line V/v, Kính gửi with three addressees; Nghị định 29/2023/NĐ-CP with a "
            "long date, Nghị định 178/2024/NĐ-CP with a short date (ngày 31/12/2024) and the "
            "provincial Công văn with an unpadded one (ngày 6/2/2025); a deadline and a phone "
            "number in the body; signer TUQ. GIÁM ĐỐC / TRƯỞNG PHÒNG CÔNG CHỨC, VIÊN CHỨC (a "
            "comma in the title); -1.2° skew."
        ),
        tests="CV of a Sở; KHẨN; three addressees; TUQ. GIÁM ĐỐC / TRƯỞNG PHÒNG with a comma",
        origin=TEAM,
        seed=932,
        scan=Scan(
            rotation_deg=-1.2,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=58,
            paper=(245, 241, 231),
            illumination=0.07,
        ),
        chu_quan=["UBND TỈNH TRÀ VINH"],
        ban_hanh=["SỞ NỘI VỤ"],
        so="186",
        ky_hieu="SNV-CCVC",
        vv=(
            "báo cáo kết quả thực hiện tinh giản biên chế năm 2024 và đăng ký đối tượng tinh "
            "giản biên chế năm 2025"
        ),
        do_khan="KHẨN",
        dia_danh="Trà Vinh",
        ngay=date(2025, 2, 10),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Các sở, ban, ngành tỉnh",
            "Ủy ban nhân dân các huyện, thị xã, thành phố",
            "Các đơn vị sự nghiệp công lập thuộc UBND tỉnh",
        ],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "UBND tỉnh (b/c)",
                "Giám đốc Sở (b/c)",
                "Các PGĐ Sở",
                "Lưu: VT, CCVC",
            ]
        ),
        signer=["TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG CÔNG CHỨC, VIÊN CHỨC"],
        nguoi_ky="Thạch Thị Mỹ Linh",
        seal_text="SỞ NỘI VỤ * TỈNH TRÀ VINH * ",
        refs=[r_nd29, r_nd178, r_cv],
    )


def doc_ho4_kh_stp_pbgdpl() -> Doc:
    r_lpb = Ref("Luật", "14/2012/QH13", date(2012, 6, 20), ten="Luật Phổ biến, giáo dục pháp luật")
    r_lhg = Ref(
        "Luật", "35/2013/QH13", date(2013, 6, 20), ten="Luật Hòa giải ở cơ sở", long_date=False
    )
    r_kh = Ref(
        "Kế hoạch",
        "215/KH-UBND",
        date(2025, 1, 8),
        "UBND tỉnh Long An",
        long_date=False,
        pad=False,
    )
    pbgdpl = "Phòng Phổ biến, giáo dục pháp luật"
    table = Table(
        header=[
            "STT",
            "Nhiệm vụ",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian hoàn thành",
        ],
        columns=["stt", "nhiem_vu", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_gian"],
        widths=[0.06, 0.36, 0.19, 0.22, 0.17],
        align=["c", "l", "l", "l", "c"],
        size=11.5,
        rows=[
            [
                "1",
                "Tổ chức hội nghị quán triệt, giới thiệu các luật, nghị quyết được Quốc hội khóa "
                "XV thông qua tại Kỳ họp thứ 8",
                pbgdpl,
                "Các sở, ngành tỉnh; UBND các huyện, thị xã, thành phố",
                "Quý I/2025",
            ],
            [
                "2",
                "Giới thiệu văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành trên Cổng "
                "thông tin điện tử của tỉnh",
                "Phòng Xây dựng và Kiểm tra văn bản",
                "Văn phòng UBND tỉnh",
                "Thường xuyên",
            ],
            [
                "3",
                "Biên soạn, phát hành đề cương giới thiệu luật, tờ gấp, sổ tay hỏi - đáp pháp "
                "luật (dự kiến 12.000 bản)",
                pbgdpl,
                "Các sở, ngành có liên quan",
                "Tháng 6/2025",
            ],
            [
                "4",
                "Tập huấn kỹ năng, nghiệp vụ cho báo cáo viên pháp luật tỉnh và tuyên truyền viên "
                "pháp luật cấp xã",
                pbgdpl,
                "Trường Chính trị Long An",
                "Tháng 5/2025",
            ],
            [
                "5",
                "Phổ biến pháp luật cho cán bộ, Nhân dân các xã biên giới thuộc các huyện Đức "
                "Huệ, Tân Hưng, Vĩnh Hưng và thị xã Kiến Tường",
                pbgdpl,
                "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; UBND các huyện, thị xã có liên quan",
                "Quý II - III/2025",
            ],
            [
                "6",
                "Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật trên Trang thông tin điện tử phổ "
                "biến, giáo dục pháp luật của tỉnh",
                pbgdpl,
                "Sở Thông tin và Truyền thông; Báo Long An",
                "Trước ngày 30/9/2025",
            ],
            [
                "7",
                "Tập huấn kỹ năng hòa giải ở cơ sở cho hòa giải viên; tổ chức Hội thi hòa giải "
                "viên giỏi cấp tỉnh",
                pbgdpl,
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                "Quý III/2025",
            ],
            [
                "8",
                "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa "
                "Việt Nam (09/11)",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Tháng 11/2025",
            ],
            [
                "9",
                "Hướng dẫn, kiểm tra việc đánh giá, công nhận xã, phường, thị trấn đạt chuẩn tiếp "
                "cận pháp luật năm 2025",
                pbgdpl,
                "Phòng Tư pháp các huyện, thị xã, thành phố",
                "Trước ngày 15/12/2025",
            ],
        ],
    )
    body: list[Block] = [
        Para(f"Căn cứ {r_lpb.cite()}; {r_lhg.cite()};"),
        Para(
            f"Thực hiện {r_kh.cite()} về công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ "
            "sở và xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2025, Sở Tư pháp ban hành "
            "Kế hoạch thực hiện như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Nâng cao ý thức chấp hành pháp luật của cán bộ, công chức, viên chức và Nhân "
            "dân; chú trọng phổ biến các luật mới, các chính sách liên quan đến người dân."
        ),
        Para(
            "2. Bám sát nhiệm vụ chính trị của tỉnh, thiết thực, tiết kiệm; xác định rõ đơn vị "
            "chủ trì, đơn vị phối hợp và thời hạn hoàn thành."
        ),
        H("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
        Para("Phân công nhiệm vụ cụ thể như sau:"),
        table,
        H("III. KINH PHÍ THỰC HIỆN"),
        Para(
            "Kinh phí thực hiện Kế hoạch là 685,5 triệu đồng, bố trí từ dự toán ngân sách năm "
            "2025 giao cho Sở Tư pháp."
        ),
        H("IV. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Các phòng, đơn vị thuộc Sở chủ động triển khai nhiệm vụ được phân công; báo cáo "
            "kết quả về Sở (qua Phòng Phổ biến, giáo dục pháp luật) trước ngày 10/6/2025 và "
            "ngày 10/11/2025."
        ),
        Para(
            "2. Đề nghị các sở, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố phối hợp "
            "với Sở Tư pháp thực hiện các nhiệm vụ nêu tại Kế hoạch này./."
        ),
    ]
    return Doc(
        name="ho4_kh_stp_longan_pbgdpl",
        description=(
            "Kế hoạch of a provincial Department of Justice under its parent body (UBND TỈNH "
            "LONG AN / SỞ TƯ PHÁP); one Căn cứ line with Luật Phổ biến, giáo dục pháp luật "
            "(a comma in the name, long date) and Luật Hòa giải ở cơ sở with a padded short "
            "date (ngày 20/06/2013), the provincial plan with an unpadded one (ngày 8/1/2025); "
            "a ruled task table STT / Nhiệm vụ / Đơn vị chủ trì / Đơn vị phối hợp / Thời gian "
            "hoàn thành with 9 rows and multi-line cells split over pages 1-2 with the header "
            "row repeated (deadlines Quý I/2025, Thường xuyên, Tháng 6/2025, Quý II - III/2025, "
            "Trước ngày 30/9/2025, Trước ngày 15/12/2025; a date (09/11) inside a task); a "
            "decimal amount (685,5 triệu đồng); KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC."
        ),
        tests="KH of a Sở; 9-row task table with multi-line cells over 2 pages; KT.",
        origin=TEAM,
        seed=933,
        scan=Scan(
            rotation_deg=0.9,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=62,
            paper=(246, 243, 233),
            illumination=0.06,
        ),
        chu_quan=["UBND TỈNH LONG AN"],
        ban_hanh=["SỞ TƯ PHÁP"],
        so="24",
        ky_hieu="KH-STP",
        dia_danh="Long An",
        ngay=date(2025, 1, 17),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject="Phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2025",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Bộ Tư pháp (b/c)",
                "UBND tỉnh (b/c)",
                "Hội đồng PHPBGDPL tỉnh",
                "Giám đốc, các PGĐ Sở",
                "Phòng Tư pháp cấp huyện",
                "Các phòng, đơn vị thuộc Sở",
                "Lưu: VT, PBGDPL",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Huỳnh Thị Diễm Phương",
        seal_text="SỞ TƯ PHÁP * TỈNH LONG AN * ",
        refs=[r_lpb, r_lhg, r_kh],
    )


def doc_ho4_bc_ubnd_tai_canh() -> Doc:
    r_cv = Ref(
        "Công văn",
        "96/SNN-TT",
        date(2025, 1, 9),
        "Sở Nông nghiệp và Phát triển nông thôn",
        long_date=False,
    )
    r_kh = Ref("Kế hoạch", "2176/KH-UBND", date(2021, 3, 22), "Ủy ban nhân dân tỉnh Đắk Lắk")
    r_qd = Ref(
        "Quyết định",
        "1245/QĐ-UBND",
        date(2021, 5, 4),
        "UBND huyện",
        long_date=False,
        pad=False,
    )
    table = Table(
        header=[
            "STT",
            "Xã, thị trấn",
            "Diện tích cà phê (ha)",
            "Diện tích tái canh 2021 - 2024 (ha)",
            "Tỷ lệ tái canh (%)",
            "Năng suất sau tái canh (tấn/ha)",
        ],
        columns=["stt", "don_vi", "dien_tich", "dien_tich_tai_canh", "ty_le", "nang_suat"],
        widths=[0.07, 0.25, 0.16, 0.19, 0.14, 0.19],
        align=["c", "l", "c", "c", "c", "c"],
        size=11.5,
        rows=[
            ["1", "Ea Kly", "2.315,4", "396,2", "17,11", "3,52"],
            ["2", "Ea Phê", "2.048,0", "352,5", "17,21", "3,48"],
            ["3", "Ea Kênh", "1.876,3", "298,6", "15,91", "3,39"],
            ["4", "Krông Búk", "1.652,7", "241,9", "14,64", "3,41"],
            ["5", "Ea Kuăng", "1.534,8", "187,3", "12,20", "3,30"],
            ["6", "Hòa An", "1.288,5", "215,4", "16,72", "3,57"],
            ["7", "Thị trấn Phước An", "612,6", "74,8", "12,21", "3,36"],
            ["8", "Các xã còn lại", "9.158,2", "1.449,1", "15,82", "3,43"],
            ["", "Toàn huyện", "20.486,5", "3.215,8", "15,70", "3,45"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc báo cáo kết quả tái canh cà phê, Ủy ban nhân dân "
            "huyện Krông Pắc báo cáo như sau:"
        ),
        H("I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2024"),
        H("1. Công tác chỉ đạo, điều hành"),
        Para(
            f"Triển khai {r_kh.cite()} về tái canh cà phê giai đoạn 2021 - 2025, các xã, thị "
            f"trấn tổ chức thực hiện theo {r_qd.cite()} phê duyệt Đề án tái canh cà phê huyện "
            "Krông Pắc giai đoạn 2021 - 2025; tuyên truyền, vận động hộ dân đăng ký tái canh, "
            "hỗ trợ cây giống ghép có năng suất cao, kháng bệnh gỉ sắt."
        ),
        H("2. Kết quả cụ thể", keep=4),
        Para(
            "Đến hết năm 2024, diện tích cà phê đã tái canh, ghép cải tạo là 3.215,8 ha, đạt "
            "80,4% kế hoạch giai đoạn (4.000 ha); năng suất vườn sau tái canh đạt 3,45 tấn "
            "nhân/ha. Kết quả tại các xã, thị trấn như sau:"
        ),
        table,
        H("3. Tồn tại, hạn chế"),
        Para(
            "Một số hộ còn e ngại do thời gian kiến thiết cơ bản kéo dài 3 năm không có thu "
            "nhập; nguồn vốn vay ưu đãi để tái canh còn hạn chế, dư nợ đến nay mới đạt 142,6 "
            "tỷ đồng; việc kiểm soát chất lượng cây giống tại các cơ sở sản xuất nhỏ lẻ chưa "
            "chặt chẽ."
        ),
        H("II. KẾ HOẠCH NĂM 2025"),
        Para(
            "Phấn đấu tái canh, ghép cải tạo 800 ha cà phê, nâng tổng diện tích tái canh giai "
            "đoạn 2021 - 2025 lên 4.015,8 ha, vượt 0,4% kế hoạch; ưu tiên các vườn cà phê già "
            "cỗi trên 25 năm tuổi tại các xã Ea Kuăng, Krông Búk và thị trấn Phước An."
        ),
        H("III. KIẾN NGHỊ"),
        Para(
            "Đề nghị Sở Nông nghiệp và Phát triển nông thôn tham mưu Ủy ban nhân dân tỉnh tiếp "
            "tục hỗ trợ cây giống cho hộ nghèo, hộ cận nghèo; đề nghị Ngân hàng Nhà nước chi "
            "nhánh tỉnh chỉ đạo các tổ chức tín dụng đơn giản hóa thủ tục cho vay tái canh cà "
            "phê."
        ),
        Para(
            "Trên đây là báo cáo kết quả tái canh cà phê giai đoạn 2021 - 2024 và kế hoạch năm "
            "2025 của Ủy ban nhân dân huyện Krông Pắc./."
        ),
    ]
    return Doc(
        name="ho4_bc_ubnd_krongpac_tai_canh",
        description=(
            "Báo cáo of a district People's Committee in the Central Highlands (ỦY BAN NHÂN "
            "DÂN / HUYỆN KRÔNG PẮC on two bold lines, no parent body, the district as place "
            "name), Kính gửi with two addressees; a Sở Công văn with a padded short date (ngày "
            "09/01/2025), a provincial Kế hoạch with a long date and the district's Quyết định "
            "with an unpadded one (ngày 4/5/2021); a ruled 6-column statistics table of areas "
            "and yields per commune with decimal commas and thousands points (2.315,4; 17,11; "
            "20.486,5), commune names Ea Kly, Ea Kuăng, Krông Búk, an 'others' row and a Toàn "
            "huyện row with an empty STT; KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, an Ê Đê name."
        ),
        tests="district BC; two addressees; statistics table with decimals; KT. CHỦ TỊCH",
        origin=TEAM,
        seed=934,
        scan=Scan(
            rotation_deg=-0.7,
            noise_sigma=6,
            blur=1.0,
            jpeg_quality=57,
            paper=(245, 242, 232),
            illumination=0.08,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "HUYỆN KRÔNG PẮC"],
        so="38",
        ky_hieu="BC-UBND",
        dia_danh="Krông Pắc",
        ngay=date(2025, 1, 22),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject=(
            "Kết quả tái canh cà phê giai đoạn 2021 - 2024 và kế hoạch năm 2025 trên địa bàn "
            "huyện Krông Pắc"
        ),
        kinh_gui=[
            "Ủy ban nhân dân tỉnh Đắk Lắk",
            "Sở Nông nghiệp và Phát triển nông thôn",
        ],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "TT Huyện ủy (b/c)",
                "TT HĐND huyện (b/c)",
                "CT, các PCT UBND huyện",
                "Phòng NN&PTNT huyện",
                "UBND các xã, thị trấn",
                "Lưu: VT, NN",
            ]
        ),
        signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Y Suôn Niê",
        seal_text="ỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC * TỈNH ĐẮK LẮK * ",
        refs=[r_cv, r_kh, r_qd],
    )


def doc_ho4_ttr_ttyt_ky_thuat() -> Doc:
    r_luat = Ref("Luật", "15/2023/QH15", date(2023, 1, 9), ten="Luật Khám bệnh, chữa bệnh")
    r_nd = Ref("Nghị định", "96/2023/NĐ-CP", date(2023, 12, 30), "Chính phủ", long_date=False)
    r_cv = Ref("Công văn", "1056/SYT-NVY", date(2025, 4, 3), "Sở Y tế", long_date=False, pad=False)
    table = Table(
        header=["STT", "Tên kỹ thuật", "Chuyên khoa", "Khoa thực hiện", "Số ca dự kiến/năm"],
        columns=["stt", "ten_ky_thuat", "chuyen_khoa", "khoa_thuc_hien", "so_ca_du_kien"],
        widths=[0.07, 0.38, 0.18, 0.22, 0.15],
        align=["c", "l", "l", "l", "c"],
        size=12.0,
        rows=[
            [
                "1",
                "Nội soi thực quản - dạ dày - tá tràng ống mềm không sinh thiết",
                "Nội soi",
                "Khoa Khám bệnh",
                "1.200",
            ],
            [
                "2",
                "Nội soi đại trực tràng ống mềm không sinh thiết",
                "Nội soi",
                "Khoa Khám bệnh",
                "350",
            ],
            [
                "3",
                "Siêu âm Doppler động mạch, tĩnh mạch chi dưới",
                "Chẩn đoán hình ảnh",
                "Khoa Chẩn đoán hình ảnh",
                "480",
            ],
            [
                "4",
                "Siêu âm Doppler tim, van tim",
                "Chẩn đoán hình ảnh",
                "Khoa Chẩn đoán hình ảnh",
                "620",
            ],
            [
                "5",
                "Ghi điện tim liên tục 24 giờ (Holter điện tâm đồ)",
                "Thăm dò chức năng",
                "Khoa Nội tổng hợp",
                "150",
            ],
            [
                "6",
                "Phẫu thuật nội soi cắt ruột thừa",
                "Ngoại khoa",
                "Khoa Ngoại tổng hợp",
                "90",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()}; {r_nd.cite()} quy định chi tiết một số điều của Luật "
            "Khám bệnh, chữa bệnh;"
        ),
        Para(
            f"Thực hiện {r_cv.cite()} về việc rà soát, đăng ký danh mục kỹ thuật chuyên môn bổ "
            "sung năm 2025,"
        ),
        Para(
            "Trung tâm Y tế huyện U Minh kính trình Sở Y tế phê duyệt danh mục kỹ thuật chuyên "
            "môn bổ sung như sau:"
        ),
        H("1. Sự cần thiết"),
        Para(
            "Năm 2024, Trung tâm tiếp nhận 86.412 lượt khám bệnh, 7.935 lượt điều trị nội trú; "
            "công suất sử dụng giường bệnh đạt 104,6%. Do chưa thực hiện được nội soi tiêu hóa, "
            "siêu âm Doppler mạch máu, Trung tâm phải chuyển 412 lượt người bệnh lên tuyến tỉnh."
        ),
        H("2. Điều kiện thực hiện"),
        Para(
            "Trung tâm đã được đầu tư 01 hệ thống nội soi tiêu hóa ống mềm và 01 máy siêu âm "
            "Doppler màu (tổng giá trị 3.486,5 triệu đồng); 05 bác sĩ và 04 điều dưỡng đã được "
            "đào tạo, cấp chứng chỉ tại Bệnh viện Đa khoa Cà Mau."
        ),
        H("3. Danh mục kỹ thuật đề nghị phê duyệt"),
        Para(
            "Gồm 06 kỹ thuật thuộc các chuyên khoa Nội soi, Chẩn đoán hình ảnh, Thăm dò chức "
            "năng và Ngoại khoa (chi tiết tại Phụ lục kèm theo)."
        ),
        Para("Trung tâm Y tế huyện U Minh kính trình Sở Y tế xem xét, phê duyệt./."),
        Para("", gap=24),  # blank space above the one-line signer block (clear of the seal)
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "DANH MỤC KỸ THUẬT CHUYÊN MÔN ĐỀ NGHỊ PHÊ DUYỆT BỔ SUNG NĂM 2025",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Tờ trình số 57/TTr-TTYT ngày 14/4/2025 của Trung tâm Y tế huyện U Minh)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.0,
        ),
        table,
    ]
    return Doc(
        name="ho4_ttr_ttyt_uminh_ky_thuat",
        description=(
            "Tờ trình of a district health centre under its Sở (parent SỞ Y TẾ CÀ MAU, issuer "
            "on two bold lines TRUNG TÂM Y TẾ / HUYỆN U MINH, a one-letter syllable in the place "
            "name), number TTr-TTYT; centred single 'Kính gửi: Sở Y tế tỉnh Cà Mau.' after the "
            "subject; Luật Khám bệnh, chữa bệnh with a long date and Nghị định 96/2023/NĐ-CP "
            "with a short date in one Căn cứ line, a Sở Công văn with an unpadded short date "
            "(ngày 3/4/2025); figures 86.412 and 104,6%; signer GIÁM ĐỐC without a prefix on "
            "page 1, then a Phụ lục page after the signature with a 5-column table of "
            "techniques. The "
            "Phụ lục's 'Kèm theo Tờ trình số 57/TTr-TTYT ...' names the document itself and is "
            "not a related document."
        ),
        tests="TTr of a Trung tâm Y tế; centred Kính gửi; Phụ lục table after the signer",
        origin=TEAM,
        seed=935,
        scan=Scan(
            rotation_deg=1.4,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=68,
            paper=(248, 244, 235),
            illumination=0.05,
        ),
        chu_quan=["SỞ Y TẾ CÀ MAU"],
        ban_hanh=["TRUNG TÂM Y TẾ", "HUYỆN U MINH"],
        so="57",
        ky_hieu="TTr-TTYT",
        dia_danh="U Minh",
        ngay=date(2025, 4, 14),
        title="TỜ TRÌNH",
        loai_van_ban="Tờ trình",
        subject="Về việc đề nghị phê duyệt danh mục kỹ thuật chuyên môn bổ sung năm 2025",
        kinh_gui=["Sở Y tế tỉnh Cà Mau"],
        kinh_gui_centered=True,
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "UBND huyện U Minh (b/c)",
                "Phòng Nghiệp vụ Y - Sở Y tế",
                "Ban Giám đốc Trung tâm",
                "Lưu: VT, KHNV",
            ]
        ),
        signer=["GIÁM ĐỐC"],
        nguoi_ky="Châu Minh Luân",
        seal_text="TRUNG TÂM Y TẾ HUYỆN U MINH * SỞ Y TẾ CÀ MAU * ",
        refs=[r_luat, r_nd, r_cv],
    )


def doc_ho4_qd_ubnd_nghia_vu() -> Doc:
    r_ltc = Ref(
        "Luật",
        "77/2015/QH13",
        date(2015, 6, 19),
        ten="Luật Tổ chức chính quyền địa phương",
        long_date=False,
        pad=False,
    )
    r_lsd = Ref(
        "Luật",
        "47/2019/QH14",
        date(2019, 11, 22),
        ten=(
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
            "chính quyền địa phương"
        ),
    )
    r_nvqs = Ref("Luật", "78/2015/QH13", date(2015, 6, 19), ten="Luật Nghĩa vụ quân sự")
    r_ttr = Ref("Tờ trình", "3416/TTr-BCH", date(2024, 9, 30), long_date=False, pad=False)
    r_qd_cu = Ref(
        "Quyết định",
        "2140/QĐ-UBND",
        date(2021, 10, 5),
        "Chủ tịch Ủy ban nhân dân tỉnh",
        long_date=False,
    )
    members = [
        "Ông Lương Công Định, Phó Chủ tịch Ủy ban nhân dân tỉnh - Chủ tịch Hội đồng;",
        "Đại tá Trần Quốc Bảo, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh - Phó Chủ tịch Thường trực;",
        "Đại tá Võ Thanh Tâm, Phó Giám đốc Công an tỉnh - Phó Chủ tịch;",
        "Ông Đặng Văn Lực, Giám đốc Sở Lao động - Thương binh và Xã hội - Ủy viên;",
        "Bà Huỳnh Thị Kim Liên, Phó Giám đốc Sở Y tế - Ủy viên;",
        "Ông Phan Văn Tịnh, Phó Giám đốc Sở Giáo dục và Đào tạo - Ủy viên;",
        "Bà Lê Thị Thu Hà, Phó Bí thư Tỉnh đoàn - Ủy viên;",
        "Thượng tá Nguyễn Đình Quân, Phó Chỉ huy trưởng - Tham mưu trưởng Bộ Chỉ huy Quân "
        "sự tỉnh - Ủy viên kiêm Thư ký.",
    ]
    body: list[Block] = [
        Para("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN", style=BOLD, align="center", indent=0, gap=2),
        Para(f"Căn cứ {r_ltc.cite()}; {r_lsd.cite()};", style=ITALIC, gap=6),
        Para(f"Căn cứ {r_nvqs.cite()};", style=ITALIC),
        Para(
            f"Theo đề nghị của Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh tại {r_ttr.cite()}.",
            style=ITALIC,
        ),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Kiện toàn Hội đồng Nghĩa vụ quân sự tỉnh Phú Yên gồm các thành viên sau:",
            gap=4,
        ),
        *[Para(f"{i}. {m}", gap=1) for i, m in enumerate(members, start=1)],
        Para(
            "**Điều 2.** Hội đồng Nghĩa vụ quân sự tỉnh có nhiệm vụ tham mưu, giúp Ủy ban nhân "
            "dân tỉnh tổ chức thực hiện công tác đăng ký nghĩa vụ quân sự, tuyển chọn và gọi "
            "công dân nhập ngũ, thực hiện nghĩa vụ tham gia Công an nhân dân trên địa bàn tỉnh "
            "theo quy định của pháp luật. Chủ tịch Hội đồng phân công nhiệm vụ cụ thể cho các "
            "thành viên; Bộ Chỉ huy Quân sự tỉnh là cơ quan thường trực của Hội đồng.",
            gap=4,
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký và thay thế "
            f"{r_qd_cu.cite()} về việc kiện toàn Hội đồng Nghĩa vụ quân sự tỉnh. Chánh Văn "
            "phòng Ủy ban nhân dân tỉnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Giám đốc Công "
            "an tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có liên quan và các "
            "ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            gap=4,
        ),
    ]
    return Doc(
        name="ho4_qd_ubnd_phuyen_nghia_vu",
        description=(
            "Quyết định of the Chairman of a provincial People's Committee (ỦY BAN NHÂN DÂN / "
            "TỈNH PHÚ YÊN on two bold lines, no parent body), authority line CHỦ TỊCH ỦY BAN "
            "NHÂN DÂN TỈNH PHÚ YÊN; italic Căn cứ lines citing Luật Tổ chức chính quyền địa "
            "phương with an unpadded short date (ngày 19/6/2015) and the amending law with a "
            "long date in one line, Luật Nghĩa vụ quân sự with a long date; Theo đề nghị with a "
            "Tờ trình of the provincial military command (ngày 30/9/2024, no issuer after it); "
            "Điều 1 listing eight members of the Military Service Council with ranks (Đại tá, "
            "Thượng tá) in the body; Điều 3 replaces an earlier decision cited with a padded "
            "date (ngày 05/10/2021); KT. CHỦ TỊCH / PHÓ CHỦ TỊCH; JPEG q55."
        ),
        tests="QĐ of the Chủ tịch UBND tỉnh; Căn cứ; ranked members; KT. CHỦ TỊCH",
        origin=TEAM,
        seed=936,
        scan=Scan(
            rotation_deg=-0.5,
            noise_sigma=7,
            blur=0.9,
            jpeg_quality=55,
            paper=(246, 242, 231),
            illumination=0.07,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "TỈNH PHÚ YÊN"],
        so="1587",
        ky_hieu="QĐ-UBND",
        dia_danh="Phú Yên",
        ngay=date(2024, 10, 8),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject="Về việc kiện toàn Hội đồng Nghĩa vụ quân sự tỉnh Phú Yên",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "Bộ Tư lệnh Quân khu 5 (b/c)",
                "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
                "CT, các PCT UBND tỉnh",
                "UBND các huyện, thị xã, thành phố",
                "Lưu: VT, NC",
            ]
        ),
        signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Lương Công Định",
        seal_text="ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN * ",
        refs=[r_ltc, r_lsd, r_nvqs, r_ttr, r_qd_cu],
    )


HELDOUT4_DOCS = [
    doc_ho4_nq_hdnd_du_toan,
    doc_ho4_cv_snv_tinh_gian,
    doc_ho4_kh_stp_pbgdpl,
    doc_ho4_bc_ubnd_tai_canh,
    doc_ho4_ttr_ttyt_ky_thuat,
    doc_ho4_qd_ubnd_nghia_vu,
]


# --------------------------------------------------------------------------------------
# Fifth held-out set (benchmarks/heldout5/): written blind (without running the pipeline
# or reading its code) and never used to tune it; other provinces, agencies and layouts
# --------------------------------------------------------------------------------------

HELDOUT5_DIR = REPO_ROOT / "benchmarks" / "heldout5"


def doc_ho5_tb_bvdk_tap_huan() -> Doc:
    r_kh = Ref(
        "Kế hoạch",
        "38/KH-BVĐK",
        date(2025, 2, 7),
        "Bệnh viện",
        long_date=False,
        pad=False,
    )
    r_cv = Ref("Công văn", "812/SYT-TCCB", date(2025, 4, 3), "Sở Y tế")
    r_luat = Ref(
        "Luật",
        "15/2023/QH15",
        date(2023, 1, 9),
        ten="Luật Khám bệnh, chữa bệnh",
        long_date=False,
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_kh.cite()} về đào tạo liên tục năm 2025 và {r_cv.cite()} về việc "
            "bảo đảm điều kiện cập nhật kiến thức y khoa liên tục cho người hành nghề theo "
            f"{r_luat.cite()}, Bệnh viện thông báo lịch tập huấn quý II năm 2025 như sau:"
        ),
        Para(
            "1. Đối tượng: điều dưỡng, hộ sinh, kỹ thuật viên đang làm việc tại các khoa lâm "
            "sàng, cận lâm sàng; mỗi người tham dự tối thiểu 02 chuyên đề."
        ),
        Para("2. Thời gian và nội dung:"),
        Para(
            "- Chuyên đề 1: Kiểm soát nhiễm khuẩn và vệ sinh tay trong chăm sóc người bệnh; "
            "từ 13 giờ 30 ngày 06/5/2025 (thứ Ba).",
            gap=1,
        ),
        Para(
            "- Chuyên đề 2: Cấp cứu ngừng tuần hoàn cơ bản và nâng cao; từ 13 giờ 30 ngày "
            "15/5/2025 (thứ Năm).",
            gap=1,
        ),
        Para(
            "- Chuyên đề 3: Phòng ngừa sai sót trong sử dụng thuốc, báo cáo sự cố y khoa; từ "
            "13 giờ 30 ngày 05/6/2025 (thứ Năm).",
            gap=1,
        ),
        Para(
            "- Chuyên đề 4: Kỹ năng giao tiếp, ứng xử với người bệnh và người nhà người bệnh; "
            "từ 13 giờ 30 ngày 19/6/2025 (thứ Năm).",
            gap=1,
        ),
        Para("3. Địa điểm: Hội trường tầng 3, Khu nhà Hành chính, Bệnh viện Đa khoa tỉnh Hà Tĩnh."),
        Para(
            "4. Điều dưỡng trưởng các khoa lập danh sách học viên, gửi về Phòng Điều dưỡng "
            "trước ngày 30/4/2025 và bố trí nhân lực trực, bảo đảm hoạt động chuyên môn trong "
            "thời gian học viên tham dự. Học viên tham dự đủ thời lượng được cấp giấy chứng "
            "nhận đào tạo liên tục."
        ),
        Para("Bệnh viện thông báo để các khoa, phòng biết, thực hiện./."),
    ]
    return Doc(
        name="ho5_tb_bvdk_hatinh_tap_huan",
        description=(
            "Thông báo of a provincial general hospital under its Sở (parent SỞ Y TẾ HÀ TĨNH, "
            "issuer on two bold lines BỆNH VIỆN ĐA KHOA / TỈNH HÀ TĨNH), number TB-BVĐK, a "
            "training timetable written as text ('- Chuyên đề 1: ...; từ 13 giờ 30 ngày "
            "06/5/2025 (thứ Ba).'); one opening sentence citing the hospital's own Kế hoạch "
            "with an unpadded short date (ngày 7/2/2025), a Sở Công văn with a long date and "
            "Luật Khám bệnh, chữa bệnh with a padded short date (ngày 09/01/2023); dates in the "
            "text that are not citations; Nơi nhận with (b/c) and (để t/h); signer TUQ. GIÁM "
            "ĐỐC / TRƯỞNG PHÒNG ĐIỀU DƯỠNG."
        ),
        tests="TB of a hospital; timetable as text; three citation date forms; TUQ. GIÁM ĐỐC",
        origin=TEAM,
        seed=941,
        scan=Scan(
            rotation_deg=0.8,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=63,
            paper=(247, 243, 233),
            illumination=0.06,
        ),
        chu_quan=["SỞ Y TẾ HÀ TĨNH"],
        ban_hanh=["BỆNH VIỆN ĐA KHOA", "TỈNH HÀ TĨNH"],
        so="126",
        ky_hieu="TB-BVĐK",
        dia_danh="Hà Tĩnh",
        ngay=date(2025, 4, 21),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject=(
            "Lịch tập huấn cập nhật kiến thức chuyên môn cho điều dưỡng, hộ sinh, kỹ thuật "
            "viên quý II năm 2025"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Ban Giám đốc (b/c)",
                "Các khoa, phòng (để t/h)",
                "Phòng Tổ chức cán bộ",
                "Lưu: VT, ĐD",
            ]
        ),
        signer=["TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG ĐIỀU DƯỠNG"],
        nguoi_ky="Nguyễn Thị Hoài Thu",
        seal_text="BỆNH VIỆN ĐA KHOA TỈNH HÀ TĨNH * SỞ Y TẾ HÀ TĨNH * ",
        refs=[r_kh, r_cv, r_luat],
    )


def doc_ho5_kh_ubnd_chat_thai() -> Doc:
    r_luat = Ref("Luật", "72/2020/QH14", date(2020, 11, 17), ten="Luật Bảo vệ môi trường")
    r_nd = Ref("Nghị định", "08/2022/NĐ-CP", date(2022, 1, 10), "Chính phủ", long_date=False)
    r_kh = Ref(
        "Kế hoạch",
        "04/KH-UBND",
        date(2025, 1, 6),
        "Ủy ban nhân dân tỉnh Nam Định",
        long_date=False,
        pad=False,
    )
    tnmt = "Phòng Tài nguyên và Môi trường"
    table = Table(
        header=["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        columns=["stt", "nhiem_vu", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_gian"],
        widths=[0.06, 0.36, 0.21, 0.23, 0.14],
        align=["c", "l", "l", "l", "c"],
        size=11.5,
        rows=[
            [
                "1",
                "Tuyên truyền, hướng dẫn phân loại chất thải rắn sinh hoạt tại nguồn trên hệ "
                "thống truyền thanh",
                "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
                f"{tnmt}; UBND các xã, thị trấn",
                "Hằng tháng",
            ],
            [
                "2",
                "Hỗ trợ thùng phân loại rác cho hộ gia đình tại 03 xã điểm Hải Đông, Hải Lý, "
                "Hải Xuân",
                "Phòng Tài chính - Kế hoạch",
                f"{tnmt}; UBND các xã điểm",
                "Tháng 6/2025",
            ],
            [
                "3",
                "Rà soát, di dời các điểm tập kết, trung chuyển rác thải không bảo đảm vệ sinh "
                "môi trường",
                tnmt,
                "UBND các xã, thị trấn",
                "Quý III/2025",
            ],
            [
                "4",
                "Ký hợp đồng dịch vụ thu gom, vận chuyển rác thải; giám sát việc thu gom bảo "
                "đảm đúng tần suất",
                "UBND các xã, thị trấn",
                tnmt,
                "Trước ngày 31/3/2025",
            ],
            [
                "5",
                "Nâng cấp khu xử lý chất thải rắn sinh hoạt tập trung của huyện tại xã Hải Đông",
                "Ban Quản lý dự án đầu tư xây dựng huyện",
                "Phòng Tài chính - Kế hoạch; UBND xã Hải Đông",
                "Quý IV/2025",
            ],
            [
                "6",
                "Kiểm tra, xử lý hành vi vứt, đổ rác thải không đúng nơi quy định, nhất là khu "
                "vực ven biển, ven sông, kênh",
                "Công an huyện",
                f"{tnmt}; UBND các xã, thị trấn",
                "Thường xuyên",
            ],
            [
                "7",
                "Tổ chức ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới (05/6)",
                "Huyện đoàn Hải Hậu",
                "Hội Liên hiệp Phụ nữ huyện; Hội Nông dân huyện",
                "Tháng 6/2025",
            ],
            [
                "8",
                "Tổng hợp, đánh giá kết quả thực hiện Kế hoạch; báo cáo Ủy ban nhân dân tỉnh và "
                "Sở Tài nguyên và Môi trường",
                tnmt,
                "Văn phòng HĐND và UBND huyện",
                "Trước ngày 20/11/2025",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()}; {r_nd.cite()} quy định chi tiết một số điều của Luật "
            "Bảo vệ môi trường;"
        ),
        Para(
            f"Thực hiện {r_kh.cite()} về quản lý chất thải rắn sinh hoạt năm 2025, Ủy ban nhân "
            "dân huyện Hải Hậu ban hành Kế hoạch thực hiện như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Nâng tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 98% ở khu vực thị "
            "trấn và 92% ở khu vực nông thôn; 100% thôn, tổ dân phố có điểm tập kết rác bảo "
            "đảm vệ sinh môi trường."
        ),
        Para(
            "2. Phân công rõ trách nhiệm của từng cơ quan, đơn vị, Ủy ban nhân dân các xã, thị "
            "trấn; gắn với tiêu chí môi trường trong xây dựng nông thôn mới nâng cao."
        ),
        H("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
        Para(
            "Lượng chất thải rắn sinh hoạt phát sinh trên địa bàn huyện khoảng 186,5 tấn/ngày, "
            "đã thu gom, xử lý 169,2 tấn/ngày (đạt 90,7%). Nhiệm vụ cụ thể như sau:"
        ),
        table,
        H("III. KINH PHÍ THỰC HIỆN"),
        Para(
            "Kinh phí thực hiện Kế hoạch khoảng 4.862,5 triệu đồng, bố trí từ nguồn sự nghiệp "
            "môi trường của ngân sách huyện năm 2025, ngân sách các xã, thị trấn và nguồn xã "
            "hội hóa theo quy định."
        ),
        H("IV. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn căn cứ nhiệm vụ được "
            "giao xây dựng kế hoạch cụ thể; báo cáo kết quả 6 tháng (trước ngày 15/6/2025) và "
            "năm (trước ngày 15/11/2025) về Phòng Tài nguyên và Môi trường để tổng hợp."
        ),
        Para(
            "2. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị kịp thời báo cáo Ủy ban "
            "nhân dân huyện (qua Phòng Tài nguyên và Môi trường) để xem xét, giải quyết./."
        ),
    ]
    return Doc(
        name="ho5_kh_ubnd_haihau_chat_thai",
        description=(
            "Kế hoạch of a coastal district People's Committee (ỦY BAN NHÂN DÂN / HUYỆN HẢI "
            "HẬU on two bold lines, no parent body, the district as place name); one Căn cứ "
            "line with Luật Bảo vệ môi trường (long date) and Nghị định 08/2022/NĐ-CP with a "
            "padded short date (ngày 10/01/2022), the provincial plan with an unpadded one "
            "(ngày 6/1/2025); a ruled task table STT / Nội dung / Cơ quan chủ trì / Cơ quan "
            "phối hợp / Thời gian with 8 rows (deadlines Hằng tháng, Tháng 6/2025, Quý III/2025, "
            "Trước ngày 31/3/2025, Quý IV/2025, Thường xuyên, Trước ngày 20/11/2025; a date "
            "(05/6) inside a task); figures 186,5 tấn/ngày, 90,7%, 4.862,5 triệu đồng; Nơi nhận "
            "with (b/c) and (để t/h); KT. CHỦ TỊCH / PHÓ CHỦ TỊCH; -1.3° skew."
        ),
        tests="district KH; 8-row task table (Cơ quan chủ trì / phối hợp); KT. CHỦ TỊCH",
        origin=TEAM,
        seed=942,
        scan=Scan(
            rotation_deg=-1.3,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=58,
            paper=(245, 241, 231),
            illumination=0.07,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "HUYỆN HẢI HẬU"],
        so="27",
        ky_hieu="KH-UBND",
        dia_danh="Hải Hậu",
        ngay=date(2025, 2, 12),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject=(
            "Thu gom, vận chuyển và xử lý chất thải rắn sinh hoạt trên địa bàn huyện Hải Hậu "
            "năm 2025"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "UBND tỉnh Nam Định (b/c)",
                "Sở Tài nguyên và Môi trường (b/c)",
                "TT Huyện ủy, TT HĐND huyện",
                "CT, các PCT UBND huyện",
                "Các đơn vị tại Mục II (để t/h)",
                "UBND các xã, thị trấn (để t/h)",
                "Lưu: VT, TNMT",
            ]
        ),
        signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Trần Văn Khiêm",
        seal_text="ỦY BAN NHÂN DÂN HUYỆN HẢI HẬU * TỈNH NAM ĐỊNH * ",
        refs=[r_luat, r_nd, r_kh],
    )


def doc_ho5_cv_cckl_chay_rung() -> Doc:
    r_cd = Ref(
        "Công điện",
        "07/CĐ-UBND",
        date(2025, 6, 9),
        "Chủ tịch Ủy ban nhân dân tỉnh",
        long_date=False,
        pad=False,
    )
    r_luat = Ref("Luật", "16/2017/QH14", date(2017, 11, 15), ten="Luật Lâm nghiệp")
    r_nd = Ref("Nghị định", "156/2018/NĐ-CP", date(2018, 11, 16), "Chính phủ", long_date=False)
    body: list[Block] = [
        Para(
            "Theo dự báo của Đài Khí tượng Thủy văn tỉnh, từ ngày 12/6 đến ngày 20/6/2025 trên "
            "địa bàn tỉnh tiếp tục nắng nóng gay gắt, nhiệt độ cao nhất từ 38 đến 40 độ C, có nơi "
            "trên 41 độ C; cấp dự báo cháy rừng tại các xã Thượng Trạch, Tân Trạch (huyện Bố "
            "Trạch) và Thượng Hóa, Trung Hóa (huyện Minh Hóa) ở cấp V (cấp cực kỳ nguy hiểm)."
        ),
        Para(
            f"Thực hiện {r_cd.cite()} về việc triển khai các biện pháp cấp bách phòng cháy, "
            f"chữa cháy rừng, theo quy định của {r_luat.cite()} và {r_nd.cite()} quy định chi "
            "tiết thi hành một số điều của Luật Lâm nghiệp, Chi cục Kiểm lâm đề nghị Quý Ban "
            "thực hiện ngay các nội dung sau:"
        ),
        Para(
            "1. Duy trì nghiêm chế độ trực phòng cháy, chữa cháy rừng 24/24 giờ; tăng cường "
            "tuần tra tại các chòi canh lửa và khu vực rừng tiếp giáp khu dân cư, nương rẫy."
        ),
        Para(
            "2. Tạm dừng mọi hoạt động đốt thực bì, xử lý vật liệu cháy trong rừng và ven rừng "
            "đến khi hết đợt nắng nóng; kiểm soát chặt chẽ người và phương tiện ra, vào rừng."
        ),
        Para(
            "3. Sẵn sàng phương tiện, dụng cụ chữa cháy theo phương châm “bốn tại chỗ”; khi "
            "xảy ra cháy phải dập tắt ngay từ giờ đầu, không để cháy lan rộng."
        ),
        Para(
            "4. Báo cáo nhanh tình hình cháy rừng (nếu có) qua số điện thoại trực "
            "0232.3822.175; báo cáo kết quả thực hiện trước 16 giờ 00 ngày 20/6/2025."
        ),
        Para("Đề nghị Quý Ban khẩn trương triển khai thực hiện./."),
        Para("", gap=24),  # blank space above the one-line signer block (clear of the seal)
    ]
    return Doc(
        name="ho5_cv_cckl_quangbinh_chay_rung",
        description=(
            "HỎA TỐC Công văn of a forest protection sub-department: the parent on two regular "
            "lines (SỞ NÔNG NGHIỆP / VÀ MÔI TRƯỜNG) above the bold issuer CHI CỤC KIỂM LÂM, "
            "number with the code CCKL-QLBVR, a two-line V/v, the HỎA TỐC box; centred single "
            "'Kính gửi: Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng.' (a hyphen in the "
            "name); a Chairman's Công điện with an unpadded short date (ngày 9/6/2025), Luật "
            "Lâm nghiệp with a long date and Nghị định 156/2018/NĐ-CP with a short date (ngày "
            "16/11/2018) in one sentence; "
            "a phone number and a deadline in the body; signer CHI CỤC TRƯỞNG without a "
            "prefix; +1.2° skew."
        ),
        tests="CV of a Chi cục; HỎA TỐC; two-line parent; centred single Kính gửi; no prefix",
        origin=TEAM,
        seed=943,
        scan=Scan(
            rotation_deg=1.2,
            noise_sigma=6,
            blur=0.8,
            jpeg_quality=60,
            paper=(246, 242, 231),
            illumination=0.08,
        ),
        chu_quan=["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"],
        ban_hanh=["CHI CỤC KIỂM LÂM"],
        so="214",
        ky_hieu="CCKL-QLBVR",
        vv="tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng",
        do_khan="HỎA TỐC",
        dia_danh="Quảng Bình",
        ngay=date(2025, 6, 12),
        loai_van_ban="Công văn",
        kinh_gui=["Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Sở Nông nghiệp và Môi trường (b/c)",
                "Hạt Kiểm lâm Bố Trạch, Minh Hóa (để t/h)",
                "Lưu: VT, QLBVR",
            ]
        ),
        signer=["CHI CỤC TRƯỞNG"],
        nguoi_ky="Lê Xuân Quang",
        seal_text="CHI CỤC KIỂM LÂM * TỈNH QUẢNG BÌNH * ",
        refs=[r_cd, r_luat, r_nd],
    )


def doc_ho5_bc_sct_cong_nghiep() -> Doc:
    r_cv = Ref(
        "Công văn",
        "2035/UBND-KT",
        date(2025, 6, 5),
        "UBND tỉnh",
        long_date=False,
        pad=False,
    )
    r_nq = Ref(
        "Nghị quyết",
        "112/NQ-HĐND",
        date(2024, 12, 6),
        "Hội đồng nhân dân tỉnh",
        long_date=False,
    )
    r_qd = Ref("Quyết định", "1476/QĐ-UBND", date(2024, 12, 20), "Ủy ban nhân dân tỉnh")
    table = Table(
        header=[
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Thực hiện 6 tháng năm 2024",
            "Ước thực hiện 6 tháng năm 2025",
            "So với cùng kỳ (%)",
        ],
        columns=["stt", "chi_tieu", "don_vi_tinh", "thuc_hien_2024", "uoc_2025", "so_sanh"],
        widths=[0.07, 0.33, 0.14, 0.16, 0.16, 0.14],
        align=["c", "l", "c", "c", "c", "c"],
        size=11.5,
        rows=[
            [
                "1",
                "Giá trị sản xuất công nghiệp (giá so sánh 2010)",
                "tỷ đồng",
                "598.412,6",
                "643.918,3",
                "107,60",
            ],
            ["2", "Điện thoại di động", "triệu chiếc", "48,2", "51,7", "107,26"],
            ["3", "Máy tính bảng", "nghìn chiếc", "8.214", "8.957", "109,05"],
            ["4", "Điện thương phẩm", "triệu kWh", "6.128,5", "6.742,7", "110,02"],
            [
                "5",
                "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
                "tỷ đồng",
                "56.820,4",
                "62.314,9",
                "109,67",
            ],
            ["6", "Kim ngạch xuất khẩu", "triệu USD", "19.542,3", "21.786,5", "111,48"],
            ["7", "Kim ngạch nhập khẩu", "triệu USD", "16.705,8", "18.290,1", "109,48"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc báo cáo tình hình thực hiện nhiệm vụ phát triển "
            "kinh tế - xã hội 6 tháng đầu năm 2025, Sở Công Thương báo cáo như sau:"
        ),
        H("I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025"),
        H("1. Sản xuất công nghiệp"),
        Para(
            f"Triển khai {r_nq.cite()} về kế hoạch phát triển kinh tế - xã hội năm 2025 và "
            f"{r_qd.cite()} về việc giao chỉ tiêu kế hoạch năm 2025, Sở đã phối hợp với các "
            "doanh nghiệp tháo gỡ khó khăn về mặt bằng, nguồn điện và thủ tục đầu tư. Chỉ số "
            "sản xuất công nghiệp (IIP) 6 tháng ước tăng 8,35% so với cùng kỳ; một số sản phẩm "
            "chủ lực tăng khá: điện thoại di động tăng 7,26%, máy tính bảng tăng 9,05%."
        ),
        H("2. Thương mại, xuất nhập khẩu"),
        Para(
            "Thị trường hàng hóa ổn định, không xảy ra tình trạng khan hiếm, tăng giá đột biến. "
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 62.314,9 tỷ đồng, "
            "tăng 9,67%; kim ngạch xuất khẩu ước đạt 21.786,5 triệu USD, tăng 11,48% so với "
            "cùng kỳ năm 2024."
        ),
        Para("Kết quả một số chỉ tiêu chủ yếu như sau:", keep=4),
        table,
        H("3. Tồn tại, hạn chế"),
        Para(
            "Sản xuất công nghiệp phụ thuộc lớn vào khu vực có vốn đầu tư nước ngoài (chiếm "
            "92,6% giá trị sản xuất); tỷ lệ nội địa hóa còn thấp; tiến độ đầu tư hạ tầng một "
            "số cụm công nghiệp còn chậm."
        ),
        H("II. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2025"),
        Para(
            "1. Theo dõi sát tình hình sản xuất của các doanh nghiệp lớn; kịp thời báo cáo Ủy "
            "ban nhân dân tỉnh những khó khăn, vướng mắc vượt thẩm quyền."
        ),
        Para(
            "2. Phối hợp với Công ty Điện lực Bắc Ninh bảo đảm cung ứng điện cho sản xuất, nhất "
            "là trong các tháng cao điểm nắng nóng."
        ),
        Para(
            "3. Đẩy mạnh xúc tiến thương mại, hỗ trợ doanh nghiệp tận dụng các hiệp định thương "
            "mại tự do; phấn đấu kim ngạch xuất khẩu cả năm đạt 45.000 triệu USD."
        ),
        Para(
            "Trên đây là báo cáo tình hình sản xuất công nghiệp, thương mại 6 tháng đầu năm "
            "2025 của Sở Công Thương tỉnh Bắc Ninh./."
        ),
        Para("", gap=24),  # blank space above the one-line signer block (clear of the seal)
    ]
    return Doc(
        name="ho5_bc_sct_bacninh_cong_nghiep",
        description=(
            "Báo cáo of a provincial Department of Industry and Trade under its parent body "
            "(UBND TỈNH BẮC NINH / SỞ CÔNG THƯƠNG), Kính gửi with two addressees; a UBND "
            "Công văn with an unpadded short date (ngày 5/6/2025), a HĐND resolution with a "
            "padded one (ngày 06/12/2024) and a UBND decision with a long date in the same "
            "sentence; a ruled 6-column statistics table (STT / Chỉ tiêu / Đơn vị tính / two "
            "half-year columns / So với cùng kỳ (%)) of 7 rows with thousands points and "
            "decimal commas (598.412,6; 8.214; 107,60), units such as triệu USD and triệu kWh; "
            "figures in the text (8,35%, 62.314,9 tỷ đồng); signer Q. GIÁM ĐỐC on one line "
            "(truth: tham_quyen_ky Q., chuc_vu_nguoi_ky 'Q. GIÁM ĐỐC' as printed); blur 1.0."
        ),
        tests="BC of a Sở; two addressees; statistics table with decimals; Q. GIÁM ĐỐC",
        origin=TEAM,
        seed=944,
        scan=Scan(
            rotation_deg=-0.6,
            noise_sigma=5,
            blur=1.0,
            jpeg_quality=66,
            paper=(247, 244, 235),
            illumination=0.06,
        ),
        chu_quan=["UBND TỈNH BẮC NINH"],
        ban_hanh=["SỞ CÔNG THƯƠNG"],
        so="318",
        ky_hieu="BC-SCT",
        dia_danh="Bắc Ninh",
        ngay=date(2025, 6, 19),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject=(
            "Tình hình sản xuất công nghiệp, thương mại 6 tháng đầu năm và nhiệm vụ, giải pháp "
            "6 tháng cuối năm 2025"
        ),
        kinh_gui=["Bộ Công Thương", "Ủy ban nhân dân tỉnh Bắc Ninh"],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Sở Tài chính",
                "Văn phòng UBND tỉnh",
                "Giám đốc, các PGĐ Sở",
                "Lưu: VT, KHTC",
            ]
        ),
        signer=["Q. GIÁM ĐỐC"],
        nguoi_ky="Nguyễn Đình Hưng",
        seal_text="SỞ CÔNG THƯƠNG * TỈNH BẮC NINH * ",
        refs=[r_cv, r_nq, r_qd],
    )


def doc_ho5_qd_dhbl_tot_nghiep() -> Doc:
    r_lgd = Ref("Luật", "08/2012/QH13", date(2012, 6, 18), ten="Luật Giáo dục đại học")
    r_lsd = Ref(
        "Luật",
        "34/2018/QH14",
        date(2018, 11, 19),
        ten="Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học",
        long_date=False,
    )
    r_tt = Ref(
        "Thông tư",
        "08/2021/TT-BGDĐT",
        date(2021, 3, 18),
        "Bộ trưởng Bộ Giáo dục và Đào tạo",
        long_date=False,
    )
    r_nq = Ref(
        "Nghị quyết",
        "15/NQ-HĐT",
        date(2023, 9, 5),
        "Hội đồng trường Trường Đại học Bạc Liêu",
        long_date=False,
        pad=False,
    )
    r_qc = Ref(
        "Quyết định",
        "742/QĐ-ĐHBL",
        date(2021, 8, 12),
        "Hiệu trưởng Trường Đại học Bạc Liêu",
    )
    table = Table(
        header=[
            "STT",
            "Ngành đào tạo",
            "Mã ngành",
            "Tổng số",
            "Xuất sắc, giỏi",
            "Khá",
            "Trung bình",
        ],
        columns=["stt", "nganh", "ma_nganh", "tong_so", "xuat_sac_gioi", "kha", "trung_binh"],
        widths=[0.08, 0.32, 0.14, 0.11, 0.13, 0.1, 0.12],
        align=["c", "l", "c", "c", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Giáo dục Tiểu học", "7140202", "68", "16", "44", "8"],
            ["2", "Kế toán", "7340301", "74", "12", "45", "17"],
            ["3", "Quản trị kinh doanh", "7340101", "52", "7", "31", "14"],
            ["4", "Công nghệ thông tin", "7480201", "49", "9", "27", "13"],
            ["5", "Ngôn ngữ Anh", "7220201", "45", "11", "26", "8"],
            ["6", "Nuôi trồng thủy sản", "7620301", "38", "6", "25", "7"],
            ["", "Tổng cộng", "", "326", "61", "198", "67"],
        ],
    )
    body: list[Block] = [
        Para(
            "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC BẠC LIÊU",
            style=BOLD,
            align="center",
            indent=0,
            gap=2,
        ),
        Para(f"Căn cứ {r_lgd.cite()}; {r_lsd.cite()};", style=ITALIC, gap=6),
        Para(
            f"Căn cứ {r_tt.cite()} ban hành Quy chế đào tạo trình độ đại học;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_nq.cite()} ban hành Quy chế tổ chức và hoạt động của Trường;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_qc.cite()} ban hành Quy chế đào tạo của Trường;",
            style=ITALIC,
        ),
        Para(
            "Xét đề nghị của Hội đồng xét tốt nghiệp tại Biên bản họp ngày 17/6/2025 và của "
            "Trưởng phòng Đào tạo.",
            style=ITALIC,
        ),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Công nhận tốt nghiệp và cấp bằng tốt nghiệp đại học hệ chính quy cho "
            "326 sinh viên thuộc 06 ngành đào tạo, trong đó xếp loại xuất sắc 04, giỏi 57, khá "
            "198, trung bình 67 sinh viên (chi tiết tại Phụ lục kèm theo).",
            gap=4,
        ),
        Para(
            "**Điều 2.** Phòng Đào tạo có trách nhiệm in, cấp phát bằng tốt nghiệp, bảng điểm "
            "cho sinh viên có tên tại Điều 1 và quản lý hồ sơ theo quy định.",
            gap=4,
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Trưởng các phòng, khoa có "
            "liên quan và các sinh viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định "
            "này./.",
            gap=4,
        ),
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "TỔNG HỢP SỐ SINH VIÊN ĐƯỢC CÔNG NHẬN TỐT NGHIỆP ĐẠI HỌC HỆ CHÍNH QUY ĐỢT THÁNG 6 "
            "NĂM 2025",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Quyết định số 1052/QĐ-ĐHBL ngày 20/6/2025 của Hiệu trưởng Trường Đại "
            "học Bạc Liêu)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        Para("Đơn vị tính: sinh viên", style=ITALIC, align="right", indent=0, size=12.0),
        table,
    ]
    return Doc(
        name="ho5_qd_dhbl_baclieu_tot_nghiep",
        description=(
            "Quyết định of a provincial university (parent UBND TỈNH BẠC LIÊU, issuer TRƯỜNG "
            "ĐẠI HỌC BẠC LIÊU on one bold line), number QĐ-ĐHBL, authority line HIỆU TRƯỞNG "
            "TRƯỜNG ĐẠI HỌC BẠC LIÊU; italic Căn cứ lines: Luật Giáo dục đại học with a long "
            "date and the amending law (a comma in its name) with a short date in one line, "
            "Thông tư 08/2021/TT-BGDĐT with a padded short date (ngày 18/03/2021), a Hội đồng "
            "trường resolution with an unpadded one (ngày 5/9/2023), the university's own "
            "earlier decision with a long date; a Xét line with an unnumbered Biên bản and its "
            "date (not a cited document); Điều 1-3; signer KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG, "
            "the name with the degree 'TS.' (kept in nguoi_ky); a Phụ lục page after the "
            "signature with a 7-column table of graduates per programme (programme codes such "
            "as 7140202, a Tổng cộng row with empty STT and code cells). The Phụ lục's 'Kèm "
            "theo Quyết định số 1052/QĐ-ĐHBL ...' names the document itself and is not a "
            "related document."
        ),
        tests="QĐ of a university rector; Căn cứ; KT. HIỆU TRƯỞNG; Phụ lục table after signer",
        origin=TEAM,
        seed=945,
        scan=Scan(
            rotation_deg=0.5,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=68,
            paper=(248, 245, 236),
            illumination=0.05,
        ),
        chu_quan=["UBND TỈNH BẠC LIÊU"],
        ban_hanh=["TRƯỜNG ĐẠI HỌC BẠC LIÊU"],
        so="1052",
        ky_hieu="QĐ-ĐHBL",
        dia_danh="Bạc Liêu",
        ngay=date(2025, 6, 20),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "Về việc công nhận tốt nghiệp và cấp bằng tốt nghiệp đại học hệ chính quy đợt tháng "
            "6 năm 2025"
        ),
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "UBND tỉnh Bạc Liêu (b/c)",
                "Chủ tịch Hội đồng trường (b/c)",
                "Ban Giám hiệu",
                "Lưu: VT, PĐT",
            ]
        ),
        signer=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"],
        nguoi_ky="TS. Lâm Văn Thịnh",
        seal_text="TRƯỜNG ĐẠI HỌC BẠC LIÊU * TỈNH BẠC LIÊU * ",
        refs=[r_lgd, r_lsd, r_tt, r_nq, r_qc],
    )


def doc_ho5_hd_ldld_thang_cong_nhan() -> Doc:
    r_kh_ubnd = Ref(
        "Kế hoạch",
        "762/KH-UBND",
        date(2025, 3, 7),
        "Ủy ban nhân dân tỉnh",
        long_date=False,
    )
    r_kh_ld = Ref(
        "Kế hoạch",
        "85/KH-LĐLĐ",
        date(2025, 1, 21),
        "Ban Thường vụ Liên đoàn Lao động tỉnh",
    )
    r_blld = Ref("Bộ luật", "45/2019/QH14", date(2019, 11, 20), ten="Bộ luật Lao động")
    r_atvs = Ref(
        "Luật",
        "84/2015/QH13",
        date(2015, 6, 25),
        ten="Luật An toàn, vệ sinh lao động",
        long_date=False,
        pad=False,
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_kh_ubnd.cite()} về tổ chức Tháng hành động về an toàn, vệ sinh lao "
            f"động năm 2025 và {r_kh_ld.cite()} về hoạt động chăm lo, bảo vệ quyền, lợi ích "
            "hợp pháp, chính đáng của đoàn viên, người lao động năm 2025, Ban Thường vụ Liên "
            "đoàn Lao động tỉnh hướng dẫn tổ chức các hoạt động Tháng Công nhân và Tháng hành "
            "động về an toàn, vệ sinh lao động năm 2025 như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            f"1. Tuyên truyền sâu rộng các quy định của {r_blld.cite()}, {r_atvs.cite()} và "
            "các văn bản hướng dẫn thi hành; nâng cao nhận thức, trách nhiệm của người sử dụng "
            "lao động và người lao động trong bảo đảm an toàn, vệ sinh lao động."
        ),
        Para(
            "2. Các hoạt động được tổ chức thiết thực, tiết kiệm, hướng về cơ sở; chú trọng "
            "thăm hỏi, hỗ trợ đoàn viên, người lao động có hoàn cảnh khó khăn, bị tai nạn lao "
            "động, bệnh nghề nghiệp."
        ),
        H("II. THỜI GIAN, ĐỐI TƯỢNG"),
        Para("1. Thời gian: từ ngày 01/5/2025 đến hết ngày 31/5/2025."),
        Para(
            "2. Đối tượng: đoàn viên, người lao động trong các cơ quan, đơn vị, doanh nghiệp "
            "trên địa bàn tỉnh, ưu tiên doanh nghiệp có đông lao động nữ, lao động ngoại tỉnh."
        ),
        H("III. NỘI DUNG HOẠT ĐỘNG"),
        Para(
            "1. Tổ chức Lễ phát động Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao "
            "động cấp tỉnh tại Khu công nghiệp Đại An, thành phố Hải Dương vào ngày 05/5/2025."
        ),
        Para(
            "2. Công đoàn cơ sở phối hợp với người sử dụng lao động tổ chức đối thoại, hội nghị "
            "người lao động; rà soát máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động; "
            "tổ chức “Bữa cơm Công đoàn” với giá trị tối thiểu 25.000 đồng/suất."
        ),
        Para(
            "3. Thăm hỏi, tặng 1.200 suất quà (mỗi suất trị giá 500.000 đồng) cho đoàn viên, "
            "người lao động có hoàn cảnh đặc biệt khó khăn; hỗ trợ xây dựng, sửa chữa 15 “Mái "
            "ấm Công đoàn”."
        ),
        H("IV. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Ban Tuyên giáo - Nữ công chủ trì tổ chức Lễ phát động, hướng dẫn công tác tuyên "
            "truyền trên các phương tiện thông tin đại chúng; hoàn thành trước ngày 25/4/2025."
        ),
        Para(
            "2. Ban Chính sách - Pháp luật phối hợp với Sở Nội vụ kiểm tra công tác an toàn, "
            "vệ sinh lao động tại 20 doanh nghiệp trong tháng 5/2025."
        ),
        Para(
            "3. Liên đoàn Lao động các huyện, thị xã, thành phố, công đoàn ngành và Công đoàn "
            "các Khu công nghiệp tỉnh xây dựng kế hoạch cụ thể; báo cáo kết quả về Liên đoàn "
            "Lao động tỉnh (qua Ban Tuyên giáo - Nữ công) trước ngày 10/6/2025."
        ),
        Para(
            "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị phản ánh về Liên "
            "đoàn Lao động tỉnh để được hướng dẫn./."
        ),
    ]
    return Doc(
        name="ho5_hd_ldld_haiduong_thang_cong_nhan",
        description=(
            "Hướng dẫn of a provincial trade-union federation, a mass organisation that uses "
            "the NĐ 30 layout (parent TỔNG LĐLĐ VIỆT NAM, issuer on two bold lines LIÊN ĐOÀN "
            "LAO ĐỘNG / TỈNH HẢI DƯƠNG), a number below ten with its leading zero (Số: "
            "09/HD-LĐLĐ, truth so '09'); a UBND Kế hoạch with a padded short date (ngày "
            "07/03/2025) and the federation's own Kế hoạch with a long date (ngày 21 tháng 01 "
            "năm 2025) in one sentence; Bộ luật Lao động with a long date and Luật An toàn, vệ "
            "sinh lao động (a comma in its name) with an unpadded short date (ngày 25/6/2015); "
            "numbered sections I-IV with deadlines in the text; curly quotes; signer TM. BAN "
            "THƯỜNG VỤ / PHÓ CHỦ TỊCH (truth: tham_quyen_ky TM., chuc_vu_nguoi_ky PHÓ CHỦ "
            "TỊCH); noise σ 7, JPEG q56."
        ),
        tests="HD of a trade-union federation; Số 09; Bộ luật cited; TM. BAN THƯỜNG VỤ",
        origin=TEAM,
        seed=946,
        scan=Scan(
            rotation_deg=-0.9,
            noise_sigma=7,
            blur=0.9,
            jpeg_quality=56,
            paper=(245, 241, 230),
            illumination=0.08,
        ),
        chu_quan=["TỔNG LĐLĐ VIỆT NAM"],
        ban_hanh=["LIÊN ĐOÀN LAO ĐỘNG", "TỈNH HẢI DƯƠNG"],
        so="09",
        ky_hieu="HD-LĐLĐ",
        dia_danh="Hải Dương",
        ngay=date(2025, 4, 2),
        title="HƯỚNG DẪN",
        loai_van_ban="Hướng dẫn",
        subject=(
            "Tổ chức các hoạt động Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao "
            "động năm 2025"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Tổng LĐLĐ Việt Nam (b/c)",
                "Thường trực Tỉnh ủy (b/c)",
                "UBND tỉnh, Sở Nội vụ",
                "Các LĐLĐ huyện, thị xã, thành phố; CĐ ngành, CĐ các KCN (để t/h)",
                "Lưu: VT, TG-NC",
            ]
        ),
        signer=["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Phạm Thị Thu Hường",
        seal_text="LIÊN ĐOÀN LAO ĐỘNG TỈNH HẢI DƯƠNG * ",
        refs=[r_kh_ubnd, r_kh_ld, r_blld, r_atvs],
    )


HELDOUT5_DOCS = [
    doc_ho5_tb_bvdk_tap_huan,
    doc_ho5_kh_ubnd_chat_thai,
    doc_ho5_cv_cckl_chay_rung,
    doc_ho5_bc_sct_cong_nghiep,
    doc_ho5_qd_dhbl_tot_nghiep,
    doc_ho5_hd_ldld_thang_cong_nhan,
]


# --------------------------------------------------------------------------------------
# Sixth held-out set (benchmarks/heldout6/): written blind (without running the pipeline
# or reading its code) and never used to tune it; other provinces, agencies and layouts
# --------------------------------------------------------------------------------------

HELDOUT6_DIR = REPO_ROOT / "benchmarks" / "heldout6"


def doc_ho6_qd_ubnd_giao_thong() -> Doc:
    r_luat = Ref(
        "Luật", "77/2015/QH13", date(2015, 6, 19), ten="Luật Tổ chức chính quyền địa phương"
    )
    r_nq = Ref(
        "Nghị quyết",
        "12/2023/NQ-HĐND",
        date(2023, 7, 14),
        "Hội đồng nhân dân tỉnh Thái Bình",
        long_date=False,
        pad=False,
    )
    r_kh = Ref(
        "Kế hoạch",
        "21/KH-UBND",
        date(2024, 2, 6),
        "Ủy ban nhân dân huyện",
        long_date=False,
    )
    r_ttr = Ref("Tờ trình", "86/TTr-KTHT", date(2024, 9, 3), long_date=False, pad=False)
    table = Table(
        header=["STT", "Tên tuyến đường", "Xã", "Chiều dài (km)", "Xi măng hỗ trợ (tấn)"],
        columns=["stt", "ten_tuyen", "xa", "chieu_dai", "xi_mang"],
        widths=[0.08, 0.4, 0.18, 0.15, 0.19],
        align=["c", "l", "l", "c", "c"],
        size=12.0,
        rows=[
            [
                "1",
                "Đường trục thôn Nam Hòa, đoạn từ nhà văn hóa đến cống Đồng Sậy",
                "Vũ Quý",
                "1,25",
                "212,5",
            ],
            ["2", "Đường nội đồng khu Đồng Lạc, thôn Tân Cơ", "Thanh Tân", "0,86", "146,2"],
            ["3", "Đường ngõ xóm thôn Lạc Thành (03 tuyến)", "Bình Thanh", "1,42", "241,4"],
            ["4", "Đường trục xã nối Quốc lộ 37B đến trường mầm non", "Nam Bình", "2,10", "357,0"],
            ["5", "Đường ra khu nuôi trồng thủy sản ven đê", "Lê Lợi", "0,95", "161,5"],
            ["", "Tổng cộng", "", "6,58", "1.118,6"],
        ],
    )
    body: list[Block] = [
        Para(
            "ỦY BAN NHÂN DÂN HUYỆN KIẾN XƯƠNG",
            style=BOLD,
            align="center",
            indent=0,
            gap=2,
        ),
        Para(f"Căn cứ {r_luat.cite()};", style=ITALIC, gap=6),
        Para(
            f"Căn cứ {r_nq.cite()} quy định chính sách hỗ trợ xi măng làm đường giao thông "
            "nông thôn trên địa bàn tỉnh giai đoạn 2023 - 2025;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_kh.cite()} về phát triển giao thông nông thôn năm 2024;",
            style=ITALIC,
        ),
        Para(
            f"Theo đề nghị của Phòng Kinh tế và Hạ tầng tại {r_ttr.cite()} và kết quả thẩm "
            "định hồ sơ đăng ký của Ủy ban nhân dân các xã.",
            style=ITALIC,
        ),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Phê duyệt Danh mục 05 tuyến đường giao thông nông thôn được hỗ trợ xi "
            "măng năm 2024 (đợt 2) với tổng chiều dài 6,58 km, khối lượng xi măng hỗ trợ "
            "1.118,6 tấn (chi tiết tại Phụ lục kèm theo).",
            gap=4,
        ),
        Para(
            "**Điều 2.** Ủy ban nhân dân các xã có tên tại Phụ lục tổ chức tiếp nhận, quản lý, "
            "sử dụng xi măng đúng mục đích; huy động nhân dân đóng góp cát, đá, ngày công; thi "
            "công đúng quy cách, hoàn thành trước ngày 31/12/2024. Phòng Kinh tế và Hạ tầng "
            "hướng dẫn kỹ thuật, kiểm tra, nghiệm thu và tổng hợp, báo cáo kết quả.",
            gap=4,
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND "
            "huyện, Trưởng các phòng: Kinh tế và Hạ tầng, Tài chính - Kế hoạch, Nông nghiệp và "
            "Phát triển nông thôn; Chủ tịch Ủy ban nhân dân các xã có tên tại Điều 1 và các cơ "
            "quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.",
            gap=4,
        ),
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "DANH MỤC CÁC TUYẾN ĐƯỜNG GIAO THÔNG NÔNG THÔN ĐƯỢC HỖ TRỢ XI MĂNG NĂM 2024 (ĐỢT 2)",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Quyết định số 1865/QĐ-UBND ngày 10/9/2024 của Ủy ban nhân dân huyện "
            "Kiến Xương)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        table,
        Para(
            "Ghi chú: mặt đường bê tông xi măng rộng 3,0 m, dày 18 cm; định mức hỗ trợ 170 tấn "
            "xi măng/km.",
            style=ITALIC,
            indent=0,
            size=12.0,
            gap=6,
        ),
    ]
    return Doc(
        name="ho6_qd_ubnd_kienxuong_giao_thong",
        description=(
            "Quyết định of a district People's Committee as a collective body (ỦY BAN NHÂN "
            "DÂN / HUYỆN KIẾN XƯƠNG on two bold lines, no parent body, the district as place "
            "name), authority line ỦY BAN NHÂN DÂN HUYỆN KIẾN XƯƠNG; italic Căn cứ lines: Luật "
            "Tổ chức chính quyền địa phương with a long date, a provincial HĐND resolution "
            "with an unpadded short date (ngày 14/7/2023), the district's Kế hoạch with a "
            "padded one (ngày 06/02/2024); a 'Theo đề nghị' line with a Tờ trình (ngày "
            "3/9/2024) whose issuer is named before it (truth co_quan null); Điều 1-3 with a "
            "deadline; signer TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH (truth: tham_quyen_ky TM., "
            "chuc_vu_nguoi_ky CHỦ TỊCH); a Phụ lục page after the signature with a 5-column "
            "list of roads (km and tấn with decimal commas, a Tổng cộng row with empty STT and "
            "commune cells) and an italic note under it. The Phụ lục's 'Kèm theo Quyết định "
            "số 1865/QĐ-UBND ...' names the document itself and is not a related document."
        ),
        tests="district QĐ as a collective; Căn cứ; TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH; Phụ lục list",
        origin=TEAM,
        seed=951,
        scan=Scan(
            rotation_deg=0.7,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=64,
            paper=(247, 243, 234),
            illumination=0.06,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "HUYỆN KIẾN XƯƠNG"],
        so="1865",
        ky_hieu="QĐ-UBND",
        dia_danh="Kiến Xương",
        ngay=date(2024, 9, 10),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "Phê duyệt Danh mục các tuyến đường giao thông nông thôn được hỗ trợ xi măng năm "
            "2024 (đợt 2)"
        ),
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "Sở Giao thông vận tải (b/c)",
                "TT Huyện ủy, TT HĐND huyện (b/c)",
                "CT, các PCT UBND huyện",
                "Lưu: VT, KTHT",
            ]
        ),
        signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        nguoi_ky="Đỗ Mạnh Cường",
        seal_text="ỦY BAN NHÂN DÂN HUYỆN KIẾN XƯƠNG * TỈNH THÁI BÌNH * ",
        refs=[r_luat, r_nq, r_kh, r_ttr],
    )


def doc_ho6_cv_congan_giao_thong() -> Doc:
    r_luat = Ref(
        "Luật",
        "36/2024/QH15",
        date(2024, 6, 27),
        ten="Luật Trật tự, an toàn giao thông đường bộ",
    )
    r_nd = Ref("Nghị định", "168/2024/NĐ-CP", date(2024, 12, 26), "Chính phủ", long_date=False)
    r_kh = Ref(
        "Kế hoạch",
        "09/KH-CAT-PC08",
        date(2025, 1, 3),
        "Công an tỉnh",
        long_date=False,
        pad=False,
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_kh.cite()} về cao điểm bảo đảm trật tự, an toàn giao thông dịp Tết "
            "Nguyên đán Ất Tỵ và Lễ hội Xuân năm 2025, Công an huyện Bảo Thắng đề nghị các cơ "
            "quan, đơn vị phối hợp thực hiện một số nội dung sau:"
        ),
        Para(
            f"1. Tuyên truyền, phổ biến các quy định mới của {r_luat.cite()} và {r_nd.cite()} "
            "quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông trong lĩnh vực "
            "giao thông đường bộ đến cán bộ, đảng viên, học sinh và nhân dân trên địa bàn."
        ),
        Para(
            "2. Ủy ban nhân dân các xã, thị trấn chỉ đạo Công an xã, thị trấn tăng cường tuần "
            "tra, kiểm soát trên các tuyến đường liên xã, liên thôn; xử lý nghiêm các trường "
            "hợp điều khiển phương tiện mà trong máu hoặc hơi thở có nồng độ cồn."
        ),
        Para(
            "3. Phòng Giáo dục và Đào tạo, các trường trung học phổ thông tổ chức cho học sinh, "
            "phụ huynh ký cam kết không điều khiển xe mô tô, xe gắn máy khi chưa đủ tuổi, đội mũ "
            "bảo hiểm đúng quy cách; hoàn thành trước ngày 17/01/2025."
        ),
        Para(
            "4. Kết quả thực hiện gửi về Công an huyện (qua Đội Cảnh sát giao thông - Trật tự) "
            "trước ngày 10/02/2025; số điện thoại trực ban: 0214.3862.113."
        ),
        Para("Công an huyện Bảo Thắng đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./."),
    ]
    return Doc(
        name="ho6_cv_congan_baothang_tet",
        description=(
            "Công văn of a district police (parent CÔNG AN TỈNH LÀO CAI, issuer CÔNG AN HUYỆN "
            "BẢO THẮNG on one bold line), number with the code CAH-CSGT and a three-line V/v; "
            "Kính gửi with three addressees; the provincial police's Kế hoạch with a unit code "
            "(09/KH-CAT-PC08) and an unpadded short date (ngày 3/1/2025) in the opening "
            "sentence; Luật Trật tự, an toàn giao thông đường bộ (a comma in its name) with a "
            "long date and Nghị định 168/2024/NĐ-CP with a short date (ngày 26/12/2024) in "
            "one sentence; deadlines with padded dates and a phone number in the body; signer "
            "KT. TRƯỞNG CÔNG AN HUYỆN / PHÓ TRƯỞNG CÔNG AN HUYỆN, the name with the rank "
            "Trung tá (kept in nguoi_ky); -1.0° skew."
        ),
        tests="CV of a Công an huyện; Kính gửi list; code with unit; KT. TRƯỞNG CÔNG AN HUYỆN",
        origin=TEAM,
        seed=952,
        scan=Scan(
            rotation_deg=-1.0,
            noise_sigma=6,
            blur=0.8,
            jpeg_quality=60,
            paper=(246, 242, 232),
            illumination=0.07,
        ),
        chu_quan=["CÔNG AN TỈNH LÀO CAI"],
        ban_hanh=["CÔNG AN HUYỆN BẢO THẮNG"],
        so="47",
        ky_hieu="CAH-CSGT",
        vv=(
            "tăng cường bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán Ất Tỵ và Lễ "
            "hội Xuân năm 2025"
        ),
        dia_danh="Bảo Thắng",
        ngay=date(2025, 1, 8),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Ủy ban nhân dân các xã, thị trấn",
            "Phòng Giáo dục và Đào tạo huyện",
            "Các trường THPT trên địa bàn huyện",
        ],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Phòng CSGT Công an tỉnh (b/c)",
                "Thường trực Huyện ủy, UBND huyện (b/c)",
                "Công an các xã, thị trấn (để t/h)",
                "Lưu: VT, CSGT",
            ]
        ),
        signer=["KT. TRƯỞNG CÔNG AN HUYỆN", "PHÓ TRƯỞNG CÔNG AN HUYỆN"],
        nguoi_ky="Trung tá Nông Văn Dũng",
        seal_text="CÔNG AN HUYỆN BẢO THẮNG * CÔNG AN TỈNH LÀO CAI * ",
        refs=[r_kh, r_luat, r_nd],
    )


def doc_ho6_kh_thpt_on_thi() -> Doc:
    r_luat = Ref("Luật", "43/2019/QH14", date(2019, 6, 14), ten="Luật Giáo dục", long_date=False)
    r_cv = Ref(
        "Công văn",
        "215/SGDĐT-QLCL",
        date(2025, 2, 20),
        "Sở Giáo dục và Đào tạo",
    )
    r_kh = Ref(
        "Kế hoạch",
        "112/KH-THPTLN",
        date(2024, 9, 5),
        "Trường",
        long_date=False,
        pad=False,
    )
    table = Table(
        header=["STT", "Nội dung công việc", "Bộ phận thực hiện", "Thời gian", "Ghi chú"],
        columns=["stt", "nhiem_vu", "don_vi_chu_tri", "thoi_gian", "ghi_chu"],
        widths=[0.07, 0.4, 0.22, 0.16, 0.15],
        align=["c", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Rà soát danh sách học sinh khối 12, đăng ký môn thi tự chọn",
                "Giáo viên chủ nhiệm lớp 12",
                "Trước ngày 10/3/2025",
                "",
            ],
            [
                "2",
                "Xây dựng đề cương, ngân hàng câu hỏi ôn tập theo định dạng đề thi mới",
                "Các tổ chuyên môn",
                "Tháng 3/2025",
                "Nộp bản mềm",
            ],
            [
                "3",
                "Tổ chức ôn tập theo nhóm năng lực, phụ đạo học sinh học lực yếu",
                "Tổ chuyên môn; giáo viên bộ môn",
                "Từ 17/3 đến 30/5/2025",
                "",
            ],
            [
                "4",
                "Tổ chức thi thử lần 1 (ngày 19 và 20/4/2025), chấm và phân tích kết quả",
                "Phó Hiệu trưởng phụ trách chuyên môn",
                "Tháng 4/2025",
                "",
            ],
            [
                "5",
                "Tổ chức thi thử lần 2 theo lịch chung của Sở Giáo dục và Đào tạo",
                "Hội đồng thi thử",
                "Tháng 5/2025",
                "Theo lịch của Sở",
            ],
            [
                "6",
                "Hướng dẫn học sinh đăng ký dự thi trực tuyến, xét tuyển đại học",
                "Tổ Tư vấn học đường",
                "Quý II/2025",
                "",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()}; thực hiện {r_cv.cite()} về việc chuẩn bị cho Kỳ thi tốt "
            f"nghiệp trung học phổ thông năm 2025 và {r_kh.cite()} về nhiệm vụ năm học "
            "2024 - 2025, Trường THPT Lý Nhân xây dựng Kế hoạch ôn tập và tổ chức thi thử như "
            "sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Giúp học sinh khối 12 củng cố kiến thức, làm quen với định dạng đề thi theo "
            "Chương trình giáo dục phổ thông 2018; phấn đấu tỷ lệ tốt nghiệp đạt 99,5% trở lên, "
            "điểm trung bình các môn thi cao hơn năm học 2023 - 2024."
        ),
        Para(
            "2. Việc ôn tập được tổ chức khoa học, phù hợp với từng đối tượng học sinh, không "
            "gây áp lực, bảo đảm sức khỏe cho học sinh."
        ),
        H("II. TÌNH HÌNH CHUNG"),
        Para(
            "Năm học 2024 - 2025, nhà trường có 11 lớp 12 với 468 học sinh, trong đó 276 học "
            "sinh lựa chọn tổ hợp môn khoa học xã hội (chiếm 59,0%)."
        ),
        H("III. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN"),
        table,
        H("IV. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Các tổ chuyên môn, giáo viên chủ nhiệm lớp 12 căn cứ Kế hoạch triển khai thực "
            "hiện; báo cáo kết quả thi thử từng lần về Ban Giám hiệu trong thời hạn 07 ngày kể "
            "từ ngày thi."
        ),
        Para(
            "2. Bộ phận kế toán bố trí kinh phí bồi dưỡng giáo viên dạy ôn tập theo quy chế chi "
            "tiêu nội bộ của nhà trường./."
        ),
        Para("", gap=24),  # blank space above the one-line signer block (clear of the seal)
    ]
    return Doc(
        name="ho6_kh_thpt_lynhan_on_thi",
        description=(
            "Kế hoạch of an upper secondary school under its Sở (parent SỞ GD&ĐT HÀ NAM, "
            "issuer TRƯỜNG THPT LÝ NHÂN on one bold line, the district as place name), number "
            "KH-THPTLN; one opening sentence with Luật Giáo dục and a padded short date (ngày "
            "14/06/2019), the Sở Công văn with a long date (ngày 20 tháng 02 năm 2025) and "
            "the school's own Kế hoạch with an unpadded short date (ngày 5/9/2024, co_quan "
            "'Trường'); a ruled 5-column task table STT / Nội dung công việc / Bộ phận thực "
            "hiện / Thời gian / Ghi chú (keys stt, nhiem_vu, don_vi_chu_tri, thoi_gian, "
            "ghi_chu) of 6 rows, four with an empty Ghi chú cell, deadlines Trước ngày "
            "10/3/2025, Tháng 3/2025, Từ 17/3 đến 30/5/2025, Quý II/2025, a date inside a "
            "task; school years '2024 - 2025'; signer HIỆU TRƯỞNG without a prefix."
        ),
        tests="KH of a school; task table with Ghi chú; three date forms in one line; no prefix",
        origin=TEAM,
        seed=953,
        scan=Scan(
            rotation_deg=1.4,
            noise_sigma=5,
            blur=0.9,
            jpeg_quality=62,
            paper=(247, 244, 234),
            illumination=0.07,
        ),
        chu_quan=["SỞ GD&ĐT HÀ NAM"],
        ban_hanh=["TRƯỜNG THPT LÝ NHÂN"],
        so="38",
        ky_hieu="KH-THPTLN",
        dia_danh="Lý Nhân",
        ngay=date(2025, 2, 26),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject="Ôn tập và tổ chức thi thử tốt nghiệp trung học phổ thông năm 2025",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Sở GD&ĐT Hà Nam (b/c)",
                "Ban Giám hiệu",
                "Các tổ chuyên môn, GVCN lớp 12 (để t/h)",
                "Lưu: VT, CM",
            ]
        ),
        signer=["HIỆU TRƯỞNG"],
        nguoi_ky="Trần Thị Minh Nguyệt",
        seal_text="TRƯỜNG TRUNG HỌC PHỔ THÔNG LÝ NHÂN * HÀ NAM * ",
        refs=[r_luat, r_cv, r_kh],
    )


def doc_ho6_bc_bhxh_bao_phu() -> Doc:
    r_luat = Ref("Luật", "58/2014/QH13", date(2014, 11, 20), ten="Luật Bảo hiểm xã hội")
    r_nq = Ref(
        "Nghị quyết",
        "09/NQ-HĐND",
        date(2023, 12, 7),
        "Hội đồng nhân dân tỉnh",
        long_date=False,
    )
    r_cv = Ref(
        "Công văn",
        "4512/UBND-VX",
        date(2024, 10, 2),
        "Ủy ban nhân dân tỉnh",
        long_date=False,
        pad=False,
    )
    table = Table(
        header=[
            "STT",
            "Chỉ tiêu",
            "Kế hoạch năm 2024",
            "Thực hiện đến 30/9/2024",
            "Tỷ lệ so với kế hoạch (%)",
        ],
        columns=["stt", "chi_tieu", "ke_hoach", "thuc_hien", "ty_le"],
        widths=[0.07, 0.39, 0.17, 0.19, 0.18],
        align=["c", "l", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Người tham gia BHXH bắt buộc (người)", "148.500", "143.216", "96,44"],
            ["2", "Người tham gia BHXH tự nguyện (người)", "32.800", "27.905", "85,08"],
            ["3", "Người tham gia bảo hiểm thất nghiệp (người)", "139.200", "134.862", "96,88"],
            ["4", "Người tham gia BHYT (người)", "1.652.000", "1.578.430", "95,55"],
            ["5", "Số thu BHXH, BHYT, BHTN (tỷ đồng)", "4.386,0", "3.159,7", "72,04"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc báo cáo tiến độ thực hiện chỉ tiêu phát triển "
            "người tham gia bảo hiểm xã hội, bảo hiểm y tế năm 2024, Bảo hiểm xã hội tỉnh Tiền "
            "Giang báo cáo như sau:"
        ),
        H("I. KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2024"),
        Para(
            f"Triển khai {r_nq.cite()} về kế hoạch phát triển kinh tế - xã hội năm 2024 và các "
            f"quy định của {r_luat.cite()}, Bảo hiểm xã hội tỉnh đã phối hợp với các sở, ngành, "
            "Ủy ban nhân dân các huyện, thị xã, thành phố đẩy mạnh tuyên truyền, đối thoại "
            "chính sách và khai thác người tham gia. Kết quả đến ngày 30/9/2024 như sau:",
            keep=4,
        ),
        table,
        Para(
            "Tỷ lệ bao phủ bảo hiểm y tế đạt 92,8% dân số; số nợ bảo hiểm xã hội, bảo hiểm y tế, "
            "bảo hiểm thất nghiệp là 86,42 tỷ đồng, chiếm 2,73% số phải thu, giảm 0,41% so với "
            "cùng kỳ năm 2023.",
            gap=6,
        ),
        H("II. KHÓ KHĂN, VƯỚNG MẮC"),
        Para(
            "Số người tham gia bảo hiểm xã hội tự nguyện mới đạt 85,08% kế hoạch; một số doanh "
            "nghiệp ngành may mặc, chế biến thủy sản giảm đơn hàng, cắt giảm lao động, chậm "
            "đóng kéo dài."
        ),
        H("III. KIẾN NGHỊ"),
        Para(
            "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Ủy ban nhân dân các huyện, thị xã, thành phố "
            "giao chỉ tiêu phát triển người tham gia bảo hiểm xã hội tự nguyện đến từng xã, "
            "phường, thị trấn; chỉ đạo các cơ quan chức năng tăng cường thanh tra, kiểm tra "
            "chuyên ngành việc đóng bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế."
        ),
        Para(
            "Bảo hiểm xã hội tỉnh Tiền Giang kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./."
        ),
    ]
    return Doc(
        name="ho6_bc_bhxh_tiengiang_bao_phu",
        description=(
            "Báo cáo of a provincial social insurance agency under its national body (BẢO "
            "HIỂM XÃ HỘI VIỆT NAM / BẢO HIỂM XÃ HỘI / TỈNH TIỀN GIANG, the issuer on two bold "
            "lines), number BC-BHXH; centred single 'Kính gửi: Ủy ban nhân dân tỉnh Tiền "
            "Giang.'; a UBND Công văn with an unpadded short date (ngày 2/10/2024), a HĐND "
            "resolution with a padded one (ngày 07/12/2023) and Luật Bảo hiểm xã hội with a "
            "long date; a small ruled 5-column statistics table (STT / Chỉ tiêu / Kế hoạch "
            "năm 2024 / Thực hiện đến 30/9/2024 / Tỷ lệ so với kế hoạch (%); keys stt, "
            "chi_tieu, ke_hoach, thuc_hien, ty_le) of 5 rows with units in the indicator "
            "cells and figures such as 1.578.430, 4.386,0, 96,44; figures in the text (92,8%, "
            "86,42 tỷ đồng); signer KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC; blur 1.0."
        ),
        tests="BC of BHXH tỉnh; centred Kính gửi; 5-row statistics table; KT. GIÁM ĐỐC",
        origin=TEAM,
        seed=954,
        scan=Scan(
            rotation_deg=-0.5,
            noise_sigma=4,
            blur=1.0,
            jpeg_quality=67,
            paper=(248, 244, 235),
            illumination=0.05,
        ),
        chu_quan=["BẢO HIỂM XÃ HỘI VIỆT NAM"],
        ban_hanh=["BẢO HIỂM XÃ HỘI", "TỈNH TIỀN GIANG"],
        so="1286",
        ky_hieu="BC-BHXH",
        dia_danh="Tiền Giang",
        ngay=date(2024, 10, 8),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject=(
            "Tiến độ thực hiện chỉ tiêu phát triển người tham gia bảo hiểm xã hội, bảo hiểm y "
            "tế 9 tháng năm 2024"
        ),
        kinh_gui=["Ủy ban nhân dân tỉnh Tiền Giang"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "BHXH Việt Nam (b/c)",
                "Sở Lao động - Thương binh và Xã hội",
                "Giám đốc, các PGĐ",
                "Lưu: VT, QLT",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Huỳnh Văn Tài",
        seal_text="BẢO HIỂM XÃ HỘI TỈNH TIỀN GIANG * BẢO HIỂM XÃ HỘI VIỆT NAM * ",
        refs=[r_cv, r_nq, r_luat],
    )


def doc_ho6_tb_vp_ket_luan() -> Doc:
    r_luat = Ref(
        "Luật",
        "39/2019/QH14",
        date(2019, 6, 13),
        ten="Luật Đầu tư công",
        long_date=False,
        pad=False,
    )
    r_qd = Ref(
        "Quyết định",
        "2156/QĐ-UBND",
        date(2024, 8, 15),
        "Ủy ban nhân dân tỉnh",
    )
    r_cv = Ref(
        "Công văn",
        "1938/SKHĐT-TH",
        date(2024, 10, 9),
        "Sở Kế hoạch và Đầu tư",
        long_date=False,
    )
    body: list[Block] = [
        Para(
            "Ngày 17/10/2024, tại trụ sở Ủy ban nhân dân tỉnh, đồng chí Trần Minh Khoa, Phó "
            "Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp nghe báo cáo tình hình giải ngân "
            "kế hoạch vốn đầu tư công năm 2024. Tham dự có lãnh đạo các Sở: Kế hoạch và Đầu "
            "tư, Tài chính, Giao thông vận tải, Kho bạc Nhà nước tỉnh và các chủ đầu tư có tỷ "
            "lệ giải ngân thấp."
        ),
        Para(
            f"Sau khi nghe Sở Kế hoạch và Đầu tư báo cáo tại {r_cv.cite()} và ý kiến của các "
            "đại biểu, Phó Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:"
        ),
        Para(
            "1. Đến ngày 15/10/2024, toàn tỉnh giải ngân 3.215,6 tỷ đồng, đạt 52,3% kế hoạch "
            "vốn được giao, thấp hơn bình quân cả nước. Nguyên nhân chủ yếu là vướng mắc trong "
            "bồi thường, giải phóng mặt bằng và năng lực của một số chủ đầu tư còn hạn chế."
        ),
        Para(
            f"2. Các chủ đầu tư thực hiện nghiêm {r_luat.cite()} và {r_qd.cite()} về giao "
            "nhiệm vụ giải ngân vốn đầu tư công năm 2024; lập kế hoạch giải ngân chi tiết đến "
            "từng tuần, gửi Sở Kế hoạch và Đầu tư trước ngày 25/10/2024."
        ),
        Para(
            "3. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính rà soát, tham mưu điều "
            "chuyển vốn từ các dự án chậm giải ngân sang các dự án có khả năng hấp thụ vốn tốt, "
            "trình Ủy ban nhân dân tỉnh trong tháng 11/2024."
        ),
        Para(
            "4. Ủy ban nhân dân các huyện Duy Xuyên, Thăng Bình, Núi Thành tập trung tháo gỡ "
            "vướng mắc về giải phóng mặt bằng các dự án trọng điểm; báo cáo kết quả định kỳ "
            "hằng tuần về Ủy ban nhân dân tỉnh (qua Sở Kế hoạch và Đầu tư)."
        ),
        Para(
            "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, "
            "thực hiện./."
        ),
    ]
    return Doc(
        name="ho6_tb_vpubnd_quangnam_giai_ngan",
        description=(
            "Thông báo kết luận issued by the Office of a provincial People's Committee "
            "(parent UBND TỈNH QUẢNG NAM, issuer VĂN PHÒNG on one bold line), number TB-VP; "
            "a meeting date in the text (not a cited document); the Sở's Công văn with a "
            "padded short date (ngày 09/10/2024), then Luật Đầu tư công with an unpadded one "
            "(ngày 13/6/2019) and a UBND decision with a long date in one sentence; figures "
            "3.215,6 tỷ đồng, 52,3%; Nơi nhận (with (b/c) and (để t/h)) and the signer alone "
            "on page 2; a three-line signer "
            "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG (truth: tham_quyen_ky "
            "TL., chuc_vu_nguoi_ky PHÓ CHÁNH VĂN PHÒNG); noise σ 7, JPEG q56."
        ),
        tests="TB kết luận of a Văn phòng UBND; three-line TL. / KT. signer; one-word issuer",
        origin=TEAM,
        seed=955,
        scan=Scan(
            rotation_deg=0.9,
            noise_sigma=7,
            blur=0.9,
            jpeg_quality=56,
            paper=(245, 241, 230),
            illumination=0.08,
        ),
        chu_quan=["UBND TỈNH QUẢNG NAM"],
        ban_hanh=["VĂN PHÒNG"],
        so="418",
        ky_hieu="TB-VP",
        dia_danh="Quảng Nam",
        ngay=date(2024, 10, 21),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject=(
            "Kết luận của Phó Chủ tịch UBND tỉnh Trần Minh Khoa tại cuộc họp nghe báo cáo tình "
            "hình giải ngân kế hoạch vốn đầu tư công năm 2024"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "CT, các PCT UBND tỉnh (b/c)",
                "Các Sở: KH&ĐT, TC, GTVT (để t/h)",
                "Kho bạc Nhà nước tỉnh",
                "UBND các huyện, thị xã, thành phố (để t/h)",
                "CPVP",
                "Lưu: VT, KTTH",
            ]
        ),
        signer=["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
        nguoi_ky="Phan Thị Bích Hạnh",
        seal_text="VĂN PHÒNG UBND TỈNH QUẢNG NAM * ",
        refs=[r_cv, r_luat, r_qd],
    )


def doc_ho6_ttr_pnv_khen_thuong() -> Doc:
    r_luat = Ref("Luật", "06/2022/QH15", date(2022, 6, 15), ten="Luật Thi đua, khen thưởng")
    r_nd = Ref("Nghị định", "98/2023/NĐ-CP", date(2023, 12, 31), "Chính phủ", long_date=False)
    r_qd = Ref(
        "Quyết định",
        "1120/QĐ-UBND",
        date(2024, 8, 8),
        "Ủy ban nhân dân huyện",
        long_date=False,
        pad=False,
    )
    body: list[Block] = [
        Para(f"Căn cứ {r_luat.cite()};"),
        Para(
            f"Căn cứ {r_nd.cite()} quy định chi tiết thi hành một số điều của Luật Thi đua, "
            "khen thưởng;"
        ),
        Para(
            f"Căn cứ {r_qd.cite()} ban hành Quy chế thi đua, khen thưởng trên địa bàn huyện "
            "Mường Ảng;"
        ),
        Para(
            "Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng huyện ngày 10/12/2024, Phòng "
            "Nội vụ kính trình Ủy ban nhân dân huyện xem xét, quyết định tặng Giấy khen của "
            "Chủ tịch Ủy ban nhân dân huyện như sau:"
        ),
        Para("1. Tặng Giấy khen cho 12 tập thể có thành tích xuất sắc trong năm 2024, gồm:"),
        Para(
            "- 05 trường học thuộc Phòng Giáo dục và Đào tạo huyện hoàn thành xuất sắc nhiệm vụ "
            "năm học 2023 - 2024;",
            indent=5,
            gap=1,
        ),
        Para(
            "- 04 xã hoàn thành vượt chỉ tiêu giảm nghèo, có 02 xã Ẳng Nưa, Búng Lao đạt "
            "chuẩn nông thôn mới;",
            indent=5,
            gap=1,
        ),
        Para("- 03 cơ quan chuyên môn thuộc Ủy ban nhân dân huyện.", indent=5, gap=1),
        Para(
            "2. Tặng Giấy khen cho 35 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ "
            "chính trị năm 2024 (có danh sách kèm theo)."
        ),
        Para(
            "3. Kinh phí khen thưởng: 40.600.000 đồng (Bốn mươi triệu sáu trăm nghìn đồng), chi "
            "từ Quỹ thi đua, khen thưởng của huyện năm 2024."
        ),
        Para("Phòng Nội vụ kính trình Ủy ban nhân dân huyện xem xét, quyết định./."),
        Para("", gap=24),  # blank space above the one-line signer block (clear of the seal)
    ]
    return Doc(
        name="ho6_ttr_pnv_muongang_khen_thuong",
        description=(
            "Tờ trình of a district Office of Home Affairs (parent UBND HUYỆN MƯỜNG ẢNG, "
            "issuer PHÒNG NỘI VỤ on one bold line, the district as place name), number "
            "TTr-PNV; centred single 'Kính gửi: Ủy ban nhân dân huyện Mường Ảng.' after the "
            "subject; Căn cứ lines (regular, not italic) with Luật Thi đua, khen thưởng (a "
            "comma in its name) with a long date, Nghị định 98/2023/NĐ-CP with a short date "
            "(ngày 31/12/2023) and the district's decision with an unpadded one (ngày "
            "8/8/2024); a meeting date that is not a citation; '- ' lines; an amount in "
            "figures and words (40.600.000 đồng); Thái commune names (Ẳng Nưa, Búng Lao); "
            "signer on one line Q. TRƯỞNG PHÒNG (truth: tham_quyen_ky Q., chuc_vu_nguoi_ky "
            "'Q. TRƯỞNG PHÒNG' as printed), a Thái surname (Quàng)."
        ),
        tests="TTr of a Phòng; centred Kính gửi; regular Căn cứ lines; Q. TRƯỞNG PHÒNG",
        origin=TEAM,
        seed=956,
        scan=Scan(
            rotation_deg=-1.2,
            noise_sigma=6,
            blur=0.8,
            jpeg_quality=59,
            paper=(246, 243, 232),
            illumination=0.07,
        ),
        chu_quan=["UBND HUYỆN MƯỜNG ẢNG"],
        ban_hanh=["PHÒNG NỘI VỤ"],
        so="74",
        ky_hieu="TTr-PNV",
        dia_danh="Mường Ảng",
        ngay=date(2024, 12, 16),
        title="TỜ TRÌNH",
        loai_van_ban="Tờ trình",
        subject=(
            "Đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho các tập thể, cá "
            "nhân có thành tích xuất sắc năm 2024"
        ),
        kinh_gui=["Ủy ban nhân dân huyện Mường Ảng"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Hội đồng TĐ-KT huyện (b/c)",
                "Lưu: VT, NV",
            ]
        ),
        signer=["Q. TRƯỞNG PHÒNG"],
        nguoi_ky="Quàng Văn Thiêm",
        seal_text="PHÒNG NỘI VỤ * HUYỆN MƯỜNG ẢNG * ",
        refs=[r_luat, r_nd, r_qd],
    )


HELDOUT6_DOCS = [
    doc_ho6_qd_ubnd_giao_thong,
    doc_ho6_cv_congan_giao_thong,
    doc_ho6_kh_thpt_on_thi,
    doc_ho6_bc_bhxh_bao_phu,
    doc_ho6_tb_vp_ket_luan,
    doc_ho6_ttr_pnv_khen_thuong,
]


# --------------------------------------------------------------------------------------
# Seventh held-out set (benchmarks/heldout7/): written blind (without running the pipeline
# or reading its code) and never used to tune it; other provinces, agencies and layouts
# --------------------------------------------------------------------------------------

HELDOUT7_DIR = REPO_ROOT / "benchmarks" / "heldout7"


def doc_ho7_ct_ubnd_khoang_san() -> Doc:
    r_luat = Ref("Luật", "60/2010/QH12", date(2010, 11, 17), ten="Luật Khoáng sản")
    r_nd158 = Ref("Nghị định", "158/2016/NĐ-CP", date(2016, 11, 29), "Chính phủ", long_date=False)
    r_nd36 = Ref(
        "Nghị định",
        "36/2020/NĐ-CP",
        date(2020, 3, 24),
        "Chính phủ",
        long_date=False,
        pad=False,
    )
    r_cv = Ref(
        "Công văn",
        "1047/STNMT-KS",
        date(2024, 5, 8),
        "Sở Tài nguyên và Môi trường",
        long_date=False,
        pad=False,
    )
    r_ct = Ref("Chỉ thị", "08/CT-UBND", date(2020, 6, 24), "Chủ tịch Ủy ban nhân dân tỉnh")
    body: list[Block] = [
        Para(
            "Thời gian qua, công tác quản lý nhà nước đối với hoạt động khoáng sản trên địa bàn "
            "tỉnh đã có chuyển biến tích cực; việc cấp phép thăm dò, khai thác khoáng sản được "
            "thực hiện công khai, minh bạch; số thu ngân sách từ hoạt động khoáng sản năm 2023 "
            "đạt 214,6 tỷ đồng. Tuy nhiên, tình trạng khai thác vàng sa khoáng trái phép tại các "
            "xã Cốc Pàng, Cô Ba (huyện Bảo Lạc), Thành Công, Phan Thanh (huyện Nguyên Bình) vẫn "
            "diễn biến phức tạp; một số doanh nghiệp khai thác vượt công suất được cấp phép, "
            "không thực hiện đầy đủ nghĩa vụ ký quỹ cải tạo, phục hồi môi trường, gây sạt lở, "
            "bồi lấp ruộng canh tác và ô nhiễm nguồn nước sinh hoạt của nhân dân."
        ),
        Para(
            "Để chấn chỉnh, nâng cao hiệu lực, hiệu quả quản lý nhà nước về khoáng sản, thực "
            f"hiện nghiêm {r_luat.cite()}, {r_nd158.cite()} quy định chi tiết thi hành một số "
            f"điều của Luật Khoáng sản và {r_nd36.cite()} quy định về xử phạt vi phạm hành chính "
            "trong lĩnh vực tài nguyên nước và khoáng sản, Chủ tịch Ủy ban nhân dân tỉnh yêu "
            "cầu:"
        ),
        Para(
            "1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành "
            "phố xác định quản lý tài nguyên khoáng sản là nhiệm vụ trọng tâm, thường xuyên; "
            "người đứng đầu chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra "
            "khai thác khoáng sản trái phép kéo dài trên địa bàn, lĩnh vực được giao quản lý."
        ),
        Para("2. Sở Tài nguyên và Môi trường:"),
        Para(
            "a) Chủ trì, phối hợp với các cơ quan liên quan rà soát toàn bộ giấy phép thăm dò, "
            "khai thác khoáng sản còn hiệu lực trên cơ sở kết quả rà soát sơ bộ tại "
            f"{r_cv.cite()}; đề xuất thu hồi giấy phép đối với các trường hợp vi phạm, hoàn "
            "thành trước ngày 30/6/2024."
        ),
        Para(
            "b) Công khai danh sách tổ chức, cá nhân được cấp phép, khu vực cấm, tạm thời cấm "
            "hoạt động khoáng sản trên Cổng thông tin điện tử của tỉnh; tổng hợp tình hình, báo "
            "cáo Ủy ban nhân dân tỉnh định kỳ 6 tháng và báo cáo kết quả cả năm trước ngày "
            "15/12/2024."
        ),
        Para(
            "3. Công an tỉnh chỉ đạo Phòng Cảnh sát phòng, chống tội phạm về môi trường phối "
            "hợp với Công an các huyện, thành phố tổ chức truy quét các điểm khai thác vàng sa "
            "khoáng trái phép; xử lý nghiêm, đúng pháp luật các tổ chức, cá nhân vi phạm, kể cả "
            "việc truy cứu trách nhiệm hình sự."
        ),
        Para(
            "4. Sở Công Thương kiểm tra việc chấp hành quy định về an toàn, kỹ thuật mỏ, sử dụng "
            "vật liệu nổ công nghiệp; Sở Tài chính, Cục Thuế tỉnh kiểm tra việc kê khai sản "
            "lượng khai thác, nộp thuế tài nguyên, phí bảo vệ môi trường và tiền cấp quyền khai "
            "thác khoáng sản."
        ),
        Para(
            "5. Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm bảo vệ khoáng sản chưa "
            "khai thác trên địa bàn; chỉ đạo Ủy ban nhân dân các xã, phường, thị trấn thành lập "
            "tổ tự quản ở các xóm có khoáng sản, tuyên truyền bằng tiếng Tày, Nùng, Mông, Dao để "
            "đồng bào không tham gia, không tiếp tay cho hoạt động khai thác trái phép."
        ),
        Para(
            "6. Báo Cao Bằng, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục tuyên truyền pháp "
            "luật về khoáng sản; kịp thời phản ánh các vụ việc vi phạm để cơ quan chức năng xử "
            "lý."
        ),
        Para(
            f"Chỉ thị này thay thế {r_ct.cite()} về tăng cường quản lý hoạt động khoáng sản "
            "trên địa bàn tỉnh. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân "
            "các huyện, thành phố và các tổ chức, cá nhân hoạt động khoáng sản trên địa bàn tỉnh "
            "có trách nhiệm nghiêm túc thực hiện Chỉ thị này./."
        ),
    ]
    return Doc(
        name="ho7_ct_ubnd_caobang_khoang_san",
        description=(
            "Chỉ thị of the Chairman of a provincial People's Committee (ỦY BAN NHÂN DÂN / "
            "TỈNH CAO BẰNG on two bold lines, no parent body), a type none of the earlier sets "
            "has (CHỈ THỊ, number CT-UBND); narrative opening with figures (214,6 tỷ đồng) and "
            "Tày-Nùng commune names (Cốc Pàng, Cô Ba); one sentence citing Luật Khoáng sản "
            "with a long date, Nghị định 158/2016/NĐ-CP with a padded short date (ngày "
            "29/11/2016) and Nghị định 36/2020/NĐ-CP with an unpadded one (ngày 24/3/2020); "
            "numbered duties with a) b) items, the Sở Công văn with a unit code (1047/STNMT-KS, "
            "ngày 8/5/2024); deadlines 30/6/2024, 15/12/2024; a closing sentence replacing an "
            "earlier Chỉ thị (08/CT-UBND, long date, issuer 'Chủ tịch Ủy ban nhân dân tỉnh'); "
            "signer KT. CHỦ TỊCH / PHÓ CHỦ TỊCH with a Tày-Nùng surname (Lục)."
        ),
        tests="Chỉ thị (new type); three date forms in one sentence; unit-coded Công văn; KT.",
        origin=TEAM,
        seed=961,
        scan=Scan(
            rotation_deg=1.1,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=63,
            paper=(247, 243, 233),
            illumination=0.06,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"],
        so="11",
        ky_hieu="CT-UBND",
        dia_danh="Cao Bằng",
        ngay=date(2024, 5, 14),
        title="CHỈ THỊ",
        loai_van_ban="Chỉ thị",
        subject=(
            "Về tăng cường công tác quản lý nhà nước đối với hoạt động khoáng sản trên địa bàn "
            "tỉnh Cao Bằng"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Bộ Tài nguyên và Môi trường (b/c)",
                "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
                "CT, các PCT UBND tỉnh",
                "Các sở, ban, ngành tỉnh",
                "UBND các huyện, thành phố",
                "Báo Cao Bằng, Đài PT&TH tỉnh",
                "Lưu: VT, TN",
            ]
        ),
        signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Lục Văn Thắm",
        seal_text="ỦY BAN NHÂN DÂN * TỈNH CAO BẰNG * ",
        refs=[r_luat, r_nd158, r_nd36, r_cv, r_ct],
    )


def doc_ho7_kh_skhcn_do_luong() -> Doc:
    r_luat_tc = Ref(
        "Luật",
        "68/2006/QH11",
        date(2006, 6, 29),
        ten="Luật Tiêu chuẩn và Quy chuẩn kỹ thuật",
    )
    r_luat_dl = Ref(
        "Luật", "04/2011/QH13", date(2011, 11, 11), ten="Luật Đo lường", long_date=False
    )
    r_qd = Ref("Quyết định", "1322/QĐ-TTg", date(2020, 8, 31), "Thủ tướng Chính phủ")
    r_cv = Ref(
        "Công văn",
        "5274/UBND-KT",
        date(2024, 12, 6),
        "Ủy ban nhân dân tỉnh",
        long_date=False,
        pad=False,
    )
    table = Table(
        header=[
            "STT",
            "Nội dung nhiệm vụ",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian thực hiện",
            "Sản phẩm",
        ],
        columns=["stt", "nhiem_vu", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_gian", "san_pham"],
        widths=[0.07, 0.3, 0.17, 0.18, 0.13, 0.15],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            ["I", "Hoạt động tiêu chuẩn, quy chuẩn kỹ thuật", "", "", "", ""],
            [
                "1",
                "Phổ biến, hướng dẫn áp dụng tiêu chuẩn quốc gia (TCVN), quy chuẩn kỹ thuật "
                "quốc gia (QCVN) mới ban hành cho doanh nghiệp",
                "Chi cục Tiêu chuẩn Đo lường Chất lượng",
                "Sở Công Thương; Hiệp hội Doanh nghiệp tỉnh",
                "Quý I - II/2025",
                "04 lớp tập huấn",
            ],
            [
                "2",
                "Rà soát, cập nhật cơ sở dữ liệu tiêu chuẩn, quy chuẩn kỹ thuật phục vụ quản lý "
                "nhà nước",
                "Chi cục TĐC",
                "Các sở, ngành",
                "Thường xuyên",
                "Cơ sở dữ liệu được cập nhật",
            ],
            ["II", "Hoạt động đo lường", "", "", "", ""],
            [
                "3",
                "Kiểm tra nhà nước về đo lường đối với cột đo xăng dầu, cân tại các chợ, siêu thị",
                "Chi cục TĐC",
                "Cục Quản lý thị trường tỉnh; UBND các huyện, thành phố",
                "Tháng 4 - 9/2025",
                "Báo cáo kết quả kiểm tra",
            ],
            [
                "4",
                "Đầu tư, bàn giao 05 cân đối chứng cho các chợ hạng 1, hạng 2",
                "UBND các huyện, thành phố",
                "Chi cục TĐC",
                "Trước ngày 30/6/2025",
                "05 cân đối chứng",
            ],
            ["III", "Hoạt động chất lượng sản phẩm, hàng hóa và năng suất", "", "", "", ""],
            [
                "5",
                "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất (ISO "
                "9001, 5S, Kaizen)",
                "Chi cục TĐC",
                "Ban Quản lý các khu công nghiệp tỉnh",
                "Quý II - IV/2025",
                "20 doanh nghiệp được hỗ trợ",
            ],
            [
                "6",
                "Hướng dẫn doanh nghiệp tham gia Giải thưởng Chất lượng quốc gia năm 2025 (hạn "
                "nộp hồ sơ 31/7)",
                "Sở Khoa học và Công nghệ",
                "Hiệp hội Doanh nghiệp tỉnh",
                "Tháng 6 - 8/2025",
                "Hồ sơ tham dự giải thưởng",
            ],
            ["IV", "Truy xuất nguồn gốc sản phẩm, hàng hóa", "", "", "", ""],
            [
                "7",
                "Triển khai hệ thống truy xuất nguồn gốc cho sản phẩm chủ lực: măng cụt Lái "
                "Thiêu, bưởi Bạch Đằng, sơn mài Tương Bình Hiệp",
                "Chi cục TĐC",
                "Sở Nông nghiệp và Phát triển nông thôn; UBND các huyện, thành phố",
                "Trước ngày 15/11/2025",
                "30 cơ sở được cấp mã truy xuất",
            ],
            [
                "8",
                "Sơ kết, đánh giá kết quả thực hiện Kế hoạch năm 2025",
                "Sở Khoa học và Công nghệ",
                "Các sở, ngành, địa phương",
                "Tháng 12/2025",
                "Báo cáo sơ kết",
            ],
        ],
    )
    body: list[Block] = [
        Para(f"Căn cứ {r_luat_tc.cite()}; {r_luat_dl.cite()};"),
        Para(
            f"Căn cứ {r_qd.cite()} phê duyệt Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao "
            "năng suất và chất lượng sản phẩm, hàng hóa giai đoạn 2021 - 2030;"
        ),
        Para(
            f"Thực hiện {r_cv.cite()} về việc triển khai nhiệm vụ khoa học và công nghệ năm "
            "2025, Sở Khoa học và Công nghệ ban hành Kế hoạch triển khai hoạt động tiêu chuẩn, "
            "đo lường, chất lượng và truy xuất nguồn gốc sản phẩm, hàng hóa năm 2025 như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Nâng cao hiệu lực, hiệu quả quản lý nhà nước về tiêu chuẩn, đo lường, chất "
            "lượng; bảo vệ quyền lợi người tiêu dùng và doanh nghiệp; góp phần cải thiện Chỉ số "
            "năng lực cạnh tranh cấp tỉnh (PCI)."
        ),
        Para(
            "2. Nhiệm vụ được phân công cụ thể, có thời hạn và sản phẩm đầu ra; phấn đấu năm "
            "2025 có thêm 20 doanh nghiệp được hỗ trợ nâng cao năng suất, 100% phương tiện đo "
            "nhóm 2 thuộc diện kiểm định được kiểm định đúng hạn."
        ),
        H("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
        table,
        H("III. KINH PHÍ THỰC HIỆN"),
        Para(
            "Tổng kinh phí dự kiến 2.845,6 triệu đồng (Hai tỷ, tám trăm bốn mươi lăm triệu, sáu "
            "trăm nghìn đồng) từ nguồn sự nghiệp khoa học và công nghệ năm 2025 đã giao trong dự "
            "toán của Sở; các đơn vị phối hợp sử dụng kinh phí chi thường xuyên của đơn vị mình."
        ),
        H("IV. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Chi cục Tiêu chuẩn Đo lường Chất lượng là đầu mối theo dõi, đôn đốc thực hiện Kế "
            "hoạch; tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 05/12/2025."
        ),
        Para(
            "2. Đề nghị các sở, ngành, Ủy ban nhân dân các huyện, thành phố phối hợp triển khai "
            "các nhiệm vụ được phân công; báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6) và "
            "năm (trước ngày 30/11) về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân "
            "dân tỉnh./."
        ),
    ]
    return Doc(
        name="ho7_kh_skhcn_binhduong_do_luong",
        description=(
            "Kế hoạch of a Sở under its parent (UBND TỈNH BÌNH DƯƠNG / SỞ KHOA HỌC VÀ CÔNG "
            "NGHỆ), number KH-SKHCN; one Căn cứ line with Luật Tiêu chuẩn và Quy chuẩn kỹ "
            "thuật (long date) and Luật Đo lường (short date 11/11/2011), a line with "
            "1322/QĐ-TTg and a long date, the provincial Công văn with a unit code "
            "(5274/UBND-KT, ngày 6/12/2024); a ruled 6-column task table STT / Nội dung nhiệm "
            "vụ / Đơn vị chủ trì / Đơn vị phối hợp / Thời gian thực hiện / Sản phẩm (keys stt, "
            "nhiem_vu, don_vi_chu_tri, don_vi_phoi_hop, thoi_gian, san_pham) with four group "
            "rows (STT I-IV, the other cells empty) between eight numbered tasks, split over "
            "pages 1-2 with the header row repeated; an abbreviated unit (Chi cục TĐC) after "
            "its full name; deadlines Quý I - II/2025, Thường xuyên, Tháng 4 - 9/2025, Trước "
            "ngày 30/6/2025, Quý II - IV/2025, Tháng 12/2025; an amount in figures and words "
            "(2.845,6 triệu đồng); signer KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC."
        ),
        tests="KH of a Sở; task table with group rows I-IV over two pages; KT. GIÁM ĐỐC",
        origin=TEAM,
        seed=962,
        scan=Scan(
            rotation_deg=-0.8,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=60,
            paper=(246, 242, 231),
            illumination=0.07,
        ),
        chu_quan=["UBND TỈNH BÌNH DƯƠNG"],
        ban_hanh=["SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
        so="126",
        ky_hieu="KH-SKHCN",
        dia_danh="Bình Dương",
        ngay=date(2025, 1, 22),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject=(
            "Triển khai hoạt động tiêu chuẩn, đo lường, chất lượng và truy xuất nguồn gốc sản "
            "phẩm, hàng hóa trên địa bàn tỉnh năm 2025"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "UBND tỉnh (b/c)",
                "Các sở, ban, ngành tỉnh",
                "UBND các huyện, thành phố",
                "Hiệp hội Doanh nghiệp tỉnh",
                "GĐ, các PGĐ Sở",
                "Chi cục TĐC (để t/h)",
                "Lưu: VT, TĐC",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Võ Minh Khánh",
        seal_text="SỞ KHOA HỌC VÀ CÔNG NGHỆ * TỈNH BÌNH DƯƠNG * ",
        refs=[r_luat_tc, r_luat_dl, r_qd, r_cv],
    )


def doc_ho7_bc_ctk_kinh_te() -> Doc:
    r_luat = Ref("Luật", "89/2015/QH13", date(2015, 11, 23), ten="Luật Thống kê")
    r_luat01 = Ref("Luật", "01/2021/QH15", date(2021, 11, 12), long_date=False)
    r_cv = Ref(
        "Công văn",
        "1352/UBND-KTTH",
        date(2024, 6, 3),
        "Ủy ban nhân dân tỉnh",
        long_date=False,
        pad=False,
    )
    r_nq = Ref(
        "Nghị quyết",
        "68/NQ-HĐND",
        date(2023, 12, 8),
        "Hội đồng nhân dân tỉnh",
        long_date=False,
    )
    table = Table(
        header=[
            "Chỉ tiêu",
            "Đơn vị tính",
            "Thực hiện 6 tháng năm 2023",
            "Ước tính 6 tháng năm 2024",
            "So với cùng kỳ năm trước (%)",
        ],
        columns=["chi_tieu", "don_vi_tinh", "thuc_hien_2023", "uoc_2024", "so_sanh"],
        widths=[0.37, 0.13, 0.16, 0.16, 0.18],
        align=["l", "c", "c", "c", "c"],
        size=11.5,
        rows=[
            [
                "Tổng sản phẩm trên địa bàn (GRDP, giá so sánh 2010)",
                "tỷ đồng",
                "14.862,35",
                "15.903,61",
                "107,01",
            ],
            ["- Nông, lâm nghiệp và thủy sản", "tỷ đồng", "4.208,12", "4.386,74", "104,24"],
            ["- Công nghiệp và xây dựng", "tỷ đồng", "5.927,40", "6.514,22", "109,90"],
            ["- Dịch vụ", "tỷ đồng", "4.105,83", "4.348,50", "105,91"],
            ["- Thuế sản phẩm trừ trợ cấp sản phẩm", "tỷ đồng", "621,00", "654,15", "105,34"],
            ["Chỉ số sản xuất công nghiệp (IIP)", "%", "-", "-", "112,46"],
            [
                "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
                "tỷ đồng",
                "17.245,8",
                "19.318,6",
                "112,02",
            ],
            [
                "Vốn đầu tư thực hiện từ nguồn ngân sách nhà nước do địa phương quản lý",
                "tỷ đồng",
                "1.386,4",
                "1.512,9",
                "109,12",
            ],
            ["Khách du lịch", "nghìn lượt", "1.124,5", "1.287,3", "114,48"],
            ["Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "2.015,7", "2.248,3", "111,54"],
            ["Kim ngạch xuất khẩu hàng hóa", "triệu USD", "118,62", "134,05", "113,01"],
            ["Số lao động được tạo việc làm mới", "người", "8.426", "9.135", "108,41"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()} và {r_luat01.cite()} sửa đổi, bổ sung một số điều và Phụ "
            f"lục Danh mục chỉ tiêu thống kê quốc gia của Luật Thống kê; thực hiện {r_cv.cite()} "
            "về việc chuẩn bị nội dung phục vụ kỳ họp giữa năm 2024 của Hội đồng nhân dân tỉnh, "
            "Cục Thống kê tỉnh Ninh Thuận báo cáo ước tính tình hình kinh tế - xã hội tháng 6 và "
            "6 tháng đầu năm 2024 như sau:"
        ),
        H("I. TÌNH HÌNH KINH TẾ"),
        Para(
            f"Triển khai {r_nq.cite()} về kế hoạch phát triển kinh tế - xã hội năm 2024, các "
            "ngành, các cấp đã tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh. Tổng sản "
            "phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2024 theo giá so sánh 2010 ước đạt "
            "15.903,61 tỷ đồng, tăng 7,01% so với cùng kỳ năm trước; trong đó khu vực công "
            "nghiệp và xây dựng tăng 9,90%, đóng góp 3,95 điểm phần trăm vào mức tăng chung. "
            "Một số chỉ tiêu chủ yếu như sau:",
            keep=4,
        ),
        table,
        Para(
            "Chỉ số giá tiêu dùng (CPI) bình quân 6 tháng đầu năm 2024 tăng 3,86% so với cùng "
            "kỳ; riêng tháng 6/2024 tăng 0,42% so với tháng trước.",
            gap=6,
        ),
        H("II. MỘT SỐ VẤN ĐỀ XÃ HỘI"),
        Para(
            "Đời sống dân cư cơ bản ổn định; trong 6 tháng, toàn tỉnh đã hỗ trợ 1.246 tấn gạo "
            "cho hộ nghèo, hộ cận nghèo thiếu đói giáp hạt tại các huyện Bác Ái, Thuận Bắc, "
            "Ninh Sơn. Lễ Ramưwan năm 2024 của đồng bào Chăm Bàni được tổ chức trang trọng, an "
            "toàn; hoạt động du lịch tại làng gốm Bàu Trúc, vịnh Vĩnh Hy thu hút đông du khách, "
            "góp phần đưa lượng khách du lịch 6 tháng tăng 14,48% so với cùng kỳ."
        ),
        H("III. ĐÁNH GIÁ CHUNG"),
        Para(
            "Kinh tế 6 tháng đầu năm 2024 tiếp tục phục hồi, tốc độ tăng GRDP cao hơn cùng kỳ "
            "năm 2023 (6,12%); tuy nhiên nắng hạn kéo dài làm diện tích gieo trồng vụ Hè Thu "
            "giảm 1.028,5 ha. Để đạt mục tiêu tăng trưởng 8,5% cả năm, 6 tháng cuối năm cần đạt "
            "mức tăng khoảng 9,9%."
        ),
        Para("Cục Thống kê tỉnh Ninh Thuận trân trọng báo cáo./."),
        Para("", gap=24),  # blank space above the one-line signer block (clear of the seal)
    ]
    return Doc(
        name="ho7_bc_ctk_ninhthuan_kinh_te",
        description=(
            "Báo cáo of a provincial statistics office under its national body (TỔNG CỤC "
            "THỐNG KÊ / CỤC THỐNG KÊ / TỈNH NINH THUẬN, the issuer on two bold lines), number "
            "BC-CTK, no Kính gửi; one opening sentence with Luật Thống kê (long date), a bare "
            "'Luật số 01/2021/QH15 ngày 12/11/2021' and a UBND Công văn with a unit code "
            "(1352/UBND-KTTH, ngày 3/6/2024), then a HĐND resolution with a padded short date "
            "(ngày 08/12/2023); a ruled 5-column statistics table without an STT column "
            "(Chỉ tiêu / Đơn vị tính / Thực hiện 6 tháng năm 2023 / Ước tính 6 tháng năm 2024 "
            "/ So với cùng kỳ năm trước (%); keys chi_tieu, don_vi_tinh, thuc_hien_2023, "
            "uoc_2024, so_sanh) of 12 rows, four sub-rows starting with '- ', '-' cells, "
            "figures 14.862,35, 621,00, 1.124,5, 112,46, units tỷ đồng, nghìn lượt, triệu USD; "
            "figures in the text (3,95 điểm phần trăm, 1.028,5 ha); Chăm and Raglai areas "
            "(Ramưwan, Bàu Trúc, Bác Ái); signer CỤC TRƯỞNG without a prefix, a Chăm surname "
            "(Đàng); blur 1.0."
        ),
        tests="BC of a Cục Thống kê; statistics table without STT, '- ' sub-rows; CỤC TRƯỞNG",
        origin=TEAM,
        seed=963,
        scan=Scan(
            rotation_deg=0.4,
            noise_sigma=4,
            blur=1.0,
            jpeg_quality=66,
            paper=(248, 244, 235),
            illumination=0.05,
        ),
        chu_quan=["TỔNG CỤC THỐNG KÊ"],
        ban_hanh=["CỤC THỐNG KÊ", "TỈNH NINH THUẬN"],
        so="186",
        ky_hieu="BC-CTK",
        dia_danh="Ninh Thuận",
        ngay=date(2024, 6, 28),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject="Tình hình kinh tế - xã hội tháng 6 và 6 tháng đầu năm 2024",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Tổng cục Thống kê (b/c)",
                "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
                "UBND tỉnh (b/c)",
                "Sở Kế hoạch và Đầu tư",
                "Lãnh đạo Cục",
                "Lưu: VT, TKTH",
            ]
        ),
        signer=["CỤC TRƯỞNG"],
        nguoi_ky="Đàng Năng Hòa",
        seal_text="CỤC THỐNG KÊ TỈNH NINH THUẬN * TỔNG CỤC THỐNG KÊ * ",
        refs=[r_luat, r_luat01, r_cv, r_nq],
    )


def doc_ho7_cv_ubnd_bien_gioi() -> Doc:
    r_kh = Ref(
        "Kế hoạch",
        "08/KH-UBND",
        date(2025, 1, 6),
        "Ủy ban nhân dân tỉnh",
        long_date=False,
        pad=False,
    )
    r_cv = Ref("Công văn", "35/CAT-PA01", date(2025, 1, 7), "Công an tỉnh", long_date=False)
    r_luat_bp = Ref("Luật", "66/2020/QH14", date(2020, 11, 11), ten="Luật Biên phòng Việt Nam")
    r_luat_bm = Ref(
        "Luật",
        "29/2018/QH14",
        date(2018, 11, 15),
        ten="Luật Bảo vệ bí mật nhà nước",
        long_date=False,
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_kh.cite()} về bảo đảm an ninh, trật tự dịp Tết Nguyên đán Ất Tỵ năm "
            f"2025 và {r_cv.cite()}, Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị, địa "
            "phương thực hiện các nội dung sau:"
        ),
        Para(
            "1. Công an huyện chủ trì, phối hợp với Ban Chỉ huy Quân sự huyện, các đồn Biên "
            "phòng nắm chắc tình hình tuyến biên giới Việt Nam - Campuchia; ngăn chặn xuất "
            "cảnh, nhập cảnh trái phép, vận chuyển hàng cấm, ma túy qua biên giới; trực 24/24 "
            "giờ từ ngày 25/01/2025 đến hết ngày 05/02/2025."
        ),
        Para(
            f"2. Các đồn Biên phòng thực hiện nghiêm {r_luat_bp.cite()}; tăng cường tuần tra, "
            "kiểm soát đường mòn, lối mở trên tuyến biên giới."
        ),
        Para(
            "3. Ủy ban nhân dân các xã Ia Dom, Ia Đal, Ia Tơi quản lý chặt chẽ nhân khẩu, lao "
            "động tự do tại các nông trường cao su; vận động đồng bào không vượt biên trái "
            "phép; tổ chức cho nhân dân đón Tết an toàn, tiết kiệm."
        ),
        Para(
            "4. Văn bản này thuộc bí mật nhà nước độ Mật, được quản lý, sử dụng theo quy định "
            f"của {r_luat_bm.cite()}; không sao, chụp, đăng tải trên không gian mạng."
        ),
        Para(
            "Kết quả thực hiện báo cáo về Ủy ban nhân dân huyện (qua Công an huyện) trước 16 giờ "
            "00 ngày 07/02/2025./."
        ),
    ]
    return Doc(
        name="ho7_cv_ubnd_iahdrai_bien_gioi",
        description=(
            "Công văn of a border district People's Committee marked MẬT, the first secrecy "
            "mark in any set (ỦY BAN NHÂN DÂN / HUYỆN IA H'DRAI on two bold lines, an "
            "apostrophe in the name; the district as place name), number UBND-NC, a two-line "
            "V/v and the MẬT box under it (truth: do_mat 'MẬT', do_khan null); Kính gửi with "
            "four addressees, one with a colon and Jarai-derived commune names (Ia Dom, Ia Đal, "
            "Ia Tơi); a provincial Kế hoạch with an unpadded short date (ngày 6/1/2025) and "
            "the provincial police's Công văn with a unit code (35/CAT-PA01, ngày 07/01/2025) "
            "in the opening sentence; Luật Biên phòng Việt Nam with a long date and Luật Bảo vệ "
            "bí mật nhà nước with a short date; deadlines and '24/24 giờ' in the body; Nơi "
            "nhận ending 'Lưu: VT, NC (02b)'; signer TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH; -1.3° "
            "skew, noise σ 7."
        ),
        tests="CV marked MẬT (do_mat); apostrophe in the district name; TM. ỦY BAN NHÂN DÂN",
        origin=TEAM,
        seed=964,
        scan=Scan(
            rotation_deg=-1.3,
            noise_sigma=7,
            blur=0.8,
            jpeg_quality=57,
            paper=(245, 241, 231),
            illumination=0.08,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "HUYỆN IA H'DRAI"],
        so="26",
        ky_hieu="UBND-NC",
        vv=(
            "tăng cường bảo đảm an ninh, trật tự khu vực biên giới dịp Tết Nguyên đán Ất Tỵ năm "
            "2025"
        ),
        do_mat="MẬT",
        dia_danh="Ia H'Drai",
        ngay=date(2025, 1, 9),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Công an huyện",
            "Ban Chỉ huy Quân sự huyện",
            "Các đồn Biên phòng trên địa bàn huyện",
            "Ủy ban nhân dân các xã: Ia Dom, Ia Đal, Ia Tơi",
        ],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "TT Huyện ủy, TT HĐND huyện (b/c)",
                "CT, các PCT UBND huyện",
                "Lưu: VT, NC (02b)",
            ]
        ),
        signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        nguoi_ky="Trịnh Quang Vinh",
        seal_text="ỦY BAN NHÂN DÂN HUYỆN IA H'DRAI * TỈNH KON TUM * ",
        refs=[r_kh, r_cv, r_luat_bp, r_luat_bm],
    )


def doc_ho7_nq_hdnd_ten_duong() -> Doc:
    r_luat = Ref(
        "Luật", "77/2015/QH13", date(2015, 6, 19), ten="Luật Tổ chức chính quyền địa phương"
    )
    r_nd = Ref("Nghị định", "91/2005/NĐ-CP", date(2005, 7, 11), "Chính phủ")
    r_tt = Ref(
        "Thông tư",
        "36/2006/TT-BVHTT",
        date(2006, 3, 20),
        "Bộ Văn hóa - Thông tin",
        long_date=False,
        pad=False,
    )
    r_ttr = Ref(
        "Tờ trình",
        "148/TTr-UBND",
        date(2024, 11, 22),
        "Ủy ban nhân dân tỉnh",
        long_date=False,
    )
    r_bc = Ref(
        "Báo cáo",
        "412/BC-HĐND",
        date(2024, 12, 5),
        "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh",
        ten="Báo cáo thẩm tra",
        long_date=False,
        pad=False,
    )
    table = Table(
        header=[
            "STT",
            "Tên đường, phố",
            "Phường",
            "Điểm đầu",
            "Điểm cuối",
            "Dài (m)",
            "Rộng (m)",
        ],
        columns=["stt", "ten_duong", "phuong", "diem_dau", "diem_cuoi", "chieu_dai", "chieu_rong"],
        widths=[0.06, 0.2, 0.12, 0.22, 0.22, 0.09, 0.09],
        align=["c", "l", "l", "l", "l", "c", "c"],
        size=11.5,
        rows=[
            [
                "1",
                "Đường Nà Lừa",
                "Mỹ Lâm",
                "Ngã ba giao Quốc lộ 2 (Km 7+200)",
                "Cổng Khu du lịch suối khoáng Mỹ Lâm",
                "1.245",
                "19,5",
            ],
            [
                "2",
                "Phố Lũng Cò",
                "Mỹ Lâm",
                "Giao đường Nà Lừa",
                "Nhà văn hóa tổ dân phố Bến Đền",
                "486",
                "13,5",
            ],
            ["3", "Đường Kim Quan", "An Tường", "Giao đường Lê Duẩn", "Cầu Chả", "1.032", "16,5"],
            [
                "4",
                "Phố Hồng Thái",
                "An Tường",
                "Giao đường Kim Quan",
                "Trường Tiểu học An Tường",
                "358",
                "11,5",
            ],
            [
                "5",
                "Đường Kim Bình",
                "Ỷ La",
                "Giao đường Quang Trung",
                "Giao đường Phạm Văn Đồng",
                "1.518",
                "20,5",
            ],
            ["6", "Phố Phúc Ninh", "Ỷ La", "Giao đường Kim Bình", "Khu dân cư tổ 9", "274", "10,5"],
            ["", "Tổng cộng", "", "", "", "4.913", ""],
        ],
    )
    body: list[Block] = [
        Para("HỘI ĐỒNG NHÂN DÂN TỈNH TUYÊN QUANG", style=BOLD, align="center", indent=0, gap=2),
        Para("KHÓA XIX, KỲ HỌP THỨ 24", style=BOLD, align="center", indent=0, gap=0),
        Para(f"Căn cứ {r_luat.cite()};", style=ITALIC, gap=6),
        Para(
            f"Căn cứ {r_nd.cite()} ban hành Quy chế đặt tên, đổi tên đường, phố và công trình "
            "công cộng;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_tt.cite()} hướng dẫn thực hiện một số điều của Quy chế đặt tên, đổi "
            "tên đường, phố và công trình công cộng;",
            style=ITALIC,
        ),
        Para(
            f"Xét {r_ttr.cite()} về việc đặt tên đường, phố trên địa bàn thành phố Tuyên Quang "
            f"năm 2024; {r_bc.cite()}; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại "
            "kỳ họp.",
            style=ITALIC,
        ),
        Para("QUYẾT NGHỊ:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Đặt tên 06 tuyến đường, phố trên địa bàn các phường Mỹ Lâm, An Tường, "
            "Ỷ La, thành phố Tuyên Quang với tổng chiều dài 4.913 m (chi tiết tại Phụ lục kèm "
            "theo Nghị quyết này). Các tên được đặt đã được lấy ý kiến nhân dân tại các tổ dân "
            "phố và được Hội đồng tư vấn đặt tên đường, phố và công trình công cộng của tỉnh "
            "thẩm định.",
            gap=4,
        ),
        Para("**Điều 2.** Tổ chức thực hiện", gap=4),
        Para(
            "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; chỉ đạo Ủy ban nhân dân "
            "thành phố Tuyên Quang gắn biển tên đường, phố, cập nhật vào bản đồ hành chính và "
            "hệ thống địa chỉ số, hoàn thành trong quý II/2025."
        ),
        Para(
            "2. Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu "
            "và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết."
        ),
        Para(
            "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội "
            "tuyên truyền, vận động nhân dân thực hiện Nghị quyết; phối hợp giám sát việc gắn "
            "biển tên đường, phố."
        ),
        Para(
            "Nghị quyết này đã được Hội đồng nhân dân tỉnh Tuyên Quang khóa XIX, Kỳ họp thứ 24 "
            "thông qua ngày 11 tháng 12 năm 2024 và có hiệu lực từ ngày thông qua./.",
            gap=6,
        ),
        Para("", gap=24),  # blank space above the one-line signer block (clear of the seal)
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "TÊN ĐƯỜNG, PHỐ ĐƯỢC ĐẶT TRÊN ĐỊA BÀN THÀNH PHỐ TUYÊN QUANG NĂM 2024",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Nghị quyết số 52/NQ-HĐND ngày 11/12/2024 của Hội đồng nhân dân tỉnh "
            "Tuyên Quang)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        table,
        Para(
            "Ghi chú: chiều rộng là chiều rộng chỉ giới đường đỏ (mặt đường và vỉa hè hai bên).",
            style=ITALIC,
            indent=0,
            size=12.0,
            gap=6,
        ),
    ]
    return Doc(
        name="ho7_nq_hdnd_tuyenquang_ten_duong",
        description=(
            "Nghị quyết of a provincial People's Council (HỘI ĐỒNG NHÂN DÂN / TỈNH TUYÊN QUANG "
            "on two bold lines, no parent body), number NQ-HĐND; authority lines HỘI ĐỒNG NHÂN "
            "DÂN TỈNH TUYÊN QUANG / KHÓA XIX, KỲ HỌP THỨ 24; italic Căn cứ lines: Luật Tổ chức "
            "chính quyền địa phương and Nghị định 91/2005/NĐ-CP with long dates, Thông tư "
            "36/2006/TT-BVHTT with an unpadded short date (ngày 20/3/2006, issuer with a "
            "hyphen 'Bộ Văn hóa - Thông tin'); a Xét line with the UBND Tờ trình (ngày "
            "22/11/2024) and a numbered Báo cáo thẩm tra (412/BC-HĐND, ngày 5/12/2024, printed "
            "as 'Báo cáo thẩm tra số …', truth loai 'Báo cáo'); QUYẾT NGHỊ: Điều 1-2; the date "
            "of adoption in the closing sentence; signer CHỦ TỊCH alone (truth: tham_quyen_ky "
            "null); a Phụ lục page after the signature with a 7-column list of streets (keys "
            "stt, ten_duong, phuong, diem_dau, diem_cuoi, chieu_dai, chieu_rong; Tày place "
            "names Nà Lừa, Lũng Cò; 1.245, 19,5; a Tổng cộng row with empty cells). The Phụ "
            "lục's 'Kèm theo Nghị quyết số 52/NQ-HĐND ...' names the document itself and is "
            "not a related document."
        ),
        tests="provincial HĐND NQ; signer CHỦ TỊCH without TM.; Phụ lục list of streets",
        origin=TEAM,
        seed=965,
        scan=Scan(
            rotation_deg=-0.5,
            noise_sigma=5,
            blur=0.7,
            jpeg_quality=65,
            paper=(247, 244, 234),
            illumination=0.06,
        ),
        ban_hanh=["HỘI ĐỒNG NHÂN DÂN", "TỈNH TUYÊN QUANG"],
        so="52",
        ky_hieu="NQ-HĐND",
        dia_danh="Tuyên Quang",
        ngay=date(2024, 12, 11),
        title="NGHỊ QUYẾT",
        loai_van_ban="Nghị quyết",
        subject="Về việc đặt tên đường, phố trên địa bàn thành phố Tuyên Quang năm 2024",
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "UBTV Quốc hội (b/c)",
                "Chính phủ (b/c)",
                "Bộ Văn hóa, Thể thao và Du lịch",
                "TT Tỉnh ủy (b/c)",
                "TT HĐND, UBND, UBMTTQ tỉnh",
                "Đại biểu HĐND tỉnh",
                "Các sở, ban, ngành tỉnh",
                "TT HĐND, UBND thành phố Tuyên Quang",
                "Lưu: VT, HĐND",
            ]
        ),
        signer=["CHỦ TỊCH"],
        nguoi_ky="Hà Ngọc Lâm",
        seal_text="HỘI ĐỒNG NHÂN DÂN * TỈNH TUYÊN QUANG * ",
        refs=[r_luat, r_nd, r_tt, r_ttr, r_bc],
    )


def doc_ho7_gm_bdt_uy_tin() -> Doc:
    r_qd12 = Ref(
        "Quyết định",
        "12/2018/QĐ-TTg",
        date(2018, 3, 6),
        "Thủ tướng Chính phủ",
        long_date=False,
        pad=False,
    )
    r_kh = Ref(
        "Kế hoạch",
        "4215/KH-UBND",
        date(2024, 10, 18),
        "Ủy ban nhân dân tỉnh",
        long_date=False,
    )
    r_qd1719 = Ref("Quyết định", "1719/QĐ-TTg", date(2021, 10, 14), "Thủ tướng Chính phủ")
    body: list[Block] = [
        Para(
            f"Thực hiện {r_qd12.cite()} về tiêu chí lựa chọn, công nhận người có uy tín và chính "
            f"sách đối với người có uy tín trong đồng bào dân tộc thiểu số và {r_kh.cite()}, "
            "Ban Dân tộc tỉnh Lai Châu "
            "tổ chức Hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu "
            "số năm 2024, gắn với sơ kết việc thực hiện Chương trình mục tiêu quốc gia phát "
            "triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo "
            f"{r_qd1719.cite()}."
        ),
        Para("Ban Dân tộc trân trọng kính mời:"),
        Para(
            "- Đại diện lãnh đạo Thường trực Tỉnh ủy, Thường trực HĐND tỉnh, UBND tỉnh, Ủy ban "
            "MTTQ Việt Nam tỉnh;",
            indent=5,
            gap=1,
        ),
        Para("- Lãnh đạo Phòng Dân tộc các huyện, thành phố;", indent=5, gap=1),
        Para(
            "- 45 người có uy tín tiêu biểu của 8 huyện, thành phố (có danh sách kèm theo), "
            "trong đó ông Lò Văn Pọm, bản Nà Luông, xã Bản Hon, huyện Tam Đường và bà Tẩn Thị "
            "Mẩy, bản Sin Suối Hồ, xã Sin Suối Hồ, huyện Phong Thổ trình bày tham luận.",
            indent=5,
            gap=1,
        ),
        Para("Thời gian: 07 giờ 30 phút, thứ Năm, ngày 19/12/2024 (01 ngày)."),
        Para(
            "Địa điểm: Hội trường Nhà khách Ủy ban nhân dân tỉnh, phường Tân Phong, thành phố "
            "Lai Châu."
        ),
        Para(
            "Đề nghị Phòng Dân tộc các huyện, thành phố bố trí phương tiện đưa, đón người có uy "
            "tín của địa phương đến dự đúng thời gian. Thông tin chi tiết liên hệ Văn phòng Ban "
            "Dân tộc, điện thoại: 0213.3876.254."
        ),
        Para("Rất mong các đồng chí và các đại biểu quan tâm, tham dự./."),
    ]
    return Doc(
        name="ho7_gm_bdt_laichau_uy_tin",
        description=(
            "Giấy mời of a provincial Committee for Ethnic Minority Affairs (parent UBND TỈNH "
            "LAI CHÂU, issuer BAN DÂN TỘC on one bold line; a body that existed until "
            "1/3/2025), number GM-BDT; one sentence citing 12/2018/QĐ-TTg with an unpadded "
            "short date (ngày 6/3/2018), a provincial Kế hoạch with a padded one (ngày "
            "18/10/2024) and 1719/QĐ-TTg with a long date at the end of the sentence; '- ' "
            "invitee lines naming Thái, Dao and Mông places and people (Lò Văn Pọm, Tẩn Thị "
            "Mẩy, Sin Suối Hồ); time and place lines with a weekday (thứ Năm, ngày "
            "19/12/2024) that are not citations; a phone number; signer KT. TRƯỞNG BAN / PHÓ "
            "TRƯỞNG BAN with a Thái surname (Lường); +1.4° skew."
        ),
        tests="GM of a Ban Dân tộc; ethnic-minority names; KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN",
        origin=TEAM,
        seed=966,
        scan=Scan(
            rotation_deg=1.4,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=69,
            paper=(246, 243, 232),
            illumination=0.07,
        ),
        chu_quan=["UBND TỈNH LAI CHÂU"],
        ban_hanh=["BAN DÂN TỘC"],
        so="318",
        ky_hieu="GM-BDT",
        dia_danh="Lai Châu",
        ngay=date(2024, 12, 9),
        title="GIẤY MỜI",
        loai_van_ban="Giấy mời",
        subject=(
            "Dự Hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số "
            "tỉnh Lai Châu năm 2024"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(["Như thành phần mời", "Trưởng ban (b/c)", "Lưu: VT, VP"]),
        signer=["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
        nguoi_ky="Lường Văn Khởi",
        seal_text="BAN DÂN TỘC * TỈNH LAI CHÂU * ",
        refs=[r_qd12, r_kh, r_qd1719],
    )


HELDOUT7_DOCS = [
    doc_ho7_ct_ubnd_khoang_san,
    doc_ho7_kh_skhcn_do_luong,
    doc_ho7_bc_ctk_kinh_te,
    doc_ho7_cv_ubnd_bien_gioi,
    doc_ho7_nq_hdnd_ten_duong,
    doc_ho7_gm_bdt_uy_tin,
]


# --------------------------------------------------------------------------------------
# Eighth held-out set (benchmarks/heldout8/): written blind (without running the pipeline
# or reading its code) and never used to tune it; other provinces, agencies and layouts
# --------------------------------------------------------------------------------------

HELDOUT8_DIR = REPO_ROOT / "benchmarks" / "heldout8"


def doc_ho8_qd_sxd_trat_tu() -> Doc:
    r_luat = Ref("Luật", "50/2014/QH13", date(2014, 6, 18), ten="Luật Xây dựng")
    r_luat_sd = Ref(
        "Luật",
        "62/2020/QH14",
        date(2020, 6, 17),
        ten="Luật sửa đổi, bổ sung một số điều của Luật Xây dựng",
    )
    r_nd = Ref("Nghị định", "16/2022/NĐ-CP", date(2022, 1, 28), "Chính phủ", long_date=False)
    r_qd = Ref(
        "Quyết định",
        "08/2023/QĐ-UBND",
        date(2023, 3, 14),
        "Ủy ban nhân dân tỉnh Đắk Nông",
        long_date=False,
        pad=False,
    )
    r_kh = Ref("Kế hoạch", "96/KH-UBND", date(2025, 2, 10), "Ủy ban nhân dân tỉnh", long_date=False)
    r_ttr = Ref("Tờ trình", "15/TTr-QLN", date(2025, 2, 17), long_date=False)
    qln = "Phòng Quản lý nhà và Thị trường bất động sản"
    table = Table(
        header=[
            "STT",
            "Nhiệm vụ",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian hoàn thành",
            "Ghi chú",
        ],
        columns=["stt", "nhiem_vu", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_gian", "ghi_chu"],
        widths=[0.06, 0.32, 0.18, 0.18, 0.12, 0.14],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo đang ở nhà tạm, nhà dột nát "
                "cần hỗ trợ năm 2025; ưu tiên hộ đồng bào M'Nông, Mạ, Ê Đê tại chỗ",
                qln,
                "UBND các huyện, thành phố Gia Nghĩa; Sở Lao động - Thương binh và Xã hội",
                "Quý I/2025",
                "Làm cơ sở phân bổ vốn",
            ],
            [
                "2",
                "Ban hành 03 mẫu thiết kế nhà ở “3 cứng” (nền cứng, khung - tường cứng, mái "
                "cứng) phù hợp phong tục, tập quán của đồng bào dân tộc thiểu số",
                "Phòng Quy hoạch - Kiến trúc",
                "Trung tâm Kiểm định chất lượng công trình xây dựng",
                "Trước ngày 31/3/2025",
                "Cấp miễn phí cho các xã",
            ],
            [
                "3",
                "Kiểm tra tiến độ, chất lượng nhà ở được hỗ trợ tại xã Quảng Trực (bon Bu "
                "Prăng, huyện Tuy Đức) và xã Đắk R'Măng (huyện Đắk Glong)",
                "Thanh tra Sở",
                "UBND huyện Tuy Đức, UBND huyện Đắk Glong",
                "Trước ngày 15/6/2025",
                "",
            ],
            [
                "4",
                "Kiểm tra công tác cấp giấy phép xây dựng, quản lý trật tự xây dựng tại thành "
                "phố Gia Nghĩa, thị trấn Đắk Mil và thị trấn Ea T'Ling",
                "Thanh tra Sở",
                "UBND các huyện, thành phố; Công an tỉnh",
                "Quý III/2025",
                "Có kết luận kiểm tra",
            ],
            [
                "5",
                "Đôn đốc xử lý dứt điểm 43 trường hợp xây dựng không phép, sai phép đã lập biên "
                "bản vi phạm hành chính năm 2024",
                "Thanh tra Sở",
                "UBND các huyện, thành phố",
                "Tháng 9/2025",
                "Báo cáo UBND tỉnh",
            ],
            [
                "6",
                "Cập nhật cơ sở dữ liệu về nhà ở và thị trường bất động sản; công bố thông tin "
                "định kỳ trên Cổng thông tin điện tử của Sở",
                qln,
                "Sở Tài nguyên và Môi trường; Cục Thuế tỉnh",
                "Thường xuyên",
                "Hằng quý",
            ],
            [
                "7",
                "Rà soát, điều chỉnh Chương trình phát triển đô thị thành phố Gia Nghĩa đến năm "
                "2030",
                "Phòng Quản lý hạ tầng kỹ thuật và Phát triển đô thị",
                "UBND thành phố Gia Nghĩa",
                "Quý II - III/2025",
                "Trình UBND tỉnh phê duyệt",
            ],
            [
                "8",
                "Tập huấn nghiệp vụ quản lý trật tự xây dựng cho công chức Địa chính - Xây dựng "
                "cấp xã",
                "Văn phòng Sở",
                "UBND các huyện, thành phố",
                "Tháng 5/2025",
                "02 lớp, 150 học viên",
            ],
            [
                "9",
                "Xây dựng Kế hoạch phát triển nhà ở tỉnh Đắk Nông năm 2026",
                qln,
                "Các sở, ngành; UBND các huyện, thành phố",
                "Trước ngày 30/11/2025",
                "",
            ],
            [
                "10",
                "Sơ kết, tổng kết việc thực hiện Danh mục nhiệm vụ; đề xuất khen thưởng",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Tháng 12/2025",
                "Báo cáo tổng kết",
            ],
        ],
    )
    body: list[Block] = [
        Para("GIÁM ĐỐC SỞ XÂY DỰNG TỈNH ĐẮK NÔNG", style=BOLD, align="center", indent=0, gap=2),
        Para(f"Căn cứ {r_luat.cite()}; {r_luat_sd.cite()};", style=ITALIC, gap=6),
        Para(
            f"Căn cứ {r_nd.cite()} quy định xử phạt vi phạm hành chính về xây dựng;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_qd.cite()} quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của "
            "Sở Xây dựng tỉnh Đắk Nông;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_kh.cite()} về tăng cường quản lý trật tự xây dựng và thực hiện xóa nhà "
            "tạm, nhà dột nát trên địa bàn tỉnh năm 2025;",
            style=ITALIC,
        ),
        Para(
            f"Theo đề nghị của Trưởng phòng Quản lý nhà và Thị trường bất động sản tại "
            f"{r_ttr.cite()}.",
            style=ITALIC,
        ),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Ban hành kèm theo Quyết định này Danh mục 10 nhiệm vụ trọng tâm về quản "
            "lý trật tự xây dựng, phát triển đô thị và nhà ở năm 2025 của Sở Xây dựng (chi tiết "
            "tại Phụ lục kèm theo).",
            gap=4,
        ),
        Para("**Điều 2.** Tổ chức thực hiện", gap=4),
        Para(
            "1. Thủ trưởng các phòng, đơn vị thuộc Sở được giao chủ trì chịu trách nhiệm trước "
            "Giám đốc Sở về tiến độ, chất lượng nhiệm vụ; chủ động phối hợp với Ủy ban nhân dân "
            "các huyện, thành phố Gia Nghĩa trong quá trình thực hiện; báo cáo kết quả định kỳ "
            "hằng quý (trước ngày 20 của tháng cuối quý) qua Văn phòng Sở."
        ),
        Para(
            "2. Văn phòng Sở theo dõi, đôn đốc, tổng hợp tình hình thực hiện; tham mưu Giám đốc "
            "Sở báo cáo Ủy ban nhân dân tỉnh kết quả 6 tháng trước ngày 15/6/2025 và cả năm "
            "trước ngày 10/12/2025."
        ),
        Para(
            "3. Đề nghị Ủy ban nhân dân các huyện, thành phố Gia Nghĩa chỉ đạo Phòng Kinh tế "
            "và Hạ tầng (Phòng Quản lý đô thị), Ủy ban nhân dân cấp xã phối hợp chặt chẽ với "
            "các đơn vị thuộc Sở; cung cấp kịp thời thông tin, số liệu về cấp phép xây dựng, "
            "vi phạm trật tự xây dựng và tiến độ xóa nhà tạm, nhà dột nát trên địa bàn."
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Chánh "
            "Thanh tra Sở, Trưởng các phòng chuyên môn, Giám đốc Trung tâm Kiểm định chất lượng "
            "công trình xây dựng và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành "
            "Quyết định này./.",
            gap=4,
        ),
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "DANH MỤC NHIỆM VỤ TRỌNG TÂM VỀ QUẢN LÝ TRẬT TỰ XÂY DỰNG, PHÁT TRIỂN ĐÔ THỊ VÀ NHÀ "
            "Ở NĂM 2025",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Quyết định số 87/QĐ-SXD ngày 20/02/2025 của Giám đốc Sở Xây dựng tỉnh "
            "Đắk Nông)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        table,
    ]
    return Doc(
        name="ho8_qd_sxd_daknong_trat_tu",
        description=(
            "Quyết định of a Sở under its parent (UBND TỈNH ĐẮK NÔNG / SỞ XÂY DỰNG, a kind of "
            "Sở none of the earlier sets has), number QĐ-SXD; authority line GIÁM ĐỐC SỞ XÂY "
            "DỰNG TỈNH ĐẮK NÔNG; italic Căn cứ lines: Luật Xây dựng and the law amending it in "
            "one line, both with long dates, Nghị định 16/2022/NĐ-CP with a padded short date "
            "(ngày 28/01/2022), a provincial Quyết định with an unpadded one (ngày 14/3/2023) "
            "and a provincial Kế hoạch (ngày 10/02/2025); a 'Theo đề nghị' line with a Tờ "
            "trình with a unit code and no issuer (15/TTr-QLN); Điều 1-3; signer KT. GIÁM ĐỐC "
            "/ PHÓ GIÁM ĐỐC; a Phụ lục page after the signature with a ruled 6-column task "
            "table STT / Nhiệm vụ / Đơn vị chủ trì / Đơn vị phối hợp / Thời gian hoàn thành / "
            "Ghi chú (keys stt, nhiem_vu, don_vi_chu_tri, don_vi_phoi_hop, thoi_gian, ghi_chu) "
            "of 10 rows, two with an empty Ghi chú; deadlines Quý I/2025, Trước ngày "
            "31/3/2025, Trước ngày 15/6/2025, Quý III/2025, Tháng 9/2025, Thường xuyên, Quý "
            "II - III/2025, Tháng 5/2025, Trước ngày 30/11/2025, Tháng 12/2025; M'Nông place "
            "names with apostrophes (Đắk R'Măng, Ea T'Ling, bon Bu Prăng). The Phụ lục's "
            "'Kèm theo Quyết định số 87/QĐ-SXD ...' names the document itself and is not a "
            "related document."
        ),
        tests="QĐ of a Sở Xây dựng; Phụ lục task table with Ghi chú; apostrophes; KT.",
        origin=TEAM,
        seed=971,
        scan=Scan(
            rotation_deg=0.8,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=64,
            paper=(247, 243, 233),
            illumination=0.06,
        ),
        chu_quan=["UBND TỈNH ĐẮK NÔNG"],
        ban_hanh=["SỞ XÂY DỰNG"],
        so="87",
        ky_hieu="QĐ-SXD",
        dia_danh="Đắk Nông",
        ngay=date(2025, 2, 20),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "Ban hành Danh mục nhiệm vụ trọng tâm về quản lý trật tự xây dựng, phát triển đô "
            "thị và nhà ở năm 2025"
        ),
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "UBND tỉnh (b/c)",
                "Giám đốc, các Phó Giám đốc Sở",
                "UBND các huyện, thành phố Gia Nghĩa",
                "Cổng thông tin điện tử Sở",
                "Lưu: VT, QLN",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Trương Đình Khải",
        seal_text="SỞ XÂY DỰNG * TỈNH ĐẮK NÔNG * ",
        refs=[r_luat, r_luat_sd, r_nd, r_qd, r_kh, r_ttr],
    )


def doc_ho8_bc_ubnd_nong_nghiep() -> Doc:
    r_cv = Ref(
        "Công văn",
        "2876/SNN-KHTC",
        date(2024, 11, 25),
        "Sở Nông nghiệp và Phát triển nông thôn",
        long_date=False,
    )
    r_nq_tw = Ref(
        "Nghị quyết",
        "19-NQ/TW",
        date(2022, 6, 16),
        "Ban Chấp hành Trung ương Đảng",
        long_date=False,
        pad=False,
    )
    r_nq = Ref("Nghị quyết", "45/NQ-HĐND", date(2023, 12, 20), "Hội đồng nhân dân huyện")
    r_kh = Ref("Kế hoạch", "203/KH-UBND", date(2024, 3, 8), "Ủy ban nhân dân tỉnh", long_date=False)
    table = Table(
        header=[
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Kế hoạch năm 2024",
            "Thực hiện năm 2024",
            "So với kế hoạch (%)",
        ],
        columns=["stt", "chi_tieu", "don_vi_tinh", "ke_hoach", "thuc_hien", "ty_le"],
        widths=[0.07, 0.37, 0.12, 0.14, 0.15, 0.15],
        align=["c", "l", "c", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Tổng diện tích gieo trồng cây hằng năm", "ha", "7.850", "7.912,4", "100,79"],
            ["", "- Lúa cả năm", "ha", "1.920", "1.896,5", "98,78"],
            ["", "- Ngô", "ha", "2.650", "2.718,3", "102,58"],
            ["", "- Sắn", "ha", "1.480", "1.502,0", "101,49"],
            ["2", "Sản lượng lương thực có hạt", "tấn", "18.300", "18.642,7", "101,87"],
            ["3", "Diện tích trồng rừng tập trung", "ha", "1.150", "1.236,8", "107,55"],
            ["4", "Tỷ lệ che phủ rừng", "%", "68,50", "68,74", "-"],
            ["5", "Tổng đàn trâu, bò", "con", "14.200", "13.865", "97,64"],
            ["6", "Số lồng cá nuôi trên hồ Hòa Bình", "lồng", "1.450", "1.512", "104,28"],
            ["7", "Sản lượng thủy sản", "tấn", "2.380", "2.467,9", "103,69"],
            ["8", "Số xã đạt chuẩn nông thôn mới (lũy kế)", "xã", "7", "7", "100,00"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc báo cáo kết quả thực hiện nhiệm vụ năm 2024, Ủy "
            "ban nhân dân huyện Đà Bắc báo cáo kết quả sản xuất nông, lâm nghiệp, thủy sản năm "
            "2024 và kế hoạch năm 2025 như sau:"
        ),
        H("I. KẾT QUẢ THỰC HIỆN NĂM 2024"),
        Para(
            f"Triển khai {r_nq_tw.cite()} về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm "
            f"nhìn đến năm 2045, {r_nq.cite()} về kế hoạch phát triển kinh tế - xã hội năm 2024 "
            f"và {r_kh.cite()} về cơ cấu lại ngành nông nghiệp, Ủy ban nhân dân huyện đã chỉ "
            "đạo các xã, thị trấn chuyển đổi cơ cấu cây trồng, vật nuôi phù hợp với điều kiện "
            "vùng lòng hồ. Mặc dù chịu ảnh hưởng của cơn bão số 3 (tháng 9/2024) gây sạt lở tại "
            "các xã Tiền Phong, Vầy Nưa, Đồng Chum, làm thiệt hại 126,4 ha lúa, ngô và 38 lồng "
            "cá, sản xuất nông nghiệp cơ bản ổn định; 7/8 chỉ tiêu chủ yếu đạt và vượt kế hoạch "
            "(chi tiết tại Bảng 1)."
        ),
        Para(
            "Bảng 1. Một số chỉ tiêu chủ yếu về sản xuất nông, lâm nghiệp, thủy sản năm 2024",
            style=ITALIC,
            align="center",
            indent=0,
            gap=6,
            keep=3,
        ),
        table,
        Para(
            "Tổng đàn trâu, bò chỉ đạt 97,64% kế hoạch do bệnh viêm da nổi cục tái phát tại các "
            "xã Giáp Đắt, Tân Minh (tiêu hủy 47 con) và diện tích đồng cỏ bị thu hẹp. Nuôi cá "
            "lồng trên hồ Hòa Bình tiếp tục phát triển, tập trung ở các xã Hiền Lương, Tiền "
            "Phong, Vầy Nưa với 1.512 lồng, tăng 62 lồng so với kế hoạch. Tỷ lệ che phủ rừng "
            "đạt 68,74%, tăng 0,24 điểm phần trăm so với kế hoạch; giá trị sản phẩm trên 01 ha "
            "đất trồng trọt ước đạt 52,6 triệu đồng."
        ),
        H("II. KẾ HOẠCH NĂM 2025"),
        Para(
            "Phấn đấu tổng diện tích gieo trồng cây hằng năm 7.950 ha; sản lượng lương thực có "
            "hạt 18.800 tấn; trồng rừng tập trung 1.200 ha; tỷ lệ che phủ rừng 68,90%; duy trì "
            "1.550 lồng cá; có thêm 01 xã (Mường Chiềng) đạt chuẩn nông thôn mới."
        ),
        H("III. ĐỀ XUẤT, KIẾN NGHỊ"),
        Para(
            "Đề nghị Sở Nông nghiệp và Phát triển nông thôn hỗ trợ huyện 12.500 liều vắc xin "
            "viêm da nổi cục, 45.000 con cá giống (cá lăng, cá chiên) cho các hộ bị thiệt hại "
            "do bão; hướng dẫn xây dựng chuỗi liên kết tiêu thụ cá sông Đà."
        ),
        Para("Ủy ban nhân dân huyện Đà Bắc trân trọng báo cáo./."),
    ]
    return Doc(
        name="ho8_bc_ubnd_dabac_nong_nghiep",
        description=(
            "Báo cáo of a district People's Committee in a Mường-Tày-Dao area (ỦY BAN NHÂN DÂN "
            "/ HUYỆN ĐÀ BẮC on two bold lines, no parent body), number BC-UBND; Kính gửi with "
            "two addressees; opening sentence with the Sở's Công văn with a unit code "
            "(2876/SNN-KHTC, ngày 25/11/2024); one sentence citing the Party resolution "
            "19-NQ/TW with an unpadded short date (ngày 16/6/2022), a district HĐND resolution "
            "with a long date and a provincial Kế hoạch with a padded one (ngày 08/03/2024); "
            "an italic table caption and a ruled 6-column statistics table STT / Chỉ tiêu / Đơn "
            "vị tính / Kế hoạch năm 2024 / Thực hiện năm 2024 / So với kế hoạch (%) (keys stt, "
            "chi_tieu, don_vi_tinh, ke_hoach, thuc_hien, ty_le) of 11 rows, three of them "
            "'- ' sub-rows with an empty STT, thousands points and decimal commas (7.912,4; "
            "18.642,7; 100,79), a '-' cell; figures in the text (97,64%, 0,24 điểm phần trăm, "
            "52,6 triệu đồng); Mường commune names (Tiền Phong, Vầy Nưa, Đồng Chum, Mường "
            "Chiềng); signer TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH with the Tày "
            "surname Xa; -1.2° skew."
        ),
        tests="district BC; numeric table with sub-rows; TM. + KT. three-line signer",
        origin=TEAM,
        seed=972,
        scan=Scan(
            rotation_deg=-1.2,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=60,
            paper=(246, 242, 231),
            illumination=0.07,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "HUYỆN ĐÀ BẮC"],
        so="418",
        ky_hieu="BC-UBND",
        dia_danh="Đà Bắc",
        ngay=date(2024, 12, 16),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject="Kết quả sản xuất nông, lâm nghiệp, thủy sản năm 2024 và kế hoạch năm 2025",
        kinh_gui=["Ủy ban nhân dân tỉnh Hòa Bình", "Sở Nông nghiệp và Phát triển nông thôn"],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "TT Huyện ủy, TT HĐND huyện (b/c)",
                "Chủ tịch, các PCT UBND huyện",
                "Phòng Nông nghiệp và PTNT huyện",
                "Lưu: VT, NN",
            ]
        ),
        signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Xa Văn Thiệm",
        seal_text="ỦY BAN NHÂN DÂN HUYỆN ĐÀ BẮC * TỈNH HÒA BÌNH * ",
        refs=[r_cv, r_nq_tw, r_nq, r_kh],
    )


def doc_ho8_hd_stc_bao_so_3() -> Doc:
    r_luat_pctt = Ref("Luật", "33/2013/QH13", date(2013, 6, 19), ten="Luật Phòng, chống thiên tai")
    r_luat_nsnn = Ref(
        "Luật",
        "83/2015/QH13",
        date(2015, 6, 25),
        ten="Luật Ngân sách nhà nước",
        long_date=False,
        pad=False,
    )
    r_nd = Ref("Nghị định", "02/2017/NĐ-CP", date(2017, 1, 9), "Chính phủ", long_date=False)
    r_qd = Ref(
        "Quyết định",
        "2186/QĐ-UBND",
        date(2024, 9, 27),
        "Ủy ban nhân dân tỉnh Yên Bái",
        long_date=False,
        pad=False,
    )
    r_cv = Ref(
        "Công văn",
        "3518/UBND-KT",
        date(2024, 10, 2),
        "Ủy ban nhân dân tỉnh",
        long_date=False,
        pad=False,
    )
    table = Table(
        header=["STT", "Nội dung công việc", "Cơ quan thực hiện", "Thời hạn"],
        columns=["stt", "nhiem_vu", "don_vi_chu_tri", "thoi_gian"],
        widths=[0.07, 0.43, 0.26, 0.24],
        align=["c", "l", "l", "c"],
        size=12.0,
        rows=[
            [
                "1",
                "Rà soát, lập danh sách hộ bị thiệt hại có xác nhận của trưởng thôn, bản; niêm "
                "yết công khai",
                "UBND các xã, phường, thị trấn",
                "Trước ngày 15/10/2024",
            ],
            [
                "2",
                "Thẩm định, phê duyệt danh sách và kinh phí hỗ trợ",
                "UBND các huyện, thị xã, thành phố",
                "Trước ngày 25/10/2024",
            ],
            [
                "3",
                "Chi trả tiền hỗ trợ trực tiếp cho hộ dân (có ký nhận) hoặc qua tài khoản",
                "UBND cấp xã; Phòng Tài chính - Kế hoạch cấp huyện",
                "Trong 10 ngày làm việc kể từ ngày được phê duyệt",
            ],
            [
                "4",
                "Báo cáo tiến độ giải ngân kinh phí hỗ trợ về Sở Tài chính",
                "UBND các huyện, thị xã, thành phố",
                "Thứ Sáu hằng tuần",
            ],
            [
                "5",
                "Quyết toán kinh phí hỗ trợ",
                "Các đơn vị sử dụng ngân sách",
                "Cùng quyết toán ngân sách năm 2024",
            ],
        ],
    )
    body: list[Block] = [
        Para(f"Căn cứ {r_luat_pctt.cite()}; {r_luat_nsnn.cite()};"),
        Para(
            f"Căn cứ {r_nd.cite()} về cơ chế, chính sách hỗ trợ sản xuất nông nghiệp để khôi "
            "phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh;"
        ),
        Para(
            f"Căn cứ {r_qd.cite()} về việc phân bổ kinh phí hỗ trợ khắc phục hậu quả cơn bão số "
            f"3 cho các huyện, thị xã, thành phố (đợt 1) và {r_cv.cite()} về việc khẩn trương "
            "chi trả kinh phí hỗ trợ, Sở Tài chính hướng dẫn như sau:"
        ),
        H("I. NGUYÊN TẮC CHUNG"),
        Para(
            "1. Kinh phí hỗ trợ phải được sử dụng đúng mục đích, đúng đối tượng, kịp thời, công "
            "khai, minh bạch; không để xảy ra thất thoát, lợi dụng, trục lợi chính sách."
        ),
        Para(
            "2. Việc hỗ trợ thực hiện trên cơ sở danh sách đã được Ủy ban nhân dân cấp xã rà "
            "soát, niêm yết công khai tại trụ sở và nhà văn hóa thôn, bản ít nhất 03 ngày làm "
            "việc; mỗi hộ chỉ được hỗ trợ một lần cho cùng một nội dung thiệt hại."
        ),
        H("II. NỘI DUNG VÀ MỨC HỖ TRỢ"),
        Para(
            "1. Hỗ trợ khôi phục sản xuất nông nghiệp (cây trồng, lâm nghiệp, chăn nuôi, nuôi "
            "trồng thủy sản): thực hiện theo đối tượng, điều kiện và mức hỗ trợ quy định tại "
            "Nghị định nêu trên."
        ),
        Para(
            "2. Hỗ trợ về nhà ở: nhà bị sập đổ, cuốn trôi hoàn toàn 40.000.000 đồng/hộ; nhà bị "
            "hư hỏng nặng (trên 50%) 20.000.000 đồng/hộ; hộ phải di dời khẩn cấp do sạt lở đất "
            "10.000.000 đồng/hộ."
        ),
        Para(
            "3. Hỗ trợ mai táng phí, hỗ trợ người bị thương nặng: chi từ nguồn dự phòng ngân sách "
            "cấp huyện và Quỹ Phòng, chống thiên tai tỉnh theo quy định."
        ),
        H("III. TRÌNH TỰ, THỜI HẠN THỰC HIỆN", keep=6),
        table,
        H("IV. HỒ SƠ THANH TOÁN, QUYẾT TOÁN"),
        Para(
            "a) Quyết định phê duyệt danh sách và kinh phí hỗ trợ của Ủy ban nhân dân cấp huyện; "
            "b) Danh sách chi trả có chữ ký hoặc điểm chỉ của người nhận; c) Chứng từ chuyển "
            "khoản (nếu chi qua tài khoản); d) Biên bản kiểm tra, xác định mức độ thiệt hại."
        ),
        H("V. TỔ CHỨC THỰC HIỆN"),
        Para(
            "Ủy ban nhân dân các huyện Lục Yên, Văn Yên, Trấn Yên, Yên Bình, Văn Chấn, Mù Cang "
            "Chải, Trạm Tấu, thị xã Nghĩa Lộ và thành phố Yên Bái chỉ đạo Phòng Tài chính - Kế "
            "hoạch phối hợp với Kho bạc Nhà nước cấp huyện thực hiện; ưu tiên chi trả trước cho "
            "các xã bị thiệt hại nặng như Châu Quế Thượng, Phong Dụ Thượng (huyện Văn Yên), "
            "Minh Chuẩn, Tân Lĩnh (huyện Lục Yên)."
        ),
        Para(
            "Trong quá trình thực hiện, nếu có vướng mắc đề nghị phản ánh về Sở Tài chính (qua "
            "Phòng Quản lý ngân sách, điện thoại 0216.3852.418) để được hướng dẫn./."
        ),
        Para("", gap=24),  # blank space above the one-line signer block (clear of the seal)
    ]
    return Doc(
        name="ho8_hd_stc_yenbai_bao_so_3",
        description=(
            "Hướng dẫn of a provincial Department of Finance (UBND TỈNH YÊN BÁI / SỞ TÀI "
            "CHÍNH, a kind of Sở none of the earlier sets has as issuer), number HD-STC, no "
            "Kính gửi; Căn cứ lines in regular type: Luật Phòng, chống thiên tai with a long "
            "date and Luật Ngân sách nhà nước with an unpadded short date (ngày 25/6/2015) in "
            "one line, Nghị định 02/2017/NĐ-CP with a padded one (ngày 09/01/2017), then the "
            "provincial Quyết định (ngày 27/9/2024) and a UBND Công văn with a unit code "
            "(3518/UBND-KT, ngày 2/10/2024) in one sentence; a later 'Nghị định nêu trên' that "
            "is not a new citation; amounts with thousands points (40.000.000 đồng/hộ); a ruled "
            "4-column table STT / Nội dung công việc / Cơ quan thực hiện / Thời hạn (keys stt, "
            "nhiem_vu, don_vi_chu_tri, thoi_gian) with deadlines Trước ngày 15/10/2024, Trong "
            "10 ngày làm việc ..., Thứ Sáu hằng tuần; a) b) c) d) items in one paragraph; "
            "district and commune names of Yên Bái (Mù Cang Chải, Châu Quế Thượng); a phone "
            "number; signer GIÁM ĐỐC alone (truth: tham_quyen_ky null)."
        ),
        tests="HD of a Sở Tài chính; 4-column deadline table; one-line signer GIÁM ĐỐC",
        origin=TEAM,
        seed=973,
        scan=Scan(
            rotation_deg=1.3,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=68,
            paper=(247, 244, 235),
            illumination=0.05,
        ),
        chu_quan=["UBND TỈNH YÊN BÁI"],
        ban_hanh=["SỞ TÀI CHÍNH"],
        so="2745",
        ky_hieu="HD-STC",
        dia_danh="Yên Bái",
        ngay=date(2024, 10, 8),
        title="HƯỚNG DẪN",
        loai_van_ban="Hướng dẫn",
        subject=(
            "Quản lý, sử dụng và thanh toán, quyết toán kinh phí hỗ trợ khắc phục thiệt hại do "
            "cơn bão số 3 năm 2024"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "UBND tỉnh (b/c)",
                "Sở Nông nghiệp và PTNT",
                "Kho bạc Nhà nước tỉnh",
                "UBND các huyện, thị xã, thành phố",
                "Phòng TC-KH cấp huyện",
                "Lưu: VT, QLNS",
            ]
        ),
        signer=["GIÁM ĐỐC"],
        nguoi_ky="Hoàng Văn Thiêm",
        seal_text="SỞ TÀI CHÍNH * TỈNH YÊN BÁI * ",
        refs=[r_luat_pctt, r_luat_nsnn, r_nd, r_qd, r_cv],
    )


def doc_ho8_cv_bnn_dich_ta_lon() -> Doc:
    r_ct = Ref(
        "Chỉ thị",
        "34-CT/TW",
        date(2019, 5, 20),
        "Ban Bí thư Trung ương Đảng",
        long_date=False,
        pad=False,
    )
    r_nq = Ref("Nghị quyết", "42/NQ-CP", date(2019, 6, 18), "Chính phủ", long_date=False)
    r_qd = Ref("Quyết định", "972/QĐ-TTg", date(2020, 7, 7), "Thủ tướng Chính phủ", long_date=False)
    r_luat = Ref("Luật", "79/2015/QH13", date(2015, 6, 19), ten="Luật Thú y")
    r_tt = Ref(
        "Thông tư",
        "07/2016/TT-BNNPTNT",
        date(2016, 5, 31),
        "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn",
        long_date=False,
    )
    r_cv = Ref("Công văn", "1128/TY-DT", date(2024, 7, 3), "Cục Thú y", long_date=False, pad=False)
    body: list[Block] = [
        Para(
            "Theo báo cáo của các địa phương và Hệ thống thông tin dịch bệnh động vật Việt Nam "
            "(VAHIS), từ đầu năm 2024 đến ngày 24/7/2024, bệnh Dịch tả lợn châu Phi (DTLCP) đã "
            "xảy ra tại 312 xã của 27 tỉnh, thành phố; tổng số lợn mắc bệnh, chết và buộc phải "
            "tiêu hủy là 21.647 con. Riêng trong tháng 7/2024, dịch bệnh bùng phát tại các tỉnh, "
            "thành phố Hải Phòng, Hà Giang, Bắc Kạn, Yên Bái, Hòa Bình, Đồng Nai, Bình Phước; "
            "nhiều ổ dịch xuất hiện ở hộ chăn nuôi nhỏ lẻ tại các xã vùng cao như Lũng Pù, Sủng "
            "Là (tỉnh Hà Giang), Cao Thượng, Nam Mẫu (tỉnh Bắc Kạn). Nguyên nhân chủ yếu là việc "
            "mua bán, vận chuyển lợn bệnh, vứt xác lợn chết ra môi trường và tỷ lệ tiêm phòng "
            "vắc xin DTLCP còn thấp (mới đạt 1,8% tổng đàn)."
        ),
        Para(
            f"Thực hiện {r_ct.cite()} về tăng cường lãnh đạo, chỉ đạo thực hiện hiệu quả công "
            f"tác phòng, chống, khống chế bệnh dịch tả lợn châu Phi, {r_nq.cite()} và "
            f"{r_qd.cite()} phê duyệt Kế hoạch quốc gia phòng, chống bệnh Dịch tả lợn châu Phi "
            "giai đoạn 2020 - 2025, Bộ Nông nghiệp và Phát triển nông thôn đề nghị Sở Nông "
            "nghiệp và Phát triển nông thôn các tỉnh, thành phố khẩn trương thực hiện các nội "
            "dung sau:"
        ),
        Para(
            "1. Tham mưu Ủy ban nhân dân tỉnh, thành phố chỉ đạo quyết liệt các biện pháp "
            f"phòng, chống dịch theo quy định của {r_luat.cite()} và {r_tt.cite()} quy định về "
            "phòng, chống dịch bệnh động vật trên cạn; công bố dịch khi đủ điều kiện; tiêu hủy "
            "lợn bệnh trong vòng 24 giờ kể từ khi phát hiện."
        ),
        Para(
            "2. Chỉ đạo Chi cục Chăn nuôi và Thú y lấy mẫu giám sát chủ động tại chợ, cơ sở giết "
            "mổ; lập chốt kiểm dịch động vật tạm thời tại các đầu mối giao thông; xử lý nghiêm "
            "hành vi vứt xác lợn chết ra sông, suối, môi trường."
        ),
        Para(
            "3. Tổ chức tiêm phòng vắc xin DTLCP đã được cấp phép lưu hành theo hướng dẫn tại "
            f"{r_cv.cite()}; ưu tiên vùng có nguy cơ cao, các xã đã có dịch trong năm 2023 - "
            "2024."
        ),
        Para(
            "4. Chi cục Thú y vùng I, II, VI phối hợp với các địa phương điều tra ổ dịch, lấy "
            "mẫu phân tích đặc tính di truyền của vi rút, gửi kết quả về Cục Thú y trong vòng 05 "
            "ngày làm việc kể từ ngày lấy mẫu."
        ),
        Para(
            "5. Cập nhật tình hình dịch bệnh hằng ngày trên hệ thống VAHIS; báo cáo bằng văn bản "
            "về Bộ Nông nghiệp và Phát triển nông thôn (qua Cục Thú y) trước 15 giờ 00 thứ Sáu "
            "hằng tuần."
        ),
        Para(
            "Đây là nhiệm vụ cấp bách, đề nghị Sở Nông nghiệp và Phát triển nông thôn các tỉnh, "
            "thành phố khẩn trương triển khai thực hiện./."
        ),
    ]
    return Doc(
        name="ho8_cv_bnn_hoatoc_dich_ta_lon",
        description=(
            "Công văn of a ministry (BỘ NÔNG NGHIỆP / VÀ PHÁT TRIỂN NÔNG THÔN on two bold "
            "lines, no parent body; a body that existed until 1/3/2025) marked HỎA TỐC in a box "
            "under a three-line V/v, number BNN-TY, place Hà Nội; Kính gửi with two addressees; "
            "an opening paragraph with figures (21.647 con, 1,8%), provinces and Mông/Tày "
            "commune names (Lũng Pù, Sủng Là, Nam Mẫu) and a date that is not a citation (đến "
            "ngày 24/7/2024); one sentence citing the Party directive 34-CT/TW (unpadded short "
            "date, issuer Ban Bí thư Trung ương Đảng), Nghị quyết 42/NQ-CP and Quyết định "
            "972/QĐ-TTg with padded short dates (ngày 18/06/2019, ngày 07/07/2020); Luật Thú y "
            "with a long date and Thông tư 07/2016/TT-BNNPTNT (issuer 'Bộ trưởng Bộ Nông "
            "nghiệp và Phát triển nông thôn'); the Cục's Công văn with a unit code "
            "(1128/TY-DT, ngày 3/7/2024); signer TL. BỘ TRƯỞNG / CỤC TRƯỞNG CỤC THÚ Y (the "
            "first document issued by a ministry itself); -0.6° skew, noise σ 7, "
            "JPEG q56."
        ),
        tests="ministry CV marked HỎA TỐC; Party directive; TL. BỘ TRƯỞNG / CỤC TRƯỞNG",
        origin=TEAM,
        seed=974,
        scan=Scan(
            rotation_deg=-0.6,
            noise_sigma=7,
            blur=1.0,
            jpeg_quality=56,
            paper=(245, 241, 230),
            illumination=0.08,
        ),
        ban_hanh=["BỘ NÔNG NGHIỆP", "VÀ PHÁT TRIỂN NÔNG THÔN"],
        so="5816",
        ky_hieu="BNN-TY",
        vv="tăng cường các biện pháp cấp bách phòng, chống bệnh Dịch tả lợn châu Phi",
        do_khan="HỎA TỐC",
        dia_danh="Hà Nội",
        ngay=date(2024, 7, 26),
        loai_van_ban="Công văn",
        kinh_gui=["Sở Nông nghiệp và PTNT các tỉnh, thành phố", "Chi cục Thú y vùng I, II, VI"],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Bộ trưởng (để b/c)",
                "Thứ trưởng phụ trách (để b/c)",
                "UBND các tỉnh, thành phố (để chỉ đạo)",
                "Cục Chăn nuôi",
                "Lưu: VT, TY",
            ]
        ),
        signer=["TL. BỘ TRƯỞNG", "CỤC TRƯỞNG CỤC THÚ Y"],
        nguoi_ky="Phạm Quang Khải",
        seal_text="BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN * ",
        refs=[r_ct, r_nq, r_qd, r_luat, r_tt, r_cv],
    )


def doc_ho8_kh_ubnd_nha_tam() -> Doc:
    r_kh = Ref(
        "Kế hoạch",
        "57/KH-UBND",
        date(2025, 2, 25),
        "Ủy ban nhân dân huyện Đồng Văn",
        long_date=False,
    )
    r_cv = Ref(
        "Công văn",
        "318/UBND-NV",
        date(2025, 3, 4),
        "Ủy ban nhân dân huyện",
        long_date=False,
        pad=False,
    )
    r_nq = Ref(
        "Nghị quyết",
        "12-NQ/ĐU",
        date(2025, 2, 28),
        "Ban Chấp hành Đảng bộ xã",
        long_date=False,
        pad=False,
    )
    r_qd = Ref("Quyết định", "90/QĐ-TTg", date(2022, 1, 18), "Thủ tướng Chính phủ")
    table = Table(
        header=[
            "STT",
            "Thôn",
            "Số hộ được hỗ trợ",
            "Xây mới (nhà)",
            "Sửa chữa (nhà)",
            "Kinh phí dự kiến (triệu đồng)",
        ],
        columns=["stt", "thon", "so_ho", "xay_moi", "sua_chua", "kinh_phi"],
        widths=[0.08, 0.26, 0.16, 0.15, 0.15, 0.2],
        align=["c", "l", "c", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Lô Lô Chải", "9", "6", "3", "450"],
            ["2", "Thèn Ván", "14", "10", "4", "720"],
            ["3", "Séo Lủng", "12", "9", "3", "630"],
            ["4", "Sán Trồ", "8", "5", "3", "390"],
            ["5", "Lũng Cú", "7", "4", "3", "330"],
            ["", "Tổng cộng", "50", "34", "16", "2.520"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_kh.cite()} về xóa nhà tạm, nhà dột nát trên địa bàn huyện năm 2025; "
            f"{r_cv.cite()} về việc giao chỉ tiêu hỗ trợ nhà ở cho các xã, thị trấn; "
            f"{r_nq.cite()} về lãnh đạo thực hiện xóa nhà tạm, nhà dột nát năm 2025, Ủy ban "
            "nhân dân xã Lũng Cú xây dựng Kế hoạch thực hiện như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Hỗ trợ 50 hộ nghèo, hộ cận nghèo có khó khăn về nhà ở trên địa bàn xã có nhà ở "
            "an toàn, ổn định, góp phần thực hiện mục tiêu của Chương trình mục tiêu quốc gia "
            f"giảm nghèo bền vững giai đoạn 2021 - 2025 được phê duyệt tại {r_qd.cite()}."
        ),
        Para(
            "2. Huy động cả hệ thống chính trị vào cuộc, phát huy tinh thần “tương thân, tương "
            "ái” của đồng bào Mông, Lô Lô, Tày, Dao trên địa bàn; hoàn thành toàn bộ trước ngày "
            "30/8/2025, chào mừng 80 năm Ngày Quốc khánh 2/9."
        ),
        H("II. ĐỐI TƯỢNG, CHỈ TIÊU VÀ MỨC HỖ TRỢ"),
        Para(
            "1. Đối tượng: hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - "
            "2025 đang ở nhà tạm, nhà dột nát, có đất ở ổn định, không tranh chấp; ưu tiên hộ có "
            "người cao tuổi, người khuyết tật, hộ đồng bào Lô Lô tại thôn Lô Lô Chải."
        ),
        Para("2. Chỉ tiêu phân bổ cho các thôn:", keep=3),
        table,
        Para(
            "3. Mức hỗ trợ: xây mới 60 triệu đồng/nhà; sửa chữa 30 triệu đồng/nhà. Nhà sau khi "
            "hoàn thành bảo đảm “3 cứng” (nền cứng, khung - tường cứng, mái cứng), diện tích sử "
            "dụng tối thiểu 30 m², tuổi thọ từ 10 năm trở lên."
        ),
        H("III. NGUỒN KINH PHÍ"),
        Para(
            "Tổng kinh phí dự kiến 2.520 triệu đồng (Hai tỷ, năm trăm hai mươi triệu đồng), "
            "gồm: ngân sách nhà nước 1.890 triệu đồng; nguồn vận động từ Quỹ “Vì người nghèo” "
            "và các nhà hảo tâm 630 triệu đồng; ngoài ra huy động ngày công lao động của nhân "
            "dân trong thôn."
        ),
        H("IV. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Công chức Địa chính - Xây dựng chủ trì hướng dẫn các hộ lựa chọn mẫu nhà, kiểm "
            "tra chất lượng, nghiệm thu; khởi công toàn bộ số nhà trước ngày 30/4/2025."
        ),
        Para(
            "2. Công chức Văn hóa - Xã hội rà soát, cập nhật danh sách hộ được hỗ trợ, niêm yết "
            "công khai tại nhà văn hóa các thôn; tổng hợp hồ sơ thanh toán, quyết toán."
        ),
        Para(
            "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, Đoàn Thanh niên, Hội Liên hiệp Phụ "
            "nữ xã và Đồn Biên phòng Lũng Cú huy động ngày công giúp các hộ vận chuyển vật liệu "
            "lên các thôn vùng cao."
        ),
        Para(
            "4. Trưởng các thôn vận động nhân dân tham gia, báo cáo tiến độ về Ủy ban nhân dân xã "
            "vào thứ Năm hằng tuần."
        ),
        Para(
            "Ủy ban nhân dân xã yêu cầu các bộ phận chuyên môn, các đoàn thể và trưởng các thôn "
            "nghiêm túc triển khai thực hiện Kế hoạch này./."
        ),
    ]
    return Doc(
        name="ho8_kh_ubnd_lungcu_nha_tam",
        description=(
            "Kế hoạch of a commune People's Committee on the northern border (ỦY BAN NHÂN DÂN / "
            "XÃ LŨNG CÚ on two bold lines, no parent body; the commune as place name), number "
            "KH-UBND; an opening sentence citing the district Kế hoạch with a padded short date "
            "(ngày 25/02/2025), the district's Công văn with a unit code (318/UBND-NV, ngày "
            "4/3/2025) and a commune Party committee resolution (12-NQ/ĐU, ngày 28/2/2025); "
            "Quyết định 90/QĐ-TTg with a long date inside a numbered aim; curly quotes; a ruled "
            "6-column table STT / Thôn / Số hộ được hỗ trợ / Xây mới (nhà) / Sửa chữa (nhà) / "
            "Kinh phí dự kiến (triệu đồng) (keys stt, thon, so_ho, xay_moi, sua_chua, "
            "kinh_phi) with Mông and Lô Lô village names (Lô Lô Chải, Thèn Ván, Séo Lủng, Sán "
            "Trồ) and a Tổng cộng row (2.520); amounts in figures and words; '30 m²'; deadlines "
            "30/4/2025, 30/8/2025 and '2/9' that are not citations; signer TM. ỦY BAN NHÂN DÂN "
            "/ CHỦ TỊCH with a Mông name (Sùng Mí Chơ); +1.5° skew."
        ),
        tests="commune KH; per-village numeric table with Tổng cộng; Party-committee NQ; TM.",
        origin=TEAM,
        seed=975,
        scan=Scan(
            rotation_deg=1.5,
            noise_sigma=6,
            blur=0.8,
            jpeg_quality=58,
            paper=(246, 242, 232),
            illumination=0.07,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "XÃ LŨNG CÚ"],
        so="19",
        ky_hieu="KH-UBND",
        dia_danh="Lũng Cú",
        ngay=date(2025, 3, 12),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject="Thực hiện xóa nhà tạm, nhà dột nát trên địa bàn xã Lũng Cú năm 2025",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "UBND huyện Đồng Văn (b/c)",
                "Phòng Nội vụ huyện",
                "TT Đảng ủy, TT HĐND xã",
                "UBMTTQ và các đoàn thể xã",
                "Trưởng các thôn",
                "Lưu: VT",
            ]
        ),
        signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        nguoi_ky="Sùng Mí Chơ",
        seal_text="ỦY BAN NHÂN DÂN XÃ LŨNG CÚ * HUYỆN ĐỒNG VĂN * ",
        refs=[r_kh, r_cv, r_nq, r_qd],
    )


def doc_ho8_bb_hdtdkt_khen_thuong() -> Doc:
    r_ttr = Ref(
        "Tờ trình",
        "186/TTr-NV",
        date(2024, 12, 16),
        "Phòng Nội vụ",
        long_date=False,
        pad=False,
    )
    r_luat = Ref(
        "Luật",
        "06/2022/QH15",
        date(2022, 6, 15),
        ten="Luật Thi đua, khen thưởng",
        long_date=False,
        pad=False,
    )
    r_nd = Ref("Nghị định", "98/2023/NĐ-CP", date(2023, 12, 31), "Chính phủ")
    r_qd = Ref(
        "Quyết định",
        "47/2024/QĐ-UBND",
        date(2024, 8, 2),
        "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
        long_date=False,
    )
    body: list[Block] = [
        Para("Thời gian bắt đầu: 14 giờ 00 phút, ngày 20 tháng 12 năm 2024.", gap=6),
        Para("Địa điểm: Phòng họp số 1, Ủy ban nhân dân huyện A Lưới, tỉnh Thừa Thiên Huế."),
        Para(
            "Thành phần tham dự: 11/13 thành viên Hội đồng Thi đua - Khen thưởng huyện (vắng 02 "
            "thành viên có lý do); mời dự: đại diện lãnh đạo Ban Tổ chức Huyện ủy, Ủy ban Mặt "
            "trận Tổ quốc Việt Nam huyện."
        ),
        Para(
            "Chủ trì (chủ tọa): ông Hồ Văn Thướt, Chủ tịch Ủy ban nhân dân huyện, Chủ tịch Hội "
            "đồng."
        ),
        Para(
            "Thư ký (người ghi biên bản): bà Kăn Thị Nhiên, Phó Trưởng phòng Nội vụ, Thư ký Hội "
            "đồng."
        ),
        Para("NỘI DUNG CUỘC HỌP", style=BOLD, align="center", indent=0, gap=8, keep=2),
        Para(
            f"1. Ông Nhâm Văn Bân, Trưởng phòng Nội vụ, Phó Chủ tịch Thường trực Hội đồng, trình "
            f"bày {r_ttr.cite()} về việc đề nghị xét khen thưởng tổng kết năm 2024 và báo cáo "
            f"kết quả thẩm định hồ sơ theo {r_luat.cite()}, {r_nd.cite()} quy định chi tiết thi "
            f"hành một số điều của Luật Thi đua, khen thưởng và {r_qd.cite()} ban hành Quy chế "
            "công tác thi đua, khen thưởng trên địa bàn tỉnh. Tổng số hồ sơ đề nghị: 31 tập "
            "thể, 113 cá nhân."
        ),
        Para("2. Ý kiến thảo luận:"),
        Para(
            "- Bà Quỳnh Thị Hoa, Trưởng Ban Tổ chức Huyện ủy: thống nhất với danh sách; đề nghị "
            "bổ sung nghệ nhân Hồ Thị Xuân, thôn A Ka, xã Hồng Vân, người có nhiều đóng góp "
            "trong bảo tồn nghề dệt Zèng của đồng bào Tà Ôi, vào danh sách đề nghị tặng Giấy "
            "khen.",
            indent=5,
            gap=1,
        ),
        Para(
            "- Ông Kăn Đức Hiền, Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện: đề nghị "
            "không xét danh hiệu Chiến sĩ thi đua cơ sở đối với 01 trường hợp chưa đủ thời gian "
            "công tác tại đơn vị.",
            indent=5,
            gap=1,
        ),
        Para(
            "3. Kết quả biểu quyết của các thành viên Hội đồng có mặt (11/11 thành viên tham gia "
            "biểu quyết):"
        ),
        Para(
            "- Đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Cờ thi đua cho 01 tập thể (Ủy ban nhân "
            "dân xã Hồng Vân): 11/11 phiếu đồng ý, đạt 100%;",
            indent=5,
            gap=1,
        ),
        Para(
            "- Đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 05 tập thể, 12 cá nhân: "
            "11/11 phiếu đồng ý, đạt 100%;",
            indent=5,
            gap=1,
        ),
        Para(
            "- Công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 35 cá nhân: 10/11 phiếu đồng ý, "
            "đạt 90,91%;",
            indent=5,
            gap=1,
        ),
        Para(
            "- Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen cho 25 tập thể, 66 cá nhân (đã bổ "
            "sung nghệ nhân Hồ Thị Xuân): 11/11 phiếu đồng ý, đạt 100%.",
            indent=5,
            gap=1,
        ),
        Para(
            "4. Kết luận của chủ tọa: Hội đồng thống nhất danh sách nêu trên; giao Phòng Nội vụ "
            "hoàn chỉnh hồ sơ, trình Chủ tịch Ủy ban nhân dân huyện ban hành quyết định khen "
            "thưởng trước ngày 27/12/2024 và gửi hồ sơ đề nghị cấp tỉnh khen thưởng về Sở Nội "
            "vụ (qua Ban Thi đua - Khen thưởng) trước ngày 05/01/2025."
        ),
        Para(
            "Cuộc họp kết thúc vào 16 giờ 30 phút cùng ngày. Biên bản đã được đọc lại cho các "
            "thành viên dự họp nghe và nhất trí thông qua./."
        ),
    ]
    return Doc(
        name="ho8_bb_hdtdkt_aluoi_khen_thuong",
        description=(
            "Biên bản, a type none of the earlier sets has (BIÊN BẢN, number BB-HĐTĐKT, truth "
            "loai_van_ban 'Biên bản'), of a district emulation and commendation council under "
            "its People's Committee (UBND HUYỆN A LƯỚI / HỘI ĐỒNG THI ĐUA - / KHEN THƯỞNG, the "
            "issuer broken after the hyphen over two bold lines); the body laid out as NĐ 30 "
            "Mẫu 1.7: Thời gian bắt đầu with a long date equal to the date of issue (not a "
            "citation), Địa điểm, Thành phần, Chủ trì (chủ tọa), Thư ký, NỘI DUNG CUỘC HỌP; one "
            "sentence citing the Phòng's Tờ trình with a unit code (186/TTr-NV, ngày "
            "16/12/2024), Luật Thi đua, khen thưởng with an unpadded short date, Nghị định "
            "98/2023/NĐ-CP with a long date and a provincial Quyết định with a padded one "
            "(ngày 02/08/2024); '- ' discussion and vote lines with fractions and percentages "
            "(11/11, 10/11, 90,91%); Tà Ôi and Pa Cô names (Hồ Văn Thướt, Kăn Thị Nhiên, Nhâm "
            "Văn Bân, dệt Zèng); two signer blocks side by side, THƯ KÝ at the left and CHỦ "
            "TỌA at the right (seal on the right one only), Nơi nhận under them (truth: the "
            "right block, chuc_vu_nguoi_ky 'CHỦ TỌA', nguoi_ky the chairman, tham_quyen_ky "
            "null); -1.4° skew."
        ),
        tests="Biên bản (new type); two signer blocks THƯ KÝ / CHỦ TỌA; Nơi nhận below them",
        origin=TEAM,
        seed=976,
        scan=Scan(
            rotation_deg=-1.4,
            noise_sigma=5,
            blur=0.9,
            jpeg_quality=66,
            paper=(247, 243, 232),
            illumination=0.06,
        ),
        chu_quan=["UBND HUYỆN A LƯỚI"],
        ban_hanh=["HỘI ĐỒNG THI ĐUA -", "KHEN THƯỞNG"],
        so="02",
        ky_hieu="BB-HĐTĐKT",
        dia_danh="A Lưới",
        ngay=date(2024, 12, 20),
        title="BIÊN BẢN",
        loai_van_ban="Biên bản",
        subject=(
            "Họp Hội đồng Thi đua - Khen thưởng huyện xét đề nghị khen thưởng tổng kết năm 2024"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Sở Nội vụ tỉnh (Ban TĐ-KT)",
                "TT Huyện ủy, TT HĐND huyện",
                "Thành viên Hội đồng",
                "Lưu: VT, NV",
            ]
        ),
        signer_left=["THƯ KÝ"],
        nguoi_ky_left="Kăn Thị Nhiên",
        signer=["CHỦ TỌA"],
        nguoi_ky="Hồ Văn Thướt",
        seal_text="ỦY BAN NHÂN DÂN HUYỆN A LƯỚI * TỈNH THỪA THIÊN HUẾ * ",
        refs=[r_ttr, r_luat, r_nd, r_qd],
    )


HELDOUT8_DOCS = [
    doc_ho8_qd_sxd_trat_tu,
    doc_ho8_bc_ubnd_nong_nghiep,
    doc_ho8_hd_stc_bao_so_3,
    doc_ho8_cv_bnn_dich_ta_lon,
    doc_ho8_kh_ubnd_nha_tam,
    doc_ho8_bb_hdtdkt_khen_thuong,
]


# --------------------------------------------------------------------------------------
# Ninth held-out set (benchmarks/heldout9/): written blind (without running the pipeline
# or reading its code) and never used to tune it; other provinces, agencies and layouts
# --------------------------------------------------------------------------------------

HELDOUT9_DIR = REPO_ROOT / "benchmarks" / "heldout9"


def doc_ho9_qd_ubnd_ha_tang() -> Doc:
    r_luat = Ref(
        "Luật", "77/2015/QH13", date(2015, 6, 19), ten="Luật Tổ chức chính quyền địa phương"
    )
    r_luat_sd = Ref(
        "Luật",
        "47/2019/QH14",
        date(2019, 11, 22),
        ten="Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
        "quyền địa phương",
    )
    r_luat_dtc = Ref("Luật", "39/2019/QH14", date(2019, 6, 13), ten="Luật Đầu tư công")
    r_nd = Ref(
        "Nghị định", "27/2022/NĐ-CP", date(2022, 4, 19), "Chính phủ", long_date=False, pad=False
    )
    r_qd_ttg = Ref(
        "Quyết định", "1719/QĐ-TTg", date(2021, 10, 14), "Thủ tướng Chính phủ", long_date=False
    )
    r_nq = Ref("Nghị quyết", "41/NQ-HĐND", date(2024, 12, 6), "Hội đồng nhân dân tỉnh")
    r_ttr = Ref("Tờ trình", "09/TTr-BDT", date(2025, 1, 20))
    r_bc = Ref("Báo cáo", "52/BC-SKHĐT", date(2025, 1, 24), long_date=False)
    tri_ton = "Ban QLDA ĐTXD huyện Tri Tôn"
    an_phu = "Ban QLDA ĐTXD huyện An Phú"
    table = Table(
        header=[
            "STT",
            "Tên dự án",
            "Địa điểm xây dựng",
            "Chủ đầu tư",
            "Tổng mức đầu tư",
            "Kế hoạch vốn năm 2025",
        ],
        columns=["stt", "ten_du_an", "dia_diem", "chu_dau_tu", "tong_muc_dau_tu", "von_nam_2025"],
        widths=[0.07, 0.33, 0.14, 0.18, 0.14, 0.14],
        align=["c", "l", "l", "l", "c", "c"],
        size=11.5,
        rows=[
            ["", "Tổng cộng (10 dự án)", "", "", "34.830", "31.347"],
            ["I", "Huyện Tri Tôn", "", "", "22.600", "20.340"],
            [
                "1",
                "Đường bê tông ấp Ô Tà Sóc (dài 1,8 km, mặt đường rộng 3,5 m)",
                "Xã Lương Phi",
                tri_ton,
                "4.850",
                "4.365",
            ],
            [
                "2",
                "Cầu bê tông cốt thép bắc qua kênh Tám Ngàn (tải trọng 5 tấn)",
                "Xã Tà Đảnh",
                tri_ton,
                "3.920",
                "3.528",
            ],
            [
                "3",
                "Nâng cấp trạm bơm điện phục vụ sản xuất ấp Tà Lọt",
                "Xã Châu Lăng",
                tri_ton,
                "2.680",
                "2.412",
            ],
            [
                "4",
                "Nhà văn hóa - thể thao ấp Sóc Tức",
                "Xã Lê Trì",
                "UBND xã Lê Trì",
                "1.950",
                "1.755",
            ],
            [
                "5",
                "Hệ thống cấp nước sinh hoạt tập trung ấp Phnôm Pi",
                "Xã Ô Lâm",
                tri_ton,
                "3.460",
                "3.114",
            ],
            [
                "6",
                "Đường bê tông liên ấp An Thạnh - An Lợi",
                "Xã Vĩnh Gia",
                tri_ton,
                "5.740",
                "5.166",
            ],
            ["II", "Huyện An Phú", "", "", "12.230", "11.007"],
            [
                "7",
                "Đường giao thông nông thôn ấp Hà Bao 1 (dài 1,2 km)",
                "Xã Đa Phước",
                an_phu,
                "3.280",
                "2.952",
            ],
            [
                "8",
                "Cầu bê tông cốt thép rạch Mương Trâu",
                "Xã Quốc Thái",
                an_phu,
                "2.960",
                "2.664",
            ],
            [
                "9",
                "Nâng cấp chợ xã Khánh Bình (nhà lồng chợ, hệ thống thoát nước)",
                "Xã Khánh Bình",
                an_phu,
                "4.150",
                "3.735",
            ],
            [
                "10",
                "Nhà sinh hoạt cộng đồng ấp Vĩnh Thạnh",
                "Xã Vĩnh Trường",
                "UBND xã Vĩnh Trường",
                "1.840",
                "1.656",
            ],
        ],
    )
    body: list[Block] = [
        Para("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG", style=BOLD, align="center", indent=0, gap=2),
        Para(f"Căn cứ {r_luat.cite()};", style=ITALIC, gap=6),
        Para(f"Căn cứ {r_luat_sd.cite()};", style=ITALIC),
        Para(f"Căn cứ {r_luat_dtc.cite()};", style=ITALIC),
        Para(
            f"Căn cứ {r_nd.cite()} quy định cơ chế quản lý, tổ chức thực hiện các chương trình "
            "mục tiêu quốc gia;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_qd_ttg.cite()} phê duyệt Chương trình mục tiêu quốc gia phát triển kinh "
            "tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai "
            "đoạn I: từ năm 2021 đến năm 2025;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_nq.cite()} về kế hoạch đầu tư công năm 2025 của tỉnh An Giang;",
            style=ITALIC,
        ),
        Para(
            f"Theo đề nghị của Trưởng Ban Dân tộc tỉnh tại {r_ttr.cite()} và ý kiến thẩm định "
            f"của Sở Kế hoạch và Đầu tư tại {r_bc.cite()}.",
            style=ITALIC,
        ),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Phê duyệt Danh mục 10 dự án đầu tư cơ sở hạ tầng thiết yếu phục vụ sản "
            "xuất, đời sống trong vùng đồng bào dân tộc thiểu số thuộc Chương trình mục tiêu "
            "quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm "
            "2025 trên địa bàn các huyện Tri Tôn, An Phú, với tổng mức đầu tư 34.830 triệu đồng; "
            "kế hoạch vốn năm 2025 là 31.347 triệu đồng (Ba mươi mốt tỷ, ba trăm bốn mươi bảy "
            "triệu đồng) từ nguồn ngân sách trung ương và vốn đối ứng ngân sách tỉnh (chi tiết "
            "tại Phụ lục kèm theo).",
            gap=4,
        ),
        Para("**Điều 2.** Tổ chức thực hiện", gap=4),
        Para(
            "1. Ủy ban nhân dân các huyện Tri Tôn, An Phú chỉ đạo chủ đầu tư hoàn thiện hồ sơ, "
            "thủ tục đầu tư theo quy định; công khai danh mục dự án tại trụ sở Ủy ban nhân dân "
            "xã và các ấp có dự án; khởi công các dự án trước ngày 30/4/2025, hoàn thành, đưa "
            "vào sử dụng trước ngày 31/12/2025; ưu tiên sử dụng lao động là người dân tộc "
            "Khmer, Chăm tại chỗ."
        ),
        Para(
            "2. Ban Dân tộc tỉnh chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài chính theo "
            "dõi, kiểm tra việc thực hiện; tổng hợp tình hình giải ngân, báo cáo Ủy ban nhân "
            "dân tỉnh định kỳ hằng quý (trước ngày 20 của tháng cuối quý)."
        ),
        Para(
            "3. Kho bạc Nhà nước An Giang kiểm soát, thanh toán vốn cho các dự án theo đúng quy "
            "định; không để tồn đọng, chậm giải ngân vốn Chương trình."
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân "
            "dân tỉnh, Trưởng Ban Dân tộc tỉnh, Giám đốc các Sở: Kế hoạch và Đầu tư, Tài chính, "
            "Giao thông vận tải, Xây dựng; Giám đốc Kho bạc Nhà nước An Giang; Chủ tịch Ủy ban "
            "nhân dân các huyện Tri Tôn, An Phú và Thủ trưởng các cơ quan, đơn vị có liên quan "
            "chịu trách nhiệm thi hành Quyết định này./.",
            gap=4,
        ),
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "DANH MỤC DỰ ÁN ĐẦU TƯ CƠ SỞ HẠ TẦNG THIẾT YẾU VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ NĂM 2025",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Quyết định số 186/QĐ-UBND ngày 14 tháng 02 năm 2025 của Chủ tịch Ủy ban "
            "nhân dân tỉnh An Giang)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        Para("Đơn vị tính: triệu đồng", style=ITALIC, align="right", indent=0, size=12.0, gap=4),
        table,
    ]
    return Doc(
        name="ho9_qd_ubnd_angiang_ha_tang",
        description=(
            "Quyết định of a provincial People's Committee chairman (ỦY BAN NHÂN DÂN / TỈNH AN "
            "GIANG on two bold lines, no parent body), number QĐ-UBND; authority line CHỦ TỊCH "
            "ỦY BAN NHÂN DÂN TỈNH AN GIANG; italic Căn cứ lines, one document each: Luật Tổ chức "
            "chính quyền địa phương, the law amending it (a long name), Luật Đầu tư công, all "
            "with long dates, Nghị định 27/2022/NĐ-CP with an unpadded short date (ngày "
            "19/4/2022), Quyết định 1719/QĐ-TTg (ngày 14/10/2021), a provincial HĐND resolution "
            "with a long date; a 'Theo đề nghị' line with a Tờ trình (long date) and a Báo cáo "
            "with a unit code (52/BC-SKHĐT), neither with an issuer after 'của'; Điều 1-3 with an "
            "amount in figures and words; signer KT. CHỦ TỊCH / PHÓ CHỦ TỊCH; a Phụ lục page "
            "after the signature with a right-aligned line 'Đơn vị tính: triệu đồng' (the unit "
            "is not in the header) and a ruled 6-column table of projects STT / Tên dự án / Địa "
            "điểm xây dựng / Chủ đầu tư / Tổng mức đầu tư / Kế hoạch vốn năm 2025 (keys stt, "
            "ten_du_an, dia_diem, chu_dau_tu, tong_muc_dau_tu, von_nam_2025) whose first row is "
            "the Tổng cộng (empty STT; 34.830; 31.347), then two group rows (I, II: a district "
            "and its subtotal, other cells empty) each over its projects, ten in all; Khmer and "
            "Chăm hamlet names (Ô Tà Sóc, Phnôm Pi, Sóc Tức, Hà Bao). The "
            "Phụ lục's 'Kèm theo Quyết định số 186/QĐ-UBND ...' names the document itself and is "
            "not a related document."
        ),
        tests="provincial QĐ; Phụ lục project table with group rows and Tổng cộng; KT.",
        origin=TEAM,
        seed=981,
        scan=Scan(
            rotation_deg=0.7,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=64,
            paper=(247, 243, 232),
            illumination=0.06,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"],
        so="186",
        ky_hieu="QĐ-UBND",
        dia_danh="An Giang",
        ngay=date(2025, 2, 14),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "Phê duyệt Danh mục dự án đầu tư cơ sở hạ tầng thiết yếu vùng đồng bào dân tộc thiểu "
            "số thuộc Chương trình mục tiêu quốc gia năm 2025"
        ),
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "Ủy ban Dân tộc (b/c)",
                "Bộ Kế hoạch và Đầu tư (b/c)",
                "TT. TU, TT. HĐND tỉnh (b/c)",
                "CT, các PCT UBND tỉnh",
                "Ban Dân tộc HĐND tỉnh",
                "Lưu: VT, KTN, P.KGVX",
            ]
        ),
        signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Võ Hoàng Khải",
        seal_text="ỦY BAN NHÂN DÂN TỈNH AN GIANG * ",
        refs=[r_luat, r_luat_sd, r_luat_dtc, r_nd, r_qd_ttg, r_nq, r_ttr, r_bc],
    )


def doc_ho9_kh_bvdk_chat_luong() -> Doc:
    r_nq_tw = Ref(
        "Nghị quyết",
        "20-NQ/TW",
        date(2017, 10, 25),
        "Ban Chấp hành Trung ương Đảng khóa XII",
        long_date=False,
    )
    r_luat = Ref("Luật", "15/2023/QH15", date(2023, 1, 9), ten="Luật Khám bệnh, chữa bệnh")
    r_nd = Ref("Nghị định", "96/2023/NĐ-CP", date(2023, 12, 30), "Chính phủ", long_date=False)
    r_qd = Ref(
        "Quyết định",
        "6858/QĐ-BYT",
        date(2016, 11, 18),
        "Bộ trưởng Bộ Y tế",
        long_date=False,
    )
    r_kh = Ref(
        "Kế hoạch",
        "41/KH-SYT",
        date(2025, 1, 10),
        "Sở Y tế thành phố Cần Thơ",
        long_date=False,
    )
    r_cv = Ref("Công văn", "386/SYT-NVY", date(2025, 2, 5), "Sở Y tế", long_date=False, pad=False)
    qlcl = "Phòng Quản lý chất lượng"
    table = Table(
        header=[
            "STT",
            "Nội dung",
            "Khoa, phòng chủ trì",
            "Đơn vị phối hợp",
            "Thời gian",
            "Kết quả, sản phẩm",
        ],
        columns=[
            "stt",
            "nhiem_vu",
            "don_vi_chu_tri",
            "don_vi_phoi_hop",
            "thoi_gian",
            "san_pham",
        ],
        widths=[0.06, 0.32, 0.16, 0.17, 0.12, 0.17],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Kiện toàn Hội đồng Quản lý chất lượng và mạng lưới quản lý chất lượng tại các "
                "khoa, phòng",
                qlcl,
                "Phòng Tổ chức cán bộ",
                "Tháng 02/2025",
                "Quyết định kiện toàn",
            ],
            [
                "2",
                "Tự đánh giá chất lượng bệnh viện theo Bộ tiêu chí chất lượng bệnh viện Việt Nam; "
                "xác định các tiêu chí đạt mức thấp để ưu tiên cải tiến",
                qlcl,
                "Các khoa, phòng",
                "Quý I/2025 và tháng 11/2025",
                "Báo cáo tự đánh giá gửi Sở Y tế",
            ],
            [
                "3",
                "Triển khai đặt lịch khám bệnh trực tuyến, thanh toán không dùng tiền mặt tại "
                "khu khám bệnh; giảm thời gian chờ khám bình quân xuống dưới 120 phút",
                "Khoa Khám bệnh",
                "Phòng Công nghệ thông tin; Phòng Tài chính kế toán",
                "Quý II/2025",
                "Quy trình khám bệnh mới được ban hành",
            ],
            [
                "4",
                "Giám sát tuân thủ vệ sinh tay của nhân viên y tế; bảo đảm tỷ lệ tuân thủ từ 85% "
                "trở lên",
                "Khoa Kiểm soát nhiễm khuẩn",
                "Phòng Điều dưỡng; các khoa lâm sàng",
                "Hằng tháng",
                "Báo cáo giám sát hằng tháng",
            ],
            [
                "5",
                "Xây dựng, cập nhật 20 quy trình kỹ thuật chuyên môn và 05 phác đồ điều trị các "
                "bệnh thường gặp",
                "Phòng Kế hoạch tổng hợp",
                "Hội đồng Thuốc và điều trị; các khoa lâm sàng",
                "Trước ngày 30/6/2025",
                "Bộ quy trình, phác đồ được Giám đốc phê duyệt",
            ],
            [
                "6",
                "Vận hành phần mềm báo cáo sự cố y khoa tự nguyện; phân tích nguyên nhân gốc các "
                "sự cố nghiêm trọng",
                qlcl,
                "Phòng Công nghệ thông tin; Phòng Điều dưỡng",
                "Quý II - III/2025",
                "Phần mềm báo cáo sự cố; biên bản phân tích",
            ],
            [
                "7",
                "Khảo sát sự hài lòng của người bệnh nội trú, ngoại trú và của nhân viên y tế",
                qlcl,
                "Phòng Công tác xã hội",
                "Quý II/2025 và Quý IV/2025",
                "Báo cáo khảo sát",
            ],
            [
                "8",
                "Cải tạo khu vệ sinh, lối đi dành cho người khuyết tật tại khu khám bệnh và Khoa "
                "Nhi",
                "Phòng Hành chính quản trị",
                "Phòng Vật tư - Thiết bị y tế",
                "Tháng 8/2025",
                "Công trình được nghiệm thu",
            ],
            [
                "9",
                "Đào tạo liên tục về an toàn người bệnh, kỹ năng giao tiếp, ứng xử cho điều "
                "dưỡng, hộ sinh, kỹ thuật viên",
                "Phòng Điều dưỡng",
                "Phòng Chỉ đạo tuyến",
                "Quý III/2025",
                "04 lớp, 360 học viên",
            ],
            [
                "10",
                "Đo lường, công bố các chỉ số chất lượng: tỷ lệ nhiễm khuẩn vết mổ, ngày điều trị "
                "trung bình, tỷ lệ chuyển tuyến",
                qlcl,
                "Phòng Kế hoạch tổng hợp; Khoa Kiểm soát nhiễm khuẩn",
                "Hằng quý",
                "Bảng chỉ số chất lượng trên trang thông tin điện tử",
            ],
            [
                "11",
                "Sơ kết 6 tháng, tổng kết năm; đề xuất khen thưởng tập thể, cá nhân có đề án cải "
                "tiến chất lượng hiệu quả",
                qlcl,
                "Phòng Tổ chức cán bộ",
                "Tháng 7/2025; tháng 12/2025",
                "Báo cáo sơ kết, tổng kết",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_nq_tw.cite()} về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức "
            f"khỏe nhân dân trong tình hình mới; {r_luat.cite()} và {r_nd.cite()} quy định chi "
            "tiết một số điều của Luật Khám bệnh, chữa bệnh;"
        ),
        Para(f"Căn cứ {r_qd.cite()} về việc ban hành Bộ tiêu chí chất lượng bệnh viện Việt Nam;"),
        Para(
            f"Thực hiện {r_kh.cite()} về nâng cao chất lượng khám bệnh, chữa bệnh năm 2025 và "
            f"{r_cv.cite()} về việc đánh giá chất lượng bệnh viện năm 2025, Bệnh viện Đa khoa "
            "thành phố Cần Thơ xây dựng Kế hoạch cải tiến chất lượng bệnh viện năm 2025 như "
            "sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Lấy người bệnh làm trung tâm; cải tiến liên tục chất lượng dịch vụ khám bệnh, "
            "chữa bệnh, bảo đảm an toàn người bệnh và nhân viên y tế."
        ),
        Para(
            "2. Các khoa, phòng xây dựng ít nhất 01 đề án cải tiến chất lượng có chỉ số đo lường "
            "cụ thể; kết quả thực hiện là tiêu chí đánh giá, xếp loại thi đua năm 2025."
        ),
        H("II. CHỈ TIÊU"),
        Para(
            "Điểm chất lượng bệnh viện năm 2025 đạt từ 3,85 điểm trở lên (năm 2024 đạt 3,71 "
            "điểm); tỷ lệ hài lòng của người bệnh từ 92% trở lên; tỷ lệ nhiễm khuẩn vết mổ dưới "
            "2,5%; thời gian chờ khám bình quân dưới 120 phút; không để xảy ra sự cố y khoa "
            "nghiêm trọng do lỗi chuyên môn."
        ),
        H("III. NHIỆM VỤ VÀ GIẢI PHÁP"),
        Para("Các nhiệm vụ cụ thể, đơn vị chủ trì và thời gian thực hiện như sau:", keep=3),
        table,
        H("IV. KINH PHÍ"),
        Para(
            "Kinh phí thực hiện từ nguồn thu hoạt động sự nghiệp của Bệnh viện năm 2025, dự "
            "kiến 1.250.000.000 đồng; Phòng Tài chính kế toán bố trí theo dự toán được duyệt."
        ),
        H("V. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Phòng Quản lý chất lượng là đầu mối theo dõi, đôn đốc; tổng hợp báo cáo Giám "
            "đốc và Sở Y tế trước ngày 15/7/2025 (6 tháng) và ngày 15/12/2025 (cả năm)."
        ),
        Para(
            "2. Trưởng các khoa, phòng căn cứ Kế hoạch này triển khai tại đơn vị; báo cáo kết "
            "quả về Phòng Quản lý chất lượng trước ngày 05 của tháng đầu quý sau."
        ),
        Para(
            "Trong quá trình thực hiện, nếu có vướng mắc, các khoa, phòng báo cáo Giám đốc "
            "(qua Phòng Quản lý chất lượng) để xem xét, giải quyết./."
        ),
    ]
    return Doc(
        name="ho9_kh_bvdk_cantho_chat_luong",
        description=(
            "Kế hoạch of a city hospital under its Sở (SỞ Y TẾ THÀNH PHỐ CẦN THƠ / BỆNH VIỆN ĐA "
            "KHOA / THÀNH PHỐ CẦN THƠ: the issuer over two bold lines), number KH-BVĐKTP, no "
            "Kính gửi; Căn cứ lines in regular type: the Party resolution 20-NQ/TW (issuer "
            "'Ban Chấp hành Trung ương Đảng khóa XII', padded short date), Luật Khám bệnh, chữa "
            "bệnh with a long date and Nghị định 96/2023/NĐ-CP in one sentence, Quyết định "
            "6858/QĐ-BYT (issuer 'Bộ trưởng Bộ Y tế'); the Sở's Kế hoạch and its Công văn with a "
            "unit code (386/SYT-NVY, unpadded ngày 5/2/2025); figures with decimal commas (3,85 "
            "điểm, 2,5%); a ruled 6-column task table STT / Nội dung / Khoa, phòng chủ trì / Đơn "
            "vị phối hợp / Thời gian / Kết quả, sản phẩm (keys stt, nhiem_vu, don_vi_chu_tri, "
            "don_vi_phoi_hop, thoi_gian, san_pham) of 11 rows on pages 2-3 (its lead-in line "
            "ends page 1) with the header row repeated; deadlines Tháng 02/2025, Quý I/2025 và "
            "tháng 11/2025, Hằng tháng, Quý II - III/2025, Trước ngày 30/6/2025; signer GIÁM ĐỐC "
            "alone."
        ),
        tests="hospital KH; task table over two pages with Kết quả, sản phẩm; no prefix",
        origin=TEAM,
        seed=982,
        scan=Scan(
            rotation_deg=-1.1,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=60,
            paper=(246, 242, 231),
            illumination=0.07,
        ),
        chu_quan=["SỞ Y TẾ THÀNH PHỐ CẦN THƠ"],
        ban_hanh=["BỆNH VIỆN ĐA KHOA", "THÀNH PHỐ CẦN THƠ"],
        so="96",
        ky_hieu="KH-BVĐKTP",
        dia_danh="Cần Thơ",
        ngay=date(2025, 2, 18),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject="Cải tiến chất lượng bệnh viện năm 2025",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Sở Y tế (b/c)",
                "Ban Giám đốc",
                "Các khoa, phòng",
                "Hội đồng QLCL bệnh viện",
                "Lưu: VT, QLCL",
            ]
        ),
        signer=["GIÁM ĐỐC"],
        nguoi_ky="Lâm Quốc Thịnh",
        seal_text="BỆNH VIỆN ĐA KHOA THÀNH PHỐ CẦN THƠ * ",
        refs=[r_nq_tw, r_luat, r_nd, r_qd, r_kh, r_cv],
    )


def doc_ho9_bc_sgtvt_trat_tu() -> Doc:
    r_cv = Ref(
        "Công văn",
        "1587/BATGT-VP",
        date(2024, 11, 25),
        "Ban An toàn giao thông tỉnh",
        long_date=False,
    )
    r_ct = Ref(
        "Chỉ thị",
        "18-CT/TW",
        date(2012, 9, 4),
        "Ban Bí thư",
        long_date=False,
        pad=False,
    )
    r_luat_ttatgt = Ref(
        "Luật",
        "36/2024/QH15",
        date(2024, 6, 27),
        ten="Luật Trật tự, an toàn giao thông đường bộ",
    )
    r_luat_db = Ref("Luật", "35/2024/QH15", date(2024, 6, 27), ten="Luật Đường bộ")
    r_nd = Ref("Nghị định", "100/2019/NĐ-CP", date(2019, 12, 30), "Chính phủ", long_date=False)
    r_nd_sd = Ref("Nghị định", "123/2021/NĐ-CP", date(2021, 12, 28), long_date=False)
    table = Table(
        header=[
            "STT",
            "Địa bàn",
            "Số lượt phương tiện kiểm tra",
            "Số trường hợp vi phạm",
            "Tiền phạt (triệu đồng)",
            "Số vi phạm so với năm 2023 (%)",
        ],
        columns=["stt", "dia_ban", "so_luot_kiem_tra", "so_vi_pham", "tien_phat", "so_sanh"],
        widths=[0.07, 0.27, 0.17, 0.16, 0.16, 0.17],
        align=["c", "l", "c", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Thành phố Vũng Tàu", "14.286", "1.245", "1.872,5", "91,6"],
            ["2", "Thành phố Bà Rịa", "9.640", "812", "1.164,0", "95,3"],
            ["3", "Thị xã Phú Mỹ", "18.425", "1.634", "3.285,7", "104,2"],
            ["4", "Huyện Châu Đức", "6.218", "475", "692,3", "88,7"],
            ["5", "Huyện Xuyên Mộc", "7.352", "538", "801,8", "93,1"],
            ["6", "Huyện Long Đất", "5.904", "426", "587,4", "90,4"],
            ["7", "Huyện Côn Đảo", "1.127", "64", "58,5", "112,3"],
            ["", "Tổng cộng", "62.952", "5.194", "8.462,2", "95,3"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc báo cáo tổng kết công tác bảo đảm trật tự, an "
            "toàn giao thông năm 2024, Sở Giao thông vận tải báo cáo như sau:"
        ),
        H("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"),
        Para(
            f"Tiếp tục quán triệt {r_ct.cite()} về tăng cường sự lãnh đạo của Đảng đối với công "
            "tác bảo đảm trật tự, an toàn giao thông đường bộ, đường sắt, đường thủy nội địa và "
            "khắc phục ùn tắc giao thông, Sở đã tham mưu Ủy ban nhân dân tỉnh ban hành 06 văn "
            "bản chỉ đạo; phối hợp với Công an tỉnh tổ chức 14 hội nghị phổ biến "
            f"{r_luat_ttatgt.cite()} và {r_luat_db.cite()} (có hiệu lực từ ngày 01/01/2025) "
            "cho hơn 2.300 lượt cán bộ, lái xe, chủ doanh nghiệp vận tải."
        ),
        H("II. KẾT QUẢ THỰC HIỆN"),
        Para(
            "1. Tình hình tai nạn giao thông: năm 2024, trên địa bàn tỉnh xảy ra 236 vụ tai nạn "
            "giao thông đường bộ, làm chết 148 người, bị thương 171 người; so với năm 2023 giảm "
            "21 vụ (8,17%), giảm 12 người chết (7,50%), giảm 18 người bị thương (9,52%). Tai nạn "
            "tập trung trên Quốc lộ 51, Quốc lộ 55 và đường ven biển Vũng Tàu - Bình Thuận."
        ),
        Para(
            "2. Công tác thanh tra, kiểm tra: Thanh tra Sở phối hợp với Phòng Cảnh sát giao "
            "thông Công an tỉnh kiểm tra tải trọng xe, hoạt động vận tải hành khách và hàng hóa; "
            f"xử phạt vi phạm hành chính theo {r_nd.cite()}, được sửa đổi, bổ sung bởi "
            f"{r_nd_sd.cite()}. Kết quả theo địa bàn như sau:",
            keep=3,
        ),
        table,
        Para(
            "Số trường hợp vi phạm toàn tỉnh là 5.194 trường hợp, giảm 258 trường hợp (4,73%) so "
            "với năm 2023; riêng thị xã Phú Mỹ tăng 4,2% do lưu lượng xe container ra vào các "
            "cảng Cái Mép - Thị Vải tăng cao, nhiều xe chở quá tải trọng cho phép trên 50%. Tổng "
            "số tiền phạt 8.462,2 triệu đồng đã được nộp vào ngân sách nhà nước."
        ),
        Para(
            "3. Quản lý vận tải: cấp mới 1.486 phù hiệu xe kinh doanh vận tải; thu hồi 37 phù "
            "hiệu do vi phạm thời gian lái xe liên tục; tuyến tàu cao tốc Vũng Tàu - Côn Đảo vận "
            "chuyển 168.420 lượt khách, bảo đảm an toàn tuyệt đối."
        ),
        H("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"),
        Para(
            "Phấn đấu giảm từ 5% đến 10% số vụ, số người chết và số người bị thương do tai nạn "
            "giao thông so với năm 2024; kiểm soát chặt chẽ tải trọng xe tại các cảng, mỏ vật "
            "liệu xây dựng; hoàn thành xử lý 09 điểm đen, điểm tiềm ẩn tai nạn giao thông trên "
            "Quốc lộ 51, Quốc lộ 56 và Đường tỉnh 994 trước ngày 30/6/2025."
        ),
        H("IV. KIẾN NGHỊ"),
        Para(
            "Đề nghị Ủy ban nhân dân tỉnh bố trí 12,5 tỷ đồng từ nguồn thu xử phạt vi phạm hành "
            "chính để lắp đặt 24 camera giám sát giao thông tại các nút giao trọng điểm và đầu "
            "tư 02 trạm kiểm tra tải trọng xe cố định."
        ),
        Para("Sở Giao thông vận tải trân trọng báo cáo./."),
    ]
    return Doc(
        name="ho9_bc_sgtvt_bariavungtau_trat_tu",
        description=(
            "Báo cáo of a Sở Giao thông vận tải under its parent whose name has a hyphen (UBND "
            "TỈNH BÀ RỊA - VŨNG TÀU / SỞ GIAO THÔNG VẬN TẢI; the place 'Bà Rịa - Vũng Tàu'), "
            "number BC-SGTVT; Kính gửi with two addressees; an opening sentence with the Ban "
            "An toàn giao thông's Công văn with a unit code (1587/BATGT-VP, ngày 25/11/2024); "
            "the Party directive 18-CT/TW (issuer 'Ban Bí thư', unpadded ngày 4/9/2012); two "
            "laws with long dates in one sentence; Nghị định 100/2019/NĐ-CP 'được sửa đổi, bổ "
            "sung bởi' Nghị định 123/2021/NĐ-CP with no issuer; figures and percentages in the "
            "text (8,17%, 168.420 lượt khách, 12,5 tỷ đồng); a ruled 6-column statistics table "
            "STT / Địa bàn / Số lượt phương tiện kiểm tra / Số trường hợp vi phạm / Tiền phạt "
            "(triệu đồng) / Số vi phạm so với năm 2023 (%) (keys stt, dia_ban, "
            "so_luot_kiem_tra, so_vi_pham, tien_phat, so_sanh) of seven cities and districts "
            "and a Tổng cộng row with an empty STT (62.952; 8.462,2), at the top of page 2 (its "
            "lead-in sentence ends page 1); Nơi nhận and the signer KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC "
            "alone on page 3; +1.3° skew."
        ),
        tests="BC of a Sở; hyphenated province; per-district numeric table with Tổng cộng; KT.",
        origin=TEAM,
        seed=983,
        scan=Scan(
            rotation_deg=1.3,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=68,
            paper=(247, 244, 234),
            illumination=0.05,
        ),
        chu_quan=["UBND TỈNH BÀ RỊA - VŨNG TÀU"],
        ban_hanh=["SỞ GIAO THÔNG VẬN TẢI"],
        so="2468",
        ky_hieu="BC-SGTVT",
        dia_danh="Bà Rịa - Vũng Tàu",
        ngay=date(2024, 12, 13),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject=(
            "Kết quả công tác bảo đảm trật tự, an toàn giao thông năm 2024 và phương hướng, nhiệm "
            "vụ năm 2025"
        ),
        kinh_gui=["Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "Ban An toàn giao thông tỉnh"],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Ủy ban An toàn giao thông quốc gia (b/c)",
                "Công an tỉnh (Phòng CSGT)",
                "Giám đốc, các PGĐ Sở",
                "Lưu: VT, TTr",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Đặng Hữu Lộc",
        seal_text="SỞ GIAO THÔNG VẬN TẢI * TỈNH BÀ RỊA - VŨNG TÀU * ",
        refs=[r_cv, r_ct, r_luat_ttatgt, r_luat_db, r_nd, r_nd_sd],
    )


def doc_ho9_cv_cdsvh_phi_vat_the() -> Doc:
    r_nq = Ref(
        "Nghị quyết",
        "33-NQ/TW",
        date(2014, 6, 9),
        "Ban Chấp hành Trung ương Đảng khóa XI",
        long_date=False,
    )
    r_luat = Ref("Luật", "28/2001/QH10", date(2001, 6, 29), ten="Luật Di sản văn hóa")
    r_luat_sd = Ref("Luật", "32/2009/QH12", date(2009, 6, 18))
    r_nd = Ref(
        "Nghị định", "98/2010/NĐ-CP", date(2010, 9, 21), "Chính phủ", long_date=False, pad=False
    )
    r_cv = Ref("Công văn", "1402/DSVH-PVT", date(2024, 9, 16), long_date=False)
    r_luat_moi = Ref("Luật", "45/2024/QH15", date(2024, 11, 23), ten="Luật Di sản văn hóa")
    body: list[Block] = [
        Para(
            f"Thực hiện {r_nq.cite()} về xây dựng và phát triển văn hóa, con người Việt Nam đáp "
            f"ứng yêu cầu phát triển bền vững đất nước; {r_luat.cite()}, được sửa đổi, bổ sung "
            f"bởi {r_luat_sd.cite()} và {r_nd.cite()} quy định chi tiết thi hành một số điều "
            "của Luật Di sản văn hóa và Luật sửa đổi, bổ sung một số điều của Luật Di sản văn "
            f"hóa, Cục Di sản văn hóa đã có {r_cv.cite()} đề nghị Sở Văn hóa, Thể thao và Du "
            "lịch các tỉnh, thành phố báo cáo kết quả kiểm kê, lập hồ sơ khoa học di sản văn "
            "hóa phi vật thể năm 2024 và đề xuất di sản đưa vào Danh mục di sản văn hóa phi vật "
            "thể quốc gia năm 2025."
        ),
        Para(
            "Đến ngày 06/12/2024, Cục Di sản văn hóa mới nhận được báo cáo của 37/63 địa "
            "phương; nhiều báo cáo chưa đủ thông tin về số lượng nghệ nhân, tình trạng thực "
            "hành di sản, chưa kèm theo phiếu kiểm kê và tư liệu ảnh, phim theo đề cương hướng "
            "dẫn."
        ),
        Para(
            "Để kịp thời tổng hợp, báo cáo Lãnh đạo Bộ và chuẩn bị triển khai "
            f"{r_luat_moi.cite()} (có hiệu lực thi hành từ ngày 01/7/2025), Cục Di sản văn hóa "
            "đề nghị Quý Sở:"
        ),
        Para(
            "1. Đối với các địa phương chưa gửi báo cáo: khẩn trương hoàn thiện, gửi báo cáo theo "
            "đề cương kèm theo Công văn số 1402/DSVH-PVT nêu trên; các địa phương đã gửi báo cáo "
            "bổ sung các thông tin còn thiếu."
        ),
        Para(
            "2. Rà soát, cập nhật danh sách nghệ nhân đang thực hành các di sản đã được ghi danh, "
            "nhất là các di sản có nguy cơ mai một như nghệ thuật làm gốm của người Chăm, thực "
            "hành Then của người Tày, Nùng, Thái, nghệ thuật Đờn ca tài tử Nam Bộ; đề xuất "
            "biện pháp bảo vệ khẩn cấp (nếu có)."
        ),
        Para(
            "3. Gửi văn bản về Cục Di sản văn hóa (qua Phòng Quản lý di sản văn hóa phi vật "
            "thể) trước ngày 25/12/2024, đồng thời gửi bản điện tử qua Hệ thống quản lý văn bản "
            "và điều hành của Bộ."
        ),
        Para("Cục Di sản văn hóa trân trọng đề nghị Quý Sở quan tâm, phối hợp thực hiện./."),
    ]
    return Doc(
        name="ho9_cv_cdsvh_phi_vat_the",
        description=(
            "Công văn of a ministry's department under its ministry (BỘ VĂN HÓA, THỂ THAO / VÀ DU "
            "LỊCH on two regular lines, CỤC DI SẢN VĂN HÓA bold), number DSVH-PVT, place Hà Nội, "
            "a V/v of three lines; Kính gửi with three addressees; one long sentence citing the "
            "Party resolution 33-NQ/TW (issuer 'Ban Chấp hành Trung ương Đảng khóa XI', padded "
            "ngày 09/06/2014), Luật Di sản văn hóa 2001 'được sửa đổi, bổ sung bởi Luật số "
            "32/2009/QH12' (both long dates), Nghị định 98/2010/NĐ-CP (unpadded ngày 21/9/2010) "
            "and the Cục's own earlier Công văn, its issuer printed before it and not after 'của' "
            "('Cục Di sản văn hóa đã có Công văn số 1402/DSVH-PVT ngày 16/09/2024 đề nghị ...', "
            "truth co_quan null); the new Luật Di sản văn hóa 45/2024/QH15 with a long date; the "
            "earlier Công văn named again without its date (not a second citation); a fraction "
            "(37/63); the last body line ('hiện./.') alone at the top of page 2 above Nơi nhận "
            "and the signer TL. CỤC TRƯỞNG / CHÁNH VĂN PHÒNG; -0.5° skew, noise σ 7, blur 1.0, "
            "JPEG q55."
        ),
        tests="CV of a ministry's Cục; parent over two lines; laws 'sửa đổi bởi'; TL.",
        origin=TEAM,
        seed=984,
        scan=Scan(
            rotation_deg=-0.5,
            noise_sigma=7,
            blur=1.0,
            jpeg_quality=55,
            paper=(245, 241, 230),
            illumination=0.08,
        ),
        chu_quan=["BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"],
        ban_hanh=["CỤC DI SẢN VĂN HÓA"],
        so="1836",
        ky_hieu="DSVH-PVT",
        vv="đôn đốc báo cáo kết quả kiểm kê, lập hồ sơ di sản văn hóa phi vật thể năm 2024",
        dia_danh="Hà Nội",
        ngay=date(2024, 12, 10),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Sở VHTTDL các tỉnh, thành phố",
            "Sở Văn hóa và Thể thao thành phố Hà Nội",
            "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh",
        ],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Cục trưởng (để b/c)",
                "Phó Cục trưởng phụ trách (để b/c)",
                "Vụ Kế hoạch, Tài chính",
                "Lưu: VT, VP, PVT",
            ]
        ),
        signer=["TL. CỤC TRƯỞNG", "CHÁNH VĂN PHÒNG"],
        nguoi_ky="Đỗ Thị Ngọc Diệp",
        seal_text="BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH * CỤC DI SẢN VĂN HÓA * ",
        refs=[r_nq, r_luat, r_luat_sd, r_nd, r_cv, r_luat_moi],
    )


def doc_ho9_cd_ubnd_xam_nhap_man() -> Doc:
    r_luat = Ref(
        "Luật",
        "33/2013/QH13",
        date(2013, 6, 19),
        ten="Luật Phòng, chống thiên tai",
        long_date=False,
        pad=False,
    )
    r_luat_sd = Ref("Luật", "60/2020/QH14", date(2020, 6, 17), long_date=False)
    r_qd_ttg = Ref("Quyết định", "18/2021/QĐ-TTg", date(2021, 4, 22), "Thủ tướng Chính phủ")
    r_kh = Ref(
        "Kế hoạch",
        "215/KH-UBND",
        date(2023, 11, 20),
        "Ủy ban nhân dân tỉnh",
        long_date=False,
        pad=False,
    )
    body: list[Block] = [
        Para(
            "Theo Đài Khí tượng Thủy văn tỉnh Hậu Giang, từ ngày 01/3/2024 đến nay, mặn từ biển "
            "Tây theo sông Cái Lớn xâm nhập sâu vào các kênh Nàng Mau, Xà No; độ mặn lớn nhất "
            "ngày 04/3/2024 tại thành phố Vị Thanh là 5,6 g/l, tại xã Lương Nghĩa (huyện Long Mỹ) "
            "là 8,2 g/l, cao hơn cùng kỳ năm 2023 từ 1,5 đến 2,0 g/l. Dự báo từ ngày 08/3 đến "
            "ngày 14/3/2024, ranh mặn 4 g/l tiếp tục lấn sâu thêm từ 3 đến 5 km, cấp độ rủi ro "
            "thiên tai do xâm nhập mặn cấp 2. Khoảng 2.150 ha lúa Đông Xuân giai đoạn trổ - chín "
            "và 1.340 hộ dân tại các xã Vĩnh Viễn, Vĩnh Viễn A, Lương Tâm, Xà Phiên (huyện Long "
            "Mỹ), Hỏa Lựu, Tân Tiến (thành phố Vị Thanh), Long Bình (thị xã Long Mỹ) có nguy cơ bị "
            "ảnh hưởng, thiếu nước sinh hoạt.",
            gap=6,
        ),
        Para(
            f"Thực hiện {r_luat.cite()} (được sửa đổi, bổ sung bởi {r_luat_sd.cite()}), "
            f"{r_qd_ttg.cite()} quy định về dự báo, cảnh báo, truyền tin thiên tai và cấp độ rủi "
            f"ro thiên tai và {r_kh.cite()} về phòng, chống hạn hán, thiếu nước, xâm nhập mặn mùa "
            "khô năm 2023 - 2024; để chủ động ứng phó, bảo vệ sản xuất và bảo đảm nước sinh hoạt "
            "cho nhân dân, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:"
        ),
        Para(
            "1. Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố: vận hành đóng các cống, "
            "đập tạm ngăn mặn theo kịch bản đã phê duyệt; lấy nước ngọt, trữ nước vào kênh nội "
            "đồng khi độ mặn dưới 1 g/l; vận động nhân dân trữ nước sinh hoạt trong lu, bồn; "
            "khuyến cáo không xuống giống lúa vụ Xuân Hè tại vùng có nguy cơ nhiễm mặn."
        ),
        Para(
            "2. Sở Nông nghiệp và Phát triển nông thôn (cơ quan thường trực Ban Chỉ huy Phòng, "
            "chống thiên tai và Tìm kiếm cứu nạn tỉnh) quan trắc độ mặn hằng ngày tại 18 điểm "
            "đo, thông tin kịp thời trên Cổng thông tin điện tử tỉnh; hướng dẫn biện pháp chăm "
            "sóc lúa, cây ăn trái (khóm Cầu Đúc, bưởi Năm Roi, cam sành) trong điều kiện hạn, "
            "mặn."
        ),
        Para(
            "3. Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh vận hành tối đa công "
            "suất các trạm cấp nước; tổ chức cấp nước sinh hoạt miễn phí bằng xe bồn cho các hộ "
            "dân vùng thiếu nước, bảo đảm tối thiểu 60 lít/người/ngày."
        ),
        Para(
            "4. Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí từ nguồn dự phòng "
            "ngân sách tỉnh năm 2024 để thực hiện các biện pháp cấp bách; Sở Y tế hướng dẫn xử "
            "lý, bảo đảm vệ sinh nguồn nước."
        ),
        Para(
            "5. Các cơ quan, đơn vị, địa phương tổ chức trực ban nghiêm túc; báo cáo tình hình về "
            "Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Phát triển nông thôn) trước 15 giờ 00 "
            "hằng ngày."
        ),
        Para(
            "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương "
            "nghiêm túc triển khai thực hiện Công điện này./."
        ),
    ]
    return Doc(
        name="ho9_cd_ubnd_haugiang_xam_nhap_man",
        description=(
            "Công điện (a type none of the earlier sets has; code CĐ-UBND) of a provincial "
            "People's Committee chairman (ỦY BAN NHÂN DÂN / TỈNH HẬU GIANG on two bold lines, no "
            "parent body) marked THƯỢNG KHẨN in a box under the number (an urgency level none "
            "of the earlier sets has); title CÔNG ĐIỆN and a 'Về việc' subject; no 'Kính gửi': "
            "the addressees follow the line 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:' as four '- ' "
            "paragraphs, the first wrapping over two lines (truth: they are kinh_gui); an "
            "opening paragraph of figures (5,6 g/l, 2.150 ha) and dates that are not citations "
            "(ngày 01/3/2024, từ ngày 08/3 đến ngày 14/3/2024); one sentence citing Luật Phòng, "
            "chống thiên tai with an unpadded short date and 'được sửa đổi, bổ sung bởi Luật số "
            "60/2020/QH14' (padded ngày 17/06/2020, no issuer), Quyết định 18/2021/QĐ-TTg with a "
            "long date and a provincial Kế hoạch (ngày 20/11/2023); numbered tasks; a deadline "
            "in hours (15 giờ 00); signer CHỦ TỊCH alone; -1.5° skew."
        ),
        tests="Công điện THƯỢNG KHẨN; addressees after 'điện:'; signer without prefix",
        origin=TEAM,
        seed=985,
        scan=Scan(
            rotation_deg=-1.5,
            noise_sigma=6,
            blur=0.8,
            jpeg_quality=58,
            paper=(246, 242, 232),
            illumination=0.07,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "TỈNH HẬU GIANG"],
        so="04",
        ky_hieu="CĐ-UBND",
        do_khan="THƯỢNG KHẨN",
        dia_danh="Hậu Giang",
        ngay=date(2024, 3, 5),
        title="CÔNG ĐIỆN",
        loai_van_ban="Công điện",
        subject=(
            "Về việc tập trung triển khai các biện pháp cấp bách ứng phó với xâm nhập mặn, thiếu "
            "nước sinh hoạt"
        ),
        kinh_gui_intro="**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH** điện:",
        kinh_gui=[
            "Giám đốc các sở: Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường, "
            "Xây dựng, Công Thương, Tài chính, Y tế",
            "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố",
            "Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh",
            "Giám đốc Đài Khí tượng Thủy văn tỉnh Hậu Giang",
        ],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Ban Chỉ đạo quốc gia về PCTT (b/c)",
                "Bộ Nông nghiệp và PTNT (b/c)",
                "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)",
                "Đài PT-TH Hậu Giang, Báo Hậu Giang (để đưa tin)",
                "Lưu: VT, KT",
            ]
        ),
        signer=["CHỦ TỊCH"],
        nguoi_ky="Huỳnh Thanh Phong",
        seal_text="ỦY BAN NHÂN DÂN TỈNH HẬU GIANG * ",
        refs=[r_luat, r_luat_sd, r_qd_ttg, r_kh],
    )


def doc_ho9_ttr_sngv_hoi_nghi() -> Doc:
    r_qd_ttg = Ref("Quyết định", "06/2020/QĐ-TTg", date(2020, 2, 21), "Thủ tướng Chính phủ")
    r_qd_ubnd = Ref(
        "Quyết định",
        "19/2022/QĐ-UBND",
        date(2022, 6, 8),
        "Ủy ban nhân dân tỉnh Bình Phước",
        long_date=False,
    )
    r_kh_tu = Ref(
        "Kế hoạch",
        "286-KH/TU",
        date(2024, 3, 15),
        "Ban Thường vụ Tỉnh ủy",
        long_date=False,
        pad=False,
    )
    r_cv = Ref("Công văn", "2914/UBND-TH", date(2024, 10, 28), long_date=False)
    body: list[Block] = [
        Para(
            f"Căn cứ {r_qd_ttg.cite()} về tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt "
            "Nam;",
            gap=6,
        ),
        Para(
            f"Căn cứ {r_qd_ubnd.cite()} ban hành Quy chế quản lý thống nhất các hoạt động đối "
            "ngoại trên địa bàn tỉnh;"
        ),
        Para(
            f"Thực hiện {r_kh_tu.cite()} về thực hiện công tác đối ngoại năm 2024 và chỉ đạo "
            f"của Chủ tịch Ủy ban nhân dân tỉnh tại {r_cv.cite()}, Sở Ngoại vụ kính trình Ủy ban "
            "nhân dân tỉnh xem xét, phê duyệt Kế hoạch tổ chức Hội nghị như sau:"
        ),
        H("I. SỰ CẦN THIẾT"),
        Para(
            "Tỉnh Bình Phước có đường biên giới chung với ba tỉnh Tbong Khmum, Kratie, "
            "Mondulkiri của Vương quốc Campuchia. Năm 2024, kim ngạch xuất nhập khẩu qua Cửa "
            "khẩu quốc tế Hoa Lư và các cửa khẩu chính ước đạt 512,6 triệu USD, tăng 14,8% so với "
            "năm 2023; hai bên đã phối hợp tổ chức 12 đợt tuần tra song phương, trao trả và tiếp "
            "nhận 86 công dân. Việc tổ chức Hội nghị nhằm đánh giá kết quả thực hiện Biên bản ghi "
            "nhớ hợp tác ký ngày 26/12/2023 và thống nhất nội dung hợp tác năm 2025."
        ),
        H("II. NỘI DUNG CHỦ YẾU CỦA KẾ HOẠCH"),
        Para(
            "1. Thời gian, địa điểm: 02 ngày (19 và 20/12/2024), tại Hội trường Ủy ban nhân dân "
            "tỉnh, thành phố Đồng Xoài."
        ),
        Para(
            "2. Thành phần: phía Campuchia khoảng 45 đại biểu do Tỉnh trưởng tỉnh Tbong Khmum "
            "làm Trưởng đoàn; phía Việt Nam khoảng 80 đại biểu gồm lãnh đạo Ủy ban nhân dân "
            "tỉnh, các sở, ban, ngành và Ủy ban nhân dân các huyện biên giới Lộc Ninh, Bù Đốp, Bù "
            "Gia Mập."
        ),
        Para(
            "3. Nội dung: đánh giá kết quả hợp tác năm 2024; ký kết Biên bản ghi nhớ hợp tác năm "
            "2025 về phòng, chống tội phạm, quản lý lao động qua biên giới, y tế, giáo dục và "
            "thương mại biên giới; tham quan mô hình nông nghiệp công nghệ cao tại huyện Phú "
            "Riềng."
        ),
        Para(
            "4. Kinh phí: dự kiến 486.500.000 đồng (Bốn trăm tám mươi sáu triệu, năm trăm nghìn "
            "đồng) từ nguồn kinh phí đối ngoại năm 2024 đã giao cho Sở Ngoại vụ."
        ),
        H("III. KIẾN NGHỊ"),
        Para(
            "Sở Ngoại vụ kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt Kế hoạch tổ chức Hội "
            "nghị; giao Sở Ngoại vụ chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, "
            "Công an tỉnh và các cơ quan liên quan tổ chức thực hiện."
        ),
        Para("(Kèm theo dự thảo Kế hoạch và dự thảo Quyết định phê duyệt)", style=ITALIC),
        Para("Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./."),
    ]
    return Doc(
        name="ho9_ttr_sngv_binhphuoc_hoi_nghi",
        description=(
            "Tờ trình of a Sở Ngoại vụ (a kind of Sở none of the earlier sets has) under its "
            "parent (UBND TỈNH BÌNH PHƯỚC / SỞ NGOẠI VỤ), number TTr-SNGV, a 'Về việc' subject "
            "over two lines and a centred one-line Kính gửi; Căn cứ lines in regular type: "
            "Quyết định 06/2020/QĐ-TTg with a long date, a provincial Quyết định with a padded "
            "short date (ngày 08/06/2022); a provincial Party committee Kế hoạch with a hyphen "
            "number (286-KH/TU, issuer 'Ban Thường vụ Tỉnh ủy', ngày 15/3/2024) and a UBND "
            "Công văn with no issuer after 'của' (2914/UBND-TH); figures (512,6 triệu USD, "
            "14,8%), an amount in figures and words (486.500.000 đồng), dates that are not "
            "citations (ngày 26/12/2023, 19 và 20/12/2024); Cambodian province names (Tbong "
            "Khmum, Kratie, Mondulkiri); an italic '(Kèm theo dự thảo ...)' line; signer Q. GIÁM "
            "ĐỐC with a S'tiêng surname (Điểu)."
        ),
        tests="TTr of a Sở Ngoại vụ; Party Kế hoạch with a hyphen number; Q. signer",
        origin=TEAM,
        seed=986,
        scan=Scan(
            rotation_deg=0.4,
            noise_sigma=5,
            blur=0.9,
            jpeg_quality=62,
            paper=(247, 243, 233),
            illumination=0.06,
        ),
        chu_quan=["UBND TỈNH BÌNH PHƯỚC"],
        ban_hanh=["SỞ NGOẠI VỤ"],
        so="412",
        ky_hieu="TTr-SNGV",
        dia_danh="Bình Phước",
        ngay=date(2024, 11, 22),
        title="TỜ TRÌNH",
        loai_van_ban="Tờ trình",
        subject=(
            "Về việc phê duyệt Kế hoạch tổ chức Hội nghị hợp tác giữa tỉnh Bình Phước với các "
            "tỉnh Tbong Khmum, Kratie, Mondulkiri (Vương quốc Campuchia) năm 2024"
        ),
        kinh_gui=["Ủy ban nhân dân tỉnh Bình Phước"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "CT, PCT UBND tỉnh phụ trách",
                "Bộ Chỉ huy BĐBP tỉnh",
                "Công an tỉnh",
                "Sở Tài chính",
                "Lưu: VT, LSBG",
            ]
        ),
        signer=["Q. GIÁM ĐỐC"],
        nguoi_ky="Điểu Thanh Hòa",
        seal_text="SỞ NGOẠI VỤ * TỈNH BÌNH PHƯỚC * ",
        refs=[r_qd_ttg, r_qd_ubnd, r_kh_tu, r_cv],
    )


HELDOUT9_DOCS = [
    doc_ho9_qd_ubnd_ha_tang,
    doc_ho9_kh_bvdk_chat_luong,
    doc_ho9_bc_sgtvt_trat_tu,
    doc_ho9_cv_cdsvh_phi_vat_the,
    doc_ho9_cd_ubnd_xam_nhap_man,
    doc_ho9_ttr_sngv_hoi_nghi,
]


# --------------------------------------------------------------------------------------
# Tenth held-out set (benchmarks/heldout10/): written blind (without running the pipeline
# or reading its code) and never used to tune it; other provinces, agencies and layouts
# --------------------------------------------------------------------------------------

HELDOUT10_DIR = REPO_ROOT / "benchmarks" / "heldout10"


def doc_ho10_qd_ubnd_nong_thon_moi() -> Doc:
    r_luat = Ref(
        "Luật",
        "77/2015/QH13",
        date(2015, 6, 19),
        ten="Luật Tổ chức chính quyền địa phương",
        long_date=False,
        pad=False,
    )
    r_nq_tw = Ref(
        "Nghị quyết",
        "19-NQ/TW",
        date(2022, 6, 16),
        "Ban Chấp hành Trung ương Đảng khóa XIII",
    )
    r_qd263 = Ref(
        "Quyết định", "263/QĐ-TTg", date(2022, 2, 22), "Thủ tướng Chính phủ", long_date=False
    )
    r_qd318 = Ref(
        "Quyết định",
        "318/QĐ-TTg",
        date(2022, 3, 8),
        "Thủ tướng Chính phủ",
        long_date=False,
        pad=False,
    )
    r_qd_tp = Ref(
        "Quyết định", "4215/QĐ-UBND", date(2024, 12, 20), "Ủy ban nhân dân thành phố Hải Phòng"
    )
    r_nq_hu = Ref(
        "Nghị quyết", "27-NQ/HU", date(2024, 12, 26), "Ban Chấp hành Đảng bộ huyện", long_date=False
    )
    r_ttr = Ref("Tờ trình", "05/TTr-NN", date(2025, 1, 7), long_date=False, pad=False)
    nn = "Phòng Nông nghiệp và Phát triển nông thôn"
    table = Table(
        header=[
            "STT",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời hạn hoàn thành",
            "Sản phẩm",
        ],
        columns=[
            "stt",
            "nhiem_vu",
            "don_vi_chu_tri",
            "don_vi_phoi_hop",
            "thoi_gian",
            "san_pham",
        ],
        widths=[0.07, 0.28, 0.17, 0.18, 0.15, 0.15],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Rà soát, đánh giá mức độ đạt các tiêu chí xã nông thôn mới nâng cao, xã nông "
                "thôn mới kiểu mẫu của 22 xã; xây dựng lộ trình cho từng xã",
                "Văn phòng Điều phối nông thôn mới huyện",
                "Các phòng, ban chuyên môn; UBND các xã",
                "Tháng 02/2025",
                "Báo cáo rà soát, lộ trình từng xã",
            ],
            [
                "2",
                "Hoàn thiện hồ sơ đề nghị công nhận xã Quang Phục, Đoàn Lập, Tiên Thắng đạt "
                "chuẩn nông thôn mới kiểu mẫu",
                "UBND các xã Quang Phục, Đoàn Lập, Tiên Thắng",
                "Văn phòng Điều phối nông thôn mới huyện",
                "Trước ngày 30/9/2025",
                "Hồ sơ trình UBND thành phố",
            ],
            [
                "3",
                "Cứng hóa 18,6 km đường trục thôn, đường ngõ xóm và 12,4 km đường trục chính "
                "nội đồng",
                "Phòng Kinh tế và Hạ tầng",
                "Ban Quản lý dự án đầu tư xây dựng huyện; UBND các xã",
                "Quý III/2025",
                "Công trình được nghiệm thu",
            ],
            [
                "4",
                "Xây dựng 04 chuỗi liên kết sản xuất lúa chất lượng cao, rau màu an toàn; phát "
                "triển 06 sản phẩm OCOP đạt 3 sao trở lên",
                nn,
                "Trung tâm Dịch vụ nông nghiệp huyện; Hội Nông dân huyện",
                "Quý II - IV/2025",
                "Hợp đồng liên kết; Quyết định công nhận sản phẩm OCOP",
            ],
            [
                "5",
                "Nạo vét 23 tuyến kênh cấp II, cấp III; cải tạo hệ thống thoát nước khu dân cư",
                nn,
                "Công ty TNHH MTV Khai thác công trình thủy lợi Tiên Lãng; UBND các xã",
                "Trước ngày 30/4/2025",
                "Biên bản nghiệm thu khối lượng",
            ],
            [
                "6",
                "Thu gom, xử lý chất thải rắn sinh hoạt nông thôn; bảo đảm tỷ lệ thu gom đạt "
                "từ 98% trở lên",
                "Phòng Tài nguyên và Môi trường",
                "UBND các xã; đơn vị thu gom",
                "Thường xuyên",
                "Báo cáo định kỳ hằng quý",
            ],
            [
                "7",
                "Chuyển đổi số trong xây dựng nông thôn mới: 100% xã có trang thông tin điện "
                "tử, ứng dụng thanh toán không dùng tiền mặt tại chợ nông thôn",
                "Phòng Văn hóa và Thông tin",
                "Bưu điện huyện; Trung tâm Viễn thông Tiên Lãng; UBND các xã",
                "Tháng 10/2025",
                "Trang thông tin điện tử của các xã",
            ],
            [
                "8",
                "Huy động, lồng ghép các nguồn vốn; giải ngân vốn Chương trình năm 2025",
                "Phòng Tài chính - Kế hoạch",
                "Kho bạc Nhà nước huyện; các chủ đầu tư",
                "Trước ngày 31/12/2025",
                "Báo cáo giải ngân hằng tháng",
            ],
            [
                "9",
                "Sơ kết 6 tháng, tổng kết năm; đề xuất khen thưởng tập thể, cá nhân tiêu biểu",
                "Văn phòng Điều phối nông thôn mới huyện",
                "Phòng Nội vụ",
                "Tháng 7/2025; tháng 12/2025",
                "Báo cáo sơ kết, tổng kết",
            ],
        ],
    )
    body: list[Block] = [
        Para("ỦY BAN NHÂN DÂN HUYỆN TIÊN LÃNG", style=BOLD, align="center", indent=0, gap=2),
        Para(f"Căn cứ {r_luat.cite()};", style=ITALIC, gap=6),
        Para(
            f"Căn cứ {r_nq_tw.cite()} về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm "
            "nhìn đến năm 2045;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_qd263.cite()} phê duyệt Chương trình mục tiêu quốc gia xây dựng nông "
            f"thôn mới giai đoạn 2021 - 2025; {r_qd318.cite()} ban hành Bộ tiêu chí quốc gia về "
            "xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn "
            "2021 - 2025;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_qd_tp.cite()} về việc giao kế hoạch vốn và chỉ tiêu thực hiện Chương "
            f"trình mục tiêu quốc gia xây dựng nông thôn mới năm 2025; {r_nq_hu.cite()} về "
            "nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2025;",
            style=ITALIC,
        ),
        Para(
            "Theo đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện tại "
            f"{r_ttr.cite()}.",
            style=ITALIC,
        ),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Giao nhiệm vụ thực hiện Chương trình mục tiêu quốc gia xây dựng nông "
            "thôn mới trên địa bàn huyện Tiên Lãng năm 2025 cho các cơ quan, đơn vị và Ủy ban "
            "nhân dân các xã (chi tiết tại Phụ lục kèm theo), với các mục tiêu chủ yếu: có thêm "
            "03 xã đạt chuẩn nông thôn mới kiểu mẫu (Quang Phục, Đoàn Lập, Tiên Thắng) và 05 xã "
            "đạt chuẩn nông thôn mới nâng cao; thu nhập bình quân đầu người khu vực nông thôn "
            "đạt 82,5 triệu đồng/người/năm; tỷ lệ hộ nghèo dưới 0,5%; tỷ lệ người dân tham gia "
            "bảo hiểm y tế đạt 95,2%.",
            gap=4,
        ),
        Para("**Điều 2.** Tổ chức thực hiện", gap=4),
        Para(
            "1. Thủ trưởng các cơ quan, đơn vị được giao chủ trì chịu trách nhiệm trước Ủy ban "
            "nhân dân huyện về tiến độ, chất lượng nhiệm vụ; báo cáo kết quả định kỳ hằng quý "
            "(trước ngày 15 của tháng cuối quý) qua Văn phòng Điều phối nông thôn mới huyện."
        ),
        Para(
            "2. Phòng Tài chính - Kế hoạch tham mưu bố trí 46.850 triệu đồng từ ngân sách "
            "huyện năm 2025 để đối ứng thực hiện Chương trình; hướng dẫn các xã thanh toán, "
            "quyết toán vốn theo quy định."
        ),
        Para(
            "3. Ủy ban nhân dân các xã xây dựng kế hoạch chi tiết, công khai tại trụ sở Ủy ban "
            "nhân dân xã và nhà văn hóa các thôn; vận động nhân dân hiến đất, góp công làm "
            "đường giao thông nông thôn."
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân "
            "dân và Ủy ban nhân dân huyện, Chánh Văn phòng Điều phối nông thôn mới huyện, Trưởng "
            "các phòng: Nông nghiệp và Phát triển nông thôn, Tài chính - Kế hoạch, Kinh tế và Hạ "
            "tầng, Tài nguyên và Môi trường; Giám đốc Kho bạc Nhà nước huyện; Chủ tịch Ủy ban "
            "nhân dân các xã và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi "
            "hành Quyết định này./.",
            gap=4,
        ),
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "DANH MỤC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI "
            "NĂM 2025",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Quyết định số 156/QĐ-UBND ngày 14/01/2025 của Ủy ban nhân dân huyện Tiên "
            "Lãng)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        table,
    ]
    return Doc(
        name="ho10_qd_ubnd_tienlang_nong_thon_moi",
        description=(
            "Quyết định of a district People's Committee of a centrally-run city (ỦY BAN NHÂN "
            "DÂN / HUYỆN TIÊN LÃNG on two bold lines, no parent body), number QĐ-UBND, a 'Về "
            "việc' subject; authority line ỦY BAN NHÂN DÂN HUYỆN TIÊN LÃNG; italic Căn cứ lines: "
            "Luật Tổ chức chính quyền địa phương with an unpadded short date (ngày 19/6/2015), "
            "the Party resolution 19-NQ/TW with a long date (issuer 'Ban Chấp hành Trung ương "
            "Đảng khóa XIII'), Quyết định 263/QĐ-TTg (padded ngày 22/02/2022) and 318/QĐ-TTg "
            "(unpadded ngày 8/3/2022) in one line, the city's Quyết định with a long date and "
            "the district Party committee's resolution 27-NQ/HU (issuer 'Ban Chấp hành Đảng bộ "
            "huyện') in one line; a 'Theo đề nghị' line with a Tờ trình with a unit code and no "
            "issuer (05/TTr-NN, ngày 7/1/2025); Điều 1-3 with figures (82,5 triệu đồng, 0,5%, "
            "95,2%, 46.850 triệu đồng); a three-line signer TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / "
            "PHÓ CHỦ TỊCH on page 2; a Phụ lục after the signature with a ruled 6-column task "
            "table STT / Nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp / Thời hạn hoàn thành / "
            "Sản phẩm (keys stt, nhiem_vu, don_vi_chu_tri, don_vi_phoi_hop, thoi_gian, san_pham) "
            "of 9 rows over pages 3-4 with the header row repeated. The Phụ lục's 'Kèm theo "
            "Quyết định số 156/QĐ-UBND ...' names the document itself and is not a related "
            "document."
        ),
        tests="district QĐ of a city; TM. + KT. three-line signer; Phụ lục task table",
        origin=TEAM,
        seed=991,
        scan=Scan(
            rotation_deg=0.6,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=64,
            paper=(247, 243, 233),
            illumination=0.06,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "HUYỆN TIÊN LÃNG"],
        so="156",
        ky_hieu="QĐ-UBND",
        dia_danh="Tiên Lãng",
        ngay=date(2025, 1, 14),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "Về việc giao nhiệm vụ thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn "
            "mới trên địa bàn huyện Tiên Lãng năm 2025"
        ),
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "Văn phòng Điều phối NTM thành phố (b/c)",
                "TT. Huyện ủy, TT. HĐND huyện (b/c)",
                "CT, các PCT UBND huyện",
                "Cổng thông tin điện tử huyện",
                "Lưu: VT, NN",
            ]
        ),
        signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Vũ Văn Khương",
        seal_text="ỦY BAN NHÂN DÂN HUYỆN TIÊN LÃNG * THÀNH PHỐ HẢI PHÒNG * ",
        refs=[r_luat, r_nq_tw, r_qd263, r_qd318, r_qd_tp, r_nq_hu, r_ttr],
    )


def doc_ho10_kh_sldtbxh_an_toan_lao_dong() -> Doc:
    r_luat = Ref("Luật", "84/2015/QH13", date(2015, 6, 25), ten="Luật An toàn, vệ sinh lao động")
    r_nd39 = Ref(
        "Nghị định", "39/2016/NĐ-CP", date(2016, 5, 15), "Chính phủ", long_date=False, pad=False
    )
    r_nd44 = Ref(
        "Nghị định", "44/2016/NĐ-CP", date(2016, 5, 15), "Chính phủ", long_date=False, pad=False
    )
    r_kh = Ref("Kế hoạch", "48/KH-UBND", date(2024, 2, 22), "Ủy ban nhân dân thành phố")
    r_cv = Ref(
        "Công văn",
        "612/LĐTBXH-ATLĐ",
        date(2024, 2, 26),
        "Bộ Lao động - Thương binh và Xã hội",
        long_date=False,
    )
    vl = "Phòng Việc làm - An toàn lao động"
    table = Table(
        header=[
            "STT",
            "Nội dung",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian hoàn thành",
            "Ghi chú",
        ],
        columns=[
            "stt",
            "nhiem_vu",
            "don_vi_chu_tri",
            "don_vi_phoi_hop",
            "thoi_gian",
            "ghi_chu",
        ],
        widths=[0.07, 0.29, 0.17, 0.17, 0.14, 0.16],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Tham mưu Ủy ban nhân dân thành phố tổ chức Lễ phát động Tháng hành động về an "
                "toàn, vệ sinh lao động năm 2024",
                vl,
                "Liên đoàn Lao động thành phố; Ban Quản lý Khu kinh tế Hải Phòng",
                "Trước ngày 30/4/2024",
                "Kết hợp Tháng Công nhân",
            ],
            [
                "2",
                "Tuyên truyền chính sách, pháp luật về an toàn, vệ sinh lao động trên Báo Hải "
                "Phòng, Đài Phát thanh và Truyền hình Hải Phòng, Cổng thông tin điện tử của Sở",
                "Văn phòng Sở",
                "Báo Hải Phòng; Đài Phát thanh và Truyền hình Hải Phòng",
                "Tháng 5 - 6/2024",
                "",
            ],
            [
                "3",
                "Huấn luyện an toàn, vệ sinh lao động cho người làm công việc có yêu cầu nghiêm "
                "ngặt và người làm công tác an toàn, vệ sinh lao động tại doanh nghiệp",
                vl,
                "Các tổ chức huấn luyện được cấp giấy chứng nhận",
                "Quý II - III/2024",
                "20 lớp, 1.200 học viên",
            ],
            [
                "4",
                "Thanh tra việc chấp hành pháp luật về an toàn, vệ sinh lao động tại 60 doanh "
                "nghiệp xây dựng, đóng tàu, hóa chất, khai thác đá",
                "Thanh tra Sở",
                "Sở Xây dựng; Sở Công Thương; Công an thành phố",
                "Quý II - IV/2024",
                "Theo kế hoạch thanh tra đã phê duyệt",
            ],
            [
                "5",
                "Kiểm tra hoạt động của các tổ chức kiểm định kỹ thuật an toàn lao động trên địa "
                "bàn thành phố",
                "Thanh tra Sở",
                vl,
                "Tháng 8/2024",
                "",
            ],
            [
                "6",
                "Điều tra, thống kê, báo cáo tai nạn lao động; công bố tình hình tai nạn lao "
                "động năm 2023",
                vl,
                "UBND các quận, huyện; Phòng LĐTBXH các quận, huyện",
                "Định kỳ 6 tháng, hằng năm",
                "Báo cáo trước ngày 05/7/2024 và 10/01/2025",
            ],
            [
                "7",
                "Hướng dẫn doanh nghiệp nhỏ và vừa tự đánh giá, cải thiện điều kiện làm việc, "
                "đánh giá nguy cơ rủi ro về an toàn, vệ sinh lao động",
                vl,
                "Hiệp hội Doanh nghiệp thành phố",
                "Quý III/2024",
                "",
            ],
            [
                "8",
                "Phối hợp khám phát hiện bệnh nghề nghiệp cho người lao động làm việc trong môi "
                "trường có yếu tố có hại",
                vl,
                "Sở Y tế; Bảo hiểm xã hội thành phố",
                "Quý III - IV/2024",
                "Ưu tiên ngành đóng tàu, xi măng",
            ],
            [
                "9",
                "Thẩm định hồ sơ hỗ trợ chuyển đổi nghề nghiệp cho người bị tai nạn lao động, "
                "bệnh nghề nghiệp trở lại làm việc",
                "Phòng Lao động - Tiền lương - Bảo hiểm xã hội",
                "Bảo hiểm xã hội thành phố",
                "Thường xuyên",
                "",
            ],
            [
                "10",
                "Thăm hỏi, tặng quà gia đình người lao động bị chết do tai nạn lao động",
                "Văn phòng Sở",
                "Liên đoàn Lao động thành phố",
                "Tháng 5/2024",
                "40 suất, 2.000.000 đồng/suất",
            ],
            [
                "11",
                "Cập nhật cơ sở dữ liệu tai nạn lao động trên phần mềm quản lý của Sở",
                "Văn phòng Sở",
                vl,
                "Tháng 10/2024",
                "",
            ],
            [
                "12",
                "Tổ chức phiên họp Hội đồng an toàn, vệ sinh lao động thành phố",
                vl,
                "Các thành viên Hội đồng",
                "Tháng 7/2024; tháng 12/2024",
                "",
            ],
            [
                "13",
                "Tổng hợp, báo cáo kết quả Tháng hành động về an toàn, vệ sinh lao động năm 2024",
                vl,
                "Phòng LĐTBXH các quận, huyện",
                "Trước ngày 15/7/2024",
                "Gửi Bộ LĐTBXH và UBND thành phố",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()}; {r_nd39.cite()} quy định chi tiết thi hành một số điều "
            f"của Luật An toàn, vệ sinh lao động; {r_nd44.cite()} quy định chi tiết một số điều "
            "của Luật An toàn, vệ sinh lao động về hoạt động kiểm định kỹ thuật an toàn lao "
            "động, huấn luyện an toàn, vệ sinh lao động và quan trắc môi trường lao động;"
        ),
        Para(
            f"Thực hiện {r_kh.cite()} về công tác an toàn, vệ sinh lao động năm 2024 và "
            f"{r_cv.cite()} về việc tổ chức Tháng hành động về an toàn, vệ sinh lao động năm "
            "2024, Sở Lao động - Thương binh và Xã hội xây dựng Kế hoạch thực hiện như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Nâng cao nhận thức, ý thức chấp hành pháp luật về an toàn, vệ sinh lao động "
            "của người sử dụng lao động và người lao động; cải thiện điều kiện lao động, giảm "
            "tai nạn lao động và bệnh nghề nghiệp."
        ),
        Para(
            "2. Các nhiệm vụ được phân công cụ thể, có thời hạn hoàn thành; gắn trách nhiệm "
            "của người đứng đầu các phòng, đơn vị thuộc Sở với kết quả thực hiện."
        ),
        H("II. CHỈ TIÊU"),
        Para(
            "Năm 2023, trên địa bàn thành phố xảy ra 21 vụ tai nạn lao động chết người, làm "
            "chết 23 người. Năm 2024 phấn đấu giảm ít nhất 4% tần suất tai nạn lao động chết "
            "người; 100% doanh nghiệp trong các khu công nghiệp, khu kinh tế có bộ phận an toàn, "
            "vệ sinh lao động; tỷ lệ người lao động được huấn luyện đạt 85,5% trở lên."
        ),
        H("III. NHIỆM VỤ CỤ THỂ"),
        Para("Các nhiệm vụ, đơn vị chủ trì, phối hợp và thời gian hoàn thành như sau:", keep=3),
        table,
        H("IV. KINH PHÍ"),
        Para(
            "Kinh phí thực hiện từ nguồn ngân sách sự nghiệp năm 2024 đã giao cho Sở, dự kiến "
            "1.286,4 triệu đồng; Văn phòng Sở hướng dẫn thanh toán, quyết toán theo quy định."
        ),
        H("V. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Phòng Việc làm - An toàn lao động là đầu mối theo dõi, đôn đốc; tổng hợp kết "
            "quả báo cáo Giám đốc Sở trước ngày 10/12/2024."
        ),
        Para(
            "2. Đề nghị Ủy ban nhân dân các quận, huyện chỉ đạo Phòng Lao động - Thương binh và "
            "Xã hội xây dựng kế hoạch, tổ chức thực hiện trên địa bàn; báo cáo kết quả về Sở "
            "theo thời gian nêu trên."
        ),
        Para(
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở "
            "(qua Phòng Việc làm - An toàn lao động, điện thoại: 0225.3842.516) để được hướng "
            "dẫn./."
        ),
    ]
    return Doc(
        name="ho10_kh_sldtbxh_haiphong_an_toan_lao_dong",
        description=(
            "Kế hoạch of a Sở of a centrally-run city whose name has a hyphen and is broken over "
            "two bold lines (UBND THÀNH PHỐ HẢI PHÒNG / SỞ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI), "
            "number KH-SLĐTBXH, no Kính gửi; one Căn cứ line in regular type: Luật An toàn, vệ "
            "sinh lao động (a comma in the name, long date) and two decrees of the same date "
            "with unpadded short dates (39/2016/NĐ-CP and 44/2016/NĐ-CP, ngày 15/5/2016); the "
            "city's Kế hoạch with a long date (issuer 'Ủy ban nhân dân thành phố') and the "
            "ministry's Công văn with a unit code and a hyphenated issuer (612/LĐTBXH-ATLĐ, "
            "ngày 26/02/2024, 'Bộ Lao động - Thương binh và Xã hội'); figures (85,5%, 1.286,4 "
            "triệu đồng) and a phone number; a ruled 6-column task table STT / Nội dung / Đơn "
            "vị chủ trì / Đơn vị phối hợp / Thời gian hoàn thành / Ghi chú (keys stt, nhiem_vu, "
            "don_vi_chu_tri, don_vi_phoi_hop, thoi_gian, ghi_chu) of 13 rows over two pages "
            "with the header row repeated, seven Ghi chú cells empty, dates and amounts inside "
            "cells (05/7/2024 và 10/01/2025; 2.000.000 đồng/suất); signer KT. GIÁM ĐỐC / PHÓ "
            "GIÁM ĐỐC."
        ),
        tests="KH of a city Sở; hyphenated issuer on two lines; task table with Ghi chú; KT.",
        origin=TEAM,
        seed=992,
        scan=Scan(
            rotation_deg=-1.2,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=60,
            paper=(246, 242, 231),
            illumination=0.07,
        ),
        chu_quan=["UBND THÀNH PHỐ HẢI PHÒNG"],
        ban_hanh=["SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"],
        so="57",
        ky_hieu="KH-SLĐTBXH",
        dia_danh="Hải Phòng",
        ngay=date(2024, 3, 12),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject="Triển khai công tác an toàn, vệ sinh lao động năm 2024",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Bộ LĐTBXH (Cục An toàn lao động) (b/c)",
                "UBND thành phố (b/c)",
                "Thành viên Hội đồng ATVSLĐ thành phố",
                "Phòng LĐTBXH các quận, huyện (để t/h)",
                "Các phòng, đơn vị thuộc Sở",
                "Lưu: VT, VLATLĐ",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Bùi Thị Thu Hằng",
        seal_text="SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI * THÀNH PHỐ HẢI PHÒNG * ",
        refs=[r_luat, r_nd39, r_nd44, r_kh, r_cv],
    )


def doc_ho10_bc_bqlkcn_thu_hut_dau_tu() -> Doc:
    r_cv = Ref(
        "Công văn",
        "10248/BKHĐT-QLKKT",
        date(2024, 12, 5),
        "Bộ Kế hoạch và Đầu tư",
        long_date=False,
    )
    r_nd = Ref("Nghị định", "35/2022/NĐ-CP", date(2022, 5, 28), "Chính phủ", long_date=False)
    r_luat = Ref("Luật", "61/2020/QH14", date(2020, 6, 17), ten="Luật Đầu tư")
    r_qd = Ref(
        "Quyết định",
        "1327/QĐ-UBND",
        date(2024, 5, 9),
        "Ủy ban nhân dân tỉnh",
        long_date=False,
        pad=False,
    )
    table = Table(
        header=[
            "STT",
            "Khu công nghiệp",
            "Số dự án FDI còn hiệu lực",
            "Vốn FDI đăng ký (triệu USD)",
            "Tỷ lệ lấp đầy (%)",
            "Số lao động (người)",
        ],
        columns=[
            "stt",
            "khu_cong_nghiep",
            "so_du_an",
            "von_dang_ky",
            "ty_le_lap_day",
            "so_lao_dong",
        ],
        widths=[0.07, 0.29, 0.16, 0.17, 0.14, 0.17],
        align=["c", "l", "c", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Amata", "168", "3.254,6", "100,0", "46.820"],
            ["2", "Biên Hòa II", "126", "2.118,4", "100,0", "38.615"],
            ["3", "Loteco", "78", "1.186,2", "100,0", "21.340"],
            ["4", "Long Thành", "94", "2.062,7", "97,8", "32.406"],
            ["5", "Nhơn Trạch III", "86", "2.541,3", "98,6", "35.172"],
            ["6", "Hố Nai", "112", "1.028,5", "99,2", "27.950"],
            ["7", "Sông Mây", "74", "1.365,9", "96,4", "24.718"],
            ["8", "Tam Phước", "61", "742,8", "100,0", "15.264"],
            ["9", "Long Đức", "52", "1.004,3", "88,5", "12.586"],
            ["10", "Giang Điền", "43", "612,4", "72,6", "9.437"],
            ["11", "Các khu công nghiệp còn lại (21 khu)", "892", "14.628,5", "84,3", "312.540"],
            ["", "Tổng cộng", "1.786", "30.545,6", "87,4", "576.848"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc báo cáo tình hình xây dựng và phát triển khu "
            f"công nghiệp, khu kinh tế năm 2024 và chế độ báo cáo theo {r_nd.cite()} quy định "
            "về quản lý khu công nghiệp và khu kinh tế, Ban Quản lý các khu công nghiệp Đồng Nai "
            "báo cáo như sau:"
        ),
        H("I. TÌNH HÌNH CHUNG"),
        Para(
            "Đến ngày 31/12/2024, trên địa bàn tỉnh có 32 khu công nghiệp được thành lập với "
            "tổng diện tích 12.176,2 ha, trong đó 31 khu công nghiệp đã đi vào hoạt động; diện "
            "tích đất công nghiệp đã cho thuê 6.842,5 ha, tỷ lệ lấp đầy bình quân 87,4%. Các "
            "khu công nghiệp Nhơn Trạch VI, Long Đức giai đoạn 2, Bàu Cạn - Tân Hiệp đang hoàn "
            f"thiện thủ tục đầu tư xây dựng hạ tầng theo chủ trương tại {r_qd.cite()}."
        ),
        H("II. KẾT QUẢ THU HÚT ĐẦU TƯ NĂM 2024"),
        Para(
            "1. Năm 2024, các khu công nghiệp thu hút 52 dự án FDI cấp mới và 118 lượt dự án "
            "điều chỉnh tăng vốn, tổng vốn đăng ký 1.684,2 triệu USD, đạt 168,4% kế hoạch năm "
            "và tăng 12,7% so với năm 2023; vốn đầu tư trong nước 6.428,5 tỷ đồng. Các dự án "
            "tập trung vào ngành điện tử, cơ khí chính xác, logistics và sản xuất vật liệu "
            "mới; nhà đầu tư đến từ Hàn Quốc, Nhật Bản, Đài Loan (Trung Quốc) và Singapore."
        ),
        Para(
            "2. Số liệu lũy kế đến ngày 31/12/2024 tại các khu công nghiệp như sau:",
            keep=3,
        ),
        table,
        Para(
            "3. Tổng số lao động làm việc tại các khu công nghiệp là 576.848 người, tăng 3,2% so "
            "với năm 2023, trong đó lao động nữ chiếm 58,6%, lao động nước ngoài 4.826 người. "
            "Kim ngạch xuất khẩu của doanh nghiệp trong các khu công nghiệp ước đạt 19.742,3 "
            "triệu USD, nộp ngân sách nhà nước 14.216,8 tỷ đồng."
        ),
        H("III. KHÓ KHĂN, VƯỚNG MẮC"),
        Para(
            "Quỹ đất sạch để cho thuê còn ít; công tác bồi thường, giải phóng mặt bằng tại khu "
            "công nghiệp Long Đức giai đoạn 2 và Giang Điền kéo dài; hệ thống xử lý nước thải "
            "tập trung của 03 khu công nghiệp chưa đáp ứng công suất; thiếu nhà ở xã hội, nhà "
            "lưu trú cho công nhân."
        ),
        H("IV. KIẾN NGHỊ"),
        Para(
            "Đề nghị Bộ Kế hoạch và Đầu tư hướng dẫn thủ tục điều chỉnh chủ trương đầu tư dự án "
            f"trong khu công nghiệp theo {r_luat.cite()}; tổng hợp, trình Thủ tướng Chính phủ bổ "
            "sung chỉ tiêu đất khu công nghiệp cho tỉnh Đồng Nai giai đoạn 2021 - 2030."
        ),
        Para("Ban Quản lý các khu công nghiệp Đồng Nai trân trọng báo cáo./."),
    ]
    return Doc(
        name="ho10_bc_bqlkcn_dongnai_thu_hut_dau_tu",
        description=(
            "Báo cáo of a provincial industrial-zones authority (a kind of issuer none of the "
            "earlier sets has) under its parent (UBND TỈNH ĐỒNG NAI / BAN QUẢN LÝ CÁC / KHU "
            "CÔNG NGHIỆP, the issuer over two bold lines), number BC-KCNĐN; Kính gửi with two "
            "addressees; an opening sentence with the ministry's Công văn with a unit code "
            "(10248/BKHĐT-QLKKT, ngày 05/12/2024) and Nghị định 35/2022/NĐ-CP (ngày 28/05/2022); "
            "a provincial Quyết định with an unpadded short date at the end of a paragraph "
            "(ngày 9/5/2024); Luật Đầu tư with a long date in the Kiến nghị; figures in the "
            "text (12.176,2 ha, 168,4%, 19.742,3 triệu USD) and dates that are not citations; "
            "a ruled 6-column statistics table STT / Khu công nghiệp / Số dự án FDI còn hiệu "
            "lực / Vốn FDI đăng ký (triệu USD) / Tỷ lệ lấp đầy (%) / Số lao động (người) (keys "
            "stt, khu_cong_nghiep, so_du_an, von_dang_ky, ty_le_lap_day, so_lao_dong) of ten "
            "industrial zones, a 'Các khu công nghiệp còn lại (21 khu)' row and a Tổng cộng row "
            "with an empty STT (1.786; 30.545,6; 87,4; 576.848), split over pages 1-2 (three "
            "rows on page 1) with the header row repeated; signer TRƯỞNG BAN alone."
        ),
        tests="BC of a Ban Quản lý KCN; numeric table with Tổng cộng; signer without prefix",
        origin=TEAM,
        seed=993,
        scan=Scan(
            rotation_deg=1.1,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=68,
            paper=(247, 244, 234),
            illumination=0.05,
        ),
        chu_quan=["UBND TỈNH ĐỒNG NAI"],
        ban_hanh=["BAN QUẢN LÝ CÁC", "KHU CÔNG NGHIỆP"],
        so="96",
        ky_hieu="BC-KCNĐN",
        dia_danh="Đồng Nai",
        ngay=date(2025, 1, 8),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject="Tình hình thu hút đầu tư và hoạt động của các khu công nghiệp năm 2024",
        kinh_gui=["Bộ Kế hoạch và Đầu tư", "Ủy ban nhân dân tỉnh Đồng Nai"],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Vụ Quản lý các khu kinh tế - Bộ KH&ĐT",
                "Sở Kế hoạch và Đầu tư",
                "Trưởng ban, các Phó Trưởng ban",
                "Lưu: VT, ĐT",
            ]
        ),
        signer=["TRƯỞNG BAN"],
        nguoi_ky="Trịnh Minh Tuấn",
        seal_text="BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP * TỈNH ĐỒNG NAI * ",
        refs=[r_cv, r_nd, r_qd, r_luat],
    )


def doc_ho10_cv_bchqs_tuyen_quan() -> Doc:
    r_kh_qk = Ref(
        "Kế hoạch",
        "2475/KH-BTL",
        date(2024, 10, 9),
        "Bộ Tư lệnh Quân khu 1",
        long_date=False,
        pad=False,
    )
    r_qd = Ref("Quyết định", "1856/QĐ-UBND", date(2024, 10, 21), "Ủy ban nhân dân tỉnh Bắc Kạn")
    r_luat = Ref(
        "Luật",
        "78/2015/QH13",
        date(2015, 6, 19),
        ten="Luật Nghĩa vụ quân sự",
        long_date=False,
    )
    r_nd = Ref("Nghị định", "13/2016/NĐ-CP", date(2016, 2, 19), "Chính phủ")
    body: list[Block] = [
        Para(
            f"Thực hiện {r_kh_qk.cite()} về tuyển chọn và gọi công dân nhập ngũ năm 2025 và "
            f"{r_qd.cite()} về việc giao chỉ tiêu gọi công dân nhập ngũ và thực hiện nghĩa vụ "
            "tham gia Công an nhân dân năm 2025, Bộ Chỉ huy Quân sự tỉnh đề nghị các cơ quan, "
            "địa phương thực hiện tốt một số nội dung sau:"
        ),
        Para(
            "1. Hội đồng nghĩa vụ quân sự các huyện, thành phố chỉ đạo rà soát, phúc tra nguồn "
            "công dân trong độ tuổi gọi nhập ngũ; tổ chức sơ tuyển sức khỏe tại xã, phường, "
            "thị trấn xong trước ngày 15/11/2024; không để sót, lọt công dân đủ điều kiện."
        ),
        Para(
            f"2. Tổ chức khám sức khỏe nghĩa vụ quân sự theo đúng {r_luat.cite()} và "
            f"{r_nd.cite()} quy định trình tự, thủ tục đăng ký và chế độ, chính sách của công "
            "dân trong thời gian đăng ký, khám, kiểm tra sức khỏe nghĩa vụ quân sự; thời gian "
            "khám từ ngày 01/12 đến ngày 25/12/2024. Sở Y tế chỉ đạo Trung tâm Y tế các huyện, "
            "thành phố bố trí đủ bác sĩ, trang thiết bị cho Hội đồng khám sức khỏe."
        ),
        Para(
            "3. Tổng chỉ tiêu giao của tỉnh là 432 công dân (nhập ngũ Quân đội 388, thực hiện "
            "nghĩa vụ tham gia Công an nhân dân 44); tỷ lệ đảng viên đạt từ 3% trở lên, trình "
            "độ cao đẳng, đại học từ 5% trở lên. Huyện Pác Nặm, Ngân Sơn chú trọng tuyển chọn "
            "thanh niên người dân tộc Mông, Dao."
        ),
        Para(
            "4. Lễ giao nhận quân tổ chức đồng loạt vào ngày 14/02/2025 (ngày 17 tháng Giêng "
            "năm Ất Tỵ), trong một buổi sáng, bảo đảm nhanh gọn, an toàn, tiết kiệm; Ban Chỉ "
            "huy Quân sự các huyện, thành phố báo cáo phương án tổ chức về Bộ Chỉ huy Quân sự "
            "tỉnh (qua Phòng Tham mưu) trước ngày 20/01/2025."
        ),
        Para(
            "Quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Ban Quân lực, Phòng Tham "
            "mưu, điện thoại quân sự: 069.672.215; điện thoại dân sự: 0209.3870.134./."
        ),
    ]
    return Doc(
        name="ho10_cv_bchqs_backan_tuyen_quan",
        description=(
            "Công văn of a provincial military command (a kind of issuer none of the earlier "
            "sets has) under its military region (BỘ TƯ LỆNH QUÂN KHU 1 / BỘ CHỈ HUY QUÂN SỰ / "
            "TỈNH BẮC KẠN, the issuer over two bold lines), number BCH-TM, a two-line V/v; "
            "Kính gửi with three addressees; an opening sentence with the military region's "
            "Kế hoạch (2475/KH-BTL, issuer 'Bộ Tư lệnh Quân khu 1', a digit in the issuer, "
            "unpadded ngày 9/10/2024) and a provincial Quyết định with a long date; Luật Nghĩa "
            "vụ quân sự with a short date (ngày 19/06/2015) and Nghị định 13/2016/NĐ-CP with a "
            "long date in one sentence; dates that are not citations (15/11/2024, từ ngày "
            "01/12 đến ngày 25/12/2024, 14/02/2025 with its lunar date), percentages and two "
            "phone numbers; Nơi nhận and the signer KT. CHỈ HUY TRƯỞNG / PHÓ CHỈ HUY TRƯỞNG "
            "alone on page 2, the name with the rank Thượng tá (kept in nguoi_ky); noise σ 7, "
            "blur 1.0."
        ),
        tests="CV of a Bộ Chỉ huy Quân sự tỉnh; Quân khu as parent; Thượng tá; KT.",
        origin=TEAM,
        seed=994,
        scan=Scan(
            rotation_deg=-0.4,
            noise_sigma=7,
            blur=1.0,
            jpeg_quality=56,
            paper=(245, 241, 230),
            illumination=0.08,
        ),
        chu_quan=["BỘ TƯ LỆNH QUÂN KHU 1"],
        ban_hanh=["BỘ CHỈ HUY QUÂN SỰ", "TỈNH BẮC KẠN"],
        so="1847",
        ky_hieu="BCH-TM",
        vv="chuẩn bị khám sức khỏe, giao nhận quân năm 2025",
        dia_danh="Bắc Kạn",
        ngay=date(2024, 10, 25),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Hội đồng nghĩa vụ quân sự các huyện, thành phố",
            "Ban Chỉ huy Quân sự các huyện, thành phố",
            "Sở Y tế tỉnh Bắc Kạn",
        ],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Bộ Tư lệnh Quân khu 1 (b/c)",
                "UBND tỉnh, Hội đồng NVQS tỉnh (b/c)",
                "Công an tỉnh (p/h)",
                "Chỉ huy trưởng (để b/c)",
                "Lưu: VT, TM, QL",
            ]
        ),
        signer=["KT. CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG"],
        nguoi_ky="Thượng tá Triệu Văn Quân",
        seal_text="BỘ CHỈ HUY QUÂN SỰ TỈNH BẮC KẠN * QUÂN KHU 1 * ",
        refs=[r_kh_qk, r_qd, r_luat, r_nd],
    )


def doc_ho10_tb_ubnd_tiep_cong_dan() -> Doc:
    r_luat = Ref("Luật", "42/2013/QH13", date(2013, 11, 25), ten="Luật Tiếp công dân")
    r_nd = Ref("Nghị định", "64/2014/NĐ-CP", date(2014, 6, 26), "Chính phủ", long_date=False)
    r_qd = Ref(
        "Quyết định",
        "1325/QĐ-UBND",
        date(2024, 8, 6),
        "Ủy ban nhân dân huyện Na Rì",
        long_date=False,
        pad=False,
    )
    r_kn = Ref("Luật", "02/2011/QH13", ten="Luật Khiếu nại")
    r_tc = Ref("Luật", "25/2018/QH14", ten="Luật Tố cáo")
    r_tb = Ref("Thông báo", "121/TB-UBND", date(2024, 12, 26), "Ủy ban nhân dân huyện")
    ct = "Chủ tịch UBND huyện Hoàng Văn Điền"
    tp = "Ban Tiếp công dân huyện; Thanh tra huyện; Phòng Tài nguyên và Môi trường"
    table = Table(
        header=[
            "STT",
            "Ngày tiếp công dân",
            "Người chủ trì tiếp",
            "Thành phần cùng tiếp",
            "Ghi chú",
        ],
        columns=["stt", "ngay_tiep", "nguoi_chu_tri", "thanh_phan", "ghi_chu"],
        widths=[0.07, 0.19, 0.24, 0.31, 0.19],
        align=["c", "c", "l", "l", "l"],
        size=12.0,
        rows=[
            ["1", "Thứ Sáu, 10/01/2025", ct, tp, ""],
            ["2", "Thứ Hai, 20/01/2025", ct, tp, "Tiếp tại xã Côn Minh"],
            [
                "3",
                "Thứ Hai, 10/02/2025",
                "Phó Chủ tịch UBND huyện Hà Thị Liễu (được Chủ tịch ủy quyền)",
                tp,
                "",
            ],
            ["4", "Thứ Năm, 20/02/2025", ct, tp, "Đối thoại với công dân xã Kim Hỷ"],
            ["5", "Thứ Hai, 10/3/2025", ct, tp, ""],
            ["6", "Thứ Năm, 20/3/2025", ct, tp, ""],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()}; {r_nd.cite()} quy định chi tiết một số điều của Luật "
            f"Tiếp công dân; {r_qd.cite()} ban hành Quy chế tiếp công dân, xử lý đơn khiếu nại, "
            "tố cáo, kiến nghị, phản ánh trên địa bàn huyện;"
        ),
        Para(
            "Ủy ban nhân dân huyện thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban "
            "nhân dân huyện quý I năm 2025 như sau:"
        ),
        Para("1. Thời gian, người chủ trì và thành phần tiếp công dân:", keep=3),
        table,
        Para(
            "Buổi sáng từ 07 giờ 30 phút đến 11 giờ 30 phút; buổi chiều từ 13 giờ 30 phút đến "
            "17 giờ 00 phút. Trường hợp ngày tiếp công dân trùng với lịch công tác đột xuất, "
            "Văn phòng HĐND và UBND huyện thông báo lịch thay thế trên Trang thông tin điện tử "
            "huyện."
        ),
        Para(
            "2. Địa điểm: Trụ sở Tiếp công dân huyện, thị trấn Yến Lạc, huyện Na Rì, tỉnh Bắc "
            "Kạn (trừ các buổi tiếp tại xã ghi ở cột Ghi chú)."
        ),
        Para(
            "3. Công dân đến khiếu nại, tố cáo, kiến nghị, phản ánh mang theo căn cước và các "
            "giấy tờ liên quan; thực hiện quyền khiếu nại, tố cáo theo đúng quy định của "
            f"{r_kn.cite()} và {r_tc.cite()}. Trường hợp nhiều người cùng khiếu nại về một nội "
            "dung thì cử đại diện không quá 05 người để trình bày."
        ),
        Para(
            "4. Ban Tiếp công dân huyện chuẩn bị hồ sơ các vụ việc; Ủy ban nhân dân các xã Côn "
            "Minh, Kim Hỷ thông báo đến công dân có đơn và bố trí địa điểm tiếp."
        ),
        Para(f"Thông báo này thay thế {r_tb.cite()}./."),
    ]
    return Doc(
        name="ho10_tb_ubnd_nari_tiep_cong_dan",
        description=(
            "Thông báo of a mountain district People's Committee (ỦY BAN NHÂN DÂN / HUYỆN NA "
            "RÌ on two bold lines, no parent body; the district as place name), number "
            "TB-UBND; one Căn cứ line in regular type with Luật Tiếp công dân (long date), "
            "Nghị định 64/2014/NĐ-CP (ngày 26/06/2014) and the district's own Quyết định with "
            "an unpadded short date (ngày 6/8/2024); a ruled 5-column schedule table STT / Ngày "
            "tiếp công dân / Người chủ trì tiếp / Thành phần cùng tiếp / Ghi chú (keys stt, "
            "ngay_tiep, nguoi_chu_tri, thanh_phan, ghi_chu) of six rows whose date cells have a "
            "weekday ('Thứ Sáu, 10/01/2025') and are not citations, four Ghi chú cells empty, "
            "the sixth row alone on page 2 under the repeated header; "
            "Luật Khiếu nại and Luật Tố cáo cited by number without a date (truth ngay null); "
            "the last sentence replaces an earlier Thông báo (121/TB-UBND, long date, issuer "
            "'Ủy ban nhân dân huyện'); signer TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG; Tày names; +1.4° "
            "skew."
        ),
        tests="TB of a district; schedule table with weekday dates; laws without dates; TL.",
        origin=TEAM,
        seed=995,
        scan=Scan(
            rotation_deg=1.4,
            noise_sigma=5,
            blur=0.9,
            jpeg_quality=62,
            paper=(246, 243, 232),
            illumination=0.07,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "HUYỆN NA RÌ"],
        so="06",
        ky_hieu="TB-UBND",
        dia_danh="Na Rì",
        ngay=date(2025, 1, 3),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject="Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân huyện quý I năm 2025",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "TT. Huyện ủy, TT. HĐND huyện (b/c)",
                "Ban Tiếp công dân tỉnh (b/c)",
                "CT, các PCT UBND huyện",
                "Ban Tiếp công dân huyện (để t/h)",
                "UBND các xã, thị trấn (niêm yết)",
                "Trang thông tin điện tử huyện",
                "Lưu: VT, TCD",
            ]
        ),
        signer=["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"],
        nguoi_ky="Lý Thị Phương",
        seal_text="ỦY BAN NHÂN DÂN HUYỆN NA RÌ * TỈNH BẮC KẠN * ",
        refs=[r_luat, r_nd, r_qd, r_kn, r_tc, r_tb],
    )


def doc_ho10_gm_cdc_tiem_chung() -> Doc:
    r_luat = Ref(
        "Luật",
        "03/2007/QH12",
        date(2007, 11, 21),
        ten="Luật Phòng, chống bệnh truyền nhiễm",
    )
    r_nd = Ref(
        "Nghị định", "104/2016/NĐ-CP", date(2016, 7, 1), "Chính phủ", long_date=False, pad=False
    )
    r_kh = Ref(
        "Kế hoạch",
        "36/KH-UBND",
        date(2025, 1, 24),
        "Ủy ban nhân dân tỉnh Đồng Nai",
        long_date=False,
    )
    r_cv = Ref("Công văn", "412/SYT-NVY", date(2025, 2, 7), "Sở Y tế", long_date=False, pad=False)
    table = Table(
        header=["Thời gian", "Nội dung", "Người thực hiện"],
        columns=["thoi_gian", "noi_dung", "thuc_hien"],
        widths=[0.30, 0.42, 0.28],
        align=["c", "l", "l"],
        size=12.0,
        rows=[
            ["07 giờ 30 - 08 giờ 00", "Đón tiếp đại biểu", "Phòng Tổ chức - Hành chính"],
            [
                "08 giờ 00 - 08 giờ 10",
                "Tuyên bố lý do, giới thiệu đại biểu",
                "Phòng Tổ chức - Hành chính",
            ],
            ["08 giờ 10 - 08 giờ 20", "Phát biểu khai mạc", "Lãnh đạo Sở Y tế"],
            [
                "08 giờ 20 - 09 giờ 00",
                "Báo cáo tổng kết công tác Tiêm chủng mở rộng năm 2024, kế hoạch năm 2025",
                "Khoa Kiểm soát bệnh truyền nhiễm",
            ],
            [
                "09 giờ 00 - 09 giờ 30",
                "Tham luận: tiêm vét vắc xin sởi cho trẻ ở khu nhà trọ công nhân",
                "Trung tâm Y tế huyện Nhơn Trạch",
            ],
            ["09 giờ 30 - 09 giờ 45", "Giải lao", ""],
            [
                "09 giờ 45 - 10 giờ 15",
                "Tham luận: quản lý đối tượng tiêm chủng trên Hệ thống thông tin tiêm chủng "
                "quốc gia",
                "Trung tâm Y tế thành phố Long Khánh",
            ],
            ["10 giờ 15 - 11 giờ 00", "Thảo luận", "Các đại biểu"],
            ["11 giờ 00 - 11 giờ 30", "Kết luận, bế mạc Hội nghị", "Lãnh đạo Sở Y tế"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_kh.cite()} về tiêm chủng mở rộng năm 2025 và {r_cv.cite()} về việc "
            "tổng kết công tác Tiêm chủng mở rộng năm 2024, Trung tâm Kiểm soát bệnh tật tỉnh "
            "tổ chức Hội nghị tổng kết công tác Tiêm chủng mở rộng năm 2024, đánh giá việc thực "
            f"hiện {r_luat.cite()} và {r_nd.cite()} quy định về hoạt động tiêm chủng; triển "
            "khai kế hoạch năm 2025."
        ),
        Para(
            "Năm 2024, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 96,8%; tỷ lệ tiêm vắc "
            "xin sởi - rubella cho trẻ 18 tháng tuổi đạt 94,3%; toàn tỉnh ghi nhận 1.247 ca "
            "sốt phát ban nghi sởi, tập trung ở các huyện Nhơn Trạch, Long Thành, Trảng Bom."
        ),
        Para("Trung tâm Kiểm soát bệnh tật tỉnh trân trọng kính mời:"),
        Para("- Đại diện lãnh đạo Sở Y tế, Phòng Nghiệp vụ Y Sở Y tế;", indent=5, gap=1),
        Para(
            "- Giám đốc, Trưởng khoa Kiểm soát bệnh tật và HIV/AIDS Trung tâm Y tế các huyện, "
            "thành phố Biên Hòa, Long Khánh;",
            indent=5,
            gap=1,
        ),
        Para(
            "- Đại diện các bệnh viện có phòng tiêm chủng: Bệnh viện Đa khoa Đồng Nai, Bệnh "
            "viện Nhi đồng Đồng Nai, Bệnh viện Đa khoa Thống Nhất.",
            indent=5,
            gap=1,
        ),
        Para("Thời gian: 07 giờ 30 phút, thứ Ba, ngày 25/02/2025 (buổi sáng)."),
        Para(
            "Địa điểm: Hội trường tầng 3, Trung tâm Kiểm soát bệnh tật tỉnh Đồng Nai, thành "
            "phố Biên Hòa (chương trình Hội nghị gửi kèm theo)."
        ),
        Para(
            "Đề nghị Trung tâm Y tế các huyện, thành phố chuẩn bị số liệu tiêm chủng năm 2024 "
            "theo mẫu, gửi về Khoa Kiểm soát bệnh truyền nhiễm trước ngày 20/02/2025. Thông tin "
            "liên hệ: điện thoại 0251.3822.417."
        ),
        Para("Rất mong các đồng chí quan tâm, tham dự đúng thành phần./."),
    ]
    appendix: list[Block] = [
        Para("CHƯƠNG TRÌNH HỘI NGHỊ", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "TỔNG KẾT CÔNG TÁC TIÊM CHỦNG MỞ RỘNG NĂM 2024",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Giấy mời số 35/GM-KSBT ngày 14/02/2025 của Trung tâm Kiểm soát bệnh tật "
            "tỉnh Đồng Nai)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        table,
    ]
    return Doc(
        name="ho10_gm_cdc_dongnai_tiem_chung",
        description=(
            "Giấy mời of a provincial disease-control centre under its Sở (SỞ Y TẾ ĐỒNG NAI / "
            "TRUNG TÂM KIỂM SOÁT / BỆNH TẬT, the issuer over two bold lines), number GM-KSBT; "
            "one sentence citing a provincial Kế hoạch (padded ngày 24/01/2025), the Sở's Công "
            "văn with a unit code and an unpadded date (412/SYT-NVY, ngày 7/2/2025), Luật "
            "Phòng, chống bệnh truyền nhiễm with a long date and Nghị định 104/2016/NĐ-CP "
            "(ngày 1/7/2016); figures (96,8%, "
            "1.247 ca); '- ' invitee lines; time and place lines with a weekday (thứ Ba, ngày "
            "25/02/2025) and a deadline that are not citations; a phone number; signer Q. GIÁM "
            "ĐỐC; a Chương trình page after the signature with a ruled 3-column table without "
            "an STT column, Thời gian / Nội dung / Người thực hiện (keys thoi_gian, noi_dung, "
            "thuc_hien), times as ranges ('07 giờ 30 - 08 giờ 00') and one empty cell. Its "
            "'Kèm theo Giấy mời số 35/GM-KSBT ...' names the document itself and is not a "
            "related document."
        ),
        tests="GM of a CDC; programme page with a time table; Q. GIÁM ĐỐC",
        origin=TEAM,
        seed=996,
        scan=Scan(
            rotation_deg=-0.9,
            noise_sigma=6,
            blur=0.8,
            jpeg_quality=66,
            paper=(247, 243, 232),
            illumination=0.06,
        ),
        chu_quan=["SỞ Y TẾ ĐỒNG NAI"],
        ban_hanh=["TRUNG TÂM KIỂM SOÁT", "BỆNH TẬT"],
        so="35",
        ky_hieu="GM-KSBT",
        dia_danh="Đồng Nai",
        ngay=date(2025, 2, 14),
        title="GIẤY MỜI",
        loai_van_ban="Giấy mời",
        subject="Dự Hội nghị tổng kết công tác Tiêm chủng mở rộng năm 2024",
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như thành phần mời",
                "Sở Y tế (b/c)",
                "Ban Giám đốc Trung tâm",
                "Khoa KSBTN (để t/h)",
                "Lưu: VT, KSBTN",
            ]
        ),
        signer=["Q. GIÁM ĐỐC"],
        nguoi_ky="Phan Thị Kim Loan",
        seal_text="TRUNG TÂM KIỂM SOÁT BỆNH TẬT * TỈNH ĐỒNG NAI * ",
        refs=[r_kh, r_cv, r_luat, r_nd],
    )


HELDOUT10_DOCS = [
    doc_ho10_qd_ubnd_nong_thon_moi,
    doc_ho10_kh_sldtbxh_an_toan_lao_dong,
    doc_ho10_bc_bqlkcn_thu_hut_dau_tu,
    doc_ho10_cv_bchqs_tuyen_quan,
    doc_ho10_tb_ubnd_tiep_cong_dan,
    doc_ho10_gm_cdc_tiem_chung,
]


# --------------------------------------------------------------------------------------
# Eleventh held-out set (benchmarks/heldout11/): written blind (without running the pipeline
# or reading its code) and never used to tune it; documents dated after 1 July 2025, under
# the two-level local government (merged provinces, no districts) and the merged Sở
# --------------------------------------------------------------------------------------

HELDOUT11_DIR = REPO_ROOT / "benchmarks" / "heldout11"


def doc_ho11_qd_ubnd_chinh_quyen_hai_cap() -> Doc:
    r_luat = Ref(
        "Luật", "72/2025/QH15", date(2025, 6, 16), ten="Luật Tổ chức chính quyền địa phương"
    )
    r_nq = Ref("Nghị quyết", "202/2025/QH15", date(2025, 6, 12), "Quốc hội", long_date=False)
    r_nd = Ref(
        "Nghị định", "150/2025/NĐ-CP", date(2025, 6, 12), "Chính phủ", long_date=False, pad=False
    )
    r_kl = Ref("Kết luận", "05-KL/TU", date(2025, 7, 8), "Ban Thường vụ Tỉnh ủy")
    r_ttr = Ref("Tờ trình", "158/TTr-SNV", date(2025, 7, 15), long_date=False)
    snv = "Sở Nội vụ"
    xa = "UBND các xã, phường"
    table = Table(
        header=[
            "STT",
            "Nội dung nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
            "Kết quả, sản phẩm",
        ],
        columns=[
            "stt",
            "nhiem_vu",
            "don_vi_chu_tri",
            "don_vi_phoi_hop",
            "thoi_gian",
            "san_pham",
        ],
        widths=[0.07, 0.30, 0.15, 0.19, 0.14, 0.15],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Hướng dẫn chức năng, nhiệm vụ, cơ cấu tổ chức của các phòng chuyên môn và "
                "Trung tâm Phục vụ hành chính công cấp xã; vị trí việc làm của công chức cấp xã",
                snv,
                "Các sở, ban, ngành tỉnh",
                "Tháng 7/2025",
                "Văn bản hướng dẫn",
            ],
            [
                "2",
                "Tập huấn nghiệp vụ cho cán bộ, công chức cấp xã theo từng lĩnh vực: đất đai, "
                "xây dựng, tư pháp - hộ tịch, tài chính - ngân sách, văn hóa - xã hội",
                snv,
                "Các sở: Nông nghiệp và Môi trường, Xây dựng, Tư pháp, Tài chính",
                "Trước ngày 15/8/2025",
                "Tài liệu tập huấn; 12 lớp, 3.650 lượt học viên",
            ],
            [
                "3",
                "Cử công chức của các sở, ngành tăng cường, hỗ trợ trực tiếp các xã miền núi, "
                "vùng đồng bào dân tộc thiểu số (khu vực Đà Bắc, Mai Châu, Tân Sơn, Yên Lập cũ)",
                snv,
                "Các sở, ban, ngành tỉnh",
                "Tháng 8 - 10/2025",
                "Quyết định cử công chức; báo cáo kết quả hỗ trợ",
            ],
            [
                "4",
                "Kết nối Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh với Cổng Dịch "
                "vụ công quốc gia tại 100% xã, phường; cấp chứng thư chữ ký số cho công chức",
                "Sở Khoa học và Công nghệ",
                "Văn phòng UBND tỉnh; Công an tỉnh; Viễn thông Phú Thọ",
                "Trước ngày 31/7/2025",
                "Hệ thống vận hành thông suốt",
            ],
            [
                "5",
                "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã; "
                "niêm yết tại Trung tâm Phục vụ hành chính công cấp xã",
                "Văn phòng UBND tỉnh",
                f"Các sở, ngành; {xa}",
                "Thường xuyên",
                "Quyết định công bố của Chủ tịch UBND tỉnh",
            ],
            [
                "6",
                "Hướng dẫn lập, giao dự toán ngân sách cấp xã năm 2026; bố trí kinh phí bảo đảm "
                "hoạt động của chính quyền cấp xã",
                "Sở Tài chính",
                f"Kho bạc Nhà nước khu vực; {xa}",
                "Quý IV/2025",
                "Văn bản hướng dẫn; Quyết định giao dự toán",
            ],
            [
                "7",
                "Rà soát, lập phương án sắp xếp, xử lý trụ sở, tài sản công dôi dư sau sắp xếp "
                "đơn vị hành chính",
                "Sở Tài chính",
                f"Sở Xây dựng; {xa}",
                "Quý III/2025 - Quý I/2026",
                "Phương án xử lý trụ sở, tài sản",
            ],
            [
                "8",
                "Hướng dẫn cấp xã thực hiện nhiệm vụ quản lý đất đai, cấp Giấy chứng nhận; cập "
                "nhật tên đơn vị hành chính mới trong cơ sở dữ liệu đất đai",
                "Sở Nông nghiệp và Môi trường",
                f"Văn phòng Đăng ký đất đai tỉnh; {xa}",
                "Trước ngày 15/12/2025",
                "Cơ sở dữ liệu đất đai được cập nhật",
            ],
            [
                "9",
                "Hướng dẫn cấp phép xây dựng, quản lý trật tự xây dựng, lập quy hoạch chung cấp xã",
                "Sở Xây dựng",
                xa,
                "Trước ngày 30/9/2025",
                "Văn bản hướng dẫn",
            ],
            [
                "10",
                "Theo dõi, đôn đốc, tổng hợp khó khăn, vướng mắc của cấp xã; báo cáo Chủ tịch "
                "UBND tỉnh",
                snv,
                "Văn phòng UBND tỉnh",
                "Định kỳ hằng tháng (trước ngày 25)",
                "Báo cáo tháng",
            ],
            [
                "11",
                "Sơ kết 6 tháng vận hành mô hình chính quyền địa phương hai cấp; đề xuất khen "
                "thưởng tập thể, cá nhân tiêu biểu",
                snv,
                f"Các sở, ban, ngành; {xa}",
                "Tháng 01/2026",
                "Báo cáo sơ kết",
            ],
        ],
    )
    body: list[Block] = [
        Para("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", style=BOLD, align="center", indent=0, gap=2),
        Para(f"Căn cứ {r_luat.cite()};", style=ITALIC, gap=6),
        Para(
            f"Căn cứ {r_nq.cite()} về việc sắp xếp đơn vị hành chính cấp tỉnh;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_nd.cite()} quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân "
            "dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu "
            "thuộc tỉnh, thành phố trực thuộc trung ương;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_kl.cite()} về việc bảo đảm vận hành thông suốt, hiệu quả mô hình chính "
            "quyền địa phương hai cấp trên địa bàn tỉnh;",
            style=ITALIC,
        ),
        Para(f"Theo đề nghị của Giám đốc Sở Nội vụ tại {r_ttr.cite()}.", style=ITALIC),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Giao nhiệm vụ hướng dẫn, hỗ trợ Ủy ban nhân dân các xã, phường vận "
            "hành mô hình chính quyền địa phương hai cấp năm 2025 cho các sở, ban, ngành tỉnh "
            "(chi tiết tại Phụ lục kèm theo), với các mục tiêu: 100% công chức cấp xã được tập "
            "huấn nghiệp vụ trong tháng 8/2025; 100% thủ tục hành chính thuộc thẩm quyền của "
            "cấp xã được tiếp nhận, trả kết quả tại Trung tâm Phục vụ hành chính công cấp xã; "
            "tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên; tỷ lệ hồ sơ nộp trực tuyến "
            "đạt từ 45% trở lên.",
            gap=4,
        ),
        Para("**Điều 2.** Tổ chức thực hiện", gap=4),
        Para(
            "1. Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện; tổng hợp, "
            "báo cáo Chủ tịch Ủy ban nhân dân tỉnh định kỳ hằng tháng và đột xuất khi có yêu "
            "cầu."
        ),
        Para(
            "2. Sở Tài chính tham mưu bố trí 12.450 triệu đồng từ nguồn dự phòng ngân sách "
            "tỉnh năm 2025 để thực hiện các nhiệm vụ tại Phụ lục; hướng dẫn thanh toán, quyết "
            "toán theo quy định."
        ),
        Para(
            "3. Chủ tịch Ủy ban nhân dân các xã, phường chủ động bố trí công chức, trang thiết "
            "bị, phối hợp chặt chẽ với các sở, ngành; kịp thời phản ánh khó khăn, vướng mắc về "
            "Sở Nội vụ để tổng hợp, xử lý."
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân "
            "dân tỉnh; Giám đốc các Sở: Nội vụ, Tài chính, Khoa học và Công nghệ, Xây dựng, "
            "Nông nghiệp và Môi trường, Tư pháp; Chủ tịch Ủy ban nhân dân các xã, phường và Thủ "
            "trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định "
            "này./.",
            gap=4,
        ),
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "NHIỆM VỤ HƯỚNG DẪN, HỖ TRỢ CẤP XÃ VẬN HÀNH MÔ HÌNH CHÍNH QUYỀN ĐỊA PHƯƠNG HAI CẤP "
            "NĂM 2025",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Quyết định số 312/QĐ-UBND ngày 18/7/2025 của Chủ tịch Ủy ban nhân dân "
            "tỉnh Phú Thọ)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        table,
    ]
    return Doc(
        name="ho11_qd_ubnd_phutho_chinh_quyen_hai_cap",
        description=(
            "Quyết định of the Chairman of a merged province's People's Committee after 1 July "
            "2025 (ỦY BAN NHÂN DÂN / TỈNH PHÚ THỌ on two bold lines, no parent body), number "
            "QĐ-UBND, a 'Về việc' subject; authority line CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ "
            "THỌ; italic Căn cứ lines: Luật Tổ chức chính quyền địa phương 72/2025/QH15 with a "
            "long date, Nghị quyết 202/2025/QH15 with a padded short date (ngày 12/06/2025, "
            "issuer Quốc hội), Nghị định 150/2025/NĐ-CP with an unpadded one (ngày 12/6/2025), "
            "a provincial Party committee's Kết luận 05-KL/TU with a long date (issuer 'Ban "
            "Thường vụ Tỉnh ủy'); a 'Theo đề nghị' line with a Tờ trình with a unit code and "
            "no issuer (158/TTr-SNV, ngày 15/07/2025); Điều 1-3 with figures (98%, 45%, 12.450 "
            "triệu đồng); signer KT. CHỦ TỊCH / PHÓ CHỦ TỊCH; a Phụ lục after the signature "
            "with a ruled 6-column task table STT / Nội dung nhiệm vụ / Cơ quan chủ trì / Cơ "
            "quan phối hợp / Thời gian hoàn thành / Kết quả, sản phẩm (keys stt, nhiem_vu, "
            "don_vi_chu_tri, don_vi_phoi_hop, thoi_gian, san_pham) of 11 rows over two pages "
            "with the header row repeated. The Phụ lục's 'Kèm theo Quyết định số 312/QĐ-UBND "
            "...' names the document itself and is not a related document."
        ),
        tests="QĐ of a merged province's chairman; Kết luận cited; Phụ lục task table; KT.",
        origin=TEAM,
        seed=1001,
        scan=Scan(
            rotation_deg=0.7,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=64,
            paper=(247, 243, 233),
            illumination=0.06,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ"],
        so="312",
        ky_hieu="QĐ-UBND",
        dia_danh="Phú Thọ",
        ngay=date(2025, 7, 18),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "Về việc giao nhiệm vụ hướng dẫn, hỗ trợ Ủy ban nhân dân các xã, phường vận hành "
            "mô hình chính quyền địa phương hai cấp năm 2025"
        ),
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "Bộ Nội vụ (b/c)",
                "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)",
                "CT, các PCT UBND tỉnh",
                "Các sở, ban, ngành tỉnh",
                "UBND các xã, phường",
                "CVP, các PCVP UBND tỉnh",
                "Lưu: VT, NCTH",
            ]
        ),
        signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Đinh Công Thuận",
        seal_text="ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ * ",
        refs=[r_luat, r_nq, r_nd, r_kl, r_ttr],
    )


def doc_ho11_kh_snnmt_ho_so_dia_chinh() -> Doc:
    r_luat = Ref("Luật", "31/2024/QH15", date(2024, 1, 18), ten="Luật Đất đai", long_date=False)
    r_nd = Ref("Nghị định", "101/2024/NĐ-CP", date(2024, 7, 29), "Chính phủ")
    r_kh = Ref("Kế hoạch", "96/KH-UBND", date(2025, 7, 21), "Ủy ban nhân dân tỉnh", long_date=False)
    r_cv = Ref("Công văn", "215/SNNMT-QLĐĐ", date(2025, 8, 4), long_date=False, pad=False)
    vp = "Văn phòng Đăng ký đất đai"
    ql = "Phòng Quản lý đất đai"
    xa = "UBND các xã, phường"
    table = Table(
        header=[
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian thực hiện",
            "Ghi chú",
        ],
        columns=[
            "stt",
            "nhiem_vu",
            "don_vi_chu_tri",
            "don_vi_phoi_hop",
            "thoi_gian",
            "ghi_chu",
        ],
        widths=[0.07, 0.31, 0.16, 0.17, 0.14, 0.15],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Rà soát, thống kê hồ sơ địa chính, bản đồ địa chính theo địa giới đơn vị hành "
                "chính cấp xã mới",
                vp,
                xa,
                "Tháng 9/2025",
                "Theo Biểu mẫu số 01",
            ],
            [
                "2",
                "Cập nhật tên đơn vị hành chính mới trong cơ sở dữ liệu đất đai và Hệ thống "
                "thông tin đất đai của tỉnh",
                vp,
                "Sở Khoa học và Công nghệ; đơn vị tư vấn",
                "Tháng 9 - 10/2025",
                "",
            ],
            [
                "3",
                "Chỉnh lý bản đồ địa chính tại các khu vực giáp ranh có thay đổi địa giới đơn vị "
                "hành chính",
                ql,
                f"Các Chi nhánh {vp}; {xa} có liên quan",
                "Quý IV/2025",
                "Ưu tiên 18 xã, phường khu vực giáp ranh",
            ],
            [
                "4",
                "Hướng dẫn xác nhận thay đổi địa chỉ thửa đất trên Giấy chứng nhận khi người sử "
                "dụng đất có nhu cầu",
                ql,
                vp,
                "Trước ngày 15/9/2025",
                "Không bắt buộc cấp đổi Giấy chứng nhận",
            ],
            [
                "5",
                "Đồng bộ, kết nối cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư",
                vp,
                "Công an tỉnh (Phòng PC06)",
                "Quý IV/2025 - Quý I/2026",
                "",
            ],
            [
                "6",
                "Tập huấn nghiệp vụ đăng ký đất đai, cập nhật biến động cho công chức địa chính "
                "cấp xã",
                ql,
                f"{vp}; {xa}",
                "Tháng 10/2025",
                "03 lớp tại Phủ Lý, Nam Định, Hoa Lư",
            ],
            [
                "7",
                "Rà soát, chuẩn hóa dữ liệu đất công, đất do Ủy ban nhân dân cấp xã quản lý "
                "sau sắp xếp",
                xa,
                vp,
                "Trước ngày 30/11/2025",
                "",
            ],
            [
                "8",
                "Số hóa hồ sơ địa chính đang lưu trữ dạng giấy tại các Chi nhánh Văn phòng Đăng "
                "ký đất đai",
                vp,
                "Đơn vị tư vấn",
                "Tháng 9/2025 - Tháng 6/2026",
                "Khoảng 412.600 hồ sơ",
            ],
            [
                "9",
                "Kiểm tra, nghiệm thu sản phẩm chỉnh lý, cập nhật hồ sơ địa chính",
                ql,
                vp,
                "Trước ngày 15/12/2025",
                "",
            ],
            [
                "10",
                "Thẩm định dự toán kinh phí thực hiện Kế hoạch",
                "Phòng Kế hoạch - Tài chính",
                "Sở Tài chính",
                "Tháng 9/2025",
                "",
            ],
            [
                "11",
                "Thông tin, tuyên truyền để người dân, doanh nghiệp biết việc không bắt buộc "
                "đổi Giấy chứng nhận sau sắp xếp",
                "Văn phòng Sở",
                f"Báo và Phát thanh, Truyền hình Ninh Bình; {xa}",
                "Thường xuyên",
                "",
            ],
            [
                "12",
                "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch",
                ql,
                "Các phòng, đơn vị thuộc Sở",
                "Tháng 01/2026",
                "Báo cáo UBND tỉnh trước ngày 20/01/2026",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()}; {r_nd.cite()} quy định về điều tra cơ bản đất đai; đăng "
            "ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất "
            "và Hệ thống thông tin đất đai;"
        ),
        Para(
            f"Thực hiện {r_kh.cite()} về việc thực hiện các nhiệm vụ sau sắp xếp đơn vị hành "
            "chính cấp tỉnh, cấp xã, Sở Nông nghiệp và Môi trường ban hành Kế hoạch chỉnh lý, "
            "cập nhật hồ sơ địa chính và cơ sở dữ liệu đất đai như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Hồ sơ địa chính, cơ sở dữ liệu đất đai được chỉnh lý, cập nhật thống nhất theo "
            "tên và địa giới của các đơn vị hành chính cấp xã mới, phục vụ kịp thời việc giải "
            "quyết thủ tục hành chính về đất đai tại cấp xã."
        ),
        Para(
            "2. Không làm phát sinh thủ tục, chi phí cho người dân, doanh nghiệp; Giấy chứng "
            "nhận đã cấp tiếp tục có giá trị pháp lý, không bắt buộc cấp đổi."
        ),
        H("II. TÌNH HÌNH"),
        Para(
            "Tỉnh Ninh Bình (mới) được hình thành trên cơ sở hợp nhất các tỉnh Hà Nam, Nam "
            "Định và Ninh Bình. Dữ liệu đất đai hiện được quản lý trên ba hệ thống khác nhau, "
            "với khoảng 3,86 triệu thửa đất và 1.245.600 Giấy chứng nhận đã cấp; tỷ lệ thửa "
            f"đất đã có dữ liệu số đạt 78,4%. Thực hiện hướng dẫn tại {r_cv.cite()}, các Chi "
            "nhánh Văn phòng Đăng ký đất đai đã tạm dừng cập nhật trên hệ thống cũ từ ngày "
            "01/7/2025 để chuyển đổi dữ liệu."
        ),
        H("III. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN"),
        Para("Các nội dung, đơn vị chủ trì, phối hợp và thời gian thực hiện như sau:", keep=3),
        table,
        H("IV. KINH PHÍ"),
        Para(
            "Kinh phí thực hiện từ nguồn ngân sách tỉnh giao cho Sở năm 2025 và năm 2026, dự "
            "kiến 18.736,5 triệu đồng, trong đó số hóa hồ sơ địa chính 11.204,0 triệu đồng; "
            "Phòng Kế hoạch - Tài chính hướng dẫn lập dự toán, thanh toán, quyết toán theo quy "
            "định."
        ),
        H("V. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Phòng Quản lý đất đai là đầu mối theo dõi, đôn đốc; tổng hợp khó khăn, vướng "
            "mắc, báo cáo Giám đốc Sở hằng tháng."
        ),
        Para(
            "2. Đề nghị Ủy ban nhân dân các xã, phường chỉ đạo công chức địa chính phối hợp "
            "với các Chi nhánh Văn phòng Đăng ký đất đai thực hiện các nội dung được giao; báo "
            "cáo kết quả về Sở (qua Phòng Quản lý đất đai, điện thoại: 0229.3871.246) trước ngày "
            "25 hằng tháng./."
        ),
    ]
    return Doc(
        name="ho11_kh_snnmt_ninhbinh_ho_so_dia_chinh",
        description=(
            "Kế hoạch of a merged Sở of a merged province after 1 July 2025 (UBND TỈNH NINH "
            "BÌNH / SỞ NÔNG NGHIỆP / VÀ MÔI TRƯỜNG, the issuer over two bold lines), number "
            "KH-SNNMT, no Kính gửi; one Căn cứ line in regular type: Luật Đất đai with a padded "
            "short date (ngày 18/01/2024) and Nghị định 101/2024/NĐ-CP with a long date; the "
            "provincial Kế hoạch with a padded short date (96/KH-UBND, ngày 21/07/2025, issuer "
            "'Ủy ban nhân dân tỉnh'); the Sở's own Công văn with a unit code, an unpadded date "
            "and no issuer (215/SNNMT-QLĐĐ, ngày 4/8/2025); figures (3,86 triệu, 1.245.600, "
            "78,4%, 18.736,5 triệu đồng) and a phone number; a ruled 6-column task table STT / "
            "Nội dung công việc / Đơn vị chủ trì / Đơn vị phối hợp / Thời gian thực hiện / Ghi "
            "chú (keys stt, nhiem_vu, don_vi_chu_tri, don_vi_phoi_hop, thoi_gian, ghi_chu) of "
            "12 rows over two pages with the header row repeated, six Ghi chú cells empty, "
            "deadlines such as Quý IV/2025 - Quý I/2026 and Tháng 9/2025 - Tháng 6/2026; signer "
            "Q. GIÁM ĐỐC."
        ),
        tests="KH of a merged Sở NN&MT; task table with Ghi chú over two pages; Q. GIÁM ĐỐC",
        origin=TEAM,
        seed=1002,
        scan=Scan(
            rotation_deg=-1.3,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=58,
            paper=(246, 242, 231),
            illumination=0.07,
        ),
        chu_quan=["UBND TỈNH NINH BÌNH"],
        ban_hanh=["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"],
        so="87",
        ky_hieu="KH-SNNMT",
        dia_danh="Ninh Bình",
        ngay=date(2025, 8, 26),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject=(
            "Chỉnh lý, cập nhật hồ sơ địa chính và cơ sở dữ liệu đất đai theo đơn vị hành chính "
            "cấp xã sau sắp xếp"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "UBND tỉnh (b/c)",
                "Giám đốc, các PGĐ Sở",
                "Sở Tài chính",
                "Công an tỉnh (PC06)",
                "UBND các xã, phường (để t/h)",
                "Các phòng, đơn vị thuộc Sở",
                "Lưu: VT, QLĐĐ",
            ]
        ),
        signer=["Q. GIÁM ĐỐC"],
        nguoi_ky="Vũ Đình Khiêm",
        seal_text="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG * TỈNH NINH BÌNH * ",
        refs=[r_luat, r_nd, r_kh, r_cv],
    )


def doc_ho11_bc_ubnd_thu_tuc_hanh_chinh() -> Doc:
    r_cv = Ref(
        "Công văn",
        "1458/VP-KSTT",
        date(2025, 9, 25),
        "Văn phòng Ủy ban nhân dân tỉnh",
        long_date=False,
    )
    r_kh = Ref(
        "Kế hoạch", "15/KH-UBND", date(2025, 7, 3), "Ủy ban nhân dân phường", long_date=False
    )
    r_qd = Ref("Quyết định", "2187/QĐ-UBND", date(2025, 6, 30), "Chủ tịch Ủy ban nhân dân tỉnh")
    r_nd = Ref(
        "Nghị định", "118/2025/NĐ-CP", date(2025, 6, 9), "Chính phủ", long_date=False, pad=False
    )
    table = Table(
        header=[
            "STT",
            "Lĩnh vực",
            "Số hồ sơ tiếp nhận",
            "Trong đó: nộp trực tuyến",
            "Đã giải quyết",
            "Giải quyết đúng hạn",
            "Tỷ lệ đúng hạn (%)",
        ],
        columns=[
            "stt",
            "linh_vuc",
            "tiep_nhan",
            "truc_tuyen",
            "da_giai_quyet",
            "dung_han",
            "ty_le_dung_han",
        ],
        widths=[0.07, 0.27, 0.13, 0.14, 0.13, 0.13, 0.13],
        align=["c", "l", "c", "c", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Hộ tịch", "2.846", "1.912", "2.831", "2.818", "99,54"],
            ["2", "Chứng thực", "5.312", "1.264", "5.312", "5.312", "100,00"],
            ["3", "Đất đai", "1.184", "402", "1.096", "1.027", "93,70"],
            ["4", "Xây dựng", "236", "141", "219", "206", "94,06"],
            [
                "5",
                "Thành lập và hoạt động của hộ kinh doanh",
                "418",
                "357",
                "418",
                "415",
                "99,28",
            ],
            ["6", "Bảo trợ xã hội", "372", "168", "365", "361", "98,90"],
            ["7", "Người có công", "127", "46", "121", "121", "100,00"],
            ["8", "Giáo dục và Đào tạo", "94", "82", "94", "94", "100,00"],
            ["9", "Văn hóa, thể thao", "58", "39", "58", "57", "98,28"],
            ["10", "Các lĩnh vực khác", "263", "148", "255", "249", "97,65"],
            ["", "Tổng cộng", "10.910", "4.559", "10.769", "10.660", "98,99"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc báo cáo kết quả tiếp nhận, giải quyết thủ tục "
            "hành chính quý III năm 2025, Ủy ban nhân dân phường Trường Vinh báo cáo như sau:"
        ),
        H("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"),
        Para(
            "1. Từ ngày 01/7/2025, Trung tâm Phục vụ hành chính công phường đi vào hoạt động "
            "với 14 quầy tiếp nhận, 16 công chức và 04 đoàn viên thanh niên tình nguyện hỗ trợ "
            f"người dân. Ủy ban nhân dân phường đã ban hành {r_kh.cite()} về kiện toàn, vận "
            "hành Trung tâm; niêm yết công khai 312 thủ tục hành chính theo "
            f"{r_qd.cite()} công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của "
            "Ủy ban nhân dân cấp xã."
        ),
        Para(
            f"2. Việc tiếp nhận, giải quyết hồ sơ được thực hiện theo {r_nd.cite()} về thực "
            "hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một "
            "cửa và Cổng Dịch vụ công quốc gia; 100% hồ sơ được số hóa, cập nhật trên Hệ thống "
            "thông tin giải quyết thủ tục hành chính của tỉnh."
        ),
        H("II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"),
        Para(
            "Từ ngày 01/7/2025 đến ngày 30/9/2025, Trung tâm tiếp nhận 10.910 hồ sơ, trong đó "
            "4.559 hồ sơ nộp trực tuyến (đạt 41,79%); đã giải quyết 10.769 hồ sơ, trong đó đúng "
            "hạn 10.660 hồ sơ (đạt 98,99%), quá hạn 109 hồ sơ; đang giải quyết 141 hồ sơ. Kết "
            "quả theo từng lĩnh vực như sau:",
            keep=3,
        ),
        table,
        Para(
            "Hồ sơ quá hạn tập trung ở lĩnh vực đất đai (69 hồ sơ) và xây dựng (13 hồ sơ), chủ "
            "yếu do dữ liệu địa chính của thành phố Vinh cũ chưa được chuyển đổi đầy đủ sang hệ "
            "thống mới. Phí, lệ phí thu trong quý đạt 386,4 triệu đồng; tỷ lệ người dân hài "
            "lòng qua khảo sát điện tử đạt 96,2%."
        ),
        H("III. KHÓ KHĂN, KIẾN NGHỊ"),
        Para(
            "Đường truyền, thiết bị ký số chưa ổn định; công chức địa chính, xây dựng còn thiếu "
            "(04/07 vị trí). Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Nông nghiệp và Môi trường "
            "hoàn thành chuyển đổi dữ liệu địa chính trong quý IV/2025; Sở Nội vụ bổ sung 03 "
            "công chức chuyên ngành cho phường."
        ),
        Para("Ủy ban nhân dân phường Trường Vinh trân trọng báo cáo./."),
    ]
    return Doc(
        name="ho11_bc_ubnd_truongvinh_thu_tuc_hanh_chinh",
        description=(
            "Báo cáo of a ward People's Committee of the two-level local government, directly "
            "under its province (UBND TỈNH NGHỆ AN / ỦY BAN NHÂN DÂN / PHƯỜNG TRƯỜNG VINH, the "
            "ward as place name), number BC-UBND; Kính gửi with two addressees; the provincial "
            "Office's Công văn with a unit code and a padded short date (1458/VP-KSTT, ngày "
            "25/09/2025); the ward's own Kế hoạch (padded ngày 03/07/2025, issuer 'Ủy ban nhân "
            "dân phường'), the Chairman's Quyết định with a long date and Nghị định "
            "118/2025/NĐ-CP with an unpadded short date (ngày 9/6/2025); figures in the text "
            "(10.910, 41,79%, 386,4 triệu đồng) and dates that are not citations; a ruled "
            "7-column statistics table STT / Lĩnh vực / Số hồ sơ tiếp nhận / Trong đó: nộp trực "
            "tuyến / Đã giải quyết / Giải quyết đúng hạn / Tỷ lệ đúng hạn (%) (keys stt, "
            "linh_vuc, tiep_nhan, truc_tuyen, da_giai_quyet, dung_han, ty_le_dung_han) of ten "
            "fields and a Tổng cộng row with an empty STT (10.910; 98,99); signer TM. ỦY BAN "
            "NHÂN DÂN / CHỦ TỊCH."
        ),
        tests="BC of a ward under its province; 7-column numeric table with Tổng cộng; TM.",
        origin=TEAM,
        seed=1003,
        scan=Scan(
            rotation_deg=1.2,
            noise_sigma=4,
            blur=1.0,
            jpeg_quality=66,
            paper=(247, 244, 234),
            illumination=0.05,
        ),
        chu_quan=["UBND TỈNH NGHỆ AN"],
        ban_hanh=["ỦY BAN NHÂN DÂN", "PHƯỜNG TRƯỜNG VINH"],
        so="126",
        ky_hieu="BC-UBND",
        dia_danh="Trường Vinh",
        ngay=date(2025, 10, 6),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject="Kết quả tiếp nhận, giải quyết thủ tục hành chính quý III năm 2025",
        kinh_gui=["Ủy ban nhân dân tỉnh Nghệ An", "Văn phòng Ủy ban nhân dân tỉnh"],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "TT. Đảng ủy, TT. HĐND phường (b/c)",
                "CT, các PCT UBND phường",
                "Trung tâm Phục vụ hành chính công phường",
                "Lưu: VT, VP",
            ]
        ),
        signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        nguoi_ky="Phan Sỹ Hùng",
        seal_text="ỦY BAN NHÂN DÂN PHƯỜNG TRƯỜNG VINH * TỈNH NGHỆ AN * ",
        refs=[r_cv, r_kh, r_qd, r_nd],
    )


def doc_ho11_cv_sdttg_giang_sinh() -> Doc:
    r_cv = Ref(
        "Công văn", "2176/UBND-NC", date(2025, 11, 25), "Ủy ban nhân dân tỉnh", long_date=False
    )
    r_luat = Ref(
        "Luật",
        "02/2016/QH14",
        date(2016, 11, 18),
        ten="Luật Tín ngưỡng, tôn giáo",
        long_date=False,
    )
    r_nd = Ref("Nghị định", "95/2023/NĐ-CP", date(2023, 12, 29), "Chính phủ")
    r_kh = Ref("Kế hoạch", "45/KH-SDTTG", date(2025, 10, 2), long_date=False, pad=False)
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc bảo đảm an ninh, trật tự dịp Lễ Giáng sinh năm "
            "2025 và Tết Dương lịch năm 2026; để các hoạt động tôn giáo diễn ra an toàn, đúng "
            f"quy định của {r_luat.cite()} và {r_nd.cite()} quy định chi tiết một số điều và "
            "biện pháp thi hành Luật Tín ngưỡng, tôn giáo, Sở Dân tộc và Tôn giáo đề nghị các "
            "cơ quan, địa phương thực hiện một số nội dung sau:"
        ),
        Para(
            "1. Ủy ban nhân dân các xã, phường, đặc khu nắm chắc tình hình, hướng dẫn các giáo "
            "xứ, giáo họ thực hiện việc đăng ký, thông báo hoạt động tôn giáo ngoài cơ sở theo "
            "quy định; chú ý các điểm có đông người tham dự như Trung tâm hành hương Đức Mẹ La "
            "Vang (dự kiến khoảng 15.000 lượt người trong đêm 24/12/2025), các giáo xứ trên địa "
            "bàn phường Đồng Hới, phường Đông Hà. Kiên quyết không để xảy ra hoạt động truyền "
            "đạo trái pháp luật tại vùng đồng bào Bru - Vân Kiều, Pa Kô, Chứt."
        ),
        Para(
            "2. Công an tỉnh chỉ đạo công an các xã, phường, đặc khu bảo đảm an ninh, trật tự, "
            "an toàn giao thông, phòng cháy, chữa cháy tại các cơ sở thờ tự và khu vực tổ chức "
            "lễ; xử lý nghiêm hành vi lợi dụng tôn giáo để gây rối."
        ),
        Para(
            "3. Sở Văn hóa, Thể thao và Du lịch hướng dẫn, kiểm tra các hoạt động văn hóa, văn "
            "nghệ, trang trí, khẩu hiệu phục vụ lễ hội tôn giáo, bảo đảm lành mạnh, đúng quy "
            "định."
        ),
        Para(
            "4. Sở Dân tộc và Tôn giáo tham mưu Ủy ban nhân dân tỉnh tổ chức các đoàn thăm, chúc "
            "mừng chức sắc, cơ sở tôn giáo từ ngày 20/12 đến ngày 24/12/2025; các xã, phường, "
            "đặc khu chủ động thăm, chúc mừng các giáo xứ trên địa bàn, mức quà tặng không quá "
            f"2.000.000 đồng/suất, gắn với việc tiếp tục thực hiện {r_kh.cite()} về công tác "
            "quản lý nhà nước về tín ngưỡng, tôn giáo quý IV năm 2025."
        ),
        Para(
            "5. Các cơ quan, địa phương báo cáo tình hình trước 16 giờ 00 ngày 26/12/2025 và "
            "kết quả thực hiện trước ngày 05/01/2026 về Sở Dân tộc và Tôn giáo (qua Phòng Tôn "
            "giáo, điện thoại: 0232.3824.517) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./."
        ),
    ]
    return Doc(
        name="ho11_cv_sdttg_quangtri_giang_sinh",
        description=(
            "Công văn of a Sở Dân tộc và Tôn giáo (a kind of issuer none of the earlier sets "
            "has, created on 1 March 2025) of a merged province (UBND TỈNH QUẢNG TRỊ / SỞ DÂN "
            "TỘC VÀ TÔN GIÁO), number SDTTG-TG, a two-line V/v and under it the boxed urgency "
            "mark KHẨN; Kính gửi with three addressees, the first naming 'xã, phường, đặc "
            "khu'; the provincial Công văn with a unit code and a short date (2176/UBND-NC, "
            "ngày 25/11/2025); Luật Tín ngưỡng, tôn giáo (a comma in the name) with a short "
            "date (ngày 18/11/2016) and Nghị định 95/2023/NĐ-CP with a long date in one "
            "sentence; the Sở's own Kế hoạch with an unpadded date and no issuer (45/KH-SDTTG, "
            "ngày 2/10/2025); dates that are not citations (24/12/2025, từ ngày 20/12 đến ngày "
            "24/12/2025, 16 giờ 00 ngày 26/12/2025, 05/01/2026), an amount and a phone number; "
            "signer TUQ. GIÁM ĐỐC / TRƯỞNG PHÒNG TÔN GIÁO."
        ),
        tests="CV of a Sở Dân tộc và Tôn giáo; KHẨN; Kính gửi of three; TUQ.",
        origin=TEAM,
        seed=1004,
        scan=Scan(
            rotation_deg=-0.6,
            noise_sigma=7,
            blur=0.9,
            jpeg_quality=55,
            paper=(245, 241, 230),
            illumination=0.08,
        ),
        chu_quan=["UBND TỈNH QUẢNG TRỊ"],
        ban_hanh=["SỞ DÂN TỘC VÀ TÔN GIÁO"],
        so="512",
        ky_hieu="SDTTG-TG",
        vv="bảo đảm hoạt động tôn giáo dịp Lễ Giáng sinh năm 2025 và Tết Dương lịch năm 2026",
        do_khan="KHẨN",
        dia_danh="Quảng Trị",
        ngay=date(2025, 12, 3),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Ủy ban nhân dân các xã, phường, đặc khu",
            "Công an tỉnh",
            "Sở Văn hóa, Thể thao và Du lịch",
        ],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Bộ Dân tộc và Tôn giáo (b/c)",
                "UBND tỉnh (b/c)",
                "Giám đốc Sở (b/c)",
                "Ban Tuyên giáo và Dân vận Tỉnh ủy",
                "Lưu: VT, TG",
            ]
        ),
        signer=["TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG TÔN GIÁO"],
        nguoi_ky="Lê Thị Minh Thủy",
        seal_text="SỞ DÂN TỘC VÀ TÔN GIÁO * TỈNH QUẢNG TRỊ * ",
        refs=[r_cv, r_luat, r_nd, r_kh],
    )


def doc_ho11_tb_svhttdl_nam_moi() -> Doc:
    r_kh = Ref(
        "Kế hoạch",
        "215/KH-UBND",
        date(2025, 11, 3),
        "Ủy ban nhân dân tỉnh",
        long_date=False,
        pad=False,
    )
    r_qd = Ref("Quyết định", "1896/QĐ-SVHTTDL", date(2025, 11, 10), "Giám đốc Sở", long_date=False)
    r_ds = Ref("Luật", "45/2024/QH15", ten="Luật Di sản văn hóa")
    r_dl = Ref("Luật", "09/2017/QH14", date(2017, 6, 19), ten="Luật Du lịch")
    vp = "Văn phòng Sở"
    table = Table(
        header=["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn hoàn thành"],
        columns=["stt", "nhiem_vu", "don_vi_chu_tri", "thoi_gian"],
        widths=[0.08, 0.47, 0.27, 0.18],
        align=["c", "l", "l", "c"],
        size=12.0,
        rows=[
            [
                "1",
                "Hoàn thiện Kế hoạch tổ chức Chuỗi sự kiện, trình Ủy ban nhân dân tỉnh phê duyệt",
                vp,
                "Trước ngày 20/11/2025",
            ],
            [
                "2",
                "Tổ chức Lễ hội “Sắc màu văn hóa vùng cao” tại phường Sa Pa, với sự tham gia "
                "của các đội văn nghệ dân tộc Mông, Dao, Giáy, Tày, Thái",
                "Phòng Quản lý văn hóa; Trung tâm Văn hóa tỉnh",
                "Từ 25/12/2025 đến 04/01/2026",
            ],
            [
                "3",
                "Tổ chức Giải việt dã leo núi Fansipan mở rộng năm 2026",
                "Phòng Quản lý thể dục thể thao",
                "Tháng 12/2025",
            ],
            [
                "4",
                "Chương trình đón những vị khách du lịch đầu tiên năm 2026 tại Ga Lào Cai và Cửa "
                "khẩu quốc tế đường bộ số II Kim Thành",
                "Phòng Quản lý du lịch; Trung tâm Thông tin và Xúc tiến du lịch",
                "Ngày 01/01/2026",
            ],
            [
                "5",
                "Kiểm tra điều kiện kinh doanh dịch vụ lưu trú, lữ hành; việc niêm yết giá tại "
                "các điểm du lịch",
                "Phòng Quản lý du lịch",
                "Thường xuyên",
            ],
            [
                "6",
                "Tuyên truyền, quảng bá Chuỗi sự kiện trên Báo và Phát thanh, Truyền hình Lào "
                "Cai và mạng xã hội",
                "Phòng Báo chí, Xuất bản",
                "Tháng 12/2025 - Tháng 01/2026",
            ],
            [
                "7",
                "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh",
                vp,
                "Trước ngày 15/01/2026",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            "Ngày 12/11/2025, tại trụ sở Sở Văn hóa, Thể thao và Du lịch, đồng chí Vàng Thị Mai, "
            "Giám đốc Sở chủ trì cuộc họp triển khai Chuỗi sự kiện văn hóa, thể thao và du lịch "
            f"chào mừng năm mới 2026 theo {r_kh.cite()}. Tham dự có các Phó Giám đốc Sở; lãnh "
            "đạo các phòng, đơn vị thuộc Sở; đại diện Ủy ban nhân dân các phường Sa Pa, Yên Bái "
            "và các xã Bắc Hà, Mù Cang Chải."
        ),
        Para(
            "Sau khi nghe Văn phòng Sở báo cáo dự thảo Kế hoạch tổ chức và ý kiến của các thành "
            "viên dự họp, Giám đốc Sở kết luận như sau:"
        ),
        Para(
            "1. Năm 2025 là năm đầu tiên tỉnh Lào Cai (mới) tổ chức các hoạt động văn hóa, du "
            "lịch trên địa bàn hợp nhất; toàn tỉnh ước đón 9,2 triệu lượt khách, tổng thu từ "
            "du lịch ước đạt 34.600 tỷ đồng. Chuỗi sự kiện phải được tổ chức tiết kiệm, an toàn, "
            "gắn kết sản phẩm du lịch của hai khu vực Lào Cai và Yên Bái cũ."
        ),
        Para("2. Giao các phòng, đơn vị thực hiện các nhiệm vụ sau:", keep=3),
        table,
        Para(
            "3. Các hoạt động tại di tích, lễ hội truyền thống phải tuân thủ quy định của "
            f"{r_ds.cite()}; hoạt động kinh doanh du lịch thực hiện theo {r_dl.cite()}. Tổ "
            f"giúp việc được thành lập theo {r_qd.cite()} chịu trách nhiệm điều phối chung, "
            "họp giao ban vào thứ Hai hằng tuần."
        ),
        Para(
            "Văn phòng Sở thông báo để các phòng, đơn vị và địa phương liên quan biết, thực hiện./."
        ),
    ]
    return Doc(
        name="ho11_tb_svhttdl_laocai_nam_moi",
        description=(
            "Thông báo kết luận of the director of a Sở of a merged province (UBND TỈNH LÀO CAI "
            "/ SỞ VĂN HÓA, THỂ THAO / VÀ DU LỊCH, the issuer's name with a comma over two bold "
            "lines), number TB-SVHTTDL, no Kính gửi; a meeting date in the text (not a "
            "citation); the provincial Kế hoạch with an unpadded short date (215/KH-UBND, ngày "
            "3/11/2025); a ruled 4-column task table STT / Nội dung công việc / Đơn vị thực "
            "hiện / Thời hạn hoàn thành (keys stt, nhiem_vu, don_vi_chu_tri, thoi_gian) of 7 "
            "rows with curly quotes and deadlines such as 'Từ 25/12/2025 đến 04/01/2026'; "
            "Luật Di sản văn hóa cited by number without a date (truth ngay null), Luật Du lịch "
            "with a long date, the Sở's own Quyết định with a unit code and a short date "
            "(1896/QĐ-SVHTTDL, ngày 10/11/2025, issuer 'Giám đốc Sở'); figures (9,2 triệu, "
            "34.600 tỷ đồng); signer TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG; the surnames Vàng and Lò."
        ),
        tests="TB kết luận of a Sở VHTTDL; 4-column task table; law without a date; TL.",
        origin=TEAM,
        seed=1005,
        scan=Scan(
            rotation_deg=1.4,
            noise_sigma=5,
            blur=0.7,
            jpeg_quality=70,
            paper=(247, 243, 232),
            illumination=0.06,
        ),
        chu_quan=["UBND TỈNH LÀO CAI"],
        ban_hanh=["SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"],
        so="68",
        ky_hieu="TB-SVHTTDL",
        dia_danh="Lào Cai",
        ngay=date(2025, 11, 14),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject=(
            "Kết luận của Giám đốc Sở tại cuộc họp triển khai Chuỗi sự kiện văn hóa, thể thao "
            "và du lịch chào mừng năm mới 2026"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "UBND tỉnh (b/c)",
                "Giám đốc, các PGĐ Sở",
                "Các phòng, đơn vị thuộc Sở (để t/h)",
                "UBND các phường Sa Pa, Yên Bái",
                "UBND các xã Bắc Hà, Mù Cang Chải",
                "Lưu: VT, VP",
            ]
        ),
        signer=["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"],
        nguoi_ky="Lò Văn Hưng",
        seal_text="SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH * TỈNH LÀO CAI * ",
        refs=[r_kh, r_ds, r_dl, r_qd],
    )


def doc_ho11_nq_hdnd_giam_sat() -> Doc:
    r_luat = Ref(
        "Luật",
        "72/2025/QH15",
        date(2025, 6, 16),
        ten="Luật Tổ chức chính quyền địa phương",
        long_date=False,
        pad=False,
    )
    r_gs = Ref(
        "Luật",
        "87/2015/QH13",
        date(2015, 11, 20),
        ten="Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
    )
    r_ttr = Ref(
        "Tờ trình",
        "52/TTr-TTHĐND",
        date(2025, 12, 4),
        "Thường trực Hội đồng nhân dân đặc khu",
        long_date=False,
    )
    r_nq = Ref(
        "Nghị quyết",
        "03-NQ/ĐU",
        date(2025, 10, 6),
        "Ban Chấp hành Đảng bộ đặc khu",
        long_date=False,
        pad=False,
    )
    body: list[Block] = [
        Para("HỘI ĐỒNG NHÂN DÂN ĐẶC KHU VÂN ĐỒN", style=BOLD, align="center", indent=0, gap=2),
        Para("KHÓA I, KỲ HỌP THỨ NĂM", style=BOLD, align="center", indent=0, gap=0),
        Para(f"Căn cứ {r_luat.cite()};", style=ITALIC, gap=6),
        Para(f"Căn cứ {r_gs.cite()};", style=ITALIC),
        Para(
            f"Xét {r_ttr.cite()} về dự kiến Chương trình giám sát năm 2026 của Hội đồng nhân "
            "dân đặc khu; Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân đặc khu; ý kiến "
            "thảo luận của đại biểu Hội đồng nhân dân đặc khu tại kỳ họp.",
            style=ITALIC,
        ),
        Para("QUYẾT NGHỊ:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Thông qua Chương trình giám sát năm 2026 của Hội đồng nhân dân đặc khu "
            "Vân Đồn với các nội dung sau:",
            gap=4,
        ),
        Para(
            "1. Tại kỳ họp thường lệ giữa năm 2026: xem xét báo cáo công tác 6 tháng đầu năm "
            "của Thường trực Hội đồng nhân dân, Ủy ban nhân dân đặc khu; báo cáo tình hình kinh "
            "tế - xã hội, thu, chi ngân sách 6 tháng đầu năm; kết quả giải quyết kiến nghị của "
            "cử tri gửi đến kỳ họp cuối năm 2025."
        ),
        Para(
            "2. Tại kỳ họp thường lệ cuối năm 2026: xem xét các báo cáo công tác năm của Thường "
            "trực Hội đồng nhân dân, Ủy ban nhân dân đặc khu, Tòa án nhân dân khu vực và Viện "
            "kiểm sát nhân dân khu vực về các nội dung liên quan đến địa bàn đặc khu."
        ),
        Para(
            "3. Giám sát chuyên đề của Hội đồng nhân dân đặc khu: việc quản lý, sử dụng đất "
            "đai, mặt nước nuôi trồng thủy sản tại khu vực Quan Lạn, Minh Châu, Ngọc Vừng giai "
            "đoạn 2023 - 2025 (thực hiện trong quý II/2026)."
        ),
        Para(
            "4. Giám sát chuyên đề của Thường trực Hội đồng nhân dân đặc khu: việc thực hiện "
            "các dự án đầu tư công, bồi thường, giải phóng mặt bằng tại khu vực Đông Xá, Vạn "
            "Yên năm 2025 (quý III/2026); các Ban của Hội đồng nhân dân đặc khu mỗi Ban tổ chức "
            "ít nhất 01 cuộc giám sát chuyên đề."
        ),
        Para("**Điều 2.** Tổ chức thực hiện", gap=4),
        Para(
            "1. Giao Thường trực Hội đồng nhân dân đặc khu xây dựng kế hoạch, tổ chức thực hiện "
            "Chương trình giám sát, gắn với việc thực hiện "
            f"{r_nq.cite()} về phát triển kinh tế biển, du lịch đặc khu giai đoạn 2025 - 2030; "
            "báo cáo kết quả tại kỳ họp thường lệ cuối năm 2026."
        ),
        Para(
            "2. Ủy ban nhân dân đặc khu và các cơ quan, đơn vị chịu sự giám sát có trách nhiệm "
            "báo cáo đầy đủ, đúng thời hạn; thực hiện kiến nghị sau giám sát. Trường hợp Hội "
            "đồng nhân dân đặc khu nhiệm kỳ 2026 - 2031 điều chỉnh Chương trình, Thường trực Hội "
            "đồng nhân dân đặc khu báo cáo tại kỳ họp gần nhất."
        ),
        Para(
            "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu phối hợp giám sát và tuyên "
            "truyền việc thực hiện Nghị quyết."
        ),
        Para(
            "Nghị quyết này đã được Hội đồng nhân dân đặc khu Vân Đồn khóa I, Kỳ họp thứ năm "
            "thông qua ngày 18 tháng 12 năm 2025 và có hiệu lực từ ngày thông qua./.",
            gap=6,
        ),
        Para("", gap=24),  # blank space above the one-line signer block (clear of the seal)
    ]
    return Doc(
        name="ho11_nq_hdnd_vandon_giam_sat",
        description=(
            "Nghị quyết of the People's Council of a special zone (HỘI ĐỒNG NHÂN DÂN / ĐẶC KHU "
            "VÂN ĐỒN on two bold lines, no parent body; a kind of unit none of the earlier sets "
            "has, created on 1 July 2025; 'Vân Đồn' as place name), number NQ-HĐND; authority "
            "lines HỘI ĐỒNG NHÂN DÂN ĐẶC KHU VÂN ĐỒN / KHÓA I, KỲ HỌP THỨ NĂM; italic Căn cứ "
            "lines: Luật Tổ chức chính quyền địa phương 72/2025/QH15 with an unpadded short "
            "date (ngày 16/6/2025) and Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân "
            "dân with a long date; a Xét line with the standing committee's Tờ trình (52/TTr-"
            "TTHĐND, ngày 04/12/2025) and an unnumbered Báo cáo thẩm tra (not a citation); "
            "QUYẾT NGHỊ: Điều 1-2 with quarters and periods (quý II/2026, 2023 - 2025, 2026 - "
            "2031); the Party committee's resolution 03-NQ/ĐU with an unpadded date (ngày "
            "6/10/2025, issuer 'Ban Chấp hành Đảng bộ đặc khu'); the date of adoption in the "
            "closing sentence; signer CHỦ TỊCH alone (truth: tham_quyen_ky null); no table."
        ),
        tests="NQ of a đặc khu HĐND; Luật 72/2025/QH15; signer CHỦ TỊCH without prefix",
        origin=TEAM,
        seed=1006,
        scan=Scan(
            rotation_deg=-1.0,
            noise_sigma=6,
            blur=0.8,
            jpeg_quality=62,
            paper=(246, 243, 233),
            illumination=0.07,
        ),
        ban_hanh=["HỘI ĐỒNG NHÂN DÂN", "ĐẶC KHU VÂN ĐỒN"],
        so="46",
        ky_hieu="NQ-HĐND",
        dia_danh="Vân Đồn",
        ngay=date(2025, 12, 18),
        title="NGHỊ QUYẾT",
        loai_van_ban="Nghị quyết",
        subject="Về Chương trình giám sát năm 2026 của Hội đồng nhân dân đặc khu Vân Đồn",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "TT. HĐND tỉnh Quảng Ninh (b/c)",
                "Ban Thường vụ Đảng ủy đặc khu (b/c)",
                "TT. HĐND, UBND, UBMTTQ đặc khu",
                "Đại biểu HĐND đặc khu",
                "Các cơ quan, đơn vị thuộc đặc khu",
                "Cổng thông tin điện tử đặc khu",
                "Lưu: VT, HĐND",
            ]
        ),
        signer=["CHỦ TỊCH"],
        nguoi_ky="Đặng Văn Thành",
        seal_text="HỘI ĐỒNG NHÂN DÂN ĐẶC KHU VÂN ĐỒN * TỈNH QUẢNG NINH * ",
        refs=[r_luat, r_gs, r_ttr, r_nq],
    )


HELDOUT11_DOCS = [
    doc_ho11_qd_ubnd_chinh_quyen_hai_cap,
    doc_ho11_kh_snnmt_ho_so_dia_chinh,
    doc_ho11_bc_ubnd_thu_tuc_hanh_chinh,
    doc_ho11_cv_sdttg_giang_sinh,
    doc_ho11_tb_svhttdl_nam_moi,
    doc_ho11_nq_hdnd_giam_sat,
]


# --------------------------------------------------------------------------------------
# Twelfth held-out set (benchmarks/heldout12/): written blind (without running the pipeline
# or reading its code) and never used to tune it; central bodies, public-service and state
# economic units of the South
# --------------------------------------------------------------------------------------

HELDOUT12_DIR = REPO_ROOT / "benchmarks" / "heldout12"


def doc_ho12_qd_dhag_chuyen_doi_so() -> Doc:
    r_luat = Ref(
        "Luật",
        "08/2012/QH13",
        date(2012, 6, 18),
        ten="Luật Giáo dục đại học",
        long_date=False,
        pad=False,
    )
    r_luat_sd = Ref("Luật", "34/2018/QH14", date(2018, 11, 19))
    r_nd = Ref("Nghị định", "99/2019/NĐ-CP", date(2019, 12, 30), "Chính phủ", long_date=False)
    r_nq = Ref("Nghị quyết", "57-NQ/TW", date(2024, 12, 22), "Bộ Chính trị")
    r_qd_qc = Ref(
        "Quyết định",
        "1387/QĐ-ĐHQG",
        date(2023, 10, 26),
        "Giám đốc Đại học Quốc gia Thành phố Hồ Chí Minh",
        long_date=False,
    )
    r_kh = Ref(
        "Kế hoạch",
        "1125/KH-ĐHQG",
        date(2025, 7, 11),
        "Đại học Quốc gia Thành phố Hồ Chí Minh",
        long_date=False,
        pad=False,
    )
    tt = "Trung tâm Tin học"
    table = Table(
        header=[
            "STT",
            "Nhiệm vụ",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời hạn",
            "Ghi chú",
        ],
        columns=[
            "stt",
            "nhiem_vu",
            "don_vi_chu_tri",
            "don_vi_phoi_hop",
            "thoi_gian",
            "ghi_chu",
        ],
        widths=[0.07, 0.31, 0.17, 0.18, 0.14, 0.13],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            ["I", "CHUYỂN ĐỔI SỐ TRONG ĐÀO TẠO", "", "", "", ""],
            [
                "1",
                "Rà soát, cập nhật bài giảng điện tử của 100% học phần lên Hệ thống quản lý học "
                "tập (LMS) của Trường",
                "Các khoa",
                tt,
                "Trước ngày 30/9/2025",
                "1.248 học phần",
            ],
            [
                "2",
                "Tổ chức dạy học kết hợp trực tiếp và trực tuyến đối với tối thiểu 35% số học "
                "phần của các ngành đào tạo",
                "Phòng Đào tạo",
                "Các khoa; Trung tâm Tin học",
                "Học kỳ I năm học 2025 - 2026",
                "",
            ],
            [
                "3",
                "Xây dựng ngân hàng câu hỏi thi trắc nghiệm trực tuyến các học phần chung (Triết "
                "học Mác - Lênin, Tin học căn bản, Tiếng Anh)",
                "Khoa Lý luận chính trị; Khoa Ngoại ngữ",
                "Phòng Khảo thí và Đảm bảo chất lượng",
                "Tháng 12/2025",
                "Tối thiểu 500 câu/học phần",
            ],
            [
                "4",
                "Triển khai văn bằng số, phụ lục văn bằng số và tra cứu văn bằng trực tuyến",
                "Phòng Đào tạo",
                tt,
                "Quý I/2026",
                "",
            ],
            [
                "5",
                "Bồi dưỡng kỹ năng số, khai thác học liệu số và trí tuệ nhân tạo cho giảng viên, "
                "viên chức",
                "Phòng Tổ chức - Hành chính",
                "Trung tâm Tin học; Công đoàn Trường",
                "Tháng 10 - 11/2025",
                "06 lớp, 420 lượt người",
            ],
            ["II", "CHUYỂN ĐỔI SỐ TRONG QUẢN TRỊ", "", "", "", ""],
            [
                "6",
                "Vận hành hệ thống quản lý văn bản và hồ sơ công việc; ký số 100% văn bản đi "
                "(trừ văn bản mật)",
                "Phòng Tổ chức - Hành chính",
                "Các đơn vị trực thuộc",
                "Thường xuyên",
                "",
            ],
            [
                "7",
                "Giải quyết trực tuyến 90% thủ tục cho người học (giấy xác nhận sinh viên, bảng "
                "điểm, miễn, giảm học phí)",
                "Phòng Công tác sinh viên",
                "Phòng Đào tạo; Phòng Kế hoạch - Tài chính",
                "Trước ngày 15/12/2025",
                "",
            ],
            [
                "8",
                "Thu học phí, lệ phí không dùng tiền mặt qua ngân hàng và ví điện tử",
                "Phòng Kế hoạch - Tài chính",
                "Ngân hàng thương mại đối tác",
                "Tháng 9/2025",
                "Áp dụng từ học kỳ I",
            ],
            [
                "9",
                "Số hóa hồ sơ người học và hồ sơ viên chức; kết nối, chia sẻ với cơ sở dữ liệu "
                "của Đại học Quốc gia Thành phố Hồ Chí Minh",
                tt,
                "Phòng Tổ chức - Hành chính; Phòng Đào tạo",
                "Quý II - III/2026",
                "12.500 hồ sơ",
            ],
            [
                "10",
                "Bảo đảm an toàn thông tin theo cấp độ cho các hệ thống thông tin của Trường",
                tt,
                "Công an tỉnh An Giang",
                "Thường xuyên",
                "Hồ sơ đề xuất cấp độ 2",
            ],
            [
                "11",
                "Sơ kết học kỳ I, tổng kết năm học; đề xuất khen thưởng tập thể, cá nhân",
                tt,
                "Phòng Tổ chức - Hành chính",
                "Tháng 02/2026; tháng 8/2026",
                "",
            ],
        ],
    )
    body: list[Block] = [
        Para("HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC AN GIANG", style=BOLD, align="center", indent=0, gap=2),
        Para(
            f"Căn cứ {r_luat.cite()}; {r_luat_sd.cite()} sửa đổi, bổ sung một số điều của Luật "
            "Giáo dục đại học;",
            style=ITALIC,
            gap=6,
        ),
        Para(
            f"Căn cứ {r_nd.cite()} quy định chi tiết và hướng dẫn thi hành một số điều của Luật "
            "sửa đổi, bổ sung một số điều của Luật Giáo dục đại học;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_nq.cite()} về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo "
            "và chuyển đổi số quốc gia;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_qd_qc.cite()} ban hành Quy chế tổ chức và hoạt động của Trường Đại học "
            "An Giang;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_kh.cite()} về chuyển đổi số giai đoạn 2025 - 2030;",
            style=ITALIC,
        ),
        Para(
            "Theo đề nghị của Giám đốc Trung tâm Tin học và Trưởng phòng Đào tạo.",
            style=ITALIC,
        ),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số trong đào tạo "
            "và quản trị đại học năm học 2025 - 2026 của Trường Đại học An Giang, gồm 11 nhiệm "
            "vụ (chi tiết tại Phụ lục kèm theo), với các chỉ tiêu chủ yếu: 100% học phần có bài "
            "giảng trên Hệ thống quản lý học tập; tối thiểu 35% học phần được tổ chức dạy học "
            "kết hợp; 90% thủ tục cho người học được giải quyết trực tuyến; số hóa 12.500 hồ "
            "sơ người học và viên chức.",
            gap=4,
        ),
        Para(
            "**Điều 2.** Kinh phí thực hiện Kế hoạch là 4.865,5 triệu đồng, từ nguồn thu sự "
            "nghiệp và Quỹ phát triển hoạt động sự nghiệp năm 2025, năm 2026 của Trường. Trung "
            "tâm Tin học là đầu mối theo dõi, đôn đốc; tổng hợp, báo cáo Hiệu trưởng định kỳ "
            "hằng quý, trước ngày 20 của tháng cuối quý.",
            gap=4,
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Trưởng các phòng, ban, trung "
            "tâm, khoa trực thuộc Trường và các cá nhân có liên quan chịu trách nhiệm thi hành "
            "Quyết định này./.",
            gap=4,
        ),
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "NHIỆM VỤ CHUYỂN ĐỔI SỐ TRONG ĐÀO TẠO VÀ QUẢN TRỊ ĐẠI HỌC NĂM HỌC 2025 - 2026",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Quyết định số 1286/QĐ-ĐHAG ngày 25 tháng 8 năm 2025 của Hiệu trưởng "
            "Trường Đại học An Giang)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        table,
    ]
    return Doc(
        name="ho12_qd_dhag_chuyen_doi_so",
        description=(
            "Quyết định of a state university's rector under its national university (ĐẠI HỌC "
            "QUỐC GIA TP.HCM, an abbreviation without a space, / TRƯỜNG ĐẠI HỌC AN GIANG), "
            "number QĐ-ĐHAG, dated after the July 2025 merger of the provinces (place An "
            "Giang); authority line HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC AN GIANG; italic Căn cứ lines: "
            "Luật Giáo dục đại học with an unpadded short date (ngày 18/6/2012) and the "
            "amending law cited as 'Luật số 34/2018/QH14' with a long date in one line; Nghị "
            "định 99/2019/NĐ-CP (ngày 30/12/2019); the Politburo's resolution 57-NQ/TW with a "
            "long date (issuer 'Bộ Chính trị'); the national university's Quyết định (issuer "
            "'Giám đốc Đại học Quốc gia Thành phố Hồ Chí Minh', ngày 26/10/2023) and Kế hoạch "
            "(unpadded ngày 11/7/2025); Điều 1-3 with figures (35%, 12.500 hồ sơ, 4.865,5 triệu "
            "đồng); Nơi nhận and the signer Q. HIỆU TRƯỞNG (one line) alone on page 2; a Phụ "
            "lục after the signature with a ruled 6-column task table STT / Nhiệm vụ / Đơn vị "
            "chủ trì / Đơn vị phối hợp / Thời hạn / Ghi chú (keys stt, nhiem_vu, "
            "don_vi_chu_tri, don_vi_phoi_hop, thoi_gian, ghi_chu) of 13 rows over pages 3-4 "
            "with the header row repeated, two of them group rows (I, II) with only the STT "
            "and Nhiệm vụ cells filled. The Phụ lục's 'Kèm theo Quyết định số 1286/QĐ-ĐHAG "
            "...' names the document itself and is not a related document."
        ),
        tests="QĐ of a university of ĐHQG-HCM; group rows in the Phụ lục; Q. HIỆU TRƯỞNG",
        origin=TEAM,
        seed=1011,
        scan=Scan(
            rotation_deg=0.7,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=63,
            paper=(247, 243, 233),
            illumination=0.06,
        ),
        chu_quan=["ĐẠI HỌC QUỐC GIA TP.HCM"],
        ban_hanh=["TRƯỜNG ĐẠI HỌC AN GIANG"],
        so="1286",
        ky_hieu="QĐ-ĐHAG",
        dia_danh="An Giang",
        ngay=date(2025, 8, 25),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "Về việc ban hành Kế hoạch chuyển đổi số trong đào tạo và quản trị đại học năm học "
            "2025 - 2026"
        ),
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "Đại học Quốc gia TP.HCM (để b/c)",
                "Hội đồng trường (để b/c)",
                "Ban Giám hiệu",
                "Lưu: VT, TTTH",
            ]
        ),
        signer=["Q. HIỆU TRƯỞNG"],
        nguoi_ky="Lâm Quốc Huy",
        seal_text="TRƯỜNG ĐẠI HỌC AN GIANG * ĐẠI HỌC QUỐC GIA TP. HỒ CHÍ MINH * ",
        refs=[r_luat, r_luat_sd, r_nd, r_nq, r_qd_qc, r_kh],
    )


def doc_ho12_kh_bvcr_ho_tro_chuyen_mon() -> Doc:
    r_luat = Ref(
        "Luật",
        "15/2023/QH15",
        date(2023, 1, 9),
        ten="Luật Khám bệnh, chữa bệnh",
        long_date=False,
    )
    r_nd = Ref("Nghị định", "96/2023/NĐ-CP", date(2023, 12, 30), "Chính phủ")
    r_cv = Ref(
        "Công văn",
        "6127/BYT-KCB",
        date(2025, 9, 15),
        "Bộ Y tế",
        long_date=False,
        pad=False,
    )
    r_qd = Ref("Quyết định", "1874/QĐ-BVCR", date(2025, 10, 3), long_date=False)
    cdt = "Phòng Chỉ đạo tuyến"
    table = Table(
        header=[
            "STT",
            "Nội dung công việc",
            "Khoa, phòng chủ trì",
            "Đơn vị phối hợp",
            "Thời gian thực hiện",
            "Sản phẩm",
        ],
        columns=[
            "stt",
            "nhiem_vu",
            "don_vi_chu_tri",
            "don_vi_phoi_hop",
            "thoi_gian",
            "san_pham",
        ],
        widths=[0.07, 0.29, 0.16, 0.18, 0.14, 0.16],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Khảo sát nhu cầu hỗ trợ chuyên môn, chuyển giao kỹ thuật của các bệnh viện "
                "tuyến tỉnh khu vực phía Nam",
                cdt,
                "Sở Y tế các tỉnh, thành phố",
                "Tháng 12/2025",
                "Báo cáo kết quả khảo sát",
            ],
            [
                "2",
                "Chuyển giao gói kỹ thuật can thiệp mạch vành qua da cho Bệnh viện Đa khoa "
                "tỉnh Cà Mau",
                "Khoa Tim mạch can thiệp",
                cdt,
                "Quý I - II/2026",
                "Hợp đồng và biên bản nghiệm thu chuyển giao",
            ],
            [
                "3",
                "Chuyển giao kỹ thuật lọc máu liên tục, thay huyết tương cho Bệnh viện Đa khoa "
                "tỉnh Tây Ninh",
                "Khoa Hồi sức cấp cứu",
                "Khoa Thận nhân tạo",
                "Quý II/2026",
                "Biên bản nghiệm thu chuyển giao",
            ],
            [
                "4",
                "Hỗ trợ phẫu thuật nội soi gan, mật, tụy tại Bệnh viện Đa khoa Trung ương Cần Thơ",
                "Khoa Ngoại Gan - Mật - Tụy",
                "Khoa Gây mê hồi sức",
                "Tháng 3 - 5/2026",
                "20 ca phẫu thuật có hướng dẫn",
            ],
            [
                "5",
                "Cử bác sĩ đi luân phiên có thời hạn về bệnh viện tuyến tỉnh, mỗi đợt tối thiểu "
                "03 tháng",
                "Phòng Tổ chức cán bộ",
                "Phòng Kế hoạch tổng hợp; các khoa lâm sàng",
                "Theo đợt, từ tháng 01/2026",
                "Quyết định cử cán bộ",
            ],
            [
                "6",
                "Hội chẩn, tư vấn khám bệnh, chữa bệnh từ xa cho các bệnh viện nhận hỗ trợ",
                cdt,
                "Phòng Công nghệ thông tin",
                "Thường xuyên",
                "Biên bản hội chẩn",
            ],
            [
                "7",
                "Đào tạo liên tục về hồi sức tích cực, lọc máu cho điều dưỡng, kỹ thuật viên "
                "tuyến tỉnh",
                "Trung tâm Đào tạo",
                "Phòng Điều dưỡng",
                "Quý I và Quý III/2026",
                "04 lớp, 240 học viên",
            ],
            [
                "8",
                "Tập huấn phát hiện sớm, cấp cứu và điều trị đột quỵ não cấp cho bác sĩ tuyến tỉnh",
                "Khoa Bệnh lý mạch máu não",
                "Trung tâm Đào tạo",
                "Tháng 4/2026",
                "Chứng chỉ đào tạo liên tục",
            ],
            [
                "9",
                "Hỗ trợ bệnh viện đủ điều kiện hoàn thiện hồ sơ thực hiện kỹ thuật ghép thận",
                "Khoa Thận",
                "Phòng Kế hoạch tổng hợp",
                "Quý III - IV/2026",
                "Hồ sơ đề nghị phê duyệt kỹ thuật",
            ],
            [
                "10",
                "Kiểm tra, đánh giá hiệu quả các gói kỹ thuật đã chuyển giao giai đoạn 2023 - 2025",
                cdt,
                "Phòng Quản lý chất lượng",
                "Tháng 6/2026",
                "Báo cáo đánh giá",
            ],
            [
                "11",
                "Cập nhật phần mềm quản lý chuyển giao kỹ thuật và dữ liệu người bệnh chuyển viện",
                "Phòng Công nghệ thông tin",
                cdt,
                "Trước ngày 31/01/2026",
                "Phần mềm được nghiệm thu",
            ],
            [
                "12",
                "Hội thảo khoa học khu vực phía Nam về hồi sức cấp cứu và chống độc",
                "Khoa Hồi sức cấp cứu",
                "Phòng Chỉ đạo tuyến; Bệnh viện Đa khoa tỉnh Đồng Tháp",
                "Tháng 8/2026",
                "Kỷ yếu hội thảo",
            ],
            [
                "13",
                "Sơ kết 6 tháng, tổng kết năm; báo cáo Bộ Y tế (Cục Quản lý Khám, chữa bệnh)",
                cdt,
                "Các khoa, phòng liên quan",
                "Tháng 7/2026; tháng 12/2026",
                "Báo cáo sơ kết, tổng kết",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()} và {r_nd.cite()} quy định chi tiết một số điều của Luật "
            "Khám bệnh, chữa bệnh;"
        ),
        Para(
            f"Thực hiện {r_cv.cite()} về việc hỗ trợ chuyên môn, chuyển giao kỹ thuật cho các "
            f"cơ sở khám bệnh, chữa bệnh năm 2026 và {r_qd.cite()} về việc kiện toàn Ban Chỉ "
            "đạo tuyến của Bệnh viện, Bệnh viện Chợ Rẫy xây dựng Kế hoạch như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Nâng cao năng lực chuyên môn của các bệnh viện tuyến tỉnh khu vực phía Nam và "
            "Tây Nguyên, giảm chuyển người bệnh lên tuyến trên, góp phần giảm quá tải cho Bệnh "
            "viện."
        ),
        Para(
            "2. Các nhiệm vụ được giao cụ thể cho từng khoa, phòng, có thời gian và sản phẩm; "
            "gắn với kết quả đánh giá, xếp loại của tập thể và cá nhân."
        ),
        H("II. CHỈ TIÊU"),
        Para(
            "Năm 2025, Bệnh viện đã chuyển giao 38 gói kỹ thuật cho 21 bệnh viện tại 12 tỉnh, "
            "thành phố; tỷ lệ người bệnh chuyển đến Bệnh viện từ các đơn vị nhận chuyển giao "
            "giảm 14,6% so với năm 2024. Năm 2026 phấn đấu chuyển giao ít nhất 42 gói kỹ thuật; "
            "100% bệnh viện nhận chuyển giao thực hiện độc lập kỹ thuật sau 12 tháng; tổ chức "
            "tối thiểu 180 buổi hội chẩn từ xa."
        ),
        H("III. NHIỆM VỤ CỤ THỂ"),
        Para(
            "Các nội dung công việc, đơn vị chủ trì, phối hợp, thời gian và sản phẩm như sau:",
            keep=3,
        ),
        table,
        H("IV. KINH PHÍ"),
        Para(
            "Tổng kinh phí dự kiến 2.846,7 triệu đồng, từ nguồn ngân sách nhà nước giao cho "
            "nhiệm vụ chỉ đạo tuyến và nguồn thu hợp pháp của Bệnh viện; chi phí chuyển giao "
            "kỹ thuật do đơn vị nhận chuyển giao chi trả theo hợp đồng."
        ),
        H("V. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Phòng Chỉ đạo tuyến là đầu mối, theo dõi, đôn đốc các khoa, phòng; tổng hợp "
            "kết quả, báo cáo Ban Giám đốc trước ngày 05 của tháng đầu quý sau."
        ),
        Para(
            "2. Phòng Tài chính kế toán bảo đảm kinh phí; Phòng Hành chính quản trị bố trí "
            "phương tiện đi lại cho các đoàn công tác."
        ),
        Para(
            "Trong quá trình thực hiện, nếu có vướng mắc, các khoa, phòng phản ánh về Phòng Chỉ "
            "đạo tuyến (điện thoại: 028.3855.4269, nhánh 1208) để tổng hợp, báo cáo Giám đốc "
            "xem xét, quyết định./."
        ),
    ]
    return Doc(
        name="ho12_kh_bvcr_ho_tro_chuyen_mon",
        description=(
            "Kế hoạch of a central hospital under its ministry (BỘ Y TẾ / BỆNH VIỆN CHỢ RẪY, a "
            "one-line issuer), number KH-BVCR, place 'Thành phố Hồ Chí Minh' (three words), "
            "dated after the July 2025 merger of the provinces; no Kính gửi; an opening line "
            "with Luật Khám bệnh, chữa bệnh (padded short date, ngày 09/01/2023) and Nghị định "
            "96/2023/NĐ-CP with a long date; the ministry's Công văn with a unit code and an "
            "unpadded date (6127/BYT-KCB, ngày 15/9/2025) and the hospital's own Quyết định "
            "without an issuer (1874/QĐ-BVCR, ngày 03/10/2025, truth co_quan null); figures "
            "(14,6%, 2.846,7 triệu đồng) and a phone number with an extension; a ruled 6-column "
            "task table STT / Nội dung công việc / Khoa, phòng chủ trì / Đơn vị phối hợp / "
            "Thời gian thực hiện / Sản phẩm (keys stt, nhiem_vu, don_vi_chu_tri, "
            "don_vi_phoi_hop, thoi_gian, san_pham) of 13 rows over three pages (one row on "
            "page 1, nine on page 2, three on page 3) with the header row repeated; "
            "deadlines such as 'Quý I - II/2026', 'Theo đợt, từ tháng 01/2026', "
            "'Trước ngày 31/01/2026' and 'Tháng 7/2026; tháng 12/2026'; signer TUQ. GIÁM ĐỐC "
            "/ TRƯỞNG PHÒNG CHỈ ĐẠO TUYẾN."
        ),
        tests="KH of a central hospital in the South; task table over three pages; TUQ.",
        origin=TEAM,
        seed=1012,
        scan=Scan(
            rotation_deg=-1.1,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=60,
            paper=(246, 242, 231),
            illumination=0.07,
        ),
        chu_quan=["BỘ Y TẾ"],
        ban_hanh=["BỆNH VIỆN CHỢ RẪY"],
        so="2317",
        ky_hieu="KH-BVCR",
        dia_danh="Thành phố Hồ Chí Minh",
        ngay=date(2025, 11, 20),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject=(
            "Hỗ trợ chuyên môn, chuyển giao kỹ thuật cho các cơ sở khám bệnh, chữa bệnh khu "
            "vực phía Nam năm 2026"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Bộ Y tế (Cục QLKCB) (để b/c)",
                "Sở Y tế các tỉnh, thành phố khu vực phía Nam",
                "Các bệnh viện nhận chuyển giao kỹ thuật",
                "Ban Giám đốc",
                "Các khoa, phòng liên quan (để t/h)",
                "Lưu: VT, CĐT",
            ]
        ),
        signer=["TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG CHỈ ĐẠO TUYẾN"],
        nguoi_ky="Đặng Thị Mỹ Dung",
        seal_text="BỆNH VIỆN CHỢ RẪY * BỘ Y TẾ * ",
        refs=[r_luat, r_nd, r_cv, r_qd],
    )


def doc_ho12_cv_cuc_thue_hoa_don() -> Doc:
    r_cv = Ref(
        "Công văn",
        "4915/TCT-CS",
        date(2024, 10, 28),
        "Tổng cục Thuế",
        long_date=False,
    )
    r_ct = Ref(
        "Chỉ thị",
        "07/CT-UBND",
        date(2024, 4, 15),
        "Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng",
    )
    r_luat = Ref(
        "Luật",
        "38/2019/QH14",
        date(2019, 6, 13),
        ten="Luật Quản lý thuế",
        long_date=False,
        pad=False,
    )
    r_nd = Ref("Nghị định", "123/2020/NĐ-CP", date(2020, 10, 19), "Chính phủ")
    r_tt = Ref("Thông tư", "78/2021/TT-BTC", date(2021, 9, 17), "Bộ Tài chính", long_date=False)
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc triển khai hóa đơn điện tử khởi tạo từ máy tính "
            f"tiền và {r_ct.cite()} về tăng cường công tác quản lý thu ngân sách nhà nước năm "
            "2024, Cục Thuế tỉnh Sóc Trăng đề nghị các đơn vị thực hiện một số nội dung sau:"
        ),
        Para(
            "1. Đến ngày 20/11/2024, toàn tỉnh có 1.426 doanh nghiệp, hộ kinh doanh đăng ký sử "
            "dụng hóa đơn điện tử khởi tạo từ máy tính tiền, đạt 68,4% số cơ sở thuộc diện "
            "phải áp dụng; 214/247 cửa hàng bán lẻ xăng dầu đã xuất hóa đơn điện tử theo từng "
            "lần bán hàng. Kết quả còn thấp ở các địa bàn Cù Lao Dung, Trần Đề, Thạnh Trị."
        ),
        Para(
            "2. Chi cục Thuế các huyện, thị xã, thành phố rà soát danh sách hộ, cá nhân kinh "
            "doanh nộp thuế theo phương pháp kê khai, doanh nghiệp kinh doanh ăn uống, nhà "
            "hàng, khách sạn, bán lẻ thuốc tân dược, bán lẻ hàng tiêu dùng trên địa bàn; vận "
            "động, hướng dẫn chuyển đổi sang sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền "
            f"theo quy định tại {r_luat.cite()}, {r_nd.cite()} quy định về hóa đơn, chứng từ và "
            f"{r_tt.cite()} hướng dẫn thực hiện một số điều của Luật Quản lý thuế."
        ),
        Para(
            "3. Đối với các cửa hàng bán lẻ xăng dầu chưa xuất hóa đơn điện tử theo từng lần "
            "bán hàng, Chi cục Thuế phối hợp với Phòng Quản lý thương mại Sở Công Thương, Phòng "
            "Cảnh sát kinh tế Công an tỉnh kiểm tra, xử lý theo quy định; hoàn thành trước ngày "
            "15/12/2024."
        ),
        Para(
            "4. Các Chi cục Thuế báo cáo kết quả hằng tuần (vào thứ Sáu) về Cục Thuế qua Phòng "
            "Kê khai và Kế toán thuế, thư điện tử kkktt.str@gdt.gov.vn; điện thoại liên hệ: "
            "0299.3822.584."
        ),
        Para("Cục Thuế tỉnh Sóc Trăng đề nghị các đơn vị khẩn trương triển khai thực hiện./."),
    ]
    return Doc(
        name="ho12_cv_ct_soctrang_hoa_don",
        description=(
            "Công văn of a provincial tax department under its general department (TỔNG CỤC "
            "THUẾ / CỤC THUẾ TỈNH SÓC TRĂNG, the issuer on one bold line), number CTSTR-KK, "
            "dated 2024 under the old structure; a three-line V/v; Kính gửi with three "
            "addressees; an opening sentence with the general department's Công văn with a "
            "unit code (4915/TCT-CS, ngày 28/10/2024, issuer 'Tổng cục Thuế') and the "
            "provincial chairman's Chỉ thị with a long date (07/CT-UBND); one sentence with "
            "Luật Quản lý thuế (unpadded ngày 13/6/2019), Nghị định 123/2020/NĐ-CP with a long "
            "date and Thông tư 78/2021/TT-BTC with a padded short date (ngày 17/09/2021, issuer "
            "'Bộ Tài chính'); figures and a fraction that is not a number of a document "
            "(214/247 cửa hàng), dates that are not citations (20/11/2024, 15/12/2024), an "
            "e-mail address and a phone number; Nơi nhận and the signer KT. CỤC TRƯỞNG / PHÓ "
            "CỤC TRƯỞNG (a Khmer name) alone on page 2; +1.3° skew, noise σ 7, blur 1.0."
        ),
        tests="CV of a Cục Thuế under Tổng cục Thuế; Chỉ thị and Thông tư cited; KT.",
        origin=TEAM,
        seed=1013,
        scan=Scan(
            rotation_deg=1.3,
            noise_sigma=7,
            blur=1.0,
            jpeg_quality=57,
            paper=(245, 241, 230),
            illumination=0.08,
        ),
        chu_quan=["TỔNG CỤC THUẾ"],
        ban_hanh=["CỤC THUẾ TỈNH SÓC TRĂNG"],
        so="3158",
        ky_hieu="CTSTR-KK",
        vv="triển khai hóa đơn điện tử khởi tạo từ máy tính tiền đối với hộ, cá nhân kinh doanh",
        dia_danh="Sóc Trăng",
        ngay=date(2024, 11, 28),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Chi cục Thuế các huyện, thị xã, thành phố",
            "Các phòng thuộc Cục Thuế",
            "Các doanh nghiệp kinh doanh xăng dầu",
        ],
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Tổng cục Thuế (Vụ CS, Cục CNTT) (b/c)",
                "UBND tỉnh Sóc Trăng (b/c)",
                "Sở Công Thương, Công an tỉnh (p/h)",
                "Lãnh đạo Cục",
                "Website Cục Thuế",
                "Lưu: VT, KK (02b)",
            ]
        ),
        signer=["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"],
        nguoi_ky="Thạch Thị Sô Phia",
        seal_text="CỤC THUẾ TỈNH SÓC TRĂNG * TỔNG CỤC THUẾ * ",
        refs=[r_cv, r_ct, r_luat, r_nd, r_tt],
    )


def doc_ho12_bc_evnspc_kinh_doanh_dien() -> Doc:
    r_qd = Ref(
        "Quyết định",
        "1742/QĐ-EVN",
        date(2023, 12, 27),
        "Tập đoàn Điện lực Việt Nam",
        long_date=False,
    )
    r_cv = Ref("Công văn", "7385/EVN-KD", date(2024, 12, 16), long_date=False)
    r_nd = Ref(
        "Nghị định",
        "135/2024/NĐ-CP",
        date(2024, 10, 22),
        "Chính phủ",
    )
    r_luat = Ref("Luật", "61/2024/QH15", ten="Luật Điện lực")
    table = Table(
        header=[
            "STT",
            "Công ty Điện lực",
            "Điện thương phẩm (triệu kWh)",
            "So với năm 2023 (%)",
            "Tỷ lệ tổn thất điện năng (%)",
            "Số khách hàng",
        ],
        columns=[
            "stt",
            "don_vi",
            "dien_thuong_pham",
            "so_cung_ky",
            "ty_le_ton_that",
            "so_khach_hang",
        ],
        widths=[0.08, 0.27, 0.18, 0.15, 0.16, 0.16],
        align=["c", "l", "c", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Bình Dương", "19.246,8", "110,4", "2,31", "1.082.415"],
            ["2", "Đồng Nai", "17.318,5", "108,6", "2,47", "1.314.872"],
            ["3", "Long An", "7.862,4", "111,8", "2,92", "672.308"],
            ["4", "Bà Rịa - Vũng Tàu", "6.784,1", "106,2", "2,65", "484.691"],
            ["5", "Tây Ninh", "3.951,7", "109,1", "3,18", "421.736"],
            ["6", "Bình Phước", "2.716,9", "112,6", "3,42", "352.804"],
            ["7", "Kiên Giang", "2.874,3", "107,3", "3,86", "523.917"],
            ["8", "Cần Thơ", "2.468,2", "106,8", "2,74", "398.625"],
            ["9", "Bình Thuận", "2.306,5", "105,4", "3,57", "418.073"],
            ["10", "Tiền Giang", "2.412,6", "108,9", "3,21", "584.136"],
            ["11", "An Giang", "2.187,4", "107,5", "3,64", "612.458"],
            ["12", "Đồng Tháp", "1.936,8", "109,7", "3,48", "521.364"],
            ["13", "Lâm Đồng", "1.874,2", "106,1", "4,12", "436.719"],
            ["14", "Cà Mau", "1.652,9", "104,8", "4,36", "367.582"],
            ["15", "Bến Tre", "1.548,3", "110,2", "3,95", "487.246"],
            ["16", "Vĩnh Long", "1.326,7", "107,9", "3,27", "348.915"],
            ["17", "Sóc Trăng", "1.108,4", "105,6", "4,08", "362.871"],
            ["18", "Bạc Liêu", "1.013,5", "106,4", "3,84", "241.638"],
            ["19", "Trà Vinh", "947,6", "108,3", "3,71", "301.452"],
            ["20", "Hậu Giang", "812,3", "109,4", "3,58", "214.327"],
            ["21", "Ninh Thuận", "726,9", "104,2", "4,45", "184.506"],
            ["", "Tổng cộng", "83.077,0", "108,8", "2,91", "10.332.655"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_qd.cite()} về việc giao kế hoạch sản xuất kinh doanh năm 2024 và "
            f"{r_cv.cite()} về việc báo cáo tổng kết công tác kinh doanh năm 2024, Tổng công ty "
            "Điện lực miền Nam báo cáo như sau:"
        ),
        H("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024"),
        Para(
            "1. Điện thương phẩm toàn Tổng công ty đạt 83.077,0 triệu kWh, tăng 8,8% so với năm "
            "2023 (76.325,6 triệu kWh) và đạt 101,3% kế hoạch Tập đoàn giao; tỷ lệ tổn thất "
            "điện năng 2,91%, giảm 0,17 điểm phần trăm; giá bán điện bình quân đạt 2.108,45 "
            "đồng/kWh."
        ),
        Para("2. Kết quả của các công ty điện lực trực thuộc như sau:", keep=3),
        table,
        Para(
            "3. Thực hiện cơ chế theo "
            f"{r_nd.cite()} quy định cơ chế, chính sách khuyến khích phát triển điện mặt trời "
            "mái nhà tự sản xuất, tự tiêu thụ, đến ngày 31/12/2024 các công ty điện lực đã "
            "tiếp nhận 1.846 hồ sơ thông báo, tổng công suất 186,4 MWp."
        ),
        H("II. NHIỆM VỤ TRỌNG TÂM NĂM 2025"),
        Para(
            f"1. Triển khai thi hành {r_luat.cite()} (có hiệu lực từ ngày 01/02/2025); rà soát, "
            "sửa đổi quy trình kinh doanh, hợp đồng mua bán điện cho phù hợp."
        ),
        Para(
            "2. Phấn đấu điện thương phẩm đạt 89.640 triệu kWh (tăng 7,9%); tỷ lệ tổn thất "
            "điện năng dưới 2,85%."
        ),
        H("III. KIẾN NGHỊ"),
        Para(
            "Tỷ lệ tổn thất điện năng tại Ninh Thuận, Cà Mau, Lâm Đồng, Sóc Trăng còn trên 4%. "
            "Đề nghị Tập đoàn bổ sung vốn đầu tư lưới điện 110 kV năm 2025 cho các dự án cấp "
            "bách tại Bình Dương, Đồng Nai, Long An với tổng mức 1.264,8 tỷ đồng."
        ),
        Para("Tổng công ty Điện lực miền Nam kính báo cáo Tập đoàn./."),
    ]
    return Doc(
        name="ho12_bc_evnspc_kinh_doanh_dien",
        description=(
            "Báo cáo of a state-owned corporation under its group (TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM / "
            "TỔNG CÔNG TY / ĐIỆN LỰC MIỀN NAM, the issuer over two bold lines), number "
            "BC-EVNSPC, place 'TP. Hồ Chí Minh'; a centred one-line Kính gửi; an opening "
            "sentence with the group's Quyết định (1742/QĐ-EVN, ngày 27/12/2023) and a Công "
            "văn with a unit code and no issuer (7385/EVN-KD, ngày 16/12/2024, truth co_quan "
            "null); Nghị định 135/2024/NĐ-CP with a long date; Luật Điện lực cited by number "
            "without a date (61/2024/QH15, truth ngay null); figures with thousands points and "
            "decimal commas in the text (83.077,0 triệu kWh, 2.108,45 đồng/kWh); a ruled "
            "6-column statistics table STT / Công ty Điện lực / Điện thương phẩm (triệu kWh) / "
            "So với năm 2023 (%) / Tỷ lệ tổn thất điện năng (%) / Số khách hàng (keys stt, "
            "don_vi, dien_thuong_pham, so_cung_ky, ty_le_ton_that, so_khach_hang) of 21 power "
            "companies and a Tổng cộng row with an empty STT, 13 rows on page 1 and 9 on page "
            "2 under the repeated header row; signer TỔNG GIÁM ĐỐC without a prefix, a Hoa surname."
        ),
        tests="BC of EVN's southern corporation; 22-row numeric table over two pages; no prefix",
        origin=TEAM,
        seed=1014,
        scan=Scan(
            rotation_deg=-0.5,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=68,
            paper=(247, 244, 234),
            illumination=0.05,
        ),
        chu_quan=["TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM"],
        ban_hanh=["TỔNG CÔNG TY", "ĐIỆN LỰC MIỀN NAM"],
        so="246",
        ky_hieu="BC-EVNSPC",
        dia_danh="TP. Hồ Chí Minh",
        ngay=date(2025, 1, 14),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject="Kết quả kinh doanh điện năng năm 2024 và nhiệm vụ trọng tâm năm 2025",
        kinh_gui=["Tập đoàn Điện lực Việt Nam"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "HĐTV Tổng công ty (để b/c)",
                "Ban KD, Ban KH - EVN",
                "Các Phó Tổng giám đốc",
                "Các công ty điện lực trực thuộc",
                "Lưu: VT, KD",
            ]
        ),
        signer=["TỔNG GIÁM ĐỐC"],
        nguoi_ky="Quách Minh Đức",
        seal_text="TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM * EVNSPC * ",
        refs=[r_qd, r_cv, r_nd, r_luat],
    )


def doc_ho12_hd_mttq_dai_doan_ket() -> Doc:
    r_hd = Ref(
        "Hướng dẫn",
        "64/HD-MTTW-BTT",
        date(2025, 8, 15),
        "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        long_date=False,
        pad=False,
    )
    r_kh = Ref("Kế hoạch", "36-KH/TU", date(2025, 9, 12), "Ban Thường vụ Tỉnh ủy")
    r_luat = Ref(
        "Luật",
        "75/2015/QH13",
        date(2015, 6, 9),
        ten="Luật Mặt trận Tổ quốc Việt Nam",
        long_date=False,
    )
    r_luat_dc = Ref(
        "Luật", "10/2022/QH15", date(2022, 11, 10), ten="Luật Thực hiện dân chủ ở cơ sở"
    )
    table = Table(
        header=[
            "STT",
            "Khu dân cư",
            "Mức hỗ trợ (đồng/khu dân cư)",
            "Nguồn kinh phí",
        ],
        columns=["stt", "khu_dan_cu", "muc_ho_tro", "nguon_kinh_phi"],
        widths=[0.08, 0.40, 0.22, 0.30],
        align=["c", "l", "c", "l"],
        size=12.0,
        rows=[
            [
                "1",
                "Khu dân cư tổ chức Ngày hội điểm cấp tỉnh (03 khu dân cư)",
                "15.000.000",
                "Ngân sách tỉnh",
            ],
            [
                "2",
                "Khu dân cư tổ chức Ngày hội điểm cấp xã",
                "8.000.000",
                "Ngân sách xã, phường",
            ],
            [
                "3",
                "Khu dân cư có trên 50% số hộ là đồng bào Khmer, Hoa",
                "7.000.000",
                "Ngân sách tỉnh 2.000.000; ngân sách xã 5.000.000",
            ],
            [
                "4",
                "Các khu dân cư còn lại",
                "5.000.000",
                "Ngân sách xã, phường và nguồn vận động",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()} và {r_luat_dc.cite()};",
        ),
        Para(
            f"Thực hiện {r_hd.cite()} về tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân "
            "cư năm 2025 và "
            f"{r_kh.cite()} về kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam "
            "(18/11/1930 - 18/11/2025), Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh "
            "hướng dẫn tổ chức Ngày hội như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Tăng cường khối đại đoàn kết toàn dân tộc ở khu dân cư sau khi sắp xếp đơn vị "
            'hành chính; tôn vinh những tấm gương tiêu biểu trong phong trào "Toàn dân đoàn '
            'kết xây dựng nông thôn mới, đô thị văn minh".'
        ),
        Para(
            "2. Ngày hội được tổ chức thiết thực, tiết kiệm, phù hợp với phong tục, tập quán "
            "của đồng bào Kinh, Khmer, Hoa trên địa bàn; không phô trương, hình thức."
        ),
        H("II. THỜI GIAN, NỘI DUNG"),
        Para(
            "1. Thời gian: từ ngày 01/11 đến ngày 17/11/2025; mỗi khu dân cư (ấp, khóm) tổ "
            "chức trong một buổi hoặc một ngày. Ngày hội điểm cấp tỉnh tổ chức tại 03 khu dân "
            "cư do Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh lựa chọn, trong đó có "
            "01 khu dân cư có đông đồng bào Khmer."
        ),
        Para(
            "2. Phần lễ: ôn lại truyền thống 95 năm Mặt trận Tổ quốc Việt Nam; báo cáo kết quả "
            "thực hiện các phong trào, cuộc vận động năm 2025; biểu dương, khen thưởng hộ gia "
            "đình, cá nhân tiêu biểu; trao nhà Đại đoàn kết, học bổng cho học sinh nghèo."
        ),
        Para(
            "3. Phần hội: tổ chức các hoạt động văn hóa, văn nghệ, thể thao dân gian, bữa cơm "
            "đoàn kết; nơi có điều kiện tổ chức biểu diễn Dù kê, múa Rô băm, hát Sân khấu Cải "
            "lương."
        ),
        H("III. KINH PHÍ", keep=6),
        Para("Mức hỗ trợ kinh phí tổ chức Ngày hội ở mỗi khu dân cư như sau:", keep=3),
        table,
        H("IV. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường xây dựng kế "
            "hoạch, phân công thành viên dự Ngày hội ở từng khu dân cư; báo cáo kết quả về Ban "
            "Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (qua Ban Phong trào) trước ngày "
            "25/11/2025."
        ),
        Para(
            "2. Các tổ chức chính trị - xã hội tỉnh chỉ đạo hệ thống mình tham gia tổ chức Ngày "
            "hội; Báo và Phát thanh, Truyền hình Vĩnh Long tuyên truyền trước, trong và sau "
            "Ngày hội."
        ),
        Para(
            "Quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Ban Phong trào (đồng chí "
            "Lâm Huệ Phương, điện thoại: 0918.246.735) để được hướng dẫn./."
        ),
    ]
    return Doc(
        name="ho12_hd_mttq_vinhlong_dai_doan_ket",
        description=(
            "Hướng dẫn of the standing board of a provincial Fatherland Front committee (ỦY "
            "BAN MTTQ VIỆT NAM / TỈNH VĨNH LONG on two regular lines, BAN THƯỜNG TRỰC bold), "
            "number HD-MTTQ-BTT (two hyphens in the code), dated after the July 2025 merger of "
            "the provinces (place Vĩnh Long); no Kính gửi; a Căn cứ line with Luật Mặt trận Tổ "
            "quốc Việt Nam (padded short date, ngày 09/06/2015) and Luật Thực hiện dân chủ ở cơ "
            "sở (long date); the central committee's Hướng dẫn with a code of two hyphens and "
            "an unpadded date (64/HD-MTTW-BTT, ngày 15/8/2025, issuer 'Ban Thường trực Ủy ban "
            "Trung ương Mặt trận Tổ quốc Việt Nam') and the provincial Party committee's Kế "
            "hoạch with a long date (36-KH/TU, issuer 'Ban Thường vụ Tỉnh ủy'); date ranges "
            "that are not citations (18/11/1930 - 18/11/2025; từ ngày 01/11 đến ngày "
            "17/11/2025); a ruled 4-column table STT / Khu dân cư / Mức hỗ trợ (đồng/khu dân "
            "cư) / Nguồn kinh phí (keys stt, khu_dan_cu, muc_ho_tro, nguon_kinh_phi) of four "
            "rows with amounts (15.000.000); a phone number; signer TM. BAN THƯỜNG TRỰC / PHÓ "
            "CHỦ TỊCH with a Khmer name."
        ),
        tests="HD of a provincial MTTQ standing board; parent on two lines; TM. BAN THƯỜNG TRỰC",
        origin=TEAM,
        seed=1015,
        scan=Scan(
            rotation_deg=0.4,
            noise_sigma=6,
            blur=0.8,
            jpeg_quality=65,
            paper=(246, 243, 232),
            illumination=0.06,
        ),
        chu_quan=["ỦY BAN MTTQ VIỆT NAM", "TỈNH VĨNH LONG"],
        ban_hanh=["BAN THƯỜNG TRỰC"],
        so="27",
        ky_hieu="HD-MTTQ-BTT",
        dia_danh="Vĩnh Long",
        ngay=date(2025, 10, 6),
        title="HƯỚNG DẪN",
        loai_van_ban="Hướng dẫn",
        subject="Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2025",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Ban Thường trực UBTW MTTQ Việt Nam (b/c)",
                "Thường trực Tỉnh ủy (b/c)",
                "UBND tỉnh (p/h)",
                "Các tổ chức chính trị - xã hội tỉnh",
                "Ủy ban MTTQ Việt Nam các xã, phường",
                "Lưu: VT, BPT",
            ]
        ),
        signer=["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Thạch Thị Sa Vone",
        seal_text="ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM * TỈNH VĨNH LONG * ",
        refs=[r_luat, r_luat_dc, r_hd, r_kh],
    )


def doc_ho12_tb_vks_ket_luan() -> Doc:
    r_luat_vks = Ref(
        "Luật",
        "63/2014/QH13",
        date(2014, 11, 24),
        ten="Luật Tổ chức Viện kiểm sát nhân dân",
    )
    r_kh = Ref(
        "Kế hoạch",
        "86/KH-VKSTC",
        date(2024, 1, 18),
        "Viện kiểm sát nhân dân tối cao",
        long_date=False,
    )
    r_ct = Ref(
        "Chỉ thị",
        "21-CT/TU",
        date(2024, 3, 5),
        "Ban Thường vụ Tỉnh ủy Kiên Giang",
    )
    r_luat_mt = Ref(
        "Luật",
        "73/2021/QH14",
        date(2021, 3, 30),
        ten="Luật Phòng, chống ma túy",
        long_date=False,
        pad=False,
    )
    r_blts = Ref(
        "Bộ luật",
        "101/2015/QH13",
        date(2015, 11, 27),
        ten="Bộ luật Tố tụng hình sự",
        long_date=False,
    )
    r_tb = Ref("Thông báo", "12/TB-VKSKG", date(2024, 1, 25), long_date=False)
    body: list[Block] = [
        Para(
            "Ngày 18/7/2024, đồng chí Viện trưởng Viện kiểm sát nhân dân tỉnh chủ trì cuộc "
            "họp giao ban công tác thực hành quyền công tố, kiểm sát điều tra, truy tố, xét xử "
            "các vụ án về ma túy 6 tháng đầu năm 2024. Dự họp có các đồng chí Phó Viện trưởng, "
            "lãnh đạo các phòng nghiệp vụ, Viện trưởng Viện kiểm sát nhân dân thành phố Rạch "
            "Giá, Hà Tiên, Phú Quốc và các huyện Kiên Lương, Giang Thành, Châu Thành."
        ),
        Para(
            "Sau khi nghe Phòng 1 báo cáo, ý kiến của các đại biểu, đồng chí Viện trưởng kết "
            "luận như sau:"
        ),
        H("1. Đánh giá chung"),
        Para(
            "Thực hiện chức năng, nhiệm vụ theo "
            f"{r_luat_vks.cite()} và {r_kh.cite()} về thực hiện công tác kiểm sát năm 2024, 6 "
            "tháng đầu năm 2024 toàn ngành đã thụ lý kiểm sát điều tra 186 vụ/264 bị can về "
            "các tội phạm ma túy, tăng 12,7% so với cùng kỳ; đã truy tố 142 vụ/201 bị can, tỷ "
            "lệ giải quyết đạt 93,5%; không có trường hợp Tòa án tuyên bị cáo không phạm tội. "
            "Lực lượng chức năng thu giữ 4,86 kg heroin và 12,37 kg ma túy tổng hợp, chủ yếu "
            "trên tuyến biên giới Hà Tiên, Giang Thành và tuyến biển Phú Quốc."
        ),
        Para(
            "Tuy nhiên, còn 07 vụ phải trả hồ sơ để điều tra bổ sung; việc phối hợp với Cơ quan "
            "điều tra trong giám định chất ma túy ở một số đơn vị chưa kịp thời; việc thực hiện "
            f"các kiến nghị tại {r_tb.cite()} chưa đầy đủ."
        ),
        H("2. Nhiệm vụ trọng tâm 6 tháng cuối năm 2024"),
        Para(
            f"a) Quán triệt, thực hiện nghiêm {r_ct.cite()} về tăng cường lãnh đạo công tác "
            "phòng, chống và kiểm soát ma túy trên địa bàn tỉnh; chủ động phối hợp với Cơ quan "
            "điều tra ngay từ khi tiếp nhận nguồn tin về tội phạm."
        ),
        Para(
            "b) Áp dụng đúng các quy định của "
            f"{r_luat_mt.cite()} và {r_blts.cite()} trong việc phê chuẩn, không phê chuẩn các "
            "quyết định tố tụng; 100% vụ án ma túy được kiểm sát chặt chẽ việc thu giữ, niêm "
            "phong, giám định vật chứng."
        ),
        Para(
            "c) Lựa chọn ít nhất 04 vụ án ma túy để phối hợp với Tòa án tổ chức phiên tòa rút "
            "kinh nghiệm; hoàn thành trước ngày 30/9/2024."
        ),
        H("3. Tổ chức thực hiện"),
        Para(
            "Giao Phòng 1 chủ trì, phối hợp với Văn phòng theo dõi, đôn đốc việc thực hiện Thông "
            "báo này; Viện kiểm sát nhân dân cấp huyện báo cáo kết quả về Viện kiểm sát nhân dân "
            "tỉnh trước ngày 05/8/2024 và lồng ghép trong báo cáo định kỳ hằng tháng."
        ),
        Para("Văn phòng Viện kiểm sát nhân dân tỉnh thông báo để các đơn vị biết, thực hiện./."),
    ]
    return Doc(
        name="ho12_tb_vks_kiengiang_ket_luan",
        description=(
            "Thông báo kết luận of a provincial people's procuracy (VIỆN KIỂM SÁT NHÂN DÂN / "
            "TỈNH KIÊN GIANG on two bold lines, no parent body), number TB-VKSKG, dated 2024 "
            "under the old structure, the MẬT box under the number (truth do_mat 'MẬT', "
            "do_khan null); no Kính gửi; a meeting date and fractions that are not citations "
            "(ngày 18/7/2024; 186 vụ/264 bị can); Luật Tổ chức Viện kiểm sát nhân dân with a "
            "long date and the supreme procuracy's Kế hoạch (86/KH-VKSTC, padded ngày "
            "18/01/2024) in one sentence; the procuracy's own earlier Thông báo without an "
            "issuer (12/TB-VKSKG, truth co_quan null); the provincial Party committee's Chỉ thị "
            "with a long date (21-CT/TU, issuer 'Ban Thường vụ Tỉnh ủy Kiên Giang'); Luật "
            "Phòng, chống ma túy (a comma in the name, unpadded ngày 30/3/2021) and Bộ luật Tố "
            "tụng hình sự with a short date (ngày 27/11/2015, truth loai 'Bộ luật'); headings "
            "numbered 1-3 and points a)-c); signer TL. VIỆN TRƯỞNG / CHÁNH VĂN PHÒNG with a "
            "Khmer name; +1.0° skew."
        ),
        tests="TB kết luận of a provincial procuracy; MẬT; fractions in the text; TL.",
        origin=TEAM,
        seed=1016,
        scan=Scan(
            rotation_deg=1.0,
            noise_sigma=5,
            blur=0.9,
            jpeg_quality=62,
            paper=(246, 242, 232),
            illumination=0.07,
        ),
        ban_hanh=["VIỆN KIỂM SÁT NHÂN DÂN", "TỈNH KIÊN GIANG"],
        so="58",
        ky_hieu="TB-VKSKG",
        do_mat="MẬT",
        dia_danh="Kiên Giang",
        ngay=date(2024, 7, 22),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject=(
            "Kết luận của đồng chí Viện trưởng tại cuộc họp giao ban công tác kiểm sát các vụ "
            "án về ma túy 6 tháng đầu năm 2024"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "VKSND tối cao (b/c)",
                "Thường trực Tỉnh ủy (b/c)",
                "Lãnh đạo Viện",
                "Các phòng nghiệp vụ",
                "VKSND các huyện, thành phố",
                "Lưu: VT, VP (01b)",
            ]
        ),
        signer=["TL. VIỆN TRƯỞNG", "CHÁNH VĂN PHÒNG"],
        nguoi_ky="Danh Thị Kim Ngân",
        seal_text="VIỆN KIỂM SÁT NHÂN DÂN TỈNH KIÊN GIANG * ",
        refs=[r_luat_vks, r_kh, r_tb, r_ct, r_luat_mt, r_blts],
    )


HELDOUT12_DOCS = [
    doc_ho12_qd_dhag_chuyen_doi_so,
    doc_ho12_kh_bvcr_ho_tro_chuyen_mon,
    doc_ho12_cv_cuc_thue_hoa_don,
    doc_ho12_bc_evnspc_kinh_doanh_dien,
    doc_ho12_hd_mttq_dai_doan_ket,
    doc_ho12_tb_vks_ket_luan,
]


# --------------------------------------------------------------------------------------
# Thirteenth held-out set (benchmarks/heldout13/): written blind (without running the
# pipeline or reading its code) and never used to tune it; the Central Highlands and the
# South-Central coast
# --------------------------------------------------------------------------------------

HELDOUT13_DIR = REPO_ROOT / "benchmarks" / "heldout13"


def doc_ho13_qd_vqg_chuyangsin_bao_ve_rung() -> Doc:
    r_luat = Ref(
        "Luật",
        "16/2017/QH14",
        date(2017, 11, 15),
        ten="Luật Lâm nghiệp",
        long_date=False,
    )
    r_nd = Ref("Nghị định", "156/2018/NĐ-CP", date(2018, 11, 16), "Chính phủ")
    r_qd = Ref(
        "Quyết định",
        "2845/QĐ-UBND",
        date(2021, 12, 9),
        "Ủy ban nhân dân tỉnh Đắk Lắk",
        long_date=False,
        pad=False,
    )
    r_kh = Ref(
        "Kế hoạch",
        "412/KH-SNNMT",
        date(2025, 10, 17),
        "Sở Nông nghiệp và Môi trường",
    )
    r_ttr = Ref("Tờ trình", "58/TTr-HKL", date(2025, 11, 5), long_date=False)
    hkl = "Hạt Kiểm lâm Vườn"
    table = Table(
        header=[
            "STT",
            "Nội dung nhiệm vụ",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian thực hiện",
            "Sản phẩm",
        ],
        columns=[
            "stt",
            "nhiem_vu",
            "don_vi_chu_tri",
            "don_vi_phoi_hop",
            "thoi_gian",
            "san_pham",
        ],
        widths=[0.07, 0.31, 0.16, 0.18, 0.13, 0.15],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Rà soát, cập nhật bản đồ phân vùng trọng điểm cháy rừng; xác định 14 điểm "
                "chốt chặn cửa rừng",
                hkl,
                "Phòng Khoa học và Hợp tác quốc tế",
                "Trước ngày 30/11/2025",
                "Bản đồ tỷ lệ 1/25.000",
            ],
            [
                "2",
                "Tuần tra, truy quét chung tại các tiểu khu giáp ranh, khu vực đỉnh Chư Yang "
                "Sin và thác Bìm Bịp",
                hkl,
                "Công an, Ban Chỉ huy quân sự các xã giáp ranh",
                "Quý IV/2025 - Quý II/2026",
                "Biên bản tuần tra, 06 đợt",
            ],
            [
                "3",
                "Ký kết, nghiệm thu hợp đồng khoán bảo vệ rừng với cộng đồng thôn, buôn người "
                "Ê Đê, M'nông",
                "Phòng Kế hoạch - Tài chính",
                hkl,
                "Tháng 12/2025",
                "86 hợp đồng, 24.310,6 ha",
            ],
            [
                "4",
                "Tuyên truyền phòng cháy, chữa cháy rừng bằng tiếng Ê Đê, M'nông tại các buôn "
                "vùng đệm",
                "Trung tâm Giáo dục môi trường và Dịch vụ",
                "Ủy ban nhân dân các xã vùng đệm",
                "Thường xuyên",
                "12 buổi, 1.450 lượt người",
            ],
            [
                "5",
                "Diễn tập phương án chữa cháy rừng cấp cơ sở",
                hkl,
                "Chi cục Kiểm lâm tỉnh; Công an tỉnh",
                "Tháng 01/2026",
                "Kịch bản, báo cáo diễn tập",
            ],
            [
                "6",
                "Trực cháy 24/24 giờ tại 05 chòi canh; cập nhật cảnh báo cháy rừng từ ảnh vệ tinh",
                hkl,
                "Trạm Quản lý bảo vệ rừng các khu vực",
                "Từ 01/12/2025 đến 30/4/2026",
                "Sổ trực, báo cáo ngày",
            ],
            [
                "7",
                "Mua sắm, bổ sung dụng cụ chữa cháy, máy thổi gió và bình chữa cháy đeo vai",
                "Phòng Kế hoạch - Tài chính",
                "Phòng Tổ chức - Hành chính",
                "Trước ngày 15/12/2025",
                "Hồ sơ mua sắm theo quy định",
            ],
            [
                "8",
                "Phối hợp xử lý các vụ phá rừng, lấn chiếm đất rừng; lập hồ sơ chuyển cơ quan "
                "có thẩm quyền",
                hkl,
                "Công an tỉnh; Viện kiểm sát nhân dân khu vực",
                "Thường xuyên",
                "Hồ sơ vụ việc",
            ],
            [
                "9",
                "Theo dõi sinh cảnh, đặt bẫy ảnh giám sát động vật hoang dã tại phân khu bảo "
                "vệ nghiêm ngặt",
                "Phòng Khoa học và Hợp tác quốc tế",
                hkl,
                "Quý I - II/2026",
                "40 bẫy ảnh, báo cáo chuyên đề",
            ],
            [
                "10",
                "Chi trả tiền dịch vụ môi trường rừng năm 2025 cho các hộ nhận khoán",
                "Phòng Kế hoạch - Tài chính",
                "Ủy ban nhân dân các xã vùng đệm",
                "Tháng 02/2026",
                "3.418,2 triệu đồng",
            ],
            [
                "11",
                "Sơ kết mùa khô, đề xuất khen thưởng tập thể, cá nhân có thành tích",
                "Phòng Tổ chức - Hành chính",
                "Các phòng, đơn vị trực thuộc",
                "Tháng 5/2026",
                "Báo cáo sơ kết",
            ],
        ],
    )
    body: list[Block] = [
        Para("GIÁM ĐỐC VƯỜN QUỐC GIA CHƯ YANG SIN", style=BOLD, align="center", indent=0, gap=2),
        Para(f"Căn cứ {r_luat.cite()};", style=ITALIC, gap=6),
        Para(
            f"Căn cứ {r_nd.cite()} quy định chi tiết thi hành một số điều của Luật Lâm nghiệp;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_qd.cite()} về chức năng, nhiệm vụ của Vườn quốc gia Chư Yang Sin;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_kh.cite()} về phòng cháy, chữa cháy rừng mùa khô năm 2025 - 2026 trên "
            "địa bàn tỉnh;",
            style=ITALIC,
        ),
        Para(
            f"Xét {r_ttr.cite()} của Hạt Kiểm lâm.",
            style=ITALIC,
        ),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Ban hành kèm theo Quyết định này Phương án quản lý, bảo vệ rừng và "
            "phòng cháy, chữa cháy rừng mùa khô năm 2025 - 2026 của Vườn quốc gia Chư Yang Sin, "
            "trên diện tích 58.947,3 ha (rừng tự nhiên 56.212,8 ha), gồm 11 nhiệm vụ (chi tiết "
            "tại Phụ lục kèm theo).",
            gap=4,
        ),
        Para(
            "**Điều 2.** Kinh phí thực hiện là 1.286,4 triệu đồng, từ nguồn sự nghiệp lâm "
            "nghiệp và nguồn dịch vụ môi trường rừng; khi xảy ra cháy rừng báo cáo ngay qua số "
            "điện thoại trực 0262.3788.145.",
            gap=4,
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Hạt trưởng Hạt Kiểm lâm, "
            "Trưởng các phòng, đơn vị trực thuộc và các cá nhân có liên quan chịu trách nhiệm "
            "thi hành Quyết định này./.",
            gap=4,
        ),
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "NHIỆM VỤ QUẢN LÝ, BẢO VỆ RỪNG VÀ PHÒNG CHÁY, CHỮA CHÁY RỪNG MÙA KHÔ NĂM 2025 - 2026",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Quyết định số 146/QĐ-VQG ngày 10/11/2025 của Giám đốc Vườn quốc gia Chư "
            "Yang Sin)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        table,
    ]
    return Doc(
        name="ho13_qd_vqg_chuyangsin_bao_ve_rung",
        description=(
            "Quyết định of a national park's management under the provincial People's "
            "Committee (UBND TỈNH ĐẮK LẮK / VƯỜN QUỐC GIA / CHƯ YANG SIN, the issuer over two "
            "bold lines), number QĐ-VQG, dated after the July 2025 merger of the provinces "
            "(place Đắk Lắk); authority line GIÁM ĐỐC VƯỜN QUỐC GIA CHƯ YANG SIN; italic Căn "
            "cứ lines: Luật Lâm nghiệp with a padded short date (ngày 15/11/2017), Nghị định "
            "156/2018/NĐ-CP with a long date, the provincial People's Committee's Quyết định "
            "with an unpadded short date (2845/QĐ-UBND, ngày 9/12/2021), the Sở's Kế hoạch with "
            "a long date (412/KH-SNNMT); a 'Xét' line citing a Tờ trình with a unit code and no "
            "issuer (58/TTr-HKL, ngày 05/11/2025, truth co_quan null); Điều 1-3 with figures "
            "(58.947,3 ha, 1.286,4 triệu đồng) and a phone number; signer KT. GIÁM ĐỐC / PHÓ "
            "GIÁM ĐỐC with an Ê Đê name; a Phụ lục after the signature with a ruled 6-column "
            "task table STT / Nội dung nhiệm vụ / Đơn vị chủ trì / Đơn vị phối hợp / Thời gian "
            "thực hiện / Sản phẩm (keys stt, nhiem_vu, don_vi_chu_tri, don_vi_phoi_hop, "
            "thoi_gian, san_pham) of 11 rows over pages 2-3 with the header row repeated; "
            "Nơi nhận and the signer on page 1 under Điều 3. The Phụ lục's 'Kèm theo Quyết định số "
            "146/QĐ-VQG ...' names the document itself and is not a related document."
        ),
        tests="QĐ of a national park (Đắk Lắk); Phụ lục task table; KT. with an Ê Đê name",
        origin=TEAM,
        seed=1021,
        scan=Scan(
            rotation_deg=-0.8,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=64,
            paper=(247, 243, 232),
            illumination=0.06,
        ),
        chu_quan=["UBND TỈNH ĐẮK LẮK"],
        ban_hanh=["VƯỜN QUỐC GIA", "CHƯ YANG SIN"],
        so="146",
        ky_hieu="QĐ-VQG",
        dia_danh="Đắk Lắk",
        ngay=date(2025, 11, 10),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "Về việc ban hành Phương án quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng "
            "mùa khô năm 2025 - 2026"
        ),
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "Sở Nông nghiệp và Môi trường (b/c)",
                "Chi cục Kiểm lâm tỉnh (p/h)",
                "UBND các xã vùng đệm (p/h)",
                "Ban Giám đốc",
                "Lưu: VT, HKL",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Y Thuận Mlô",
        seal_text="VƯỜN QUỐC GIA CHƯ YANG SIN * TỈNH ĐẮK LẮK * ",
        refs=[r_luat, r_nd, r_qd, r_kh, r_ttr],
    )


def doc_ho13_kh_hlhpn_gialai_binh_dang_gioi() -> Doc:
    r_qd = Ref("Quyết định", "1719/QĐ-TTg", date(2021, 10, 14), "Thủ tướng Chính phủ")
    r_luat = Ref(
        "Luật",
        "73/2006/QH11",
        date(2006, 11, 29),
        ten="Luật Bình đẳng giới",
        long_date=False,
    )
    r_hd = Ref(
        "Hướng dẫn",
        "19/HD-ĐCT",
        date(2025, 9, 8),
        "Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
        long_date=False,
        pad=False,
    )
    r_ctr = Ref(
        "Chương trình",
        "07-CTr/TU",
        date(2025, 8, 15),
        "Ban Chấp hành Đảng bộ tỉnh",
    )
    r_kh = Ref("Kế hoạch", "38/KH-HPN", date(2025, 2, 20), long_date=False)
    table = Table(
        header=[
            "STT",
            "Nội dung",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian",
            "Ghi chú",
        ],
        columns=[
            "stt",
            "nhiem_vu",
            "don_vi_chu_tri",
            "don_vi_phoi_hop",
            "thoi_gian",
            "ghi_chu",
        ],
        widths=[0.07, 0.33, 0.16, 0.18, 0.13, 0.13],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Khảo sát thực trạng tảo hôn, hôn nhân cận huyết thống tại các xã vùng đồng "
                "bào Gia Rai, Ba Na, Chăm H'roi",
                "Ban Dân tộc - Tôn giáo",
                "Sở Dân tộc và Tôn giáo",
                "Tháng 11/2025",
                "30 xã",
            ],
            [
                "2",
                "Thành lập, duy trì Địa chỉ tin cậy - Nhà an toàn tại cộng đồng",
                "Ban Gia đình - Xã hội",
                "Công an tỉnh; Hội phụ nữ các xã, phường",
                "Quý IV/2025",
                "",
            ],
            [
                "3",
                "Truyền thông song ngữ Việt - Gia Rai, Việt - Ba Na về bình đẳng giới trên "
                "sóng phát thanh và mạng xã hội",
                "Ban Tuyên giáo - Chính sách luật pháp",
                "Báo và Phát thanh, Truyền hình Gia Lai",
                "Thường xuyên",
                "",
            ],
            [
                "4",
                'Tổ chức Diễn đàn "Tiếng nói trẻ em" và Câu lạc bộ "Thủ lĩnh của sự thay đổi" '
                "tại trường phổ thông dân tộc nội trú",
                "Ban Dân tộc - Tôn giáo",
                "Sở Giáo dục và Đào tạo",
                "Trước ngày 15/12/2025",
                "18 câu lạc bộ",
            ],
            [
                "5",
                "Hỗ trợ phụ nữ dân tộc thiểu số tiếp cận vốn vay, phát triển sinh kế gắn với "
                "chuỗi giá trị cà phê, hồ tiêu, dược liệu",
                "Ban Kinh tế",
                "Ngân hàng Chính sách xã hội tỉnh",
                "Tháng 11/2025 - Tháng 6/2026",
                "1.240 hội viên",
            ],
            [
                "6",
                "Tập huấn kỹ năng lãnh đạo cho nữ cán bộ, nữ người có uy tín trong đồng bào "
                "dân tộc thiểu số",
                "Ban Tổ chức",
                "Trường Chính trị tỉnh",
                "Tháng 01/2026",
                "04 lớp",
            ],
            [
                "7",
                "Kiểm tra, giám sát việc thực hiện Dự án 8 tại các xã khu vực phía Tây (An Lão, "
                "Vĩnh Thạnh, Vân Canh cũ)",
                "Ban Kiểm tra",
                "Văn phòng Hội",
                "Quý I/2026",
                "",
            ],
            [
                "8",
                "Sơ kết, khen thưởng tập thể, cá nhân có thành tích tiêu biểu",
                "Văn phòng Hội",
                "Các ban chuyên môn",
                "Tháng 6/2026",
                "",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()} và {r_qd.cite()} phê duyệt Chương trình mục tiêu quốc "
            "gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai "
            "đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025;"
        ),
        Para(
            f'Thực hiện {r_hd.cite()} về triển khai Dự án 8 "Thực hiện bình đẳng giới và giải '
            f'quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" năm 2025 - 2026 và '
            f"{r_ctr.cite()} thực hiện Nghị quyết Đại hội Đảng bộ tỉnh, Ban Thường vụ Hội Liên "
            "hiệp Phụ nữ tỉnh xây dựng Kế hoạch như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "Góp phần xóa bỏ định kiến giới, giảm tảo hôn và hôn nhân cận huyết thống; "
            "nâng cao vị thế của phụ nữ, trẻ em gái người dân tộc thiểu số trên địa bàn tỉnh "
            "sau khi sắp xếp đơn vị hành chính."
        ),
        H("II. KẾT QUẢ VÀ CHỈ TIÊU"),
        Para(
            f"Sau 9 tháng thực hiện {r_kh.cite()}, toàn tỉnh đã duy trì 186 Tổ truyền thông "
            "cộng đồng, 142 Địa chỉ tin cậy; tỷ lệ tảo hôn trong vùng dự án còn 11,4%, giảm "
            "2,3 điểm phần trăm so với năm 2024."
        ),
        H("III. NHIỆM VỤ CỤ THỂ"),
        Para("Các nhiệm vụ, đơn vị chủ trì, phối hợp và thời gian thực hiện như sau:", keep=3),
        table,
        H("IV. KINH PHÍ"),
        Para(
            "Kinh phí thực hiện 2.156,8 triệu đồng từ nguồn vốn sự nghiệp Chương trình mục "
            "tiêu quốc gia năm 2025 chuyển sang năm 2026 và các nguồn huy động hợp pháp khác."
        ),
        H("V. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Văn phòng Hội là đầu mối theo dõi, đôn đốc; Hội Liên hiệp Phụ nữ các xã, phường "
            "báo cáo kết quả về Ban Thường vụ (qua Ban Dân tộc - Tôn giáo, đồng chí Rơ Mah "
            "H'Nhiên, điện thoại: 0905.318.462) trước ngày 20 của tháng cuối quý."
        ),
        Para(
            "2. Hội Liên hiệp Phụ nữ các xã, phường chủ động lồng ghép nội dung Kế hoạch với "
            "sinh hoạt chi hội, tổ phụ nữ; phát huy vai trò của người có uy tín, già làng, "
            "nữ trưởng thôn, làng trong vận động xóa bỏ tảo hôn./."
        ),
    ]
    return Doc(
        name="ho13_kh_hlhpn_gialai_binh_dang_gioi",
        description=(
            "Kế hoạch of the standing board of a provincial Women's Union (HỘI LHPN VIỆT NAM / "
            "BAN CHẤP HÀNH / HỘI LHPN TỈNH GIA LAI, the issuer over two bold lines), number "
            "KH-HPN, dated after the July 2025 merger of Gia Lai and Bình Định (place Gia Lai, "
            "former districts named as 'cũ'); no Kính gửi; an opening line with Luật Bình đẳng "
            "giới (short date, ngày 29/11/2006) and the Prime Minister's Quyết định 1719/QĐ-TTg "
            "with a long date; the central union's Hướng dẫn with an unpadded date "
            "(19/HD-ĐCT, ngày 8/9/2025) and the provincial Party committee's Chương trình "
            "(07-CTr/TU, long date, truth loai 'Chương trình'); the union's own earlier Kế "
            "hoạch without an issuer (38/KH-HPN, ngày 20/02/2025, truth co_quan null); "
            "figures (11,4%, 2.156,8 triệu đồng), a phone number and a Gia Rai name; a ruled "
            "6-column task table STT / Nội dung / Đơn vị chủ trì / Đơn vị phối hợp / Thời "
            "gian / Ghi chú (keys stt, nhiem_vu, don_vi_chu_tri, don_vi_phoi_hop, thoi_gian, "
            "ghi_chu) of 8 rows with four empty Ghi chú cells, one row at the foot of page 1 "
            "and seven on page 2 under the repeated header row; signer TM. BAN THƯỜNG VỤ / "
            "CHỦ TỊCH on page 3 under the last paragraph, with a Gia "
            "Rai name."
        ),
        tests="KH of a provincial Hội LHPN (Gia Lai); task table over two pages; TM.",
        origin=TEAM,
        seed=1022,
        scan=Scan(
            rotation_deg=1.2,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=60,
            paper=(246, 242, 231),
            illumination=0.07,
        ),
        chu_quan=["HỘI LHPN VIỆT NAM"],
        ban_hanh=["BAN CHẤP HÀNH", "HỘI LHPN TỈNH GIA LAI"],
        so="52",
        ky_hieu="KH-HPN",
        dia_danh="Gia Lai",
        ngay=date(2025, 10, 20),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject=(
            "Thực hiện Dự án 8 về bình đẳng giới và giải quyết những vấn đề cấp thiết đối "
            "với phụ nữ và trẻ em năm 2025 - 2026"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Đoàn Chủ tịch TW Hội LHPN Việt Nam (b/c)",
                "Thường trực Tỉnh ủy (b/c)",
                "Sở Dân tộc và Tôn giáo (p/h)",
                "Các đồng chí Ủy viên Ban Thường vụ",
                "Hội LHPN các xã, phường (để t/h)",
                "Lưu: VT, DTTG",
            ]
        ),
        signer=["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"],
        nguoi_ky="Siu H'Ly",
        seal_text="HỘI LIÊN HIỆP PHỤ NỮ TỈNH GIA LAI * ",
        refs=[r_luat, r_qd, r_hd, r_ctr, r_kh],
    )


def doc_ho13_cv_ubnd_dasar_hoc_sinh() -> Doc:
    r_kh = Ref(
        "Kế hoạch",
        "165/KH-UBND",
        date(2024, 8, 12),
        "Ủy ban nhân dân huyện Lạc Dương",
        long_date=False,
    )
    r_cv = Ref(
        "Công văn",
        "512/PGDĐT-TH",
        date(2024, 9, 3),
        "Phòng Giáo dục và Đào tạo huyện",
        long_date=False,
        pad=False,
    )
    r_luat = Ref("Luật", "43/2019/QH14", date(2019, 6, 14), ten="Luật Giáo dục")
    r_nd = Ref("Nghị định", "81/2021/NĐ-CP", date(2021, 8, 27), "Chính phủ")
    body: list[Block] = [
        Para(
            f"Thực hiện {r_kh.cite()} về triển khai nhiệm vụ năm học 2024 - 2025 và "
            f"{r_cv.cite()} về việc huy động trẻ em, học sinh ra lớp, Ủy ban nhân dân xã Đạ "
            "Sar đề nghị các đơn vị thực hiện tốt một số nội dung sau:"
        ),
        Para(
            "1. Tính đến ngày 15/9/2024, toàn xã có 1.236 trẻ em, học sinh ra lớp, đạt 97,8% "
            "kế hoạch; còn 27 em trong độ tuổi chưa đến trường, trong đó 14 em bỏ học từ năm "
            "học trước, chủ yếu là con em đồng bào K'Ho đi theo gia đình lên rẫy, làm thuê "
            "mùa thu hái cà phê."
        ),
        Para(
            "2. Các trường phối hợp với trưởng thôn, người có uy tín, Chi hội Phụ nữ các thôn "
            "đến từng hộ gia đình vận động 27 em trở lại lớp trước ngày 30/9/2024; tuyên truyền "
            f"để phụ huynh thực hiện trách nhiệm theo {r_luat.cite()}; phổ biến chính sách "
            f"miễn, giảm học phí, hỗ trợ chi phí học tập theo {r_nd.cite()} đối với học sinh "
            "thuộc hộ nghèo, hộ cận nghèo."
        ),
        Para(
            "3. Duy trì sĩ số, bảo đảm tỷ lệ chuyên cần trên 95%; không để học sinh bỏ học "
            "sau dịp Tết Nguyên đán Ất Tỵ năm 2025."
        ),
        Para(
            "4. Trưởng các thôn lập danh sách trẻ em trong độ tuổi đến trường chưa ra lớp, "
            "gửi về Ủy ban nhân dân xã (qua công chức Văn hóa - Xã hội, đồng chí Cil K'Nhung, "
            "điện thoại: 0263.3839.217) trước ngày 25/9/2024."
        ),
        Para("Đề nghị các đơn vị, Trưởng các thôn nghiêm túc triển khai thực hiện./."),
    ]
    return Doc(
        name="ho13_cv_ubnd_dasar_hoc_sinh",
        description=(
            "Công văn of a commune People's Committee under its district (UBND HUYỆN LẠC "
            "DƯƠNG / ỦY BAN NHÂN DÂN / XÃ ĐẠ SAR, the issuer over two bold lines), number "
            "UBND-VX, dated 2024 under the old structure (place Đạ Sar); a two-line V/v; Kính "
            "gửi with four addressees; an opening sentence with the district People's "
            "Committee's Kế hoạch (165/KH-UBND, padded ngày 12/08/2024) and the district "
            "education office's Công văn with a unit code and an unpadded date "
            "(512/PGDĐT-TH, ngày 3/9/2024); Luật Giáo dục and Nghị định 81/2021/NĐ-CP with "
            "long dates in one sentence; figures (1.236 học sinh, 97,8%), dates that are not "
            "citations (15/9/2024, 30/9/2024, 25/9/2024), a phone number and K'Ho names; "
            "signer CHỦ TỊCH without a prefix."
        ),
        tests="CV of a commune in Lâm Đồng (2024); four Kính gửi lines; no prefix; K'Ho names",
        origin=TEAM,
        seed=1023,
        scan=Scan(
            rotation_deg=0.6,
            noise_sigma=7,
            blur=1.0,
            jpeg_quality=56,
            paper=(245, 241, 229),
            illumination=0.08,
        ),
        chu_quan=["UBND HUYỆN LẠC DƯƠNG"],
        ban_hanh=["ỦY BAN NHÂN DÂN", "XÃ ĐẠ SAR"],
        so="187",
        ky_hieu="UBND-VX",
        vv="huy động học sinh ra lớp và duy trì sĩ số năm học 2024 - 2025",
        dia_danh="Đạ Sar",
        ngay=date(2024, 9, 18),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Trường Mầm non Đạ Sar",
            "Trường Tiểu học Đạ Sar",
            "Trường Trung học cơ sở Đạ Sar",
            "Trưởng các thôn trên địa bàn xã",
        ],
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "UBND huyện Lạc Dương (b/c)",
                "Phòng GD&ĐT huyện (b/c)",
                "TT Đảng ủy, TT HĐND xã",
                "UBMTTQ VN xã, Hội LHPN xã (p/h)",
                "Lưu: VT, VHXH",
            ]
        ),
        signer=["CHỦ TỊCH"],
        nguoi_ky="Kơ Să Ha Thuyên",
        seal_text="ỦY BAN NHÂN DÂN XÃ ĐẠ SAR * HUYỆN LẠC DƯƠNG * ",
        refs=[r_kh, r_cv, r_luat, r_nd],
    )


def doc_ho13_bc_bvdk_khanhhoa_dieu_tri_noi_tru() -> Doc:
    r_cv = Ref(
        "Công văn",
        "4215/SYT-NVY",
        date(2024, 12, 16),
        "Sở Y tế",
        long_date=False,
    )
    r_luat = Ref(
        "Luật",
        "15/2023/QH15",
        date(2023, 1, 9),
        ten="Luật Khám bệnh, chữa bệnh",
    )
    r_qd = Ref("Quyết định", "35/QĐ-BVĐK", date(2024, 1, 8), long_date=False, pad=False)
    table = Table(
        header=[
            "STT",
            "Khoa",
            "Giường kế hoạch",
            "Lượt điều trị nội trú",
            "Ngày điều trị trung bình",
            "Công suất sử dụng giường (%)",
        ],
        columns=[
            "stt",
            "khoa",
            "giuong_ke_hoach",
            "luot_noi_tru",
            "ngay_dieu_tri_tb",
            "cong_suat_giuong",
        ],
        widths=[0.08, 0.32, 0.14, 0.15, 0.15, 0.16],
        align=["c", "l", "c", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Nội tổng hợp", "120", "7.846", "7,2", "128,6"],
            ["2", "Nội tim mạch", "80", "5.213", "6,8", "121,1"],
            ["3", "Hồi sức tích cực - Chống độc", "40", "1.687", "9,4", "108,3"],
            ["4", "Ngoại tổng hợp", "90", "5.942", "6,1", "110,0"],
            ["5", "Chấn thương chỉnh hình", "70", "4.318", "7,5", "126,4"],
            ["6", "Phụ sản", "75", "6.125", "4,6", "102,6"],
            ["7", "Nhi", "85", "7.264", "5,2", "121,4"],
            ["8", "Truyền nhiễm", "45", "2.936", "6,4", "114,1"],
            ["9", "Ung bướu", "60", "3.105", "8,9", "125,8"],
            ["10", "Y học cổ truyền - Phục hồi chức năng", "50", "1.428", "14,3", "111,6"],
            ["", "Tổng cộng", "715", "45.864", "6,7", "118,2"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc báo cáo tổng kết công tác khám bệnh, chữa bệnh "
            "năm 2024, Bệnh viện Đa khoa tỉnh Khánh Hòa báo cáo như sau:"
        ),
        H("I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYÊN MÔN"),
        Para(
            "1. Năm 2024 là năm đầu tiên Bệnh viện triển khai "
            f"{r_luat.cite()}; Bệnh viện đã cấp giấy phép hành nghề theo lộ trình cho 1.128 "
            "người hành nghề, cập nhật danh mục 3.416 kỹ thuật được phép thực hiện."
        ),
        Para(
            "2. Tổng số lượt khám bệnh ngoại trú là 486.215 lượt, đạt 108,1% chỉ tiêu được "
            f"giao tại {r_qd.cite()}; số lượt điều trị nội trú 45.864 lượt; phẫu thuật "
            "21.372 ca, trong đó phẫu thuật loại đặc biệt và loại I chiếm 38,6%; tỷ lệ tử "
            "vong và nặng xin về 0,42%."
        ),
        Para(
            "Công tác cận lâm sàng thực hiện 2.846.315 xét nghiệm, 186.402 lượt chẩn đoán "
            "hình ảnh; Bệnh viện triển khai mới 14 kỹ thuật, trong đó có can thiệp mạch "
            "não, thay khớp háng toàn phần và nội soi tiêu hóa can thiệp; tỷ lệ hài lòng của "
            "người bệnh nội trú đạt 96,3%."
        ),
        Para(
            "3. Tình hình điều trị nội trú tại các khoa lâm sàng (giường kế hoạch 715 giường, "
            "công suất sử dụng giường bình quân 118,2%) như sau:",
            keep=3,
        ),
        table,
        Para(
            "Công suất sử dụng giường của các khoa Nội tổng hợp, Chấn thương chỉnh hình, Ung "
            "bướu, Nội tim mạch và Nhi đều trên 120%, có thời điểm 02 người bệnh nằm một "
            "giường, nhất là trong đợt dịch sốt xuất huyết từ tháng 7 đến tháng 10/2024."
        ),
        H("II. TỒN TẠI, HẠN CHẾ"),
        Para(
            "Nhân lực bác sĩ còn thiếu (1,12 bác sĩ/10 giường kế hoạch); một số trang thiết bị "
            "hết khấu hao chưa được thay thế; kinh phí chi thường xuyên giao tự chủ năm 2024 "
            "là 612.480,5 triệu đồng, chưa bù đắp đủ chi phí tăng lương cơ sở."
        ),
        H("III. KIẾN NGHỊ"),
        Para(
            "Đề nghị Sở Y tế trình Ủy ban nhân dân tỉnh bổ sung 120 giường kế hoạch năm 2025 "
            "cho các khoa có công suất trên 120% và hỗ trợ 18.650 triệu đồng mua sắm máy thở, "
            "monitor theo dõi người bệnh cho khoa Hồi sức tích cực - Chống độc."
        ),
        Para("Bệnh viện Đa khoa tỉnh Khánh Hòa kính báo cáo Sở Y tế./."),
    ]
    return Doc(
        name="ho13_bc_bvdk_khanhhoa_dieu_tri_noi_tru",
        description=(
            "Báo cáo of a provincial general hospital under its Sở (SỞ Y TẾ KHÁNH HÒA / BỆNH "
            "VIỆN ĐA KHOA / TỈNH KHÁNH HÒA, the issuer over two bold lines), number BC-BVĐK, "
            "dated January 2025 under the old structure (place Khánh Hòa); no Kính gửi; the "
            "Sở's Công văn with a unit code and a padded short date (4215/SYT-NVY, ngày "
            "16/12/2024, issuer 'Sở Y tế'); Luật Khám bệnh, chữa bệnh with a long date; the "
            "hospital's own Quyết định without an issuer and with an unpadded date "
            "(35/QĐ-BVĐK, ngày 8/1/2024, truth co_quan null); figures with thousands points and "
            "decimal commas (486.215 lượt, 612.480,5 triệu đồng); a ruled 6-column statistics "
            "table STT / Khoa / Giường kế hoạch / Lượt điều trị nội trú / Ngày điều trị trung "
            "bình / Công suất sử dụng giường (%) (keys stt, khoa, giuong_ke_hoach, "
            "luot_noi_tru, ngay_dieu_tri_tb, cong_suat_giuong) of ten wards and a Tổng cộng row "
            "with an empty STT, eight rows on page 1 and three on page 2 under the repeated "
            "header row; "
            "signer TUQ. GIÁM ĐỐC / TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP."
        ),
        tests="BC of a provincial hospital (Khánh Hòa, 2025); numeric table with Tổng cộng; TUQ.",
        origin=TEAM,
        seed=1024,
        scan=Scan(
            rotation_deg=-1.3,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=68,
            paper=(247, 244, 234),
            illumination=0.05,
        ),
        chu_quan=["SỞ Y TẾ KHÁNH HÒA"],
        ban_hanh=["BỆNH VIỆN ĐA KHOA", "TỈNH KHÁNH HÒA"],
        so="27",
        ky_hieu="BC-BVĐK",
        dia_danh="Khánh Hòa",
        ngay=date(2025, 1, 9),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject="Kết quả công tác khám bệnh, chữa bệnh năm 2024",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Sở Y tế (b/c)",
                "Ban Giám đốc",
                "Các khoa, phòng",
                "Lưu: VT, KHTH",
            ]
        ),
        signer=["TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP"],
        nguoi_ky="Nguyễn Thị Hồng Nhung",
        seal_text="BỆNH VIỆN ĐA KHOA TỈNH KHÁNH HÒA * SỞ Y TẾ * ",
        refs=[r_cv, r_luat, r_qd],
    )


def doc_ho13_tb_bdbp_quangngai_tau_ca() -> Doc:
    r_luat_bp = Ref(
        "Luật",
        "66/2020/QH14",
        date(2020, 11, 11),
        ten="Luật Biên phòng Việt Nam",
        long_date=False,
    )
    r_luat_ts = Ref("Luật", "18/2017/QH14", date(2017, 11, 21), ten="Luật Thủy sản")
    r_nd = Ref("Nghị định", "71/2015/NĐ-CP", date(2015, 9, 3), "Chính phủ", long_date=False)
    r_cd = Ref(
        "Công điện",
        "09/CĐ-UBND",
        date(2025, 9, 22),
        "Chủ tịch Ủy ban nhân dân tỉnh",
        long_date=False,
        pad=False,
    )
    r_kh = Ref("Kế hoạch", "2716/KH-BCH", date(2025, 8, 4))
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat_bp.cite()}, {r_luat_ts.cite()} và {r_nd.cite()} về quản lý hoạt "
            "động của người, phương tiện trong khu vực biên giới biển;"
        ),
        Para(
            f"Thực hiện {r_cd.cite()} về việc chủ động ứng phó với mưa bão năm 2025 và "
            f"{r_kh.cite()} về quản lý tàu cá, phòng, chống khai thác hải sản bất hợp pháp, "
            "không báo cáo và không theo quy định (IUU), Bộ Chỉ huy Bộ đội Biên phòng tỉnh thông "
            "báo như sau:"
        ),
        H("1. Thời gian áp dụng"),
        Para(
            "Từ ngày 01/10/2025 đến hết ngày 31/12/2025, tại các cảng cá, bến cá, cửa biển "
            "trên địa bàn tỉnh, gồm: cảng cá Sa Huỳnh, Tịnh Kỳ, Sa Kỳ, Mỹ Á và đặc khu Lý "
            "Sơn."
        ),
        H("2. Quy định đối với tàu cá"),
        Para(
            "a) Tàu cá có chiều dài lớn nhất từ 15 m trở lên chỉ được xuất bến khi thiết bị "
            "giám sát hành trình hoạt động liên tục, có đủ giấy tờ theo quy định và thuyền "
            "viên mang theo căn cước; tàu cá mất kết nối quá 06 giờ phải báo cáo vị trí về Đồn "
            "Biên phòng quản lý địa bàn."
        ),
        Para(
            "b) Khi có tin áp thấp nhiệt đới, bão trên Biển Đông, các Đồn Biên phòng thông báo "
            "cấm biển theo lệnh của Ủy ban nhân dân tỉnh; không giải quyết thủ tục xuất bến "
            "cho tàu cá cho đến khi có thông báo mới."
        ),
        Para(
            "c) Năm 2025, toàn tỉnh có 4.812 tàu cá đăng ký, trong đó 3.276 tàu từ 15 m trở "
            "lên; còn 41 tàu chưa lắp thiết bị giám sát hành trình (0,85%) không được xuất bến."
        ),
        H("3. Tổ chức thực hiện"),
        Para(
            "Các Đồn Biên phòng, Hải đội Biên phòng 2 tổ chức kiểm tra, kiểm soát chặt chẽ tại "
            "cửa biển; phối hợp với Chi cục Thủy sản, Ủy ban nhân dân các xã, phường ven biển "
            "tuyên truyền đến chủ tàu, thuyền trưởng. Kết quả báo cáo về Bộ Chỉ huy (qua Phòng "
            "Tham mưu, điện thoại: 0255.3822.096) trước 16 giờ 00 thứ Sáu hằng tuần."
        ),
        Para(
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh thông báo để các cơ quan, đơn vị, chủ tàu cá "
            "biết, thực hiện./."
        ),
    ]
    return Doc(
        name="ho13_tb_bdbp_quangngai_tau_ca",
        description=(
            "Thông báo of a provincial border-guard command under the Border Guard High "
            "Command (BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG / BỘ CHỈ HUY / BỘ ĐỘI BIÊN PHÒNG / TỈNH "
            "QUẢNG NGÃI, the issuer over three bold lines), number TB-BCH, dated after the July "
            "2025 merger (place Quảng Ngãi, 'đặc khu Lý Sơn'); no Kính gửi; a Căn cứ line with "
            "Luật Biên phòng Việt Nam (short date, ngày 11/11/2020), Luật Thủy sản with a long "
            "date and Nghị định 71/2015/NĐ-CP with a padded short date (ngày 03/09/2015); the "
            "provincial chairman's Công điện with an unpadded date (09/CĐ-UBND, ngày 22/9/2025, "
            "truth loai 'Công điện') and the command's own Kế hoạch without an issuer "
            "(2716/KH-BCH, long date, truth co_quan null); a date range that is not a citation; "
            "figures (4.812 tàu cá, 0,85%), headings 1-3, points a)-c) and a phone number; "
            "signer TL. CHỈ HUY TRƯỞNG / TRƯỞNG PHÒNG THAM MƯU, the name with a rank."
        ),
        tests="TB of a provincial border-guard command; three-line issuer; TL.; rank in the name",
        origin=TEAM,
        seed=1025,
        scan=Scan(
            rotation_deg=1.4,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=58,
            paper=(246, 243, 232),
            illumination=0.07,
        ),
        chu_quan=["BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG"],
        ban_hanh=["BỘ CHỈ HUY", "BỘ ĐỘI BIÊN PHÒNG", "TỈNH QUẢNG NGÃI"],
        so="3148",
        ky_hieu="TB-BCH",
        dia_danh="Quảng Ngãi",
        ngay=date(2025, 9, 26),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject=("Về việc quản lý tàu cá xuất, nhập bến trong mùa mưa bão quý IV năm 2025"),
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "BTL BĐBP (b/c)",
                "UBND tỉnh (b/c)",
                "Sở NN&MT, Chi cục Thủy sản (p/h)",
                "UBND các xã, phường ven biển, đặc khu Lý Sơn (p/h)",
                "Các Đồn, Hải đội Biên phòng 2 (để t/h)",
                "Lưu: VT, TM",
            ]
        ),
        signer=["TL. CHỈ HUY TRƯỞNG", "TRƯỞNG PHÒNG THAM MƯU"],
        nguoi_ky="Thượng tá A Thuấn",
        seal_text="BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG NGÃI * ",
        refs=[r_luat_bp, r_luat_ts, r_nd, r_cd, r_kh],
    )


def doc_ho13_ttr_svhttdl_lamdong_cong_chieng() -> Doc:
    r_luat = Ref(
        "Luật",
        "45/2024/QH15",
        date(2024, 11, 23),
        ten="Luật Di sản văn hóa",
        long_date=False,
    )
    r_kh = Ref(
        "Kế hoạch",
        "286/KH-UBND",
        date(2025, 9, 4),
        "Ủy ban nhân dân tỉnh",
        long_date=False,
        pad=False,
    )
    r_cv = Ref(
        "Công văn",
        "5137/VP-KGVX",
        date(2025, 10, 20),
        "Văn phòng Ủy ban nhân dân tỉnh",
    )
    body: list[Block] = [
        Para(f"Căn cứ {r_luat.cite()};"),
        Para(
            f"Thực hiện {r_kh.cite()} về phát triển văn hóa, du lịch tỉnh Lâm Đồng năm 2026 "
            f"và ý kiến chỉ đạo của Ủy ban nhân dân tỉnh tại {r_cv.cite()}, Sở Văn hóa, Thể "
            "thao và Du lịch kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Kế hoạch bảo "
            "tồn và phát huy giá trị Không gian văn hóa Cồng chiêng Tây Nguyên trên địa bàn "
            "tỉnh giai đoạn 2026 - 2030, như sau:"
        ),
        H("I. SỰ CẦN THIẾT"),
        Para(
            "Sau khi hợp nhất tỉnh Lâm Đồng, tỉnh Đắk Nông và tỉnh Bình Thuận, toàn tỉnh có "
            "1.127 bộ cồng chiêng của đồng bào K'Ho, Mạ, Chu Ru, M'nông, Raglai; 286 nghệ nhân "
            "biết diễn tấu, trong đó 74 nghệ nhân biết chỉnh chiêng. Số nghệ nhân cao tuổi "
            "giảm nhanh, nhiều buôn, bon không còn đội chiêng trẻ; lễ hội truyền thống có nguy "
            "cơ bị sân khấu hóa, thương mại hóa."
        ),
        H("II. NỘI DUNG CHỦ YẾU CỦA KẾ HOẠCH"),
        Para(
            "1. Kiểm kê, số hóa và lập hồ sơ khoa học 100% bộ cồng chiêng, bài chiêng và lễ "
            "hội gắn với cồng chiêng; hoàn thành trong Quý IV/2026."
        ),
        Para(
            "2. Mở lớp truyền dạy diễn tấu và chỉnh chiêng cho thanh thiếu niên tại các xã, "
            "phường vùng đồng bào dân tộc thiểu số; mỗi năm ít nhất 20 lớp, 600 học viên."
        ),
        Para(
            "3. Tổ chức Liên hoan Cồng chiêng tỉnh Lâm Đồng hai năm một lần, lần thứ nhất vào "
            "tháng 3/2027; xây dựng sản phẩm du lịch cộng đồng gắn với cồng chiêng tại Lạc "
            "Dương, Đam Rông, Tuy Đức cũ."
        ),
        H("III. KINH PHÍ"),
        Para(
            "Tổng kinh phí dự kiến 48.675 triệu đồng, trong đó ngân sách tỉnh 31.420 triệu "
            "đồng, vốn Chương trình mục tiêu quốc gia 12.655 triệu đồng, nguồn xã hội hóa "
            "4.600 triệu đồng; phân bổ hằng năm theo dự toán được giao."
        ),
        H("IV. KIẾN NGHỊ"),
        Para(
            "Sở Văn hóa, Thể thao và Du lịch kính trình Ủy ban nhân dân tỉnh xem xét, ban hành "
            "Kế hoạch trước ngày 15/12/2025 để kịp triển khai từ tháng 01/2026./."
        ),
        Para("(Gửi kèm dự thảo Kế hoạch và báo cáo tổng hợp ý kiến góp ý của các sở, ngành)."),
    ]
    return Doc(
        name="ho13_ttr_svhttdl_lamdong_cong_chieng",
        description=(
            "Tờ trình of a Sở of a merged province (UBND TỈNH LÂM ĐỒNG / SỞ VĂN HÓA, THỂ THAO / "
            "VÀ DU LỊCH, the issuer's name with a comma over two bold lines), number "
            "TTr-SVHTTDL, dated after the July 2025 merger of Lâm Đồng, Đắk Nông and Bình "
            "Thuận (place Lâm Đồng); a centred one-line Kính gửi; a Căn cứ line with Luật Di "
            "sản văn hóa with a padded short date (ngày 23/11/2024); the provincial People's "
            "Committee's Kế hoạch with an unpadded date (286/KH-UBND, ngày 4/9/2025) and the "
            "provincial Office's Công văn with a unit code and a long date (5137/VP-KGVX); "
            "figures (1.127 bộ cồng chiêng, 48.675 triệu đồng), names of the peoples (K'Ho, "
            "Mạ, Chu Ru, M'nông, Raglai) and former districts ('cũ'); deadlines that are not "
            "citations (Quý IV/2026, trước ngày 15/12/2025); signer Q. GIÁM ĐỐC on one line "
            "with a K'Ho name."
        ),
        tests="TTr of a Sở VHTTDL (Lâm Đồng, merged); centred Kính gửi; Q. GIÁM ĐỐC",
        origin=TEAM,
        seed=1026,
        scan=Scan(
            rotation_deg=-0.4,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=66,
            paper=(247, 243, 233),
            illumination=0.06,
        ),
        chu_quan=["UBND TỈNH LÂM ĐỒNG"],
        ban_hanh=["SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"],
        so="315",
        ky_hieu="TTr-SVHTTDL",
        dia_danh="Lâm Đồng",
        ngay=date(2025, 11, 24),
        title="TỜ TRÌNH",
        loai_van_ban="Tờ trình",
        subject=(
            "Về việc ban hành Kế hoạch bảo tồn và phát huy giá trị Không gian văn hóa Cồng "
            "chiêng Tây Nguyên trên địa bàn tỉnh giai đoạn 2026 - 2030"
        ),
        kinh_gui=["Ủy ban nhân dân tỉnh Lâm Đồng"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Chủ tịch, các PCT UBND tỉnh (b/c)",
                "Sở Tài chính, Sở Dân tộc và Tôn giáo (p/h)",
                "Ban Giám đốc Sở",
                "Lưu: VT, QLDS",
            ]
        ),
        signer=["Q. GIÁM ĐỐC"],
        nguoi_ky="Liêng Jrang K'Thảo",
        seal_text="SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH * TỈNH LÂM ĐỒNG * ",
        refs=[r_luat, r_kh, r_cv],
    )


HELDOUT13_DOCS = [
    doc_ho13_qd_vqg_chuyangsin_bao_ve_rung,
    doc_ho13_kh_hlhpn_gialai_binh_dang_gioi,
    doc_ho13_cv_ubnd_dasar_hoc_sinh,
    doc_ho13_bc_bvdk_khanhhoa_dieu_tri_noi_tru,
    doc_ho13_tb_bdbp_quangngai_tau_ca,
    doc_ho13_ttr_svhttdl_lamdong_cong_chieng,
]


# --------------------------------------------------------------------------------------
# Held-out set 14 (written blind): Hà Nội and the Red River delta
# --------------------------------------------------------------------------------------

HELDOUT14_DIR = REPO_ROOT / "benchmarks" / "heldout14"


def doc_ho14_qd_cqldd_kiem_tra_de_dieu() -> Doc:
    r_luat_dd = Ref("Luật", "79/2006/QH11", date(2006, 11, 29), ten="Luật Đê điều")
    r_luat_pctt = Ref(
        "Luật",
        "33/2013/QH13",
        date(2013, 6, 19),
        ten="Luật Phòng, chống thiên tai",
        long_date=False,
    )
    r_luat_sd = Ref(
        "Luật",
        "60/2020/QH14",
        date(2020, 6, 17),
        ten="Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều",
        long_date=False,
        pad=False,
    )
    r_qd = Ref("Quyết định", "21/QĐ-QLĐĐ", date(2025, 3, 5), long_date=False, pad=False)
    r_bc = Ref(
        "Báo cáo",
        "527/BC-SNNMT",
        date(2025, 10, 31),
        "Sở Nông nghiệp và Môi trường thành phố Hà Nội",
    )
    p_dd = "Phòng Quản lý đê điều"
    p_pctt = "Phòng Phòng, chống thiên tai"
    table = Table(
        header=[
            "STT",
            "Tuyến đê, địa bàn",
            "Nội dung kiểm tra",
            "Đơn vị chủ trì",
            "Thời gian",
            "Kết quả cần đạt",
        ],
        columns=["stt", "dia_ban", "noi_dung", "don_vi_chu_tri", "thoi_gian", "ket_qua"],
        widths=[0.07, 0.19, 0.29, 0.16, 0.14, 0.15],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Đê hữu Hồng, đê tả Đáy (thành phố Hà Nội)",
                "Mặt đê, mái đê, cống qua đê; 14 vị trí sạt trượt, thẩm lậu, đùn sủi phát sinh "
                "trong mùa lũ năm 2025",
                p_dd,
                "Trước ngày 30/11/2025",
                "Biên bản kiểm tra, ảnh hiện trường",
            ],
            [
                "2",
                "Đê tả Hồng, đê hữu Luộc (tỉnh Hưng Yên)",
                "Vi phạm hành lang bảo vệ đê; bãi sông được cấp phép khai thác cát, bến bãi "
                "tập kết vật liệu",
                p_dd,
                "Tháng 12/2025",
                "Danh mục vi phạm, đề xuất xử lý",
            ],
            [
                "3",
                "Đê hữu Đuống, đê tả Cầu, đê hữu Thương (tỉnh Bắc Ninh)",
                "Kè bảo vệ bờ, cống dưới đê; tiến độ xử lý 06 sự cố đê điều năm 2025",
                "Phòng Kỹ thuật - Hiện trạng công trình",
                "Quý IV/2025",
                "Báo cáo đánh giá hiện trạng",
            ],
            [
                "4",
                "Đê biển Đồ Sơn, đê sông Thái Bình, sông Kinh Thầy (thành phố Hải Phòng)",
                "Đê biển, cống ngăn mặn; hư hỏng do triều cường tháng 10/2025",
                p_pctt,
                "Trước ngày 15/12/2025",
                "Phương án xử lý khẩn cấp",
            ],
            [
                "5",
                "Đê biển Hải Hậu, Giao Thủy cũ; đê hữu Đáy (tỉnh Ninh Bình)",
                "Xói lở bãi trước đê 3,2 km; kè mỏ hàn, kè lát mái",
                p_pctt,
                "Tháng 12/2025 - Tháng 01/2026",
                "Báo cáo, bản vẽ mặt cắt",
            ],
            [
                "6",
                "Đê biển, đê cửa sông Bạch Đằng, Tiên Yên (tỉnh Quảng Ninh)",
                "Đê biển sau bão, rừng ngập mặn phòng hộ trước đê",
                p_pctt,
                "Tháng 01/2026",
                "Biên bản kiểm tra",
            ],
            [
                "7",
                "Các tuyến đê từ cấp III trở lên trong vùng",
                "Cập nhật cơ sở dữ liệu đê điều, bản đồ trọng điểm xung yếu",
                "Trung tâm Chính sách và Kỹ thuật phòng, chống thiên tai",
                "Quý I/2026",
                "Cơ sở dữ liệu, bản đồ tỷ lệ 1/10.000",
            ],
            [
                "8",
                "Sáu tỉnh, thành phố có đê",
                "Tổng hợp danh mục công trình tu bổ, duy tu, bảo dưỡng đê điều năm 2026",
                "Phòng Kế hoạch - Tài chính",
                "Tháng 01/2026",
                "Danh mục, dự toán 186,5 tỷ đồng",
            ],
            [
                "9",
                "Sáu tỉnh, thành phố có đê",
                "Hướng dẫn, đôn đốc lực lượng quản lý đê nhân dân; kiểm tra sổ nhật ký tuần tra",
                p_dd,
                "Thường xuyên",
                "Báo cáo tháng",
            ],
            [
                "10",
                "Toàn vùng",
                "Tổng hợp kết quả kiểm tra, báo cáo Bộ trưởng; đề xuất danh mục trọng điểm năm "
                "2026",
                "Văn phòng Cục",
                "Từ 15/01/2026 đến 31/01/2026",
                "Báo cáo tổng hợp",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            "CỤC TRƯỞNG CỤC QUẢN LÝ ĐÊ ĐIỀU VÀ PHÒNG, CHỐNG THIÊN TAI",
            style=BOLD,
            align="center",
            indent=0,
            gap=2,
        ),
        Para(f"Căn cứ {r_luat_dd.cite()};", style=ITALIC, gap=6),
        Para(f"Căn cứ {r_luat_pctt.cite()};", style=ITALIC),
        Para(f"Căn cứ {r_luat_sd.cite()};", style=ITALIC),
        Para(
            f"Căn cứ Quy chế làm việc của Cục ban hành kèm theo {r_qd.cite()};",
            style=ITALIC,
        ),
        Para(
            f"Xét {r_bc.cite()} về hiện trạng đê điều sau mùa lũ năm 2025 và đề nghị của "
            "Trưởng phòng Quản lý đê điều.",
            style=ITALIC,
        ),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch kiểm tra hiện trạng đê "
            "điều sau mùa lũ năm 2025 trên các tuyến đê sông Hồng, sông Thái Bình và đê biển "
            "thuộc thành phố Hà Nội, thành phố Hải Phòng và các tỉnh Bắc Ninh, Hưng Yên, Ninh "
            "Bình, Quảng Ninh, với tổng chiều dài 2.468,7 km đê (chi tiết tại Phụ lục kèm theo).",
            gap=4,
        ),
        Para(
            "**Điều 2.** Kinh phí thực hiện là 1.245 triệu đồng, từ nguồn chi thường xuyên "
            "năm 2025 của Cục. Sở Nông nghiệp và Môi trường các tỉnh, thành phố cử cán bộ phối "
            "hợp; đầu mối liên hệ: Phòng Quản lý đê điều, điện thoại 024.3733.5695.",
            gap=4,
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Cục, Trưởng "
            "các phòng, đơn vị thuộc Cục và các tổ chức, cá nhân có liên quan chịu trách nhiệm "
            "thi hành Quyết định này./.",
            gap=4,
        ),
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "KẾ HOẠCH KIỂM TRA HIỆN TRẠNG ĐÊ ĐIỀU SAU MÙA LŨ NĂM 2025",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Quyết định số 412/QĐ-QLĐĐ ngày 14/11/2025 của Cục trưởng Cục Quản lý "
            "đê điều và Phòng, chống thiên tai)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        table,
        Para(
            "Ghi chú: Đoàn kiểm tra làm việc trực tiếp với Chi cục Thủy lợi, Hạt Quản lý đê "
            "các tỉnh, thành phố; lịch làm việc cụ thể thông báo trước ít nhất 03 ngày.",
            style=ITALIC,
            size=12.5,
            gap=4,
        ),
    ]
    return Doc(
        name="ho14_qd_cqldd_kiem_tra_de_dieu",
        description=(
            "Quyết định of a Cục of a ministry (BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG / CỤC QUẢN LÝ ĐÊ "
            "ĐIỀU / VÀ PHÒNG, CHỐNG THIÊN TAI, the issuer with a comma over two bold lines), "
            "number QĐ-QLĐĐ, dated after the July 2025 mergers (place Hà Nội; the six provinces "
            "of the delta by their new names, 'Hải Hậu, Giao Thủy cũ'); authority line CỤC "
            "TRƯỞNG CỤC QUẢN LÝ ĐÊ ĐIỀU VÀ PHÒNG, CHỐNG THIÊN TAI; italic Căn cứ lines: Luật Đê "
            "điều with a long date, Luật Phòng, chống thiên tai with a padded short date (ngày "
            "19/06/2013), the amending law 60/2020/QH14 with a long printed name and an "
            "unpadded date (ngày 17/6/2020), the Cục's own Quyết định without an issuer "
            "(21/QĐ-QLĐĐ, ngày 5/3/2025, truth co_quan null); a 'Xét' line citing a city Sở's "
            "Báo cáo with a long date (527/BC-SNNMT); Điều 1-3 with figures (2.468,7 km, 1.245 "
            "triệu đồng) and a phone number; signer KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG on page 1; "
            "a Phụ lục after the signature with a ruled 6-column table STT / Tuyến đê, địa bàn "
            "/ Nội dung kiểm tra / Đơn vị chủ trì / Thời gian / Kết quả cần đạt (keys stt, "
            "dia_ban, noi_dung, don_vi_chu_tri, thoi_gian, ket_qua) of 10 rows with the header "
            "row repeated on the continuation, and an italic Ghi chú under it. The Phụ lục's "
            "'Kèm theo Quyết định số 412/QĐ-QLĐĐ ...' names the document itself and is not a "
            "related document."
        ),
        tests="QĐ of a ministry's Cục (dikes of the Red River delta); Phụ lục table; KT.",
        origin=TEAM,
        seed=1031,
        scan=Scan(
            rotation_deg=-0.7,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=64,
            paper=(247, 243, 232),
            illumination=0.06,
        ),
        chu_quan=["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
        ban_hanh=["CỤC QUẢN LÝ ĐÊ ĐIỀU", "VÀ PHÒNG, CHỐNG THIÊN TAI"],
        so="412",
        ky_hieu="QĐ-QLĐĐ",
        dia_danh="Hà Nội",
        ngay=date(2025, 11, 14),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject="Về việc ban hành Kế hoạch kiểm tra hiện trạng đê điều sau mùa lũ năm 2025",
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "Bộ trưởng (để b/c)",
                "Thứ trưởng phụ trách (để b/c)",
                "UBND 06 tỉnh, thành phố tại Phụ lục (p/h)",
                "Sở NN&MT các tỉnh, thành phố (để t/h)",
                "Lưu: VT, QLĐĐ",
            ]
        ),
        signer=["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"],
        nguoi_ky="Lương Văn Khiêm",
        seal_text="CỤC QUẢN LÝ ĐÊ ĐIỀU VÀ PHÒNG, CHỐNG THIÊN TAI * ",
        refs=[r_luat_dd, r_luat_pctt, r_luat_sd, r_qd, r_bc],
    )


def doc_ho14_kh_ldld_hungyen_tet_sum_vay() -> Doc:
    r_bll = Ref(
        "Bộ luật",
        "45/2019/QH14",
        date(2019, 11, 20),
        ten="Bộ luật Lao động",
        long_date=False,
    )
    r_luat = Ref("Luật", "50/2024/QH15", date(2024, 11, 27), ten="Luật Công đoàn")
    r_ct = Ref(
        "Chỉ thị",
        "12-CT/TU",
        date(2025, 11, 14),
        "Ban Thường vụ Tỉnh ủy",
        long_date=False,
    )
    r_kh_ub = Ref(
        "Kế hoạch",
        "307/KH-UBND",
        date(2025, 11, 7),
        "Ủy ban nhân dân tỉnh Hưng Yên",
        long_date=False,
        pad=False,
    )
    r_bc = Ref("Báo cáo", "96/BC-LĐLĐ", date(2025, 2, 10), long_date=False)
    ban_cs = "Ban Chính sách - Pháp luật"
    table = Table(
        header=[
            "STT",
            "Nội dung",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian",
            "Chỉ tiêu",
        ],
        columns=["stt", "noi_dung", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_gian", "chi_tieu"],
        widths=[0.07, 0.33, 0.16, 0.18, 0.13, 0.13],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Nắm tình hình tiền lương, thưởng Tết, nợ lương, nợ bảo hiểm xã hội tại các "
                "doanh nghiệp",
                ban_cs,
                "Sở Nội vụ; Bảo hiểm xã hội tỉnh",
                "Trước ngày 15/12/2025",
                "100% doanh nghiệp có công đoàn",
            ],
            [
                "2",
                'Tổ chức Chương trình "Tết Sum vầy - Xuân Bính Ngọ 2026" tại các khu công nghiệp '
                "Phố Nối, Thăng Long II, Tiền Hải",
                "Ban Tuyên giáo - Nữ công",
                "Ban quản lý các khu công nghiệp tỉnh",
                "Tháng 01/2026",
                "03 điểm, 6.000 người",
            ],
            [
                "3",
                'Chương trình "Chuyến xe Công đoàn" đưa đoàn viên về quê đón Tết',
                "Ban Tổ chức",
                "Các công đoàn cơ sở khu công nghiệp",
                "Từ 08/02/2026 đến 14/02/2026",
                "40 chuyến xe",
            ],
            [
                "4",
                "Thăm, tặng quà đoàn viên có hoàn cảnh khó khăn, bị tai nạn lao động, bệnh "
                "nghề nghiệp",
                "Ban Tài chính",
                "Liên đoàn Lao động các xã, phường",
                "Tháng 01/2026 - Tháng 02/2026",
                "8.500 suất",
            ],
            [
                "5",
                "Bán hàng giảm giá tại Phiên chợ Công đoàn, siêu thị liên kết",
                "Ban Tuyên giáo - Nữ công",
                "Sở Công Thương",
                "Tháng 01/2026",
                "",
            ],
            [
                "6",
                "Giám sát việc thực hiện thỏa ước lao động tập thể về thưởng Tết, bữa ăn ca",
                ban_cs,
                "Thanh tra tỉnh",
                "Quý I/2026",
                "60 doanh nghiệp",
            ],
            [
                "7",
                "Hỗ trợ đoàn viên ở lại làm việc, trực sản xuất trong dịp Tết (Thái Bình cũ và "
                "Hưng Yên cũ)",
                "Ban Tổ chức",
                "Công đoàn cơ sở",
                "Thường xuyên",
                "",
            ],
            [
                "8",
                "Tuyên truyền an toàn giao thông, phòng, chống cháy nổ tại khu nhà trọ công nhân",
                "Văn phòng",
                "Công an tỉnh",
                "Tháng 12/2025 - Tháng 02/2026",
                "",
            ],
            [
                "9",
                "Sơ kết, báo cáo Tổng Liên đoàn kết quả chăm lo Tết",
                "Văn phòng",
                "Các ban chuyên môn",
                "Trước ngày 10/3/2026",
                "Báo cáo sơ kết",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_bll.cite()} và {r_luat.cite()}; thực hiện {r_ct.cite()} về việc tổ "
            f"chức Tết Nguyên đán Bính Ngọ năm 2026 và {r_kh_ub.cite()} về chăm lo đời sống "
            "công nhân, người lao động dịp Tết, Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng "
            "Kế hoạch như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Bảo đảm mọi đoàn viên, người lao động đều có Tết; không để đoàn viên có hoàn "
            "cảnh khó khăn không được thăm hỏi, hỗ trợ, nhất là công nhân ở khu nhà trọ, lao "
            "động ngoại tỉnh không về quê."
        ),
        Para(
            "2. Các hoạt động được tổ chức thiết thực, tiết kiệm, đúng đối tượng; phối hợp "
            "chặt chẽ với người sử dụng lao động và chính quyền địa phương sau khi hợp nhất "
            "tỉnh Hưng Yên và tỉnh Thái Bình."
        ),
        H("II. KẾT QUẢ TẾT ẤT TỴ NĂM 2025"),
        Para(
            f"Theo {r_bc.cite()}, các cấp công đoàn trong tỉnh đã chăm lo cho 186.420 lượt "
            "đoàn viên, người lao động với tổng kinh phí 94.315,6 triệu đồng; mức thưởng Tết "
            "bình quân tại doanh nghiệp ngoài nhà nước là 7,8 triệu đồng/người, cao nhất 186,5 "
            "triệu đồng/người."
        ),
        H("III. NỘI DUNG, PHÂN CÔNG THỰC HIỆN"),
        Para(
            "Các hoạt động chăm lo Tết, đơn vị chủ trì, phối hợp và thời gian thực hiện như sau:",
            keep=3,
        ),
        table,
        H("IV. KINH PHÍ"),
        Para(
            "Tổng kinh phí dự kiến 21.680 triệu đồng, trong đó tài chính công đoàn cấp tỉnh "
            "8.450 triệu đồng, công đoàn cơ sở 10.230 triệu đồng, vận động xã hội hóa 3.000 "
            "triệu đồng; mức quà tối thiểu 1.000.000 đồng/suất."
        ),
        H("V. TỔ CHỨC THỰC HIỆN"),
        Para(
            "Liên đoàn Lao động các xã, phường và công đoàn cơ sở trực thuộc xây dựng kế hoạch "
            "cụ thể, báo cáo nhanh số liệu chăm lo Tết về Liên đoàn Lao động tỉnh (qua Ban "
            "Chính sách - Pháp luật, đồng chí Trần Văn Khải, điện thoại: 0221.3862.154) trước "
            "ngày 20/02/2026."
        ),
        Para(
            "Các ban chuyên môn theo chức năng, nhiệm vụ được phân công chủ động phối hợp với "
            "các sở, ngành, ban quản lý các khu công nghiệp tổ chức thực hiện; kịp thời báo cáo "
            "Thường trực Liên đoàn Lao động tỉnh những vụ việc phát sinh, nhất là tranh chấp "
            "lao động, ngừng việc tập thể trước và sau Tết."
        ),
        Para(
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Ban "
            "Thường vụ Liên đoàn Lao động tỉnh để được hướng dẫn, giải quyết./."
        ),
    ]
    return Doc(
        name="ho14_kh_ldld_hungyen_tet_sum_vay",
        description=(
            "Kế hoạch of a provincial trade-union federation (TỔNG LĐLĐ VIỆT NAM / LIÊN ĐOÀN "
            "LAO ĐỘNG / TỈNH HƯNG YÊN, the issuer over two bold lines), number KH-LĐLĐ, dated "
            "after the July 2025 merger of Hưng Yên and Thái Bình (place Hưng Yên, 'Thái Bình "
            "cũ'); no Kính gửi; one opening sentence citing Bộ luật Lao động (short date, ngày "
            "20/11/2019, truth loai 'Bộ luật'), Luật Công đoàn with a long date, the provincial "
            "Party committee's Chỉ thị (12-CT/TU, ngày 14/11/2025, truth loai 'Chỉ thị') and "
            "the provincial People's Committee's Kế hoạch with an unpadded date (307/KH-UBND, "
            "ngày 7/11/2025); the federation's own Báo cáo without an issuer (96/BC-LĐLĐ, ngày "
            "10/02/2025, truth co_quan null); figures (186.420 lượt, 94.315,6 triệu đồng, "
            "1.000.000 đồng/suất) and a phone number; a ruled 6-column task table STT / Nội "
            "dung / Đơn vị chủ trì / Đơn vị phối hợp / Thời gian / Chỉ tiêu (keys stt, "
            "noi_dung, don_vi_chu_tri, don_vi_phoi_hop, thoi_gian, chi_tieu) of 9 rows with "
            "three empty Chỉ tiêu cells and quoted programme names, running onto page 2 under "
            "the repeated header row; signer TM. BAN THƯỜNG VỤ / CHỦ TỊCH."
        ),
        tests="KH of a provincial LĐLĐ (Hưng Yên, merged); task table over two pages; TM.",
        origin=TEAM,
        seed=1032,
        scan=Scan(
            rotation_deg=1.1,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=60,
            paper=(246, 242, 231),
            illumination=0.07,
        ),
        chu_quan=["TỔNG LĐLĐ VIỆT NAM"],
        ban_hanh=["LIÊN ĐOÀN LAO ĐỘNG", "TỈNH HƯNG YÊN"],
        so="128",
        ky_hieu="KH-LĐLĐ",
        dia_danh="Hưng Yên",
        ngay=date(2025, 11, 25),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject=(
            "Tổ chức các hoạt động chăm lo Tết Nguyên đán Bính Ngọ năm 2026 cho đoàn viên, "
            "người lao động"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Tổng LĐLĐ Việt Nam (b/c)",
                "Thường trực Tỉnh ủy, UBND tỉnh (b/c)",
                "Sở Nội vụ, Ban quản lý các KCN tỉnh (p/h)",
                "LĐLĐ các xã, phường, CĐCS trực thuộc (để t/h)",
                "Lưu: VT, CSPL",
            ]
        ),
        signer=["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"],
        nguoi_ky="Bùi Thị Hải Yến",
        seal_text="LIÊN ĐOÀN LAO ĐỘNG TỈNH HƯNG YÊN * ",
        refs=[r_bll, r_luat, r_ct, r_kh_ub, r_bc],
    )


def doc_ho14_cv_bgddt_day_bu_sau_bao() -> Doc:
    r_tt32 = Ref(
        "Thông tư",
        "32/2020/TT-BGDĐT",
        date(2020, 9, 15),
        "Bộ trưởng Bộ Giáo dục và Đào tạo",
        long_date=False,
        pad=False,
    )
    r_tt22 = Ref("Thông tư", "22/2021/TT-BGDĐT", date(2021, 7, 20), long_date=False)
    r_bc = Ref(
        "Báo cáo",
        "1834/BC-SGDĐT",
        date(2024, 9, 12),
        "Sở Giáo dục và Đào tạo tỉnh Quảng Ninh",
    )
    r_cv = Ref(
        "Công văn",
        "3276/SGDĐT-GDTrH",
        date(2024, 9, 11),
        "Sở Giáo dục và Đào tạo thành phố Hải Phòng",
        long_date=False,
        pad=False,
    )
    body: list[Block] = [
        Para(
            "Bão số 3 (Yagi) và hoàn lưu sau bão từ ngày 07/9/2024 đã gây thiệt hại nặng nề "
            f"cho các cơ sở giáo dục vùng Đồng bằng sông Hồng và Đông Bắc. Theo {r_bc.cite()} "
            f"và {r_cv.cite()}, chỉ riêng hai địa phương đã có 1.126 trường học bị tốc mái, "
            "đổ tường rào, ngập nước; 318.460 học sinh phải nghỉ học từ 05 đến 10 ngày."
        ),
        Para(
            "Để bảo đảm thực hiện chương trình năm học 2024 - 2025, Bộ Giáo dục và Đào tạo đề "
            "nghị các Sở Giáo dục và Đào tạo chỉ đạo các trường trung học cơ sở, trung học phổ "
            "thông thực hiện một số nội dung sau:"
        ),
        Para(
            "1. Rà soát số tiết học bị ảnh hưởng của từng môn học, xây dựng kế hoạch dạy học "
            "bù phù hợp với điều kiện thực tế; không tổ chức dạy bù vào ngày Chủ nhật và không "
            "tăng quá 02 tiết/buổi học; bảo đảm kết thúc học kỳ I trước ngày 18/01/2025."
        ),
        Para(
            "2. Nhà trường được điều chỉnh kế hoạch giáo dục theo quy định tại Điều lệ trường "
            "trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học "
            f"ban hành kèm theo {r_tt32.cite()}; lùi thời điểm kiểm tra giữa kỳ I, bảo đảm số "
            f"lần kiểm tra, đánh giá thường xuyên theo {r_tt22.cite()}."
        ),
        Para(
            "3. Ưu tiên khắc phục phòng học, nhà vệ sinh, hệ thống điện, nước; vệ sinh, khử "
            "khuẩn trường lớp trước khi đón học sinh trở lại; miễn, giảm các khoản thu đối với "
            "học sinh có gia đình bị thiệt hại nặng do bão, lũ."
        ),
        Para(
            "4. Quan tâm hỗ trợ tâm lý cho học sinh, giáo viên có gia đình bị thiệt hại; phối "
            "hợp với Hội Chữ thập đỏ, Đoàn Thanh niên vận động ủng hộ sách giáo khoa, đồ dùng "
            "học tập cho học sinh vùng bị ngập lụt ven sông Hồng, sông Thái Bình, sông Luộc."
        ),
        Para(
            "5. Báo cáo kết quả thực hiện về Bộ Giáo dục và Đào tạo (qua Vụ Giáo dục Trung "
            "học, điện thoại: 024.3869.4913) trước ngày 30/9/2024 để tổng hợp, báo cáo Bộ "
            "trưởng."
        ),
        Para(
            "Bộ Giáo dục và Đào tạo đề nghị các Sở Giáo dục và Đào tạo khẩn trương triển khai "
            "thực hiện./."
        ),
    ]
    return Doc(
        name="ho14_cv_bgddt_day_bu_sau_bao",
        description=(
            "Công văn of a ministry signed by the deputy head of one of its Vụ (BỘ GIÁO DỤC VÀ "
            "ĐÀO TẠO on one bold line, no parent body), number BGDĐT-GDTrH with the Vụ's unit "
            "code, dated September 2024 under the old structure (place Hà Nội; addressees "
            "Hà Nội, Hải Phòng, Quảng Ninh, Hải Dương, Thái Bình); a three-line V/v; Kính gửi with "
            "four addressees; a named storm and a date that are not citations (Bão số 3 (Yagi), "
            "ngày 07/9/2024); a provincial Sở's Báo cáo with a long date (1834/BC-SGDĐT) and "
            "a city Sở's Công văn with a unit code and an unpadded date (3276/SGDĐT-GDTrH, ngày "
            "11/9/2024); Thông tư 32/2020/TT-BGDĐT with an unpadded date and an issuer (the "
            "Minister), Thông tư 22/2021/TT-BGDĐT with a padded date and no issuer (ngày "
            "20/07/2021, truth co_quan null); figures (1.126 trường học, 318.460 học sinh), "
            "deadlines and a phone number; a four-line signer TL. BỘ TRƯỞNG / KT. VỤ TRƯỞNG / "
            "VỤ GIÁO DỤC TRUNG HỌC / PHÓ VỤ TRƯỞNG (truth tham_quyen_ky 'TL.', "
            "chuc_vu_nguoi_ky the last line)."
        ),
        tests="CV of a ministry by a Vụ (2024, Yagi); four-line TL. / KT. signer",
        origin=TEAM,
        seed=1033,
        scan=Scan(
            rotation_deg=-1.4,
            noise_sigma=7,
            blur=1.0,
            jpeg_quality=55,
            paper=(245, 241, 229),
            illumination=0.08,
        ),
        ban_hanh=["BỘ GIÁO DỤC VÀ ĐÀO TẠO"],
        so="4982",
        ky_hieu="BGDĐT-GDTrH",
        vv="tổ chức dạy học bù, bảo đảm chương trình năm học 2024 - 2025 sau bão số 3",
        dia_danh="Hà Nội",
        ngay=date(2024, 9, 16),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Sở GD&ĐT thành phố Hà Nội",
            "Sở GD&ĐT thành phố Hải Phòng",
            "Sở GD&ĐT tỉnh Quảng Ninh",
            "Sở GD&ĐT các tỉnh Hải Dương, Thái Bình",
        ],
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Bộ trưởng (để b/c)",
                "Thứ trưởng phụ trách (để b/c)",
                "UBND các tỉnh, thành phố có tên trên (p/h)",
                "Cục Cơ sở vật chất (p/h)",
                "Lưu: VT, Vụ GDTrH",
            ]
        ),
        signer=["TL. BỘ TRƯỞNG", "KT. VỤ TRƯỞNG", "VỤ GIÁO DỤC TRUNG HỌC", "PHÓ VỤ TRƯỞNG"],
        nguoi_ky="Trịnh Văn Hiếu",
        seal_text="BỘ GIÁO DỤC VÀ ĐÀO TẠO * ",
        refs=[r_bc, r_cv, r_tt32, r_tt22],
    )


def doc_ho14_bc_hqkv3_thu_ngan_sach() -> Doc:
    r_cv = Ref(
        "Công văn",
        "5126/CHQ-NV",
        date(2025, 9, 29),
        "Cục Hải quan",
        long_date=False,
        pad=False,
    )
    r_luat_hq = Ref("Luật", "54/2014/QH13", date(2014, 6, 23), ten="Luật Hải quan")
    r_luat_qlt = Ref(
        "Luật", "38/2019/QH14", date(2019, 6, 13), ten="Luật Quản lý thuế", long_date=False
    )
    r_qd = Ref("Quyết định", "12/QĐ-CCHQIII", date(2025, 1, 6), long_date=False, pad=False)
    table = Table(
        header=[
            "STT",
            "Đơn vị",
            "Số tờ khai",
            "Kim ngạch (triệu USD)",
            "Thu ngân sách (tỷ đồng)",
            "So với cùng kỳ (%)",
        ],
        columns=["stt", "don_vi", "so_to_khai", "kim_ngach", "thu_ngan_sach", "so_cung_ky"],
        widths=[0.08, 0.34, 0.14, 0.15, 0.15, 0.14],
        align=["c", "l", "c", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Hải quan cửa khẩu cảng Hải Phòng", "186.412", "18.246,7", "12.418,6", "108,4"],
            ["2", "Hải quan cửa khẩu cảng Đình Vũ", "154.307", "15.873,2", "10.926,3", "112,7"],
            ["3", "Hải quan cửa khẩu cảng Lạch Huyện", "98.615", "11.402,5", "7.315,8", "121,3"],
            [
                "4",
                "Hải quan Khu kinh tế Đình Vũ - Cát Hải",
                "61.248",
                "9.617,4",
                "2.184,5",
                "96,2",
            ],
            ["5", "Hải quan quản lý hàng đầu tư", "42.736", "6.385,9", "1.462,7", "104,8"],
            ["6", "Hải quan Khu công nghiệp Nomura", "35.182", "5.214,6", "846,2", "99,1"],
            ["7", "Hải quan Hải Dương", "48.927", "7.936,1", "1.108,4", "115,6"],
            ["8", "Hải quan chuyển phát nhanh", "23.564", "1.287,3", "376,9", "118,2"],
            ["", "Tổng cộng", "650.991", "75.963,7", "36.639,4", "111,1"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc báo cáo kết quả công tác 9 tháng năm 2025, "
            "Chi cục Hải quan khu vực III báo cáo như sau:"
        ),
        H("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
        Para(
            "1. Công tác thủ tục hải quan. Chi cục tiếp tục triển khai "
            f"{r_luat_hq.cite()} và các văn bản hướng dẫn; 99,6% tờ khai được thông quan qua "
            "Hệ thống thông quan tự động, thời gian thông quan hàng hóa luồng vàng bình quân "
            "1 giờ 52 phút, luồng đỏ 3 giờ 40 phút."
        ),
        Para(
            "2. Công tác thu ngân sách. Số thu 9 tháng đạt 36.639,4 tỷ đồng, bằng 78,3% chỉ "
            f"tiêu được giao tại {r_qd.cite()} và tăng 11,1% so với cùng kỳ năm 2024; nợ thuế "
            f"quá hạn được quản lý theo {r_luat_qlt.cite()}, đến ngày 30/9/2025 còn 412,7 tỷ "
            "đồng, giảm 18,6% so với đầu năm."
        ),
        Para(
            "Sau khi hợp nhất thành phố Hải Phòng và tỉnh Hải Dương, Chi cục tiếp nhận thêm "
            "địa bàn Hải quan Hải Dương; kim ngạch xuất khẩu, nhập khẩu qua địa bàn tăng mạnh "
            "ở nhóm hàng linh kiện điện tử, máy móc, thiết bị.",
        ),
        Para(
            "3. Kết quả thủ tục hải quan và thu ngân sách của các đơn vị thuộc Chi cục (số liệu "
            "đến hết ngày 30/9/2025) như sau:",
            keep=3,
        ),
        table,
        H("II. KHÓ KHĂN, VƯỚNG MẮC"),
        Para(
            "Lượng hàng tồn đọng tại cảng Lạch Huyện còn 1.286 container quá 90 ngày chưa làm "
            "thủ tục; hệ thống soi chiếu container di động tại cảng Đình Vũ thường xuyên phải "
            "bảo dưỡng, ảnh hưởng đến tiến độ kiểm tra thực tế hàng hóa."
        ),
        H("III. NHIỆM VỤ QUÝ IV NĂM 2025"),
        Para(
            "Phấn đấu thu ngân sách quý IV/2025 đạt 10.950 tỷ đồng, hoàn thành vượt chỉ tiêu "
            "năm; xử lý dứt điểm hàng tồn đọng trước ngày 15/12/2025; đề nghị Cục Hải quan "
            "bổ sung 02 máy soi container cố định cho Chi cục trong Quý I/2026."
        ),
        Para("Chi cục Hải quan khu vực III kính báo cáo Cục Hải quan./."),
    ]
    return Doc(
        name="ho14_bc_hqkv3_thu_ngan_sach",
        description=(
            "Báo cáo of a regional customs branch under its Cục (CỤC HẢI QUAN / CHI CỤC HẢI "
            "QUAN / KHU VỰC III, the issuer over two bold lines), number BC-CCHQIII, dated "
            "after the July 2025 merger of Hải Phòng and Hải Dương (place Hải Phòng); a "
            "centred one-line Kính gửi; the Cục's Công văn with a unit code and an unpadded "
            "date (5126/CHQ-NV, ngày 29/9/2025, issuer 'Cục Hải quan'); Luật Hải quan with a "
            "long date; Luật Quản lý thuế with a padded short date (ngày 13/06/2019); the "
            "branch's own Quyết định without an issuer (12/QĐ-CCHQIII, ngày 6/1/2025, truth "
            "co_quan null); figures (36.639,4 tỷ đồng, 78,3%, 1 giờ 52 phút) and deadlines; a "
            "ruled 6-column statistics table STT / Đơn vị / Số tờ khai / Kim ngạch (triệu USD) "
            "/ Thu ngân sách (tỷ đồng) / So với cùng kỳ (%) (keys stt, don_vi, so_to_khai, "
            "kim_ngach, thu_ngan_sach, so_cung_ky) of eight units and a Tổng cộng row with an "
            "empty STT (650.991; 75.963,7; 36.639,4; 111,1, the last weighted), running onto "
            "page 2 under the repeated header row; signer Q. CHI CỤC TRƯỞNG on one line."
        ),
        tests="BC of a customs branch (Hải Phòng, merged); numeric table with Tổng cộng; Q.",
        origin=TEAM,
        seed=1034,
        scan=Scan(
            rotation_deg=0.5,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=68,
            paper=(247, 244, 234),
            illumination=0.05,
        ),
        chu_quan=["CỤC HẢI QUAN"],
        ban_hanh=["CHI CỤC HẢI QUAN", "KHU VỰC III"],
        so="2147",
        ky_hieu="BC-CCHQIII",
        dia_danh="Hải Phòng",
        ngay=date(2025, 10, 8),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject="Kết quả công tác hải quan và thu ngân sách nhà nước 9 tháng năm 2025",
        kinh_gui=["Cục Hải quan"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Lãnh đạo Cục Hải quan (b/c)",
                "UBND thành phố Hải Phòng (b/c)",
                "Các đơn vị thuộc Chi cục",
                "Lưu: VT, NV",
            ]
        ),
        signer=["Q. CHI CỤC TRƯỞNG"],
        nguoi_ky="Vũ Mạnh Cường",
        seal_text="CHI CỤC HẢI QUAN KHU VỰC III * CỤC HẢI QUAN * ",
        refs=[r_cv, r_luat_hq, r_luat_qlt, r_qd],
    )


def doc_ho14_tb_tand_longbien_tiep_nhan_don() -> Doc:
    r_luat_tc = Ref(
        "Luật",
        "34/2024/QH15",
        date(2024, 6, 24),
        ten="Luật Tổ chức Tòa án nhân dân",
        long_date=False,
    )
    r_bltt = Ref("Bộ luật", "92/2015/QH13", date(2015, 11, 25), ten="Bộ luật Tố tụng dân sự")
    r_luat_tcd = Ref(
        "Luật",
        "42/2013/QH13",
        date(2013, 11, 25),
        ten="Luật Tiếp công dân",
        long_date=False,
    )
    r_qd = Ref(
        "Quyết định",
        "215/QĐ-TA",
        date(2025, 4, 3),
        "Chánh án Tòa án nhân dân thành phố Hà Nội",
    )
    r_tb = Ref("Thông báo", "12/TB-TA", date(2025, 1, 6), long_date=False, pad=False)
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat_tc.cite()}, {r_bltt.cite()} và {r_luat_tcd.cite()};",
        ),
        Para(
            f"Thực hiện {r_qd.cite()} về việc triển khai Tòa án điện tử, Tòa án nhân dân quận "
            "Long Biên thông báo việc tiếp nhận đơn trực tuyến và lịch tiếp công dân quý II năm "
            f"2025 (thay thế lịch tại {r_tb.cite()}) như sau:"
        ),
        H("1. Tiếp nhận đơn, tài liệu trực tuyến"),
        Para(
            "Từ ngày 02/5/2025, người khởi kiện, người yêu cầu có thể gửi đơn khởi kiện, đơn "
            "yêu cầu và tài liệu, chứng cứ kèm theo qua Cổng dịch vụ công trực tuyến của Tòa án "
            "nhân dân; mỗi tệp không quá 10 MB, định dạng PDF hoặc JPG. Đơn gửi trực tuyến sau "
            "16 giờ 30 được tính là ngày làm việc tiếp theo."
        ),
        Para(
            "Trong quý I/2025, Tòa án đã thụ lý 1.286 vụ, việc, trong đó 742 vụ, việc hôn nhân "
            "và gia đình, 318 vụ, việc dân sự, kinh doanh thương mại; 26,4% đơn được nộp trực "
            "tuyến."
        ),
        H("2. Lịch tiếp công dân"),
        Para(
            "a) Chánh án tiếp công dân định kỳ vào thứ Năm của tuần thứ hai và tuần thứ tư "
            "hằng tháng (các ngày 08/5, 22/5, 12/6 và 26/6/2025), buổi sáng từ 08 giờ 00 đến 11 "
            "giờ 30."
        ),
        Para(
            "b) Thẩm phán, Thư ký Tòa án trực tiếp công dân tất cả các ngày làm việc trong "
            "tuần tại Phòng tiếp công dân, tầng 1, trụ sở Tòa án nhân dân quận Long Biên, số "
            "86 phố Ngọc Lâm, phường Ngọc Lâm, quận Long Biên."
        ),
        Para(
            "c) Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh về hoạt động tư "
            "pháp được hướng dẫn, giải thích theo quy định; đơn không thuộc thẩm quyền được trả "
            "lời bằng văn bản trong thời hạn 10 ngày làm việc kể từ ngày nhận đơn."
        ),
        H("3. Liên hệ"),
        Para(
            "Mọi vướng mắc liên hệ Văn phòng Tòa án, điện thoại: 024.3872.5190; công dân khi "
            "đến làm việc mang theo căn cước và giấy tờ liên quan đến vụ việc."
        ),
        Para("Tòa án nhân dân quận Long Biên trân trọng thông báo./."),
    ]
    return Doc(
        name="ho14_tb_tand_longbien_tiep_nhan_don",
        description=(
            "Thông báo of a district people's court before the July 2025 reform (TÒA ÁN NHÂN "
            "DÂN / QUẬN LONG BIÊN / THÀNH PHỐ HÀ NỘI, the issuer alone over three bold lines, "
            "no parent body), number TB-TA, dated April 2025 (place Long Biên); no Kính gửi; a "
            "Căn cứ line with Luật Tổ chức Tòa án nhân dân (padded short date, ngày "
            "24/06/2024), Bộ luật Tố tụng dân sự with a long date (truth loai 'Bộ luật') and "
            "Luật Tiếp công dân with a short date; the city court president's Quyết định with "
            "a long date (215/QĐ-TA); the court's own earlier Thông báo without an issuer and "
            "with an unpadded date (12/TB-TA, ngày 6/1/2025, truth co_quan null); dates, times "
            "and an address that are not citations (từ ngày 02/5/2025, 16 giờ 30, số 86 phố "
            "Ngọc Lâm), figures (1.286 vụ, việc; 26,4%), headings 1-3 and points a)-b); signer "
            "CHÁNH ÁN without a prefix."
        ),
        tests="TB of a district court (Hà Nội, 2025); three-line issuer, no parent; no prefix",
        origin=TEAM,
        seed=1035,
        scan=Scan(
            rotation_deg=1.3,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=58,
            paper=(246, 243, 232),
            illumination=0.07,
        ),
        ban_hanh=["TÒA ÁN NHÂN DÂN", "QUẬN LONG BIÊN", "THÀNH PHỐ HÀ NỘI"],
        so="86",
        ky_hieu="TB-TA",
        dia_danh="Long Biên",
        ngay=date(2025, 4, 21),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject=(
            "Về việc tiếp nhận đơn khởi kiện, đơn yêu cầu trực tuyến và lịch tiếp công dân "
            "quý II năm 2025"
        ),
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "TAND thành phố Hà Nội (b/c)",
                "Quận ủy, UBND quận Long Biên (b/c)",
                "VKSND quận Long Biên (p/h)",
                "Chi cục THADS quận Long Biên (p/h)",
                "Các Thẩm phán, Thư ký (để t/h)",
                "Niêm yết tại trụ sở",
                "Lưu: VT, VP",
            ]
        ),
        signer=["CHÁNH ÁN"],
        nguoi_ky="Ngô Thị Thanh Loan",
        seal_text="TÒA ÁN NHÂN DÂN QUẬN LONG BIÊN * TP HÀ NỘI * ",
        refs=[r_luat_tc, r_bltt, r_luat_tcd, r_qd, r_tb],
    )


def doc_ho14_gm_dhkhtn_hoi_thao_sut_lun() -> Doc:
    r_nq = Ref(
        "Nghị quyết",
        "57-NQ/TW",
        date(2024, 12, 22),
        "Bộ Chính trị",
        long_date=False,
    )
    r_kh = Ref(
        "Kế hoạch",
        "412/KH-ĐHQGHN",
        date(2025, 3, 7),
        "Đại học Quốc gia Hà Nội",
        long_date=False,
        pad=False,
    )
    r_qd = Ref(
        "Quyết định",
        "3517/QĐ-ĐHKHTN",
        date(2025, 10, 14),
        "Hiệu trưởng Trường Đại học Khoa học Tự nhiên",
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_nq.cite()} về đột phá phát triển khoa học, công nghệ, đổi mới sáng "
            f"tạo và chuyển đổi số quốc gia, {r_kh.cite()} và {r_qd.cite()} phê duyệt danh mục "
            "hội thảo khoa học năm 2025, Trường Đại học Khoa học Tự nhiên tổ chức Hội thảo "
            'khoa học "Sụt lún đất và xâm nhập mặn vùng đồng bằng sông Hồng: hiện trạng và giải '
            'pháp".'
        ),
        Para(
            "Hội thảo công bố kết quả quan trắc sụt lún bằng ảnh vệ tinh giai đoạn 2016 - 2025 "
            "tại Hà Nội, Hưng Yên và Ninh Bình, tốc độ lún cục bộ đến 4,7 cm/năm; độ mặn 1‰ "
            "xâm nhập sâu 32,5 km trên sông Thái Bình, sông Văn Úc mùa khô năm 2025."
        ),
        Para("Trường Đại học Khoa học Tự nhiên trân trọng kính mời:", gap=4),
        Para(
            "- Đại diện lãnh đạo Sở Nông nghiệp và Môi trường thành phố Hà Nội, thành phố Hải "
            "Phòng và các tỉnh Hưng Yên, Ninh Bình;",
            indent=5,
            gap=1,
        ),
        Para(
            "- Các nhà khoa học, giảng viên, nghiên cứu sinh quan tâm đến địa chất, thủy văn "
            "và quản lý tài nguyên nước.",
            indent=5,
            gap=1,
        ),
        Para("Thời gian: 08 giờ 00, thứ Sáu, ngày 19/12/2025 (cả ngày).", gap=4),
        Para(
            "Địa điểm: Hội trường tầng 2, nhà T1, Trường Đại học Khoa học Tự nhiên, số 334 "
            "Nguyễn Trãi, phường Thanh Xuân, thành phố Hà Nội."
        ),
        Para(
            "Đại biểu gửi tham luận (không quá 06 trang) và xác nhận tham dự trước ngày "
            "12/12/2025 về Ban Tổ chức (đồng chí Phạm Thu Trang, Khoa Địa lý, điện thoại: "
            "0912.418.367)."
        ),
        Para("Rất mong Quý đại biểu quan tâm, tham dự./."),
    ]
    return Doc(
        name="ho14_gm_dhkhtn_hoi_thao_sut_lun",
        description=(
            "Giấy mời of a university signed for the rector by a faculty head (ĐẠI HỌC QUỐC "
            "GIA HÀ NỘI / TRƯỜNG ĐẠI HỌC / KHOA HỌC TỰ NHIÊN, the issuer over two bold lines), "
            "number GM-ĐHKHTN, dated December 2025 after the mergers (place Hà Nội; 'phường "
            "Thanh Xuân, thành phố Hà Nội'); a quoted conference title; one sentence citing "
            "the Politburo's Nghị quyết 57-NQ/TW with a short date (ngày 22/12/2024), the "
            "national university's Kế hoạch with an unpadded date (412/KH-ĐHQGHN, ngày "
            "7/3/2025) and the rector's Quyết định with a long date (3517/QĐ-ĐHKHTN); figures "
            "(4,7 cm/năm, 1‰, 32,5 km); '- ' invitee lines; a time and place with a weekday "
            "(thứ Sáu, ngày 19/12/2025), a deadline and a phone number that are not citations; "
            "signer TUQ. HIỆU TRƯỞNG / CHỦ NHIỆM KHOA ĐỊA LÝ, the name with an academic title "
            "(PGS.TS.; truth as printed)."
        ),
        tests="GM of a university (Hà Nội); TUQ. signed by a faculty head; PGS.TS. in the name",
        origin=TEAM,
        seed=1036,
        scan=Scan(
            rotation_deg=-0.3,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=70,
            paper=(247, 243, 233),
            illumination=0.06,
        ),
        chu_quan=["ĐẠI HỌC QUỐC GIA HÀ NỘI"],
        ban_hanh=["TRƯỜNG ĐẠI HỌC", "KHOA HỌC TỰ NHIÊN"],
        so="1742",
        ky_hieu="GM-ĐHKHTN",
        dia_danh="Hà Nội",
        ngay=date(2025, 12, 5),
        title="GIẤY MỜI",
        loai_van_ban="Giấy mời",
        subject=(
            "Tham dự Hội thảo khoa học về sụt lún đất và xâm nhập mặn vùng đồng bằng sông Hồng"
        ),
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như thành phần mời",
                "Ban Giám hiệu (b/c)",
                "Phòng Khoa học và Công nghệ (p/h)",
                "Khoa Địa lý (để t/h)",
                "Lưu: VT, KĐL",
            ]
        ),
        signer=["TUQ. HIỆU TRƯỞNG", "CHỦ NHIỆM KHOA ĐỊA LÝ"],
        nguoi_ky="PGS.TS. Lê Quang Thịnh",
        seal_text="TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN * ĐHQGHN * ",
        refs=[r_nq, r_kh, r_qd],
    )


HELDOUT14_DOCS = [
    doc_ho14_qd_cqldd_kiem_tra_de_dieu,
    doc_ho14_kh_ldld_hungyen_tet_sum_vay,
    doc_ho14_cv_bgddt_day_bu_sau_bao,
    doc_ho14_bc_hqkv3_thu_ngan_sach,
    doc_ho14_tb_tand_longbien_tiep_nhan_don,
    doc_ho14_gm_dhkhtn_hoi_thao_sut_lun,
]


# --------------------------------------------------------------------------------------
# Fifteenth held-out set (written blind: nobody ran the pipeline or read its code while
# writing it). The Mekong delta and the South-East: Cần Thơ, An Giang, Đồng Tháp, Vĩnh
# Long, Tây Ninh, Đồng Nai. Kept out of samples/ so the end-to-end tests never see it.
# --------------------------------------------------------------------------------------

HELDOUT15_DIR = REPO_ROOT / "benchmarks" / "heldout15"


def doc_ho15_qd_snnmt_angiang_xam_nhap_man() -> Doc:
    r_luat_tl = Ref("Luật", "08/2017/QH14", date(2017, 6, 19), ten="Luật Thủy lợi")
    r_luat_pctt = Ref(
        "Luật",
        "33/2013/QH13",
        date(2013, 6, 19),
        ten="Luật Phòng, chống thiên tai",
        long_date=False,
        pad=False,
    )
    r_qd_ub = Ref(
        "Quyết định",
        "18/2025/QĐ-UBND",
        date(2025, 7, 4),
        "Ủy ban nhân dân tỉnh An Giang",
        long_date=False,
    )
    r_kh_ub = Ref(
        "Kế hoạch",
        "263/KH-UBND",
        date(2025, 9, 26),
        "Ủy ban nhân dân tỉnh",
    )
    r_bc = Ref(
        "Báo cáo",
        "417/BC-CCTL",
        date(2025, 10, 9),
        "Chi cục Thủy lợi",
        long_date=False,
        pad=False,
    )
    ccthuyloi = "Chi cục Thủy lợi"
    cty = "Công ty TNHH MTV Khai thác công trình thủy lợi An Giang"
    table = Table(
        header=[
            "STT",
            "Nhiệm vụ",
            "Địa bàn",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời hạn",
        ],
        columns=["stt", "nhiem_vu", "dia_ban", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_han"],
        widths=[0.07, 0.30, 0.17, 0.16, 0.16, 0.14],
        align=["c", "l", "l", "l", "l", "c"],
        size=11.5,
        rows=[
            [
                "1",
                "Quan trắc độ mặn tại 46 điểm trên sông Cái Lớn, Cái Bé, kênh Rạch Giá - Hà "
                "Tiên; cập nhật bản tin mặn 02 kỳ/tuần",
                "Các xã ven biển phía Tây (Kiên Giang cũ)",
                "Trung tâm Quan trắc tài nguyên và môi trường",
                ccthuyloi,
                "Từ 01/12/2025 đến 31/5/2026",
            ],
            [
                "2",
                "Vận hành hệ thống cống Cái Lớn - Cái Bé, đóng cống khi độ mặn vượt 4‰",
                "Xã Vĩnh Hòa Hưng, Đông Hòa",
                cty,
                ccthuyloi,
                "Theo bản tin mặn",
            ],
            [
                "3",
                "Nạo vét 38 tuyến kênh trữ nước ngọt, tổng chiều dài 126,4 km",
                "Vùng U Minh Thượng, An Biên, An Minh",
                ccthuyloi,
                "UBND các xã",
                "Trước ngày 31/01/2026",
            ],
            [
                "4",
                "Đắp 112 đập tạm ngăn mặn, giữ ngọt trên kênh nội đồng",
                "Các xã vùng bán đảo Cà Mau thuộc tỉnh",
                "UBND các xã",
                ccthuyloi,
                "Tháng 12/2025",
            ],
            [
                "5",
                "Hướng dẫn lịch thời vụ lúa Đông Xuân 2025 - 2026 né mặn; khuyến cáo không "
                "xuống giống sau ngày 15/12/2025",
                "Toàn tỉnh",
                "Chi cục Trồng trọt và Bảo vệ thực vật",
                "Trung tâm Khuyến nông",
                "Tháng 11/2025",
            ],
            [
                "6",
                "Chuyển đổi 4.850 ha lúa kém hiệu quả sang mô hình lúa - tôm",
                "An Biên, An Minh, Vĩnh Thuận",
                "Phòng Kế hoạch - Tài chính",
                "Chi cục Thủy sản",
                "Năm 2026",
            ],
            [
                "7",
                "Rà soát nhu cầu nước sinh hoạt, bố trí 24 điểm cấp nước miễn phí cho hộ dân",
                "Các xã thiếu nước (Kiên Giang cũ)",
                "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn",
                "UBND các xã",
                "Quý I/2026",
            ],
            [
                "8",
                "Kiểm tra an toàn đê bao, bờ bao vùng Tứ giác Long Xuyên trong mùa khô",
                "Tri Tôn, Tịnh Biên, Hòn Đất",
                ccthuyloi,
                cty,
                "Thường xuyên",
            ],
            [
                "9",
                "Tổng hợp thiệt hại, đề xuất hỗ trợ theo chính sách khắc phục hậu quả thiên tai",
                "Toàn tỉnh",
                "Phòng Kế hoạch - Tài chính",
                "UBND các xã, phường",
                "Hằng tháng",
            ],
            [
                "10",
                "Sơ kết công tác phòng, chống hạn, xâm nhập mặn mùa khô 2025 - 2026, báo cáo "
                "UBND tỉnh",
                "Toàn tỉnh",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Trước ngày 15/6/2026",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            style=BOLD,
            align="center",
            indent=0,
            gap=2,
        ),
        Para(f"Căn cứ {r_luat_tl.cite()};", style=ITALIC, gap=6),
        Para(f"Căn cứ {r_luat_pctt.cite()};", style=ITALIC),
        Para(
            f"Căn cứ {r_qd_ub.cite()} quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ "
            "chức của Sở Nông nghiệp và Môi trường tỉnh An Giang;",
            style=ITALIC,
        ),
        Para(
            f"Thực hiện {r_kh_ub.cite()} về phòng, chống hạn hán, thiếu nước, xâm nhập mặn "
            "mùa khô năm 2025 - 2026;",
            style=ITALIC,
        ),
        Para(
            f"Xét {r_bc.cite()} về dự báo xâm nhập mặn và đề nghị của "
            "Chi cục trưởng Chi cục Thủy lợi.",
            style=ITALIC,
        ),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Giao nhiệm vụ phòng, chống hạn hán, thiếu nước, xâm nhập mặn mùa khô "
            "năm 2025 - 2026 cho các phòng, đơn vị thuộc Sở (chi tiết tại Phụ lục kèm theo).",
            gap=4,
        ),
        Para(
            "**Điều 2.** Kinh phí thực hiện 27,85 tỷ đồng, từ nguồn dự phòng ngân sách tỉnh "
            "năm 2025; các đơn vị báo cáo kết quả vào ngày 25 hằng tháng về Chi cục Thủy lợi "
            "(điện thoại 0297.3862.415).",
            gap=4,
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Thủ "
            "trưởng các phòng, đơn vị thuộc Sở và các tổ chức, cá nhân có liên quan chịu "
            "trách nhiệm thi hành Quyết định này./.",
            gap=4,
        ),
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "PHÂN CÔNG NHIỆM VỤ PHÒNG, CHỐNG HẠN HÁN, XÂM NHẬP MẶN MÙA KHÔ 2025 - 2026",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Quyết định số 1286/QĐ-SNNMT ngày 20/10/2025 của Giám đốc Sở Nông "
            "nghiệp và Môi trường tỉnh An Giang)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        table,
        Para(
            "Ghi chú: Độ mặn tính theo phần nghìn (‰); địa bàn ghi theo tên đơn vị hành "
            "chính cấp xã sau sắp xếp, kèm tên cũ để dễ đối chiếu.",
            style=ITALIC,
            size=12.5,
            gap=4,
        ),
    ]
    return Doc(
        name="ho15_qd_snnmt_angiang_xam_nhap_man",
        description=(
            "Quyết định of a provincial Sở (UBND TỈNH AN GIANG / SỞ NÔNG NGHIỆP / VÀ MÔI "
            "TRƯỜNG, the issuer over two bold lines), number QĐ-SNNMT, dated after the July "
            "2025 merger of An Giang and Kiên Giang (place An Giang; 'Kiên Giang cũ'); "
            "authority line GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG; italic Căn cứ lines: Luật "
            "Thủy lợi with a long date, Luật Phòng, chống thiên tai with an unpadded short "
            "date (ngày 19/6/2013), the provincial People's Committee's Quyết định with a "
            "padded short date (18/2025/QĐ-UBND, ngày 04/07/2025); a 'Thực hiện' line with "
            "its Kế hoạch with a long date and the short issuer 'Ủy ban nhân dân tỉnh' "
            "(263/KH-UBND); a 'Xét' line with the Chi cục's Báo cáo with an unpadded date "
            "(417/BC-CCTL, ngày 9/10/2025, issuer 'Chi cục Thủy lợi'); Điều 1-3 with a "
            "figure (27,85 tỷ đồng) and a phone number; signer KT. GIÁM ĐỐC / PHÓ "
            "GIÁM ĐỐC; a Phụ lục after the signature with a ruled "
            "6-column table STT / Nhiệm vụ / Địa bàn / Đơn vị chủ trì / Đơn vị phối hợp / "
            "Thời hạn (keys stt, nhiem_vu, dia_ban, don_vi_chu_tri, don_vi_phoi_hop, "
            "thoi_han) of 10 rows with the header row repeated on the continuation. The Phụ "
            "lục's 'Kèm theo Quyết định số 1286/QĐ-SNNMT ...' names the document itself and "
            "is not a related document."
        ),
        tests="QĐ of a Sở (An Giang, merged; salinity); Phụ lục table; KT.",
        origin=TEAM,
        seed=1041,
        scan=Scan(
            rotation_deg=0.8,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=63,
            paper=(247, 243, 232),
            illumination=0.06,
        ),
        chu_quan=["UBND TỈNH AN GIANG"],
        ban_hanh=["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"],
        so="1286",
        ky_hieu="QĐ-SNNMT",
        dia_danh="An Giang",
        ngay=date(2025, 10, 20),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "Về việc giao nhiệm vụ phòng, chống hạn hán, thiếu nước, xâm nhập mặn mùa khô "
            "năm 2025 - 2026"
        ),
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "UBND tỉnh (để b/c)",
                "Giám đốc Sở (b/c)",
                "Ban Chỉ huy PCTT và TKCN tỉnh (p/h)",
                "UBND các xã, phường (p/h)",
                "Lưu: VT, CCTL",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Danh Hoàng Phúc",
        seal_text="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG * TỈNH AN GIANG * ",
        refs=[r_luat_tl, r_luat_pctt, r_qd_ub, r_kh_ub, r_bc],
    )


def doc_ho15_kh_bvdk_cantho_sot_xuat_huyet() -> Doc:
    r_luat_tn = Ref(
        "Luật",
        "03/2007/QH12",
        date(2007, 11, 21),
        ten="Luật Phòng, chống bệnh truyền nhiễm",
        long_date=False,
    )
    r_luat_kcb = Ref(
        "Luật",
        "15/2023/QH15",
        date(2023, 1, 9),
        ten="Luật Khám bệnh, chữa bệnh",
    )
    r_kh_syt = Ref(
        "Kế hoạch",
        "186/KH-SYT",
        date(2025, 8, 15),
        "Sở Y tế thành phố Cần Thơ",
        long_date=False,
        pad=False,
    )
    r_cv_syt = Ref(
        "Công văn",
        "2417/SYT-NVY",
        date(2025, 8, 28),
        "Sở Y tế",
        long_date=False,
    )
    r_bc = Ref("Báo cáo", "58/BC-BVĐK", date(2025, 1, 14), long_date=False, pad=False)
    khth = "Phòng Kế hoạch tổng hợp"
    table = Table(
        header=["STT", "Nội dung công việc", "Khoa, phòng chủ trì", "Phối hợp", "Thời gian"],
        columns=["stt", "noi_dung", "chu_tri", "phoi_hop", "thoi_gian"],
        widths=[0.07, 0.40, 0.19, 0.19, 0.15],
        align=["c", "l", "l", "l", "c"],
        size=11.5,
        rows=[
            [
                "1",
                "Thành lập Tổ điều trị sốt xuất huyết nặng, trực 24/24 giờ; bổ sung 30 giường "
                "bệnh tại Khoa Truyền nhiễm",
                khth,
                "Khoa Truyền nhiễm",
                "Trước ngày 15/9/2025",
            ],
            [
                "2",
                "Tập huấn phác đồ chẩn đoán, điều trị sốt xuất huyết Dengue cho bác sĩ, điều "
                "dưỡng các khoa lâm sàng",
                "Phòng Chỉ đạo tuyến",
                "Khoa Hồi sức tích cực - Chống độc",
                "Tháng 9/2025",
            ],
            [
                "3",
                "Dự trữ dịch truyền cao phân tử, Albumin, chế phẩm máu; bảo đảm cơ số thuốc "
                "đủ 03 tháng",
                "Khoa Dược",
                "Phòng Vật tư - Thiết bị y tế",
                "Thường xuyên",
            ],
            [
                "4",
                "Hỗ trợ chuyên môn, hội chẩn từ xa cho Trung tâm Y tế khu vực Sóc Trăng cũ, "
                "Hậu Giang cũ",
                "Phòng Chỉ đạo tuyến",
                khth,
                "Từ 01/9/2025 đến 31/12/2025",
            ],
            [
                "5",
                "Diệt lăng quăng, phun hóa chất trong khuôn viên bệnh viện và khu nhà lưu trú "
                "người nhà bệnh nhân",
                "Khoa Kiểm soát nhiễm khuẩn",
                "Phòng Hành chính quản trị",
                "02 lần/tháng",
            ],
            [
                "6",
                "Truyền thông phòng bệnh trên loa nội bộ, trang thông tin điện tử, Zalo "
                "của bệnh viện",
                "Phòng Công tác xã hội",
                "Các khoa lâm sàng",
                "Tháng 9/2025 - Tháng 11/2025",
            ],
            [
                "7",
                "Giám sát ca bệnh, báo cáo trên Hệ thống giám sát bệnh truyền nhiễm trong "
                "vòng 24 giờ",
                "Khoa Truyền nhiễm",
                khth,
                "Hằng ngày",
            ],
            [
                "8",
                "Tổng kết, đánh giá kết quả thực hiện Kế hoạch, báo cáo Sở Y tế",
                khth,
                "Các khoa, phòng",
                "Trước ngày 20/12/2025",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat_tn.cite()} và {r_luat_kcb.cite()}; thực hiện {r_kh_syt.cite()} "
            f"về phòng, chống dịch bệnh truyền nhiễm năm 2025 và {r_cv_syt.cite()} về tăng "
            "cường phòng, chống sốt xuất huyết mùa mưa, Bệnh viện Đa khoa thành phố Cần Thơ "
            "xây dựng Kế hoạch như sau:"
        ),
        H("I. TÌNH HÌNH"),
        Para(
            "Từ đầu năm đến ngày 24/8/2025, Bệnh viện tiếp nhận 1.846 lượt người bệnh sốt "
            "xuất huyết, tăng 37,2% so với cùng kỳ năm 2024; trong đó 214 ca sốt xuất huyết "
            "có dấu hiệu cảnh báo, 27 ca nặng phải hồi sức, không có ca tử vong. Năm 2024, "
            f"theo {r_bc.cite()}, tỷ lệ người bệnh chuyển tuyến trên là 0,8%."
        ),
        Para(
            "Sau khi hợp nhất thành phố Cần Thơ với tỉnh Sóc Trăng và tỉnh Hậu Giang, số "
            "người bệnh từ các xã, phường vùng ven chuyển đến Bệnh viện tăng, nhất là trẻ em "
            "dưới 15 tuổi (chiếm 58,4% số ca nặng)."
        ),
        H("II. MỤC TIÊU"),
        Para(
            "1. Giảm tỷ lệ tử vong do sốt xuất huyết dưới 0,05% số ca nhập viện; không để "
            "người bệnh nặng chuyển tuyến không an toàn."
        ),
        Para(
            "2. 100% bác sĩ, điều dưỡng các khoa lâm sàng được tập huấn phác đồ; 100% ca "
            "bệnh được báo cáo đúng thời gian quy định."
        ),
        H("III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", keep=3),
        table,
        H("IV. KINH PHÍ"),
        Para(
            "Kinh phí thực hiện 1.284,6 triệu đồng, từ nguồn thu sự nghiệp của Bệnh viện "
            "năm 2025 và nguồn hỗ trợ của Sở Y tế; Phòng Tài chính kế toán hướng dẫn thanh "
            "toán theo quy định."
        ),
        H("V. TỔ CHỨC THỰC HIỆN"),
        Para(
            "Trưởng các khoa, phòng triển khai Kế hoạch; báo cáo kết quả về Phòng Kế hoạch "
            "tổng hợp (điện thoại 0292.3821.736) vào thứ Sáu hằng tuần để tổng hợp, báo cáo "
            "Ban Giám đốc./."
        ),
    ]
    return Doc(
        name="ho15_kh_bvdk_cantho_sot_xuat_huyet",
        description=(
            "Kế hoạch of a city general hospital (SỞ Y TẾ THÀNH PHỐ CẦN THƠ / BỆNH VIỆN ĐA "
            "KHOA / THÀNH PHỐ CẦN THƠ, the issuer over two bold lines), number KH-BVĐK, dated "
            "after the July 2025 merger of Cần Thơ, Sóc Trăng and Hậu Giang (place Cần Thơ; "
            "'Sóc Trăng cũ, Hậu Giang cũ'); no Kính gửi; one opening sentence citing Luật "
            "Phòng, chống bệnh truyền nhiễm with a padded short date (ngày 21/11/2007), Luật "
            "Khám bệnh, chữa bệnh with a long date, the city Sở's Kế hoạch with an unpadded "
            "date (186/KH-SYT, ngày 15/8/2025) and its Công văn with a unit code and the "
            "short issuer 'Sở Y tế' (2417/SYT-NVY, ngày 28/08/2025); the hospital's own Báo "
            "cáo without an issuer (58/BC-BVĐK, ngày 14/1/2025, truth co_quan null); figures "
            "(1.846 lượt, 37,2%, 1.284,6 triệu đồng) and a phone number; headings I-V; a "
            "ruled 5-column task table STT / Nội dung công việc / Khoa, phòng chủ trì / Phối "
            "hợp / Thời gian (keys stt, noi_dung, chu_tri, phoi_hop, thoi_gian) of 8 rows "
            "running onto page 2 under the repeated header row; signer GIÁM ĐỐC alone (truth "
            "tham_quyen_ky null)."
        ),
        tests="KH of a city general hospital (Cần Thơ, merged; dengue); task table; no prefix",
        origin=TEAM,
        seed=1042,
        scan=Scan(
            rotation_deg=-1.1,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=60,
            paper=(246, 242, 231),
            illumination=0.07,
        ),
        chu_quan=["SỞ Y TẾ THÀNH PHỐ CẦN THƠ"],
        ban_hanh=["BỆNH VIỆN ĐA KHOA", "THÀNH PHỐ CẦN THƠ"],
        so="327",
        ky_hieu="KH-BVĐK",
        dia_danh="Cần Thơ",
        ngay=date(2025, 9, 3),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject="Phòng, chống sốt xuất huyết Dengue mùa mưa năm 2025",
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Sở Y tế (để b/c)",
                "Trung tâm Kiểm soát bệnh tật thành phố (p/h)",
                "Ban Giám đốc",
                "Các khoa, phòng (để t/h)",
                "Lưu: VT, KHTH",
            ]
        ),
        signer=["GIÁM ĐỐC"],
        nguoi_ky="BSCKII. Lâm Quốc Thái",
        seal_text="BỆNH VIỆN ĐA KHOA THÀNH PHỐ CẦN THƠ * ",
        refs=[r_luat_tn, r_luat_kcb, r_kh_syt, r_cv_syt, r_bc],
    )


def doc_ho15_cv_ubnd_tranbien_ngap_ung() -> Doc:
    r_cv_ub = Ref(
        "Công văn",
        "9184/UBND-KTN",
        date(2025, 10, 27),
        "Ủy ban nhân dân tỉnh Đồng Nai",
        long_date=False,
        pad=False,
    )
    r_kh = Ref("Kế hoạch", "41/KH-UBND", date(2025, 8, 5), long_date=False)
    r_tb = Ref(
        "Thông báo",
        "716/TB-SXD",
        date(2025, 10, 30),
        "Sở Xây dựng",
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv_ub.cite()} về việc chủ động ứng phó triều cường, mưa lớn gây "
            f"ngập úng cuối năm 2025 và {r_tb.cite()} về lịch triều cường trên sông Đồng Nai, "
            "Ủy ban nhân dân phường Trấn Biên đề nghị các cơ quan, đơn vị thực hiện một số nội "
            "dung sau:"
        ),
        Para(
            "1. Các khu phố rà soát, cập nhật danh sách hộ dân ở ven sông Đồng Nai, rạch Cái "
            "Cầu, rạch Bà Lồng; từ ngày 05/11/2025 đến ngày 10/11/2025 bố trí lực lượng trực, "
            "sẵn sàng di dời 326 hộ với 1.142 nhân khẩu khi mực nước vượt báo động III "
            "(2,10 m tại trạm Biên Hòa)."
        ),
        Para(
            "2. Phòng Kinh tế, Hạ tầng và Đô thị phối hợp đơn vị quản lý hệ thống thoát nước "
            "nạo vét 14 tuyến cống, mương thoát nước với tổng chiều dài 3,6 km; kiểm tra 09 "
            f"điểm ngập theo phương án tại {r_kh.cite()}."
        ),
        Para(
            "3. Công an phường, Ban Chỉ huy quân sự phường bố trí lực lượng, phương tiện hỗ "
            "trợ người dân; phân luồng giao thông tại các tuyến đường Nguyễn Văn Trị, Cách "
            "Mạng Tháng Tám khi ngập sâu trên 0,3 m."
        ),
        Para(
            "4. Trạm Y tế phường chuẩn bị cơ số thuốc, hóa chất xử lý môi trường sau ngập; "
            "Trường Mầm non Hoa Sen, Trường Tiểu học Nguyễn Du chủ động cho học sinh nghỉ "
            "học khi cần thiết và báo cáo Ủy ban nhân dân phường."
        ),
        Para(
            "Các cơ quan, đơn vị báo cáo tình hình về Ủy ban nhân dân phường (qua Văn phòng "
            "HĐND và UBND phường, điện thoại 0251.3822.914) trước 16 giờ 00 hằng ngày trong "
            "thời gian triều cường để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./."
        ),
    ]
    return Doc(
        name="ho15_cv_ubnd_tranbien_ngap_ung",
        description=(
            "Công văn of a ward People's Committee under the new two-level structure (ỦY BAN "
            "NHÂN DÂN / PHƯỜNG TRẤN BIÊN, the issuer on one bold line under a regular parent "
            "line), number UBND-KT with the unit code, dated November 2025 after the merger "
            "of Đồng Nai and Bình Phước (place Trấn Biên); a three-line V/v; Kính gửi with "
            "four addressees; the province's Công văn with a unit code and an unpadded date "
            "(9184/UBND-KTN, ngày 27/10/2025, issuer 'Ủy ban nhân dân tỉnh Đồng Nai') and the "
            "Sở Xây dựng's Thông báo with a long date, issuer the short 'Sở Xây dựng' "
            "(716/TB-SXD); the ward's own Kế hoạch with a padded date and no issuer "
            "(41/KH-UBND, ngày 05/08/2025, truth co_quan null); dates, a water level and a time "
            "that are not citations (từ ngày 05/11/2025 đến ngày 10/11/2025, 2,10 m, 16 giờ "
            "00); figures (326 hộ, 1.142 nhân khẩu, 3,6 km) and a phone number; a three-line "
            "signer TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH (truth tham_quyen_ky "
            "'TM.')."
        ),
        tests="CV of a ward UBND (Đồng Nai, two-level); Kính gửi list; TM. / KT. signer",
        origin=TEAM,
        seed=1043,
        scan=Scan(
            rotation_deg=1.3,
            noise_sigma=7,
            blur=1.0,
            jpeg_quality=56,
            paper=(245, 241, 230),
            illumination=0.08,
        ),
        chu_quan=["ỦY BAN NHÂN DÂN"],
        ban_hanh=["PHƯỜNG TRẤN BIÊN"],
        so="1527",
        ky_hieu="UBND-KT",
        vv="chủ động ứng phó triều cường, ngập úng trên địa bàn phường cuối năm 2025",
        dia_danh="Trấn Biên",
        ngay=date(2025, 11, 3),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Công an phường, Ban Chỉ huy quân sự phường",
            "Trạm Y tế phường, các trường học trên địa bàn",
            "Trưởng các khu phố",
        ],
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "UBND tỉnh (b/c)",
                "Đảng ủy phường (b/c)",
                "Chủ tịch, các PCT UBND phường",
                "Ủy ban MTTQ Việt Nam phường (p/h)",
                "Lưu: VT, KT",
            ]
        ),
        signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Trương Minh Kiệt",
        seal_text="ỦY BAN NHÂN DÂN PHƯỜNG TRẤN BIÊN * TỈNH ĐỒNG NAI * ",
        refs=[r_cv_ub, r_tb, r_kh],
    )


def doc_ho15_bc_ctk_dongthap_lua_thu_dong() -> Doc:
    r_luat = Ref("Luật", "89/2015/QH13", date(2015, 11, 23), ten="Luật Thống kê", long_date=False)
    r_cv = Ref(
        "Công văn",
        "1562/TCTK-NLTS",
        date(2024, 10, 18),
        "Tổng cục Thống kê",
        long_date=False,
        pad=False,
    )
    r_kh = Ref(
        "Kế hoạch",
        "214/KH-UBND",
        date(2024, 7, 22),
        "Ủy ban nhân dân tỉnh Đồng Tháp",
    )
    r_qd = Ref("Quyết định", "96/QĐ-CTK", date(2024, 9, 3), long_date=False, pad=False)
    table = Table(
        header=[
            "STT",
            "Huyện, thành phố",
            "Diện tích gieo trồng (ha)",
            "Năng suất (tạ/ha)",
            "Sản lượng (tấn)",
        ],
        columns=["stt", "don_vi", "dien_tich", "nang_suat", "san_luong"],
        widths=[0.09, 0.35, 0.20, 0.17, 0.19],
        align=["c", "l", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Thành phố Cao Lãnh", "2.846,5", "58,42", "16.629"],
            ["2", "Thành phố Sa Đéc", "1.215,3", "57,86", "7.032"],
            ["3", "Thành phố Hồng Ngự", "3.918,7", "60,15", "23.571"],
            ["4", "Huyện Tân Hồng", "9.426,2", "61,34", "57.820"],
            ["5", "Huyện Tam Nông", "11.583,4", "60,87", "70.508"],
            ["6", "Huyện Thanh Bình", "7.642,8", "59,73", "45.650"],
            ["7", "Huyện Tháp Mười", "14.275,6", "61,05", "87.153"],
            ["8", "Huyện Cao Lãnh", "10.384,1", "59,28", "61.557"],
            ["9", "Huyện Lấp Vò", "4.517,9", "57,64", "26.041"],
            ["", "Tổng cộng", "65.810,5", "60,17", "395.961"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()}; thực hiện {r_cv.cite()} về việc điều tra năng suất, "
            f"sản lượng cây hằng năm vụ Thu Đông năm 2024 và {r_kh.cite()} về sản xuất vụ Thu "
            "Đông, Cục Thống kê tỉnh Đồng Tháp báo cáo kết quả như sau:"
        ),
        H("I. KẾT QUẢ ĐIỀU TRA"),
        Para(
            "1. Phạm vi, phương pháp. Cuộc điều tra được tổ chức tại 9 huyện, thành phố có "
            f"gieo trồng lúa vụ Thu Đông theo phương án ban hành kèm theo {r_qd.cite()}; mỗi "
            "huyện chọn 12 xã, mỗi xã 30 hộ, tổng số 3.240 hộ mẫu; thời gian thu thập thông "
            "tin từ ngày 15/10/2024 đến ngày 15/11/2024."
        ),
        Para(
            "2. Kết quả. Diện tích gieo trồng lúa vụ Thu Đông năm 2024 đạt 65.810,5 ha, giảm "
            "2,4% so với vụ Thu Đông năm 2023 do một số diện tích chuyển sang trồng cây ăn "
            "trái, nuôi thủy sản; năng suất bình quân 60,17 tạ/ha, tăng 1,36 tạ/ha; sản lượng "
            "đạt 395.961 tấn. Kết quả theo huyện, thành phố như sau:",
            keep=3,
        ),
        table,
        Para(
            "Ghi chú: Huyện Hồng Ngự, Thanh Bình giáp ranh có một phần diện tích được tính "
            "cho Thành phố Hồng Ngự; các huyện Lai Vung, Châu Thành không gieo trồng lúa Thu "
            "Đông.",
            style=ITALIC,
            size=12.5,
            gap=4,
        ),
        H("II. NHẬN XÉT"),
        Para(
            "Năng suất tăng nhờ 78,5% diện tích sử dụng giống lúa chất lượng cao OM 18, Đài "
            "Thơm 8, OM 5451; đê bao bảo vệ tốt, không có diện tích bị ngập lũ. Giá lúa tươi "
            "tại ruộng bình quân 7.450 đồng/kg, cao hơn vụ Thu Đông năm 2023 là 650 đồng/kg."
        ),
        Para(
            "Cục Thống kê tỉnh Đồng Tháp kính báo cáo Tổng cục Thống kê và Ủy ban nhân dân tỉnh./."
        ),
    ]
    return Doc(
        name="ho15_bc_ctk_dongthap_lua_thu_dong",
        description=(
            "Báo cáo of a provincial statistics office before the 2025 reorganisation (TỔNG "
            "CỤC THỐNG KÊ / CỤC THỐNG KÊ / TỈNH ĐỒNG THÁP, the issuer over two bold lines), "
            "number BC-CTK, dated December 2024 under the old structure (place Đồng Tháp; "
            "districts and cities by their old names); Kính gửi with two addressees; Luật "
            "Thống kê with a padded short date (ngày 23/11/2015); the Tổng cục's Công văn "
            "with a unit code and an unpadded date (1562/TCTK-NLTS, ngày 18/10/2024); the "
            "provincial People's Committee's Kế hoạch with a long date (214/KH-UBND); the "
            "office's own Quyết định without an issuer (96/QĐ-CTK, ngày 3/9/2024, truth "
            "co_quan null); a date range that is not a citation; a ruled 5-column statistics "
            "table STT / Huyện, thành phố / Diện tích gieo trồng (ha) / Năng suất (tạ/ha) / "
            "Sản lượng (tấn) (keys stt, don_vi, dien_tich, nang_suat, san_luong) of nine "
            "units and a Tổng cộng row with an empty STT (65.810,5; 60,17; 395.961, the "
            "yield weighted by area), with thousands points and decimal commas; an italic Ghi "
            "chú; signer Q. CỤC TRƯỞNG on one line."
        ),
        tests="BC of a provincial statistics office (Đồng Tháp, 2024); numeric table; Q.",
        origin=TEAM,
        seed=1044,
        scan=Scan(
            rotation_deg=-0.4,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=69,
            paper=(247, 244, 234),
            illumination=0.05,
        ),
        chu_quan=["TỔNG CỤC THỐNG KÊ"],
        ban_hanh=["CỤC THỐNG KÊ", "TỈNH ĐỒNG THÁP"],
        so="412",
        ky_hieu="BC-CTK",
        dia_danh="Đồng Tháp",
        ngay=date(2024, 12, 2),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject="Kết quả điều tra năng suất, sản lượng lúa vụ Thu Đông năm 2024",
        kinh_gui=["Tổng cục Thống kê", "Ủy ban nhân dân tỉnh Đồng Tháp"],
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Vụ Thống kê Nông, lâm nghiệp và thủy sản (b/c)",
                "Sở Nông nghiệp và Phát triển nông thôn (p/h)",
                "Lãnh đạo Cục",
                "Lưu: VT, NN",
            ]
        ),
        signer=["Q. CỤC TRƯỞNG"],
        nguoi_ky="Huỳnh Thị Ngọc Diễm",
        seal_text="CỤC THỐNG KÊ TỈNH ĐỒNG THÁP * ",
        refs=[r_luat, r_cv, r_kh, r_qd],
    )


def doc_ho15_hd_hnd_tayninh_nong_dan_gioi() -> Doc:
    r_qd = Ref(
        "Quyết định",
        "35/QĐ-HNDT",
        date(2025, 8, 5),
        "Ban Thường vụ Hội Nông dân tỉnh",
        long_date=False,
        pad=False,
    )
    r_kh = Ref("Kế hoạch", "27/KH-HNDT", date(2025, 7, 21))
    r_cv = Ref(
        "Công văn",
        "1048/UBND-KT",
        date(2025, 8, 12),
        "Ủy ban nhân dân tỉnh Tây Ninh",
        long_date=False,
    )
    table = Table(
        header=["STT", "Cấp", "Tiêu chí thu nhập bình quân (triệu đồng/năm)", "Hồ sơ gửi về"],
        columns=["stt", "cap", "thu_nhap", "ho_so"],
        widths=[0.09, 0.22, 0.36, 0.33],
        align=["c", "l", "c", "l"],
        size=12.0,
        rows=[
            ["1", "Cấp xã", "Từ 200 đến dưới 500", "Hội Nông dân xã, phường"],
            ["2", "Cấp tỉnh", "Từ 500 đến dưới 1.500", "Ban Kinh tế - Xã hội Hội Nông dân tỉnh"],
            ["3", "Cấp Trung ương", "Từ 1.500 trở lên", "Văn phòng Hội Nông dân tỉnh"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_kh.cite()} về phong trào nông dân thi đua sản xuất, kinh doanh giỏi "
            f"năm 2025; căn cứ quy chế ban hành kèm theo {r_qd.cite()}; phối hợp thực hiện "
            f"{r_cv.cite()}, Ban Thường vụ Hội Nông dân tỉnh hướng dẫn bình xét như sau:"
        ),
        H("1. Đối tượng"),
        Para(
            "Hộ hội viên nông dân sản xuất nông nghiệp, kinh doanh dịch vụ ở nông thôn trên "
            "địa bàn tỉnh (gồm các xã, phường thuộc Long An cũ và Tây Ninh cũ), chấp hành tốt "
            "chủ trương, pháp luật, tham gia sinh hoạt Hội đều đặn."
        ),
        H("2. Tiêu chí và mức thu nhập"),
        Para(
            "Hộ đạt danh hiệu có thu nhập bình quân đầu người cao hơn thu nhập bình quân "
            "chung của xã; tạo việc làm thường xuyên cho ít nhất 05 lao động. Mức thu nhập "
            "từng cấp như sau:",
            keep=3,
        ),
        table,
        H("3. Quy trình, thời gian"),
        Para(
            "a) Chi hội bình xét, Hội Nông dân xã, phường thẩm định, công nhận cấp xã xong "
            "trước ngày 30/9/2025."
        ),
        Para(
            "b) Hội Nông dân xã, phường lập hồ sơ đề nghị cấp tỉnh (01 bộ, kèm ảnh mô hình "
            "sản xuất) gửi về Hội Nông dân tỉnh trước ngày 15/10/2025."
        ),
        Para(
            "c) Hội Nông dân tỉnh tổ chức Hội nghị biểu dương 150 hộ tiêu biểu vào tháng "
            "12/2025; mỗi hộ được tặng Giấy khen và 2.000.000 đồng."
        ),
        Para(
            "Quá trình thực hiện, có khó khăn, vướng mắc, liên hệ Ban Kinh tế - Xã hội Hội "
            "Nông dân tỉnh (đồng chí Sơn Thị Sa Ri, điện thoại 0272.3826.459) để được hướng "
            "dẫn./."
        ),
    ]
    return Doc(
        name="ho15_hd_hnd_tayninh_nong_dan_gioi",
        description=(
            "Hướng dẫn of a provincial farmers' association (HỘI NÔNG DÂN VIỆT NAM / BAN "
            "CHẤP HÀNH HỘI NÔNG DÂN / TỈNH TÂY NINH, the issuer over two bold lines), number "
            "HD-HNDT, dated after the July 2025 merger of Long An and Tây Ninh (place Tây "
            "Ninh; 'Long An cũ và Tây Ninh cũ'); no Kính gửi; the association's own Kế hoạch "
            "with a long date and no issuer (27/KH-HNDT, truth co_quan null); its Ban Thường "
            "vụ's Quyết định with an unpadded date (35/QĐ-HNDT, ngày 5/8/2025, issuer 'Ban "
            "Thường vụ Hội Nông dân tỉnh'); the province's Công văn with a unit code and a "
            "padded short date (1048/UBND-KT, ngày 12/08/2025); numbered headings and points "
            "a)-c) with deadlines that are not citations; a small ruled 4-column table STT / "
            "Cấp / Tiêu chí thu nhập bình quân (triệu đồng/năm) / Hồ sơ gửi về (keys stt, "
            "cap, thu_nhap, ho_so) of three rows; a phone number and a Khmer name in the "
            "text; signer TL. BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG (truth tham_quyen_ky 'TL.')."
        ),
        tests="HD of a provincial Hội Nông dân (Tây Ninh, merged); small table; TL.",
        origin=TEAM,
        seed=1045,
        scan=Scan(
            rotation_deg=0.3,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=66,
            paper=(246, 243, 232),
            illumination=0.06,
        ),
        chu_quan=["HỘI NÔNG DÂN VIỆT NAM"],
        ban_hanh=["BAN CHẤP HÀNH HỘI NÔNG DÂN", "TỈNH TÂY NINH"],
        so="19",
        ky_hieu="HD-HNDT",
        dia_danh="Tây Ninh",
        ngay=date(2025, 8, 25),
        title="HƯỚNG DẪN",
        loai_van_ban="Hướng dẫn",
        subject="Bình xét hộ nông dân sản xuất, kinh doanh giỏi các cấp năm 2025",
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Trung ương Hội Nông dân Việt Nam (b/c)",
                "Thường trực Tỉnh ủy (b/c)",
                "Sở Nông nghiệp và Môi trường (p/h)",
                "Hội Nông dân các xã, phường (để t/h)",
                "Lưu: VT, KTXH",
            ]
        ),
        signer=["TL. BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"],
        nguoi_ky="Quách Ngọc Huệ",
        seal_text="HỘI NÔNG DÂN TỈNH TÂY NINH * ",
        refs=[r_kh, r_qd, r_cv],
    )


def doc_ho15_ttr_ctn_vinhlong_cap_nuoc_man() -> Doc:
    r_luat = Ref(
        "Luật",
        "17/2012/QH13",
        date(2012, 6, 21),
        ten="Luật Tài nguyên nước",
        long_date=False,
        pad=False,
    )
    r_kh = Ref(
        "Kế hoạch",
        "2186/KH-UBND",
        date(2024, 1, 30),
        "Ủy ban nhân dân tỉnh Vĩnh Long",
        long_date=False,
    )
    r_cv = Ref(
        "Công văn",
        "634/SXD-HTKT",
        date(2024, 3, 5),
        "Sở Xây dựng tỉnh Vĩnh Long",
    )
    r_bc = Ref("Báo cáo", "47/BC-CTN", date(2024, 3, 11), long_date=False, pad=False)
    table = Table(
        header=["STT", "Hạng mục", "Đơn vị tính", "Khối lượng", "Kinh phí (triệu đồng)"],
        columns=["stt", "hang_muc", "don_vi_tinh", "khoi_luong", "kinh_phi"],
        widths=[0.08, 0.42, 0.14, 0.14, 0.22],
        align=["c", "l", "c", "c", "c"],
        size=12.0,
        rows=[
            [
                "1",
                "Chở nước ngọt bằng sà lan từ sông Tiền về Nhà máy nước Long Hồ",
                "m³",
                "48.000",
                "1.536,0",
            ],
            [
                "2",
                "Lắp đặt trạm lọc RO di động tại xã Quới An, Trung Thành Tây",
                "trạm",
                "04",
                "1.120,0",
            ],
            ["3", "Hóa chất, điện năng vận hành bổ sung", "tháng", "03", "684,5"],
            ["4", "Bồn chứa nước công cộng 2 m³ đặt tại điểm dân cư", "bồn", "120", "318,0"],
            ["", "Tổng cộng", "", "", "3.658,5"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()}; căn cứ {r_kh.cite()} về phòng, chống hạn hán, thiếu "
            f"nước, xâm nhập mặn mùa khô năm 2023 - 2024; thực hiện {r_cv.cite()} về bảo đảm "
            "cấp nước sinh hoạt, Công ty Cổ phần Cấp thoát nước Vĩnh Long kính trình Ủy ban "
            "nhân dân tỉnh như sau:"
        ),
        H("1. Sự cần thiết"),
        Para(
            "Từ ngày 18/02/2024, độ mặn tại cửa lấy nước Nhà máy nước Long Hồ thường xuyên "
            "vượt 0,25‰ (mức tối đa cho nước thô), có thời điểm 1,8‰ vào ngày 04/3/2024. "
            f"Theo {r_bc.cite()}, 12.740 hộ dân tại huyện Vũng Liêm, Mang Thít, Long Hồ bị "
            "gián đoạn cấp nước từ 06 đến 10 giờ mỗi ngày."
        ),
        H("2. Nội dung đề nghị"),
        Para(
            "Công ty đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí từ nguồn dự phòng ngân "
            "sách tỉnh năm 2024 để thực hiện các giải pháp cấp nước khẩn cấp trong 03 tháng "
            "(tháng 3, 4, 5/2024), cụ thể:",
            keep=3,
        ),
        table,
        Para(
            "Công ty cam kết sử dụng kinh phí đúng mục đích, quyết toán trước ngày "
            "30/7/2024; nước sạch cung cấp tại các bồn công cộng không thu tiền."
        ),
        Para(
            "Công ty Cổ phần Cấp thoát nước Vĩnh Long kính trình Ủy ban nhân dân tỉnh xem "
            "xét, quyết định./."
        ),
    ]
    return Doc(
        name="ho15_ttr_ctn_vinhlong_cap_nuoc_man",
        description=(
            "Tờ trình of a provincial water-supply company before the July 2025 merger "
            "(CÔNG TY CỔ PHẦN / CẤP THOÁT NƯỚC VĨNH LONG over two bold lines, no parent "
            "body), number TTr-CTN, dated March 2024 during the 2023 - 2024 drought (place "
            "Vĩnh Long; the old districts Vũng Liêm, Mang Thít, Long Hồ); a centred one-line "
            "Kính gửi; Luật Tài nguyên nước with an unpadded short date (ngày 21/6/2012), the "
            "province's Kế hoạch with a padded short date (2186/KH-UBND, ngày 30/01/2024), "
            "the Sở Xây dựng's Công văn with a unit code and a long date (634/SXD-HTKT); the "
            "company's own Báo cáo without an issuer (47/BC-CTN, ngày 11/3/2024, truth "
            "co_quan null); salinity and dates that are not citations (0,25‰, 1,8‰, ngày "
            "18/02/2024, ngày 04/3/2024); a small ruled 5-column cost table STT / Hạng mục / "
            "Đơn vị tính / Khối lượng / Kinh phí (triệu đồng) (keys stt, hang_muc, "
            "don_vi_tinh, khoi_luong, kinh_phi) of four items and a Tổng cộng row with empty "
            "cells (3.658,5); signer KT. TỔNG GIÁM ĐỐC / PHÓ TỔNG GIÁM ĐỐC with a Khmer name."
        ),
        tests="TTr of a water-supply company (Vĩnh Long, 2024 drought); cost table; KT.",
        origin=TEAM,
        seed=1046,
        scan=Scan(
            rotation_deg=-0.9,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=58,
            paper=(247, 243, 231),
            illumination=0.07,
        ),
        ban_hanh=["CÔNG TY CỔ PHẦN", "CẤP THOÁT NƯỚC VĨNH LONG"],
        so="38",
        ky_hieu="TTr-CTN",
        dia_danh="Vĩnh Long",
        ngay=date(2024, 3, 14),
        title="TỜ TRÌNH",
        loai_van_ban="Tờ trình",
        subject=("Về việc đề nghị hỗ trợ kinh phí cấp nước sinh hoạt khẩn cấp mùa khô năm 2024"),
        kinh_gui=["Ủy ban nhân dân tỉnh Vĩnh Long"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Sở Tài chính, Sở Xây dựng (p/h)",
                "Hội đồng quản trị Công ty (b/c)",
                "Ban Tổng Giám đốc",
                "Lưu: VT, KT",
            ]
        ),
        signer=["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC"],
        nguoi_ky="Thạch Sô Phal",
        seal_text="CÔNG TY CỔ PHẦN CẤP THOÁT NƯỚC VĨNH LONG * ",
        refs=[r_luat, r_kh, r_cv, r_bc],
    )


HELDOUT15_DOCS = [
    doc_ho15_qd_snnmt_angiang_xam_nhap_man,
    doc_ho15_kh_bvdk_cantho_sot_xuat_huyet,
    doc_ho15_cv_ubnd_tranbien_ngap_ung,
    doc_ho15_bc_ctk_dongthap_lua_thu_dong,
    doc_ho15_hd_hnd_tayninh_nong_dan_gioi,
    doc_ho15_ttr_ctn_vinhlong_cap_nuoc_man,
]


# --------------------------------------------------------------------------------------
# Sixteenth held-out set (written blind: nobody ran the pipeline or read its code while
# writing it). The northern midlands and mountains and the Red River delta after the 2025
# merger: Lào Cai, Tuyên Quang, Thái Nguyên, Phú Thọ, Bắc Ninh, Ninh Bình. Kept out of
# samples/ so the end-to-end tests never see it.
# --------------------------------------------------------------------------------------

HELDOUT16_DIR = REPO_ROOT / "benchmarks" / "heldout16"


def doc_ho16_cv_ubnd_banlau_chong_ret() -> Doc:
    r_cv_ub = Ref(
        "Công văn",
        "6215/UBND-NLN",
        date(2025, 12, 2),
        "Ủy ban nhân dân tỉnh Lào Cai",
        long_date=False,
        pad=False,
    )
    r_cv_so = Ref(
        "Công văn",
        "3148/SNNMT-CNTY",
        date(2025, 12, 4),
        "Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
    )
    r_kh = Ref("Kế hoạch", "87/KH-UBND", date(2025, 11, 5), long_date=False)
    table = Table(
        header=["STT", "Thôn", "Số hộ chăn nuôi", "Trâu (con)", "Bò (con)", "Ngựa (con)"],
        columns=["stt", "thon", "so_ho", "trau", "bo", "ngua"],
        widths=[0.08, 0.28, 0.18, 0.15, 0.15, 0.16],
        align=["c", "l", "c", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Na Lốc 1", "86", "142", "57", "12"],
            ["2", "Na Lốc 2", "74", "118", "63", "9"],
            ["3", "Cốc Phương", "91", "165", "48", "21"],
            ["4", "Lủng Phìn", "68", "97", "35", "17"],
            ["5", "Nàn Vái", "103", "188", "72", "14"],
            ["6", "Ma Ngán", "59", "84", "41", "8"],
            ["", "Tổng cộng", "481", "794", "316", "81"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv_ub.cite()} về việc chủ động phòng, chống đói, rét cho cây trồng, "
            f"vật nuôi vụ Đông Xuân 2025 - 2026 và {r_cv_so.cite()} hướng dẫn biện pháp kỹ "
            "thuật chống rét cho trâu, bò, ngựa; theo dự báo của Đài Khí tượng Thủy văn tỉnh, từ "
            "ngày 15/12/2025 vùng núi cao có khả năng xảy ra rét đậm, rét hại, nhiệt độ thấp "
            "nhất 2 - 4°C, có nơi xuất hiện băng giá, sương muối."
        ),
        Para(
            "Để hạn chế thấp nhất thiệt hại về gia súc, Ủy ban nhân dân xã đề nghị các cơ quan, "
            "đơn vị và Trưởng các thôn thực hiện tốt một số nội dung sau:"
        ),
        Para(
            "1. Trưởng các thôn tuyên truyền bằng tiếng phổ thông và tiếng H'Mông, tiếng Nùng "
            "để nhân dân che chắn chuồng trại, dự trữ rơm khô, cỏ ủ chua, thân cây ngô; không "
            "thả rông gia súc lên núi cao, không cho trâu, bò làm việc khi nhiệt độ dưới 12°C. "
            "Số gia súc cần theo dõi trên địa bàn xã như sau:"
        ),
        table,
        Para(
            "2. Phòng Kinh tế phối hợp Trạm Dịch vụ nông nghiệp khu vực kiểm tra các hộ nuôi "
            "từ 05 con trâu, bò trở lên; hướng dẫn thôn Nàn Vái, Lủng Phìn làm chuồng kín gió "
            f"theo mô hình tại {r_kh.cite()}; cấp phát 2.400 kg muối ăn và 350 liều thuốc bổ "
            "trợ cho các hộ nghèo."
        ),
        Para(
            "3. Trạm Y tế xã, Trường Phổ thông dân tộc bán trú Tiểu học và THCS Bản Lầu chủ "
            "động cho học sinh nghỉ học khi nhiệt độ ngoài trời dưới 7°C theo quy định; hộ gia "
            "đình ông Lù Văn Páo, bà Sùng Thị Mỷ (thôn Ma Ngán) được hỗ trợ trước do có gia súc "
            "chết rét năm 2024."
        ),
        Para(
            "4. Công an xã, Ban Chỉ huy quân sự xã phối hợp với Đồn Biên phòng Bản Lầu tuần "
            "tra, ngăn chặn việc vận chuyển gia súc trái phép qua biên giới, phòng dịch bệnh "
            "lở mồm long móng trong mùa rét."
        ),
        Para(
            "Các thôn, đơn vị báo cáo số gia súc bị chết (nếu có) về Ủy ban nhân dân xã (qua "
            "Phòng Kinh tế, điện thoại 0214.3881.206) trước 15 giờ 00 hằng ngày trong thời gian "
            "rét đậm, rét hại để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./."
        ),
    ]
    return Doc(
        name="ho16_cv_ubnd_banlau_chong_ret",
        description=(
            "Công văn of a commune People's Committee under the two-level structure (ỦY BAN "
            "NHÂN DÂN / XÃ BẢN LẦU, the issuer over two bold lines, no parent body), Lào Cai "
            "after the merger with Yên Bái, number UBND-KT with the unit code; a two-line V/v; "
            "Kính gửi with three addressees; the province's Công văn with an unpadded date "
            "(6215/UBND-NLN, ngày 2/12/2025, issuer 'Ủy ban nhân dân tỉnh Lào Cai'), the Sở's "
            "Công văn with a long date (3148/SNNMT-CNTY), the commune's own Kế hoạch with a "
            "padded date and no issuer (87/KH-UBND, ngày 05/11/2025, truth co_quan null); a date "
            "and temperatures that are not citations; a ruled 6-column livestock table per "
            "village with a Tổng cộng row (empty STT); H'Mông and Nùng names; signer TM. ỦY BAN "
            "NHÂN DÂN / CHỦ TỊCH."
        ),
        tests="CV of a commune UBND (Lào Cai, two-level); livestock table; TM.",
        origin=TEAM,
        seed=1051,
        scan=Scan(
            rotation_deg=-0.7,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=60,
            paper=(246, 242, 231),
            illumination=0.07,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "XÃ BẢN LẦU"],
        so="1184",
        ky_hieu="UBND-KT",
        vv="chủ động phòng, chống đói, rét cho đàn gia súc vụ Đông Xuân 2025 - 2026",
        dia_danh="Bản Lầu",
        ngay=date(2025, 12, 8),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Phòng Kinh tế, Trạm Dịch vụ nông nghiệp khu vực",
            "Công an xã, Ban Chỉ huy quân sự xã",
            "Trưởng các thôn",
        ],
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "UBND tỉnh (b/c)",
                "Sở Nông nghiệp và Môi trường (b/c)",
                "TT Đảng ủy, TT HĐND xã",
                "Đồn Biên phòng Bản Lầu (p/h)",
                "Lưu: VT, KT",
            ]
        ),
        signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        nguoi_ky="Vàng Seo Dìn",
        seal_text="ỦY BAN NHÂN DÂN XÃ BẢN LẦU * TỈNH LÀO CAI * ",
        refs=[r_cv_ub, r_cv_so, r_kh],
    )


def doc_ho16_kh_btgdv_tuyenquang_dan_toc() -> Doc:
    r_nq57 = Ref("Nghị quyết", "57-NQ/TW", date(2024, 12, 22), "Bộ Chính trị")
    r_ctr = Ref(
        "Chương trình",
        "05-CTr/TU",
        date(2025, 8, 28),
        "Ban Thường vụ Tỉnh ủy",
        long_date=False,
        pad=False,
    )
    r_hd = Ref(
        "Hướng dẫn",
        "14-HD/BTGDVTW",
        date(2025, 9, 9),
        "Ban Tuyên giáo và Dân vận Trung ương",
        long_date=False,
    )
    r_bc = Ref("Báo cáo", "08-BC/BTGDVTU", date(2025, 9, 30))
    dv = "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    table = Table(
        header=["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        columns=["stt", "noi_dung", "chu_tri", "phoi_hop", "thoi_gian"],
        widths=[0.07, 0.37, 0.19, 0.20, 0.17],
        align=["c", "l", "l", "l", "c"],
        size=11.5,
        rows=[
            [
                "1",
                "Biên soạn tài liệu hỏi - đáp về chính quyền địa phương hai cấp bằng tiếng "
                "Tày, tiếng H'Mông, tiếng Dao",
                dv,
                "Sở Dân tộc và Tôn giáo",
                "Tháng 11/2025",
            ],
            [
                "2",
                "Phát sóng chuyên mục \u201cĐồng bào vùng cao với chính quyền mới\u201d 02 "
                "số/tháng",
                "Báo và Phát thanh, Truyền hình Tuyên Quang",
                dv,
                "Từ 01/12/2025 đến 30/6/2026",
            ],
            [
                "3",
                "Tập huấn kỹ năng dân vận cho 1.240 cán bộ, công chức cấp xã vùng Hà Giang cũ",
                dv,
                "Trường Chính trị tỉnh",
                "Quý I/2026",
            ],
            [
                "4",
                "Gặp mặt, đối thoại với người có uy tín trong đồng bào dân tộc thiểu số tại các "
                "xã Đồng Văn, Mèo Vạc, Hoàng Su Phì",
                "Đảng ủy các xã",
                "Ủy ban MTTQ Việt Nam tỉnh",
                "Tháng 01/2026",
            ],
            [
                "5",
                "Nắm tình hình tư tưởng, dư luận xã hội sau sắp xếp đơn vị hành chính; báo cáo "
                "nhanh khi có vụ việc phức tạp",
                "Đảng ủy các xã, phường",
                dv,
                "Hằng tháng",
            ],
            [
                "6",
                "Xây dựng 12 mô hình \u201cDân vận khéo\u201d gắn với chuyển đổi số ở thôn, bản",
                "Ban Dân vận các Đảng ủy xã",
                "Sở Khoa học và Công nghệ",
                "Năm 2026",
            ],
            [
                "7",
                "Tuyên truyền trên các trang mạng xã hội, nhóm Zalo thôn, bản; phản bác thông tin "
                "sai trái",
                dv,
                "Công an tỉnh",
                "Thường xuyên",
            ],
            [
                "8",
                "Tổ chức Hội thi tuyên truyền viên giỏi vùng đồng bào dân tộc thiểu số lần thứ I",
                dv,
                "Sở Văn hóa, Thể thao và Du lịch",
                "Tháng 4/2026",
            ],
            [
                "9",
                "Sơ kết 6 tháng thực hiện Kế hoạch, báo cáo Ban Thường vụ Tỉnh ủy",
                dv,
                "Các cơ quan, đơn vị liên quan",
                "Trước ngày 15/6/2026",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_nq57.cite()} về đột phá phát triển khoa học, công nghệ, đổi mới "
            f"sáng tạo và chuyển đổi số quốc gia; {r_ctr.cite()} về công tác dân vận trong "
            f"tình hình mới và {r_hd.cite()} về tuyên truyền kết quả sắp xếp tổ chức bộ máy; "
            f"trên cơ sở {r_bc.cite()} về tình hình tư tưởng của cán bộ, đảng viên và nhân dân "
            "sau hợp nhất tỉnh, Ban Tuyên giáo và Dân vận Tỉnh ủy xây dựng Kế hoạch như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Tạo đồng thuận trong đồng bào các dân tộc Tày, Nùng, H'Mông, Dao, Giáy, Lô Lô "
            "về tổ chức chính quyền địa phương hai cấp; 100% thôn, bản được phổ biến nội dung "
            "trước ngày 31/12/2025."
        ),
        Para(
            "2. Phát huy vai trò của 1.862 người có uy tín, già làng, trưởng bản; tuyên truyền "
            "ngắn gọn, dễ hiểu, bằng tiếng dân tộc ở những nơi đồng bào chưa thạo tiếng phổ "
            "thông."
        ),
        H("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN"),
        table,
        H("III. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Giao Phòng Dân vận và Dân tộc, Tôn giáo (đồng chí Triệu Thị Mai, Phó Trưởng "
            "phòng) làm đầu mối theo dõi, đôn đốc; kinh phí 1.485 triệu đồng từ nguồn ngân "
            "sách Đảng năm 2026."
        ),
        Para(
            "2. Ban Tuyên giáo và Dân vận, Ban Xây dựng Đảng các Đảng ủy xã, phường căn cứ Kế "
            "hoạch này cụ thể hóa phù hợp với địa phương; báo cáo kết quả định kỳ trước ngày 20 "
            "hằng tháng về Ban Tuyên giáo và Dân vận Tỉnh ủy (qua Phòng Dân vận và Dân tộc, Tôn "
            "giáo, điện thoại 0207.3822.159)./."
        ),
    ]
    return Doc(
        name="ho16_kh_btgdv_tuyenquang_dan_toc",
        description=(
            "Kế hoạch of a provincial Party committee body with the Party header (TỈNH ỦY "
            "TUYÊN QUANG / BAN TUYÊN GIÁO VÀ DÂN VẬN at the left, ĐẢNG CỘNG SẢN VIỆT NAM at the "
            "right instead of the Quốc hiệu, truth quoc_hieu false), the Party number 'Số "
            "21-KH/BTGDVTU' (truth so '21', ky_hieu 'KH/BTGDVTU', so_ky_hieu "
            "'21-KH/BTGDVTU'); Tuyên Quang after the merger with Hà Giang ('Hà Giang cũ'); one "
            "opening sentence citing Nghị quyết 57-NQ/TW with a long date, the Ban Thường vụ "
            "Tỉnh ủy's Chương trình with an unpadded date (05-CTr/TU, ngày 28/8/2025), the "
            "central Ban's Hướng dẫn with a padded date (14-HD/BTGDVTW, ngày 09/09/2025) and the "
            "body's own Báo cáo with a long date and no issuer (08-BC/BTGDVTU, truth co_quan "
            "null); headings I-III; a ruled 5-column task table STT / Nội dung / Cơ quan chủ trì "
            "/ Cơ quan phối hợp / Thời gian (keys stt, noi_dung, chu_tri, phoi_hop, thoi_gian) "
            "of 9 rows running onto page 2 under the repeated header, curly quotes in cells; "
            "Tày, H'Mông and Dao names; signer TRƯỞNG BAN alone (truth tham_quyen_ky null)."
        ),
        tests="Party KH (ĐẢNG CỘNG SẢN VIỆT NAM header, 21-KH/...); task table over 2 pages",
        origin=TEAM,
        seed=1052,
        scan=Scan(
            rotation_deg=0.9,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=66,
            paper=(247, 243, 233),
            illumination=0.06,
        ),
        quoc_hieu=False,
        party=True,
        chu_quan=["TỈNH ỦY TUYÊN QUANG"],
        ban_hanh=["BAN TUYÊN GIÁO VÀ DÂN VẬN"],
        so="21",
        ky_hieu="KH/BTGDVTU",
        dia_danh="Tuyên Quang",
        ngay=date(2025, 10, 14),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject=(
            "Tuyên truyền, vận động đồng bào các dân tộc thiểu số thực hiện chính quyền địa "
            "phương hai cấp, giai đoạn 2025 - 2026"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Ban Tuyên giáo và Dân vận Trung ương (b/c)",
                "Thường trực Tỉnh ủy (b/c)",
                "Các Đảng ủy trực thuộc Tỉnh ủy",
                "Ủy ban MTTQ Việt Nam tỉnh (p/h)",
                "Lưu: VT, DVDTTG",
            ]
        ),
        signer=["TRƯỞNG BAN"],
        nguoi_ky="Ma Thị Thúy",
        seal_text="BAN TUYÊN GIÁO VÀ DÂN VẬN * TỈNH ỦY TUYÊN QUANG * ",
        refs=[r_nq57, r_ctr, r_hd, r_bc],
    )


def doc_ho16_tb_sgddt_thainguyen_ban_tru() -> Doc:
    r_luat = Ref(
        "Luật",
        "43/2019/QH14",
        date(2019, 6, 14),
        ten="Luật Giáo dục",
        long_date=False,
        pad=False,
    )
    r_kh_ub = Ref(
        "Kế hoạch",
        "145/KH-UBND",
        date(2025, 8, 8),
        "Ủy ban nhân dân tỉnh Thái Nguyên",
        long_date=False,
    )
    r_cv = Ref("Công văn", "2106/SGDĐT-KHTC", date(2025, 9, 5), long_date=False, pad=False)
    body: list[Block] = [
        Para(
            "Ngày 17/9/2025, tại trụ sở Sở Giáo dục và Đào tạo, đồng chí Giám đốc Sở chủ trì "
            "cuộc họp về việc tổ chức ăn, ở bán trú cho học sinh các xã vùng Bắc Kạn cũ năm học "
            "2025 - 2026. Dự họp có các đồng chí Phó Giám đốc Sở; lãnh đạo các phòng chuyên môn "
            "thuộc Sở; đại diện Sở Tài chính, Sở Dân tộc và Tôn giáo; Hiệu trưởng 14 trường phổ "
            "thông dân tộc bán trú."
        ),
        Para(
            "Sau khi nghe Phòng Kế hoạch - Tài chính báo cáo tình hình thực hiện "
            f"{r_cv.cite()} và ý kiến của các đại biểu, Giám đốc Sở kết luận như sau:"
        ),
        H("1. Đánh giá chung"),
        Para(
            "Các trường đã tiếp nhận 6.318 học sinh bán trú, tăng 4,7% so với năm học trước; "
            "bảo đảm bữa ăn với mức tối thiểu 18.000 đồng/học sinh/ngày. Tuy nhiên, 23 phòng ở "
            "của học sinh tại các xã Bằng Thành, Cốc Đán, Thượng Quan xuống cấp; một số bếp ăn "
            "chưa đủ điều kiện an toàn thực phẩm theo quy định."
        ),
        H("2. Nhiệm vụ trong thời gian tới"),
        Para(
            "a) Phòng Kế hoạch - Tài chính chủ trì, phối hợp Sở Tài chính rà soát nhu cầu, "
            f"tham mưu bố trí kinh phí sửa chữa phòng ở theo {r_kh_ub.cite()}; hoàn thành trước "
            "ngày 15/10/2025."
        ),
        Para(
            "b) Phòng Giáo dục phổ thông hướng dẫn các trường thực hiện Điều 61 "
            f"{r_luat.cite()} về trường phổ thông dân tộc bán trú; tăng cường dạy tiếng Việt "
            "cho học sinh lớp 1 người Dao, người H'Mông."
        ),
        Para(
            "c) Các trường phổ thông dân tộc bán trú phân công giáo viên trực đêm; phối hợp "
            "Trạm Y tế xã kiểm tra sức khỏe học sinh định kỳ 02 lần/học kỳ; công khai thực đơn "
            "hằng tuần."
        ),
        Para(
            "d) Giao Hiệu trưởng Trường PTDTBT THCS Cốc Đán (thầy Bàn Văn Chản) xây dựng mô hình "
            "\u201cBếp ăn bán trú an toàn\u201d, tổ chức cho các trường học tập kinh nghiệm "
            "trong tháng 11/2025."
        ),
        Para(
            "Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện; quá trình thực hiện có "
            "vướng mắc báo cáo Giám đốc Sở (qua Văn phòng Sở, điện thoại 0208.3855.732)./."
        ),
    ]
    return Doc(
        name="ho16_tb_sgddt_thainguyen_ban_tru",
        description=(
            "Thông báo kết luận of a provincial Sở Giáo dục và Đào tạo (UBND TỈNH THÁI NGUYÊN "
            "/ SỞ GIÁO DỤC VÀ ĐÀO TẠO), number TB-SGDĐT, Thái Nguyên after the merger with Bắc "
            "Kạn ('Bắc Kạn cũ'); the subject 'Kết luận của Giám đốc Sở ...' over two lines; no "
            "Kính gửi; a meeting date that is not a citation (ngày 17/9/2025); the Sở's own "
            "Công văn with an unpadded date and no issuer (2106/SGDĐT-KHTC, ngày 5/9/2025, "
            "truth co_quan null), the province's Kế hoạch with a padded date (145/KH-UBND, ngày "
            "08/08/2025) and Luật Giáo dục with an unpadded date after 'Điều 61'; headings 1-2, "
            "points a)-d), figures (6.318, 4,7%, 18.000 đồng/học sinh/ngày); a Dao name; signer "
            "TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG."
        ),
        tests="TB kết luận of a Sở GDĐT (Thái Nguyên, merged); points a)-d); TL.",
        origin=TEAM,
        seed=1053,
        scan=Scan(
            rotation_deg=-1.2,
            noise_sigma=7,
            blur=1.0,
            jpeg_quality=58,
            paper=(245, 241, 230),
            illumination=0.08,
        ),
        chu_quan=["UBND TỈNH THÁI NGUYÊN"],
        ban_hanh=["SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
        so="2374",
        ky_hieu="TB-SGDĐT",
        dia_danh="Thái Nguyên",
        ngay=date(2025, 9, 22),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject=(
            "Kết luận của Giám đốc Sở Giáo dục và Đào tạo tại cuộc họp về công tác bán trú "
            "cho học sinh năm học 2025 - 2026"
        ),
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "UBND tỉnh (b/c)",
                "Giám đốc, các PGĐ Sở",
                "Sở Tài chính, Sở Dân tộc và Tôn giáo (p/h)",
                "Các phòng thuộc Sở",
                "Các trường PTDTBT",
                "Lưu: VT, KHTC",
            ]
        ),
        signer=["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"],
        nguoi_ky="Nông Thị Bích Ngọc",
        seal_text="SỞ GIÁO DỤC VÀ ĐÀO TẠO * TỈNH THÁI NGUYÊN * ",
        refs=[r_cv, r_kh_ub, r_luat],
    )


def doc_ho16_ctr_cdc_phutho_benh_dai() -> Doc:
    r_luat = Ref(
        "Luật",
        "03/2007/QH12",
        date(2007, 11, 21),
        ten="Luật Phòng, chống bệnh truyền nhiễm",
    )
    r_kh_syt = Ref(
        "Kế hoạch",
        "412/KH-SYT",
        date(2025, 12, 19),
        "Sở Y tế tỉnh Phú Thọ",
        long_date=False,
    )
    r_cv_cuc = Ref(
        "Công văn",
        "1486/CPB-BTN",
        date(2025, 12, 8),
        "Cục Phòng bệnh",
        long_date=False,
        pad=False,
    )
    r_bc = Ref("Báo cáo", "96/BC-KSBT", date(2025, 12, 26))
    tt = "Khoa Truyền thông, Giáo dục sức khỏe"
    table = Table(
        header=["STT", "Hoạt động", "Đối tượng, địa bàn", "Đơn vị thực hiện", "Thời gian"],
        columns=["stt", "hoat_dong", "doi_tuong", "thuc_hien", "thoi_gian"],
        widths=[0.07, 0.33, 0.24, 0.20, 0.16],
        align=["c", "l", "l", "l", "c"],
        size=11.5,
        rows=[
            [
                "1",
                "Phát 45.000 tờ rơi, 1.200 áp phích về tiêm vắc xin phòng dại cho chó, mèo",
                "Các xã vùng Hòa Bình cũ (Đà Bắc, Mai Châu, Lạc Sơn)",
                tt,
                "Quý I/2026",
            ],
            [
                "2",
                "Phát thanh trên loa truyền thanh thôn, bản bằng tiếng Kinh, tiếng Mường, "
                "tiếng Dao",
                "148 xã, phường",
                "Trạm Y tế các xã, phường",
                "02 lần/tuần",
            ],
            [
                "3",
                "Tập huấn xử trí vết thương do chó cắn và tư vấn tiêm phòng dại",
                "Cán bộ y tế xã, nhân viên y tế thôn, bản",
                "Khoa Phòng, chống bệnh truyền nhiễm",
                "Tháng 3/2026",
            ],
            [
                "4",
                "Truyền thông tại trường học: \u201cEm yêu thú cưng, em phòng bệnh dại\u201d",
                "Học sinh tiểu học vùng Vĩnh Phúc cũ",
                tt,
                "Từ 02/3/2026 đến 30/4/2026",
            ],
            [
                "5",
                "Phóng sự, tin bài trên Báo và Phát thanh, Truyền hình Phú Thọ",
                "Toàn tỉnh",
                tt,
                "Hằng tháng",
            ],
            [
                "6",
                "Giám sát ổ dịch, truyền thông nguy cơ tại nơi có người tử vong do bệnh dại",
                "Xã có ca bệnh",
                "Đội đáp ứng nhanh",
                "Trong 24 giờ",
            ],
            [
                "7",
                "Phối hợp tổ chức Tháng cao điểm tiêm phòng dại cho chó, mèo",
                "Các xã Tân Sơn, Thanh Sơn, Yên Lập",
                "Chi cục Chăn nuôi và Thú y",
                "Tháng 4/2026",
            ],
            [
                "8",
                "Truyền thông Ngày Thế giới phòng, chống bệnh dại (28/9)",
                "Toàn tỉnh",
                tt,
                "Tháng 9/2026",
            ],
            [
                "9",
                "Đánh giá kiến thức, thực hành phòng bệnh của 600 hộ gia đình",
                "06 xã điểm",
                "Khoa Dịch tễ",
                "Tháng 11/2026",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()};",
            gap=6,
        ),
        Para(
            f"Căn cứ {r_kh_syt.cite()} về phòng, chống bệnh dại và các bệnh lây truyền từ động "
            f"vật sang người năm 2026; {r_cv_cuc.cite()} về tăng cường truyền thông phòng, "
            "chống bệnh dại;"
        ),
        Para(
            f"Căn cứ {r_bc.cite()} về tình hình bệnh dại năm 2025, Trung tâm Kiểm soát bệnh tật "
            "tỉnh Phú Thọ xây dựng Chương trình truyền thông như sau:"
        ),
        H("I. TÌNH HÌNH"),
        Para(
            "Năm 2025, toàn tỉnh ghi nhận 06 trường hợp tử vong do bệnh dại (tăng 02 trường hợp "
            "so với năm 2024), 19.846 người bị chó, mèo cắn phải tiêm vắc xin; tỷ lệ chó, mèo "
            "được tiêm phòng mới đạt 61,3%. Các ca tử vong chủ yếu là người dân tộc Mường, Dao "
            "ở vùng sâu, không đi tiêm vắc xin sau khi bị cắn."
        ),
        H("II. MỤC TIÊU"),
        Para(
            "Trên 90% hộ gia đình nuôi chó, mèo biết cách phòng bệnh dại; không để xảy ra tử "
            "vong do không được tư vấn tiêm phòng; 100% trạm y tế có góc truyền thông về "
            "bệnh dại."
        ),
        H("III. CÁC HOẠT ĐỘNG CỤ THỂ"),
        table,
        H("IV. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN"),
        Para(
            "Kinh phí 826,5 triệu đồng từ nguồn ngân sách tỉnh giao năm 2026 và nguồn hợp pháp "
            "khác. Khoa Truyền thông, Giáo dục sức khỏe là đầu mối, tổng hợp kết quả báo cáo "
            "Sở Y tế trước ngày 10/12/2026; liên hệ bác sĩ Hà Thị Lụa, điện thoại "
            "0210.3846.518./."
        ),
    ]
    return Doc(
        name="ho16_ctr_cdc_phutho_benh_dai",
        description=(
            "Chương trình of a provincial disease-control centre (SỞ Y TẾ TỈNH PHÚ THỌ / TRUNG "
            "TÂM KIỂM SOÁT / BỆNH TẬT TỈNH PHÚ THỌ, the issuer over two bold lines), number "
            "CTr-KSBT, dated January 2026, Phú Thọ after the merger with Vĩnh Phúc and Hòa "
            "Bình ('Hòa Bình cũ', 'Vĩnh Phúc cũ'); Căn cứ lines in regular type: Luật Phòng, "
            "chống bệnh truyền nhiễm with a long date; the Sở's Kế hoạch with a padded date "
            "(412/KH-SYT, ngày 19/12/2025) and the Cục's Công văn with an unpadded date "
            "(1486/CPB-BTN, ngày 8/12/2025, issuer 'Cục Phòng bệnh'); the centre's own Báo "
            "cáo with a long date and no issuer (96/BC-KSBT, truth co_quan null); headings "
            "I-IV; figures (19.846, 61,3%, 826,5 triệu đồng); a ruled 5-column activity table "
            "STT / Hoạt động / Đối tượng, địa bàn / Đơn vị thực hiện / Thời gian (keys stt, "
            "hoat_dong, doi_tuong, thuc_hien, thoi_gian) of 9 rows running onto the next page "
            "under the repeated header, '(28/9)' in a cell; signer KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC, "
            "a Mường name."
        ),
        tests="CTr of a CDC (Phú Thọ, merged); activity table over pages; KT.",
        origin=TEAM,
        seed=1054,
        scan=Scan(
            rotation_deg=0.4,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=71,
            paper=(248, 244, 234),
            illumination=0.05,
        ),
        chu_quan=["SỞ Y TẾ TỈNH PHÚ THỌ"],
        ban_hanh=["TRUNG TÂM KIỂM SOÁT", "BỆNH TẬT TỈNH PHÚ THỌ"],
        so="09",
        ky_hieu="CTr-KSBT",
        dia_danh="Phú Thọ",
        ngay=date(2026, 1, 6),
        title="CHƯƠNG TRÌNH",
        loai_van_ban="Chương trình",
        subject="Truyền thông phòng, chống bệnh dại năm 2026",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Sở Y tế (b/c)",
                "Ban Giám đốc Trung tâm",
                "Chi cục Chăn nuôi và Thú y (p/h)",
                "Trạm Y tế các xã, phường",
                "Các khoa, phòng thuộc Trung tâm",
                "Lưu: VT, TTGDSK",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Đinh Công Thắng",
        seal_text="TRUNG TÂM KIỂM SOÁT BỆNH TẬT * TỈNH PHÚ THỌ * ",
        refs=[r_luat, r_kh_syt, r_cv_cuc, r_bc],
    )


def doc_ho16_gm_bhxh_bacninh_doi_thoai() -> Doc:
    r_luat = Ref(
        "Luật",
        "41/2024/QH15",
        date(2024, 6, 29),
        ten="Luật Bảo hiểm xã hội",
        long_date=False,
    )
    r_kh = Ref("Kế hoạch", "2158/KH-BHXH", date(2025, 10, 17), "Bảo hiểm xã hội Việt Nam")
    table = Table(
        header=["STT", "Đơn vị được mời", "Số đại biểu", "Ghi chú"],
        columns=["stt", "don_vi", "so_dai_bieu", "ghi_chu"],
        widths=[0.08, 0.50, 0.16, 0.26],
        align=["c", "l", "c", "l"],
        size=12.0,
        rows=[
            [
                "1",
                "UBND các xã Sơn Động, An Lạc, Vân Sơn, Tuấn Đạo",
                "8",
                "02 đại biểu/xã",
            ],
            ["2", "UBND các xã Lục Ngạn, Sa Lý, Biển Động", "6", "02 đại biểu/xã"],
            [
                "3",
                "Người có uy tín trong đồng bào dân tộc thiểu số",
                "12",
                "Danh sách kèm theo",
            ],
            ["4", "Đại lý thu BHXH, BHYT tại các xã", "10", ""],
            ["5", "Bưu điện tỉnh Bắc Ninh", "2", ""],
            ["", "Tổng cộng", "38", ""],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_luat.cite()} và {r_kh.cite()} về phát triển người tham gia bảo hiểm "
            "xã hội tự nguyện giai đoạn 2025 - 2030, Bảo hiểm xã hội tỉnh Bắc Ninh tổ chức Hội "
            "nghị đối thoại chính sách với người dân vùng đồng bào dân tộc thiểu số khu vực "
            "Bắc Giang cũ."
        ),
        Para("Bảo hiểm xã hội tỉnh trân trọng kính mời:", gap=4),
        Para(
            "- Đại diện lãnh đạo Ban Dân tộc Hội đồng nhân dân tỉnh, Sở Dân tộc và Tôn giáo, Sở "
            "Nội vụ;",
            indent=5,
            gap=1,
        ),
        Para(
            "- Đại diện các đơn vị, cá nhân theo danh sách dưới đây:",
            indent=5,
            gap=1,
        ),
        table,
        Para(
            "Thời gian: 01 buổi, bắt đầu từ 08 giờ 00, thứ Năm, ngày 20/11/2025.",
            gap=4,
        ),
        Para("Địa điểm: Hội trường Ủy ban nhân dân xã Sơn Động, tỉnh Bắc Ninh (Bắc Giang cũ)."),
        Para(
            "Nội dung: giới thiệu điểm mới của Luật Bảo hiểm xã hội về hỗ trợ mức đóng cho "
            "người dân tộc thiểu số (30% mức đóng theo chuẩn hộ nghèo khu vực nông thôn); "
            "trả lời ý kiến của người dân; chia sẻ kinh nghiệm của bà Hoàng Thị Sim (người "
            "Nùng, xã An Lạc) tham gia bảo hiểm xã hội tự nguyện từ năm 2019."
        ),
        Para(
            "Đề nghị các đơn vị gửi danh sách đại biểu về Bảo hiểm xã hội tỉnh (qua Phòng "
            "Truyền thông và Phát triển người tham gia, đồng chí La Văn Cường, điện thoại "
            "0204.3856.274) trước ngày 17/11/2025 để chuẩn bị tài liệu./."
        ),
    ]
    return Doc(
        name="ho16_gm_bhxh_bacninh_doi_thoai",
        description=(
            "Giấy mời of a provincial social-insurance office (BẢO HIỂM XÃ HỘI VIỆT NAM / BẢO "
            "HIỂM XÃ HỘI / TỈNH BẮC NINH, the issuer over two bold lines), number GM-BHXH, "
            "Bắc Ninh after the merger with Bắc Giang ('Bắc Giang cũ'); the subject 'Dự Hội "
            "nghị ...'; one opening sentence citing Luật Bảo hiểm xã hội with a padded short "
            "date (ngày 29/06/2024) and the national office's Kế hoạch with a long date "
            "(2158/KH-BHXH, issuer 'Bảo hiểm xã hội Việt Nam'); '- ' invitee lines; a small "
            "ruled 4-column table STT / Đơn vị được mời / Số đại biểu / Ghi chú (keys stt, "
            "don_vi, so_dai_bieu, ghi_chu) of five rows and a Tổng cộng row, empty cells; time "
            "and place lines with a weekday and dates that are not citations; Nùng and Tày "
            "names; signer Q. GIÁM ĐỐC on one line (truth tham_quyen_ky 'Q.')."
        ),
        tests="GM of a provincial BHXH (Bắc Ninh, merged); invitee table; Q. GIÁM ĐỐC",
        origin=TEAM,
        seed=1055,
        scan=Scan(
            rotation_deg=1.4,
            noise_sigma=8,
            blur=1.1,
            jpeg_quality=55,
            paper=(246, 241, 229),
            illumination=0.09,
        ),
        chu_quan=["BẢO HIỂM XÃ HỘI VIỆT NAM"],
        ban_hanh=["BẢO HIỂM XÃ HỘI", "TỈNH BẮC NINH"],
        so="327",
        ky_hieu="GM-BHXH",
        dia_danh="Bắc Ninh",
        ngay=date(2025, 11, 11),
        title="GIẤY MỜI",
        loai_van_ban="Giấy mời",
        subject=(
            "Dự Hội nghị đối thoại chính sách bảo hiểm xã hội tự nguyện với người dân vùng "
            "đồng bào dân tộc thiểu số"
        ),
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như thành phần mời",
                "Bảo hiểm xã hội Việt Nam (b/c)",
                "UBND tỉnh (b/c)",
                "Giám đốc, các PGĐ",
                "Lưu: VT, TT&PTNTG",
            ]
        ),
        signer=["Q. GIÁM ĐỐC"],
        nguoi_ky="Vi Thị Hương",
        seal_text="BẢO HIỂM XÃ HỘI TỈNH BẮC NINH * BẢO HIỂM XÃ HỘI VIỆT NAM * ",
        refs=[r_luat, r_kh],
    )


def doc_ho16_bb_bqlda_ninhbinh_tien_do() -> Doc:
    r_luat = Ref("Luật", "50/2014/QH13", date(2014, 6, 18), ten="Luật Xây dựng")
    r_nd = Ref(
        "Nghị định",
        "06/2021/NĐ-CP",
        date(2021, 1, 26),
        "Chính phủ",
        long_date=False,
    )
    r_qd = Ref(
        "Quyết định",
        "2894/QĐ-UBND",
        date(2025, 11, 7),
        "Ủy ban nhân dân tỉnh Ninh Bình",
        long_date=False,
        pad=False,
    )
    r_tb = Ref("Thông báo", "118/TB-BQLDA", date(2025, 12, 12))
    table = Table(
        header=[
            "STT",
            "Gói thầu",
            "Nhà thầu thi công",
            "Giá trị hợp đồng (tỷ đồng)",
            "Khối lượng hoàn thành (%)",
        ],
        columns=["stt", "goi_thau", "nha_thau", "gia_tri", "hoan_thanh"],
        widths=[0.07, 0.31, 0.30, 0.16, 0.16],
        align=["c", "l", "l", "c", "c"],
        size=11.5,
        rows=[
            [
                "1",
                "XL-01: Nền, mặt đường Km0+000 - Km4+500 (Hà Nam cũ)",
                "Liên danh Công ty CP Xây dựng Trường Sơn - Công ty TNHH Hoàng Long",
                "186,42",
                "72,5",
            ],
            [
                "2",
                "XL-02: Cầu vượt sông Đáy",
                "Công ty CP Tập đoàn Cầu Thăng Long",
                "243,15",
                "48,0",
            ],
            [
                "3",
                "XL-03: Nền, mặt đường Km4+500 - Km9+200 (Nam Định cũ)",
                "Công ty CP Đầu tư và Xây dựng Thành Nam",
                "158,77",
                "61,3",
            ],
            [
                "4",
                "XL-04: Nút giao với Quốc lộ 21A",
                "Công ty TNHH Xây dựng Phúc Hưng",
                "64,30",
                "35,8",
            ],
            [
                "5",
                "XL-05: Chiếu sáng, cây xanh, hệ thống an toàn giao thông",
                "Công ty CP Điện chiếu sáng Hoa Lư",
                "27,06",
                "0,0",
            ],
            [
                "6",
                "TV-03: Tư vấn giám sát thi công",
                "Công ty CP Tư vấn xây dựng giao thông Ninh Bình",
                "9,84",
                "55,0",
            ],
        ],
    )
    body: list[Block] = [
        Para("Thời gian: 08 giờ 30 phút, ngày 26 tháng 12 năm 2025.", gap=6),
        Para("Địa điểm: Phòng họp tầng 3, Ban Quản lý dự án, phường Hoa Lư, tỉnh Ninh Bình."),
        Para(
            "Thành phần: Ban Giám đốc, Trưởng các phòng Kỹ thuật, Kế hoạch - Tổng hợp; đại "
            "diện Sở Xây dựng; đại diện các nhà thầu thi công, tư vấn giám sát."
        ),
        Para("Chủ trì: ông Đinh Văn Khiêm, Phó Giám đốc Ban."),
        Para("Thư ký: bà Lã Thị Thu Trang, chuyên viên Phòng Kế hoạch - Tổng hợp."),
        Para("NỘI DUNG CUỘC HỌP", style=BOLD, align="center", indent=0, gap=8, keep=2),
        Para(
            "1. Phòng Kỹ thuật báo cáo tiến độ Dự án đường liên kết vùng Hà Nam cũ - Nam Định "
            f"cũ, được điều chỉnh chủ trương đầu tư tại {r_qd.cite()}; kết quả kiểm tra "
            f"chất lượng theo {r_luat.cite()} và {r_nd.cite()} quy định chi tiết một số nội "
            "dung về quản lý chất lượng, thi công xây dựng và bảo trì công trình xây dựng. "
            "Khối lượng các gói thầu đến ngày 25/12/2025 như sau:"
        ),
        table,
        Para(
            "2. Ý kiến của các thành viên dự họp: Liên danh nhà thầu gói XL-01 đề nghị bàn "
            "giao 1,2 km mặt bằng còn vướng tại xã Kim Bảng; Công ty CP Tập đoàn Cầu Thăng Long "
            "báo cáo trụ T5, T6 chậm 21 ngày do mực nước sông Đáy dâng cao."
        ),
        Para(
            "3. Kết luận của chủ trì: yêu cầu các nhà thầu thực hiện đúng cam kết tại "
            f"{r_tb.cite()}; gói XL-02 tăng ca, bảo đảm hoàn thành thân trụ trước ngày "
            "28/02/2026; Phòng Kế hoạch - Tổng hợp đôn đốc giải ngân, phấn đấu đạt 95% kế "
            "hoạch vốn năm 2025 (412,6 tỷ đồng)."
        ),
        Para(
            "Cuộc họp kết thúc vào 11 giờ 15 phút cùng ngày. Biên bản đã được đọc lại cho các "
            "thành viên dự họp nghe và nhất trí thông qua./."
        ),
    ]
    return Doc(
        name="ho16_bb_bqlda_ninhbinh_tien_do",
        description=(
            "Biên bản of a provincial project management board (UBND TỈNH NINH BÌNH / BAN "
            "QUẢN LÝ DỰ ÁN ĐẦU TƯ / XÂY DỰNG CÔNG TRÌNH / GIAO THÔNG, the issuer over three "
            "bold lines), number BB-BQLDA, Ninh Bình after the merger with Hà Nam and Nam Định "
            "('Hà Nam cũ', 'Nam Định cũ'); Thời gian with a long date equal to the date of "
            "issue (not a citation), Địa điểm, Thành phần, Chủ trì, Thư ký, NỘI DUNG CUỘC HỌP; "
            "one sentence citing the province's Quyết định with an unpadded date "
            "(2894/QĐ-UBND, ngày 7/11/2025), Luật Xây dựng with a long date and Nghị định "
            "06/2021/NĐ-CP with a padded date (ngày 26/01/2021); the board's own Thông báo "
            "with a long date and no issuer (118/TB-BQLDA, truth co_quan null); a ruled "
            "5-column table STT / Gói thầu / Nhà thầu thi công / Giá trị hợp đồng (tỷ đồng) / "
            "Khối lượng hoàn thành (%) (keys stt, goi_thau, nha_thau, gia_tri, hoan_thanh) of "
            "six packages with chainages (Km0+000 - Km4+500) and decimal commas; two signer "
            "blocks side by side, THƯ KÝ at the left and CHỦ TRÌ at the right, Nơi nhận under "
            "them (truth: the right block, tham_quyen_ky null)."
        ),
        tests="Biên bản of a BQLDA (Ninh Bình, merged); package table; THƯ KÝ / CHỦ TRÌ",
        origin=TEAM,
        seed=1056,
        scan=Scan(
            rotation_deg=-0.3,
            noise_sigma=5,
            blur=0.6,
            jpeg_quality=74,
            paper=(247, 243, 232),
            illumination=0.06,
        ),
        chu_quan=["UBND TỈNH NINH BÌNH"],
        ban_hanh=["BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ", "XÂY DỰNG CÔNG TRÌNH", "GIAO THÔNG"],
        so="46",
        ky_hieu="BB-BQLDA",
        dia_danh="Ninh Bình",
        ngay=date(2025, 12, 26),
        title="BIÊN BẢN",
        loai_van_ban="Biên bản",
        subject="Họp kiểm điểm tiến độ Dự án đường liên kết vùng Hà Nam cũ - Nam Định cũ",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Sở Xây dựng (b/c)",
                "Giám đốc Ban (b/c)",
                "Các nhà thầu (để t/h)",
                "Lưu: VT, KT",
            ]
        ),
        signer_left=["THƯ KÝ"],
        nguoi_ky_left="Lã Thị Thu Trang",
        signer=["CHỦ TRÌ"],
        nguoi_ky="Đinh Văn Khiêm",
        seal_text="BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG * TỈNH NINH BÌNH * ",
        refs=[r_qd, r_luat, r_nd, r_tb],
    )


HELDOUT16_DOCS = [
    doc_ho16_cv_ubnd_banlau_chong_ret,
    doc_ho16_kh_btgdv_tuyenquang_dan_toc,
    doc_ho16_tb_sgddt_thainguyen_ban_tru,
    doc_ho16_ctr_cdc_phutho_benh_dai,
    doc_ho16_gm_bhxh_bacninh_doi_thoai,
    doc_ho16_bb_bqlda_ninhbinh_tien_do,
]


# --------------------------------------------------------------------------------------
# Seventeenth held-out set (written blind: nobody ran the pipeline or read its code while
# writing it). Central Vietnam and the Central Highlands: Huế, Đà Nẵng, Quảng Ngãi, Gia
# Lai, Đắk Lắk, Khánh Hòa. Kept out of samples/ so the end-to-end tests never see it.
# --------------------------------------------------------------------------------------

HELDOUT17_DIR = REPO_ROOT / "benchmarks" / "heldout17"


def doc_ho17_qd_catp_hue_giao_thong_thuy() -> Doc:
    r_luat_ca = Ref(
        "Luật",
        "37/2018/QH14",
        date(2018, 11, 20),
        ten="Luật Công an nhân dân",
        long_date=False,
    )
    r_luat_dtnd = Ref(
        "Luật",
        "23/2004/QH11",
        date(2004, 6, 15),
        ten="Luật Giao thông đường thủy nội địa",
    )
    r_kh_ub = Ref(
        "Kế hoạch",
        "396/KH-UBND",
        date(2025, 9, 22),
        "Ủy ban nhân dân thành phố Huế",
        long_date=False,
        pad=False,
    )
    r_kh_ca = Ref("Kế hoạch", "1127/KH-CATP", date(2025, 9, 30), long_date=False)
    r_tt = Ref(
        "Tờ trình",
        "88/TTr-PC08",
        date(2025, 10, 7),
        "Phòng Cảnh sát giao thông",
        long_date=False,
        pad=False,
    )
    pc08 = "Phòng Cảnh sát giao thông"
    table = Table(
        header=[
            "TT",
            "Tuyến, địa bàn",
            "Nội dung bảo đảm",
            "Đơn vị chủ trì",
            "Lực lượng phối hợp",
            "Thời gian",
        ],
        columns=["stt", "dia_ban", "nhiem_vu", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_gian"],
        widths=[0.06, 0.19, 0.29, 0.16, 0.17, 0.13],
        align=["c", "l", "l", "l", "l", "c"],
        size=11.5,
        rows=[
            [
                "1",
                "Sông Hương đoạn từ cầu Tuần đến cửa Thuận An (32 km)",
                "Tuần tra, kiểm soát phương tiện chở khách du lịch, thuyền rồng; kiểm tra áo "
                "phao, phao tròn cứu sinh",
                pc08,
                "Công an các phường ven sông",
                "Từ 15/10/2025 đến 31/12/2025",
            ],
            [
                "2",
                "Bến thuyền Tòa Khâm, bến Văn Lâu, bến chùa Thiên Mụ",
                "Bố trí tổ công tác cố định; lập biên bản phương tiện chở quá số người quy định",
                pc08,
                "Cảng vụ Đường thủy nội địa",
                "Hằng ngày",
            ],
            [
                "3",
                "Phá Tam Giang - Cầu Hai, đầm Sam, đầm Chuồn",
                "Vận động ngư dân gỡ bỏ đáy, chuôm, sáo cản trở luồng; kiểm tra đăng ký "
                "phương tiện đánh bắt",
                "Công an các xã ven phá",
                "Đồn Biên phòng Thuận An, Hải đội 2",
                "Trước ngày 15/11/2025",
            ],
            [
                "4",
                "Đò ngang qua sông Bồ, sông Ô Lâu, sông Truồi",
                "Rà soát 47 bến đò ngang; đình chỉ bến không bảo đảm an toàn khi có mưa lũ",
                "Phòng Quản lý hành chính về trật tự xã hội",
                "UBND các xã",
                "Tháng 10/2025",
            ],
            [
                "5",
                "Vùng ngập sâu phường Hương Trà, Kim Long, xã Quảng Điền",
                "Chuẩn bị 26 xuồng máy, 180 áo phao; sẵn sàng di dời người dân khi có lệnh",
                "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
                "Trung đoàn Cảnh sát cơ động",
                "Theo diễn biến mưa lũ",
            ],
            [
                "6",
                "Huyện A Lưới cũ: sông A Sáp, suối Tà Rình",
                "Tuyên truyền bằng tiếng Tà Ôi, Cơ Tu; cấm người dân vượt suối, ngầm tràn "
                "khi nước lớn",
                "Công an các xã A Lưới 1, A Lưới 3",
                "Già làng, người có uy tín",
                "Mùa mưa bão 2025",
            ],
            [
                "7",
                "Cửa biển Thuận An, Tư Hiền",
                "Kiểm soát tàu cá ra, vào cửa biển; phối hợp tìm kiếm người bị nạn trên biển",
                "Phòng Cảnh sát đường thủy",
                "Bộ đội Biên phòng thành phố",
                "Khi có bão, áp thấp nhiệt đới",
            ],
            [
                "8",
                "Các điểm tham quan trên sông Hương phục vụ Festival",
                "Bảo vệ an ninh, trật tự các chương trình nghệ thuật đêm trên sông; phân luồng "
                "ca nô, thuyền",
                pc08,
                "Trung tâm Bảo tồn Di tích Cố đô Huế",
                "Theo lịch chương trình",
            ],
            [
                "9",
                "Toàn tuyến sông Hương, sông Bồ",
                "Xử lý vi phạm khai thác cát, sỏi trái phép; tạm giữ phương tiện vi phạm",
                "Phòng Cảnh sát môi trường",
                "Sở Nông nghiệp và Môi trường",
                "Thường xuyên",
            ],
            [
                "10",
                "Các bến thủy nội địa được cấp phép (63 bến)",
                "Kiểm tra điều kiện an toàn, giấy phép hoạt động; lập danh sách bến không đủ "
                "điều kiện",
                "Phòng Cảnh sát đường thủy",
                "Sở Xây dựng",
                "Quý IV/2025",
            ],
            [
                "11",
                "Toàn thành phố",
                "Tổng hợp kết quả, rút kinh nghiệm; báo cáo Giám đốc Công an thành phố",
                pc08,
                "Phòng Tham mưu",
                "Trước ngày 10/01/2026",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            "GIÁM ĐỐC CÔNG AN THÀNH PHỐ HUẾ",
            style=BOLD,
            align="center",
            indent=0,
            gap=2,
        ),
        Para(f"Căn cứ {r_luat_ca.cite()};", style=ITALIC, gap=6),
        Para(
            f"Căn cứ {r_luat_dtnd.cite()} và các văn bản sửa đổi, bổ sung;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_kh_ub.cite()} về bảo đảm trật tự, an toàn giao thông mùa mưa bão năm 2025;",
            style=ITALIC,
        ),
        Para(
            f"Thực hiện {r_kh_ca.cite()} về cao điểm bảo đảm trật tự, an toàn giao thông "
            "quý IV năm 2025;",
            style=ITALIC,
        ),
        Para(
            f"Theo đề nghị tại {r_tt.cite()}.",
            style=ITALIC,
        ),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Ban hành kèm theo Quyết định này Phương án bảo đảm trật tự, an toàn "
            "giao thông đường thủy nội địa trên sông Hương, phá Tam Giang - Cầu Hai mùa mưa "
            "bão năm 2025 (Phụ lục phân công kèm theo).",
            gap=4,
        ),
        Para(
            "**Điều 2.** Thành lập 04 tổ tuần tra liên ngành, mỗi tổ 07 cán bộ, chiến sĩ; "
            "bố trí 02 ca nô tuần tra thường trực tại bến Tòa Khâm. Kinh phí 1.146 triệu "
            "đồng từ nguồn bảo đảm trật tự, an toàn giao thông năm 2025 của thành phố.",
            gap=4,
        ),
        Para(
            "**Điều 3.** Trưởng Phòng Cảnh sát giao thông là thường trực, theo dõi, đôn đốc "
            "thực hiện; tổng hợp báo cáo vào thứ Năm hằng tuần (điện thoại trực ban "
            "0234.3822.573).",
            gap=4,
        ),
        Para(
            "**Điều 4.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Cơ quan "
            "Cảnh sát điều tra, Trưởng các phòng nghiệp vụ, Trưởng Công an các xã, phường "
            "và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            gap=4,
        ),
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "PHÂN CÔNG LỰC LƯỢNG BẢO ĐẢM TRẬT TỰ, AN TOÀN GIAO THÔNG ĐƯỜNG THỦY NỘI ĐỊA",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Ban hành kèm theo Quyết định số 2318/QĐ-CATP ngày 14 tháng 10 năm 2025 của "
            "Giám đốc Công an thành phố Huế)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        table,
        Para(
            "Ghi chú: Các đơn vị bố trí lực lượng trực 24/24 giờ khi thành phố phát lệnh "
            "báo động lũ cấp II trở lên trên sông Hương.",
            style=ITALIC,
            size=12.5,
            gap=4,
        ),
    ]
    return Doc(
        name="ho17_qd_catp_hue_giao_thong_thuy",
        description=(
            "Quyết định of a city police (BỘ CÔNG AN / CÔNG AN THÀNH PHỐ HUẾ), number "
            "QĐ-CATP, place Huế, October 2025; authority line GIÁM ĐỐC CÔNG AN THÀNH PHỐ HUẾ; "
            "italic Căn cứ lines: Luật Công an nhân dân with a padded short date, Luật Giao "
            "thông đường thủy nội địa with a long date, the city People's Committee's Kế "
            "hoạch with an unpadded date (396/KH-UBND, ngày 22/9/2025); a 'Thực hiện' line "
            "with the police's own Kế hoạch without an issuer (1127/KH-CATP, ngày "
            "30/09/2025, truth co_quan null); a 'Theo đề nghị' line with the traffic police "
            "department's Tờ trình with an unpadded date (88/TTr-PC08, ngày 7/10/2025, "
            "issuer 'Phòng Cảnh sát giao thông'); Điều 1-4 with figures and a phone number; "
            "signer KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC with a police rank; a Phụ lục after the "
            "signature with a ruled 6-column table TT / Tuyến, địa bàn / Nội dung bảo đảm / "
            "Đơn vị chủ trì / Lực lượng phối hợp / Thời gian (keys stt, dia_ban, nhiem_vu, "
            "don_vi_chu_tri, don_vi_phoi_hop, thoi_gian) of 11 rows, the header row repeated "
            "on the continuation. The Phụ lục's 'Ban hành kèm theo Quyết định số "
            "2318/QĐ-CATP ...' names the document itself and is not a related document."
        ),
        tests="QĐ of a city police (Huế; river traffic); Phụ lục table; KT. with a rank",
        origin=TEAM,
        seed=1061,
        scan=Scan(
            rotation_deg=-0.7,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=64,
            paper=(246, 243, 233),
            illumination=0.06,
        ),
        chu_quan=["BỘ CÔNG AN"],
        ban_hanh=["CÔNG AN THÀNH PHỐ HUẾ"],
        so="2318",
        ky_hieu="QĐ-CATP",
        dia_danh="Huế",
        ngay=date(2025, 10, 14),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "Ban hành Phương án bảo đảm trật tự, an toàn giao thông đường thủy nội địa mùa "
            "mưa bão năm 2025"
        ),
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 4",
                "Cục Cảnh sát giao thông (để b/c)",
                "Đồng chí Giám đốc (để b/c)",
                "UBND thành phố (để p/h)",
                "Bộ Chỉ huy Bộ đội Biên phòng thành phố",
                "Lưu: VT, PC08",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Đại tá Kăn Văn Thương",
        seal_text="CÔNG AN THÀNH PHỐ HUẾ * BỘ CÔNG AN * ",
        refs=[r_luat_ca, r_luat_dtnd, r_kh_ub, r_kh_ca, r_tt],
    )


def doc_ho17_kh_dhtn_sinh_vien_dtts() -> Doc:
    r_luat = Ref(
        "Luật",
        "08/2012/QH13",
        date(2012, 6, 18),
        ten="Luật Giáo dục đại học",
        long_date=False,
        pad=False,
    )
    r_luat_sd = Ref(
        "Luật",
        "34/2018/QH14",
        date(2018, 11, 19),
        ten="Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học",
    )
    r_nq = Ref(
        "Nghị quyết",
        "41-NQ/ĐU",
        date(2025, 8, 12),
        "Đảng ủy Trường Đại học Tây Nguyên",
        long_date=False,
    )
    r_qd = Ref("Quyết định", "1672/QĐ-ĐHTN", date(2025, 8, 29))
    pctsv = "Phòng Công tác sinh viên"
    table = Table(
        header=["STT", "Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian"],
        columns=["stt", "noi_dung", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_gian"],
        widths=[0.07, 0.39, 0.19, 0.19, 0.16],
        align=["c", "l", "l", "l", "c"],
        size=11.5,
        rows=[
            [
                "1",
                "Rà soát, lập danh sách sinh viên người dân tộc thiểu số, sinh viên thuộc hộ "
                "nghèo, cận nghèo khóa 2025",
                pctsv,
                "Các khoa",
                "Trước ngày 30/9/2025",
            ],
            [
                "2",
                "Tổ chức lớp bổ trợ Toán, Hóa học cho sinh viên năm thứ nhất ngành Y khoa, "
                "Dược học",
                "Khoa Y Dược",
                "Khoa Khoa học tự nhiên và Công nghệ",
                "Học kỳ I năm học 2025 - 2026",
            ],
            [
                "3",
                "Phân công giảng viên cố vấn học tập kèm cặp sinh viên có kết quả học tập "
                "dưới 2,0/4",
                "Các khoa",
                "Phòng Đào tạo",
                "Tháng 10/2025",
            ],
            [
                "4",
                "Mở câu lạc bộ tiếng Ê Đê, tiếng Gia Rai và ngày hội văn hóa các dân tộc "
                "Tây Nguyên",
                "Khoa Sư phạm",
                "Đoàn Thanh niên, Hội Sinh viên Trường",
                "Tháng 11/2025",
            ],
            [
                "5",
                "Xét cấp 120 suất học bổng hỗ trợ sinh viên dân tộc thiểu số, mỗi suất "
                "3.000.000 đồng",
                pctsv,
                "Phòng Kế hoạch - Tài chính",
                "Tháng 12/2025",
            ],
            [
                "6",
                "Bố trí chỗ ở ký túc xá cho sinh viên ở các xã vùng sâu, ưu tiên sinh viên "
                "nữ năm thứ nhất",
                "Trung tâm Dịch vụ và Ký túc xá",
                pctsv,
                "Đầu năm học",
            ],
            [
                "7",
                "Hướng dẫn sinh viên thực tập tại buôn, làng; xây dựng 05 mô hình cà phê, hồ "
                "tiêu bền vững",
                "Khoa Nông Lâm nghiệp",
                "Khoa Kinh tế",
                "Học kỳ II năm học 2025 - 2026",
            ],
            [
                "8",
                "Tư vấn việc làm, kết nối doanh nghiệp tuyển dụng sinh viên tốt nghiệp người "
                "dân tộc thiểu số",
                "Trung tâm Hỗ trợ sinh viên và Quan hệ doanh nghiệp",
                "Các khoa",
                "Tháng 4/2026 - Tháng 6/2026",
            ],
            [
                "9",
                "Sơ kết, đánh giá kết quả thực hiện Kế hoạch, báo cáo Hiệu trưởng",
                pctsv,
                "Các đơn vị liên quan",
                "Trước ngày 15/7/2026",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()} và {r_luat_sd.cite()}; thực hiện {r_nq.cite()} về "
            "nhiệm vụ năm học 2025 - 2026 và Quy chế công tác sinh viên ban hành kèm theo "
            f"{r_qd.cite()}, Trường Đại học Tây Nguyên xây dựng Kế hoạch hỗ trợ sinh viên "
            "người dân tộc thiểu số như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Giúp sinh viên người dân tộc thiểu số sớm thích nghi với môi trường đại học, "
            "giảm tỷ lệ sinh viên bỏ học, bị cảnh báo học tập (năm học 2024 - 2025 là 6,8%)."
        ),
        Para(
            "2. Các khoa, phòng, trung tâm phối hợp chặt chẽ; bảo đảm chế độ, chính sách "
            "đến đúng đối tượng, kịp thời, công khai."
        ),
        H("II. ĐỐI TƯỢNG"),
        Para(
            "Toàn bộ 2.136 sinh viên người dân tộc thiểu số đang học hệ chính quy, trong đó "
            "sinh viên người Ê Đê, Gia Rai, M'nông, Xơ Đăng chiếm 71,4%; 418 sinh viên đến "
            "từ Phú Yên cũ sau khi hợp nhất tỉnh."
        ),
        H("III. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", keep=3),
        table,
        H("IV. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Phòng Công tác sinh viên là đầu mối, theo dõi, đôn đốc các đơn vị; đồng chí "
            "H'Nhi Êban, chuyên viên Phòng (điện thoại 0262.3825.184), tiếp nhận phản ánh "
            "của sinh viên."
        ),
        Para(
            "2. Phòng Kế hoạch - Tài chính bố trí kinh phí 486,5 triệu đồng từ nguồn thu sự "
            "nghiệp và nguồn tài trợ của doanh nghiệp để thực hiện Kế hoạch."
        ),
        Para(
            "3. Trưởng các khoa báo cáo kết quả thực hiện theo học kỳ về Phòng Công tác sinh "
            "viên để tổng hợp, báo cáo Ban Giám hiệu./."
        ),
    ]
    return Doc(
        name="ho17_kh_dhtn_sinh_vien_dtts",
        description=(
            "Kế hoạch of a university (BỘ GIÁO DỤC VÀ ĐÀO TẠO / TRƯỜNG ĐẠI HỌC TÂY NGUYÊN), "
            "number KH-ĐHTN, place Đắk Lắk, September 2025; no Kính gửi; one opening "
            "sentence citing Luật Giáo dục đại học with an unpadded short date (ngày "
            "18/6/2012), the amending law with a long date, the university Party "
            "committee's Nghị quyết with a padded short date (41-NQ/ĐU, ngày 12/08/2025, "
            "issuer 'Đảng ủy Trường Đại học Tây Nguyên') and the university's own Quyết "
            "định with a long date and no issuer (1672/QĐ-ĐHTN, truth co_quan null); "
            "headings I-IV; figures and a phone number; an Ê Đê name in the text; a ruled "
            "5-column task table STT / Nội dung / Đơn vị thực hiện / Đơn vị phối hợp / Thời "
            "gian (keys stt, noi_dung, don_vi_chu_tri, don_vi_phoi_hop, thoi_gian) of 9 rows "
            "with faculty units, running onto page 2 under the repeated header row; signer "
            "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG."
        ),
        tests="KH of a university (Đắk Lắk; minority students); task table; KT.",
        origin=TEAM,
        seed=1062,
        scan=Scan(
            rotation_deg=1.2,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=59,
            paper=(247, 242, 231),
            illumination=0.07,
        ),
        chu_quan=["BỘ GIÁO DỤC VÀ ĐÀO TẠO"],
        ban_hanh=["TRƯỜNG ĐẠI HỌC TÂY NGUYÊN"],
        so="214",
        ky_hieu="KH-ĐHTN",
        dia_danh="Đắk Lắk",
        ngay=date(2025, 9, 8),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject=("Hỗ trợ sinh viên người dân tộc thiểu số học tập, rèn luyện năm học 2025 - 2026"),
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Bộ Giáo dục và Đào tạo (để b/c)",
                "Đảng ủy, Hội đồng trường (để b/c)",
                "Ban Giám hiệu",
                "Các khoa, phòng, trung tâm (để t/h)",
                "Đoàn Thanh niên, Hội Sinh viên Trường",
                "Lưu: VT, CTSV",
            ]
        ),
        signer=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"],
        nguoi_ky="PGS.TS. Y Thơ Niê Kdăm",
        seal_text="TRƯỜNG ĐẠI HỌC TÂY NGUYÊN * BỘ GIÁO DỤC VÀ ĐÀO TẠO * ",
        refs=[r_luat, r_luat_sd, r_nq, r_qd],
    )


def doc_ho17_cv_bchqs_gialai_huan_luyen_dan_quan() -> Doc:
    r_luat = Ref("Luật", "48/2019/QH14", date(2019, 11, 22), ten="Luật Dân quân tự vệ")
    r_nd = Ref(
        "Nghị định",
        "72/2020/NĐ-CP",
        date(2020, 6, 30),
        "Chính phủ",
        long_date=False,
    )
    r_ct = Ref(
        "Chỉ thị",
        "186/CT-BTL",
        date(2024, 11, 4),
        "Tư lệnh Quân khu 5",
        long_date=False,
        pad=False,
    )
    r_kh = Ref("Kế hoạch", "2978/KH-BCH", date(2024, 11, 20), long_date=False)
    table = Table(
        header=["STT", "Đối tượng", "Thời gian huấn luyện", "Địa điểm"],
        columns=["stt", "doi_tuong", "thoi_gian", "dia_diem"],
        widths=[0.08, 0.38, 0.22, 0.32],
        align=["c", "l", "c", "l"],
        size=12.0,
        rows=[
            ["1", "Dân quân năm thứ nhất", "15 ngày", "Thao trường Ban CHQS huyện"],
            ["2", "Dân quân cơ động", "12 ngày", "Thao trường Ban CHQS huyện"],
            ["3", "Dân quân tại chỗ, dân quân thường trực", "07 ngày", "Xã, phường, thị trấn"],
            [
                "4",
                "Dân quân pháo binh, súng máy phòng không",
                "10 ngày",
                "Thao trường Bộ CHQS tỉnh",
            ],
            ["5", "Tự vệ cơ quan, tổ chức", "07 ngày", "Cơ quan, tổ chức"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()} và {r_nd.cite()} quy định chi tiết một số điều của Luật "
            f"Dân quân tự vệ; thực hiện {r_ct.cite()} về công tác quốc phòng, quân sự địa "
            f"phương năm 2025 và {r_kh.cite()}, Bộ Chỉ huy Quân sự tỉnh đề nghị các cơ quan, "
            "đơn vị triển khai huấn luyện dân quân tự vệ năm 2025 như sau:"
        ),
        Para(
            "1. Ban Chỉ huy quân sự các huyện, thị xã, thành phố rà soát, giao chỉ tiêu huấn "
            "luyện cho 7.846 đồng chí dân quân tự vệ; hoàn thành mở lớp tập huấn cán bộ trước "
            "ngày 25/02/2025. Thời gian huấn luyện từng đối tượng như sau:",
            keep=3,
        ),
        table,
        Para(
            "2. Ủy ban nhân dân các huyện, thị xã, thành phố bảo đảm kinh phí, chế độ trợ cấp "
            "ngày công lao động cho dân quân trong thời gian huấn luyện theo quy định; bố trí "
            "thao trường, bãi tập, không để xảy ra mất an toàn."
        ),
        Para(
            "3. Đối với các xã vùng đồng bào dân tộc thiểu số ở Chư Păh, Ia Grai, Đức Cơ, "
            "Chư Prông, chú trọng huấn luyện bằng tiếng Gia Rai, Ba Na; phối hợp với già "
            "làng, người có uy tín vận động thanh niên tham gia đầy đủ."
        ),
        Para(
            "4. Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí 3,85 tỷ đồng bảo đảm cho "
            "diễn tập chiến đấu phòng thủ cấp xã năm 2025 tại 14 xã, thị trấn."
        ),
        Para(
            "Quá trình thực hiện có vướng mắc, các cơ quan, đơn vị báo cáo về Bộ Chỉ huy Quân "
            "sự tỉnh (qua Phòng Tham mưu, Trung tá Ksor Y Thoang, điện thoại 069.788.214) "
            "để được hướng dẫn./."
        ),
    ]
    return Doc(
        name="ho17_cv_bchqs_gialai_huan_luyen_dan_quan",
        description=(
            "Công văn of a provincial military command before the July 2025 merger (QUÂN KHU "
            "5 / BỘ CHỈ HUY QUÂN SỰ / TỈNH GIA LAI), number BCH-TM, place Gia Lai, December "
            "2024; a V/v over two lines; Kính gửi with four addressees; Luật Dân quân tự vệ "
            "with a long date, the Government's Nghị định with a padded short date "
            "(72/2020/NĐ-CP, ngày 30/06/2020), the military region commander's Chỉ thị with "
            "an unpadded date (186/CT-BTL, ngày 4/11/2024, issuer 'Tư lệnh Quân khu 5') and "
            "the command's own Kế hoạch without an issuer (2978/KH-BCH, ngày 20/11/2024, "
            "truth co_quan null); numbered points with a deadline that is not a citation; "
            "a small ruled 4-column table STT / Đối tượng / Thời gian huấn luyện / Địa điểm "
            "(keys stt, doi_tuong, thoi_gian, dia_diem) of five rows; a Gia Rai name and a "
            "phone number in the text; signer TL. CHỈ HUY TRƯỞNG / THAM MƯU TRƯỞNG with a "
            "military rank (truth tham_quyen_ky 'TL.')."
        ),
        tests="CV of a provincial military command (Gia Lai, 2024); Kính gửi list; TL.",
        origin=TEAM,
        seed=1063,
        scan=Scan(
            rotation_deg=0.5,
            noise_sigma=7,
            blur=1.0,
            jpeg_quality=57,
            paper=(245, 242, 231),
            illumination=0.08,
        ),
        chu_quan=["QUÂN KHU 5"],
        ban_hanh=["BỘ CHỈ HUY QUÂN SỰ", "TỈNH GIA LAI"],
        so="3412",
        ky_hieu="BCH-TM",
        vv="triển khai huấn luyện dân quân tự vệ năm 2025",
        dia_danh="Gia Lai",
        ngay=date(2024, 12, 5),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Ủy ban nhân dân các huyện, thị xã, thành phố",
            "Ban Chỉ huy quân sự các huyện, thị xã, thành phố",
            "Sở Tài chính",
            "Ban Chỉ huy quân sự các sở, ban, ngành",
        ],
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Bộ Tư lệnh Quân khu 5 (b/c)",
                "Thường trực Tỉnh ủy, UBND tỉnh (b/c)",
                "Chỉ huy Bộ CHQS tỉnh",
                "Phòng Chính trị, Phòng HC-KT (p/h)",
                "Lưu: VT, TM",
            ]
        ),
        signer=["TL. CHỈ HUY TRƯỞNG", "THAM MƯU TRƯỞNG"],
        nguoi_ky="Thượng tá Rơ Mah Khiêm",
        seal_text="BỘ CHỈ HUY QUÂN SỰ TỈNH GIA LAI * QUÂN KHU 5 * ",
        refs=[r_luat, r_nd, r_ct, r_kh],
    )


def doc_ho17_bc_tcs1_khanhhoa_ho_kinh_doanh() -> Doc:
    r_luat = Ref("Luật", "38/2019/QH14", date(2019, 6, 13), ten="Luật Quản lý thuế")
    r_nq = Ref(
        "Nghị quyết",
        "68-NQ/TW",
        date(2025, 5, 4),
        "Bộ Chính trị",
        long_date=False,
    )
    r_cv = Ref(
        "Công văn",
        "5127/KHH-QLHKD",
        date(2025, 12, 8),
        "Thuế tỉnh Khánh Hòa",
        long_date=False,
        pad=False,
    )
    r_kh = Ref("Kế hoạch", "96/KH-TCS1", date(2025, 10, 22))
    table = Table(
        header=[
            "STT",
            "Phường, xã",
            "Số hộ nộp thuế khoán (hộ)",
            "Đã chuyển sang kê khai (hộ)",
            "Tỷ lệ (%)",
            "Thuế phát sinh tháng 12/2025 (triệu đồng)",
        ],
        columns=["stt", "don_vi", "so_ho", "da_chuyen", "ty_le", "so_thue"],
        widths=[0.07, 0.27, 0.16, 0.17, 0.12, 0.21],
        align=["c", "l", "c", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Phường Nha Trang", "3.412", "3.305", "96,9", "4.826,4"],
            ["2", "Phường Bắc Nha Trang", "2.186", "2.093", "95,7", "2.517,8"],
            ["3", "Phường Tây Nha Trang", "1.954", "1.862", "95,3", "1.938,5"],
            ["4", "Phường Nam Nha Trang", "2.731", "2.648", "97,0", "3.402,7"],
            ["5", "Xã Diên Khánh", "1.608", "1.517", "94,3", "1.264,9"],
            ["6", "Xã Diên Lạc", "842", "779", "92,5", "612,3"],
            ["7", "Xã Suối Hiệp", "695", "641", "92,2", "498,6"],
            ["8", "Xã Diên Điền", "1.127", "1.046", "92,8", "925,1"],
            ["", "Tổng cộng", "14.555", "13.891", "95,4", "15.986,3"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_nq.cite()} về phát triển kinh tế tư nhân, {r_luat.cite()} và "
            f"{r_cv.cite()} về việc báo cáo kết quả chuyển đổi mô hình quản lý thuế đối với "
            "hộ kinh doanh, Thuế cơ sở 1 tỉnh Khánh Hòa báo cáo như sau:"
        ),
        H("I. KẾT QUẢ THỰC HIỆN"),
        Para(
            "1. Công tác triển khai. Đơn vị đã ban hành và tổ chức thực hiện "
            f"{r_kh.cite()}; thành lập 08 tổ hỗ trợ tại các phường, xã; tổ chức 46 buổi "
            "đối thoại, hướng dẫn 5.214 lượt hộ kinh doanh cài đặt hóa đơn điện tử khởi tạo "
            "từ máy tính tiền và ứng dụng eTax Mobile."
        ),
        Para(
            "2. Kết quả chuyển đổi. Đến hết ngày 31/12/2025, có 13.891/14.555 hộ nộp thuế "
            "khoán đã chuyển sang phương pháp kê khai, đạt 95,4%; số thuế phát sinh tháng "
            "12/2025 của các hộ đã chuyển đổi là 15.986,3 triệu đồng, tăng 18,6% so với "
            "tháng 12/2024. Kết quả theo địa bàn như sau:",
            keep=3,
        ),
        table,
        Para(
            "Ghi chú: Số hộ tính theo danh bạ quản lý thuế tại thời điểm 30/9/2025; các xã "
            "vùng núi có tỷ lệ thấp hơn do nhiều hộ kinh doanh nhỏ, chưa có thiết bị.",
            style=ITALIC,
            size=12.5,
            gap=4,
        ),
        H("II. KHÓ KHĂN, VƯỚNG MẮC"),
        Para(
            "Còn 664 hộ chưa chuyển đổi, chủ yếu là hộ kinh doanh nhỏ tại chợ Đầm, chợ "
            "Xóm Mới và các xã Diên Lạc, Suối Hiệp; một số hộ người Raglai, người Chăm ở "
            "vùng Khánh Sơn cũ, Ninh Sơn cũ chưa quen sử dụng điện thoại thông minh."
        ),
        H("III. ĐỀ XUẤT"),
        Para(
            "Đề nghị Thuế tỉnh Khánh Hòa bổ sung 1.200 tờ rơi song ngữ, phối hợp với doanh "
            "nghiệp viễn thông hỗ trợ thiết bị cho hộ khó khăn trong quý I/2026."
        ),
        Para("Thuế cơ sở 1 tỉnh Khánh Hòa kính báo cáo./."),
    ]
    return Doc(
        name="ho17_bc_tcs1_khanhhoa_ho_kinh_doanh",
        description=(
            "Báo cáo of a local tax office after the 2025 reorganisation (THUẾ TỈNH KHÁNH HÒA "
            "/ THUẾ CƠ SỞ 1 / TỈNH KHÁNH HÒA), number BC-TCS1, place Khánh Hòa, January "
            "2026; no Kính gửi; one opening sentence citing the Politburo's Nghị quyết with "
            "a padded short date (68-NQ/TW, ngày 04/05/2025, issuer 'Bộ Chính trị'), Luật "
            "Quản lý thuế with a long date and the provincial tax office's Công văn with a "
            "unit code and an unpadded date (5127/KHH-QLHKD, ngày 8/12/2025, issuer 'Thuế "
            "tỉnh Khánh Hòa'); the office's own Kế hoạch with a long date and no issuer "
            "(96/KH-TCS1, truth co_quan null); dates and figures that are not citations; a "
            "ruled 6-column statistics table STT / Phường, xã / Số hộ nộp thuế khoán (hộ) / "
            "Đã chuyển sang kê khai (hộ) / Tỷ lệ (%) / Thuế phát sinh tháng 12/2025 (triệu "
            "đồng) (keys stt, don_vi, so_ho, da_chuyen, ty_le, so_thue) of eight units and a "
            "Tổng cộng row with an empty STT, running onto page 2 under the repeated header "
            "row; an italic Ghi chú; headings I-III; signer TRƯỞNG THUẾ CƠ SỞ alone (truth "
            "tham_quyen_ky null)."
        ),
        tests="BC of a local tax office (Khánh Hòa, 2026); numeric table; no prefix",
        origin=TEAM,
        seed=1064,
        scan=Scan(
            rotation_deg=-1.3,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=72,
            paper=(247, 244, 234),
            illumination=0.05,
        ),
        chu_quan=["THUẾ TỈNH KHÁNH HÒA"],
        ban_hanh=["THUẾ CƠ SỞ 1", "TỈNH KHÁNH HÒA"],
        so="37",
        ky_hieu="BC-TCS1",
        dia_danh="Khánh Hòa",
        ngay=date(2026, 1, 9),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject=(
            "Kết quả chuyển đổi hộ kinh doanh nộp thuế khoán sang phương pháp kê khai "
            "trên địa bàn quản lý"
        ),
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Thuế tỉnh Khánh Hòa (b/c)",
                "Đảng ủy, UBND các phường, xã (p/h)",
                "Lãnh đạo Thuế cơ sở",
                "Các đội thuộc Thuế cơ sở",
                "Lưu: VT, QLHKD",
            ]
        ),
        signer=["TRƯỞNG THUẾ CƠ SỞ"],
        nguoi_ky="Đàng Thị Mỹ Hương",
        seal_text="THUẾ CƠ SỞ 1 TỈNH KHÁNH HÒA * ",
        refs=[r_nq, r_luat, r_cv, r_kh],
    )


def doc_ho17_tb_vkskv2_danang_tiep_nhan_to_giac() -> Doc:
    r_luat = Ref(
        "Luật",
        "63/2014/QH13",
        date(2014, 11, 24),
        ten="Luật Tổ chức Viện kiểm sát nhân dân",
    )
    r_blhs = Ref(
        "Bộ luật",
        "101/2015/QH13",
        date(2015, 11, 27),
        ten="Bộ luật Tố tụng hình sự",
        long_date=False,
    )
    r_luat_tcd = Ref(
        "Luật",
        "42/2013/QH13",
        date(2013, 11, 25),
        ten="Luật Tiếp công dân",
        long_date=False,
        pad=False,
    )
    r_qd = Ref(
        "Quyết định",
        "312/QĐ-VKS",
        date(2025, 6, 27),
        "Viện trưởng Viện kiểm sát nhân dân thành phố Đà Nẵng",
        long_date=False,
        pad=False,
    )
    r_tb = Ref("Thông báo", "01/TB-VKSKV2", date(2025, 7, 1), long_date=False, pad=False)
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()}; {r_blhs.cite()} và {r_luat_tcd.cite()};",
        ),
        Para(
            f"Căn cứ {r_qd.cite()} về việc tổ chức bộ máy của Viện kiểm sát nhân dân khu vực "
            "2 - Đà Nẵng sau khi sắp xếp, kết thúc hoạt động của Viện kiểm sát nhân dân cấp "
            "huyện;",
        ),
        Para(
            f"Tiếp theo {r_tb.cite()}, Viện kiểm sát nhân dân khu vực 2 - Đà Nẵng thông báo "
            "địa điểm làm việc, tiếp công dân và tiếp nhận tố giác, tin báo về tội phạm, "
            "kiến nghị khởi tố như sau:"
        ),
        H("1. Trụ sở chính"),
        Para(
            "Số 126 đường Âu Cơ, phường Liên Chiểu, thành phố Đà Nẵng; tiếp công dân vào "
            "sáng thứ Ba và thứ Năm hằng tuần, từ 07 giờ 30 đến 11 giờ 00. Trường hợp tố "
            "giác về tội phạm, tin báo khẩn cấp thì tiếp nhận 24/24 giờ."
        ),
        H("2. Điểm tiếp nhận tại xã Hòa Vang"),
        Para(
            "Đặt tại trụ sở Viện kiểm sát nhân dân huyện Hòa Vang cũ (thôn Dương Lâm 1), "
            "tiếp nhận đơn, hồ sơ của người dân các xã Hòa Vang, Hòa Tiến, Bà Nà, Hòa Bắc; "
            "Kiểm sát viên trung cấp Zơ Râm Thị Nhung trực tiếp phụ trách."
        ),
        H("3. Địa bàn miền núi phía Tây"),
        Para(
            "Người dân các xã Avương, Tây Giang, Hùng Sơn (Quảng Nam cũ) có thể gửi đơn qua "
            "bưu điện hoặc gặp Kiểm sát viên Bhling Văn Tiến vào ngày 15 hằng tháng tại Ủy "
            "ban nhân dân xã Tây Giang; được hướng dẫn bằng tiếng Cơ Tu khi có yêu cầu."
        ),
        H("4. Liên hệ"),
        Para(
            "Điện thoại tiếp nhận tố giác, tin báo: 0236.3842.615; hộp thư điện tử: "
            "vkskv2.dng@vks.gov.vn. Các hồ sơ đã nộp tại Viện kiểm sát nhân dân quận Liên "
            "Chiểu, huyện Hòa Vang trước ngày 01/7/2025 tiếp tục được giải quyết, không phải "
            "nộp lại."
        ),
        Para(
            "Viện kiểm sát nhân dân khu vực 2 - Đà Nẵng thông báo để các cơ quan, tổ chức và "
            "Nhân dân biết, liên hệ./."
        ),
    ]
    return Doc(
        name="ho17_tb_vkskv2_danang_tiep_nhan_to_giac",
        description=(
            "Thông báo of a regional procuracy created on 1 July 2025 (VKSND THÀNH PHỐ ĐÀ "
            "NẴNG / VIỆN KIỂM SÁT NHÂN DÂN / KHU VỰC 2 - ĐÀ NẴNG, a hyphen in the issuer's "
            "name), number TB-VKSKV2, place Đà Nẵng, July 2025; the subject over two lines; "
            "no Kính gửi; Căn cứ paragraphs in regular type: Luật Tổ chức Viện kiểm sát nhân "
            "dân with a long date, Bộ luật Tố tụng hình sự with a padded short date "
            "(27/11/2015), Luật Tiếp công dân with an unpadded short date (25/11/2013), the "
            "city procuracy head's Quyết định with an unpadded date (312/QĐ-VKS, ngày "
            "27/6/2025); a 'Tiếp theo' line with the office's own earlier Thông báo without "
            "an issuer (01/TB-VKSKV2, ngày 1/7/2025, truth co_quan null); numbered headings "
            "1-4; an address, times, a phone number, an e-mail address and a date that is "
            "not a citation; Cơ Tu names in the text; signer Q. VIỆN TRƯỞNG on one line "
            "(truth tham_quyen_ky 'Q.'). No table."
        ),
        tests="TB of a regional procuracy (Đà Nẵng, 2025); addresses; Q.",
        origin=TEAM,
        seed=1065,
        scan=Scan(
            rotation_deg=0.9,
            noise_sigma=8,
            blur=1.1,
            jpeg_quality=55,
            paper=(245, 241, 229),
            illumination=0.08,
        ),
        chu_quan=["VKSND THÀNH PHỐ ĐÀ NẴNG"],
        ban_hanh=["VIỆN KIỂM SÁT NHÂN DÂN", "KHU VỰC 2 - ĐÀ NẴNG"],
        so="07",
        ky_hieu="TB-VKSKV2",
        dia_danh="Đà Nẵng",
        ngay=date(2025, 7, 8),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject=(
            "Về địa điểm làm việc, tiếp công dân và tiếp nhận tố giác, tin báo về tội phạm "
            "sau khi sắp xếp"
        ),
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "VKSND thành phố Đà Nẵng (b/c)",
                "Đảng ủy, UBND các phường, xã trong khu vực (p/h)",
                "Công an thành phố, TAND khu vực 2 - Đà Nẵng (p/h)",
                "Niêm yết tại trụ sở",
                "Lưu: VT",
            ]
        ),
        signer=["Q. VIỆN TRƯỞNG"],
        nguoi_ky="Clâu Văn Hiền",
        seal_text="VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 2 - ĐÀ NẴNG * ",
        refs=[r_luat, r_blhs, r_luat_tcd, r_qd, r_tb],
    )


def doc_ho17_ttr_ctln_konray_giao_khoan_rung() -> Doc:
    r_luat = Ref("Luật", "16/2017/QH14", date(2017, 11, 15), ten="Luật Lâm nghiệp")
    r_nd = Ref(
        "Nghị định",
        "58/2024/NĐ-CP",
        date(2024, 5, 24),
        "Chính phủ",
        long_date=False,
        pad=False,
    )
    r_qd = Ref(
        "Quyết định",
        "1048/QĐ-UBND",
        date(2022, 12, 19),
        "Ủy ban nhân dân tỉnh Kon Tum",
    )
    r_bc = Ref("Báo cáo", "64/BC-CTLN", date(2025, 11, 3), long_date=False)
    table = Table(
        header=[
            "STT",
            "Tiểu khu",
            "Xã",
            "Diện tích giao khoán (ha)",
            "Số hộ nhận khoán",
            "Kinh phí năm 2026 (triệu đồng)",
        ],
        columns=["stt", "tieu_khu", "xa", "dien_tich", "so_ho", "kinh_phi"],
        widths=[0.08, 0.17, 0.19, 0.19, 0.16, 0.21],
        align=["c", "l", "l", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Tiểu khu 421", "Xã Kon Rẫy", "612,4", "38", "306,2"],
            ["2", "Tiểu khu 428", "Xã Kon Rẫy", "547,8", "34", "273,9"],
            ["3", "Tiểu khu 436", "Xã Đăk Kôi", "731,6", "45", "365,8"],
            ["4", "Tiểu khu 440", "Xã Đăk Kôi", "498,2", "31", "249,1"],
            ["5", "Tiểu khu 447", "Xã Đăk Pxi", "655,0", "40", "327,5"],
            ["", "Tổng cộng", "", "3.045,0", "188", "1.522,5"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()}; căn cứ {r_nd.cite()} về một số chính sách đầu tư "
            f"trong lâm nghiệp; căn cứ {r_qd.cite()} phê duyệt Phương án quản lý rừng bền "
            "vững của Công ty giai đoạn 2023 - 2032;"
        ),
        Para(
            "Công ty TNHH một thành viên Lâm nghiệp Kon Rẫy kính trình Ủy ban nhân dân tỉnh "
            "phê duyệt phương án giao khoán bảo vệ rừng cho hộ gia đình, cộng đồng dân cư "
            "năm 2026 như sau:"
        ),
        H("1. Sự cần thiết"),
        Para(
            f"Theo {r_bc.cite()}, Công ty đang quản lý 18.362,7 ha rừng tự nhiên tại các xã "
            "thuộc Kon Tum cũ; năm 2025 xảy ra 11 vụ phá rừng, lấn chiếm đất rừng với diện "
            "tích 4,26 ha, tập trung ở các tiểu khu giáp ranh khu dân cư. Giao khoán cho hộ "
            "đồng bào Ba Na, Xơ Đăng tại chỗ giúp giữ rừng và tăng thu nhập cho người dân."
        ),
        H("2. Nội dung đề nghị"),
        Para(
            "Giao khoán 3.045,0 ha rừng phòng hộ, rừng sản xuất là rừng tự nhiên cho 188 hộ "
            "thuộc 05 tiểu khu, thời hạn 05 năm (2026 - 2030), mức khoán 500.000 đồng/ha/năm, "
            "chi tiết như sau:",
            keep=3,
        ),
        table,
        Para(
            "Nguồn kinh phí: tiền dịch vụ môi trường rừng năm 2026 chi trả cho Công ty; "
            "trường hợp không đủ, đề nghị bổ sung từ ngân sách tỉnh. Tổ trưởng các tổ nhận "
            "khoán do cộng đồng bầu, trong đó có ông A Thiên (làng Kon Skôi) và bà Y Hlốt "
            "(làng Đăk Tiêng)."
        ),
        Para(
            "Công ty TNHH một thành viên Lâm nghiệp Kon Rẫy kính trình Ủy ban nhân dân tỉnh "
            "xem xét, phê duyệt./."
        ),
    ]
    return Doc(
        name="ho17_ttr_ctln_konray_giao_khoan_rung",
        description=(
            "Tờ trình of a state forestry company after the July 2025 merger of Kon Tum "
            "into Quảng Ngãi (UBND TỈNH QUẢNG NGÃI / CÔNG TY TNHH MỘT THÀNH VIÊN / LÂM "
            "NGHIỆP KON RẪY, the issuer over two bold lines), number TTr-CTLN, place Kon "
            "Rẫy, November 2025 ('Kon Tum cũ'); the subject over two lines; a centred "
            "one-line Kính gửi; Luật Lâm nghiệp with a long date, the Government's Nghị định "
            "with an unpadded short date (58/2024/NĐ-CP, ngày 24/5/2024) and the former "
            "province's Quyết định with a long date (1048/QĐ-UBND, issuer 'Ủy ban nhân dân "
            "tỉnh Kon Tum'); the company's own Báo cáo with a padded date and no issuer "
            "(64/BC-CTLN, ngày 03/11/2025, truth co_quan null); figures (18.362,7 ha, 4,26 "
            "ha, 500.000 đồng/ha/năm); a small ruled 6-column table STT / Tiểu khu / Xã / "
            "Diện tích giao khoán (ha) / Số hộ nhận khoán / Kinh phí năm 2026 (triệu đồng) "
            "(keys stt, tieu_khu, xa, dien_tich, so_ho, kinh_phi) of five rows and a Tổng "
            "cộng row with empty STT and Xã cells, rows 4-5 and the total on page 2 under the "
            "repeated header row; Ba Na names in the text; signer TM. HỘI "
            "ĐỒNG THÀNH VIÊN / CHỦ TỊCH (truth tham_quyen_ky 'TM.')."
        ),
        tests="TTr of a state forestry company (Quảng Ngãi, merged); small table; TM.",
        origin=TEAM,
        seed=1066,
        scan=Scan(
            rotation_deg=-0.3,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=68,
            paper=(246, 243, 232),
            illumination=0.06,
        ),
        chu_quan=["UBND TỈNH QUẢNG NGÃI"],
        ban_hanh=["CÔNG TY TNHH MỘT THÀNH VIÊN", "LÂM NGHIỆP KON RẪY"],
        so="52",
        ky_hieu="TTr-CTLN",
        dia_danh="Kon Rẫy",
        ngay=date(2025, 11, 18),
        title="TỜ TRÌNH",
        loai_van_ban="Tờ trình",
        subject=(
            "Về việc phê duyệt phương án giao khoán bảo vệ rừng cho hộ gia đình, cộng đồng "
            "dân cư năm 2026"
        ),
        kinh_gui=["Ủy ban nhân dân tỉnh Quảng Ngãi"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Sở Nông nghiệp và Môi trường (p/h)",
                "Chi cục Kiểm lâm tỉnh (p/h)",
                "UBND các xã Kon Rẫy, Đăk Kôi, Đăk Pxi",
                "Ban Giám đốc Công ty",
                "Lưu: VT, KH-KT",
            ]
        ),
        signer=["TM. HỘI ĐỒNG THÀNH VIÊN", "CHỦ TỊCH"],
        nguoi_ky="A Blin",
        seal_text="CÔNG TY TNHH MTV LÂM NGHIỆP KON RẪY * TỈNH QUẢNG NGÃI * ",
        refs=[r_luat, r_nd, r_qd, r_bc],
    )


HELDOUT17_DOCS = [
    doc_ho17_qd_catp_hue_giao_thong_thuy,
    doc_ho17_kh_dhtn_sinh_vien_dtts,
    doc_ho17_cv_bchqs_gialai_huan_luyen_dan_quan,
    doc_ho17_bc_tcs1_khanhhoa_ho_kinh_doanh,
    doc_ho17_tb_vkskv2_danang_tiep_nhan_to_giac,
    doc_ho17_ttr_ctln_konray_giao_khoan_rung,
]


# --------------------------------------------------------------------------------------
# Eighteenth held-out set (written blind: nobody ran the pipeline or read its code while
# writing it). Hà Nội, Thành phố Hồ Chí Minh, Hải Phòng and a ministry: a Cục under the Bộ
# Y tế, a commercial bank branch, a city HĐND, a ward Đoàn, a city hospital, a ward UBND.
# Kept out of samples/ so the end-to-end tests never see it.
# --------------------------------------------------------------------------------------

HELDOUT18_DIR = REPO_ROOT / "benchmarks" / "heldout18"


def doc_ho18_nq_hdnd_haiphong_thu_hoi_dat() -> Doc:
    r_luat_cq = Ref(
        "Luật",
        "72/2025/QH15",
        date(2025, 6, 16),
        ten="Luật Tổ chức chính quyền địa phương",
    )
    r_luat_dd = Ref(
        "Luật",
        "31/2024/QH15",
        date(2024, 1, 18),
        ten="Luật Đất đai",
        long_date=False,
    )
    r_nd = Ref(
        "Nghị định",
        "102/2024/NĐ-CP",
        date(2024, 7, 30),
        "Chính phủ",
        long_date=False,
        pad=False,
    )
    r_ttr = Ref(
        "Tờ trình",
        "318/TTr-UBND",
        date(2025, 12, 2),
        "Ủy ban nhân dân thành phố",
    )
    r_bc = Ref(
        "Báo cáo",
        "96/BC-KTNS",
        date(2025, 12, 6),
        "Ban Kinh tế - Ngân sách Hội đồng nhân dân thành phố",
        long_date=False,
        pad=False,
    )
    table = Table(
        header=["STT", "Tên công trình, dự án", "Địa điểm", "Diện tích (ha)"],
        columns=["stt", "ten_du_an", "dia_diem", "dien_tich"],
        widths=[0.08, 0.52, 0.24, 0.16],
        align=["c", "l", "l", "c"],
        size=12.0,
        rows=[
            [
                "1",
                "Đường vành đai 2 đoạn qua khu đô thị Bắc sông Cấm",
                "Phường Thủy Nguyên",
                "12,45",
            ],
            [
                "2",
                "Mở rộng Khu công nghiệp Nam Đình Vũ (giai đoạn 3)",
                "Phường Hải An",
                "38,60",
            ],
            ["3", "Trường Trung học phổ thông Kiến Thụy mới", "Xã Kiến Thụy", "5,82"],
            [
                "4",
                "Khu tái định cư phục vụ dự án đường ven biển",
                "Xã Tiên Lãng",
                "24,17",
            ],
            ["5", "Bệnh viện Đa khoa Hải Dương cơ sở 2", "Phường Hải Dương", "9,36"],
            ["6", "Cải tạo, nâng cấp đê tả sông Kinh Thầy", "Phường Chí Linh", "16,08"],
            ["7", "Bến cảng khách Cát Bà và đường dẫn", "Đặc khu Cát Hải", "3,74"],
            ["8", "Trạm biến áp 110 kV Vĩnh Bảo và nhánh rẽ", "Xã Vĩnh Bảo", "7,91"],
            ["", "Tổng cộng", "", "118,13"],
        ],
    )
    body: list[Block] = [
        Para(
            "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
            style=BOLD,
            align="center",
            indent=0,
            gap=2,
        ),
        Para("KHÓA XVI, KỲ HỌP THỨ BA MƯƠI", style=BOLD, align="center", indent=0, gap=0),
        Para(f"Căn cứ {r_luat_cq.cite()};", style=ITALIC, gap=6),
        Para(f"Căn cứ {r_luat_dd.cite()};", style=ITALIC),
        Para(
            f"Căn cứ {r_nd.cite()} quy định chi tiết một số điều của Luật Đất đai;",
            style=ITALIC,
        ),
        Para(
            f"Xét {r_ttr.cite()} đề nghị thông qua danh mục công trình, dự án cần thu hồi đất "
            f"năm 2026; {r_bc.cite()} thẩm tra Tờ trình; ý kiến thảo luận của đại biểu Hội "
            "đồng nhân dân thành phố tại kỳ họp.",
            style=ITALIC,
        ),
        Para("QUYẾT NGHỊ:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Thông qua danh mục 08 công trình, dự án cần thu hồi đất năm 2026 trên "
            "địa bàn thành phố Hải Phòng với tổng diện tích 118,13 ha, cụ thể như sau:",
            gap=4,
            keep=3,
        ),
        table,
        Para(
            "**Điều 2.** Ủy ban nhân dân thành phố chỉ đạo Ủy ban nhân dân các xã, phường, "
            "đặc khu công khai danh mục, thực hiện thu hồi đất, bồi thường, hỗ trợ, tái định "
            "cư đúng quy định; công trình, dự án sau 03 năm chưa có quyết định thu hồi đất "
            "thì báo cáo Hội đồng nhân dân thành phố điều chỉnh, hủy bỏ.",
            gap=4,
        ),
        Para(
            "**Điều 3.** Thường trực Hội đồng nhân dân, các Ban, các Tổ đại biểu và đại biểu "
            "Hội đồng nhân dân thành phố giám sát việc thực hiện Nghị quyết.",
            gap=4,
        ),
        Para(
            "Nghị quyết này đã được Hội đồng nhân dân thành phố Hải Phòng khóa XVI, kỳ họp "
            "thứ ba mươi thông qua ngày 10 tháng 12 năm 2025 và có hiệu lực từ ngày thông "
            "qua./.",
            gap=4,
        ),
    ]
    return Doc(
        name="ho18_nq_hdnd_haiphong_thu_hoi_dat",
        description=(
            "Nghị quyết of a city People's Council after the July 2025 merger of Hải Phòng and "
            "Hải Dương (HỘI ĐỒNG NHÂN DÂN / THÀNH PHỐ HẢI PHÒNG, two bold lines, no parent "
            "body), number NQ-HĐND, place Hải Phòng; council name and session centred; italic "
            "Căn cứ lines: Luật Tổ chức chính quyền địa phương with a long date, Luật Đất đai "
            "with a padded short date (ngày 18/01/2024), the Government's Nghị định with an "
            "unpadded date (102/2024/NĐ-CP, ngày 30/7/2024, issuer 'Chính phủ'); a Xét line "
            "with the city People's Committee's Tờ trình with a long date (318/TTr-UBND) and "
            "the council committee's Báo cáo thẩm tra with an unpadded date (96/BC-KTNS, ngày "
            "6/12/2025); QUYẾT NGHỊ: Điều 1-3; a ruled 4-column table STT / Tên công trình, "
            "dự án / Địa điểm / Diện tích (ha) (keys stt, ten_du_an, dia_diem, dien_tich) of "
            "8 projects and a Tổng cộng row with empty STT and place (118,13); the date of "
            "adoption in the closing sentence (not a citation); signer TM. HỘI ĐỒNG NHÂN DÂN "
            "/ CHỦ TỊCH."
        ),
        tests="NQ of a city HĐND (Hải Phòng, merged); project table; TM.",
        origin=TEAM,
        seed=1071,
        scan=Scan(
            rotation_deg=0.6,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=64,
            paper=(247, 243, 233),
            illumination=0.06,
        ),
        ban_hanh=["HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"],
        so="57",
        ky_hieu="NQ-HĐND",
        dia_danh="Hải Phòng",
        ngay=date(2025, 12, 10),
        title="NGHỊ QUYẾT",
        loai_van_ban="Nghị quyết",
        subject=(
            "Thông qua danh mục công trình, dự án cần thu hồi đất năm 2026 trên địa bàn "
            "thành phố Hải Phòng"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Ủy ban Thường vụ Quốc hội (b/c)",
                "Chính phủ (b/c)",
                "Bộ Nông nghiệp và Môi trường",
                "TT. Thành ủy, TT. HĐND thành phố",
                "UBND, UBMTTQ Việt Nam thành phố",
                "Đại biểu HĐND thành phố",
                "UBND các xã, phường, đặc khu",
                "Lưu: VT, HĐND",
            ]
        ),
        signer=["TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"],
        nguoi_ky="Lê Đình Khoát",
        seal_text="HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HẢI PHÒNG * ",
        refs=[r_luat_cq, r_luat_dd, r_nd, r_ttr, r_bc],
    )


def doc_ho18_qd_cuckcb_byt_kiem_tra_benh_vien() -> Doc:
    r_luat = Ref(
        "Luật",
        "15/2023/QH15",
        date(2023, 1, 9),
        ten="Luật Khám bệnh, chữa bệnh",
        long_date=False,
    )
    r_qd_byt = Ref(
        "Quyết định",
        "1452/QĐ-BYT",
        date(2025, 4, 23),
        "Bộ trưởng Bộ Y tế",
    )
    r_tt = Ref(
        "Thông tư",
        "32/2023/TT-BYT",
        date(2023, 12, 31),
        "Bộ trưởng Bộ Y tế",
        long_date=False,
        pad=False,
    )
    r_kh = Ref("Kế hoạch", "614/KH-KCB", date(2025, 7, 8), long_date=False)
    qlcl = "Phòng Quản lý chất lượng"
    nv = "Phòng Nghiệp vụ"
    table = Table(
        header=[
            "STT",
            "Nhiệm vụ",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian hoàn thành",
            "Sản phẩm",
        ],
        columns=["stt", "nhiem_vu", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_gian", "san_pham"],
        widths=[0.07, 0.31, 0.16, 0.16, 0.14, 0.16],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Xây dựng bộ công cụ kiểm tra, đánh giá theo Bộ tiêu chí chất lượng bệnh viện "
                "Việt Nam, bổ sung nhóm tiêu chí chuyển đổi số",
                qlcl,
                nv,
                "Trước ngày 30/9/2025",
                "Bộ công cụ được phê duyệt",
            ],
            [
                "2",
                "Tập huấn đoàn kiểm tra về phương pháp chấm điểm, thu thập bằng chứng",
                qlcl,
                "Trung tâm Đào tạo và Chỉ đạo tuyến",
                "Tháng 10/2025",
                "120 thành viên được tập huấn",
            ],
            [
                "3",
                "Kiểm tra, đánh giá 38 bệnh viện trực thuộc Bộ Y tế",
                "Các đoàn kiểm tra của Cục",
                "Sở Y tế nơi bệnh viện đặt trụ sở",
                "Từ 15/10/2025 đến 15/12/2025",
                "Biên bản kiểm tra",
            ],
            [
                "4",
                "Phúc tra kết quả tự đánh giá của bệnh viện thuộc các bộ, ngành",
                nv,
                "Y tế các bộ, ngành",
                "Tháng 11/2025",
                "Báo cáo phúc tra",
            ],
            [
                "5",
                "Khảo sát hài lòng người bệnh nội trú, ngoại trú và nhân viên y tế trên phần mềm",
                qlcl,
                "Trung tâm Thông tin y tế quốc gia",
                "Quý IV/2025",
                "Dữ liệu khảo sát",
            ],
            [
                "6",
                "Kiểm tra việc triển khai bệnh án điện tử tại các bệnh viện hạng đặc biệt, hạng I",
                "Phòng Công nghệ thông tin",
                qlcl,
                "Trước ngày 31/12/2025",
                "Danh sách bệnh viện đạt yêu cầu",
            ],
            [
                "7",
                "Hướng dẫn, đôn đốc Sở Y tế các tỉnh, thành phố kiểm tra bệnh viện trên địa bàn",
                nv,
                "Sở Y tế các tỉnh, thành phố",
                "Thường xuyên",
                "Văn bản hướng dẫn",
            ],
            [
                "8",
                "Tổng hợp kết quả, công bố điểm chất lượng bệnh viện năm 2025",
                qlcl,
                "Văn phòng Cục",
                "Tháng 01/2026",
                "Báo cáo tổng hợp",
            ],
            [
                "9",
                "Sơ kết, đề xuất sửa đổi Bộ tiêu chí chất lượng bệnh viện Việt Nam",
                qlcl,
                "Các phòng thuộc Cục",
                "Quý I/2026",
                "Tờ trình Bộ trưởng",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            "CỤC TRƯỞNG CỤC QUẢN LÝ KHÁM, CHỮA BỆNH",
            style=BOLD,
            align="center",
            indent=0,
            gap=2,
        ),
        Para(f"Căn cứ {r_luat.cite()};", style=ITALIC, gap=6),
        Para(
            f"Căn cứ {r_qd_byt.cite()} quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ "
            "chức của Cục Quản lý Khám, chữa bệnh thuộc Bộ Y tế;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_tt.cite()} quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh;",
            style=ITALIC,
        ),
        Para(
            f"Thực hiện {r_kh.cite()} về kiểm tra, đánh giá chất lượng bệnh viện năm 2025;",
            style=ITALIC,
        ),
        Para("Theo đề nghị của Trưởng phòng Quản lý chất lượng.", style=ITALIC),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Giao nhiệm vụ kiểm tra, đánh giá chất lượng bệnh viện năm 2025 cho "
            "các phòng, đơn vị thuộc Cục Quản lý Khám, chữa bệnh (chi tiết tại Phụ lục kèm "
            "theo Quyết định này).",
            gap=4,
        ),
        Para(
            "**Điều 2.** Kinh phí thực hiện 1.862,5 triệu đồng, từ nguồn ngân sách nhà nước "
            "giao cho Cục năm 2025; các đơn vị báo cáo tiến độ về Phòng Quản lý chất lượng "
            "(thư điện tử qlcl.kcb@moh.gov.vn) trước ngày 05 hằng tháng.",
            gap=4,
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Cục, "
            "Trưởng các phòng thuộc Cục và Thủ trưởng các đơn vị có liên quan chịu trách "
            "nhiệm thi hành Quyết định này./.",
            gap=4,
        ),
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "NHIỆM VỤ KIỂM TRA, ĐÁNH GIÁ CHẤT LƯỢNG BỆNH VIỆN NĂM 2025",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Quyết định số 1876/QĐ-KCB ngày 15 tháng 9 năm 2025 của Cục trưởng Cục "
            "Quản lý Khám, chữa bệnh)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        table,
    ]
    return Doc(
        name="ho18_qd_cuckcb_byt_kiem_tra_benh_vien",
        description=(
            "Quyết định of a department of a ministry (BỘ Y TẾ / CỤC QUẢN LÝ / KHÁM, CHỮA "
            "BỆNH, the issuer over two bold lines), number QĐ-KCB, place Hà Nội; authority "
            "line CỤC TRƯỞNG CỤC QUẢN LÝ KHÁM, CHỮA BỆNH; italic Căn cứ lines: Luật Khám "
            "bệnh, chữa bệnh with a padded short date (ngày 09/01/2023), the Minister's "
            "Quyết định with a long date (1452/QĐ-BYT, issuer 'Bộ trưởng Bộ Y tế'), the "
            "Minister's Thông tư with an unpadded date (32/2023/TT-BYT, ngày 31/12/2023); a "
            "'Thực hiện' line with the Cục's own Kế hoạch without an issuer (614/KH-KCB, ngày "
            "08/07/2025, truth co_quan null); a 'Theo đề nghị' line; Điều 1-3 with a figure "
            "(1.862,5 triệu đồng) and an e-mail address; signer KT. CỤC TRƯỞNG / PHÓ CỤC "
            "TRƯỞNG; a Phụ lục after the signature with a ruled 6-column task table STT / "
            "Nhiệm vụ / Đơn vị chủ trì / Đơn vị phối hợp / Thời gian hoàn thành / Sản phẩm "
            "(keys stt, nhiem_vu, don_vi_chu_tri, don_vi_phoi_hop, thoi_gian, san_pham) of 9 "
            "rows, with the header row repeated on the continuation. The Phụ lục's 'Kèm theo "
            "Quyết định số 1876/QĐ-KCB ...' names the document itself and is not a related "
            "document."
        ),
        tests="QĐ of a Cục under the Bộ Y tế (Hà Nội); Phụ lục task table; KT.",
        origin=TEAM,
        seed=1072,
        scan=Scan(
            rotation_deg=-0.7,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=70,
            paper=(248, 245, 236),
            illumination=0.05,
        ),
        chu_quan=["BỘ Y TẾ"],
        ban_hanh=["CỤC QUẢN LÝ", "KHÁM, CHỮA BỆNH"],
        so="1876",
        ky_hieu="QĐ-KCB",
        dia_danh="Hà Nội",
        ngay=date(2025, 9, 15),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject="Về việc giao nhiệm vụ kiểm tra, đánh giá chất lượng bệnh viện năm 2025",
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "Bộ trưởng (để b/c)",
                "Các Thứ trưởng (để b/c)",
                "Cục trưởng (để b/c)",
                "Sở Y tế các tỉnh, thành phố",
                "Lưu: VT, QLCL",
            ]
        ),
        signer=["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"],
        nguoi_ky="Vương Ánh Dương",
        seal_text="BỘ Y TẾ * CỤC QUẢN LÝ KHÁM, CHỮA BỆNH * ",
        refs=[r_luat, r_qd_byt, r_tt, r_kh],
    )


def doc_ho18_kh_doan_saigon_xuan_tinh_nguyen() -> Doc:
    r_kh_td = Ref(
        "Kế hoạch",
        "318-KH/TĐTN-BPT",
        date(2025, 11, 25),
        "Ban Thường vụ Thành Đoàn",
        long_date=False,
    )
    r_ctr = Ref(
        "Chương trình",
        "14-CTr/ĐU",
        date(2025, 9, 5),
        "Ban Chấp hành Đảng bộ phường Sài Gòn",
        long_date=False,
        pad=False,
    )
    r_kh_ub = Ref(
        "Kế hoạch",
        "241/KH-UBND",
        date(2025, 11, 28),
        "Ủy ban nhân dân phường",
    )
    chi_doan = "Các chi đoàn khu phố"
    table = Table(
        header=["STT", "Nội dung hoạt động", "Thời gian", "Đơn vị thực hiện", "Chỉ tiêu"],
        columns=["stt", "noi_dung", "thoi_gian", "don_vi_thuc_hien", "chi_tieu"],
        widths=[0.07, 0.38, 0.17, 0.22, 0.16],
        align=["c", "l", "c", "l", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Lễ ra quân Chiến dịch Xuân tình nguyện năm 2026 tại Công viên Bến Bạch Đằng",
                "Ngày 21/12/2025",
                "Ban Thường vụ Đoàn phường",
                "300 đoàn viên",
            ],
            [
                "2",
                "Chương trình “Xuân yêu thương”: thăm, tặng quà gia đình chính sách, hộ cận "
                "nghèo, người lao động khó khăn",
                "Từ 05/01/2026 đến 10/02/2026",
                "Ban Công tác xã hội Đoàn phường",
                "500 phần quà",
            ],
            [
                "3",
                "Chuyến xe “Tết sum vầy” đưa công nhân, sinh viên về quê đón Tết",
                "Từ 09/02/2026 đến 14/02/2026",
                "Đoàn Thanh niên Công an phường",
                "08 chuyến xe",
            ],
            [
                "4",
                "Hỗ trợ người dân cài đặt, sử dụng VNeID, dịch vụ công trực tuyến tại Trung "
                "tâm Phục vụ hành chính công phường",
                "Tháng 01/2026",
                "Đội hình thanh niên tình nguyện",
                "1.200 lượt người dân",
            ],
            [
                "5",
                "Ngày Chủ nhật xanh: dọn rác kênh Nhiêu Lộc - Thị Nghè đoạn qua phường",
                "Chủ nhật hằng tuần",
                chi_doan,
                "12 đợt",
            ],
            [
                "6",
                "Ngày hội hiến máu “Giọt hồng Xuân” phối hợp Bệnh viện Truyền máu Huyết học",
                "Ngày 18/01/2026",
                "Hội Liên hiệp Thanh niên phường",
                "250 đơn vị máu",
            ],
            [
                "7",
                "Hướng dẫn, hỗ trợ du khách quốc tế tại phố đi bộ Nguyễn Huệ dịp Tết Nguyên đán",
                "Từ 12/02/2026 đến 22/02/2026",
                "Đội hình thanh niên tình nguyện",
                "02 điểm hỗ trợ",
            ],
            [
                "8",
                "Phối hợp giữ gìn trật tự, an toàn giao thông đêm Giao thừa",
                "Đêm 16/02/2026",
                "Đoàn Thanh niên Công an phường",
                "60 đoàn viên",
            ],
            [
                "9",
                "Tổ chức “Tết thiếu nhi” cho 200 thiếu nhi có hoàn cảnh khó khăn",
                "Ngày 08/02/2026",
                "Hội đồng Đội phường",
                "200 thiếu nhi",
            ],
            [
                "10",
                "Tổng kết Chiến dịch, biểu dương tập thể, cá nhân tiêu biểu; báo cáo Thành Đoàn",
                "Trước ngày 05/3/2026",
                "Văn phòng Đoàn phường",
                "01 báo cáo",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_kh_td.cite()} về tổ chức Chiến dịch Xuân tình nguyện năm 2026; "
            f"{r_ctr.cite()} về công tác thanh niên giai đoạn 2025 - 2030 và {r_kh_ub.cite()} "
            "về tổ chức Tết Nguyên đán Bính Ngọ năm 2026, Ban Thường vụ Đoàn phường Sài Gòn "
            "xây dựng Kế hoạch tổ chức Chiến dịch Xuân tình nguyện năm 2026 như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Phát huy vai trò xung kích của đoàn viên, thanh niên trong chăm lo Tết cho "
            "người dân khó khăn, giữ gìn cảnh quan đô thị và hỗ trợ người dân, du khách dịp "
            "Tết Nguyên đán."
        ),
        Para(
            "2. Mỗi cơ sở Đoàn đăng ký ít nhất 01 công trình, phần việc thanh niên; huy động "
            "tối thiểu 800 lượt đoàn viên, thanh niên tham gia với tổng giá trị hoạt động "
            "khoảng 650 triệu đồng."
        ),
        H("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", keep=3),
        table,
        H("III. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Văn phòng Đoàn phường tham mưu Ban Thường vụ triển khai Kế hoạch; theo dõi, "
            "tổng hợp kết quả vào thứ Năm hằng tuần."
        ),
        Para(
            "2. Các cơ sở Đoàn trực thuộc đăng ký công trình, phần việc về Văn phòng Đoàn "
            "phường (đồng chí Lý Gia Hân, điện thoại 028.3829.4107) trước ngày 18/12/2025; "
            "báo cáo kết quả trước ngày 25/02/2026./."
        ),
    ]
    return Doc(
        name="ho18_kh_doan_saigon_xuan_tinh_nguyen",
        description=(
            "Kế hoạch of a ward Youth Union committee in the Đoàn's own header style: THÀNH "
            "ĐOÀN TP. HỒ CHÍ MINH (regular) above BCH ĐOÀN PHƯỜNG SÀI GÒN (bold) at the left, "
            "ĐOÀN TNCS HỒ CHÍ MINH (bold, underlined) at the right instead of the Quốc hiệu "
            "(truth quoc_hieu false), the number in the Đoàn form with a hyphen (52-KH/ĐTN: "
            "so 52, ky_hieu KH/ĐTN), place 'TP. Hồ Chí Minh', dated December 2025 after the "
            "ward reorganisation (phường Sài Gòn); no Kính gửi; one opening sentence citing "
            "the Thành Đoàn's Kế hoạch in the Đoàn form with a padded short date "
            "(318-KH/TĐTN-BPT, ngày 25/11/2025), the ward Party committee's Chương trình with "
            "an unpadded date (14-CTr/ĐU, ngày 5/9/2025) and the ward People's Committee's "
            "Kế hoạch with a long date and the short issuer 'Ủy ban nhân dân phường' "
            "(241/KH-UBND); headings I-III; a ruled 5-column table STT / Nội dung hoạt động / "
            "Thời gian / Đơn vị thực hiện / Chỉ tiêu (keys stt, noi_dung, thoi_gian, "
            "don_vi_thuc_hien, chi_tieu) of 10 rows running onto the next page under the "
            "repeated header row, with curly quotes in cells; a phone number; signer TM. BAN "
            "THƯỜNG VỤ / PHÓ BÍ THƯ; 'Lưu: VP'."
        ),
        tests="KH of a ward Đoàn (TP. HCM) in the Đoàn header style; long task table; TM.",
        origin=TEAM,
        seed=1073,
        scan=Scan(
            rotation_deg=1.2,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=60,
            paper=(246, 242, 231),
            illumination=0.07,
        ),
        quoc_hieu=False,
        heading_right=["ĐOÀN TNCS HỒ CHÍ MINH"],
        chu_quan=["THÀNH ĐOÀN TP. HỒ CHÍ MINH"],
        ban_hanh=["BCH ĐOÀN PHƯỜNG SÀI GÒN"],
        so="52",
        ky_hieu="KH/ĐTN",
        so_sep="-",
        dia_danh="TP. Hồ Chí Minh",
        ngay=date(2025, 12, 9),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject="Tổ chức Chiến dịch Xuân tình nguyện năm 2026",
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Ban Thường vụ Thành Đoàn (để b/c)",
                "Thường trực Đảng ủy phường (để b/c)",
                "UBND phường (để p/h)",
                "Các cơ sở Đoàn trực thuộc (để t/h)",
                "Lưu: VP",
            ]
        ),
        signer=["TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
        nguoi_ky="Tăng Minh Khôi",
        seal_text="ĐOÀN TNCS HỒ CHÍ MINH * BCH ĐOÀN PHƯỜNG SÀI GÒN * ",
        refs=[r_kh_td, r_ctr, r_kh_ub],
    )


def doc_ho18_cv_ubnd_khuongdinh_chay_no() -> Doc:
    r_cd = Ref(
        "Công điện",
        "09/CĐ-UBND",
        date(2025, 10, 21),
        "Chủ tịch Ủy ban nhân dân thành phố Hà Nội",
        long_date=False,
    )
    r_luat = Ref(
        "Luật",
        "55/2024/QH15",
        date(2024, 11, 29),
        ten="Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    )
    r_kh = Ref("Kế hoạch", "156/KH-UBND", date(2025, 10, 3), long_date=False, pad=False)
    body: list[Block] = [
        Para(
            "Khoảng 02 giờ 15 phút ngày 20/10/2025, tại nhà ở kết hợp kinh doanh trong ngõ "
            "148 phố Khương Trung đã xảy ra cháy, làm 03 người bị thương, thiệt hại về tài "
            f"sản đang được thống kê. Thực hiện {r_cd.cite()} về việc tăng cường phòng cháy, "
            "chữa cháy nhà ở kết hợp sản xuất, kinh doanh, Chủ tịch Ủy ban nhân dân phường "
            "Khương Đình yêu cầu:"
        ),
        Para(
            "1. Công an phường chủ trì, phối hợp Trưởng các tổ dân phố kiểm tra 100% nhà ở "
            "kết hợp sản xuất, kinh doanh, nhà trọ trên địa bàn (khoảng 1.460 cơ sở) theo "
            f"{r_luat.cite()}; lập biên bản, yêu cầu khắc phục ngay các tồn tại về lối thoát "
            "nạn, hệ thống điện, bình chữa cháy; hoàn thành trước 17 giờ 00 ngày 31/10/2025."
        ),
        Para(
            "2. Phòng Kinh tế, Hạ tầng và Đô thị rà soát các tuyến ngõ nhỏ dưới 2 m mà xe "
            "chữa cháy không tiếp cận được, đề xuất vị trí đặt trụ nước, tủ phương tiện chữa "
            f"cháy công cộng theo {r_kh.cite()}."
        ),
        Para(
            "3. Phòng Văn hóa - Xã hội phối hợp Đài truyền thanh phường tuyên truyền hằng ngày "
            "kỹ năng thoát nạn; vận động mỗi hộ gia đình trang bị ít nhất 01 bình chữa cháy và "
            "mở lối thoát nạn thứ hai."
        ),
        Para(
            "4. Trưởng các tổ dân phố tổ chức họp dân trước ngày 26/10/2025, phổ biến nội dung "
            "Công văn này đến từng hộ gia đình."
        ),
        Para(
            "Đây là nhiệm vụ cấp bách. Yêu cầu các đơn vị nghiêm túc thực hiện, báo cáo kết "
            "quả về Ủy ban nhân dân phường (qua Công an phường, điện thoại 024.3858.2617) "
            "trước ngày 03/11/2025 để tổng hợp, báo cáo Ủy ban nhân dân Thành phố./."
        ),
    ]
    return Doc(
        name="ho18_cv_ubnd_khuongdinh_chay_no",
        description=(
            "Công văn of a Hà Nội ward People's Committee under the two-level structure (ỦY "
            "BAN NHÂN DÂN / PHƯỜNG KHƯƠNG ĐÌNH, one body over two bold lines, no parent), "
            "number UBND-CAP, marked HỎA TỐC in a box under the number, place Khương Đình, "
            "dated October 2025; a four-line V/v; Kính gửi with four addressees; the city "
            "chairman's Công điện with a padded short date (09/CĐ-UBND, ngày 21/10/2025, "
            "issuer 'Chủ tịch Ủy ban nhân dân thành phố Hà Nội'); Luật Phòng cháy, chữa cháy "
            "và cứu nạn, cứu hộ with a long date (55/2024/QH15); the ward's own Kế hoạch with "
            "an unpadded date and no issuer (156/KH-UBND, ngày 3/10/2025, truth co_quan null); "
            "times and dates that are not citations (02 giờ 15 phút ngày 20/10/2025, 17 giờ "
            "00 ngày 31/10/2025); figures and a phone number; no table; signer CHỦ TỊCH alone "
            "(truth tham_quyen_ky null)."
        ),
        tests="CV HỎA TỐC of a Hà Nội ward UBND; Kính gửi list; signer without prefix",
        origin=TEAM,
        seed=1074,
        scan=Scan(
            rotation_deg=-1.4,
            noise_sigma=7,
            blur=1.0,
            jpeg_quality=57,
            paper=(245, 241, 229),
            illumination=0.08,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "PHƯỜNG KHƯƠNG ĐÌNH"],
        so="1342",
        ky_hieu="UBND-CAP",
        vv=(
            "khẩn trương kiểm tra, khắc phục nguy cơ cháy, nổ tại nhà ở kết hợp sản xuất, "
            "kinh doanh trên địa bàn phường"
        ),
        do_khan="HỎA TỐC",
        dia_danh="Khương Đình",
        ngay=date(2025, 10, 22),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Công an phường Khương Đình",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Phòng Văn hóa - Xã hội",
            "Trưởng các tổ dân phố",
        ],
        body=body,
        body_size=14.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "UBND Thành phố (b/c)",
                "Công an Thành phố (PC07) (b/c)",
                "Đảng ủy, HĐND phường (b/c)",
                "Các PCT UBND phường",
                "Lưu: VT, CAP",
            ]
        ),
        signer=["CHỦ TỊCH"],
        nguoi_ky="Nguyễn Thị Phương Thảo",
        seal_text="ỦY BAN NHÂN DÂN PHƯỜNG KHƯƠNG ĐÌNH * THÀNH PHỐ HÀ NỘI * ",
        refs=[r_cd, r_luat, r_kh],
    )


def doc_ho18_bc_vietinbank_haiphong_bao_yagi() -> Doc:
    r_tt = Ref(
        "Thông tư",
        "02/2023/TT-NHNN",
        date(2023, 4, 23),
        "Thống đốc Ngân hàng Nhà nước Việt Nam",
    )
    r_cv_tsc = Ref(
        "Công văn",
        "8125/TGĐ-NHCT-KHCN",
        date(2024, 9, 16),
        "Tổng Giám đốc Ngân hàng TMCP Công Thương Việt Nam",
        long_date=False,
        pad=False,
    )
    r_cv_nhnn = Ref(
        "Công văn",
        "1037/HPH-TTGSNH",
        date(2024, 10, 2),
        "Ngân hàng Nhà nước Chi nhánh thành phố Hải Phòng",
        long_date=False,
    )
    table = Table(
        header=[
            "STT",
            "Nhóm khách hàng",
            "Số khách hàng",
            "Dư nợ bị ảnh hưởng (triệu đồng)",
            "Đã cơ cấu lại, giãn nợ (triệu đồng)",
            "Cho vay mới (triệu đồng)",
        ],
        columns=["stt", "nhom_khach_hang", "so_khach_hang", "du_no", "co_cau_lai", "cho_vay_moi"],
        widths=[0.07, 0.29, 0.13, 0.17, 0.17, 0.17],
        align=["c", "l", "c", "c", "c", "c"],
        size=11.5,
        rows=[
            ["1", "Doanh nghiệp nhỏ và vừa", "46", "218.460", "142.315", "96.700"],
            ["2", "Hộ kinh doanh", "312", "184.925", "127.640", "58.300"],
            [
                "3",
                "Cá nhân sản xuất nông nghiệp, nuôi trồng thủy sản",
                "527",
                "96.384",
                "61.208",
                "41.950",
            ],
            ["4", "Cá nhân vay tiêu dùng", "189", "27.516", "9.847", "12.400"],
            ["5", "Doanh nghiệp lớn", "7", "341.290", "286.500", "135.000"],
            ["", "Tổng cộng", "1.081", "868.575", "627.510", "344.350"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv_tsc.cite()} về việc hỗ trợ khách hàng bị thiệt hại do bão số 3 "
            f"(Yagi) và {r_cv_nhnn.cite()} về báo cáo tình hình hỗ trợ khách hàng, Ngân hàng "
            "TMCP Công Thương Việt Nam - Chi nhánh Hải Phòng báo cáo kết quả đến hết ngày "
            "30/9/2024 như sau:"
        ),
        H("1. Thiệt hại của khách hàng"),
        Para(
            "Bão số 3 đổ bộ vào thành phố ngày 07/9/2024 làm 1.081 khách hàng đang có dư nợ "
            "tại Chi nhánh bị thiệt hại về nhà xưởng, ao nuôi, hàng hóa, tập trung ở các "
            "huyện Thủy Nguyên, An Dương, Cát Hải, Kiến Thụy; tổng dư nợ bị ảnh hưởng "
            "868.575 triệu đồng, chiếm 6,84% tổng dư nợ của Chi nhánh."
        ),
        H("2. Kết quả hỗ trợ", keep=3),
        Para(
            f"Chi nhánh đã cơ cấu lại thời hạn trả nợ, giữ nguyên nhóm nợ theo {r_tt.cite()}, "
            "miễn, giảm lãi và cho vay mới để khôi phục sản xuất, kinh doanh; kết quả theo "
            "nhóm khách hàng như sau:",
            keep=3,
        ),
        table,
        Para(
            "Lãi suất cho vay mới giảm 1,5%/năm so với mức thông thường, áp dụng đến hết ngày "
            "31/12/2024; số lãi đã miễn, giảm là 4.276 triệu đồng."
        ),
        H("3. Khó khăn, kiến nghị"),
        Para(
            "Một số khách hàng nuôi trồng thủy sản tại Cát Hải mất toàn bộ tài sản bảo đảm, "
            "không còn nguồn trả nợ. Chi nhánh kiến nghị Trụ sở chính xem xét cơ chế xử lý "
            "rủi ro riêng cho nhóm khách hàng này và bổ sung hạn mức cho vay ưu đãi 200 tỷ "
            "đồng cho Chi nhánh trong quý IV/2024."
        ),
        Para("Chi nhánh Hải Phòng kính báo cáo./."),
    ]
    return Doc(
        name="ho18_bc_vietinbank_haiphong_bao_yagi",
        description=(
            "Báo cáo of a commercial bank branch (NGÂN HÀNG TMCP CÔNG THƯƠNG / VIỆT NAM over "
            "two regular lines as the parent body, CHI NHÁNH HẢI PHÒNG bold), marked MẬT in "
            "a box under the number, number BC-CNHP, place Hải Phòng, dated October 2024 "
            "before the merger (old districts Thủy Nguyên, An Dương, Cát Hải, Kiến Thụy); "
            "Kính gửi with two addressees; the head office's Công văn with a long ký hiệu and "
            "an unpadded date (8125/TGĐ-NHCT-KHCN, ngày 16/9/2024), the State Bank branch's "
            "Công văn with a padded short date (1037/HPH-TTGSNH, ngày 02/10/2024), the "
            "Governor's Thông tư with a long date (02/2023/TT-NHNN); dates that are not "
            "citations (30/9/2024, 07/9/2024, 31/12/2024); a ruled 6-column table STT / Nhóm "
            "khách hàng / Số khách hàng / Dư nợ bị ảnh hưởng (triệu đồng) / Đã cơ cấu lại, "
            "giãn nợ (triệu đồng) / Cho vay mới (triệu đồng) (keys stt, nhom_khach_hang, "
            "so_khach_hang, du_no, co_cau_lai, cho_vay_moi) of five groups and a Tổng cộng "
            "row with an empty STT (the sums); signer Q. GIÁM ĐỐC on one line."
        ),
        tests="BC of a bank branch (Hải Phòng, 2024) marked MẬT; numeric table; Q.",
        origin=TEAM,
        seed=1075,
        scan=Scan(
            rotation_deg=0.4,
            noise_sigma=8,
            blur=1.1,
            jpeg_quality=55,
            paper=(246, 243, 232),
            illumination=0.07,
        ),
        chu_quan=["NGÂN HÀNG TMCP CÔNG THƯƠNG", "VIỆT NAM"],
        ban_hanh=["CHI NHÁNH HẢI PHÒNG"],
        so="274",
        ky_hieu="BC-CNHP",
        do_mat="MẬT",
        dia_danh="Hải Phòng",
        ngay=date(2024, 10, 8),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject="Kết quả hỗ trợ khách hàng bị thiệt hại do bão số 3 (Yagi)",
        kinh_gui=[
            "Ngân hàng TMCP Công Thương Việt Nam",
            "Ngân hàng Nhà nước Chi nhánh thành phố Hải Phòng",
        ],
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Khối Bán lẻ, Khối Khách hàng doanh nghiệp (TSC)",
                "Ban Giám đốc Chi nhánh",
                "Lưu: VT, KHDN, BL",
            ]
        ),
        signer=["Q. GIÁM ĐỐC"],
        nguoi_ky="Đoàn Quang Vinh",
        seal_text="NGÂN HÀNG TMCP CÔNG THƯƠNG VIỆT NAM * CHI NHÁNH HẢI PHÒNG * ",
        refs=[r_cv_tsc, r_cv_nhnn, r_tt],
    )


def doc_ho18_hd_bvbnd_hcm_tay_chan_mieng() -> Doc:
    r_qd = Ref(
        "Quyết định",
        "1315/QĐ-BYT",
        date(2025, 3, 14),
        "Bộ trưởng Bộ Y tế",
        long_date=False,
        pad=False,
    )
    r_cv = Ref(
        "Công văn",
        "2714/SYT-NVY",
        date(2025, 4, 22),
        "Sở Y tế Thành phố Hồ Chí Minh",
    )
    r_kh = Ref("Kế hoạch", "87/KH-BVBNĐ", date(2025, 2, 10), long_date=False)
    table = Table(
        header=["Độ", "Dấu hiệu chính", "Nơi tiếp nhận, điều trị", "Theo dõi"],
        columns=["do", "dau_hieu", "noi_dieu_tri", "theo_doi"],
        widths=[0.10, 0.42, 0.26, 0.22],
        align=["c", "l", "l", "c"],
        size=12.0,
        rows=[
            [
                "1",
                "Loét miệng, phát ban dạng sẩn, phỏng nước ở lòng bàn tay, bàn chân",
                "Phòng khám Nhi (điều trị ngoại trú)",
                "Tái khám mỗi 1 - 2 ngày",
            ],
            [
                "2a",
                "Giật mình dưới 2 lần/30 phút; sốt trên 2 ngày hoặc sốt từ 39°C trở lên",
                "Khoa Nhiễm C",
                "Mỗi 4 - 6 giờ",
            ],
            [
                "2b",
                "Giật mình từ 2 lần/30 phút; run chi, đi loạng choạng, mạch nhanh",
                "Khoa Nhiễm C, phòng cấp cứu",
                "Mỗi 1 - 3 giờ",
            ],
            [
                "3",
                "Mạch nhanh trên 170 lần/phút, vã mồ hôi, tăng huyết áp, thở nhanh",
                "Khoa Hồi sức tích cực Nhi",
                "Mỗi 30 phút - 1 giờ",
            ],
            [
                "4",
                "Sốc, phù phổi cấp, tím tái, ngưng thở",
                "Khoa Hồi sức tích cực Nhi",
                "Liên tục",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_qd.cite()} ban hành Hướng dẫn chẩn đoán, điều trị bệnh tay chân "
            f"miệng; thực hiện {r_cv.cite()} về tăng cường phòng, chống bệnh tay chân miệng "
            f"và {r_kh.cite()} về phòng, chống dịch bệnh năm 2025, Bệnh viện Bệnh Nhiệt đới "
            "hướng dẫn các khoa, phòng thực hiện như sau:"
        ),
        H("1. Phân luồng tại Khoa Khám bệnh"),
        Para(
            "Trẻ sốt kèm loét miệng hoặc phát ban ở tay, chân được nhân viên phân luồng đưa "
            "đến khu khám riêng số 3 (lầu 1, Khu B), không chờ khám chung; điều dưỡng đánh "
            "giá dấu hiệu nặng ngay khi tiếp nhận, ghi thời điểm vào phiếu theo dõi."
        ),
        H("2. Phân độ và nơi điều trị", keep=3),
        Para(
            "Bác sĩ phân độ lâm sàng theo hướng dẫn của Bộ Y tế và chuyển người bệnh đến "
            "nơi điều trị như sau:",
            keep=3,
        ),
        table,
        H("3. Báo cáo"),
        Para(
            "Khoa Kiểm soát bệnh truyền nhiễm báo cáo ca bệnh trên hệ thống giám sát trong "
            "vòng 24 giờ; ca độ 3, độ 4 báo cáo ngay Ban Giám đốc và Phòng Kế hoạch tổng "
            "hợp (điện thoại nội bộ 1205). Hướng dẫn này áp dụng từ ngày 12/5/2025 đến khi "
            "có thông báo khác./."
        ),
    ]
    return Doc(
        name="ho18_hd_bvbnd_hcm_tay_chan_mieng",
        description=(
            "Hướng dẫn of a city hospital in Hồ Chí Minh City (SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH "
            "/ BỆNH VIỆN BỆNH NHIỆT ĐỚI, the issuer on one bold line), number HD-BVBNĐ, "
            "place Thành phố Hồ Chí Minh, dated May 2025; no Kính gửi; one opening sentence "
            "citing the Minister's Quyết định with an unpadded date (1315/QĐ-BYT, ngày "
            "14/3/2025), the Sở's Công văn with a long date (2714/SYT-NVY, issuer 'Sở Y tế "
            "Thành phố Hồ Chí Minh') and the hospital's own Kế hoạch with a padded short date "
            "and no issuer (87/KH-BVBNĐ, ngày 10/02/2025, truth co_quan null); numbered "
            "headings; a ruled 4-column table Độ / Dấu hiệu chính / Nơi tiếp nhận, điều trị / "
            "Theo dõi (keys do, dau_hieu, noi_dieu_tri, theo_doi) of five grades (1, 2a, 2b, "
            "3, 4) with '39°C' and rates in cells; an internal phone extension; signer TL. "
            "GIÁM ĐỐC / TRƯỞNG PHÒNG ĐIỀU DƯỠNG (truth tham_quyen_ky 'TL.')."
        ),
        tests="HD of a HCM City hospital; grading table without STT; TL.",
        origin=TEAM,
        seed=1076,
        scan=Scan(
            rotation_deg=-0.3,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=68,
            paper=(247, 244, 234),
            illumination=0.05,
        ),
        chu_quan=["SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH"],
        ban_hanh=["BỆNH VIỆN BỆNH NHIỆT ĐỚI"],
        so="14",
        ky_hieu="HD-BVBNĐ",
        dia_danh="Thành phố Hồ Chí Minh",
        ngay=date(2025, 5, 8),
        title="HƯỚNG DẪN",
        loai_van_ban="Hướng dẫn",
        subject="Tiếp nhận, phân luồng và điều trị người bệnh tay chân miệng",
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Ban Giám đốc (để b/c)",
                "Các khoa, phòng (để t/h)",
                "Trang thông tin điện tử Bệnh viện",
                "Lưu: VT, ĐD",
            ]
        ),
        signer=["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG ĐIỀU DƯỠNG"],
        nguoi_ky="ThS.BS. Quan Thế Hùng",
        seal_text="BỆNH VIỆN BỆNH NHIỆT ĐỚI * THÀNH PHỐ HỒ CHÍ MINH * ",
        refs=[r_qd, r_cv, r_kh],
    )


HELDOUT18_DOCS = [
    doc_ho18_nq_hdnd_haiphong_thu_hoi_dat,
    doc_ho18_qd_cuckcb_byt_kiem_tra_benh_vien,
    doc_ho18_kh_doan_saigon_xuan_tinh_nguyen,
    doc_ho18_cv_ubnd_khuongdinh_chay_no,
    doc_ho18_bc_vietinbank_haiphong_bao_yagi,
    doc_ho18_hd_bvbnd_hcm_tay_chan_mieng,
]


# --------------------------------------------------------------------------------------
# Nineteenth held-out set (written blind: nobody ran the pipeline or read its code while
# writing it). The Mekong Delta and the South-East after the 2025 merger: a provincial Sở
# Nông nghiệp và Môi trường (Cà Mau), a commune UBND (Vĩnh Long), a Văn phòng đăng ký đất
# đai (Đồng Tháp), a provincial Ban Chỉ huy phòng thủ dân sự (Tây Ninh), a ward Ủy ban
# MTTQ Việt Nam (Cần Thơ) and a Trường THPT (An Giang). Kept out of samples/ so the
# end-to-end tests never see it.
# --------------------------------------------------------------------------------------

HELDOUT19_DIR = REPO_ROOT / "benchmarks" / "heldout19"


def doc_ho19_kh_snnmt_camau_lua_tom() -> Doc:
    r_nq = Ref(
        "Nghị quyết",
        "202/2025/QH15",
        date(2025, 6, 12),
        "Quốc hội",
    )
    r_qd = Ref(
        "Quyết định",
        "2318/QĐ-UBND",
        date(2025, 12, 19),
        "Ủy ban nhân dân tỉnh Cà Mau",
        long_date=False,
    )
    r_cv = Ref(
        "Công văn",
        "9874/BNNMT-TTBVTV",
        date(2025, 12, 5),
        "Bộ Nông nghiệp và Môi trường",
        long_date=False,
        pad=False,
    )
    cc_tt = "Chi cục Trồng trọt và Bảo vệ thực vật"
    tt_kn = "Trung tâm Khuyến nông"
    ubnd_xa = "UBND các xã có sản xuất lúa - tôm"
    table = Table(
        header=[
            "STT",
            "Nội dung nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian thực hiện",
            "Kết quả cần đạt",
        ],
        columns=["stt", "nhiem_vu", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_gian", "san_pham"],
        widths=[0.07, 0.30, 0.17, 0.17, 0.13, 0.16],
        align=["c", "l", "l", "l", "c", "l"],
        size=11.5,
        rows=[
            [
                "1",
                "Rà soát, cập nhật bản đồ vùng sản xuất lúa - tôm sau khi hợp nhất tỉnh, "
                "xác định vùng đủ điều kiện chứng nhận hữu cơ",
                cc_tt,
                "Chi cục Thủy lợi; UBND các xã",
                "Quý I/2026",
                "Bản đồ vùng sản xuất được phê duyệt",
            ],
            [
                "2",
                "Ban hành lịch thời vụ xuống giống lúa trên nền đất nuôi tôm, né mặn đầu vụ",
                cc_tt,
                "Đài Khí tượng thủy văn tỉnh",
                "Trước ngày 15/7/2026",
                "Lịch thời vụ vụ lúa 2026 - 2027",
            ],
            [
                "3",
                "Cung ứng giống lúa chịu mặn ST24, ST25, OM 5451 có nguồn gốc rõ ràng",
                "Trung tâm Giống nông nghiệp",
                "Các hợp tác xã, doanh nghiệp giống",
                "Tháng 7 - 8/2026",
                "Tối thiểu 1.200 tấn giống xác nhận",
            ],
            [
                "4",
                "Tập huấn quy trình canh tác lúa - tôm hữu cơ cho nông dân, tổ hợp tác",
                tt_kn,
                ubnd_xa,
                "Từ tháng 4 đến tháng 9/2026",
                "60 lớp, 2.400 lượt nông dân",
            ],
            [
                "5",
                "Xây dựng mô hình tôm càng xanh xen canh trên ruộng lúa",
                tt_kn,
                "Chi cục Thủy sản và Kiểm ngư",
                "Vụ lúa 2026 - 2027",
                "08 mô hình, mỗi mô hình 10 ha",
            ],
            [
                "6",
                "Vận hành hệ thống cống, đê bao phục vụ lấy nước ngọt, giữ nước cho vùng "
                "Hồng Dân, Phước Long, Thới Bình, U Minh",
                "Chi cục Thủy lợi",
                "Công ty TNHH MTV Khai thác công trình thủy lợi",
                "Thường xuyên",
                "Kế hoạch vận hành theo từng đợt triều",
            ],
            [
                "7",
                "Quan trắc độ mặn, chất lượng nước tại 24 điểm đại diện vùng lúa - tôm",
                "Trung tâm Quan trắc tài nguyên và môi trường",
                cc_tt,
                "Hằng tuần, từ tháng 6/2026",
                "Bản tin quan trắc",
            ],
            [
                "8",
                "Hỗ trợ hợp tác xã liên kết tiêu thụ lúa hữu cơ, cấp mã số vùng trồng",
                "Phòng Kinh tế hợp tác và Phát triển nông thôn",
                "Liên minh Hợp tác xã tỉnh",
                "Trước ngày 30/9/2026",
                "15 hợp tác xã có hợp đồng liên kết",
            ],
            [
                "9",
                "Thẩm định, chứng nhận sản phẩm OCOP gạo, tôm từ vùng lúa - tôm",
                "Phòng Kinh tế hợp tác và Phát triển nông thôn",
                "Hội đồng OCOP tỉnh",
                "Quý IV/2026",
                "Tối thiểu 06 sản phẩm đạt 3 sao trở lên",
            ],
            [
                "10",
                "Kiểm tra việc sử dụng vật tư nông nghiệp, dư lượng thuốc bảo vệ thực vật "
                "trong vùng sản xuất hữu cơ",
                "Chi cục Chất lượng, Chế biến và Phát triển thị trường",
                cc_tt,
                "Hằng quý",
                "Biên bản kiểm tra, kết quả phân tích mẫu",
            ],
            [
                "11",
                "Sơ kết thực hiện Kế hoạch, đề xuất nhân rộng mô hình hiệu quả",
                "Văn phòng Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Tháng 12/2026",
                "Báo cáo UBND tỉnh",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_nq.cite()} về việc sắp xếp đơn vị hành chính cấp tỉnh; {r_qd.cite()} "
            "phê duyệt Đề án phát triển vùng nuôi tôm - trồng lúa tỉnh Cà Mau giai đoạn 2026 "
            f"- 2030; {r_cv.cite()} về chuyển đổi cơ cấu cây trồng vùng ven biển, Sở Nông "
            "nghiệp và Môi trường xây dựng Kế hoạch thực hiện năm 2026 như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Giữ ổn định diện tích canh tác lúa - tôm của tỉnh sau hợp nhất, nâng cao giá "
            "trị trên một đơn vị diện tích, giảm rủi ro do hạn hán, xâm nhập mặn."
        ),
        Para(
            "2. Phân công rõ cơ quan chủ trì, thời hạn và kết quả từng nhiệm vụ; gắn trách "
            "nhiệm người đứng đầu với kết quả thực hiện."
        ),
        H("II. CHỈ TIÊU"),
        Para(
            "Năm 2026, diện tích lúa - tôm toàn tỉnh đạt 52.600 ha, trong đó 4.500 ha được "
            "chứng nhận hữu cơ hoặc VietGAP; năng suất lúa bình quân 4,6 tấn/ha; lợi nhuận "
            "bình quân đạt trên 95 triệu đồng/ha/năm, tăng 12% so với năm 2025."
        ),
        H("III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", keep=3),
        table,
        H("IV. KINH PHÍ"),
        Para(
            "Kinh phí thực hiện từ nguồn sự nghiệp kinh tế năm 2026 giao cho Sở (3.850 triệu "
            "đồng), lồng ghép Chương trình mục tiêu quốc gia xây dựng nông thôn mới và vốn đối "
            "ứng của hợp tác xã, doanh nghiệp."
        ),
        H("V. TỔ CHỨC THỰC HIỆN"),
        Para(
            "Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết, "
            "gửi về Sở (qua Chi cục Trồng trọt và Bảo vệ thực vật) trước ngày 10/02/2026; báo "
            "cáo kết quả định kỳ trước ngày 20 tháng cuối quý. Trong quá trình thực hiện, nếu "
            "có khó khăn, vướng mắc, liên hệ đồng chí Huỳnh Thị Kiều Oanh, điện thoại "
            "0290.3831.546 để được hướng dẫn./."
        ),
    ]
    return Doc(
        name="ho19_kh_snnmt_camau_lua_tom",
        description=(
            "Kế hoạch of a provincial Sở Nông nghiệp và Môi trường after the July 2025 merger "
            "(UBND TỈNH CÀ MAU regular above SỞ NÔNG NGHIỆP / VÀ MÔI TRƯỜNG, one body over "
            "two bold lines), number KH-SNNMT, place Cà Mau, dated January 2026; no Kính gửi; "
            "one opening sentence citing the National Assembly's Nghị quyết with a long date "
            "(202/2025/QH15, issuer 'Quốc hội'), the provincial People's Committee's Quyết "
            "định with a padded short date (2318/QĐ-UBND, ngày 19/12/2025) and the ministry's "
            "Công văn with an unpadded date (9874/BNNMT-TTBVTV, ngày 5/12/2025); headings "
            "I-V; figures (52.600 ha, 4,6 tấn/ha, 3.850 triệu đồng); a ruled 6-column task "
            "table STT / Nội dung nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian "
            "thực hiện / Kết quả cần đạt (keys stt, nhiem_vu, don_vi_chu_tri, "
            "don_vi_phoi_hop, thoi_gian, san_pham) of 11 rows running onto the next page "
            "under the repeated header row; a name and a phone number; signer KT. GIÁM ĐỐC / "
            "PHÓ GIÁM ĐỐC with a Khmer name."
        ),
        tests="KH of a Sở NN&MT (Cà Mau, merged); task table over pages; KT.",
        origin=TEAM,
        seed=1081,
        scan=Scan(
            rotation_deg=-0.9,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=62,
            paper=(246, 242, 231),
            illumination=0.07,
        ),
        chu_quan=["UBND TỈNH CÀ MAU"],
        ban_hanh=["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"],
        so="86",
        ky_hieu="KH-SNNMT",
        dia_danh="Cà Mau",
        ngay=date(2026, 1, 16),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject="Phát triển vùng sản xuất lúa - tôm bền vững gắn với chứng nhận hữu cơ năm 2026",
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Bộ Nông nghiệp và Môi trường (b/c)",
                "UBND tỉnh (b/c)",
                "Giám đốc, các PGĐ Sở",
                "UBND các xã có sản xuất lúa - tôm",
                "Các phòng, đơn vị thuộc Sở",
                "Lưu: VT, TTBVTV",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Danh Hoàng Sơn",
        seal_text="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG * TỈNH CÀ MAU * ",
        refs=[r_nq, r_qd, r_cv],
    )


def doc_ho19_qd_ubnd_tracu_chol_chnam_thmay() -> Doc:
    r_luat = Ref(
        "Luật",
        "72/2025/QH15",
        date(2025, 6, 16),
        ten="Luật Tổ chức chính quyền địa phương",
        long_date=False,
    )
    r_kh = Ref(
        "Kế hoạch",
        "38/KH-UBND",
        date(2026, 2, 9),
        "Ủy ban nhân dân tỉnh Vĩnh Long",
    )
    r_cv = Ref(
        "Công văn",
        "412/SDTTG-CTDT",
        date(2026, 3, 4),
        "Sở Dân tộc và Tôn giáo tỉnh Vĩnh Long",
        long_date=False,
        pad=False,
    )
    body: list[Block] = [
        Para(
            "ỦY BAN NHÂN DÂN XÃ TRÀ CÚ",
            style=BOLD,
            align="center",
            indent=0,
            gap=2,
        ),
        Para(f"Căn cứ {r_luat.cite()};", style=ITALIC, gap=6),
        Para(
            f"Căn cứ {r_kh.cite()} về tổ chức các hoạt động mừng Tết cổ truyền Chôl Chnăm "
            "Thmây của đồng bào Khmer năm 2026;",
            style=ITALIC,
        ),
        Para(
            f"Thực hiện {r_cv.cite()} về việc thăm, chúc Tết và bảo đảm an ninh, trật tự dịp "
            "Tết Chôl Chnăm Thmây;",
            style=ITALIC,
        ),
        Para("Theo đề nghị của Trưởng phòng Văn hóa - Xã hội.", style=ITALIC),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Thành lập Ban Tổ chức và các Tiểu ban phục vụ Tết cổ truyền Chôl "
            "Chnăm Thmây năm 2026 trên địa bàn xã Trà Cú, gồm các ông (bà) có tên tại Phụ lục "
            "kèm theo Quyết định này.",
            gap=4,
        ),
        Para(
            "**Điều 2.** Ban Tổ chức xây dựng chương trình thăm, chúc Tết 14 chùa "
            "Khmer, các vị sư sãi, Achar và 386 hộ đồng bào Khmer có hoàn cảnh khó khăn; tổ "
            "chức Hội thi đắp núi cát, thi đua ghe ngo và Ngày hội văn hóa tại sân chùa Kom "
            "Pong từ ngày 13/4/2026 đến ngày 16/4/2026; kinh phí 265 triệu đồng.",
            gap=4,
        ),
        Para(
            "**Điều 3.** Ban Tổ chức và các Tiểu ban tự giải thể sau khi xong nhiệm vụ.",
            gap=4,
        ),
        Para(
            "**Điều 4.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và "
            "UBND xã, Trưởng phòng Văn hóa - Xã hội và các ông (bà) có tên tại Điều 1 chịu "
            "trách nhiệm thi hành Quyết định này./.",
            gap=4,
        ),
    ]
    members = [
        ("I. BAN TỔ CHỨC", None),
        ("1. Bà Sơn Thị Chanh Thu, Phó Chủ tịch Ủy ban nhân dân xã - Trưởng ban;", "m"),
        ("2. Ông Thạch Hoàng Vũ, Trưởng phòng Văn hóa - Xã hội - Phó Trưởng ban;", "m"),
        ("3. Ông Kim Ngọc Thái, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã - Thành viên;", "m"),
        ("4. Đại đức Thạch Sanh Cư, trụ trì chùa Kom Pong - Thành viên;", "m"),
        ("II. TIỂU BAN NỘI DUNG, KHÁNH TIẾT", None),
        ("1. Bà Danh Thị Sô Phia, Phó Trưởng phòng Văn hóa - Xã hội - Trưởng tiểu ban;", "m"),
        ("2. Ông Lâm Văn Phước, công chức Văn hóa - Xã hội - Thành viên;", "m"),
        ("3. Ông Kiên Sóc Đa, Achar chùa Sà Lôn - Thành viên;", "m"),
        ("III. TIỂU BAN AN NINH, TRẬT TỰ", None),
        ("1. Ông Thạch Sa Ri, Phó Trưởng Công an xã - Trưởng tiểu ban;", "m"),
        ("2. Ông Trần Minh Luân, Chỉ huy trưởng Ban Chỉ huy Quân sự xã - Thành viên;", "m"),
        ("IV. TIỂU BAN HẬU CẦN, Y TẾ", None),
        ("1. Bà Hứa Thị Kim Loan, Phó Chánh Văn phòng HĐND và UBND xã - Trưởng tiểu ban;", "m"),
        ("2. Ông Sơn Văn Bích, Trạm trưởng Trạm Y tế xã - Thành viên./.", "m"),
    ]
    appendix: list[Block] = [
        Para("PHỤ LỤC", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "DANH SÁCH BAN TỔ CHỨC VÀ CÁC TIỂU BAN PHỤC VỤ TẾT CHÔL CHNĂM THMÂY NĂM 2026",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Kèm theo Quyết định số 127/QĐ-UBND ngày 23 tháng 3 năm 2026 của Ủy ban nhân dân "
            "xã Trà Cú)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
    ]
    for text, kind in members:
        if kind is None:
            appendix.append(Para(text, style=BOLD, indent=0, gap=8, keep=2))
        else:
            appendix.append(Para(text, indent=8, gap=2))
    return Doc(
        name="ho19_qd_ubnd_tracu_chol_chnam_thmay",
        description=(
            "Quyết định of a commune People's Committee under the two-level structure (ỦY BAN "
            "NHÂN DÂN / XÃ TRÀ CÚ, one body over two bold lines, no parent), number QĐ-UBND, "
            "place Trà Cú, dated March 2026; authority line ỦY BAN NHÂN DÂN XÃ TRÀ CÚ; italic "
            "lines: Luật Tổ chức chính quyền địa phương with a padded short date (ngày "
            "16/06/2025), the provincial People's Committee's Kế hoạch with a long date "
            "(38/KH-UBND, issuer 'Ủy ban nhân dân tỉnh Vĩnh Long'), the Sở Dân tộc và Tôn "
            "giáo's Công văn with an unpadded date (412/SDTTG-CTDT, ngày 4/3/2026); a 'Theo "
            "đề nghị' line; Điều 1-4 with a date range that is not a citation and a figure "
            "(265 triệu đồng); signer TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH "
            "(three lines) with a Khmer name; a Phụ lục after the signature listing the "
            "members by group (headings I-IV, numbered lines, no table), Khmer and Hoa names. "
            "The Phụ lục's 'Kèm theo Quyết định số 127/QĐ-UBND ...' names the document itself "
            "and is not a related document."
        ),
        tests="QĐ of a commune UBND (Vĩnh Long); Phụ lục member list; TM. + KT. (3 lines)",
        origin=TEAM,
        seed=1082,
        scan=Scan(
            rotation_deg=1.1,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=66,
            paper=(247, 243, 232),
            illumination=0.06,
        ),
        ban_hanh=["ỦY BAN NHÂN DÂN", "XÃ TRÀ CÚ"],
        so="127",
        ky_hieu="QĐ-UBND",
        dia_danh="Trà Cú",
        ngay=date(2026, 3, 23),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "Về việc thành lập Ban Tổ chức và các Tiểu ban phục vụ Tết cổ truyền Chôl Chnăm "
            "Thmây năm 2026"
        ),
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Như Điều 4",
                "TT. Đảng ủy, TT. HĐND xã (b/c)",
                "Chủ tịch, các PCT UBND xã",
                "Ban Quản trị các chùa Khmer trên địa bàn",
                "Lưu: VT, VHXH",
            ]
        ),
        signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Sơn Thị Chanh Thu",
        seal_text="ỦY BAN NHÂN DÂN XÃ TRÀ CÚ * TỈNH VĨNH LONG * ",
        refs=[r_luat, r_kh, r_cv],
    )


def doc_ho19_bc_vpdkdd_dongthap_cap_giay() -> Doc:
    r_luat = Ref(
        "Luật",
        "31/2024/QH15",
        date(2024, 1, 18),
        ten="Luật Đất đai",
    )
    r_nd = Ref(
        "Nghị định",
        "101/2024/NĐ-CP",
        date(2024, 7, 29),
        "Chính phủ",
        long_date=False,
        pad=False,
    )
    r_cv = Ref(
        "Công văn",
        "1186/SNNMT-QLĐĐ",
        date(2026, 3, 24),
        "Sở Nông nghiệp và Môi trường",
        long_date=False,
    )
    table = Table(
        header=[
            "STT",
            "Chi nhánh",
            "Hồ sơ tiếp nhận",
            "Đã giải quyết",
            "Trong đó trễ hạn",
            "Đang giải quyết",
            "Tỷ lệ đúng hạn (%)",
        ],
        columns=[
            "stt",
            "chi_nhanh",
            "tiep_nhan",
            "da_giai_quyet",
            "tre_han",
            "dang_giai_quyet",
            "ty_le_dung_han",
        ],
        widths=[0.07, 0.21, 0.14, 0.14, 0.14, 0.14, 0.16],
        align=["c", "l", "c", "c", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Mỹ Tho", "2.846", "2.613", "41", "233", "98,43"],
            ["2", "Gò Công", "1.972", "1.805", "18", "167", "99,00"],
            ["3", "Cai Lậy", "2.315", "2.107", "37", "208", "98,24"],
            ["4", "Cái Bè", "2.104", "1.932", "25", "172", "98,71"],
            ["5", "Tân Phước", "987", "921", "6", "66", "99,35"],
            ["6", "Châu Thành", "1.768", "1.630", "22", "138", "98,65"],
            ["7", "Cao Lãnh", "2.431", "2.244", "53", "187", "97,64"],
            ["8", "Sa Đéc", "1.659", "1.547", "12", "112", "99,22"],
            ["9", "Hồng Ngự", "1.382", "1.263", "29", "119", "97,70"],
            ["10", "Tháp Mười", "1.215", "1.140", "9", "75", "99,21"],
            ["11", "Lai Vung", "1.176", "1.098", "14", "78", "98,72"],
            ["12", "Tam Nông", "894", "851", "4", "43", "99,53"],
            ["", "Toàn tỉnh", "20.749", "19.151", "270", "1.598", "98,59"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc báo cáo tình hình đăng ký đất đai, cấp Giấy "
            "chứng nhận quý I năm 2026, Văn phòng Đăng ký đất đai báo cáo như sau:"
        ),
        H("1. Tình hình chung"),
        Para(
            f"Văn phòng và 12 Chi nhánh thực hiện thủ tục theo {r_luat.cite()} và "
            f"{r_nd.cite()} quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng "
            "nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông "
            "tin đất đai. Từ ngày 01/01/2026 đến ngày 31/3/2026, toàn tỉnh tiếp nhận 20.749 hồ "
            "sơ, tăng 9,3% so với cùng kỳ năm 2025, chủ yếu là chuyển nhượng, thừa kế và đăng "
            "ký biến động do chuyển đổi mục đích sử dụng đất."
        ),
        H("2. Kết quả giải quyết hồ sơ", keep=3),
        Para(
            "Kết quả tiếp nhận, giải quyết hồ sơ tại các Chi nhánh như sau:",
            keep=3,
        ),
        table,
        Para(
            "Đã cấp 11.486 Giấy chứng nhận, trong đó 2.317 Giấy chứng nhận cấp lần đầu; chỉnh "
            "lý biến động 7.665 hồ sơ trên cơ sở dữ liệu đất đai. Hồ sơ trễ hạn tập trung ở "
            "Chi nhánh Cao Lãnh và Mỹ Tho do khối lượng lớn, một số hồ sơ phải đo đạc lại "
            "ranh giới sau sắp xếp đơn vị hành chính cấp xã."
        ),
        H("3. Khó khăn, vướng mắc và kiến nghị"),
        Para(
            "Cơ sở dữ liệu đất đai của hai tỉnh trước hợp nhất chưa được đồng bộ trên một nền "
            "tảng; 04 Chi nhánh còn thiếu máy quét khổ A0. Văn phòng kiến nghị Sở bố trí kinh "
            "phí 1.250 triệu đồng để chuyển đổi dữ liệu trong quý II/2026 và bổ sung 15 viên "
            "chức cho các Chi nhánh có số hồ sơ lớn."
        ),
        Para("Văn phòng Đăng ký đất đai kính báo cáo./."),
    ]
    return Doc(
        name="ho19_bc_vpdkdd_dongthap_cap_giay",
        description=(
            "Báo cáo of a provincial land registration office (SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG "
            "/ TỈNH ĐỒNG THÁP on two regular lines as the parent body, VĂN PHÒNG ĐĂNG KÝ ĐẤT "
            "ĐAI bold), number BC-VPĐKĐĐ, place Đồng Tháp, dated April 2026 after the merger "
            "of Tiền Giang and Đồng Tháp; no Kính gửi; the Sở's Công văn with a padded short "
            "date (1186/SNNMT-QLĐĐ, ngày 24/03/2026, issuer 'Sở Nông nghiệp và Môi trường'); "
            "Luật Đất đai with a long date and no issuer; the Government's Nghị định with an "
            "unpadded date (101/2024/NĐ-CP, ngày 29/7/2024, issuer 'Chính phủ'); dates that "
            "are not citations (01/01/2026, 31/3/2026); figures (20.749, 9,3%, 1.250 triệu "
            "đồng); a ruled 7-column table STT / Chi nhánh / Hồ sơ tiếp nhận / Đã giải quyết / "
            "Trong đó trễ hạn / Đang giải quyết / Tỷ lệ đúng hạn (%) (keys stt, chi_nhanh, "
            "tiep_nhan, da_giai_quyet, tre_han, dang_giai_quyet, ty_le_dung_han) of 12 "
            "branches and a Toàn tỉnh row with an empty STT (the sums); signer GIÁM ĐỐC alone "
            "(truth tham_quyen_ky null) with a Hoa name."
        ),
        tests="BC of a Văn phòng đăng ký đất đai (Đồng Tháp); 7-column statistics table; no prefix",
        origin=TEAM,
        seed=1083,
        scan=Scan(
            rotation_deg=0.5,
            noise_sigma=7,
            blur=1.0,
            jpeg_quality=58,
            paper=(245, 242, 230),
            illumination=0.08,
        ),
        chu_quan=["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "TỈNH ĐỒNG THÁP"],
        ban_hanh=["VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI"],
        so="215",
        ky_hieu="BC-VPĐKĐĐ",
        dia_danh="Đồng Tháp",
        ngay=date(2026, 4, 8),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject="Kết quả đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất quý I năm 2026",
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Sở Nông nghiệp và Môi trường (b/c)",
                "Phòng Quản lý đất đai (Sở)",
                "Các Chi nhánh Văn phòng ĐKĐĐ",
                "Lưu: VT, ĐKCG",
            ]
        ),
        signer=["GIÁM ĐỐC"],
        nguoi_ky="Lâm Chí Thành",
        seal_text="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG * VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI * ",
        refs=[r_cv, r_luat, r_nd],
    )


def doc_ho19_cv_bchptds_tayninh_trieu_cuong() -> Doc:
    r_luat = Ref(
        "Luật",
        "18/2023/QH15",
        date(2023, 6, 20),
        ten="Luật Phòng thủ dân sự",
    )
    r_cd = Ref(
        "Công điện",
        "14/CĐ-UBND",
        date(2025, 10, 1),
        "Chủ tịch Ủy ban nhân dân tỉnh",
        long_date=False,
    )
    r_kh = Ref("Kế hoạch", "25/KH-BCH", date(2025, 4, 7), long_date=False, pad=False)
    body: list[Block] = [
        Para(
            "Theo Đài Khí tượng thủy văn khu vực Nam Bộ, từ ngày 05/10/2025 đến ngày "
            "10/10/2025 (rằm tháng Tám âm lịch), triều cường trên sông Vàm Cỏ và sông Soài Rạp "
            "đạt đỉnh cao, mực nước tại trạm Tân An có thể lên 2,05 m, vượt báo động III; "
            "khoảng 1.850 hộ dân vùng ven sông và 14 điểm sạt lở đang theo dõi có nguy cơ bị "
            f"ảnh hưởng. Thực hiện {r_cd.cite()} về chủ động ứng phó triều cường, Ban Chỉ huy "
            "Phòng thủ dân sự tỉnh đề nghị các cơ quan, đơn vị, địa phương:"
        ),
        Para(
            "1. Ủy ban nhân dân các xã, phường ven sông kiểm tra, gia cố ngay các đoạn bờ bao, "
            "cống bị xuống cấp; bố trí lực lượng trực 24/24 giờ tại 14 điểm sạt lở; chủ động "
            "di dời người dân khỏi nhà ở trong vùng nguy hiểm theo phương án đã được phê duyệt "
            f"tại {r_kh.cite()}."
        ),
        Para(
            "2. Sở Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến triều, vận hành hệ "
            "thống cống ngăn triều Cần Giuộc, Cần Đước, Bến Lức; hướng dẫn người dân bảo vệ "
            "diện tích lúa Thu Đông và vùng nuôi thủy sản."
        ),
        Para(
            "3. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh sẵn sàng lực lượng, phương tiện hỗ trợ "
            "địa phương sơ tán người dân, cứu hộ, cứu nạn khi có yêu cầu."
        ),
        Para(
            f"4. Các cơ quan, đơn vị thực hiện nhiệm vụ phòng thủ dân sự theo {r_luat.cite()}, "
            "bảo đảm an toàn tính mạng người dân, hạn chế thiệt hại về tài sản."
        ),
        Para(
            "Kết quả thực hiện và tình hình thiệt hại (nếu có) báo cáo về Văn phòng thường "
            "trực Ban Chỉ huy Phòng thủ dân sự tỉnh trước 15 giờ 00 hằng ngày (điện thoại "
            "0272.3826.115, thư điện tử vptt.ptds@tayninh.gov.vn) để tổng hợp, báo cáo Ủy ban "
            "nhân dân tỉnh./."
        ),
    ]
    return Doc(
        name="ho19_cv_bchptds_tayninh_trieu_cuong",
        description=(
            "Công văn of a provincial civil defence command after the July 2025 merger of "
            "Long An and Tây Ninh (UBND TỈNH TÂY NINH regular above BAN CHỈ HUY / PHÒNG THỦ "
            "DÂN SỰ, one body over two bold lines), number BCH-VPTT, marked KHẨN in a box "
            "under the V/v, place Tây Ninh, dated October 2025; Kính gửi with four "
            "addressees; dates and a tide level that are not citations (05/10/2025 - "
            "10/10/2025, 2,05 m); the chairman's Công điện with a padded short date and the "
            "short issuer 'Chủ tịch Ủy ban nhân dân tỉnh' (14/CĐ-UBND, ngày 01/10/2025); the "
            "command's own Kế hoạch with an unpadded date and no issuer (25/KH-BCH, ngày "
            "7/4/2025, truth co_quan null); Luật Phòng thủ dân sự with a long date; four "
            "numbered points, a deadline, a phone number and an e-mail address; no table; "
            "signer TL. TRƯỞNG BAN / CHÁNH VĂN PHÒNG with a rank before the name."
        ),
        tests="CV KHẨN of a provincial Ban Chỉ huy PTDS (Tây Ninh); Kính gửi list; TL.",
        origin=TEAM,
        seed=1084,
        scan=Scan(
            rotation_deg=-1.3,
            noise_sigma=8,
            blur=1.1,
            jpeg_quality=56,
            paper=(245, 241, 229),
            illumination=0.08,
        ),
        chu_quan=["UBND TỈNH TÂY NINH"],
        ban_hanh=["BAN CHỈ HUY", "PHÒNG THỦ DÂN SỰ"],
        so="58",
        ky_hieu="BCH-VPTT",
        vv="chủ động ứng phó triều cường, sạt lở bờ sông đợt rằm tháng Tám năm 2025",
        do_khan="KHẨN",
        dia_danh="Tây Ninh",
        ngay=date(2025, 10, 3),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Sở Nông nghiệp và Môi trường",
            "Bộ Chỉ huy Quân sự tỉnh",
            "Công an tỉnh",
            "Ủy ban nhân dân các xã, phường ven sông",
        ],
        body=body,
        body_size=14.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Ban Chỉ huy PTDS Quốc gia (b/c)",
                "UBND tỉnh (b/c)",
                "Trưởng ban, các Phó Trưởng ban",
                "Đài Khí tượng thủy văn tỉnh",
                "Lưu: VT, VPTT",
            ]
        ),
        signer=["TL. TRƯỞNG BAN", "CHÁNH VĂN PHÒNG"],
        nguoi_ky="Đại tá Lâm Hoàng Phúc",
        seal_text="ỦY BAN NHÂN DÂN TỈNH TÂY NINH * BAN CHỈ HUY PHÒNG THỦ DÂN SỰ * ",
        refs=[r_cd, r_kh, r_luat],
    )


def doc_ho19_tb_mttq_phuloi_vi_nguoi_ngheo() -> Doc:
    r_hd = Ref(
        "Hướng dẫn",
        "05/HD-MTTQ-BTT",
        date(2025, 9, 10),
        "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ",
        long_date=False,
        pad=False,
    )
    r_tb = Ref(
        "Thông báo",
        "214-TB/ĐU",
        date(2026, 1, 5),
        "Ban Thường vụ Đảng ủy phường Phú Lợi",
        long_date=False,
    )
    r_kh = Ref("Kế hoạch", "12/KH-MTTQ", date(2025, 10, 2))
    table = Table(
        header=["STT", "Đơn vị, khu vực", "Số tiền vận động (đồng)", "Ghi chú"],
        columns=["stt", "don_vi", "so_tien", "ghi_chu"],
        widths=[0.08, 0.42, 0.25, 0.25],
        align=["c", "l", "c", "l"],
        size=12.0,
        rows=[
            ["1", "Khóm 1", "42.500.000", ""],
            ["2", "Khóm 2", "36.800.000", ""],
            ["3", "Khóm 3", "51.250.000", "Vượt chỉ tiêu"],
            ["4", "Khóm 4", "29.700.000", ""],
            ["5", "Khóm 5", "33.400.000", ""],
            ["6", "Khóm 6", "28.150.000", "Đạt 94%"],
            ["7", "Các chùa Khmer, cơ sở tôn giáo", "64.000.000", "07 chùa, 02 tịnh xá"],
            ["8", "Cơ quan, đơn vị đóng chân trên địa bàn", "87.300.000", ""],
            ["9", "Doanh nghiệp, hộ kinh doanh", "118.600.000", "Hội người Hoa 25.000.000"],
            ["", "Tổng cộng", "491.700.000", ""],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_hd.cite()} về vận động Quỹ “Vì người nghèo” năm 2025 và "
            f"{r_kh.cite()}, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Phú Lợi "
            "thông báo kết quả vận động như sau:"
        ),
        H("1. Kết quả vận động", keep=3),
        Para(
            "Từ ngày 17/10/2025 đến ngày 31/12/2025, Quỹ “Vì người nghèo” phường tiếp nhận "
            "491.700.000 đồng, đạt 109% chỉ tiêu, cụ thể:",
            keep=3,
        ),
        table,
        H("2. Phân bổ, sử dụng Quỹ"),
        Para(
            f"Căn cứ {r_tb.cite()} về chủ trương chăm lo Tết Nguyên đán Bính Ngọ và Tết Chôl "
            "Chnăm Thmây năm 2026, Ban Thường trực thống nhất phân bổ: hỗ trợ xây mới 04 căn "
            "nhà Đại đoàn kết (mỗi căn 60.000.000 đồng); trao 520 phần quà Tết cho hộ nghèo, "
            "hộ cận nghèo, trong đó 215 hộ đồng bào Khmer và Hoa; phần còn lại chuyển sang "
            "năm 2026 để hỗ trợ học sinh nghèo."
        ),
        Para(
            "Danh sách hộ được hỗ trợ được niêm yết công khai tại trụ sở Ủy ban nhân dân phường "
            "và nhà văn hóa các khóm từ ngày 15/01/2026. Mọi ý kiến phản ánh gửi về Ban Thường "
            "trực (đồng chí Triệu Ngọc Hân, điện thoại 0299.3822.704)./."
        ),
    ]
    return Doc(
        name="ho19_tb_mttq_phuloi_vi_nguoi_ngheo",
        description=(
            "Thông báo of a ward Fatherland Front committee under the two-level structure in "
            "Cần Thơ after the July 2025 merger (ỦY BAN MTTQ VIỆT NAM / THÀNH PHỐ CẦN THƠ on "
            "two regular lines as the parent body, ỦY BAN MTTQ VIỆT NAM / PHƯỜNG PHÚ LỢI on "
            "two bold lines as the issuer), number TB-MTTQ, place Phú Lợi, dated January "
            "2026; no Kính gửi; the city committee's Hướng dẫn with a code of two hyphens and "
            "an unpadded date (05/HD-MTTQ-BTT, ngày 10/9/2025), the committee's own Kế hoạch "
            "with a long date and no issuer (12/KH-MTTQ, truth co_quan null), the ward Party "
            "committee's Thông báo in the Party form with a padded short date (214-TB/ĐU, "
            "ngày 05/01/2026); curly quotes; dates that are not citations; a ruled 4-column "
            "table STT / Đơn vị, khu vực / Số tiền vận động (đồng) / Ghi chú (keys stt, "
            "don_vi, so_tien, ghi_chu) of nine rows, some notes empty, and a Tổng cộng row "
            "with an empty STT (491.700.000, the sum); a phone number; signer TM. BAN THƯỜNG "
            "TRỰC / CHỦ TỊCH with a Khmer name."
        ),
        tests="TB of a ward MTTQ (Cần Thơ); amounts table with empty notes; TM.",
        origin=TEAM,
        seed=1085,
        scan=Scan(
            rotation_deg=0.3,
            noise_sigma=4,
            blur=0.6,
            jpeg_quality=72,
            paper=(248, 244, 235),
            illumination=0.05,
        ),
        chu_quan=["ỦY BAN MTTQ VIỆT NAM", "THÀNH PHỐ CẦN THƠ"],
        ban_hanh=["ỦY BAN MTTQ VIỆT NAM", "PHƯỜNG PHÚ LỢI"],
        so="31",
        ky_hieu="TB-MTTQ",
        dia_danh="Phú Lợi",
        ngay=date(2026, 1, 12),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject="Kết quả vận động Quỹ Vì người nghèo năm 2025 và phân bổ chăm lo Tết",
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Ban Thường trực UBMTTQ Việt Nam thành phố (b/c)",
                "Thường trực Đảng ủy phường (b/c)",
                "UBND phường",
                "Ban Công tác Mặt trận các khóm",
                "Lưu: VT",
            ]
        ),
        signer=["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
        nguoi_ky="Kim Thị Sà Pha",
        seal_text="ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM * PHƯỜNG PHÚ LỢI * ",
        refs=[r_hd, r_kh, r_tb],
    )


def doc_ho19_ttr_thpt_anthoi_sua_chua_phong_hoc() -> Doc:
    r_tt = Ref(
        "Thông tư",
        "13/2020/TT-BGDĐT",
        date(2020, 5, 26),
        "Bộ trưởng Bộ Giáo dục và Đào tạo",
        long_date=False,
    )
    r_cv = Ref(
        "Công văn",
        "3127/SGDĐT-KHTC",
        date(2025, 11, 6),
        "Sở Giáo dục và Đào tạo",
        long_date=False,
        pad=False,
    )
    r_bb = Ref("Biên bản", "19/BB-THPTAT", date(2025, 11, 10))
    table = Table(
        header=["STT", "Hạng mục", "Khối lượng", "Kinh phí dự kiến (đồng)"],
        columns=["stt", "hang_muc", "khoi_luong", "kinh_phi"],
        widths=[0.08, 0.47, 0.20, 0.25],
        align=["c", "l", "c", "c"],
        size=12.0,
        rows=[
            [
                "1",
                "Thay mái tôn, xà gồ dãy phòng học A (tốc mái do giông lốc)",
                "640 m²",
                "396.500.000",
            ],
            [
                "2",
                "Chống thấm sàn mái, trát lại tường dãy phòng học B",
                "420 m²",
                "214.800.000",
            ],
            [
                "3",
                "Sửa chữa 02 khu nhà vệ sinh học sinh, thay thiết bị",
                "02 khu",
                "187.250.000",
            ],
            ["4", "Thay cửa đi, cửa sổ bị hư hỏng", "46 bộ", "92.600.000"],
            [
                "5",
                "Cải tạo hệ thống thoát nước sân trường, chống ngập",
                "180 m",
                "145.000.000",
            ],
            ["6", "Thay hệ thống điện, quạt trần 08 phòng học", "08 phòng", "68.400.000"],
            ["7", "Chi phí tư vấn, thẩm tra, giám sát", "Trọn gói", "35.000.000"],
            ["", "Tổng cộng", "", "1.139.550.000"],
        ],
    )
    body: list[Block] = [
        Para(
            "Đêm 02/11/2025, giông lốc kèm mưa lớn trên địa bàn đặc khu Phú Quốc làm tốc mái "
            "dãy phòng học A, thấm dột dãy phòng học B và hư hỏng nặng 02 khu nhà vệ sinh của "
            f"Trường Trung học phổ thông An Thới. Thực hiện {r_cv.cite()} về rà soát thiệt hại "
            "cơ sở vật chất trường học sau mưa bão, nhà trường đã kiểm tra hiện trạng (theo "
            f"{r_bb.cite()}) và kính trình Sở Giáo dục và Đào tạo như sau:"
        ),
        H("1. Hiện trạng"),
        Para(
            "Nhà trường có 36 lớp với 1.512 học sinh; hiện 12 phòng học không bảo đảm an toàn "
            "phải ngừng sử dụng, học sinh các lớp này học tạm tại phòng thực hành, thư viện và "
            f"học ca chiều, chưa đáp ứng yêu cầu tại {r_tt.cite()} ban hành Quy định tiêu chuẩn "
            "cơ sở vật chất các trường mầm non, tiểu học, trung học cơ sở, trung học phổ thông "
            "và trường phổ thông có nhiều cấp học."
        ),
        H("2. Đề xuất", keep=3),
        Para(
            "Nhà trường đề nghị Sở Giáo dục và Đào tạo xem xét, phê duyệt kinh phí sửa chữa, "
            "cải tạo với các hạng mục sau:",
            keep=3,
        ),
        table,
        Para(
            "Nguồn kinh phí: ngân sách sự nghiệp giáo dục năm 2025 của tỉnh; thời gian thi "
            "công dự kiến 45 ngày, hoàn thành trước khi học sinh thi học kỳ I."
        ),
        Para(
            "Trường Trung học phổ thông An Thới kính trình Sở Giáo dục và Đào tạo xem xét, "
            "phê duyệt./."
        ),
    ]
    return Doc(
        name="ho19_ttr_thpt_anthoi_sua_chua_phong_hoc",
        description=(
            "Tờ trình of an upper secondary school in the Phú Quốc special zone after the "
            "July 2025 merger of Kiên Giang and An Giang (SỞ GIÁO DỤC VÀ ĐÀO TẠO AN GIANG "
            "regular above TRƯỜNG THPT AN THỚI bold), number TTr-THPTAT, place Phú Quốc, "
            "dated November 2025; a centred one-line Kính gửi after the subject; an opening "
            "date that is not a citation (02/11/2025); the Sở's Công văn with an unpadded "
            "date (3127/SGDĐT-KHTC, ngày 6/11/2025, issuer 'Sở Giáo dục và Đào tạo'), the "
            "school's own Biên bản with a long date and no issuer (19/BB-THPTAT, truth "
            "co_quan null) and the Minister's Thông tư with a padded short date "
            "(13/2020/TT-BGDĐT, ngày 26/05/2020); figures (36 lớp, 1.512 học sinh); a ruled "
            "4-column table STT / Hạng mục / Khối lượng / Kinh phí dự kiến (đồng) (keys stt, "
            "hang_muc, khoi_luong, kinh_phi) of seven items with m² and a Tổng cộng row with "
            "empty STT and quantity (1.139.550.000, the sum); signer Q. HIỆU TRƯỞNG on one "
            "line (truth tham_quyen_ky 'Q.') with a Hoa name."
        ),
        tests="TTr of a THPT (Phú Quốc, An Giang); centred Kính gửi; cost table; Q.",
        origin=TEAM,
        seed=1086,
        scan=Scan(
            rotation_deg=1.4,
            noise_sigma=5,
            blur=0.7,
            jpeg_quality=69,
            paper=(247, 244, 233),
            illumination=0.06,
        ),
        chu_quan=["SỞ GIÁO DỤC VÀ ĐÀO TẠO AN GIANG"],
        ban_hanh=["TRƯỜNG THPT AN THỚI"],
        so="47",
        ky_hieu="TTr-THPTAT",
        dia_danh="Phú Quốc",
        ngay=date(2025, 11, 17),
        title="TỜ TRÌNH",
        loai_van_ban="Tờ trình",
        subject=(
            "Đề nghị phê duyệt kinh phí sửa chữa, cải tạo phòng học và nhà vệ sinh học sinh "
            "bị hư hỏng do giông lốc"
        ),
        kinh_gui=["Sở Giáo dục và Đào tạo tỉnh An Giang"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Phòng Kế hoạch - Tài chính (Sở GDĐT)",
                "UBND đặc khu Phú Quốc",
                "Lưu: VT, KT",
            ]
        ),
        signer=["Q. HIỆU TRƯỞNG"],
        nguoi_ky="Quách Thị Mỹ Hạnh",
        seal_text="SỞ GIÁO DỤC VÀ ĐÀO TẠO AN GIANG * TRƯỜNG THPT AN THỚI * ",
        refs=[r_cv, r_bb, r_tt],
    )


HELDOUT19_DOCS = [
    doc_ho19_kh_snnmt_camau_lua_tom,
    doc_ho19_qd_ubnd_tracu_chol_chnam_thmay,
    doc_ho19_bc_vpdkdd_dongthap_cap_giay,
    doc_ho19_cv_bchptds_tayninh_trieu_cuong,
    doc_ho19_tb_mttq_phuloi_vi_nguoi_ngheo,
    doc_ho19_ttr_thpt_anthoi_sua_chua_phong_hoc,
]


# --------------------------------------------------------------------------------------
# Twentieth held-out set: mass organisations and collective bodies across the country (a
# Công đoàn ngành under a provincial Liên đoàn Lao động, a provincial Ban Chỉ đạo, a Hội
# đồng tuyển dụng, a commune Party committee, a Ngân hàng Chính sách xã hội branch and a
# provincial Hội Cựu chiến binh). Written blind, like sets 13-18: fictional numbers,
# people, figures and decisions; the national documents cited are real.
# --------------------------------------------------------------------------------------

HELDOUT20_DIR = REPO_ROOT / "benchmarks" / "heldout20"


def doc_ho20_qd_cdgd_thanhhoa_quy_che_mai_am() -> Doc:
    r_luat = Ref(
        "Luật",
        "50/2024/QH15",
        date(2024, 11, 27),
        ten="Luật Công đoàn",
        long_date=False,
    )
    r_qd_tld = Ref(
        "Quyết định",
        "4918/QĐ-TLĐ",
        None,
        "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
    )
    r_hd = Ref(
        "Hướng dẫn",
        "27/HD-LĐLĐ",
        date(2025, 3, 4),
        "Ban Thường vụ Liên đoàn Lao động tỉnh",
        long_date=False,
        pad=False,
    )
    r_qd_cu = Ref("Quyết định", "96/QĐ-CĐGD", date(2019, 1, 15))
    table = Table(
        header=[
            "STT",
            "Trường hợp hỗ trợ",
            "Mức hỗ trợ (triệu đồng/nhà)",
            "Điều kiện kèm theo",
        ],
        columns=["stt", "truong_hop", "muc_ho_tro", "dieu_kien"],
        widths=[0.08, 0.40, 0.18, 0.34],
        align=["c", "l", "c", "l"],
        size=12.0,
        rows=[
            [
                "1",
                "Xây mới nhà ở cho đoàn viên chưa có nhà hoặc nhà bị sập, hư hỏng hoàn toàn",
                "60",
                "Có quyền sử dụng đất hợp pháp, không tranh chấp",
            ],
            [
                "2",
                "Sửa chữa nhà ở bị hư hỏng nặng, dột nát, không bảo đảm an toàn",
                "30",
                "Chi phí sửa chữa từ 50 triệu đồng trở lên",
            ],
            [
                "3",
                "Xây mới nhà ở cho đoàn viên là người dân tộc thiểu số ở xã đặc biệt khó khăn",
                "70",
                "Công tác tại xã khu vực III từ 03 năm trở lên",
            ],
            [
                "4",
                "Nhà ở bị thiệt hại do thiên tai, hỏa hoạn",
                "Từ 10 đến 40",
                "Có xác nhận của Ủy ban nhân dân cấp xã",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            "BAN THƯỜNG VỤ CÔNG ĐOÀN GIÁO DỤC TỈNH THANH HÓA",
            style=BOLD,
            align="center",
            indent=0,
            gap=2,
        ),
        Para(f"Căn cứ {r_luat.cite()};", style=ITALIC, gap=6),
        Para("Căn cứ Điều lệ Công đoàn Việt Nam khóa XIII;", style=ITALIC),
        Para(
            f"Căn cứ {r_qd_tld.cite()} về quản lý, sử dụng nguồn xã hội hóa trong hệ thống "
            "công đoàn;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_hd.cite()} về hỗ trợ nhà “Mái ấm Công đoàn” giai đoạn 2025 - 2028;",
            style=ITALIC,
        ),
        Para("Theo đề nghị của Ban Chính sách - Pháp luật và Tài chính.", style=ITALIC),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng Quỹ “Mái "
            "ấm Công đoàn” ngành Giáo dục tỉnh Thanh Hóa.",
            gap=4,
        ),
        Para(
            "**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký và thay thế "
            f"{r_qd_cu.cite()} về quy chế quản lý Quỹ “Mái ấm Công đoàn”.",
            gap=4,
        ),
        Para(
            "**Điều 3.** Các Ban, Văn phòng Công đoàn Giáo dục tỉnh, công đoàn cơ sở trực "
            "thuộc và đoàn viên có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            gap=4,
        ),
    ]
    appendix: list[Block] = [
        Para("QUY CHẾ", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "Quản lý, sử dụng Quỹ “Mái ấm Công đoàn” ngành Giáo dục tỉnh Thanh Hóa",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para(
            "(Ban hành kèm theo Quyết định số 215/QĐ-CĐGD ngày 22 tháng 9 năm 2025 của Ban "
            "Thường vụ Công đoàn Giáo dục tỉnh Thanh Hóa)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        Para("Chương I", style=BOLD, align="center", indent=0, gap=8),
        Para("QUY ĐỊNH CHUNG", style=BOLD, align="center", indent=0, gap=0),
        H("Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng"),
        Para(
            "Quy chế này quy định việc vận động, quản lý, sử dụng Quỹ “Mái ấm Công đoàn” "
            "(sau đây gọi là Quỹ) của Công đoàn Giáo dục tỉnh; áp dụng đối với công đoàn cơ "
            "sở trực thuộc và đoàn viên công đoàn đang công tác trong ngành Giáo dục tỉnh."
        ),
        H("Điều 2. Nguồn hình thành Quỹ"),
        Para(
            "1. Mỗi đoàn viên đóng góp tự nguyện tối thiểu 01 ngày lương mỗi năm, nộp qua "
            "công đoàn cơ sở trước ngày 30/6 hằng năm."
        ),
        Para(
            "2. Tài trợ của tổ chức, cá nhân trong và ngoài tỉnh; tiền lãi gửi Quỹ tại ngân "
            "hàng thương mại. Số dư Quỹ đến ngày 31/8/2025 là 2.418.650.000 đồng."
        ),
        Para("Chương II", style=BOLD, align="center", indent=0, gap=8, keep=2),
        Para("ĐỐI TƯỢNG, MỨC HỖ TRỢ", style=BOLD, align="center", indent=0, gap=0),
        H("Điều 3. Đối tượng và mức hỗ trợ", keep=3),
        Para(
            "Đoàn viên có hoàn cảnh khó khăn về nhà ở, có thời gian tham gia công đoàn từ 02 "
            "năm trở lên, được xét hỗ trợ theo mức sau:",
            keep=3,
        ),
        table,
        H("Điều 4. Trình tự xét hỗ trợ"),
        Para(
            "Công đoàn cơ sở lập hồ sơ đề nghị gửi Văn phòng Công đoàn Giáo dục tỉnh trước "
            "ngày 15/10 hằng năm; Ban Thường vụ xét, quyết định trong quý IV. Mỗi đoàn viên "
            "chỉ được hỗ trợ một lần; công trình hoàn thành trong 06 tháng kể từ ngày nhận "
            "hỗ trợ."
        ),
        Para("Chương III", style=BOLD, align="center", indent=0, gap=8, keep=2),
        Para("TỔ CHỨC THỰC HIỆN", style=BOLD, align="center", indent=0, gap=0),
        H("Điều 5. Trách nhiệm thi hành"),
        Para(
            "Ban Chính sách - Pháp luật và Tài chính theo dõi, công khai thu, chi Quỹ tại Hội "
            "nghị Ban Chấp hành cuối năm. Trong quá trình thực hiện, nếu có vướng mắc, công "
            "đoàn cơ sở phản ánh về Công đoàn Giáo dục tỉnh (điện thoại 0237.3852.416) để "
            "xem xét, sửa đổi, bổ sung./."
        ),
    ]
    return Doc(
        name="ho20_qd_cdgd_thanhhoa_quy_che_mai_am",
        description=(
            "Quyết định of a sectoral trade union under a provincial Labour Federation (LĐLĐ "
            "TỈNH THANH HÓA / CÔNG ĐOÀN GIÁO DỤC / TỈNH THANH HÓA, the issuer over two bold "
            "lines), number QĐ-CĐGD, place Thanh Hóa, issuing a Quy chế printed after the "
            "signature; authority line; italic Căn cứ lines: Luật Công đoàn with a padded short "
            "date (50/2024/QH15, ngày 27/11/2024), the Điều lệ without a number (not a "
            "citation), the Tổng Liên đoàn's Quyết định without a date (4918/QĐ-TLĐ), the "
            "provincial federation's Hướng dẫn with an unpadded date (27/HD-LĐLĐ, ngày "
            "4/3/2025); Điều 2 replaces the union's own earlier Quyết định with a long date and "
            "no issuer (96/QĐ-CĐGD, truth co_quan null); three-line signer TM. BAN THƯỜNG VỤ / "
            "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH; the Quy chế (Chương I-III, Điều 1-5) with its own "
            "'Ban hành kèm theo Quyết định số 215/QĐ-CĐGD ...' line (not a citation) and a "
            "ruled 4-column table STT / Trường hợp hỗ trợ / Mức hỗ trợ (triệu đồng/nhà) / Điều "
            "kiện kèm theo (keys stt, truong_hop, muc_ho_tro, dieu_kien) of 4 rows."
        ),
        tests="QĐ + Quy chế of a Công đoàn ngành (Thanh Hóa); support table; TM./KT.",
        origin=TEAM,
        seed=1091,
        scan=Scan(
            rotation_deg=0.8,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=66,
            paper=(247, 244, 233),
            illumination=0.06,
        ),
        chu_quan=["LĐLĐ TỈNH THANH HÓA"],
        ban_hanh=["CÔNG ĐOÀN GIÁO DỤC", "TỈNH THANH HÓA"],
        so="215",
        ky_hieu="QĐ-CĐGD",
        dia_danh="Thanh Hóa",
        ngay=date(2025, 9, 22),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "Ban hành Quy chế quản lý, sử dụng Quỹ “Mái ấm Công đoàn” ngành Giáo dục tỉnh Thanh Hóa"
        ),
        body=body,
        appendix=appendix,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "LĐLĐ tỉnh (b/c)",
                "Sở Giáo dục và Đào tạo (p/h)",
                "Như Điều 3",
                "Website Công đoàn ngành",
                "Lưu: VT, CSPL-TC",
            ]
        ),
        signer=["TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        nguoi_ky="Lê Thị Thanh Xuân",
        seal_text="CÔNG ĐOÀN GIÁO DỤC TỈNH THANH HÓA * ",
        refs=[r_luat, r_qd_tld, r_hd, r_qd_cu],
    )


def doc_ho20_kh_bcd_daklak_giam_sat_mtqg() -> Doc:
    r_qd_ttg = Ref(
        "Quyết định",
        "1719/QĐ-TTg",
        date(2021, 10, 14),
        "Thủ tướng Chính phủ",
    )
    r_nd = Ref(
        "Nghị định",
        "27/2022/NĐ-CP",
        date(2022, 4, 19),
        "Chính phủ",
        long_date=False,
        pad=False,
    )
    r_qd_ub = Ref(
        "Quyết định",
        "1862/QĐ-UBND",
        date(2025, 7, 8),
        "Ủy ban nhân dân tỉnh",
        long_date=False,
    )
    r_cv = Ref("Công văn", "2290/SDTTG-CSDT", None, "Sở Dân tộc và Tôn giáo")
    sdttg = "Sở Dân tộc và Tôn giáo"
    snnmt = "Sở Nông nghiệp và Môi trường"
    table = Table(
        header=["STT", "Nội dung kiểm tra, giám sát", "Địa bàn", "Cơ quan chủ trì", "Thời gian"],
        columns=["stt", "noi_dung", "dia_ban", "chu_tri", "thoi_gian"],
        widths=[0.07, 0.37, 0.21, 0.19, 0.16],
        align=["c", "l", "l", "l", "c"],
        size=11.5,
        rows=[
            [
                "1",
                "Tiến độ giải ngân vốn đầu tư phát triển Chương trình 1719 năm 2025",
                "Xã Ea Súp, xã Ia Rvê",
                sdttg,
                "Từ 08/9/2025 đến 12/9/2025",
            ],
            [
                "2",
                "Hỗ trợ đất ở, nhà ở, nước sinh hoạt phân tán cho hộ đồng bào dân tộc thiểu số",
                "Xã Krông Bông, xã Dang Kang",
                sdttg,
                "Tháng 9/2025",
            ],
            [
                "3",
                "Dự án hỗ trợ phát triển sản xuất cộng đồng (nuôi bò sinh sản, trồng cà phê "
                "tái canh)",
                "Xã Ea Kar, xã Cư Yang",
                snnmt,
                "Từ 22/9/2025 đến 26/9/2025",
            ],
            [
                "4",
                "Chương trình giảm nghèo bền vững: mô hình sinh kế, hỗ trợ việc làm bền vững",
                "Xã Sông Hinh, xã Ea Ly",
                "Sở Nội vụ",
                "Tháng 10/2025",
            ],
            [
                "5",
                "Bộ tiêu chí xã nông thôn mới sau sắp xếp đơn vị hành chính",
                "Xã Hòa Xuân, xã Tây Hòa",
                snnmt,
                "Tháng 10/2025",
            ],
            [
                "6",
                "Công tác lập, giao kế hoạch vốn sự nghiệp và thanh quyết toán",
                "Các xã có vốn chuyển nguồn",
                "Sở Tài chính",
                "Quý IV/2025",
            ],
            [
                "7",
                "Giám sát cộng đồng của Ban giám sát đầu tư của cộng đồng tại thôn, buôn",
                "Buôn Đôn, Ea Wer",
                "Ủy ban MTTQ Việt Nam tỉnh",
                "Từ 03/11/2025 đến 07/11/2025",
            ],
            [
                "8",
                "Cập nhật dữ liệu hộ nghèo, hộ cận nghèo trên hệ thống thông tin giảm nghèo",
                "Toàn tỉnh",
                "Sở Nội vụ",
                "Thường xuyên",
            ],
            [
                "9",
                "Tổng hợp kết quả kiểm tra, giám sát; báo cáo Ban Chỉ đạo tỉnh",
                "Cơ quan thường trực",
                sdttg,
                "Trước ngày 15/12/2025",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_qd_ttg.cite()} phê duyệt Chương trình mục tiêu quốc gia phát triển "
            "kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - "
            f"2030; {r_nd.cite()} quy định cơ chế quản lý, tổ chức thực hiện các chương "
            f"trình mục tiêu quốc gia; {r_qd_ub.cite()} về kiện toàn Ban Chỉ đạo các chương "
            "trình mục tiêu quốc gia tỉnh sau hợp nhất; theo đề nghị của Sở Dân tộc và Tôn "
            f"giáo tại {r_cv.cite()}, Ban Chỉ đạo ban hành Kế hoạch kiểm tra, giám sát như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Đánh giá tiến độ, chất lượng thực hiện các chương trình mục tiêu quốc gia tại "
            "các xã, phường sau sắp xếp; phát hiện, tháo gỡ kịp thời khó khăn về vốn, thủ tục "
            "và bộ máy thực hiện ở cơ sở."
        ),
        Para(
            "2. Phấn đấu giải ngân trên 95% kế hoạch vốn năm 2025 (tổng vốn 1.146,8 tỷ đồng); "
            "kiểm tra không làm ảnh hưởng đến hoạt động bình thường của cơ sở."
        ),
        H("II. NỘI DUNG, ĐỊA BÀN VÀ THỜI GIAN", keep=3),
        table,
        H("III. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Sở Dân tộc và Tôn giáo là cơ quan thường trực, thành lập các đoàn kiểm tra, "
            "thông báo lịch cụ thể đến Ủy ban nhân dân các xã trước ít nhất 05 ngày làm việc."
        ),
        Para(
            "2. Ủy ban nhân dân các xã, phường chuẩn bị báo cáo, hồ sơ; bố trí cán bộ làm "
            "việc với đoàn. Kinh phí kiểm tra từ nguồn quản lý chương trình năm 2025."
        ),
        Para(
            "3. Đầu mối liên hệ: ông Y Bhin Niê, chuyên viên Phòng Chính sách dân tộc, điện "
            "thoại 0262.3852.744./."
        ),
    ]
    return Doc(
        name="ho20_kh_bcd_daklak_giam_sat_mtqg",
        description=(
            "Kế hoạch of a provincial steering committee (UBND TỈNH ĐẮK LẮK / BAN CHỈ ĐẠO CÁC "
            "CHƯƠNG TRÌNH / MỤC TIÊU QUỐC GIA TỈNH, the issuer over two bold lines), number "
            "KH-BCĐ, place Đắk Lắk, dated August 2025 after the merger with Phú Yên; no Kính "
            "gửi; one opening sentence citing the Prime Minister's Quyết định with a long date "
            "(1719/QĐ-TTg), the Government's Nghị định with an unpadded date (27/2022/NĐ-CP, "
            "ngày 19/4/2022), the province's Quyết định with a padded short date and the short "
            "issuer 'Ủy ban nhân dân tỉnh' (1862/QĐ-UBND, ngày 08/07/2025) and a Sở's Công "
            "văn without a date (2290/SDTTG-CSDT); headings I-III; a ruled 5-column table STT "
            "/ Nội dung kiểm tra, giám sát / Địa bàn / Cơ quan chủ trì / Thời gian (keys stt, "
            "noi_dung, dia_ban, chu_tri, thoi_gian) of 9 rows running onto page 2 under the "
            "repeated header; Ê Đê names; a phone number; signer KT. TRƯỞNG BAN / PHÓ TRƯỞNG "
            "BAN."
        ),
        tests="KH of a provincial Ban Chỉ đạo (Đắk Lắk, merged); task table over 2 pages; KT.",
        origin=TEAM,
        seed=1092,
        scan=Scan(
            rotation_deg=-1.1,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=61,
            paper=(246, 242, 231),
            illumination=0.07,
        ),
        chu_quan=["UBND TỈNH ĐẮK LẮK"],
        ban_hanh=["BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH", "MỤC TIÊU QUỐC GIA TỈNH"],
        so="09",
        ky_hieu="KH-BCĐ",
        dia_danh="Đắk Lắk",
        ngay=date(2025, 8, 26),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject=(
            "Kiểm tra, giám sát thực hiện các chương trình mục tiêu quốc gia năm 2025 trên "
            "địa bàn tỉnh"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Ban Dân tộc Hội đồng nhân dân tỉnh (p/h)",
                "Trưởng ban, các Phó Trưởng ban BCĐ",
                "Các thành viên Ban Chỉ đạo",
                "UBND các xã, phường",
                "Lưu: VT, SDTTG",
            ]
        ),
        signer=["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
        nguoi_ky="Trần Hữu Phước",
        seal_text="ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK * ",
        refs=[r_qd_ttg, r_nd, r_qd_ub, r_cv],
    )


def doc_ho20_tb_hdtd_syt_laocai_ket_qua_xet_tuyen() -> Doc:
    r_nd115 = Ref(
        "Nghị định",
        "115/2020/NĐ-CP",
        date(2020, 9, 25),
        "Chính phủ",
    )
    r_nd85 = Ref(
        "Nghị định",
        "85/2023/NĐ-CP",
        date(2023, 12, 7),
        "Chính phủ",
        long_date=False,
    )
    r_kh = Ref(
        "Kế hoạch",
        "3174/KH-SYT",
        date(2024, 8, 6),
        "Sở Y tế",
        long_date=False,
        pad=False,
    )
    r_qd = Ref("Quyết định", "1422/QĐ-SYT", None, "Giám đốc Sở Y tế")
    bs = "Bác sĩ hạng III"
    dd = "Điều dưỡng hạng IV"
    table = Table(
        header=[
            "STT",
            "Họ và tên",
            "Vị trí việc làm",
            "Đơn vị dự tuyển",
            "Điểm vòng 2",
            "Kết quả",
        ],
        columns=["stt", "ho_ten", "vi_tri", "don_vi", "diem", "ket_qua"],
        widths=[0.07, 0.22, 0.18, 0.27, 0.11, 0.15],
        align=["c", "l", "l", "l", "c", "c"],
        size=11.5,
        rows=[
            ["1", "Giàng A Sử", bs, "Trung tâm Y tế huyện Bắc Hà", "78,50", "Trúng tuyển"],
            ["2", "Lò Thị Mai", bs, "Trung tâm Y tế huyện Bắc Hà", "64,00", "Không trúng tuyển"],
            ["3", "Hoàng Thị Ngân", dd, "Trung tâm Y tế huyện Si Ma Cai", "81,25", "Trúng tuyển"],
            ["4", "Vàng Seo Chử", dd, "Trung tâm Y tế huyện Si Ma Cai", "72,75", "Trúng tuyển"],
            [
                "5",
                "Tẩn Láo Lở",
                "Y sĩ hạng IV",
                "Trung tâm Y tế huyện Bát Xát",
                "69,00",
                "Trúng tuyển",
            ],
            [
                "6",
                "Phàn Thị Mẩy",
                "Y sĩ hạng IV",
                "Trung tâm Y tế huyện Bát Xát",
                "49,50",
                "Không trúng tuyển",
            ],
            [
                "7",
                "Nguyễn Đức Thịnh",
                "Dược sĩ hạng IV",
                "Trung tâm Y tế thị xã Sa Pa",
                "85,00",
                "Trúng tuyển",
            ],
            [
                "8",
                "Sùng Thị Dở",
                dd,
                "Trung tâm Y tế huyện Mường Khương",
                "77,25",
                "Trúng tuyển",
            ],
            [
                "9",
                "Lương Văn Quyết",
                "Kỹ thuật y hạng IV",
                "Bệnh viện Đa khoa tỉnh Lào Cai",
                "90,50",
                "Trúng tuyển",
            ],
            [
                "10",
                "Đỗ Minh Ngọc",
                "Kỹ thuật y hạng IV",
                "Bệnh viện Đa khoa tỉnh Lào Cai",
                "88,00",
                "Không trúng tuyển",
            ],
            [
                "11",
                "Hà Thị Lụa",
                bs,
                "Bệnh viện Sản - Nhi tỉnh Lào Cai",
                "Vắng",
                "Không trúng tuyển",
            ],
            [
                "12",
                "Ma Seo Sính",
                dd,
                "Trung tâm Y tế huyện Mường Khương",
                "70,00",
                "Trúng tuyển",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_nd115.cite()} quy định về tuyển dụng, sử dụng và quản lý viên chức và "
            f"{r_nd85.cite()} sửa đổi, bổ sung một số điều của Nghị định số 115/2020/NĐ-CP;"
        ),
        Para(
            f"Thực hiện {r_kh.cite()} về tuyển dụng viên chức các đơn vị sự nghiệp y tế năm "
            f"2024 và {r_qd.cite()} về việc thành lập Hội đồng tuyển dụng viên chức năm 2024;"
        ),
        Para(
            "Căn cứ biên bản họp Hội đồng ngày 25/11/2024 về kết quả phỏng vấn vòng 2, Hội "
            "đồng tuyển dụng viên chức năm 2024 thông báo kết quả xét tuyển như sau:"
        ),
        H("1. Kết quả xét tuyển", keep=3),
        Para(
            "Tổng số thí sinh dự xét tuyển vòng 2 là 12 người, có 08 thí sinh trúng tuyển theo "
            "chỉ tiêu được giao (thí sinh có điểm vòng 2 từ 50 điểm trở lên, lấy từ cao xuống "
            "thấp trong chỉ tiêu của từng vị trí):",
            keep=3,
        ),
        table,
        H("2. Phúc khảo và hoàn thiện hồ sơ"),
        Para(
            "Thí sinh có nhu cầu phúc khảo nộp đơn tại Phòng Tổ chức cán bộ, Sở Y tế trong "
            "thời hạn 05 ngày làm việc kể từ ngày niêm yết Thông báo này. Thí sinh trúng "
            "tuyển hoàn thiện hồ sơ, xuất trình bản chính văn bằng, chứng chỉ trước 16 giờ 30 "
            "phút ngày 16/12/2024; quá thời hạn trên không hoàn thiện hồ sơ thì bị hủy kết "
            "quả trúng tuyển."
        ),
        Para(
            "Thông báo này được niêm yết tại trụ sở Sở Y tế và đăng trên Trang thông tin điện "
            "tử Sở Y tế tỉnh Lào Cai; mọi thắc mắc liên hệ số điện thoại 0214.3820.517./."
        ),
    ]
    return Doc(
        name="ho20_tb_hdtd_syt_laocai_ket_qua_xet_tuyen",
        description=(
            "Thông báo kết quả of a recruitment council (SỞ Y TẾ TỈNH LÀO CAI / HỘI ĐỒNG TUYỂN "
            "DỤNG / VIÊN CHỨC NĂM 2024, the issuer over two bold lines), number TB-HĐTD, place "
            "Lào Cai, dated November 2024 before the merger with Yên Bái; no Kính gửi; the "
            "Government's Nghị định with a long date (115/2020/NĐ-CP) and one with a padded "
            "short date (85/2023/NĐ-CP, ngày 07/12/2023), the Sở's Kế hoạch with an unpadded "
            "date (3174/KH-SYT, ngày 6/8/2024) and the Giám đốc's Quyết định without a date "
            "(1422/QĐ-SYT); a meeting date that is not a citation (25/11/2024); a ruled "
            "6-column results table STT / Họ và tên / Vị trí việc làm / Đơn vị dự tuyển / Điểm "
            "vòng 2 / Kết quả (keys stt, ho_ten, vi_tri, don_vi, diem, ket_qua) of 12 "
            "candidates with H'Mông, Dao and Tày names, scores with decimal commas and 'Vắng', "
            "running onto page 2 under the repeated header; a deadline with a time; signer TM. "
            "HỘI ĐỒNG / CHỦ TỊCH."
        ),
        tests="TB kết quả of a Hội đồng tuyển dụng (Lào Cai, 2024); results table; TM.",
        origin=TEAM,
        seed=1093,
        scan=Scan(
            rotation_deg=0.5,
            noise_sigma=7,
            blur=1.0,
            jpeg_quality=58,
            paper=(245, 241, 230),
            illumination=0.08,
        ),
        chu_quan=["SỞ Y TẾ TỈNH LÀO CAI"],
        ban_hanh=["HỘI ĐỒNG TUYỂN DỤNG", "VIÊN CHỨC NĂM 2024"],
        so="18",
        ky_hieu="TB-HĐTD",
        dia_danh="Lào Cai",
        ngay=date(2024, 11, 27),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject="Kết quả xét tuyển viên chức các đơn vị sự nghiệp y tế năm 2024",
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Sở Nội vụ (b/c)",
                "Giám đốc, các Phó Giám đốc Sở",
                "Thành viên Hội đồng",
                "Các đơn vị có chỉ tiêu tuyển dụng",
                "Trang TTĐT Sở Y tế",
                "Lưu: VT, TCCB",
            ]
        ),
        signer=["TM. HỘI ĐỒNG", "CHỦ TỊCH"],
        nguoi_ky="Vũ Quang Trường",
        seal_text="SỞ Y TẾ * TỈNH LÀO CAI * ",
        refs=[r_nd115, r_nd85, r_kh, r_qd],
    )


def doc_ho20_cv_dangu_mytho_dai_hoi_chi_bo() -> Doc:
    r_ct = Ref(
        "Chỉ thị",
        "45-CT/TW",
        date(2025, 4, 14),
        "Bộ Chính trị",
        long_date=False,
        pad=False,
    )
    r_qd = Ref(
        "Quy định",
        "24-QĐ/TW",
        date(2021, 7, 30),
        "Ban Chấp hành Trung ương",
    )
    r_hd = Ref(
        "Hướng dẫn",
        "12-HD/TU",
        date(2025, 10, 2),
        "Ban Thường vụ Tỉnh ủy",
        long_date=False,
    )
    r_kh = Ref("Kế hoạch", "08-KH/ĐU")
    body: list[Block] = [
        Para(
            f"Thực hiện {r_ct.cite()} về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu "
            f"toàn quốc lần thứ XIV của Đảng; {r_qd.cite()} về thi hành Điều lệ Đảng và "
            f"{r_hd.cite()} về đại hội chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ 2025 - 2027, "
            "Ban Thường vụ Đảng ủy xã đề nghị các chi bộ thực hiện một số nội dung sau:"
        ),
        Para(
            "1. Hoàn thành đại hội chi bộ ấp, chi bộ cơ quan trước ngày 30/11/2025; chi bộ "
            "ấp Mỹ Hưng và chi bộ Trường Trung học cơ sở Mỹ Thọ tổ chức đại hội điểm trong "
            "tuần đầu tháng 11/2025."
        ),
        Para(
            "2. Báo cáo chính trị ngắn gọn, không quá 10 trang; đánh giá đúng kết quả nhiệm kỳ "
            "2022 - 2025, nhất là việc thực hiện chính quyền địa phương hai cấp và công tác "
            "chuyển đổi số ở ấp."
        ),
        Para(
            "3. Nhân sự cấp ủy bảo đảm cơ cấu, tỷ lệ cấp ủy viên nữ từ 20% trở lên; gửi hồ sơ "
            "nhân sự về Ban Tổ chức Đảng ủy chậm nhất 10 ngày làm việc trước ngày đại hội."
        ),
        Para(
            f"4. Các chi bộ bám sát {r_kh.cite()} về tổ chức đại hội chi bộ; phân công đồng "
            "chí Đảng ủy viên phụ trách dự, chỉ đạo đại hội."
        ),
        Para(
            "Quá trình thực hiện, có khó khăn, vướng mắc, các chi bộ báo cáo về Thường trực "
            "Đảng ủy (qua Văn phòng Đảng ủy, điện thoại 0277.3847.205) để được hướng dẫn./."
        ),
    ]
    return Doc(
        name="ho20_cv_dangu_mytho_dai_hoi_chi_bo",
        description=(
            "Công văn of a commune Party committee with the Party header (ĐẢNG BỘ TỈNH ĐỒNG "
            "THÁP / ĐẢNG ỦY XÃ MỸ THỌ at the left, ĐẢNG CỘNG SẢN VIỆT NAM at the right instead "
            "of the Quốc hiệu, truth quoc_hieu false), the Party number 'Số 146-CV/ĐU' (truth "
            "so '146', ky_hieu 'CV/ĐU', so_ky_hieu '146-CV/ĐU') and a V/v under it, place Mỹ "
            "Thọ, dated October 2025; Kính gửi with three addressees; one opening sentence "
            "citing the Politburo's Chỉ thị with an unpadded date (45-CT/TW, ngày 14/4/2025), "
            "Quy định 24-QĐ/TW with a long date and the Ban Thường vụ Tỉnh ủy's Hướng dẫn with "
            "a padded short date (12-HD/TU, ngày 02/10/2025); the committee's own Kế hoạch "
            "with neither date nor issuer (08-KH/ĐU); numbered points with deadlines that are "
            "not citations; no table; signer TL. BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG."
        ),
        tests="Party CV of a commune Đảng ủy (Đồng Tháp); Party number; TL.",
        origin=TEAM,
        seed=1094,
        scan=Scan(
            rotation_deg=-0.6,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=72,
            paper=(248, 245, 236),
            illumination=0.05,
        ),
        quoc_hieu=False,
        party=True,
        chu_quan=["ĐẢNG BỘ TỈNH ĐỒNG THÁP"],
        ban_hanh=["ĐẢNG ỦY XÃ MỸ THỌ"],
        so="146",
        ky_hieu="CV/ĐU",
        vv="lãnh đạo tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027",
        dia_danh="Mỹ Thọ",
        ngay=date(2025, 10, 9),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Các chi bộ trực thuộc Đảng ủy",
            "Các đồng chí Đảng ủy viên",
            "Ban Tổ chức Đảng ủy xã",
        ],
        body=body,
        body_size=14.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Ban Tổ chức Tỉnh ủy (b/c)",
                "Thường trực Đảng ủy xã",
                "Lưu: VPĐU",
            ]
        ),
        signer=["TL. BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"],
        nguoi_ky="Huỳnh Thị Kim Loan",
        seal_text="ĐẢNG ỦY XÃ MỸ THỌ * ĐẢNG BỘ TỈNH ĐỒNG THÁP * ",
        refs=[r_ct, r_qd, r_hd, r_kh],
    )


def doc_ho20_hd_nhcsxh_quangngai_vay_viec_lam() -> Doc:
    r_nd61 = Ref(
        "Nghị định",
        "61/2015/NĐ-CP",
        date(2015, 7, 9),
        "Chính phủ",
    )
    r_nd74 = Ref(
        "Nghị định",
        "74/2019/NĐ-CP",
        date(2019, 9, 23),
        "Chính phủ",
        long_date=False,
        pad=False,
    )
    r_vb = Ref(
        "Văn bản",
        "1850/NHCS-TDNN",
        date(2025, 2, 28),
        "Tổng Giám đốc Ngân hàng Chính sách xã hội",
        long_date=False,
    )
    r_qd = Ref("Quyết định", "214/QĐ-UBND", None, "Ủy ban nhân dân tỉnh Quảng Ngãi")
    table = Table(
        header=[
            "STT",
            "Đối tượng vay vốn",
            "Mức cho vay tối đa",
            "Lãi suất (%/tháng)",
            "Thời hạn tối đa",
        ],
        columns=["stt", "doi_tuong", "muc_cho_vay", "lai_suat", "thoi_han"],
        widths=[0.07, 0.41, 0.19, 0.15, 0.18],
        align=["c", "l", "c", "c", "c"],
        size=12.0,
        rows=[
            [
                "1",
                "Cơ sở sản xuất, kinh doanh nhỏ và vừa, hợp tác xã, tổ hợp tác, hộ kinh doanh",
                "2 tỷ đồng/dự án",
                "0,55",
                "120 tháng",
            ],
            ["2", "Người lao động", "100 triệu đồng", "0,55", "120 tháng"],
            [
                "3",
                "Người lao động là người dân tộc thiểu số, người khuyết tật, người thuộc hộ "
                "nghèo, hộ cận nghèo",
                "100 triệu đồng",
                "0,3575",
                "120 tháng",
            ],
            [
                "4",
                "Người lao động vay từ nguồn vốn ngân sách tỉnh ủy thác",
                "80 triệu đồng",
                "0,55",
                "60 tháng",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_nd61.cite()} quy định về chính sách hỗ trợ tạo việc làm và Quỹ quốc "
            f"gia về việc làm; {r_nd74.cite()} sửa đổi, bổ sung một số điều của Nghị định số "
            "61/2015/NĐ-CP;"
        ),
        Para(
            f"Căn cứ {r_vb.cite()} về việc triển khai cho vay hỗ trợ tạo việc làm năm 2025 và "
            f"{r_qd.cite()} về việc giao kế hoạch vốn ngân sách tỉnh ủy thác sang Ngân hàng "
            "Chính sách xã hội năm 2025;"
        ),
        Para(
            "Ngân hàng Chính sách xã hội Chi nhánh tỉnh Quảng Ngãi hướng dẫn các Phòng giao "
            "dịch thực hiện như sau:"
        ),
        H("1. Đối tượng, mức cho vay và lãi suất", keep=3),
        table,
        Para(
            "Lãi suất nợ quá hạn bằng 130% lãi suất khi cho vay. Mức cho vay cụ thể do Ngân "
            "hàng nơi cho vay xem xét căn cứ vào nhu cầu vay vốn, vốn đối ứng và khả năng "
            "trả nợ của đối tượng vay."
        ),
        H("2. Hồ sơ, quy trình"),
        Para(
            "Người vay lập Giấy đề nghị vay vốn kiêm phương án sử dụng vốn (mẫu số 1a), gửi "
            "Tổ tiết kiệm và vay vốn để bình xét; Ủy ban nhân dân cấp xã xác nhận người vay "
            "cư trú hợp pháp. Phòng giao dịch giải quyết hồ sơ trong 05 ngày làm việc kể từ "
            "ngày nhận đủ hồ sơ hợp lệ."
        ),
        H("3. Kế hoạch vốn và báo cáo"),
        Para(
            "Tổng nguồn vốn cho vay giải quyết việc làm năm 2025 của Chi nhánh là 486.300 "
            "triệu đồng, trong đó vốn ngân sách tỉnh ủy thác 62.000 triệu đồng. Các Phòng "
            "giao dịch giải ngân hết kế hoạch được giao trước ngày 30/9/2025, báo cáo kết quả "
            "về Phòng Kế hoạch - Nghiệp vụ tín dụng trước ngày 05 hằng tháng."
        ),
    ]
    return Doc(
        name="ho20_hd_nhcsxh_quangngai_vay_viec_lam",
        description=(
            "Hướng dẫn of a provincial branch of the social policy bank (NGÂN HÀNG CHÍNH SÁCH "
            "XÃ HỘI regular as the parent body, CHI NHÁNH TỈNH QUẢNG NGÃI bold), number "
            "HD-NHCS, place Quảng Ngãi, dated March 2025 before the merger with Kon Tum; "
            "one centred Kính gửi line; Căn cứ paragraphs in roman citing the Government's "
            "Nghị định with a long date (61/2015/NĐ-CP) and one with an unpadded date "
            "(74/2019/NĐ-CP, ngày 23/9/2019), the Tổng Giám đốc's Văn bản with a padded short "
            "date (1850/NHCS-TDNN, ngày 28/02/2025) and the province's Quyết định without a "
            "date (214/QĐ-UBND); the Nghị định number repeated without a date (not a second "
            "citation); a ruled 5-column table STT / Đối tượng vay vốn / Mức cho vay tối đa / "
            "Lãi suất (%/tháng) / Thời hạn tối đa (keys stt, doi_tuong, muc_cho_vay, lai_suat, "
            "thoi_han) of 4 rows; figures and deadlines; signer Q. GIÁM ĐỐC on one line."
        ),
        tests="HD of an NHCSXH branch (Quảng Ngãi, 2025); loan table; Q.",
        origin=TEAM,
        seed=1095,
        scan=Scan(
            rotation_deg=1.3,
            noise_sigma=6,
            blur=0.8,
            jpeg_quality=63,
            paper=(246, 243, 232),
            illumination=0.06,
        ),
        chu_quan=["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI"],
        ban_hanh=["CHI NHÁNH TỈNH QUẢNG NGÃI"],
        so="46",
        ky_hieu="HD-NHCS",
        dia_danh="Quảng Ngãi",
        ngay=date(2025, 3, 17),
        title="HƯỚNG DẪN",
        loai_van_ban="Hướng dẫn",
        subject="Cho vay hỗ trợ tạo việc làm, duy trì và mở rộng việc làm năm 2025",
        kinh_gui=["Các Phòng giao dịch NHCSXH huyện, thị xã"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Tổng Giám đốc NHCSXH (b/c)",
                "Trưởng Ban đại diện HĐQT tỉnh (b/c)",
                "Các hội, đoàn thể nhận ủy thác cấp tỉnh",
                "Lưu: VT, KH-NVTD",
            ]
        ),
        signer=["Q. GIÁM ĐỐC"],
        nguoi_ky="Phạm Công Thắng",
        seal_text="NGÂN HÀNG CHÍNH SÁCH XÃ HỘI * CHI NHÁNH TỈNH QUẢNG NGÃI * ",
        refs=[r_nd61, r_nd74, r_vb, r_qd],
    )


def doc_ho20_bb_hccb_camau_kiem_tra_uy_thac() -> Doc:
    r_kh = Ref(
        "Kế hoạch",
        "41/KH-CCB",
        date(2025, 10, 20),
        "Ban Thường vụ Hội Cựu chiến binh tỉnh",
        long_date=False,
    )
    r_hd = Ref("Hướng dẫn", "07/HD-CCB", None, "Trung ương Hội Cựu chiến binh Việt Nam")
    r_qd = Ref("Quyết định", "58/QĐ-CCB", date(2025, 11, 3))
    table = Table(
        header=[
            "STT",
            "Tổ tiết kiệm và vay vốn",
            "Tổ trưởng",
            "Số hộ vay",
            "Dư nợ (triệu đồng)",
            "Nợ quá hạn (triệu đồng)",
        ],
        columns=["stt", "to_tk_vv", "to_truong", "so_ho", "du_no", "no_qua_han"],
        widths=[0.07, 0.27, 0.22, 0.12, 0.16, 0.16],
        align=["c", "l", "l", "c", "c", "c"],
        size=12.0,
        rows=[
            ["1", "Ấp Tân Hòa", "Trần Văn Út", "38", "2.146", "0"],
            ["2", "Ấp Tân Lợi", "Lê Văn Bảy", "42", "2.580", "35"],
            ["3", "Ấp Kinh Đào", "Danh Sà Rết", "29", "1.715", "0"],
            ["4", "Ấp Tân Phong", "Nguyễn Văn Chín", "35", "1.962", "18"],
            ["5", "Ấp Đầu Sấu", "Thạch Thị Sa Ri", "31", "1.804", "0"],
            ["", "Cộng", "", "175", "10.207", "53"],
        ],
    )
    body: list[Block] = [
        Para(
            "Vào hồi 08 giờ 00 phút ngày 14 tháng 11 năm 2025, tại trụ sở Ủy ban nhân dân xã "
            f"Tân Lộc, thực hiện {r_kh.cite()} về kiểm tra hoạt động nhận ủy thác cho vay vốn "
            f"Ngân hàng Chính sách xã hội năm 2025 và {r_hd.cite()}, Đoàn kiểm tra thành lập "
            f"theo {r_qd.cite()} tiến hành kiểm tra tại Hội Cựu chiến binh xã Tân Lộc."
        ),
        H("I. THÀNH PHẦN"),
        Para(
            "1. Đoàn kiểm tra: ông Lâm Hoàng Chiến, Phó Chủ tịch Hội Cựu chiến binh tỉnh, "
            "Trưởng đoàn; ông Quách Văn Thơ, Trưởng Ban Kinh tế; bà Đặng Thị Mỹ Linh, cán bộ "
            "Ngân hàng Chính sách xã hội Chi nhánh tỉnh Cà Mau."
        ),
        Para(
            "2. Đơn vị được kiểm tra: ông Trần Văn Nhỏ, Chủ tịch Hội Cựu chiến binh xã; các "
            "tổ trưởng Tổ tiết kiệm và vay vốn do Hội quản lý."
        ),
        H("II. KẾT QUẢ KIỂM TRA", keep=3),
        Para(
            "Đến ngày 31/10/2025, Hội Cựu chiến binh xã quản lý 05 Tổ tiết kiệm và vay vốn "
            "với 175 hộ vay, tổng dư nợ 10.207 triệu đồng; nợ quá hạn 53 triệu đồng, chiếm "
            "0,52% tổng dư nợ. Kết quả theo từng tổ như sau:",
            keep=3,
        ),
        table,
        Para(
            "Các tổ họp định kỳ hằng tháng, sổ sách ghi chép đầy đủ; kiểm tra ngẫu nhiên 20 hộ "
            "vay cho thấy vốn được sử dụng đúng mục đích (nuôi tôm, cua, trồng lúa - tôm). Tổ "
            "Ấp Tân Lợi có 02 hộ nợ quá hạn do thua lỗ vụ tôm tháng 8/2025."
        ),
        H("III. KIẾN NGHỊ"),
        Para(
            "Hội Cựu chiến binh xã phối hợp Ban quản lý Tổ Ấp Tân Lợi, Ấp Tân Phong đôn đốc "
            "thu hồi nợ quá hạn trước ngày 31/12/2025; kiện toàn tổ trưởng Tổ Ấp Đầu Sấu "
            "trong quý I/2026."
        ),
        Para(
            "Biên bản kết thúc lúc 11 giờ 15 phút cùng ngày, đã đọc lại cho các thành viên "
            "cùng nghe và thống nhất ký tên; lập thành 03 bản có giá trị như nhau./."
        ),
    ]
    return Doc(
        name="ho20_bb_hccb_camau_kiem_tra_uy_thac",
        description=(
            "Biên bản kiểm tra of a provincial veterans' association (HỘI CCB VIỆT NAM / HỘI "
            "CỰU CHIẾN BINH / TỈNH CÀ MAU, the issuer over two bold lines), number BB-CCB, "
            "place Cà Mau, dated November 2025 after the merger with Bạc Liêu; the opening "
            "time and date in long form equal to the date of issue (not a citation); the "
            "association's Kế hoạch with a padded short date (41/KH-CCB, ngày 20/10/2025), the "
            "central association's Hướng dẫn without a date (07/HD-CCB) and the association's "
            "own Quyết định with a long date and no issuer (58/QĐ-CCB, truth co_quan null); "
            "headings I-III; a ruled 6-column table STT / Tổ tiết kiệm và vay vốn / Tổ trưởng "
            "/ Số hộ vay / Dư nợ (triệu đồng) / Nợ quá hạn (triệu đồng) (keys stt, to_tk_vv, "
            "to_truong, so_ho, du_no, no_qua_han) of 5 groups and a Cộng row with empty STT "
            "and name (the sums); Khmer names; two signer blocks side by side, ĐẠI DIỆN ĐƠN VỊ "
            "/ ĐƯỢC KIỂM TRA at the left and TRƯỞNG ĐOÀN KIỂM TRA at the right, Nơi nhận "
            "under them (truth: the right block, tham_quyen_ky null)."
        ),
        tests="BB kiểm tra of a Hội CCB (Cà Mau, merged); loan table; two signer blocks",
        origin=TEAM,
        seed=1096,
        scan=Scan(
            rotation_deg=-1.4,
            noise_sigma=8,
            blur=1.1,
            jpeg_quality=56,
            paper=(245, 241, 229),
            illumination=0.08,
        ),
        chu_quan=["HỘI CCB VIỆT NAM"],
        ban_hanh=["HỘI CỰU CHIẾN BINH", "TỈNH CÀ MAU"],
        so="07",
        ky_hieu="BB-CCB",
        dia_danh="Cà Mau",
        ngay=date(2025, 11, 14),
        title="BIÊN BẢN",
        loai_van_ban="Biên bản",
        subject=(
            "Kiểm tra hoạt động nhận ủy thác cho vay vốn Ngân hàng Chính sách xã hội tại Hội "
            "Cựu chiến binh xã Tân Lộc"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Thường trực Hội CCB tỉnh (b/c)",
                "NHCSXH Chi nhánh tỉnh Cà Mau",
                "Hội CCB xã Tân Lộc",
                "Lưu: VT, BKT",
            ]
        ),
        signer_left=["ĐẠI DIỆN ĐƠN VỊ", "ĐƯỢC KIỂM TRA"],
        nguoi_ky_left="Trần Văn Nhỏ",
        signer=["TRƯỞNG ĐOÀN KIỂM TRA"],
        nguoi_ky="Lâm Hoàng Chiến",
        seal_text="HỘI CỰU CHIẾN BINH TỈNH CÀ MAU * ",
        refs=[r_kh, r_hd, r_qd],
    )


HELDOUT20_DOCS = [
    doc_ho20_qd_cdgd_thanhhoa_quy_che_mai_am,
    doc_ho20_kh_bcd_daklak_giam_sat_mtqg,
    doc_ho20_tb_hdtd_syt_laocai_ket_qua_xet_tuyen,
    doc_ho20_cv_dangu_mytho_dai_hoi_chi_bo,
    doc_ho20_hd_nhcsxh_quangngai_vay_viec_lam,
    doc_ho20_bb_hccb_camau_kiem_tra_uy_thac,
]


# --------------------------------------------------------------------------------------
# Twenty-first held-out set (written blind: nobody ran the pipeline or read its code while
# writing it). The North Central coast (Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị) and
# provincial sector bodies: a Sở Tài chính, a Thanh tra tỉnh, a Sở Xây dựng, a Sở Công
# Thương, a Văn phòng of a provincial People's Committee and a regional general hospital.
# Kept out of samples/ so the end-to-end tests never see it.
# --------------------------------------------------------------------------------------

HELDOUT21_DIR = REPO_ROOT / "benchmarks" / "heldout21"


def doc_ho21_qd_stc_thanhhoa_doan_kiem_tra() -> Doc:
    r_luat = Ref(
        "Luật",
        "15/2017/QH14",
        date(2017, 6, 21),
        ten="Luật Quản lý, sử dụng tài sản công",
    )
    r_nd = Ref(
        "Nghị định",
        "151/2017/NĐ-CP",
        date(2017, 12, 26),
        "Chính phủ",
        long_date=False,
    )
    r_qd = Ref(
        "Quyết định",
        "2284/QĐ-UBND",
        date(2025, 7, 1),
        "Ủy ban nhân dân tỉnh Thanh Hóa",
    )
    r_kh = Ref("Kế hoạch", "148/KH-STC", date(2025, 8, 5), long_date=False, pad=False)
    table = Table(
        header=["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Nhiệm vụ trong Đoàn"],
        columns=["stt", "ho_ten", "chuc_vu", "nhiem_vu"],
        widths=[0.08, 0.27, 0.45, 0.20],
        align=["c", "l", "l", "c"],
        size=12.0,
        rows=[
            ["1", "Ông Lê Đình Thắng", "Phó Giám đốc Sở Tài chính", "Trưởng đoàn"],
            [
                "2",
                "Bà Trịnh Thị Hồng Nhung",
                "Trưởng phòng Quản lý giá và Công sản, Sở Tài chính",
                "Phó Trưởng đoàn",
            ],
            [
                "3",
                "Ông Hoàng Văn Khiêm",
                "Phó Trưởng phòng Quản lý ngân sách, Sở Tài chính",
                "Thành viên",
            ],
            [
                "4",
                "Ông Đỗ Trọng Nghĩa",
                "Thanh tra viên chính, Phòng Thanh tra kinh tế - xã hội, Thanh tra tỉnh",
                "Thành viên",
            ],
            [
                "5",
                "Bà Lê Thị Thu Hà",
                "Chuyên viên chính, Phòng Quản lý giá và Công sản",
                "Thành viên",
            ],
            [
                "6",
                "Ông Mai Xuân Tùng",
                "Chuyên viên, Phòng Tài chính hành chính sự nghiệp",
                "Thành viên",
            ],
            [
                "7",
                "Bà Phạm Thị Lan Anh",
                "Chuyên viên, Phòng Quản lý giá và Công sản",
                "Thư ký",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            "GIÁM ĐỐC SỞ TÀI CHÍNH TỈNH THANH HÓA",
            style=BOLD,
            align="center",
            indent=0,
            gap=2,
        ),
        Para(f"Căn cứ {r_luat.cite()};", style=ITALIC, gap=6),
        Para(
            f"Căn cứ {r_nd.cite()} quy định chi tiết một số điều của Luật Quản lý, sử dụng "
            "tài sản công;",
            style=ITALIC,
        ),
        Para(
            f"Căn cứ {r_qd.cite()} quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức "
            "của Sở Tài chính tỉnh Thanh Hóa;",
            style=ITALIC,
        ),
        Para(
            f"Thực hiện {r_kh.cite()} về kiểm tra công tác quản lý, sử dụng tài sản công năm 2025;",
            style=ITALIC,
        ),
        Para("Theo đề nghị của Trưởng phòng Quản lý giá và Công sản.", style=ITALIC),
        Para("QUYẾT ĐỊNH:", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Thành lập Đoàn kiểm tra công tác quản lý, sử dụng tài sản công năm "
            "2025 tại một số cơ quan, đơn vị trên địa bàn tỉnh (sau đây gọi tắt là Đoàn kiểm "
            "tra), gồm các ông, bà có tên sau:",
            gap=4,
            keep=3,
        ),
        table,
        Para(
            "**Điều 2.** Đoàn kiểm tra có nhiệm vụ kiểm tra việc đầu tư xây dựng, mua sắm, "
            "giao, sử dụng, cho thuê, xử lý tài sản công và việc hạch toán, báo cáo kê khai "
            "tài sản công tại 06 đơn vị: Trường Cao đẳng Y tế Thanh Hóa; Trung tâm Kiểm soát "
            "bệnh tật tỉnh; Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp; Ủy ban "
            "nhân dân phường Hạc Thành; Ủy ban nhân dân phường Sầm Sơn; Ủy ban nhân dân xã "
            "Ngọc Lặc.",
            gap=4,
        ),
        Para(
            "Thời gian kiểm tra từ ngày 06/10/2025 đến ngày 31/10/2025, mỗi đơn vị không quá "
            "03 ngày làm việc. Trưởng đoàn phân công nhiệm vụ cho các thành viên, báo cáo kết "
            "quả kiểm tra với Giám đốc Sở trước ngày 14/11/2025. Đoàn kiểm tra tự giải thể "
            "sau khi hoàn thành nhiệm vụ."
        ),
        Para(
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng "
            "các phòng thuộc Sở, Thủ trưởng các cơ quan, đơn vị được kiểm tra và các ông, bà "
            "có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            gap=4,
        ),
    ]
    return Doc(
        name="ho21_qd_stc_thanhhoa_doan_kiem_tra",
        description=(
            "Quyết định of a provincial Sở Tài chính (UBND TỈNH THANH HÓA / SỞ TÀI CHÍNH), "
            "number QĐ-STC, place Thanh Hóa, dated September 2025; the authority line "
            "centred under the subject; italic Căn cứ lines: Luật Quản lý, sử dụng tài sản "
            "công with a long date (15/2017/QH14), the Government's Nghị định with a short "
            "date (151/2017/NĐ-CP, ngày 26/12/2017, issuer 'Chính phủ'), the province's "
            "Quyết định with a long date (2284/QĐ-UBND, issuer 'Ủy ban nhân dân tỉnh Thanh "
            "Hóa'); a Thực hiện line with the Sở's own Kế hoạch with an unpadded date and no "
            "issuer (148/KH-STC, ngày 5/8/2025, truth co_quan null); Điều 1-3; a ruled "
            "4-column members table STT / Họ và tên / Chức vụ, đơn vị công tác / Nhiệm vụ "
            "trong Đoàn (keys stt, ho_ten, chuc_vu, nhiem_vu) of 7 members; dates that are "
            "not citations; signer KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC."
        ),
        tests="QĐ thành lập Đoàn kiểm tra of a Sở Tài chính (Thanh Hóa); members table; KT.",
        origin=TEAM,
        seed=1101,
        scan=Scan(
            rotation_deg=0.8,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=66,
            paper=(247, 243, 232),
            illumination=0.06,
        ),
        chu_quan=["UBND TỈNH THANH HÓA"],
        ban_hanh=["SỞ TÀI CHÍNH"],
        so="2316",
        ky_hieu="QĐ-STC",
        dia_danh="Thanh Hóa",
        ngay=date(2025, 9, 23),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "Về việc thành lập Đoàn kiểm tra công tác quản lý, sử dụng tài sản công năm 2025 "
            "tại một số cơ quan, đơn vị"
        ),
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như Điều 3",
                "UBND tỉnh (để b/c)",
                "Giám đốc Sở (để b/c)",
                "Thanh tra tỉnh",
                "Các Phó Giám đốc Sở",
                "Lưu: VT, QLGCS",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="Nguyễn Thị Ngọc Hân",
        seal_text="SỞ TÀI CHÍNH * TỈNH THANH HÓA * ",
        refs=[r_luat, r_nd, r_qd, r_kh],
    )


def doc_ho21_kh_ttt_quangtri_kiem_tra_tiep_cong_dan() -> Doc:
    r_luat_tt = Ref(
        "Luật",
        "11/2022/QH15",
        date(2022, 11, 14),
        ten="Luật Thanh tra",
        long_date=False,
    )
    r_luat_tcd = Ref(
        "Luật",
        "42/2013/QH13",
        date(2013, 11, 25),
        ten="Luật Tiếp công dân",
    )
    r_nd = Ref(
        "Nghị định",
        "43/2023/NĐ-CP",
        date(2023, 6, 30),
        "Chính phủ",
        long_date=False,
        pad=False,
    )
    r_qd = Ref(
        "Quyết định",
        "3175/QĐ-UBND",
        date(2025, 12, 12),
        "Chủ tịch Ủy ban nhân dân tỉnh",
        long_date=False,
    )
    r_cv = Ref("Công văn", "2461/UBND-NC", None, "Ủy ban nhân dân tỉnh")
    table = Table(
        header=[
            "STT",
            "Đơn vị được kiểm tra",
            "Nội dung trọng tâm",
            "Từ ngày",
            "Đến ngày",
            "Đoàn kiểm tra",
        ],
        columns=["stt", "don_vi", "noi_dung", "tu_ngay", "den_ngay", "doan_kiem_tra"],
        widths=[0.07, 0.25, 0.27, 0.13, 0.13, 0.15],
        align=["c", "l", "l", "c", "c", "c"],
        size=12.0,
        groups=[(3, 2, "Thời gian kiểm tra")],
        rows=[
            [
                "1",
                "Sở Nông nghiệp và Môi trường",
                "Giải quyết khiếu nại về bồi thường, hỗ trợ khi thu hồi đất",
                "02/3/2026",
                "13/3/2026",
                "Đoàn số 1",
            ],
            [
                "2",
                "Ủy ban nhân dân phường Đồng Hới",
                "Tiếp công dân định kỳ của Chủ tịch; sổ theo dõi đơn thư",
                "09/3/2026",
                "18/3/2026",
                "Đoàn số 2",
            ],
            [
                "3",
                "Ủy ban nhân dân phường Đông Hà",
                "Giải quyết tố cáo; bảo vệ người tố cáo",
                "23/3/2026",
                "01/4/2026",
                "Đoàn số 1",
            ],
            [
                "4",
                "Sở Xây dựng",
                "Giải quyết khiếu nại về cấp phép xây dựng, trật tự đô thị",
                "06/4/2026",
                "15/4/2026",
                "Đoàn số 2",
            ],
            [
                "5",
                "Ủy ban nhân dân xã Lệ Thủy",
                "Tiếp công dân thường xuyên; hòa giải cơ sở",
                "20/4/2026",
                "28/4/2026",
                "Đoàn số 1",
            ],
            [
                "6",
                "Ủy ban nhân dân xã Khe Sanh",
                "Đơn thư liên quan đến đất rừng, đất sản xuất của đồng bào Vân Kiều, Pa Kô",
                "04/5/2026",
                "13/5/2026",
                "Đoàn số 2",
            ],
            [
                "7",
                "Sở Y tế",
                "Giải quyết khiếu nại về chế độ, chính sách đối với viên chức",
                "18/5/2026",
                "27/5/2026",
                "Đoàn số 1",
            ],
            [
                "8",
                "Ủy ban nhân dân xã Vĩnh Linh",
                "Tiếp công dân định kỳ; thi hành quyết định giải quyết khiếu nại",
                "08/6/2026",
                "17/6/2026",
                "Đoàn số 2",
            ],
            [
                "9",
                "Ủy ban nhân dân phường Ba Đồn",
                "Giải quyết khiếu nại về bồi thường giải phóng mặt bằng đường ven biển",
                "06/7/2026",
                "15/7/2026",
                "Đoàn số 1",
            ],
            [
                "10",
                "Sở Giáo dục và Đào tạo",
                "Tố cáo trong tuyển dụng, thuyên chuyển giáo viên",
                "10/8/2026",
                "19/8/2026",
                "Đoàn số 2",
            ],
            [
                "11",
                "Ủy ban nhân dân xã Gio Linh",
                "Đơn thư kéo dài, vượt cấp; kết quả rà soát vụ việc tồn đọng",
                "07/9/2026",
                "16/9/2026",
                "Đoàn số 1",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat_tt.cite()}; {r_luat_tcd.cite()}; {r_nd.cite()} quy định chi "
            "tiết một số điều và biện pháp thi hành Luật Thanh tra;",
            gap=4,
        ),
        Para(
            f"Căn cứ {r_qd.cite()} phê duyệt Kế hoạch thanh tra năm 2026 của Thanh tra tỉnh "
            f"và {r_cv.cite()} về việc tăng cường công tác tiếp công dân, giải quyết khiếu "
            "nại, tố cáo;"
        ),
        Para(
            "Thanh tra tỉnh Quảng Trị ban hành Kế hoạch kiểm tra trách nhiệm thực hiện pháp "
            "luật về tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026 như sau:"
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Đánh giá việc chấp hành pháp luật về tiếp công dân, xử lý đơn, giải quyết "
            "khiếu nại, tố cáo của thủ trưởng các sở, ngành và Ủy ban nhân dân các xã, "
            "phường; kịp thời chấn chỉnh, kiến nghị xử lý trách nhiệm đối với tập thể, cá "
            "nhân để xảy ra sai phạm, đơn thư tồn đọng, kéo dài."
        ),
        Para(
            "2. Việc kiểm tra bảo đảm khách quan, đúng trình tự; không chồng chéo với các "
            "cuộc thanh tra, kiểm tra khác."
        ),
        H("II. NỘI DUNG, ĐỐI TƯỢNG VÀ THỜI GIAN KIỂM TRA"),
        Para(
            "1. Nội dung: việc tiếp công dân định kỳ, đột xuất của người đứng đầu; việc xử "
            "lý đơn; việc giải quyết khiếu nại, tố cáo trong năm 2025 và quý I/2026."
        ),
        Para(
            "2. Đối tượng và thời gian kiểm tra tại từng đơn vị (mỗi cuộc không quá 08 ngày "
            "làm việc tại đơn vị):",
            keep=3,
        ),
        table,
        H("III. TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Phòng Tiếp công dân và Xử lý đơn chủ trì, tham mưu Chánh Thanh tra tỉnh "
            "quyết định thành lập 02 Đoàn kiểm tra, mỗi Đoàn từ 05 đến 07 thành viên; thông "
            "báo kế hoạch đến đơn vị được kiểm tra trước ít nhất 05 ngày làm việc."
        ),
        Para(
            "2. Thủ trưởng các đơn vị được kiểm tra chuẩn bị báo cáo theo đề cương, cung cấp "
            "đầy đủ hồ sơ, sổ sách; cử lãnh đạo làm việc với Đoàn kiểm tra."
        ),
        Para(
            "3. Kinh phí thực hiện từ dự toán ngân sách năm 2026 được giao cho Thanh tra "
            "tỉnh, dự kiến 186,5 triệu đồng. Các Trưởng đoàn báo cáo kết quả từng cuộc kiểm "
            "tra trong thời hạn 10 ngày kể từ ngày kết thúc kiểm tra tại đơn vị; Phòng Tiếp "
            "công dân và Xử lý đơn tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày "
            "15/10/2026."
        ),
        Para(
            "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị phản ánh về "
            "Thanh tra tỉnh (qua Phòng Tiếp công dân và Xử lý đơn, điện thoại "
            "0233.3852.417) để xem xét, điều chỉnh./."
        ),
    ]
    return Doc(
        name="ho21_kh_ttt_quangtri_kiem_tra_tiep_cong_dan",
        description=(
            "Kế hoạch kiểm tra of a provincial inspectorate after the July 2025 merger of "
            "Quảng Trị and Quảng Bình (UBND TỈNH QUẢNG TRỊ / THANH TRA TỈNH), number "
            "KH-TTr, place Quảng Trị, dated December 2025; Căn cứ lines in regular type: Luật "
            "Thanh tra with a padded short date (11/2022/QH15), Luật Tiếp công dân with a "
            "long date (42/2013/QH13), the Government's Nghị định with an unpadded date "
            "(43/2023/NĐ-CP, ngày 30/6/2023), the chairman's Quyết định with a short date "
            "(3175/QĐ-UBND, issuer 'Chủ tịch Ủy ban nhân dân tỉnh') and a Công văn without "
            "a date (2461/UBND-NC, truth ngay null, issuer 'Ủy ban nhân dân tỉnh'); headings "
            "I-III; a ruled 6-column schedule table STT / Đơn vị được kiểm tra / Nội dung "
            "trọng tâm / Từ ngày / Đến ngày / Đoàn kiểm tra (keys stt, don_vi, noi_dung, "
            "tu_ngay, den_ngay, doan_kiem_tra) with a merged header cell 'Thời gian kiểm "
            "tra' over Từ ngày and Đến ngày, 11 rows running onto the next page under the "
            "repeated two-row header; figures, deadlines and a phone number; signer Q. "
            "CHÁNH THANH TRA on one line."
        ),
        tests="KH kiểm tra of a Thanh tra tỉnh (Quảng Trị, merged); schedule table; Q.",
        origin=TEAM,
        seed=1102,
        scan=Scan(
            rotation_deg=-1.1,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=60,
            paper=(245, 242, 231),
            illumination=0.07,
        ),
        chu_quan=["UBND TỈNH QUẢNG TRỊ"],
        ban_hanh=["THANH TRA TỈNH"],
        so="214",
        ky_hieu="KH-TTr",
        dia_danh="Quảng Trị",
        ngay=date(2025, 12, 19),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject=(
            "Kiểm tra trách nhiệm thực hiện pháp luật về tiếp công dân, giải quyết khiếu "
            "nại, tố cáo năm 2026"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "Thanh tra Chính phủ (Cục II) (b/c)",
                "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
                "Chủ tịch, các PCT UBND tỉnh (b/c)",
                "Ban Tiếp công dân tỉnh",
                "Các đơn vị có tên tại Mục II",
                "Lãnh đạo Thanh tra tỉnh",
                "Các phòng nghiệp vụ",
                "Cổng TTĐT Thanh tra tỉnh",
                "Lưu: VT, P.TCD",
            ]
        ),
        signer=["Q. CHÁNH THANH TRA"],
        nguoi_ky="Hồ Sỹ Quang",
        seal_text="THANH TRA TỈNH * TỈNH QUẢNG TRỊ * ",
        refs=[r_luat_tt, r_luat_tcd, r_nd, r_qd, r_cv],
    )


def doc_ho21_bc_sxd_nghean_chat_luong_cong_trinh() -> Doc:
    r_nd = Ref(
        "Nghị định",
        "06/2021/NĐ-CP",
        date(2021, 1, 26),
        "Chính phủ",
        long_date=False,
    )
    r_cv = Ref(
        "Công văn",
        "6318/UBND-CN",
        date(2025, 8, 15),
        "Ủy ban nhân dân tỉnh",
        long_date=False,
        pad=False,
    )
    r_kh = Ref("Kế hoạch", "112/KH-SXD", date(2025, 3, 3))
    table = Table(
        header=[
            "STT",
            "Loại công trình",
            "Số công trình được kiểm tra",
            "Đạt yêu cầu",
            "Phải khắc phục",
            "Tỷ lệ đạt (%)",
        ],
        columns=[
            "stt",
            "loai_cong_trinh",
            "so_cong_trinh",
            "dat_yeu_cau",
            "phai_khac_phuc",
            "ty_le_dat",
        ],
        widths=[0.07, 0.35, 0.16, 0.14, 0.14, 0.14],
        align=["c", "l", "c", "c", "c", "c"],
        size=12.0,
        groups=[(3, 2, "Kết quả kiểm tra")],
        rows=[
            ["1", "Công trình dân dụng", "46", "39", "7", "84,8"],
            ["2", "Công trình công nghiệp", "18", "15", "3", "83,3"],
            ["3", "Công trình giao thông", "31", "27", "4", "87,1"],
            ["4", "Công trình nông nghiệp và phát triển nông thôn", "22", "20", "2", "90,9"],
            ["5", "Công trình hạ tầng kỹ thuật", "15", "12", "3", "80,0"],
            ["", "Tổng cộng", "132", "113", "19", "85,6"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc báo cáo tình hình quản lý chất lượng công "
            f"trình xây dựng trên địa bàn tỉnh và {r_kh.cite()} về kiểm tra công tác nghiệm "
            "thu công trình xây dựng năm 2025, Sở Xây dựng báo cáo kết quả 9 tháng đầu năm "
            "2025 như sau:",
            gap=4,
        ),
        H("I. TÌNH HÌNH CHUNG"),
        Para(
            "Đến ngày 30/9/2025, trên địa bàn tỉnh có 1.846 công trình xây dựng đang thi "
            "công, trong đó 412 công trình sử dụng vốn đầu tư công. Công tác quản lý chất "
            f"lượng, thi công xây dựng và bảo trì công trình theo {r_nd.cite()} cơ bản được "
            "các chủ đầu tư tuân thủ; không xảy ra sự cố công trình gây thiệt hại về người."
        ),
        H("II. KẾT QUẢ KIỂM TRA"),
        Para(
            "Sở Xây dựng đã chủ trì kiểm tra 132 công trình trong quá trình thi công và kiểm "
            "tra công tác nghiệm thu hoàn thành, kết quả cụ thể:",
            keep=4,
        ),
        table,
        Para(
            "Các tồn tại chủ yếu: hồ sơ quản lý chất lượng không đầy đủ, nhật ký thi công "
            "ghi chép sơ sài; thí nghiệm vật liệu đầu vào chưa đủ tần suất; một số công "
            "trình tại phường Vinh Phú, phường Hoàng Mai và xã Quỳnh Lưu chậm khắc phục sau "
            "kiểm tra. Sở đã ban hành 19 văn bản yêu cầu chủ đầu tư khắc phục, đến nay đã có "
            "12 công trình hoàn thành khắc phục."
        ),
        H("III. KIẾN NGHỊ"),
        Para(
            "1. Ủy ban nhân dân tỉnh chỉ đạo các chủ đầu tư khẩn trương khắc phục các tồn tại "
            "trước ngày 15/11/2025; chỉ giải ngân phần khối lượng đã được nghiệm thu đúng "
            "quy định."
        ),
        Para(
            "2. Giao Ủy ban nhân dân các xã, phường tăng cường kiểm tra công trình do cấp xã "
            "quyết định đầu tư; bố trí kinh phí khoảng 2,45 tỷ đồng cho công tác kiểm định "
            "chất lượng các công trình trường học, trạm y tế xây dựng trước năm 2010."
        ),
        Para(
            "Sở Xây dựng kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.",
            gap=4,
        ),
    ]
    return Doc(
        name="ho21_bc_sxd_nghean_chat_luong_cong_trinh",
        description=(
            "Báo cáo of a provincial Sở Xây dựng (UBND TỈNH NGHỆ AN / SỞ XÂY DỰNG), number "
            "BC-SXD, place Nghệ An, dated October 2025; a centred one-line Kính gửi (Ủy ban "
            "nhân dân tỉnh Nghệ An); the province's Công văn with an unpadded date "
            "(6318/UBND-CN, ngày 15/8/2025, issuer 'Ủy ban nhân dân tỉnh'), the Sở's own Kế "
            "hoạch with a long date and no issuer (112/KH-SXD, truth co_quan null) and the "
            "Government's Nghị định with a padded short date in the body (06/2021/NĐ-CP, ngày "
            "26/01/2021); headings I-III; a ruled 6-column table STT / Loại công trình / Số "
            "công trình được kiểm tra / Đạt yêu cầu / Phải khắc phục / Tỷ lệ đạt (%) (keys "
            "stt, loai_cong_trinh, so_cong_trinh, dat_yeu_cau, phai_khac_phuc, ty_le_dat) "
            "with a merged header cell 'Kết quả kiểm tra' over Đạt yêu cầu and Phải khắc "
            "phục, 5 rows and a Tổng cộng row with an empty STT; figures and dates that are "
            "not citations; signer GIÁM ĐỐC alone (truth tham_quyen_ky null)."
        ),
        tests="BC of a Sở Xây dựng (Nghệ An); table with a merged header cell; no prefix",
        origin=TEAM,
        seed=1103,
        scan=Scan(
            rotation_deg=1.2,
            noise_sigma=7,
            blur=1.0,
            jpeg_quality=58,
            paper=(246, 241, 230),
            illumination=0.08,
        ),
        chu_quan=["UBND TỈNH NGHỆ AN"],
        ban_hanh=["SỞ XÂY DỰNG"],
        so="4127",
        ky_hieu="BC-SXD",
        dia_danh="Nghệ An",
        ngay=date(2025, 10, 8),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject=(
            "Kết quả kiểm tra công tác quản lý chất lượng công trình xây dựng 9 tháng đầu năm 2025"
        ),
        kinh_gui=["Ủy ban nhân dân tỉnh Nghệ An"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Bộ Xây dựng (Cục Giám định nhà nước về chất lượng công trình xây dựng) (b/c)",
                "Các PGĐ Sở",
                "Các phòng, đơn vị thuộc Sở",
                "Lưu: VT, QLCL",
            ]
        ),
        signer=["GIÁM ĐỐC"],
        nguoi_ky="Nguyễn Trường Giang",
        seal_text="SỞ XÂY DỰNG * TỈNH NGHỆ AN * ",
        refs=[r_cv, r_kh, r_nd],
    )


def doc_ho21_cv_sct_hatinh_xang_dau() -> Doc:
    r_cd = Ref(
        "Công điện",
        "14/CĐ-UBND",
        date(2025, 9, 24),
        "Chủ tịch Ủy ban nhân dân tỉnh",
        long_date=False,
        pad=False,
    )
    r_cv = Ref("Công văn", "7352/BCT-TTTN", None, "Bộ Công Thương")
    r_nd83 = Ref(
        "Nghị định",
        "83/2014/NĐ-CP",
        date(2014, 9, 3),
        "Chính phủ",
        long_date=False,
    )
    r_nd80 = Ref("Nghị định", "80/2023/NĐ-CP", date(2023, 11, 17), "Chính phủ")
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cd.cite()} về việc chủ động ứng phó với bão, mưa lớn và "
            f"{r_cv.cite()} về việc bảo đảm cung ứng xăng dầu, Sở Công Thương đề nghị các "
            "đơn vị khẩn trương triển khai các nội dung sau:"
        ),
        Para(
            "1. Các thương nhân đầu mối, thương nhân phân phối xăng dầu bảo đảm dự trữ tại "
            "kho, cửa hàng tối thiểu đủ bán trong 07 ngày; không để xảy ra tình trạng "
            "ngừng bán, hạn chế bán không có lý do, nhất là tại các xã ven biển Thạch Hà, "
            "Cẩm Xuyên, Kỳ Anh và các xã miền núi Hương Khê, Vũ Quang."
        ),
        Para(
            "2. Các cửa hàng xăng dầu kiểm tra, gia cố mái che, cột bơm, biển hiệu; kê cao, "
            "che chắn thiết bị điện; chuẩn bị máy phát điện dự phòng, phương tiện phòng cháy, "
            f"chữa cháy; thực hiện đúng {r_nd83.cite()} về kinh doanh xăng dầu, được sửa đổi, "
            f"bổ sung tại {r_nd80.cite()}."
        ),
        Para(
            "3. Ủy ban nhân dân các xã, phường chỉ đạo lực lượng tại chỗ theo dõi hoạt động "
            "các cửa hàng xăng dầu trên địa bàn; phát hiện kịp thời các trường hợp găm hàng, "
            "tăng giá bất hợp lý để xử lý hoặc báo cáo cơ quan có thẩm quyền."
        ),
        Para(
            "4. Công ty Xăng dầu Hà Tĩnh (Petrolimex Hà Tĩnh) tăng cường điều động nguồn "
            "hàng từ kho Xuân Giang cho các cửa hàng của các doanh nghiệp khác khi có yêu "
            "cầu; thông báo cho Sở Công Thương số lượng tồn kho hằng ngày trước 16 giờ 00."
        ),
        Para(
            "Các đơn vị báo cáo tình hình cung ứng xăng dầu về Sở Công Thương (qua Phòng "
            "Quản lý thương mại, điện thoại 0239.3856.214, thư điện tử "
            "qltm.sct@hatinh.gov.vn) trước 10 giờ 00 ngày 27/9/2025 và hằng ngày cho đến khi "
            "bão tan. Đây là nhiệm vụ cấp bách, đề nghị các đơn vị nghiêm túc thực hiện./."
        ),
    ]
    return Doc(
        name="ho21_cv_sct_hatinh_xang_dau",
        description=(
            "HỎA TỐC Công văn đôn đốc of a provincial Sở Công Thương (UBND TỈNH HÀ TĨNH / "
            "SỞ CÔNG THƯƠNG), number SCT-QLTM, the HỎA TỐC box under the V/v, place Hà "
            "Tĩnh, dated September 2025; Kính gửi with four addressees; the chairman's Công "
            "điện with an unpadded date (14/CĐ-UBND, ngày 24/9/2025, issuer 'Chủ tịch Ủy ban "
            "nhân dân tỉnh'), the ministry's Công văn without a date (7352/BCT-TTTN, issuer "
            "'Bộ Công Thương', truth ngay null), the Government's Nghị định 83/2014/NĐ-CP "
            "with a padded short date (ngày 03/09/2014) and 80/2023/NĐ-CP with a long date "
            "(issuer 'Chính phủ' for both); four numbered points; times and dates that are "
            "not citations; "
            "a phone number and an e-mail address; no table; signer TUQ. GIÁM ĐỐC / TRƯỞNG "
            "PHÒNG QUẢN LÝ THƯƠNG MẠI."
        ),
        tests="CV đôn đốc HỎA TỐC of a Sở Công Thương (Hà Tĩnh); Kính gửi list; TUQ.",
        origin=TEAM,
        seed=1104,
        scan=Scan(
            rotation_deg=-0.5,
            noise_sigma=8,
            blur=1.1,
            jpeg_quality=55,
            paper=(244, 240, 228),
            illumination=0.09,
        ),
        chu_quan=["UBND TỈNH HÀ TĨNH"],
        ban_hanh=["SỞ CÔNG THƯƠNG"],
        so="2087",
        ky_hieu="SCT-QLTM",
        vv=("đôn đốc bảo đảm nguồn cung xăng dầu và an toàn cửa hàng xăng dầu trong mưa bão"),
        do_khan="HỎA TỐC",
        dia_danh="Hà Tĩnh",
        ngay=date(2025, 9, 25),
        loai_van_ban="Công văn",
        kinh_gui=[
            "Các thương nhân kinh doanh xăng dầu trên địa bàn tỉnh",
            "Ủy ban nhân dân các xã, phường",
            "Công ty Xăng dầu Hà Tĩnh",
            "Chi cục Quản lý thị trường tỉnh",
        ],
        body=body,
        body_size=14.0,
        noi_nhan=dash_list(
            [
                "Như trên",
                "UBND tỉnh (để b/c)",
                "Giám đốc Sở (để b/c)",
                "Công an tỉnh (PC07)",
                "Ban Chỉ huy PCTT và TKCN tỉnh",
                "Lưu: VT, QLTM",
            ]
        ),
        signer=["TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG QUẢN LÝ THƯƠNG MẠI"],
        nguoi_ky="Trần Đình Lộc",
        seal_text="SỞ CÔNG THƯƠNG * TỈNH HÀ TĨNH * ",
        refs=[r_cd, r_cv, r_nd83, r_nd80],
    )


def doc_ho21_tb_vpubnd_nghean_lich_cong_tac() -> Doc:
    r_qd = Ref(
        "Quyết định",
        "2650/QĐ-UBND",
        date(2025, 7, 15),
        "Ủy ban nhân dân tỉnh",
    )
    r_tb = Ref("Thông báo", "1152/TB-VP", date(2025, 11, 7), long_date=False)
    table = Table(
        header=["Ngày", "Buổi", "Nội dung công việc", "Lãnh đạo chủ trì", "Địa điểm"],
        columns=["ngay", "buoi", "noi_dung", "chu_tri", "dia_diem"],
        widths=[0.13, 0.10, 0.39, 0.19, 0.19],
        align=["c", "c", "l", "l", "l"],
        size=12.0,
        groups=[(0, 2, "Thời gian")],
        rows=[
            [
                "Thứ Hai 17/11",
                "Sáng",
                "Giao ban Thường trực Ủy ban nhân dân tỉnh",
                "Chủ tịch UBND tỉnh",
                "Phòng họp số 1, trụ sở UBND tỉnh",
            ],
            [
                "Thứ Hai 17/11",
                "Chiều",
                "Họp nghe báo cáo tiến độ giải ngân vốn đầu tư công năm 2025",
                "Phó Chủ tịch Thường trực UBND tỉnh",
                "Phòng họp số 2",
            ],
            [
                "Thứ Ba 18/11",
                "Cả ngày",
                "Kiểm tra tiến độ dự án đường ven biển Nghi Sơn - Cửa Lò đoạn qua xã Quỳnh Lưu",
                "Phó Chủ tịch UBND tỉnh Hoàng Phú Hiền",
                "Xã Quỳnh Lưu, xã Diễn Châu",
            ],
            [
                "Thứ Tư 19/11",
                "Sáng",
                "Tiếp công dân định kỳ tháng 11/2025",
                "Chủ tịch UBND tỉnh",
                "Ban Tiếp công dân tỉnh",
            ],
            [
                "Thứ Tư 19/11",
                "Chiều",
                "Làm việc với Ban Quản lý Khu kinh tế Đông Nam về thu hút đầu tư các khu "
                "công nghiệp VSIP, WHA",
                "Chủ tịch UBND tỉnh",
                "Trụ sở Ban Quản lý Khu kinh tế Đông Nam",
            ],
            [
                "Thứ Năm 20/11",
                "Sáng",
                "Dự Lễ kỷ niệm Ngày Nhà giáo Việt Nam tại Trường Đại học Vinh",
                "Phó Chủ tịch UBND tỉnh Bùi Đình Long",
                "Phường Trường Vinh",
            ],
            [
                "Thứ Năm 20/11",
                "Chiều",
                "Phiên họp Ủy ban nhân dân tỉnh thường kỳ tháng 11",
                "Chủ tịch UBND tỉnh",
                "Hội trường tầng 3, trụ sở UBND tỉnh",
            ],
            [
                "Thứ Sáu 21/11",
                "Sáng",
                "Họp Hội đồng thẩm định bảng giá đất điều chỉnh năm 2026",
                "Phó Chủ tịch Thường trực UBND tỉnh",
                "Phòng họp số 2",
            ],
            [
                "Thứ Sáu 21/11",
                "Chiều",
                "Kiểm tra công tác khắc phục hậu quả mưa lũ tại các xã miền núi",
                "Phó Chủ tịch UBND tỉnh Hoàng Phú Hiền",
                "Xã Con Cuông, xã Tương Dương",
            ],
            [
                "Thứ Bảy 22/11",
                "Sáng",
                "Dự Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư",
                "Chủ tịch UBND tỉnh",
                "Xã Nam Đàn",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện Quy chế làm việc ban hành kèm theo {r_qd.cite()}, Văn phòng Ủy ban "
            "nhân dân tỉnh thông báo lịch công tác tuần của Thường trực Ủy ban nhân dân tỉnh "
            "như sau:",
            gap=4,
            keep=3,
        ),
        table,
        Para(
            "**Ghi chú:** Lịch công tác này thay thế các nội dung tương ứng tại "
            f"{r_tb.cite()}. Các sở, ban, ngành và địa phương có nội dung liên quan chuẩn "
            "bị báo cáo, gửi về Văn phòng Ủy ban nhân dân tỉnh (qua hệ thống quản lý văn "
            "bản) trước 16 giờ 00 ngày làm việc liền trước ngày họp; thành phần dự họp "
            "theo giấy mời riêng.",
            gap=6,
        ),
        Para(
            "Lịch công tác có thể thay đổi, Văn phòng sẽ thông báo trên Cổng thông tin điện "
            "tử tỉnh và qua tin nhắn; mọi thông tin xin liên hệ Phòng Hành chính - Tổ chức, "
            "điện thoại 0238.3844.736./."
        ),
    ]
    return Doc(
        name="ho21_tb_vpubnd_nghean_lich_cong_tac",
        description=(
            "Thông báo lịch công tác tuần of the Văn phòng of a provincial People's Committee "
            "(UBND TỈNH NGHỆ AN / VĂN PHÒNG), number TB-VP, place Nghệ An, dated November "
            "2025; the province's Quyết định with a long date (2650/QĐ-UBND, issuer 'Ủy ban "
            "nhân dân tỉnh') and the Văn phòng's own earlier Thông báo with a padded short "
            "date and no issuer (1152/TB-VP, ngày 07/11/2025, truth co_quan null); a ruled "
            "5-column schedule table Ngày / Buổi / Nội dung công việc / Lãnh đạo chủ trì / "
            "Địa điểm (keys ngay, buoi, noi_dung, chu_tri, dia_diem) with a merged header "
            "cell 'Thời gian' over Ngày and Buổi, 10 rows; a bold 'Ghi chú:' paragraph; "
            "times and a phone number; signer TL. CHÁNH VĂN PHÒNG / TRƯỞNG PHÒNG HÀNH CHÍNH "
            "- TỔ CHỨC."
        ),
        tests="TB lịch công tác of a VP UBND tỉnh (Nghệ An); schedule table; TL.",
        origin=TEAM,
        seed=1105,
        scan=Scan(
            rotation_deg=0.4,
            noise_sigma=4,
            blur=0.7,
            jpeg_quality=72,
            paper=(248, 244, 234),
            illumination=0.05,
        ),
        chu_quan=["UBND TỈNH NGHỆ AN"],
        ban_hanh=["VĂN PHÒNG"],
        so="1184",
        ky_hieu="TB-VP",
        dia_danh="Nghệ An",
        ngay=date(2025, 11, 14),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject=(
            "Lịch công tác tuần của Thường trực Ủy ban nhân dân tỉnh (từ ngày 17/11 đến "
            "ngày 23/11/2025)"
        ),
        body=body,
        body_size=13.0,
        noi_nhan=dash_list(
            [
                "TT Tỉnh ủy, TT HĐND tỉnh (để b/c)",
                "Chủ tịch, các PCT UBND tỉnh",
                "Ủy ban MTTQ Việt Nam tỉnh",
                "Các sở, ban, ngành cấp tỉnh",
                "UBND các xã, phường",
                "Chánh VP, các PCVP UBND tỉnh",
                "Báo và Phát thanh, Truyền hình Nghệ An",
                "Cổng TTĐT tỉnh",
                "Lưu: VT, HCTC",
            ]
        ),
        signer=["TL. CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG HÀNH CHÍNH - TỔ CHỨC"],
        nguoi_ky="Võ Thị Thanh Tâm",
        seal_text="VĂN PHÒNG ỦY BAN NHÂN DÂN * TỈNH NGHỆ AN * ",
        refs=[r_qd, r_tb],
    )


def doc_ho21_ttr_bvdkkv_ngoclac_mua_sam_thiet_bi() -> Doc:
    r_luat = Ref(
        "Luật",
        "22/2023/QH15",
        date(2023, 6, 23),
        ten="Luật Đấu thầu",
        long_date=False,
        pad=False,
    )
    r_nd = Ref("Nghị định", "24/2024/NĐ-CP", date(2024, 2, 27), "Chính phủ")
    r_qd = Ref(
        "Quyết định",
        "1136/QĐ-SYT",
        date(2025, 4, 8),
        "Sở Y tế",
        long_date=False,
    )
    table = Table(
        header=[
            "STT",
            "Tên gói thầu",
            "Giá gói thầu (triệu đồng)",
            "Nguồn vốn",
            "Hình thức lựa chọn nhà thầu",
            "Thời gian thực hiện hợp đồng",
        ],
        columns=["stt", "ten_goi_thau", "gia_goi_thau", "nguon_von", "hinh_thuc", "thoi_gian"],
        widths=[0.07, 0.33, 0.14, 0.16, 0.16, 0.14],
        align=["c", "l", "c", "l", "l", "c"],
        size=12.0,
        rows=[
            [
                "1",
                "Mua sắm 01 hệ thống nội soi tiêu hóa có sinh thiết",
                "3.850",
                "Ngân sách tỉnh",
                "Đấu thầu rộng rãi qua mạng",
                "90 ngày",
            ],
            [
                "2",
                "Mua sắm 02 máy thở chức năng cao cho Khoa Hồi sức tích cực - Chống độc",
                "2.640",
                "Ngân sách tỉnh",
                "Đấu thầu rộng rãi qua mạng",
                "60 ngày",
            ],
            [
                "3",
                "Mua sắm 01 máy siêu âm Doppler màu 4D",
                "1.925",
                "Quỹ phát triển hoạt động sự nghiệp",
                "Chào hàng cạnh tranh",
                "45 ngày",
            ],
            [
                "4",
                "Mua sắm 05 monitor theo dõi bệnh nhân 5 thông số",
                "475",
                "Quỹ phát triển hoạt động sự nghiệp",
                "Chỉ định thầu rút gọn",
                "30 ngày",
            ],
            ["", "Tổng cộng", "8.890", "", "", ""],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()}; {r_nd.cite()} quy định chi tiết một số điều và biện "
            "pháp thi hành Luật Đấu thầu về lựa chọn nhà thầu;",
            gap=4,
        ),
        Para(
            f"Căn cứ {r_qd.cite()} về việc giao dự toán chi mua sắm trang thiết bị y tế năm "
            "2025 cho các đơn vị trực thuộc;"
        ),
        Para(
            "Bệnh viện Đa khoa khu vực Ngọc Lặc là bệnh viện hạng II, quy mô 600 giường kế "
            "hoạch, tiếp nhận người bệnh của các huyện miền núi phía Tây tỉnh (Ngọc Lặc, Lang "
            "Chánh, Bá Thước, Cẩm Thủy, Thường Xuân). Năm 2024, Bệnh viện khám cho 186.420 "
            "lượt người, điều trị nội trú 31.275 lượt; nhiều thiết bị đã sử dụng trên 10 năm, "
            "hư hỏng thường xuyên."
        ),
        Para(
            "Bệnh viện kính trình Sở Y tế xem xét, phê duyệt kế hoạch lựa chọn nhà thầu mua "
            "sắm trang thiết bị y tế năm 2025 gồm 04 gói thầu, tổng giá trị 8.890 triệu đồng "
            "(Tám tỷ, tám trăm chín mươi triệu đồng), cụ thể:",
            keep=3,
        ),
        table,
        Para(
            "Giá gói thầu được xác định trên cơ sở 03 báo giá và chứng thư thẩm định giá "
            "ngày 12/5/2025 của đơn vị thẩm định giá độc lập; thời gian tổ chức lựa chọn nhà "
            "thầu dự kiến trong quý III/2025."
        ),
        Para(
            "Hồ sơ kèm theo gồm: dự toán chi tiết, các báo giá, chứng thư thẩm định giá và "
            "biên bản họp Hội đồng khoa học kỹ thuật Bệnh viện ngày 14/5/2025."
        ),
        Para("Kính trình Sở Y tế xem xét, phê duyệt./.", gap=4),
    ]
    return Doc(
        name="ho21_ttr_bvdkkv_ngoclac_mua_sam_thiet_bi",
        description=(
            "Tờ trình of a regional general hospital under a provincial Sở Y tế (SỞ Y TẾ "
            "THANH HÓA / BỆNH VIỆN ĐA KHOA / KHU VỰC NGỌC LẶC, the issuer over two bold "
            "lines), number TTr-BVNL, place Ngọc Lặc, dated May 2025; a centred one-line "
            "Kính gửi after the subject (Sở Y tế Thanh Hóa); Căn cứ lines in regular type: "
            "Luật Đấu thầu with an unpadded date (22/2023/QH15, ngày 23/6/2023), the "
            "Government's Nghị định with a long date (24/2024/NĐ-CP, issuer 'Chính phủ'), "
            "the Sở's Quyết định with a padded short date (1136/QĐ-SYT, ngày 08/04/2025, "
            "issuer 'Sở Y tế'); dates that are not citations; figures (186.420, 8.890 "
            "triệu đồng) and the sum in words; a ruled "
            "6-column table STT / Tên gói thầu / Giá gói thầu (triệu đồng) / Nguồn vốn / "
            "Hình thức lựa chọn nhà thầu / Thời gian thực hiện hợp đồng (keys stt, "
            "ten_goi_thau, gia_goi_thau, nguon_von, hinh_thuc, thoi_gian) of 4 packages and "
            "a Tổng cộng row with empty cells; signer KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC with a "
            "professional title before the name."
        ),
        tests="TTr of a regional hospital (Thanh Hóa); centred Kính gửi; package table; KT.",
        origin=TEAM,
        seed=1106,
        scan=Scan(
            rotation_deg=-0.8,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=68,
            paper=(247, 242, 231),
            illumination=0.06,
        ),
        chu_quan=["SỞ Y TẾ THANH HÓA"],
        ban_hanh=["BỆNH VIỆN ĐA KHOA", "KHU VỰC NGỌC LẶC"],
        so="418",
        ky_hieu="TTr-BVNL",
        dia_danh="Ngọc Lặc",
        ngay=date(2025, 5, 20),
        title="TỜ TRÌNH",
        loai_van_ban="Tờ trình",
        subject=(
            "Về việc đề nghị phê duyệt kế hoạch lựa chọn nhà thầu mua sắm trang thiết bị y "
            "tế năm 2025"
        ),
        kinh_gui=["Sở Y tế Thanh Hóa"],
        kinh_gui_centered=True,
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Giám đốc Bệnh viện (để b/c)",
                "Phòng Tài chính - Kế toán",
                "Lưu: VT, VTTBYT",
            ]
        ),
        signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        nguoi_ky="BSCKII. Lê Thị Mai Hương",
        seal_text="BỆNH VIỆN ĐA KHOA KHU VỰC NGỌC LẶC * SỞ Y TẾ THANH HÓA * ",
        refs=[r_luat, r_nd, r_qd],
    )


HELDOUT21_DOCS = [
    doc_ho21_qd_stc_thanhhoa_doan_kiem_tra,
    doc_ho21_kh_ttt_quangtri_kiem_tra_tiep_cong_dan,
    doc_ho21_bc_sxd_nghean_chat_luong_cong_trinh,
    doc_ho21_cv_sct_hatinh_xang_dau,
    doc_ho21_tb_vpubnd_nghean_lich_cong_tac,
    doc_ho21_ttr_bvdkkv_ngoclac_mua_sam_thiet_bi,
]


# --------------------------------------------------------------------------------------
# Twenty-fourth held-out set (written blind: nobody ran the pipeline or read its code while
# writing it). Justice, inspection and Party bodies in the west of the Central Highlands
# (Gia Lai, Đắk Lắk) and the mountains of Thanh Hóa and Nghệ An after the 2025 merger: a
# Đảng ủy xã, the Ủy ban Kiểm tra of a Đảng ủy xã, a Sở Tư pháp, a Tòa án nhân dân khu vực,
# a Công an xã and a commune's Hội đồng phối hợp phổ biến, giáo dục pháp luật.
# Kept out of samples/ so the end-to-end tests never see it.
# --------------------------------------------------------------------------------------

HELDOUT24_DIR = REPO_ROOT / "benchmarks" / "heldout24"


def doc_ho24_nq_dangu_iagrai_chinh_don_dang() -> Doc:
    r_kl = Ref(
        "Kết luận",
        "21-KL/TW",
        date(2021, 10, 25),
        "Ban Chấp hành Trung ương Đảng",
    )
    r_ct = Ref(
        "Chỉ thị",
        "35-CT/TW",
        date(2024, 6, 14),
        "Bộ Chính trị",
        long_date=False,
        pad=False,
    )
    r_nq_tu = Ref(
        "Nghị quyết",
        "05-NQ/TU",
        date(2025, 10, 2),
        "Ban Chấp hành Đảng bộ tỉnh",
        long_date=False,
    )
    r_ctr = Ref("Chương trình", "03-CTr/ĐU", ten="Chương trình hành động")
    body: list[Block] = [
        Para(
            "Ngày 12 và 13/11/2025, Ban Chấp hành Đảng bộ xã Ia Grai khóa I, nhiệm kỳ 2025 - "
            "2030 họp Hội nghị lần thứ năm. Trên cơ sở Tờ trình của Ban Thường vụ Đảng ủy và "
            "ý kiến thảo luận của các đồng chí Đảng ủy viên,",
            gap=4,
        ),
        Para("QUYẾT NGHỊ:", style=BOLD, align="center", indent=0, gap=6),
        H("I. ĐÁNH GIÁ TÌNH HÌNH"),
        Para(
            f"Sau hơn bốn năm thực hiện {r_kl.cite()} về đẩy mạnh xây dựng, chỉnh đốn Đảng "
            "và hệ thống chính trị, chất lượng sinh hoạt của 38 chi bộ trực thuộc có chuyển "
            "biến; 31/38 chi bộ duy trì sinh hoạt chuyên đề hằng quý. Tuy nhiên, ở một số "
            "làng đồng bào Jrai như Plei Bồng, Plei Thơ Ga, Plei Ia Khươl, nội dung sinh hoạt "
            "còn đơn điệu; tỷ lệ đảng viên là người dân tộc thiểu số mới đạt 41,6%."
        ),
        H("II. MỤC TIÊU, CHỈ TIÊU ĐẾN NĂM 2027"),
        Para(
            "1. 100% chi bộ thôn, làng có chi ủy hoặc bí thư chi bộ là người am hiểu phong tục, "
            "tiếng nói của đồng bào; không còn thôn, làng chưa có đảng viên."
        ),
        Para(
            "2. Mỗi năm kết nạp từ 45 đảng viên trở lên, trong đó ít nhất 60% là đoàn viên "
            "thanh niên người Jrai, Bahnar; 85% chi bộ được xếp loại hoàn thành tốt nhiệm vụ "
            "trở lên."
        ),
        H("III. NHIỆM VỤ, GIẢI PHÁP"),
        Para(
            f"1. Quán triệt {r_ct.cite()} về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu "
            "toàn quốc lần thứ XIV của Đảng; chuẩn bị tốt nhân sự cấp ủy chi bộ nhiệm kỳ sau."
        ),
        Para(
            f"2. Cụ thể hóa {r_nq_tu.cite()} về nâng cao năng lực lãnh đạo của tổ chức cơ sở "
            "đảng; mỗi đồng chí Đảng ủy viên phụ trách một chi bộ yếu, dự sinh hoạt ít nhất "
            "02 lần mỗi quý."
        ),
        Para(
            "3. Ủy ban Kiểm tra Đảng ủy tăng cường giám sát việc tu dưỡng, rèn luyện của "
            "đảng viên; kịp thời xử lý đảng viên vi phạm, nhất là vi phạm về đất đai, tín "
            "dụng đen và truyền đạo trái pháp luật."
        ),
        H("IV. TỔ CHỨC THỰC HIỆN"),
        Para(
            "Ban Thường vụ Đảng ủy chỉ đạo xây dựng kế hoạch thực hiện Nghị quyết, lồng ghép "
            f"với {r_ctr.cite()} thực hiện Nghị quyết Đại hội Đảng bộ xã; Văn phòng Đảng ủy "
            "theo dõi, tổng hợp, báo cáo sơ kết vào tháng 12/2026. Nghị quyết này được phổ "
            "biến đến chi bộ và đảng viên trước ngày 15/12/2025./."
        ),
    ]
    return Doc(
        name="ho24_nq_dangu_iagrai_chinh_don_dang",
        description=(
            "Nghị quyết of a commune Party committee in Gia Lai with the Party header (ĐẢNG BỘ "
            "TỈNH GIA LAI / ĐẢNG ỦY XÃ IA GRAI at the left, ĐẢNG CỘNG SẢN VIỆT NAM at the "
            "right, truth quoc_hieu false), the Party number 'Số 15-NQ/ĐU' (truth so '15', "
            "ky_hieu 'NQ/ĐU', so_ky_hieu '15-NQ/ĐU'), place Ia Grai, dated November 2025; an "
            "opening paragraph and a centred QUYẾT NGHỊ:; headings I-IV; Kết luận 21-KL/TW "
            "with a long date (issuer 'Ban Chấp hành Trung ương Đảng'), Chỉ thị 35-CT/TW with "
            "an unpadded date (ngày 14/6/2024, 'Bộ Chính trị'), the provincial Party "
            "committee's Nghị quyết with a padded date (05-NQ/TU, ngày 02/10/2025, 'Ban Chấp "
            "hành Đảng bộ tỉnh') and the committee's own Chương trình hành động with neither "
            "date nor issuer (03-CTr/ĐU); figures and dates that are not citations; no "
            "table; signer T/M ĐẢNG ỦY / BÍ THƯ (truth tham_quyen_ky 'T/M'), a Jrai name."
        ),
        tests="Party NQ of a commune Đảng ủy (Gia Lai); QUYẾT NGHỊ; T/M ĐẢNG ỦY",
        origin=TEAM,
        seed=1131,
        scan=Scan(
            rotation_deg=0.7,
            noise_sigma=5,
            blur=0.8,
            jpeg_quality=68,
            paper=(247, 244, 234),
            illumination=0.06,
        ),
        quoc_hieu=False,
        party=True,
        chu_quan=["ĐẢNG BỘ TỈNH GIA LAI"],
        ban_hanh=["ĐẢNG ỦY XÃ IA GRAI"],
        so="15",
        ky_hieu="NQ/ĐU",
        dia_danh="Ia Grai",
        ngay=date(2025, 11, 18),
        title="NGHỊ QUYẾT",
        loai_van_ban="Nghị quyết",
        subject=(
            "Về đẩy mạnh xây dựng, chỉnh đốn Đảng, nâng cao chất lượng sinh hoạt chi bộ "
            "ở các thôn, làng đồng bào dân tộc thiểu số"
        ),
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Ban Thường vụ Tỉnh ủy (b/c)",
                "Ủy ban Kiểm tra Tỉnh ủy (b/c)",
                "Các đồng chí Đảng ủy viên",
                "Các chi bộ trực thuộc",
                "Lưu: VPĐU",
            ]
        ),
        signer=["T/M ĐẢNG ỦY", "BÍ THƯ"],
        nguoi_ky="Ksor Blơng",
        seal_text="ĐẢNG ỦY XÃ IA GRAI * ĐẢNG BỘ TỈNH GIA LAI * ",
        refs=[r_kl, r_ct, r_nq_tu, r_ctr],
    )


def doc_ho24_qd_ubkt_muonglat_quy_che_lam_viec() -> Doc:
    r_qd296 = Ref(
        "Quy định",
        "296-QĐ/TW",
        date(2025, 5, 30),
        "Ban Chấp hành Trung ương",
        long_date=False,
    )
    r_hd = Ref(
        "Hướng dẫn",
        "02-HD/UBKTTW",
        date(2025, 6, 9),
        "Ủy ban Kiểm tra Trung ương",
        long_date=False,
        pad=False,
    )
    r_qd_btv = Ref(
        "Quyết định",
        "04-QĐ/ĐU",
        date(2025, 8, 15),
        "Ban Thường vụ Đảng ủy xã",
    )
    r_qd_cu = Ref(
        "Quyết định",
        "12-QĐ/UBKT",
        date(2021, 3, 7),
        "Ủy ban Kiểm tra Đảng ủy thị trấn Mường Lát",
        long_date=False,
        pad=False,
    )
    table = Table(
        header=["STT", "Họ và tên", "Chức vụ", "Lĩnh vực, địa bàn phụ trách"],
        columns=["stt", "ho_ten", "chuc_vu", "phu_trach"],
        widths=[0.08, 0.24, 0.28, 0.40],
        align=["c", "l", "l", "l"],
        size=12.0,
        rows=[
            [
                "1",
                "Lò Văn Pảng",
                "Chủ nhiệm",
                "Chỉ đạo chung; kiểm tra tổ chức đảng khi có dấu hiệu vi phạm",
            ],
            [
                "2",
                "Hà Thị Lả",
                "Phó Chủ nhiệm",
                "Giải quyết tố cáo, khiếu nại kỷ luật đảng; bản Pù Toong, bản Sài Khao",
            ],
            [
                "3",
                "Giàng A Páo",
                "Ủy viên",
                "Giám sát thường xuyên; bản Pù Nhi, bản Nhi Sơn, bản Mường Lý",
            ],
            [
                "4",
                "Vi Văn Thiết",
                "Ủy viên",
                "Kiểm tra tài chính đảng; thu, nộp đảng phí của các chi bộ",
            ],
            [
                "5",
                "Lương Thị Hoa",
                "Ủy viên (kiêm nhiệm)",
                "Kê khai tài sản, thu nhập; chi bộ trường học, trạm y tế",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            "ỦY BAN KIỂM TRA ĐẢNG ỦY XÃ MƯỜNG LÁT",
            style=BOLD,
            align="center",
            indent=0,
            gap=2,
        ),
        Para("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", gap=6),
        Para(f"- Căn cứ {r_qd296.cite()} về công tác kiểm tra, giám sát và kỷ luật của Đảng;"),
        Para(f"- Căn cứ {r_hd.cite()} thực hiện một số điều của Quy định số 296-QĐ/TW;"),
        Para(
            f"- Căn cứ {r_qd_btv.cite()} ban hành Quy chế làm việc của Ủy ban Kiểm tra Đảng "
            "ủy xã nhiệm kỳ 2025 - 2030;"
        ),
        Para("- Xét đề nghị của đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra,"),
        Para("QUYẾT ĐỊNH", style=BOLD, align="center", indent=0, gap=8),
        Para(
            "**Điều 1.** Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban Kiểm tra "
            "Đảng ủy xã Mường Lát nhiệm kỳ 2025 - 2030.",
            gap=4,
        ),
        Para(
            f"**Điều 2.** Quyết định có hiệu lực từ ngày ký và thay thế {r_qd_cu.cite()}.",
            gap=4,
        ),
        Para(
            "**Điều 3.** Các đồng chí ủy viên Ủy ban Kiểm tra, cán bộ kiểm tra Đảng ủy xã và "
            "các chi bộ trực thuộc chịu trách nhiệm thi hành Quyết định này./.",
            gap=4,
        ),
    ]
    appendix: list[Block] = [
        Para("ĐẢNG CỘNG SẢN VIỆT NAM", style=BOLD, align="right", indent=0, gap=0),
        Para("QUY CHẾ", style=BOLD, align="center", indent=0, gap=10),
        Para(
            "làm việc của Ủy ban Kiểm tra Đảng ủy xã Mường Lát",
            style=BOLD,
            align="center",
            indent=0,
        ),
        Para("nhiệm kỳ 2025 - 2030", style=BOLD, align="center", indent=0, gap=0),
        Para(
            "(kèm theo Quyết định số 09-QĐ/UBKT, ngày 16/9/2025 của Ủy ban Kiểm tra Đảng ủy "
            "xã Mường Lát)",
            style=ITALIC,
            align="center",
            indent=0,
            size=12.5,
        ),
        H("Điều 1. Nguyên tắc làm việc"),
        Para(
            "Ủy ban Kiểm tra làm việc theo nguyên tắc tập trung dân chủ, tập thể lãnh đạo, cá "
            "nhân phụ trách; quyết định theo đa số. Thành viên chịu trách nhiệm cá nhân về "
            "lĩnh vực, địa bàn được phân công; bảo vệ bí mật tài liệu, hồ sơ kiểm tra."
        ),
        H("Điều 2. Phân công nhiệm vụ các thành viên", keep=3),
        Para(
            "Các thành viên Ủy ban Kiểm tra được phân công phụ trách như sau:",
            keep=3,
        ),
        table,
        H("Điều 3. Chế độ họp và báo cáo"),
        Para(
            "1. Ủy ban Kiểm tra họp thường kỳ mỗi tháng một lần vào tuần cuối tháng; họp bất "
            "thường khi cần. Cuộc họp chỉ hợp lệ khi có ít nhất 2/3 số thành viên dự."
        ),
        Para(
            "2. Chậm nhất ngày 20 của tháng cuối quý, Ủy ban Kiểm tra báo cáo Ban Thường vụ "
            "Đảng ủy xã và Ủy ban Kiểm tra Tỉnh ủy kết quả công tác kiểm tra, giám sát; báo "
            "cáo năm gửi trước ngày 10/12."
        ),
        H("Điều 4. Mối quan hệ công tác"),
        Para(
            "Ủy ban Kiểm tra chịu sự lãnh đạo của Ban Chấp hành Đảng bộ xã và sự chỉ đạo về "
            "chuyên môn, nghiệp vụ của Ủy ban Kiểm tra Tỉnh ủy; phối hợp với Ủy ban Mặt trận "
            "Tổ quốc xã, Công an xã và Đồn Biên phòng Mường Lát trong xác minh, xử lý đơn thư "
            "liên quan đến đảng viên. Quy chế có 4 điều, sửa đổi khi cần./."
        ),
    ]
    return Doc(
        name="ho24_qd_ubkt_muonglat_quy_che_lam_viec",
        description=(
            "Quyết định of the inspection commission of a commune Party committee in the "
            "Thanh Hóa mountains with the Party header (ĐẢNG ỦY XÃ MƯỜNG LÁT / ỦY BAN KIỂM "
            "TRA, ĐẢNG CỘNG SẢN VIỆT NAM at the right, truth quoc_hieu false), number 'Số "
            "09-QĐ/UBKT', place Mường Lát, dated September 2025, issuing a Quy chế printed "
            "after the signature; authority line; Căn cứ lines starting '- ': the Điều lệ "
            "Đảng (no number, not a citation), Quy định 296-QĐ/TW with a padded short date "
            "(ngày 30/05/2025), the central commission's Hướng dẫn with an unpadded date "
            "(02-HD/UBKTTW, ngày 9/6/2025), the Ban Thường vụ's Quyết định with a long date "
            "(04-QĐ/ĐU); a centred QUYẾT ĐỊNH without colon; Điều 2 replaces the old town "
            "commission's Quyết định with an unpadded date (12-QĐ/UBKT, ngày 7/3/2021); "
            "signer T/M ỦY BAN KIỂM TRA / CHỦ NHIỆM (truth tham_quyen_ky 'T/M'), a Thái "
            "name; the Quy chế with its own 'kèm theo Quyết định số 09-QĐ/UBKT' line (not a "
            "citation) and a ruled 4-column table STT / Họ và tên / Chức vụ / Lĩnh vực, địa "
            "bàn phụ trách (keys stt, ho_ten, chuc_vu, phu_trach) of 5 members."
        ),
        tests="QĐ + Quy chế of a commune Party UBKT (Thanh Hóa); members table; T/M",
        origin=TEAM,
        seed=1132,
        scan=Scan(
            rotation_deg=-1.3,
            noise_sigma=6,
            blur=0.9,
            jpeg_quality=62,
            paper=(246, 242, 231),
            illumination=0.07,
        ),
        quoc_hieu=False,
        party=True,
        chu_quan=["ĐẢNG ỦY XÃ MƯỜNG LÁT"],
        ban_hanh=["ỦY BAN KIỂM TRA"],
        so="09",
        ky_hieu="QĐ/UBKT",
        dia_danh="Mường Lát",
        ngay=date(2025, 9, 16),
        title="QUYẾT ĐỊNH",
        loai_van_ban="Quyết định",
        subject=(
            "ban hành Quy chế làm việc của Ủy ban Kiểm tra Đảng ủy xã Mường Lát "
            "nhiệm kỳ 2025 - 2030"
        ),
        body=body,
        appendix=appendix,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Ủy ban Kiểm tra Tỉnh ủy (b/c)",
                "Thường trực Đảng ủy xã (b/c)",
                "Như Điều 3",
                "Lưu: UBKT",
            ]
        ),
        signer=["T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM"],
        nguoi_ky="Lò Văn Pảng",
        seal_text="ỦY BAN KIỂM TRA * ĐẢNG ỦY XÃ MƯỜNG LÁT * ",
        refs=[r_qd296, r_hd, r_qd_btv, r_qd_cu],
    )


def doc_ho24_tb_stp_daklak_ly_lich_tu_phap() -> Doc:
    r_luat = Ref(
        "Luật",
        "28/2009/QH12",
        date(2009, 6, 17),
        ten="Luật Lý lịch tư pháp",
        long_date=False,
        pad=False,
    )
    r_cv_btp = Ref("Công văn", "5127/BTP-TTLLTPQG", None, "Bộ Tư pháp")
    r_qd = Ref(
        "Quyết định",
        "2964/QĐ-UBND",
        date(2025, 12, 30),
        "Chủ tịch Ủy ban nhân dân tỉnh",
        long_date=False,
    )
    table = Table(
        header=["STT", "Điểm tiếp nhận", "Địa chỉ", "Thời gian tiếp nhận"],
        columns=["stt", "diem_tiep_nhan", "dia_chi", "thoi_gian"],
        widths=[0.08, 0.30, 0.36, 0.26],
        align=["c", "l", "l", "c"],
        size=12.0,
        rows=[
            [
                "1",
                "Trung tâm Phục vụ hành chính công tỉnh (cơ sở 1)",
                "09 Lê Duẩn, phường Buôn Ma Thuột",
                "Sáng 7 giờ 00 - 11 giờ 00; chiều 13 giờ 30 - 17 giờ 00",
            ],
            [
                "2",
                "Trung tâm Phục vụ hành chính công tỉnh (cơ sở 2)",
                "134 Trần Hưng Đạo, phường Tuy Hòa",
                "Sáng 7 giờ 00 - 11 giờ 00; chiều 13 giờ 30 - 17 giờ 00",
            ],
            [
                "3",
                "Bộ phận một cửa xã Ea Súp",
                "Thôn 5, xã Ea Súp",
                "Thứ Ba, thứ Năm hằng tuần",
            ],
            [
                "4",
                "Bộ phận một cửa xã Krông Bông",
                "Tổ dân phố 2, xã Krông Bông",
                "Thứ Tư, thứ Sáu hằng tuần",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Căn cứ {r_luat.cite()}; thực hiện {r_cv_btp.cite()} về việc nâng cấp Phần mềm "
            "quản lý lý lịch tư pháp dùng chung và "
            f"{r_qd.cite()} công bố danh mục thủ tục hành chính được tiếp nhận không phụ "
            "thuộc địa giới hành chính, Sở Tư pháp tỉnh Đắk Lắk thông báo như sau:",
            gap=4,
        ),
        Para(
            "1. Tạm dừng tiếp nhận hồ sơ yêu cầu cấp Phiếu lý lịch tư pháp trực tuyến trên "
            "Cổng Dịch vụ công quốc gia và ứng dụng VNeID từ 17 giờ 00 ngày 09/01/2026 đến "
            "hết ngày 13/01/2026 để chuyển đổi dữ liệu. Hồ sơ đã nộp trước thời điểm tạm dừng "
            "vẫn được giải quyết đúng hạn."
        ),
        Para(
            "2. Trong thời gian tạm dừng, cá nhân nộp hồ sơ trực tiếp tại các điểm sau:",
            keep=3,
        ),
        table,
        Para(
            "3. Người dân tại các xã vùng sâu, vùng xa có nhu cầu cấp gấp Phiếu lý lịch tư "
            "pháp để đi học, xuất khẩu lao động liên hệ Phòng Hành chính tư pháp, điện thoại "
            "0262.3852.907 hoặc 0257.3823.114 để được hỗ trợ."
        ),
        Para(
            "Sở Tư pháp đề nghị Ủy ban nhân dân các xã, phường niêm yết công khai Thông báo "
            "này tại trụ sở, thông báo trên hệ thống truyền thanh cơ sở bằng tiếng Việt và "
            "tiếng Ê Đê trước ngày 08/01/2026./."
        ),
    ]
    return Doc(
        name="ho24_tb_stp_daklak_ly_lich_tu_phap",
        description=(
            "KHẨN Thông báo of a provincial Sở Tư pháp after the merger of Đắk Lắk and Phú Yên "
            "(UBND TỈNH ĐẮK LẮK / SỞ TƯ PHÁP), the KHẨN box under the number, place Đắk Lắk, "
            "dated January 2026; one opening sentence with Luật Lý lịch tư pháp with an "
            "unpadded date (28/2009/QH12, ngày 17/6/2009), the ministry's Công văn without a "
            "date (5127/BTP-TTLLTPQG, 'Bộ Tư pháp', truth ngay null) and the chairman's "
            "Quyết định with a padded date (2964/QĐ-UBND, ngày 30/12/2025, 'Chủ tịch Ủy ban "
            "nhân dân tỉnh'); times, dates and phone numbers that are not citations; a ruled "
            "4-column table STT / Điểm tiếp nhận / Địa chỉ / Thời gian tiếp nhận (keys stt, "
            "diem_tiep_nhan, dia_chi, thoi_gian) of 4 rows; signer TL. GIÁM ĐỐC / TRƯỞNG "
            "PHÒNG HÀNH CHÍNH TƯ PHÁP, an Ê Đê name."
        ),
        tests="TB KHẨN of a Sở Tư pháp (Đắk Lắk, merged); address table; TL.",
        origin=TEAM,
        seed=1133,
        scan=Scan(
            rotation_deg=1.4,
            noise_sigma=8,
            blur=1.1,
            jpeg_quality=56,
            paper=(245, 241, 229),
            illumination=0.08,
        ),
        chu_quan=["UBND TỈNH ĐẮK LẮK"],
        ban_hanh=["SỞ TƯ PHÁP"],
        so="38",
        ky_hieu="TB-STP",
        do_khan="KHẨN",
        dia_danh="Đắk Lắk",
        ngay=date(2026, 1, 6),
        title="THÔNG BÁO",
        loai_van_ban="Thông báo",
        subject=(
            "Tạm dừng tiếp nhận hồ sơ cấp Phiếu lý lịch tư pháp trực tuyến và các điểm "
            "tiếp nhận hồ sơ trực tiếp"
        ),
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Trung tâm Lý lịch tư pháp quốc gia (b/c)",
                "UBND tỉnh (b/c)",
                "Công an tỉnh (PV06)",
                "Trung tâm Phục vụ hành chính công tỉnh",
                "UBND các xã, phường",
                "Cổng TTĐT Sở Tư pháp",
                "Lưu: VT, HCTP",
            ]
        ),
        signer=["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG HÀNH CHÍNH TƯ PHÁP"],
        nguoi_ky="H'Yâo Knul",
        seal_text="SỞ TƯ PHÁP * TỈNH ĐẮK LẮK * ",
        refs=[r_luat, r_cv_btp, r_qd],
    )


def doc_ho24_bc_tandkv9_nghean_giai_quyet_an() -> Doc:
    r_luat = Ref(
        "Luật",
        "34/2024/QH15",
        date(2024, 6, 24),
        ten="Luật Tổ chức Tòa án nhân dân",
    )
    r_cv = Ref(
        "Công văn",
        "1186/TANDT-VP",
        date(2025, 11, 19),
        "Tòa án nhân dân tỉnh Nghệ An",
        long_date=False,
    )
    r_kh = Ref("Kế hoạch", "27/KH-TA", date(2025, 7, 2), long_date=False, pad=False)
    table = Table(
        header=[
            "STT",
            "Loại án, vụ việc",
            "Năm trước chuyển sang",
            "Thụ lý mới",
            "Đã giải quyết",
            "Còn lại",
            "Tỷ lệ giải quyết (%)",
        ],
        columns=["stt", "loai_an", "cu", "moi", "da_giai_quyet", "con_lai", "ty_le"],
        widths=[0.07, 0.31, 0.13, 0.11, 0.13, 0.11, 0.14],
        align=["c", "l", "c", "c", "c", "c", "c"],
        size=12.0,
        groups=[(2, 2, "Số thụ lý"), (4, 2, "Kết quả giải quyết")],
        rows=[
            ["1", "Hình sự", "14", "96", "98", "12", "89,1"],
            ["2", "Dân sự", "37", "142", "141", "38", "78,8"],
            ["3", "Hôn nhân và gia đình", "22", "318", "305", "35", "89,7"],
            ["4", "Kinh doanh, thương mại", "5", "17", "15", "7", "68,2"],
            ["5", "Hành chính", "3", "9", "8", "4", "66,7"],
            ["6", "Lao động", "0", "4", "4", "0", "100"],
            [
                "7",
                "Xem xét áp dụng biện pháp xử lý hành chính tại Tòa án",
                "2",
                "41",
                "43",
                "0",
                "100",
            ],
            ["", "Cộng", "83", "627", "614", "96", "86,5"],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_cv.cite()} về việc báo cáo tổng kết công tác năm 2025, Tòa án nhân "
            "dân khu vực 9 - Nghệ An báo cáo kết quả công tác từ ngày 01/7/2025 (ngày bắt đầu "
            "hoạt động theo "
            f"{r_luat.cite()}) đến ngày 30/11/2025 như sau:",
            gap=4,
        ),
        H("I. TÌNH HÌNH TỔ CHỨC, BỘ MÁY"),
        Para(
            "Tòa án nhân dân khu vực 9 có trụ sở chính tại xã Con Cuông và điểm tiếp nhận "
            "đơn tại xã Tương Dương, xã Kỳ Sơn, giải quyết án trên địa bàn 21 xã miền núi phía "
            f"Tây Nghệ An. Biên chế được giao 34, có mặt 31; theo {r_kh.cite()} về kiện toàn "
            "tổ chức, đơn vị đã bố trí 02 Tòa chuyên trách và Văn phòng."
        ),
        H("II. KẾT QUẢ GIẢI QUYẾT, XÉT XỬ CÁC LOẠI VỤ VIỆC"),
        Para(
            "Tổng số thụ lý 710 vụ, việc; đã giải quyết 614, đạt 86,5%, cụ thể:",
            keep=4,
        ),
        table,
        Para(
            "Không có bản án, quyết định bị hủy do lỗi chủ quan của Thẩm phán; 03 bản án bị "
            "sửa do có tình tiết mới. Tỷ lệ hòa giải thành các vụ việc hôn nhân và gia đình "
            "đạt 71,3%, phần lớn là đồng bào Thái, Khơ Mú, H'Mông ở các bản vùng biên."
        ),
        H("III. KHÓ KHĂN, ĐỀ XUẤT"),
        Para(
            "Địa bàn rộng, giao thông khó khăn, nhiều đương sự không thông thạo tiếng phổ "
            "thông; đề nghị Tòa án nhân dân tỉnh bổ sung 02 Thẩm phán, 01 Thư ký và kinh phí "
            "thuê người phiên dịch tiếng dân tộc năm 2026 khoảng 85 triệu đồng./."
        ),
    ]
    return Doc(
        name="ho24_bc_tandkv9_nghean_giai_quyet_an",
        description=(
            "Báo cáo of a regional people's court set up in July 2025 (TAND TỈNH NGHỆ AN / "
            "TÒA ÁN NHÂN DÂN / KHU VỰC 9 - NGHỆ AN, the issuer on two bold lines, one body), "
            "number BC-TA, place Con Cuông, dated December 2025; Kính gửi with two "
            "addressees; the provincial court's Công văn with a padded date (1186/TANDT-VP, "
            "ngày 19/11/2025, issuer 'Tòa án nhân dân tỉnh Nghệ An'), Luật Tổ chức Tòa án "
            "nhân dân with a long date inside parentheses (34/2024/QH15) and the court's own "
            "Kế hoạch with an unpadded date and no issuer (27/KH-TA, ngày 2/7/2025); headings "
            "I-III; a ruled 7-column table STT / Loại án, vụ việc / Năm trước chuyển sang / "
            "Thụ lý mới / Đã giải quyết / Còn lại / Tỷ lệ giải quyết (%) (keys stt, loai_an, "
            "cu, moi, da_giai_quyet, con_lai, ty_le) with two merged header cells 'Số thụ "
            "lý' and 'Kết quả giải quyết', 7 rows and a Cộng row with an empty STT; signer "
            "Q. CHÁNH ÁN on one line, a Thái name."
        ),
        tests="BC of a TAND khu vực (Nghệ An); table with two merged header cells; Q.",
        origin=TEAM,
        seed=1134,
        scan=Scan(
            rotation_deg=-0.4,
            noise_sigma=4,
            blur=0.6,
            jpeg_quality=74,
            paper=(248, 245, 236),
            illumination=0.05,
        ),
        chu_quan=["TAND TỈNH NGHỆ AN"],
        ban_hanh=["TÒA ÁN NHÂN DÂN", "KHU VỰC 9 - NGHỆ AN"],
        so="112",
        ky_hieu="BC-TA",
        dia_danh="Con Cuông",
        ngay=date(2025, 12, 8),
        title="BÁO CÁO",
        loai_van_ban="Báo cáo",
        subject="Kết quả công tác xét xử, giải quyết các loại vụ việc năm 2025",
        kinh_gui=[
            "Tòa án nhân dân tỉnh Nghệ An",
            "Đảng ủy các xã Con Cuông, Tương Dương, Kỳ Sơn",
        ],
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Viện kiểm sát nhân dân khu vực 9 (p/h)",
                "Chánh án, các Phó Chánh án",
                "Lưu: VT, VP",
            ]
        ),
        signer=["Q. CHÁNH ÁN"],
        nguoi_ky="Lữ Văn Thành",
        seal_text="TÒA ÁN NHÂN DÂN KHU VỰC 9 - NGHỆ AN * ",
        refs=[r_cv, r_luat, r_kh],
    )


def doc_ho24_ttr_cax_easup_bao_ve_tet() -> Doc:
    r_luat = Ref(
        "Luật",
        "30/2023/QH15",
        date(2023, 11, 28),
        ten="Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
    )
    r_nd = Ref(
        "Nghị định",
        "40/2024/NĐ-CP",
        date(2024, 4, 16),
        "Chính phủ",
        long_date=False,
        pad=False,
    )
    r_kh = Ref(
        "Kế hoạch",
        "412/KH-CAT-PV01",
        date(2025, 12, 22),
        "Công an tỉnh",
        long_date=False,
    )
    table = Table(
        header=["STT", "Nội dung", "Lực lượng (người)", "Thời gian", "Kinh phí (triệu đồng)"],
        columns=["stt", "noi_dung", "luc_luong", "thoi_gian", "kinh_phi"],
        widths=[0.07, 0.43, 0.14, 0.20, 0.16],
        align=["c", "l", "c", "c", "c"],
        size=12.0,
        rows=[
            [
                "1",
                "Tuần tra, kiểm soát khu vực biên giới, phối hợp với Đồn Biên phòng Ia Rvê",
                "24",
                "20/01 - 25/02/2026",
                "96,0",
            ],
            [
                "2",
                "Bảo vệ lễ hội cúng bến nước, mừng lúa mới ở các buôn Ê Đê, M'nông",
                "36",
                "14/02 - 22/02/2026",
                "54,5",
            ],
            [
                "3",
                "Trực chốt tại khu vực cửa khẩu Đắk Ruê",
                "12",
                "01/02 - 28/02/2026",
                "42,0",
            ],
            [
                "4",
                "Vận động người dân giao nộp vũ khí, vật liệu nổ, pháo",
                "18",
                "Tháng 01 - 02/2026",
                "15,5",
            ],
            [
                "5",
                "Hỗ trợ tiền ăn cho lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
                "64",
                "14/02 - 22/02/2026",
                "38,4",
            ],
            ["", "Tổng cộng", "", "", "246,4"],
        ],
    )
    body: list[Block] = [
        Para(f"Căn cứ {r_luat.cite()};", gap=4),
        Para(
            f"Căn cứ {r_nd.cite()} quy định chi tiết một số điều của Luật Lực lượng tham gia "
            "bảo vệ an ninh, trật tự ở cơ sở;"
        ),
        Para(
            f"Thực hiện {r_kh.cite()} về bảo đảm an ninh, trật tự trước, trong và sau Tết "
            "Nguyên đán Bính Ngọ năm 2026,"
        ),
        Para(
            "Công an xã Ea Súp kính trình Đảng ủy, Ủy ban nhân dân xã xem xét, phê duyệt "
            "Phương án bảo đảm an ninh, trật tự khu vực biên giới dịp Tết Nguyên đán Bính Ngọ "
            "năm 2026 như sau:"
        ),
        H("1. Tình hình"),
        Para(
            "Xã Ea Súp có 46,2 km đường biên giới giáp tỉnh Mondulkiri (Vương quốc "
            "Campuchia), 29 buôn, thôn với 31% dân số là đồng bào Ê Đê, M'nông, Gia Rai. Dịp "
            "Tết thường phát sinh xuất, nhập cảnh trái phép, vận chuyển pháo nổ, gỗ lậu và "
            "tranh chấp đất rẫy giữa các hộ."
        ),
        H("2. Nội dung, lực lượng và kinh phí đề nghị", keep=3),
        table,
        Para(
            "Kinh phí đề nghị từ nguồn dự phòng ngân sách xã năm 2026 là 246,4 triệu đồng "
            "(Hai trăm bốn mươi sáu triệu, bốn trăm nghìn đồng). Tổ bảo vệ an ninh, trật tự "
            "ở 29 thôn, buôn phối hợp thực hiện; kết thúc đợt cao điểm vào ngày 28/02/2026."
        ),
        Para(
            "Công an xã Ea Súp kính trình Đảng ủy, Ủy ban nhân dân xã xem xét, quyết định./.",
            gap=4,
        ),
    ]
    return Doc(
        name="ho24_ttr_cax_easup_bao_ve_tet",
        description=(
            "Tờ trình of a commune police station on the Cambodian border, marked MẬT in a "
            "box under the number (CÔNG AN TỈNH ĐẮK LẮK / CÔNG AN XÃ EA SÚP), number "
            "TTr-CAX, place Ea Súp, dated January 2026; Kính gửi with two addressees; Căn cứ "
            "lines in regular type: Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở "
            "with a long date (30/2023/QH15), the Government's Nghị định with an unpadded "
            "date (40/2024/NĐ-CP, ngày 16/4/2024, 'Chính phủ'); a Thực hiện line with the "
            "provincial police's Kế hoạch with a padded date (412/KH-CAT-PV01, ngày "
            "22/12/2025, issuer 'Công an tỉnh'); numbered headings; a ruled 5-column table "
            "STT / Nội dung / Lực lượng (người) / Thời gian / Kinh phí (triệu đồng) (keys "
            "stt, noi_dung, luc_luong, thoi_gian, kinh_phi) of 5 rows and a Tổng cộng row "
            "with three empty cells; the sum in words; signer KT. TRƯỞNG CÔNG AN XÃ / PHÓ "
            "TRƯỞNG CÔNG AN XÃ, an Ê Đê name with a rank (Trung tá)."
        ),
        tests="TTr MẬT of a Công an xã (Đắk Lắk border); funding table; KT.; rank",
        origin=TEAM,
        seed=1135,
        scan=Scan(
            rotation_deg=0.3,
            noise_sigma=7,
            blur=1.0,
            jpeg_quality=58,
            paper=(246, 243, 232),
            illumination=0.07,
        ),
        chu_quan=["CÔNG AN TỈNH ĐẮK LẮK"],
        ban_hanh=["CÔNG AN XÃ EA SÚP"],
        so="07",
        ky_hieu="TTr-CAX",
        do_mat="MẬT",
        dia_danh="Ea Súp",
        ngay=date(2026, 1, 12),
        title="TỜ TRÌNH",
        loai_van_ban="Tờ trình",
        subject=(
            "Về việc phê duyệt Phương án bảo đảm an ninh, trật tự khu vực biên giới "
            "dịp Tết Nguyên đán Bính Ngọ năm 2026"
        ),
        kinh_gui=["Đảng ủy xã Ea Súp", "Ủy ban nhân dân xã Ea Súp"],
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Như trên",
                "Công an tỉnh (PV01, PV05) (b/c)",
                "Đồn Biên phòng Ia Rvê",
                "Lưu: CAX",
            ]
        ),
        signer=["KT. TRƯỞNG CÔNG AN XÃ", "PHÓ TRƯỞNG CÔNG AN XÃ"],
        nguoi_ky="Trung tá Y Khem Niê",
        seal_text="CÔNG AN XÃ EA SÚP * CÔNG AN TỈNH ĐẮK LẮK * ",
        refs=[r_luat, r_nd, r_kh],
    )


def doc_ho24_kh_hdph_camthuy_pbgdpl_2026() -> Doc:
    r_luat = Ref(
        "Luật",
        "14/2012/QH13",
        date(2012, 6, 20),
        ten="Luật Phổ biến, giáo dục pháp luật",
    )
    r_ct = Ref(
        "Chỉ thị",
        "32-CT/TW",
        date(2003, 12, 9),
        "Ban Bí thư",
        long_date=False,
    )
    r_kl = Ref(
        "Kết luận",
        "80-KL/TW",
        date(2020, 6, 20),
        "Ban Bí thư",
        long_date=False,
        pad=False,
    )
    r_kh = Ref(
        "Kế hoạch",
        "16/KH-HĐPH",
        date(2026, 1, 15),
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
    )
    vh = "Phòng Văn hóa - Xã hội"
    vp = "Văn phòng HĐND và UBND xã"
    table = Table(
        header=[
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian thực hiện",
        ],
        columns=["stt", "nhiem_vu", "don_vi_chu_tri", "don_vi_phoi_hop", "thoi_gian"],
        widths=[0.07, 0.39, 0.19, 0.19, 0.16],
        align=["c", "l", "l", "l", "c"],
        size=12.0,
        rows=[
            [
                "1",
                "Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật xã sau sắp xếp",
                vp,
                vh,
                "Tháng 02/2026",
            ],
            [
                "2",
                "Rà soát, công nhận 42 báo cáo viên, tuyên truyền viên pháp luật",
                vp,
                "Các thôn, khu phố",
                "Quý I/2026",
            ],
            [
                "3",
                "Phổ biến Luật Đất đai năm 2024 cho người dân các thôn vùng đồng bào Mường",
                "Phòng Kinh tế",
                "Ủy ban MTTQ Việt Nam xã",
                "Tháng 3 - 5/2026",
            ],
            [
                "4",
                "Tuyên truyền phòng, chống ma túy, mua bán người tại các trường học",
                "Công an xã",
                "Các trường THCS, THPT",
                "Tháng 4/2026",
            ],
            [
                "5",
                "Tổ chức Ngày Pháp luật Việt Nam tại xã (09/11)",
                vp,
                "Các thành viên Hội đồng",
                "Tháng 11/2026",
            ],
            [
                "6",
                "Phát sóng chuyên mục “Pháp luật với đời sống” bằng tiếng Việt và tiếng Mường",
                vh,
                "Đài truyền thanh xã",
                "02 số/tháng",
            ],
            [
                "7",
                "Tập huấn kỹ năng hòa giải cho 28 tổ hòa giải ở cơ sở",
                vp,
                "Hội Nông dân, Hội Liên hiệp Phụ nữ xã",
                "Quý II/2026",
            ],
            [
                "8",
                "Tuyên truyền phòng, chống tảo hôn, hôn nhân cận huyết thống",
                vh,
                "Đoàn Thanh niên xã",
                "Thường xuyên",
            ],
            [
                "9",
                "Cập nhật tủ sách pháp luật điện tử trên Cổng thông tin điện tử xã",
                vp,
                vh,
                "Hằng quý",
            ],
            [
                "10",
                "Thi tìm hiểu pháp luật về an toàn giao thông trên địa bàn xã",
                "Đoàn Thanh niên xã",
                "Công an xã",
                "Tháng 8/2026",
            ],
            [
                "11",
                "Sơ kết 6 tháng, tổng kết năm công tác phổ biến, giáo dục pháp luật",
                vp,
                "Các thành viên Hội đồng",
                "Tháng 6 và tháng 12/2026",
            ],
        ],
    )
    body: list[Block] = [
        Para(
            f"Thực hiện {r_luat.cite()}; {r_ct.cite()} về tăng cường sự lãnh đạo của Đảng "
            "trong công tác phổ biến, giáo dục pháp luật, nâng cao ý thức chấp hành pháp luật "
            f"của cán bộ, nhân dân và {r_kl.cite()} về tiếp tục thực hiện Chỉ thị số 32-CT/TW; "
            f"căn cứ {r_kh.cite()}, Hội đồng phối hợp phổ biến, giáo dục pháp luật xã Cẩm "
            "Thủy ban hành Kế hoạch công tác năm 2026 như sau:",
            gap=4,
        ),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        Para(
            "1. Đưa pháp luật đến gần người dân, nhất là đồng bào Mường, Thái ở các thôn vùng "
            "cao sau khi sáp nhập các xã Cẩm Thành, Cẩm Liên, Cẩm Bình vào xã Cẩm Thủy; phấn "
            "đấu 90% hộ gia đình được tiếp cận thông tin pháp luật."
        ),
        Para(
            "2. Hoạt động phổ biến bám sát nhu cầu thực tế, tiết kiệm, gắn với chuyển đổi số "
            "và hòa giải ở cơ sở."
        ),
        H("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
        table,
        H("III. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN"),
        Para(
            "1. Kinh phí thực hiện năm 2026 là 68,5 triệu đồng từ ngân sách xã; các cơ quan, "
            "đơn vị chủ động lồng ghép với chương trình mục tiêu quốc gia phát triển kinh tế "
            "- xã hội vùng đồng bào dân tộc thiểu số và miền núi."
        ),
        Para(
            "2. Văn phòng HĐND và UBND xã là cơ quan thường trực của Hội đồng, theo dõi, đôn "
            "đốc; các đơn vị báo cáo kết quả trước ngày 10/6/2026 và ngày 05/12/2026 để tổng "
            "hợp, báo cáo Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh./."
        ),
    ]
    return Doc(
        name="ho24_kh_hdph_camthuy_pbgdpl_2026",
        description=(
            "Kế hoạch of a commune's Hội đồng phối hợp phổ biến, giáo dục pháp luật in the "
            "Thanh Hóa mountains (UBND XÃ CẨM THỦY / HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, / GIÁO DỤC "
            "PHÁP LUẬT, the issuer on two bold lines, one body), number KH-HĐPH, place Cẩm "
            "Thủy, dated January 2026; one opening sentence with Luật Phổ biến, giáo dục pháp "
            "luật with a long date (14/2012/QH13), Chỉ thị 32-CT/TW with a padded date (ngày "
            "09/12/2003, 'Ban Bí thư'), Kết luận 80-KL/TW with an unpadded date (ngày "
            "20/6/2020, 'Ban Bí thư') and the provincial council's Kế hoạch with a long date "
            "(16/KH-HĐPH); a bare 'Chỉ thị số 32-CT/TW' repeated; headings I-III; a ruled "
            "5-column task table STT / Nội dung công việc / Đơn vị chủ trì / Đơn vị phối hợp "
            "/ Thời gian thực hiện (keys stt, nhiem_vu, don_vi_chu_tri, don_vi_phoi_hop, "
            "thoi_gian) of 11 rows running onto the next page under the repeated header; "
            "signer TM. HỘI ĐỒNG / CHỦ TỊCH, a Mường name."
        ),
        tests="KH of a commune HĐ phối hợp PBGDPL (Thanh Hóa); task table over pages; TM.",
        origin=TEAM,
        seed=1136,
        scan=Scan(
            rotation_deg=-0.9,
            noise_sigma=5,
            blur=0.7,
            jpeg_quality=65,
            paper=(247, 243, 233),
            illumination=0.06,
        ),
        chu_quan=["UBND XÃ CẨM THỦY"],
        ban_hanh=["HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,", "GIÁO DỤC PHÁP LUẬT"],
        so="05",
        ky_hieu="KH-HĐPH",
        dia_danh="Cẩm Thủy",
        ngay=date(2026, 1, 27),
        title="KẾ HOẠCH",
        loai_van_ban="Kế hoạch",
        subject="Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2026",
        body=body,
        body_size=13.5,
        noi_nhan=dash_list(
            [
                "Hội đồng PHPBGDPL tỉnh (b/c)",
                "Sở Tư pháp (b/c)",
                "TT Đảng ủy, TT HĐND xã (b/c)",
                "Các thành viên Hội đồng",
                "Lưu: VT, VP",
            ]
        ),
        signer=["TM. HỘI ĐỒNG", "CHỦ TỊCH"],
        nguoi_ky="Quách Văn Khởi",
        seal_text="ỦY BAN NHÂN DÂN XÃ CẨM THỦY * TỈNH THANH HÓA * ",
        refs=[r_luat, r_ct, r_kl, r_kh],
    )


HELDOUT24_DOCS = [
    doc_ho24_nq_dangu_iagrai_chinh_don_dang,
    doc_ho24_qd_ubkt_muonglat_quy_che_lam_viec,
    doc_ho24_tb_stp_daklak_ly_lich_tu_phap,
    doc_ho24_bc_tandkv9_nghean_giai_quyet_an,
    doc_ho24_ttr_cax_easup_bao_ve_tet,
    doc_ho24_kh_hdph_camthuy_pbgdpl_2026,
]


TEAM_DOCS = [doc_kh, doc_cv, doc_qd, doc_bc, doc_tb, doc_ttr]
SEED_DOCS = [(SEED_000, doc_seed_000), (SEED_001, doc_seed_001)]


def all_docs(seeds: Path) -> list[Doc]:
    docs = [f() for f in TEAM_DOCS]
    for fname, f in SEED_DOCS:
        if (seeds / fname).is_file():
            docs.append(f(seeds))
        else:
            warnings.warn(f"seed text {seeds / fname} not found: sample skipped", stacklevel=2)
    return docs


# --------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------


def readme(results: list[Result], fonts: Fonts) -> str:
    """The samples/README.md text, with the table built from the results."""
    rows = []
    for res in results:
        doc = res.doc
        s = doc.scan
        if doc.origin == TEAM:
            origin = "team (fictional)"
        else:
            origin = f"real text, `{doc.origin.removeprefix('rendered from ')}`"
        scan = (
            f"{s.rotation_deg:+.2f}°, σ={s.noise_sigma:g}, blur {s.blur:g}, "
            f"q{s.jpeg_quality}, seal {'yes' if s.seal and doc.seal_text else 'no'}"
        )
        size_kb = round(res.pdf_bytes / 1024)
        rows.append(
            f"| `{doc.name}.pdf` | {origin} | {doc.loai_van_ban or '—'} | {res.pages} "
            f"| {size_kb} KB | {doc.tests} | {scan} |"
        )
    table = "\n".join(rows)
    total_pages = sum(r.pages for r in results)
    total_kb = round(sum(r.pdf_bytes for r in results) / 1024)
    return f"""# samples/

Synthetic scans of Vietnamese administrative documents, with ground truth, for the
vanban pipeline's end-to-end tests. Every `<name>.pdf` is an image-only PDF (one
2480×3508 JPEG per A4 page at 300 DPI, no text layer) and `<name>.json` next to it holds
the ground truth. Everything here is produced by `make_samples.py`; do not edit the
outputs by hand.

| file | origin | type | pages | size | what it tests | scan (rotation, noise σ, blur, JPEG, seal) |
| --- | --- | --- | --- | --- | --- | --- |
{table}

{len(results)} samples, {total_pages} pages, {total_kb} KB of PDF in all.

**The team-written documents are fictional.** They are written in the formal style of
Nghị định 30/2020/NĐ-CP by the vanban team: the agencies are real kinds of bodies with
real place names, but the numbers, dates, people, figures and decisions are invented,
and so are the provincial and district documents they cite. The national documents
cited (Party resolutions 52-NQ/TW, 57-NQ/TW, 18-NQ/TW; laws 43/2019/QH14, 77/2015/QH13,
31/2024/QH15; decisions 06/QĐ-TTg, 131/QĐ-TTg, 749/QĐ-TTg; circular 46/2018/TT-BYT) are
real and cited with their real numbers and dates. The `seed…` samples are **real texts**
(`shared/seeds/000_c17c416d85f170ed.txt`, a hospital's report, and
`shared/seeds/001_6e092b8983d22b4d.txt`, a news article) rendered and "scanned" by the
generator; their seal and signature are synthetic. The seed texts are read from
`../shared/seeds` at generation time and are not copied into the generator. They are
rendered as they are: markdown `**`/`*` become bold/italic (unbalanced markers are
dropped), empty lines are dropped, and the quirks of the originals are kept (seed 000
ends its last paragraph with a stray "Thị Minh Hồng" and has "Văn phòng Sở Y tế ;";
seed 001 has "COVD-19" and "thể hiện dõ"). Seed 000's cited documents in
`van_ban_lien_quan` are annotated by hand in the generator and checked against the text.

## Known OCR behaviour (Tesseract 5, `vie`, default page segmentation)

- The two header columns come out merged line by line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI
  CHỦ NGHĨA VIỆT NAM"), however wide the gap: the columns are centred blocks of 2-4 lines
  with no aligned tab stops. The pipeline has to split header lines by x position (word
  boxes) or OCR the two header halves separately.
- Table cells come out row by row, with the wrapped lines of neighbouring cells interleaved.
- The red seal prints dark in grey scale and hides the signer title lines it covers; drop
  red ink (e.g. keep the red channel) before OCR.

## How the pages are made

Layout after NĐ 30/2020 Phụ lục I at 300 DPI: margins 20/20/30/15 mm (top, bottom, left,
right), {fonts.name} 13-14 pt body; two-column header (parent body regular, issuing body
bold, a short rule, `Số: …`, for a Công văn the `V/v …` lines; Quốc hiệu, Tiêu ngữ with a
rule, italic place and date), bold title and subject, justified body with first-line
indents, ruled tables, `Nơi nhận:` at the bottom left and the signer block at the right with
a blue ink signature. Pages after the first carry the page number at the top centre.

"Scanning" per page, with the parameters stored under `scan` in the JSON: red round seal
(two rings, upper-case ring text, star; multiply-blended with uneven ink) over the left part
of the signature, paper tone `paper_rgb`, uneven illumination (gradient + vignette of
strength `illumination`), rotation `rotation_deg` (positive = counter-clockwise), Gaussian
luminance noise `noise_sigma` (0-255 scale), Gaussian blur radius `blur`, and JPEG
encoding at `jpeg_quality` (the only lossy step: the JPEG is what the PDF stores).

## Ground truth (`<name>.json`)

- `pages[i]`: the text printed on page i+1, one printed line per line, in reading order:
  header left block, then right block (Quốc hiệu, Tiêu ngữ, place/date), title, subject,
  Kính gửi, body lines as wrapped; a table row by row with one line per cell (a cell's
  wrapped lines joined by a space); then `Nơi nhận` (left) and the signer block (right).
  The page number is the first line of pages 2+. Rules, seal and signature are not text.
  The truth is taken from the same line lists that are drawn.
- `fields`: `so_ky_hieu` is `so/ky_hieu` as printed; `trich_yeu` is the subject (for a
  Công văn the text after `V/v `); `co_quan_*` as printed, upper case, lines joined by a
  space; `noi_nhan`/`kinh_gui` without the leading `- ` and the final `;`/`.`;
  `tham_quyen_ky` is the KT./TM./TL./TUQ./Q. prefix of the first signer line and
  `chuc_vu_nguoi_ky` the last signer line, as printed (upper case); `do_khan` as printed;
  `van_ban_lien_quan` lists the documents cited in the body (`ngay` ISO or null).
- `tables`: page (1-based) where the table starts, header, column keys and one dict per
  row; a table that runs onto the next page has `last_page`, and its header row is drawn
  again at the top of the continuation (those repeated header lines are in `pages`).
- `scan`: the scan parameters above and the font used.

## Regenerate

```
python samples/make_samples.py                      # all samples + this README
python samples/make_samples.py --only NAME          # one sample (README untouched)
python samples/make_samples.py --out /tmp/samples   # write elsewhere
```

Needs Pillow and numpy, and Noto Serif (falls back to DejaVu Serif) and Noto Sans/DejaVu
Sans for the seal. Seeds are fixed and the PDFs carry no timestamp: two runs on the same
machine give byte-identical files (other font or library versions give other pixels).
"""


# --------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------


#: The held-out sets by their command-line flag: documents, default output folder, and the
#: ordinal of their help text.
HELDOUT_SETS = {
    "heldout": (HELDOUT_DOCS, HELDOUT_DIR, ""),
    "heldout2": (HELDOUT2_DOCS, HELDOUT2_DIR, "second "),
    "heldout3": (HELDOUT3_DOCS, HELDOUT3_DIR, "third "),
    "heldout4": (HELDOUT4_DOCS, HELDOUT4_DIR, "fourth "),
    "heldout5": (HELDOUT5_DOCS, HELDOUT5_DIR, "fifth "),
    "heldout6": (HELDOUT6_DOCS, HELDOUT6_DIR, "sixth "),
    "heldout7": (HELDOUT7_DOCS, HELDOUT7_DIR, "seventh "),
    "heldout8": (HELDOUT8_DOCS, HELDOUT8_DIR, "eighth "),
    "heldout9": (HELDOUT9_DOCS, HELDOUT9_DIR, "ninth "),
    "heldout10": (HELDOUT10_DOCS, HELDOUT10_DIR, "tenth "),
    "heldout11": (HELDOUT11_DOCS, HELDOUT11_DIR, "eleventh "),
    "heldout12": (HELDOUT12_DOCS, HELDOUT12_DIR, "twelfth "),
    "heldout13": (HELDOUT13_DOCS, HELDOUT13_DIR, "thirteenth "),
    "heldout14": (HELDOUT14_DOCS, HELDOUT14_DIR, "fourteenth "),
    "heldout15": (HELDOUT15_DOCS, HELDOUT15_DIR, "fifteenth "),
    "heldout16": (HELDOUT16_DOCS, HELDOUT16_DIR, "sixteenth "),
    "heldout17": (HELDOUT17_DOCS, HELDOUT17_DIR, "seventeenth "),
    "heldout18": (HELDOUT18_DOCS, HELDOUT18_DIR, "eighteenth "),
    "heldout19": (HELDOUT19_DOCS, HELDOUT19_DIR, "nineteenth "),
    "heldout20": (HELDOUT20_DOCS, HELDOUT20_DIR, "twentieth "),
    "heldout21": (HELDOUT21_DOCS, HELDOUT21_DIR, "twenty-first "),
    "heldout24": (HELDOUT24_DOCS, HELDOUT24_DIR, "twenty-fourth "),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: build the samples and, for a full run, the README."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    ap.add_argument(
        "--only", action="append", metavar="NAME", help="build only this sample (repeatable)"
    )
    ap.add_argument(
        "--seeds",
        type=Path,
        default=DEFAULT_SEEDS,
        help="folder of the seed texts (default: ../shared/seeds)",
    )
    which = ap.add_mutually_exclusive_group()
    for flag, (_, folder, ordinal) in HELDOUT_SETS.items():
        which.add_argument(
            f"--{flag}",
            action="store_true",
            help=f"build the {ordinal}held-out set instead "
            f"(default output: benchmarks/{folder.name}/)",
        )
    args = ap.parse_args(argv)

    fonts = Fonts()
    chosen = next((flag for flag in HELDOUT_SETS if getattr(args, flag)), None)
    heldout = chosen is not None
    if chosen is None:
        docs = all_docs(args.seeds)
    else:
        set_docs, folder, _ = HELDOUT_SETS[chosen]
        docs = [f() for f in set_docs]
        if args.out == DEFAULT_OUT:
            args.out = folder
    if args.only:
        known = {d.name for d in docs}
        unknown = [n for n in args.only if n not in known]
        if unknown:
            ap.error(f"unknown sample(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        docs = [d for d in docs if d.name in args.only]
    args.out.mkdir(parents=True, exist_ok=True)
    results = []
    for doc in docs:
        res = build(doc, fonts, args.out)
        results.append(res)
        jpeg_kb = ", ".join(str(round(b / 1024)) for b in res.page_jpeg_bytes)
        print(
            f"{doc.name}: {res.pages} page(s), {round(res.pdf_bytes / 1024)} KB "
            f"(pages {jpeg_kb} KB)"
        )
    if not args.only and not heldout:
        (args.out / "README.md").write_text(readme(results, fonts), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
