"""Write one rb document (md + csv rows). Usage: import and call write_doc(...)."""
import csv, os

BASE = "/work/main/tests/real/incoming/rb"
FIG_HDR = ["doc","council","metric","period","comparator","value","value_high","unit","optional","evidence"]
DOC_HDR = ["doc","council","ons_code","la_number","region","period","kind"]

def _append(path, hdr, rows):
    new = not os.path.exists(path)
    with open(path, "a", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        if new:
            w.writerow(hdr)
        for r in rows:
            w.writerow(r)

def write_doc(batch, doc, source, title, council, la_number, region, period, kind, text, rows):
    d = os.path.join(BASE, f"batch{batch}")
    os.makedirs(d, exist_ok=True)
    head = (f"---\nsource: {source}\ntitle: {title}\ncouncil: {council}\n"
            f"la_number: {la_number}\nregion: {region}\nperiod: {period}\nkind: {kind}\n---\n")
    with open(os.path.join(d, f"{doc}.md"), "w", encoding="utf-8") as f:
        f.write(head + text + ("\n" if not text.endswith("\n") else ""))
    # check evidence is an exact substring within one line of the text
    for r in rows:
        ev = r[9]
        assert "\n" not in ev, ev
        assert ev in text, f"evidence not found: {ev!r}"
    _append(os.path.join(d, "figures.csv"), FIG_HDR, rows)
    _append(os.path.join(d, "documents.csv"), DOC_HDR, [[doc, council, "", la_number, region, period, kind]])
