"""Page images from the source, one page at a time: PDF pages through pdf2image (poppler),
frames of TIFF/PNG/JPEG files through Pillow.

A scanned PDF page is usually nothing but one image drawn over the whole page. Such a page
is not rendered: its image is decoded as it is stored and resampled the way poppler would
(the same pixels within two levels, at a tenth of pdftoppm's cost).
Every other page, and any page whose image cannot be taken as it is, goes to poppler."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pikepdf
from pdf2image import pdfinfo_from_path
from pdf2image.exceptions import PDFInfoNotInstalledError, PDFPageCountError, PDFSyntaxError
from PIL import Image, UnidentifiedImageError

from .ingest import InputError

DEFAULT_DPI = 300
#: Largest page image the pipeline will hold (A0 at 300 DPI is about 140 megapixels).
MAX_PAGE_PIXELS = 150_000_000
#: Smaller images than this (in either direction) cannot hold readable text.
MIN_SIDE_PIXELS = 16


def pdf_page_count(path: Path, timeout: float = 60) -> int:
    """Number of pages of a PDF; raises :class:`InputError` for broken or encrypted files."""
    try:
        info = pdfinfo_from_path(str(path), timeout=timeout)
    except PDFInfoNotInstalledError:
        raise InputError(
            "poppler (pdfinfo) is not installed: apt-get install poppler-utils"
        ) from None
    except (PDFPageCountError, PDFSyntaxError) as exc:
        raise InputError(_poppler_message(str(exc))) from None
    pages = int(info.get("Pages", 0) or 0)
    if info.get("Encrypted", "no").startswith("yes") and pages == 0:
        raise InputError("encrypted PDF: cannot open without a password")
    if pages == 0:
        raise InputError("PDF has no pages")
    return pages


def _poppler_message(text: str) -> str:
    lowered = text.lower()
    if "password" in lowered or "encrypt" in lowered:
        return "encrypted PDF: cannot open without a password"
    if "invalid page count 0" in lowered or "last page (0)" in lowered:
        return "PDF has no pages"
    if (
        "may not be a pdf" in lowered
        or "couldn't find trailer" in lowered
        or "syntax error" in lowered
        or "unable to get page count" in lowered
    ):
        return "corrupt PDF: poppler cannot read it"
    last = [line for line in text.strip().splitlines() if line.strip()]
    return "corrupt PDF: " + (last[-1].strip() if last else "poppler cannot read it")


def rasterise_pdf_page(
    path: Path, number: int, dpi: int = DEFAULT_DPI, timeout: float = 120
) -> np.ndarray:
    """One PDF page (1-based) as an RGB array at ``dpi``: the page's single full-page image
    when it is a plain scan (:func:`scanned_page_image`), else the page rendered by poppler
    (:func:`render_pdf_page`)."""
    image = scanned_page_image(path, number, dpi)
    return image if image is not None else render_pdf_page(path, number, dpi, timeout)


def render_pdf_page(
    path: Path, number: int, dpi: int = DEFAULT_DPI, timeout: float = 120
) -> np.ndarray:
    """Render one PDF page (1-based) with poppler to an RGB array at ``dpi``.

    ``pdftoppm`` (poppler, as pdf2image runs it) writes the page to its standard output as a
    binary PPM, read straight into the array: no temporary file, no image decoder, and no
    second ``pdfinfo`` run (the page size check below has read the page already).
    """
    _check_page_size(path, number, dpi)
    command = ["pdftoppm", "-r", str(dpi), "-f", str(number), "-l", str(number), str(path)]
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
    except FileNotFoundError:
        raise InputError(
            "poppler (pdftoppm) is not installed: apt-get install poppler-utils"
        ) from None
    except subprocess.TimeoutExpired:
        raise InputError(f"poppler took more than {timeout:g} s to render the page") from None
    image = read_ppm(done.stdout)
    if image is None:
        message = done.stderr.decode("utf-8", "replace")
        raise InputError(
            _poppler_message(message) if message.strip() else "poppler rendered no image"
        )
    return image


#: Content stream operators of a page that only draws images (state, transform, XObject).
_IMAGE_ONLY_OPERATORS = frozenset({"q", "Q", "cm", "Do"})
#: Colour spaces whose samples are the RGB or grey poppler would show.
_PLAIN_COLOUR_SPACES = frozenset({"/DeviceRGB", "/DeviceGray"})


def scanned_page_image(path: Path, number: int, dpi: int = DEFAULT_DPI) -> np.ndarray | None:
    """The page's image as poppler would show it at ``dpi``, taken from the stored image
    when the page is a plain scan; None when it is not, and poppler must render it.

    A plain scan is a page whose content only draws one 8-bit RGB or grey image, upright and
    covering the page's crop box exactly, without masks or decode arrays. The image is
    decoded as stored and resampled as poppler resamples it; when its resolution differs from
    ``dpi`` by more than 1%, to the size poppler would render (area averaging down, bicubic
    up). A /Rotate
    on the page is applied as poppler applies it. Anything unexpected gives None: this is a
    shortcut, and poppler stays the judge of damaged files.
    """
    try:
        with pikepdf.open(path) as pdf:
            if not 1 <= number <= len(pdf.pages):
                return None
            return _plain_scan(pdf.pages[number - 1], dpi)
    except Exception:  # any surprise sends the page to poppler
        return None


def inherited(page: pikepdf.Object, key: str) -> Any:
    """A page attribute as the page has it, or as it inherits it from the page tree
    (/Resources, /MediaBox, /CropBox, /Rotate); None when nothing sets it."""
    node = page
    for _ in range(64):
        if key in node:
            return node[key]
        if "/Parent" not in node:
            return None
        node = node.Parent
    return None


def page_frame(page: pikepdf.Object) -> tuple[tuple[float, float, float, float], int]:
    """What a viewer shows of a page: its crop box (else media box) as (x0, y0, x1, y1) in
    points with x0 < x1 and y0 < y1, and its /Rotate in degrees (0, 90, 180 or 270)."""
    box = [float(v) for v in (inherited(page, "/CropBox") or inherited(page, "/MediaBox"))]
    x0, x1 = sorted((box[0], box[2]))
    y0, y1 = sorted((box[1], box[3]))
    return (x0, y0, x1, y1), int(inherited(page, "/Rotate") or 0) % 360


def _plain_scan(page: pikepdf.Page, dpi: int) -> np.ndarray | None:
    matrix: list[float] | None = None
    name: str | None = None
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op not in _IMAGE_ONLY_OPERATORS:
            return None
        if op == "cm":
            if matrix is not None or name is not None:
                return None  # one transform, then the image: nothing more elaborate
            matrix = [float(v) for v in operands]
        elif op == "Do":
            if name is not None:
                return None
            name = str(operands[0])
    if matrix is None or name is None:
        return None
    xobject = (inherited(page.obj, "/Resources") or {}).get("/XObject", {}).get(name)
    if (
        xobject is None
        or xobject.get("/Subtype") != "/Image"
        or xobject.get("/BitsPerComponent") != 8
        or any(key in xobject for key in ("/SMask", "/Mask", "/Decode", "/ImageMask"))
        or str(xobject.get("/ColorSpace")) not in _PLAIN_COLOUR_SPACES
        or int(xobject.get("/Width", 0)) * int(xobject.get("/Height", 0)) > MAX_PAGE_PIXELS
    ):
        return None
    (x0, y0, x1, y1), rotate = page_frame(page.obj)
    a, b, c, d, e, f = matrix
    tolerance = 0.5  # points
    if b or c or a <= 0 or d <= 0:
        return None
    if any(abs(u - v) > tolerance for u, v in ((e, x0), (f, y0), (e + a, x1), (f + d, y1))):
        return None
    pil = pikepdf.PdfImage(xobject).as_pil_image()
    if pil.mode not in ("RGB", "L"):
        return None
    image = np.asarray(pil.convert("RGB"))
    width_pt, height_pt = x1 - x0, y1 - y0
    wanted = (round(width_pt / 72 * dpi), round(height_pt / 72 * dpi))
    height, width = image.shape[:2]
    if abs(width / wanted[0] - 1) > 0.01 or abs(height / wanted[1] - 1) > 0.01:
        shrink = width * height > wanted[0] * wanted[1]
        image = cv2.resize(
            image, wanted, interpolation=cv2.INTER_AREA if shrink else cv2.INTER_CUBIC
        )
    else:
        # poppler shows a scan at its own resolution over one pixel more each way, sampled
        # bilinearly: the same here gives poppler's pixels (within 2 levels), which the
        # later stages were tuned on, and smooths JPEG noise as poppler does.
        grown = cv2.resize(image, (width + 1, height + 1), interpolation=cv2.INTER_LINEAR)
        image = np.ascontiguousarray(grown[:height, :width])
    if rotate:
        image = np.ascontiguousarray(np.rot90(image, k=-(rotate // 90)))
    return image


def read_ppm(data: bytes) -> np.ndarray | None:
    """The RGB array of a binary PPM (P6, 8 bits, as pdftoppm writes it), or None when
    ``data`` holds no whole image. The array shares ``data``'s memory (read-only)."""
    fields: list[bytes] = []
    at = 0
    while len(fields) < 4:
        while at < len(data) and data[at : at + 1].isspace():
            at += 1
        if data[at : at + 1] == b"#":  # a comment runs to the end of its line
            at = data.find(b"\n", at)
            if at < 0:
                return None
            continue
        end = at
        while end < len(data) and not data[end : end + 1].isspace():
            end += 1
        if end == at:
            return None
        fields.append(data[at:end])
        at = end
    kind, width, height, depth = fields
    if kind != b"P6" or depth != b"255" or not (width.isdigit() and height.isdigit()):
        return None
    w, h = int(width), int(height)
    start = at + 1  # one whitespace byte after the header
    if w == 0 or h == 0 or len(data) < start + w * h * 3:
        return None
    return np.frombuffer(data, np.uint8, count=w * h * 3, offset=start).reshape(h, w, 3)


def _check_page_size(path: Path, number: int, dpi: int) -> None:
    """Refuse to render a page whose image would be gigantic (a bad or hostile PDF)."""
    try:
        info = pdfinfo_from_path(str(path), first_page=number, last_page=number, timeout=60)
    except (PDFPageCountError, PDFSyntaxError) as exc:
        raise InputError(_poppler_message(str(exc))) from None
    size = next((v for k, v in info.items() if k.startswith("Page") and k.endswith("size")), "")
    parts = size.split()
    if len(parts) >= 3 and parts[1] == "x":
        width_pt, height_pt = float(parts[0]), float(parts[2])
        pixels = width_pt / 72 * dpi * height_pt / 72 * dpi
        if pixels > MAX_PAGE_PIXELS:
            raise InputError(
                f"page too large to rasterise: {width_pt * 25.4 / 72:.0f}×"
                f"{height_pt * 25.4 / 72:.0f} mm is {pixels / 1e6:.0f} megapixels at {dpi} DPI "
                f"(limit {MAX_PAGE_PIXELS / 1e6:.0f})"
            )


def _check_image_size(image: Image.Image) -> None:
    width, height = image.size
    if width * height > MAX_PAGE_PIXELS:
        raise InputError(
            f"image too large: {width}×{height} pixels (limit {MAX_PAGE_PIXELS / 1e6:.0f} "
            "megapixels)"
        )
    if min(width, height) < MIN_SIDE_PIXELS:
        raise InputError(f"image too small to hold text: {width}×{height} pixels")


def image_frame_count(path: Path) -> int:
    """Number of frames (pages) in an image file; raises :class:`InputError` if unreadable."""
    try:
        with Image.open(path) as image:
            _check_image_size(image)
            return getattr(image, "n_frames", 1)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError) as exc:
        raise InputError(_image_message(exc)) from None


def image_frame(path: Path, number: int) -> np.ndarray:
    """Frame ``number`` (1-based) of an image file as an RGB array."""
    try:
        with Image.open(path) as image:
            image.seek(number - 1)
            _check_image_size(image)
            return np.asarray(image.convert("RGB"))
    except EOFError:
        raise InputError(f"image has no frame {number}") from None
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError) as exc:
        raise InputError(_image_message(exc)) from None


def _image_message(exc: Exception) -> str:
    if isinstance(exc, Image.DecompressionBombError):
        return f"image too large (possible decompression bomb): {exc}"
    if isinstance(exc, UnidentifiedImageError):
        return "unreadable image: not a format Pillow can decode"
    return f"unreadable image: {exc}"
