"""Syllable trigram language model with interpolated Kneser-Ney smoothing.

The model file keeps only counts (trigram counts over integer syllable ids, the syllable
inventory and the adjacent syllable pairs of dictionary words), so that an archive's own
text can be added later (``vanban train-lm``); the smoothed probabilities are computed with
numpy when the model is loaded.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .syllables import has_marks, is_syllable, lm_words, strip_marks, tokenise_line

SPECIALS = ("<s>", "<unk>", "<num>", "<x>", "<p>")
BOS, UNK = 0, 1
_BITS = 20
#: Backed-off trigram costs memoised per process: about 60 MB at most (they were up to
#: 2 million, over 250 MB, in a long run).
MEMO_LIMIT = 500_000
_MASK = (1 << _BITS) - 1
_MASK2 = (1 << (2 * _BITS)) - 1
#: Share of the unigram level taken from general word frequencies (``Counts.prior``, from
#: wordfreq): syllables the running text lacks ("diệt", "muỗi") are not all equally unlikely.
PRIOR_WEIGHT = 0.3


def base_model_path() -> Path:
    """Where the committed base model is, from a checkout or an installed package."""
    from . import dictionaries

    return dictionaries.HERE / "lm.npz"


def split_of(name: str) -> str:
    """Deterministic train/dev/test split of a corpus file, by a hash of its file name."""
    bucket = int(hashlib.sha1(Path(name).name.encode()).hexdigest(), 16) % 10
    return "test" if bucket < 2 else "dev" if bucket < 3 else "train"


@dataclass
class Counts:
    """What the model file holds: vocabulary, trigram counts, inventory and dictionary pairs."""

    vocab: list[str] = field(default_factory=lambda: list(SPECIALS))
    trigrams: Counter[int] = field(default_factory=Counter)
    inventory: set[int] = field(default_factory=set)
    pairs: set[int] = field(default_factory=set)
    capitals: Counter[int] = field(default_factory=Counter)
    prior: dict[int, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.index = {w: i for i, w in enumerate(self.vocab)}

    def word_id(self, word: str) -> int:
        """The id of ``word``, adding it to the vocabulary when new."""
        i = self.index.get(word)
        if i is None:
            i = len(self.vocab)
            self.vocab.append(word)
            self.index[word] = i
        return i

    def add_syllables(self, words: Iterable[str]) -> None:
        """Add valid syllables to the inventory (the words repair may output)."""
        for w in words:
            w = w.lower()
            if is_syllable(w):
                self.inventory.add(self.word_id(w))

    def add_dictionary_word(self, entry: str) -> None:
        """Record the adjacent syllable pairs of a multi-syllable dictionary word or term."""
        parts = entry.lower().split()
        if len(parts) < 2 or not all(is_syllable(p) for p in parts):
            return
        self.add_syllables(parts)
        ids = [self.word_id(p) for p in parts]
        for a, b in itertools.pairwise(ids):
            self.pairs.add((a << _BITS) | b)

    def add_text(self, lines: Iterable[str], weight: int = 1) -> int:
        """Count the trigrams of running text, one line at a time; returns syllables counted."""
        from .repair import normalise_line  # the repair stage's first step, to match its input

        total = 0
        for line in lines:
            line = normalise_line(line)[0]
            words = lm_words(line)
            self._count_capitals(line, weight)
            if not any(w[0] != "<" for w in words):
                continue
            ids = [BOS, BOS]
            for w in words:
                if w[0] != "<":
                    total += 1
                    i = self.word_id(w)
                    if i not in self.inventory and has_marks(w):
                        self.inventory.add(i)  # bare forms only from dictionaries: not "nguoi"
                else:
                    i = self.word_id(w)
                ids.append(i)
            tri = self.trigrams
            for k in range(2, len(ids)):
                tri[(ids[k - 2] << 2 * _BITS) | (ids[k - 1] << _BITS) | ids[k]] += weight
        return total

    def _count_capitals(self, line: str, weight: int) -> None:
        """Count syllables written Capitalised inside a line (names: Tân, Đông, Thạnh)."""
        first = True
        for tok in tokenise_line(line):
            if tok.kind != "syllable":
                first = first or (tok.kind == "punct" and "." in tok.text)
                continue
            text = tok.text
            if not first and text[0].isupper() and not text.isupper() and is_syllable(text.lower()):
                self.capitals[self.word_id(text.lower())] += weight
            first = False

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the counts as a compressed numpy archive."""
        keys = np.fromiter(self.trigrams.keys(), dtype=np.int64, count=len(self.trigrams))
        vals = np.fromiter(self.trigrams.values(), dtype=np.uint32, count=len(self.trigrams))
        order = np.argsort(keys)
        buf = io.BytesIO()
        np.savez_compressed(
            buf,
            vocab=np.frombuffer("\n".join(self.vocab).encode(), dtype=np.uint8),
            keys=keys[order],
            counts=vals[order],
            inventory=np.array(sorted(self.inventory), dtype=np.int32),
            pairs=np.array(sorted(self.pairs), dtype=np.int64),
            capitals=np.array(sorted(self.capitals.items()), dtype=np.int64).reshape(-1, 2),
            prior=np.array(
                [self.prior.get(i, 0.0) for i in range(len(self.vocab))], dtype=np.float32
            ),
        )
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(str(path) + ".tmp")
        tmp.write_bytes(buf.getvalue())
        tmp.replace(path)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Counts:
        """Read counts written by :meth:`save`."""
        with np.load(path) as z:
            vocab = bytes(z["vocab"]).decode().split("\n")
            counts = cls(vocab=vocab)
            counts.trigrams = Counter(
                dict(zip(z["keys"].tolist(), z["counts"].tolist(), strict=False))
            )
            counts.inventory = set(z["inventory"].tolist())
            counts.pairs = set(z["pairs"].tolist())
            counts.capitals = Counter(dict(z["capitals"].tolist()))
            if "prior" in z.files:
                counts.prior = {i: p for i, p in enumerate(z["prior"].tolist()) if p > 0}
        return counts


def _discounts(counts: np.ndarray) -> np.ndarray:
    """Modified Kneser-Ney discounts (Chen and Goodman): one for counts 1, 2 and 3+."""
    n = [int(np.sum(counts == k)) for k in (1, 2, 3, 4)]
    if min(n) == 0:
        return np.minimum(counts, 0.75)
    y = n[0] / (n[0] + 2 * n[1])
    d = np.array([0.0, 1 - 2 * y * n[1] / n[0], 2 - 3 * y * n[2] / n[1], 3 - 4 * y * n[3] / n[2]])
    return d[np.minimum(counts, 3).astype(np.int64)]


class LanguageModel:
    """Interpolated Kneser-Ney trigram model over syllable ids; costs are -ln p."""

    def __init__(self, vocab: list[str], keys: np.ndarray, counts: np.ndarray,
                 inventory: np.ndarray, pairs: np.ndarray,
                 capitals: np.ndarray | None = None,
                 prior: np.ndarray | None = None) -> None:  # fmt: skip
        self.vocab = vocab
        self.index = {w: i for i, w in enumerate(vocab)}
        size = len(vocab)
        counts = counts.astype(np.float64)
        # trigram level
        ctx3 = keys >> _BITS
        u3, inv3 = np.unique(ctx3, return_inverse=True)
        den3 = np.bincount(inv3, weights=counts)
        d3 = _discounts(counts)
        gamma3 = np.bincount(inv3, weights=d3) / den3
        # bigram level, with continuation counts (distinct left neighbours)
        big = keys & _MASK2
        b_keys, b_inv, cc2 = np.unique(big, return_inverse=True, return_counts=True)
        cc2 = cc2.astype(np.float64)
        v2 = b_keys >> _BITS
        w2 = b_keys & _MASK
        den2 = np.bincount(v2, weights=cc2, minlength=size)
        d2 = _discounts(cc2)
        gamma2 = np.where(
            den2 > 0, np.bincount(v2, weights=d2, minlength=size) / np.maximum(den2, 1), 1.0
        )
        # unigram level: distinct left neighbours, add-half for unseen words
        cont1 = np.bincount(w2, minlength=size).astype(np.float64)
        p1 = (cont1 + 0.5) / (cont1.sum() + 0.5 * size)
        if prior is not None and len(prior) and prior.sum() > 0:
            q = np.zeros(size, dtype=np.float64)
            q[: len(prior)] = prior[:size]
            p1 = (1 - PRIOR_WEIGHT) * p1 + PRIOR_WEIGHT * q / q.sum()
        p2 = np.maximum(cc2 - d2, 0) / np.maximum(den2[v2], 1) + gamma2[v2] * p1[w2]
        p3 = np.maximum(counts - d3, 0) / den3[inv3] + gamma3[inv3] * p2[b_inv]
        self.t3: dict[int, float] = dict(zip(keys.tolist(), (-np.log(p3)).tolist(), strict=False))
        self.g3: dict[int, float] = dict(zip(u3.tolist(), (-np.log(gamma3)).tolist(), strict=False))
        self.t2: dict[int, float] = dict(zip(b_keys.tolist(), (-np.log(p2)).tolist(), strict=False))
        self.g2: list[float] = (-np.log(gamma2)).tolist()
        self.p1: list[float] = (-np.log(p1)).tolist()
        self.pairs: set[int] = set(pairs.tolist())
        self.inventory = inventory
        self.capitals = np.zeros(size, dtype=np.float64)
        if capitals is not None and len(capitals):
            self.capitals[capitals[:, 0]] = capitals[:, 1]
        self.unigram_count = cont1
        # t3 also memoises the backed-off costs of unseen trigrams, up to MEMO_LIMIT entries
        self._t3_limit = len(self.t3) + MEMO_LIMIT
        self._candidates: dict[str, list[int]] | None = None

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> LanguageModel:
        """Load a model file (the committed base model when ``path`` is None)."""
        with np.load(path or base_model_path()) as z:
            vocab = bytes(z["vocab"]).decode().split("\n")
            prior = z["prior"] if "prior" in z.files else None
            return cls(
                vocab, z["keys"], z["counts"], z["inventory"], z["pairs"], z["capitals"], prior
            )

    def cost(self, u: int, v: int, w: int) -> float:
        """-ln p(w | u v)."""
        key = (u << 2 * _BITS) | (v << _BITS) | w
        r = self.t3.get(key)
        if r is not None:
            return r
        r2 = self.t2.get(key & _MASK2)
        if r2 is None:
            r2 = self.g2[v] + self.p1[w]
        r = self.g3.get(key >> _BITS, 0.0) + r2
        if self.has_room():
            self.t3[key] = r
        return r

    def has_room(self) -> bool:
        """True while backed-off costs may still be memoised in ``t3`` (bounded memory)."""
        return len(self.t3) < self._t3_limit

    def is_pair(self, v: int, w: int) -> bool:
        """True when ``v w`` are adjacent syllables of a dictionary word or domain term."""
        return ((v << _BITS) | w) in self.pairs

    def candidates_by_skeleton(self) -> dict[str, list[int]]:
        """Inventory syllables grouped by their mark-stripped form, most frequent first."""
        if self._candidates is None:
            table: dict[str, list[int]] = {}
            for i in self.inventory.tolist():
                table.setdefault(strip_marks(self.vocab[i]), []).append(i)
            for ids in table.values():
                ids.sort(key=lambda i: self.p1[i])
            self._candidates = table
        return self._candidates

    def word_id(self, word: str) -> int:
        return self.index.get(word, UNK)


def default_user_model() -> Path:
    """Where ``vanban train-lm`` writes the adapted model unless told otherwise."""
    data = os.environ.get("XDG_DATA_HOME") or os.path.join(
        os.path.expanduser("~"), ".local", "share"
    )
    return Path(data) / "vanban" / "lm.npz"


def confident_pages(db: str | os.PathLike[str], min_confidence: float = 0.9) -> list[str]:
    """Repaired text of stored pages that OCR read with at least ``min_confidence``."""
    import sqlite3

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        rows = con.execute(
            "SELECT text FROM pages WHERE ocr_confidence >= ? ORDER BY document_id, number",
            (min_confidence,),
        ).fetchall()
    return [r[0] for r in rows]


def train_lm(
    texts: Iterable[str],
    out: str | os.PathLike[str],
    start_from: str | os.PathLike[str] | None = None,
    weight: int = 1,
) -> int:
    """Add clean text to a model and write it to ``out``; returns the syllables added.

    Starts from ``start_from`` (default: ``out`` if it exists, else the committed base
    model, which is never written to).
    """
    source = Path(start_from) if start_from else Path(out) if Path(out).exists() else None
    counts = Counts.load(source or base_model_path())
    added = counts.add_text((line for text in texts for line in text.splitlines()), weight)
    if Path(out).resolve() == base_model_path().resolve():
        raise ValueError("the base model is read-only: give another --model path")
    counts.save(out)
    return added
