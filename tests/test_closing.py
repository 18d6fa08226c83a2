"""The closing's second OCR pass as a cascade: the signer block read again at another seal
threshold, and "Nơi nhận" read on its own, only where the first reading is doubtful."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from pipeline.closing import read_signer_block, recipients_doubtful, signer_doubtful
from pipeline.ocr import ocr_page
from pipeline.records import OcrResult, OcrWord, Page

from .helpers import CountingEngine, ocr_line

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SIGNER = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Quang Vinh"]


def closing(left: list[str], conf: float = 95.0) -> OcrResult:
    """OCR words of a closing: "Nơi nhận" and ``left`` on the left half of a 2400 px page,
    the signer block on the right, every word read with confidence ``conf``."""
    words: list[OcrWord] = []
    for i, text in enumerate(["Nơi nhận:", *left]):
        words += ocr_line(text, 150, 1000 + 60 * i, 1, i + 1)
    for i, text in enumerate(SIGNER):
        words += ocr_line(text, 1500, 1000 + 60 * i, 2, i + 1)
    return OcrResult(
        "tesseract:vie", 2400, 1600, tuple(dataclasses.replace(w, conf=conf) for w in words)
    )


def test_recipients_are_read_again_only_when_the_page_reading_is_doubtful() -> None:
    items = ["- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, VP."]
    assert not recipients_doubtful(closing(items), 980)
    assert recipients_doubtful(closing(items[:2]), 980)  # "Lưu: …" dropped or garbled
    assert recipients_doubtful(closing(items, conf=70.0), 980)  # OCR unsure of the words
    assert recipients_doubtful(closing([]), 980)


def test_the_signer_block_is_read_again_only_when_the_first_reading_is_doubtful() -> None:
    assert not signer_doubtful((85.0, SIGNER))
    assert signer_doubtful((75.0, SIGNER))  # OCR unsure
    assert signer_doubtful((90.0, SIGNER[:2]))  # no name
    assert signer_doubtful((90.0, ["Trần Quang Vinh"]))  # no title
    assert signer_doubtful((-1.0, []))  # nothing read


def closing_page(left: list[str]) -> np.ndarray:
    font = ImageFont.truetype(FONT, 40)
    image = Image.new("L", (2400, 1200), 255)
    draw = ImageDraw.Draw(image)
    draw.text((150, 200), "Nơi nhận:", font=font, fill=0)
    for i, text in enumerate(left):
        draw.text((150, 280 + 70 * i), text, font=font, fill=0)
    for i, text in enumerate(SIGNER):
        draw.text((1500, 200 + 70 * i + (200 if i == 2 else 0)), text, font=font, fill=0)
    return np.asarray(image)


def test_a_clean_closing_costs_one_image_and_a_doubtful_one_is_read_again() -> None:
    items = ["- Như trên;", "- Ủy ban nhân dân tỉnh;", "- Lưu: Văn thư."]
    engine = CountingEngine()
    page = ocr_page(Page(number=1, image=closing_page(items)), engine)
    engine.runs.clear()
    page = read_signer_block(page, engine)
    assert engine.runs == [1]  # the right half at the first threshold, nothing else
    assert page.signer_lines[-1] == "Trần Quang Vinh" and page.recipient_lines == ()

    engine = CountingEngine()
    page = ocr_page(Page(number=1, image=closing_page(items[:2])), engine)
    engine.runs.clear()
    read_signer_block(page, engine)
    assert engine.runs == [2]  # no "Lưu: …": the left half read again in the same run
