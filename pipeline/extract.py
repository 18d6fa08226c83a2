"""Fields of Nghị định 30/2020/NĐ-CP from a document's repaired text and OCR layout.

Every field of DESIGN.md: the header (quoc_hieu, co_quan_*, so, ky_hieu, so_ky_hieu,
loai_van_ban, trich_yeu, dia_danh, ngay_ban_hanh, do_mat, do_khan), kinh_gui, the closing
(noi_nhan, tham_quyen_ky, chuc_vu_nguoi_ky, nguoi_ky, in closing.py), the cited documents
(van_ban_lien_quan, in citations.py), the tables read on the pages (tables.py) and the
task lists written as text (tasks.py).
Fields not found stay null, with the reason in ``confidence``. Matching runs on the folded
text (no diacritics, same length), so OCR that lost marks is read too; values are cut from
the original text. When OCR word boxes are available, the header's left column and the
closing are read from the layout.
"""

from __future__ import annotations

import csv
import dataclasses
import re
import unicodedata
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from . import dictionaries
from .citations import parse_citations
from .closing import (
    Signer,
    closing_left_lines,
    parse_kinh_gui,
    parse_noi_nhan,
    parse_signer,
    plain_signer_lines,
)
from .codes import normalise_code, normalise_number, normalise_party_code, parse_date
from .layout import COLUMN_GAP, Line, group_lines
from .places import gazetteer, restore_place_marks, restore_term_marks
from .records import Document, OcrResult, Page, empty_fields
from .repair import normalise_line, restore_name_marks_lm
from .syllables import apply_case, is_syllable
from .tables import codes_as_in_text, merge_tables, tidy_tables
from .tasks import text_task_tables
from .vietnamese import fold, is_upper_text

#: How many lines from the top of page 1 the header fields are looked for in.
HEADER_LINES = 40

_QUOC_HIEU = re.compile(r"C[O0]NG\s*H[O0]A\s*X[A-Z]\s*H[O0]I\s*CH[U]\s*NGH[I1l]A\s*V[I1]ET\s*NAM")
#: The Party's name, printed on the right of a Party body's header where the Quốc hiệu is.
_PARTY_MOTTO = re.compile(r"D[A-Z]NG\s*C[O0]NG\s*S[A-Z]N\s*V[I1]ET\s*NAM")
_TIEU_NGU = re.compile(r"D[O0]C\s*\S{2,3}P\s*-\s*T\S{1,2}\s*D[O0]\s*-\s*H\S{2,3}\s*PH\S{1,2}C")
_SO_LINE = re.compile(
    r"^\s*S[O06Q]\s*[:.;,]?\s*(?P<so>\d[\dOIl.]*[A-Z]?)?\s*"
    # "/" before the code, or "-" before a Party or Đoàn code ("Số 21-KH/BTGDVTU")
    r"(?P<sep>/|(?<=\d)-(?=\s*[A-Z][A-Za-z.&]*/))\s*"
    r"(?P<kh>[A-Z0-9][A-Za-z0-9\-/.&]*[A-Za-z0-9])"
)
_DATE = re.compile(
    r",\s*ngay\s+(?P<d>\d{1,2})\s*(?:thang|/)\s*(?P<m>\d{1,2})\s*(?:n\w{1,2}m|/)\s*(?P<y>\d{4})",
    re.IGNORECASE,
)
_APPENDIX = re.compile(r"^\s*(PHU LUC|DANH MUC|BIEU MAU)\b", re.IGNORECASE)
_BLANK_DATE = re.compile(
    r",\s*ngay\s*[._…\s]*(?:thang\s*[._…\s]*(?:\d{1,2})?\s*)n\w{1,2}m\s+(?P<y>\d{4})",
    re.IGNORECASE,
)
_VV = re.compile(r"^\s*V/v\b\s*[:.]?\s*", re.IGNORECASE)
_PLACE_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][^\s,]*$")


@dataclasses.dataclass(frozen=True)
class DocType:
    loai: str
    viet_tat: str
    nhom: str


@lru_cache(maxsize=1)
def document_types() -> tuple[DocType, ...]:
    """The types of Nghị định 30 Phụ lục III (and cited legal types) from dictionaries/."""
    with open(dictionaries.path("loai_van_ban.tsv"), encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return tuple(DocType(r["loai"], r["viet_tat"] or "", r["nhom"]) for r in rows)


@lru_cache(maxsize=1)
def _titles() -> dict[str, str]:
    """The document types by :func:`title_type`'s key."""
    return {_title_key(t.loai): t.loai for t in document_types() if t.nhom != "ban_sao"}


def _title_key(text: str) -> str:
    return re.sub(r"[^A-Z]", "", fold(text).upper())


def title_type(line: str) -> str | None:
    """The document type a title line names ("QUYẾT ĐỊNH" → "Quyết định"), its words read
    apart or run together ("QUYẾTĐỊNH"), or None."""
    return _titles().get(_title_key(line)) if is_upper_text(line) else None


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    table = {}
    for t in document_types():
        if t.viet_tat and t.nhom == "hanh_chinh":
            table[t.viet_tat.upper()] = t.loai
            table[fold(t.viet_tat).upper()] = t.loai  # QD for QĐ in OCR that lost the bar
    return table


def type_abbreviation(abbr: str) -> str | None:
    """The type an abbreviation of Phụ lục III (or of a legal document) names, or None."""
    key = abbr.upper()
    if key in _abbreviations():
        return _abbreviations()[key]
    legal = {fold(t.viet_tat).upper(): t.loai for t in document_types() if t.nhom == "quy_pham"}
    return legal.get(fold(key)) if key not in ("QH", "L") else None


def type_from_ky_hieu(ky_hieu: str) -> str:
    """Type named by the code's first part ("KH-SYT" → Kế hoạch); Công văn when it names none."""
    first = re.split(r"[-/]", ky_hieu, maxsplit=1)[0].upper()
    return _abbreviations().get(first, "Công văn")


__all__ = ["extract", "header_left_lines", "parse_date", "strip_national_motto"]

#: Urgency and secrecy marks (folded, upper case) as printed under the number.
_DO_KHAN = {
    "HOA TOC HEN GIO": "HỎA TỐC HẸN GIỜ",
    "HOA TOC": "HỎA TỐC",
    "THUONG KHAN": "THƯỢNG KHẨN",
    "KHAN": "KHẨN",
}
_DO_MAT = {"TUYET MAT": "TUYỆT MẬT", "TOI MAT": "TỐI MẬT", "MAT": "MẬT"}


def strip_national_motto(line: str) -> str:
    """Remove the Quốc hiệu and Tiêu ngữ from a line where OCR merged the header columns."""
    folded = fold(line).upper()
    cut = False
    for pattern in (_QUOC_HIEU, _TIEU_NGU, _PARTY_MOTTO):
        match = pattern.search(folded)
        if match:
            line = line[: match.start()] + line[match.end() :]
            folded = folded[: match.start()] + folded[match.end() :]
            cut = True
    # the dash left where the motto was cut goes; a name's own ("THI ĐUA -" before its
    # next line "KHEN THƯỞNG") stays
    return line.strip(" -–") if cut else line.strip()


def _gap_centre(line: Any, i: int) -> float:
    """The middle of the gap after word ``i`` of ``line``."""
    a, b = line.words[i], line.words[i + 1]
    return (a.left + a.width + b.left) / 2


def header_left(ocr: OcrResult) -> list[tuple[Line | None, str]]:
    """Lines of the top-left header block (agency, Số, V/v), read from the word boxes: each
    line's words in the left column (None when a long name ran into the Quốc hiệu with no
    gap) and its text.

    A line that runs across both header columns is cut at its column-sized gap nearest the
    middle of the page.
    Collection stops at the first full-width line (subject, body) once the block has begun.
    """
    centre = ocr.width / 2
    out: list[tuple[Line | None, str]] = []
    for line in sorted(group_lines(ocr.words), key=lambda line: line.top):
        if line.top > ocr.height * 0.4:
            break
        gaps = line.gaps(COLUMN_GAP * ocr.width)
        if not gaps and line.left < centre * 0.9 and line.right > centre * 1.1:
            motto = _QUOC_HIEU.search(fold(line.text).upper())
            if motto and motto.start() > 0:
                # a long parent's name ran into the Quốc hiệu with no column gap between
                out.append((None, normalise_line(line.text[: motto.start()])[0].strip(" _-")))
                continue
            if out:
                break  # a full-width line: the header block is over
            continue
        # cut at the gap nearest the middle of the page, where the columns part: a speck
        # at the margin (": VIỆT NAM") makes a gap of its own
        cut = min(gaps, key=lambda i: abs(_gap_centre(line, i) - centre)) if gaps else None
        left = line.split(cut)[0] if cut is not None else line
        if left.centre < centre:
            out.append((left, normalise_line(left.text)[0]))
    return out


def header_left_lines(ocr: OcrResult) -> list[str]:
    """The texts of :func:`header_left`'s lines, words OCR ran together in capitals split
    into syllables ("TỈNHBẮCNINH")."""
    return [" ".join(map(split_run_together, text.split())) for _, text in header_left(ocr)]


#: Specks OCR reads from the rule under a name or from the paper, at a word's ends.
SPECK_CHARS = "_.,:;“”\"'!|"


def split_run_together(word: str) -> str:
    """A word in capitals that is no syllable but two to four syllables run together, with
    spaces put back ("TỈNHBẮCNINH" → "TỈNH BẮC NINH"; the fewest syllables that spell it);
    any other word as it is (acronyms such as "THPT" spell no syllables). Specks at its ends
    ("_TỈNHBẮCNINH") stay where they are."""
    core = word.strip(SPECK_CHARS)
    if core != word and core:
        at = word.index(core)
        return word[:at] + split_run_together(core) + word[at + len(core) :]
    if len(word) < 5 or not (word.isalpha() and word.isupper()) or is_syllable(word.lower()):
        return word
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 7), end):
            before, known = best[start], best[end]
            if (
                before is not None
                and (known is None or len(before) + 1 < len(known))
                and is_syllable(word[start:end].lower())
            ):
                best[end] = [*before, word[start:end]]
    parts = best[-1]
    return " ".join(parts) if parts and 2 <= len(parts) <= 4 else word


#: A header line that is the territory of the name above it ("TỈNH KIÊN GIANG" under "VIỆN
#: KIỂM SÁT NHÂN DÂN", "VIỆT NAM TỈNH …" under "ỦY BAN MẶT TRẬN TỔ QUỐC"), not a body of
#: its own ("TỈNH ĐOÀN ĐẮK LẮK", "HUYỆN ỦY …").
_UNIT_LINE = re.compile(
    r"^(?:TINH|THANH PHO|HUYEN|QUAN|THI XA|THI TRAN|XA|PHUONG|DAC KHU)\s+(?!UY\b|DOAN\b)\S"
    # the region of a body ("VIỆN KIỂM SÁT NHÂN DÂN / KHU VỰC 21 / THÀNH PHỐ HỒ CHÍ MINH")
    r"|^KHU VUC\s+\S"
    # the country that ends a name ("NGÂN HÀNG TMCP CÔNG THƯƠNG / VIỆT NAM")
    r"|^VIET NAM(?: (?:TINH|THANH PHO|XA|PHUONG|DAC KHU) \S.*)?$"
    # the region of a corporation ("TỔNG CÔNG TY LƯƠNG THỰC / MIỀN BẮC")
    r"|^MIEN (?:BAC|TRUNG|NAM)$"
)


#: A company's legal form alone on a line ("CÔNG TY CỔ PHẦN / CẤP THOÁT NƯỚC VĨNH LONG"):
#: the name goes on on the next line.
_LEGAL_FORM = re.compile(
    r"^(?:TONG )?CONG TY(?: (?:CO PHAN|TNHH(?: MTV| MOT THANH VIEN| HAI THANH VIEN)?))?$"
)


#: The head of a name alone on a line ("BAN CHỈ HUY / PHÒNG THỦ DÂN SỰ TỈNH AN GIANG", "HỘI
#: ĐỒNG / THI ĐUA - KHEN THƯỞNG …"): no body is called by its kind alone, so the name goes on
#: on the next line. Folded, in capitals.
_BARE_HEAD = re.compile(
    r"^(?:HOI DONG|HOI|BAN|BAN CHI HUY|BAN CHI DAO|BAN QUAN LY|BO CHI HUY|BO TU LENH"
    r"|UY BAN|CUC|TONG CUC|VU|SO|VIEN|TRUNG TAM|TRUONG|BENH VIEN|VAN PHONG|QUY|DOAN"
    r"|CHI CUC|NGAN HANG|KHO BAC|CANG VU|DAI|DAI HOC|HOC VIEN|VIEN HAN LAM|PHONG|DOI|TRAM"
    r"|CHI NHANH|TRUONG DAI HOC|TRUONG CAO DANG"
    # the standing body of a council ("THƯỜNG TRỰC / HỘI ĐỒNG NHÂN DÂN XÃ …"), the central
    # body of an association or a union ("TRUNG ƯƠNG HỘI / CHỮ THẬP ĐỎ VIỆT NAM")
    r"|THUONG TRUC|TRUNG UONG HOI|TRUNG UONG DOAN|BAN CHAP HANH|BAN THUONG VU)$"
)

#: Words that join two parts of one name: a line that ends with one goes on on the next
#: ("CỤC HÀNG HẢI VÀ / ĐƯỜNG THỦY VIỆT NAM"), a line that starts with one goes on from the
#: line above ("HỘI ĐỒNG THI TUYỂN SINH / VÀO LỚP 10 …"). In capitals, with their marks.
_JOINING_WORDS = ("VÀ", "VÀO", "VỀ", "CỦA", "THUỘC", "TẠI", "CHO")


def _is_bare_head(name: str) -> bool:
    """Whether a header name is a kind of body alone (``_BARE_HEAD``), a dash after it aside."""
    return bool(_BARE_HEAD.match(fold(name.rstrip(" -–")).upper()))


def _continues(previous: str, line: str) -> bool:
    """Whether header ``line`` goes on from the name on the line above it."""
    first, last = line.split(" ", 1)[0], previous.rsplit(" ", 1)[-1]
    return (
        line.startswith(("- ", "– "))
        or first in _JOINING_WORDS
        or last in _JOINING_WORDS
        or "VA" in (fold(first).upper(), fold(last).upper())  # "VÀ" with a mark misread
        # a dash that ends a line joins it to the next, unless the next is the kind of a
        # body of its own: a speck ("SỞ Y TẾ NGHỆ AN - / TRUNG TÂM / KIỂM SOÁT BỆNH TẬT")
        or previous.endswith(",")
        or (previous.endswith("-") and not _is_bare_head(line))
        or bool(_UNIT_LINE.match(fold(line).upper()))
        or (_is_place(line) and not _is_bare_head(line))  # not the commune of "Trung Tâm"
        or bool(_LEGAL_FORM.match(fold(previous).upper()))
        or _is_bare_head(previous)
    )


def _without_rule_specks(line: str) -> str:
    """A header name without the few specks a plain OCR text reads from the rule under the
    Tiêu ngữ beside it ("VÀ TRUYỀN THÔNG mini nan..."): kept when the name is two words
    in capitals or more and at most three short words in small letters follow."""
    words = line.split()
    k = 0
    while k < len(words) and not any(c.islower() for c in words[k]):
        k += 1  # capitals, and numbers ("TRƯỜNG THPT THẠCH THÀNH 4")
    rest = words[k:]
    if k >= 2 and 0 < len(rest) <= 3 and not any(w[0].isupper() for w in rest):
        return " ".join(words[:k])
    return line


def _is_speck(word: str) -> bool:
    """A word with no letter and no digit: a speck OCR read from a rule or the paper. A
    modifier letter ("ˆ") is no letter of a name; a dash or comma that goes on to the next
    line is no speck."""
    return word not in ("-", "–", ",") and not any(
        c.isdigit() or unicodedata.category(c) in ("Lu", "Ll") for c in word
    )


def _is_place(line: str) -> bool:
    """A header line that is a known place name alone ("KHÁNH HÒA" under "TRƯỜNG CAO ĐẲNG
    Y TẾ"): it ends the name above it."""
    words = line.split()
    return 1 <= len(words) <= 4 and line.lower() in gazetteer()[1]


def _agencies(lines: list[str]) -> tuple[str | None, str | None]:
    """(co_quan_chu_quan, co_quan_ban_hanh) from the header lines above "Số"."""
    names = []
    for line in lines:
        if _SO_LINE.match(fold(line).upper()):
            break
        name = _without_rule_specks(strip_national_motto(line))
        if name and is_upper_text(name) and not _QUOC_HIEU.search(fold(name).upper()):
            # a speck read as a full stop at the end of a line ("ỦY BAN NHÂN DÂN."), a rule
            # as "_" before it; a comma that ends the last word stays until the next line
            # has been seen ("PHỔ BIẾN, / GIÁO DỤC PHÁP LUẬT"); an em dash before a line is
            # a speck of the mark above ("— TỈNH GIA LAI"): names print a hyphen or en dash
            name = re.sub(r"\s+", " ", name).strip(" .;:'`_").lstrip(",— ")
            name = re.sub(r"\s+,$", "", name)
            words = name.split(" ")
            while len(words) > 1 and _is_speck(words[-1]):
                words.pop()  # a speck of punctuation after it ("HỘI ˆ", "DÂN ’")
            name = " ".join(words)
            if name[:2] in ("- ", "– ") and _is_bare_head(name[2:]):
                name = name[2:]  # a speck before a kind of body: a dash joins no kind to a name
            if names and _continues(names[-1], name):
                # a name on two lines: "SỞ NÔNG NGHIỆP / VÀ MÔI TRƯỜNG", "VIỆN KIỂM SÁT
                # NHÂN DÂN / TỈNH KIÊN GIANG"
                if _is_bare_head(names[-1]):
                    names[-1] = names[-1].rstrip(" -–")  # a dash joins names, not a kind to one
                names[-1] += " " + name
            else:
                names.append(name)
    names = [name.rstrip(" ,-–") for name in names]
    if not names:
        return None, None
    if len(names) == 1:
        return None, names[0]
    if fold(names[0]).upper() in ("UY BAN NHAN DAN", "HOI DONG NHAN DAN"):
        return (
            (None, " ".join(names))
            if len(names) == 2
            else (" ".join(names[:2]), " ".join(names[2:]))
        )
    return names[0], " ".join(names[1:])


#: Unit words printed as part of the place of issue, which NĐ 30 asks for when the unit is
#: named after a person or by a number ("Thành phố Hồ Chí Minh").
_UNIT_BEFORE_PLACE = ("Thanh pho", "Thi xa", "Thi tran")


def _place_before(text: str, end: int) -> str | None:
    """The place name before the date: up to four capitalised words, a dash between two
    of them kept ("Bà Rịa - Vũng Tàu"), and a unit word of two printed before them."""
    words = text[:end].split()
    taken: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word in ("-", "–") and taken and taken[-1] not in ("-", "–") and k > 0:
            taken.append("-")
            continue
        if (
            not _PLACE_WORD.match(word)
            or any(c.isdigit() for c in word)
            or "/" in word
            or (len(word) > 1 and word.isupper() and "-" in word)
            or sum(w != "-" for w in taken) == 4
        ):
            break
        taken.append(word)
    while taken and taken[-1] == "-":
        taken.pop()
    before = words[len(words) - len(taken) - 2 : len(words) - len(taken)]
    if taken and len(before) == 2 and fold(" ".join(before)) in _UNIT_BEFORE_PLACE:
        taken += reversed(before)  # "Thành phố Hồ Chí Minh": a unit named after a person
    return " ".join(reversed(taken)) or None


def extract(document: Document) -> Document:
    """Fill ``fields`` and ``confidence`` of a document from its pages."""
    fields = empty_fields()
    confidence: dict[str, dict[str, Any]] = {}
    pages = [p for p in document.pages if p.text.strip()]
    if not pages:
        reason = "no text was read"
        return dataclasses.replace(
            document,
            fields=fields,
            confidence={name: {"score": 0.0, "reason": reason} for name in fields},
        )
    first = pages[0]
    base = first.ocr_confidence if first.ocr_confidence is not None else 1.0
    lines = first.text.split("\n")[:HEADER_LINES]
    folded = [fold(line) for line in lines]

    def found(name: str, value: Any, rule: float) -> None:
        fields[name] = value
        confidence[name] = {"score": round(rule * base, 3), "reason": None}

    if any(_QUOC_HIEU.search(f.upper()) for f in folded):
        found("quoc_hieu", True, 0.95)
    elif any(_TIEU_NGU.search(f.upper()) for f in folded[:8]):
        found("quoc_hieu", True, 0.6)  # the Tiêu ngữ without its Quốc hiệu line

    so_index = None
    for i, f in enumerate(folded):
        match = _SO_LINE.match(f.upper())
        if match:
            so_index = i
            sep = match.group("sep")
            raw = lines[i][match.start("kh") : match.end("kh")]
            ky_hieu = normalise_party_code(raw) if sep == "-" else normalise_code(raw)
            found("ky_hieu", ky_hieu, 0.9)
            if match.group("so"):
                so = normalise_number(match.group("so")).rstrip(".")
                found("so", so, 0.9)
                found("so_ky_hieu", f"{so}{sep}{ky_hieu}", 0.9)
            else:
                reason = "number left blank or handwritten: not read"
                confidence["so"] = {"score": 0.1, "reason": reason}
                confidence["so_ky_hieu"] = {"score": 0.1, "reason": reason}
            break

    header = header_left_lines(first.ocr) if first.ocr is not None else []
    if not header:
        header = lines[:so_index] if so_index is not None else lines[:6]
    if so_index is None and "quoc_hieu" not in confidence:
        header = []  # no header on the page (a continuation, a bare report): no agency
    chu_quan, ban_hanh = _agencies(header)
    if ban_hanh:
        found("co_quan_ban_hanh", ban_hanh, 0.8)
    if chu_quan:
        found("co_quan_chu_quan", chu_quan, 0.8)

    title_index = None
    for i, line in enumerate(lines):
        if loai := title_type(line):
            title_index = i
            found("loai_van_ban", loai, 0.95)
            break
    if fields["loai_van_ban"] is None and fields["ky_hieu"]:
        found("loai_van_ban", type_from_ky_hieu(fields["ky_hieu"]), 0.8)

    for i, f in enumerate(folded):
        match = _DATE.search(f)
        if match:
            iso = parse_date(match.group("d"), match.group("m"), match.group("y"))
            if iso:
                found("ngay_ban_hanh", iso, 0.9)
            else:
                confidence["ngay_ban_hanh"] = {
                    "score": 0.1,
                    "reason": f"impossible date '{lines[i][match.start('d') : match.end('y')]}'",
                }
            place = _place_before(lines[i], match.start())
            if place:
                found("dia_danh", place, 0.8)
            break
        blank = _BLANK_DATE.search(f)
        if blank:
            # "ngày    tháng 7 năm 2020": day (or month) left blank or handwritten
            confidence["ngay_ban_hanh"] = {
                "score": 0.1,
                "reason": "day or month left blank or handwritten: not read "
                f"('{lines[i][blank.start() + 1 :].strip()}')",
            }
            place = _place_before(lines[i], blank.start())
            if place:
                found("dia_danh", place, 0.8)
            break

    trich_yeu = _trich_yeu(lines, title_index, so_index)
    if title_index is None and first.ocr is not None:
        # a Công văn's "V/v" lines read down the left column: the flat text may put the
        # right-hand header block (Quốc hiệu, place and date) inside them
        left_so = next((i for i, x in enumerate(header) if _SO_LINE.match(fold(x).upper())), None)
        in_column = _trich_yeu(header, None, left_so)
        if in_column and (not trich_yeu or in_column.startswith(trich_yeu)):
            trich_yeu = in_column
    if trich_yeu:
        found("trich_yeu", trich_yeu, 0.7)

    for f in folded[:HEADER_LINES]:
        mark = re.sub(r"[^A-Z ]", "", f.upper()).strip()
        if mark in _DO_KHAN and fields["do_khan"] is None:
            found("do_khan", _DO_KHAN[mark], 0.85)
        elif mark in _DO_MAT and fields["do_mat"] is None:
            found("do_mat", _DO_MAT[mark], 0.85)

    all_first = first.text.split("\n")
    kinh_gui = parse_kinh_gui(all_first)
    if kinh_gui:
        found("kinh_gui", kinh_gui, 0.85)

    _closing(pages, found)

    body = "\n\f\n".join(_without_page_number(p) for p in document.pages)
    cited = [c for c in parse_citations(body) if not _is_itself(c["so_ky_hieu"], fields)]
    if cited:
        found("van_ban_lien_quan", cited, 0.85)

    _place_marks(fields)
    for name in fields:
        confidence.setdefault(name, {"score": 0.0, "reason": "not found in the text"})
    tables = codes_as_in_text(
        tidy_tables(merge_tables([t for p in document.pages for t in p.tables])), body
    )
    tables += text_task_tables([(p.number, p.text) for p in pages])
    return dataclasses.replace(document, fields=fields, confidence=confidence, tables=tuple(tables))


def _is_itself(code: str, fields: dict[str, Any]) -> bool:
    """Whether a cited number and code is the document's own (its Phụ lục's "Kèm theo
    Quyết định số …"), also when OCR misread a letter of one of them ("ĐHPBL", "ĐHBL")."""
    own = fields["so_ky_hieu"]
    if not own or code == own:
        return code == own
    number, _, rest = code.partition("/")
    own_number, _, own_rest = own.partition("/")
    return number == own_number and fuzz.ratio(rest, own_rest) >= 85


def _without_page_number(page: Page) -> str:
    """A page's text without the page number printed above or below it (a citation that
    runs over a page break would take "2" into its issuer's name)."""
    lines = page.text.strip("\n").split("\n")
    for end in (0, -1):
        if lines and lines[end].strip() == str(page.number):
            lines.pop(end)
    return "\n".join(lines)


def _place_as_in_header(place: str, agencies: list[str]) -> str:
    """The place of issue with the marks of the issuer's locality in the header when the two
    spell the same name with other marks ("Trường Vĩnh", read in italics, for "PHƯỜNG
    TRƯỜNG VINH"), unless the place as read is a known name and the header's is not."""
    known = gazetteer()[1]
    n = len(place.split())
    for agency in agencies:
        tail = agency.split()[-n:]
        if len(tail) != n or not all(w.isalpha() for w in tail):
            continue
        # the header's marks in the place's case ("Thành phố", not "Thành Phố")
        named = " ".join(apply_case(p, w.lower()) for p, w in zip(place.split(), tail, strict=True))
        if named == place:
            continue
        if fold(named).lower() != fold(place).lower():
            # one letter misread ("Thát Bình" under "… KHU VỰC THÁI BÌNH"): the header's
            # reading, when it is a known place and the place as read is none
            a, b = fold(named).lower(), fold(place).lower()
            near = len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1
            if near and named.lower() in known and place.lower() not in known:
                return named
            continue
        if place.lower() in known and named.lower() not in known:
            return place
        return named
    return place


def _body_marks(name: str) -> str:
    """A body's name with the marks of its place names, then of its terms, put back."""
    return restore_term_marks(restore_place_marks(name))


def _header_marks(name: str) -> str:
    """A header's body name in capitals with :func:`_body_marks`, then the marks the
    language model wants where it is sure ("HỘI ĐÔNG TRƯỜNG" → "HỘI ĐỒNG"). Not in the
    lists, whose items in small letters keep acronyms the model would take for words
    ("Lưu: VT, CAP") and words it would mark otherwise ("Khoa KSBTN")."""
    return restore_name_marks_lm(_body_marks(name))


def _place_marks(fields: dict[str, Any]) -> None:
    """Marks of place names and administrative terms misread by OCR, put back from the
    gazetteer and the team's terms (pipeline.places) in the fields that name places and
    bodies."""
    for name in ("co_quan_chu_quan", "co_quan_ban_hanh"):
        if fields[name]:
            fields[name] = _header_marks(fields[name])
    if fields["dia_danh"]:
        place = restore_place_marks(fields["dia_danh"], whole=True)
        agencies = [fields["co_quan_ban_hanh"], fields["co_quan_chu_quan"]]
        fields["dia_danh"] = _place_as_in_header(place, [a for a in agencies if a])
    if fields["trich_yeu"]:
        fields["trich_yeu"] = restore_place_marks(fields["trich_yeu"])
    for name in ("kinh_gui", "noi_nhan"):
        if fields[name]:
            fields[name] = [_body_marks(item) for item in fields[name]]
    for cited in fields["van_ban_lien_quan"]:
        if cited.get("co_quan"):
            cited["co_quan"] = _body_marks(cited["co_quan"])


def _closing(pages: list[Page], found: Any) -> None:
    """noi_nhan and the signer from the last page that has "Nơi nhận" (or the last page)."""
    page = pages[-1]
    for candidate in reversed(pages):
        if parse_noi_nhan(candidate.text.split("\n"))[1] is not None:
            page = candidate
            break
    lines = page.text.split("\n")
    left = list(page.recipient_lines) or (
        closing_left_lines(page.ocr) if page.ocr is not None else []
    )
    noi_nhan, start = parse_noi_nhan(left or lines)
    if not noi_nhan and left:
        noi_nhan, start = parse_noi_nhan(lines)
        left = []
    if noi_nhan:
        found("noi_nhan", noi_nhan, 0.85 if left else 0.75)
    signer_pages = [p for p in pages if p.signer_lines]
    if signer_pages:
        last = signer_pages[-1]
        signer = parse_signer(list(last.signer_lines), frozenset(last.signer_sure))
        rule = 0.85
    else:
        start = parse_noi_nhan(lines)[1]
        if start is not None:
            tail = plain_signer_lines(lines, start)
        else:
            tail = [x for x in lines[-15:] if not x.strip().startswith("-")]
        signer = parse_signer([x for x in tail if not _APPENDIX.match(fold(x))])
        if start is not None and not (signer.nguoi_ky or signer.chuc_vu_nguoi_ky):
            # signer blocks above "Nơi nhận" (a Biên bản: THƯ KÝ and CHỦ TỌA side by side;
            # the one on the right, read last, signs for the body)
            above = [x for x in lines[max(0, start - 8) : start] if len(x.split()) <= 6]
            blocks = parse_signer(above)
            if blocks.nguoi_ky:  # a name under a title, not a heading of the body
                signer = blocks
        rule = 0.6
    for name in dataclasses.fields(Signer):
        value = getattr(signer, name.name)
        if value:
            found(name.name, value, rule)


def _upper_heading(line: str) -> bool:
    """A line of two words or more in capitals."""
    return len(line.split()) >= 2 and is_upper_text(line, 0.9)


#: How many lines a subject (trích yếu) may take, under the title or "V/v".
SUBJECT_LINES = 5
#: How many lines under "Số" a Công văn's "V/v" subject may be found.
VV_REACH = 10


def _trich_yeu(lines: list[str], title_index: int | None, so_index: int | None) -> str | None:
    """Subject: the lines under the title, or the "V/v" lines under Số for a Công văn."""
    if title_index is not None:
        start = title_index + 1
    elif so_index is not None:
        # under Số, or further down when the reading order put the right-hand header
        # block (Quốc hiệu, place and date) between them; never past "Kính gửi"
        start = -1
        for i in range(so_index + 1, min(so_index + VV_REACH, len(lines))):
            if _VV.match(lines[i]):
                start = i
                break
            if fold(lines[i]).lower().lstrip().startswith("kinh gui"):
                break
        if start < 0:
            return None
        lines = [*lines[:start], _VV.sub("", lines[start]), *lines[start + 1 :]]
    else:
        return None
    parts = []
    for line in lines[start:]:
        stripped = line.strip()
        if not stripped:
            if parts:
                break
            continue
        if len(parts) == SUBJECT_LINES:
            break
        if not re.search(r"[^\W_]", stripped):
            continue  # a rule read as "_" or "—" (reading order may put it before the subject)
        if re.match(r"(Căn cứ|Kính gửi|CỘNG HÒA|Độc lập)", stripped, re.IGNORECASE):
            break
        if re.match(r"Thực hiện", stripped, re.IGNORECASE) and (
            (parts and not stripped[0].islower())
            or re.search(r"\bsố\s*\d", stripped, re.IGNORECASE)
        ):
            # the body ("Thực hiện Kế hoạch số …"), not a subject that starts so, nor one
            # that goes on so in small letters ("… và kinh phí / thực hiện các nhiệm vụ")
            break
        mark = re.sub(r"[^A-Z ]", "", fold(stripped).upper()).strip()
        if mark in _DO_KHAN or mark in _DO_MAT:
            break
        if parts and not is_upper_text(parts[-1]) and _upper_heading(stripped):
            break  # the authority over a Quyết định ("GIÁM ĐỐC SỞ …") under its subject
        if parts and len(stripped) > max(55, 1.4 * max(map(len, parts))):
            break  # a full-width body line right under a centred subject (plain text)
        parts.append(stripped)
    # a rule or a dash read under the last line is no part of the subject
    return " ".join(parts).rstrip(" -–_") or None
