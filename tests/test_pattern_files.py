"""A mistake in a pattern file gives one clear error naming the file, the key and what was
expected: never a traceback, never a silent change in results."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.figures.pattern_check import PatternError, check_all

ROOT = Path(__file__).resolve().parent.parent


def _edit(folder: Path, name: str, old: str, new: str, count: int = 1) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


@pytest.fixture
def copy(tmp_path) -> Path:
    folder = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", folder)
    return folder


MISTAKES = [
    # file, old text, new text, what the message must say
    ("metrics.toml", "range = [10, 20000]", "range = [20000, 10]", r"\[metric\.cla_count\] range: low 20000 is above high 10"),
    ("metrics.toml", 'kind = "count"', 'kind = "counts"', r"kind: expected one of average, count, percent, rate"),
    ("metrics.toml", "cues = [", "cuess = [", r"unknown key 'cuess'"),
    ("metrics.toml", 'rate = "cla_rate_per_10k"', 'rate = "cla_rate_per_10000"', r"rate: names no metric"),
    ("metrics.toml", "[metric.cla_count]", "[metric.cla_count", r"not valid TOML"),
    ("lexicon.toml", "run_length = 500", 'run_length = "500"', r"\[not_figures\] run_length: expected a number"),
    ("lexicon.toml", "[names]", "[name]", r"missing section|unknown section"),
    ("lexicon.toml", "present_snapshot = [", "present_snapshots = [", r"missing key 'present_snapshot'"),
    ("lexicon.toml", 'reviews = ["cla_reviews_held"', 'reviews = ["cla_reviews_hold"', r"\[counted_nouns\] reviews: names no metric"),
    ("entity_ruler.jsonl", '{"label": "METRIC", "id": "case_alerts"', '{"label": "METRICS", "id": "case_alerts"', r"line 2 label"),
    ("entity_ruler.jsonl", '"id": "case_alerts"', '"id": "case_alert"', r"line 2 id: names no metric"),
    ("entity_ruler.jsonl", '{"label": "METRIC", "id": "case_alerts"', '{"label": "METRIC" "id": "case_alerts"', r"line 2: not valid JSON"),
    ("councils.csv", "301,Barking and Dagenham", "30x,Barking and Dagenham", r"la_number: expected a whole number"),
    ("confidence.toml", "threshold = ", "threshold = 1", r"threshold: expected a probability"),
    ("official_indicators.csv", "cla_count,LACnum", "cla_counts,LACnum", r"line 2 metric: names no metric"),
    ("confidence.toml", "[weights]\n", "[weights]\nmoon_phase = 1.0\n", r"\[weights\] moon_phase: unknown signal"),
]


@pytest.mark.parametrize("name, old, new, message", MISTAKES, ids=[m[3][:40] for m in MISTAKES])
def test_each_kind_of_mistake_is_named(copy, name, old, new, message):
    _edit(copy, name, old, new)
    with pytest.raises(PatternError) as caught:
        check_all(copy)
    text = str(caught.value)
    assert text.startswith(str(copy / name)), text
    assert re.search(message, text), text
    assert "\n" not in text


def test_the_shipped_patterns_are_valid():
    check_all()


def _iro(args: list[str], patterns: Path) -> subprocess.CompletedProcess:
    code = "from extractor.cli import main; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env={"IRO_PATTERNS": str(patterns), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})


def test_a_broken_file_stops_extract_with_one_line(copy, tmp_path):
    _edit(copy, "metrics.toml", "range = [10, 20000]", "range = [20000, 10]")
    result = _iro(["extract", str(ROOT / "corpus"), "--out", str(tmp_path / "out"), "--no-progress"], copy)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: {copy / 'metrics.toml'}: [metric.cla_count] range: low 20000 is above high 10"]
    assert not (tmp_path / "out" / "figures.csv").exists()


def test_a_token_pattern_spacy_rejects_is_named(copy):
    _edit(copy, "entity_ruler.jsonl", '"OP": "?"}, {"LOWER": {"IN"', '"OP": "??!"}, {"LOWER": {"IN"')
    result = _iro(["explain", "There were 5 IROs."], copy)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "entity_ruler.jsonl: a token pattern spaCy rejects" in lines[0], result.stderr
