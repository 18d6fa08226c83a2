"""Rebuild the repair stage's language model, ``dictionaries/lm.npz``, from installed packages
and the team's own text. Only counts are written; no outside text is copied into the repo.

    .venv/bin/pip install -e .[build]          # underthesea, wordfreq, vietnam-provinces 0.6
    apt-get install hunspell-vi manpages-vi maint-guide-vi
    .venv/bin/python dictionaries/build_lm.py [--out dictionaries/lm.npz]

Sources (each is optional; missing ones are reported and skipped):
- team-written administrative text: ``dictionaries/corpus/admin/*.txt``, TRAIN split only
  (``pipeline.langmodel.split_of``: by a hash of the file name; dev and test are held out);
- ``dictionaries/domain_terms.txt`` (team-written terms and place names): dictionary pairs;
- underthesea: VLSP POS-tagged text (``pipeline/pos_tag/models/*/test_output.txt``) as
  running text; the Viet74K/39K/22K/11K word lists for the syllable inventory and pairs;
- hunspell-vi ``/usr/share/hunspell/vi_VN.dic`` and wordfreq ``vi``: syllable inventory;
  wordfreq's frequencies also give the unigram prior (``Counts.prior``);
- vietnam-provinces 0.6 (the provinces, districts and communes before the 2025 merger):
  each commune as a short line of running text, "xã Hang Kia, huyện Mai Châu, tỉnh Hòa Bình";
- manpages-vi, maint-guide-vi and the Vietnamese gettext catalogues under
  ``/usr/share/locale/vi/LC_MESSAGES``: syllable inventory only (as running text they
  lowered accuracy on the dev split: software text is far from administrative style).
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import re
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from pipeline.langmodel import Counts, split_of  # noqa: E402
from pipeline.syllables import has_marks  # noqa: E402

ADMIN = HERE / "corpus" / "admin"
ADMIN_WEIGHT = 1  # n-gram counts of the in-domain text are multiplied by this


def admin_lines(split: str = "train") -> Iterator[str]:
    for path in sorted(ADMIN.glob("*.txt")):
        if split_of(path.name) == split:
            yield from path.read_text(encoding="utf-8").splitlines()


def _underthesea_dir() -> Path | None:
    try:
        import underthesea
    except ImportError:
        return None
    return Path(underthesea.__file__).parent


def vlsp_lines() -> Iterator[str]:
    root = _underthesea_dir()
    if root is None:
        return
    for path in sorted(root.glob("pipeline/pos_tag/models/*/test_output.txt")):
        words: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if words:
                    yield " ".join(words)
                words = []
                continue
            words.append(line.split("\t")[0])
        if words:
            yield " ".join(words)


def word_lists() -> Iterator[str]:
    root = _underthesea_dir()
    if root is not None:
        for name in ("Viet74K.txt", "Viet39K.txt", "Viet22K.txt", "Viet11K.txt"):
            path = root / "corpus" / "data" / name
            if path.exists():
                yield from path.read_text(encoding="utf-8").splitlines()


def hunspell_words() -> Iterator[str]:
    path = Path("/usr/share/hunspell/vi_VN.dic")
    if path.exists():
        for line in path.read_text(encoding="utf-8", errors="ignore").splitlines()[1:]:
            yield line.split("/")[0]


def wordfreq_words() -> Iterator[str]:
    try:
        from wordfreq import top_n_list
    except ImportError:
        return
    yield from (w for w in top_n_list("vi", 20000) if has_marks(w))


#: Unit words the names of vietnam-provinces start with (0.6, and 2025 with "Đặc khu").
PLACE_UNITS = (
    "Thành phố",
    "Thị trấn",
    "Thị xã",
    "Tỉnh",
    "Huyện",
    "Quận",
    "Xã",
    "Phường",
    "Đặc khu",
)


def split_unit(full: str) -> tuple[str, str]:
    """A division's name split into its unit word, lower case, and the name ("Thành phố Đà
    Nẵng" → "thành phố", "Đà Nẵng"); no unit word gives ""."""
    for unit in PLACE_UNITS:
        if full.startswith(unit + " "):
            return unit.lower(), full[len(unit) + 1 :]
    return "", full


def place_names() -> Iterator[tuple[str, str, str, str]]:
    """(unit, name, district, province) of every commune and ward in vietnam-provinces 0.6
    (the 63 provinces and their districts before the 2025 reorganisation); districts and
    provinces themselves come with an empty district or province."""
    import importlib.util
    import json

    spec = importlib.util.find_spec("vietnam_provinces")
    if spec is None or not spec.submodule_search_locations:
        return
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nested-divisions.json"
    if not path.exists():
        return

    for province in json.loads(path.read_text(encoding="utf-8")):
        p_unit, p_name = split_unit(province["name"])
        yield p_unit, p_name, "", ""
        for district in province.get("districts", ()):
            d_unit, d_name = split_unit(district["name"])
            yield d_unit, d_name, "", f"{p_unit} {p_name}"
            for ward in district.get("wards", ()):
                w_unit, w_name = split_unit(ward["name"])
                yield w_unit, w_name, f"{d_unit} {d_name}", f"{p_unit} {p_name}"


def word_prior(vocab: list[str]) -> dict[int, float]:
    """wordfreq's frequency of each vocabulary syllable (a general-text unigram prior)."""
    try:
        from wordfreq import word_frequency
    except ImportError:
        return {}
    out = {}
    for i, w in enumerate(vocab):
        if w[0] != "<":
            f = word_frequency(w, "vi")
            if f > 0:
                out[i] = f
    return out


_GROFF = re.compile(r"\\f[BIRP]|\\-|\\\(..|\\&|\\e")


def debian_doc_lines() -> Iterator[str]:
    for path in sorted(Path("/usr/share/man/vi").rglob("*.gz")):
        with gzip.open(path, "rt", encoding="utf-8", errors="ignore") as fh:
            lines = fh.readlines()
        for line in lines:
            if line.startswith((".", "'")) and not line.startswith((".B ", ".I ")):
                continue
            line = _GROFF.sub("", line.removeprefix(".B ").removeprefix(".I "))
            if has_marks(line):
                yield line.rstrip("\n")
    for path in sorted(Path("/usr/share/doc").glob("maint-guide-vi*/*.txt.gz")):
        with gzip.open(path, "rt", encoding="utf-8", errors="ignore") as fh:
            lines = fh.readlines()
        for line in lines:
            if has_marks(line):
                yield line.rstrip("\n")
    for path in sorted(Path("/usr/share/locale/vi/LC_MESSAGES").glob("*.mo")):
        try:
            with path.open("rb") as fh:
                catalogue = gettext.GNUTranslations(fh)
        except Exception:  # a catalogue we cannot parse is skipped
            continue
        for value in catalogue._catalog.values():  # type: ignore[attr-defined]
            for line in str(value).replace("_", "").replace("&", "").splitlines():
                if has_marks(line):
                    yield line


def build(out: Path, admin_weight: int = ADMIN_WEIGHT) -> Counts:
    counts = Counts()
    n_pairs = 0
    for source, words in (("hunspell-vi", hunspell_words()), ("wordfreq", wordfreq_words())):
        before = len(counts.inventory)
        counts.add_syllables(w for word in words for w in word.split())
        print(f"inventory from {source}: +{len(counts.inventory) - before}")
    for entry in word_lists():
        counts.add_dictionary_word(entry)
    terms = HERE / "domain_terms.txt"
    if terms.exists():
        for entry in terms.read_text(encoding="utf-8").splitlines():
            if entry.strip() and not entry.startswith("#"):
                counts.add_dictionary_word(entry)
                counts.add_syllables(entry.split())
    before = len(counts.inventory)
    for _, name, _, _ in place_names():
        counts.add_syllables(name.split())
    print(f"inventory from vietnam-provinces: +{len(counts.inventory) - before}")
    n_pairs = len(counts.pairs)
    print(f"dictionary pairs: {n_pairs}, inventory: {len(counts.inventory)}")
    # Software help and UI text as running text costs accuracy on administrative text (dev:
    # 96.2% without it, 95.9% with it), so it feeds only the syllable inventory.
    before = len(counts.inventory)
    counts.add_syllables(
        w for line in debian_doc_lines() for w in re.findall(r"[^\W\d_]+", line) if has_marks(w)
    )
    print(f"inventory from Debian docs and catalogues: +{len(counts.inventory) - before}")
    # Place names as short running text ("xã Hang Kia, huyện Mai Châu, tỉnh Hòa Bình"): their
    # trigrams and capitals (dev: 583 errors instead of 612; as dictionary pairs only: 601).
    places = (", ".join(x for x in (f"{u} {n}", d, p) if x.strip()) for u, n, d, p in place_names())
    print(f"running text from vietnam-provinces: {counts.add_text(places)} syllables")
    for source, lines, weight in (
        ("VLSP (underthesea)", vlsp_lines(), 1),
        ("team administrative text (train)", admin_lines("train"), admin_weight),
    ):
        seen: set[str] = set()
        unique = (ln for ln in lines if not (ln in seen or seen.add(ln)))
        print(f"running text from {source}: {counts.add_text(unique, weight)} syllables")
    counts.prior = word_prior(counts.vocab)
    print(f"unigram prior from wordfreq: {len(counts.prior)} syllables")
    print(f"trigrams: {len(counts.trigrams)}, vocabulary: {len(counts.vocab)}")
    counts.save(out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "lm.npz")
    parser.add_argument("--admin-weight", type=int, default=ADMIN_WEIGHT)
    args = parser.parse_args()
    build(args.out, args.admin_weight)


if __name__ == "__main__":
    main()
