"""The closing's second OCR pass as a cascade: the signer block read again at another seal
threshold, and "Nơi nhận" read on its own, only where the first reading is doubtful."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from pipeline.closing import (
    NAME_VOTE_SCALES,
    NAME_VOTE_THRESHOLDS,
    parse_signer,
    read_signer_block,
    recipients_doubtful,
    signer_doubtful,
    signer_from_page,
    strip_signature,
    vote_signer,
)
from pipeline.layout import group_lines
from pipeline.ocr import TesseractEngine, ocr_page
from pipeline.records import OcrResult, OcrWord, Page

from .helpers import CountingEngine, ocr_line

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SIGNER = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Quang Vinh"]
#: The one OCR run of the name line's vote: every threshold at every scale.
VOTE = [len(NAME_VOTE_THRESHOLDS) * len(NAME_VOTE_SCALES)]


def closing(left: list[str], conf: float = 95.0) -> OcrResult:
    """OCR words of a closing: "Nơi nhận" and ``left`` on the left half of a 2400 px page,
    the signer block on the right, every word read with confidence ``conf``."""
    words: list[OcrWord] = []
    for i, text in enumerate(["Nơi nhận:", *left]):
        words += ocr_line(text, 150, 1000 + 60 * i, 1, i + 1)
    for i, text in enumerate(SIGNER):
        words += ocr_line(text, 1500, 1000 + 60 * i, 2, i + 1)
    return OcrResult(
        "tesseract:vie", 2400, 1600, tuple(dataclasses.replace(w, conf=conf) for w in words)
    )


def test_recipients_are_read_again_only_when_the_page_reading_is_doubtful() -> None:
    items = ["- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, VP."]
    assert not recipients_doubtful(closing(items), 980)
    assert recipients_doubtful(closing(items[:2]), 980)  # "Lưu: …" dropped or garbled
    assert recipients_doubtful(closing(items, conf=70.0), 980)  # OCR unsure of the words
    assert recipients_doubtful(closing([]), 980)
    # "(b/c)" read "(/€)": no recipient is written with "€"
    assert recipients_doubtful(closing(["- UBND tỉnh (/€);", "- Lưu: VT, VP."]), 980)
    assert not recipients_doubtful(closing(["- UBND tỉnh (b/c);", "- Lưu: VT, VP."]), 980)


def test_the_signer_block_is_read_again_only_when_the_first_reading_is_doubtful() -> None:
    assert not signer_doubtful((85.0, SIGNER))
    assert signer_doubtful((75.0, SIGNER))  # OCR unsure
    assert signer_doubtful((90.0, SIGNER[:2]))  # no name
    assert signer_doubtful((90.0, ["Trần Quang Vinh"]))  # no title
    assert signer_doubtful((-1.0, []))  # nothing read


def closing_page(left: list[str]) -> np.ndarray:
    font = ImageFont.truetype(FONT, 40)
    image = Image.new("L", (2400, 1200), 255)
    draw = ImageDraw.Draw(image)
    draw.text((150, 200), "Nơi nhận:", font=font, fill=0)
    for i, text in enumerate(left):
        draw.text((150, 280 + 70 * i), text, font=font, fill=0)
    for i, text in enumerate(SIGNER):
        draw.text((1500, 200 + 70 * i + (200 if i == 2 else 0)), text, font=font, fill=0)
    return np.asarray(image)


def test_the_page_reading_of_the_signer_is_taken_when_sure_and_valid() -> None:
    lines = signer_from_page(closing(["- Lưu: VT."]), 980)
    assert lines is not None and parse_signer(lines) == parse_signer(SIGNER)
    assert signer_from_page(closing([], conf=85.0), 980) is None  # OCR unsure
    garbled = closing([])
    misread = {"PHÓ": "PHO", "GIÁM": "GLAM", "ĐỐC": "ĐỌC"}
    words = tuple(
        dataclasses.replace(w, text=misread[w.text]) if w.top == 1060 else w for w in garbled.words
    )
    # "PHO GLAM ĐỌC": no known title, the seal or the signature may be in the way
    assert signer_from_page(dataclasses.replace(garbled, words=words), 980) is None
    # the authority line above the title read unsure: "KT." might be "TL."
    words = tuple(
        dataclasses.replace(w, conf=50.0) if w.text == "KT." else w for w in garbled.words
    )
    assert signer_from_page(dataclasses.replace(garbled, words=words), 980) is None


def unsure(page: Page, *texts: str) -> Page:
    """The page with OCR unsure of the words ``texts``."""
    assert page.ocr is not None
    words = tuple(
        dataclasses.replace(w, conf=50.0) if w.text in texts else w for w in page.ocr.words
    )
    return dataclasses.replace(page, ocr=dataclasses.replace(page.ocr, words=words))


def test_the_second_pass_reads_only_what_the_page_reading_leaves_in_doubt() -> None:
    items = ["- Như trên;", "- Ủy ban nhân dân tỉnh;", "- Lưu: Văn thư."]
    engine = CountingEngine()
    page = ocr_page(Page(number=1, image=closing_page(items)), engine)
    engine.runs.clear()
    done = read_signer_block(page, engine)
    # both halves read surely on the page: no second pass, only the name line's vote
    assert engine.runs == VOTE
    assert parse_signer(list(done.signer_lines)) == parse_signer(SIGNER)
    assert done.recipient_lines == ()

    engine.runs.clear()
    done = read_signer_block(unsure(page, "Vinh"), engine)
    assert engine.runs == [1, *VOTE]  # the right half at the first threshold, and the vote
    assert done.signer_lines[-1] == "Trần Quang Vinh" and done.recipient_lines == ()

    engine.runs.clear()
    read_signer_block(unsure(page, "Vinh", "Như", "trên;", "Lưu:", "Văn", "thư."), engine)
    assert engine.runs == [2, *VOTE]  # and the left half, in the same run

    page = ocr_page(Page(number=1, image=closing_page(items[:2])), engine)
    engine.runs.clear()
    read_signer_block(page, engine)
    assert engine.runs == [1, *VOTE]  # no "Lưu: …": the left half read again on its own


def test_a_signature_under_the_title_is_taken_out_before_the_block_is_read() -> None:
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 40)
    image = Image.new("L", (1200, 700), 255)
    draw = ImageDraw.Draw(image)
    draw.text((420, 60), "GIÁM ĐỐC", font=font, fill=0)
    # a flourish of one stroke, from just under the title down to the name
    t = np.linspace(0, 6 * np.pi, 400)
    flourish = list(zip(300 + 60 * t / np.pi + 50 * np.cos(t), 230 + 90 * np.sin(t), strict=True))
    draw.line(flourish, fill=0, width=4)
    draw.text((300, 520), "Lâm Quốc Thái", font=font, fill=0)
    ink = np.asarray(image)
    stripped = strip_signature(ink)
    assert (stripped[140:330] == 255).all()  # the flourish is gone
    assert (stripped[:130] == ink[:130]).all() and (stripped[500:] == ink[500:]).all()
    assert (strip_signature(stripped) == stripped).all()  # letters alone: nothing taken
    lines = [w.text for w in TesseractEngine(psm=6).recognise(stripped, 1).words]
    assert " ".join(lines) == "GIÁM ĐỐC Lâm Quốc Thái"


def name_block(name: str) -> tuple[np.ndarray, list]:
    """A signer block with ``name`` in bold under its title, and its lines as OCR reads them."""
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 40)
    image = Image.new("L", (1000, 400), 255)
    draw = ImageDraw.Draw(image)
    draw.text((300, 60), "GIÁM ĐỐC", font=font, fill=0)
    draw.text((240, 260), name, font=font, fill=0)
    ink = np.asarray(image)
    return ink, group_lines(TesseractEngine(psm=6).recognise(ink, 1).words)


def test_the_name_line_is_read_again_and_a_clear_majority_overrules_a_mark() -> None:
    ink, lines = name_block("Đinh Công Thắng")
    engine = TesseractEngine()
    # the block read the last syllable with a mark lost; the readings of the line agree
    misread = ["GIÁM ĐỐC", "Đinh Công Thăng"]
    voted, sure = vote_signer(ink, lines, misread, (0, 0, 1.0), engine, 1)
    assert voted == ["GIÁM ĐỐC", "Đinh Công Thắng"]
    assert "Thắng" in sure
    # a reading that is right already stays as it is
    right = ["GIÁM ĐỐC", "Đinh Công Thắng"]
    assert vote_signer(ink, lines, right, (0, 0, 1.0), engine, 1)[0] == right
    # another name the readings do not spell alike is left alone
    other = ["GIÁM ĐỐC", "Lê Văn Tám"]
    assert vote_signer(ink, lines, other, (0, 0, 1.0), engine, 1) == (other, frozenset())


def test_a_title_line_is_voted_word_by_word_and_a_garbled_run_replaced() -> None:
    from pipeline.closing import vote_title_line

    block = "TRƯỜNG PHÒNG QUẦN ï.Ý THƯƠNG MẠI"
    readings = [
        "TRƯỞNG PHÒNG QUẢN ï,Ý THƯƠNG MẠI",
        "TRƯỞNG PHÒNG QUẢN LÝ THƯƠNG MẠI",
        "TRƯỞNG PHÒNG QUẢN ïÝ THƯƠNG MẠI",
        "TRƯỞNG PHÒNG QUẢN ¡.Ý THƯƠNG MẠI",
        "TRƯỞNG PHÒNG QUẢN LÝ THƯƠNG MẠI",
        "TRƯỞNG PHÒNG QUẦN ï.Ý THƯƠNG MẠI",
    ]
    assert vote_title_line(block, readings) == "TRƯỞNG PHÒNG QUẢN LÝ THƯƠNG MẠI"
    # one reading of the garbled run is not enough, nor two against two
    assert vote_title_line(block, readings[:2]) == block
    tie = [*readings, "TRƯỞNG PHÒNG QUẢN LÍ THƯƠNG MẠI", "TRƯỞNG PHÒNG QUẢN LÍ THƯƠNG MẠI"]
    assert vote_title_line(block, tie).endswith("QUẢN ï.Ý THƯƠNG MẠI")
    # the recipient's tail read on the same line is left as it is
    line = "inh (để b/c: TRƯỞNG PHÒNG HÀNH CHÍNH - TÔ CHỨC"
    again = ["tỉnh (để b/C); TRƯỞNG PHÒNG HÀNH CHÍNH - TỔ CHỨC"] * 6
    assert vote_title_line(line, again) == "inh (để b/c: TRƯỞNG PHÒNG HÀNH CHÍNH - TỔ CHỨC"
    # a word in capitals takes no reading with a small letter, and a speck no syllables
    assert vote_title_line("BAN CHỈ HUY", ["BAN cHỈ HUY"] * 6) == "BAN CHỈ HUY"
    assert vote_title_line("TỈNH ỦY TUYÊN QUANG _", ["TỈNH ỦY TUYÊN QUANG Ộ"] * 6).endswith(" _")


def test_the_unit_after_a_known_title_gets_its_marks_back() -> None:
    from pipeline.closing import _title

    # the unit's first word spells the title's; the language model wants "tổng hợp"
    assert _title("ĐỘI TRƯỞNG ĐÔI TỒNG HỢP") == "ĐỘI TRƯỞNG ĐỘI TỔNG HỢP"
    assert _title("TRƯỞNG PHÒNG HÀNH CHÍNH - TÔ CHỨC") == "TRƯỞNG PHÒNG HÀNH CHÍNH - TỔ CHỨC"
    assert _title("PHÓ TRƯỞNG CÔNG AN HUYỆN") == "PHÓ TRƯỞNG CÔNG AN HUYỆN"
    # Đ read as D in a known title ("DẠI DIỆN"), the place after it kept
    assert _title("TRƯỞNG DẠI DIỆN TẠI CẨM PHẢ") == "TRƯỞNG ĐẠI DIỆN TẠI CẨM PHẢ"


def test_a_title_is_not_snapped_to_a_known_one_of_other_words() -> None:
    from pipeline.closing import _title

    assert _title("PHÓ TRƯỞNG") == "PHÓ TRƯỞNG"  # not completed to PHÓ TRƯỞNG BAN
    assert _title("GIÁMĐỐC") == "GIÁM ĐỐC"  # the same letters run together
    assert _title("PHÓ GIÁM ĐÓC") == "PHÓ GIÁM ĐỐC"


def test_a_family_name_read_as_no_family_name_takes_the_marks_of_the_one_spelled_alike() -> None:
    def name(line: str) -> str | None:
        return parse_signer(["GIÁM ĐỐC", line]).nguoi_ky

    assert name("Định Văn Trường") == "Đinh Văn Trường"
    assert name("Trân Thị Hoa") == "Trần Thị Hoa"
    assert name("Nguyên Văn An") == "Nguyễn Văn An"  # Nguyên is a given name
    # a family name as read, one alike to two ("Lo": Lò or Lô) and a minority name stay
    assert name("Lê Văn Tám") == "Lê Văn Tám"
    assert name("Lo Văn Xuân") == "Lo Văn Xuân"
    assert name("Rơ Mah Khiêm") == "Rơ Mah Khiêm"
