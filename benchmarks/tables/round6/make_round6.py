"""Round 6 of the table-structure benchmark: HTML pages printed to PDF by headless Chromium.

    python benchmarks/tables/round6/make_round6.py [--only t161,t162] [--out DIR] [--png DIR]

Each document is one HTML file, ``round6/html/tNNN.html``, with its CSS in the file
(``@page { size: A4; margin: ... }``, page furniture in ``@page`` margin boxes). This
script

1. prints it with Chromium headless (``--print-to-pdf``, no browser header or footer)
   to ``out/tNNN.pdf``;
2. reads the HTML's data tables with the standard library's ``html.parser`` (every
   ``<table>`` except those marked ``role="presentation"``, which are layout tables),
   expands ``rowspan``/``colspan`` into the row/column grid and takes as header the
   rows in ``<thead>`` (or, with no ``<thead>``, the leading rows made only of ``<th>``);
3. finds every table's cells in the PDF's text with pypdfium2, in the order the HTML
   gives them (Chromium paints a table's cells in document order), which gives each
   row's page - a table continued over pages is cut into one truth table per page part,
   as in rounds 1-5, Chromium's repeated ``<thead>`` becoming the part's header rows -
   and each cell's box (the box of its characters);
4. writes ``out/tNNN.json`` in the format of rounds 3-5 with ``"round": 6``, and checks
   it (below).

The document's set and description are ``<meta name="set">`` and ``<meta
name="description">`` in the HTML; its title is ``<title>``. A table's title is its
``<caption>``, or else the text of the nearest element before it with class ``ttl``.
A table may run over a page only if it has class ``split``.

Bounding boxes are those of the characters (a cell's ``bbox`` is the box of its
text, a table's the union of its cells'), not of the drawn cell borders: Chromium
writes no cell geometry, and the scorer uses no boxes.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent
HTML = HERE / "html"
OUT = BENCH / "out"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ROUND = 6

if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))
from make_tables import truth_json  # noqa: E402  (laid out as rounds 1-5's truth files are)

FOLD = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00ad": "", "\ufffe": "", "\x02": "",
})


def squash(text: str) -> str:
    """Text as matched against the PDF: NFKC, folded, no whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(FOLD)
    return "".join(text.split())


def flat(text: str) -> str:
    """HTML's white-space collapsing: runs of ASCII spaces, tabs and newlines become one
    space (no-break and thin spaces are kept, as rounds 3-5 keep them)."""
    return re.sub(r"[ \t\n\r\f]+", " ", text).strip()


# --------------------------------------------------------------------------- HTML


class Cell:
    def __init__(self, tag, rowspan, colspan, head):
        self.tag, self.rowspan, self.colspan, self.head = tag, rowspan, colspan, head
        self.parts: list[str] = []
        self.row = self.col = 0

    @property
    def text(self) -> str:
        return flat("".join(self.parts))


class Table:
    def __init__(self, attrs: dict, title: str | None):
        self.attrs = attrs
        self.data = attrs.get("role") != "presentation"
        self.split = "split" in attrs.get("class", "").split()
        self.caption: list[str] | None = None
        self.title = title
        self.rows: list[list[Cell]] = []
        self.row_in_thead: list[bool] = []


class Doc(HTMLParser):
    """The data tables of a page, their titles, and the page's metadata."""
    SKIP = {"style", "script", "title", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.tables: list[Table] = []
        self.stack: list[Table] = []
        self.cell: list[Cell | None] = []
        self.in_thead = False
        self.skip = 0
        self.in_title = False
        self.ttl: list[str] | None = None  # text of the current .ttl element
        self.ttl_depth = 0
        self.last_ttl: str | None = None
        self.in_caption = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta" and "name" in a:
            self.meta[a["name"]] = a.get("content", "")
        if tag == "title":
            self.in_title = True
        if tag in ("style", "script"):
            self.skip += 1
        if self.ttl is not None:
            self.ttl_depth += 1
        elif "ttl" in a.get("class", "").split():
            self.ttl, self.ttl_depth = [], 1
        if tag == "table":
            t = Table(a, self.last_ttl)
            self.tables.append(t)
            self.stack.append(t)
            self.cell.append(None)
            self.last_ttl = None
        elif not self.stack:
            return
        t = self.stack[-1]
        if tag == "caption":
            t.caption = []
            self.in_caption = True
        elif tag == "thead":
            self.in_thead = True
        elif tag in ("tbody", "tfoot"):
            self.in_thead = False
        elif tag == "tr":
            t.rows.append([])
            t.row_in_thead.append(self.in_thead)
        elif tag in ("td", "th"):
            c = Cell(tag, int(a.get("rowspan", 1) or 1), int(a.get("colspan", 1) or 1), self.in_thead)
            t.rows[-1].append(c)
            self.cell[-1] = c
        elif tag == "br":
            self._text(" ")

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self._text(" ")
        else:
            self.handle_starttag(tag, attrs)
            if tag not in ("meta",):
                self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in ("style", "script"):
            self.skip -= 1
        if self.ttl is not None:
            self.ttl_depth -= 1
            if self.ttl_depth == 0:
                self.last_ttl = flat("".join(self.ttl))
                self.ttl = None
        if not self.stack:
            return
        if tag == "caption":
            self.in_caption = False
        elif tag in ("td", "th"):
            self.cell[-1] = None
        elif tag == "thead":
            self.in_thead = False
        elif tag == "table":
            self.stack.pop()
            self.cell.pop()

    def handle_data(self, data):
        if self.in_title:
            self.title += data
            return
        if self.skip:
            return
        if self.ttl is not None:
            self.ttl.append(data)
        self._text(data)

    def _text(self, data):
        if not self.stack:
            return
        t = self.stack[-1]
        if self.in_caption and t.caption is not None:
            t.caption.append(data)
        elif self.cell[-1] is not None:
            self.cell[-1].parts.append(data)


def grid(table: Table) -> tuple[int, int, int]:
    """Place every cell on the grid (HTML's table model); the table's rows, columns and
    header rows."""
    taken: set[tuple[int, int]] = set()
    n_cols = 0
    for r, row in enumerate(table.rows):
        col = 0
        for c in row:
            while (r, col) in taken:
                col += 1
            c.row, c.col = r, col
            for dr in range(c.rowspan):
                for dc in range(c.colspan):
                    taken.add((r + dr, col + dc))
            col += c.colspan
        n_cols = max([n_cols] + [k + 1 for (rr, k) in taken if rr == r])
    n_rows = max([len(table.rows)] + [r + 1 for r, _ in taken])
    if any(table.row_in_thead):
        n_head = sum(table.row_in_thead)
        assert table.row_in_thead[:n_head] == [True] * n_head, "thead rows first"
    else:
        n_head = 0
        for row in table.rows:
            if row and all(c.tag == "th" for c in row):
                n_head += 1
            else:
                break
    # a header cell spanning into body rows would be odd; keep the header whole
    for c in (c for row in table.rows for c in row):
        c.head = c.row < n_head
    return n_rows, n_cols, n_head


# --------------------------------------------------------------------------- PDF


def print_pdf(html: Path, pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
               "--hide-scrollbars", "--font-render-hinting=none", f"--user-data-dir={profile}",
               f"--print-to-pdf={pdf}", html.resolve().as_uri()]
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if run.returncode != 0 or not pdf.exists():
        raise RuntimeError(f"chromium failed on {html.name}: {run.stderr[-800:]}")


class Chars:
    """Every non-space character of the document, in the text layer's order, with its
    page and box (points from the page's top-left)."""

    def __init__(self, path: Path):
        import pypdfium2 as pdfium

        self.pdf = pdfium.PdfDocument(str(path))
        self.sizes: list[list[float]] = []
        self.page: list[int] = []
        self.box: list[tuple[float, float, float, float]] = []
        text: list[str] = []
        self.page_text: list[str] = []
        for n in range(len(self.pdf)):
            page = self.pdf[n]
            w, h = page.get_size()
            self.sizes.append([round(w, 2), round(h, 2)])
            tp = page.get_textpage()
            count = tp.count_chars()
            whole = tp.get_text_range(0, count) if count else ""
            self.page_text.append(squash(whole))
            for k in range(count):
                ch = tp.get_text_range(k, 1)
                s = squash(ch)
                if not s:
                    continue
                l, b, r, t = tp.get_charbox(k)
                for piece in s:  # a ligature folds to two letters sharing its box
                    text.append(piece)
                    self.page.append(n + 1)
                    self.box.append((l, h - t, r, h - b))
        self.text = "".join(text)

    def close(self):
        self.pdf.close()


def union(boxes):
    return [round(min(b[0] for b in boxes), 2), round(min(b[1] for b in boxes), 2),
            round(max(b[2] for b in boxes), 2), round(max(b[3] for b in boxes), 2)]


def blocks_of(table: Table, n_head: int) -> list[list[Cell]]:
    """The table's cells in groups whose text Chromium writes together: the header rows,
    then each body row, or rows joined by a cell spanning them. Within a group the
    order of the cells in the text layer is not always the document's (a header cell
    spanning two rows, aligned at the bottom, is written after the row below it)."""
    cells = [c for row in table.rows for c in row if squash(c.text)]
    groups: list[list[Cell]] = []
    if n_head:
        groups.append([c for c in cells if c.row < n_head])
    r = n_head
    n_rows = len(table.rows)
    while r < n_rows:
        end = r
        k = r
        while k <= end:
            for c in table.rows[k]:
                end = max(end, c.row + c.rowspan - 1)
            k += 1
        end = min(end, n_rows - 1)
        group = [c for c in cells if r <= c.row <= end]
        if group:
            groups.append(group)
        r = end + 1
    return groups


def _window(chars: Chars, pos: int, want: str) -> bool:
    return sorted(chars.text[pos:pos + len(want)]) == sorted(want)


def _find_window(chars: Chars, start: int, stop: int, want: str) -> int:
    key = sorted(want)
    for p in range(start, max(start, stop - len(want) + 1)):
        if sorted(chars.text[p:p + len(want)]) == key:
            return p
    return -1


OUT_OF_ORDER = [0]  # groups of rows whose cells' text is not written in document order


def _place(group: list[Cell], chars: Chars, pos: int) -> dict[int, list[int]]:
    """Which characters of the group's span are each cell's."""
    span_text = chars.text[pos:pos + sum(len(squash(c.text)) for c in group)]
    if span_text == "".join(squash(c.text) for c in group):  # written in document order
        at, p = {}, pos
        for i, c in enumerate(group):
            n = len(squash(c.text))
            at[i] = list(range(p, p + n))
            p += n
        return at
    # else the text layer interleaves the cells' lines (a cell spanning rows is written
    # line by line between its neighbours): give each character of the span to a cell,
    # in order within each cell, moving to another cell only where the text moves to
    # another line or jumps along one (a small search)
    OUT_OF_ORDER[0] += 1
    texts = [squash(c.text) for c in group]
    span = list(range(pos, pos + len(span_text)))

    def moves(k: int) -> bool:  # between span chars k-1 and k
        if k == 0:
            return True
        a, b = chars.box[span[k - 1]], chars.box[span[k]]
        h = max(a[3] - a[1], b[3] - b[1], 1.0)
        if abs((a[1] + a[3]) / 2 - (b[1] + b[3]) / 2) > 0.4 * h:
            return True
        return b[0] < a[0] or b[0] - a[2] > 1.2

    done = [0] * len(group)
    owner: list[int] = []
    seen: set = set()
    sys.setrecursionlimit(max(10000, sys.getrecursionlimit()))

    def search(k: int, cur: int) -> bool:
        if k == len(span_text):
            return all(done[i] == len(texts[i]) for i in range(len(group)))
        key = (k, cur, tuple(done))
        if key in seen:
            return False
        seen.add(key)
        ch = span_text[k]
        options = []
        if cur >= 0 and done[cur] < len(texts[cur]) and texts[cur][done[cur]] == ch:
            options.append(cur)
        if cur < 0 or done[cur] == len(texts[cur]) or moves(k):
            options += [i for i in range(len(group)) if i != cur and done[i] < len(texts[i])
                        and texts[i][done[i]] == ch]
        for i in options:
            done[i] += 1
            owner.append(i)
            if search(k + 1, i):
                return True
            owner.pop()
            done[i] -= 1
        return False

    if not search(0, -1):
        raise ValueError(f"cells of the row with {group[0].text!r} not placed in its text")
    pieces: dict[int, list[int]] = {}
    for k, i in enumerate(owner):
        pieces.setdefault(i, []).append(span[k])
    return pieces


def locate(table: Table, chars: Chars, cursor: int, n_head: int):
    """Find the table's cells in the text from ``cursor`` on; return each non-empty
    cell's page and box, the new cursor, each body row's page and the pages whose part
    starts with the header repeated."""
    groups = blocks_of(table, n_head)
    texts = ["".join(squash(c.text) for c in g) for g in groups]
    head_text = texts[0] if n_head else ""
    n = len(chars.text)
    # the table starts where its first group and the next one stand together
    # (after the previous table, or else anywhere: Chromium writes a floated box's text
    # before the text of the blocks beside it)
    def first_from(start: int) -> int:
        p = start
        while True:
            p = _find_window(chars, p, n, texts[0])
            if p < 0 or len(texts) < 2 or _window(chars, p + len(texts[0]), texts[1]):
                return p
            p += 1

    pos = first_from(cursor)
    if pos < 0:
        pos = first_from(0)
    if pos < 0:
        raise ValueError(f"table {table.title!r}: first rows not found in the PDF text")
    found = []
    row_page: dict[int, int] = {}
    repeated: set[int] = set()
    for gi, (group, text) in enumerate(zip(groups, texts)):
        if not _window(chars, pos, text):
            here, prev = (chars.page[pos] if pos < n else None), chars.page[pos - 1]
            if gi == 0 or here is None or here == prev:
                raise ValueError(f"table {table.title!r}: row with {group[0].text!r} not at its place")
            page_end = pos
            while page_end < n and chars.page[page_end] == here:
                page_end += 1
            k = _find_window(chars, pos, page_end, head_text) if head_text else -1
            if k >= 0 and _window(chars, k + len(head_text), text):
                for i, ps in _place(groups[0], chars, k).items():
                    found.append({"cell": groups[0][i], "page": here,
                                  "bbox": union([chars.box[p] for p in ps])})
                repeated.add(here)
                pos = k + len(head_text)
            else:
                k = _find_window(chars, pos, page_end, text)
                if k < 0:
                    raise ValueError(f"table {table.title!r}: row with {group[0].text!r} not on page {here}")
                pos = k
        pages = set(chars.page[pos:pos + len(text)])
        if len(pages) != 1:
            raise ValueError(f"table {table.title!r}: row with {group[0].text!r} runs over a page")
        page = pages.pop()
        for i, ps in _place(group, chars, pos).items():
            c = group[i]
            found.append({"cell": c, "page": page, "bbox": union([chars.box[p] for p in ps])})
            if c.row >= n_head:
                for r in range(c.row, c.row + c.rowspan):
                    row_page[r] = page
        pos += len(text)
    return found, pos, row_page, repeated


def truth_tables(doc: Doc, chars: Chars) -> list[dict]:
    tables = []
    cursor = 0
    number = 0
    for table in doc.tables:
        if not table.data:
            continue
        number += 1
        n_rows, n_cols, n_head = grid(table)
        title = flat("".join(table.caption)) if table.caption is not None else table.title
        found, cursor, row_page, repeated = locate(table, chars, cursor, n_head)
        pages = sorted(set(row_page.values()) | {f["page"] for f in found})
        if len(pages) > 1 and not table.split:
            raise ValueError(f"table {title!r} breaks over pages {pages} but is not marked split")
        if table.split and len(pages) < 2:
            raise ValueError(f"table {title!r} is marked split but fits on page {pages[0]}")
        for k, page in enumerate(pages, start=1):
            body_rows = sorted(r for r, p in row_page.items() if p == page)
            head = list(range(n_head)) if (k == 1 or page in repeated) else []
            rows = head + body_rows
            index = {r: i for i, r in enumerate(rows)}
            cells = []
            for f in found:
                c = f["cell"]
                if f["page"] != page or c.row not in index:
                    continue
                span = c.rowspan
                if c.row >= n_head:  # a span is cut at the page break
                    span = sum(1 for r in range(c.row, c.row + c.rowspan) if r in index)
                cells.append({"row": index[c.row], "col": c.col, "row_span": min(span, n_rows - c.row),
                              "col_span": min(c.colspan, n_cols - c.col), "text": c.text,
                              "header": c.head, "bbox": f["bbox"]})
            cells.sort(key=lambda t: (t["row"], t["col"]))
            part = {"page": page, "bbox": union([c["bbox"] for c in cells]),
                    "rows": len(rows), "cols": n_cols, "header_rows": len(head),
                    "repeated_header": k > 1 and bool(head),
                    "table": number, "part": k, "of": len(pages)}
            if title:
                part["title"] = title
            part["cells"] = cells
            tables.append(part)
    return tables


# --------------------------------------------------------------------------- checks


def check(truth: dict, chars: Chars) -> None:
    assert 1 <= truth["pages"] <= 2, f"{truth['doc']}: {truth['pages']} pages"
    assert truth["set"] in ("dev", "heldout")
    for t in truth["tables"]:
        width, height = truth["page_sizes"][t["page"] - 1]
        x0, top, x1, bottom = t["bbox"]
        assert 0 <= x0 < x1 <= width and 0 <= top < bottom <= height, (truth["doc"], t["bbox"])
        taken = set()
        page_text = chars.page_text[t["page"] - 1]
        for c in t["cells"]:
            assert c["text"].strip()
            # every word is in the page's text (a cell's lines may be written apart, and a
            # word may break after a hyphen)
            for word in re.split(r"[\s\-\u2010\u2011]+", c["text"]):
                assert squash(word) in page_text, (truth["doc"], c["text"], word)
            for r in range(c["row"], c["row"] + c["row_span"]):
                for k in range(c["col"], c["col"] + c["col_span"]):
                    assert (r, k) not in taken and r < t["rows"] and k < t["cols"], (truth["doc"], c)
                    taken.add((r, k))
        # no character of another table, caption or paragraph inside a cell's box
    check_boxes(truth, chars)


def check_boxes(truth: dict, chars: Chars) -> None:
    """No two tables of a page overlap, and the text inside each table's box is its cells'
    text only (no title or note inside)."""
    by_page: dict[int, list] = {}
    for t in truth["tables"]:
        by_page.setdefault(t["page"], []).append(t["bbox"])
    for page, boxes in by_page.items():
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                overlap = a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
                assert not overlap, f"{truth['doc']}: tables overlap on page {page}"
    for t in truth["tables"]:
        x0, top, x1, bottom = t["bbox"]
        inside = [k for k in range(len(chars.text)) if chars.page[k] == t["page"]
                  and x0 - 0.5 <= (chars.box[k][0] + chars.box[k][2]) / 2 <= x1 + 0.5
                  and top - 0.5 <= (chars.box[k][1] + chars.box[k][3]) / 2 <= bottom + 0.5]
        got = sorted(chars.text[k] for k in inside)
        want = sorted("".join(squash(c["text"]) for c in t["cells"]))
        assert got == want, (f"{truth['doc']} table {t['table']} part {t['part']}: text inside its box "
                             f"differs from its cells: extra {sorted((set(got) - set(want)))[:20]}")


def build(html: Path, out: Path, png: Path | None = None) -> dict:
    pdf = out / f"{html.stem}.pdf"
    print_pdf(html, pdf)
    truth = truth_for(html, pdf, png)
    (out / f"{html.stem}.json").write_text(truth_json(truth), encoding="utf-8")
    return truth


def truth_for(html: Path, pdf: Path, png: Path | None = None) -> dict:
    """The checked truth of a printed page: its tables from the HTML, placed in the PDF."""
    doc = Doc()
    doc.feed(html.read_text(encoding="utf-8"))
    doc.close()
    chars = Chars(pdf)
    try:
        head = {"doc": html.stem, "set": doc.meta["set"], "round": ROUND, "title": flat(doc.title),
                "description": flat(doc.meta.get("description", ""))}
        return checked_truth(head, truth_tables(doc, chars), chars, check, png)
    finally:
        chars.close()


def checked_truth(head: dict, tables: list[dict], chars: Chars, check, png: Path | None = None) -> dict:
    """A document's truth: ``head`` (doc, set, round, title, description), its pages and
    tables; checked with ``check``, and its pages rendered to ``png`` if given."""
    n_pages = len(chars.sizes)
    with_tables = {t["page"] for t in tables}
    truth = {
        **head, "pages": n_pages, "page_sizes": chars.sizes,
        "pages_without_tables": [n for n in range(1, n_pages + 1) if n not in with_tables],
        "page_rotate": [0] * n_pages, "sideways_pages": [],
        "tables": tables,
    }
    check(truth, chars)
    if png is not None:
        png.mkdir(parents=True, exist_ok=True)
        for n in range(n_pages):
            chars.pdf[n].render(scale=1.4).to_pil().save(png / f"{head['doc']}-{n + 1}.png")
    return truth


def build_cli(argv, description: str, sources: list[Path], build, example: str, order: str) -> int:
    """The command line of a round built from sources (this round's HTML, round 7's troff):
    --only, --out, --png; build each document, report each, and fail if any failed."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--only", default="", help=f"comma-separated ids, e.g. {example}")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--png", type=Path, default=None, help="also render every page here")
    args = parser.parse_args(argv)
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    paths = [p for p in sources if not only or p.stem in only]
    args.out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for path in paths:
        try:
            t = build(path, args.out, args.png)
        except Exception as exc:  # report every document, then fail
            failed += 1
            print(f"{path.stem}: FAILED: {type(exc).__name__}: {exc}")
            continue
        n_cells = sum(len(tb["cells"]) for tb in t["tables"])
        odd, OUT_OF_ORDER[0] = OUT_OF_ORDER[0], 0
        print(f"{t['doc']} {t['set']:7} pages {t['pages']} tables {len(t['tables'])} "
              f"({len({tb['table'] for tb in t['tables']})} drawn) cells {n_cells} "
              f"no-table pages {t['pages_without_tables']}"
              + (f"; {odd} row groups written out of {order} order" if odd else ""))
    return 1 if failed else 0


def main(argv=None) -> int:
    return build_cli(argv, __doc__.split("\n\n")[0], sorted(HTML.glob("t*.html")), build, "t161,t170", "document")


if __name__ == "__main__":
    sys.exit(main())
