"""iro summary, and the HTML pages as a person sees them (headless Chromium)."""
from __future__ import annotations

import re

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from extractor.reports import benchmark

from extractor.cli import dataset as cli_dataset

from extractor.data import dataset

from extractor.data import reference

from extractor.data import store

from extractor.reports import summary
from extractor.data.areas import load_project_register
from extractor.reports.html import HIGHLIGHT, SERIES_COLOURS
from helpers_dataset import REFERENCE, corpus_results, fig, result

import browser

WEST_MIDLANDS = sorted(load_project_register().query("region == 'West Midlands' and until_period == ''")["name"])


def cases(value, high=None, period="2016-17", page=4):
    return fig("iro_caseload_avg", value, period, value_high=high, unit="cases_per_iro", page=page,
               evidence=f"average caseload of {value}")


@pytest.fixture
def region_db(tmp_path):
    db = tmp_path / "iro.duckdb"
    store.save_to_db(db, [
        result("sandwell_cover", "Sandwell", 333, "2016-17", [], kind="cover_report"),
        result("shropshire_2015", "Shropshire", 893, "2014-15", [
            fig("cla_count", 315, "2014-15", page=3), fig("cla_count", 271, "2013-14", page=3),
            fig("cp_count", 251, "2014-15", page=3), fig("iro_fte", 6.6, "2014-15", unit="fte", page=2),
        ]),
        result("hereford_2021", "Herefordshire", 884, "2020-21", [cases(72, period="2020-21"),
                                                                 fig("cla_reviews_held", 900, "2020-21", unit="reviews")]),
        result("walsall_2017", "Walsall", 335, "2016-17", [cases(45), cases(50, period="2015-16", page=9),
                                                          fig("iro_caseload_total_avg", 71, unit="cases_per_iro"),
                                                          fig("drp_count", 12, unit="disputes", page=7)]),
        result("wolves_2017", "Wolverhampton", 336, "2016-17", [cases(60, 67),
                                                               fig("child_participation_pct", 97, unit="percent")]),
    ])
    if REFERENCE.exists():
        reference.load_reference(db, REFERENCE)
    return db


def test_caseload_position():
    cell = lambda v, h=None: summary.Cell(v, h, "extracted", "d p.1")  # noqa: E731
    assert summary.caseload_position(cell(45)) == "below"
    assert summary.caseload_position(cell(71)) == "above"
    assert summary.caseload_position(cell(60, 67)) is None
    assert summary.caseload_position(cell(45, 55)) == "partly outside"
    assert summary.caseload_position(cell(50)) is None and summary.caseload_position(cell(70)) is None
    assert summary.caseload_position(None) is None


def test_region_lists_every_council(region_db):
    s = summary.build(dataset.connect(region_db), "West Midlands")
    assert [r.council for r in s.rows] == WEST_MIDLANDS and len(WEST_MIDLANDS) == 14
    rows = {r.council: r for r in s.rows}
    assert rows["Birmingham"].status == "no report" and all(c is None for c in rows["Birmingham"].cells.values())
    shropshire = rows["Shropshire"]
    assert (shropshire.status, shropshire.period) == ("report", "2014-15")
    assert shropshire.cells["cla_count"].value == 315 and shropshire.cells["cla_count"].label == "shropshire_2015 p.3"
    sandwell = rows["Sandwell"]
    assert (sandwell.status, sandwell.period, sandwell.documents) == ("report", "2016-17", ["sandwell_cover"])
    if REFERENCE.exists():  # a cover paper with no figures: LAC from the DfE figures for its year
        assert sandwell.cells["cla_count"].source == "official"
        assert sandwell.cells["cla_count"].label == "DfE LACnum 2017"
        assert shropshire.cells["cla_rate_per_10k"] is None  # no DfE figures before 2015-16 in the file

    assert [(f["council"], f["position"]) for f in s.caseload_flags] == [("Herefordshire", "above"), ("Walsall", "below")]
    st = s.stats["iro_caseload_avg"]
    assert (st["n"], st["median"], st["min"], st["max"]) == (3, 60, 45, 72)
    changes = {(c["council"], c["metric"]): c["change"] for c in s.changes}
    assert changes[("Walsall", "iro_caseload_avg")] == -5
    assert changes[("Shropshire", "cla_count")] == 44


def test_a_given_period_for_every_council(region_db):
    s = summary.build(dataset.connect(region_db), "west midlands", "2016-17")
    rows = {r.council: r for r in s.rows}
    assert rows["Shropshire"].status == "no report" and rows["Walsall"].status == "report"
    if REFERENCE.exists():
        assert all(r.cells["cla_count"] is not None for r in s.rows)  # official LAC for everyone
        assert rows["Walsall"].cells["cla_count"].source == "official"


def test_unknown_region(region_db):
    with pytest.raises(ValueError, match="no councils in region"):
        summary.build(dataset.connect(region_db), "Atlantis")


def test_markdown_refers_every_figure_to_its_source(region_db):
    md = summary.to_markdown(summary.build(dataset.connect(region_db), "West Midlands"))
    sources = dict(re.findall(r"^(\d+)\. (.+)$", md, re.M))
    refs = set(re.findall(r"\[(\d+)\]", md))
    assert refs and refs <= set(sources)
    assert any(s.startswith("shropshire_2015, page 3") for s in sources.values())
    table = md.split("## Caseload")[0]
    for council in WEST_MIDLANDS:
        assert f"| {council} |" in table
    assert "| Birmingham | no report |" in table
    assert "Herefordshire (2020-21): 72 per IRO — above the range" in md
    assert re.search(r"Walsall \(2016-17\): 45 per IRO — below the range \[\d+\] \(combined LAC and CP caseload 71", md)
    assert "| Shropshire | LAC | 271 (2013-14)" in md


def test_cli_summary(region_db, tmp_path):
    app = typer.Typer()
    cli_dataset.register(app)
    out = CliRunner().invoke(app, ["summary", "--region", "West Midlands", "--db", str(region_db),
                                   "--html", str(tmp_path / "s.html"), "--csv", str(tmp_path / "s.csv")])
    assert out.exit_code == 0, out.output
    assert "# IRO network summary: West Midlands" in out.output
    assert len(pd.read_csv(tmp_path / "s.csv")) == 14


# -- the pages in a browser --------------------------------------------------

def check_layout(layout: dict, charts: int) -> None:
    assert layout["overflow_x"] <= 0, "the page scrolls sideways"
    assert len(layout["charts"]) == charts
    for chart in layout["charts"]:
        assert chart["width"] > 300 and chart["height"] > 60, chart
        assert chart["left"] >= 0 and chart["right"] <= layout["viewport"], chart
    assert layout["clipped"] == [], "chart text outside its chart"
    assert layout["overlapping"] == [], "chart text on top of other text"
    for t in layout["tables"]:
        assert t["overflow"] <= 0 and t["right"] <= layout["viewport"], t


def hex_rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))


@pytest.mark.parametrize("width", [1280, 900])
def test_summary_page_in_a_browser(region_db, tmp_path, width):
    s = summary.build(dataset.connect(region_db), "West Midlands")
    page = tmp_path / "summary.html"
    page.write_text(summary.to_html(s), encoding="utf-8")
    dom, layout = browser.rendered_dom(page, tmp_path, width=width)
    with_data = sum(1 for m in s.metrics if s.stats[m]["n"])
    check_layout(layout, with_data)
    caseload = next(c for c in layout["charts"] if c["title"].startswith("IRO caseload"))
    assert caseload["bars"] == 3
    text = browser.visible_text(dom)
    for council in WEST_MIDLANDS:
        assert council in text
    assert "no report" in text and "above the range" in text and "IRO Handbook 50–70" in text
    assert "shropshire_2015, page 3" in text
    assert 'href="file:///reports/shropshire_2015.pdf#page=3"' in dom  # figures link to their page

    shot = browser.screenshot(page, tmp_path / "summary.png", tmp_path, width=width, height=2400)
    assert browser.colour_pixels(shot, hex_rgb(SERIES_COLOURS[0])) > 500  # bars are drawn


def test_benchmark_page_in_a_browser(region_db, tmp_path):
    if not REFERENCE.exists():
        pytest.skip("../shared/reference not present")
    b = benchmark.build(dataset.connect(region_db), "Walsall", "2016-17")
    page = tmp_path / "benchmark.html"
    page.write_text(benchmark.to_html(b), encoding="utf-8")
    dom, layout = browser.rendered_dom(page, tmp_path)
    check_layout(layout, len(b.metrics))
    text = browser.visible_text(dom)
    assert "Walsall benchmark, 2016-17" in text and "Neighbours' median" in text and "England" in text
    names = [r["area"] for r in b.metrics[0].rows[1:11]]
    assert len(names) == 10 and all(n in text for n in names)
    shot = browser.screenshot(page, tmp_path / "benchmark.png", tmp_path)
    assert browser.colour_pixels(shot, hex_rgb(SERIES_COLOURS[1])) > 500  # official bars
    assert browser.colour_pixels(shot, hex_rgb(HIGHLIGHT)) > 20  # the council's label


# -- end to end: the real pipeline on ../shared/corpus -------------------------

@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    results = corpus_results()
    db = tmp_path_factory.mktemp("corpus") / "iro.duckdb"
    store.save_to_db(db, results)
    reference.load_reference(db, REFERENCE)
    return db


def test_corpus_dataset_has_the_five_councils(corpus_db):
    docs = dataset.documents(dataset.connect(corpus_db))
    assert set(docs.council) == {"Sandwell", "Peterborough", "Shropshire", "Herefordshire", "Sunderland"}


def test_corpus_reextraction_is_idempotent(corpus_db, tmp_path):
    db = tmp_path / "again.duckdb"
    results = corpus_results()
    store.save_to_db(db, results)
    first = store.query(db, "SELECT count(*) AS n FROM figures")["n"][0]
    store.save_to_db(db, results)
    store.save_to_db(db, results[:2])
    assert store.query(db, "SELECT count(*) AS n FROM figures")["n"][0] == first
    assert store.query(db, "SELECT count(*) AS n FROM documents")["n"][0] == len(results)


def test_corpus_benchmark_sunderland(corpus_db):
    b = benchmark.build(dataset.connect(corpus_db), "Sunderland", "2016-17")
    cla = next(m for m in b.metrics if m.metric == "cla_count")
    assert len([r for r in cla.rows if r["role"] == "neighbour"]) == 10
    assert cla.council_row["extracted"] == 534 and cla.council_row["official"] == 540
    assert all(r["official"] is not None for r in cla.rows if r["role"] == "neighbour")


def test_corpus_summary_west_midlands(corpus_db, tmp_path):
    s = summary.build(dataset.connect(corpus_db), "West Midlands")
    rows = {r.council: r for r in s.rows}
    assert sorted(rows) == WEST_MIDLANDS
    assert rows["Shropshire"].period == "2014-15" and rows["Shropshire"].cells["cla_count"].value == 315
    assert rows["Sandwell"].period == "2016-17" and rows["Sandwell"].status == "report"
    assert rows["Sandwell"].cells["cla_count"] is not None  # DfE LACnum 2017
    assert rows["Herefordshire"].period == "2020-21"
    assert sum(r.status != "no report" for r in s.rows) == 3
    page = tmp_path / "wm.html"
    page.write_text(summary.to_html(s), encoding="utf-8")
    _, layout = browser.rendered_dom(page, tmp_path)
    check_layout(layout, sum(1 for m in s.metrics if s.stats[m]["n"]))
