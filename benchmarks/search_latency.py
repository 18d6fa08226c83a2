"""Search latency on a generated archive: p50, p95 and p99 of ``Archive.search``.

The archive is SYNTHETIC: ``--records`` documents (default 100,000) written straight into a
temporary store with the real schema (documents, one page each, fields, FTS index). With
``--text samples`` (the default) each record's text is lines drawn at random from the 8
samples' ground-truth pages, so every record shares one small vocabulary and a two-word
query matches 20-77% of the archive; with ``--text corpus`` it is a stretch of 15-45 lines
of one of the 331 documents of the team's administrative-style corpus (40 types, many
topics). Either way words from the same vocabulary are mixed in, and type, issuing and
parent body, number and date vary at random.
It measures the search path an analyst uses (a reused ``Archive``, as ``vanban serve`` and
notebooks keep one open): words ranked by bm25 through the store's search index, phrases by
FTS5, filters, top 20, with snippets. A second table
measures what a user of the page waits for: ``vanban serve`` shows the top 50 and the facets
(counts by type, issuing body and year of every match), so it times ``search(limit=50)`` plus
``facets``. "median matches" is how many documents a query matches (the sum of its type
facet: every synthetic record has one of 8 types).

Query kinds (``--queries`` of each, drawn from the generated text with a fixed seed):
words without marks, words with marks, a quoted phrase, words with a type + date filter,
words with a fuzzy agency filter, filters only (agency + year), a number (``--so``).

    python benchmarks/search_latency.py [--records 100000] [--queries 100] [--keep DB]
        [--text corpus|samples]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.archive import Archive, SearchFilters  # noqa: E402
from pipeline.records import FIELD_DEFAULTS  # noqa: E402
from pipeline.store import Store, fts_text  # noqa: E402
from pipeline.vietnamese import fold  # noqa: E402

TYPES = [
    ("Kế hoạch", "KH"),
    ("Công văn", ""),
    ("Quyết định", "QĐ"),
    ("Báo cáo", "BC"),
    ("Thông báo", "TB"),
    ("Tờ trình", "TTr"),
    ("Biên bản", "BB"),
    ("Hướng dẫn", "HD"),
]
BODIES = [
    ("SỞ Y TẾ", "SYT"),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SGDĐT"),
    ("SỞ NỘI VỤ", "SNV"),
    ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "STNMT"),
    ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "STTTT"),
    ("SỞ TÀI CHÍNH", "STC"),
    ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "SKHĐT"),
    ("SỞ XÂY DỰNG", "SXD"),
    ("SỞ GIAO THÔNG VẬN TẢI", "SGTVT"),
    ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "SLĐTBXH"),
    ("ỦY BAN NHÂN DÂN", "UBND"),
    ("BỆNH VIỆN ĐA KHOA", "BVĐK"),
]
PROVINCES = [
    "ĐÀ NẴNG", "GIA LAI", "NGHỆ AN", "LÂM ĐỒNG", "BẮC GIANG", "QUẢNG NAM", "HÀ TĨNH",
    "THANH HÓA", "ĐỒNG NAI", "CẦN THƠ", "HẢI PHÒNG", "THÁI BÌNH", "KHÁNH HÒA", "BÌNH ĐỊNH",
    "AN GIANG", "LÀO CAI", "SƠN LA", "PHÚ THỌ", "BẮC NINH", "HUẾ",
]  # fmt: skip


def corpus(source: str = "corpus") -> tuple[list[list[str]], list[str]]:
    """Source documents (each its lines) and the words of all of them.

    ``corpus``: the 331 documents of the team's administrative-style corpus
    (``dictionaries/corpus/admin``, 40 types and many topics); ``samples``: the lines of the
    8 samples' ground truth as one pool (every record then shares one small vocabulary)."""
    documents: list[list[str]] = []
    if source == "samples":
        lines: list[str] = []
        for path in sorted((ROOT / "samples").glob("*.json")):
            truth = json.loads(path.read_text(encoding="utf-8"))
            for page in truth["pages"]:
                lines += [line.strip() for line in page.splitlines() if len(line.split()) >= 4]
        documents.append(lines)
    else:
        for path in sorted((ROOT / "dictionaries" / "corpus" / "admin").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            documents.append([line.strip() for line in text.splitlines() if line.strip()])
    words = sorted({w.strip('.,;:()"') for d in documents for ln in d for w in ln.split()} - {""})
    return documents, words


def generate(db: Path, records: int, rng: random.Random, source: str = "corpus") -> None:
    documents, words = corpus(source)
    fields_template = {k: json.dumps(v, ensure_ascii=False) for k, v in FIELD_DEFAULTS.items()}
    with Store(db) as store:
        con = store.db
        con.execute("PRAGMA synchronous=OFF")
        batch = 2000
        for start in range(0, records, batch):
            docs, pages, fields, fts = [], [], [], []
            for i in range(start, min(start + batch, records)):
                doc_id = f"{i:064x}"
                loai, abbr = rng.choice(TYPES)
                body, body_abbr = rng.choice(BODIES)
                parent = "UBND " + ("THÀNH PHỐ " if rng.random() < 0.3 else "TỈNH ")
                parent += rng.choice(PROVINCES)
                so = str(rng.randint(1, 3000))
                ky_hieu = f"{abbr}-{body_abbr}" if abbr else body_abbr
                day = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                lines = rng.choice(documents)
                if len(documents) == 1:  # one pool of lines: a random draw from it
                    body_lines = rng.sample(lines, rng.randint(15, 45))
                else:  # a stretch of one source document, so a record keeps to a topic
                    size = min(len(lines), rng.randint(15, 45))
                    first = rng.randrange(len(lines) - size + 1)
                    body_lines = lines[first : first + size]
                for _ in range(rng.randint(3, 10)):
                    k = rng.randrange(len(body_lines))
                    body_lines[k] += " " + " ".join(rng.choices(words, k=rng.randint(2, 6)))
                trich_yeu = " ".join(rng.choices(words, k=rng.randint(6, 14))).capitalize()
                text = "\n".join(
                    [parent, body, f"Số: {so}/{ky_hieu}", loai.upper(), trich_yeu, *body_lines]
                )
                values = {
                    "co_quan_chu_quan": parent,
                    "co_quan_ban_hanh": body,
                    "so": so,
                    "ky_hieu": ky_hieu,
                    "so_ky_hieu": f"{so}/{ky_hieu}",
                    "loai_van_ban": loai,
                    "trich_yeu": trich_yeu,
                    "ngay_ban_hanh": day,
                }
                record = json.dumps({"id": doc_id, "synthetic": True}, ensure_ascii=False)
                docs.append(
                    (doc_id, f"/synthetic/{doc_id[-8:]}.pdf", "pdf", len(text), 1, "complete",
                     loai, f"{so}/{ky_hieu}", day, body, trich_yeu, 0.9, record, "2026-01-01")
                )  # fmt: skip
                pages.append((doc_id, 1, text, text, 0.9, 0.0, 0, "[]"))
                for name, empty in fields_template.items():
                    value = (
                        json.dumps(values[name], ensure_ascii=False) if name in values else empty
                    )
                    fields.append((doc_id, name, value, 0.9, None))
                fts.append((doc_id, fts_text(trich_yeu), fts_text(text), doc_id))
            with con:
                con.executemany(
                    "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL)", docs
                )
                con.executemany("INSERT INTO pages VALUES (?,?,?,?,?,?,?,?)", pages)
                con.executemany("INSERT INTO fields VALUES (?,?,?,?,?)", fields)
                con.executemany(  # FTS rowids are those of documents, as Store.save makes them
                    "INSERT INTO documents_fts (rowid, document_id, trich_yeu, text) "
                    "SELECT rowid, ?, ?, ? FROM documents WHERE id = ?",
                    fts,
                )
        with con:
            con.execute("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")
        with con:  # Store.save keeps it document by document; here it is built at the end
            store.search_index.rebuild()
        con.execute("ANALYZE")


def queries(db: Path, per_kind: int, rng: random.Random) -> list[tuple[str, str, SearchFilters]]:
    """(kind, query, filters) drawn from stored text, so every query has a chance to match."""
    with Store(db) as store:
        total = store.count("documents")
        texts = [
            r[0]
            for r in store.db.execute(
                "SELECT text FROM pages WHERE rowid IN ({})".format(
                    ",".join(str(rng.randint(1, total)) for _ in range(per_kind * 8))
                )
            )
        ]
    out: list[tuple[str, str, SearchFilters]] = []

    def words(n: int) -> list[str]:
        line = rng.choice([x for x in rng.choice(texts).splitlines() if len(x.split()) > n])
        tokens = [w.strip('.,;:()"') for w in line.split()]
        k = rng.randrange(len(tokens) - n + 1)
        return [t for t in tokens[k : k + n] if t]

    for _ in range(per_kind):
        out.append(("words, no marks", fold(" ".join(words(rng.randint(2, 4)))).lower(), None))
        out.append(("words, with marks", " ".join(words(rng.randint(2, 4))), None))
        out.append(("phrase", '"' + " ".join(words(3)) + '"', None))
        loai = rng.choice(TYPES)[0]
        year = rng.randint(2016, 2024)
        out.append(
            (
                "words + type + dates",
                fold(" ".join(words(2))).lower(),
                SearchFilters(loai_van_ban=fold(loai).lower(), date_from=str(year),
                              date_to=str(year + 1)),
            )
        )  # fmt: skip
        agency = fold(rng.choice(BODIES)[0]).lower()
        out.append(
            ("words + agency", fold(" ".join(words(2))).lower(), SearchFilters(co_quan=agency))
        )
        out.append(
            ("filters only", "", SearchFilters(co_quan=agency, year=rng.randint(2015, 2025)))
        )
        out.append(("number (--so)", "", SearchFilters(so_ky_hieu=str(rng.randint(1, 3000)))))
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=100, help="queries of each kind")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", metavar="DB", help="keep (or reuse) the generated store here")
    parser.add_argument(
        "--text",
        choices=["samples", "corpus"],
        default="samples",
        help="where the records' text comes from (see corpus())",
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="vanban-bench-") as tmp:
        db = Path(args.keep) if args.keep else Path(tmp) / "synthetic.db"
        if not db.exists():
            started = time.perf_counter()
            generate(db, args.records, rng, args.text)
            print(
                f"generated {args.records:,} synthetic records in "
                f"{time.perf_counter() - started:.0f} s ({db.stat().st_size / 1e6:.0f} MB)",
                file=sys.stderr,
            )
        todo = queries(db, args.queries, rng)
        timings: dict[str, list[float]] = {}
        page: dict[str, list[float]] = {}
        hits: dict[str, list[int]] = {}
        matches: dict[str, list[int]] = {}
        with Archive(db) as archive:
            for _kind, query, filters in todo[:20]:  # warm the page cache
                archive.search(query, filters)
            for kind, query, filters in todo:
                started = time.perf_counter()
                found = archive.search(query, filters, limit=20)
                timings.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
                hits.setdefault(kind, []).append(len(found))
            for kind, query, filters in todo:
                started = time.perf_counter()
                archive.search(query, filters, limit=50)
                facets = archive.facets(query, filters)
                page.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
                matches.setdefault(kind, []).append(sum(n for _, n in facets["loai_van_ban"]))
        for table in (timings, page, hits, matches):
            table["all"] = [x for kind in list(table) for x in table[kind]]
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        tables = (("top 20 with snippets", timings), ("the page: top 50 + facets", page))
        for title, values_of in tables:
            print(
                f"\nsearch latency, {args.records:,} synthetic records ({args.text} text), "
                f"{title}; {os.cpu_count()} cores, load average {load} (1, 5, 15 min) at the end\n"
            )
            print(
                "| query kind | queries | with hits | median matches | p50 ms | p95 ms | p99 ms |"
            )
            print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
            for kind, values in values_of.items():
                with_hits = sum(1 for h in hits[kind] if h)
                print(
                    f"| {kind} | {len(values)} | {with_hits} | "
                    f"{statistics.median(matches[kind]):,.0f} | {statistics.median(values):.1f} | "
                    f"{percentile(values, 95):.1f} | {percentile(values, 99):.1f} |"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
