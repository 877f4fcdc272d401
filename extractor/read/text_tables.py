"""Unruled tables of text: a glossary, an action plan, a list of sites and proposals.

The numeric reader (stream_tables.py) finds tables by their rows of figures; a
table whose cells are words has none. Its columns show instead as left edges:
the cells of its lines start at a few fixed x positions, line after line, and no
cell runs across a column's edge. A run of such lines is a table when a rule runs
across it (above its first row, under its header, or under its last row), a caption
("Table 2: ...") stands just above it, or a shaded band lies behind its header:
columns of words with none of these are as likely a key, a form, addresses or an
organisation chart, and are left as text. Rows are told apart by
the space between them: the lines of one cell sit closer together than two rows.
"""
from __future__ import annotations

import re

from ..model import Document, Line, Rule, Table
from .columns import visual_lines
from .cells import CAPTION, Cell, in_boxes, is_value, line_height, set_large, split_cells
from .rulings import joined_horizontal

FIELD = re.compile(r"^[A-Z][\w ]{0,24}: \S")  # "Date: 19 June 2024", a form's field and its value
SLACK = 3.0  # pt: cells starting this close start at the same column edge
NEAR = 1.6  # consecutive lines of a table are at most this many line heights apart
MIN_LINES = 3  # lines with two or more cells, at the least
MIN_SUPPORT = 3  # lines with a cell starting at a column edge, for the edge to count
FULL_RULE = 0.8  # a rule across this share of the table's width
MARKER_CHARS = 4  # a first column of nothing longer is a list's numbers or bullets
PROSE_SHARE = 0.6  # a single cell wider than this share of the block is a paragraph's line
TIGHT = 0.3  # line heights: lines of one cell (a wrapped heading) are at most this far apart
MAX_HEADING_LINES = 3
SHADED_BAND = 4.0  # line heights: a shaded band taller than this is a panel, not a header
SLACK_BAND = 3.0  # line heights: a header band may run this far past the table's words each side
CAPTION_LINES = 3  # a caption's last line, a unit line ("Dollars in millions") under it


def find_text_tables(document: Document, skip: dict[int, list[tuple]], gap_ratio: float,
                     body: float) -> list[Table]:
    """Tables of text on each page, from lines outside the `skip` boxes (tables found already);
    cells part at `gap_ratio` line heights, as in unruled tables of figures, and lines set
    much larger than the body text (``body_height``) start none."""
    found: list[Table] = []
    for page in document.pages:
        boxes = skip.get(page.number, ())
        # the tables found already go first: a line of this table joined to a line of one
        # beside it would go with it
        lines = visual_lines([ln for ln in page.lines if not in_boxes(ln, boxes)])
        cells = [split_cells(ln, gap_ratio) for ln in lines]
        rules = joined_horizontal(page.rules)
        i = 0
        while i < len(lines):
            table = _table_from(lines, cells, i, rules, page.shading) \
                if len(cells[i]) >= 2 and not set_large(lines[i], body) else None
            if table is None:
                i += 1
                continue
            table, end = table
            found.append(table)
            i = end
    return found


def _block(lines: list[Line], cells: list[list[Cell]], start: int) -> int:
    """End of the run of close lines from `start`, stopping at a paragraph's line
    (a line in a column further right may be as wide: a wrapped cell)."""
    x0, x1 = lines[start].x0, lines[start].x1
    end = start + 1
    while end < len(lines):
        line, above = lines[end], lines[end - 1]
        if line.top - above.bottom > NEAR * line_height(above) or CAPTION.match(line.text):
            break  # (a caption starts the next table)
        if len(cells[end]) == 1 and line.x0 <= x0 + SLACK \
                and line.x1 - line.x0 > PROSE_SHARE * (max(x1, line.x1) - min(x0, line.x0)):
            break  # a paragraph's line, from the left margin across the columns
        x0, x1 = min(x0, line.x0), max(x1, line.x1)
        end += 1
    return end


def _edges(rows: list[list[Cell]]) -> list[float]:
    """Column edges: left edges of word cells that several multi-cell lines share."""
    # figures count too: left-aligned ones share an edge, right-aligned ones scatter
    cells = [(n, c) for n, row in enumerate(rows) if len(row) >= 2 for c in row]
    edges = [min(c.x0 for _, c in group) for group in _shared(cells, lambda c: c.x0)]
    # the stub's edge in a table of three rows, under a header whose stub cell is empty
    stub = _shared(cells, lambda c: c.x0, MIN_SUPPORT - 1)
    if stub and edges and min(c.x0 for _, c in stub[0]) < min(edges) - SLACK:
        edges.append(min(c.x0 for _, c in stub[0]))
    return sorted(edges + _right_aligned_edges(rows, edges))


def _right_aligned_edges(rows: list[list[Cell]], edges: list[float]) -> list[float]:
    """A column of figures set right-aligned: their right ends agree and their starts scatter,
    so no left edge shows; its edge is where its widest figure starts."""
    figures = [(n, c) for n, row in enumerate(rows) if len(row) >= 2 for c in row[1:] if is_value(c.text)]
    found = []
    for group in _shared(figures, lambda c: c.x1):
        start = min(c.x0 for _, c in group)
        if not any(start - SLACK <= e <= max(c.x1 for _, c in group) for e in edges):
            found.append(start)
    return found


def _shared(cells: list[tuple[int, Cell]], at, support: int = MIN_SUPPORT) -> list[list[tuple[int, Cell]]]:
    """Groups of (line number, cell) whose position ``at(cell)`` agrees within SLACK of the
    group's first, on ``support`` or more lines."""
    groups: list[list[tuple[int, Cell]]] = []
    for item in sorted(cells, key=lambda item: at(item[1])):
        if groups and at(item[1]) - at(groups[-1][0][1]) <= SLACK:
            groups[-1].append(item)
        else:
            groups.append([item])
    return [g for g in groups if len({n for n, _ in g}) >= support]


def _fits(row: list[Cell], edges: list[float]) -> bool:
    """No word cell runs across a column edge, and most start at one (a heading or a
    figure may be centred or right-aligned in its column)."""
    at_edge = 0
    for cell in row:
        if any(cell.x0 + SLACK < e < cell.x1 - SLACK for e in edges) and not is_value(cell.text):
            return False
        at_edge += any(abs(cell.x0 - e) <= SLACK for e in edges)
    return 2 * at_edge >= len(row)


def _table_from(lines, cells, start: int, rules: list[Rule], shading=()):
    """A table of text starting at line `start`, and the index after it; or None."""
    end = _block(lines, cells, start)
    edges = _edges(cells[start:end])
    if len(edges) < 2:
        return None
    last = start
    ends = _column_ends(cells[start + 1:end], edges)  # where the body's cells end in each column
    if not _fits(cells[start], edges) and _heading_fits(cells[start], edges, ends) \
            and not any(is_value(c.text) for c in cells[start]):
        last += 1  # a header whose headings stand over right-aligned figures
    while last < end and _fits(cells[last], edges):
        last += 1
    members = list(range(start, last))
    while len(members) > 1 and _set_apart_note(lines, cells, members[-2], members[-1], edges):
        members.pop()
    # the lines of one cell in this table stand no further apart than its closest lines
    own = [lines[m] for m in members]
    wrap = min((b.top - a.bottom for a, b in zip(own, own[1:]) if a.page == b.page), default=0.0)
    headings = _heading_lines_above(lines, cells, start, edges, ends, rules, wrap)
    ruled = bool(members) and _ruled(members, lines, rules)  # over the header's last line, not its upper lines
    members[:0] = headings
    if sum(len(cells[m]) >= 2 for m in members) < MIN_LINES:
        return None
    firsts = [c for m in members for c in cells[m] if _column(c, edges) == 0]
    if firsts and all(len(c.text) <= MARKER_CHARS or is_value(c.text) for c in firsts) \
            and not _header_ruled(members, lines, rules):
        return None  # numbered paragraphs or bullets ("2.3", "-", "(a)"): a list, not a table
    if firsts and 2 * sum(c.text.endswith(":") for c in firsts) > len(firsts):
        return None  # "Report author:  Head of Service": a form's fields
    texts = [c.text for m in members for c in cells[m]]
    if 3 * sum(bool(FIELD.match(t)) for t in texts) >= 2 * len(texts):
        return None  # "Report of: Head of Libraries | Meeting: Communities Committee": fields
    used = sorted({_column(c, edges) for m in members for c in cells[m]})
    if len(used) == 2 and _prose_beside_prose([cells[m] for m in members]):
        return None  # two page columns of running text under a rule, not a table
    box = (min(lines[m].x0 for m in members), lines[members[0]].top,
           max(lines[m].x1 for m in members), lines[members[-1]].bottom)
    if len(used) < 2 or not (ruled or _captioned(lines, cells, members[0])
                             or _shaded_header([lines[m] for m in members], box, shading)):
        return None
    rows = _rows([lines[m] for m in members], [cells[m] for m in members], edges, rules)
    grid = [[" ".join(texts) for texts in row] for row in rows]
    keep = [k for k in range(len(edges)) if any(r[k] for r in grid)]
    grid = [[r[k] for k in keep] for r in grid]
    page = lines[start].page
    return Table(page=page, index=0, rows=grid, method="text", pages=[page], bbox=box,
                 page_bboxes={page: box}), members[-1] + 1


def _heading_lines_above(lines, cells, start: int, edges: list[float], ends: dict[int, float],
                         rules: list[Rule], wrap: float = 0.0) -> list[int]:
    """Lines just above the first, as tight as the lines of one cell (``wrap``: the closest
    two lines of the table stand), that fit the columns (``ends``: where each column's cells
    end): the upper lines of headings set at the foot of their cells ("Release" over "(t)")."""
    found: list[int] = []
    k = start
    while k > 0 and len(found) < MAX_HEADING_LINES:
        line, below = lines[k - 1], lines[k]
        if line.page != below.page \
                or below.top - line.bottom > max(TIGHT * line_height(below), wrap + 0.1 * line_height(below)) \
                or any(is_value(c.text) for c in cells[k - 1]) or not _heading_fits(cells[k - 1], edges, ends) \
                or any(line.bottom - 1 <= r.top <= below.top + 1 and r.x0 < line.x1 and r.x1 > line.x0
                       for r in rules):
            break
        found.insert(0, k - 1)
        k -= 1
    return found


def _column_ends(rows: list[list[Cell]], edges: list[float]) -> dict[int, float]:
    ends: dict[int, float] = {}
    for row in rows:
        for cell in row:
            k = _column(cell, edges)
            ends[k] = max(ends.get(k, cell.x1), cell.x1)
    return ends


def _heading_fits(row: list[Cell], edges: list[float], ends: dict[int, float]) -> bool:
    """Each heading cell within one column, or set right-aligned over the column whose
    edge it crosses (ending where that column's cells end)."""
    for cell in row:
        crossed = [k for k, e in enumerate(edges) if cell.x0 + SLACK < e < cell.x1 - SLACK]
        if not crossed:
            continue
        k = crossed[0]
        right_aligned = abs(cell.x1 - ends.get(k, -SLACK * 9)) <= SLACK
        # "No." centred over a column of "1", "2", "3" narrower than the heading
        centred = edges[k] - SLACK <= (cell.x0 + cell.x1) / 2 <= ends.get(k, -SLACK * 9) + SLACK
        if len(crossed) > 1 or not (right_aligned or centred):
            return False
    return True


def _set_apart_note(lines: list[Line], cells: list[list[Cell]], above: int, last: int, edges: list[float]) -> bool:
    """The last line is a heading or note after the table: one cell, at the first column's
    edge, set further apart than the lines of a cell."""
    return (len(cells[last]) < 2 and cells[last][0].x0 <= edges[0] + SLACK
            and lines[last].top - lines[above].bottom > 0.5 * line_height(lines[last]))


def _column(cell: Cell, edges: list[float]) -> int:
    """The rightmost column edge left of the cell's end: a cell that fits its column starts
    there too, and a figure or heading set right-aligned may start left of its edge."""
    x = max(cell.x0, cell.x1 - SLACK) + SLACK if cell.x1 - cell.x0 < 2 * SLACK else cell.x1 - SLACK
    return max((k for k, e in enumerate(edges) if e <= x), default=0)


def _ruled(members: list[int], lines: list[Line], rules: list[Rule]) -> bool:
    """A rule across the table: above its first line, under its header or under its last line."""
    x0, x1 = min(lines[m].x0 for m in members), max(lines[m].x1 for m in members)
    top, bottom = lines[members[0]].top, lines[members[-1]].bottom
    height = line_height(lines[members[0]])
    second = lines[members[1]].top if len(members) > 1 else bottom

    def across(rule: Rule) -> bool:
        return min(rule.x1, x1) - max(rule.x0, x0) >= FULL_RULE * (x1 - x0)

    return any(across(r) and (top - 1.2 * height <= r.top <= second or bottom - 1 <= r.top <= bottom + height)
               for r in rules)


PROSE_WORDS = 6  # a cell line of this many words or more reads as running text


def _prose_beside_prose(rows: list[list[Cell]]) -> bool:
    """Most two-cell lines hold running text on both sides (a glossary's terms are short)."""
    pairs = [row for row in rows if len(row) == 2]
    prose = sum(all(len(c.text.split()) >= PROSE_WORDS for c in row) for row in pairs)
    return bool(pairs) and prose >= 0.7 * len(pairs)


def _header_ruled(members: list[int], lines: list[Line], rules: list[Rule]) -> bool:
    """A rule across the table between its first two lines: a header ruled off ("No. |
    Recommendation | Lead" over numbered rows), which numbered paragraphs never have."""
    if len(members) < 2:
        return False
    x0, x1 = min(lines[m].x0 for m in members), max(lines[m].x1 for m in members)
    return _rule_across(lines[members[0]], lines[members[1]], x0, x1, rules)


def _rule_across(upper: Line, lower: Line, x0: float, x1: float, rules: list[Rule]) -> bool:
    """A rule between two lines across most of the table's width (x0 to x1)."""
    return any(upper.bottom - 1 <= r.top <= lower.top + 1
               and min(r.x1, x1) - max(r.x0, x0) >= FULL_RULE * (x1 - x0) for r in rules)


def _captioned(lines: list[Line], cells: list[list[Cell]], first: int) -> bool:
    """A caption ("Table 3: ...") just above the table, or above a unit line under it: the
    table's own title, where an unruled table of words would otherwise pass for a key, a
    form or addresses."""
    k, below = first - 1, lines[first]
    for _ in range(CAPTION_LINES):
        if k < 0 or lines[k].page != below.page or below.top - lines[k].bottom > NEAR * line_height(below) \
                or len(cells[k]) != 1:
            return False
        if CAPTION.match(lines[k].text):
            return True
        k, below = k - 1, lines[k]
    return False


def _shaded_header(lines: list[Line], box: tuple, shading) -> bool:
    """A shaded band across the table behind its first line and not its last: a header row set
    apart by its fill, as word processors shade it; a key or a form is not shaded so."""
    first, last = lines[0], lines[-1]
    height = line_height(first)
    for x0, top, x1, bottom in shading:
        if top <= (first.top + first.bottom) / 2 <= bottom < (last.top + last.bottom) / 2 \
                and bottom - top <= SHADED_BAND * height and x0 <= box[0] + SLACK and x1 >= box[2] - SLACK \
                and x1 - x0 <= box[2] - box[0] + 2 * SLACK_BAND * height:
            return True
    return False


def _rows(lines: list[Line], cells: list[list[Cell]], edges: list[float],
          rules: list[Rule] = ()) -> list[list[list[str]]]:
    """Lines -> rows of cells. Where rules part the rows (two or more across the table
    below its first line), a rule starts a row; where rows are spaced apart (padding), a
    wider gap does; where every gap is alike, every line is a row."""
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
    split = row_gap(gaps, line_height(lines[0]))
    x0, x1 = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    ruled = {n for n in range(1, len(lines)) if _rule_across(lines[n - 1], lines[n], x0, x1, rules)}
    keyed = split is None and len(ruled) < 2 and _keyed_rows(cells, edges)
    rows: list[list[list[str]]] = []
    previous: dict[int, str] = {}
    for n, (line, row) in enumerate(zip(lines, cells)):
        placed: dict[int, str] = {}
        for cell in row:
            k = _column(cell, edges)
            placed[k] = f"{placed[k]} {cell.text}" if k in placed else cell.text
        if len(ruled) >= 2:
            starts = not rows or n in ruled
        elif keyed:  # "24/0183/FUL | Land north of Mill | ...", then its cells' wrapped lines
            starts = not rows or 0 in placed or not _wraps_on(previous, placed)
        else:
            starts = not rows or split is None or gaps[n - 1] > split
        if starts:
            rows.append([[] for _ in edges])
        for k, text in placed.items():
            rows[-1][k].append(text)
        previous = placed
    return rows


RUNS_ON = ("and", "or", "of", "to", "for", "with", "the", "a", "an", "in", "on", "by", "from")


def _keyed_rows(cells: list[list[Cell]], edges: list[float]) -> bool:
    """Rows keyed by their first cell, with wrapped lines under them: a first cell on two or
    more body lines, and lines with the first cell empty between them."""
    body = cells[1:]
    keyed = [any(_column(c, edges) == 0 for c in row) for row in body]
    return sum(keyed) >= 2 and not all(keyed)


def _wraps_on(previous: dict[int, str], placed: dict[int, str]) -> bool:
    """A line with its first cell empty carries on the row above: most of its cells start
    in lower case or follow a cell line left unfinished ("... and", "... Rise,")."""
    def carries(k: int, text: str) -> bool:
        above = previous.get(k, "")
        return text[:1].islower() or above.endswith(",") or (above.split()[-1:] or [""])[0].lower() in RUNS_ON
    return 2 * sum(carries(k, t) for k, t in placed.items()) >= len(placed)


def row_gap(gaps: list[float], height: float) -> float | None:
    """The gap between lines above which a new row starts, where rows are spaced apart
    more than the lines of one cell: the widest step between gap sizes with two or more
    gaps above it (one wide gap alone is a header's, or a note's). None if there is none."""
    ordered = sorted(gaps)
    steps = [(b - a, n) for n, (a, b) in enumerate(zip(ordered, ordered[1:])) if len(ordered) - n - 1 >= 2]
    if not steps:
        return None
    jump, at = max(steps)
    return (ordered[at] + ordered[at + 1]) / 2 if jump > 0.3 * height else None
