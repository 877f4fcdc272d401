"""`iro explain` shows pattern authors how a sentence is read."""
from __future__ import annotations

from typer.testing import CliRunner

from extractor.cli import app


def test_explain_shows_cues_skips_and_figures():
    result = CliRunner().invoke(app, [
        "explain", "The IRO Handbook recommends 50-70 children per IRO; in 2019/20 our average "
        "caseload was 64, compared with 58 the year before."])
    assert result.exit_code == 0, result.output
    assert "'average caseload' -> iro_caseload_avg" in result.output
    assert "'50-70' skipped" in result.output
    lines = [ln for ln in result.output.splitlines() if "iro_caseload_avg" in ln and "│" in ln]
    assert any("2019-20" in ln and " 64 " in ln for ln in lines)
    assert any("2018-19" in ln and " 58 " in ln for ln in lines)
