"""Small PDFs for the audit tests, written with fpdf2.

Every sentence and figure here is made up for the tests.  A document is a
list of blocks: a string is a paragraph, ("table", rows) a ruled table,
("grid", rows) an unruled one (cells at fixed x positions), and "page" a
page break.
"""
from __future__ import annotations

from pathlib import Path

from fpdf import FPDF


def write_pdf(path: Path, blocks: list, title: str = "Independent Reviewing Officer Annual Report 2022-23") -> Path:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, title)
    pdf.ln(3)
    pdf.set_font("Helvetica", size=11)
    for block in blocks:
        if block == "page":
            pdf.add_page()
        elif isinstance(block, str):
            pdf.multi_cell(0, 6, block)
            pdf.ln(3)
        elif block[0] == "table":
            _ruled(pdf, block[1])
        elif block[0] == "grid":
            _unruled(pdf, block[1])
    pdf.output(str(path))
    return Path(path)


def _ruled(pdf: FPDF, rows: list[list[str]]) -> None:
    width = pdf.epw
    n = len(rows[0])
    first = width * 0.5 if n > 2 else width * 0.6
    rest = (width - first) / (n - 1)
    pdf.set_font("Helvetica", size=10)
    with pdf.table(col_widths=[first] + [rest] * (n - 1), first_row_as_headings=True,
                   text_align=["LEFT"] + ["RIGHT"] * (n - 1)) as table:
        for row in rows:
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.set_font("Helvetica", size=11)
    pdf.ln(4)


def _unruled(pdf: FPDF, rows: list[list[str]]) -> None:
    x0 = pdf.l_margin
    pdf.set_font("Helvetica", size=10)
    for row in rows:
        y = pdf.get_y()
        pdf.set_xy(x0, y)
        pdf.cell(80, 6, row[0])
        for k, value in enumerate(row[1:]):
            pdf.set_xy(x0 + 85 + 30 * k, y)
            pdf.cell(25, 6, value, align="R")
        pdf.set_xy(x0, y + 7)
    pdf.set_font("Helvetica", size=11)
    pdf.ln(4)
