"""OCR accuracy and speed on samples/: CER and WER against the ground truth, seconds per page.

Runs the whole pipeline (rasterise → preprocess → Tesseract vie → repair → extract) on each
sample PDF, one document at a time on one core (OMP_THREAD_LIMIT=1), and prints a Markdown
table. "raw" is Tesseract's text as read, "repaired" the text after the repair stage.
The fields column counts the first-pass fields that match the ground truth exactly.

    python benchmarks/ocr_accuracy.py [--samples DIR] [--only NAME]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import cer, wer  # noqa: E402
from pipeline.ingest import identify  # noqa: E402
from pipeline.ocr import TesseractEngine  # noqa: E402
from pipeline.runner import Options, process_document  # noqa: E402

#: The fields the first-pass extractor fills, compared exactly with the ground truth.
FIELDS = (
    "so",
    "ky_hieu",
    "so_ky_hieu",
    "loai_van_ban",
    "dia_danh",
    "ngay_ban_hanh",
    "co_quan_ban_hanh",
    "co_quan_chu_quan",
    "quoc_hieu",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--only", help="run only the sample with this name")
    args = parser.parse_args()
    os.environ["OMP_THREAD_LIMIT"] = "1"

    truths = sorted(args.samples.glob("*.json"))
    rows = []
    totals = {
        "pages": 0,
        "seconds": 0.0,
        "chars": 0,
        "raw_err": 0.0,
        "rep_err": 0.0,
        "words": 0,
        "wer_err": 0.0,
        "fields_ok": 0,
        "fields_n": 0,
    }
    options = Options(jobs=1)
    engine = TesseractEngine()
    for truth_path in truths:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        pdf = truth_path.with_suffix(".pdf")
        if not pdf.exists() or (args.only and truth["name"] != args.only):
            continue
        start = time.perf_counter()
        doc = process_document(identify(pdf), options, engine)
        seconds = time.perf_counter() - start
        reference = "\n".join(truth["pages"])
        raw = "\n".join(p.text_raw for p in doc.pages)
        repaired = "\n".join(p.text for p in doc.pages)
        ref_len = len(" ".join(reference.split()))
        ref_words = len(reference.split())
        c_raw, c_rep, w_rep = (
            cer(raw, reference),
            cer(repaired, reference),
            wer(repaired, reference),
        )
        expected = {k: truth["fields"].get(k) for k in FIELDS}
        ok = sum(doc.fields.get(k) == v for k, v in expected.items())
        misses = [k for k, v in expected.items() if doc.fields.get(k) != v]
        rows.append(
            (
                truth["name"],
                len(doc.pages),
                c_raw,
                c_rep,
                w_rep,
                doc.ocr_confidence or 0.0,
                seconds / max(1, len(doc.pages)),
                f"{ok}/{len(FIELDS)}",
                ", ".join(misses) or "—",
            )
        )
        totals["pages"] += len(doc.pages)
        totals["seconds"] += seconds
        totals["chars"] += ref_len
        totals["raw_err"] += c_raw * ref_len
        totals["rep_err"] += c_rep * ref_len
        totals["words"] += ref_words
        totals["wer_err"] += w_rep * ref_words
        totals["fields_ok"] += ok
        totals["fields_n"] += len(FIELDS)

    print(
        f"OCR accuracy on {args.samples.name}/ — Tesseract {TesseractEngine.version()} "
        f"(vie), {platform.machine()}, one page at a time on one core\n"
    )
    print(
        "| sample | pages | CER raw | CER repaired | WER repaired | OCR conf | s/page "
        "| fields exact | fields missed |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for name, pages, c_raw, c_rep, w_rep, conf, spp, fields, misses in rows:
        print(
            f"| {name} | {pages} | {c_raw:.2%} | {c_rep:.2%} | {w_rep:.2%} | {conf:.2f} "
            f"| {spp:.1f} | {fields} | {misses} |"
        )
    if totals["pages"]:
        print(
            f"| **all** (weighted by length) | {totals['pages']} "
            f"| {totals['raw_err'] / totals['chars']:.2%} "
            f"| {totals['rep_err'] / totals['chars']:.2%} "
            f"| {totals['wer_err'] / totals['words']:.2%} | "
            f"| {totals['seconds'] / totals['pages']:.1f} "
            f"| {totals['fields_ok']}/{totals['fields_n']} | |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
