"""Page cleanup before OCR (OpenCV), with the steps chosen per page from what the page needs.

Each step is a plain function on an image with a cheap test that says whether the page
needs it: orientation (90° turns), page-edge crop and perspective (phone photos), red and
blue ink suppression (seals, signatures), contrast normalisation (dark copies, shadows),
denoising (speckle), upscaling by measured x-height, deskew, and adaptive binarisation.
:func:`preprocess` runs them in order and records on the page which ran and what they found.
"""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Callable

import cv2
import numpy as np

from .records import Page

#: Largest skew the estimator searches for, in degrees.
MAX_SKEW_DEG = 10.0
#: Below this the page is left as it is: rotating costs time and blurs glyphs.
MIN_CORRECTION_DEG = 0.1
#: Median letter height in pixels of 13-14 pt body text at 300 DPI (see :func:`x_height`).
TARGET_X_HEIGHT = 30.0
#: Pages whose measured x-height is below this are upscaled to TARGET_X_HEIGHT.
MIN_X_HEIGHT = 20.0
#: Largest upscale factor (a 600×960 phone photo of A4 needs about 3.5).
MAX_UPSCALE = 4.0
#: Upscaling never makes the longest side larger than this (A4 at 300 DPI plus a margin).
MAX_UPSCALED_SIDE = 3800
#: Share of the page's pixels that must be coloured ink before ink suppression runs.
MIN_INK_SHARE = 0.0005
#: Coloured-ink pixels whose brightest channel is above this share of the paper become paper;
#: black text under the ink stays far below it.
INK_LIFT = 0.35
#: Specks per megapixel (see :func:`speckle_density`) above which the page is denoised.
SPECKLE_LIMIT = 150.0

#: Finds the page's orientation (0, 90, 180 or 270: the clockwise turn that makes it upright).
OrientationFinder = Callable[[np.ndarray], int]


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (Tesseract OSD runs as one)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def to_grayscale(image: np.ndarray) -> np.ndarray:
    """8-bit single-channel copy of an RGB, RGBA or gray image."""
    if image.ndim == 2:
        return image.astype(np.uint8, copy=False)
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_RGBA2GRAY)
    return cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)


def _downscale(gray: np.ndarray, longest: int) -> tuple[np.ndarray, float]:
    """A copy at most ``longest`` pixels on its longest side, by an integer factor (pixel
    averaging by a whole factor is several times faster than by a fractional one)."""
    factor = math.ceil(max(gray.shape[:2]) / longest)
    if factor <= 1:
        return gray, 1.0
    h, w = gray.shape[0] // factor, gray.shape[1] // factor
    cropped = gray[: h * factor, : w * factor]
    return cv2.resize(cropped, (w, h), interpolation=cv2.INTER_AREA), 1.0 / factor


def _ink_points(gray: np.ndarray, longest: int = 1200) -> tuple[np.ndarray, np.ndarray, int]:
    small, _ = _downscale(gray, longest)
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    ys, xs = np.nonzero(ink)
    if len(xs) > 60000:  # a sample keeps the search fast on dense pages
        step = math.ceil(len(xs) / 60000)
        ys, xs = ys[::step], xs[::step]
    xs = xs.astype(np.float64) - small.shape[1] / 2
    ys = ys.astype(np.float64) - small.shape[0] / 2
    return ys, xs, small.shape[0] + small.shape[1]


def _profile_sharpness(ys: np.ndarray, xs: np.ndarray, size: int, angle: float) -> float:
    theta = np.deg2rad(angle)
    rows = ys * np.cos(theta) + xs * np.sin(theta)
    profile = np.bincount((rows + size).astype(np.int64), minlength=2 * size)
    return float(np.sum(np.diff(profile.astype(np.float64)) ** 2))


# --------------------------------------------------------------------------------------
# Orientation and skew
# --------------------------------------------------------------------------------------


def looks_sideways(gray: np.ndarray) -> bool:
    """True when the text lines run vertically (the page is turned by 90° or 270°).

    Lines of text make the projection across them sharp; the best angle within ±10° of
    vertical is compared with the best within ±10° of horizontal.
    """
    ys, xs, size = _ink_points(gray, 600)
    if len(xs) < 200:
        return False
    angles = np.arange(-10, 10.1, 2.0)
    across = max(_profile_sharpness(ys, xs, size, a) for a in angles)
    along = max(_profile_sharpness(ys, xs, size, 90 + a) for a in angles)
    return along > 1.5 * across


def turn(image: np.ndarray, clockwise_deg: int) -> np.ndarray:
    """Turn an image clockwise by a multiple of 90°."""
    codes = {
        90: cv2.ROTATE_90_CLOCKWISE,
        180: cv2.ROTATE_180,
        270: cv2.ROTATE_90_COUNTERCLOCKWISE,
    }
    code = codes.get(clockwise_deg % 360)
    return image if code is None else cv2.rotate(image, code)


def estimate_skew(gray: np.ndarray, max_deg: float = MAX_SKEW_DEG) -> float:
    """Skew of the text lines in degrees (positive: counter-clockwise), by projection profiles.

    The ink pixels of a downscaled, binarised copy are rotated by candidate angles; the
    angle whose horizontal projection has the sharpest peaks (lines of text, gaps
    between them) wins. A coarse search is refined around the best angle.
    """
    ys, xs, size = _ink_points(gray)
    if len(xs) < 50:
        return 0.0

    def sharpness(angle: float) -> float:
        return _profile_sharpness(ys, xs, size, angle)

    coarse = np.arange(-max_deg, max_deg + 1e-9, 0.5)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05)
    return round(float(max(fine, key=sharpness)), 2)


def rotate(gray: np.ndarray, angle: float) -> np.ndarray:
    """Rotate by ``angle`` degrees (counter-clockwise) about the centre, filling with white."""
    h, w = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    fill = 255 if gray.ndim == 2 else (255,) * gray.shape[2]
    return cv2.warpAffine(
        gray,
        matrix,
        (w, h),
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=fill,
    )


# --------------------------------------------------------------------------------------
# Page edges: the page photographed or scanned on a darker background
# --------------------------------------------------------------------------------------


def find_page_quad(gray: np.ndarray) -> np.ndarray | None:
    """Corners of the paper (4×2, clockwise from top-left) when it lies on a darker
    background and does not fill the image; None when the paper fills the frame."""
    small, scale = _downscale(gray, 500)
    blurred = cv2.GaussianBlur(small, (7, 7), 0)
    _, bright = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    paper = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(paper) / (small.shape[0] * small.shape[1])
    if not 0.25 <= area <= 0.93:
        return None
    inside = bright > 0
    # a background that is itself bright (a white scan with a wide margin) is not one
    if np.mean(blurred[~inside]) > 0.75 * np.mean(blurred[inside]):
        return None
    quad = cv2.approxPolyDP(paper, 0.02 * cv2.arcLength(paper, True), True)
    if len(quad) != 4:
        x, y, w, h = cv2.boundingRect(paper)
        quad = np.array([[x, y], [x + w, y], [x + w, y + h], [x, y + h]], np.float32)
    pts = quad.reshape(4, 2).astype(np.float32) / scale
    by_sum = pts.sum(axis=1)
    by_diff = np.diff(pts, axis=1).ravel()
    return np.array(
        [
            pts[np.argmin(by_sum)],
            pts[np.argmin(by_diff)],
            pts[np.argmax(by_sum)],
            pts[np.argmax(by_diff)],
        ],
        np.float32,
    )


def flatten_page(image: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """The paper inside ``quad`` warped to an upright rectangle (undoes perspective)."""
    tl, tr, br, bl = quad
    width = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    matrix = flatten_matrix(quad)
    return cv2.warpPerspective(image, matrix, (width, height), flags=cv2.INTER_CUBIC)


def flatten_matrix(quad: np.ndarray) -> np.ndarray:
    """The perspective transform :func:`flatten_page` applies to the paper inside ``quad``."""
    tl, tr, br, bl = quad
    width = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    target = np.array(
        [[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32
    )
    return cv2.getPerspectiveTransform(quad, target)


def turn_matrix(clockwise_deg: int, width: int, height: int) -> np.ndarray:
    """Where :func:`turn` takes each point of a ``width`` × ``height`` image (3×3)."""
    deg = clockwise_deg % 360
    if deg == 90:
        return np.array([[0, -1, height - 1], [1, 0, 0], [0, 0, 1]], float)
    if deg == 180:
        return np.array([[-1, 0, width - 1], [0, -1, height - 1], [0, 0, 1]], float)
    if deg == 270:
        return np.array([[0, 1, 0], [-1, 0, width - 1], [0, 0, 1]], float)
    return np.eye(3)


def rotate_matrix(angle: float, width: int, height: int) -> np.ndarray:
    """Where :func:`rotate` takes each point (3×3)."""
    return np.vstack([cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0), [0, 0, 1]])


# --------------------------------------------------------------------------------------
# Coloured ink: red seals and blue signatures or notes
# --------------------------------------------------------------------------------------


def coloured_ink_mask(rgb: np.ndarray) -> np.ndarray:
    """Pixels of red or blue ink (HSV hue and saturation), as a 0/255 mask."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    hue, sat, val = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    red = (hue <= 12) | (hue >= 160)
    blue = (hue >= 95) & (hue <= 135)
    mask = (red | blue) & (sat >= 55) & (val >= 60)
    return mask.astype(np.uint8) * 255


def suppress_ink(rgb: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    """Grey page with red and blue ink whitened and the black text under it kept.

    Where the mask says coloured ink, the pixel's brightest channel is used instead of
    its grey value: the ink is light in its own channel, while black text printed under
    a seal stays dark in every channel. Light results become paper. Only the regions
    where a quarter-size copy shows ink are worked on at full size.
    """
    gray = to_grayscale(rgb)
    paper = int(np.percentile(gray[::8, ::8], 90))
    if mask is not None:
        return _lift_ink(rgb, gray, mask, paper)
    step = 4
    small = coloured_ink_mask(np.ascontiguousarray(rgb[::step, ::step, :3]))
    small = cv2.dilate(small, np.ones((9, 9), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(small, connectivity=8)
    height, width = gray.shape
    for x, y, w, h, _area in stats[1:count]:
        x0, y0 = max(0, (x - 2) * step), max(0, (y - 2) * step)
        x1, y1 = min(width, (x + w + 2) * step), min(height, (y + h + 2) * step)
        box = np.ascontiguousarray(rgb[y0:y1, x0:x1, :3])
        gray[y0:y1, x0:x1] = _lift_ink(box, gray[y0:y1, x0:x1], coloured_ink_mask(box), paper)
    return gray


def _lift_ink(rgb: np.ndarray, gray: np.ndarray, mask: np.ndarray, paper: int) -> np.ndarray:
    # JPEG keeps colour at half resolution: the ink's edges are greyer than its core
    mask = cv2.dilate(mask, np.ones((5, 5), np.uint8))
    brightest = rgb[..., :3].max(axis=2)
    lifted = np.where(brightest > INK_LIFT * paper, paper, brightest).astype(np.uint8)
    return np.where(mask > 0, lifted, gray)


def ink_share(rgb: np.ndarray) -> float:
    """Share of a downscaled copy's pixels that are red or blue ink."""
    small = rgb[::4, ::4, :3]
    return float(np.count_nonzero(coloured_ink_mask(np.ascontiguousarray(small)))) / (
        small.shape[0] * small.shape[1]
    )


# --------------------------------------------------------------------------------------
# Contrast, noise, resolution, binarisation
# --------------------------------------------------------------------------------------


def background(gray: np.ndarray) -> np.ndarray:
    """The paper's brightness at every pixel, text removed (a dilated, blurred low-res copy)."""
    small, scale = _downscale(gray, 400)
    k = max(3, round(min(small.shape) / 40) | 1)
    paper = cv2.dilate(small, np.ones((k, k), np.uint8))
    paper = cv2.medianBlur(paper, 2 * k + 1 if 2 * k + 1 <= 255 else 255)
    if scale < 1.0:
        paper = cv2.resize(paper, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    return paper


def needs_contrast(gray: np.ndarray) -> bool:
    """True for dark or low-contrast copies and for uneven lighting (shadows)."""
    small, _ = _downscale(gray, 400)
    paper = background(small)
    lo, hi = np.percentile(paper, [2, 98])
    ink = np.percentile(small, 1)
    return bool(hi < 200 or hi - lo > 40 or hi - ink < 120)


def normalise_contrast(gray: np.ndarray) -> np.ndarray:
    """Divide by the paper's brightness (flattens shadows), then stretch ink to black."""
    flat = cv2.divide(gray, background(gray), scale=247)
    ink = float(np.percentile(flat[::4, ::4], 0.5))
    lut = np.clip((np.arange(256) - ink) / max(1.0, 240 - ink) * 255, 0, 255).astype(np.uint8)
    return cv2.LUT(flat, lut)


def speckle_density(gray: np.ndarray, letter: float | None = None) -> float:
    """Specks per megapixel: ink components far smaller than a letter's dot or mark
    (a sixth of the x-height, squared), counted in the middle of the page.

    Clean pages have a few (under 20 per megapixel at 300 DPI); Gaussian grain and
    photocopy speckle give hundreds to thousands.
    """
    h, w = gray.shape
    middle = gray[h // 4 : h - h // 4, w // 4 : w - w // 4]
    _, ink = cv2.threshold(middle, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    letter = letter or x_height(gray) or TARGET_X_HEIGHT
    tiny = np.count_nonzero(stats[1:, cv2.CC_STAT_AREA] <= (letter / 6) ** 2)
    return float(tiny) / middle.size * 1e6


def denoise(gray: np.ndarray, letter: float | None = None) -> np.ndarray:
    """Median filter for grain; if specks survive it (photocopy toner dots), those far
    smaller than a tone mark or a dot are whitened too."""
    smooth = cv2.medianBlur(gray, 3)
    letter = letter or x_height(smooth) or TARGET_X_HEIGHT
    if speckle_density(smooth, letter) <= SPECKLE_LIMIT:
        return smooth
    _, ink = cv2.threshold(smooth, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    specks = stats[:, cv2.CC_STAT_AREA] <= (letter / 8) ** 2
    specks[0] = False
    paper = int(np.percentile(smooth[::8, ::8], 90))
    smooth[specks[labels]] = paper
    return smooth


def x_height(gray: np.ndarray) -> float | None:
    """Median height in pixels of letter-sized ink components: close to the x-height of
    the body text. None when there is too little text to tell."""
    small, scale = _downscale(gray, 1800)
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    widths = stats[1:, cv2.CC_STAT_WIDTH]
    letters = heights[(heights >= 3) & (widths >= 2) & (widths <= 3 * heights) & (heights < 80)]
    if len(letters) < 30:
        return None
    # specks of noise are smaller than any letter: keep components of at least a third of
    # the tall letters' height (capitals and ascenders)
    letters = letters[letters >= 0.35 * np.percentile(letters, 90)]
    if len(letters) < 30:
        return None
    return float(np.median(letters)) / scale


def upscale_factor(gray: np.ndarray, letter: float | None = None) -> float:
    """How much to enlarge the page so its body text reaches about 300 DPI size (1.0: none).

    ``letter`` is the page's :func:`x_height` when the caller has measured it already.
    """
    height = letter or x_height(gray)
    if height is None or height >= MIN_X_HEIGHT:
        return 1.0
    largest = MAX_UPSCALED_SIDE / max(gray.shape[:2])  # never beyond an A4 page at 300 DPI
    return round(max(1.0, min(MAX_UPSCALE, largest, TARGET_X_HEIGHT / height)), 2)


def upscale(gray: np.ndarray, factor: float) -> np.ndarray:
    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)


def binarise(gray: np.ndarray) -> np.ndarray:
    """Adaptive (local mean) threshold: for pages whose contrast stays uneven."""
    block = max(15, int(min(gray.shape) / 60) | 1)
    return cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 15
    )


# --------------------------------------------------------------------------------------
# The stage
# --------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Preprocessed:
    """The cleaned page image and what was done to get it."""

    image: np.ndarray
    steps: tuple[str, ...]
    orientation_deg: int
    skew_deg: float
    upscale: float
    seconds: float
    #: 3×3 transform from the input image to ``image`` (page edges, turn, upscale, deskew).
    to_ocr: np.ndarray = dataclasses.field(default_factory=lambda: np.eye(3))


def clean_page(
    image: np.ndarray,
    find_orientation: OrientationFinder | None = None,
    binarise_page: bool = False,
) -> Preprocessed:
    """Run the preprocessing steps a page needs, in order; see the module docstring."""
    start = cpu_seconds()
    steps: list[str] = []
    orientation = 0
    colour = image.ndim == 3 and image.shape[2] >= 3
    if colour:
        image = np.ascontiguousarray(image[..., :3])
    gray = to_grayscale(image)
    matrix = np.eye(3)

    quad = find_page_quad(gray)
    if quad is not None:
        image = flatten_page(image, quad)
        gray = to_grayscale(image)
        matrix = flatten_matrix(quad) @ matrix
        steps.append("page_edges")

    if colour and ink_share(image) >= MIN_INK_SHARE:
        gray = suppress_ink(image)
        steps.append("ink")
    del image

    if needs_contrast(gray):
        gray = normalise_contrast(gray)
        steps.append("contrast")

    # after contrast: a shadow read as ink would look like lines running any way
    if looks_sideways(gray):
        orientation = find_orientation(gray) if find_orientation else 90
        if orientation in (0, 180):  # OSD could not read it; lines run vertically, so turn
            orientation = 90
        matrix = turn_matrix(orientation, gray.shape[1], gray.shape[0]) @ matrix
        gray = turn(gray, orientation)
        steps.append("orientation")

    letter = x_height(gray)
    factor = upscale_factor(gray, letter)
    if factor > 1.0:
        gray = upscale(gray, factor)
        matrix = np.diag([factor, factor, 1.0]) @ matrix
        letter = letter * factor if letter else None
        steps.append("upscale")

    if speckle_density(gray, letter) > SPECKLE_LIMIT:
        gray = denoise(gray, letter)
        steps.append("denoise")

    skew = estimate_skew(gray)
    if abs(skew) >= MIN_CORRECTION_DEG:
        matrix = rotate_matrix(-skew, gray.shape[1], gray.shape[0]) @ matrix
        gray = rotate(gray, -skew)
        steps.append("deskew")

    if binarise_page:
        gray = binarise(gray)
        steps.append("binarise")
    return Preprocessed(
        gray, tuple(steps), orientation, skew, factor, round(cpu_seconds() - start, 3), matrix
    )


def preprocess(page: Page, find_orientation: OrientationFinder | None = None) -> Page:
    """Clean the page image for OCR and record on the page which steps ran and what they found."""
    if page.image is None:
        return page
    done = clean_page(page.image, find_orientation)
    height, width = page.image.shape[:2]
    return dataclasses.replace(
        page,
        image=done.image,
        image_size=(width, height),
        to_ocr=tuple(round(float(v), 8) for v in done.to_ocr.ravel()),
        skew_deg=done.skew_deg,
        orientation_deg=done.orientation_deg,
        upscale=done.upscale,
        preprocess_steps=done.steps,
        preprocess_seconds=done.seconds,
    )
