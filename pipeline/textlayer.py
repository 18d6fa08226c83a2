"""Judge a PDF page's existing text layer: use it when it is good Vietnamese, re-OCR when not.

A layer is judged by the share of its word tokens that are valid Vietnamese syllables
(onset + rhyme + at most one tone, with the rule that rhymes ending in p, t, c, ch take
only the sắc or nặng tone) and by the share that carry Vietnamese marks: text from
legacy font encodings (TCVN3, VNI) fails the first test, text whose marks were
stripped fails the second. The layer is read with poppler's ``pdftotext``, called
without a shell.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

TextLayerMode = Literal["auto", "use", "ignore"]
TEXT_LAYER_MODES: tuple[str, ...] = ("auto", "use", "ignore")

#: A layer is good when at least this share of its tokens are Vietnamese syllables…
MIN_VALID_SHARE = 0.85
#: …and at least this share carry marks (Vietnamese prose: about 70-80%).
MIN_MARKED_SHARE = 0.35
#: Fewer word tokens than this on a page is no text layer worth judging.
MIN_TOKENS = 8

ONSETS = [
    "ngh",
    "ng",
    "nh",
    "ch",
    "gh",
    "gi",
    "kh",
    "ph",
    "qu",
    "th",
    "tr",
    "b",
    "c",
    "d",
    "đ",
    "g",
    "h",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "x",
]
_RHYMES = """
a ai ao au ay ac ach am an ang anh ap at
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e eo ec em en eng ep et
ê êch êm ên ênh êp êt êu
i ia iu ich im in inh ip it
iêc iêm iên iêng iêp iêt iêu
yêm yên yêng yêt yêu y
o oa oe oi oc om on ong op ot oong ooc
oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oen oeo oet
ô ôi ôc ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua ui uc um un ung up ut
uân uâng uât uây uê uêch uên uênh uêt uơ
uy uya uych uyên uyêt uynh uyt uyu uyn
uôc uôi uôm uôn uông uôt
ư ưa ưi ưu ưc ưm ưn ưng ưt
ươc ươi ươm ươn ương ươp ươt ươu
"""
RHYMES = frozenset(_RHYMES.split())
#: Combining tone marks: huyền, sắc, hỏi, ngã, nặng.
TONES = {"\u0300": "huyen", "\u0301": "sac", "\u0309": "hoi", "\u0303": "nga", "\u0323": "nang"}
_STOP_CODAS = ("p", "t", "c", "ch")
_VIETNAMESE_MARKED = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]"
)
_TOKEN = re.compile(r"\S+")
_EDGE_PUNCT = "\"'“”‘’«»()[]{}.,;:!?…-–—/*•"


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(token: str) -> bool:
    """True if ``token`` (any case, NFC or NFD) is a possible Vietnamese syllable."""
    decomposed = unicodedata.normalize("NFD", token.lower())
    tones = [c for c in decomposed if c in TONES]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
    if not base or not all(c.isalpha() for c in base):
        return False
    tone = TONES[tones[0]] if tones else "ngang"
    for onset in (*ONSETS, ""):
        if not base.startswith(onset):
            continue
        rhyme = base[len(onset) :]
        if not _spelled_right(onset, rhyme):
            continue
        if onset == "gi" and rhyme == "":
            rhyme = "i"
        if rhyme in RHYMES and (tone in ("sac", "nang") or not rhyme.endswith(_STOP_CODAS)):
            return True
        if onset == "gi" and "i" + rhyme in RHYMES:  # gìn, giếng: the i belongs to both
            return True
    return False


_FRONT = ("e", "ê", "i", "y")


def _spelled_right(onset: str, rhyme: str) -> bool:
    """Quốc ngữ spelling: k, gh, ngh before e, ê, i, y; c, g, ng everywhere else."""
    front = rhyme.startswith(_FRONT)
    if onset in ("k", "gh", "ngh"):
        return front
    if onset in ("c", "ng") or (onset == "g" and not rhyme.startswith("i")):
        return not front
    return True


def _words(text: str) -> list[str]:
    words = []
    for token in _TOKEN.findall(text):
        word = token.strip(_EDGE_PUNCT)
        # numbers, codes (19/KH-SYT) and abbreviations are neither evidence for nor against
        if word and not any(c.isdigit() for c in word) and not (word.isupper() and len(word) <= 4):
            words.append(word)
    return words


@dataclass(frozen=True)
class LayerJudgement:
    """What a page's text layer looks like."""

    tokens: int
    valid_share: float
    marked_share: float

    @property
    def good(self) -> bool:
        return (
            self.tokens >= MIN_TOKENS
            and self.valid_share >= MIN_VALID_SHARE
            and self.marked_share >= MIN_MARKED_SHARE
        )

    @property
    def reason(self) -> str:
        if self.tokens < MIN_TOKENS:
            return "no text layer" if self.tokens == 0 else f"only {self.tokens} words"
        problems = []
        if self.valid_share < MIN_VALID_SHARE:
            problems.append(
                f"{self.valid_share:.0%} valid Vietnamese syllables (< {MIN_VALID_SHARE:.0%})"
            )
        if self.marked_share < MIN_MARKED_SHARE:
            problems.append(f"{self.marked_share:.0%} with marks (< {MIN_MARKED_SHARE:.0%})")
        if problems:
            return "garbled: " + ", ".join(problems)
        return (
            f"good: {self.valid_share:.0%} valid Vietnamese syllables, "
            f"{self.marked_share:.0%} with marks"
        )


def judge_text(text: str) -> LayerJudgement:
    """Share of word tokens that are valid Vietnamese syllables and share that carry marks."""
    words = _words(text)
    if not words:
        return LayerJudgement(0, 0.0, 0.0)
    valid = sum(is_vietnamese_syllable(w) for w in words)
    marked = sum(
        bool(_VIETNAMESE_MARKED.search(unicodedata.normalize("NFC", w.lower()))) for w in words
    )
    return LayerJudgement(len(words), round(valid / len(words), 4), round(marked / len(words), 4))


def read_layer(path: Path, page: int, timeout: float = 60) -> str:
    """The text layer of one PDF page (1-based) by ``pdftotext``; empty if there is none."""
    try:
        done = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", "--", str(path), "-"],
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    if done.returncode != 0:
        return ""
    return done.stdout.decode("utf-8", errors="replace").replace("\f", "").strip("\n")


@dataclass(frozen=True)
class LayerDecision:
    """Whether a page's text comes from its text layer, and why (``record`` goes on the Page)."""

    use: bool
    text: str
    record: dict[str, Any]


def decide(path: Path, page: int, mode: TextLayerMode = "auto") -> LayerDecision:
    """Read and judge the page's text layer; ``mode`` ``use``/``ignore`` forces the choice."""
    if mode == "ignore":
        return LayerDecision(
            False, "", {"decision": "ocr", "mode": mode, "reason": "forced by --text-layer ignore"}
        )
    text = read_layer(path, page)
    judgement = judge_text(text)
    record: dict[str, Any] = {
        "mode": mode,
        "tokens": judgement.tokens,
        "valid_syllable_share": judgement.valid_share,
        "marked_share": judgement.marked_share,
        "marks_present": judgement.marked_share > 0,
    }
    if mode == "use" and text.strip():
        return LayerDecision(
            True, text, {**record, "decision": "used", "reason": "forced by --text-layer use"}
        )
    if mode == "auto" and judgement.good:
        return LayerDecision(True, text, {**record, "decision": "used", "reason": judgement.reason})
    return LayerDecision(False, text, {**record, "decision": "ocr", "reason": judgement.reason})
