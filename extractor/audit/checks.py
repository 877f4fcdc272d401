"""The arithmetic: does each claim hold, and if not, why and what would fix it.

Stated numbers are taken to be rounded to the digits they are written with
("98.9%" is anything from 98.85 to 98.95), and hedges widen that ("just over
16%" is 16 up to 17).  Severity follows the auditor's rule: ``error`` when the
numbers cannot both be right, ``warning`` when a reading exists under which
they can (or the claim was tied to its numbers only by proximity), ``info``
when the claim holds only on a loose reading worth saying.
"""
from __future__ import annotations

from .model import (ChangeCellClaim, ChangeClaim, Check, Claim, ComparisonClaim, ConflictClaim, CountOfRowsClaim,
                    Finding, Operand, Quote, RatioClaim, SeriesClaim, ShareClaim, StandardClaim, TotalClaim, fmt)

WORD = {"increase": "an increase", "decrease": "a decrease", "same": "no change"}


def unit(o: Operand) -> float:
    return 10 ** -o.decimals


def fits(true: float, stated: Operand) -> bool:
    """Whether a computed value is what the stated (rounded, hedged) number says."""
    s, u, eps = stated.value, unit(stated), 1e-9
    if stated.hedge == "just_over":
        return s - eps <= true < s + u + eps if u >= 1 else s - eps <= true < s + 10 * u
    if stated.hedge == "just_under":
        return s - (u if u >= 1 else 10 * u) < true <= s + eps
    if stated.hedge == "over":
        return true >= s - 0.5 * u
    if stated.hedge == "under":
        return true <= s + 0.5 * u
    if stated.hedge == "approx":
        return abs(true - s) <= max(0.5 * u, 0.05 * abs(s)) + eps
    return abs(true - s) <= 0.5 * u + eps


def bounds(stated: Operand) -> tuple[float, float]:
    half = 0.5 * unit(stated)
    return stated.value - half, stated.value + half


def pct(o: Operand) -> str:
    return o.shown if o.shown.endswith("%") or not o.percent else f"{o.shown}%"


def _finding(doc: str, claim: Claim, severity: str, stated: str, expected: str, explanation: str,
             arithmetic: str, fix: str, kind: str | None = None) -> Finding:
    return Finding(doc, claim.page, kind or claim.kind, severity, claim.quote.text, stated, expected, explanation,
                   arithmetic, fix, [claim.quote] + claim.support)


def _check(claim: Claim, holds: bool, summary: str, finding: Finding | None = None) -> Check:
    return Check(claim.kind, claim.page, claim.quote.text, holds, summary, finding)


# -- changes ----------------------------------------------------------------

def _readings(claim: ChangeClaim, before: Operand) -> list[tuple[str, float, bool]]:
    """(name, change under that reading, holds) for the stated amount."""
    after, amount = claim.after, claim.amount
    diff = after.value - before.value
    out = []
    if amount.percent or claim.points:
        if after.percent:
            out.append(("percentage points", diff, fits(abs(diff), amount)))
        if not claim.points and before.value:
            rel = 100 * diff / before.value
            out.append(("relative change", rel, fits(abs(rel), amount)))
    else:
        out.append(("difference", diff, fits(abs(diff), amount)))
    return out


def _direction_ok(direction: str | None, diff: float, loose: bool, after: Operand) -> bool:
    if direction == "increase":
        return diff > 0
    if direction == "decrease":
        return diff < 0
    if direction == "same":
        slack = (1.0 if after.percent else 0.05 * abs(after.value)) if loose else 0.5 * unit(after)
        return abs(diff) <= slack + 1e-9
    return True


def check_change(doc: str, claim: ChangeClaim) -> Check:
    results = []
    for before in claim.befores:
        diff = claim.after.value - before.value
        direction_ok = _direction_ok(claim.direction, diff, claim.loose, claim.after)
        readings = _readings(claim, before) if claim.amount else []
        results.append((before, diff, direction_ok, readings))
    good = [r for r in results if r[2] and (not r[3] or any(h for _, _, h in r[3]))]
    chosen = good[0] if good else results[0]
    before, diff, direction_ok, readings = chosen
    a, b = claim.after, before
    sums = f"{a.shown} − {b.shown} = {fmt(diff)}"
    if good:
        literal = next((h for n, _, h in readings if n != "percentage points"), True) if readings else True
        if readings and not literal:
            pp = next(v for n, v, h in readings if n == "percentage points")
            rel = next((v for n, v, _ in readings if n == "relative change"), None)
            severity = "warning" if claim.relative_words else "info"
            text = (f"{b.shown} → {a.shown} is {fmt(abs(pp))} percentage points" +
                    (f", or {fmt(abs(rel), 1)}% as a relative change" if rel is not None else ""))
            finding = _finding(doc, claim, severity, f"{WORD[claim.direction]} of {claim.amount.shown}",
                               f"{fmt(abs(pp))} percentage points", text + ". The claim holds only as percentage "
                               "points" + (", yet it speaks of a number of children, which is neither"
                                           if claim.relative_words else "") + ".",
                               text, f"Say '{fmt(abs(pp))} percentage points'" +
                               (f" or '{fmt(abs(rel), 1)}%'" if rel is not None else "") + ".", "change")
            return _check(claim, True, text, finding)
        return _check(claim, True, f"{sums} ({claim.direction})" + (f", base {b.where}" if claim.basis != "explicit" else ""))
    severity = "error" if claim.basis in ("explicit", "table") else "warning"
    stated = f"{WORD.get(claim.direction, 'a change')}" + (f" of {claim.amount.shown}" if claim.amount else "")
    where = f"{b.shown} ({b.where})"
    if not direction_ok:
        real = "an increase" if diff > 0 else "a decrease" if diff < 0 else "no change"
        explanation = (f"The report says {stated}, but the figures go from {where} to {a.shown} ({a.where}): "
                       f"{real} of {fmt(abs(diff))}.")
        return _check(claim, False, sums, _finding(doc, claim, severity, stated, f"{real} of {fmt(abs(diff))}",
                                                   explanation, sums, "Correct the direction of the change, or the "
                                                   "figures it compares.", "change"))
    name, value, _ = readings[0] if len(readings) == 1 else next(r for r in readings if r[0] != "percentage points")
    expected = f"{fmt(abs(value), 1 if name == 'relative change' else None)}" + ("%" if name == "relative change" else "")
    lines = [sums]
    if name == "relative change":
        lines.append(f"{fmt(diff)} / {b.shown} = {fmt(abs(value), 1)}%")
    pp = [v for n, v, _ in readings if n == "percentage points"]
    if pp:
        lines.append(f"in percentage points: {fmt(abs(pp[0]))}")
    fix = _change_fix(claim, b, name)
    explanation = (f"The report says {stated}. From {where} to {a.shown} ({a.where}) the "
                   f"{'change' if name != 'relative change' else 'relative change'} is {expected}"
                   + (" (neither reading matches)" if len(readings) > 1 else "") + ".")
    if len(claim.befores) > 1:
        explanation += " No other figure nearby fits either."
    return _check(claim, False, "; ".join(lines), _finding(doc, claim, severity, stated,
                                                          f"{WORD[claim.direction]} of {expected}", explanation,
                                                          "; ".join(lines), fix, "change"))


def _change_fix(claim: ChangeClaim, before: Operand, name: str) -> str:
    a, n = claim.after.value, claim.amount.value
    sign = 1 if claim.direction == "increase" else -1
    if name == "relative change":
        need_before = a / (1 + sign * n / 100)
        need_after = before.value * (1 + sign * n / 100)
        return (f"{WORD[claim.direction].capitalize()} of {claim.amount.shown} would need an earlier figure of "
                f"about {fmt(need_before, 1)} or a current figure of about {fmt(need_after, 1)}.")
    return (f"{WORD[claim.direction].capitalize()} of {claim.amount.shown} would need an earlier figure of "
            f"{fmt(a - sign * n)} or a current figure of {fmt(before.value + sign * n)}; "
            f"otherwise the change should read {fmt(abs(a - before.value))}.")


def check_series(doc: str, claim: SeriesClaim) -> Check:
    c, earlier = claim.current, claim.earlier
    values = " → ".join(f"{o.shown} ({o.period})" if o.period else o.shown for o in earlier + [c])
    if claim.every_step:
        steps = list(zip(earlier + [c], (earlier + [c])[1:]))
        ok = all((b.value > a.value) if claim.direction == "increase" else (b.value < a.value) for a, b in steps)
        readings = []
    else:
        higher = [c.value > e.value for e in earlier]
        mean = sum(e.value for e in earlier) / len(earlier)
        if claim.direction == "increase":
            ok = all(higher) or (len(earlier) > 1 and c.value > mean)
        else:
            ok = all(c.value < e.value for e in earlier) or (len(earlier) > 1 and c.value < mean)
        readings = [f"mean of the earlier {len(earlier)}: {fmt(mean, 1)}"] if len(earlier) > 1 else []
    summary = f"{values}" + (f"; {readings[0]}" if readings else "")
    if ok:
        return _check(claim, True, summary)
    said = "higher" if claim.direction == "increase" else "lower"
    diff = c.value - earlier[-1].value
    facts = [f"{c.shown} is {'higher' if c.value > e.value else 'lower' if c.value < e.value else 'the same as'}"
             f"{' than' if c.value != e.value else ''} {e.shown}{f' ({e.period})' if e.period else ''}"
             for e in earlier]
    explanation = (f"The report says the figure {'rose' if claim.direction == 'increase' else 'fell'}"
                   f"{' each year' if claim.every_step else ''}, but its own table ({c.where.split(', row')[0]}) "
                   f"gives {values}: " + "; ".join(facts))
    if readings:
        explanation += f"; the {readings[0]}, so it is not {said} on that reading either"
    explanation += "."
    if len(earlier) == 1:
        explanation += f" That is {'a rise' if diff > 0 else 'a fall'} of {fmt(abs(diff))}" + (
            f" ({fmt(100 * diff / earlier[-1].value, 1)}%)." if earlier[-1].value else ".")
    against = (f"each of the last {len(earlier)} years" if len(earlier) > 1 and not claim.every_step
               else "every year" if claim.every_step else f"{earlier[-1].period or 'the year before'}")
    return _check(claim, False, summary, _finding(
        doc, claim, "error", f"{'an increase' if claim.direction == 'increase' else 'a decrease'} on {against}",
        values, explanation, summary, "Reword the trend to match the table, or correct the table.", "change"))


# -- parts and shares ---------------------------------------------------------

def _names_comparator_or_rate(label: str) -> bool:
    """"England", "Statistical neighbours", "per 10,000": rows that are not parts of a whole."""
    from ..figures.patterns import lexicon

    low = " ".join(label.lower().split())
    comparators = lexicon()["comparators"]
    words = [w for key in ("statistical_neighbours", "england", "region") for w in comparators[key]]
    return "10,000" in low or "10000" in low or " rate" in f" {low}" or any(w in low for w in words)


def check_total(doc: str, claim: TotalClaim) -> Check:
    parts, total = claim.parts, claim.total
    if any(_names_comparator_or_rate(label) for label in claim.labels):
        return _check(claim, True, "not a total: comparators and rates are not parts of a whole")
    s = sum(p.value for p in parts)
    decimals = max([p.decimals for p in parts] + [total.decimals])
    tol = max(0.5 * unit(total), sum(0.5 * unit(p) for p in parts)) if decimals else 0
    expr = " + ".join(p.shown for p in parts) + f" = {fmt(s, decimals or None)}"
    if abs(s - total.value) <= tol + 1e-9 or (not claim.exhaustive and s <= total.value):
        return _check(claim, True, f"{expr} (stated {total.shown})")
    short = total.value - s
    severity = "error" if claim.exhaustive else "warning"
    names = [label.strip(" .,;:") for label in claim.labels]
    labels = f" ({', '.join(names)})" if names and len(names) <= 6 and all(names) else ""
    explanation = (f"The parts{labels} add up to {fmt(s, decimals or None)}, not the stated total of {total.shown}: "
                   f"{fmt(abs(short), decimals or None)} {'short' if short > 0 else 'too many'}.")
    if not claim.exhaustive:
        explanation += " The parts may overlap, but they cannot add up to more than the whole unless they do."
    return _check(claim, False, expr, _finding(
        doc, claim, severity, f"total {total.shown}", f"{fmt(s, decimals or None)}", explanation, expr,
        f"Either the total is {fmt(s, decimals or None)}, or one of the parts is off by "
        f"{fmt(abs(short), decimals or None)}."))


def _share_fits(claim: ShareClaim, base: Operand) -> bool:
    n, p = claim.count.value, claim.percent
    if base.value <= 0:
        return False
    if claim.complement:
        lo, hi = bounds(p) if not p.hedge else (p.value - 1, p.value + 1)
        expected_lo, expected_hi = (100 - hi) / 100 * base.value, (100 - lo) / 100 * base.value
        return expected_lo - 0.5 <= n <= expected_hi + 0.5
    return fits(100 * n / base.value, p)


def check_share(doc: str, claim: ShareClaim) -> Check:
    good = [b for b in claim.bases if _share_fits(claim, b)]
    base = good[0] if good else claim.bases[0]
    n, p = claim.count, claim.percent
    share = 100 * n.value / base.value
    if claim.complement:
        summary = (f"{n.shown} of {base.shown} = {fmt(share, 2)}%, so {fmt(100 - share, 1)}% the other way; "
                   f"{pct(p)} of {base.shown} leaves {fmt((100 - p.value) / 100 * base.value, 1)}")
    else:
        summary = f"{n.shown} / {base.shown} = {fmt(share, 1)}% (stated {pct(p)})"
    if good:
        return _check(claim, True, summary)
    severity = "error" if claim.basis == "explicit" else "warning"
    if claim.complement:
        lo, hi = bounds(p)
        rest = 100 - p.value
        need_lo, need_hi = n.value / ((100 - lo) / 100), n.value / ((100 - hi) / 100)
        explanation = (f"{n.shown} out of {base.shown} ({base.where}) is {fmt(share, 2)}%, so "
                       f"{fmt(100 - share, 1)}% would be the other way, not {pct(p)}. And {fmt(rest, 1)}% of "
                       f"{base.shown} is about {fmt(rest / 100 * base.value, 1)}, not {n.shown}. The two figures fit "
                       f"together only if the percentage is of about {fmt(n.value / (rest / 100), 0)} items "
                       f"({fmt(need_lo, 0)}–{fmt(need_hi, 0)}).")
        expected = f"about {fmt(rest / 100 * base.value, 1)} (or {fmt(100 - share, 1)}%)"
        fix = (f"Either the count is about {fmt(round(rest / 100 * base.value))}, or the percentage is "
               f"{fmt(100 - share, 1)}%, or the percentage is of a different base (about {fmt(n.value / (rest / 100), 0)}).")
    else:
        explanation = f"{n.shown} out of {base.shown} ({base.where}) is {fmt(share, 1)}%, not {pct(p)}."
        expected = f"{fmt(share, 1)}%"
        fix = f"{pct(p)} of {base.shown} would be {fmt(p.value / 100 * base.value, 1)}."
    finding = _finding(doc, claim, severity, f"{pct(p)} and {n.shown}", expected, explanation, summary, fix, "share")
    if base.quote and all(q.text != base.quote for q in finding.quotes):
        finding.quotes.append(Quote(base.page, base.quote, [base.text]))
    return _check(claim, False, summary, finding)


def check_ratio(doc: str, claim: RatioClaim) -> Check:
    value = 100 * claim.part.value / claim.whole.value if claim.whole.value else 0
    value = 100 - value if claim.complement else value
    expr = (f"{'100 − ' if claim.complement else ''}{claim.part.shown} / {claim.whole.shown} × 100 = "
            f"{fmt(value, 2)} (stated {claim.percent.shown})")
    if fits(value, claim.percent):
        return _check(claim, True, expr)
    explanation = (f"{claim.percent.where} gives {claim.percent.shown}, but "
                   f"{claim.part.shown} out of {claim.whole.shown} is {fmt(value, 1)}"
                   f"{' the other way' if claim.complement else ''}.")
    return _check(claim, False, expr, _finding(doc, claim, "error", claim.percent.shown, fmt(value, 1), explanation,
                                               expr, f"Either the percentage is {fmt(value, claim.percent.decimals)} "
                                               f"or one of the counts is wrong.", "share"))


def check_change_cell(doc: str, claim: ChangeCellClaim) -> Check:
    diff = claim.after.value - claim.before.value
    expr = f"{claim.after.shown} − {claim.before.shown} = {fmt(diff)} (stated {claim.change.shown})"
    if fits(diff, claim.change) and (diff == 0 or (diff > 0) == (claim.change.value > 0)):
        return _check(claim, True, expr)
    return _check(claim, False, expr, _finding(
        doc, claim, "error", claim.change.shown, fmt(diff), f"The change column gives {claim.change.shown}, but "
        f"{claim.after.shown} − {claim.before.shown} is {fmt(diff)}.", expr,
        "Correct the change column or one of the two figures.", "change"))


def check_comparison(doc: str, claim: ComparisonClaim) -> Check:
    a, b = claim.subject, claim.other
    ok = a.value > b.value if claim.relation == "higher" else a.value < b.value
    expr = f"{a.shown} {'>' if claim.relation == 'higher' else '<'} {b.shown}"
    if ok:
        return _check(claim, True, expr)
    real = "higher than" if a.value > b.value else "lower than" if a.value < b.value else "the same as"
    return _check(claim, False, expr, _finding(
        doc, claim, "error", f"{a.shown} {claim.relation} than {b.shown}", f"{a.shown} is {real} {b.shown}",
        f"The sentence says {a.shown} is {claim.relation} than {b.shown}; it is {real} it.", expr,
        "Correct one of the figures or the comparison.", "comparison"))


# -- conflicts and counts of rows ----------------------------------------------------

def check_conflict(doc: str, claim: ConflictClaim) -> Check:
    if claim.second is None:
        return _check(claim, True, f"prose matches {claim.first.where}")
    t, p = claim.first, claim.second
    diff = p.value - t.value
    agree = f" The other figures ({', '.join(claim.agreeing)}) agree." if claim.agreeing else ""
    explanation = (f"The same figure is stated twice with different values: {t.where} gives {t.shown}, the text on "
                   f"p.{p.page} gives {p.shown} (a difference of {fmt(abs(diff))}).{agree}")
    return _check(claim, False, f"{p.shown} ≠ {t.shown}", _finding(
        doc, claim, "error", p.shown, t.shown, explanation, f"{p.shown} − {t.shown} = {fmt(diff)}",
        f"One of them is wrong: the text should read {t.shown}, or the table {p.shown}.", "conflict"))


def check_count_of_rows(doc: str, claim: CountOfRowsClaim) -> Check:
    k, unknown = len(claim.improved), len(claim.unknown)
    summary = (f"improved {k}, worse {len(claim.worse)}, unchanged {len(claim.level)}, "
               f"no earlier figure {unknown}")
    if k == claim.n:
        return _check(claim, True, summary)
    lists = [f"improved: {'; '.join(claim.improved) or 'none'}"]
    if claim.worse:
        lists.append(f"worse: {'; '.join(claim.worse)}")
    if claim.level:
        lists.append(f"unchanged: {'; '.join(claim.level)}")
    if claim.unknown:
        lists.append(f"no earlier figure: {'; '.join(claim.unknown)}")
    possible = k < claim.n <= k + unknown
    explanation = (f"The table shows {k} of {claim.m} improved, not {claim.n}"
                   + (f"; {claim.n} is reached only by counting {claim.n - k} with no earlier figure as improved"
                      if possible else "") + ". " + " | ".join(lists) + ".")
    return _check(claim, False, summary, _finding(
        doc, claim, "warning" if possible else "error", f"{claim.n} of {claim.m} improved", f"{k} of {claim.m}",
        explanation, summary, f"Say {k} of {claim.m} improved"
        + (" (and that one has no earlier figure)" if possible else "") + ".", "n_of_m"))


# -- standards ------------------------------------------------------------------

def check_standard(doc: str, claim: StandardClaim) -> Check:
    if claim.kind == "impossible":
        o = claim.values[0]
        text = (f"{o.shown} is a percentage over 100" if claim.measure == "percentage"
                else f"{o.shown} is a negative count")
        # certain only when the number is written as a percentage; a bare number under a
        # "%" heading may be a count in a "% of total" table read the wrong way
        certain = claim.measure != "percentage" or o.text.strip().endswith("%")
        why = text + (", which cannot be." if certain else
                      ", if it is a percentage: it is written without a % sign, so check what its column holds.")
        return _check(claim, False, text, _finding(doc, claim, "error" if certain else "warning", o.shown,
                                                   "0–100%" if claim.measure == "percentage" else "a count of 0 or more",
                                                   why, text, "Correct the figure.", "impossible"))
    if claim.measure == "caseload":
        return _check_caseload(doc, claim)
    short = [o for o in claim.values if o.value < 100]
    over = [o for o in claim.values if o.value > 100]
    listed = ", ".join(f"{o.shown}{'%' if not o.shown.endswith('%') else ''}"
                       f"{' (' + o.period + ')' if o.period else ''} p.{o.page}" for o in claim.values)
    if over:
        certain = all(o.text.strip().endswith("%") for o in over)
        return _check(claim, False, listed, _finding(doc, claim, "error" if certain else "warning", listed,
                                                     "at most 100%",
                                                     f"A {claim.measure} rate over 100% cannot be.", listed,
                                                     "Correct the figure.", "impossible"))
    if not short:
        return _check(claim, True, f"{claim.measure}: {listed}")
    gaps = ", ".join(f"{fmt(100 - o.value)} point{'s' * (100 - o.value != 1)} short"
                     f"{' in ' + o.period if o.period else ''}" for o in short)
    return _check(claim, True, f"{claim.measure}: {listed}", _finding(
        doc, claim, "info", listed, "100%", f"The standard is 100% ({claim.source}). Stated {claim.measure}: "
        f"{listed} — {gaps}.", gaps, "Say how many reviews or children were outside the standard and why.",
        "standard"))


def _check_caseload(doc: str, claim: StandardClaim) -> Check:
    o = claim.values[0]
    high = claim.values[1].value if len(claim.values) > 1 and claim.values[1].text == "" else o.value
    shown = o.shown
    others = [v for v in claim.values[1:] if v.text]
    also = f" (also {', '.join(v.where for v in others)})" if others else ""
    summary = f"caseload {shown} against {fmt(claim.low)}–{fmt(claim.high)}"
    if claim.low <= o.value and high <= claim.high:
        return _check(claim, True, summary)
    if high > claim.high:
        return _check(claim, False, summary, _finding(
            doc, claim, "warning", shown, f"{fmt(claim.low)}–{fmt(claim.high)}",
            f"A caseload of {shown}{also} is above the range of {fmt(claim.low)}–{fmt(claim.high)} "
            f"({claim.source}).", summary, "Explain how caseloads will be brought within the range.", "standard"))
    return _check(claim, True, summary, _finding(
        doc, claim, "info", shown, f"{fmt(claim.low)}–{fmt(claim.high)}",
        f"A caseload of {shown}{also} is below the range of {fmt(claim.low)}–{fmt(claim.high)} ({claim.source}); "
        f"lower caseloads are not a breach, but the figure is outside the range the report cites.", summary, "", "standard"))


CHECKERS = {
    ChangeClaim: check_change, SeriesClaim: check_series, TotalClaim: check_total, ShareClaim: check_share,
    RatioClaim: check_ratio, ChangeCellClaim: check_change_cell, ComparisonClaim: check_comparison,
    ConflictClaim: check_conflict, CountOfRowsClaim: check_count_of_rows, StandardClaim: check_standard,
}


def check(doc: str, claim: Claim) -> Check:
    return CHECKERS[type(claim)](doc, claim)
