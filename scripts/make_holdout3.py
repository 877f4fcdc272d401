"""Generate the third held-out test set of IRO report PDFs, with its answer key.

    python scripts/make_holdout3.py [--out tests/holdout3/]

Writes five PDFs, ``documents.csv``, ``figures.csv`` (gold format) and ``README.md``.

Like ``scripts/make_holdout.py`` and ``scripts/make_holdout2.py``, this set measures the
extractor on wording and layouts written without looking at its patterns. It was drafted
after the first two sets, from the metric vocabulary, the gold annotation conventions and
the genre of real council papers, and deliberately spreads over genres the earlier sets
barely touch: a long annual report with a contents list, numbered paragraphs and a
'Page n of m' running footer; a report whose tables have no rules and whose prose uses
other verbs ("the service convened", "stood at", "escalations under the Resolution
Protocol", "per cent", "N of M, or x per cent"); a committee cover paper sent without
its report; a committee minute written in the third person whose year is given only
by the meeting date and "the last financial year"; and a dual-role (IRO and child
protection chair) report with a ruled table whose rows are financial years.

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
DEFAULT_OUT = ROOT / "tests" / "holdout3"
if str(ROOT / "scripts") not in sys.path:  # loaded by file path (as tests/test_holdout.py does)
    sys.path.insert(0, str(ROOT / "scripts"))

import make_holdout as mh  # noqa: E402  (the shared hold-out helpers; it loads make_corpus)

mc, F, cell_fig, HReport, HWriter = mh.mc, mh.F, mh.cell_fig, mh.HReport, mh.HWriter


_INFOS = [
    (1, "Suffolk", 935, "East of England", "2022-23", "annual_report", 6,
     "Helvetica; cover page with contents list (section numbers and page numbers); running "
     "header (council / report title) and 'Page n of m' footer; numbered paragraphs "
     "('2.1'); staffing section with establishment, in-post FTE and headcount; ruled "
     "three-year table (2020/21, 2021/22, 2022/23, 'Stat. neighbours 2021/22', "
     "'England 2021/22'); 'N of M had ... (x%)' pathway sentence; glossary appendix"),
    (2, "Southwark", 210, "Inner London", "2021-22", "annual_report", 2,
     "Helvetica; footer with title and page number; summary in unusual verbs ('the service "
     "convened', 'a little over nine in ten', 'stood at', 'escalations under the "
     "Resolution Protocol', 'shared their views'); 'per cent'; unruled tables with a "
     "two-line header (Southwark / Southwark / Inner London / England over years) and '..' "
     "cells; second unruled table with a Change column; 'whole-time equivalent'"),
    (3, "Wiltshire", 865, "South West", "2023-24", "cover_report", 3,
     "committee cover paper with no report attached: bold label/value metadata lines, "
     "executive summary bullets with figures, Purpose of report / Recommendations / "
     "Background / Main considerations / implications sections; pound amounts and a "
     "0.5 FTE vacancy in the financial and workforce implications; an implied previous-year "
     "count"),
    (4, "Coventry", 331, "West Midlands", "2016-17", "cover_report", 2,
     "committee minute (not a report): Present / Apologies lists, numbered minute items, "
     "third-person bullets ('Members were informed that ...'), questions from members, "
     "RESOLVED; year given only by the meeting date (October 2017), 'the last financial "
     "year', 'the end of March' and 'priorities for 2017/18'; caseload range; another "
     "agenda item with its own numbers"),
    (5, "Barnsley", 370, "Yorkshire and The Humber", "2019-20", "annual_report", 2,
     "Times; dual-role service (IROs also chair child protection conferences); header with "
     "council and unit, centred page number; ruled table with financial years as rows "
     "('2017/18' ...) and CLA, CP plans, FTE and LAC / CP / combined caseloads as columns; "
     "'(2018/19 = 121)'; numbers in words; CP conference counts and conference parental "
     "attendance as decoys; South Yorkshire councils named"),
]

SAMPLES = mh.sample_infos(_INFOS, "holdout3", "m")
BY_COUNCIL = {i.council: i for i in SAMPLES.values()}

DISCLAIMER = mh.disclaimer("third")


_cells = mh.table_row  # one table row: a figure per non-empty cell


# --------------------------------------------------------------------------- 1. Suffolk

_SUFFOLK_TOC = [
    ("F", "Foreword"),
    ("1", "Introduction and legal framework"),
    ("2", "Suffolk's children in care"),
    ("3", "The IRO service: staffing and caseloads"),
    ("4", "Performance at a glance"),
    ("5", "Reviews: timeliness and participation"),
    ("6", "Planning for children"),
    ("7", "Contact between reviews"),
    ("8", "Challenge and the Problem Resolution Process"),
    ("9", "Quality assurance of the IRO service"),
    ("10", "What children and young people told us"),
    ("11", "Priorities for 2023-24"),
    ("", "Appendix A: Glossary"),
]


def _build_suffolk(toc_pages: dict[str, int] | None):
    info = BY_COUNCIL["Suffolk"]
    pdf = HReport(header_left="Suffolk County Council", header_right="Independent Reviewing "
                  "Officer Service - Annual Report 2022-23", footer_left="OFFICIAL",
                  footer_right="Page {n} of {nb}",
                  title="Independent Reviewing Officer Service Annual Report 2022-23",
                  author="Suffolk County Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 11, 5.6
    seen: dict[str, int] = {}

    def section(key: str, text: str):
        w.heading(text, size=12.5, before=4)
        seen[key] = pdf.page_no()

    def p(number, text, *figs):
        w.para(text, *figs, number=number)

    pdf.add_page()
    pdf.ln(12)
    w.title("Suffolk County Council", size=15, h=8)
    w.para("Children and Young People's Services", after=6)
    w.title("Independent Reviewing Officer Service", size=22, h=11)
    w.title("Annual Report 2022-23", size=22, h=11)
    pdf.ln(3)
    w.para("Covering the period 1 April 2022 to 31 March 2023", style="I", after=1)
    w.para("For: Corporate Parenting Board; Education and Children's Services Scrutiny "
           "Committee", after=1)
    w.para("Prepared by: Head of Safeguarding and Reviewing", after=5)
    w.disclaimer(DISCLAIMER.format(council="Suffolk County Council"))
    pdf.ln(8)
    w.title("Contents", size=13, h=8)
    pdf.set_font(pdf.base_font, size=10.5)
    for key, text in _SUFFOLK_TOC:
        key = key or "A"
        page = (toc_pages or {}).get(key or "A", 0)
        pdf.cell(10, 6.5, key if key.isdigit() else "")
        pdf.cell(140, 6.5, text)
        pdf.cell(20, 6.5, str(page), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.add_page()

    section("F", "Foreword")
    w.para("This has been a demanding year for children in Suffolk and for the people who "
           "plan their care. More children came into care than in any year since the "
           "service began keeping its current records, more of them were teenagers, and "
           "more of them had to live a long way from home because the right local placement "
           "could not be found. Against that background I am proud that the IRO service "
           "improved the timeliness of reviews, kept children at the centre of them and "
           "continued to challenge when plans drifted.")
    w.para("The service was inspected as part of the Ofsted inspection of local authority "
           "children's services in November 2022. Inspectors found that IROs knew their "
           "children well and that their oversight was visible on children's records, but "
           "that challenge was not always followed through to a resolution. Section 8 "
           "describes what we have changed as a result.")
    w.para("I would like to thank the IROs, the business support team and, above all, the "
           "children and young people who told us what they think of their reviews, "
           "sometimes bluntly. Their comments in section 10 are the best measure of whether "
           "we are doing our job.")
    w.para("Head of Safeguarding and Reviewing, June 2023", style="I")

    # 1 ------------------------------------------------------------------------
    section("1", "1. Introduction and legal framework")
    p("1.1", "This is the annual report of Suffolk's Independent Reviewing Officer (IRO) "
      "service for the year from 1 April 2022 to 31 March 2023. It is produced in line with "
      "the IRO Handbook (2010), which asks the manager of the service to report each year to "
      "the corporate parent on how IROs have carried out their functions and on the quality "
      "of care planning for the children the council looks after.")
    p("1.2", "Every child in the care of the local authority must have an IRO, appointed "
      "under section 25A of the Children Act 1989. The IRO chairs the child's statutory "
      "reviews, monitors the authority's performance of its functions in relation to the "
      "child, and makes sure that the child's wishes and feelings are given due weight. "
      "Where an IRO is not satisfied, they can escalate within the council and, as a last "
      "resort, refer a case to Cafcass.")
    p("1.3", "The report is organised around the four questions the Corporate Parenting "
      "Board asked us to answer last year: are reviews happening when they should, are "
      "children taking part, are plans up to date, and are IROs challenging when things go "
      "wrong? Section 4 brings the main indicators together in a single table so that "
      "members can see the trend over three years.")

    # 2 ------------------------------------------------------------------------
    section("2", "2. Suffolk's children in care")
    p("2.1", "The number of children in care has grown for the third year in a row. On 31 "
      "March 2023 Suffolk was corporate parent to 1,012 children, compared with 968 a year "
      "earlier and 934 at the end of March 2021.",
      F("cla_count", "2022-23", "1012", "Suffolk was corporate parent to 1,012 children"),
      F("cla_count", "2021-22", "968", "compared with 968 a year earlier"),
      F("cla_count", "2020-21", "934", "934 at the end of March 2021"))
    p("2.2", "The growth has come less from more children entering care than from fewer "
      "leaving it: 402 children entered care during the year, only slightly more than the "
      "389 who did so in 2021-22, while the number ceasing to be looked after fell by 37. "
      "Fewer special guardianship orders were granted, and more young people remained in "
      "care until their eighteenth birthday.",
      F("cla_starts", "2022-23", "402", "402 children entered care during the year"),
      F("cla_starts", "2021-22", "389", "the 389 who did so in 2021-22"))
    p("2.3", "Boys account for 57% of the population and girls for 43%. Children under five "
      "make up 14%, those aged five to nine 17%, ten to fifteen 39% and sixteen and "
      "seventeen 30%. Around one child in six is from a Black, Asian or other minority "
      "ethnic background, compared with about one in ten of Suffolk's under-18 population.")
    p("2.4", "Suffolk continues to take part in the National Transfer Scheme. At the year "
      "end the council was looking after 97 unaccompanied asylum-seeking children, 9.6% of "
      "all children in care and up from 81 a year before. Almost all are boys aged 15 to "
      "17, and most live in supported accommodation in Ipswich.",
      F("uasc_count", "2022-23", "97", "the council was looking after 97 unaccompanied "
        "asylum-seeking children"),
      F("uasc_count", "2021-22", "81", "up from 81 a year before"))
    p("2.5", "Just under a fifth of children are accommodated with the agreement of their "
      "parents under section 20. IROs consider whether each such arrangement is still right "
      "at every review, and during the year pressed for a legal planning meeting in a number "
      "of cases where the arrangement had drifted.")

    # 3 ------------------------------------------------------------------------
    section("3", "3. The IRO service: staffing and caseloads")
    p("3.1", "The IRO service sits within the Safeguarding and Reviewing Service, alongside "
      "the child protection conference chairs and the Local Authority Designated Officer. It "
      "is led by the Head of Safeguarding and Reviewing and two team managers, each of whom "
      "supervises a group of IROs based in Ipswich or Bury St Edmunds.")
    p("3.2", "The funded establishment is 17.5 full-time equivalent IRO posts. Recruitment "
      "was difficult in the first half of the year; by 31 March 2023 the service had 16.2 "
      "FTE IROs in post (19 people, several of whom work part time), including two agency "
      "workers. In March 2022 the figure had been 14.8 FTE.",
      F("iro_fte", "2022-23", "16.2", "the service had 16.2 FTE IROs in post"),
      F("iro_fte", "2021-22", "14.8", "In March 2022 the figure had been 14.8 FTE"))
    p("3.3", "The mean caseload per full-time IRO was 62 children at the year end, compared "
      "with 65 twelve months earlier. Caseloads were highest in the autumn, when a single "
      "full-time IRO could hold as many as 74 children, and the service is clear that this "
      "is too many. The IRO Handbook suggests 50 to 70 children for a full-time IRO; our own "
      "aim is that nobody carries more than 60.",
      F("iro_caseload_avg", "2022-23", "62", "The mean caseload per full-time IRO was 62 "
        "children"),
      F("iro_caseload_avg", "2021-22", "65", "compared with 65 twelve months earlier"))
    p("3.4", "Turnover was 11% over the year. One IRO retired after 19 years with the "
      "council, and two new IROs joined from the council's own safeguarding teams. All IROs "
      "are qualified and registered social workers with at least five years' post-"
      "qualifying experience, and each receives monthly supervision and an annual appraisal.")

    # 4 ------------------------------------------------------------------------
    section("4", "4. Performance at a glance")
    p("4.1", "Table 1 sets out the main indicators over three years. The comparator columns "
      "show the most recent published figures for Suffolk's statistical neighbours and for "
      "England, which relate to 2021/22; the national figures for 2022/23 will not be "
      "published until the autumn.")
    cap = "Table 1: Suffolk performance indicators, 2020/21 to 2022/23"
    w.caption(cap, keep=70)
    cols = ("2020/21", "2021/22", "2022/23", "Stat. neighbours 2021/22", "England 2021/22")
    periods = ("2020-21", "2021-22", "2022-23", "2021-22", "2021-22")
    comps = ("la", "la", "la", "statistical_neighbours", "england")
    rows = [
        ("Children looked after per 10,000 aged 0-17", "cla_rate_per_10k",
         ("60.3", "62.5", "65.3", "57.9", "70.0")),
        ("Children starting to be looked after per 10,000", "cla_starts_rate_per_10k",
         ("23.4", "25.1", "25.9", "24.6", "23.0")),
        ("Reviews held in the year", "cla_reviews_held", ("2,318", "2,392", "2,467", "-", "-")),
        ("Reviews held within timescale (%)", "cla_reviews_in_timescale_pct",
         ("90.8", "93.4", "95.0", "-", "-")),
        ("Children aged 4+ who took part in their review (%)", "child_participation_pct",
         ("94.1", "95.6", "96.8", "-", "-")),
        ("Looked after under section 20 (%)", "s20_pct", ("21.7", "20.3", "19.4", "16.0",
                                                           "15.0")),
        ("Personal education plan up to date (%)", "pep_up_to_date_pct",
         ("83", "88", "91", "-", "-")),
    ]
    w.grid([("Indicator",) + cols] + [(label,) + vals for label, _, vals in rows],
           col_widths=(60, 20, 20, 20, 25, 25), align=("LEFT",) + ("CENTER",) * 5, size=9,
           line_height=5.2)
    for label, metric, vals in rows:
        _cells(w, cap, label, metric, cols, vals, periods, comps)
    p("4.2", "Suffolk's rate of children in care remains below the England figure but has "
      "now moved clearly above the statistical neighbour average. The proportion "
      "accommodated under section 20 has fallen in each of the last three years but is "
      "still higher than elsewhere.")

    # 5 ------------------------------------------------------------------------
    section("5", "5. Reviews: timeliness and participation")
    p("5.1", "Timeliness improved again. Of the reviews chaired in 2022-23, 123 did not take "
      "place within timescale; in 41 of these the delay was a matter of days and was agreed "
      "so that a parent, a relative or the child's school could attend. The Corporate "
      "Parenting Board has set the service a target of 98%, which has not yet been reached.",
      F("cla_reviews_out_of_timescale", "2022-23", "123", "123 did not take place within "
        "timescale"))
    p("5.2", "First reviews, which must take place within 20 working days of a child coming "
      "into care, remain the weakest area: 86% were on time. Late notification of a new "
      "placement is the most common cause, and the service has agreed a new notification "
      "route with the placements team.")
    p("5.3", "Nearly all children aged four and over contributed to their review in some way "
      "(see Table 1). Of those, 61% attended in person for at least part of the meeting, "
      "22% shared their views through a consultation booklet or an app, and the rest did so "
      "through an advocate, their carer or their social worker.")
    p("5.4", "Parents took part in 1,166 reviews, 47.3% of the total. Participation is lowest "
      "where children have been in care for many years, and IROs are now expected to record "
      "why a parent was not invited.",
      F("parent_participation_pct", "2022-23", "47.3", "Parents took part in 1,166 reviews, "
        "47.3% of the total"))

    # 6 ------------------------------------------------------------------------
    section("6", "6. Planning for children")
    p("6.1", "At the end of March, 92.6% of children in care had a care plan that had been "
      "updated within the previous six months. The figure was 89.9% a year earlier. IROs "
      "check at each review that the plan reflects what was agreed last time and raise a "
      "quality note where it does not.",
      F("care_plan_up_to_date_pct", "2022-23", "92.6", "92.6% of children in care had a "
        "care plan that had been updated within the previous six months"),
      F("care_plan_up_to_date_pct", "2021-22", "89.9", "The figure was 89.9% a year "
        "earlier"))
    p("6.2", "Personal education plans are reviewed each term with the Virtual School. The "
      "PEP measure in Table 1 counts a plan as current if it was held in the previous "
      "school term.")
    p("6.3", "Of the 298 care leavers aged 16 to 21 who were entitled to a pathway plan, 271 "
      "(90.9%) had a plan reviewed within the previous six months. IROs chair the reviews of "
      "young people aged 16 and 17 and have worked with the Leaving Care team to make the "
      "plans shorter and clearer.",
      F("pathway_plan_up_to_date_pct", "2022-23", "90.9", "271 (90.9%) had a plan reviewed "
        "within the previous six months"))

    # 7 ------------------------------------------------------------------------
    section("7", "7. Contact between reviews")
    p("7.1", "IROs are expected to see each child before every review and to keep in touch "
      "in between. The service recorded 1,140 visits by IROs to children outside their "
      "review meetings in 2022-23, a rise of 23% on the previous year's 927. Most took "
      "place at the child's home or school.",
      F("iro_visits", "2022-23", "1140", "The service recorded 1,140 visits by IROs to "
        "children outside their review meetings"),
      F("iro_visits", "2021-22", "927", "the previous year's 927"))
    p("7.2", "Children told us that they would rather see their IRO somewhere familiar and "
      "not only on the day of the review. Several IROs now meet young people for a walk or a "
      "coffee a few weeks beforehand, which also gives time to agree who should attend.")

    # 8 ------------------------------------------------------------------------
    section("8", "8. Challenge and the Problem Resolution Process")
    p("8.1", "Most concerns are settled in a conversation between the IRO and the social "
      "worker or team manager. Where that does not work, or where the issue is serious, the "
      "IRO starts the Problem Resolution Process (PRP), which has three stages: team "
      "manager, service manager and Assistant Director.")
    p("8.2", "IROs recorded 204 quality notes on children's files where they had a concern "
      "that did not, at that point, warrant the PRP. The notes are copied to the team "
      "manager, who is asked to reply within ten working days.",
      F("case_alerts", "2022-23", "204", "IROs recorded 204 quality notes"))
    p("8.3", "The PRP was used 29 times in 2022-23, compared with 35 times the year before. "
      "Twenty-one cases were resolved at stage one, six at stage two and two at stage three. "
      "No case was referred to Cafcass.",
      F("drp_count", "2022-23", "29", "The PRP was used 29 times in 2022-23"),
      F("drp_count", "2021-22", "35", "compared with 35 times the year before"))
    p("8.4", "Delay in permanence planning accounted for 38% of PRPs, and the timeliness of "
      "health assessments for a further 21%. The Assistant Director receives a quarterly "
      "summary of themes so that patterns are not lost in individual cases.")

    # 9 ------------------------------------------------------------------------
    section("9", "9. Quality assurance of the IRO service")
    p("9.1", "Team managers audited 72 review records during the year against the service's "
      "practice standards. 81% were judged good or better, up from 70% in the previous "
      "audit cycle, and none was judged inadequate. The most common weakness was a review "
      "record written for professionals rather than for the child.")
    p("9.2", "Each IRO is observed chairing a review at least once a year. Observations in "
      "2022-23 found that IROs prepared thoroughly and managed difficult meetings well; "
      "several were less confident when a child wanted to chair their own review, and a "
      "workshop on this was run in March 2023.")
    p("9.3", "Three complaints were received about the IRO service, none of which was "
      "upheld. Two compliments came from foster carers and one from a young person's "
      "solicitor.")
    p("9.4", "The service also looks at where children live. At the year end 41% of "
      "children in care lived more than 20 miles from their home address, and 12% lived "
      "outside Suffolk and its neighbouring counties. IROs have asked for a sufficiency "
      "report to be brought to the Board.")

    section("10", "10. What children and young people told us")
    p("10.1", "The Children in Care Council ran a survey of 143 children and young people in "
      "February 2023. Of those who replied, 88% said they knew who their IRO was and 79% "
      "said their IRO listened to them. The lowest score, 64%, was for being asked where "
      "the review should take place.")
    p("10.2", "One young person wrote: \"My IRO actually reads what I send her and brings it "
      "up in the meeting. I didn't have to say it all again.\" Another asked for reviews "
      "to be shorter and to happen after school rather than during lessons.")

    # 10 -----------------------------------------------------------------------
    section("11", "11. Priorities for 2023-24")
    w.fig_bullets([
        "Hold 97% of reviews within timescale, and 90% of first reviews.",
        "Bring the average caseload down to 60 or fewer by recruiting to the vacant posts.",
        "Increase the proportion of reviews with a parent taking part to 55%.",
        "Introduce a short feedback card for parents after every review.",
        "Report the themes from quality notes and the PRP to the Board twice a year.",
    ])

    section("A", "Appendix A: Glossary")
    w.kv_lines([
        ("CLA", "Children looked after (children in care)"),
        ("IRO", "Independent Reviewing Officer"),
        ("FTE", "Full-time equivalent"),
        ("PEP", "Personal education plan"),
        ("PRP", "Problem Resolution Process, the council's escalation route for IROs"),
        ("Section 20", "Accommodation with the agreement of those with parental "
                       "responsibility (Children Act 1989)"),
        ("UASC", "Unaccompanied asylum-seeking children"),
    ], label_w=28, size=10)
    return mc._finish(w), seen


def build_suffolk():
    _, pages = _build_suffolk(None)
    sample, again = _build_suffolk(pages)
    assert again == pages, "contents page numbers moved between passes"
    return sample


# --------------------------------------------------------------------------- 2. Southwark


def build_southwark():
    info = BY_COUNCIL["Southwark"]
    pdf = HReport(footer_center="Southwark Independent Reviewing Service  |  Annual Report "
                  "2021/22  |  {n}", title="Independent Reviewing Service Annual Report 2021/22",
                  author="Southwark Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 10, 5.0
    pdf.add_page()
    w.para("Southwark Council  -  Children's and Adults' Services", style="B", after=1)
    w.title("Independent Reviewing Service: Annual Report 2021/22", size=18, h=9)
    w.para("Reporting period: April 2021 to March 2022", after=2)
    w.disclaimer(DISCLAIMER.format(council="Southwark Council"))
    pdf.ln(2)

    w.heading("The year in summary", size=12)
    w.para("The service convened 1,318 reviews for children in our care this year. A little "
           "over nine in ten took place on time: 1,205 of 1,318, or 91.4 per cent. The other "
           "113 reviews slipped past their due date, most of them by less than a week.",
           F("cla_reviews_held", "2021-22", "1318", "The service convened 1,318 reviews"),
           F("cla_reviews_in_timescale_pct", "2021-22", "91.4", "1,205 of 1,318, or 91.4 per "
             "cent"),
           F("cla_reviews_out_of_timescale", "2021-22", "113", "The other 113 reviews slipped "
             "past their due date"))
    w.para("Children and young people who shared their views ahead of or during their review "
           "made up 96 per cent of those aged four and over. The IRO team's average caseload "
           "stood at 58 at the year end, down from 61 a year earlier, and IROs made 47 "
           "escalations under the Resolution Protocol.",
           F("child_participation_pct", "2021-22", "96", "Children and young people who "
             "shared their views ahead of or during their review made up 96 per cent of "
             "those aged four and over"),
           F("iro_caseload_avg", "2021-22", "58", "The IRO team's average caseload stood at "
             "58"),
           F("iro_caseload_avg", "2020-21", "61", "down from 61 a year earlier"),
           F("drp_count", "2021-22", "47", "IROs made 47 escalations under the Resolution "
             "Protocol"))

    w.heading("Who we are", size=12)
    w.para("Southwark's IROs are a small and settled team. During 2021/22 the service had 7.6 "
           "whole-time equivalent IROs in post, nine people in all, managed by a Reviewing "
           "Service Manager who also chairs a handful of complex reviews. The Council's own "
           "standard is that no IRO should hold more than 65 children, comfortably inside the "
           "Handbook's range of 50-70.",
           F("iro_fte", "2021-22", "7.6", "7.6 whole-time equivalent IROs in post"))

    w.heading("Children in our care", size=12)
    w.para("Table 1 compares Southwark with inner London boroughs and with England. Counts "
           "are taken at 31 March; '..' means no comparable figure is published.")
    cap = "Table 1  Children looked after: Southwark and comparators"
    hdr_top = ("", "Southwark", "Southwark", "Inner London", "England")
    hdr_year = ("", "2020/21", "2021/22", "2021/22", "2021/22")
    body = [
        ("Looked after at 31 March", "cla_count", ("463", "441", "..", "..")),
        ("Rate per 10,000 children", "cla_rate_per_10k", ("74", "71", "62", "70")),
        ("Entered care during the year", "cla_starts", ("181", "166", "..", "..")),
        ("Entering care, rate per 10,000", "cla_starts_rate_per_10k", ("29", "27", "24", "23")),
        ("Unaccompanied asylum-seeking children", "uasc_count", ("38", "46", "..", "..")),
        ("Accommodated under section 20 (per cent)", "s20_pct", ("27", "24", "18", "15")),
    ]
    if pdf.will_page_break(62):
        pdf.add_page()
    w.unruled_table(cap, [hdr_top, hdr_year] + [(label,) + vals for label, _, vals in body],
                    xs=(20, 98, 120, 142, 166), widths=(76, 20, 20, 24, 22),
                    aligns=("L", "R", "R", "R", "R"), size=9.5, h=5.8)
    cols = ("2020/21", "2021/22", "Inner London", "England")
    periods = ("2020-21", "2021-22", "2021-22", "2021-22")
    comps = ("la", "la", "region", "england")
    for label, metric, vals in body:
        _cells(w, cap, label, metric, cols, vals, periods, comps)
    w.para("Both the number and the rate fell in 2021/22, the first fall since 2016. There "
           "were 263 boys and 178 girls in care at the year end. Black and Black British "
           "children make up 45 per cent of the children we look after, against 26 per cent "
           "of Southwark's child population, and IROs look closely at whether each child's "
           "plan addresses identity, language and faith. Like Lambeth and Lewisham, "
           "Southwark places more than half of its children outside the borough.")

    w.heading("Reviews", size=12)
    cap2 = "Table 2  Reviewing activity"
    body2 = [
        ("Reviews convened", "cla_reviews_held", ("1,362", "1,318", "-3.2%")),
        ("On time (per cent)", "cla_reviews_in_timescale_pct", ("88.5", "91.4", "+2.9 pts")),
        ("Reviews out of timescale", "cla_reviews_out_of_timescale", ("157", "113", "-44")),
        ("Child participation, aged 4+ (per cent)", "child_participation_pct",
         ("94", "96", "+2 pts")),
        ("Parent participation (per cent)", "parent_participation_pct",
         ("21.0", "23.7", "+2.7 pts")),
        ("IRO visits between reviews", "iro_visits", ("702", "874", "+172")),
    ]
    if pdf.will_page_break(52):
        pdf.add_page()
    w.unruled_table(cap2, [("", "2020/21", "2021/22", "Change")]
                    + [(label,) + vals for label, _, vals in body2],
                    xs=(20, 98, 122, 148), widths=(76, 22, 22, 22),
                    aligns=("L", "R", "R", "R"), size=9.5, h=5.8)
    for label, metric, vals in body2:
        # the 2021/22 column repeats figures recorded from the summary and prose
        _cells(w, cap2, label, metric, ("2020/21",), vals[:1], ("2020-21",))
    w.para("Mothers, fathers and others with parental responsibility took part in 312 of "
           "1,318 reviews (23.7%). That is low, and the service has started offering parents a "
           "separate conversation with the IRO where a joint meeting would not be safe or "
           "helpful. Reviews are now mostly hybrid: the child chooses whether to meet in "
           "person, and others join by video.",
           F("parent_participation_pct", "2021-22", "23.7", "took part in 312 of 1,318 reviews "
             "(23.7%)"))
    w.para("IROs logged 874 visits to children away from their review meetings, roughly a "
           "quarter more than the year before. Young people aged 16 and 17 were the group "
           "least often seen, and 61 per cent of them asked to meet somewhere other than "
           "their placement.",
           F("iro_visits", "2021-22", "874", "IROs logged 874 visits to children away from "
             "their review meetings"))

    w.heading("Plans", size=12)
    w.para("At the year end the care plans of 419 of the 441 children in care were current "
           "(95 per cent). Personal education plans were in date for 87 per cent of children "
           "of school age, and the Leaving Care service kept 82 per cent of pathway plans "
           "within the six-month review cycle.",
           F("care_plan_up_to_date_pct", "2021-22", "95", "the care plans of 419 of the 441 "
             "children in care were current (95 per cent)"),
           F("pep_up_to_date_pct", "2021-22", "87", "Personal education plans were in date "
             "for 87 per cent of children of school age"),
           F("pathway_plan_up_to_date_pct", "2021-22", "82", "kept 82 per cent of pathway "
             "plans within the six-month review cycle"))

    w.heading("Resolving disagreements", size=12)
    w.para("Before escalating, an IRO normally raises the matter directly. IROs opened 138 "
           "queries with social workers and team managers in 2021/22, the informal step that "
           "comes before the Resolution Protocol. The 47 escalations compare with 52 "
           "escalations in 2020/21; 38 were settled by the team manager and the rest by the "
           "Head of Service, and none needed to go to the Director.",
           F("case_alerts", "2021-22", "138", "IROs opened 138 queries with social workers "
             "and team managers"),
           F("drp_count", "2020-21", "52", "52 escalations in 2020/21"))
    w.para("The Council's standard is that 95 per cent of reviews happen on time and that "
           "every child sees their IRO before each review. In 2022/23 the service will aim "
           "for 75 per cent of review records to be written to the child.")
    return mc._finish(w)


# --------------------------------------------------------------------------- 3. Wiltshire


def build_wiltshire():
    info = BY_COUNCIL["Wiltshire"]
    pdf = HReport(footer_left="Wiltshire Council - Children's Select Committee",
                  footer_right="{n}",
                  title="Independent Reviewing Officer Service Annual Report 2023-24 "
                  "(cover paper)", author="Wiltshire Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 10.5, 5.2
    pdf.add_page()
    w.title("Wiltshire Council", size=16, h=8)
    pdf.ln(1)
    w.kv_lines([("Meeting:", "Children's Select Committee"),
                ("Date:", "5 November 2024"),
                ("Subject:", "Independent Reviewing Officer Service - Annual Report 2023-24"),
                ("Cabinet Member:", "Cabinet Member for Children's Services"),
                ("Key Decision:", "Non Key"),
                ("Divisions affected:", "All")], label_w=40)
    pdf.ln(2)
    w.disclaimer("Illustrative cover paper written for a third held-out test of the "
                 "open-source iro tool. Wiltshire Council is real, but this paper and every "
                 "figure in it are invented and do not reproduce any Wiltshire Council "
                 "document.")
    pdf.ln(2)

    w.heading("Executive Summary", size=12)
    w.para("This paper introduces the annual report of the Independent Reviewing Officer "
           "(IRO) service for 2023-24. The full report will be published on the Council's "
           "website and is not attached. In summary:", after=1.5)
    w.fig_bullets([
        ("Wiltshire was looking after 498 children on 31 March 2024, 23 fewer than a year "
         "before.",
         [F("cla_count", "2023-24", "498", "Wiltshire was looking after 498 children on 31 "
            "March 2024"),
          F("cla_count", "2022-23", "521", "23 fewer than a year before", optional=1)]),
        ("IROs chaired 1,406 reviews, 96.2% of them on time against 94.8% the previous "
         "year.",
         [F("cla_reviews_held", "2023-24", "1406", "IROs chaired 1,406 reviews"),
          F("cla_reviews_in_timescale_pct", "2023-24", "96.2", "96.2% of them on time"),
          F("cla_reviews_in_timescale_pct", "2022-23", "94.8", "against 94.8% the previous "
            "year")]),
        ("98% of children aged four and over took part in their reviews.",
         [F("child_participation_pct", "2023-24", "98", "98% of children aged four and over "
            "took part in their reviews")]),
        ("The service had 9.5 FTE IROs, with an average caseload of 52.",
         [F("iro_fte", "2023-24", "9.5", "The service had 9.5 FTE IROs"),
          F("iro_caseload_avg", "2023-24", "52", "an average caseload of 52")]),
        ("IROs escalated 18 cases under the dispute resolution process; all were resolved "
         "below Director level.",
         [F("drp_count", "2023-24", "18", "IROs escalated 18 cases under the dispute "
            "resolution process")]),
    ], after=1.5)

    w.heading("Purpose of Report", size=12)
    w.para("1. To present the Committee with the main findings of the IRO service's annual "
           "report for 2023-24 and to invite comments on the service's priorities for "
           "2024-25.")

    w.heading("Recommendations", size=12)
    w.para("2. That the Committee (a) notes the findings of the IRO annual report 2023-24; "
           "and (b) endorses the priorities for 2024-25 set out in paragraph 9.")

    w.heading("Relevance to the Council's Business Plan", size=12)
    w.para("3. The work of the IRO service supports the Business Plan 2022-32 commitment that "
           "children in the Council's care have the best start in life.")

    w.heading("Background", size=12)
    w.para("4. Section 25A of the Children Act 1989 requires the Council to appoint an IRO "
           "for every child it looks after. The Care Planning, Placement and Case Review "
           "(England) Regulations 2010 and the IRO Handbook set out how reviews must be held, "
           "and the Handbook asks the IRO manager to report each year to the corporate "
           "parent.")
    w.para("5. Wiltshire's IROs are part of the Quality Assurance and Safeguarding Service "
           "and work from Trowbridge and Salisbury. Out-of-hours cover for the service is "
           "shared with Swindon Borough Council.")

    w.heading("Main Considerations for the Council", size=12)
    w.para("6. Timeliness is the best the service has recorded, and the Council's target of "
           "95% of reviews on time was met in every quarter. The remaining delays mostly "
           "concern first reviews, which must be held within 20 working days.")
    w.para("7. Children's own feedback is positive: 84% of the 112 children who returned a "
           "feedback form rated their review as good or very good. Parents' feedback was more "
           "mixed, and parental attendance is a priority for next year.")
    w.para("8. Most concerns raised by IROs were resolved informally with team managers. The "
           "commonest themes were delay in permanence planning and the quality of pathway "
           "plans for young people aged 16 and 17.")
    w.para("9. The priorities for 2024-25 are to keep timeliness above 95%, to increase "
           "parental participation to 60% of reviews, and to introduce a review record "
           "written to the child for every child aged 7 and over.")

    w.heading("Safeguarding Implications", size=12)
    w.para("10. The IRO's oversight of each child's plan is a core safeguard for children in "
           "care. There are no new safeguarding implications arising from this paper.")

    w.heading("Equalities Impact of the Proposal", size=12)
    w.para("11. IROs check that each child's plan meets their needs arising from disability, "
           "ethnicity, religion, language and sexual orientation or gender identity.")

    w.heading("Risk Assessment", size=12)
    w.para("12. The main risk is the loss of experienced IROs. Agency cover has not been "
           "needed since July 2023.")

    w.heading("Financial Implications", size=12)
    w.para("13. The IRO service budget for 2024-25 is \u00a3742,000, almost all of it "
           "staffing. A 0.5 FTE vacancy is being held, saving \u00a331,000 in the current "
           "year. There are no further financial implications.")

    w.heading("Legal Implications", size=12)
    w.para("14. The Council is meeting its statutory duties in relation to the appointment "
           "and work of IROs. There are no further legal implications.")

    w.heading("Workforce Implications", size=12)
    w.para("15. None beyond the vacancy described at paragraph 13.")

    w.heading("Conclusions", size=12)
    w.para("16. The IRO service continues to perform well, and the Committee is asked to "
           "note the report and endorse its priorities.")
    w.para("Report Author: Head of Quality Assurance and Safeguarding, Families and "
           "Children's Services. Date of report: 14 October 2024.", style="I", after=1)
    w.para("Appendices: None. Background papers: None.", style="I")
    return mc._finish(w)


# --------------------------------------------------------------------------- 4. Coventry


def build_coventry():
    info = BY_COUNCIL["Coventry"]
    pdf = HReport(footer_right="{n}", title="Corporate Parenting Board - Minutes",
                  author="Coventry City Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 10.5, 5.3
    pdf.add_page()
    w.title("Coventry City Council", size=15, h=8)
    w.para("Minutes of the Meeting of the Corporate Parenting Board held at 2.00 pm on "
           "Wednesday, 11 October 2017", style="B", after=2)
    w.disclaimer("Illustrative minute written for a third held-out test of the open-source "
                 "iro tool. Coventry City Council is real, but this minute, the people named "
                 "in it and every figure in it are invented; it is not a record of any "
                 "Coventry City Council meeting.")
    pdf.ln(2)
    w.kv_lines([
        ("Present:", ""),
        ("Members:", "Councillor M Ashworth (Chair), Councillor R Bains, Councillor L Keane, "
                     "Councillor T Osei, Councillor P Whitlock"),
        ("Employees:", "J Fenwick (Head of Service, Quality Assurance and Review), S Marlow "
                       "(IRO Service Manager), C Devlin (Governance Services)"),
        ("Others present:", "Two members of the Children in Care Council"),
        ("Apologies:", "Councillor D Hartley"),
    ], label_w=34, size=10)
    pdf.ln(2)
    w.heading("Public Business", size=12)

    w.heading("18. Declarations of Interest", size=11, before=1)
    w.para("There were no declarations of interest.")
    w.heading("19. Minutes", size=11, before=1)
    w.para("The minutes of the meeting held on 12 July 2017 were agreed and signed as a true "
           "record. There were no matters arising.")

    w.heading("20. Independent Reviewing Officer Service Annual Report", size=11, before=1)
    w.para("The Board considered a report of the Director of Children's Services which "
           "presented the annual report of the Independent Reviewing Officer (IRO) service for "
           "the last financial year. The Head of Service introduced the report, and Members "
           "were informed that:", after=1.5)
    w.fig_bullets([
        ("692 children were in the care of the City Council at the end of March, compared "
         "with 651 twelve months earlier",
         [F("cla_count", "2016-17", "692", "692 children were in the care of the City Council "
            "at the end of March"),
          F("cla_count", "2015-16", "651", "compared with 651 twelve months earlier")]),
        ("this was a rate of 89 per 10,000 children, above the West Midlands average of 75 "
         "and the England average of 62",
         [F("cla_rate_per_10k", "2016-17", "89", "a rate of 89 per 10,000 children"),
          F("cla_rate_per_10k", "2016-17", "75", "the West Midlands average of 75",
            comparator="region"),
          F("cla_rate_per_10k", "2016-17", "62", "the England average of 62",
            comparator="england")]),
        ("306 children had become looked after during the year, and the number of "
         "unaccompanied asylum-seeking young people in care had reached 54",
         [F("cla_starts", "2016-17", "306", "306 children had become looked after during the "
            "year"),
          F("uasc_count", "2016-17", "54", "the number of unaccompanied asylum-seeking young "
            "people in care had reached 54")]),
        ("the service had 12.4 full-time equivalent IROs, and average caseloads had "
         "fluctuated between 54 and 60 children per IRO during the year",
         [F("iro_fte", "2016-17", "12.4", "the service had 12.4 full-time equivalent IROs"),
          F("iro_caseload_avg", "2016-17", "54", "average caseloads had fluctuated between 54 "
            "and 60 children per IRO", high="60")]),
        ("2,011 reviews had been held, and 97.3 per cent had taken place within timescale",
         [F("cla_reviews_held", "2016-17", "2011", "2,011 reviews had been held"),
          F("cla_reviews_in_timescale_pct", "2016-17", "97.3", "97.3 per cent had taken place "
            "within timescale")]),
        ("children and young people had participated in 93 per cent of their reviews, up "
         "from 89 per cent",
         [F("child_participation_pct", "2016-17", "93", "children and young people had "
            "participated in 93 per cent of their reviews"),
          F("child_participation_pct", "2015-16", "89", "up from 89 per cent")]),
        ("IROs had raised 41 disputes, five of which had progressed to the formal stage of "
         "the dispute resolution process",
         [F("drp_count", "2016-17", "41", "IROs had raised 41 disputes"),
          F("drp_formal_count", "2016-17", "5", "five of which had progressed to the formal "
            "stage")]),
        ("pathway plans were up to date for 76 per cent of care leavers, which the service "
         "regarded as too low",
         [F("pathway_plan_up_to_date_pct", "2016-17", "76", "pathway plans were up to date "
            "for 76 per cent of care leavers")]),
    ], mark="-", after=1.5)
    w.para("Members asked questions and received responses from officers on the following "
           "matters:", after=1.5)
    w.fig_bullets([
        ("the reasons for reviews held outside timescale, of which there had been 54; "
         "officers indicated that most were first reviews delayed by late notification of a "
         "placement",
         [F("cla_reviews_out_of_timescale", "2016-17", "54", "reviews held outside timescale, "
            "of which there had been 54")]),
        "why the number of children in care in Coventry had continued to rise when it had "
        "fallen in neighbouring Warwickshire and Solihull",
        "whether the Council's target of 100 per cent participation was realistic for "
        "children under seven",
        "the plan to recruit two further IROs in 2018, which would bring caseloads below 55",
        "how members of the Children in Care Council could help to train new IROs",
    ], mark="-", after=1.5)
    w.para("RESOLVED that:", style="B", after=1)
    w.para("(1) The IRO Service Annual Report be noted.", after=0.5)
    w.para("(2) The priorities for the IRO service for 2017/18 be endorsed.", after=0.5)
    w.para("(3) A further report on pathway planning be submitted to the Board in six "
           "months' time.")

    w.heading("21. Fostering Recruitment Update", size=11, before=1)
    w.para("The Board received a presentation on foster carer recruitment. Members were "
           "informed that 19 new fostering households had been approved since April, against "
           "a target of 30 for the year, and that 11 assessments were under way.")
    w.para("RESOLVED that the update be noted.")
    w.heading("22. Any Other Items of Public Business", size=11, before=1)
    w.para("There were no other items of public business.")
    w.para("(Meeting closed at 3.35 pm)", style="I")
    return mc._finish(w)


# --------------------------------------------------------------------------- 5. Barnsley


def build_barnsley():
    info = BY_COUNCIL["Barnsley"]
    pdf = HReport(font="times", header_left="Barnsley Metropolitan Borough Council",
                  header_right="Safeguarding and Quality Assurance Unit", footer_center="{n}",
                  title="Reviewing and Child Protection Chairing: Annual Report 2019/20",
                  author="Barnsley Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 11, 5.3
    pdf.add_page()
    w.title("Reviewing and Child Protection Chairing", size=18, h=8)
    w.title("Annual Report 2019/20", size=15, h=8)
    w.para("People Directorate - Children's Social Care", style="I", after=2)
    w.disclaimer(DISCLAIMER.format(council="Barnsley Council"))
    pdf.ln(2)

    w.heading("Introduction", size=12)
    w.para("In Barnsley a single team of independent chairs does two jobs. Each chair is the "
           "Independent Reviewing Officer for a group of children in care and also chairs "
           "child protection conferences, so the same person can follow a child from a "
           "protection plan into care. This report covers both roles for the year ending 31 "
           "March 2020.")

    w.heading("Activity over three years", size=12)
    cap = ("Table 1  Looked after and child protection activity, 2017/18 to 2019/20 "
           "(position at 31 March)")
    cols = ("Children looked after", "Children with a CP plan", "Chairs (FTE)",
            "Average CLA caseload", "Average CP caseload", "Average combined caseload")
    metrics = ("cla_count", "cp_count", "iro_fte", "iro_caseload_avg", "iro_caseload_cp_avg",
               "iro_caseload_total_avg")
    body = [("2017/18", "2017-18", ("287", "214", "8.0", "35.9", "26.8", "62.6")),
            ("2018/19", "2018-19", ("304", "251", "8.5", "35.8", "29.5", "65.3")),
            ("2019/20", "2019-20", ("316", "291", "9.0", "35.1", "32.3", "67.4"))]
    w.caption(cap, keep=45)
    w.grid([("Year",) + cols] + [(y,) + vals for y, _, vals in body],
           col_widths=(22, 25, 25, 22, 25, 25, 26), align=("LEFT",) + ("CENTER",) * 6,
           size=9.5, line_height=5.2, bold_first_col=True,
           cell_fill=lambda i, j, v: (242, 242, 242) if i % 2 == 0 else None)
    for y, period, vals in body:
        for col, metric, v in zip(cols, metrics, vals):
            w.table_figs(cell_fig(metric, period, v, cap, y, col, v))
    w.para("At the year end the number of children with a child protection plan reached the "
           "highest level we have recorded, an increase of 40 on 2018/19. During the year 540 "
           "children were the subject of a plan at some point, and 305 plans ended. A second "
           "chair post was added in October 2019, which is why the FTE figure rose while "
           "caseloads continued to climb. The IRO Handbook's range of 50 to 70 applies to "
           "IROs without other duties; for dual-role chairs the Unit works to a combined "
           "figure of no more than 60.")

    w.heading("Children in care", size=12)
    w.para("In 2019/20 Barnsley's rate of children looked after was 62 per 10,000, against 71 "
           "for statistical neighbours, 76 in Yorkshire and the Humber and 65 in England. "
           "138 children started to be looked after in the year (2018/19 = 121).",
           F("cla_rate_per_10k", "2019-20", "62", "Barnsley's rate of children looked after "
             "was 62 per 10,000"),
           F("cla_rate_per_10k", "2019-20", "71", "71 for statistical neighbours",
             comparator="statistical_neighbours"),
           F("cla_rate_per_10k", "2019-20", "76", "76 in Yorkshire and the Humber",
             comparator="region"),
           F("cla_rate_per_10k", "2019-20", "65", "65 in England", comparator="england"),
           F("cla_starts", "2019-20", "138", "138 children started to be looked after in the "
             "year"),
           F("cla_starts", "2018-19", "121", "(2018/19 = 121)"))
    w.para("Section 20 accounted for 12% of the looked after population at the year end, and "
           "Barnsley was looking after eight unaccompanied asylum-seeking children, all of "
           "them placed through the regional rota shared with Rotherham, Doncaster and "
           "Sheffield.",
           F("s20_pct", "2019-20", "12", "Section 20 accounted for 12% of the looked after "
             "population"),
           F("uasc_count", "2019-20", "8", "Barnsley was looking after eight unaccompanied "
             "asylum-seeking children"))

    w.heading("Looked after reviews", size=12)
    w.para("In 2019/20 the chairs held 842 reviews for children in care. Twenty-nine were "
           "late, so 96.6% met the statutory timescale. Children aged 4 or older contributed "
           "to 91.8% of their reviews, and at least one parent took part in 64% of looked "
           "after reviews.",
           F("cla_reviews_held", "2019-20", "842", "the chairs held 842 reviews for children "
             "in care"),
           F("cla_reviews_out_of_timescale", "2019-20", "29", "Twenty-nine were late"),
           F("cla_reviews_in_timescale_pct", "2019-20", "96.6", "96.6% met the statutory "
             "timescale"),
           F("child_participation_pct", "2019-20", "91.8", "Children aged 4 or older "
             "contributed to 91.8% of their reviews"),
           F("parent_participation_pct", "2019-20", "64", "at least one parent took part in "
             "64% of looked after reviews"))
    w.para("Chairs visited children 731 times between reviews. At the year end 97% of "
           "children had a care plan in date and 93% of those of school age had an up-to-date "
           "personal education plan; for care leavers the pathway plan figure was 86%.",
           F("iro_visits", "2019-20", "731", "Chairs visited children 731 times between "
             "reviews"),
           F("care_plan_up_to_date_pct", "2019-20", "97", "97% of children had a care plan in "
             "date"),
           F("pep_up_to_date_pct", "2019-20", "93", "93% of those of school age had an "
             "up-to-date personal education plan"),
           F("pathway_plan_up_to_date_pct", "2019-20", "86", "for care leavers the pathway "
             "plan figure was 86%"))

    w.heading("Child protection conferences", size=12)
    w.para("Chairs held 197 initial and 402 review child protection conferences. 94% of "
           "initial conferences took place within 15 working days of the strategy "
           "discussion, and parents attended 91% of conferences. Neglect was the main "
           "category for 58% of plans and emotional abuse for 31%; 12% of children with a "
           "plan were under one year old.")

    w.heading("Challenge", size=12)
    w.para("Chairs raised 86 practice concerns informally with team managers. 37 matters went "
           "into the Resolution Pathway, and 22 of them reached a formal stage (stage 2 or "
           "3), most often because of drift in pre-proceedings work.",
           F("case_alerts", "2019-20", "86", "Chairs raised 86 practice concerns informally"),
           F("drp_count", "2019-20", "37", "37 matters went into the Resolution Pathway"),
           F("drp_formal_count", "2019-20", "22", "22 of them reached a formal stage"))

    w.heading("Covid-19", size=12)
    w.para("From 23 March 2020 all conferences and reviews moved to telephone and video. The "
           "Unit's priorities for 2020/21 are to keep timeliness above 95%, to bring the "
           "combined caseload back towards 60, and to hear from more children aged 11 to 15 "
           "about how remote reviews feel.")
    return mc._finish(w)


BUILDERS = {"Suffolk": build_suffolk, "Southwark": build_southwark,
            "Wiltshire": build_wiltshire, "Coventry": build_coventry,
            "Barnsley": build_barnsley}


def build_all(check: bool = True):
    return mh.build_set(SAMPLES, BUILDERS, check)


README = """\
# Third held-out test set (illustrative)

Five IRO report PDFs made by `scripts/make_holdout3.py`, with an answer key in the gold
format. **The councils are real, so that council detection can be tested, but every
figure, name and event in these documents is invented.** Each PDF says so on its first
page. Do not quote them as council data.

The documents were drafted after the first two hold-out sets and independently of the
tool's patterns (without reading `extractor/` or `patterns/`), in genres and wordings
the earlier sets do not use: a long report with a contents page, a report with unruled
tables and unusual verbs, a cover paper sent without its report, a committee minute, and
a dual-role report whose table has financial years as rows. Use the score as an estimate
of performance on unseen reports; once it has informed the patterns it becomes a
regression test and a fresh set is needed.

Regenerate with `python scripts/make_holdout3.py`.

## Files

- `m*.pdf` - the documents (neutral file names).
- `documents.csv` - doc, council, ons_code (left empty), la_number, region (from the DfE
  register), period, kind. The Coventry committee minute is recorded as `cover_report`
  (a committee paper, not the report itself).
- `figures.csv` - the answer key in the gold columns. A 31 March snapshot belongs to the
  year ending then; comparator columns headed '2021/22' belong to 2021-22 whatever the
  report's own year; Coventry's minute of October 2017 about 'the last financial year'
  and 'the end of March' is 2016-17, and its 'twelve months earlier' / 'up from' figures
  are 2015-16; a stated range of average caseloads gives value and value_high;
  `optional=1` marks a count only implied by a change (Wiltshire's '23 fewer than a year
  before'). Table evidence joins caption, row label, column header and cell with ` ... `;
  in Southwark's two-line headers the column piece is the year for Southwark's columns and
  the comparator name for the others. Where prose repeats a table figure the row is
  recorded once.

| doc | council | period | kind | pages | layout | rows (optional) |
| --- | --- | --- | --- | --- | --- | --- |
{table}

## Traps that must not become figures

- Standards and targets: "target of 98%", "50 to 70", "nobody carries more than 60",
  "no IRO should hold more than 65", "range of 50-70", "target of 95% ... met in every
  quarter", "target of 100 per cent participation", "no more than 60" (combined),
  "within 20 working days", "within 15 working days", "within ten working days",
  priorities ("97% of reviews", "down to 60 or fewer", "55%", "60% of reviews", "75 per
  cent of review records", "caseloads below 55").
- Staffing that is not the FTE in post: Suffolk's funded establishment "17.5", headcounts
  ("19 people", "nine people in all"), Wiltshire's "0.5 FTE vacancy", Coventry's "two
  further IROs"; the autumn maximum "as many as 74 children".
- Changes: "fell by 37", "a rise of 23%", "-3.2%", "+2.9 pts", "-44", "+172" (Change
  column), "23 fewer" (only the implied count is optional), "an increase of 40",
  "roughly a quarter more".
- Breakdowns and subsets: boys/girls (57%/43%, 263/178), age bands, ethnicity shares,
  UASC share "9.6%", ways of participating (61%, 22%), first reviews "86%", PRP and
  Resolution Protocol stage counts ("Twenty-one ... six ... two", "38 were settled"),
  "in 41 of these", 16-17 year olds "61 per cent", survey results (143, 88%, 79%, 64%,
  84% of 112), theme shares (38%, 21%), pathway denominators (298, 271), parents' "1,166
  reviews", "312 of 1,318" (the 23.7% is the figure).
- Child protection activity that is not a metric: Barnsley's 197 initial / 402 review
  conferences, "94% of initial conferences", "parents attended 91% of conferences"
  (not looked-after review participation), "540 children were the subject of a plan at
  some point", "305 plans ended", categories and ages of CP children.
- Other numbers: contents-page numbers, paragraph numbers ('2.1'), pound amounts
  (Wiltshire), meeting dates and times, minute numbers (18-22), the fostering item in
  Coventry's minute ("19 new fostering households", "target of 30", "11 assessments"),
  "Business Plan 2022-32", section 20 / 25A, "Regulations 2010", ages.
- Council decoys: Lambeth and Lewisham (Southwark), Swindon (Wiltshire), Warwickshire and
  Solihull (Coventry), Rotherham, Doncaster and Sheffield (Barnsley).
- Period: Coventry's minute never states the report's year; Suffolk's comparator
  columns are a year behind the report.
"""


def write_holdout3(out_dir: Path | str = DEFAULT_OUT) -> dict[str, Path]:
    return mh.write_set(out_dir, build_all(), README)


def main(argv: list[str] | None = None) -> int:
    return mh.run_cli(argv, __doc__.splitlines()[0], DEFAULT_OUT, build_all, write_holdout3,
                      SAMPLES)


if __name__ == "__main__":
    sys.exit(main())
