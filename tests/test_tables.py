"""tables.find_tables: ruled tables via camelot, unruled ones from word gaps."""
from __future__ import annotations

import functools
import time
from pathlib import Path

import pytest
from fpdf import FPDF

from extractor.read.reader import read_document
from extractor.read.tables import find_tables

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

PROSE = [
    "The reviewing service chaired reviews for every child in care during the year and kept",
    "their plans under scrutiny, meeting with partners to resolve any concerns about drift.",
]
NUMBERED = [
    "4.2 The rate per 10,000 children in care was 64.0 in 2020-21; this is lower than 68.0 for",
    "our statistical neighbours and close to the England figure of 67.0 for the same year.",
]
BULLETS = [
    "- 52 reviews were held within timescale in the first quarter of the year",
    "- 97% of children participated in their review, up from 95% last year",
]


@functools.lru_cache(maxsize=None)
def corpus_doc(prefix: str):
    found = sorted(CORPUS.glob(f"{prefix}_*.pdf")) if CORPUS.is_dir() else []
    if not found:
        pytest.skip("development corpus not present")
    doc = read_document(found[0])
    find_tables(doc, found[0])
    return doc


class Sheet:
    """Writes text at positions, in points from the top left of an A4 page."""

    def __init__(self):
        self.pdf = FPDF(unit="pt", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_font("Helvetica", size=10)
        self.y = 0.0

    def page(self, y: float = 80) -> "Sheet":
        self.pdf.add_page()
        self.y = y
        return self

    def line(self, *cells: tuple[float, str], step: float = 14) -> "Sheet":
        for x, text in cells:
            self.pdf.text(x, self.y, text)
        self.y += step
        return self

    def prose(self, lines: list[str], gap: float = 10) -> "Sheet":
        self.y += gap
        for text in lines:
            self.line((72, text))
        self.y += gap
        return self

    def save(self, path: Path) -> Path:
        self.pdf.output(str(path))
        return path


def tables_of(path: Path):
    doc = read_document(path)
    return doc, find_tables(doc, path)


COLUMNS = (72, 200, 290, 380)


def test_unruled_table_splits_cells_by_gaps_not_words(tmp_path):
    sheet = Sheet().page().prose(PROSE)
    sheet.line(*zip(COLUMNS, ["Year", "Our result", "Neighbours", "England"]))
    for row in (["2018-19", "71.5%", "68.0%", "70.2%"], ["2019-20", "73.0%", "69.1%", "71.0%"],
                ["2020-21", "n/a", "70.4%", "71.9%"]):
        sheet.line(*zip(COLUMNS, row))
    path = sheet.prose(NUMBERED).save(tmp_path / "unruled.pdf")
    doc, tables = tables_of(path)
    assert len(tables) == 1
    table = tables[0]
    assert table.method == "stream" and table.page == 1 and table.index == 1 and table.pages == [1]
    assert table.rows == [
        ["Year", "Our result", "Neighbours", "England"],
        ["2018-19", "71.5%", "68.0%", "70.2%"],
        ["2019-20", "73.0%", "69.1%", "71.0%"],
        ["2020-21", "n/a", "70.4%", "71.9%"],
    ]
    x0, top, x1, bottom = table.bbox
    inside = [ln.text for ln in doc.pages[0].lines if top <= (ln.top + ln.bottom) / 2 <= bottom]
    assert inside[0].startswith("Year") and inside[-1].startswith("2020-21") and len(inside) == 4
    assert doc.pages[0].tables == [table]


def test_header_columns_align_rows_with_empty_first_cell(tmp_path):
    sheet = Sheet().page().prose(PROSE)
    sheet.line((72, "Reviews held within timescale"), (260, "2019/20"), (330, "2020/21"), (400, "2021/22"))
    sheet.line((262, "97.5%"), (332, "98.1%"), (402, "96.0%"))
    _, tables = tables_of(sheet.prose(PROSE).save(tmp_path / "aligned.pdf"))
    assert [t.rows for t in tables] == [[
        ["Reviews held within timescale", "2019/20", "2020/21", "2021/22"],
        ["", "97.5%", "98.1%", "96.0%"],
    ]]


def test_a_heading_row_above_the_year_row_joins_the_header(tmp_path):
    sheet = Sheet().page().prose(PROSE)
    sheet.line((260, "Wigan"), (330, "Wigan"), (400, "North West"), (470, "England"), step=20)
    sheet.line((260, "2018/19"), (330, "2019/20"), (400, "2019/20"), (470, "2019/20"), step=20)
    sheet.line((72, "Rate per 10,000 children"), (262, "81"), (332, "84"), (402, "94"), (472, "67"), step=20)
    sheet.line((72, "Looked after at 31 March"), (262, "590"), (332, "612"), (402, ".."), (472, ".."), step=20)
    _, tables = tables_of(sheet.prose(PROSE).save(tmp_path / "two_line_header.pdf"))
    assert [t.rows[0] for t in tables] == [["", "Wigan 2018/19", "Wigan 2019/20", "North West 2019/20",
                                           "England 2019/20"]]


def test_wrapped_row_labels_join_their_row(tmp_path):
    sheet = Sheet().page().prose(PROSE)
    sheet.line((220, "31/03/2020"), (300, "31/03/2021"), (380, "31/03/2022"), step=18)
    sheet.line((72, "Children whose plans"), (220, "97.9"), (300, "98.3"), (380, "97.7"), step=12)
    sheet.line((72, "were reviewed on time"), step=18)
    sheet.line((72, "Children seen alone"), (220, "190"), (300, "233"), (380, "264"), step=12)
    sheet.line((72, "by their officer"), step=18)
    _, tables = tables_of(sheet.prose(PROSE, gap=16).save(tmp_path / "wrapped.pdf"))
    assert [t.rows for t in tables] == [[
        ["", "31/03/2020", "31/03/2021", "31/03/2022"],
        ["Children whose plans were reviewed on time", "97.9", "98.3", "97.7"],
        ["Children seen alone by their officer", "190", "233", "264"],
    ]]


def test_unruled_table_split_by_a_page_break_is_one_table(tmp_path):
    sheet = Sheet().page().prose(PROSE * 3)
    sheet.y = 780
    sheet.line(*zip(COLUMNS, ["Year", "Our result", "Neighbours", "England"]))
    sheet.page(70)
    for row in (["2018-19", "75.0", "79.5", "60.0"], ["2019-20", "73.0", "81.7", "62.0"],
                ["2020-21", "74.0", "87", "64.0"]):
        sheet.line(*zip(COLUMNS, row))
    doc, tables = tables_of(sheet.prose(NUMBERED).save(tmp_path / "split.pdf"))
    assert len(tables) == 1
    table = tables[0]
    assert table.pages == [1, 2] and table.page == 1
    assert table.rows[0] == ["Year", "Our result", "Neighbours", "England"]
    assert table.rows[1:] == [["2018-19", "75.0", "79.5", "60.0"], ["2019-20", "73.0", "81.7", "62.0"],
                              ["2020-21", "74.0", "87", "64.0"]]
    assert set(table.page_bboxes) == {1, 2} and table.bbox == table.page_bboxes[1]
    assert doc.pages[1].tables == []  # listed once, on the page it starts


def test_prose_numbered_paragraphs_and_bullets_are_not_tables(tmp_path):
    sheet = Sheet().page().prose(PROSE).prose(NUMBERED).prose(BULLETS)
    sheet.prose(["5 Performance", "5.1 In 2020-21 there were 370 children in care; 212 boys and 158 girls."])
    _, tables = tables_of(sheet.save(tmp_path / "prose.pdf"))
    assert tables == []


def _ruled_pdf(path: Path, rows: list[tuple[str, ...]], before: list[str] = PROSE) -> Path:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for text in before:
        pdf.cell(0, 14, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    with pdf.table(width=450, col_widths=(180, 90, 90, 90)) as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(10)
    for text in NUMBERED:
        pdf.cell(0, 14, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_ruled_table_goes_to_the_lattice_reader(tmp_path):
    rows = [("Year", "Our result", "Neighbours", "England"),
            ("2019-20", "71.5%", "68.0%", "70.2%"),
            ("2020-21", "73.0%", "69.1%", "71.0%")]
    doc, tables = tables_of(_ruled_pdf(tmp_path / "ruled.pdf", rows))
    assert len(tables) == 1
    table = tables[0]
    assert table.method == "lattice" and table.pages == [1]
    assert table.rows == [list(r) for r in rows]
    x0, top, x1, bottom = table.bbox
    inside = [ln.text for ln in doc.pages[0].lines if top <= (ln.top + ln.bottom) / 2 <= bottom]
    assert inside == ["Year Our result Neighbours England", "2019-20 71.5% 68.0% 70.2%",
                      "2020-21 73.0% 69.1% 71.0%"]


def test_ruled_table_over_a_page_break_is_one_table(tmp_path):
    rows = [("Quarter and measure", "Count", "Share", "Target")]
    rows += [(f"Measure number {n}", str(10 + n), f"{50 + n}%", "60%") for n in range(1, 61)]
    _, tables = tables_of(_ruled_pdf(tmp_path / "long.pdf", rows, before=PROSE * 10))
    assert len(tables) == 1
    table = tables[0]
    assert len(table.pages) >= 2 and table.pages == list(range(1, len(table.pages) + 1))
    assert table.rows[0] == list(rows[0])
    assert table.rows[1:] == [list(r) for r in rows[1:]]  # the repeated heading row dropped


def test_camelot_only_sees_pages_whose_rules_are_pictures(tmp_path, monkeypatch):
    import camelot
    from PIL import Image, ImageDraw

    calls = []
    real = camelot.read_pdf

    def spy(path, pages="1", **kwargs):
        calls.append(pages)
        return real(path, pages=pages, **kwargs)

    monkeypatch.setattr(camelot, "read_pdf", spy)
    plain = Sheet().page().prose(PROSE).save(tmp_path / "plain.pdf")
    tables_of(plain)
    rows = [("Year", "Our result", "Neighbours", "England"), ("2020-21", "73.0%", "69.1%", "71.0%")]
    tables_of(_ruled_pdf(tmp_path / "ruled.pdf", rows))  # vector rules: read without camelot
    assert calls == []
    # a table whose rules are pixels of an image, with its text laid over it
    image = Image.new("RGB", (900, 300), "white")
    draw = ImageDraw.Draw(image)
    for y in (0, 100, 200, 299):
        draw.line([(0, y), (899, y)], fill="black", width=3)
    for x in (0, 300, 600, 899):
        draw.line([(x, 0), (x, 299)], fill="black", width=3)
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.image(image, x=60, y=100, w=480, h=300)  # over a quarter of the page
    pdf.set_font("Helvetica", size=10)
    for i, row in enumerate([("Year", "Reviews", "On time"), ("2020-21", "1,020", "95%"), ("2021-22", "1,104", "97%")]):
        for j, value in enumerate(row):
            pdf.text(70 + 160 * j, 150 + 100 * i, value)
    pictured = tmp_path / "pictured.pdf"
    pdf.output(str(pictured))
    tables_of(pictured)
    assert calls == ["1"]


# -- development corpus --------------------------------------------------------

def _find(doc, first_row: list[str]):
    return [t for t in doc.tables if t.rows[0] == first_row]


def test_corpus_table_header_at_page_foot_joins_rows_on_next_page():
    doc = corpus_doc("001")
    header = ["Year", "PCC Result", "SN Result", "ENG Result"]
    split = [t for t in _find(doc, header) if t.pages == [3, 4]]
    assert len(split) == 1
    assert split[0].rows == [header, ["2015-16", "75.0", "79.5", "60.0"],
                             ["2016-17", "73.0", "81.7", "62.0"], ["2017-18", "74.0", "87", "64.0"]]
    assert split[0].method == "stream" and split[0].page == 3


def test_corpus_unruled_tables_001():
    doc = corpus_doc("001")
    ages = _find(doc, ["Age at 31 March 2018", "Boys", "Girls", "Total"])
    assert len(ages) == 1 and ages[0].rows[-1] == ["Total", "212", "158", "370"] and len(ages[0].rows) == 8
    reviews = _find(doc, ["CLA Reviews held within timescales", "2015/16", "2016/17", "2017/18"])
    assert len(reviews) == 1 and reviews[0].rows[1:] == [["", "99.7%", "99.6%", "98.9%"]]
    assert len(_find(doc, ["Year", "PCC Result", "SN Result", "ENG Result"])) == 2
    for table in doc.tables:  # numbered paragraphs stay prose
        assert not any("Peterborough City Council's rate" in cell for row in table.rows for cell in row)


def test_corpus_wrapped_labels_002():
    doc = corpus_doc("002")
    found = _find(doc, ["", "31/03/2012", "31/03/2013", "31/03/2014"])
    assert len(found) == 1
    assert ["Looked after children cases which were reviewed within required timescales",
            "97.9", "98.3", "97.7"] in found[0].rows
    assert found[0].page == 6 and found[0].method == "stream"


def test_corpus_ruled_tables_004():
    doc = corpus_doc("004")
    kpi = [t for t in doc.tables if ["% CLA at end of period with an up to date PEP", "71%", "86%", "81%"] in t.rows]
    assert len(kpi) == 1 and kpi[0].method == "lattice" and kpi[0].page == 3
    assert kpi[0].rows[0] == ["", "May-15", "15/16 outturn", "16/17 outturn"]
    caseload = [t for t in doc.tables if t.page == 2 and t.rows[0] == ["", "March 16", "March 17"]]
    assert len(caseload) == 1 and ["Number of Looked After Children", "546", "534"] in caseload[0].rows
    reasons = [t for t in doc.tables if t.rows[0][0] == "Reason"]
    assert len(reasons) == 1 and reasons[0].pages == [3, 4]
    assert reasons[0].rows[-1] == ["Total number of children", "13", "19"]
    assert len(reasons[0].rows) == 8


def test_corpus_prose_only_report_has_no_tables():
    assert corpus_doc("003").tables == []


def test_corpus_tables_fast_without_ruled_pages():
    paths = [p for p in sorted(CORPUS.glob("*.pdf"))] if CORPUS.is_dir() else []
    if not paths:
        pytest.skip("development corpus not present")
    docs = [(read_document(p), p) for p in paths if not p.name.startswith(("000", "004"))]
    start = time.perf_counter()
    for doc, path in docs:
        find_tables(doc, path)
    assert time.perf_counter() - start < 1.0


def test_contents_list_with_page_numbers_is_not_a_table(tmp_path):
    sheet = Sheet().page().prose(["Contents"])
    for n, title in enumerate(["Introduction", "Legal context", "Caseloads", "Participation"]):
        sheet.line((72, f"{n + 1}. {title}"), (480, str(3 + 2 * n)))
    _, tables = tables_of(sheet.prose(PROSE).save(tmp_path / "contents.pdf"))
    assert tables == []
