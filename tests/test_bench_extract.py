"""benchmarks/bench_extract.py runs end to end (on a tiny corpus, so quickly)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

try:  # tests/ may or may not be a package
    from tests import helpers_runner
except ImportError:
    import helpers_runner

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_extract.py"


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_extract", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_large_corpus_is_built_by_repeating_and_varying(tmp_path):
    bench = load_bench()
    corpus = [helpers_runner.text_pdf(tmp_path / f"r{i}.pdf", pages=i + 2) for i in range(3)]
    files, big = bench.build_large(corpus, tmp_path / "large", min_pages=30, big_pages=12)
    assert bench.page_count(big) == 12
    assert sum(bench.page_count(f) for f in files) >= 30
    assert len({f.read_bytes() for f in files}) == len(files)  # no two alike


def test_benchmark_prints_ratio_and_memory(tmp_path, capsys):
    bench = load_bench()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(2):
        helpers_runner.text_pdf(corpus / f"r{i}.pdf", pages=2)
    report = tmp_path / "bench.json"
    assert bench.main(["--corpus", str(corpus), "--min-pages", "8", "--big-pages", "4",
                       "--json", str(report)]) == 0
    out = capsys.readouterr().out
    assert "pdfplumber extract_text" in out and "iro extract (default -j)" in out
    assert "targets:" in out
    for target in ("small corpus, 1 worker, cold", "large corpus, 1 worker", "large corpus, default workers",
                   "200-page report"):
        assert target in out
    assert out.count("target ") >= 4 and ("OK target" in out or "BELOW target" in out)
    data = json.loads(report.read_text())
    small, large = data["rows"]
    assert small["pages"] == 4 and large["pages"] >= 8
    for row in data["rows"]:
        assert row["pipeline_ratio"] > 0 and row["pipeline_peak_mb"] > 0 and row["baseline_peak_mb"] > 0
    assert data["big_document"]["pages"] == 4 and data["big_document"]["peak_tree_mb"] > 0
