"""Reading order: merged two-column lines are read column by column; tables are left alone."""

from __future__ import annotations

import pytest

from pipeline.evaluate import cer
from pipeline.layout import group_lines, page_text, reading_order
from pipeline.records import OcrWord

from .helpers import ocr_line

WIDTH = 2480


HEADER = (
    ocr_line("UBND TỈNH GIA LAI", 300, 200, 1, 1)
    + ocr_line("CỘNG HÒA XÃ HỘI", 1300, 200, 1, 1)
    + ocr_line("SỞ Y TẾ", 400, 260, 1, 2)
    + ocr_line("Độc lập - Tự do", 1400, 260, 1, 2)
    + ocr_line("Số: 12/KH-SYT", 350, 340, 1, 3)
    + ocr_line("Gia Lai, ngày 2", 1400, 340, 1, 3)
    + ocr_line("V/v tuyên truyền", 330, 400, 1, 4)
)


def test_two_column_block_is_read_column_by_column() -> None:
    assert page_text(HEADER, WIDTH).split("\n\n") == [
        "UBND TỈNH GIA LAI\nSỞ Y TẾ\nSố: 12/KH-SYT\nV/v tuyên truyền",
        "CỘNG HÒA XÃ HỘI\nĐộc lập - Tự do\nGia Lai, ngày 2",
    ]


def test_body_block_is_left_alone() -> None:
    body = ocr_line("Thực hiện Kế hoạch số 14/KH-SYT ngày 04/8/2025", 300, 600, 2, 1) + ocr_line(
        "của Sở Y tế tỉnh Gia Lai về tuyên truyền", 300, 660, 2, 2
    )
    assert page_text(body, WIDTH) == (
        "Thực hiện Kế hoạch số 14/KH-SYT ngày 04/8/2025\ncủa Sở Y tế tỉnh Gia Lai về tuyên truyền"
    )


def test_table_rows_with_several_gaps_keep_engine_order() -> None:
    table = (
        ocr_line("1", 300, 900, 3, 1)
        + ocr_line("Rà soát", 500, 900, 3, 1)
        + ocr_line("Phòng", 1300, 900, 3, 1)
        + ocr_line("Tháng 9", 2000, 900, 3, 1)
    )
    assert [[ln.text for ln in block] for block in reading_order(table, WIDTH)] == [
        ["1 Rà soát Phòng Tháng 9"]
    ]


def test_group_lines_sorts_words_left_to_right() -> None:
    words = ocr_line("b", 500, 10, 1, 1) + ocr_line("a", 100, 10, 1, 1)
    assert [ln.text for ln in group_lines(words)] == ["a b"]


def test_header_cut_into_several_blocks_is_one_region() -> None:
    words = [
        w
        if w.top > 200
        else OcrWord(w.text, w.conf, w.left, w.top, w.width, w.height, 9, w.par, w.line, w.word)
        for w in HEADER
    ]
    words.sort(key=lambda w: (w.block != 9, w.top))
    assert page_text(words, WIDTH).split("\n\n") == [
        "UBND TỈNH GIA LAI\nSỞ Y TẾ\nSố: 12/KH-SYT\nV/v tuyên truyền",
        "CỘNG HÒA XÃ HỘI\nĐộc lập - Tự do\nGia Lai, ngày 2",
    ]


def test_body_lines_in_the_closing_block_stay_in_place() -> None:
    """Tesseract may put the last body lines and the closing columns in one block."""
    words = (
        ocr_line("Văn phòng Sở thông báo để các đơn vị biết thực hiện nghiêm túc", 300, 1000, 7, 1)
        + ocr_line("thực hiện./.", 300, 1060, 7, 2)
        + ocr_line("Nơi nhận:", 300, 1140, 7, 3)
        + ocr_line("TL. GIÁM ĐỐC", 1500, 1140, 7, 3)
        + ocr_line("- Như trên;", 300, 1200, 7, 4)
        + ocr_line("CHÁNH VĂN PHÒNG", 1450, 1200, 7, 4)
        + ocr_line("- Lưu: VT.", 300, 1260, 7, 5)
        + ocr_line("x Y", 1400, 1260, 7, 5)  # a signature read as stray letters
        + ocr_line("/", 1900, 1260, 7, 5)
        + ocr_line("- Các phòng;", 300, 1320, 7, 6)
        + ocr_line("Nguyễn Thị Oanh", 1450, 1320, 7, 6)
    )
    assert page_text(words, WIDTH).split("\n\n") == [
        "Văn phòng Sở thông báo để các đơn vị biết thực hiện nghiêm túc",
        "thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n- Các phòng;",
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\nx Y /\nNguyễn Thị Oanh",
    ]


def test_closing_with_ragged_gaps_splits_at_the_gutter() -> None:
    """Left lines of different lengths and a signature read as letters on the right: the
    gap centres differ by more than the tolerance, but one white gutter runs down them."""
    words = (
        ocr_line("Nơi nhận:", 300, 1140, 7, 1)
        + ocr_line("TM. ỦY BAN", 1550, 1140, 7, 1)
        + ocr_line("- Như trên;", 300, 1200, 7, 2)
        + ocr_line("CHỦ TỊCH", 1600, 1200, 7, 2)
        + ocr_line("- TT Huyện ủy, HĐND (b/c);", 300, 1260, 7, 3)
        + ocr_line("ị", 1750, 1260, 7, 3)  # the signature read as a letter
        + ocr_line("- Lưu: VT.", 300, 1320, 7, 4)
        + ocr_line(".-.", 1560, 1380, 7, 5)  # stray marks, wholly in the right column
        + ocr_line("“.-", 1800, 1380, 7, 5)
    )
    assert page_text(words, WIDTH).split("\n\n") == [
        "Nơi nhận:\n- Như trên;\n- TT Huyện ủy, HĐND (b/c);\n- Lưu: VT.",
        "TM. ỦY BAN\nCHỦ TỊCH\nị\n.-. “.-",
    ]


def test_table_with_two_gutters_is_not_split() -> None:
    rows = []
    for i, (a, b, c) in enumerate([("1", "Rà soát hồ sơ", "Tháng 9"), ("2", "Báo cáo", "Quý IV")]):
        top = 900 + 60 * i
        rows += ocr_line(a, 300, top, 3, i + 1) + ocr_line(b, 500, top, 3, i + 1)
        rows += ocr_line(c, 1200 + 300 * i, top, 3, i + 1)
    # the third column's cells start at different places: no common split, two gutters
    assert [len(block) for block in reading_order(rows, WIDTH)] == [2]


def test_one_sided_blocks_inside_a_closing_join_its_columns() -> None:
    """Tesseract cut the closing into blocks: columns, the left column's middle lines on
    their own, then columns again at the same split."""
    words = (
        ocr_line("Nơi nhận:", 300, 1140, 4, 1)
        + ocr_line("TL. GIÁM ĐỐC", 1500, 1140, 4, 1)
        + ocr_line("- Giám đốc;", 300, 1200, 4, 2)
        + ocr_line("CHÁNH VĂN PHÒNG", 1450, 1200, 4, 2)
        + ocr_line("- Các phòng;", 300, 1260, 5, 1)
        + ocr_line("- VP Đăng ký;", 300, 1320, 5, 2)
        + ocr_line("- Lưu: VT.", 300, 1380, 6, 1)
        + ocr_line("x", 1600, 1380, 6, 1)
        + ocr_line("Nguyễn Thị Oanh", 1450, 1480, 7, 1)
    )
    assert page_text(words, WIDTH).split("\n\n") == [
        "Nơi nhận:\n- Giám đốc;\n- Các phòng;\n- VP Đăng ký;\n- Lưu: VT.",
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\nx",
        "Nguyễn Thị Oanh",
    ]


def test_one_sided_block_after_the_region_keeps_its_place() -> None:
    """A left-only block after a header region that does not go on stays after it."""
    words = HEADER + ocr_line("Kính gửi: Sở Y tế", 300, 600, 2, 1)
    assert page_text(words, WIDTH).split("\n\n")[-1] == "Kính gửi: Sở Y tế"


@pytest.mark.e2e
def test_sample_header_comes_out_as_two_blocks() -> None:
    """The real Tesseract on the header of a sample scan (agency | Quốc hiệu, V/v lines)."""
    from pathlib import Path

    from pipeline.ocr import TesseractEngine, ocr_page
    from pipeline.preprocess import preprocess
    from pipeline.rasterise import rasterise_pdf_page
    from pipeline.records import Page

    pdf = Path(__file__).resolve().parent.parent / "samples" / "cv_ubnd_dailoc_sot_xuat_huyet.pdf"
    if not pdf.exists():
        pytest.skip("samples not generated")
    image = rasterise_pdf_page(pdf, 1, 300)
    page = ocr_page(preprocess(Page(number=1, image=image)), TesseractEngine())
    blocks = [b.splitlines() for b in page.text_raw.split("\n\n")]
    left = [
        "ỦY BAN NHÂN DÂN",
        "HUYỆN ĐẠI LỘC",
        "Số: 1245/UBND-VX",
        "V/v tăng cường phòng,",
        "chống dịch sốt xuất huyết",
        "KHẨN",
    ]
    right = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Đại Lộc, ngày 09 tháng 9 năm 2024",
    ]
    # whole blocks, line for line; a letter misread here and there is OCR's business
    assert len(blocks[0]) == len(left) and len(blocks[1]) == len(right)
    for got, want in zip(blocks[0] + blocks[1], left + right, strict=True):
        assert cer(got, want) < 0.15, (got, want)
