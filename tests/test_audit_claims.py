"""`iro audit` claim checks, one kind at a time, on PDFs written here.

Each document states one figure wrongly and others rightly; the right ones
must not be flagged.  All sentences and figures are invented for the tests.
"""
from __future__ import annotations

import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).parent))
from audit_pdfs import write_pdf  # noqa: E402

from extractor.audit import audit_document  # noqa: E402


def audit(tmp_path: Path, blocks: list, name: str = "doc"):
    return audit_document(write_pdf(tmp_path / f"{name}.pdf", blocks), use_pipeline=False)


def findings(result, kind: str | None = None, severity: str | None = None):
    return [f for f in result.findings if (kind is None or f.kind == kind) and (severity is None or f.severity == severity)]


def holding(result, kind: str) -> list:
    return [c for c in result.checks if c.kind == kind and c.holds]


# -- stated changes ------------------------------------------------------------------

def test_change_of_a_count_against_the_two_figures(tmp_path):
    result = audit(tmp_path, [
        "At 31 March 2023 the council looked after 480 children, compared with 450 a year earlier. "
        "This is an increase of 40 children.",
        "The service received 96 referrals for advocacy during the year, up from 80 in 2021-22, "
        "an increase of 16 referrals.",
    ])
    bad = findings(result, "change")
    assert len(bad) == 1
    f = bad[0]
    assert f.severity == "error"
    assert "an increase of 40" in f.stated and "30" in f.expected
    assert "480 − 450 = 30" in f.arithmetic
    assert "earlier figure of 440" in f.fix and "current figure of 490" in f.fix
    assert any("96 − 80 = 16" in c.summary for c in holding(result, "change"))


def test_change_read_from_the_table_row(tmp_path):
    result = audit(tmp_path, [
        "During 2022-23 the IROs chaired 1,300 looked after children reviews, an increase from March 2022 of 60 "
        "reviews.",
        ("table", [["Activity", "March 22", "March 23"],
                   ["Number of looked after children reviews", "1,210", "1,300"],
                   ["Number of children looked after", "450", "480"]]),
    ])
    f = findings(result, "change")[0]
    assert f.severity == "error"
    assert "1,300 − 1,210 = 90" in f.arithmetic
    assert "March 22" in f.explanation
    assert any(q.page == 1 and "1,210" in q.text for q in f.quotes[1:])


def test_percentage_change_of_a_count(tmp_path):
    result = audit(tmp_path, [
        "At the end of March 2022 there were 400 children in care. The number of children in care has increased "
        "by 12.5% (450) since then.",
        "Children placed with in-house foster carers were 200 in March 2022. This number has risen by 20% (220).",
    ])
    bad = findings(result, "change")
    assert [f.stated for f in bad] == ["an increase of 20%"]
    assert "10.0%" in bad[0].expected and "220 − 200 = 20" in bad[0].arithmetic
    assert any("450 − 400 = 50" in c.summary for c in holding(result, "change"))


def test_percentage_points_against_percent(tmp_path):
    result = audit(tmp_path, [
        "In March 2022, 80% of children had an up to date care plan; in March 2023 it was 88%, an 8% increase.",
        "In March 2022, 50% of young people had a pathway plan; in March 2023 it was 55%, a 10% increase.",
        "In March 2022, 70% of reviews had a parent present; in March 2023 it was 84%, a 5% increase.",
    ])
    by_claim = {f.claim.split("%")[0][-2:] + "%": f for f in findings(result, "change")}
    points = by_claim["80%"]
    assert points.severity == "info" and "8 percentage points" in points.expected
    assert "10.0% as a relative change" in points.explanation
    wrong = by_claim["70%"]
    assert wrong.severity == "error" and "14" in wrong.arithmetic
    assert "50%" not in by_claim  # 50 -> 55 is a 10% relative increase: holds on the literal reading
    assert any("55% − 50% = 5" in c.summary for c in holding(result, "change"))


def test_points_reading_that_speaks_of_numbers_is_a_warning(tmp_path):
    result = audit(tmp_path, [
        "At the end of March 2022, 60% of children had a health assessment in date. At the end of March 2023 this "
        "was 66%, which marks a 6% increase in the number of children with an assessment.",
    ])
    f = findings(result, "change")[0]
    assert f.severity == "warning" and "percentage points" in f.explanation and "10.0%" in f.explanation


def test_direction_against_the_series_in_the_table_above(tmp_path):
    result = audit(tmp_path, [
        "The table below shows the rate of children starting to be looked after per 10,000 children.",
        ("grid", [["Year", "Council", "England"], ["2020-21", "31.0", "25.0"], ["2021-22", "33.0", "26.0"],
                  ["2022-23", "30.0", "26.5"]]),
        "The rate of children starting to be looked after has increased over the last twelve months.",
        "The table below shows the rate of children looked after per 10,000 children.",
        ("grid", [["Year", "Council", "England"], ["2020-21", "61.0", "67.0"], ["2021-22", "63.0", "70.0"],
                  ["2022-23", "64.0", "71.0"]]),
        "The rate of children looked after has increased over the last twelve months.",
    ])
    bad = findings(result, "change")
    assert len(bad) == 1
    assert "33.0 (2021-22) → 30.0 (2022-23)" in bad[0].expected and bad[0].severity == "error"
    assert "fall of 3" in bad[0].explanation
    assert len([c for c in result.checks if c.kind == "series" and c.holds]) == 1


def test_higher_than_the_last_two_years(tmp_path):
    result = audit(tmp_path, [
        "The table below shows the rate of children in care per 10,000 children for the council and England.",
        ("grid", [["Year", "Council", "England"], ["2020-21", "58.0", "67.0"], ["2021-22", "56.0", "70.0"],
                  ["2022-23", "57.0", "71.0"]]),
        "The council's rate for 2022-23 was 57.0, below England's 71.0. The 2022-23 outturn is higher in "
        "comparison with the last two years.",
    ])
    f = findings(result, "change")[0]
    assert f.severity == "error" and "each of the last 2 years" in f.stated
    assert "57.0 is lower than 58.0 (2020-21)" in f.explanation and "mean" in f.explanation


def test_a_change_with_no_figures_to_check_is_not_counted(tmp_path):
    result = audit(tmp_path, [
        "Caseloads rose during the year as more children came into care.",
        "These caseloads had reduced on average by 4 from the previous year.",
        "During 2022-23 the monthly average of children looked after was around 350.",
    ])
    assert not [c for c in result.checks if c.kind in ("change", "series")]


# -- parts, totals and shares -------------------------------------------------------------

def test_parts_against_the_total(tmp_path):
    result = audit(tmp_path, [
        "At 31 March 2023, 512 children were looked after, of whom 270 were boys and 242 were girls. A year "
        "earlier there were 498, of whom 260 were boys and 228 were girls.",
        "Of the 61 young people in custody or secure care, 12 were remanded and 9 were in secure children's "
        "homes.",
    ])
    bad = findings(result, "total")
    assert len(bad) == 1
    f = bad[0]
    assert f.severity == "error" and "260 + 228 = 488" in f.arithmetic and "10 short" in f.explanation
    assert "boys, girls" in f.explanation
    assert any("270 + 242 = 512" in c.summary for c in holding(result, "total"))


def test_table_total_row_and_column(tmp_path):
    result = audit(tmp_path, [
        "Table 4 shows the age of children in care at 31 March 2023.",
        ("grid", [["Age", "Boys", "Girls", "Total"], ["Under 5", "40", "38", "78"], ["5 to 9", "52", "47", "99"],
                  ["10 to 15", "101", "88", "189"], ["16 and 17", "77", "69", "146"], ["Total", "270", "242", "510"]]),
    ])
    bad = findings(result, "total")
    assert len(bad) == 1 and "512" in bad[0].expected and "510" in bad[0].stated
    assert len(holding(result, "total")) >= 6  # both columns and the four rows add up


def test_percentage_with_a_count_of_the_other_outcome(tmp_path):
    result = audit(tmp_path, [
        "There were a total of 1,200 looked after children reviews held in 2022-23.",
        "In 2022-23, 97.5% of reviews took place within statutory timescales, which means that 12 reviews took "
        "place outside of timescale.",
    ])
    f = findings(result, "share")[0]
    assert f.severity == "error"
    assert "about 30" in f.expected and "1,200" in f.explanation
    assert "percentage is of about 480 items" in f.explanation


def test_percentage_with_a_count_that_fits(tmp_path):
    result = audit(tmp_path, [
        "IROs chaired 1,387 reviews during 2022-23. In 2022-23, 94.1% of reviews were held within timescale and "
        "82 reviews were held late.",
        "Of the 60 feedback forms returned, 51 (85%) said the review was helpful and 6 (10%) said it was not.",
    ])
    assert not findings(result, "share")
    assert len(holding(result, "share")) == 3


def test_count_and_percentage_of_a_base(tmp_path):
    result = audit(tmp_path, ["Of the 60 feedback forms returned, 51 (80%) said the review was helpful."])
    f = findings(result, "share")[0]
    assert "85.0%" in f.expected and "51 out of 60" in f.explanation


def test_sum_written_out(tmp_path):
    result = audit(tmp_path, [
        "We can see that 38.5% of children entered care under five (16.2 + 21.3).",
        "Some 41.0% were over ten (20.5 + 20.5).",
    ])
    bad = findings(result, "sum")
    assert len(bad) == 1 and "16.2 + 21.3 = 37.5" in bad[0].arithmetic and bad[0].stated == "total 38.5%"
    assert len(holding(result, "sum")) == 1


def test_percentage_column_and_change_column(tmp_path):
    result = audit(tmp_path, [
        "Table 1: Legal status of children looked after at 31 March 2023",
        ("table", [["Legal status", "Number", "%"], ["Care orders", "300", "60.0"], ["Placement orders", "75", "15.0"],
                   ["Section 20", "125", "24.0"], ["Total", "500", "100.0"]]),
        "Table 2: Key indicators",
        ("table", [["Indicator", "2021-22", "2022-23", "Change"], ["Children looked after", "470", "500", "+30"],
                   ["Reviews held", "1,150", "1,210", "+50"], ["Reviews within timescale (%)", "95.1", "96.0", "+0.9"]]),
    ])
    bad = {f.kind: f for f in result.findings if f.severity == "error"}
    assert set(bad) == {"share", "change", "total"}
    assert "25.0" in bad["share"].expected  # 125 of 500
    assert "60" in bad["change"].expected  # 1,210 - 1,150
    assert "99.0" in bad["total"].expected  # 60 + 15 + 24 is not 100


def test_percentage_row_from_two_count_rows(tmp_path):
    result = audit(tmp_path, [
        "Table 3: Reviews held on time",
        ("table", [["Measure", "2020-21", "2021-22", "2022-23"],
                   ["Reviews held within timescale (%)", "96.0", "97.5", "97.0"],
                   ["Reviews held", "1,000", "1,200", "1,300"],
                   ["Reviews held out of timescale", "40", "30", "26"]]),
    ])
    bad = findings(result, "share", "error")
    assert len(bad) == 1 and "98.0" in bad[0].expected  # 100 - 26/1,300
    assert len(holding(result, "share")) == 2


# -- prose against tables, comparisons -------------------------------------------------------

def test_prose_restating_a_table_row_with_one_figure_different(tmp_path):
    result = audit(tmp_path, [
        "The table below compares the rate of children in care per 10,000 with statistical neighbours and England.",
        ("grid", [["Year", "Council", "SN average", "England"], ["2021-22", "58.0", "66.0", "70.0"],
                  ["2022-23", "61.0", "68.0", "71.0"]]),
        "The council's rate for 2022-23 was 62.0 per 10,000 children, lower than the statistical neighbour "
        "average of 68.0 and the England average of 71.0.",
        "In 2021-22 the rate was 58.0, against 66.0 for statistical neighbours and 70.0 for England.",
    ])
    f = findings(result, "conflict")
    assert len(f) == 1 and f[0].severity == "error"
    assert f[0].stated == "62.0" and f[0].expected == "61.0"
    assert "68.0, 71.0" in f[0].explanation
    assert len(holding(result, "conflict")) == 1


def test_prose_figure_against_the_table_for_the_same_year(tmp_path):
    result = audit(tmp_path, [
        ("table", [["Indicator", "2021-22", "2022-23"], ["Reviews within timescale (%)", "95.3", "96.9"],
                   ["Children participating in reviews (%)", "90.0", "92.0"]]),
        "Timeliness improved: in 2022-23, 97.6% of reviews were held within statutory timescales.",
        "In 2022-23, 92.0% of children participating in reviews shared their views.",
    ])
    f = findings(result, "conflict")
    assert len(f) == 1 and f[0].stated == "97.6%" and f[0].expected == "96.9"


def test_comparison_with_a_comparator(tmp_path):
    result = audit(tmp_path, [
        "Our rate was 72.0 per 10,000 children, higher than the England average of 75.0.",
        "The rate of children starting care was 24.0, lower than the regional average of 26.0.",
    ])
    bad = findings(result, "comparison")
    assert len(bad) == 1 and "72.0 is lower than 75.0" in bad[0].expected
    assert len(holding(result, "comparison")) == 1


def test_n_of_m_improved(tmp_path):
    result = audit(tmp_path, [
        "4 of the 5 KPIs have improved from the 21/22 outturn.",
        ("table", [["Indicator", "21/22 outturn", "22/23 outturn"], ["% reviews in timescale", "90%", "94%"],
                   ["% participation", "95%", "96%"], ["% up to date care plan", "88%", "86%"],
                   ["% accommodated under section 20", "30%", "25%"], ["Number of pre-review visits", "n/a", "900"]]),
    ])
    f = findings(result, "n_of_m")[0]
    assert f.severity == "warning" and "3 of 5" in f.expected
    assert "no earlier figure" in f.explanation and "section 20" in f.explanation


# -- standards -------------------------------------------------------------------------

def test_caseloads_against_the_handbook(tmp_path):
    result = audit(tmp_path, [
        "The IRO Handbook recommends a caseload of 50-70 children for a full-time IRO.",
        "In 2022-23 the average caseload per FTE IRO was 78 children.",
        "A year earlier the average caseload per FTE IRO was 64 children.",
        "IROs also held an average child protection caseload of 35 children.",
    ])
    f = findings(result, "standard")
    assert [x.stated for x in f if x.severity == "warning"] == ["78"]
    assert "IRO Handbook" in f[0].explanation
    assert any("64" in c.summary for c in holding(result, "standard"))
    assert not any("50" in c.summary and "70 against" in c.summary for c in result.checks)


def test_rates_against_100_and_impossible_values(tmp_path):
    result = audit(tmp_path, [
        "In 2022-23, 96% of reviews were held within timescale.",
        "In 2022-23, 104% of children participated in their review.",
    ])
    assert any(f.kind == "standard" and f.severity == "info" and "4 points short" in f.explanation
               for f in result.findings)
    assert any(f.kind == "impossible" and f.severity == "error" and "104%" in f.stated for f in result.findings)


def test_a_consistent_document_has_no_findings_above_info(tmp_path):
    result = audit(tmp_path, [
        "At 31 March 2023 the council looked after 480 children, of whom 250 were boys and 230 were girls. "
        "This is an increase of 30 children on the previous year's figure of 450.",
        ("table", [["Measure", "2021-22", "2022-23"], ["Children looked after at 31 March", "450", "480"],
                   ["Reviews held", "1,150", "1,210"]]),
        "IROs chaired 1,210 reviews in 2022-23, up from 1,150 in 2021-22.",
        "The average caseload per full-time IRO was 60 children.",
    ])
    assert result.inconsistent == 0 and len(result.checks) >= 5
