"""Second held-out test set (tests/holdout2/): extract it and score it against its answer key.

The documents were written by ``scripts/make_holdout2.py`` independently of the
extractor's patterns and with different wording and table shapes from the first set.
Run with ``pytest tests/test_holdout2.py -s`` to see the per-document report (misses
with the gold evidence, false positives with the extractor's evidence).

First scored at F1 0.566; the patterns were then generalised against its failures
(previous-year brackets, bare-year rows, wrapped year headers, comparator and
measure columns, claimed cues), taking it to 0.957. It has informed the patterns, so
it is now a regression test rather than an estimate for unseen reports.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.evaluate import KEY, overall, score

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "tests" / "holdout2"
SHARED = ROOT.parent / "shared"

F1_THRESHOLD = 0.9

FIGURE_COLUMNS = ["doc", "council", "metric", "period", "comparator", "value", "value_high",
                  "unit", "optional", "evidence"]
DOCUMENT_COLUMNS = ["doc", "council", "ons_code", "la_number", "region", "period", "kind"]


def _read_csv(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    try:
        parts = []
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(parts)
    finally:
        doc.close()


# --------------------------------------------------------------------------- answer key


def test_holdout2_files_present():
    docs = _read_csv(HOLDOUT / "documents.csv")
    assert len(docs) == 4
    for d in docs:
        assert (HOLDOUT / f"{d['doc']}.pdf").is_file(), d["doc"]


def test_answer_key_format():
    with (HOLDOUT / "figures.csv").open(newline="", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == FIGURE_COLUMNS
    with (HOLDOUT / "documents.csv").open(newline="", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == DOCUMENT_COLUMNS
    docs = {d["doc"]: d for d in _read_csv(HOLDOUT / "documents.csv")}
    figures = _read_csv(HOLDOUT / "figures.csv")
    periods = re.compile(r"^20\d\d-\d\d$")
    seen = set()
    for f in figures:
        assert f["doc"] in docs, f
        assert f["council"] == docs[f["doc"]]["council"], f
        assert periods.match(f["period"]), f
        assert f["comparator"] in {"la", "statistical_neighbours", "england", "region"}, f
        assert f["optional"] in {"0", "1"}, f
        float(f["value"])
        key = tuple(f[k] for k in KEY) + (f["value"], f["value_high"])
        assert key not in seen, f"duplicate gold row {key}"
        seen.add(key)
    for d in docs.values():
        assert periods.match(d["period"]), d
        assert d["kind"] in {"annual_report", "cover_report"}, d


def test_answer_key_matches_shared_vocabulary_and_register():
    metrics = SHARED / "schema" / "metrics.csv"
    register = SHARED / "reference" / "la_register.csv"
    if not (metrics.is_file() and register.is_file()):
        pytest.skip("../shared schema/register not present")
    units = {r["metric"]: r["unit"] for r in _read_csv(metrics)}
    for f in _read_csv(HOLDOUT / "figures.csv"):
        assert units.get(f["metric"]) == f["unit"], f
    las = {r["la_name"]: r for r in _read_csv(register)}
    for d in _read_csv(HOLDOUT / "documents.csv"):
        assert d["council"] in las, d
        assert int(d["la_number"]) == int(las[d["council"]]["la_number"]), d
        assert d["region"] == las[d["council"]]["region"], d


def test_evidence_in_pdf_text():
    texts = {d["doc"]: _norm(_pdf_text(HOLDOUT / f"{d['doc']}.pdf"))
             for d in _read_csv(HOLDOUT / "documents.csv")}
    for doc, text in texts.items():
        assert "Illustrative" in text, doc
    for f in _read_csv(HOLDOUT / "figures.csv"):
        for piece in f["evidence"].split(" ... "):
            assert _norm(piece) in texts[f["doc"]], (f["doc"], piece)


def test_regeneration_reproduces_holdout2(tmp_path):
    """scripts/make_holdout2.py still writes the committed answer key and PDF text."""
    import importlib.util
    import sys

    script = ROOT / "scripts" / "make_holdout2.py"
    spec = importlib.util.spec_from_file_location("make_holdout2", script)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_holdout2", module)
    spec.loader.exec_module(module)
    module.write_holdout2(tmp_path)
    for name in ("figures.csv", "documents.csv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == \
            (HOLDOUT / name).read_text(encoding="utf-8"), name
    for d in _read_csv(HOLDOUT / "documents.csv"):
        pdf = f"{d['doc']}.pdf"
        assert _pdf_text(tmp_path / pdf) == _pdf_text(HOLDOUT / pdf), pdf


# --------------------------------------------------------------------------- extraction


@pytest.fixture(scope="module")
def holdout2_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("holdout2_out")
    result = CliRunner().invoke(app, ["extract", str(HOLDOUT), "--out", str(out),
                                      "--no-progress", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert (out / "figures.csv").is_file() and (out / "documents.csv").is_file()
    return out


@pytest.fixture(scope="module")
def holdout2_scores(holdout2_out):
    return score(HOLDOUT, holdout2_out)


def _fmt_value(value, high) -> str:
    def one(v):
        if v is None or (isinstance(v, float) and pd.isna(v)) or v == "":
            return ""
        v = float(v)
        return str(int(v)) if v.is_integer() else str(v)
    low, hi = one(value), one(high)
    return f"{low}-{hi}" if hi else low


def _report(scores, gold: pd.DataFrame, pred_docs: pd.DataFrame) -> str:
    lines = []
    total = overall(scores)
    lines.append(f"HOLDOUT2 overall: precision {total.precision:.3f}  recall {total.recall:.3f}  "
                 f"F1 {total.f1:.3f}  (tp {total.tp}, fp {total.fp}, fn {total.fn}; "
                 f"councils ok {total.council_ok}, periods ok {total.period_ok})")
    gold_docs = pd.read_csv(HOLDOUT / "documents.csv", dtype={"period": str}).set_index("doc")
    for s in scores:
        g = gold_docs.loc[s.doc]
        lines.append("")
        lines.append(f"== {s.doc}  {g['council']} {g['period']} ({g['kind']}): "
                     f"P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} "
                     f"(tp {s.tp}, fp {s.fp}, fn {s.fn})")
        if not s.council_ok or not s.period_ok:
            got = pred_docs.loc[s.doc] if s.doc in pred_docs.index else None
            lines.append(f"   IDENTITY: predicted council {got['council'] if got is not None else None!r}"
                         f", period {got['period'] if got is not None else None!r}")
        for m in s.misses:
            rows = gold[(gold["doc"] == s.doc) & (gold["metric"] == m["metric"])
                        & (gold["period"] == m["period"])
                        & (gold["comparator"] == m["comparator"])]
            evidence = rows["evidence"].iloc[0] if len(rows) else "?"
            lines.append(f"   MISS {m['metric']} {m['period']} {m['comparator']} "
                         f"{_fmt_value(m['value'], m['value_high'])}  | {evidence}")
        for fp in s.false_positives:
            lines.append(f"   FP   {fp['metric']} {fp['period']} {fp['comparator']} "
                         f"{_fmt_value(fp['value'], fp.get('value_high'))} "
                         f"[p{fp.get('page', '?')} {fp.get('rule', '')}]  | {fp.get('evidence', '')}")
    return "\n".join(lines)


def test_holdout2_score(holdout2_scores, holdout2_out):
    gold = pd.read_csv(HOLDOUT / "figures.csv", dtype={"period": str})
    pred_docs = pd.read_csv(holdout2_out / "documents.csv", dtype={"period": str}).set_index("doc")
    print()
    print(_report(holdout2_scores, gold, pred_docs))
    total = overall(holdout2_scores)
    assert total.f1 >= F1_THRESHOLD, f"hold-out 2 F1 {total.f1:.3f} < {F1_THRESHOLD}"


def test_holdout2_council_and_period(holdout2_scores, holdout2_out):
    pred_docs = pd.read_csv(holdout2_out / "documents.csv", dtype={"period": str}).set_index("doc")
    wrong = []
    for s in holdout2_scores:
        if not (s.council_ok and s.period_ok):
            got = pred_docs.loc[s.doc] if s.doc in pred_docs.index else None
            wrong.append((s.doc, None if got is None else (got["council"], got["period"])))
    assert not wrong, f"wrong council or period: {wrong}"
