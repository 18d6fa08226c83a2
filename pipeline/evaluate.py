"""Error rates of recognised text against ground truth (CER, WER), for tests and benchmarks."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import Levenshtein

from .syllables import is_syllable

_WORD = re.compile(r"[^\W\d_]+")


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
