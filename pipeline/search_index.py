"""A term-frequency side index that ranks plain word queries exactly as FTS5's bm25 does.

FTS5 computes bm25 row by row (a docsize lookup and the phrase instances of every match),
about a microsecond per match: a broad query over a large archive ranks tens of thousands
of rows to show twenty. This index keeps, for every term of ``documents_fts``, which rows
hold it and how often in each column (``search_postings``, packed per 1024 rowids), and
each row's length in tokens (``search_lengths``). A query of words then becomes a few blob
reads and numpy arithmetic over the matching rows: the same formula, constants and
statistics as FTS5's ``bm25()`` (row count and average length read from the FTS index
itself), so the scores are the same numbers and the ranking the same.

The index is kept by ``Store.save`` in the document's transaction and built from the FTS
table when a store does not have it yet (or when it no longer agrees with the FTS table,
e.g. after a write by an older version). Queries it cannot answer exactly (phrases of
several tokens, FTS5 operators) return None and go to FTS5.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

#: The FTS5 tokenizer of ``documents_fts`` (store.SCHEMA); the index tokenizes the same way.
TOKENIZE = "unicode61 remove_diacritics 2"
#: bm25 weights of the FTS columns (document_id, trich_yeu, text), as passed to ``bm25()``.
WEIGHTS = (0.0, 5.0, 1.0)
#: FTS5's bm25 constants (fts5_aux.c).
K1, B = 1.2, 0.75
#: Rowids per postings blob.
CHUNK_BITS = 10
CHUNK = 1 << CHUNK_BITS
#: Marks a store whose side index is built (meta key) and the blob format it uses.
META_KEY, FORMAT = "search_index", "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS search_postings (
    term TEXT NOT NULL,
    chunk INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (term, chunk)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_lengths (chunk INTEGER PRIMARY KEY, data BLOB NOT NULL);
"""

# The tokenizer: an FTS table that keeps nothing, in a private in-memory database (so
# that tokenizing never counts as a change to the store).
_SCRATCH = f"""
CREATE VIRTUAL TABLE scratch USING fts5(subject, body, content='', tokenize='{TOKENIZE}');
CREATE VIRTUAL TABLE scratch_col USING fts5vocab(scratch, 'col');
CREATE VIRTUAL TABLE scratch_instance USING fts5vocab(scratch, 'instance');
"""

# A query FTS5 reads as an AND of phrases: quoted strings ("" escapes a quote) and
# barewords, nothing else (no operators, parentheses, column filters, prefixes, '+').
_BAREWORD = r"[A-Za-z0-9_\x1a\x80-\U0010ffff]+"
_SIMPLE_QUERY = re.compile(rf'\s*(?:(?:"(?:[^"]|"")*"|{_BAREWORD})\s*)*')
_PHRASE = re.compile(rf'"((?:[^"]|"")*)"|({_BAREWORD})')
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


def plain_phrases(match: str) -> list[str] | None:
    """The phrases of an FTS5 query that is a plain AND of quoted strings and barewords,
    or None when it uses anything else."""
    if not _SIMPLE_QUERY.fullmatch(match):
        return None
    phrases = []
    for quoted, bare in _PHRASE.findall(match):
        if bare in _OPERATORS:
            return None
        phrases.append(bare or quoted.replace('""', '"'))
    return phrases


# -- the blob format ----------------------------------------------------------------------
# One byte, the width w (1, 2 or 4) of the counts; then one record per row holding the term,
# by rowid: the rowid's offset in the chunk (uint16) and the term's count in the subject
# and in the body (unsigned, w bytes each). Blobs of width 1 (nearly all) are decoded
# together, a term's whole postings at once.


def _record(width: int) -> np.dtype:
    return np.dtype([("offset", "<u2"), ("subject", f"<u{width}"), ("body", f"<u{width}")])


def encode(offsets: np.ndarray, subject: np.ndarray, body: np.ndarray) -> bytes:
    """A postings blob from offsets in the chunk (ascending) and the counts per column."""
    top = int(max(subject.max(initial=0), body.max(initial=0)))
    width = 1 if top < 1 << 8 else 2 if top < 1 << 16 else 4
    records = np.empty(len(offsets), _record(width))
    records["offset"], records["subject"], records["body"] = offsets, subject, body
    return bytes((width,)) + records.tobytes()


def decode(blob: bytes) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Offsets, subject counts and body counts of a postings blob."""
    records = np.frombuffer(blob, _record(blob[0]), offset=1)
    return records["offset"], records["subject"], records["body"]


def decode_all(chunks: Sequence[tuple[int, bytes]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rowids, subject counts and body counts of a term's blobs, (chunk, blob) by chunk."""
    if chunks and all(blob[0] == 1 for _, blob in chunks):
        records = np.frombuffer(b"".join(blob[1:] for _, blob in chunks), _record(1))
        sizes = [(len(blob) - 1) // 4 for _, blob in chunks]
        base = np.repeat(np.array([c << CHUNK_BITS for c, _ in chunks], np.int64), sizes)
        return base + records["offset"], records["subject"], records["body"]
    parts = [(chunk, *decode(blob)) for chunk, blob in chunks]
    if not parts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    return (
        np.concatenate([(c << CHUNK_BITS) + o.astype(np.int64) for c, o, _, _ in parts]),
        np.concatenate([s.astype(np.int64) for _, _, s, _ in parts]),
        np.concatenate([b.astype(np.int64) for _, _, _, b in parts]),
    )


def _varints(blob: bytes) -> list[int]:
    """SQLite varints, as FTS5 writes its averages and docsize records."""
    values, i = [], 0
    while i < len(blob):
        value = 0
        for k in range(9):
            byte = blob[i]
            i += 1
            if k == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        values.append(value)
    return values


@dataclass(frozen=True)
class _State:
    """What a ranking needs besides the postings, for one version of the store."""

    lengths: np.ndarray  # tokens per rowid (float64), NaN where there is no FTS row
    rows: int  # FTS5's row count
    avgdl: float  # FTS5's average row length in tokens
    superseded: np.ndarray  # rowids of superseded documents


_T = TypeVar("_T")


def store_version(db: sqlite3.Connection) -> tuple[int, int]:
    """What changes whenever the store does, written by this connection or another: for
    caches of what is read from it."""
    return db.execute("PRAGMA data_version").fetchone()[0], db.total_changes


class SearchIndex:
    """The side index of a store's ``documents_fts``, on one SQLite connection."""

    def __init__(self, db: sqlite3.Connection, fts: str = "documents_fts"):
        self.db = db
        self.fts = fts
        self._scratch: sqlite3.Connection | None = None
        self._cache: tuple[tuple[int, int], _State | None] | None = None

    # -- tokens ---------------------------------------------------------------------------

    def _scratch_table(self) -> sqlite3.Connection:
        """The empty tokenizer table's connection."""
        if self._scratch is None:
            self._scratch = sqlite3.connect(":memory:", isolation_level=None)
            self._scratch.executescript(_SCRATCH)
        else:
            self._scratch.execute("INSERT INTO scratch(scratch) VALUES ('delete-all')")
        return self._scratch

    def close(self) -> None:
        if self._scratch is not None:
            self._scratch.close()
            self._scratch = None

    def tokens(self, texts: Sequence[str]) -> list[list[str]]:
        """Each text's tokens, as FTS5 reads a query phrase."""
        scratch = self._scratch_table()
        scratch.executemany(
            "INSERT INTO scratch (rowid, subject) VALUES (?, ?)", enumerate(texts, start=1)
        )
        out: list[list[str]] = [[] for _ in texts]
        for row, term in scratch.execute(
            "SELECT doc, term FROM scratch_instance ORDER BY doc, offset"
        ):
            out[row - 1].append(term)
        return out

    def term_counts(self, subject: str, body: str) -> dict[str, tuple[int, int]]:
        """How often each term occurs in a row's subject and body columns."""
        scratch = self._scratch_table()
        scratch.execute(
            "INSERT INTO scratch (rowid, subject, body) VALUES (1, ?, ?)", (subject, body)
        )
        counts: dict[str, tuple[int, int]] = {}
        for term, column, n in scratch.execute("SELECT term, col, cnt FROM scratch_col"):
            s, t = counts.get(term, (0, 0))
            counts[term] = (s + n, t) if column == "subject" else (s, t + n)
        return counts

    # -- upkeep ---------------------------------------------------------------------------

    def add(self, rowid: int, subject: str, body: str) -> None:
        """Index one FTS row (call in the transaction that inserts it)."""
        counts = self.term_counts(subject, body)
        self._update(rowid, counts, insert=True)
        self._set_length(rowid, sum(s + t for s, t in counts.values()))

    def remove(self, rowid: int, subject: str, body: str) -> None:
        """Forget one FTS row (call in the transaction that deletes it)."""
        self._update(rowid, self.term_counts(subject, body), insert=False)
        self._set_length(rowid, None)

    def _update(self, rowid: int, counts: dict[str, tuple[int, int]], insert: bool) -> None:
        """Put a row's counts into (or take the row out of) its chunk's blob of each term."""
        if not counts:
            return
        chunk, offset = rowid >> CHUNK_BITS, rowid & (CHUNK - 1)
        blobs: dict[str, bytes] = {}
        terms = list(counts)
        for i in range(0, len(terms), 500):
            part = terms[i : i + 500]
            blobs.update(
                self.db.execute(
                    "SELECT term, data FROM search_postings "
                    f"WHERE chunk = ? AND term IN ({','.join('?' * len(part))})",
                    [chunk, *part],
                )
            )
        kept, emptied = [], []
        for term, (s, t) in counts.items():
            blob = blobs.get(term)
            if insert and blob is None:
                kept.append((term, chunk, encode(np.array([offset]), np.array([s]), np.array([t]))))
            elif (
                insert
                and blob is not None
                and blob[0] == 1
                and s < 1 << 8
                and t < 1 << 8
                and int.from_bytes(blob[-4:-2], "little") < offset
            ):
                # a new row after the others (the usual case): one more record at the end
                kept.append((term, chunk, blob + offset.to_bytes(2, "little") + bytes((s, t))))
            elif blob is not None:
                offsets, subject, body = decode(blob)
                keep = offsets != offset
                offsets = offsets[keep].astype(np.int64)
                subject, body = subject[keep].astype(np.int64), body[keep].astype(np.int64)
                if insert:
                    at = int(np.searchsorted(offsets, offset))
                    offsets = np.insert(offsets, at, offset)
                    subject, body = np.insert(subject, at, s), np.insert(body, at, t)
                if len(offsets):
                    kept.append((term, chunk, encode(offsets, subject, body)))
                else:
                    emptied.append((term, chunk))
        self.db.executemany("INSERT OR REPLACE INTO search_postings VALUES (?, ?, ?)", kept)
        self.db.executemany("DELETE FROM search_postings WHERE term = ? AND chunk = ?", emptied)

    def _set_length(self, rowid: int, tokens: int | None) -> None:
        chunk, offset = rowid >> CHUNK_BITS, rowid & (CHUNK - 1)
        row = self.db.execute(
            "SELECT data FROM search_lengths WHERE chunk = ?", (chunk,)
        ).fetchone()
        lengths = np.frombuffer(row[0], "<u4").copy() if row else np.zeros(CHUNK, "<u4")
        lengths[offset] = 0 if tokens is None else tokens + 1  # 0: no row
        self.db.execute(
            "INSERT OR REPLACE INTO search_lengths VALUES (?, ?)", (chunk, lengths.tobytes())
        )

    def rebuild(self) -> None:
        """Build the index from the FTS table (call in a transaction).

        Read from the FTS index itself, term by term (fts5vocab), with the postings of a
        term's chunk packed by SQLite as hex: a Python loop over every (term, row) pair
        would take minutes on a large archive.
        """
        self.db.execute("DELETE FROM search_postings")
        self.db.execute("DELETE FROM search_lengths")
        self.db.executescript(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms "
            f"USING fts5vocab(main, {self.fts}, 'row');"
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_instances "
            f"USING fts5vocab(main, {self.fts}, 'instance');"
        )
        terms = [r[0] for r in self.db.execute("SELECT term FROM temp.search_terms")]
        packed = f"""
            SELECT doc >> {CHUNK_BITS}, max(max(s, t)),
                   group_concat(printf('%02x%02x%02x%02x', doc & 255,
                                       (doc >> 8) & {(CHUNK - 1) >> 8}, s, t), '')
            FROM (SELECT doc, sum(col = 'trich_yeu') AS s, sum(col = 'text') AS t
                  FROM temp.search_instances WHERE term = ? GROUP BY doc)
            GROUP BY doc >> {CHUNK_BITS}
        """
        for term in terms:
            rows = []
            for chunk, top, hexed in self.db.execute(packed, (term,)).fetchall():
                if top >= 1 << 8:  # counts too large for the packing: read them one by one
                    wide = self.db.execute(
                        "SELECT doc, sum(col = 'trich_yeu'), sum(col = 'text') "
                        "FROM temp.search_instances WHERE term = ? AND doc >= ? AND doc < ? "
                        "GROUP BY doc",
                        (term, chunk << CHUNK_BITS, (chunk + 1) << CHUNK_BITS),
                    ).fetchall()
                    docs, subject, body = np.array(wide, np.int64).T
                    rows.append((term, chunk, encode(docs & (CHUNK - 1), subject, body)))
                    continue
                records = np.frombuffer(bytes.fromhex(hexed), _record(1))
                if np.any(np.diff(records["offset"].astype(np.int64)) <= 0):
                    records = np.sort(records, order="offset")
                rows.append((term, chunk, b"\x01" + records.tobytes()))
            self.db.executemany("INSERT INTO search_postings VALUES (?, ?, ?)", rows)
        lengths: dict[int, np.ndarray] = {}
        for rowid, sizes in self.db.execute(f"SELECT id, sz FROM {self.fts}_docsize"):
            chunk = lengths.setdefault(rowid >> CHUNK_BITS, np.zeros(CHUNK, "<u4"))
            chunk[rowid & (CHUNK - 1)] = sum(_varints(sizes)) + 1
        self.db.executemany(
            "INSERT INTO search_lengths VALUES (?, ?)",
            ((chunk, data.tobytes()) for chunk, data in lengths.items()),
        )
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (META_KEY, FORMAT))

    def ensure(self) -> bool:
        """Build the index when the store lacks it or it disagrees with the FTS table;
        returns whether it was (re)built. Call in a transaction."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
        if row and row[0] == FORMAT and self._load() is not None:
            return False
        self.rebuild()
        self._cache = None
        return True

    # -- ranking --------------------------------------------------------------------------

    def _fts_totals(self) -> tuple[int, int] | None:
        """FTS5's own row count and token total (its averages record)."""
        row = self.db.execute(f"SELECT block FROM {self.fts}_data WHERE id = 1").fetchone()
        if not row or not row[0]:
            return 0, 0
        values = _varints(row[0])
        return values[0], sum(values[1:])

    def _load(self) -> _State | None:
        """The lengths and statistics, or None when the index does not match the FTS
        table (the rows or tokens counted differ)."""
        blobs = self.db.execute("SELECT chunk, data FROM search_lengths ORDER BY chunk")
        blobs = blobs.fetchall()
        size = (blobs[-1][0] + 1) * CHUNK if blobs else CHUNK
        stored = np.zeros(size, np.int64)
        for chunk, data in blobs:
            stored[chunk * CHUNK : (chunk + 1) * CHUNK] = np.frombuffer(data, "<u4")
        present = stored > 0
        rows, tokens = int(present.sum()), int(stored.sum()) - int(present.sum())
        if self._fts_totals() != (rows, tokens):
            return None
        lengths = np.where(present, stored - 1, np.nan).astype(np.float64)
        superseded = np.fromiter(
            (
                r[0]
                for r in self.db.execute(
                    "SELECT rowid FROM documents WHERE superseded_by IS NOT NULL"
                )
            ),
            np.int64,
        )
        return _State(lengths, rows, tokens / rows if rows else 0.0, superseded)

    def _state(self) -> _State | None:
        version = store_version(self.db)
        if self._cache is None or self._cache[0] != version:
            self._cache = (version, self._load())
        return self._cache[1]

    def _postings(self, term: str, size: int) -> tuple[np.ndarray, np.ndarray, int]:
        """A term's weighted frequency per rowid (dense, 0 where absent) and its row count."""
        chunks = self.db.execute(
            "SELECT chunk, data FROM search_postings WHERE term = ? ORDER BY chunk", (term,)
        ).fetchall()
        rows, subject, body = decode_all(chunks)
        freq = np.zeros(size, np.float64)
        freq[rows] = WEIGHTS[1] * subject + WEIGHTS[2] * body
        present = np.zeros(size, bool)
        present[rows] = True
        return freq, present, len(rows)

    def _answer(self, match: str, answer: Callable[[_State, list[str]], _T]) -> _T | None:
        """``answer`` on the terms of a query of words and the index's statistics, in one
        snapshot with the filters and postings it reads; None when the index does not answer
        the query (a phrase of several tokens, operators, or an index that no longer
        matches the FTS table)."""
        phrases = plain_phrases(match)
        if phrases is None:
            return None
        tokens = [t for t in self.tokens(phrases) if t]  # FTS5 ignores empty phrases
        if any(len(t) > 1 for t in tokens):
            return None
        own = not self.db.in_transaction
        if own:
            self.db.execute("BEGIN")
        try:
            state = self._state()
            if state is None:
                return None
            return answer(state, [t for (t,) in tokens])
        finally:
            if own:
                self.db.execute("COMMIT")

    def rank(
        self,
        match: str,
        allowed: Callable[[], Sequence[np.ndarray]] | None = None,
        limit: int | None = 20,
    ) -> list[tuple[int, float]] | None:
        """The rows of current (not superseded) documents matching an FTS5 query, best
        first (ties by rowid), as (rowid, bm25 score); with ``allowed``, only the rowids in
        every set it returns. None when this index cannot rank the query exactly (a phrase
        of several tokens, operators, or an index that no longer matches the FTS table)."""
        return self._answer(
            match, lambda state, terms: self._rank_terms(state, terms, allowed, limit)
        )

    @staticmethod
    def _allowed(state: _State, allowed: Callable[[], Sequence[np.ndarray]] | None) -> np.ndarray:
        """Rows that may be returned: current documents in every set ``allowed`` gives."""
        size = len(state.lengths)
        mask = ~np.isnan(state.lengths)
        mask[state.superseded[state.superseded < size]] = False
        for rows in allowed() if allowed else ():
            inside = np.zeros(size, bool)
            inside[rows[(rows >= 0) & (rows < size)]] = True
            mask &= inside
        return mask

    def matches(
        self, match: str, allowed: Callable[[], Sequence[np.ndarray]] | None = None
    ) -> np.ndarray | None:
        """The rowids of the current documents that match a query of words and are in every
        set ``allowed`` gives (the set :meth:`rank` ranks), ascending; None when the index
        does not answer the query (as for :meth:`rank`)."""

        def matching(state: _State, terms: list[str]) -> np.ndarray:
            if not terms or state.rows == 0:
                return np.zeros(0, np.int64)
            mask = self._allowed(state, allowed)
            for term in dict.fromkeys(terms):
                mask &= self._postings(term, len(mask))[1]
            return np.flatnonzero(mask)

        return self._answer(match, matching)

    def keep(
        self, rows: np.ndarray, allowed: Callable[[], Sequence[np.ndarray]] | None = None
    ) -> np.ndarray | None:
        """Of some rowids (an FTS5 query's matches), those of current documents in every
        set ``allowed`` gives; None when the index no longer matches the FTS table."""
        state = self._state()
        if state is None:
            return None
        mask = self._allowed(state, allowed)
        rows = rows[(rows >= 0) & (rows < len(mask))]
        return np.unique(rows[mask[rows]])

    def _rank_terms(
        self,
        state: _State,
        terms: list[str],
        allowed: Callable[[], Sequence[np.ndarray]] | None,
        limit: int | None,
    ) -> list[tuple[int, float]]:
        if not terms or state.rows == 0 or limit == 0:
            return []
        size = len(state.lengths)
        mask = self._allowed(state, allowed)
        postings: dict[str, tuple[np.ndarray, float]] = {}
        for term in terms:
            if term not in postings:
                freq, present, hits = self._postings(term, size)
                idf = math.log((state.rows - hits + 0.5) / (hits + 0.5))
                postings[term] = (freq, idf if idf > 0.0 else 1e-6)
                mask &= present
        rows = np.flatnonzero(mask)
        length = state.lengths[rows]
        score = np.zeros(len(rows))
        # bm25 as fts5_aux.c computes it: the same operations, phrase by phrase in order
        for term in terms:
            freq, idf = postings[term]
            f = freq[rows]
            score += idf * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + B * length / state.avgdl)))
        score = -score
        if limit is not None and len(rows) > limit:
            cut = np.partition(score, limit - 1)[limit - 1]
            keep = score <= cut
            rows, score = rows[keep], score[keep]
        order = np.lexsort((rows, score))[:limit]
        return list(zip(rows[order].tolist(), score[order].tolist(), strict=True))
