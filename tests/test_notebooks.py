"""The notebooks run from top to bottom (nbclient, a fresh kernel) on the samples."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"


def run(name: str) -> nbformat.NotebookNode:
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    ).execute()
    return notebook


def outputs(notebook: nbformat.NotebookNode) -> str:
    parts = []
    for cell in notebook.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            parts.append(str(out.get("data", {}).get("text/plain", "")))
    return "\n".join(parts)


def images(notebook: nbformat.NotebookNode) -> int:
    return sum(
        "image/png" in out.get("data", {})
        for cell in notebook.cells
        for out in cell.get("outputs", [])
    )


@pytest.mark.e2e
def test_walkthrough_runs_one_sample_through_every_stage() -> None:
    notebook = run("01_walkthrough.ipynb")
    text = outputs(notebook)
    assert "skew corrected" in text and "words, mean confidence" in text
    assert "ocr\n" in text or "repair changed nothing" in text
    assert images(notebook) >= 2  # before/after preprocessing, OCR boxes


def test_analysis_notebook_queries_the_archive() -> None:
    notebook = run("02_analysis.ipynb")
    text = outputs(notebook)
    assert "8 documents stored" in text
    assert "datetime64" in text
    assert images(notebook) >= 1  # documents per month by type
