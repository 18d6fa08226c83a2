"""Folding diacritics keeps lengths, so spans map back onto the original text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.vietnamese import fold, is_upper_text


def test_fold() -> None:
    assert fold("Cộng hòa xã hội, Đà Nẵng, ỦY BAN") == "Cong hoa xa hoi, Da Nang, UY BAN"


@given(st.text(alphabet=st.characters(categories=["L", "N", "P", "Zs"]), max_size=100))
def test_fold_keeps_length(text: str) -> None:
    import unicodedata

    nfc = unicodedata.normalize("NFC", text)
    assert len(fold(nfc)) == len(nfc)


def test_is_upper_text() -> None:
    assert is_upper_text("SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    assert not is_upper_text("Sở Giáo dục và Đào tạo")
    assert not is_upper_text("19/2025")
