"""Checks on the pattern files, so a typo gives one clear error, never a traceback or a
silent change in results.

Each ``check_*`` takes what was read from one file and raises ``PatternError`` naming
the file, the key and what was expected. ``check_all`` reads and checks every file
(``iro extract`` calls it before a run; the loaders check each file as they read it).
Like spaCy's ``validate=True``, the shapes are declared here, beside the code that
reads them.
"""
from __future__ import annotations

import csv
import json
import re
import tomllib
from pathlib import Path

from ..paths import patterns_dir


class PatternError(ValueError):
    """A pattern file that cannot be used as it is; the message is the one-line reason."""


METRIC_KEYS = {"unit": str, "kind": str, "cues": list, "exclude": list, "range": list, "adjacent_cues": list,
               "prefer": list, "fallback_cues": list, "averaged": str, "rate": str}
METRIC_KINDS = {"count", "percent", "rate", "average"}
WORDS, NUMBER = "a list of phrases", "a number"
# lexicon.toml: section -> key -> what the code reads there; None = any key (an open list)
LEXICON = {
    "comparators": {"statistical_neighbours": WORDS, "england": WORDS, "region": WORDS, "none": WORDS, "la": WORDS},
    "standards": {"lookback_tokens": NUMBER, "cues": WORDS, "aim_subjects": WORDS, "after": WORDS,
                  "list_lead_ins": WORDS, "not_list_lead_ins": WORDS,
                  "imperatives": WORDS},
    "changes": {"before": WORDS, "after": WORDS, "words": WORDS, "reach_tokens": NUMBER},
    "previous_year": {"phrases": WORDS, "leads": WORDS},
    "not_figures": {"run_length": NUMBER, "run_numbers": NUMBER, "prefixes": WORDS, "titles": WORDS,
                    "list_labels": WORDS, "suffixes": WORDS, "part_of_whole": WORDS, "qualifiers": WORDS,
                    "parts": WORDS, "clause_qualifiers": WORDS, "present_snapshot": WORDS, "subsets": WORDS},
    "counted_nouns": None,
    "ranges": {"from_words": WORDS},
    "known_standards": {"ranges": "a list of [low, high] pairs"},
    "number_words": None,
    "number_word_rules": {"max_distance": NUMBER},
    "reporting_year": {"forward_markers": WORDS},
    "cover_paper": {"cues": WORDS, "third_person_cues": WORDS, "min_cues": NUMBER, "max_pages": NUMBER,
                    "max_figures": NUMBER},
    "tables": {"skip_columns": WORDS},
    "names": {"heads": WORDS},
}
RULER_LABELS = {"METRIC", "METRIC_FALLBACK", "COMPARATOR"}
COMPARATORS = {"statistical_neighbours", "england", "region", "none"}
PERIOD = re.compile(r"^(19|20)\d\d-\d\d$")


def _fail(path: Path, where: str, problem: str) -> None:
    raise PatternError(f"{path}: {where}: {problem}")


def read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PatternError(f"{path}: no such pattern file") from None
    except tomllib.TOMLDecodeError as exc:
        raise PatternError(f"{path}: not valid TOML: {exc}") from None


def _is_words(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_metrics(data: dict, path: Path) -> None:
    table = data.get("metric")
    if not isinstance(table, dict) or not table:
        _fail(path, "[metric]", "expected [metric.<id>] tables, found none")
    for mid, spec in table.items():
        where = f"[metric.{mid}]"
        for key, value in spec.items():
            if key not in METRIC_KEYS:
                _fail(path, where, f"unknown key '{key}' (known: {', '.join(METRIC_KEYS)})")
            if not isinstance(value, METRIC_KEYS[key]):
                _fail(path, f"{where} {key}", f"expected {METRIC_KEYS[key].__name__}, got {value!r}")
        for required in ("unit", "kind", "cues"):
            if required not in spec:
                _fail(path, where, f"missing key '{required}'")
        if spec["kind"] not in METRIC_KINDS:
            _fail(path, f"{where} kind", f"expected one of {', '.join(sorted(METRIC_KINDS))}, got {spec['kind']!r}")
        for key in ("cues", "exclude", "adjacent_cues", "prefer", "fallback_cues"):
            if key in spec and not _is_words(spec[key]):
                _fail(path, f"{where} {key}", "expected a list of non-empty phrases")
        if "range" in spec:
            low_high = spec["range"]
            if len(low_high) != 2 or not all(_is_number(v) for v in low_high):
                _fail(path, f"{where} range", f"expected [low, high] numbers, got {low_high!r}")
            if low_high[0] > low_high[1]:
                _fail(path, f"{where} range", f"low {low_high[0]} is above high {low_high[1]}")
        for key in ("rate", "averaged"):
            if key in spec and spec[key] not in table:
                _fail(path, f"{where} {key}", f"names no metric: {spec[key]!r}")


def check_lexicon(data: dict, path: Path, metric_ids: set[str]) -> None:
    for section, keys in LEXICON.items():
        if section not in data:
            _fail(path, f"[{section}]", "missing section")
        if keys is None:
            continue
        for key, kind in keys.items():
            if key not in data[section]:
                _fail(path, f"[{section}]", f"missing key '{key}' ({kind})")
    for section, body in data.items():
        if section not in LEXICON:
            _fail(path, f"[{section}]", f"unknown section (known: {', '.join(LEXICON)})")
        keys = LEXICON[section]
        for key, value in body.items():
            where = f"[{section}] {key}"
            if keys is not None and key not in keys:
                _fail(path, f"[{section}]", f"unknown key '{key}' (known: {', '.join(keys)})")
            kind = keys[key] if keys is not None else None
            if kind == WORDS and not _is_words(value):
                _fail(path, where, "expected a list of non-empty phrases")
            if kind == NUMBER and not _is_number(value):
                _fail(path, where, f"expected a number, got {value!r}")
        if section == "counted_nouns":
            for noun, named in body.items():
                unknown = [m for m in named if m not in metric_ids] if isinstance(named, list) else [named]
                if unknown:
                    _fail(path, f"[counted_nouns] {noun}", f"names no metric: {unknown[0]!r}")
        if section == "number_words":
            for word, value in body.items():
                if not _is_number(value):
                    _fail(path, f"[number_words] {word}", f"expected a number, got {value!r}")
    for pair in data["known_standards"]["ranges"]:
        if not (isinstance(pair, list) and len(pair) == 2 and all(_is_number(v) for v in pair) and pair[0] <= pair[1]):
            _fail(path, "[known_standards] ranges", f"expected [low, high] with low <= high, got {pair!r}")


def read_ruler(path: Path, metric_ids: set[str]) -> list[dict]:
    """entity_ruler.jsonl: one spaCy pattern per line, {label, pattern, id}; spaCy itself
    then checks the token patterns (the ruler is built with validate=True)."""
    if not path.exists():
        return []
    patterns = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            _fail(path, f"line {n}", f"not valid JSON: {exc.msg}")
        if not isinstance(entry, dict) or set(entry) - {"label", "pattern", "id"} or "pattern" not in entry:
            _fail(path, f"line {n}", "expected {\"label\", \"pattern\", \"id\"}")
        if entry.get("label") not in RULER_LABELS:
            _fail(path, f"line {n} label", f"expected one of {', '.join(sorted(RULER_LABELS))}, got {entry.get('label')!r}")
        known = COMPARATORS if entry["label"] == "COMPARATOR" else metric_ids
        if str(entry.get("id", "")).removesuffix("@adjacent") not in known:
            _fail(path, f"line {n} id", f"names no {'comparator' if known is COMPARATORS else 'metric'}: "
                                        f"{entry.get('id')!r}")
        patterns.append(entry)
    return patterns


def read_councils(path: Path) -> list[dict]:
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    except FileNotFoundError:
        raise PatternError(f"{path}: no such pattern file") from None
    columns = {"la_number", "name", "region", "aliases", "from_period", "until_period"}
    for n, row in enumerate(rows, 2):
        if set(row) != columns:
            _fail(path, "header", f"expected columns {', '.join(sorted(columns))}")
        if not (row["la_number"] or "").isdigit():
            _fail(path, f"line {n} la_number", f"expected a whole number, got {row['la_number']!r}")
        if not row["name"]:
            _fail(path, f"line {n} name", "empty")
        for key in ("from_period", "until_period"):
            if row[key] and not PERIOD.match(row[key]):
                _fail(path, f"line {n} {key}", f"expected YYYY-YY, got {row[key]!r}")
    return rows


def read_indicator_mapping(path: Path, metric_ids: set[str]) -> list[dict]:
    """official_indicators.csv: which DfE indicator measures which metric, for which areas."""
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    except FileNotFoundError:
        raise PatternError(f"{path}: no such pattern file") from None
    for n, row in enumerate(rows, 2):
        if not {"metric", "indicator", "areas"} <= set(row):
            _fail(path, "header", "expected columns metric, indicator, areas, note")
        if row["metric"] not in metric_ids:
            _fail(path, f"line {n} metric", f"names no metric: {row['metric']!r}")
        areas = set(filter(None, (row["areas"] or "").split(";")))
        if not areas or areas - {"la", "region", "england"}:
            _fail(path, f"line {n} areas", f"expected la;region;england or some of them, got {row['areas']!r}")
    return rows


def check_confidence(data: dict, path: Path, signals: set[str]) -> None:
    for key in ("threshold", "intercept"):
        if not _is_number(data.get(key)):
            _fail(path, key, f"expected a number, got {data.get(key)!r}")
    if not 0 < data["threshold"] < 1:
        _fail(path, "threshold", f"expected a probability between 0 and 1, got {data['threshold']}")
    weights = data.get("weights")
    if not isinstance(weights, dict):
        _fail(path, "[weights]", "missing")
    for name, value in weights.items():
        if name not in signals:
            _fail(path, f"[weights] {name}", f"unknown signal (known: {', '.join(sorted(signals))})")
        if not _is_number(value):
            _fail(path, f"[weights] {name}", f"expected a number, got {value!r}")


def check_all(folder: Path | None = None) -> None:
    """Read and check every pattern file; raises PatternError at the first problem."""
    from .confidence import SIGNALS

    folder = Path(folder or patterns_dir())
    metrics = read_toml(folder / "metrics.toml")
    check_metrics(metrics, folder / "metrics.toml")
    ids = set(metrics["metric"])
    check_lexicon(read_toml(folder / "lexicon.toml"), folder / "lexicon.toml", ids)
    read_ruler(folder / "entity_ruler.jsonl", ids)
    read_councils(folder / "councils.csv")
    read_indicator_mapping(folder / "official_indicators.csv", ids)
    check_confidence(read_toml(folder / "confidence.toml"), folder / "confidence.toml", SIGNALS)
    read_toml(folder / "audit_claims.toml")
