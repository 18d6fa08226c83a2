"""Text layers: Vietnamese syllables, judging a layer, and the decision on born-digital PDFs."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from pipeline.ingest import identify
from pipeline.ocr import ReplayEngine, record
from pipeline.records import OcrResult, OcrWord
from pipeline.runner import Options, process_page
from pipeline.textlayer import decide, is_vietnamese_syllable, judge_text, read_layer

pytest.importorskip("reportlab")
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

TEXT = """ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác chuyển đổi số
Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;
Xét đề nghị của Chánh Văn phòng Sở, quyết định thành lập tổ công tác
gồm các ông, bà có tên tại danh sách kèm theo quyết định này.
Điều 1. Tổ công tác có nhiệm vụ giúp Giám đốc Sở chỉ đạo triển khai."""

#: How a TCVN3 (ABC) font's text comes out when its bytes are read as Latin-1 (a few letters).
TCVN3_AS_LATIN1 = str.maketrans(
    {
        "ộ": "é",
        "ò": "ß",
        "ã": "·",
        "ủ": "ñ",
        "ĩ": "Ü",
        "ệ": "Ö",
        "ậ": "Ë",
        "ạ": "¹",
        "ú": "ó",
        "ố": "è",
        "ế": "Õ",
        "ị": "Þ",
        "ở": "ë",
        "đ": "®",
        "ư": "−",
        "ơ": "¬",
        "á": "¸",
        "à": "µ",
        "ả": "¶",
        "ể": "Ó",
        "ờ": "ê",
        "ổ": "æ",
        "ì": "×",
        "ô": "«",
        "ê": "ª",
        "ă": "¨",
    }
)


def _pdf(path: Path, text: str) -> Path:
    pdfmetrics.registerFont(TTFont("DejaVuSerif", FONT))
    page = canvas.Canvas(str(path), pagesize=(595, 842), invariant=True)
    page.setFont("DejaVuSerif", 11)
    for i, line in enumerate(text.splitlines()):
        page.drawString(60, 780 - 18 * i, line)
    page.showPage()
    page.save()
    return path


def _strip_marks(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


@pytest.mark.parametrize(
    "word",
    ["nghiêng", "Quyết", "giữ", "gìn", "khuya", "thuở", "ĐỊNH", "hoà", "hòa", "xoong", "uống"],
)
def test_valid_syllables(word: str) -> None:
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize(
    "word", ["Céng", "hßa", "x·", "chñ", "nghÜa", "ViÖt", "tàt", "ngỉêng", "hóà", "Microlad", "kq"]
)
def test_invalid_syllables(word: str) -> None:
    assert not is_vietnamese_syllable(word)


def test_judge_text_tells_good_legacy_and_stripped_text_apart() -> None:
    good = judge_text(TEXT)
    assert good.good and good.valid_share > 0.95 and good.marked_share > 0.6
    legacy = judge_text(TEXT.lower().translate(TCVN3_AS_LATIN1))
    assert not legacy.good and legacy.valid_share < 0.7
    assert "garbled" in legacy.reason and "valid Vietnamese syllables" in legacy.reason
    stripped = judge_text(_strip_marks(TEXT))
    assert not stripped.good and stripped.marked_share == 0.0
    assert "with marks" in stripped.reason
    assert judge_text("").reason == "no text layer"


def test_born_digital_pdf_layer_is_used(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "born_digital.pdf", TEXT)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in read_layer(pdf, 1)
    decision = decide(pdf, 1)
    assert decision.use and decision.record["decision"] == "used"
    assert decision.record["marks_present"] is True
    # the OCR engine must not be needed: an empty replay folder would fail the page
    page = process_page(identify(pdf), 1, Options(), ReplayEngine(str(tmp_path / "none")))
    assert not page.failed
    assert page.text_layer is not None and page.text_layer["decision"] == "used"
    assert "Tổ công tác chuyển đổi số" in page.text
    assert page.to_dict()["text_layer"]["valid_syllable_share"] > 0.95


def _replay(folder: Path) -> ReplayEngine:
    word = OcrWord("Quyết", 96.0, 10, 10, 100, 30, 1, 1, 1, 1)
    record(OcrResult("tesseract:vie", 595, 842, (word,)), folder, 1)
    return ReplayEngine(str(folder))


def test_garbled_layer_is_re_ocred(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "legacy_font.pdf", TEXT.lower().translate(TCVN3_AS_LATIN1))
    page = process_page(identify(pdf), 1, Options(dpi=100), _replay(tmp_path / "ocr"))
    assert page.text_layer is not None
    assert page.text_layer["decision"] == "ocr"
    assert page.text_layer["reason"].startswith("garbled")
    assert page.text_raw == "Quyết"  # from the OCR engine, not the layer


def test_text_layer_option_forces_either_way(tmp_path: Path) -> None:
    good = identify(_pdf(tmp_path / "good.pdf", TEXT))
    bad = identify(_pdf(tmp_path / "bad.pdf", _strip_marks(TEXT)))
    engine = _replay(tmp_path / "ocr")
    ignored = process_page(good, 1, Options(text_layer="ignore", dpi=100), engine)
    assert ignored.text_raw == "Quyết" and ignored.text_layer["decision"] == "ocr"  # type: ignore[index]
    used = process_page(bad, 1, Options(text_layer="use"), engine)
    assert used.text_layer["decision"] == "used"  # type: ignore[index]
    assert "Quyet dinh" in used.text_raw or "QUYET DINH" in used.text_raw
    with pytest.raises(ValueError, match="text_layer"):
        Options(text_layer="sometimes")  # type: ignore[arg-type]


def test_image_only_pdf_has_no_layer() -> None:
    sample = Path(__file__).resolve().parent.parent / "samples" / "tb_stnmt_lamdong_ket_luan.pdf"
    if not sample.exists():
        pytest.skip("samples not generated")
    decision = decide(sample, 1)
    assert not decision.use and decision.record["reason"] == "no text layer"
