"""Build dictionaries/places.txt: the names of Vietnam's provinces, districts and communes.

    .venv/bin/pip install -e .[build]   # vietnam-provinces 0.6
    .venv/bin/python dictionaries/build_places.py

The names come from vietnam-provinces 0.6 (the 63 provinces, their districts and communes
before the 2025 reorganisation), without their unit word ("Thành phố Đà Nẵng" gives "Đà
Nẵng"), tone marks placed as the repair stage places them ("Hoà" → "Hòa"), one per line
with its level (1 province, 2 district, 3 commune; the highest when a name is on several),
sorted, an apostrophe joined to the syllable after it ("Ia H'Drai", as printed, not "Ia H'
Drai"). Only names of two syllables or more are kept: the extractor
uses them to put back marks that OCR lost or changed in the capitalised names of header
fields (``pipeline/places.py``), and a single syllable is too often an ordinary word.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from build_lm import place_names  # noqa: E402

from pipeline.repair import place_tone  # noqa: E402


def main() -> int:
    names: dict[str, int] = {}
    for _unit, name, district, province in place_names():
        # "Ia H' Drai" as it is usually printed: "Ia H'Drai"
        words = unicodedata.normalize("NFC", name).replace("' ", "'").split()
        if (len(words) >= 2 or "'" in name) and not any(ch.isdigit() for ch in name):
            name = " ".join(place_tone(w) for w in words)
            level = 3 if district else 2 if province else 1
            names[name] = min(level, names.get(name, level))
    if not names:
        print("vietnam-provinces is not installed: pip install -e .[build]", file=sys.stderr)
        return 1
    out = HERE / "places.txt"
    header = "# Place names from vietnam-provinces 0.6 (dictionaries/build_places.py), level\n"
    lines = [f"{name}\t{level}" for name, level in sorted(names.items())]
    out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
