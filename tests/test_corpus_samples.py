"""The committed sample corpus (corpus/) matches its generator (scripts/make_documents.py,
from tests/documents/corpus/) and its answer key."""
from __future__ import annotations

import csv
import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SCRIPT = ROOT / "scripts" / "make_documents.py"

GOLD_FIGURE_COLUMNS = ["doc", "council", "metric", "period", "comparator", "value",
                       "value_high", "unit", "optional", "evidence"]
GOLD_DOCUMENT_COLUMNS = ["doc", "council", "ons_code", "la_number", "region", "period", "kind"]


def _load_script():
    spec = importlib.util.spec_from_file_location("make_documents", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_documents", module)
    spec.loader.exec_module(module)
    return module


mc = _load_script()
SAMPLES = mc.load_set("corpus").infos
DOCS = sorted(SAMPLES)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _read_csv(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    mc.write_set("corpus", out)
    return out


@pytest.fixture(scope="module")
def committed_texts() -> dict[str, list[str]]:
    return {doc: mc.pdf_page_texts(CORPUS / f"{doc}.pdf") for doc in DOCS}


@pytest.fixture(scope="module")
def expected() -> list[dict]:
    return _read_csv(CORPUS / "expected.csv")


def test_committed_files_present():
    for doc in DOCS:
        assert (CORPUS / f"{doc}.pdf").is_file(), doc
    for name in ("README.md", "expected.csv", "figures.csv", "documents.csv"):
        assert (CORPUS / name).is_file(), name


@pytest.mark.parametrize("doc", DOCS)
def test_regeneration_reproduces_committed_text(doc, regenerated, committed_texts):
    assert mc.pdf_page_texts(regenerated / f"{doc}.pdf") == committed_texts[doc]


@pytest.mark.parametrize("name", ["expected.csv", "figures.csv", "documents.csv", "README.md"])
def test_regeneration_reproduces_committed_tables(name, regenerated):
    assert (regenerated / name).read_text(encoding="utf-8") == \
        (CORPUS / name).read_text(encoding="utf-8")


def test_generation_is_deterministic():
    first = {s.info.doc: s.pdf_bytes for s in mc.build_set("corpus", check=False)}
    second = {s.info.doc: s.pdf_bytes for s in mc.build_set("corpus", check=False)}
    assert first == second


@pytest.mark.parametrize("doc", DOCS)
def test_page_count_size_and_notice(doc, committed_texts):
    texts = committed_texts[doc]
    assert len(texts) == SAMPLES[doc].pages
    assert 2 <= len(texts) <= 5
    assert "Illustrative sample" in texts[0]
    assert "invented" in _norm(texts[0])
    assert (CORPUS / f"{doc}.pdf").stat().st_size < 60_000


def test_expected_csv_format(expected):
    with (CORPUS / "expected.csv").open(newline="", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == GOLD_FIGURE_COLUMNS
    assert (CORPUS / "figures.csv").read_bytes() == (CORPUS / "expected.csv").read_bytes()
    for row in expected:
        assert row["doc"] in SAMPLES
        assert row["council"] == SAMPLES[row["doc"]].council
        assert row["metric"] in mc.UNITS
        assert row["unit"] == mc.UNITS[row["metric"]]
        assert row["comparator"] in {"la", "statistical_neighbours", "england", "region"}
        assert re.fullmatch(r"20\d\d-\d\d", row["period"])
        start, end = int(row["period"][:4]), int(row["period"][5:])
        assert (start + 1) % 100 == end
        float(row["value"])
        if row["value_high"]:
            assert float(row["value_high"]) > float(row["value"])
        assert row["optional"] in {"0", "1"}
        assert row["evidence"]
    # one row per (doc, metric, period, comparator) among the required rows
    keys = [(r["doc"], r["metric"], r["period"], r["comparator"]) for r in expected
            if r["optional"] == "0"]
    assert len(keys) == len(set(keys))


def test_documents_csv():
    with (CORPUS / "documents.csv").open(newline="", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == GOLD_DOCUMENT_COLUMNS
    rows = {r["doc"]: r for r in _read_csv(CORPUS / "documents.csv")}
    assert sorted(rows) == DOCS
    assert {r["kind"] for r in rows.values()} == {"annual_report", "cover_report"}
    assert rows["wigan-iro-2019-20"]["la_number"] == "359"
    assert rows["somerset-iro-annual-report-2018"]["period"] == "2017-18"
    assert rows["leeds-cover-paper"]["kind"] == "cover_report"
    assert rows["croydon-iro-2021"]["period"] == "2020-21"
    assert rows["derbyshire-iro-2016-17"]["la_number"] == "830"


def test_every_metric_and_comparator_is_covered(expected):
    assert {r["metric"] for r in expected} == set(mc.UNITS)
    assert {r["comparator"] for r in expected} == {"la", "statistical_neighbours",
                                                   "england", "region"}
    assert not [r for r in expected if r["doc"] == "leeds-cover-paper"]
    assert [r for r in expected if r["value_high"]]  # at least one range


def test_evidence_occurs_in_pdf_text(expected, committed_texts):
    missing = []
    for row in expected:
        text = _norm("\n".join(committed_texts[row["doc"]]))
        for piece in row["evidence"].split(" ... "):
            if _norm(piece) not in text:
                missing.append((row["doc"], row["metric"], piece))
    assert not missing


def test_value_appears_in_its_evidence(expected):
    words = {"Twelve": "12", "three": "3"}
    for row in expected:
        ev = row["evidence"].replace(",", "")
        for word, digits in words.items():
            ev = re.sub(rf"\b{word}\b", digits, ev)
        numbers = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", ev)}
        assert float(row["value"]) in numbers, row


def test_standards_and_targets_are_not_recorded(expected, committed_texts):
    croydon = _norm("\n".join(committed_texts["croydon-iro-2021"]))
    for phrase in ("The IRO Handbook recommends a caseload of 50 to 70 children per full-time IRO",
                   "Our local target is 95%", "a review must be held within 20 working days"):
        assert phrase in croydon
    rows = [r for r in expected if r["doc"] == "croydon-iro-2021"]
    assert not [r for r in rows if r["value"] in {"50", "70", "95", "20", "87"}
                and r["comparator"] == "la"]


def test_wigan_running_header_and_footer(committed_texts):
    texts = committed_texts["wigan-iro-2019-20"]
    for n, text in enumerate(texts, start=1):
        assert "Wigan Council | IRO Annual Report 2019/20" in text
        assert f"Page {n} of {len(texts)}" in text


def test_somerset_table_splits_across_pages(committed_texts):
    texts = [_norm(t) for t in committed_texts["somerset-iro-annual-report-2018"]]
    page2 = next(i for i, t in enumerate(texts) if "Table 2: Performance summary" in t)
    assert "Children who started to be looked after 201 215 236" in texts[page2]
    assert "Child Looked After reviews held" not in texts[page2]
    nxt = texts[page2 + 1]
    assert nxt.startswith("Child Looked After reviews held 1,310 1,402 1,455")
    assert "Measure" not in nxt.split("Accommodated under section 20")[0]


def test_deliberate_inconsistencies_are_present(committed_texts):
    croydon = _norm("\n".join(committed_texts["croydon-iro-2021"]))
    assert "560 children were in the care of Croydon Council, of whom 318 were boys and 226 " \
           "were girls" in croydon  # 318 + 226 = 544
    assert "an increase of 41 children on the previous year's figure of 531" in croydon
    derby = _norm("\n".join(committed_texts["derbyshire-iro-2016-17"]))
    assert "Reviews within timescale (%) 95.3 96.9" in derby
    assert "97.6% of reviews were held within statutory timescales" in derby


def test_bad_inputs(tmp_path):
    import pikepdf
    import pypdfium2 as pdfium

    paths = mc.make_bad_inputs(tmp_path)
    assert set(paths) == {"empty.pdf", "not-a-pdf.pdf", "truncated.pdf", "encrypted.pdf",
                          "scanned.pdf"}
    for path in paths.values():
        assert path.is_file() and path.parent == tmp_path

    assert paths["empty.pdf"].stat().st_size == 0
    assert not paths["not-a-pdf.pdf"].read_bytes().startswith(b"%PDF")

    good = mc.build_document("corpus", "wigan-iro-2019-20").pdf_bytes
    truncated = paths["truncated.pdf"].read_bytes()
    assert truncated == good[: len(truncated)]
    assert 0.35 * len(good) < len(truncated) < 0.45 * len(good)

    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(paths["encrypted.pdf"])
    with pikepdf.open(paths["encrypted.pdf"], password="u") as pdf:
        assert pdf.is_encrypted and len(pdf.pages) == SAMPLES["wigan-iro-2019-20"].pages

    scanned = pdfium.PdfDocument(paths["scanned.pdf"])
    try:
        assert len(scanned) == 1
        page = scanned[0]
        assert page.get_textpage().get_text_range().strip() == ""
        assert any(obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects())
    finally:
        scanned.close()
