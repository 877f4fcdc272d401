"""Candidates -> resolved figures: settle council and period, drop repeats."""
from __future__ import annotations

from .identity import Identity
from .patterns import metrics
from ..model import Candidate, Figure


def resolve(doc: str, candidates: list[Candidate], identity: Identity) -> list[Figure]:
    """One row per distinct (metric, period, comparator, value), best evidence kept.

    Different values for the same metric and period are all kept: they are
    what an auditor needs to see (prose against table, say).
    """
    council = identity.council
    best: dict[tuple, tuple[str, Candidate]] = {}
    places: dict[tuple, set[str]] = {}
    for c in prefer_stated_measure(candidates, identity.period):
        period = c.period or identity.period
        if not period:
            continue
        key = (c.metric, period, c.comparator, c.value, c.value_high)
        places.setdefault(key, set()).add(f"{c.page}:{c.evidence}")
        held = best.get(key)
        if held is None or c.confidence > held[1].confidence:
            best[key] = (period, c)
    figures = [
        Figure(doc=doc, council=council.name if council else "", la_number=council.la_number if council else None,
               period=period, metric=c.metric, comparator=c.comparator, value=c.value, value_high=c.value_high,
               unit=c.unit, page=c.page, evidence=c.evidence, method=c.method, confidence=c.confidence, rule=c.rule,
               signals={**c.signals, "agreed": float(len(places[key]) > 1)})
        for key, (period, c) in best.items()
    ]
    return sorted(figures, key=lambda f: (f.page, f.metric, f.period, f.comparator))


def prefer_stated_measure(candidates: list[Candidate], report_period: str | None) -> list[Candidate]:
    """Where the document gives a measure in the form its metric prefers for a year ("11.4
    FTE"), values named otherwise for that year ("13 IROs, two of whom work part time": a
    head count) are another measure, and are dropped."""
    def preferred(c: Candidate) -> bool:
        return metrics()[c.metric].preferred_in(c.cue)

    def key(c: Candidate) -> tuple:
        return c.metric, c.period or report_period, c.comparator

    stated = {key(c) for c in candidates if preferred(c)}
    return [c for c in candidates if key(c) not in stated or preferred(c)]
