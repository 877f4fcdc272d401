"""Round 3's block kinds, table options, styles and checks for make_tables.py.

Round 3 (t71-t100) adds what real government and council PDFs have and rounds 1-2 did
not. Tables (options read from a table's spec or a cell's item; see README.md):

* header text turned 90 degrees, reading upwards (a header cell's ``rotate``; the
  table's ``rotate_h`` is the most room, in mm, a turned line may take before it wraps);
* a dot leader after the stub's text, up to the next column (``leaders = true``, or a
  cell's ``leader``; ``leader_style`` "dots" or "spaced"): the dots are text and part of
  the stub cell's text in the truth, as they lie inside its box;
* body cells spanning rows (a cell's ``rows``, already read by parse_grid) with their own
  vertical alignment (a cell's ``valign``); ``rules = "rows"`` then leaves the rule out
  where such a cell spans it;
* a cell's lines given explicitly (a cell's ``lines``: a count over a percentage);
* flags drawn after a figure as separate, smaller text (a cell's ``flag``: "123" and
  "b", Eurostat style; a column with flags keeps room for them so its figures still line
  up) and raised footnote marks (a cell's ``sup``); the truth's text is the figure, a
  space and the flag or mark;
* a bold column (``bold_cols``: a totals column);
* figures with no-break or thin spaces as thousands separators ("1 234"), which are not
  places to wrap.

Block kinds (``Round3Blocks``, mixed into make_tables.Writer): ``chart`` (a bar, stacked
bar, horizontal bar or line chart drawn as vector rectangles and lines, with tick labels,
data labels, category labels and a key: not a table), ``tiles`` ("at a glance" boxes of a
big figure over a label in a grid: not tables, as in ICDAR 2013, where a table is a
grid of cells whose rows and columns relate), ``agenda`` (a committee agenda: item
numbers, titles and page references at a tab stop: not a table), ``linepara`` (prose
with line numbers in the margin: not a table), ``watermark`` (a big light grey diagonal
word across the page, drawn as text) and ``sideways`` (a page whose content is drawn
turned 90 degrees on a portrait page, optionally with ``/Rotate 90`` so a viewer shows it
as landscape).

Coordinates in the truth stay in the unrotated page's space (PDF points from the
MediaBox's top-left corner), also on pages drawn turned or marked ``/Rotate 90``; the
truth of a round 3 document also says each page's ``/Rotate`` (``page_rotate``) and which
pages are drawn turned (``sideways_pages``).
"""
from __future__ import annotations

import math
import re
from collections import Counter

from fpdf.enums import XPos, YPos
from fpdf.output import PDFPage

PT = 72 / 25.4
NO_BREAK = "\u00a0\u202f\u2009"  # no-break, narrow no-break and thin spaces
WATERMARK_MIN = 30.0  # points: a character box this big is a watermark's letter

PALETTE = {
    "blue": (46, 117, 182), "orange": (237, 125, 49), "navy": (31, 56, 100),
    "sky": (157, 195, 230), "gold": (255, 192, 0), "olive": (112, 173, 71),
    "rose": (192, 80, 77), "slate": (89, 89, 89), "lilac": (180, 167, 214),
    "aqua": (75, 172, 198), "tile": (232, 240, 248), "tile2": (242, 242, 242),
}


def _pt_box(x0, top, x1, bottom) -> list[float]:
    return [round(x0 * PT, 2), round(top * PT, 2), round(x1 * PT, 2), round(bottom * PT, 2)]


def _flat(text: str) -> str:
    return " ".join(text.split())


class RotatedPage(PDFPage):
    """A page whose dictionary says /Rotate 90 (a viewer turns it clockwise)."""
    __slots__ = ()

    def _build_obj_dict(self, security_handler=None):
        out = super()._build_obj_dict(security_handler)
        out["/Rotate"] = 90
        return out


# --------------------------------------------------------------------------- table cells


def cell_options(cell, item: dict) -> None:
    """A cell item's round 3 keys onto the Cell."""
    cell.rotate = bool(item.get("rotate", False))
    cell.flag = str(item.get("flag", ""))
    cell.sup = str(item.get("sup", ""))
    cell.valign = item.get("valign")
    cell.leader = bool(item.get("leader", False))
    if "lines" in item:
        cell.forced = [str(line) for line in item["lines"]]
        cell.text = " ".join(cell.forced)


def _small(t, cell, kind: str) -> float:
    """Set the font of a cell's flag or raised mark; return its size in points."""
    spec = t.spec
    size = spec.get(f"{kind}_size", round(t.size * (0.78 if kind == "flag" else 0.68), 2))
    style = spec.get(f"{kind}_style", "I" if kind == "flag" else "")
    if cell.bold and "B" not in style:
        style = "B" + style
    t.pdf.set_font(t.pdf.base_font, style=style, size=size)
    return size


def flag_rooms(t) -> dict[int, float]:
    """Mark the stub cells that take a dot leader (``leaders``) and return, per column,
    the room its flags take (the widest flag and its gap)."""
    g, spec = t.grid, t.spec
    if spec.get("leaders"):
        for c in g.cells:
            if (c.col == 0 and not c.header and c.text and c.cols == 1
                    and g.rows[c.row].kind == "body"
                    and any(d.row == c.row and d.col > 0 and d.text for d in g.cells)):
                c.leader = True
    rooms: dict[int, float] = {}
    for c in g.cells:
        if c.flag:
            _small(t, c, "flag")
            w = t.pdf.get_string_width(c.flag) + spec.get("flag_gap", 0.7)
            rooms[c.col] = max(rooms.get(c.col, 0.0), w)
    return rooms


def extra_w(t, cell) -> float:
    """The room kept after a cell's text for its flag or raised mark (mm)."""
    if cell.flag:
        return t.flag_room[cell.col]
    if cell.sup:
        _small(t, cell, "sup")
        w = t.pdf.get_string_width(cell.sup) + 0.25
        t.font(cell)  # back to the cell's own font
        return w
    return 0.0


def cell_need(t, cell, want: float) -> float:
    """A cell's width need with explicit lines and a flag or mark."""
    if cell.forced:
        indent = cell.indent if cell.col == 0 and not cell.header else 0.0
        want = max(t.text_w(cell, line) for line in cell.forced) + 2 * t.pad + indent
    return want + extra_w(t, cell)


def rot_lines(t, cell) -> list[str]:
    """A turned header cell's lines: wrapped where a line would be longer than the
    table's ``rotate_h`` (mm, less the padding)."""
    if cell.forced:
        return list(cell.forced)
    room = t.spec.get("rotate_h", 40.0) - 2 * t.vpad
    return t.wrap(cell, room)


def rot_height(t, cell) -> float:
    return max(t.text_w(cell, line) for line in cell.lines) + 2 * t.vpad


def draw_rotated(t, c, cx, cy, cw, ch) -> None:
    """A header cell's text turned 90 degrees anticlockwise (reading upwards), starting
    at the foot of the cell, its lines side by side and centred across the column."""
    pdf = t.pdf
    x = cx + (cw - len(c.lines) * t.line_h) / 2
    y = cy + ch - t.vpad
    with pdf.rotation(90, x, y):
        for k, line in enumerate(c.lines):
            t.put_line(x, y + k * t.line_h, ch - 2 * t.vpad, line, "L")
    t.w.rotated_cells.append((pdf.page, _pt_box(cx, cy, cx + cw, cy + ch)))


def draw_extra(t, c, x, ty, room, line) -> None:
    """A cell's flag (after the figure, smaller, on its baseline) or raised mark (smaller,
    raised), each placed as text of its own after the cell's last line."""
    pdf = t.pdf
    main_w = t.text_w(c, line)
    main_mm = t.size / PT
    if c.align == "R":
        end = x + room
    elif c.align == "C":
        end = x + (room + main_w) / 2
    else:
        end = x + main_w
    if c.flag:
        size = _small(t, c, "flag")
        dy = 0.3 * (main_mm - size / PT)
        t.put_line(end + t.spec.get("flag_gap", 0.7), ty + dy,
                   pdf.get_string_width(c.flag) + 0.01, c.flag, "L")
    if c.sup:
        size = _small(t, c, "sup")
        dy = 0.3 * (main_mm - size / PT) - 0.36 * main_mm
        t.put_line(end + 0.25, ty + dy, pdf.get_string_width(c.sup) + 0.01, c.sup, "L")


def add_leader(t, cell, room: float) -> None:
    """Dots after the last line of a stub cell, up to its right padding."""
    last = cell.lines[-1]
    spaced = t.spec.get("leader_style", "dots") == "spaced"
    for n in range(int(room / max(t.text_w(cell, "."), 0.1)) + 1, 1, -1):
        dots = " ".join("." * n) if spaced else "." * n
        if t.text_w(cell, f"{last} {dots}") <= room - 0.3:
            cell.lines[-1] = f"{last} {dots}"
            return


def truth_text(c) -> str:
    text = " ".join(c.lines)
    if c.flag:
        text += " " + c.flag
    if c.sup:
        text += " " + c.sup
    return text


def truth_lines(c) -> list[str]:
    lines = list(c.lines)
    if lines and (c.flag or c.sup):
        lines[-1] = lines[-1] + c.flag + c.sup
    return lines


def spanned_below(g, i: int) -> set[int]:
    """Columns where a cell spans from row i into row i + 1."""
    return {cc for c in g.cells if c.row <= i < c.row + c.rows - 1
            for cc in range(c.col, c.col + c.cols)}


def segments(spans: set[int], n_cols: int) -> list[tuple[int, int]]:
    """Runs of columns (first, end) not in ``spans``; none when nothing is spanned."""
    if not spans:
        return []
    out, start = [], None
    for j in range(n_cols + 1):
        free = j < n_cols and j not in spans
        if free and start is None:
            start = j
        elif not free and start is not None:
            out.append((start, j))
            start = None
    return out


# --------------------------------------------------------------------------- blocks


class Round3Blocks:
    """Block drawers of round 3 (methods ``b_<type>``, as make_tables.Writer's)."""

    def r3_box(self, kind: str, x0: float, top: float, x1: float, bottom: float):
        """Record the box (mm) of something drawn that is not a table."""
        self.r3_boxes.setdefault(self.pdf.page, []).append([kind, _pt_box(x0, top, x1, bottom)])

    def r3_colour(self, value):
        if isinstance(value, str) and value in PALETTE:
            return PALETTE[value]
        return self.colour_of(value)

    # charts -----------------------------------------------------------------------
    def b_chart(self, block):
        """A chart drawn as vector graphics: ``kind`` = "bar" (grouped columns), "stacked"
        (stacked columns), "line" (lines with markers) or "hbar" (horizontal bars);
        ``categories``, ``series`` = [{name, values, colour}], ``y_max``, ``y_step``
        (``y_min``), ``tick_fmt`` and ``label_fmt`` (Python formats), ``labels`` (data
        labels, default on), ``grid`` (gridlines), ``axis`` (hbar: ticks under the
        plot), ``height`` (the plot, mm), ``width``, ``size`` (pt), ``title`` (a caption
        above), ``axis_title``, ``source`` (a line below), ``legend``."""
        pdf = self.pdf
        kind = block.get("kind", "bar")
        size = block.get("size", 7.5)
        lh = round(size * 0.45, 2)
        width = block.get("width", pdf.epw - block.get("indent", 0))
        x0 = pdf.l_margin + block.get("indent", 0)
        cats = block["categories"]
        series = block["series"]
        height = block.get("height", 55)
        n_legend_rows = 1 if (len(series) > 1 or block.get("legend")) else 0
        est = (12 if block.get("title") else 0) + height + 6 * lh + n_legend_rows * 6 + 8
        if kind == "hbar":
            est = (12 if block.get("title") else 0) + len(cats) * block.get("bar_h", 6.5) + 6 * lh + 10
        self.keep(est)
        pdf.ln(block.get("before", 2))
        top = pdf.get_y()
        if block.get("title"):
            self.caption(block["title"], x0, width)
        if kind == "hbar":
            bottom = self._hbar(block, x0, width, size, lh)
        else:
            bottom = self._columns_chart(block, kind, x0, width, size, lh)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_fill_color(255, 255, 255)
        pdf.set_text_color(0, 0, 0)
        pdf.set_line_width(0.2)
        if block.get("source"):
            self.font("", max(6.5, size - 0.5))
            pdf.set_xy(x0, bottom + 1)
            pdf.multi_cell(width, lh, block["source"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            bottom = pdf.get_y()
        self.r3_box("chart", x0, top, x0 + width, bottom)
        pdf.set_xy(pdf.l_margin, bottom + block.get("after", 4))
        self.mark("chart")

    def _label(self, x, y, w, h, text, align="C", style="", size=7.5, rgb=(0, 0, 0)):
        pdf = self.pdf
        self.font(style, size)
        pdf.set_text_color(*rgb)
        pdf.set_xy(x, y)
        pdf.cell(w, h, text, align=align)
        pdf.set_text_color(0, 0, 0)
        self.note_text(text)

    def _ticks(self, block):
        lo, hi, step = block.get("y_min", 0), block["y_max"], block["y_step"]
        n = int(round((hi - lo) / step))
        return [lo + k * step for k in range(n + 1)], lo, hi

    def _legend_row(self, series, x0, y, width, size, lh, kind):
        pdf = self.pdf
        x = x0
        for s in series:
            self.font("", size)
            w = pdf.get_string_width(s["name"])
            if x + 5 + w > x0 + width:
                x, y = x0, y + lh + 1
            fill = self.r3_colour(s.get("colour", "blue"))
            if kind == "line":
                pdf.set_draw_color(*fill)
                pdf.set_line_width(0.5)
                pdf.line(x, y + lh / 2, x + 4, y + lh / 2)
                pdf.set_fill_color(*fill)
                pdf.rect(x + 1.3, y + lh / 2 - 0.7, 1.4, 1.4, style="F")
            else:
                pdf.set_fill_color(*fill)
                pdf.rect(x, y + (lh - 2.8) / 2, 2.8, 2.8, style="F")
            self._label(x + 5, y, w + 0.5, lh, s["name"], align="L", size=size)
            x += 5 + w + 6
        return y + lh

    def _columns_chart(self, block, kind, x0, width, size, lh):
        """Columns (grouped or stacked) or lines over categories, value axis on the left."""
        pdf = self.pdf
        cats, series = block["categories"], block["series"]
        ticks, lo, hi = self._ticks(block)
        tick_fmt = block.get("tick_fmt", "{:,.0f}")
        label_fmt = block.get("label_fmt", tick_fmt)
        self.font("", size)
        tick_w = max(pdf.get_string_width(tick_fmt.format(v)) for v in ticks) + 2
        y = pdf.get_y()
        if block.get("axis_title"):
            self._label(x0, y, width, lh, block["axis_title"], align="L", size=size, style="I")
            y += lh + 1
        px0, px1 = x0 + tick_w + 1, x0 + width - 2
        py0 = y + lh + 1
        py1 = py0 + block.get("height", 55)

        def ypos(v):
            return py1 - (v - lo) / (hi - lo) * (py1 - py0)

        for v in ticks:  # gridlines and tick labels
            yy = ypos(v)
            if block.get("grid", True) and v != lo:
                pdf.set_draw_color(210, 210, 210)
                pdf.set_line_width(0.15)
                pdf.line(px0, yy, px1, yy)
            self._label(x0, yy - lh / 2, tick_w - 1, lh, tick_fmt.format(v), align="R", size=size)
        slot = (px1 - px0) / len(cats)
        labels = block.get("labels", True)
        if kind == "bar":
            group = slot * block.get("bar_share", 0.7)
            bw = group / len(series)
            for s_i, s in enumerate(series):
                fill = self.r3_colour(s.get("colour", "blue"))
                for i, v in enumerate(s["values"]):
                    if v is None:
                        continue
                    bx = px0 + i * slot + (slot - group) / 2 + s_i * bw
                    pdf.set_fill_color(*fill)
                    pdf.rect(bx, ypos(v), bw * 0.94, ypos(lo) - ypos(v), style="F")
                    if labels:
                        self._label(bx - 2, ypos(v) - lh - 0.2, bw * 0.94 + 4, lh,
                                    label_fmt.format(v), size=size - 0.5)
        elif kind == "stacked":
            bw = slot * block.get("bar_share", 0.55)
            for i in range(len(cats)):
                base = lo
                bx = px0 + i * slot + (slot - bw) / 2
                for s in series:
                    v = s["values"][i]
                    fill = self.r3_colour(s.get("colour", "blue"))
                    pdf.set_fill_color(*fill)
                    pdf.rect(bx, ypos(base + v), bw, ypos(base) - ypos(base + v), style="F")
                    if labels and ypos(base) - ypos(base + v) > lh + 0.4:
                        dark = sum(fill) < 380
                        self._label(bx, (ypos(base) + ypos(base + v) - lh) / 2, bw, lh,
                                    label_fmt.format(v), size=size - 0.5,
                                    rgb=(255, 255, 255) if dark else (0, 0, 0))
                    base += v
                if block.get("totals"):
                    self._label(bx - 2, ypos(base) - lh - 0.2, bw + 4, lh, label_fmt.format(base),
                                size=size - 0.5, style="B")
        elif kind == "line":
            for s in series:
                fill = self.r3_colour(s.get("colour", "blue"))
                pts = [(px0 + (i + 0.5) * slot, ypos(v)) for i, v in enumerate(s["values"])]
                pdf.set_draw_color(*fill)
                pdf.set_line_width(0.5)
                for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
                    pdf.line(xa, ya, xb, yb)
                pdf.set_fill_color(*fill)
                for (xa, ya), v in zip(pts, s["values"]):
                    pdf.rect(xa - 0.8, ya - 0.8, 1.6, 1.6, style="F")
                    if labels:
                        self._label(xa - 6, ya - lh - 1.0 + s.get("label_dy", 0), 12, lh,
                                    label_fmt.format(v), size=size - 0.5)
        else:
            raise ValueError(f"unknown chart kind {kind!r}")
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.3)
        pdf.line(px0, py1, px1, py1)  # the category axis
        if block.get("y_axis", True):
            pdf.line(px0, py0 - 1, px0, py1)
        yc = py1 + 1.2
        deepest = yc
        for i, cat in enumerate(cats):  # category labels, wrapped to their slot
            self.font("", size)
            lines = self._wrap_text(cat, slot - 0.6 + 2 * pdf.c_margin)
            for k, line in enumerate(lines):
                self._label(px0 + i * slot, yc + k * lh, slot, lh, line, size=size)
            deepest = max(deepest, yc + len(lines) * lh)
        bottom = deepest
        if len(series) > 1 or block.get("legend"):
            bottom = self._legend_row(series, px0, deepest + 2, px1 - px0, size, lh, kind)
        return bottom

    def _hbar(self, block, x0, width, size, lh):
        """Horizontal bars, one row per category: the label on the left, the value at the
        bar's end; ticks under the plot when ``axis``."""
        pdf = self.pdf
        cats, series = block["categories"], block["series"]
        label_fmt = block.get("label_fmt", "{:,.0f}")
        bar_h = block.get("bar_h", 6.5)
        self.font("", size)
        label_w = block.get("label_w") or max(pdf.get_string_width(c) for c in cats) + 3
        value_room = block.get("value_room", 14)
        px0, px1 = x0 + label_w + 1, x0 + width - value_room
        hi = block["y_max"]
        y = pdf.get_y() + 1
        if block.get("axis_title"):
            self._label(px0, y, px1 - px0, lh, block["axis_title"], align="L", size=size, style="I")
            y += lh + 1.5
        top = y
        per = bar_h * 0.7 / len(series)
        bottom = top + len(cats) * bar_h
        if block.get("axis"):  # gridlines and ticks under the plot, drawn before the bars
            step = block["y_step"]
            tick_fmt = block.get("tick_fmt", "{:,.0f}")
            for k in range(int(round(hi / step)) + 1):
                v = k * step
                xx = px0 + (px1 - px0) * v / hi
                if block.get("grid", True) and v:
                    pdf.set_draw_color(210, 210, 210)
                    pdf.set_line_width(0.15)
                    pdf.line(xx, top - 0.5, xx, bottom)
                self._label(xx - 7, bottom + 0.8, 14, lh, tick_fmt.format(v), size=size)
        for i, cat in enumerate(cats):
            ry = top + i * bar_h
            self._label(x0, ry + (bar_h - lh) / 2, label_w - 1.5,
                        lh, cat, align=block.get("label_align", "R"), size=size)
            for s_i, s in enumerate(series):
                v = s["values"][i]
                fill = self.r3_colour(s.get("colour", "blue"))
                by = ry + bar_h * 0.15 + s_i * per
                bw = (px1 - px0) * v / hi
                pdf.set_fill_color(*fill)
                pdf.rect(px0, by, bw, per * 0.95, style="F")
                if block.get("labels", True):
                    self._label(px0 + bw + 0.8, by + (per - lh) / 2, value_room - 1, lh,
                                label_fmt.format(v), align="L", size=size - 0.5)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.3)
        pdf.line(px0, top - 0.5, px0, bottom)
        if block.get("axis"):
            pdf.line(px0, bottom, px1, bottom)
            bottom += lh + 1
        if len(series) > 1 or block.get("legend"):
            bottom = self._legend_row(series, px0, bottom + 2, px1 - px0, size, lh, "bar")
        return bottom

    # tiles ------------------------------------------------------------------------
    def b_tiles(self, block):
        """"At a glance" tiles: ``items`` = [[figure, label], ...] set ``cols`` across,
        each a shaded (``fill``) or outlined (``outline``) box with the figure large and
        bold over its label (which may wrap). Not tables."""
        pdf = self.pdf
        items = block["items"]
        cols = block.get("cols", 3)
        gap = block.get("gap", 4)
        tile_h = block.get("tile_h", 24)
        big = block.get("figure_size", 20)
        small = block.get("label_size", 8.5)
        align = block.get("align", "C")
        w = (pdf.epw - gap * (cols - 1)) / cols
        n_rows = math.ceil(len(items) / cols)
        self.keep(n_rows * (tile_h + gap) + (8 if block.get("title") else 0))
        pdf.ln(block.get("before", 2))
        top = pdf.get_y()
        if block.get("title"):
            self.font("B", self.size + 1)
            pdf.cell(0, self.leading + 1, block["title"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.note_text(block["title"])
            pdf.ln(1.5)
        y0 = pdf.get_y()
        fill = self.r3_colour(block.get("fill", "tile"))
        figure_rgb = self.r3_colour(block.get("figure_colour", "navy"))
        for k, item in enumerate(items):
            r, c = divmod(k, cols)
            x, y = pdf.l_margin + c * (w + gap), y0 + r * (tile_h + gap)
            if block.get("outline"):
                pdf.set_draw_color(*self.r3_colour(block.get("outline_colour", "sky")))
                pdf.set_line_width(0.6)
                pdf.rect(x, y, w, tile_h)
                pdf.set_draw_color(0, 0, 0)
                pdf.set_line_width(0.2)
            else:
                pdf.set_fill_color(*fill)
                pdf.rect(x, y, w, tile_h, style="F")
                pdf.set_fill_color(255, 255, 255)
            inset = 3
            self._label(x + inset, y + 2.5, w - 2 * inset, big * 0.45, item[0], align=align,
                        style="B", size=big, rgb=figure_rgb)
            self.font("", small)
            ly = y + 2.5 + big * 0.45 + 1
            for line in self._wrap_text(item[1], w - 2 * inset + 2 * pdf.c_margin):
                self._label(x + inset, ly, w - 2 * inset, small * 0.45, line, align=align, size=small)
                ly += small * 0.45
            if ly > y + tile_h:
                raise ValueError(f"tile {item[0]!r}: its label runs past the tile")
        bottom = y0 + n_rows * tile_h + (n_rows - 1) * gap
        self.r3_box("tiles", pdf.l_margin, top, pdf.l_margin + pdf.epw, bottom)
        pdf.set_xy(pdf.l_margin, bottom + block.get("after", 5))
        self.mark("tiles")

    # agendas ----------------------------------------------------------------------
    def b_agenda(self, block):
        """A committee agenda: ``items`` = [{n, title, text, pages}] or {part} (a heading
        line): the item number, its title in bold (wrapping), the page reference
        right-aligned at the margin on the title's first line, and a note under the
        title. Not a table."""
        pdf = self.pdf
        num_w = block.get("num_w", 12)
        page_w = block.get("page_w", 30)
        gap = block.get("gap", 3.5)
        text_w = pdf.epw - num_w - page_w - 3
        start_page, top = pdf.page, pdf.get_y()
        for item in block["items"]:
            if "part" in item:
                self.keep(self.leading * 4)
                pdf.ln(1.5)
                self.font("B")
                pdf.multi_cell(0, self.leading, item["part"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.note_text(item["part"])
                pdf.ln(2)
                continue
            self.font("B")
            title = self._wrap_text(item["title"], text_w + 2 * pdf.c_margin)
            self.font()
            note = self._wrap_text(_flat(item.get("text", "")), text_w + 2 * pdf.c_margin)
            self.keep((len(title) + len(note)) * self.leading + gap)
            y = pdf.get_y()
            self.font("B")
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(num_w, self.leading, item["n"])
            self.note_text(item["n"])
            for k, line in enumerate(title):
                pdf.set_xy(pdf.l_margin + num_w, y + k * self.leading)
                pdf.cell(text_w, self.leading, line)
                self.note_text(line)
            if item.get("pages"):
                self.font(block.get("pages_style", ""))
                pdf.set_xy(pdf.l_margin + pdf.epw - page_w, y)
                pdf.cell(page_w, self.leading, item["pages"], align="R")
                self.note_text(item["pages"])
            self.font()
            yy = y + len(title) * self.leading
            for line in note:
                pdf.set_xy(pdf.l_margin + num_w, yy)
                pdf.cell(text_w, self.leading, line)
                self.note_text(line)
                yy += self.leading
            pdf.set_xy(pdf.l_margin, yy + gap)
        if pdf.page != start_page:
            raise ValueError("agenda broke over a page")
        self.r3_box("agenda", pdf.l_margin, top, pdf.l_margin + pdf.epw, pdf.get_y())
        pdf.ln(block.get("after", 2))
        self.mark("agenda")

    # prose with line numbers ----------------------------------------------------------
    def b_linepara(self, block):
        """Paragraphs with a line number in the left margin beside every line (or every
        ``every`` lines), small and grey, counting on from ``start`` (default: on from
        the last numbered line of the document). Not a table."""
        pdf = self.pdf
        every = block.get("every", 1)
        n = block.get("start", getattr(self, "line_no_next", 1))  # numbering runs on
        num_size = block.get("num_size", 7)
        gutter = block.get("gutter", 9)
        self.font()
        top = pdf.get_y()
        for p_i, para in enumerate(block["paras"]):
            self.font()
            lines = self._wrap_text(_flat(para), pdf.epw + 2 * pdf.c_margin)
            if p_i:
                pdf.ln(block.get("para_gap", self.leading * 0.6))
            for line in lines:
                if pdf.get_y() + self.leading > pdf.page_break_trigger:
                    self.r3_box("line numbers", pdf.l_margin - gutter, top, pdf.l_margin + pdf.epw,
                                pdf.get_y())
                    self.mark("line numbers")
                    pdf.add_page(orientation=self.orientation)
                    top = pdf.get_y()
                y = pdf.get_y()
                self.font()
                pdf.set_xy(pdf.l_margin, y)
                pdf.cell(pdf.epw, self.leading, line)
                self.note_text(line)
                if n % every == 0:
                    self._label(pdf.l_margin - gutter, y, gutter - 3, self.leading, str(n),
                                align="R", size=num_size, rgb=(110, 110, 110))
                n += 1
                pdf.set_xy(pdf.l_margin, y + self.leading)
        self.r3_box("line numbers", pdf.l_margin - gutter, top, pdf.l_margin + pdf.epw, pdf.get_y())
        self.line_no_next = n
        pdf.ln(block.get("after", 3))
        self.mark("line numbers")
        self.mark("prose")

    # watermark ----------------------------------------------------------------------
    def b_watermark(self, block):
        """A word (``text``, default "DRAFT") in large light grey letters, turned
        ``angle`` degrees about the page's centre, drawn as text under what follows."""
        pdf = self.pdf
        text = block.get("text", "DRAFT")
        size = block.get("size", 110)
        grey = block.get("grey", 222)
        x, y = pdf.get_x(), pdf.get_y()
        self.font("B", size)
        w = pdf.get_string_width(text)
        cx, cy = pdf.w / 2, pdf.h / 2 + block.get("dy", 0)
        with pdf.local_context():
            pdf.set_text_color(grey, grey, grey)
            with pdf.rotation(block.get("angle", 50), cx, cy):
                pdf.text(cx - w / 2, cy + 0.35 * pdf.font_size, text)
        self.font()
        pdf.set_xy(x, y)
        self.note_text(text)
        self.watermarks.add(pdf.page)
        self.mark("watermark")

    # pages drawn turned -------------------------------------------------------------
    def b_sideways(self, block):
        """A new portrait page whose content (``blocks``, drawn as on an A4 landscape
        page, with the running header and footer) is turned 90 degrees anticlockwise, so
        it reads from the foot of the page upwards; ``rotate_page = true`` also gives the
        page /Rotate 90, so a viewer shows it as landscape. The next block must start a
        new page (a ``page`` block)."""
        pdf = self.pdf
        n = pdf.page + 1
        self.sideways[n] = 90 if block.get("rotate_page") else 0
        pdf.sideways_pages = set(self.sideways)
        pdf.add_page(orientation="P")
        if self.sideways[n]:
            pdf.pages[n].__class__ = RotatedPage
        wide, tall = pdf.h, pdf.w  # the turned page: 297 mm across, 210 mm down
        saved = (pdf.w, pdf.page_break_trigger, pdf.l_margin, pdf.t_margin, pdf.r_margin,
                 self.orientation)
        left, top, right = block.get("margins", self.layout.get("margins", [20, 20, 20]))
        bottom = block.get("bottom", self.layout.get("bottom", 22))
        first = len(self.tables)
        try:
            with pdf.rotation(90, pdf.h / 2, pdf.h / 2):
                pdf.w = wide
                pdf.page_break_trigger = tall  # the footer lies below the body's foot
                pdf.set_margins(left, top, right)
                self.orientation = "L"
                pdf.set_font(pdf.base_font, size=pdf.furniture_size)
                pdf.set_text_color(90, 90, 90)
                if pdf.running_header:
                    pdf.set_xy(left, 10)
                    pdf.cell(pdf.epw, 4, pdf.running_header, align="R")
                if pdf.footer_text:
                    pdf.set_xy(left, tall - 13)
                    pdf.cell(pdf.epw, 5, pdf.footer_text.replace("{n}", str(n)), align="C")
                pdf.set_text_color(0, 0, 0)
                pdf.page_break_trigger = tall - bottom
                pdf.set_xy(left, top)
                for sub in block["blocks"]:
                    self.draw(sub)
                    if pdf.page != n:
                        raise ValueError("a sideways page's blocks broke over a page")
        finally:
            pdf.w, pdf.page_break_trigger = saved[0], saved[1]
            pdf.set_margins(saved[2], saved[3], saved[4])
            self.orientation = saved[5]
        high = pdf.h * PT

        def turn(box):  # drawn at (X, Y) on the landscape page -> (Y, 297 - X) on the portrait
            x0, t0, x1, b0 = box
            return [t0, round(high - x1, 2), b0, round(high - x0, 2)]

        for part in self.tables[first:]:
            if part["page"] == n:
                part["bbox"] = turn(part["bbox"])
                for c in part["cells"]:
                    c["bbox"] = turn(c["bbox"])
        for item in self.r3_boxes.get(n, []):
            item[1] = turn(item[1])
        self.rotated_cells[:] = [(p, turn(b) if p == n else b) for p, b in self.rotated_cells]
        pdf.set_xy(pdf.l_margin, pdf.page_break_trigger)
        self.mark("sideways")


def after_blocks(writer) -> None:
    """Styles that need the whole document: a table set across both columns of a page of
    two-column prose, and two tables side by side with a gutter under 5 mm."""
    firsts = [t for t in writer.tables if t["part"] == 1]
    for feats, first in zip(writer.features, firsts):
        kinds = writer.page_kinds.get(first["page"], set())
        x0, _, x1, _ = first["bbox"]
        full = (x1 - x0) >= (writer.pdf.epw * PT - 2)
        feats["full width on a page of two-column prose"] = int("twocol" in kinds and full)
    for feats, number in zip(writer.features, range(1, len(writer.features) + 1)):
        near = 0
        for a in (t for t in writer.tables if t["table"] == number):
            for b in writer.tables:
                if b["table"] == number or b["page"] != a["page"]:
                    continue
                overlap_v = min(a["bbox"][3], b["bbox"][3]) - max(a["bbox"][1], b["bbox"][1]) > 5
                gap = max(b["bbox"][0] - a["bbox"][2], a["bbox"][0] - b["bbox"][2])
                if overlap_v and 0 <= gap < 5 * PT:
                    near = 1
        feats["side by side, gutter under 5 mm"] = near


def truth_pages(writer, n_pages: int) -> dict:
    """Round 3's page keys in the truth: each page's /Rotate and the pages drawn turned."""
    return {"page_rotate": [writer.sideways.get(n, 0) for n in range(1, n_pages + 1)],
            "sideways_pages": sorted(writer.sideways)}


# --------------------------------------------------------------------------- styles

TWO_VALUES = re.compile(r"^[\d,.\u2009\u202f ]+ \((?:\d[\d,.]*%?|<\d+%?)\)$")
SPACED = re.compile(r"^[\u2212\-\u2013(]?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?\)?%?$")
US_SYMBOLS = {"(X)", "(NA)", "(D)", "(Z)", "(S)", "(B)"}
NUMBERISH = re.compile(r"^[£$€\u2212\-+(]*[\d.,%\u2009\u202f ]+\)?[a-z]?$")

LAYOUTS = {"chart": "a chart (bars or lines, drawn as vector graphics)",
           "tiles": "'at a glance' tiles of figures",
           "agenda": "a committee agenda (page references at a tab stop)",
           "line numbers": "line numbers in the margin"}


def table_features_r3(table, spec: dict, parts: list[dict], writer) -> dict:
    """The styles round 3 added, counted from what was drawn (every table is counted,
    rounds 1 and 2 too)."""
    g = table.grid
    body = [c for c in g.cells if not c.header]
    head = [c for c in g.cells if c.header]
    texts = [c.text for c in body]
    body_rows = [i for i, r in enumerate(g.rows) if r.kind == "body"]
    f: Counter = Counter()
    f["turned (vertical) header text"] = any(c.rotate for c in head)
    f["dot leaders in the stub"] = any(c.leader and c.lines and c.lines[-1].endswith("..")
                                       or c.leader and c.lines and c.lines[-1].endswith(". .")
                                       for c in body)
    f["body cell spanning rows"] = any(c.rows > 1 for c in body)
    f["two values in one cell"] = any(TWO_VALUES.match(t) for t in texts) or any(
        c.forced and len(c.forced) > 1 and all(NUMBERISH.match(x) for x in c.forced) for c in body)
    f["flags after figures, as smaller text"] = any(c.flag for c in body)
    f["raised footnote marks, as smaller text"] = any(c.sup for c in g.cells)
    f["space as thousands separator"] = any(SPACED.match(t) for t in texts)
    f["minus sign (U+2212)"] = any("\u2212" in t for t in texts)
    f["en dash for nil"] = any(t == "\u2013" for t in texts)
    f["US-style symbols ((X), (NA), (D), (Z))"] = any(t in US_SYMBOLS for t in texts)
    f["stub indented three levels"] = len({c.indent for c in body if c.col == 0 and c.indent > 0}) >= 3
    f["'Continued' caption on later parts"] = len(parts) > 1 and "continued" in str(
        spec.get("continued", "")).lower() and "\u2014" in str(spec.get("continued", ""))
    f["booktabs, short rules under column groups"] = table.rules == "booktabs" and any(
        c.cols > 1 and c.row + c.rows < g.n_header for c in head)
    f["key/value, no header row (2-3 columns)"] = g.n_header == 0 and g.n_cols <= 3
    f["full width on a page of two-column prose"] = False  # set by after_blocks
    last = g.n_cols - 1
    last_cells = [c for c in body if c.col == last and c.cols == 1 and c.text]
    f["totals column in bold (last)"] = bool(last_cells) and all(c.bold for c in last_cells) and any(
        not r.bold for i, r in enumerate(g.rows) if r.kind == "body")
    stub = {c.row: c.text for c in body if c.col == 0}
    right = {c.row: c.text for c in body if c.col == last and c.cols == 1}
    f["stub repeated on the right"] = g.n_cols >= 3 and bool(body_rows) and all(
        stub.get(i) and stub.get(i) == right.get(i) for i in body_rows)
    f["on a page drawn turned (sideways)"] = parts[0]["page"] in writer.sideways
    f["on a page with /Rotate 90"] = writer.sideways.get(parts[0]["page"]) == 90
    f["on a page with a watermark"] = any(p["page"] in writer.watermarks for p in parts)
    f["wrapped text in 2+ cells of a row beside figures"] = any(
        sum(1 for c in body if c.row == r and len(c.lines) > 1 and not NUMBERISH.match(c.text)) >= 2
        and any(c.row == r and c.col > 0 and NUMBERISH.match(c.text) and any(ch.isdigit() for ch in c.text)
                for c in body)
        for r in body_rows)
    f["row-group heading directly under the header"] = g.n_header > 0 and len(g.rows) > g.n_header \
        and g.rows[g.n_header].kind == "group"
    f["side by side, gutter under 5 mm"] = False  # set by after_blocks
    return {k: int(v) for k, v in f.items()}


# --------------------------------------------------------------------------- checks

_CHARS: dict[int, list] = {}


def text_in_box(textpage, box, height) -> str:
    """The text whose characters' centres lie in ``box`` (truth coordinates), leaving
    out a watermark's letters (character boxes over 30 points)."""
    key = id(textpage)
    if key not in _CHARS:
        _CHARS.clear()
        chars = []
        for i in range(textpage.count_chars()):
            l, b, r, t = textpage.get_charbox(i)
            if max(r - l, t - b) > WATERMARK_MIN:
                continue
            chars.append(((l + r) / 2, (b + t) / 2, textpage.get_text_range(i, 1)))
        _CHARS[key] = [textpage, chars]  # keep the textpage alive while its id is a key
    x0, top, x1, bottom = box
    lo, hi = height - bottom, height - top
    return "".join(ch for mx, my, ch in _CHARS[key][1] if x0 <= mx <= x1 and lo <= my <= hi)


def check_round3(built, pdf) -> None:
    """Round 3's checks: charts, tiles, agendas and line-numbered prose lie outside every
    truth table of their page; each page's /Rotate is what the spec asked; header text
    drawn turned is read by pdfium as turned characters; a watermark's page has it."""
    import pypdfium2.raw as raw

    _CHARS.clear()
    tables = built.truth["tables"]

    def overlap(a, b):
        return min(a[2], b[2]) - max(a[0], b[0]) > 0.05 and min(a[3], b[3]) - max(a[1], b[1]) > 0.05

    for page, boxes in built.r3_boxes.items():
        for kind, box in boxes:
            for t in tables:
                if t["page"] == page and overlap(box, t["bbox"]):
                    raise AssertionError(f"{built.doc} p{page}: the {kind} overlaps table "
                                         f"{t['table']}.{t['part']}")
    for n in range(1, built.truth["pages"] + 1):
        rotation = pdf[n - 1].get_rotation()
        if rotation != built.sideways.get(n, 0):
            raise AssertionError(f"{built.doc} p{n}: /Rotate {rotation}, "
                                 f"wanted {built.sideways.get(n, 0)}")
    for page, box in built.rotated_cells:
        p = pdf[page - 1]
        height = p.get_size()[1] if p.get_rotation() % 180 == 0 else p.get_size()[0]
        tp = p.get_textpage()
        x0, top, x1, bottom = box
        angles = []
        for i in range(tp.count_chars()):
            l, b, r, t = tp.get_charbox(i)
            mx, my = (l + r) / 2, (b + t) / 2
            if max(r - l, t - b) > WATERMARK_MIN:
                continue
            if x0 <= mx <= x1 and height - bottom <= my <= height - top and r > l:
                angles.append(raw.FPDFText_GetCharAngle(tp.raw, i))
        # pdfium measures a character's angle clockwise: text reading upwards is at 270 degrees
        if not angles or any(abs(a - 3 * math.pi / 2) > 0.01 for a in angles):
            raise AssertionError(f"{built.doc} p{page}: turned header text at {box} is not read "
                                 f"as turned characters ({angles[:3]})")
        tp.close()
    for page in built.watermarks:
        if page in built.sideways:
            raise AssertionError(f"{built.doc} p{page}: a watermark on a page drawn turned")
    _CHARS.clear()
