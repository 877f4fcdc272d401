import csv, os, sys
BASE = '/work/main/tests/real/incoming/rc'
FIG_HDR = ['doc','council','metric','period','comparator','value','value_high','unit','optional','evidence']
DOC_HDR = ['doc','council','ons_code','la_number','region','period','kind']
UNITS = {}
with open('/work/shared/schema/metrics.csv') as f:
    for r in csv.DictReader(f):
        UNITS[r['metric']] = r['unit']
REG = {}
with open('/work/shared/reference/la_register.csv') as f:
    for r in csv.DictReader(f):
        REG[r['la_name']] = r

def write_doc(batch, doc, source, title, council, period, kind, text, rows):
    r = REG[council]
    d = os.path.join(BASE, f'batch{batch}')
    os.makedirs(d, exist_ok=True)
    head = ('---\n' f'source: {source}\n' f'title: {title}\n' f'council: {council}\n'
            f'la_number: {r["la_number"]}\n' f'region: {r["region"]}\n' f'period: {period}\n'
            f'kind: {kind}\n' '---\n')
    with open(os.path.join(d, f'{doc}.md'), 'w') as f:
        f.write(head + text.rstrip('\n') + '\n')
    lines = text.split('\n')
    out = []
    for row in rows:
        metric, per, comp, val, vh, opt, ev = row
        assert metric in UNITS, metric
        assert comp in ('la','statistical_neighbours','england','region')
        assert any(ev in ln for ln in lines), f'evidence not in one line: {ev!r}'
        out.append([doc, council, metric, per, comp, val, vh, UNITS[metric], opt, ev])
    # rewrite figures.csv without previous rows of this doc
    fp = os.path.join(d, 'figures.csv')
    old = []
    if os.path.exists(fp):
        with open(fp) as f:
            old = [x for x in csv.reader(f)][1:]
    old = [x for x in old if x[0] != doc]
    with open(fp, 'w', newline='') as f:
        w = csv.writer(f); w.writerow(FIG_HDR); w.writerows(old + out)
    dp = os.path.join(d, 'documents.csv')
    oldd = []
    if os.path.exists(dp):
        with open(dp) as f:
            oldd = [x for x in csv.reader(f)][1:]
    oldd = [x for x in oldd if x[0] != doc]
    with open(dp, 'w', newline='') as f:
        w = csv.writer(f); w.writerow(DOC_HDR)
        w.writerows(oldd + [[doc, council, '', r['la_number'], r['region'], period, kind]])
    print(doc, council, period, kind, len(out), 'rows')
