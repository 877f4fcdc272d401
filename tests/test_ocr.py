"""Scanned reports: OCR'd when Tesseract is installed, a clear error when it isn't.

The scans are made here: a text PDF written with fpdf2 is rasterised with
pdfium and the page images wrapped back into an image-only PDF.
"""
from __future__ import annotations

import re

import shutil

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.read.ocr import lines_from_tesseract, tesseract_cmd, unavailable_reason
from extractor.run.pipeline import extract_document
from extractor.read.reader import read_document

try:  # tests/ may or may not be a package
    from tests import helpers_runner
except ImportError:
    import helpers_runner

SENTENCES = helpers_runner.SENTENCES
figure_keys, scan_of, text_pdf = helpers_runner.figure_keys, helpers_runner.scan_of, helpers_runner.text_pdf

needs_tesseract = pytest.mark.skipif(unavailable_reason() is not None,
                                     reason="Tesseract/pytesseract not installed")


@pytest.fixture(scope="module")
def text_and_scan(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scans")
    text = text_pdf(folder / "typed.pdf")
    return text, scan_of(text, folder / "scanned.pdf")


def test_the_scan_has_no_text_layer(text_and_scan):
    _, scan = text_and_scan
    document = read_document(scan, require_text=False)
    assert not any(page.lines for page in document.pages)
    assert extract_document(scan, ocr=False).record.error.startswith("no text layer")


@needs_tesseract
def test_scanned_pdf_gives_the_same_figures_as_the_text_pdf(text_and_scan):
    text, scan = text_and_scan
    typed, scanned = extract_document(text), extract_document(scan)
    assert typed.record.status == "ok" and scanned.record.status == "ok", scanned.record.error
    assert ("cla_count", "2019-20", "la", 412, None) in figure_keys(typed)
    assert ("cla_reviews_held", "2019-20", "la", 1030, None) in figure_keys(typed)
    assert len(typed.figures) >= 4
    assert figure_keys(scanned) == figure_keys(typed)
    assert (scanned.record.council, scanned.record.period) == (typed.record.council, typed.record.period)
    by_key = {(f.metric, f.value): f for f in typed.figures}
    for figure in scanned.figures:
        assert figure.method == "ocr"
        assert figure.confidence < by_key[(figure.metric, figure.value)].confidence
        assert figure.evidence
    # the document says its pages were OCR'd, and how sure Tesseract was of the words
    assert re.search(r"\d+ pages? OCR'd, mean word confidence \d+", scanned.record.warnings)
    assert "OCR'd" not in typed.record.warnings


@needs_tesseract
def test_only_the_pages_without_text_are_ocrd(tmp_path):
    text = text_pdf(tmp_path / "two-pages.pdf", pages=2)
    mixed = scan_of(text, tmp_path / "mixed.pdf", keep_text_pages={1})
    result = extract_document(mixed)
    assert result.record.status == "ok", result.record.error
    methods = {f.page: f.method for f in result.figures}
    # page 2 repeats page 1, so its figures were merged into page 1's
    assert methods and set(methods) == {1} and methods[1] == "text"
    document = read_document(mixed, require_text=False)
    assert document.pages[0].lines and not document.pages[1].lines


@needs_tesseract
def test_ocr_through_the_cli_and_worker_processes(text_and_scan, tmp_path):
    _, scan = text_and_scan
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(scan), "-o", str(out), "--no-progress", "--workers", "1"])
    assert result.exit_code == 0, result.output
    figures = (out / "figures.csv").read_text()
    assert ",ocr," in figures and "412" in figures


def test_without_tesseract_a_scan_gets_a_clear_error(text_and_scan, monkeypatch):
    _, scan = text_and_scan
    monkeypatch.setenv("IRO_TESSERACT", "/nonexistent/tesseract")
    assert tesseract_cmd() is None
    result = extract_document(scan)
    assert result.record.status == "error"
    error = result.record.error
    assert error.startswith("no text layer (scanned images?)")
    assert "install Tesseract" in error and "apt-get install tesseract-ocr" in error
    assert "\n" not in error


def test_without_tesseract_the_cli_says_how_to_enable_ocr(text_and_scan, tmp_path, monkeypatch):
    text, scan = text_and_scan
    monkeypatch.setenv("IRO_TESSERACT", "/nonexistent/tesseract")  # worker processes inherit it
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(text, folder / "a-typed.pdf")
    shutil.copy(scan, folder / "b-scanned.pdf")
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(tmp_path / "out"), "--no-progress",
                                      "--workers", "2"])
    assert result.exit_code == 0  # one good file: not a total failure
    assert "b-scanned.pdf: no text layer (scanned images?)" in result.output
    assert "install Tesseract" in result.output
    assert "1 documents extracted, 1 failed" in result.output


def test_without_tesseract_a_partly_scanned_report_keeps_its_text_pages(tmp_path, monkeypatch):
    monkeypatch.setenv("IRO_TESSERACT", "/nonexistent/tesseract")
    text = text_pdf(tmp_path / "two-pages.pdf", pages=2)
    result = extract_document(scan_of(text, tmp_path / "mixed.pdf", keep_text_pages={1}))
    assert result.record.status == "ok" and result.figures
    assert {f.method for f in result.figures} == {"text"}


def test_tesseract_words_become_lines_in_points():
    scale = 72 / 300
    data = {
        "text": ["", "There", "were", "412", "", "children", "junk"],
        "conf": [-1, 96, 95, 91, -1, 90, 10],
        "left": [0, 300, 600, 900, 0, 300, 600], "top": [0, 300, 302, 301, 0, 400, 400],
        "width": [0, 250, 200, 120, 0, 300, 50], "height": [0, 40, 38, 40, 0, 40, 40],
        "block_num": [1, 1, 1, 1, 1, 1, 1], "par_num": [1, 1, 1, 1, 1, 1, 1],
        "line_num": [1, 1, 1, 1, 2, 2, 2],
    }
    lines = lines_from_tesseract(data, 3, scale, scale)
    assert [line.text for line in lines] == ["There were 412", "children"]
    first = lines[0]
    assert first.page == 3
    assert first.x0 == pytest.approx(72.0) and first.x1 == pytest.approx(1020 * scale)
    assert first.top == pytest.approx(72.0) and first.bottom == pytest.approx(341 * scale)
    assert [w.text for w in first.words] == ["There", "were", "412"]
