"""Builders shared by the tests: synthetic OCR words laid out like Tesseract's output, and
Tesseract that counts its runs."""

from __future__ import annotations

import dataclasses

import numpy as np

from pipeline.ocr import TesseractEngine
from pipeline.records import OcrResult, OcrWord


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


@dataclasses.dataclass(frozen=True)
class CountingEngine(TesseractEngine):
    """Real Tesseract that notes how many images each of its runs reads (``runs``; the
    engines made from it with another psm share the list)."""

    runs: list[int] = dataclasses.field(default_factory=list)

    def recognise(self, image: np.ndarray, page_number: int) -> OcrResult:
        self.runs.append(1)
        return super().recognise(image, page_number)

    def recognise_batch(self, images: list[np.ndarray], page_number: int) -> list[OcrResult]:
        if len(images) > 1:  # one image is read by ``recognise``, which counts it
            self.runs.append(len(images))
        return super().recognise_batch(images, page_number)
