"""Place-name marks put back from the gazetteer, after unit words only."""

from __future__ import annotations

import pytest

from pipeline.places import gazetteer, ia_misreadings, restore_place_marks, restore_term_marks
from pipeline.repair import normalise_line


@pytest.mark.parametrize(
    ("text", "whole", "expected"),
    [
        ("UBND TÍNH GIA LAI", False, "UBND TỈNH GIA LAI"),  # the unit word, before a place
        ("UBND THÀNH PHỐ ĐÀ NĂNG", False, "UBND THÀNH PHỐ ĐÀ NẴNG"),
        (
            "Thành lập Tổ công tác thành phố Đà Năng",
            False,
            "Thành lập Tổ công tác thành phố Đà Nẵng",
        ),
        ("UBND tinh Gia Lai", False, "UBND tỉnh Gia Lai"),
        ("TRUNG TÂM Y TẾ HUYỆN HOA VANG", False, "TRUNG TÂM Y TẾ HUYỆN HÒA VANG"),
        ("Đà Năng", True, "Đà Nẵng"),  # dia_danh: the field is the name
        ("Ba Trì", True, "Ba Tri"),
        ("Thanh Hoa", True, "Thanh Hóa"),  # the province over the commune Thạnh Hóa
        # left alone: no unit word before it; a name spelt as a known name; ambiguous names
        ("SỞ VĂN HOA THỂ THAO", False, "SỞ VĂN HOA THỂ THAO"),
        ("ỦY BAN NHÂN DÂN TỈNH THANH HÓA", False, "ỦY BAN NHÂN DÂN TỈNH THANH HÓA"),
        ("Số 5 xã Tân Phú, huyện Đồng Xoài", False, "Số 5 xã Tân Phú, huyện Đồng Xoài"),
        ("Vinh Thanh", True, "Vinh Thanh"),  # a commune's name as it is (also Vĩnh Thạnh …)
        ("An Thanh", True, "An Thanh"),
        ("An Thảnh", True, "An Thảnh"),  # An Thạnh, An Thành … all communes: ambiguous
        ("Đà Năng và", True, "Đà Năng và"),  # not one name
        ("tỉnh gia lai", False, "tỉnh gia lai"),  # not capitalised: not a proper name
        ("Ia HDrai", True, "Ia H'Drai"),  # the apostrophe OCR dropped, from the gazetteer
        ("Ia Grai", True, "Ia Grai"),
        # one look-alike letter in a name of eight letters or more ("li": l read for i)
        ("BẢO HIỂM XÃ HỘI TĨNH TIEN GLANG", False, "BẢO HIỂM XÃ HỘI TỈNH TIỀN GIANG"),
        ("UBND TỈNH GIA IAI", False, "UBND TỈNH GIA IAI"),  # too short to tell
        # a ward formed in 2025 (vietnam-provinces 2025.10.1)
        ("ỦY BAN NHÂN DÂN PHƯƠNG TRẤN BIEN", False, "ỦY BAN NHÂN DÂN PHƯỜNG TRẤN BIÊN"),
        ("Trấn Bien", True, "Trấn Biên"),
        # a one-word name with an apostrophe, wherever it stands
        ("LÂM NGHIỆP M'ĐRĂK", False, "LÂM NGHIỆP M'ĐRẮK"),
        ("KRÔNG BÔNG - M'ĐRĂK", False, "KRÔNG BÔNG - M'ĐRẮK"),
    ],
)
def test_restore_place_marks(text: str, whole: bool, expected: str) -> None:
    assert restore_place_marks(text, whole=whole) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SỞ Y TẾ THÀNH PHỐ HỒ CHÍMINH", "SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH"),
        ("UBND THÀNH PHỐ ĐÀNẴNG", "UBND THÀNH PHỐ ĐÀ NẴNG"),
        ("BAN TUYÊN GIÁO VÀ DÂN VẬN", "BAN TUYÊN GIÁO VÀ DÂN VẬN"),  # "TUYÊN" is a syllable
    ],
)
def test_two_syllables_run_together_are_split_in_a_term(text: str, expected: str) -> None:
    assert restore_term_marks(text) == expected


def test_gazetteer_keeps_only_names_with_one_spelling_at_their_top_level() -> None:
    unique, known = gazetteer()
    assert unique["da nang"] == "Đà Nẵng" and unique["khanh hoa"] == "Khánh Hòa"
    assert "an thanh" not in unique and {"an thạnh", "an thành"} <= known
    assert len(unique) > 5000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SỞ NÔNG NGHIỆP VÀ PHÁT TRIÊN NÔNG THÔN", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"),
        ("SỞ VĂN HOA, THỂ THAO VÀ DU LỊCH", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
        ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
        ("TRƯỜNG THPT THẠCH THÀNH 4", "TRƯỜNG THPT THẠCH THÀNH 4"),
        ("Chỉ cục TĐC (để t/h)", "Chi cục TĐC (để t/h)"),
        ("BẠN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP"),
        # a term whose last word starts a place name: the newspaper of Cao Bằng stays
        ("Báo Cao Bằng, Đài PT&TH tỉnh", "Báo Cao Bằng, Đài PT&TH tỉnh"),
        ("Bộ Tài nguyên và Môi trường (b/c)", "Bộ Tài nguyên và Môi trường (b/c)"),
        # a term of three words or more with one letter misread
        (
            "Ban Văn hóa - Xã hội Nội đồng nhân dân tỉnh",
            "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh",
        ),
        ("Uy ban Dân tộc", "Ủy ban Dân tộc"),
        # a term with a dash in it is read word by word across the dash
        ("TRƯỞNG PHÒNG HÀNH CHÍNH - TÔ CHỨC", "TRƯỞNG PHÒNG HÀNH CHÍNH - TỔ CHỨC"),
    ],
)
def test_restore_term_marks(text: str, expected: str) -> None:
    assert restore_term_marks(text) == expected


def test_ia_of_a_highland_place_read_la_is_put_back() -> None:
    line = "- Ủy ban nhân dân các xã: Ia Dom, la Đal, la Tơi."
    assert ia_misreadings(line) == [34, 42]
    assert normalise_line(line)[0] == "- Ủy ban nhân dân các xã: Ia Dom, Ia Đal, Ia Tơi."
    assert normalise_line("la HDrai, ngày 09 tháng 01 năm 2025")[0].startswith("Ia HDrai,")
    # "la" before other words, or before a capital that makes no "Ia …" name, stays
    for kept in ("tiếng la hét", "la bàn", "gọi là la Hà Nội"):
        assert ia_misreadings(kept) == []
