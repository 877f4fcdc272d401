"""Generate the written test documents (sample corpus and held-out sets) from their data files.

    python scripts/make_documents.py [SET ...] [--out DIR] [--pages] [--bad DIR]

Each set is a folder ``tests/documents/<set>/``: ``set.toml`` (where the set is written
and in which order its documents come), ``README.template.md`` (the set's README, with a
``{table}`` slot) and one TOML file per document. A document file holds everything that
is *about* the document - its facts (``[document]``: id, council, period, kind, pages,
a description of its layout), its page furniture (``[layout]``) and its content as a
list of blocks (``[[block]]``: title, heading, para, bullets, tables...), each block
carrying the answer-key rows (``figures``) whose evidence it contains. This script holds
only the drawing code: the named layouts (``LAYOUTS``) and one method per block type
(``Writer.BLOCKS``). ``tests/documents/README.md`` describes the format.

Without arguments every set is written to its own folder (``corpus/``,
``tests/holdout*/``): the PDFs (fpdf2, core fonts, fixed creation date, so reruns give
the same bytes), ``documents.csv``, ``figures.csv`` (the answer key in the gold columns;
the corpus also writes it as ``expected.csv``) and ``README.md``. ``--out DIR`` writes
the one named set to DIR instead; ``--pages`` only prints each document's page count
(for layout tuning); ``--bad DIR`` writes unreadable or awkward inputs for tests (empty,
not a PDF, truncated, encrypted, image-only); tests call :func:`make_bad_inputs`.

The councils are real, so that council detection can be tested, but every figure, name
and event in the documents is invented; each PDF says so on its first page. The text
written into a PDF and the evidence recorded for each figure come from the same data
file, and every document is checked (with pypdfium2): its page count, the notice on
page 1, every piece of evidence found in the text layer, no duplicate answer-key row,
and its size.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "tests" / "documents"
FIXED_DATE = datetime(2020, 1, 1, tzinfo=timezone.utc)

# Units of the metrics in the project's vocabulary (schema/metrics.csv).
UNITS = {
    "cla_count": "children",
    "cla_rate_per_10k": "rate_per_10k",
    "cla_starts": "children",
    "cla_starts_rate_per_10k": "rate_per_10k",
    "cp_count": "children",
    "uasc_count": "children",
    "iro_fte": "fte",
    "iro_caseload_avg": "cases_per_iro",
    "iro_caseload_cp_avg": "cases_per_iro",
    "iro_caseload_total_avg": "cases_per_iro",
    "cla_reviews_held": "reviews",
    "cla_reviews_in_timescale_pct": "percent",
    "cla_reviews_out_of_timescale": "reviews",
    "child_participation_pct": "percent",
    "parent_participation_pct": "percent",
    "iro_visits": "visits",
    "drp_count": "disputes",
    "drp_formal_count": "disputes",
    "case_alerts": "alerts",
    "care_plan_up_to_date_pct": "percent",
    "pep_up_to_date_pct": "percent",
    "pathway_plan_up_to_date_pct": "percent",
    "s20_pct": "percent",
}
COMPARATORS = ("la", "statistical_neighbours", "england", "region")

FIGURE_COLUMNS = ["doc", "council", "metric", "period", "comparator", "value",
                  "value_high", "unit", "optional", "evidence"]
DOCUMENT_COLUMNS = ["doc", "council", "ons_code", "la_number", "region", "period", "kind"]

JOIN = " ... "  # joins the pieces of a table cell's evidence (caption/row/column/cell)


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class DocInfo:
    """The facts about one document (its ``[document]`` table)."""
    doc: str
    council: str
    ons_code: str
    la_number: int
    region: str
    period: str
    kind: str
    pages: int
    description: str  # of its layout and what it tests (the README's "layout" column)


@dataclass
class Fig:
    """One answer-key row. ``evidence`` is an exact quote, or for a table cell the
    pieces (caption, row label, column header, cell) joined by ``JOIN``."""
    metric: str
    period: str
    value: str
    evidence: str
    comparator: str = "la"
    value_high: str = ""
    optional: int = 0

    @classmethod
    def from_data(cls, d: dict, caption: str | None = None) -> Fig:
        """From a data file's table: metric, period, value, evidence (a quote, or a list
        of pieces), optional comparator, value_high and optional. In a table block,
        ``cell`` (row label, column header, cell) may stand for evidence that starts
        with the table's caption."""
        unknown = set(d) - {"metric", "period", "value", "evidence", "cell", "comparator",
                            "value_high", "optional"}
        if unknown or ("evidence" in d) == ("cell" in d):
            raise ValueError(f"a figure needs evidence or cell (and no more): {d}")
        if "cell" in d:
            if caption is None:
                raise ValueError(f"cell evidence outside a captioned table: {d}")
            d = {**d, "evidence": [caption, *d["cell"]]}
        if d["metric"] not in UNITS:
            raise ValueError(f"unknown metric {d['metric']}")
        comparator = d.get("comparator", "la")
        if comparator not in COMPARATORS:
            raise ValueError(f"unknown comparator {comparator}")
        evidence = d["evidence"]
        if not isinstance(evidence, str):
            evidence = JOIN.join(evidence)
        return cls(d["metric"], d["period"], str(d["value"]), evidence, comparator,
                   str(d.get("value_high", "")), int(d.get("optional", 0)))


@dataclass
class Sample:
    info: DocInfo
    pdf_bytes: bytes
    figures: list[Fig] = field(default_factory=list)


def _figs(data, caption: str | None = None) -> list[Fig]:
    return [Fig.from_data(d, caption) for d in data or ()]


def _rgb(colour):
    return tuple(colour) if colour is not None else None


# --------------------------------------------------------------------------- page furniture


class Report(FPDF):
    """Layout "corpus": A4 page with an optional running header (right-aligned, ruled) and
    a centred footer ("page_of": 'Page n of m'; "number": 'n'; none)."""

    # The PDF Creator field, kept as it was when each set was first written (the scripts
    # it names are gone), so that regenerated PDFs stay byte-identical.
    creator = "iro scripts/make_corpus.py (illustrative sample)"

    def __init__(self, *, font="helvetica", running_header: str | None = None,
                 footer: str | None = "page_of", title: str = "", author: str = ""):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.base_font = font
        self.running_header = running_header
        self.footer_style = footer
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author(author)
        self.set_creator(Report.creator)
        self.set_font(font, size=11)

    def header(self):
        if self.running_header:
            self.set_font(self.base_font, size=8)
            self.set_text_color(90, 90, 90)
            self.set_y(10)
            self.cell(0, 5, self.running_header, align="R",
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_draw_color(150, 150, 150)
            self.line(20, 15.5, 190, 15.5)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)
            self.set_y(20)
        self.set_font(self.base_font, size=11)

    def footer(self):
        if not self.footer_style:
            return
        self.set_y(-14)
        self.set_font(self.base_font, size=8)
        self.set_text_color(90, 90, 90)
        if self.footer_style == "page_of":
            text = f"Page {self.page_no()} of {{nb}}"
        else:
            text = str(self.page_no())
        self.cell(0, 6, text, align="C")
        self.set_text_color(0, 0, 0)


class HReport(Report):
    """Layout "holdout": A4 report (cp1252 core fonts) with a running header of a left and
    a right text over a rule, and a footer of left / centre / right texts; ``{n}`` in them
    is the page number and ``{nb}`` the page count."""

    creator = "iro scripts/make_holdout.py (illustrative held-out sample)"

    def __init__(self, *, font="helvetica", header_left=None, header_right=None,
                 footer_left=None, footer_center=None, footer_right=None, header_style="",
                 title="", author=""):
        super().__init__(font=font, running_header=None, footer=None, title=title,
                         author=author)
        self.core_fonts_encoding = "windows-1252"
        self.set_creator(HReport.creator)
        self.h_left, self.h_right = header_left, header_right
        self.f_left, self.f_center, self.f_right = footer_left, footer_center, footer_right
        self.header_style = header_style

    def _fmt(self, text):
        return text.replace("{n}", str(self.page_no()))

    def header(self):
        if self.h_left or self.h_right:
            self.set_font(self.base_font, style=self.header_style, size=8)
            self.set_text_color(90, 90, 90)
            self.set_y(10)
            if self.h_left:
                self.set_x(20)
                self.cell(85, 5, self._fmt(self.h_left), align="L")
            if self.h_right:
                self.set_x(105)
                self.cell(85, 5, self._fmt(self.h_right), align="R")
            self.set_draw_color(160, 160, 160)
            self.line(20, 15.5, 190, 15.5)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
            self.set_y(20)
        self.set_font(self.base_font, size=11)

    def footer(self):
        if not (self.f_left or self.f_center or self.f_right):
            return
        self.set_y(-14)
        self.set_font(self.base_font, size=8)
        self.set_text_color(90, 90, 90)
        if self.f_left:
            self.set_x(20)
            self.cell(120, 6, self._fmt(self.f_left), align="L")
        if self.f_center:
            self.set_x(20)
            self.cell(170, 6, self._fmt(self.f_center), align="C")
        if self.f_right:
            self.set_x(140)
            self.cell(50, 6, self._fmt(self.f_right), align="R")
        self.set_text_color(0, 0, 0)


class MixedReport(HReport):
    """Layout "holdout_mixed": as "holdout", but the running header and the (centred)
    footer follow the page width, so that a landscape page in a portrait report keeps
    them at its edges."""

    def header(self):
        if self.h_left or self.h_right:
            right = self.w - self.r_margin
            self.set_font(self.base_font, size=8)
            self.set_text_color(90, 90, 90)
            self.set_y(10)
            self.set_x(self.l_margin)
            self.cell(110, 5, self._fmt(self.h_left or ""), align="L")
            self.set_x(right - 110)
            self.cell(110, 5, self._fmt(self.h_right or ""), align="R")
            self.set_draw_color(160, 160, 160)
            self.line(self.l_margin, 15.5, right, 15.5)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
            self.set_y(20)
        self.set_font(self.base_font, size=11)

    def footer(self):
        self.set_y(-14)
        self.set_font(self.base_font, size=8)
        self.set_text_color(90, 90, 90)
        self.set_x(self.l_margin)
        self.cell(self.w - self.l_margin - self.r_margin, 6, self._fmt(self.f_center or ""),
                  align="C")
        self.set_text_color(0, 0, 0)


# --------------------------------------------------------------------------- blocks


class Writer:
    """Draws a document's blocks onto a Report and collects the figures they carry.

    Every block type is a method named in ``BLOCKS``; a block's keys (other than
    ``type`` and ``colour``) are the method's keyword arguments. ``colour`` (an RGB
    list) draws the block's text in that colour."""

    BLOCKS = ("page", "space", "keep", "title", "disclaimer", "heading", "para",
              "dash_bullets", "bullets", "caption", "figures", "ruled_table", "unruled_table",
              "grid", "plain_grid", "kv_lines", "glossary", "contents", "tiles", "note",
              "banner", "headline_box")

    def __init__(self, info: DocInfo, pdf: Report, *, size: float = 11,
                 leading: float = 5.6, contents_pages: dict[str, int] | None = None):
        self.info = info
        self.pdf = pdf
        self.recorded: list[Fig] = []  # the figures of the blocks drawn so far
        self.size = size
        self.leading = leading
        self.contents_pages = contents_pages  # from an earlier pass (see ``contents``)
        self.heading_pages: dict[str, int] = {}
        self.last_caption: str | None = None  # the text of a caption block just drawn
        self.table_caption: str | None = None  # the caption of the table being drawn

    def draw(self, block: dict) -> None:
        block = dict(block)
        kind = block.pop("type")
        if kind not in self.BLOCKS:
            raise ValueError(f"{self.info.doc}: unknown block type {kind!r}")
        colour = block.pop("colour", None)
        if colour:
            self.pdf.set_text_color(*colour)
        self.table_caption, self.last_caption = self.last_caption, None
        getattr(self, kind)(**block)
        if colour:
            self.pdf.set_text_color(0, 0, 0)

    def _record(self, figs: list[Fig], text: str | None = None, what: str = "paragraph"):
        if text is not None:
            for f in figs:
                if f.evidence not in text:
                    raise AssertionError(f"evidence not in {what}: {f.evidence!r}")
        self.recorded.extend(figs)

    # page control
    def page(self, orientation: str = ""):
        """A new page (``orientation`` "L" or "P" to change it)."""
        if orientation:
            self.pdf.add_page(orientation=orientation)
        else:
            self.pdf.add_page()

    def space(self, h: float):
        """Vertical space of h mm."""
        self.pdf.ln(h)

    def keep(self, h: float):
        """A new page unless h mm remain on this one."""
        if self.pdf.will_page_break(h):
            self.pdf.add_page()

    # text
    def title(self, text, size=20, style="B", h=10):
        self.pdf.set_font(self.pdf.base_font, style=style, size=size)
        self.pdf.multi_cell(0, h, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.set_font(self.pdf.base_font, size=self.size)

    def disclaimer(self, text):
        self.pdf.set_font(self.pdf.base_font, style="I", size=7)
        self.pdf.set_text_color(80, 80, 80)
        self.pdf.multi_cell(0, 3.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.set_text_color(0, 0, 0)
        self.pdf.set_font(self.pdf.base_font, size=self.size)

    def heading(self, text, size=13, before=3, after=1.5, contents_key: str | None = None):
        """A bold heading, moved to a new page if fewer than four lines would follow it.
        ``contents_key`` names its entry in a ``contents`` block."""
        self.pdf.ln(before)
        if self.pdf.will_page_break(self.leading * 4):
            self.pdf.add_page()
        self.pdf.set_font(self.pdf.base_font, style="B", size=size)
        self.pdf.multi_cell(0, 7, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(after)
        self.pdf.set_font(self.pdf.base_font, size=self.size)
        if contents_key is not None:
            self.heading_pages[contents_key] = self.pdf.page_no()

    def para(self, text, figures=(), number: str | None = None, after=2.5, style=""):
        """A paragraph (``number``: a paragraph number in a 12 mm column before it)."""
        self._record(_figs(figures), text)
        self.pdf.set_font(self.pdf.base_font, style=style, size=self.size)
        if number:
            self.pdf.cell(12, self.leading, number)
            self.pdf.multi_cell(0, self.leading, text, align="L",
                                new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            self.pdf.multi_cell(0, self.leading, text, align="L",
                                new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(after)

    def dash_bullets(self, items, after=2.5):
        """A list of plain strings, each after a '-' in a 6 mm column."""
        for item in items:
            self.pdf.cell(6, self.leading, "-")
            self.pdf.multi_cell(0, self.leading, item, align="L",
                                new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.pdf.ln(0.8)
        self.pdf.ln(after)

    def bullets(self, items, mark="\u2022", indent=6, after=2.5):
        """A list; each item is a string or a table with ``text`` and ``figures``."""
        for item in items:
            if isinstance(item, str):
                text, figs = item, []
            else:
                text, figs = item["text"], _figs(item.get("figures"))
            self._record(figs, text, "bullet")
            self.pdf.set_font(self.pdf.base_font, size=self.size)
            self.pdf.cell(indent, self.leading, mark)
            self.pdf.multi_cell(0, self.leading, text, align="L",
                                new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.pdf.ln(0.8)
        self.pdf.ln(after)

    def caption(self, text):
        """A table's caption (bold); the figures of a table block right after it may give
        ``cell`` evidence, which starts with this text."""
        self.pdf.set_font(self.pdf.base_font, style="B", size=10)
        self.pdf.multi_cell(0, 6, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(1)
        self.pdf.set_font(self.pdf.base_font, size=self.size)
        self.last_caption = text

    def note(self, text, size=8, h=4):
        """Small italic print (a source or notes line under a table)."""
        self.pdf.set_font(self.pdf.base_font, style="I", size=size)
        self.pdf.multi_cell(0, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.set_font(self.pdf.base_font, size=self.size)

    def figures(self, figures):
        """Figures read from the drawing around them (no text of their own)."""
        self._record(_figs(figures))

    # tables
    def ruled_table(self, rows, col_widths, align, size=10, line_height=6.5,
                    section_rows=(), bold_rows=(), figures=()):
        """fpdf2's table(), every cell ruled; rows[0] is the heading row; rows whose index
        is in section_rows are one bold cell spanning all columns."""
        pdf = self.pdf
        pdf.set_font(pdf.base_font, size=size)
        heading = FontFace(emphasis="BOLD", fill_color=(220, 228, 240))
        section = FontFace(emphasis="BOLD", fill_color=(242, 242, 242))
        bold = FontFace(emphasis="BOLD")
        with pdf.table(col_widths=tuple(col_widths), text_align=tuple(align),
                       borders_layout="ALL", line_height=line_height, headings_style=heading,
                       width=sum(col_widths), align="LEFT") as table:
            for i, values in enumerate(rows):
                row = table.row()
                if i in section_rows:
                    row.cell(values[0], colspan=len(col_widths), style=section, align="LEFT")
                    continue
                style = bold if i in bold_rows else None
                for v in values:
                    row.cell(v, style=style)
        pdf.ln(3)
        pdf.set_font(pdf.base_font, size=self.size)
        self._record(_figs(figures, self.table_caption))

    def unruled_table(self, caption, rows, xs, widths, aligns, size=10, h=6.2,
                      split_after=None, figures=()):
        """Columns at fixed x positions, no borders. rows[0] is the header row (bold).

        With split_after=n the caption and table are moved down so that the header
        and exactly n body rows end the current page and the rest continue at the
        top of the next one, without the header.
        """
        pdf = self.pdf
        if split_after is not None:
            need = 7 + h * (1 + split_after) + 1.5
            target = pdf.page_break_trigger - need - 0.5
            if pdf.get_y() > target:
                raise AssertionError("not enough room to place the split table")
            pdf.set_y(target)
        self.caption(caption)
        pdf.set_font(pdf.base_font, size=size)
        start_page = pdf.page
        for i, values in enumerate(rows):
            if split_after is not None and i == split_after + 1:
                pdf.add_page()
                pdf.set_font(pdf.base_font, size=size)
            y = pdf.get_y()
            pdf.set_font(pdf.base_font, style="B" if i == 0 else "", size=size)
            for value, x, w, a in zip(values, xs, widths, aligns):
                pdf.set_xy(x, y)
                pdf.cell(w, h, value, align=a)
            pdf.set_xy(pdf.l_margin, y + h)
            if i == 0:
                pdf.ln(1.5)
        if split_after is not None and pdf.page != start_page + 1:
            raise AssertionError("split table did not continue on the next page")
        pdf.ln(3)
        pdf.set_font(pdf.base_font, size=self.size)
        self.last_caption = None
        self._record(_figs(figures, caption))

    def grid(self, rows, col_widths, align, size=10, line_height=6, heading=True,
             fill=(222, 234, 246), fills=(), bold_first_col=False, figures=()):
        """Ruled table (heading row filled with ``fill`` unless heading is false).

        ``fills``: rules giving a body cell a fill colour, the first that matches wins;
        each has ``colour`` and may limit itself to ``rows`` (indexes into rows),
        ``columns`` (indexes) and ``values`` (cell texts)."""
        pdf = self.pdf
        pdf.set_font(pdf.base_font, size=size)
        head = FontFace(emphasis="BOLD", fill_color=_rgb(fill))

        def cell_fill(i, j, v):
            for rule in fills:
                if ("rows" in rule and i not in rule["rows"]) or \
                        ("columns" in rule and j not in rule["columns"]) or \
                        ("values" in rule and v not in rule["values"]):
                    continue
                return _rgb(rule["colour"])
            return None

        with pdf.table(col_widths=tuple(col_widths), text_align=tuple(align),
                       borders_layout="ALL", line_height=line_height, headings_style=head,
                       first_row_as_headings=heading, width=sum(col_widths),
                       align="LEFT") as table:
            for i, values in enumerate(rows):
                row = table.row()
                for j, v in enumerate(values):
                    style = None
                    colour = cell_fill(i, j, v) if fills and (i > 0 or not heading) else None
                    if colour or (bold_first_col and j == 0 and (i > 0 or not heading)):
                        style = FontFace(emphasis="BOLD" if bold_first_col and j == 0 else None,
                                         fill_color=colour)
                    row.cell(v, style=style)
        pdf.ln(3)
        pdf.set_font(pdf.base_font, size=self.size)
        self._record(_figs(figures, self.table_caption))

    def plain_grid(self, rows, col_widths, align, line_height=5.5):
        """Ruled table with no heading row, placed by fpdf2's defaults."""
        pdf = self.pdf
        with pdf.table(col_widths=tuple(col_widths), text_align=tuple(align),
                       borders_layout="ALL", line_height=line_height,
                       first_row_as_headings=False, width=sum(col_widths)) as table:
            for values in rows:
                row = table.row()
                for v in values:
                    row.cell(v)

    def kv_lines(self, pairs, label_w=48, size=10.5, h=6):
        """'Label value' lines: a bold label in a label_w column, then the value."""
        pdf = self.pdf
        for label, value in pairs:
            pdf.set_font(pdf.base_font, style="B", size=size)
            pdf.cell(label_w, h, label)
            pdf.set_font(pdf.base_font, size=size)
            pdf.multi_cell(0, h, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(pdf.base_font, size=self.size)

    def glossary(self, entries, term_w=45, text_x=65):
        """Bold terms in a column, each definition starting at text_x mm."""
        pdf = self.pdf
        for term, text in entries:
            y = pdf.get_y()
            pdf.set_font(pdf.base_font, style="B", size=self.size)
            pdf.cell(term_w, self.leading, term)
            pdf.set_font(pdf.base_font, size=self.size)
            pdf.set_xy(text_x, y)
            pdf.multi_cell(0, self.leading, text, align="L", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
            pdf.ln(2)

    def contents(self, entries, size=10.5, h=6.5):
        """A contents list: (key, text) entries; a numeric key is printed as the section
        number, and each line ends with the page of the heading whose ``contents_key``
        is the key (the document is drawn twice to learn them)."""
        pdf = self.pdf
        pdf.set_font(pdf.base_font, size=size)
        for key, text in entries:
            page = (self.contents_pages or {}).get(key, 0)
            pdf.cell(10, h, key if key.isdigit() else "")
            pdf.cell(140, h, text)
            pdf.cell(20, h, str(page), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def tiles(self, caption, tiles, cols=3, tile_h=31, gap=4):
        """An infographic grid: each tile is a shaded box with a big number and a short
        label underneath. tiles: tables with number, label and figures; each figure's
        evidence is caption ... number ... label (and may be left out)."""
        pdf = self.pdf
        x0, width = pdf.l_margin, pdf.epw
        tile_w = (width - gap * (cols - 1)) / cols
        y0 = pdf.get_y()
        shades = ((214, 232, 240), (232, 240, 214), (244, 228, 210))
        for idx, tile in enumerate(tiles):
            number, label = tile["number"], tile["label"]
            evidence = [caption, number, label]
            figs = _figs({"evidence": evidence, **d} for d in tile.get("figures", ()))
            r, c = divmod(idx, cols)
            x, y = x0 + c * (tile_w + gap), y0 + r * (tile_h + gap)
            pdf.set_fill_color(*shades[(r + c) % len(shades)])
            pdf.rect(x, y, tile_w, tile_h, style="F")
            pdf.set_xy(x, y + 3)
            pdf.set_font(pdf.base_font, style="B", size=22)
            pdf.cell(tile_w, 11, number, align="C")
            pdf.set_xy(x + 4, y + 15.5)
            pdf.set_font(pdf.base_font, size=8.5)
            pdf.multi_cell(tile_w - 8, 3.9, label, align="C")
            for f in figs:
                if f.evidence != JOIN.join((caption, number, label)):
                    raise AssertionError(f"tile evidence mismatch: {f.evidence!r}")
            self._record(figs)
        rows = (len(tiles) + cols - 1) // cols
        pdf.set_fill_color(255, 255, 255)
        pdf.set_xy(pdf.l_margin, y0 + rows * (tile_h + gap) + 2)
        pdf.set_font(pdf.base_font, size=self.size)

    def banner(self, rect, fill, text_colour, at, titles, end_y):
        """A filled band (rect: x, y, w, h) with titles written on it from ``at`` (x, y);
        the text continues at end_y."""
        pdf = self.pdf
        pdf.set_fill_color(*fill)
        pdf.rect(*rect, style="F")
        pdf.set_text_color(*text_colour)
        pdf.set_xy(*at)
        for i, title in enumerate(titles):
            if i:
                pdf.set_x(at[0])
            self.title(**title)
        pdf.set_text_color(0, 0, 0)
        pdf.set_fill_color(255, 255, 255)
        pdf.set_y(end_y)

    def headline_box(self, title, lines, fill=(234, 242, 236), border=(46, 110, 70),
                     figures=()):
        """A shaded, ruled panel of 'Label: value' lines (lines: label, value); each
        figure's evidence is one line's 'Label: value'."""
        pdf = self.pdf
        h = 6.2
        height = 12 + h * len(lines) + 3
        if pdf.will_page_break(height):
            pdf.add_page()
        x0, y0 = pdf.l_margin, pdf.get_y()
        pdf.set_fill_color(*fill)
        pdf.set_draw_color(*border)
        pdf.set_line_width(0.5)
        pdf.rect(x0, y0, pdf.epw, height, style="DF")
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_xy(x0 + 6, y0 + 4)
        pdf.set_font(pdf.base_font, style="B", size=12.5)
        pdf.set_text_color(*border)
        pdf.cell(pdf.epw - 12, 7, title)
        pdf.set_text_color(0, 0, 0)
        y = y0 + 12
        for label, value in lines:
            pdf.set_xy(x0 + 6, y)
            pdf.set_font(pdf.base_font, size=10.5)
            pdf.cell(pdf.epw - 12, h, f"**{label}:** {value}", markdown=True)
            y += h
        self._record(_figs(figures), "\n".join(f"{label}: {value}" for label, value in lines),
                     "headline box")
        pdf.set_fill_color(255, 255, 255)
        pdf.set_xy(pdf.l_margin, y0 + height + 4)
        pdf.set_font(pdf.base_font, size=self.size)


class HWriter(Writer):
    """The held-out sets' writer: a paragraph that carries figures is not split across a
    page break (so that each evidence quote stays contiguous in the text layer), and a
    table caption is kept on the same page as the first rows of its table."""

    def para(self, text, figures=(), number=None, after=2.5, style=""):
        if figures:
            self.pdf.set_font(self.pdf.base_font, style=style, size=self.size)
            width = self.pdf.epw - (12 if number else 0)
            height = self.pdf.multi_cell(width, self.leading, text, dry_run=True,
                                         output="HEIGHT")
            if self.pdf.will_page_break(height):
                self.pdf.add_page()
        super().para(text, figures, number=number, after=after, style=style)

    def caption(self, text, keep=32):
        if self.pdf.will_page_break(keep):
            self.pdf.add_page()
        super().caption(text)


# The named layouts: page furniture (a Report class, whose options are the document's
# [layout] keys) and the block writer that goes with it.
LAYOUTS: dict[str, tuple[type[Report], type[Writer]]] = {
    "corpus": (Report, Writer),
    "holdout": (HReport, HWriter),
    "holdout_mixed": (MixedReport, HWriter),
}


# --------------------------------------------------------------------------- documents


def load_toml(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def document_info(data: dict) -> DocInfo:
    return DocInfo(**data["document"])


def render(data: dict) -> Sample:
    """Draw one document (the parsed TOML of its file)."""
    info = document_info(data)
    options = dict(data["layout"])
    report_cls, writer_cls = LAYOUTS[options.pop("name")]
    size, leading = options.pop("size", 11), options.pop("leading", 5.6)

    def draw(contents_pages):
        writer = writer_cls(info, report_cls(**options), size=size, leading=leading,
                            contents_pages=contents_pages)
        for block in data.get("block", ()):
            writer.draw(block)
        return writer

    writer = draw(None)
    if writer.heading_pages:  # a contents list: draw again with the pages now known
        pages = writer.heading_pages
        writer = draw(pages)
        if writer.heading_pages != pages:
            raise AssertionError(f"{info.doc}: contents page numbers moved between passes")
    return Sample(info, bytes(writer.pdf.output()), writer.recorded)


@dataclass
class DocSet:
    """A set of documents (``tests/documents/<name>/set.toml``)."""
    name: str
    folder: Path  # its data files
    out: Path  # where it is written
    files: list[Path]  # its documents' data files, in order
    answer_files: list[str]  # the answer key's file names
    max_bytes: int
    optional_counts: bool  # the README table counts optional rows too

    @property
    def infos(self) -> dict[str, DocInfo]:
        infos = [document_info(load_toml(p)) for p in self.files]
        return {i.doc: i for i in infos}


def set_names() -> list[str]:
    return sorted(p.parent.name for p in DOCUMENTS.glob("*/set.toml"))


def load_set(name: str) -> DocSet:
    folder = DOCUMENTS / name
    data = load_toml(folder / "set.toml")
    return DocSet(name, folder, ROOT / data["out"],
                  [folder / f"{stem}.toml" for stem in data["documents"]],
                  data.get("answer_files", ["figures.csv"]), data["max_bytes"],
                  data.get("optional_counts", True))


def build_document(set_name: str, doc: str) -> Sample:
    """One document of a set, by its id."""
    for path in load_set(set_name).files:
        data = load_toml(path)
        if data["document"]["doc"] == doc:
            return render(data)
    raise KeyError(doc)


# --------------------------------------------------------------------------- checks


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_page_texts(data: bytes | Path) -> list[str]:
    """Text of each page, via pypdfium2 (the text layer, as an extractor would see it)."""
    import pypdfium2 as pdfium

    if isinstance(data, Path):
        data = data.read_bytes()
    doc = pdfium.PdfDocument(data)
    try:
        texts = []
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        doc.close()


def evidence_found(evidence: str, text: str) -> bool:
    """Every ' ... '-joined piece of the evidence occurs in the (normalised) text."""
    norm = normalise(text)
    return all(normalise(piece) in norm for piece in evidence.split(JOIN))


def check_sample(sample: Sample, max_bytes: int) -> None:
    info = sample.info
    texts = pdf_page_texts(sample.pdf_bytes)
    if len(texts) != info.pages:
        raise AssertionError(f"{info.doc}: {len(texts)} pages, expected {info.pages}")
    if "Illustrative" not in texts[0]:
        raise AssertionError(f"{info.doc}: no illustrative notice on page 1")
    whole = "\n".join(texts)
    seen = set()
    for f in sample.figures:
        if not evidence_found(f.evidence, whole):
            raise AssertionError(f"{info.doc}: evidence not in PDF text: {f.evidence!r}")
        key = (f.metric, f.period, f.comparator, f.value, f.value_high)
        if key in seen:
            raise AssertionError(f"{info.doc}: duplicate answer-key row {key}")
        seen.add(key)
    if len(sample.pdf_bytes) >= max_bytes:
        raise AssertionError(f"{info.doc}: {len(sample.pdf_bytes)} bytes, too large")


def build_set(name: str, check: bool = True) -> list[Sample]:
    """Every document of a set, in order, each checked unless check is false."""
    docset = load_set(name)
    samples = [render(load_toml(p)) for p in docset.files]
    if check:
        for s in samples:
            check_sample(s, docset.max_bytes)
    return samples


# --------------------------------------------------------------------------- writing


def figure_rows(samples: list[Sample]) -> list[dict]:
    rows = []
    for s in samples:
        for f in s.figures:
            rows.append({"doc": s.info.doc, "council": s.info.council, "metric": f.metric,
                         "period": f.period, "comparator": f.comparator, "value": f.value,
                         "value_high": f.value_high, "unit": UNITS[f.metric],
                         "optional": f.optional, "evidence": f.evidence})
    return rows


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def write_set(name: str, out_dir: Path | str | None = None) -> dict[str, Path]:
    """Write a set (to its own folder unless out_dir is given): its PDFs, the answer key,
    documents.csv and README.md. Returns {doc: pdf path}."""
    docset = load_set(name)
    out = Path(out_dir) if out_dir is not None else docset.out
    out.mkdir(parents=True, exist_ok=True)
    samples = build_set(name)
    paths = {}
    for s in samples:
        path = out / f"{s.info.doc}.pdf"
        path.write_bytes(s.pdf_bytes)
        paths[s.info.doc] = path
    rows = figure_rows(samples)
    for answer in docset.answer_files:
        _write_csv(out / answer, FIGURE_COLUMNS, rows)
    _write_csv(out / "documents.csv", DOCUMENT_COLUMNS,
               [{c: getattr(s.info, c) for c in DOCUMENT_COLUMNS} for s in samples])
    lines = []
    for s in samples:
        count = str(len(s.figures))
        if docset.optional_counts:
            count += f" ({sum(f.optional for f in s.figures)})"
        lines.append(f"| {s.info.doc} | {s.info.council} | {s.info.period} | {s.info.kind} | "
                     f"{s.info.pages} | {s.info.description} | {count} |")
    readme = (docset.folder / "README.template.md").read_text(encoding="utf-8")
    (out / "README.md").write_text(readme.replace("{table}", "\n".join(lines)),
                                   encoding="utf-8")
    return paths


# --------------------------------------------------------------------------- bad inputs


def make_bad_inputs(out_dir: Path | str) -> dict[str, Path]:
    """Write awkward inputs for tests; returns {name: path} for the five files.

    empty.pdf (0 bytes), not-a-pdf.pdf (plain text), truncated.pdf (first 40% of the
    corpus's Wigan sample), encrypted.pdf (user password "u", owner "o") and scanned.pdf
    (page 1 of that sample rasterised and wrapped as an image-only PDF: no text layer).
    """
    import pikepdf
    import pypdfium2 as pdfium

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    good = build_document("corpus", "wigan-iro-2019-20").pdf_bytes
    paths = {name: out / name for name in
             ("empty.pdf", "not-a-pdf.pdf", "truncated.pdf", "encrypted.pdf", "scanned.pdf")}

    paths["empty.pdf"].write_bytes(b"")
    paths["not-a-pdf.pdf"].write_text(
        "This is a plain text file with a .pdf name.\n"
        "Independent Reviewing Officer Annual Report - not really a PDF.\n", encoding="utf-8")
    paths["truncated.pdf"].write_bytes(good[: int(len(good) * 0.4)])

    with pikepdf.open(io.BytesIO(good)) as pdf:
        pdf.save(paths["encrypted.pdf"], encryption=pikepdf.Encryption(owner="o", user="u"))

    doc = pdfium.PdfDocument(good)
    try:
        page = doc[0]
        image = page.render(scale=2).to_pil().convert("L")
        page.close()
    finally:
        doc.close()
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=70)
    buf.seek(0)
    scan = FPDF(unit="mm", format="A4")
    scan.set_creation_date(FIXED_DATE)
    scan.add_page()
    scan.image(buf, x=0, y=0, w=210, h=297)
    paths["scanned.pdf"].write_bytes(bytes(scan.output()))
    return paths


# --------------------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", metavar="SET",
                        help=f"sets to write (default: all of {', '.join(set_names())})")
    parser.add_argument("--out", type=Path, default=None,
                        help="write the (one) named set to this folder instead of its own")
    parser.add_argument("--pages", action="store_true",
                        help="only print each document's page count (for layout tuning)")
    parser.add_argument("--bad", type=Path, default=None,
                        help="also (or, without a set, only) write bad-input samples here")
    args = parser.parse_args(argv)
    unknown = set(args.sets) - set(set_names())
    if unknown:
        parser.error(f"unknown set(s): {', '.join(sorted(unknown))}")
    names = args.sets or ([] if args.bad is not None and not args.pages else set_names())
    if args.out is not None and len(names) != 1:
        parser.error("--out needs exactly one set")
    for name in names:
        if args.pages:
            for s in build_set(name, check=False):
                print(name, s.info.doc, s.info.council, len(pdf_page_texts(s.pdf_bytes)),
                      "pages", len(s.figures), "figures")
            continue
        infos = load_set(name).infos
        for doc, path in write_set(name, args.out).items():
            print(f"{path}  {path.stat().st_size:>6} bytes  {infos[doc].pages} pages")
    if args.bad is not None:
        for name, path in make_bad_inputs(args.bad).items():
            print(f"{path}  {path.stat().st_size:>6} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
