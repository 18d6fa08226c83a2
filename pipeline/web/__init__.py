"""``vanban serve``: a small FastAPI + Jinja page over an :class:`~pipeline.archive.Archive`.

Search with facets (type, issuing body, year), document views (fields, the page image next
to the repaired text, tasks, cited documents linked to their records) and CSV download of
the current result. Read-only; one SQLite connection per server thread.
"""

from __future__ import annotations

import html
import io
import re
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from PIL import Image

from ..archive import Archive, SearchFilters, _flat
from ..records import FIELD_DEFAULTS

TEMPLATES = Path(__file__).resolve().parent / "templates"
#: Resolution of the page images in the document view (enough to read, quick to render).
PAGE_DPI = 60
#: The query-string names of the filters, as the CLI names them.
FILTER_PARAMS = ("type", "agency", "year", "from", "to", "so")


def highlighted(snippet: str) -> Markup:
    """A snippet with its [matches] as <mark>, everything else escaped."""
    escaped = html.escape(snippet)
    return Markup(re.sub(r"\[([^\[\]]+)\]", r"<mark>\1</mark>", escaped))


def render_page_png(path: Path, kind: str, number: int, dpi: int = PAGE_DPI) -> bytes:
    """One page of the source file as PNG at low resolution (pdftoppm for PDFs, argument
    list, no shell; Pillow for images)."""
    if kind == "pdf":
        done = subprocess.run(
            ["pdftoppm", "-f", str(number), "-l", str(number), "-r", str(dpi), "-png", str(path)],
            capture_output=True,
            timeout=60,
            check=False,
        )
        if done.returncode != 0 or not done.stdout:
            raise OSError(done.stderr.decode("utf-8", "replace").strip() or "pdftoppm failed")
        return done.stdout
    with Image.open(path) as image:
        image.seek(number - 1)
        page = image.convert("RGB")
        page.thumbnail((int(8.3 * dpi * 2), int(11.7 * dpi * 2)))
        out = io.BytesIO()
        page.save(out, format="PNG")
        return out.getvalue()


def create_app(db: str | Path) -> FastAPI:
    """The web app over the store at ``db``."""
    db = Path(db)
    if not db.exists():
        raise FileNotFoundError(f"{db}: no such store")
    app = FastAPI(title="vanban", docs_url=None, redoc_url=None)
    templates = Jinja2Templates(directory=str(TEMPLATES))
    templates.env.filters["highlighted"] = highlighted
    local = threading.local()

    def archive() -> Archive:
        if getattr(local, "archive", None) is None:
            local.archive = Archive(db)
        return local.archive

    def filters_of(request: Request) -> tuple[str, SearchFilters | None, dict[str, str]]:
        params = {k: v.strip() for k, v in request.query_params.items() if v.strip()}
        values: dict[str, Any] = {
            "loai_van_ban": params.get("type"),
            "co_quan": params.get("agency"),
            "date_from": params.get("from"),
            "date_to": params.get("to"),
            "so_ky_hieu": params.get("so"),
        }
        if params.get("year", "").isdigit():
            values["year"] = int(params["year"])
        values = {k: v for k, v in values.items() if v}
        try:
            filters = SearchFilters(**values) if values else None
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from None
        return params.get("q", ""), filters, params

    @app.get("/", response_class=HTMLResponse)
    def search(request: Request) -> Response:
        query, filters, params = filters_of(request)
        a = archive()
        try:
            hits = a.search(query, filters, limit=int(params.get("limit", 50)))
            summary = a.summary(query, filters)
            facets, matches, error = summary.facets, summary.total, None
        except Exception as exc:  # a malformed FTS query: say so on the page
            if "fts5" not in str(exc) and "syntax" not in str(exc):
                raise
            hits, facets, matches, error = [], {}, 0, f"bad search query: {exc}"

        def with_param(name: str, value: str | None) -> str:
            changed = {k: v for k, v in params.items() if k != name}
            if value is not None:
                changed[name] = value
            return "?" + urlencode(changed)

        return templates.TemplateResponse(
            request,
            "search.html",
            {
                "query": query,
                "params": params,
                "hits": hits,
                "facets": facets,
                "matches": matches,
                "error": error,
                "with_param": with_param,
                "csv_url": "/export.csv?" + urlencode(params),
                "total": a.db.execute(
                    "SELECT count(*) FROM documents WHERE superseded_by IS NULL"
                ).fetchone()[0],
            },
        )

    @app.get("/export.csv")
    def export_csv(request: Request) -> Response:
        query, filters, _ = filters_of(request)
        frame = _flat(archive().documents(query, filters))
        body = frame.to_csv(index=False, date_format="%Y-%m-%d").encode("utf-8-sig")
        return Response(
            body,
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="vanban.csv"'},
        )

    @app.get("/document/{document_id}", response_class=HTMLResponse)
    def document(request: Request, document_id: str) -> Response:
        a = archive()
        record = a.record(document_id)
        if record is None:
            raise HTTPException(404, f"no document {document_id}")
        source = Path(record["source"]["path"])
        refs = a.references(document_id=document_id)
        tasks = a.tasks(document_id=document_id)
        fields = record.get("fields", {})
        return templates.TemplateResponse(
            request,
            "document.html",
            {
                "record": record,
                "fields": [(name, fields.get(name)) for name in FIELD_DEFAULTS],
                "source_exists": source.exists(),
                "source": source,
                "tasks": tasks.astype(object).where(tasks.notna(), "").to_dict(orient="records"),
                "references": refs.astype(object).where(refs.notna(), None).to_dict("records"),
            },
        )

    @app.get("/document/{document_id}/pdf")
    def searchable_pdf(document_id: str) -> Response:
        """The scan with the repaired text under it (see pipeline.searchable)."""
        from ..searchable import SearchablePdfError, write_searchable_pdf

        record = archive().record(document_id)
        if record is None:
            raise HTTPException(404, f"no document {document_id}")
        with tempfile.TemporaryDirectory(prefix="vanban-web-") as tmp:
            out = Path(tmp) / "document.pdf"
            try:
                write_searchable_pdf(record, out)
            except SearchablePdfError as exc:
                raise HTTPException(404, str(exc)) from None
            data = out.read_bytes()
        name = Path(record["source"]["path"]).stem + ".pdf"
        return Response(
            data,
            media_type="application/pdf",
            headers={"Content-Disposition": f"inline; filename*=UTF-8''{quote(name)}"},
        )

    @app.get("/document/{document_id}/page/{number}.png")
    def page_image(document_id: str, number: int) -> Response:
        record = archive().record(document_id)
        if record is None:
            raise HTTPException(404, f"no document {document_id}")
        source = record["source"]
        path = Path(source["path"])
        if source["kind"] == "text":
            raise HTTPException(404, "a text input has no page image")
        if not path.exists():
            raise HTTPException(404, f"the source file is no longer at {path}")
        try:
            png = render_page_png(path, source["kind"], number)
        except (OSError, EOFError, subprocess.TimeoutExpired) as exc:
            raise HTTPException(500, f"{path}: page {number}: {exc}") from None
        return Response(png, media_type="image/png")

    return app


__all__ = ["create_app", "highlighted", "render_page_png"]
