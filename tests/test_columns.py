"""Column-aware reading order (extractor/columns.py): tile grids and two-column
pages are read a column at a time; tables, key-value lists and ordinary
prose keep their lines."""
from __future__ import annotations

from pathlib import Path


from extractor.read.columns import layout
from extractor.run.pipeline import extract_document
from extractor.figures.prose import build_prose
from extractor.read.reader import read_document
from extractor.read.tables import find_tables
from helpers_pdf import positioned_pdf

TITLE = [(60, 60, "Independent Reviewing Officer Annual Report 2019/20", 14),
         (60, 78, "Wigan Council", 11)]


def write_pdf(path: Path, items: list[tuple[float, float, str, float]]) -> Path:
    """A one-page PDF of (x, baseline y, text, font size) items."""
    return positioned_pdf(path, [items])


def tile_grid(top: float) -> list[tuple[float, float, str, float]]:
    """A 3 x 2 "at a glance" grid: a big number over a two-line label in each tile."""
    tiles = [
        ("1,046", "children looked after", "at 31 March 2020"),
        ("312", "children who came", "into care this year"),
        ("96%", "of reviews were held", "on time during the year"),
        ("1,030", "looked after reviews", "chaired by our IROs"),
        ("19.5", "full-time IROs in post", "at the end of March"),
        ("58", "children on the average", "IRO caseload"),
    ]
    items = []
    for k, (number, first, second) in enumerate(tiles):
        x, y = 60 + 180 * (k % 3), top + 110 * (k // 3)
        items += [(x, y, number, 26), (x, y + 24, first, 10), (x, y + 36, second, 10)]
    return items


LEFT = ["Our reviewing officers chair the statutory",
        "reviews of every child in the council's care.",
        "During 2019/20 the IROs chaired 1,030 looked",
        "after children reviews. Most took place in the",
        "child's home or at school."]
RIGHT = ["The number of children in care went on rising.",
         "At 31 March 2020 the council looked after 468",
         "children, up from 431 a year earlier. Most of",
         "them live with foster carers in the borough."]


def two_columns(left: list[str], right: list[str], top: float = 130) -> list[tuple]:
    return ([(60, top + 14 * i, text, 10) for i, text in enumerate(left)]
            + [(315, top + 14 * i, text, 10) for i, text in enumerate(right)])


def texts(path: Path) -> list[str]:
    return [ln.text for ln in read_document(path).pages[0].lines]


def test_tiles_are_read_one_tile_at_a_time(tmp_path):
    path = write_pdf(tmp_path / "tiles.pdf", [(60, 110, "2019/20 at a glance", 16)] + tile_grid(160))
    lines = texts(path)
    assert lines[:4] == ["2019/20 at a glance", "1,046", "children looked after", "at 31 March 2020"]
    assert lines.index("1,030") < lines.index("312")  # the left column first, top to bottom
    blocks = [b for b in build_prose(read_document(path)).blocks if b]
    assert blocks[1:] == [
        "1,046 children looked after at 31 March 2020",
        "1,030 looked after reviews chaired by our IROs",
        "312 children who came into care this year",
        "19.5 full-time IROs in post at the end of March",
        "96% of reviews were held on time during the year",
        "58 children on the average IRO caseload",
    ]


def test_tile_figures_come_out_end_to_end(tmp_path):
    path = write_pdf(tmp_path / "wigan-glance.pdf", TITLE + tile_grid(160))
    result = extract_document(path, ocr=False)
    assert result.record.council == "Wigan" and result.record.period == "2019-20"
    found = {(f.metric, f.value) for f in result.figures if f.comparator == "la"}
    assert ("cla_count", 1046) in found
    assert ("cla_reviews_held", 1030) in found
    assert ("cla_starts", 312) in found
    assert not any(t.method == "stream" for t in result.tables)  # a grid of tiles is no table


def test_two_columns_are_read_left_column_first(tmp_path):
    path = write_pdf(tmp_path / "newsletter.pdf", [(60, 110, "News from the IRO service", 14)]
                     + two_columns(LEFT, RIGHT))
    assert texts(path) == ["News from the IRO service"] + LEFT + RIGHT
    blocks = [b for b in build_prose(read_document(path)).blocks if b]
    assert blocks[1] == " ".join(LEFT)
    assert blocks[2] == " ".join(RIGHT)  # a new column after a full stop is a new paragraph


def test_two_column_figures_come_out_end_to_end(tmp_path):
    path = write_pdf(tmp_path / "wigan-news.pdf", TITLE + two_columns(LEFT, RIGHT))
    result = extract_document(path, ocr=False)
    found = {(f.metric, f.period, f.value) for f in result.figures if f.comparator == "la"}
    assert ("cla_reviews_held", "2019-20", 1030) in found
    assert ("cla_count", "2019-20", 468) in found
    assert ("cla_count", "2018-19", 431) in found


def test_a_sentence_runs_on_into_the_next_column(tmp_path):
    left = ["Our reviewing officers chair the statutory", "reviews of every child in the council's care.",
            "During 2019/20 the IROs chaired 1,030 looked"]
    right = ["after children reviews, most of them in the", "child's home or at school.",
             "Twelve were held by video call."]
    path = write_pdf(tmp_path / "runs-on.pdf", two_columns(left, right))
    blocks = [b for b in build_prose(read_document(path)).blocks if b]
    assert blocks == [" ".join(left + right)]


def test_an_unruled_table_keeps_its_rows(tmp_path):
    rows = [(250, "2018/19"), (340, "2019/20")]
    items = [(60, 120, "Table 1: Reviews", 11)] + [(x, 140, t, 10) for x, t in rows]
    for k, (label, a, b) in enumerate([("Reviews held", "1,012", "1,030"), ("Children in care", "431", "468"),
                                       ("Reviews on time (%)", "94", "96")]):
        items += [(60, 156 + 14 * k, label, 10), (250, 156 + 14 * k, a, 10), (340, 156 + 14 * k, b, 10)]
    path = write_pdf(tmp_path / "table.pdf", items)
    assert texts(path) == ["Table 1: Reviews", "2018/19 2019/20", "Reviews held 1,012 1,030",
                           "Children in care 431 468", "Reviews on time (%) 94 96"]
    document = read_document(path)
    tables = find_tables(document, path)
    assert [t.rows for t in tables] == [[["", "2018/19", "2019/20"], ["Reviews held", "1,012", "1,030"],
                                         ["Children in care", "431", "468"], ["Reviews on time (%)", "94", "96"]]]


def test_a_table_labelled_by_year_keeps_its_rows(tmp_path):
    items = [(60, 120, "Year", 10), (160, 120, "Children in care", 10), (300, 120, "Reviews held", 10),
             (160, 134, "at 31 March", 10), (300, 134, "in the year", 10)]
    for k, (year, a, b) in enumerate([("2017/18", "287", "1,012"), ("2018/19", "304", "1,030"),
                                      ("2019/20", "316", "1,101")]):
        items += [(60, 150 + 14 * k, year, 10), (160, 150 + 14 * k, a, 10), (300, 150 + 14 * k, b, 10)]
    path = write_pdf(tmp_path / "by-year.pdf", items)
    assert texts(path) == ["Year Children in care Reviews held", "at 31 March in the year",
                           "2017/18 287 1,012", "2018/19 304 1,030", "2019/20 316 1,101"]


def test_form_fields_and_prose_are_left_alone(tmp_path):
    fields = [("Lead Strategic Director:", "Strategic Director for People"),
              ("Author:", "Head of Service, Quality Assurance and Review"),
              ("Key Decision:", "No"), ("Subject:", "Independent Reviewing Officer annual report")]
    items = [item for k, (label, value) in enumerate(fields)
             for item in ((60, 120 + 16 * k, label, 11), (200, 120 + 16 * k, value, 11))]
    items += [(60, 200, "The reviewing service held meetings with partners this year and", 11),
              (60, 214, "chaired reviews for every child in care within the timescale.", 11)]
    path = write_pdf(tmp_path / "cover.pdf", items)
    assert texts(path) == [f"{label} {value}" for label, value in fields] + [
        "The reviewing service held meetings with partners this year and",
        "chaired reviews for every child in care within the timescale."]


def test_reading_the_layout_again_changes_nothing(tmp_path):
    path = write_pdf(tmp_path / "again.pdf", tile_grid(160) + two_columns(LEFT, RIGHT, top=420))
    lines = read_document(path).pages[0].lines
    again = layout(lines)
    assert [p.line.text for p in again] == [ln.text for ln in lines]
    assert [p.column for p in again][:3] == [(0, 0)] * 3 and again[-1].column == (1, 1)


def test_a_column_that_runs_on_below_its_neighbour_is_read_whole():
    # a table of words beside a shorter table of figures: a gap between its own columns
    # closes before the page's river does, and its last rows stay in its column
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "tables" / "out" / "t155.pdf"
    texts = [line.text for line in read_document(path).pages[0].lines]
    first = next(k for k, t in enumerate(texts) if t.startswith("Table 2"))
    assert any(t.startswith("Eastleigh Park Hub") for t in texts[:first])
    assert any(t.startswith("Year") for t in texts[first:])
