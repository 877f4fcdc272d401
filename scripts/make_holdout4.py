"""Generate the fourth held-out test set of IRO report PDFs, with its answer key.

    python scripts/make_holdout4.py [--out tests/holdout4/]

Writes five PDFs, ``documents.csv``, ``figures.csv`` (gold format) and ``README.md``.

Like the three earlier hold-out scripts, this set measures the extractor on wording and
layouts written without looking at its patterns (nothing in ``extractor/`` or
``patterns/`` was read while drafting it, and the tool was not run on it). It was drafted
after the first three sets, from the metric vocabulary, the gold annotation conventions
and the genre of real council papers, and avoids the phrasings those sets use. The five
documents are: an annual report whose second page is an infographic of big numbers with
short labels underneath; a report written by a shared (hosted) reviewing service for a
very small council, which compares itself with "the regional figure" and "nationally" in
prose and uses CiC, CLA and LAC interchangeably; a report with a landscape page carrying a
wide ruled quarterly table (Q1-Q4, the year, the previous year and a Target column); a
scrutiny briefing note set out as questions and answers; and a report whose figures sit
in "Label - value" bullet lists (with en dashes) and in sentences with parenthetical
counts and percentages, with an appendix table of dispute-resolution stages.

The councils are real, so that council detection can be tested, but every figure, name
and event is invented; each PDF says so on its first page.

The shared machinery (ids, checks, table rows, writing the set, the command line) is in
``scripts/make_holdout.py``; the evidence of every figure is checked against the PDF text.
"""
from __future__ import annotations

import sys
from pathlib import Path

from fpdf.enums import XPos, YPos

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tests" / "holdout4"
if str(ROOT / "scripts") not in sys.path:  # loaded by file path (as tests/test_holdout.py does)
    sys.path.insert(0, str(ROOT / "scripts"))

import make_holdout as mh  # noqa: E402  (the shared hold-out helpers; it loads make_corpus)

mc, F, cell_fig, JOIN, HReport, HWriter = mh.mc, mh.F, mh.cell_fig, mh.JOIN, mh.HReport, mh.HWriter

DASH = "\u2013"  # en dash (in cp1252), as Word puts it into "Label - value" lists


_INFOS = [
    (1, "Hertfordshire", 919, "East of England", "2022-23", "annual_report", 4,
     "Helvetica; cover page; footer with report name and 'page n'; an 'At a glance' "
     "infographic page of fifteen shaded tiles (big number, short label underneath), "
     "including a '+6%' change tile, a '50-70' Handbook tile and a '100%' staffing tile; "
     "narrative sections with previous-year figures and comparators a year behind the "
     "report; three-stage Challenge and Escalation Framework; priorities"),
    (2, "Rutland", 857, "East Midlands", "2019-20", "annual_report", 2,
     "Times; written by a shared reviewing service hosted by another council (Leicestershire "
     "named, with its own approximate caseload); CiC, CLA and LAC used interchangeably; "
     "prose comparisons with 'the regional figure', 'regionally', 'nationally' and "
     "statistical neighbours for 31 March 2019 in a 2019/20 report; very small numbers "
     "('Eighteen', 'All but five', 'Nine LAC (22%)'); an implied previous-year count and "
     "an implied zero formal disputes"),
    (3, "Lancashire", 888, "North West", "2023-24", "annual_report", 4,
     "Helvetica; portrait pages with one landscape page carrying a wide ruled table of "
     "quarterly performance (Q1 (Apr-Jun) ... Q4 (Jan-Mar), '2023/24 year', '2022/23 "
     "previous year', 'Target'); quarter-end counts of children looked after; DRP stage "
     "counts in prose; quarterly and monthly figures in the commentary; survey "
     "and audit percentages; SSDA903; "
     "Blackpool and Blackburn with Darwen named"),
    (4, "Torbay", 880, "South West", "2015-16", "cover_report", 2,
     "Helvetica; scrutiny briefing note in question-and-answer form ('Q:' / 'A:'), "
     "meeting details block; figures in answers, with '(148)' / '(131)' year "
     "comparisons in brackets and a number in words ('Ninety-six per cent'); headcount "
     "beside FTE; next year's aims and an extra post as decoys; Devon named"),
    (5, "Ealing", 307, "Outer London", "2017-18", "annual_report", 3,
     "Times; running header and 'page n' footer; key facts as bullet lists of 'Label "
     "\u2013 value' with en dashes; a comparator list of rates for 31 March 2017 (Ealing, "
     "Outer London, statistical neighbours, England); sentences with parenthetical "
     "counts and percentages ('872 (91.7%)'); breakdowns by sex, age and placement in the "
     "same dash format; priorities also as dash bullets; appendix page with the legal "
     "framework (review intervals) and a ruled table of disputes by the stage at which "
     "they ended (2016-17 and 2017-18 columns, 'All disputes' and 'Reached a formal "
     "stage' rows); Hounslow and Hillingdon named"),
]

SAMPLES = mh.sample_infos(_INFOS, "holdout4", "n")
BY_COUNCIL = {i.council: i for i in SAMPLES.values()}

DISCLAIMER = mh.disclaimer("fourth")


_cells = mh.table_row  # one table row: a figure per non-empty cell


# --------------------------------------------------------------------------- 1. Hertfordshire


def _tiles(w, caption, tiles, cols=3, tile_h=31, gap=4):
    """An infographic grid: each tile is a shaded box with a big number and a short label
    underneath. tiles: (number, label, [Fig, ...]); each figure's evidence is
    caption ... number ... label."""
    pdf = w.pdf
    x0, width = pdf.l_margin, pdf.epw
    tile_w = (width - gap * (cols - 1)) / cols
    y0 = pdf.get_y()
    shades = ((214, 232, 240), (232, 240, 214), (244, 228, 210))
    for idx, (number, label, figs) in enumerate(tiles):
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
        w.table_figs(*figs)
    rows = (len(tiles) + cols - 1) // cols
    pdf.set_fill_color(255, 255, 255)
    pdf.set_xy(pdf.l_margin, y0 + rows * (tile_h + gap) + 2)
    pdf.set_font(pdf.base_font, size=w.size)


def build_hertfordshire():
    info = BY_COUNCIL["Hertfordshire"]
    pdf = HReport(footer_left="Hertfordshire County Council  |  IRO Service Annual Report "
                  "2022/23", footer_right="page {n}",
                  title="Independent Reviewing Officer Service Annual Report 2022/23",
                  author="Hertfordshire County Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 10.5, 5.3

    # cover ---------------------------------------------------------------------
    pdf.add_page()
    pdf.ln(20)
    w.title("Hertfordshire County Council", size=15, h=8)
    w.para("Children's Services  -  Safeguarding and Reviewing", after=10)
    w.title("Independent Reviewing Officer Service", size=24, h=12)
    w.title("Annual Report 2022/23", size=24, h=12)
    pdf.ln(4)
    w.para("1 April 2022 to 31 March 2023", style="I", after=1)
    w.para("For the Corporate Parenting Panel, September 2023", after=10)
    w.disclaimer(DISCLAIMER.format(council="Hertfordshire County Council"))
    pdf.ln(8)
    w.heading("About this report", size=12)
    w.para("The IRO Handbook (2010) asks the manager of the IRO service to report once a year "
           "to the corporate parent on how the service has carried out its statutory "
           "functions and on what IROs have learned about the care planning for children. "
           "This report is written for members of the Corporate Parenting Panel and for the "
           "children and young people whose plans our IROs oversee.")
    w.para("The next page sets out the year's headline numbers. The sections that follow "
           "explain them, describe what children told us and set out what the service will "
           "do differently in 2023/24.")

    # at a glance ---------------------------------------------------------------
    pdf.add_page()
    glance = "2022/23 at a glance"
    w.title(glance, size=20, h=11)
    w.para("The year in numbers for Hertfordshire's children in care and the IRO service.",
           style="I", after=4)

    def tile(number, label, metric=None, value=None, period="2022-23"):
        figs = []
        if metric:
            figs.append(F(metric, period, value, JOIN.join((glance, number, label))))
        return (number, label, figs)

    _tiles(w, glance, [
        tile("1,046", "children and young people in our care on 31 March 2023",
             "cla_count", "1046"),
        tile("+6%", "more children in care than at the same point last year"),
        tile("412", "children came into care between April 2022 and March 2023",
             "cla_starts", "412"),
        tile("87", "unaccompanied asylum-seeking children among those in our care at year "
             "end", "uasc_count", "87"),
        tile("3,018", "looked after reviews chaired by an IRO", "cla_reviews_held", "3018"),
        tile("94.6%", "of reviews took place on or before the date they were due",
             "cla_reviews_in_timescale_pct", "94.6"),
        tile("97%", "of children aged 4 and over gave their views for their review",
             "child_participation_pct", "97"),
        tile("1,377", "visits and conversations between IROs and children outside review "
             "meetings", "iro_visits", "1377"),
        tile("96%", "of children had a care plan reviewed in the last six months",
             "care_plan_up_to_date_pct", "96"),
        tile("21.4", "full-time equivalent IROs in post at year end", "iro_fte", "21.4"),
        tile("49", "children on each IRO's caseload, on average (per FTE)",
             "iro_caseload_avg", "49"),
        tile("50-70", "caseload range recommended in the IRO Handbook"),
        tile("168", "practice queries raised by IROs with social work teams",
             "case_alerts", "168"),
        tile("31", "issues escalated under our Challenge and Escalation Framework",
             "drp_count", "31"),
        tile("100%", "of our IROs are qualified, registered social workers"),
    ])
    pdf.set_font(pdf.base_font, style="I", size=8)
    pdf.multi_cell(0, 4, "Figures come from the council's SSDA903 return and the IRO "
                   "service's own records, and may differ slightly from those later "
                   "published by the Department for Education.", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    pdf.set_font(pdf.base_font, size=w.size)

    # narrative -----------------------------------------------------------------
    pdf.add_page()
    w.heading("1. The role of the IRO", size=12.5, before=0)
    w.para("Every child in the care of the council has an Independent Reviewing Officer. The "
           "IRO chairs the child's reviews, checks that the plan for the child is being "
           "carried out and that the child's wishes and feelings are heard, and challenges "
           "the council when it falls short. Hertfordshire's IROs are managed within the "
           "Safeguarding and Reviewing Service, separately from the social work teams whose "
           "plans they review. The service was seen by inspectors during the ILACS "
           "inspection in early 2023, and their comments have shaped the priorities at the "
           "end of this report.")

    w.heading("2. Hertfordshire's children in care", size=12.5)
    w.para("The number of children in our care rose for the second successive year, from 987 "
           "at the end of March 2022 to the 1,046 shown on the previous page. Young people "
           "placed with us through the National Transfer Scheme account for about a third "
           "of the increase.",
           F("cla_count", "2021-22", "987", "from 987 at the end of March 2022"))
    w.para("Even so, Hertfordshire looks after fewer children, relative to its population, "
           "than most councils. Our rate was 38.7 per 10,000 children at 31 March 2023. The "
           "most recent national figures, for 31 March 2022, put England at 70 per 10,000, "
           "the East of England at 51 and our statistical neighbours at 44.",
           F("cla_rate_per_10k", "2022-23", "38.7", "Our rate was 38.7 per 10,000 children"),
           F("cla_rate_per_10k", "2021-22", "70", "put England at 70 per 10,000",
             comparator="england"),
           F("cla_rate_per_10k", "2021-22", "51", "the East of England at 51",
             comparator="region"),
           F("cla_rate_per_10k", "2021-22", "44", "our statistical neighbours at 44",
             comparator="statistical_neighbours"))
    w.para("The 412 children who entered care, equivalent to 15.3 per 10,000 children, "
           "compare with 376 in 2021/22. Sixty-four of the 412 were unaccompanied young "
           "people, almost all of them boys aged 16 or 17.",
           F("cla_starts_rate_per_10k", "2022-23", "15.3", "equivalent to 15.3 per 10,000 "
             "children"),
           F("cla_starts", "2021-22", "376", "compare with 376 in 2021/22"))
    w.para("Just over half (55%) of the children in our care are boys. Young people aged 16 "
           "and 17 make up 29% of the total and children under five 13%. One child in five "
           "(19.8%) was accommodated under section 20 at the year end, a slightly smaller "
           "share than twelve months before; IROs ask at every review whether voluntary "
           "accommodation is still the right legal basis for the child.",
           F("s20_pct", "2022-23", "19.8", "One child in five (19.8%) was accommodated under "
             "section 20"))

    w.heading("3. The IRO team", size=12.5)
    w.para("The service has an establishment of 23 FTE IRO posts. At 31 March 2023, 21.4 FTE "
           "were filled by 25 IROs, two of them locums. Average caseloads fell from 53 per "
           "FTE at the end of 2021/22 to 49, just below the bottom of the Handbook range; "
           "the service regards this as right given how complex many children's "
           "circumstances now are. Two Practice Managers supervise the IROs and report to "
           "the Head of Safeguarding. One IRO retired during the year and one was promoted "
           "to a management post in Essex.",
           F("iro_caseload_avg", "2021-22", "53", "Average caseloads fell from 53 per FTE at "
             "the end of 2021/22"))

    w.heading("4. Reviews", size=12.5)
    w.para("IROs chaired 3,018 reviews in 2022/23, up from 2,874 in 2021/22. Timeliness "
           "improved from 92.1% to 94.6%. The 163 reviews that did not happen on time were "
           "mostly second or later reviews moved at a family's request or because the "
           "child's social worker had changed.",
           F("cla_reviews_held", "2021-22", "2874", "up from 2,874 in 2021/22"),
           F("cla_reviews_in_timescale_pct", "2021-22", "92.1", "Timeliness improved from "
             "92.1% to 94.6%"),
           F("cla_reviews_out_of_timescale", "2022-23", "163", "The 163 reviews that did "
             "not happen on time"))
    w.para("Of the reviews held for children aged four and over, 97% included the child's "
           "views, compared with 95% the year before; 62% of those children came to at least "
           "part of their meeting. A parent, or another adult with parental responsibility, "
           "contributed to 54% of reviews, and the service wants to see this rise.",
           F("child_participation_pct", "2021-22", "95", "compared with 95% the year before"),
           F("parent_participation_pct", "2022-23", "54", "contributed to 54% of reviews"))

    w.heading("5. Children's plans", size=12.5)
    w.para("IROs check the care plan, the personal education plan and, for older young "
           "people, the pathway plan at every review. Personal education plans were current "
           "for 88% of children of statutory school age, and 91% of young people entitled to "
           "one had a pathway plan reviewed in the last six months.",
           F("pep_up_to_date_pct", "2022-23", "88", "Personal education plans were current "
             "for 88% of children of statutory school age"),
           F("pathway_plan_up_to_date_pct", "2022-23", "91", "91% of young people entitled "
             "to one had a pathway plan reviewed in the last six months"))

    w.heading("6. Between reviews", size=12.5)
    w.para("IROs are expected to see each child before a review and to be available in "
           "between. The 1,377 visits and conversations recorded in 2022/23 compare with "
           "1,105 in 2021/22; the increase reflects lower caseloads and a deliberate push to "
           "meet younger children in their placements.",
           F("iro_visits", "2021-22", "1105", "compare with 1,105 in 2021/22"))

    w.heading("7. Challenge and escalation", size=12.5)
    w.para("The Challenge and Escalation Framework has three stages. The first is a "
           "conversation between the IRO and the team manager; the second and third, with "
           "the Head of Service and then the Assistant Director, are the formal stages. IROs "
           "raised 168 practice queries, against 142 in 2021/22, and escalated 31 matters. "
           "Twenty-two of these were resolved at the first stage and nine went to a formal "
           "stage; none needed a referral to Cafcass. Delay in permanence planning was the "
           "theme in 12 of the 31 escalations.",
           F("case_alerts", "2021-22", "142", "against 142 in 2021/22"),
           F("drp_formal_count", "2022-23", "9", "nine went to a formal stage"))

    w.heading("8. Priorities for 2023/24", size=12.5)
    w.fig_bullets([
        "Hold at least 96% of reviews on time.",
        "Keep average caseloads at or below 55 children per FTE IRO.",
        "Raise the share of reviews with a parent's contribution to 60%.",
        "Pilot young people chairing part of their own review.",
    ])
    return mc._finish(w)


# --------------------------------------------------------------------------- 2. Rutland


def build_rutland():
    info = BY_COUNCIL["Rutland"]
    pdf = HReport(font="times", header_left="Rutland County Council",
                  header_right="Independent Reviewing Service Annual Report 2019/20",
                  footer_center="Shared Reviewing Service  -  {n}",
                  title="Independent Reviewing Officer Annual Report 2019/20",
                  author="Shared Reviewing Service for Rutland County Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 11.5, 5.6
    pdf.add_page()
    w.title("Rutland County Council", size=16, h=8)
    w.title("Independent Reviewing Officer Annual Report 2019/20", size=19, h=9)
    w.para("Prepared by the Shared Reviewing Service for Rutland's Corporate Parenting Board",
           style="I", after=3)
    w.disclaimer(DISCLAIMER.format(council="Rutland County Council"))
    pdf.ln(3)

    w.heading("About the service", size=13)
    w.para("Since 2016 Rutland's Independent Reviewing Officers have been provided by the "
           "Shared Reviewing Service, a small regional team hosted by Leicestershire County "
           "Council which also reviews the plans of around 680 Leicestershire children. Two "
           "IROs, together 1.5 full-time equivalent, are allocated to Rutland's children in "
           "care (CiC), so that each child keeps the same IRO wherever they live.",
           F("iro_fte", "2019-20", "1.5", "Two IROs, together 1.5 full-time equivalent, are "
             "allocated to Rutland's children in care"))
    w.para("The caseload of the IROs who serve Rutland averaged 54 children per full-time "
           "equivalent, counting the Leicestershire children they also review. That is within "
           "the 50-70 band in the IRO Handbook, but the travelling is considerable: more than "
           "half of Rutland's CLA live outside the county.",
           F("iro_caseload_avg", "2019-20", "54", "The caseload of the IROs who serve Rutland "
             "averaged 54 children per full-time equivalent"))

    w.heading("Rutland's children in care", size=13)
    w.para("At 31 March 2020 Rutland County Council was looking after 41 children, up from 37 "
           "a year earlier. With so small a group, one sibling group arriving or leaving can "
           "move the figures noticeably, and percentages in this report should be read with "
           "that in mind.",
           F("cla_count", "2019-20", "41", "At 31 March 2020 Rutland County Council was "
             "looking after 41 children"),
           F("cla_count", "2018-19", "37", "up from 37 a year earlier"))
    w.para("Our rate of LAC per 10,000 children was 51 at the year end. The latest comparator "
           "data, for 31 March 2019, give a regional figure of 55 and a national figure of 65; "
           "Rutland's own rate at that date was 46, close to the average for its statistical "
           "neighbours (44).",
           F("cla_rate_per_10k", "2019-20", "51", "Our rate of LAC per 10,000 children was 51"),
           F("cla_rate_per_10k", "2018-19", "55", "a regional figure of 55",
             comparator="region"),
           F("cla_rate_per_10k", "2018-19", "65", "a national figure of 65",
             comparator="england"),
           F("cla_rate_per_10k", "2018-19", "46", "Rutland's own rate at that date was 46"),
           F("cla_rate_per_10k", "2018-19", "44", "the average for its statistical neighbours "
             "(44)", comparator="statistical_neighbours"))
    w.para("Eighteen children became CLA during 2019/20, four more than the year before. That "
           "is 23 children per 10,000, against 25 in the region and 26 nationally in 2018/19. "
           "Three of the 41 were unaccompanied asylum-seeking children who came to Rutland "
           "through the National Transfer Scheme.",
           F("cla_starts", "2019-20", "18", "Eighteen children became CLA during 2019/20"),
           F("cla_starts", "2018-19", "14", "four more than the year before", optional=1),
           F("cla_starts_rate_per_10k", "2019-20", "23", "That is 23 children per 10,000"),
           F("cla_starts_rate_per_10k", "2018-19", "25", "against 25 in the region",
             comparator="region"),
           F("cla_starts_rate_per_10k", "2018-19", "26", "26 nationally in 2018/19",
             comparator="england"),
           F("uasc_count", "2019-20", "3", "Three of the 41 were unaccompanied asylum-seeking "
             "children"))
    w.para("Twenty-four of the 41 are boys, and 15 are aged between ten and fifteen. Nine LAC "
           "(22%) were accommodated under section 20 at 31 March, a larger share than "
           "nationally, and IROs have asked for each of these arrangements to be considered "
           "by the legal gateway panel.",
           F("s20_pct", "2019-20", "22", "Nine LAC (22%) were accommodated under section 20"))

    w.heading("Reviews and participation", size=13)
    w.para("The IROs chaired 112 reviews for Rutland CiC in 2019/20. All but five were held "
           "within statutory timescales, 95.5%; the regional figure, from the East Midlands "
           "IRO managers' benchmarking group, was 91%. In 2018/19, when 118 reviews were "
           "held, timeliness was 93.2%.",
           F("cla_reviews_held", "2019-20", "112", "The IROs chaired 112 reviews for Rutland "
             "CiC in 2019/20"),
           F("cla_reviews_out_of_timescale", "2019-20", "5", "All but five were held within "
             "statutory timescales"),
           F("cla_reviews_in_timescale_pct", "2019-20", "95.5", "All but five were held "
             "within statutory timescales, 95.5%"),
           F("cla_reviews_in_timescale_pct", "2019-20", "91", "the regional figure, from the "
             "East Midlands IRO managers' benchmarking group, was 91%", comparator="region"),
           F("cla_reviews_held", "2018-19", "118", "when 118 reviews were held"),
           F("cla_reviews_in_timescale_pct", "2018-19", "93.2", "timeliness was 93.2%"))
    w.para("Children aged four and over took part in 97% of their LAC reviews, whether by "
           "attending, by talking to their IRO beforehand or through an advocate; regionally "
           "the figure was 93%. Mothers or fathers were involved in 61% of CLA reviews.",
           F("child_participation_pct", "2019-20", "97", "Children aged four and over took "
             "part in 97% of their LAC reviews"),
           F("child_participation_pct", "2019-20", "93", "regionally the figure was 93%",
             comparator="region"),
           F("parent_participation_pct", "2019-20", "61", "Mothers or fathers were involved "
             "in 61% of CLA reviews"))
    w.para("IROs made 58 visits to CiC between their reviews, most of them in the child's "
           "placement and several a long way from Oakham.",
           F("iro_visits", "2019-20", "58", "IROs made 58 visits to CiC between their "
             "reviews"))

    w.heading("Plans", size=13)
    w.para("At the year end every CiC had a care plan that had been reviewed within the last "
           "six months (100%). 29 of the 31 LAC of school age (94%) had an up-to-date PEP, "
           "and 22 of the 25 eligible and relevant young people (88%) had a current pathway "
           "plan.",
           F("care_plan_up_to_date_pct", "2019-20", "100", "every CiC had a care plan that had "
             "been reviewed within the last six months (100%)"),
           F("pep_up_to_date_pct", "2019-20", "94", "29 of the 31 LAC of school age (94%) had "
             "an up-to-date PEP"),
           F("pathway_plan_up_to_date_pct", "2019-20", "88", "22 of the 25 eligible and "
             "relevant young people (88%) had a current pathway plan"))

    w.heading("When things go wrong", size=13)
    w.para("IROs logged 19 quality observations on children's records, the first step when "
           "something in a child's plan needs attention. On seven occasions an IRO used the "
           "Partnership's escalation protocol for a Rutland child. Each was settled at the "
           "first, informal stage, so none became a formal dispute.",
           F("case_alerts", "2019-20", "19", "IROs logged 19 quality observations"),
           F("drp_count", "2019-20", "7", "On seven occasions an IRO used the Partnership's "
             "escalation protocol"),
           F("drp_formal_count", "2019-20", "0", "none became a formal dispute", optional=1))

    w.heading("Covid-19", size=13)
    w.para("From 23 March 2020 all reviews were held by telephone or video. The IROs kept in "
           "touch with children by text and video call, and the first weeks of lockdown "
           "showed that some older young people preferred this.")

    w.heading("Priorities for 2020/21", size=13)
    w.fig_bullets([
        "Every review held on time: 100% is achievable for a group this size.",
        "Offer every CiC aged 11 or over the chance to chair part of their review.",
        "Keep IRO caseloads below 60 while reviews remain virtual.",
    ])
    return mc._finish(w)


# --------------------------------------------------------------------------- 3. Lancashire


class _MixedReport(HReport):
    """HReport whose running header and footer follow the page width, so that a landscape
    page in a portrait report keeps them at its edges."""

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


def build_lancashire():
    info = BY_COUNCIL["Lancashire"]
    pdf = _MixedReport(header_left="Lancashire County Council",
                       header_right="Independent Reviewing Officer Service  |  Annual Report "
                       "2023/24", footer_center="{n}",
                       title="Independent Reviewing Officer Service Annual Report 2023/24",
                       author="Lancashire County Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 10.5, 5.3
    pdf.add_page()
    w.title("Independent Reviewing Officer Service", size=20, h=10)
    w.title("Annual Report 2023/24", size=16, h=8)
    w.para("Education and Children's Services  -  Quality, Review and Safeguarding", style="I",
           after=2)
    w.disclaimer(DISCLAIMER.format(council="Lancashire County Council"))
    pdf.ln(2)

    w.heading("1. Introduction", size=12.5)
    w.para("This report covers the work of Lancashire's IRO service from April 2023 to March "
           "2024. It is presented to the Corporate Parenting Board and then to the Children, "
           "Families and Skills Scrutiny Committee, as the IRO Handbook expects. Unless stated "
           "otherwise, figures about children looked after come from the council's SSDA903 "
           "return, which is provisional until the Department for Education publishes its "
           "statistics in the autumn.")
    w.para("The format is new this year. The Board asked to see how the service performed "
           "through the year rather than only at its end, so section 7 reports each measure "
           "by quarter alongside the year as a whole and the previous year. The table is set "
           "out on a landscape page.")

    w.heading("2. Summary", size=12.5)
    w.para("It was a year of steady improvement in difficult conditions. More children were "
           "looked after at the end of the year than at any point in the last decade, and "
           "more reviews were held, yet timeliness improved and caseloads came down as new "
           "IROs joined. The number of disputes raised by IROs went up, and more of them had "
           "to be settled at a senior level, which the service sees as a sign that challenge "
           "is being taken seriously rather than as a failure.")

    w.heading("3. Lancashire's looked after children", size=12.5)
    w.para("The number of children looked after at the end of each quarter is shown in Table "
           "2. The year-end figure is a rate of 79 children per 10,000 aged under 18, up from "
           "76 at 31 March 2023. On that date in 2023 the rate was 97 across the North West, "
           "84 among Lancashire's statistical neighbours and 71 in England.",
           F("cla_rate_per_10k", "2023-24", "79", "a rate of 79 children per 10,000 aged "
             "under 18"),
           F("cla_rate_per_10k", "2022-23", "76", "up from 76 at 31 March 2023"),
           F("cla_rate_per_10k", "2022-23", "97", "97 across the North West",
             comparator="region"),
           F("cla_rate_per_10k", "2022-23", "84", "84 among Lancashire's statistical "
             "neighbours", comparator="statistical_neighbours"),
           F("cla_rate_per_10k", "2022-23", "71", "71 in England", comparator="england"))
    w.para("Starts in 2023/24 were equivalent to 24.3 per 10,000 children. Unaccompanied "
           "asylum-seeking children numbered 118 at the year end, 5.6% of the total. The "
           "proportion accommodated under section 20 fell to 8.4%, compared with 10.1% at the "
           "end of 2022/23. Children from the three East Lancashire districts of Burnley, "
           "Pendle and Rossendale made up 34% of those looked after.",
           F("cla_starts_rate_per_10k", "2023-24", "24.3", "Starts in 2023/24 were equivalent "
             "to 24.3 per 10,000 children"),
           F("uasc_count", "2023-24", "118", "Unaccompanied asylum-seeking children numbered "
             "118 at the year end"),
           F("s20_pct", "2023-24", "8.4", "The proportion accommodated under section 20 fell "
             "to 8.4%"),
           F("s20_pct", "2022-23", "10.1", "compared with 10.1% at the end of 2022/23"))

    w.heading("4. The IRO service", size=12.5)
    w.para("At 31 March 2024 the service had 32.6 FTE IROs in post against an establishment of "
           "34.0 FTE; a year earlier there were 30.8 FTE. The 36 IROs work from offices in "
           "Preston, Lancaster and Accrington and are managed by four senior IROs. The "
           "service shares training days with the IRO teams of Blackpool and Blackburn with "
           "Darwen.",
           F("iro_fte", "2023-24", "32.6", "the service had 32.6 FTE IROs in post"),
           F("iro_fte", "2022-23", "30.8", "a year earlier there were 30.8 FTE"))

    w.heading("5. What children and young people told us", size=12.5)
    w.para("The Children in Care Council helped the service rewrite its review survey this "
           "year. 212 children and young people returned it: 86% said they knew how to "
           "contact their IRO and 74% said their review had changed something for them. "
           "Younger children asked for shorter meetings; older ones asked for fewer "
           "professionals in the room and more say over who is invited.")
    w.para("Members of the Children in Care Council also interviewed candidates for IRO posts "
           "for the first time, and took part in training for new IROs on writing review "
           "records to the child.")

    w.heading("6. Quality assurance of the IRO service", size=12.5)
    w.para("Senior IROs audited 120 review records during the year against the service's "
           "practice standards; 78% were judged good or outstanding, and the most common "
           "shortfall was a record that did not say clearly what would happen before the "
           "next review. Each IRO was observed chairing at least one review. Feedback forms "
           "were returned by 96 social workers, 91% of whom said the review had been well "
           "prepared.")
    w.para("The service also took part in a regional peer review with two other North West "
           "authorities in November 2023. Reviewers found the IRO footprint on children's "
           "files clear and timely, but noted that challenge to the placements service over "
           "children living far from home was not always followed up. The service has since "
           "added placement distance to the matters IROs record at every review.")

    w.heading("7. Performance through the year", size=12.5)
    w.para("Table 2 on the next page gives each measure for the four quarters of 2023/24, for "
           "the year as a whole and for 2022/23. The Target column shows the standards the "
           "Corporate Parenting Board has set; for caseloads it shows the range in the IRO "
           "Handbook.")

    # landscape page with the quarterly table -----------------------------------------
    pdf.add_page(orientation="L")
    cap = "Table 2: IRO service performance by quarter, 2023/24"
    w.caption(cap, keep=60)
    cols = ("Q1 (Apr-Jun)", "Q2 (Jul-Sep)", "Q3 (Oct-Dec)", "Q4 (Jan-Mar)",
            "2023/24 year", "2022/23 previous year", "Target")
    rows = [
        ("Children looked after at end of quarter", "cla_count",
         ("2,041", "2,067", "2,088", "2,102", "2,102", "1,998", "-")),
        ("Children starting to be looked after", "cla_starts",
         ("171", "158", "149", "166", "644", "612", "-")),
        ("LAC reviews held", "cla_reviews_held",
         ("1,502", "1,488", "1,571", "1,537", "6,098", "5,874", "-")),
        ("Reviews held within timescale (%)", "cla_reviews_in_timescale_pct",
         ("93.1", "94.8", "92.6", "95.3", "94.0", "92.7", "95.0")),
        ("Reviews outside timescale", "cla_reviews_out_of_timescale",
         ("104", "77", "116", "72", "369", "429", "-")),
        ("Children aged 4+ participating in their review (%)", "child_participation_pct",
         ("95.2", "96.0", "95.7", "96.4", "95.8", "94.9", "97.0")),
        ("Reviews with a parent participating (%)", "parent_participation_pct",
         ("49", "52", "50", "53", "51", "48", "-")),
        ("IRO visits to children between reviews", "iro_visits",
         ("402", "436", "451", "477", "1,766", "1,540", "-")),
        ("Practice alerts raised by IROs", "case_alerts",
         ("58", "61", "49", "66", "234", "251", "-")),
        ("Disputes raised (all DRP stages)", "drp_count",
         ("14", "9", "12", "11", "46", "38", "-")),
        ("Average LAC caseload per FTE IRO", "iro_caseload_avg",
         ("66", "65", "63", "61", "64", "67", "50-70")),
    ]
    w.grid([("Measure",) + cols] + [(label,) + vals for label, _, vals in rows],
           col_widths=(80, 22, 22, 22, 22, 24, 41, 24), align=("LEFT",) + ("CENTER",) * 7,
           size=9, line_height=5.6,
           cell_fill=lambda i, j, v: (235, 242, 250) if j in (5, 6) else None)
    for label, metric, vals in rows:
        if metric == "cla_count":
            # quarter-end snapshots at 30 June, 30 September and 31 December are optional;
            # Q4 is the 31 March figure repeated in the year column
            _cells(w, cap, label, metric, cols[:3] + cols[4:6], vals[:3] + vals[4:6],
                   ("2023-24",) * 4 + ("2022-23",), optional=(0, 1, 2))
        else:
            # quarterly columns are breakdowns of the year; Target is a standard
            _cells(w, cap, label, metric, cols[4:6], vals[4:6], ("2023-24", "2022-23"))
    pdf.set_font(pdf.base_font, style="I", size=8.5)
    pdf.multi_cell(0, 4.2, "Notes: counts in the year columns are totals for the year; "
                   "percentages are for the year as a whole; the number looked after is the "
                   "position at the end of the period; caseloads are the average of the four "
                   "quarter-end figures. Targets are local standards set by the Corporate "
                   "Parenting Board, except the caseload range, which is the IRO Handbook's.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(pdf.base_font, size=w.size)

    # back to portrait --------------------------------------------------------------
    pdf.add_page(orientation="P")
    w.heading("8. Commentary on the quarterly figures", size=12.5, before=0)
    w.para("Timeliness dipped in the third quarter, to 92.6%, when two IROs were on long-term "
           "sick leave over the same weeks; December alone was 89.8%. It recovered in the "
           "fourth quarter, the first in which the Board's standard of 95% was met. Most "
           "reviews outside timescale were first reviews held late because the service was "
           "told of a child's admission to care after the event.")
    w.para("Participation by children rose in every quarter but the third, and remains just "
           "below the Board's standard. Parental participation is the measure that has moved "
           "least; IROs are now offering parents a separate meeting where joint meetings "
           "have broken down.")

    w.heading("9. Plans", size=12.5)
    w.para("At 31 March 2024, 95.7% of looked after children had an up-to-date care plan. The "
           "ePEP completion rate for the spring term was 84%, and 79% of care leavers aged 18 "
           "to 21 had a pathway plan reviewed within six months.",
           F("care_plan_up_to_date_pct", "2023-24", "95.7", "95.7% of looked after children "
             "had an up-to-date care plan"),
           F("pep_up_to_date_pct", "2023-24", "84", "The ePEP completion rate for the spring "
             "term was 84%"),
           F("pathway_plan_up_to_date_pct", "2023-24", "79", "79% of care leavers aged 18 to "
             "21 had a pathway plan reviewed within six months"))

    w.heading("10. Dispute resolution", size=12.5)
    w.para("Lancashire's Dispute Resolution Process has four stages; stages 3 and 4, at Head "
           "of Service and Director level, are the formal stages. Of the 46 disputes raised in "
           "2023/24, 21 were resolved at stage 1, 12 at stage 2, 10 at stage 3 and three at "
           "stage 4, so 13 reached the formal stages, compared with 9 of the 38 in 2022/23. "
           "Permanence planning and delays in health assessments were the commonest "
           "reasons.",
           F("drp_formal_count", "2023-24", "13", "so 13 reached the formal stages"),
           F("drp_formal_count", "2022-23", "9", "compared with 9 of the 38 in 2022/23"))

    w.heading("11. Priorities for 2024/25", size=12.5)
    w.fig_bullets([
        "Meet the 95% timeliness standard in every quarter.",
        "Bring average caseloads down to 60 by the end of Q2.",
        "Reach 55% parental participation.",
        "Ask every young person aged 16 or 17 how they would like their review to run.",
    ])
    return mc._finish(w)


# --------------------------------------------------------------------------- 4. Torbay


def build_torbay():
    info = BY_COUNCIL["Torbay"]
    pdf = HReport(footer_left="Torbay Council  -  Briefing note", footer_right="{n}",
                  title="Briefing note: Independent Reviewing Officer Annual Report 2015/16",
                  author="Torbay Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 10, 4.9
    pdf.add_page()
    w.title("Torbay Council", size=15, h=8)
    w.title("Briefing note: Independent Reviewing Officer Annual Report 2015/16", size=13.5,
            h=7)
    pdf.ln(1)
    w.kv_lines([("Meeting:", "Overview and Scrutiny Board (Children's Services Review Panel)"),
                ("Date:", "14 September 2016"),
                ("From:", "Safeguarding and Reviewing Manager"),
                ("Status:", "For information")], label_w=26, size=10, h=5.4)
    pdf.ln(1.5)
    w.disclaimer("Illustrative briefing note written for a fourth held-out test of the "
                 "open-source iro tool. Torbay Council is real, but this note and every figure "
                 "in it are invented and do not reproduce any Torbay Council document.")
    pdf.ln(2)
    w.para("Members asked for a short briefing, in question-and-answer form, before they "
           "consider the full annual report of the Independent Reviewing Officer (IRO) "
           "service. The answers are taken from the report, which is available from the "
           "Scrutiny Officer.", after=3)

    def qa(question, answer, *figs):
        w.para("Q: " + question, style="B", after=0.8)
        w.para("A: " + answer, *figs, after=2.6)

    qa("How many children does Torbay look after, and is that high?",
       "On 31 March 2016 there were 311 children in the care of Torbay Council. That equates "
       "to 125 per 10,000 children, more than twice the England rate of 60 and well above the "
       "South West rate of 52. Our statistical neighbours averaged 88.",
       F("cla_count", "2015-16", "311", "there were 311 children in the care of Torbay "
         "Council"),
       F("cla_rate_per_10k", "2015-16", "125", "That equates to 125 per 10,000 children"),
       F("cla_rate_per_10k", "2015-16", "60", "the England rate of 60", comparator="england"),
       F("cla_rate_per_10k", "2015-16", "52", "the South West rate of 52", comparator="region"),
       F("cla_rate_per_10k", "2015-16", "88", "Our statistical neighbours averaged 88",
         comparator="statistical_neighbours"))
    qa("Has the number gone up?",
       "Slightly. There were 296 a year earlier. More children came into care in 2015/16 "
       "(148) than in 2014/15 (131), but more also left, mainly through special guardianship "
       "orders and adoption.",
       F("cla_count", "2014-15", "296", "There were 296 a year earlier"),
       F("cla_starts", "2015-16", "148", "More children came into care in 2015/16 (148)"),
       F("cla_starts", "2014-15", "131", "than in 2014/15 (131)"))
    qa("Are any of them unaccompanied asylum-seeking children?",
       "Five unaccompanied asylum-seeking children were in our care at the year end. Torbay "
       "will take part in the National Transfer Scheme launched in July 2016, working with "
       "Devon on placements.",
       F("uasc_count", "2015-16", "5", "Five unaccompanied asylum-seeking children were in "
         "our care at the year end"))
    qa("What proportion are in care by agreement with their parents?",
       "26% were accommodated under section 20 at 31 March 2016. IROs look at whether this is "
       "still appropriate at every review.",
       F("s20_pct", "2015-16", "26", "26% were accommodated under section 20"))
    qa("How many IROs are there, and how many children does each one have?",
       "Six IROs work in the team, 5.4 full-time equivalent between them. At the year end the "
       "average caseload was 58 children per full-time post, against 63 in March 2015. The IRO "
       "Handbook's guide is 50\u201370.",
       F("iro_fte", "2015-16", "5.4", "5.4 full-time equivalent between them"),
       F("iro_caseload_avg", "2015-16", "58", "the average caseload was 58 children per "
         "full-time post"),
       F("iro_caseload_avg", "2014-15", "63", "against 63 in March 2015"))
    qa("Are reviews held when they should be?",
       "Mostly. The IROs chaired 872 reviews in 2015/16 and 96.9% were in timescale. 27 were "
       "late; in most cases the date was moved so that a parent or the child's school could "
       "attend. There is no published national figure to compare against.",
       F("cla_reviews_held", "2015-16", "872", "The IROs chaired 872 reviews in 2015/16"),
       F("cla_reviews_in_timescale_pct", "2015-16", "96.9", "96.9% were in timescale"),
       F("cla_reviews_out_of_timescale", "2015-16", "27", "27 were late"))
    qa("Do children and parents take part?",
       "Ninety-six per cent of children aged four and over took part in their review in some "
       "way, most often by attending. Parents took part in 44% of reviews; the service wants "
       "to understand why the figure is lower for fathers.",
       F("child_participation_pct", "2015-16", "96", "Ninety-six per cent of children aged "
         "four and over took part in their review"),
       F("parent_participation_pct", "2015-16", "44", "Parents took part in 44% of reviews"))
    qa("Do IROs see children outside their reviews?",
       "Yes. IROs recorded 402 contacts with children between reviews, by visit, telephone or "
       "text message.",
       F("iro_visits", "2015-16", "402", "IROs recorded 402 contacts with children between "
         "reviews"))
    qa("Are children's plans up to date?",
       "At the year end 92% of children had an up-to-date care plan and 78% of school-age "
       "children a current personal education plan. Pathway plans are the weakest area: 70% "
       "of young people aged 16 and over had one that was up to date.",
       F("care_plan_up_to_date_pct", "2015-16", "92", "92% of children had an up-to-date care "
         "plan"),
       F("pep_up_to_date_pct", "2015-16", "78", "78% of school-age children a current "
         "personal education plan"),
       F("pathway_plan_up_to_date_pct", "2015-16", "70", "70% of young people aged 16 and "
         "over had one that was up to date"))
    qa("What can an IRO do if they are unhappy with a child's plan?",
       "They first raise it with the team manager, and 71 concerns were raised informally "
       "with team managers in this way. If that does not work they use the Dispute Resolution "
       "Process. The DRP was used 26 times; four disputes reached the formal stage, at "
       "Assistant Director level.",
       F("case_alerts", "2015-16", "71", "71 concerns were raised informally with team "
         "managers"),
       F("drp_count", "2015-16", "26", "The DRP was used 26 times"),
       F("drp_formal_count", "2015-16", "4", "four disputes reached the formal stage"))
    qa("What will the service aim for in 2016/17?",
       "The improvement plan asks for 98% of reviews in timescale, caseloads of no more than "
       "55 and 85% of PEPs up to date. An extra 0.6 FTE IRO post has been funded from October "
       "2016.")
    return mc._finish(w)


# --------------------------------------------------------------------------- 5. Ealing


def build_ealing():
    info = BY_COUNCIL["Ealing"]
    pdf = HReport(font="times", header_left="London Borough of Ealing",
                  header_right="Children's Services", footer_center="IRO Annual Report "
                  "2017-18  " + DASH + "  page {n}",
                  title="Independent Reviewing Officer Annual Report 2017-18",
                  author="Ealing Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 11, 5.3
    pdf.add_page()
    w.title("Independent Reviewing Officer Annual Report 2017-18", size=18, h=9)
    w.para("Safeguarding and Quality Assurance Service", style="I", after=2)
    w.disclaimer(DISCLAIMER.format(council="the London Borough of Ealing"))
    pdf.ln(2)

    def dash(label, value):
        return f"{label} {DASH} {value}"

    w.heading("Key facts for 2017-18", size=12.5)
    facts = [
        ("Looked after children at 31 March 2018", "334", "cla_count"),
        ("Rate per 10,000 children under 18", "43", "cla_rate_per_10k"),
        ("Entered care during 2017-18", "196", "cla_starts"),
        ("Unaccompanied asylum-seeking children (UASC)", "47", "uasc_count"),
        ("Independent Reviewing Officers", "7.5 FTE", "iro_fte"),
        ("Average caseload per full-time IRO", "45", "iro_caseload_avg"),
        ("Reviews chaired", "951", "cla_reviews_held"),
        ("IRO visits to children between reviews", "388", "iro_visits"),
        ("Informal resolution notes issued", "124", "case_alerts"),
    ]
    w.fig_bullets([(dash(label, value),
                    [F(metric, "2017-18", value.split()[0], dash(label, value))])
                   for label, value, metric in facts], after=2)

    cmp_cap = "Children looked after per 10,000, 31 March 2017 (latest published):"
    w.para(cmp_cap, style="B", after=1)
    comps = [("Ealing", "41", "la"), ("Outer London", "48", "region"),
             ("Statistical neighbours", "46", "statistical_neighbours"),
             ("England", "62", "england")]
    w.fig_bullets([(dash(name, v), []) for name, v, _ in comps], mark="-", after=2)
    for name, v, comp in comps:
        w.table_figs(cell_fig("cla_rate_per_10k", "2016-17", v, cmp_cap, dash(name, v),
                              comparator=comp))

    w.heading("Ealing's children in care", size=12.5)
    w.para("The looked after population grew from 321 at the end of March 2017 to 334. Boys "
           "outnumber girls, 201 (60%) against 133 (40%), and young people aged 16 and 17 are "
           "the largest group, 118 (35%), which reflects the number of unaccompanied young "
           "people Ealing looks after. Of the 196 children who entered care, 31 (16%) were "
           "unaccompanied young people, most of them first seen at the borough's Civic Centre "
           "or referred by the police.",
           F("cla_count", "2016-17", "321", "from 321 at the end of March 2017"))
    w.para("Section 20 accounted for 48 (14%) of the 334 children at the year end, down from "
           "19% a year before, after IROs and the legal team looked again at every long-"
           "standing voluntary arrangement.",
           F("s20_pct", "2017-18", "14", "Section 20 accounted for 48 (14%) of the 334 "
             "children"),
           F("s20_pct", "2016-17", "19", "down from 19% a year before"))
    w.para("Where children lived at 31 March 2018:", style="B", after=1)
    w.fig_bullets([dash("Foster care", "221 (66%)"),
                   dash("Residential (children's homes)", "38 (11%)"),
                   dash("Semi-independent living", "52 (16%)"),
                   dash("Placed with parents", "9 (3%)"),
                   dash("Other", "14 (4%)")], after=2)
    w.para("As in neighbouring Hounslow and Hillingdon, a growing share of children live "
           "outside the borough because local foster homes are scarce.")

    w.heading("Reviews", size=12.5)
    w.para("Of the 951 reviews, 872 (91.7%) were held within timescale and 79 (8.3%) were not. "
           "That compares with 88.9% on time in 2016-17, when 904 reviews were held.",
           F("cla_reviews_in_timescale_pct", "2017-18", "91.7", "872 (91.7%) were held within "
             "timescale"),
           F("cla_reviews_out_of_timescale", "2017-18", "79", "79 (8.3%) were not"),
           F("cla_reviews_in_timescale_pct", "2016-17", "88.9", "That compares with 88.9% on "
             "time in 2016-17"),
           F("cla_reviews_held", "2016-17", "904", "when 904 reviews were held"))
    w.para("Of the 864 reviews of children aged four and over, the child participated in 812 "
           "(94%). Advocates supported 112 (13%) of them. Parents contributed to 533 (56%) of "
           "all reviews, in person or by telephone.",
           F("child_participation_pct", "2017-18", "94", "the child participated in 812 "
             "(94%)"),
           F("parent_participation_pct", "2017-18", "56", "Parents contributed to 533 (56%) "
             "of all reviews"))

    w.heading("Plans at 31 March 2018", size=12.5)
    plans = [("Up-to-date care plans", "305 (91%)", "care_plan_up_to_date_pct", "91"),
             ("Personal education plans completed in the summer term", "214 (87%)",
              "pep_up_to_date_pct", "87"),
             ("Pathway plans reviewed in the last six months", "163 (79%)",
              "pathway_plan_up_to_date_pct", "79")]
    w.fig_bullets([(dash(label, v), [F(metric, "2017-18", pct, dash(label, v))])
                   for label, v, metric, pct in plans], after=2)

    w.heading("The IRO team", size=12.5)
    w.para("Nine IROs share the 7.5 FTE posts, and the team is managed by the Reviewing "
           "Service Manager. The average caseload of 45 compares with 52 in March 2017 and "
           "with the Handbook's 50" + DASH + "70. Lower caseloads have allowed IROs to see "
           "children between reviews far more often.",
           F("iro_caseload_avg", "2016-17", "52", "compares with 52 in March 2017"))

    w.heading("Resolving disagreements", size=12.5)
    w.para("Most concerns are settled through an informal resolution note to the team "
           "manager. Where they are not, the IRO starts the Dispute Resolution Protocol, whose "
           "four stages are set out in Appendix 2 with the number of disputes concluded at "
           "each. Disputes were mostly settled quickly: 58 (87%) within 20 working days.")

    w.heading("Priorities for 2018-19", size=12.5)
    w.fig_bullets([dash("Reviews in timescale", "at least 95%"),
                   dash("Parental participation", "60% of reviews"),
                   dash("Average caseload", "below 50 per FTE")], after=2)

    pdf.add_page()
    w.heading("Appendix 1: The IRO's role", size=12.5, before=0)
    w.para("Section 25A of the Children Act 1989 requires the council to appoint an IRO for "
           "every looked after child. The IRO Handbook (2010) describes the IRO's duties: "
           "chairing the child's reviews, monitoring the council's performance of its "
           "functions in relation to the child, making sure that the child's wishes and "
           "feelings are given due weight, and escalating concerns, if necessary to Cafcass. "
           "A child's first review must be held within 20 working days of coming into care, "
           "the second within three months of the first and later reviews at intervals of no "
           "more than six months.")
    pdf.ln(2)
    cap = "Appendix 2: Disputes by the stage at which they were concluded"
    w.caption(cap, keep=50)
    head = ("Stage", "Who is involved", "2016-17", "2017-18")
    body = [("Stage 1 (informal)", "IRO and team manager", "41", "52"),
            ("Stage 2 (formal)", "IRO manager and service manager", "9", "11"),
            ("Stage 3 (formal)", "Head of Service", "3", "4"),
            ("Stage 4 (formal)", "Director of Children's Services", "1", "0"),
            ("All disputes", "", "54", "67"),
            ("Reached a formal stage (2-4)", "", "13", "15")]
    w.grid([head] + body, col_widths=(52, 62, 26, 26), align=("LEFT", "LEFT", "CENTER",
                                                               "CENTER"),
           size=10, line_height=6,
           cell_fill=lambda i, j, v: (240, 240, 240) if i >= 5 else None)
    for label, _, a, b in body:
        metric = {"All disputes": "drp_count",
                  "Reached a formal stage (2-4)": "drp_formal_count"}.get(label)
        if metric:  # stage rows are a breakdown
            _cells(w, cap, label, metric, head[2:], (a, b), ("2016-17", "2017-18"))
    return mc._finish(w)


BUILDERS = {"Hertfordshire": build_hertfordshire, "Rutland": build_rutland,
            "Lancashire": build_lancashire, "Torbay": build_torbay, "Ealing": build_ealing}


def build_all(check: bool = True):
    return mh.build_set(SAMPLES, BUILDERS, check)


README = """\
# Fourth held-out test set (illustrative)

Five IRO report PDFs made by `scripts/make_holdout4.py`, with an answer key in the gold
format. **The councils are real, so that council detection can be tested, but every
figure, name and event in these documents is invented.** Each PDF says so on its first
page. Do not quote them as council data.

The documents were drafted after the first three hold-out sets, without reading
`extractor/` or `patterns/` and without running the tool, in layouts and wordings the
earlier sets do not use: an infographic 'at a glance' page of big numbers with labels
underneath, a report written by a shared reviewing service hosted by another council, a
landscape quarterly table, a scrutiny briefing in question-and-answer form, and 'Label
\u2013 value' bullet lists with parenthetical counts and a dispute-stage appendix. Use the
score as an estimate of performance on unseen reports; once it has informed the
patterns it becomes a regression test and a fresh set is needed.

Regenerate with `python scripts/make_holdout4.py`.

## Files

- `n*.pdf` - the documents (neutral file names).
- `documents.csv` - doc, council, ons_code (left empty), la_number, region (from the DfE
  register), period, kind. Torbay's scrutiny briefing note is recorded as
  `cover_report` (a committee paper about the report, not the report itself).
- `figures.csv` - the answer key in the gold columns. A 31 March snapshot belongs to the
  year ending then; comparator figures stated for 31 March 2022 (Hertfordshire), 31 March
  2019 / 2018/19 (Rutland), 31 March 2023 (Lancashire) and 31 March 2017 (Ealing) belong
  to those years, not to the report's year. Infographic tiles are recorded with evidence
  ` ... `-joining the page title, the big number and its label; Ealing's comparator list
  joins its lead-in line and the 'Name \u2013 value' line; table evidence joins caption,
  row label, column header and cell. In Lancashire's quarterly table only the year and
  previous-year columns are recorded, except that the quarter-end counts of children
  looked after at 30 June, 30 September and 31 December are `optional=1` (snapshots at
  odd dates). Other `optional=1` rows: Rutland's starts implied by 'four more than the
  year before' (14) and its zero formal disputes implied by 'none became a formal
  dispute'. Where prose repeats a figure already recorded (a tile, a table cell) the row
  is recorded once. Rutland's IRO caseload (54) is the shared service's IROs' caseload
  including children of the host council, recorded as Rutland's IRO caseload.

| doc | council | period | kind | pages | layout | rows (optional) |
| --- | --- | --- | --- | --- | --- | --- |
{table}

## Traps that must not become figures

- Standards and targets: tiles '50-70' (Handbook range) and '100%' (IROs qualified);
  Lancashire's Target column (95.0, 97.0, '50-70') and "the Board's standard of 95%";
  "the 50-70 band", "50\u201370", "guide is 50\u201370"; priorities ("at least 96%",
  "at or below 55", "60%", "100% is achievable", "below 60", "95% ... in every quarter",
  "down to 60", "55% parental participation", "98% of reviews", "no more than 55",
  "85% of PEPs", Ealing's priority bullets "at least 95%", "60% of reviews", "below 50").
- Changes: tile '+6%' and "four more than the year before" (only the implied 14 is
  optional).
- Staffing that is not the FTE in post: Hertfordshire's establishment "23 FTE" and "25
  IROs", Lancashire's establishment "34.0 FTE" and "36 IROs", Torbay's "Six IROs" and
  "extra 0.6 FTE", Ealing's "Nine IROs", Rutland's "Two IROs".
- Breakdowns and subsets: quarterly columns Q1-Q4 of Lancashire's table (percentages,
  counts and caseloads by quarter), "92.6%" in Q3 and "December alone was 89.8%"; DRP
  stage counts (Hertfordshire "Twenty-two", Lancashire "21 ... 12 ... 10 ... three",
  Ealing's Stage 1-4 rows); "Sixty-four of the 412" and "31 (16%)" unaccompanied
  starters; UASC share "5.6%"; sexes, ages and placements (55%, 29%, 13%, "Twenty-four of
  the 41", "15 are aged", "201 (60%)", "133 (40%)", "118 (35%)", Ealing's placement list);
  "62% of those children came to at least part"; "Advocates supported 112 (13%)";
  denominators and numerators ("29 of the 31", "22 of the 25", "812", "864", "533", "305",
  "214", "163", "872", "48 (14%)"); themes ("12 of the 31"), "58 (87%) within 20 working
  days", Lancashire's "34%" from East Lancashire; Lancashire's survey and audit ("212",
  "86%", "74%", "120 review records", "78%", "96 social workers", "91%").
- Other councils' numbers: "around 680 Leicestershire children".
- Other numbers: dates (23 March 2020, July 2016, 14 September 2016), ages, section 20 /
  25A, Ealing's review intervals ("within 20 working days", "three months", "six
  months"), 'Table 2', 'Appendix 2', page numbers, 'IRO Handbook (2010)', 'Children Act
  1989'.
- Council decoys: Leicestershire (host of Rutland's service), Essex (Hertfordshire),
  Blackpool and Blackburn with Darwen (Lancashire), Devon (Torbay), Hounslow and
  Hillingdon (Ealing).
- Period: comparators a year behind the report (Hertfordshire, Rutland, Lancashire,
  Ealing); Torbay's previous year given as "a year earlier" and "in March 2015".
"""


def write_holdout4(out_dir: Path | str = DEFAULT_OUT) -> dict[str, Path]:
    return mh.write_set(out_dir, build_all(), README)


def main(argv: list[str] | None = None) -> int:
    return mh.run_cli(argv, __doc__.splitlines()[0], DEFAULT_OUT, build_all, write_holdout4,
                      SAMPLES)


if __name__ == "__main__":
    sys.exit(main())
