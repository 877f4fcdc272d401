"""Review decisions: the ``reviews`` table, the views that apply it, gold export.

A person checking figures (``iro review``) accepts, corrects or rejects a
figure, or adds one the tool missed.  Each decision is one row of ``reviews``,
keyed by the document's sha256 and the figure's identity as the tool gave it
(metric, period, comparator, value, page, evidence), so it survives a
re-extraction of the same bytes, by any version of the tool, as long as the
tool still finds that figure.  One current decision per figure: a new one
replaces the old, in one transaction.

Views (defined beside the dataset views, see ``dataset.create_views``):

- ``reviewed_figures``: ``figures`` with the decisions applied: rejected
  figures dropped, corrected values in place, added figures in (method
  ``review``); a reviewed figure is ``confident`` with confidence 1.
- ``review_overrides``: the tool's figure wherever a review corrected or
  rejected it, in the columns of ``conflicts`` plus ``review`` (what the
  reviewer did); ``conflicts`` includes these rows.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd

from .db import has_column, has_table

ACTIONS = ("accept", "correct", "reject", "add")
REASONS = {
    "not_a_figure": "not a figure",
    "standard_or_target": "a standard or target",
    "wrong_year": "wrong year",
    "wrong_measure": "wrong measure",
    "other": "other",
}
COMPARATORS = ("la", "statistical_neighbours", "england", "region")
PERIOD = re.compile(r"^(\d{4})-(\d{2})$")

REVIEWS_SQL = """
CREATE TABLE IF NOT EXISTS reviews (
    id VARCHAR NOT NULL,          -- this decision
    figure_key VARCHAR NOT NULL,  -- figure_key() of the identity below
    sha256 VARCHAR NOT NULL,      -- the document's bytes
    doc VARCHAR,                  -- its id when reviewed (for people; matching uses sha256)
    metric VARCHAR, period VARCHAR, comparator VARCHAR, value DOUBLE, value_high DOUBLE,
    page INTEGER, evidence VARCHAR,  -- the figure as the tool gave it (an added one: as added)
    action VARCHAR NOT NULL,      -- accept, correct, reject, add
    new_metric VARCHAR, new_period VARCHAR, new_comparator VARCHAR,
    new_value DOUBLE, new_value_high DOUBLE, new_unit VARCHAR,  -- the reviewed figure (correct, add)
    reason VARCHAR,               -- reject: one of REASONS
    note VARCHAR,
    reviewer VARCHAR,
    reviewed_at TIMESTAMP,
    tool_version VARCHAR
)
"""

# a figure row matches a decision on its document's bytes and its identity
_MATCH = """r.sha256 = f.sha256 AND r.metric = f.metric AND r.period IS NOT DISTINCT FROM f.period
    AND r.comparator = f.comparator AND abs(r.value - f.value) < 1e-6
    AND r.page IS NOT DISTINCT FROM f.page AND r.evidence IS NOT DISTINCT FROM f.evidence"""


class ReviewError(ValueError):
    """A decision that cannot be recorded: bad input (400), unknown figure (404), stale (409)."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def figure_key(sha256: str, metric: str, period: str | None, comparator: str, value: float,
               page: int | None, evidence: str | None) -> str:
    """A short stable id for a figure's identity (what decisions are matched on)."""
    ident = [sha256, metric, period or "", comparator, round(float(value), 6),
             None if page is None or pd.isna(page) else int(page), evidence or ""]
    return hashlib.sha1(json.dumps(ident).encode()).hexdigest()[:20]


def ensure_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(REVIEWS_SQL)


def has_reviews(con: duckdb.DuckDBPyConnection) -> bool:
    return has_table(con, "reviews")


# -- views ---------------------------------------------------------------------

def create_review_views(con: duckdb.DuckDBPyConnection, temp: bool = False) -> str | None:
    """Define ``reviewed_figures`` and ``review_overrides``; returns the relation the dataset
    reads figures from (``reviewed_figures``), or None without a ``reviews`` table."""
    if not has_reviews(con):
        return None
    kind = "TEMP" if temp else ""
    columns = [r[0] for r in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = 'figures' AND database_name = current_database() "
        "ORDER BY column_index").fetchall()]
    status = "f.status" if "status" in columns else "'confident'"
    reviewed = {
        "metric": "COALESCE(r.new_metric, f.metric)", "period": "COALESCE(r.new_period, f.period)",
        "comparator": "COALESCE(r.new_comparator, f.comparator)",
        "value": "COALESCE(r.new_value, f.value)",
        "value_high": "CASE WHEN r.action = 'correct' THEN r.new_value_high ELSE f.value_high END",
        "unit": "COALESCE(r.new_unit, f.unit)",
        "confidence": "CASE WHEN r.action IS NULL THEN f.confidence ELSE 1.0 END",
        "status": f"CASE WHEN r.action IS NULL THEN {status} ELSE 'confident' END",
    }
    select = ", ".join(f"{reviewed.get(c, 'f.' + c)} AS \"{c}\"" for c in columns)
    if "status" not in columns:
        select += f", {reviewed['status']} AS status"
    con.execute(f"""
CREATE OR REPLACE {kind} VIEW reviewed_figures AS
SELECT {select}, r.action AS review
FROM figures f
LEFT JOIN reviews r ON {_MATCH}  -- an 'add' the tool now finds too counts as accepted
WHERE r.action IS DISTINCT FROM 'reject'
UNION ALL BY NAME
SELECT d.doc, d.council, d.la_number, r.new_period AS period, r.new_metric AS metric,
       r.new_comparator AS comparator, r.new_value AS value, r.new_value_high AS value_high,
       r.new_unit AS unit, r.page, r.evidence, 'review' AS method, 1.0 AS confidence,
       'review by ' || COALESCE(r.reviewer, '') AS rule, 'confident' AS status, '' AS signals,
       r.sha256, 'add' AS review
FROM reviews r JOIN documents d ON d.sha256 = r.sha256
WHERE r.action = 'add' AND NOT EXISTS (SELECT 1 FROM figures f WHERE {_MATCH})
""")
    con.execute(f"""
CREATE OR REPLACE {kind} VIEW review_overrides AS
SELECT COALESCE(NULLIF(f.council, ''), d.council) AS council,
       CAST(COALESCE(f.la_number, d.la_number) AS INTEGER) AS la_number, d.region,
       f.period, f.metric, f.comparator, CAST(f.value AS DOUBLE) AS value,
       CAST(f.value_high AS DOUBLE) AS value_high, f.unit, f.doc, f.page, f.method,
       CAST(f.confidence AS DOUBLE) AS confidence, d.period AS doc_period,
       CAST(NULL AS BIGINT) AS preference, FALSE AS chosen, FALSE AS agrees_with_chosen, f.evidence,
       COALESCE(CAST(COALESCE(f.la_number, d.la_number) AS VARCHAR),
                lower(trim(COALESCE(NULLIF(f.council, ''), d.council)))) AS council_key,
       CASE r.action
         WHEN 'reject' THEN 'rejected (' || COALESCE(r.reason, '') || ')'
         ELSE 'corrected to ' || r.new_metric || ' ' || r.new_period || ' ' || r.new_comparator || ' '
              || printf('%g', r.new_value)
              || COALESCE('-' || printf('%g', r.new_value_high), '')
       END || ' by ' || COALESCE(r.reviewer, '?') AS review
FROM figures f
JOIN reviews r ON r.action IN ('correct', 'reject') AND {_MATCH}
LEFT JOIN documents d ON d.sha256 = f.sha256
""")
    return "reviewed_figures"


# -- reading -------------------------------------------------------------------

def documents_overview(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every document with its figures confident / to check / reviewed counts."""
    reviews = has_reviews(con)
    status = "f.status" if has_column(con, "figures", "status") else "'confident'"
    reviewed = f"count(*) FILTER (WHERE EXISTS (SELECT 1 FROM reviews r WHERE {_MATCH}))" if reviews else "0"
    added = ("(SELECT count(*) FROM reviews r WHERE r.sha256 = d.sha256 AND r.action = 'add')"
             if reviews else "0")
    return con.execute(f"""
WITH counts AS (
    SELECT f.sha256, count(*) AS n_figures,
           count(*) FILTER (WHERE COALESCE({status}, 'confident') = 'confident') AS n_confident,
           count(*) FILTER (WHERE {status} = 'to check') AS n_to_check,
           {reviewed} AS n_reviewed,
           count(*) FILTER (WHERE {status} = 'to check'
                            {f"AND NOT EXISTS (SELECT 1 FROM reviews r WHERE {_MATCH})" if reviews else ""})
             AS n_open
    FROM figures f GROUP BY f.sha256
)
SELECT d.doc, d.sha256, d.path, d.pages, d.council, d.la_number, d.region, d.period, d.kind,
       d.status, d.error, d.warnings,
       COALESCE(c.n_figures, 0) AS n_figures, COALESCE(c.n_confident, 0) AS n_confident,
       COALESCE(c.n_to_check, 0) AS n_to_check, COALESCE(c.n_reviewed, 0) AS n_reviewed,
       COALESCE(c.n_open, 0) AS n_open, {added} AS n_added
FROM documents d LEFT JOIN counts c ON c.sha256 = d.sha256
ORDER BY d.council, d.period, d.doc
""").fetchdf()


def document(con: duckdb.DuckDBPyConnection, sha256: str) -> dict | None:
    rows = con.execute("SELECT * FROM documents WHERE sha256 = ? LIMIT 1", [sha256]).fetchdf()
    return None if rows.empty else _clean(rows.iloc[0].to_dict())


def _clean(row: dict) -> dict:
    """NaN/NA -> None, numpy scalars -> Python, for JSON and templates."""
    out = {}
    for k, v in row.items():
        if v is None or (not isinstance(v, (str, list, dict)) and pd.isna(v)):
            out[k] = None
        elif hasattr(v, "item"):
            out[k] = v.item()
        elif isinstance(v, (pd.Timestamp, datetime)):
            out[k] = v.isoformat(timespec="seconds")
        else:
            out[k] = v
    return out


def decisions(con: duckdb.DuckDBPyConnection, sha256: str) -> dict[str, dict]:
    """figure_key -> the current decision, for one document."""
    if not has_reviews(con):
        return {}
    rows = con.execute("SELECT * FROM reviews WHERE sha256 = ?", [sha256]).fetchdf()
    return {r["figure_key"]: _clean(r) for r in rows.to_dict("records")}


def figures_for_review(con: duckdb.DuckDBPyConnection, sha256: str) -> list[dict]:
    """A document's figures as the tool gave them, each with its ``key`` and ``decision``
    (None when not reviewed), plus the added ones; "to check" first, then by page."""
    rows = con.execute("SELECT * FROM figures WHERE sha256 = ?", [sha256]).fetchdf()
    made = decisions(con, sha256)
    out = []
    for row in rows.to_dict("records"):
        fig = _clean(row)
        fig["status"] = fig.get("status") or "confident"
        fig["key"] = figure_key(sha256, fig["metric"], fig["period"], fig["comparator"], fig["value"],
                                fig["page"], fig["evidence"])
        fig["decision"] = made.pop(fig["key"], None)
        fig["added"] = False
        out.append(fig)
    for key, d in made.items():
        if d["action"] != "add":
            continue  # a decision on a figure the tool no longer finds
        out.append({"key": key, "doc": d["doc"], "metric": d["new_metric"], "period": d["new_period"],
                    "comparator": d["new_comparator"], "value": d["new_value"], "value_high": d["new_value_high"],
                    "unit": d["new_unit"], "page": d["page"], "evidence": d["evidence"], "method": "review",
                    "confidence": None, "rule": "", "status": "added", "signals": "", "decision": d,
                    "added": True})
    order = {"to check": 0, "confident": 1, "added": 2}
    out.sort(key=lambda f: (order.get(f["status"], 1), f["page"] or 0, f["metric"], f["period"] or "",
                            f["comparator"], f["value"]))
    return out


def orphan_decisions(con: duckdb.DuckDBPyConnection, sha256: str) -> int:
    """Decisions on figures the current extraction no longer has (kept, not applied)."""
    if not has_reviews(con):
        return 0
    return con.execute(f"""SELECT count(*) FROM reviews r WHERE r.sha256 = ? AND r.action <> 'add'
        AND NOT EXISTS (SELECT 1 FROM figures f WHERE {_MATCH})""", [sha256]).fetchone()[0]


# -- writing -------------------------------------------------------------------

@dataclass
class Change:
    """The reviewed figure's fields for ``correct`` and ``add``."""

    metric: str
    period: str
    comparator: str
    value: float
    value_high: float | None = None
    unit: str = ""
    page: int | None = None
    evidence: str = ""
    extra: dict = field(default_factory=dict)


def parse_number(text: str | None, what: str, required: bool = True) -> float | None:
    text = (text or "").strip().replace(",", "").rstrip("%").strip()
    if not text:
        if required:
            raise ReviewError(f"{what} is required")
        return None
    try:
        value = float(text)
    except ValueError:
        raise ReviewError(f"{what} must be a number, not {text[:40]!r}") from None
    if not math.isfinite(value) or abs(value) > 1e12:
        raise ReviewError(f"{what} must be a finite number")
    return value


def check_change(fields: dict, units: dict[str, str], pages: int, need_page: bool) -> Change:
    """Validate the fields of a correction or an added figure (ReviewError on anything wrong)."""
    metric = (fields.get("metric") or "").strip()
    if metric not in units:
        raise ReviewError(f"unknown metric {metric[:60]!r}")
    period = (fields.get("period") or "").strip()
    m = PERIOD.match(period)
    if not m or (int(m.group(1)) + 1) % 100 != int(m.group(2)):
        raise ReviewError(f"period must be YYYY-YY (e.g. 2019-20), not {period[:20]!r}")
    comparator = (fields.get("comparator") or "").strip()
    if comparator not in COMPARATORS:
        raise ReviewError(f"comparator must be one of {', '.join(COMPARATORS)}")
    value = parse_number(fields.get("value"), "value")
    high = parse_number(fields.get("value_high"), "value_high", required=False)
    if high is not None and high < value:
        raise ReviewError("value_high must not be below value")
    page = None
    if need_page:
        try:
            page = int(str(fields.get("page") or "").strip())
        except ValueError:
            raise ReviewError("page must be a whole number") from None
        if not 1 <= page <= max(pages, 1):
            raise ReviewError(f"page must be between 1 and {pages}")
    evidence = " ".join((fields.get("evidence") or "").split())
    if need_page and not evidence:
        raise ReviewError("evidence is required: pick the words on the page or type the sentence")
    if len(evidence) > 2000:
        raise ReviewError("evidence is too long (2,000 characters at most)")
    return Change(metric, period, comparator, value, high, units[metric], page, evidence)


def record(con: duckdb.DuckDBPyConnection, sha256: str, action: str, *, key: str | None, prev: str | None,
           change: Change | None = None, reason: str = "", note: str = "", reviewer: str = "",
           tool_version: str = "") -> dict | None:
    """Record a decision on the figure ``key`` of document ``sha256`` (``undo`` removes it).

    ``prev`` is the id of the decision the person saw ('' for none); if the figure's current
    decision differs, someone else changed it meanwhile and the call fails as stale (409).
    Returns the decision row (None after undo). All checks happen before the transaction.
    """
    if action not in ACTIONS + ("undo",):
        raise ReviewError(f"unknown action {action[:20]!r}")
    doc = document(con, sha256)
    if doc is None:
        raise ReviewError("no such document", 404)
    if action == "reject" and reason not in REASONS:
        raise ReviewError(f"reject needs a reason: one of {', '.join(REASONS)}")
    if action in ("correct", "add") and change is None:
        raise ReviewError(f"{action} needs the figure's fields")
    figures = {f["key"]: f for f in figures_for_review(con, sha256)}
    if action == "add":
        key = figure_key(sha256, change.metric, change.period, change.comparator, change.value,
                         change.page, change.evidence)
        if key in figures:
            raise ReviewError("this figure is already in the document's list", 409)
        target = {"doc": doc["doc"], "metric": change.metric, "period": change.period,
                  "comparator": change.comparator, "value": change.value, "value_high": change.value_high,
                  "page": change.page, "evidence": change.evidence}
    else:
        if not key or key not in figures:
            raise ReviewError("no such figure in this document (re-extracted since the page was loaded?); "
                              "reload the page", 404 if not key else 409)
        target = figures[key]
        current = (target["decision"] or {}).get("id") or ""
        if (prev or "") != current:
            raise ReviewError("this figure's decision changed since the page was loaded; reload the page", 409)
        if target["added"] and action not in ("undo",):
            raise ReviewError("an added figure can only be removed (undo) and added again", 400)
    if action == "correct":
        same = (change.metric, change.period, change.comparator, change.value, change.value_high) == (
            target["metric"], target["period"], target["comparator"], target["value"], target["value_high"])
        if same:
            action, change = "accept", None  # a correction that changes nothing is an acceptance
    row = None
    if action != "undo":
        c = change
        row = {"id": uuid.uuid4().hex, "figure_key": key, "sha256": sha256, "doc": doc["doc"],
               "metric": target["metric"], "period": target["period"], "comparator": target["comparator"],
               "value": target["value"], "value_high": target["value_high"], "page": target["page"],
               "evidence": target["evidence"], "action": action,
               "new_metric": c.metric if c else None, "new_period": c.period if c else None,
               "new_comparator": c.comparator if c else None, "new_value": c.value if c else None,
               "new_value_high": c.value_high if c else None, "new_unit": c.unit if c else None,
               "reason": reason if action == "reject" else None, "note": note[:500] or None,
               "reviewer": reviewer, "reviewed_at": datetime.now(timezone.utc).replace(tzinfo=None),
               "tool_version": tool_version}
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM reviews WHERE sha256 = ? AND figure_key = ?", [sha256, key])
        if row:
            names = list(row)
            con.execute(f"INSERT INTO reviews ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                        [row[n] for n in names])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return _clean(row) if row else None


# -- gold export ---------------------------------------------------------------

GOLD_FIGURE_COLUMNS = ["doc", "council", "metric", "period", "comparator", "value", "value_high", "unit",
                       "optional", "evidence"]
GOLD_DOCUMENT_COLUMNS = ["doc", "council", "ons_code", "la_number", "region", "period", "kind"]


def export_gold(con: duckdb.DuckDBPyConnection, out_dir: Path) -> list[tuple[str, int, int]]:
    """Write figures.csv and documents.csv in the gold format for every document with a decision.

    Accepted, corrected and added figures are gold rows; rejected ones are left out; a figure
    not yet reviewed is written as ``optional`` (neither a miss nor a false positive when the
    next version is scored). Returns (doc, gold rows, optional rows) per document.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    figures, documents, summary = [], [], []
    shas = [r[0] for r in con.execute("SELECT DISTINCT sha256 FROM reviews ORDER BY 1").fetchall()] \
        if has_reviews(con) else []
    for sha in shas:
        doc = document(con, sha)
        if doc is None:
            continue
        gold = optional = 0
        for f in figures_for_review(con, sha):
            d = f["decision"]
            if d and d["action"] == "reject":
                continue
            reviewed = d is not None
            if d and d["action"] in ("correct", "add"):
                values = {k: d[f"new_{k}"] for k in ("metric", "period", "comparator", "value", "value_high", "unit")}
            else:
                values = {k: f[k] for k in ("metric", "period", "comparator", "value", "value_high", "unit")}
            figures.append({"doc": doc["doc"], "council": doc["council"], **values,
                            "optional": 0 if reviewed else 1, "evidence": f["evidence"]})
            gold += reviewed
            optional += not reviewed
        documents.append({"doc": doc["doc"], "council": doc["council"], "ons_code": "",
                          "la_number": doc["la_number"], "region": doc["region"], "period": doc["period"],
                          "kind": doc["kind"]})
        summary.append((doc["doc"], gold, optional))
    fig = pd.DataFrame(figures, columns=GOLD_FIGURE_COLUMNS)
    fig["value"] = fig["value"].map(_number)
    fig["value_high"] = fig["value_high"].map(_number)
    fig.to_csv(out_dir / "figures.csv", index=False)
    docs = pd.DataFrame(documents, columns=GOLD_DOCUMENT_COLUMNS)
    docs["la_number"] = pd.to_numeric(docs["la_number"], errors="coerce").astype("Int64")
    docs.to_csv(out_dir / "documents.csv", index=False)
    return summary


def _number(v) -> str:
    if v is None or pd.isna(v):
        return ""
    v = float(v)
    return str(int(v)) if v == int(v) else repr(v)


def open_to_check(con: duckdb.DuckDBPyConnection) -> int:
    """Figures marked "to check" that no decision covers."""
    return con.execute(f"""SELECT count(*) FROM figures f WHERE f.status = 'to check'
        AND NOT EXISTS (SELECT 1 FROM reviews r WHERE {_MATCH})""").fetchone()[0]


def apply_to_figures(con: duckdb.DuckDBPyConnection, sha256: str, figures: list) -> list:
    """The same decisions on Figure rows (for the audit, which extracts its own): rejected
    figures dropped, corrected ones changed, accepted ones confident, added ones appended."""
    from dataclasses import replace

    from ..model import CONFIDENT, Figure

    if not sha256 or not has_reviews(con):
        return figures
    made = decisions(con, sha256)
    if not made:
        return figures
    out = []
    for f in figures:
        d = made.pop(figure_key(sha256, f.metric, f.period, f.comparator, f.value, f.page, f.evidence), None)
        if d is None:
            out.append(f)
        elif d["action"] == "reject":
            continue
        elif d["action"] == "correct":
            out.append(replace(f, metric=d["new_metric"], period=d["new_period"], comparator=d["new_comparator"],
                               value=d["new_value"], value_high=d["new_value_high"], unit=d["new_unit"] or f.unit,
                               confidence=1.0, status=CONFIDENT))
        else:
            out.append(replace(f, confidence=1.0, status=CONFIDENT))
    doc = document(con, sha256) or {}
    for d in made.values():
        if d["action"] == "add":
            out.append(Figure(doc=doc.get("doc") or d["doc"], council=doc.get("council") or "",
                              la_number=doc.get("la_number"), period=d["new_period"], metric=d["new_metric"],
                              comparator=d["new_comparator"], value=d["new_value"], value_high=d["new_value_high"],
                              unit=d["new_unit"] or "", page=d["page"], evidence=d["evidence"] or "", method="review",
                              confidence=1.0, rule="review", status=CONFIDENT))
    return out
