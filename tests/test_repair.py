"""Repair (minimal version): NFC, look-alike letters, one tone placement, lines kept."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.repair import normalise_line, place_tone, repair_text, split_tone


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("hoà", "hòa"),
        ("HOÀ", "HÒA"),
        ("thuý", "thúy"),
        ("khoẻ", "khỏe"),
        ("Uỷ", "Ủy"),
        ("hòa", "hòa"),
        ("hoàng", "hoàng"),
        ("người", "người"),
        ("quý", "quý"),
        ("quả", "quả"),
        ("gì", "gì"),
        ("gìn", "gìn"),
        ("giữa", "giữa"),
        ("ngoài", "ngoài"),
        ("khuỷu", "khuỷu"),
        ("tuyển", "tuyển"),
        ("mùa", "mùa"),
        ("thuở", "thuở"),
    ],
)
def test_traditional_tone_placement(before: str, after: str) -> None:
    assert place_tone(before) == after


@pytest.mark.parametrize(("before", "after"), [("hòa", "hoà"), ("thủy", "thuỷ"), ("khỏe", "khoẻ")])
def test_modern_tone_placement(before: str, after: str) -> None:
    assert place_tone(before, "modern") == after


@pytest.mark.parametrize("word", ["CCHC", "Zalo", "Facebook", "VNeID", "Webcam", "xyz", "hoàá"])
def test_non_syllables_untouched(word: str) -> None:
    assert place_tone(word) == word


def test_split_tone() -> None:
    assert split_tone("ộ") == ("ô", "\u0323")
    assert split_tone("a") == ("a", "")


def test_repair_text_normalises_and_records_changes() -> None:
    decomposed = unicodedata.normalize("NFD", "Cộng hoà xã hội\n\nÐà Nẵng, sức khoẻ")
    text, repairs = repair_text(decomposed)
    assert text == "Cộng hòa xã hội\n\nĐà Nẵng, sức khỏe"
    assert [(r.line, r.before, r.after) for r in repairs] == [
        (0, "hoà", "hòa"),
        (2, "Ð", "Đ"),
        (2, "khoẻ", "khỏe"),
    ]


def test_correct_text_comes_through_unchanged() -> None:
    text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 19/KH-SYT, e-mail vanthu@soyte.gialai.gov.vn, https://soyte.gialai.gov.vn\n"
    )
    assert repair_text(text) == (text, [])


@given(st.text(max_size=300))
def test_any_text_keeps_its_lines(text: str) -> None:
    repaired, _ = repair_text(text)
    assert repaired.count("\n") == text.count("\n")


def test_a_word_of_case_alike_letters_read_in_capitals_goes_back_to_lower_case() -> None:
    line, repairs = normalise_line("Các SỞ, ngành, địa phương; các SỐ liệu")
    assert line == "Các sở, ngành, địa phương; các số liệu"
    assert [r.kind for r in repairs] == ["case", "case"]
    # headings, abbreviations and words with other letters stay as they are
    for kept in ("UBND TỈNH SỞ Y TẾ", "SỞ Y tế", "Lưu: VT, VS (02b)", "CÔNG VĂN số 12", "TƯ về"):
        assert normalise_line(kept)[0] == kept


def test_a_d_read_twice_as_d_and_eth_is_one_d() -> None:
    line, repairs = normalise_line("SỞ GD&ĐÐT THANH HÓA")
    assert line == "SỞ GD&ĐT THANH HÓA" and repairs[0].before == "ĐÐ"
    assert normalise_line("ĐĐBQH")[0] == "ĐĐBQH"  # two real Đ are left alone


def test_a_vowel_read_twice_is_read_once() -> None:
    assert normalise_line("TỔNG CÔNG TY ĐIỆN LỰC MIÊỀN NAM")[0] == "TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM"
    assert normalise_line("xoong nồi, Krông Pắc")[0] == "xoong nồi, Krông Pắc"


def test_capitals_read_inside_lower_case_text() -> None:
    """A word read in capitals, or a word never capitalised inside a phrase read so, after a
    word in lower case: lower case again, unless a capitalised word follows (a name)."""
    assert normalise_line("Hồ sơ vụ VIỆC")[0] == "Hồ sơ vụ việc"
    assert normalise_line("Hội phụ nữ Các xã, phường")[0] == "Hội phụ nữ các xã, phường"
    assert normalise_line("Thương binh và Xã hội")[0] == "Thương binh và Xã hội"
    assert normalise_line("Hội Nông dân Xã Đông Hòa")[0] == "Hội Nông dân Xã Đông Hòa"
    assert normalise_line("đi về VIỆT NAM")[0] == "đi về VIỆT NAM"


def test_a_roman_numeral_whose_last_two_i_were_read_as_h() -> None:
    assert normalise_line("Kho bạc Nhà nước khu vực XIH; cấp IH")[0] == (
        "Kho bạc Nhà nước khu vực XIII; cấp III"
    )
    assert normalise_line("IHS, HIH")[0] == "IHS, HIH"  # no numeral


@pytest.mark.parametrize(
    ("read", "truth"),
    [
        ("Phòng Quản tr] - Thiết bị", "Phòng Quản trị - Thiết bị"),  # ị read as "]"
        ("Đơn v]Ị tư vấn", "Đơn vị tư vấn"),  # and its dot read as a capital after it
        ("Các phòng, đơn vị] trực thuộc", "Các phòng, đơn vị trực thuộc"),  # a speck
        ("xem [1] và a]", "xem [1] và a]"),  # brackets in the line: left as they are
    ],
)
def test_a_bracket_read_for_i_with_a_dot_below(read: str, truth: str) -> None:
    assert normalise_line(read)[0] == truth


@pytest.mark.parametrize(
    ("read", "truth"),
    [
        ("VỊ trí việc làm", "Vị trí việc làm"),  # the line's first word
        ("Đơn VỊ", "Đơn vị"),  # after the line's first word, capitalised
        ("SỞ Y tế", "SỞ Y tế"),  # a capital after it: left
    ],
)
def test_a_word_read_in_capitals_at_the_start_of_a_line(read: str, truth: str) -> None:
    assert normalise_line(read)[0] == truth


def test_gi_read_as_o_slash_and_one() -> None:
    assert normalise_line("10 ø1ờ 30, địa bàn ø1ám sát")[0] == "10 giờ 30, địa bàn giám sát"
    assert normalise_line("Tư vấn ølám sát")[0] == "Tư vấn giám sát"
    assert normalise_line("Ø1ÁM ĐỐC")[0] == "GIÁM ĐỐC"
