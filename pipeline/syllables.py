"""Vietnamese syllables: marks stripped and compared, phonotactic check, and the tokeniser
that decides which words of a line are repaired and which pass through untouched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

#: Onsets, longest first, and the finals a Vietnamese syllable may end with.
ONSETS = (
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
)  # fmt: skip
CODAS = ("", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u")
BASE_VOWELS = "aăâeêioôơuưy"
#: Glyphs that OCR without Vietnamese support reads for letters (S6 = Số, 1ap = lập, t€ = tế).
GLYPH_MAP = str.maketrans(
    {"0": "o", "6": "o", "1": "l", "4": "a", "&": "e", "€": "e", "¢": "e", "¥": "y", "§": "o"}
)
GLYPHS = frozenset("0614&€¢¥§")

_STRIP = str.maketrans(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
    "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd",
)
_VIET_LETTERS = frozenset(
    "abcdeghiklmnopqrstuvxyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
)
_ASCII = frozenset("abcdefghijklmnopqrstuvwxyz")


def strip_marks(word: str) -> str:
    """Lower-case ``word`` and remove every Vietnamese mark (tones, hats, horn, breve, đ → d)."""
    return unicodedata.normalize("NFC", word).lower().translate(_STRIP)


def has_marks(word: str) -> bool:
    """True when the word carries any Vietnamese mark (or đ)."""
    lower = word.lower()
    return lower.translate(_STRIP) != lower


#: Vowel clusters (marks stripped): those that end in a glide take no final consonant.
_NUCLEI = frozenset(
    [
        "a",
        "e",
        "i",
        "o",
        "u",
        "y",
        "ia",
        "ie",
        "oa",
        "oe",
        "oo",
        "ua",
        "ue",
        "uo",
        "uy",
        "ya",
        "ye",
        "uye",
        "uya",
    ]
)
_GLIDE_NUCLEI = frozenset(
    [
        "ai",
        "ao",
        "au",
        "ay",
        "eo",
        "eu",
        "iu",
        "oi",
        "ui",
        "uu",
        "ieu",
        "yeu",
        "oai",
        "oao",
        "oay",
        "oeo",
        "uay",
        "uoi",
        "uou",
        "uyu",
    ]
)
_TONES = "\u0301\u0300\u0309\u0303\u0323"


def _shape_ok(plain: str, vowels: str) -> bool:
    onset = next((o for o in ONSETS if plain.startswith(o)), "")
    if onset in ("gi", "qu") and len(plain) > 2 and plain[2] not in vowels:
        onset = onset[0]
    if onset == "gi" and len(plain) == 2:
        onset = "g"
    rest = plain[len(onset) :]
    n = 0
    while n < len(rest) and rest[n] in vowels:
        n += 1
    nucleus = rest[:n].translate(_STRIP)
    coda = rest[n:]
    if nucleus in _GLIDE_NUCLEI:
        return coda == ""
    return nucleus in _NUCLEI and coda in ("", "c", "ch", "m", "n", "ng", "nh", "p", "t")


@lru_cache(maxsize=65536)
def is_syllable_shape(word: str) -> bool:
    """True when ``word`` with its marks stripped has the shape onset + vowels + final."""
    plain = strip_marks(word)
    return 0 < len(plain) <= 7 and set(plain) <= _ASCII and _shape_ok(plain, "aeiouy")


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """True when lower-case NFC ``word`` is phonotactically one Vietnamese syllable."""
    if not word or len(word) > 7 or not set(word) <= _VIET_LETTERS:
        return False
    nfd = unicodedata.normalize("NFD", word)
    tones = [c for c in nfd if c in _TONES]
    if len(tones) > 1:
        return False
    plain = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
    if not _shape_ok(plain, BASE_VOWELS):
        return False
    if plain.endswith(("c", "p", "t", "ch")):
        return bool(tones) and tones[0] in "\u0301\u0323"  # cát, cạt; never cat, cà
    return True


def has_foreign_letter(word: str) -> bool:
    """Whether lower-case ``word`` has one letter that is neither Vietnamese nor ASCII
    ("øom" for "gom", "thôön" for "thôn") and every other letter Vietnamese: a letter OCR
    misread. A modifier letter ("mˆ" for m²) or a sign is no letter misread."""
    odd = [c for c in word if c not in _VIET_LETTERS]
    return (
        len(word) >= 2
        and len(odd) == 1
        and odd[0] not in _ASCII
        and unicodedata.category(odd[0]) in ("Ll", "Lu")
    )


Kind = Literal["syllable", "number", "protected", "punct"]


@dataclass(frozen=True)
class Token:
    """One word of a line: its span, its text and whether repair may touch it."""

    start: int
    end: int
    text: str
    kind: Kind


_CHUNK = re.compile(r"\S+")
_EDGE_PUNCT = "\"'“”‘’()[]{}<>«»,;:.!?…*–—-•·|/\\"
_ROMAN = re.compile(r"^[IVXLC]+$")
_ROMAN_GARBLE = re.compile(r"^[IVX]+[1l]+[IVX]*$")
_NUMBER = re.compile(r"^[0-9][0-9.,]*$")


@lru_cache(maxsize=131072)
def _classify(core: str, garble_forms: frozenset[str]) -> Kind:
    lower = core.lower()
    if _NUMBER.match(core):
        return "number"
    if lower in garble_forms and not (len(core) > 1 and core.isupper()):
        return "syllable"
    if any(c in core for c in "/@:\\_=+%#$") or "-" in core or "." in core or "," in core:
        return "protected"
    if _ROMAN_GARBLE.match(core):
        return "protected"  # I1 = II, a heading number read with a digit
    digits = any(c.isdigit() for c in core)
    if digits:
        mapped = lower.translate(GLYPH_MAP)
        if len(core) <= 5 and mapped.isalpha() and any(c.isalpha() for c in core):
            return "syllable"
        return "protected"
    if not core.isalpha() and not set(core) & GLYPHS:
        return "protected"
    mapped = lower.translate(GLYPH_MAP)
    if has_foreign_letter(mapped) and not core.isupper():
        return "syllable"  # "øom": one letter misread, which the decoder may put right
    if not set(mapped) <= _VIET_LETTERS:
        return "protected"  # f, j, w, z, foreign letters: Zalo, Facebook, Webcam
    if len(core) > 1 and core.isupper():
        if _ROMAN.match(core) or not is_syllable_shape(mapped):
            return "protected"  # CCHC, UBND, HĐND, II
        return "syllable"
    if any(c.isupper() for c in core[1:]):
        return "protected"  # VNeID, iPhone
    if not is_syllable_shape(mapped) and len(mapped) > 5:
        return "protected"
    return "syllable"


def tokenise_line(line: str, garble_forms: frozenset[str] = frozenset()) -> Iterator[Token]:
    """Split one line into tokens; whitespace and edge punctuation are left out.

    ``garble_forms`` are lower-case OCR forms known to stand for a syllable (``tw``), which
    are repaired even though they would otherwise be protected.
    """
    for chunk in _CHUNK.finditer(line):
        text = chunk.group()
        lo, hi = 0, len(text)
        while lo < hi and text[lo] in _EDGE_PUNCT:
            lo += 1
        while hi > lo and text[hi - 1] in _EDGE_PUNCT:
            hi -= 1
        start = chunk.start()
        if lo > 0:
            yield Token(start, start + lo, text[:lo], "punct")
        if hi > lo:
            core = text[lo:hi]
            yield Token(start + lo, start + hi, core, _classify(core, garble_forms))
        if hi < len(text):
            yield Token(start + hi, chunk.end(), text[hi:], "punct")


def apply_case(pattern: str, word: str) -> str:
    """Give ``word`` the case of ``pattern``: UPPER, Title or lower."""
    letters = [c for c in pattern if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return word.upper()
    if pattern[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def lm_words(line: str) -> list[str]:
    """The words of a line as the language model sees them: syllables lower-cased, numbers as
    ``<num>``, other protected tokens as ``<x>``, sentence punctuation as ``<p>``."""
    out: list[str] = []
    for tok in tokenise_line(line):
        if tok.kind == "syllable":
            out.append(tok.text.lower() if is_syllable(tok.text.lower()) else "<x>")
        elif tok.kind == "number":
            out.append("<num>")
        elif tok.kind == "protected":
            out.append("<x>")
        elif any(c in tok.text for c in '.,;:!?()"“”'):
            out.append("<p>")
    return out
