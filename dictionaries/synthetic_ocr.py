"""Synthetic OCR: render Vietnamese text as page images (Noto Serif or DejaVu Serif) and read
them back with Tesseract through the pipeline's OCR engine, line for line with the truth.

Used to measure the OCR confusion table (``build_confusions.py``) and by the repair
benchmark. Results are cached under ``out/ocr-cache`` (outside git) by a hash of the input.
"""

from __future__ import annotations

import hashlib
import io
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


def _lines_image(lines: list[str], size: int, spacing: float) -> Image.Image:
    """An A4-like white page (about 300 DPI), longer if need be, with the lines in black."""
    font = _font(size)
    step = int(size * spacing)
    image = Image.new("L", (2480, max(3508, 200 + step * len(lines))), 255)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        draw.text((180, 160 + n * step), line, font=font, fill=0)
    return image


def render_page(lines: list[str], size: int = 40) -> np.ndarray:
    """One A4-like grayscale page (about 300 DPI) with the given lines, slightly blurred."""
    return np.asarray(_lines_image(lines, size, 1.6).filter(ImageFilter.GaussianBlur(0.8)))


#: Body text of a scanned letter: 14 pt at 300 DPI.
SCAN_SIZE = 58
SCAN_LINES_PER_PAGE = 34


def scanned_page(lines: list[str], seed: int) -> np.ndarray:
    """Like :func:`render_page` at body-text size (14 pt), then "scanned" as the samples
    are: a small skew, Gaussian noise, blur and JPEG compression (drawn from ``seed``)."""
    image = _lines_image(lines, SCAN_SIZE, 1.5)
    rng = np.random.default_rng(seed)
    image = image.rotate(
        float(rng.uniform(-1.2, 1.2)), resample=Image.Resampling.BICUBIC, fillcolor=240
    )
    noise = rng.normal(0.0, rng.uniform(4.0, 7.0), size=image.size[::-1])
    paper = np.asarray(image, dtype=np.float32) * 0.95 + noise
    image = Image.fromarray(np.clip(paper + 0.5, 0, 255).astype(np.uint8))
    image = image.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.7, 1.0))))
    jpeg = io.BytesIO()
    image.save(jpeg, "JPEG", quality=int(rng.integers(56, 70)))
    return np.asarray(Image.open(jpeg).convert("L"))


def ocr_lines(lines: list[str], lang: str, scanned: bool = False) -> str:
    """Render ``lines`` (as :func:`scanned_page` when ``scanned``) and read them back with
    Tesseract ``lang``; cached by content."""
    kind = f"{lang}.scan" if scanned else lang
    key = hashlib.sha1(("\n".join(lines) + "\0" + kind).encode()).hexdigest()[:20]
    cached = CACHE / f"{key}.{kind}.txt"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    engine = TesseractEngine(lang=lang, psm=6)
    pages = []
    per_page = SCAN_LINES_PER_PAGE if scanned else LINES_PER_PAGE
    for start in range(0, len(lines), per_page):
        chunk = lines[start : start + per_page]
        image = scanned_page(chunk, start) if scanned else render_page(chunk)
        result = engine.recognise(image, start // per_page + 1)
        pages.append(page_text(result.words, result.width))
    text = "\n".join(pages)
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(text, encoding="utf-8")
    return text
