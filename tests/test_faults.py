"""The fault suite: each bad input or failure gets one clear line naming the file (and page),
the batch goes on, and nothing already stored is lost or duplicated.

Each test puts one fault next to a good file, runs a real batch (real poppler, Pillow,
Tesseract where the fault is Tesseract's, real SQLite), and checks the line, the exit
code and the store.
"""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import resource
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import numpy as np
import pypdf
from PIL import Image, ImageDraw, ImageFont

from pipeline.ocr import TesseractEngine
from pipeline.records import OcrResult, OcrWord
from pipeline.runner import BatchResult, Options, digitise
from pipeline.store import Store

GOOD_TEXT = "SỞ Y TẾ\nSố: 19/KH-SYT\nKẾ HOẠCH\nTuyên truyền cải cách hành chính.\n"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def run_batch(folder: Path, **kw: object) -> tuple[BatchResult, dict[str, list[str]]]:
    """Digitise ``folder`` (one good text file is added) and return the errors by file name."""
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    engine = kw.pop("engine", None)
    options = Options(db=folder / "store.db", jobs=1, **kw)  # type: ignore[arg-type]
    result = digitise([folder], options, engine=engine)  # type: ignore[arg-type]
    errors: dict[str, list[str]] = {}
    for outcome in result.outcomes:
        for error in outcome.errors:
            errors.setdefault(Path(error.path).name, []).append(error.line())
    with Store(options.db) as store:
        stored = [Path(r["path"]).name for r in store.documents()]
    assert "good.txt" in stored, "the batch must go on past the fault"
    return result, errors


def one_line(errors: dict[str, list[str]], name: str, folder: Path) -> str:
    assert list(errors) == [name], errors
    (line,) = errors[name]
    assert line.startswith(str(folder / name) + ": ")
    return line


def render_page(text: str = "Cộng hòa xã hội chủ nghĩa Việt Nam") -> Image.Image:
    image = Image.new("L", (1200, 300), 255)
    ImageDraw.Draw(image).text((60, 100), text, font=ImageFont.truetype(FONT, 48), fill=0)
    return image


def test_corrupt_pdf(tmp_path: Path) -> None:
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 16)
    result, errors = run_batch(tmp_path)
    assert one_line(errors, "bad.pdf", tmp_path).endswith(
        "rasterise: corrupt PDF: poppler cannot read it"
    )
    assert result.exit_code == 1


def test_encrypted_pdf(tmp_path: Path) -> None:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("user-secret", "owner-secret")
    with open(tmp_path / "locked.pdf", "wb") as fh:
        writer.write(fh)
    result, errors = run_batch(tmp_path)
    assert one_line(errors, "locked.pdf", tmp_path).endswith(
        "rasterise: encrypted PDF: cannot open without a password"
    )
    assert result.exit_code == 1


def test_pdf_with_zero_pages(tmp_path: Path) -> None:
    with open(tmp_path / "zero.pdf", "wb") as fh:
        pypdf.PdfWriter().write(fh)
    result, errors = run_batch(tmp_path)
    assert one_line(errors, "zero.pdf", tmp_path).endswith("rasterise: PDF has no pages")
    assert result.exit_code == 1


def test_zero_byte_file(tmp_path: Path) -> None:
    (tmp_path / "empty.png").write_bytes(b"")
    result, errors = run_batch(tmp_path)
    assert one_line(errors, "empty.png", tmp_path).endswith("ingest: empty file (0 bytes)")
    assert result.exit_code == 1


def test_text_file_named_pdf(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_text("Biên bản họp, không phải PDF", encoding="utf-8")
    result, errors = run_batch(tmp_path)
    assert "ingest: not a PDF file" in one_line(errors, "notes.pdf", tmp_path)
    assert result.exit_code == 1


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width``×``height`` (no need to hold the pixels)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
        + b"\x00\x00\x00\x00IEND\xaeB`\x82"
    )


def test_decompression_bomb_image(tmp_path: Path) -> None:
    (tmp_path / "bomb.png").write_bytes(_png_header_only(40_000, 40_000))
    result, errors = run_batch(tmp_path)
    assert "rasterise: image too large" in one_line(errors, "bomb.png", tmp_path)
    assert result.exit_code == 1


def test_gigantic_pdf_page(tmp_path: Path) -> None:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(14_000, 14_000)  # about 4.9 m square
    with open(tmp_path / "poster.pdf", "wb") as fh:
        writer.write(fh)
    result, errors = run_batch(tmp_path)
    line = one_line(errors, "poster.pdf", tmp_path)
    assert ": page 1: rasterise: page too large to rasterise: 4939×4939 mm" in line
    assert result.exit_code == 1


def test_one_pixel_image(tmp_path: Path) -> None:
    Image.new("L", (1, 1), 255).save(tmp_path / "dot.png")
    result, errors = run_batch(tmp_path)
    assert one_line(errors, "dot.png", tmp_path).endswith(
        "rasterise: image too small to hold text: 1×1 pixels"
    )
    assert result.exit_code == 1


def test_unsupported_format(tmp_path: Path) -> None:
    (tmp_path / "report.docx").write_bytes(b"PK\x03\x04 not for us")
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    result = digitise(
        [tmp_path / "report.docx", tmp_path / "good.txt"], Options(db=tmp_path / "store.db", jobs=1)
    )
    failed = [o for o in result.outcomes if o.status == "failed"]
    assert [e.line() for o in failed for e in o.errors] == [
        f"{tmp_path / 'report.docx'}: ingest: unsupported file type '.docx'; expected one of "
        ".jpeg, .jpg, .pdf, .png, .tif, .tiff, .txt"
    ]
    assert result.count("stored") == 1 and result.exit_code == 1


def _batch_as_nobody(folder: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    try:
        os.setgid(65534)
        os.setuid(65534)
        result = digitise([folder], Options(db=Path(folder) / "store.db", jobs=1))
        queue.put([e.line() for o in result.outcomes for e in o.errors] + [str(result.exit_code)])
    except BaseException as exc:  # report, so the test fails with the reason
        queue.put([f"child failed: {exc!r}"])


def test_unreadable_file(tmp_path: Path) -> None:
    # root reads everything, so as root the batch runs in a child that drops to 'nobody',
    # in a folder outside pytest's private (0700) temporary tree
    folder = Path(tempfile.mkdtemp(prefix="vanban-perm-")) if os.geteuid() == 0 else tmp_path
    try:
        (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
        secret = folder / "secret.txt"
        secret.write_text("Tài liệu mật", encoding="utf-8")
        secret.chmod(0)
        if os.geteuid() != 0:
            result = digitise([folder], Options(db=folder / "store.db", jobs=1))
            lines = [e.line() for o in result.outcomes for e in o.errors]
            lines.append(str(result.exit_code))
        else:
            folder.chmod(0o777)
            (folder / "good.txt").chmod(0o644)
            digitise([folder / "good.txt"], Options(db=tmp_path / "warm.db", jobs=1))  # imports
            context = multiprocessing.get_context("fork")
            queue = context.Queue()
            child = context.Process(target=_batch_as_nobody, args=(str(folder), queue))
            child.start()
            lines = queue.get(timeout=120)
            child.join(30)
        assert lines == [f"{secret}: ingest: permission denied", "1"]
    finally:
        if folder != tmp_path:
            shutil.rmtree(folder, ignore_errors=True)


def test_non_utf8_text(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_bytes("Kế hoạch số 19".encode("utf-16-le"))  # no BOM
    result, errors = run_batch(tmp_path)
    assert "ingest: not UTF-8 text (invalid byte at offset" in one_line(errors, "old.txt", tmp_path)
    assert result.exit_code == 1


def test_tesseract_crash_on_a_page(tmp_path: Path) -> None:
    crashing = tmp_path / "bin" / "tesseract"
    crashing.parent.mkdir()
    crashing.write_text(  # answers --version like the real one, crashes when it reads a page
        '#!/bin/sh\n[ "$1" = --version ] && exec tesseract --version\nkill -SEGV $$\n'
    )
    crashing.chmod(0o755)
    render_page().save(tmp_path / "scan.png")
    result, errors = run_batch(tmp_path, engine=TesseractEngine(command=str(crashing)))
    line = one_line(errors, "scan.png", tmp_path)
    assert line == f"{tmp_path / 'scan.png'}: page 1: ocr: tesseract failed: crashed (SIGSEGV)"
    assert result.exit_code == 1
    with Store(tmp_path / "store.db") as store:  # nothing half-done: no row for the failed scan
        assert [Path(r["path"]).name for r in store.documents()] == ["good.txt"]


def test_tesseract_timeout_on_a_page(tmp_path: Path) -> None:
    frames = [render_page("Trang một của tài liệu"), render_page("Trang hai của tài liệu")]
    frames[0].save(tmp_path / "scan.tiff", save_all=True, append_images=frames[1:])
    result, errors = run_batch(tmp_path, engine=TesseractEngine(timeout=0.001))
    assert errors["scan.tiff"] == [
        f"{tmp_path / 'scan.tiff'}: page 1: ocr: tesseract timed out after 0.001 s",
        f"{tmp_path / 'scan.tiff'}: page 2: ocr: tesseract timed out after 0.001 s",
    ]
    assert result.exit_code == 1


@dataclasses.dataclass(frozen=True)
class DyingEngine:
    """Kills its worker process on one page, as a segfault or the OOM killer would."""

    die_on_page: int
    name: str = "dying"

    def recognise(self, image: np.ndarray, page_number: int) -> OcrResult:
        if page_number == self.die_on_page:
            os._exit(137)
        words = (OcrWord(f"trang{page_number}", 90.0, 0, 0, 10, 10, 1, 1, 1, 1),)
        return OcrResult(self.name, image.shape[1], image.shape[0], words)


def test_worker_process_dies_on_a_page(tmp_path: Path) -> None:
    frames = [Image.new("L", (200, 100), 255) for _ in range(4)]
    frames[0].save(tmp_path / "scan.tiff", save_all=True, append_images=frames[1:])
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    result = digitise(
        [tmp_path], Options(db=tmp_path / "store.db", jobs=2), engine=DyingEngine(die_on_page=3)
    )
    outcome = next(o for o in result.outcomes if o.path.endswith("scan.tiff"))
    assert outcome.document_status == "partial"
    assert [e.line() for e in outcome.errors] == [
        f"{tmp_path / 'scan.tiff'}: page 3: runner: worker process died (crash or out of memory)"
    ]
    with Store(tmp_path / "store.db") as store:
        record = store.document(outcome.document_id)  # type: ignore[arg-type]
        assert [p["text"] for p in record["pages"]] == ["trang1", "trang2", "", "trang4"]
        assert store.count("documents") == 2


def _limit_file_size(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_disk_full_when_writing_the_store(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a_first.txt").write_text(GOOD_TEXT, encoding="utf-8")
    db = tmp_path / "store.db"
    cli = [sys.executable, "-m", "pipeline", "digitise", str(inputs), "--db", str(db), "-q"]
    subprocess.run(cli, check=True, capture_output=True, timeout=120)
    # a large second document cannot fit under the file-size limit: the disk is "full"
    (inputs / "b_large.txt").write_text(GOOD_TEXT + "Nội dung rất dài. " * 40_000, encoding="utf-8")
    limit = max(db.stat().st_size, 256 * 1024) + 64 * 1024
    done = subprocess.run(
        cli, capture_output=True, text=True, timeout=120, preexec_fn=lambda: _limit_file_size(limit)
    )
    assert done.returncode == 1, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("vanban: error:")]
    assert len(errors) == 1, done.stderr
    assert errors[0].startswith(f"vanban: error: {inputs / 'b_large.txt'}: store: ")
    assert "disk full" in errors[0] or "disk I/O error" in errors[0]
    with Store(db) as store:  # what was stored before is intact, nothing half-written
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [Path(r["path"]).name for r in store.documents()] == ["a_first.txt"]
        assert store.count("pages") == 1
    # with space again, the rerun stores the rest
    again = subprocess.run(cli, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    with Store(db) as store:
        assert sorted(Path(r["path"]).name for r in store.documents()) == [
            "a_first.txt",
            "b_large.txt",
        ]


def test_exit_codes_are_documented() -> None:
    from pipeline import cli

    assert "0 all fine, 1 some files or pages failed, 2 usage error" in " ".join(
        cli.build_parser().epilog.split()
    )
    assert (cli.EXIT_OK, cli.EXIT_FAILED, cli.EXIT_USAGE) == (0, 1, 2)


def test_json_records_are_valid_after_each_write(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "json").mkdir()
    (tmp_path / "json" / ".deadbeef.1234.tmp").write_text("{half", encoding="utf-8")
    digitise(
        [tmp_path / "good.txt"], Options(db=tmp_path / "s.db", json_dir=tmp_path / "json", jobs=1)
    )
    files = list((tmp_path / "json").iterdir())
    assert len(files) == 1 and files[0].suffix == ".json"  # the stale temporary is gone
    assert json.loads(files[0].read_text(encoding="utf-8"))["fields"]["so"] == "19"
