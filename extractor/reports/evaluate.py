"""Score an extraction run against gold annotations (the ../shared/gold format).

A predicted figure is right when a gold row has the same doc, metric, period,
comparator and value (and value_high).  Gold rows marked optional are never
counted as missed, and predictions matching them are not false positives.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

KEY = ["doc", "metric", "period", "comparator"]


@dataclass
class DocScore:
    doc: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    council_ok: bool | None = None
    period_ok: bool | None = None
    kind_ok: bool | None = None  # annual_report / cover_report, where the gold gives it
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _value_key(value, high) -> tuple:
    def norm(v):
        return None if v is None or pd.isna(v) or v == "" else round(float(v), 3)
    return norm(value), norm(high)


def _keys(frame: pd.DataFrame) -> list[tuple]:
    return [tuple(r[k] for k in KEY) + _value_key(r["value"], r.get("value_high")) for _, r in frame.iterrows()]


class EvaluationInputError(ValueError):
    """A gold or prediction folder lacks a file it needs."""


def _read(folder: Path, name: str, role: str) -> pd.DataFrame:
    path = Path(folder) / name
    if not path.is_file():
        raise EvaluationInputError(f"{path}: no such file (the {role} folder needs figures.csv and documents.csv)")
    try:
        return pd.read_csv(path, dtype={"period": str})
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise EvaluationInputError(f"{path}: not a readable CSV ({str(exc).splitlines()[0]})") from exc


def _confident(pred: pd.DataFrame) -> pd.DataFrame:
    """The figures shown as fact (a run from before statuses counts as all confident)."""
    return pred[pred["status"] == "confident"] if "status" in pred else pred


def score(gold_dir: Path, pred_dir: Path, confident_only: bool = False) -> list[DocScore]:
    gold = _read(gold_dir, "figures.csv", "gold")
    pred = _read(pred_dir, "figures.csv", "prediction")
    if confident_only:
        pred = _confident(pred)
    gold_docs = _read(gold_dir, "documents.csv", "gold")
    pred_docs = _read(pred_dir, "documents.csv", "prediction").set_index("doc")
    scores = []
    for _, gdoc in gold_docs.iterrows():
        doc = gdoc["doc"]
        s = DocScore(doc)
        g, p = gold[gold["doc"] == doc], pred[pred["doc"] == doc]
        required = set(_keys(g[g["optional"] != 1]))
        allowed = set(_keys(g))
        predicted = dict(zip(_keys(p), p.to_dict("records")))
        s.tp = len(required & set(predicted))
        s.fn = len(required - set(predicted))
        s.misses = [dict(zip(KEY + ["value", "value_high"], k)) for k in sorted(required - set(predicted), key=str)]
        s.false_positives = [predicted[k] for k in predicted if k not in allowed]
        s.fp = len(s.false_positives)
        if doc in pred_docs.index:
            row = pred_docs.loc[doc]
            s.council_ok = str(row["council"]) == gdoc["council"]
            s.period_ok = str(row["period"]) == gdoc["period"]
            if "kind" in gdoc and "kind" in row:
                s.kind_ok = str(row["kind"]) == gdoc["kind"]
        scores.append(s)
    return scores


def overall(scores: list[DocScore]) -> DocScore:
    total = DocScore("ALL", sum(s.tp for s in scores), sum(s.fp for s in scores), sum(s.fn for s in scores))
    total.council_ok = all(s.council_ok for s in scores)
    total.period_ok = all(s.period_ok for s in scores)
    kinds = [s.kind_ok for s in scores if s.kind_ok is not None]
    total.kind_ok = all(kinds) if kinds else None
    return total


# -- calibration: is a figure's confidence the chance that it is right? --------

BANDS = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001]


def labelled(gold_dir: Path, pred_dir: Path) -> pd.DataFrame:
    """Every predicted figure of the gold set's documents with ``right``: True when a gold
    row matches it, False when none does; figures matching only an optional row are left
    out (either answer is acceptable, so they say nothing about calibration)."""
    gold = _read(gold_dir, "figures.csv", "gold")
    pred = _read(pred_dir, "figures.csv", "prediction")
    docs = set(_read(gold_dir, "documents.csv", "gold")["doc"])
    pred = pred[pred["doc"].isin(docs)].reset_index(drop=True)
    required = set(_keys(gold[gold["optional"] != 1]))
    allowed = set(_keys(gold))
    keys = _keys(pred)
    pred["right"] = [True if k in required else None if k in allowed else False for k in keys]
    return pred[pred["right"].notna()].assign(right=lambda f: f["right"].astype(bool))


def calibration_table(figures: pd.DataFrame) -> pd.DataFrame:
    """Precision by confidence band: a calibrated model's bands hold about their confidence."""
    rows = []
    for low, high in zip(BANDS, BANDS[1:]):
        band = figures[(figures["confidence"] >= low) & (figures["confidence"] < high)]
        rows.append({"band": f"{low:.2f}-{min(high, 1.0):.2f}", "figures": len(band),
                     "right": int(band["right"].sum()),
                     "precision": band["right"].mean() if len(band) else float("nan"),
                     "mean_confidence": band["confidence"].mean() if len(band) else float("nan")})
    return pd.DataFrame(rows)
