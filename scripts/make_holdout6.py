"""Generate the sixth held-out test set of IRO report PDFs, with its answer key.

    python scripts/make_holdout6.py [--out tests/holdout6/]

Writes four PDFs, ``documents.csv``, ``figures.csv`` (gold format) and ``README.md``.

Like the five earlier hold-out scripts, this set measures the extractor on wording and
layouts written without looking at its patterns (nothing in ``extractor/`` or
``patterns/`` was read while drafting it, and the tool was not run on it). It was drafted
after the first five sets, from the metric vocabulary, the gold annotation conventions
and the genre of real council papers, and avoids the phrasings those sets use. All four
documents are full annual reports, since that is what users feed the tool most, each
from a different kind of council and in its own house style:

1. a shire county report that opens with a ruled "Summary of performance" table
   (measures as rows, grouped under section rows, with three financial years written
   the GOV.UK way - "2020 to 2021" - as columns), followed by numbered narrative
   sections that repeat, compare and break down those figures;
2. a metropolitan borough report that is almost entirely narrative: long sentences
   with several clauses, each carrying a current figure, a previous-year figure and a
   comparison, some numbers written in words, and a mid-year peak;
3. a unitary authority report from a dual-role service (IROs who also chair child
   protection conferences) that starts with a boxed "Headline figures" panel of
   "Label: value" lines and has a Dispute Resolution Process section with a ruled table
   of escalations by stage;
4. a London borough report written in the first Covid-19 year in which every section
   ends with its own small ruled table (current year first, then the previous year, and
   in the first table Inner London and England columns a year behind), closing with a
   "Looking ahead" section full of targets.

The councils are real, so that council detection can be tested, but every figure, name
and event is invented; each PDF says so on its first page.

The shared machinery (ids, checks, table rows, writing the set, the command line) is in
``scripts/make_holdout.py``; the evidence of every figure is checked against the PDF text.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tests" / "holdout6"
if str(ROOT / "scripts") not in sys.path:  # loaded by file path (as tests/test_holdout.py does)
    sys.path.insert(0, str(ROOT / "scripts"))

import make_holdout as mh  # noqa: E402  (the shared hold-out helpers; it loads make_corpus)

mc, F, cell_fig, JOIN, HReport, HWriter = mh.mc, mh.F, mh.cell_fig, mh.JOIN, mh.HReport, mh.HWriter

_INFOS = [
    (1, "Gloucestershire", 916, "South West", "2022-23", "annual_report", 4,
     "Helvetica; report to a Corporate Parenting Panel with 'Report to:' / 'Lead officer:' "
     "lines; header (council / report title), footer with an 'OFFICIAL' marking and a bare "
     "page number; years written '2020 to 2021'; a ruled 'Summary of performance' table on "
     "page 1 (measures as rows under three section rows, columns '2020 to 2021' / '2021 to "
     "2022' / '2022 to 2023') with two rows that are not metrics; numbered paragraphs "
     "('3.2') that repeat table figures and add comparators for 31 March 2022, "
     "previous-year values and a 'respectively' sentence; National Transfer Scheme 0.1% "
     "threshold; practice alerts and a two-stage Dispute Resolution Process; priorities "
     "list; data-notes appendix with a telephone number; Bristol, South Gloucestershire "
     "and Worcestershire named"),
    (2, "Oldham", 353, "North West", "2018-19", "annual_report", 4,
     "Times; header (council / directorate) and centred page number; no tables: almost "
     "wholly narrative, in long multi-clause sentences that carry the current figure, the "
     "previous year's figure and a comparison together; comparators for 31 March 2018 in a "
     "2018/19 report; numbers in words ('eleven', 'fourteen', 'eight'); a January peak; "
     "'informal challenges' and a Resolution Protocol with an informal first stage; "
     "priorities folded into the closing paragraph; Rochdale and Bury named"),
    (3, "Telford and Wrekin", 894, "West Midlands", "2023-24", "annual_report", 3,
     "Helvetica; dual-role service (IRO and child protection chairs); header (council / "
     "report) and 'Page n' footer; a shaded, ruled 'Headline figures 2023-24' box of "
     "'Label: value' lines on page 1 (one of them a CP conference count); previous years as "
     "'a year earlier' / 'two years earlier' / 'last year's'; comparators for 31 March "
     "2023; LAC, CP and combined caseloads; Quality Assurance Notifications; ruled table of "
     "Dispute Resolution Process escalations by stage ('Reached this stage' / 'Resolved at "
     "this stage', informal and formal stages); 'Looking forward' targets; Shropshire and "
     "Staffordshire named"),
    (4, "Haringey", 309, "Inner London", "2020-21", "annual_report", 4,
     "Times; header (borough / report) and centred page number; Covid-19 year; every "
     "section ends in a small ruled table whose columns put the current year first "
     "('2020-21', then '2019-20'); Table 1 adds 'Inner London' and 'England' columns whose "
     "year (2019-20) is given only in the caption, with '..' cells; tables with rows that "
     "are not metrics (care orders, remote reviews) and a voice-of-the-child table of "
     "non-metrics; an autumn low point; visits in prose with a video-contact subset; "
     "'Looking ahead' section with last year's targets, a targets table ('2020-21 outturn' "
     "/ '2021-22 target' / 'London best quartile') and a list of aims; abbreviations; "
     "Enfield, Barnet and Islington named"),
]

SAMPLES = mh.sample_infos(_INFOS, "holdout6", "q")
BY_COUNCIL = {i.council: i for i in SAMPLES.values()}

DISCLAIMER = mh.disclaimer("sixth")


def _num(v: str) -> str:
    return v.replace(",", "").rstrip("%")


_cells = mh.table_row  # one table row: a figure per non-empty cell


# --------------------------------------------------------------------------- 1. Gloucestershire


def build_gloucestershire():
    info = BY_COUNCIL["Gloucestershire"]
    report = "Independent Reviewing Service Annual Report 2022 to 2023"
    pdf = HReport(header_left="Gloucestershire County Council", header_right=report,
                  footer_left="OFFICIAL", footer_right="{n}",
                  title=report, author="Gloucestershire County Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 11, 5.8

    pdf.add_page()
    pdf.set_text_color(0, 70, 120)
    w.title("Independent Reviewing Service", size=20, h=9)
    w.title("Annual Report 2022 to 2023", size=15, style="", h=8)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    w.kv_lines([("Report to:", "Corporate Parenting Panel, 14 September 2023"),
                ("Lead officer:", "Head of Safeguarding and Quality Assurance"),
                ("Status:", "For information and discussion")], label_w=32, size=10)
    pdf.ln(2)
    w.disclaimer(DISCLAIMER.format(council="Gloucestershire County Council"))
    pdf.ln(2)

    w.heading("1. Introduction", size=12.5)
    w.para("1.1  This report tells the Panel how the Independent Reviewing Service carried "
           "out its statutory role for Gloucestershire's children in care between 1 April "
           "2022 and 31 March 2023. It is written for members as corporate parents, and "
           "for the managers whose teams plan and deliver care, and it sets out what the "
           "service has learned about the quality of that planning.")
    w.para("1.2  Section 2 summarises performance over three years. The sections that follow "
           "explain the figures, describe the experience of children and families, and "
           "report the challenges IROs made. Section 9 sets out the service's priorities "
           "for 2023 to 2024.")

    w.heading("2. Summary of performance", size=12.5)
    w.para("2.1  Table 1 brings together the measures the Panel receives each quarter. "
           "Figures for children in care and for IROs are as at 31 March; the others are "
           "totals or averages for the year.", after=1.5)
    cap = "Table 1: Summary of performance"
    cols = ["2020 to 2021", "2021 to 2022", "2022 to 2023"]
    per = ["2020-21", "2021-22", "2022-23"]
    sections = [
        ("Children in care", [
            ("Children looked after at 31 March", "cla_count", ["842", "866", "879"]),
            ("Rate per 10,000 children aged under 18", "cla_rate_per_10k",
             ["64.1", "65.4", "66.0"]),
            ("Children who started to be looked after", "cla_starts", ["301", "284", "312"]),
            ("Unaccompanied asylum-seeking children at 31 March", "uasc_count",
             ["38", "61", "74"]),
            ("Children placed more than 20 miles from home (%)", None, ["19", "21", "22"]),
        ]),
        ("Reviews and participation", [
            ("Looked after reviews held", "cla_reviews_held", ["2,301", "2,388", "2,412"]),
            ("Reviews held within statutory timescales (%)", "cla_reviews_in_timescale_pct",
             ["91.4", "93.0", "95.3"]),
            ("Children aged 4+ contributing to their review (%)", "child_participation_pct",
             ["95", "96", "97"]),
            ("Reviews chaired by the young person", None, ["31", "40", "48"]),
        ]),
        ("The IRO service", [
            ("IROs in post at 31 March (FTE)", "iro_fte", ["14.0", "15.5", "16.2"]),
            ("Average caseload per FTE IRO", "iro_caseload_avg", ["60", "56", "54"]),
            ("Practice alerts raised by IROs", "case_alerts", ["198", "231", "266"]),
        ]),
    ]
    rows = [["Measure"] + cols]
    section_rows = []
    for name, body in sections:
        section_rows.append(len(rows))
        rows.append([name, "", "", ""])
        for label, _, cells in body:
            rows.append([label] + cells)
    w.caption(cap, keep=40)
    w.ruled_table(rows, col_widths=[89, 27, 27, 27], align=["LEFT", "RIGHT", "RIGHT", "RIGHT"],
                  size=9.5, line_height=5.6, section_rows=section_rows)
    for _, body in sections:
        for label, metric, cells in body:
            if metric:
                _cells(w, cap, label, metric, cols, cells, per)
    w.para("2.2  Most measures moved in the right direction. Timeliness of reviews is the "
           "best it has been since the service began recording it in its current form, and "
           "IRO caseloads have fallen for a second year because the Council funded "
           "additional posts in 2021. The growth in the number of unaccompanied young people "
           "and in the number of children placed at a distance from Gloucestershire are the "
           "main pressures on the service.")

    w.heading("3. Children in care in Gloucestershire", size=12.5)
    w.para("3.1  The number of children in care rose again in 2022 to 2023, though more "
           "slowly than in the two previous years, and stood at 879 on 31 March 2023, "
           "equivalent to 66.0 per 10,000 children. Much of the rise is explained by "
           "unaccompanied young people arriving through the National Transfer Scheme.")
    w.para("3.2  National statistics for 31 March 2022 (the most recent available when this "
           "report was written) show rates of 70 per 10,000 for England, 56 for the South "
           "West region and 59 on average across our statistical neighbours. "
           "Gloucestershire's rate therefore remains below England's but above that of most "
           "comparable shire counties.",
           F("cla_rate_per_10k", "2021-22", "70", "70 per 10,000 for England",
             comparator="england"),
           F("cla_rate_per_10k", "2021-22", "56", "56 for the South West region",
             comparator="region"),
           F("cla_rate_per_10k", "2021-22", "59", "59 on average across our statistical "
             "neighbours", comparator="statistical_neighbours"))
    w.para("3.3  312 children came into care during the year, the highest number for five "
           "years and a rate of 23.4 per 10,000 children. Of the 312, 58 were unaccompanied "
           "young people and 94 were aged under five; 37 were brought into care in an "
           "emergency, outside office hours.",
           F("cla_starts_rate_per_10k", "2022-23", "23.4", "a rate of 23.4 per 10,000 "
             "children"))
    w.para("3.4  The number of unaccompanied asylum-seeking children we look after has almost "
           "doubled in two years. The National Transfer Scheme expects each authority to "
           "look after unaccompanied children up to 0.1% of its child population, which for "
           "Gloucestershire means about 133 young people, so this number is likely to go on "
           "rising.")
    w.para("3.5  On 31 March 2023, 21.6% of children in care were accommodated under section "
           "20 of the Children Act 1989, down from 24.8% a year before. Almost all of the "
           "unaccompanied young people are accommodated in this way; for other children, "
           "IROs have asked at every review whether section 20 remains the right legal basis "
           "for the child's care.",
           F("s20_pct", "2022-23", "21.6", "On 31 March 2023, 21.6% of children in care were "
             "accommodated under section 20"),
           F("s20_pct", "2021-22", "24.8", "down from 24.8% a year before"))
    w.para("3.6  Boys make up 55% of the children in care. Two thirds (67%) live with foster "
           "carers, 12% in children's homes or other residential settings and 9% with "
           "family or friends carers, and 38 children were placed for adoption at the year "
           "end.")

    w.heading("4. Reviews", size=12.5)
    w.para("4.1  IROs chaired 2,412 reviews, more than in any previous year, and 95.3% of "
           "them were held within the timescales set by the Care Planning, Placement and "
           "Case Review (England) Regulations 2010. For the first time we exceeded the 95% "
           "standard agreed with the Panel in 2019.")
    w.para("4.2  113 reviews were late. The service manager looks at every one: 41 were moved "
           "by a day or two so that a parent or the young person could be there, and most of "
           "the rest followed a change of placement at short notice. Reviews for children "
           "placed outside the county were less timely (92%) because of the travelling "
           "involved.",
           F("cla_reviews_out_of_timescale", "2022-23", "113", "113 reviews were late"))
    w.para("4.3  A parent or someone else with parental responsibility took part in 71% of "
           "reviews, in person, online or through a conversation with the IRO beforehand; "
           "the figure for 2021 to 2022 was 66%. IROs now telephone every parent before the "
           "first review to explain what it is for.",
           F("parent_participation_pct", "2022-23", "71", "someone else with parental "
             "responsibility took part in 71% of reviews"),
           F("parent_participation_pct", "2021-22", "66", "the figure for 2021 to 2022 was "
             "66%"))
    w.para("4.4  Nearly all children aged four or over contributed to their review in some "
           "way, and 48 young people chaired all or part of their own meeting. Of the 204 "
           "children who sent back a feedback card, nine in ten said they understood why "
           "the review was being held.")
    w.para("4.5  Between reviews, IROs recorded 1,104 visits and other direct contacts with "
           "children, including visits at school and video calls; in 2021 to 2022 there were "
           "962. These contacts are often where children tell IROs what they would not say "
           "in a meeting.",
           F("iro_visits", "2022-23", "1104", "IROs recorded 1,104 visits and other direct "
             "contacts with children"),
           F("iro_visits", "2021-22", "962", "in 2021 to 2022 there were 962"))

    w.heading("5. The IRO service", size=12.5)
    w.para("5.1  The service has an establishment of 17.0 FTE IRO posts, led by two team "
           "managers who also chair a small number of reviews. On 31 March 2023 there were "
           "19 IROs in post, several of them part-time, and one post was covered by an "
           "agency IRO.")
    w.para("5.2  The average caseload fell to 54 children per full-time IRO. This is inside "
           "the range of 50-70 suggested in paragraph 7.15 of the IRO Handbook, and it has "
           "given IROs the time to see children between reviews and to follow up their "
           "recommendations.")
    w.para("5.3  All IROs are registered social workers with substantial experience; on "
           "average the team has 16 years' post-qualifying experience. IROs receive monthly "
           "supervision and take part in a peer audit programme with colleagues from "
           "Bristol, South Gloucestershire and Worcestershire.")

    w.heading("6. What children and families told us", size=12.5)
    w.para("6.1  Children's views reach IROs in many ways: at the review itself, in a "
           "conversation beforehand, through an advocate, through the consultation app or "
           "in a note or drawing sent with their carer. This year IROs have tried to make "
           "the review record itself something a child would want to read, writing the "
           "main decisions as a short letter to the child in plain language.")
    w.para("6.2  Gloucestershire's Children in Care Council met IRO "
           "managers twice during the year. Young people asked for fewer professionals at "
           "their reviews, for their school not to be told when a review was taking place "
           "unless they agreed, and for reviews to be held after school rather than during "
           "lessons. The service has agreed all three requests.")
    w.para("6.3  Parents told IROs that they sometimes received papers too late to read "
           "them properly. From April 2023 the social worker's report must be shared with "
           "parents at least three working days before the review, and IROs will record "
           "when this has not happened.")

    w.heading("7. Challenge and resolution", size=12.5)
    w.para("7.1  A practice alert is the IRO's first, informal way of raising a concern with "
           "the child's team manager. The rise in alerts (Table 1) reflects a deliberate "
           "push to record challenge that was previously made by phone and lost. The most "
           "common themes were delay in life story work (58 alerts), outstanding health "
           "assessments (41) and PEPs (37).")
    w.para("7.2  If an alert does not bring about the change the child needs, the IRO refers "
           "the matter under the Dispute Resolution Process. IROs referred 22 matters to the "
           "Process in 2022 to 2023, against 31 in 2021 to 2022. Nineteen were settled at "
           "Stage 1 by the Head of Service; three were not settled at Stage 1 and became "
           "formal disputes at Stage 2, with the Director of Children's Services. None was "
           "referred to Cafcass.",
           F("drp_count", "2022-23", "22", "IROs referred 22 matters to the Process in 2022 "
             "to 2023"),
           F("drp_count", "2021-22", "31", "against 31 in 2021 to 2022"),
           F("drp_formal_count", "2022-23", "3", "three were not settled at Stage 1 and "
             "became formal disputes"))

    w.heading("8. Care planning", size=12.5)
    w.para("8.1  IROs look at the child's plans before every review and record whether each "
           "is of good enough quality to guide the work of the network around the child. "
           "Their monitoring forms, completed after 2,219 of this year's reviews, show that "
           "plans are more often up to date than they were, but that their quality is "
           "uneven: IROs judged 74% of care plans to be good or better, with the weakest "
           "plans those written in a hurry after an emergency admission.")
    w.para("8.2  On 31 March 2023, 96% of children in care had an up-to-date care plan, "
           "86.5% of school-age children had an up-to-date personal education plan and 88% "
           "of care leavers aged 18 to 21 had a current pathway plan (94%, 81.0% and 90% "
           "respectively at 31 March 2022).",
           F("care_plan_up_to_date_pct", "2022-23", "96", "96% of children in care had an "
             "up-to-date care plan"),
           F("pep_up_to_date_pct", "2022-23", "86.5", "86.5% of school-age children had an "
             "up-to-date personal education plan"),
           F("pathway_plan_up_to_date_pct", "2022-23", "88", "88% of care leavers aged 18 to "
             "21 had a current pathway plan"),
           F("care_plan_up_to_date_pct", "2021-22", "94", "(94%, 81.0% and 90% respectively "
             "at 31 March 2022)"),
           F("pep_up_to_date_pct", "2021-22", "81.0", "(94%, 81.0% and 90% respectively at "
             "31 March 2022)"),
           F("pathway_plan_up_to_date_pct", "2021-22", "90", "(94%, 81.0% and 90% "
             "respectively at 31 March 2022)"))
    w.para("8.3  The fall in pathway plans reflects the transfer of 46 young people between "
           "personal advisers during the leaving care service's restructure. IROs have "
           "raised this with the service and a recovery plan is in place.")

    w.heading("9. Priorities for 2023 to 2024", size=12.5)
    w.para("9.1  Over the coming year the service will:", after=1)
    w.fig_bullets([
        "hold at least 96% of reviews within statutory timescales;",
        "keep the average caseload at or below 55 children per FTE IRO;",
        "increase parental participation in reviews to 75%;",
        "see every child at least once between reviews - about 1,200 visits a year;",
        "bring the use of section 20 for children who are not unaccompanied below 10%;",
        "make sure that 95% of PEPs are up to date at the end of each term.",
    ], mark="-", indent=8)
    w.para("9.2  The Panel is asked to note the report and to comment on these priorities.")

    w.heading("Appendix: notes on the data", size=12.5)
    w.para("Figures for children in care, unaccompanied children and section 20 are taken "
           "from the Council's SSDA903 return and are as at 31 March. Review and "
           "participation figures cover all reviews held between 1 April and 31 March; "
           "participation is measured for children aged four and over, using codes PN1 to "
           "PN6. Caseloads are calculated by dividing the number of children in care at "
           "each month end by the number of FTE IROs in post, and averaging over the twelve "
           "months. Comparator figures are from the Department for Education's annual "
           "statistical release, Children looked after in England including adoptions.")
    w.para("Contact: IRO Service Manager, Shire Hall, Gloucester. Telephone 01632 960418.")
    return mc._finish(w)


# --------------------------------------------------------------------------- 2. Oldham


def build_oldham():
    info = BY_COUNCIL["Oldham"]
    pdf = HReport(font="times", header_left="Oldham Council",
                  header_right="Children's Social Care - Safeguarding and Quality Assurance",
                  footer_center="{n}",
                  title="Independent Reviewing Officer Service Annual Report April 2018 to "
                        "March 2019",
                  author="Oldham Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 12, 6.0

    pdf.add_page()
    w.title("Annual Report of the Independent Reviewing Officer Service", size=19, h=9)
    w.title("April 2018 to March 2019", size=15, style="", h=8)
    w.para("Presented to the Corporate Parenting Panel by the Safeguarding and Quality "
           "Assurance Service Manager", style="I", after=3)
    w.disclaimer(DISCLAIMER.format(council="Oldham Council"))
    pdf.ln(3)

    w.heading("Introduction", size=14)
    w.para("This report, which the IRO Handbook requires the manager of the reviewing "
           "service to produce each year, describes the work of Oldham's Independent "
           "Reviewing Officers during 2018/19, considers what their oversight of children's "
           "plans tells us about the quality of our care for the children we look after, "
           "and sets out, in the light of last winter's inspection of children's services, "
           "the priorities we have agreed for the year ahead.")
    w.para("It is a year in which the service has, for the first time in several years, "
           "been close to fully staffed, and while there is much still to do, and while the "
           "pressures on the wider system have not eased, we believe the figures that "
           "follow show a service that is more stable, more visible to children and more "
           "willing to challenge than it was twelve months ago.")

    w.heading("The children we look after", size=14)
    w.para("When the year closed on 31 March 2019 Oldham was looking after 587 children and "
           "young people, which, although 38 more than the 549 we were caring for twelve "
           "months before, represents a slower rate of growth than in either of the two "
           "preceding years, and which gives the borough a rate of 98 children in care for "
           "every 10,000 children, against 92 at the end of 2017/18.",
           F("cla_count", "2018-19", "587", "When the year closed on 31 March 2019 Oldham "
             "was looking after 587 children and young people"),
           F("cla_count", "2017-18", "549", "the 549 we were caring for twelve months "
             "before"),
           F("cla_rate_per_10k", "2018-19", "98", "a rate of 98 children in care for every "
             "10,000 children"),
           F("cla_rate_per_10k", "2017-18", "92", "against 92 at the end of 2017/18"))
    w.para("Numbers were not steady through the year: they climbed through the autumn and "
           "peaked at 603 in January 2019, when a number of large sibling groups came into "
           "care within a few weeks of each other, before falling back as several children "
           "returned to their families under supervision orders.",
           F("cla_count", "2018-19", "603", "peaked at 603 in January 2019", optional=1))
    w.para("The most recent published comparators, which relate to 31 March 2018, put "
           "England at 64 per 10,000, the North West at 90 and the average of our "
           "statistical neighbours at 86, so that Oldham, while broadly in line with other "
           "Greater Manchester boroughs such as Rochdale and Bury, continues to look after "
           "proportionately more children than most authorities in the country.",
           F("cla_rate_per_10k", "2017-18", "64", "put England at 64 per 10,000",
             comparator="england"),
           F("cla_rate_per_10k", "2017-18", "90", "the North West at 90", comparator="region"),
           F("cla_rate_per_10k", "2017-18", "86", "the average of our statistical neighbours "
             "at 86", comparator="statistical_neighbours"))
    w.para("In the course of the year 262 children started to be looked after, a figure "
           "which, at 44 per 10,000 children, was well down on the 301 (50 per 10,000) who "
           "came into care in 2017/18, but which remains roughly double the national rate "
           "and includes 71 children under the age of two, the group whose plans the IROs "
           "have watched most closely for drift.",
           F("cla_starts", "2018-19", "262", "In the course of the year 262 children started "
             "to be looked after"),
           F("cla_starts_rate_per_10k", "2018-19", "44", "at 44 per 10,000 children"),
           F("cla_starts", "2017-18", "301", "was well down on the 301"),
           F("cla_starts_rate_per_10k", "2017-18", "50", "(50 per 10,000) who came into care "
             "in 2017/18"))
    w.para("Unaccompanied children seeking asylum remain a small part of the picture in "
           "Oldham - there were eleven in our care at the end of the year, compared with "
           "fourteen at the end of March 2018 - and all but two of them were aged sixteen "
           "or seventeen, living in supported accommodation and attending college.",
           F("uasc_count", "2018-19", "11", "there were eleven in our care at the end of the "
             "year"),
           F("uasc_count", "2017-18", "14", "compared with fourteen at the end of March "
             "2018"))
    w.para("The proportion of children accommodated under section 20, which stood at 14% a "
           "year earlier, had fallen to 9% by the end of March, reflecting both the "
           "IROs' scrutiny of long-standing voluntary arrangements and the decision to "
           "seek care orders for a number of teenagers whose parents were no longer "
           "engaging with the local authority.",
           F("s20_pct", "2017-18", "14", "which stood at 14% a year earlier"),
           F("s20_pct", "2018-19", "9", "had fallen to 9% by the end of March"))

    w.heading("The IRO team", size=14)
    w.para("The team was made up of eleven IROs, who between them worked the equivalent of "
           "9.6 full-time posts, and although the loss of an experienced IRO to a "
           "neighbouring authority in the autumn meant that for three months we relied on a "
           "locum, the average caseload per full-time IRO, which had been 66 in 2017/18, "
           "came down to 61, bringing it within the range of 50 to 70 children recommended "
           "by the Handbook for the first time since 2015.",
           F("iro_fte", "2018-19", "9.6", "worked the equivalent of 9.6 full-time posts"),
           F("iro_caseload_avg", "2017-18", "66", "which had been 66 in 2017/18"),
           F("iro_caseload_avg", "2018-19", "61", "came down to 61"))
    w.para("IROs are managed within the Safeguarding and Quality Assurance Service, separately "
           "from the teams that hold case responsibility, and the service manager, who "
           "reports to the Assistant Director, meets each IRO monthly for supervision, in "
           "which a sample of four of their cases is discussed in depth.")

    w.heading("Reviews: timeliness and participation", size=14)
    w.para("IROs chaired 1,498 reviews during 2018/19, up from 1,402 the year before, and "
           "94.7% of them took place within the statutory timescales, compared with 89.9% in "
           "2017/18, an improvement we attribute partly to a stable team and partly to the "
           "new arrangement under which the business support officers book the next review "
           "before the current one ends; it nevertheless means that 79 reviews were late, "
           "most of them by fewer than seven days.",
           F("cla_reviews_held", "2018-19", "1498", "IROs chaired 1,498 reviews during "
             "2018/19"),
           F("cla_reviews_held", "2017-18", "1402", "up from 1,402 the year before"),
           F("cla_reviews_in_timescale_pct", "2018-19", "94.7", "94.7% of them took place "
             "within the statutory timescales"),
           F("cla_reviews_in_timescale_pct", "2017-18", "89.9", "compared with 89.9% in "
             "2017/18"),
           F("cla_reviews_out_of_timescale", "2018-19", "79", "79 reviews were late"))
    w.para("Of the children aged four and over, 93% participated in their review in one way "
           "or another, whether by attending and speaking for themselves, by briefing an "
           "advocate or by completing a consultation booklet, which is a little below the "
           "95% achieved in 2017/18 and reflects, we think, the number of older teenagers "
           "who told us that they found the meetings repetitive; about six in ten of those "
           "who participated came to at least part of the meeting.",
           F("child_participation_pct", "2018-19", "93", "93% participated in their review"),
           F("child_participation_pct", "2017-18", "95", "95% achieved in 2017/18"))
    w.para("Parents contributed to just under half of all reviews (48%), a figure that has "
           "hardly moved in three years and which the IROs believe understates the effort "
           "made, since many parents who do not attend are spoken to by the IRO beforehand "
           "but are not recorded as having taken part.",
           F("parent_participation_pct", "2018-19", "48", "Parents contributed to just under "
             "half of all reviews (48%)"))

    w.heading("Oversight between reviews and the Resolution Protocol", size=14)
    w.para("The Handbook expects the IRO's oversight of a child's plan to continue between "
           "meetings, and this year IROs made 411 visits to children between their reviews, "
           "which is more than in any previous year but still fewer than we would like, "
           "given that about a third of our children are placed outside the borough.",
           F("iro_visits", "2018-19", "411", "IROs made 411 visits to children between their "
             "reviews"))
    w.para("Where a plan was drifting, or a recommendation from a review had not been acted "
           "upon, IROs raised 143 informal challenges with social workers and their managers, "
           "each recorded on the child's file as an IRO oversight note, and the great "
           "majority of these were resolved within the ten working days the IRO allows "
           "before considering whether to take the matter further.",
           F("case_alerts", "2018-19", "143", "IROs raised 143 informal challenges"))
    w.para("27 concerns were escalated under the Resolution Protocol during the year, compared "
           "with 19 in 2017/18; because the Protocol begins with a conversation between the "
           "IRO and the team manager, most are resolved informally, and only eight of the "
           "27 moved on to its formal stages, two of them reaching the Assistant Director.",
           F("drp_count", "2018-19", "27", "27 concerns were escalated under the Resolution "
             "Protocol during the year"),
           F("drp_count", "2017-18", "19", "compared with 19 in 2017/18"),
           F("drp_formal_count", "2018-19", "8", "only eight of the 27 moved on to its formal "
             "stages"))

    w.heading("Hearing from children", size=14)
    w.para("The IROs have spent a good deal of the year thinking about how reviews feel to "
           "the children at the centre of them, prompted in part by a session with members "
           "of the Children in Care Council who told us, with some force, that reviews held "
           "in a school meeting room during lessons made them feel singled out, that they did "
           "not always know who the adults around the table were, and that the review record "
           "often arrived weeks later, if at all, written in language that was not meant for "
           "them.")
    w.para("In response, IROs now offer every child the choice of where and when their "
           "review takes place, write to the child after the meeting in plain language "
           "setting out what was agreed and who will do what, and, for older young people, "
           "offer the chance to chair part of the meeting themselves, which a small but "
           "growing number have taken up; younger children are helped to take part through "
           "drawings, a consultation booklet designed with the Children in Care Council and "
           "short visits from their IRO beforehand.")

    w.heading("Permanence and drift", size=14)
    w.para("Because an IRO sees the whole of a child's journey through care, the service is "
           "well placed to notice when plans for permanence are not moving forward, and this "
           "year IROs identified, through their midway reviews of plans, a group of children "
           "for whom long-term fostering had been agreed as the plan but not yet confirmed "
           "through the matching process, some of whom had been waiting for more than a "
           "year; a joint project with the fostering service has since reduced that group "
           "considerably, though not as quickly as the IROs would have liked.")
    w.para("IROs also continued to scrutinise the plans of children placed with parents "
           "under care orders, asking at each review whether the order was still needed, "
           "and supported applications to discharge the order where the answer was no, "
           "which is one of the reasons the overall number of children in care has grown "
           "more slowly this year than last.")

    w.heading("Plans for children", size=14)
    w.para("Performance information at the year end showed that 97% of the children we look "
           "after had an up-to-date care plan, that 83% of those of school age had a "
           "current personal education plan, up from 76% at the end of March 2018 but still "
           "short of where it should be, and that 79% of eligible young people had an "
           "up-to-date pathway plan, the weakest of the three and the subject of a joint "
           "piece of work with the leaving care service.",
           F("care_plan_up_to_date_pct", "2018-19", "97", "97% of the children we look after "
             "had an up-to-date care plan"),
           F("pep_up_to_date_pct", "2018-19", "83", "83% of those of school age had a "
             "current personal education plan"),
           F("pep_up_to_date_pct", "2017-18", "76", "up from 76% at the end of March 2018"),
           F("pathway_plan_up_to_date_pct", "2018-19", "79", "79% of eligible young people "
             "had an up-to-date pathway plan"))

    w.heading("Reflections and priorities for 2019/20", size=14)
    w.para("Looking back, the service is stronger than it was, but its success depends on "
           "the rest of the system: IROs can identify drift, but they cannot by themselves "
           "remove it. In 2019/20 we intend to hold at least 97% of reviews on time, to "
           "see every child between reviews so that visits reach 600 a year, to lift "
           "parental participation to 60%, and to ensure that no IRO carries more than 65 "
           "children, so that the gains of this year are not lost if the number of children "
           "in care continues to rise.")
    return mc._finish(w)


# --------------------------------------------------------------------------- 3. Telford and Wrekin


def _headline_box(w, title, lines, fill=(234, 242, 236), border=(46, 110, 70)):
    """A shaded, ruled panel of 'Label: value' lines; lines: (label, value, metric, period)
    with metric None for a line that is not recorded."""
    pdf = w.pdf
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
    for label, value, metric, period in lines:
        pdf.set_xy(x0 + 6, y)
        pdf.set_font(pdf.base_font, size=10.5)
        pdf.cell(pdf.epw - 12, h, f"**{label}:** {value}", markdown=True)
        if metric:
            w.table_figs(F(metric, period, _num(value), f"{label}: {value}"))
        y += h
    pdf.set_fill_color(255, 255, 255)
    pdf.set_xy(pdf.l_margin, y0 + height + 4)
    pdf.set_font(pdf.base_font, size=w.size)


def build_telford():
    info = BY_COUNCIL["Telford and Wrekin"]
    pdf = HReport(header_left="Telford & Wrekin Council",
                  header_right="IRO and Child Protection Chair Service - Annual Report 2023-24",
                  footer_left="Children's Safeguarding and Family Support",
                  footer_right="Page {n}",
                  title="IRO and Child Protection Chair Service Annual Report 2023-24",
                  author="Telford & Wrekin Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 11, 5.7

    pdf.add_page()
    w.title("IRO and Child Protection Chair Service", size=18, h=8)
    w.title("Annual Report 2023-24", size=14, style="", h=7)
    pdf.ln(1)
    w.disclaimer(DISCLAIMER.format(council="Telford & Wrekin Council"))
    pdf.ln(3)
    _headline_box(w, "Headline figures 2023-24", [
        ("Children in care on 31 March 2024", "498", "cla_count", "2023-24"),
        ("Children in care per 10,000 under-18s", "118.4", "cla_rate_per_10k", "2023-24"),
        ("Children who came into care during the year", "173", "cla_starts", "2023-24"),
        ("Children with a child protection plan on 31 March 2024", "236", "cp_count",
         "2023-24"),
        ("Looked after reviews chaired", "1,341", "cla_reviews_held", "2023-24"),
        ("Looked after reviews on time", "96.9%", "cla_reviews_in_timescale_pct", "2023-24"),
        ("Children aged 4+ who took part in their review", "97%", "child_participation_pct",
         "2023-24"),
        ("Chairs in post (FTE)", "11.5", "iro_fte", "2023-24"),
        ("Average combined caseload per FTE chair", "64", "iro_caseload_total_avg",
         "2023-24"),
        ("Matters escalated under the DRP", "58", "drp_count", "2023-24"),
        ("Child protection conferences chaired", "590", None, None),
    ])

    w.heading("1  About this report", size=12.5)
    w.para("Telford & Wrekin's independent chairs review the plans of children in our care "
           "and chair child protection conferences. This report covers April 2023 to March "
           "2024 and is presented to the Corporate Parenting Board and the Telford & Wrekin "
           "Safeguarding Partnership. It describes what the chairs found, what they did "
           "about it and what they will focus on next.")

    w.heading("2  Our children in care", size=12.5)
    w.para("Telford and Wrekin has had one of the highest rates of children in care in the "
           "West Midlands for several years. The 498 children in care at the end of March "
           "2024 compare with 521 a year earlier and 489 two years earlier, so the rise that "
           "began in 2021 has now turned.",
           F("cla_count", "2022-23", "521", "compare with 521 a year earlier"),
           F("cla_count", "2021-22", "489", "489 two years earlier"))
    w.para("Published comparisons lag a year behind: at 31 March 2023 the rate was 71 per "
           "10,000 in England and 93 across the West Midlands, while our ten statistical "
           "neighbours averaged 99.",
           F("cla_rate_per_10k", "2022-23", "71", "the rate was 71 per 10,000 in England",
             comparator="england"),
           F("cla_rate_per_10k", "2022-23", "93", "93 across the West Midlands",
             comparator="region"),
           F("cla_rate_per_10k", "2022-23", "99", "our ten statistical neighbours averaged 99",
             comparator="statistical_neighbours"))
    w.para("The 173 children who came into care represent a rate of 41.1 per 10,000; 58% of "
           "them were aged under ten and 22 were in sibling groups of three or more. Of the "
           "498 children in care, 19 were unaccompanied asylum-seeking children, all of them "
           "boys aged 15 to 17.",
           F("cla_starts_rate_per_10k", "2023-24", "41.1", "represent a rate of 41.1 per "
             "10,000"),
           F("uasc_count", "2023-24", "19", "19 were unaccompanied asylum-seeking children"))
    w.para("Thirty-five children (7.0%) were accommodated with their parents' agreement under "
           "section 20 at the year end. Chairs check at every review that the arrangement is "
           "still in the child's interests and that parents understand they can end it.",
           F("s20_pct", "2023-24", "7.0", "Thirty-five children (7.0%) were accommodated"))

    w.heading("3  The service", size=12.5)
    w.para("Chairs combine the IRO role with chairing child protection conferences, so that "
           "where a child moves from a child protection plan into care the same chair can "
           "stay with them. In 2023-24 the service had 11.5 FTE chairs (13 people, two of "
           "them part-time) against an establishment of 12.0, and a team manager.")
    w.para("On average each full-time chair held 41 children in care and 23 children subject "
           "to child protection plans. The combined average of 64 is below last year's 69 "
           "and within the 50-70 guide for IRO caseloads, although that guide was written "
           "for IROs without conference work.",
           F("iro_caseload_avg", "2023-24", "41", "each full-time chair held 41 children in "
             "care"),
           F("iro_caseload_cp_avg", "2023-24", "23", "23 children subject to child protection "
             "plans"),
           F("iro_caseload_total_avg", "2022-23", "69", "below last year's 69"))
    w.para("236 children were subject to a child protection plan at 31 March 2024, compared "
           "with 251 a year before. Chairs held 188 initial and 402 review conferences; 91% "
           "of initial conferences were held within 15 working days of the strategy "
           "discussion.",
           F("cp_count", "2022-23", "251", "compared with 251 a year before"))

    w.heading("4  Looked after reviews", size=12.5)
    w.para("Chairs held 1,341 reviews of children in care, of which 42 were outside "
           "timescales; the 96.9% on time compares with 94.2% in 2022-23. Parents attended "
           "or contributed to 68% of reviews.",
           F("cla_reviews_out_of_timescale", "2023-24", "42", "of which 42 were outside "
             "timescales"),
           F("cla_reviews_in_timescale_pct", "2022-23", "94.2", "compares with 94.2% in "
             "2022-23"),
           F("parent_participation_pct", "2023-24", "68", "Parents attended or contributed to "
             "68% of reviews"))
    w.para("Most children (71%) chose to meet their chair before the review rather than sit "
           "through the whole meeting. Chairs had 702 contacts with children between "
           "reviews, by visit, phone or video, so that children know who their chair is and "
           "how to reach them.",
           F("iro_visits", "2023-24", "702", "Chairs had 702 contacts with children between "
             "reviews"))
    w.para("At the year end 98% of children in care had an up-to-date care plan; 91% of those "
           "of school age had a PEP reviewed in the current term; and 94% of care leavers "
           "had an up-to-date pathway plan.",
           F("care_plan_up_to_date_pct", "2023-24", "98", "98% of children in care had an "
             "up-to-date care plan"),
           F("pep_up_to_date_pct", "2023-24", "91", "91% of those of school age had a PEP "
             "reviewed in the current term"),
           F("pathway_plan_up_to_date_pct", "2023-24", "94", "94% of care leavers had an "
             "up-to-date pathway plan"))

    w.heading("5  Hearing from children and families", size=12.5)
    w.para("Chairs ask every child how they would like to take part in their review, and "
           "increasingly children choose to meet their chair alone beforehand, to attend "
           "only the part of the meeting that matters to them, or to send a message through "
           "their advocate or carer. Younger children are offered the 'My Review' booklet, "
           "redesigned this year with the Children in Care Council so that it uses "
           "pictures rather than questions.")
    w.para("Parents and carers were asked for feedback after their child's review or "
           "conference. Most said they understood why the meeting was being held and felt "
           "the chair had listened to them; the commonest complaint was that reports from "
           "professionals were shared too late to be read before the meeting. Chairs now "
           "postpone the discussion of any report a parent has not seen.")

    w.heading("6  Making a difference: an example", size=12.5)
    w.para("A chair reviewing the plan of a nine-year-old in long-term foster care noticed "
           "that the plan for her to see her older brothers, placed in another authority, "
           "had not been followed for several months. A QAN led to contact being restarted "
           "within a fortnight, and at her next review the child told the chair it was the "
           "best thing that had happened all year. Examples like this are shared at team "
           "meetings so that social workers see what chairs' oversight is for.")

    w.heading("7  Quality Assurance Notifications and the Dispute Resolution Process",
              size=12.5)
    w.para("When a chair is worried about a child's plan, they first raise a Quality "
           "Assurance Notification (QAN) with the team manager, who has five working days to "
           "respond. 219 QANs were raised in 2023-24 (184 in 2022-23).",
           F("case_alerts", "2023-24", "219", "219 QANs were raised in 2023-24"),
           F("case_alerts", "2022-23", "184", "(184 in 2022-23)"))
    w.para("If a QAN does not resolve the concern, the chair escalates it under the Dispute "
           "Resolution Process (DRP). There were 58 escalations this year, compared with 64 "
           "in 2022-23. Stages 1 and 2 are informal; Stages 3 and 4 are formal. Table 2 shows "
           "how far the escalations went.",
           F("drp_count", "2022-23", "64", "compared with 64 in 2022-23"))
    cap = "Table 2: DRP escalations by stage, 2023-24"
    w.caption(cap, keep=40)
    w.grid([["Stage", "Escalated to", "Reached this stage", "Resolved at this stage"],
            ["Stage 1 (informal)", "Team Manager", "58", "39"],
            ["Stage 2 (informal)", "Service Manager", "19", "13"],
            ["Stage 3 (formal)", "Head of Service", "6", "5"],
            ["Stage 4 (formal)", "Director of Children's Services", "1", "1"]],
           col_widths=[38, 58, 37, 37], align=["LEFT", "LEFT", "RIGHT", "RIGHT"], size=9.5,
           fill=(226, 238, 228))
    w.para("Six escalations reached the formal stages, compared with nine in 2022-23. The "
           "commonest reasons were delay in starting court proceedings (17), placement "
           "stability (12) and contact arrangements (9).",
           F("drp_formal_count", "2023-24", "6", "Six escalations reached the formal stages"),
           F("drp_formal_count", "2022-23", "9", "compared with nine in 2022-23"))
    w.para("Chairs also share learning through the regional IRO practice forum with "
           "colleagues in Shropshire and Staffordshire.")

    w.heading("8  Learning and development", size=12.5)
    w.para("All chairs completed refresher training on trauma-informed practice and on "
           "writing to children. Two chairs trained as practice supervisors, and the team "
           "took part in a peer review with another West Midlands authority, whose findings "
           "were positive about the independence of chairs and critical of the length of "
           "review records.")

    w.heading("9  Looking forward to 2024-25", size=12.5)
    w.fig_bullets([
        "At least 98% of looked after reviews on time.",
        "Combined caseloads of no more than 60 per FTE chair once the vacant 0.5 post is "
        "filled.",
        "Parents taking part in 75% of reviews.",
        "Every child aged 4+ seen by their chair between reviews.",
        "Formal DRP escalations resolved within 10 working days.",
    ])
    return mc._finish(w)


# --------------------------------------------------------------------------- 4. Haringey


def build_haringey():
    info = BY_COUNCIL["Haringey"]
    pdf = HReport(font="times", header_left="London Borough of Haringey",
                  header_right="Annual Report of the IRO Service 2020-21",
                  footer_center="{n}",
                  title="Independent Reviewing Officer Service Annual Report 2020-21",
                  author="London Borough of Haringey (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 11.5, 5.8

    def small(cap, cols, rows, periods, comps=None, widths=None, keep=30):
        """rows: (label, metric or None, cells)."""
        widths = widths or [92] + [26] * len(cols)
        w.caption(cap, keep=keep)
        w.grid([["Measure"] + cols] + [[label] + cells for label, _, cells in rows],
               col_widths=widths, align=["LEFT"] + ["RIGHT"] * len(cols), size=10,
               line_height=5.6, fill=(235, 230, 242))
        for label, metric, cells in rows:
            if metric:
                _cells(w, cap, label, metric, cols, cells, periods, comps)

    cols2, per2 = ["2020-21", "2019-20"], ["2020-21", "2019-20"]

    pdf.add_page()
    w.title("Independent Reviewing Officer Service", size=19, h=9)
    w.title("Annual Report 2020-21", size=15, style="", h=8)
    w.para("Children's Services: Safeguarding and Social Care", style="I", after=3)
    w.disclaimer(DISCLAIMER.format(council="London Borough of Haringey"))
    pdf.ln(3)

    w.heading("1. Introduction", size=13)
    w.para("This is the annual report of Haringey's Independent Reviewing Officers for "
           "2020-21, a year shaped from beginning to end by Covid-19. From the first "
           "lockdown, reviews moved online, IROs worked from home and children's plans had "
           "to adapt to closed schools, suspended family time and delayed court hearings. "
           "Each section below ends with a short table comparing this year with last.")

    w.heading("2. Children looked after", size=13)
    w.para("Fewer children were looked after at the end of the year than a year before, "
           "continuing a gradual fall as more children were supported to stay at home. The "
           "number dipped to 398 at the end of September 2020, when courts were slow to "
           "make orders, before recovering over the winter. 58% of children in care are "
           "boys and 41% are aged 16 or 17.",
           F("cla_count", "2020-21", "398", "The number dipped to 398 at the end of "
             "September 2020", optional=1))
    small("Table 1: Children looked after (Inner London and England: 2019-20, latest "
          "published)", ["2020-21", "2019-20", "Inner London", "England"],
          [("Looked after at 31 March", "cla_count", ["412", "436", "..", ".."]),
           ("Rate per 10,000 under-18s", "cla_rate_per_10k", ["69", "73", "49", "67"]),
           ("Started to be looked after", "cla_starts", ["178", "204", "..", ".."]),
           ("Starts per 10,000 under-18s", "cla_starts_rate_per_10k",
            ["30", "34", "24", "26"])],
          ["2020-21", "2019-20", "2019-20", "2019-20"], ["la", "la", "region", "england"],
          widths=[70, 25, 25, 25, 25], keep=45)

    w.heading("3. Unaccompanied children and legal status", size=13)
    w.para("Arrivals of unaccompanied young people slowed sharply when travel stopped in the "
           "spring, so the number in our care fell for the first time in four years. "
           "Section 20 is used mainly for these young people and for a small number of "
           "older teenagers whose parents agree to their care.")
    small("Table 2: Unaccompanied children and legal status at 31 March", cols2,
          [("Unaccompanied asylum-seeking children", "uasc_count", ["46", "52"]),
           ("Accommodated under section 20 (%)", "s20_pct", ["18%", "21%"]),
           ("Subject to a care order (%)", None, ["61%", "58%"])], per2)

    w.heading("4. The IRO service", size=13)
    w.para("Ten IROs, two of them part-time, make up the team, which is managed by the Head "
           "of Safeguarding and Quality Assurance. Caseloads stayed below the 50 to 70 range "
           "in the IRO Handbook for the whole year, which made it possible for IROs to keep "
           "in touch with children during lockdown. An agency IRO covered a maternity leave "
           "for 0.5 FTE from January.")
    small("Table 3: IRO capacity", cols2,
          [("IROs in post at 31 March (FTE)", "iro_fte", ["8.5", "9.0"]),
           ("Average caseload per FTE IRO", "iro_caseload_avg", ["48", "52"])], per2)

    w.heading("5. Reviews during the pandemic", size=13)
    w.para("Almost every review was held remotely from April, by telephone at first and "
           "then by video. Timeliness improved, partly because a video call is easier to "
           "arrange than a meeting in a placement across London. The 31 late reviews were "
           "mostly for young people in custody or in hospital.")
    small("Table 4: Looked after reviews", cols2,
          [("Reviews held", "cla_reviews_held", ["1,102", "1,174"]),
           ("Held within timescale (%)", "cla_reviews_in_timescale_pct", ["97.2%", "94.1%"]),
           ("Held outside timescale", "cla_reviews_out_of_timescale", ["31", "69"]),
           ("Held remotely (%)", None, ["88%", "3%"])], per2)

    w.heading("6. Participation and contact between reviews", size=13)
    w.para("Many children, particularly teenagers, liked video reviews: 41% of those aged "
           "four or over joined their review by video, and advocates supported 64 children "
           "to give their views. Parents found it harder, and fewer took part.")
    small("Table 5: Participation in reviews", cols2,
          [("Children aged 4+ who participated (%)", "child_participation_pct",
            ["98%", "96%"]),
           ("Reviews where a parent participated (%)", "parent_participation_pct",
            ["57%", "61%"])], per2)
    w.para("IROs made 388 visits and video contacts with children between reviews, compared "
           "with 472 in 2019-20; 301 of this year's contacts were by video.",
           F("iro_visits", "2020-21", "388", "IROs made 388 visits and video contacts with "
             "children between reviews"),
           F("iro_visits", "2019-20", "472", "compared with 472 in 2019-20"))

    w.heading("7. Hearing children's voices", size=13)
    w.para("Lockdown made it harder for some children to speak privately to their IRO, "
           "particularly those living in crowded placements or with parents under a care "
           "order. IROs offered telephone calls in the evening and at weekends, and worked "
           "with the Children in Care Council, Haringey's Young People's Voice group, to "
           "write a guide to video reviews. Advocacy referrals and feedback forms, shown "
           "below, fell during the first lockdown and recovered in the autumn.")
    small("Table 6: Voice of the child", cols2,
          [("Advocacy referrals for children in care", None, ["64", "71"]),
           ("Feedback forms returned after a review", None, ["88", "102"]),
           ("Young people who chaired part of their review", None, ["19", "23"])], per2)

    w.heading("8. Challenge and escalation", size=13)
    w.para("An IRO Alert is an informal note to the social worker and team manager asking for "
           "action by an agreed date. If the alert is not resolved, the IRO opens a dispute "
           "under the Dispute Resolution Process (DRP), which has an informal stage with the "
           "team manager and formal stages with the Head of Service and then the Director. "
           "Delays in court proceedings accounted for a third of alerts this year.")
    small("Table 7: Challenge and escalation", cols2,
          [("IRO Alerts raised", "case_alerts", ["156", "133"]),
           ("Disputes opened under the DRP", "drp_count", ["24", "19"]),
           ("Disputes reaching a formal stage", "drp_formal_count", ["5", "3"])], per2)

    w.heading("9. Care, education and pathway plans", size=13)
    w.para("Plans for children in care held up well during the year. The fall in pathway "
           "plans reflects the difficulty of meeting care leavers during lockdown; 17 young "
           "people had a plan that was overdue by less than a month.")
    small("Table 8: Children with current plans at year end", cols2,
          [("Care plan reviewed and current (%)", "care_plan_up_to_date_pct",
            ["94%", "92%"]),
           ("Personal education plan current (%)", "pep_up_to_date_pct", ["89%", "85%"]),
           ("Pathway plan current - care leavers (%)", "pathway_plan_up_to_date_pct",
            ["87%", "90%"])], per2)

    w.heading("10. Looking ahead", size=13)
    w.para("Last year's report set four targets. We met the target for timeliness (95%) and "
           "kept caseloads inside the limit of 55 we set ourselves, but parental "
           "participation fell short of the 70% we aimed for and visits between reviews "
           "did not reach 500, for reasons explained above. The targets for 2021-22 build "
           "on what was learned during the pandemic and are set out in Table 9.")
    w.caption("Table 9: Targets for 2021-22", keep=45)
    w.grid([["Measure", "2020-21 outturn", "2021-22 target", "London best quartile"],
            ["Reviews held within timescale (%)", "97.2%", "98%", "97%"],
            ["Average caseload per FTE IRO", "48", "50 or fewer", ".."],
            ["Reviews where a parent participated (%)", "57%", "65%", "66%"],
            ["IRO visits and contacts between reviews", "388", "800", ".."],
            ["Accommodated under section 20 (%)", "18%", "under 15%", "12%"],
            ["Personal education plan current (%)", "89%", "95%", "93%"]],
           col_widths=[80, 30, 30, 30], align=["LEFT", "RIGHT", "RIGHT", "RIGHT"], size=10,
           line_height=5.6, fill=(235, 230, 242))
    w.para("In 2021-22 the IRO service will aim to:", after=1)
    w.fig_bullets([
        "hold 98% of reviews within timescale, including reviews held in person again;",
        "keep average caseloads at or below 50 children per FTE IRO;",
        "bring parental participation back above 65%;",
        "see every child between reviews, around 800 visits and contacts a year;",
        "reduce the use of section 20 to under 15% of children in care;",
        "resolve every formal dispute within 20 working days;",
        "make sure 95% of PEPs and 95% of pathway plans are current.",
    ], mark="-", indent=8)
    w.para("We will continue to compare our practice with IRO services in Enfield, Barnet "
           "and Islington through the North Central London IRO managers' network.")

    w.heading("Abbreviations", size=13)
    w.kv_lines([("DRP", "Dispute Resolution Process"),
                ("FTE", "full-time equivalent"),
                ("IRO", "Independent Reviewing Officer"),
                ("PEP", "personal education plan"),
                ("UASC", "unaccompanied asylum-seeking children"),
                ("SSDA903", "the annual return on children looked after made to the DfE")],
               label_w=28, size=10.5)
    pdf.ln(4)
    w.para("Head of Safeguarding and Quality Assurance, June 2021", style="I")
    return mc._finish(w)


BUILDERS = {"Gloucestershire": build_gloucestershire, "Oldham": build_oldham,
            "Telford and Wrekin": build_telford, "Haringey": build_haringey}


def build_all(check: bool = True):
    return mh.build_set(SAMPLES, BUILDERS, check)


README = """\
# Sixth held-out test set (illustrative)

Four IRO report PDFs made by `scripts/make_holdout6.py`, with an answer key in the gold
format. **The councils are real, so that council detection can be tested, but every
figure, name and event in these documents is invented.** Each PDF says so on its first
page. Do not quote them as council data.

The documents were drafted after the first five hold-out sets, without reading
`extractor/` or `patterns/` and without running the tool, in wordings and layouts the
earlier sets do not use. All four are full annual reports, since that is what users feed
the tool most, one from each kind of council: a shire county report led by a ruled
"Summary of performance" table with years written "2020 to 2021"; a metropolitan borough
report that is almost entirely narrative, in long multi-clause sentences; a unitary
authority report from a dual-role service with a boxed "Headline figures" panel and a
table of dispute escalations by stage; and a London borough report from the first Covid
year in which every section ends in its own small table and which closes with a
"Looking ahead" list of targets. Use the score as an estimate of performance on unseen
reports; once it has informed the patterns it becomes a regression test and a fresh set
is needed.

Regenerate with `python scripts/make_holdout6.py`.

## Files

- `q*.pdf` - the documents (neutral file names).
- `documents.csv` - doc, council, ons_code (left empty), la_number, region (from the DfE
  register), period, kind.
- `figures.csv` - the answer key in the gold columns. A 31 March snapshot belongs to the
  year ending then; a column headed '2020 to 2021' is 2020-21; comparator figures stated
  for 31 March 2022 (Gloucestershire), 31 March 2018 (Oldham), 31 March 2023 (Telford and
  Wrekin) and the 'Inner London' / 'England' columns of Haringey's Table 1 (2019-20 by
  its caption) belong to those years, not to the report's year. Haringey's "Inner London"
  figures are recorded as `region`. Table evidence joins caption, row label, column header
  and cell with ` ... `; Telford and Wrekin's "Headline figures" lines are recorded with
  the whole 'Label: value' line as evidence. Where prose repeats a figure already recorded
  (a table cell, a headline line) the row is recorded once. Gloucestershire's
  "(94%, 81.0% and 90% respectively at 31 March 2022)" gives three 2021-22 rows (care
  plan, PEP, pathway plan) with the same evidence. Telford and Wrekin's stage table is not
  recorded cell by cell: the escalations total (58) comes from the headline box and the
  formal count (6) from the sentence after the table. `optional=1` rows: Oldham's January
  peak (603) and Haringey's end-of-September low (398).

| doc | council | period | kind | pages | layout | rows (optional) |
| --- | --- | --- | --- | --- | --- | --- |
{table}

## Traps that must not become figures

- Standards and targets: Gloucestershire's "95% standard agreed with the Panel", "range of
  50-70 suggested in paragraph 7.15", "three working days" and its priorities (96%, 55,
  75%, "about 1,200 visits", "below 10%", 95% of PEPs); Oldham's "range of 50 to 70
  children", "ten working days" and its 2019/20 intentions (97%, 600 visits, 60%, "no IRO
  carries more than 65"); Telford and Wrekin's "50-70 guide", "five working days",
  "within 15 working days" and its 2024-25 list (98%, 60, 75%, "10 working days");
  Haringey's "50 to 70 range", last year's targets (95%, "limit of 55", 70%, 500), the
  '2021-22 target' and 'London best quartile' columns of Table 9 (98%, "50 or fewer",
  65%, 800, "under 15%", 95%; 97%, 66%, 12%, 93%) and its list of aims (98%, 50, 65%,
  800, 15%, "20 working days", 95%, 95%); the National Transfer Scheme's "0.1%" and
  "about 133 young people" (Gloucestershire). Table 9's '2020-21 outturn' column repeats
  figures already in the key (97.2, 48, 57, 388, 18, 89) and is not recorded again.
- Staffing that is not the FTE in post: Gloucestershire's "establishment of 17.0 FTE",
  "19 IROs", "two team managers", "16 years'"; Oldham's "eleven IROs", "three months",
  "four of their cases"; Telford and Wrekin's "13 people", "two of them part-time",
  "establishment of 12.0", "vacant 0.5 post"; Haringey's "Ten IROs", "two of them
  part-time", "0.5 FTE" agency cover.
- Changes: Oldham's "38 more than" (both counts are stated), "roughly double the national
  rate"; Gloucestershire's "almost doubled in two years", "the highest number for five
  years".
- Breakdowns, subsets and other measures: Gloucestershire's "Children placed more than 20
  miles from home (%)" and "Reviews chaired by the young person" table rows, "58 were
  unaccompanied", "94 were aged under five" and "37 were brought into care in an
  emergency" (starters), sexes and placements (55%, 67%, 12%, 9%, 38 placed for
  adoption), "41 were moved", out-of-county timeliness "92%", "48 young people chaired",
  feedback cards (204, nine in ten), monitoring forms "2,219" and "74% of care plans"
  judged good, alert themes (58, 41, 37), "Nineteen were settled at Stage 1", "46 young
  people" (pathway), PN1 to PN6; Oldham's "71 children under the age of two", "all but
  two", "about six in ten", "a third of our children", "two of them reaching the
  Assistant Director"; Telford and Wrekin's "58% of them were aged under ten", "22 were
  in sibling groups", "Thirty-five children" (the 7.0% is the figure), "71% chose to
  meet", every cell of Table 2 (58/39, 19/13, 6/5, 1/1 by stage), DRP themes (17, 12,
  9); Haringey's "58% of children in care are boys", "41% are aged 16 or 17", "Subject
  to a care order (%)" and "Held remotely (%)" rows, "41% ... joined their review by
  video", "advocates supported 64 children", Table 6 (advocacy referrals 64/71,
  feedback forms 88/102, young people who chaired 19/23), "301 of this year's contacts
  were by video", "17 young people", "a third of alerts".
- Child protection activity that is not a metric (Telford and Wrekin): "Child protection
  conferences chaired: 590" in the headline box, "188 initial and 402 review
  conferences", "91% of initial conferences".
- Other numbers: paragraph numbers ('3.2'), section numbers, Table 1-9 labels, 'Stage
  1'-'Stage 4', dates (14 September 2023, January 2019, September 2020, June 2021),
  "Children Act 1989", "Regulations 2010", "since 2015", "in 2021", "in 2019", ages ("18
  to 21", "15 to 17", "sixteen or seventeen", "nine-year-old", "4+"), "seven days", the
  telephone number "01632 960418", "SSDA903".
- Council decoys: Bristol, South Gloucestershire and Worcestershire (Gloucestershire);
  Rochdale and Bury (Oldham); Shropshire and Staffordshire (Telford and Wrekin); Enfield,
  Barnet and Islington (Haringey).
- Period: Gloucestershire writes years as '2022 to 2023'; Oldham's title says 'April 2018
  to March 2019' and its comparators are for 31 March 2018; Telford and Wrekin's
  comparators are for 31 March 2023 in a 2023-24 report; Haringey's tables put the
  current year in the first column, the comparator columns' year is only in Table 1's
  caption, and its Looking ahead section is about 2021-22.
"""


def write_holdout6(out_dir: Path | str = DEFAULT_OUT) -> dict[str, Path]:
    return mh.write_set(out_dir, build_all(), README)


def main(argv: list[str] | None = None) -> int:
    return mh.run_cli(argv, __doc__.splitlines()[0], DEFAULT_OUT, build_all, write_holdout6,
                      SAMPLES)


if __name__ == "__main__":
    sys.exit(main())
