"""How fast `iro review` answers with 1,000 figures.

    python benchmarks/bench_review.py [--figures 1000] [--documents 40] [--repeat 5]

Builds a database in a temp folder: --documents documents, one of them the
sample corpus's Wigan report holding --figures figures (a quarter on each of
its pages), the rest registered copies of it under other hashes holding as
many again between them (for the list), their evidence taken from the page's own
lines (so the evidence boxes are really searched for), with a decision on
every tenth figure.  In-process (Starlette's TestClient, no network), it
times, best of --repeat after one warm-up:

  list            GET /              the documents list with every count
  document        GET /doc/<sha>     the review page of the document with most figures
  page image      GET .../page/1.png the page rendered (cold: first render; warm: cached)
  page layout     GET .../page/1/layout  words and evidence boxes (cold: reads the PDF)
  decision        POST .../decide    accept one figure (a transaction)

and prints each in milliseconds beside the target (under a second for the list
and a document page). Nothing is asserted: a benchmark, not a test.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PDF = ROOT / "corpus" / "wigan-iro-2019-20.pdf"


def build(db: Path, n_figures: int, n_documents: int) -> str:
    import duckdb
    import pandas as pd

    from extractor.data.dataset import create_views, metric_units
    from extractor.data.reviews import ensure_table, figure_key
    from extractor.data.store import SCHEMA
    from extractor.read.reader import read_document

    document = read_document(PDF)
    sha = document.sha256
    metrics = list(metric_units().items())
    rng = random.Random(7)
    docs, figures = [], []
    per_doc = {sha: n_figures}  # the reviewed document holds them all; the others as many again
    others = [hashlib.sha256(f"copy {i}".encode()).hexdigest() for i in range(n_documents - 1)]
    for i, other in enumerate(others):
        per_doc[other] = n_figures // len(others) + (1 if i < n_figures % len(others) else 0)
    for k, (h, count) in enumerate(per_doc.items()):
        name = "wigan-iro-2019-20" if h == sha else f"copy-{k:03d}"
        docs.append({"doc": name, "path": str(PDF), "sha256": h, "pages": len(document.pages), "council": "Wigan",
                     "la_number": 359, "region": "North West", "period": "2019-20", "kind": "annual_report",
                     "status": "ok", "error": "", "figures": count, "warnings": ""})
        for j in range(count):
            page = document.pages[j % len(document.pages)]
            line = page.lines[j % len(page.lines)] if page.lines else None
            metric, unit = metrics[j % len(metrics)]
            figures.append({"doc": name, "council": "Wigan", "la_number": 359, "period": "2019-20", "metric": metric,
                            "comparator": "la", "value": float(j), "value_high": None, "unit": unit,
                            "page": page.number, "evidence": line.text if line else "", "method": "text",
                            "confidence": rng.random(), "rule": "bench",
                            "status": "to check" if j % 3 == 0 else "confident", "signals": "", "sha256": h})
    with duckdb.connect(str(db)) as con:
        for name, rows in (("documents", docs), ("figures", figures)):
            cols = SCHEMA[name]
            con.execute(f"CREATE TABLE {name} ({', '.join(f'{c} {t}' for c, t in cols.items())})")
            frame = pd.DataFrame(rows, columns=list(cols))
            con.register("incoming", frame)
            con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM incoming")
            con.unregister("incoming")
        ensure_table(con)
        decided = [f for f in figures[::10]]
        con.executemany(
            "INSERT INTO reviews (id, figure_key, sha256, doc, metric, period, comparator, value, page, evidence, "
            "action, reviewer, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'accept', 'bench', now())",
            [[f"r{i}", figure_key(f["sha256"], f["metric"], f["period"], f["comparator"], f["value"], f["page"],
                                  f["evidence"]), f["sha256"], f["doc"], f["metric"], f["period"], f["comparator"],
              f["value"], f["page"], f["evidence"]] for i, f in enumerate(decided)])
        create_views(con)
    return sha


def timed(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--figures", type=int, default=1000)
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    from starlette.testclient import TestClient

    from extractor.review.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "iro.duckdb"
        t = time.perf_counter()
        sha = build(db, args.figures, args.documents)
        print(f"database: {args.documents} documents, {2 * args.figures} figures "
              f"({args.figures} in the reviewed document), built in {time.perf_counter() - t:.1f} s")
        app = create_app(db, reviewer="bench", allowed_hosts=["127.0.0.1"])
        client = TestClient(app, base_url="http://127.0.0.1:8765")

        def get(url):
            r = client.get(url)
            assert r.status_code == 200, (url, r.status_code, r.text[:200])
            return r

        rows = []
        get("/")
        rows.append(("list  GET /", timed(lambda: get("/"), args.repeat), 1000))
        get(f"/doc/{sha}")
        page_html = get(f"/doc/{sha}").text
        n = page_html.count('data-key="')
        rows.append((f"document  GET /doc/<sha> ({n} figures)", timed(lambda: get(f"/doc/{sha}"), args.repeat), 1000))
        t = time.perf_counter()
        get(f"/doc/{sha}/page/1.png")
        rows.append(("page image, cold (render)", (time.perf_counter() - t) * 1000, None))
        rows.append(("page image, warm (cached)", timed(lambda: get(f"/doc/{sha}/page/1.png"), args.repeat), None))
        t = time.perf_counter()
        layout = get(f"/doc/{sha}/page/1/layout").json()
        rows.append((f"page layout, cold (read PDF, {len(layout['boxes'])} boxes)", (time.perf_counter() - t) * 1000,
                     None))
        rows.append(("page layout, warm", timed(lambda: get(f"/doc/{sha}/page/1/layout"), args.repeat), None))
        keys = re.findall(r'data-key="([0-9a-f]+)"', page_html)
        headers = {"Origin": "http://127.0.0.1:8765", "Accept": "application/json"}
        it = iter(keys)

        def decide():
            r = client.post(f"/doc/{sha}/decide", data={"action": "reject", "key": next(it), "prev": "",
                                                         "reason": "other"}, headers=headers)
            assert r.status_code in (200, 409), r.text  # 409: a figure the build already decided

        rows.append(("decision  POST .../decide", timed(decide, args.repeat), None))
        width = max(len(r[0]) for r in rows)
        for name, ms, target in rows:
            verdict = "" if target is None else (" OK" if ms < target else " SLOW")
            print(f"{name:<{width}}  {ms:8.1f} ms" + (f"   target < {target} ms{verdict}" if target else ""))
        app.state.db.con.close()


if __name__ == "__main__":
    main()
