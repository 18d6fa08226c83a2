"""Finding inputs, telling their kind from their content, reading text files."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import InputError, discover, identify, read_text_file


def test_discover_walks_folders_and_skips_other_files(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    for name in ("a/1.pdf", "a/2.PNG", "b.txt", "notes.json", "README.md", ".hidden.pdf"):
        (tmp_path / name).write_bytes(b"x")
    found = discover([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found.files] == [
        "a/1.pdf",
        "a/2.PNG",
        "b.txt",
    ]
    assert found.errors == ()


def test_discover_reports_missing_and_unsupported(tmp_path: Path) -> None:
    (tmp_path / "x.docx").write_bytes(b"x")
    found = discover([tmp_path / "nope.pdf", tmp_path / "x.docx"])
    assert found.files == ()
    assert [e.message.split(";")[0] for e in found.errors] == [
        "no such file or folder",
        "unsupported file type '.docx'",
    ]


def test_discover_deduplicates_the_same_path(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    assert len(discover([tmp_path, tmp_path / "a.txt"]).files) == 1


def test_identify_hashes_content(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Số: 1/KH-SYT")
    b.write_text("Số: 1/KH-SYT")
    assert identify(a).sha256 == identify(b).sha256
    assert identify(a).kind == "text"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.pdf", b"", "empty file"),
        ("text.pdf", b"hello, not a pdf", "not a PDF file"),
        ("fake.png", b"GIF89a....", "not a PNG file"),
    ],
)
def test_identify_rejects_bad_files(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        identify(path)


def test_read_text_file_encodings(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes("\ufeffKế hoạch".encode())
    assert read_text_file(path) == "Kế hoạch"
    path.write_bytes("Kế hoạch".encode("utf-16"))
    assert read_text_file(path) == "Kế hoạch"
    path.write_bytes(b"K\xea ho\xe1ch")  # Latin-1/Windows-1258 bytes, not UTF-8
    with pytest.raises(InputError, match="not UTF-8"):
        read_text_file(path)
