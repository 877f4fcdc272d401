"""``iro summary``: a regional IRO network summary, one row per council.

Every council the register places in the region is listed; one with no
report in the dataset says so.  Without ``--period`` each council is shown
for the period of its latest report (reports cover different years; the
period column says which); with ``--period`` every council is shown for that
year.  A figure comes from the resolved dataset (document and page); where
a report gives none and the metric maps to a DfE indicator (children looked
after, and the rate), the official figure is used and labelled DfE.

Beside the rows: the regional median and range of each figure, councils whose
average IRO caseload is outside the IRO Handbook's 50-70 range, and the change
from the year before where both years are known.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

import duckdb
import pandas as pd

from ..data import dataset

from ..data import reference
from ..data.areas import councils_in_region, in_period
from .html import Bar, bar_chart, fmt, page, snippet, source_link, table

KEY_METRICS = ["iro_caseload_avg", "cla_reviews_held", "cla_reviews_in_timescale_pct", "child_participation_pct",
               "drp_count", "drp_formal_count", "case_alerts", "cla_count", "cla_rate_per_10k"]
SHORT = {"iro_caseload_avg": "Caseload per IRO", "cla_reviews_held": "Reviews held",
         "cla_reviews_in_timescale_pct": "Reviews in timescale %", "child_participation_pct": "Child participation %",
         "drp_count": "DRP disputes", "drp_formal_count": "Formal DRP", "case_alerts": "Escalations / alerts",
         "cla_count": "LAC", "cla_rate_per_10k": "LAC per 10k"}
# Without --period, a figure the council's reports give only for an earlier
# year (up to this many years before its latest report) fills the cell, marked
# with its year.
LOOK_BACK_YEARS = 2
HANDBOOK_CASELOAD = (50, 70)  # IRO Handbook (2010): 50-70 looked after children per full-time IRO


@dataclass
class Cell:
    value: float
    high: float | None
    source: str  # "extracted" or "official"
    label: str  # "doc p.3" or "DfE LACnum 2017"
    doc: str = ""
    page: int | None = None
    path: str = ""
    evidence: str = ""
    period: str = ""


@dataclass
class CouncilRow:
    council: str
    la_number: int
    status: str  # "report", "figures from other reports", "no report"
    period: str | None
    documents: list[str] = field(default_factory=list)
    cells: dict[str, Cell | None] = field(default_factory=dict)
    previous: dict[str, Cell | None] = field(default_factory=dict)


@dataclass
class RegionSummary:
    region: str
    period: str | None
    metrics: list[str]
    rows: list[CouncilRow]
    stats: dict[str, dict] = field(default_factory=dict)
    caseload_flags: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _num(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def caseload_position(cell: Cell | None, band: tuple[float, float] = HANDBOOK_CASELOAD) -> str | None:
    """'below', 'above' or 'partly outside' the Handbook range; None when within or unknown."""
    if cell is None:
        return None
    low, high = cell.value, cell.high if cell.high is not None else cell.value
    if high < band[0]:
        return "below"
    if low > band[1]:
        return "above"
    if low < band[0] or high > band[1]:
        return "partly outside"
    return None


def region_stats(rows: list[CouncilRow], metric: str) -> dict:
    cells = [(r.council, r.cells.get(metric)) for r in rows if r.cells.get(metric)]
    if not cells:
        return {"n": 0, "median": None, "min": None, "max": None, "min_council": "", "max_council": ""}
    values = [(c.value, name) for name, c in cells]
    low, high = min(values), max(values)
    return {"n": len(values), "median": float(pd.Series([v for v, _ in values]).median()),
            "min": low[0], "max": high[0], "min_council": low[1], "max_council": high[1]}


def build(con: duckdb.DuckDBPyConnection, region: str, period: str | None = None,
          metrics: list[str] | None = None) -> RegionSummary:
    metrics = metrics or KEY_METRICS
    register = dataset.council_register(con)
    resolved = dataset.resolved(con)
    resolved = resolved[(resolved["comparator"] == "la") & resolved["la_number"].notna()]
    official = reference.official(con)
    official = official[official["area_type"] == "la"]
    docs = dataset.documents(con)
    docs = docs[(docs["status"] == "ok") & docs["la_number"].notna()]

    reported = set(docs["la_number"].astype(int))
    members = councils_in_region(register, region, period=None)
    members = members[members.apply(lambda r: in_period(r, period) or int(r["la_number"]) in reported, axis=1)]
    if not len(members):
        known = sorted({r for r in register["region"] if r})
        raise ValueError(f"no councils in region {region!r}; regions: {', '.join(known)}")
    members = members.drop_duplicates("la_number")

    extracted = {(int(n), p, m): row for n, p, m, row in
                 zip(resolved["la_number"], resolved["period"], resolved["metric"], resolved.to_dict("records"))}
    official_map = {(int(n), p, m): row for n, p, m, row in
                    zip(official["la_number"], official["period"], official["metric"], official.to_dict("records"))}

    def cell(la: int, p: str | None, metric: str, only: str | None = None) -> Cell | None:
        """The report's figure, else the official one; ``only`` one source."""
        if not p:
            return None
        row = extracted.get((la, p, metric)) if only in (None, "extracted") else None
        if row:
            return Cell(float(row["value"]), _num(row["value_high"]), "extracted", f"{row['doc']} p.{row['page']}",
                        row["doc"], int(row["page"]), row.get("doc_path") or "", row.get("evidence") or "", p)
        row = official_map.get((la, p, metric)) if only in (None, "official") else None
        if row and _num(row["value"]) is not None:
            return Cell(float(row["value"]), None, "official", f"DfE {row['indicator']} {row['year']}", period=p)
        return None

    rows = []
    for _, member in members.iterrows():
        la = int(member["la_number"])
        own = docs[docs["la_number"] == la]
        p = period or (str(own["period"].max()) if len(own) and own["period"].fillna("").max() else None)
        same = own[own["period"] == p] if p else own.iloc[0:0]
        has_figures = p is not None and any((la, p, m) in extracted for m in metrics)
        status = "report" if len(same) else ("figures from other reports" if has_figures else "no report")
        row = CouncilRow(str(member["name"]), la, status, p, sorted(same["doc"]) if len(same) else [])
        for metric in [*metrics, *([] if "iro_caseload_avg" not in metrics else ["iro_caseload_total_avg"])]:
            now = cell(la, p, metric)
            back = p
            for _ in range(LOOK_BACK_YEARS if not period else 0):  # the report's latest figure for an earlier year
                back = _previous(back)
                now = now or cell(la, back, metric, only="extracted")
            row.cells[metric] = now
            # the year before, from the same kind of source (a report against a report)
            row.previous[metric] = cell(la, _previous(now.period), metric, only=now.source) if now else None
        rows.append(row)

    result = RegionSummary(region, period, metrics, rows)
    result.stats = {m: region_stats(rows, m) for m in metrics}
    for r in rows:
        position = caseload_position(r.cells.get("iro_caseload_avg"))
        if position:
            c = r.cells["iro_caseload_avg"]
            total = r.cells.get("iro_caseload_total_avg")  # dual-role IROs: LAC + CP caseload
            result.caseload_flags.append({"council": r.council, "period": c.period, "value": c.value,
                                          "high": c.high, "position": position, "cell": c,
                                          "total": total if total and total.period == c.period else None})
        for m in metrics:
            now, before = r.cells.get(m), r.previous.get(m)
            if now and before:
                result.changes.append({"council": r.council, "metric": m, "previous_period": before.period,
                                       "previous": before.value, "period": now.period, "value": now.value,
                                       "change": now.value - before.value, "before_cell": before, "now_cell": now})
    if not len(official):
        result.notes.append("No official figures loaded (`iro reference load DIR`); LAC cells show report figures only.")
    if not period:
        result.notes.append("Each council is shown for the period of its latest report in the dataset.")
    return result


def _previous(period: str | None) -> str | None:
    if not period or len(period) < 4 or not period[:4].isdigit():
        return None
    start = int(period[:4]) - 1
    return f"{start}-{(start + 1) % 100:02d}"


# -- outputs ----------------------------------------------------------------

class _Notes:
    """Numbered source references, shared by every cell on a page."""

    def __init__(self):
        self.refs: dict[str, int] = {}
        self.items: list[Cell] = []

    def ref(self, c: Cell) -> int:
        key = c.label if c.source == "official" else f"{c.label} {c.evidence}"
        if key not in self.refs:
            self.refs[key] = len(self.refs) + 1
            self.items.append(c)
        return self.refs[key]


def _chart_note(c: Cell | None, row_period: str | None) -> str:
    """'(DfE)' for an official figure, '(2013-14)' for one from an earlier year."""
    if not c:
        return ""
    parts = (["DfE"] if c.source == "official" else []) + ([c.period] if c.period != row_period else [])
    return f"({', '.join(parts)})" if parts else ""


def _ref_html(notes: _Notes, c: Cell) -> str:
    n = notes.ref(c)
    return f'<sup><a href="#src{n}">[{n}]</a></sup>'


def _unit_change(metric: str, change: float) -> str:
    sign = "+" if change > 0 else ("−" if change < 0 else "±")
    text = f"{sign}{fmt(abs(change))}"
    return text + (" pp" if metric.endswith("_pct") else "")


def _title(s: RegionSummary) -> str:
    return f"IRO network summary: {s.region}" + (f", {s.period}" if s.period else "")


def to_frame(s: RegionSummary) -> pd.DataFrame:
    records = []
    for r in s.rows:
        rec = {"council": r.council, "la_number": r.la_number, "status": r.status, "period": r.period}
        for m in s.metrics:
            c = r.cells.get(m)
            rec[m] = c.value if c else None
            rec[f"{m}_source"] = c.label if c else ""
        records.append(rec)
    return pd.DataFrame(records)


def to_markdown(s: RegionSummary) -> str:
    notes = _Notes()
    header = ["Council", "Period"] + [SHORT.get(m, m) for m in s.metrics]
    lines = [f"# {_title(s)}", ""]
    lines += [f"_{n}_" for n in s.notes] + ([""] if s.notes else [])
    lines += ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * 2 + ["--:"] * len(s.metrics)) + "|"]
    for r in s.rows:
        cells = []
        for m in s.metrics:
            c = r.cells.get(m)
            year = f" ({c.period})" if c and c.period != r.period else ""
            cells.append(f"{fmt(c.value, c.high)}{year} [{notes.ref(c)}]" if c else "—")
        period = "no report" + (f" ({r.period})" if r.period else "") if r.status == "no report" else r.period
        if r.status == "figures from other reports":
            period += " (from other reports)"
        lines.append("| " + " | ".join([r.council, period] + cells) + " |")
    for label, key in (("Regional median", "median"), ("Range", "range")):
        cells = []
        for m in s.metrics:
            st = s.stats[m]
            if not st["n"]:
                cells.append("—")
            elif key == "median":
                cells.append(f"{fmt(st['median'])} (n={st['n']})")
            else:
                cells.append(f"{fmt(st['min'])}–{fmt(st['max'])}")
        lines.append("| " + " | ".join([f"**{label}**", ""] + cells) + " |")
    lines += ["", f"## Caseload against the IRO Handbook range ({HANDBOOK_CASELOAD[0]}–{HANDBOOK_CASELOAD[1]})", ""]
    if s.caseload_flags:
        for f in s.caseload_flags:
            total = f" (combined LAC and CP caseload {fmt(f['total'].value)} [{notes.ref(f['total'])}])" if f["total"] else ""
            lines.append(f"- {f['council']} ({f['period']}): {fmt(f['value'], f['high'])} per IRO — {f['position']} "
                         f"the range [{notes.ref(f['cell'])}]{total}")
    else:
        lines.append("- No council with a stated caseload is outside the range.")
    known = [r.council for r in s.rows if r.cells.get("iro_caseload_avg")]
    lines.append(f"- Caseload stated for {len(known)} of {len(s.rows)} councils.")
    lines += ["", "## Year-on-year change", ""]
    if s.changes:
        lines += ["| Council | Figure | Before | Now | Change |", "|---|---|--:|--:|--:|"]
        for c in s.changes:
            lines.append(f"| {c['council']} | {SHORT.get(c['metric'], c['metric'])} | {fmt(c['previous'])} "
                         f"({c['previous_period']}) [{notes.ref(c['before_cell'])}] | {fmt(c['value'])} "
                         f"({c['period']}) [{notes.ref(c['now_cell'])}] | {_unit_change(c['metric'], c['change'])} |")
    else:
        lines.append("No council has the same figure for two consecutive years.")
    lines += ["", "## Sources", ""]
    for i, c in enumerate(notes.items, start=1):
        if c.source == "official":
            lines.append(f"{i}. {c.label} (official statistics, {c.period})")
        else:
            quote = f' — "{snippet(c.evidence, c.value)}"' if c.evidence else ""
            lines.append(f"{i}. {c.doc}, page {c.page}{f' ({c.path})' if c.path else ''}{quote}")
    return "\n".join(lines) + "\n"


def to_html(s: RegionSummary) -> str:
    notes = _Notes()

    def cell_html(c: Cell | None, row_period: str | None) -> str:
        if not c:
            return '<span class="missing">—</span>'
        n = notes.ref(c)
        link = source_link(c.label if c.source == "official" else f"p.{c.page}", c.path or None, c.page)
        year = f' <span class="note nowrap">({escape(c.period)})</span>' if c.period != row_period else ""
        return f'<span class="nowrap">{escape(fmt(c.value, c.high))}</span>{year} <sup><a href="#src{n}">[{n}]</a></sup><br>{link}'

    rows, classes = [], []
    for r in s.rows:
        period = f'<span class="nowrap">{escape(r.period or "—")}</span>' + (' <span class="note">(from other reports)</span>'
                                            if r.status == "figures from other reports" else "")
        if r.status == "no report":
            period = '<span class="missing nowrap">no report</span>' + (f" ({escape(r.period)})" if r.period else "")
        rows.append([escape(r.council), period] + [cell_html(r.cells.get(m), r.period) for m in s.metrics])
        classes.append("no-report" if r.status == "no report" else "")
    for label, key in (("Regional median", "median"), ("Range", "range")):
        cells = []
        for m in s.metrics:
            st = s.stats[m]
            cells.append("—" if not st["n"] else (f"{fmt(st['median'])} <span class='note'>(n={st['n']})</span>"
                         if key == "median" else escape(f"{fmt(st['min'])}–{fmt(st['max'])}")))
        rows.append([f"<b>{label}</b>", ""] + cells)
        classes.append("stat")
    parts = [f'<p class="note">{escape(n)}</p>' for n in s.notes]
    parts.append("<h2>Key figures</h2>")
    parts.append(table(["Council", "Period"] + [SHORT.get(m, m) for m in s.metrics], rows,
                       numeric=set(range(2, 2 + len(s.metrics))), row_classes=classes))

    parts.append(f"<h2>Caseload against the IRO Handbook range ({HANDBOOK_CASELOAD[0]}–{HANDBOOK_CASELOAD[1]})</h2>")
    if s.caseload_flags:
        parts.append("<ul>" + "".join(
            f"<li>{escape(f['council'])} ({escape(f['period'] or '')}): {escape(fmt(f['value'], f['high']))} per IRO — "
            f"<b>{escape(f['position'])}</b> the range <sup>[{notes.ref(f['cell'])}]</sup>"
            + (f" (combined LAC and CP caseload {escape(fmt(f['total'].value))} {_ref_html(notes, f['total'])})"
               if f["total"] else "") + "</li>"
            for f in s.caseload_flags) + "</ul>")
    else:
        parts.append("<p>No council with a stated caseload is outside the range.</p>")

    parts.append("<h2>Charts</h2>")
    for m in s.metrics:
        if not s.stats[m]["n"]:
            parts.append(f'<p class="note">{escape(dataset.metric_label(m))}: no council in the region has this '
                         "figure in the dataset.</p>")
            continue
        bars = [Bar(r.council, [r.cells[m].value if r.cells.get(m) else None],
                    [r.cells[m].high if r.cells.get(m) else None],
                    note=_chart_note(r.cells.get(m), r.period)) for r in s.rows]
        st = s.stats[m]
        median = (st["median"], f"median {fmt(st['median'])}") if st["n"] else None
        band = HANDBOOK_CASELOAD if m == "iro_caseload_avg" else None
        parts.append('<div class="figure">' + bar_chart(
            f"{dataset.metric_label(m)} ({st['n']} of {len(s.rows)} councils)", bars, [SHORT.get(m, m)],
            unit=dataset.metric_units().get(m, ""), band=band,
            band_label="IRO Handbook 50–70" if band else "", reference_line=median) + "</div>")

    parts.append("<h2>Year-on-year change</h2>")
    if s.changes:
        parts.append(table(["Council", "Figure", "Before", "Now", "Change"], [
            [escape(c["council"]), escape(SHORT.get(c["metric"], c["metric"])),
             escape(f"{fmt(c['previous'])} ({c['previous_period']}) ") + _ref_html(notes, c["before_cell"]),
             escape(f"{fmt(c['value'])} ({c['period']}) ") + _ref_html(notes, c["now_cell"]),
             escape(_unit_change(c["metric"], c["change"]))]
            for c in s.changes], numeric={2, 3, 4}))
    else:
        parts.append("<p>No council has the same figure for two consecutive years.</p>")

    items = []
    for i, c in enumerate(notes.items, start=1):
        if c.source == "official":
            text = f"{escape(c.label)} (official statistics, {escape(c.period)})"
        else:
            text = (f"{source_link(f'{c.doc}, page {c.page}', c.path or None, c.page)}"
                    + (f' — “{escape(snippet(c.evidence, c.value))}”' if c.evidence else ""))
        items.append(f'<li id="src{i}">{text}</li>')
    parts.append("<h2>Sources</h2><ol class=\"src\">" + "".join(items) + "</ol>")
    return page(_title(s), "\n".join(parts),
                f"{len(s.rows)} councils · {sum(r.status != 'no report' for r in s.rows)} with figures in the dataset"
                " · generated by iro summary")
