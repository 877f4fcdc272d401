"""Resolved figures -> calibrated confidence and a status.

Each candidate carries ``signals``: what its evidence shows (a year stated or
only inferred, how far the cue is from the number and whether a clause stands
between them, a table cell under dated headers or a sentence, OCR, how many
independent places agree, a disagreeing value for the same measure).  A
logistic model turns them into the probability that the figure is right; its
weights and the ``confident`` threshold are data in
``patterns/confidence.toml``, fitted on the gold evaluation sets by
``scripts/calibrate.py``.  A figure at or above the threshold is
``confident``; the rest are ``to check``: kept, shown, but left out of the
dataset's outputs unless asked for.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..model import CONFIDENT, TO_CHECK, Figure
from ..paths import patterns_dir
from .pattern_check import check_confidence, read_toml

# every signal a figure may carry (see patterns/confidence.toml for what each means)
SIGNALS = {"text", "table", "dated", "period_inferred", "other_year", "word_number", "adjacent_cue",
           "carried_cue", "cue_far", "cue_very_far", "clause_between", "crowded", "long_sentence",
           "month_snapshot", "named_by_row", "stream_table", "agreed", "rival_value", "ocr", "comparator"}


@dataclass(frozen=True)
class ConfidenceModel:
    intercept: float
    weights: dict[str, float]
    threshold: float  # the probability at or above which a figure is confident

    def probability(self, signals: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in signals.items())
        return 1 / (1 + math.exp(-z))


@lru_cache(maxsize=1)
def model() -> ConfidenceModel:
    path = patterns_dir() / "confidence.toml"
    data = read_toml(path)
    check_confidence(data, path, SIGNALS)
    return ConfidenceModel(float(data["intercept"]), {k: float(v) for k, v in data["weights"].items()},
                           float(data["threshold"]))


def document_signals(figures: list[Figure], period_stated: bool) -> None:
    """Add the signals only the resolved figures show together: a rival value for the same
    measure and year, OCR (from the method), a comparator's figure, and whether the
    figure's year is only the inferred report year. (Agreement between places is set by
    ``resolve``, which sees every place.)"""
    values = Counter((f.metric, f.period, f.comparator) for f in figures)
    for f in figures:
        f.signals["rival_value"] = float(values[(f.metric, f.period, f.comparator)] > 1)
        f.signals["ocr"] = float(f.method == "ocr")
        f.signals["comparator"] = float(f.comparator != "la")
        f.signals["period_inferred"] = float(not period_stated and not f.signals.get("dated"))


def score(figures: list[Figure], confidence_model: ConfidenceModel | None = None) -> None:
    """Set each figure's confidence and status from its signals."""
    m = confidence_model or model()
    for f in figures:
        f.confidence = round(m.probability(f.signals), 3)
        f.status = CONFIDENT if f.confidence >= m.threshold else TO_CHECK
