"""Two tables set side by side, a few millimetres apart, read by the unruled reader as one.

Their columns leave no river wide enough for the page's column finder
(``columns.py``), but their rules give them away: a rule under each table's
header, or at its foot, stops at its own edge, so at one height the page has
two rules with a short break between them, and no rule runs across the break.
A table whose rules span its whole width never breaks that way; the short rules
under spanning headings do, but the full rule under the header crosses their
breaks; cells shaded apart by white gutters do, but their edges stand upright in
the gutters too.
"""
from __future__ import annotations

from ..model import Rule

SAME_HEIGHT = 2.0  # pt: two rules this close in height are at one height
MIN_BREAK, MAX_BREAK = 2.0, 72.0  # pt: the break between two tables' rules


def side_by_side_cut(spans: list[tuple[float, float]], rules: list[Rule], top: float,
                     bottom: float) -> float | None:
    """Where to part a block of cells (their x-extents ``spans``, between ``top`` and
    ``bottom``) into two tables: the middle of a break in the page's horizontal rules that
    no rule and no cell crosses; None if there is none."""
    if not spans:
        return None
    x0, x1 = min(a for a, _ in spans), max(b for _, b in spans)
    near = [r for r in rules if r.horizontal and top <= r.top <= bottom and r.x1 > x0 and r.x0 < x1]
    upright = [r for r in rules if not r.horizontal and r.top < bottom and r.bottom > top]
    for left in near:
        for right in near:
            a, b = left.x1, right.x0
            if abs(left.top - right.top) > SAME_HEIGHT or not MIN_BREAK <= b - a <= MAX_BREAK:
                continue
            middle = (a + b) / 2
            if x0 < middle < x1 and not any(r.x0 < a - 1 and r.x1 > b + 1 for r in near) \
                    and not any(s0 < middle < s1 for s0, s1 in spans) \
                    and not any(a - 1 <= r.x0 <= b + 1 for r in upright):  # cells shaded apart
                return middle
    return None
