"""The order of the stages, parallelism across processes, and the error policy.

This is the only module that knows the order: ingest → rasterise → preprocess → ocr →
repair → extract → store. A failure on a page becomes an error on that page and the
later stages skip it; a file that cannot be read at all becomes a failed outcome; the
batch always goes on (unless ``fail_fast`` asks to stop at the first error).
"""

from __future__ import annotations

import dataclasses
import errno
import os
import sqlite3
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

import numpy as np

from . import rasterise
from .closing import read_signer_block
from .executors import TaskPool, WorkerCrashed, limit_threads, make_pool
from .extract import extract
from .ingest import InputError, discover, identify, read_text_file
from .ocr import OcrEngine, OcrError, TesseractEngine, ocr_page, orientation_finder
from .preprocess import preprocess
from .records import Document, ErrorItem, Page, SourceInfo
from .repair import ToneStyle, repair_page
from .store import Store, remove_stale_temporaries, write_json, write_json_record
from .subject import (
    numerals_on_page,
    reread_codes,
    reread_header,
    reread_so_line,
    reread_subject,
)
from .tables import find_ruling, outside_tables, read_tables
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
    repair_model: str | None = None  # a model from 'vanban train-lm'; None: the built-in one
    force: bool = False
    fail_fast: bool = False
    executor: Literal["local", "dask"] = "local"
    scheduler: str | None = None
    #: PDF text layers: ``auto`` uses a layer judged good, ``use``/``ignore`` force it.
    text_layer: TextLayerMode = "auto"
    #: Write a searchable PDF of each document here (the scan with the repaired text under it).
    pdf_dir: Path | None = None
    #: Mark those PDFs PDF/A-2b when nothing in the source stands in the way.
    pdfa: bool = True

    def __post_init__(self) -> None:
        if self.jobs < 1:
            raise ValueError("jobs must be at least 1")
        if not 50 <= self.dpi <= 1200:
            raise ValueError("dpi must be between 50 and 1200")
        if self.ocr_timeout < 0:
            raise ValueError("ocr_timeout must be 0 (none) or positive")
        if self.executor not in ("local", "dask"):
            raise ValueError(f"unknown executor {self.executor!r}: use local or dask")
        if self.executor == "dask" and not self.scheduler:
            raise ValueError("--executor dask needs --scheduler ADDRESS")
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
    low_confidence_pages: int = 0

    @property
    def ok(self) -> bool:
        return self.status != "failed" and not self.errors


@dataclasses.dataclass(frozen=True)
class BatchResult:
    outcomes: tuple[Outcome, ...]
    summary: RunSummary | None = None

    @property
    def exit_code(self) -> int:
        """0 when every file went through cleanly, 1 when any file or page failed."""
        return 0 if all(o.ok for o in self.outcomes) else 1

    def count(self, status: OutcomeStatus) -> int:
        return sum(o.status == status for o in self.outcomes)


#: Pages whose mean OCR confidence is below this are counted as low confidence.
LOW_CONFIDENCE = 0.7


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
        ("ruling", lambda page: find_ruling(page, engine)),
        ("ocr", lambda page: ocr_page(page, engine, outside_tables(page))),
        ("tables", lambda page: read_tables(page, engine)),
        ("subject", lambda page: reread_so_line(reread_subject(page, engine), engine)),
        ("codes", lambda page: reread_codes(page, engine)),
        ("header", lambda page: reread_header(page, engine)),
        ("numerals", numerals_on_page),
        ("signer", lambda page: read_signer_block(page, engine)),
        ("repair", lambda page: repair_page(page, options.tone_style, options.repair_model)),
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
            page,
            image=None,
            ruling=None,
            errors=page.errors + (ErrorItem(stage, message, path, page.number),),
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
    return dataclasses.replace(page, image=None, ruling=None)


def text_pages(source: SourceInfo, options: Options) -> list[Page]:
    """Pages of a ``.txt`` of earlier OCR (split at form feeds), repaired."""
    text = read_text_file(Path(source.path))
    return [
        _run_stage(
            Page(number=i, text_raw=chunk.strip("\n")),
            "repair",
            lambda page: repair_page(page, options.tone_style, options.repair_model),
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


def _page_task(source: SourceInfo, number: int, options: Options, engine: OcrEngine | None) -> Page:
    return process_page(source, number, options, engine)


def _text_task(source: SourceInfo, options: Options) -> list[Page] | ErrorItem:
    try:
        return text_pages(source, options)
    except InputError as exc:
        if options.fail_fast:
            raise
        return ErrorItem("ingest", str(exc), source.path)


@dataclasses.dataclass
class _Pending:
    """A document whose pages are on their way back from the workers."""

    source: SourceInfo
    count: int
    started: float
    pages: dict[int, Page] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class _Task:
    source: SourceInfo
    number: int | None  # None: a whole text file
    attempt: int = 1


def digitise(
    paths: Iterable[str | os.PathLike[str]],
    options: Options | None = None,
    engine: OcrEngine | None = None,
    on_outcome: Callable[[Outcome, int, int], None] | None = None,
    on_page: Callable[[int], None] | None = None,
) -> BatchResult:
    """Digitise files and folders into the store; returns what happened to each file.

    Pages run in parallel on the pool ``options.executor`` names; the coordinator (this
    process) assembles each document when its last page is back, and writes it in one
    transaction. Files whose content is already stored complete are skipped (the id is
    the content hash), so an interrupted batch keeps what it finished and a rerun does
    the rest. ``on_outcome(outcome, files_done, files_total)`` is called per file and
    ``on_page(pages_done)`` per page, for progress displays.
    """
    options = options or Options()
    limit_threads()
    started_at, clock = _now(), time.perf_counter()
    found = discover(paths)
    outcomes: list[Outcome] = []
    total = len(found.files) + len(found.errors)
    pages_done = 0
    if options.json_dir is not None:
        remove_stale_temporaries(options.json_dir)

    def report(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome, len(outcomes), total)

    with Store(options.db) as store:
        if found.errors:
            store.record_errors(list(found.errors))
        for error in found.errors:
            report(Outcome(error.path, "failed", errors=(error,)))
        todo = _sources_to_process(found.files, store, options, report)

        def finish(
            source: SourceInfo,
            pages: list[Page],
            started: float,
            errors: tuple[ErrorItem, ...] = (),
        ) -> None:
            document = assemble(source, pages, options, errors)
            report(_store_document(document, store, options, time.perf_counter() - started))

        pending: dict[str, _Pending] = {}

        def tasks() -> Iterator[_Task]:
            for source in todo:
                if source.kind == "text":
                    yield _Task(source, None)
                    continue
                try:
                    count = page_count(source)
                except InputError as exc:
                    if options.fail_fast:
                        raise
                    finish(
                        source,
                        [],
                        time.perf_counter(),
                        (ErrorItem("rasterise", str(exc), source.path),),
                    )
                    continue
                pending[source.sha256] = _Pending(source, count, time.perf_counter())
                for number in range(1, count + 1):
                    yield _Task(source, number)

        pool = make_pool(options.executor, options.jobs, options.scheduler)
        in_flight: dict[Any, _Task] = {}
        retries: deque[_Task] = deque()
        queue = tasks()
        try:
            while True:
                # Keep a bounded window of tasks in flight (bounded memory). After a worker
                # crash, retry the tasks it took down one at a time, to isolate the culprit.
                while retries and not in_flight:
                    task = retries.popleft()
                    in_flight[_submit(pool, task, options, engine)] = task
                while not retries and len(in_flight) < 2 * pool.workers:
                    task = next(queue, None)
                    if task is None:
                        break
                    in_flight[_submit(pool, task, options, engine)] = task
                if not in_flight:
                    break
                for future in pool.wait_any(list(in_flight)):
                    task = in_flight.pop(future)
                    try:
                        result = pool.result(future)
                    except WorkerCrashed as exc:
                        if task.attempt == 1:
                            retries.append(dataclasses.replace(task, attempt=2))
                            continue
                        result = _failed_result(task, "runner", str(exc))
                    except Exception as exc:
                        if options.fail_fast:
                            raise
                        result = _failed_result(task, "runner", f"{type(exc).__name__}: {exc}")
                    if task.number is None:
                        if isinstance(result, ErrorItem):
                            finish(task.source, [], time.perf_counter(), (result,))
                        else:
                            finish(task.source, result, time.perf_counter())
                        continue
                    state = pending[task.source.sha256]
                    state.pages[task.number] = result
                    pages_done += 1
                    if on_page:
                        on_page(pages_done)
                    if len(state.pages) == state.count:
                        del pending[task.source.sha256]
                        finish(state.source, list(state.pages.values()), state.started)
        finally:
            pool.close()
        summary = summarise(
            outcomes, started_at, time.perf_counter() - clock, [str(p) for p in paths]
        )
        store.record_run(summary.to_dict())
    return BatchResult(tuple(outcomes), summary)


def _submit(pool: TaskPool, task: _Task, options: Options, engine: OcrEngine | None) -> Any:
    if task.number is None:
        return pool.submit(_text_task, task.source, options)
    return pool.submit(_page_task, task.source, task.number, options, engine)


def _failed_result(task: _Task, stage: str, message: str) -> Page | ErrorItem:
    error = ErrorItem(stage, message, task.source.path, task.number)
    return error if task.number is None else Page(number=task.number, errors=(error,))


def _sources_to_process(
    files: tuple[Path, ...], store: Store, options: Options, report: Callable[[Outcome], None]
) -> list[SourceInfo]:
    """Identify each file; report the unreadable and the already stored; return the rest."""
    todo: list[SourceInfo] = []
    seen: dict[str, str] = {}
    for path in files:
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
            note = f"same content as {seen[source.sha256]}"
            report(Outcome(str(path), "skipped", source.sha256, note=note))
            continue
        seen[source.sha256] = str(path)
        if not options.force and store.status_of(source.sha256) == "complete":
            if options.json_dir is not None:
                # a run killed between the store's commit and the JSON file leaves it missing
                target = options.json_dir / f"{source.sha256}.json"
                if not target.exists():
                    write_json_record(store.document(source.sha256) or {}, options.json_dir)
            record = store.document(source.sha256) or {}
            errors, note, _ = write_pdf(record, store, options, replace=False, source=path)
            report(
                Outcome(
                    str(path),
                    "skipped",
                    source.sha256,
                    "complete",
                    errors=errors,
                    note="; ".join(x for x in ("already stored", note) if x),
                )
            )
            continue
        todo.append(source)
    return todo


def write_pdf(
    record: dict[str, Any],
    store: Store,
    options: Options,
    replace: bool = True,
    source: Path | None = None,
) -> tuple[tuple[ErrorItem, ...], str, Path | None]:
    """Write a stored document's searchable PDF into ``options.pdf_dir`` (unless it is
    there already and ``replace`` is false), from ``source`` when given (the file it was
    read from, perhaps moved) else the stored path. Returns the errors (recorded in the
    store too; the stored record is never touched), a note for the outcome, and the file."""
    from .searchable import SearchablePdfError, pdf_path, write_searchable_pdf

    if options.pdf_dir is None or not record:
        return (), "", None
    if record["source"]["kind"] == "text":
        return (), "no PDF for a text file", None
    path = str(source or record["source"]["path"])
    try:
        target = pdf_path(record, options.pdf_dir)
        if target.exists() and not replace:
            return (), "", target
        result = write_searchable_pdf(record, target, source, pdfa=options.pdfa)
    except (SearchablePdfError, OSError, ValueError) as exc:
        if options.fail_fast:
            raise
        error = ErrorItem("pdf", str(exc) or type(exc).__name__, path)
        store.record_errors([error], record.get("id"))
        return (error,), "", None
    errors = tuple(ErrorItem("pdf", n, path) for n in result.notes if "no text layer" in n)
    if errors:
        store.record_errors(list(errors), record.get("id"))
    return errors, "; ".join(n for n in result.notes if "no text layer" not in n), target


def _store_document(document: Document, store: Store, options: Options, seconds: float) -> Outcome:
    """Write one finished document (store, then JSON) and say what happened."""
    errors = document.all_errors
    path = document.source.path
    if document.status == "failed":
        store.record_errors(list(errors), document.id)
        return Outcome(path, "failed", document.id, "failed", seconds=seconds, errors=errors)
    try:
        previous = store.save(document)
        if options.json_dir is not None:
            write_json(document, options.json_dir)
    except (sqlite3.Error, OSError) as exc:
        if options.fail_fast:
            raise
        error = ErrorItem("store", _store_message(exc), path)
        return Outcome(path, "failed", document.id, seconds=seconds, errors=(*errors, error))
    pdf_errors, pdf_note, _ = write_pdf(document.to_dict(), store, options)
    errors = (*errors, *pdf_errors)
    notes = (f"new version; replaces {previous[:12]}" if previous else "", pdf_note)
    note = "; ".join(n for n in notes if n)
    low = sum(
        p.ocr_confidence is not None and p.ocr_confidence < LOW_CONFIDENCE for p in document.pages
    )
    return Outcome(
        path,
        "stored",
        document.id,
        document.status,
        pages=len(document.pages),
        seconds=seconds,
        errors=errors,
        note=note,
        low_confidence_pages=low,
    )


def _store_message(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return f"disk full while writing: {exc.strerror}; free space and rerun to resume"
    if "full" in text.lower():
        return f"disk full while writing the store ({text}); free space and rerun to resume"
    return f"cannot write the store: {text}"


@dataclasses.dataclass(frozen=True)
class RunSummary:
    """What a batch run did, printed at its end and kept in the store for ``vanban report``."""

    started_at: str
    seconds: float
    inputs: tuple[str, ...]
    documents_stored: int
    documents_partial: int
    documents_failed: int
    documents_skipped: int
    pages: int
    pages_low_confidence: int
    top_errors: tuple[tuple[str, int], ...]

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunSummary:
        data = dict(data)
        data["inputs"] = tuple(data["inputs"])
        data["top_errors"] = tuple((m, n) for m, n in data["top_errors"])
        return cls(**data)

    def lines(self) -> list[str]:
        """The summary as a few readable lines."""
        rate = self.pages / self.seconds * 60 if self.seconds else 0.0
        out = [
            f"run started {self.started_at}, {self.seconds:.1f} s, {rate:.1f} pages/min",
            f"documents: {self.documents_stored} stored ({self.documents_partial} with failed "
            f"pages), {self.documents_failed} failed, {self.documents_skipped} skipped",
            f"pages: {self.pages}, {self.pages_low_confidence} with OCR confidence below "
            f"{LOW_CONFIDENCE:.0%}",
        ]
        if self.top_errors:
            out.append("top errors:")
            out.extend(f"  {n} × {message}" for message, n in self.top_errors)
        return out


def summarise(
    outcomes: list[Outcome], started_at: str, seconds: float, inputs: list[str]
) -> RunSummary:
    """The run summary from the outcomes of a batch."""
    stored = [o for o in outcomes if o.status == "stored"]
    errors = Counter(f"{e.stage}: {e.message}" for o in outcomes for e in o.errors)
    return RunSummary(
        started_at=started_at,
        seconds=round(seconds, 2),
        inputs=tuple(inputs),
        documents_stored=len(stored),
        documents_partial=sum(o.document_status == "partial" for o in stored),
        documents_failed=sum(o.status == "failed" for o in outcomes),
        documents_skipped=sum(o.status == "skipped" for o in outcomes),
        pages=sum(o.pages for o in stored),
        pages_low_confidence=sum(o.low_confidence_pages for o in stored),
        top_errors=tuple(errors.most_common(5)),
    )


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
