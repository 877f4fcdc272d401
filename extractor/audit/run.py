"""One document through the audit: read, find claims, check them, cross-check.

The only I/O here is reading the PDF (and asking the reference); everything
after works on the Document.  The extraction pipeline, when it is there,
finds the tables and the figures the cross-checks need; without it the
claim-level checks still run and the report says the cross-checks were
skipped.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from ..model import Document, ExtractionError, Figure
from ..paths import pdf_paths
from . import wording as w
from .checks import check
from .claims import find_claims
from .crosscheck import conflict_checks, count_statements, official_checks, previous_report_checks
from .model import Check, ConflictClaim, DocAudit, Finding, Note
from .official import DbReference, Reference
from .text import build


def _read(path: Path) -> Document:
    from ..read.reader import read_document

    return read_document(path)


def _extract(path: Path, document: Document) -> tuple[list[Figure], dict, str]:
    """Figures and identity from the pipeline (which also finds the tables)."""
    try:
        from ..run.pipeline import extract_document
    except ImportError as exc:
        _find_tables(document, path)
        return [], {}, f"extraction pipeline not available ({exc}); official and cross-year checks skipped"
    result = extract_document(path, read=lambda _: document)
    r = result.record
    if r.status != "ok":
        return [], {}, f"extraction failed: {r.error}"
    return result.figures, {"council": r.council, "la_number": r.la_number, "period": r.period}, ""


def _find_tables(document: Document, path: Path) -> None:
    try:
        from ..read.tables import find_tables
    except ImportError:
        return
    find_tables(document, path)


def _identity(document: Document, found: dict, ref: Reference) -> dict:
    if found.get("la_number"):
        return found
    stored = ref.document_identity(document.sha256)
    if stored:
        return {"council": stored[0], "la_number": stored[1], "period": stored[2]}
    try:
        from ..figures.identity import identify
    except ImportError:
        return found
    ident = identify(document)
    council = ident.council
    return {"council": council.name if council else "", "la_number": council.la_number if council else None,
            "period": ident.period or ""}


def audit_document(path: Path, ref: Reference | None = None, use_pipeline: bool = True,
                   everything: bool = False) -> DocAudit:
    """Audit one PDF. The cross-checks use the figures extracted as confident; ``everything``
    adds those marked "to check" (a note says how many were left out)."""
    path = Path(path)
    ref = ref or Reference()
    audit = DocAudit(doc=path.stem, path=str(path))
    try:
        document = _read(path)
    except ExtractionError as exc:
        audit.error = str(exc)
        finding = Finding(audit.doc, 0, "unreadable", "warning", "", "", "", f"Not audited: {exc}.")
        audit.checks.append(Check("unreadable", 0, "", False, str(exc), finding))
        return audit
    figures, found, problem = _extract(path, document) if use_pipeline else ([], {}, "")
    if not use_pipeline:
        _find_tables(document, path)
    if not figures and isinstance(ref, DbReference):
        figures = ref.figures_of(document.sha256)
    if isinstance(ref, DbReference):  # a reviewer's decisions (iro review) come first
        figures = ref.reviewed(document.sha256, figures)
    if problem:
        audit.notes.append(Note(0, "pipeline", problem))
    unsure = [f for f in figures if getattr(f, "status", "confident") != "confident"]
    if unsure and not everything:
        figures = [f for f in figures if f not in unsure]
        audit.notes.append(Note(0, "pipeline", f"{len(unsure)} extracted figures marked 'to check' were not "
                                               "cross-checked (--all includes them)"))
    ident = _identity(document, found, ref)
    audit.council, audit.la_number, audit.period = ident.get("council", ""), ident.get("la_number"), ident.get("period", "")
    return audit_text(audit, document, figures, ref)


def audit_text(audit: DocAudit, document: Document, figures: list[Figure], ref: Reference) -> DocAudit:
    """The checks on an already-read document (what tests call with a Document they built)."""
    text = build(document)
    claims = find_claims(text)
    audit.checks = [check(audit.doc, c) for c in claims]
    reported = {frozenset((round(c.first.value, 6), round(c.second.value, 6)))
                for c in claims if isinstance(c, ConflictClaim) and c.second is not None}
    audit.checks += conflict_checks(audit.doc, figures, reported)
    everything = " ".join(ln.text for p in document.pages for ln in p.lines + p.furniture)
    provisional = w.has(everything, "official.basis.provisional")
    if ref.name != "none":
        stated = {(f.metric, f.period, round(f.value, 6)) for f in figures}
        extra = [f for f in count_statements(text, audit.doc) if (f.metric, f.period, round(f.value, 6)) not in stated]
        official, notes = official_checks(audit.doc, figures + extra, audit.la_number, ref, provisional)
        audit.checks += official
        audit.notes += notes
        audit.checks += previous_report_checks(audit.doc, figures, audit.la_number, audit.period, ref,
                                               document.sha256)
    audit.checks.sort(key=lambda c: c.page)
    return audit


def audit_paths(paths: Iterable[Path], ref: Reference | None = None, everything: bool = False) -> list[DocAudit]:
    return [audit_document(p, ref, everything=everything) for p in pdf_paths(paths)]
