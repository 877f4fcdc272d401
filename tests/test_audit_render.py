"""`iro audit` output (text, markdown, HTML, JSON) and the command line."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
from audit_pdfs import write_pdf  # noqa: E402

from extractor.audit import audit_document  # noqa: E402
from extractor.audit.render import render  # noqa: E402
from extractor.cli import app  # noqa: E402

BAD = [
    "At 31 March 2023 the council looked after 480 children (<500), compared with 450 a year earlier. "
    "This is an increase of 40 children.",
    "In 2022-23, 96% of reviews were held within timescale.",
]
GOOD = ["At 31 March 2023 the council looked after 480 children, of whom 250 were boys and 230 were girls."]


@pytest.fixture
def bad_pdf(tmp_path) -> Path:
    return write_pdf(tmp_path / "bad.pdf", BAD)


@pytest.fixture
def good_pdf(tmp_path) -> Path:
    return write_pdf(tmp_path / "good.pdf", GOOD)


@pytest.fixture
def audits(bad_pdf):
    return [audit_document(bad_pdf, use_pipeline=False)]


def test_json_is_a_list_of_findings(audits):
    data = json.loads(render(audits, "json"))
    assert isinstance(data, list) and len(data) == 2
    for row in data:
        assert {"doc", "page", "kind", "severity", "claim", "stated", "expected", "explanation"} <= set(row)
    error = next(r for r in data if r["severity"] == "error")
    assert error["doc"] == "bad" and error["page"] == 1 and error["kind"] == "change"
    assert error["stated"] == "an increase of 40" and "30" in error["expected"]
    assert error["arithmetic"] == "480 − 450 = 30" and error["fix"]


def test_html_has_one_card_per_finding_with_the_quote_highlighted(audits):
    page = render(audits, "html")
    assert page.count('<section class="card') == 2
    assert '<section class="card error">' in page and '<section class="card info">' in page
    assert "<mark>40</mark>" in page and "Page 1" in page and "page 1" in page
    assert "(&lt;500)" in page and "(<500)" not in page  # the report's text is escaped
    assert "claims checked, 1 inconsistent" in page


def test_text_and_markdown(audits):
    text = render(audits, "text")
    assert "claims checked, 1 inconsistent (1 error, 0 warnings), 1 for information" in text
    assert "[ERROR] p.1 Stated change" in text and "480 − 450 = 30" in text
    md = render(audits, "markdown")
    assert "### ERROR · p.1 · Stated change" in md and "**40**" in md and "`480 − 450 = 30`" in md


def test_cli_exit_codes_and_out_file(tmp_path, bad_pdf, good_pdf):
    runner = CliRunner()
    bad = runner.invoke(app, ["audit", str(bad_pdf), "--format", "json"])
    assert bad.exit_code == 1, bad.output
    assert json.loads(bad.stdout)[0]["doc"] == "bad"
    out = tmp_path / "report.html"
    good = runner.invoke(app, ["audit", str(good_pdf), "--format", "html", "--out", str(out)])
    assert good.exit_code == 0, good.output
    assert "Every claim checked adds up" in out.read_text()
    assert runner.invoke(app, ["audit", str(good_pdf), "--format", "yaml"]).exit_code == 2
    assert runner.invoke(app, ["audit", str(tmp_path / "missing.pdf")]).exit_code == 2


def test_an_unreadable_file_is_reported_not_raised(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf at all")
    result = audit_document(broken)
    assert result.error and "not a PDF" in result.error
    assert "not audited" in render([result], "text")
    assert json.loads(render([result], "json"))[0]["kind"] == "unreadable"


@pytest.mark.skipif(not shutil.which("chromium") and not Path("/usr/bin/chromium").exists(),
                    reason="no headless chromium")
def test_html_renders_in_a_browser(tmp_path, audits):
    page = tmp_path / "audit.html"
    page.write_text(render(audits, "html"))
    shot = tmp_path / "audit.png"
    browser = shutil.which("chromium") or "/usr/bin/chromium"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
                    "--window-size=1000,1400", page.as_uri()], capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000
