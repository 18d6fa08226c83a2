"""Searchable PDFs: token links kept by repair, the layer's geometry on rotated pages, image
and born-digital sources, an earlier OCR layer replaced, and failures that keep the store."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pikepdf
import pytest
from PIL import Image

from pipeline.ingest import identify
from pipeline.ocr import ReplayEngine, record
from pipeline.records import OcrResult, OcrWord, Page
from pipeline.repair import link_tokens, repair_page
from pipeline.runner import Options, assemble, digitise, process_page
from pipeline.searchable import (
    SearchablePdfError,
    document_metadata,
    pdfa_blockers,
    token_boxes,
    write_searchable_pdf,
)
from pipeline.store import Store

from .conftest import SAMPLES

reportlab = pytest.importorskip("reportlab")
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
TEXT = [
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Kế hoạch cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh",
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;",
]


def _pdftotext(pdf: Path, *args: str) -> str:
    done = subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stderr, done.stderr
    return done.stdout


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _record(source: Path, kind: str, pages: list[dict]) -> dict:
    return {
        "id": _sha(source),
        "source": {"path": str(source), "sha256": _sha(source), "kind": kind, "pages": 1},
        "fields": {"loai_van_ban": "Kế hoạch", "so_ky_hieu": "19/KH-UBND"},
        "pages": pages,
    }


# -- the repair stage keeps the links --------------------------------------------------------


def test_link_tokens_follow_splits_merges_and_changed_marks() -> None:
    words = ["Kê", "hoach", "ngườidân", "c", "ủa", "S6"]
    assert link_tokens(words, "Kế hoạch người dân của Số") == (
        (0,),
        (1,),
        (2,),
        (2,),
        (3, 4),
        (5,),
    )
    assert link_tokens(["năm", "2024"], "năm , 2024") == ((0,), (0,), (1,))  # inserted: its left
    assert link_tokens([], "text") == ()


def test_repair_page_links_every_token_of_its_text() -> None:
    words = tuple(
        OcrWord(t, 90.0, 100 * i, 10, 90, 30, 1, 1, 1, i)
        for i, t in enumerate(["Ke", "hoach", "cai", "cach", "hanh", "chinh"])
    )
    page = Page(number=1, text_raw=" ".join(w.text for w in words), reading_words=words)
    repaired = repair_page(page)
    assert repaired.text == "Kế hoạch cải cách hành chính"
    assert repaired.token_words == tuple((i,) for i in range(6))


def test_a_split_word_gives_each_token_a_slice_of_its_box() -> None:
    layout = {"words": [["ngườidân", 100, 10, 160, 40]], "token_words": [[0], [0]]}
    (a, box_a), (b, box_b) = token_boxes(layout, "người dân")
    assert (a, b) == ("người", "dân")
    assert box_a == (100.0, 10.0, 200.0, 50.0) and box_b == (200.0, 10.0, 260.0, 50.0)
    with pytest.raises(SearchablePdfError, match="disagree"):
        token_boxes(layout, "người dân ơi")


# -- geometry ------------------------------------------------------------------------------


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_words_land_on_their_boxes_on_rotated_pages(tmp_path: Path, rotate: int) -> None:
    """A page shown turned (/Rotate): poppler renders it turned, OCR boxes are in that image,
    and pdftotext -bbox (in the same shown coordinates) finds each word on its box."""
    import img2pdf

    png = tmp_path / "blank.png"
    Image.new("L", (600, 400), 255).save(png, dpi=(72, 72))  # 1 px = 1 pt
    source = tmp_path / f"page{rotate}.pdf"
    with pikepdf.open(io.BytesIO(img2pdf.convert(str(png)))) as pdf:
        pdf.pages[0].obj.Rotate = rotate
        pdf.save(source)
    shown = (600, 400) if rotate in (0, 180) else (400, 600)
    words = [["Hà", 40, 50, 60, 30], ["Nội", 120, 50, 70, 30], ["Việt", 40, 200, 90, 40]]
    layout = {
        "image_size": list(shown),
        "ocr_size": list(shown),
        "to_ocr": [1, 0, 0, 0, 1, 0, 0, 0, 1],
        "words": words,
        "token_words": [[0], [1], [2]],
    }
    page = {"number": 1, "text": "Hà Nội\nViệt", "layout": layout}
    out = tmp_path / "out.pdf"
    result = write_searchable_pdf(_record(source, "pdf", [page]), out)
    assert result.layered == 1 and result.pdfa, result.notes
    found = re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<',
        _pdftotext(out, "-bbox"),
    )
    assert [f[4] for f in found] == ["Hà", "Nội", "Việt"]
    for (x0, y0, x1, y1, _), (_, left, top, width, height) in zip(found, words, strict=True):
        assert abs(float(x0) - left) < 2 and abs(float(x1) - (left + width)) < 2
        assert abs((float(y0) + float(y1)) / 2 - (top + height / 2)) < 4


def test_deskew_and_upscale_are_undone(tmp_path: Path) -> None:
    """Boxes found on the preprocessed image (here scaled ×2 and turned 3°) come back to the
    page where the word is printed."""
    import cv2

    png = tmp_path / "blank.png"
    Image.new("L", (600, 400), 255).save(png, dpi=(72, 72))
    source = tmp_path / "page.pdf"
    import img2pdf

    source.write_bytes(img2pdf.convert(str(png)))
    to_ocr = np.vstack([cv2.getRotationMatrix2D((600, 400), 3.0, 1.0), [0, 0, 1]]) @ np.diag(
        [2.0, 2.0, 1.0]
    )
    printed = (100, 150, 120, 30)  # where the word is on the page (pixels = points)
    corners = [to_ocr @ (x, y, 1) for x, y in ((100, 150), (220, 180))]
    left, top = corners[0][:2]
    right, bottom = corners[1][:2]
    layout = {
        "image_size": [600, 400],
        "ocr_size": [1200, 800],
        "to_ocr": list(to_ocr.ravel()),
        "words": [["chính", round(left), round(top), round(right - left), round(bottom - top)]],
        "token_words": [[0]],
    }
    out = tmp_path / "out.pdf"
    write_searchable_pdf(
        _record(source, "pdf", [{"number": 1, "text": "chính", "layout": layout}]), out
    )
    x0, y0, x1, y1 = (
        float(v)
        for v in re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"',
            _pdftotext(out, "-bbox"),
        )[0]
    )
    assert abs((x0 + x1) / 2 - (printed[0] + printed[2] / 2)) < 6
    assert abs((y0 + y1) / 2 - (printed[1] + printed[3] / 2)) < 8


# -- sources ----------------------------------------------------------------------------------


def test_jpeg_scan_is_embedded_as_it_is(tmp_path: Path) -> None:
    """A JPEG goes in byte for byte (no re-encoding); the layer carries the repaired text."""
    from pdf2image import convert_from_path

    image = convert_from_path(str(SAMPLES / "cv_ubnd_dailoc_sot_xuat_huyet.pdf"), dpi=200)[0]
    jpeg = tmp_path / "in" / "cong_van.jpg"
    jpeg.parent.mkdir()
    image.save(jpeg, quality=85, dpi=(200, 200))
    options = Options(db=tmp_path / "s.db", jobs=1, pdf_dir=tmp_path / "pdf")
    result = digitise([jpeg.parent], options)
    assert result.exit_code == 0, [e.line() for o in result.outcomes for e in o.errors]
    out = tmp_path / "pdf" / "cong_van.pdf"
    with pikepdf.open(out) as pdf:
        (embedded,) = pdf.pages[0].get_images().values()
        assert embedded.Filter == "/DCTDecode"
        assert bytes(embedded.read_raw_bytes()) == jpeg.read_bytes()
    text = _pdftotext(out, "-raw")
    assert "Kính gửi" in text and "sốt xuất huyết" in text


def test_image_with_alpha_is_wrapped_losslessly(tmp_path: Path) -> None:
    rgba = Image.new("RGBA", (300, 200), (255, 255, 255, 255))
    rgba.paste((200, 30, 30, 255), (50, 50, 120, 90))
    path = tmp_path / "seal.png"
    rgba.save(path)
    out = tmp_path / "out.pdf"
    write_searchable_pdf(_record(path, "image", []), out)
    with pikepdf.open(out) as pdf:
        (embedded,) = pdf.pages[0].get_images().values()
        pixels = np.asarray(pikepdf.PdfImage(embedded).as_pil_image().convert("RGB"))
    assert np.array_equal(pixels, np.asarray(rgba.convert("RGB")))


def _born_digital(path: Path, lines: list[str], invisible: list[str] | None = None) -> Path:
    pdfmetrics.registerFont(TTFont("DejaVuSerif", FONT))
    path.parent.mkdir(parents=True, exist_ok=True)
    page = canvas.Canvas(str(path), pagesize=(595, 842), invariant=True)
    page.setFont("DejaVuSerif", 12)
    for i, line in enumerate(lines):
        page.drawString(60, 780 - 20 * i, line)
    if invisible:
        text = page.beginText(60, 500)
        text.setTextRenderMode(3)
        text.setFont("DejaVuSerif", 12)
        for line in invisible:
            text.textLine(line)
        page.drawText(text)
    page.showPage()
    page.save()
    return path


def test_born_digital_pdf_passes_through_with_metadata(tmp_path: Path) -> None:
    source = _born_digital(tmp_path / "in" / "ke_hoach.pdf", TEXT)
    options = Options(db=tmp_path / "s.db", jobs=1, pdf_dir=tmp_path / "pdf")
    assert digitise([source], options).exit_code == 0
    out = tmp_path / "pdf" / "ke_hoach.pdf"
    with pikepdf.open(source) as a, pikepdf.open(out) as b:
        assert b.pages[0].obj.Contents.read_bytes() == a.pages[0].obj.Contents.read_bytes()
        assert "/VbOcr" not in b.pages[0].obj.Resources.Font
        meta = b.open_metadata()
        assert meta["dc:title"] == str(b.docinfo["/Title"]) == "ke_hoach"  # no fields found
        assert meta["xmpMM:DocumentID"] == "urn:sha256:" + _sha(source)
    assert _pdftotext(out).split() == _pdftotext(source).split()


def test_an_earlier_invisible_ocr_layer_is_replaced(tmp_path: Path) -> None:
    source = _born_digital(tmp_path / "old_ocr.pdf", [], invisible=["Quy6t dinh S6 sai"])
    folder = tmp_path / "ocr"
    word = OcrWord("Quyết", 96.0, 100, 100, 200, 50, 1, 1, 1, 1)
    record(OcrResult("tesseract:vie", 1240, 1754, (word,)), folder, 1)
    info = identify(source)
    options = Options(text_layer="ignore", dpi=150)
    page = process_page(info, 1, options, ReplayEngine(str(folder)))
    document = assemble(info, [page], options)
    out = tmp_path / "out.pdf"
    write_searchable_pdf(document.to_dict(), out)
    text = _pdftotext(out, "-raw")
    assert "Quyết" in text and "sai" not in text


# -- metadata and PDF/A ----------------------------------------------------------------------


def test_metadata_come_from_the_fields() -> None:
    record = {
        "source": {"path": "/x/kh.pdf"},
        "fields": {
            "loai_van_ban": "Kế hoạch",
            "so_ky_hieu": "19/KH-SYT",
            "ngay_ban_hanh": "2024-03-05",
            "trich_yeu": "Triển khai bệnh án điện tử",
            "co_quan_ban_hanh": "SỞ Y TẾ",
        },
    }
    meta = document_metadata(record)
    assert meta["title"] == "Kế hoạch số 19/KH-SYT ngày 5/3/2024: Triển khai bệnh án điện tử"
    assert meta["subject"] == "Triển khai bệnh án điện tử" and meta["author"] == "SỞ Y TẾ"
    assert meta["keywords"] == ["19/KH-SYT", "2024-03-05", "Kế hoạch", "SỞ Y TẾ"]
    assert document_metadata({"source": {"path": "/x/scan.pdf"}, "fields": {}})["title"] == "scan"


def test_pdfa_is_not_claimed_for_what_stands_in_the_way() -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    assert pdfa_blockers(pdf) == []
    pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert(1)")
    assert "document actions" in pdfa_blockers(pdf)
    image = pdf.make_stream(
        b"\0" * 4,
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=1,
        Height=1,
        BitsPerComponent=8,
        ColorSpace=pikepdf.Name.DeviceCMYK,
    )
    pdf.pages[0].add_resource(image, pikepdf.Name.XObject)
    assert any("CMYK" in b for b in pdfa_blockers(pdf))
    helvetica = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
    )
    pdf.pages[0].add_resource(helvetica, pikepdf.Name.Font)
    assert "font /Helvetica not embedded" in pdfa_blockers(pdf)


# -- failures ---------------------------------------------------------------------------------


def test_a_pdf_that_cannot_be_written_fails_its_file_and_keeps_the_record(tmp_path: Path) -> None:
    source = _born_digital(tmp_path / "in" / "ke_hoach.pdf", TEXT)
    blocked = tmp_path / "pdf"
    blocked.write_text("a file where the folder should be")
    options = Options(db=tmp_path / "s.db", jobs=1, pdf_dir=blocked)
    result = digitise([source], options)
    assert result.exit_code == 1
    (outcome,) = result.outcomes
    assert outcome.status == "stored" and [e.stage for e in outcome.errors] == ["pdf"]
    with Store(options.db) as store:
        assert store.status_of(outcome.document_id) == "complete"  # type: ignore[arg-type]
    # the next run, with a usable folder, writes the missing PDF of the skipped document
    again = digitise([source], dataclasses.replace(options, pdf_dir=tmp_path / "pdf2"))
    assert again.exit_code == 0 and again.outcomes[0].status == "skipped"
    assert (tmp_path / "pdf2" / "ke_hoach.pdf").exists()


def test_pdf_command_names_a_moved_source_in_one_line(tmp_path: Path) -> None:
    source = _born_digital(tmp_path / "ke_hoach.pdf", TEXT)
    db = tmp_path / "s.db"
    assert digitise([source], Options(db=db, jobs=1)).exit_code == 0
    doc_id = _sha(source)
    source.rename(tmp_path / "moved.pdf")
    cmd = [
        sys.executable,
        "-m",
        "pipeline",
        "pdf",
        doc_id[:12],
        "--db",
        str(db),
        "-o",
        str(tmp_path),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "source file not found" in lines[0] and "ke_hoach.pdf" in lines[0]
    with Store(db) as store:
        assert store.status_of(doc_id) == "complete"
    # named by the file itself, the moved document is found by its content
    by_file = [*cmd[:4], str(tmp_path / "moved.pdf"), "--db", str(db), "-o", str(tmp_path / "o")]
    done = subprocess.run(by_file, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(tmp_path / "o" / "ke_hoach.pdf")
    # and a file not in the store yet is digitised first
    fresh = _born_digital(tmp_path / "bao_cao.pdf", TEXT[:2])
    done = subprocess.run(
        [*cmd[:4], str(fresh), "--db", str(db), "-o", str(tmp_path / "o")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    with Store(db) as store:
        assert store.status_of(_sha(fresh)) == "complete"


def test_web_page_serves_the_searchable_pdf(sample_archive: Path, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from pipeline.evaluate import cer
    from pipeline.web import create_app

    client = TestClient(create_app(sample_archive))
    with Store(sample_archive) as store:
        row = next(r for r in store.documents() if "cv_ubnd" in r["path"])
        text = store.document(row["id"])["text"]  # type: ignore[index]
    page = client.get(f"/document/{row['id']}")
    assert f'href="/document/{row["id"]}/pdf"' in page.text
    pdf = client.get(f"/document/{row['id']}/pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    saved = tmp_path / "web.pdf"
    saved.write_bytes(pdf.content)
    with pikepdf.open(saved) as doc:
        assert doc.open_metadata()["pdfaid:part"] == "2"
    assert cer(_pdftotext(saved, "-raw"), text) <= 0.01
    assert client.get("/document/nope/pdf").status_code == 404


def test_a_text_file_gets_no_pdf_and_no_error(tmp_path: Path) -> None:
    text = tmp_path / "old_ocr.txt"
    text.write_text("Ke hoach cai cach hanh chinh nam 2024\n", encoding="utf-8")
    options = Options(db=tmp_path / "s.db", jobs=1, pdf_dir=tmp_path / "pdf")
    result = digitise([text], options)
    assert result.exit_code == 0 and result.outcomes[0].status == "stored"
    assert not (tmp_path / "pdf").exists() or not any((tmp_path / "pdf").iterdir())
