"""Text repair: Unicode NFC and one tone-mark placement first, then lost diacritics restored
and OCR letter confusions fixed by decoding the most likely syllables in context (a
trigram Kneser-Ney language model, dictionary words, and a channel model of OCR errors).

Line structure is always kept: the output has exactly the lines of the input.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import os
import re
import unicodedata
from collections.abc import Sequence
from typing import Any, Literal

from rapidfuzz.distance import Levenshtein

from .places import gazetteer, ia_misreadings
from .records import Page, Repair
from .syllables import has_marks, is_syllable, strip_marks
from .vietnamese import fold, is_upper_text

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
#: Letters no Vietnamese word has, for the Vietnamese letters OCR took them for: the eth
#: Ð ð for Đ đ, and a with a diaeresis for a with a breve ("Sä" for "Să").
LOOKALIKES = {"\u00d0": "\u0110", "\u00f0": "\u0111", "\u00c4": "\u0102", "\u00e4": "\u0103"}
_DOUBLED_D = re.compile("\u0110\u00d0|\u00d0\u0110|\u0111\u00f0|\u00f0\u0111")
_TO_D = str.maketrans(LOOKALIKES)

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


#: Letters whose capital is their small letter made bigger (marks aside), so OCR confuses
#: their case.
_CASE_ALIKE = frozenset("cosuvwxz")


def _case_alike(text: str, line_number: int, repairs: list[Repair]) -> str:
    """Words read with capitals inside lower-case text put back in lower case: all in
    case-alike capitals ("Các SỞ, ngành", :func:`_case_alike_capitals`), or starting with one
    right after a word in lower case ("vụ VIỆC", "Hội phụ nữ Các xã", :func:`_capital_within`).
    Abbreviations have no Vietnamese mark and stay."""
    words = list(_WORD.finditer(text))
    out = text
    for i, match in enumerate(words):
        word = match.group()
        if _first_in_capitals(text, words, i):
            lower = word[0] + word[1:].lower()  # "VỊ trí việc làm" → "Vị trí"
        elif _case_alike_capitals(words, i) or _capital_within(text, words, i):
            lower = word.lower()
        else:
            continue
        out = out[: match.start()] + lower + out[match.end() :]
        repairs.append(Repair(line_number, match.start(), word, lower, 1.0, "case"))
    return out


def _first_in_capitals(text: str, words: list[re.Match[str]], i: int) -> bool:
    """The line's first word, read in capitals from a case-alike capital ("VỊ trí việc làm"),
    a syllable with a mark, with a word in lower case after it: a capitalised word."""
    word = words[i].group()
    return (
        i == 0
        and len(word) >= 2
        and word.isupper()
        and strip_marks(word[0].lower()) in _CASE_ALIKE
        and has_marks(word.lower())
        and is_syllable(word.lower())
        and len(words) > 1
        and words[1].group().islower()
        and text[words[0].end() : words[1].start()] == " "
    )


def _case_alike_capitals(words: list[re.Match[str]], i: int) -> bool:
    """Word ``i`` is in capitals, all of them case-alike, has a mark, is a syllable, has a
    word in lower case after it and no word in capitals before it ("Các SỞ, ngành")."""
    word = words[i].group()
    lower = word.lower()
    return not (
        len(word) < 2
        or not word.isupper()
        or not all(strip_marks(c) in _CASE_ALIKE for c in lower)
        or not has_marks(lower)
        or not is_syllable(lower)
        or i + 1 >= len(words)
        or not words[i + 1].group()[0].islower()
        or (i > 0 and words[i - 1].group().isupper() and len(words[i - 1].group()) > 1)
    )


#: Words that are never capitalised inside a phrase ("Hội phụ nữ Các xã"); not "xã", which
#: is, in "Lao động - Thương binh và Xã hội".
_LOWER_INSIDE = frozenset(["các", "của", "cho", "cùng", "có", "cũng", "còn", "với", "về", "vào"])


def _capital_within(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Word ``i`` is a syllable with marks starting with a case-alike capital, read in
    capitals ("đơn VỊ", "vụ VIỆC") or, for a word never capitalised inside a phrase,
    Capitalised ("Hội phụ nữ Các xã"), right after a word in lower case, or after the
    line's first word capitalised ("Đơn VỊ"), a space between, and before one in lower
    case or the end of the line."""
    word = words[i].group()
    lower = word.lower()
    if (
        i == 0
        or len(word) < 2
        or strip_marks(word[0]) not in _CASE_ALIKE
        or not word[0].isupper()
        or not (word.isupper() or (word[1:].islower() and lower in _LOWER_INSIDE))
        or not has_marks(lower)
        or not is_syllable(lower)
        or not (words[i - 1].group().islower() or (i == 1 and words[0].group().istitle()))
        or text[words[i - 1].end() : words[i].start()] != " "
    ):
        return False
    return i + 1 >= len(words) or words[i + 1].group()[0].islower()


def _doubled_letter(word: str) -> str:
    """A vowel read twice, once with fewer marks ("MIÊỀN" for "MIỀN"): the word with the
    barer of the two dropped, when the word read is no syllable and that one is."""
    lower = word.lower()
    if len(word) < 3 or is_syllable(lower):
        return word
    for i in range(len(word) - 1):
        a, b = lower[i], lower[i + 1]
        if a == b or strip_marks(a) != strip_marks(b) or strip_marks(a) not in VOWELS:
            continue
        drop = (
            i
            if len(unicodedata.normalize("NFD", a)) < len(unicodedata.normalize("NFD", b))
            else i + 1
        )
        fixed = word[:drop] + word[drop + 1 :]
        if is_syllable(fixed.lower()):
            return fixed
    return word


#: "gi" read as "ø1" or "øl" ("ø1ờ" for giờ, "ølám" for giám): no word has either.
_G_AS_O_SLASH = re.compile(r"[øØ][1l]([^\W\d_])")


def _gi(m: re.Match[str], line_number: int, repairs: list[Repair]) -> str:
    """The "gi" of a "ø1" or "øl" match, in the case of the letters around it, the letter
    after it kept."""
    capital = m.group().startswith("Ø")
    fixed = ("GI" if m.group(1).isupper() else "Gi") if capital else "gi"
    repairs.append(Repair(line_number, m.start(), m.group()[:2], fixed, 1.0, "lookalike"))
    return fixed + m.group(1)


#: "ị" read as "]" ("Quản tr]", "Đơn v]Ị"), or a "]" speck after a word ("đơn vị]").
_BRACKET_I = re.compile(r"(?<![\w\[])([^\W\d_]{1,6})\]([^\W\d_]?)(?![\w\]])")


def _bracket_i(m: re.Match[str], line_number: int, repairs: list[Repair]) -> str:
    """The word of a "]" match: "tr]" → "trị" when that is a syllable and "tr" is not, a
    word that is a syllable already without its "]" (and a capital Ị read after it)."""
    word, after = m.group(1), m.group(2)
    if after and after not in "ỊịIi":
        return m.group()
    if is_syllable(word.lower()):
        fixed = word
    elif is_syllable(word.lower() + "ị"):
        fixed = word + "ị"
    else:
        return m.group()
    repairs.append(Repair(line_number, m.start(), m.group(), fixed, 1.0, "lookalike"))
    return fixed


#: A Roman numeral whose last two I were read as one H ("cấp IH", "khu vực XIH").
_ROMAN_H = re.compile(r"^(X{0,3}V?)IH$")


def normalise_line(
    line: str, line_number: int = 0, style: ToneStyle = "traditional"
) -> tuple[str, list[Repair]]:
    """NFC, look-alike letters and tone placement for one line; returns the line and its repairs."""
    text = unicodedata.normalize("NFC", line)
    # one letter read as two, Đ and the look-alike eth ("GD&ĐÐT"): one Đ
    doubled = [
        Repair(line_number, m.start(), m.group(), m.group()[0].translate(_TO_D), 1.0, "lookalike")
        for m in _DOUBLED_D.finditer(text)
    ]
    text = _DOUBLED_D.sub(lambda m: m.group()[0].translate(_TO_D), text)
    repairs = doubled + [
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
    text = _G_AS_O_SLASH.sub(lambda m: _gi(m, line_number, repairs), text)
    if "[" not in text:
        text = _BRACKET_I.sub(lambda m: _bracket_i(m, line_number, repairs), text)
    text = _case_alike(text, line_number, repairs)
    for start in ia_misreadings(text):
        repairs.append(Repair(line_number, start, text[start : start + 2], "Ia", 1.0, "place"))
        text = f"{text[:start]}Ia{text[start + 2 :]}"
    pieces: list[str] = []
    last = 0
    for match in _WORD.finditer(text):
        word = match.group()
        roman = _ROMAN_H.sub(r"\1III", word)
        fixed = place_tone(_doubled_letter(roman), style)
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
                    kind="lookalike" if roman != word else "tone_placement",
                )
            )
    pieces.append(text[last:])
    return "".join(pieces), repairs


def normalise_text(text: str, style: ToneStyle = "traditional") -> tuple[str, list[Repair]]:
    """The cheap first step on a whole text: :func:`normalise_line` on every line."""
    out_lines: list[str] = []
    repairs: list[Repair] = []
    for number, line in enumerate(text.split("\n")):
        fixed, changes = normalise_line(line, number, style)
        out_lines.append(fixed)
        repairs.extend(changes)
    return "\n".join(out_lines), repairs


def repair_text(
    text: str, style: ToneStyle = "traditional", model: str | os.PathLike[str] | None = None
) -> tuple[str, list[Repair]]:
    """Repair a whole text; the output has exactly as many lines as the input.

    ``model`` is a language model file made by ``vanban train-lm`` (the committed base model
    when None). Tokens decoded with low confidence are listed by :func:`restore_text`.
    """
    result = restore_text(text, style, model)
    return result.text, result.repairs


def repair_page(
    page: Page, style: ToneStyle = "traditional", model: str | os.PathLike[str] | None = None
) -> Page:
    """Fill ``text`` and ``repairs`` of a page from its ``text_raw``; uncertain tokens become
    one warning."""
    result = restore_text(page.text_raw, style, model)
    links = link_tokens([w.text for w in page.reading_words], result.text)
    warnings = page.warnings
    if result.uncertain:
        shown = ", ".join(f"{u.line + 1}:{u.column + 1} {u.after}" for u in result.uncertain[:20])
        more = "" if len(result.uncertain) <= 20 else f" (+{len(result.uncertain) - 20})"
        warnings = (*warnings, f"repair: {len(result.uncertain)} uncertain tokens: {shown}{more}")
    return dataclasses.replace(
        page,
        text=result.text,
        repairs=tuple(result.repairs),
        warnings=warnings,
        token_words=links,
        tables=repair_cells(page.tables, style, model),
    )


def repair_cells(
    tables: Sequence[dict[str, Any]],
    style: ToneStyle = "traditional",
    model: str | os.PathLike[str] | None = None,
) -> tuple[dict[str, Any], ...]:
    """Tables with the text of their header and body cells repaired as page text is (a
    cell read "Tuyên truyên" or "Chỉ cục" is fixed as the same words in a line would be).

    Each cell is repaired on its own (a quarter of a millisecond): read together, one
    cell's words became the context of the next, and a column of place names ("Ea Kly",
    "Ea Phê") was "repaired" into Vietnamese words. The column names (mapped from the
    header as read) stay as they are. When the table as a whole was read with its marks,
    each cell is repaired as such: alone, a cell "ha" (hectares) or "con" looks like text
    typed without marks, and became "hà", "còn". (A table judged garbled as a whole, by
    its place names "Ea Kly", "Krông Búk", is not: its cells keep their own judgement.)"""
    from .decoder import get_decoder

    def cell(value: Any, mode: int | None) -> Any:
        if not (isinstance(value, str) and value.strip()):
            return value
        fixed = restore_text(value, style, model, mode).text
        return fixed if fixed.count("\n") == value.count("\n") else value

    out = []
    for table in tables:
        texts = [*table["header"], *(v for row in table["rows"] for v in row.values())]
        try:
            mode = get_decoder(model).text_mode("\n".join(t for t in texts if isinstance(t, str)))
        except FileNotFoundError:
            mode = None
        if mode != 1:  # only "read with marks" is surer on the table; garbled is not
            mode = None
        header = [cell(h, mode) for h in table["header"]]
        rows = [{k: cell(v, mode) for k, v in row.items()} for row in table["rows"]]
        out.append({**table, "header": header, "rows": rows})
    return tuple(out)


def link_tokens(words: Sequence[str], text: str) -> tuple[tuple[int, ...], ...]:
    """For each token of ``text`` (split on whitespace), the indices of the ``words`` (the
    OCR words the text was read from, in order) whose letters it is made of.

    Letters are matched by an edit-distance alignment of the two texts with diacritics and
    case folded away, so a repaired token finds its word whatever marks repair changed; a
    word split in two links both tokens to it, tokens joined link to every word they
    joined. A token with no letter of its own (inserted by repair) takes its neighbour's.
    Empty when there are no words.
    """
    tokens = text.split()
    if not words or not tokens:
        return ()
    source_owner = [i for i, w in enumerate(words) for _ in w]
    target_owner = [i for i, t in enumerate(tokens) for _ in t]
    source = fold("".join(words)).lower()
    target = fold("".join(tokens)).lower()
    links: list[list[int]] = [[] for _ in tokens]
    if source == target and [len(w) for w in words] == [len(t) for t in tokens]:
        return tuple((i,) for i in range(len(tokens)))  # one token for one word
    for op in Levenshtein.opcodes(source, target):
        if op.tag not in ("equal", "replace"):
            continue
        span = min(op.src_end - op.src_start, op.dest_end - op.dest_start)
        for k in range(span):
            word, token = source_owner[op.src_start + k], target_owner[op.dest_start + k]
            if not links[token] or links[token][-1] != word:
                links[token].append(word)
    for i, linked in enumerate(links):  # tokens without a letter of their own
        if not linked:
            before = next((links[j][-1:] for j in range(i - 1, -1, -1) if links[j]), [])
            after = next((links[j][:1] for j in range(i + 1, len(links)) if links[j]), [])
            linked.extend(before or after)
    return tuple(tuple(sorted(set(linked))) for linked in links)


def restore_text(
    text: str,
    style: ToneStyle = "traditional",
    model: str | os.PathLike[str] | None = None,
    mode: int | None = None,
) -> RepairResult:
    """Normalise, then restore diacritics and fix OCR confusions with the decoder (``mode``:
    how the text was read, see ``Decoder.text_mode``; the text's own unless given)."""
    normalised, repairs = normalise_text(text, style)
    from .decoder import get_decoder  # heavy: loads the model once per process

    try:
        decoder = get_decoder(model)
    except FileNotFoundError:
        return RepairResult(normalised, repairs, [])
    restored, changes, uncertain = decoder.restore_diacritics(normalised, mode)
    restored = _compound_case(restored, decoder.lm, changes)
    if style == "modern":
        restored = "\n".join(normalise_line(line, 0, style)[0] for line in restored.split("\n"))
    return RepairResult(restored, _merge(repairs, changes), uncertain)


@functools.cache
def _place_keys() -> frozenset[str]:
    """Every known place name, folded and in lower case."""
    return frozenset(fold(name) for name in gazetteer()[1])


def restore_name_marks_lm(name: str) -> str:
    """The name of a body or a unit in capitals with the marks the language model is sure
    of put back ("HỘI ĐÔNG TRƯỜNG" → "HỘI ĐỒNG"), except in a run of words that spells a
    place name marks aside: which of its spellings is meant ("Vĩnh Thạnh", "Vinh Thanh") is
    the gazetteer's to say, not the model's. A name not in capitals is returned as it is
    (acronyms in small-letter text the model would take for words: "Lưu: VT, CAP")."""
    if not is_upper_text(name):
        return name
    restored = restore_text(name).text
    before, after = name.split(" "), restored.split(" ")
    if len(before) != len(after):
        return name
    keys = _place_keys()
    for n in (4, 3, 2):
        for i in range(len(before) - n + 1):
            if fold(" ".join(before[i : i + n])).lower() in keys:
                after[i : i + n] = before[i : i + n]
    return " ".join(after)


def lm_cost(text: str, model: str | os.PathLike[str] | None = None) -> float | None:
    """-ln P of a line's words (in lower case, from the start of a sentence) under the
    repair model; None when there is no model."""
    from .decoder import get_decoder
    from .langmodel import BOS

    try:
        lm = get_decoder(model).lm
    except FileNotFoundError:
        return None
    ids = [BOS, BOS, *(lm.word_id(w) for w in text.lower().split())]
    return sum(lm.cost(ids[i - 2], ids[i - 1], ids[i]) for i in range(2, len(ids)))


def _compound_case(text: str, lm: Any, repairs: list[Repair]) -> str:
    """The second syllable of a dictionary word read with a capital whose small letter looks
    the same ("hồ Sơ", "trụ Sở") put in lower case: within a word in lower case, a capital
    is a misreading. Only a word of two syllables, neither syllable joined to its other
    neighbour in a longer one ("Thủ tướng Chính phủ", "giám đốc Sở"), and not before a
    capitalised word, which makes it part of a name ("Sở Y tế"), nor in a weekday ("thứ
    Sáu")."""
    words = list(_WORD.finditer(text))
    ids = [lm.word_id(w.group().lower()) for w in words]
    out = list(text)
    line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    for k in range(1, len(words)):
        word, prev = words[k].group(), words[k - 1].group()
        after = words[k + 1].group() if k + 1 < len(words) else ""
        if (
            len(word) < 2
            or not word[0].isupper()
            or not word[1:].islower()
            or strip_marks(word[0]) not in _CASE_ALIKE
            or not prev.islower()
            or prev == "thứ"  # a weekday is written "thứ Sáu"
            or after[:1].isupper()
            or text[words[k - 1].end() : words[k].start()] != " "
        ):
            continue
        a, b = ids[k - 1], ids[k]
        # the neighbours outside the pair, when no punctuation parts them from it
        joined = (
            k >= 2 and not text[words[k - 2].end() : words[k - 1].start()].strip(),
            k + 1 < len(words) and not text[words[k].end() : words[k + 1].start()].strip(),
        )
        before = ids[k - 2] if joined[0] else -1
        following = ids[k + 1] if joined[1] else -1
        if (
            a > 4
            and b > 4
            and (a << 20 | b) in lm.pairs
            and (before << 20 | a) not in lm.pairs
            and (b << 20 | following) not in lm.pairs
        ):
            start = words[k].start()
            out[start : words[k].end()] = word.lower()
            line = bisect.bisect_right(line_starts, start) - 1
            repairs.append(Repair(line, start - line_starts[line], word, word.lower(), 1.0, "case"))
    return "".join(out)


def _merge(first: list[Repair], second: list[Repair]) -> list[Repair]:
    """Combine the normaliser's and the decoder's changes to one token into one repair."""
    by_place = {(r.line, r.column): r for r in first if r.kind == "tone_placement"}
    out = [r for r in first if r.kind != "tone_placement"]
    for r in second:
        earlier = by_place.pop((r.line, r.column), None)
        if earlier is not None:
            r = dataclasses.replace(r, before=earlier.before)
        out.append(r)
    out.extend(by_place.values())
    return sorted(out, key=lambda r: (r.line, r.column))


@dataclasses.dataclass(frozen=True)
class RepairResult:
    """The repaired text, every change made, and the tokens the decoder was unsure of."""

    text: str
    repairs: list[Repair]
    uncertain: list[Repair]
