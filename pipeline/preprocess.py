"""Page cleanup before OCR (OpenCV): grayscale and deskew."""

from __future__ import annotations

import dataclasses

import cv2
import numpy as np

from .records import Page

#: Largest skew the estimator searches for, in degrees.
MAX_SKEW_DEG = 5.0
#: Below this the page is left as it is: rotating costs time and blurs glyphs.
MIN_CORRECTION_DEG = 0.1


def to_grayscale(image: np.ndarray) -> np.ndarray:
    """8-bit single-channel copy of an RGB, RGBA or gray image."""
    if image.ndim == 2:
        return image.astype(np.uint8, copy=False)
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_RGBA2GRAY)
    return cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)


def estimate_skew(gray: np.ndarray, max_deg: float = MAX_SKEW_DEG) -> float:
    """Skew of the text lines in degrees (positive: counter-clockwise), by projection profiles.

    The ink pixels of a downscaled, binarised copy are rotated by candidate angles; the
    angle whose horizontal projection has the sharpest peaks (lines of text, gaps
    between them) wins. A coarse search is refined around the best angle.
    """
    scale = min(1.0, 1000.0 / max(gray.shape))
    small = (
        cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        if scale < 1.0
        else gray
    )
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    ys, xs = np.nonzero(ink)
    if len(xs) < 50:
        return 0.0
    xs = xs.astype(np.float64) - small.shape[1] / 2
    ys = ys.astype(np.float64) - small.shape[0] / 2
    height = small.shape[0] + small.shape[1]

    def sharpness(angle: float) -> float:
        theta = np.deg2rad(angle)
        rows = ys * np.cos(theta) + xs * np.sin(theta)
        profile = np.bincount((rows + height).astype(np.int64), minlength=2 * height)
        return float(np.sum(np.diff(profile.astype(np.float64)) ** 2))

    coarse = np.arange(-max_deg, max_deg + 1e-9, 0.5)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05)
    return round(float(max(fine, key=sharpness)), 2)


def rotate(gray: np.ndarray, angle: float) -> np.ndarray:
    """Rotate by ``angle`` degrees (counter-clockwise) about the centre, filling with white."""
    h, w = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(
        gray, matrix, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT, borderValue=255
    )


def preprocess(page: Page) -> Page:
    """Grayscale and deskew the page image."""
    if page.image is None:
        return page
    gray = to_grayscale(page.image)
    skew = estimate_skew(gray)
    if abs(skew) >= MIN_CORRECTION_DEG:
        gray = rotate(gray, -skew)
    return dataclasses.replace(page, image=gray, skew_deg=skew)
