"""Official DfE reference data: loading, the year convention and the metric mapping."""
from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from extractor.data import dataset

from extractor.data import reference

from extractor.data import store
from extractor.data.areas import dfe_region, region_key, region_matches
from helpers_dataset import REFERENCE, fig, result

needs_reference = pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference not present")


@pytest.mark.parametrize("year,period", [(2017, "2016-17"), (2000, "1999-00"), (2010, "2009-10"), (2025, "2024-25")])
def test_dfe_year_is_the_financial_year_ending_then(year, period):
    assert reference.dfe_year_to_period(year) == period
    assert reference.period_to_dfe_year(period) == year


@pytest.mark.parametrize("text,value", [("-", None), ("x", None), ("c", None), (".", None), ("", None),
                                        ("1,234", 1234.0), ("98.9", 98.9), (" 12 ", 12.0)])
def test_suppressed_values_are_missing(text, value):
    assert reference.parse_value(text) == value


def test_neighbour_model_is_the_closest_year():
    assert reference.neighbour_model_year([2021, 2025], "2016-17") == 2021
    assert reference.neighbour_model_year([2021, 2025], "2023-24") == 2025
    assert reference.neighbour_model_year([2021, 2025], "2022-23") == 2021  # a tie: the model in use then
    assert reference.neighbour_model_year([], "2016-17") is None


def test_region_names_from_different_sources_match():
    assert region_key("London (Inner)") == region_key("Inner London")
    assert region_key("Yorkshire and the Humber") == region_key("Yorkshire and The Humber")
    assert dfe_region("Outer London") == "london"
    assert region_matches("Inner London", "London") and not region_matches("Inner London", "Outer London")


def write_small_reference(folder):
    """A made-up reference folder in the DfE layout, for tests that must not need ../shared."""
    folder.mkdir()
    (folder / "la_register.csv").write_text(
        "la_number,la_name,region,type\n901,Alpha,North East,UA\n902,Beta,North East,MD\n"
        "903,Gamma,South West,UA\n970,England,,\n980,North East,,\n"
    )
    (folder / "dfe_children_indicators.csv").write_text(
        "indicator,description,area,la_number,region,year,value\n"
        "LACnum,Number of Looked after Children,Alpha,901,North East,2017,120\n"
        "LACnum,,Alpha,901,North East,2018,-\n"
        "LACnum,,Beta,902,North East,2017,80\n"
        "LACnum,,England,970,NA,2017,72610\n"
        "LACnum,,North East,980,NA,2017,4830\n"
        "LAC,Children Looked after rate per 10,Alpha,901,North East,2017,64\n"
        "CPP_rate,Child protection rate,Alpha,901,North East,2017,40\n"
    )
    header = "LA num,LA Name,LA number,GOInd,GOReg," + ",".join(f"sn{i},sn{i}_closeness" for i in range(1, 11))
    (folder / "statistical_neighbours_2021.csv").write_text(
        header + "\n901,Alpha,901,4,North East,902,Close,903,Not Close" + ",," * 8 + "\n"
    )
    return folder


def test_load_a_reference_folder(tmp_path):
    db = tmp_path / "iro.duckdb"
    counts = reference.load_reference(db, write_small_reference(tmp_path / "ref"))
    assert counts["ref_indicators"] == 7 and counts["ref_neighbours"] == 2
    con = dataset.connect(db)
    off = reference.official(con)
    assert set(off.metric) == {"cla_count", "cla_rate_per_10k"}  # CPP_rate is not mapped
    alpha = off[(off.la_number == 901) & (off.metric == "cla_count")].set_index("period")
    assert alpha.loc["2016-17", "value"] == 120
    assert pd.isna(alpha.loc["2017-18", "value"]) and alpha.loc["2017-18", "value_text"] == "-"
    assert set(off.area_type) == {"la", "england", "region"}
    year, nb = reference.neighbours(con, 901, "2016-17")
    assert year == 2021 and nb.neighbour.tolist() == [902, 903]
    con.close()
    # reloading replaces, not adds
    reference.load_reference(db, tmp_path / "ref")
    assert int(store.query(db, "SELECT count(*) AS n FROM ref_indicators")["n"][0]) == 7


def test_missing_files_are_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError):
        reference.load_reference(tmp_path / "iro.duckdb", tmp_path / "empty")


def test_mapping_is_data_and_uses_known_metrics():
    mapping = reference.read_mapping()
    assert {"metric", "indicator", "areas"} <= set(mapping.columns)
    assert dict(zip(mapping.metric, mapping.indicator)) == {
        "cla_count": "LACnum", "cla_rate_per_10k": "LAC", "cla_starts": "LACnum_Start",
        "uasc_count": "Unacc_Asylmn_Seek_Childn", "cp_count": "CPP_Num"}
    assert set(mapping.metric) <= set(dataset.metric_units())


@needs_reference
def test_official_figures_beside_extracted_ones(tmp_path):
    db = tmp_path / "iro.duckdb"
    store.save_to_db(db, [result("sund", "Sunderland", 394, "2016-17", [
        fig("cla_count", 534), fig("cla_count", 72670, comparator="england"),
        fig("cla_rate_per_10k", 92, comparator="region", unit="rate_per_10k"),
        fig("cla_count", 546, "2015-16"), fig("iro_caseload_avg", 39.5, unit="cases_per_iro"),
    ], region="North East")])
    counts = reference.load_reference(db, REFERENCE)
    assert counts["ref_la_register"] > 150 and counts["ref_neighbours"] > 3000
    long = dataset.long_form(dataset.connect(db)).set_index(["period", "metric", "comparator"])
    assert long.loc[("2016-17", "cla_count", "la"), "official_value"] == 540  # LACnum, year 2017
    assert long.loc[("2016-17", "cla_count", "la"), "official_indicator"] == "DfE LACnum 2017"
    assert long.loc[("2015-16", "cla_count", "la"), "official_value"] == 547  # LACnum, year 2016
    assert long.loc[("2016-17", "cla_count", "england"), "official_value"] == 72610
    assert long.loc[("2016-17", "cla_rate_per_10k", "region"), "official_value"] == 92  # North East
    assert pd.isna(long.loc[("2016-17", "iro_caseload_avg", "la"), "official_value"])


@needs_reference
def test_every_mapped_indicator_exists_in_the_reference():
    data = pd.read_csv(REFERENCE / "dfe_children_indicators.csv", dtype=str)
    assert set(reference.read_mapping().indicator) <= set(data.indicator)


@needs_reference
def test_london_councils_compare_with_london(tmp_path):
    db = tmp_path / "iro.duckdb"
    reference.load_reference(db, REFERENCE)
    off = reference.official(dataset.connect(db))
    keys = set(reference.area_keys(off[off.area_type == "region"]))
    assert f"region:{dfe_region('Inner London')}" in keys and "region:north east" in keys


def test_cli_reference_load(tmp_path):
    import typer

    from extractor.cli import dataset as cli_dataset

    app = typer.Typer()
    cli_dataset.register(app)
    db = tmp_path / "iro.duckdb"
    out = CliRunner().invoke(app, ["reference", "load", str(write_small_reference(tmp_path / "ref")), "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "ref_indicators: 7 rows" in out.output
