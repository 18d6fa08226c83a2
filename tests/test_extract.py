"""First-pass field extraction on hand-built records: plain text and OCR word boxes."""

from __future__ import annotations

import pytest

from pipeline.extract import (
    extract,
    header_left_lines,
    parse_date,
    strip_national_motto,
    type_from_ky_hieu,
)
from pipeline.records import Document, OcrResult, Page, SourceInfo
from pipeline.repair import repair_page
from pipeline.syllables import strip_marks

from .helpers import ocr_line


def text_document(text: str, ocr: OcrResult | None = None) -> Document:
    page = repair_page(Page(number=1, text_raw=text, ocr=ocr))
    return Document(id="x", source=SourceInfo("x.txt", "x", "text", 1), pages=(page,))


CONG_VAN = """UBND TỈNH GIA LAI
SỞ Y TẾ
Số: 245 / SYT-NVY
V/v tăng cường công tác phòng,
chống dịch sốt xuất huyết

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lai, ngày 05 tháng 6 năm 2024

Kính gửi: Các đơn vị trực thuộc.
"""


def test_cong_van_fields() -> None:
    f = extract(text_document(CONG_VAN)).fields
    assert f["quoc_hieu"] is True
    assert (f["so"], f["ky_hieu"], f["so_ky_hieu"]) == ("245", "SYT-NVY", "245/SYT-NVY")
    assert f["loai_van_ban"] == "Công văn"
    assert f["co_quan_chu_quan"] == "UBND TỈNH GIA LAI"
    assert f["co_quan_ban_hanh"] == "SỞ Y TẾ"
    assert f["dia_danh"] == "Gia Lai"
    assert f["ngay_ban_hanh"] == "2024-06-05"
    assert f["trich_yeu"] == "tăng cường công tác phòng, chống dịch sốt xuất huyết"


def test_a_subject_that_starts_with_thuc_hien_is_kept() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ\nSố: 7/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nTân Phú, ngày 03 tháng 3 năm 2025\nKẾ HOẠCH\n\n"
        "Thực hiện Chương trình chuyển đổi số\ntrên địa bàn huyện năm 2025\n\n"
        "Thực hiện Kế hoạch số 21/KH-UBND ngày 16/1/2025 của UBND tỉnh,\n"
    )
    f = extract(text_document(text)).fields
    assert f["trich_yeu"] == "Thực hiện Chương trình chuyển đổi số trên địa bàn huyện năm 2025"
    body_first = text.replace(
        "Thực hiện Chương trình chuyển đổi số\ntrên địa bàn huyện năm 2025\n\n", ""
    )
    assert extract(text_document(body_first)).fields["trich_yeu"] is None  # the body is no subject
    # a subject that goes on with "thực hiện" in small letters is one subject
    goes_on = text.replace(
        "Thực hiện Chương trình chuyển đổi số\ntrên", "Phê duyệt kinh phí\nthực hiện nhiệm vụ"
    )
    assert extract(text_document(goes_on)).fields["trich_yeu"] == (
        "Phê duyệt kinh phí thực hiện nhiệm vụ địa bàn huyện năm 2025"
    )


def test_a_cong_van_subject_read_after_the_right_header_block() -> None:
    lines = CONG_VAN.splitlines()
    # the reading order put Quốc hiệu, Tiêu ngữ and the date between Số and V/v
    text = "\n".join([*lines[:3], "", *lines[6:9], "", *lines[3:5], "", *lines[9:]])
    f = extract(text_document(text)).fields
    assert f["trich_yeu"] == "tăng cường công tác phòng, chống dịch sốt xuất huyết"


def test_a_page_without_a_header_names_no_agency() -> None:
    # a report's page with no Số line and no Quốc hiệu: capitals in it are no agency
    text = "BÁO CÁO\nSản phẩm tuyên truyền cải cách hành chính\nSA\nThực hiện Kế hoạch số 10."
    f = extract(text_document(text)).fields
    assert f["co_quan_ban_hanh"] is None and f["co_quan_chu_quan"] is None
    assert (
        extract(text_document("SỞ Y TẾ\n" + CONG_VAN.split("\n", 1)[1])).fields["co_quan_ban_hanh"]
        == "SỞ Y TẾ"
    )  # a Số line is enough


def test_seed002_merged_header(seed002_text: str) -> None:
    doc = extract(text_document(seed002_text))
    f = doc.fields
    # repair restores the marks it can; the place name's marks are not knowable from the text
    assert strip_marks(f["co_quan_ban_hanh"]) == "trung tam y te vinh thanh"
    assert f["so_ky_hieu"] == "19/KH-TTVT"
    assert f["loai_van_ban"] == "Kế hoạch"
    assert strip_marks(f["dia_danh"]) == "vinh thanh"
    assert f["ngay_ban_hanh"] == "2025-08-19"
    assert doc.confidence["so_ky_hieu"]["score"] > 0.5


def test_missing_fields_are_null_with_a_reason() -> None:
    doc = extract(text_document("Một đoạn văn bản không có tiêu đề.\nDòng thứ hai."))
    assert doc.fields["so_ky_hieu"] is None
    assert doc.fields["loai_van_ban"] is None
    assert doc.confidence["so_ky_hieu"] == {"score": 0.0, "reason": "not found in the text"}


def test_impossible_date_is_rejected() -> None:
    doc = extract(text_document("Số: 12/QĐ-UBND\nHà Nội, ngày 31 tháng 02 năm 2024\n"))
    assert doc.fields["ngay_ban_hanh"] is None
    assert "impossible date" in doc.confidence["ngay_ban_hanh"]["reason"]
    assert doc.fields["loai_van_ban"] == "Quyết định"


def test_unfilled_number_gives_code_only() -> None:
    f = extract(text_document("SỞ Y TẾ\nSố:      /KH-SYT\n")).fields
    assert (f["so"], f["ky_hieu"], f["so_ky_hieu"]) == (None, "KH-SYT", None)


def test_title_wins_over_code() -> None:
    text = "SỞ Y TẾ\nSố: 7/BC-SYT\nHà Nội, ngày 1 tháng 1 năm 2024\nBÁO CÁO\nKết quả công tác\n"
    f = extract(text_document(text)).fields
    assert f["loai_van_ban"] == "Báo cáo"
    assert f["trich_yeu"] == "Kết quả công tác"


@pytest.mark.parametrize(
    ("ky_hieu", "loai"),
    [
        ("KH-SYT", "Kế hoạch"),
        ("QĐ-UBND", "Quyết định"),
        ("QD-UBND", "Quyết định"),
        ("CTr-UBND", "Chương trình"),
        ("TTr-SYT", "Tờ trình"),
        ("UBND-VX", "Công văn"),
        ("SGDĐT-CTrTT", "Công văn"),
    ],
)
def test_type_from_ky_hieu(ky_hieu: str, loai: str) -> None:
    assert type_from_ky_hieu(ky_hieu) == loai


def test_parse_date() -> None:
    assert parse_date("26", "7", "2020") == "2020-07-26"
    assert parse_date("29", "2", "2023") is None
    assert parse_date("1", "13", "2023") is None


def test_strip_national_motto() -> None:
    assert (
        strip_national_motto("TRUNG TAM Y TE VINH THANH Doc 1ap - Tw do - Hanh phuc")
        == "TRUNG TAM Y TE VINH THANH"
    )
    assert (
        strip_national_motto("UBND TỈNH GIA LAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        == "UBND TỈNH GIA LAI"
    )
    # a name broken after its dash keeps it, so its two lines join as printed
    assert strip_national_motto("HỘI ĐỒNG THI ĐUA -") == "HỘI ĐỒNG THI ĐUA -"


def test_header_left_lines_split_merged_columns() -> None:
    words = (
        ocr_line("UBND TỈNH GIA LAI", 300, 200, 1, 1)
        + ocr_line("CỘNG HÒA XÃ HỘI", 1300, 200, 1, 1)
        + ocr_line("SỞ Y TẾ", 400, 260, 1, 2)
        + ocr_line("Độc lập - Tự do", 1400, 260, 1, 2)
        + ocr_line("Số: 12/KH-SYT", 350, 340, 1, 3)
        + ocr_line("Gia Lai, ngày 2", 1400, 340, 1, 3)
        + ocr_line("Nội dung văn bản trải dài hết chiều ngang của trang giấy A4", 300, 700, 2, 1)
        + ocr_line("SAU ĐÓ", 300, 760, 2, 2)
    )
    ocr = OcrResult("test", 2480, 3508, tuple(words))
    assert header_left_lines(ocr) == ["UBND TỈNH GIA LAI", "SỞ Y TẾ", "Số: 12/KH-SYT"]


def test_a_long_parent_name_run_into_the_quoc_hieu_is_kept() -> None:
    """No column gap between a ministry's long name and the Quốc hiệu: the line is cut where
    the Quốc hiệu starts, and the rule read as "_" goes."""
    words = (
        ocr_line("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 60, 200, 1, 1)
        + ocr_line("_ CỤC QUẢN LÝ ĐÊ ĐIỀU", 300, 260, 1, 2)
        + ocr_line("Độc lập - Tự do", 1400, 260, 1, 2)
        + ocr_line("VÀ PHÒNG, CHỐNG THIÊN TAI", 300, 320, 1, 3)
        + ocr_line("Số: 412/QĐ-QLĐĐ", 350, 380, 1, 4)
    )
    ocr = OcrResult("test", 2480, 3508, tuple(words))
    lines = header_left_lines(ocr)
    assert lines[0] == "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    from pipeline.extract import _agencies

    assert _agencies(lines) == (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "CỤC QUẢN LÝ ĐÊ ĐIỀU VÀ PHÒNG, CHỐNG THIÊN TAI",
    )


def test_a_speck_after_a_header_name_is_dropped_but_not_a_dash_that_goes_on() -> None:
    from pipeline.extract import _agencies

    assert _agencies(["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI ˆ", "CHI NHÁNH TỈNH QUẢNG NGÃI ’"]) == (
        "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI",
        "CHI NHÁNH TỈNH QUẢNG NGÃI",
    )
    assert _agencies(["SỞ LAO ĐỘNG -", "THƯƠNG BINH VÀ XÃ HỘI"]) == (
        None,
        "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    )


def test_a_header_name_goes_on_after_a_bare_head_or_a_joining_word() -> None:
    """A body is never called by its kind alone ("HỘI ĐỒNG"), and a line that ends or starts
    with a joining word ("VÀ", "VÀO") is half a name: such lines join the next one."""
    from pipeline.extract import _agencies

    assert _agencies(["BAN CHỈ HUY", "PHÒNG THỦ DÂN SỰ TỈNH AN GIANG"]) == (
        None,
        "BAN CHỈ HUY PHÒNG THỦ DÂN SỰ TỈNH AN GIANG",
    )
    assert _agencies(["HỘI ĐỒNG THI TUYỂN SINH", "VÀO LỚP 10 THPT TỈNH LÀO CAI"]) == (
        None,
        "HỘI ĐỒNG THI TUYỂN SINH VÀO LỚP 10 THPT TỈNH LÀO CAI",
    )
    lines = ["CỤC HÀNG HẢI VÀ", "ĐƯỜNG THỦY VIỆT NAM", "CẢNG VỤ HÀNG HẢI QUẢNG NINH"]
    assert _agencies(lines) == (
        "CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM",
        "CẢNG VỤ HÀNG HẢI QUẢNG NINH",
    )
    # an em dash before a line is a speck of the mark above it, and the unit line still joins
    lines = ["BỘ CHỈ HUY BĐBP", "— TỈNH GIA LAI", "ĐỒN BIÊN PHÒNG IA MƠ"]
    assert _agencies(lines) == ("BỘ CHỈ HUY BĐBP TỈNH GIA LAI", "ĐỒN BIÊN PHÒNG IA MƠ")
    # a speck read as a dash after a bare head goes; a dash between two names stays
    assert _agencies(["_ BAN QUẢN LÝ -", "QUẦN THỂ DANH THẮNG", "TRÀNG AN"]) == (
        None,
        "BAN QUẢN LÝ QUẦN THỂ DANH THẮNG TRÀNG AN",
    )
    # a complete name on each line stays apart
    assert _agencies(["BỘ Y TẾ", "CỤC QUẢN LÝ DƯỢC"]) == ("BỘ Y TẾ", "CỤC QUẢN LÝ DƯỢC")


def test_a_kind_of_body_alone_starts_a_name_of_its_own() -> None:
    """A standing body, an academy, a university alone on a line are heads of the next
    line; a dash read before such a kind is a speck, and no commune of the same spelling
    ("Trung Tâm") ends the name above it."""
    from pipeline.extract import _agencies

    lines = ["THƯỜNG TRỰC", "HỘI ĐỒNG NHÂN DÂN", "XÃ HẢI HẬU"]
    assert _agencies(lines) == (None, "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN XÃ HẢI HẬU")
    lines = ["VIỆN HÀN LÂM", "KHOA HỌC XÃ HỘI VIỆT NAM", "VIỆN KHOA HỌC XÃ HỘI VÙNG NAM BỘ"]
    assert _agencies(lines) == (
        "VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM",
        "VIỆN KHOA HỌC XÃ HỘI VÙNG NAM BỘ",
    )
    lines = ["SỞ Y TẾ NGHỆ AN", "- TRUNG TÂM", "KIỂM SOÁT BỆNH TẬT", "TỈNH NGHỆ AN"]
    assert _agencies(lines) == ("SỞ Y TẾ NGHỆ AN", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH NGHỆ AN")
    lines = ["SỞ Y TẾ NGHỆ AN -", "TRUNG TÂM", "KIỂM SOÁT BỆNH TẬT"]
    assert _agencies(lines) == ("SỞ Y TẾ NGHỆ AN", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT")
    # the region of a body on a line of its own, the central body of an association alone
    lines = ["VIỆN KIỂM SÁT NHÂN DÂN", "KHU VỰC 21", "THÀNH PHỐ HỒ CHÍ MINH"]
    assert _agencies(lines) == (None, "VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 21 THÀNH PHỐ HỒ CHÍ MINH")
    lines = ["TRUNG ƯƠNG HỘI", "CHỮ THẬP ĐỎ VIỆT NAM", "HỘI CHỮ THẬP ĐỎ TỈNH ĐẮK LẮK"]
    assert _agencies(lines) == (
        "TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM",
        "HỘI CHỮ THẬP ĐỎ TỈNH ĐẮK LẮK",
    )
    # the country and the territory of a front's committee on one line
    lines = ["ỦY BAN MẶT TRẬN TỔ QUỐC", "VIỆT NAM TỈNH QUẢNG NGÃI"]
    assert _agencies(lines) == (None, "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NGÃI")


def test_a_title_read_without_its_space_and_a_rule_read_before_the_subject() -> None:
    text = (
        "ĐẢNG ỦY XÃ MƯỜNG LÁT\nỦY BAN KIỂM TRA\nSố 09-QĐ/UBKT\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Mường Lát, ngày 16 tháng 9 năm 2025\n\nQUYẾTĐỊNH\n\n_\n\n"
        "ban hành Quy chế làm việc của Ủy ban Kiểm\ntra Đảng ủy xã nhiệm kỳ 2025 - 2030\n\n"
        "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\nQUYẾT ĐỊNH\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
    )
    f = extract(text_document(text)).fields
    assert f["loai_van_ban"] == "Quyết định"
    assert f["trich_yeu"] == (
        "ban hành Quy chế làm việc của Ủy ban Kiểm tra Đảng ủy xã nhiệm kỳ 2025 - 2030"
    )


def test_a_header_name_keeps_the_comma_that_goes_on_to_its_next_line() -> None:
    from pipeline.extract import _agencies

    lines = ["UBND XÃ CẨM THỦY", "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,", "GIÁO DỤC PHÁP LUẬT"]
    assert _agencies(lines) == (
        "UBND XÃ CẨM THỦY",
        "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT",
    )
    # a comma read apart from the words is a speck, and joins nothing
    assert _agencies(["UBND TỈNH GIA LAI ,", "SỞ Y TẾ"]) == ("UBND TỈNH GIA LAI", "SỞ Y TẾ")


def test_a_header_line_is_cut_at_the_gap_nearest_the_middle_not_at_a_speck() -> None:
    words = (
        ocr_line("CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY", 100, 200, 1, 1)
        + ocr_line(":", 150, 260, 1, 2)
        + ocr_line("VIỆT NAM", 450, 260, 1, 2)
        + ocr_line("Độc lập - Tự do", 1400, 260, 1, 2)
        + ocr_line("Số: 517/BC-CVHHVT", 300, 340, 1, 3)
    )
    ocr = OcrResult("test", 2480, 3508, tuple(words))
    assert header_left_lines(ocr)[1] == ": VIỆT NAM"


def test_the_place_of_issue_read_with_a_letter_wrong_takes_the_headers_reading() -> None:
    from pipeline.extract import _place_as_in_header

    header = ["BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG KHU VỰC THÁI BÌNH", "UBND TỈNH HƯNG YÊN"]
    assert _place_as_in_header("Thát Bình", header) == "Thái Bình"
    assert _place_as_in_header("Hà Nội", ["UBND THÀNH PHỐ HÀ NAM"]) == "Hà Nội"  # both known
