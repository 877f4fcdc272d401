"""Council, reporting year and period parsing, from the words of a report."""
from __future__ import annotations

import pytest

from extractor.figures.identity import detect_council, detect_period
from extractor.periods import find_periods


@pytest.mark.parametrize("text, period", [
    ("This report covers the period from 1 April 2016 to 31 March 2017.", "2016-17"),
    ("Independent Reviewing Officer Annual Report 2017/18", "2017-18"),
    ("IRO ANNUAL REPORT 2014\\15 for the Corporate Parenting Panel", "2014-15"),
    ("Annual Report 2019-2020", "2019-20"),
    ("The work of the service during 2020/21 and in 2020/21 again.", "2020-21"),
    ("IRO Annual Report April 2019 - March 2020. Last year (2018/19) we said 2018/19 ...", "2019-20"),
    # minutes that name only the coming year: the report is the year before it
    ("Agenda item: IRO report. Headlines. Priorities for 2022/23. The dashboard will appear in "
     "the 2022/23 annual report.", "2021-22"),
    ("The Panel received the IRO report. Reviews rose in 2018-19. Key actions for 2019-20: "
     "more visits. Key actions for 2019-20: training.", "2018-19"),
    ("Midway reviews fell by 12% since 1st April, 2021.", "2021-22"),
    ("Minutes of the Corporate Parenting Board, 9 November 2020. The Board endorsed the "
     "priorities for the reviewing service for 2020/21.", "2019-20"),
    ("Minutes of the Corporate Parenting Board held on 9 November 2020. The annual report "
     "of the IRO service for the last financial year was noted.", "2019-20"),
])
def test_reporting_year(text, period):
    assert detect_period(text) == period


@pytest.mark.parametrize("text, period", [
    ("at 31 March 2017", "2016-17"),
    ("as at 31st March 2014", "2013-14"),
    ("15/16 outturn", "2015-16"),
    ("March 16", "2015-16"),
    ("31/03/2012", "2011-12"),
    ("1 April 2019", "2019-20"),
    ("2013 \\ 14", "2013-14"),
])
def test_dates_belong_to_the_financial_year(text, period):
    assert [p.period for p in find_periods(text) if p.period] == [period]


def test_a_council_is_the_one_the_report_is_about():
    text = ("Wigan Council's IRO service. Our statistical neighbours are Bolton, Bury and St Helens. "
            "In Wigan the number of children in care grew. Wigan Council will continue ...")
    council = detect_council(text)
    assert (council.name, council.la_number, council.region) == ("Wigan", 359, "North West")


def test_names_and_aliases():
    assert detect_council("A report of Brighton & Hove City Council").name == "Brighton and Hove"
    assert detect_council("Hull City Council's looked after children").la_number == 810
    # "reading" the verb is not Reading the council
    assert detect_council("reading the report, Somerset Council noted ...").name == "Somerset"


def test_reorganised_councils_follow_the_period():
    assert detect_council("Dorset Council IRO report", "2016-17").la_number == 835
    assert detect_council("Dorset Council IRO report", "2020-21").la_number == 838


def test_a_committee_minute_quoting_the_report_is_a_cover_report(pdf_maker):
    from extractor.run.pipeline import extract_document

    minute = pdf_maker([
        "Agenda item 7. Independent Reviewing Officer Annual Report 2021/22 (Wigan Council).",
        "The Head of Safeguarding presented the report. Members were informed that the IROs chaired "
        "1,044 reviews, that 95% were held within timescales and that 88% of children participated.",
        "Resolved: that the report be noted.",
    ])
    report = pdf_maker([
        "Wigan Council. Independent Reviewing Officer Annual Report 2021/22.",
        "The IROs chaired 1,044 reviews; 95% were held within timescales and 88% of children "
        "participated. Our recommendations for next year follow.",
    ])
    minute_result, report_result = extract_document(minute), extract_document(report)
    assert len(minute_result.figures) >= 3  # a minute may carry the report's headline figures
    assert minute_result.record.kind == "cover_report"
    assert report_result.record.kind == "annual_report"
