"""SQLite store: documents, pages, fields and errors, with an FTS5 index that ignores diacritics.

One transaction per document, WAL mode. A document's id is its content hash, so storing
the same file again replaces its rows instead of duplicating them. JSON records are
written beside the store atomically (temporary file, then rename). Beside the FTS index,
``search_index`` keeps the term frequencies that rank word queries quickly.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from . import search_index
from .deadlines import parse_deadline
from .records import Document, ErrorItem
from .search_index import SearchIndex
from .tables import task_rows
from .vietnamese import fold

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    kind TEXT NOT NULL,
    size INTEGER NOT NULL,
    pages INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('complete', 'partial', 'failed')),
    loai_van_ban TEXT,
    so_ky_hieu TEXT,
    ngay_ban_hanh TEXT,
    co_quan_ban_hanh TEXT,
    trich_yeu TEXT,
    ocr_confidence REAL,
    record TEXT NOT NULL,
    processed_at TEXT NOT NULL,
    superseded_by TEXT
);
CREATE INDEX IF NOT EXISTS documents_path ON documents(path);
CREATE TABLE IF NOT EXISTS pages (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    text_raw TEXT NOT NULL,
    text TEXT NOT NULL,
    ocr_confidence REAL,
    skew_deg REAL,
    repairs INTEGER NOT NULL,
    warnings TEXT NOT NULL,
    PRIMARY KEY (document_id, number)
);
CREATE TABLE IF NOT EXISTS fields (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT,
    confidence REAL NOT NULL,
    reason TEXT,
    PRIMARY KEY (document_id, name)
);
CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY,
    document_id TEXT,
    path TEXT NOT NULL,
    page INTEGER,
    stage TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS errors_document ON errors(document_id);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    summary TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tasks (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER,
    row INTEGER NOT NULL,
    stt TEXT,
    nhiem_vu TEXT,
    don_vi_chu_tri TEXT,
    don_vi_phoi_hop TEXT,
    thoi_gian TEXT,
    deadline_start TEXT,
    deadline_end TEXT,
    deadline_label TEXT,
    san_pham TEXT,
    ghi_chu TEXT,
    source TEXT NOT NULL,
    PRIMARY KEY (document_id, row)
);
CREATE INDEX IF NOT EXISTS tasks_chu_tri ON tasks(don_vi_chu_tri);
CREATE TABLE IF NOT EXISTS van_ban_lien_quan (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    loai TEXT,
    so_ky_hieu TEXT NOT NULL,
    ngay TEXT,
    co_quan TEXT,
    PRIMARY KEY (document_id, position)
);
CREATE INDEX IF NOT EXISTS van_ban_lien_quan_so_ky_hieu ON van_ban_lien_quan(so_ky_hieu);
-- for the analysts' filters (pipeline/archive.py): type, agency, date, parent body
CREATE INDEX IF NOT EXISTS documents_loai ON documents(loai_van_ban);
CREATE INDEX IF NOT EXISTS documents_co_quan ON documents(co_quan_ban_hanh);
CREATE INDEX IF NOT EXISTS documents_ngay ON documents(ngay_ban_hanh);
-- type and date filters answered from this index alone, without reading document rows
-- (added by issue 7; an older store gets it when it is next opened)
CREATE INDEX IF NOT EXISTS documents_loai_ngay
    ON documents(loai_van_ban, ngay_ban_hanh, superseded_by);
CREATE INDEX IF NOT EXISTS fields_name_value ON fields(name, value);
CREATE INDEX IF NOT EXISTS documents_superseded ON documents(superseded_by);
CREATE INDEX IF NOT EXISTS documents_so_ky_hieu ON documents(so_ky_hieu);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    document_id UNINDEXED, trich_yeu, text, tokenize='unicode61 remove_diacritics 2'
);
"""
SCHEMA += search_index.SCHEMA

#: Marks put around matched terms by FTS5 ``highlight``; control characters never in text.
_OPEN, _CLOSE = "\x02", "\x03"


@dataclass(frozen=True)
class SearchHit:
    """One search result."""

    document_id: str
    path: str
    loai_van_ban: str | None
    so_ky_hieu: str | None
    ngay_ban_hanh: str | None
    co_quan_ban_hanh: str | None
    snippet: str
    score: float

    @classmethod
    def from_row(cls, row: sqlite3.Row, snippet: str) -> SearchHit:
        """A hit from a result row that has the document's columns and a ``score``."""
        return cls(
            row["document_id"],
            row["path"],
            row["loai_van_ban"],
            row["so_ky_hieu"],
            row["ngay_ban_hanh"],
            row["co_quan_ban_hanh"],
            snippet,
            float(row["score"]),
        )


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def fts_text(text: str) -> str:
    """What the FTS index holds: the text with đ/Đ folded to d/D.

    unicode61's ``remove_diacritics`` folds the marks of every Vietnamese vowel but treats
    đ as a letter of its own, so "da nang" would not find "Đà Nẵng" without this. The fold
    is one character for one, so highlights map back onto the original text.
    """
    return text.replace("đ", "d").replace("Đ", "D")


class Store:
    """The SQLite store of documents. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        if self.path.parent != Path(""):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.search_index = SearchIndex(self.db)
        with self.db:
            self.db.executescript(SCHEMA)
            self.db.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
            if self._align_fts_rowids():
                self.search_index.rebuild()
            else:
                # stores from before the side index, or written since by code without it
                self.search_index.ensure()

    def _align_fts_rowids(self) -> bool:
        """Give each FTS row the rowid of its ``documents`` row (once, for older stores), so
        searches join on rowids and never read the indexed text back just to find the id.
        Returns whether the rows were rewritten."""
        done = self.db.execute("SELECT value FROM meta WHERE key = 'fts_rowids'").fetchone()
        if done:
            return False
        self.db.execute(
            "CREATE TEMP TABLE fts_copy AS SELECT d.rowid AS r, f.document_id, f.trich_yeu, "
            "f.text FROM documents_fts f JOIN documents d ON d.id = f.document_id"
        )
        self.db.execute("DELETE FROM documents_fts")
        self.db.execute(
            "INSERT INTO documents_fts (rowid, document_id, trich_yeu, text) "
            "SELECT r, document_id, trich_yeu, text FROM fts_copy"
        )
        self.db.execute("DROP TABLE fts_copy")
        self.db.execute("INSERT INTO meta VALUES ('fts_rowids', 'documents')")
        return True

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.search_index.close()
        self.db.close()

    def status_of(self, document_id: str) -> str | None:
        """The stored status of a document ('complete', 'partial', 'failed'), or None."""
        row = self.db.execute(
            "SELECT status FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        return row["status"] if row else None

    def save(self, document: Document) -> str | None:
        """Write (or replace) one document with its pages, fields, errors and index rows,
        in one transaction: a crash leaves either the old rows or the new ones.

        When another document was read from the same path before (the file changed on
        disk), that one is kept but marked as superseded by this one; its id is returned.
        """
        f = document.fields
        record = json.dumps(document.to_dict(), ensure_ascii=False)
        with self.db:
            older = self.db.execute(
                "SELECT id FROM documents WHERE path = ? AND id != ? AND superseded_by IS NULL",
                (document.source.path, document.id),
            ).fetchone()
            if older:
                self.db.execute(
                    "UPDATE documents SET superseded_by = ? WHERE id = ?", (document.id, older[0])
                )
            for old in self.db.execute(
                "SELECT rowid, trich_yeu, text FROM documents_fts "
                "WHERE rowid IN (SELECT rowid FROM documents WHERE id = ?)",
                (document.id,),
            ).fetchall():
                self.search_index.remove(old[0], old[1] or "", old[2] or "")
            self.db.execute(
                "DELETE FROM documents_fts "
                "WHERE rowid IN (SELECT rowid FROM documents WHERE id = ?)",
                (document.id,),
            )
            self.db.execute("DELETE FROM errors WHERE document_id = ?", (document.id,))
            self.db.execute("DELETE FROM documents WHERE id = ?", (document.id,))
            inserted = self.db.execute(
                "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL)",
                (
                    document.id,
                    document.source.path,
                    document.source.kind,
                    document.source.size,
                    len(document.pages),
                    document.status,
                    f["loai_van_ban"],
                    f["so_ky_hieu"],
                    f["ngay_ban_hanh"],
                    f["co_quan_ban_hanh"],
                    f["trich_yeu"],
                    document.ocr_confidence,
                    record,
                    _now(),
                ),
            )
            self.db.executemany(
                "INSERT INTO pages VALUES (?,?,?,?,?,?,?,?)",
                [
                    (
                        document.id,
                        p.number,
                        p.text_raw,
                        p.text,
                        p.ocr_confidence,
                        p.skew_deg,
                        len(p.repairs),
                        json.dumps(list(p.warnings), ensure_ascii=False),
                    )
                    for p in document.pages
                ],
            )
            self.db.executemany(
                "INSERT INTO fields VALUES (?,?,?,?,?)",
                [
                    (
                        document.id,
                        name,
                        json.dumps(value, ensure_ascii=False),
                        document.confidence.get(name, {}).get("score", 0.0),
                        document.confidence.get(name, {}).get("reason"),
                    )
                    for name, value in f.items()
                ],
            )
            self._insert_errors(document.all_errors, document.id)
            self.db.executemany(
                "INSERT INTO tasks VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        document.id,
                        t["page"],
                        i,
                        t["stt"],
                        t["nhiem_vu"],
                        t["don_vi_chu_tri"],
                        t["don_vi_phoi_hop"],
                        t["thoi_gian"],
                        d["start"],
                        d["end"],
                        d["label"],
                        t["san_pham"],
                        t["ghi_chu"],
                        t["source"],
                    )
                    for i, t in enumerate(task_rows(list(document.tables)), start=1)
                    for d in [parse_deadline(t["thoi_gian"])]
                ],
            )
            self.db.executemany(
                "INSERT INTO van_ban_lien_quan VALUES (?,?,?,?,?,?)",
                [
                    (
                        document.id,
                        i,
                        c.get("loai"),
                        c["so_ky_hieu"],
                        c.get("ngay"),
                        c.get("co_quan"),
                    )
                    for i, c in enumerate(f.get("van_ban_lien_quan") or [], start=1)
                ],
            )
            subject, body = fts_text(f["trich_yeu"] or ""), fts_text(document.text)
            self.db.execute(
                "INSERT INTO documents_fts (rowid, document_id, trich_yeu, text) VALUES (?,?,?,?)",
                (inserted.lastrowid, document.id, subject, body),
            )
            self.search_index.add(int(inserted.lastrowid or 0), subject, body)
        return older[0] if older else None

    def record_errors(
        self, errors: list[ErrorItem] | tuple[ErrorItem, ...], document_id: str | None = None
    ) -> None:
        """Keep errors of files that could not be stored as documents at all."""
        with self.db:
            self._insert_errors(errors, document_id)

    def _insert_errors(
        self, errors: tuple[ErrorItem, ...] | list[ErrorItem], document_id: str | None
    ) -> None:
        self.db.executemany(
            "INSERT INTO errors (document_id, path, page, stage, message, at) VALUES (?,?,?,?,?,?)",
            [(document_id, e.path, e.page, e.stage, e.message, _now()) for e in errors],
        )

    def document(self, document_id: str) -> dict[str, Any] | None:
        """The JSON record of a stored document."""
        row = self.db.execute(
            "SELECT record FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        return json.loads(row["record"]) if row else None

    def documents(self, include_superseded: bool = False) -> Iterator[sqlite3.Row]:
        """Summary rows of the stored documents, in path order; by default only the current
        version of each file."""
        where = "" if include_superseded else "WHERE superseded_by IS NULL "
        yield from self.db.execute(
            "SELECT id, path, kind, pages, status, loai_van_ban, so_ky_hieu, ngay_ban_hanh, "
            f"co_quan_ban_hanh, ocr_confidence, superseded_by FROM documents {where}"
            "ORDER BY path"
        )

    def record_run(self, summary: dict[str, Any]) -> int:
        """Keep a batch run's summary; returns the run's number."""
        with self.db:
            cursor = self.db.execute(
                "INSERT INTO runs (started_at, summary) VALUES (?, ?)",
                (summary.get("started_at", _now()), json.dumps(summary, ensure_ascii=False)),
            )
        return int(cursor.lastrowid or 0)

    def run(self, number: int | None = None) -> tuple[int, dict[str, Any]] | None:
        """A run's number and summary: the given one, or the last."""
        if number is None:
            row = self.db.execute("SELECT id, summary FROM runs ORDER BY id DESC LIMIT 1")
        else:
            row = self.db.execute("SELECT id, summary FROM runs WHERE id = ?", (number,))
        found = row.fetchone()
        return (found["id"], json.loads(found["summary"])) if found else None

    def count(self, table: str) -> int:
        if table not in (
            "documents",
            "pages",
            "fields",
            "errors",
            "documents_fts",
            "tasks",
            "van_ban_lien_quan",
            "runs",
        ):
            raise ValueError(f"unknown table {table}")
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def tasks(self, chu_tri: str | None = None, due_in: str | None = None) -> list[dict[str, Any]]:
        """Task rows of every document, optionally those a unit leads (``chu_tri``, accents
        and case ignored, a part of the name is enough) and due within a period
        (``due_in``, as printed: "Quý IV/2025", "tháng 10/2025")."""
        rows = [dict(r) for r in self.db.execute("SELECT * FROM tasks ORDER BY document_id, row")]
        if chu_tri:
            key = fold(chu_tri).lower()
            rows = [r for r in rows if key in fold(r["don_vi_chu_tri"] or "").lower()]
        if due_in:
            period = parse_deadline(due_in)
            if period["start"] and period["end"]:
                rows = [
                    r
                    for r in rows
                    if r["deadline_end"] and period["start"] <= r["deadline_end"] <= period["end"]
                ]
        return rows

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search, with or without diacritics, best match first (bm25): the
        search of ``Archive(store).search(query)``, without filters."""
        from .archive import Archive  # the analysts' module builds on this one

        return Archive(self).search(query, limit=limit)

    def _text_of(self, document_id: str) -> str:
        rows = self.db.execute(
            "SELECT text FROM pages WHERE document_id = ? ORDER BY number", (document_id,)
        ).fetchall()
        return "\n\f\n".join(r["text"] for r in rows)


def fts_query(query: str) -> str:
    """An FTS5 query from what a user typed: each word quoted (so codes like 19/KH-SYT and
    stray punctuation are safe), phrases in double quotes kept, đ folded as in the index."""
    query = fts_text(query)
    if query.count('"') >= 2 and query.count('"') % 2 == 0:
        return query
    return " ".join('"' + word.replace('"', "") + '"' for word in query.split() if word.strip('"'))


def snippet(marked: str, original: str, width: int = 160) -> str:
    """A window of the original text around the first match, matches in [brackets].

    ``marked`` is the indexed text with FTS5 highlight marks; since the index text differs
    from the original only by đ → d, the original's characters are copied back in.
    """
    out: list[str] = []
    j = 0
    size = 0
    first = -1
    # segment by segment rather than character by character: a long document is copied
    # with slices, not a Python loop over every character
    for part in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if part == _OPEN:
            if first < 0:
                first = size
            out.append("[")
        elif part == _CLOSE:
            out.append("]")
        else:
            piece = original[j : j + len(part)]
            if len(piece) < len(part):
                piece += part[len(piece) :]
            out.append(piece)
            j += len(part)
        size += len(out[-1])
    text = "".join(out)
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    # snap the window to word boundaries so no word (or highlight) is cut in half
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    piece = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")


def write_json(document: Document, folder: Path) -> Path:
    """Write the document's JSON record as ``<folder>/<id>.json``, atomically."""
    return write_json_record(document.to_dict(), folder)


def remove_stale_temporaries(folder: Path) -> int:
    """Delete temporary JSON files a killed run left behind; returns how many."""
    removed = 0
    for tmp in folder.glob(".*.tmp") if folder.is_dir() else ():
        tmp.unlink(missing_ok=True)
        removed += 1
    return removed


def write_json_record(record: dict[str, Any], folder: Path) -> Path:
    """Write a JSON record as ``<folder>/<id>.json``: a temporary file, synced, then renamed,
    so a crash never leaves a half-written record under the final name."""
    folder.mkdir(parents=True, exist_ok=True)
    name = record["id"]
    target = folder / f"{name}.json"
    data = json.dumps(record, ensure_ascii=False, indent=2)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
