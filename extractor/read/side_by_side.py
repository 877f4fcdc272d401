"""Two tables set side by side, a few millimetres apart, read by the unruled reader as one.

Their columns leave no river wide enough for the page's column finder
(``columns.py``), but their rules give them away: each table's rules (under
its header, at its foot, round its frame) stop at its own edge, so both sides
of the gap between them hold rules, at heights the other side mostly lacks,
and no rule runs across the gap. A table whose rules span its whole width
never parts that way; nor do the short rules under spanning headings (they
stand at one height either side of a gap), cells shaded apart by white
gutters (their edges match across every gutter), or underlines over only the
figure columns (no rule stops on the label side).
"""
from __future__ import annotations

from ..model import Rule
from .cells import merge_spans

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
