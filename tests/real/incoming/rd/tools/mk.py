"""Writer for helper 'rd': one document + gold rows into batch3, with checks."""
import csv, json, os, re
BASE = "/work/main/tests/real/incoming/rd"
RAW = BASE + "/tools/raw"
FIG_HDR = ["doc","council","metric","period","comparator","value","value_high","unit","optional","evidence"]
DOC_HDR = ["doc","council","ons_code","la_number","region","period","kind"]
ALLOWED = {"Inner London","Outer London","South East","East of England","North West","West Midlands"}
METRICS = {r["metric"]: r["unit"] for r in csv.DictReader(open("/work/shared/schema/metrics.csv", newline=""))}
REG = {r["la_name"]: r for r in csv.DictReader(open("/work/shared/reference/la_register.csv", newline=""))}
LEDGER = "/work/main/tests/real/incoming/LEDGER.md"

def load(name, drop_prefix=""):
    d = json.load(open(f"{RAW}/{name}.json"))
    t = d["text"]
    if drop_prefix:
        assert t.startswith(drop_prefix), (name, t[:80])
        t = t[len(drop_prefix):]
    return d["url"], t

def write(doc, raw, title, council, period, kind, rows, drop_prefix="", batch=3):
    source, text = load(raw, drop_prefix)
    reg = REG[council]
    assert reg["region"] in ALLOWED, reg
    assert kind in ("cover_report", "annual_report")
    assert re.fullmatch(r"\d{4}-\d{2}", period) and int(period[5:]) == (int(period[:4]) + 1) % 100
    led = open(LEDGER).read()
    d = os.path.join(BASE, f"batch{batch}")
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, f"{doc}.md")
    assert not os.path.exists(path), path
    head = ("---\n" f"source: {source}\n" f"title: {title}\n" f"council: {council}\n"
            f"la_number: {reg['la_number']}\n" f"region: {reg['region']}\n"
            f"period: {period}\n" f"kind: {kind}\n" "---\n")
    lines = text.split("\n")
    out = []
    for r in rows:
        metric, per, comp, val, high, opt, ev = r
        assert metric in METRICS, metric
        assert comp in ("la", "statistical_neighbours", "england", "region")
        assert re.fullmatch(r"\d{4}-\d{2}", per)
        assert any(ev in ln for ln in lines), f"evidence not within one line: {ev!r}"
        out.append([doc, council, metric, per, comp, val, high, METRICS[metric], opt, ev])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(head + text + ("" if text.endswith("\n") else "\n"))
    for fn, hdr, rowsout in (("figures.csv", FIG_HDR, out),
                             ("documents.csv", DOC_HDR, [[doc, council, "", reg["la_number"], reg["region"], period, kind]])):
        fp = os.path.join(d, fn)
        new = not os.path.exists(fp)
        with open(fp, "a", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            if new: w.writerow(hdr)
            w.writerows(rowsout)
    if source not in led:
        with open(LEDGER, "a") as f:
            f.write(f"{source} | {council} | rd\n")
    print(doc, council, period, kind, len(out), "rows")
