"""The review web app (Starlette): documents list, review page, page images, decisions.

Safety: documents are addressed by sha256 and their PDF path comes only from the
``documents`` table; state changes are POSTs whose Origin (or Referer) must be
this app; the Host header must be one the app was bound to; every input is
checked before a transaction opens, so a bad request gets a 4xx and leaves no
half-written decision.  One DuckDB connection, used under a lock, does every
read and write.
"""
from __future__ import annotations

import getpass
import re
import threading
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import duckdb
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import __version__
from ..data import reviews
from ..data.dataset import create_views, metric_label, metric_units
from .pages import Pages, PdfUnavailable

SHA = re.compile(r"^[0-9a-f]{64}$")
MAX_BODY = 64 * 1024
LOOPBACK = ["127.0.0.1", "localhost", "::1", "[::1]"]
STATUS_FILTERS = {"": "any", "open": "figures to check", "done": "all to-check figures reviewed",
                  "reviewed": "with decisions", "error": "unreadable"}


class ReviewDb:
    """The app's one connection to the database, used under a lock."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self.lock = threading.Lock()
        with self.lock:
            reviews.ensure_table(con)
            if {"figures", "documents"} <= {r[0] for r in con.execute(
                    "SELECT table_name FROM duckdb_tables() WHERE NOT temporary").fetchall()}:
                create_views(con)  # the stored views read reviewed_figures from now on
                from ..data.reference import create_official_views

                create_official_views(con)

    def run(self, fn, *args, **kwargs):
        with self.lock:
            return fn(self.con, *args, **kwargs)


def _env() -> Environment:
    env = Environment(loader=PackageLoader("extractor.review", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = _num
    env.globals["metric_label"] = metric_label
    return env


def _num(v) -> str:
    if v is None or v != v:
        return ""
    v = float(v)
    return f"{int(v):,}" if v == int(v) else f"{v:,g}"


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def _error(request: Request, message: str, status: int) -> Response:
    if _wants_json(request) or request.url.path.endswith((".png", "/layout")):
        return JSONResponse({"error": message}, status_code=status)
    body = (f"<!doctype html><meta charset=utf-8><title>{status}</title>"
            f"<p>{_escape(message)}</p><p><a href='/'>Documents</a></p>")
    return HTMLResponse(body, status_code=status)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _same_origin(request: Request) -> bool:
    """A POST must come from a page of this app: its Origin (or, without one, its Referer)
    names the host the request was sent to."""
    host = request.headers.get("host", "")
    for header in ("origin", "referer"):
        value = request.headers.get(header)
        if value and value != "null":
            parts = urlsplit(value)
            return parts.scheme in ("http", "https") and parts.netloc == host
    return False


def create_app(db_path: Path | None = None, *, con: duckdb.DuckDBPyConnection | None = None,
               reviewer: str | None = None, allowed_hosts: list[str] | None = None,
               base_dirs: list[Path] | None = None) -> Starlette:
    """The app over one database (a path, or an open read-write connection).

    ``allowed_hosts``: the Host names the app answers (default: loopback names only).
    ``base_dirs``: where relative PDF paths are looked up (default: the working directory).
    """
    if con is None:
        con = duckdb.connect(str(db_path))
    db = ReviewDb(con)
    who = reviewer or _os_user()
    pages = Pages(base_dirs or [Path.cwd()])
    env = _env()
    units = metric_units()

    def render(name: str, **context) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context))

    def _doc_or_404(sha: str) -> dict:
        doc = db.run(reviews.document, sha) if SHA.match(sha) else None
        if doc is None:
            raise reviews.ReviewError("no such document", 404)
        return doc

    async def documents_page(request: Request) -> Response:
        q = request.query_params
        council, region, status = q.get("council", ""), q.get("region", ""), q.get("status", "")
        if status not in STATUS_FILTERS:
            return _error(request, f"status must be one of: {', '.join(k for k in STATUS_FILTERS if k)}", 400)
        frame = await run_in_threadpool(db.run, reviews.documents_overview)
        rows = [reviews._clean(r) for r in frame.to_dict("records")]
        councils = sorted({r["council"] for r in rows if r["council"]})
        regions = sorted({r["region"] for r in rows if r["region"]})
        shown = [r for r in rows
                 if (not council or r["council"] == council) and (not region or r["region"] == region)
                 and (status == "" or (status == "open" and r["n_open"] > 0)
                      or (status == "done" and r["status"] == "ok" and r["n_open"] == 0 and r["n_figures"] > 0)
                      or (status == "reviewed" and (r["n_reviewed"] or r["n_added"]))
                      or (status == "error" and r["status"] == "error"))]
        totals = {k: sum(r[k] for r in shown) for k in ("n_figures", "n_confident", "n_to_check", "n_reviewed",
                                                          "n_open", "n_added")}
        return render("documents.html", rows=shown, total=len(rows), councils=councils, regions=regions,
                      council=council, region=region, status=status, statuses=STATUS_FILTERS, totals=totals,
                      reviewer=who)

    async def document_page(request: Request) -> Response:
        sha = request.path_params["sha"]
        try:
            doc = await run_in_threadpool(_doc_or_404, sha)
        except reviews.ReviewError as exc:
            return _error(request, str(exc), exc.status)
        figures = await run_in_threadpool(db.run, reviews.figures_for_review, sha)
        orphans = await run_in_threadpool(db.run, reviews.orphan_decisions, sha)
        data = {"sha": sha, "doc": doc["doc"], "pages": int(doc["pages"] or 0), "figures": figures,
                "metrics": [{"id": m, "unit": u, "label": metric_label(m)} for m, u in units.items()],
                "comparators": list(reviews.COMPARATORS), "reasons": list(reviews.REASONS.items()),  # a list: tojson sorts keys "reviewer": who,
                "period": doc["period"]}
        return render("document.html", doc=doc, data=data, figures=figures, orphans=orphans, reviewer=who)

    async def page_png(request: Request) -> Response:
        sha, number = request.path_params["sha"], request.path_params["number"]
        try:
            doc = await run_in_threadpool(_doc_or_404, sha)
            if not 1 <= number <= int(doc["pages"] or 0):
                raise reviews.ReviewError(f"no page {number} (the document has {doc['pages']})", 404)
            data = await run_in_threadpool(pages.png, sha, doc["path"], number)
        except (reviews.ReviewError, PdfUnavailable) as exc:
            return _error(request, str(exc), exc.status)
        return Response(data, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})

    async def page_layout(request: Request) -> Response:
        sha, number = request.path_params["sha"], request.path_params["number"]
        try:
            doc = await run_in_threadpool(_doc_or_404, sha)
            if not 1 <= number <= int(doc["pages"] or 0):
                raise reviews.ReviewError(f"no page {number} (the document has {doc['pages']})", 404)
            figures = await run_in_threadpool(db.run, reviews.figures_for_review, sha)
            layout = await run_in_threadpool(pages.page_layout, sha, doc["path"], number, figures)
        except (reviews.ReviewError, PdfUnavailable) as exc:
            return _error(request, str(exc), exc.status)
        return JSONResponse(layout)

    async def _form(request: Request) -> dict:
        if not _same_origin(request):
            raise reviews.ReviewError("refused: the request does not come from this app's pages "
                                      "(Origin/Referer missing or foreign)", 403)
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            raise reviews.ReviewError("request body too large", 413)
        ctype = request.headers.get("content-type", "").split(";")[0].strip()
        if ctype not in ("application/x-www-form-urlencoded", "multipart/form-data"):
            raise reviews.ReviewError("send the decision as a form (application/x-www-form-urlencoded)", 415)
        try:
            form = await request.form(max_files=0, max_fields=40)
        except Exception as exc:  # a malformed body is the client's fault, not a 500
            raise reviews.ReviewError(f"malformed form: {exc}", 400) from None
        out = {}
        for k, v in form.multi_items():
            if not isinstance(v, str):
                raise reviews.ReviewError("files are not accepted", 400)
            out[k] = v
        return out

    async def decide(request: Request) -> Response:
        sha = request.path_params["sha"]
        try:
            form = await _form(request)
            doc = await run_in_threadpool(_doc_or_404, sha)
            action = form.get("action", "")
            change = None
            if action == "correct":
                change = reviews.check_change(form, units, int(doc["pages"] or 0), need_page=False)
            elif action == "add":
                change = reviews.check_change(form, units, int(doc["pages"] or 0), need_page=True)
            elif action not in ("accept", "reject", "undo"):
                raise reviews.ReviewError("action must be accept, correct, reject, add or undo")
            made = await run_in_threadpool(
                db.run, reviews.record, sha, action, key=form.get("key") or None, prev=form.get("prev", ""),
                change=change, reason=form.get("reason", ""), note=form.get("note", ""), reviewer=who,
                tool_version=__version__)
        except reviews.ReviewError as exc:
            return _error(request, str(exc), exc.status)
        if _wants_json(request):
            figures = await run_in_threadpool(db.run, reviews.figures_for_review, sha)
            key = made["figure_key"] if made else form.get("key")
            figure = next((f for f in figures if f["key"] == key), None)
            return JSONResponse({"ok": True, "decision": made, "figure": figure, "key": key})
        back = f"/doc/{sha}?{urlencode({'fig': made['figure_key'] if made else form.get('key', '')})}"
        return RedirectResponse(back, status_code=303)

    async def not_allowed(request: Request) -> Response:
        return _error(request, "method not allowed", 405)

    static = Path(__file__).parent / "static"
    routes = [
        Route("/", documents_page),
        Route("/doc/{sha}", document_page),
        Route("/doc/{sha}/page/{number:int}.png", page_png),
        Route("/doc/{sha}/page/{number:int}/layout", page_layout),
        Route("/doc/{sha}/decide", decide, methods=["POST"]),
        Mount("/static", StaticFiles(directory=static), name="static"),
    ]
    hosts = allowed_hosts or LOOPBACK
    app = Starlette(routes=routes, middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts)],
                    exception_handlers={405: lambda r, e: _error(r, "method not allowed", 405),
                                        404: lambda r, e: _error(r, "not found", 404)})
    app.state.db = db
    app.state.reviewer = who
    return app


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return "unknown"
