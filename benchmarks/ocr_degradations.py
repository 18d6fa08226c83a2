"""OCR under real-world degradations: raw Tesseract against the pipeline's preprocessing.

Each held-out sample page is degraded in code (fixed seeds, nothing written to disk) in the
ways real archives are: noise, blur, dark copies, skew, 90° and 180° turns, low resolution,
JPEG blocks, a red seal over the body, photocopy speckle and a phone photo in perspective.
Every degraded page is read twice by Tesseract ``vie`` (psm 3), the same engine and the
same reading order (pipeline/layout.py) both times:

- **raw**: the degraded image as it is (Tesseract binarises it internally);
- **pipeline**: after ``pipeline.preprocess`` (steps chosen per page; OSD only when the
  cheap upside-down test is unsure).

CER/WER compare OCR text (before repair) with the ground truth after collapsing
whitespace. Times are CPU seconds (this process plus Tesseract children), so a busy
machine does not inflate them. The held-out pages are never used to tune thresholds:
those were tuned on the other samples (bc_, cv_, kh_, tb_, ttr_).

    python benchmarks/ocr_degradations.py [--pages qd_sgddt_danang_to_cong_tac:1 ...]
        [--only CONDITION ...] [--jobs 2] [--save-png DIR]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import cer, wer  # noqa: E402
from pipeline.executors import limit_threads  # noqa: E402
from pipeline.layout import page_text  # noqa: E402
from pipeline.ocr import TesseractEngine, ocr_page, orientation_finder  # noqa: E402
from pipeline.preprocess import cpu_seconds, preprocess, to_grayscale  # noqa: E402
from pipeline.rasterise import rasterise_pdf_page  # noqa: E402
from pipeline.records import Page  # noqa: E402

#: Held-out pages: never used to tune preprocessing thresholds.
HELD_OUT = (
    "qd_sgddt_danang_to_cong_tac:1",
    "qd_sgddt_danang_to_cong_tac:2",
    "seed001_tin_hiep_hoa_giao_ban:1",
)


def _make_samples_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_samples", ROOT / "samples/make_samples.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = module
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------------------
# Degradations: RGB uint8 page in, RGB uint8 page out; each has its own seed
# --------------------------------------------------------------------------------------

PAPER = np.array([238, 234, 224], np.float32)


def gaussian_noise(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    noise = rng.normal(0, 28, img.shape[:2]).astype(np.float32)[..., None]
    return np.clip(img.astype(np.float32) + noise, 0, 255).astype(np.uint8)


def blur(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    return cv2.GaussianBlur(img, (0, 0), 2.2)


def dark(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A dark, low-contrast copy with a shadow across one side (toner running low)."""
    h, w = img.shape[:2]
    xx = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    yy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    light = 0.62 - 0.22 * xx - 0.10 * yy  # darker towards the right and bottom
    out = 55 + img.astype(np.float32) * 0.55 * light[..., None] / 0.62
    return np.clip(out, 0, 255).astype(np.uint8)


def rotated(angle: float) -> Callable[[np.ndarray, np.random.Generator], np.ndarray]:
    def apply(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        h, w = img.shape[:2]
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        fill = tuple(float(c) * 0.9 for c in PAPER)
        return cv2.warpAffine(img, matrix, (w, h), flags=cv2.INTER_CUBIC, borderValue=fill)

    return apply


def turned_90(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    return cv2.rotate(img, cv2.ROTATE_90_COUNTERCLOCKWISE)


def turned_180(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The page fed into the scanner upside down."""
    return cv2.rotate(img, cv2.ROTATE_180)


def resolution(dpi: int) -> Callable[[np.ndarray, np.random.Generator], np.ndarray]:
    def apply(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        scale = dpi / 300
        return cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)

    return apply


def jpeg(quality: int) -> Callable[[np.ndarray, np.random.Generator], np.ndarray]:
    def apply(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        ok, data = cv2.imencode(".jpg", img[..., ::-1], [cv2.IMWRITE_JPEG_QUALITY, quality])
        assert ok
        return cv2.imdecode(data, cv2.IMREAD_COLOR)[..., ::-1].copy()

    return apply


def seal_over_body(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A second red seal stamped over the body text, multiply-blended like real ink."""
    ms = _make_samples_module()
    seal = np.asarray(
        ms.seal_image(ms.Fonts(), "ỦY BAN NHÂN DÂN * THÀNH PHỐ ĐÀ NẴNG * ", rng, ms.mm(20)),
        np.float32,
    )
    seal = np.clip(seal / 255.0 * 1.15, 0, 1)
    out = img.astype(np.float32) / 255.0
    h, w = seal.shape
    y0, x0 = int(img.shape[0] * 0.42), int(img.shape[1] * 0.38)
    region = out[y0 : y0 + h, x0 : x0 + w]
    red = np.array([200, 30, 40], np.float32) / 255.0
    region *= 1.0 - seal[: region.shape[0], : region.shape[1], None] * (1.0 - red)
    return np.clip(out * 255 + 0.5, 0, 255).astype(np.uint8)


def photocopy(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A copy of a copy: harsh contrast, grey toner haze, and black speckle of all sizes."""
    gray = to_grayscale(img).astype(np.float32)
    harsh = np.clip((gray - 90) * 1.9 + 40, 0, 255)
    h, w = gray.shape
    haze = cv2.resize(rng.uniform(0, 1, (h // 64, w // 64)).astype(np.float32), (w, h))
    harsh = np.clip(harsh - 18 * haze, 0, 255)
    dots = (rng.random((h, w)) < 0.0025).astype(np.uint8)
    dots = cv2.dilate(dots, np.ones((2, 2), np.uint8))
    blobs = (rng.random((h, w)) < 0.00012).astype(np.uint8)
    blobs = cv2.dilate(blobs, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 4)))
    harsh[(dots | blobs) > 0] = rng.uniform(10, 70)
    harsh = cv2.GaussianBlur(harsh, (0, 0), 0.7)
    out = np.clip(harsh, 0, 255).astype(np.uint8)
    return np.dstack([out] * 3)


def phone_photo(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The page photographed on a desk: perspective, 1536×2048 pixels, dim uneven light,
    a soft shadow, mild blur and JPEG."""
    h, w = img.shape[:2]
    out_w, out_h = 1536, 2048
    scale = 0.80 * out_h / h
    pw, ph = w * scale, h * scale
    cx, cy = out_w / 2, out_h / 2
    tl = (cx - pw / 2 + 60, cy - ph / 2 + 20)
    tr = (cx + pw / 2 - 10, cy - ph / 2 + 70)
    br = (cx + pw / 2 + 40, cy + ph / 2 - 10)
    bl = (cx - pw / 2 - 20, cy + ph / 2 + 30)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    dst = np.array([tl, tr, br, bl], np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    desk = np.array([92, 74, 58], np.float32)
    canvas = np.empty((out_h, out_w, 3), np.float32)
    canvas[:] = desk
    warped = cv2.warpPerspective(
        img.astype(np.float32),
        matrix,
        (out_w, out_h),
        flags=cv2.INTER_AREA,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(-1, -1, -1),
    )
    inside = warped[..., 0] >= 0
    canvas[inside] = warped[inside]
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    light = 0.92 - 0.18 * (xx / out_w) - 0.08 * (yy / out_h)
    shadow = 1 - 0.25 * np.exp(-(((xx - 0.15 * out_w) / (0.2 * out_w)) ** 2))
    canvas *= (light * shadow)[..., None]
    canvas += rng.normal(0, 4, canvas.shape[:2]).astype(np.float32)[..., None]
    canvas = cv2.GaussianBlur(canvas, (0, 0), 0.8)
    out = np.clip(canvas, 0, 255).astype(np.uint8)
    return jpeg(75)(out, rng)


def clean(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    return img


CONDITIONS: dict[str, Callable[[np.ndarray, np.random.Generator], np.ndarray]] = {
    "clean": clean,
    "gaussian noise σ28": gaussian_noise,
    "blur σ2.2": blur,
    "dark + shadow": dark,
    "rotated 3°": rotated(3.0),
    "rotated 8°": rotated(-8.0),
    "rotated 90°": turned_90,
    "rotated 180°": turned_180,
    "150 DPI": resolution(150),
    "100 DPI": resolution(100),
    "JPEG q30": jpeg(30),
    "red seal over body": seal_over_body,
    "photocopy speckle": photocopy,
    "phone photo": phone_photo,
}


# --------------------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Measure:
    condition: str
    page: str
    cer_raw: float
    wer_raw: float
    cer_pipe: float
    wer_pipe: float
    prep_seconds: float
    ocr_seconds: float
    steps: tuple[str, ...]


def load_page(spec: str) -> tuple[np.ndarray, str]:
    name, number = spec.rsplit(":", 1)
    truth = json.loads((ROOT / "samples" / f"{name}.json").read_text(encoding="utf-8"))
    image = rasterise_pdf_page(ROOT / "samples" / f"{name}.pdf", int(number), 300)
    return image, truth["pages"][int(number) - 1]


def degrade(spec: str, condition: str) -> tuple[np.ndarray, str]:
    image, truth = load_page(spec)
    seed = (sum(map(ord, spec + condition)) * 7919) % (2**32)
    return CONDITIONS[condition](image, np.random.default_rng(seed)), truth


def measure(spec: str, condition: str) -> Measure:
    limit_threads()  # as in a batch worker
    image, truth = degrade(spec, condition)
    engine = TesseractEngine()
    raw = engine.recognise(to_grayscale(image), 1)
    raw_text = page_text(raw.words, raw.width)
    page = preprocess(Page(number=1, image=image), orientation_finder(engine))
    start = cpu_seconds()
    page = ocr_page(page, engine)
    ocr_seconds = cpu_seconds() - start
    return Measure(
        condition,
        spec,
        cer(raw_text, truth),
        wer(raw_text, truth),
        cer(page.text_raw, truth),
        wer(page.text_raw, truth),
        page.preprocess_seconds or 0.0,
        ocr_seconds,
        page.preprocess_steps,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", nargs="+", default=list(HELD_OUT), metavar="NAME:PAGE")
    parser.add_argument("--only", nargs="+", choices=list(CONDITIONS), metavar="CONDITION")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--save-png", type=Path, help="write each degraded page here to look at")
    args = parser.parse_args()
    conditions = args.only or list(CONDITIONS)
    if args.save_png:
        args.save_png.mkdir(parents=True, exist_ok=True)
        for spec in args.pages:
            for condition in conditions:
                image, _ = degrade(spec, condition)
                slug = "".join(c if c.isalnum() else "_" for c in f"{spec}_{condition}")
                cv2.imwrite(str(args.save_png / f"{slug}.png"), image[..., ::-1])
        return 0
    jobs = [(spec, c) for c in conditions for spec in args.pages]
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(measure, *zip(*jobs, strict=True)))

    print(
        f"OCR under degradations — Tesseract {TesseractEngine.version()} (vie, psm 3), "
        f"{platform.machine()}; held-out pages: {', '.join(args.pages)}\n"
    )
    print(
        "| condition | CER raw | CER pipeline | WER raw | WER pipeline "
        "| preprocess CPU s/page | OCR CPU s/page | steps run |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    rows = []
    for condition in conditions:
        ms = [m for m in results if m.condition == condition]
        row = {
            k: sum(getattr(m, k) for m in ms) / len(ms)
            for k in (
                "cer_raw",
                "cer_pipe",
                "wer_raw",
                "wer_pipe",
                "prep_seconds",
                "ocr_seconds",
            )
        }
        steps = sorted({s for m in ms for s in m.steps}, key=lambda s: STEP_ORDER.index(s))
        rows.append(row)
        print(
            f"| {condition} | {row['cer_raw']:.2%} | {row['cer_pipe']:.2%} | {row['wer_raw']:.2%} "
            f"| {row['wer_pipe']:.2%} | {row['prep_seconds']:.2f} | {row['ocr_seconds']:.2f} "
            f"| {', '.join(steps) or '—'} |"
        )
    mean = {k: sum(r[k] for r in rows) / len(rows) for k in rows[0]}
    print(
        f"| **mean** | {mean['cer_raw']:.2%} | {mean['cer_pipe']:.2%} | {mean['wer_raw']:.2%} "
        f"| {mean['wer_pipe']:.2%} | {mean['prep_seconds']:.2f} | {mean['ocr_seconds']:.2f} | |"
    )
    easy = [r for r in rows if r["wer_raw"] < 0.30]
    print()
    print(
        f"Targets: pipeline WER / raw WER = {mean['wer_pipe'] / max(mean['wer_raw'], 1e-9):.2f} "
        f"(target ≤ 0.5); conditions with raw WER < 30% and pipeline WER > 5%: "
        f"{sum(r['wer_pipe'] > 0.05 for r in easy)} of {len(easy)}; preprocessing / OCR CPU "
        f"= {mean['prep_seconds'] / max(mean['ocr_seconds'], 1e-9):.1%} (target ≤ 10%)."
    )
    return 0


STEP_ORDER = [
    "orientation",
    "page_edges",
    "ink",
    "contrast",
    "denoise",
    "upscale",
    "deskew",
    "binarise",
]

if __name__ == "__main__":
    sys.exit(main())
