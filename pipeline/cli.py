"""The ``vanban`` command line: a thin layer over the library (``python -m pipeline`` is the same).

Exit codes: 0 everything went through; 1 some files or pages failed (each one is named
on its own line on stderr, and the batch went on); 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from . import __version__
from .repair import repair_text
from .runner import Options, Outcome, digitise
from .store import Store

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_DB = "vanban.db"


def _console(stream: object = None) -> Console:
    stream = stream or sys.stdout
    is_tty = getattr(stream, "isatty", lambda: False)()
    return Console(file=stream, width=None if is_tty else 160, highlight=False, soft_wrap=False)


def _error(message: str) -> None:
    print(f"vanban: error: {message}", file=sys.stderr)


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
        aliases=["digitize"],
        help="OCR files and folders into the store (PDF, TIFF, PNG, JPEG, .txt of earlier OCR)",
        description="OCR scanned PDFs and images (and repair .txt files of earlier OCR) into "
        "document records in SQLite and, with --json-dir, JSON files. Files already "
        "stored complete are skipped, so rerunning a batch resumes it.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite store (default: {DEFAULT_DB})")
    p.add_argument("--json-dir", metavar="DIR", help="also write one <id>.json record per document")
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
    p.add_argument("--quiet", "-q", action="store_true", help="no per-file lines, no summary")
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
    p.set_defaults(func=cmd_repair)

    p = commands.add_parser(
        "search",
        help="full-text search of the store, with or without diacritics",
        description="Search the repaired text of stored documents. 'ke hoach cai cach' finds "
        "'Kế hoạch cải cách'. Put a phrase in double quotes.",
    )
    p.add_argument("query", nargs="+", help="words to find (all must occur)")
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite store (default: {DEFAULT_DB})")
    p.add_argument("--limit", type=int, default=20, help="most results to show (default 20)")
    p.add_argument("--json", action="store_true", help="print results as JSON")
    p.set_defaults(func=cmd_search)

    p = commands.add_parser(
        "list",
        help="summary table of the documents in the store",
        description="Print one line per stored document.",
    )
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite store (default: {DEFAULT_DB})")
    p.set_defaults(func=cmd_list)

    p = commands.add_parser(
        "show",
        help="print the JSON record of a stored document",
        description="Print a document's JSON record, by id (or a unique "
        "id prefix) or by the path it was read from.",
    )
    p.add_argument("document", help="document id, id prefix or source path")
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite store (default: {DEFAULT_DB})")
    p.set_defaults(func=cmd_show)
    return parser


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
            force=args.force,
            fail_fast=args.fail_fast,
            text_layer=args.text_layer,
        )
    except ValueError as exc:
        _error(str(exc))
        return EXIT_USAGE
    err = _console(sys.stderr)

    def on_outcome(outcome: Outcome, done: int, total: int) -> None:
        for error in outcome.errors:
            _error(error.line())
        if args.quiet:
            return
        detail = outcome.note or (
            f"{outcome.pages} page(s), {outcome.seconds:.1f} s"
            if outcome.status == "stored"
            else ""
        )
        status = (
            outcome.status
            if outcome.document_status in (None, "complete", "failed")
            else f"{outcome.status} ({outcome.document_status})"
        )
        err.print(
            f"[{done}/{total}] {status:<8} {outcome.path}" + (f"  {detail}" if detail else ""),
            markup=False,
        )

    result = digitise(args.paths, options, on_outcome=on_outcome)
    if not args.quiet:
        ids = [o.document_id for o in result.outcomes if o.document_id]
        with Store(options.db) as store:
            rows = [r for r in store.documents() if r["id"] in set(ids)]
        print_summary(rows)
        failed = sum(not o.ok for o in result.outcomes)
        err.print(
            f"{result.count('stored')} stored, {result.count('skipped')} skipped, "
            f"{failed} with errors; store: {options.db}",
            markup=False,
        )
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
    repaired, changes = repair_text(text[:-1] if ends_with_newline else text, args.style)
    sys.stdout.write(repaired + ("\n" if ends_with_newline else ""))
    if args.changes:
        for c in changes:
            print(
                f"{c.line + 1}:{c.column + 1}: {c.before} → {c.after} ({c.kind})", file=sys.stderr
            )
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    store = _open_existing(args.db)
    if store is None:
        return EXIT_USAGE
    with store:
        try:
            hits = store.search(" ".join(args.query), limit=args.limit)
        except sqlite3.OperationalError as exc:
            _error(f"bad search query: {exc}")
            return EXIT_USAGE
    if args.json:
        print(json.dumps([h.__dict__ for h in hits], ensure_ascii=False, indent=2))
        return EXIT_OK
    console = _console()
    if not hits:
        console.print("no matches", markup=False)
    for i, h in enumerate(hits, 1):
        head = " · ".join(
            x for x in (h.loai_van_ban, h.so_ky_hieu, h.ngay_ban_hanh, h.co_quan_ban_hanh) if x
        )
        console.print(f"{i}. {Path(h.path).name}  [{h.document_id[:12]}]  {head}", markup=False)
        console.print(f"   {h.snippet}", markup=False)
    return EXIT_OK


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
        matches = [
            r["id"]
            for r in store.documents()
            if r["id"].startswith(args.document)
            or r["path"] == args.document
            or Path(r["path"]).name == args.document
        ]
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
