"""Figures against standards: the IRO Handbook caseload range, the 100% the
guidance expects of review timeliness and participation, and values that
cannot be (a percentage over 100, a negative count).

Statements of a standard ("the Handbook recommends 50-70") are not results
and are skipped; so are caseloads of another measure (child protection,
combined) and peaks ("as high as 100").
"""
from __future__ import annotations

import re

from . import wording as w
from .changes import op
from .grids import Grid
from .links import CellRef, is_change_column, is_comparator_column, is_percent_row
from .model import Operand, Quote, StandardClaim
from .text import AuditText, Num, Sentence


def _clause_before(s: Sentence, n: Num) -> str:
    return re.split(r"[;:]|\.\s", s.text[:n.start])[-1]


def _near(text: str, start: int, end: int, before: int = 70, after: int = 50) -> str:
    return text[max(0, start - before):end + after]


def _is_change_amount(s: Sentence, n: Num) -> bool:
    before = s.text[max(0, n.start - 40):n.start]
    return bool(re.search(r"\b(by|of)\s+(\w+\s+)?$", before)) and (
        w.has(before, "change.increase") or w.has(before, "change.decrease"))


def caseload_claims(text: AuditText) -> list[StandardClaim]:
    spec = w.get("standards.caseload")
    found: dict[tuple, StandardClaim] = {}

    def add(operand: Operand, high: float | None, quote: Quote) -> None:
        key = (operand.value, high)
        if key == (spec["low"], spec["high"]):
            return  # the Handbook range quoted, not a caseload
        if key in found:
            found[key].values.append(operand)
            return
        found[key] = StandardClaim("standard", operand.page, quote, measure="caseload", values=[operand],
                                   low=spec["low"], high=spec["high"], source=spec["source"])
        found[key].support = [Quote(operand.page, operand.quote, [])] if high is not None else []
        if high is not None:
            found[key].values.append(Operand(high, "", operand.page, operand.where, operand.quote))

    for s in text.sentences:
        if not w.has(s.text, "standards.caseload.cues"):
            continue
        for n in s.nums:
            if n.percent or n.hedge == "bound" or not (n.operand or n.high):
                continue
            if n.value < 5 or w.has(_clause_before(s, n), "standards.statement_cues") or _is_change_amount(s, n):
                continue
            near = _near(s.text, n.start, n.end)
            cue = w.find_all(near, "standards.caseload.cues")
            if not cue or w.has(_near(s.text, n.start, n.end, 45, 45), "standards.caseload.other_measures"):
                continue
            add(op(s, n), n.high, Quote(s.page, s.text, [n.text]))
    for grid in text.grids:
        for row in grid.rows:
            if not w.has(row.label, "standards.caseload.cues") or w.has(row.label, "standards.caseload.other_measures"):
                continue
            for j, cell in enumerate(row.cells):
                if cell.value is None or cell.percent or is_change_column(grid, j) or is_comparator_column(grid, j):
                    continue
                add(CellRef(grid, row, j).operand(), None, Quote(row.page, f"{grid.name()}: {row.text()}", [cell.text]))
    return list(found.values())


def rate_claims(text: AuditText) -> list[StandardClaim]:
    """One claim per measure: every stated rate of review timeliness or participation."""
    out = []
    for spec in w.get("standards.rate"):
        cues = _matcher(spec["cues"])
        excludes = _matcher(spec.get("exclude", []))
        values: list[Operand] = []
        seen: set[tuple] = set()
        for s in text.sentences:
            if not cues.search(s.text) or (excludes.pattern and excludes.search(s.text)):
                continue
            for n in s.nums:
                if not n.percent or not n.operand or _is_change_amount(s, n):
                    continue
                if not cues.search(_near(s.text, n.start, n.end, 70, 70)) or \
                        w.has(_clause_before(s, n), "standards.statement_cues") or _other_outcome(s, n):
                    continue
                _collect(values, seen, op(s, n))
        for grid in text.grids:
            for row in grid.rows:
                label = row.label + " " + grid.label_header
                if not cues.search(label) or (excludes.pattern and excludes.search(label)):
                    continue
                for j, cell in enumerate(row.cells):
                    if cell.value is not None and is_percent_row(grid, row, j) and not is_change_column(grid, j) \
                            and not is_comparator_column(grid, j):
                        _collect(values, seen, CellRef(grid, row, j).operand())
        if values:
            first = values[0]
            out.append(StandardClaim("standard", first.page, Quote(first.page, first.quote, [first.text]),
                                     measure=spec["name"], values=values, low=100, high=100, source=spec["source"]))
    return out


def _other_outcome(s: Sentence, n: Num) -> bool:
    """"60 (3.9%) were late": a percentage of the other outcome, not the rate itself."""
    after = s.text[n.end:n.end + 30]
    late = sorted({pair[1] for pair in w.get("shares.complements")}, key=len, reverse=True)
    return any(re.search(rf"^\W*(?:\w+\s+){{0,3}}{re.escape(p)}\b", after, re.I) for p in late)


def _collect(values: list[Operand], seen: set[tuple], o: Operand) -> None:
    key = (o.value, o.period)
    if key not in seen:
        seen.add(key)
        values.append(o)


def _matcher(phrases: list[str]) -> re.Pattern:
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{body})\b" if body else r"(?!x)x", re.IGNORECASE)


def impossible_claims(text: AuditText) -> list[StandardClaim]:
    """Percentages over 100 that are not changes, and negative counts in tables."""
    limit = w.get("standards.impossible.percent_max")
    out = []
    for s in text.sentences:
        for n in s.nums:
            if not n.percent or n.value <= limit or not n.operand:
                continue
            near = _near(s.text, n.start, n.end, 40, 30)
            if w.has(near, "change.increase") or w.has(near, "change.decrease"):
                continue
            out.append(StandardClaim("impossible", s.page, Quote(s.page, s.text, [n.text]), measure="percentage",
                                     values=[op(s, n)], low=0, high=limit))
    for grid in text.grids:
        out += _grid_impossible(grid, limit)
    return out


def _grid_impossible(grid: Grid, limit: float) -> list[StandardClaim]:
    out = []
    for row in grid.rows:
        for j, cell in enumerate(row.cells):
            if cell.value is None or is_change_column(grid, j) or cell.signed and not cell.value < 0:
                continue
            bad_pct = is_percent_row(grid, row, j) and cell.value > limit
            negative = cell.value < 0 and not cell.percent
            if bad_pct or negative:
                out.append(StandardClaim("impossible", row.page, Quote(row.page, f"{grid.name()}: {row.text()}",
                                                                       [cell.text]),
                                         measure="percentage" if bad_pct else "count",
                                         values=[CellRef(grid, row, j).operand()], low=0,
                                         high=limit if bad_pct else None))
    return out
