"""Measure the OCR confusion tables.

``dictionaries/ocr_confusions.tsv``: render Vietnamese text, read it with Tesseract ``eng``
(OCR without Vietnamese support) and ``vie``, align the output with the truth token by
token, and count which OCR form stood for which syllable.

``dictionaries/mark_confusions.tsv`` (``--marks``): render text at body size and "scan" it
(skew, noise, blur, JPEG), read it with ``vie``, and count, letter by letter in the syllables
read with the right letters, which marked letter was read for which (``ồ`` read ``ô``, ``i``
read ``ỉ``): the channel model of Tesseract's mark errors.

    .venv/bin/python dictionaries/build_confusions.py [--vlsp-lines 1500] [--vie-lines 2000]
    .venv/bin/python dictionaries/build_confusions.py --marks [--mark-lines 5000]

Text used: the TRAIN split of ``dictionaries/corpus/admin`` and, when underthesea is
installed, the first VLSP sentences. Only counts are written.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from build_lm import admin_lines, vlsp_lines  # noqa: E402
from synthetic_ocr import SCAN_LINES_PER_PAGE, ocr_lines, wrap_lines  # noqa: E402

from pipeline.repair import normalise_line  # noqa: E402
from pipeline.syllables import GLYPH_MAP, is_syllable, strip_marks, tokenise_line  # noqa: E402

OUT = HERE / "ocr_confusions.tsv"
MARKS_OUT = HERE / "mark_confusions.tsv"


def _words(line: str) -> list[str]:
    return [t.text.lower() for t in tokenise_line(line) if t.kind != "punct"]


def align_pairs(truth_lines: list[str], ocr_text: str) -> Counter[tuple[str, str]]:
    """(OCR form, true syllable) counts from line-aligned truth and OCR output."""
    pairs: Counter[tuple[str, str]] = Counter()
    ocr = [ln for ln in ocr_text.splitlines() if ln.strip()]
    matcher = difflib.SequenceMatcher(
        None, [strip_marks(t)[:12] for t in truth_lines], [strip_marks(o)[:12] for o in ocr]
    )
    line_pairs: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("equal", "replace") and i2 - i1 == j2 - j1:
            line_pairs.extend(zip(truth_lines[i1:i2], ocr[j1:j2], strict=True))
    for truth, read in line_pairs:
        t_words = _words(normalise_line(truth)[0])
        o_words = _words(read)
        sm = difflib.SequenceMatcher(
            None,
            [strip_marks(w) for w in t_words],
            [strip_marks(w.translate(GLYPH_MAP)) for w in o_words],
        )
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag in ("equal", "replace") and i2 - i1 == j2 - j1:
                for t, o in zip(t_words[i1:i2], o_words[j1:j2], strict=True):
                    if is_syllable(t):
                        pairs[(o, t)] += 1
    return pairs


def build(vlsp_count: int, vie_lines: int = 2000) -> None:
    admin = wrap_lines("\n".join(admin_lines("train")))
    vlsp = wrap_lines("\n".join(list(vlsp_lines())[:vlsp_count]))
    pairs: Counter[tuple[str, str]] = Counter()
    for lang, lines in (("eng", admin + vlsp), ("vie", admin[:vie_lines])):
        for start in range(0, len(lines), 400):
            chunk = lines[start : start + 400]
            pairs += align_pairs(chunk, ocr_lines(chunk, lang))
        print(f"{lang}: {len(lines)} lines, {sum(pairs.values())} aligned tokens so far")
    forms: dict[str, Counter[str]] = {}
    for (form, truth), n in pairs.items():
        forms.setdefault(form, Counter())[truth] += n
    rows = []
    for form, truths in sorted(forms.items()):
        confused = {
            t: n
            for t, n in truths.items()
            if strip_marks(form.translate(GLYPH_MAP)) != strip_marks(t)
        }
        if not confused or max(confused.values()) < 2:
            continue
        for truth, n in truths.most_common(5):
            if n >= 2:
                rows.append(f"{form}\t{truth}\t{n}")
    header = "# OCR form\ttrue syllable\tcount (measured by dictionaries/build_confusions.py)"
    OUT.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(rows)} rows")


def letter_pairs(pairs: Counter[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """(true letter, letter read) counts over the vowels and d/đ of the syllables read with
    the right letters (marks aside), the letters read right included."""
    letters: Counter[tuple[str, str]] = Counter()
    for (form, truth), n in pairs.items():
        if len(form) != len(truth) or strip_marks(form) != strip_marks(truth):
            continue
        for t, r in zip(truth, form, strict=True):
            if strip_marks(t) in "aeiouyd":
                letters[(t, r)] += n
    return letters


def _scanned_chunk(chunk: list[str]) -> Counter[tuple[str, str]]:
    return align_pairs(chunk, ocr_lines(chunk, "vie", scanned=True))


def build_marks(count: int, jobs: int = 2) -> None:
    lines = wrap_lines("\n".join(admin_lines("train")))[:count]
    size = SCAN_LINES_PER_PAGE * 10
    chunks = [lines[start : start + size] for start in range(0, len(lines), size)]
    pairs: Counter[tuple[str, str]] = Counter()
    with Pool(jobs) as pool:
        for counted in pool.imap(_scanned_chunk, chunks):
            pairs += counted
    letters = letter_pairs(pairs)
    wrong = sum(n for (t, r), n in letters.items() if t != r)
    print(f"vie, scanned: {len(lines)} lines, {sum(pairs.values())} aligned tokens, "
          f"{sum(letters.values())} letters, {wrong} read with other marks")  # fmt: skip
    header = (
        "# true letter\tletter read\tcount (Tesseract vie on scanned renders of the admin "
        "TRAIN split; measured by dictionaries/build_confusions.py --marks)"
    )
    rows = [f"{t}\t{r}\t{n}" for (t, r), n in sorted(letters.items())]
    MARKS_OUT.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    print(f"wrote {MARKS_OUT}: {len(rows)} rows")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vlsp-lines", type=int, default=1500)
    parser.add_argument("--vie-lines", type=int, default=2000, help="admin lines read with vie")
    parser.add_argument("--marks", action="store_true", help="measure mark_confusions.tsv")
    parser.add_argument("--mark-lines", type=int, default=5000, help="admin lines, scanned")
    args = parser.parse_args()
    if args.marks:
        build_marks(args.mark_lines)
    else:
        build(args.vlsp_lines, args.vie_lines)


if __name__ == "__main__":
    main()
