"""Shared test helpers: small PDFs written by the tests themselves."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def make_pdf(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    """A one-or-more page report PDF: paragraphs of prose, then an optional ruled table."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for text in paragraphs:
        pdf.multi_cell(0, 6, text)
        pdf.ln(3)
    if table:
        with pdf.table() as t:
            for row in table:
                r = t.row()
                for cell in row:
                    r.cell(cell)
    pdf.output(str(path))
    return path


@pytest.fixture
def pdf_maker(tmp_path):
    counter = iter(range(1000))

    def _make(paragraphs, table=None, name=None):
        return make_pdf(tmp_path / (name or f"doc{next(counter)}.pdf"), paragraphs, table)

    return _make


@pytest.fixture
def shared_corpus():
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus not present")
    return corpus
