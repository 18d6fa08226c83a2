"""Page images from the source, one page at a time: PDF pages through pdf2image (poppler),
frames of TIFF/PNG/JPEG files through Pillow."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
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
    """Render one PDF page (1-based) to an RGB array at ``dpi``.

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
