"""Generate the small sample corpus of IRO annual report PDFs, with its answer key.

    python scripts/make_corpus.py [--out corpus/] [--bad DIR]

Writes five short PDFs (fpdf2, core fonts only, fixed creation date, so reruns
give the same bytes), ``README.md``, ``documents.csv`` and ``expected.csv``
(the answer key, in the same columns as the gold ``figures.csv``; it is also
written as ``figures.csv`` so the folder can be passed to ``--gold`` as is).

The councils are real, so that council detection can be tested, but every
figure, name and event in the documents is invented; each PDF says so on its
first page.

``--bad DIR`` writes unreadable or awkward inputs for tests (empty, not a PDF,
truncated, encrypted, image-only); tests call :func:`make_bad_inputs` directly.

Everything is built from the same strings: the text written into a PDF and the
evidence recorded for each figure come from one place, and the generator
checks (with pypdfium2) that every piece of evidence can be found in the PDF's
text layer and that each document has the page count stated in ``SAMPLES``.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "corpus"
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

FIGURE_COLUMNS = ["doc", "council", "metric", "period", "comparator", "value",
                  "value_high", "unit", "optional", "evidence"]
DOCUMENT_COLUMNS = ["doc", "council", "ons_code", "la_number", "region", "period", "kind"]

JOIN = " ... "  # joins the pieces of a table cell's evidence (caption/row/column/cell)


@dataclass(frozen=True)
class SampleInfo:
    doc: str
    council: str
    ons_code: str
    la_number: int
    region: str
    period: str
    kind: str
    pages: int
    layout: str


SAMPLES: dict[str, SampleInfo] = {s.doc: s for s in [
    SampleInfo("wigan-iro-2019-20", "Wigan", "E08000010", 359, "North West", "2019-20",
               "annual_report", 4,
               "Word-export style; ruled tables (three-year rate table with statistical "
               "neighbour and England columns, two-year KPI table); running header and "
               "'Page n of m' footer on every page"),
    SampleInfo("somerset-iro-annual-report-2018", "Somerset", "E10000027", 933, "South West",
               "2017-18", "annual_report", 3,
               "Times; unruled tables placed with cells at fixed x positions; Table 2 "
               "splits across the page 2/3 break without repeating its header"),
    SampleInfo("leeds-cover-paper", "Leeds", "E08000035", 383, "Yorkshire and The Humber",
               "2020-21", "cover_report", 2,
               "committee cover paper to a scrutiny board; no figures about the council"),
    SampleInfo("croydon-iro-2021", "Croydon", "E09000008", 306, "Outer London", "2020-21",
               "annual_report", 3,
               "prose only; years written 2020\\21; standards and targets beside results; "
               "comparator sentence; two deliberate arithmetic errors"),
    SampleInfo("derbyshire-iro-2016-17", "Derbyshire", "E10000007", 830, "East Midlands",
               "2016-17", "annual_report", 3,
               "dense ruled two-year KPI table with section rows, a Change column and a "
               "Total row; one prose figure conflicts with the table"),
]}


@dataclass
class Fig:
    metric: str
    period: str
    value: str
    evidence: str
    comparator: str = "la"
    value_high: str = ""
    optional: int = 0

    @property
    def pieces(self) -> list[str]:
        return self.evidence.split(JOIN)


def F(metric, period, value, evidence, comparator="la", high="", optional=0) -> Fig:
    if metric not in UNITS:
        raise ValueError(f"unknown metric {metric}")
    return Fig(metric, period, str(value), evidence, comparator, str(high), optional)


def cell_fig(metric, period, value, *pieces, comparator="la", optional=0) -> Fig:
    """A figure read from a table: caption/row label/column header/cell joined by ' ... '."""
    return F(metric, period, value, JOIN.join(pieces), comparator, "", optional)


@dataclass
class Sample:
    info: SampleInfo
    pdf_bytes: bytes
    figures: list[Fig] = field(default_factory=list)


# --------------------------------------------------------------------------- PDF helpers


class Report(FPDF):
    """A4 page with optional running header and footer."""

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
        self.set_creator("iro scripts/make_corpus.py (illustrative sample)")
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


class Writer:
    """Writes a report and records the figures it states."""

    def __init__(self, info: SampleInfo, pdf: Report):
        self.info = info
        self.pdf = pdf
        self.figures: list[Fig] = []
        self.size = 11
        self.leading = 5.6

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

    def heading(self, text, size=13, before=3, after=1.5):
        self.pdf.ln(before)
        if self.pdf.will_page_break(self.leading * 4):
            self.pdf.add_page()
        self.pdf.set_font(self.pdf.base_font, style="B", size=size)
        self.pdf.multi_cell(0, 7, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(after)
        self.pdf.set_font(self.pdf.base_font, size=self.size)

    def para(self, text, *figs: Fig, number: str | None = None, after=2.5, style=""):
        for f in figs:
            if f.evidence not in text:
                raise AssertionError(f"evidence not in paragraph: {f.evidence!r}")
        self.figures.extend(figs)
        self.pdf.set_font(self.pdf.base_font, style=style, size=self.size)
        if number:
            self.pdf.cell(12, self.leading, number)
            self.pdf.multi_cell(0, self.leading, text, align="L",
                                new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            self.pdf.multi_cell(0, self.leading, text, align="L",
                                new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(after)

    def bullets(self, items, after=2.5):
        for item in items:
            self.pdf.cell(6, self.leading, "-")
            self.pdf.multi_cell(0, self.leading, item, align="L",
                                new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.pdf.ln(0.8)
        self.pdf.ln(after)

    def caption(self, text):
        self.pdf.set_font(self.pdf.base_font, style="B", size=10)
        self.pdf.multi_cell(0, 6, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(1)
        self.pdf.set_font(self.pdf.base_font, size=self.size)

    def table_figs(self, *figs: Fig):
        self.figures.extend(figs)

    # ruled table (fpdf2's table())
    def ruled_table(self, rows, col_widths, align, size=10, line_height=6.5,
                    section_rows=(), bold_rows=()):
        """rows[0] is the heading row; rows whose index is in section_rows span all columns."""
        pdf = self.pdf
        pdf.set_font(pdf.base_font, size=size)
        heading = FontFace(emphasis="BOLD", fill_color=(220, 228, 240))
        section = FontFace(emphasis="BOLD", fill_color=(242, 242, 242))
        bold = FontFace(emphasis="BOLD")
        with pdf.table(col_widths=col_widths, text_align=align, borders_layout="ALL",
                       line_height=line_height, headings_style=heading,
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

    # unruled table placed cell by cell
    def unruled_table(self, caption, rows, xs, widths, aligns, size=10, h=6.2,
                      split_after=None):
        """Columns at fixed x positions, no borders. rows[0] is the header row.

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


def _finish(writer: Writer) -> Sample:
    data = bytes(writer.pdf.output())
    return Sample(writer.info, data, writer.figures)


DISCLAIMER = ("Illustrative sample produced for testing the open-source iro tool. {council} is "
              "a real council, but every figure, name and event in this document is invented: "
              "nothing here is {council}'s published data and it must not be quoted as such.")


# --------------------------------------------------------------------------- 1. Wigan


def build_wigan() -> Sample:
    info = SAMPLES["wigan-iro-2019-20"]
    pdf = Report(running_header="Wigan Council | IRO Annual Report 2019/20", footer="page_of",
                 title="IRO Annual Report 2019/20", author="Wigan Council (illustrative)")
    w = Writer(info, pdf)
    pdf.add_page()
    pdf.ln(6)
    w.title("Independent Reviewing Officer Service")
    w.title("Annual Report 2019/20", size=16, style="", h=9)
    pdf.ln(2)
    w.para("Wigan Council - Children's Services", style="B", after=1)
    w.para("Reporting period: 1 April 2019 to 31 March 2020", after=2)
    w.disclaimer(DISCLAIMER.format(council="Wigan Council"))
    pdf.ln(4)
    w.heading("Contents", size=12)
    w.bullets(["1. Introduction", "2. The IRO service", "3. Children in our care",
               "4. Performance of the review service", "5. Resolving concerns",
               "6. The start of the pandemic", "7. Priorities for 2020/21"], after=1)

    w.heading("1. Introduction")
    w.para("Every child in the care of a local authority must have an Independent Reviewing "
           "Officer (IRO). The IRO chairs the child's reviews, checks that the care plan "
           "still meets the child's needs and makes sure that the child's wishes and feelings "
           "are heard and taken seriously. This report describes how the IRO service in Wigan "
           "carried out that role between 1 April 2019 and 31 March 2020, and what it intends "
           "to improve over the next year.", number="1.1")
    w.para("The report is written for the Corporate Parenting Board, senior leaders in "
           "Children's Services and elected members. A shorter version has been prepared with "
           "members of the Children in Care Council for children and young people.",
           number="1.2")

    w.heading("2. The IRO service")
    w.para("At the end of March 2020 the team consisted of 9.5 full-time equivalent IROs and a "
           "team manager, supported by business support officers who arrange reviews and "
           "distribute the records of meetings.",
           F("iro_fte", "2019-20", "9.5",
             "the team consisted of 9.5 full-time equivalent IROs"),
           number="2.1")
    w.para("Caseloads rose during the year as the number of children in care grew. By the end "
           "of the year each IRO held an average of 61 children, which the service still "
           "regards as manageable, although it leaves little time for seeing children between "
           "their reviews.",
           F("iro_caseload_avg", "2019-20", "61", "each IRO held an average of 61 children"),
           number="2.2")
    w.para("All of the IROs are experienced, registered social workers. Two new IROs joined "
           "in the autumn, and the team took part in practice development sessions with IRO "
           "services in neighbouring authorities across the North West.", number="2.3")

    w.heading("3. Children in our care")
    w.para("On 31 March 2020 there were 583 children in our care, compared with 541 a year "
           "earlier. During 2019/20, 212 children came into care and 170 left care.",
           F("cla_count", "2019-20", "583", "On 31 March 2020 there were 583 children in our care"),
           F("cla_count", "2018-19", "541", "compared with 541 a year earlier"),
           F("cla_starts", "2019-20", "212", "During 2019/20, 212 children came into care"),
           number="3.1")
    w.para("Table 1 shows the rate of children looked after for every 10,000 children under "
           "the age of 18 over the last three years. The rate in Wigan has risen each year and "
           "the gap between Wigan and its statistical neighbours has narrowed, but Wigan "
           "remains above the rate for England.", number="3.2")
    cap1 = "Table 1: Children looked after per 10,000 children aged under 18"
    w.caption(cap1)
    t1 = [("2017-18", "70.1", "78.6", "64"),
          ("2018-19", "74.5", "81.2", "65"),
          ("2019-20", "80.3", "84.9", "67")]
    cols1 = ("Wigan", "Statistical neighbours", "England")
    comps = ("la", "statistical_neighbours", "england")
    w.ruled_table([("Year",) + cols1] + t1, col_widths=(35, 35, 50, 35),
                  align=("LEFT", "RIGHT", "RIGHT", "RIGHT"))
    for year, *vals in t1:
        for col, comp, v in zip(cols1, comps, vals):
            w.table_figs(cell_fig("cla_rate_per_10k", year, v, cap1, year, col, v,
                                  comparator=comp))
    w.para("The number of unaccompanied asylum seeking children looked after by Wigan was 14 "
           "at the end of the year. Most of these young people came to Wigan through the "
           "National Transfer Scheme.",
           F("uasc_count", "2019-20", "14",
             "unaccompanied asylum seeking children looked after by Wigan was 14"),
           number="3.3")

    pdf.add_page()
    w.heading("4. Performance of the review service", before=0)
    w.para("Table 2 compares the main indicators for the review service over the last two "
           "years.", number="4.1")
    cap2 = "Table 2: Review service key performance indicators"
    w.caption(cap2)
    kpi = [
        ("Number of looked after children reviews", "1,498", "1,612", "cla_reviews_held"),
        ("% of reviews held within timescales", "94.2%", "96.8%", "cla_reviews_in_timescale_pct"),
        ("% of children who participated in their review", "91%", "93%",
         "child_participation_pct"),
        ("% of reviews attended by a parent", "58%", "61%", "parent_participation_pct"),
        ("% of CLA with an up to date care plan", "88%", "92%", "care_plan_up_to_date_pct"),
        ("% of CLA with an up to date PEP", "79%", "84%", "pep_up_to_date_pct"),
        ("% of care leavers with an up to date pathway plan", "83%", "86%",
         "pathway_plan_up_to_date_pct"),
    ]
    years = (("2018/19", "2018-19"), ("2019/20", "2019-20"))
    w.ruled_table([("Indicator", years[0][0], years[1][0])] + [k[:3] for k in kpi],
                  col_widths=(110, 30, 30), align=("LEFT", "RIGHT", "RIGHT"))
    for label, a, b, metric in kpi:
        for (head, period), cell in zip(years, (a, b)):
            value = cell.rstrip("%").replace(",", "")
            w.table_figs(cell_fig(metric, period, value, cap2, label, head, cell))
    w.para("Timeliness improved again this year. In total 52 reviews took place outside "
           "timescale, most often because a meeting was cancelled at short notice and could "
           "not be reconvened in time.",
           F("cla_reviews_out_of_timescale", "2019-20", "52",
             "In total 52 reviews took place outside timescale"),
           number="4.2")
    w.para("IROs try to meet every child before their review, in a place the child chooses. "
           "IROs recorded 1,104 visits to children before their reviews during the year, and "
           "older children increasingly asked to see their IRO without their carers present.",
           F("iro_visits", "2019-20", "1104",
             "IROs recorded 1,104 visits to children before their reviews"),
           number="4.3")
    w.para("Each month the team manager reads a sample of review records. The records were "
           "generally written with care and sent out promptly; the main area for improvement "
           "is writing the child's letter after the review in plain, warm language that the "
           "child will want to keep.", number="4.4")

    pdf.add_page()
    w.heading("5. Resolving concerns", before=0)
    w.para("When an IRO is worried about a child's plan, the first step is normally a "
           "conversation with the social worker or team manager. If that does not settle the "
           "matter, the IRO raises a practice alert, which is logged and should receive a "
           "written response within five working days.", number="5.1")
    w.para("IROs raised 143 practice alerts during 2019/20. The most common themes were late "
           "updates to care plans, overdue health assessments and drift in plans for "
           "permanence.",
           F("case_alerts", "2019-20", "143", "IROs raised 143 practice alerts during 2019/20"),
           number="5.2")
    drp = ("Where a practice alert did not resolve matters, the IRO moved to the formal "
           "dispute resolution process. This happened on 24 occasions")
    w.para(drp + ", and all but one were settled at the first formal stage.",
           F("drp_formal_count", "2019-20", "24", drp),
           F("drp_count", "2019-20", "24", drp, optional=1),
           number="5.3")

    w.heading("6. The start of the pandemic")
    w.para("In the last weeks of the year the national lockdown changed the way reviews were "
           "held. From 23 March 2020 reviews took place by telephone or video call, and IROs "
           "kept in touch with children in the same way. The effect of these changes will be "
           "reported in next year's report.", number="6.1")

    w.heading("7. Priorities for 2020/21")
    w.bullets(["Increase the number of young people who chair or co-chair their own review.",
               "Reduce the number of reviews that have to be rearranged at short notice.",
               "Make the IRO's oversight between reviews easier to see on the child's record.",
               "Work with the Children in Care Council to redesign invitations and feedback "
               "forms."])
    return _finish(w)


# --------------------------------------------------------------------------- 2. Somerset


def build_somerset() -> Sample:
    info = SAMPLES["somerset-iro-annual-report-2018"]
    pdf = Report(font="times", running_header=None, footer="number",
                 title="Independent Reviewing Service Annual Report 2017/18",
                 author="Somerset County Council (illustrative)")
    w = Writer(info, pdf)
    w.size, w.leading = 12, 6
    pdf.add_page()
    w.title("Somerset County Council", size=18)
    w.title("Independent Reviewing Service", size=15, style="", h=8)
    w.title("Annual Report 2017/18", size=15, style="", h=8)
    pdf.ln(2)
    w.disclaimer(DISCLAIMER.format(council="Somerset County Council"))
    pdf.ln(3)

    w.heading("1. Purpose of the report")
    w.para("This report is prepared in line with the IRO Handbook and is presented to the "
           "Corporate Parenting Board. It explains how Somerset's Independent Reviewing "
           "Officers have carried out their statutory duties, what they have learned about "
           "the quality of care planning, and what the service will concentrate on next.")

    w.heading("2. The service")
    w.para("Somerset has a dual-role service: as well as reviewing the plans of looked after "
           "children, IROs chair child protection conferences. During the year the service "
           "was staffed by 9.2 full-time equivalent IROs, led by a service manager.",
           F("iro_fte", "2017-18", "9.2",
             "the service was staffed by 9.2 full-time equivalent IROs"))
    w.para("The average caseload per full-time IRO ranged between 55 and 62 looked after "
           "children during the year. On top of this each IRO held an average of 47 children "
           "subject to a child protection plan, giving a combined caseload that averaged 106 "
           "children. This is more than we would like and remains the main pressure on the "
           "service.",
           F("iro_caseload_avg", "2017-18", "55",
             "average caseload per full-time IRO ranged between 55 and 62", high="62"),
           F("iro_caseload_cp_avg", "2017-18", "47",
             "each IRO held an average of 47 children subject to a child protection plan"),
           F("iro_caseload_total_avg", "2017-18", "106",
             "a combined caseload that averaged 106 children"))
    w.para("On 31 March 2018, 431 children in Somerset were subject to a child protection plan.",
           F("cp_count", "2017-18", "431",
             "On 31 March 2018, 431 children in Somerset were subject to a child protection "
             "plan"))

    w.heading("3. Children looked after")
    w.para("At the end of March 2018 Somerset County Council was looking after 546 children. "
           "Table 1 shows the legal basis on which they were looked after.",
           F("cla_count", "2017-18", "546",
             "At the end of March 2018 Somerset County Council was looking after 546 children"))
    cap1 = "Table 1: Legal status of children looked after at 31 March 2018"
    rows1 = [("Legal status", "Number", "%"),
             ("Full and interim care orders", "291", "53.3"),
             ("Placement orders", "84", "15.4"),
             ("Section 20 (voluntary accommodation)", "142", "26.0"),
             ("Other legal status", "29", "5.3"),
             ("Total", "546", "100.0")]
    w.unruled_table(cap1, rows1, xs=(22, 122, 157), widths=(90, 20, 20),
                    aligns=("L", "R", "R"))
    w.table_figs(cell_fig("s20_pct", "2017-18", "26.0", cap1,
                          "Section 20 (voluntary accommodation)", "%", "26.0"))
    w.para("Just over a quarter of children were accommodated with the agreement of their "
           "parents. At every review IROs check that this is still the right arrangement and "
           "that parents understand what they have agreed to.")
    w.para("The number of unaccompanied asylum seeking children in our care rose to 23 by the "
           "end of the year, from 17 a year earlier.",
           F("uasc_count", "2017-18", "23",
             "unaccompanied asylum seeking children in our care rose to 23"),
           F("uasc_count", "2016-17", "17", "from 17 a year earlier"))

    w.heading("4. Quality of care planning")
    w.para("IROs look at more than whether a review took place. At each review they consider "
           "whether the child's plan is based on an up to date assessment, whether the people "
           "responsible for each action are clear about what they must do, and whether the "
           "child's placement is meeting their needs. Where plans were strong, social workers "
           "had visited regularly and knew the child well, and the child's own words were "
           "recorded in the plan.")
    w.para("The most common weaknesses were plans that had not been updated after a change of "
           "placement, health assessments that were overdue, and a lack of urgency in "
           "securing permanence for younger children. These themes have been shared with "
           "team managers and are followed up in section 7.")

    w.heading("5. Hearing from children and parents")
    w.para("Most children aged four and over now contribute to their review in some way. "
           "Some chair part of the meeting themselves; others prefer to meet their IRO "
           "beforehand, to send a message or a drawing, or to ask an advocate to speak for "
           "them. IROs write to each child after the review in language the child can "
           "understand.")
    w.para("Parents are invited to every review unless there is a clear reason not to invite "
           "them, and at least one parent took part in 57% of reviews. This small improvement "
           "reflects the effort IROs make to contact parents before each meeting.",
           F("parent_participation_pct", "2017-18", "57",
             "at least one parent took part in 57% of reviews"))

    w.para("Advocacy is offered to every child before their review. Take-up has grown since "
           "the advocacy provider began attending team meetings, and children who have used an "
           "advocate say that it made it easier to disagree with the adults around them.")

    w.heading("6. Performance")
    w.para("Table 2 sets out the main measures for the last three years. Numbers of children "
           "and of reviews have grown steadily, and the proportion of reviews held on time "
           "has improved each year. The figures are taken from the children's social care "
           "record system at the end of each year and have been checked by the performance "
           "team; percentages are rounded to the nearest whole number except where a decimal "
           "place is shown.")
    cap2 = "Table 2: Performance summary, 2015/16 to 2017/18"
    heads = (("2015/16", "2015-16"), ("2016/17", "2016-17"), ("2017/18", "2017-18"))
    body = [
        ("Children looked after at 31 March", ("498", "521", "546"), "cla_count"),
        ("Rate per 10,000 children aged 0-17", ("44.0", "45.9", "48.1"), "cla_rate_per_10k"),
        ("Children who started to be looked after", ("201", "215", "236"), "cla_starts"),
        ("Child Looked After reviews held", ("1,310", "1,402", "1,455"), "cla_reviews_held"),
        ("Reviews held within timescale", ("96.1%", "97.4%", "99.2%"),
         "cla_reviews_in_timescale_pct"),
        ("Children aged 4+ who participated", ("88%", "90%", "93%"), "child_participation_pct"),
        ("Accommodated under section 20", ("31%", "28%", "26%"), "s20_pct"),
    ]
    rows2 = [("Measure",) + tuple(h for h, _ in heads)] + [(lab,) + v for lab, v, _ in body]
    w.unruled_table(cap2, rows2, xs=(22, 112, 138, 164), widths=(80, 20, 20, 20),
                    aligns=("L", "R", "R", "R"), split_after=3)
    already = {("cla_count", "2017-18"), ("s20_pct", "2017-18")}  # recorded from prose/Table 1
    for label, vals, metric in body:
        for (head, period), cell in zip(heads, vals):
            if (metric, period) in already:
                continue
            value = cell.rstrip("%").replace(",", "")
            w.table_figs(cell_fig(metric, period, value, cap2, label, head, cell))
    w.para("Reviews were held on time in 99.2% of cases. Twelve reviews were held out of "
           "timescale; for each one the reason was recorded and the IRO checked that the "
           "child's plan had not been affected.",
           F("cla_reviews_out_of_timescale", "2017-18", "12",
             "Twelve reviews were held out of timescale"))

    w.heading("7. Challenge and escalation")
    w.para("IROs raised 126 case alerts with team managers during the year. A case alert is an "
           "informal note that draws attention to a problem, such as a missing assessment or "
           "a delayed referral, and most were dealt with within a few days.",
           F("case_alerts", "2017-18", "126", "IROs raised 126 case alerts"))
    w.para("When a concern needs a more formal response the IRO uses the dispute resolution "
           "process (DRP). The DRP was started 41 times in 2017/18; three disputes were "
           "escalated to the formal stage, and all of them were resolved without being "
           "referred to the Director.",
           F("drp_count", "2017-18", "41", "The DRP was started 41 times in 2017/18"),
           F("drp_formal_count", "2017-18", "3",
             "three disputes were escalated to the formal stage"))

    w.heading("8. Learning and development")
    w.para("IROs attended a joint practice day with colleagues from North Somerset and from "
           "Bath and North East Somerset on the use of independent advocacy in reviews. The "
           "team also completed refresher training on the recording of children's views.")

    w.heading("9. Priorities for 2018/19")
    w.bullets(["Bring the combined caseload closer to a level that allows IROs to see every "
               "child between reviews.",
               "Make sure every child who is old enough is offered an advocate before a review.",
               "Report the themes from case alerts to the Corporate Parenting Board each "
               "quarter."])
    return _finish(w)


# --------------------------------------------------------------------------- 3. Leeds


def build_leeds() -> Sample:
    info = SAMPLES["leeds-cover-paper"]
    pdf = Report(running_header=None, footer="number",
                 title="Independent Reviewing Officer Annual Report 2020-2021 (cover report)",
                 author="Leeds City Council (illustrative)")
    w = Writer(info, pdf)
    w.size, w.leading = 10.5, 5.2
    pdf.add_page()
    w.disclaimer("Illustrative sample cover paper produced for testing the open-source iro "
                 "tool. Leeds City Council is real, but this paper is invented and does not "
                 "reproduce any Leeds City Council document.")
    pdf.ln(2)
    meta = [("Report author:", "Head of Service, Independent Reviewing and Safeguarding"),
            ("Report of:", "Director of Children and Families"),
            ("Report to:", "Scrutiny Board (Children and Families)"),
            ("Date:", "13 October 2021"),
            ("Subject:", "Independent Reviewing Officer Annual Report 2020-2021")]
    for label, value in meta:
        pdf.set_font(pdf.base_font, style="B", size=10.5)
        pdf.cell(35, 6, label)
        pdf.set_font(pdf.base_font, size=10.5)
        pdf.multi_cell(0, 6, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    questions = [("Are specific electoral wards affected?", "No"),
                 ("Has consultation been carried out?", "Yes"),
                 ("Are there implications for equality and diversity and cohesion and "
                  "integration?", "Yes"),
                 ("Will the decision be open for call-in?", "No"),
                 ("Does the report contain confidential or exempt information?", "No")]
    with pdf.table(col_widths=(140, 30), text_align=("LEFT", "CENTER"), borders_layout="ALL",
                   line_height=5.5, first_row_as_headings=False, width=170) as table:
        for q, a in questions:
            row = table.row()
            row.cell(q)
            row.cell(a)
    pdf.ln(3)

    w.heading("Summary", size=12, before=1)
    w.para("Every local authority must make sure that each child it looks after has an "
           "Independent Reviewing Officer, and the manager of the IRO service must report "
           "each year on how the service has carried out its duties. The annual report "
           "attached at Appendix 1 covers the period 1 April 2020 to 31 March 2021.",
           number="1.")
    w.para("The year was shaped by the pandemic. Reviews moved online within days of the first "
           "national lockdown, and IROs found new ways of keeping in touch with children, "
           "carers and parents. The report looks at what was lost and what was gained by "
           "working in this way.", number="2.")
    w.para("The report also describes the themes raised by IROs through challenge and "
           "escalation, and the priorities the service has agreed for 2021-2022.", number="3.")

    w.heading("Recommendations", size=12)
    w.para("Members of the Scrutiny Board are asked to:", after=1)
    w.bullets(["note the Independent Reviewing Officer Annual Report 2020-2021 attached at "
               "Appendix 1;",
               "comment on the priorities the service has identified for 2021-2022; and",
               "agree to receive the next annual report in the autumn of 2022."])

    w.heading("1. Purpose of this report", size=12)
    w.para("This report introduces the annual report of the IRO service for the Board's "
           "scrutiny, as the IRO Handbook expects.", number="1.1")
    w.heading("2. Background information", size=12)
    w.para("Section 25B of the Children Act 1989 sets out the functions of the IRO. The Care "
           "Planning, Placement and Case Review (England) Regulations 2010 and the IRO "
           "Handbook describe how reviews must be arranged and what the IRO must do when a "
           "child's plan is not being carried out.", number="2.1")
    w.para("The IRO's job is to make sure that each child's plan reflects their needs, that "
           "the child's views are heard, and that the local authority acts as a good corporate "
           "parent. Where that is not happening the IRO is expected to challenge it.",
           number="2.2")
    w.heading("3. Main issues", size=12)
    w.para("The appendix sets out the service's performance during the year, the experience "
           "of children and families of reviews held by video call, and the learning the "
           "service has taken from them. Members' attention is drawn in particular to the "
           "section on children's participation and to the priorities for the coming year.",
           number="3.1")
    w.heading("4. Corporate considerations", size=12)
    w.para("Consultation and engagement: children and young people from the Children in Care "
           "Council helped to write the young people's summary of the annual report.",
           number="4.1")
    w.para("Equality and diversity: the annual report considers whether all groups of "
           "children are able to take part in their reviews, including disabled children and "
           "children who do not speak English as their first language.", number="4.2")
    w.para("Resources and value for money: there are no additional resource implications "
           "arising from this report.", number="4.3")
    w.para("Legal implications, access to information and call-in: the report is for "
           "information and scrutiny only and is not subject to call-in.", number="4.4")
    w.heading("5. Conclusions", size=12)
    w.para("The annual report shows a service that adapted quickly to a very difficult year "
           "and kept children at the centre of their reviews.", number="5.1")
    w.heading("6. Background documents", size=12)
    w.para("None.", number="6.1")
    return _finish(w)


# --------------------------------------------------------------------------- 4. Croydon


def build_croydon() -> Sample:
    info = SAMPLES["croydon-iro-2021"]
    pdf = Report(running_header=None, footer="number",
                 title="Independent Reviewing Officer Annual Report 2020\\21",
                 author="Croydon Council (illustrative)")
    w = Writer(info, pdf)
    pdf.add_page()
    w.title("Croydon Council", size=18)
    w.title("Children, Families and Education", size=12, style="", h=7)
    pdf.ln(2)
    w.title("Independent Reviewing Officer Annual Report 2020\\21", size=15, h=8)
    pdf.ln(2)
    w.disclaimer(DISCLAIMER.format(council="Croydon Council"))
    pdf.ln(3)

    w.heading("Introduction")
    w.para("This report covers the work of Croydon's Independent Reviewing Officers during "
           "2020\\21, a year shaped from beginning to end by the coronavirus pandemic. It is "
           "presented to the Corporate Parenting Panel and will be shared with the "
           "Children in Care Council.")

    w.heading("Working through the pandemic")
    w.para("When the first national lockdown began, the service moved every review online "
           "within a fortnight. IROs worked from home, met children by video call and held "
           "shorter, more frequent meetings for children whose plans were changing quickly. "
           "Business support staff set up the calls and made sure that carers, parents and "
           "professionals could join.")
    w.para("Some of these changes will stay. Many young people told us they preferred a short "
           "video call to a long meeting in an office, and more parents joined reviews when "
           "they did not have to travel. Other things were lost: it was harder to judge how a "
           "child was really getting on, and harder to build trust with a child the IRO had "
           "never met in person.")

    w.heading("Children in our care")
    w.para("At 31 March 2021, 560 children were in the care of Croydon Council, of whom 318 "
           "were boys and 226 were girls. This is an increase of 41 children on the previous "
           "year's figure of 531.",
           F("cla_count", "2020-21", "560",
             "At 31 March 2021, 560 children were in the care of Croydon Council"),
           F("cla_count", "2019-20", "531", "the previous year's figure of 531"))
    w.para("Croydon had 62 looked after children per 10,000 at the end of the year, compared "
           "with a statistical neighbour average of 70 and an England rate of 67. The London "
           "average was 50.",
           F("cla_rate_per_10k", "2020-21", "62", "Croydon had 62 looked after children per 10,000"),
           F("cla_rate_per_10k", "2020-21", "70",
             "compared with a statistical neighbour average of 70",
             comparator="statistical_neighbours"),
           F("cla_rate_per_10k", "2020-21", "67", "an England rate of 67", comparator="england"),
           F("cla_rate_per_10k", "2020-21", "50", "The London average was 50",
             comparator="region"))
    w.para("During 2020\\21, 231 children started to be looked after, a rate of 25.6 per "
           "10,000 children against 24 for England as a whole.",
           F("cla_starts", "2020-21", "231",
             "During 2020\\21, 231 children started to be looked after"),
           F("cla_starts_rate_per_10k", "2020-21", "25.6", "a rate of 25.6 per 10,000 children"),
           F("cla_starts_rate_per_10k", "2020-21", "24", "against 24 for England as a whole",
             comparator="england"))
    w.para("Croydon looks after an unusually large number of unaccompanied asylum seeking "
           "children (UASC), because the Home Office's screening unit for new arrivals is in "
           "the borough. At year end 148 of the children in our care were UASC.",
           F("uasc_count", "2020-21", "148",
             "At year end 148 of the children in our care were UASC"))

    w.heading("The IRO service")
    w.para("The team had 8.7 full-time equivalent IROs at the end of the year, all of them "
           "permanent members of staff.",
           F("iro_fte", "2020-21", "8.7", "The team had 8.7 full-time equivalent IROs"))
    w.para("The IRO Handbook recommends a caseload of 50 to 70 children per full-time IRO. "
           "During 2020\\21 the average caseload in Croydon was 64 children, inside that "
           "range, although the caseloads of individual IROs varied.",
           F("iro_caseload_avg", "2020-21", "64",
             "the average caseload in Croydon was 64 children"))

    w.heading("Reviews")
    w.para("IROs chaired 1,387 Child Looked After reviews during the year, almost all of them "
           "by video call.",
           F("cla_reviews_held", "2020-21", "1387",
             "IROs chaired 1,387 Child Looked After reviews"))
    w.para("Our local target is 95%. In 2020\\21, 94.1% of CLA reviews were held within "
           "timescale, up from 91.8% in 2019\\20, and 82 reviews were held late, most of them "
           "in the first weeks of the pandemic.",
           F("cla_reviews_in_timescale_pct", "2020-21", "94.1",
             "94.1% of CLA reviews were held within timescale"),
           F("cla_reviews_in_timescale_pct", "2019-20", "91.8", "up from 91.8% in 2019\\20"),
           F("cla_reviews_out_of_timescale", "2020-21", "82", "82 reviews were held late"))
    w.para("The regulations state that a review must be held within 20 working days of a child "
           "becoming looked after. Of the first reviews held this year, 87% met this "
           "requirement.")

    w.heading("Participation")
    w.para("96% of children aged four and over took part in their review, whether by attending, "
           "by joining a video call, or by sharing their views through their IRO or an "
           "advocate.",
           F("child_participation_pct", "2020-21", "96",
             "96% of children aged four and over took part in their review"))
    w.para("IROs had 512 contacts with children between reviews, most of them by video call. "
           "Some younger children found video calls hard, and IROs used games and drawing to "
           "help them say what they thought.",
           F("iro_visits", "2020-21", "512", "IROs had 512 contacts with children between reviews"))

    w.heading("What children told us")
    w.para("Feedback forms were redesigned during the year so that children could complete "
           "them on a phone. Children said they valued knowing their IRO's name, being asked "
           "where and when their review should happen, and having a say in who attended. "
           "Several asked for fewer professionals at their meetings, and some said they did "
           "not want to talk about difficult subjects in front of their carers.")
    w.para("Young people leaving care told us that they wanted their pathway plans to be "
           "reviewed as carefully as their care plans had been. This has become one of our "
           "priorities for next year.")

    w.heading("Escalations")
    w.para("IROs made 63 escalations in 2020\\21, compared with 48 the year before. The rise "
           "reflects delays in court proceedings and in finding placements during the "
           "pandemic rather than any fall in the quality of social work.",
           F("drp_count", "2020-21", "63", "IROs made 63 escalations in 2020\\21"),
           F("drp_count", "2019-20", "48", "compared with 48 the year before"))

    w.heading("Priorities for 2021\\22")
    w.bullets(["Return to meeting children in person before their reviews, while keeping video "
               "calls for those who prefer them.",
               "Bring the timeliness of reviews back above the local target.",
               "Work with the leaving care service so that young people's pathway plans are "
               "reviewed with the same care as their care plans."])

    pdf.add_page()
    w.heading("Appendix: Glossary", before=0)
    glossary = [
        ("CLA", "Child looked after, or children looked after: a child in the care of the "
                "council or accommodated by it."),
        ("IRO", "Independent Reviewing Officer: a qualified social worker, independent of the "
                "child's case management, who chairs the child's reviews."),
        ("UASC", "Unaccompanied asylum seeking child: a child under 18 who has applied for "
                 "asylum and has no parent or carer in this country."),
        ("Escalation", "A formal request by an IRO for a manager to resolve a problem in a "
                       "child's plan, under the council's dispute resolution process."),
        ("Statistical neighbours", "Councils whose populations and circumstances are most "
                                   "like Croydon's, used for comparison."),
        ("Pathway plan", "The plan that replaces the care plan for a young person preparing "
                         "to leave care."),
    ]
    for term, text in glossary:
        y = pdf.get_y()
        pdf.set_font(pdf.base_font, style="B", size=w.size)
        pdf.cell(45, w.leading, term)
        pdf.set_font(pdf.base_font, size=w.size)
        pdf.set_xy(65, y)
        pdf.multi_cell(0, w.leading, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
    return _finish(w)


# --------------------------------------------------------------------------- 5. Derbyshire


def build_derbyshire() -> Sample:
    info = SAMPLES["derbyshire-iro-2016-17"]
    pdf = Report(running_header="Derbyshire County Council - IRO Service Annual Report 2016-17",
                 footer="number", title="IRO Service Annual Report 2016-17",
                 author="Derbyshire County Council (illustrative)")
    w = Writer(info, pdf)
    pdf.add_page()
    pdf.ln(4)
    w.title("Derbyshire County Council", size=18)
    w.title("Children's Services", size=12, style="", h=7)
    pdf.ln(2)
    w.title("Independent Reviewing Officer (IRO) Service Annual Report 2016-17", size=15, h=8)
    w.para("Covering April 2016 to March 2017", after=2)
    w.disclaimer(DISCLAIMER.format(council="Derbyshire County Council"))
    pdf.ln(3)
    w.heading("1 Introduction")
    w.para("This report gives an account of the work of the IRO service in Derbyshire during "
           "2016-17. It is written for the Corporate Parenting Board and for the managers and "
           "practitioners whose work with children in care the IROs oversee.", number="1.1")
    w.para("The IRO's role is to make sure that the plan for each looked after child is based "
           "on a thorough assessment of their needs, that it is carried out without delay, "
           "and that the child's own views are heard at every stage.", number="1.2")
    w.heading("2 Summary of performance")
    w.para("Table 1, on the next page, sets out the service's key performance indicators for "
           "2015-16 and 2016-17, together with the change between the two years. Performance "
           "improved on most measures.", number="2.1")

    pdf.add_page()
    cap = "Table 1: Key performance indicators, 2015-16 and 2016-17"
    w.caption(cap)
    sections = [
        ("Children looked after", [
            ("Children looked after at 31 March", "648", "661", "+13", "cla_count"),
            ("Rate per 10,000 children", "39.8", "40.5", "+0.7", "cla_rate_per_10k"),
            ("Children becoming looked after in the year", "287", "301", "+14", "cla_starts"),
            ("Rate becoming looked after per 10,000", "17.6", "18.4", "+0.8",
             "cla_starts_rate_per_10k"),
            ("UASC at 31 March", "12", "19", "+7", "uasc_count"),
            ("Accommodated under s20 (%)", "34", "31", "-3", "s20_pct"),
        ]),
        ("Reviews", [
            ("CLA reviews held", "1,820", "1,893", "+73", "cla_reviews_held"),
            ("Reviews within timescale (%)", "95.3", "96.9", "+1.6",
             "cla_reviews_in_timescale_pct"),
            ("Reviews out of timescale", "85", "59", "-26", "cla_reviews_out_of_timescale"),
            ("Child (4+) participated (%)", "92.4", "94.0", "+1.6", "child_participation_pct"),
            ("Parent participated (%)", "49", "53", "+4", "parent_participation_pct"),
        ]),
        ("Plans", [
            ("Care plan up to date (%)", "90", "93", "+3", "care_plan_up_to_date_pct"),
            ("PEP up to date (%)", "82", "86", "+4", "pep_up_to_date_pct"),
            ("Pathway plan up to date (%)", "77", "84", "+7", "pathway_plan_up_to_date_pct"),
        ]),
        ("IRO service", [
            ("IROs (FTE)", "12.5", "13.0", "+0.5", "iro_fte"),
            ("Average CLA caseload per FTE IRO", "52", "51", "-1", "iro_caseload_avg"),
        ]),
        ("Dispute resolution process (DRP) - disputes by stage reached", [
            ("Stage 1 - team manager", "58", "64", "+6", None),
            ("Stage 2 - service manager", "11", "14", "+3", None),
            ("Stage 3 - head of service", "4", "3", "-1", None),
            ("Stage 4 - assistant director", "1", "0", "-1", None),
            ("Total", "74", "81", "+7", "drp_count"),
        ]),
    ]
    heads = (("2015-16", "2015-16"), ("2016-17", "2016-17"))
    rows = [("Indicator", "2015-16", "2016-17", "Change")]
    section_rows, bold_rows = set(), set()
    for name, items in sections:
        section_rows.add(len(rows))
        rows.append((name,))
        for label, a, b, change, metric in items:
            if label == "Total":
                bold_rows.add(len(rows))
            rows.append((label, a, b, change))
            if metric is None:
                continue
            for (head, period), cell in zip(heads, (a, b)):
                pieces = (cap, name, label, head, cell) if label == "Total" else \
                    (cap, label, head, cell)
                w.table_figs(cell_fig(metric, period, cell.replace(",", ""), *pieces))
    w.ruled_table(rows, col_widths=(92, 26, 26, 26), align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                  size=9, line_height=5.6, section_rows=section_rows, bold_rows=bold_rows)
    w.para("Source: Derbyshire children's social care case management system, year-end "
           "returns. Percentages are of children looked after at 31 March unless stated.",
           after=1)

    pdf.add_page()
    w.heading("3 Commentary", before=0)
    w.para("At the end of March 2017 Derbyshire was looking after 661 children, a rate of 40.5 "
           "per 10,000 children. This remains well below the England rate of 62 and the East "
           "Midlands average of 52.",
           F("cla_rate_per_10k", "2016-17", "62", "the England rate of 62", comparator="england"),
           F("cla_rate_per_10k", "2016-17", "52", "the East Midlands average of 52",
             comparator="region"),
           number="3.1")
    w.para("Timeliness continued to improve: in 2016-17, 97.6% of reviews were held within "
           "statutory timescales. Where reviews were late, the most common reasons were "
           "illness and the late rearrangement of meetings.",
           F("cla_reviews_in_timescale_pct", "2016-17", "97.6",
             "in 2016-17, 97.6% of reviews were held within statutory timescales", optional=1),
           number="3.2")
    w.para("The team grew by half a post during the year, which brought the average caseload "
           "down slightly. Caseloads remain within the range set out in the IRO Handbook.",
           number="3.3")
    w.para("Most disputes were settled at the first stage, in discussion with the team "
           "manager. Only one dispute in the last two years had to go as far as the assistant "
           "director.", number="3.4")
    w.heading("4 Priorities for 2017-18")
    w.bullets(["Keep the participation of children in their reviews above the levels reached "
               "this year.",
               "Work with the virtual school to raise the proportion of up to date personal "
               "education plans.",
               "Publish a quarterly summary of disputes and what was learned from them."])
    return _finish(w)


BUILDERS = {
    "wigan-iro-2019-20": build_wigan,
    "somerset-iro-annual-report-2018": build_somerset,
    "leeds-cover-paper": build_leeds,
    "croydon-iro-2021": build_croydon,
    "derbyshire-iro-2016-17": build_derbyshire,
}


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


def check_sample(sample: Sample) -> None:
    texts = pdf_page_texts(sample.pdf_bytes)
    info = sample.info
    if len(texts) != info.pages:
        raise AssertionError(f"{info.doc}: {len(texts)} pages, expected {info.pages}")
    if "Illustrative" not in texts[0]:
        raise AssertionError(f"{info.doc}: no illustrative notice on page 1")
    whole = "\n".join(texts)
    for f in sample.figures:
        if not evidence_found(f.evidence, whole):
            raise AssertionError(f"{info.doc}: evidence not in PDF text: {f.evidence!r}")
    if len(sample.pdf_bytes) >= 60_000:
        raise AssertionError(f"{info.doc}: {len(sample.pdf_bytes)} bytes, too large")


def build_all(check: bool = True) -> list[Sample]:
    samples = [build() for build in BUILDERS.values()]
    if check:
        for s in samples:
            check_sample(s)
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


README = """\
# Sample corpus (illustrative)

Five small IRO report PDFs made by `scripts/make_corpus.py` for tests and
demonstrations, with an answer key. **The councils are real, so that council
detection can be tested, but every figure, name and event in these documents is
invented.** Each PDF says so in small print on its first page. Do not quote
them as council data.

Regenerate with `python scripts/make_corpus.py` (fpdf2, core fonts, fixed
creation date: reruns give identical bytes with the same fpdf2 version).
`python scripts/make_corpus.py --bad DIR` writes unreadable inputs for tests
(empty, not a PDF, truncated, encrypted, image-only); they are not kept here.

## Files

- `*.pdf` — the samples (table below).
- `documents.csv` — one row per document, same columns as the gold
  `documents.csv`: doc, council, ons_code, la_number, region (as in the DfE
  register), period (`YYYY-YY`), kind (`annual_report` / `cover_report`).
- `expected.csv` — the answer key, one row per figure a careful analyst would
  record, in the gold `figures.csv` columns:
  doc, council, metric, period, comparator, value, value_high, unit, optional,
  evidence. `figures.csv` is an identical copy so that this folder can be
  passed to `iro evaluate --gold corpus`.
  Conventions follow the gold annotations: a 31 March snapshot belongs to the
  financial year ending then; percentages as written (96.8, not 0.968); a
  stated range gives value and value_high; standards and targets are not
  recorded; `optional=1` marks a row an extractor may or may not report. Prose
  evidence is an exact quote. For a table cell, ` ... ` joins exact pieces:
  table caption, (section,) row label, column header, cell.

| doc | council | period | kind | pages | layout | figures |
| --- | --- | --- | --- | --- | --- | --- |
{table}

## What each sample tests

**wigan-iro-2019-20** — Word-export style annual report. Ruled tables made
with fpdf2's `table()`: Table 1 gives children looked after per 10,000 for
three years (rows 2017-18 to 2019-20) with columns Wigan / Statistical
neighbours / England, so there are 9 rate rows, 6 of them comparators. Table 2
is a KPI table with columns 2018/19 and 2019/20: reviews held (written with a
thousands comma), timeliness, child and parent participation, and care
plan / PEP / pathway plan currency. Every page has the running header "Wigan
Council | IRO Annual Report 2019/20" and a "Page n of m" footer, which should be
treated as page furniture. Prose gives IRO FTE, average caseload, the 31 March
count for this year and last year, starters, UASC, reviews out of timescale,
pre-review visits, practice alerts (case_alerts) and formal DRP. "5.1" says
an alert response is due "within five working days", which is a standard and
not a figure.

**somerset-iro-annual-report-2018** — Times, no running header. The period is
only given as "Annual Report 2017/18". Tables are unruled: columns are cells at
fixed x positions with wide gaps, and there are no borders. Table 2 (three
years) is placed so that its header and first three rows end page 2 and the
other four rows continue at the top of page 3, with no repeated header. The
prose gives a caseload range ("ranged between 55 and 62", so value 55 and
value_high 62), numbers in words ("Twelve reviews were held out of timescale",
"three disputes were escalated to the formal stage"), IRO FTE, CP count and CP
caseload and combined caseload (a dual-role service), UASC this year and last
year, case alerts, DRP starts, and parent participation. Section 8 names North
Somerset and Bath and North East Somerset, two other councils in the register
whose names contain "Somerset", as decoys for council detection. The 2017-18
count (546) and section 20 share (26.0 / 26%) appear twice. They are recorded
once, from the prose and from Table 1.

**leeds-cover-paper** — committee cover paper to Scrutiny Board (Children and
Families): meeting date, subject "Independent Reviewing Officer Annual Report
2020-2021", a ruled yes/no table, summary, recommendations and background. It
covers 1 April 2020 to 31 March 2021. It has **no figures about the council**,
so expected.csv has no rows for it. The only numbers are dates, paragraph
numbers, "Section 25B", "Children Act 1989" and "Regulations 2010".

**croydon-iro-2021** — prose-only annual report that writes years with a
backslash ("2020\\21", "2019\\20"). It puts standards and targets beside
results, and the standards must not become figures:
"The IRO Handbook recommends a caseload of 50 to 70 children per full-time
IRO" (next to the actual average of 64), "Our local target is 95%" (next to
94.1% actual), and "a review must be held within 20 working days". The 87% of
*first* reviews held within 20 working days is not the overall timeliness
measure and is not recorded. The comparator sentence "62 looked after children
per 10,000 ... statistical neighbour average of 70 and an England rate of 67.
The London average was 50" gives la, statistical_neighbours, england and
region rows. There is also a starters rate with an England comparator, 2019\\20
values stated alongside 2020\\21 ones, "escalations" as the DRP count,
"contacts with children between reviews" as iro_visits, and two deliberate
arithmetic errors (below).

**derbyshire-iro-2016-17** — a dense ruled KPI table (page 2, 9 pt) with two
years (2015-16, 2016-17), a Change column whose values (such as +13 or -26) are
differences and not figures, bold section rows spanning the table, and a
dispute-resolution block whose bold "Total" row (74 / 81) is the DRP count.
The bare label "Total" only makes sense from the section row above it. The
DRP stage rows are not separate metrics and are not recorded. Prose on page 3
gives England and East Midlands (region) comparators and repeats one table
figure with a different value (below).

## Deliberate inconsistencies (for audit tests)

1. **croydon-iro-2021, stated change vs the numbers: children in care.**
   "This is an increase of 41 children on the previous year's figure of 531",
   where the current figure is 560. 560 - 531 = 29, not 41. An increase of 41
   would need a previous figure of 519 or a current figure of 572.
2. **croydon-iro-2021, parts that do not add up to the total: children in
   care at 31 March 2021.** "560 children ... of whom 318 were boys and 226
   were girls": 318 + 226 = 544, which is 16 short of 560.
3. **derbyshire-iro-2016-17, prose vs table: review timeliness 2016-17.**
   Table 1 "Reviews within timescale (%)" gives 96.9 for 2016-17. Paragraph 3.2
   says "97.6% of reviews were held within statutory timescales". Following the
   gold convention, the table value is the required row and the prose value is
   a second row with optional=1. The table value is the consistent one: 59 out
   of timescale of 1,893 reviews is 3.1% late (96.9% on time), while 97.6% would
   mean about 45 late reviews.

Everything else is meant to add up. For example, Derbyshire's Change column
and DRP Total, Somerset's Table 1 (291 + 84 + 142 + 29 = 546; 142/546 = 26.0%),
Somerset's caseloads (546 / 9.2 = 59.3, inside 55-62; 59 + 47 = 106),
Somerset's late reviews (0.8% of 1,455 is about 12), Wigan's late reviews
(3.2% of 1,612 is about 52), Wigan's count (541 + 212 - 170 = 583) and
caseload (583 / 9.5 = 61.4), and Croydon's late reviews (5.9% of 1,387 is
about 82) and caseload (560 / 8.7 = 64.4).
"""


def write_corpus(out_dir: Path | str = DEFAULT_OUT) -> dict[str, Path]:
    """Write the sample PDFs, README.md, documents.csv, expected.csv (+ figures.csv)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    samples = build_all()
    paths: dict[str, Path] = {}
    for s in samples:
        path = out / f"{s.info.doc}.pdf"
        path.write_bytes(s.pdf_bytes)
        paths[s.info.doc] = path
    rows = figure_rows(samples)
    _write_csv(out / "expected.csv", FIGURE_COLUMNS, rows)
    _write_csv(out / "figures.csv", FIGURE_COLUMNS, rows)
    _write_csv(out / "documents.csv", DOCUMENT_COLUMNS,
               [{c: getattr(s.info, c) for c in DOCUMENT_COLUMNS} for s in samples])
    table = "\n".join(
        f"| {s.info.doc} | {s.info.council} | {s.info.period} | {s.info.kind} | "
        f"{s.info.pages} | {s.info.layout} | {len(s.figures)} |" for s in samples)
    (out / "README.md").write_text(README.replace("{table}", table), encoding="utf-8")
    return paths


# --------------------------------------------------------------------------- bad inputs


def make_bad_inputs(out_dir: Path | str) -> dict[str, Path]:
    """Write awkward inputs for tests; returns {name: path} for the five files.

    empty.pdf (0 bytes), not-a-pdf.pdf (plain text), truncated.pdf (first 40% of a
    good sample), encrypted.pdf (user password "u", owner "o") and scanned.pdf
    (page 1 of a sample rasterised and wrapped as an image-only PDF: no text layer).
    """
    import pikepdf
    import pypdfium2 as pdfium

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    good = build_wigan().pdf_bytes
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
    parser.add_argument("--out", type=Path, default=None,
                        help=f"folder for the sample corpus (default {DEFAULT_OUT})")
    parser.add_argument("--bad", type=Path, default=None,
                        help="also (or, without --out, only) write bad-input samples here")
    args = parser.parse_args(argv)
    if args.out is not None or args.bad is None:
        out = args.out or DEFAULT_OUT
        paths = write_corpus(out)
        for doc, path in paths.items():
            print(f"{path}  {path.stat().st_size:>6} bytes  {SAMPLES[doc].pages} pages")
    if args.bad is not None:
        for name, path in make_bad_inputs(args.bad).items():
            print(f"{path}  {path.stat().st_size:>6} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
