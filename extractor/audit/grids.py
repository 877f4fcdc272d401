"""Tables as grids of numbers: from ``page.tables`` and from aligned text lines.

A grid is a table reduced to what arithmetic needs: column headers, and rows
of a label plus cells that hold a number (or nothing).  Ruled tables come
from ``page.tables`` (the table finder); unruled ones, which the finder may
miss, are rebuilt here from body lines that end in two or more numbers at
the same x positions.  Section rows (a label and no numbers) are kept, since
a "Total" row adds up only the rows since the last section.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Document, Line, Page, Table, Word
from ..figures.periods import find_periods, header_period

CELL = re.compile(r"^(?P<open>\()?(?P<sign>[+\-−])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<pct>%)?"
                  r"(?(open)\))(?P<rest>\s*\(.*\))?$")
EMPTY = {"", "-", "–", "—", "n/a", "n/ava", "na", "n.a.", "x", "c", "*", "..", "tbc", "nil"}
TERMINAL = (".", "!", "?", ":", ";")


@dataclass
class Cell:
    text: str
    value: float | None = None
    percent: bool = False
    decimals: int = 0
    signed: bool = False  # written "+13" / "-3": a difference


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


def parse_cell(text: str) -> Cell:
    clean = " ".join(str(text or "").split())
    if clean.lower() in EMPTY:
        return Cell(clean)
    m = CELL.match(clean)
    if not m or (not m["pct"] and _looks_like_year(m["num"], m["sign"])):
        return Cell(clean)
    value = float(m["num"].replace(",", ""))
    if m["sign"] in ("-", "−"):
        value = -value
    decimals = len(m["num"].split(".")[1]) if "." in m["num"] else 0
    return Cell(clean, value, bool(m["pct"]), decimals, bool(m["sign"]))


def _looks_like_year(num: str, sign: str | None) -> bool:
    return not sign and "." not in num and "," not in num and len(num) == 4 and 1990 <= int(num) <= 2039


# -- grids from the table finder ---------------------------------------------

def grid_from_table(table: Table, gid: int) -> Grid | None:
    rows = [[" ".join(str(c or "").split()) for c in r] for r in table.rows if any(str(c or "").strip() for c in r)]
    if not rows:
        return None
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    labelled = any(parse_cell(r[0]).value is None and r[0] for r in rows)
    first = 1 if labelled else 0
    head: list[list[str]] = []
    while rows and not any(parse_cell(c).value is not None for c in rows[0][first:]):
        if head and rows[0][0] and not any(rows[0][first:]):
            break  # a section row, not a header
        head.append(rows.pop(0))
        if len(head) == 3:
            break
    columns = [" ".join(h[j] for h in head if h[j]).strip() for j in range(first, width)]
    label_header = " ".join(h[0] for h in head if h[0]).strip() if first else ""
    top = table.bbox[1] if table.bbox else 0.0
    grid_rows = [Row(r[0] if first else "", [parse_cell(c) for c in r[first:]], table.page, top) for r in rows]
    return Grid(gid, table.page, top, columns, grid_rows, "table", label_header, table.pages or [table.page])


# -- grids rebuilt from lines ------------------------------------------------

@dataclass
class _RowLine:
    line: Line
    label: str
    cells: list[Cell]
    spans: list[tuple[float, float]]  # x0, x1 of each cell

    @property
    def xs(self) -> list[float]:
        return [(a + b) / 2 for a, b in self.spans]


def _row_line(line: Line) -> _RowLine | None:
    """A line that ends in numbers set apart from a label: one row of an unruled table."""
    words = line.words or [Word(t, line.x0, line.x1, line.top, line.bottom) for t in line.text.split()]
    cells: list[tuple[Cell, float, float]] = []
    i = len(words)
    while i > 0:
        w, used = words[i - 1], 1
        text, x0 = w.text, w.x0
        if text == "%" and i > 1:  # "85 %": the sign is its own word
            text, x0, used = words[i - 2].text + "%", words[i - 2].x0, 2
        cell = parse_cell(text)
        if cell.value is None and cell.text.lower() not in EMPTY - {""}:
            break
        cells.append((cell, x0, w.x1))
        i -= used
    # a number set close after a word belongs to the label ("section 20", "per 10,000")
    while cells and i > 0 and cells[-1][1] - words[i - 1].x1 < 7 and words[i - 1].text[-1:].isalpha():
        cells.pop()
        i += 1
    if not cells or cells[0][0].value is None:
        return None
    cells.reverse()
    label = " ".join(w.text for w in words[:i]).strip()
    if label.endswith(TERMINAL):
        return None
    return _RowLine(line, label, [c for c, _, _ in cells], [(a, b) for _, a, b in cells])


class _Columns:
    """The x spans of a grid's value columns, grown row by row."""

    def __init__(self, first: _RowLine):
        self.spans = list(first.spans)

    def place(self, row: _RowLine, tol: float = 14.0) -> list[int] | None:
        """The column of each of the row's cells, or None when they don't line up."""
        cols: list[int] = []
        for a, b in row.spans:
            mid = (a + b) / 2
            near = [j for j, (s0, s1) in enumerate(self.spans) if s0 - tol <= mid <= s1 + tol]
            if len(near) != 1 or (cols and near[0] <= cols[-1]):
                return None
            cols.append(near[0])
        return cols

    def add(self, row: _RowLine, cols: list[int]) -> None:
        for (a, b), j in zip(row.spans, cols):
            s0, s1 = self.spans[j]
            self.spans[j] = (min(s0, a), max(s1, b))

    @property
    def left(self) -> float:
        return min(s0 for s0, _ in self.spans)


def _wraps(line: Line, columns: _Columns) -> bool:
    """A wrapped piece of the label above (lower case, or left of every column)."""
    text = line.text.strip()
    return bool(text) and line.x1 < columns.left - 4 and (not text[0].isupper() or len(text.split()) <= 2
                                                          and not text[0].isalpha())


def _section(line: Line) -> bool:
    text = line.text.strip()
    return bool(text) and len(text) <= 90 and not text.endswith(TERMINAL) and text[0].isupper()


def line_grids(lines: list[tuple[Page, Line]], start_id: int) -> tuple[list[Grid], set[int]]:
    """Grids made of runs of aligned row lines; and the ids of the lines they use."""
    parsed = [(_row_line(ln) if len(ln.text) < 200 else None) for _, ln in lines]
    grids: list[Grid] = []
    used: set[int] = set()
    i = 0
    while i < len(lines):
        first = parsed[i]
        if not first or (len(first.cells) < 2 and not _single_column_run(parsed, i)):
            i += 1
            continue
        columns = _Columns(first)
        members: list[tuple[int, list[int] | None]] = [(i, list(range(len(first.cells))))]
        pending: list[int] = []
        j = i + 1
        while j < len(lines):
            cand = parsed[j]
            cols = columns.place(cand) if cand and lines[j][1].x1 > columns.left else None
            if cols is not None and not _wraps(lines[j][1], columns):
                columns.add(cand, cols)
                members += [(k, None) for k in pending] + [(j, cols)]
                pending = []
            elif (_wraps(lines[j][1], columns) and len(pending) < 8) or (_section(lines[j][1]) and len(pending) < 2):
                pending.append(j)
            else:
                break
            j += 1
        if sum(1 for _, c in members if c is not None) < 2 and not _period_header(lines, i, columns):
            i += 1
            continue
        for k in pending:  # wrapped label lines under the last row
            if not _wraps(lines[k][1], columns):
                break
            members.append((k, None))
        lead, head = _header_lines(lines, i, columns)
        grids.append(_build(lines, parsed, members, lead, head, columns, start_id + len(grids)))
        used |= {id(lines[k][1]) for k, _ in members} | {id(lines[k][1]) for k in lead + head}
        i = members[-1][0] + 1
    return grids, used


def _period_header(lines, i: int, columns: _Columns) -> bool:
    """A single row of values under a header line naming a period over each column."""
    _, head = _header_lines(lines, i, columns)
    if not head or len(columns.spans) < 2:
        return False
    return len([p for p in find_periods(lines[head[-1]][1].text) if p.period]) >= len(columns.spans)


def _single_column_run(parsed: list[_RowLine | None], i: int) -> bool:
    run = parsed[i:i + 3]
    return len(run) == 3 and all(p and len(p.cells) == 1 and abs(p.xs[0] - run[0].xs[0]) < 6 for p in run)


def _header_fits(line: Line, columns: _Columns) -> bool:
    """Every word of a header line sits over a column or in the label area."""
    words = [w for w in (line.words or []) if (w.x0 + w.x1) / 2 > columns.left - 6]
    if not words or line.text.strip().endswith(TERMINAL) or _row_line(line) is not None:
        return False
    inside = sum(1 for w in words if columns.place(_RowLine(line, "", [Cell("")], [(w.x0, w.x1)]), 16) is not None)
    return inside >= max(1, len(words) * 2 // 3)


def _header_lines(lines, i: int, columns: _Columns) -> tuple[list[int], list[int]]:
    """Section lines just above the first row (lead), and header lines above them."""
    lead: list[int] = []
    head: list[int] = []
    k = i - 1
    while k >= 0 and len(head) < 3:
        line = lines[k][1]
        if _header_fits(line, columns):
            head.insert(0, k)
        elif not head and len(lead) < 1 and _section(line) and line.x1 < columns.left:
            lead.insert(0, k)
        else:
            break
        k -= 1
    return lead, head


def _phrases(line: Line, gap: float = 8.0) -> list[tuple[str, float, float]]:
    """Words of a line grouped into phrases where the gaps between them are small."""
    out: list[tuple[str, float, float]] = []
    for w in line.words or []:
        if out and w.x0 - out[-1][2] < gap:
            out[-1] = (out[-1][0] + " " + w.text, out[-1][1], w.x1)
        else:
            out.append((w.text, w.x0, w.x1))
    return out


def _column_of(columns: _Columns, x0: float, x1: float) -> int:
    """The column a header phrase sits over: most overlap, else the nearest centre."""
    overlap = [max(0.0, min(x1, s1) - max(x0, s0)) for s0, s1 in columns.spans]
    if max(overlap) > 0:
        return overlap.index(max(overlap))
    mid = (x0 + x1) / 2
    return min(range(len(columns.spans)), key=lambda j: abs(sum(columns.spans[j]) / 2 - mid))


def _build(lines, parsed, members, lead, head, columns: _Columns, gid: int) -> Grid:
    n = len(columns.spans)
    names: list[list[str]] = [[] for _ in range(n)]
    label_head: list[str] = []
    for k in head:
        for text, x0, x1 in _phrases(lines[k][1]):
            if x1 < columns.left - 4:
                label_head.append(text)
                continue
            names[_column_of(columns, x0, x1)].append(text)
    rows: list[Row] = []
    for k in lead:
        page, line = lines[k]
        rows.append(Row(line.text.strip(), [Cell("") for _ in range(n)], page.number, line.top))
    for k, cols in members:
        page, line = lines[k]
        if cols is not None:
            p = parsed[k]
            cells = [Cell("") for _ in range(n)]
            xs = [0.0] * n
            for cell, j, x in zip(p.cells, cols, p.xs):
                cells[j], xs[j] = cell, x
            rows.append(Row(p.label, cells, page.number, line.top, xs))
        elif rows and _wraps(line, columns):
            rows[-1].label = (rows[-1].label + " " + line.text.strip()).strip()
        else:
            rows.append(Row(line.text.strip(), [Cell("") for _ in range(n)], page.number, line.top))
    label_header = " ".join(label_head)
    for row in rows:  # a row of values under a header that names them
        if not row.label and label_header:
            row.label = label_header
    used = [k for k, _ in members] + lead + head
    pages = sorted({lines[k][0].number for k in used})
    page0, line0 = lines[min(used)]
    return Grid(gid, page0.number, line0.top, [" ".join(c) for c in names], rows, "lines", label_header, pages)


# -- all grids of a document -------------------------------------------------

def _inside(line: Line, page: Page) -> bool:
    middle = (line.top + line.bottom) / 2
    return any(t.bbox and t.bbox[1] - 1 <= middle <= t.bbox[3] + 1 and line.x0 < t.bbox[2] and line.x1 > t.bbox[0]
               for t in page.tables)


def build_grids(document: Document) -> tuple[list[Grid], set[int]]:
    """Every grid in the document, in reading order; and the ids of the lines in them."""
    grids: list[Grid] = []
    used: set[int] = set()
    for table in document.tables:
        grid = grid_from_table(table, len(grids) + 1)
        if grid:
            grids.append(grid)
    for page in document.pages:
        used |= {id(ln) for ln in page.lines if _inside(ln, page)}
    free = [(page, ln) for page in document.pages for ln in page.lines if id(ln) not in used]
    more, more_used = line_grids(free, len(grids) + 1)
    known = {tuple(c.value for c in r.cells) for g in grids for r in g.rows if r.numeric}
    for g in more:  # a table the finder gave without a bounding box
        if all(tuple(c.value for c in r.cells) in known for r in g.rows if r.numeric):
            continue
        grids.append(g)
    used |= more_used
    grids.sort(key=lambda g: g.order)
    for n, g in enumerate(grids, 1):
        g.id = n
    return grids, used
