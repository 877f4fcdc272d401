"""One document through every stage: read -> tables -> candidates -> figures."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..figures.confidence import document_signals, score
from ..figures.identity import detect_kind, identify
from ..paths import pdf_paths
from ..model import CONFIDENT, TO_CHECK, Candidate, Document, DocumentRecord, ExtractionError, ExtractionResult, Table
from ..figures.prose import build_prose, in_table, table_boxes
from ..read.ocr import poor_scan
from ..read.reader import read_document
from ..figures.resolve import resolve
from ..figures.table_figures import table_candidates
from ..read.tables import find_tables
from ..figures.text_figures import text_candidates

CAPTION_LINES = 8
PARAGRAPH_START = re.compile(r"^\s*(?:[•▪●\-–]\s*)?(?:\d+(?:\.\d+)*\.?\s+[A-Z]|Table\s+\d|Figure\s+\d)")


def caption_for(table: Table, document: Document) -> str:
    """The text just above a table: its title, or the paragraph introducing it
    (back to where that paragraph starts, a few lines at most)."""
    page = document.pages[table.page - 1]
    top = table.bbox[1] if table.bbox else 0
    boxes = table_boxes(document).get(page.number, [])
    above = [ln.text for ln in page.lines if ln.bottom <= top + 1 and not in_table(ln, boxes)]
    if not above and table.page > 1:
        above = [ln.text for ln in document.pages[table.page - 2].lines]
    caption: list[str] = []
    for text in reversed(above[-CAPTION_LINES:]):
        caption.insert(0, text)
        if PARAGRAPH_START.match(text):
            break
    return " ".join(caption)


def find_candidates(document: Document, period: str | None) -> list[Candidate]:
    found = text_candidates(build_prose(document), period)
    for table in (t for t in document.tables if not t.of_text):  # its sentences are in the prose
        found += table_candidates(table, caption_for(table, document), period)
    return found


def extract_document(path: Path, read: Callable[[Path], Document] | None = None, *,
                     ocr: bool = True) -> ExtractionResult:
    """Extract one file; a bad file gives an error record, never an exception.

    Pages with no text layer are OCR'd (``extractor.read.ocr``) unless ``ocr`` is
    False or a custom ``read`` is given; their figures get method "ocr".
    """
    path = Path(path)
    record = DocumentRecord(doc=path.stem, path=str(path))
    try:
        if read is None and ocr:
            from ..read.ocr import ocr_missing_text

            document = ocr_missing_text(read_document(path, require_text=False), path)
        else:
            document = (read or read_document)(path)
        find_tables(document, path)
    except ExtractionError as exc:
        return ExtractionResult(_failed(record, str(exc)))
    except Exception as exc:  # a parser crash on a malformed file is still one bad file
        return ExtractionResult(_failed(record, f"damaged PDF: {type(exc).__name__}: {exc}".splitlines()[0]))
    record.sha256, record.pages = document.sha256, len(document.pages)
    identity = identify(document)
    figures = resolve(record.doc, find_candidates(document, identity.period), identity)
    _mark_ocr(figures, document)
    document_signals(figures, identity.period_stated)
    score(figures)
    _distrust_poor_scans(figures, document)
    identity.kind = detect_kind(document, len(figures))
    if identity.council:
        record.council, record.la_number, record.region = (
            identity.council.name, identity.council.la_number, identity.council.region)
    record.period, record.kind, record.figures = identity.period or "", identity.kind, len(figures)
    record.warnings = "; ".join(document_warnings(document, identity, figures))
    return ExtractionResult(record, figures, document.tables)


def document_warnings(document: Document, identity, figures: list) -> list[str]:
    """What a user should know before trusting this document's rows."""
    warnings = []
    if identity.council is None:
        warnings.append("council not named in the text")
    if not identity.period:
        warnings.append("reporting period not found")
    elif not identity.period_stated:
        warnings.append(f"period inferred ({identity.period_basis}), not stated")
    scanned = [p for p in document.pages if p.ocr]
    if scanned:
        scores = [p.ocr_confidence for p in scanned if p.ocr_confidence is not None]
        mean = f", mean word confidence {sum(scores) / len(scores):.0f}" if scores else ""
        warnings.append(f"{len(scanned)} page{'s' * (len(scanned) > 1)} OCR'd{mean}")
    poor = [p for p in scanned if poor_scan(p)]
    if poor:
        warnings.append(_poor_scan_warning(poor))
    if identity.kind == "annual_report" and not figures:
        warnings.append("annual report with no figures")
    unsure = sum(1 for f in figures if f.status != CONFIDENT)
    if unsure:
        warnings.append(f"{unsure} of {len(figures)} figures to check")
    return warnings


def _mark_ocr(figures: list, document: Document) -> None:
    """Figures on OCR'd pages: method "ocr"."""
    scanned = {page.number for page in document.pages if page.ocr}
    for figure in figures:
        if figure.page in scanned:
            figure.method = "ocr"


def _span(values: list[float], unit: str) -> str:
    low, high = round(min(values)), round(max(values))
    return f"{low}{unit}" if low == high else f"{low}-{high}{unit}"


def _poor_scan_warning(pages: list) -> str:
    """"pages 1-18: scanned at 50 dpi, OCR confidence 36-62%: figures not trusted"."""
    numbers = [p.number for p in pages]
    runs, start = [], numbers[0]
    for a, b in zip(numbers, numbers[1:] + [None]):
        if b != a + 1:
            runs.append(f"{start}" if start == a else f"{start}-{a}")
            start = b
    where = f"page{'s' * (len(numbers) > 1)} {', '.join(runs)}"
    dpis = [p.scan_dpi for p in pages if p.scan_dpi]
    scores = [p.ocr_confidence for p in pages if p.ocr_confidence is not None]
    detail = ", ".join(filter(None, [f"scanned at {_span(dpis, ' dpi')}" if dpis else "",
                                     f"OCR confidence {_span(scores, '%')}" if scores else ""]))
    return f"{where}: {detail}: figures not trusted"


def _distrust_poor_scans(figures: list, document: Document) -> None:
    """Figures read from a poor scan are to check, never confident (the warnings say why)."""
    poor = {page.number for page in document.pages if poor_scan(page)}
    for figure in figures:
        if figure.page in poor:
            figure.signals["poor_scan"] = 1.0
            figure.status = TO_CHECK


def _failed(record: DocumentRecord, reason: str) -> DocumentRecord:
    record.status, record.error = "error", reason
    return record


def extract_paths(paths: Iterable[Path]) -> Iterator[ExtractionResult]:
    for path in pdf_paths(paths):
        yield extract_document(path)
