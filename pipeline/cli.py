"""The ``vanban`` command line: a thin layer over the library (``python -m pipeline`` is the same).

Exit codes: 0 everything went through; 1 some files or pages failed (each one is named
on its own line on stderr, and the batch went on); 2 usage error.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sqlite3
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from . import __version__
from .archive import EXPORT_FORMATS, TABLES, Archive, SearchFilters, export
from .repair import restore_text
from .runner import Options, Outcome, RunSummary, digitise
from .store import Store

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_DB = "vanban.db"


def _console(stream: object = None) -> Console:
    stream = stream or sys.stdout
    is_tty = getattr(stream, "isatty", lambda: False)()
    return Console(file=stream, width=None if is_tty else 160, highlight=False, soft_wrap=False)


def _error(message: str) -> None:
    print(f"vanban: error: {message}", file=sys.stderr)


#: The ``--db`` option every command that opens the store shares.
_STORE_OPTION = argparse.ArgumentParser(add_help=False)
_STORE_OPTION.add_argument("--db", default=DEFAULT_DB, help=f"SQLite store (default: {DEFAULT_DB})")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vanban",
        description="Turn scanned Vietnamese administrative documents into searchable records.",
        epilog="Exit codes: 0 all fine, 1 some files or pages failed, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"vanban {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = commands.add_parser(
        "digitise",
        parents=[_STORE_OPTION],
        aliases=["digitize"],
        help="OCR files and folders into the store (PDF, TIFF, PNG, JPEG, .txt of earlier OCR)",
        description="OCR scanned PDFs and images (and repair .txt files of earlier OCR) into "
        "document records in SQLite and, with --json-dir, JSON files. Files already "
        "stored complete are skipped, so rerunning a batch resumes it.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
    p.add_argument("--json-dir", metavar="DIR", help="also write one <id>.json record per document")
    _add_pdf_options(p)
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes (default: number of cores)",
    )
    p.add_argument("--dpi", type=int, default=300, help="rasterisation DPI for PDFs (default 300)")
    p.add_argument("--lang", default="vie", help="Tesseract language (default: vie)")
    p.add_argument(
        "--ocr-timeout",
        type=float,
        default=300.0,
        help="seconds Tesseract may spend on one page; 0 for no limit (default 300)",
    )
    p.add_argument("--model", help="repair language model made by 'vanban train-lm'")
    p.add_argument(
        "--text-layer",
        choices=["auto", "use", "ignore"],
        default="auto",
        help="PDF text layers: auto uses a layer judged good Vietnamese and re-OCRs a garbled "
        "one; use or ignore forces either way (default auto)",
    )
    p.add_argument("--force", action="store_true", help="process files even if already stored")
    p.add_argument(
        "--fail-fast",
        action="store_true",
        help="stop at the first error with a traceback (for development)",
    )
    p.add_argument(
        "--executor",
        choices=["local", "dask"],
        default="local",
        help="where pages run: local processes (default) or an existing Dask cluster",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler address for --executor dask, e.g. tcp://10.0.0.5:8786",
    )
    p.add_argument("--verbose", "-v", action="store_true", help="one line per file as it ends")
    p.add_argument(
        "--quiet", "-q", action="store_true", help="errors only: no progress, table or summary"
    )
    p.set_defaults(func=cmd_digitise)

    p = commands.add_parser(
        "repair",
        help="repair OCR text and print it line for line",
        description="Repair text (Unicode NFC, one tone-mark placement style) and print it with "
        "exactly the lines of the input.",
    )
    p.add_argument("file", nargs="?", default="-", help="text file, or - for standard input")
    p.add_argument(
        "--style",
        choices=["traditional", "modern"],
        default="traditional",
        help="tone-mark placement: traditional 'hòa, thủy' (default) or modern 'hoà, thuỷ'",
    )
    p.add_argument(
        "--changes",
        action="store_true",
        help="list each change on stderr (line, column, before → after)",
    )
    p.add_argument("--model", help="language model made by 'vanban train-lm' (default: built-in)")
    p.set_defaults(func=cmd_repair)

    p = commands.add_parser(
        "train-lm",
        help="add an archive's own clean text to the repair language model",
        description="Count the syllables of clean text (files, folders of .txt, and with --db the "
        "pages OCR read with high confidence) into a copy of the repair model; use it with "
        "'repair --model' and 'digitise --model'. The built-in model is never changed.",
    )
    p.add_argument("texts", nargs="*", help="UTF-8 text files or folders of .txt files")
    p.add_argument(
        "--model",
        default=None,
        help="adapted model to write, extended if it exists (default: "
        "$XDG_DATA_HOME/vanban/lm.npz)",
    )
    p.add_argument("--db", help="also learn from the pages of this store read with high confidence")
    p.add_argument(
        "--min-confidence", type=float, default=0.9, help="OCR confidence for --db (default 0.9)"
    )
    p.add_argument("--weight", type=int, default=1, help="count each n-gram this many times")
    p.set_defaults(func=cmd_train_lm)

    p = commands.add_parser(
        "search",
        parents=[_STORE_OPTION],
        help="full-text search of the store, with or without diacritics, with filters",
        description="Search the repaired text of stored documents. 'ke hoach cai cach' finds "
        "'Kế hoạch cải cách'. Put a phrase in double quotes. With filters only (no query), "
        "list the matching documents, newest first.",
    )
    p.add_argument("query", nargs="*", help="words to find (all must occur)")
    _add_filter_arguments(p)
    p.add_argument("--limit", type=int, default=20, help="most results to show (default 20)")
    p.add_argument("--json", action="store_true", help="print results as JSON")
    p.set_defaults(func=cmd_search)

    p = commands.add_parser(
        "report",
        parents=[_STORE_OPTION],
        help="print the summary of the last batch run (or of run N)",
        description="Print what a batch run did: documents stored, failed and skipped, "
        "pages, pages with low OCR confidence, and the most frequent errors.",
    )
    p.add_argument("--run", type=int, metavar="N", help="run number (default: the last)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_report)

    p = commands.add_parser(
        "list",
        parents=[_STORE_OPTION],
        help="summary table of the documents in the store",
        description="Print one line per stored document.",
    )
    p.set_defaults(func=cmd_list)

    p = commands.add_parser(
        "show",
        parents=[_STORE_OPTION],
        help="print the JSON record of a stored document",
        description="Print a document's JSON record, by id (or a unique "
        "id prefix) or by the path it was read from.",
    )
    p.add_argument("document", help="document id, id prefix or source path")
    p.set_defaults(func=cmd_show)

    p = commands.add_parser(
        "pdf",
        parents=[_STORE_OPTION],
        help="write searchable PDFs (the scan with the repaired text under it)",
        description="Write one searchable PDF per document: each page is the original scan, "
        "unchanged, with the repaired text as an invisible layer on the OCR word boxes, "
        "metadata from the extracted fields, PDF/A-2b where the source allows. A document "
        "is named by id, id prefix or stored path; a file not in the store is digitised "
        "into it first.",
    )
    p.add_argument("documents", nargs="+", metavar="DOC_ID|FILE", help="documents or files")
    p.add_argument(
        "--pdf-dir", "-o", default=".", metavar="DIR", help="where to write (default: here)"
    )
    p.add_argument("--no-pdfa", action="store_true", help="do not mark the files PDF/A-2b")
    p.set_defaults(func=cmd_pdf)
    _add_analyst_commands(commands)
    return parser


# -- analysts: filters, export, serve (issue 7) ---------------------------------------------


def _add_filter_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--type",
        dest="loai_van_ban",
        metavar="LOAI",
        help="document type, e.g. 'ke hoach' or 'Quyết định' (marks and case ignored)",
    )
    p.add_argument(
        "--agency",
        dest="co_quan",
        metavar="NAME",
        help="issuing or parent body, matched fuzzily: 'so y te' finds 'SỞ Y TẾ'",
    )
    p.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="issued on or after (YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY)",
    )
    p.add_argument("--to", dest="date_to", metavar="DATE", help="issued on or before")
    p.add_argument(
        "--so",
        dest="so_ky_hieu",
        metavar="NUMBER",
        help="number or code, e.g. 1906 or KH-SGDĐT or 1906/KH-SGDĐT",
    )


def _filters(args: argparse.Namespace) -> SearchFilters | None:
    names = ("loai_van_ban", "co_quan", "date_from", "date_to", "so_ky_hieu")
    values = {n: getattr(args, n) for n in names if getattr(args, n)}
    return SearchFilters(**values) if values else None


def _add_analyst_commands(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "export",
        parents=[_STORE_OPTION],
        help="export documents, tasks or cited documents to CSV, XLSX, Parquet or JSON",
        description="Export the current documents (narrowed by a query and filters, as in "
        "'vanban search') to a file. csv is UTF-8 with BOM for Excel; xlsx has one sheet each "
        "for documents, tasks and cited documents; nd30 writes the metadata in the layout of "
        "Nghị định 30/2020 Phụ lục VI (CSV) for loading into an e-document system.",
    )
    p.add_argument("--format", "-f", required=True, choices=EXPORT_FORMATS, dest="fmt")
    p.add_argument("--output", "-o", required=True, metavar="FILE", help="file to write")
    p.add_argument(
        "--table",
        choices=TABLES,
        default="documents",
        help="what to export for csv, parquet and json (default: documents)",
    )
    p.add_argument("--query", "-q", default="", help="full-text query to narrow the export")
    _add_filter_arguments(p)
    p.set_defaults(func=cmd_export)

    p = commands.add_parser(
        "serve",
        parents=[_STORE_OPTION],
        help="search the store in a browser page",
        description="Serve a search page with facets, document views (fields, page image next "
        "to the repaired text, tasks, cited documents) and CSV download of a result.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.set_defaults(func=cmd_serve)


def cmd_export(args: argparse.Namespace) -> int:
    if not Path(args.db).exists():
        _error(f"{args.db}: no such store; run 'vanban digitise PATH --db {args.db}' first")
        return EXIT_USAGE
    try:
        filters = _filters(args)
        with Archive(args.db) as archive:
            target = export(archive, args.output, args.fmt, args.query, filters, args.table)
    except ValueError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except (OSError, sqlite3.Error) as exc:
        _error(f"{args.output}: {exc}")
        return EXIT_FAILED
    print(f"wrote {target}", file=sys.stderr)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    if not Path(args.db).exists():
        _error(f"{args.db}: no such store; run 'vanban digitise PATH --db {args.db}' first")
        return EXIT_USAGE
    import uvicorn

    from .web import create_app

    uvicorn.run(create_app(args.db), host=args.host, port=args.port, log_level="warning")
    return EXIT_OK


def _open_existing(db: str) -> Store | None:
    if not Path(db).exists():
        _error(f"{db}: no such store; run 'vanban digitise PATH --db {db}' first")
        return None
    return Store(db)


def cmd_digitise(args: argparse.Namespace) -> int:
    try:
        options = Options(
            db=Path(args.db),
            json_dir=Path(args.json_dir) if args.json_dir else None,
            jobs=args.jobs,
            dpi=args.dpi,
            lang=args.lang,
            ocr_timeout=args.ocr_timeout,
            repair_model=args.model,
            force=args.force,
            fail_fast=args.fail_fast,
            executor=args.executor,
            scheduler=args.scheduler,
            text_layer=args.text_layer,
            pdf_dir=Path(args.pdf_dir) if args.pdf_dir else None,
            pdfa=not args.no_pdfa,
        )
    except ValueError as exc:
        _error(str(exc))
        return EXIT_USAGE
    err = _console(sys.stderr)
    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[pages]} pages · {task.fields[rate]} pages/min"),
        TimeRemainingColumn(),
        console=err,
        disable=not err.is_terminal or args.quiet,
        transient=True,
    )
    files = progress.add_task("digitise", total=None, pages=0, rate="—")
    started = time.perf_counter()

    def on_page(done: int) -> None:
        minutes = (time.perf_counter() - started) / 60
        progress.update(files, pages=done, rate=f"{done / minutes:.1f}" if minutes else "—")

    def on_outcome(outcome: Outcome, done: int, total: int) -> None:
        progress.update(files, completed=done, total=total)
        for error in outcome.errors:
            progress.console.print(
                f"vanban: error: {error.line()}", markup=False, highlight=False, soft_wrap=True
            )
        if args.verbose:
            detail = outcome.note or (
                f"{outcome.pages} page(s), {outcome.seconds:.1f} s"
                if outcome.status == "stored"
                else ""
            )
            status = outcome.status
            if outcome.document_status not in (None, "complete", "failed"):
                status += f" ({outcome.document_status})"
            progress.console.print(
                f"[{done}/{total}] {status:<8} {outcome.path}  {detail}",
                markup=False,
                highlight=False,
                soft_wrap=True,
            )

    try:
        with progress:
            result = digitise(args.paths, options, on_outcome=on_outcome, on_page=on_page)
    except (OSError, RuntimeError, sqlite3.Error) as exc:
        _error(str(exc))
        return EXIT_FAILED
    if not args.quiet:
        ids = {o.document_id for o in result.outcomes if o.document_id}
        with Store(options.db) as store:
            print_summary([r for r in store.documents() if r["id"] in ids])
        if result.summary:
            for line in result.summary.lines():
                err.print(line, markup=False, highlight=False)
        err.print(f"store: {options.db}", markup=False, highlight=False)
    return result.exit_code


def print_summary(rows: Sequence[sqlite3.Row]) -> None:
    """The readable summary of records: file, type, số ký hiệu, date, issuer, pages, OCR conf."""
    table = Table(title="vanban records", title_justify="left")
    for name, justify in (
        ("File", "left"),
        ("Loại", "left"),
        ("Số ký hiệu", "left"),
        ("Ngày ban hành", "left"),
        ("Cơ quan ban hành", "left"),
        ("Pages", "right"),
        ("OCR conf", "right"),
        ("Status", "left"),
    ):
        table.add_column(name, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for r in rows:
        conf = r["ocr_confidence"]
        table.add_row(
            Path(r["path"]).name,
            r["loai_van_ban"] or "—",
            r["so_ky_hieu"] or "—",
            r["ngay_ban_hanh"] or "—",
            r["co_quan_ban_hanh"] or "—",
            str(r["pages"]),
            "—" if conf is None else f"{conf:.2f}",
            r["status"],
        )
    _console().print(table)


def cmd_repair(args: argparse.Namespace) -> int:
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            text = Path(args.file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        _error(f"{args.file}: cannot read: {exc}")
        return EXIT_FAILED
    ends_with_newline = text.endswith("\n")
    try:
        result = restore_text(text[:-1] if ends_with_newline else text, args.style, args.model)
    except (OSError, ValueError) as exc:
        _error(f"{args.model}: cannot load the model: {exc}")
        return EXIT_FAILED
    sys.stdout.write(result.text + ("\n" if ends_with_newline else ""))
    sys.stdout.flush()
    if args.changes:
        changed = {(c.line, c.column) for c in result.repairs}
        unchanged = [u for u in result.uncertain if (u.line, u.column) not in changed]
        for c in sorted(result.repairs + unchanged, key=lambda r: (r.line, r.column)):
            flag = " uncertain" if c.confidence < 0.5 else ""
            print(
                f"{c.line + 1}:{c.column + 1}: {c.before} → {c.after} "
                f"({c.kind}, {c.confidence:.2f}{flag})",
                file=sys.stderr,
            )
    return EXIT_OK


def cmd_train_lm(args: argparse.Namespace) -> int:
    from .langmodel import confident_pages, default_user_model, train_lm

    texts: list[str] = []
    for name in args.texts:
        path = Path(name)
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        for file in files:
            try:
                texts.append(file.read_text(encoding="utf-8-sig"))
            except (OSError, UnicodeDecodeError) as exc:
                _error(f"{file}: cannot read: {exc}")
                return EXIT_FAILED
    if args.db:
        try:
            texts.extend(confident_pages(args.db, args.min_confidence))
        except sqlite3.Error as exc:
            _error(f"{args.db}: cannot read the store: {exc}")
            return EXIT_FAILED
    if not texts:
        _error("no text given: name text files or folders, or --db")
        return EXIT_USAGE
    out = Path(args.model) if args.model else default_user_model()
    try:
        added = train_lm(texts, out, weight=args.weight)
    except (OSError, ValueError) as exc:
        _error(f"{out}: {exc}")
        return EXIT_FAILED
    print(f"{out}: {added} syllables added from {len(texts)} texts")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    if not Path(args.db).exists():
        _error(f"{args.db}: no such store; run 'vanban digitise PATH --db {args.db}' first")
        return EXIT_USAGE
    query = " ".join(args.query)
    try:
        filters = _filters(args)
        if not query.strip() and filters is None:
            _error("give words to find or at least one filter")
            return EXIT_USAGE
        with Archive(args.db) as archive:
            hits = archive.search(query, filters, limit=args.limit)
    except ValueError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except sqlite3.OperationalError as exc:
        _error(f"bad search query: {exc}")
        return EXIT_USAGE
    if args.json:
        print(json.dumps([h.__dict__ for h in hits], ensure_ascii=False, indent=2))
        return EXIT_OK
    console = _console()
    if not hits:
        console.print("no matches", markup=False)
        return EXIT_OK
    table = Table(title=f"{len(hits)} result(s)", title_justify="left", show_lines=True)
    for name in ("#", "File", "Loại", "Số ký hiệu", "Ngày", "Cơ quan ban hành", "Snippet"):
        table.add_column(name, overflow="fold")
    for i, h in enumerate(hits, 1):
        table.add_row(
            str(i),
            f"{Path(h.path).name}\n{h.document_id[:12]}",
            h.loai_van_ban or "—",
            h.so_ky_hieu or "—",
            h.ngay_ban_hanh or "—",
            h.co_quan_ban_hanh or "—",
            h.snippet,
        )
    console.print(table, markup=False)
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    store = _open_existing(args.db)
    if store is None:
        return EXIT_USAGE
    with store:
        found = store.run(args.run)
    if found is None:
        _error(f"{args.db}: no run " + (str(args.run) if args.run else "recorded yet"))
        return EXIT_USAGE
    number, summary = found
    if args.json:
        print(json.dumps({"run": number, **summary}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"run {number}: " + " ".join(summary["inputs"]))
    for line in RunSummary.from_dict(summary).lines():
        print(line)
    return EXIT_OK


def _add_pdf_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--pdf-dir",
        metavar="DIR",
        help="also write a searchable PDF per document (the scan with the repaired text "
        "under it, PDF/A-2b where the source allows)",
    )
    p.add_argument("--no-pdfa", action="store_true", help="with --pdf-dir: plain PDF, not PDF/A")


def cmd_pdf(args: argparse.Namespace) -> int:
    from .ingest import InputError, identify
    from .runner import write_pdf

    options = Options(db=Path(args.db), pdf_dir=Path(args.pdf_dir), pdfa=not args.no_pdfa)
    status = EXIT_OK
    for name in args.documents:
        source = Path(name) if Path(name).is_file() else None
        if source is not None:  # a file: its content says which document it is
            try:
                ids = [identify(source).sha256]
            except InputError as exc:
                _error(f"{name}: {exc}")
                status = EXIT_FAILED
                continue
            with Store(options.db) as store:
                known = store.status_of(ids[0]) is not None
            if not known:
                result = digitise([source], dataclasses.replace(options, pdf_dir=None))
                for error in (e for o in result.outcomes for e in o.errors):
                    _error(error.line())
                status = max(status, result.exit_code)
        else:
            with Store(options.db) as store:
                ids = _match_documents(store, name)
        if len(ids) != 1:
            _error(f"{name}: " + ("no such document" if not ids else f"{len(ids)} documents match"))
            status = EXIT_FAILED
            continue
        with Store(options.db) as store:
            record = store.document(ids[0])
            if record is None:
                _error(f"{name}: not stored (see the errors above)")
                status = EXIT_FAILED
                continue
            errors, note, target = write_pdf(record, store, options, source=source)
        for error in errors:
            _error(error.line())
        if errors:
            status = EXIT_FAILED
        elif target is not None:
            print(target)
        if note:
            print(f"vanban: note: {name}: {note}", file=sys.stderr)
    return status


def _match_documents(store: Store, name: str) -> list[str]:
    """Ids of the stored documents ``name`` names: an id or id prefix, a path or file name."""
    return [
        r["id"]
        for r in store.documents()
        if r["id"].startswith(name) or r["path"] == name or Path(r["path"]).name == name
    ]


def cmd_list(args: argparse.Namespace) -> int:
    store = _open_existing(args.db)
    if store is None:
        return EXIT_USAGE
    with store:
        print_summary(list(store.documents()))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    store = _open_existing(args.db)
    if store is None:
        return EXIT_USAGE
    with store:
        matches = _match_documents(store, args.document)
        if len(matches) != 1:
            _error(
                f"{args.document}: "
                + ("no such document" if not matches else f"{len(matches)} documents match")
            )
            return EXIT_USAGE
        print(json.dumps(store.document(matches[0]), ensure_ascii=False, indent=2))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        _error("interrupted; rerun the same command to resume")
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
