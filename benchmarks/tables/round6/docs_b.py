"""Round 6 documents t171-t180 (HTML authoring; see author_html.py)."""
from __future__ import annotations

import random

from r6kit import bullets, cards, dl, fmt, form, nav, page, paras, table

# --------------------------------------------------------------------------- t171
r = random.Random(171)
t171_t1 = table([], [["Patients discharged", "9,842"], ["Discharged on the day they were ready", "61.3%"],
                     ["Average daily patients ready but not discharged", "74"],
                     ["Bed days lost to delayed discharge", "22,410"]], cls="kv")
paths = [("Pathway 0: home, no new support", "6,914", "0", "2.1"),
         ("Pathway 1: home with new care or reablement", "1,807", "2", "18.4"),
         ("Pathway 2: short-term bed-based rehabilitation", "612", "5", "34.7"),
         ("Pathway 3: new residential or nursing home placement", "509", "8", "46.2")]
t171_t2 = table([["Discharge pathway", "Discharges", "Median days from ready to discharge",
                  "Delayed more than 7 days (%)"]], [list(p) for p in paths], cls="hr",
                caption="Table 1. Discharges from acute wards by pathway, April 2023 to March 2024")
sites = ["Ridgeway General", "St Aldhelm's", "Queen's Meadow", "Wyvern Community Hospital"]
rows = []
for s in sites:
    a = r.randint(300, 3200)
    rows.append([s, fmt(a), f"{r.uniform(48, 72):.1f}", str(r.randint(4, 39)), f"{r.uniform(1.5, 6.5):.1f}"])
t171_t3 = table([["Hospital site", "Discharges", "Same-day discharge (%)", "Readmitted within 30 days",
                  "Average delay (days)"]], rows, cls="hr",
                caption="Table 2. Discharge measures by hospital site, 2023/24")
page("t171", title="Hospital discharge and intermediate care: annual review", set_="dev",
     description=("Round 6, Chromium. DejaVu Sans 9pt. A form of label: value pairs set as a CSS grid of "
                  "labels and values (report details; not a table); a bordered 'at a glance' box holding a "
                  "two-column key/value table with 1px borders and no header (a data table, header_rows 0); two "
                  "tables with horizontal rules only and a dark header with white text, long stub labels "
                  "wrapping beside figures."),
     css="""
@page { size: A4; margin: 18mm 20mm 20mm 20mm;
  @top-left { content: "Wyvern Integrated Care Board and Wyvern County Council"; font: 7.5pt "DejaVu Sans"; color: #005eb8; }
  @bottom-right { content: "Page " counter(page); font: 7.5pt "DejaVu Sans"; } }
body { font: 9.5pt/1.45 "DejaVu Sans", sans-serif; margin: 0; }
h1 { font-size: 15pt; color: #005eb8; margin: 0 0 3mm; }
h2 { font-size: 11pt; color: #005eb8; margin: 5mm 0 2mm; }
.form { display: grid; grid-template-columns: 35mm 1fr; gap: 1mm 3mm; font-size: 9pt; margin-bottom: 4mm; }
.form .l { font-weight: bold; color: #333; }
.glance { border: 2px solid #005eb8; padding: 3mm 4mm; margin: 3mm 0 4mm; width: 110mm; }
.glance h3 { margin: 0 0 2mm; font-size: 10pt; color: #005eb8; }
table.kv { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.kv td { border: 1px solid #7fa7d6; padding: 2px 5px; }
table.kv td.n { text-align: right; font-weight: bold; width: 25mm; }
table.hr { border-collapse: collapse; width: 100%; font-size: 8.5pt; break-inside: avoid; }
table.hr caption { text-align: left; font-weight: bold; padding-bottom: 2mm; }
table.hr th { background: #003087; color: #fff; padding: 4px 5px; text-align: right; vertical-align: bottom; }
table.hr th:first-child, table.hr td:first-child { text-align: left; }
table.hr td { padding: 3px 5px; border-bottom: 1px solid #9db4d0; text-align: right; }
table.hr td:first-child { width: 42%; }
.note { font-size: 7.5pt; margin-top: 1.5mm; }
""",
     body=f"""
<h1>Hospital discharge and intermediate care: annual review 2023/24</h1>
<div class="form">
<span class="l">Report to:</span><span class="v">Health and Wellbeing Board</span>
<span class="l">Date of meeting:</span><span class="v">25 July 2024</span>
<span class="l">Report authors:</span><span class="v">Tamsin Okafor-Reid, Head of Urgent Care Commissioning; Bryn Lethbridge, Service Manager, Reablement</span>
<span class="l">Recommendation:</span><span class="v">The board notes the review and endorses the priorities in section 4.</span>
</div>
{paras("The health and care system in Wyvern aims to discharge patients from hospital on the day they no longer "
       "need acute care. This review reports how many patients were discharged, through which pathway and how "
       "long those who were delayed waited.")}
<div class="glance"><h3>2023/24 at a glance</h3>
{t171_t1}
</div>
<h2>1. Discharge pathways</h2>
{paras("Seven in ten patients went home with no new support. Delays were longest for patients who needed a new "
       "care home placement, where the median wait from being ready to leaving hospital was eight days.")}
{t171_t2}
<p class="note">Median days are whole days from the date a patient was recorded as ready for discharge.</p>
<h2>2. By hospital site</h2>
{t171_t3}
<p class="note">Readmissions are emergency admissions to any site within 30 days of discharge.</p>
<h2>3. Intermediate care capacity</h2>
{paras("The reablement service supported 1,214 people, of whom 68% needed no ongoing care after six weeks. Winter "
       "funding paid for 22 additional step-down beds between December and March.")}
""")

# --------------------------------------------------------------------------- t172
r = random.Random(172)
groups = [("Foster placements", ["With in-house carers", "With independent agency carers", "With connected persons"]),
          ("Other placements", ["Children's homes", "Placed with parents", "Independent or semi-independent living",
                                "Other settings"])]
rows = []
tot = [0] * 6
for g, subs in groups:
    rows.append(("grp", [g, "", "", "", "", "", ""]))
    for s in subs:
        v = [r.randint(0, 12), r.randint(2, 30), r.randint(4, 40), r.randint(5, 60), r.randint(0, 30)]
        if s == "Children's homes":
            v[0] = v[1] = 0
        if s.startswith("Independent or"):
            v = [0, 0, 0, 0, r.randint(12, 26)]
        rows.append(("sub", [s, *[str(x) if x else "–" for x in v], str(sum(v))]))
        for k, x in enumerate(v + [sum(v)]):
            tot[k] += x
rows.append(("tot", ["All children looked after", *map(str, tot)]))
t172_t1 = table([[{"t": "Placement", "rs": 2}, {"t": "Age at 31 March 2024", "cs": 5}, {"t": "All ages", "rs": 2}],
                 ["Under 1", "1 to 4", "5 to 9", "10 to 15", "16 and over"]], rows, cls="z",
                caption="Children looked after at 31 March 2024 by placement and age")
t172_t2 = table([["No.", "Recommendation", "Action taken", "Owner", "Status"]],
                [["1", "Increase the number of in-house foster carers for teenagers.",
                  "Enhanced fee scheme for carers of children aged 11 and over launched in June; nine households "
                  "approved since.", "Head of fostering", "On track"],
                 ["2", "Reduce placement moves for children aged 10 to 15.",
                  "Placement stability meetings held within 10 days of a request to end a placement.",
                  "Service manager, children in care", "On track"],
                 ["3", "Improve timeliness of initial health assessments.",
                  "Joint tracker with the designated nurse; weekly escalation list.",
                  "Designated nurse", "Behind"],
                 ["4", "Make sure every child has a life story book by the second review.",
                  "Training for 42 social workers; template agreed with the children in care council.",
                  "Principal social worker", "Complete"]], cls="grid",
                caption="Progress on the sufficiency strategy recommendations")
page("t172", title="Children looked after: sufficiency update", set_="heldout",
     description=("Round 6, Chromium. Nimbus Sans 9.5pt. A masthead set as a presentation table (not a data "
                  "table); a zebra-striped table with no borders, a two-level header (age heading spanning five "
                  "columns, placement and all-ages headings spanning both rows), group rows with text in the first "
                  "column only, indented sub-rows, en-dash nil cells and a bold total; a text table with 1px borders "
                  "whose cells wrap to three lines; a definitions list in two CSS grid columns (not a table)."),
     css="""
@page { size: A4; margin: 14mm 18mm 18mm 18mm;
  @bottom-center { content: counter(page); font: 8pt "Nimbus Sans"; } }
body { font: 9.5pt/1.4 "Nimbus Sans", sans-serif; margin: 0; }
table.mast { width: 100%; background: #0f5257; color: #fff; margin-bottom: 5mm; }
table.mast td { padding: 3mm 4mm; vertical-align: middle; }
table.mast .big { font-size: 16pt; font-weight: bold; }
table.mast .rt { text-align: right; font-size: 8.5pt; }
h2 { font-size: 11.5pt; color: #0f5257; margin: 5mm 0 2mm; }
table.z { border-collapse: collapse; width: 100%; font-size: 9pt; break-inside: avoid; }
table.z caption { text-align: left; font-weight: bold; color: #0f5257; padding-bottom: 2mm; }
table.z th { padding: 3px 5px; text-align: right; vertical-align: bottom; border-bottom: 1px solid #0f5257; }
table.z thead tr:first-child th:nth-child(2) { text-align: center; }
table.z th:first-child, table.z td:first-child { text-align: left; }
table.z td { padding: 2px 5px; text-align: right; }
table.z tbody tr:nth-child(odd) { background: #e6f2f2; }
table.z tr.grp td { font-weight: bold; }
table.z tr.sub td:first-child { padding-left: 14px; }
table.z tr.tot td { font-weight: bold; }
table.grid { border-collapse: collapse; width: 100%; font-size: 8.5pt; break-inside: avoid; }
table.grid caption { text-align: left; font-weight: bold; color: #0f5257; padding-bottom: 2mm; }
table.grid th, table.grid td { border: 1px solid #666; padding: 3px 4px; vertical-align: top; text-align: left; }
table.grid th { background: #d9ecec; }
dl.defs { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm 8mm; font-size: 8.5pt; }
dl.defs dt { font-weight: bold; grid-column: 1; } dl.defs dd { margin: 0; grid-column: 2; }
.note { font-size: 7.5pt; margin-top: 1.5mm; }
""",
     body=f"""
<table class="mast" role="presentation"><tr><td class="big">Children looked after:<br>sufficiency update</td>
<td class="rt">Corporate Parenting Board<br>Thornwick Borough Council<br>September 2024</td></tr></table>
{paras("This update shows where the children the council looked after were living at the end of March 2024, and "
       "how far the actions in the sufficiency strategy agreed last year have progressed.")}
<h2>Where children live</h2>
{t172_t1}
<p class="note">– nil. Placed with parents means living with parents under a care order.</p>
<h2>Action plan</h2>
{t172_t2}
<h2>Terms</h2>
{dl([("Sufficiency duty", "The council's duty to secure, as far as possible, enough suitable homes in its area for the children it looks after."),
     ("Connected person", "A relative or friend approved as a foster carer for a particular child."),
     ("Semi-independent living", "Supported accommodation for young people aged 16 and 17, with staff on hand but not living in.")])}
""")

# --------------------------------------------------------------------------- t173
t173_t1 = table([["Band", "Property value at 1 April 1991", "Ratio to Band D", "2024/25 (£)", "2025/26 (£)",
                  "Change (£)"]],
                [["A", "Up to £40,000", "6/9", "1,452.87", "1,525.08", "72.21"],
                 ["B", "£40,001 to £52,000", "7/9", "1,695.02", "1,779.26", "84.24"],
                 ["C", "£52,001 to £68,000", "8/9", "1,937.16", "2,033.44", "96.28"],
                 ["D", "£68,001 to £88,000", "9/9", "2,179.31", "2,287.62", "108.31"],
                 ["E", "£88,001 to £120,000", "11/9", "2,663.60", "2,795.98", "132.38"],
                 ["F", "£120,001 to £160,000", "13/9", "3,147.89", "3,304.34", "156.45"],
                 ["G", "£160,001 to £320,000", "15/9", "3,632.18", "3,812.70", "180.52"],
                 ["H", "Over £320,000", "18/9", "4,358.62", "4,575.24", "216.62"]], cls="none bands")
t173_t2 = table([["Precepting body", "2024/25 (£)", "2025/26 (£)", "Increase (%)"]],
                [["Harrowdale Borough Council", "1,731.52", "1,817.93", "4.99"],
                 ["Police and crime commissioner", "276.40", "290.40", "5.07"],
                 ["Fire and rescue authority", "89.07", "92.16", "3.47"],
                 ["Parish and town councils (average)", "82.32", "87.13", "5.84"],
                 ["Total Band D", "2,179.31", "2,287.62", "4.97"]], cls="none")
page("t173", title="Council tax setting 2025/26", set_="dev",
     description=("Round 6, Chromium. P052 (a Palatino-like serif) 10pt. A contents list with page numbers "
                  "right-aligned by flex (not a table); three key-figure cards in a CSS grid (not a table); two "
                  "tables with no borders and no shading at all, padding only, the header set apart by bold "
                  "type alone, centred ratio codes and fractions beside right-aligned money; titles as headings "
                  "above the tables."),
     css="""
@page { size: A4; margin: 22mm 22mm 22mm 22mm;
  @bottom-center { content: "Harrowdale Borough Council  ·  " counter(page); font: 8pt "P052"; } }
body { font: 10pt/1.45 "P052", serif; margin: 0; }
h1 { font-size: 17pt; margin: 0 0 3mm; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; }
h3.ttl { font-size: 10pt; margin: 4mm 0 1mm; }
nav.toc { margin: 2mm 0 4mm; font-size: 9.5pt; }
nav.toc h2 { font-size: 10pt; margin: 0 0 1mm; }
nav.toc ol { list-style: none; margin: 0; padding: 0; width: 100mm; }
nav.toc li { display: flex; justify-content: space-between; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6mm; margin: 3mm 0; }
.card { border-top: 3px solid #7a1f3d; padding-top: 2mm; }
.card .big { font-size: 19pt; }
.card .cap { font-size: 8.5pt; color: #444; }
table.none { border-collapse: separate; border-spacing: 0; font-size: 9.5pt; break-inside: avoid; }
table.none th { font-weight: bold; text-align: right; padding: 2px 8px; vertical-align: bottom; }
table.none td { padding: 1.5px 8px; text-align: right; font-variant-numeric: tabular-nums; }
table.none th:first-child, table.none td:first-child { text-align: left; }
.note { font-size: 8pt; margin-top: 1.5mm; }
""",
     body=f"""
<h1>Council tax setting 2025/26</h1>
{nav([("1. Summary", "1"), ("2. Council tax by band", "1"), ("3. Precepts", "1"), ("4. Legal resolutions", "1")])}
<h2>1. Summary</h2>
{cards([("£2,287.62", "Band D council tax 2025/26"), ("4.97%", "increase on 2024/25"),
        ("48,906.3", "tax base (Band D equivalents)")])}
{paras("Council is asked to set the council tax for 2025/26 after the budget was agreed on 12 February. The borough's "
       "element rises by 4.99%, of which 2% is for adult social care.")}
<h2>2. Council tax by band</h2>
<h3 class="ttl">Table 1: Council tax for each valuation band (excluding parish precepts)</h3>
<style>table.bands td:nth-child(3), table.bands th:nth-child(3) {{ text-align: center; }}
table.bands td:nth-child(2), table.bands th:nth-child(2) {{ text-align: left; }}</style>
{t173_t1}
<p class="note">Bands are set by reference to values at 1 April 1991. Charges are for a property with two or more adults.</p>
<h2>3. Precepts</h2>
<h3 class="ttl">Table 2: Band D council tax by precepting body</h3>
{t173_t2}
<p class="note">Parish precepts vary; the average over the 19 parishes is shown.</p>
""")

# --------------------------------------------------------------------------- t174
r = random.Random(174)
specs = ["Cardiology", "Dermatology", "Ear, nose and throat", "Gastroenterology", "General surgery", "Gynaecology",
         "Ophthalmology", "Oral surgery", "Respiratory medicine", "Trauma and orthopaedics", "Urology",
         "Other specialties"]
rows = []
T = [0] * 6
for s in specs:
    b = [r.randint(400, 4200), r.randint(150, 2400), r.randint(40, 900), r.randint(5, 300), r.randint(0, 80)]
    total = sum(b)
    within = b[0] / total * 100
    rows.append([s, fmt(total), *[fmt(x) for x in b], f"{within:.1f}", f"{r.uniform(8, 24):.1f}",
                 f"{r.randint(-900, 900):+,d}".replace("-", "\u2212")])
    for k, x in enumerate([total] + b):
        T[k] += x
rows.append(("tot", ["All specialties", *[fmt(x) for x in T], f"{T[1] / T[0] * 100:.1f}", "13.6", "+2,118"]))
t174_t1 = table([[{"t": "Treatment function", "rs": 2}, {"t": "Total waiting", "rs": 2},
                  {"t": "Weeks waiting", "cs": 5}, {"t": "Within 18 weeks (%)", "rs": 2},
                  {"t": "Median wait (weeks)", "rs": 2}, {"t": "Change on a year earlier", "rs": 2}],
                 ["0-18", "18-36", "36-52", "52-65", "65 and over"]], rows, cls="w",
                caption="Table 4. Incomplete referral to treatment pathways by treatment function, end of March 2024")
page("t174", title="Elective care waiting times: trust board report", set_="heldout",
     description=("Round 6, Chromium. DejaVu Sans, the wide table in DejaVu Sans Condensed 7.5pt. A form of "
                  "label: value pairs (the board paper's cover details, two pairs to a line; not a table); a "
                  "table of eleven columns with 1px borders set wider than the text block, a two-level header "
                  "('Weeks waiting' over five bands, six headings spanning both rows), signed changes with true "
                  "minus signs and a bold total; a bulleted list of figures (not a table)."),
     css="""
@page { size: A4; margin: 18mm 8mm 20mm 8mm;
  @top-right { content: "Ridgeway Hospitals NHS Foundation Trust  "; font: 7.5pt "DejaVu Sans"; color: #005eb8; padding-right: 16mm; }
  @bottom-center { content: "Trust board (public)  |  page " counter(page); font: 7.5pt "DejaVu Sans"; } }
body { font: 9.5pt/1.45 "DejaVu Sans", sans-serif; margin: 0; padding: 0 17mm; }
h1 { font-size: 14pt; margin: 0 0 3mm; }
h2 { font-size: 11pt; margin: 5mm 0 2mm; }
.form { display: grid; grid-template-columns: 1fr 1fr; border-top: 1px solid #999; border-bottom: 1px solid #999;
        padding: 2mm 0; gap: 1mm 6mm; font-size: 8.5pt; }
.form .l { font-weight: bold; }
table.w { font: 7.5pt "DejaVu Sans Condensed", sans-serif; border-collapse: collapse; margin-left: -13mm;
          width: calc(100% + 26mm); break-inside: avoid; }
table.w caption { text-align: left; font: bold 9pt "DejaVu Sans"; padding: 0 0 2mm 13mm; }
table.w th, table.w td { border: 1px solid #444; padding: 2px 3px; }
table.w th { background: #e8eef7; font-weight: bold; text-align: center; vertical-align: middle; }
table.w td { text-align: right; font-variant-numeric: tabular-nums; }
table.w td:first-child { text-align: left; }
table.w tr.tot td { font-weight: bold; background: #f2f2f2; }
ul.facts { margin: 2mm 0; }
.note { font-size: 7.5pt; margin-top: 1.5mm; }
""",
     body=f"""
<h1>Elective care: waiting times and recovery, March 2024</h1>
<div class="form">
<div class="f"><span class="l">Agenda item:</span> <span class="v">11.2</span></div>
<div class="f"><span class="l">Paper number:</span> <span class="v">TB/24/038</span></div>
<div class="f"><span class="l">Executive lead:</span> <span class="v">Chief Operating Officer</span></div>
<div class="f"><span class="l">Purpose:</span> <span class="v">Assurance</span></div>
<div class="f"><span class="l">Previously considered by:</span> <span class="v">Finance and performance committee</span></div>
<div class="f"><span class="l">Risk register reference:</span> <span class="v">BAF 3 (elective recovery)</span></div>
</div>
<h2>Summary</h2>
{bullets(["38,914 patients were waiting for consultant-led treatment at the end of March, 2,118 more than a year earlier.",
          "62.4% had waited less than 18 weeks (national standard 92%).",
          "No patient had waited more than 78 weeks; 236 had waited more than 65 weeks.",
          "Theatre utilisation averaged 81% against a plan of 85%."])}
{paras("Waiting lists grew most in dermatology and ophthalmology, where consultant vacancies reduced clinic "
       "capacity in the second half of the year. Trauma and orthopaedics reduced its longest waits after the "
       "elective hub at Wyvern Community Hospital opened in November.")}
{t174_t1}
<p class="note">Source: trust patient administration system, month-end snapshot. Weeks are completed weeks from referral.
Changes are in the total waiting, compared with the end of March 2023.</p>
<h2>Next steps</h2>
{paras("The trust will add Saturday lists in dermatology from May and has agreed with a neighbouring trust to transfer "
       "up to 400 ophthalmology patients who have waited longest.")}
""")

# --------------------------------------------------------------------------- t175
r = random.Random(175)
pri = [("Emergency (24 hours)", "4,218", "97.8"), ("Urgent (3 working days)", "6,930", "91.4"),
       ("Routine (20 working days)", "14,572", "84.6"), ("Planned (90 days)", "2,145", "88.2")]
t175_t1 = table([["Priority", "Repairs completed", "Within target (%)"]], [list(p) for p in pri], cls="g",
                caption="Table 1. Responsive repairs by priority")
t175_t2 = table([["Question", "Satisfied (%)"]],
                [["Ease of reporting the repair", "86"], ["Time taken to complete", "71"],
                 ["Quality of the work", "83"], ["Attitude of the operative", "92"],
                 ["Repair right first time", "78"]], cls="g", caption="Table 2. Tenant satisfaction survey")
areas = ["Northgate estate", "Riverside flats", "Station Road", "Upper Fold", "Wickham Green"]
rows = []
for a in areas:
    rows.append([a, str(r.randint(180, 940)), str(r.randint(20, 160)), f"{r.uniform(3, 19):.1f}",
                 f"£{r.randint(120, 480)}"])
t175_t3 = table([["Area", "Homes", "Damp and mould reports", "Average days to inspect", "Average cost per job"]],
                rows, cls="rows", caption="Table 3. Damp and mould cases by area, 2023/24")
page("t175", title="Housing repairs and maintenance: annual performance", set_="dev",
     description=("Round 6, Chromium. Nimbus Sans 10pt. Two tables with 1px borders side by side in a CSS grid, "
                  "each with its caption; a table with a rule under every row set beside a paragraph floated to the "
                  "left (the float takes 40% of the width); a bulleted list of figures (not a table)."),
     css="""
@page { size: A4; margin: 20mm 20mm 20mm 20mm;
  @bottom-right { content: "Tenant and Leaseholder Panel  -  " counter(page); font: 8pt "Nimbus Sans"; } }
body { font: 10pt/1.4 "Nimbus Sans", sans-serif; margin: 0; }
h1 { font-size: 16pt; color: #8a4b08; margin: 0 0 3mm; }
h2 { font-size: 12pt; color: #8a4b08; margin: 5mm 0 2mm; }
.two { display: grid; grid-template-columns: 1.25fr 1fr; gap: 6mm; align-items: start; }
table.g { border-collapse: collapse; width: 100%; font-size: 9pt; break-inside: avoid; }
table.g caption { text-align: left; font-weight: bold; padding-bottom: 1.5mm; }
table.g th, table.g td { border: 1px solid #8a4b08; padding: 2px 4px; }
table.g th { background: #f6e7d6; text-align: left; }
table.g td.n { text-align: right; }
.float { float: left; width: 40%; margin: 0 6mm 2mm 0; font-size: 9.5pt; background: #fbf5ee; padding: 3mm; }
table.rows { border-collapse: collapse; font-size: 9pt; width: calc(60% - 12mm); break-inside: avoid; }
table.rows caption { text-align: left; font-weight: bold; padding-bottom: 1.5mm; }
table.rows th { text-align: right; border-bottom: 2px solid #8a4b08; padding: 2px 3px; vertical-align: bottom; }
table.rows th:first-child, table.rows td:first-child { text-align: left; }
table.rows td { text-align: right; border-bottom: 1px solid #d8c3ad; padding: 2px 3px; }
.note { font-size: 8pt; margin-top: 1.5mm; clear: both; }
""",
     body=f"""
<h1>Housing repairs and maintenance: annual performance 2023/24</h1>
{paras("Hallamford Homes manages 11,740 council homes. This report gives the year's results for responsive repairs, "
       "tenants' views of the service and the response to reports of damp and mould.")}
<h2>1. Responsive repairs</h2>
{bullets(["27,865 repairs completed, 6% more than in 2022/23",
          "88.9% completed within target time (target 90%)",
          "Average cost per repair £187; 41% of jobs done at the first visit"])}
<div class="two">
{t175_t1}
{t175_t2}
</div>
<p class="note">Satisfaction is from 1,206 telephone surveys after completed repairs. Planned repairs include communal works.</p>
<h2>2. Damp and mould</h2>
<p class="float">Reports of damp and mould rose by a third after the publicity campaign in October. Every report now
receives an inspection by a surveyor, and homes with children under five or a tenant with a respiratory
condition are inspected within five working days. Riverside flats had the most reports relative to the number
of homes; a programme to fit extractor fans in all 312 flats begins in June.</p>
{t175_t3}
<p class="note">Average days to inspect are working days from the report to the surveyor's visit.</p>
""")

# --------------------------------------------------------------------------- t176
NB = "\u202f"
MINUS = "\u2212"


def sp(v, dp=1):
    return f"{v:,.{dp}f}".replace(",", NB).replace("-", MINUS)


def flagged(text, fl):
    return {"t": text + (f'&nbsp;<span class="flag">{fl}</span>' if fl else ""), "raw": True, "cls": "n"}


r = random.Random(176)
states = ["Aldoria", "Bervania", "Carsland", "Dravonia", "Estmark", "Fjordheim", "Galenza"]
rows1, rows2 = [], []
for k, s in enumerate(states):
    a = r.uniform(20, 480) * 1000
    b = a * r.uniform(0.78, 1.02)
    rows1.append([s, sp(a), flagged(sp(b), "p" if k in (1, 4) else ""), sp((b - a) / a * 100)])
    ren = r.uniform(8, 45)
    rows2.append([s, flagged(sp(ren), "e" if k in (2, 5) else ""), sp(ren + r.uniform(6, 22), 0)])
t176_t1 = table([["Member state", "2005", "2023", "Change (%)"]], rows1, cls="bk",
                caption="Table 1. Greenhouse gas emissions (thousand tonnes CO\u2082 equivalent)")
t176_t2 = table([["Member state", "Renewables in energy use (%)", "Target 2030 (%)"]], rows2, cls="bk",
                caption="Table 2. Share of renewable energy, 2023")
sectors = ["Energy industries", "Manufacturing and construction", "Transport", "Buildings", "Agriculture",
           "Waste"]
rows3 = []
for sec in sectors:
    v = [r.uniform(-40, 12) for _ in range(3)]
    rows3.append([sec] + [sp(x) for x in v] + [sp(r.uniform(1, 35))])
t176_t3 = table([[{"t": "Sector", "rs": 2}, {"t": "Change since 2005 (%)", "cs": 3}, {"t": "Share of 2023 total (%)", "rs": 2}],
                 ["Aldoria", "Bervania", "Carsland"]], rows3, cls="bk",
                caption="Table 3. Change in emissions by sector, three largest emitters")
page("t176", title="Climate and energy indicators: annual release", set_="heldout",
     description=("Round 6, Chromium. DejaVu Serif 9pt, in the style of an EU agency's release. Four key-figure "
                  "cards in a CSS grid (not a table); prose in two CSS columns (not a table); two booktabs tables "
                  "side by side in a flex row, narrow no-break spaces as thousands separators, true minus signs "
                  "and flags ('p', 'e') after figures; a booktabs table with a heading spanning three columns "
                  "beside headings spanning both header rows."),
     css="""
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @top-left { content: "European Environment Observatory"; font: 7.5pt "DejaVu Sans"; color: #2f6b2f; }
  @bottom-right { content: counter(page); font: 7.5pt "DejaVu Sans"; } }
body { font: 9.5pt/1.45 "DejaVu Serif", serif; margin: 0; }
h1 { font: bold 15pt "DejaVu Sans"; color: #2f6b2f; margin: 0 0 3mm; }
h2 { font: bold 10.5pt "DejaVu Sans"; color: #2f6b2f; margin: 4mm 0 2mm; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 2mm 0 4mm; }
.card { background: #e9f3e9; padding: 2.5mm; }
.card .big { font: bold 16pt "DejaVu Sans"; color: #2f6b2f; }
.card .cap { font-size: 8pt; }
.cols { columns: 2; column-gap: 6mm; font-size: 9pt; }
.cols p { margin: 0 0 2mm; }
.pair { display: flex; gap: 7mm; align-items: flex-start; margin: 3mm 0; }
.pair > table { flex: 1; }
table.bk { border-collapse: collapse; font-size: 8.5pt; border-top: 1.5px solid #000; border-bottom: 1.5px solid #000;
           break-inside: avoid; }
table.bk caption { text-align: left; font: bold 8.5pt "DejaVu Sans"; padding-bottom: 1.5mm; }
table.bk thead tr:last-child th { border-bottom: 0.75px solid #000; }
table.bk th { padding: 2px 4px; text-align: right; vertical-align: bottom; font-weight: bold; }
table.bk th[colspan] { text-align: center; border-bottom: 0.75px solid #000; }
table.bk th:first-child, table.bk td:first-child { text-align: left; }
table.bk td { padding: 1.5px 4px; text-align: right; font-variant-numeric: tabular-nums; }
.flag { font-size: 6.5pt; font-style: italic; }
.wide { width: 100%; }
.note { font-size: 7.5pt; margin-top: 1.5mm; }
""",
     body=f"""
<h1>Climate and energy indicators 2024</h1>
{cards([("−21.4%", "emissions since 2005"), ("27.9%", "renewables in energy use"), ("7", "member states covered"),
        ("2 of 7", "on track for 2030 targets")])}
<div class="cols">
{paras("Greenhouse gas emissions in the seven member states fell by 3.1% in 2023, the largest fall outside a "
       "recession year. Most of the reduction came from electricity generation, where coal use dropped by a "
       "quarter as new wind and solar capacity came on line.",
       "Emissions from transport were almost unchanged and remain above their 2005 level in three states. "
       "Buildings emissions fell after a mild winter. Agriculture, which is hardest to reduce, now accounts for "
       "about an eighth of the total.",
       "Figures for 2023 are approximated estimates and will be revised when inventories are submitted next spring.")}
</div>
<h2>Emissions and renewables by member state</h2>
<div class="pair">
{t176_t1}
{t176_t2}
</div>
<p class="note">p provisional; e estimated. Emissions exclude land use, land-use change and forestry.</p>
<h2>Sectors</h2>
{t176_t3.replace('class="bk"', 'class="bk wide"')}
<p class="note">Source: national inventory submissions (figures invented).</p>
""")

# --------------------------------------------------------------------------- t177
r = random.Random(177)
offences = ["Violence against the person", "Robbery", "Theft and handling", "Criminal damage", "Drugs offences",
            "Public order", "Motoring offences", "Other offences"]
rows = []
for o in offences:
    a, b = r.randint(4, 60), r.randint(3, 55)
    rows.append([o, str(a), f"{a / 212 * 100:.0f}" if False else f"{a * 4.7:.0f}", str(b), f"{b * 4.6:.0f}",
                 f"{r.uniform(18, 45):.1f}", f"{r.uniform(15, 42):.1f}"])
rows.append(("tot", ["All offences", "233", "1,095", "204", "938", "33.5", "30.9"]))
t177_t1 = table([[{"t": "Offence group", "rs": 3}, {"t": "First-time entrants", "cs": 4}, {"t": "Reoffending", "cs": 2}],
                 [{"t": "2022/23", "cs": 2}, {"t": "2023/24", "cs": 2}, {"t": "Binary rate (%)", "cs": 2}],
                 ["Number", "Rate per 100,000", "Number", "Rate per 100,000", "2021 cohort", "2022 cohort"]],
                rows, cls="g", caption="Table 1: First-time entrants and reoffending by offence group")
t177_t2 = table([["Outcome", "Number", "Share (%)"]],
                [["Youth caution or conditional caution", "38", "16.9"], ["Referral order", "94", "41.8"],
                 ["Youth rehabilitation order", "61", "27.1"], ["Custodial sentence", "9", "4.0"],
                 ["Other court outcome", "23", "10.2"]], cls="g",
                caption="Table 2: Outcomes for children, 2023/24")
page("t177", title="Youth justice plan 2024/25: performance annex", set_="dev",
     description=("Round 6, Chromium. DejaVu Sans 9pt. A table with 1px borders and a three-level header (offence "
                  "group heading spanning all three header rows; two top headings over two-column year headings over "
                  "'Number' and 'Rate' headings), a bold total row; a small bordered table; a form of label: value "
                  "pairs with dotted leaders (flex; not a table); a sign-off block laid out with a presentation "
                  "table (names and roles in two columns; not a data table)."),
     css="""
@page { size: A4; margin: 20mm 18mm 20mm 18mm;
  @top-right { content: "Hartmoor Youth Justice Partnership"; font: 7.5pt "DejaVu Sans"; }
  @bottom-left { content: "Youth justice plan 2024/25 - annex B"; font: 7.5pt "DejaVu Sans"; }
  @bottom-right { content: counter(page); font: 7.5pt "DejaVu Sans"; } }
body { font: 9.5pt/1.4 "DejaVu Sans", sans-serif; margin: 0; }
h1 { font-size: 14pt; margin: 0 0 3mm; color: #444; }
h2 { font-size: 11pt; margin: 5mm 0 2mm; }
.form { width: 120mm; font-size: 9pt; margin: 2mm 0 4mm; }
.form .f { display: flex; }
.form .l { font-weight: bold; white-space: nowrap; }
.form .f::after { content: ""; }
.form .v { margin-left: auto; text-align: right; }
table.g { border-collapse: collapse; width: 100%; font-size: 8.5pt; break-inside: avoid; }
table.g caption { text-align: left; font-weight: bold; padding-bottom: 2mm; }
table.g th, table.g td { border: 1px solid #222; padding: 2px 4px; }
table.g th { text-align: center; font-weight: bold; background: #f1f1f1; }
table.g td.n { text-align: right; }
table.g tr.tot td { font-weight: bold; }
table.sign { width: 100%; margin-top: 8mm; font-size: 9pt; }
table.sign td { width: 50%; padding: 0 5mm 0 0; vertical-align: top; }
.small { width: 65%; }
.note { font-size: 7.5pt; margin-top: 1.5mm; }
""",
     body=f"""
<h1>Youth justice plan 2024/25 &mdash; Annex B: performance</h1>
<div class="form">
<div class="f"><span class="l">Partnership</span><span class="v">Hartmoor Youth Justice Partnership</span></div>
<div class="f"><span class="l">Period</span><span class="v">1 April 2023 to 31 March 2024</span></div>
<div class="f"><span class="l">Children supervised</span><span class="v">225</span></div>
<div class="f"><span class="l">Prepared by</span><span class="v">Performance and Intelligence Team</span></div>
</div>
{paras("The number of children entering the justice system for the first time fell for the second year running, "
       "while the binary reoffending rate improved by 2.6 points. Violence against the person remains the largest "
       "offence group.")}
{t177_t1}
<p class="note">Rates are per 100,000 children aged 10 to 17 in the area. The binary rate is the share of the cohort who
reoffended within twelve months.</p>
<h2>Outcomes</h2>
<div class="small">{t177_t2}</div>
<p class="note">Percentages may not add to 100 because of rounding.</p>
<table class="sign" role="presentation"><tr>
<td><b>Cllr Imogen Ashworth-Bayliss</b><br>Chair, Youth Justice Management Board</td>
<td><b>Dr Femi Castellane</b><br>Head of Youth Justice Services</td></tr></table>
""")

# --------------------------------------------------------------------------- t178
r = random.Random(178)
venues = [("Greyfriars Museum", "48,210", "51,960", "7.8"), ("Tolhurst Art Gallery", "22,804", "26,115", "14.5"),
          ("Corn Exchange Arts Centre", "61,377", "58,902", "\u22124.0"), ("Marlowe Archive", "3,916", "4,402", "12.4"),
          ("Saltings Heritage Centre", "12,650", "13,870", "9.6")]
t178_t1 = table([["Venue", "2022/23", "2023/24", "Change (%)"]], [list(v) for v in venues], cls="bk",
                caption="Table 1. Visitors to council venues")
t178_t2 = table([["Measure", "Result"]],
                [["Schools visits", "214"], ["Pupils taking part", "6,033"], ["Loans boxes issued", "87"],
                 ["Volunteer hours", "11,460"]], cls="mini")
t178_t3 = table([["Grant scheme", "Applications", "Awards", "Value awarded (£)", "Average award (£)"]],
                [["Small arts grants", "64", "38", "47,500", "1,250"],
                 ["Festival and events fund", "29", "12", "96,000", "8,000"],
                 ["Heritage open days", "18", "18", "9,000", "500"],
                 ["Creative bursaries", "41", "10", "25,000", "2,500"]], cls="plain",
                caption="Table 2. Cultural grants awarded, 2023/24")
page("t178", title="Culture and heritage service review", set_="heldout",
     description=("Round 6, Chromium. P052 10pt. A contents list with right-aligned page numbers (flex, "
                  "space-between; not a table); a booktabs table; a bordered aside box floated right holding a "
                  "small two-column table with horizontal rules, beside the prose; a table with no borders and "
                  "no shading (header by bold type) next to a paragraph floated left."),
     css="""
@page { size: A4; margin: 20mm 21mm 22mm 21mm;
  @top-center { content: "Culture and heritage service review 2023/24"; font: italic 8pt "P052"; color: #555; }
  @bottom-center { content: counter(page); font: 8pt "P052"; } }
body { font: 10pt/1.45 "P052", serif; margin: 0; }
h1 { font-size: 17pt; margin: 0 0 3mm; color: #3c2a63; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; color: #3c2a63; }
nav.toc { width: 95mm; font-size: 9.5pt; margin-bottom: 4mm; }
nav.toc h2 { margin: 0 0 1mm; font-size: 10.5pt; }
nav.toc ol { padding: 0 0 0 5mm; margin: 0; }
nav.toc li span.t { }
nav.toc li { display: flex; justify-content: space-between; }
table.bk { border-collapse: collapse; width: 100%; font-size: 9.5pt; break-inside: avoid;
           border-top: 2px solid #3c2a63; border-bottom: 2px solid #3c2a63; }
table.bk caption { text-align: left; font-weight: bold; padding-bottom: 2mm; }
table.bk th { border-bottom: 1px solid #3c2a63; text-align: right; padding: 3px 5px; }
table.bk th:first-child, table.bk td:first-child { text-align: left; }
table.bk td { text-align: right; padding: 2px 5px; }
aside { float: right; width: 58mm; border: 1px solid #3c2a63; padding: 2.5mm; margin: 1mm 0 2mm 5mm; font-size: 9pt; }
aside h3 { font-size: 9.5pt; margin: 0 0 1.5mm; }
table.mini { border-collapse: collapse; width: 100%; }
table.mini th { text-align: left; border-bottom: 1px solid #3c2a63; padding: 1px 2px; }
table.mini th + th, table.mini td.n { text-align: right; }
table.mini td { border-bottom: 0.5px dotted #999; padding: 1px 2px; }
.fl { float: left; width: 52mm; margin: 0 6mm 2mm 0; font-size: 9pt; font-style: italic; color: #333; }
table.plain { font-size: 9pt; break-inside: avoid; }
table.plain caption { text-align: left; font-weight: bold; padding-bottom: 1.5mm; }
table.plain th { font-weight: bold; text-align: right; padding: 1px 6px; vertical-align: bottom; }
table.plain th:first-child, table.plain td:first-child { text-align: left; }
table.plain td { text-align: right; padding: 1px 6px; }
.note { font-size: 8pt; margin-top: 1.5mm; clear: both; }
""",
     body=f"""
<h1>Culture and heritage service review 2023/24</h1>
{nav([("Foreword", "1"), ("Visitors", "1"), ("Learning and engagement", "1"), ("Grants to the sector", "2"),
      ("Looking ahead", "2")])}
<h2>Foreword</h2>
{paras("The service looks after five venues, a collection of some 140,000 objects and the borough's archive. "
       "Visitor numbers recovered to above their 2019 level for the first time, helped by the reopening of the "
       "Tolhurst Art Gallery's upper galleries in July.")}
<h2>Visitors</h2>
{t178_t1}
<p class="note">The Corn Exchange was closed for six weeks in February and March for roof repairs.</p>
<h2>Learning and engagement</h2>
<aside><h3>Learning in numbers</h3>
{t178_t2}
</aside>
{paras("The learning team worked with 71 of the borough's 88 schools. A new loans box on the history of the "
       "salt marshes was produced with pupils from Saltings Primary, and the archive ran its first family "
       "history course for adults learning English.",
       "Volunteers gave more time than in any previous year; 46 new volunteers were recruited, most of them "
       "through the university's placement scheme.",
       "The service also supported 19 community exhibitions in libraries and the town hall foyer, and lent 312 "
       "objects to other museums.")}
<h2>Grants to the sector</h2>
<div style="break-inside: avoid; display: flow-root">
<p class="fl">Awards are made twice a year by a panel of councillors and two independent advisers. Applicants
who are turned down are offered feedback and help to apply again.</p>
{t178_t3}
</div>
<p class="note">Heritage open days awards are flat-rate contributions to opening costs.</p>
<h2>Looking ahead</h2>
{paras("In 2024/25 the service will open the archive's new reading room and consult on a ten-year collections "
       "strategy.")}
""")

# --------------------------------------------------------------------------- t179
r = random.Random(179)
t179_t1 = table([["Program", "Purpose", "FY 2024 funding ($ thousands)", "Status"]],
                [["Safe Routes to School", "Sidewalks, crossings and bicycle facilities within two miles of "
                  "elementary and middle schools.", "8,450", "Accepting applications"],
                 ["Rural Bridge Replacement", "Replace load-posted bridges on county roads with structures "
                  "rated for legal loads.", "21,300", "Projects selected"],
                 ["Transit Capital Assistance", "Match for federal grants to buy buses and build passenger "
                  "facilities in small urban and rural systems.", "12,775", "Awards announced"],
                 ["Freight Rail Preservation", "Track rehabilitation on short-line railroads that serve "
                  "agricultural shippers.", "4,100", "Under review"],
                 ["Highway Safety Improvement", "Low-cost safety measures at locations with a history of "
                  "serious crashes.", "17,960", "Ongoing"]], cls="txt",
                caption="Table 1. State Transportation Grant Programs, Fiscal Year 2024")
t179_t2 = table([], [["Lane miles maintained", "31,482"], ["Bridges inspected", "2,916"],
                     ["Bridges rated poor", "187"], ["Pavement in good or fair condition", "84.3%"],
                     ["Snow and ice events responded to", "38"]], cls="kv",
                caption="Table 2. Maintenance Program Statistics, FY 2024")
page("t179", title="Department of Transportation program summary, fiscal year 2024", set_="dev",
     description=("Round 6, Chromium. Nimbus Roman 10pt, in the style of a US state department of transportation's "
                  "summary. A text table with horizontal rules whose purpose cells wrap to two or three lines beside "
                  "a right-aligned funding column and status words; a key/value table with 1px borders and no header "
                  "(header_rows 0); a definitions list with terms set inline in bold (not a table); a bulleted list."),
     lang="en-US",
     css="""
@page { size: A4; margin: 22mm 24mm 22mm 24mm;
  @top-center { content: "STATE DEPARTMENT OF TRANSPORTATION"; font: 8pt "Nimbus Roman"; letter-spacing: 1px; }
  @bottom-center { content: counter(page); font: 9pt "Nimbus Roman"; } }
body { font: 10pt/1.4 "Nimbus Roman", serif; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 3mm; }
h2 { font-size: 11.5pt; margin: 5mm 0 2mm; }
table.txt { border-collapse: collapse; width: 100%; font-size: 9.5pt; break-inside: avoid; }
table.txt caption { font-weight: bold; padding-bottom: 2mm; }
table.txt th { border-top: 1.5px solid #000; border-bottom: 1px solid #000; padding: 3px 4px; text-align: left;
               vertical-align: bottom; }
table.txt th:nth-child(3), table.txt td:nth-child(3) { text-align: right; }
table.txt td { border-bottom: 0.5px solid #888; padding: 3px 4px; vertical-align: top; }
table.txt td:first-child { width: 24%; font-weight: bold; }
table.txt td:nth-child(2) { width: 42%; }
table.kv { border-collapse: collapse; width: 65%; font-size: 9.5pt; break-inside: avoid; margin: 0 auto; }
table.kv caption { font-weight: bold; padding-bottom: 2mm; }
table.kv td { border: 1px solid #000; padding: 2px 6px; }
table.kv td.n { text-align: right; }
dl.defs dt { font-weight: bold; display: inline; }
dl.defs dt::after { content: " \\2014  "; font-weight: normal; }
dl.defs dd { display: inline; margin: 0; }
dl.defs dd::after { content: ""; display: block; margin-bottom: 1.5mm; }
.note { font-size: 8.5pt; margin-top: 1.5mm; }
""",
     body=f"""
<h1>Program Summary, Fiscal Year 2024</h1>
{paras("This summary describes the department's grant programs for local governments and transit agencies and "
       "reports the main statistics of the highway maintenance program for the fiscal year ended June 30, 2024.")}
{bullets(["Total state grant funding: $64.6 million across five programs",
          "142 local agencies applied; 97 received awards",
          "Average award: $666,000"])}
<h2>Grant Programs</h2>
{t179_t1}
<p class="note">Funding is state appropriations only and excludes federal pass-through funds.</p>
<h2>Maintenance</h2>
{t179_t2}
<p class="note">Condition ratings are from the fall 2023 pavement survey.</p>
<h2>Definitions</h2>
{dl([("Lane mile", "One mile of one traffic lane; a two-lane road one mile long is two lane miles."),
     ("Load-posted bridge", "A bridge with a posted weight limit below the legal maximum for trucks."),
     ("Short-line railroad", "A small railroad, usually under 350 miles of track, that connects shippers to larger lines.")])}
""")

# --------------------------------------------------------------------------- t180
r = random.Random(180)
wardnames = ["Abbey Fields", "Alderbrook", "Ashgrove", "Barrowcliffe", "Beech Hill", "Bellfield", "Birchmoor",
             "Blackwater", "Bramley Heath", "Brookside", "Burnham Vale", "Castle Mead", "Chapel End", "Clayhill",
             "Copperfield", "Cross Keys", "Dovecote", "Elmstead", "Fallowfield", "Fernbank", "Foxley",
             "Glebe Park", "Goldthorn", "Hawthorn Rise", "Heathcote", "Highcross", "Hillmorton", "Ivydale",
             "Kingsdown", "Larkhill", "Lowther", "Maple Cross", "Marlpit", "Meadowbank", "Millbrook", "Moorside",
             "Newlands", "Northcote", "Oakley Park", "Orchard Vale", "Pennyfields", "Quarry Bank", "Redhill",
             "Rookwood", "Sandford", "Southmere", "Stonebridge", "Thistledown", "Upton Green", "Westbury Park"]
rows = []
for w in wardnames:
    el = r.randint(60, 420)
    rows.append([w, str(el), f"{r.uniform(82, 98):.1f}", f"{r.uniform(80, 97):.1f}", f"{r.uniform(74, 95):.1f}",
                 f"{r.uniform(70, 93):.1f}"])
t180_t1 = table([["Ward", "Children in cohort", "6-in-1 at 12 months (%)", "MMR1 at 24 months (%)",
                  "MMR2 at 5 years (%)", "Pre-school booster at 5 years (%)"]], rows, cls="z split",
                caption="Table 1. Childhood immunisation uptake by ward, 2023/24")
page("t180", title="Childhood immunisation uptake by ward 2023/24", set_="heldout",
     description=("Round 6, Chromium. URW Gothic 9pt. Three key-figure cards in a flex row (not a table); prose in "
                  "two CSS columns (not a table); a zebra-striped table with a dark header with white text and no "
                  "rules, fifty wards long, continued from the first page onto the second with its header repeated "
                  "by the browser (thead); notes below it on the second page."),
     css="""
@page { size: A4; margin: 18mm 20mm 18mm 20mm;
  @top-left { content: "Public Health Intelligence"; font: 7.5pt "URW Gothic"; }
  @bottom-right { content: "page " counter(page) " of " counter(pages); font: 7.5pt "URW Gothic"; } }
body { font: 9pt/1.4 "URW Gothic", sans-serif; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 3mm; color: #a3195b; }
.cards { display: flex; gap: 4mm; margin: 3mm 0; }
.card { flex: 1; border: 1px solid #a3195b; border-radius: 4mm; padding: 2mm 4mm; }
.card .big { font-size: 18pt; color: #a3195b; }
.card .cap { font-size: 8pt; }
.cols { columns: 2; column-gap: 8mm; }
.cols p { margin: 0 0 2mm; }
table.z { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin-top: 3mm; }
table.z caption { text-align: left; font-weight: bold; padding-bottom: 2mm; font-size: 9.5pt; }
table.z th { background: #a3195b; color: #fff; padding: 3px 5px; text-align: right; vertical-align: bottom; }
table.z th:first-child, table.z td:first-child { text-align: left; }
table.z td { padding: 1.5px 5px; text-align: right; font-variant-numeric: tabular-nums; }
table.z tbody tr:nth-child(even) { background: #f7e6ee; }
.note { font-size: 7.5pt; margin-top: 2mm; }
""",
     body=f"""
<h1>Childhood immunisation uptake by ward, 2023/24</h1>
{cards([("91.6%", "6-in-1 vaccine at 12 months"), ("88.2%", "first MMR dose at 24 months"),
        ("81.7%", "second MMR dose at 5 years")])}
<div class="cols">
{paras("Uptake of every routine childhood vaccine remains below the 95% needed for herd immunity against measles. "
       "The second dose of MMR at five years is furthest from the target and varies most between wards, from "
       "about three in four children to more than nine in ten.",
       "The immunisation partnership has asked practices in the ten wards with the lowest uptake to send "
       "reminders by text message and to offer Saturday clinics. Health visitors now check immunisation status "
       "at the two-year review.",
       "Figures are for children registered with a practice in the borough and resident in each ward. Small "
       "cohorts make percentages for some wards vary from year to year.")}
</div>
{t180_t1}
<p class="note">Source: child health information service, quarterly returns (figures invented). 6-in-1: DTaP/IPV/Hib/HepB.
MMR: measles, mumps and rubella.</p>
""")
