"""Scanned reports: as good as the text PDF, and honest when they are not.

The tests make their own scans of the development reports (pdftoppm, then an
image-only PDF; a 1.5 degree turn; speckle) with benchmarks/bench_scans.py and
score each scan's figures against the text PDF's. They need Tesseract,
pdftoppm and ../shared; they skip without them. OCR is slow (~2 s a page), so
the 100 dpi, turned and speckled scans use two reports: one of prose, one of
tables.
"""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.model import CONFIDENT

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
PROSE_AND_TABLES = ("001_2440d00990e0ec5c", "004_e3403e754ec0c2f1")

pytestmark = pytest.mark.skipif(not (shutil.which("tesseract") and shutil.which("pdftoppm")),
                                reason="needs Tesseract and pdftoppm")


def _bench():
    spec = importlib.util.spec_from_file_location("bench_scans", ROOT / "benchmarks" / "bench_scans.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _bench()


def _extract(folder: Path, out: Path) -> set[tuple]:
    result = CliRunner().invoke(app, ["extract", str(folder), "--out", str(out), "--no-progress", "--no-cache"])
    assert result.exit_code == 0, result.output
    return bench.figures(out)


@pytest.fixture(scope="module")
def dev_reports(tmp_path_factory) -> tuple[list[Path], set[tuple]]:
    pdfs = sorted(SHARED_CORPUS.glob("*.pdf"))
    if not pdfs:
        pytest.skip("../shared/corpus not present")
    return pdfs, _extract(SHARED_CORPUS, tmp_path_factory.mktemp("text"))


def _scan_and_score(pdfs: list[Path], truth: set[tuple], folder: Path, **kind) -> tuple[float, float]:
    scans = folder / "scans"
    scans.mkdir()
    for pdf in pdfs:
        bench.rasterise(pdf, scans / pdf.name, **kind)
    found = _extract(scans, folder / "out")
    docs = {p.stem for p in pdfs}
    expected = {f for f in truth if f[0] in docs}
    recall = len(found & expected) / len(expected)
    precision = len(found & expected) / len(found) if found else 1.0
    print(f"{kind}: recall {recall:.3f} precision {precision:.3f}")
    return recall, precision


def test_a_150_dpi_scan_gives_what_the_text_pdf_gives(dev_reports, tmp_path):
    pdfs, truth = dev_reports
    recall, precision = _scan_and_score(pdfs, truth, tmp_path, dpi=150)
    assert recall >= 0.95 and precision >= 0.95


@pytest.mark.parametrize("kind", [dict(dpi=100), dict(dpi=150, rotate=1.5), dict(dpi=150, noise=0.002)],
                         ids=["100dpi", "turned-1.5deg", "speckled"])
def test_coarser_turned_and_speckled_scans(dev_reports, tmp_path, kind):
    pdfs, truth = dev_reports
    chosen = [p for p in pdfs if p.stem in PROSE_AND_TABLES]
    recall, precision = _scan_and_score(chosen, truth, tmp_path, **kind)
    assert recall >= 0.85 and precision >= 0.85


def test_a_50_dpi_scan_is_named_and_its_figures_are_not_trusted(tmp_path):
    source = ROOT / "corpus" / "wigan-iro-2019-20.pdf"
    scans = tmp_path / "scans"
    scans.mkdir()
    bench.rasterise(source, scans / "coarse.pdf", dpi=50)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(scans), "--out", str(out), "--no-progress", "--no-cache"])
    assert result.exit_code == 0, result.output
    import pandas as pd

    document = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False).iloc[0]
    assert "scanned at 50 dpi" in document["warnings"] and "figures not trusted" in document["warnings"]
    assert "scanned at 50 dpi" in result.output  # on the console too
    figures = pd.read_csv(out / "figures.csv")
    assert not (figures["status"] == CONFIDENT).any()
    assert figures.empty or figures["signals"].str.contains("poor_scan").all()
