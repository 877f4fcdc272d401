"""A registered PDF's pages for the review app: PNG renders, words, and evidence boxes.

Figures keep their page and evidence text, not a box; the box is found here, at
review time, by matching the evidence's words against the page's words (read
with ``extractor.read.reader``).  Table evidence ``"label | header: cell"``
highlights the row label and the cell on the label's row nearest the header.
Coordinates are PDF points from the page's top-left corner, as in ``model.Word``.
"""
from __future__ import annotations

import hashlib
import io
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from ..model import Document, ExtractionError, Page, Word

RENDER_SCALE = 1.5  # 108 dpi: sharp enough to read, small enough to load at once
TABLE_EVIDENCE = re.compile(r"^(?P<label>.+?) \| (?P<header>.*?): (?P<cell>[^:|]+)$")
_EDGE = re.compile(r"^[^\w%£]+|[^\w%]+$")


class PdfUnavailable(Exception):
    """The registered file is missing or no longer the bytes that were extracted."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


def norm(text: str) -> str:
    return _EDGE.sub("", text.lower().replace("\u2019", "'"))


def number_text(value: float | None) -> set[str]:
    """How a value may be written as a word: 1612 -> {'1612', '1,612'}, 96.8 -> {'96.8'}."""
    if value is None:
        return set()
    v = float(value)
    plain = str(int(v)) if v == int(v) else f"{v:g}"
    forms = {plain, f"{int(v):,}" if v == int(v) else f"{v:,.{len(plain.split('.')[1])}f}"}
    return forms | {f"£{f}" for f in forms}


def _value_form(word: str) -> str:
    return norm(word).rstrip("%").lstrip("£")


def _is_value(word: str, value: float | None) -> bool:
    """The word states the value (1,612 / 96.8% / 60.0 / £12)."""
    if value is None:
        return False
    try:
        return abs(float(_value_form(word).replace(",", "")) - float(value)) < 1e-6
    except ValueError:
        return False


@dataclass
class Box:
    x0: float
    top: float
    x1: float
    bottom: float
    kind: str  # "evidence" or "value"

    def as_list(self) -> list:
        return [round(self.x0, 1), round(self.top, 1), round(self.x1, 1), round(self.bottom, 1), self.kind]


def _page_words(page: Page) -> list[tuple[Word, int]]:
    """Body words in reading order, each with the index of its line."""
    return [(w, i) for i, line in enumerate(page.lines) for w in line.words]


def _span(norms: list[str], wanted: list[str]) -> list[int]:
    """Indices of the page words that best match ``wanted`` (a contiguous run around the
    longest matching block, allowing for words the reader split or joined differently)."""
    if not wanted or not norms:
        return []
    matcher = SequenceMatcher(None, norms, wanted, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return []
    anchor = max(blocks, key=lambda b: b.size)
    if anchor.size < min(2, len(wanted)) and len(wanted) > 1:
        return []  # one common word is no evidence of where the sentence is
    lo = anchor.a - anchor.b - 3
    hi = anchor.a + (len(wanted) - anchor.b) + 3
    hits = [i for b in blocks for i in range(b.a, b.a + b.size) if lo <= i <= hi]
    if not hits:
        return []
    start, end = min(hits), max(hits)
    return list(range(start, end + 1))  # the run between the first and last matched word


def _exact(norms: list[str], wanted: list[str]) -> list[int]:
    """Start indices where ``wanted`` occurs word for word."""
    n = len(wanted)
    return [i for i in range(len(norms) - n + 1) if norms[i:i + n] == wanted] if n else []


def evidence_boxes(page: Page, evidence: str, value: float | None = None) -> list[Box]:
    """Where the evidence sits on the page: a box per line it covers, and the value's word."""
    words = _page_words(page)
    norms = [norm(w.text) for w, _ in words]
    chosen: list[int] = []
    cell_index: int | None = None
    table = TABLE_EVIDENCE.match(evidence or "")
    if table:
        chosen, cell_index = _table_span(words, norms, table["label"], table["header"], table["cell"])
    if not chosen:
        chosen = _span(norms, [t for t in (norm(x) for x in (evidence or "").split()) if t])
    boxes = _line_boxes([words[i] for i in chosen if i != cell_index])
    value_at = [cell_index] if cell_index is not None else [i for i in chosen if _is_value(words[i][0].text, value)][:1]
    for i in value_at:
        w = words[i][0]
        boxes.append(Box(w.x0, w.top, w.x1, w.bottom, "value"))
    return boxes


def _table_span(words, norms, label: str, header: str, cell: str) -> tuple[list[int], int | None]:
    want_label = [t for t in (norm(x) for x in label.split()) if t]
    want_cell = [t for t in (norm(x) for x in cell.split()) if t]
    want_header = [t for t in (norm(x) for x in header.split()) if t]
    header_x = header_y = None
    if want_header:
        starts = _exact(norms, want_header) or _exact(norms, want_header[-1:])
        if starts:
            n = len(want_header) if _exact(norms, want_header) else 1
            ws = [words[i][0] for i in range(starts[0], starts[0] + n)]
            header_x = (min(w.x0 for w in ws) + max(w.x1 for w in ws)) / 2
            header_y = (min(w.top for w in ws) + max(w.bottom for w in ws)) / 2
    starts = _exact(norms, want_label)
    if not starts:
        span = _span(norms, want_label)
        starts = [span[0]] if span else []
    best: tuple[float, list[int], int | None] | None = None
    for s in starts:
        label_idx = list(range(s, s + len(want_label))) if norms[s:s + len(want_label)] == want_label else [s]
        band = [words[i][0] for i in label_idx]
        top, bottom = min(w.top for w in band), max(w.bottom for w in band)
        for c in _exact(norms, want_cell) if want_cell else []:
            w = words[c][0]
            mid = (w.top + w.bottom) / 2
            if c in label_idx or not (top - 2 <= mid <= bottom + 2):
                continue
            score = abs((w.x0 + w.x1) / 2 - header_x) if header_x is not None else 0.0
            if best is None or score < best[0]:
                best = (score, label_idx + list(range(c, c + len(want_cell))), c)
    if best is None and starts and header_y is not None and want_cell:
        # a table the other way round: the label heads a column, the header labels a row
        for s in starts:
            label_idx = list(range(s, s + len(want_label))) if norms[s:s + len(want_label)] == want_label else [s]
            lx = (words[label_idx[0]][0].x0 + words[label_idx[-1]][0].x1) / 2
            for c in _exact(norms, want_cell):
                w = words[c][0]
                score = abs((w.x0 + w.x1) / 2 - lx) + abs((w.top + w.bottom) / 2 - header_y)
                if c not in label_idx and (best is None or score < best[0]):
                    best = (score, label_idx + list(range(c, c + len(want_cell))), c)
    if best is None and starts:
        s = starts[0]
        best = (1e9, list(range(s, s + len(want_label))) if norms[s:s + len(want_label)] == want_label else [s], None)
    return (best[1], best[2]) if best else ([], None)


def _line_boxes(picked: list[tuple[Word, int]]) -> list[Box]:
    """One box per line over the picked words of that line."""
    by_line: dict[int, list[Word]] = {}
    for w, line in picked:
        by_line.setdefault(line, []).append(w)
    return [Box(min(w.x0 for w in ws), min(w.top for w in ws), max(w.x1 for w in ws),
                max(w.bottom for w in ws), "evidence") for ws in by_line.values()]


class Pages:
    """Renders and reads the PDFs the database registers, by sha256; small LRU caches.

    A path comes only from the ``documents`` table; the file is checked once against
    the sha256 it was extracted from, so a page never shows a different file's content.
    """

    def __init__(self, base_dirs: list[Path], renders: int = 96, documents: int = 6):
        self.base_dirs = base_dirs
        self._png: OrderedDict = OrderedDict()
        self._docs: OrderedDict = OrderedDict()
        self._verified: dict[str, Path] = {}
        self._box_cache: dict[tuple, list[list]] = {}
        self._renders, self._documents = renders, documents
        self._lock = threading.Lock()  # pdfium is not thread-safe; the caches are shared
        self._read_lock = threading.Lock()

    def locate(self, sha256: str, registered: str) -> Path:
        if sha256 in self._verified:
            return self._verified[sha256]
        path = Path(registered or "")
        candidates = [path] if path.is_absolute() else [d / path for d in self.base_dirs]
        found = next((p for p in candidates if registered and p.is_file()), None)
        if found is None:
            raise PdfUnavailable(f"the PDF is not at {registered!r} (relative paths are read from the folder "
                                 "`iro extract` ran in: start `iro review` there)", 404)
        digest = hashlib.sha256(found.read_bytes()).hexdigest()
        if digest != sha256:
            raise PdfUnavailable(f"{found} has changed since it was extracted; run `iro extract` on it again", 409)
        self._verified[sha256] = found
        return found

    def png(self, sha256: str, registered: str, number: int, scale: float = RENDER_SCALE) -> bytes:
        key = (sha256, number, scale)
        with self._lock:
            if key in self._png:
                self._png.move_to_end(key)
                return self._png[key]
            import pypdfium2 as pdfium

            pdf = pdfium.PdfDocument(str(self.locate(sha256, registered)))
            try:
                if not 1 <= number <= len(pdf):
                    raise PdfUnavailable(f"no page {number} (the document has {len(pdf)})", 404)
                from ..read.reader import page_turn

                page = pdf[number - 1]
                # drawn as the reader reads it (a page set sideways, turned), so word boxes fit
                image = page.render(scale=scale, rotation=90 * page_turn(page)).to_pil()
            finally:
                pdf.close()
            out = io.BytesIO()
            image.save(out, format="PNG", optimize=False, compress_level=3)
            data = out.getvalue()
            self._png[key] = data
            while len(self._png) > self._renders:
                self._png.popitem(last=False)
            return data

    def document(self, sha256: str, registered: str) -> Document:
        with self._read_lock:  # one reader at a time; a second request waits for the cached result
            if sha256 in self._docs:
                self._docs.move_to_end(sha256)
                return self._docs[sha256]
            from ..read.reader import read_document

            path = self.locate(sha256, registered)
            try:
                doc = read_document(path, require_text=False)
            except ExtractionError as exc:
                raise PdfUnavailable(f"cannot read {path.name}: {exc}", 409) from exc
            self._docs[sha256] = doc
            while len(self._docs) > self._documents:
                self._docs.popitem(last=False)
            return doc

    def _boxes(self, sha256: str, page: Page, evidence: str, value) -> list[list]:
        key = (sha256, page.number, evidence, value)
        found = self._box_cache.get(key)
        if found is None:
            found = [b.as_list() for b in evidence_boxes(page, evidence, value)]
            if len(self._box_cache) > 50_000:
                self._box_cache.clear()
            self._box_cache[key] = found
        return found

    def page_layout(self, sha256: str, registered: str, number: int, figures: list[dict]) -> dict:
        """The page's size and words, and the evidence boxes of the given figures on it."""
        doc = self.document(sha256, registered)
        if not 1 <= number <= len(doc.pages):
            raise PdfUnavailable(f"no page {number} (the document has {len(doc.pages)})", 404)
        page = doc.pages[number - 1]
        words = [[round(w.x0, 1), round(w.top, 1), round(w.x1, 1), round(w.bottom, 1), w.text]
                 for w, _ in _page_words(page)]
        boxes = {f["key"]: self._boxes(sha256, page, f.get("evidence") or "", f.get("value"))
                 for f in figures if f.get("page") == number}
        return {"page": number, "width": page.width, "height": page.height, "words": words, "boxes": boxes,
                "ocr": page.ocr or not words}
