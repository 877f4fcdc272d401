"""Candidate figures from tables.

A table's header row names periods ("2016/17", "March 16", "15/16 outturn")
or comparators ("SN Result", "England"); each row label names a metric, or,
when rows are years, the words just above the table do.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .model import Candidate, Table
from .patterns import Metric, councils, lexicon, metrics, nlp
from .periods import find_periods, header_period
from .context import mentions_rate

CELL_NUMBER = re.compile(r"^\(?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<pct>%)?\)?(?:\s*\(.*\))?$")


def parse_cell(cell: str) -> tuple[float, bool, bool] | None:
    """(value, is_percent, is_decimal) for a numeric cell such as "92%", "1,511", "27% (Aug 15)"."""
    m = CELL_NUMBER.match(cell.strip())
    if not m:
        return None
    return float(m["num"].replace(",", "")), bool(m["pct"]), "." in m["num"]


def _is_numeric_row(row: list[str]) -> bool:
    return sum(parse_cell(c) is not None for c in row[1:]) >= 1


def column_comparator(header: str) -> str | None:
    """"SN Result", "England", "West Midlands": whose figures a column holds (None: the council's)."""
    low = " " + " ".join(header.lower().split()) + " "
    for comparator in ("statistical_neighbours", "england", "region"):
        if any(f" {cue.lower()} " in low for cue in lexicon()["comparators"][comparator]):
            return comparator
    if any(f" {region} " in low for region in _region_names()):
        return "region"
    return None


@lru_cache(maxsize=1)
def _region_names() -> tuple[str, ...]:
    return tuple(sorted({c.region.lower() for c in councils() if c.region}))


def label_metrics(label: str) -> list[Metric]:
    """The metrics a row label or caption names, first named first ("Number of
    escalations relating to looked after children" is about escalations)."""
    low = " ".join(label.lower().split())
    found = []
    for ent in nlp()(label).ents:
        metric = metrics().get(ent.ent_id_) if ent.label_ == "METRIC" else None
        if metric and metric not in found and not any(x in low for x in metric.exclude):
            found.append(metric)
    return found


TOTAL_ROW = re.compile(r"^\s*(?:grand\s+)?total\b", re.IGNORECASE)
CELL_DATE = re.compile(r"\((?P<inner>[^)]*)\)")


def _dated_elsewhere(cell: str) -> bool:
    """"12 (Jun 15)": a cell carrying its own mid-year date is a one-month snapshot."""
    m = CELL_DATE.search(cell)
    return bool(m) and any(p.kind == "date" and p.month not in (3, 4) for p in find_periods(m["inner"]))


def _skipped_column(header: str) -> bool:
    words = " " + " ".join(header.lower().replace("(", " ").replace(")", " ").split()) + " "
    return any(f" {w} " in words for w in lexicon()["tables"]["skip_columns"])


def _month_snapshot(header: str) -> bool:
    return any(p.kind == "date" and p.month not in (3, 4) for p in find_periods(header))


def _fit(metric: Metric, value: float, percent: bool, decimal: bool, rate_context: bool) -> Metric | None:
    if metric.kind == "percent":
        return metric if value <= 100 and (percent or decimal or metric.unit == "percent") else None
    if percent:
        return None
    if metric.kind == "count":
        if (decimal or rate_context) and metric.rate:
            return metrics()[metric.rate]
        return None if decimal else metric
    return metric


def table_candidates(table: Table, caption: str, default_period: str | None) -> list[Candidate]:
    """Figures in one table; caption is the text just above it (its title or introduction)."""
    rows = [[" ".join(c.split()) for c in row] for row in table.rows if any(c.strip() for c in row)]
    header_index = next((i for i, r in enumerate(rows) if _is_numeric_row(r)), None)
    if header_index is None:
        return []
    width = max(len(r) for r in rows)
    # no header row: the caption dates the whole table ("Reviews as at 31st March 2014")
    header = [" ".join(c for c in col if c) for col in zip(*rows[:header_index])] if header_index else [""] * width
    caption_period = header_period(caption)
    col_periods = [header_period(h) or (caption_period if not header_index else None) for h in header]
    col_comparators = [column_comparator(h) for h in header]
    col_skipped = [_skipped_column(h) for h in header]
    dated_columns = any(col_periods[1:])
    # a single month's snapshot ("May-15") is weaker evidence for the year than an outturn
    col_confidence = [0.5 if _month_snapshot(h) else 0.8 for h in header]
    caption_metrics = label_metrics(caption + " " + header[0])
    rate_context = mentions_rate(caption)
    found = []
    section: list = []  # metrics named by the last heading row ("Disputes by stage")
    for row in rows[header_index:]:
        label = row[0] or header[0]
        if row[0] and not _is_numeric_row(row):
            section = label_metrics(row[0])
            continue
        row_periods = [p.period for p in find_periods(label) if p.period]
        named = label_metrics(label) if not row_periods else []
        if not named and TOTAL_ROW.match(label):
            named = section
        choices = named or (caption_metrics if (row_periods or not row[0]) else [])
        row_rate = rate_context or mentions_rate(label)
        for j, cell in enumerate(row[1:], start=1):
            parsed = parse_cell(cell)
            if parsed is None or j >= len(header) or col_skipped[j] or _dated_elsewhere(cell):
                continue
            if not row_periods and dated_columns and not col_periods[j]:
                continue  # an undated column beside dated ones: a change, a note, a target
            value, percent, decimal = parsed
            fitted = next((m for m in (_fit(c, value, percent, decimal, row_rate) for c in choices)
                           if m is not None and m.plausible(value)), None)
            period = (row_periods[0] if row_periods else None) or col_periods[j] or default_period
            if fitted is None or period is None:
                continue
            comparator = (col_comparators[j] if j < len(col_comparators) else None) or "la"
            evidence = f"{label} | {header[j] if j < len(header) else ''}: {cell}".strip()
            found.append(Candidate(
                metric=fitted.id, value=value, unit=fitted.unit, page=table.page, evidence=evidence,
                method="table", comparator=comparator, period=period, confidence=col_confidence[j],
                rule=f"table:{table.method}",
            ))
    return found
