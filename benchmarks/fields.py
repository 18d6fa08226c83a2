"""Field extraction accuracy against the ground truth of samples/ and the held-out sets
benchmarks/heldout/, heldout2/, … (every benchmarks/heldoutN/ folder).

Runs the whole pipeline (real Tesseract) on every PDF that has a ground-truth JSON beside
it and prints, per set: exact match per field (nulls included), exact match over the
printed fields (those the truth has a value for), F1 for the list fields (kinh_gui,
noi_nhan, van_ban_lien_quan), and cell accuracy for the tables. Each held-out set was
written without running or reading the extractor and run once before any change made from
it; after that it is seen (its README says so).

    python benchmarks/fields.py                   # every set, --jobs 2
    python benchmarks/fields.py --set heldout     # one set
    python benchmarks/fields.py --details         # every mismatch
    python benchmarks/fields.py --plain           # the same documents as plain text

``--plain`` measures the extraction without layout: each page is read by Tesseract as one
block (``--psm 6``, so the header and closing columns run together on a line, as in
../shared/seeds/002), the pages are joined with form feeds into a ``.txt`` of "earlier
OCR", and that file goes through the pipeline as a user's ``.txt`` would (repair, then
extraction). Tables are not compared there: a plain text has no ruled cells.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.executors import limit_threads  # noqa: E402
from pipeline.ingest import identify  # noqa: E402
from pipeline.preprocess import to_grayscale  # noqa: E402
from pipeline.rasterise import pdf_page_count, rasterise_pdf_page  # noqa: E402
from pipeline.records import FIELD_DEFAULTS  # noqa: E402
from pipeline.runner import Options, process_document  # noqa: E402
from pipeline.tables import ruled  # noqa: E402


def _heldout_number(folder: Path) -> int:
    """The number of a held-out set's folder: heldout/ is the first, heldoutN/ the N-th."""
    return int(folder.name.removeprefix("heldout") or 1)


#: The samples, then every held-out set in the order of its number.
SETS = {
    "samples": ROOT / "samples",
    **{
        folder.name: folder
        for folder in sorted((ROOT / "benchmarks").glob("heldout*"), key=_heldout_number)
        if folder.is_dir()
    },
}
LIST_FIELDS = ("kinh_gui", "noi_nhan", "van_ban_lien_quan")
SCALAR_FIELDS = tuple(k for k in FIELD_DEFAULTS if k not in LIST_FIELDS)


def _run(pdf: str) -> dict[str, Any]:
    limit_threads()
    record = process_document(identify(Path(pdf)), Options(jobs=1)).to_dict()
    record["tables"] = ruled(record["tables"])  # the truth lists the ruled tables only
    return record


def _run_plain(pdf: str) -> dict[str, Any]:
    """The record of ``pdf`` read as plain text: each page OCR'd as one block, then the
    ``.txt`` through the pipeline."""
    import pytesseract

    limit_threads()
    path = Path(pdf)
    pages = [
        pytesseract.image_to_string(
            to_grayscale(rasterise_pdf_page(path, n)), lang="vie", config="--psm 6"
        )
        for n in range(1, pdf_page_count(path) + 1)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        txt = Path(tmp) / (path.stem + ".txt")
        txt.write_text("\f".join(pages), encoding="utf-8")
        record = process_document(identify(txt), Options(jobs=1)).to_dict()
    record["tables"] = []
    return record


def _items(name: str, values: list[Any]) -> list[str]:
    if name == "van_ban_lien_quan":
        return [json.dumps(v, ensure_ascii=False, sort_keys=True) for v in values]
    return list(values)


def _f1_counts(got: list[str], want: list[str]) -> tuple[int, int, int]:
    left = list(want)
    tp = 0
    for g in got:
        if g in left:
            left.remove(g)
            tp += 1
    return tp, len(got) - tp, len(left)


def matched_tables(
    got: list[dict[str, Any]], want: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each truth table with the table found that answers it: the k-th of the tables that
    start on its page, in document order, or None."""
    out = []
    for i, truth in enumerate(want):
        k = [t["page"] for t in want[:i]].count(truth["page"])
        same_page = [t for t in got if t["page"] == truth["page"]]
        out.append((truth, same_page[k] if k < len(same_page) else None))
    return out


def table_cells(
    got: list[dict[str, Any]], want: list[dict[str, Any]], misses: list[str] | None = None
) -> tuple[int, int]:
    """(cells right, cells in the truth): tables matched by page (the k-th table that starts
    on a page with the k-th found there), rows and columns by position (column names are
    compared separately), the header row included. Wrong cells are added to ``misses`` as
    "page P row R col C: got … want …" when it is given."""
    right = total = 0
    for truth, found in matched_tables(got, want):
        truth_rows = [truth["header"]] + [[r[c] for c in truth["columns"]] for r in truth["rows"]]
        total += sum(len(r) for r in truth_rows)
        if found is None:
            continue
        got_rows = [found["header"]] + [[r[c] for c in found["columns"]] for r in found["rows"]]
        for i, row in enumerate(truth_rows):
            for j, cell in enumerate(row):
                read = got_rows[i][j] if i < len(got_rows) and j < len(got_rows[i]) else None
                if read == cell:
                    right += 1
                elif misses is not None:
                    misses.append(f"page {truth['page']} row {i} col {j}: {read!r} for {cell!r}")
    return right, total


def evaluate(records: list[tuple[dict, dict]], details: bool) -> dict[str, Any]:
    exact = {k: [0, 0] for k in SCALAR_FIELDS}
    printed = [0, 0]
    lists = {k: [0, 0, 0] for k in LIST_FIELDS}
    cited_codes = [0, 0, 0]
    cells = [0, 0]
    columns = [0, 0]
    for record, truth in records:
        fields, want = record["fields"], truth["fields"]
        for k in SCALAR_FIELDS:
            ok = fields[k] == want[k]
            exact[k][0] += ok
            exact[k][1] += 1
            if want[k] not in (None, False):
                printed[0] += ok
                printed[1] += 1
            if details and not ok:
                print(f"  {truth['name']}: {k}: got {fields[k]!r}, want {want[k]!r}")
        for k in LIST_FIELDS:
            tp, fp, fn = _f1_counts(_items(k, fields[k]), _items(k, want[k]))
            for i, v in enumerate((tp, fp, fn)):
                lists[k][i] += v
            if details and (fp or fn):
                print(f"  {truth['name']}: {k}: got {fields[k]!r}, want {want[k]!r}")
        got_codes = [c["so_ky_hieu"] for c in fields["van_ban_lien_quan"]]
        want_codes = [c["so_ky_hieu"] for c in want["van_ban_lien_quan"]]
        for i, v in enumerate(_f1_counts(got_codes, want_codes)):
            cited_codes[i] += v
        misses: list[str] = []
        right, total = table_cells(record["tables"], truth["tables"], misses)
        cells[0] += right
        cells[1] += total
        for t, found in matched_tables(record["tables"], truth["tables"]):
            columns[1] += len(t["columns"])
            if found:
                columns[0] += sum(
                    a == b for a, b in zip(found["columns"], t["columns"], strict=False)
                )
            if details and (found is None or right != total):
                print(f"  {truth['name']}: table page {t['page']}: {right}/{total} cells")
        if details:
            for miss in misses:
                print(f"    {miss}")
    return {
        "exact": exact,
        "printed": printed,
        "lists": lists,
        "cited_codes": cited_codes,
        "cells": cells,
        "columns": columns,
        "documents": len(records),
    }


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}% ({a}/{b})" if b else "—"


def _f1(tp: int, fp: int, fn: int) -> str:
    if tp + fp + fn == 0:
        return "— (no items)"
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"{f1:.3f} (P {p:.2f}, R {r:.2f})"


def report(results: dict[str, dict[str, Any]]) -> str:
    names = list(results)
    lines = [
        "| metric | " + " | ".join(f"{n} ({results[n]['documents']} docs)" for n in names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    for k in SCALAR_FIELDS:
        lines.append(f"| {k} | " + " | ".join(_pct(*results[n]["exact"][k]) for n in names) + " |")
    lines.append(
        "| **printed fields exact** (truth not null) | "
        + " | ".join(f"**{_pct(*results[n]['printed'])}**" for n in names)
        + " |"
    )
    for k in LIST_FIELDS:
        lines.append(
            f"| {k} F1 | " + " | ".join(_f1(*results[n]["lists"][k]) for n in names) + " |"
        )
    lines.append(
        "| van_ban_lien_quan F1 (so_ky_hieu only) | "
        + " | ".join(_f1(*results[n]["cited_codes"]) for n in names)
        + " |"
    )
    lines.append(
        "| **table cells exact** | "
        + " | ".join(f"**{_pct(*results[n]['cells'])}**" for n in names)
        + " |"
    )
    lines.append(
        "| table column names | " + " | ".join(_pct(*results[n]["columns"]) for n in names) + " |"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=[*SETS, "all"], default="all")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--details", action="store_true", help="print every mismatch")
    ap.add_argument(
        "--plain", action="store_true", help="read each document as plain text, no layout"
    )
    args = ap.parse_args(argv)
    chosen = list(SETS) if args.set == "all" else [args.set]
    results = {}
    for name in chosen:
        truths = []
        for truth_path in sorted(SETS[name].glob("*.json")):
            pdf = truth_path.with_suffix(".pdf")
            if pdf.exists():
                truths.append((pdf, json.loads(truth_path.read_text(encoding="utf-8"))))
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            records = list(
                pool.map(_run_plain if args.plain else _run, [str(p) for p, _ in truths])
            )
        if args.details:
            print(f"{name}:")
        if args.plain:
            truths = [(p, {**t, "tables": []}) for p, t in truths]
        results[name] = evaluate(
            [(r, t) for r, (_, t) in zip(records, truths, strict=True)], args.details
        )
    print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
