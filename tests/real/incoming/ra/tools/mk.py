"""Helper for helper 'ra': write one document + its gold rows, with checks."""
import csv, json, os, re

BASE = "/work/main/tests/real/incoming/ra"
FIG_HDR = ["doc","council","metric","period","comparator","value","value_high","unit","optional","evidence"]
DOC_HDR = ["doc","council","ons_code","la_number","region","period","kind"]
METRICS = {}
with open("/work/shared/schema/metrics.csv", newline="") as f:
    for r in csv.DictReader(f):
        METRICS[r["metric"]] = r["unit"]
REG = {}
with open("/work/shared/reference/la_register.csv", newline="") as f:
    for r in csv.DictReader(f):
        REG[r["la_name"]] = r

def write(doc, batch, source, title, council, period, kind, text, rows):
    reg = REG[council]
    assert reg["region"] in ("Inner London", "Outer London", "East of England"), reg
    assert kind in ("cover_report", "annual_report")
    assert re.fullmatch(r"\d{4}-\d{2}", period)
    d = os.path.join(BASE, f"batch{batch}")
    os.makedirs(d, exist_ok=True)
    head = ("---\n"
            f"source: {source}\n"
            f"title: {title}\n"
            f"council: {council}\n"
            f"la_number: {reg['la_number']}\n"
            f"region: {reg['region']}\n"
            f"period: {period}\n"
            f"kind: {kind}\n"
            "---\n")
    with open(os.path.join(d, f"{doc}.md"), "w", encoding="utf-8", newline="") as f:
        f.write(head + text + ("" if text.endswith("\n") else "\n"))
    lines = text.split("\n")
    out = []
    for r in rows:
        metric, per, comp, val, high, opt, ev = r
        assert metric in METRICS, metric
        assert comp in ("la", "statistical_neighbours", "england", "region")
        assert re.fullmatch(r"\d{4}-\d{2}", per)
        assert any(ev in ln for ln in lines), f"evidence not within one line: {ev!r}"
        out.append([doc, council, metric, per, comp, val, high, METRICS[metric], opt, ev])
    fp = os.path.join(d, "figures.csv")
    new = not os.path.exists(fp)
    with open(fp, "a", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        if new: w.writerow(FIG_HDR)
        w.writerows(out)
    dp = os.path.join(d, "documents.csv")
    new = not os.path.exists(dp)
    with open(dp, "a", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        if new: w.writerow(DOC_HDR)
        w.writerow([doc, council, "", reg["la_number"], reg["region"], period, kind])
    print(doc, council, period, kind, len(out), "rows")
