"""Score table readers on the table-structure benchmark (ICDAR 2013 adjacency relations).

    python benchmarks/tables/score.py [--set dev|heldout|all] [--round N|all]
                                      [--tools iro,camelot-stream,...] [--details] [--out DIR]

Scoring, as in the ICDAR 2013 table competition's structure measure:

* Every non-empty cell of a table relates to the nearest non-empty cell to its right
  in the same row(s) and to the nearest non-empty cell below it in the same column(s);
  empty cells are skipped over, and a cell spanning rows or columns relates to every
  neighbour it touches. A relation is (text of a, text of b, direction), the texts
  normalised: lower case, no whitespace, ligatures, quotes and dashes folded.
* A reader's tables are plain grids (rows of cell strings, no spans). A spanning
  header read as its text in one cell and empty cells beside it is scored as exactly
  that: the empty cells are skipped.
* Relations are compared as multisets, page by page: the relations of every table a
  reader found on a page against the relations of every truth table on that page.
  A table found where there is none costs precision; a table missed costs recall.
  A reader's table that says it runs over several pages (``pages``) is compared with
  the truth of all those pages together (the truth records each page part as a table
  of its own).
* Precision, recall and F1 are micro-averaged: summed over every page of the set.
  ``--round`` scores the documents of one round of the benchmark (a truth file's
  ``round``; round 1's files have none) or, with ``all``, each round and all of them
  together.

Readers (``--tools``): ``iro`` (this project's reader: ``read_document`` then
``find_tables``; each ``page.tables`` table's rows, the tables ``iro extract`` writes
as CSV), ``camelot-stream``, ``camelot-lattice`` (``camelot.read_pdf(path,
pages="all", flavor=...)``, each table's ``.df``) and ``pdfplumber``
(``page.extract_tables()`` with its default settings).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
ROOT = HERE.parent.parent
TOOLS = ("iro", "camelot-stream", "camelot-lattice", "pdfplumber")

RIGHT, DOWN = "right", "down"

# characters folded before comparing: ligatures, quotes, dashes, odd spaces
FOLD = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\u00ad": "", "\u2026": "...",
})


def normalise(text: str | None) -> str:
    """A cell's text as compared: folded, lower case, without any whitespace."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).translate(FOLD).lower()
    return "".join(text.split())


# --------------------------------------------------------------------------- relations


@dataclass(frozen=True)
class Box:
    """A cell of a grid: its first row and column and how many it spans."""
    row: int
    col: int
    row_span: int
    col_span: int
    text: str


def relations(cells: Iterable[Box]) -> Counter:
    """The adjacency relations of one table, as a multiset of (a, b, direction)."""
    cells = [c for c in cells if normalise(c.text)]
    at: dict[tuple[int, int], int] = {}
    for k, c in enumerate(cells):
        for r in range(c.row, c.row + c.row_span):
            for col in range(c.col, c.col + c.col_span):
                at[(r, col)] = k
    if not at:
        return Counter()
    last_row = max(r for r, _ in at)
    last_col = max(c for _, c in at)
    found: Counter = Counter()
    for k, c in enumerate(cells):
        right = _first_in_each(at, k, [[(r, col) for col in range(c.col + c.col_span, last_col + 1)]
                                       for r in range(c.row, c.row + c.row_span)])
        down = _first_in_each(at, k, [[(r, col) for r in range(c.row + c.row_span, last_row + 1)]
                                      for col in range(c.col, c.col + c.col_span)])
        a = normalise(c.text)
        for other in right:
            found[(a, normalise(cells[other].text), RIGHT)] += 1
        for other in down:
            found[(a, normalise(cells[other].text), DOWN)] += 1
    return found


def _first_in_each(at: dict, k: int, lanes: list[list[tuple[int, int]]]) -> set[int]:
    """The first other non-empty cell met along each lane (its row or column, outwards)."""
    found: set[int] = set()
    for lane in lanes:
        other = next((at[p] for p in lane if at.get(p, k) != k), None)
        if other is not None:
            found.add(other)
    return found


def grid_boxes(rows: list[list[str]]) -> list[Box]:
    """A reader's grid as one-by-one cells."""
    return [Box(r, c, 1, 1, "" if text is None else str(text))
            for r, row in enumerate(rows) for c, text in enumerate(row)]


def truth_boxes(table: dict) -> list[Box]:
    return [Box(c["row"], c["col"], c.get("row_span", 1), c.get("col_span", 1), c["text"])
            for c in table["cells"]]


# --------------------------------------------------------------------------- scoring


@dataclass
class Counts:
    correct: int = 0
    predicted: int = 0
    truth: int = 0

    def __iadd__(self, other: "Counts") -> "Counts":
        self.correct += other.correct
        self.predicted += other.predicted
        self.truth += other.truth
        return self

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else (1.0 if not self.truth else 0.0)

    @property
    def recall(self) -> float:
        return self.correct / self.truth if self.truth else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def predicted_pages(table: dict) -> list[int]:
    pages = table.get("pages") or [table["page"]]
    return sorted({int(p) for p in pages} | {int(table["page"])})


def score_document(truth: dict, predicted: list[dict]) -> Counts:
    """One document: ``truth`` as written by make_tables.py, ``predicted`` a list of
    tables, each {"page": n, "rows": [[str, ...], ...]} and optionally "pages": [n, m]
    for a table the reader joined over a page break."""
    # pages a predicted table joins are scored together
    group = {n: n for n in range(1, truth["pages"] + 1)}

    def find(n):
        while group.setdefault(n, n) != n:
            n = group[n]
        return n

    for table in predicted:
        pages = predicted_pages(table)
        for p in pages[1:]:
            group[find(p)] = find(pages[0])
    want: dict[int, Counter] = {}
    got: dict[int, Counter] = {}
    for table in truth["tables"]:
        want.setdefault(find(table["page"]), Counter()).update(relations(truth_boxes(table)))
    for table in predicted:
        got.setdefault(find(int(table["page"])), Counter()).update(relations(grid_boxes(table["rows"])))
    counts = Counts()
    for key in set(want) | set(got):
        w, g = want.get(key, Counter()), got.get(key, Counter())
        counts += Counts(sum((w & g).values()), sum(g.values()), sum(w.values()))
    return counts


def score_set(truths: list[dict], predictions: dict[str, list[dict]]) -> Counts:
    total = Counts()
    for truth in truths:
        total += score_document(truth, predictions.get(truth["doc"], []))
    return total


def truth_round(truth: dict) -> int:
    """The round of the benchmark a document was added in (round 1's files say none)."""
    return int(truth.get("round", 1))


def load_truths(which: str = "all", folder: Path = OUT, round_: str | int = "all") -> list[dict]:
    """The truth files of a set (``dev``, ``heldout`` or ``all``) and a round (a number,
    as a truth file's ``round`` says, or ``all``)."""
    truths = []
    for path in sorted(folder.glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        if which in ("all", truth["set"]) and str(round_) in ("all", str(truth_round(truth))):
            truths.append(truth)
    return truths


# --------------------------------------------------------------------------- readers


def read_iro(path: Path) -> list[dict]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from extractor.read.reader import read_document
    from extractor.read.tables import find_tables

    document = read_document(path)
    find_tables(document, path)
    return [{"page": t.page, "pages": list(t.pages or [t.page]), "rows": t.rows}
            for page in document.pages for t in page.tables]


def _camelot(path: Path, flavor: str) -> list[dict]:
    import camelot

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = camelot.read_pdf(str(path), pages="all", flavor=flavor)
        except Exception as exc:  # a reader that fails on a document finds nothing there
            print(f"camelot-{flavor} failed on {path.name}: {exc}", file=sys.stderr)
            return []
    return [{"page": int(t.page), "rows": t.df.values.tolist()} for t in found]


def read_camelot_stream(path: Path) -> list[dict]:
    return _camelot(path, "stream")


def read_camelot_lattice(path: Path) -> list[dict]:
    return _camelot(path, "lattice")


def read_pdfplumber(path: Path) -> list[dict]:
    import pdfplumber

    tables = []
    with pdfplumber.open(str(path)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            for rows in page.extract_tables():
                tables.append({"page": number,
                               "rows": [["" if v is None else v for v in row] for row in rows]})
    return tables


READERS: dict[str, Callable[[Path], list[dict]]] = {
    "iro": read_iro,
    "camelot-stream": read_camelot_stream,
    "camelot-lattice": read_camelot_lattice,
    "pdfplumber": read_pdfplumber,
}


def _run(job: tuple[str, str]) -> tuple[str, str, list[dict], float]:
    tool, path = job
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tables = READERS[tool](Path(path))
    return tool, Path(path).stem, tables, time.perf_counter() - start


def predict(tools: list[str], truths: list[dict], folder: Path = OUT,
            workers: int | None = None) -> tuple[dict[str, dict[str, list[dict]]], dict[str, float]]:
    """Every tool on every document: {tool: {doc: tables}} and seconds per tool."""
    jobs = [(tool, str(folder / f"{t['doc']}.pdf")) for tool in tools for t in truths]
    out: dict[str, dict[str, list[dict]]] = {tool: {} for tool in tools}
    seconds: dict[str, float] = {tool: 0.0 for tool in tools}
    if workers == 1:
        results = map(_run, jobs)
    else:
        pool = ProcessPoolExecutor(max_workers=workers)
        results = pool.map(_run, jobs, chunksize=1)
    for tool, doc, tables, took in results:
        out[tool][doc] = tables
        seconds[tool] += took
    if workers != 1:
        pool.shutdown()
    return out, seconds


# --------------------------------------------------------------------------- CLI


def _row(name: str, c: Counts, extra: str = "") -> str:
    return (f"| {name} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | "
            f"{c.correct} | {c.predicted} | {c.truth} |{extra}")


def _round_arg(value: str) -> str:
    """``--round``: a round's number or ``all`` (any round a truth file names)."""
    if value != "all" and not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r}: a round's number or 'all'")
    return value


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="dev", choices=("dev", "heldout", "all"))
    parser.add_argument("--round", default="all", type=_round_arg,
                        help="the documents of one round (1, 2, ...), or each round and all together")
    parser.add_argument("--tools", default=",".join(TOOLS),
                        help=f"comma-separated, from {', '.join(TOOLS)}")
    parser.add_argument("--details", action="store_true", help="per document scores for iro")
    parser.add_argument("--out", type=Path, default=OUT, help="the PDFs and truth files")
    parser.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    args = parser.parse_args(argv)
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [t for t in tools if t not in READERS]
    if unknown:
        parser.error(f"unknown tools: {', '.join(unknown)}")
    sets = ("dev", "heldout") if args.set == "all" else (args.set,)
    truths = load_truths(args.set, args.out, args.round)
    if not truths:
        parser.error(f"no truth files for set {args.set!r} and round {args.round!r} in {args.out}")
    rounds: list[str] = sorted({str(truth_round(t)) for t in truths})
    if len(rounds) > 1:
        rounds.append("all")
    predictions, seconds = predict(tools, truths, args.out, args.workers)
    print("| tool | set | round | precision | recall | F1 | correct | found | truth |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for tool in tools:
        for name in sets:
            for rnd in rounds:
                part = [t for t in truths if t["set"] == name
                        and rnd in ("all", str(truth_round(t)))]
                if part:
                    print(_row(f"{tool} | {name} | {rnd}", score_set(part, predictions[tool])))
    print()
    print("seconds (summed over documents): " +
          ", ".join(f"{tool} {seconds[tool]:.1f}" for tool in tools))
    if args.details and "iro" in tools:
        print()
        print("| document | set | round | precision | recall | F1 | correct | found | truth | tables found / truth |")
        print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for truth in truths:
            found = predictions["iro"].get(truth["doc"], [])
            c = score_document(truth, found)
            print(_row(f"{truth['doc']} | {truth['set']} | {truth_round(truth)}", c,
                       f" {len(found)} / {len(truth['tables'])} |"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
