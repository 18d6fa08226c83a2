"""Build dictionaries/places.txt: the names of Vietnam's provinces, districts and communes.

    .venv/bin/pip install -e .[build]   # vietnam-provinces 0.6
    .venv/bin/pip install --no-deps --target /tmp/vp2025 vietnam-provinces==2025.10.1
    .venv/bin/python dictionaries/build_places.py --after-2025 /tmp/vp2025

The names come from vietnam-provinces 0.6 (the 63 provinces, their districts and communes
before the 2025 reorganisation), without their unit word ("Thành phố Đà Nẵng" gives "Đà
Nẵng"), tone marks placed as the repair stage places them ("Hoà" → "Hòa"), one per line
with its level (1 province, 2 district, 3 commune; the highest when a name is on several),
sorted, an apostrophe joined to the syllable after it ("Ia H'Drai", as printed, not "Ia H'
Drai"). Only names of two syllables or more are kept: the extractor
uses them to put back marks that OCR lost or changed in the capitalised names of header
fields (``pipeline/places.py``), and a single syllable is too often an ordinary word.

The communes and wards formed on 1 July 2025 (34 provinces, no districts) come from
vietnam-provinces 2025.10.1, installed beside 0.6 in a folder of its own (the two cannot be
installed together); a name already known before 2025 keeps its level.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from build_lm import place_names, split_unit  # noqa: E402

from pipeline.repair import place_tone  # noqa: E402


def place_names_2025(folder: Path) -> Iterator[tuple[str, str, str, str]]:
    """(unit, name, "", province) of every commune and ward of vietnam-provinces 2025
    installed in ``folder``, the provinces themselves with an empty province, as
    ``place_names`` gives the earlier ones (there are no districts)."""
    data = folder / "vietnam_provinces" / "data" / "nested-divisions.json"

    for province in json.loads(data.read_text(encoding="utf-8")):
        p_unit, p_name = split_unit(province["name"])
        yield p_unit, p_name, "", ""
        for ward in province.get("wards", ()):
            w_unit, w_name = split_unit(ward["name"])
            yield w_unit, w_name, "", f"{p_unit} {p_name}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--after-2025", type=Path, help="folder where vietnam-provinces 2025.10.1 is installed"
    )
    args = parser.parse_args()
    # (name, level): 1 province, 2 district, 3 commune or ward (those of 2025 have no district)
    levelled = [
        (name, 3 if district else 2 if province else 1)
        for _unit, name, district, province in place_names()
    ]
    if args.after_2025:
        levelled += [
            (name, 3 if province else 1)
            for _unit, name, _, province in place_names_2025(args.after_2025)
        ]
    names: dict[str, int] = {}
    for name, level in levelled:
        # "Ia H' Drai" as it is usually printed: "Ia H'Drai"
        words = unicodedata.normalize("NFC", name).replace("' ", "'").split()
        if (len(words) >= 2 or "'" in name) and not any(ch.isdigit() for ch in name):
            name = " ".join(place_tone(w) for w in words)
            names[name] = min(level, names.get(name, level))
    if not names:
        print("vietnam-provinces is not installed: pip install -e .[build]", file=sys.stderr)
        return 1
    out = HERE / "places.txt"
    sources = "0.6 and 2025.10.1" if args.after_2025 else "0.6"
    header = f"# Place names from vietnam-provinces {sources} (build_places.py), level\n"
    lines = [f"{name}\t{level}" for name, level in sorted(names.items())]
    out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
