"""The OCR engine interface: real Tesseract on a small image, and replay of recorded output."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.layout import page_text
from pipeline.ocr import (
    OcrError,
    ReplayEngine,
    TesseractEngine,
    mean_confidence,
    ocr_page,
    orientation_finder,
    recognise_all,
    record,
)
from pipeline.records import OcrResult, OcrWord, Page

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def render_lines(lines: list[str], size: int = 44) -> np.ndarray:
    font = ImageFont.truetype(FONT, size)
    step = round(size * 2.05)
    image = Image.new("L", (max(1800, size * 40), 120 + step * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((80, 60 + step * i), line, font=font, fill=0)
    return np.asarray(image)


def test_tesseract_reads_vietnamese_with_boxes() -> None:
    image = render_lines(["Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc"])
    result = TesseractEngine().recognise(image, 1)
    assert result.engine == "tesseract:vie"
    assert (result.width, result.height) == (1800, image.shape[0])
    text = page_text(result.words, result.width)
    assert [line for line in text.splitlines() if line] == [
        "Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    first = result.words[0]
    assert first.text == "Cộng" and 60 <= first.left <= 100 and first.conf > 80
    assert len({(w.block, w.par, w.line) for w in result.words}) == 2


def test_ocr_page_sets_text_and_confidence() -> None:
    page = ocr_page(Page(number=1, image=render_lines(["Sở Y tế tỉnh Gia Lai"])), TesseractEngine())
    assert page.text_raw == "Sở Y tế tỉnh Gia Lai"
    assert page.ocr_confidence is not None and page.ocr_confidence > 0.8


def test_blank_page_gives_a_warning() -> None:
    page = ocr_page(Page(number=1, image=np.full((300, 300), 255, np.uint8)), TesseractEngine())
    assert page.text_raw == ""
    assert page.warnings == ("OCR found no text on this page",)


def _word(text: str, block: int, line: int, conf: float = 90.0) -> OcrWord:
    return OcrWord(text, conf, 0, 0, 10, 10, block, 1, line, 1)


def test_mean_confidence_weights_by_length() -> None:
    assert mean_confidence([_word("abcd", 1, 1, 100.0), _word("x", 1, 1, 50.0)]) == 0.9
    assert mean_confidence([]) is None


def test_replay_engine_returns_what_was_recorded(tmp_path: Path) -> None:
    result = OcrResult("tesseract:vie", 100, 50, (_word("Kế", 1, 1), _word("hoạch", 1, 1)))
    record(result, tmp_path, 2)
    engine = ReplayEngine(str(tmp_path))
    assert engine.recognise(np.zeros((1, 1), np.uint8), 2) == result
    with pytest.raises(Exception, match="no recorded OCR output for page 1"):
        engine.recognise(np.zeros((1, 1), np.uint8), 1)


def test_tesseract_orientation_says_how_to_turn_the_page_upright() -> None:
    from pipeline.preprocess import turn

    lines = [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Xét đề nghị của Chánh Văn phòng Sở, Giám đốc Sở quyết định thành lập",
        "Tổ công tác chuyển đổi số của Sở Giáo dục và Đào tạo thành phố Đà Nẵng.",
    ] * 6
    upright = render_lines(lines, size=40)
    engine = TesseractEngine()
    assert engine.orientation(turn(upright, 90)) == 270
    assert engine.orientation(turn(upright, 270)) == 90
    assert orientation_finder(engine) == engine.orientation
    assert orientation_finder(ReplayEngine("nowhere")) is None


def test_a_batch_run_reads_each_crop_as_a_run_of_its_own() -> None:
    crops = [
        render_lines(["Sở Y tế tỉnh Gia Lai"]),
        render_lines(["Đà Nẵng"], size=52),
        render_lines(["Kế hoạch ứng dụng bệnh án điện tử"], size=36),
    ]
    engine = TesseractEngine(psm=7)
    alone = [engine.recognise(crop, 1) for crop in crops]
    together = engine.recognise_batch(crops, 1)
    assert together == alone
    assert [" ".join(w.text for w in r.words) for r in together] == [
        "Sở Y tế tỉnh Gia Lai",
        "Đà Nẵng",
        "Kế hoạch ứng dụng bệnh án điện tử",
    ]
    assert engine.recognise_batch([], 1) == []


def test_a_batch_run_reports_a_missing_tesseract() -> None:
    engine = TesseractEngine(command="/nonexistent/tesseract")
    with pytest.raises(OcrError, match="tesseract is not installed"):
        engine.recognise_batch([render_lines(["Sở"]), render_lines(["Y tế"])], 1)


def test_recognise_all_reads_one_by_one_without_a_batch_reader(tmp_path: Path) -> None:
    result = OcrResult("tesseract:vie", 100, 50, (_word("Kế", 1, 1),))
    record(result, tmp_path, 3)
    blank = np.zeros((1, 1), np.uint8)
    assert recognise_all(ReplayEngine(str(tmp_path)), [blank, blank], 3) == [result, result]


def test_a_line_the_page_layout_dropped_is_read_again_in_its_place() -> None:
    """A line that no word of the page reading lies on (Tesseract's layout sometimes drops
    "Nơi nhận:  TL. GIÁM ĐỐC" whole) is read again, each piece between wide gaps as a line
    of its own, and goes before the line below it; a page read whole gains nothing."""
    from pipeline.ocr import recover_missed_lines

    lines = [
        "Các đơn vị báo cáo tình hình trước ngày 25/8/2025 về Văn phòng Sở.",
        "Nơi nhận:                                   TL. GIÁM ĐỐC",
        "- Như trên;                                 CHÁNH VĂN PHÒNG",
        "- Lưu: VT, VP.",
    ]
    image = render_lines(lines)
    engine = TesseractEngine()
    whole = engine.recognise(image, 1)
    assert recover_missed_lines(image, whole, engine, 1) == whole
    # the same reading without its second line, as the layout analysis left it out
    second = min(w.top for w in whole.words if w.text == "Nơi")
    dropped = tuple(w for w in whole.words if abs(w.top - second) > 30)
    assert "GIÁM" not in page_text(dropped, whole.width)
    partial = OcrResult(whole.engine, whole.width, whole.height, dropped)
    text = page_text(recover_missed_lines(image, partial, engine, 1).words, whole.width)
    # read as the whole page was: "Nơi nhận:" heads its list, the title its column
    assert text == page_text(whole.words, whole.width)
    assert "Nơi nhận:\n- Như trên;" in text and "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG" in text
    # an engine that cannot read a crop (a replay) adds nothing
    assert recover_missed_lines(image, partial, ReplayEngine("/nonexistent"), 1) == partial
