"""The command line, run in-process: help for every command, repair, digitise, search."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import build_parser, main

KH_TEXT = (
    "UBND TỈNH GIA LAI\nSỞ Y TẾ\nSố: 14/KH-SYT\nGia Lai, ngày 04 tháng 8 năm 2025\n"
    "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2025\n"
    "Đẩy mạnh chuyển đổi số trong ngành y tế.\n"
)


def commands() -> list[str]:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return sorted(set(sub.choices))  # type: ignore[union-attr]


@pytest.mark.parametrize("command", commands())
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: vanban ") and len(out.splitlines()) > 4


def test_contract_commands_exist() -> None:
    assert {"digitise", "repair", "search"} <= set(commands())


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["digitise"])
    assert exit_info.value.code == 2
    assert main(["digitise", "x.pdf", "--jobs", "0"]) == 2


def test_repair_keeps_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Cộng hoà\n\nsức khoẻ\n"))
    assert main(["repair", "-"]) == 0
    assert capsys.readouterr().out == "Cộng hòa\n\nsức khỏe\n"


def test_digitise_search_list_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "kh.txt"
    source.write_text(KH_TEXT, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert main(["digitise", str(source), "--db", db, "--json-dir", str(tmp_path / "j")]) == 0
    out = capsys.readouterr().out
    assert "14/KH-SYT" in out and "2025-08-04" in out and "SỞ Y TẾ" in out

    assert main(["search", "chuyen doi so", "--db", db, "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 1 and "[chuyển] [đổi] [số]" in hits[0]["snippet"]

    assert main(["search", "khong ton tai", "--db", db]) == 0
    assert "no matches" in capsys.readouterr().out

    assert main(["list", "--db", db]) == 0
    assert "kh.txt" in capsys.readouterr().out

    assert main(["show", "kh.txt", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["fields"]["so"] == "14"


def test_search_without_store_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["search", "x", "--db", str(tmp_path / "none.db")]) == 2


def test_python_dash_m_runs_the_same_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("vanban ")
