"""The analysts' API: filtered search, DataFrames with real dtypes, exports and the CLI."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.archive import (
    REFERENCE_COLUMNS,
    TASK_COLUMNS,
    Archive,
    SearchFilters,
    export,
    parse_date_bound,
)
from pipeline.cli import main
from pipeline.extract import extract
from pipeline.records import Document, Page, SourceInfo
from pipeline.repair import repair_page
from pipeline.store import Store

KH_SGDDT = """UBND THÀNH PHỐ ĐÀ NẴNG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 1906/KH-SGDĐT
Đà Nẵng, ngày 26 tháng 7 năm 2020
KẾ HOẠCH
Triển khai công tác cải cách hành chính năm 2020
Thực hiện Quyết định số 45/QĐ-SYT ngày 02/3/2021 của Sở Y tế về chuyển đổi số."""

KH_SYT = """UBND TỈNH GIA LAI
SỞ Y TẾ
Số: 19/KH-SYT
Gia Lai, ngày 3 tháng 3 năm 2023
KẾ HOẠCH
Triển khai bệnh án điện tử tại các bệnh viện
Các bệnh viện triển khai bệnh án điện tử và cải cách hành chính trong khám chữa bệnh."""

QD_SYT = """UBND TỈNH GIA LAI
SỞ Y TẾ
Số: 45/QĐ-SYT
Gia Lai, ngày 02 tháng 3 năm 2021
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác chuyển đổi số
Điều 1. Thành lập Tổ công tác chuyển đổi số của ngành y tế tỉnh."""

TASK_TABLE = {
    "page": 1,
    "header": ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
    "columns": ["stt", "nhiem_vu", "don_vi_chu_tri", "thoi_gian"],
    "rows": [
        {"stt": "1", "nhiem_vu": "Lập đề án", "don_vi_chu_tri": "Phòng KHTC", "thoi_gian": "Quý I"},
        {"stt": "2", "nhiem_vu": "Tập huấn", "don_vi_chu_tri": "Bệnh viện", "thoi_gian": "2023"},
    ],
}


def make_document(doc_id: str, text: str, tables: tuple = ()) -> Document:
    page = repair_page(Page(number=1, text_raw=text, ocr_confidence=0.9))
    doc = extract(
        Document(id=doc_id, source=SourceInfo(f"{doc_id}.pdf", doc_id, "pdf", 1, 10), pages=(page,))
    )
    return dataclasses.replace(doc, tables=tables)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "archive.db"
    with Store(path) as store:
        store.save(make_document("kh_sgddt", KH_SGDDT))
        store.save(make_document("kh_syt", KH_SYT, (TASK_TABLE,)))
        store.save(make_document("qd_syt", QD_SYT))
    return path


def ids(hits: list) -> list[str]:
    return sorted(h.document_id for h in hits)


def test_search_with_and_without_marks_and_phrases(db: Path) -> None:
    with Archive(db) as archive:
        assert ids(archive.search("ke hoach cai cach hanh chinh")) == ["kh_sgddt", "kh_syt"]
        assert ids(archive.search("Kế hoạch cải cách hành chính")) == ["kh_sgddt", "kh_syt"]
        assert ids(archive.search('"benh an dien tu"')) == ["kh_syt"]
        assert ids(archive.search('"dien tu benh an"')) == []
        hit = archive.search("benh an dien tu")[0]
        assert "[bệnh] [án] [điện] [tử]" in hit.snippet


def test_filters(db: Path) -> None:
    with Archive(db) as archive:
        assert ids(archive.search("", SearchFilters(co_quan="so y te"))) == ["kh_syt", "qd_syt"]
        assert ids(archive.search("", SearchFilters(co_quan="sở y tê"))) == ["kh_syt", "qd_syt"]
        assert ids(archive.search("", SearchFilters(co_quan="ubnd tinh gia lai"))) == [
            "kh_syt",
            "qd_syt",
        ]
        assert ids(archive.search("", SearchFilters(co_quan="bo tai chinh"))) == []
        assert ids(archive.search("chuyen doi so", SearchFilters(loai_van_ban="quyet dinh"))) == [
            "qd_syt"
        ]
        assert ids(archive.search("", SearchFilters(date_from="2021", date_to="2021-03"))) == [
            "qd_syt"
        ]
        assert ids(archive.search("", SearchFilters(date_to="26/07/2020"))) == ["kh_sgddt"]
        assert ids(archive.search("", SearchFilters(so_ky_hieu="19"))) == ["kh_syt"]
        assert ids(archive.search("", SearchFilters(so_ky_hieu="KH-SGDĐT"))) == ["kh_sgddt"]
        assert ids(archive.search("", SearchFilters(so_ky_hieu="1906/kh-sgddt"))) == ["kh_sgddt"]
        newest = archive.search("", SearchFilters(co_quan="so y te"))
        assert [h.document_id for h in newest] == ["kh_syt", "qd_syt"]
        facets = archive.facets("trien khai")
        assert facets["loai_van_ban"] == [("Kế hoạch", 2)]
        assert dict(facets["year"]) == {"2020": 1, "2023": 1}


def test_summary_counts_every_match_in_one_pass(db: Path) -> None:
    """The total and the facets of a search agree with the full result, filters included,
    and the facets are those of the three separate GROUP BY queries they replace."""
    with Archive(db) as archive:
        for query, filters in [
            ("", None),
            ("trien khai", None),
            ("cai cach", SearchFilters(date_from="2021")),
            ("", SearchFilters(co_quan="so y te")),
            ('"benh an dien tu"', None),
            ("khong co tu nay", None),
        ]:
            summary = archive.summary(query, filters)
            assert summary.total == len(archive.search(query, filters, limit=None))
            assert summary.facets == archive.facets(query, filters)
            assert summary.total == sum(n for _, n in summary.facets["loai_van_ban"])
        by_agency = archive.summary("", SearchFilters(co_quan="so y te")).facets
        assert by_agency["co_quan_ban_hanh"] == [("SỞ Y TẾ", 2)]
        assert by_agency["year"] == [("2021", 1), ("2023", 1)]  # ties by value
        assert archive.summary("khong co tu nay").facets == {
            "loai_van_ban": [],
            "co_quan_ban_hanh": [],
            "year": [],
        }


def test_parse_date_bound() -> None:
    assert parse_date_bound("2024-02", end=True) == "2024-02-29"
    assert parse_date_bound("2020") == "2020-01-01"
    assert parse_date_bound("5/7/2020") == "2020-07-05"
    with pytest.raises(ValueError, match="not a date"):
        SearchFilters(date_from="hôm qua")


def test_dataframes_have_real_dtypes(db: Path) -> None:
    import pipeline

    assert pipeline.Archive is Archive and pipeline.SearchFilters is SearchFilters
    with Archive(db) as archive:
        docs = archive.documents()
        assert len(docs) == 3
        assert pd.api.types.is_datetime64_any_dtype(docs["ngay_ban_hanh"])
        row = docs.set_index("id").loc["kh_syt"]
        assert row["ngay_ban_hanh"] == pd.Timestamp("2023-03-03")
        assert row["co_quan_chu_quan"] == "UBND TỈNH GIA LAI"
        assert list(archive.documents("benh an dien tu")["id"]) == ["kh_syt"]
        tasks = archive.tasks()
        assert list(tasks.columns) == TASK_COLUMNS
        assert list(tasks["nhiem_vu"]) == ["Lập đề án", "Tập huấn"]
        assert archive.tasks(filters=SearchFilters(loai_van_ban="quyet dinh")).empty
        assert len(archive.tasks(document_id="kh_syt")) == 2
        assert archive.tasks(document_id="qd_syt").empty
        refs = archive.references()
        assert list(refs.columns) == REFERENCE_COLUMNS
        assert pd.api.types.is_datetime64_any_dtype(refs["ngay"])


def test_tasks_and_cited_documents_come_from_the_store_tables(db: Path) -> None:
    with Archive(db) as archive:
        tasks = archive.tasks()
        assert list(tasks["nhiem_vu"]) == ["Lập đề án", "Tập huấn"]
        assert list(tasks["don_vi_chu_tri"]) == ["Phòng KHTC", "Bệnh viện"]
        assert tasks["han_bat_dau"][1] == pd.Timestamp("2023-01-01")
        assert tasks["han_ket_thuc"][1] == pd.Timestamp("2023-12-31")
        assert pd.isna(tasks["han_bat_dau"][0])  # "Quý I" without a year: no dates
        refs = archive.references()
        assert list(refs["so_ky_hieu"]) == ["45/QĐ-SYT"]
        assert refs.loc[0, "ngay"] == pd.Timestamp("2021-03-02")
        assert refs.loc[0, "cited_id"] == "qd_syt"  # linked to the record the archive holds
        assert list(archive.tasks(document_id="kh_syt")["stt"]) == ["1", "2"]
        assert archive.references(document_id="qd_syt").empty


def test_empty_frames_when_nothing_is_there(tmp_path: Path) -> None:
    with Store(tmp_path / "e.db"):
        pass
    with Archive(tmp_path / "e.db") as archive:
        assert archive.tasks().empty and list(archive.tasks().columns) == TASK_COLUMNS
        assert archive.references().empty
        assert archive.documents().empty


def test_exports(db: Path, tmp_path: Path) -> None:
    with Archive(db) as archive:
        csv = export(archive, tmp_path / "d.csv", "csv")
        assert csv.read_bytes().startswith(b"\xef\xbb\xbf")
        back = pd.read_csv(csv, encoding="utf-8-sig")
        assert "SỞ Y TẾ" in set(back["co_quan_ban_hanh"])
        assert "2023-03-03" in set(back["ngay_ban_hanh"])

        xlsx = export(archive, tmp_path / "d.xlsx", "xlsx")
        sheets = pd.read_excel(xlsx, sheet_name=None)
        assert list(sheets) == ["documents", "tasks", "van_ban_lien_quan"]
        assert len(sheets["documents"]) == 3 and len(sheets["tasks"]) == 2

        parquet = export(archive, tmp_path / "t.parquet", "parquet", table="tasks")
        assert list(pd.read_parquet(parquet)["stt"]) == ["1", "2"]

        js = export(archive, tmp_path / "d.json", "json", filters=SearchFilters(so_ky_hieu="19"))
        rows = json.loads(js.read_text(encoding="utf-8"))
        assert [r["so_ky_hieu"] for r in rows] == ["19/KH-SYT"]
        assert rows[0]["ngay_ban_hanh"] == "2023-03-03"

        nd30 = export(archive, tmp_path / "nd30.csv", "nd30")
        meta = pd.read_csv(nd30, encoding="utf-8-sig", dtype=str)
        row = meta[meta["Số và ký hiệu văn bản"] == "45/QĐ-SYT"].iloc[0]
        assert row["Ngày, tháng, năm văn bản"] == "02/03/2021"
        assert row["Tên loại văn bản"] == "Quyết định"
        assert row["Tên cơ quan, tổ chức ban hành văn bản"] == "SỞ Y TẾ"


def test_cli_search_and_export(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["search", "--db", str(db), "--agency", "so y te", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert sorted(h["document_id"] for h in found) == ["kh_syt", "qd_syt"]
    assert main(["search", "--db", str(db), "cai", "cach", "--from", "2021"]) == 0
    out = capsys.readouterr().out
    assert "19/KH-SYT" in out and "1906/KH-SGDĐT" not in out
    assert main(["search", "--db", str(db)]) == 2
    assert main(["search", "--db", str(db), "x", "--from", "bad"]) == 2
    assert "not a date" in capsys.readouterr().err
    target = tmp_path / "x.xlsx"
    assert main(["export", "--db", str(db), "-f", "xlsx", "-o", str(target)]) == 0
    assert target.exists()


def test_web_page_in_process(db: Path) -> None:
    from fastapi.testclient import TestClient

    from pipeline.web import create_app

    client = TestClient(create_app(db))
    page = client.get("/", params={"q": "benh an dien tu"})
    assert page.status_code == 200
    assert "<mark>bệnh</mark>" in page.text and "19/KH-SYT" in page.text
    assert "1906/KH-SGDĐT" not in page.text
    facets = client.get("/", params={"agency": "so y te"}).text
    assert "45/QĐ-SYT" in facets and "Quyết định</a> (1)" in facets
    # the count is of every match, not of the hits shown
    assert ">2 kết quả\n" in facets
    assert ">3 kết quả (hiện 1 đầu tiên)" in client.get("/", params={"limit": "1"}).text
    csv = client.get("/export.csv", params={"q": "ke hoach"})
    assert csv.content.startswith(b"\xef\xbb\xbf") and "19/KH-SYT" in csv.text
    doc = client.get("/document/kh_syt").text
    assert "Lập đề án" in doc and "Tệp nguồn không còn" in doc  # kh_syt.pdf does not exist
    assert client.get("/document/nope").status_code == 404
    assert client.get("/", params={"from": "hôm qua"}).status_code == 400


def test_type_and_date_filters_read_an_index_only_also_in_an_older_store(db: Path) -> None:
    """A store made before the covering index gets it when opened, with nothing lost, and
    the type and date filters are answered from it without reading document rows."""
    with Store(db) as store, store.db:
        store.db.execute("DROP INDEX documents_loai_ngay")
    with Archive(db) as archive:
        assert archive.store.count("documents") == 3
        where, params = archive._where(
            SearchFilters(loai_van_ban="ke hoach", date_from="2020", date_to="2023")
        )
        plan = " ".join(
            row[3]
            for row in archive.db.execute(
                f"EXPLAIN QUERY PLAN SELECT d.rowid FROM documents d WHERE {where}", params
            )
        )
        assert "COVERING INDEX documents_loai_ngay" in plan
        found = archive.search("", SearchFilters(loai_van_ban="ke hoach", date_from="2021"))
        assert ids(found) == ["kh_syt"]


def test_older_store_gets_aligned_fts_rowids_and_superseded_are_hidden(db: Path) -> None:
    # make it look like a store written before FTS rowids were aligned
    with Store(db) as store, store.db:
        rows = store.db.execute("SELECT document_id, trich_yeu, text FROM documents_fts")
        rows = rows.fetchall()
        store.db.execute("DELETE FROM documents_fts")
        store.db.executemany(
            "INSERT INTO documents_fts (rowid, document_id, trich_yeu, text) VALUES (?, ?, ?, ?)",
            [(1000 + i, *tuple(r)) for i, r in enumerate(rows)],
        )
        store.db.execute("DELETE FROM meta WHERE key = 'fts_rowids'")
    with Store(db) as store:
        misaligned = store.db.execute(
            "SELECT count(*) FROM documents_fts f JOIN documents d ON d.rowid = f.rowid "
            "WHERE d.id != f.document_id"
        ).fetchone()[0]
        assert misaligned == 0 and store.count("documents_fts") == 3
        newer = make_document("kh_syt_v2", KH_SYT.replace("bệnh viện", "trạm y tế"))
        newer = dataclasses.replace(
            newer, source=dataclasses.replace(newer.source, path="kh_syt.pdf")
        )
        assert store.save(newer) == "kh_syt"
    with Archive(db) as archive:
        assert ids(archive.search("benh an dien tu")) == ["kh_syt_v2"]
        assert "kh_syt" not in set(archive.documents()["id"])
        assert ids(archive.search("", SearchFilters(so_ky_hieu="19"))) == ["kh_syt_v2"]
