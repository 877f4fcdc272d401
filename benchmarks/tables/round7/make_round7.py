"""Round 7 of the table-structure benchmark: troff + tbl, set by groff as PostScript and
distilled to PDF by Ghostscript.

    python benchmarks/tables/round7/make_round7.py [--only t181,t185] [--out DIR] [--png DIR]

Each document is one troff file, ``round7/src/tNNN.tr``, written with raw troff requests
(groff-base has no ms/me/mm macros) and reading the shared macros of
``round7/src/prelude.tr`` with ``.so``. This script

1. runs ``groff -t -Tps -P-pa4`` (tbl, then troff, then grops) and ``ps2pdf
   -sPAPERSIZE=a4`` on it, writing ``out/tNNN.pdf``;
2. reads the tables from the same troff file: every ``.TS``/``.TE`` block is parsed as
   tbl reads it (options, format rows, ``.T&``, ``s`` and ``^`` spans, ``\\^``, ``T{ T}``
   text blocks, rule rows and rule entries) and the cell text is turned from troff
   escapes into Unicode; rows holding no text (a row of ``\\_`` short rules) are not
   truth rows, and a cell spanning over one loses that row from its span;
3. finds every table's cells in the PDF's characters with pypdfium2, row group by row
   group, which gives each table's page and each cell's box (the box of its characters);
4. writes ``out/tNNN.json`` in the format of rounds 3-6 with ``"round": 7``, and checks it.

What is a truth table is said in the source by a troff comment before each ``.TS``::

    .\\" @table head=2              a table; its first 2 truth rows are its header
    .\\" @table head=2 cont         the next page part of the table before it
                                   (head > 0: it starts with the header repeated)

The document's set, title and description are the comments ``.\\" @set``,
``.\\" @title`` and ``.\\" @description``; a table's title is the argument of the last
``.TT`` (the prelude's table-title macro) before it, the same for every part.
"""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent
SRC = HERE / "src"
OUT = BENCH / "out"
ROUND = 7

for p in (str(BENCH), str(BENCH / "round6")):
    if p not in sys.path:
        sys.path.insert(0, p)
from make_tables import truth_json  # noqa: E402
from make_round6 import _window, _find_window, squash, union  # noqa: E402
from make_round6 import Chars as Chars6  # noqa: E402
import make_round6  # noqa: E402

# --------------------------------------------------------------------------- troff text

NAMED = {
    "en": "\u2013", "em": "\u2014", "Po": "\u00a3", "mu": "\u00d7", "de": "\u00b0",
    "bu": "\u2022", "cq": "\u2019", "oq": "\u2018", "lq": "\u201c", "rq": "\u201d",
    "+-": "\u00b1", "12": "\u00bd", "14": "\u00bc", "34": "\u00be", "'e": "\u00e9",
    "`e": "\u00e8", ":u": "\u00fc", ":o": "\u00f6", "'a": "\u00e1", "hy": "-", "mi": "\u2212",
    "<=": "\u2264", ">=": "\u2265", "Eu": "\u20ac", "eu": "\u20ac", "sc": "\u00a7",
    "dg": "\u2020", "dd": "\u2021", "ct": "\u00a2", "Do": "$", "aq": "'", "dq": '"',
}


def plain(s: str) -> str:
    """The text troff prints for a piece of input (the escapes used in round 7)."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == "'":
            out.append("\u2019")
            i += 1
            continue
        if ch == "`":
            out.append("\u2018")
            i += 1
            continue
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        i += 1
        e = s[i] if i < n else ""
        i += 1
        if e in "fF":  # font: \fB \f(HB \f[HNB]
            if s[i] == "(":
                i += 3
            elif s[i] == "[":
                i = s.index("]", i) + 1
            else:
                i += 1
        elif e == "s":  # size: \s-1 \s+2 \s0 \s(10 \s[8]
            if s[i] == "[":
                i = s.index("]", i) + 1
            elif s[i] == "(":
                i += 3
            else:
                if s[i] in "+-":
                    i += 1
                if s[i] == "(":
                    i += 3
                else:
                    i += 1
        elif e == "(":
            out.append(NAMED[s[i:i + 2]])
            i += 2
        elif e == "[":
            j = s.index("]", i)
            out.append(NAMED[s[i:j]])
            i = j + 1
        elif e in "hvwDlLoX":  # motions and drawing: \h'...'
            q = s[i]
            i = s.index(q, i + 1) + 1
        elif e == "-":
            out.append("\u2212")
        elif e in "&|^c%":
            pass
        elif e in " ~0":
            out.append(" ")
        elif e == "e":
            out.append("\\")
        else:
            raise ValueError(f"escape \\{e} not handled in {s!r}")
    return re.sub(r"\s+", " ", "".join(out)).strip()


# --------------------------------------------------------------------------- tbl


class Cell:
    def __init__(self, text: str, row: int, col: int):
        self.text, self.row, self.col = text, row, col
        self.rowspan = self.colspan = 1
        self.head = False


class Table:
    def __init__(self, marker: dict, title: str | None, line: int):
        self.marker, self.title, self.line = marker, title, line
        self.rows: list[list[Cell]] = []  # truth rows, after dropping rows without text
        self.n_cols = 0
        self.n_head = int(marker.get("head", 0))
        self.cont = "cont" in marker


KEY = re.compile(r"[lLrRcCnNaAsS^_=\-]")


def parse_format(lines: list[str]) -> list[list[str]]:
    """tbl format rows as lists of column keys (``|`` and modifiers dropped)."""
    rows = []
    for line in lines:
        for part in line.split(","):
            keys, i = [], 0
            while i < len(part):
                c = part[i]
                if c in "fF":  # font name: fB, f(HB, f[HNB], fHB followed by space
                    i += 1
                    if part[i] == "(":
                        i += 3
                    elif part[i] == "[":
                        i = part.index("]", i) + 1
                    else:
                        while i < len(part) and part[i] not in " \t.|" and not KEY.match(part[i]):
                            i += 1
                    continue
                if c in "wW":
                    i += 1
                    if part[i] == "(":
                        i = part.index(")", i) + 1
                    continue
                if c in "pPvV":
                    i += 1
                    while i < len(part) and (part[i] in "+-" or part[i].isdigit()):
                        i += 1
                    continue
                if KEY.match(c):
                    keys.append(c.lower())
                i += 1
            if keys:
                rows.append(keys)
    return rows


def parse_tbl(body: list[str], table: Table) -> None:
    """Fill ``table`` from the lines between .TS and .TE."""
    i = 0
    opts = body[0].strip()
    if opts.endswith(";"):
        tab = re.search(r"tab\s*\((.)\)", opts)
        sep = tab.group(1) if tab else "\t"
        i = 1
    else:
        sep = "\t"

    def read_format(i):
        lines = []
        while True:
            line = body[i].strip()
            i += 1
            lines.append(line.rstrip("."))
            if line.endswith("."):
                return parse_format(lines), i

    fmts, i = read_format(i)
    fmt_row = 0
    raw: list[list[tuple[str, str]]] = []  # per tbl row: (key, text) per column
    while i < len(body):
        line = body[i]
        i += 1
        if line.startswith(".T&"):
            fmts, i = read_format(i)
            fmt_row = 0
            continue
        if line.startswith(".") or line.startswith("'"):
            continue
        if line.strip() in ("_", "=", ""):
            continue
        # gather the data line with its text blocks
        entries: list[str] = []
        cur = line
        while True:
            parts = cur.split(sep)
            if parts[-1].rstrip() == "T{":
                entries += parts[:-1]
                block = []
                while not body[i].startswith("T}"):
                    if not body[i].startswith("."):
                        block.append(body[i])
                    i += 1
                rest = body[i][2:]
                i += 1
                entries.append(" ".join(block))
                if rest.startswith(sep):
                    cur = rest[1:]
                    continue
                break
            entries += parts
            break
        keys = fmts[min(fmt_row, len(fmts) - 1)]
        fmt_row += 1
        row = []
        k = 0
        for key in keys:
            if key == "s":  # tbl gives a spanned column no data entry
                text = ""
            elif key == "^":  # but reads (and ignores) one under a ^ key
                text = ""
                k += 1
            else:
                text = entries[k] if k < len(entries) else ""
                k += 1
            row.append((key, text))
        assert k >= len(entries) or not any(e.strip() for e in entries[k:]), f"excess data in {line!r}"
        raw.append(row)
    n_cols = max(len(r) for r in raw)
    # the grid of tbl rows
    owner: dict[tuple[int, int], Cell] = {}
    cells: list[Cell] = []
    for r, row in enumerate(raw):
        for c, (key, text) in enumerate(row):
            t = text.strip()
            if key == "s":
                left = owner[(r, c - 1)]
                owner[(r, c)] = left
                if left.row == r:
                    left.colspan = max(left.colspan, c - left.col + 1)
                continue
            if key == "^" or t == "\\^":
                up = owner[(r - 1, c)]
                owner[(r, c)] = up
                up.rowspan = max(up.rowspan, r - up.row + 1)
                continue
            if key in "_=-" or t in ("_", "=", "\\_", "\\=") or t.startswith("\\R"):
                t = ""
            cell = Cell(plain(t), r, c)
            owner[(r, c)] = cell
            cells.append(cell)
    # truth rows: tbl rows where a cell with text starts
    keep = sorted({c.row for c in cells if c.text})
    index = {r: k for k, r in enumerate(keep)}
    table.n_cols = n_cols
    table.rows = [[] for _ in keep]
    for c in cells:
        if not c.text:
            continue
        span = sum(1 for r in range(c.row, c.row + c.rowspan) if r in index)
        c.row, c.rowspan = index[c.row], span
        c.head = c.row < table.n_head
        table.rows[c.row].append(c)
    for row in table.rows:
        row.sort(key=lambda c: c.col)
    assert table.n_head <= len(table.rows)


class Doc:
    def __init__(self, path: Path):
        self.meta: dict[str, str] = {}
        self.tables: list[Table] = []
        lines = path.read_text(encoding="utf-8").split("\n")
        for n, line in enumerate(lines, start=1):  # groff 1.22 reads Latin-1: escapes only
            assert line.isascii() or line.startswith('.\\"'), f"{path.name}:{n}: not ASCII"
        marker = None
        title = None
        i = 0
        while i < len(lines):
            line = lines[i]
            m = re.match(r'\.\\"\s*@(\w+)\s*(.*)$', line)
            if m:
                key, val = m.groups()
                if key == "table":
                    marker = {}
                    for word in shlex.split(val):
                        k, _, v = word.partition("=")
                        marker[k] = v
                else:
                    self.meta[key] = (self.meta.get(key, "") + " " + val).strip()
            elif re.match(r"\.TT\b", line):
                title = plain(" ".join(shlex.split(line[3:])))
            elif line.startswith(".TS"):
                j = lines.index(".TE", i)
                if marker is None:
                    raise ValueError(f"{path.name}:{i + 1}: .TS without an @table comment")
                t = Table(marker, title, i + 1)
                parse_tbl(lines[i + 1:j], t)
                if t.cont:
                    t.title = self.tables[-1].title
                self.tables.append(t)
                marker = None
                i = j
            i += 1


# --------------------------------------------------------------------------- PDF


# groff and Ghostscript both read SOURCE_DATE_EPOCH for the dates they write, which
# makes the PDFs byte-for-byte reproducible (1 June 2024, 00:00 UTC)
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1717200000", "TZ": "UTC"}


def run_groff(src: Path, pdf: Path) -> None:
    ps = pdf.with_suffix(".ps")
    with open(ps, "wb") as fh:
        run = subprocess.run(["groff", "-t", "-Tps", "-P-pa4", "-ww", src.name], cwd=src.parent,
                             stdout=fh, stderr=subprocess.PIPE, text=False, timeout=120, env=ENV)
    err = run.stderr.decode("latin-1").strip()
    if run.returncode != 0 or err:
        raise RuntimeError(f"groff on {src.name}: {err[-800:]}")
    run = subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(pdf)], capture_output=True,
                         text=True, timeout=120, env=ENV)
    ps.unlink()
    if run.returncode != 0 or not pdf.exists():
        raise RuntimeError(f"ps2pdf on {src.name}: {run.stderr[-800:]}")


class Chars(Chars6):
    """Round 6's characters (tight boxes, non-space, text-layer order), with each
    character's baseline (the y of its origin, from the page's top) and font size, used
    to sort a row's characters into lines and runs."""

    def __init__(self, path: Path):
        import ctypes

        import pypdfium2.raw as raw

        super().__init__(path)
        self.base: list[float] = []
        self.size: list[float] = []
        x, y = ctypes.c_double(), ctypes.c_double()
        for n in range(len(self.pdf)):
            page = self.pdf[n]
            h = page.get_size()[1]
            tp = page.get_textpage()
            for k in range(tp.count_chars()):
                s = squash(tp.get_text_range(k, 1))
                if not s:
                    continue
                raw.FPDFText_GetCharOrigin(tp.raw, k, ctypes.byref(x), ctypes.byref(y))
                size = raw.FPDFText_GetFontSize(tp.raw, k)
                self.base += [h - y.value] * len(s)
                self.size += [size] * len(s)
        assert len(self.base) == len(self.text)


def lines_of(chars: Chars, ks) -> list[list[int]]:
    """Characters sorted into lines (by baseline), each line sorted by x."""
    lines: list[list[int]] = []
    for k in sorted(ks, key=lambda k: chars.base[k]):
        if lines and abs(chars.base[k] - chars.base[lines[-1][0]]) <= 0.15 * max(chars.size[k], 1.0):
            lines[-1].append(k)
        else:
            lines.append([k])
    for line in lines:
        line.sort(key=lambda k: chars.box[k][0])
    return lines


def place(group: list[Cell], chars: Chars, pos: int) -> dict[int, list[int]]:
    """Which characters of the group's span (found as a window holding exactly the
    group's characters) are each cell's. Fast path: the text layer has the cells one
    after another. Else the span's characters are sorted into lines (by baseline) and
    along each line by x, cut into runs where a line ends or a gap is wider than half
    the font size, and each run is given to a cell whose
    text continues with it (a small search)."""
    texts = [squash(c.text) for c in group]
    total = sum(len(t) for t in texts)
    if chars.text[pos:pos + total] == "".join(texts):
        at, p = {}, pos
        for i, t in enumerate(texts):
            at[i] = list(range(p, p + len(t)))
            p += len(t)
        return at
    runs: list[list[int]] = []
    for line in lines_of(chars, range(pos, pos + total)):
        for j, k in enumerate(line):
            if j and chars.box[k][0] - chars.box[line[j - 1]][2] <= 0.5 * chars.size[k]:
                runs[-1].append(k)
            else:
                runs.append([k])
    run_text = ["".join(chars.text[k] for k in run) for run in runs]
    done = [0] * len(group)
    owner: list[int] = []
    seen: set = set()

    def search(r: int) -> bool:
        if r == len(runs):
            return all(done[i] == len(texts[i]) for i in range(len(group)))
        key = (r, tuple(done))
        if key in seen:
            return False
        seen.add(key)
        for i in range(len(group)):
            if texts[i].startswith(run_text[r], done[i]):
                done[i] += len(run_text[r])
                owner.append(i)
                if search(r + 1):
                    return True
                owner.pop()
                done[i] -= len(run_text[r])
        return False

    if not search(0):
        raise ValueError(f"cells of the row with {group[0].text!r} not placed: runs {run_text}")
    pieces: dict[int, list[int]] = {}
    for r, i in enumerate(owner):
        pieces.setdefault(i, []).extend(runs[r])
    return pieces


def groups_of(table: Table) -> list[list[Cell]]:
    """The header rows, then each body row or rows joined by a cell spanning them."""
    groups = []
    if table.n_head:
        groups.append([c for row in table.rows[:table.n_head] for c in row])
    r = table.n_head
    while r < len(table.rows):
        end = r
        k = r
        while k <= end:
            for c in table.rows[k]:
                end = max(end, c.row + c.rowspan - 1)
            k += 1
        groups.append([c for row in table.rows[r:end + 1] for c in row])
        r = end + 1
    return [g for g in groups if g]


def locate(table: Table, chars: Chars, cursor: int):
    """Find the table's row groups one after another in the text from ``cursor`` on;
    the first place where every group is found and placed is taken."""
    groups = groups_of(table)
    texts = ["".join(squash(c.text) for c in g) for g in groups]
    n = len(chars.text)
    p = cursor
    last_error = None
    while True:
        p = _find_window(chars, p, n, texts[0])
        if p < 0:
            raise ValueError(f"table at line {table.line}: not found after the table before"
                             + (f" ({last_error})" if last_error else ""))
        try:
            found, end = _locate_at(table, groups, texts, chars, p)
            break
        except ValueError as exc:
            last_error = exc
            p += 1
    pages = {pg for _, pg, _ in found}
    if len(pages) != 1:
        raise ValueError(f"table at line {table.line} runs over pages {sorted(pages)}")
    return found, pages.pop(), end


def _locate_at(table, groups, texts, chars, p):
    found = []
    odd = 0
    for group, text in zip(groups, texts):
        odd += chars.text[p:p + len(text)] != text
        if not _window(chars, p, text):
            raise ValueError(f"table at line {table.line}: row with {group[0].text!r} not at its place")
        for i, ps in place(group, chars, p).items():
            read = "".join(chars.text[k] for line in lines_of(chars, ps) for k in line)
            if read != squash(group[i].text):
                raise ValueError(f"cell {group[i].text!r} reads {read!r} on the page")
            found.append((group[i], chars.page[ps[0]], union([chars.box[q] for q in ps])))
        p += len(text)
    make_round6.OUT_OF_ORDER[0] += odd
    return found, p


def truth_tables(doc: Doc, chars: Chars) -> list[dict]:
    out = []
    number = 0
    cursor = 0
    for t in doc.tables:
        if not t.cont:
            number += 1
        found, page, cursor = locate(t, chars, cursor)
        cells = [{"row": c.row, "col": c.col, "row_span": c.rowspan, "col_span": c.colspan,
                  "text": c.text, "header": c.head, "bbox": box} for c, _, box in found]
        cells.sort(key=lambda c: (c["row"], c["col"]))
        part = {"page": page, "bbox": union([c["bbox"] for c in cells]), "rows": len(t.rows),
                "cols": t.n_cols, "header_rows": t.n_head, "repeated_header": t.cont and t.n_head > 0,
                "table": number, "part": 1, "of": 1}
        if t.cont:
            prev = out[-1]
            assert prev["table"] == number and page > prev["page"], f"part on page {page} after {prev['page']}"
            part["part"] = prev["part"] + 1
        if t.title:
            part["title"] = t.title
        part["cells"] = cells
        out.append(part)
    for part in out:
        part["of"] = max(p["part"] for p in out if p["table"] == part["table"])
    return out


def check(truth: dict, chars: Chars) -> None:
    """Round 6's checks, but a cell's words are looked for in its page's text as the
    characters stand on the page (lines top to bottom, each left to right) as well as in
    the text layer's order: pdfium moves a text object written after others on its line
    to its place along the line."""
    assert 1 <= truth["pages"] <= 2, f"{truth['doc']}: {truth['pages']} pages"
    assert truth["set"] in ("dev", "heldout")
    on_page = {}
    for n in range(1, truth["pages"] + 1):
        ks = [k for k in range(len(chars.text)) if chars.page[k] == n]
        on_page[n] = "".join(chars.text[k] for line in lines_of(chars, ks) for k in line)
    for t in truth["tables"]:
        width, height = truth["page_sizes"][t["page"] - 1]
        x0, top, x1, bottom = t["bbox"]
        assert 0 <= x0 < x1 <= width and 0 <= top < bottom <= height, (truth["doc"], t["bbox"])
        taken = set()
        texts = (chars.page_text[t["page"] - 1], on_page[t["page"]])
        for c in t["cells"]:
            assert c["text"].strip()
            for word in re.split(r"[\s\-\u2010\u2011]+", c["text"]):
                assert any(squash(word) in text for text in texts), (truth["doc"], c["text"], word)
            for r in range(c["row"], c["row"] + c["row_span"]):
                for k in range(c["col"], c["col"] + c["col_span"]):
                    assert (r, k) not in taken and r < t["rows"] and k < t["cols"], (truth["doc"], c)
                    taken.add((r, k))
        # every row and column of the grid holds a cell
        assert {r for r, _ in taken} == set(range(t["rows"])), (truth["doc"], t["table"], "empty row")
        assert {k for _, k in taken} == set(range(t["cols"])), (truth["doc"], t["table"], "empty column")
        assert t["header_rows"] < t["rows"]
    make_round6.check_boxes(truth, chars)


def truth_for(source: Path, pdf: Path, png: Path | None = None) -> dict:
    """The checked truth of a document: its tables from the troff source, placed in the PDF."""
    doc = Doc(source)
    chars = Chars(pdf)
    try:
        head = {"doc": source.stem, "set": doc.meta["set"], "round": ROUND, "title": doc.meta["title"],
                "description": doc.meta.get("description", "")}
        return make_round6.checked_truth(head, truth_tables(doc, chars), chars, check, png)
    finally:
        chars.close()


def build(source: Path, out: Path, png: Path | None = None) -> dict:
    pdf = out / f"{source.stem}.pdf"
    run_groff(source, pdf)
    truth = truth_for(source, pdf, png)
    (out / f"{source.stem}.json").write_text(truth_json(truth), encoding="utf-8")
    return truth


def main(argv=None) -> int:
    return make_round6.build_cli(argv, __doc__.split("\n\n")[0], sorted(SRC.glob("t*.tr")), build,
                                 "t181,t185", "cell")


if __name__ == "__main__":
    sys.exit(main())
