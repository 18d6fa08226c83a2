"""Searchable PDFs: is the text under the scan the repaired text, on the right boxes, in a clean
file close to the input's size?

The samples are digitised with ``--pdf-dir`` (the real pipeline, Tesseract included). For
each output PDF it prints:

- CER against the ground truth of the record's text, of ``pdftotext -raw`` on the PDF (the
  layer in the order it is written, which is the record's reading order) and of plain
  ``pdftotext`` (poppler's own reading order, which puts side-by-side header columns
  differently: a layout difference, not a text one);
- the share of words ``pdftotext -bbox`` finds that overlap the OCR box of a word with the
  same text (OCR boxes taken back to the page by the preprocessing transform);
- input and output size, whether the file is marked PDF/A-2b, and the time to write it.

    python benchmarks/searchable_pdf.py [--jobs N] [--samples DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import cer, words_on_ocr_boxes  # noqa: E402
from pipeline.runner import Options, digitise  # noqa: E402
from pipeline.searchable import layer_font, pdf_path, write_searchable_pdf  # noqa: E402
from pipeline.store import Store  # noqa: E402


def pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    args = parser.parse_args()
    truths = {
        p.stem: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(args.samples.glob("*.json"))
        if p.with_suffix(".pdf").exists()
    }
    with tempfile.TemporaryDirectory(prefix="vanban-pdf-") as tmp:
        work = Path(tmp)
        options = Options(db=work / "s.db", jobs=args.jobs, pdf_dir=work / "pdf")
        result = digitise([args.samples / f"{name}.pdf" for name in truths], options)
        if result.exit_code:
            print("some files failed:", [e.line() for o in result.outcomes for e in o.errors])
        layer_font()  # the font subset is made once per machine (cached), not per file
        print(f"Searchable PDFs of {len(truths)} samples ({args.samples}), --dpi {options.dpi}\n")
        print(
            "| sample | pages | CER record | CER pdftotext -raw | CER pdftotext | words on "
            "their OCR box | size in → out | PDF/A-2b | write ms/page |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---|---:|")
        totals: dict[str, list[float]] = {k: [] for k in ("rec", "raw", "plain", "ms")}
        hits_all = words_all = 0
        size_in = size_out = 0
        with Store(options.db) as store:
            for name, truth in truths.items():
                source = args.samples / f"{name}.pdf"
                row = next(r for r in store.documents() if Path(r["path"]).name == source.name)
                record = store.document(row["id"]) or {}
                reference = "\n".join(truth["pages"])
                pdf = pdf_path(record, options.pdf_dir)  # type: ignore[arg-type]
                start = time.perf_counter()
                written = write_searchable_pdf(record, pdf)
                ms = (time.perf_counter() - start) * 1000 / max(1, written.pages)
                rec, raw = cer(record["text"], reference), cer(pdftotext(pdf, "-raw"), reference)
                plain = cer(pdftotext(pdf), reference)
                hits, words = words_on_ocr_boxes(record, pdftotext(pdf, "-bbox"), options.dpi)
                hits_all, words_all = hits_all + hits, words_all + words
                a, b = source.stat().st_size, pdf.stat().st_size
                size_in, size_out = size_in + a, size_out + b
                for key, value in (("rec", rec), ("raw", raw), ("plain", plain), ("ms", ms)):
                    totals[key].append(value)
                print(
                    f"| {name} | {written.pages} | {rec:.2%} | {raw:.2%} | {plain:.2%} | "
                    f"{hits / max(1, words):.1%} | {a / 1024:.0f} KB → {b / 1024:.0f} KB "
                    f"(+{(b - a) / a:.1%}) | {'yes' if written.pdfa else 'no'} | {ms:.0f} |"
                )
        mean = {k: statistics.mean(v) for k, v in totals.items()}
        print(
            f"| **mean** | | {mean['rec']:.2%} | {mean['raw']:.2%} | {mean['plain']:.2%} | "
            f"{hits_all / max(1, words_all):.1%} | +{(size_out - size_in) / size_in:.1%} | | "
            f"{mean['ms']:.0f} |"
        )
    print(
        "\nTargets: layer CER no worse than the record's on every sample; words on their OCR "
        "boxes; size close to the input's. PDF/A-2b is claimed by vanban's own checks (no "
        "validator such as veraPDF installs from the registries)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
