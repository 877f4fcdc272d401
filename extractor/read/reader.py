"""PDF file -> Document: every page's lines and words, with positions.

Text comes from pypdfium2 (pdfplumber reads the same text ~28x slower), in one
pass per page that also reads the vector rulings and counts the images, so no
later stage opens the file again for them.
Bad input raises ExtractionError whose message is a one-line human reason.
Running headers and footers are moved from ``page.lines`` to
``page.furniture`` so later stages read only the body, and text set in
columns is read column by column (columns.py).
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .columns import reading_order
from ..model import Document, ExtractionError, Line, Page
from .rulings import page_rules
from .words import group_lines, page_transform, page_words, sideways_turn

MARGIN_BAND = 0.1  # top and bottom 10% of the page may hold headers and footers
REPEAT_SHARE = 0.4  # a margin line on >= 40% of pages (and >= 2) is running furniture
MIN_BODY_CHARS = 1  # a page "has text" when its body holds at least this many visible chars

_PDFIUM_REASONS = {  # pdfium's FPDF_ERR_* codes
    1: "unknown error", 2: "file cannot be opened", 3: "data format error",
    4: "password required", 5: "unsupported security handler", 6: "page not found",
}
_PAGE_NUMBER = re.compile(
    r"(?i)^(page\s*)?[-–—|(\[\s]*(\d{1,4}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))[-–—|)\]\s]*"
    r"((of|/)\s*\d{1,4})?(\s*\|?\s*page)?$")
# "Minutes - Page 1", "Page 3 | Corporate Parenting Board": a footer naming its page
_PAGE_LABEL = re.compile(r"(?i)(?:(?:^|\s[-–—|]\s*)page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$"
                         r"|^page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*[-–—|])")


def read_document(path: Path, *, require_text: bool = True) -> Document:
    """Read a PDF file; raises ExtractionError for anything that isn't a readable PDF.

    With require_text=False a PDF without a text layer (a scan) comes back
    with empty pages instead of raising, for an OCR stage to fill.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(f"cannot read file: {exc.strerror or exc}") from exc
    return read_document_bytes(data, doc=path.stem, path=path, require_text=require_text)


def read_document_bytes(data: bytes, doc: str, path: Path | None = None, *,
                        require_text: bool = True) -> Document:
    """Same as read_document, for bytes already in memory."""
    _check_is_pdf(data)
    pdf = _open_pdf(data)
    try:
        if len(pdf) == 0:
            raise ExtractionError("damaged PDF: no pages")
        pages = [_read_page(pdf, index) for index in range(len(pdf))]
    finally:
        pdf.close()
    move_furniture(pages)
    for page in pages:  # after furniture: a running header may span the gutter
        page.lines = reading_order(page.lines, page.rules)
    if require_text and not any(page_has_text(page) for page in pages):
        raise ExtractionError("no text layer (scanned images?); OCR needed")
    return Document(doc=doc, path=Path(path) if path else Path(f"{doc}.pdf"),
                    sha256=hashlib.sha256(data).hexdigest(), pages=pages)


def page_has_text(page: Page) -> bool:
    """Whether the page's text layer holds any body text (if not, it needs OCR).

    Furniture alone (a stamped page number or running footer on a scan)
    doesn't count.
    """
    visible = 0
    for line in page.lines:
        visible += sum(1 for ch in line.text if not ch.isspace())
        if visible >= MIN_BODY_CHARS:
            return True
    return False


def _check_is_pdf(data: bytes) -> None:
    if not data:
        raise ExtractionError("empty file (0 bytes)")
    if b"%PDF-" not in data[:1024]:  # the header may follow a little junk
        preview = data[:20].decode("latin-1").encode("unicode_escape").decode("ascii")
        raise ExtractionError(f"not a PDF (starts with '{preview}')")


def _open_pdf(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == 4:
            raise ExtractionError("encrypted PDF (password required)") from exc
        if code == 5:
            raise ExtractionError("encrypted PDF (unsupported security handler)") from exc
        raise ExtractionError(f"damaged PDF: {_PDFIUM_REASONS.get(code, str(exc))}") from exc


def _read_page(pdf: pdfium.PdfDocument, index: int) -> Page:
    try:
        page = pdf[index]
    except pdfium.PdfiumError as exc:
        raise ExtractionError(f"damaged PDF: page {index + 1} cannot be loaded") from exc
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            text = _page_chars(textpage)
            turn = sideways_turn(textpage.raw, text, page.get_rotation())  # the view page_turn gives
            if turn % 2:
                width, height = height, width
            transform = page_transform(page.raw, width, height, turn)
            # the character angle of upright text in this view (pdfium gives angles on the page)
            upright = (-page.get_rotation() - 90 * turn) % 360
            words = page_words(page.raw, textpage.raw, text, transform, upright)
        finally:
            textpage.close()
        rules, images, shading = page_rules(page.raw, transform)
    except pdfium.PdfiumError as exc:
        raise ExtractionError(f"damaged PDF: page {index + 1}: {exc}") from exc
    finally:
        page.close()
    return Page(number=index + 1, width=width, height=height, lines=group_lines(words, index + 1),
                rules=rules, images=images, shading=shading)


def page_turn(page: pdfium.PdfPage) -> int:
    """Quarter turns clockwise the reader reads this page at (words.sideways_turn), for
    drawing it the way its word positions are given."""
    textpage = page.get_textpage()
    try:
        return sideways_turn(textpage.raw, _page_chars(textpage), page.get_rotation())
    finally:
        textpage.close()


def _page_chars(textpage: pdfium.PdfTextPage) -> str:
    """The page text with exactly one character per pdfium char index."""
    count = max(textpage.count_chars(), 0)
    text = textpage.get_text_range() if count else ""
    if len(text) != count:  # pdfium dropped or inserted chars: ask char by char
        codes = (pdfium_c.FPDFText_GetUnicode(textpage.raw, i) for i in range(count))
        text = "".join(chr(c) if 0 < c <= 0x10FFFF else " " for c in codes)
    return text


def move_furniture(pages: list[Page]) -> None:
    """Move running headers/footers and lone page numbers into page.furniture.

    A margin line is furniture when its text, with digits blanked so page
    numbers agree, recurs in the margins of enough pages.  Only the outermost
    lines qualify (read inwards from the page edge, stopping at the first
    that isn't furniture), so body text near a margin stays body text.
    """
    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", " ".join(line.text.lower().split()))

    pages_with = Counter(k for page in pages for k in {key(ln) for ln in page.lines if _in_margin(ln, page)})
    needed = max(2, math.ceil(REPEAT_SHARE * len(pages)))

    def is_furniture(line: Line, page: Page) -> bool:
        return _in_margin(line, page) and (
            pages_with[key(line)] >= needed or bool(_PAGE_NUMBER.match(line.text.strip()))
            or bool(_PAGE_LABEL.search(line.text.strip())))

    def tight(line: Line, neighbour: Line) -> bool:
        # a table's heading repeated at the top of each page it runs onto recurs like a
        # running header, but sits as tight against the body's next line as a wrapped line
        return max(line.top, neighbour.top) - min(line.bottom, neighbour.bottom) <= TIGHT * (line.bottom - line.top)

    for page in pages:
        lines = page.lines
        first = 0
        while first < len(lines) and is_furniture(lines[first], page):
            first += 1
        while 0 < first < len(lines) and tight(lines[first - 1], lines[first]):
            first -= 1
        last = len(lines)
        while last > first and is_furniture(lines[last - 1], page):
            last -= 1
        while first < last < len(lines) and tight(lines[last], lines[last - 1]):
            last += 1
        if first or last < len(lines):  # added to, not replacing: safe to call again (OCR does)
            page.furniture = sorted(page.furniture + lines[:first] + lines[last:], key=lambda ln: ln.top)
            page.lines = lines[first:last]


TIGHT = 0.3  # line heights: a gap no wider than between the lines of one paragraph or cell


def _in_margin(line: Line, page: Page) -> bool:
    band = MARGIN_BAND * page.height
    return line.bottom <= band or line.top >= page.height - band
