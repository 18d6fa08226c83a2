"""Synthetic OCR: render Vietnamese text as page images (Noto Serif or DejaVu Serif) and read
them back with Tesseract through the pipeline's OCR engine, line for line with the truth.

Used to measure the OCR confusion table (``build_confusions.py``) and by the repair
benchmark. Results are cached under ``out/ocr-cache`` (outside git) by a hash of the input.
"""

from __future__ import annotations

import hashlib
import textwrap
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from pipeline.layout import page_text
from pipeline.ocr import TesseractEngine

FONTS = (
    "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
)
CACHE = Path(__file__).resolve().parent.parent / "out" / "ocr-cache"
LINES_PER_PAGE = 40


def wrap_lines(text: str, width: int = 68) -> list[str]:
    """The text as short printed lines (blank lines dropped), the unit OCR output is compared by."""
    out: list[str] = []
    for paragraph in text.splitlines():
        if paragraph.strip():
            out.extend(textwrap.wrap(paragraph.strip(), width=width))
    return out


def _font(size: int) -> ImageFont.FreeTypeFont:
    for path in FONTS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    raise FileNotFoundError("no Vietnamese serif font: apt-get install fonts-noto-core")


def render_page(lines: list[str], size: int = 40) -> np.ndarray:
    """One A4-like grayscale page (about 300 DPI) with the given lines, slightly blurred."""
    font = _font(size)
    step = int(size * 1.6)
    image = Image.new("L", (2480, max(3508, 200 + step * len(lines))), 255)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        draw.text((180, 160 + n * step), line, font=font, fill=0)
    image = image.filter(ImageFilter.GaussianBlur(0.8))
    return np.asarray(image)


def ocr_lines(lines: list[str], lang: str) -> str:
    """Render ``lines`` and read them back with Tesseract ``lang``; cached by content."""
    key = hashlib.sha1(("\n".join(lines) + "\0" + lang).encode()).hexdigest()[:20]
    cached = CACHE / f"{key}.{lang}.txt"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    engine = TesseractEngine(lang=lang, psm=6)
    pages = []
    for start in range(0, len(lines), LINES_PER_PAGE):
        image = render_page(lines[start : start + LINES_PER_PAGE])
        result = engine.recognise(image, start // LINES_PER_PAGE + 1)
        pages.append(page_text(result.words, result.width))
    text = "\n".join(pages)
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(text, encoding="utf-8")
    return text
