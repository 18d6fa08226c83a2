"""Reading order from OCR word boxes: lines, and two-column blocks read column by column.

Tesseract sometimes reads the header's two columns (agency | Quốc hiệu) or the closing
("Nơi nhận" | signer) as single lines that run across both. A block whose lines have one
column-sized gap at a consistent place, or failing that one white gutter that no word
crosses, is read as its left column, then its right column. Blocks with several gaps per
line (tables) are left in Tesseract's order.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from .records import OcrWord

#: A gap between words wider than this share of the page width separates two columns.
COLUMN_GAP = 0.03
#: Single-gap lines of one block must split within this share of the width of each other.
SPLIT_TOLERANCE = 0.12
#: A line without a column gap that reaches this share of the width past the split on both
#: sides is body text running across, not a column line.
SPAN_MARGIN = 0.05


@dataclass(frozen=True)
class Line:
    """Words on one OCR line, left to right."""

    words: tuple[OcrWord, ...]

    @property
    def block(self) -> int:
        return self.words[0].block

    @property
    def left(self) -> int:
        return self.words[0].left

    @property
    def right(self) -> int:
        return max(w.left + w.width for w in self.words)

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    def gaps(self, min_gap: float) -> list[int]:
        """Indices i where the gap between word i and word i+1 is wider than ``min_gap``."""
        return [
            i
            for i, (a, b) in enumerate(zip(self.words, self.words[1:], strict=False))
            if b.left - (a.left + a.width) > min_gap
        ]

    def split(self, index: int) -> tuple[Line, Line]:
        return Line(self.words[: index + 1]), Line(self.words[index + 1 :])


def group_lines(words: tuple[OcrWord, ...] | list[OcrWord]) -> list[Line]:
    """Words grouped into lines, in the engine's order, each line sorted left to right."""
    grouped: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in words:
        grouped.setdefault((w.block, w.par, w.line), []).append(w)
    return [Line(tuple(sorted(ws, key=lambda w: w.left))) for ws in grouped.values()]


@dataclass
class Columns:
    """A region read as two columns side by side, split at ``x``."""

    left: list[Line]
    right: list[Line]
    x: float


def _gap_x(line: Line, index: int) -> float:
    a, b = line.words[index], line.words[index + 1]
    return (a.left + a.width + b.left) / 2


def _split_x(lines: list[Line], width: int) -> float | None:
    """Where a block's single-gap lines split it in two, or None (see :func:`split_columns`).

    A few lines with more than one gap (a signature or seal read as stray letters beside
    the signer's title) do not stop the split; a block where they are common is a table.
    """
    min_gap = COLUMN_GAP * width
    splits = []
    several = 0
    for line in lines:
        gaps = line.gaps(min_gap)
        if len(gaps) > 1:
            several += 1
        elif gaps:
            splits.append(_gap_x(line, gaps[0]))
    if splits and several <= len(splits) // 3:
        x = statistics.median(splits)
        if all(abs(s - x) <= SPLIT_TOLERANCE * width for s in splits):
            return x
    return _gutter_x([line for line in lines if line.gaps(min_gap)], min_gap)


def _gutter_x(lines: list[Line], min_gap: float) -> float | None:
    """The middle of the one white gutter that runs down a block's lines with gaps, or None.

    The fallback of :func:`_split_x` when the gaps do not line up: left-column lines of
    different lengths, or a signature read as stray letters in the right column, make the
    gaps differ in width and number, yet no word crosses the gutter between the columns.
    A gutter must be wider than ``min_gap`` and have words on both sides of it on at least
    two lines; a block with more than one such gutter is a table and is left alone.
    """
    if len(lines) < 2:
        return None
    spans = sorted((w.left, w.left + w.width) for line in lines for w in line.words)
    free: list[tuple[int, int]] = []
    reach = spans[0][1]
    for left, right in spans[1:]:
        if left - reach > min_gap:
            free.append((reach, left))
        reach = max(reach, right)
    gutters = [
        (a + b) / 2 for a, b in free if sum(line.left < a and line.right > b for line in lines) >= 2
    ]
    return gutters[0] if len(gutters) == 1 else None


def segments(lines: list[Line], width: int) -> list[list[Line]]:
    """A block cut where a full-width line (body text) runs across its column split.

    Tesseract may put the last body lines and the two-column closing ("Nơi nhận" |
    signer) in one block; only the runs of lines between full-width ones are columns.
    """
    x = _split_x(lines, width)
    if x is None:
        return [lines]
    min_gap, margin = COLUMN_GAP * width, SPAN_MARGIN * width
    out: list[list[Line]] = []
    run: list[Line] = []
    for line in lines:
        spans = not line.gaps(min_gap) and line.left < x - margin and line.right > x + margin
        if spans:
            if run:
                out.append(run)
                run = []
            out.append([line])
        else:
            run.append(line)
    if run:
        out.append(run)
    # full-width lines next to each other stay one block
    merged: list[list[Line]] = []
    for seg in out:
        if (
            merged
            and _spanning(seg, x, min_gap, margin)
            and _spanning(merged[-1], x, min_gap, margin)
        ):
            merged[-1] = merged[-1] + seg
        else:
            merged.append(seg)
    return merged


def _spanning(seg: list[Line], x: float, min_gap: float, margin: float) -> bool:
    return all(
        not ln.gaps(min_gap) and ln.left < x - margin and ln.right > x + margin for ln in seg
    )


def split_columns(lines: list[Line], width: int) -> Columns | None:
    """Split a block's lines into a left and a right column, or None if it is not two
    columns side by side: some lines must have exactly one column-sized gap, few lines
    more than one, and the gaps must line up."""
    min_gap = COLUMN_GAP * width
    x = _split_x(lines, width)
    if x is None:
        return None
    left: list[Line] = []
    right: list[Line] = []
    for line in lines:
        gaps = line.gaps(min_gap)
        if gaps and line.left < x < line.right:
            a, b = line.split(min(gaps, key=lambda i: abs(_gap_x(line, i) - x)))
            left.append(a)
            right.append(b)
        elif line.right <= x or (line.left < x and line.centre < x):
            left.append(line)
        else:
            right.append(line)
    return Columns(left, right, x)


def reading_order(words: tuple[OcrWord, ...] | list[OcrWord], width: int) -> list[list[Line]]:
    """The page as blocks of lines in reading order.

    Two-column blocks become two blocks, left then right; consecutive two-column blocks
    split at the same place (OCR often cuts the header into several) are read as one
    region, so all of the left column comes before all of the right one. Blocks between
    them that lie wholly on one side of the split (the middle of "Nơi nhận" on its own)
    join that side's column.
    """
    blocks: dict[int, list[Line]] = {}
    for line in group_lines(words):
        blocks.setdefault(line.block, []).append(line)
    out: list[list[Line]] = []
    region: Columns | None = None
    # blocks after a region that lie on one side of its split: they join its columns if
    # the region goes on below them (Tesseract may cut the closing into several blocks)
    aside: list[list[Line]] = []
    for lines in (seg for block in blocks.values() for seg in segments(block, width)):
        columns = split_columns(lines, width)
        if columns and region and abs(columns.x - region.x) <= SPLIT_TOLERANCE * width:
            for block in aside:
                (region.left if block[0].right <= region.x else region.right).extend(block)
            aside = []
            region.left += columns.left
            region.right += columns.right
            continue
        if columns is None and region and _one_side(lines, region.x):
            aside.append(lines)
            continue
        if region:
            out.extend(c for c in (region.left, region.right) if c)
        out.extend(aside)
        aside = []
        region = columns
        if columns is None:
            out.append(lines)
    if region:
        out.extend(c for c in (region.left, region.right) if c)
    out.extend(aside)
    return out


def _one_side(lines: list[Line], x: float) -> bool:
    """True when all the lines lie left of ``x``, or all right of it."""
    return all(ln.right <= x for ln in lines) or all(ln.left >= x for ln in lines)


def page_text(words: tuple[OcrWord, ...] | list[OcrWord], width: int) -> str:
    """Page text in reading order: lines joined by newlines, a blank line between blocks."""
    return blocks_text(reading_order(words, width))


def blocks_text(blocks: list[list[Line]]) -> str:
    """Blocks of lines as text: lines joined by newlines, a blank line between blocks."""
    return "\n\n".join("\n".join(line.text for line in block) for block in blocks)


def ordered_words(blocks: list[list[Line]]) -> tuple[OcrWord, ...]:
    """The words of blocks in reading order: the words behind :func:`page_text`."""
    return tuple(w for block in blocks for line in block for w in line.words)
