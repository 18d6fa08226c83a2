"""The order of the stages, parallelism across processes, and the error policy.

This is the only module that knows the order: ingest → rasterise → preprocess → ocr →
repair → extract → store. A failure on a page becomes an error on that page and the
later stages skip it; a file that cannot be read at all becomes a failed outcome; the
batch always goes on (unless ``fail_fast`` asks to stop at the first error).
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Literal

import numpy as np

from . import rasterise
from .extract import extract
from .ingest import InputError, discover, identify, read_text_file
from .ocr import OcrEngine, OcrError, TesseractEngine, ocr_page, orientation_finder
from .preprocess import preprocess
from .records import Document, ErrorItem, Page, SourceInfo
from .repair import ToneStyle, repair_page
from .store import Store, write_json
from .textlayer import TEXT_LAYER_MODES, TextLayerMode, decide

OutcomeStatus = Literal["stored", "skipped", "failed"]
PageStage = Callable[[Page], Page]


@dataclasses.dataclass(frozen=True)
class Options:
    """Settings of a batch run, validated up front; the defaults suit the common case."""

    db: Path = Path("vanban.db")
    json_dir: Path | None = None
    jobs: int = dataclasses.field(default_factory=lambda: os.cpu_count() or 1)
    dpi: int = rasterise.DEFAULT_DPI
    lang: str = "vie"
    ocr_timeout: float = 300.0
    tone_style: ToneStyle = "traditional"
    force: bool = False
    fail_fast: bool = False
    #: PDF text layers: ``auto`` uses a layer judged good, ``use``/``ignore`` force it.
    text_layer: TextLayerMode = "auto"

    def __post_init__(self) -> None:
        if self.jobs < 1:
            raise ValueError("jobs must be at least 1")
        if not 50 <= self.dpi <= 1200:
            raise ValueError("dpi must be between 50 and 1200")
        if self.ocr_timeout < 0:
            raise ValueError("ocr_timeout must be 0 (none) or positive")
        if self.text_layer not in TEXT_LAYER_MODES:
            raise ValueError(f"text_layer must be one of {', '.join(TEXT_LAYER_MODES)}")


@dataclasses.dataclass(frozen=True)
class Outcome:
    """What happened to one input file."""

    path: str
    status: OutcomeStatus
    document_id: str | None = None
    document_status: str | None = None
    pages: int = 0
    seconds: float = 0.0
    errors: tuple[ErrorItem, ...] = ()
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.status != "failed" and not self.errors


@dataclasses.dataclass(frozen=True)
class BatchResult:
    outcomes: tuple[Outcome, ...]

    @property
    def exit_code(self) -> int:
        """0 when every file went through cleanly, 1 when any file or page failed."""
        return 0 if all(o.ok for o in self.outcomes) else 1

    def count(self, status: OutcomeStatus) -> int:
        return sum(o.status == status for o in self.outcomes)


def _limit_threads() -> None:
    # Multithreaded Tesseract is slower than one thread per process on few cores.
    os.environ["OMP_THREAD_LIMIT"] = "1"


def page_count(source: SourceInfo) -> int:
    """Number of pages of a PDF or image file; raises :class:`InputError` if unreadable."""
    if source.kind == "pdf":
        return rasterise.pdf_page_count(Path(source.path))
    return rasterise.image_frame_count(Path(source.path))


def load_page_image(source: SourceInfo, number: int, dpi: int) -> np.ndarray:
    """The image of one page (1-based), rendered or decoded on its own."""
    if source.kind == "pdf":
        return rasterise.rasterise_pdf_page(Path(source.path), number, dpi)
    return rasterise.image_frame(Path(source.path), number)


def page_stages(options: Options, engine: OcrEngine) -> list[tuple[str, PageStage]]:
    """The stages every page image goes through, in order, with their names."""
    return [
        ("preprocess", lambda page: preprocess(page, orientation_finder(engine))),
        ("ocr", lambda page: ocr_page(page, engine)),
        ("repair", lambda page: repair_page(page, options.tone_style)),
    ]


def _run_stage(page: Page, stage: str, fn: PageStage, path: str, fail_fast: bool) -> Page:
    if page.failed:
        return page
    try:
        return fn(page)
    except Exception as exc:
        if fail_fast:
            raise
        known = isinstance(exc, (InputError, OcrError, OSError))
        message = str(exc) if known else f"{type(exc).__name__}: {exc}"
        return dataclasses.replace(
            page, image=None, errors=page.errors + (ErrorItem(stage, message, path, page.number),)
        )


def process_page(
    source: SourceInfo, number: int, options: Options, engine: OcrEngine | None = None
) -> Page:
    """Rasterise one page and run the page stages on it; never raises unless fail_fast.

    The page image lives only inside this call, so a worker holds one image at a time.
    """
    engine = engine or TesseractEngine(lang=options.lang, timeout=options.ocr_timeout)
    page = Page(number=number)
    layer = None
    if source.kind == "pdf":
        layer = decide(Path(source.path), number, options.text_layer)
        page = dataclasses.replace(page, text_layer=layer.record)
    if layer is not None and layer.use:
        # no image: preprocess and OCR pass the page through, repair runs on the layer
        page = dataclasses.replace(page, text_raw=layer.text)
        for name, stage in page_stages(options, engine):
            page = _run_stage(page, name, stage, source.path, options.fail_fast)
        return page
    try:
        page = dataclasses.replace(page, image=load_page_image(source, number, options.dpi))
    except (InputError, OSError, ValueError) as exc:
        if options.fail_fast:
            raise
        if layer is not None and layer.text.strip():  # no image to OCR: repair the layer
            record = {**layer.record, "decision": "repaired", "reason": "page image unreadable"}
            page = dataclasses.replace(page, text_raw=layer.text, text_layer=record)
            for name, stage in page_stages(options, engine):
                page = _run_stage(page, name, stage, source.path, options.fail_fast)
            return page
        message = str(exc) or "page could not be rendered"
        page = dataclasses.replace(
            page, errors=(ErrorItem("rasterise", message, source.path, number),)
        )
    for name, stage in page_stages(options, engine):
        page = _run_stage(page, name, stage, source.path, options.fail_fast)
    return dataclasses.replace(page, image=None)


def text_pages(source: SourceInfo, options: Options) -> list[Page]:
    """Pages of a ``.txt`` of earlier OCR (split at form feeds), repaired."""
    text = read_text_file(Path(source.path))
    return [
        _run_stage(
            Page(number=i, text_raw=chunk.strip("\n")),
            "repair",
            lambda page: repair_page(page, options.tone_style),
            source.path,
            options.fail_fast,
        )
        for i, chunk in enumerate(text.split("\f"), start=1)
        if chunk.strip()
    ]


def assemble(
    source: SourceInfo, pages: list[Page], options: Options, errors: tuple[ErrorItem, ...] = ()
) -> Document:
    """The document from its pages, with the document-level stage (extract) run on it."""
    doc = Document(
        id=source.sha256,
        source=dataclasses.replace(source, pages=len(pages)),
        pages=tuple(sorted(pages, key=lambda p: p.number)),
        errors=errors,
    )
    try:
        return extract(doc)
    except Exception as exc:
        if options.fail_fast:
            raise
        message = f"{type(exc).__name__}: {exc}"
        return dataclasses.replace(
            doc, errors=doc.errors + (ErrorItem("extract", message, source.path),)
        )


def process_document(
    source: SourceInfo, options: Options, engine: OcrEngine | None = None
) -> Document:
    """Run every stage on one input file, page by page; never raises unless fail_fast."""
    try:
        if source.kind == "text":
            return assemble(source, text_pages(source, options), options)
        count = page_count(source)
    except InputError as exc:
        if options.fail_fast:
            raise
        stage = "ingest" if source.kind == "text" else "rasterise"
        return assemble(source, [], options, (ErrorItem(stage, str(exc), source.path),))
    engine = engine or TesseractEngine(lang=options.lang, timeout=options.ocr_timeout)
    pages = [process_page(source, n, options, engine) for n in range(1, count + 1)]
    return assemble(source, pages, options)


def _timed(
    source: SourceInfo, options: Options, engine: OcrEngine | None
) -> tuple[Document, float]:
    start = time.perf_counter()
    return process_document(source, options, engine), time.perf_counter() - start


def digitise(
    paths: Iterable[str | os.PathLike[str]],
    options: Options | None = None,
    engine: OcrEngine | None = None,
    on_outcome: Callable[[Outcome, int, int], None] | None = None,
) -> BatchResult:
    """Digitise files and folders into the store; returns what happened to each file.

    Files whose content is already stored complete are skipped (the id is the content
    hash); documents are stored as each one finishes, so an interrupted batch keeps
    what it finished and a rerun does the rest.
    """
    options = options or Options()
    _limit_threads()
    found = discover(paths)
    outcomes: list[Outcome] = []
    total = len(found.files) + len(found.errors)

    def report(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome, len(outcomes), total)

    with Store(options.db) as store:
        if found.errors:
            store.record_errors(list(found.errors))
        for error in found.errors:
            report(Outcome(error.path, "failed", errors=(error,)))

        todo: list[SourceInfo] = []
        seen: dict[str, str] = {}
        for path in found.files:
            try:
                source = identify(path)
            except InputError as exc:
                if options.fail_fast:
                    raise
                error = ErrorItem("ingest", str(exc), str(path))
                store.record_errors([error])
                report(Outcome(str(path), "failed", errors=(error,)))
                continue
            if source.sha256 in seen:
                report(
                    Outcome(
                        str(path),
                        "skipped",
                        source.sha256,
                        note=f"same content as {seen[source.sha256]}",
                    )
                )
                continue
            seen[source.sha256] = str(path)
            if not options.force and store.status_of(source.sha256) == "complete":
                report(
                    Outcome(str(path), "skipped", source.sha256, "complete", note="already stored")
                )
                continue
            todo.append(source)

        def save(document: Document, seconds: float) -> None:
            errors = document.all_errors
            if document.status == "failed":
                store.record_errors(list(errors), document.id)
                report(
                    Outcome(
                        document.source.path,
                        "failed",
                        document.id,
                        "failed",
                        seconds=seconds,
                        errors=errors,
                    )
                )
                return
            store.save(document)
            if options.json_dir is not None:
                write_json(document, options.json_dir)
            report(
                Outcome(
                    document.source.path,
                    "stored",
                    document.id,
                    document.status,
                    pages=len(document.pages),
                    seconds=seconds,
                    errors=errors,
                )
            )

        if options.jobs == 1 or len(todo) <= 1:
            for source in todo:
                save(*_timed(source, options, engine))
        else:
            with ProcessPoolExecutor(max_workers=options.jobs, initializer=_limit_threads) as pool:
                futures = {pool.submit(_timed, s, options, engine): s for s in todo}
                for future in as_completed(futures):
                    source = futures[future]
                    try:
                        document, seconds = future.result()
                    except Exception as exc:
                        if options.fail_fast:
                            raise
                        error = ErrorItem("runner", f"{type(exc).__name__}: {exc}", source.path)
                        store.record_errors([error], source.sha256)
                        report(Outcome(source.path, "failed", source.sha256, errors=(error,)))
                        continue
                    save(document, seconds)
    return BatchResult(tuple(outcomes))
