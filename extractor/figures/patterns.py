"""Pattern data from ``patterns/`` and the spaCy pipeline built from it.

No statistical model is needed: the pipeline is ``spacy.blank("en")`` with a
sentencizer and an EntityRuler whose patterns come from ``metrics.toml``
(label METRIC, id = metric), ``lexicon.toml`` comparators (label COMPARATOR,
id = comparator) and any token patterns in ``entity_ruler.jsonl``.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..paths import patterns_dir

if TYPE_CHECKING:
    import spacy
from .pattern_check import (PatternError, check_lexicon, check_metrics, read_councils, read_ruler,
                            read_toml)


@dataclass(frozen=True)
class Metric:
    id: str
    unit: str
    kind: str  # count, percent, rate, average
    cues: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    adjacent_cues: tuple[str, ...] = ()  # name the metric only right after the number ("9.5 IROs")
    prefer: tuple[str, ...] = ()  # cue words that win when a sentence gives several values
    rate: str | None = None
    low: float = 0
    high: float = float("inf")
    fallback_cues: tuple[str, ...] = ()  # name the metric only in a sentence with no other cue
    averaged: str | None = None  # the metric a number stated as an average per IRO becomes

    def plausible(self, value: float) -> bool:
        return self.low <= value <= self.high

    def preferred_in(self, cue: str) -> bool:
        """The words that named a value hold one the metric prefers ("27.4 FTE"), as a
        word ("fte" is not in "looked after")."""
        low = cue.lower()
        return any(re.search(rf"\b{re.escape(word)}\b", low) for word in self.prefer)


@dataclass(frozen=True)
class CouncilEntry:
    la_number: int
    name: str
    region: str
    aliases: tuple[str, ...] = field(default_factory=tuple)
    from_period: str = ""
    until_period: str = ""


@lru_cache(maxsize=1)
def metrics() -> dict[str, Metric]:
    path = patterns_dir() / "metrics.toml"
    data = read_toml(path)
    check_metrics(data, path)
    return {
        mid: Metric(mid, m["unit"], m["kind"], tuple(c.lower() for c in m["cues"]),
                    tuple(x.lower() for x in m.get("exclude", [])),
                    tuple(c.lower() for c in m.get("adjacent_cues", [])),
                    tuple(c.lower() for c in m.get("prefer", [])), m.get("rate"),
                    *m.get("range", [0, float("inf")]),
                    fallback_cues=tuple(c.lower() for c in m.get("fallback_cues", [])),
                    averaged=m.get("averaged"))
        for mid, m in data["metric"].items()
    }


@lru_cache(maxsize=1)
def lexicon() -> dict:
    path = patterns_dir() / "lexicon.toml"
    data = read_toml(path)
    check_lexicon(data, path, set(metrics()))
    return data


@lru_cache(maxsize=1)
def councils() -> list[CouncilEntry]:
    return [
        CouncilEntry(int(r["la_number"]), r["name"], r["region"],
                     tuple(a.strip() for a in r["aliases"].split(";") if a.strip()),
                     r["from_period"], r["until_period"])
        for r in read_councils(patterns_dir() / "councils.csv")
    ]


ADJACENT = "@adjacent"  # id suffix of a cue that counts only right after its number


def cue_metric(cue_id: str) -> tuple[Metric, bool]:
    """The metric a ruler id names, and whether it is an adjacent-only cue."""
    return metrics()[cue_id.removesuffix(ADJACENT)], cue_id.endswith(ADJACENT)


def number_variants(cue: str) -> set[str]:
    """"average caseload" also as "average caseloads" (plural only: "1 dispute" is
    rarely the count a plural cue names)."""
    head, _, last = cue.rpartition(" ")
    if not last.isalpha() or len(last) < 4 or last.endswith("s"):
        return {cue}
    return {cue, f"{head} {last}s".strip()}


def _ruler_patterns() -> list[dict]:
    patterns = [{"label": "METRIC", "pattern": variant, "id": m.id}
                for m in metrics().values() for cue in m.cues for variant in number_variants(cue)]
    patterns += [{"label": "METRIC", "pattern": cue, "id": m.id + ADJACENT}
                 for m in metrics().values() for cue in m.adjacent_cues]
    patterns += [{"label": "METRIC_FALLBACK", "pattern": cue, "id": m.id}
                 for m in metrics().values() for cue in m.fallback_cues]
    for comparator, cues in lexicon()["comparators"].items():
        if comparator == "la":
            continue
        patterns += [{"label": "COMPARATOR", "pattern": cue.lower(), "id": comparator} for cue in cues]
    # "the East of England average": a region's name, longer than "England", wins
    regions = {c.region.lower() for c in councils() if c.region}
    patterns += [{"label": "COMPARATOR", "pattern": f"{region} {word}", "id": "region"}
                 for region in regions for word in ("average", "rate", "figure", "councils", "authorities")]
    patterns += [{"label": "COMPARATOR", "pattern": region, "id": "region"} for region in regions]
    return patterns + read_ruler(patterns_dir() / "entity_ruler.jsonl", set(metrics()))


_NLP_LOCK = threading.Lock()  # a worker may build the pipeline in a thread while it reads


def nlp() -> "spacy.language.Language":
    with _NLP_LOCK:
        return _build_nlp()


@lru_cache(maxsize=1)
def _build_nlp() -> "spacy.language.Language":
    import spacy  # ~1 s: loaded by the commands that read text, not by `iro --help`

    pipeline = spacy.blank("en")
    ruler = pipeline.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "validate": True})
    # after the ruler, so adding its ~1,000 phrase patterns does not split each into sentences
    pipeline.add_pipe("sentencizer")
    patterns = _ruler_patterns()
    try:
        ruler.add_patterns(patterns)
    except ValueError as exc:  # spaCy's own check of a token pattern (MatchPatternError)
        reason = " ".join(str(exc).split())
        raise PatternError(f"{patterns_dir() / 'entity_ruler.jsonl'}: a token pattern spaCy rejects: "
                           f"{reason[:300]}") from None
    return pipeline
