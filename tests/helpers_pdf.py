"""PDFs with text placed at exact positions, for the reader and layout tests."""
from __future__ import annotations

from pathlib import Path

from fpdf import FPDF


def positioned_pdf(path: Path, pages: list[list[tuple[float, float, str, float]]]) -> Path:
    """A PDF with each page's (x, baseline y, text, font size) items, in points from the top left."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    for items in pages:
        pdf.add_page()
        for x, y, text, size in items:
            pdf.set_font("Helvetica", size=size)
            pdf.text(x, y, text)
    pdf.output(str(path))
    return path
