"""Damaged PDFs and random bytes: no crash, no lost rows for the good files, a clear error for each bad one.

Hypothesis damages a small good report (truncation, overwritten bytes,
wrong headers, random text in place of a PDF) and mixes the results with
good files in one run.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.run.pipeline import extract_document
from extractor.run.runner import ExtractionRun

try:  # tests/ may or may not be a package
    from tests import helpers_runner
except ImportError:
    import helpers_runner

# What a reader of documents.csv sees: a one-line reason that says what is wrong.
CLEAR_REASONS = ("empty file", "not a PDF", "damaged PDF", "encrypted PDF", "no text layer", "cannot read file")
SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                     HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> tuple[bytes, set]:
    path = helpers_runner.text_pdf(tmp_path_factory.mktemp("good") / "good.pdf")
    result = extract_document(path)
    assert result.record.status == "ok" and result.figures
    return path.read_bytes(), helpers_runner.figure_keys(result)


def damage(data: bytes, draw) -> bytes:
    kind = draw(st.sampled_from(["truncate", "overwrite", "header", "random", "text", "empty", "splice"]))
    if kind == "truncate":
        return data[:draw(st.integers(0, len(data) - 1))]
    if kind == "overwrite":
        out = bytearray(data)
        for _ in range(draw(st.integers(1, 40))):
            at = draw(st.integers(0, len(out) - 1))
            chunk = draw(st.binary(min_size=1, max_size=64))
            out[at:at + len(chunk)] = chunk
        return bytes(out)
    if kind == "header":
        header = draw(st.sampled_from([b"%PDF-9.9", b"%PDF-", b"%PDX-1.4", b"PK\x03\x04", b"\x89PNG\r\n", b"GIF89a",
                                       b"<html>", b"\xef\xbb\xbf%PDF-1.4"]))
        return header + data[draw(st.integers(0, 16)):]
    if kind == "random":
        return draw(st.binary(max_size=4096))
    if kind == "text":
        return draw(st.text(max_size=2000)).encode("utf-8", "surrogatepass")
    if kind == "empty":
        return b""
    start = draw(st.integers(0, len(data) - 1))  # splice: a piece of the file repeated or dropped
    stop = draw(st.integers(start, len(data)))
    return data[:start] + draw(st.sampled_from([b"", data[start:stop], data[start:stop] * 2])) + data[stop:]


@st.composite
def damaged_pdf(draw, data: bytes) -> bytes:
    return damage(data, draw)


def check_clear(result) -> None:
    record = result.record
    assert record.status in ("ok", "error")
    if record.status == "error":
        assert record.error and "\n" not in record.error and len(record.error) < 500
        assert record.error.startswith(CLEAR_REASONS), record.error
        assert not result.figures


@settings(max_examples=150, **SETTINGS)
@given(data=st.data())
def test_one_damaged_file_never_raises(good, tmp_path_factory, data):
    bad = data.draw(damaged_pdf(good[0]))
    path = tmp_path_factory.mktemp("bad") / "bad.pdf"
    path.write_bytes(bad)
    result = extract_document(path)  # must not raise
    check_clear(result)
    if result.record.status == "ok" and bad == good[0]:
        assert helpers_runner.figure_keys(result) == good[1]


@settings(max_examples=25, **SETTINGS)
@given(data=st.data(), bad_count=st.integers(1, 4), good_count=st.integers(1, 3))
def test_bad_files_cost_no_rows_of_the_good_ones(good, tmp_path_factory, data, bad_count, good_count):
    folder = tmp_path_factory.mktemp("batch")
    names = {}
    for i in range(good_count):
        (folder / f"good{i}.pdf").write_bytes(good[0])
        names[f"good{i}"] = "good"
    for i in range(bad_count):
        (folder / f"bad{i}.pdf").write_bytes(data.draw(damaged_pdf(good[0])))
        names[f"bad{i}"] = "bad"
    results = ExtractionRun([folder], workers=0, cache_dir=folder / ".cache").results()
    assert [r.record.doc for r in results] == sorted(names)
    for result in results:
        check_clear(result)
        if names[result.record.doc] == "good":
            assert result.record.status == "ok"
            assert helpers_runner.figure_keys(result) == good[1]
            assert {f.doc for f in result.figures} == {result.record.doc}


def test_damaged_files_in_worker_processes(good, tmp_path):
    """The same through worker processes, with every kind of damage at once."""
    data = good[0]
    bad = {
        "empty": b"", "text": b"Dear councillor, please find attached", "png": b"\x89PNG\r\n\x1a\n" + data[8:],
        "truncated": data[: len(data) // 3], "no-header": data[9:], "zeroed": data[:200] + bytes(len(data) - 200),
        "xref-junk": data.replace(b"xref", b"xrex").replace(b"startxref", b"startxrex"),
    }
    for name, content in bad.items():
        (tmp_path / f"bad-{name}.pdf").write_bytes(content)
    for i in range(2):
        (tmp_path / f"good-{i}.pdf").write_bytes(data)
    results = ExtractionRun([tmp_path, tmp_path / "missing.pdf"], workers=2, timeout=60).results()
    by_doc = {r.record.doc: r for r in results}
    assert len(results) == len(bad) + 3
    for result in results:
        check_clear(result)
    for i in range(2):
        assert helpers_runner.figure_keys(by_doc[f"good-{i}"]) == good[1]
    for name in ("empty", "text", "png", "truncated", "zeroed"):
        assert by_doc[f"bad-{name}"].record.status == "error", name
    assert by_doc["bad-empty"].record.error == "empty file (0 bytes)"
    assert by_doc["bad-text"].record.error.startswith("not a PDF")
    assert by_doc["missing"].record.error.startswith("cannot read file")
