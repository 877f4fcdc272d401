"""Draw the table-structure benchmark: PDFs and their cell-level ground truth.

    python benchmarks/tables/make_tables.py [--out DIR] [--styles]

Every document is one TOML file in ``specs/`` (its set, page furniture and content as
a list of blocks: title, heading, para, bullets, contents, twocol, table, side, page;
README.md describes the keys). This script holds only the drawing code, including how
a document's "producer" writes its tables (layout keys ``rules_as``, ``text_as``,
``cell_order``: rules as lines or filled rectangles, text as lines, words or single
characters, cells row by row or column by column). For each document it writes ``<id>.pdf`` and
``<id>.json`` into ``out/`` (or ``--out DIR``): the truth, in the ICDAR 2013 table
competition's convention - each table (each page part of a table split over a page
break is a table of its own) with its page, its bbox and its cells (row, col, row_span,
col_span, text; the non-empty cells of the header and body only: the title above and
the notes below are not part of the table), and the pages that hold no table.
``--styles`` prints how many tables of each style each round and set holds.

Round 2 (t41 on, ``[document] round = 2``) added table keys - ``rules = "vertical"``
(rules between columns only; ``vertical_outer``, ``header_rule``) and ``"box"`` (a frame
only), ``bottom_rule``, ``cell_fill`` / ``cell_gap`` / ``stub_fill`` (every cell shaded on
its own, white gutters; a cell's own ``fill``), ``align`` "D" (decimal points under one
another), a body row's ``valign``, ``foot`` (footnote lines drawn inside the table's
rules, not cells of it) - embedded TrueType fonts (layout ``font = "dejavusans"`` or
``"dejavuserif"``), and the block kinds in more_blocks.py.

Round 3 (t71 on, ``round = 3``) added, in round3_blocks.py, table options (header text
turned 90 degrees, dot leaders in the stub, body cells spanning rows with their own
vertical alignment, a cell's lines given explicitly, flags and raised marks drawn as
smaller separate text, a bold column, no-break spaces in figures) and block kinds
(vector charts, "at a glance" tiles, committee agendas, prose with line numbers,
watermarks, pages drawn turned with or without /Rotate 90), and its checks.

Round 4 (t101 on, ``round = 4``) added, in round4_blocks.py, a header set apart only by
its font (``header_italic``, ``header_size``, a cell's ``size``), a unit line between a
table's title and its header (``unit``), block kinds laid out like tables that are not
(definition lists, lines at tab stops: contents pages without leaders, lists of
tables, reference lists; a questionnaire of tick boxes) and its checks.

Round 5 (t131 on, ``round = 5``) added, in round5_blocks.py, other ways of drawing and
writing a table: dashed and dotted rules (``rule_style``), a table shaded all over with
white rules (``body_fill``), a double rule under the header, a heavier rule over totals,
letter-spaced header text (``header_spacing``), cells written bottom row first or from
the last column (layout ``cell_order = "reverse"`` or ``"rtl"``); block kinds laid out
like tables that are not (timelines, bar charts set as text, key facts boxes, endnotes,
two-column indexes and contents pages, RAG scorecards, letter-spaced headings) and its
checks.

The PDFs use the core fonts (rounds 2-5 also DejaVu, subset and embedded) and a
fixed creation date, so a rerun gives the same bytes.
Every document is checked as it is written (with pypdfium2): each line of each truth
cell's text is found in the page's text, and the cell's text is exactly the text inside
the cell's box (whitespace aside); each table's box
holds its cells' text and nothing else; page counts are 1-3; tables marked ``split``
break over a page and no other table does; every line round 2's and round 3's blocks
draw outside a table is in the page's text; tables on a page, and cells of a table, do
not overlap; round 3's charts, tiles, agendas and numbered prose lie outside every
table, each page's /Rotate is as drawn, turned header text is read as turned
characters, and on a page with a watermark its letters are left out of the text
compared; a table drawn with no rules and no shading has no vector path in its box, and
(round 4) every character in a table's box lies wholly inside one of its cells; (round 5)
a table with dashed or dotted rules has many short paths and no solid rule in its box, and
a table written bottom to top or from the last column is read first from its last row or
column. A failed check raises.

Coordinates in the truth are PDF points from the page's top-left corner:
bbox = [x0, top, x1, bottom].
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
from more_blocks import MoreBlocks, table_features_r2  # noqa: E402  (round 2's block kinds)
import round3_blocks as r3  # noqa: E402  (round 3's block kinds and table features)
import round4_blocks as r4  # noqa: E402  (round 4's block kinds, table options and checks)
import round5_blocks as r5  # noqa: E402  (round 5's block kinds, table options and checks)

SPECS = HERE / "specs"
OUT = HERE / "out"
FIXED_DATE = datetime(2020, 1, 1, tzinfo=timezone.utc)
PT = 72 / 25.4  # points per mm
MAX_BYTES = 6_500_000  # the whole set, PDFs and truth files (5 MB before round 5, 4 MB before round 4)

COLOURS = {
    "light": (222, 234, 246), "grey": (235, 235, 235), "pale": (245, 245, 245),
    "green": (226, 239, 218), "sand": (250, 240, 220), "dark": (31, 73, 125),
    "teal": (0, 98, 105), "purple": (84, 48, 110), "black": (0, 0, 0),
    "white": (255, 255, 255), "mid": (200, 200, 200),
}
DARK = {"dark", "teal", "purple", "black"}  # fills that take white text

# TrueType fonts a document may use (layout ``font``), embedded as subsets
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
TRUETYPE = {
    "dejavusans": {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf",
                   "I": "DejaVuSans-Oblique.ttf", "BI": "DejaVuSans-BoldOblique.ttf"},
    "dejavuserif": {"": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf",
                    "I": "DejaVuSerif-Italic.ttf", "BI": "DejaVuSerif-BoldItalic.ttf"},
}


def colour(value) -> tuple[int, int, int] | None:
    if value in (None, "", False):
        return None
    if isinstance(value, str):
        return COLOURS[value]
    return tuple(value)


# --------------------------------------------------------------------------- the page


class Doc(FPDF):
    """A4 page, core fonts (cp1252), an optional running header and a footer."""

    def __init__(self, layout: dict, info: dict):
        super().__init__(orientation=layout.get("orientation", "P"), unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.base_font = layout.get("font", "helvetica")
        if self.base_font in TRUETYPE:  # round 2: an embedded TrueType font
            for style, file in TRUETYPE[self.base_font].items():
                path = FONT_DIR / file
                if not path.exists():
                    raise FileNotFoundError(f"{path} (Debian package fonts-dejavu-core) is needed "
                                            f"for documents in {self.base_font}")
                self.add_font(self.base_font, style, str(path))
        self.body_size = layout.get("size", 10)
        left, top, right = layout.get("margins", [20, 20, 20])
        self.set_margins(left, top, right)
        self.set_auto_page_break(True, margin=layout.get("bottom", 22))
        self.set_creation_date(FIXED_DATE)
        self.set_creator("iro benchmarks/tables/make_tables.py")
        self.set_title(info.get("title", ""))
        self.set_author(layout.get("author", ""))
        self.set_subject("Invented figures for a table-structure benchmark")
        self.running_header = layout.get("header")
        self.footer_text = layout.get("footer", "Page {n}")
        self.furniture_size = layout.get("furniture_size", 8)

    def header(self):
        if self.page in getattr(self, "sideways_pages", ()):  # round 3: drawn turned, by b_sideways
            self.set_xy(self.l_margin, self.t_margin)
            self.set_font(self.base_font, size=self.body_size)
            return
        if self.running_header:
            self.set_font(self.base_font, size=self.furniture_size)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 10)
            self.cell(self.epw, 4, self.running_header, align="R")
            self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, self.t_margin)
        self.set_font(self.base_font, size=self.body_size)

    def footer(self):
        if not self.footer_text or self.page in getattr(self, "sideways_pages", ()):
            return
        self.set_y(-13)
        self.set_font(self.base_font, size=self.furniture_size)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.footer_text.replace("{n}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)


# --------------------------------------------------------------------------- tables


@dataclass
class Cell:
    row: int
    col: int
    text: str
    rows: int = 1
    cols: int = 1
    header: bool = False
    bold: bool = False
    italic: bool = False
    indent: float = 0.0  # mm
    align: str = "L"
    lines: list[str] = field(default_factory=list)  # the text as drawn, line by line
    fill: tuple | None = None  # round 2: a cell's own shading (tables with cell_fill)
    # round 3 (round3_blocks.py): text turned 90 degrees, a flag or a raised mark drawn
    # smaller after the text, the cell's own vertical alignment, lines given explicitly,
    # a dot leader after the stub's text
    rotate: bool = False
    flag: str = ""
    sup: str = ""
    valign: str | None = None
    forced: list[str] | None = None
    leader: bool = False
    size: float | None = None  # round 4: the cell's own font size (a header set smaller or larger)


@dataclass
class Row:
    kind: str  # header | body | group
    bold: bool = False
    fill: tuple | None = None
    rule_above: bool = False
    valign: str | None = None  # the table's body valign unless set
    subtotal: bool = False  # a bold row that is not the last (round 2's hierarchical stubs)


@dataclass
class Grid:
    cells: list[Cell]
    rows: list[Row]
    n_cols: int
    n_header: int


def _item(value) -> dict:
    return {"text": value} if isinstance(value, str) else dict(value)


def parse_grid(spec: dict) -> Grid:
    """The table's logical grid, placed as HTML places cells: a cell spanning rows
    (``rows``) or columns (``cols``) takes the positions it covers and the next item of
    a later row goes to the first free position."""
    header = spec.get("header", [])
    body = spec["rows"]
    cells: list[Cell] = []
    meta: list[Row] = []
    taken: set[tuple[int, int]] = set()
    indent_step = spec.get("indent", 4.0)
    aligns = spec.get("align", "")
    header_align = spec.get("header_align", "C")

    def place(r: int, items: list, *, head: bool, bold=False, italic=False, indent=0.0):
        c = 0
        for raw in items:
            item = _item(raw)
            while (r, c) in taken:
                c += 1
            stub = not head and c == 0 and spec.get("stub_bold", False)
            bold_col = not head and c in spec.get("bold_cols", ())  # round 3: a bold column
            cell = Cell(r, c, item.get("text", ""), item.get("rows", 1), item.get("cols", 1),
                        header=head, bold=item.get("bold", bold or stub or bold_col), italic=italic,
                        fill=colour(item.get("fill")))
            r3.cell_options(cell, item)
            r4.cell_options(cell, item, spec, head)
            for rr in range(r, r + cell.rows):
                for cc in range(c, c + cell.cols):
                    if (rr, cc) in taken:
                        raise ValueError(f"cell {cell.text!r} overlaps at {rr},{cc}")
                    taken.add((rr, cc))
            if head:
                ha = header_align[c] if len(header_align) > 1 else header_align
                cell.align = item.get("align", ha).upper()
            else:
                cell.align = item.get("align", aligns[c] if c < len(aligns) else "R").upper()
                if c == 0:
                    cell.indent = indent
            cells.append(cell)
            c += cell.cols

    r = 0
    for items in header:
        meta.append(Row("header", bold=True))
        place(r, items, head=True, bold=spec.get("header_bold", True),
              italic=spec.get("header_italic", False))
        r += 1
    for raw in body:
        if isinstance(raw, list):
            meta.append(Row("body"))
            place(r, raw, head=False)
        elif "group" in raw:
            style = spec.get("group_style", "B")
            meta.append(Row("group", bold="B" in style, fill=colour(raw.get("fill")),
                            rule_above=raw.get("rule_above", False)))
            place(r, [raw["group"]], head=False, bold="B" in style, italic="I" in style,
                  indent=raw.get("indent", 0) * indent_step)
        else:
            meta.append(Row("body", bold=raw.get("bold", False), fill=colour(raw.get("fill")),
                            rule_above=raw.get("rule_above", False), valign=raw.get("valign")))
            place(r, raw["cells"], head=False, bold=raw.get("bold", False),
                  italic=raw.get("italic", False), indent=raw.get("indent", 0) * indent_step)
        r += 1
    n_cols = max(c.col + c.cols for c in cells)
    for rr in range(r):  # every position of every row is covered, or the data is wrong
        for cc in range(n_cols):
            if (rr, cc) in taken:
                continue
            if meta[rr].kind != "group":
                raise ValueError(f"row {rr} of table {spec.get('title', '')!r} has no cell at column {cc}")
            cells.append(Cell(rr, cc, ""))  # a group heading row: empty beside its heading
    cells.sort(key=lambda c: (c.row, c.col))
    return Grid(cells, meta, n_cols, len(header))


class TableDrawer:
    """Sizes and draws one table; records the truth of each page part."""

    def __init__(self, writer: "Writer", spec: dict, x0: float | None = None,
                 width: float | None = None):
        self.w = writer
        self.pdf = writer.pdf
        self.spec = spec
        self.grid = parse_grid(spec)
        r5.table_options(self)  # round 5: every body row shaded (white rules over it)
        self.size = spec.get("font_size", 9)
        self.line_h = spec.get("line_h", round(self.size * 0.42, 2))
        self.pad = spec.get("pad", 1.5)
        self.vpad = spec.get("vpad", 1.0)
        self.rules = spec.get("rules", "none")
        self.header_fill = colour(spec.get("header_fill"))
        self.header_text = colour(spec.get("header_text")) or (
            (255, 255, 255) if spec.get("header_fill") in DARK else (0, 0, 0))
        self.zebra = colour(spec.get("zebra"))
        self.flag_room = r3.flag_rooms(self)  # round 3: room kept after figures for their flags
        self.area_x = self.pdf.l_margin if x0 is None else x0
        self.area_w = self.pdf.epw if width is None else width
        self.widths = self._widths()
        self.x0 = self.area_x
        if spec.get("place", "left") == "center":
            self.x0 = self.area_x + (self.area_w - sum(self.widths)) / 2
        self._wrap_all()
        self.heights = self._heights()
        self.foot = self._foot_lines()  # round 2: footnote lines drawn inside the table's rules
        self.parts: list[dict] = []
        r5.reset_spacing(self)  # round 5: no letter-spacing left over from sizing the header

    # sizes -------------------------------------------------------------
    def font(self, cell: Cell):
        style = ("B" if cell.bold else "") + ("I" if cell.italic else "")
        self.pdf.set_font(self.pdf.base_font, style=style, size=cell.size or self.size)
        if "header_spacing" in self.spec:  # round 5: letter-spaced header text
            r5.spacing(self, cell)

    def lh(self, cell: Cell) -> float:
        """A cell's line height: the table's, or (round 4) its own size's."""
        return r4.line_h(self, cell) if cell.size else self.line_h

    def text_w(self, cell: Cell, text: str) -> float:
        self.font(cell)
        return self.pdf.get_string_width(text)

    def longest_word(self, cell: Cell) -> float:
        return max((self.text_w(cell, word) for word in cell.text.split()), default=0.0)

    def _widths(self) -> list[float]:
        g, pad = self.grid, self.pad
        if "widths" in self.spec:
            widths = [float(v) for v in self.spec["widths"]]
            if len(widths) != g.n_cols:
                raise ValueError(f"{len(widths)} widths for {g.n_cols} columns")
            return widths
        col_min = self.spec.get("col_min", 14.0)
        stub_max = self.spec.get("stub_max", 62.0)
        need = [col_min] * g.n_cols
        need[0] = 0.0
        for cell in g.cells:
            if cell.cols != 1:
                continue
            if cell.header and cell.rotate:  # round 3: turned text is as wide as its lines
                want = len(r3.rot_lines(self, cell)) * self.line_h + 2 * pad
            elif cell.header:
                want = self.longest_word(cell) + 2 * pad
                if self.spec.get("header_nowrap"):
                    want = self.text_w(cell, cell.text) + 2 * pad
            elif cell.col == 0:
                want = min(self.text_w(cell, cell.text) + cell.indent, stub_max) + 2 * pad
                want = max(want, self.longest_word(cell) + cell.indent + 2 * pad)
            else:
                want = self.text_w(cell, cell.text) + 2 * pad
            if cell.forced or cell.flag or cell.sup:  # round 3
                want = r3.cell_need(self, cell, want)
            need[cell.col] = max(need[cell.col], want)
        for col, (whole, frac) in self.decimal_parts().items():
            need[col] = max(need[col], whole + frac + 2 * pad)
        for cell in g.cells:  # a spanning cell fits its longest word
            if cell.cols > 1:
                want = self.longest_word(cell) + 2 * pad
                have = sum(need[cell.col:cell.col + cell.cols])
                if want > have:
                    need[cell.col + cell.cols - 1] += want - have
        width = self.spec.get("width", "full")
        if width == "fit":
            return need
        target = self.area_w if width == "full" else float(width)
        extra = target - sum(need)
        if extra < -0.01:
            raise ValueError(f"table {self.spec.get('title', '')!r} needs {sum(need):.1f} mm, "
                             f"has {target:.1f}")
        spread = self.spec.get("spread", "even")
        if spread == "stub":
            need[0] += extra
        elif spread == "even":
            for j in range(1, g.n_cols):
                need[j] += extra / (g.n_cols - 1)
        else:  # "mixed": half to the stub, half over the data columns
            need[0] += extra / 2
            for j in range(1, g.n_cols):
                need[j] += extra / 2 / (g.n_cols - 1)
        return need

    def decimal_parts(self) -> dict[int, tuple[float, float]]:
        """For each column with decimal-aligned body cells (align ``D``): the widest
        part before the decimal point and the widest part from it on."""
        out: dict[int, tuple[float, float]] = {}
        for cell in self.grid.cells:
            if cell.align != "D" or cell.header or not cell.text:
                continue
            whole, frac = _decimal_split(cell.text)
            w0, f0 = out.get(cell.col, (0.0, 0.0))
            out[cell.col] = (max(w0, self.text_w(cell, whole)), max(f0, self.text_w(cell, frac)))
        return out

    def _foot_lines(self) -> list[str]:
        """Footnote lines inside the table's rules (``foot``), wrapped to its width."""
        if not self.spec.get("foot"):
            return []
        size = self.spec.get("foot_size", self.size - 1)
        self.pdf.set_font(self.pdf.base_font, size=size)
        room = sum(self.widths) - 2 * self.pad
        lines = []
        for note in self.spec["foot"]:
            lines += self.w._wrap_text(note, room + 2 * self.pdf.c_margin)
        return lines

    def foot_h(self) -> float:
        if not self.foot:
            return 0.0
        size = self.spec.get("foot_size", self.size - 1)
        return len(self.foot) * size * 0.42 + 2 * self.vpad

    def span_w(self, cell: Cell) -> float:
        return sum(self.widths[cell.col:cell.col + cell.cols])

    def _wrap_all(self):
        for cell in self.grid.cells:
            if cell.rotate:  # round 3: turned header text
                cell.lines = r3.rot_lines(self, cell)
                continue
            room = self.span_w(cell) - 2 * self.pad - cell.indent
            if cell.flag or cell.sup:  # round 3: the room left before a flag or mark
                room -= r3.extra_w(self, cell)
            cell.lines = list(cell.forced) if cell.forced else self.wrap(cell, room)
            if cell.leader:  # round 3: a dot leader to the end of the stub
                r3.add_leader(self, cell, room)

    def wrap(self, cell: Cell, room: float) -> list[str]:
        if not cell.text:
            return []
        lines, line = [], ""
        words = cell.text.split()
        if any(ch in cell.text for ch in r3.NO_BREAK):  # round 3: "1 234" with a no-break space
            words = cell.text.split(" ")
        for word in words:
            trial = f"{line} {word}" if line else word
            if self.text_w(cell, trial) <= room + 1e-6 or not line:
                if not line and self.text_w(cell, word) > room + 1e-6:
                    raise ValueError(f"{word!r} does not fit in {room:.1f} mm "
                                     f"(table {self.spec.get('title', '')!r})")
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
        return lines

    def _heights(self) -> list[float]:
        g = self.grid
        min_lines = self.spec.get("min_lines", 1)
        heights = [max(1, min_lines) * self.line_h + 2 * self.vpad for _ in g.rows]
        for cell in g.cells:
            if cell.rows == 1:
                need = len(cell.lines) * self.lh(cell) + 2 * self.vpad
                if cell.rotate:  # round 3: turned text is as tall as its longest line
                    need = r3.rot_height(self, cell)
                heights[cell.row] = max(heights[cell.row], need)
        for cell in g.cells:
            if cell.rows > 1:
                need = len(cell.lines) * self.lh(cell) + 2 * self.vpad
                if cell.rotate:
                    need = r3.rot_height(self, cell)
                have = sum(heights[cell.row:cell.row + cell.rows])
                if need > have:
                    heights[cell.row + cell.rows - 1] += need - have
        gap = self.spec.get("row_gap", 0.0)  # extra air between body rows (unruled tables)
        return [h + (gap if g.rows[i].kind != "header" else 0) for i, h in enumerate(heights)]

    def header_h(self) -> float:
        return sum(self.heights[:self.grid.n_header])

    def total_h(self) -> float:
        return sum(self.heights)

    # drawing -----------------------------------------------------------
    def draw(self, split: bool, repeat_header: bool, continued: str | None):
        """Draw from the current y; break over pages between body rows when ``split``."""
        pdf, g = self.pdf, self.grid
        trigger = pdf.page_break_trigger
        body = list(range(g.n_header, len(g.rows)))
        header = list(range(g.n_header))
        part_rows: list[list[int]] = [header[:]]
        y = pdf.get_y() + self.header_h()
        for i in body:
            h = self.heights[i]
            # a group heading row is not left alone at the foot of a page
            after = self.heights[i + 1] if g.rows[i].kind == "group" and i + 1 < len(g.rows) else 0
            if y + h + after > trigger and len(part_rows[-1]) > len(header):
                if not split:
                    raise ValueError(f"table {self.spec.get('title', '')!r} does not fit on its page")
                self._draw_part(part_rows[-1], len(self.parts) > 0 and repeat_header, last=False)
                pdf.add_page(orientation=self.w.orientation)
                if continued:
                    self.w.caption(continued, self.area_x, self.area_w)
                part_rows.append(header[:] if repeat_header else [])
                y = pdf.get_y() + (self.header_h() if repeat_header else 0)
            part_rows[-1].append(i)
            y += h
        self._draw_part(part_rows[-1], len(self.parts) > 0 and repeat_header, last=True)

    def _draw_part(self, rows: list[int], repeated: bool, last: bool):
        pdf, g = self.pdf, self.grid
        top = pdf.get_y()
        ys: dict[int, float] = {}
        y = top
        for i in rows:
            ys[i] = y
            y += self.heights[i]
        bottom = y  # the table's (truth) box ends here
        frame_bottom = bottom + (self.foot_h() if last else 0.0)  # its rules may not
        if frame_bottom > pdf.page_break_trigger + 0.01:
            raise ValueError(f"table {self.spec.get('title', '')!r} runs past the foot of page {pdf.page}")
        x_at = [self.x0 + sum(self.widths[:j]) for j in range(g.n_cols + 1)]
        rowset = set(rows)
        cells = [c for c in g.cells if c.row in rowset]
        for c in cells:
            if any(r not in rowset for r in range(c.row, c.row + c.rows)):
                raise ValueError(f"cell {c.text!r} spans rows split over a page break")
        left, right = x_at[0], x_at[-1]

        # fills
        if self.spec.get("cell_fill"):  # round 2: every cell shaded on its own, white gutters
            self._cell_fills(rows, ys, x_at)
        body_index = 0
        for i in rows if not self.spec.get("cell_fill") else ():
            fill = g.rows[i].fill
            if g.rows[i].kind == "header":
                fill = self.header_fill
            elif self.zebra is not None and fill is None:
                if body_index % 2 == self.spec.get("zebra_phase", 0):
                    fill = self.zebra
                body_index += 1
            if fill:
                pdf.set_fill_color(*fill)
                pdf.rect(left, ys[i], right - left, self.heights[i], style="F")
        for c in cells if not self.spec.get("cell_fill") else ():  # a cell's own shading
            if c.fill:
                pdf.set_fill_color(*c.fill)
                pdf.rect(x_at[c.col], ys[c.row], x_at[c.col + c.cols] - x_at[c.col],
                         sum(self.heights[c.row:c.row + c.rows]), style="F")
        pdf.set_fill_color(255, 255, 255)

        # text, cell by cell: row by row, or column by column (the order of the content stream)
        saved_margin = pdf.c_margin
        pdf.c_margin = 0
        truth_cells = []
        valign_head = self.spec.get("header_valign", "bottom")
        valign_body = self.spec.get("valign", "top")
        order = self.w.layout.get("cell_order", "rows")
        decimals = self.decimal_parts()
        for c in sorted(cells, key=r5.cell_sort_key(order)):  # round 5 adds reversed orders
            cx, cy = x_at[c.col], ys[c.row]
            cw = x_at[c.col + c.cols] - cx
            ch = sum(self.heights[c.row:c.row + c.rows])
            if c.lines:
                self.font(c)
                if c.header:
                    pdf.set_text_color(*self.header_text)
                lh = self.lh(c)
                text_h = len(c.lines) * lh
                valign = valign_head if c.header else (g.rows[c.row].valign or valign_body)
                if c.valign:  # round 3: a cell's own vertical alignment
                    valign = c.valign
                if valign == "top":
                    ty = cy + self.vpad
                elif valign == "bottom":
                    ty = cy + ch - self.vpad - text_h
                else:
                    ty = cy + (ch - text_h) / 2
                extra = r3.extra_w(self, c) if (c.flag or c.sup) else 0.0
                if c.rotate:  # round 3: text turned 90 degrees, reading upwards
                    r3.draw_rotated(self, c, cx, cy, cw, ch)
                for k, line in enumerate(c.lines if not c.rotate else ()):
                    if c.align == "D":  # decimal points in a column under one another
                        frac = self.text_w(c, _decimal_split(line)[1])
                        room = cw - 2 * self.pad - c.indent - (decimals[c.col][1] - frac)
                        self.put_line(cx + self.pad + c.indent, ty, room, line, "R", lh)
                    else:
                        self.put_line(cx + self.pad + c.indent, ty, cw - 2 * self.pad - c.indent - extra,
                                      line, c.align, lh)
                    if extra and k == len(c.lines) - 1:  # round 3: a flag or raised mark after it
                        r3.draw_extra(self, c, cx + self.pad + c.indent, ty,
                                      cw - 2 * self.pad - c.indent - extra, line)
                    ty += lh
                pdf.set_text_color(0, 0, 0)
                truth_cells.append({
                    "row": rows.index(c.row), "col": c.col, "row_span": c.rows,
                    "col_span": c.cols, "text": r3.truth_text(c), "header": c.header,
                    "bbox": _pt_box(cx, cy, cx + cw, cy + ch), "_lines": r3.truth_lines(c)})
        truth_cells.sort(key=lambda t: (t["row"], t["col"]))
        if last and self.foot:  # footnote lines inside the rules: not cells of the table
            size = self.spec.get("foot_size", self.size - 1)
            pdf.set_font(pdf.base_font, size=size)
            fy = bottom + self.vpad
            for line in self.foot:
                self.put_line(left + self.pad, fy, right - left - 2 * self.pad, line, "L")
                self.w.note_text(line)
                fy += size * 0.42
        pdf.c_margin = saved_margin

        # rules
        thin, thick = self.spec.get("rule", 0.2), self.spec.get("thick_rule", 0.5)
        rule = colour(self.spec.get("rule_colour", "black"))
        header_rows = [i for i in rows if g.rows[i].kind == "header"]
        header_bottom = ys[header_rows[-1]] + self.heights[header_rows[-1]] if header_rows else None
        if self.rules == "grid":
            for c in cells:
                cx, cy = x_at[c.col], ys[c.row]
                self.box(cx, cy, x_at[c.col + c.cols] - cx, sum(self.heights[c.row:c.row + c.rows]),
                         thin, rule)
            if frame_bottom > bottom:
                self.box(left, bottom, right - left, frame_bottom - bottom, thin, rule)
        elif self.rules in ("vertical", "box"):  # round 2: column rules only; a frame only
            self._rules_r2(rows, ys, x_at, top, bottom, frame_bottom, header_bottom, thin, rule)
        elif self.rules in ("booktabs", "rows", "frame"):
            outer = thick if self.rules == "booktabs" else thin
            self.hline(left, right, top, outer, rule)
            self.hline(left, right, frame_bottom, outer, rule)
            if frame_bottom > bottom and self.spec.get("foot_rule", True):
                self.hline(left, right, bottom, thin, rule)
            if header_bottom is not None:
                self.hline(left, right, header_bottom, thin, rule)
            if self.rules == "booktabs":  # short rules under the spanning group headings
                for c in cells:
                    if c.header and c.cols > 1 and c.row + c.rows < g.n_header:
                        yb = ys[c.row] + sum(self.heights[c.row:c.row + c.rows])
                        self.hline(x_at[c.col] + 1, x_at[c.col + c.cols] - 1, yb, thin, rule)
            if self.rules == "rows":
                for i in rows[:-1]:
                    if g.rows[i].kind != "header":
                        spans = r3.spanned_below(g, i)  # round 3: not through a cell spanning rows
                        if not spans:
                            self.hline(left, right, ys[i] + self.heights[i], thin, rule)
                        for a, b in r3.segments(spans, g.n_cols):
                            self.hline(x_at[a], x_at[b], ys[i] + self.heights[i], thin, rule)
            if self.rules == "frame":
                self.vline(left, top, frame_bottom, thin, rule)
                self.vline(right, top, frame_bottom, thin, rule)
        elif self.rules != "none":
            raise ValueError(f"unknown rules {self.rules!r}")
        if self.rules in ("none", "booktabs", "frame"):
            for i in rows:
                if g.rows[i].rule_above and i != rows[0]:
                    self.hline(left, right, ys[i], thin, rule)
            if self.rules == "none" and self.spec.get("header_rule") and header_bottom is not None:
                self.hline(left, right, header_bottom, thin, rule)
            if self.rules == "none" and self.spec.get("bottom_rule"):
                self.hline(left, right, frame_bottom, thin, rule)
        r5.extra_rules(self, rows, ys, left, right, header_bottom, thin, rule)  # round 5
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_fill_color(255, 255, 255)

        self.parts.append({
            "page": pdf.page, "bbox": _pt_box(left, top, right, bottom),
            "rows": len(rows), "cols": g.n_cols,
            "header_rows": len(header_rows), "cells": truth_cells,
            "repeated_header": repeated})
        pdf.set_xy(pdf.l_margin, frame_bottom)

    def _cell_fills(self, rows: list[int], ys: dict[int, float], x_at: list[float]):
        """Round 2's shading-only tables: each cell (empty ones too) a filled box, a
        white gutter of ``cell_gap`` mm between neighbours; header cells in the header
        fill, body cells in ``cell_fill`` (or a row's own fill)."""
        g, pdf = self.grid, self.pdf
        gap = self.spec.get("cell_gap", 0.6)
        body_fill = colour(self.spec["cell_fill"])
        stub_fill = colour(self.spec.get("stub_fill")) or body_fill
        rowset = set(rows)
        covered = {(c.row, cc) for c in g.cells for cc in range(c.col, c.col + c.cols)}
        boxes = [(c.row, c.col, c.rows, c.cols, c.fill) for c in g.cells if c.row in rowset]
        boxes += [(r, cc, 1, 1, None) for r in rows for cc in range(g.n_cols) if (r, cc) not in covered]
        for r, cc, nr, nc, own in sorted(boxes, key=lambda b: b[:4]):
            kind = g.rows[r].kind
            fill = own or (self.header_fill if kind == "header" else g.rows[r].fill
                           or (stub_fill if cc == 0 else body_fill))
            if kind == "group" and self.spec.get("group_span_fill", True):
                if cc > 0:
                    continue  # a group heading row is one shaded band
                nc = g.n_cols
            if not fill:
                continue
            x0, x1 = x_at[cc] + gap / 2, x_at[cc + nc] - gap / 2
            y0 = ys[r] + gap / 2
            y1 = ys[r] + sum(self.heights[r:r + nr]) - gap / 2
            pdf.set_fill_color(*fill)
            pdf.rect(x0, y0, x1 - x0, y1 - y0, style="F")
        pdf.set_fill_color(255, 255, 255)

    def _rules_r2(self, rows, ys, x_at, top, bottom, frame_bottom, header_bottom, thin, rule):
        """``vertical``: a rule between columns, broken where a cell spans the boundary
        (``vertical_outer`` adds the two sides; ``header_rule`` a rule under the header);
        ``box``: the outer frame only."""
        g = self.grid
        left, right = x_at[0], x_at[-1]
        if self.rules == "box":
            self.box(left, top, right - left, frame_bottom - top, thin, rule)
            return
        spans = {}  # (row, boundary) -> True where a cell crosses column boundary j
        for c in g.cells:
            for j in range(c.col + 1, c.col + c.cols):
                for r in range(c.row, c.row + c.rows):
                    spans[(r, j)] = True
        for r in rows:
            if g.rows[r].kind == "group":
                for j in range(1, g.n_cols):
                    spans[(r, j)] = self.spec.get("group_breaks_rules", False)
        for j in range(1, g.n_cols):
            y_start = None
            for r in rows + [None]:
                crossing = r is not None and spans.get((r, j), False)
                if r is not None and not crossing:
                    y_start = ys[r] if y_start is None else y_start
                    continue
                if y_start is not None:
                    y_end = ys[r] if r is not None else bottom
                    self.vline(x_at[j], y_start, y_end, thin, rule)
                    y_start = None
        if self.spec.get("vertical_outer"):
            self.box(left, top, right - left, frame_bottom - top, thin, rule)
        elif frame_bottom > bottom:
            self.hline(left, right, bottom, thin, rule)
        if self.spec.get("header_rule") and header_bottom is not None:
            self.hline(left, right, header_bottom, thin, rule)


    # how the page's producer writes text and rules --------------------------
    def put_line(self, x: float, y: float, w: float, line: str, align: str,
                 lh: float | None = None):
        """One line of a cell. The layout's ``text_as`` says how a producer writes it:
        ``lines`` (one string, spaces included), ``words`` (each word placed on its own,
        no space characters) or ``chars`` (each character placed on its own)."""
        pdf = self.pdf
        mode = self.w.layout.get("text_as", "lines")
        lh = lh or self.line_h
        if mode == "lines":
            pdf.set_xy(x, y)
            pdf.cell(w, lh, line, align=align)
            return
        width = pdf.get_string_width(line)
        start = x if align == "L" else x + w - width if align == "R" else x + (w - width) / 2
        baseline = y + 0.5 * lh + 0.3 * pdf.font_size  # where cell() puts it
        if mode == "words":
            pieces, at = [], 0
            for word in line.split(" "):
                pieces.append((line.index(word, at), word))
                at = pieces[-1][0] + len(word)
        elif mode == "chars":
            pieces = [(k, ch) for k, ch in enumerate(line) if ch != " "]
        else:
            raise ValueError(f"unknown text_as {mode!r}")
        for offset, piece in pieces:
            pdf.text(start + pdf.get_string_width(line[:offset]), baseline, piece)

    def hline(self, x0, x1, y, width, rgb):
        self._rule(x0, y - width / 2, x1 - x0, width, (x0, y, x1, y), width, rgb)

    def vline(self, x, y0, y1, width, rgb):
        self._rule(x - width / 2, y0, width, y1 - y0, (x, y0, x, y1), width, rgb)

    def box(self, x, y, w, h, width, rgb):
        self.hline(x, x + w, y, width, rgb)
        self.hline(x, x + w, y + h, width, rgb)
        self.vline(x, y, y + h, width, rgb)
        self.vline(x + w, y, y + h, width, rgb)

    def _rule(self, rx, ry, rw, rh, line, width, rgb):
        """A rule: a stroked line, or (layout ``rules_as = "rect"``, as many word
        processors and spreadsheets write them) a thin filled rectangle."""
        pdf = self.pdf
        if self.spec.get("rule_style"):  # round 5: dashed or dotted rules (short segments)
            r5.broken_rule(self, rx, ry, rw, rh, line, width, rgb)
            return
        if self.w.layout.get("rules_as", "lines") == "rect":
            pdf.set_fill_color(*rgb)
            pdf.rect(rx, ry, rw, rh, style="F")
        else:
            pdf.set_draw_color(*rgb)
            pdf.set_line_width(width)
            pdf.line(*line)


def _decimal_split(text: str) -> tuple[str, str]:
    """A number's text split where its decimal point is (or would be): "12.5%" ->
    ("12", ".5%"), "(3)" -> ("(3", ")"), "n/a" -> ("n/a", "")."""
    if "." in text and re.search(r"\d\.\d", text):
        k = re.search(r"\d\.\d", text).start() + 1
        return text[:k], text[k:]
    digits = [m.end() for m in re.finditer(r"\d", text)]
    if not digits:
        return text, ""
    return text[:digits[-1]], text[digits[-1]:]


def _pt_box(x0, top, x1, bottom) -> list[float]:
    return [round(x0 * PT, 2), round(top * PT, 2), round(x1 * PT, 2), round(bottom * PT, 2)]


# --------------------------------------------------------------------------- blocks


class Writer(MoreBlocks, r3.Round3Blocks, r4.Round4Blocks, r5.Round5Blocks):
    """Draws a document's blocks top to bottom and collects the truth. Round 2's block
    kinds (columns, jpara, tablist, legend, orgchart, signatures, addresses, form) are
    in more_blocks.py."""

    colour_of = staticmethod(colour)
    colour_names = COLOURS

    def __init__(self, data: dict):
        self.data = data
        self.info = data["document"]
        self.layout = data.get("layout", {})
        self.orientation = self.layout.get("orientation", "P")
        self.pdf = Doc(self.layout, self.info)
        self.size = self.layout.get("size", 10)
        self.leading = self.layout.get("leading", round(self.size * 0.5, 2))
        self.align = "J" if self.layout.get("justify") else "L"
        self.tables: list[dict] = []
        self.features: list[dict] = []  # one per table (all its parts)
        self.page_kinds: dict[int, set[str]] = {}
        self.drawn_text: dict[int, list[str]] = {}  # lines outside tables that the checks look for
        self.r3_boxes: dict[int, list] = {}  # round 3: boxes of charts, tiles, agendas (not tables)
        self.watermarks: set[int] = set()  # round 3: pages with a watermark
        self.sideways: dict[int, int] = {}  # round 3: pages drawn turned -> their /Rotate
        self.rotated_cells: list = []  # round 3: (page, bbox) of header cells with turned text
        self.pdf.add_page()

    def note_text(self, line: str):
        self.drawn_text.setdefault(self.pdf.page, []).append(line)

    def mark(self, what: str):
        self.page_kinds.setdefault(self.pdf.page, set()).add(what)

    def font(self, style="", size=None):
        self.pdf.set_font(self.pdf.base_font, style=style, size=size or self.size)

    def keep(self, h: float):
        if self.pdf.get_y() + h > self.pdf.page_break_trigger:
            self.pdf.add_page(orientation=self.orientation)

    def draw(self, block: dict):
        kind = block["type"]
        getattr(self, f"b_{kind}")(block)

    # prose -------------------------------------------------------------
    def b_page(self, block):
        self.orientation = block.get("orientation", self.layout.get("orientation", "P"))
        self.pdf.add_page(orientation=self.orientation)

    def b_space(self, block):
        self.pdf.ln(block.get("h", 4))

    def b_title(self, block):
        self.font("B", block.get("size", 17))
        self.pdf.multi_cell(0, block.get("size", 17) * 0.45, block["text"], align="L",
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if block.get("subtitle"):
            self.font("", self.size + 1)
            self.pdf.multi_cell(0, self.leading + 0.5, block["subtitle"],
                                new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(block.get("after", 5))
        self.mark("prose")

    def b_heading(self, block):
        level = block.get("level", 1)
        size = {1: self.size + 3, 2: self.size + 1, 3: self.size}[level]
        self.pdf.ln(block.get("before", 2.5))
        self.keep(block.get("keep", 28))
        self.font("B" if level < 3 else "BI", size)
        self.pdf.multi_cell(0, size * 0.45, block["text"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(1.5)
        self.mark("prose")

    def b_para(self, block):
        self.font(block.get("style", ""))
        self.pdf.multi_cell(block.get("width", 0), self.leading, _flat(block["text"]),
                            align=block.get("align", self.align),
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(block.get("after", 2.5))
        self.mark("prose")

    def b_bullets(self, block):
        self.font()
        mark_w = block.get("indent", 6)
        for n, item in enumerate(block["items"], start=1):
            mark = f"{n}." if block.get("numbered") else block.get("mark", "\u2022")
            self.pdf.set_x(self.pdf.l_margin + block.get("margin", 2))
            self.pdf.cell(mark_w, self.leading, mark)
            self.pdf.multi_cell(0, self.leading, _flat(item), align=self.align,
                                new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.pdf.ln(block.get("gap", 1))
        self.pdf.ln(2)
        self.mark("list")

    def b_contents(self, block):
        """A contents list: entry, dot leader, page number."""
        pdf = self.pdf
        h = block.get("h", self.leading + 1.5)
        self.font()
        width = block.get("width", pdf.epw)
        for entry in block["entries"]:
            number, text, page = entry if len(entry) == 3 else ("", *entry)
            level = 1 if "." in number.strip(".") else 0
            x = pdf.l_margin + level * 8
            label = f"{number}  {text}" if number else text
            self.font("B" if level == 0 and block.get("bold_top") else "")
            lw = pdf.get_string_width(label + " ")
            pw = pdf.get_string_width(" " + page)
            dot = pdf.get_string_width(".")
            dots = "." * max(3, int((pdf.l_margin + width - x - lw - pw) / dot) - 1)
            pdf.set_xy(x, pdf.get_y())
            pdf.cell(lw, h, label + " ")
            pdf.cell(pdf.l_margin + width - x - lw - pw, h, dots, align="R")
            pdf.cell(pw, h, " " + page, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
        self.mark("contents")

    def b_twocol(self, block):
        """Paragraphs set in two balanced columns (no page break inside)."""
        pdf = self.pdf
        gap = block.get("gap", 8)
        col_w = (pdf.epw - gap) / 2
        self.font()
        lines: list[str | None] = []
        for para in block["paras"]:
            if lines:
                lines.append(None)  # paragraph space
            lines += self._wrap_text(_flat(para), col_w)
        half = (len(lines) + 1) // 2
        if lines[half - 1] is None:
            half -= 1
        left, right = lines[:half], lines[half:]
        while right and right[0] is None:
            right.pop(0)
        h = self.leading
        height = max(len(left), len(right)) * h
        self.keep(height)
        y0 = pdf.get_y()
        for column, x in ((left, pdf.l_margin), (right, pdf.l_margin + col_w + gap)):
            y = y0
            for line in column:
                if line:
                    pdf.set_xy(x, y)
                    pdf.cell(col_w, h, line)
                y += h
        pdf.set_xy(pdf.l_margin, y0 + height + block.get("after", 3))
        self.mark("twocol")

    def _wrap_text(self, text: str, width: float) -> list[str]:
        out, line = [], ""
        for word in text.split():
            trial = f"{line} {word}" if line else word
            if self.pdf.get_string_width(trial) <= width - 2 * self.pdf.c_margin or not line:
                line = trial
            else:
                out.append(line)
                line = word
        if line:
            out.append(line)
        return out

    def caption(self, text: str, x: float | None = None, width: float = 0):
        """A table's title, in the layout's caption style, at x (default: the margin)."""
        size = self.layout.get("caption_size", self.size)
        self.font(self.layout.get("caption_style", "B"), size)
        self.pdf.set_x(self.pdf.l_margin if x is None else x)
        self.pdf.multi_cell(width, size * 0.45, text, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.pdf.ln(1.5)

    def notes(self, notes: list[str], x: float, width: float):
        size = self.layout.get("note_size", max(7, self.size - 2))
        for note in notes:
            self.font(self.layout.get("note_style", ""), size)
            self.pdf.set_x(x)
            self.pdf.multi_cell(width, size * 0.42, note, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.pdf.set_x(self.pdf.l_margin)

    # tables ------------------------------------------------------------
    def b_table(self, block, x0=None, width=None, check_fit=True):
        pdf = self.pdf
        table = TableDrawer(self, block, x0, width)
        split = block.get("split", False)
        title = block.get("title")
        title_h = 0.0
        if title:
            self.font("B", self.size)
            title_h = pdf.multi_cell(width or pdf.epw, self.size * 0.45, title, dry_run=True,
                                     output="HEIGHT") + 1.5
        title_h += r4.unit_h(self, block, table)  # round 4: a unit line under the title
        first_rows = table.grid.n_header + (2 if split else len(table.grid.rows))
        need = title_h + sum(table.heights[:first_rows])  # the title stays with the first rows
        if not split:
            need += table.foot_h()
        if check_fit:
            self.keep(need + block.get("space_before", 2))
            pdf.ln(block.get("space_before", 2))
        self.mark("table")
        top_page = pdf.page
        if title:
            self.caption(title, table.area_x, table.area_w)
        r4.draw_unit(self, block, table)  # round 4: "Thousands of persons", "EUR million"
        table.draw(split, block.get("repeat_header", True), block.get("continued"))
        parts = table.parts
        if split and len(parts) < 2:
            raise ValueError(f"table {title!r} is marked split but fits on page {top_page} "
                             f"({table.total_h():.0f} mm from y={pdf.get_y() - table.total_h():.0f})")
        if not split and len(parts) != 1:
            raise ValueError(f"table {title!r} broke over a page")
        for page in range(parts[0]["page"], parts[-1]["page"] + 1):
            self.page_kinds.setdefault(page, set()).add("table")
        pdf.ln(block.get("gap_after_table", 1.5))
        if block.get("notes"):
            self.notes(block["notes"], table.x0 if x0 is None else x0, width or pdf.epw)
        pdf.ln(block.get("after", 4))
        pdf.set_x(pdf.l_margin)
        number = len(self.features) + 1
        for k, part in enumerate(parts, start=1):
            part["table"] = number
            part["part"] = k
            part["of"] = len(parts)
            if title:
                part["title"] = title
            self.tables.append(part)
        self.features.append(table_features(table, block, parts, self))
        return table

    def b_side(self, block):
        """A paragraph with a narrow table beside it (no page break inside)."""
        pdf = self.pdf
        tw = block.get("table_width", 75)
        gap = block.get("gap", 7)
        text_w = pdf.epw - tw - gap
        self.font()
        text_h = pdf.multi_cell(text_w, self.leading, _flat(block["text"]), dry_run=True,
                                output="HEIGHT")
        spec = dict(block["table"])
        spec.setdefault("width", tw)
        probe = TableDrawer(self, spec, 0, tw)
        title_h = 12 if spec.get("title") else 0
        self.keep(max(text_h, title_h + probe.total_h()) + 6)
        pdf.ln(2)
        y0 = pdf.get_y()
        on_right = block.get("table_side", "right") == "right"
        tx = pdf.l_margin + text_w + gap if on_right else pdf.l_margin  # the table's x
        px = pdf.l_margin if on_right else pdf.l_margin + tw + gap  # the paragraph's x
        pdf.set_xy(px, y0)
        self.font()
        pdf.multi_cell(text_w, self.leading, _flat(block["text"]), align=self.align,
                       new_x=XPos.LEFT, new_y=YPos.NEXT)
        text_end = pdf.get_y()
        pdf.set_xy(tx, y0)
        self.b_table(spec | {"after": 0, "space_before": 0}, x0=tx, width=tw, check_fit=False)
        table_end = pdf.get_y()
        pdf.set_xy(pdf.l_margin, max(text_end, table_end) + block.get("after", 4))
        self.mark("side")
        self.features[-1]["beside prose"] = 1


def _flat(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- styles

NUMERIC = re.compile(r"^[£$]?\(?-?[\d,]+(\.\d+)?\)?%?[a-z*†]?$")


def table_features(table: TableDrawer, spec: dict, parts: list[dict], writer: Writer) -> dict:
    """What a table shows, counted from what was drawn (not from labels in the data)."""
    g = table.grid
    body = [c for c in g.cells if not c.header]
    texts = [c.text for c in body]
    f: Counter = Counter()
    rules = table.rules
    f["rules: full grid"] = rules == "grid"
    f["rules: horizontal only"] = rules in ("booktabs", "rows")
    f["rules: frame and header rule"] = rules == "frame"
    f["rules: none"] = rules == "none"
    f["zebra rows"] = table.zebra is not None
    f["header shaded"] = table.header_fill is not None
    f["multi-line header cell"] = any(c.header and len(c.lines) > 1 for c in g.cells)
    f["two or more header rows"] = g.n_header >= 2
    f["spanning header cell"] = any(c.header and (c.cols > 1 or c.rows > 1) for c in g.cells)
    f["no header row"] = g.n_header == 0
    f["multi-line body cell"] = any(len(c.lines) > 1 for c in body)
    f["indented stub"] = any(c.indent > 0 for c in body)
    f["row-group heading rows"] = any(r.kind == "group" for r in g.rows)
    f["bold totals row"] = any(r.bold and r.kind == "body" for r in g.rows)
    f["spanning body cell"] = any(c.cols > 1 or c.rows > 1 for c in body)
    positions = {(c.row, cc) for c in g.cells for cc in range(c.col, c.col + c.cols)}
    f["empty cells"] = any(c.text == "" for c in body if g.rows[c.row].kind == "body") or any(
        (r, cc) not in positions for r, row in enumerate(g.rows) if row.kind == "body"
        for cc in range(g.n_cols))
    f["symbol cells ('-', '..', '[x]')"] = any(t in ("-", "..", "\u2013", "[x]", "[c]", "[z]") for t in texts)
    f["footnote markers"] = any(re.search(r"\d[a-z*†]$", t) for t in texts)
    f["thousands commas"] = any(re.search(r"\d,\d{3}", t) for t in texts)
    f["percentages"] = any(t.endswith("%") for t in texts)
    f["negative in brackets"] = any(re.fullmatch(r"£?\(£?[\d,.]+\)", t) for t in texts)
    f["currency £"] = any("£" in t for t in texts)
    f["narrow (2-3 columns)"] = g.n_cols <= 3
    f["wide (8+ columns)"] = g.n_cols >= 8
    f["landscape page"] = writer.orientation == "L"
    f["title above"] = bool(spec.get("title"))
    f["notes or source below"] = bool(spec.get("notes"))
    f["split over a page break"] = len(parts) > 1
    f["header repeated after break"] = len(parts) > 1 and spec.get("repeat_header", True)
    f["centred on page"] = spec.get("place") == "center"
    f["on a two-column page"] = "twocol" in writer.page_kinds.get(parts[0]["page"], set())
    f.update(table_features_r2(table, spec))
    f.update(r3.table_features_r3(table, spec, parts, writer))
    f.update(r4.table_features_r4(table, spec, parts, writer))
    f.update(r5.table_features_r5(table, spec, parts, writer))
    return {k: int(v) for k, v in f.items()}


# --------------------------------------------------------------------------- documents


def load_spec(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def spec_paths(folder: Path = SPECS) -> list[Path]:
    return sorted(folder.glob("*.toml"))


@dataclass
class Built:
    doc: str
    set: str
    pdf: bytes
    truth: dict
    features: list[dict]
    page_kinds: dict[int, list[str]]
    layout: dict
    round: int = 1
    drawn_text: dict = field(default_factory=dict)
    watermarks: set = field(default_factory=set)  # round 3
    r3_boxes: dict = field(default_factory=dict)  # round 3: charts, tiles, agendas, numbered prose
    sideways: dict = field(default_factory=dict)  # round 3: pages drawn turned -> /Rotate
    rotated_cells: list = field(default_factory=list)  # round 3: (page, bbox) of turned header text


def render(data: dict) -> Built:
    info = data["document"]
    writer = Writer(data)
    for block in data.get("block", ()):
        writer.draw(block)
    # a two-column page's tables are counted once every block of the page is drawn
    for feats, first in zip(writer.features, [t for t in writer.tables if t["part"] == 1]):
        feats["on a two-column page"] = int("twocol" in writer.page_kinds.get(first["page"], set()))
    r3.after_blocks(writer)  # round 3's styles that need the whole document
    r5.after_blocks(writer)  # round 5: tables stacked with only a title between
    pdf_bytes = bytes(writer.pdf.output())
    n_pages = writer.pdf.pages_count
    sizes = []
    for n in range(1, n_pages + 1):
        w, h = writer.pdf.pages[n].dimensions()
        sizes.append([round(w, 2), round(h, 2)])
    with_tables = {t["page"] for t in writer.tables}
    truth = {
        "doc": info["id"], "set": info["set"],
        **({"round": info["round"]} if "round" in info else {}),  # round 1's files have none
        "title": info.get("title", ""),
        "description": _flat(info.get("description", "")), "pages": n_pages,
        "page_sizes": sizes,
        "pages_without_tables": [n for n in range(1, n_pages + 1) if n not in with_tables],
        **(r3.truth_pages(writer, n_pages) if info.get("round", 1) >= 3 else {}),  # round 3
        "tables": writer.tables,
    }
    kinds = {n: sorted(writer.page_kinds.get(n, ())) for n in range(1, n_pages + 1)}
    return Built(info["id"], info["set"], pdf_bytes, truth, writer.features, kinds, writer.layout,
                 info.get("round", 1), writer.drawn_text, writer.watermarks, writer.r3_boxes,
                 writer.sideways, writer.rotated_cells)


def check(built: Built) -> None:
    """The truth agrees with the PDF's text layer; raise if not."""
    import pypdfium2 as pdfium

    truth = built.truth
    if not 1 <= truth["pages"] <= 3:
        raise AssertionError(f"{built.doc}: {truth['pages']} pages (1-3 wanted)")
    if built.set not in ("dev", "heldout"):
        raise AssertionError(f"{built.doc}: set {built.set!r}")
    pdf = pdfium.PdfDocument(built.pdf)
    try:
        if len(pdf) != truth["pages"]:
            raise AssertionError(f"{built.doc}: page count differs from the truth")
        for table in truth["tables"]:
            page = pdf[table["page"] - 1]
            # the unrotated page's height (round 3 has pages with /Rotate 90)
            height = page.get_size()[1] if page.get_rotation() % 180 == 0 else page.get_size()[0]
            textpage = page.get_textpage()
            full = _squash(textpage.get_text_range())
            marked = table["page"] in built.watermarks  # round 3: leave the watermark's letters out

            def inside(box):
                x0, top, x1, bottom = box
                if marked:
                    return _squash(r3.text_in_box(textpage, box, height))
                return _squash(textpage.get_text_bounded(left=x0, bottom=height - bottom,
                                                         right=x1, top=height - top))

            where = f"{built.doc} p{table['page']} table {table['table']}.{table['part']}"
            for cell in table["cells"]:
                text = _squash(cell["text"])
                for line in cell["_lines"]:  # pdfium orders a page's text line by line
                    if _squash(line) not in full:
                        raise AssertionError(f"{where}: {line!r} not in the page's text")
                found = inside(cell["bbox"])
                if found != text:
                    raise AssertionError(f"{where}: cell box holds {found!r}, truth says {text!r}")
            within = inside(table["bbox"])
            expected = "".join(_squash(c["text"]) for c in table["cells"])
            if sorted(within) != sorted(expected):
                raise AssertionError(f"{where}: table box holds other text than its cells: "
                                     f"{''.join(sorted(Counter(within) - Counter(expected)))!r}")
            if not table["cells"]:
                raise AssertionError(f"{where}: no cells")
            textpage.close()
            page.close()
        if built.round not in (1, 2, 3, 4, 5):
            raise AssertionError(f"{built.doc}: round {built.round!r}")
        check_round2(built, pdf)
        r3.check_round3(built, pdf)
        r4.check_round4(built, pdf)
        r5.check_round5(built, pdf)
    finally:
        pdf.close()


def check_round2(built: Built, pdf) -> None:
    """The checks round 2 added (round 1's documents pass them too): every line drawn
    outside a table by round 2's blocks (lists, keys, forms, charts, footnote lines
    inside a table's rules) is in its page's text; no two tables on a page overlap;
    each cell lies inside its table's box and no two cells of a table overlap."""
    for number, lines in built.drawn_text.items():
        page = pdf[number - 1]
        textpage = page.get_textpage()
        full = _squash(textpage.get_text_range())
        for line in lines:
            if _squash(line) not in full:
                raise AssertionError(f"{built.doc} p{number}: {line!r} not in the page's text")
        textpage.close()
        page.close()

    def overlap(a, b):
        return min(a[2], b[2]) - max(a[0], b[0]) > 0.05 and min(a[3], b[3]) - max(a[1], b[1]) > 0.05

    tables = built.truth["tables"]
    for k, a in enumerate(tables):
        where = f"{built.doc} p{a['page']} table {a['table']}.{a['part']}"
        for b in tables[k + 1:]:
            if a["page"] == b["page"] and overlap(a["bbox"], b["bbox"]):
                raise AssertionError(f"{where} overlaps table {b['table']}.{b['part']}")
        x0, top, x1, bottom = a["bbox"]
        for n, c in enumerate(a["cells"]):
            cx0, ctop, cx1, cbottom = c["bbox"]
            if cx0 < x0 - 0.05 or cx1 > x1 + 0.05 or ctop < top - 0.05 or cbottom > bottom + 0.05:
                raise AssertionError(f"{where}: cell {c['text']!r} lies outside the table")
            for d in a["cells"][n + 1:]:
                if overlap(c["bbox"], d["bbox"]):
                    raise AssertionError(f"{where}: cells {c['text']!r} and {d['text']!r} overlap")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("\ufffe", "").replace("\x02", "")


def truth_json(truth: dict) -> str:
    """The truth file's text (without the drawn lines the checks use)."""
    def dump(value) -> str:
        return json.dumps(value, ensure_ascii=False)

    out = ["{"]
    for key, value in truth.items():
        if key != "tables":
            out.append(f" {dump(key)}: {dump(value)},")
    out.append(' "tables": [')
    for k, table in enumerate(truth["tables"]):
        out.append("  {")
        for key, value in table.items():
            if key != "cells":
                out.append(f"   {dump(key)}: {dump(value)},")
        out.append('   "cells": [')
        cells = [{k2: v for k2, v in c.items() if not k2.startswith("_")} for c in table["cells"]]
        out += [f"    {dump(c)}" + ("," if n < len(cells) - 1 else "") for n, c in enumerate(cells)]
        out.append("   ]")
        out.append("  }" + ("," if k < len(truth["tables"]) - 1 else ""))
    out.append(" ]")
    out.append("}")
    text = "\n".join(out) + "\n"
    json.loads(text)  # still JSON
    return text


def build_all(out: Path, folder: Path = SPECS) -> list[Built]:
    out.mkdir(parents=True, exist_ok=True)
    built = []
    seen = set()
    total = 0
    for path in spec_paths(folder):
        data = load_spec(path)
        doc = data["document"]["id"]
        if doc != path.stem:
            raise AssertionError(f"{path.name}: id {doc!r} differs from the file name")
        if doc in seen:
            raise AssertionError(f"duplicate id {doc}")
        seen.add(doc)
        b = render(data)
        check(b)
        (out / f"{doc}.pdf").write_bytes(b.pdf)
        text = truth_json(b.truth)
        (out / f"{doc}.json").write_text(text, encoding="utf-8")
        built.append(b)
        total += len(b.pdf) + len(text.encode("utf-8"))
    if total > MAX_BYTES:
        raise AssertionError(f"the PDFs and truth files come to {total} bytes (limit {MAX_BYTES})")
    return built


def style_counts(built: list[Built]) -> str:
    """A Markdown table: tables (and pages) of each style in each round and set."""
    rows: dict[str, Counter] = {}
    order: list[str] = []

    def add(name, b, n=1):
        if name not in rows:
            rows[name] = Counter()
            order.append(name)
        rows[name][(b.round, b.set)] += n

    for b in built:
        add("documents", b)
        add("pages", b, b.truth["pages"])
        add("tables (one per page part)", b, len(b.truth["tables"]))
        add("tables (as drawn)", b, len(b.features))
        add("cells (non-empty)", b, sum(len(t["cells"]) for t in b.truth["tables"]))
    for b in built:  # how the producer writes tables (see TableDrawer.put_line and _rule)
        add("documents: table rules as filled rectangles", b, b.layout.get("rules_as") == "rect")
        add("documents: table text placed word by word (no spaces)", b,
            b.layout.get("text_as") == "words")
        add("documents: table text placed character by character", b,
            b.layout.get("text_as") == "chars")
        add("documents: table cells written column by column", b,
            b.layout.get("cell_order") == "columns")
        add("documents: Times (others Helvetica or DejaVu)", b, b.layout.get("font") == "times")
        add("documents: embedded TrueType font (DejaVu Sans or Serif)", b,
            b.layout.get("font") in TRUETYPE)
    layouts = {"legend": "a key or legend", "orgchart": "an organisation chart",
               "signatures": "a signature block", "addresses": "addresses in columns",
               "form": "a form (labels and values)", "tablist": "a list with tab-aligned figures",
               "jpara": "justified prose placed word by word"}
    layouts.update(r3.LAYOUTS)  # round 3: charts, tiles, agendas, line-numbered prose
    layouts.update(r4.LAYOUTS)  # round 4: definition lists, lines at tab stops, questionnaires
    layouts.update(r5.LAYOUTS)  # round 5: timelines, text bar charts, key facts, endnotes, ...
    for b in built:
        per_page = Counter(t["page"] for t in b.truth["tables"])
        add("pages with two or more tables", b, sum(1 for n in per_page.values() if n >= 2))
        add("pages without a table", b, len(b.truth["pages_without_tables"]))
        kinds = b.page_kinds
        add("pages without a table, with a list or contents", b, sum(
            1 for n in b.truth["pages_without_tables"] if {"list", "contents"} & set(kinds[n])))
        add("pages without a table, with a non-table layout (below)", b, sum(
            1 for n in b.truth["pages_without_tables"] if set(layouts) & set(kinds[n])))
        add("pages with a contents list (dot leaders)", b,
            sum(1 for k in kinds.values() if "contents" in k))
        add("two-column prose pages", b, sum(1 for k in kinds.values() if "twocol" in k))
        add("pages in columns with a table in one of them", b,
            sum(1 for k in kinds.values() if "columns with a table" in k))
        for kind, name in layouts.items():
            add(f"pages with {name}", b, sum(1 for k in kinds.values() if kind in k))
        add("pages with a watermark", b, len(b.watermarks))
        add("pages drawn turned (content rotated 90 degrees)", b, len(b.sideways))
        add("pages with /Rotate 90", b, sum(1 for v in b.sideways.values() if v == 90))
    names: list[str] = []
    for b in built:
        for f in b.features:
            for k in f:
                if k not in names:
                    names.append(k)
    for name in names:
        for b in built:
            for f in b.features:
                add(f"tables: {name}", b, f.get(name, 0))
    keys = [(r, s) for r in sorted({b.round for b in built}) for s in ("dev", "heldout")]
    lines = ["| | " + " | ".join(f"round {r} {s}" for r, s in keys) + " |",
             "| --- |" + " ---: |" * len(keys)]
    for name in order:
        lines.append(f"| {name} | " + " | ".join(str(rows[name][k]) for k in keys) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--styles", action="store_true", help="print the style counts per set")
    args = parser.parse_args(argv)
    built = build_all(args.out)
    total = sum(len(b.pdf) for b in built)
    tables = sum(len(b.truth["tables"]) for b in built)
    print(f"{len(built)} documents, {tables} tables (page parts), {total / 1e6:.2f} MB -> {args.out}")
    if args.styles:
        print(style_counts(built))
    return 0


if __name__ == "__main__":
    sys.exit(main())
