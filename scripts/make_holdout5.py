"""Generate the fifth held-out test set of IRO report PDFs, with its answer key.

    python scripts/make_holdout5.py [--out tests/holdout5/]

Writes five PDFs, ``documents.csv``, ``figures.csv`` (gold format) and ``README.md``.

Like the four earlier hold-out scripts, this set measures the extractor on wording and
layouts written without looking at its patterns (nothing in ``extractor/`` or
``patterns/`` was read while drafting it, and the tool was not run on it). It was drafted
after the first four sets, from the metric vocabulary, the gold annotation conventions
and the genre of real council papers, and avoids the phrasings those sets use. Four of
the five documents are full annual reports, since that is what users feed the tool most:

1. a long metropolitan borough report (cover page, foreword by the Head of Service,
   chapters starting on new pages, a "Performance" chapter mixing prose with two ruled
   tables - one with years as columns and a local-target column, one with comparator
   areas as rows and measures as columns - and a "Voice of the child" chapter full of
   breakdowns and survey numbers);
2. a county council report written in the first person plural ("we chaired", "our
   IROs"), with an unruled table of how children took part in reviews (SSDA903
   participation codes, with a total row) and a separate ruled table of dispute outcomes;
3. a unitary authority report organised around last year's priorities, each told as
   "What we said we would do / What we did / What difference it made", with the numbers
   inside that narrative;
4. a report that sets two years side by side throughout: every paragraph is followed by a
   small ruled table with "2019/20" and "2020/21" columns;
5. a short London borough report from a dual-role service (IROs who also chair child
   protection conferences): bullet-point headlines, then detail with London, England and
   statistical-neighbour comparisons a year behind the report.

The councils are real, so that council detection can be tested, but every figure, name
and event is invented; each PDF says so on its first page.

The shared machinery (ids, checks, table rows, writing the set, the command line) is in
``scripts/make_holdout.py``; the evidence of every figure is checked against the PDF text.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tests" / "holdout5"
if str(ROOT / "scripts") not in sys.path:  # loaded by file path (as tests/test_holdout.py does)
    sys.path.insert(0, str(ROOT / "scripts"))

import make_holdout as mh  # noqa: E402  (the shared hold-out helpers; it loads make_corpus)

mc, F, cell_fig, JOIN, HReport, HWriter = mh.mc, mh.F, mh.cell_fig, mh.JOIN, mh.HReport, mh.HWriter

DASH = "\u2013"  # en dash (cp1252)


_INFOS = [
    (1, "Wolverhampton", 336, "West Midlands", "2022-23", "annual_report", 9,
     "Helvetica; cover page with a shaded band; running header (council / report) and "
     "centred page number; foreword signed by the Head of Service; chapters each starting "
     "on a new page; 'Performance' chapter with prose and two ruled tables (Table 1: "
     "measures as rows, 2020/21 / 2021/22 / 2022/23 and 'Local target' columns; Table 2: "
     "comparator areas as rows - Wolverhampton, statistical neighbours, West Midlands, "
     "England - and measures as columns, all for 31 March 2022); staffing with "
     "establishment and headcount beside FTE; a mid-year peak; 'Voice of the child' "
     "chapter with participation methods, app statements, advocacy and survey numbers; "
     "informal challenges and a Dispute Resolution Protocol with stage counts; Black "
     "Country councils named"),
    (2, "Nottinghamshire", 891, "East Midlands", "2021-22", "annual_report", 3,
     "Times; header with council and report, 'n' footer; written in the first person "
     "plural ('we chaired', 'our IROs'); headcount beside FTE; an implied previous-year "
     "count ('37 more than'); unruled table of participation by SSDA903 code (PN1-PN7, "
     "2020/21 and 2021/22 columns, a 'Participated (PN1-PN6)' total row); ruled table of "
     "dispute outcomes by stage with a total row; highest individual caseload; Nottingham "
     "City and Derbyshire named"),
    (3, "Warrington", 877, "North West", "2019-20", "annual_report", 3,
     "Helvetica; footer with report name and 'Page n'; body organised by last year's five "
     "priorities, each under 'What we said we would do' / 'What we did' / 'What "
     "difference it made' sub-headings with figures in the narrative; comparators for "
     "March 2019 in a 2019-20 report; midway checks beside visits; targets restated from "
     "last year's report; Halton and St Helens named"),
    (4, "Kirklees", 382, "Yorkshire and The Humber", "2020-21", "annual_report", 3,
     "Times; running header and page-number footer; each paragraph followed by a small "
     "ruled two-year table (a heading cell, then '2019/20' and '2020/21' columns); a "
     "comparator table with Kirklees, statistical neighbours, Yorkshire and the Humber "
     "and England as rows; a breakdown table of how reviews were held (in person / "
     "virtual / hybrid); Covid-19 year; Calderdale and Wakefield named"),
    (5, "Merton", 315, "Outer London", "2023-24", "annual_report", 2,
     "Helvetica; short report from a dual-role service (IROs also chair child protection "
     "conferences); 'Headlines' bullet list, then detail sections; London and England "
     "comparators for March 2023 in a 2023/24 report; statistical neighbours; looked "
     "after, child protection and combined caseloads per FTE chair; child protection "
     "conference counts and CP rate as decoys; Sutton and Wandsworth named"),
]

SAMPLES = mh.sample_infos(_INFOS, "holdout5", "p")
BY_COUNCIL = {i.council: i for i in SAMPLES.values()}

DISCLAIMER = mh.disclaimer("fifth")


def _num(v: str) -> str:
    return v.replace(",", "").rstrip("%")


_cells = mh.table_row  # one table row: a figure per non-empty cell


# --------------------------------------------------------------------------- 1. Wolverhampton


def build_wolverhampton():
    info = BY_COUNCIL["Wolverhampton"]
    pdf = HReport(header_left="City of Wolverhampton Council",
                  header_right="Independent Reviewing Officer Annual Report 2022-23",
                  footer_center="{n}",
                  title="Independent Reviewing Officer Annual Report 2022-23",
                  author="City of Wolverhampton Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 11, 5.8

    def chapter(title):
        pdf.add_page()
        w.heading(title, size=15, before=0, after=2)

    # cover
    pdf.add_page()
    pdf.set_fill_color(0, 84, 122)
    pdf.rect(0, 40, 210, 62, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 50)
    w.title("City of Wolverhampton Council", size=16, h=8)
    pdf.set_x(20)
    w.title("Independent Reviewing Officer (IRO) Service", size=22, h=11)
    pdf.set_x(20)
    w.title("Annual Report 1 April 2022 - 31 March 2023", size=15, style="", h=9)
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_y(115)
    w.para("Children's Services: Safeguarding and Quality Assurance", style="B", after=1)
    w.para("Presented to the Corporate Parenting Board, October 2023", after=1)
    w.para("Author: Service Manager, Independent Reviewing and Child Protection", after=8)
    w.disclaimer(DISCLAIMER.format(council="City of Wolverhampton Council"))

    # foreword
    chapter("Foreword")
    w.para("I am pleased to introduce this year's report on the work of our Independent "
           "Reviewing Officers. The IRO Handbook asks every local authority to have the "
           "manager of its reviewing service report each year to the corporate parent, and "
           "I welcome the chance it gives the Board to hear directly about the quality of "
           "planning for the children we look after.")
    w.para("2022-23 was a year of steady progress rather than dramatic change. We ended the "
           "year with 548 children in our care, 23 fewer than twelve months earlier, and the "
           "proportion of reviews held on time improved again. Our IROs have become more "
           "confident in challenging drift, and the number of issues they took into the "
           "formal stages of our protocol rose, which I see as a sign of a healthy, "
           "independent service rather than a problem.")
    w.para("There is more to do. Too many young people leaving care still do not have a "
           "pathway plan that reflects their wishes, and we need more fathers and wider "
           "family members involved in reviews. The team was also stretched during the "
           "autumn by vacancies, and I am grateful to colleagues who covered additional "
           "reviews so that children did not experience a change of IRO.")
    w.para("Finally, thank you to the young people of the Children in Care Council, who "
           "helped us redesign the review invitation and the feedback form described in "
           "Chapter 5. Their ideas have already changed how reviews feel for children.")
    pdf.ln(4)
    w.para("Helen Okafor", style="B", after=0)
    w.para("Head of Service, Safeguarding and Quality Assurance", after=0)
    w.para("September 2023")

    # chapter 1
    chapter("1. Purpose and legal context")
    w.para("This report covers the period 1 April 2022 to 31 March 2023. It sets out how the "
           "IRO service discharged its statutory responsibilities, the outcomes it achieved "
           "for children, the challenges it faced and its priorities for the coming year.",
           number="1.1")
    w.para("The Children and Young Persons Act 2008 and the Care Planning, Placement and Case "
           "Review (England) Regulations 2010 require every local authority to appoint an "
           "IRO for each child it looks after. The IRO chairs the child's review, monitors "
           "the authority's performance in relation to the child's case, and makes sure "
           "that the child's wishes and feelings are given due consideration.", number="1.2")
    w.para("Statutory guidance sets the intervals between reviews: the first within 20 "
           "working days of a child becoming looked after, the second within three months of "
           "the first, and thereafter at intervals of no more than six months.",
           number="1.3")
    w.para("IROs in Wolverhampton sit within the Safeguarding and Quality Assurance service "
           "and have no line management responsibility for children's social workers, which "
           "protects their independence. The service manager reports to the Head of Service, "
           "who reports to the Director of Children's Services.", number="1.4")

    # chapter 2
    chapter("2. The IRO service")
    w.para("The funded establishment for 2022-23 was 10.5 FTE IRO posts. At 31 March 2023 "
           "the team comprised 9.4 FTE IROs, eleven people in total, three of whom work "
           "part-time. A year earlier there were 9.0 FTE IROs in post.",
           F("iro_fte", "2022-23", "9.4", "At 31 March 2023 the team comprised 9.4 FTE IROs"),
           F("iro_fte", "2021-22", "9.0", "A year earlier there were 9.0 FTE IROs in post"),
           number="2.1")
    w.para("Two experienced IROs retired in the autumn. Their posts were covered by agency "
           "staff for five months while we recruited, and both vacancies were filled by "
           "February. All IROs are qualified and registered social workers with at least "
           "seven years' post-qualifying experience; four also hold a practice educator "
           "award.", number="2.2")
    w.para("The IRO Handbook suggests that a caseload of between 50 and 70 looked after "
           "children per full-time IRO allows the role to be carried out well. Locally we "
           "aim for 60 or fewer, so that IROs have time to see children between reviews and "
           "follow up recommendations. Caseloads are set out in Table 1.", number="2.3")
    w.para("The service is supported by a team of four review administrators, who arrange "
           "meetings, send invitations and consultation forms and distribute the review "
           "record. The IRO Team Manager also chairs a small number of reviews for children "
           "whose previous IRO has left.", number="2.4")
    w.para("IROs meet monthly with colleagues from Dudley, Sandwell and Walsall through the "
           "Black Country IRO managers' group, which shares practice and compares "
           "performance information across the sub-region.", number="2.5")

    # chapter 3
    chapter("3. The children we look after")
    w.para("At the end of March 2023 Wolverhampton had 548 children in its care. Numbers rose "
           "in the early part of the year, reaching 583 in August 2022, before falling "
           "steadily from the autumn as more children returned home under supervision orders "
           "or left care through special guardianship.",
           F("cla_count", "2022-23", "583", "reaching 583 in August 2022", optional=1),
           number="3.1")
    w.para("Relative to the size of the local child population this is 87.5 children in care "
           "for every 10,000 under-18s, still well above the national picture though the "
           "gap has narrowed each year since 2020.",
           F("cla_rate_per_10k", "2022-23", "87.5", "this is 87.5 children in care for every "
             "10,000 under-18s"),
           number="3.2")
    w.para("During 2022-23, 189 children entered care, equivalent to 30.2 per 10,000, and "
           "221 children ceased to be looked after. Of those who left care, 64 returned to "
           "their parents, 31 were adopted and 38 left under a special guardianship order.",
           F("cla_starts_rate_per_10k", "2022-23", "30.2", "equivalent to 30.2 per 10,000"),
           number="3.3")
    w.para("The profile of the children in care has changed little. 56% are boys and 44% "
           "girls; 38% are aged 10 to 15 and 24% are 16 or 17. Children of Black, Asian, "
           "mixed or other ethnic heritage make up 41% of the group. Seven in ten live with "
           "foster carers, 11% in children's homes and 8% with parents under a care order.",
           number="3.4")
    w.para("There were 34 unaccompanied asylum-seeking young people in care at 31 March "
           "2023, compared with 27 at the same point in 2022. Most arrived through the "
           "National Transfer Scheme and almost all are aged 16 or 17.",
           F("uasc_count", "2022-23", "34", "There were 34 unaccompanied asylum-seeking "
             "young people in care at 31 March 2023"),
           F("uasc_count", "2021-22", "27", "compared with 27 at the same point in 2022"),
           number="3.5")
    w.para("A little under one in six children (15.5%) were looked after by voluntary "
           "agreement under section 20 of the Children Act 1989 at the year end. IROs review "
           "each section 20 arrangement that has lasted more than six months to check that "
           "it is still the right legal basis for the child.",
           F("s20_pct", "2022-23", "15.5", "A little under one in six children (15.5%) were "
             "looked after by voluntary agreement under section 20"),
           number="3.6")
    w.para("Legal status at year end was otherwise as follows: 67% of children were subject "
           "to a full care order, 9% to a placement order and 8% to an interim order. A "
           "small number were remanded or detained.", number="3.7")

    # chapter 4: performance
    chapter("4. Performance")
    w.para("This chapter brings together the main measures of the service's work. Table 1 "
           "shows the last three years; Table 2 compares Wolverhampton with similar "
           "authorities, the region and England using the most recent national data.",
           number="4.1")
    cap1 = "Table 1: Reviewing activity and outcomes, 2020/21 to 2022/23"
    cols1 = ["2020/21", "2021/22", "2022/23"]
    per1 = ["2020-21", "2021-22", "2022-23"]
    rows1 = [
        ("Children looked after at 31 March", "cla_count", ["602", "571", "548"], "-"),
        ("Children starting to be looked after in the year", "cla_starts",
         ["231", "204", "189"], "-"),
        ("Looked after reviews held", "cla_reviews_held", ["1,512", "1,436", "1,371"], "-"),
        ("Reviews held within timescales", "cla_reviews_in_timescale_pct",
         ["93.1%", "95.0%", "96.4%"], "95%"),
        ("Children aged 4+ participating in their review", "child_participation_pct",
         ["91%", "93%", "94%"], "95%"),
        ("Average caseload per FTE IRO", "iro_caseload_avg", ["68", "63", "59"], "60"),
        ("Up-to-date personal education plan (PEP)", "pep_up_to_date_pct",
         ["81%", "86%", "89%"], "90%"),
    ]
    w.caption(cap1, keep=70)
    w.grid([["Measure"] + cols1 + ["Local target"]]
           + [[label] + cells + [target] for label, _, cells, target in rows1],
           col_widths=[74, 22, 22, 22, 30], align=["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"],
           size=9.5)
    for label, metric, cells, _ in rows1:
        _cells(w, cap1, label, metric, cols1, cells, per1)

    w.para("Timeliness of reviews has improved for a third year and is now above our local "
           "target. 49 reviews were held late in 2022-23. In most of these cases the meeting "
           "was moved so that a parent or the child could attend, and the IRO judged that "
           "waiting a few days was in the child's interests; nine were late because of an "
           "administrative error, which we have addressed with the business support team.",
           F("cla_reviews_out_of_timescale", "2022-23", "49",
             "49 reviews were held late in 2022-23"),
           number="4.2")
    w.para("Participation by children and young people aged four and over remains high. "
           "Parents or others with parental responsibility took part in 58% of reviews. "
           "This has not moved in three years and is a priority for 2023-24 (see Chapter 7).",
           F("parent_participation_pct", "2022-23", "58", "Parents or others with parental "
             "responsibility took part in 58% of reviews"),
           number="4.3")
    w.para("Outside review meetings our IROs visited children 486 times during the year, "
           "whether to prepare for a review, to follow up a concern or simply to keep in "
           "touch. We aim for each child to be seen by their IRO at least once between "
           "reviews.",
           F("iro_visits", "2022-23", "486", "our IROs visited children 486 times during the "
             "year"),
           number="4.4")
    w.para("IROs check the child's plans at every review. At 31 March 2023, 97% of children "
           "looked after had an up-to-date care plan on their record, and 84% of eligible "
           "and relevant young people had an up-to-date pathway plan. The PEP measure is "
           "shown in Table 1.",
           F("care_plan_up_to_date_pct", "2022-23", "97", "97% of children looked after had an "
             "up-to-date care plan"),
           F("pathway_plan_up_to_date_pct", "2022-23", "84", "84% of eligible and relevant "
             "young people had an up-to-date pathway plan"),
           number="4.5")

    cap2 = ("Table 2: Wolverhampton compared with other areas, 31 March 2022 "
            "(latest published national data)")
    cols2 = ["Looked after per 10,000", "Starting care per 10,000", "Section 20 (%)"]
    metrics2 = ["cla_rate_per_10k", "cla_starts_rate_per_10k", "s20_pct"]
    rows2 = [
        ("Wolverhampton", "la", ["91.2", "32.6", "17%"]),
        ("Statistical neighbours (average)", "statistical_neighbours", ["104.6", "37.9", "13%"]),
        ("West Midlands", "region", ["86.0", "29.1", "15%"]),
        ("England", "england", ["70.0", "24.6", "16%"]),
    ]
    w.caption(cap2, keep=50)
    w.grid([["Area"] + cols2] + [[label] + cells for label, _, cells in rows2],
           col_widths=[64, 34, 34, 34], align=["LEFT", "RIGHT", "RIGHT", "RIGHT"], size=9.5)
    for label, comp, cells in rows2:
        for metric, col, v in zip(metrics2, cols2, cells):
            w.table_figs(cell_fig(metric, "2021-22", _num(v), cap2, label, col, v,
                                  comparator=comp))
    w.para("National figures for 31 March 2023 were not yet published when this report was "
           "written. Wolverhampton's rate of children in care has been above that of the "
           "West Midlands for many years but below the average of its ten statistical "
           "neighbours; the same is true of the rate at which children start to be looked "
           "after.", number="4.6")

    # chapter 5: voice of the child
    chapter("5. Voice of the child")
    w.para("The review belongs to the child. IROs meet every child before their review, "
           "unless the child does not want this, and agree with them where the meeting "
           "should be held, who should come and what they want to talk about.", number="5.1")
    w.para("Of the 1,289 reviews held for children aged four or over, 41% were attended by "
           "the child, who spoke for themselves; in a further 19% the child attended and an "
           "advocate or trusted adult helped them put their views across, and in 34% the "
           "child did not attend but shared their views beforehand through their IRO, a "
           "consultation form or the app. Only 6% of reviews took place without the child's "
           "views being known.", number="5.2")
    w.para("Children and young people sent 236 statements to their IROs and social workers "
           "through the Mind of My Own app, up from 171 the previous year. Younger children "
           "increasingly use the 'Express' version with pictures.", number="5.3")
    w.para("The advocacy service received 67 new referrals for looked after children, 22 of "
           "them made by IROs. Independent visitors were matched with 14 children.",
           number="5.4")
    w.para("With the Children in Care Council we redesigned the feedback form that children "
           "are sent after their review. 58 children and young people returned it: 90% said "
           "they knew who their IRO was, 84% felt listened to, and 71% said the meeting had "
           "been held somewhere they were comfortable.", number="5.5")
    w.para("What children told us they wanted changed:", number="5.6", after=1)
    w.fig_bullets([
        "shorter meetings, with fewer professionals in the room;",
        "to chair part or all of their own review, with help;",
        "review records written to them, in plain language, not about them;",
        "to be asked before their school is invited.",
    ], mark="-", indent=18, after=1.5)
    w.para("In response, 31 young people chaired some or all of their review this year, and "
           "every IRO now writes the review outcome as a letter to the child. One young "
           "person said: \"It felt like my meeting for the first time.\"", number="5.7")

    # chapter 6: resolving concerns
    chapter("6. Resolving concerns about children's plans")
    w.para("When an IRO is worried that a child's plan is not being progressed, or that the "
           "plan does not meet the child's needs, they first raise the matter informally "
           "with the social worker or team manager, recording the challenge on the child's "
           "file. IROs made 164 informal challenges in 2022-23.",
           F("case_alerts", "2022-23", "164", "IROs made 164 informal challenges in 2022-23"),
           number="6.1")
    w.para("If an informal challenge does not lead to a timely response, the IRO uses the "
           "Dispute Resolution Protocol. 47 matters were taken into the Protocol this year, "
           "compared with 39 the year before. The Protocol has four stages: team manager, "
           "service manager, Head of Service and Director. Stages 1 and 2 are informal; a "
           "matter referred to the Head of Service or above is a formal dispute.",
           F("drp_count", "2022-23", "47", "47 matters were taken into the Protocol this year"),
           F("drp_count", "2021-22", "39", "compared with 39 the year before"),
           number="6.2")
    w.para("Of the 47, 31 were resolved by the team manager within five working days and "
           "seven by the service manager. Nine became formal disputes, one of which reached "
           "the Director before it was resolved. No case was referred to Cafcass.",
           F("drp_formal_count", "2022-23", "9", "Nine became formal disputes"),
           number="6.3")
    w.para("The commonest themes were delay in permanence planning (14 matters), placement "
           "stability (11) and outstanding health assessments (8). IROs report that "
           "managers now respond more quickly, and that most concerns are settled within "
           "the timescales in the Protocol.", number="6.4")

    # chapter 7: priorities
    chapter("7. Priorities for 2023-24")
    w.para("The service's priorities for the coming year are:", after=1)
    w.fig_bullets([
        "hold 98% of reviews within timescales;",
        "reduce average caseloads to 55 per FTE IRO once recruitment is complete;",
        "raise parental participation in reviews to 65%, with a particular focus on "
        "fathers;",
        "make sure every young person aged 16 or over has a pathway plan written with them "
        "by their 16th birthday review;",
        "extend the offer of chairing their own review to every young person aged 12 or "
        "over.",
    ])
    w.para("Progress will be reported to the Corporate Parenting Board at its meeting in "
           "April 2024 and in next year's annual report.")
    return mc._finish(w)


# --------------------------------------------------------------------------- 2. Nottinghamshire


def build_nottinghamshire():
    info = BY_COUNCIL["Nottinghamshire"]
    pdf = HReport(font="times", header_left="Nottinghamshire County Council",
                  header_right="IRO Service Annual Report 2021/22", footer_center="{n}",
                  title="Independent Reviewing Officer Service Annual Report 2021/22",
                  author="Nottinghamshire County Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 11.5, 5.5
    pdf.add_page()
    w.title("Independent Reviewing Officer Service", size=20, h=9)
    w.title("Annual Report 2021/22", size=16, style="", h=8)
    w.para("Nottinghamshire County Council - Children and Families Services", style="I",
           after=3)
    w.disclaimer(DISCLAIMER.format(council="Nottinghamshire County Council"))
    pdf.ln(3)

    w.heading("Introduction", size=13)
    w.para("This is our annual report as the County Council's Independent Reviewing Officer "
           "service for the year April 2021 to March 2022. We are required by the IRO "
           "Handbook to tell the corporate parent how well the Council plans for the "
           "children it looks after, and this report does that in our own words. Nottingham "
           "City Council has its own IRO service and its children are not included here.")

    w.heading("Who we are", size=13)
    w.para("Our team of 17 IROs (15.4 FTE) is managed by two team managers within the "
           "Quality and Improvement Group. Our IROs carried an average of 63 children each "
           "across the year, inside the 50 to 70 range the Handbook recommends, although "
           "the highest individual caseload reached 74 in January when we had two "
           "vacancies.",
           F("iro_fte", "2021-22", "15.4", "Our team of 17 IROs (15.4 FTE)"),
           F("iro_caseload_avg", "2021-22", "63", "Our IROs carried an average of 63 children "
             "each across the year"))

    w.heading("The children whose reviews we chair", size=13)
    w.para("At the end of March 2022 there were 968 children in the County Council's care, "
           "37 more than at the end of March 2021. That is 56.8 children in every 10,000, "
           "lower than the East Midlands (61) and England (70) rates on the same date.",
           F("cla_count", "2021-22", "968", "At the end of March 2022 there were 968 children "
             "in the County Council's care"),
           F("cla_count", "2020-21", "931", "37 more than at the end of March 2021",
             optional=1),
           F("cla_rate_per_10k", "2021-22", "56.8", "That is 56.8 children in every 10,000"),
           F("cla_rate_per_10k", "2021-22", "61", "lower than the East Midlands (61)",
             comparator="region"),
           F("cla_rate_per_10k", "2021-22", "70", "England (70) rates on the same date",
             comparator="england"))
    w.para("402 children entered care during the year, 31 of them unaccompanied young people "
           "seeking asylum. Our looked after population at the year end included 58 "
           "unaccompanied asylum-seeking children (UASC), almost double the number two years "
           "ago. One in five (21%) of our children were accommodated under section 20.",
           F("cla_starts", "2021-22", "402", "402 children entered care during the year"),
           F("uasc_count", "2021-22", "58", "included 58 unaccompanied asylum-seeking "
             "children (UASC)"),
           F("s20_pct", "2021-22", "21", "One in five (21%) of our children were accommodated "
             "under section 20"))

    w.heading("Reviews", size=13)
    w.para("We chaired 2,671 reviews in 2021/22 and 2,538 of them (95.0%) were held within "
           "the statutory timescales. The 133 reviews that ran late were mostly rearranged "
           "because of Covid-19 isolation in the winter. In 2020/21 we chaired 2,590 and held "
           "96.2% on time.",
           F("cla_reviews_held", "2021-22", "2671", "We chaired 2,671 reviews in 2021/22"),
           F("cla_reviews_in_timescale_pct", "2021-22", "95.0", "2,538 of them (95.0%) were "
             "held within the statutory timescales"),
           F("cla_reviews_out_of_timescale", "2021-22", "133", "The 133 reviews that ran late"),
           F("cla_reviews_held", "2020-21", "2590", "In 2020/21 we chaired 2,590"),
           F("cla_reviews_in_timescale_pct", "2020-21", "96.2", "held 96.2% on time"))
    w.para("Most reviews are now held in person again, usually in the child's placement or "
           "school, with some participants joining by video. We think this hybrid model is "
           "here to stay: it has made it easier for busy professionals and for parents who "
           "live a long way away to attend.")
    w.para("Our IROs met children away from their review on 1,128 occasions, to prepare "
           "them for the meeting, to explain what had been decided, or because something had "
           "changed.",
           F("iro_visits", "2021-22", "1128", "Our IROs met children away from their review "
             "on 1,128 occasions"))

    w.heading("How children took part", size=13)
    w.para("The table below uses the participation codes from the SSDA903 return. It covers "
           "reviews of children aged four and over.", after=1)
    cap = "Table 1: Participation of children aged 4 and over in their reviews"
    cols = ["2020/21", "2021/22"]
    per = ["2020-21", "2021-22"]
    body = [
        ("PN1  Attended and spoke for themselves", "38.0%", "40.6%"),
        ("PN2  Attended; an advocate spoke for them", "4.1%", "4.8%"),
        ("PN3  Attended; conveyed views symbolically", "1.9%", "1.7%"),
        ("PN4  Attended but did not speak", "2.2%", "2.0%"),
        ("PN5  Did not attend; briefed an advocate", "9.5%", "8.7%"),
        ("PN6  Did not attend; views sent another way", "38.4%", "37.5%"),
        ("Participated (PN1-PN6)", "94.1%", "95.3%"),
        ("PN7  Did not attend and views not conveyed", "5.9%", "4.7%"),
    ]
    w.unruled_table(cap, [["How the child took part"] + cols] + [list(r) for r in body],
                    xs=[22, 138, 163], widths=[112, 22, 22], aligns=["L", "R", "R"],
                    size=10.5)
    _cells(w, cap, "Participated (PN1-PN6)", "child_participation_pct", cols,
           ["94.1%", "95.3%"], per)
    w.para("We were pleased that more young people came to their review and spoke for "
           "themselves. Parents took part in 49% of reviews, up from 44% the year before; we "
           "send every parent a consultation form and offer a separate meeting where it is "
           "not safe or helpful for them to attend with the child.",
           F("parent_participation_pct", "2021-22", "49", "Parents took part in 49% of "
             "reviews"),
           F("parent_participation_pct", "2020-21", "44", "up from 44% the year before"))

    w.heading("Plans", size=13)
    w.para("At the end of the year 92% of our children had an up-to-date care plan. An "
           "up-to-date PEP was in place for 87% of children of school age, and 91% of care "
           "leavers had a current pathway plan. Our IROs follow up every missing plan with "
           "the team manager.",
           F("care_plan_up_to_date_pct", "2021-22", "92", "92% of our children had an "
             "up-to-date care plan"),
           F("pep_up_to_date_pct", "2021-22", "87", "An up-to-date PEP was in place for 87% "
             "of children of school age"),
           F("pathway_plan_up_to_date_pct", "2021-22", "91", "91% of care leavers had a "
             "current pathway plan"))

    w.heading("When we have concerns", size=13)
    w.para("Most of the issues we raise are resolved by a conversation. We logged 306 "
           "practice observations on children's files during the year: this is our informal "
           "way of drawing a team's attention to something that needs doing, such as a "
           "late health assessment.",
           F("case_alerts", "2021-22", "306", "We logged 306 practice observations"))
    w.para("Where that does not work we use the Escalation and Dispute Resolution Process. "
           "We started 112 disputes in 2021/22, up from 97 in 2020/21. Stage 1 is an "
           "informal discussion with the team manager; Stages 2 to 4 are formal. "
           "Twenty-five disputes moved beyond the informal first stage. The table shows how "
           "they ended.",
           F("drp_count", "2020-21", "97", "up from 97 in 2020/21"),
           F("drp_formal_count", "2021-22", "25", "Twenty-five disputes moved beyond the "
             "informal first stage"))
    cap2 = "Table 2: Outcome of disputes raised in 2021/22"
    rows2 = [["Outcome", "Number", "% of all"],
             ["Resolved at Stage 1 (team manager)", "85", "76%"],
             ["Resolved at Stage 2 (service manager)", "18", "16%"],
             ["Resolved at Stage 3 (group manager)", "6", "5%"],
             ["Resolved at Stage 4 (Service Director)", "1", "1%"],
             ["Still open at 31 March 2022", "2", "2%"],
             ["Total disputes raised", "112", "100%"]]
    w.caption(cap2, keep=50)
    w.grid(rows2, col_widths=[90, 25, 25], align=["LEFT", "RIGHT", "RIGHT"], size=10)
    w.table_figs(cell_fig("drp_count", "2021-22", "112", cap2, "Total disputes raised",
                          "Number", "112"))
    w.para("The disputes that went furthest were about the timing of applications to court "
           "and the choice of long-term placements. In one case we consulted Cafcass, but "
           "the matter was resolved before a referral was needed.")

    w.heading("Looking ahead", size=13)
    w.para("In 2022/23 we want to hold at least 97% of reviews on time, bring every IRO's "
           "caseload below 65, and see parents taking part in 55% of reviews. We will also "
           "work with Derbyshire's IRO service on a shared audit of pathway plans.")
    return mc._finish(w)


# --------------------------------------------------------------------------- 3. Warrington


def build_warrington():
    info = BY_COUNCIL["Warrington"]
    pdf = HReport(footer_left="Warrington Borough Council  -  IRO Annual Report 2019-20",
                  footer_right="Page {n}",
                  title="Independent Reviewing Officer Annual Report 2019-20",
                  author="Warrington Borough Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 10.5, 5.3
    pdf.add_page()
    w.para("Warrington Borough Council", style="B", after=0.5)
    w.title("Independent Reviewing Officer Annual Report", size=19, h=9)
    w.para("1 April 2019 to 31 March 2020", after=3)
    w.disclaimer(DISCLAIMER.format(council="Warrington Borough Council"))
    pdf.ln(2)

    def sub(text):
        pdf.set_text_color(0, 90, 60)
        w.para(text, style="B", after=0.8)
        pdf.set_text_color(0, 0, 0)

    w.heading("About this report", size=12.5)
    w.para("Last year's report set five priorities for the IRO service. This year, rather "
           "than describing our work section by section, we have gone back to each of those "
           "priorities and asked three questions: what we said we would do, what we "
           "actually did, and what difference it made to children.")

    w.heading("Our children in care", size=12.5)
    w.para("There were 281 children in our care on 31 March 2020 (274 a year earlier), a "
           "rate of 70 per 10,000 children. The most recent comparison figures, for March "
           "2019, were 94 for the North West, 65 for England and 76 for our statistical "
           "neighbours.",
           F("cla_count", "2019-20", "281", "There were 281 children in our care on 31 March "
             "2020"),
           F("cla_count", "2018-19", "274", "(274 a year earlier)"),
           F("cla_rate_per_10k", "2019-20", "70", "a rate of 70 per 10,000 children"),
           F("cla_rate_per_10k", "2018-19", "94", "94 for the North West", comparator="region"),
           F("cla_rate_per_10k", "2018-19", "65", "65 for England", comparator="england"),
           F("cla_rate_per_10k", "2018-19", "76", "76 for our statistical neighbours",
             comparator="statistical_neighbours"))
    w.para("Over the year 118 children started to be looked after and 111 left care. At the "
           "year end we were caring for nine unaccompanied asylum-seeking children, and "
           "eleven per cent of our children were accommodated under section 20.",
           F("cla_starts", "2019-20", "118", "Over the year 118 children started to be "
             "looked after"),
           F("uasc_count", "2019-20", "9", "we were caring for nine unaccompanied "
             "asylum-seeking children"),
           F("s20_pct", "2019-20", "11", "eleven per cent of our children were accommodated "
             "under section 20"))

    w.heading("Priority 1: Reviews on time", size=12.5)
    sub("What we said we would do")
    w.para("We said we would hold at least 95% of reviews within the timescales set by the "
           "regulations, after a disappointing 2018-19 in which only 91.8% were on time.",
           F("cla_reviews_in_timescale_pct", "2018-19", "91.8", "only 91.8% were on time"))
    sub("What we did")
    w.para("The business support team now books the next review before the current one "
           "ends, and the IRO manager checks a weekly list of reviews due in the next "
           "month. Across 2019-20 we held 684 reviews, and 97.1% of them were within "
           "timescale.",
           F("cla_reviews_held", "2019-20", "684", "we held 684 reviews"),
           F("cla_reviews_in_timescale_pct", "2019-20", "97.1", "97.1% of them were within "
             "timescale"))
    sub("What difference it made")
    w.para("Only 20 reviews were late, against 53 the year before, so far fewer children had "
           "decisions about their lives put on hold. Where a review was late it was usually "
           "by a day or two, to let a parent attend.",
           F("cla_reviews_out_of_timescale", "2019-20", "20", "Only 20 reviews were late"),
           F("cla_reviews_out_of_timescale", "2018-19", "53", "against 53 the year before"))

    w.heading("Priority 2: Manageable caseloads", size=12.5)
    sub("What we said we would do")
    w.para("We said we would bring caseloads down to no more than 65 children per full-time "
           "IRO, so that IROs have the time to know children well.")
    sub("What we did")
    w.para("The Council funded an additional post from June 2019. By the end of the year "
           "the service had 5.8 FTE IROs, six people in all, and an IRO manager.",
           F("iro_fte", "2019-20", "5.8", "the service had 5.8 FTE IROs"))
    sub("What difference it made")
    w.para("The average caseload fell from 78 to 64 over the year. IROs say the change has "
           "given them time to visit children between reviews and to read case records "
           "properly before meetings.",
           F("iro_caseload_avg", "2018-19", "78", "The average caseload fell from 78"),
           F("iro_caseload_avg", "2019-20", "64", "The average caseload fell from 78 to 64"))

    w.heading("Priority 3: Children at the centre of their reviews", size=12.5)
    sub("What we said we would do")
    w.para("We said every child aged four and over would be helped to take part in their "
           "review in the way that suits them.")
    sub("What we did")
    w.para("With the Children in Care Council we produced a 'My Review' booklet, and IROs "
           "completed 211 midway checks on children's progress between reviews, 163 of "
           "which included a visit to the child. We also invited parents more actively, "
           "and parents took part in 52% of reviews.",
           F("iro_visits", "2019-20", "163", "163 of which included a visit to the child"),
           F("parent_participation_pct", "2019-20", "52", "parents took part in 52% of "
             "reviews"))
    sub("What difference it made")
    w.para("96% of children aged four and over contributed to their review, compared with "
           "89% the year before. Young people told us they liked being able to choose "
           "where the meeting was held; 23 chose to chair it themselves.",
           F("child_participation_pct", "2019-20", "96", "96% of children aged four and over "
             "contributed to their review"),
           F("child_participation_pct", "2018-19", "89", "compared with 89% the year before"))

    w.heading("Priority 4: Effective challenge", size=12.5)
    sub("What we said we would do")
    w.para("We said IROs would raise concerns earlier and make better use of the Council's "
           "escalation policy, so that drift in children's plans is tackled quickly.")
    sub("What we did")
    w.para("IROs raised 96 practice queries directly with social workers before any "
           "escalation. They escalated 41 issues under the policy, and 12 of those went to "
           "the formal stage with the Head of Service.",
           F("case_alerts", "2019-20", "96", "IROs raised 96 practice queries"),
           F("drp_count", "2019-20", "41", "They escalated 41 issues under the policy"),
           F("drp_formal_count", "2019-20", "12", "12 of those went to the formal stage"))
    sub("What difference it made")
    w.para("In 35 cases the issue was resolved within 20 working days. Examples include a "
           "delayed special guardianship assessment that was completed within a month of "
           "the IRO's escalation and a sibling contact plan that was restored.")

    w.heading("Priority 5: Plans that are up to date", size=12.5)
    sub("What we said we would do")
    w.para("We said that every child would have an up-to-date care plan, PEP and, for care "
           "leavers, pathway plan.")
    sub("What we did")
    w.para("IROs now check each plan at the review and record whether it is current. The "
           "Virtual School joined our monthly performance meeting.")
    sub("What difference it made")
    w.para("At 31 March 2020, 98% of children had a current care plan and 90% had an "
           "up-to-date PEP; 83% of care leavers had an up-to-date pathway plan, which is "
           "where we still have the most to do.",
           F("care_plan_up_to_date_pct", "2019-20", "98", "98% of children had a current care "
             "plan"),
           F("pep_up_to_date_pct", "2019-20", "90", "90% had an up-to-date PEP"),
           F("pathway_plan_up_to_date_pct", "2019-20", "83", "83% of care leavers had an "
             "up-to-date pathway plan"))

    w.heading("Covid-19", size=12.5)
    w.para("In the last week of March 2020 all reviews moved online. We are working with "
           "Halton and St Helens IRO managers to share learning about virtual reviews.")

    w.heading("Priorities for 2020-21", size=12.5)
    w.fig_bullets([
        "Keep at least 97% of reviews on time while meetings are virtual.",
        "Increase parental participation to 60%.",
        "Improve pathway plans so that 95% of care leavers have one that is up to date.",
    ])
    return mc._finish(w)


# --------------------------------------------------------------------------- 4. Kirklees


def build_kirklees():
    info = BY_COUNCIL["Kirklees"]
    pdf = HReport(font="times", header_left="Kirklees Council - Children's Services",
                  header_right="Independent Reviewing Service Annual Report 2020/21",
                  footer_right="{n}",
                  title="Independent Reviewing Service Annual Report 2020/21",
                  author="Kirklees Council (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 11.5, 5.5
    cols = ["2019/20", "2020/21"]
    per = ["2019-20", "2020-21"]

    def mini(head, rows, comps=None):
        """A small ruled table: head cell, then the two year columns.
        rows: (label, v1, v2, metric or None)."""
        if pdf.will_page_break(7 * (len(rows) + 1) + 4):
            pdf.add_page()
        w.grid([[head] + cols] + [[r[0], r[1], r[2]] for r in rows],
               col_widths=[92, 26, 26], align=["LEFT", "RIGHT", "RIGHT"], size=10,
               line_height=5.6)
        for i, (label, v1, v2, metric) in enumerate(rows):
            if metric:
                comp = comps[i] if comps else "la"
                _cells(w, head, label, metric, cols, [v1, v2], per,
                       comps=(comp, comp))

    pdf.add_page()
    w.title("Kirklees Council", size=15, h=7)
    w.title("Independent Reviewing Service", size=21, h=10)
    w.title("Annual Report 2020/21", size=15, style="", h=8)
    pdf.ln(2)
    w.disclaimer(DISCLAIMER.format(council="Kirklees Council"))
    pdf.ln(3)

    w.heading("1. Introduction", size=13)
    w.para("This report describes the work of Kirklees' Independent Reviewing Officers in "
           "2020/21, a year shaped by the Covid-19 pandemic. Throughout, we set this year's "
           "figures beside last year's so that the Corporate Parenting Panel can see the "
           "direction of travel at a glance.")

    w.heading("2. Children in care", size=13)
    w.para("The number of children in care fell slightly during the year, and fewer children "
           "came into care during the first lockdown. More unaccompanied young people "
           "arrived in the second half of the year, and the use of section 20 continued to "
           "decline.")
    mini("Children in care", [
        ("Children in care at 31 March", "648", "622", "cla_count"),
        ("Children who started to be in care", "262", "241", "cla_starts"),
        ("Unaccompanied asylum-seeking children at 31 March", "21", "30", "uasc_count"),
        ("Accommodated under section 20 at 31 March", "14%", "11%", "s20_pct"),
    ])
    w.para("Relative to the child population, Kirklees continues to look after fewer "
           "children than similar councils and the region, and fewer than Calderdale and "
           "Wakefield, and it remains a little below the England rate.")
    mini("Children in care per 10,000 aged 0-17", [
        ("Kirklees", "64", "61", "cla_rate_per_10k"),
        ("Statistical neighbours", "79", "80", "cla_rate_per_10k"),
        ("Yorkshire and the Humber", "76", "78", "cla_rate_per_10k"),
        ("England", "67", "67", "cla_rate_per_10k"),
    ], comps=["la", "statistical_neighbours", "region", "england"])

    w.heading("3. The IRO service", size=13)
    w.para("One IRO left in December 2020 and the post was covered by an existing part-time "
           "IRO increasing her hours. Caseloads remained inside the 50-70 range in the IRO "
           "Handbook throughout.")
    mini("IRO service", [
        ("IROs in post at 31 March (FTE)", "12.5", "12.0", "iro_fte"),
        ("Average caseload per FTE IRO", "52", "54", "iro_caseload_avg"),
    ])

    w.heading("4. Reviews", size=13)
    w.para("From the end of March 2020 almost every review was held virtually. Timeliness "
           "improved despite the pandemic, although the Council's ambition is that 95% of "
           "reviews are on time, and we narrowly missed it.")
    mini("Looked after reviews", [
        ("Reviews held", "1,803", "1,716", "cla_reviews_held"),
        ("Held within timescale", "92.4%", "94.7%", "cla_reviews_in_timescale_pct"),
        ("Held out of timescale", "137", "91", "cla_reviews_out_of_timescale"),
    ])
    w.para("The way reviews were held changed completely. We expect hybrid meetings, with "
           "some people in the room and others joining online, to become the norm.")
    mini("How reviews were held", [
        ("In person", "96%", "7%", None),
        ("Virtual (video or telephone)", "4%", "81%", None),
        ("Hybrid", "0%", "12%", None),
    ])

    w.heading("5. Participation", size=13)
    w.para("Virtual meetings suited many teenagers, who joined from their bedrooms and "
           "sometimes typed rather than spoke. Parents, too, found it easier to join.")
    mini("Participation in reviews", [
        ("Children aged 4 and over who participated", "95%", "96%", "child_participation_pct"),
        ("Reviews with a parent taking part", "39%", "47%", "parent_participation_pct"),
    ])

    w.heading("6. Contact with children between reviews", size=13)
    w.para("IROs kept in touch with children between reviews by video call, telephone and, "
           "when restrictions allowed, socially distanced visits.")
    mini("IRO contact", [
        ("IRO visits to children between reviews (in person or virtual)", "516", "603",
         "iro_visits"),
    ])

    w.heading("7. Challenge and escalation", size=13)
    w.para("IROs first raise concerns informally. If that fails they escalate under the "
           "Resolution Protocol, whose third stage (Head of Service) is the formal stage.")
    mini("Challenge", [
        ("Informal challenges recorded", "207", "244", "case_alerts"),
        ("Escalations under the Resolution Protocol", "61", "58", "drp_count"),
        ("Escalations reaching Stage 3 (formal)", "8", "6", "drp_formal_count"),
    ])

    w.heading("8. Plans", size=13)
    w.para("The proportion of young people with an up-to-date pathway plan improved most, "
           "after a targeted piece of work by the Leaving Care team.")
    mini("Plans up to date at 31 March", [
        ("Up-to-date care plan", "95%", "96%", "care_plan_up_to_date_pct"),
        ("Up-to-date PEP", "83%", "88%", "pep_up_to_date_pct"),
        ("Up-to-date pathway plan (care leavers)", "79%", "86%", "pathway_plan_up_to_date_pct"),
    ])

    w.heading("9. Priorities for 2021/22", size=13)
    w.fig_bullets([
        "Meet the 95% timeliness ambition in every quarter.",
        "Keep caseloads at or below 55 per FTE IRO.",
        "Parents taking part in at least half of reviews (50%).",
    ])
    return mc._finish(w)


# --------------------------------------------------------------------------- 5. Merton


def build_merton():
    info = BY_COUNCIL["Merton"]
    pdf = HReport(header_left="London Borough of Merton",
                  header_right="IRO and CP Chairs Annual Report 2023/24",
                  footer_center="Page {n}",
                  title="Independent Reviewing and Child Protection Chairs Annual Report "
                        "2023/24",
                  author="London Borough of Merton (illustrative)")
    w = HWriter(info, pdf)
    w.size, w.leading = 10.5, 5.2
    pdf.add_page()
    w.title("Independent Reviewing and Child Protection Chairs Service", size=17, h=8)
    w.title("Annual Report 2023/24", size=14, style="", h=7)
    pdf.ln(1)
    w.disclaimer(DISCLAIMER.format(council="London Borough of Merton"))
    pdf.ln(2)

    w.heading("Headlines", size=12.5)
    w.fig_bullets([
        ("163 children in care at 31 March 2024, up from 155 a year before",
         [F("cla_count", "2023-24", "163", "163 children in care at 31 March 2024"),
          F("cla_count", "2022-23", "155", "up from 155 a year before")]),
        ("36 children in care per 10,000, well below London (48) and England (71)",
         [F("cla_rate_per_10k", "2023-24", "36", "36 children in care per 10,000")]),
        ("98% of looked after reviews on time, against 96% last year",
         [F("cla_reviews_in_timescale_pct", "2023-24", "98", "98% of looked after reviews on "
            "time"),
          F("cla_reviews_in_timescale_pct", "2022-23", "96", "against 96% last year")]),
        ("99% of children aged 4 and over took part in their review",
         [F("child_participation_pct", "2023-24", "99", "99% of children aged 4 and over took "
            "part in their review")]),
        ("128 children subject to a child protection plan at year end",
         [F("cp_count", "2023-24", "128", "128 children subject to a child protection plan "
            "at year end")]),
        ("Average caseload per FTE chair: 33 looked after and 26 child protection, 59 "
         "overall",
         [F("iro_caseload_avg", "2023-24", "33", "Average caseload per FTE chair: 33 looked "
            "after"),
          F("iro_caseload_cp_avg", "2023-24", "26", "26 child protection"),
          F("iro_caseload_total_avg", "2023-24", "59", "59 overall")]),
    ])

    w.heading("The service", size=12.5)
    w.para("Merton's IROs are dual-role: as well as reviewing the plans of looked after "
           "children they chair child protection conferences. In 2023/24 the service had "
           "5.0 FTE chairs (six people) and a service manager.",
           F("iro_fte", "2023-24", "5.0", "the service had 5.0 FTE chairs"))

    w.heading("Children in care", size=12.5)
    w.para("London and England comparisons in this report are for 31 March 2023, the latest "
           "published. On that date London's rate of children in care was 48 per 10,000 and "
           "England's 71; the average for our statistical neighbours was 41.",
           F("cla_rate_per_10k", "2022-23", "48", "London's rate of children in care was 48 "
             "per 10,000", comparator="region"),
           F("cla_rate_per_10k", "2022-23", "71", "England's 71", comparator="england"),
           F("cla_rate_per_10k", "2022-23", "41", "the average for our statistical "
             "neighbours was 41", comparator="statistical_neighbours"))
    w.para("74 children entered care in 2023/24, a rate of 16 per 10,000 (London 21, England "
           "25 in 2022/23). 29 unaccompanied young people were looked after at year end, "
           "most placed with us through the National Transfer Scheme, and 26% of children "
           "were accommodated under section 20, a high share that reflects the "
           "unaccompanied group.",
           F("cla_starts", "2023-24", "74", "74 children entered care in 2023/24"),
           F("cla_starts_rate_per_10k", "2023-24", "16", "a rate of 16 per 10,000"),
           F("cla_starts_rate_per_10k", "2022-23", "21", "London 21", comparator="region"),
           F("cla_starts_rate_per_10k", "2022-23", "25", "England 25 in 2022/23",
             comparator="england"),
           F("uasc_count", "2023-24", "29", "29 unaccompanied young people were looked after "
             "at year end"),
           F("s20_pct", "2023-24", "26", "26% of children were accommodated under section 20"))

    w.heading("Looked after reviews", size=12.5)
    w.para("Chairs held 402 looked after reviews in the year; 394 were in timescale. Parents "
           "took part in 63% of reviews. Chairs met 141 children between reviews, usually at "
           "home or at school.",
           F("cla_reviews_held", "2023-24", "402", "Chairs held 402 looked after reviews in "
             "the year"),
           F("cla_reviews_out_of_timescale", "2023-24", "8", "394 were in timescale",
             optional=1),
           F("parent_participation_pct", "2023-24", "63", "Parents took part in 63% of "
             "reviews"),
           F("iro_visits", "2023-24", "141", "Chairs met 141 children between reviews",
             optional=1))
    w.para("At year end 95% of school-age children in care had an up-to-date PEP and 92% of "
           "care leavers a current pathway plan.",
           F("pep_up_to_date_pct", "2023-24", "95", "95% of school-age children in care had "
             "an up-to-date PEP"),
           F("pathway_plan_up_to_date_pct", "2023-24", "92", "92% of care leavers a current "
             "pathway plan"))

    w.heading("Resolving problems", size=12.5)
    w.para("Most concerns are settled by a conversation or a note on the child's file: chairs "
           "recorded 57 such informal challenges. They made 23 escalations under the "
           "escalation protocol, four of which reached the formal stage.",
           F("case_alerts", "2023-24", "57", "chairs recorded 57 such informal challenges"),
           F("drp_count", "2023-24", "23", "They made 23 escalations"),
           F("drp_formal_count", "2023-24", "4", "four of which reached the formal stage"))

    w.heading("Child protection chairing", size=12.5)
    w.para("At 31 March 2024, 128 children were subject to a child protection plan, against "
           "117 at 31 March 2023: a rate of 28.4 per 10,000, compared with 37.6 in London. "
           "Chairs held 97 initial and 311 review child protection conferences; 94% of "
           "review conferences were on time and parents attended 88% of conferences. 17% of "
           "plans were second or subsequent plans.",
           F("cp_count", "2022-23", "117", "against 117 at 31 March 2023"))
    w.para("Our neighbours in Sutton and Wandsworth share a training programme for new "
           "chairs with us.")

    w.heading("Next year", size=12.5)
    w.para("We aim to hold every review on time, bring combined caseloads under 55 per FTE "
           "chair, and raise parents' participation to 70%.")
    return mc._finish(w)


BUILDERS = {"Wolverhampton": build_wolverhampton, "Nottinghamshire": build_nottinghamshire,
            "Warrington": build_warrington, "Kirklees": build_kirklees, "Merton": build_merton}


def build_all(check: bool = True):
    return mh.build_set(SAMPLES, BUILDERS, check)


README = """\
# Fifth held-out test set (illustrative)

Five IRO report PDFs made by `scripts/make_holdout5.py`, with an answer key in the gold
format. **The councils are real, so that council detection can be tested, but every
figure, name and event in these documents is invented.** Each PDF says so on its first
page. Do not quote them as council data.

The documents were drafted after the first four hold-out sets, without reading
`extractor/` or `patterns/` and without running the tool, in wordings and layouts the
earlier sets do not use. Four of the five are full annual reports, since that is what
users feed the tool most: a long (9-page) metropolitan borough report with a foreword,
chapters on new pages and two ruled tables of different shapes; a county report written
in the first person plural with an unruled SSDA903 participation table and a ruled table
of dispute outcomes; a unitary report told as "What we said we would do / What we did /
What difference it made"; a report that follows every paragraph with a small two-year
table; and a short dual-role London borough report of headlines and detail. Use the
score as an estimate of performance on unseen reports; once it has informed the
patterns it becomes a regression test and a fresh set is needed.

Regenerate with `python scripts/make_holdout5.py`.

## Files

- `p*.pdf` - the documents (neutral file names).
- `documents.csv` - doc, council, ons_code (left empty), la_number, region (from the DfE
  register), period, kind.
- `figures.csv` - the answer key in the gold columns. A 31 March snapshot belongs to the
  year ending then; comparator figures stated for 31 March 2022 (all of Wolverhampton's
  Table 2, including its own row), March 2019 (Warrington) and 31 March 2023 / 2022/23
  (Merton's London, England and statistical-neighbour figures) belong to those years, not
  to the report's year. Merton's "London" figures are recorded as `region`. Table
  evidence joins caption (or, for Kirklees' small tables, the heading cell), row label,
  column header and cell with ` ... `; Nottinghamshire's participation table is recorded
  only from its 'Participated (PN1-PN6)' total row, and its dispute table only from the
  'Total disputes raised' row. Where prose repeats a figure already recorded (a table
  cell, a headline bullet) the row is recorded once. `optional=1` rows: Wolverhampton's
  August peak (583), Nottinghamshire's previous-year count implied by '37 more than'
  (931), Merton's late reviews implied by '402 ... 394 were in timescale' (8) and
  Merton's "met 141 children between reviews" (children seen, not visits counted).
  Warrington's "fell from 78 to 64 over the year" is read as the 2018-19 and 2019-20
  average caseloads; of its "211 midway checks, 163 of which included a visit to the
  child" only the visits (163) are recorded.

| doc | council | period | kind | pages | layout | rows (optional) |
| --- | --- | --- | --- | --- | --- | --- |
{table}

## Traps that must not become figures

- Standards and targets: Wolverhampton's 'Local target' column (95%, 95%, 60, 90%),
  "between 50 and 70", "60 or fewer" and its priorities (98%, 55, 65%); Nottinghamshire's
  "50 to 70 range", "at least 97%", "below 65", "55% of reviews"; Warrington's restated
  priorities ("at least 95%", "no more than 65") and its 2020-21 priorities (97%, 60%,
  95%); Kirklees' "ambition is that 95%", "50-70 range" and priorities (95%, 55, 50%);
  Merton's "under 55" and "70%"; review intervals ("within 20 working days", "three
  months", "six months").
- Staffing that is not the FTE in post: Wolverhampton's establishment "10.5 FTE", "eleven
  people", "three of whom work part-time", "four review administrators";
  Nottinghamshire's "17 IROs" and "two team managers"; Warrington's "six people in all";
  Merton's "six people"; Nottinghamshire's highest individual caseload "74".
- Changes: "23 fewer than twelve months earlier" (Wolverhampton), "37 more than"
  (Nottinghamshire; only the implied 931 is optional), "almost double", "from 171".
- Breakdowns and subsets: Wolverhampton's sexes, ages, ethnicity, placements and legal
  status (56%, 44%, 38%, 24%, 41%, 11%, 8%, 67%, 9%), children who left care (221, 64,
  31, 38), participation methods (41%, 19%, 34%, 6% of 1,289 reviews), "nine were late
  because of an administrative error", DRP stage counts ("31 ... seven"), themes (14, 11,
  8); Nottinghamshire's PN1-PN7 rows, "31 of them unaccompanied" (starters), dispute
  stage rows (85, 18, 6, 1, 2) and percentages; Warrington's "111 left care", "211
  midway checks", "23 chose to chair", "In 35 cases"; Kirklees' "How reviews were held"
  table (96%, 7%, 4%, 81%, 0%, 12%).
- Voice-of-the-child numbers that are not metrics: Mind of My Own statements (236, 171),
  advocacy referrals (67, 22), independent visitors (14), the feedback survey (58, 90%,
  84%, 71%), "31 young people chaired".
- Child protection activity that is not a metric (Merton): CP rate "28.4" and London's
  "37.6", "97 initial and 311 review" conferences, "94% of review conferences",
  "parents attended 88% of conferences", "17% of plans were second or subsequent".
- Other numbers: paragraph numbers ('2.1'), chapter numbers, Table 1 / Table 2, dates
  (October 2023, April 2024), "Children Act 1989", "Regulations 2010", ages, "12 or
  over".
- Council decoys: Dudley, Sandwell and Walsall (Wolverhampton); Nottingham City and
  Derbyshire (Nottinghamshire); Halton and St Helens (Warrington); Calderdale and
  Wakefield (Kirklees); Sutton and Wandsworth (Merton).
- Period: Wolverhampton's Table 2 is wholly 2021-22 though the report is 2022-23;
  Warrington's comparators are March 2019 in a 2019-20 report; Merton's comparators are
  2022-23 in a 2023/24 report; every Kirklees table carries both years, so the
  report's own year comes from its title ('Annual Report 2020/21').
"""


def write_holdout5(out_dir: Path | str = DEFAULT_OUT) -> dict[str, Path]:
    return mh.write_set(out_dir, build_all(), README)


def main(argv: list[str] | None = None) -> int:
    return mh.run_cli(argv, __doc__.splitlines()[0], DEFAULT_OUT, build_all, write_holdout5,
                      SAMPLES)


if __name__ == "__main__":
    sys.exit(main())
