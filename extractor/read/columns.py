"""Reading order for text set in side-by-side columns.

Lines are built across the whole page width, so two columns of prose, or an
"at a glance" grid of tiles (a big number over a short label, three to a
row), come out interleaved: "1,046 +6% 412" then "children and young ...
more children in ... children came ...".  A column layout shows as a
vertical river: an x-interval free of words, much wider than a word space,
down a run of consecutive lines, with words on both sides of it in several
of them.  Each line of such a run is cut at the river(s) and the pieces are
read column by column, left column top to bottom first.

Tables and forms have rivers too, so a run is left alone when its rows read
as table rows (a label or year followed by numbers, a cell gap inside a
piece) or form fields ("Author: | Head of Service"), when fewer than two of
its rows have words on every side (a chart's or table's figures), or when
its columns are very unequal (a narrow column of labels, paragraph numbers
or bullets beside the text is a hanging indent, not a page layout).

The layout is worked out again from word positions each time, so running it
on lines it has already split gives the same order (prose.py relies on
that to learn which column each line is in).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..model import Line, Rule, Word
from .cells import is_number, is_period
from .side_by_side import unmatched_heights

GUTTER = 18.0  # pt: a river at least this wide; a word space is ~3 pt, a justified one < 10
ROW_GAP = 2.5  # rows of one layout are at most 2.5 row heights apart (tile rows leave a gap)
MIN_SPLIT_ROWS = 2  # rows with words (not numbers) on both sides of a river
MIN_BALANCE = 0.4  # narrowest column >= 40% of the widest: tiles and newsletter columns, not labels
MAX_TABULAR = 1 / 3  # a run whose split rows are a label then numbers this often is a table
PROSE_WORDS, PROSE_CHARS = 6, 30  # a paragraph's line, at the least
MIN_BESIDE_ROWS = 3  # rows with a paragraph's line beside other words
MIN_RULES_ACROSS = 2  # rules across the rivers, between rows: a ruled table, not columns
HEADING_ROWS, TIGHT = 3, 0.3  # a table's heading lines, as tight (in row heights) as one cell's


@dataclass
class Placed:
    """A line (or a column's piece of one) in reading order."""

    line: Line
    column: tuple[int, int] | None = None  # (layout number on the page, column) for column text
    width: float = 0.0  # width of its column; 0 outside a column layout


@dataclass
class _Row:
    lines: list[Line]  # input lines sharing a band (pieces of one visual line)
    words: list[Word]
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


def reading_order(lines: list[Line], rules: Sequence[Rule] = ()) -> list[Line]:
    """The lines with column layouts read column by column (each line keeping its column
    and the column's width); unchanged when there are none. ``rules``: the page's rulings."""
    ordered = []
    for placed in layout(lines, rules):
        placed.line.column, placed.line.column_width = placed.column, placed.width
        ordered.append(placed.line)
    return ordered


def layout(lines: list[Line], rules: Sequence[Rule] = ()) -> list[Placed]:
    """Lines of one page in reading order, each with the column it belongs to."""
    rows = _rows(lines)
    regions = _regions(rows, [r for r in rules if r.horizontal], [r for r in rules if not r.horizontal])
    if not regions:
        return [Placed(line) for line in lines]
    placed: list[Placed] = []
    i = 0
    for number, (start, end, rivers) in enumerate(regions):
        for row in rows[i:start]:
            placed += [Placed(line) for line in row.lines]
        placed += _read_columns(rows[start:end], rivers, number)
        i = end
    for row in rows[i:]:
        placed += [Placed(line) for line in row.lines]
    return placed


def visual_lines(lines: list[Line]) -> list[Line]:
    """The page's lines as printed, top to bottom: pieces the column layout cut apart (a
    two-column glossary reads as two columns of text) joined again, for readers of tables."""
    return [row.lines[0] if len(row.lines) == 1 else _line(row.words, row.lines[0].page) for row in _rows(lines)]


def _rows(lines: list[Line]) -> list[_Row]:
    """Input lines grouped into bands: the pieces of a line split earlier join up again."""
    rows: list[_Row] = []
    for line in sorted(lines, key=lambda ln: (ln.top + ln.bottom, ln.x0)):
        if rows:
            row = rows[-1]
            overlap = min(row.bottom, line.bottom) - max(row.top, line.top)
            if overlap >= 0.5 * min(line.bottom - line.top, row.bottom - row.top):
                row.lines.append(line)
                row.words += line.words
                row.top, row.bottom = min(row.top, line.top), max(row.bottom, line.bottom)
                continue
        rows.append(_Row([line], list(line.words), line.top, line.bottom))
    for row in rows:
        row.lines.sort(key=lambda ln: ln.x0)
        row.words.sort(key=lambda w: w.x0)
    return rows


def _free(row: _Row, lo: float, hi: float) -> list[tuple[float, float]]:
    """The x-intervals of [lo, hi] that none of the row's words cover."""
    gaps, x = [], lo
    for word in row.words:
        if word.x0 > x:
            gaps.append((x, min(word.x0, hi)))
        x = max(x, word.x1)
    if hi > x:
        gaps.append((x, hi))
    return [(a, b) for a, b in gaps if b > a]


def _narrow(rivers, free) -> list[tuple[float, float]]:
    """The parts of the rivers still free in this row, where still wide enough."""
    out = []
    for a, b in rivers:
        for c, d in free:
            lo, hi = max(a, c), min(b, d)
            if hi - lo >= GUTTER:
                out.append((lo, hi))
    return out


def _regions(rows: list[_Row], across: Sequence[Rule] = (),
             upright: Sequence[Rule] = ()) -> list[tuple[int, int, list[tuple[float, float]]]]:
    """Runs of rows [start, end) sharing one or more rivers, with those rivers; ``across``,
    the page's horizontal rules (rules between the rows across every river make a table),
    ``upright`` its vertical ones (with them, a box round the rows does)."""
    if not rows:
        return []
    wide = [[(a.x1, b.x0) for a, b in zip(r.words, r.words[1:]) if b.x0 - a.x1 >= GUTTER] for r in rows]
    if sum(map(bool, wide)) < MIN_SPLIT_ROWS:  # most pages: nothing to do
        return []
    lo = min(w.x0 for r in rows for w in r.words) - 1
    hi = max(w.x1 for r in rows for w in r.words) + 1
    free = [_free(r, lo, hi) for r in rows]
    regions = []
    i = 0
    while i < len(rows):
        rivers = wide[i]
        if not rivers:
            i += 1
            continue
        # The next row settles which of the first row's wide gaps are rivers;
        # after that a row that closes any of them ends the run.
        end = i + 1
        while end < len(rows) and _near(rows[end - 1], rows[end]):
            narrowed = _narrow(rivers, free[end])
            if not narrowed or (end > i + 1 and len(narrowed) < len(rivers)):
                break
            rivers, end = narrowed, end + 1
        ruled = _ruled_rows(rows[i:end], rivers, across)
        if ruled:  # one ruled table: no run of its rows is page columns either
            i = end
            continue
        boxed = _boxed_end(rows, i, end, rivers, across, upright)
        if boxed > i:  # the rows up to the foot of a box round them: a boxed table
            i = boxed
            continue
        kept = None
        if end - i >= MIN_SPLIT_ROWS and not _heads_a_block(rows, i, end):
            kept = _beside_rivers(rows[i:end], rivers) or _between_tables(rows[i:end], rivers, across) \
                or (rivers if _is_layout(rows[i:end], rivers) else None)
        if kept:
            # a river inside one column (between a table's columns) may close before the
            # page's own does: the layout runs on while the rivers it keeps stay open
            while end < len(rows) and _near(rows[end - 1], rows[end]) \
                    and len(_narrow(kept, free[end])) == len(kept):
                kept, end = _narrow(kept, free[end]), end + 1
            regions.append((i, end, kept))
            i = end
        else:
            i += 1
    return regions


def _heads_a_block(rows: list[_Row], start: int, end: int) -> bool:
    """A few lines whose rivers the next line, set tight under them, closes: the headings of
    an unruled table over its first line ("Total / Margin of" over "Estimate  error"), not
    columns of a page."""
    if end - start > HEADING_ROWS or end >= len(rows):
        return False
    above, below = rows[end - 1], rows[end]
    return below.top - above.bottom <= TIGHT * above.height


def _ruled_rows(rows: list[_Row], rivers, across: Sequence[Rule]) -> bool:
    """Rules between the rows that cross every river: the rows of one ruled table (a rule
    under each row of a table of text), not columns of a page."""
    crossing = [r for r in across if rows[0].bottom < r.top < rows[-1].top
                and _crosses(r, rivers)]
    return len(crossing) >= MIN_RULES_ACROSS


def _crosses(rule: Rule, rivers) -> bool:
    """The rule runs across every river."""
    return all(rule.x0 <= a and rule.x1 >= b for a, b in rivers)


def _boxed_end(rows: list[_Row], start: int, end: int, rivers, across: Sequence[Rule],
               upright: Sequence[Rule]) -> int:
    """Where the run's rows leave the box they start in, when they stand in one whose sides
    are vertical rules and whose top and bottom rules cross every river: a boxed table (its
    cells leave a river between columns for a few rows), not columns of a page. ``start``
    when they stand in no box."""
    top = rows[start].top
    above = [r for r in across if r.top <= top and _crosses(r, rivers)]
    below = [r for r in across if r.top >= rows[start].bottom and _crosses(r, rivers)]
    if not (above and below):
        return start
    lid, foot = max(above, key=lambda r: r.top), min(below, key=lambda r: r.top)

    def side(at: float) -> bool:  # a vertical rule at that edge, from the box's top to its foot
        return any(abs(v.x0 - at) <= 2.0 and v.top <= lid.top + 1 and v.bottom >= foot.top - 1 for v in upright)

    if not (side(max(lid.x0, foot.x0)) and side(min(lid.x1, foot.x1))):
        return start
    inside = start
    while inside < end and rows[inside].bottom <= foot.top + 1:
        inside += 1
    return inside if inside - start >= MIN_SPLIT_ROWS else start


def _between_tables(rows: list[_Row], rivers, across: Sequence[Rule]) -> list[tuple[float, float]] | None:
    """Two tables side by side: the river that the rules of one of them stop at (at two
    or more heights the other side has no rule at), when no rule crosses it. A rule under
    a spanning heading stops at a gap inside one table too, but all such rules of a header
    stand at one height."""
    top, bottom = rows[0].top - rows[0].height, rows[-1].bottom + rows[-1].height
    near = [r for r in across if top <= r.top <= bottom]
    kept = []
    for a, b in rivers:
        if any(r.x0 < a and r.x1 > b for r in near):
            continue
        left = [r.top for r in near if r.x0 < a and a - GUTTER <= r.x1 < b]
        right = [r.top for r in near if r.x1 > b and a < r.x0 <= b + GUTTER]
        # cells shaded apart by a white gutter have edges at the same heights on both sides
        if len(unmatched_heights(left, right)) >= MIN_RULES_ACROSS \
                or len(unmatched_heights(right, left)) >= MIN_RULES_ACROSS:
            kept.append((a, b))
    return kept or None


def _near(above: _Row, below: _Row) -> bool:
    return below.top - above.bottom <= ROW_GAP * max(above.height, below.height)


def _pieces(row: _Row, rivers) -> list[list[Word]]:
    """The row's words cut at the rivers: one (possibly empty) list per column."""
    pieces: list[list[Word]] = [[] for _ in range(len(rivers) + 1)]
    for word in row.words:
        middle = (word.x0 + word.x1) / 2
        pieces[sum(middle > (a + b) / 2 for a, b in rivers)].append(word)
    return pieces


def _is_layout(rows: list[_Row], rivers) -> bool:
    """Columns of text or tiles: rows of words cut in two or more places, no table
    rows, columns of like width."""
    split = tabular = wordy = 0
    spans: list[list[float]] = [[] for _ in range(len(rivers) + 1)]
    for row in rows:
        pieces = _pieces(row, rivers)
        for k, piece in enumerate(pieces):
            if piece:
                spans[k] += [piece[0].x0, piece[-1].x1]
        filled = [p for p in pieces if p]
        if len(filled) < 2:
            continue
        split += 1
        if _tabular(filled):
            tabular += 1
        elif not any(_numeric(p) for p in filled):
            wordy += 1  # words on every side: a tile's label, a line of each column
    if wordy < MIN_SPLIT_ROWS or tabular > MAX_TABULAR * split or not all(spans):
        return False
    widths = [max(s) - min(s) for s in spans]
    return min(widths) >= MIN_BALANCE * max(widths)


def _prose(piece: list[Word]) -> bool:
    """A line of a paragraph: many words, no cell gap, few numbers."""
    return (len(piece) >= PROSE_WORDS and sum(len(w.text) + 1 for w in piece) >= PROSE_CHARS
            and not any(b.x0 - a.x1 >= GUTTER for a, b in zip(piece, piece[1:]))
            and 4 * sum(is_number(w.text) for w in piece) <= len(piece))


def _beside_rivers(rows: list[_Row], rivers) -> list[tuple[float, float]] | None:
    """A paragraph set beside a small table (or a table beside a paragraph): the rivers
    either side of the paragraph's column, and not those between the table's columns.
    None unless most split rows hold a paragraph's line beside words (not only numbers:
    a table's long label beside its figures is no paragraph)."""
    prose_rows = [0] * (len(rivers) + 1)
    split = beside = 0
    for row in rows:
        pieces = _pieces(row, rivers)
        filled = [p for p in pieces if p]
        if len(filled) < 2:
            continue
        split += 1
        # beside words, not a table row's figures (its periods, numbers and a word or two,
        # "2022/23 21.4 19.8 Worse", are no paragraph's neighbour)
        found = [k for k, p in enumerate(pieces) if p and _prose(p)
                 and not _numeric([w for q in pieces if q is not p for w in q])]
        beside += bool(found)
        for k in found:
            prose_rows[k] += 1
    if beside < MIN_BESIDE_ROWS or 2 * beside < split:
        return None
    prose = {k for k, n in enumerate(prose_rows) if n >= MIN_BESIDE_ROWS}
    kept = [r for k, r in enumerate(rivers) if k in prose or k + 1 in prose]
    return kept or None


def _numeric(piece: list[Word]) -> bool:
    """Mostly numbers or periods ("1,046", "+6%", "2019/20")."""
    return 2 * sum(is_number(w.text) or is_period(w.text) for w in piece) >= len(piece)


def _tabular(pieces: list[list[Word]]) -> bool:
    """A table row or a form field rather than lines of text side by side: a label
    then numbers ("Reviews held | 3,018", "2019/20 | 316 291"), a label and its
    value ("Author: | Head of Service"), or a piece with a cell gap inside it
    (more columns than rivers: a table with text cells)."""
    def numbers(piece: list[Word]) -> bool:
        return 2 * sum(is_number(w.text) for w in piece) >= len(piece)

    if not numbers(pieces[0]) and any(numbers(p) for p in pieces[1:]):
        return True
    if pieces[0][-1].text.endswith(":"):
        return True
    return any(b.x0 - a.x1 >= GUTTER for p in pieces for a, b in zip(p, p[1:]))


def _read_columns(rows: list[_Row], rivers, number: int) -> list[Placed]:
    columns: list[list[Line]] = [[] for _ in range(len(rivers) + 1)]
    for row in rows:
        for k, piece in enumerate(_pieces(row, rivers)):
            if piece:
                columns[k].append(_line(piece, row.lines[0].page))
    placed = []
    for k, column in enumerate(columns):
        width = max(ln.x1 for ln in column) - min(ln.x0 for ln in column) if column else 0.0
        placed += [Placed(line, (number, k), width) for line in column]
    return placed


def _line(words: list[Word], page: int) -> Line:
    return Line(text=" ".join(w.text for w in words), page=page,
                x0=words[0].x0, x1=max(w.x1 for w in words),
                top=min(w.top for w in words), bottom=max(w.bottom for w in words), words=list(words))
