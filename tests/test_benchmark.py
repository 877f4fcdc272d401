"""iro benchmark: neighbours, region and England, ranks and quartiles, outputs."""
from __future__ import annotations

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from extractor.reports import benchmark

from extractor.cli import dataset as cli_dataset

from extractor.data import dataset

from extractor.data import reference

from extractor.data import store
from helpers_dataset import REFERENCE, fig, result

needs_reference = pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference not present")

SUNDERLAND_2021_NEIGHBOURS = [390, 393, 840, 370, 342, 876, 357, 807, 384, 841]


@pytest.mark.parametrize("value,values,expected", [
    (10, [10], (1, 1, 1)),
    (10, [10, 5], (1, 2, 1)),
    (5, [10, 5], (2, 2, 3)),
    (7, [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0], (4, 11, 2)),
    (0, [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0], (11, 11, 4)),
    (8, [8, 8, 3], (1, 3, 1)),  # ties share the best rank
])
def test_rank_and_quartile(value, values, expected):
    r = benchmark.rank_of(value, values)
    assert (r["rank"], r["of"], r["quartile"]) == expected


def test_rank_of_missing_value():
    assert benchmark.rank_of(None, [1, 2]) is None


@pytest.fixture
def sunderland_db(tmp_path):
    if not REFERENCE.exists():
        pytest.skip("../shared/reference not present")
    db = tmp_path / "iro.duckdb"
    store.save_to_db(db, [
        result("sund17", "Sunderland", 394, "2016-17", [
            fig("cla_count", 534, page=3), fig("cla_count", 72000, comparator="england", page=3),
            fig("iro_caseload_avg", 39.5, page=5, unit="cases_per_iro"),
            fig("cla_reviews_in_timescale_pct", 95, page=6, unit="percent"),
        ], region="North East"),
        result("gates17", "Gateshead", 390, "2016-17", [fig("cla_count", 350), fig("iro_caseload_avg", 55, unit="cases_per_iro")],
               region="North East"),
        result("durham17", "Durham", 840, "2016-17", [fig("cla_count", 800), fig("iro_caseload_avg", 62, value_high=66,
                                                                                   unit="cases_per_iro")],
               region="North East"),
    ])
    reference.load_reference(db, REFERENCE)
    return db


def test_council_beside_its_ten_neighbours(sunderland_db):
    b = benchmark.build(dataset.connect(sunderland_db), "Sunderland", "2016-17")
    assert (b.council, b.la_number, b.region, b.model_year) == ("Sunderland", 394, "North East", 2021)
    cla = next(m for m in b.metrics if m.metric == "cla_count")
    roles = [r["role"] for r in cla.rows]
    assert roles == ["council"] + ["neighbour"] * 10 + ["neighbours_median", "neighbours_average", "region", "england"]
    assert [r["la_number"] for r in cla.rows[1:11]] == SUNDERLAND_2021_NEIGHBOURS
    council = cla.council_row
    assert (council["extracted"], council["official"]) == (534, 540)
    assert council["extracted_source"] == "sund17 p.3" and council["official_source"] == "DfE LACnum 2017"
    # neighbours without reports stay, as missing
    missing = [r for r in cla.rows[1:11] if r["extracted"] is None]
    assert len(missing) == 8 and all(r["official"] is not None for r in missing)
    england = cla.rows[-1]
    assert (england["extracted"], england["official"]) == (72000, 72610)
    assert cla.rows[-2]["area"] == "North East" and cla.rows[-2]["official"] == 4830


def test_ranks_against_neighbours_and_england(sunderland_db):
    b = benchmark.build(dataset.connect(sunderland_db), "394", "2016-17", ["cla_count", "iro_caseload_avg"])
    cla, caseload = b.metrics
    # extracted: Durham 800 > Sunderland 534 > Gateshead 350
    assert cla.ranks["extracted"] == {"rank": 2, "of": 3, "quartile": 2}
    # official, computed independently from the DfE file
    data = pd.read_csv(REFERENCE / "dfe_children_indicators.csv", dtype=str)
    lac = data[(data.indicator == "LACnum") & (data.year == "2017")]
    values = dict(zip(lac.la_number.astype(int), pd.to_numeric(lac.value, errors="coerce")))
    group = [values[n] for n in [394] + SUNDERLAND_2021_NEIGHBOURS if pd.notna(values.get(n))]
    assert cla.ranks["official"]["rank"] == 1 + sum(v > 540 for v in group)
    assert cla.ranks["official"]["of"] == len(group)
    register = pd.read_csv(REFERENCE / "la_register.csv", dtype=str)
    las = set(register[register.type.fillna("") != ""].la_number.astype(int))
    england = [v for n, v in values.items() if n in las and pd.notna(v)]
    assert cla.ranks["official_england"]["rank"] == 1 + sum(v > 540 for v in england)
    assert cla.ranks["official_england"]["of"] == len(england)
    # neighbours' median of extracted figures: 55 and 62
    median = next(r for r in caseload.rows if r["role"] == "neighbours_median")
    assert median["extracted"] == 58.5 and median["extracted_source"] == "median of 2 of 10"
    assert caseload.ranks["extracted"]["rank"] == 3 and caseload.ranks["official"] is None


def test_default_metrics_and_period(sunderland_db):
    b = benchmark.build(dataset.connect(sunderland_db), "sunderland")
    assert b.period == "2016-17"
    metrics = [m.metric for m in b.metrics]
    assert {"cla_count", "iro_caseload_avg", "cla_reviews_in_timescale_pct", "cla_rate_per_10k", "cp_count"} <= set(metrics)
    rate = next(m for m in b.metrics if m.metric == "cla_rate_per_10k")
    assert rate.council_row["extracted"] is None and rate.council_row["official"] == 100


def test_without_reference_data(tmp_path):
    db = tmp_path / "iro.duckdb"
    store.save_to_db(db, [result("sund17", "Sunderland", 394, "2016-17", [fig("cla_count", 534)], region="North East")])
    b = benchmark.build(dataset.connect(db), "Sunderland")
    assert b.model_year is None and any("reference load" in n for n in b.notes)
    assert [r["role"] for r in b.metrics[0].rows] == ["council", "neighbours_median", "neighbours_average",
                                                      "region", "england"]


def test_unknown_council(tmp_path):
    db = tmp_path / "iro.duckdb"
    store.save_to_db(db, [result("sund17", "Sunderland", 394, "2016-17", [fig("cla_count", 534)])])
    with pytest.raises(ValueError, match="unknown council"):
        benchmark.build(dataset.connect(db), "Atlantis")


def test_outputs(sunderland_db, tmp_path):
    app = typer.Typer()
    cli_dataset.register(app)
    csv, html = tmp_path / "b.csv", tmp_path / "b.html"
    out = CliRunner().invoke(app, ["benchmark", "Sunderland", "--period", "2016-17", "--metric", "cla_count",
                                   "--metric", "iro_caseload_avg", "--csv", str(csv), "--html", str(html),
                                   "--db", str(sunderland_db)])
    assert out.exit_code == 0, out.output
    assert "Gateshead" in out.output and "DfE LACnum 2017" in out.output
    frame = pd.read_csv(csv)
    assert len(frame) == 2 * 15 and set(frame.metric) == {"cla_count", "iro_caseload_avg"}
    council = frame[(frame.metric == "cla_count") & (frame.role == "council")].iloc[0]
    assert (council.rank_extracted, council.of_extracted, council.official) == (2, 3, 540)
    page = html.read_text()
    assert page.count("<svg") == 2 and "no data" in page and "sund17 p.3" in page
