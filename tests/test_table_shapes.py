"""The unruled-table reader on the table benchmark's documents (benchmarks/tables/out):
shapes government tables take, each checked on a document that has it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extractor.read.reader import read_document
from extractor.read.tables import find_tables

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "tables"
sys.path.insert(0, str(BENCH))
import score  # noqa: E402  the benchmark's own scorer


def tables_of(name: str) -> list:
    path = BENCH / "out" / f"{name}.pdf"
    document = read_document(path)
    return find_tables(document, path)


def table_with(tables, text: str):
    return next(t for t in tables if any(text in cell for row in t.rows for cell in row))


def column(table, k: int) -> list[str]:
    return [row[k] for row in table.rows]


def test_row_group_headings_are_rows_of_their_own():
    table = table_with(tables_of("t09"), "Pedestrians")
    labels = column(table, 0)
    # "Pedal cyclists" heads the rows under it; it is not the tail of "Older (70 and over)"
    assert "Pedal cyclists" in labels and "Motorcyclists" in labels
    assert table.rows[labels.index("Pedal cyclists")][1:] == [""] * (len(table.rows[0]) - 1)
    assert labels[0] == "Road user"  # the header above the first group heading is kept
    assert table.header_rows == 1


def test_caption_is_not_a_heading_and_marked_numbers_stay_in_the_table():
    table = table_with(tables_of("t09"), "288r")
    assert table.rows[0] == ["", "2019", "2020", "2021", "2022", "2023"]
    assert [row[0] for row in table.rows[1:]][:2] == ["Killed", "Seriously injured"]  # one table


def test_heading_spanning_columns_is_a_header_row_of_its_own():
    table = table_with(tables_of("t20"), "Appointments kept")
    assert table.header_rows == 2
    top, sub = table.rows[0], table.rows[1]
    assert top[1:3] == ["Q1", ""] and top[3] == "Q2"
    assert sub[:3] == ["Indicator", "Target", "Actual"]


def test_title_above_the_top_rule_is_not_a_heading():
    table = table_with(tables_of("t20"), "Reported")
    assert table.rows[0] == ["Quarter", "Reported", "Resolved"]


def test_heading_lines_of_a_tall_header_are_all_kept():
    table = table_with(tables_of("t28"), "Pathway 0: home, no new support")
    assert "Average daily patients not meeting criteria to reside" in table.rows[0]


@pytest.mark.parametrize("name, first_row", [
    ("t12", ["Stage", "Households"]),  # justified paragraph on the left, table on the right
    ("t39", ["Centre", "2022-23", "2023-24"]),  # table on the left, paragraph on the right
])
def test_table_beside_a_paragraph_is_read_alone(name, first_row):
    table = table_with(tables_of(name), first_row[0])
    assert table.rows[0] == first_row
    assert all(len(" ".join(row).split()) < 12 for row in table.rows)  # no prose in its rows


@pytest.mark.parametrize("round_, floor", [("1", 0.97), ("2", 0.95), ("3", 0.95), ("4", 0.94), ("5", 0.96),
                                           ("6", 0.96), ("7", 0.97), ("all", 0.97)])
def test_dev_set_scores_above_every_other_reader(round_, floor):
    """Adjacency F1 of the dev documents, by round. camelot stream, the best of the other
    readers, scores 0.87, 0.62, 0.81, 0.79, 0.85, 0.85 and 0.85 on rounds 1-7 (benchmarks/tables/README.md)."""
    truths = score.load_truths("dev", round_=round_)
    predictions = {t["doc"]: score.read_iro(score.OUT / f"{t['doc']}.pdf") for t in truths}
    counts = score.score_set(truths, predictions)
    assert counts.f1 >= floor, (counts.precision, counts.recall)


def test_table_of_text_is_read_with_its_wrapped_cells():
    glossary = table_with(tables_of("t43"), "What it means")
    assert glossary.method == "text" and glossary.of_text
    assert glossary.rows[0] == ["Term", "What it means"]
    terms = [row[0] for row in glossary.rows]
    assert "Independent reviewing officer (IRO)" in terms  # a term wrapped onto two lines
    assert len(glossary.rows) == 12


def test_a_form_and_a_key_are_not_tables_of_text():
    tables = tables_of("t70")
    assert not any("Review started:" in cell for t in tables for row in t.rows for cell in row)
    key = tables_of("t66")  # "A  No breaches / B-C  Minor breaches ...": a key under the table
    assert not any(row[0] == "B-C" for t in key for row in t.rows)


def test_rules_between_columns_only_still_give_one_row_per_line_of_figures():
    table = table_with(tables_of("t45"), "Highland Plateau")
    labels = column(table, 0)
    assert "Highland Plateau" in labels and "Lake District North" in labels
    row = table.rows[labels.index("Highland Plateau")]
    assert row[1] == "812.4" and "1,204.7" not in " ".join(row)


def test_cells_shaded_apart_by_white_gutters_make_a_ruled_table():
    table = table_with(tables_of("t61"), "Birch House")  # no rules at all: each cell a filled box
    assert table.method == "lattice"
    assert table.rows[0][:3] == ["Home", "Date", "Overall judgement"]
    assert table.rows[1][:3] == ["Birch House", "12 Sep 2023", "Good"]


def test_padded_rows_of_wrapped_text_under_a_frame_are_rows():
    table = table_with(tables_of("t67"), "Borough council minutes")
    labels = column(table, 0)
    assert labels[:3] == ["Collection", "Borough council minutes", "Tithe maps and apportionments"]
    assert column(table, 3)[1:3] == ["412", "76"]


@pytest.mark.parametrize("name, item", [("t47", "the central school"), ("t51", "Garage rent")])
def test_numbered_or_bulleted_list_with_amounts_is_not_a_table(name, item):
    tables = tables_of(name)
    assert not any(item in cell for t in tables for row in t.rows for cell in row)


def test_wrapped_text_with_digits_in_a_column_of_words_stays_in_its_row():
    table = table_with(tables_of("t68"), "Functional skills")
    row = next(r for r in table.rows if r[0].startswith("Functional skills"))
    assert "18:00-20:30" in row[2] and row[3] == "30"  # its time wraps under the day
    assert not any(r[0].startswith("level 2") for r in table.rows)


def test_table_with_a_rule_under_every_row_is_not_read_as_page_columns():
    # its text columns leave rivers down the page, but the rules cross them between rows
    tables = tables_of("t68")
    table = table_with(tables, "Watercolour painting")
    row = next(r for r in table.rows if r[0] == "Watercolour painting")
    assert row[3:] == ["10", "85", "21"] and row[1].startswith("Techniques for landscapes")
    assert table_with(tables, "Staying safe online") is table


def test_group_heading_right_under_the_header_is_a_row_of_its_own():
    table = table_with(tables_of("t68"), "English and maths")
    assert table.rows[1] == ["English and maths"] + [""] * 5
    assert table.rows[2][0] == "English: reading and writing for everyday life F"


def test_one_row_continued_under_a_repeated_header_is_a_table():
    tables = tables_of("t68")
    part = table_with(tables, "Teaching assistant certificate *")
    assert part.page == 2 and part.method == "stream"
    assert part.rows[0] == ["Course", "What you will learn", "When and where", "Weeks", "Fee £", "Concession £"]
    assert part.rows[1][3:] == ["30", "0", "0"]


def test_two_ruled_tables_side_by_side_are_two_tables():
    tables = tables_of("t49")
    crimes, calls = table_with(tables, "Shoplifting"), table_with(tables, "999 emergency")
    assert crimes is not calls
    assert crimes.rows[0] == ["Crime type", "2022", "2023", "Change"]
    assert calls.rows[1] == ["999 emergency", "38,410", "91.2%"]


def test_cells_shaded_apart_are_not_tables_side_by_side():
    table = table_with(tables_of("t61"), "Homes inspected")  # gutters between the cells
    assert table.rows[0] == ["Judgement", "2021-22", "2022-23", "2023-24"]


def test_text_table_keeps_a_right_aligned_figure_and_a_heading_wrapped_above():
    table = table_with(tables_of("t66"), "Harrowgate cement works")
    assert table.method == "text"
    assert table.rows[0][4] == "Release (t)"  # "Release" sits a line above the other headings
    assert table.rows[1][4] == "38.2"  # starts left of the shorter figures under it


def test_column_rules_starting_inside_the_header_make_levels_of_headings():
    table = table_with(tables_of("t45"), "Highland Plateau")
    assert table.rows[0][2].startswith("Population by sex")
    assert table.rows[1][:3] == ["Region", "Total", "Males"] and table.rows[1][5] == "Females"
    assert table.rows[2][2:5] == ["0-14", "15-64", "65 and over"]


def test_labels_set_at_the_foot_of_their_cells_stay_with_their_figures():
    table = table_with(tables_of("t65"), "Volunteering hours")  # figures on each label's last line
    labels = column(table, 0)
    row = table.rows[labels.index("Young people who moved into education, employment or training after a "
                                  "period not in it")]
    assert row[1:] == ["46", "52"]
    assert len(table.rows) == 6


def test_group_heading_a_row_apart_after_a_totals_row_is_its_own_row():
    table = table_with(tables_of("t57"), "Fellbridge total")
    labels = column(table, 0)
    assert "Fellbridge total" in labels and "Kirkholme" in labels
    assert labels[1] == "Fellbridge"  # and the first group, right under the header


def test_repeated_heading_lines_on_later_pages_are_not_running_headers():
    tables = tables_of("t57")
    last = table_with(tables, "Villages total")  # the table's last part: two total rows on page 3
    assert last.page == 3
    assert last.rows[0] == ["Site", "Ref", "Planning status", "Total homes", "24-25", "25-26", "26-27",
                            "27-28", "28-29", "Five years"]
    assert last.rows[1][:4] == ["Villages total", "", "", "402"]


def test_a_unit_under_a_heading_is_part_of_the_heading():
    table = table_with(tables_of("t47"), "Schools block")  # "2023-24 budget" over "£000"
    assert table.rows[0][:3] == ["Block and budget line", "2023-24 budget £000", "2024-25 budget £000"]
    assert table.header_rows == 1


def test_figures_with_spaced_thousands_and_flags_make_rows():
    table = table_with(tables_of("t90"), "Households")  # "5 104.3 e", "−13.9": a statistical office's table
    row = next(r for r in table.rows if r[0] == "Households")
    assert row[1] == "5 930.2" and row[5] == "5 104.3 e" and row[6] == "−13.9"
    assert len(table.rows) == 8  # its header and seven rows


def test_data_labels_of_a_chart_are_not_a_table():
    tables = tables_of("t90")
    assert not any("78.2" in cell for t in tables for row in t.rows for cell in row)  # line chart labels
    key_figures = table_with(tables, "Energy intensity")  # ruled rows beside it stay one table
    assert key_figures.rows[-1] == ["Energy intensity", "104.2", "kgoe per EUR 1 000 of GDP"]


def test_table_set_sideways_on_a_portrait_page_is_read_upright():
    import pypdfium2 as pdfium

    from extractor.read.reader import page_turn

    table = table_with(tables_of("t95"), "Ashdown Leisure Centre")
    assert table.page == 2
    assert table.rows[-1][:3] == ["All sites", "", "479.4"]
    pdf = pdfium.PdfDocument(str(BENCH / "out" / "t95.pdf"))
    try:  # the review draws the page turned the same way, so word boxes fit the picture
        assert [page_turn(pdf[0]), page_turn(pdf[1])] == [0, 1]
    finally:
        pdf.close()


def test_short_rules_under_headings_say_which_columns_they_span():
    table = table_with(tables_of("t95"), "Ashdown Leisure Centre")
    assert table.header_rows == 2
    assert table.rows[0][2] == "Visits (thousands)" and table.rows[0][7] == "£ thousand"
    assert table.rows[1][2:7] == ["Apr-Jun", "Jul-Sep", "Oct-Dec", "Jan-Mar", "Year"]


def test_two_tables_a_few_millimetres_apart_are_two_tables():
    tables = tables_of("t95")
    members, library = table_with(tables, "Junior swim school"), table_with(tables, "Computer sessions")
    assert members is not library
    assert members.rows[0] == ["Membership type", "2023", "2024"]
    assert library.rows[-1] == ["Computer sessions", "41.6", "39.9"]


def test_heading_centred_over_a_group_of_three_spans_them():
    table = table_with(tables_of("t15"), "EHC plans maintained in January")
    assert table.rows[0][1] == "Oxley Cross" and table.rows[1][1:4] == ["2022", "2023", "2024"]


def test_table_of_words_with_a_few_figures_is_one_table_not_its_figure_rows():
    tables = tables_of("t99")
    table = table_with(tables, "Kelham river bridge")
    assert table.method == "text"
    assert table.rows[0] == ["Scheme", "Location", "Description", "Funding", "Cost (£000)", "Start"]
    assert table_with(tables, "Total, structural maintenance") is table


def test_headings_turned_to_fit_narrow_columns_are_read_as_headings():
    tables = tables_of("t79")
    table = table_with(tables, "Abbotsmead Primary")
    assert table.rows[0][:4] == ["School", "Nursery", "Reception", "Year 1"]
    assert table.rows[0][-2:] == ["All pupils", "School"]  # "Year 1": pdfium's pieces joined, spaced
    second = next(t for t in tables if t.page == 2)  # turned headings of two lines each
    assert "Eligible for free school meals" in second.rows[0]


def test_labels_of_a_bar_chart_are_not_a_table():
    tables = tables_of("t81")  # "Car occupants ... 212": each figure at the end of its bar
    assert not any(cell == "Car occupants" for t in tables for row in t.rows for cell in row)


def test_side_by_side_tables_whose_rows_are_not_level_are_two_tables():
    tables = tables_of("t81")  # a booktabs table beside a framed one 3.5 mm away, a row lower
    buses, roads = table_with(tables, "Rural services"), table_with(tables, "Footways")
    assert buses is not roads
    assert buses.rows[:2] == [["Service type", "2021", "2022", "2023"], ["Frequent services", "81.2", "79.4", "83.6"]]
    assert roads.rows[-1] == ["Footways", "21", "22", "22"]


def test_a_slanted_watermark_is_not_read_into_the_table():
    table = table_with(tables_of("t77"), "Adapted homes")  # "DRAFT" across the page
    assert not any("DRAFT" in cell for row in table.rows for cell in row)
    labels = column(table, 0)
    row = table.rows[labels.index("Adapted homes") + 1]
    assert row == ["Band A", "4", "7", "5", "2", "18"]


def test_header_of_a_table_of_text_over_right_aligned_figures_is_kept():
    table = next(t for t in tables_of("t92") if t.page == 2)  # "Target" stands over "95%"
    assert table.method == "text"
    assert table.rows[0] == ["Indicator", "Definition", "Target", "Q4", "Status", "Provider comment"]


def test_a_page_that_is_mostly_table_still_parts_its_columns():
    # word spaces are told from the gaps under a line height: here most gaps are columns
    tables = tables_of("t124")
    assert [len(t.rows[0]) for t in tables] == [11, 11]
    assert ["Audiology", "CHS", "608", "173", "170", "141", "96", "28", "79.6", "5", "100"] in tables[0].rows


def test_a_code_before_the_label_and_group_headings_across_both():
    table = table_with(tables_of("t108"), "WD1")
    assert table.rows[0][:3] == ["ID", "Indicator", "Period"]
    assert table.rows[1] == ["Wider determinants of health"] + [""] * 5  # in the first column
    assert table.rows[2][0] == "WD1" and table.rows[2][2:] == ["2022/23", "21.4", "19.8", "Worse"]
    assert table.rows[2][1].startswith("Children under 16") and table.rows[2][1].endswith("families, %")
    assert ["Health improvement"] + [""] * 5 in table.rows


def test_contents_with_a_list_of_tables_is_not_a_table_and_a_captioned_table_of_words_is():
    tables = tables_of("t104")
    assert [t.page for t in tables] == [2, 3]  # page 1: the contents and the abbreviations
    words = tables[0]
    assert words.method == "text"
    assert ["State Housing Improvement Program", "DHCD, Office of Community Programs"] == words.rows[1][:2]
    # a right-aligned column of figures, and its heading wrapped to four lines over it
    assert words.rows[0][-1] == "Fiscal year 2023 obligations (dollars in millions)"
    assert [row[-1] for row in words.rows[1:]] == ["1,486", "214", "382", "1,927", "96"]


def test_table_of_words_ending_in_a_right_aligned_column_of_figures():
    policy = table_with(tables_of("t111"), "Minimum income guarantee")
    assert policy.method == "text" and policy.rows[0] == ["Area", "Current policy", "Change from April 2025",
                                                          "People affected"]
    assert policy.rows[1][0] == "Minimum income guarantee" and policy.rows[1][-1] == "412"


def test_a_table_row_of_figures_and_a_word_is_no_paragraph_beside_its_label():
    table = table_with(tables_of("t109"), "CH01")
    row = next(r for r in table.rows if r[0] == "CH01")
    assert row[1].startswith("Move the housing advice service") and row[2:5] == ["64", "96", "96"]


def test_notes_right_under_the_last_row_are_not_rows():
    table = table_with(tables_of("t127"), "Reoffences per reoffender")
    assert table.rows[-1] == ["Reoffending rate after an out-of-court disposal, %", "17.1", "19.8"]


def test_heading_centred_over_columns_with_no_rule_spans_them_and_wrapped_headings_stay_whole():
    # "Weeks waiting" ends its line; the upper line of "Total / waiting" further left is not under it
    waits = tables_of("t124")[0]
    assert waits.header_rows == 2
    assert waits.rows[0][3] == "Weeks waiting" and waits.rows[1][:5] == ["Service", "Provider", "Total waiting", "0-4", "5-12"]
    homes = table_with(tables_of("t77"), "Band A")  # "4 bed or / more": one heading, not a data row
    assert homes.rows[0] == ["Type of home and band", "Studio or 1 bed", "2 bed", "3 bed", "4 bed or more", "Total"]
    schools = table_with(tables_of("t74"), "State total")  # "Charter school / students": one heading
    assert schools.header_rows == 1 and schools.rows[0][3] == "Charter school students"


def test_headings_that_read_as_amounts_over_figures_are_the_header():
    # "1 bedroom | 2 bedrooms" read like "24 beds", but plain figures stand under each
    table = table_with(tables_of("t106"), "Band A: emergency need")
    assert table.header_rows == 1
    assert table.rows[0] == ["Band", "1 bedroom", "2 bedrooms", "3 bedrooms", "4 or more bedrooms", "All households"]
    assert table.rows[1] == ["Band A: emergency need", "61", "38", "24", "11", "134"]


def test_heading_lines_of_an_unruled_table_are_not_read_as_page_columns():
    # "Total / Margin of   Male / Margin of   Female / Margin of", tight over "Characteristic ..."
    table = table_with(tables_of("t122"), "Population 25 years and over")
    assert table.rows[0] == ["", "Total", "", "Male", "", "Female", ""]
    assert table.rows[table.header_rows - 1][0] == "Characteristic"


def test_a_group_heading_wrapped_onto_a_second_line_is_one_row():
    table = table_with(tables_of("t129"), "Contributions")
    assert table.rows[1][0] == "Dealings with members, employers and others directly involved in the fund"
    assert table.rows[2][:2] == ["Contributions", "7"]


def test_a_spanning_heading_over_a_wrapped_heading_looks_past_its_upper_line():
    # "Nonfamily households" over "Total" and "Householder / living alone"
    table = table_with(tables_of("t101"), "Married couple")
    assert table.header_rows == 2
    assert table.rows[0] == ["", "", "Family households", "", "", "Nonfamily households", ""]
    assert table.rows[1][5:] == ["Total", "Householder living alone"]


def test_a_unit_line_over_the_headings_is_not_a_column_heading():
    # "£000" alone over the last heading states the whole table's unit; "Percent" over
    # "change, 2019-2023" is the upper line of a wrapped heading and stays in it
    table = table_with(tables_of("t129"), "Contributions")
    assert table.rows[0] == ["", "Note", "2022-23", "2023-24"]
    budget = table_with(tables_of("t109"), "Communities and Housing")
    assert budget.rows[0][-1] == "Change %"
    enrolment = table_with(tables_of("t74"), "Fall 2019")
    assert enrolment.rows[0][-1].startswith("Percent change")


def test_a_bold_totals_row_set_tight_is_parted_into_its_figures():
    # bold figures in 14 narrow columns stand a word space apart: "2,783 2,675 ..."
    table = table_with(tables_of("t117"), "Two-wheelers")
    total = next(row for row in table.rows if row[0] == "Total")
    assert total[1:4] == ["2,783", "2,675", "2,594"] and total[-1] == "1,693"


def test_boxes_joined_by_connectors_are_no_ruled_table():
    # an organisation chart: the space between its boxes is no cell of any table
    tables = tables_of("t53")
    assert not any("Director of Children" in cell for t in tables for row in t.rows for cell in row)
    assert len(tables) == 2 and all(t.page == 2 for t in tables)


def test_a_table_of_words_with_a_shaded_header_and_no_rules_is_a_table():
    # three rows of opening hours under a shaded header band; the stub's edge has two rows
    table = table_with(tables_of("t43"), "Saturdays")
    assert table.rows == [["", "Weekdays", "Saturdays"], ["Telephone", "9am to 5pm", "10am to 1pm"],
                          ["Drop-in at the civic centre", "10am to 4pm", "Closed"]]


def test_two_small_tables_side_by_side_under_the_same_headings_are_two_tables():
    # "Reported | 2022 | 2023 | Held | 2022 | 2023": labels, figures, and the same again
    tables = tables_of("t69")
    deaths, post_mortems = table_with(tables, "Registered"), table_with(tables, "Toxicology")
    assert deaths is not post_mortems
    assert deaths.rows[-1] == ["Registered", "8,140", "8,322"]
    assert post_mortems.rows[-1] == ["Toxicology", "311", "342"]


def test_figures_centred_on_a_label_of_two_lines_are_its_row():
    # the figures stand half a line below the label's first line; "per / 100,000" wraps a label
    table = table_with(tables_of("t137"), "Smoking prevalence")
    labels = column(table, 0)
    assert len(table.rows) == 7
    assert table.rows[1][1:] == ["2023", "23.9", "(20.9 to 25.3)", "26.5"]
    assert labels[1] == "Under-75 mortality rate from cardiovascular disease considered preventable, per 100,000"
    assert labels[4] == "Hospital admissions for intentional self-harm per 100,000"


def test_a_table_beside_a_paragraph_keeps_its_header_and_leaves_the_paragraph_out():
    # the paragraph's lines stand level with the table's rows and are read before them
    table = table_with(tables_of("t175"), "Wickham Green")
    assert table.rows[-1] == ["Wickham Green", "365", "159", "15.5", "£215"]
    assert table.rows[table.header_rows - 1][:2] == ["Area", "Homes"]
    assert not any("mould rose" in cell for row in table.rows for cell in row)


def test_a_table_of_words_ruled_under_each_cell_is_a_table():
    # the rules under its rows are each cell's own bottom border, piece after piece
    table = table_with(tables_of("t161"), "What we will do")
    assert table.rows[0] == ["Theme", "What we found", "What we will do", "Lead"]
    assert column(table, 0)[1:] == ["Participation", "Care plans", "Recording", "Caseloads"]
    # a dashed rule under one table is no rule over the paragraphs in two columns below it
    assert not any("The targets for 2030" in cell for t in tables_of("t138") for row in t.rows for cell in row)


def test_a_stub_cell_spanning_rows_set_in_their_middle_heads_its_first_row():
    # "Infant and / primary" stands level with the middle of its five schools, left of them;
    # "Reaching the expected standard (%)" runs flush left across the four columns it heads
    table = table_with(tables_of("t168"), "Ashcombe Primary")
    assert table.header_rows == 2
    assert table.rows[0][3] == "Reaching the expected standard (%)" and table.rows[1][3] == "Reading"
    phases = [row[0] for row in table.rows[2:]]
    assert phases == ["Infant and primary", "", "", "", "", "Junior", "", "All-through", ""]
    assert table.rows[-1][1:3] == ["Mereside School", "33"]


def test_a_table_of_words_beside_a_table_of_figures_in_page_columns_is_read_whole():
    # rows of the taller table stand level with the shorter one's: they are not joined
    table = table_with(tables_of("t155"), "Kingsmoor Hub")
    assert table.rows[0] == ["Hub", "Services on site", "Opened"]
    assert column(table, 0)[1:4] == ["Northgate Family Hub", "Riverside Children's Centre and Family Hub", "Ashby Hub"]
    assert len(table.rows) == 7


def test_side_by_side_tables_repeating_the_stub_heading_are_two_and_cell_borders_join():
    # "Region | Population | Region | Births | Deaths | Natural change"; and in the wide
    # table below, each cell's own bottom border makes one rule, so its stub stays with it
    tables = tables_of("t170")
    population, rates = table_with(tables, "Population (thousand)"), table_with(tables, "Births")
    assert population is not rates
    assert population.rows[0] == ["Region", "Population (thousand)"] and rates.rows[0][0] == "Region"
    structure = table_with(tables, "Median age (years)")
    assert column(structure, 0)[-1] == "Midlund" and structure.rows[-1][1] == "14.8"


def test_key_figures_set_large_are_no_table_and_end_one_above_them():
    # "£2,287.62  4.97%  48,906.3" in large type under a contents list; tiles of big figures
    for name, figure in (("t173", "£2,287.62"), ("t143", "96%")):
        tables = tables_of(name)
        assert not any(cell.startswith(figure) for t in tables for row in t.rows for cell in row), name
    assert len(tables_of("t173")) == 2


def test_an_index_in_two_columns_is_no_table():
    # "Adult learning  4, 11 | Labour force survey  9" under "A | L": page references
    assert not any(cell == "4, 11" for t in tables_of("t141") for row in t.rows for cell in row)
    assert len(tables_of("t141")) == 2


def test_a_zebra_striped_table_shaded_cell_by_cell_is_read_whole():
    # each shaded row is drawn as one filled box per cell, meeting side to side: a band
    table = table_with(tables_of("t162"), "Household type")
    assert len(table.rows) == 8 and table.rows[-1] == ["All households", "216", "63", "50", "229"]
    assert table.rows[1][0] == "Mainstream foster carers"


def test_a_heading_wrapped_as_loosely_as_the_tables_own_cells_is_whole():
    # lines set half a line apart, in the heading as in the body's wrapped cells
    table = table_with(tables_of("t179"), "Safe Routes to School")
    assert table.rows[0] == ["Program", "Purpose", "FY 2024 funding ($ thousands)", "Status"]


def test_a_heading_over_every_data_column_beside_the_stub_heading_spans_them():
    # "Age at 31 March  |  Type of foster placement" over a cross-tabulation
    table = table_with(tables_of("t132"), "Under 1")
    assert table.rows[0] == ["", "Type of foster placement", "", "", "", ""]
    assert table.rows[1] == ["Age at 31 March", "Council carers", "Family and friends", "Agency carers",
                             "Long-term match", "Total"]


def test_a_heading_over_a_column_of_figures_and_its_column_of_signs_is_read():
    # "Seen within 18 weeks" over "91.2" and the "%" set in a narrow column of its own
    table = table_with(tables_of("t144"), "Podiatry")
    assert table.rows[0][0] == "Service" and table.rows[0][-1] == "Patients waiting"
    assert "Seen within 18 weeks" in table.rows[0]


def test_entries_under_an_index_title_are_no_table():
    # "Index of tables" over "Adoption, exits to  4, 7 | Length of stay  4": page references
    tables = tables_of("t147")
    assert not any(cell.startswith("Adoption, exits to") for t in tables for row in t.rows for cell in row)
    assert len(tables) == 1 and tables[0].pages == [1, 2]


def test_a_form_of_fields_and_values_in_columns_is_no_table():
    # "Report of: Head of Libraries | Meeting: Communities Committee", each field with its value
    assert not any(cell.startswith("Report of:") for t in tables_of("t165") for row in t.rows for cell in row)
    assert len(tables_of("t165")) == 3


def test_numbered_rows_ruled_apart_are_a_table_with_their_wrapped_lines_joined():
    """t191: a header ruled off over numbered rows is no numbered list, "No." centred over
    its column of numbers is a heading, and the rules between rows part rows whose cells
    wrap onto up to four lines."""
    table = table_with(tables_of("t191"), "Recommendation")
    assert table.rows[0] == ["No.", "Recommendation", "Lead", "Progress", "Status"]
    assert len(table.rows) == 5
    assert table.rows[1][2] == "Head of Front Door" and table.rows[4][4] == "Not yet met"
    assert table.rows[2][1].endswith("the impact of the plan.")


def test_stub_heading_set_between_two_header_lines_heads_the_label_column():
    """t199: "Theme" stands level with the middle of a two-line header ("2023/24" over
    "Number  Per cent"): it heads the label column and spans no data column."""
    table = table_with(tables_of("t199"), "Other themes")
    assert table.rows[0] == ["", "2023/24", ""]
    assert table.rows[1] == ["Theme", "Number", "Per cent"]


def test_second_line_of_a_caption_is_no_heading():
    """t81: "Table 3: Roads where maintenance should be / considered (%)" over a table set
    beside another; the caption's second line is not part of the header."""
    table = table_with(tables_of("t81"), "Unclassified")
    assert table.rows[0][0] == "Road class"


def test_units_under_headings_are_no_data_row():
    """t183: "($1,000)" under both "Payroll" headings is a unit line, not a row of negative
    amounts: it joins its headings and the data start at "All industries"."""
    table = table_with(tables_of("t183"), "All industries")
    header = next(row for row in table.rows if "Industry" in row)
    assert header.count("Payroll ($1,000)") == 2
    assert not any(row[0] == "" and "($1,000)" in row for row in table.rows)


def test_heading_whose_centre_falls_at_the_edge_of_one_below_spans_both():
    """t193: "Contribution (percentage points)" centred over "To annual rate  To change in
    rate", its centre just at the second heading's left edge: a spanning heading, not the
    upper line of either."""
    table = table_with(tables_of("t193"), "To change in rate")
    assert table.rows[0][1:] == ["Contribution (percentage points)", ""]
    assert table.rows[1][1:] == ["To annual rate", "To change in rate"]


def test_rows_keyed_by_their_first_cell_gather_their_wrapped_lines():
    """t208: a boxed schedule with no rules between rows and no padding; each row starts
    with its reference, and its other cells wrap onto lines with the first cell empty."""
    table = table_with(tables_of("t208"), "Recommendation")
    assert [row[0] for row in table.rows[1:]] == [
        "24/0183/FUL", "24/0211/HOU", "24/0240/FUL", "24/0256/LBC", "24/0298/OUT"]
    assert table.rows[1][4] == "Approve subject to conditions"
    assert table.rows[5][2].endswith("except access")


def test_boxed_table_with_a_river_between_its_columns_is_no_page_columns():
    """t218: in a boxed table of numbered recommendations the wrapped text leaves a river
    before "Lead" for three rows; the box round them makes them a table's rows, and the
    caption of the next table ends it."""
    table = table_with(tables_of("t218"), "Recommendation")
    assert table.rows[0] == ["No.", "Recommendation", "Lead", "Due", "Status", "RAG"]
    assert [row[0] for row in table.rows[1:]] == ["1", "2", "3", "4", "5"]
    assert table.rows[3][2] == "Director of Adult Services"
    measures = table_with(tables_of("t218"), "2024/25 Q2")
    assert measures.rows[0] == ["Measure", "2023/24", "2024/25 Q2"]


def test_two_page_columns_of_running_text_under_a_rule_are_no_table():
    """t138: a heading ruled off over two columns of prose, then "Table 1:" and its table."""
    assert not any("car" in " ".join(row) and len(row) == 2 and "council monitors" in " ".join(row)
                   for t in tables_of("t138") for row in t.rows)


def test_headings_set_between_two_header_lines_head_the_lower_one():
    """t188: "District" and "Change Jan to Sep" stand half over "Quarter 1 ... Quarter 3" and
    half over the months; they head their columns beside the months, and each quarter,
    centred over its three months, spans them."""
    table = table_with(tables_of("t188"), "Change Jan to Sep")
    assert table.rows[0] == ["", "Quarter 1", "", "", "Quarter 2", "", "", "Quarter 3", "", "", ""]
    assert table.rows[1] == ["District", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                             "Change Jan to Sep"]


def test_key_figures_set_in_pairs_along_a_line_are_no_table():
    """t205: "Net budget  £135.1m  Forecast variance  £2.2m" over "Services red  4  Savings
    at risk  £750k": labels between figures."""
    assert not any(row and row[0] == "Net budget" for t in tables_of("t205") for row in t.rows)
