"""``iro benchmark``: a council beside its statistical neighbours, region and England.

For each metric there is a row for the council, each of its ten statistical
neighbours (closest first), the neighbours' median and average, its region and
England.  Each row has two sources side by side: the figure extracted from
reports (the resolved dataset, with document and page) and, for metrics mapped
to a DfE indicator, the official figure (indicator and year).  A council or
area with no figure stays in the table as missing.

Rank and quartile: 1 is the highest value (no judgement of better or worse);
the group is the council and its neighbours that have a figure from the same
source, and for official figures also every English LA.  Quartile 1 holds the
top quarter: quartile = floor(4 * (rank - 1) / n) + 1.

Neighbours come from the DfE model whose year is closest to the period (see
``reference.neighbour_model_year``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

import duckdb
import pandas as pd

from ..data import dataset

from ..data import reference
from ..data.areas import dfe_region, find_council
from .html import Bar, bar_chart, fmt, page, source_link, table

SOURCES = ("extracted", "official")
ROW_COLUMNS = ["role", "position", "area", "la_number", "extracted", "extracted_high", "extracted_source",
               "official", "official_source"]


@dataclass
class MetricBenchmark:
    metric: str
    unit: str
    rows: list[dict]  # ROW_COLUMNS
    ranks: dict[str, dict] = field(default_factory=dict)  # "extracted" / "official" / "official_england"

    @property
    def council_row(self) -> dict:
        return self.rows[0]


@dataclass
class Benchmark:
    council: str
    la_number: int
    region: str
    period: str
    model_year: int | None
    metrics: list[MetricBenchmark]
    notes: list[str] = field(default_factory=list)


def rank_of(value: float | None, values: list[float]) -> dict | None:
    """Rank (1 = highest, ties share the best rank), group size and quartile."""
    if value is None or not values:
        return None
    rank = 1 + sum(v > value for v in values)
    n = len(values)
    return {"rank": rank, "of": n, "quartile": (rank - 1) * 4 // n + 1}


def _num(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def _median(values: list[float]) -> float | None:
    return float(pd.Series(values).median()) if values else None


def _mean(values: list[float]) -> float | None:
    return round(float(pd.Series(values).mean()), 1) if values else None


class _Lookup:
    """Extracted and official figures for one period, found by area."""

    def __init__(self, resolved: pd.DataFrame, official: pd.DataFrame, period: str):
        self.extracted: dict[tuple, dict] = {}
        for row in resolved[resolved["period"] == period].to_dict("records"):
            if not pd.isna(row["la_number"]):
                self.extracted[(int(row["la_number"]), row["metric"], row["comparator"])] = row
        official = official[official["period"] == period]
        self.official = {(k, m): row for k, m, row in
                         zip(reference.area_keys(official), official["metric"], official.to_dict("records"))}

    def ext(self, la: int, metric: str, comparator: str = "la") -> tuple:
        row = self.extracted.get((la, metric, comparator))
        if not row:
            return None, None, ""
        return _num(row["value"]), _num(row["value_high"]), f"{row['doc']} p.{row['page']}"

    def off(self, key: str | None, metric: str) -> tuple:
        row = self.official.get((key, metric))
        if not row or _num(row["value"]) is None:
            return None, ""
        return _num(row["value"]), f"DfE {row['indicator']} {row['year']}"

    def official_la_values(self, metric: str) -> list[float]:
        return [_num(r["value"]) for (k, m), r in self.official.items()
                if m == metric and k.startswith("la:") and _num(r["value"]) is not None]


def default_period(con: duckdb.DuckDBPyConnection, la: int, resolved: pd.DataFrame, official: pd.DataFrame) -> str:
    """The council's latest report period; else its latest extracted or official period."""
    docs = dataset.documents(con)
    docs = docs[(docs["la_number"] == la) & (docs["status"] == "ok") & (docs["period"].fillna("") != "")]
    if len(docs):
        return str(docs["period"].max())
    own = resolved[resolved["la_number"] == la]
    if len(own):
        return str(own["period"].max())
    if len(official):
        return str(official[official["la_number"] == la]["period"].max())
    raise ValueError("no figures for this council; pass --period")


def build(con: duckdb.DuckDBPyConnection, council: str, period: str | None = None,
          metrics: list[str] | None = None) -> Benchmark:
    register = dataset.council_register(con)
    entry = find_council(register, council)
    if entry is None:
        raise ValueError(f"unknown council {council!r} (use a name from patterns/councils.csv or a DfE LA number)")
    la, name, region = int(entry["la_number"]), str(entry["name"]), str(entry["region"])
    names = dict(zip(register["la_number"], register["name"]))
    resolved = dataset.resolved(con)
    official = reference.official(con)
    period = period or default_period(con, la, resolved, official)
    model_year, neighbours = reference.neighbours(con, la, period)
    look = _Lookup(resolved, official, period)

    units = dataset.metric_units()
    if not metrics:
        found = {m for (n, m, _c) in look.extracted if n == la} | {m for (_k, m) in look.official}
        metrics = [m for m in units if m in found] + sorted(found - set(units))
    result = Benchmark(name, la, region, period, model_year, [])
    if model_year is None:
        result.notes.append("No statistical neighbours: load the DfE files with `iro reference load DIR`.")
    elif not len(neighbours):
        result.notes.append(f"{name} is not in the {model_year} statistical neighbour model.")
    if not len(official):
        result.notes.append("No official figures: load the DfE files with `iro reference load DIR`.")
    region_area = f"region:{dfe_region(region)}"

    for metric in metrics:
        rows = []

        def add(role, position, area, la_number, ext=(None, None, ""), off=(None, "")):
            rows.append(dict(zip(ROW_COLUMNS, (role, position, area, la_number, ext[0], ext[1], ext[2],
                                               off[0], off[1]))))

        add("council", 0, name, la, look.ext(la, metric), look.off(f"la:{la}", metric))
        for _, nb in neighbours.iterrows():
            n = int(nb["neighbour"])
            add("neighbour", int(nb["rank"]), names.get(n, str(n)), n,
                look.ext(n, metric), look.off(f"la:{n}", metric))
        nb_rows = [r for r in rows if r["role"] == "neighbour"]
        ext_vals = [r["extracted"] for r in nb_rows if r["extracted"] is not None]
        off_vals = [r["official"] for r in nb_rows if r["official"] is not None]
        n_nb = len(nb_rows)
        add("neighbours_median", None, "Neighbours' median",
            None, (_median(ext_vals), None, f"median of {len(ext_vals)} of {n_nb}" if ext_vals else ""),
            (_median(off_vals), f"median of {len(off_vals)} of {n_nb}" if off_vals else ""))
        add("neighbours_average", None, "Neighbours' average", None, look.ext(la, metric, "statistical_neighbours"),
            (_mean(off_vals), f"mean of {len(off_vals)} of {n_nb}" if off_vals else ""))
        add("region", None, region, None, look.ext(la, metric, "region"), look.off(region_area, metric))
        add("england", None, "England", None, look.ext(la, metric, "england"), look.off("england", metric))

        mb = MetricBenchmark(metric, units.get(metric, ""), rows)
        group = [rows[0]] + nb_rows
        for source in SOURCES:
            values = [r[source] for r in group if r[source] is not None]
            mb.ranks[source] = rank_of(rows[0][source], values)
        mb.ranks["official_england"] = rank_of(rows[0]["official"], look.official_la_values(metric))
        result.metrics.append(mb)
    return result


# -- outputs ----------------------------------------------------------------

def to_frame(b: Benchmark) -> pd.DataFrame:
    """Every row of every metric, with the council's ranks on its own row."""
    records = []
    for mb in b.metrics:
        for row in mb.rows:
            rec = {"council": b.council, "period": b.period, "metric": mb.metric, "unit": mb.unit, **row}
            for key in ("extracted", "official", "official_england"):
                rank = mb.ranks.get(key) if row["role"] == "council" else None
                for part in ("rank", "of", "quartile"):
                    rec[f"{part}_{key}"] = rank[part] if rank else None
            records.append(rec)
    data = pd.DataFrame(records)
    for column in [c for c in data.columns if c.startswith(("rank_", "of_", "quartile_")) or c in ("la_number", "position")]:
        data[column] = data[column].astype("Int64")
    return data


def role_label(row: dict) -> str:
    return {"council": "council", "neighbour": f"neighbour {row['position']}", "neighbours_median": "median",
            "neighbours_average": "average", "region": "region", "england": "England"}[row["role"]]


def rank_text(mb: MetricBenchmark) -> str:
    parts = []
    for key, label in (("extracted", "extracted"), ("official", "official"), ("official_england", "official, all England LAs")):
        r = mb.ranks.get(key)
        parts.append(f"{label}: {r['rank']} of {r['of']} (quartile {r['quartile']})" if r else f"{label}: —")
    return "Rank (1 = highest) — " + "; ".join(parts)


def to_rich(b: Benchmark) -> list:
    from rich.table import Table

    tables = []
    for mb in b.metrics:
        t = Table(title=f"{dataset.metric_label(mb.metric)} ({mb.metric}, {mb.unit}) — {b.council} {b.period}",
                  caption=rank_text(mb), title_justify="left", caption_justify="left")
        for column, justify in (("Area", "left"), ("", "left"), ("Extracted", "right"), ("Source", "left"),
                                ("Official", "right"), ("Source ", "left")):
            t.add_column(column, justify=justify)
        for row in mb.rows:
            style = "bold red" if row["role"] == "council" else ("italic" if row["la_number"] is None else None)
            t.add_row(row["area"], role_label(row), fmt(row["extracted"], row["extracted_high"]),
                      row["extracted_source"], fmt(row["official"]), row["official_source"], style=style)
        tables.append(t)
    return tables


def to_html(b: Benchmark, doc_paths: dict[str, str] | None = None) -> str:
    doc_paths = doc_paths or {}
    neighbours = f"DfE {b.model_year} statistical neighbour model" if b.model_year else "no neighbour model loaded"
    parts = [f'<p class="note">Each metric: {escape(b.council)} beside its ten statistical neighbours '
             f"({escape(neighbours)}), their median and average, {escape(b.region)} and England. "
             "Dark bars are figures extracted from IRO reports (document and page given); orange bars are "
             "official DfE figures where a DfE indicator means the same thing. Rank 1 is the highest value.</p>"]
    parts += [f'<p class="note">{escape(n)}</p>' for n in b.notes]
    for mb in b.metrics:
        totals = mb.unit in dataset.COUNT_UNITS  # a region's count is not comparable with a council's
        bars = [Bar(r["area"], [r["extracted"], r["official"]], [r["extracted_high"], None],
                    highlight=r["role"] == "council",
                    note="(region)" if r["role"] == "region" else "",
                    off_scale=totals and r["role"] in ("region", "england"))
                for r in mb.rows]
        title = f"{dataset.metric_label(mb.metric)} — {b.period}"
        chart = bar_chart(title, bars, ["extracted from reports", "official (DfE)"], unit=mb.unit)
        rows = []
        for r in mb.rows:
            rows.append([escape(r["area"]), escape(role_label(r)),
                         escape(fmt(r["extracted"], r["extracted_high"])), _source_cell(r["extracted_source"], doc_paths),
                         escape(fmt(r["official"])), f'<span class="src">{escape(r["official_source"])}</span>'])
        parts.append(f'<section class="metric" id="{escape(mb.metric)}"><h2>{escape(dataset.metric_label(mb.metric))} '
                     f'<span class="note">({escape(mb.metric)}, {escape(mb.unit)})</span></h2>'
                     f'<div class="figure">{chart}</div><p class="note">{escape(rank_text(mb))}</p>'
                     + table(["Area", "", "Extracted", "Source", "Official", "Source"], rows, numeric={2, 4},
                             row_classes=["highlight" if r["role"] == "council" else "" for r in mb.rows])
                     + "</section>")
    if not b.metrics:
        parts.append('<p class="missing">No figures for this council and period.</p>')
    return page(f"{b.council} benchmark, {b.period}", "\n".join(parts),
                f"DfE LA {b.la_number} · {b.region} · generated by iro benchmark")


def _source_cell(source: str, doc_paths: dict[str, str]) -> str:
    """'doc p.3' as a link to that page of the PDF when its path is known."""
    if " p." not in source:
        return f'<span class="src">{escape(source)}</span>'
    doc, page_no = source.rsplit(" p.", 1)
    return source_link(source, doc_paths.get(doc), int(page_no))


def doc_paths(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    docs = dataset.documents(con)
    return dict(zip(docs["doc"], docs["path"]))
