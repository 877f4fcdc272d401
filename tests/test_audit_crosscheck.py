"""Checks that use extracted figures: official statistics, last year's report,
and the same figure stated twice.  The reference data here is a tiny made-up
file in the DfE layout, not the real one.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from audit_pdfs import write_pdf  # noqa: E402

from extractor.audit import audit_document, open_reference  # noqa: E402
from extractor.audit.crosscheck import basis_of, conflict_checks, official_checks, previous_report_checks  # noqa: E402
from extractor.audit.official import CsvReference, DbReference  # noqa: E402
from extractor.audit.wording import get  # noqa: E402
from extractor.model import DocumentRecord, ExtractionResult, Figure  # noqa: E402

LA = 857  # a real DfE number (Rutland) so council detection can find it; every figure below is invented


def fig(value, evidence, period="2022-23", metric="cla_count", page=1, method="text") -> Figure:
    unit = "percent" if metric.endswith("_pct") else "children"
    return Figure("doc", "Rutland", LA, period, metric, "la", value, None, unit, page, evidence, method, 0.9)


@pytest.fixture
def reference_dir(tmp_path) -> Path:
    folder = tmp_path / "reference"
    folder.mkdir()
    (folder / "dfe_children_indicators.csv").write_text(
        "indicator,description,area,la_number,region,year,value\n"
        "LACnum,Number of Looked after Children,Rutland,857,East Midlands,2022,47\n"
        "LACnum,,Rutland,857,East Midlands,2023,58\n"
        "LACnum,,Rutland,857,East Midlands,2024,x\n")
    (folder / "la_register.csv").write_text("la_number,la_name,region,type\n857,Rutland,East Midlands,UA\n")
    return folder


def test_count_against_the_official_figure(reference_dir):
    ref = CsvReference(reference_dir)
    figures = [fig(52, "At 31 March 2023 the council was looking after 52 children."),
               fig(46, "At 31 March 2022 the council was looking after 46 children.", period="2021-22")]
    checks, notes = official_checks("doc", figures, LA, ref, provisional=True)
    bad = [c for c in checks if not c.holds]
    assert len(checks) == 2 and len(bad) == 1
    f = bad[0].finding
    assert f.kind == "official" and f.severity == "warning" and f.stated == "52" and f.expected == "58"
    assert "LACnum" in f.source and "2023" in f.source
    assert "6 fewer" in f.explanation and "provisional" in f.explanation
    assert not notes


@pytest.mark.parametrize("evidence, reason", [
    ("During 2022-23 the monthly average of children looked after was around 52.", "average"),
    ("As at 20 February 2023 there were 52 children looked after.", "20 February 2023"),
    ("There were 52 children placed at a distance from the county.", "something else"),
])
def test_other_measures_are_noted_not_compared(reference_dir, evidence, reason):
    checks, notes = official_checks("doc", [fig(52, evidence)], LA, CsvReference(reference_dir), False)
    assert not checks
    assert len(notes) == 1 and reason in notes[0].text and "58" in notes[0].text


def test_no_official_figure_is_a_note(reference_dir):
    checks, notes = official_checks("doc", [fig(60, "At 31 March 2024 there were 60 children in care.", "2023-24")],
                                    LA, CsvReference(reference_dir), False)
    assert not checks and "no official figure" in notes[0].text


def test_basis_of_a_table_figure():
    spec = get("official.metrics.cla_count")
    assert basis_of(fig(534, "Number of Looked After Children | March 17: 534", method="table"), spec)[0] == "snapshot"
    assert basis_of(fig(365, "compared to 365 in 2021-22 where 197 were male"), spec)[0] == "unstated"
    assert basis_of(fig(271, "plans stood at 257 and LAC was 271."), spec)[0] == "unstated"


def test_database_reference_and_previous_report(tmp_path, reference_dir):
    from extractor.data import store
    from extractor.data.reference import load_reference

    db = tmp_path / "iro.duckdb"
    load_reference(db, reference_dir)
    earlier = ExtractionResult(
        DocumentRecord("last-year", "last-year.pdf", "a" * 64, 3, "Rutland", LA, "East Midlands", "2021-22",
                       "annual_report", figures=1),
        [Figure("last-year", "Rutland", LA, "2021-22", "cla_count", "la", 49, None, "children", 2,
                "At 31 March 2022 we looked after 49 children.", "text", 0.9),
         Figure("last-year", "Rutland", LA, "2021-22", "case_alerts", "la", 30, None, "alerts", 3,
                "IROs raised 30 case alerts.", "text", 0.9)])
    store.save_to_db(db, [earlier])
    ref = open_reference(db)
    assert isinstance(ref, DbReference)
    assert ref.official(LA, "cla_count", "2022-23").value == 58
    figures = [fig(46, "At 31 March 2022 the council looked after 46 children.", period="2021-22"),
               fig(30, "compared with 30 alerts in 2021-22", period="2021-22", metric="case_alerts")]
    checks = previous_report_checks("doc", figures, LA, "2022-23", ref, "b" * 64)
    by_metric = {c.summary.split(" ")[0]: c for c in checks}
    assert len(checks) == 2
    bad = [c for c in checks if not c.holds][0].finding
    assert bad.kind == "previous_report" and bad.stated == "46" and bad.expected == "49"
    assert "last-year" in bad.explanation and "revised" in bad.explanation
    assert any(c.holds for c in checks), by_metric


def test_same_figure_twice_from_the_pipeline():
    figures = [fig(96.0, "Reviews within timescale | 2022-23: 96.0", metric="cla_reviews_in_timescale_pct", page=2,
                   method="table"),
               fig(97.5, "In 2022-23, 97.5% of reviews were held on time.", metric="cla_reviews_in_timescale_pct",
                   page=4),
               fig(96, "96% of reviews were in timescale in 2022-23.", metric="cla_reviews_in_timescale_pct"),
               fig(92.0, "Reviews within timescale | May-22: 92.0", metric="cla_reviews_in_timescale_pct",
                   method="table")]
    checks = conflict_checks("doc", figures, set())
    assert len(checks) == 1
    f = checks[0].finding
    assert f.kind == "conflict" and f.severity == "warning" and {f.stated, f.expected} == {"97.5%", "96%"}
    assert conflict_checks("doc", figures, {frozenset((96.0, 97.5))}) == []


def test_end_to_end_with_the_pipeline(tmp_path, reference_dir):
    pytest.importorskip("extractor.run.pipeline")
    pdf = write_pdf(tmp_path / "rutland.pdf", [
        "This report covers the work of the IRO service from 1 April 2022 to 31 March 2023.",
        "At 31 March 2023 Rutland County Council was looking after 52 children, compared with 47 at 31 March 2022.",
        "During 2022-23 the monthly average of children looked after was around 50.",
    ], title="Rutland County Council Independent Reviewing Officer Annual Report 2022-23")
    result = audit_document(pdf, open_reference(reference_dir))
    assert result.la_number == LA and result.period == "2022-23"
    official = [f for f in result.findings if f.kind == "official"]
    assert len(official) == 1 and official[0].stated == "52" and official[0].expected == "58"
    assert any("average" in n.text for n in result.notes)
