"""Text repair. This first version normalises: Unicode NFC, the Icelandic Ð mistaken for
Vietnamese Đ, and one consistent tone-mark placement ("hòa"/"hoà" → one style).

Line structure is always kept: the output has exactly the lines of the input.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from typing import Literal

from .records import Page, Repair

ToneStyle = Literal["traditional", "modern"]

#: Combining marks that are Vietnamese tones (the others — circumflex, breve, horn —
#: belong to the letter).
TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng
VOWELS = "aăâeêioôơuưy"
MARKED_VOWELS = "ăâêôơư"
ONSETS = sorted(
    [
        "b",
        "c",
        "ch",
        "d",
        "đ",
        "g",
        "gh",
        "gi",
        "h",
        "k",
        "kh",
        "l",
        "m",
        "n",
        "ng",
        "ngh",
        "nh",
        "p",
        "ph",
        "qu",
        "r",
        "s",
        "t",
        "th",
        "tr",
        "v",
        "x",
    ],
    key=len,
    reverse=True,
)
CODAS = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}
LOOKALIKES = {"\u00d0": "\u0110", "\u00f0": "\u0111"}  # Ð ð (eth) → Đ đ

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def split_tone(char: str) -> tuple[str, str]:
    """Split one letter into (letter without tone, tone mark or '')."""
    decomposed = unicodedata.normalize("NFD", char)
    tones = [c for c in decomposed if c in TONE_MARKS]
    base = "".join(c for c in decomposed if c not in TONE_MARKS)
    return unicodedata.normalize("NFC", base), (tones[0] if tones else "")


def _tone_index(vowels: str, has_coda: bool, style: ToneStyle) -> int:
    """Index, within the vowel cluster, of the vowel that carries the tone."""
    marked = [i for i, v in enumerate(vowels) if v in MARKED_VOWELS]
    if marked:
        return marked[-1]  # ươ → ơ, uyê → ê, uô → ô
    if len(vowels) == 1:
        return 0
    if has_coda:
        return len(vowels) - 1  # hoàng, toán, quỳnh
    if len(vowels) == 3:
        return 1  # ngoài, khuỷu, xoáy
    if style == "modern" and vowels in ("oa", "oe", "uy"):
        return 1  # hoà, khoẻ, thuý
    return 0  # hòa, mùa, kìa, tài


def place_tone(syllable: str, style: ToneStyle = "traditional") -> str:
    """Return the syllable with its tone mark on the vowel ``style`` prescribes.

    Anything that does not parse as one Vietnamese syllable (foreign words, acronyms,
    two tone marks) is returned unchanged.
    """
    letters = [split_tone(c) for c in unicodedata.normalize("NFC", syllable)]
    tones = [t for _, t in letters if t]
    if len(tones) != 1:
        return syllable
    plain = "".join(b for b, _ in letters)
    lower = plain.lower()
    if len(lower) != len(plain):
        return syllable
    onset = next((o for o in ONSETS if lower.startswith(o)), "")
    if onset in ("gi", "qu") and (len(lower) == 2 or lower[2] not in VOWELS):
        onset = onset[0]  # "gì", "gìn": the i is the vowel
    rest = lower[len(onset) :]
    nucleus_len = 0
    while nucleus_len < len(rest) and rest[nucleus_len] in VOWELS:
        nucleus_len += 1
    nucleus, coda = rest[:nucleus_len], rest[nucleus_len:]
    if not nucleus or coda not in CODAS or nucleus_len > 3:
        return syllable
    target = len(onset) + _tone_index(nucleus, bool(coda), style)
    out = []
    for i, (base, _) in enumerate(letters):
        if i == target:
            base = unicodedata.normalize("NFC", base + tones[0])
        out.append(base)
    return "".join(out)


def normalise_line(
    line: str, line_number: int = 0, style: ToneStyle = "traditional"
) -> tuple[str, list[Repair]]:
    """NFC, look-alike letters and tone placement for one line; returns the line and its repairs."""
    text = unicodedata.normalize("NFC", line)
    repairs = [
        Repair(
            line=line_number,
            column=i,
            before=c,
            after=LOOKALIKES[c],
            confidence=1.0,
            kind="lookalike",
        )
        for i, c in enumerate(text)
        if c in LOOKALIKES
    ]
    text = "".join(LOOKALIKES.get(c, c) for c in text)
    pieces: list[str] = []
    last = 0
    for match in _WORD.finditer(text):
        word = match.group()
        fixed = place_tone(word, style)
        pieces.append(text[last : match.start()])
        pieces.append(fixed)
        last = match.end()
        if fixed != word:
            repairs.append(
                Repair(
                    line=line_number,
                    column=match.start(),
                    before=word,
                    after=fixed,
                    confidence=1.0,
                    kind="tone_placement",
                )
            )
    pieces.append(text[last:])
    return "".join(pieces), repairs


def repair_text(text: str, style: ToneStyle = "traditional") -> tuple[str, list[Repair]]:
    """Repair a whole text line by line; the output has exactly as many lines as the input."""
    out_lines: list[str] = []
    repairs: list[Repair] = []
    for number, line in enumerate(text.split("\n")):
        fixed, changes = normalise_line(line, number, style)
        out_lines.append(fixed)
        repairs.extend(changes)
    return "\n".join(out_lines), repairs


def repair_page(page: Page, style: ToneStyle = "traditional") -> Page:
    """Fill ``text`` and ``repairs`` of a page from its ``text_raw``."""
    text, repairs = repair_text(page.text_raw, style)
    return dataclasses.replace(page, text=text, repairs=tuple(repairs))
