"""Candidate figures from tables.

A table's header row names periods ("2016/17", "March 16", "15/16 outturn")
or comparators ("SN Result", "England"); each row label names a metric, or,
when rows are years, the words just above the table do.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Candidate, Table
from .patterns import Metric, councils, cue_metric, lexicon, metrics, nlp
from ..periods import MONTHS, blank_periods, find_periods, fy, header_period, previous
from . import context
from .context import mentions_rate

EXCLUDE_REACH = 40  # characters either side of a cue where its exclusion words count
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
    cues = lexicon()["comparators"]
    if any(f" {cue.lower()} " in low for cue in cues["statistical_neighbours"]):
        return "statistical_neighbours"
    # "East of England" is a region: region names are tried before "England"
    if any(f" {region} " in low for region in _region_names()) or any(
            f" {cue.lower()} " in low for cue in cues["region"]):
        return "region"
    if any(f" {cue.lower()} " in low for cue in cues["england"]):
        return "england"
    return None


@lru_cache(maxsize=1)
def _region_names() -> tuple[str, ...]:
    names = {c.region.lower() for c in councils() if c.region}
    # "Yorkshire and Humber", "Yorkshire & the Humber": the same region
    names |= {n.replace(" the ", " ") for n in names} | {n.replace(" and ", " & ") for n in names}
    return tuple(sorted(names))


def label_metrics(label: str) -> list[Metric]:
    """The metrics a row label or caption names, first named first ("Number of
    escalations relating to looked after children" is about escalations)."""
    found = []
    for ent in nlp()(label).ents:
        metric = cue_metric(ent.ent_id_)[0] if ent.label_ == "METRIC" else None
        # exclusions count near the cue: a long caption may mention "average" elsewhere
        near = label[max(0, ent.start_char - EXCLUDE_REACH):ent.end_char + EXCLUDE_REACH].lower()
        if metric and metric.kind == "count" and context.names_other_count(
                metric.id, context.words_before(label, ent.start_char, 6)):
            continue  # "Complaints from looked after children" counts complaints
        if metric and metric not in found and not any(x in near for x in metric.exclude):
            found.append(metric)
    return found


TOTAL_ROW = re.compile(r"^\s*(?:grand\s+)?total\b", re.IGNORECASE)
CELL_DATE = re.compile(r"\((?P<inner>[^)]*)\)")


DATE_WORDS = {"as", "at", "on", "by", "end", "of", "the", "year", "ending", "to", "from", "in", "fy", "outturn"}


def _only_a_date(label: str, mentions: list) -> bool:
    """"2019/20", "As at 31 March 2020": a year row; "Still open at 31 March 2022" is not."""
    rest = blank_periods(label, mentions)
    return all(w.lower().strip(".,:()") in DATE_WORDS for w in re.findall(r"[A-Za-z]+\.?", rest))


def _dated_elsewhere(cell: str) -> bool:
    """"12 (Jun 15)": a cell carrying its own mid-year date is a one-month snapshot."""
    m = CELL_DATE.search(cell)
    return bool(m) and any(p.kind == "date" and p.month not in (3, 4) for p in find_periods(m["inner"]))


def _skipped_column(header: str) -> bool:
    words = " " + " ".join(header.lower().replace("(", " ").replace(")", " ").split()) + " "
    return any(f" {w} " in words for w in lexicon()["tables"]["skip_columns"])


PERCENT_ROW = re.compile(r"\(%\)|^%|\bper\s?cent(age)?\b|%\s*$", re.IGNORECASE)
PERCENT_HEADERS = {"%", "percent", "per cent", "percentage", "% of total", "% of children"}
COUNT_HEADERS = {"number", "no.", "no", "count", "n", "numbers", "number of children"}
QUARTER = re.compile(r"\b(?:q[1-4]|qtr\.?|quarter)\b", re.IGNORECASE)


def _part_year_column(header: str) -> bool:
    """"Q3", "Qtr 4", "April": a quarter or a month with no year is part of a year."""
    if QUARTER.search(header):
        return True
    words = {w.strip(".,").lower() for w in header.split()}
    return bool(words & set(MONTHS)) and not any(p.period for p in find_periods(header))


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


@dataclass
class Column:
    """What a column's header says about the cells below it."""

    header: str
    period: str | None
    comparator: str
    skipped: bool  # targets, changes, ratings, a quarter or a month without a year
    confidence: float
    kind: str | None  # "percent" or "count" when the header says so ("%", "Number")
    metrics: list = field(default_factory=list)  # measures the header names ("Rate per 10,000")


def _year_label(text: str) -> str | None:
    """A bare year as a row or column label ("2020") is the 31 March snapshot then."""
    m = re.fullmatch(r"\s*(?:at\s+|march\s+)?((?:19|20)\d{2})\s*", text, re.IGNORECASE)
    return fy(int(m.group(1)) - 1) if m else None


def _relative_period(header: str, report_period: str | None) -> str | None:
    """"This year" / "Previous year" columns, dated from the report's own year."""
    low = " ".join(header.lower().split())
    if not report_period:
        return None
    if any(w in low for w in ("previous year", "last year", "prior year", "year before")):
        return previous(report_period)
    if any(w in low for w in ("this year", "current year", "latest year")):
        return report_period
    return None


def read_columns(header: list[str], caption: str, has_header: bool,
                 report_period: str | None = None) -> list[Column]:
    # no header row, or a header naming no year: the caption dates the whole table
    # ("Reviews as at 31st March 2014", "Wigan compared with other areas, 31 March 2019")
    dated_header = any(header_period(h) or _year_label(h) for h in header[1:])
    caption_period = None if (has_header and dated_header) else header_period(caption)
    columns = []
    for h in header:
        low = " ".join(h.lower().split())
        kind = "percent" if low in PERCENT_HEADERS else "count" if low in COUNT_HEADERS else None
        comparator = column_comparator(h) or "la"
        columns.append(Column(
            header=h, period=header_period(h) or _year_label(h) or _relative_period(h, report_period)
            or (comparator != "la" and comparators_period(caption)) or caption_period,
            comparator=comparator,
            skipped=_skipped_column(h) or _part_year_column(h),
            # a single month's snapshot ("May-15") is weaker evidence for the year than an outturn
            confidence=0.5 if _month_snapshot(h) else 0.8, kind=kind, metrics=label_metrics(h)))
    return columns


def comparators_period(caption: str) -> str | None:
    """"Table 1: Children looked after (England and region: 2019-20, latest published)": a
    bracket naming comparators and a period dates the comparators' columns."""
    for inside in re.findall(r"\(([^()]*)\)", caption):
        if column_comparator(inside) and (period := header_period(inside)):
            return period
    return None


def _continues_header(above: list[str], row: list[str]) -> bool:
    """"2017-" over "18": a header whose years wrap onto a second line."""
    return any(a.rstrip().endswith(("-", "/", "–")) for a in above[1:] if a)


def _kind_fits(metric: Metric, column: Column) -> bool:
    if column.kind == "percent":
        return metric.kind == "percent"
    return not (column.kind == "count" and metric.kind == "percent")


def table_candidates(table: Table, caption: str, default_period: str | None) -> list[Candidate]:
    """Figures in one table; caption is the text just above it (its title or introduction)."""
    rows = [[" ".join(c.split()) for c in row] for row in table.rows if any(c.strip() for c in row)]
    header_index = next((i for i, r in enumerate(rows) if _is_numeric_row(r)
                         and not (i and _continues_header(rows[i - 1], r))), None)
    if header_index is None:
        return []
    width = max(len(r) for r in rows)
    header = [" ".join(c for c in col if c) for col in zip(*rows[:header_index])] if header_index else [""] * width
    columns = read_columns(header, caption, bool(header_index), default_period)
    dated_columns = any(c.period for c in columns[1:])
    latest = max((c.period for c in columns[1:] if c.period), default=None)
    for column in columns[1:]:  # "Stat Neighbour", "England" beside outturns: the latest year's
        if column.comparator != "la" and not column.period:
            column.period = latest
    caption_metrics = label_metrics(caption + " " + header[0])
    rate_context = mentions_rate(caption) or mentions_rate(header[0])  # "Children in care per 10,000"
    # when some rows are comparators, a row naming no measure is the council's own
    comparator_rows = any(column_comparator(r[0]) for r in rows[header_index:] if r[0])
    found = []
    section: list = []  # metrics named by the last heading row ("Disputes by stage")
    for row in rows[header_index:]:
        label = row[0] or header[0]
        if row[0] and not _is_numeric_row(row):
            section = label_metrics(row[0])
            continue
        mentions = find_periods(label)
        row_periods = ([p.period for p in mentions if p.period] or
                       [p for p in [_year_label(label)] if p]) if _only_a_date(label, mentions) else []
        # rows may be comparators ("Statistical neighbours", "England") under a captioned measure
        row_comparator = column_comparator(label) if row[0] else None
        named = label_metrics(label) if not (row_periods or row_comparator) else []
        if not named and TOTAL_ROW.match(label):
            named = section
        choices = named or (caption_metrics if (row_periods or row_comparator or comparator_rows
                                                or not row[0]) else [])
        if PERCENT_ROW.search(label):  # "CLA with an up-to-date PEP (%)": a percentage row
            choices = [m for m in choices if m.kind == "percent"]
        row_rate = rate_context or mentions_rate(label)
        for column, cell in zip(columns[1:], row[1:]):
            parsed = parse_cell(cell)
            if parsed is None or column.skipped or _dated_elsewhere(cell):
                continue
            if not row_periods and dated_columns and not column.period:
                continue  # an undated column beside dated ones: a change, a note, a target
            value, percent, decimal = parsed
            # rows of years or of areas under columns of measures: the column names the measure
            cell_choices = column.metrics if ((row_periods or (row_comparator or comparator_rows) and not named)
                                             and column.metrics) else choices
            cell_rate = row_rate or mentions_rate(column.header)
            fitted = next((m for m in (_fit(c, value, percent, decimal, cell_rate) for c in cell_choices)
                           if m is not None and m.plausible(value) and _kind_fits(m, column)), None)
            period = (row_periods[0] if row_periods else None) or column.period or default_period
            if fitted is None or period is None:
                continue
            found.append(Candidate(
                metric=fitted.id, value=value, unit=fitted.unit, page=table.page,
                evidence=f"{label} | {column.header}: {cell}".strip(), method="table",
                comparator=row_comparator or column.comparator, period=period, confidence=column.confidence,
                rule=f"table:{table.method}", cue=f"{label} | {column.header}",
                signals={"table": 1.0, "dated": float(bool(row_periods or column.period)),
                         "month_snapshot": float(column.confidence < 0.8),
                         "named_by_row": float(bool(named)), "other_year": float(period != default_period),
                         "stream_table": float(table.method != "lattice")},
            ))
    return found
