"""Shared fixtures: paths of the samples and the seeds, and small image/PDF makers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"
SEEDS = ROOT.parent / "shared" / "seeds"


def sample_truths() -> list[dict]:
    """Ground truth of every sample PDF, with the PDF path added."""
    out = []
    for truth_path in sorted(SAMPLES.glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        pdf = truth_path.with_suffix(".pdf")
        if pdf.exists():
            truth["pdf"] = pdf
            out.append(truth)
    return out


def seed_path(prefix: str) -> Path:
    """A seed document from ../shared/seeds (beside the checkout, as in CI); skip if absent."""
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip(f"seed {prefix} not found in {SEEDS}")
    return found[0]


@pytest.fixture
def seed002_text() -> str:
    """Seed 002: real output of an OCR engine without Vietnamese support."""
    return seed_path("002").read_text(encoding="utf-8")


#: The samples the browser test digitises (3 pages): a plan with a task table and a Công văn.
ARCHIVE_SAMPLES = ("kh_syt_gialai_benh_an_dien_tu", "cv_ubnd_dailoc_sot_xuat_huyet")


@pytest.fixture(scope="session")
def sample_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real store made by the real pipeline (Tesseract) from two sample PDFs, once per
    session."""
    from pipeline.runner import Options, digitise

    out = tmp_path_factory.mktemp("archive")
    result = digitise(
        [SAMPLES / f"{name}.pdf" for name in ARCHIVE_SAMPLES],
        Options(db=out / "samples.db", jobs=2),
    )
    assert result.exit_code == 0, [e.line() for o in result.outcomes for e in o.errors]
    return out / "samples.db"
