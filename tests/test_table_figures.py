"""Figures from tables in the sample PDFs: ruled and unruled, split across
pages, comparator columns, year rows, section and total rows."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.run.pipeline import extract_document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def figures_of():
    cache = {}

    def _figures(name):
        if name not in cache:
            result = extract_document(CORPUS / f"{name}.pdf")
            assert result.record.status == "ok", result.record.error
            cache[name] = [f for f in result.figures if f.method == "table"]
        return cache[name]

    return _figures


def keys(figures):
    return {(f.metric, f.period, f.comparator, f.value) for f in figures}


def test_year_rows_and_comparator_columns(figures_of):
    found = keys(figures_of("wigan-iro-2019-20"))
    # rows are years, columns the council, its statistical neighbours and England
    assert ("cla_rate_per_10k", "2017-18", "la", 70.1) in found
    assert ("cla_rate_per_10k", "2018-19", "statistical_neighbours", 81.2) in found
    assert ("cla_rate_per_10k", "2019-20", "england", 67) in found


def test_two_year_kpi_table_with_percent_and_thousands(figures_of):
    found = keys(figures_of("wigan-iro-2019-20"))
    assert ("cla_reviews_held", "2018-19", "la", 1498) in found
    assert ("cla_reviews_in_timescale_pct", "2019-20", "la", 96.8) in found
    assert ("parent_participation_pct", "2018-19", "la", 58) in found
    assert ("pathway_plan_up_to_date_pct", "2019-20", "la", 86) in found


def test_unruled_table_split_across_a_page_break(figures_of):
    figures = figures_of("somerset-iro-annual-report-2018")
    found = keys(figures)
    assert ("cla_count", "2015-16", "la", 498) in found  # first rows, page 2
    assert ("cla_reviews_held", "2017-18", "la", 1455) in found  # continued on page 3
    assert ("s20_pct", "2016-17", "la", 28) in found
    split = [f for f in figures if f.metric == "cla_reviews_held"]
    assert split and all(f.page == 2 for f in split)  # the table starts on page 2


def test_total_row_takes_its_section_and_change_column_is_ignored(figures_of):
    figures = figures_of("derbyshire-iro-2016-17")
    found = keys(figures)
    assert ("drp_count", "2015-16", "la", 74) in found and ("drp_count", "2016-17", "la", 81) in found
    # stage rows are parts of the total, not dispute counts of their own
    assert not any(f.metric == "drp_count" and f.value in (58, 64, 11, 14) for f in figures)
    # the "Change" column (+13, +0.7 ...) has no period and is not a figure
    assert not any(f.value in (13, 0.7, 14, 73) for f in figures if f.metric in ("cla_count", "cla_rate_per_10k",
                                                                                  "cla_starts", "cla_reviews_held"))
    assert ("iro_fte", "2016-17", "la", 13.0) in found


def test_table_evidence_names_row_and_column(figures_of):
    figure = next(f for f in figures_of("wigan-iro-2019-20") if f.metric == "cla_reviews_held" and f.value == 1612)
    assert "Number of looked after children reviews" in figure.evidence and "2019/20" in figure.evidence
    assert figure.page == 3 and figure.method == "table"


def test_target_and_change_columns_are_not_results(pdf_maker):
    path = pdf_maker(
        ["Independent Reviewing Officer Annual Report 2019/20. Wigan Council.",
         "Table 3: review performance (illustrative figures)."],
        table=[["Indicator", "2018/19", "2019/20", "Target", "Change"],
               ["Reviews held within timescales (%)", "93.0%", "95.1%", "98%", "2.1"],
               ["Number of looked after children reviews", "1,320", "1,407", "1,500", "87"]],
    )
    figures = [f for f in extract_document(path).figures if f.method == "table"]
    found = keys(figures)
    assert ("cla_reviews_in_timescale_pct", "2019-20", "la", 95.1) in found
    assert ("cla_reviews_held", "2018-19", "la", 1320) in found
    assert not {f.value for f in figures} & {98, 1500, 2.1, 87}


def test_quarter_columns_and_number_or_percent_columns(pdf_maker):
    path = pdf_maker(
        ["Independent Reviewing Officer Annual Report 2019/20. Wigan Council.",
         "Table 4: reviews by quarter and legal status at 31 March 2020 (illustrative figures)."],
        table=[["Measure", "Q1", "Q2", "Q3", "Q4", "Year"],
               ["Number of looked after children reviews", "301", "322", "290", "312", "1,225"],
               ["Legal status", "", "", "", "", ""],
               ["Accommodated under section 20 (number)", "", "", "", "", "61"]],
    )
    figures = [f for f in extract_document(path).figures if f.method == "table"]
    reviews = {f.value for f in figures if f.metric == "cla_reviews_held"}
    assert reviews == {1225}  # quarters are parts of the year
    path = pdf_maker(
        ["Independent Reviewing Officer Annual Report 2019/20. Wigan Council.",
         "Table 5: legal status of children looked after at 31 March 2020."],
        table=[["Legal status", "Number", "%"],
               ["Care orders", "301", "61.2"],
               ["Accommodated under section 20", "48", "9.8"]],
    )
    figures = [f for f in extract_document(path).figures if f.method == "table"]
    assert ("s20_pct", "2019-20", "la", 9.8) in keys(figures)
    assert not any(f.metric == "s20_pct" and f.value == 48 for f in figures)  # a count, not a percent


def test_rows_counting_something_else_about_children(pdf_maker):
    path = pdf_maker(
        ["Independent Reviewing Officer Annual Report 2019/20. Wigan Council.",
         "Table 6: activity in the year (illustrative figures)."],
        table=[["Measure", "2018/19", "2019/20"],
               ["Number of looked after children", "398", "412"],
               ["Complaints from looked after children", "19", "23"],
               ["Placement moves for children in care", "57", "61"]],
    )
    figures = [f for f in extract_document(path).figures if f.method == "table"]
    assert ("cla_count", "2019-20", "la", 412) in keys(figures)
    assert {f.value for f in figures if f.metric == "cla_count"} == {398, 412}


def test_areas_as_rows_under_measures_as_columns(pdf_maker):
    path = pdf_maker(
        ["Independent Reviewing Officer Annual Report 2019/20. Wigan Council.",
         "Table 7: Wigan compared with other areas, 31 March 2019 (illustrative figures)."],
        table=[["Area", "Looked after per 10,000", "Starting care per 10,000", "Section 20 (%)"],
               ["Wigan", "91.2", "32.6", "17%"],
               ["Statistical neighbours (average)", "104.6", "37.9", "13%"],
               ["North West", "86.0", "29.1", "15%"],
               ["England", "65.0", "24.6", "16%"]],
    )
    found = keys([f for f in extract_document(path).figures if f.method == "table"])
    for key in [("cla_rate_per_10k", "2018-19", "la", 91.2), ("cla_starts_rate_per_10k", "2018-19", "england", 24.6),
                ("s20_pct", "2018-19", "region", 15), ("cla_rate_per_10k", "2018-19", "statistical_neighbours", 104.6)]:
        assert key in found, key


def test_a_row_label_with_a_date_in_it_is_no_year_row(pdf_maker):
    path = pdf_maker(
        ["Independent Reviewing Officer Annual Report 2019/20. Wigan Council.",
         "Table 8: disputes raised under the protocol in 2019/20 (illustrative figures)."],
        table=[["Outcome", "Number"],
               ["Resolved at stage 1", "31"],
               ["Still open at 31 March 2020", "2"],
               ["Total", "40"]],
    )
    figures = [f for f in extract_document(path).figures if f.method == "table"]
    assert 2 not in {f.value for f in figures}


def test_caption_dates_the_comparator_columns(pdf_maker):
    path = pdf_maker(
        ["Independent Reviewing Officer Annual Report 2021/22. Wigan Council.",
         "Table 2: children in care (England and North West: 2020-21, the latest published)"],
        table=[["Measure", "2021-22", "2020-21", "North West", "England"],
               ["Rate per 10,000 children", "74", "71", "94", "67"],
               ["Starts per 10,000 children", "29", "27", "31", "24"]],
    )
    found = keys([f for f in extract_document(path).figures if f.method == "table"])
    assert ("cla_rate_per_10k", "2020-21", "england", 67) in found
    assert ("cla_starts_rate_per_10k", "2020-21", "region", 31) in found
    assert ("cla_starts_rate_per_10k", "2021-22", "la", 29) in found
    assert not {k for k in found if k[2] != "la" and k[1] == "2021-22"}
