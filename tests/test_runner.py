"""The runner: stage order, error policy, skipping what is stored, parallel workers."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
from PIL import Image

from pipeline.ocr import OcrError
from pipeline.records import OcrResult, OcrWord
from pipeline.runner import Options, digitise
from pipeline.store import Store

KH_TEXT = (
    "SỞ Y TẾ\nSố: 19/KH-SYT\nGia Lai, ngày 4 tháng 8 năm 2025\nKẾ HOẠCH\n"
    "Tuyên truyền cải cách hành chính\nNội dung kế hoạch.\n"
)


@dataclasses.dataclass(frozen=True)
class FakeEngine:
    """Reads every page as the same words; fails on the pages it is told to."""

    fail_pages: tuple[int, ...] = ()
    name: str = "fake"

    def recognise(self, image: np.ndarray, page_number: int) -> OcrResult:
        if page_number in self.fail_pages:
            raise OcrError("tesseract timed out after 1 s")
        words = tuple(
            OcrWord(t, 90.0, 10 * i, 10, 9, 9, 1, 1, 1, i)
            for i, t in enumerate(f"Trang {page_number} Kế hoạch".split(), 1)
        )
        return OcrResult(self.name, image.shape[1], image.shape[0], words)


def options(tmp_path: Path, **kw: object) -> Options:
    return Options(db=tmp_path / "s.db", json_dir=tmp_path / "json", jobs=1, **kw)  # type: ignore[arg-type]


def test_bad_files_are_named_and_the_batch_goes_on(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a_good.txt").write_text(KH_TEXT, encoding="utf-8")
    (inputs / "b_corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj garbage\n%%EOF")
    (inputs / "c_empty.pdf").write_bytes(b"")
    (inputs / "d_text.pdf").write_text("just text", encoding="utf-8")
    (inputs / "e_latin1.txt").write_bytes(b"K\xea ho\xe1ch")
    (inputs / "f_broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    result = digitise([inputs], options(tmp_path))
    by_name = {Path(o.path).name: o for o in result.outcomes}
    assert result.exit_code == 1
    assert by_name["a_good.txt"].status == "stored"
    failed = {n: o.errors[0].message for n, o in by_name.items() if o.status == "failed"}
    assert set(failed) == {
        "b_corrupt.pdf",
        "c_empty.pdf",
        "d_text.pdf",
        "e_latin1.txt",
        "f_broken.png",
    }
    assert failed["b_corrupt.pdf"].startswith("corrupt PDF")
    assert failed["c_empty.pdf"] == "empty file (0 bytes)"
    assert failed["d_text.pdf"].startswith("not a PDF file")
    assert failed["e_latin1.txt"].startswith("not UTF-8 text")
    assert failed["f_broken.png"].startswith("unreadable image")
    for outcome in result.outcomes:
        for error in outcome.errors:
            assert Path(outcome.path).name in error.line()

    with Store(tmp_path / "s.db") as store:
        assert store.count("documents") == 1
        assert store.count("errors") == 5
        record = store.document(by_name["a_good.txt"].document_id)
        assert record["fields"]["so_ky_hieu"] == "19/KH-SYT"

    again = digitise([inputs], options(tmp_path))
    assert {Path(o.path).name: o.status for o in again.outcomes}["a_good.txt"] == "skipped"
    with Store(tmp_path / "s.db") as store:
        assert store.count("documents") == 1
        assert store.count("pages") == 1
    assert len(list((tmp_path / "json").glob("*.json"))) == 1


def test_page_failure_keeps_the_other_pages(tmp_path: Path) -> None:
    tiff = tmp_path / "two.tiff"
    frames = [Image.new("L", (200, 100), 255), Image.new("L", (200, 100), 255)]
    frames[0].save(tiff, save_all=True, append_images=frames[1:])
    result = digitise([tiff], options(tmp_path), engine=FakeEngine(fail_pages=(2,)))
    outcome = result.outcomes[0]
    assert (outcome.status, outcome.document_status, result.exit_code) == ("stored", "partial", 1)
    assert [e.line() for e in outcome.errors] == [
        f"{tiff}: page 2: ocr: tesseract timed out after 1 s"
    ]
    with Store(tmp_path / "s.db") as store:
        record = store.document(outcome.document_id)
        assert [p["text"] for p in record["pages"]] == ["Trang 1 Kế hoạch", ""]
        assert record["status"] == "partial"
    # a partial document is tried again on the next run, and replaced, not duplicated
    again = digitise([tiff], options(tmp_path), engine=FakeEngine())
    assert again.outcomes[0].document_status == "complete" and again.exit_code == 0
    with Store(tmp_path / "s.db") as store:
        assert store.count("documents") == 1 and store.count("errors") == 0


def test_same_content_twice_is_stored_once(tmp_path: Path) -> None:
    for name in ("a.txt", "copy.txt"):
        (tmp_path / name).write_text(KH_TEXT, encoding="utf-8")
    result = digitise([tmp_path / "a.txt", tmp_path / "copy.txt"], options(tmp_path))
    by_name = {Path(o.path).name: o for o in result.outcomes}
    assert (by_name["a.txt"].status, by_name["copy.txt"].status) == ("stored", "skipped")
    assert by_name["copy.txt"].note == f"same content as {tmp_path / 'a.txt'}"


def test_parallel_workers(tmp_path: Path) -> None:
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text(KH_TEXT.replace("19/", f"{i + 1}/"), encoding="utf-8")
    opts = dataclasses.replace(options(tmp_path), jobs=2)
    result = digitise([tmp_path], opts)
    assert result.exit_code == 0 and result.count("stored") == 4
    with Store(opts.db) as store:
        assert sorted(r["so_ky_hieu"] for r in store.documents()) == [
            "1/KH-SYT",
            "2/KH-SYT",
            "3/KH-SYT",
            "4/KH-SYT",
        ]


def test_process_page_returns_no_image_and_runs_every_stage(tmp_path: Path) -> None:
    from pipeline.ingest import identify
    from pipeline.runner import process_page

    png = tmp_path / "p.png"
    Image.new("L", (300, 200), 255).save(png)
    page = process_page(identify(png), 1, options(tmp_path), FakeEngine())
    assert page.image is None and not page.errors
    assert page.skew_deg == 0.0  # preprocess ran
    assert page.text == "Trang 1 Kế hoạch"  # ocr and repair ran
    missing = process_page(identify(png), 2, options(tmp_path), FakeEngine())
    assert [e.message for e in missing.errors] == ["image has no frame 2"]
