"""Record types that travel through the stages: source, OCR words, pages and documents.

Records are frozen dataclasses. A stage takes a record and returns a new one
(``dataclasses.replace``); a failure becomes an :class:`ErrorItem` on the record
instead of an exception that stops the batch. ``to_dict`` gives the JSON record
described in DESIGN.md.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import numpy as np

SourceKind = Literal["pdf", "image", "text"]

#: Every field of the record, in the order of DESIGN.md, with its empty value.
FIELD_DEFAULTS: dict[str, Any] = {
    "quoc_hieu": False,
    "co_quan_chu_quan": None,
    "co_quan_ban_hanh": None,
    "so": None,
    "ky_hieu": None,
    "so_ky_hieu": None,
    "loai_van_ban": None,
    "trich_yeu": None,
    "dia_danh": None,
    "ngay_ban_hanh": None,
    "kinh_gui": [],
    "noi_nhan": [],
    "tham_quyen_ky": None,
    "chuc_vu_nguoi_ky": None,
    "nguoi_ky": None,
    "do_mat": None,
    "do_khan": None,
    "van_ban_lien_quan": [],
}


def empty_fields() -> dict[str, Any]:
    """A fresh fields dict with every field present and empty."""
    return {
        name: (list(value) if isinstance(value, list) else value)
        for name, value in FIELD_DEFAULTS.items()
    }


@dataclass(frozen=True)
class ErrorItem:
    """Something that went wrong, kept where it happened."""

    stage: str
    message: str
    path: str = ""
    page: int | None = None

    def line(self) -> str:
        """The one-line form shown to users: file, page, stage, message."""
        where = self.path or "<input>"
        if self.page is not None:
            where += f": page {self.page}"
        return f"{where}: {self.stage}: {self.message}"


@dataclass(frozen=True)
class SourceInfo:
    """Where a document came from; ``sha256`` of the file content is the document id."""

    path: str
    sha256: str
    kind: SourceKind
    pages: int = 0
    size: int = 0


@dataclass(frozen=True)
class OcrWord:
    """One word as the OCR engine read it, with its box and place in Tesseract's layout."""

    text: str
    conf: float
    left: int
    top: int
    width: int
    height: int
    block: int
    par: int
    line: int
    word: int


@dataclass(frozen=True)
class OcrResult:
    """The OCR engine's output for one page image."""

    engine: str
    width: int
    height: int
    words: tuple[OcrWord, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "engine": self.engine,
            "width": self.width,
            "height": self.height,
            "words": [asdict(w) for w in self.words],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OcrResult:
        return cls(
            engine=data["engine"],
            width=data["width"],
            height=data["height"],
            words=tuple(OcrWord(**w) for w in data["words"]),
        )


@dataclass(frozen=True)
class Repair:
    """One change the repair stage made: where, what it was, what it became."""

    line: int
    column: int
    before: str
    after: str
    confidence: float
    kind: str


@dataclass(frozen=True)
class Page:
    """One page on its way through the stages.

    ``image`` is transient: it is set by rasterise/preprocess, dropped after OCR so
    that a worker holds one page image at a time, and never serialised.
    """

    number: int
    image: np.ndarray | None = field(default=None, repr=False, compare=False)
    ocr: OcrResult | None = field(default=None, repr=False)
    text_raw: str = ""
    text: str = ""
    ocr_confidence: float | None = None
    skew_deg: float | None = None
    orientation_deg: int = 0
    upscale: float = 1.0
    preprocess_steps: tuple[str, ...] = ()
    preprocess_seconds: float | None = None
    text_layer: dict[str, Any] | None = None
    repairs: tuple[Repair, ...] = ()
    warnings: tuple[str, ...] = ()
    errors: tuple[ErrorItem, ...] = ()
    #: Ruled tables read cell by cell on this page (gathered into ``Document.tables``).
    tables: tuple[dict[str, Any], ...] = ()
    #: Lines of the signer block from a second OCR pass without the seal (for extract).
    signer_lines: tuple[str, ...] = ()
    #: Syllables of the signer's name the vote on its line is sure of (kept as read).
    signer_sure: tuple[str, ...] = ()
    #: Lines of the "Nơi nhận" block read again on their own, when that reading is surer.
    recipient_lines: tuple[str, ...] = ()
    #: Size (width, height) of the page image as rasterised, before preprocessing.
    image_size: tuple[int, int] | None = None
    #: 3×3 homography (row-major) from the rasterised image to the image OCR read.
    to_ocr: tuple[float, ...] | None = None
    #: The ruled tables found in the page image before OCR (``tables.Ruling``), for OCR to
    #: read around them and the tables stage to read their cells; not kept in the record.
    ruling: Any = field(default=None, repr=False, compare=False)
    #: The OCR words behind ``text_raw``, in its order (boxes in the OCR image).
    reading_words: tuple[OcrWord, ...] = field(default=(), repr=False)
    #: For each token of ``text`` (split on whitespace), the indices in ``reading_words`` of
    #: the OCR words it came from; set by the repair stage.
    token_words: tuple[tuple[int, ...], ...] = field(default=(), repr=False)

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "text_raw": self.text_raw,
            "text": self.text,
            "ocr_confidence": self.ocr_confidence,
            "skew_deg": self.skew_deg,
            "preprocess": {
                "steps": list(self.preprocess_steps),
                "orientation_deg": self.orientation_deg,
                "skew_deg": self.skew_deg,
                "upscale": self.upscale,
                "cpu_seconds": self.preprocess_seconds,
            },
            "text_layer": self.text_layer,
            "repairs": [asdict(r) for r in self.repairs],
            "warnings": list(self.warnings),
            "layout": self.layout(),
        }

    def layout(self) -> dict[str, Any] | None:
        """Where each token of ``text`` lies on the page image, or None without OCR words:
        the OCR words (text, left, top, width, height in the OCR image), the links from
        tokens to words, the OCR image size and the transform from the rasterised image."""
        if not self.reading_words or self.ocr is None:
            return None
        return {
            "image_size": list(self.image_size) if self.image_size else None,
            "ocr_size": [self.ocr.width, self.ocr.height],
            "to_ocr": list(self.to_ocr) if self.to_ocr else None,
            "words": [[w.text, w.left, w.top, w.width, w.height] for w in self.reading_words],
            "token_words": [list(t) for t in self.token_words],
        }


@dataclass(frozen=True)
class Document:
    """A whole document: its source, pages, and what extraction found."""

    id: str
    source: SourceInfo
    pages: tuple[Page, ...] = ()
    fields: dict[str, Any] = field(default_factory=empty_fields)
    confidence: dict[str, dict[str, Any]] = field(default_factory=dict)
    tables: tuple[dict[str, Any], ...] = ()
    errors: tuple[ErrorItem, ...] = ()

    @property
    def text(self) -> str:
        """The whole repaired text, pages separated by a form feed line."""
        return "\n\f\n".join(p.text for p in self.pages)

    @property
    def all_errors(self) -> tuple[ErrorItem, ...]:
        return self.errors + tuple(e for p in self.pages for e in p.errors)

    @property
    def status(self) -> str:
        """``complete`` when every page went through, ``partial`` when some failed,
        ``failed`` when nothing could be read."""
        if not self.pages or all(p.failed for p in self.pages):
            return "failed"
        return "partial" if self.all_errors else "complete"

    @property
    def ocr_confidence(self) -> float | None:
        values = [p.ocr_confidence for p in self.pages if p.ocr_confidence is not None]
        return round(sum(values) / len(values), 4) if values else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": asdict(self.source),
            "status": self.status,
            "fields": self.fields,
            "confidence": self.confidence,
            "tables": list(self.tables),
            "pages": [p.to_dict() for p in self.pages],
            "text": self.text,
            "errors": [asdict(e) for e in self.all_errors],
        }
