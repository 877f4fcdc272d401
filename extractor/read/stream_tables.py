"""Unruled tables found from word positions alone.

A line splits into cells wherever the gap between two words is much wider
than the document's normal word space.  A table is a run of such lines with
numbers in them (data rows), plus the heading line(s) just above, plus label
lines that wrap under (or, for the first row, above) a row's numbers.  The
run may cross a page break: a header at the foot of one page and its rows at
the top of the next are one table.  Prose never qualifies: its gaps are all
normal word spaces, so it never splits into cells.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Document, Line, Table

_AMOUNT = r"[-+−]?[£$]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s?%?"
# "75.0", "1,511", "92%", "3*", "27% (Aug 15)", "(12)"
NUMBER = re.compile(rf"^{_AMOUNT}\*?(\s*\([^()]{{1,20}}\))?$|^\({_AMOUNT}\)$")
NOT_AVAILABLE = {"n/a", "na", "n/ava", "-", "–", "—", "*", "x", "nil", ".."}
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# "2017", "2015-16", "15/16", "31/03/2012", "May-15", "Q3": column headings, not data
PERIOD = re.compile(
    rf"(?i)^((19|20)\d\d|((19|20)?\d\d[-/–](19|20)?\d\d)|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}"
    rf"|{_MONTH}[-\s']?\d{{2,4}}|q[1-4]|qtr\.?\s?[1-4])$")

CELL_GAP = 0.7  # a gap of >= 0.7 line heights (or 2x the usual word space) separates cells
ROW_GAP = 2.5  # rows of one table are at most 2.5 line heights apart
WRAP_GAP = 0.8  # a wrapped label line sits tight against the line before it
MAX_HEADER_LINES = 3
MAX_HEADER_WORDS = 12  # per header cell: longer is a sentence


@dataclass
class Cell:
    text: str
    x0: float
    x1: float


@dataclass
class Row:
    line: Line  # the line holding the row's numbers
    cells: list[Cell]
    wraps: list[tuple[Line, list[Cell]]] = field(default_factory=list)  # its wrapped label lines

    def parts(self) -> list[tuple[Line, list[Cell]]]:
        return sorted([(self.line, self.cells)] + self.wraps, key=lambda p: (p[0].page, p[0].top))


def is_number(text: str) -> bool:
    return (bool(NUMBER.match(text)) and not PERIOD.match(text)) or text.lower() in NOT_AVAILABLE


def is_period(text: str) -> bool:
    return bool(PERIOD.match(text))


def line_height(line: Line) -> float:
    return max(line.bottom - line.top, 1.0)


def cell_gap_ratio(document: Document) -> float:
    """Gap (in line heights) that separates cells: well above this document's word spaces."""
    ratios = sorted((b.x0 - a.x1) / max(a.bottom - a.top, 1.0)
                    for page in document.pages for line in page.lines
                    for a, b in zip(line.words, line.words[1:]))
    usual = ratios[len(ratios) // 2] if ratios else 0.25
    return max(CELL_GAP, 2.0 * usual)


def split_cells(line: Line, gap_ratio: float) -> list[Cell]:
    """Words -> cells, cut where the gap between two words is wide."""
    cells: list[Cell] = []
    for word in line.words:
        height = max(word.bottom - word.top, 1.0)
        if cells and word.x0 - cells[-1].x1 < gap_ratio * height:
            last = cells[-1]
            cells[-1] = Cell(f"{last.text} {word.text}", last.x0, max(last.x1, word.x1))
        else:
            cells.append(Cell(word.text, word.x0, word.x1))
    return cells


def is_data_row(cells: list[Cell]) -> bool:
    """Two or more cells, and most cells after the first (the label) are numbers."""
    if len(cells) < 2:
        return False
    numbers = sum(is_number(c.text) for c in cells[1:])
    return numbers >= 1 and 2 * numbers >= len(cells) - 1


def find_stream_tables(document: Document, skip: dict[int, list[tuple]]) -> list[Table]:
    """Unruled tables in reading order; lines inside `skip` boxes (page -> bboxes) are ignored."""
    gap_ratio = cell_gap_ratio(document)
    # The document as one stream of lines; None marks a hard break (a ruled
    # table in between), while a page break alone may be crossed.
    stream: list[Line | None] = []
    for page in document.pages:
        for line in page.lines:
            if _inside(line, skip.get(page.number, ())):
                if stream and stream[-1] is not None:
                    stream.append(None)
            else:
                stream.append(line)
    cells = [split_cells(ln, gap_ratio) if ln else [] for ln in stream]
    tables: list[Table] = []
    i = taken = 0  # lines before `taken` belong to a table already
    while i < len(stream):
        if stream[i] is None or not is_data_row(cells[i]):
            i += 1
            continue
        rows, end = _grow_block(stream, cells, i)
        top = _take_label_lines_above(stream, cells, i, rows[0], taken)
        header = _header_above(stream, cells, top, rows, taken)
        if len(rows) + (header is not None and _counts_as_numeric(header)) >= 2 \
                and not (header is None and _looks_like_contents(rows)):
            tables.append(_make_table(rows, header))
            taken = end
        i = end
    return tables


def _inside(line: Line, boxes) -> bool:
    middle = (line.top + line.bottom) / 2
    return any(b[1] - 1 <= middle <= b[3] + 1 and line.x0 < b[2] and line.x1 > b[0] for b in boxes)


def _near(above: Line, below: Line, limit: float) -> bool:
    """Close enough vertically to belong together; a page break always is."""
    if below.page != above.page:
        return below.page == above.page + 1
    return below.top - above.bottom <= limit * line_height(above)


def column_spans(rows: list[Row]) -> list[tuple[float, float]]:
    """Column extents: the x-ranges of data cells, merged where they overlap."""
    spans: list[list[float]] = []
    for cell in sorted((c for r in rows for c in r.cells), key=lambda c: c.x0):
        if spans and cell.x0 <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], cell.x1)
        else:
            spans.append([cell.x0, cell.x1])
    return [(a, b) for a, b in spans]


def _overlaps(cell: Cell, span: tuple[float, float]) -> bool:
    return cell.x0 < span[1] and cell.x1 > span[0]


def _fits_columns(cells: list[Cell], spans: list[tuple[float, float]]) -> bool:
    """Every cell lies within exactly one column."""
    return all(sum(_overlaps(c, s) for s in spans) == 1 for c in cells)


def _grow_block(stream, cells, start: int) -> tuple[list[Row], int]:
    """Data rows from `start` on, with wrapped label lines; returns rows and the index after."""
    rows = [Row(stream[start], cells[start])]
    j = start + 1
    while j < len(stream) and stream[j] is not None:
        line, previous, spans = stream[j], stream[j - 1], column_spans(rows)
        same_page = line.page == previous.page
        if is_data_row(cells[j]) and _near(previous, line, ROW_GAP) and (
                same_page or _fits_columns(cells[j], spans)):
            rows.append(Row(line, cells[j]))
        elif same_page and _near(previous, line, WRAP_GAP) and _fits_columns(cells[j], spans) \
                and not any(is_number(c.text) for c in cells[j]):
            if _starts_row(cells[j], spans):  # e.g. a value the number pattern can't read
                rows.append(Row(line, cells[j]))
            else:
                rows[-1].wraps.append((line, cells[j]))
        else:
            break
        j += 1
    return rows, j


def _starts_row(cells: list[Cell], spans) -> bool:
    """A label cell plus a data cell with digits in it: a row, not a wrapped label."""
    return len(cells) >= 2 and _overlaps(cells[0], spans[0]) and any(
        any(ch.isdigit() for ch in c.text) for c in cells[1:])


def _take_label_lines_above(stream, cells, start: int, first: Row, floor: int) -> int:
    """Give the first row the label lines just above it ("The child has been / supplied
    with ... / Looked After Child  88%": a label aligned to the bottom of its cell).
    Returns the index of the row's topmost line."""
    spans = column_spans([first])
    if len(spans) < 2:
        return start
    k = start
    while k > floor and stream[k - 1] is not None and stream[k - 1].page == stream[k].page:
        line = stream[k - 1]
        if len(cells[k - 1]) != 1 or line.x1 >= spans[1][0] or not _near(line, stream[k], WRAP_GAP) \
                or abs(line.x0 - first.line.x0) > line_height(line):
            break
        k -= 1
    first.wraps[:0] = [(stream[m], cells[m]) for m in range(k, start)]
    return k


def _header_above(stream, cells, first: int, rows: list[Row], floor: int) -> Row | None:
    """The line(s) just above the first row, when they read as column headings."""
    spans = column_spans(rows)
    header: Row | None = None
    below = stream[first]
    k = first - 1
    while k >= floor and stream[k] is not None and first - k <= MAX_HEADER_LINES:
        line, head = stream[k], cells[k]
        # a heading row of its own over the data columns ("Southwark  Inner London  England"
        # above "2020/21  2021/22 ...") may stand a row apart; a wrapped heading may not
        own_row = header is None or _over_data_columns(head, spans)
        limit = ROW_GAP if own_row else WRAP_GAP
        if not _near(line, below, limit) or (header is not None and line.page != below.page):
            break
        if not _reads_as_headings(line, head, spans, first_line=header is None):
            break
        header = Row(line, head) if header is None else Row(header.line, header.cells,
                                                              [(line, head)] + header.wraps)
        below, k = line, k - 1
    return header


def _over_data_columns(head: list[Cell], spans) -> bool:
    """Two or more cells, each over a different data column (not the label column)."""
    columns = [[k for k, s in enumerate(spans) if k and _overlaps(c, s)] for c in head]
    return len(head) >= 2 and all(len(c) == 1 for c in columns) and len({c[0] for c in columns}) == len(head)


def _reads_as_headings(line: Line, head: list[Cell], spans, first_line: bool) -> bool:
    """Short cells over the columns.  The line next to the data needs two cells; a line
    above it (a heading wrapped onto two lines) must head a data column, which a
    caption such as "Table 1: Legal status" over the label column does not."""
    if len(head) < (2 if first_line else 1) or line.text.rstrip().endswith((".", ":")):
        return False
    if any(len(c.text.split()) > MAX_HEADER_WORDS for c in head):
        return False
    if not first_line and not any(_overlaps(c, s) for c in head for s in spans[1:]):
        return False
    placed = sum(1 for c in head if any(_overlaps(c, s) for s in spans) or c.x1 <= spans[0][0])
    return 2 * placed >= len(head) and all(sum(_overlaps(c, s) for s in spans) <= 1 for c in head[1:])


def _looks_like_contents(rows: list[Row]) -> bool:
    """A contents list ("Introduction   3 / Legal context   5"): a label and one whole
    number per row, never decreasing - page numbers, not data."""
    numbers = []
    for row in rows:
        if len(row.cells) != 2 or not row.cells[1].text.isdigit():
            return False
        numbers.append(int(row.cells[1].text))
    return numbers == sorted(numbers)


def _counts_as_numeric(header: Row) -> bool:
    """A header of periods ("2015/16  2016/17") counts towards the two numeric rows."""
    return sum(is_period(c.text) or is_number(c.text) for c in header.cells) >= 2


def _column_of(cell: Cell, spans: list[tuple[float, float]]) -> int:
    """The span the cell overlaps most, or failing that the nearest one."""
    def score(k: int) -> tuple[float, float]:
        a, b = spans[k]
        return (min(b, cell.x1) - max(a, cell.x0), -abs((a + b) / 2 - (cell.x0 + cell.x1) / 2))
    return max(range(len(spans)), key=score)


def _make_table(rows: list[Row], header: Row | None) -> Table:
    spans = column_spans(rows)
    if header:  # a heading over no data column (e.g. the label column's) gets its own column
        spans = sorted(spans + [(c.x0, c.x1) for _, cells in header.parts() for c in cells
                                if not any(_overlaps(c, s) for s in spans)])
        spans = column_spans([Row(header.line, [Cell("", a, b) for a, b in spans])])

    def place(row: Row) -> list[str]:
        out = [""] * len(spans)
        for _, cells in row.parts():
            for cell in cells:
                k = _column_of(cell, spans)
                out[k] = f"{out[k]} {cell.text}".strip()
        return out

    grid = [place(r) for r in ([header] if header else []) + rows]
    keep = [k for k in range(len(spans)) if any(r[k] for r in grid)]
    grid = [[r[k] for k in keep] for r in grid]

    boxes: dict[int, tuple[float, float, float, float]] = {}
    for row in ([header] if header else []) + rows:
        for ln, _ in row.parts():
            b = boxes.get(ln.page)
            boxes[ln.page] = (ln.x0, ln.top, ln.x1, ln.bottom) if b is None else (
                min(b[0], ln.x0), min(b[1], ln.top), max(b[2], ln.x1), max(b[3], ln.bottom))
    pages = sorted(boxes)
    return Table(page=pages[0], index=0, rows=grid, method="stream", pages=pages,
                 bbox=boxes[pages[0]], page_bboxes=boxes)
