"""The addressees and the closing of a document: Kính gửi, Nơi nhận and the signer block.

Parsers work on plain text lines (a ``.txt`` of earlier OCR, or the page text); with OCR
word boxes, Nơi nhận is read from the left half of the page and the signer block from a
second OCR pass over the right half (``read_signer_block``), where the red seal, printed
lighter than the text in grey, is thresholded away first.
"""

from __future__ import annotations

import dataclasses
import difflib
import itertools
import re
from functools import lru_cache
from typing import Any

import cv2
import numpy as np
from rapidfuzz import fuzz, process

from . import dictionaries
from .decoder import misread_cost
from .layout import COLUMN_GAP, group_lines
from .ocr import engine_with_psm, recognise_all
from .places import gazetteer, restore_term_marks
from .records import OcrResult, OcrWord, Page
from .repair import normalise_line, restore_name_marks_lm, split_tone
from .syllables import apply_case, is_syllable
from .vietnamese import fold, is_upper_text

_KINH_GUI = re.compile(r"^\s*kinh\s*gui\s*[:;]\s*", re.IGNORECASE)
#: A Công điện names its sender instead of "Kính gửi:" ("THỦ TƯỚNG CHÍNH PHỦ điện:"), and
#: its addressees follow as a "- …;" list.
_DIEN = re.compile(r"\s*\bdien\s*[:;]\s*$", re.IGNORECASE)
_NOI_NHAN = re.compile(r"^\s*n[o0]i\s*nh\S{1,2}n\s*[:;.]?\s*", re.IGNORECASE)
#: The authority prefix of a signer block; "TL." is often read "TI.", "Tl.", "T1." or "1L."
#: (a numbered heading "II." is not taken for it). A Party body's "T/M" (thay mặt), "K/T"
#: (ký thay) and "T/L" (thừa lệnh) have a slash and no full stop.
_AUTHORITY = re.compile(
    r"^\s*(?:(KT|TM|T[LIl1|]|1L|TUQ|Q)\s*[.:,]+|(T/M|K/T|T/[LIl1|])\s)\s*", re.IGNORECASE
)
_ACTING = re.compile(r"^\s*Q\s*[.:,]\s*")
#: How the body under "Kính gửi" starts: a ground cited, or the matter taken up.
_BODY_START = re.compile(r"(?:Can cu|Thuc hien|Theo de nghi|Xet de nghi|Ngay \d)\b")
_LUU = re.compile(r"^\s*l[uư]u\s*[:;]", re.IGNORECASE)
_ITEM_END = re.compile(r"[;.]\s*$")
#: A character that no recipient's name is written with (letters, digits, spaces and
#: ,.;:()/&'"-– are): OCR misread something there.
_NOT_IN_A_NAME = re.compile(r"[^\w\s,.;:()/&'\"\-–]")
#: Grey levels under this are ink; the red seal prints at about 80-110 in grey.
SEAL_THRESHOLDS = (70, 90)
#: A re-read of "Nơi nhận" that finds more words is kept unless OCR is this much less sure.
RECIPIENTS_CONF_MARGIN = 3.0
#: The signer block read at the first threshold is taken as it is when OCR's mean word
#: confidence reaches this (and a title and a name are found in it).
SIGNER_SURE = 80.0
#: The page's own reading of the signer block is taken, without a second pass, when OCR is
#: this sure of every word of the title and the name (and of "KT."/"TM."…).
PAGE_SIGNER_SURE = 90.0
#: The page's reading of "Nơi nhận" is taken as it is, without reading the block again on its
#: own, when OCR's mean word confidence reaches this (and the list ends with "Lưu: …").
RECIPIENTS_SURE = 85.0


@lru_cache(maxsize=1)
def ranks() -> tuple[str, ...]:
    """Military and police ranks that may precede a signer's name (dictionaries/cap_bac.txt)."""
    return _lines("cap_bac.txt")


@lru_cache(maxsize=1)
def signer_titles() -> tuple[str, ...]:
    """Known signer titles, upper case (dictionaries/chuc_vu.txt)."""
    return _lines("chuc_vu.txt")


@lru_cache(maxsize=1)
def degrees() -> tuple[str, ...]:
    """Academic titles and professional grades that may precede a signer's name
    (dictionaries/hoc_vi.txt): "PGS.TS.", "BSCKII."."""
    return _lines("hoc_vi.txt")


#: Letters OCR reads for others in a degree: "II" as "H", "TH" or "Il", "I" as "l" or "1".
_DEGREE_MISREADS = (
    ("H", "II"), ("TH", "II"), ("IH", "II"), ("Il", "II"), ("lI", "II"), ("l", "I"), ("1", "I"),
)  # fmt: skip


def _degree(word: str) -> str | None:
    """A degree before a name as printed ("BSCKII."), from its OCR reading ("BSCKH."), or
    None when the word is not one."""
    if word in degrees():
        return word
    if len(word) > 3 and word[-1] in "lL|,:;" and not word.endswith("."):
        return _degree(word[:-1] + ".")  # the stop read as a letter ("BSCKIIL")
    if not re.fullmatch(r"[A-Za-zƯư.1]+\.", word):
        return None
    for wrong, right in _DEGREE_MISREADS:
        if (fixed := word.replace(wrong, right)) in degrees():
            return fixed
    return None


def _lines(name: str) -> tuple[str, ...]:
    with open(dictionaries.path(name), encoding="utf-8") as fh:
        return tuple(s for line in fh if (s := line.strip()) and not s.startswith("#"))


def clean_item(text: str) -> str:
    """A list item without its "- " and final ";"/"." (and "(b/c)" read back from OCR)."""
    text = re.sub(r"^[\s\-–—_•+.]+", "", text).strip()
    text = re.sub(r"\s*[;.,:§¶†]+$", "", text).strip()  # a speck read as "§" after it
    text = re.sub(r"\(\s*(?=\()", "", text)  # "( (b/c)": a bracket read twice
    # "(b/c)" (báo cáo) at the end of a recipient is often read "(b/C)", "(h/c)", "Œ/©)",
    # with the slash as "í" or "l" ("(bíc)"), or a stray letter before it ("(hb/©c)")
    # ("(Œ/©)": the bracket kept and the b read "Œ")
    # ("(bí/c)": the slash read with a letter before it)
    # ("(hc)": the slash lost and the b read "h"; "(/e)": the b lost and the c read "e")
    text = re.sub(
        r"\s*\(?[(Œ][bhBl]{0,2}[íìl]?[/íìl|(][©cC]{1,2}\)$|\s*\(?[(Œ]/©c\)$|\s*\([bh]c\)$"
        r"|\s*\(b?/[ec©]\)$",  # "(/e)", "(b/e)": the b lost or the c read "e"
        " (b/c)",
        text,
    )
    # "(để t/h)" (để thực hiện), also "(t/h)", read without its slash or with it as "í"
    text = re.sub(
        r"\s*\(\s*(để\s+)?t\s*[/l|í]?\s*h\s*\)$",
        lambda m: " (để t/h)" if m.group(1) else " (t/h)",
        text,
    )
    # "(để b/c)" with its slash read as "í" or "ị" ("(để bíc)") or lost, its c as "e" or
    # lost after the slash ("(để b/)")
    text = re.sub(r"\s*\(\s*để\s+b\s*(?:[/íìịl|]?\s*[c©Ce]|/)\s*\)$", " (để b/c)", text)
    # "(p/h)" (phối hợp), also "(để p/h)", read without its slash, or with it as "("
    text = re.sub(
        r"\s*\(\s*(để\s+)?p\s*[/l|(í]?\s*h\s*\)$",
        lambda m: " (để p/h)" if m.group(1) else " (p/h)",
        text,
    )
    # "Lưu: VT, NC (02b)": the copies kept (bản), the b often read "D" or "6"
    if fold(text).startswith("Luu"):
        text = re.sub(r"\((\d{1,2})\s*[bBD6]\)$", r"(\1b)", text)
    return " ".join(text.split())


def _cut_garbage(item: str) -> str:
    """An item ends at its ";"/"." even when OCR ran the signer column onto the line, and
    at a column gap of a plain text ("- Như trên;      KT. CHỦ TỊCH")."""
    gap = re.search(r"(?<=\S)\s{3,}(?=\S)", item)
    if gap:
        item = item[: gap.start()]
    m = re.search(r";|\.(?=\s|$)", item) or _signer_comma(item)
    if m and (m.end() >= len(item.rstrip()) - 1 or len(item[m.end() :].strip()) < 25):
        return item[: m.start()]
    return item


def _signer_comma(item: str) -> re.Match[str] | None:
    """The comma that ends an item of an older list when a title in capitals follows it
    on the line ("- Ban Thường vụ Tỉnh ủy (b/c), BÍ THƯ")."""
    return next(
        (
            m
            for m in re.finditer(r",(?=\s)", item)
            if is_upper_text(tail := item[m.end() :].strip(), 0.9)
            and len(re.sub(r"[^\wÀ-ỹ]", "", tail)) >= 4
        ),
        None,
    )


def parse_kinh_gui(lines: list[str]) -> list[str]:
    """Addressees after "Kính gửi:", one line or a "- …;" list; in a Công điện, the list
    after its sender's line ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:")."""
    for i, line in enumerate(lines):
        m = _KINH_GUI.match(fold(line))
        sender = None if m else _DIEN.search(fold(line))
        if sender and is_upper_text(line[: sender.start()]) and len(line[: sender.start()]) > 4:
            first = ""
        elif m:
            first = line[m.end() :].strip()
        else:
            continue
        items: list[str] = []
        rest = lines[i + 1 :]
        if first and not first.startswith("-"):
            return [clean_item(first)]
        if first:
            items.append(first)
        for nxt in rest:
            s = nxt.strip()
            if not s:
                break
            if s.startswith("-"):
                items.append(s)
            elif _BODY_START.match(fold(s)):
                break  # the body, under an item cut off at the margin ("… thường x")
            elif items and not _ITEM_END.search(items[-1]):
                items[-1] += " " + s
            else:
                break
            if s.endswith("."):
                break
        return [c for c in (clean_item(x) for x in items) if c]
    return []


def _starts_item(line: str) -> bool:
    """A line that starts an entry of "Nơi nhận": "- …", "+ …" or "Lưu: …"."""
    return line.startswith(("-", "+", "–", "_")) or bool(_LUU.match(fold(line)))


def _is_luu(line: str) -> bool:
    """The "Lưu: VT, …" entry, which ends the list."""
    return bool(_LUU.match(fold(re.sub(r"^[\s\-–_+]+", "", line))))


def unheaded_recipients(lines: list[str]) -> int | None:
    """The first line of a recipient list whose "Nơi nhận:" OCR did not read (bold italics,
    faint): the run of "- " entries that ends with "- Lưu: …", entries wrapped onto a line
    of their own included; None when there is no such run of two entries or more."""
    end = next((i for i in reversed(range(len(lines))) if _is_luu(lines[i].strip())), None)
    if end is None or not _starts_item(lines[end].strip()):
        return None
    first = end
    for j in reversed(range(end)):
        s = lines[j].strip()
        if not s:
            break
        if _starts_item(s):
            first = j
        elif not (s[0].islower() or (len(s) < 40 and not s.endswith((".", ":")))):
            break
    return first if first < end and _starts_item(lines[first].strip()) else None


def parse_noi_nhan(lines: list[str]) -> tuple[list[str], int | None]:
    """Recipients under "Nơi nhận:" ("Lưu: VT, …" kept as an entry), and the line index
    of "Nơi nhận" (None if there is none; the line above the list when the heading was not
    read, see :func:`unheaded_recipients`)."""
    start = None
    for i, line in enumerate(lines):
        if _NOI_NHAN.match(fold(line)):
            start = i
    if start is None:
        first = unheaded_recipients(lines)
        start = first - 1 if first else None
    if start is None:
        return [], None
    items: list[str] = []
    last = ""  # the line the last item came from, as read
    for line in lines[start + 1 :]:
        s = line.strip()
        if not s:
            continue
        if _starts_item(s):
            items.append(_cut_garbage(s))
            last = s
            if _is_luu(s):
                break
        elif items and (
            s.startswith("(")  # "(để t/h);" wrapped onto its own line
            or (
                # an entry wrapped before its end: the rest in lower case ("…và / các
                # đơn vị;"), or a capitalised rest of a name ending the entry ("…thành phố
                # Tuyên / Quang;"), which no signer's title or name does
                not _ITEM_END.search(items[-1])
                and len(s) < 60
                and (
                    s[0].islower()
                    or (s.endswith(";") and not is_upper_text(s))
                    or (s.endswith(".") and not is_upper_text(s) and _name(s) is None)
                    # an abbreviation ending the entry ("…các khu kinh tế - Bộ / KH&ĐT;"):
                    # no signer's line ends with ";"
                    or (s.endswith(";") and len(s.split()) <= 2 and _name(s) is None)
                )
            )
            or (
                # an entry wrapped after its ";" ("…thành phố; / CĐ ngành, … (để t/h);"):
                # mixed case with a comma or a bracket, not a signer's title or name
                not is_upper_text(s)
                and re.search(r"[,(]", s)
                and _name(s) is None
                and not _AUTHORITY.match(fold(s))
            )
        ):
            joint = "; " if _ITEM_END.search(last) and not s.startswith("(") else " "
            items[-1] += joint + _cut_garbage(s)
            last = s
        elif items:
            break
    return [c for c in (clean_item(x) for x in items) if c], start


#: How far below "Nơi nhận" the signer block of a plain text is looked for.
SIGNER_REACH = 12


def _signer_part(text: str) -> str:
    """What OCR ran onto a recipient line from the signer column, without the specks of
    seal and signature read before it ("c 11 GIÁM ĐỐC" → "GIÁM ĐỐC"): from an authority
    prefix on ("TM:ỦY-BAN NHÂN DÂN"), else the capitalised words that end the line."""
    prefix = re.search(r"(?<![\wÀ-ỹ])(?:(?:KT|TM|TL|TUQ|Q)\s*[.:]|(?:T/M|K/T|T/L)\s)", text)
    if prefix:
        return text[prefix.start() :].strip()
    words = text.replace("'", " ").split()
    kept: list[str] = []
    while words and (
        (words[-1][0].isupper() and re.fullmatch(r"\w[\w\-]+,?", words[-1]))
        or (words[-1] in "-–" and kept)  # "HÀNH CHÍNH - TỔ CHỨC"
        # a one-letter name ("A Blin", "Y Suôn Niê"), not a speck before a title
        or (len(words[-1]) == 1 and words[-1].isupper() and kept and not kept[0].isupper())
    ):
        kept.insert(0, words.pop())
    return " ".join(kept).strip(" -–,")


def _starts_inside_a_word(line: str) -> bool:
    """A line that starts in small letters, or with one letter before a word in small
    letters ("D tỉnh;"): the cut-off tail of a recipient, not a title or a name."""
    words = line.split()
    return bool(words) and (
        words[0][0].islower() or (len(words[0]) == 1 and len(words) > 1 and words[1][0].islower())
    )


def plain_signer_lines(lines: list[str], start: int) -> list[str]:
    """The signer block of a plain text whose closing columns OCR ran together line by
    line ("Nơi nhận: KT. GIÁM ĐỐC", "- Như trên; PHÓ GIÁM ĐỐC"): the text right of each
    recipient, then the lines under the list. ``start`` is the "Nơi nhận" line."""
    out: list[str] = []
    first = _NOI_NHAN.match(fold(lines[start]))
    rest = lines[start][first.end() :].strip() if first else ""
    if rest and not rest.startswith(("-", "+", "–")):
        out.append(_signer_part(rest))
    listing = True
    for line in lines[start + 1 : start + 1 + SIGNER_REACH]:
        s = line.strip()
        if not s:
            continue
        if listing and _starts_item(s):
            end = re.search(r";|\.(?=\s)", s) or _signer_comma(s)
            if end is not None:
                out.append(_signer_part(s[end.end() :]))
            if _is_luu(s):
                listing = False
            continue
        out.append(s)
    return [x for x in out if x]


def closing_left_lines(ocr: OcrResult) -> list[str]:
    """Lines of the left half of the page from "Nơi nhận" down, read from the word boxes."""
    lines = sorted(group_lines(ocr.words), key=lambda line: line.top)
    out: list[str] = []
    started = False
    for line in lines:
        words = [w for w in line.words if w.left + w.width / 2 < ocr.width * 0.5]
        if not words:
            continue
        text = " ".join(w.text for w in words)
        if not started and _NOI_NHAN.match(fold(normalise_line(text)[0])):
            started = True
        if started:
            out.append(normalise_line(text)[0])
    return out


@dataclasses.dataclass(frozen=True)
class Signer:
    tham_quyen_ky: str | None = None
    chuc_vu_nguoi_ky: str | None = None
    nguoi_ky: str | None = None


def _title(text: str) -> str:
    """A signer title read by OCR, snapped to a known title when it is close; a longer
    title that starts with a known one, marks aside, takes that one's marks ("TRƯỜNG PHÒNG
    CÔNG CHỨC, VIÊN CHỨC" → "TRƯỞNG PHÒNG …"). Commas and hyphens inside are kept."""
    kept = re.sub(r"[^\wÀ-ỹ ,\-]", " ", text)
    kept = re.sub(r"\s+([,])", r"\1", " ".join(kept.split())).strip(" ,-").upper()
    bare = " ".join(re.sub(r"[^\wÀ-ỹ ]", " ", text).split()).upper()
    best = process.extractOne(bare, signer_titles(), scorer=fuzz.ratio)
    if (
        best
        and best[1] >= 80
        and not fold(bare).startswith(fold(best[0]) + " ")  # (a unit after it: below)
        # as many words, or the same letters run together ("GIÁMĐỐC"): "PHÓ KIỂM TOÁN
        # TRƯỞNG" is no misread "KẾ TOÁN TRƯỞNG"
        and (
            len(bare.split()) == len(best[0].split())
            or fuzz.ratio(bare.replace(" ", ""), best[0].replace(" ", "")) >= 95
        )
    ):
        return best[0]
    words = kept.split(" ")
    for known in sorted(signer_titles(), key=len, reverse=True):
        n = len(known.split())
        if len(words) > n and fold(" ".join(words[:n])) == fold(known):
            return known + " " + _unit_marks(known, words[n:])
    return kept


def _unit_marks(title: str, unit: list[str]) -> str:
    """The unit named after a known title, with its marks put back: a first word that
    spells a word of the title takes the title's form ("ĐỘI TRƯỞNG ĐÔI …" → "ĐỘI"), then
    the marks of known terms ("… CHỈ ĐẠO TUYỂN" takes those of "chỉ đạo tuyến"), then those
    the language model wants where it is sure ("TỒNG HỢP" → "TỔNG HỢP")."""
    words = list(unit)
    same = [w for w in title.split() if w not in ("PHÓ", "TRƯỞNG") and fold(w) == fold(words[0])]
    if same:
        words[0] = same[0]
    text = restore_term_marks(" ".join(words))
    return restore_name_marks_lm(text)


def _name_words(name: str) -> dict[str, list[str]]:
    """The words of a list of names in ``dictionaries/`` (comment lines left out),
    lower-cased, by their folded spelling, in the list's order."""
    out: dict[str, list[str]] = {}
    for line in dictionaries.path(name).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            for word in line.lower().split():
                out.setdefault(fold(word), []).append(word)
    return out


@lru_cache(maxsize=1)
def _given_names() -> dict[str, tuple[str, ...]]:
    """The syllables of personal names (dictionaries/ten_nguoi.txt), lower-cased, by their
    folded spelling."""
    return {k: tuple(v) for k, v in _name_words("ten_nguoi.txt").items()}


@lru_cache(maxsize=1)
def _family_names() -> dict[str, tuple[str, ...]]:
    """Vietnamese family names (dictionaries/ho_nguoi.txt) by their folded spelling, lower
    case."""
    return {k: tuple(sorted(set(v))) for k, v in _name_words("ho_nguoi.txt").items()}


def restore_family_name(word: str) -> str:
    """A family name read as no family name takes the marks of the one family name spelled
    alike ("Định" → Đinh, "Trân" → Trần, "Nguyên" → Nguyễn); read as one, or alike to none
    or to two, it stays as read."""
    lower = word.lower()
    spelled_alike = _family_names().get(fold(lower), ())
    # OCR keeps đ and d apart
    alike = [f for f in spelled_alike if [c == "đ" for c in f] == [c == "đ" for c in lower]]
    if lower in spelled_alike or len(alike) != 1:
        return word
    return apply_case(word, alike[0])


def _mark_changes(a: str, b: str) -> int:
    """How many marks differ between two spellings of the same letters (a hat, breve or
    horn, a bar on đ, a tone: one each)."""
    changes = 0
    for x, y in zip(a, b, strict=True):
        (xb, xt), (yb, yt) = split_tone(x), split_tone(y)
        changes += (xb != yb) + (xt != yt)
    return changes


def restore_name_marks(name: str, start: int = 1, sure: frozenset[str] = frozenset()) -> str:
    """A personal name whose syllables after the family name (from word ``start`` on) are
    not names as read ("Bùi Thị Thu Hãng", "Lục Văn Thăm") take the marks of the name
    syllable spelled alike with the fewest marks changed ("Hằng", "Thắm"), and among those
    the likeliest misread ("Điên": "Điền", whose grave Tesseract drops, not "Điển"); a
    syllable with no such name, or two as near, stays as read, and so does one the vote on
    the name line is ``sure`` of (a name the list lacks: "Sà", "Thụ")."""
    names = _given_names()
    words = name.split()
    for k in range(start, len(words)):
        word = words[k].lower()
        if word in names.get(fold(word), ()) or words[k] in sure:
            continue
        near = sorted(
            (_mark_changes(word, n), misread_cost(n, word), n)
            for n in names.get(fold(word), ())
            if [c == "đ" for c in n] == [c == "đ" for c in word]  # OCR keeps đ and d apart
        )
        if near and (len(near) == 1 or near[0][:2] < near[1][:2]):
            words[k] = apply_case(words[k], near[0][2])
    return " ".join(words)


def _name(text: str) -> str | None:
    """A signer's name (with a rank before it, if any) from one OCR line, or None."""
    text = re.sub(r"^[^\wÀ-ỹ]+|[^\wÀ-ỹ]+$", "", text.strip())
    rank = next((r for r in ranks() if fold(text).lower().startswith(fold(r).lower() + " ")), "")
    words = text[len(rank) :].split()
    if not 2 <= len(words) <= 7 or re.search(r"[:,;/()]", text):
        return None
    if not all(w[0].isupper() for w in words) or any(c.isdigit() for c in text):
        return None
    return " ".join([rank, *words]) if rank else " ".join(words)


#: The most words a signer's title line has ("TRƯỞNG PHÒNG ĐIỀU HÀNH DỰ ÁN SỐ 2" has 8).
TITLE_WORDS = 9


def parse_signer(lines: list[str], sure: frozenset[str] = frozenset()) -> Signer:
    """Authority prefix, title and name from the lines of the signer block (top down);
    ``sure``: syllables of the name the vote on its line is sure of
    (:func:`restore_name_marks`)."""
    lines = [s for line in lines if (s := line.strip())]
    # a line that starts inside a word ("ỉnh (để b/c): TRƯỞNG PHÒNG …") is the tail of a
    # recipient read with the signer column: what is the signer's is kept
    lines = [_signer_part(line) if _starts_inside_a_word(line) else line for line in lines]
    lines = [line for line in lines if line]
    if not lines:
        return Signer()
    authority = None
    titles: list[str] = []
    name = None
    start = 0
    for i, line in enumerate(lines):
        m = _AUTHORITY.match(fold(line))
        if m and is_upper_text(line[m.end() :]):
            prefix = (m.group(1) or "").upper()
            if m.group(2):
                party = m.group(2).upper()
                authority = "T/L" if party.startswith("T/") and party != "T/M" else party
            else:
                tl = (prefix[0] == "T" and prefix[1] in "LI1|") or prefix == "1L"
                authority = ("TL" if tl else prefix) + "."
            start = i + 1
            break
    # the title stands above the name: what is read under the name is not the title
    name_at = next(
        (
            i
            for i in reversed(range(start, len(lines)))
            if (candidate := _name(lines[i])) and _title(candidate) not in signer_titles()
        ),
        len(lines),
    )
    for line in lines[start:name_at]:
        acting = _ACTING.match(fold(line))  # "Q. CHÁNH VĂN PHÒNG": acting, kept in the title
        rest = line[acting.end() if acting else 0 :]
        letters = re.sub(r"[^\wÀ-ỹ ]", "", rest).strip()
        if (
            len(letters) >= 4
            and is_upper_text(letters, 0.9)
            and len(letters.split()) <= TITLE_WORDS
        ):
            snapped = _title(rest)  # commas kept: "TRƯỞNG PHÒNG CÔNG CHỨC, VIÊN CHỨC"
            if snapped in signer_titles() or len(letters.split()) >= 2:
                titles.append(("Q. " if acting else "") + snapped)
    if not titles and authority == "Q." and start:
        # "Q. GIÁM ĐỐC" on its own line: the acting post is the title too
        rest = re.sub(
            r"[^\wÀ-ỹ ]", "", lines[start - 1][_AUTHORITY.match(fold(lines[start - 1])).end() :]
        )
        if rest.strip():
            titles.append("Q. " + _title(rest.strip()))
    if name_at < len(lines):
        name = _name(lines[name_at])
    if name:
        folded = fold(name).lower()
        family = 0  # the word the personal name starts with, after a rank
        for rank in ranks():
            if folded.startswith(fold(rank).lower() + " "):
                name = rank + name[len(rank) :]
                family = len(rank.split())
                break
        words = name.split()
        if len(words) - family >= 3 and (degree := _degree(words[family])):
            words[family] = degree  # "BSCKH. Lâm Quốc Thái": the degree is kept as printed
            family += 1
            name = " ".join(words)
        if len(words) - family >= 3:
            # "Nguyên" is a given name, not a family name: OCR dropped Nguyễn's tilde
            words[family] = restore_family_name(words[family])
            name = " ".join(words)
        if len(words) - family >= 2:
            name = restore_name_marks(name, family + 1, sure)
    chuc_vu = titles[-1] if titles else None
    if chuc_vu and name and fold(chuc_vu) == fold(name).upper():
        chuc_vu = titles[-2] if len(titles) > 1 else None
    if authority is None and len(titles) >= 2 and titles[-1] == "PHÓ " + titles[-2]:
        # "GIÁM ĐỐC / PHÓ GIÁM ĐỐC" with the "KT." lost under the seal: a deputy signs
        # for the head only as "KT." (Nghị định 30, Phụ lục I)
        authority = "KT."
    return Signer(authority, chuc_vu, name)


def read_signer_block(page: Page, engine: Any) -> Page:
    """Second OCR pass over the right half of the closing, under "Nơi nhận", with the seal
    thresholded away; the lines go to ``page.signer_lines``. Pages without "Nơi nhận" are
    returned as they are.

    A cascade, so that the pass costs little where the first reading is good: the right half
    is read at the first of ``SEAL_THRESHOLDS``, and at the others only when that reading is
    doubtful (:func:`signer_doubtful`); the left half is read again (:func:`_recipients`)
    only when the page's reading of it is doubtful (:func:`recipients_doubtful`). What is
    read first goes in one OCR run."""
    block_engine = engine_with_psm(engine, 6, "")
    if page.image is None or page.ocr is None or block_engine is None:
        return page  # an engine that cannot read a given crop (a replay) has no second pass
    top = None
    for line in group_lines(page.ocr.words):
        if _NOI_NHAN.match(fold(normalise_line(line.text)[0])):
            top = line.top
    if top is None:
        return page
    image = page.image if page.image.ndim == 2 else page.image.mean(axis=2).astype(np.uint8)
    height, width = image.shape[:2]
    top = max(0, top - height // 60)
    crop = image[top:, _signer_left(page.ocr, top, width) :]
    inks = [
        strip_signature(np.where(crop < threshold, 0, 255).astype(np.uint8))
        for threshold in SEAL_THRESHOLDS
    ]
    on_page = signer_from_page(page.ocr, top)
    first = [] if on_page is not None else [inks[0]]
    left_at = len(first)
    if recipients_doubtful(page.ocr, top):
        first.append(image[top:, : width // 2])
    results = recognise_all(block_engine, first, page.number)
    recipients = _recipients(page, results[left_at], top) if len(results) > left_at else ()
    if on_page is not None:
        lines = _closing_words(page.ocr, top, right=True)
        scale = width / page.ocr.width if page.ocr.width else 1.0
        texts, sure = vote_signer(
            image, group_lines(lines), on_page, (0, 0, scale), engine, page.number
        )
        return dataclasses.replace(
            page, signer_lines=tuple(texts), signer_sure=tuple(sure), recipient_lines=recipients
        )
    best, best_result = _signer_reading(results[0]), results[0]
    if signer_doubtful(best):
        for result in recognise_all(block_engine, inks[1:], page.number):
            reading = _signer_reading(result)
            if reading[0] > best[0]:
                best, best_result = reading, result
    offset = (top, _signer_left(page.ocr, top, width), 1.0)
    texts, sure = vote_signer(
        image, group_lines(best_result.words), best[1], offset, engine, page.number
    )
    return dataclasses.replace(
        page, signer_lines=tuple(texts), signer_sure=tuple(sure), recipient_lines=recipients
    )


_VOWEL = re.compile(r"[aeiouyAEIOUY]")
#: Grey thresholds and scales at which the signer's name line (and a title line that is not
#: a known title) is read again for a vote.
NAME_VOTE_THRESHOLDS = (110, 150)
NAME_VOTE_SCALES = (1.0, 1.5, 2.0)
#: The fewest readings that must agree on a syllable to overrule the block's reading, which
#: they must also outnumber two to one.
NAME_VOTE_MAJORITY = 3
#: The fewest of the block's reading and the line's six that must give a syllable of the
#: name alike for the list of names not to overrule it.
NAME_SURE = 6
#: The fewest readings that must agree on the words that replace a garbled run of a title.
GARBLE_VOTE_MAJORITY = 2
_CORE = re.compile(r"^([^\wÀ-ỹ]*)([\wÀ-ỹ]+)([^\wÀ-ỹ]*)$")


def line_variants(
    image: np.ndarray, line: Any, offset: tuple[int, int, float], below: float = 0.5
) -> list[np.ndarray]:
    """One line of the block cut from the page image (``offset`` + scale × its box gives its
    place, with half its height of room around, ``below`` × its height under it) at every
    vote threshold and scale; none when the cut is empty."""
    top, left, scale = offset
    height = max(w.height for w in line.words) * scale
    pad, under = int(height / 2) + 4, int(height * below) + 4
    bottom = max(w.top + w.height for w in line.words)
    y0, x0 = max(0, top + int(line.top * scale) - pad), max(0, left + int(line.left * scale) - pad)
    y1, x1 = top + int(bottom * scale) + under, left + int(line.right * scale) + pad
    crop = image[y0:y1, x0:x1]
    if crop.size == 0:
        return []
    variants = []
    for threshold in NAME_VOTE_THRESHOLDS:
        ink = np.where(crop < threshold, 0, 255).astype(np.uint8)
        for factor in NAME_VOTE_SCALES:
            variants.append(
                ink
                if factor == 1.0
                else cv2.resize(ink, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
            )
    return variants


def _sure(forms: list[str], read: str, majority: int) -> str:
    """The form most of ``forms`` give, when it outnumbers ``read`` (the block's own form,
    counted among them) two to one and ``majority`` readings give it; else ``read``."""
    best = max(set(forms), key=lambda f: (forms.count(f), f == read))
    # a clear majority only: a reading that drops a faint mark ("Huynh" for "Huỳnh") may be
    # the commoner one at the vote's thresholds
    return best if forms.count(best) >= max(majority, 2 * forms.count(read)) else read


def _vote_name_line(read: str, readings: list[str]) -> tuple[str, frozenset[str]]:
    """The name ``read`` by the block, voted syllable by syllable with the line's
    ``readings`` (a reading counts when it has the same letters as the block's), and the
    syllables that at least ``NAME_SURE`` of the block and the readings give alike."""
    words = read.split()
    votes: list[list[str]] = [[w] for w in words]
    for text in readings:
        again = _name(text)
        if again and len(again.split()) == len(words):
            pairs = list(zip(words, again.split(), strict=True))
            if all(
                fold(a).lower() == fold(b).lower() or not _VOWEL.search(fold(a)) for a, b in pairs
            ):
                # same letters, or a syllable the block read without its vowel ("A Bln")
                for k, (_, word) in enumerate(pairs):
                    votes[k].append(word)
    voted = [_sure(forms, words[k], NAME_VOTE_MAJORITY) for k, forms in enumerate(votes)]
    pairs = zip(voted, votes, strict=True)
    sure = frozenset(word for word, forms in pairs if forms.count(word) >= NAME_SURE)
    return " ".join(voted), sure


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Every word of a known place name, in lower case ("đắk", "krông", "ea")."""
    return frozenset(w for name in gazetteer()[1] for w in name.split())


def _upper_syllable(word: str) -> bool:
    """A word in capitals that is a syllable or a word of a place name ("ĐẮK")."""
    return word.isupper() and (is_syllable(word.lower()) or word.lower() in _place_words())


def vote_title_line(read: str, readings: list[str]) -> str:
    """A title line ``read`` by the block, voted with the line's ``readings``. A word in
    capitals whose letters the readings spell alike takes the form a clear majority give
    ("QUẦN" → "QUẢN"; readings with a small letter, "cHỈ", do not count); a run of the
    block that is no syllable but has letters ("QUẢN ï.Ý"; a speck "_" is left) is replaced
    by the syllables or place-name words in capitals that ``GARBLE_VOTE_MAJORITY`` readings
    or more agree on, and no other reading gives as often ("LÝ")."""
    tokens = read.split()
    cores = [_CORE.match(t) for t in tokens]
    keys = [fold(c.group(2)).lower() if c else t for c, t in zip(cores, tokens, strict=True)]
    votes: list[list[str]] = [[c.group(2)] if c else [] for c in cores]
    runs: dict[tuple[int, int], list[tuple[str, ...]]] = {}
    for text in readings:
        again = text.split()
        found = [_CORE.match(t) for t in again]
        other = [fold(c.group(2)).lower() if c else t for c, t in zip(found, again, strict=True)]
        matcher = difflib.SequenceMatcher(None, keys, other, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                    # a word in capitals takes no reading with a small letter ("cHỈ")
                    if cores[i] and (c := found[j]) and c.group(2).isupper():
                        votes[i].append(c.group(2))
            elif op == "replace" and all(
                (c := found[j]) and _upper_syllable(c.group(2)) for j in range(j1, j2)
            ):
                runs.setdefault((i1, i2), []).append(tuple(again[j1:j2]))
    out: list[str] = []
    i = 0
    while i < len(tokens):
        run = next(
            (
                (i2, forms)
                for (i1, i2), forms in runs.items()
                if i1 == i
                and any(not (c and _upper_syllable(c.group(2))) for c in cores[i1:i2])
                # a speck with no letter ("_" from a rule) is no garbled word
                and all(any(ch.isalpha() for ch in t) for t in tokens[i1:i2])
            ),
            None,
        )
        if run is not None:
            i2, forms = run
            best = max(set(forms), key=forms.count)
            counts = sorted((forms.count(f) for f in set(forms)), reverse=True)
            if counts[0] >= GARBLE_VOTE_MAJORITY and (len(counts) == 1 or counts[1] < counts[0]):
                out.extend(best)
                i = i2
                continue
        core = cores[i]
        if core and core.group(2).isupper():
            word = _sure(votes[i], core.group(2), NAME_VOTE_MAJORITY)
            out.append(core.group(1) + word + core.group(3))
        else:
            out.append(tokens[i])
        i += 1
    return " ".join(out)


def vote_signer(
    image: np.ndarray,
    lines: list[Any],
    texts: list[str],
    offset: tuple[int, int, float],
    engine: Any,
    page_number: int,
) -> tuple[list[str], frozenset[str]]:
    """The signer block's lines with the name line, and the title line when its title is
    not a known one, read again and voted on: Tesseract reads the marks of words in bold a
    little differently at each threshold and scale ("Thăng" once, "Thắng" five times), and
    a name has no dictionary to check it against, nor has the unit a title names. All the
    readings go in one OCR run. ``lines`` are the block's lines as OCR found them, in the
    order of ``texts``. With them, the syllables of the name the vote is sure of
    (:func:`_vote_name_line`)."""
    line_engine = engine_with_psm(engine, 7, "")
    signer = parse_signer(texts)
    if line_engine is None or not signer.nguoi_ky:
        return texts, frozenset()
    ordered = sorted(lines, key=lambda line: line.top)
    wanted = fold(signer.nguoi_ky).lower()
    at = next(
        (
            i
            for i in reversed(range(len(texts)))
            if i < len(ordered) and fold(_name(texts[i]) or "").lower() == wanted
        ),
        None,
    )
    if at is None:
        return texts, frozenset()
    chosen = [at]
    title = signer.chuc_vu_nguoi_ky
    if title and title not in signer_titles():
        head = fold(title).split()[0]
        title_at = next((i for i in reversed(range(at)) if head in fold(texts[i]).split()), None)
        if title_at is not None:
            chosen.insert(0, title_at)
    crops = [line_variants(image, ordered[i], offset) for i in chosen]
    results = recognise_all(line_engine, [c for crop in crops for c in crop], page_number)
    out = list(texts)
    sure: frozenset[str] = frozenset()
    for i, crop in zip(chosen, crops, strict=True):
        readings = [
            normalise_line(" ".join(w.text for w in result.words))[0]
            for result in results[: len(crop)]
        ]
        results = results[len(crop) :]
        if not readings:
            continue
        if i == at:
            read = _name(texts[i])
            assert read is not None
            voted, sure = _vote_name_line(read, readings)
            out[i] = out[i].replace(read, voted)
        else:
            out[i] = vote_title_line(texts[i], readings)
    return out, sure


#: A stroke of ink this many times taller and wider than the block's median letter is a
#: signature (or what is left of a seal's ring), not a letter.
SIGNATURE_SIZE = 2.5


def strip_signature(ink: np.ndarray) -> np.ndarray:
    """A black-on-white block with the handwritten signature taken out: every connected
    stroke more than ``SIGNATURE_SIZE`` times the median letter's height both high and wide.
    Tesseract reads a signature that comes near the title above it as one line with the
    title ("GIÁM ĐỐC" over a flourish read as "“y1”")."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats((ink < 128).astype(np.uint8), 8)
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    letters = heights[heights > 5]  # specks of noise are not letters
    if count < 2 or not letters.size:
        return ink
    size = SIGNATURE_SIZE * float(np.median(letters))
    big = [
        i
        for i in range(1, count)
        if stats[i, cv2.CC_STAT_HEIGHT] > size and stats[i, cv2.CC_STAT_WIDTH] > size
    ]
    if not big:
        return ink
    out = ink.copy()
    out[np.isin(labels, big)] = 255
    return out


#: The signer column starts no further left than this share of the page's width.
SIGNER_LEFT_MIN = 0.35


def _signer_left(ocr: OcrResult, top: int, width: int) -> int:
    """Where the signer column starts on the image: the middle of the page, or further
    left when a line of the right column (its centre right of the middle) starts before it,
    as a long title does ("TRƯỞNG PHÒNG CÔNG CHỨC, VIÊN CHỨC")."""
    middle = width // 2
    scale = width / ocr.width if ocr.width else 1.0
    left = middle
    for line in group_lines([w for w in ocr.words if w.top >= top]):
        cuts = [0, *(i + 1 for i in line.gaps(COLUMN_GAP * ocr.width)), len(line.words)]
        for a, b in itertools.pairwise(cuts):
            part = line.words[a:b]
            start, end = part[0].left, max(w.left + w.width for w in part)
            if (start + end) / 2 * scale >= middle:
                left = min(left, int(start * scale) - 20)
    # never into the Nơi nhận column: a line read across both columns would start there
    return max(int(width * SIGNER_LEFT_MIN), left)


def _closing_words(ocr: OcrResult, top: int, right: bool) -> list[OcrWord]:
    """The page's words from ``top`` down in the right half (the signer block) or the left
    (Nơi nhận), by the centre of each word."""
    half = ocr.width / 2
    return [w for w in ocr.words if w.top >= top and (w.left + w.width / 2 >= half) == right]


def signer_from_page(ocr: OcrResult, top: int) -> list[str] | None:
    """The page's own reading of the signer block (the right half, from ``top`` down), when
    it can be taken without a second pass: the title is a known one (dictionaries/
    chuc_vu.txt), a name is found, OCR is at least ``PAGE_SIGNER_SURE`` sure of every word
    of the title and of the name (and of "KT."/"TM."… when an authority line stands above
    the title). Otherwise None: the seal or the signature may have garbled the block."""
    words = _closing_words(ocr, top, right=True)
    lines = sorted(group_lines(words), key=lambda line: line.top)
    texts = [normalise_line(line.text)[0] for line in lines]
    signer = parse_signer(texts)
    if signer.chuc_vu_nguoi_ky not in signer_titles() or not signer.nguoi_ky:
        return None
    name = fold(signer.nguoi_ky).lower()
    name_at = next(
        (i for i in reversed(range(len(texts))) if fold(_name(texts[i]) or "").lower() == name),
        None,
    )
    title_at = next(
        (
            i
            for i in reversed(range(name_at or 0))
            if _title(re.sub(r"[^\wÀ-ỹ ]", "", texts[i])) == signer.chuc_vu_nguoi_ky
        ),
        None,
    )
    if name_at is None or title_at is None:
        return None
    needed = [*lines[title_at].words, *lines[name_at].words]
    if title_at > 0:  # the line above the title must be the authority, read surely
        authority = _AUTHORITY.match(fold(texts[title_at - 1]))
        if authority is None or signer.tham_quyen_ky is None:
            return None
        needed.append(lines[title_at - 1].words[0])
    if min(w.conf for w in needed) < PAGE_SIGNER_SURE:
        return None
    return texts


def _signer_reading(result: OcrResult) -> tuple[float, list[str]]:
    """OCR's mean confidence of a reading of the signer block (-1 when it found nothing)
    and its lines, top down."""
    if not result.words:
        return -1.0, []
    score = sum(w.conf for w in result.words) / len(result.words)
    ordered = sorted(group_lines(result.words), key=lambda line: line.top)
    return score, [normalise_line(line.text)[0] for line in ordered]


def signer_doubtful(reading: tuple[float, list[str]]) -> bool:
    """Whether a reading of the signer block should be checked against the block read at
    another threshold: OCR is less sure of it than ``SIGNER_SURE``, or no title or no name
    can be taken from it."""
    score, lines = reading
    signer = parse_signer(lines)
    return score < SIGNER_SURE or not signer.chuc_vu_nguoi_ky or not signer.nguoi_ky


def recipients_doubtful(ocr: OcrResult, top: int) -> bool:
    """Whether the page's reading of "Nơi nhận" (the left half, from ``top`` down) should be
    checked against the block read on its own: its list does not end with "Lưu: …" (the last
    lines garbled or dropped), an item holds a sign no recipient is written with ("€", "©":
    a misread), or OCR is less sure of its words than ``RECIPIENTS_SURE``."""
    words = _closing_words(ocr, top, right=False)
    items, _ = parse_noi_nhan(closing_left_lines(ocr))
    if not words or not items or not _LUU.match(fold(items[-1])):
        return True
    if any(_NOT_IN_A_NAME.search(item) for item in items):
        return True
    return _mean_conf(words) < RECIPIENTS_SURE


def _recipients(page: Page, result: OcrResult, top: int) -> tuple[str, ...]:
    """The left half under "Nơi nhận" read on its own (psm 6, ``result``), kept when OCR is
    surer of it than of the page reading, or finds more words about as surely: on the whole
    page Tesseract may join its last lines with the faint remains of a seal or signature on
    the right and misread or drop them."""
    assert page.ocr is not None
    before = _closing_words(page.ocr, top, right=False)
    if not result.words or not before:
        return ()
    again, first = _mean_conf(result.words), _mean_conf(before)
    more = len(result.words) > len(before) and again >= first - RECIPIENTS_CONF_MARGIN
    if not (more or again > first):
        return ()
    ordered = sorted(group_lines(result.words), key=lambda line: line.top)
    return tuple(normalise_line(line.text)[0] for line in ordered)


def _mean_conf(words: Any) -> float:
    return sum(w.conf for w in words) / len(words)
