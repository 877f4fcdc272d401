"""The table-structure benchmark (benchmarks/tables): its scorer, on small truths and
predictions whose relations are counted by hand, and its committed files, which must be
exactly what make_tables.py draws from the specs."""
from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "tables"


def _load(name: str, folder: Path = BENCH):
    spec = importlib.util.spec_from_file_location(f"bench_tables_{name}", folder / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


score = _load("score")
R, D = score.RIGHT, score.DOWN


def cell(row, col, text, rows=1, cols=1):
    return {"row": row, "col": col, "row_span": rows, "col_span": cols, "text": text}


def truth(tables, pages=1):
    """A truth file: tables as (page, cells)."""
    return {"doc": "x", "set": "dev", "pages": pages,
            "tables": [{"page": page, "cells": cells} for page, cells in tables]}


def grid_cells(rows):
    return [cell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row) if text]


def rel(cells):
    return score.relations(score.truth_boxes({"cells": cells}))


# --------------------------------------------------------------------------- normalising


def test_normalise_folds_case_space_ligatures_quotes_and_dashes():
    assert score.normalise("  Total\u2013All  ") == "total-all"
    assert score.normalise("\ufb01nal \u2018x\u2019 \u201cy\u201d") == "final'x'\"y\""
    assert score.normalise("1,2\n34") == "1,234"
    assert score.normalise("\u2212 5") == "-5"
    assert score.normalise(None) == ""


# --------------------------------------------------------------------------- relations


def test_plain_grid_has_a_relation_to_each_right_and_lower_neighbour():
    # a b
    # c d   -> a-b, c-d across; a-c, b-d down
    found = rel(grid_cells([["a", "b"], ["c", "d"]]))
    assert found == Counter({("a", "b", R): 1, ("c", "d", R): 1, ("a", "c", D): 1, ("b", "d", D): 1})


def test_empty_cells_are_skipped_over():
    # a  .  b
    # .  c  .    -> only a-b (across the empty cell); c has no non-empty cell above, right or below
    found = rel(grid_cells([["a", "", "b"], ["", "c", ""]]))
    assert found == Counter({("a", "b", R): 1})
    # an empty string cell given explicitly counts as empty too
    assert rel([cell(0, 0, "a"), cell(0, 1, " "), cell(0, 2, "b")]) == Counter({("a", "b", R): 1})


def test_vertical_relation_skips_blank_rows():
    found = rel(grid_cells([["a"], [""], [""], ["b"]]))
    assert found == Counter({("a", "b", D): 1})


def spanning_header_truth():
    #        | 2023 (spans 2) |
    # Area   | N      | %     |
    # X      | 5      | 10    |
    return [cell(0, 1, "2023", cols=2),
            cell(1, 0, "Area"), cell(1, 1, "N"), cell(1, 2, "%"),
            cell(2, 0, "X"), cell(2, 1, "5"), cell(2, 2, "10")]


def test_spanning_cell_relates_to_every_neighbour_it_touches():
    found = rel(spanning_header_truth())
    # 2023 over N and over %; then the 3x3 grid below: 2 across in each of 2 rows, 3 down
    assert found[("2023", "n", D)] == 1 and found[("2023", "%", D)] == 1
    assert sum(found.values()) == 2 + 4 + 3


def test_row_spanning_stub_cell():
    # A (rows 0-1) | 1
    #              | 2
    # B            | 3
    cells = [cell(0, 0, "A", rows=2), cell(0, 1, "1"), cell(1, 1, "2"), cell(2, 0, "B"), cell(2, 1, "3")]
    found = rel(cells)
    assert found == Counter({("a", "1", R): 1, ("a", "2", R): 1, ("a", "b", D): 1,
                             ("1", "2", D): 1, ("2", "3", D): 1, ("b", "3", R): 1})


def test_spanning_neighbour_found_from_two_rows_counts_once():
    # a | B (rows 0-1)
    # c |               -> a-B and c-B across, a-c down; B has nothing right or below
    cells = [cell(0, 0, "a"), cell(1, 0, "c"), cell(0, 1, "B", rows=2)]
    assert rel(cells) == Counter({("a", "b", R): 1, ("c", "b", R): 1, ("a", "c", D): 1})


def test_grid_reading_of_a_spanning_header_loses_only_the_relations_it_cannot_show():
    t = truth([(1, spanning_header_truth())])
    predicted = [{"page": 1, "rows": [["", "2023", ""], ["Area", "N", "%"], ["X", "5", "10"]]}]
    c = score.score_document(t, predicted)
    # the grid shows 2023 over N only: 8 of the 9 truth relations, nothing false
    assert (c.correct, c.predicted, c.truth) == (8, 8, 9)
    assert c.precision == 1.0 and c.recall == pytest.approx(8 / 9)


def test_repeated_texts_are_counted_as_a_multiset():
    t = truth([(1, grid_cells([["-", "-"], ["-", "-"]]))])  # 2 across, 2 down
    c = score.score_document(t, [{"page": 1, "rows": [["-", "-"]]}])  # 1 across
    assert (c.correct, c.predicted, c.truth) == (1, 1, 4)


def test_merged_columns_cost_precision_and_recall():
    t = truth([(1, grid_cells([["a", "b", "c"], ["1", "2", "3"]]))])  # 4 across, 3 down = 7
    predicted = [{"page": 1, "rows": [["a b", "c"], ["1 2", "3"]]}]  # "ab"-c, 12-3, ab-12, c-3
    c = score.score_document(t, predicted)
    assert (c.correct, c.predicted, c.truth) == (1, 4, 7)  # only c-3 is right


# --------------------------------------------------------------------------- pages


def test_missed_table_costs_recall_and_false_table_costs_precision():
    t = truth([(1, grid_cells([["a", "b"], ["c", "d"]]))], pages=2)
    missed = score.score_document(t, [])
    assert (missed.correct, missed.predicted, missed.truth) == (0, 0, 4)
    assert missed.recall == 0.0 and missed.f1 == 0.0
    found_right = {"page": 1, "rows": [["a", "b"], ["c", "d"]]}
    false_table = {"page": 2, "rows": [["x", "y"], ["z", "w"]]}
    c = score.score_document(t, [found_right, false_table])
    assert (c.correct, c.predicted, c.truth) == (4, 8, 4)
    assert c.precision == 0.5 and c.recall == 1.0


def test_a_table_is_matched_only_on_its_own_page():
    t = truth([(1, grid_cells([["a", "b"]]))], pages=2)
    c = score.score_document(t, [{"page": 2, "rows": [["a", "b"]]}])
    assert (c.correct, c.predicted, c.truth) == (0, 1, 1)


def test_two_tables_on_a_page_are_pooled():
    t = truth([(1, grid_cells([["a", "b"]])), (1, grid_cells([["c"], ["d"]]))])
    # read as one table with the second below the first: a-b, c-d right; a-c down is false
    c = score.score_document(t, [{"page": 1, "rows": [["a", "b"], ["c", ""], ["d", ""]]}])
    assert (c.correct, c.predicted, c.truth) == (2, 3, 2)


def split_truth():
    """A table over a page break, header repeated: each page part a truth table."""
    part1 = grid_cells([["H1", "H2"], ["a", "1"], ["b", "2"]])  # 3 across + 4 down = 7
    part2 = grid_cells([["H1", "H2"], ["c", "3"]])  # 2 across + 2 down = 4
    return truth([(1, part1), (2, part2)], pages=2)


def test_split_table_read_as_two_parts():
    predicted = [{"page": 1, "rows": [["H1", "H2"], ["a", "1"], ["b", "2"]]},
                 {"page": 2, "rows": [["H1", "H2"], ["c", "3"]]}]
    c = score.score_document(split_truth(), predicted)
    assert (c.correct, c.predicted, c.truth) == (11, 11, 11)


def test_split_table_joined_by_the_reader_is_scored_against_both_pages():
    # one table, the repeated header dropped: H1-H2, a-1, b-2, c-3 across (4);
    # H1-a, a-b, b-c, H2-1, 1-2, 2-3 down (6). Truth of pages 1+2 pooled: H1-H2 x2, a-1,
    # b-2, c-3 across; H1-a x2... H1-a, a-b, H2-1, 1-2 (page 1) and H1-c, H2-3 (page 2)
    predicted = [{"page": 1, "pages": [1, 2],
                  "rows": [["H1", "H2"], ["a", "1"], ["b", "2"], ["c", "3"]]}]
    c = score.score_document(split_truth(), predicted)
    # right: H1-H2, a-1, b-2, c-3, H1-a, a-b, H2-1, 1-2 = 8; wrong: b-c, 2-3
    assert (c.correct, c.predicted, c.truth) == (8, 10, 11)


def test_split_table_joined_but_said_to_be_on_its_first_page_only():
    predicted = [{"page": 1, "rows": [["H1", "H2"], ["a", "1"], ["b", "2"], ["c", "3"]]}]
    c = score.score_document(split_truth(), predicted)
    # everything is compared with page 1's truth (7 relations): the 7 it holds are found,
    # c-3, b-c and 2-3 are false; page 2's 4 relations are missed
    assert (c.correct, c.predicted, c.truth) == (7, 10, 11)


def test_set_scores_are_micro_averaged():
    t1 = dict(truth([(1, grid_cells([["a", "b"], ["c", "d"]]))]), doc="one")  # 4
    t2 = dict(truth([(1, grid_cells([["e", "f"]]))]), doc="two")  # 1
    c = score.score_set([t1, t2], {"one": [{"page": 1, "rows": [["a", "b"], ["c", "d"]]}],
                                   "two": [{"page": 1, "rows": [["e"], ["f"]]}]})
    assert (c.correct, c.predicted, c.truth) == (4, 5, 5)
    assert c.f1 == pytest.approx(0.8)


def _spans_rows_between(table: dict) -> bool:
    """A cell spans rows and, in a row under its first, has cells on both sides: written
    as a grid, the empty positions under its text let those cells see each other."""
    for c in table["cells"]:
        for r in range(c["row"] + 1, c["row"] + c["row_span"]):
            cols = [d["col"] for d in table["cells"] if d["row"] == r]
            if any(k < c["col"] for k in cols) and any(k >= c["col"] + c["col_span"] for k in cols):
                return True
    return False


def _spans_columns_between(table: dict) -> bool:
    """A cell spans columns and, in a column right of its first, has cells above and
    below it: written as a grid, the empty positions beside its text let those cells see
    each other (round 4's rows that are one sentence spanning every column)."""
    for c in table["cells"]:
        for k in range(c["col"] + 1, c["col"] + c["col_span"]):
            rows = [d["row"] for d in table["cells"] if d["col"] <= k < d["col"] + d["col_span"]]
            if any(r < c["row"] for r in rows) and any(r >= c["row"] + c["row_span"] for r in rows):
                return True
    return False


def test_the_committed_truth_files_score_perfectly_against_themselves():
    """Each truth table written out as a plain grid (spanning cells in their first
    position) recovers every relation except those a grid cannot show, and adds none
    unless a cell spans rows between other cells (round 3's t82: a heading spanning two
    header rows between groups of sub-headings) or columns between other cells (round 4's
    t108, t120 and t121, round 8's t204: section headings and notes set as one cell across
    every column between rows of figures)."""
    truths = score.load_truths("all")
    assert len(truths) == 220
    imprecise = []
    for t in truths:
        predicted = []
        for table in t["tables"]:
            rows = [[""] * table["cols"] for _ in range(table["rows"])]
            for c in table["cells"]:
                rows[c["row"]][c["col"]] = c["text"]
            predicted.append({"page": table["page"], "rows": rows})
        c = score.score_document(t, predicted)
        spans = any(c2["row_span"] > 1 or c2["col_span"] > 1 for tb in t["tables"] for c2 in tb["cells"])
        between = any(_spans_rows_between(tb) or _spans_columns_between(tb) for tb in t["tables"])
        assert c.precision == 1.0 or between, t["doc"]
        assert c.recall == 1.0 or spans, t["doc"]
        if c.precision < 1.0:
            imprecise.append(t["doc"])
    assert [t["doc"] for t in truths if any(_spans_rows_between(tb) for tb in t["tables"])] == ["t82"]
    assert imprecise == ["t108", "t120", "t121", "t204", "t82"]


def test_truths_are_loaded_by_set_and_round():
    first = score.load_truths("all", round_=1)
    second = score.load_truths("all", round_="2")
    third = score.load_truths("all", round_="3")
    fourth = score.load_truths("all", round_=4)
    fifth = score.load_truths("all", round_="5")
    sixth = score.load_truths("all", round_=6)
    seventh = score.load_truths("all", round_="7")
    eighth = score.load_truths("all", round_=8)
    assert len(first) == 40 and all("round" not in t for t in first)
    assert len(second) == 30 and all(t["round"] == 2 for t in second)
    assert len(third) == 30 and all(t["round"] == 3 for t in third)
    assert len(fourth) == 30 and all(t["round"] == 4 for t in fourth)
    assert len(fifth) == 30 and all(t["round"] == 5 for t in fifth)
    assert len(sixth) == 20 and all(t["round"] == 6 for t in sixth)
    assert len(seventh) == 20 and all(t["round"] == 7 for t in seventh)
    assert len(eighth) == 20 and all(t["round"] == 8 for t in eighth)
    assert {t["doc"] for t in first} | {t["doc"] for t in second} | {t["doc"] for t in third} | {
        t["doc"] for t in fourth} | {t["doc"] for t in fifth} | {t["doc"] for t in sixth} | {
        t["doc"] for t in seventh} | {t["doc"] for t in eighth} == {t["doc"] for t in score.load_truths("all")}
    held = score.load_truths("heldout", round_=2)
    assert len(held) == 12 and all(t["set"] == "heldout" for t in held)
    held3 = score.load_truths("heldout", round_=3)
    assert len(held3) == 12 and all(t["set"] == "heldout" for t in held3)
    held4 = score.load_truths("heldout", round_="4")
    assert len(held4) == 12 and all(t["set"] == "heldout" for t in held4)
    assert [t["doc"] for t in fourth] == [f"t{n}" for n in range(101, 131)]
    held5 = score.load_truths("heldout", round_=5)
    assert len(held5) == 12 and all(t["set"] == "heldout" for t in held5)
    assert [t["doc"] for t in fifth] == [f"t{n}" for n in range(131, 161)]
    held6 = score.load_truths("heldout", round_=6)
    assert len(held6) == 8 and all(t["set"] == "heldout" for t in held6)
    assert [t["doc"] for t in sixth] == [f"t{n}" for n in range(161, 181)]
    held7 = score.load_truths("heldout", round_=7)
    assert len(held7) == 8 and [t["doc"] for t in seventh] == [f"t{n}" for n in range(181, 201)]
    held8 = score.load_truths("heldout", round_=8)
    assert len(held8) == 8 and [t["doc"] for t in eighth] == [f"t{n}" for n in range(201, 221)]
    assert all(score.truth_round(t) == 1 for t in score.load_truths("dev", round_="1"))


# --------------------------------------------------------------------------- the files


def _uses_system_font(name: str) -> bool:
    spec = BENCH / "specs" / f"{Path(name).stem}.toml"
    return name.endswith(".pdf") and "dejavu" in spec.read_text(encoding="utf-8")


def _page_texts(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[k].get_textpage().get_text_range() for k in range(len(pdf))]
    finally:
        pdf.close()


def test_committed_pdfs_and_truth_are_what_make_tables_draws(tmp_path):
    make = _load("make_tables")
    built = make.build_all(tmp_path)
    out = BENCH / "out"
    written = sorted(p.name for p in tmp_path.iterdir())
    drawn = [p for p in out.iterdir() if p.suffix in (".pdf", ".json") and (BENCH / "specs" / f"{p.stem}.toml").exists()]
    assert written == sorted(p.name for p in drawn)  # round 6 is printed by Chromium (round6/)
    for name in written:
        if (tmp_path / name).read_bytes() != (out / name).read_bytes() and _uses_system_font(name):
            # a DejaVu document embeds the installed font's bytes: another build of the same
            # 2.37 fonts changes the PDF's bytes, not its text or its truth
            assert _page_texts(tmp_path / name) == _page_texts(out / name), name
            continue
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name
    sets = Counter((b.round, b.set) for b in built)
    assert sets == {(1, "dev"): 25, (1, "heldout"): 15, (2, "dev"): 18, (2, "heldout"): 12,
                    (3, "dev"): 18, (3, "heldout"): 12, (4, "dev"): 18, (4, "heldout"): 12,
                    (5, "dev"): 18, (5, "heldout"): 12}
    assert sum(p.stat().st_size for p in drawn) < 6_500_000


def test_truth_files_are_well_formed():
    for path in sorted((BENCH / "out").glob("*.json")):
        t = json.loads(path.read_text(encoding="utf-8"))
        assert 1 <= t["pages"] <= 3
        for table in t["tables"]:
            assert 1 <= table["page"] <= t["pages"]
            x0, top, x1, bottom = table["bbox"]
            width, height = t["page_sizes"][table["page"] - 1]
            assert 0 <= x0 < x1 <= width and 0 <= top < bottom <= height
            taken = set()
            for c in table["cells"]:
                assert c["text"].strip()
                for r in range(c["row"], c["row"] + c["row_span"]):
                    for k in range(c["col"], c["col"] + c["col_span"]):
                        assert (r, k) not in taken
                        assert r < table["rows"] and k < table["cols"]
                        taken.add((r, k))
        assert set(t["pages_without_tables"]).isdisjoint(tb["page"] for tb in t["tables"])
        if t.get("round", 1) >= 3:  # each page's /Rotate, and the pages drawn turned
            assert len(t["page_rotate"]) == t["pages"]
            assert set(t["page_rotate"]) <= {0, 90}
            assert all(1 <= n <= t["pages"] for n in t["sideways_pages"])
            assert all(t["page_rotate"][n - 1] == 0 or n in t["sideways_pages"]
                       for n in range(1, t["pages"] + 1))


def test_round_six_truth_is_what_its_html_says_of_the_committed_pdfs():
    """Round 6 is printed by Chromium, whose PDF bytes change from build to build; its
    truth, read again from the HTML and placed in the committed PDFs, is the committed one."""
    make = _load("make_round6", BENCH / "round6")
    out = BENCH / "out"
    sources = sorted((BENCH / "round6" / "html").glob("t*.html"))
    assert [p.stem for p in sources] == [f"t{n}" for n in range(161, 181)]
    for html in sources:
        truth = make.truth_for(html, out / f"{html.stem}.pdf")
        assert make.truth_json(truth) == (out / f"{html.stem}.json").read_text(encoding="utf-8"), html.stem
    assert sum((out / f"{p.stem}{ext}").stat().st_size for p in sources for ext in (".pdf", ".json")) < 2_500_000


def test_round_seven_truth_is_what_its_troff_says_of_the_committed_pdfs():
    """Round 7 is set by groff and Ghostscript; its truth, parsed again from the troff
    sources and placed in the committed PDFs (no groff needed), is the committed one."""
    make = _load("make_round7", BENCH / "round7")
    out = BENCH / "out"
    sources = sorted((BENCH / "round7" / "src").glob("t*.tr"))
    assert [p.stem for p in sources] == [f"t{n}" for n in range(181, 201)]
    for source in sources:
        truth = make.truth_for(source, out / f"{source.stem}.pdf")
        assert make.truth_json(truth) == (out / f"{source.stem}.json").read_text(encoding="utf-8"), source.stem


def test_round_eight_truth_is_what_its_troff_says_of_the_committed_pdfs():
    """Round 8, set like round 7 (its make_round8 is round 7's builder pointed at round 8's
    sources): its truth, parsed again from the troff and placed in the committed PDFs."""
    make, tables = _load("make_round8", BENCH / "round8"), _load("make_tables")
    out = BENCH / "out"
    sources = sorted((BENCH / "round8" / "src").glob("t*.tr"))
    assert [p.stem for p in sources] == [f"t{n}" for n in range(201, 221)]
    for source in sources:
        truth = make.truth_for(source, out / f"{source.stem}.pdf")
        assert truth["round"] == 8
        assert tables.truth_json(truth) == (out / f"{source.stem}.json").read_text(encoding="utf-8"), source.stem
