"""Each preprocessing step on small synthetic pages with a known answer."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.preprocess import (
    clean_page,
    coloured_ink_mask,
    estimate_skew,
    find_page_quad,
    looks_sideways,
    measure_lighting,
    measure_paper,
    needs_contrast,
    normalise_contrast,
    preprocess,
    rotate,
    speckle_density,
    suppress_ink,
    to_grayscale,
    turn,
    upright_score,
    upscale_factor,
    upside_down,
    x_height,
)
from pipeline.records import Page

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
TEXT = (
    "Cộng hòa xã hội chủ nghĩa Việt Nam, Độc lập Tự do Hạnh phúc. Thực hiện Kế hoạch số "
    "19/KH-SYT của Sở Y tế về việc triển khai bệnh án điện tử tại các bệnh viện trong tỉnh"
)
WORDS = TEXT.split(" ")


def _font(size: int) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default(size)


def render_page(
    size: int = 50, lines: int = 18, shape: tuple[int, int] = (2200, 1700)
) -> np.ndarray:
    """Lines of Vietnamese text at ``size`` pixels (50: 12 pt at 300 DPI), ragged like prose."""
    font = _font(size)
    image = Image.new("L", (shape[1], shape[0]), 255)
    draw = ImageDraw.Draw(image)
    for i in range(lines):
        start = (i * 5) % len(WORDS)
        text = " ".join((WORDS[start:] + WORDS)[: 6 + i % 4])
        draw.text((120 + (i % 3) * 40, 100 + i * round(size * 2.2)), text, font=font, fill=0)
    return np.asarray(image)


@pytest.fixture(scope="module")
def text_page() -> np.ndarray:
    return render_page()


@pytest.mark.parametrize("angle", [0.0, 0.6, -1.5, 3.0, -4.5, 8.0, -9.5])
def test_estimate_skew_finds_the_angle(text_page: np.ndarray, angle: float) -> None:
    assert estimate_skew(rotate(text_page, angle)) == pytest.approx(angle, abs=0.1)


def test_rotate_resamples_only_the_text_and_gives_the_rest_the_paper_grey() -> None:
    page = np.full((2200, 1700), 236, np.uint8)  # grey paper ...
    page[800:1400, 300:1400] = np.minimum(render_page(shape=(600, 1100), lines=5), 236)
    turned = rotate(page, 3.0)
    whole = cv2.warpAffine(
        page,
        cv2.getRotationMatrix2D((850, 1100), 3.0, 1.0),
        (1700, 2200),
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=255,
    )
    # the text lands where the whole page turned puts it (within a level: fixed-point rounding)
    gap = np.abs(turned[700:1500, 200:1500].astype(int) - whole[700:1500, 200:1500])
    assert int(gap.max()) <= 1 and np.count_nonzero(gap) < 0.001 * gap.size
    # and the margins are paper: no white corners come in with the turn
    assert int(turned[:100].min()) == int(turned[:100].max()) == 236
    assert int(whole[:100].max()) == 255
    assert np.array_equal(rotate(np.dstack([page] * 3), 3.0)[..., 0], whole)  # colour: all


def test_preprocess_straightens_the_page_and_records_it(text_page: np.ndarray) -> None:
    rgb = np.dstack([rotate(text_page, 2.0)] * 3)
    page = preprocess(Page(number=1, image=rgb))
    assert page.image is not None and page.image.ndim == 2
    assert page.skew_deg == pytest.approx(2.0, abs=0.1)
    assert abs(estimate_skew(page.image)) < 0.15
    assert page.preprocess_steps == ("deskew",)
    assert page.preprocess_seconds is not None and page.preprocess_seconds >= 0
    record = page.to_dict()["preprocess"]
    assert record["steps"] == ["deskew"] and record["upscale"] == 1.0


def test_clean_page_runs_nothing_it_does_not_need(text_page: np.ndarray) -> None:
    done = clean_page(text_page)
    assert done.steps == ()
    assert done.image.shape == text_page.shape


def test_blank_page_has_no_skew() -> None:
    assert estimate_skew(np.full((500, 400), 255, np.uint8)) == 0.0


def test_to_grayscale_shapes() -> None:
    assert to_grayscale(np.zeros((4, 5, 3), np.uint8)).shape == (4, 5)
    assert to_grayscale(np.zeros((4, 5, 4), np.uint8)).shape == (4, 5)
    assert to_grayscale(np.zeros((4, 5), np.uint8)).shape == (4, 5)


def _no_osd(image: np.ndarray) -> int:
    raise AssertionError("Tesseract OSD asked although the cheap test was sure")


@pytest.mark.parametrize("clockwise", [90, 180, 270])
def test_turned_page_is_found_and_turned_back(text_page: np.ndarray, clockwise: int) -> None:
    turned = turn(text_page, clockwise)
    assert looks_sideways(turned) == (clockwise != 180)
    assert not looks_sideways(text_page)
    # a quarter turn makes the lines horizontal, the ink above and below them says which
    # way is up: no OSD needed
    done = clean_page(turned, find_orientation=_no_osd)
    assert done.orientation_deg == 360 - clockwise
    assert "orientation" in done.steps
    assert np.array_equal(done.image, text_page)
    # the transform to the OCR image takes each point of the turned page to the upright one
    h, w = text_page.shape
    for x, y in [(10.0, 20.0), (w - 30.0, h - 40.0)]:  # on the upright page
        tx, ty = _turned_point(x, y, clockwise, w, h)
        got = done.to_ocr @ np.array([tx, ty, 1.0])
        assert got[:2] / got[2] == pytest.approx((x, y), abs=1e-6)


def _turned_point(x: float, y: float, clockwise: int, w: int, h: int) -> tuple[float, float]:
    """Where the point (x, y) of a ``w`` × ``h`` image lands when it is turned clockwise."""
    if clockwise == 90:
        return h - 1 - y, x
    if clockwise == 180:
        return w - 1 - x, h - 1 - y
    return y, w - 1 - x


def test_upright_score_tells_up_from_down(text_page: np.ndarray) -> None:
    up, lines = upright_score(text_page)
    down, _ = upright_score(turn(text_page, 180))
    assert lines >= 18  # tone marks apart from their line count as lines of their own
    assert up > 0.25 and down < -0.25
    assert upright_score(np.full((300, 400), 255, np.uint8)) == (0.0, 0)


def test_unsure_upright_test_asks_the_orientation_finder() -> None:
    """Lines with as much ink below their core as above it (descenders as common as
    ascenders, no marks) leave the cheap test unsure: then OSD decides."""
    font = _font(50)
    image = Image.new("L", (1700, 1200), 255)
    draw = ImageDraw.Draw(image)
    for i in range(12):
        text = "dog bay hold pub yelp gab dog bay hold pub yelp gab"
        draw.text((60, 60 + i * 90), text, font=font, fill=0)
    page = np.asarray(image)
    score, lines = upright_score(page)
    assert lines >= 10 and abs(score) < 0.15
    asked: list[int] = []

    def osd(image: np.ndarray) -> int:
        asked.append(1)
        return 180

    assert upside_down(page, osd) and asked
    assert not upside_down(page)  # without a finder the page is left as it is


def test_sparse_page_is_left_upright(text_page: np.ndarray) -> None:
    """A few lines (a closing page) do not make the cheap test sure, and a page that was
    not turned sideways is not handed to OSD either: it stays as it is."""
    sparse = text_page.copy()
    sparse[500:] = 255  # four lines left
    assert upright_score(sparse)[1] < 10
    assert not upside_down(turn(sparse, 180), _no_osd)
    # turned sideways, which way is up is a toss-up: OSD is asked
    assert upside_down(turn(sparse, 180), lambda image: 180, turned=True)


SEAL_RED = np.array([200, 30, 40], np.float32) / 255
SIGN_BLUE = np.array([24, 38, 128], np.float32) / 255


def _sealed_page(
    light: np.ndarray | float = 1.0, crossing: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """Black text on paper with a red ring seal and a blue scribble over it, blended as ink;
    ``light`` dims the page (a shadow), ``crossing`` runs the scribble across the ring."""
    gray = render_page(lines=5, shape=(600, 1700)).astype(np.float32) / 255
    rgb = np.dstack([gray] * 3) * np.array([0.96, 0.95, 0.91], np.float32)
    ink = np.zeros(gray.shape, np.uint8)
    cv2.circle(ink, (500, 300), 180, 255, 28)
    cv2.circle(ink, (500, 300), 60, 255, -1)
    rgb *= 1 - (ink[..., None] / 255.0) * 0.85 * (1 - SEAL_RED)
    scribble = np.zeros(gray.shape, np.uint8)
    if crossing:
        cv2.line(scribble, (250, 185), (800, 195), 255, 6)  # between two text lines
    else:
        cv2.line(scribble, (900, 120), (1400, 420), 255, 6)
    rgb *= 1 - (scribble[..., None] / 255.0) * (1 - SIGN_BLUE)
    rgb *= np.asarray(light, np.float32)[..., None] if np.ndim(light) else light
    return (rgb * 255).astype(np.uint8), ink | scribble


def test_ink_suppression_whitens_seal_and_keeps_text_under_it() -> None:
    rgb, ink = _sealed_page()
    text = render_page(lines=5, shape=(600, 1700)) < 128
    assert coloured_ink_mask(rgb)[(ink > 0) & ~text].mean() > 250  # the ink is found
    out = suppress_ink(rgb)
    only_ink = (ink > 0) & ~cv2.dilate(text.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(
        bool
    )
    assert to_grayscale(rgb)[only_ink].mean() < 170  # the seal prints grey in plain grey scale
    assert out[only_ink].mean() > 225  # and is paper after suppression
    under = text & (ink > 0)
    assert under.sum() > 500 and out[under].mean() < 90  # text under the seal stays black


def test_paper_under_a_solid_seal_is_the_paper_around_it() -> None:
    rgb, ink = _sealed_page()
    paper = measure_paper(rgb).full()
    centre = np.zeros(ink.shape, bool)
    cv2.circle(centre.view(np.uint8), (500, 300), 50, 1, -1)
    # the solid disc is far wider than the dilation that takes out text
    assert to_grayscale(rgb)[centre].mean() < 170
    assert abs(float(paper[centre].mean()) - float(paper[:, 1500:].mean())) < 6


def test_seal_in_a_shadow_fades_into_its_own_paper() -> None:
    """The lifted seal takes the brightness of the shadowed paper around it, not the
    page's: no bright blob where the seal was."""
    shade = np.linspace(1.0, 0.6, 1700, dtype=np.float32)[None, :].repeat(600, axis=0)
    rgb, ink = _sealed_page(light=shade)
    text = render_page(lines=5, shape=(600, 1700)) < 128
    out = suppress_ink(rgb)
    around = cv2.dilate(ink, np.ones((41, 41), np.uint8)) > 0
    only_ink = (ink > 0) & ~cv2.dilate(text.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(
        bool
    )
    ring = around & (ink == 0) & ~text & (np.arange(1700)[None, :] < 800)
    assert (
        abs(float(out[only_ink & (np.arange(1700)[None, :] < 800)].mean()) - out[ring].mean()) < 8
    )


def test_dark_copy_seal_is_lifted_in_normalised_colours() -> None:
    """A dark, low-contrast copy: the seal is dull, but once the lighting is divided out it
    is found and lifted, and the page comes out normalised with the text under it black."""
    rgb, ink = _sealed_page()
    dark = (55 + rgb.astype(np.float32) * 0.4).astype(np.uint8)
    text = render_page(lines=5, shape=(600, 1700)) < 128
    gray = to_grayscale(dark)
    assert needs_contrast(gray)
    out = suppress_ink(dark, measure_lighting(gray, measure_paper(dark)))
    only_ink = (ink > 0) & ~cv2.dilate(text.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(
        bool
    )
    assert out[only_ink].mean() > 235 and out[~text & (ink == 0)].mean() > 235
    under = text & (ink > 0)
    assert out[under].mean() < 90
    done = clean_page(dark)
    assert done.steps[:2] == ("ink", "contrast")


def test_signature_crossing_the_seal_leaves_no_specks() -> None:
    """Blue over red prints dark in every channel, like text; those specks, wholly within
    reach of the ink and touching blue, go; text under the seal stays."""
    rgb, ink = _sealed_page(crossing=True)
    text = render_page(lines=5, shape=(600, 1700)) < 128
    out = suppress_ink(rgb)
    away = ~cv2.dilate(text.astype(np.uint8), np.ones((9, 9), np.uint8)).astype(bool)
    assert to_grayscale(rgb)[(ink > 0) & away].min() < 60  # the crossing prints dark
    assert out[(ink > 0) & away].min() > 150
    under = text & (ink > 0)
    assert out[under].mean() < 90


def test_clean_page_runs_ink_suppression_only_on_coloured_pages(text_page: np.ndarray) -> None:
    rgb, _ = _sealed_page()
    assert "ink" in clean_page(rgb).steps
    assert "ink" not in clean_page(np.dstack([text_page] * 3)).steps


@pytest.mark.parametrize("dpi", [100, 150, 200])
def test_upscale_factor_brings_low_resolution_back_to_300_dpi(
    text_page: np.ndarray, dpi: int
) -> None:
    scale = dpi / 300
    small = cv2.resize(text_page, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    at_300 = x_height(text_page)
    assert at_300 is not None
    factor = upscale_factor(small)
    if at_300 * scale >= 20:  # the page's text is large enough already
        assert factor == 1.0
    else:
        assert factor * x_height(small) == pytest.approx(30, rel=0.15)  # type: ignore[operator]
        assert factor == pytest.approx(30 / at_300 / scale, rel=0.2)


def test_normal_resolution_is_not_upscaled(text_page: np.ndarray) -> None:
    assert upscale_factor(render_page(size=70, lines=12)) == 1.0


def test_dark_uneven_copy_is_flattened(text_page: np.ndarray) -> None:
    w = text_page.shape[1]
    shadow = np.linspace(0.75, 0.35, w, dtype=np.float32)[None, :]
    dark = (40 + text_page.astype(np.float32) * 0.6 * shadow).astype(np.uint8)
    assert needs_contrast(dark) and not needs_contrast(text_page)
    flat = normalise_contrast(dark)
    paper = text_page > 200
    assert flat[paper].mean() > 235 and flat[:, : w // 4][paper[:, : w // 4]].std() < 15
    assert flat[:, -w // 4 :][paper[:, -w // 4 :]].mean() > 230  # the shadowed side too
    assert flat[text_page < 60].mean() < 80
    assert "contrast" in clean_page(dark).steps


def test_speckle_is_measured_and_removed(text_page: np.ndarray) -> None:
    rng = np.random.default_rng(3)
    speckled = text_page.copy()
    speckled[rng.random(text_page.shape) < 0.003] = 0
    assert speckle_density(text_page) < 50 < 150 < speckle_density(speckled)
    done = clean_page(speckled)
    assert "denoise" in done.steps and speckle_density(done.image) < 50


def test_page_on_a_desk_is_cropped_and_flattened(text_page: np.ndarray) -> None:
    h, w = text_page.shape
    desk = np.full((1400, 1200), 70, np.uint8)
    corners = np.array([[180, 120], [1000, 160], [1050, 1300], [140, 1260]], np.float32)
    matrix = cv2.getPerspectiveTransform(
        np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32), corners
    )
    warped = cv2.warpPerspective(text_page, matrix, (1200, 1400), borderValue=-1)
    inside = cv2.warpPerspective(np.full_like(text_page, 255), matrix, (1200, 1400)) > 0
    photo = np.where(inside, warped, desk).astype(np.uint8)
    quad = find_page_quad(photo)
    assert quad is not None
    assert np.abs(quad - corners).max() < 15
    assert find_page_quad(text_page) is None
    done = clean_page(photo)
    assert done.steps[0] == "page_edges"
    assert abs(done.image.shape[0] / done.image.shape[1] - h / w) < 0.05
    assert abs(done.skew_deg) < 0.5
