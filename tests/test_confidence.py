"""Confidence is a calibrated probability; "to check" figures stay out of outputs unless asked."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.figures.confidence import ConfidenceModel, model, score
from extractor.model import CONFIDENT, TO_CHECK, Figure

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "tests" / "holdout6"  # the least tuned written set: it has figures to check
runner = CliRunner()


def _figure(**signals) -> Figure:
    return Figure("d", "C", 1, "2020-21", "cla_count", "la", 10, None, "children", 1, "e", "text", 0.0,
                  signals={"text": 1.0, **signals})


def test_status_follows_the_threshold():
    m = ConfidenceModel(intercept=0.0, weights={"dated": 2.0, "rival_value": -3.0}, threshold=0.8)
    sure, unsure = _figure(dated=1.0), _figure(dated=1.0, rival_value=1.0)
    score([sure, unsure], m)
    assert sure.confidence == pytest.approx(0.881, abs=1e-3) and sure.status == CONFIDENT
    assert unsure.confidence < 0.5 and unsure.status == TO_CHECK


@pytest.mark.parametrize("weaker", [{"rival_value": 1.0}, {"period_inferred": 1.0}, {"cue_very_far": 1.0},
                                    {"carried_cue": 1.0}, {"ocr": 1.0}])
def test_the_shipped_model_trusts_weaker_evidence_less(weaker):
    base, weak = _figure(dated=1.0), _figure(dated=1.0, **weaker)
    score([base, weak])
    assert weak.confidence < base.confidence


def test_threshold_is_a_probability():
    assert 0.5 <= model().threshold < 1


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("holdout6_out")
    result = runner.invoke(app, ["extract", str(HOLDOUT), "--out", str(out), "--no-progress", "--no-cache"])
    assert result.exit_code == 0, result.output
    return out


def test_every_figure_has_a_status_and_signals(extracted):
    figures = pd.read_csv(extracted / "figures.csv")
    assert set(figures["status"]) == {CONFIDENT, TO_CHECK}
    assert figures["confidence"].between(0, 1).all()
    assert (figures["status"] == CONFIDENT).eq(figures["confidence"] >= model().threshold).all()
    assert figures["signals"].str.contains("text|table").all()
    documents = pd.read_csv(extracted / "documents.csv")
    assert documents["warnings"].str.contains("figures to check").any()


def test_calibration_table_over_several_sets(extracted, tmp_path):
    corpus_out = tmp_path / "corpus"
    assert runner.invoke(app, ["extract", str(ROOT / "corpus"), "--out", str(corpus_out), "--no-progress"]).exit_code == 0
    result = runner.invoke(app, ["evaluate", "--gold", str(HOLDOUT), "--pred", str(extracted),
                                 "--gold", str(ROOT / "corpus"), "--pred", str(corpus_out),
                                 "--no-details", "--calibration"])
    assert result.exit_code == 0, result.output
    assert "0.95-1.00" in result.output and "confident:" in result.output
    unpaired = runner.invoke(app, ["evaluate", "--gold", str(HOLDOUT), "--pred", str(extracted),
                                   "--gold", str(ROOT / "corpus")])
    assert unpaired.exit_code == 2


def test_confident_scoring_is_at_least_as_precise(extracted):
    from extractor.reports.evaluate import overall, score as score_run

    everything = overall(score_run(HOLDOUT, extracted))
    confident = overall(score_run(HOLDOUT, extracted, confident_only=True))
    assert confident.tp + confident.fp < everything.tp + everything.fp
    assert confident.precision >= everything.precision


def test_outputs_leave_out_figures_to_check_and_say_so(extracted, tmp_path):
    db = tmp_path / "iro.duckdb"
    shutil.copy(extracted / "iro.duckdb", db)
    unsure = int((pd.read_csv(extracted / "figures.csv")["status"] == TO_CHECK).sum())
    confident_only = runner.invoke(app, ["export", "--db", str(db), "--out", str(tmp_path / "a")])
    everything = runner.invoke(app, ["export", "--db", str(db), "--out", str(tmp_path / "b"), "--all"])
    assert confident_only.exit_code == everything.exit_code == 0
    assert f"{unsure} figures marked 'to check' are left out" in confident_only.output
    fewer = pd.read_csv(tmp_path / "a" / "dataset_long.csv")
    more = pd.read_csv(tmp_path / "b" / "dataset_long.csv")
    assert len(fewer) < len(more)
    summary = runner.invoke(app, ["summary", "--region", "South West", "--db", str(db)])
    assert summary.exit_code == 0 and "left out; --all includes them" in summary.output
