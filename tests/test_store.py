"""The SQLite store: one row set per document, accent-insensitive search, atomic JSON."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.extract import extract
from pipeline.records import Document, ErrorItem, Page, SourceInfo
from pipeline.repair import repair_page
from pipeline.store import Store, fts_query, write_json

TEXT = """UBND THÀNH PHỐ ĐÀ NẴNG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 1906/KH-SGDĐT
Đà Nẵng, ngày 26 tháng 7 năm 2020
KẾ HOẠCH
Triển khai công tác cải cách hành chính năm 2020
Thực hiện chuyển đổi số trong các cơ sở giáo dục đào tạo trên địa bàn thành phố."""


def make_document(doc_id: str = "d1", text: str = TEXT) -> Document:
    pages = (
        repair_page(Page(number=1, text_raw=text, ocr_confidence=0.9)),
        repair_page(Page(number=2, text_raw="Trang hai.", ocr_confidence=0.8)),
    )
    return extract(
        Document(id=doc_id, source=SourceInfo(f"{doc_id}.pdf", doc_id, "pdf", 2, 10), pages=pages)
    )


def test_save_twice_does_not_duplicate(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.save(make_document())
        store.save(make_document())
        assert [store.count(t) for t in ("documents", "pages", "documents_fts")] == [1, 2, 1]
        assert store.count("fields") == 18
        assert store.status_of("d1") == "complete"
        record = store.document("d1")
        assert record["fields"]["so_ky_hieu"] == "1906/KH-SGDĐT"
        assert record["fields"]["ngay_ban_hanh"] == "2020-07-26"


def test_search_without_diacritics_and_with_d(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.save(make_document())
        store.save(make_document("d2", "Biên bản họp giao ban tháng 5."))
        for query in (
            "ke hoach cai cach hanh chinh",
            "Kế hoạch cải cách",
            "da nang",
            "chuyen doi so",
            "DAO TAO",
        ):
            hits = store.search(query)
            assert [h.document_id for h in hits] == ["d1"], query
        hit = store.search("da nang")[0]
        assert "[ĐÀ] [NẴNG]" in hit.snippet or "[Đà] [Nẵng]" in hit.snippet
        assert hit.loai_van_ban == "Kế hoạch"
        assert store.search("bien ban")[0].document_id == "d2"
        assert store.search("khong co tu nay") == []


def test_fts_query_quotes_user_input() -> None:
    assert fts_query("19/KH-SYT đà") == '"19/KH-SYT" "dà"'
    assert fts_query('"cải cách hành chính"') == '"cải cách hành chính"'


def test_search_finds_codes(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.save(make_document())
        assert store.search("1906/KH-SGDĐT")[0].document_id == "d1"


def test_record_errors_and_partial_status(tmp_path: Path) -> None:
    doc = make_document()
    broken = Page(number=3, errors=(ErrorItem("ocr", "tesseract timed out", "d1.pdf", 3),))
    doc = Document(id=doc.id, source=doc.source, pages=(*doc.pages, broken), fields=doc.fields)
    with Store(tmp_path / "s.db") as store:
        store.save(doc)
        store.record_errors([ErrorItem("ingest", "empty file (0 bytes)", "e.pdf")])
        assert store.status_of("d1") == "partial"
        rows = store.db.execute("SELECT path, page, stage FROM errors ORDER BY path").fetchall()
        assert [tuple(r) for r in rows] == [("d1.pdf", 3, "ocr"), ("e.pdf", None, "ingest")]


def test_write_json_is_atomic_and_complete(tmp_path: Path) -> None:
    path = write_json(make_document(), tmp_path / "json")
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["id"] == "d1" and record["source"]["kind"] == "pdf"
    assert set(record) >= {"fields", "confidence", "tables", "pages", "text", "errors"}
    assert list((tmp_path / "json").iterdir()) == [path]


def test_snippet_never_cuts_a_word() -> None:
    from pipeline.store import snippet

    original = "Kế hoạch " + "cải cách hành chính " * 20
    marked = original.replace("cải", "\x02cải\x03")
    piece = snippet(marked, original, width=50)
    assert piece.count("[") == piece.count("]")
    words = piece.strip("…").split()
    assert set(words) <= {"Kế", "hoạch", "[cải]", "cách", "hành", "chính"}
