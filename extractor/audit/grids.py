"""Tables as grids of numbers: the tables the reader found, made ready for arithmetic.

A grid is a table reduced to what arithmetic needs: column headers, and rows
of a label plus cells that hold a number (or nothing). The tables are the
reader's (one table model): ``page.tables`` from the table finder and
``page.line_tables``, the unruled tables it rebuilt from aligned lines
(read/line_tables.py). Section rows (a label and no numbers) are kept, since
a "Total" row adds up only the rows since the last section.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Document, Table
from ..periods import find_periods, header_period
from ..read.line_tables import Cell, find_line_tables, inside_a_table, parse_cell


@dataclass
class Row:
    label: str
    cells: list[Cell]
    page: int
    top: float = 0.0
    x: list[float] = field(default_factory=list)  # x centre of each cell (line grids)

    @property
    def numeric(self) -> bool:
        return any(c.value is not None for c in self.cells)

    def text(self) -> str:
        return " ".join([self.label] + [c.text for c in self.cells]).strip()


@dataclass
class Grid:
    id: int
    page: int
    top: float
    columns: list[str]  # one header per value column ("" when unknown)
    rows: list[Row]
    source: str  # "table" (the table finder) or "lines" (rebuilt here)
    label_header: str = ""
    pages: list[int] = field(default_factory=list)

    @property
    def order(self) -> tuple[int, float]:
        return (self.page, self.top)

    def column_period(self, j: int) -> str | None:
        return header_period(self.columns[j]) if j < len(self.columns) else None

    def row_period(self, row: Row) -> str | None:
        found = [p for p in find_periods(row.label) if p.period]
        return found[0].period if found and len(row.label) <= 24 else None

    def name(self) -> str:
        where = f"p.{self.page}" if len(self.pages) <= 1 else f"pp.{self.pages[0]}-{self.pages[-1]}"
        head = " | ".join(c for c in [self.label_header] + self.columns if c)
        return f"table on {where}" + (f" ({head})" if head else "")

    def where(self, row: Row, j: int | None = None) -> str:
        col = f", column '{self.columns[j]}'" if j is not None and j < len(self.columns) and self.columns[j] else ""
        return f"{self.name()}, row '{row.label or self.label_header}'{col}"


# -- grids from the table finder ---------------------------------------------

def grid_from_table(table: Table, gid: int) -> Grid | None:
    rows = [[" ".join(str(c or "").split()) for c in r] for r in table.rows if any(str(c or "").strip() for c in r)]
    if not rows:
        return None
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    labelled = table.method == "lines" or any(parse_cell(r[0]).value is None and r[0] for r in rows)
    first = 1 if labelled else 0
    head: list[list[str]] = []
    if table.header_rows is not None:  # the reader built the header itself
        head, rows = rows[:table.header_rows], rows[table.header_rows:]
    while table.header_rows is None and rows and not any(parse_cell(c).value is not None for c in rows[0][first:]):
        if head and rows[0][0] and not any(rows[0][first:]):
            break  # a section row, not a header
        head.append(rows.pop(0))
        if len(head) == 3:
            break
    columns = [" ".join(h[j] for h in head if h[j]).strip() for j in range(first, width)]
    label_header = " ".join(h[0] for h in head if h[0]).strip() if first else ""
    top = table.bbox[1] if table.bbox else 0.0
    grid_rows = [Row(r[0] if first else "", [parse_cell(c) for c in r[first:]], table.page, top) for r in rows]
    source = "lines" if table.method == "lines" else "table"
    return Grid(gid, table.page, top, columns, grid_rows, source, label_header, table.pages or [table.page])


# -- all grids of a document -------------------------------------------------

def build_grids(document: Document) -> tuple[list[Grid], set[int]]:
    """Every grid in the document, in reading order, from the tables the reader found
    (``page.tables`` and ``page.line_tables``); and the ids of the lines in them."""
    if any(page.lines for page in document.pages) and not any(page.line_tables for page in document.pages):
        find_line_tables(document)  # a Document built by hand, without the table stage
    grids: list[Grid] = []
    for table in (t for t in document.tables if not t.of_text):  # sentences, not arithmetic
        grid = grid_from_table(table, len(grids) + 1)
        if grid:
            grids.append(grid)
    used = {id(ln) for page in document.pages for ln in page.lines if inside_a_table(ln, page)}
    known = {tuple(c.value for c in r.cells) for g in grids for r in g.rows if r.numeric}
    for table in document.line_tables:
        g = grid_from_table(table, len(grids) + 1)
        used |= {id(ln) for ln in table.lines}
        # a table the finder gave without a bounding box
        if g is None or all(tuple(c.value for c in r.cells) in known for r in g.rows if r.numeric):
            continue
        grids.append(g)
    grids.sort(key=lambda g: g.order)
    for n, g in enumerate(grids, 1):
        g.id = n
    return grids, used
