"""Unruled tables rebuilt from aligned lines: rows that end in two or more numbers at the
same x positions, with wrapped labels, section lines and the header lines above them.

The table finder (``tables.py``) may miss such tables (a few rows between paragraphs,
no gaps wide enough for the stream detector). ``find_line_tables(document)`` sets
``page.line_tables`` on each page: ``Table``s (method "lines") whose first
``header_rows`` rows are the header (label header, then one name per value column)
and whose ``lines`` are the lines they were built from. The audit does its arithmetic
on them beside ``page.tables`` (one table model); extraction reads those lines as prose.
``Cell`` and ``parse_cell`` read a cell's number the way both use it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Line, Page, Table, Word
from ..periods import find_periods

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


def _line_runs(lines: list[tuple[Page, Line]]) -> list[Table]:
    """Tables made of runs of aligned row lines."""
    parsed = [(_row_line(ln) if len(ln.text) < 200 else None) for _, ln in lines]
    tables: list[Table] = []
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
        tables.append(_table(lines, parsed, members, lead, head, columns))
        i = members[-1][0] + 1
    return tables


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


def inside_a_table(line: Line, page: Page) -> bool:
    middle = (line.top + line.bottom) / 2
    return any(t.bbox and t.bbox[1] - 1 <= middle <= t.bbox[3] + 1 and line.x0 < t.bbox[2] and line.x1 > t.bbox[0]
               for t in page.tables if not t.of_text)



def find_line_tables(document: Document) -> None:
    """Set ``page.line_tables`` on every page (tables start on their first line's page)."""
    used = {id(ln) for page in document.pages for ln in page.lines if inside_a_table(ln, page)}
    free = [(page, ln) for page in document.pages for ln in page.lines if id(ln) not in used]
    for page in document.pages:
        page.line_tables = []
    for table in _line_runs(free):
        document.pages[table.page - 1].line_tables.append(table)


def _table(lines, parsed, members, lead, head, columns: _Columns) -> Table:
    """The run as a Table: a header row when there are header lines, then section and data rows."""
    n = len(columns.spans)
    names: list[list[str]] = [[] for _ in range(n)]
    label_head: list[str] = []
    for k in head:
        for text, x0, x1 in _phrases(lines[k][1]):
            if x1 < columns.left - 4:
                label_head.append(text)
                continue
            names[_column_of(columns, x0, x1)].append(text)
    rows: list[list[str]] = [[lines[k][1].text.strip()] + [""] * n for k in lead]
    for k, cols in members:
        line = lines[k][1]
        if cols is not None:
            p = parsed[k]
            cells = [""] * n
            for cell, j in zip(p.cells, cols):
                cells[j] = cell.text
            rows.append([p.label] + cells)
        elif rows and _wraps(line, columns):
            rows[-1][0] = (rows[-1][0] + " " + line.text.strip()).strip()
        else:
            rows.append([line.text.strip()] + [""] * n)
    label_header = " ".join(label_head)
    for row in rows:  # a row of values under a header that names them
        if not row[0] and label_header:
            row[0] = label_header
    header = [[label_header] + [" ".join(c) for c in names]] if head else []
    used = [k for k, _ in members] + lead + head
    pages = sorted({lines[k][0].number for k in used})
    page0, line0 = lines[min(used)]
    members_lines = [lines[k][1] for k in sorted(used)]
    box = (min(ln.x0 for ln in members_lines), line0.top, max(ln.x1 for ln in members_lines),
           max(ln.bottom for ln in members_lines))
    return Table(page=page0.number, index=0, rows=header + rows, method="lines", pages=pages, bbox=box,
                 header_rows=len(header), lines=members_lines)
