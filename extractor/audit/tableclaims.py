"""Claims inside tables, and between a table and the prose about it.

- a Total row or column against the rows or columns it adds up;
- a % column against its count column and the Total row;
- a Change column against the two columns before it;
- a percentage row against two count rows it is the ratio of (checked in
  every column once the ratio holds in two);
- prose that restates a table row with one figure different, or states a
  row's figure for the same period with another value;
- "6 of the 7 KPIs have improved" against the table's rows.
"""
from __future__ import annotations

import itertools
import re

from ..figures.patterns import lexicon
from . import wording as w
from .grids import Grid, Row
from .links import CellRef, is_change_column, is_comparator_column, is_percent_row, same_number
from .model import ChangeCellClaim, ConflictClaim, CountOfRowsClaim, Quote, RatioClaim, TotalClaim
from .text import AuditText, Num, Sentence


def _is_total(label: str) -> bool:
    first = w.words(label)[:1]
    return bool(first) and first[0] in {x.lower() for x in w.get("totals.labels")}


def _q(grid: Grid, row: Row, marks: list[str]) -> Quote:
    return Quote(row.page, f"{grid.name()}: {row.text()}", marks)


def total_claims(grid: Grid) -> list[TotalClaim]:
    out: list[TotalClaim] = []
    since: list[Row] = []
    for row in grid.rows:
        if not row.numeric:
            since = []
            continue
        if not _is_total(row.label):
            since.append(row)
            continue
        for j, cell in enumerate(row.cells):
            parts = [r for r in since if r.cells[j].value is not None]
            if cell.value is None or len(parts) < 2 or len({is_percent_row(grid, r, j) for r in parts}) > 1:
                continue
            out.append(TotalClaim("total", row.page, _q(grid, row, [cell.text]), basis="table",
                                  total=CellRef(grid, row, j).operand(),
                                  parts=[CellRef(grid, r, j).operand() for r in parts],
                                  labels=[r.label for r in parts], exhaustive=True))
        since = []
    last = len(grid.columns) - 1
    while last >= 0 and is_change_column(grid, last):
        last -= 1
    if last >= 2 and _is_total(grid.columns[last]):
        cols = [j for j in range(last) if not is_change_column(grid, j) and not is_comparator_column(grid, j)]
        for row in grid.rows:
            cells = [row.cells[j] for j in cols]
            if row.cells[last].value is None or any(c.value is None or c.percent for c in cells) or len(cells) < 2:
                continue
            out.append(TotalClaim("total", row.page, _q(grid, row, [row.cells[last].text]), basis="table",
                                  total=CellRef(grid, row, last).operand(),
                                  parts=[CellRef(grid, row, j).operand() for j in cols],
                                  labels=[grid.columns[j] for j in cols], exhaustive=True))
    return out


def share_column_claims(grid: Grid) -> list[RatioClaim]:
    """"Number | %" columns: each % is its count over the Total row's count."""
    out = []
    totals = [r for r in grid.rows if _is_total(r.label) and r.numeric]
    for j in range(1, len(grid.columns)):
        if grid.columns[j].strip() not in ("%", "percent", "percentage") or not totals:
            continue
        k = j - 1
        whole = totals[0].cells[k]
        if whole.value in (None, 0):
            continue
        for row in grid.rows:
            if row is totals[0] or row.cells[j].value is None or row.cells[k].value is None:
                continue
            out.append(RatioClaim("share", row.page, _q(grid, row, [row.cells[j].text]), basis="table",
                                  percent=CellRef(grid, row, j).operand(), part=CellRef(grid, row, k).operand(),
                                  whole=CellRef(grid, totals[0], k).operand()))
    return out


def change_column_claims(grid: Grid) -> list[ChangeCellClaim]:
    out = []
    for j in range(2, len(grid.columns)):
        if not is_change_column(grid, j):
            continue
        for row in grid.rows:
            a, b, c = row.cells[j - 2], row.cells[j - 1], row.cells[j]
            if None in (a.value, b.value, c.value):
                continue
            out.append(ChangeCellClaim("change", row.page, _q(grid, row, [c.text]), basis="table",
                                       before=CellRef(grid, row, j - 2).operand(),
                                       after=CellRef(grid, row, j - 1).operand(),
                                       change=CellRef(grid, row, j).operand()))
    return out


def _ratio_holds(p: float, decimals: int, part: float, whole: float, complement: bool) -> bool:
    if whole <= 0:
        return False
    value = 100 * part / whole
    value = 100 - value if complement else value
    return abs(value - p) <= 0.5 * 10 ** -decimals + 1e-9


def _looks_percent(row: Row, cols: list[int]) -> bool:
    """Values all between 0 and 100 with a decimal place: a rate, even unmarked."""
    values = [row.cells[j] for j in cols if row.cells[j].value is not None]
    return bool(values) and all(0 <= c.value <= 100 for c in values) and any(c.decimals for c in values)


def ratio_row_claims(grid: Grid) -> list[RatioClaim]:
    """A percentage row that is the ratio of two count rows in every column."""
    cols = [j for j in range(len(grid.columns) or len(grid.rows[0].cells)) if not is_change_column(grid, j)]
    pct_rows = [r for r in grid.rows if r.numeric and (all(is_percent_row(grid, r, j) for j in cols)
                                                        or _looks_percent(r, cols))]
    count_rows = [r for r in grid.rows if r.numeric and r not in pct_rows and not _is_total(r.label)
                  and all(r.cells[j].value is None or float(r.cells[j].value).is_integer() for j in cols)]
    out = []
    for p in pct_rows:
        for a, b in itertools.permutations(count_rows, 2):
            if not (w.content_words(p.label) & (w.content_words(a.label) | w.content_words(b.label))):
                continue
            usable = [j for j in cols if None not in (p.cells[j].value, a.cells[j].value, b.cells[j].value)
                      and 0 < a.cells[j].value <= b.cells[j].value]
            if len(usable) < 2:
                continue
            for complement in (False, True):
                holds = [j for j in usable if _ratio_holds(p.cells[j].value, p.cells[j].decimals,
                                                           a.cells[j].value, b.cells[j].value, complement)]
                if len(holds) >= 2 and (len(holds) == len(usable) or len(usable) >= 3):
                    for j in usable:
                        out.append(RatioClaim("share", p.page, _q(grid, p, [p.cells[j].text]), basis="table",
                                              percent=CellRef(grid, p, j).operand(),
                                              part=CellRef(grid, a, j).operand(),
                                              whole=CellRef(grid, b, j).operand(), complement=complement))
                    return out  # one relation per table is plenty
    return out


# -- prose against tables ---------------------------------------------------------

def restatement_claims(text: AuditText, amounts: set[tuple[int, int]]) -> list[ConflictClaim]:
    """Prose that gives a table row's figures, with one of them different."""
    out = []
    for s in text.sentences:
        nums = [n for n in s.operands() if (s.index, n.start) not in amounts]
        mentioned = {p.period for p in s.periods if p.period}
        for grid in text.grids:
            if abs(grid.page - s.page) > 1:
                continue
            for row in grid.rows:
                claim = _restates(text, s, nums, mentioned, grid, row)
                if claim:
                    out.append(claim)
    return out


def _restates(text: AuditText, s: Sentence, nums: list[Num], mentioned: set[str], grid: Grid,
              row: Row) -> ConflictClaim | None:
    cols = [j for j, c in enumerate(row.cells) if c.value is not None and not is_change_column(grid, j)]
    if not cols:
        return None
    key = grid.row_period(row)
    if key and key not in mentioned:
        return None
    overlap = w.content_words(s.text) & w.content_words(row.label + " " + grid.label_header)
    matched = {(id(n), j) for n in nums for j in cols if same_number(n, row.cells[j]) and n.value > 1}
    used_n, used_j = {a for a, _ in matched}, {b for _, b in matched}
    if len(used_j) >= 2:
        rest_n = [n for n in nums if id(n) not in used_n and n.percent == is_percent_row(grid, row, cols[0])]
        rest_j = [j for j in cols if j not in used_j]
        if not rest_j:
            return _agreement(s, grid, row, sorted(used_j))
        if len(rest_n) == 1 and len(rest_j) == 1 and (key or overlap):
            return _conflict(s, rest_n[0], grid, row, rest_j[0], [row.cells[j].text for j in sorted(used_j)])
        return None
    # one figure of the row, for a period the sentence names: "in 2016-17, 97.6% of reviews ..."
    if len(overlap) < 2 or key or len(mentioned) != 1:
        return None
    period = next(iter(mentioned))
    j = next((j for j in cols if grid.column_period(j) == period), None)
    if j is None:
        return None
    percent_row = is_percent_row(grid, row, j)
    for n in nums:
        if n.percent == percent_row and same_number(n, row.cells[j]):
            return _agreement(s, grid, row, [j])
    for n in nums:
        if n.percent != percent_row or any(same_number(n, row.cells[k]) for k in cols):
            continue
        if n.decimals == row.cells[j].decimals or n.percent:
            return _conflict(s, n, grid, row, j, [])
    return None


def _agreement(s: Sentence, grid: Grid, row: Row, cols: list[int]) -> ConflictClaim:
    """Prose that restates a table's figures correctly (counted as a check that holds)."""
    texts = [row.cells[j].text for j in cols]
    return ConflictClaim("conflict", s.page, Quote(s.page, s.text, texts),
                         support=[Quote(row.page, f"{grid.name()}: {row.text()}", texts)], basis="table",
                         first=CellRef(grid, row, cols[0]).operand(), second=None, agreeing=texts)


def _conflict(s: Sentence, n: Num, grid: Grid, row: Row, j: int, agreeing: list[str]) -> ConflictClaim | None:
    from .changes import op

    cell = row.cells[j]
    if cell.value is None or cell.value == 0 or abs(n.value - cell.value) / abs(cell.value) > 0.25:
        return None
    return ConflictClaim("conflict", s.page, Quote(s.page, s.text, [n.text] + agreeing),
                         support=[Quote(row.page, f"{grid.name()}: {row.text()}", [cell.text] + agreeing)],
                         basis="table", first=CellRef(grid, row, j).operand(), second=op(s, n), agreeing=agreeing)


# -- "6 of the 7 KPIs have improved" -------------------------------------------------

N_OF_M = re.compile(r"\b(?P<n>\d+|\w+) (?:out )?of the (?P<m>\d+|\w+) (?P<what>[A-Za-z]+)")


def count_of_rows_claims(text: AuditText) -> list[CountOfRowsClaim]:
    numbers = lexicon()["number_words"]
    out = []
    for s in text.sentences:
        m = N_OF_M.search(s.text)
        if not m or not w.has(s.text, "n_of_m.improved"):
            continue
        n, total = _int(m["n"], numbers), _int(m["m"], numbers)
        periods = [p.period for p in s.periods if p.period]
        if n is None or total is None or not periods:
            continue
        for grid in text.grids:
            if abs(grid.page - s.page) > 1:
                continue
            rows = [r for r in grid.rows if r.numeric]
            j = next((j for j in range(len(grid.columns)) if grid.column_period(j) == periods[0]
                      and re.search(r"\d{2}/\d{2}|\d{4}", grid.columns[j])), None)
            if len(rows) != total or j is None or j + 1 >= len(grid.columns):
                continue
            claim = CountOfRowsClaim("n_of_m", s.page, Quote(s.page, s.text, [m.group(0)]), basis="table", n=n,
                                     m=total, support=[Quote(grid.page, grid.name(), [])])
            for row in rows:
                before, after = row.cells[j], row.cells[j + 1]
                name = f"{row.label} ({before.text or 'none'} → {after.text or 'none'})"
                if before.value is None or after.value is None:
                    claim.unknown.append(name)
                    continue
                lower_better = w.has(row.label, "n_of_m.lower_is_better")
                delta = (after.value - before.value) * (-1 if lower_better else 1)
                (claim.improved if delta > 0 else claim.worse if delta < 0 else claim.level).append(name)
            out.append(claim)
            break
    return out


def _int(token: str, words: dict) -> int | None:
    if token.isdigit():
        return int(token)
    return words.get(token.lower())
