"""Helper for helper 're': write one document + its gold rows (batch3), with checks."""
import csv, json, os, re

BASE = "/work/main/tests/real/incoming/re"
RAW = os.path.join(BASE, "tools", "raw")
FIG_HDR = ["doc","council","metric","period","comparator","value","value_high","unit","optional","evidence"]
DOC_HDR = ["doc","council","ons_code","la_number","region","period","kind"]
ALLOWED = {"Inner London", "Outer London", "South East", "East of England", "North West", "West Midlands"}
METRICS = {}
with open("/work/shared/schema/metrics.csv", newline="") as f:
    for r in csv.DictReader(f):
        METRICS[r["metric"]] = r["unit"]
REG = {}
with open("/work/shared/reference/la_register.csv", newline="") as f:
    for r in csv.DictReader(f):
        REG[r["la_name"]] = r
with open("/tmp/councils_b.txt") as f:
    MINE = {l.strip() for l in f if l.strip()}

def load(rawname):
    with open(os.path.join(RAW, rawname), encoding="utf-8") as f:
        d = json.load(f)
    return d["url"], d["excerpt"]

def write(doc, rawname, title, council, period, kind, rows, batch=3):
    url, text = load(rawname)
    reg = REG[council]
    assert council in MINE, council
    assert reg["region"] in ALLOWED, reg
    assert kind in ("cover_report", "annual_report")
    assert re.fullmatch(r"\d{4}-\d{2}", period)
    ledger = open(os.path.join(os.path.dirname(BASE), "LEDGER.md"), encoding="utf-8").read()
    assert url not in ledger, ("already in ledger", url)
    d = os.path.join(BASE, f"batch{batch}")
    os.makedirs(d, exist_ok=True)
    head = ("---\n"
            f"source: {url}\n"
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
    return url, len(out)
