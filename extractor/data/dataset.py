"""The cross-council dataset: every observation, one resolved value, conflicts.

All of it is SQL views over the ``figures`` and ``documents`` tables that
``store.save_to_db`` writes, so the database file can be queried directly:

- ``observations``: every extracted figure with its document's council,
  region, reporting period and kind, and ``council_key`` (the DfE LA number,
  or the council name when the number is unknown).
- ``observation_pairs``: each pair of observations of the same council,
  period, metric and comparator, and whether their values ``agree``.
- ``ranked_observations``: observations with ``support`` (how many agree with
  it, itself included) and ``preference`` (1 = chosen) within each council,
  period, metric and comparator.
- ``resolved``: one row per council, period, metric and comparator, the
  preferred observation, with ``sources`` (every observation that agrees with
  it) and ``conflict`` (some observation disagrees).
- ``conflicts``: every observation of a council/period/metric/comparator whose
  observations disagree, with value, document, page and evidence; with review
  decisions, also the tool's figure wherever a review corrected or rejected it
  (column ``review`` says what the reviewer did).

Review decisions (``iro review``, ``reviews.py``) come first: a rejected
figure is left out, a corrected one carries the reviewed value, an added one
is an observation with method ``review``; each is confident, confidence 1.

Resolution order: highest confidence; then table over text over OCR; then
the document whose own reporting period is the figure's period (a report
is the authority on its own year); then the value most observations agree
with; then the later report (a revised outturn); then document id and page,
so the choice is stable.

Two values agree when they are equal after rounding both to the precision of
the less precise one (98.9 and 99 agree; 35.0 and 36.0 do not).  A range
agrees with a range only when both ends agree.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from .areas import load_project_register, merge_registers
from . import reviews
from .db import has_column, has_table

VIEW_SQL = """
CREATE OR REPLACE {temp} VIEW observations AS
WITH joined AS (
    SELECT
        f.doc, f.sha256, f.page,
        COALESCE(NULLIF(f.council, ''), d.council) AS council,
        CAST(COALESCE(f.la_number, d.la_number) AS INTEGER) AS la_number,
        COALESCE(CAST(COALESCE(f.la_number, d.la_number) AS VARCHAR),
                 lower(trim(COALESCE(NULLIF(f.council, ''), d.council)))) AS council_key,
        d.region, f.period, f.metric, f.comparator,
        CAST(f.value AS DOUBLE) AS value, CAST(f.value_high AS DOUBLE) AS value_high, f.unit,
        f.evidence, f.method, CAST(f.confidence AS DOUBLE) AS confidence, f.rule, {status} AS status,
        d.period AS doc_period, d.kind AS doc_kind, d.path AS doc_path,
        -- decimal places shown, for "differs by more than rounding"
        CASE WHEN abs(f.value - round(f.value)) < 1e-6 THEN 0
             WHEN abs(f.value * 10 - round(f.value * 10)) < 1e-6 THEN 1
             WHEN abs(f.value * 100 - round(f.value * 100)) < 1e-6 THEN 2 ELSE 3 END AS decimals
    FROM {figures} f  -- figures, or reviewed_figures: decisions applied (data/reviews.py)
    LEFT JOIN documents d
      ON (f.sha256 <> '' AND d.sha256 = f.sha256) OR (f.sha256 = '' AND d.sha256 = '' AND d.doc = f.doc)
    WHERE {which}
)
SELECT *, ROW_NUMBER() OVER (PARTITION BY council_key, period, metric, comparator
                             ORDER BY doc, page, value, value_high, evidence, method, rule) AS obs_id
FROM joined;

CREATE OR REPLACE {temp} VIEW observation_pairs AS
SELECT a.council_key, a.period, a.metric, a.comparator, a.obs_id AS id_a, b.obs_id AS id_b,
       abs(round(a.value, least(a.decimals, b.decimals)) - round(b.value, least(a.decimals, b.decimals))) < 1e-6
       AND ((a.value_high IS NULL AND b.value_high IS NULL)
            OR abs(round(a.value_high, least(a.decimals, b.decimals))
                   - round(b.value_high, least(a.decimals, b.decimals))) < 1e-6)
         AS agree
FROM observations a
JOIN observations b USING (council_key, period, metric, comparator);

CREATE OR REPLACE {temp} VIEW ranked_observations AS
WITH support AS (
    SELECT council_key, period, metric, comparator, id_a AS obs_id, count(*) FILTER (WHERE agree) AS support
    FROM observation_pairs GROUP BY ALL
)
SELECT o.*, s.support,
    ROW_NUMBER() OVER (
        PARTITION BY o.council_key, o.period, o.metric, o.comparator
        ORDER BY o.confidence DESC NULLS LAST,
                 CASE o.method WHEN 'table' THEN 0 WHEN 'text' THEN 1 ELSE 2 END,
                 CASE WHEN o.period = o.doc_period THEN 0 ELSE 1 END,
                 s.support DESC, o.doc_period DESC NULLS LAST, o.obs_id
    ) AS preference
FROM observations o
JOIN support s USING (council_key, period, metric, comparator, obs_id);

CREATE OR REPLACE {temp} VIEW conflicts AS
WITH chosen AS (
    SELECT council_key, period, metric, comparator, obs_id AS chosen_id
    FROM ranked_observations WHERE preference = 1
), disputed AS (
    SELECT DISTINCT council_key, period, metric, comparator
    FROM observation_pairs WHERE id_a < id_b AND NOT agree
), tool AS (
SELECT r.council, r.la_number, r.region, r.period, r.metric, r.comparator,
       r.value, r.value_high, r.unit, r.doc, r.page, r.method, r.confidence,
       r.doc_period, r.preference, r.preference = 1 AS chosen,
       p.agree AS agrees_with_chosen, r.evidence, r.council_key
FROM ranked_observations r
JOIN disputed USING (council_key, period, metric, comparator)
JOIN chosen USING (council_key, period, metric, comparator)
JOIN observation_pairs p
  ON p.council_key = r.council_key AND p.period = r.period AND p.metric = r.metric
 AND p.comparator = r.comparator AND p.id_a = chosen.chosen_id AND p.id_b = r.obs_id
)
SELECT * FROM tool {overrides}
ORDER BY council, period, metric, comparator, preference;

CREATE OR REPLACE {temp} VIEW resolved AS
WITH chosen AS (
    SELECT * FROM ranked_observations WHERE preference = 1
), support AS (
    SELECT c.council_key, c.period, c.metric, c.comparator,
           string_agg(o.doc || ' p.' || o.page, '; ' ORDER BY o.preference) FILTER (WHERE p.agree) AS sources,
           count(*) FILTER (WHERE p.agree) AS n_sources,
           count(DISTINCT o.doc) FILTER (WHERE p.agree) AS n_documents,
           count(*) FILTER (WHERE NOT p.agree) AS n_disagree
    FROM chosen c
    JOIN observation_pairs p
      ON p.council_key = c.council_key AND p.period = c.period AND p.metric = c.metric
     AND p.comparator = c.comparator AND p.id_a = c.obs_id
    JOIN ranked_observations o
      ON o.council_key = p.council_key AND o.period = p.period AND o.metric = p.metric
     AND o.comparator = p.comparator AND o.obs_id = p.id_b
    GROUP BY ALL
)
SELECT c.council, c.la_number, c.region, c.period, c.metric, c.comparator,
       c.value, c.value_high, c.unit, s.sources, s.n_sources, s.n_documents,
       s.n_disagree > 0 AS conflict,
       c.doc, c.page, c.method, c.confidence, c.evidence, c.doc_path, c.council_key
FROM chosen c
JOIN support s USING (council_key, period, metric, comparator);
"""

LONG_COLUMNS = ["council", "la_number", "region", "period", "metric", "comparator", "value",
                "value_high", "unit", "sources", "conflict", "n_sources", "doc", "page", "evidence"]


def create_views(con: duckdb.DuckDBPyConnection, temp: bool = False, everything: bool = False) -> None:
    """(Re)define the dataset views; ``temp`` for a read-only connection.

    The views hold the confident figures only (a database from before statuses
    counts every figure as confident); ``everything`` adds those left to check.
    """
    if not (has_table(con, "figures") and has_table(con, "documents")):
        return
    status = "COALESCE(f.status, 'confident')" if has_column(con, "figures", "status") else "'confident'"
    which = "TRUE" if everything else f"{status} = 'confident'"
    # review decisions (iro review), when there are any: figures with them applied, and
    # conflicts that also list where a review overrode the tool (column ``review``)
    reviewed = reviews.create_review_views(con, temp=temp)
    overrides = "UNION ALL BY NAME SELECT * FROM review_overrides" if reviewed else ""
    con.execute(VIEW_SQL.format(temp="TEMP" if temp else "", status=status, which=which,
                                figures=reviewed or "figures", overrides=overrides))


def unsure_count(con: duckdb.DuckDBPyConnection) -> int:
    """Figures left out of the dataset views as "to check"."""
    if not (has_table(con, "figures") and has_column(con, "figures", "status")):
        return 0
    if reviews.has_reviews(con):  # a reviewed figure is no longer left to check
        return reviews.open_to_check(con)
    return con.execute("SELECT count(*) FROM figures WHERE status = 'to check'").fetchone()[0]


def left_out_note(con: duckdb.DuckDBPyConnection, everything: bool) -> str:
    """What every dataset output says about the figures it leaves out."""
    n = unsure_count(con)
    if everything:
        return f"{n} figures marked 'to check' are included (--all)." if n else ""
    return f"{n} figures marked 'to check' are left out; --all includes them." if n else ""


def connect(db_path: Path, everything: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the dataset read-only, with the views of this version of the code;
    ``everything`` includes the figures marked "to check"."""
    if not Path(db_path).exists():
        raise FileNotFoundError(f"no database at {db_path}; run `iro extract ... --db {db_path}` first")
    con = duckdb.connect(str(db_path), read_only=True)
    create_views(con, temp=True, everything=everything)
    from .reference import create_official_views  # the reference views build on these

    create_official_views(con, temp=True)
    return con


def frame(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    return con.execute(sql, params or []).fetchdf()


def council_register(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Council register: the project's, plus any LA only the loaded DfE register has."""
    official = None
    if has_table(con, "ref_la_register"):
        official = frame(con, "SELECT la_number, name, region FROM ref_la_register WHERE area_type = 'la'")
    return merge_registers(load_project_register(), official)


def resolved(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    if not has_table(con, "figures"):
        return pd.DataFrame(columns=LONG_COLUMNS)
    return frame(con, "SELECT * FROM resolved ORDER BY council, period, metric, comparator")


def conflicts(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    if not has_table(con, "figures"):
        return pd.DataFrame()
    return frame(con, "SELECT * EXCLUDE (council_key) FROM conflicts")


def documents(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    if not has_table(con, "documents"):
        return pd.DataFrame(columns=["doc", "path", "sha256", "council", "la_number", "region", "period", "kind", "status"])
    return frame(con, "SELECT * FROM documents ORDER BY council, period, doc")


def long_form(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The resolved dataset, long: names and regions from the register."""
    data = resolved(con)
    reg = council_register(con).drop_duplicates("la_number").set_index("la_number")
    if len(data) and len(reg):
        known = data["la_number"].isin(reg.index)
        numbers = data.loc[known, "la_number"]
        data.loc[known, "council"] = numbers.map(reg["name"]).values
        data.loc[known, "region"] = numbers.map(reg["region"]).values
    from .reference import official_beside

    data = official_beside(con, data)
    data["la_number"] = data["la_number"].astype("Int64")
    data["page"] = data["page"].astype("Int64")
    return data[LONG_COLUMNS + ["official_value", "official_indicator"]].reset_index(drop=True)


def wide_form(long: pd.DataFrame) -> pd.DataFrame:
    """One row per council and period; a column per metric (``metric`` for the
    council's own figure, ``metric__comparator`` for comparators, ``_high`` for
    the top of a range)."""
    keys = ["council", "la_number", "region", "period"]
    if not len(long):
        return pd.DataFrame(columns=keys)
    data = long.copy()
    data["column"] = data["metric"].where(data["comparator"] == "la", data["metric"] + "__" + data["comparator"])
    data[keys] = data[keys].astype(object).where(data[keys].notna(), "")
    values = data.pivot_table(index=keys, columns="column", values="value", aggfunc="first")
    highs = data.dropna(subset=["value_high"])
    if len(highs):
        high = highs.pivot_table(index=keys, columns="column", values="value_high", aggfunc="first")
        values = values.join(high.add_suffix("_high"))
    values = values[sorted(values.columns)].reset_index()
    values.columns.name = None
    values["la_number"] = pd.to_numeric(values["la_number"], errors="coerce").astype("Int64")
    return values


def export(con: duckdb.DuckDBPyConnection, out_dir: Path, fmt: str) -> list[Path]:
    """Write dataset_long, dataset_wide and conflicts in ``fmt`` (csv, parquet, json)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    long = long_form(con)
    frames = {"dataset_long": long, "dataset_wide": wide_form(long), "conflicts": conflicts(con)}
    written = []
    for name, data in frames.items():
        path = out_dir / f"{name}.{fmt}"
        if fmt == "csv":
            data.to_csv(path, index=False)
        elif fmt == "parquet":
            data.to_parquet(path, index=False)
        elif fmt == "json":
            data.to_json(path, orient="records", indent=1, force_ascii=False)
        else:
            raise ValueError(f"unknown format {fmt!r}: use csv, parquet or json")
        written.append(path)
    return written


# -- metric vocabulary (for ordering and labels) ------------------------------

METRIC_LABELS = {
    "cla_count": "Children looked after", "cla_rate_per_10k": "Children looked after per 10,000",
    "cla_starts": "Children starting care", "cla_starts_rate_per_10k": "Starts per 10,000",
    "cp_count": "Child protection plans", "uasc_count": "UASC looked after", "iro_fte": "IROs (FTE)",
    "iro_caseload_avg": "IRO caseload (LAC)", "iro_caseload_cp_avg": "IRO caseload (CP)",
    "iro_caseload_total_avg": "IRO caseload (total)", "cla_reviews_held": "Reviews held",
    "cla_reviews_in_timescale_pct": "Reviews in timescale %",
    "cla_reviews_out_of_timescale": "Reviews out of timescale",
    "child_participation_pct": "Child participation %", "parent_participation_pct": "Parent participation %",
    "iro_visits": "IRO visits", "drp_count": "Disputes (DRP)", "drp_formal_count": "Formal DRP",
    "case_alerts": "Case alerts / escalations", "care_plan_up_to_date_pct": "Care plan up to date %",
    "pep_up_to_date_pct": "PEP up to date %", "pathway_plan_up_to_date_pct": "Pathway plan up to date %",
    "s20_pct": "Section 20 %",
}


COUNT_UNITS = {"children", "reviews", "disputes", "alerts", "visits", "fte"}


def metric_units() -> dict[str, str]:
    """Metric -> unit, in vocabulary order (the checked patterns/metrics.toml)."""
    from ..figures.patterns import metrics

    return {m.id: m.unit for m in metrics().values()}


def metric_label(metric: str) -> str:
    return METRIC_LABELS.get(metric, metric.replace("_", " "))
