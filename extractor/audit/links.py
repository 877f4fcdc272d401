"""Tying a sentence to the table it talks about.

Two ways: a number of the sentence is a cell of a row whose label shares
words with the sentence (so the row's other columns are the same measure at
other dates); or the sentence makes a claim about a trend and the nearest
table above it, sharing distinctive words, is a series over years.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import wording as w
from .grids import Cell, Grid, Row
from .model import Operand
from .text import AuditText, Num, Sentence


@dataclass
class CellRef:
    grid: Grid
    row: Row
    col: int

    @property
    def cell(self) -> Cell:
        return self.row.cells[self.col]

    def operand(self, col: int | None = None) -> Operand:
        j = self.col if col is None else col
        cell = self.row.cells[j]
        return Operand(cell.value, cell.text, self.row.page, self.grid.where(self.row, j), self.row.text(),
                       cell.percent or is_percent_row(self.grid, self.row, j), cell.decimals,
                       period=self.grid.column_period(j))


def is_percent_row(grid: Grid, row: Row, j: int) -> bool:
    header = grid.columns[j] if j < len(grid.columns) else ""
    return (any(c.percent for c in row.cells) or w.has(row.label, "tables.percent_headers")
            or header.strip() in ("%", "percent", "percentage") or row.label.strip().startswith("%"))


def is_change_column(grid: Grid, j: int) -> bool:
    if j < len(grid.columns) and w.has(grid.columns[j], "tables.change_headers"):
        return True
    cells = [r.cells[j] for r in grid.rows if j < len(r.cells) and r.cells[j].value is not None]
    return bool(cells) and all(c.signed for c in cells)


def is_comparator_column(grid: Grid, j: int) -> bool:
    return j < len(grid.columns) and w.has(grid.columns[j], "tables.comparator_headers")


def same_number(num: Num | Operand, cell: Cell) -> bool:
    if cell.value is None:
        return False
    return abs(num.value - cell.value) < 1e-9 and (num.decimals == cell.decimals or num.percent == cell.percent)


def caption(text: AuditText, grid: Grid, n: int = 2) -> str:
    """The sentences just above a grid: its title or the sentence introducing it."""
    above = [s.text for s in text.sentences if s.order < grid.order][-n:]
    return " ".join(above)


def grid_words(text: AuditText, grid: Grid) -> set[str]:
    parts = [caption(text, grid), grid.label_header, *grid.columns, *(r.label for r in grid.rows)]
    return w.content_words(" ".join(parts))


def window_words(text: AuditText, s: Sentence) -> set[str]:
    block = [x for x in text.window(s, 2) if x.block == s.block]
    return w.content_words(" ".join(x.text for x in block))


def rows_with(text: AuditText, s: Sentence, num: Num | Operand) -> CellRef | None:
    """The table cell holding this number, in a row about the same thing as the sentence."""
    words = window_words(text, s)
    best: tuple[int, float, CellRef] | None = None
    for grid in text.grids:
        distance = abs(grid.page - s.page)
        if distance > 1:
            continue
        for row in grid.rows:
            for j, cell in enumerate(row.cells):
                if not same_number(num, cell) or is_change_column(grid, j):
                    continue
                overlap = len(words & w.content_words(row.label + " " + grid.label_header))
                # a second number of the sentence in the same row ties them as well as words do
                overlap += sum(1 for n in s.operands() if n.value != num.value
                               and any(same_number(n, c) for k, c in enumerate(row.cells) if k != j))
                if overlap == 0:
                    continue
                key = (overlap, -distance)
                if best is None or key > best[:2]:
                    best = (overlap, -distance, CellRef(grid, row, j))
    return best[2] if best else None


def earlier_cell(ref: CellRef) -> int | None:
    """The column of the same row holding the figure before this one."""
    for j in range(ref.col - 1, -1, -1):
        if ref.row.cells[j].value is not None and not is_change_column(ref.grid, j) \
                and not is_comparator_column(ref.grid, j):
            return j
    return None


# -- series ------------------------------------------------------------------

def period_rows(grid: Grid) -> list[Row]:
    return [r for r in grid.rows if grid.row_period(r) and r.numeric]


def period_columns(grid: Grid) -> list[int]:
    return [j for j in range(len(grid.columns)) if grid.column_period(j) and not is_change_column(grid, j)]


def own_column(grid: Grid) -> int | None:
    """The council's own column in a table of years against comparators."""
    for j in range(len(grid.columns)):
        if not is_comparator_column(grid, j) and not is_change_column(grid, j) \
                and any(j < len(r.cells) and r.cells[j].value is not None for r in grid.rows):
            return j
    return None


@dataclass
class Series:
    grid: Grid
    points: list[tuple[str, Operand]]  # (period, figure), oldest first

    def points_operands(self) -> list[Operand]:
        return [o for _, o in self.points]


def series_for(text: AuditText, s: Sentence) -> Series | None:
    """The trend the sentence talks about: the nearest table above it over years,
    sharing distinctive words with the sentence's paragraph."""
    words = window_words(text, s)
    for grid in sorted((g for g in text.grids if g.order < s.order and s.page - g.page <= 1),
                       key=lambda g: g.order, reverse=True):
        if not words & grid_words(text, grid):
            continue
        rows = period_rows(grid)
        if len(rows) >= 2:
            j = own_column(grid)
            if j is None:
                continue
            ref = [CellRef(grid, r, j) for r in rows if r.cells[j].value is not None]
            points = [(grid.row_period(r.row), r.operand()) for r in ref]
            for (_, op), r in zip(points, ref):
                op.where = f"{grid.name()}, row '{r.row.label}', column '{grid.columns[j]}'"
                op.period = grid.row_period(r.row)
            return Series(grid, points)
        cols = period_columns(grid)
        if len(cols) >= 2:
            scored = sorted(((len(words & w.content_words(r.label)), i) for i, r in enumerate(grid.rows) if r.numeric),
                            reverse=True)
            if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
                continue
            row = grid.rows[scored[0][1]]
            points = [(grid.column_period(j), CellRef(grid, row, j).operand()) for j in cols
                      if row.cells[j].value is not None]
            return Series(grid, points)
    return None
