"""Find the input files, tell their kind from their content, and hash them (the document id)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .records import ErrorItem, SourceInfo, SourceKind

#: File name suffixes the pipeline reads, and the kind each one is.
SUFFIX_KIND: dict[str, SourceKind] = {
    ".pdf": "pdf",
    ".tif": "image",
    ".tiff": "image",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".txt": "text",
}

_MAGIC: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".tif": (b"II*\x00", b"MM\x00*"),
    ".tiff": (b"II*\x00", b"MM\x00*"),
}


class InputError(Exception):
    """An input file that cannot be read at all; the message names the problem."""


@dataclass(frozen=True)
class Discovery:
    """What :func:`discover` found: files to process and paths it had to reject."""

    files: tuple[Path, ...]
    errors: tuple[ErrorItem, ...]


def discover(paths: Iterable[str | os.PathLike[str]]) -> Discovery:
    """Expand files and folders into the list of supported input files, in a stable order.

    Folders are walked recursively; files there with other suffixes (ground truth JSON,
    READMEs) are passed over silently. A path given explicitly that does not exist or
    has an unsupported suffix is reported as an error.
    """
    files: list[Path] = []
    errors: list[ErrorItem] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in _walk(path) if p.suffix.lower() in SUFFIX_KIND)
        elif path.is_file() or path.is_symlink():
            if path.suffix.lower() not in SUFFIX_KIND:
                errors.append(
                    ErrorItem(
                        "ingest",
                        "unsupported file type "
                        f"'{path.suffix or '(none)'}'; expected one of "
                        + ", ".join(sorted(SUFFIX_KIND)),
                        str(path),
                    )
                )
                continue
            found = [path]
        else:
            errors.append(ErrorItem("ingest", "no such file or folder", str(path)))
            continue
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                files.append(p)
    return Discovery(tuple(files), tuple(errors))


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if not name.startswith("."):
                yield Path(root) / name


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    """Hex SHA-256 of a file's content, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def identify(path: Path) -> SourceInfo:
    """Hash a file and tell its kind; raises :class:`InputError` for files that cannot be read.

    The kind comes from the suffix, checked against the file's first bytes so that,
    for example, a text file named ``.pdf`` is reported as such instead of failing
    later inside poppler.
    """
    suffix = path.suffix.lower()
    kind = SUFFIX_KIND.get(suffix)
    if kind is None:
        raise InputError(f"unsupported file type '{suffix or '(none)'}'")
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}") from None
    if size == 0:
        raise InputError("empty file (0 bytes)")
    magic = _MAGIC.get(suffix, ())
    # PDF readers accept a little junk before the header; images must start with theirs.
    looks_right = (
        any(m in head for m in magic)
        if suffix == ".pdf"
        else any(head.startswith(m) for m in magic)
    )
    if magic and not looks_right:
        raise InputError(
            f"not a {suffix[1:].upper()} file: its content does not start "
            f"like one (first bytes {head[:8]!r})"
        )
    return SourceInfo(path=str(path), sha256=sha256_file(path), kind=kind, size=size)


def read_text_file(path: Path) -> str:
    """Read a ``.txt`` of earlier OCR; UTF-8 (with or without BOM) or UTF-16 with a BOM.

    Anything else raises :class:`InputError` naming the byte offset, rather than
    guessing an encoding and storing mojibake.
    """
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (invalid byte at offset {exc.start}); convert it to UTF-8 first"
        ) from None
