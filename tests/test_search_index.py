"""The search index: the same bm25 ranking as FTS5, kept in step with the store, migrated."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from pipeline.archive import FTS_WEIGHTS, Archive, SearchFilters
from pipeline.records import Document, Page, SourceInfo, empty_fields
from pipeline.search_index import (
    META_KEY,
    TOKENIZE,
    decode,
    decode_all,
    encode,
    plain_phrases,
)
from pipeline.store import SCHEMA, Store, fts_query

TEXT = (
    "kế hoạch cải cách hành chính chuyển đổi số sở y tế giáo dục đào tạo bệnh án điện tử "
    "ủy ban nhân dân tỉnh gia lai đà nẵng quyết định thành lập tổ công tác triển khai "
    "báo cáo kết quả thực hiện năm 2023 công văn về việc phòng chống sốt xuất huyết"
)
WORDS = TEXT.split(" ")
TYPES = ["Kế hoạch", "Quyết định", "Báo cáo", "Công văn"]
AGENCIES = ["SỞ Y TẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "UBND TỈNH GIA LAI"]


def make_document(
    doc_id: str, subject: str, body: str, path: str | None = None, **fields: str
) -> Document:
    values = empty_fields()
    values.update(trich_yeu=subject, **fields)
    page = Page(number=1, text_raw=body, text=body, ocr_confidence=0.9)
    source = SourceInfo(path or f"{doc_id}.pdf", doc_id, "pdf", 1, len(body))
    return Document(id=doc_id, source=source, pages=(page,), fields=values)


def random_document(rng: random.Random, i: int) -> Document:
    subject = " ".join(rng.choices(WORDS, k=rng.randint(0, 8))).capitalize()
    lines = [" ".join(rng.choices(WORDS, k=rng.randint(3, 12))) for _ in range(rng.randint(1, 12))]
    if rng.random() < 0.1:  # counts too large for one byte
        lines.append("số " * 300)
    return make_document(
        f"doc{i:03d}",
        subject,
        "\n".join(lines),
        loai_van_ban=rng.choice(TYPES),
        co_quan_ban_hanh=rng.choice(AGENCIES),
        ngay_ban_hanh=f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-15",
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("index") / "archive.db"
    rng = random.Random(3)
    with Store(path) as store:
        for i in range(120):
            store.save(random_document(rng, i))
        # a file changed on disk: the old version is superseded, and left out of searches
        store.save(make_document("plan1", "Chuyển đổi số", "chuyển đổi số y tế", "plan.pdf"))
        store.save(make_document("plan2", "Chuyển đổi số", "chuyển đổi số giáo dục", "plan.pdf"))
        # the same document stored again (a partial one retried): its index rows replaced
        store.save(random_document(random.Random(99), 5))
    return path


def fts_ranking(archive: Archive, match: str, filters: SearchFilters | None, limit: int | None):
    """What FTS5 itself ranks, for comparison."""
    where, params = archive._where(filters)
    return [
        (r[0], r[1])
        for r in archive.db.execute(
            f"SELECT rowid, bm25({FTS_WEIGHTS}) AS score FROM documents_fts "
            f"WHERE documents_fts MATCH ? AND rowid IN (SELECT d.rowid FROM documents d "
            f"WHERE {where}) ORDER BY score, rowid LIMIT ?",
            [match, *params, -1 if limit is None else limit],
        )
    ]


def test_word_queries_rank_exactly_as_fts5(db: Path) -> None:
    rng = random.Random(5)
    filters = [
        None,
        SearchFilters(loai_van_ban="ke hoach"),
        SearchFilters(co_quan="so y te", date_from="2021"),
        SearchFilters(date_from="2020-03", date_to="2022"),
        SearchFilters(loai_van_ban="khong co loai nay"),
    ]
    with Archive(db) as archive:
        index = archive.store.search_index
        checked = 0
        for _ in range(150):
            words = rng.choices(WORDS, k=rng.randint(1, 4))
            query = " ".join(w if rng.random() < 0.5 else w.upper() for w in words)
            if rng.random() < 0.3:
                query = "".join(c for c in query if c.isascii() or c in "đĐ")  # marks lost
            match = fts_query(query)
            for chosen in (rng.choice(filters), None):
                limit = rng.choice([20, 5, None])
                expected = fts_ranking(archive, match, chosen, limit)
                assert index.rank(match, None, 1) is not None, query  # the index answers
                assert archive._rank(match, chosen, limit) == expected, (query, chosen)
                checked += bool(expected)
        assert checked > 100


def test_the_page_summary_from_the_index_equals_the_sql_one(db: Path) -> None:
    rng = random.Random(6)
    filters = [None, SearchFilters(loai_van_ban="bao cao"), SearchFilters(co_quan="so y te")]
    with Archive(db) as archive:
        for _ in range(40):
            query = " ".join(rng.choices(WORDS, k=rng.randint(1, 3)))
            if rng.random() < 0.4:  # a phrase: FTS5's matches, filtered through the index
                at = rng.randrange(len(WORDS) - 2)
                query = '"' + " ".join(WORDS[at : at + 2]) + '"' + rng.choice(["", " so"])
            chosen = rng.choice(filters)
            summary = archive.summary(query, chosen)
            assert summary == archive._summary_sql(query, chosen), (query, chosen)
        assert archive.summary("chuyen doi so").total >= 1  # the superseded version left out
        for query in ("chuyen doi so", '"chuyển đổi số"', '"ke" OR "hoach"'):
            assert archive.summary(query) == archive._summary_sql(query, None), query


def test_queries_the_index_leaves_to_fts5(db: Path) -> None:
    with Archive(db) as archive:
        index = archive.store.search_index
        for query in ('"chuyển đổi số"', "19/KH-SYT", '"ke" OR "hoach"', '"so"*', "a ke-hoach"):
            assert index.rank(fts_query(query)) is None, query
        # and those still rank as FTS5 does, through FTS5
        match = fts_query('"cai cach" hanh')
        assert archive._rank(match, None, 20) == fts_ranking(archive, match, None, 20)
        # punctuation alone is an empty phrase, ignored as FTS5 ignores it
        assert archive._rank(fts_query("so - y"), None, 20) == fts_ranking(
            archive, fts_query("so - y"), None, 20
        )
        assert archive.search('""') == [] and archive.search("-") == []


def test_superseded_documents_are_left_out(db: Path) -> None:
    with Archive(db) as archive:
        for query in ("chuyen doi so", '"chuyển đổi số"'):  # the index, and FTS5
            hits = archive.search(query, limit=None)
            found = {h.document_id for h in hits}
            assert "plan2" in found and "plan1" not in found, query
            assert all("[" in h.snippet for h in hits), query


def test_index_matches_a_rebuild_and_the_fts_table(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    with Store(db) as store:
        store.db.execute("VACUUM INTO ?", (str(copy),))
        kept = _index_rows(store.db)
    with Store(copy) as store:
        with store.db:
            store.search_index.rebuild()
        assert _index_rows(store.db) == kept
        assert store.search_index._load() is not None  # rows and tokens agree with FTS5
        totals = store.search_index._fts_totals()
        docsize = store.db.execute("SELECT count(*) FROM documents_fts_docsize").fetchone()[0]
        assert totals is not None and totals[0] == docsize == store.count("documents_fts")


def test_rows_added_and_removed_in_any_order_match_a_rebuild(tmp_path: Path) -> None:
    rng = random.Random(11)
    with Store(tmp_path / "s.db") as store, store.db:
        rowids = rng.sample(range(1, 3000), 80)  # across chunks, out of order
        for rowid in rowids:
            subject = " ".join(rng.choices(WORDS, k=3))
            body = " ".join(rng.choices(WORDS, k=rng.randint(1, 40))) + " y" * rng.choice([1, 300])
            store.db.execute(
                "INSERT INTO documents_fts (rowid, document_id, trich_yeu, text) VALUES (?,?,?,?)",
                (rowid, str(rowid), subject, body),
            )
            store.search_index.add(rowid, subject, body)
        for rowid in rowids[::3]:
            subject, body = store.db.execute(
                "SELECT trich_yeu, text FROM documents_fts WHERE rowid = ?", (rowid,)
            ).fetchone()
            store.search_index.remove(rowid, subject, body)
            store.db.execute("DELETE FROM documents_fts WHERE rowid = ?", (rowid,))
        incremental = _index_rows(store.db)
        store.search_index.rebuild()
        postings, lengths = _index_rows(store.db)
        assert incremental[0] == postings
        # emptied slots stay as zeros in a chunk's lengths; the rows themselves agree
        for chunk, data in lengths.items():
            assert incremental[1].get(chunk, bytes(len(data))) == data
        assert not any(any(d) for c, d in incremental[1].items() if c not in lengths)


def _index_rows(db: sqlite3.Connection) -> tuple[dict, dict]:
    postings = {
        (t, c): d for t, c, d in db.execute("SELECT term, chunk, data FROM search_postings")
    }
    lengths = dict(db.execute("SELECT chunk, data FROM search_lengths").fetchall())
    return postings, lengths


def test_a_store_from_before_the_index_is_migrated(db: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    with Store(db) as store:
        store.db.execute("VACUUM INTO ?", (str(old),))
        expected = [(h.document_id, h.score, h.snippet) for h in store.search("so y te", 50)]
    # what the previous version wrote: the same tables without the search index
    with sqlite3.connect(old) as con:
        con.execute("DROP TABLE search_postings")
        con.execute("DROP TABLE search_lengths")
        con.execute("DELETE FROM meta WHERE key = ?", (META_KEY,))
        counts = [
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "pages", "fields", "documents_fts")
        ]
    con.close()
    with Store(old) as store:
        assert [store.count(t) for t in ("documents", "pages", "fields", "documents_fts")] == counts
        assert store.db.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
        assert store.search_index.rank(fts_query("so y te")) is not None
        got = [(h.document_id, h.score, h.snippet) for h in store.search("so y te", 50)]
    assert got == expected and got


def test_a_write_that_skips_the_index_falls_back_and_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.save(make_document("a", "Kế hoạch chuyển đổi số", "chuyển đổi số y tế"))
    with Archive(path) as archive:
        assert archive.store.search_index.rank(fts_query("y te")) is not None
        # meanwhile an older version of vanban adds a document: FTS row, no index rows
        with sqlite3.connect(path) as con:
            con.execute(
                "INSERT INTO documents SELECT 'b', 'b.pdf', kind, size, pages, status, "
                "loai_van_ban, so_ky_hieu, ngay_ban_hanh, co_quan_ban_hanh, trich_yeu, "
                "ocr_confidence, record, processed_at, NULL FROM documents WHERE id = 'a'"
            )
            con.execute(
                "INSERT INTO documents_fts (rowid, document_id, trich_yeu, text) "
                "SELECT rowid, 'b', 'Ke hoach y te', 'y te y te' FROM documents WHERE id = 'b'"
            )
        con.close()
        # the index no longer agrees with the FTS table: FTS5 ranks, nothing is missed
        assert archive.store.search_index.rank(fts_query("y te")) is None
        assert [h.document_id for h in archive.search("y te")] == ["b", "a"]
    with Store(path) as repaired:  # opening the store rebuilds it
        assert repaired.search_index.rank(fts_query("y te")) is not None
        assert [h.document_id for h in repaired.search("y te")] == ["b", "a"]


def test_the_index_tokenizes_as_the_fts_table() -> None:
    assert f"tokenize='{TOKENIZE}'" in SCHEMA


def test_plain_phrases() -> None:
    assert plain_phrases('"ke" "hoach"') == ["ke", "hoach"]
    assert plain_phrases('"chuyển đổi số" ke') == ["chuyển đổi số", "ke"]
    assert plain_phrases('"say ""hi"""') == ['say "hi"']
    assert plain_phrases("") == []
    for query in ("ke OR hoach", "NOT ke", "ke*", "trich_yeu: ke", "(ke)", "ke + hoach", "-ke"):
        assert plain_phrases(query) is None, query


def test_blob_round_trip_with_wide_counts() -> None:
    chunks = []
    for chunk, top in ((0, 9), (1, 300), (3, 70_000)):
        offsets = np.array([1, 5, 1023])
        subject, body = np.array([0, 2, top]), np.array([top, 1, 0])
        blob = encode(offsets, subject, body)
        assert blob[0] == (1 if top < 256 else 2 if top < 65536 else 4)
        assert [a.tolist() for a in decode(blob)] == [[1, 5, 1023], [0, 2, top], [top, 1, 0]]
        chunks.append((chunk, blob))
    rows, subject, body = decode_all(chunks)
    assert rows.tolist() == [1, 5, 1023, 1025, 1029, 2047, 3073, 3077, 4095]
    assert subject.tolist()[-1] == 70_000 and body.tolist()[0] == 9
    same, _, _ = decode_all(chunks[:1])
    assert same.tolist() == [1, 5, 1023]
