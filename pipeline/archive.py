"""The analysts' view of a store: filtered search, pandas DataFrames and exports.

``Archive(db).search(...)``, ``.documents()``, ``.tasks()`` and ``.references()`` take the
same filters as ``vanban search``; ``export`` writes CSV (UTF-8 with BOM), XLSX, Parquet,
JSON and the Nghị định 30/2020 Phụ lục VI metadata layout.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from .search_index import WEIGHTS, store_version
from .store import _CLOSE, _OPEN, SearchHit, Store, fts_query, snippet
from .vietnamese import fold

ExportFormat = Literal["csv", "xlsx", "parquet", "json", "nd30"]
EXPORT_FORMATS: tuple[str, ...] = ("csv", "xlsx", "parquet", "json", "nd30")
TABLES: tuple[str, ...] = ("documents", "tasks", "references")

#: Columns of :meth:`Archive.documents`, in order.
DOCUMENT_COLUMNS = [
    "id",
    "path",
    "kind",
    "pages",
    "status",
    "loai_van_ban",
    "so",
    "ky_hieu",
    "so_ky_hieu",
    "ngay_ban_hanh",
    "dia_danh",
    "co_quan_chu_quan",
    "co_quan_ban_hanh",
    "trich_yeu",
    "tham_quyen_ky",
    "chuc_vu_nguoi_ky",
    "nguoi_ky",
    "do_mat",
    "do_khan",
    "noi_nhan",
    "ocr_confidence",
    "processed_at",
]
#: Fields read from the ``fields`` table (JSON values) rather than ``documents`` columns.
_FIELD_COLUMNS = (
    "so",
    "ky_hieu",
    "dia_danh",
    "co_quan_chu_quan",
    "tham_quyen_ky",
    "chuc_vu_nguoi_ky",
    "nguoi_ky",
    "do_mat",
    "do_khan",
    "noi_nhan",
)
#: Columns of :meth:`Archive.tasks`.
TASK_COLUMNS = [
    "document_id",
    "page",
    "stt",
    "nhiem_vu",
    "don_vi_chu_tri",
    "don_vi_phoi_hop",
    "thoi_gian",
    "han_bat_dau",
    "han_ket_thuc",
    "han_nhan",
    "san_pham",
    "ghi_chu",
]
#: Columns of :meth:`Archive.references`; ``cited_id`` is the cited document's id when the
#: archive holds it (matched on số ký hiệu), else empty.
REFERENCE_COLUMNS = ["document_id", "loai", "so_ky_hieu", "ngay", "co_quan", "cited_id"]

# ---------------------------------------------------------------------------------------
# INTEGRATION POINT: the tables the ``fields`` branch adds. Their final names were not
# known when this was written; adapt these two queries (keep the column aliases) and
# nothing else needs to change. When a table does not exist the rows are taken from the
# JSON records instead (record["tables"] and fields.van_ban_lien_quan), so an older store
# still answers, with empty DataFrames when there is nothing.
TASKS_QUERY = """
SELECT document_id, page, stt, nhiem_vu, don_vi_chu_tri, don_vi_phoi_hop, thoi_gian,
       deadline_start AS han_bat_dau, deadline_end AS han_ket_thuc, deadline_label AS han_nhan,
       san_pham, ghi_chu
FROM tasks
"""
REFERENCES_QUERY = """
SELECT document_id, loai, so_ky_hieu, ngay, co_quan
FROM van_ban_lien_quan
"""
# ---------------------------------------------------------------------------------------

#: The documents issued by, or under, one of some agencies (as stored: the parent body's
#: value is JSON in ``fields``).
_AGENCY_ROWIDS = (
    "SELECT rowid FROM documents WHERE co_quan_ban_hanh IN ({marks}) "
    "UNION SELECT p.rowid FROM fields f JOIN documents p ON p.id = f.document_id "
    "WHERE f.name = 'co_quan_chu_quan' AND f.value IN ({marks})"
)

#: bm25() arguments: the FTS table and its column weights (the subject line 5× the body).
FTS_WEIGHTS = "documents_fts, " + ", ".join(map(str, WEIGHTS))

#: Fuzzy score (rapidfuzz token_set_ratio on folded names) an agency must reach to match.
AGENCY_MATCH_SCORE = 90
#: The facets of a search result (type, issuing body, year) and how many values each shows.
FACETS: tuple[str, ...] = ("loai_van_ban", "co_quan_ban_hanh", "year")
FACET_SIZE = 30


@dataclass(frozen=True)
class Summary:
    """What a search matches as a whole: ``total`` documents, and ``facets``, the counts by
    type, issuing body and year (``[(value, count), …]`` most first, at most 30 each)."""

    total: int
    facets: dict[str, list[tuple[str, int]]]


@dataclass(frozen=True)
class SearchFilters:
    """What a search is narrowed to; every filter is optional and they all must hold.

    ``loai_van_ban`` matches the type without regard to marks or case ("ke hoach");
    ``co_quan`` matches the issuing or parent body fuzzily ("so y te" → "SỞ Y TẾ");
    ``date_from``/``date_to`` bound ``ngay_ban_hanh`` (YYYY, YYYY-MM, YYYY-MM-DD or
    DD/MM/YYYY); ``so_ky_hieu`` is a number ("1906"), a code ("KH-SGDĐT") or both.
    """

    loai_van_ban: str | None = None
    co_quan: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    so_ky_hieu: str | None = None
    year: int | None = None

    def __post_init__(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value:
                parse_date_bound(value, end=name == "date_to")


def parse_date_bound(value: str, end: bool = False) -> str:
    """An ISO date from a bound as typed: YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY.

    A year or month alone means its first day, or its last when ``end``. Raises ValueError.
    """
    value = value.strip()
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value):
        value = f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-12-31" if end else f"{value}-01-01"
    if re.fullmatch(r"\d{4}-\d{1,2}", value):
        year, month = (int(x) for x in value.split("-"))
        first = date(year, month, 1)
        if not end:
            return first.isoformat()
        after = date(year + month // 12, month % 12 + 1, 1)
        return date.fromordinal(after.toordinal() - 1).isoformat()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(
            f"not a date: {value!r} (use YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY)"
        ) from None


def _folded_key(text: str) -> str:
    return " ".join(fold(text).lower().split())


class Archive:
    """A stored archive opened for reading. Use as a context manager or call :meth:`close`."""

    def __init__(self, db: str | Path | Store):
        if isinstance(db, Store):
            self.store, self._owned = db, False
        else:
            if not Path(db).exists():
                raise FileNotFoundError(f"{db}: no such store")
            self.store, self._owned = Store(db), True
        self.db = self.store.db
        #: (store version, per facet the code of each rowid's value and the values)
        self._facet_cache: tuple[tuple[int, int], dict[str, tuple[np.ndarray, list[str]]]]
        self._facet_cache = ((-1, -1), {})
        self._cache: dict[tuple[str, int, int], list[str]] = {}

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._owned:
            self.store.close()

    # -- filters -------------------------------------------------------------------------

    def _distinct(self, what: str) -> list[str]:
        """The distinct stored agencies or types, cached until the store changes (both
        scans cost more than the search itself on a large archive)."""
        key = (what, *store_version(self.db))
        if key not in self._cache:
            if what == "agencies":
                sql = (
                    "SELECT DISTINCT co_quan_ban_hanh FROM documents "
                    "WHERE co_quan_ban_hanh IS NOT NULL UNION SELECT DISTINCT value FROM fields "
                    "WHERE name = 'co_quan_chu_quan' AND value != 'null'"
                )
            else:
                sql = "SELECT DISTINCT loai_van_ban FROM documents WHERE loai_van_ban IS NOT NULL"
            values = set()
            for (value,) in self.db.execute(sql):
                values.add(json.loads(value) if value.startswith('"') else value)
            self._cache = {k: v for k, v in self._cache.items() if k[0] != what}
            self._cache[key] = sorted(values)
        return self._cache[key]

    def matching_agencies(self, name: str) -> list[str]:
        """The stored issuing and parent bodies that a typed name matches fuzzily."""
        wanted = _folded_key(name)
        return [
            agency
            for agency in self._distinct("agencies")
            if wanted in (key := _folded_key(agency))
            or fuzz.token_set_ratio(wanted, key) >= AGENCY_MATCH_SCORE
        ]

    def matching_types(self, name: str) -> list[str]:
        """The stored document types equal to a typed one, ignoring marks and case."""
        wanted = _folded_key(name)
        return [t for t in self._distinct("types") if _folded_key(t) == wanted]

    def _clauses(self, filters: SearchFilters | None) -> list[tuple[str, list[Any]]]:
        """The filters as SQL conditions on ``documents d`` with their parameters, one per
        filter (the date bounds together); superseded documents are left to the caller.
        Each condition is also a fast query for the rowids it allows (:meth:`_rowids`)."""
        clauses: list[tuple[str, list[Any]]] = []
        f = filters or SearchFilters()
        if f.loai_van_ban:
            types = self.matching_types(f.loai_van_ban)
            marks = ",".join("?" * len(types))
            clauses.append((f"d.loai_van_ban IN ({marks})" if types else "0", types))
        if f.co_quan:
            agencies = self.matching_agencies(f.co_quan)
            if agencies:
                marks = ",".join("?" * len(agencies))
                clauses.append(
                    (
                        # a union of two index searches rather than an OR that scans every row
                        f"d.rowid IN ({_AGENCY_ROWIDS.format(marks=marks)})",
                        agencies + [json.dumps(a, ensure_ascii=False) for a in agencies],
                    )
                )
            else:
                clauses.append(("0", []))
        dates: list[tuple[str, str]] = []
        if f.date_from:
            dates.append((">=", parse_date_bound(f.date_from)))
        if f.date_to:
            dates.append(("<=", parse_date_bound(f.date_to, end=True)))
        if f.year:
            dates += [(">=", f"{f.year:04d}-01-01"), ("<=", f"{f.year:04d}-12-31")]
        if dates:
            clauses.append(
                (" AND ".join(f"d.ngay_ban_hanh {op} ?" for op, _ in dates), [v for _, v in dates])
            )
        if f.so_ky_hieu:
            wanted = f.so_ky_hieu.strip().replace("Đ", "D").replace("đ", "d")
            folded = "replace(replace(d.so_ky_hieu, 'Đ', 'D'), 'đ', 'd')"
            if wanted.isdigit():  # "1906/…" as an index range: '0' follows '/'
                clauses.append(
                    (
                        "(d.so_ky_hieu >= ? AND d.so_ky_hieu < ? OR d.so_ky_hieu = ?)",
                        [f"{wanted}/", f"{wanted}0", wanted],
                    )
                )
            else:
                clauses.append((f"{folded} LIKE ?", [f"%{wanted}%"]))
        return clauses

    def _rowids(self, clause: str, params: list[Any]) -> np.ndarray:
        """The rowids of the documents a condition of :meth:`_clauses` allows, read from
        its index alone (a rowid subquery directly, not through ``documents``), and moved
        into numpy as one string: row by row through Python costs more than the search."""
        if clause.startswith("d.rowid IN (") and clause.endswith(")"):
            sql = clause[len("d.rowid IN (") : -1]
        else:
            sql = f"SELECT d.rowid FROM documents d WHERE {clause}"
        text = self.db.execute(f"SELECT group_concat(rowid) FROM ({sql})", params).fetchone()[0]
        return np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, np.int64)

    def _where(self, filters: SearchFilters | None) -> tuple[str, list[Any]]:
        """The filters and the current versions only, as one SQL condition on ``documents d``."""
        clauses = [("d.superseded_by IS NULL", []), *self._clauses(filters)]
        return " AND ".join(c for c, _ in clauses), [p for _, ps in clauses for p in ps]

    # -- search --------------------------------------------------------------------------

    def search(
        self, query: str = "", filters: SearchFilters | None = None, limit: int | None = 20
    ) -> list[SearchHit]:
        """Full-text search (bm25, highlighted snippets, with or without diacritics, phrases
        in double quotes) narrowed by ``filters``; with no query, the filtered documents,
        newest first, with their subject as the snippet."""
        if query.strip():
            return self._hits(fts_query(query), filters, limit)
        where, params = self._where(filters)
        rows = self.db.execute(
            "SELECT d.id AS document_id, d.path, d.loai_van_ban, d.so_ky_hieu, "
            "d.ngay_ban_hanh, d.co_quan_ban_hanh, d.trich_yeu, 0.0 AS score "
            f"FROM documents d WHERE {where} "
            "ORDER BY d.ngay_ban_hanh IS NULL, d.ngay_ban_hanh DESC, d.path LIMIT ?",
            [*params, -1 if limit is None else limit],
        ).fetchall()
        return [SearchHit.from_row(r, r["trich_yeu"] or "") for r in rows]

    def _hits(
        self, match: str, filters: SearchFilters | None, limit: int | None
    ) -> list[SearchHit]:
        """The ranked matches of an FTS5 query with their snippets; document rows, marked
        text and page text are read for the hits shown only."""
        hits = []
        for rowid, score in self._rank(match, filters, limit):
            row = self.db.execute(
                "SELECT d.id AS document_id, d.path, d.loai_van_ban, d.so_ky_hieu, "
                "d.ngay_ban_hanh, d.co_quan_ban_hanh, ? AS score FROM documents d "
                "WHERE d.rowid = ?",
                (score, rowid),
            ).fetchone()
            marked = self.db.execute(
                "SELECT highlight(documents_fts, 2, ?, ?) FROM documents_fts "
                "WHERE documents_fts MATCH ? AND rowid = ?",
                (_OPEN, _CLOSE, match, rowid),
            ).fetchone()[0]
            text = self.store._text_of(row["document_id"])
            hits.append(SearchHit.from_row(row, snippet(marked, text)))
        return hits

    def _rank(
        self, match: str, filters: SearchFilters | None, limit: int | None
    ) -> list[tuple[int, float]]:
        """(rowid, bm25 score) of the current documents that match and pass the filters,
        best first, ties by rowid: by the store's search index when it can rank the query
        (words), else by FTS5."""
        clauses = self._clauses(filters)

        def allowed() -> list[np.ndarray]:
            # one index search per filter rather than one query that reads every candidate
            # document's row to test the other filters
            return [self._rowids(c, p) for c, p in clauses]

        ranked = self.store.search_index.rank(match, allowed if clauses else None, limit)
        if ranked is not None:
            return ranked
        # Rank on the FTS table alone, its rowids being those of ``documents``: the filters
        # become one rowid set, and neither the indexed text nor the document rows are read
        # for the thousands of matches that are not shown.
        where, params = self._where(filters)
        if not clauses:
            superseded = "SELECT rowid FROM documents WHERE superseded_by IS NOT NULL"
            # a test on every match, so only when some document is superseded at all
            some = self.db.execute(f"{superseded} LIMIT 1").fetchone()
            only = f"+rowid NOT IN ({superseded})" if some else "1"
        else:
            # "+rowid": a filter on the matches, not a rowid lookup into FTS5 per candidate
            # (which runs the full-text query once for each of them)
            only = f"+rowid IN (SELECT d.rowid FROM documents d WHERE {where})"
        return [
            (r[0], r[1])
            for r in self.db.execute(
                f"SELECT rowid, bm25({FTS_WEIGHTS}) AS score FROM documents_fts "
                f"WHERE documents_fts MATCH ? AND {only} ORDER BY score, rowid LIMIT ?",
                [match, *params, -1 if limit is None else limit],
            )
        ]

    def facets(self, query: str = "", filters: SearchFilters | None = None) -> dict[str, list]:
        """Counts of the matching documents by type, issuing body and year, most first."""
        return self.summary(query, filters).facets

    def summary(self, query: str = "", filters: SearchFilters | None = None) -> Summary:
        """How many documents match, and the facets of :meth:`facets`, from one pass.

        The full-text query runs once and each matching document row is read once: the
        rows are grouped by (type, issuing body, year) in SQL and the three facets and the
        total are summed from those groups (three GROUP BY queries each ran the full-text
        query again and read every matching row again).
        """
        if query.strip():
            clauses = self._clauses(filters)
            allowed = (lambda: [self._rowids(c, p) for c, p in clauses]) if clauses else None
            index, match = self.store.search_index, fts_query(query)
            rows = index.matches(match, allowed)
            if rows is None:  # phrases, operators: FTS5 finds the rows, the index filters
                text = self.db.execute(
                    "SELECT group_concat(rowid) FROM documents_fts WHERE documents_fts MATCH ?",
                    (match,),
                ).fetchone()[0]
                found = np.array(text.split(","), np.int64) if text else np.zeros(0, np.int64)
                rows = index.keep(found, allowed)
            if rows is not None:
                return self._summary_of(rows)
        return self._summary_sql(query, filters)

    def _summary_of(self, rows: np.ndarray) -> Summary:
        """The total and facets of a set of document rowids, counted in numpy from the
        documents' type, issuing body and year read once per version of the store (the
        page of a broad query otherwise reads tens of thousands of document rows)."""
        version = store_version(self.db)
        if self._facet_cache[0] != version:
            read = self.db.execute(
                "SELECT rowid, loai_van_ban, co_quan_ban_hanh, substr(ngay_ban_hanh, 1, 4) "
                "FROM documents"
            ).fetchall()
            rowids = np.array([r[0] for r in read], np.int64)
            size = int(rowids.max()) + 1 if len(rowids) else 0
            columns = {}
            for k, name in enumerate(FACETS, start=1):
                values = sorted({r[k] for r in read if r[k] is not None})
                index = {v: i for i, v in enumerate(values)}
                codes = np.full(size, -1, np.int64)
                codes[rowids] = [index.get(r[k], -1) for r in read]
                columns[name] = (codes, values)
            self._facet_cache = (version, columns)
        facets = {}
        for name, (codes, values) in self._facet_cache[1].items():
            found = codes[rows[rows < len(codes)]]
            counts = np.bincount(found[found >= 0], minlength=len(values))
            present = [(values[i], int(n)) for i, n in enumerate(counts) if n]
            facets[name] = sorted(present, key=lambda item: (-item[1], item[0]))[:FACET_SIZE]
        return Summary(len(rows), facets)

    def _summary_sql(self, query: str, filters: SearchFilters | None) -> Summary:
        """:meth:`summary` in SQL: phrases, operators, no query, or no usable index."""
        where, params = self._where(filters)
        if query.strip():
            # the matches as one rowid set: never a full-text lookup per filtered document
            source = (
                "documents d WHERE d.rowid IN (SELECT rowid FROM documents_fts "
                f"WHERE documents_fts MATCH ?) AND {where}"
            )
            params = [fts_query(query), *params]
        else:
            source = f"documents d WHERE {where}"
        counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
        total = 0
        for row in self.db.execute(
            "SELECT d.loai_van_ban, d.co_quan_ban_hanh, substr(d.ngay_ban_hanh, 1, 4), "
            f"count(*) FROM {source} GROUP BY 1, 2, 3",
            params,
        ):
            n = row[3]
            total += n
            for name, value in zip(FACETS, row[:3], strict=True):
                if value is not None:
                    counts[name][value] = counts[name].get(value, 0) + n
        return Summary(
            total,
            {
                name: sorted(found.items(), key=lambda item: (-item[1], item[0]))[:FACET_SIZE]
                for name, found in counts.items()
            },
        )

    # -- DataFrames ----------------------------------------------------------------------

    def _ids(self, query: str, filters: SearchFilters | None) -> list[str] | None:
        if not query.strip() and filters is None:
            return None
        return [h.document_id for h in self.search(query, filters, limit=None)]

    def documents(self, query: str = "", filters: SearchFilters | None = None) -> pd.DataFrame:
        """One row per current document (search order when a query is given); dates as
        datetime64, lists (noi_nhan) as Python lists."""
        ids = self._ids(query, filters)
        rows = [
            dict(r)
            for r in self.db.execute(
                "SELECT id, path, kind, pages, status, loai_van_ban, so_ky_hieu, ngay_ban_hanh, "
                "co_quan_ban_hanh, trich_yeu, ocr_confidence, processed_at FROM documents "
                "WHERE superseded_by IS NULL ORDER BY path"
            )
        ]
        extra: dict[str, dict[str, Any]] = {}
        marks = ",".join("?" * len(_FIELD_COLUMNS))
        for r in self.db.execute(
            f"SELECT document_id, name, value FROM fields WHERE name IN ({marks})", _FIELD_COLUMNS
        ):
            extra.setdefault(r["document_id"], {})[r["name"]] = (
                json.loads(r["value"]) if r["value"] is not None else None
            )
        for row in rows:
            found = extra.get(row["id"], {})
            for name in _FIELD_COLUMNS:
                row[name] = found.get(name)
        frame = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
        if ids is not None:
            order = {doc_id: i for i, doc_id in enumerate(ids)}
            frame = frame[frame["id"].isin(order)]
            frame = frame.sort_values("id", key=lambda s: s.map(order)).reset_index(drop=True)
        return _document_dtypes(frame)

    def tasks(
        self, query: str = "", filters: SearchFilters | None = None, document_id: str | None = None
    ) -> pd.DataFrame:
        """The rows of the task tables (one per task) of the matching documents."""
        rows = self._table_rows(TASKS_QUERY, self._tasks_from_records, document_id)
        frame = pd.DataFrame(rows, columns=TASK_COLUMNS)
        frame = self._current_only(frame, query, filters)
        frame["page"] = pd.to_numeric(frame["page"], errors="coerce").astype("Int64")
        for name in ("han_bat_dau", "han_ket_thuc"):
            frame[name] = pd.to_datetime(frame[name], errors="coerce")
        return frame.reset_index(drop=True)

    def references(
        self, query: str = "", filters: SearchFilters | None = None, document_id: str | None = None
    ) -> pd.DataFrame:
        """The documents cited by the matching documents, one row per citation, with the
        cited document's id where the archive holds it."""
        rows = self._table_rows(REFERENCES_QUERY, self._references_from_records, document_id)
        frame = pd.DataFrame(rows, columns=REFERENCE_COLUMNS)
        frame = self._current_only(frame, query, filters)
        known = self.ids_by_so_ky_hieu()
        frame["cited_id"] = [known.get(_code_key(s)) if s else None for s in frame["so_ky_hieu"]]
        frame["ngay"] = pd.to_datetime(frame["ngay"], errors="coerce")
        return frame.reset_index(drop=True)

    def ids_by_so_ky_hieu(self) -> dict[str, str]:
        """Current documents by their số ký hiệu (folded, without spaces), for linking."""
        return {
            _code_key(r["so_ky_hieu"]): r["id"]
            for r in self.db.execute(
                "SELECT id, so_ky_hieu FROM documents "
                "WHERE superseded_by IS NULL AND so_ky_hieu IS NOT NULL"
            )
        }

    def _current_only(
        self, frame: pd.DataFrame, query: str, filters: SearchFilters | None
    ) -> pd.DataFrame:
        ids = self._ids(query, filters)
        if ids is None:
            ids = [
                r[0]
                for r in self.db.execute("SELECT id FROM documents WHERE superseded_by IS NULL")
            ]
        return frame[frame["document_id"].isin(set(ids))].copy()

    def _table_rows(
        self,
        sql: str,
        from_records: Callable[[str | None], Iterable[dict[str, Any]]],
        document_id: str | None,
    ) -> list[dict[str, Any]]:
        """Rows of a store table, or from the JSON records for stores that predate it."""
        try:
            return self._rows(sql, document_id)
        except sqlite3.OperationalError as exc:
            if "no such" not in str(exc):
                raise
            return list(from_records(document_id))

    def _rows(self, sql: str, document_id: str | None) -> list[dict[str, Any]]:
        if document_id is None:
            return [dict(r) for r in self.db.execute(sql)]
        return [
            dict(r)
            for r in self.db.execute(f"SELECT * FROM ({sql}) WHERE document_id = ?", (document_id,))
        ]

    def _records(self, document_id: str | None = None) -> Iterable[dict[str, Any]]:
        one = "" if document_id is None else "AND id = ? "
        for (record,) in self.db.execute(
            f"SELECT record FROM documents WHERE superseded_by IS NULL {one}ORDER BY path",
            () if document_id is None else (document_id,),
        ):
            yield json.loads(record)

    def _tasks_from_records(self, document_id: str | None) -> Iterable[dict[str, Any]]:
        for record in self._records(document_id):
            for table in record.get("tables") or []:
                if "nhiem_vu" not in (table.get("columns") or []):
                    continue
                for row in table.get("rows") or []:
                    yield {"document_id": record["id"], "page": table.get("page"), **row}

    def _references_from_records(self, document_id: str | None) -> Iterable[dict[str, Any]]:
        for record in self._records(document_id):
            for cited in (record.get("fields") or {}).get("van_ban_lien_quan") or []:
                yield {"document_id": record["id"], **cited}

    # -- the document view ---------------------------------------------------------------

    def record(self, document_id: str) -> dict[str, Any] | None:
        """The JSON record of one document."""
        return self.store.document(document_id)


def _code_key(so_ky_hieu: str) -> str:
    return "".join(fold(so_ky_hieu).upper().split())


def _document_dtypes(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame["ngay_ban_hanh"] = pd.to_datetime(frame["ngay_ban_hanh"], errors="coerce")
    frame["processed_at"] = pd.to_datetime(frame["processed_at"], errors="coerce", utc=True)
    frame["pages"] = frame["pages"].astype("Int64")
    frame["ocr_confidence"] = frame["ocr_confidence"].astype("float64")
    for name in ("kind", "status", "loai_van_ban"):
        frame[name] = frame[name].astype("category")
    return frame


# -- exports -----------------------------------------------------------------------------

#: Nghị định 30/2020/NĐ-CP, Phụ lục VI: the input metadata of a document for an electronic
#: document system, as (column heading, how it is filled from the record).
ND30_COLUMNS: tuple[tuple[str, str], ...] = (
    ("Mã định danh văn bản", "id"),
    ("Số văn bản", "so"),
    ("Ký hiệu văn bản", "ky_hieu"),
    ("Số và ký hiệu văn bản", "so_ky_hieu"),
    ("Ngày, tháng, năm văn bản", "ngay_ban_hanh"),
    ("Tên loại văn bản", "loai_van_ban"),
    ("Tên cơ quan, tổ chức chủ quản", "co_quan_chu_quan"),
    ("Tên cơ quan, tổ chức ban hành văn bản", "co_quan_ban_hanh"),
    ("Địa danh", "dia_danh"),
    ("Trích yếu nội dung", "trich_yeu"),
    ("Ngôn ngữ", "ngon_ngu"),
    ("Số trang của văn bản", "pages"),
    ("Thẩm quyền ký", "tham_quyen_ky"),
    ("Chức vụ người ký", "chuc_vu_nguoi_ky"),
    ("Họ tên người ký", "nguoi_ky"),
    ("Nơi nhận", "noi_nhan"),
    ("Độ mật", "do_mat"),
    ("Mức độ khẩn", "do_khan"),
    ("Ghi chú", "ghi_chu"),
)


def nd30_metadata(documents: pd.DataFrame) -> pd.DataFrame:
    """The documents' metadata in the columns of NĐ 30/2020 Phụ lục VI (dates dd/mm/yyyy)."""
    out = pd.DataFrame(index=documents.index)
    for heading, source in ND30_COLUMNS:
        if source == "ngon_ngu":
            out[heading] = "Tiếng Việt"
        elif source == "ghi_chu":
            out[heading] = "Số hóa từ bản giấy: " + documents["path"].map(lambda p: Path(p).name)
        elif source == "ngay_ban_hanh":
            out[heading] = documents[source].dt.strftime("%d/%m/%Y")
        elif source == "noi_nhan":
            out[heading] = documents[source].map(
                lambda v: "; ".join(v) if isinstance(v, list) else v
            )
        else:
            out[heading] = documents[source]
    return out.reset_index(drop=True)


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists to '; '-joined text and tz-aware times to naive UTC, for CSV and Excel."""
    frame = frame.copy()
    for name in frame.columns:
        column = frame[name]
        if isinstance(column.dtype, pd.DatetimeTZDtype):
            frame[name] = column.dt.tz_convert("UTC").dt.tz_localize(None)
        elif column.dtype == object:
            frame[name] = column.map(lambda v: "; ".join(map(str, v)) if isinstance(v, list) else v)
    return frame


def export(
    archive: Archive,
    target: str | Path,
    fmt: ExportFormat,
    query: str = "",
    filters: SearchFilters | None = None,
    table: str = "documents",
) -> Path:
    """Write the matching documents (or their ``tasks`` / ``references``) to ``target``.

    csv: UTF-8 with BOM, for Excel; xlsx: one sheet each for documents, tasks and cited
    documents (``table`` is ignored); parquet: through pyarrow; json: an array of rows;
    nd30: CSV (UTF-8 with BOM) in the layout of NĐ 30/2020 Phụ lục VI.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; use one of {', '.join(TABLES)}")
    target = Path(target)
    if target.parent != Path(""):
        target.parent.mkdir(parents=True, exist_ok=True)
    frames = {
        "documents": lambda: archive.documents(query, filters),
        "tasks": lambda: archive.tasks(query, filters),
        "references": lambda: archive.references(query, filters),
    }
    if fmt == "xlsx":
        with pd.ExcelWriter(target, engine="openpyxl") as writer:
            for name, sheet in (
                ("documents", "documents"),
                ("tasks", "tasks"),
                ("references", "van_ban_lien_quan"),
            ):
                _flat(frames[name]()).to_excel(writer, sheet_name=sheet, index=False)
        return target
    if fmt == "nd30":
        nd30_metadata(archive.documents(query, filters)).to_csv(
            target, index=False, encoding="utf-8-sig"
        )
        return target
    frame = frames[table]()
    if fmt == "csv":
        _flat(frame).to_csv(target, index=False, encoding="utf-8-sig", date_format="%Y-%m-%d")
    elif fmt == "parquet":
        frame.to_parquet(target, engine="pyarrow", index=False)
    else:
        frame = frame.copy()
        for name in frame.columns:
            if pd.api.types.is_datetime64_any_dtype(frame[name]):
                day_only = name in ("ngay_ban_hanh", "ngay", "han_bat_dau", "han_ket_thuc")
                frame[name] = frame[name].map(
                    lambda v, d=day_only: None if pd.isna(v) else (v.date() if d else v).isoformat()
                )
        frame.to_json(target, orient="records", force_ascii=False, indent=2)
    return target


def hits_frame(hits: Sequence[SearchHit]) -> pd.DataFrame:
    """Search hits as a DataFrame (for the page's CSV download and notebooks)."""
    frame = pd.DataFrame([h.__dict__ for h in hits], columns=list(SearchHit.__dataclass_fields__))
    frame["ngay_ban_hanh"] = pd.to_datetime(frame["ngay_ban_hanh"], errors="coerce")
    return frame


__all__ = [
    "DOCUMENT_COLUMNS",
    "EXPORT_FORMATS",
    "REFERENCE_COLUMNS",
    "TASK_COLUMNS",
    "Archive",
    "SearchFilters",
    "Summary",
    "export",
    "hits_frame",
    "nd30_metadata",
    "parse_date_bound",
]
