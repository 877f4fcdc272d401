"""`iro audit` end to end: the development corpus (../shared/corpus, whose
known inconsistencies are listed in ../shared/gold/NOTES.md) and the
project's illustrative samples (corpus/, see corpus/README.md).

The shared files are read, never copied; the tests skip when they are absent.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.audit import audit_paths, open_reference

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus"
REFERENCE = SHARED / "reference"
SAMPLES = ROOT / "corpus"

PETERBOROUGH, SUNDERLAND = "001_2440d00990e0ec5c", "004_e3403e754ec0c2f1"


@pytest.fixture(scope="module")
def dev():
    if not DEV.is_dir():
        pytest.skip("../shared/corpus not present")
    ref = open_reference(REFERENCE) if (REFERENCE / "dfe_children_indicators.csv").exists() else None
    return {a.doc: a for a in audit_paths([DEV], ref)}


def one(audit, kind: str, text: str):
    found = [f for f in audit.findings if f.kind == kind and text in f.claim]
    assert len(found) == 1, [(f.kind, f.claim[:60]) for f in audit.findings]
    return found[0]


def test_table_and_prose_disagree_on_the_rate_of_children_starting_care(dev):
    f = one(dev[PETERBOROUGH], "conflict", "rate of new children in care for 2017-18 was 36.0")
    assert f.severity == "error" and (f.stated, f.expected) == ("36.0", "35.0")
    assert "difference of 1" in f.explanation and "37.0, 27.0" in f.explanation


def test_stated_increase_against_a_falling_rate(dev):
    f = one(dev[PETERBOROUGH], "change", "has increased over the last twelve months")
    assert f.severity == "error"
    assert "37.0 (2016-17) → 35.0 (2017-18)" in f.expected
    assert "fall of 2 (−5.4%)" in f.explanation


def test_slightly_higher_than_the_last_two_years(dev):
    f = one(dev[PETERBOROUGH], "change", "slightly higher in comparison with the last two years")
    assert f.severity == "error"
    assert "75.0 (2015-16) → 73.0 (2016-17) → 74.0 (2017-18)" in f.expected
    assert "lower than 75.0" in f.explanation and "higher than 73.0" in f.explanation
    assert "mean of the earlier 2: 74.0" in f.explanation


def test_boys_and_girls_do_not_add_up_to_the_total(dev):
    f = one(dev[PETERBOROUGH], "total", "365 in 2016-17 where 197 were male")
    assert f.severity == "error" and f.arithmetic == "197 + 159 = 356" and "9 short" in f.explanation
    ok = [c for c in dev[PETERBOROUGH].checks if c.kind == "total" and c.holds and "212 + 158 = 370" in c.summary]
    assert ok  # the 2017-18 figures in the same sentence do add up


def test_percentage_of_reviews_against_the_count_out_of_timescale(dev):
    f = one(dev[PETERBOROUGH], "share", "98.9% of reviews took place within statutory timescales")
    assert f.severity == "error"
    assert "four out of 1045" in f.explanation and "0.38%" in f.explanation and "99.6%" in f.explanation
    assert "about 11.5" in f.explanation and "about 364 items" in f.explanation
    assert any("1045" in q.text for q in f.quotes)


def test_increase_in_reviews_against_the_table(dev):
    f = one(dev[SUNDERLAND], "change", "increase from March 2016 of 101 reviews")
    assert f.severity == "error" and f.arithmetic == "1660 − 1511 = 149"
    assert "1,559" in f.fix and "1,612" in f.fix


def test_no_other_errors_on_the_dev_corpus(dev):
    errors = [(a.doc, f.kind, f.claim[:50]) for a in dev.values() for f in a.findings if f.severity == "error"]
    assert len(errors) == 6, errors
    assert dev["000_fe655ead745ed99d"].inconsistent == 0
    assert dev["003_176acd2981299cfa"].inconsistent == 0
    assert not [f for f in dev["002_81b106ca1d5d3054"].findings if f.severity != "info"]


def test_borderline_claims_are_warnings(dev):
    points = one(dev[SUNDERLAND], "change", "8% increase in the number of children")
    assert points.severity == "warning" and "8 percentage points" in points.explanation and "9.4%" in points.explanation
    kpis = one(dev[SUNDERLAND], "n_of_m", "6 of the 7 KPIs")
    assert kpis.severity == "warning" and "5 of 7" in kpis.expected and "n/ava → 2477" in kpis.explanation
    for claim in ("reduction of 14%", "13% marked increase"):
        assert one(dev[SUNDERLAND], "change", claim).severity == "info"


def test_consistent_claims_are_counted(dev):
    pb = dev[PETERBOROUGH]
    summaries = " | ".join(c.summary for c in pb.checks if c.holds)
    for expected in ("81 / 85 = 95.3%", "two / 85 = 2.4%", "212 + 158 = 370", "prose matches"):
        assert expected in summaries
    shropshire = " | ".join(c.summary for c in dev["002_81b106ca1d5d3054"].checks if c.holds)
    for expected in ("315 − 271 = 44", "17.9 + 22.3 = 40.2", "186 / 190 × 100 = 97.89"):
        assert expected in shropshire
    sunderland = " | ".join(c.summary for c in dev[SUNDERLAND].checks if c.holds)
    assert "1 + 6 + 0 + 3 + 0 + 3 = 13" in sunderland and "0 + 14 + 0 + 4 + 0 + 1 = 19" in sunderland
    assert len(pb.checks) >= 25


def test_looked_after_counts_against_official_figures(dev):
    if not (REFERENCE / "dfe_children_indicators.csv").exists():
        pytest.skip("../shared/reference not present")
    sunderland = one(dev[SUNDERLAND], "official", "534")
    assert (sunderland.stated, sunderland.expected) == ("534", "540") and "LACnum" in sunderland.source
    assert "provisional" in sunderland.explanation
    peterborough = one(dev[PETERBOROUGH], "official", "365 in 2016-17")
    assert peterborough.expected == "357" and "does not say at what date" in peterborough.explanation
    agreeing = [c.summary for a in dev.values() for c in a.checks if c.kind == "official" and c.holds]
    assert any(s.startswith("370 ") for s in agreeing) and any(s.startswith("546 ") for s in agreeing)
    average = [n.text for n in dev["003_176acd2981299cfa"].notes if n.kind == "official"]
    assert average and "average" in average[0] and "312" in average[0]
    other_date = [n.text for n in dev["002_81b106ca1d5d3054"].notes if "315" in n.text]
    assert other_date and "20th March 2015" in other_date[0]


@pytest.fixture(scope="module")
def samples():
    if not SAMPLES.is_dir() or not list(SAMPLES.glob("*.pdf")):
        pytest.skip("corpus/ samples not present")
    return {a.doc: a for a in audit_paths([SAMPLES])}


def test_sample_corpus_deliberate_errors(samples):
    croydon = samples["croydon-iro-2021"]
    change = one(croydon, "change", "increase of 41 children")
    assert change.severity == "error" and change.arithmetic == "560 − 531 = 29"
    assert "519" in change.fix and "572" in change.fix
    total = one(croydon, "total", "of whom 318 were boys")
    assert total.arithmetic == "318 + 226 = 544" and "16 short" in total.explanation
    conflict = one(samples["derbyshire-iro-2016-17"], "conflict", "97.6% of reviews")
    assert (conflict.stated, conflict.expected) == ("97.6%", "96.9")
    errors = [(a.doc, f.kind) for a in samples.values() for f in a.findings if f.severity == "error"]
    assert sorted(errors) == sorted([("croydon-iro-2021", "change"), ("croydon-iro-2021", "total"),
                                     ("derbyshire-iro-2016-17", "conflict")])
    for doc in ("wigan-iro-2019-20", "somerset-iro-annual-report-2018", "leeds-cover-paper"):
        assert samples[doc].inconsistent == 0, samples[doc].findings
