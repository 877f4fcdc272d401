"""Ruled tables from vector rulings (extractor/read/lattice.py): each fixture draws its own
rules with fpdf2, so the test says which shape of table it is about."""
from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from extractor.read.reader import read_document
from extractor.read.tables import find_tables

FONT = ("Helvetica", "", 10)


class Drawing:
    """A PDF drawn by hand: text at positions, lines where a test wants them."""

    def __init__(self, orientation: str = "P"):
        self.pdf = FPDF(orientation=orientation, unit="pt", format="A4")
        self.pdf.set_font(*FONT)
        self.pdf.set_line_width(0.7)
        self.pdf.add_page()

    def page(self) -> "Drawing":
        self.pdf.add_page()
        return self

    def text(self, x: float, y: float, value: str) -> "Drawing":
        self.pdf.text(x, y, value)
        return self

    def hline(self, y: float, x0: float, x1: float) -> "Drawing":
        self.pdf.line(x0, y, x1, y)
        return self

    def vline(self, x: float, y0: float, y1: float) -> "Drawing":
        self.pdf.line(x, y0, x, y1)
        return self

    def grid(self, xs, ys, rows, skip_inner_v: set = frozenset(), outer: bool = True) -> "Drawing":
        """Rows of cell text in the grid xs x ys; skip_inner_v: (row, column line) pairs left
        out to make merged cells; outer=False leaves the frame out."""
        first, last = (0, len(ys)) if outer else (1, len(ys) - 1)
        for y in ys[first:last]:
            self.hline(y, xs[0], xs[-1])
        for j, x in enumerate(xs):
            if not outer and j in (0, len(xs) - 1):
                continue
            for i in range(len(ys) - 1):
                if (i, j) not in skip_inner_v:
                    self.vline(x, ys[i], ys[i + 1])
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                if value:
                    self.text(xs[j] + 4, ys[i] + 14, value)
        return self

    def save(self, path: Path) -> Path:
        self.pdf.output(str(path))
        return path


XS = (60, 250, 340, 430)
YS = (100, 120, 140, 160, 180)
ROWS = [("Measure", "2021-22", "2022-23"), ("Reviews held", "1,020", "1,104"),
        ("Reviews on time", "95%", "97%"), ("Children in care", "412", "431")]


def tables(path: Path, **kwargs):
    document = read_document(path)
    return find_tables(document, path, **kwargs)


def test_a_ruled_grid_becomes_its_rows(tmp_path):
    found = tables(Drawing().grid(XS, YS, ROWS).save(tmp_path / "grid.pdf"))
    assert [t.method for t in found] == ["lattice"]
    assert found[0].rows == [list(r) for r in ROWS]
    assert found[0].bbox == pytest.approx((60, 100, 430, 180), abs=1.5)


def test_merged_cells_keep_their_text_in_the_first_cell(tmp_path):
    # the heading "Reviews" spans both year columns: no rule between them in row 0
    rows = [("", "Reviews", ""), ("Held", "1,020", "1,104"), ("On time", "95%", "97%"), ("Late", "51", "33")]
    found = tables(Drawing().grid(XS, YS, rows, skip_inner_v={(0, 2)}).save(tmp_path / "merged.pdf"))
    assert found[0].rows[0] == ["", "Reviews", ""]
    assert found[0].rows[1:] == [list(r) for r in rows[1:]]


def test_a_table_without_an_outer_frame(tmp_path):
    found = tables(Drawing().grid(XS, YS, ROWS, outer=False).save(tmp_path / "open.pdf"))
    assert len(found) == 1 and found[0].method == "lattice"
    assert found[0].rows == [list(r) for r in ROWS]


def test_a_ruled_table_split_over_a_page_break_is_one_table(tmp_path):
    drawing = Drawing().grid(XS, (700, 720, 740, 760, 780), ROWS)
    drawing.page().grid(XS, (60, 80, 100), [("Visits", "880", "912"), ("Disputes", "14", "9")])
    found = tables(drawing.save(tmp_path / "split.pdf"))
    assert len(found) == 1 and found[0].pages == [1, 2]
    assert found[0].rows[-2:] == [["Visits", "880", "912"], ["Disputes", "14", "9"]]


def test_rules_that_are_not_a_table(tmp_path):
    drawing = Drawing()
    drawing.text(60, 100, "An underlined heading").hline(104, 60, 180)
    drawing.text(60, 140, "The service chaired 1,020 reviews this year, 95% of them on time.")
    drawing.pdf.rect(50, 200, 400, 60)  # a box around a paragraph
    drawing.text(60, 230, "Key message: most children took part in their review.")
    drawing.hline(300, 60, 500)  # a separator
    assert tables(drawing.save(tmp_path / "rules.pdf")) == []


class TurnedDrawing(Drawing):
    """A landscape page stored as a portrait page turned by /Rotate 90: everything is drawn
    a quarter-turn anticlockwise, so a viewer turning the page clockwise shows it upright.
    Positions given are where they appear on the turned (displayed) page."""

    HEIGHT = 842  # the stored portrait page's height

    def text(self, x, y, value):
        with self.pdf.rotation(90, x=y, y=self.HEIGHT - x):
            self.pdf.text(y, self.HEIGHT - x, value)
        return self

    def hline(self, y, x0, x1):
        self.pdf.line(y, self.HEIGHT - x1, y, self.HEIGHT - x0)
        return self

    def vline(self, x, y0, y1):
        self.pdf.line(y0, self.HEIGHT - x, y1, self.HEIGHT - x)
        return self


def test_a_rotated_page_lines_up_rules_and_words(tmp_path):
    import pikepdf

    drawn = TurnedDrawing().grid(XS, YS, ROWS).save(tmp_path / "drawn.pdf")
    rotated = tmp_path / "rotated.pdf"
    with pikepdf.open(drawn) as pdf:
        pdf.pages[0].Rotate = 90
        pdf.save(rotated)
    document = read_document(rotated)
    assert document.pages[0].width > document.pages[0].height  # shown as landscape
    found = find_tables(document, rotated)
    assert len(found) == 1 and found[0].rows == [list(r) for r in ROWS]
    assert found[0].bbox == pytest.approx((60, 100, 430, 180), abs=1.5)


def test_camelot_cross_check_agrees_on_a_vector_grid(tmp_path):
    pytest.importorskip("camelot")
    path = Drawing().grid(XS, YS, ROWS).save(tmp_path / "grid.pdf")
    vector = tables(path)
    camelot = tables(path, engine="camelot")
    assert [t.rows for t in camelot] == [t.rows for t in vector]


def test_vector_tables_never_start_camelot(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "camelot", None)  # importing it would fail
    assert tables(Drawing().grid(XS, YS, ROWS).save(tmp_path / "grid.pdf"))[0].method == "lattice"


def test_rules_parting_only_groups_of_columns_leave_the_table_to_the_words():
    """t216 (table benchmark round 8): a box with rules between "Subject", "Greer County"
    and "Pallas County" only, four columns of figures under each county. The ruling is
    coarser than the table, so the table is read from its words' positions: nine columns,
    a figure to a cell."""
    pdf = Path(__file__).resolve().parent.parent / "benchmarks" / "tables" / "out" / "t216.pdf"
    document = read_document(pdf)
    table = next(t for t in find_tables(document, pdf) if any("Greer County" in c for r in t.rows for c in r))
    assert table.method != "lattice"
    row = next(r for r in table.rows if r[0] == "1-unit, detached")
    assert row == ["1-unit, detached", "34,975", "±46", "60.4%", "±0.3", "11,800", "±836", "8.1%", "±0.7"]
