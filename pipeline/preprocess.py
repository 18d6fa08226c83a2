"""Page cleanup before OCR (OpenCV), with the steps chosen per page from what the page needs.

Each step is a plain function on an image with a cheap test that says whether the page
needs it: orientation (quarter turns, and half turns told by where the ink of each line
lies), page-edge crop and perspective (phone photos), red and blue ink suppression (seals,
signatures), contrast normalisation (dark copies, shadows), denoising (speckle), upscaling
by measured x-height, deskew, and adaptive binarisation.
:func:`preprocess` runs them in order and records on the page which ran and what they found.
"""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Callable
from typing import Any

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
#: Ink is first looked for on every INK_STEP-th pixel each way.
INK_STEP = 4
#: Pixels next to coloured ink whose brightest channel is above this share of the paper
#: become paper (the saturated ink itself always does); black text under the ink stays far
#: below it.
INK_LIFT = 0.35
#: After ink suppression, pixels darker than this share of the paper count as ink when
#: looking for the specks a signature leaves where it crossed a seal.
RESIDUE_DARK = 0.6
#: Specks per megapixel (see :func:`speckle_density`) above which the page is denoised.
SPECKLE_LIMIT = 150.0
#: Upside-down scores (see :func:`upright_score`) at least this far from 0 are sure; between
#: them Tesseract OSD decides, when there is an orientation finder.
UPRIGHT_MARGIN = 0.15
#: The cheap upside-down test needs this many text lines (half-lines: each half of the page
#: counts its own) to decide on its own.
MIN_UPRIGHT_LINES = 10

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
    if len(xs) > 40000:  # a sample keeps the search fast on dense pages
        step = math.ceil(len(xs) / 40000)
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


def upright_score(gray: np.ndarray) -> tuple[float, int]:
    """How upright the text lines look, from -1 (upside down) to +1, and how many lines
    were measured.

    In a binarised copy (at most 1200 pixels), cut into a left and a right half so that the
    lines of two columns (the closing, the header) are not mixed, each text line (a run of
    rows with ink) has a core: the rows at least half as full as its fullest, the x-height
    band. Tone marks, circumflexes and breves, capitals and ascenders put ink above the
    core; only descenders and the dot of the nặng tone below it. Runs much taller or
    shorter than the usual line (a signature, lines run together, a rule) are left out.
    The score is (above - below) / (above + below) over the lines: about +0.4 to +0.7 on
    upright Vietnamese pages, as far below zero upside down. Lines must be horizontal
    (run it after deskew).
    """
    small, _ = _downscale(gray, 1200)
    _, ink = cv2.threshold(small, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    half = ink.shape[1] // 2
    runs = _line_runs(ink[:, :half]) + _line_runs(ink[:, half:])
    if not runs:
        return 0.0, 0
    usual = float(np.median([height for height, _, _ in runs]))
    lines = [
        (above, below)
        for height, above, below in runs
        if 0.6 * usual <= height <= 1.6 * usual and above + below > 0
    ]
    above = sum(a for a, _ in lines)
    below = sum(b for _, b in lines)
    return (above - below) / max(1, above + below), len(lines)


def _line_runs(ink: np.ndarray) -> list[tuple[int, int, int]]:
    """(height, ink above the core, ink below it) of each run of inked rows (0/1 image)."""
    rows = ink.sum(axis=1, dtype=np.int64)
    if not rows.any():
        return []
    inked = np.concatenate([[False], rows > 0.02 * rows.max(), [False]])
    edges = np.flatnonzero(np.diff(inked.astype(np.int8)))
    runs = []
    for start, stop in zip(edges[::2], edges[1::2], strict=True):
        band = rows[start:stop]
        if len(band) < 4:  # a rule, a dash, a speck
            continue
        core = np.flatnonzero(band >= 0.5 * band.max())
        runs.append((len(band), int(band[: core[0]].sum()), int(band[core[-1] + 1 :].sum())))
    return runs


def upside_down(
    gray: np.ndarray, find_orientation: OrientationFinder | None = None, turned: bool = False
) -> bool:
    """True when the page's text lines are upside down (:func:`upright_score`).

    The cheap test decides when it has enough lines and a clear score. Otherwise Tesseract
    OSD (``find_orientation``) decides if the page has many lines, or was ``turned`` a
    quarter (which way up is then a toss-up); a sparse page that was not turned is left as
    it is, since pages come upright far more often than not.
    """
    score, lines = upright_score(gray)
    if lines >= MIN_UPRIGHT_LINES and abs(score) >= UPRIGHT_MARGIN:
        return score < 0
    if not (turned or lines >= MIN_UPRIGHT_LINES):
        return False
    if find_orientation is not None:
        return find_orientation(gray) == 180
    return turned and score < 0


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
    """Rotate by ``angle`` degrees (counter-clockwise) about the centre, filling with white.

    On a grey page only the part the text lands in is resampled (cubic resampling is most
    of preprocessing's cost): the rest of the page is paper, given the paper's grey."""
    h, w = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    fill = 255 if gray.ndim == 2 else (255,) * gray.shape[2]
    content = _content_box(gray) if gray.ndim == 2 else None
    if content is None:
        return _warp(gray, matrix, (w, h), fill)
    (x0, y0, x1, y1), paper = content
    corners = np.array([[x0, y0, 1], [x1, y0, 1], [x0, y1, 1], [x1, y1, 1]], float) @ matrix.T
    left, top = (max(0, int(v) - 2) for v in corners.min(axis=0))
    right, bottom = min(w, int(corners[:, 0].max()) + 3), min(h, int(corners[:, 1].max()) + 3)
    shifted = matrix.copy()
    shifted[:, 2] -= (left, top)
    out = np.full((h, w), paper, np.uint8)
    out[top:bottom, left:right] = _warp(gray, shifted, (right - left, bottom - top), 255)
    return out


def _warp(image: np.ndarray, matrix: np.ndarray, size: tuple[int, int], fill: Any) -> np.ndarray:
    return cv2.warpAffine(
        image, matrix, size, flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT, borderValue=fill
    )


#: Content is what is this much darker than the paper, on a copy a quarter the size.
CONTENT_CONTRAST = 24
#: Below this share of the page, resampling only the content is worth the bother.
CONTENT_SHARE = 0.85


def _content_box(gray: np.ndarray) -> tuple[tuple[int, int, int, int], int] | None:
    """The box (x0, y0, x1, y1) holding everything darker than paper, with a margin, and
    the paper's grey; None when that is most of the page."""
    h, w = gray.shape
    small = cv2.resize(gray, (max(1, w // 4), max(1, h // 4)), interpolation=cv2.INTER_AREA)
    counts = np.cumsum(np.bincount(small.ravel(), minlength=256))
    paper = int(np.searchsorted(counts, counts[-1] / 2))
    ink = small < paper - CONTENT_CONTRAST
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if not len(rows):
        return None
    margin = 16
    x0, x1 = max(0, cols[0] * 4 - margin), min(w - 1, cols[-1] * 4 + 4 + margin)
    y0, y1 = max(0, rows[0] * 4 - margin), min(h - 1, rows[-1] * 4 + 4 + margin)
    if (x1 - x0) * (y1 - y0) > CONTENT_SHARE * w * h:
        return None
    return (int(x0), int(y0), int(x1), int(y1)), paper


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


def _ink_masks(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Red and blue ink (HSV hue and saturation), as two boolean masks."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    hue, sat, val = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    inked = (sat >= 55) & (val >= 60)
    red = ((hue <= 12) | (hue >= 160)) & inked
    blue = (hue >= 95) & (hue <= 135) & inked
    return red, blue


def coloured_ink_mask(rgb: np.ndarray) -> np.ndarray:
    """Pixels of red or blue ink (HSV hue and saturation), as a 0/255 mask."""
    red, blue = _ink_masks(rgb)
    return (red | blue).astype(np.uint8) * 255


def suppress_ink(
    rgb: np.ndarray,
    lighting: Lighting | None = None,
    paper: Paper | None = None,
    coarse: np.ndarray | None = None,
) -> np.ndarray:
    """Grey page with red and blue ink whitened and the black text under it kept.

    Where a pixel is coloured ink, or next to it, its brightest channel is used instead
    of its grey value: the ink is light in its own channel, while black text printed
    under a seal stays dark in every channel. Light results and the saturated ink itself
    become the paper around them (:func:`measure_paper`, so a seal in a shadow fades into
    its own surroundings), and dark specks left where a signature crossed the seal go
    too (:func:`_clear_residue`). Only the regions where a quarter-size copy shows ink are
    worked on at full size.

    With ``lighting`` (a dark copy or a shadow, see :func:`measure_lighting`) the page comes
    out normalised, and each ink region's colours are normalised before the ink is found
    and lifted: a dark copy's seal is dull and greyish, but after normalising it is red
    again on white paper. ``paper`` (:func:`measure_paper`) and ``coarse``
    (:func:`coarse_ink`) are the page's when the caller has them already.
    """
    gray = to_grayscale(rgb)
    if lighting is not None:
        gray = lighting.apply(gray)
    else:
        paper = paper or measure_paper(rgb)
    step = INK_STEP
    coarse = coarse_ink(rgb) if coarse is None else coarse
    small = cv2.dilate(coarse.astype(np.uint8), np.ones((9, 9), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(small, connectivity=8)
    height, width = gray.shape
    for x, y, w, h, _area in stats[1:count]:
        x0, y0 = max(0, (x - 2) * step), max(0, (y - 2) * step)
        x1, y1 = min(width, (x + w + 2) * step), min(height, (y + h + 2) * step)
        box = np.ascontiguousarray(rgb[y0:y1, x0:x1, :3])
        if lighting is not None:
            box = lighting.apply(box, y0, x0)
            local: int | np.ndarray = 255
        else:
            assert paper is not None
            local = paper.region(y0, x0, y1 - y0, x1 - x0)
        gray[y0:y1, x0:x1] = _lift_ink(box, gray[y0:y1, x0:x1], local)
    return gray


def _lift_ink(rgb: np.ndarray, gray: np.ndarray, paper: int | np.ndarray) -> np.ndarray:
    """``gray`` with the coloured ink of ``rgb`` (the same region) made ``paper``."""
    red, blue = _ink_masks(rgb)
    ink = red | blue
    # JPEG keeps colour at half resolution: the ink's edges are greyer than its core, so
    # the pixels around the ink are looked at too, and lifted when light in some channel;
    # the saturated ink itself (never black text) is lifted however dark it is
    near = cv2.dilate(ink.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    brightest = rgb.max(axis=2)
    light = (brightest > INK_LIFT * np.asarray(paper, np.float32)) | ink
    lifted = np.where(light, paper, brightest).astype(np.uint8)
    out = np.where(near, lifted, gray)
    reach = cv2.dilate(ink.astype(np.uint8), np.ones((9, 9), np.uint8)) > 0
    return _clear_residue(out, reach, blue, paper)


def _clear_residue(
    gray: np.ndarray, near: np.ndarray, blue: np.ndarray, paper: int | np.ndarray
) -> np.ndarray:
    """Dark specks left where blue ink crossed red (a signature over a seal: dark in every
    channel) or along the signature's edges, made paper: connected dark components that
    lie wholly within reach of the ink (``near``: 4 pixels, so a signature's stroke across
    a seal is covered) and touch blue ink. Black text under a red seal does not touch
    blue, so it stays, and a letter touching a signature keeps parts out of its reach.
    """
    dark = (gray < RESIDUE_DARK * np.asarray(paper, np.float32)).astype(np.uint8)
    count, labels = cv2.connectedComponents(dark, connectivity=8)
    if count <= 1:
        return gray
    by_blue = cv2.dilate(blue.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    residue = (np.bincount(labels[~near], minlength=count) == 0) & (
        np.bincount(labels[by_blue], minlength=count) > 0
    )
    residue[0] = False
    if not residue.any():
        return gray
    return np.where(residue[labels], paper, gray).astype(np.uint8)


def coarse_ink(rgb: np.ndarray) -> np.ndarray:
    """Red or blue ink on a quarter-size copy (every fourth pixel each way), as a bool mask."""
    red, blue = _ink_masks(np.ascontiguousarray(rgb[::INK_STEP, ::INK_STEP, :3]))
    return red | blue


def ink_share(rgb: np.ndarray, coarse: np.ndarray | None = None) -> float:
    """Share of a quarter-size copy's pixels that are red or blue ink (``coarse``: its
    :func:`coarse_ink`, when the caller has it)."""
    coarse = coarse_ink(rgb) if coarse is None else coarse
    return float(np.count_nonzero(coarse)) / coarse.size


# --------------------------------------------------------------------------------------
# Contrast, noise, resolution, binarisation
# --------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Paper:
    """The paper's brightness in grey levels with the text removed, kept at low resolution
    (see :func:`measure_paper`)."""

    small: np.ndarray
    scale: float
    shape: tuple[int, int]

    def full(self) -> np.ndarray:
        """At every pixel of the page."""
        if self.scale >= 1.0:
            return self.small
        return cv2.resize(self.small, self.shape[::-1], interpolation=cv2.INTER_LINEAR)

    def region(self, y0: int, x0: int, height: int, width: int) -> np.ndarray:
        """At every pixel of the ``height`` × ``width`` region at (``y0``, ``x0``)."""
        sh, sw = self.small.shape
        sy0, sx0 = min(sh - 1, int(y0 * self.scale)), min(sw - 1, int(x0 * self.scale))
        sy1 = min(sh, max(sy0 + 1, math.ceil((y0 + height) * self.scale)))
        sx1 = min(sw, max(sx0 + 1, math.ceil((x0 + width) * self.scale)))
        crop = self.small[sy0:sy1, sx0:sx1]
        return cv2.resize(crop, (width, height), interpolation=cv2.INTER_LINEAR)


def measure_paper(image: np.ndarray) -> Paper:
    """The paper's brightness on a copy at most 400 pixels on its longest side: text
    removed by a dilation (a local maximum), then smoothed by a median.

    On a colour page red and blue ink is taken out first and the paper around it grown
    into its place, so a seal's solid star or a stamp is not taken for a dark patch of
    paper.
    """
    small, scale = _downscale(image, 400)
    k = max(3, round(min(small.shape[:2]) / 40) | 1)
    kernel = np.ones((k, k), np.uint8)
    if small.ndim == 3:
        red, blue = _ink_masks(small)
        ink = cv2.dilate((red | blue).astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
        small = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
        small[ink] = 0
    paper = cv2.dilate(small, kernel)
    if image.ndim == 3 and paper.min() == 0:
        # ink wider than the kernel: grow the paper around it inwards
        grow = np.ones((5, 5), np.uint8)
        for _ in range(max(paper.shape)):
            holes = paper == 0
            if not holes.any():
                break
            paper = np.where(holes, cv2.dilate(paper, grow), paper)
    paper = cv2.medianBlur(paper, 2 * k + 1 if 2 * k + 1 <= 255 else 255)
    return Paper(paper, scale, (image.shape[0], image.shape[1]))


def background(gray: np.ndarray) -> np.ndarray:
    """The paper's brightness at every pixel, text removed (see :func:`measure_paper`)."""
    return measure_paper(gray).full()


def needs_contrast(gray: np.ndarray, paper: Paper | None = None) -> bool:
    """True for dark or low-contrast copies and for uneven lighting (shadows).

    ``paper`` is the page's :func:`measure_paper` when the caller has measured it already.
    """
    small, _ = _downscale(gray, 400)
    paper = paper or measure_paper(gray)
    lo, hi = np.percentile(paper.small, [2, 98])
    ink = np.percentile(small, 1)
    return bool(hi < 200 or hi - lo > 40 or hi - ink < 120)


@dataclasses.dataclass(frozen=True)
class Lighting:
    """How a page is lit: the paper's brightness at every pixel and the stretch that takes
    its darkest ink to black once divided by it (see :func:`measure_lighting`)."""

    paper: np.ndarray
    lut: np.ndarray

    def apply(self, image: np.ndarray, y0: int = 0, x0: int = 0) -> np.ndarray:
        """``image`` (grey or RGB, the page or its region at ``y0``, ``x0``) with the paper
        made even and white and the ink black."""
        h, w = image.shape[:2]
        paper = self.paper[y0 : y0 + h, x0 : x0 + w]
        if image.ndim == 3:
            paper = cv2.merge([paper] * image.shape[2])
        return cv2.LUT(cv2.divide(image, paper, scale=247), self.lut)


def measure_lighting(gray: np.ndarray, paper: Paper | None = None) -> Lighting:
    """The page's :class:`Lighting`: its paper (``paper``, or :func:`measure_paper` of
    ``gray``) at every pixel, and a stretch from the ink (the darkest 0.5% once the paper
    is divided out) to black."""
    paper = (paper or measure_paper(gray)).full()
    flat = cv2.divide(gray[::4, ::4], paper[::4, ::4], scale=247)
    ink = float(np.percentile(flat, 0.5))
    lut = np.clip((np.arange(256) - ink) / max(1.0, 240 - ink) * 255, 0, 255).astype(np.uint8)
    return Lighting(paper, lut)


def normalise_contrast(gray: np.ndarray) -> np.ndarray:
    """Divide by the paper's brightness (flattens shadows), then stretch ink to black."""
    return measure_lighting(gray).apply(gray)


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
    #: The clockwise turn applied (0, 90, 180 or 270).
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

    # lighting first: on a dark copy or under a shadow, seal ink is only found and lifted
    # cleanly in normalised colours
    coarse = coarse_ink(image) if colour else None
    inked = coarse is not None and ink_share(image, coarse) >= MIN_INK_SHARE
    paper = measure_paper(image if inked else gray)
    lighting = measure_lighting(gray, paper) if needs_contrast(gray, paper) else None
    if inked:
        gray = suppress_ink(image, lighting, paper, coarse)
        steps.append("ink")
    elif lighting is not None:
        gray = lighting.apply(gray)
    del image
    if lighting is not None:
        steps.append("contrast")

    # after contrast: a shadow read as ink would look like lines running any way. A quarter
    # turn makes the lines horizontal; whether that left the page upside down is told
    # after deskew, with the other half-turned pages
    if looks_sideways(gray):
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

    if upside_down(gray, find_orientation, turned=orientation == 90):
        matrix = turn_matrix(180, gray.shape[1], gray.shape[0]) @ matrix
        gray = turn(gray, 180)
        orientation = (orientation + 180) % 360
        if "orientation" not in steps:
            steps.append("orientation")

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
