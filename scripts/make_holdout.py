"""Generate the held-out test set of IRO report PDFs, with its answer key.

    python scripts/make_holdout.py [--out tests/holdout/]

Writes six PDFs, ``documents.csv``, ``figures.csv`` (gold format) and ``README.md``.

The held-out set exists to measure the extractor on wording and layouts that were
written without looking at its patterns: the sentences, tables and page furniture
here were drafted independently (from the metric vocabulary, the gold annotation
conventions and the genre of real reports), so a score on this set says something
about reports the tool has never seen. Do not tune patterns to these sentences one
by one; if a miss shows a general gap, fix the gap.

The councils are real, so that council detection can be tested, but every figure,
name and event is invented; each PDF says so on its first page.

The PDF-writing helpers (``Report``, ``Writer``, ``F``, ``cell_fig``, the pypdfium2
text check) are imported from ``scripts/make_corpus.py``. As there, the text written
into a PDF and the evidence recorded for each figure come from the same strings, and
the generator checks that every piece of evidence is found in the PDF's text layer.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import sys
from pathlib import Path

from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tests" / "holdout"


def load_script(name: str):
    """Import ``scripts/<name>.py`` once (the scripts are not a package), so that every
    make_holdout* script shares one ``make_corpus`` and one ``make_holdout``."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


mc = load_script("make_corpus")
F, cell_fig, Fig, JOIN, UNITS = mc.F, mc.cell_fig, mc.Fig, mc.JOIN, mc.UNITS


HoldoutInfo = mc.SampleInfo  # the same facts about each document as the sample corpus keeps


def doc_id(tag: str, prefix: str, n: int, council: str, period: str) -> str:
    """Neutral ids (no council or year in the file name), like the gold set's: the set's
    id prefix and number, then a digest of the set's tag, council and period."""
    digest = hashlib.sha1(f"{tag}|{council}|{period}".encode()).hexdigest()[:16]
    return f"{prefix}{n:02d}_{digest}"


def sample_infos(infos, tag: str, prefix: str) -> dict[str, HoldoutInfo]:
    """A set's documents by id, from ``(n, council, la_number, region, period, kind, pages,
    layout)`` tuples (the ``_INFOS`` list each make_holdout* script keeps)."""
    samples: dict[str, HoldoutInfo] = {}
    for n, council, la, region, period, kind, pages, layout in infos:
        info = HoldoutInfo(doc_id(tag, prefix, n, council, period), council, "", la, region,
                           period, kind, pages, layout)
        samples[info.doc] = info
    return samples


def disclaimer(ordinal: str = "") -> str:
    """The first-page notice of a hold-out set's PDFs ("a second held-out test ..."), with a
    ``{council}`` slot to fill."""
    test = f"{ordinal} held-out test" if ordinal else "held-out test"
    return (f"Illustrative document written for a {test} of the open-source iro tool. "
            "{council} is a real council, but every figure, name and event in this "
            "document is invented: none of it is {council}'s published data and it must "
            "not be quoted as such.")


_INFOS = [
    (1, "Norfolk", 926, "East of England", "2018-19", "annual_report", 4,
     "Helvetica; running footer with report name and 'Page n'; numbered paragraphs; "
     "ruled comparator table (rows are measures, columns Norfolk / statistical neighbours / "
     "East of England / England); ruled three-year table with years as columns; age-band "
     "bullets; mid-year snapshot; Issue Resolution Protocol stages"),
    (2, "Kent", 886, "South East", "2019-20", "annual_report", 3,
     "Times; running header and '- n -' footer; unnumbered headings; summary bullets; "
     "quarterly ruled table (Q1-Q4 + Year total); scorecard with year columns, Target, "
     "RAG and Direction columns; UASC subset decoys; a neighbouring council named"),
    (3, "Bradford", 380, "Yorkshire and The Humber", "2020-21", "annual_report", 3,
     "Helvetica; period only in the title ('April 2020 to March 2021'); unruled tables at "
     "fixed x positions with comparators as rows and 'At 31.3.20' / 'Previous year' / "
     "'This year' column headers; 'per cent'; numbers in words; caseload range"),
    (4, "Plymouth", 879, "South West", "2021-22", "cover_report", 3,
     "committee cover paper (3 pages): ruled metadata table, implications table, "
     "appendix table with exemption-paragraph columns 1-7, sign-off references; one "
     "figure about the council"),
    (5, "Cheshire East", 895, "North West", "2017-18", "annual_report", 3,
     "Helvetica; header and page-number footer; 'cared for children'; headline bullets "
     "with '(2017: 398)' and '(16/17: 97)'; two-year ruled KPI table (Measure, 2016/17, "
     "2017/18); North West / national / statistical neighbour comparators in prose; "
     "midway reviews; QA alerts"),
    (6, "North Tyneside", 392, "North East", "2021-22", "annual_report", 3,
     "Helvetica; dual-role unit (LAC and CP caseloads); numbered paragraphs; ruled "
     "three-year rate table with North Tyneside / North East / statistical neighbours / "
     "England columns; inline '(2020-21: 95%)' bullets; an implied previous-year figure; "
     "other Tyneside councils named"),
]

SAMPLES = sample_infos(_INFOS, "holdout", "h")
BY_COUNCIL = {i.council: i for i in SAMPLES.values()}

DISCLAIMER = disclaimer()


# --------------------------------------------------------------------------- PDF helpers


class HReport(mc.Report):
    """A4 report with configurable running header/footer (cp1252 core fonts)."""

    def __init__(self, *, font="helvetica", header_left=None, header_right=None,
                 footer_left=None, footer_center=None, footer_right=None, header_style="",
                 title="", author=""):
        super().__init__(font=font, running_header=None, footer=None, title=title,
                         author=author)
        self.core_fonts_encoding = "windows-1252"
        self.set_creator("iro scripts/make_holdout.py (illustrative held-out sample)")
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


class HWriter(mc.Writer):
    """mc.Writer plus bullets that carry figures and a ruled grid with per-cell styling."""

    def fig_bullets(self, items, mark="\u2022", indent=6, after=2.5):
        """items: list of (text, [Fig, ...]) or plain strings."""
        for item in items:
            text, figs = (item, []) if isinstance(item, str) else item
            for f in figs:
                if f.evidence not in text:
                    raise AssertionError(f"evidence not in bullet: {f.evidence!r}")
            self.figures.extend(figs)
            self.pdf.set_font(self.pdf.base_font, size=self.size)
            self.pdf.cell(indent, self.leading, mark)
            self.pdf.multi_cell(0, self.leading, text, align="L",
                                new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.pdf.ln(0.8)
        self.pdf.ln(after)

    def grid(self, rows, col_widths, align, size=10, line_height=6, heading=True,
             fill=(222, 234, 246), cell_fill=None, bold_first_col=False):
        """Ruled table; cell_fill(i, j, value) may return an RGB fill for a body cell."""
        pdf = self.pdf
        pdf.set_font(pdf.base_font, size=size)
        head = FontFace(emphasis="BOLD", fill_color=fill)
        with pdf.table(col_widths=col_widths, text_align=align, borders_layout="ALL",
                       line_height=line_height, headings_style=head,
                       first_row_as_headings=heading, width=sum(col_widths),
                       align="LEFT") as table:
            for i, values in enumerate(rows):
                row = table.row()
                for j, v in enumerate(values):
                    style = None
                    colour = cell_fill(i, j, v) if cell_fill and (i > 0 or not heading) else None
                    if colour or (bold_first_col and j == 0 and (i > 0 or not heading)):
                        style = FontFace(emphasis="BOLD" if bold_first_col and j == 0 else None,
                                         fill_color=colour)
                    row.cell(v, style=style)
        pdf.ln(3)
        pdf.set_font(pdf.base_font, size=self.size)

    def para(self, text, *figs, number=None, after=2.5, style=""):
        """As mc.Writer.para, but a paragraph that carries figures is not split across a
        page break (so that each evidence quote stays contiguous in the text layer)."""
        if figs:
            self.pdf.set_font(self.pdf.base_font, style=style, size=self.size)
            width = self.pdf.epw - (12 if number else 0)
            height = self.pdf.multi_cell(width, self.leading, text, dry_run=True,
                                         output="HEIGHT")
            if self.pdf.will_page_break(height):
                self.pdf.add_page()
        super().para(text, *figs, number=number, after=after, style=style)

    def caption(self, text, keep=32):
        """A table caption kept on the same page as the first rows of its table."""
        if self.pdf.will_page_break(keep):
            self.pdf.add_page()
        super().caption(text)

    def kv_lines(self, pairs, label_w=48, size=10.5, h=6):
        pdf = self.pdf
        for label, value in pairs:
            pdf.set_font(pdf.base_font, style="B", size=size)
            pdf.cell(label_w, h, label)
            pdf.set_font(pdf.base_font, size=size)
            pdf.multi_cell(0, h, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(pdf.base_font, size=self.size)


def table_row(w, cap, label, metric, cols, cells, periods, comps=None, optional=()):
    """Record one table row: a figure per non-empty cell (column header gives the period;
    '-', '..' and blank cells are skipped). comps: a comparator per column (default all
    'la'); optional: the indexes of columns whose figures are optional rows. Evidence
    joins caption, row label, column header and cell, leaving out any that is empty."""
    comps = comps or ("la",) * len(cols)
    for i, (col, v, period, comp) in enumerate(zip(cols, cells, periods, comps)):
        if v in ("-", "..", ""):
            continue
        pieces = [p for p in (cap, label, col, v) if p]
        w.table_figs(cell_fig(metric, period, v.replace(",", "").rstrip("%"), *pieces,
                              comparator=comp, optional=1 if i in optional else 0))


def _table_figs(w, metric, caption, row_label, columns, values, periods, comparator="la"):
    """Record one table row: one figure per (column header, cell, period)."""
    for col, v, period in zip(columns, values, periods):
        w.table_figs(cell_fig(metric, period, v.replace(",", "").rstrip("%"), caption,
                              row_label, col, v, comparator=comparator))


# --------------------------------------------------------------------------- 1. Norfolk


def build_norfolk():
    info = BY_COUNCIL["Norfolk"]
    pdf = HReport(footer_left="Norfolk County Council  |  Independent Reviewing Service "
                              "Annual Report", footer_right="Page {n}",
                  title="Independent Reviewing Officers' Annual Report 2018-2019",
                  author="Norfolk County Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 10.5, 5.4
    pdf.add_page()
    w.para("Norfolk County Council", style="B", after=0)
    w.para("Children's Services - Quality Assurance and Safeguarding", after=4)
    w.title("Independent Reviewing Officers' Annual Report 2018-2019", size=18, h=9)
    pdf.ln(1)
    w.para("Report to the Corporate Parenting Board", style="B", after=0.5)
    w.para("Period covered: April 2018 \u2013 March 2019", after=3)
    w.disclaimer(DISCLAIMER.format(council="Norfolk County Council"))
    pdf.ln(3)

    w.heading("1. Purpose of the report", size=12)
    w.para("The IRO Handbook asks the manager of the IRO service to produce an annual report "
           "for the corporate parent. This report covers April 2018 \u2013 March 2019. It "
           "describes the work of the Independent Reviewing Service in Norfolk, what IROs "
           "have learned about the plans of the children they review, and where practice "
           "still needs to improve.", number="1.1")
    w.para("We have organised it around the questions members asked last year: how many "
           "children are we looking after, are their reviews happening on time, are children "
           "taking part, and what happens when an IRO is worried about a child's plan?",
           number="1.2")
    w.para("Every looked after child must have a named IRO, whose job is to make sure that the "
           "local authority's plan for the child meets the child's needs and that the child's "
           "wishes and feelings are given proper weight. The role was strengthened by the "
           "Children and Young Persons Act 2008, and the IRO Handbook (2010) sets out how it "
           "should be carried out.", number="1.3")
    w.para("IROs are independent of the line management of the child's case. In Norfolk they "
           "are managed within Quality Assurance and Safeguarding, which reports to the "
           "Director of Children's Services rather than to the operational social work teams.",
           number="1.4")

    w.heading("2. The children whose plans we review", size=12)
    w.para("At 31 March 2019 Norfolk was looking after 1,187 children, compared to 1,142 at "
           "the end of March 2018. This is an increase of 3.9% and continues the rise we have "
           "reported for three years.",
           F("cla_count", "2018-19", "1187",
             "At 31 March 2019 Norfolk was looking after 1,187 children"),
           F("cla_count", "2017-18", "1142", "compared to 1,142 at the end of March 2018"),
           number="2.1")
    w.para("The CLA population was not stable through the year. It reached 1,205 at the end "
           "of September 2018, fell back over the winter as more children were adopted or "
           "returned home, and rose again in the final quarter.",
           F("cla_count", "2018-19", "1205", "It reached 1,205 at the end of September 2018",
             optional=1),
           number="2.2")
    w.para("Of the 1,187 children in care at year end, 652 were boys and 535 were girls. By "
           "age, the population was made up as follows:", number="2.3", after=1)
    w.fig_bullets(["under 1 year: 58", "1 to 4 years: 143", "5 to 9 years: 221",
                   "10 to 15 years: 462", "16 and 17 years: 303"], mark="-", indent=18,
                  after=1.5)
    w.para("498 children started to be looked after in the year ending 31 March 2019 "
           "(2017-18: 463). 44 of the children in care at year end were unaccompanied "
           "asylum-seeking children (UASC), most of whom came to Norfolk through the National "
           "Transfer Scheme.",
           F("cla_starts", "2018-19", "498",
             "498 children started to be looked after in the year ending 31 March 2019"),
           F("cla_starts", "2017-18", "463", "(2017-18: 463)"),
           F("uasc_count", "2018-19", "44",
             "44 of the children in care at year end were unaccompanied asylum-seeking "
             "children (UASC)"),
           number="2.4")
    w.para("Table 1 compares Norfolk with its statistical neighbours, the East of England and "
           "England. Our rate of children in care is higher than all three comparators and "
           "the gap with the region has widened, while the share of children accommodated by "
           "voluntary agreement under section 20 is lower than elsewhere.", number="2.5")
    cap1 = "Table 1: Norfolk and its comparators, year ending 31 March 2019"
    w.caption(cap1)
    cols1 = ("Norfolk", "Statistical neighbours", "East of England", "England")
    comps1 = ("la", "statistical_neighbours", "region", "england")
    body1 = [("CLA per 10,000 children aged 0-17", "cla_rate_per_10k", ("70", "61", "50", "65")),
             ("Children starting to be looked after per 10,000", "cla_starts_rate_per_10k",
              ("29", "27", "22", "26")),
             ("CLA accommodated under section 20 (%)", "s20_pct", ("17", "19", "20", "19"))]
    w.grid([("Measure",) + cols1] + [(label,) + vals for label, _, vals in body1],
           col_widths=(62, 22, 30, 30, 24), align=("LEFT", "CENTER", "CENTER", "CENTER",
                                                     "CENTER"), size=9.5)
    for label, metric, vals in body1:
        for col, comp, v in zip(cols1, comps1, vals):
            w.table_figs(cell_fig(metric, "2018-19", v, cap1, label, col, v, comparator=comp))

    w.heading("3. The Independent Reviewing Service", size=12)
    w.para("The service sits within the Quality Assurance and Safeguarding division. The team "
           "comprises 19.6 FTE IROs and two team managers, with administrative support from "
           "the business support hub in each locality.",
           F("iro_fte", "2018-19", "19.6", "comprises 19.6 FTE IROs"), number="3.1")
    w.para("Over the year IROs held on average 61 children each. The IRO Handbook recommends "
           "50-70 for a full-time IRO, and we have tried to keep caseloads towards the lower "
           "end of that range so that IROs have time to see children between reviews.",
           F("iro_caseload_avg", "2018-19", "61", "Over the year IROs held on average 61 "
             "children each"), number="3.2")
    w.para("Three IROs left the service during the year and their posts were covered by agency "
           "staff for up to four months. Every child affected was told about the change in "
           "writing and met their new IRO before their next review.", number="3.3")
    w.para("All IROs completed training on trauma-informed practice and on writing review "
           "records to the child. A peer audit in the autumn looked at 40 review records: "
           "the best were short, warm and written in plain language, while the weakest "
           "repeated the social worker's report without analysis.", number="3.4")

    w.heading("4. Reviews", size=12)
    w.para("Between April 2018 and March 2019 the IRO service chaired 3,412 reviews, up 116 on "
           "the 3,296 held in 2017-18. 93.4% of these reviews were held within timescale, "
           "against a target of 95%.", number="4.1")
    w.para("In total 225 reviews were held outside timescale. Most were first reviews, which "
           "must take place within 20 working days of a child coming into care, where the IRO "
           "had not been told about the placement in time. A new notification form went live "
           "in February.",
           F("cla_reviews_out_of_timescale", "2018-19", "225",
             "In total 225 reviews were held outside timescale"), number="4.2")
    cap2 = "Table 2: Review activity, 2016-17 to 2018-19"
    w.caption(cap2)
    years2 = ("2016-17", "2017-18", "2018-19")
    body2 = [("Reviews held", "cla_reviews_held", ("3,187", "3,296", "3,412")),
             ("Reviews held within timescale (%)", "cla_reviews_in_timescale_pct",
              ("91.8", "92.5", "93.4")),
             ("Participation rate (children aged 4+) (%)", "child_participation_pct",
              ("94", "95", "96")),
             ("Reviews attended by a parent (%)", "parent_participation_pct",
              ("61", "63", "66")),
             ("CLA with an up-to-date PEP (%)", "pep_up_to_date_pct", ("84", "87", "89"))]
    w.grid([("Measure",) + years2] + [(label,) + vals for label, _, vals in body2],
           col_widths=(80, 28, 28, 28), align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), size=9.5)
    for label, metric, vals in body2:
        _table_figs(w, metric, cap2, label, years2, vals, years2)
    w.para("Participation is counted for children aged four and over, and includes any way in "
           "which a child's views reached the review: attending, talking to the IRO "
           "beforehand, sending a consultation form or having an advocate speak for them. Our "
           "aspiration is 100%, and for most of the children who did not take part the reason "
           "was recorded and understood.", number="4.3")

    w.para("Since January IROs have written the review record as a letter to the child for "
           "every child aged seven and over. Early feedback from the Children in Care Council "
           "is positive, although several young people said the letters were still too long.",
           number="4.4")

    w.heading("5. When IROs are worried", size=12)
    w.para("IROs raised 264 practice alerts during the year. A practice alert is an informal "
           "note to the team manager and is usually resolved within days.",
           F("case_alerts", "2018-19", "264", "IROs raised 264 practice alerts during the "
             "year"), number="5.1")
    w.para("Where an alert does not resolve the problem the IRO uses the Issue Resolution "
           "Protocol. The Protocol was invoked 137 times in 2018-19: 118 issues were resolved "
           "at stage 1, 15 at stage 2 and four at stage 3, which is the formal stage involving "
           "the Assistant Director.",
           F("drp_count", "2018-19", "137", "The Protocol was invoked 137 times in 2018-19"),
           F("drp_formal_count", "2018-19", "4",
             "four at stage 3, which is the formal stage"), number="5.2")
    w.para("No case was referred to Cafcass. The main themes were delay in permanence "
           "planning, placement stability for teenagers and late initial health assessments.",
           number="5.3")
    w.para("IROs also record where their challenge made a difference. In one case an IRO's "
           "escalation led to a brother and sister being placed together after eight months "
           "apart; in another the IRO's insistence on a life-story book meant a child about to "
           "be adopted had one before the placement began.", number="5.4")

    w.heading("6. Seeing children between reviews", size=12)
    w.para("IROs are expected to see each child before every review. In 2018-19 they recorded "
           "2,874 visits to children ahead of their review meetings, as well as telephone and "
           "text contact that we cannot yet count reliably.",
           F("iro_visits", "2018-19", "2874", "they recorded 2,874 visits to children ahead "
             "of their review meetings"), number="6.1")
    w.para("From April 2019 IROs will record all contacts with children between reviews, so "
           "that next year's report can show how often each child sees their IRO and whether "
           "that matches the child's own wishes.", number="6.2")

    w.heading("7. Quality of care planning", size=12)
    w.para("IROs judged most care plans to be clear about the child's needs and about who is "
           "responsible for each action. Plans were weakest where a child had had several "
           "changes of social worker, and for teenagers on the edge of care, where the plan "
           "often described the risks in detail but said little about what would help.",
           number="7.1")
    w.para("Permanence planning has improved. Fewer children waited for a decision at their "
           "second review, and IROs now see the permanence tracker before every review. "
           "Delays remain for children whose parents are subject to criminal proceedings.",
           number="7.2")

    w.heading("8. Priorities for 2019-2020", size=12)
    w.fig_bullets(["Reach the 95% target for reviews held within timescale.",
                   "Keep average caseloads below 65 children per full-time IRO.",
                   "Introduce midway monitoring for every child under five.",
                   "Count IRO contacts between reviews from 1 April 2019."])
    return mc._finish(w)


# --------------------------------------------------------------------------- 2. Kent


def build_kent():
    info = BY_COUNCIL["Kent"]
    pdf = HReport(font="times", header_left="Independent Reviewing Officer Service",
                  header_right="Annual Report 2019/20", header_style="I",
                  footer_center="- {n} -",
                  title="Independent Reviewing Officer Annual Report 2019/20",
                  author="Kent County Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 11.5, 5.6
    pdf.add_page()
    w.title("KENT COUNTY COUNCIL", size=16)
    w.para("Children, Young People and Education Directorate", after=3)
    w.title("Independent Reviewing Officer Annual Report", size=20, h=10)
    w.para("Looked After Children (LAC) \u2013 1 April 2019 to 31 March 2020", style="B",
           after=1)
    w.para("Presented to the Corporate Parenting Panel", after=3)
    w.disclaimer(DISCLAIMER.format(council="Kent County Council"))
    pdf.ln(3)

    w.heading("Summary", size=13)
    w.fig_bullets([
        ("Kent looked after 1,789 children at 31 March 2020, 421 of them unaccompanied "
         "asylum-seeking children (UASC).",
         [F("cla_count", "2019-20", "1789", "Kent looked after 1,789 children at 31 March 2020"),
          F("uasc_count", "2019-20", "421",
            "421 of them unaccompanied asylum-seeking children (UASC)")]),
        "5,194 LAC reviews were chaired, 97.8% of them within timescale.",
        ("Average caseloads were 62-68 children per FTE IRO.",
         [F("iro_caseload_avg", "2019-20", "62",
            "Average caseloads were 62-68 children per FTE IRO", high="68")]),
        "IROs made 246 escalations, up 48 on last year.",
        "The move to virtual reviews in March went smoothly; no review was cancelled because "
        "of the lockdown.",
    ])

    w.heading("Background", size=13)
    w.para("Every child looked after by Kent County Council has an Independent Reviewing "
           "Officer. The IRO chairs the child\u2019s reviews, monitors the progress of the care "
           "plan between reviews and, where necessary, challenges the local authority on the "
           "child\u2019s behalf. The IRO Handbook requires the manager of the service to "
           "report each year to the corporate parent.")
    w.para("Kent\u2019s position is unusual. As the county where many young people arriving in "
           "the UK alone first come to the attention of the authorities, Kent looks after far "
           "more unaccompanied asylum-seeking children than any other council, and this "
           "shapes the work of the IRO service in ways the report tries to explain.")

    w.heading("Kent\u2019s LAC population", size=13)
    w.para("At 31 March 2020 there were 1,789 LAC (2019: 1,698), an increase of 5.4%. The "
           "increase is almost entirely accounted for by UASC: excluding unaccompanied "
           "children, Kent\u2019s LAC population was 1,368, very close to the previous year.",
           F("cla_count", "2018-19", "1698", "(2019: 1,698)"))
    w.para("Kent\u2019s rate of 52.6 LAC per 10,000 children remains below the England rate of "
           "67 and the South East average of 55.",
           F("cla_rate_per_10k", "2019-20", "67", "the England rate of 67", comparator="england"),
           F("cla_rate_per_10k", "2019-20", "55", "the South East average of 55",
             comparator="region"))
    w.para("During 2019/20, 1,204 children became looked after, 398 of whom were UASC. "
           "Arrivals fell sharply in the final weeks of the year as travel restrictions "
           "began.",
           F("cla_starts", "2019-20", "1204", "During 2019/20, 1,204 children became looked after"))

    w.heading("The IRO service", size=13)
    w.para("The service has 30 IROs (27.4 FTE), organised in four area teams (North, South, "
           "East and West Kent) and a specialist team for UASC. The IRO Handbook recommends 50 "
           "to 70 children for each full-time IRO; caseloads in the UASC team were the highest "
           "in the service because of the number of arrivals over the summer.",
           F("iro_fte", "2019-20", "27.4", "30 IROs (27.4 FTE)"))
    w.para("The service works closely with Medway Council, whose IROs review a small number of "
           "Kent children placed in Medway, and the two services train together twice a year.")

    w.heading("Reviews", size=13)
    w.para("Table 2 shows LAC reviews by quarter. Timeliness held up well throughout the year; "
           "the dip in Q4 reflects the move to virtual reviews in the last fortnight of March. "
           "Kent\u2019s target is that 98% of reviews are held on time.")
    cap2 = "Table 2: LAC reviews by quarter, 2019/20"
    w.caption(cap2)
    qcols = ("Q1", "Q2", "Q3", "Q4", "Year total")
    qrows = [("Reviews held", ("1,321", "1,298", "1,356", "1,219", "5,194")),
             ("Held in timescale", ("1,289", "1,272", "1,330", "1,190", "5,081")),
             ("Out of timescale", ("32", "26", "26", "29", "113")),
             ("% in timescale", ("97.6", "98.0", "98.1", "97.6", "97.8"))]
    w.grid([("",) + qcols] + [(label,) + vals for label, vals in qrows],
           col_widths=(50, 22, 22, 22, 22, 28), align=("LEFT",) + ("RIGHT",) * 5, size=10.5)
    w.table_figs(
        cell_fig("cla_reviews_held", "2019-20", "5194", cap2, "Reviews held", "Year total",
                 "5,194"),
        cell_fig("cla_reviews_out_of_timescale", "2019-20", "113", cap2, "Out of timescale",
                 "Year total", "113"))
    w.para("IROs continue to see children before their reviews wherever they can. IRO contacts "
           "with children between reviews numbered 2,904 this year, many of them by video "
           "call in the final weeks.",
           F("iro_visits", "2019-20", "2904",
             "IRO contacts with children between reviews numbered 2,904"))
    w.para("Parents participated in 48% of reviews where it was appropriate for them to be "
           "invited. IROs are working with the Family Group Conference service to help more "
           "parents take part.",
           F("parent_participation_pct", "2019-20", "48", "Parents participated in 48% of "
             "reviews"))

    w.heading("Participation and the voice of the child", size=13)
    w.para("Participation by children aged four and over rose again. Most older young people "
           "now chair or co-chair part of their own review, and the Children in Care Council "
           "helped to redesign the consultation booklets, which are now available in Arabic, "
           "Kurdish, Pashto and Tigrinya.")
    w.para("For unaccompanied young people, IROs book an interpreter for every review and meet "
           "the young person on their own first. Several young people told us that their IRO "
           "was the first professional who asked them what they wanted to study.")

    w.heading("Quality of care planning", size=13)
    w.para("IROs use a quality assurance form at each review to record whether the care plan "
           "is up to date, whether statutory visits have taken place and whether the child "
           "has an allocated social worker. The forms show good practice in the East and West "
           "areas, where teams have been stable, and more drift in North Kent, where several "
           "teams relied on agency social workers for much of the year.")
    w.para("The most frequent concerns were delays in initial health assessments, life-story "
           "work that had not started, and pathway plans that did not reflect the young "
           "person\u2019s immigration status. A thematic audit of pathway plans for UASC will "
           "report in the autumn.")

    w.heading("Dispute resolution", size=13)
    w.para("When an IRO cannot resolve a concern informally, it is escalated under the dispute "
           "resolution process. IROs made 246 escalations in 2019/20 compared with 198 last "
           "year. 31 escalations reached the formal stage (stage 3 or above). Managers are "
           "expected to respond within 10 working days at each stage.",
           F("drp_count", "2019-20", "246", "IROs made 246 escalations in 2019/20"),
           F("drp_count", "2018-19", "198", "compared with 198 last year"),
           F("drp_formal_count", "2019-20", "31",
             "31 escalations reached the formal stage"))
    w.para("Most escalations concerned delays in health assessments for newly arrived UASC and "
           "the quality of pathway plans for young people approaching 18.")
    w.para("Case example: an IRO escalated the lack of a permanence plan for a six-year-old "
           "who had been in foster care for two years. Within a month a special guardianship "
           "assessment of the foster carers was agreed and the child\u2019s plan was "
           "confirmed at the next review.", style="I")

    w.heading("Scorecard", size=13)
    w.para("Table 3 sets out the service\u2019s scorecard. RAG ratings compare the latest year "
           "with the target; the direction of travel compares it with the previous year.")
    cap3 = "Table 3: IRO service scorecard"
    w.caption(cap3)
    ycols = ("2017/18", "2018/19", "2019/20")
    yperiods = ("2017-18", "2018-19", "2019-20")
    srows = [
        ("LAC reviews held in timescale (%)", "cla_reviews_in_timescale_pct",
         ("96.1", "97.0", "97.8"), "98.0", "A", "Improving"),
        ("Children aged 4+ participating in review (%)", "child_participation_pct",
         ("93.5", "94.8", "95.6"), "95.0", "G", "Improving"),
        ("LAC with up-to-date care plan (%)", "care_plan_up_to_date_pct",
         ("92", "94", "91"), "100", "R", "Declining"),
        ("LAC with up-to-date PEP (%)", "pep_up_to_date_pct", ("86", "89", "90"), "95", "A",
         "Improving"),
        ("Care leavers with up-to-date pathway plan (%)", "pathway_plan_up_to_date_pct",
         ("81", "85", "88"), "90", "A", "Improving"),
        ("LAC per 10,000 children", "cla_rate_per_10k", ("53.4", "49.9", "52.6"), "n/a", "-",
         "Stable"),
    ]
    rag = {"G": (198, 239, 206), "A": (255, 235, 156), "R": (255, 199, 206)}
    w.grid([("Indicator",) + ycols + ("Target", "RAG", "Direction")]
           + [(label,) + vals + (target, r, d) for label, _, vals, target, r, d in srows],
           col_widths=(62, 17, 17, 17, 16, 12, 21),
           align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "CENTER", "LEFT"), size=9.5,
           cell_fill=lambda i, j, v: rag.get(v) if j == 5 else None)
    for label, metric, vals, *_ in srows:
        _table_figs(w, metric, cap3, label, ycols, vals, yperiods)

    w.heading("Looking ahead to 2020/21", size=13)
    w.fig_bullets(["Hold 98% of reviews within timescale, including virtual reviews.",
                   "Bring the average caseload down to 60 children per FTE IRO.",
                   "Respond to every escalation within 10 working days.",
                   "Work with the National Transfer Scheme on earlier health assessments."])
    return mc._finish(w)


# --------------------------------------------------------------------------- 3. Bradford


def build_bradford():
    info = BY_COUNCIL["Bradford"]
    pdf = HReport(footer_center="{n}",
                  title="IRO Service Annual Report: April 2020 to March 2021",
                  author="City of Bradford Metropolitan District Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 11, 5.6
    pdf.add_page()
    w.para("City of Bradford Metropolitan District Council", style="B", after=0)
    w.para("Department of Children's Services", after=6)
    w.title("IRO Service Annual Report: April 2020 to March 2021", size=19, h=9)
    pdf.ln(3)
    w.disclaimer(DISCLAIMER.format(council="Bradford Council"))
    pdf.ln(3)

    w.heading("Foreword", size=13)
    w.para("This has been a year like no other. Within days of the first lockdown in March "
           "2020 every review had moved online, and for most of the year IROs met children, "
           "parents and carers through a screen. The report looks honestly at what was lost "
           "in that change and at what we want to keep.")
    w.para("I want to thank the IROs, the business support team and, above all, the children "
           "and young people who adapted so quickly and told us, plainly, what worked for them "
           "and what did not.")

    w.heading("About the IRO role", size=13)
    w.para("Every child in our care has an Independent Reviewing Officer. The IRO chairs the "
           "child's reviews, makes sure the plan is right for the child, and checks that what "
           "was agreed actually happens. IROs have a duty to challenge the council when plans "
           "drift, and in the last resort they can refer a child's case to Cafcass.")
    w.para("Our IROs are managed separately from the social work teams, within the Quality "
           "Assurance Unit, so that they can act independently. They report on their work to "
           "the Corporate Parenting Panel and the Bradford Children and Families Trust board.")

    w.heading("Children in our care", size=13)
    w.para("At the end of the year there were 1,441 children in our care, compared to 1,318 "
           "last year. That is an increase of more than nine per cent, the largest in the "
           "region, and reflects both more children coming into care and fewer leaving while "
           "the family courts were working at reduced capacity.",
           F("cla_count", "2020-21", "1441",
             "At the end of the year there were 1,441 children in our care"),
           F("cla_count", "2019-20", "1318", "compared to 1,318 last year"))
    w.para("Over the year 512 children started to be looked after (last year 478). We looked "
           "after 27 unaccompanied asylum seeking young people at the year end.",
           F("cla_starts", "2020-21", "512",
             "Over the year 512 children started to be looked after"),
           F("cla_starts", "2019-20", "478", "(last year 478)"),
           F("uasc_count", "2020-21", "27",
             "after 27 unaccompanied asylum seeking young people at the year end"))
    w.para("Ages of the children in our care at the year end:", after=1)
    w.fig_bullets(["under 5 \u2013 318", "5 to 10 \u2013 402", "11 to 15 \u2013 463",
                   "16 and 17 \u2013 258"], after=2)
    cap1 = "Table 1: Children in care per 10,000 children aged under 18"
    cols1 = ("At 31.3.20", "At 31.3.21")
    periods1 = ("2019-20", "2020-21")
    rows1 = [("Bradford", "la", ("94.1", "102.9")),
             ("Statistical neighbours", "statistical_neighbours", ("93.0", "97.2")),
             ("Yorkshire and Humber", "region", ("79.8", "83.6")),
             ("England", "england", ("67.0", "67.0"))]
    w.unruled_table(cap1, [("",) + cols1] + [(label,) + vals for label, _, vals in rows1],
                    xs=(24, 104, 144), widths=(70, 30, 30), aligns=("L", "R", "R"))
    for label, comp, vals in rows1:
        _table_figs(w, "cla_rate_per_10k", cap1, label, cols1, vals, periods1, comparator=comp)
    w.para("Bradford's rate is now well above both the regional average and the average for "
           "our statistical neighbours.")

    w.heading("The IRO team", size=13)
    w.para("The team comprises 23.5 FTE IROs and a team manager. Average caseloads were between "
           "55 and 65 children per IRO throughout the year, compared with the 50 to 70 "
           "suggested by the IRO Handbook. Two IROs joined the team in the autumn; one left in "
           "February to take up a post in Calderdale.",
           F("iro_fte", "2020-21", "23.5", "The team comprises 23.5 FTE IROs"),
           F("iro_caseload_avg", "2020-21", "55",
             "Average caseloads were between 55 and 65 children per IRO", high="65"))

    w.heading("Reviews", size=13)
    cap2 = "Table 2: Reviews and participation"
    cols2 = ("Previous year", "This year")
    rows2 = [("Reviews chaired", "cla_reviews_held", ("3,602", "3,948")),
             ("Reviews held on time", "cla_reviews_in_timescale_pct", ("94.2%", "89.7%")),
             ("Children aged 4+ who participated", "child_participation_pct",
              ("92.0%", "95.1%")),
             ("Reviews with parental participation", "parent_participation_pct",
              ("58%", "64%"))]
    w.unruled_table(cap2, [("",) + cols2] + [(label,) + vals for label, _, vals in rows2],
                    xs=(24, 104, 144), widths=(75, 30, 30), aligns=("L", "R", "R"))
    for label, metric, vals in rows2:
        _table_figs(w, metric, cap2, label, cols2, vals, periods1)
    w.para("89.7 per cent of reviews took place within timescale; our aspiration is 100 per "
           "cent. In total 407 reviews were late. Most of the delay came in the first three "
           "months of the year, while IROs, social workers and families were learning to use "
           "video calls, and timeliness recovered steadily from the summer.",
           F("cla_reviews_out_of_timescale", "2020-21", "407", "In total 407 reviews were "
             "late"))
    w.para("Children's participation went up. Many children found it easier to join a video "
           "call for part of their review than to sit through a meeting, and some chose to "
           "send a voice note or a drawing instead. IROs saw children between reviews on 1,126 "
           "occasions, mostly by video call.",
           F("iro_visits", "2020-21", "1126",
             "IROs saw children between reviews on 1,126 occasions"))

    w.heading("When we need to challenge", size=13)
    w.para("IROs recorded 389 informal challenges to social workers and team managers (last "
           "year: 301). Most were about delays in completing assessments or in arranging "
           "family time once contact centres reopened.",
           F("case_alerts", "2020-21", "389", "IROs recorded 389 informal challenges"),
           F("case_alerts", "2019-20", "301", "(last year: 301)"))
    w.para("If an informal challenge does not lead to action the IRO uses the Issue Resolution "
           "Protocol. The Protocol was used 164 times this year; eleven cases reached formal "
           "stage 2, two of which progressed to stage 3. The Protocol expects a response "
           "within five working days at stage 1.",
           F("drp_count", "2020-21", "164", "The Protocol was used 164 times this year"),
           F("drp_formal_count", "2020-21", "11", "eleven cases reached formal stage 2"))

    w.heading("Quality of plans", size=13)
    w.para("IROs look at every plan through the child's eyes: does it say what will happen "
           "next, who will do it and by when, and does it reflect what the child has told "
           "us? This year we added a question about whether the child has been told why they "
           "are in care, in words they understand.")
    w.para("Plans for children placed with parents or with connected carers were often the "
           "least clear about when the local authority would end its involvement. IROs "
           "raised this with the Heads of Service, and a review of all children placed with "
           "parents began in January.")
    w.para("Placement stability held up better than we feared. Foster carers were under "
           "great pressure during the lockdowns, but most placements survived, and IROs "
           "noticed that children in stable placements often did well with remote schooling.")

    w.heading("Working with others", size=13)
    w.para("The regional IRO managers' group met online every month and shared guidance on "
           "virtual reviews. IROs also attended the Permanence Panel and the Placement "
           "Stability Panel, and the team manager sits on the Corporate Parenting Panel.")

    w.heading("What children told us", size=13)
    w.fig_bullets([
        "\"I liked being able to turn my camera off when it got hard.\"",
        "\"I want to see my IRO properly, not just on a laptop.\"",
        "\"Shorter meetings are better. Nobody needs two hours.\"",
    ])

    w.heading("Priorities for the coming year", size=13)
    w.fig_bullets([
        "Return timeliness to where it was before the pandemic.",
        "Offer every child a face-to-face meeting with their IRO before each review.",
        "Keep the best of virtual participation, giving children the choice.",
        "Review the Issue Resolution Protocol with the Assistant Directors.",
    ])
    return mc._finish(w)


# --------------------------------------------------------------------------- 4. Plymouth


def build_plymouth():
    info = BY_COUNCIL["Plymouth"]
    pdf = HReport(footer_left="OFFICIAL", footer_right="Page {n} of {nb}",
                  title="Independent Reviewing Officer Annual Report 2021/22 - cover report",
                  author="Plymouth City Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 10.5, 5.3
    pdf.add_page()
    w.title("PLYMOUTH CITY COUNCIL", size=16, h=8)
    w.para("Corporate Parenting Group", style="B", after=3)
    w.grid([("Date of meeting:", "14 July 2022"),
            ("Title of Report:", "Independent Reviewing Officer Annual Report 2021/22"),
            ("Lead Member:", "Cabinet Member for Children's Social Care, Culture and "
                             "Communications"),
            ("Lead Strategic Director:", "Strategic Director for People"),
            ("Author:", "Head of Service, Quality Assurance and Independent Review"),
            ("Contact:", "Quality Assurance Team, Children's Services"),
            ("Your Reference:", "IRO/AR/2122"),
            ("Key Decision:", "No"),
            ("Confidentiality:", "Part I - Official")],
           col_widths=(50, 120), align=("LEFT", "LEFT"), heading=False, bold_first_col=True,
           size=10)
    w.disclaimer("Illustrative cover paper written for a held-out test of the open-source iro "
                 "tool. Plymouth City Council is real, but this paper is invented and does not "
                 "reproduce any Plymouth City Council document.")
    pdf.ln(2)

    w.heading("Purpose of Report", size=12)
    w.para("This report introduces the annual report of the Independent Reviewing Officer (IRO) "
           "service for 1 April 2021 to 31 March 2022. Section 25B of the Children Act 1989 "
           "and the Care Planning, Placement and Case Review (England) Regulations 2010 "
           "require the local authority to appoint an IRO for every child it looks after, and "
           "the IRO Handbook (2010) asks the manager of the IRO service to produce an annual "
           "report for the scrutiny of the corporate parenting board.")
    w.para("The annual report is attached as Appendix A. It describes the work of the service "
           "over the year, the progress of children's plans and the issues that IROs "
           "escalated. At 31 March 2022, 497 children were in the care of Plymouth City "
           "Council.",
           F("cla_count", "2021-22", "497",
             "At 31 March 2022, 497 children were in the care of Plymouth City Council"))

    w.heading("Recommendations and Reasons", size=12)
    w.para("The Corporate Parenting Group is recommended to:", after=1)
    w.fig_bullets(["1. note the IRO Annual Report 2021/22;",
                   "2. endorse the priorities for 2022/23 set out in section 9 of the report;",
                   "3. receive a progress report from the IRO service in six months."],
                  mark="", indent=4)
    w.para("Reason: the IRO Handbook expects the annual report to be considered by the "
           "corporate parenting body, so that members can be assured that each child's plan is "
           "independently reviewed.")

    w.heading("Alternative options considered and rejected", size=12)
    w.para("None. Publication of the annual report is required by the IRO Handbook.")

    w.heading("Relevance to the Corporate Plan and/or the Plymouth Plan", size=12)
    w.para("The IRO service contributes to the Corporate Plan priority of keeping children, "
           "adults and communities safe, and to Plymouth Plan 2014-2034 policy HEA 2, which "
           "seeks to give every child the best start in life.")

    w.heading("Implications for the Medium Term Financial Plan and Resource Implications",
              size=12)
    w.para("There are no new financial implications. The IRO service is funded from the "
           "Children's Services base budget for 2022/23.")

    w.heading("Financial Risks", size=12)
    w.para("None identified.")

    w.heading("Carbon Footprint (Environmental) Implications", size=12)
    w.para("Many reviews are now held in a hybrid way, with some participants joining online, "
           "which reduces travel by IROs, social workers and families.")

    w.heading("Other Implications", size=12)
    w.grid([("Implication", "Comment"),
            ("Child Poverty", "Many children in care come from families on low incomes; "
                              "IROs check that plans address this."),
            ("Community Safety", "No direct implications."),
            ("Health and Safety", "No direct implications."),
            ("Risk Management", "Reviews held outside timescale are reported to the "
                                "Performance Board each month."),
            ("Equality and Diversity", "IROs record each child's identity needs and check "
                                       "that plans meet them.")],
           col_widths=(45, 125), align=("LEFT", "LEFT"), size=9.5)

    w.heading("Summary of the annual report", size=12)
    w.para("The annual report's main messages are:", after=1)
    w.fig_bullets([
        "Reviews continued to be held on time for nearly all children, although a small "
        "number of first reviews were late when the IRO was told about a placement too late "
        "to meet the 20 working day deadline.",
        "IRO caseloads rose over the winter because of sickness in the team and were above "
        "the 50-70 range suggested in the IRO Handbook for a short period. Caseloads were back "
        "within the range by the end of the year.",
        "Children's participation in their reviews remains strong. The service's aspiration "
        "remains that 100% of children aged four and over take part in their review in a way "
        "that suits them.",
        "The themes raised through the dispute resolution process were drift in permanence "
        "planning, the sufficiency of local placements and the quality of pathway plans.",
        "The service has agreed five priorities for 2022/23, set out in section 9 of the "
        "annual report.",
    ])

    w.heading("Appendices", size=12)
    w.para("The following appendices are attached to this report. A tick in columns 1 to 7 "
           "would show the paragraph of Part 1 of Schedule 12A of the Local Government Act "
           "1972 under which any information is exempt from publication.", after=1.5)
    w.grid([("Ref.", "Title of Appendix", "1", "2", "3", "4", "5", "6", "7"),
            ("A", "Independent Reviewing Officer Annual Report 2021/22", "", "", "", "", "", "",
             "")],
           col_widths=(14, 100, 8, 8, 8, 8, 8, 8, 8),
           align=("LEFT", "LEFT") + ("CENTER",) * 7, size=9.5)

    w.heading("Background papers", size=12)
    w.para("None. (Background papers are unpublished works, relied on to a material extent in "
           "preparing the report, which disclose facts or matters on which the report or an "
           "important part of the work is based.)")

    w.heading("Sign off", size=12)
    w.grid([("Fin", "Leg", "Mon Off", "HR", "Assets", "Strat Proc"),
            ("CYP.22.23.041", "LS/38571/AC/120722", "n/a", "n/a", "n/a", "n/a")],
           col_widths=(30, 38, 24, 22, 24, 32), align=("CENTER",) * 6, size=9)
    w.para("Originating Senior Leadership Team member: Service Director for Children, Young "
           "People and Families", after=1)
    w.para("Please confirm the Strategic Director(s) has agreed the report? Yes", after=1)
    w.para("Date agreed: 04/07/2022", after=1)
    w.para("Cabinet Member approval: approved by email", after=1)
    w.para("Date approved: 05/07/2022", after=1)
    return mc._finish(w)


# --------------------------------------------------------------------------- 5. Cheshire East


def build_cheshire_east():
    info = BY_COUNCIL["Cheshire East"]
    pdf = HReport(header_left="Cheshire East Council", header_right="IRO Annual Report 2017-18",
                  footer_right="{n}",
                  title="Annual Report of the Independent Reviewing Officer Service 2017/18",
                  author="Cheshire East Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 10.5, 5.4
    pdf.add_page()
    w.title("Annual Report of the Independent Reviewing Officer Service 2017/18", size=18, h=9)
    w.para("Cared for Children and Care Leavers", style="B", after=0.5)
    w.para("Report to the Corporate Parenting Committee", after=2)
    w.disclaimer(DISCLAIMER.format(council="Cheshire East Council"))
    pdf.ln(3)
    w.heading("Key headlines", size=13, before=1)
    w.fig_bullets([
        ("431 cared for children at 31 March 2018 (2017: 398)",
         [F("cla_count", "2017-18", "431", "431 cared for children at 31 March 2018"),
          F("cla_count", "2016-17", "398", "at 31 March 2018 (2017: 398)")]),
        "1,196 reviews chaired by our IROs, up 109 on 16/17",
        "94.1% of reviews in timescale - our best ever",
        "97.5% of cared for children aged 4+ participated in their review",
        ("118 QA alerts raised (16/17: 97)",
         [F("case_alerts", "2017-18", "118", "118 QA alerts raised"),
          F("case_alerts", "2016-17", "97", "(16/17: 97)")]),
        ("Parents took part in 71 per cent of reviews",
         [F("parent_participation_pct", "2017-18", "71",
            "Parents took part in 71 per cent of reviews")]),
    ])

    w.heading("1  Introduction", size=13)
    w.para("This is the annual report of the Independent Reviewing Officer (IRO) service for "
           "cared for children in Cheshire East for 17/18. In Cheshire East we say 'cared for "
           "children' rather than 'looked after children', as our Children in Care Council "
           "asked us to.")
    w.para("The report meets the requirement in the IRO Handbook for an annual report to the "
           "corporate parent. It will also be shared with the Local Safeguarding Children "
           "Board and with the young people of the Children in Care Council, who have written "
           "their own summary.")

    w.para("The legal framework for the IRO role is set out in the Children Act 1989, the Care "
           "Planning, Placement and Case Review (England) Regulations 2010 and the IRO "
           "Handbook. Our IROs sit within the Safeguarding and Quality Assurance service and "
           "are independent of the operational teams whose plans they review.")

    w.heading("2  Our cared for children", size=13)
    w.para("The number of cared for children rose by 8.3% over the year. At 31 March 2018 there "
           "were 232 boys and 199 girls in care. Numbers peaked at 446 in January 2018 before "
           "several children returned home or were adopted in the last two months of the "
           "year.",
           F("cla_count", "2017-18", "446", "Numbers peaked at 446 in January 2018",
             optional=1))
    w.para("Our rate of 58 cared for children per 10,000 is higher than our statistical "
           "neighbours (52) but remains well below the North West average of 86 and the "
           "national average of 64. Eleven per cent of cared for children were accommodated "
           "under section 20 at the year end.",
           F("cla_rate_per_10k", "2017-18", "52", "higher than our statistical neighbours (52)",
             comparator="statistical_neighbours"),
           F("cla_rate_per_10k", "2017-18", "86", "the North West average of 86",
             comparator="region"),
           F("cla_rate_per_10k", "2017-18", "64", "the national average of 64",
             comparator="england"))
    cap1 = "Table 1: Key performance measures"
    w.caption(cap1)
    ycols = ("2016/17", "2017/18")
    yper = ("2016-17", "2017-18")
    rows1 = [("Cared for children per 10,000", "cla_rate_per_10k", ("54", "58")),
             ("Children who became cared for", "cla_starts", ("172", "189")),
             ("Reviews held", "cla_reviews_held", ("1,087", "1,196")),
             ("Reviews held within timescale (%)", "cla_reviews_in_timescale_pct",
              ("91.3", "94.1")),
             ("Participation rate (children aged 4+) (%)", "child_participation_pct",
              ("96.2", "97.5")),
             ("Accommodated under section 20 (%)", "s20_pct", ("14", "11")),
             ("Care leavers with an up-to-date pathway plan (%)",
              "pathway_plan_up_to_date_pct", ("79", "86"))]
    w.grid([("Measure",) + ycols] + [(label,) + vals for label, _, vals in rows1],
           col_widths=(95, 30, 30), align=("LEFT", "CENTER", "CENTER"), size=10,
           fill=(230, 230, 230))
    for label, metric, vals in rows1:
        _table_figs(w, metric, cap1, label, ycols, vals, yper)

    w.heading("3  The IRO service", size=13)
    w.para("The IRO team is made up of seven IROs (6.4 FTE) and a Service Manager. IROs held on "
           "average 67 cared for children over the year, close to the top of the 50-70 range "
           "in the IRO Handbook. A business case for an additional IRO post was agreed in "
           "March.",
           F("iro_fte", "2017-18", "6.4", "seven IROs (6.4 FTE)"),
           F("iro_caseload_avg", "2017-18", "67", "IROs held on average 67 cared for children"))

    w.heading("4  Reviews", size=13)
    w.para("Reviews not held in timescale fell to 71, from 95 in 16/17. Cheshire East's target "
           "is 95% of reviews in timescale, and the first review must be held within 20 "
           "working days of a child becoming cared for. Most late reviews were second reviews "
           "that had to be rearranged at short notice.",
           F("cla_reviews_out_of_timescale", "2017-18", "71",
             "Reviews not held in timescale fell to 71"),
           F("cla_reviews_out_of_timescale", "2016-17", "95", "from 95 in 16/17"))
    w.para("Participation remains high. Young people told us they would like reviews held in "
           "school less often, and IROs now agree the venue with each child in advance.")

    w.heading("5  Midway reviews", size=13)
    w.para("A midway review is a check by the IRO, half way between reviews, that the actions "
           "agreed are being completed. IROs completed 352 midway reviews in 17/18, often by "
           "visiting the child at home or at school.",
           F("iro_visits", "2017-18", "352", "IROs completed 352 midway reviews in 17/18",
             optional=1))

    w.heading("6  Resolving problems", size=13)
    w.para("IROs raise a QA alert when they are concerned about drift or poor practice. Of the "
           "118 alerts raised this year, 23 were escalated under the Dispute Resolution "
           "Process, and five of those reached the formal stage (stage 3). All were resolved "
           "without referral to Cafcass.",
           F("drp_count", "2017-18", "23", "23 were escalated under the Dispute Resolution "
             "Process"),
           F("drp_formal_count", "2017-18", "5", "five of those reached the formal stage"))

    w.heading("7  The voice of the child", size=13)
    w.para("IROs meet every child before their review unless the child chooses not to. Young "
           "people said they wanted shorter meetings, fewer people in the room and their own "
           "words in the record. From September the review record has opened with a section "
           "written to the child.")
    w.para("Advocacy is offered at every review. Take-up remains low among younger children, "
           "and the IRO service has agreed with the advocacy provider to pilot advocacy for "
           "children aged seven to ten.")

    w.heading("8  Care leavers", size=13)
    w.para("IROs continue to review the plans of young people until they leave care at 18. "
           "Pathway plans improved during the year but IROs still found that too many were "
           "written without the young person and did not say where they would live after 18.")

    w.heading("9  Priorities for 18/19", size=13)
    w.fig_bullets(["Recruit to the additional IRO post and bring caseloads below 60.",
                   "Hold 95% of reviews in timescale.",
                   "Record midway reviews consistently for every cared for child.",
                   "Work with the Leaving Care team on the quality of pathway plans."])
    return mc._finish(w)


# --------------------------------------------------------------------------- 6. North Tyneside


def build_north_tyneside():
    info = BY_COUNCIL["North Tyneside"]
    pdf = HReport(header_left="North Tyneside Council", footer_center="Page {n}",
                  title="Annual Report of the Independent Reviewing Officers 2021-2022",
                  author="North Tyneside Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 10.5, 5.4
    pdf.add_page()
    w.para("Safeguarding and Reviewing Unit", style="B", after=2)
    w.title("Annual Report of the Independent Reviewing Officers 2021-2022", size=18, h=9)
    pdf.ln(2)
    w.disclaimer(DISCLAIMER.format(council="North Tyneside Council"))
    pdf.ln(3)

    w.heading("1. Introduction", size=12)
    w.para("This report covers the year ending 31 March 2022. In North Tyneside, Independent "
           "Reviewing Officers chair both reviews for looked after children and child "
           "protection conferences, so the report covers both roles.", number="1.1")
    w.para("It will be presented to the Corporate Parenting Board and to the North Tyneside "
           "Safeguarding Children Partnership. The regional IRO practice network, hosted this "
           "year by South Tyneside, met quarterly; managers from Newcastle and Northumberland "
           "also attended.", number="1.2")
    w.para("The unit sits within the Quality Assurance and Safeguarding service. The unit "
           "manager reports to the Assistant Director for Children's Social Care, not to the "
           "operational service managers whose teams' plans the IROs review, which protects "
           "the independence that the IRO Handbook requires.", number="1.3")
    w.para("The year was one of recovery after the pandemic. Most reviews returned to being "
           "held in person, although many now have some participants joining online, and "
           "children's views about this have shaped how reviews are arranged.", number="1.4")

    w.heading("2. Our children", size=12)
    w.para("On 31 March 2022 the looked after population stood at 334, compared to 312 last "
           "year.",
           F("cla_count", "2021-22", "334",
             "On 31 March 2022 the looked after population stood at 334"),
           F("cla_count", "2020-21", "312", "compared to 312 last year"), number="2.1")
    w.para("During 2021-2022, 102 children started to be looked after and 80 ceased to be "
           "looked after. We looked after 14 unaccompanied asylum-seeking children under the "
           "National Transfer Scheme.",
           F("cla_starts", "2021-22", "102",
             "During 2021-2022, 102 children started to be looked after"),
           F("uasc_count", "2021-22", "14",
             "We looked after 14 unaccompanied asylum-seeking children"), number="2.2")
    w.para("Table 1 shows how the rate of looked after children compares with the region, our "
           "statistical neighbours and England. Our rate has risen but remains well below the "
           "North East.", number="2.3")
    cap1 = "Table 1: Looked after children per 10,000 children aged under 18"
    w.caption(cap1)
    cols1 = ("North Tyneside", "North East", "Statistical neighbours", "England")
    comps1 = ("la", "region", "statistical_neighbours", "england")
    rows1 = [("2019-20", ("68", "101", "86", "67")),
             ("2020-21", ("71", "107", "90", "67")),
             ("2021-22", ("76", "110", "92", "70"))]
    w.grid([("Year",) + cols1] + [(y,) + vals for y, vals in rows1],
           col_widths=(26, 34, 30, 38, 28), align=("LEFT",) + ("CENTER",) * 4, size=10)
    for year, vals in rows1:
        for col, comp, v in zip(cols1, comps1, vals):
            w.table_figs(cell_fig("cla_rate_per_10k", year, v, cap1, year, col, v,
                                  comparator=comp))
    w.para("There were 187 children subject to a child protection plan at 31 March 2022 "
           "(2021: 203).",
           F("cp_count", "2021-22", "187",
             "There were 187 children subject to a child protection plan at 31 March 2022"),
           F("cp_count", "2020-21", "203", "(2021: 203)"), number="2.4")

    w.heading("3. The unit", size=12)
    w.para("The unit has 10.5 FTE Independent Reviewing Officers, all of whom also chair child "
           "protection conferences, and a unit manager.",
           F("iro_fte", "2021-22", "10.5", "10.5 FTE Independent Reviewing Officers"),
           number="3.1")
    w.para("At year end the average looked after caseload was 32 and the child protection "
           "caseload averaged 18, an overall average of 50 children per FTE IRO.",
           F("iro_caseload_avg", "2021-22", "32", "the average looked after caseload was 32"),
           F("iro_caseload_cp_avg", "2021-22", "18", "the child protection caseload averaged 18"),
           F("iro_caseload_total_avg", "2021-22", "50",
             "an overall average of 50 children per FTE IRO"), number="3.2")
    w.para("The IRO Handbook suggests 50-70 looked after children for a full-time IRO in a "
           "single role. A dual role needs a lower figure, and our aim is that no IRO holds "
           "more than 55 children in total.", number="3.3")

    w.heading("4. Looked after reviews", size=12)
    w.para("The IRO service chaired 962 looked after reviews during the year ending 31 March "
           "2022. Reviews completed in timescale: 98.4 per cent. Fifteen reviews were late, "
           "nine of them because the child was unwell or the placement changed on the day.",
           F("cla_reviews_held", "2021-22", "962", "The IRO service chaired 962 looked after "
             "reviews"),
           F("cla_reviews_in_timescale_pct", "2021-22", "98.4",
             "Reviews completed in timescale: 98.4 per cent"),
           F("cla_reviews_out_of_timescale", "2021-22", "15", "Fifteen reviews were late"),
           number="4.1")
    w.para("The regulations require a first review within 20 working days of a child becoming "
           "looked after, a second within three months of the first, and later reviews at "
           "least every six months.", number="4.2")
    w.para("99 per cent of children aged four and over participated in their review, most of "
           "them by meeting their IRO beforehand or attending part of the meeting.",
           F("child_participation_pct", "2021-22", "99", "99 per cent of children aged four "
             "and over participated in their review"), number="4.3")
    w.para("Other measures of the quality of planning:", number="4.4", after=1)
    w.fig_bullets([
        ("Care plans up to date at the time of review: 97% (2020-21: 95%)",
         [F("care_plan_up_to_date_pct", "2021-22", "97",
            "Care plans up to date at the time of review: 97%"),
          F("care_plan_up_to_date_pct", "2020-21", "95", "97% (2020-21: 95%)")]),
        ("PEPs up to date: 91% (2020-21: 88%)",
         [F("pep_up_to_date_pct", "2021-22", "91", "PEPs up to date: 91%"),
          F("pep_up_to_date_pct", "2020-21", "88", "91% (2020-21: 88%)")]),
        ("Parents participating in reviews: 57% (2020-21: 52%)",
         [F("parent_participation_pct", "2021-22", "57", "Parents participating in reviews: "
            "57%"),
          F("parent_participation_pct", "2020-21", "52", "57% (2020-21: 52%)")]),
    ], indent=18)

    w.heading("5. Resolving concerns", size=12)
    w.para("IROs raised 83 matters under the Practice Escalation Policy; 74 were resolved "
           "informally and nine progressed to the formal stage. This is four more than in the "
           "previous year.",
           F("drp_count", "2021-22", "83",
             "IROs raised 83 matters under the Practice Escalation Policy"),
           F("drp_formal_count", "2021-22", "9", "nine progressed to the formal stage"),
           F("drp_count", "2020-21", "79", "This is four more than in the previous year",
             optional=1), number="5.1")
    w.para("The most common concerns were delay in securing permanence for younger children "
           "and the timeliness of health assessments.", number="5.2")

    w.heading("6. Impact and quality of planning", size=12)
    w.para("IROs completed a quality assurance record after every review. These show that "
           "most plans were clear and up to date; the most common gaps were in life-story work "
           "and in plans for contact with brothers and sisters placed apart.", number="6.1")
    w.para("The unit carried out two thematic audits this year, on children placed at home "
           "with parents and on the first review for children who came into care in an "
           "emergency. Both led to changes in practice guidance.", number="6.2")
    w.para("Children and young people continue to tell us that they value having the same "
           "IRO over time. Turnover in the unit has been very low, and most children have had "
           "the same IRO for at least two years.", number="6.3")

    w.heading("7. Child protection", size=12)
    w.para("The unit chaired 244 initial child protection conferences and 412 review "
           "conferences. Reports from this part of the unit's work are presented separately to "
           "the Safeguarding Children Partnership.", number="7.1")

    w.heading("8. Priorities for 2022-2023", size=12)
    w.fig_bullets(["Keep total caseloads at or below 55 children per FTE IRO.",
                   "Hold 100% of first reviews within 20 working days.",
                   "Improve the recording of children's views in review minutes.",
                   "Agree a shared escalation policy with the other Tyneside councils."])
    return mc._finish(w)


BUILDERS = {
    "Norfolk": build_norfolk,
    "Kent": build_kent,
    "Bradford": build_bradford,
    "Plymouth": build_plymouth,
    "Cheshire East": build_cheshire_east,
    "North Tyneside": build_north_tyneside,
}


# --------------------------------------------------------------------------- checks


def check_sample(sample) -> None:
    info = sample.info
    texts = mc.pdf_page_texts(sample.pdf_bytes)
    if len(texts) != info.pages:
        raise AssertionError(f"{info.council}: {len(texts)} pages, expected {info.pages}")
    if "Illustrative" not in texts[0]:
        raise AssertionError(f"{info.council}: no illustrative notice on page 1")
    whole = "\n".join(texts)
    seen = set()
    for f in sample.figures:
        if f.metric not in UNITS:
            raise AssertionError(f"unknown metric {f.metric}")
        if not mc.evidence_found(f.evidence, whole):
            raise AssertionError(f"{info.council}: evidence not in PDF text: {f.evidence!r}")
        key = (f.metric, f.period, f.comparator)
        if (key, f.value, f.value_high) in seen:
            raise AssertionError(f"{info.council}: duplicate gold row {key} {f.value}")
        seen.add((key, f.value, f.value_high))
    if len(sample.pdf_bytes) >= 80_000:
        raise AssertionError(f"{info.council}: {len(sample.pdf_bytes)} bytes, too large")


def build_set(samples: dict[str, HoldoutInfo], builders, check: bool = True):
    """Build a set's documents in id order (builders: council -> function), checking each
    unless check is false (shared by every make_holdout* script)."""
    built = [builders[i.council]() for i in samples.values()]
    if check:
        for s in built:
            check_sample(s)
    return built


def build_all(check: bool = True):
    return build_set(SAMPLES, BUILDERS, check)


README = """\
# Held-out test set (illustrative)

Six IRO report PDFs made by `scripts/make_holdout.py`, with an answer key in the gold
format, for measuring the extractor on wording and layouts it was not written against.
**The councils are real, so that council detection can be tested, but every figure, name
and event in these documents is invented.** Each PDF says so on its first page. Do not
quote them as council data.

The sentences and tables were drafted independently of the tool's patterns, from the
metric vocabulary, the gold annotation conventions and the genre of real reports. Use
the score on this set as an estimate of performance on unseen reports; fix general gaps
it reveals rather than fitting patterns to these exact sentences.

Regenerate with `python scripts/make_holdout.py` (fpdf2, core fonts in cp1252, fixed
creation date). `tests/test_holdout.py` extracts this folder and scores it.

## Files

- `h*.pdf` - the documents (neutral file names: no council or year in the name).
- `documents.csv` - doc, council, ons_code (left empty), la_number, region (from the
  DfE register), period, kind.
- `figures.csv` - the answer key, in the gold `figures.csv` columns. Conventions as in
  the gold README: a 31 March snapshot belongs to the year ending then; percentages as
  written; a stated range gives value and value_high; standards, targets, changes and
  breakdowns are not recorded; `optional=1` marks a borderline row (a mid-year peak or
  snapshot, a figure only implied, midway reviews as IRO visits). Prose evidence is an
  exact quote; for a table cell ` ... ` joins caption, row label, column header and cell.

| doc | council | period | kind | pages | layout | rows (optional) |
| --- | --- | --- | --- | --- | --- | --- |
{table}

## Traps that must not become figures

- Standards and targets: "IRO Handbook recommends 50-70", "50 to 70", "target of 95%",
  "Kent's target is that 98%", Target column of Kent's scorecard, "within 20 working
  days", "within 10 working days", "within five working days", "our aspiration is 100%",
  "no IRO holds more than 55 children", priorities lists.
- Changes: "an increase of 3.9%", "up 116 on the 3,296", "an increase of 5.4%", "up 48 on
  last year", "more than nine per cent", "rose by 8.3%", "up 109 on 16/17", "four more
  than in the previous year" (the implied 79 is an optional row).
- Breakdowns and subsets: boys/girls, age bands, Kent's "excluding unaccompanied
  children ... 1,368", "398 of whom were UASC" (starters), the quarterly columns Q1-Q4 and
  "Held in timescale" counts, IRP/escalation stage counts ("118 ... at stage 1, 15 at stage
  2", "74 were resolved informally"), "nine of them because the child was unwell".
- Other numbers: child protection conference counts (North Tyneside 6.1), headcounts
  ("30 IROs", "seven IROs"), Plymouth's sign-off references, appendix columns 1-7,
  "Plymouth Plan 2014-2034", "Section 25B", "Schedule 12A", dates.
- Council decoys: Medway (Kent), Calderdale (Bradford), South Tyneside, Newcastle and
  Northumberland (North Tyneside).
- Period: Bradford gives its year only as "April 2020 to March 2021" in the title and
  mentions "March 2020" in the foreword; its tables use "At 31.3.20" / "At 31.3.21" and
  "Previous year" / "This year" headers.
"""


def write_set(out_dir: Path | str, samples, readme: str) -> dict[str, Path]:
    """Write a hold-out set: its PDFs, figures.csv, documents.csv and README (shared by
    every make_holdout* script)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for s in samples:
        path = out / f"{s.info.doc}.pdf"
        path.write_bytes(s.pdf_bytes)
        paths[s.info.doc] = path
    mc._write_csv(out / "figures.csv", mc.FIGURE_COLUMNS, mc.figure_rows(samples))
    mc._write_csv(out / "documents.csv", mc.DOCUMENT_COLUMNS,
                  [{c: getattr(s.info, c) for c in mc.DOCUMENT_COLUMNS} for s in samples])
    table = "\n".join(
        f"| {s.info.doc} | {s.info.council} | {s.info.period} | {s.info.kind} | "
        f"{s.info.pages} | {s.info.layout} | {len(s.figures)} "
        f"({sum(f.optional for f in s.figures)}) |" for s in samples)
    (out / "README.md").write_text(readme.replace("{table}", table), encoding="utf-8")
    return paths


def write_holdout(out_dir: Path | str = DEFAULT_OUT) -> dict[str, Path]:
    return write_set(out_dir, build_all(), README)


def run_cli(argv, description: str, default_out: Path, build, write, samples) -> int:
    """The command line every make_holdout* script offers: write the set, or --pages."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=default_out,
                        help=f"folder for the held-out set (default {default_out})")
    parser.add_argument("--pages", action="store_true",
                        help="only print each document's page count (for layout tuning)")
    args = parser.parse_args(argv)
    if args.pages:
        for s in build(check=False):
            print(s.info.council, len(mc.pdf_page_texts(s.pdf_bytes)), "pages",
                  len(s.figures), "figures")
        return 0
    for doc, path in write(args.out).items():
        print(f"{path}  {path.stat().st_size:>6} bytes  {samples[doc].pages} pages")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__.splitlines()[0], DEFAULT_OUT, build_all, write_holdout, SAMPLES)


if __name__ == "__main__":
    sys.exit(main())
