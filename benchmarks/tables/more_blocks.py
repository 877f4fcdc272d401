"""Round 2's block kinds for make_tables.py, and the styles it counts for them.

Page layouts that real government PDFs have and round 1 did not: several columns side
by side, each holding prose or tables (``columns``: two tables side by side, a table
beside a column of prose, a small table in one column of a two-column page), and
things that are not tables but are laid out like them, which a reader should leave
alone (the truth holds no table for them): a justified paragraph whose words are each
placed on their own (``jpara``: wide, uneven word spaces and no space characters), a
list whose numbers stand at tab stops (``tablist``), a key or legend (``legend``), an
organisation chart of boxes (``orgchart``), a signature block (``signatures``),
addresses in columns (``addresses``) and a form of labels and values (``form``).

``MoreBlocks`` is mixed into make_tables.Writer, whose helpers (``font``, ``keep``,
``mark``, ``note_text``, ``_wrap_text``, ``b_table``) it uses. Every line of text these
blocks draw is recorded with ``note_text`` and checked against the page's text layer.
"""
from __future__ import annotations

import re
from collections import Counter

from fpdf.enums import XPos, YPos

PROSE = {"para", "jpara", "bullets", "heading", "tablist"}


def _flat(text: str) -> str:
    return " ".join(text.split())


class MoreBlocks:
    """Block drawers of round 2 (methods ``b_<type>``, as make_tables.Writer's)."""

    # several columns --------------------------------------------------------------
    def b_columns(self, block):
        """Columns side by side (``left``, optional ``middle``, ``right``: lists of
        blocks), each drawn top down in its own margins. ``widths`` in mm (default
        equal), ``gap`` between them, ``keep``: the height to find room for first
        (the block must not break over a page)."""
        pdf = self.pdf
        names = [k for k in ("left", "middle", "right") if k in block]
        gap = block.get("gap", 8)
        widths = block.get("widths") or [(pdf.epw - gap * (len(names) - 1)) / len(names)] * len(names)
        if len(widths) != len(names):
            raise ValueError(f"columns: {len(widths)} widths for {len(names)} columns")
        self.keep(block.get("keep", 40))
        pdf.ln(block.get("before", 2))
        y0, page = pdf.get_y(), pdf.page
        saved = pdf.l_margin, pdf.r_margin
        x = pdf.l_margin
        ends, holds = [], []  # each column's foot; which features (tables) and prose it has
        for name, w in zip(names, widths):
            pdf.set_left_margin(x)
            pdf.set_right_margin(pdf.w - x - w)
            pdf.set_xy(x, y0)
            first = len(self.features)
            kinds = set()
            for sub in block[name]:
                if sub["type"] == "table":
                    pdf.ln(sub.get("space_before", 2))
                    self.b_table(sub, check_fit=False)
                else:
                    self.draw(sub)
                kinds.add(sub["type"])
                if pdf.page != page:
                    raise ValueError(f"columns block broke over a page in column {name!r}")
            holds.append((range(first, len(self.features)), kinds))
            ends.append(pdf.get_y())
            x += w + gap
        pdf.set_left_margin(saved[0])
        pdf.set_right_margin(saved[1])
        pdf.set_xy(pdf.l_margin, max(ends) + block.get("after", 3))
        self.mark("columns")
        for k, (made, kinds) in enumerate(holds):
            others = [h for j, h in enumerate(holds) if j != k]
            for n in made:
                self.features[n]["in one column of a multi-column page"] = 1
                if any(len(o[0]) for o in others):
                    self.features[n]["side by side with another table"] = 1
                if any(o[1] & PROSE for o in others):
                    self.features[n]["beside prose"] = 1
        if any(len(h[0]) for h in holds):
            self.mark("columns with a table")

    # prose that is not a table --------------------------------------------------
    def b_jpara(self, block):
        """A justified paragraph, each word placed on its own (no space characters),
        the last line set ragged: the word gaps on a line are wide and differ from
        line to line. ``width`` (mm; default the column), ``indent``."""
        pdf = self.pdf
        self.font(block.get("style", ""), block.get("size"))
        size = block.get("size", self.size)
        leading = block.get("leading", self.leading if size == self.size else round(size * 0.5, 2))
        width = block.get("width", pdf.epw - block.get("indent", 0))
        lines = self._wrap_text(_flat(block["text"]), width + 2 * pdf.c_margin)
        self.keep(len(lines) * leading)
        x0 = pdf.l_margin + block.get("indent", 0)
        y = pdf.get_y()
        for k, line in enumerate(lines):
            words = line.split()
            used = sum(pdf.get_string_width(w) for w in words)
            if k < len(lines) - 1 and len(words) > 1:
                space = (width - used) / (len(words) - 1)
            else:
                space = pdf.get_string_width(" ")
            x = x0
            baseline = y + 0.5 * leading + 0.3 * pdf.font_size
            for word in words:
                pdf.text(x, baseline, word)
                x += pdf.get_string_width(word) + space
            self.note_text(line)
            y += leading
        pdf.set_xy(pdf.l_margin, y + block.get("after", 2.5))
        self.mark("prose")
        self.mark("jpara")

    def b_tablist(self, block):
        """A bulleted or numbered list whose figures stand at tab stops: ``items`` =
        [[label, value, ...]], ``tabs`` = the right edge of each value (mm from the
        left margin). An item's label may wrap; its values go on its first line."""
        pdf = self.pdf
        if block.get("lead"):
            self.font("B" if block.get("lead_bold", True) else "")
            pdf.multi_cell(0, self.leading, block["lead"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.note_text(block["lead"])
            pdf.ln(1)
        tabs = block["tabs"]
        indent = block.get("indent", 6)
        margin = block.get("margin", 2)
        gap = block.get("gap", 1)
        for n, item in enumerate(block["items"], start=1):
            label, values = item[0], item[1:]
            mark = f"{n}." if block.get("numbered") else block.get("mark", "\u2022")
            self.font("B" if block.get("values_bold") else "")
            widest = max(pdf.get_string_width(i[1]) for i in block["items"] if len(i) > 1)
            self.font()
            room = tabs[0] - margin - indent - widest - block.get("label_gap", 8)
            lines = self._wrap_text(label, room + 2 * pdf.c_margin)
            self.keep(len(lines) * self.leading + gap)
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin + margin, y)
            pdf.cell(indent, self.leading, mark)
            for k, line in enumerate(lines):
                pdf.set_xy(pdf.l_margin + margin + indent, y + k * self.leading)
                pdf.cell(room, self.leading, line)
                self.note_text(line)
            self.font("B" if block.get("values_bold") else "")
            prev = pdf.l_margin + margin + indent + room
            for value, tab in zip(values, tabs):
                right = pdf.l_margin + tab
                w = pdf.get_string_width(value)
                if right - w < prev + 2:
                    raise ValueError(f"tablist value {value!r} overlaps at tab {tab}")
                pdf.set_xy(right - w - 0.01, y)
                pdf.cell(w + 0.01, self.leading, value, align="R")
                self.note_text(value)
                prev = right
            pdf.set_xy(pdf.l_margin, y + len(lines) * self.leading + gap)
        pdf.ln(2)
        self.mark("list")
        self.mark("tablist")

    def b_legend(self, block):
        """A key: ``items`` = [[swatch, label]], a swatch a colour name (a small filled
        square) or a symbol (text). ``layout`` = "row" (items flow along lines) or
        "column" (one item a line, labels at ``label_x`` mm)."""
        pdf = self.pdf
        size = block.get("size", max(7, self.size - 1))
        h = round(size * 0.5, 2)
        x0 = pdf.l_margin + block.get("indent", 0)
        column = block.get("layout", "row") == "column"
        self.keep((len(block["items"]) if column else 2) * h + 10)
        if block.get("title"):
            self.font("B", size)
            pdf.set_x(x0)
            pdf.cell(0, h, block["title"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.note_text(block["title"])
        x, y = x0, pdf.get_y()
        for swatch, label in block["items"]:
            self.font("", size)
            fill = self.colour_of(swatch) if isinstance(swatch, list) or swatch in self.colour_names else None
            sw = 3.2 if fill else pdf.get_string_width(swatch)
            lw = pdf.get_string_width(label)
            if not column and x + sw + 1.8 + lw > pdf.l_margin + pdf.epw and x > x0:
                x, y = x0, y + h + 0.5
            if fill:
                pdf.set_fill_color(*fill)
                pdf.rect(x, y + (h - 3.2) / 2, 3.2, 3.2, style="F")
                pdf.set_fill_color(255, 255, 255)
            else:
                self.font("B", size)
                pdf.set_xy(x, y)
                pdf.cell(sw, h, swatch)
                self.note_text(swatch)
                self.font("", size)
            lx = x0 + block.get("label_x", 10) if column else x + sw + 1.8
            pdf.set_xy(lx, y)
            pdf.cell(lw, h, label)
            self.note_text(label)
            if column:
                y += h + block.get("item_gap", 0.5)
            else:
                x += sw + 1.8 + lw + block.get("item_gap", 7)
        if not column:
            y += h
        pdf.set_xy(pdf.l_margin, y + block.get("after", 3))
        self.mark("legend")

    def b_orgchart(self, block):
        """Boxes joined by lines: ``levels`` = [[box, ...], ...], a box a list of lines
        (the first bold) or {lines, parent} (its parent's index in the level above;
        default 0). Boxes of a level share the width evenly."""
        pdf = self.pdf
        size = block.get("size", max(7, self.size - 1.5))
        lh = round(size * 0.45, 2)
        pad = block.get("pad", 1.6)
        vgap = block.get("vgap", 8)
        boxes = [[b if isinstance(b, dict) else {"lines": b} for b in level]
                 for level in block["levels"]]
        heights = [max(len(b["lines"]) for b in level) * lh + 2 * pad for level in boxes]
        self.keep(sum(heights) + vgap * (len(boxes) - 1) + 4)
        y = pdf.get_y() + 2
        centres: list[list[float]] = []
        lw = block.get("line", 0.3)
        for depth, level in enumerate(boxes):
            slot = pdf.epw / len(level)
            bw = min(block.get("box_w", 50), slot - block.get("min_gap", 4))
            row = []
            for k, box in enumerate(level):
                cx = pdf.l_margin + slot * (k + 0.5)
                row.append(cx)
                x = cx - bw / 2
                if block.get("fill"):
                    pdf.set_fill_color(*self.colour_of(block["fill"]))
                    pdf.rect(x, y, bw, heights[depth], style="F")
                    pdf.set_fill_color(255, 255, 255)
                pdf.set_draw_color(60, 60, 60)
                pdf.set_line_width(lw)
                pdf.rect(x, y, bw, heights[depth])
                ty = y + (heights[depth] - len(box["lines"]) * lh) / 2
                for n, line in enumerate(box["lines"]):
                    self.font("B" if n == 0 else "", size)
                    if pdf.get_string_width(line) > bw - 2 * pad:
                        raise ValueError(f"org chart line {line!r} is wider than its box")
                    pdf.set_xy(x + pad, ty)
                    pdf.cell(bw - 2 * pad, lh, line, align="C")
                    self.note_text(line)
                    ty += lh
                if depth:  # connectors: parent -> a bus half way down the gap -> child
                    parent = centres[depth - 1][box.get("parent", 0)]
                    bus = y - vgap / 2
                    pdf.line(cx, bus, cx, y)
                    pdf.line(min(cx, parent), bus, max(cx, parent), bus)
                    pdf.line(parent, bus, parent, y - vgap)
            centres.append(row)
            y += heights[depth] + vgap
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        pdf.set_xy(pdf.l_margin, y - vgap + block.get("after", 5))
        self.mark("orgchart")

    def b_signatures(self, block):
        """A signature block: ``entries`` = [[line, ...]] side by side, each under a
        label (``label``, e.g. "Signed") and a rule to sign on."""
        pdf = self.pdf
        n = block.get("cols", len(block["entries"]))
        gap = block.get("gap", 10)
        w = (pdf.epw - gap * (n - 1)) / n
        lines_max = max(len(e) for e in block["entries"])
        self.keep(14 + lines_max * self.leading)
        y0 = pdf.get_y() + 2
        for k, entry in enumerate(block["entries"]):
            x = pdf.l_margin + (k % n) * (w + gap)
            y = y0 + (k // n) * (16 + lines_max * self.leading)
            if block.get("label"):
                self.font()
                pdf.set_xy(x, y)
                pdf.cell(w, self.leading, block["label"])
                self.note_text(block["label"])
            pdf.set_line_width(0.2)
            pdf.set_draw_color(80, 80, 80)
            pdf.line(x, y + 11, x + w * block.get("rule_share", 0.85), y + 11)
            pdf.set_draw_color(0, 0, 0)
            for m, line in enumerate(entry):
                self.font("B" if m == 0 else "")
                pdf.set_xy(x, y + 12 + m * self.leading)
                pdf.cell(w, self.leading, line)
                self.note_text(line)
        rows = (len(block["entries"]) + n - 1) // n
        pdf.set_xy(pdf.l_margin, y0 + rows * (16 + lines_max * self.leading) + block.get("after", 2))
        self.mark("signatures")

    def b_addresses(self, block):
        """Addresses set in columns: ``entries`` = [[name, line, ...]], ``cols`` across."""
        pdf = self.pdf
        n = block.get("cols", 3)
        gap = block.get("gap", 6)
        w = (pdf.epw - gap * (n - 1)) / n
        entries = block["entries"]
        y = pdf.get_y() + 1
        for start in range(0, len(entries), n):
            chunk = entries[start:start + n]
            tall = max(len(e) for e in chunk) * self.leading
            if y + tall > pdf.page_break_trigger:
                raise ValueError("addresses do not fit on the page")
            for k, entry in enumerate(chunk):
                x = pdf.l_margin + k * (w + gap)
                for m, line in enumerate(entry):
                    self.font("B" if m == 0 else "")
                    if pdf.get_string_width(line) > w:
                        raise ValueError(f"address line {line!r} is wider than its column")
                    pdf.set_xy(x, y + m * self.leading)
                    pdf.cell(w, self.leading, line)
                    self.note_text(line)
            y += tall + block.get("row_gap", 4)
        pdf.set_xy(pdf.l_margin, y + block.get("after", 0))
        self.mark("addresses")

    def b_form(self, block):
        """A form: ``fields`` = [[label, value]], the value beside its label after a
        colon (``style`` = "colon"), in a box ("boxes") or on a rule ("underline");
        ``per_row`` fields side by side; a long value wraps in its box."""
        pdf = self.pdf
        per_row = block.get("per_row", 1)
        gap = block.get("gap", 8)
        slot = (pdf.epw - gap * (per_row - 1)) / per_row
        label_w = block.get("label_w", 45)
        style = block.get("style", "colon")
        lh = self.leading
        y = pdf.get_y() + 1
        fields = block["fields"]
        for start in range(0, len(fields), per_row):
            row_h = lh + 2
            chunk = fields[start:start + per_row]
            wrapped = []
            for label, value in chunk:
                self.font()
                wrapped.append(self._wrap_text(value, slot - label_w - 2 + 2 * pdf.c_margin)
                               if value else [])
            row_h = max(max((len(v) for v in wrapped), default=1), 1) * lh + 2
            self.keep(row_h)
            for k, ((label, value), lines) in enumerate(zip(chunk, wrapped)):
                x = pdf.l_margin + k * (slot + gap)
                self.font("B" if block.get("bold_labels", True) else "")
                text = label + (":" if style == "colon" and not label.endswith(":") else "")
                pdf.set_xy(x, y + 1)
                pdf.cell(label_w - 2, lh, text)
                self.note_text(text)
                vx, vw = x + label_w, slot - label_w
                self.font()
                if style == "boxes":
                    pdf.set_draw_color(120, 120, 120)
                    pdf.rect(vx, y, vw, row_h - 0.5)
                    pdf.set_draw_color(0, 0, 0)
                elif style == "underline":
                    pdf.set_draw_color(120, 120, 120)
                    pdf.line(vx, y + row_h - 0.5, vx + vw, y + row_h - 0.5)
                    pdf.set_draw_color(0, 0, 0)
                for m, line in enumerate(lines):
                    pdf.set_xy(vx + 1, y + 1 + m * lh)
                    pdf.cell(vw - 2, lh, line)
                    self.note_text(line)
            y += row_h + block.get("row_gap", 1.5)
        pdf.set_xy(pdf.l_margin, y + block.get("after", 3))
        self.mark("form")


# --------------------------------------------------------------------------- styles

NUMBER = re.compile(r"^[£$€]?\(?[-+]?[\d,]*\d(\.\d+)?\)?%?[a-z*†]?$")
SYMBOLS_R2 = {"x", "*", "n/a", ":", "\u2014", "nil"}


def table_features_r2(table, spec: dict) -> dict:
    """The styles round 2 added, counted from what was drawn (every table is counted,
    round 1's too)."""
    g = table.grid
    body = [c for c in g.cells if not c.header]
    body_rows = [r for r in g.rows if r.kind != "header"]
    filled = [c for c in body if c.text]
    text_cells = [c for c in filled if not NUMBER.match(c.text) and c.text not in SYMBOLS_R2
                  and c.text not in ("-", "..", "\u2013", "[x]", "[c]", "[z]")]
    data = [c for c in filled if c.col > 0]
    f: Counter = Counter()
    f["text body (most non-stub cells are words)"] = bool(data) and sum(
        1 for c in data if c in text_cells) > len(data) / 2
    f["wrapped text in 2+ cells of one row"] = any(
        sum(1 for c in body if c.row == r and len(c.lines) > 1) >= 2 for r in range(len(g.rows)))
    f["1-3 body rows"] = len(body_rows) <= 3
    f["three or more header rows"] = g.n_header >= 3
    head = [c for c in g.cells if c.header]
    f["header cell of 3+ lines beside a 1-line one"] = any(len(c.lines) >= 3 for c in head) and any(
        len(c.lines) == 1 for c in head)
    f["row-group headings at two levels"] = len({c.indent for c in body
                                                  if g.rows[c.row].kind == "group"}) >= 2
    bold_rows = [i for i, r in enumerate(g.rows) if r.kind == "body" and r.bold]
    f["subtotal rows (bold rows above the last)"] = any(i < len(g.rows) - 1 for i in bold_rows)
    wrapped_stub_rows = {c.row for c in body if c.col == 0 and len(c.lines) > 1}
    valign = spec.get("valign", "top")
    rows_valign = {r: (g.rows[r].valign or valign) for r in wrapped_stub_rows
                   if any(c.row == r and c.col > 0 and c.text for c in body)}
    f["wrapped stub, figures on its first line"] = "top" in rows_valign.values()
    f["wrapped stub, figures on its last line"] = "bottom" in rows_valign.values()
    f["decimal-aligned column"] = any(c.align == "D" for c in body)
    f["figures left-aligned"] = any(c.align == "L" and c.col > 0 and NUMBER.match(c.text)
                                     and any(ch.isdigit() for ch in c.text) for c in body)
    f["text gap between columns under 2.5 mm"] = 2 * table.pad < 2.5 and table.rules != "grid"
    f["font 8 pt or smaller"] = table.size <= 8
    cells_total = (len(g.rows) - g.n_header) * g.n_cols
    f["sparse (a third or more of body cells empty)"] = cells_total > 0 and (
        cells_total - sum(c.cols for c in filled)) >= cells_total / 3
    f["symbol cells ('x', '*', 'n/a', ':')"] = any(c.text in SYMBOLS_R2 for c in body)
    f["rules: vertical only"] = table.rules == "vertical"
    f["rules: outer frame only"] = table.rules == "box"
    f["rules: under the header only"] = table.rules == "none" and bool(spec.get("header_rule"))
    f["shading only, no rules"] = table.rules == "none" and not spec.get("header_rule") and (
        bool(spec.get("cell_fill")) or table.zebra is not None)
    f["each cell shaded, white gutters"] = bool(spec.get("cell_fill"))
    f["footnote lines inside the rules"] = bool(table.foot)
    f["side by side with another table"] = False  # set by the columns block
    f["in one column of a multi-column page"] = False
    return {k: int(v) for k, v in f.items()}
