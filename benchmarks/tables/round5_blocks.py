"""Round 5's table options, block kinds, styles and checks for make_tables.py.

Round 5 (t131-t160) adds what rounds 1-4 do not have: ways of drawing and writing a
table that real reports use and the earlier rounds never drew, and more things laid out
in columns that are not tables. Table options (read from a table's spec; see README.md):

* ``rule_style = "dashed"`` or ``"dotted"``: every rule of the table drawn as many short
  segments (``dash`` = [on, off] in mm), as stroked lines or (``rules_as = "rect"``)
  small filled rectangles;
* ``body_fill``: every body row shaded (a table shaded all over, Excel-style); with
  ``rule_colour = "white"`` its grid is white lines over the shading;
* ``double_header_rule = true``: a second rule just above the rule under the header (a
  double rule); ``rule_above_w``: the weight of the rule over a row marked
  ``rule_above`` (a heavier rule over the totals than elsewhere);
* ``header_spacing`` (points): the header's text letter-spaced (PDF character spacing,
  ``Tc``), so its letters stand apart as words' letters otherwise do not;
* layout ``cell_order = "reverse"`` (cells written bottom row first, right to left) and
  ``"rtl"`` (column by column, the last column first): the content stream holds the
  table in an order no reader should rely on.

Everything else round 5's tables do (figures vertically centred on a wrapped stub label,
``valign = "middle"``; stubs whose hierarchy is shown by indentation only; blank spacer
columns between column groups; "£" or "%" in narrow columns of their own; ranges and
intervals; "of which" rows; cross-tabulations with a heading over the stub and one over
every data column; tables stacked with only a title between them; two tables of unequal
row heights side by side; a table continued over a page with neither its header nor a
caption repeated) is drawn with the keys rounds 1-4 already have.

Block kinds (``Round5Blocks``, mixed into make_tables.Writer), none of them a table:
``spaced_heading`` (a letter-spaced heading), ``timeline`` (dates and events in two
columns), ``textbars`` (a bar chart of labels, bars and values beside them),
``keyfacts`` (a box of big figures with captions under them), ``endnotes`` (numbered
notes, the numbers in a column of their own), ``twocol_list`` (an index or a contents
page in two columns, the page numbers right-aligned without leaders) and
``scorecard`` (RAG ratings as coloured circles beside a measure and its commentary).
The checks make sure every line they draw is in the page's text and that they lie
outside every table.
"""
from __future__ import annotations

import re
from collections import Counter

from round4_blocks import chars_in_box  # make_tables.py puts this folder on the path

PT = 72 / 25.4

LAYOUTS = {"timeline": "a timeline of dates and events",
           "textbars": "a bar chart of labels, bars and values",
           "keyfacts": "a box of key facts (big figures, captions under them)",
           "endnotes": "numbered endnotes",
           "twocol_list": "an index or contents in two columns (no leaders)",
           "scorecard": "a RAG scorecard (coloured circles)"}

RAG = {"R": (192, 0, 0), "A": (237, 125, 49), "G": (0, 128, 60), "B": (31, 73, 125),
       "grey": (160, 160, 160)}


def _flat(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- table options


def table_options(t) -> None:
    """``body_fill``: every body and group row shaded (unless it has its own fill)."""
    fill = t.spec.get("body_fill")
    if not fill:
        return
    rgb = t.w.colour_of(fill)
    for row in t.grid.rows:
        if row.kind != "header" and row.fill is None:
            row.fill = rgb


def spacing(t, cell) -> None:
    """Letter-spaced header text (``header_spacing``, points); the body is not."""
    t.pdf.set_char_spacing(float(t.spec["header_spacing"]) if cell.header else 0)


def reset_spacing(t) -> None:
    """No letter-spacing outside the header (after sizing or drawing a table)."""
    if "header_spacing" in t.spec:
        t.pdf.set_char_spacing(0)


def cell_sort_key(order: str):
    """The order cells are written to the content stream."""
    if order == "columns":
        return lambda c: (c.col, c.row)
    if order == "reverse":  # bottom row first, each row right to left
        return lambda c: (-c.row, -c.col)
    if order == "rtl":  # column by column, the last column first
        return lambda c: (-c.col, c.row)
    if order != "rows":
        raise ValueError(f"unknown cell_order {order!r}")
    return lambda c: (c.row, c.col)


def broken_rule(t, rx, ry, rw, rh, line, width, rgb) -> None:
    """A rule as short segments: dashes (``dash`` = [on, off] mm, default [1.2, 0.8]) or
    dots ([0.3, 0.6]); stroked lines or small filled rectangles as the producer writes
    rules."""
    pdf = t.pdf
    style = t.spec["rule_style"]
    on, off = t.spec.get("dash", [1.2, 0.8] if style == "dashed" else [0.3, 0.6])
    x0, y0, x1, y1 = line
    horizontal = abs(y1 - y0) < 1e-9
    length = (x1 - x0) if horizontal else (y1 - y0)
    rect = t.w.layout.get("rules_as", "lines") == "rect"
    pos = 0.0
    while pos < length - 1e-6:
        end = min(pos + on, length)
        if horizontal:
            seg = (x0 + pos, y0, x0 + end, y0)
        else:
            seg = (x0, y0 + pos, x0, y0 + end)
        if rect:
            pdf.set_fill_color(*rgb)
            if horizontal:
                pdf.rect(seg[0], ry, seg[2] - seg[0], rh, style="F")
            else:
                pdf.rect(rx, seg[1], rw, seg[3] - seg[1], style="F")
        else:
            pdf.set_draw_color(*rgb)
            pdf.set_line_width(width)
            pdf.line(*seg)
        pos += on + off


def extra_rules(t, rows, ys, left, right, header_bottom, thin, rule) -> None:
    """A double rule under the header; a heavier rule over ``rule_above`` rows."""
    g = t.grid
    reset_spacing(t)
    if t.spec.get("double_header_rule") and header_bottom is not None:
        t.hline(left, right, header_bottom - t.spec.get("double_gap", 0.6), thin, rule)
    weight = t.spec.get("rule_above_w")
    if weight:
        for i in rows:
            if g.rows[i].rule_above and i != rows[0]:
                t.hline(left, right, ys[i], weight, rule)


# --------------------------------------------------------------------------- blocks


class Round5Blocks:
    """Block drawers of round 5 (methods ``b_<type>``, as make_tables.Writer's)."""

    def _r5_lines(self, x, y, w, lines, h, style="", size=None, align="L", rgb=None):
        pdf = self.pdf
        self.font(style, size)
        if rgb:
            pdf.set_text_color(*rgb)
        for k, line in enumerate(lines):
            pdf.set_xy(x, y + k * h)
            pdf.cell(w, h, line, align=align)
            self.note_text(line)
        pdf.set_text_color(0, 0, 0)

    def _wrap_at(self, text, width, style="", size=None):
        self.font(style, size)
        return self._wrap_text(_flat(text), width + 2 * self.pdf.c_margin)

    # a letter-spaced heading --------------------------------------------------------
    def b_spaced_heading(self, block):
        """A heading whose letters are spaced apart (``spacing`` points), often in
        capitals; ``size``, ``style``, ``rule`` (a thin rule under it)."""
        pdf = self.pdf
        size = block.get("size", self.size + 1)
        pdf.ln(block.get("before", 3))
        self.keep(block.get("keep", 30))
        self.font(block.get("style", "B"), size)
        pdf.set_char_spacing(block.get("spacing", 1.5))
        h = round(size * 0.5, 2)
        pdf.set_x(pdf.l_margin)
        pdf.cell(pdf.epw, h, block["text"])
        pdf.set_char_spacing(0)
        self.note_text(block["text"])
        y = pdf.get_y() + h
        if block.get("rule"):
            pdf.set_line_width(0.3)
            pdf.line(pdf.l_margin, y + 0.8, pdf.l_margin + pdf.epw, y + 0.8)
            pdf.set_line_width(0.2)
            y += 1.2
        pdf.set_xy(pdf.l_margin, y + block.get("after", 2.5))
        self.mark("prose")

    # a timeline ---------------------------------------------------------------------------
    def b_timeline(self, block):
        """Dates and what happened, in two columns: ``items`` = [[date, event]], the
        date bold in a column ``date_w`` mm wide, the event wrapping beside it; a thin
        vertical line with a dot for each entry between them (``line``). Not a table."""
        pdf = self.pdf
        size = block.get("size", self.size)
        h = round(size * 0.48, 2)
        date_w = block.get("date_w", 32)
        gap = block.get("gap", 2.0)
        mid = date_w + 5
        rows = []
        for date, event in block["items"]:
            rows.append((self._wrap_at(date, date_w - 2, "B", size),
                         self._wrap_at(event, pdf.epw - mid - 3, "", size)))
        total = sum(max(len(d), len(e)) * h + gap for d, e in rows)
        self.keep(total + 4)
        pdf.ln(block.get("before", 2))
        top = pdf.get_y()
        y = top
        line_x = pdf.l_margin + date_w + 2
        for d, e in rows:
            self._r5_lines(pdf.l_margin, y, date_w - 2, d, h, "B", size,
                           block.get("date_align", "L"))
            self._r5_lines(pdf.l_margin + mid, y, pdf.epw - mid, e, h, "", size)
            if block.get("line", True):
                pdf.set_fill_color(*RAG["B"])
                pdf.ellipse(line_x - 0.9, y + h / 2 - 0.9, 1.8, 1.8, style="F")
            y += max(len(d), len(e)) * h + gap
        if block.get("line", True):
            pdf.set_draw_color(*RAG["B"])
            pdf.set_line_width(0.3)
            pdf.line(line_x, top + h / 2, line_x, y - gap - h / 2)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_line_width(0.2)
        pdf.set_fill_color(255, 255, 255)
        self._r4_box("timeline", top, y - gap)
        pdf.set_xy(pdf.l_margin, y + block.get("after", 2))
        self.mark("timeline")

    # a bar chart of text and bars ----------------------------------------------------
    def b_textbars(self, block):
        """A horizontal bar chart set as text: each item's label in a column
        ``label_w`` mm wide, a bar as long as its value (``max`` fills ``bar_w`` mm) and
        the value (``fmt``) just after the bar's end. ``title``, ``size``, ``colour``,
        ``gap``. Not a table."""
        pdf = self.pdf
        size = block.get("size", self.size - 1)
        h = round(size * 0.48, 2)
        label_w = block.get("label_w", 60)
        bar_w = block.get("bar_w", 80)
        vmax = block.get("max") or max(v for _, v in block["items"])
        fmt = block.get("fmt", "{:,}")
        gap = block.get("gap", 1.6)
        labels = [self._wrap_at(lab, label_w - 3, "", size) for lab, _ in block["items"]]
        title = self._wrap_at(block["title"], pdf.epw, "B", size + 1) if block.get("title") else []
        total = len(title) * h + 2 + sum(max(len(x), 1) * h + gap for x in labels)
        self.keep(total + 4)
        pdf.ln(block.get("before", 2))
        top = pdf.get_y()
        y = top
        if title:
            self._r5_lines(pdf.l_margin, y, pdf.epw, title, h + 0.4, "B", size + 1)
            y += len(title) * (h + 0.4) + 2
        rgb = self.r3_colour(block.get("colour", "dark"))
        for lines, (_, value) in zip(labels, block["items"]):
            self._r5_lines(pdf.l_margin, y, label_w - 3, lines, h, "", size,
                           block.get("label_align", "L"))
            length = bar_w * value / vmax
            bh = h * 0.8
            by = y + (len(lines) * h - bh) / 2
            pdf.set_fill_color(*rgb)
            pdf.rect(pdf.l_margin + label_w, by, max(length, 0.3), bh, style="F")
            text = fmt.format(value)
            self._r5_lines(pdf.l_margin + label_w + length + 1.2, by + (bh - h) / 2, 20, [text],
                           h, "B" if block.get("bold_values") else "", size)
            y += len(lines) * h + gap
        pdf.set_fill_color(255, 255, 255)
        self._r4_box("text bar chart", top, y - gap)
        pdf.set_xy(pdf.l_margin, y + block.get("after", 2))
        self.mark("textbars")

    # key facts ------------------------------------------------------------------------
    def b_keyfacts(self, block):
        """A shaded or outlined box of key facts: ``items`` = [[figure, caption]] set
        ``cols`` to a row, each a big figure (``figure_size``) with its caption wrapping
        under it; no lines between them. ``title`` (inside the box, at the top). Not a
        table."""
        pdf = self.pdf
        cols = block.get("cols", 3)
        fs = block.get("figure_size", 20)
        ls = block.get("label_size", self.size - 1)
        fh, lh = round(fs * 0.42, 2), round(ls * 0.45, 2)
        pad = block.get("pad", 4)
        width = pdf.epw - 2 * pad
        col_w = width / cols
        items = block["items"]
        rows = [items[k:k + cols] for k in range(0, len(items), cols)]
        caps = [[self._wrap_at(cap, col_w - 4, "", ls) for _, cap in row] for row in rows]
        row_h = [fh + 1 + max(len(c) for c in cs) * lh for cs in caps]
        title = self._wrap_at(block["title"], width, "B", self.size + 1) if block.get("title") else []
        th = len(title) * round((self.size + 1) * 0.5, 2)
        total = 2 * pad + th + (3 if title else 0) + sum(row_h) + 4 * (len(rows) - 1)
        self.keep(total + 4)
        pdf.ln(block.get("before", 3))
        top = pdf.get_y()
        fill = self.r3_colour(block.get("fill")) if block.get("fill") else None
        if fill:
            pdf.set_fill_color(*fill)
            pdf.rect(pdf.l_margin, top, pdf.epw, total, style="F")
        else:
            pdf.set_draw_color(*self.r3_colour(block.get("outline", "dark")))
            pdf.set_line_width(0.5)
            pdf.rect(pdf.l_margin, top, pdf.epw, total)
            pdf.set_line_width(0.2)
            pdf.set_draw_color(0, 0, 0)
        y = top + pad
        if title:
            self._r5_lines(pdf.l_margin + pad, y, width, title, round((self.size + 1) * 0.5, 2), "B",
                           self.size + 1)
            y += th + 3
        frgb = self.r3_colour(block.get("figure_colour", "dark"))
        for row, cs, rh in zip(rows, caps, row_h):
            for k, ((figure, _), cap) in enumerate(zip(row, cs)):
                x = pdf.l_margin + pad + k * col_w
                self._r5_lines(x, y, col_w - 4, [figure], fh, "B", fs, block.get("align", "L"), frgb)
                self._r5_lines(x, y + fh + 1, col_w - 4, cap, lh, "", ls, block.get("align", "L"))
            y += rh + 4
        pdf.set_fill_color(255, 255, 255)
        self._r4_box("key facts", top, top + total)
        pdf.set_xy(pdf.l_margin, top + total + block.get("after", 4))
        self.mark("keyfacts")

    # endnotes ---------------------------------------------------------------------------
    def b_endnotes(self, block):
        """Numbered notes: the number right-aligned in a column ``num_w`` mm wide, the
        note wrapping beside it (``items``; ``start``, ``size``, ``gap``). May break
        over pages between notes. Not a table."""
        pdf = self.pdf
        size = block.get("size", self.size - 1)
        h = round(size * 0.48, 2)
        num_w = block.get("num_w", 8)
        gap = block.get("gap", 1.2)
        top = pdf.get_y()
        for n, note in enumerate(block["items"], start=block.get("start", 1)):
            lines = self._wrap_at(note, pdf.epw - num_w - 3, "", size)
            if pdf.get_y() + len(lines) * h > pdf.page_break_trigger:
                self._r4_box("endnotes", top, pdf.get_y())
                self.mark("endnotes")
                pdf.add_page(orientation=self.orientation)
                top = pdf.get_y()
            y = pdf.get_y()
            self._r5_lines(pdf.l_margin, y, num_w, [str(n)], h, block.get("num_style", ""), size,
                           "R")
            self._r5_lines(pdf.l_margin + num_w + 3, y, pdf.epw - num_w - 3, lines, h, "", size)
            pdf.set_xy(pdf.l_margin, y + len(lines) * h + gap)
        self._r4_box("endnotes", top, pdf.get_y() - gap)
        pdf.ln(block.get("after", 2))
        self.mark("endnotes")

    # an index or contents in two columns ------------------------------------------------
    def b_twocol_list(self, block):
        """An index or a contents page in two columns: ``entries`` = [text, right] or
        [text, right, level] (level 1: indented ``indent`` mm) or {heading = "A"}; the
        right-hand text (page numbers) right-aligned at the column's right edge, with no
        leader; entries wrap inside their column and the columns are balanced. ``kind``
        ("index" or "contents"), ``size``, ``gap`` (between columns). Kept on one page.
        Not a table."""
        pdf = self.pdf
        size = block.get("size", self.size - 0.5)
        h = round(size * 0.5, 2)
        gap = block.get("gap", 10)
        col_w = (pdf.epw - gap) / 2
        num_w = block.get("num_w", 16)
        indent = block.get("indent", 4)
        items = []  # (lines, right, level, heading)
        for e in block["entries"]:
            if isinstance(e, dict):
                items.append((self._wrap_at(e["heading"], col_w, "B", size), "", 0, True))
                continue
            text, right, *lv = e
            level = lv[0] if lv else 0
            style = block.get("top_style", "") if level == 0 else ""
            items.append((self._wrap_at(text, col_w - num_w - indent * level - 2, style, size),
                          right, level, False))
        heights = [len(x[0]) * h + (block.get("heading_before", 1.5) if x[3] else 0.3)
                   for x in items]
        total = sum(heights)
        acc, split = 0.0, len(items)
        for k, hh in enumerate(heights):
            if acc + hh / 2 > total / 2:
                split = k
                break
            acc += hh
        if split < len(items) and items[split - 1][3]:  # a heading stays with its entries
            split -= 1
        height = max(sum(heights[:split]), sum(heights[split:]))
        self.keep(height + 4)
        pdf.ln(block.get("before", 2))
        top = pdf.get_y()
        for column, x in ((items[:split], pdf.l_margin), (items[split:], pdf.l_margin + col_w + gap)):
            y = top
            for lines, right, level, heading in column:
                if heading:
                    y += block.get("heading_before", 1.5)
                    self._r5_lines(x, y, col_w, lines, h, "B", size)
                    y += len(lines) * h
                    continue
                style = block.get("top_style", "") if level == 0 else ""
                self._r5_lines(x + indent * level, y, col_w - num_w - indent * level - 2, lines, h,
                               style, size)
                if right:
                    self._r5_lines(x + col_w - num_w, y + (len(lines) - 1) * h, num_w, [right], h,
                                   style, size, "R")
                y += len(lines) * h + 0.3
        self._r4_box(block.get("kind", "index"), top, top + height)
        pdf.set_xy(pdf.l_margin, top + height + block.get("after", 3))
        self.mark("twocol_list")

    # a scorecard ------------------------------------------------------------------------
    def b_scorecard(self, block):
        """RAG ratings: ``items`` = [[rating, measure, commentary]], rating "R", "A", "G",
        "B" (blue: complete) or "grey"; a coloured circle with the rating's letter in
        white, the measure in bold beside it and the commentary wrapping under the
        measure. ``title``, ``size``, ``gap``; kept on one page. Not a table: each entry
        is a heading and a sentence, not a row of cells."""
        pdf = self.pdf
        size = block.get("size", self.size - 0.5)
        h = round(size * 0.48, 2)
        d = block.get("circle", 6)
        x_text = pdf.l_margin + d + 3
        w_text = pdf.epw - d - 3
        gap = block.get("gap", 2.5)
        entries = []
        for rating, measure, comment in block["items"]:
            entries.append((rating, self._wrap_at(measure, w_text, "B", size),
                            self._wrap_at(comment, w_text, "", size)))
        total = sum(max(d, (len(m) + len(c)) * h) + gap for _, m, c in entries)
        self.keep(total + 6)
        pdf.ln(block.get("before", 2))
        top = pdf.get_y()
        y = top
        for rating, m, c in entries:
            pdf.set_fill_color(*RAG[rating])
            pdf.ellipse(pdf.l_margin, y, d, d, style="F")
            letter = {"grey": "-"}.get(rating, rating)
            self._r5_lines(pdf.l_margin, y + (d - h) / 2, d, [letter], h, "B", size, "C",
                           (255, 255, 255))
            self._r5_lines(x_text, y, w_text, m, h, "B", size)
            self._r5_lines(x_text, y + len(m) * h, w_text, c, h, "", size)
            y += max(d, (len(m) + len(c)) * h) + gap
        pdf.set_fill_color(255, 255, 255)
        self._r4_box("scorecard", top, y - gap)
        pdf.set_xy(pdf.l_margin, y + block.get("after", 2))
        self.mark("scorecard")


# --------------------------------------------------------------------------- styles

RANGE = re.compile(r"^\(?[\d.,]+\s*(?:\u2013|-|to)\s*[\d.,]+\)?%?$")


def table_features_r5(table, spec: dict, parts: list[dict], writer) -> dict:
    """The styles round 5 added, counted from what was drawn (every table is counted)."""
    g = table.grid
    body = [c for c in g.cells if not c.header]
    head = [c for c in g.cells if c.header]
    texts = [c.text for c in body if c.text]
    order = writer.layout.get("cell_order", "rows")
    f: Counter = Counter()
    f["dashed or dotted rules"] = bool(spec.get("rule_style"))
    f["white rules over a shaded table"] = bool(spec.get("body_fill")) and spec.get(
        "rule_colour") == "white" and table.rules != "none"
    f["double rule under the header"] = bool(spec.get("double_header_rule"))
    f["letter-spaced header"] = bool(spec.get("header_spacing"))
    f["cells written bottom to top or right to left"] = order in ("reverse", "rtl")
    f["figures centred on wrapped stub labels"] = spec.get("valign") == "middle" and any(
        c.col == 0 and len(c.lines) > 1 for c in body)
    f["ranges or intervals in cells"] = any(RANGE.match(t) for t in texts)
    filled = {cc for c in g.cells if c.text for cc in range(c.col, c.col + c.cols)}
    f["blank spacer column"] = any(k not in filled for k in range(1, g.n_cols - 1))
    f["currency or % sign in a column of its own"] = any(
        c.text in ("£", "$", "%", "\u20ac") for c in g.cells)
    f["'of which' rows"] = any(c.col == 0 and c.text.lower().startswith("of which") for c in body)
    f["hierarchy by indentation only (no group rows, no bold)"] = any(
        c.indent > 0 for c in body) and not any(r.kind == "group" for r in g.rows) and not any(
        c.bold for c in body)
    f["heading over the stub and over all data columns"] = any(
        c.header and c.col == 0 and c.rows > 1 for c in head) and any(
        c.header and c.col == 1 and c.cols == g.n_cols - 1 for c in head)
    f["split, no header repeated, no caption"] = len(parts) > 1 and not spec.get(
        "repeat_header", True) and not spec.get("continued")
    return {k: int(v) for k, v in f.items()}


def after_blocks(writer) -> None:
    """Tables stacked with little more than a title between them (under 12 mm from the
    foot of one to the head of the next, on the same page, one over the other)."""
    firsts = {t["table"]: t for t in writer.tables}
    for feats, number in zip(writer.features, range(1, len(writer.features) + 1)):
        a = firsts[number]
        stacked = 0
        for b in writer.tables:
            if b["table"] == number or b["page"] != a["page"]:
                continue
            overlap_h = min(a["bbox"][2], b["bbox"][2]) - max(a["bbox"][0], b["bbox"][0]) > 20
            gap = max(b["bbox"][1] - a["bbox"][3], a["bbox"][1] - b["bbox"][3])
            if overlap_h and 0 <= gap < 12 * PT:
                stacked = 1
        feats["stacked with only a title between"] = stacked


# --------------------------------------------------------------------------- checks


def check_round5(built, pdf) -> None:
    """Round 5's checks: a table with dashed or dotted rules is drawn with many short
    paths in its box (none of them as long as a column); in a table written bottom to top
    or right to left, the first of its characters in pdfium's text order lies in its last
    row (pdfium orders the characters of one line left to right) or (``rtl``) in its last
    column."""
    import pypdfium2.raw as raw

    if built.round < 5:
        return
    order = built.layout.get("cell_order", "rows")
    for t in built.truth["tables"]:
        feats = built.features[t["table"] - 1]
        where = f"{built.doc} p{t['page']} table {t['table']}.{t['part']}"
        page = pdf[t["page"] - 1]
        height = page.get_size()[1]
        x0, top, x1, bottom = t["bbox"]
        if feats.get("dashed or dotted rules"):
            n, solid = 0, 0
            for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH]):
                left, low, right, high = obj.get_bounds()
                if not (x0 - 1 <= left and right <= x1 + 1 and top - 1 <= height - high
                        and height - low <= bottom + 1):
                    continue
                long_side, short_side = sorted((right - left, high - low), reverse=True)
                if long_side <= 6:
                    n += 1
                elif short_side < 1.5:  # a solid rule: a long, thin path
                    solid += 1
            if n < 20 or solid:
                raise AssertionError(f"{where}: dashed rules: {n} short paths, {solid} solid rules")
        if order in ("reverse", "rtl"):
            found = next(chars_in_box(page, t["bbox"], height), None)
            first = ((found[1] + found[3]) / 2, (found[2] + found[4]) / 2) if found else None
            cells = t["cells"]
            if order == "reverse":  # (pdfium reorders a line's text left to right)
                last_row = max(c["row"] for c in cells)
                want = [c for c in cells if c["row"] + c["row_span"] - 1 == last_row]
            else:
                right_col = max(c["col"] for c in cells)
                want = [c for c in cells if c["col"] == right_col]
            if first is None or not any(c["bbox"][0] <= first[0] <= c["bbox"][2]
                                        and c["bbox"][1] <= first[1] <= c["bbox"][3] for c in want):
                raise AssertionError(f"{where}: the first character read is not in the last row "
                                     f"or column "
                                     f"({order})")
        page.close()
