"""Where a page's time goes: CPU seconds per stage of the pipeline, Tesseract included.

Every page of the samples goes through the same stages as in a batch run
(``pipeline.runner.page_stages``), one page at a time in this process; each stage's cost is
the CPU time of this process and of the Tesseract processes it started (so other load on
the machine does not inflate it). "Tesseract alone" is the CPU time of ``tesseract page.png
- -l vie`` on the same pages rasterised at the same DPI, the baseline of the throughput
target; writing the searchable PDF is timed from the finished records.

    python benchmarks/stage_costs.py [--samples DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["OMP_THREAD_LIMIT"] = "1"

from PIL import Image  # noqa: E402

from pipeline.executors import limit_threads  # noqa: E402
from pipeline.ingest import identify  # noqa: E402
from pipeline.ocr import TesseractEngine  # noqa: E402
from pipeline.records import Page  # noqa: E402
from pipeline.runner import Options, assemble, load_page_image, page_count, page_stages  # noqa: E402
from pipeline.searchable import layer_font, write_searchable_pdf  # noqa: E402


def cpu() -> float:
    """CPU seconds of this process and its finished children."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    args = parser.parse_args()
    limit_threads()  # as in a batch worker
    options = Options(jobs=1)
    engine = TesseractEngine(lang=options.lang)
    costs: dict[str, float] = {}
    pages = 0
    layer_font()
    with tempfile.TemporaryDirectory(prefix="vanban-stages-") as tmp:
        for pdf in sorted(args.samples.glob("*.pdf")):
            source = identify(pdf)
            done = []
            for number in range(1, page_count(source) + 1):
                start = cpu()
                image = load_page_image(source, number, options.dpi)
                costs["rasterise"] = costs.get("rasterise", 0.0) + cpu() - start
                png = Path(tmp) / f"{pdf.stem}-{number}.png"
                Image.fromarray(image).save(png)
                start = cpu()
                subprocess.run(
                    ["tesseract", str(png), "-", "-l", options.lang],
                    capture_output=True,
                    check=True,
                )
                costs["tesseract alone"] = costs.get("tesseract alone", 0.0) + cpu() - start
                page = Page(number=number, image=image)
                for name, stage in page_stages(options, engine):
                    start = cpu()
                    page = stage(page)
                    costs[name] = costs.get(name, 0.0) + cpu() - start
                done.append(page)
                pages += 1
            start = cpu()
            document = assemble(source, done, options)
            costs["extract"] = costs.get("extract", 0.0) + cpu() - start
            start = cpu()
            write_searchable_pdf(document.to_dict(), Path(tmp) / f"{pdf.stem}.pdf")
            costs["searchable PDF"] = costs.get("searchable PDF", 0.0) + cpu() - start
    alone = costs.pop("tesseract alone") / pages
    pipeline = sum(v for k, v in costs.items() if k != "searchable PDF") / pages
    print(f"CPU seconds per page, {pages} sample pages at {options.dpi} DPI, one process\n")
    print("| stage | CPU s/page | share of the pipeline |")
    print("|---|---:|---:|")
    for name, value in costs.items():
        if name != "searchable PDF":
            print(f"| {name} | {value / pages:.2f} | {value / pages / pipeline:.0%} |")
    print(f"| **pipeline** | **{pipeline:.2f}** | |")
    print(f"| Tesseract alone (the same pages) | {alone:.2f} | |")
    pdf = costs["searchable PDF"] / pages
    print(f"| searchable PDF (--pdf-dir) | {pdf:.3f} | {pdf / alone:.1%} of Tesseract alone |")
    print(
        f"\nPipeline CPU ÷ Tesseract alone: {pipeline / alone:.2f} (a throughput of 0.90 × "
        f"Tesseract alone needs at most {alone / 0.9:.2f} s/page)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
