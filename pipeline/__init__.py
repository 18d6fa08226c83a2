"""vanban: scanned Vietnamese administrative documents → searchable, structured records.

The library API: :func:`digitise` runs a batch into a :class:`Store`; the stages are the
modules ingest, rasterise, preprocess, ocr, repair, extract and store, in the order
:mod:`pipeline.runner` gives them.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .records import Document, ErrorItem, OcrResult, OcrWord, Page, SourceInfo
from .repair import repair_text
from .runner import BatchResult, Options, Outcome, digitise, process_document
from .store import Store


def __getattr__(name: str) -> object:
    # pipeline.Archive / pipeline.SearchFilters without importing pandas into every worker
    if name in ("Archive", "SearchFilters"):
        from . import archive

        return getattr(archive, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")


__all__ = [
    "Archive",
    "BatchResult",
    "Document",
    "ErrorItem",
    "OcrResult",
    "OcrWord",
    "Options",
    "Outcome",
    "Page",
    "SearchFilters",
    "SourceInfo",
    "Store",
    "__version__",
    "digitise",
    "process_document",
    "repair_text",
]
