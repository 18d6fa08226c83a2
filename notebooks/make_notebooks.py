"""Write notebooks/01_walkthrough.ipynb and 02_analysis.ipynb (without outputs) from the
cells below; the tests execute them. Edit here, then run ``python notebooks/make_notebooks.py``."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

FIND_ROOT = """from pathlib import Path

import pipeline

# the checkout this notebook belongs to (pipeline is installed editable by bootstrap.sh)
ROOT = Path(pipeline.__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
"""

WALKTHROUGH = [
    new_markdown_cell(
        "# One sample through every stage\n\n"
        "A one-page Công văn from `samples/` goes through ingest → rasterise → preprocess → "
        "OCR (the real Tesseract `vie`) → repair → extract, calling the same stage functions "
        "the batch runner calls (`pipeline.runner.page_stages`). Each stage's result is shown."
    ),
    new_code_cell(
        FIND_ROOT
        + """import difflib
import json

import matplotlib.patches as patches
import matplotlib.pyplot as plt
import pandas as pd

from pipeline.ingest import identify
from pipeline.ocr import TesseractEngine, ocr_page
from pipeline.preprocess import preprocess
from pipeline.records import Page
from pipeline.repair import repair_page
from pipeline.runner import Options, assemble, load_page_image

pdf = SAMPLES / "cv_ubnd_dailoc_sot_xuat_huyet.pdf"
truth = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
options = Options(db=Path("unused.db"), jobs=1)"""
    ),
    new_markdown_cell("## Ingest: the file's identity (its content hash is the document id)"),
    new_code_cell("source = identify(pdf)\nsource"),
    new_markdown_cell("## Rasterise and preprocess: the page before and after"),
    new_code_cell(
        """scan = load_page_image(source, 1, options.dpi)
page = preprocess(Page(number=1, image=scan))
print(f"scan {scan.shape}, preprocessed {page.image.shape}, skew corrected: {page.skew_deg:+.2f}°")
fig, axes = plt.subplots(1, 2, figsize=(12, 8))
axes[0].imshow(scan, cmap="gray")
axes[0].set_title("as scanned")
axes[1].imshow(page.image, cmap="gray")
axes[1].set_title("preprocessed")
for ax in axes:
    ax.axis("off")
plt.show()"""
    ),
    new_markdown_cell("## OCR: word boxes drawn on the page, coloured by confidence"),
    new_code_cell(
        """page = ocr_page(page, TesseractEngine(lang=options.lang))
words = page.ocr.words
print(f"{len(words)} words, mean confidence {page.ocr_confidence:.2f}")
fig, ax = plt.subplots(figsize=(9, 12))
ax.imshow(page.image, cmap="gray")
for w in words:
    colour = "tab:green" if w.conf >= 0.8 else "tab:orange" if w.conf >= 0.5 else "tab:red"
    ax.add_patch(patches.Rectangle((w.left, w.top), w.width, w.height, fill=False,
                                   edgecolor=colour, linewidth=0.8))
ax.set_title("OCR boxes (green ≥ 0.8, orange ≥ 0.5, red below)")
ax.axis("off")
plt.show()
pd.DataFrame([w.__dict__ for w in words[:15]])"""
    ),
    new_markdown_cell("## Repair: what changed between the OCR text and the repaired text"),
    new_code_cell(
        """page = repair_page(page, options.tone_style)
diff = list(difflib.unified_diff(page.text_raw.splitlines(), page.text.splitlines(),
                                 "ocr", "repaired", lineterm="", n=0))
print("\\n".join(diff) if diff else "repair changed nothing on this page")
pd.DataFrame([r.__dict__ for r in page.repairs]).head(20)"""
    ),
    new_markdown_cell("## Extract: the fields, tables and cited documents found"),
    new_code_cell(
        """document = assemble(source, [page], options)
fields = pd.DataFrame(
    [
        {
            "field": name,
            "found": value,
            "ground truth": truth["fields"].get(name),
            "confidence": document.confidence.get(name, {}).get("score"),
        }
        for name, value in document.fields.items()
    ]
)
fields"""
    ),
    new_code_cell(
        """print("tables found:", len(document.tables))
for table in document.tables:
    display(pd.DataFrame(table["rows"]))
print("cited documents:", document.fields["van_ban_lien_quan"] or "none found")
assert document.fields["so_ky_hieu"] == truth["fields"]["so_ky_hieu"]"""
    ),
    new_markdown_cell(
        "## Searchable PDF: the scan with the repaired text under it\n\n"
        "Each token of the repaired text links to the OCR words it came from "
        "(`page.token_words`, kept by the repair stage); the writer takes their boxes back "
        "through the preprocessing transform to the scan. Below: the layer's words as "
        "`pdftotext -bbox` finds them, drawn on the page as printed."
    ),
    new_code_cell(
        """import re
import subprocess
import tempfile

from pipeline.searchable import write_searchable_pdf

out = Path(tempfile.mkdtemp()) / "cv_searchable.pdf"
result = write_searchable_pdf(document.to_dict(), out)
print(result)
layer = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True).stdout
print(layer[:400])
boxes = re.findall(r'xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)"',
                   subprocess.run(["pdftotext", "-bbox", str(out), "-"],
                                  capture_output=True, text=True).stdout)
scale = options.dpi / 72  # PDF points to pixels of the scan
fig, ax = plt.subplots(figsize=(9, 12))
ax.imshow(scan, cmap="gray")
for x0, y0, x1, y1 in ((float(v) * scale for v in b) for b in boxes):
    ax.add_patch(patches.Rectangle((x0, y0), x1 - x0, y1 - y0, fill=False,
                                   edgecolor="tab:blue", linewidth=0.8))
ax.set_title("the invisible text layer's words on the original scan")
ax.axis("off")
plt.show()
assert "sốt xuất huyết" in layer and len(boxes) > 100"""
    ),
]

ANALYSIS = [
    new_markdown_cell(
        "# The archive with pandas\n\n"
        "A small archive is built here from the samples' ground-truth text (given to the "
        "pipeline as `.txt` files of earlier OCR, so no Tesseract is needed and it takes "
        "seconds); point `DB` at your own store to run the same queries on it. "
        "`pipeline.archive.Archive` returns DataFrames with proper dtypes; its filters "
        "are those of `vanban search`."
    ),
    new_code_cell(
        FIND_ROOT
        + """import json
import tempfile

import matplotlib.pyplot as plt
import pandas as pd

from pipeline import Options, digitise
from pipeline.archive import Archive, SearchFilters

work = Path(tempfile.mkdtemp(prefix="vanban-analysis-"))
for truth_path in sorted(SAMPLES.glob("*.json")):
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    (work / f"{truth['name']}.txt").write_text("\\f".join(truth["pages"]), encoding="utf-8")
DB = work / "archive.db"
result = digitise([work], Options(db=DB, jobs=1))
print(f"{result.count('stored')} documents stored in {DB}")
archive = Archive(DB)"""
    ),
    new_markdown_cell("## Documents, with dates as datetime"),
    new_code_cell(
        """docs = archive.documents()
print(docs.dtypes[["ngay_ban_hanh", "pages", "ocr_confidence", "loai_van_ban"]])
docs[["loai_van_ban", "so_ky_hieu", "ngay_ban_hanh", "co_quan_ban_hanh", "trich_yeu"]]"""
    ),
    new_markdown_cell("## Documents per month by type"),
    new_code_cell(
        """dated = docs.dropna(subset=["ngay_ban_hanh"])
per_month = (
    dated.assign(month=dated["ngay_ban_hanh"].dt.to_period("M").astype(str))
    .pivot_table(index="month", columns="loai_van_ban", values="id", aggfunc="count",
                 observed=True, fill_value=0)
)
ax = per_month.plot.bar(stacked=True, figsize=(10, 4), title="Documents per month by type")
ax.set_ylabel("documents")
plt.show()
per_month"""
    ),
    new_markdown_cell("## Search with filters, as on the command line"),
    new_code_cell(
        """hits = archive.search("cai cach hanh chinh", SearchFilters(date_from="2024"))
pd.DataFrame([h.__dict__ for h in hits])[["so_ky_hieu", "ngay_ban_hanh", "snippet"]]"""
    ),
    new_markdown_cell(
        "## Tasks per lead unit\n\n"
        "From the task tables (`nhiem_vu`, `don_vi_chu_tri`, …). An archive whose extractor "
        "does not read task tables yet has none; the cell says so instead of drawing."
    ),
    new_code_cell(
        """tasks = archive.tasks()
if tasks.empty:
    print("no task rows in this archive")
else:
    per_unit = tasks["don_vi_chu_tri"].fillna("(none)").value_counts().head(15)
    per_unit.sort_values().plot.barh(figsize=(8, 5), title="Tasks per lead unit")
    plt.show()
tasks.head(10)"""
    ),
    new_markdown_cell(
        "## The most-cited documents\n\n"
        "`cited_id` is set when the cited document is itself in the archive."
    ),
    new_code_cell(
        """refs = archive.references()
if refs.empty:
    print("no cited documents found in this archive")
else:
    top = refs.groupby(["so_ky_hieu", "loai"], dropna=False).size().nlargest(10)
    top.sort_values().plot.barh(figsize=(8, 5), title="Most-cited documents")
    plt.show()
refs.head(10)"""
    ),
    new_code_cell("archive.close()"),
]


def main() -> None:
    for name, cells in (("01_walkthrough", WALKTHROUGH), ("02_analysis", ANALYSIS)):
        notebook = new_notebook(cells=cells)
        notebook.metadata["kernelspec"] = {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        }
        nbformat.write(notebook, HERE / f"{name}.ipynb")


if __name__ == "__main__":
    main()
