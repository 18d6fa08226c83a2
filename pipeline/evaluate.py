"""Error rates of recognised text against ground truth (CER, WER), for tests and benchmarks."""

from __future__ import annotations

import unicodedata

from rapidfuzz.distance import Levenshtein


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
