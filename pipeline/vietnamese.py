"""Vietnamese text helpers shared by the stages: folding away diacritics, letter case tests."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in "đĐ":
        return "d" if char == "đ" else "D"
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() or len(char) != 1 else char


def fold(text: str) -> str:
    """Remove Vietnamese diacritics and turn đ/Đ into d/D, one character for one character.

    The result has the same length as the NFC input, so a match found in the folded
    text has the same span in the original.
    """
    return "".join(_fold_char(c) for c in text)


def is_upper_text(text: str, threshold: float = 0.8) -> bool:
    """True when most letters of ``text`` are capitals (agency names, titles)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) >= threshold
