"""Vietnamese OCR behind a small engine interface; the only module that imports pytesseract.

:class:`TesseractEngine` runs Tesseract (``vie``) through ``pytesseract.image_to_data`` and
keeps every word with its box, block/paragraph/line numbers and confidence.
:class:`ReplayEngine` returns recorded output, so later stages can be tested without
Tesseract and another engine can be added without touching the stages.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import os
import re
import signal
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import cv2
import numpy as np
import pytesseract
from PIL import Image

from .layout import blocks_text, ordered_words, reading_order
from .records import OcrResult, OcrWord, Page


class OcrError(Exception):
    """The engine failed on a page (crash, timeout, missing language data)."""


@runtime_checkable
class OcrEngine(Protocol):
    """What the pipeline needs from an OCR engine."""

    name: str

    def recognise(self, image: np.ndarray, page_number: int) -> OcrResult:
        """Read one page image and return its words with boxes and confidences."""
        ...


def orientation_finder(engine: OcrEngine) -> Callable[[np.ndarray], int] | None:
    """The engine's ``orientation(image)`` method if it has one (engines may lack it)."""
    finder = getattr(engine, "orientation", None)
    return finder if callable(finder) else None


def recognise_all(engine: OcrEngine, images: list[np.ndarray], page_number: int) -> list[OcrResult]:
    """Read several crops of one page: in one run where the engine can (``recognise_batch``),
    else one by one; one result per image, in order."""
    batch = getattr(engine, "recognise_batch", None)
    if callable(batch):
        results: list[OcrResult] = batch(images, page_number)
        return results
    return [engine.recognise(image, page_number) for image in images]


@functools.cache
def tesseract_languages(command: str = "") -> frozenset[str]:
    """The languages the Tesseract on this machine has data for (none when it is missing)."""
    try:
        done = subprocess.run(
            [command or "tesseract", "--list-langs"], capture_output=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    return frozenset(line.strip() for line in lines[1:] if line.strip())


@dataclasses.dataclass(frozen=True)
class TesseractEngine:
    """Tesseract through pytesseract. ``timeout`` is seconds per page (0: none); ``command``
    is the tesseract executable when it is not the one on PATH."""

    lang: str = "vie"
    psm: int = 3
    timeout: float = 0
    extra_config: str = ""
    command: str = ""
    name: str = "tesseract"

    def recognise(self, image: np.ndarray, page_number: int) -> OcrResult:
        pytesseract.pytesseract.tesseract_cmd = self.command or "tesseract"
        config = f"--psm {self.psm} -c preserve_interword_spaces=0 {self.extra_config}".strip()
        try:
            with _image_file(image) as path:
                data = pytesseract.image_to_data(
                    path,
                    lang=self.lang,
                    config=config,
                    output_type=pytesseract.Output.DICT,
                    timeout=self.timeout,
                )
        except pytesseract.TesseractNotFoundError:
            raise OcrError(
                "tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-vie"
            ) from None
        except pytesseract.TesseractError as exc:
            raise OcrError(
                f"tesseract failed: {_describe_failure(exc.status, exc.message)}"
            ) from None
        except subprocess.CalledProcessError as exc:
            raise OcrError(f"tesseract failed: {_describe_failure(exc.returncode, '')}") from None
        except RuntimeError as exc:  # pytesseract's timeout (TesseractError is caught above)
            raise OcrError(f"tesseract timed out after {self.timeout:g} s") from exc
        height, width = image.shape[:2]
        return OcrResult(
            engine=f"{self.name}:{self.lang}",
            width=width,
            height=height,
            words=tuple(_words_from_data(data)),
        )

    def recognise_batch(self, images: list[np.ndarray], page_number: int) -> list[OcrResult]:
        """Read several images (crops of one page) in one Tesseract run, one result each.

        Tesseract reads a list of image files one after another in one process, so the
        language model is loaded once instead of once per crop (about 0.1 s of CPU each, more
        than reading a line costs). The LSTM recogniser keeps no state from one image to the
        next, so each result is what :meth:`recognise` gives for that image alone.
        """
        if not images:
            return []
        if len(images) == 1:
            return [self.recognise(images[0], page_number)]
        config = f"--psm {self.psm} -c preserve_interword_spaces=0 {self.extra_config}".split()
        with contextlib.ExitStack() as stack:
            paths = [stack.enter_context(_image_file(image)) for image in images]
            listing = stack.enter_context(_list_file(paths))
            command = [self.command or "tesseract", listing, "stdout", "-l", self.lang]
            try:
                done = subprocess.run(
                    [*command, *config, "tsv"],
                    capture_output=True,
                    timeout=self.timeout or None,
                    check=False,
                )
            except FileNotFoundError:
                raise OcrError(
                    "tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-vie"
                ) from None
            except subprocess.TimeoutExpired:
                raise OcrError(f"tesseract timed out after {self.timeout:g} s") from None
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace")
            raise OcrError(f"tesseract failed: {_describe_failure(done.returncode, message)}")
        per_image = _tsv_by_image(done.stdout.decode("utf-8"), len(images))
        return [
            OcrResult(
                engine=f"{self.name}:{self.lang}",
                width=image.shape[1],
                height=image.shape[0],
                words=tuple(_words_from_data(data)),
            )
            for image, data in zip(images, per_image, strict=True)
        ]

    def orientation(self, image: np.ndarray) -> int:
        """Clockwise turn (0, 90, 180, 270) that makes the page upright, by Tesseract OSD.

        OSD runs on the middle 40% (each way) of a copy scaled to 1800 pixels on its longest
        side: text still large enough to read, 5% of the pixels, 0.2-0.5 s of CPU on an A4
        page; 0 when OSD cannot tell.
        """
        scale = min(1.0, 1800 / max(image.shape[:2]))
        small = image
        if scale < 1.0:
            small = np.asarray(
                Image.fromarray(image).resize(
                    (round(image.shape[1] * scale), round(image.shape[0] * scale)),
                    Image.Resampling.LANCZOS,
                )
            )
        h, w = small.shape[:2]
        dh, dw = 3 * h // 10, 3 * w // 10
        small = np.ascontiguousarray(small[dh : h - dh, dw : w - dw])
        try:
            osd = pytesseract.image_to_osd(small, config="--psm 0", timeout=self.timeout)
        except (pytesseract.TesseractError, RuntimeError):
            return 0
        match = re.search(r"Rotate:\s*(\d+)", osd)
        return int(match.group(1)) % 360 if match else 0

    @staticmethod
    def version() -> str:
        return str(pytesseract.get_tesseract_version())


@contextlib.contextmanager
def _image_file(image: np.ndarray) -> Iterator[str]:
    """The image as an uncompressed PNM file for Tesseract to read.

    pytesseract would otherwise encode a PNG, which costs about a second a page at 300 DPI;
    a PGM/PPM is written in milliseconds. /dev/shm keeps it in memory where it exists.
    """
    folder = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    suffix = ".pgm" if image.ndim == 2 else ".ppm"
    fd, path = tempfile.mkstemp(prefix="vanban-", suffix=suffix, dir=folder)
    os.close(fd)
    try:
        pixels = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
        if not cv2.imwrite(path, pixels):
            raise OcrError("could not write the page image for Tesseract")
        yield path
    finally:
        os.unlink(path)


@contextlib.contextmanager
def _list_file(paths: list[str]) -> Iterator[str]:
    """A text file naming one image per line: Tesseract reads them all in one run."""
    folder = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    fd, listing = tempfile.mkstemp(prefix="vanban-", suffix=".txt", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("".join(f"{path}\n" for path in paths))
        yield listing
    finally:
        os.unlink(listing)


def _tsv_by_image(tsv: str, count: int) -> list[dict[str, list[Any]]]:
    """Tesseract's TSV of a run over ``count`` images, split by image (its ``page_num``)
    into the columns ``image_to_data`` gives for one image."""
    rows = [line.split("\t") for line in tsv.splitlines() if line]
    header, body = (rows[0], rows[1:]) if rows else ([], [])
    out: list[dict[str, list[Any]]] = [{name: [] for name in header} for _ in range(count)]
    for row in body:
        if len(row) < len(header):  # a word's text is the last column and may be empty
            row = row + [""] * (len(header) - len(row))
        values = dict(zip(header, row, strict=False))
        index = int(values["page_num"]) - 1
        if not 0 <= index < count:
            raise OcrError(f"tesseract reported image {index + 1} of a run over {count}")
        for name in header:
            value = values[name]
            # whole numbers, confidences truncated, as pytesseract gives them
            out[index][name].append(value if name == "text" else int(float(value)))
    return out


def _describe_failure(status: int, message: str) -> str:
    """Tesseract's own message, or the signal that killed it (a crash) or its exit status."""
    if message.strip():
        return message.strip()
    if status < 0:
        try:
            return f"crashed ({signal.Signals(-status).name})"
        except ValueError:
            return f"killed by signal {-status}"
    return f"exit status {status}"


def _words_from_data(data: dict[str, list[Any]]) -> list[OcrWord]:
    words = []
    for i, text in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if data["level"][i] != 5 or conf < 0 or not str(text).strip():
            continue
        words.append(
            OcrWord(
                text=str(text),
                conf=conf,
                left=int(data["left"][i]),
                top=int(data["top"][i]),
                width=int(data["width"][i]),
                height=int(data["height"][i]),
                block=int(data["block_num"][i]),
                par=int(data["par_num"][i]),
                line=int(data["line_num"][i]),
                word=int(data["word_num"][i]),
            )
        )
    return words


@dataclasses.dataclass(frozen=True)
class ReplayEngine:
    """Replays recorded OCR output: a folder of ``page-NNN.json`` files (``OcrResult.to_dict``)."""

    folder: str
    name: str = "replay"

    def recognise(self, image: np.ndarray, page_number: int) -> OcrResult:
        path = Path(self.folder) / f"page-{page_number:03d}.json"
        if not path.exists():
            raise OcrError(f"no recorded OCR output for page {page_number} in {self.folder}")
        return OcrResult.from_dict(json.loads(path.read_text(encoding="utf-8")))


def record(result: OcrResult, folder: Path, page_number: int) -> Path:
    """Save OCR output so that :class:`ReplayEngine` can replay it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"page-{page_number:03d}.json"
    path.write_text(json.dumps(result.to_dict(), ensure_ascii=False), encoding="utf-8")
    return path


def mean_confidence(words: tuple[OcrWord, ...] | list[OcrWord]) -> float | None:
    """Mean word confidence, weighted by word length, on a 0..1 scale."""
    total = sum(len(w.text) for w in words)
    if not total:
        return None
    return round(sum(w.conf * len(w.text) for w in words) / total / 100.0, 4)


def engine_with_psm(engine: Any, psm: int, config: str) -> Any:
    """The same engine with another page segmentation mode, if it has one."""
    if dataclasses.is_dataclass(engine) and hasattr(engine, "psm"):
        return dataclasses.replace(engine, psm=psm, extra_config=config)
    return None


#: A row of ink that no word covers is read again when it holds at least this many
#: letter-sized marks and the words read there are at least this sure.
MISSED_MIN_MARKS = 4
MISSED_MIN_CONF = 60.0


def _missed_rows(image: np.ndarray, words: tuple[OcrWord, ...]) -> list[tuple[int, int, int, int]]:
    """Rows of letter-sized ink that no word of the page lies on, as (left, top, right,
    bottom): lines the engine's page layout dropped whole (Tesseract now and then leaves out
    a line such as "Nơi nhận:  TL. GIÁM ĐỐC" beside a seal's faint trace)."""
    tall = sorted(w.height for w in words if any(c.isalpha() for c in w.text))
    if len(tall) < 10:
        return []
    size = tall[len(tall) // 2]  # a line's height: capitals and marks
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    pad = max(1, size // 4)
    for w in words:
        x0, y0 = max(0, w.left - pad), max(0, w.top - pad)
        ink[y0 : w.top + w.height + pad, x0 : w.left + w.width + pad] = 0
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    marks = [
        (x, y, x + w, y + h)
        for x, y, w, h, area in stats[1:count]
        if 0.35 * size <= h <= 1.3 * size and w <= 4 * size and area >= 0.04 * size * size
    ]
    centres = [w.top + w.height / 2 for w in words]
    rows: list[list[tuple[int, int, int, int]]] = []
    for mark in sorted(marks, key=lambda m: (m[1] + m[3]) / 2):
        middle = (mark[1] + mark[3]) / 2
        if rows and middle - (rows[-1][-1][1] + rows[-1][-1][3]) / 2 <= size / 3:
            rows[-1].append(mark)
        else:
            rows.append([mark])
    out = []
    for row in rows:
        top, bottom = min(m[1] for m in row), max(m[3] for m in row)
        if len(row) < MISSED_MIN_MARKS or any(top <= c <= bottom for c in centres):
            continue  # too few marks, or a line the engine read (a stray mark beside it)
        # the row cut at wide gaps ("Nơi nhận:" and "TL. GIÁM ĐỐC"): one line each
        row.sort()
        pieces = [[row[0]]]
        for mark in row[1:]:
            if mark[0] - max(m[2] for m in pieces[-1]) > 2 * size:
                pieces.append([mark])
            else:
                pieces[-1].append(mark)
        out += [
            (piece[0][0], top, max(m[2] for m in piece), bottom)
            for piece in pieces
            if len(piece) >= MISSED_MIN_MARKS
        ]
    return out


def recover_missed_lines(
    image: np.ndarray, result: OcrResult, engine: OcrEngine, page_number: int
) -> OcrResult:
    """``result`` with the lines its page layout dropped whole read again, one line each
    (:func:`_missed_rows`), and put in the engine's order before the line below them, in
    its block. Words less sure than ``MISSED_MIN_CONF`` or without a letter or digit are
    left out; an engine that cannot read a crop (a replay) adds nothing."""
    line_engine = engine_with_psm(engine, 7, "")
    rows = _missed_rows(image, result.words) if line_engine is not None else []
    if not rows:
        return result
    height, width = image.shape[:2]
    crops, origins = [], []
    for left, top, right, bottom in rows:
        margin = max(4, (bottom - top) // 2)
        x0, y0 = max(0, left - 2 * margin), max(0, top - margin)
        crops.append(image[y0 : min(height, bottom + margin), x0 : min(width, right + 2 * margin)])
        origins.append((x0, y0))
    words = list(result.words)
    for k, (reading, (x0, y0)) in enumerate(
        zip(recognise_all(line_engine, crops, page_number), origins, strict=True)
    ):
        found = [
            w
            for w in reading.words
            if w.conf >= MISSED_MIN_CONF and any(c.isalnum() for c in w.text)
        ]
        if not found:
            continue
        top = y0 + min(w.top for w in found)
        # the line below (its first word in the engine's order): the new line goes before it
        anchor = min((w for w in words if w.top > top), key=lambda w: w.top, default=None)
        if anchor is None:
            at, block, par = len(words), max(w.block for w in words) + 1, 1
        else:
            line = (anchor.block, anchor.par, anchor.line)
            at = next(i for i, w in enumerate(words) if (w.block, w.par, w.line) == line)
            block, par = anchor.block, anchor.par
        words[at:at] = [
            dataclasses.replace(
                w, left=w.left + x0, top=w.top + y0, block=block, par=par, line=-1 - k
            )
            for w in found
        ]
    return dataclasses.replace(result, words=tuple(words))


def ocr_page(page: Page, engine: OcrEngine, image: np.ndarray | None = None) -> Page:
    """Run the engine on the page image and fill ``ocr``, ``text_raw`` and ``ocr_confidence``.

    ``image``: what to read instead of ``page.image``, of the same size (the page with its
    ruled tables painted out, whose cells the tables stage reads)."""
    if page.image is None:
        return page
    image = page.image if image is None else image
    result = recover_missed_lines(image, engine.recognise(image, page.number), engine, page.number)
    warnings = page.warnings
    if not result.words:
        warnings += ("OCR found no text on this page",)
    blocks = reading_order(result.words, result.width)
    return dataclasses.replace(
        page,
        ocr=result,
        text_raw=blocks_text(blocks),
        reading_words=ordered_words(blocks),
        ocr_confidence=mean_confidence(result.words),
        warnings=warnings,
    )
