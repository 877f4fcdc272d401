"""Helpers for the runner, OCR and damaged-input tests.

The ``misbehave`` function is given to ``ExtractionRun(func=...)`` by name,
so worker processes import this module: it must stay importable on its own
(no pytest fixtures).
"""
from __future__ import annotations

import os
import signal
import time
from datetime import datetime, timezone
from pathlib import Path

SENTENCES = [
    "Independent Reviewing Officer Annual Report 2019/20. Wigan Council.",
    "There were 412 looked after children at 31 March 2020.",
    "During 2019/20 the IROs chaired 1,030 looked after children reviews.",
    "In the year, 96.5% of reviews were held within timescales.",
    "The level of participation by parents was around 61% in 2019/20.",
]


def text_pdf(path: Path, paragraphs: list[str] = SENTENCES, pages: int = 1) -> Path:
    """A small report PDF with a text layer (fpdf2 core font)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(datetime(2021, 1, 1, tzinfo=timezone.utc))  # same text, same bytes
    pdf.set_font("Helvetica", size=12)
    for _ in range(pages):
        pdf.add_page()
        for text in paragraphs:
            pdf.multi_cell(0, 7, text)
            pdf.ln(3)
    pdf.output(str(path))
    return Path(path)


def scan_of(source: Path, target: Path, dpi: int = 200, keep_text_pages: set[int] = frozenset()) -> Path:
    """An image-only copy of a PDF: every page rasterised, wrapped back as a picture.

    Pages numbered in ``keep_text_pages`` (1-based) are re-typed as text
    instead, for a document that is only partly scanned.
    """
    import pypdfium2 as pdfium
    from fpdf import FPDF

    doc = pdfium.PdfDocument(str(source))
    out = FPDF(unit="pt")
    out.set_font("Helvetica", size=12)
    try:
        for index in range(len(doc)):
            page = doc[index]
            width, height = page.get_size()
            out.add_page(format=(width, height))
            if index + 1 in keep_text_pages:
                textpage = page.get_textpage()
                out.set_xy(56, 56)
                out.multi_cell(width - 112, 20, textpage.get_text_range().replace("\r", ""))
                textpage.close()
            else:
                image = page.render(scale=dpi / 72).to_pil().convert("L")
                out.image(image, x=0, y=0, w=width, h=height)
            page.close()
    finally:
        doc.close()
    out.output(str(target))
    return Path(target)


def figure_keys(result) -> set[tuple]:
    return {(f.metric, f.period, f.comparator, f.value, f.value_high) for f in result.figures}


def misbehave(path: Path, **options):
    """extract_document, except for files named to hang, crash or stall.

    ``*hang*`` sleeps for an hour, ``*crash*`` kills its own process,
    ``*slow*`` sleeps ``IRO_TEST_SLOW`` seconds first.  Every call notes the
    worker's pid in ``IRO_TEST_PIDS`` (a folder) when set.
    """
    from extractor.run.pipeline import extract_document

    pid_dir = os.environ.get("IRO_TEST_PIDS")
    if pid_dir:
        Path(pid_dir, str(os.getpid())).write_text(Path(path).name)
    name = Path(path).name
    if "hang" in name:
        time.sleep(3600)
    if "crash" in name:
        os.kill(os.getpid(), signal.SIGKILL)
    if "slow" in name:
        time.sleep(float(os.environ.get("IRO_TEST_SLOW", "30")))
    return extract_document(path, **options)
