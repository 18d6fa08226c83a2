"""Data files the stages read (document types, and later the syllable inventory and models).

This folder is importable as ``pipeline.dictionaries`` so that an installed wheel finds the
same files as a checkout; use :func:`pipeline.dictionaries.path` to locate one.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def path(name: str) -> Path:
    """Return the path of a data file shipped in this folder."""
    found = HERE / name
    if not found.exists():
        raise FileNotFoundError(f"dictionary file not found: {found}")
    return found
