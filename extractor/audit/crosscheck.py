"""Checks that need extracted figures (the pipeline's Figure rows):

- the same figure (metric, period, comparator) given twice with values that
  differ by more than rounding;
- a report's figure against the official DfE figure for the council and
  year, when the report's figure is the same measure (a count at 31 March,
  not a monthly average or a snapshot on another date: those are noted and
  left alone);
- a report's "last year" figure against the council's own report for that
  year, when the database holds it.
"""
from __future__ import annotations

import re

from ..model import Figure
from ..periods import find_periods
from . import wording as w
from .model import Check, Finding, Note, Quote, fmt
from .official import Reference
from .text import AuditText

DAY = re.compile(r"^\s*(\d{1,2})")


def _decimals(v: float) -> int:
    return 0 if abs(v - round(v)) < 1e-9 else 1 if abs(v * 10 - round(v * 10)) < 1e-6 else 2


def agree(a: float, b: float) -> bool:
    """Equal after rounding both to the less precise one (98.9 and 99 agree; 35.0 and 36.0 do not)."""
    d = min(_decimals(a), _decimals(b))
    return abs(round(a, d) - round(b, d)) < 1e-6


def _shown(f: Figure) -> str:
    return fmt(f.value) + ("%" if f.unit == "percent" else "")


def _where(f: Figure) -> str:
    return f"p.{f.page}" + (", table" if f.method == "table" else "")


def _value_at(evidence: str, value: float) -> int:
    """Where the figure's number sits in its evidence (-1 if it can't be found)."""
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", evidence):
        try:
            if abs(float(m.group(0).replace(",", "")) - value) < 1e-9:
                return m.start()
        except ValueError:
            continue
    return -1


def snapshot_month(evidence: str, at: int) -> tuple[int | None, int | None, str]:
    """(month, day, text) of the date nearest before the number (else after it), if any."""
    dates = [p for p in find_periods(evidence) if p.kind == "date"]
    if not dates:
        return None, None, ""
    before = [d for d in dates if d.start <= at] if at >= 0 else []
    d = before[-1] if before else dates[0]
    day = DAY.match(d.text)
    return d.month, int(day.group(1)) if day and "/" not in d.text[:3] else None, d.text


CLAUSE_END = re.compile(r"[,;.]\s|\s(?:and|compared to|compared with|whereas|while|but)\s", re.IGNORECASE)


def _clause(text: str, at: int) -> str:
    """The clause holding position ``at``: "... and LAC was 271" gives "LAC was 271"."""
    starts = [m.end() for m in CLAUSE_END.finditer(text) if m.end() <= at]
    ends = [m.start() for m in CLAUSE_END.finditer(text) if m.start() > at]
    return text[(starts[-1] if starts else 0):(ends[0] if ends else len(text))]


def basis_of(f: Figure, metric_cues: dict) -> tuple[str, str]:
    """What the figure counts: 'snapshot' (31 March), 'unstated', or why it is another measure."""
    at = _value_at(f.evidence, f.value)
    near = _clause(f.evidence, at) if at >= 0 else f.evidence
    excluded = [x for x in metric_cues.get("exclude", []) if re.search(rf"(?<!\w){re.escape(x)}(?!\w)", near, re.I)]
    if excluded:
        return "other", f"the figure counts something else ('{excluded[0]}' beside it)"
    if w.has(near, "official.basis.average"):
        return "average", "an average over the year, not the count on 31 March"
    month, day, text = snapshot_month(f.evidence, at)
    if month is not None and (month != 3 or (day is not None and day != 31)):
        return "other date", f"a count on {text}, not on 31 March"
    if month == 3 or w.has(near, "official.basis.snapshot"):
        return "snapshot", ""
    if w.has(near, "official.basis.during"):
        return "during", "children looked after during the year, not on 31 March"
    return "unstated", ""


# -- count statements the audit finds itself -------------------------------------------

NAMING_NEXT = {"children", "child", "young", "looked", "lac", "cla", "in", "at", "by", "as", "on", "were", "was"}


def _period_for(s, start: int, end: int):
    """The period a number is stated for: named in its clause, else the nearest before it, else after."""
    periods = [p for p in s.periods if p.period]
    if not periods:
        return None
    clause = _clause(s.text, start)
    lo = s.text.find(clause)
    inside = [p for p in periods if lo <= p.start and p.end <= lo + len(clause)]
    if inside:
        return min(inside, key=lambda p: min(abs(p.start - end), abs(start - p.end)))
    before = [p for p in periods if p.end <= start]
    return before[-1] if before else periods[0]


def count_statements(text: AuditText, doc: str) -> list[Figure]:
    """Counts of a compared metric stated in sentences ("there were 534 looked after children",
    "the monthly average of children looked after was around 335"), with the period the
    sentence names.  They let the official check see every statement, and say why it
    leaves some alone, whatever the extraction pipeline keeps."""
    out = []
    for metric, spec in w.get("official.metrics").items():
        cues = re.compile("|".join(rf"(?<!\w){re.escape(c)}(?!\w)" for c in spec["cues"]), re.IGNORECASE)
        for s in text.sentences:
            if not cues.search(s.text):
                continue
            for n in s.operands():
                if n.percent or not n.integer or n.value < 5 or n.signed:
                    continue
                following = w.words(s.text[n.end:n.end + 20])[:1]
                if following and following[0] not in NAMING_NEXT and following[0][0].isalpha():
                    continue
                if re.match(r"\s+(?:were\s+|are\s+)?(?:male|female|boys|girls)\b", s.text[n.end:], re.I):
                    continue
                near = _period_for(s, n.start, n.end)
                if near is None:
                    continue
                out.append(Figure(doc, "", None, near.period, metric, "la", n.value, None, "children", s.page,
                                  s.text, "audit", 0.5, rule="audit"))
    return out


# -- the same figure twice -----------------------------------------------------------

def _month_snapshot(f: Figure) -> bool:
    return any(p.kind == "date" and p.month not in (3, 4, None) for p in find_periods(f.evidence))


def conflict_checks(doc: str, figures: list[Figure], reported: set[frozenset]) -> list[Check]:
    groups: dict[tuple, list[Figure]] = {}
    for f in figures:
        if f.value_high is None:
            groups.setdefault((f.metric, f.period, f.comparator), []).append(f)
    out = []
    for (metric, period, comparator), found in groups.items():
        for i, a in enumerate(found):
            for b in found[i + 1:]:
                if agree(a.value, b.value) or a.evidence == b.evidence or _month_snapshot(a) or _month_snapshot(b):
                    continue
                if frozenset((round(a.value, 6), round(b.value, 6))) in reported:
                    continue
                reported.add(frozenset((round(a.value, 6), round(b.value, 6))))
                who = "the council" if comparator == "la" else comparator.replace("_", " ")
                text = (f"{metric.replace('_', ' ')} for {period} ({who}) is given as {_shown(a)} at {_where(a)} and "
                        f"as {_shown(b)} at {_where(b)}.")
                finding = Finding(doc, b.page, "conflict", "warning", b.evidence, _shown(b), _shown(a),
                                  text + " Both cannot be right, unless they measure different things.",
                                  f"{_shown(b)} − {_shown(a)} = {fmt(b.value - a.value)}",
                                  "Use one value, or say how the two figures differ.",
                                  [Quote(a.page, a.evidence, [fmt(a.value)]), Quote(b.page, b.evidence, [fmt(b.value)])])
                out.append(Check("conflict", b.page, b.evidence, False, text, finding))
    return out


# -- official statistics ---------------------------------------------------------------

def official_checks(doc: str, figures: list[Figure], la_number: int | None, ref: Reference,
                    provisional: bool) -> tuple[list[Check], list[Note]]:
    checks, notes = [], []
    metrics = w.get("official.metrics")
    if la_number is None:
        return checks, notes
    tol_pct, tol_abs = w.get("official.tolerance_pct"), w.get("official.tolerance_abs")
    seen: set[tuple] = set()
    for f in figures:
        if f.metric not in metrics or f.comparator != "la" or f.value_high is not None:
            continue
        key = (f.metric, f.period, round(f.value, 6))
        if key in seen:
            continue
        seen.add(key)
        spec = metrics[f.metric]
        official = ref.official(la_number, f.metric, f.period)
        basis, why = basis_of(f, spec)
        label = spec.get("label", f.metric)
        if f.method == "audit" and (official is None or basis == "other"):
            continue  # a statement only the audit found: noted only when there is something to say
        if basis not in ("snapshot", "unstated"):
            beside = (f"; the official 31 March figure ({official.source}) is {fmt(official.value)}" if official
                      else "")
            notes.append(Note(f.page, "official", f"Not compared: the report's {_shown(f)} ({f.period}) is "
                                                  f"{why}{beside}.", f.evidence))
            continue
        if official is None:
            notes.append(Note(f.page, "official", f"{_shown(f)} {label} ({f.period}): no official figure for "
                                                  f"{f.period} in the reference data.", f.evidence))
            continue
        diff = f.value - official.value
        tolerance = max(tol_abs, tol_pct / 100 * official.value)
        summary = (f"{_shown(f)} (report, {f.period}) vs {fmt(official.value)} ({official.source}): "
                   f"difference {fmt(diff)}, tolerance ±{fmt(tolerance, 1)}")
        if abs(diff) <= tolerance + 1e-9:
            checks.append(Check("official", f.page, f.evidence, True, summary))
            continue
        caveats = []
        if basis == "unstated":
            caveats.append("The report does not say at what date it counts; a count of every child looked after "
                           "during the year would be larger than the 31 March figure.")
        if provisional:
            caveats.append("The report says some of its data are provisional, which may explain the difference.")
        explanation = (f"The report gives {_shown(f)} {label} for {f.period} ({_where(f)}). The official figure for "
                       f"31 March {official.year} is {fmt(official.value)} ({official.source}): "
                       f"{fmt(abs(diff))} {'more' if diff > 0 else 'fewer'} "
                       f"({fmt(100 * abs(diff) / official.value, 1)}%), outside the tolerance of "
                       f"{tol_pct:g}% or {tol_abs:g}. " + " ".join(caveats))
        finding = Finding(doc, f.page, "official", "warning", f.evidence, _shown(f), fmt(official.value),
                          explanation.strip(), f"{_shown(f)} − {fmt(official.value)} = {fmt(diff)}",
                          "Quote the published figure, or say the report's figure is provisional or for another date.",
                          [Quote(f.page, f.evidence, [fmt(f.value)])], official.source)
        checks.append(Check("official", f.page, f.evidence, False, summary, finding))
    return checks, notes


# -- the previous year's report -------------------------------------------------------

def previous_report_checks(doc: str, figures: list[Figure], la_number: int | None, period: str | None,
                           ref: Reference, sha256: str) -> list[Check]:
    out = []
    if la_number is None or not period:
        return out
    seen: set[tuple] = set()
    for f in figures:
        if f.comparator != "la" or not f.period or f.period >= period or f.value_high is not None:
            continue
        key = (f.metric, f.period)
        if key in seen:
            continue
        seen.add(key)
        earlier = ref.earlier_report(la_number, f.period, f.metric, sha256)
        if earlier is None:
            continue
        summary = f"{_shown(f)} ({f.period}, this report) vs {fmt(earlier.value)} ({earlier.doc} p.{earlier.page})"
        if agree(f.value, earlier.value):
            out.append(Check("previous_report", f.page, f.evidence, True, summary))
            continue
        explanation = (f"This report gives {_shown(f)} for {f.metric.replace('_', ' ')} in {f.period} "
                       f"({_where(f)}); the council's report for {f.period} ({earlier.doc}, p.{earlier.page}) gave "
                       f"{fmt(earlier.value)}. Figures are sometimes revised after a report is published; if so, "
                       f"the report should say so.")
        finding = Finding(doc, f.page, "previous_report", "warning", f.evidence, _shown(f), fmt(earlier.value),
                          explanation, f"{_shown(f)} − {fmt(earlier.value)} = {fmt(f.value - earlier.value)}",
                          "Use the figure last year's report gave, or note the revision.",
                          [Quote(f.page, f.evidence, [fmt(f.value)]), Quote(earlier.page, earlier.evidence,
                                                                            [fmt(earlier.value)])],
                          f"{earlier.doc}")
        out.append(Check("previous_report", f.page, f.evidence, False, summary, finding))
    return out
