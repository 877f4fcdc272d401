"""Round 6 documents t161-t170 (HTML authoring; see author_html.py)."""
from __future__ import annotations

import random

from r6kit import bullets, cards, dl, fmt, form, nav, page, paras, table

# --------------------------------------------------------------------------- t161
r = random.Random(161)
localities = ["Ashby Vale", "Brackenfold", "Cold Harbour", "Dunmere", "Eastwick Moor", "Fenton Cross"]
rows = []
tot = [0, 0]
for name in localities:
    a, b = r.randint(180, 420), r.randint(190, 450)
    tot[0] += a
    tot[1] += b
    rows.append([name, fmt(a), fmt(b), f"{r.uniform(84, 97):.1f}", f"{r.uniform(86, 99):.1f}",
                 f"{r.uniform(88, 99):.1f}"])
rows.append(("total", ["All localities", fmt(tot[0]), fmt(tot[1]), "91.8", "94.2", "95.6"]))
t161_t1 = table(
    [[{"t": "Locality", "rs": 2}, {"t": "Reviews held", "cs": 2}, {"t": "Held within timescale (%)", "cs": 2},
      {"t": "Child participated, 2023/24 (%)", "rs": 2}],
     ["2022/23", "2023/24", "2022/23", "2023/24"]],
    rows, caption="Table 1: Looked after reviews held, by locality")
t161_t2 = table(
    [["Theme", "What we found", "What we will do", "Lead"]],
    [["Participation", "Younger children were less often helped to share their views before a review; "
      "consultation booklets were returned for 58% of children aged 4 to 10.",
      "Introduce a picture-based booklet and offer a visit by the reviewing officer before each first review.",
      "Service manager, reviewing"],
     ["Care plans", "Eleven plans had no clear date for the permanence decision at the second review.",
      "Escalate through the dispute resolution protocol when a date is missing at the second review.",
      "Team manager, IRO service"],
     ["Recording", "Review records reached social workers in 20 working days on average, against a target of 15.",
      "Use a shorter record template for stable placements and track completion weekly.",
      "Business support lead"],
     ["Caseloads", "Average caseload rose from 64 to 71 children per full-time officer.",
      "Recruit two fixed-term officers and review allocation by locality each quarter.",
      "Head of safeguarding"]],
    cls="txt")
page("t161", title="Independent reviewing officer service: annual report 2023/24", set_="dev",
     description=("Round 6, Chromium (HTML printed by headless Chromium). A masthead laid out with a "
                  "presentation table (logo text, title, date in three columns: not a data table); a CSS "
                  "grid of four key-figure cards (not a table); a table with 1px borders (border-collapse) "
                  "and a two-level header (colspan and rowspan), right-aligned tabular figures and a bold "
                  "total row; a text table with horizontal rules only whose cells wrap to three or four "
                  "lines. Notes are paragraphs below the tables, not part of them."),
     css="""
@page { size: A4; margin: 18mm 17mm 20mm 17mm;
  @bottom-center { content: "Page " counter(page); font: 8pt "Nimbus Sans"; color: #555; } }
body { font: 10pt/1.35 "Nimbus Sans", sans-serif; color: #111; margin: 0; }
table.mast { width: 100%; border-collapse: collapse; margin-bottom: 6mm; }
table.mast td { vertical-align: middle; padding: 0; }
.logo { font: bold 15pt "Nimbus Sans"; color: #2a5d3a; letter-spacing: 1px; }
.mt { font-size: 15pt; font-weight: bold; text-align: center; }
.md { text-align: right; font-size: 9pt; color: #444; }
h2 { font-size: 12pt; color: #2a5d3a; margin: 5mm 0 2mm; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 4mm; margin: 3mm 0 5mm; }
.card { border: 1px solid #2a5d3a; border-radius: 3px; padding: 3mm; text-align: center; }
.card .big { font-size: 20pt; font-weight: bold; color: #2a5d3a; }
.card .cap { font-size: 8.5pt; }
table.d { border-collapse: collapse; width: 100%; font-size: 9.5pt; break-inside: avoid; }
table.d caption { text-align: left; font-weight: bold; padding-bottom: 2mm; }
table.d th, table.d td { border: 1px solid #333; padding: 2px 5px; }
table.d th { background: #e3eee6; font-weight: bold; }
table.d td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.d tr.total td { font-weight: bold; }
table.txt { border-collapse: collapse; width: 100%; font-size: 9pt; break-inside: avoid; }
table.txt th { text-align: left; border-bottom: 2px solid #2a5d3a; padding: 3px 4px; }
table.txt td { border-bottom: 1px solid #999; padding: 4px 4px; vertical-align: top; }
table.txt td:first-child { font-weight: bold; width: 17%; }
.note { font-size: 8pt; color: #333; margin: 1.5mm 0 0; }
""",
     body=f"""
<table class="mast" role="presentation"><tr>
<td class="logo">NORTHMERE<br>COUNCIL</td>
<td class="mt">Independent Reviewing Officer Service<br>Annual Report 2023/24</td>
<td class="md">Corporate Parenting Panel<br>14 November 2024<br>Agenda item 6</td></tr></table>
<h2>1. The year at a glance</h2>
{cards([("412", "children looked after at 31 March"), ("2,184", "reviews chaired"),
        ("94.2%", "reviews held on time"), ("71", "average caseload per officer")])}
{paras("Independent reviewing officers chair the statutory reviews of every child the council looks after "
       "and monitor the progress of each care plan between reviews. This report covers the year to 31 March "
       "2024 and is presented to the panel each autumn.")}
<h2>2. Reviews</h2>
{t161_t1}
<p class="note">Notes: a review is held within timescale when it takes place within 20 working days of the child becoming looked after, within three months of the first review and then every six months. Figures for 2022/23 have been revised.</p>
<h2>3. Quality assurance findings</h2>
{paras("Officers raised 37 formal escalations during the year, 29 of which were resolved at the first stage. "
       "The themes below come from the annual audit of 60 review records.")}
{t161_t2}
<p class="note">Source: IRO service quality assurance audit, March 2024.</p>
""")

# --------------------------------------------------------------------------- t162
r = random.Random(162)
hh = [("Mainstream foster carers", 118), ("Connected persons carers", 41), ("Short break carers", 17),
      ("Parent and child carers", 6), ("Supported lodgings hosts", 12), ("Staying put carers", 22)]
rows = []
T = [0, 0, 0, 0]
for name, start in hh:
    ap, de = r.randint(2, 19), r.randint(1, 14)
    end = start + ap - de
    for k, v in enumerate((start, ap, de, end)):
        T[k] += v
    rows.append([name, str(start), str(ap), str(de), str(end)])
rows.append(("tot", ["All households", *map(str, T)]))
t162_t1 = table([["Household type", "Approved at 1 April 2023", "Newly approved", "Deregistered",
                  "Approved at 31 March 2024"]], rows, cls="z")
t162_t2 = table([["Stage", "2022/23", "2023/24"]],
                [["Enquiries", "214", "263"], ["Initial visits", "88", "97"],
                 ["Assessments started", "31", "36"], ["Approved at panel", "14", "19"]], cls="box")
page("t162", title="Fostering service annual report 2023/24", set_="dev",
     description=("Round 6, Chromium. DejaVu Serif. A zebra-striped table with no borders and a dark header "
                  "row with white text, figures right-aligned, a bold total; a small table with horizontal "
                  "rules inside a bordered, shaded aside box floated right beside the text; a definitions list "
                  "(dl) styled as two columns of term and definition (not a table); a bulleted list of figures "
                  "(not a table)."),
     css="""
@page { size: A4; margin: 20mm 20mm 22mm 20mm;
  @top-right { content: "Fostering service annual report"; font: italic 8pt "DejaVu Serif"; color: #666; }
  @bottom-right { content: counter(page); font: 8pt "DejaVu Serif"; } }
body { font: 10pt/1.45 "DejaVu Serif", serif; margin: 0; }
h1 { font-size: 17pt; font-weight: normal; color: #5b2a6e; margin: 0 0 4mm; }
h2 { font-size: 12pt; color: #5b2a6e; margin: 5mm 0 2mm; }
.ttl { font-weight: bold; font-size: 10pt; margin: 4mm 0 1.5mm; }
table.z { width: 100%; border-collapse: collapse; font-size: 9pt; break-inside: avoid; }
table.z th { background: #5b2a6e; color: #fff; padding: 4px 6px; text-align: left; vertical-align: bottom; }
table.z td { padding: 3px 6px; }
table.z tbody tr:nth-child(odd) { background: #f1e9f4; }
table.z td.n, table.z th:not(:first-child) { text-align: right; font-variant-numeric: tabular-nums; }
table.z tr.tot td { font-weight: bold; border-top: 1px solid #5b2a6e; }
aside { float: right; width: 62mm; margin: 0 0 3mm 5mm; border: 1.5px solid #5b2a6e; background: #faf6fb;
        padding: 3mm; font-size: 8.5pt; }
aside h3 { margin: 0 0 2mm; font-size: 9.5pt; }
table.box { width: 100%; border-collapse: collapse; }
table.box th { border-bottom: 1px solid #5b2a6e; text-align: right; padding: 2px; }
table.box th:first-child, table.box td:first-child { text-align: left; }
table.box td { border-bottom: 0.5px solid #c9b5d1; padding: 2px; text-align: right; }
dl.defs { display: grid; grid-template-columns: 42mm 1fr; column-gap: 5mm; row-gap: 1.5mm; font-size: 9pt; }
dl.defs dt { font-weight: bold; }
dl.defs dd { margin: 0; }
ul.facts li { margin-bottom: 1mm; }
.note { font-size: 8pt; color: #444; margin-top: 1.5mm; }
""",
     body=f"""
<h1>Fostering service annual report 2023/24</h1>
<aside><h3>Recruiting new carers</h3>
{t162_t2}
<p>Enquiries rose after the spring campaign on local radio and at school gates.</p></aside>
{paras("The fostering service recruits, assesses, trains and supports the council's own foster carers. At "
       "the end of March 2024 it had 196 approved households caring for 151 children, and a further 22 "
       "households offering staying put arrangements to young people over 18.",
       "The fostering panel met 21 times and recommended 19 new approvals, the highest number for five years. "
       "Two applications were withdrawn at panel and one was deferred for further information about the "
       "household's health.")}
<h2>Approved households</h2>
<p class="ttl">Table 1. Approved fostering households by type, 2023/24</p>
{t162_t1}
<p class="note">A household approved for more than one type of care is counted under its main approval.</p>
<h2>Key facts</h2>
{bullets(["96 children were placed with in-house carers at year end, up from 88.",
          "31 carers completed the skills to foster course; 27 went on to assessment.",
          "Average time from enquiry to approval: 7.4 months (target 8 months).",
          "Carer satisfaction with supervising social workers: 89% good or very good."])}
<h2>Terms used in this report</h2>
{dl([("Connected person", "A relative, friend or other person known to the child who is approved to foster that child only."),
     ("Staying put", "An arrangement in which a young person stays with former foster carers after turning 18."),
     ("Short break care", "Planned care for a few days at a time, usually for disabled children living at home."),
     ("Deregistration", "The ending of a carer's approval, at the carer's request or after a review."),
     ("Fostering panel", "The independent panel that recommends approvals and changes of approval.")])}
""")

# --------------------------------------------------------------------------- t163
r = random.Random(163)
duty_rows = []
groups = [("Prevention duty", ["Family or friends no longer willing to accommodate", "End of private rented tenancy",
                               "Domestic abuse", "Other reasons"]),
          ("Relief duty", ["Family or friends no longer willing to accommodate", "End of private rented tenancy",
                           "Leaving institution", "Other reasons"])]
for gname, reasons in groups:
    for k, reason in enumerate(reasons):
        cells = [] if k else [{"t": gname, "rs": len(reasons), "cls": "grp"}]
        q = [r.randint(18, 140) for _ in range(4)]
        cells += [reason, *map(str, q), str(sum(q))]
        duty_rows.append(cells)
t163_t1 = table([["Duty", "Main reason for loss of settled home", "Q1", "Q2", "Q3", "Q4", "Year"]], duty_rows,
                cls="g", caption="Table 2. Households owed a duty, by main reason, 2023/24")
t163_t2 = table([["Accommodation type", "Households", "With children"]],
                [["Bed and breakfast", "38", "6"], ["Nightly paid, self-contained", "74", "51"],
                 ["Hostel", "29", "3"], ["Council or housing association stock", "112", "89"],
                 ["Private sector leased", "45", "40"], ["Total", "298", "189"]], cls="h")
page("t163", title="Homelessness and rough sleeping quarterly review", set_="heldout",
     description=("Round 6, Chromium. Nimbus Sans. A contents list set with flex, titles left and page numbers "
                  "right-aligned (not a table); three key-figure cards (not a table); a table with 1px borders "
                  "whose first column holds cells spanning four rows each (rowspan, the duty over its reasons), "
                  "with a caption; a table with horizontal rules only set beside a paragraph floated to the "
                  "right."),
     css="""
@page { size: A4; margin: 16mm 18mm 18mm 18mm;
  @bottom-left { content: "Homelessness quarterly review"; font: 7.5pt "Nimbus Sans"; color: #777; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt "Nimbus Sans"; color: #777; } }
body { font: 9.5pt/1.4 "Nimbus Sans", sans-serif; margin: 0; }
h1 { font-size: 18pt; color: #b3261e; margin: 0 0 3mm; }
h2 { font-size: 11.5pt; margin: 5mm 0 2mm; border-bottom: 2px solid #b3261e; padding-bottom: 1mm; }
nav.toc { width: 120mm; margin-bottom: 4mm; }
nav.toc h2 { border: none; margin: 0 0 1mm; }
nav.toc ol { list-style: none; padding: 0; margin: 0; }
nav.toc li { display: flex; justify-content: space-between; border-bottom: 1px dotted #aaa; padding: 1px 0; }
.cards { display: flex; gap: 5mm; margin: 4mm 0; }
.card { flex: 1; background: #fbe9e7; padding: 3mm 4mm; }
.card .big { font-size: 22pt; font-weight: bold; color: #b3261e; }
.card .cap { font-size: 8.5pt; }
table.g { border-collapse: collapse; width: 100%; font-size: 8.5pt; break-inside: avoid; }
table.g caption { caption-side: top; text-align: left; font-weight: bold; font-size: 9.5pt; margin-bottom: 1.5mm; }
table.g th, table.g td { border: 1px solid #555; padding: 2px 4px; }
table.g th { background: #eee; }
table.g td.grp { vertical-align: middle; font-weight: bold; width: 22mm; }
table.g td.n { text-align: right; font-variant-numeric: tabular-nums; }
.side { float: right; width: 68mm; margin: 0 0 2mm 6mm; font-size: 9pt; color: #333; }
table.h { border-collapse: collapse; font-size: 9pt; width: 90mm; break-inside: avoid; }
table.h th { text-align: left; border-top: 1.5px solid #000; border-bottom: 1px solid #000; padding: 3px 4px; }
table.h th + th, table.h td.n { text-align: right; }
table.h td { border-bottom: 0.5px solid #bbb; padding: 3px 4px; }
table.h tr:last-child td { font-weight: bold; border-bottom: 1.5px solid #000; }
.ttl { font-weight: bold; margin: 3mm 0 1.5mm; }
.note { font-size: 8pt; color: #444; clear: both; padding-top: 2mm; }
""",
     body=f"""
<h1>Homelessness and rough sleeping: quarterly review</h1>
<p>Housing Options Service, Kelbrook District Council. Period covered: April 2023 to March 2024.</p>
{nav([("1. Summary", "1"), ("2. Duties owed", "1"), ("3. Temporary accommodation", "2"),
      ("4. Rough sleeping", "2"), ("5. Definitions", "2")])}
<h2>1. Summary</h2>
{cards([("1,912", "households assessed"), ("298", "in temporary accommodation at 31 March"),
        ("14", "people sleeping rough on the autumn count night")])}
<h2>2. Duties owed</h2>
{paras("Most households approach the council while still housed, so the prevention duty is owed more often "
       "than the relief duty. Ending of a private tenancy remains the most common reason in both.")}
{t163_t1}
<p class="note">Source: Housing options case management system, extracted 4 April 2024. Quarterly figures are provisional.</p>
<h2>3. Temporary accommodation</h2>
<p class="side">Use of bed and breakfast for families fell to six households at the end of March, and no family
stayed longer than the six-week limit during the last quarter. The council bought 14 homes for use as
temporary accommodation during the year and leased a further nine from private landlords.</p>
<div style="break-inside: avoid"><p class="ttl">Table 3. Households in temporary accommodation at 31 March 2024</p>
{t163_t2}</div>
<p class="note">Households with children include those with a pregnant member.</p>
<h2>4. Rough sleeping</h2>
{paras("Outreach workers made contact with 61 people sleeping rough during the year; 47 were helped into "
       "accommodation. The annual count on 9 November 2023 found 14 people, compared with 19 a year earlier.")}
""")

# --------------------------------------------------------------------------- t164
r = random.Random(164)
months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
wards = ["Abbotsley", "Beacon Hill", "Carrow Fields", "Dale End", "Eversham North", "Eversham South",
         "Fairlight", "Greystone", "Hollins Park", "Kingsmead"]
rows = []
colsum = [0] * 13
for w in wards:
    vals = [r.randint(3, 29) for _ in months]
    rows.append([w, *map(str, vals), str(sum(vals))])
    for k, v in enumerate(vals + [sum(vals)]):
        colsum[k] += v
rows.append(("tot", ["All wards", *map(str, colsum)]))
t164_t1 = table([["Ward", *months, "Year"]], rows, cls="wide",
                caption="Table 1. Four-week smoking quitters by ward and month of setting a quit date, 2023/24")
inds = [("Smoking prevalence in adults (18+)", "%", "13.9", "12.1", "11.6", "Worse"),
        ("Smoking status at time of delivery", "%", "10.8", "9.7", "8.8", "Similar"),
        ("Admissions for alcohol-specific conditions", "per 100,000", "612", "538", "559", "Worse"),
        ("Physically active adults", "%", "64.3", "66.9", "67.1", "Similar"),
        ("Excess weight in adults", "%", "66.8", "64.2", "64.0", "Worse"),
        ("Under-18 conceptions", "per 1,000", "14.1", "13.5", "13.1", "Better")]
t164_t2 = table([["Indicator", "Unit", "Westmoor", "Region", "England", "Compared with England"]],
                [list(x) for x in inds], cls="g",
                caption="Table 2. Selected indicators compared with the region and England, latest period")
page("t164", title="Public health profile: tobacco and lifestyle 2023/24", set_="dev",
     description=("Round 6, Chromium. DejaVu Sans, the wide table in DejaVu Sans Condensed 7.5pt. A booktabs-style "
                  "table of 14 narrow columns (ward, twelve months, year) set wider than the text block (negative "
                  "margins reach into the page margins), with a caption and a bold total row; a section of prose "
                  "in two CSS columns (columns: 2) with figures in it (not a table); a small table with 1px borders "
                  "mixing words and figures (unit column, 'Better'/'Worse' column)."),
     css="""
@page { size: A4; margin: 22mm 10mm 20mm 10mm;
  @top-left { content: "Westmoor Public Health"; font: 7.5pt "DejaVu Sans"; color: #0b6e69; padding-left: 14mm; }
  @bottom-center { content: counter(page); font: 7.5pt "DejaVu Sans"; } }
body { font: 9.5pt/1.45 "DejaVu Sans", sans-serif; margin: 0; padding: 0 14mm; color: #222; }
h1 { font-size: 15pt; color: #0b6e69; margin: 0 0 3mm; }
h2 { font-size: 11pt; color: #0b6e69; margin: 5mm 0 2mm; }
.cols { columns: 2; column-gap: 7mm; text-align: justify; }
.cols p { margin: 0 0 2mm; }
table.wide { font: 7.5pt "DejaVu Sans Condensed", sans-serif; border-collapse: collapse; margin-left: -14mm;
             width: calc(100% + 28mm); break-inside: avoid; }
table.wide caption { text-align: left; font: bold 9pt "DejaVu Sans"; padding: 0 0 2mm 14mm; }
table.wide thead tr { border-top: 2px solid #000; border-bottom: 1px solid #000; }
table.wide tbody tr:last-child { border-bottom: 2px solid #000; }
table.wide th { padding: 3px 2px; text-align: right; }
table.wide th:first-child, table.wide td:first-child { text-align: left; }
table.wide td { padding: 2px 2px; text-align: right; font-variant-numeric: tabular-nums; }
table.wide tr.tot td { font-weight: bold; border-top: 1px solid #000; }
table.g { border-collapse: collapse; width: 100%; font-size: 8.5pt; break-inside: avoid; }
table.g caption { text-align: left; font-weight: bold; padding-bottom: 2mm; }
table.g th, table.g td { border: 1px solid #888; padding: 2px 4px; }
table.g th { background: #dff0ef; text-align: left; }
table.g td.n { text-align: right; }
.note { font-size: 7.5pt; color: #444; margin-top: 1.5mm; }
""",
     body=f"""
<h1>Public health profile: tobacco and lifestyle, 2023/24</h1>
<div class="cols">
{paras("The stop smoking service set 1,604 quit dates during the year, 9% more than in 2022/23, and 872 people "
       "had stopped smoking four weeks after their quit date, a success rate of 54%. The service met its target "
       "of 800 four-week quitters for the first time since 2019/20.",
       "Quitters were most numerous in Eversham North and Hollins Park, where the community pharmacy offer was "
       "extended in the autumn. Referrals from maternity services rose from 96 to 131, and 58 pregnant women "
       "had stopped smoking at four weeks.",
       "Smoking prevalence among adults is estimated at 13.9%, above the regional average of 12.1%. Among "
       "adults in routine and manual occupations it is 22.4%, so the service continues to focus on workplaces "
       "and on the three wards with the highest rates.",
       "The service budget was £486,000, of which £131,000 paid for stop smoking medicines. The cost per "
       "four-week quitter fell from £612 to £557.")}
</div>
<h2>Quitters by ward</h2>
{t164_t1}
<p class="note">A quitter is a person who set a quit date and reported not smoking in the two to four weeks after it,
confirmed by carbon monoxide reading where possible. Month is the month of the quit date.</p>
<h2>How Westmoor compares</h2>
{t164_t2}
<p class="note">Source: Office for Health Improvement and Disparities, public health outcomes framework (figures invented for this benchmark).</p>
""")

# --------------------------------------------------------------------------- t165
r = random.Random(165)
libs = ["Central Library", "Harrowgate", "Linton Road", "Marsh Lane", "Oldacre", "Parkside", "Ryebank"]
rows = []
for name in libs:
    a = r.randint(21000, 180000) if name != "Central Library" else 412600
    b = int(a * r.uniform(0.92, 1.12))
    rows.append([name, fmt(a), fmt(b), f"{(b - a) / a * 100:+.1f}".replace("-", "\u2212")])
t165_t1 = table([["Library", "2022/23", "2023/24", "Change (%)"]], rows, cls="h",
                caption="Table 1. Visits by library")
t165_t2 = table([["Format", "Loans", "Share (%)"]],
                [["Adult fiction", "184,230", "31.2"], ["Adult non-fiction", "96,410", "16.3"],
                 ["Children's books", "221,870", "37.6"], ["E-books", "51,340", "8.7"],
                 ["E-audio", "29,116", "4.9"], ["Other", "7,202", "1.2"]], cls="h",
                caption="Table 2. Loans by format, 2023/24")
t165_t3 = table([["Date", "Event", "Library", "Ages"]],
                [["Sat 6 April", "Rhyme time special with the Linton storytellers", "Linton Road", "0-4"],
                 ["Tue 16 April", "Family history drop-in: using parish registers online", "Central Library", "Adults"],
                 ["Wed 24 April", "Code club: build a simple game", "Parkside", "8-12"],
                 ["Sat 4 May", "Local author talk and signing", "Harrowgate", "Adults"],
                 ["Thu 16 May", "Job club: writing a covering letter", "Marsh Lane", "16+"]],
                cls="ev", caption="Table 3. Events in April and May 2024")
page("t165", title="Library service performance report 2023/24", set_="dev",
     description=("Round 6, Chromium. Nimbus Roman 10.5pt. Two tables side by side in a flex row, each with "
                  "horizontal rules only and its own caption, signed percentages with true minus signs; a "
                  "form of label: value pairs set in a two-column CSS grid (not a table); a text table of "
                  "events with a rule under every row."),
     css="""
@page { size: A4; margin: 20mm 20mm 20mm 20mm;
  @bottom-right { content: "Library service performance report  |  " counter(page); font: 8pt "Nimbus Roman"; } }
body { font: 10.5pt/1.4 "Nimbus Roman", serif; margin: 0; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 5mm 0 2mm; }
.form { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5mm 8mm; border: 1px solid #999; padding: 3mm;
        font-size: 9.5pt; margin: 3mm 0; }
.form .l { font-weight: bold; }
.pair { display: flex; gap: 8mm; align-items: flex-start; }
.pair > table { flex: 1; }
table.h { border-collapse: collapse; font-size: 9.5pt; break-inside: avoid; }
table.h caption { text-align: left; font-weight: bold; font-style: italic; padding-bottom: 1.5mm; }
table.h th { border-top: 1.5px solid #000; border-bottom: 1px solid #000; padding: 2px 4px; text-align: right; }
table.h th:first-child, table.h td:first-child { text-align: left; }
table.h td { padding: 2px 4px; text-align: right; font-variant-numeric: tabular-nums; }
table.h tbody tr:last-child td { border-bottom: 1.5px solid #000; }
table.ev { border-collapse: collapse; width: 100%; font-size: 9.5pt; break-inside: avoid; }
table.ev caption { text-align: left; font-weight: bold; font-style: italic; padding-bottom: 1.5mm; }
table.ev th { text-align: left; border-bottom: 1.5px solid #000; padding: 3px 5px; }
table.ev td { border-bottom: 1px solid #aaa; padding: 3px 5px; }
.note { font-size: 8.5pt; margin-top: 1.5mm; }
""",
     body=f"""
<h1>Library service performance report 2023/24</h1>
<div class="form">
<div class="f"><span class="l">Report of:</span> <span class="v">Head of Libraries and Culture</span></div>
<div class="f"><span class="l">Meeting:</span> <span class="v">Communities Scrutiny Committee</span></div>
<div class="f"><span class="l">Date:</span> <span class="v">19 June 2024</span></div>
<div class="f"><span class="l">Wards affected:</span> <span class="v">All</span></div>
<div class="f"><span class="l">Contact:</span> <span class="v">Orla Penhallow, 01632 960 418</span></div>
<div class="f"><span class="l">Status:</span> <span class="v">For information</span></div>
</div>
<h2>1. Use of libraries</h2>
{paras("Visits rose at five of the seven libraries. Harrowgate reopened in September after its refurbishment and "
       "has had more visits since than in any comparable period. Loans of children's books continued to grow, "
       "helped by the summer reading challenge, which 3,412 children completed.")}
<div class="pair">
{t165_t1}
{t165_t2}
</div>
<p class="note">Visits are counted by door counters; Marsh Lane's counter failed for three weeks in January and was estimated.</p>
<h2>2. Events</h2>
{paras("Libraries held 2,318 events during the year with 41,700 attendances. The programme for the spring is below.")}
{t165_t3}
""")

# --------------------------------------------------------------------------- t166
r = random.Random(166)
directorates = [
    ("Children's services", ["Children's social care", "Early help and family hubs", "Education and inclusion",
                             "Home to school transport", "Special educational needs support", "Youth service",
                             "Safeguarding partnership"]),
    ("Adults and health", ["Older people's residential care", "Home care", "Learning disability support",
                           "Mental health support", "Public health grant services", "Equipment and adaptations",
                           "Carers' support"]),
    ("Place", ["Highways maintenance", "Waste collection", "Waste disposal", "Parks and open spaces",
               "Planning and building control", "Parking services", "Street lighting", "Flood risk management"]),
    ("Resources", ["Finance and audit", "Legal and democratic services", "Human resources",
                   "Information technology", "Property and facilities", "Customer services"]),
]
rows = []


def money(v):
    return f"({fmt(-v)})" if v < 0 else fmt(v)


grand = [0, 0, 0, 0]
for dname, services in directorates:
    rows.append(("grp", [dname, "", "", "", "", "", ""]))
    sub = [0, 0, 0, 0]
    for s in services:
        orig = r.randint(900, 48000)
        rev = orig + r.randint(-600, 1800)
        fc = rev + r.randint(-900, 2200)
        chg = r.randint(-400, 700)
        var = fc - rev
        rows.append((("ind"), [s, fmt(orig), fmt(rev), fmt(fc), money(chg), money(var),
                               f"{var / rev * 100:.1f}"]))
        for k, v in enumerate((orig, rev, fc, chg)):
            sub[k] += v
    var = sub[2] - sub[1]
    rows.append(("sub", [f"Total {dname.lower()}", fmt(sub[0]), fmt(sub[1]), fmt(sub[2]), money(sub[3]),
                         money(var), f"{var / sub[1] * 100:.1f}"]))
    for k in range(4):
        grand[k] += sub[k]
var = grand[2] - grand[1]
rows.append(("tot", ["Net revenue budget", fmt(grand[0]), fmt(grand[1]), fmt(grand[2]), money(grand[3]),
                     money(var), f"{var / grand[1] * 100:.1f}"]))
t166_t1 = table(
    [[{"t": "Directorate and service", "rs": 3}, {"t": "Revenue 2024/25, £000", "cs": 6}],
     [{"t": "Budget", "cs": 2}, {"t": "Forecast", "cs": 2}, {"t": "Variance", "cs": 2}],
     ["Original", "Revised", "Outturn", "Change since quarter 2", "£000", "%"]],
    rows, cls="bud split", caption="Table 1. Revenue budget monitoring by service, quarter 3")
page("t166", title="Revenue budget monitoring 2024/25: quarter 3", set_="heldout",
     description=("Round 6, Chromium. DejaVu Sans 8.5pt. A masthead set as a presentation table (not a data table); "
                  "one table continued from the first page onto the second (thead repeated by the browser on the "
                  "second page, no '(continued)' line), with a three-level header (a stub heading spanning three "
                  "rows, a heading spanning six columns over three headings spanning two), a dark header with "
                  "white text, directorate group rows with text in the first column only, indented services, bold "
                  "subtotals, brackets for negatives and a bold net total; notes below the table on the second "
                  "page."),
     css="""
@page { size: A4; margin: 15mm 15mm 18mm 15mm;
  @bottom-center { content: "Revenue budget monitoring, quarter 3 - page " counter(page); font: 7pt "DejaVu Sans"; } }
body { font: 9pt/1.4 "DejaVu Sans", sans-serif; margin: 0; }
table.mast { width: 100%; border-bottom: 3px solid #123c69; margin-bottom: 4mm; }
table.mast td { padding: 0 0 2mm; vertical-align: bottom; }
table.mast .org { font-weight: bold; font-size: 13pt; color: #123c69; }
table.mast .rt { text-align: right; font-size: 8pt; }
h1 { font-size: 14pt; margin: 0 0 2mm; }
table.bud { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
table.bud caption { text-align: left; font-weight: bold; padding-bottom: 2mm; font-size: 9.5pt; }
table.bud thead th { background: #123c69; color: #fff; padding: 2px 4px; border: 1px solid #fff; font-weight: bold; }
table.bud thead tr:first-child th:first-child { text-align: left; vertical-align: bottom; }
table.bud td { padding: 3.5px 4px; border-bottom: 0.5px solid #c8d3e0; }
table.bud td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.bud tr.grp td { font-weight: bold; color: #123c69; padding-top: 4px; }
table.bud tr.ind td:first-child { padding-left: 12px; }
table.bud tr.sub td { font-weight: bold; border-top: 1px solid #123c69; }
table.bud tr.tot td { font-weight: bold; background: #dde6f0; border-top: 2px solid #123c69; }
.note { font-size: 7.5pt; margin-top: 1.5mm; }
""",
     body=f"""
<table class="mast" role="presentation"><tr><td class="org">Castlebridge County Council</td>
<td class="rt">Cabinet, 12 February 2025<br>Report of the Director of Finance</td></tr></table>
<h1>Revenue budget monitoring 2024/25: quarter 3</h1>
{paras("The council is forecasting an overspend against the revised budget at the end of the third quarter, "
       "driven by home to school transport, residential care and waste disposal. Directorates have been asked to "
       "bring forward recovery actions before the final quarter. The table sets out the forecast for each service.")}
{t166_t1}
<p class="note">Figures in brackets are reductions or underspends. The revised budget includes virements approved by
Cabinet in July and October. Forecast outturn is before the use of earmarked reserves.</p>
{paras("The Director of Finance will report the outturn to Cabinet in June 2025. Recovery actions agreed so far "
       "include a review of transport routes for the autumn term, a pause on non-essential recruitment in support "
       "services and renegotiation of two residual waste contracts.")}
""")

# --------------------------------------------------------------------------- t167
r = random.Random(167)
ops = ["Greyline Buses", "Moorland Coaches", "Tarrant Travel", "Riverside Omnibus"]
routes = []
for k in range(54):
    num = ["1", "1A", "2", "3", "4", "5", "6", "7", "7A", "8", "9", "10", "11", "12", "14", "15", "16", "17",
           "18", "19", "20", "21", "22", "24", "25", "26", "27", "28", "30", "31", "32", "33", "35", "36", "38",
           "40", "41", "42", "44", "45", "47", "50", "51", "55", "56", "60", "61", "62", "70", "71", "X3", "X7",
           "X10", "X52"][k]
    sched = r.randint(900, 14000)
    op = r.uniform(96.5, 99.9)
    ontime = r.uniform(71, 93)
    early = r.uniform(0.5, 4.5)
    late = 100 - ontime - early
    routes.append([num, r.choice(ops), fmt(sched), f"{op:.1f}", f"{ontime:.1f}", f"{early:.1f}", f"{late:.1f}"])
t167_t1 = table([["Route", "Operator", "Scheduled journeys", "Operated (%)", "On time (%)", "Early (%)",
                  "Late (%)"]], routes, cls="z split", caption="Table 2. Punctuality of supported and commercial routes, "
                                                             "October 2023 to March 2024")
page("t167", title="Bus service punctuality report, winter 2023/24", set_="dev",
     description=("Round 6, Chromium. Nimbus Sans 9pt. Key-figure cards laid out with flexbox (not a table); a "
                  "zebra-striped table with no vertical rules, a rule under the header only, continued from the "
                  "first page onto the second with its header repeated by the browser (thead), route numbers and "
                  "operator names beside right-aligned percentages."),
     css="""
@page { size: A4; margin: 20mm 22mm 20mm 22mm;
  @top-center { content: "Northfold Combined Transport Authority"; font: 8pt "Nimbus Sans"; color: #666; }
  @bottom-center { content: counter(page); font: 8pt "Nimbus Sans"; } }
body { font: 10pt/1.4 "Nimbus Sans", sans-serif; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 3mm; color: #6b3fa0; }
.cards { display: flex; flex-wrap: wrap; gap: 3mm; margin: 3mm 0 4mm; }
.card { width: 38mm; border-left: 4px solid #6b3fa0; background: #f3effa; padding: 2mm 3mm; }
.card .big { font-size: 17pt; font-weight: bold; }
.card .cap { font-size: 8pt; }
table.z { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.z caption { text-align: left; font-weight: bold; padding-bottom: 2mm; }
table.z th { border-bottom: 2px solid #6b3fa0; padding: 3px 5px; text-align: right; vertical-align: bottom; }
table.z th:nth-child(-n+2), table.z td:nth-child(-n+2) { text-align: left; }
table.z td { padding: 2px 5px; text-align: right; font-variant-numeric: tabular-nums; }
table.z tbody tr:nth-child(even) { background: #f0f0f0; }
.note { font-size: 8pt; margin-top: 2mm; }
""",
     body=f"""
<h1>Bus service punctuality report, winter 2023/24</h1>
{paras("Punctuality is measured at timing points from the automatic vehicle location data that every bus on a "
       "route in the county sends to the authority. A bus is on time if it departs between one minute early "
       "and five minutes fifty-nine seconds late.")}
{cards([("82.6%", "departures on time"), ("98.9%", "scheduled journeys operated"), ("2.1%", "departures early"),
        ("54", "routes monitored")])}
{paras("Table 1 in the autumn report gave the same measures by operator. Performance fell in December when "
       "roadworks closed the inner relief road for three weeks; routes 7, 7A and 12 were most affected.")}
{t167_t1}
<p class="note">Routes with fewer than 1,000 scheduled journeys in the period run on one or two days a week. Percentages
of on time, early and late departures add to 100.</p>
""")

# --------------------------------------------------------------------------- t168
r = random.Random(168)
phases = [("Infant and primary", ["Ashcombe Primary", "Brook Lane Infants", "Callow Hill Primary",
                                  "St Wendreda's C of E Primary", "Thornleigh Primary"]),
          ("Junior", ["Dunstan Junior", "Highfield Junior"]),
          ("All-through", ["Kestrel Academy", "Mereside School"])]
rows = []
for ph, schools in phases:
    for k, s in enumerate(schools):
        c = [] if k else [{"t": ph, "rs": len(schools), "cls": "ph"}]
        c += [s, str(r.randint(24, 92)), str(r.randint(58, 88)), str(r.randint(52, 84)), str(r.randint(55, 89)),
              str(r.randint(44, 76))]
        rows.append(c)
t168_t1 = table([[{"t": "Phase", "rs": 2}, {"t": "School", "rs": 2}, {"t": "Pupils", "rs": 2},
                  {"t": "Reaching the expected standard (%)", "cs": 4}],
                 ["Reading", "Writing", "Maths", "All three"]], rows, cls="plain",
                caption="Table 1. Key stage 2 results by school, 2024 (provisional)")
t168_t2 = table([["Group", "Pupils", "Reading, writing and maths (%)", "Gap to other pupils (points)"]],
                [["Disadvantaged", "312", "44", "−21"], ["Not disadvantaged", "871", "65", ""],
                 ["With SEN support", "164", "22", "−46"], ["With an EHC plan", "41", "6", "−62"],
                 ["English as an additional language", "139", "59", "−3"]], cls="g",
                caption="Table 2. Results for groups of pupils, all schools")
page("t168", title="Primary school results summary 2024", set_="dev",
     description=("Round 6, Chromium. DejaVu Serif 9.5pt. A table with no borders and no shading at all (padding "
                  "only; the header set apart by bold type), a two-level header and a first column of phase cells "
                  "spanning the rows of their schools (rowspan, vertically centred); a small table with 1px borders "
                  "with an empty cell and true minus signs; a bulleted list of figures and a definitions list laid "
                  "out as a two-column CSS grid (neither is a table)."),
     css="""
@page { size: A4; margin: 20mm 19mm 22mm 19mm;
  @bottom-left { content: "Brackenshire Schools Forum"; font: italic 8pt "DejaVu Serif"; }
  @bottom-right { content: counter(page); font: 8pt "DejaVu Serif"; } }
body { font: 9.5pt/1.45 "DejaVu Serif", serif; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 3mm; }
h2 { font-size: 11pt; margin: 5mm 0 2mm; font-style: italic; }
table.plain { border-collapse: separate; border-spacing: 0; font-size: 9pt; break-inside: avoid; margin-top: 2mm; }
table.plain caption { text-align: left; font-weight: bold; padding-bottom: 2mm; }
table.plain th { padding: 2px 7px; font-weight: bold; text-align: center; vertical-align: bottom; }
table.plain th:nth-child(-n+2) { text-align: left; }
table.plain td { padding: 2px 7px; }
table.plain td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.plain td.ph { vertical-align: middle; font-style: italic; width: 30mm; }
table.g { border-collapse: collapse; font-size: 9pt; width: 80%; break-inside: avoid; }
table.g caption { text-align: left; font-weight: bold; padding-bottom: 2mm; }
table.g th, table.g td { border: 1px solid #000; padding: 2px 5px; }
table.g th { font-weight: bold; text-align: center; }
table.g td.n { text-align: right; }
ul.facts { padding-left: 5mm; }
dl.defs { display: grid; grid-template-columns: 40mm auto; gap: 1mm 4mm; font-size: 9pt; }
dl.defs dt { font-weight: bold; } dl.defs dd { margin: 0; }
.note { font-size: 8pt; margin-top: 1.5mm; }
""",
     body=f"""
<h1>Primary school results summary 2024</h1>
{paras("This summary for the schools forum gives provisional key stage 2 results for the nine maintained "
       "schools and academies in the Brackenshire learning partnership. Final figures are published in December.")}
<h2>Headlines</h2>
{bullets(["1,183 pupils took the tests in May 2024, 41 more than in 2023.",
          "61% reached the expected standard in reading, writing and maths, up 3 points.",
          "Reading: 76%  ·  Writing: 71%  ·  Maths: 73%",
          "Two schools are below the floor of 50% in all three subjects."])}
{t168_t1}
<p class="note">Schools with fewer than 11 pupils in a group are not shown separately. Percentages are rounded.</p>
<h2>Groups of pupils</h2>
{t168_t2}
<p class="note">The gap is the difference from pupils not in the group; it is blank for the comparison group itself.</p>
<h2>Terms</h2>
{dl([("Expected standard", "A scaled score of 100 or more in a test, or working at the expected standard in writing."),
     ("Disadvantaged", "Pupils eligible for free school meals in the last six years or looked after."),
     ("SEN support", "Pupils with special educational needs who do not have an education, health and care plan."),
     ("Provisional", "Results before schools' checking exercise and any review of marking.")])}
""")

# --------------------------------------------------------------------------- t169
r = random.Random(169)
t169_rows = [
    ("g", ["All births"]), ("", ["Number"]), ("", ["Rate per 1,000 population"]),
    ("g", ["Mother's age"]), ("i", ["Under 20 years"]), ("i", ["20 to 34 years"]), ("i", ["35 years and over"]),
    ("g", ["Birthweight"]), ("i", ["Low (under 2,500 grams)"]), ("i2", ["Very low (under 1,500 grams)"]),
    ("g", ["Prenatal care"]), ("i", ["Began in first trimester"]), ("i", ["Late or no care"]),
]
rows = []
for cls, (label,) in t169_rows:
    if cls == "g":
        rows.append(("g", [label] + [""] * 6))
        continue
    vals = []
    for k in range(6):
        if label == "Number":
            vals.append(fmt(r.randint(2400, 9800)))
        elif label.startswith("Rate"):
            vals.append(f"{r.uniform(9.5, 13.5):.1f}")
        else:
            vals.append(f"{r.uniform(2, 80):.1f}")
    if label.startswith("Very low"):
        vals[2] = "(NA)"
    if label.startswith("Late"):
        vals[5] = "\u2014"
    rows.append((cls, [label] + vals))
t169_t1 = table([[{"t": "Characteristic", "rs": 2}, {"t": "Harlan County", "cs": 3, "cls": "span"},
                  {"t": "Pike River County", "cs": 3, "cls": "span"}],
                 ["2021", "2022", "2023", "2021", "2022", "2023"]], rows, cls="bk")
t169_t2 = table([["Measure", "Estimate", "Margin of error (±)"]],
                [["Households with a child under 18", "14,208", "612"],
                 ["Children under 6 with all parents in labor force", "61.4", "3.2"],
                 ["Uninsured children under 19 (percent)", "4.9", "1.1"],
                 ["Median family income (dollars)", "71,850", "2,406"],
                 ["Families below poverty level (percent)", "11.7", "1.9"]], cls="none")
page("t169", title="County health statistics: births and family characteristics", set_="heldout",
     description=("Round 6, Chromium. Nimbus Roman 9pt, in the style of a US state agency's statistical release. "
                  "A contents list with titles left and page numbers right (flex, space-between; not a table); a "
                  "booktabs table (thick top and bottom rules, thin rule under the header) with two spanning "
                  "county headings each with a short rule under it, row-group headings in the first column only, "
                  "a stub indented at two levels, '(NA)' and em-dash cells, title as a paragraph above and notes "
                  "below; a table with no rules or shading at all (estimate and margin of error)."),
     lang="en-US",
     css="""
@page { size: A4; margin: 22mm 25mm 22mm 25mm;
  @top-left { content: "Department of Health Statistics"; font: 8pt "Nimbus Roman"; }
  @top-right { content: "Statistical Release 24-07"; font: 8pt "Nimbus Roman"; }
  @bottom-center { content: "- " counter(page) " -"; font: 8pt "Nimbus Roman"; } }
body { font: 10pt/1.35 "Nimbus Roman", serif; margin: 0; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 4mm; }
h2 { font-size: 11pt; margin: 5mm 0 2mm; }
nav.toc { margin: 0 0 5mm; }
nav.toc h2 { margin: 0 0 1mm; }
nav.toc ol { list-style: none; padding: 0; margin: 0; }
nav.toc li { display: flex; justify-content: space-between; padding: 0.5mm 0; }
.ttl { font-weight: bold; text-align: center; margin: 4mm 0 2mm; font-size: 9.5pt; }
table.bk { border-collapse: collapse; width: 100%; font-size: 9pt; break-inside: avoid; border-top: 2px solid #000;
           border-bottom: 2px solid #000; }
table.bk thead tr:last-child th { border-bottom: 1px solid #000; }
table.bk th { font-weight: normal; padding: 2px 4px; text-align: right; }
table.bk th:first-child { text-align: left; vertical-align: bottom; }
table.bk th.span { text-align: center; border-bottom: 1px solid #000; border-left: 6px solid #fff; border-right: 6px solid #fff; }
table.bk td { padding: 1.5px 4px; text-align: right; font-variant-numeric: tabular-nums; }
table.bk td:first-child { text-align: left; }
table.bk tr.g td { font-weight: bold; padding-top: 4px; }
table.bk tr.i td:first-child { padding-left: 14px; }
table.bk tr.i2 td:first-child { padding-left: 26px; }
table.none { font-size: 9pt; margin: 0 auto; break-inside: avoid; }
table.none th { font-style: italic; font-weight: normal; padding: 1px 8px; text-align: right; }
table.none th:first-child, table.none td:first-child { text-align: left; }
table.none td { padding: 1px 8px; text-align: right; }
.note { font-size: 8pt; margin: 1.5mm 0 0; }
""",
     body=f"""
<h1>County Health Statistics: Births and Family Characteristics</h1>
{nav([("Highlights", "1"), ("Table 1. Live births by selected characteristics", "1"),
      ("Table 2. Family characteristics, Harlan County", "2"), ("Technical notes", "2")])}
<h2>Highlights</h2>
{paras("Births in both counties fell slightly in 2023. The share of mothers who began prenatal care in the first "
       "trimester rose in Harlan County and was unchanged in Pike River County. Data for 2023 are provisional.")}
<p class="ttl">Table 1. Live Births by Selected Characteristics: Harlan and Pike River Counties, 2021-2023</p>
{t169_t1}
<p class="note">(NA) Not available. — Represents zero or rounds to zero. Percentages are of all live births with the
characteristic stated.<br>Source: Department of Health Statistics, vital records (figures invented).</p>
<p class="ttl" style="margin-top:8mm">Table 2. Family Characteristics, Harlan County: 2019-2023 Five-Year Estimates</p>
{t169_t2}
<p class="note" style="text-align:center">Margins of error are at the 90 percent confidence level.</p>
<h2>Technical notes</h2>
{paras("Births are counted by the mother's county of residence. Rates use mid-year population estimates. Small "
       "differences between years may not be statistically significant.")}
""")

# --------------------------------------------------------------------------- t170
NB = "\u202f"


def sp(n, dp=1):
    s = f"{n:,.{dp}f}".replace(",", NB)
    return s


r = random.Random(170)
regions = ["Nordvale", "Austmark", "Sudreng", "Westerhal", "Ostrand", "Midlund"]
rows1 = []
for reg in regions:
    v = r.uniform(800, 9500)
    fl = r.choice(["", "", "p", "e"])
    rows1.append([reg, {"t": sp(v) + (f'&nbsp;<span class="flag">{fl}</span>' if fl else ""), "raw": True,
                        "cls": "n"}])
rows2 = []
for reg in regions:
    b, d = r.uniform(8, 11.5), r.uniform(8.5, 12.5)
    rows2.append([reg, f"{b:.1f}", f"{d:.1f}", f"{b - d:.1f}".replace("-", "\u2212")])
t170_t1 = table([["Region", "Population (thousand)"]], rows1, cls="bk",
                caption="Table 1. Population on 1 January 2024")
t170_t2 = table([["Region", "Births", "Deaths", "Natural change"]], rows2, cls="bk",
                caption="Table 2. Crude rates per 1 000 inhabitants, 2023")
ages = ["0-14", "15-64", "65-79", "80+"]
rows3 = []
for reg in regions:
    a = [r.uniform(12, 17), r.uniform(60, 66)]
    c = [r.uniform(12, 16)]
    a80 = 100 - a[0] - a[1] - c[0]
    rows3.append([reg] + [f"{x:.1f}" for x in (a[0], a[1], c[0], a80)] + [f"{r.uniform(40, 47):.1f}",
                                                                          f"{r.uniform(25, 36):.1f}"])
t170_t3 = table([[{"t": "Region", "rs": 2}, {"t": "Share of population by age group (%)", "cs": 4, "cls": "span"},
                  {"t": "Median age (years)", "rs": 2}, {"t": "Old-age dependency ratio", "rs": 2}],
                 ages], rows3, cls="bk full", caption="Table 3. Population structure indicators, 1 January 2024")
page("t170", title="Regional population statistics: first release 2024", set_="dev",
     description=("Round 6, Chromium. DejaVu Serif 9pt, in the style of an EU statistical office's news release. "
                  "Two booktabs tables side by side in a CSS grid, thin no-break spaces as thousands separators, "
                  "flags ('p', 'e') in smaller italic type after figures (truth text: figure, space, flag), true "
                  "minus signs; a two-column prose section (columns: 2) with figures (not a table); a full-width "
                  "booktabs table with a heading spanning four age columns (short rule under it) beside stub and "
                  "indicator headings spanning both header rows."),
     css="""
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @top-right { content: "News release 41/2024"; font: 8pt "DejaVu Sans"; color: #1a4c8b; }
  @bottom-center { content: counter(page) " / " counter(pages); font: 8pt "DejaVu Sans"; } }
body { font: 9.5pt/1.45 "DejaVu Serif", serif; margin: 0; }
h1 { font: bold 16pt "DejaVu Sans"; color: #1a4c8b; margin: 0 0 2mm; }
.lead { font-weight: bold; }
.cols { columns: 2; column-gap: 8mm; column-rule: 0.5px solid #aaa; }
.cols p { margin: 0 0 2mm; }
.pair { display: grid; grid-template-columns: 1fr 1.3fr; gap: 10mm; margin: 4mm 0; }
table.bk { border-collapse: collapse; font-size: 9pt; border-top: 1.5px solid #1a4c8b;
           border-bottom: 1.5px solid #1a4c8b; break-inside: avoid; width: 100%; }
table.bk caption { text-align: left; font: bold 8.5pt "DejaVu Sans"; color: #1a4c8b; padding-bottom: 1.5mm; }
table.bk thead tr:last-child th { border-bottom: 0.75px solid #1a4c8b; }
table.bk th { padding: 2px 4px; text-align: right; font-weight: bold; vertical-align: bottom; }
table.bk th:first-child, table.bk td:first-child { text-align: left; }
table.bk th.span { text-align: center; border-bottom: 0.75px solid #1a4c8b; }
table.bk td { padding: 1.5px 4px; text-align: right; }
.flag { font-size: 7pt; font-style: italic; }
.note { font-size: 7.5pt; margin: 1.5mm 0 0; }
""",
     body=f"""
<h1>Regional population statistics 2024</h1>
<p class="lead">The population of the six regions grew by 0.3% in 2023, as net migration more than offset natural decrease.</p>
<div class="cols">
{paras("On 1 January 2024 the six regions had 28.4 million inhabitants, 91 000 more than a year earlier. Births "
       "fell to 251 600, the lowest number since the series began, while deaths were broadly unchanged at 289 300.",
       "Natural change was negative in four regions, most of all in Ostrand (−3.1 per 1 000). Nordvale and Midlund "
       "were the only regions with more births than deaths.",
       "Net migration added 128 200 people. More than half of the gain was in Westerhal and Midlund, which include "
       "the two largest cities.",
       "The share of people aged 80 and over rose in every region, reaching 7.4% on average; the old-age dependency "
       "ratio rose from 31.8 to 32.4.")}
</div>
<div class="pair">
<div>{t170_t1}</div>
<div>{t170_t2}</div>
</div>
<p class="note">p provisional; e estimated. Natural change is births less deaths.</p>
{t170_t3}
<p class="note">The old-age dependency ratio is the population aged 65 and over per 100 people aged 15 to 64.<br>
Source: regional statistical offices (figures invented).</p>
""")
