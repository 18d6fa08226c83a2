"""Second readings of lines and words the page's OCR is known to get wrong: the title's
subject lines (trich_yeu) and the "Số" line on page 1, and document codes on every page.

Tesseract reading the whole page loses tone marks on the bold subject lines more often
than elsewhere ("Đà Năng", "quý II" for "quý III"); read alone as one line (psm 7), after
a light blur and Otsu threshold, they come out right more often. A re-read line replaces its
text in ``text_raw`` when OCR is more confident of it and the two readings are close.

A document code holds no letter with a Vietnamese mark but Đ; the `vie` model reads the
tail of a Q as a dot under an O ("CCHQIII" as "CCHỌII"). Such a code is read again by the
English model, which reads the letters of codes surest, and keeps Đ where `vie` saw one.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from typing import Any

import cv2
from rapidfuzz import fuzz

from .extract import _SO_LINE, HEADER_LINES, SPECK_CHARS, header_left, title_type
from .layout import COLUMN_GAP, Line, group_lines
from .ocr import engine_with_psm, recognise_all, tesseract_languages
from .records import OcrWord, Page
from .repair import lm_cost, normalise_line
from .tables import binarise
from .vietnamese import fold, is_upper_text

#: Lines that end a subject block.
_AFTER_SUBJECT = re.compile(r"^(CAN CU|KINH GUI|THUC HIEN|GIAM DOC|CHU TICH|\(|-)", re.IGNORECASE)
#: A re-read line replaces the first reading when they are at least this similar (0-100).
MIN_SIMILARITY = 80
#: A subject line is read again when OCR is less sure than this of any of its words (0-100).
LINE_SURE = 90.0


def subject_lines(lines: list[Line], width: int) -> list[Line]:
    """The lines under a document title (up to four), read from the word boxes."""
    ordered = sorted(lines, key=lambda line: line.top)
    for i, line in enumerate(ordered):
        if title_type(normalise_line(line.text)[0]) is None:
            continue
        out: list[Line] = []
        previous = line
        for nxt in ordered[i + 1 : i + 5]:
            height = max(w.height for w in previous.words)
            if nxt.top - previous.top > 3 * height or nxt.gaps(COLUMN_GAP * width):
                break
            if _AFTER_SUBJECT.match(fold(nxt.text)):
                break
            out.append(nxt)
            previous = nxt
        return out
    return []


def _crops(gray: Any, line: Line) -> list[tuple[Any, int, int]]:
    """The line cut tight to its words, and with room above and below for tone marks; each
    crop with the page position of its top-left corner."""
    height = max(w.height for w in line.words)
    bottom = max(w.top + w.height for w in line.words)
    left, right = max(0, line.left - 30), line.right + 30
    tight_top = max(0, line.top - 8)
    loose_top = max(0, line.top - height // 2)
    tight = gray[tight_top : bottom + 8, left:right]
    loose = gray[loose_top : line.top + int(height * 1.6), left:right]
    return [(c, left, top) for c, top in ((tight, tight_top), (loose, loose_top)) if c.size]


def _confidence(words: Any) -> float:
    return sum(w.conf for w in words) / len(words)


#: White margin put around a line crop before it is read again.
LINE_PAD = 30


def subject_line_doubtful(line: Line) -> bool:
    """Whether a subject line is worth reading again: OCR is less sure than ``LINE_SURE`` of
    one of its words (a lost tone mark shows as a weaker word; a line read right on the page
    has every word at 92 or more on the samples)."""
    return min(w.conf for w in line.words) < LINE_SURE


def reread_subject(page: Page, engine: Any) -> Page:
    """Page stage (page 1): read the doubtful subject lines (:func:`subject_line_doubtful`)
    again one by one and put them in the text (and their words in ``reading_words``); every
    crop of every such line is read in one OCR run, and none when no line is doubtful."""
    line_engine = engine_with_psm(engine, 7, "")
    if page.number != 1 or page.image is None or page.ocr is None or line_engine is None:
        return page
    gray = page.image if page.image.ndim == 2 else cv2.cvtColor(page.image, cv2.COLOR_RGB2GRAY)
    text = page.text_raw
    words = list(page.reading_words)
    lines = [
        line
        for line in subject_lines(group_lines(page.ocr.words), page.ocr.width)
        if subject_line_doubtful(line)
    ]
    if not lines:
        return page
    crops = [
        (i, x0, y0, _padded(crop))
        for i, line in enumerate(lines)
        for crop, x0, y0 in _crops(gray, line)
    ]
    readings = recognise_all(line_engine, [padded for *_, padded in crops], page.number)
    for i, line in enumerate(lines):
        best = (_confidence(line.words), line.text, line.words)
        for (at, x0, y0, _), result in zip(crops, readings, strict=True):
            if at != i:
                continue
            found = result.words
            again = " ".join(w.text for w in found)
            if found and fuzz.ratio(again, line.text) >= MIN_SIMILARITY:
                on_page = tuple(
                    dataclasses.replace(w, left=w.left - LINE_PAD + x0, top=w.top - LINE_PAD + y0)
                    for w in found
                )
                best = max(best, (_confidence(found), again, on_page), key=lambda b: b[:2])
        if best[1] != line.text and line.text in text:
            text = text.replace(line.text, best[1], 1)
            index = _index(words, line.words)
            if index is not None:
                words[index : index + len(line.words)] = best[2]
    return dataclasses.replace(page, text_raw=text, reading_words=tuple(words))


#: Scales at which a missed "Số" line is read again: large type (13 pt at 300 DPI) is
#: what Tesseract's fast model misreads most ("ẰO.5//117l11)" for "Số: 57/TTr-TTYT"),
#: and the same line read smaller comes out right.
SO_SCALES = (0.75, 0.6, 1.0)
#: Lines that may be a missed "Số" line: in the left half, in this top share of the page.
SO_REGION = 0.3


def reread_so_line(page: Page, engine: Any) -> Page:
    """Page stage (page 1): when no line of the page reads as "Số: …/…", the lines of the
    left header column with a "/" in them are read again one by one, smaller, and a reading
    that is a "Số" line replaces the line's text. Nothing is read when the line was found."""
    line_engine = engine_with_psm(engine, 7, "")
    if page.number != 1 or page.image is None or page.ocr is None or line_engine is None:
        return page

    def is_so(text: str) -> bool:
        return bool(_SO_LINE.match(fold(normalise_line(text)[0]).upper()))

    if any(is_so(line) for line in page.text_raw.split("\n")[:HEADER_LINES]):
        return page
    width, height = page.ocr.width, page.ocr.height
    lines = []
    for line in group_lines(page.ocr.words):
        # the left column's part of the line (the place and date are on the same row)
        gaps = line.gaps(COLUMN_GAP * width)
        part = line.split(gaps[0])[0] if gaps else line
        left = Line(tuple(w for w in part.words if w.left + w.width < width * 0.55))
        if left.words and line.top < height * SO_REGION and "/" in left.text:
            lines.append(left)
    lines = lines[:3]
    if not lines:
        return page
    gray = page.image if page.image.ndim == 2 else cv2.cvtColor(page.image, cv2.COLOR_RGB2GRAY)
    crops = []
    for i, line in enumerate(lines):
        crop = _crops(gray, line)[0][0]
        for scale in SO_SCALES:
            small = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
            crops.append((i, _padded(small)))
    readings = recognise_all(line_engine, [c for _, c in crops], page.number)
    text = page.text_raw
    for i, line in enumerate(lines):
        for (at, _), result in zip(crops, readings, strict=True):
            again = " ".join(w.text for w in result.words)
            if at == i and is_so(again) and line.text in text:
                text = text.replace(line.text, again, 1)
                break
    return dataclasses.replace(page, text_raw=text)


#: Room cut under a header line, as a share of its height: the header's lines are close
#: together, and with more the marks of the line below read as dots under this one's
#: letters ("ĐẤT ĐẠI" for ĐẤT ĐAI over "THÀNH PHỐ").
HEADER_BELOW = 0.3
_SPECK = f"[{re.escape(SPECK_CHARS)}]+"
#: Runs of specks (``extract.SPECK_CHARS``) at a word's ends.
_SPECKS = re.compile(rf"(?<!\S){_SPECK}|{_SPECK}(?!\S)")


def _known_term(text: str) -> bool:
    """Whether a header line is a known term of two words or more, marks and all ("ỦY BAN
    NHÂN DÂN", "SỞ Y TẾ"): nothing for a vote to put right."""
    from .places import agency_terms

    words = tuple(text.lower().split())
    return agency_terms().get(tuple(fold(w) for w in words)) == words


def _likelier(voted: list[str], read: list[str]) -> bool:
    """Whether the language model finds a header line with a voted word no less likely
    than as read: readings alone at other thresholds can agree on a wrong mark as well
    ("QUẦN KHU 5" four times out of six for QUÂN KHU)."""
    before, after = lm_cost(" ".join(read)), lm_cost(" ".join(voted))
    return before is None or after is None or after <= before


def reread_header(page: Page, engine: Any) -> Page:
    """Page stage (page 1): the names in capitals of the top-left header (the lines above
    "Số": co_quan_chu_quan, co_quan_ban_hanh) read again line by line at the signer vote's
    thresholds and scales, and voted word by word (:func:`closing.vote_title_line`).
    Tesseract reading the whole page drops or changes marks of bold capitals ("THUE",
    "HỘI ĐÔNG", "KIEN XƯƠNG", "VIÊN THÔNG"), and most readings of the line alone have them
    right. The voted words replace the OCR words and the line in ``text_raw``; a vote that
    changes how many words the line has is not taken. A line that is a known term as read
    is not read again. All readings go in one OCR run."""
    from .closing import line_variants, vote_title_line

    line_engine = engine_with_psm(engine, 7, "")
    if page.number != 1 or page.image is None or page.ocr is None or line_engine is None:
        return page
    names: list[tuple[Line, str]] = []
    for line, text in header_left(page.ocr):
        if _SO_LINE.match(fold(text).upper()):
            break
        if (
            line is not None
            and is_upper_text(text)
            and len(text.split()) == len(line.words)
            and not _known_term(text)
        ):
            names.append((line, text))
    if not names:
        return page
    gray = page.image if page.image.ndim == 2 else cv2.cvtColor(page.image, cv2.COLOR_RGB2GRAY)
    offset = (0, 0, gray.shape[1] / page.ocr.width if page.ocr.width else 1.0)
    crops = [line_variants(gray, line, offset, HEADER_BELOW) for line, _ in names]
    results = recognise_all(line_engine, [c for crop in crops for c in crop], page.number)
    fixed: dict[OcrWord, OcrWord] = {}
    text_raw = page.text_raw
    for (line, text), crop in zip(names, crops, strict=True):
        readings = [
            _SPECKS.sub("", normalise_line(" ".join(w.text for w in r.words))[0])
            for r in results[: len(crop)]
        ]
        results = results[len(crop) :]
        voted = vote_title_line(text, readings).split()
        read = text.split()
        if len(voted) != len(read):
            continue
        kept = list(read)
        for k, word in enumerate(line.words):
            if voted[k] != read[k] and _likelier([*kept[:k], voted[k], *kept[k + 1 :]], kept):
                kept[k] = voted[k]
                fixed[word] = dataclasses.replace(word, text=voted[k])
        if kept != read and line.text in text_raw:
            text_raw = text_raw.replace(line.text, " ".join(kept), 1)
    return _with_words(page, fixed, text_raw)


def numerals_on_page(page: Page) -> Page:
    """Page stage: the words of the page's text OCR read as Roman numerals put right from
    their image (:func:`tables.numeral_from_image`: "Mục II" and "khu vực H" for III and II
    by their stems, "KHU VỰC XI" for XIX glyph by glyph), in the OCR words and in their
    line of ``text_raw``."""
    from .tables import is_numeral_reading, numeral_from_image

    if page.image is None or page.ocr is None or page.ocr.width <= 0:
        return page
    if not any(is_numeral_reading(w.text) for w in page.ocr.words):
        return page
    gray = page.image if page.image.ndim == 2 else cv2.cvtColor(page.image, cv2.COLOR_RGB2GRAY)
    scale = gray.shape[1] / page.ocr.width
    fixed: dict[OcrWord, OcrWord] = {}
    text = page.text_raw
    for line in group_lines(page.ocr.words):
        new = list(line.words)
        for k, word in enumerate(line.words):
            if not is_numeral_reading(word.text):
                continue
            top, left = int(word.top * scale), int(word.left * scale)
            crop = gray[top : top + int(word.height * scale), left : left + int(word.width * scale)]
            counted = numeral_from_image(word.text, crop)
            if counted is not None:
                new[k] = dataclasses.replace(word, text=counted)
                fixed[word] = new[k]
        again = " ".join(w.text for w in new)
        if again != line.text and line.text in text:
            text = text.replace(line.text, again, 1)
    return _with_words(page, fixed, text)


def _with_words(page: Page, fixed: dict[OcrWord, OcrWord], text_raw: str) -> Page:
    """The page with the OCR words in ``fixed`` replaced (in its OCR result and its reading
    order) and the text given; the page itself when nothing was fixed."""
    if not fixed or page.ocr is None:
        return page
    words = tuple(fixed.get(w, w) for w in page.ocr.words)
    reading = tuple(fixed.get(w, w) for w in page.reading_words)
    ocr = dataclasses.replace(page.ocr, words=words)
    return dataclasses.replace(page, text_raw=text_raw, ocr=ocr, reading_words=reading)


def _padded(crop: Any) -> Any:
    """A line crop binarised, with a white margin of ``LINE_PAD`` all round."""
    return cv2.copyMakeBorder(
        binarise(crop), LINE_PAD, LINE_PAD, LINE_PAD, LINE_PAD, cv2.BORDER_CONSTANT, value=255
    )


def _index(words: list[Any], run: tuple[Any, ...]) -> int | None:
    """Where the words of ``run`` start in ``words``, or None."""
    n = len(run)
    for i in range(len(words) - n + 1):
        if words[i] == run[0] and tuple(words[i : i + n]) == run:
            return i
    return None


#: A word that is a document's number and code ("2147/BC-CCHQIII", "52-NQ/TW").
_CODE_WORD = re.compile(r"\(?\d{1,5}(?:/\d{4})?[/-]\w[\w/.-]*[\w.]\)?[.,;:]?")
#: A letter no code is written with: anything but A-Z, a-z and Đ/đ.
_NOT_IN_A_CODE = re.compile(r"[^\W\dA-Za-zĐđ_]")
#: White margin around a code word's box when it is read again.
CODE_PAD = 12


def misread_code(text: str) -> bool:
    """Whether an OCR word is a document code with a letter no code has ("CCHỌII")."""
    return bool(_CODE_WORD.fullmatch(text)) and bool(_NOT_IN_A_CODE.search(text))


def merge_code(page_reading: str, english: str) -> str:
    """The English model's reading of a code, with Đ put back where the page's reading has
    Đ and the English one D at the same place ("12/QD-CCHQIII" and "12/QĐ-CCHỌII" give
    "12/QĐ-CCHQIII")."""
    bare = page_reading.replace("Đ", "D").replace("đ", "d")
    out = list(english)
    matcher = difflib.SequenceMatcher(None, english, bare, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            if page_reading[b + k] in "Đđ":
                out[a + k] = page_reading[b + k]
    return "".join(out)


def reread_codes(page: Page, engine: Any) -> Page:
    """Page stage: the code words of the page with a letter no code has
    (:func:`misread_code`) are read again, each alone, by Tesseract's English model (when
    installed); a reading that is a code with no such letter replaces the word in
    ``text_raw`` and in the OCR words."""
    if page.image is None or page.ocr is None:
        return page
    suspects = [w for w in page.ocr.words if misread_code(w.text)]
    line_engine = engine_with_psm(engine, 7, "")
    command = getattr(engine, "command", "")
    if not suspects or line_engine is None or "eng" not in tesseract_languages(command):
        return page
    gray = page.image if page.image.ndim == 2 else cv2.cvtColor(page.image, cv2.COLOR_RGB2GRAY)
    crops = []
    for w in suspects:
        top, left = max(0, w.top - CODE_PAD), max(0, w.left - CODE_PAD)
        crop = gray[top : w.top + w.height + CODE_PAD, left : w.left + w.width + CODE_PAD]
        crops.append(cv2.copyMakeBorder(crop, 30, 30, 30, 30, cv2.BORDER_CONSTANT, value=255))
    english = dataclasses.replace(line_engine, lang="eng")
    readings = recognise_all(english, crops, page.number)
    fixed: dict[str, str] = {}
    for w, result in zip(suspects, readings, strict=True):
        again = "".join(x.text for x in result.words)
        if _CODE_WORD.fullmatch(again) and not _NOT_IN_A_CODE.search(again):
            fixed[w.text] = merge_code(w.text, again)
    if not fixed:
        return page
    text = page.text_raw
    for wrong, right in fixed.items():
        text = re.sub(rf"(?<!\S){re.escape(wrong)}(?!\S)", right, text)
    words = tuple(dataclasses.replace(w, text=fixed.get(w.text, w.text)) for w in page.ocr.words)
    return dataclasses.replace(page, text_raw=text, ocr=dataclasses.replace(page.ocr, words=words))
