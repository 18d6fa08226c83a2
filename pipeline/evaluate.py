"""Error rates of recognised text against ground truth (CER, WER), and where a searchable
PDF's words lie, for tests and benchmarks."""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Any

import numpy as np
from rapidfuzz.distance import Levenshtein

from .syllables import is_syllable

_WORD = re.compile(r"[^\W\d_]+")
_BBOX_WORD = re.compile(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<')


def normalise_for_eval(text: str) -> str:
    """NFC, and every run of whitespace (line breaks, page breaks) made one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def cer(hypothesis: str, reference: str) -> float:
    """Character error rate: edit distance over the reference length, after normalising."""
    hyp, ref = normalise_for_eval(hypothesis), normalise_for_eval(reference)
    if not ref:
        return 0.0 if not hyp else 1.0
    return Levenshtein.distance(hyp, ref) / len(ref)


def wer(hypothesis: str, reference: str) -> float:
    """Word error rate: word-level edit distance over the number of reference words."""
    hyp, ref = normalise_for_eval(hypothesis).split(), normalise_for_eval(reference).split()
    if not ref:
        return 0.0 if not hyp else 1.0
    return Levenshtein.distance(hyp, ref) / len(ref)


def syllable_counts(truth: str, output: str) -> tuple[int, int]:
    """(correct, total) over the truth's words that are Vietnamese syllables, compared word
    for word within each line (repair keeps lines and words in place)."""
    good = total = 0
    for t_line, o_line in zip(truth.split("\n"), output.split("\n"), strict=True):
        t_words, o_words = _WORD.findall(t_line), _WORD.findall(o_line)
        for k, word in enumerate(t_words):
            if is_syllable(word.lower()):
                total += 1
                good += k < len(o_words) and o_words[k] == word
    return good, total


def words_on_ocr_boxes(record: dict[str, Any], bbox_html: str, dpi: int) -> tuple[int, int]:
    """(words on an OCR box of the same text, words) of a searchable PDF's text layer.

    ``bbox_html`` is ``pdftotext -bbox`` of the PDF (points, top-left origin). Each
    repaired token's OCR words (``layout.token_words``) are mapped back to the page by the
    inverse of the preprocessing transform (``layout.to_ocr``) and the rasterising
    ``dpi``, independently of the PDF writer; a word of the layer counts when it overlaps
    such a box with the same text. Pages without a layout are left out.
    """
    pages = re.split(r"<page ", bbox_html)[1:]
    hits = total = 0
    for page, xml in zip(record["pages"], pages, strict=True):
        layout = page.get("layout")
        if not layout:
            continue
        back = np.linalg.inv(np.array(layout["to_ocr"]).reshape(3, 3))
        scale = 72 / dpi
        boxes: dict[str, list[tuple[float, float, float, float]]] = {}
        for token, links in zip(page["text"].split(), layout["token_words"], strict=True):
            corners = []
            for w in links:
                _, left, top, width, height = layout["words"][w]
                for x, y in ((left, top), (left + width, top + height)):
                    p = back @ (x, y, 1)
                    corners.append((p[0] / p[2] * scale, p[1] / p[2] * scale))
            xs, ys = [c[0] for c in corners], [c[1] for c in corners]
            for part in re.findall(r"\w+", token):
                boxes.setdefault(part, []).append((min(xs), min(ys), max(xs), max(ys)))
        for m in _BBOX_WORD.finditer(xml):
            x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
            for part in re.findall(r"\w+", html.unescape(m.group(5))):
                total += 1
                hits += any(
                    min(x1, b[2]) > max(x0, b[0]) and min(y1, b[3]) > max(y0, b[1])
                    for b in boxes.get(part, [])
                )
    return hits, total
