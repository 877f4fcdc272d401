"""Ruled tables from the page's vector rulings, without rendering the page.

The approach of pdfplumber's "lines" strategy and camelot's lattice: rules
that touch or cross form a connected group; the distinct positions of its
horizontal and vertical rules are the grid's row and column lines (with the
group's own extent as the border when the table draws no outer frame); two
neighbouring grid cells are one merged cell where no rule separates them;
and each word goes to the cell holding its centre. As camelot does, a merged
cell's text sits in its top-left grid cell and the cells it covers are empty.

``lattice_tables(page)`` returns the page's tables (method "lattice").
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Page, Table, Word
from .cells import is_number
from .text_tables import row_gap

SNAP = 2.0  # points: rules this close in position are one line
JOIN = 3.0  # points: collinear pieces this close end to end are one rule
TOUCH = 2.5  # points: a rule reaching this close to another touches it
MIN_CELL = 4.0  # points: grid lines closer than this are one (a double rule)


@dataclass
class _Line:
    """A horizontal (at y, from a to b along x) or vertical (at x, from a to b along y) line."""

    at: float
    a: float
    b: float


def lattice_tables(page: Page) -> list[Table]:
    horizontal = _merge([_Line(r.top, r.x0, r.x1) for r in page.rules if r.horizontal])
    vertical = _merge([_Line(r.x0, r.top, r.bottom) for r in page.rules if not r.horizontal])
    words = [w for line in page.lines + page.furniture for w in line.words]
    tables = []
    for h_group, v_group in _groups(horizontal, vertical):
        table = _table(h_group, v_group, words, page.number)
        if table is not None:
            tables.append(table)
    return sorted(tables, key=lambda t: t.bbox[1])


def _merge(lines: list[_Line]) -> list[_Line]:
    """Snap lines at nearly the same position together and join collinear pieces."""
    merged: list[_Line] = []
    for line in sorted(lines, key=lambda l: (l.at, l.a)):
        for m in merged:
            if abs(m.at - line.at) <= SNAP and line.a <= m.b + JOIN and line.b >= m.a - JOIN:
                m.a, m.b = min(m.a, line.a), max(m.b, line.b)
                break
        else:
            merged.append(_Line(line.at, line.a, line.b))
    return merged


def _crosses(h: _Line, v: _Line) -> bool:
    return h.a - TOUCH <= v.at <= h.b + TOUCH and v.a - TOUCH <= h.at <= v.b + TOUCH


def _groups(horizontal: list[_Line], vertical: list[_Line]):
    """Rules that touch or cross, gathered into connected groups (one per table)."""
    parent = list(range(len(horizontal) + len(vertical)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(horizontal):
        for j, v in enumerate(vertical):
            if _crosses(h, v):
                parent[find(i)] = find(len(horizontal) + j)
    groups: dict[int, tuple[list[_Line], list[_Line]]] = {}
    for i, h in enumerate(horizontal):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vertical):
        groups.setdefault(find(len(horizontal) + j), ([], []))[1].append(v)
    return [g for g in groups.values() if g[0] and g[1]]


def _positions(values: list[float]) -> list[float]:
    """Distinct grid lines: positions closer than MIN_CELL are one."""
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] < MIN_CELL:
            continue
        out.append(v)
    return out


def _covers(lines: list[_Line], at: float, a: float, b: float) -> bool:
    """Some line at this position runs the whole way from a to b."""
    return any(abs(l.at - at) <= SNAP + 0.5 and l.a <= a + TOUCH and l.b >= b - TOUCH for l in lines)


def _table(horizontal: list[_Line], vertical: list[_Line], words: list[Word], page: int) -> Table | None:
    # the group's own extent is the border a table without an outer frame leaves out
    ys = _positions([h.at for h in horizontal] + [min(v.a for v in vertical), max(v.b for v in vertical)])
    xs = _positions([v.at for v in vertical] + [min(h.a for h in horizontal), max(h.b for h in horizontal)])
    rows, cols = len(ys) - 1, len(xs) - 1
    if rows < 1 or cols < 2:
        return None
    owner = list(range(rows * cols))  # each grid cell -> the top-left cell of its merged cell

    def find(k: int) -> int:
        while owner[k] != k:
            k = owner[k]
        return k

    def join(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            owner[max(ra, rb)] = min(ra, rb)  # the top-left (lowest index) cell keeps the text

    for i in range(rows):
        for j in range(cols):
            k = i * cols + j
            if j + 1 < cols and not _covers(vertical, xs[j + 1], ys[i], ys[i + 1]):
                join(k, k + 1)
            if i + 1 < rows and not _covers(horizontal, ys[i + 1], xs[j], xs[j + 1]):
                join(k, k + cols)
    if _shapeless_share(find, xs, ys) > SHAPELESS_SHARE:
        return None
    cells: dict[int, list[Word]] = {}
    for w in words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        if not (xs[0] <= cx <= xs[-1] and ys[0] <= cy <= ys[-1]):
            continue
        i = max(k for k in range(rows) if ys[k] <= cy)
        j = max(k for k in range(cols) if xs[k] <= cx)
        cells.setdefault(find(i * cols + j), []).append(w)
    if not cells or _columns_undivided(cells):
        return None
    grid: list[list[str]] = []
    for i in range(rows):
        own = [cells.get(i * cols + j, []) if find(i * cols + j) == i * cols + j else [] for j in range(cols)]
        levels = _levels(vertical, xs, ys[i], ys[i + 1])
        if levels:  # column rules that start inside the row: a header over spanning headings
            grid += [_level_row(own, vertical, xs, top, bottom) for top, bottom in levels]
            continue
        # only where the ruling divides no body rows (rules between columns, a frame, a rule
        # under the header): where it divides some, a cell's several lines are one cell's
        bands = _undivided_rows(own) if i and rows <= UNDIVIDED_GRID_ROWS else []
        if len(bands) < 2:
            grid.append([_text(words) for words in own])
            continue
        # rules between the columns but not between the rows: rows from the lines
        for top, bottom in bands:
            grid.append([_text([w for w in words if top <= (w.top + w.bottom) / 2 <= bottom]) for words in own])
    box = (xs[0], ys[0], xs[-1], ys[-1])
    return Table(page=page, index=0, rows=grid, method="lattice", pages=[page], bbox=box, page_bboxes={page: box})


UNDIVIDED_LINES = 3  # lines with figures standing apart in one cell: the rules part groups of columns


def _columns_undivided(cells: dict[int, list[Word]]) -> bool:
    """Rules that part only groups of columns ("Greer County | Pallas County", four columns
    of figures under each): on three or more lines a cell holds two figures side by side a
    wide gap apart (no words between them). Such a table is read from its words' positions
    instead."""
    lines = 0
    for words in cells.values():
        for line in _lines_of(words):
            line = sorted(line, key=lambda w: w.x0)
            height = min(w.bottom - w.top for w in line)  # ("±" stands taller than the digits)
            lines += any(b.x0 - a.x1 > 1.5 * height and _figure(a.text) and _figure(b.text)
                         for a, b in zip(line, line[1:]))
    return lines >= UNDIVIDED_LINES


def _figure(text: str) -> bool:
    """A number, or digits with signs and no letters ("±888", "15.4%")."""
    return is_number(text) or (any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text))


SHAPELESS_SHARE = 0.25  # of the grid's area: more in spaces that are not rectangles is no table


def _shapeless_share(find, xs: list[float], ys: list[float]) -> float:
    """The share of the grid's area in merged spaces that are not rectangles. Every cell of
    a table is a rectangle, however it spans; boxes joined by connectors (an organisation
    chart, a flow diagram) leave the space between them in L- and T-shaped pieces."""
    cols = len(xs) - 1
    spaces: dict[int, list[int]] = {}
    for k in range((len(ys) - 1) * cols):
        spaces.setdefault(find(k), []).append(k)
    shapeless = 0.0
    for ks in spaces.values():
        rows_of, cols_of = {k // cols for k in ks}, {k % cols for k in ks}
        if (max(rows_of) - min(rows_of) + 1) * (max(cols_of) - min(cols_of) + 1) != len(ks):
            shapeless += sum((xs[k % cols + 1] - xs[k % cols]) * (ys[k // cols + 1] - ys[k // cols]) for k in ks)
    return shapeless / max((xs[-1] - xs[0]) * (ys[-1] - ys[0]), 1.0)


def _levels(vertical: list[_Line], xs: list[float], top: float, bottom: float) -> list[tuple[float, float]]:
    """A grid row cut at the heights where column rules inside the table start: each part a
    level of headings ("Population" over "Males | Females" over "0-14 | 15-64"), the rules
    under a heading standing only beside the headings it spans. None if no rule starts there."""
    inner = [v for v in vertical if xs[0] + SNAP < v.at < xs[-1] - SNAP]
    cuts = _positions([v.a for v in inner if top + MIN_CELL < v.a < bottom - MIN_CELL])
    if not cuts:
        return []
    edges = [top] + cuts + [bottom]
    return list(zip(edges, edges[1:]))


def _level_row(own: list[list[Word]], vertical: list[_Line], xs: list[float], top: float,
               bottom: float) -> list[str]:
    """One level of a header row: its words, in cells parted by the column rules that run
    through it; a heading spanning columns sits in the first of them."""
    row = [""] * (len(xs) - 1)
    start = 0
    for j in range(len(xs) - 1):
        if j + 1 < len(xs) - 1 and not _covers(vertical, xs[j + 1], top, bottom):
            continue
        words = [w for cell in own for w in cell
                 if top <= (w.top + w.bottom) / 2 < bottom and xs[start] <= (w.x0 + w.x1) / 2 <= xs[j + 1]]
        row[start] = _text(words)
        start = j + 1
    return row


UNDIVIDED_GRID_ROWS = 3  # header, body, and perhaps a totals row under its own rule


def _undivided_rows(row: list[list[Word]]) -> list[tuple[float, float]]:
    """Rows the ruling left undivided in one grid row, as (top, bottom) bands: each line,
    when two or more lines hold figures beyond the first column; or runs of lines set
    apart by wider gaps (padded rows of wrapped text). Otherwise none."""
    words = sorted((w for cell in row for w in cell), key=lambda w: (w.top + w.bottom) / 2)
    bands: list[list[float]] = []
    for w in words:
        middle = (w.top + w.bottom) / 2
        if bands and middle <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], w.bottom)
        else:
            bands.append([w.top, w.bottom])

    def figure_line(band: list[float]) -> bool:
        """Most of the band's cells beyond the first hold only a figure there."""
        parts = [[w for w in cell if band[0] <= (w.top + w.bottom) / 2 <= band[1]] for cell in row[1:]]
        parts = [p for p in parts if p]
        return bool(parts) and 2 * sum(all(is_number(w.text) for w in p) for p in parts) >= len(parts)

    if sum(figure_line(b) for b in bands) >= 2:
        return [(a, b) for a, b in bands]
    split = row_gap([b[0] - a[1] for a, b in zip(bands, bands[1:])], bands[0][1] - bands[0][0]) if bands else None
    if split is None:
        return []
    rows = [list(bands[0])]
    for above, band in zip(bands, bands[1:]):
        if band[0] - above[1] > split:
            rows.append(list(band))
        else:
            rows[-1][1] = band[1]
    return [(a, b) for a, b in rows] if len(rows) >= 2 else []


def _lines_of(words: list[Word]) -> list[list[Word]]:
    """Words grouped by line (words whose middles share a band), top to bottom."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        middle = (w.top + w.bottom) / 2
        if lines and lines[-1][0].top <= middle <= lines[-1][0].bottom:
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def _text(words: list[Word]) -> str:
    """A cell's words in reading order: by line, then x."""
    return " ".join(" ".join(w.text for w in sorted(line, key=lambda w: w.x0)) for line in _lines_of(words))
