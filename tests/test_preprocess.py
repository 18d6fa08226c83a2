"""Grayscale and deskew on synthetic pages with a known skew."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.preprocess import estimate_skew, preprocess, rotate, to_grayscale
from pipeline.records import Page

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


@pytest.fixture(scope="module")
def text_page() -> np.ndarray:
    try:
        font = ImageFont.truetype(FONT, 36)
    except OSError:
        font = ImageFont.load_default(36)
    image = Image.new("L", (1600, 2000), 255)
    draw = ImageDraw.Draw(image)
    for i in range(24):
        draw.text(
            (120, 100 + i * 75),
            "Cộng hòa xã hội chủ nghĩa Việt Nam, số 19/KH-SYT",
            font=font,
            fill=0,
        )
    return np.asarray(image)


@pytest.mark.parametrize("angle", [0.0, 0.6, -1.5, 3.0, -4.5])
def test_estimate_skew_finds_the_angle(text_page: np.ndarray, angle: float) -> None:
    assert estimate_skew(rotate(text_page, angle)) == pytest.approx(angle, abs=0.1)


def test_preprocess_straightens_the_page(text_page: np.ndarray) -> None:
    rgb = np.dstack([rotate(text_page, 2.0)] * 3)
    page = preprocess(Page(number=1, image=rgb))
    assert page.image is not None and page.image.ndim == 2
    assert page.skew_deg == pytest.approx(2.0, abs=0.1)
    assert abs(estimate_skew(page.image)) < 0.15


def test_blank_page_has_no_skew() -> None:
    assert estimate_skew(np.full((500, 400), 255, np.uint8)) == 0.0


def test_to_grayscale_shapes() -> None:
    assert to_grayscale(np.zeros((4, 5, 3), np.uint8)).shape == (4, 5)
    assert to_grayscale(np.zeros((4, 5, 4), np.uint8)).shape == (4, 5)
    assert to_grayscale(np.zeros((4, 5), np.uint8)).shape == (4, 5)
