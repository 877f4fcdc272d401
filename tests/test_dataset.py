"""One dataset across runs: idempotent re-extraction, resolution, conflicts, export."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from extractor.data import dataset

from extractor.data import store
from helpers_dataset import fig, result


def counts(db):
    return {t: int(store.query(db, f"SELECT count(*) AS n FROM {t}")["n"][0]) for t in ("documents", "figures")}


@pytest.fixture
def db(tmp_path):
    return tmp_path / "iro.duckdb"


def test_reextracting_a_document_replaces_its_rows(db):
    a = result("sandwell_2017", "Sandwell", 333, "2016-17", [fig("cla_count", 800), fig("drp_count", 12)])
    b = result("shropshire_2015", "Shropshire", 893, "2014-15", [fig("cla_count", 315, "2014-15")])
    store.save_to_db(db, [a, b])
    store.save_to_db(db, [a])
    store.save_to_db(db, [a, a])  # the same bytes twice in one run
    assert counts(db) == {"documents": 2, "figures": 3}


def test_renamed_file_is_recognised_by_its_hash(db):
    a = result("report", "Sandwell", 333, "2016-17", [fig("cla_count", 800)], content="same bytes")
    store.save_to_db(db, [a])
    renamed = result("report_renamed", "Sandwell", 333, "2016-17", [fig("cla_count", 800)], content="same bytes")
    store.save_to_db(db, [renamed])
    docs = store.query(db, "SELECT doc FROM documents")
    assert docs["doc"].tolist() == ["report_renamed"]
    assert counts(db)["figures"] == 1


def test_first_run_without_figures_keeps_numeric_columns(db):
    store.save_to_db(db, [result("cover", "Sandwell", 333, "2016-17", [], kind="cover_report")])
    store.save_to_db(db, [result("annual", "Sandwell", 333, "2016-17", [fig("cla_count", 800.0)])])
    types = store.query(db, "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'figures'")
    assert dict(zip(types.column_name, types.data_type))["value"] == "DOUBLE"


def test_one_value_per_council_period_metric_comparator(db):
    # Last year's report and this year's report both give 2015-16; the cover
    # paper repeats this year's figure.
    report_2016 = result("rep16", "Sunderland", 394, "2015-16", [fig("cla_count", 546, "2015-16", page=4)],
                         region="North East")
    report_2017 = result("rep17", "Sunderland", 394, "2016-17", [
        fig("cla_count", 534, page=3),
        fig("cla_count", 550, "2015-16", page=3),  # restated, disagrees
        fig("cla_count", 534, page=9, method="table"),
        fig("cla_count", 540, comparator="england", page=5),
    ], region="North East")
    cover = result("cover17", "Sunderland", 394, "2016-17", [fig("cla_count", 534, page=1)],
                   region="North East", kind="cover_report")
    store.save_to_db(db, [report_2016, report_2017, cover])
    con = dataset.connect(db)
    res = dataset.resolved(con).set_index(["period", "metric", "comparator"])
    assert len(res) == 3
    own = res.loc[("2016-17", "cla_count", "la")]
    assert own.value == 534 and own.page == 9 and own.method == "table"  # table over text
    assert own.n_sources == 3 and own.n_documents == 2 and not own.conflict
    assert own.sources.startswith("rep17 p.9")
    restated = res.loc[("2015-16", "cla_count", "la")]
    assert restated.value == 546 and restated.doc == "rep16"  # the report for its own year
    assert restated.conflict

    conf = dataset.conflicts(con)
    assert set(conf.value) == {546.0, 550.0}
    assert conf[conf.chosen].doc.tolist() == ["rep16"]
    assert conf[~conf.chosen][["doc", "page"]].values.tolist() == [["rep17", 3]]


def test_confidence_comes_first(db):
    store.save_to_db(db, [result("r", "Sandwell", 333, "2016-17", [
        fig("cla_reviews_held", 900, method="table", confidence=0.6, page=2),
        fig("cla_reviews_held", 950, method="text", confidence=0.9, page=7),
    ])])
    res = dataset.resolved(dataset.connect(db))
    assert res.value.tolist() == [950] and res.conflict.tolist() == [True]


def test_a_value_stated_more_often_wins_a_tie(db):
    store.save_to_db(db, [result("r", "Sunderland", 394, "2016-17", [
        fig("drp_count", 6, page=2, unit="disputes"),
        fig("drp_count", 81, page=6, unit="disputes"),
        fig("drp_count", 81, page=9, unit="disputes"),
    ])])
    res = dataset.resolved(dataset.connect(db))
    assert res.value.tolist() == [81] and res.sources.tolist() == ["r p.6; r p.9"]
    assert res.n_sources.tolist() == [2] and res.conflict.tolist() == [True]


@pytest.mark.parametrize("a,b,conflict", [
    (98.9, 99, False),   # rounding
    (74.0, 74, False),
    (35.0, 36.0, True),
    (534, 535, True),
    (13.5, 14, False),
    (13.5, 13, True),
])
def test_values_differing_only_by_rounding_agree(db, a, b, conflict):
    store.save_to_db(db, [result("r", "Sandwell", 333, "2016-17", [
        fig("cla_reviews_in_timescale_pct", a, page=1, confidence=0.9),
        fig("cla_reviews_in_timescale_pct", b, page=2, confidence=0.5),
    ])])
    con = dataset.connect(db)
    assert bool(dataset.resolved(con).conflict[0]) is conflict
    assert len(dataset.conflicts(con)) == (2 if conflict else 0)


def test_ranges_agree_only_when_both_ends_do(db):
    store.save_to_db(db, [result("r", "Sandwell", 333, "2016-17", [
        fig("iro_caseload_avg", 60, value_high=67, page=1, confidence=0.9),
        fig("iro_caseload_avg", 60, value_high=70, page=2),
    ])])
    assert dataset.resolved(dataset.connect(db)).conflict.tolist() == [True]


def test_views_are_stored_in_the_database(db):
    store.save_to_db(db, [result("r", "Sandwell", 333, "2016-17", [fig("cla_count", 800)])])
    views = store.query(db, "SELECT view_name FROM duckdb_views() WHERE NOT internal")
    assert {"observations", "resolved", "conflicts"} <= set(views.view_name)
    assert store.query(db, "SELECT value FROM resolved")["value"].tolist() == [800]


def test_export_long_and_wide(db, tmp_path):
    store.save_to_db(db, [
        result("a", "Sandwell", 333, "2016-17", [fig("cla_count", 800), fig("cla_count", 540, comparator="england"),
                                                   fig("iro_caseload_avg", 60, value_high=67, unit="cases_per_iro")]),
        result("b", "Shropshire", 893, "2014-15", [fig("cla_count", 315, "2014-15"), fig("cla_count", 271, "2013-14")]),
    ])
    con = dataset.connect(db)
    for fmt in ("csv", "parquet", "json"):
        paths = dataset.export(con, tmp_path / fmt, fmt)
        assert [p.name for p in paths] == [f"dataset_long.{fmt}", f"dataset_wide.{fmt}", f"conflicts.{fmt}"]
    long = pd.read_parquet(tmp_path / "parquet" / "dataset_long.parquet")
    assert list(long.columns[:10]) == ["council", "la_number", "region", "period", "metric", "comparator",
                                       "value", "value_high", "unit", "sources"]
    assert len(long) == 5 and set(long.region) == {"West Midlands"}
    wide = pd.read_csv(tmp_path / "csv" / "dataset_wide.csv")
    assert len(wide) == 3  # Sandwell 2016-17, Shropshire 2013-14 and 2014-15
    row = wide[wide.council == "Sandwell"].iloc[0]
    assert row.cla_count == 800 and row.cla_count__england == 540
    assert row.iro_caseload_avg == 60 and row.iro_caseload_avg_high == 67
    records = json.loads((tmp_path / "json" / "dataset_long.json").read_text())
    assert records[0]["sources"].endswith("p.1")
