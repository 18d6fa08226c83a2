"""Archive-scale batch behaviour: kill -9 and resume, new versions of changed files, the run
summary and ``vanban report``, quiet output off a terminal, and the Dask executor."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.runner import Options, digitise
from pipeline.store import Store

from .conftest import SAMPLES

KH = "SỞ Y TẾ\nSố: {n}/KH-SYT\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2025.\n"


def _stored_ids(db: Path) -> list[str]:
    try:
        with sqlite3.connect(db) as con:
            return [r[0] for r in con.execute("SELECT id FROM documents")]
    except sqlite3.OperationalError:  # the file exists but its schema is not written yet
        return []


@pytest.mark.e2e
def test_kill_9_then_resume(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    pdfs = sorted(SAMPLES.glob("*.pdf"))[:4]
    for pdf in pdfs:
        shutil.copy(pdf, inputs / pdf.name)
    db, json_dir = tmp_path / "s.db", tmp_path / "json"
    cli = [
        sys.executable,
        "-m",
        "pipeline",
        "digitise",
        str(inputs),
        "--db",
        str(db),
        "--json-dir",
        str(json_dir),
        "--jobs",
        "2",
        "-q",
    ]
    batch = subprocess.Popen(
        cli, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and batch.poll() is None:
        if db.exists() and _stored_ids(db):
            break
        time.sleep(0.2)
    assert batch.poll() is None, "the batch ended before it could be killed"
    os.killpg(batch.pid, signal.SIGKILL)  # the coordinator and its workers, mid-batch
    batch.wait()
    landed = _stored_ids(db)
    assert 1 <= len(landed) < len(pdfs)

    done = subprocess.run(cli, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    with Store(db) as store:
        rows = list(store.documents())
        assert sorted(Path(r["path"]).name for r in rows) == [p.name for p in pdfs]
        assert {r["status"] for r in rows} == {"complete"}
        assert set(landed) <= {r["id"] for r in rows}  # what had landed was kept, not redone
        pages = store.db.execute(
            "SELECT count(*), count(DISTINCT document_id || number) FROM pages"
        ).fetchone()
        assert pages[0] == pages[1] == sum(r["pages"] for r in rows)
        assert store.count("documents_fts") == len(pdfs)
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    records = sorted(json_dir.iterdir())
    assert [p.name for p in records] == sorted(f"{r['id']}.json" for r in rows)
    for path in records:
        assert json.loads(path.read_text(encoding="utf-8"))["status"] == "complete"


def test_changed_file_is_a_new_version(tmp_path: Path) -> None:
    source = tmp_path / "kh.txt"
    options = Options(db=tmp_path / "s.db", jobs=1)
    source.write_text(KH.format(n=1), encoding="utf-8")
    first = digitise([source], options).outcomes[0]
    source.write_text(KH.format(n=2), encoding="utf-8")
    second = digitise([source], options).outcomes[0]
    assert second.status == "stored" and second.document_id != first.document_id
    assert second.note == f"new version; replaces {first.document_id[:12]}"
    with Store(options.db) as store:
        assert [r["so_ky_hieu"] for r in store.documents()] == ["2/KH-SYT"]
        old = [r for r in store.documents(include_superseded=True) if r["id"] == first.document_id]
        assert old[0]["superseded_by"] == second.document_id
        assert [h.so_ky_hieu for h in store.search("ke hoach")] == ["2/KH-SYT"]


def test_run_summary_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for n in (1, 2):
        (tmp_path / f"{n}.txt").write_text(KH.format(n=n), encoding="utf-8")
    (tmp_path / "bad.pdf").write_bytes(b"")
    db = str(tmp_path / "s.db")
    assert main(["digitise", str(tmp_path), "--db", db, "--jobs", "1"]) == 1
    captured = capsys.readouterr()
    assert "documents: 2 stored (0 with failed pages), 1 failed, 0 skipped" in captured.err
    assert "1 × ingest: empty file (0 bytes)" in captured.err
    assert "\r" not in captured.err  # no progress bar when not on a terminal

    assert main(["digitise", str(tmp_path), "--db", db, "--jobs", "1", "-q"]) == 1
    capsys.readouterr()
    assert main(["report", "--db", db]) == 0
    out = capsys.readouterr().out
    assert (
        out.startswith("run 2: ") and "0 stored (0 with failed pages), 1 failed, 2 skipped" in out
    )
    assert main(["report", "--db", db, "--run", "1", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["run"], summary["documents_stored"], summary["pages"]) == (1, 2, 2)
    assert main(["report", "--db", db, "--run", "9"]) == 2


@pytest.mark.e2e
def test_dask_local_cluster(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    for n in (1, 2, 3):
        (tmp_path / f"{n}.txt").write_text(KH.format(n=n), encoding="utf-8")
    shutil.copy(min(SAMPLES.glob("cv_*.pdf")), tmp_path / "scan.pdf")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        options = Options(
            db=tmp_path / "s.db", executor="dask", scheduler=cluster.scheduler_address
        )
        result = digitise([tmp_path], options)
    assert result.exit_code == 0, [e.line() for o in result.outcomes for e in o.errors]
    with Store(options.db) as store:
        rows = {Path(r["path"]).name: r for r in store.documents()}
    assert sorted(rows) == ["1.txt", "2.txt", "3.txt", "scan.pdf"]
    assert rows["scan.pdf"]["so_ky_hieu"] == "1245/UBND-VX"
    assert rows["scan.pdf"]["ocr_confidence"] > 0.8


def test_dask_needs_a_scheduler() -> None:
    with pytest.raises(ValueError, match="needs --scheduler"):
        Options(executor="dask")


def test_workers_run_tesseract_and_opencv_on_one_thread() -> None:
    """A worker (a fresh process running the pool's initializer) keeps to one thread."""
    code = (
        "import os, cv2\n"
        "from pipeline.executors import limit_threads\n"
        "limit_threads()\n"
        "print(os.environ['OMP_THREAD_LIMIT'], cv2.getNumThreads())\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["1", "1"]
