"""Real council text (tests/real/): the set is what it says, and the tool keeps its scores.

First-contact scores by batch are in tests/real/README.md; once scored, the set is a
regression test. Run ``pytest tests/test_real.py -s`` to see the misses and extras.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.reports.evaluate import overall, score

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "real"
SHARED = ROOT.parent / "shared"
ALLOWED_REGIONS = {"Inner London", "Outer London", "South East", "East of England", "North West", "West Midlands"}
F1_THRESHOLD = 0.85
CONFIDENT_PRECISION = 0.95


def _rows(name: str) -> list[dict]:
    with (REAL / name).open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _front_matter(doc: str) -> dict[str, str]:
    raw = (REAL / "docs" / f"{doc}.md").read_text(encoding="utf-8")
    head = re.match(r"---\n(.*?)\n---\n", raw, re.DOTALL).group(1)
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in head.splitlines() if ":" in line)}


def test_at_least_thirty_documents_each_with_its_source_and_pdf():
    docs = _rows("documents.csv")
    assert len(docs) >= 30
    batches = {r["doc"]: r["batch"] for r in _rows("batches.csv")}
    for d in docs:
        meta = _front_matter(d["doc"])
        assert meta["source"].startswith("http"), d["doc"]
        assert meta["council"] == d["council"] and meta["period"] == d["period"], d["doc"]
        assert (REAL / "pdf" / f"{d['doc']}.pdf").is_file(), d["doc"]
        assert d["doc"] in batches, d["doc"]


def test_only_councils_of_the_allowed_regions():
    for d in _rows("documents.csv"):
        assert d["region"] in ALLOWED_REGIONS, d
    register = SHARED / "reference" / "la_register.csv"
    if not register.is_file():
        pytest.skip("../shared register not present")
    with register.open(newline="", encoding="utf-8") as fh:
        regions = {int(r["la_number"]): r["region"] for r in csv.DictReader(fh) if r["la_number"].isdigit()}
    for d in _rows("documents.csv"):
        assert regions[int(d["la_number"])] in ALLOWED_REGIONS, d


def test_answer_key_uses_the_metric_vocabulary_and_quotes_the_text():
    from extractor.figures.patterns import metrics

    known = metrics()
    text = {d["doc"]: " ".join((REAL / "docs" / f"{d['doc']}.md").read_text(encoding="utf-8").split())
            for d in _rows("documents.csv")}
    for f in _rows("figures.csv"):
        assert f["metric"] in known and known[f["metric"]].unit == f["unit"], f
        assert re.fullmatch(r"(19|20)\d\d-\d\d", f["period"]), f
        assert " ".join(f["evidence"].split()) in text[f["doc"]], f


def test_pdfs_are_the_documents_text():
    """The rendered PDF holds the page's words and nothing else."""
    import pypdfium2 as pdfium

    for d in _rows("documents.csv")[:8]:
        pdf = pdfium.PdfDocument(REAL / "pdf" / f"{d['doc']}.pdf")
        try:
            words = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf))).split()
        finally:
            pdf.close()
        raw = (REAL / "docs" / f"{d['doc']}.md").read_text(encoding="utf-8")
        body = raw[raw.index("\n---\n", 4) + 5:].split()
        assert "".join(words) == "".join(body), d["doc"]


@pytest.fixture(scope="module")
def real_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("real_out")
    result = CliRunner().invoke(app, ["extract", str(REAL / "pdf"), "--out", str(out), "--no-progress", "--no-cache"])
    assert result.exit_code == 0, result.output
    return out


def test_scores_hold(real_out):
    scores = score(REAL, real_out)
    total = overall(scores)
    for s in scores:
        for m in s.misses:
            print("miss ", s.doc, m)
        for f in s.false_positives:
            print("extra", s.doc, f["metric"], f["period"], f["value"], str(f["evidence"])[:100])
    print(f"real: precision {total.precision:.3f} recall {total.recall:.3f} F1 {total.f1:.3f}")
    assert total.f1 >= F1_THRESHOLD
    confident = overall(score(REAL, real_out, confident_only=True))
    assert confident.precision >= CONFIDENT_PRECISION


def test_documents_say_what_the_tool_could_not_tell(real_out):
    """A page that never names its council gets no council and says so; every inferred
    period is said to be inferred; la_number is a whole number in the CSV."""
    found = pd.read_csv(real_out / "documents.csv", dtype=str, keep_default_na=False).set_index("doc")
    text = {d["doc"]: (REAL / "docs" / f"{d['doc']}.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
            for d in _rows("documents.csv")}
    unnamed = [doc for doc, row in found.iterrows() if not row["council"]]
    assert unnamed, "the set has pages that never name their council"
    for doc in unnamed:
        assert "council not named in the text" in found.loc[doc, "warnings"]
    for doc, row in found.iterrows():
        assert not row["la_number"].endswith(".0"), row["la_number"]
        if row["council"]:
            assert row["council"].split()[0] in text[doc] or "council not named" not in row["warnings"]
    assert any("period inferred" in w for w in found["warnings"])


def test_no_audit_error_on_real_text():
    """None of these documents contradicts itself by arithmetic (tests/real/NOTES.md), so
    an audit error on any of them would be false."""
    from extractor.audit import audit_paths

    audits = audit_paths([REAL / "pdf"])
    assert len(audits) == len(_rows("documents.csv"))
    errors = [(a.doc, f.explanation) for a in audits for f in a.findings if f.severity == "error"]
    assert errors == []


def test_console_shows_each_documents_warnings(tmp_path):
    unnamed = next(d["doc"] for d in _rows("documents.csv")
                   if d["council"].split()[0] not in (REAL / "docs" / f"{d['doc']}.md").read_text().split("---", 2)[2])
    result = CliRunner().invoke(app, ["extract", str(REAL / "pdf" / f"{unnamed}.pdf"), "--out", str(tmp_path),
                                      "--no-progress", "--no-cache"])
    lines = result.output.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(f"ok    {unnamed}:"))
    assert "warning council not named in the text" in " ".join(lines[at + 1:at + 4])
