"""The diacritic and OCR-confusion decoder: candidates per token (accent variants, learned OCR
confusions, near matches), scored by a channel model, the trigram language model and
dictionary words, decoded with a beam search over the whole text.
"""

from __future__ import annotations

import heapq
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from . import dictionaries
from .langmodel import BOS, UNK, LanguageModel
from .records import Repair
from .syllables import (
    GLYPH_MAP,
    GLYPHS,
    Token,
    apply_case,
    has_foreign_letter,
    has_marks,
    is_syllable,
    is_syllable_shape,
    strip_marks,
    tokenise_line,
)

DICTIONARIES = dictionaries.HERE
CONFUSIONS = DICTIONARIES / "ocr_confusions.tsv"
MARK_CONFUSIONS = DICTIONARIES / "mark_confusions.tsv"


@dataclass(frozen=True)
class Costs:
    """Channel costs in nats (tuned on the dev split only)."""

    add_marks_unmarked: float = 0.0  # marks added to a bare token in text typed without marks
    add_marks_marked: float = 8.0  # marks added to a bare token in text that has marks
    change_marks_marked: float = 10.0  # marks changed on a token that has marks (vie output)
    change_marks_garble: float = 1.0  # the same in legacy OCR, whose marks are unreliable
    confusion: float = 1.0  # a learned OCR confusion, plus -ln P(truth | form)
    rule: float = 3.0  # a letter rewrite behind learned confusions (it → u in nhitng)
    edit: float = 8.0  # one letter edit to reach a syllable
    edit_valid: float = 3.0  # added when the token read is itself a syllable
    keep_unknown: float = 2.0  # keep a token that is not a syllable
    capital_weight: float = 0.5  # -ln P(form | written Capitalised) for names
    dictionary_bonus: float = 2.5  # per adjacent pair of a dictionary word
    unmarked_ratio: float = 0.35  # below this share of marked syllables: text without marks
    max_candidates: int = 8
    prune: float = 12.0  # drop candidates whose cost + unigram cost is this much above the best
    beam: int = 6
    uncertain_below: float = 0.5


def load_confusions(path: Path = CONFUSIONS) -> dict[str, list[tuple[str, float]]]:
    """Learned OCR forms → [(syllable, -ln P(syllable | form))]."""
    table: dict[str, dict[str, int]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            form, truth, count = line.split("\t")
            table.setdefault(form, {})[truth] = int(count)
    out: dict[str, list[tuple[str, float]]] = {}
    for form, truths in table.items():
        total = sum(truths.values())
        out[form] = [(t, -math.log(c / total)) for t, c in truths.items()]
    return out


#: Letters whose base carries a mark of its own (hat, breve, horn, bar): a tone above it is
#: stacked, and Tesseract drops or swaps it more often than on a plain letter.
_STACKING = frozenset("ăâêôơưđ")


def _mark_class(truth: str, read: str) -> tuple[bool, str, bool, str]:
    """What a letter misread changes: (truth stacked, its tone, read stacked, its tone)."""
    from .repair import split_tone

    (tb, tt), (rb, rt) = split_tone(truth), split_tone(read)
    return (tb in _STACKING, tt, rb in _STACKING, rt)


def load_mark_costs(
    path: Path = MARK_CONFUSIONS, weight: float = 50.0
) -> dict[tuple[str, str], float]:
    """(true letter, letter read) → -ln P(read | true) for Tesseract's mark errors, from the
    counts of ``build_confusions.py --marks``. Sparse counts lean on their class (a grave
    dropped from any stacked letter, ``_mark_class``) with ``weight`` letters' worth of
    prior. Pairs never seen are absent: their cost is the flat one."""
    counts: dict[tuple[str, str], int] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                truth, read, n = line.split("\t")
                counts[(truth, read)] = int(n)
    totals: dict[str, int] = {}
    by_class: dict[tuple[bool, str, bool, str], int] = {}
    class_totals: dict[tuple[bool, str], int] = {}
    for (truth, read), n in counts.items():
        totals[truth] = totals.get(truth, 0) + n
        key = _mark_class(truth, read)
        by_class[key] = by_class.get(key, 0) + n
        class_totals[key[:2]] = class_totals.get(key[:2], 0) + n
    out = {}
    for (truth, read), n in counts.items():
        if truth == read:
            continue
        key = _mark_class(truth, read)
        prior = by_class[key] / class_totals[key[:2]]
        out[(truth, read)] = -math.log((n + weight * prior) / (totals[truth] + weight))
    return out


def misread_cost(truth: str, read: str, costs: dict[tuple[str, str], float] | None = None) -> float:
    """-ln P(``read`` | ``truth``) for two syllables of the same letters whose marks differ,
    from the measured letter misreads (``costs``, :func:`load_mark_costs`'s by default;
    infinite if one was never measured)."""
    if len(truth) != len(read):
        return math.inf
    costs = _default_mark_costs() if costs is None else costs
    return sum(costs.get((t, r), math.inf) for t, r in zip(truth, read, strict=True) if t != r)


@lru_cache(maxsize=1)
def _default_mark_costs() -> dict[tuple[str, str], float]:
    return load_mark_costs()


def load_acronyms() -> dict[str, str]:
    """Abbreviations with Đ, keyed by their form with D, unless that form is one too (HD)."""
    known: set[str] = set()
    acronyms = DICTIONARIES / "acronyms.txt"
    if acronyms.exists():
        for line in acronyms.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                known.add(line.strip())
    types = DICTIONARIES / "loai_van_ban.tsv"
    if types.exists():
        for line in types.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 1 and cols[1] and not line.startswith("#"):
                known.add(cols[1])
    return {a.replace("Đ", "D"): a for a in known if "Đ" in a and a.replace("Đ", "D") not in known}


def rewrite_rules(
    confusions: dict[str, list[tuple[str, float]]], min_count: float = 3.0
) -> list[tuple[str, str]]:
    """Letter rewrites behind the learned confusions (``nhitng``/``ritng`` → "it" for "u"):
    the part of the OCR form and of the bare syllable left after their common ends."""
    counts: dict[tuple[str, str], float] = {}
    for form, truths in confusions.items():
        bare_form = strip_marks(form.translate(GLYPH_MAP))
        for truth, cost in truths:
            bare_truth = strip_marks(truth)
            p = 0
            while p < min(len(bare_form), len(bare_truth)) and bare_form[p] == bare_truth[p]:
                p += 1
            q = 0
            while (
                q < min(len(bare_form), len(bare_truth)) - p
                and bare_form[-1 - q] == bare_truth[-1 - q]
            ):
                q += 1
            a, b = bare_form[p : len(bare_form) - q], bare_truth[p : len(bare_truth) - q]
            if a and len(a) <= 3 and len(b) <= 2 and a != b:
                counts[(a, b)] = counts.get((a, b), 0.0) + math.exp(-cost)
    return [rule for rule, n in counts.items() if n >= min_count / 3]


def _same_but_one(candidate: str, read: str) -> bool:
    """Whether ``candidate`` is ``read`` with one letter changed or taken out, every other
    letter (marks included) kept."""
    return len(candidate) <= len(read) and Levenshtein.distance(candidate, read) == 1


class Decoder:
    """Holds the model and candidate tables; :meth:`restore_diacritics` repairs a text."""

    def __init__(self, model: LanguageModel, costs: Costs | None = None,
                 confusions: dict[str, list[tuple[str, float]]] | None = None) -> None:  # fmt: skip
        self.lm = model
        self.costs = costs or Costs()
        self.by_skeleton = model.candidates_by_skeleton()
        self.confusions = load_confusions() if confusions is None else confusions
        self.mark_costs = _default_mark_costs()
        self.garble_forms = frozenset(self.confusions)
        self.rules = rewrite_rules(self.confusions)
        self.acronyms = load_acronyms()
        self.skeletons = list(self.by_skeleton)
        self._cands: dict[tuple[str, int], tuple[tuple[int, float], ...]] = {}
        self.x_id = model.word_id("<x>")
        self.num_id = model.word_id("<num>")
        self.p_id = model.word_id("<p>")

    # -- candidates -------------------------------------------------------------------------
    def _neighbours(self, skeleton: str) -> list[str]:
        if not 1 < len(skeleton) <= 7:
            return []
        near = [
            s
            for s in self.skeletons
            if abs(len(s) - len(skeleton)) <= 1
            and Levenshtein.distance(s, skeleton, score_cutoff=1) <= 1
            and s != skeleton
        ]
        return near

    def candidates(
        self, surface: str, mode: int, capital: bool = False
    ) -> tuple[tuple[int, float], ...]:
        """(syllable id or -1 for 'keep as read', channel cost) for one lower-case token.

        ``mode``: 0 text without marks, 1 text with marks (Tesseract vie), 2 legacy garble.
        """
        key = (surface, mode, capital)
        hit = self._cands.get(key)
        if hit is not None:
            return hit
        c = self.costs
        best: dict[int, float] = {}

        def offer(i: int, cost: float) -> None:
            if cost < best.get(i, math.inf):
                best[i] = cost

        mapped = surface.translate(GLYPH_MAP) if set(surface) & GLYPHS else surface
        # a word with one letter no Vietnamese word has ("øom") goes on to the one-letter
        # edits below, which can only change that letter
        odd = has_foreign_letter(mapped)
        if not odd and mode != 2 and not is_syllable_shape(mapped):
            out = ((-1, 0.0),)  # a name or foreign word in clean text: Krông, H'Mông
            self._cands[key] = out
            return out
        glyph_cost = 0.5 if mapped != surface else 0.0
        valid = is_syllable(mapped)
        marked = has_marks(mapped)
        skeleton = strip_marks(mapped)
        known = False
        if valid:
            i = self.lm.word_id(mapped)
            if i > 4:
                offer(i, glyph_cost)
                known = True
        vocab = self.lm.vocab
        for i in self.by_skeleton.get(skeleton, ()):
            if not marked:
                extra = c.add_marks_unmarked if mode == 0 else c.add_marks_marked
                if mode == 2:
                    extra = c.change_marks_garble
            else:
                extra = c.change_marks_garble if mode == 2 else c.change_marks_marked
                if not valid:
                    extra = c.change_marks_garble
            if mode == 1 and valid:  # Tesseract's own mark errors cost what they measure
                extra = min(extra, misread_cost(vocab[i], mapped, self.mark_costs))
            offer(i, glyph_cost + extra)
        if mode == 2 or not valid:  # in clean text only what is not a syllable
            extra = c.confusion if mode == 2 else c.confusion + 2.0
            for truth, cost in self.confusions.get(surface, ()):
                i = self.lm.word_id(truth)
                if i > 4:
                    offer(i, extra + cost)
        if mode == 2 and not valid:
            for a, b in self.rules:
                start = skeleton.find(a)
                while start >= 0:
                    rewritten = skeleton[:start] + b + skeleton[start + len(a) :]
                    for i in self.by_skeleton.get(rewritten, ()):
                        offer(i, glyph_cost + c.rule + c.change_marks_garble)
                    start = skeleton.find(a, start + 1)
        if mode == 2 or not (valid or self.by_skeleton.get(skeleton)):
            edit = c.edit + (c.edit_valid if valid else 0.0)
            for near in self._neighbours(skeleton):
                for i in self.by_skeleton[near]:
                    if odd and mode != 2:
                        # only the odd letter changed, the marks as read kept ("øom" → "gom")
                        kept = _same_but_one(vocab[i], mapped)
                        offer(i, edit + (0.0 if kept else c.change_marks_marked))
                        continue
                    offer(i, glyph_cost + edit + (c.change_marks_garble if mode else 0.0))
        if capital and mode != 1:
            caps = self.lm.capitals
            total = sum(caps[i] for i in best)
            if total > 0:
                for i in best:
                    best[i] += c.capital_weight * -math.log((caps[i] + 0.5) / (total + 0.5))
        p1 = self.lm.p1
        ranked = sorted((cost + p1[i], i, cost) for i, cost in best.items())
        out = tuple(
            (i, cost)
            for prior, i, cost in ranked[: c.max_candidates]
            if prior <= ranked[0][0] + c.prune
        )
        if not known:
            out = (*out, (-1, c.keep_unknown if out else 0.0))
        self._cands[key] = out
        return out

    # -- decoding ---------------------------------------------------------------------------
    def text_mode(self, text: str) -> int | None:
        """How ``text`` was read: 0 typed without marks, 1 with marks (Tesseract vie), 2
        garbled legacy OCR; None when it has no syllable."""
        syllables = [
            tok
            for line in text.split("\n")
            for tok in tokenise_line(line, self.garble_forms)
            if tok.kind == "syllable"
        ]
        return self._mode(syllables) if syllables else None

    def restore_diacritics(
        self, text: str, mode: int | None = None
    ) -> tuple[str, list[Repair], list[Repair]]:
        """Decode ``text`` (already normalised); returns the text, changes and uncertain tokens.
        ``mode`` (see :meth:`text_mode`) is the text's own unless given: a short text (a
        table cell) is better judged with the text around it."""
        lines = text.split("\n")
        tokens: list[tuple[int, Token]] = []
        for number, line in enumerate(lines):
            for tok in tokenise_line(line, self.garble_forms):
                tokens.append((number, tok))
        syllables = [t for _, t in tokens if t.kind == "syllable"]
        if not syllables:
            return text, [], []
        if mode is None:
            mode = self._mode(syllables)
        # the stream: (line, token, candidates); fixed tokens have one candidate
        stream: list[tuple[int, Token | None, tuple[tuple[int, float], ...]]] = []
        breaks_after = _paragraph_ends(lines)
        last_line = -1
        first = True
        for number, tok in tokens:
            if number != last_line and (number == 0 or number - 1 in breaks_after):
                stream.append((number, None, ((BOS, 0.0),)))  # a paragraph starts
            if number != last_line:
                first = True
            last_line = number
            first = first or (tok.kind == "punct" and "." in tok.text)
            if tok.kind == "syllable":
                text = tok.text
                capital = text[0].isupper() and not text.isupper() and not first
                stream.append((number, tok, self.candidates(text.lower(), mode, capital)))
                first = False
                continue
            elif tok.kind == "number":
                stream.append((number, None, ((self.num_id, 0.0),)))
            elif tok.kind == "protected":
                stream.append((number, None, ((self.x_id, 0.0),)))
            elif any(ch in tok.text for ch in '.,;:!?()"“”'):
                stream.append((number, None, ((self.p_id, 0.0),)))
        choice = self._beam(stream)
        text, changes, uncertain = self._apply(lines, stream, choice)
        if mode == 2:
            text, fixed = self._restore_acronyms(text, tokens)
            changes = sorted(changes + fixed, key=lambda r: (r.line, r.column))
        return text, changes, uncertain

    def _restore_acronyms(
        self, text: str, tokens: list[tuple[int, Token]]
    ) -> tuple[str, list[Repair]]:
        """HDND → HĐND, QD-UBND → QĐ-UBND: Đ read as D in known abbreviations (legacy OCR)."""
        lines = text.split("\n")
        fixes: list[Repair] = []
        for number, tok in reversed(tokens):
            if tok.kind != "protected" or "D" not in tok.text:
                continue
            parts = re.split(r"([-/])", tok.text)
            new = "".join(self.acronyms.get(p, p) for p in parts)
            line = lines[number]
            if new != tok.text and line[tok.start : tok.end] == tok.text:
                lines[number] = line[: tok.start] + new + line[tok.end :]
                fixes.append(Repair(number, tok.start, tok.text, new, 0.9, "acronym"))
        return "\n".join(lines), fixes

    def _mode(self, syllables: list[Token]) -> int:
        marked = sum(1 for t in syllables if has_marks(t.text))
        glyphs = sum(1 for t in syllables if set(t.text) & GLYPHS)
        invalid = sum(1 for t in syllables if not is_syllable_shape(t.text.lower()))
        n = len(syllables)
        garbled = glyphs + invalid >= 3
        if marked / n < self.costs.unmarked_ratio:
            return 2 if garbled and (glyphs + invalid) / n > 0.08 else 0
        return 2 if garbled and invalid / n > 0.1 else 1

    def _word(self, i: int) -> int:
        return UNK if i < 0 else i

    def _beam(self, stream: list) -> list[int]:
        lm = self.lm
        t3 = lm.t3
        t3get = t3.get
        memo = lm.has_room()
        t2get = lm.t2.get
        g3get = lm.g3.get
        g2 = lm.g2
        p1 = lm.p1
        mask2 = (1 << 40) - 1
        pairs = lm.pairs
        bonus = self.costs.dictionary_bonus
        width = self.costs.beam
        shift2 = 2 * 20
        # state (u, v) -> (score, back); back is a linked list of candidate indices
        beam: dict[tuple[int, int], tuple[float, tuple | None]] = {(BOS, BOS): (0.0, None)}
        for _, _, cands in stream:
            new: dict[tuple[int, int], tuple[float, tuple | None]] = {}
            options = [(k, UNK if i < 0 else i, ch) for k, (i, ch) in enumerate(cands)]
            for (u, v), (score, back) in beam.items():
                base = (u << shift2) | (v << 20)
                vb = v << 20
                for k, w, ch in options:
                    key = base | w
                    r = t3get(key)
                    if r is None:
                        r2 = t2get(key & mask2)
                        if r2 is None:
                            r2 = g2[v] + p1[w]
                        r = g3get(key >> 20, 0.0) + r2
                        if memo:
                            t3[key] = r
                    s = score + ch + r
                    if (vb | w) in pairs:
                        s -= bonus
                    old = new.get((v, w))
                    if old is None or s < old[0]:
                        new[(v, w)] = (s, (k, back))
            if len(new) > width:
                beam = dict(heapq.nsmallest(width, new.items(), key=lambda kv: kv[1][0]))
            else:
                beam = new
        back = min(beam.values(), key=lambda sb: sb[0])[1]
        choice: list[int] = []
        while back is not None:
            choice.append(back[0])
            back = back[1]
        choice.reverse()
        return choice

    def _confidences(self, ids: list[int], stream: list, choice: list[int]) -> list[float]:
        """For each position, the weight of the chosen candidate among all of its candidates,
        from the channel cost and the trigrams ending at it and right after it (1.0 where
        there is nothing to choose). The trigram costs are those of ``LanguageModel.cost``,
        looked up inline because this runs for every token."""
        lm = self.lm
        t3get = lm.t3.get
        t2get = lm.t2.get
        g3get = lm.g3.get
        g2 = lm.g2
        p1 = lm.p1
        mask2 = (1 << 40) - 1
        last = len(ids) - 1
        out = [1.0] * len(ids)
        for pos, ((_, tok, cands), chosen) in enumerate(zip(stream, choice, strict=False)):
            if tok is None or len(cands) == 1:
                continue
            u = ids[pos - 2] if pos >= 2 else BOS
            v = ids[pos - 1] if pos >= 1 else BOS
            x = ids[pos + 1] if pos < last else -1
            base = (u << 40) | (v << 20)
            scores = []
            for i, ch in cands:
                w = UNK if i < 0 else i
                key = base | w
                r = t3get(key)
                if r is None:
                    r2 = t2get(key & mask2)
                    r = g3get(key >> 20, 0.0) + (g2[v] + p1[w] if r2 is None else r2)
                s = ch + r
                if x >= 0:
                    key = (v << 40) | (w << 20) | x
                    r = t3get(key)
                    if r is None:
                        r2 = t2get(key & mask2)
                        r = g3get(key >> 20, 0.0) + (g2[w] + p1[x] if r2 is None else r2)
                    s += r
                scores.append(s)
            low = min(scores)
            weights = [math.exp(low - s) for s in scores]
            out[pos] = weights[chosen] / sum(weights)
        return out

    def _apply(self, lines: list[str], stream: list, choice: list[int]):
        ids = [self._word(cands[k][0]) for (_, _, cands), k in zip(stream, choice, strict=False)]
        edits: dict[int, list[tuple[Token, str]]] = {}
        changes: list[Repair] = []
        uncertain: list[Repair] = []
        confidences = self._confidences(ids, stream, choice)
        for pos, ((number, tok, cands), k) in enumerate(zip(stream, choice, strict=False)):
            if tok is None or len(cands) == 1:
                continue
            i = cands[k][0]
            after = tok.text if i < 0 else apply_case(tok.text, self.lm.vocab[i])
            conf = confidences[pos]
            rep = Repair(number, tok.start, tok.text, after, round(conf, 3), "restore")
            if after != tok.text:
                changes.append(rep)
                edits.setdefault(number, []).append((tok, after))
            if conf < self.costs.uncertain_below:
                uncertain.append(rep)
        for number, items in edits.items():
            line = lines[number]
            for tok, after in sorted(items, key=lambda ta: -ta[0].start):
                line = line[: tok.start] + after + line[tok.end :]
            lines[number] = line
        return "\n".join(lines), changes, uncertain


def _paragraph_ends(lines: list[str]) -> set[int]:
    """Lines after which a new paragraph starts: blank, ending a sentence, or clearly short
    (headings, header blocks); other lines are wrapped text that goes on in the next one."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    full = lengths[int(len(lengths) * 0.9)] if lengths else 0
    ends = set()
    for number, line in enumerate(lines):
        text = line.strip()
        following = lines[number + 1].split() if number + 1 < len(lines) else []
        label = bool(following) and following[0].endswith(":")  # Số:, Kính gửi:, Nơi nhận:
        if not text or text[-1] in ".;:!?" or len(text) < 0.6 * full or label:
            ends.add(number)
    return ends


@lru_cache(maxsize=4)
def _decoder_for(path: str) -> Decoder:
    return Decoder(LanguageModel.load(path))


def get_decoder(model: str | os.PathLike[str] | None = None) -> Decoder:
    """The decoder for a model file (the committed base model by default), loaded once."""
    from .langmodel import base_model_path

    path = Path(model) if model else base_model_path()
    if not path.exists():
        raise FileNotFoundError(path)
    return _decoder_for(str(path.resolve()))
