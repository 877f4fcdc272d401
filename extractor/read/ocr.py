"""Text for pages that have none: OCR with Tesseract.

A scanned report is pictures of pages.  Each page whose text layer is empty
but which draws an image is rendered with pdfium at ``DPI`` and read by
Tesseract (through pytesseract); its words, with their boxes scaled back to
PDF points, become the page's lines, and ``page.ocr`` is set so the figures
found there are marked ``method="ocr"`` with lower confidence. Before OCR the
page image is levelled (scan.py), and the table grid drawn in it becomes the
page's rules, so scanned tables go through the same lattice reader as text
PDFs'. A page scanned below ``USABLE_DPI`` or read below ``USABLE_CONFIDENCE``
is a poor scan (``poor_scan``): its figures are never confident.

Tesseract is found on PATH, or at the path in ``IRO_TESSERACT`` (set it to
a missing file to turn OCR off).  Without it a document with no text at all
fails with an error that says how to install it; a document whose other
pages have text is extracted from those.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from ..model import Document, ExtractionError, Line, Rule, Word
from .reader import move_furniture, page_has_text
from .scan import deskew, despeckle, native_dpi, table_rules

DPI = 300
MIN_WORD_CONFIDENCE = 30  # Tesseract's 0-100 word confidence; below this is usually noise
# a scanned page below either is named in the document's warnings, its figures never confident
RULE_MARKS = "|[]{}¦"
USABLE_DPI = 100
USABLE_CONFIDENCE = 75
LANGUAGE = "eng"
HOW_TO_ENABLE = ("install Tesseract to OCR it: `apt-get install tesseract-ocr tesseract-ocr-eng` "
                 "(Debian/Ubuntu), `brew install tesseract` (macOS), then "
                 "`pip install 'iro-extractor[ocr]'`; or set IRO_TESSERACT to the tesseract executable")


def tesseract_cmd() -> str | None:
    """The Tesseract executable, or None when OCR is unavailable."""
    configured = os.environ.get("IRO_TESSERACT")
    if configured:
        found = shutil.which(configured)
        return found if found and os.access(found, os.X_OK) else None
    return shutil.which("tesseract")


def unavailable_reason() -> str | None:
    """Why OCR can't run here, or None when it can."""
    if tesseract_cmd() is None:
        configured = os.environ.get("IRO_TESSERACT")
        where = f"IRO_TESSERACT={configured} is not an executable" if configured else "Tesseract is not installed"
        return f"{where}; {HOW_TO_ENABLE}"
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return "pytesseract is not installed; `pip install 'iro-extractor[ocr]'` to OCR scanned pages"
    return None


def pages_to_ocr(document: Document, pdf) -> list[int]:
    """0-based indexes of pages with no body text that draw at least one image."""
    import pypdfium2.raw as pdfium_c

    wanted = []
    for index, page in enumerate(document.pages):
        if page_has_text(page):
            continue
        handle = pdf[index]
        try:
            if any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for obj in handle.get_objects(max_depth=2)):
                wanted.append(index)
        finally:
            handle.close()
    return wanted


def ocr_missing_text(document: Document, path: Path) -> Document:
    """OCR every image-only page of ``document`` in place; returns it.

    Raises ExtractionError when no page has text and none can be OCR'd
    (Tesseract missing, or no page images).  Does nothing when every page
    already has text.
    """
    if all(page_has_text(page) for page in document.pages):
        return document
    has_some_text = any(page_has_text(page) for page in document.pages)
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        indexes = pages_to_ocr(document, pdf)
        reason = unavailable_reason() if indexes else None
        if not indexes or reason:
            if has_some_text:
                return document  # the pages with text still count
            if not indexes:
                raise ExtractionError("no text layer and no page images: nothing to read "
                                      "(blank or damaged PDF?)")
            raise ExtractionError(f"no text layer (scanned images?): {reason}")
        for index in indexes:
            page = document.pages[index]
            page.scan_dpi = native_dpi(pdf[index])
            page.lines, page.ocr_confidence, page.rules = ocr_page(pdf[index], page.number, page.width,
                                                                   page.height)
            page.furniture = []
            page.ocr = True
    finally:
        pdf.close()
    move_furniture([document.pages[i] for i in indexes])
    if not has_some_text and not any(page_has_text(page) for page in document.pages):
        raise ExtractionError("no text layer, and OCR found no text on the scanned pages")
    return document


def ocr_page(pdf_page, number: int, width: float, height: float) -> tuple[list[Line], float | None, list[Rule]]:
    """One page rendered at DPI, levelled, and read by Tesseract: its lines in reading order,
    Tesseract's mean confidence (0-100) in the words it read, and the table rules drawn in
    the image (for the same lattice reader a text PDF's rulings go through)."""
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = tesseract_cmd()
    scale = DPI / 72
    try:
        image = pdf_page.render(scale=scale).to_pil().convert("L")
    finally:
        pdf_page.close()
    image, _ = deskew(despeckle(image))
    rules, image = table_rules(image, scale)
    sx = sy = 1 / scale  # pixel boxes back to points
    data = pytesseract.image_to_data(image, lang=LANGUAGE, config="--psm 3",
                                     output_type=pytesseract.Output.DICT)
    return lines_from_tesseract(data, number, sx, sy), mean_word_confidence(data), rules


def mean_word_confidence(data: dict) -> float | None:
    scores = []
    for text, conf in zip(data["text"], data["conf"]):
        try:
            if (text or "").strip() and float(conf) >= 0:
                scores.append(float(conf))
        except (TypeError, ValueError):
            continue
    return sum(scores) / len(scores) if scores else None


def lines_from_tesseract(data: dict, number: int, sx: float, sy: float) -> list[Line]:
    """pytesseract ``image_to_data`` columns -> Lines of Words in points."""
    grouped: dict[tuple, list[Word]] = {}
    for i, text in enumerate(data["text"]):
        # a table rule read as a letter: "|", "[", "]" on their own or stuck to a word's edge
        text = (text or "").strip().strip(RULE_MARKS)
        try:
            confidence = float(data["conf"][i])
        except (TypeError, ValueError):
            confidence = -1
        if not text or confidence < MIN_WORD_CONFIDENCE:
            continue
        left, top = data["left"][i] * sx, data["top"][i] * sy
        word = Word(text, left, left + data["width"][i] * sx, top, top + data["height"][i] * sy)
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        grouped.setdefault(key, []).append(word)
    lines = []
    for key in sorted(grouped):
        words = sorted(grouped[key], key=lambda w: w.x0)
        lines.append(Line(text=" ".join(w.text for w in words), page=number,
                          x0=words[0].x0, x1=max(w.x1 for w in words),
                          top=min(w.top for w in words), bottom=max(w.bottom for w in words), words=words))
    return lines


def is_ocr_page(document: Document, number: int) -> bool:
    return 1 <= number <= len(document.pages) and document.pages[number - 1].ocr


def ocr_pages(document: Document) -> set[int]:
    return {page.number for page in document.pages if page.ocr}



def poor_scan(page) -> bool:
    """An OCR'd page too coarse or too unsure to trust its figures."""
    if not page.ocr:
        return False
    low_dpi = page.scan_dpi is not None and round(page.scan_dpi) < USABLE_DPI
    unsure = page.ocr_confidence is not None and page.ocr_confidence < USABLE_CONFIDENCE
    return low_dpi or unsure
