"""PDF pages rendered by pdftoppm straight into an array, the same pixels as pdf2image gives."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pdf2image import convert_from_path

from pipeline.ingest import InputError
from pipeline.rasterise import rasterise_pdf_page, read_ppm

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_a_page_is_rendered_as_pdf2image_renders_it() -> None:
    pdf = SAMPLES / "seed001_tin_hiep_hoa_giao_ban.pdf"
    image = rasterise_pdf_page(pdf, 2, 150)
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
