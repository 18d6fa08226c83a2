"""Throughput: the pipeline against Tesseract alone and OCRmyPDF on the same scanned pages.

The page set is the sample PDFs split into single pages (15), plus the first five again
with other metadata (different files, same images), 20 pages in all. Each contender gets
the same parallelism (``--jobs``, default: the number of cores) and OMP_THREAD_LIMIT=1:

- pipeline: ``vanban digitise`` on the 20 single-page PDFs into a fresh store (rasterise,
  preprocess, OCR with word boxes, repair, extract, SQLite and JSON);
- pipeline with ``--pdf-dir``: the same, also writing a searchable PDF/A per document. Its
  cost is also timed directly: every PDF written again from its stored record, on one
  core, compared with the CPU time of Tesseract alone on the same pages;
- Tesseract alone: ``tesseract page.png - -l vie`` on the same pages already rasterised
  at 300 DPI (rasterising is not counted), N processes at a time;
- OCRmyPDF: ``ocrmypdf -l vie --jobs N --output-type pdf`` on one PDF of the 20 pages
  (Debian package ``ocrmypdf``, installed for this benchmark only).

Peak RSS per worker is sampled every 50 ms over each pipeline worker process together
with the Tesseract it runs. Run on a quiet machine: other load skews every figure.

Before the timed rounds, one untimed round on two pages warms every contender up. Each round
runs the pipeline, the pipeline with --pdf-dir and Tesseract alone one after the other;
the best time of each is kept, and the ratio within each round is printed too.

    python benchmarks/throughput.py [--jobs N] [--repeat R]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pypdf

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


def build_page_set(folder: Path) -> list[Path]:
    """Single-page PDFs of the sample scans, 20 in all."""
    pages: list[Path] = []
    for pdf in sorted((ROOT / "samples").glob("*.pdf")):
        reader = pypdf.PdfReader(pdf)
        for number, page in enumerate(reader.pages, 1):
            writer = pypdf.PdfWriter()
            writer.add_page(page)
            out = folder / f"{pdf.stem}-p{number}.pdf"
            with open(out, "wb") as fh:
                writer.write(fh)
            pages.append(out)
    for i, source in enumerate(list(pages[:5])):
        writer = pypdf.PdfWriter(clone_from=source)
        writer.add_metadata({"/Title": f"benchmark copy {i}"})
        out = folder / f"copy{i}-{source.name}"
        with open(out, "wb") as fh:
            writer.write(fh)
        pages.append(out)
    return pages


class RssSampler:
    """Peak resident memory of each direct child of a process, with its own children."""

    def __init__(self, pid: int):
        self.root = psutil.Process(pid)
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                for worker in self.root.children():
                    total = 0
                    for proc in [worker, *worker.children(recursive=True)]:
                        with contextlib.suppress(psutil.Error):
                            total += proc.memory_info().rss
                    self.peaks[worker.pid] = max(self.peaks.get(worker.pid, 0), total)
            except psutil.Error:
                pass
            time.sleep(0.05)


def run_pipeline(
    pages: list[Path], jobs: int, work: Path, pdf_dir: Path | None = None
) -> tuple[float, int]:
    folder = work / "pipeline-in"
    if not folder.exists():
        folder.mkdir()
        for page in pages:
            shutil.copy(page, folder / page.name)
    db = work / ("bench-pdf.db" if pdf_dir else "bench.db")
    cmd = [
        sys.executable,
        "-m",
        "pipeline",
        "digitise",
        str(folder),
        "--db",
        str(db),
        "--json-dir",
        str(work / "json"),
        "--jobs",
        str(jobs),
        "-q",
        *(["--pdf-dir", str(pdf_dir)] if pdf_dir else []),
    ]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=ENV, cwd=ROOT)
    with RssSampler(proc.pid) as sampler:
        code = proc.wait()
    seconds = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"pipeline run failed with exit code {code}")
    return seconds, max(sampler.peaks.values(), default=0)


def warm_up(pages: list[Path], jobs: int, work: Path) -> None:
    """One untimed round on two pages, so that no contender pays for a cold start the
    others do not: the page cache holding Tesseract's model and the libraries, and the
    pipeline's modules byte-compiled (as any run after the first finds them)."""
    work.mkdir()
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "pipeline")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    run_pipeline(pages[:2], jobs, work)
    run_tesseract_alone(pages[:2], jobs, work)


def run_tesseract_alone(pages: list[Path], jobs: int, work: Path) -> float:
    images = []
    for page in pages:
        base = work / "png" / page.stem
        base.parent.mkdir(exist_ok=True)
        subprocess.run(
            ["pdftoppm", "-r", "300", "-png", "-singlefile", str(page), str(base)], check=True
        )
        images.append(base.with_suffix(".png"))

    def ocr(image: Path) -> None:
        subprocess.run(
            ["tesseract", str(image), "-", "-l", "vie"], env=ENV, check=True, capture_output=True
        )

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(ocr, images))
    return time.perf_counter() - start


def run_ocrmypdf(pages: list[Path], jobs: int, work: Path) -> float | None:
    if shutil.which("ocrmypdf") is None:
        return None
    writer = pypdf.PdfWriter()
    for page in pages:
        writer.append(page)
    combined = work / "all-pages.pdf"
    with open(combined, "wb") as fh:
        writer.write(fh)
    start = time.perf_counter()
    subprocess.run(
        [
            "ocrmypdf",
            "-l",
            "vie",
            "--jobs",
            str(jobs),
            "--output-type",
            "pdf",
            "--quiet",
            str(combined),
            str(work / "ocrmypdf-out.pdf"),
        ],
        env=ENV,
        check=True,
    )
    return time.perf_counter() - start


def time_pdf_writing(db: Path, out: Path) -> float:
    """Seconds to write every stored document's searchable PDF again, in this process."""
    sys.path.insert(0, str(ROOT))
    from pipeline.searchable import layer_font, write_searchable_pdf
    from pipeline.store import Store

    layer_font()  # made once per machine and cached; not a per-file cost
    start = time.perf_counter()
    with Store(db) as store:
        for row in store.documents():
            record = store.document(row["id"]) or {}
            write_searchable_pdf(record, out / f"{row['id']}.pdf")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best is kept")
    args = parser.parse_args()

    best: dict[str, float] = {}
    rounds: list[float] = []  # pipeline ÷ Tesseract alone in each round
    rss = 0
    with tempfile.TemporaryDirectory(prefix="vanban-throughput-") as tmp:
        pages = build_page_set(Path(tmp))
        warm_up(pages, args.jobs, Path(tmp) / "warm-up")
        for attempt in range(args.repeat):
            work = Path(tmp) / f"run{attempt}"
            work.mkdir()
            seconds, peak = run_pipeline(pages, args.jobs, work)
            best["pipeline"] = min(best.get("pipeline", float("inf")), seconds)
            rss = max(rss, peak)
            pipeline_seconds = seconds
            seconds, _ = run_pipeline(pages, args.jobs, work, work / "pdf")
            best["pipeline_pdf"] = min(best.get("pipeline_pdf", float("inf")), seconds)
            best["pdf_write"] = min(
                best.get("pdf_write", float("inf")),
                time_pdf_writing(work / "bench-pdf.db", work / "pdf-again"),
            )
            seconds = run_tesseract_alone(pages, args.jobs, work)
            best["tesseract"] = min(best.get("tesseract", float("inf")), seconds)
            rounds.append(seconds / pipeline_seconds)
            # far from its target: one round of OCRmyPDF (100 s) is enough
            ocrmypdf = run_ocrmypdf(pages, args.jobs, work) if attempt == 0 else None
            if ocrmypdf is not None:
                best["ocrmypdf"] = min(best.get("ocrmypdf", float("inf")), ocrmypdf)

    n = len(pages)
    pdf_write = best.pop("pdf_write")
    rate = {k: n / v * 60 for k, v in best.items()}
    print(
        f"Throughput on {n} scanned pages, --jobs {args.jobs}, {os.cpu_count()} cores, "
        f"best of {args.repeat} rounds (OCRmyPDF: one)\n"
    )
    print("| contender | seconds | pages/min | pipeline ÷ contender |")
    print("|---|---:|---:|---:|")
    for name, label in (
        ("pipeline", "vanban digitise (whole pipeline)"),
        ("pipeline_pdf", "vanban digitise --pdf-dir (+ searchable PDF/A)"),
        ("tesseract", "Tesseract alone (pages pre-rasterised)"),
        ("ocrmypdf", "OCRmyPDF --output-type pdf"),
    ):
        if name in best:
            ratio = rate["pipeline"] / rate[name]
            print(f"| {label} | {best[name]:.1f} | {rate[name]:.1f} | {ratio:.2f} |")
    ocr_cpu = best["tesseract"] * args.jobs  # Tesseract alone keeps every core busy
    wall = (best["pipeline_pdf"] - best["pipeline"]) / best["pipeline"]
    print(
        f"\n--pdf-dir: writing the {n} PDFs takes {pdf_write:.2f} s on one core "
        f"({pdf_write / n * 1000:.0f} ms/page) = {pdf_write / ocr_cpu:.1%} of Tesseract's CPU "
        f"time on the same pages ({ocr_cpu:.1f} s); wall clock {wall:+.1%} against the run "
        "without it (target: overhead ≤ 5% of OCR time)"
    )
    print(
        "\nPipeline ÷ Tesseract alone, pages/min in each round (the machine's load drifts "
        "between rounds): " + ", ".join(f"{r:.2f}" for r in rounds)
    )
    print(f"\nPeak RSS per pipeline worker (worker process + its Tesseract): {rss / 2**20:.0f} MB")
    print(
        f"Targets: pipeline ≥ 0.90 × Tesseract alone "
        f"({rate['pipeline'] / rate['tesseract']:.2f}), ≥ 1.3 × OCRmyPDF "
        + (f"({rate['pipeline'] / rate['ocrmypdf']:.2f})" if "ocrmypdf" in rate else "(n/a)")
        + f", ≤ 500 MB per worker ({rss / 2**20:.0f} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
