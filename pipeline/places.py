"""Marks of place names in header fields, put back from the gazetteer (dictionaries/places.txt).

OCR reads a capitalised name with a wrong or missing mark when the misreading is itself a
Vietnamese syllable ("ĐÀ NĂNG" for "ĐÀ NẴNG", "TÍNH" for "TỈNH"), and the repair stage
leaves such syllables alone. After a unit word (tỉnh, huyện, thành phố, xã …), a run of two
to four capitalised syllables whose letters, marks aside, spell exactly one known place name
(the highest administrative level wins: the province Thanh Hóa over the commune Thạnh Hóa)
takes that name's marks, unless it already spells a known name as it is; and the unit word
in front of a known place takes its marks too ("tinh Gia Lai" → "tỉnh Gia Lai"). Only after
a unit word: "VĂN HOA" in "SỞ VĂN HOA" must not become the commune Vân Hòa.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from rapidfuzz.distance import Hamming

from . import dictionaries
from .syllables import apply_case, is_syllable
from .vietnamese import fold

#: Unit words that stand before a place name, by their folded form.
UNITS = {
    "tinh": "tỉnh",
    "huyen": "huyện",
    "quan": "quận",
    "xa": "xã",
    "phuong": "phường",
    "thi xa": "thị xã",
    "thi tran": "thị trấn",
    "thanh pho": "thành phố",
    "dac khu": "đặc khu",
    # a region named after a former district ("Trung tâm Y tế khu vực Kiến Xương")
    "khu vuc": "khu vực",
}
_WORD = re.compile(r"\w+")


@cache
def gazetteer() -> tuple[dict[str, str], frozenset[str]]:
    """(folded name → the one marked name for it, every marked name in lower case)."""
    by_key: dict[str, dict[int, set[str]]] = {}
    for line in dictionaries.path("places.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, level = line.split("\t")
        by_key.setdefault(fold(name).lower(), {}).setdefault(int(level), set()).add(name)
    unique = {}
    for key, levels in by_key.items():
        top = levels[min(levels)]
        if len(top) == 1:
            unique[key] = next(iter(top))
    known = frozenset(n.lower() for levels in by_key.values() for ns in levels.values() for n in ns)
    return unique, known


def _letters(name: str) -> str:
    """A name's letters alone, folded and in lower case ("Ia H'Drai" → "iahdrai")."""
    return re.sub(r"\W", "", fold(name).lower())


@cache
def _apostrophe_names() -> dict[str, str]:
    """Names with an apostrophe ("Ia H'Drai", "Đạ M'Rong"), which OCR often drops, by their
    folded letters alone ("iahdrai"), when those spell one name."""
    by_letters: dict[str, set[str]] = {}
    for name in gazetteer()[0].values():
        if "'" in name:
            by_letters.setdefault(_letters(name), set()).add(name)
    return {k: next(iter(v)) for k, v in by_letters.items() if len(v) == 1}


@cache
def _ia_names() -> frozenset[str]:
    """Place names "Ia …" (the Jrai and Bahnar names of the Central Highlands), by the
    letters after "Ia", folded, without spaces or apostrophes ("Ia H' Drai" → "hdrai")."""
    unique, known = gazetteer()
    names = set(unique) | {fold(n) for n in known}
    return frozenset(_letters(n[3:]) for n in names if n.startswith("ia "))


#: "Ia" before a capitalised word read as "la" (l for I), as "1a" or "|a".
_IA = re.compile(r"(?<!\w)[l1|]a(?= (?P<next>[A-ZĐÀ-Ỹ][^\s,;.]*))")


def ia_misreadings(line: str) -> list[int]:
    """Where in ``line`` a place name's "Ia" was read "la" ("xã la Tơi", "la HDrai, ngày
    …"): before a capitalised word that, after "Ia", spells a known place name."""
    names = _ia_names()
    return [m.start() for m in _IA.finditer(line) if _letters(m.group("next")) in names]


#: One word with an apostrophe inside it ("M'Đrắk").
_APOSTROPHE_WORD = re.compile(r"(?<![\w'])\w+'\w+(?![\w'])")


def restore_place_marks(text: str, whole: bool = False) -> str:
    """``text`` with the marks of place names put back: each run of capitalised words
    after a unit word ("tỉnh Đà Năng", "UBND TÍNH GIA LAI"), or, with ``whole``, the text
    itself as one name (the dia_danh field)."""
    words = list(_WORD.finditer(text))
    out = list(text)
    if whole:
        if words and _name_at(text, words, 0, out) == len(words):
            return "".join(out)
        return _apostrophe_names().get(_letters(text), text)
    i = 0
    while i < len(words):
        for n in (2, 1):
            unit = words[i : i + n]
            if len(unit) < n or not _spaced(text, unit):
                continue
            current = " ".join(w.group() for w in unit)
            right = UNITS.get(fold(current).lower())
            if (
                right is None
                or i + n >= len(words)
                or not _spaced(text, words[i + n - 1 : i + n + 1])
            ):
                continue
            # the name first: its marks go into ``out`` whatever the unit word's case
            if _name_at(text, words, i + n, out) and current.lower() != right:
                for w, r in zip(unit, right.split(), strict=True):
                    out[w.start() : w.end()] = apply_case(w.group(), r)
            i += n - 1
            break
        i += 1
    # a one-word name with an apostrophe is a place's however it stands ("LÂM NGHIỆP
    # M'ĐRĂK", "KRÔNG BÔNG - M'ĐRĂK"): no word of the language is spelled so
    unique, known = gazetteer()
    for word in _APOSTROPHE_WORD.finditer(text):
        name = unique.get(fold(word.group()).lower())
        if name and " " not in name and word.group().lower() not in known:
            out[word.start() : word.end()] = apply_case(word.group(), name)
    return "".join(out)


def _spaced(text: str, words: list[re.Match[str]]) -> bool:
    """Whether the words are separated by single spaces only."""
    return all(text[a.end() : b.start()] == " " for a, b in itertools.pairwise(words))


def _name_at(text: str, words: list[re.Match[str]], i: int, out: list[str]) -> int:
    """The known place name of 2-4 capitalised words starting at word ``i``: its marks put
    into ``out`` when they differ; returns the number of words (0 when none)."""
    unique, known = gazetteer()
    for n in (4, 3, 2):
        span = words[i : i + n]
        if len(span) < n or not all(w.group()[:1].isupper() for w in span):
            continue
        if not _spaced(text, span):
            continue
        current = " ".join(w.group() for w in span)
        name = unique.get(fold(current).lower())
        if name is None and current.lower() not in known:
            name = _near_place(fold(current).lower())
        if name is None:
            continue
        if current.lower() != name.lower() and current.lower() not in known:
            for w, right in zip(span, name.split(), strict=True):
                out[w.start() : w.end()] = apply_case(w.group(), right)
        return n
    return 0


#: A place name read with one look-alike letter is taken only when it has this many letters.
NEAR_PLACE_LETTERS = 8


@cache
def _places_by_length() -> dict[int, tuple[str, ...]]:
    """The folded keys of :func:`gazetteer`'s unique names, by their length."""
    out: dict[int, list[str]] = {}
    for key in gazetteer()[0]:
        out.setdefault(len(key), []).append(key)
    return {n: tuple(keys) for n, keys in out.items()}


def _near_place(key: str) -> str | None:
    """The one place name that ``key`` (folded, lower case) spells with one letter misread
    for a look-alike ("tien glang" for Tiền Giang), or None; names of fewer than
    ``NEAR_PLACE_LETTERS`` letters are too short to tell."""
    if len(key.replace(" ", "")) < NEAR_PLACE_LETTERS:
        return None
    near = []
    for name in _places_by_length().get(len(key), ()):
        if Hamming.distance(key, name, score_cutoff=1) == 1:
            at = next(i for i, (a, b) in enumerate(zip(key, name, strict=True)) if a != b)
            if key[at] + name[at] in _LOOKALIKE_LETTERS:
                near.append(name)
    return gazetteer()[0][near[0]] if len(near) == 1 else None


@cache
def agency_terms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """The team's administrative terms (dictionaries/domain_terms.txt) of two words or more
    (a dash between them left out), by their folded words, when that spelling belongs to one
    term only."""
    by_key: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for line in dictionaries.path("domain_terms.txt").read_text(encoding="utf-8").splitlines():
        # a dash between words is not a word: "hành chính - tổ chức" is read word by word
        words = tuple(w for w in line.strip().lower().split() if _WORD.search(w))
        if line.startswith("#") or len(words) < 2:
            continue
        by_key.setdefault(tuple(fold(w) for w in words), set()).add(words)
    return {key: next(iter(terms)) for key, terms in by_key.items() if len(terms) == 1}


@cache
def _terms_by_shape() -> dict[tuple[int, ...], list[tuple[str, ...]]]:
    """The keys of :func:`agency_terms` of three words or more, by their words' lengths."""
    out: dict[tuple[int, ...], list[tuple[str, ...]]] = {}
    for key in agency_terms():
        if len(key) >= 3:
            out.setdefault(tuple(len(w) for w in key), []).append(key)
    return out


#: Letters OCR takes for one another (folded, lower case): only such a misread makes a run
#: of words another term ("Bộ Tài nguyên và Môi trường" is no misread "Sở …").
_LOOKALIKE_LETTERS = frozenset({"hn", "nh", "hb", "bh", "ce", "ec", "il", "li", "uv", "vu"})


def _near_term(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """The one term of three words or more that ``key`` (folded words) spells with one
    letter misread for a look-alike ("Nội đồng nhân dân" for "Hội đồng nhân dân"), or None."""
    shape = tuple(len(w) for w in key)
    if len(key) < 3 or sum(shape) < 12:
        return None
    joined = " ".join(key)
    near = []
    for k in _terms_by_shape().get(shape, ()):
        term = " ".join(k)
        if Hamming.distance(joined, term, score_cutoff=1) == 1:
            at = next(i for i, (a, b) in enumerate(zip(joined, term, strict=True)) if a != b)
            if joined[at] + term[at] in _LOOKALIKE_LETTERS:
                near.append(k)
    return agency_terms()[near[0]] if len(near) == 1 else None


def restore_term_marks(text: str) -> str:
    """An agency name with the marks of the administrative terms in it put back ("PHÁT
    TRIÊN NÔNG THÔN" in "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"): the longest run of words
    that spells a known term marks aside takes its marks, unless one of its words starts a
    place name that goes on past it ("Báo Cao Bằng" is the newspaper of Cao Bằng, not a
    "báo cáo"). A run of three words or more may also differ from its term by one letter
    OCR misread ("Nội đồng nhân dân")."""
    terms = agency_terms()
    longest = max((len(k) for k in terms), default=0)
    text = split_joined_terms(text)
    words = list(_WORD.finditer(text))
    out = list(text)
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 1, -1):
            span = words[i : i + n]
            key = tuple(fold(w.group()).lower() for w in span)
            term = terms.get(key) or _near_term(key)
            if term is None or _place_across(text, words, i, n):
                continue
            for w, right in zip(span, term, strict=True):
                if w.group().lower() != right:
                    out[w.start() : w.end()] = apply_case(w.group(), right)
            i += n - 1
            break
        i += 1
    return "".join(out)


#: A word is looked at for two syllables OCR ran together when it has this many letters.
JOINED_LETTERS = 5


def split_joined_terms(text: str) -> str:
    """``text`` with the space put back between two syllables OCR ran together, where the
    two, with the word before or after, spell a known term or place marks aside ("HỒ
    CHÍMINH" → "HỒ CHÍ MINH"); a word that is a syllable itself ("TUYÊN") is left whole."""
    terms, (unique, _) = agency_terms(), gazetteer()
    words = list(_WORD.finditer(text))
    for k in range(len(words) - 1, -1, -1):
        word = words[k].group()
        if len(word) < JOINED_LETTERS or not word.isalpha() or is_syllable(word.lower()):
            continue
        before = fold(words[k - 1].group()).lower() if k > 0 else None
        after = fold(words[k + 1].group()).lower() if k + 1 < len(words) else None
        folded = fold(word).lower()
        for cut in range(2, len(word) - 1):
            a, b = folded[:cut], folded[cut:]
            spans = [
                (a, b),
                *([(before, a, b)] if before else []),
                *([(a, b, after)] if after else []),
            ]
            if any(span in terms or " ".join(span) in unique for span in spans):
                at = words[k].start() + cut
                text = text[:at] + " " + text[at:]
                break
    return text


def _place_across(text: str, words: list[re.Match[str]], i: int, n: int) -> bool:
    """Whether a capitalised place name starts inside words ``i``…``i + n - 1`` and ends
    after them."""
    unique, known = gazetteer()
    for k in range(i, i + n):
        for m in (2, 3, 4):
            span = words[k : k + m]
            if k + m <= i + n or len(span) < m or not _spaced(text, span):
                continue
            if not all(w.group()[:1].isupper() for w in span):
                continue
            current = " ".join(w.group() for w in span)
            if fold(current).lower() in unique or current.lower() in known:
                return True
    return False
