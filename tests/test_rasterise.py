"""PDF pages rendered by pdftoppm straight into an array, the same pixels as pdf2image gives,
and plain scans taken from the stored image with the pixels poppler would give."""

from __future__ import annotations

import io
from pathlib import Path

import img2pdf
import numpy as np
import pikepdf
import pytest
from pdf2image import convert_from_path
from PIL import Image

from pipeline.ingest import InputError
from pipeline.rasterise import (
    rasterise_pdf_page,
    read_ppm,
    render_pdf_page,
    scanned_page_image,
)

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_a_page_is_rendered_as_pdf2image_renders_it() -> None:
    pdf = SAMPLES / "seed001_tin_hiep_hoa_giao_ban.pdf"
    image = render_pdf_page(pdf, 2, 150)
    expected = np.asarray(
        convert_from_path(str(pdf), dpi=150, first_page=2, last_page=2)[0].convert("RGB")
    )
    assert image.dtype == np.uint8 and image.shape == expected.shape
    assert np.array_equal(image, expected)


def test_read_ppm_takes_the_header_with_a_comment() -> None:
    pixels = np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3)
    data = b"P6\n# written by a test\n3 2\n255\n" + pixels.tobytes()
    assert np.array_equal(read_ppm(data), pixels)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"P6\n3 2\n255\n" + bytes(17),  # one byte short
        b"P5\n3 2\n255\n" + bytes(6),  # grey: pdftoppm writes colour
        b"P6\n3 2\n65535\n" + bytes(36),  # 16 bits
        b"P6\n0 2\n255\n",
    ],
)
def test_read_ppm_refuses_what_is_no_whole_image(data: bytes) -> None:
    assert read_ppm(data) is None


def test_a_page_beyond_the_last_is_an_input_error() -> None:
    with pytest.raises(InputError):
        rasterise_pdf_page(SAMPLES / "cv_ubnd_dailoc_sot_xuat_huyet.pdf", 5, 100)


def test_a_plain_scan_is_taken_from_its_image_with_the_pixels_poppler_gives() -> None:
    pdf = SAMPLES / "tb_stnmt_lamdong_ket_luan.pdf"
    taken = scanned_page_image(pdf, 1, 300)
    rendered = render_pdf_page(pdf, 1, 300)
    assert taken is not None and taken.shape == rendered.shape and taken.dtype == np.uint8
    assert int(np.abs(taken.astype(int) - rendered).max()) <= 3
    assert np.array_equal(rasterise_pdf_page(pdf, 1, 300), taken)
    # at another resolution it is resampled to the size poppler renders
    half = scanned_page_image(pdf, 1, 150)
    assert half is not None and half.shape == render_pdf_page(pdf, 1, 150).shape


def _scan_pdf(tmp_path: Path, image: Image.Image, dpi: int, rotate: int = 0) -> Path:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(dpi, dpi))
    path = tmp_path / "scan.pdf"
    path.write_bytes(img2pdf.convert(buffer.getvalue(), rotation=img2pdf.Rotation.ifvalid))
    if rotate:
        with pikepdf.open(path, allow_overwriting_input=True) as pdf:
            pdf.pages[0].obj.Rotate = rotate
            pdf.save(path)
    return path


def _page(width: int, height: int, mode: str = "L") -> Image.Image:
    """A grey page with a dark block in its top-left corner, to tell the way up."""
    pixels = np.full((height, width), 230, np.uint8)
    pixels[: height // 4, : width // 4] = 20
    image = Image.fromarray(pixels)
    return image.convert(mode)


@pytest.mark.parametrize("mode", ["L", "RGB"])
@pytest.mark.parametrize("rotate", [0, 90])
def test_a_scan_at_another_resolution_comes_as_poppler_renders_it(
    tmp_path: Path, mode: str, rotate: int
) -> None:
    pdf = _scan_pdf(tmp_path, _page(600, 800, mode), 100, rotate)
    taken = scanned_page_image(pdf, 1, 150)
    rendered = render_pdf_page(pdf, 1, 150)
    assert taken is not None and taken.ndim == 3 and taken.shape == rendered.shape
    assert float(np.abs(taken.astype(int) - rendered).mean()) < 2  # the same way up


def test_a_page_with_more_than_its_scan_is_rendered_by_poppler(tmp_path: Path) -> None:
    path = _scan_pdf(tmp_path, _page(600, 800), 100)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        page = pdf.pages[0]
        page.contents_add(pikepdf.Stream(pdf, b"BT /F1 12 Tf 72 72 Td (x) Tj ET"))
        pdf.save(path)
    assert scanned_page_image(path, 1, 100) is None  # text drawn over the scan
    assert scanned_page_image(path, 2, 100) is None  # no such page
    assert scanned_page_image(tmp_path / "missing.pdf", 1, 100) is None
    assert rasterise_pdf_page(path, 1, 100).shape == (800, 600, 3)  # poppler's page


def test_a_scan_takes_its_rotation_and_resources_from_the_page_tree(tmp_path: Path) -> None:
    path = _scan_pdf(tmp_path, _page(600, 800), 100)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        page = pdf.pages[0].obj
        tree = page.Parent
        tree.Rotate = 90  # set on the page tree, inherited by the page
        tree.Resources = page.Resources
        del page["/Resources"]
        pdf.save(path)
    taken = scanned_page_image(path, 1, 100)
    rendered = render_pdf_page(path, 1, 100)
    assert taken is not None and taken.shape == rendered.shape == (600, 800, 3)
    assert float(np.abs(taken.astype(int) - rendered).mean()) < 2
