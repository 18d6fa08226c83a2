"""Searchable PDFs: the original scan, untouched, with the repaired text laid invisibly under it.

Each page of the output is the source page itself (a PDF page is copied with its content
and images as they are; an image file is wrapped losslessly by img2pdf, a JPEG without
re-encoding). On pages that were OCR'd, an invisible text layer (render mode 3) is added:
every token of the repaired text is placed on the box of the OCR words it came from
(``Page.token_words``, kept by the repair stage), mapped back from the OCR image through
the preprocessing transform to the page. The font is a subset of a TrueType font that
covers Vietnamese, embedded as a CID font with a ToUnicode map, so copy and paste give the
repaired Vietnamese. Pages whose own text layer was used pass through untouched.

Metadata (Info and XMP) come from the extracted fields. The file is marked PDF/A-2b when
nothing in it stands in the way (:func:`pdfa_blockers`); otherwise it is a plain PDF 1.7
and the reason is returned.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pikepdf
from pikepdf import Array, Dictionary, Name

from .rasterise import inherited, page_frame

#: Fonts tried for the text layer, in order; ``VANBAN_PDF_FONT`` names another one.
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
)
#: Letters a font must have to be used: the Vietnamese ones outside Latin-1.
VIETNAMESE_TEST = "ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
#: What the embedded subset keeps: ASCII, Latin-1, the Vietnamese letters of Latin
#: Extended-A/B and Latin Extended Additional, combining tone marks, and common punctuation
#: and symbols (a character outside it is carried as "?").
SUBSET_CHARS = frozenset(
    [chr(c) for c in range(0x20, 0x7F)]
    + [chr(c) for c in range(0xA0, 0x100)]
    + list("ĂăĐđĨĩŨũƠơƯưŒœŠšŸŽžƒ")
    + [chr(c) for c in range(0x300, 0x304)]
    + ["\u0309", "\u0323"]
    + [chr(c) for c in range(0x1EA0, 0x1EFA)]
    + list("‐‑‒–—―‘’‚“”„†‡•…‰‹›€₫№™←↑→↓−■□●○")
)
#: Least gap between two words of the layer, in font sizes (below it viewers join them).
WORD_GAP = 0.2
#: The document id (sha256 of the source) in XMP ``xmpMM:DocumentID``.
DOCUMENT_ID_PREFIX = "urn:sha256:"
#: Words within this sine (about 10°) of level are laid level (see :func:`_show`).
SNAP = 0.17
#: Least horizontal scaling (%) of a word; a longer word gets a smaller font instead.
MIN_STRETCH = 50.0
#: Resource name of the layer font on each page.
FONT_KEY = "VbOcr"


class SearchablePdfError(Exception):
    """The searchable PDF could not be written (one line, naming the reason)."""


# -- the font --------------------------------------------------------------------------


@dataclass(frozen=True)
class LayerFont:
    """The subset font of the text layer: its program and metrics (1000 units per em)."""

    name: str
    program: bytes
    gids: dict[str, int]  # character → glyph id
    widths: tuple[int, ...]  # per glyph id
    ascent: int
    descent: int
    cap_height: int
    bbox: tuple[int, int, int, int]
    fallback: int  # glyph drawn for a character the font lacks (never .notdef)

    def encode(self, text: str) -> tuple[bytes, list[int]]:
        """Two-byte glyph ids of ``text`` (Identity-H) and the glyph ids used."""
        gids = [self.gids.get(c, self.fallback) for c in text]
        return b"".join(g.to_bytes(2, "big") for g in gids), gids

    def width(self, gids: Iterable[int]) -> float:
        """Advance width of the glyphs, in text space units of a 1-point font."""
        return sum(self.widths[g] for g in gids) / 1000.0


def find_font() -> Path:
    """A TrueType font that covers Vietnamese: ``VANBAN_PDF_FONT``, the system's DejaVu or
    Noto, or matplotlib's DejaVu Sans."""
    candidates = [os.environ.get("VANBAN_PDF_FONT", ""), *FONT_CANDIDATES]
    spec = importlib.util.find_spec("matplotlib")
    if spec and spec.origin:
        candidates.append(str(Path(spec.origin).parent / "mpl-data/fonts/ttf/DejaVuSans.ttf"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise SearchablePdfError(
        "no font covering Vietnamese for the text layer: apt-get install fonts-dejavu-core "
        "or set VANBAN_PDF_FONT to a .ttf file"
    )


@lru_cache(maxsize=2)
def layer_font(path: str | None = None) -> LayerFont:
    """The text layer's font: a subset of ``path`` (default :func:`find_font`) to
    :data:`SUBSET_CHARS`, made once and kept in the user's cache folder."""
    from fontTools.ttLib import TTFont

    source = Path(path) if path else find_font()
    data = source.read_bytes()
    key = hashlib.sha256(data + "".join(sorted(SUBSET_CHARS)).encode()).hexdigest()[:16]
    cache = _cache_dir() / f"layer-font-{key}.ttf"
    try:
        program = cache.read_bytes()
    except OSError:
        program = _subset(data, source.name)
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(program)
            os.replace(tmp, cache)
        except OSError:
            pass  # a read-only home: subset again next time
    font = TTFont(io.BytesIO(program))
    order = font.getGlyphOrder()
    index = {name: i for i, name in enumerate(order)}
    scale = 1000.0 / font["head"].unitsPerEm
    gids = {chr(cp): index[name] for cp, name in font.getBestCmap().items()}
    hmtx = font["hmtx"]
    widths = tuple(round(hmtx[name][0] * scale) for name in order)
    head, hhea, os2 = font["head"], font["hhea"], font["OS/2"]
    tag = "".join(chr(65 + b % 26) for b in hashlib.sha256(program).digest()[:6])
    base = re.sub(r"[^A-Za-z0-9-]", "", source.stem) or "Font"
    return LayerFont(
        name=f"{tag}+{base}",
        program=program,
        gids=gids,
        widths=widths,
        ascent=round(hhea.ascent * scale),
        descent=round(hhea.descent * scale),
        cap_height=round(getattr(os2, "sCapHeight", 0) * scale or hhea.ascent * scale * 0.7),
        bbox=(
            round(head.xMin * scale),
            round(head.yMin * scale),
            round(head.xMax * scale),
            round(head.yMax * scale),
        ),
        fallback=gids.get("?", gids.get(" ", 1)),
    )


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "vanban"


def _subset(data: bytes, name: str) -> bytes:
    """The font program cut down to :data:`SUBSET_CHARS`, without hinting."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(data))
    cmap = font.getBestCmap()
    missing = [c for c in VIETNAMESE_TEST if ord(c) not in cmap]
    if missing:
        raise SearchablePdfError(f"{name} lacks Vietnamese letters: {''.join(missing)}")
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    options.notdef_outline = True
    options.glyph_names = False
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in SUBSET_CHARS if ord(c) in cmap))
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _font_object(pdf: pikepdf.Pdf, font: LayerFont) -> pikepdf.Object:
    """The Type0 font (Identity-H, CIDFontType2, ToUnicode) as objects of ``pdf``."""
    program = pdf.make_stream(font.program)
    program.Length1 = len(font.program)
    descriptor = pdf.make_indirect(
        Dictionary(
            Type=Name.FontDescriptor,
            FontName=Name("/" + font.name),
            Flags=32,
            FontBBox=Array(list(font.bbox)),
            ItalicAngle=0,
            Ascent=font.ascent,
            Descent=font.descent,
            CapHeight=font.cap_height,
            StemV=80,
            FontFile2=program,
        )
    )
    cid_font = pdf.make_indirect(
        Dictionary(
            Type=Name.Font,
            Subtype=Name.CIDFontType2,
            BaseFont=Name("/" + font.name),
            CIDSystemInfo=Dictionary(Registry="Adobe", Ordering="Identity", Supplement=0),
            FontDescriptor=descriptor,
            W=Array([0, Array(list(font.widths))]),
            CIDToGIDMap=Name.Identity,
        )
    )
    return pdf.make_indirect(
        Dictionary(
            Type=Name.Font,
            Subtype=Name.Type0,
            BaseFont=Name("/" + font.name),
            Encoding=Name("/Identity-H"),
            DescendantFonts=Array([cid_font]),
            ToUnicode=pdf.make_stream(_to_unicode(font)),
        )
    )


def _to_unicode(font: LayerFont) -> bytes:
    """A ToUnicode CMap from glyph ids to the characters they stand for."""
    by_gid: dict[int, str] = {}
    for char, gid in sorted(font.gids.items(), key=lambda cg: ord(cg[0])):
        by_gid.setdefault(gid, char)
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    items = sorted(by_gid.items())
    for start in range(0, len(items), 100):
        chunk = items[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{gid:04X}> <{_utf16(char)}>" for gid, char in chunk]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


# -- where the words go ------------------------------------------------------------------


Box = tuple[float, float, float, float]  # left, top, right, bottom in the OCR image


@dataclass
class Run:
    """Tokens on one printed line: their boxes share a baseline and a font size."""

    tokens: list[tuple[str, Box]] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(b[1] for _, b in self.tokens)

    @property
    def bottom(self) -> float:
        return max(b[3] for _, b in self.tokens)


def token_boxes(layout: dict[str, Any], text: str) -> list[tuple[str, Box]]:
    """Each token of ``text`` with its box in the OCR image, from the OCR words it links to.

    A word that repair split gives each of its tokens a slice of its box in proportion to
    their lengths; tokens joined by repair span all their words.
    """
    words = layout["words"]
    links = layout["token_words"]
    tokens = text.split()
    if len(links) != len(tokens):
        raise SearchablePdfError(
            f"text and word links disagree ({len(tokens)} tokens, {len(links)} links)"
        )
    sharing: dict[int, list[int]] = {}
    for t, linked in enumerate(links):
        if len(linked) == 1:
            sharing.setdefault(linked[0], []).append(t)
    out = []
    for t, (token, linked) in enumerate(zip(tokens, links, strict=True)):
        if not linked:
            continue
        boxes = [words[w][1:] for w in linked]
        left = min(b[0] for b in boxes)
        top = min(b[1] for b in boxes)
        right = max(b[0] + b[2] for b in boxes)
        bottom = max(b[1] + b[3] for b in boxes)
        group = sharing.get(linked[0], []) if len(linked) == 1 else []
        if len(group) > 1:  # one word, several tokens: a slice each
            total = sum(len(tokens[g]) for g in group)
            before = sum(len(tokens[g]) for g in group if g < t)
            width = right - left
            left, right = (
                left + width * before / total,
                left + width * (before + len(token)) / total,
            )
        out.append((token, (float(left), float(top), float(right), float(bottom))))
    return out


def runs(tokens: Sequence[tuple[str, Box]]) -> list[Run]:
    """Tokens grouped into printed lines: a token starts a new line when its box does not
    overlap the current line's vertically or lies to the left of its last token."""
    out: list[Run] = []
    for token, box in tokens:
        run = out[-1] if out else None
        if run is not None:
            last = run.tokens[-1][1]
            overlap = min(box[3], run.bottom) - max(box[1], run.top)
            if overlap > 0 and box[0] >= last[0]:
                run.tokens.append((token, box))
                continue
        out.append(Run([(token, box)]))
    return out


def page_matrix(page: pikepdf.Page, image_size: Sequence[int]) -> np.ndarray:
    """3×3 transform from pixels of the page rendered upright (as poppler renders it) to
    PDF user space (points, y up), for the page's crop box and /Rotate."""
    (x0, y0, x1, y1), rotate = page_frame(page.obj)
    width, height = x1 - x0, y1 - y0
    shown_w, shown_h = (height, width) if rotate in (90, 270) else (width, height)
    sx, sy = shown_w / image_size[0], shown_h / image_size[1]
    scale = np.diag([sx, sy, 1.0])  # pixels → points on the page as shown, y down
    if rotate == 90:
        place = np.array([[0, 1, x0], [1, 0, y0], [0, 0, 1]], float)
    elif rotate == 180:
        place = np.array([[-1, 0, x1], [0, 1, y0], [0, 0, 1]], float)
    elif rotate == 270:
        place = np.array([[0, -1, x1], [-1, 0, y1], [0, 0, 1]], float)
    else:
        place = np.array([[1, 0, x0], [0, -1, y1], [0, 0, 1]], float)
    return place @ scale


def _apply(matrix: np.ndarray, x: float, y: float) -> np.ndarray:
    p = matrix @ np.array([x, y, 1.0])
    return p[:2] / p[2]


def text_layer(layout: dict[str, Any], text: str, to_page: np.ndarray, font: LayerFont) -> bytes:
    """The content stream of the invisible text layer of one page."""
    to_ocr = np.array(layout.get("to_ocr") or np.eye(3).ravel(), float).reshape(3, 3)
    matrix = to_page @ np.linalg.inv(to_ocr)  # OCR image → user space
    span = font.ascent - font.descent
    space = font.gids.get(" ", font.fallback)
    ops = ["BT", "3 Tr"]
    for run in runs(token_boxes(layout, text)):
        height = max(run.bottom - run.top, 1.0)
        size = height * 1000.0 / span  # font size in OCR pixels
        baseline = run.bottom + font.descent * size / 1000.0
        gap = WORD_GAP * size  # viewers find word breaks by the gap between glyphs
        for i, (token, box) in enumerate(run.tokens):
            left, right = box[0], box[2]
            nxt = run.tokens[i + 1][1][0] if i + 1 < len(run.tokens) else None
            if nxt is not None and nxt - right < gap:
                right = max(left + (right - left) / 2, nxt - gap)
            ops += _show(matrix, font, token, left, right, baseline, size)
            if nxt is not None:  # a space up to the next word, so that copies keep it
                ops += _show(matrix, font, " ", right, max(nxt, right + 1), baseline, size, [space])
    ops.append("ET")
    return ("\n".join(ops) + "\n").encode("latin-1")


def _show(
    matrix: np.ndarray,
    font: LayerFont,
    token: str,
    left: float,
    right: float,
    baseline: float,
    size: float,
    gids: list[int] | None = None,
) -> list[str]:
    """Operators that show ``token`` from ``left`` to ``right`` on ``baseline`` (OCR px)."""
    data, used = (
        font.encode(token) if gids is None else (b"".join(g.to_bytes(2, "big") for g in gids), gids)
    )
    start, end = _apply(matrix, left, baseline), _apply(matrix, right, baseline)
    up = _apply(matrix, left, baseline - size)
    along = end - start
    length = float(np.hypot(*along))
    if length <= 0:
        return []
    ex, ey = along / length
    # the font size is the height of the em square, across the baseline
    points = abs(ex * (up - start)[1] - ey * (up - start)[0])
    if (abs(ex) > abs(ey) and abs(ey) < SNAP) or (abs(ey) > abs(ex) and abs(ex) < SNAP):
        # a skewed scan: the word is laid level about its centre; viewers split a word
        # whose glyphs' baselines drift by more than a point
        centre = (start + end) / 2
        ex, ey = (float(np.sign(ex)), 0.0) if abs(ex) > abs(ey) else (0.0, float(np.sign(ey)))
        length = abs(ex * along[0] + ey * along[1])
        start = centre - np.array([ex, ey]) * length / 2
    natural = font.width(used) * points
    if points <= 0 or natural <= 0:
        return []
    stretch = 100.0 * length / natural
    if stretch < MIN_STRETCH:  # squeezed glyphs overlap, and viewers drop overlapping ones
        points *= stretch / MIN_STRETCH
        stretch = MIN_STRETCH
    return [
        f"/{FONT_KEY} {points:.3f} Tf {stretch:.3f} Tz",
        f"{ex:.5f} {ey:.5f} {-ey:.5f} {ex:.5f} {start[0]:.3f} {start[1]:.3f} Tm",
        f"<{data.hex().upper()}> Tj",
    ]


# -- the document ------------------------------------------------------------------------


@dataclass(frozen=True)
class PdfResult:
    """What was written: where, how many pages got a text layer, and the PDF/A status."""

    path: Path
    pages: int
    layered: int
    pdfa: bool
    notes: tuple[str, ...] = ()


def source_pdf(path: Path, kind: str) -> pikepdf.Pdf:
    """The source as a PDF: a PDF opened as it is, an image file wrapped by img2pdf
    (JPEG embedded as it is, other formats losslessly, one page per frame)."""
    if kind == "pdf":
        try:
            return pikepdf.open(path)
        except pikepdf.PasswordError:
            raise SearchablePdfError("encrypted PDF: cannot open without a password") from None
        except pikepdf.PdfError as exc:
            raise SearchablePdfError(f"unreadable PDF: {exc}") from None
    if kind != "image":
        raise SearchablePdfError(f"no page images in a {kind} source")
    import img2pdf

    try:
        data = img2pdf.convert(str(path), rotation=img2pdf.Rotation.none)
    except (img2pdf.AlphaChannelError, img2pdf.ImageOpenError, ValueError, OSError):
        data = img2pdf.convert(_without_alpha(path), rotation=img2pdf.Rotation.none)
    return pikepdf.open(io.BytesIO(data))


def _without_alpha(path: Path) -> list[bytes]:
    """Frames of an image img2pdf refuses (alpha channel, odd modes) as lossless PNGs."""
    from PIL import Image, ImageSequence

    out = []
    with Image.open(path) as image:
        for frame in ImageSequence.Iterator(image):
            buffer = io.BytesIO()
            frame.convert("RGB").save(buffer, format="PNG", dpi=image.info.get("dpi", (300, 300)))
            out.append(buffer.getvalue())
    return out


def write_searchable_pdf(
    record: dict[str, Any],
    out: Path,
    source: Path | None = None,
    pdfa: bool = True,
) -> PdfResult:
    """Write the searchable PDF of one document record (``Document.to_dict`` or the stored
    record) to ``out``, atomically. ``source`` overrides the record's source path.

    Raises :class:`SearchablePdfError` with a one-line reason when it cannot be written.
    """
    src = source or Path(record["source"]["path"])
    if not src.is_file():
        raise SearchablePdfError(f"source file not found: {src}")
    if _sha256(src) != record["source"]["sha256"]:
        raise SearchablePdfError(f"source file changed since it was digitised: {src}")
    pdf = source_pdf(src, record["source"]["kind"])
    with pdf:
        pages = {p["number"]: p for p in record.get("pages", [])}
        notes: list[str] = []
        font_ref = None
        layered = 0
        for number, page in enumerate(pdf.pages, start=1):
            info = pages.get(number)
            layout = info.get("layout") if info else None
            if not layout or not info.get("text", "").strip():
                continue
            if font_ref is None:
                font_ref = _font_object(pdf, layer_font())
            try:
                _add_layer(pdf, page, layout, info["text"], font_ref)
                layered += 1
            except SearchablePdfError as exc:
                notes.append(f"page {number}: no text layer: {exc}")
        _set_metadata(pdf, record)
        blockers = pdfa_blockers(pdf) if pdfa else ["PDF/A not asked for"]
        if not blockers:
            _mark_pdfa(pdf)
        else:
            notes.append("not PDF/A-2b: " + "; ".join(blockers))
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".vanban-", suffix=".pdf", dir=out.parent)
        os.close(fd)
        os.chmod(tmp, 0o666 & ~_umask())
        try:
            pdf.save(
                tmp,
                min_version="1.7",
                deterministic_id=True,
                object_stream_mode=pikepdf.ObjectStreamMode.disable
                if not blockers
                else pikepdf.ObjectStreamMode.preserve,
            )
            os.replace(tmp, out)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return PdfResult(out, len(pdf.pages), layered, not blockers, tuple(notes))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _add_layer(
    pdf: pikepdf.Pdf, page: pikepdf.Page, layout: dict[str, Any], text: str, font: Any
) -> None:
    size = layout.get("image_size") or layout.get("ocr_size")
    if not size:
        raise SearchablePdfError("page image size unknown")
    _push_inherited(page.obj)
    stream = text_layer(layout, text, page_matrix(page, size), layer_font())
    _strip_invisible_text(pdf, page)
    resources = page.obj.Resources
    fonts = Dictionary({k: v for k, v in resources.get("/Font", Dictionary()).items()})
    fonts[Name("/" + FONT_KEY)] = font
    resources.Font = fonts
    page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
    page.contents_add(pdf.make_stream(b"\nQ\n" + stream))


def _push_inherited(page: pikepdf.Object) -> None:
    """Copy attributes the page inherits from its tree onto the page itself, so adding to
    its resources does not hide the inherited ones."""
    for key in ("/Resources", "/MediaBox", "/CropBox", "/Rotate"):
        if key not in page:
            value = inherited(page, key)
            if value is not None:
                page[key] = value
    if "/Resources" not in page:
        page.Resources = Dictionary()
    elif not page.Resources.is_indirect:
        return
    else:  # a resource dictionary shared with other pages: give this page its own copy
        page.Resources = Dictionary({k: v for k, v in page.Resources.items()})


def _strip_invisible_text(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """Drop text objects drawn invisibly (render mode 3): an earlier OCR layer, which our
    layer replaces. Visible text is kept."""
    try:
        ops = pikepdf.parse_content_stream(page)
    except pikepdf.PdfError:
        return
    if not any(str(op.operator) == "Tr" for op in ops):
        return
    kept: list[Any] = []
    block: list[Any] = []
    inside = invisible = False
    dropped = False
    for operands, operator in ops:
        name = str(operator)
        if name == "BT":
            inside, invisible, block = True, False, [(operands, operator)]
            continue
        if inside:
            block.append((operands, operator))
            if name == "Tr":
                invisible = int(operands[0]) == 3
            if name == "ET":
                inside = False
                if invisible:
                    dropped = True
                else:
                    kept.extend(block)
            continue
        kept.append((operands, operator))
    if dropped:
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(kept))


# -- metadata and PDF/A --------------------------------------------------------------------


def document_metadata(record: dict[str, Any]) -> dict[str, Any]:
    """Title, subject, author, keywords and date of a document from its extracted fields."""
    fields = record.get("fields", {})
    loai, so_ky_hieu = fields.get("loai_van_ban"), fields.get("so_ky_hieu")
    ngay, trich_yeu = fields.get("ngay_ban_hanh"), fields.get("trich_yeu")
    issuer = fields.get("co_quan_ban_hanh")
    head = " ".join(x for x in (loai, f"số {so_ky_hieu}" if so_ky_hieu else None) if x)
    if ngay:
        y, m, d = ngay.split("-")
        head += f" ngày {int(d)}/{int(m)}/{y}"
    title = (
        ": ".join(x for x in (head.strip(), trich_yeu) if x) or Path(record["source"]["path"]).stem
    )
    keywords = [x for x in (so_ky_hieu, ngay, loai, issuer) if x]
    return {
        "title": title,
        "subject": trich_yeu or "",
        "author": issuer or "",
        "keywords": keywords,
        "date": ngay,
    }


def _set_metadata(pdf: pikepdf.Pdf, record: dict[str, Any]) -> None:
    meta = document_metadata(record)
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp["dc:title"] = meta["title"]
        if meta["subject"]:
            xmp["dc:description"] = meta["subject"]
        if meta["author"]:
            xmp["dc:creator"] = [meta["author"]]
        if meta["keywords"]:
            xmp["pdf:Keywords"] = "; ".join(meta["keywords"])
            xmp["dc:subject"] = set(meta["keywords"])
        xmp["xmp:CreatorTool"] = "vanban"
        xmp["xmpMM:DocumentID"] = DOCUMENT_ID_PREFIX + record["id"]
        xmp["pdf:Producer"] = f"vanban with pikepdf {pikepdf.__version__}"
        xmp["xmp:ModifyDate"] = now
        xmp["xmp:MetadataDate"] = now
        if "xmp:CreateDate" not in xmp:
            xmp["xmp:CreateDate"] = now
    info = pdf.docinfo
    info[Name.Title] = meta["title"]
    if meta["subject"]:
        info[Name.Subject] = meta["subject"]
    if meta["author"]:
        info[Name.Author] = meta["author"]
    if meta["keywords"]:
        info[Name.Keywords] = "; ".join(meta["keywords"])


def pdfa_blockers(pdf: pikepdf.Pdf) -> list[str]:
    """What in ``pdf`` would break PDF/A-2b and is not ours to change (empty: nothing)."""
    out: list[str] = []
    root = pdf.Root
    if "/Names" in root and ("/JavaScript" in root.Names or "/EmbeddedFiles" in root.Names):
        out.append("JavaScript or embedded files")
    if "/OpenAction" in root or "/AA" in root:
        out.append("document actions")
    for number, page in enumerate(pdf.pages, start=1):
        if "/AA" in page.obj:
            out.append(f"page {number}: actions")
        for annot in page.obj.get("/Annots", []):
            if annot.get("/Subtype") in (Name.Movie, Name.Sound, Name.FileAttachment, Name("/3D")):
                out.append(f"page {number}: {annot.Subtype} annotation")
            flags = int(annot.get("/F", 0))
            if annot.get("/Subtype") != Name.Popup and (not flags & 4 or flags & 0b100011):
                out.append(f"page {number}: annotation not set to print, or hidden")
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Stream) and not isinstance(obj, Dictionary):
            continue
        filters = obj.get("/Filter") if isinstance(obj, pikepdf.Stream) else None
        names = [filters] if isinstance(filters, Name) else list(filters or [])
        if Name.LZWDecode in names:
            out.append("LZW-compressed stream")
        subtype = obj.get("/Subtype")
        if subtype == Name.Image:
            space = obj.get("/ColorSpace")
            if space in (Name.DeviceCMYK,) or (
                isinstance(space, Array) and len(space) and space[0] == Name.DeviceN
            ):
                out.append("CMYK image with an sRGB output intent")
            if obj.get("/Interpolate") is True:
                obj.Interpolate = False
        if obj.get("/Type") == Name.FontDescriptor and not any(
            k in obj for k in ("/FontFile", "/FontFile2", "/FontFile3")
        ):
            out.append(f"font {obj.get('/FontName')} not embedded")
        if (
            obj.get("/Type") == Name.Font
            and obj.get("/Subtype") in (Name.Type1, Name.TrueType, Name.MMType1)
            and "/FontDescriptor" not in obj
        ):
            out.append(f"font {obj.get('/BaseFont')} not embedded")
        if obj.get("/S") == Name.JavaScript:
            out.append("JavaScript action")
    return sorted(set(out))


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """An sRGB ICC profile, made by littlecms through Pillow."""
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _mark_pdfa(pdf: pikepdf.Pdf) -> None:
    """Claim PDF/A-2b: an sRGB output intent and the pdfaid entries in XMP."""
    icc = pdf.make_stream(srgb_profile())
    icc.N = 3
    pdf.Root.OutputIntents = Array(
        [
            Dictionary(
                Type=Name.OutputIntent,
                S=Name.GTS_PDFA1,
                OutputConditionIdentifier="sRGB IEC61966-2.1",
                Info="sRGB IEC61966-2.1",
                DestOutputProfile=icc,
            )
        ]
    )
    with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp["pdfaid:part"] = "2"
        xmp["pdfaid:conformance"] = "B"


def pdf_path(record: dict[str, Any], folder: Path) -> Path:
    """Where a document's PDF goes in ``folder``: ``<source name>.pdf``, or with the start
    of its id added when another document's PDF already has that name."""
    stem = Path(record["source"]["path"]).stem
    target = folder / f"{stem}.pdf"
    if target.exists() and document_id_of(target) not in (None, record["id"]):
        target = folder / f"{stem}-{record['id'][:12]}.pdf"
    return target


def document_id_of(path: Path) -> str | None:
    """The vanban document id a PDF written here carries in its XMP, or None."""
    try:
        with pikepdf.open(path) as pdf:
            value = str(pdf.open_metadata().get("xmpMM:DocumentID", ""))
    except (pikepdf.PdfError, OSError, ValueError):
        return None
    return value.removeprefix(DOCUMENT_ID_PREFIX) if value.startswith(DOCUMENT_ID_PREFIX) else None
