"""Builders shared by the tests: synthetic OCR words laid out like Tesseract's output."""

from __future__ import annotations

from pipeline.records import OcrWord


def ocr_line(
    text: str, left: int, top: int, block: int, line: int, *, height: int = 40, gap: int = 20
) -> list[OcrWord]:
    """The words of ``text`` as one OCR line starting at (left, top): 30 px per character,
    ``gap`` px between words, all in ``block`` and on ``line``."""
    words, x = [], left
    for i, token in enumerate(text.split()):
        words.append(OcrWord(token, 95.0, x, top, 30 * len(token), height, block, 1, line, i + 1))
        x += 30 * len(token) + gap
    return words
