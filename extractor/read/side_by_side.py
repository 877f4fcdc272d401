"""Two tables set side by side, a few millimetres apart, read by the unruled reader as one.

Their columns leave no river wide enough for the page's column finder
(``columns.py``), but their rules give them away: each table's rules (under
its header, at its foot, round its frame) stop at its own edge, so both sides
of the gap between them hold rules, at heights the other side mostly lacks,
and no rule runs across the gap. A table whose rules span its whole width
never parts that way; nor do the short rules under spanning headings (they
stand at one height either side of a gap), cells shaded apart by white
gutters (their edges match across every gutter), or underlines over only the
figure columns (no rule stops on the label side). Small tables with no rules
give themselves away by repeating: a column of labels again after columns of
figures, under the first column's heading again or holding its labels again.
``split_side_by_side`` parts the unruled reader's block either way.
"""
from __future__ import annotations

from ..model import Rule
from .cells import Row, column_of, column_spans, is_data_row, is_number, line_height, merge_spans

SAME_HEIGHT = 2.0  # pt: two rules this close in height are at one height
MIN_GAP = 2.0  # pt: the narrowest gap between two tables' cells
REACH = 18.0  # pt: a rule ending this far short of the gap still stops at it
MIN_UNMATCHED = 2  # rules at heights the other side lacks, both sides together


def side_by_side_cut(spans: list[tuple[float, float]], rules: list[Rule], top: float,
                     bottom: float) -> float | None:
    """Where to part a block of cells (their x-extents ``spans``, between ``top`` and
    ``bottom``) into two tables: the middle of a gap between cells that no rule crosses
    and that rules on both sides stop at; None if there is none."""
    if not spans:
        return None
    near = [r for r in rules if r.horizontal and top <= r.top <= bottom]
    for a, b in _gaps(spans):
        if any(r.x0 < a - 1 and r.x1 > b + 1 for r in near):
            continue
        left = [r.top for r in near if r.x0 < a and a - REACH <= r.x1 <= b + 1]
        right = [r.top for r in near if r.x1 > b and a - 1 <= r.x0 <= b + REACH]
        if left and right and len(unmatched_heights(left, right)) + len(unmatched_heights(right, left)) \
                >= MIN_UNMATCHED:
            return (a + b) / 2
    return None


def _gaps(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The x-intervals between the cells, inside their extent."""
    merged = merge_spans(spans)
    return [(p[1], q[0]) for p, q in zip(merged, merged[1:]) if q[0] - p[1] >= MIN_GAP]


def unmatched_heights(heights: list[float], others: list[float]) -> set[int]:
    """The heights (rounded, distinct) with no height of ``others`` near them."""
    return {round(h) for h in heights if not any(abs(h - o) <= SAME_HEIGHT for o in others)}


def split_side_by_side(rows: list[Row], header: Row | None, rules: dict[int, list]):
    """The unruled block as one table (rows, header), or as two set side by side, parted
    where rules stop at a gap (side_by_side_cut) or where its columns repeat (repeated_cut)."""
    parts = ([header] if header else []) + rows
    page = rows[0].line.page
    if any(ln.page != page for row in parts for ln, _ in row.parts()):
        return [(rows, header)]
    spans = [(c.x0, c.x1) for row in parts for _, cells in row.parts() for c in cells]
    height = line_height(parts[0].line)
    cut = side_by_side_cut(spans, rules.get(page, []), parts[0].line.top - 1.5 * height,
                           rows[-1].parts()[-1][0].bottom + 1.5 * height)
    if cut is None:
        cut = repeated_cut(rows, header)
    if cut is None:
        return [(rows, header)]
    halves = []
    for keep in (lambda c: c.x1 <= cut, lambda c: c.x0 >= cut):
        side = [_keep_cells(row, keep) for row in rows]
        side = [row for row in side if row.cells or row.wraps]
        part = _keep_cells(header, keep) if header else None
        if part is not None and is_data_row(part.cells):  # the tables' rows are not level:
            side.insert(0, Row(part.line, part.cells))  # this side's first row stood by the other's header
            part = Row(part.wraps[-1][0], part.wraps[-1][1], part.wraps[:-1]) if part.wraps else None
        if side:
            halves.append((side, part))
    return halves


def repeated_cut(rows: list[Row], header: Row | None) -> float | None:
    """Two small tables side by side with rows level, told apart by repetition: a column of
    labels after columns of figures, under the first column's heading again ("Region |
    Population | Region | Births | Deaths") or holding its labels again, or labels and
    figures twice under the same headings ("Reported | 2022 | 2023 | Held | 2022 | 2023").
    The middle of the gap before the second column of labels; None otherwise."""
    if header is None:
        return None
    spans = column_spans(rows)
    columns = [[c for row in rows for c in row.cells if column_of(c, spans) == k] for k in range(len(spans))]
    labels = [bool(cs) and 2 * sum(is_number(c.text) for c in cs) < len(cs) for cs in columns]
    headings = [[c.text for c in header.cells if column_of(c, spans) == k] for k in range(len(spans))]
    if not labels or not labels[0]:
        return None
    for k in range(2, len(spans)):
        if not labels[k] or any(labels[1:k]):
            continue
        again = (headings[k] and headings[k] == headings[0]) \
            or [c.text for c in columns[k]] == [c.text for c in columns[0]]
        half = len(spans) == 2 * k and labels[:k] == labels[k:] and headings[1:k] == headings[k + 1:] \
            and any(headings[1:k])
        if again or half:
            return (spans[k - 1][1] + spans[k][0]) / 2
    return None


def _keep_cells(row: Row, keep) -> Row:
    cells = [c for c in row.cells if keep(c)]
    wraps = [(ln, kept) for ln, kept in ((ln, [c for c in cs if keep(c)]) for ln, cs in row.wraps) if kept]
    if not cells and wraps:  # the row's figures are all on the other side: its label line leads
        (line, cells), wraps = wraps[0], wraps[1:]
        return Row(line, cells, wraps)
    return Row(row.line, cells, wraps)
