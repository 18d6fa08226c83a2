"""Repair benchmark: (a) marks removed, (b) synthetic legacy OCR (Tesseract eng), (c) correct
text unchanged, (d) speed, load time and memory. Prints a markdown table.

    .venv/bin/python benchmarks/repair.py              # held-out test sets (never tuned on)
    .venv/bin/python benchmarks/repair.py --split dev  # the dev split, for tuning
    .venv/bin/python benchmarks/repair.py --no-ocr     # skip (b)

Test sets: the TEST split of the team's administrative corpus (by a hash of the file name,
``pipeline.langmodel.split_of``), the real seed 000 (a hospital's report, markdown removed),
and the ground truth of samples/*.json (another author). None of them is trained on.
Syllable accuracy counts words that are Vietnamese syllables in the truth; (a) and (c)
compare word for word and with case, (b) aligns the words (case-insensitive) because OCR
splits and merges them. Speed is CPU time (``time.process_time``) in one process.
"""

from __future__ import annotations

import argparse
import difflib
import inspect
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "dictionaries"))

from pipeline.evaluate import syllable_counts  # noqa: E402
from pipeline.langmodel import split_of  # noqa: E402
from pipeline.repair import normalise_text, repair_text  # noqa: E402
from pipeline.syllables import is_syllable, strip_marks  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
ADMIN = ROOT / "dictionaries" / "corpus" / "admin"
_WORD = re.compile(r"[^\W\d_]+")


def remove_marks(text: str) -> str:
    """The text as if typed without any Vietnamese mark, case kept."""
    return "".join((s.upper() if c.isupper() else s) if (s := strip_marks(c)) else c for c in text)


def test_sets(split: str) -> dict[str, list[str]]:
    """Held-out sets, each a list of documents."""
    sets = {
        f"admin-{split}": [
            p.read_text(encoding="utf-8")
            for p in sorted(ADMIN.glob("*.txt"))
            if split_of(p.name) == split
        ]
    }
    if split == "test":
        seed = sorted(SEEDS.glob("000_*.txt"))
        if seed:
            text = seed[0].read_text(encoding="utf-8")
            sets["seed000"] = [text.replace("**", "").replace("*", "")]
        sets["samples"] = [
            "\n".join(json.loads(p.read_text(encoding="utf-8"))["pages"])
            for p in sorted((ROOT / "samples").glob("*.json"))
        ]
    return {k: v for k, v in sets.items() if v}


def aligned_accuracy(truth: str, out: str) -> tuple[int, int]:
    """(matched, total) over truth syllables after aligning the word sequences."""
    t_words = [w.lower() for w in _WORD.findall(truth)]
    o_words = [w.lower() for w in _WORD.findall(out)]
    matcher = difflib.SequenceMatcher(None, t_words, o_words, autojunk=False)
    good = 0
    for block in matcher.get_matching_blocks():
        good += sum(is_syllable(w) for w in t_words[block.a : block.a + block.size])
    return good, sum(is_syllable(w) for w in t_words)


def pct(good: int, total: int) -> str:
    return f"{100 * good / total:.2f}%" if total else "—"


def peak_memory_mb() -> float:
    """Peak resident memory of this process in MB. ``VmHWM`` where Linux has it: a child's
    ``ru_maxrss`` starts from its parent's peak at the fork, which made (d) report the
    benchmark process's memory rather than the repairing process's."""
    import resource

    try:
        status = Path("/proc/self/status").read_text()
        return int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]
    except (OSError, AttributeError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_and_memory() -> tuple[float, float]:
    """Model load CPU time and peak memory of a fresh process that loads and repairs."""
    code = (
        "import re, time\n"
        "from pathlib import Path\n"
        + inspect.getsource(peak_memory_mb)
        + "t = time.process_time()\n"
        "from pipeline.decoder import get_decoder\n"
        "get_decoder()\n"
        "load = time.process_time() - t\n"
        "from pipeline.repair import repair_text\n"
        "repair_text('Ke hoach cai cach hanh chinh nam 2025 cua So Y te')\n"
        "print(load, peak_memory_mb())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    load, mem = out.stdout.split()
    return float(load), float(mem)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["test", "dev"], default="test")
    parser.add_argument("--no-ocr", action="store_true", help="skip (b), which runs Tesseract")
    args = parser.parse_args()
    sets = test_sets(args.split)
    repair_text("khởi động")  # load the model outside the timings
    rows = []
    totals = {k: [0, 0] for k in ("a", "b_raw", "b", "c")}
    cpu = 0.0
    syllables = 0
    for name, docs in sets.items():
        counts = {k: [0, 0] for k in totals}
        for truth in docs:
            truth = normalise_text(truth)[0]
            start = time.process_time()
            restored, _ = repair_text(remove_marks(truth))
            cpu += time.process_time() - start
            results = {
                "a": syllable_counts(truth, restored),
                "c": syllable_counts(truth, repair_text(truth)[0]),
            }
            if not args.no_ocr:
                from synthetic_ocr import ocr_lines, wrap_lines

                lines = wrap_lines(truth)
                read = ocr_lines(lines, "eng")
                results["b_raw"] = aligned_accuracy("\n".join(lines), read)
                results["b"] = aligned_accuracy("\n".join(lines), repair_text(read)[0])
            for key, (good, total) in results.items():
                for bucket in (counts[key], totals[key]):
                    bucket[0] += good
                    bucket[1] += total
        syllables += counts["a"][1]
        rows.append(
            [
                name,
                str(counts["a"][1]),
                pct(*counts["a"]),
                pct(*counts["b_raw"]),
                pct(*counts["b"]),
                pct(*counts["c"]),
            ]
        )
    rows.append(
        [
            "**all**",
            str(totals["a"][1]),
            pct(*totals["a"]),
            pct(*totals["b_raw"]),
            pct(*totals["b"]),
            pct(*totals["c"]),
        ]
    )
    load, memory = load_and_memory()
    print(f"Repair benchmark, {args.split} sets (python benchmarks/repair.py --split {args.split})")
    print()
    print(
        "| set | syllables | (a) marks removed → restored | (b) OCR eng raw | "
        "(b) OCR eng repaired | (c) correct text unchanged |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()
    print(
        f"(d) speed: {syllables / cpu:,.0f} syllables/s (CPU time, one process, on (a)); "
        f"model load {load:.2f} s CPU; peak memory {memory:.0f} MB "
        f"(this benchmark process, after repairing every set: {peak_memory_mb():.0f} MB)"
    )


if __name__ == "__main__":
    main()
