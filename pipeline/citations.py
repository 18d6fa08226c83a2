"""Documents cited in the text (van_ban_lien_quan): type, number and code, date, issuer.

Forms covered: "Kế hoạch số 777/KH-SYT ngày 27/01/2022 của Sở Y tế", "Nghị quyết số
52-NQ/TW ngày 27 tháng 9 năm 2019 của Bộ Chính trị", "Bộ luật Dân sự số 91/2015/QH13",
"Công văn số 4869/UBND-SYT". Matching runs on the folded text (no diacritics, same
length), so OCR that lost its marks is read too; values are cut from the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .codes import normalise_code, parse_date
from .vietnamese import fold

#: Types whose name may be followed by a title before "số" ("Luật Giáo dục số …").
_NAMED = ("Bo luat", "Luat", "Phap lenh")
#: A word of such a title. A comma may end one when a lower-case word follows, as in
#: "Luật Phòng, chống tham nhũng" or "Luật Trật tự, an toàn giao thông đường bộ"; before a
#: capital it ends the title ("Luật Đất đai, Nghị định số …" cites the Nghị định).
_TITLE_WORD = r"[^\s,;.]+(?:,(?=\s+(?-i:[a-z])))?"


@lru_cache(maxsize=1)
def _types() -> dict[str, str]:
    """Folded lower-case type name → type as written, longest first."""
    from .extract import document_types

    names = {t.loai for t in document_types() if t.nhom != "ban_sao"}
    return {fold(n).lower(): n for n in sorted(names, key=len, reverse=True)}


@lru_cache(maxsize=1)
def _citation_pattern() -> re.Pattern[str]:
    types = "|".join(re.escape(k) for k in _types())
    named = "|".join(re.escape(k.lower()) for k in _NAMED)
    # a law's title has no capitalised type name in it: "Luật Khoáng sản và Nghị định số
    # 36/2020/NĐ-CP" cites the Nghị định
    word = rf"(?!(?=(?-i:[A-Z]))(?:{types})\b){_TITLE_WORD}"
    return re.compile(
        rf"(?<![\w])(?:(?P<named>{named})(?P<ten>(?:\s+{word}){{1,14}}?)?|(?P<loai>{types}))"
        r"\s+(?:s[o06]?\s*:?\s*)?"  # "số" may be left out: "Công văn 3674/CHHĐTVN-VT"
        r"(?P<code>\d[\dOoIl]*(?:\s*/\s*\d{4})?\s*[/-]\s*[A-Z][A-Z0-9a-z]*"
        r"(?:\s*[-/]\s*[A-Z0-9][A-Za-z0-9]*)*)",
        re.IGNORECASE,
    )


#: Where an issuer's name ends: the verbs and links that follow it in a citation ("về",
#: "công bố", "chịu trách nhiệm", "giao" but not "giao thông" …; in lower case: "tại" ends
#: "Ủy ban nhân dân tỉnh tại …", but "Tài" is part of "Sở Tài nguyên và Môi trường"), and
#: "và" before another citation ("và Kế hoạch số 12/…", not "và Xã hội, Sở …": "số" in
#: lower case and a number), before a word in lower case (bodies joined by "và" are
#: capitalised: "Bộ Giáo dục và Đào tạo"; "Chính phủ và phương pháp rà soát" is not one)
#: or before a document named without its number ("Bộ Chính trị và Đề án 06"); and a word
#: in lower case after "tỉnh", "huyện", "xã" … ("Ủy ban nhân dân tỉnh ứng phó với bão").
_ISSUER_END = re.compile(
    r"\s+(?:(?-i:ve|phe duyet|quy dinh|ban hanh|huong dan|khoa [IVXL]+|tai|tren|trong|"
    r"nam \d{4}|cong bo|chiu|giao(?! thong)|chu tri|phoi hop|thuc hien|trien khai|chi dao|"
    r"yeu cau|de nghi|duoc|nham|thong qua|doi voi|voi|sua doi|bo sung|thay the|huy bo|"
    r"dieu chinh|co ban)\b|"
    r"va (?=\S+ (?:\S+ )?(?-i:so)\s*:?\s*\d)|va (?=(?-i:[a-z]))|"
    r"va (?=(?:de an|ke hoach|chuong trinh|quyet dinh|nghi quyet|chi thi|cong van)\b))"
    # a word in lower case after the level of a People's Committee or a body ("Ủy ban nhân
    # dân tỉnh ứng phó …"), but not "Tỉnh ủy", "Tỉnh đoàn", "Tỉnh hội", nor "quản lý" (folded
    # as "quận": "Hội đồng quản lý Quỹ")
    r"|(?:(?<=(?-i:\btinh))|(?<=(?-i:\bhuyen))|(?<=(?-i:\bxa))|(?<=(?-i:\bphuong))"
    r"|(?<=(?-i:\bquan))|(?<=(?-i:\bpho))|(?<=(?-i:\btran)))"
    r"\s+(?=(?-i:[a-z]))(?!(?-i:uy|doan|hoi|ly)\b)"
    r"|\s*[;:,.()]",
    re.IGNORECASE,
)
#: "của" and its usual readings by OCR without Vietnamese ("ciia", "ctia", "cta").
_ISSUER = re.compile(r"\s+(?:cua|ciia|ctia|cta|cia|cila)\s+", re.IGNORECASE)
#: A bare number and code whose type abbreviation is known ("14/KH-SYT", "57-NQ/TW").
_BARE_CODE = re.compile(
    r"(?<![\w/.,-])(?P<code>\d{1,5}(?:/\d{4})?[/-](?P<abbr>[A-Z][A-Za-z]{1,3})[-/][A-Z0-9][A-Za-z0-9]*"
    r"(?:-[A-Z0-9][A-Za-z0-9]*)*)(?![\w/])"
)
_DATE_AFTER = re.compile(
    r"\s*,?\s*ngay\s+(?:(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+n\w{1,2}m\s+(?P<y2>\d{4}))",
    re.IGNORECASE,
)


def parse_citations(text: str) -> list[dict[str, Any]]:
    """Every document the text cites, in order, each once: {loai, so_ky_hieu, ngay, co_quan}.

    A citation is a type name (and "số") before a number and code; a code alone whose type
    abbreviation is known (OCR garbled the type name) is taken too, its type from the code.
    """
    from .extract import type_abbreviation

    flat = re.sub(r"\s+", " ", text)
    folded = fold(flat)
    found: dict[str, tuple[int, dict[str, Any]]] = {}
    for m in _citation_pattern().finditer(folded):
        written = m.group("named") or m.group("loai")
        loai = _types()[written.lower()]
        if m.group("named") and written[0].islower():
            continue  # a law is cited by its capitalised title
        code = normalise_code(flat[m.start("code") : m.end("code")])
        if code not in found:
            found[code] = (m.start(), _citation(loai, code, flat, folded, m.end("code")))
    for m in _BARE_CODE.finditer(folded):
        code = normalise_code(flat[m.start("code") : m.end("code")])
        loai = type_abbreviation(m.group("abbr"))
        if code not in found and loai:
            found[code] = (m.start(), _citation(loai, code, flat, folded, m.end("code")))
    return [c for _, c in sorted(found.values(), key=lambda item: item[0])]


def _code_year(code: str, year: str) -> str:
    """The year of a cited date, or the year in the document's code ("36/2018/QH14") when
    the two differ in one digit: laws, decrees and circulars are numbered in the year they
    are issued, and OCR confuses 6 and 8, 3 and 5 more often than writers err."""
    written = re.search(r"/((?:19|20)\d\d)/", code)
    if not written or written.group(1) == year or len(year) != 4:
        return year
    if not 1945 <= int(year) <= 2100:  # "1021": no date of the Republic
        return written.group(1)
    differ = sum(a != b for a, b in zip(written.group(1), year, strict=True))
    return written.group(1) if differ == 1 else year


def _citation(loai: str, code: str, flat: str, folded: str, end: int) -> dict[str, Any]:
    ngay = None
    date = _DATE_AFTER.match(folded, end)
    if date:
        d, mo, y = date.group("d"), date.group("m"), date.group("y")
        if d is None:
            d, mo, y = date.group("d2"), date.group("m2"), date.group("y2")
        ngay = parse_date(d, mo, _code_year(code, y))
        end = date.end()
    co_quan = None
    issuer = _ISSUER.match(folded, end)
    if issuer:
        start = issuer.end()
        stop = _ISSUER_END.search(folded, start, start + 120)
        co_quan = flat[start : stop.start() if stop else min(len(flat), start + 120)].strip()
    return {"loai": loai, "so_ky_hieu": code, "ngay": ngay, "co_quan": co_quan or None}
