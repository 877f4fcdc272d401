"""The headings over an unruled table's rows: which lines above them read as headings,
and how they stack into header rows (a heading spanning several columns is a row
of its own, over the first column it spans).
"""
from __future__ import annotations

from ..model import Line
from .cells import (CAPTION, FULL_RULE, ROW_GAP, UNIT_LINE, WRAP_GAP, Cell, Row, column_of, column_spans, is_number,
                    is_period, line_height, near, overlaps)

MAX_HEADER_LINES = 6  # a heading may wrap onto several lines over narrow columns
MAX_HEADER_WORDS = 12  # per header cell: longer is a sentence
CENTRED_SLACK = 0.05  # of a group of headings' width: a heading this near its middle is centred over it


def header_above(stream, cells, first: int, rows: list[Row], floor: int, ruled: list[bool]) -> Row | None:
    """The line(s) just above the first row, when they read as column headings."""
    spans = column_spans(rows)
    header: Row | None = None
    below = stream[first]
    k, beside = first - 1, 0
    while k >= floor and stream[k] is not None and first - k - beside <= MAX_HEADER_LINES:
        line, head = stream[k], cells[k]
        if _in_column_beside(line, below, spans):
            k, beside = k - 1, beside + 1  # a paragraph beside the table, read before its first row
            continue
        # a heading row of its own over the data columns ("Southwark  Inner London  England"
        # above "2020/21  2021/22 ...") may stand a row apart; a wrapped heading may not
        own_row = header is None or _over_data_columns(head, spans)
        limit = ROW_GAP if own_row else WRAP_GAP
        if not near(line, below, limit) or (header is not None and (line.page != below.page or ruled[k + 1])):
            break
        if k > floor and stream[k - 1] is not None and _caption_wrap(line, head, stream[k - 1], cells[k - 1]):
            break  # "considered (%)" under "Table 3: Roads where maintenance should be"
        if not (_reads_as_headings(line, head, spans, first_line=header is None)
                or (header is not None and _stub_heading_between(line, head, below, spans))):
            break
        if header is not None and len(head) == 1 and UNIT_LINE.match(head[0].text.strip()):
            break  # "£000" over the headings is the whole table's unit, not one column's heading
        header = Row(line, head) if header is None else Row(header.line, header.cells,
                                                              [(line, head)] + header.wraps)
        below, k = line, k - 1
    return header


def _caption_wrap(line: Line, head: list[Cell], above: Line, above_cells: list[Cell]) -> bool:
    """The line is the second line of a caption above it: one cell, flush with a caption's
    start and tight under it."""
    return len(head) == 1 and near(above, line, WRAP_GAP) and any(
        CAPTION.match(c.text) and abs(c.x0 - head[0].x0) <= 2.0 for c in above_cells)


def _stub_heading_between(line: Line, head: list[Cell], below: Line, spans) -> bool:
    """"Theme" over the label column, set level with the middle of a two-line header (so
    half over the heading line below it): the label column's heading, spanning both."""
    return len(head) == 1 and head[0].x1 <= spans[1][0] and _half_over(line, below)


def _half_over(upper: Line, lower: Line) -> bool:
    """The lower line starts inside the upper one: set half a line below it."""
    return upper.top < lower.top < upper.bottom - 1


def _in_column_beside(line: Line, below: Line, spans) -> bool:
    """A line of another of the page's columns (the reader's layout), clear of the table."""
    return line.page == below.page and line.column is not None and below.column is not None \
        and line.column[1] != below.column[1] and (line.x1 < spans[0][0] or line.x0 > spans[-1][1])


def _over_data_columns(head: list[Cell], spans) -> bool:
    """Two or more cells, each over a different data column (not the label column)."""
    columns = [[k for k, s in enumerate(spans) if k and overlaps(c, s)] for c in head]
    return len(head) >= 2 and all(len(c) == 1 for c in columns) and len({c[0] for c in columns}) == len(head)


def _reads_as_headings(line: Line, head: list[Cell], spans, first_line: bool) -> bool:
    """Short cells over the columns.  The line next to the data needs two cells; a line
    above it (a heading wrapped onto two lines) must head a data column, which a
    caption such as "Table 1: Legal status" over the label column does not."""
    if len(head) < (2 if first_line else 1) or line.text.rstrip().endswith((".", ":")) \
            or CAPTION.match(line.text):
        return False
    if any(len(c.text.split()) > MAX_HEADER_WORDS for c in head):
        return False
    label_edge = spans[0][1]
    if not first_line and not any(c.x0 >= label_edge or any(overlaps(c, s) for s in spans[1:]) for c in head):
        return False

    # a column one sign wide ("%" after the figures, "£" before them) goes with its neighbour
    narrow = 0.8 * line_height(line)

    def overlapped(c: Cell) -> int:
        return sum(overlaps(c, s) for s in spans if s[1] - s[0] > narrow) or sum(overlaps(c, s) for s in spans)

    # a heading centred in its column may stand in the gap beside right-aligned numbers
    # over the data columns, a line above the first may hold headings spanning several
    spanning_ok = not first_line
    placed = sum(1 for c in head if overlapped(c) == 1 or c.x1 <= spans[0][0]
                 or (overlapped(c) == 0 and spans[0][0] <= c.x0 and c.x1 <= spans[-1][1])
                 or (spanning_ok and c.x0 >= label_edge))
    return 2 * placed >= len(head) and all(overlapped(c) <= 1 or (spanning_ok and c.x0 >= label_edge)
                                           for c in head[1:])


def header_text(header: Row) -> str:
    return " ".join(line.text for line, _ in header.parts())


def counts_as_numeric(header: Row) -> bool:
    """A header of periods ("2015/16  2016/17") counts towards the two numeric rows."""
    return sum(is_period(c.text) or is_number(c.text) for c in header.cells) >= 2


def header_levels(parts: list[tuple[Line, list[Cell]]], spans, rules=()) -> list[tuple[list, dict[int, Cell]]]:
    """Header lines -> header rows. Lines of wrapped headings make one row; the headings
    of a line that span several columns ("2022-23" over "Number  %") are a row of their
    own, each placed over the first column it spans, and the line's other headings (the
    first line of a heading taller than its neighbours) join the row below. Returns each
    row's lines and, for its spanning cells, the cell (below) whose column it takes."""
    # headings set level with the middle of a two-line header ("Service ... RAG" between
    # "Budget 2024/25" and "Original  Revised") head both its rows: they join the lower one
    between = [parts[n] for n in range(1, len(parts) - 1) if _set_between(parts[n - 1], parts[n], parts[n + 1])]
    parts = [p for p in parts if not any(p is b for b in between)]
    levels: list[tuple[list, dict[int, Cell]]] = []
    carried: list[tuple[Line, list[Cell]]] = []
    for n, (line, cells) in enumerate(parts):
        spanning = _spanning_cells(cells, [below for _, below in parts[n + 1:]], spans,
                                   _rules_under(line, parts[n + 1:], spans, rules))
        if spanning:
            levels.append(([(line, [c for c in cells if id(c) in spanning])], spanning))
            rest = [c for c in cells if id(c) not in spanning]
            if rest:
                carried.append((line, rest))
        elif levels and not levels[-1][1]:
            levels[-1][0].append((line, cells))
        else:
            levels.append((carried + [(line, cells)], {}))
            carried = []
    if carried:
        levels.append((carried, {}))
    if between and levels and not levels[-1][1]:
        levels[-1][0][:0] = between
    elif between:
        levels.append((between, {}))
    return levels


def _set_between(above: tuple[Line, list[Cell]], part: tuple[Line, list[Cell]],
                 below: tuple[Line, list[Cell]]) -> bool:
    """The line stands half over the line above it and half over the line below, its
    headings beside theirs (over none of them)."""
    if not (_half_over(above[0], part[0]) and _half_over(part[0], below[0])):
        return False
    return not any(c.x0 < o.x1 and o.x0 < c.x1 for c in part[1] for o in above[1] + below[1])


def _spanning_cells(cells: list[Cell], lines_below: list[list[Cell]], spans, under=()) -> dict[int, Cell]:
    """Cells standing over two or more headings of the first line below with headings
    under them, centred between them rather than over one, or over the headings a short
    rule under them reaches across (``under``: such rules) (id(cell) -> the leftmost
    heading it spans)."""
    found: dict[int, Cell] = {}
    for n, cell in enumerate(cells):
        if len(spans) > 1 and cell.x1 <= spans[1][0]:
            continue  # within the label column ("Theme"): the stub's heading spans no data column
        centre = (cell.x0 + cell.x1) / 2
        rule = next((r for r in under if r.x0 <= centre <= r.x1), None)
        if rule is not None:
            covered = [b for below in lines_below for b in below
                       if column_of(b, spans) > 0 and rule.x0 <= (b.x0 + b.x1) / 2 <= rule.x1]
            if len({(b.x0, b.x1) for b in covered}) >= 2:
                found[id(cell)] = min(covered, key=lambda b: b.x0)
                continue
        left = (cells[n - 1].x1 + cell.x0) / 2 if n else float("-inf")
        right = (cell.x1 + cells[n + 1].x0) / 2 if n + 1 < len(cells) else float("inf")
        # an end of the line reaches as far beyond the heading as its other side does (not
        # over a heading of another column further out: "Total" left of "Weeks waiting");
        # a heading so bounded spans only if no heading under it lines up with its edges
        # (the upper line of "Total / homes" is centred over the years by chance), nor, on
        # the next line, stands under its centre ("Charter school" over "students": one
        # heading wrapped)
        # (a heading whose only neighbour is the stub's heading spans the data columns:
        # "Age at 31 March  |  Type of foster placement" over a cross-tabulation)
        over_stub = len(cells) == 2 and n == 1 and column_of(cells[0], spans) == 0 \
            and len(spans) > 1 and cells[0].x1 < spans[1][0]
        mirrored = len(cells) > 1 and n in (0, len(cells) - 1) and not over_stub
        if over_stub:  # centred over the headings of every data column, on whichever line
            heads = sorted((b for below in lines_below for b in below if column_of(b, spans) > 0),
                           key=lambda b: b.x0)
            if heads and _centred_over(cell, heads):
                found[id(cell)] = heads[0]
                continue
        if n == 0 and len(cells) > 1:
            left = cell.x0 - (right - cell.x1)
        elif n == len(cells) - 1 and n and not over_stub:
            right = cell.x1 + (cell.x0 - left)
        for k, below in enumerate(lines_below):
            covered = [b for b in below if column_of(b, spans) > 0 and left <= (b.x0 + b.x1) / 2 <= right]
            if len(covered) == 1 and k + 1 < len(lines_below) \
                    and any(_aligned(covered[0], b) for b in lines_below[k + 1]):
                continue  # the upper line of a heading wrapped below ("Householder / living alone")
            if covered:
                if len(covered) >= 2 and (_centred_over(cell, covered)
                                          or not any(_aligned(cell, b) for b in covered)) \
                        and not (mirrored and any(_edges_aligned(cell, b) or (k == 0 and _aligned(cell, b)
                                                                              and not _groups(cell, b, covered))
                                                  for b in covered)):
                    found[id(cell)] = covered[0]
                elif len(cells) == 1 and k == 0 and (spanned := _across(cell, covered)):
                    found[id(cell)] = spanned[0]
                break
    return found


def _rules_under(line: Line, below: list[tuple[Line, list[Cell]]], spans, rules) -> list:
    """Short rules within a line's height under a heading line (which has lines below it):
    each under a heading that spans the columns it reaches across (not a rule under the
    whole header)."""
    if not below or not spans:
        return []
    width = spans[-1][1] - spans[0][0]
    return [r for r in rules if line.bottom - 1 <= r.top <= line.bottom + line_height(line)
            and r.x1 - r.x0 < FULL_RULE * width]


def _across(cell: Cell, below: list[Cell]) -> list[Cell]:
    """The headings a lone heading runs across from the first one's left edge, as a heading
    spanning columns set flush left over them ("Reaching the expected standard (%)" over
    "Reading  Writing  Maths  All three"): two or more; none if it is not flush with one."""
    inside = [b for b in below if cell.x0 - 2.0 <= (b.x0 + b.x1) / 2 <= cell.x1 + 2.0]
    return inside if len(inside) >= 2 and abs(cell.x0 - inside[0].x0) <= 2.0 else []


def _groups(cell: Cell, below: Cell, covered: list[Cell]) -> bool:
    """Centred over three or more headings, the one under its middle not the lower-case
    rest of its own words ("Quarter 1" over "Jan  Feb  Mar"; not "Charter school" over
    "students")."""
    return _centred_over(cell, covered) and not below.text[:1].islower()


def _centred_over(cell: Cell, covered: list[Cell]) -> bool:
    """Centred over three or more headings: over them all, though over the middle one too."""
    middle = (covered[0].x0 + covered[-1].x1) / 2
    slack = max(2.0, CENTRED_SLACK * (covered[-1].x1 - covered[0].x0))
    return len(covered) >= 3 and abs((cell.x0 + cell.x1) / 2 - middle) <= slack


def _edges_aligned(cell: Cell, below: Cell, slack: float = 2.0) -> bool:
    return abs(cell.x0 - below.x0) <= slack or abs(cell.x1 - below.x1) <= slack


def _aligned(cell: Cell, below: Cell, slack: float = 2.0) -> bool:
    """Set in the same column as the heading below it: its centre over it, or its left
    or right edge in line with it (a heading wrapped onto two lines)."""
    centre = (cell.x0 + cell.x1) / 2
    # (a centre at the very edge of the heading below is in the gap beside it, not over it)
    return below.x0 + slack <= centre <= below.x1 - slack or _edges_aligned(cell, below, slack)
