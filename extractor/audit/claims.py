"""Every claim the audit can test in a document, from its sentences and tables.

Claims come from the Document alone (no extraction pipeline needed):
changes and trends (changes.py), parts, shares and comparisons (parts.py),
the arithmetic inside tables and between tables and prose (tableclaims.py),
and standards (standards.py).  A number used as the amount of a change is
not also read as a restated table figure.
"""
from __future__ import annotations

from . import changes, parts, standards, tableclaims
from .model import ChangeClaim, Claim
from .text import AuditText


def find_claims(text: AuditText) -> list[Claim]:
    found: list[Claim] = []
    found += changes.change_claims(text)
    found += parts.total_claims(text)
    found += parts.sum_claims(text)
    found += parts.share_claims(text)
    found += parts.comparison_claims(text)
    for grid in text.grids:
        found += tableclaims.total_claims(grid)
        found += tableclaims.share_column_claims(grid)
        found += tableclaims.change_column_claims(grid)
        found += tableclaims.ratio_row_claims(grid)
    found += tableclaims.restatement_claims(text, _amounts(text, found))
    found += tableclaims.count_of_rows_claims(text)
    found += standards.caseload_claims(text)
    found += standards.rate_claims(text)
    found += standards.impossible_claims(text)
    return _dedupe(found)


def _amounts(text: AuditText, found: list[Claim]) -> set[tuple[int, int]]:
    """(sentence index, offset) of numbers that are the amount of a stated change."""
    out = set()
    by_text = {s.text: s for s in text.sentences}
    for c in found:
        if isinstance(c, ChangeClaim) and c.amount is not None and c.amount.quote in by_text:
            s = by_text[c.amount.quote]
            out |= {(s.index, n.start) for n in s.nums if n.text == c.amount.text}
    return out


def _dedupe(found: list[Claim]) -> list[Claim]:
    """The same claim found twice (a share in two sentence windows) counts once."""
    seen: set[tuple] = set()
    out = []
    for c in found:
        key = (type(c).__name__, c.page, c.quote.text, tuple(c.quote.marks))
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out
