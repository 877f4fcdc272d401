"""Round 4's table options, block kinds, styles and checks for make_tables.py.

Round 4 (t101-t130) adds what rounds 1-3 are thin on and real government PDFs have a
lot of: tables with no rules and no shading at all, whose header is set apart only by
its font, and pages of things laid out in columns that are not tables. Table options
(read from a table's spec or a cell's item; see README.md):

* a header set apart only by its font: in italics (``header_italic``; with
  ``header_bold = false``), or in another size than the body (``header_size``, in points;
  ``header_line_h``); any cell may take its own ``size`` and ``italic``;
* a unit line between a table's title and its header (``unit = "Thousands of persons"``;
  ``unit_align`` "L" or "R", ``unit_style``, ``unit_size``, ``unit_gap``): like the
  title, not part of the table.

Everything else round 4's tables do (spanning headings centred with no rule under them,
stubs indented or wrapping, "Total" rows with no rule, centred code columns beside
left-aligned text and right-aligned figures, narrow uneven gaps, placeholders, rows that
are a sentence spanning every column, header cells over columns the body leaves empty,
notes set right under the last row with ``gap_after_table = 0``) is drawn with the keys
rounds 1-3 already have.

Block kinds (``Round4Blocks``, mixed into make_tables.Writer), none of them a table:
``deflist`` (a glossary or list of abbreviations set as a definition list: the term in
bold in a column of its own with its definition wrapping beside it, or the term on a
line of its own with the definition indented under it), ``tabbed`` (lines whose fields
stand at tab stops, any field wrapping inside its own width: a contents page without dot
leaders, a list of tables, a reference list with the pages where each is cited) and
``survey`` (a questionnaire: statements, each with a row of empty tick boxes under the
answer headings). The truth holds no table for them; the checks make sure every line
they draw is in the page's text and that they lie outside every table.
"""
from __future__ import annotations

import re
from collections import Counter

from fpdf.enums import XPos, YPos

PT = 72 / 25.4

LAYOUTS = {"deflist": "a definition list (glossary, abbreviations)",
           "tabbed": "lines at tab stops (contents without leaders, list of tables, references)",
           "survey": "a questionnaire with tick boxes"}

PLACEHOLDERS = {"...", "\u2026", "NA", "z", "(S)", "(NA)", "(X)", "(D)", "(Z)", "-", "\u2013",
                "\u2014", ":", "..", "x", "*", "n/a"}


def _flat(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- table cells


def cell_options(cell, item: dict, spec: dict, head: bool) -> None:
    """A cell's round 4 keys: its own size (or the table's ``header_size`` for a header
    cell) and italics."""
    size = item.get("size", spec.get("header_size") if head else None)
    cell.size = float(size) if size else None
    if "italic" in item:
        cell.italic = bool(item["italic"])


def line_h(t, cell) -> float:
    """The line height of a cell set in its own size."""
    if cell.header and "header_line_h" in t.spec:
        return float(t.spec["header_line_h"])
    return round(cell.size * 0.42, 2)


def _unit_lines(writer, block, width: float) -> tuple[list[str], float]:
    size = block.get("unit_size", writer.size - 1)
    writer.font(block.get("unit_style", "I"), size)
    return writer._wrap_text(block["unit"], width + 2 * writer.pdf.c_margin), size


def unit_h(writer, block, table) -> float:
    """The height a table's unit line takes (0 without one)."""
    if not block.get("unit"):
        return 0.0
    lines, size = _unit_lines(writer, block, sum(table.widths))
    return len(lines) * round(size * 0.45, 2) + block.get("unit_gap", 1.0)


def draw_unit(writer, block, table) -> None:
    """The unit line ("Thousands of persons", "EUR million"), under the title and over
    the table's columns, left-aligned with the table or right-aligned at its right edge."""
    if not block.get("unit"):
        return
    pdf = writer.pdf
    width = sum(table.widths)
    lines, size = _unit_lines(writer, block, width)
    h = round(size * 0.45, 2)
    y = pdf.get_y()
    for line in lines:
        pdf.set_xy(table.x0, y)
        pdf.cell(width, h, line, align=block.get("unit_align", "L"))
        writer.note_text(line)
        y += h
    pdf.set_xy(table.x0, y + block.get("unit_gap", 1.0))
    writer.font()


# --------------------------------------------------------------------------- blocks


class Round4Blocks:
    """Block drawers of round 4 (methods ``b_<type>``, as make_tables.Writer's)."""

    def _r4_box(self, kind: str, top: float, bottom: float, x0=None, x1=None):
        pdf = self.pdf
        self.r3_box(kind, pdf.l_margin if x0 is None else x0, top,
                    pdf.l_margin + pdf.epw if x1 is None else x1, bottom)

    def _lines_at(self, x, y, w, lines, h, style="", size=None, align="L"):
        pdf = self.pdf
        self.font(style, size)
        for k, line in enumerate(lines):
            pdf.set_xy(x, y + k * h)
            pdf.cell(w, h, line, align=align)
            self.note_text(line)

    # definition lists ----------------------------------------------------------------
    def b_deflist(self, block):
        """A glossary or list of abbreviations: ``items`` = [[term, definition]].
        ``layout`` = "side" (the term in bold in a column ``term_w`` mm wide, its
        definition wrapping beside it) or "stacked" (the term on a line of its own, the
        definition under it indented ``indent`` mm); ``gap`` between entries, ``size``,
        ``term_style``. May break over pages between entries. Not a table."""
        pdf = self.pdf
        size = block.get("size", self.size)
        h = round(size * 0.5, 2) if "size" in block else self.leading
        layout = block.get("layout", "side")
        term_w = block.get("term_w", 40)
        indent = block.get("indent", 8)
        gap = block.get("gap", 1.5)
        style = block.get("term_style", "B")
        top = pdf.get_y()
        for term, definition in block["items"]:
            self.font(style, size)
            if layout == "side":
                tl = self._wrap_text(term, term_w - 3 + 2 * pdf.c_margin)
                self.font("", size)
                dl = self._wrap_text(_flat(definition), pdf.epw - term_w + 2 * pdf.c_margin)
                need = max(len(tl), len(dl)) * h
            else:
                tl = self._wrap_text(term, pdf.epw + 2 * pdf.c_margin)
                self.font("", size)
                dl = self._wrap_text(_flat(definition), pdf.epw - indent + 2 * pdf.c_margin)
                need = (len(tl) + len(dl)) * h
            if pdf.get_y() + need > pdf.page_break_trigger:
                self._r4_box("definition list", top, pdf.get_y())
                self.mark("deflist")
                pdf.add_page(orientation=self.orientation)
                top = pdf.get_y()
            y = pdf.get_y()
            self._lines_at(pdf.l_margin, y, term_w - 3 if layout == "side" else pdf.epw, tl, h,
                           style, size)
            if layout == "side":
                self._lines_at(pdf.l_margin + term_w, y, pdf.epw - term_w, dl, h, "", size)
            else:
                self._lines_at(pdf.l_margin + indent, y + len(tl) * h, pdf.epw - indent, dl, h,
                               "", size)
            pdf.set_xy(pdf.l_margin, y + need + gap)
        self._r4_box("definition list", top, pdf.get_y() - gap)
        pdf.ln(block.get("after", 2))
        self.mark("deflist")

    # lines at tab stops ---------------------------------------------------------------
    def b_tabbed(self, block):
        """Lines whose fields stand at tab stops: ``fields`` = [[x, width, align, style],
        ...] (x and width in mm from the left margin; align "L" or "R"), ``items`` =
        rows of field texts, or {heading = "..."} (a bold line of its own). A field
        longer than its width wraps inside it; the other fields stay on the row's first
        line. ``kind`` names it ("contents", "list of tables", "references"); ``gap``
        between rows, ``size``. May break over pages between rows. Not a table."""
        pdf = self.pdf
        size = block.get("size", self.size)
        h = round(size * 0.5, 2) if "size" in block else self.leading
        fields = block["fields"]
        gap = block.get("gap", 1.0)
        kind = block.get("kind", "contents")
        top = pdf.get_y()
        for item in block["items"]:
            if isinstance(item, dict):
                self.font("B", size)
                need = h + gap + 2 * h
            else:
                wrapped = []
                for text, (x, w, align, *style) in zip(item, fields):
                    self.font(style[0] if style else "", size)
                    wrapped.append(self._wrap_text(text, w + 2 * pdf.c_margin) if text else [])
                need = max(len(w) for w in wrapped) * h
            if pdf.get_y() + need > pdf.page_break_trigger:
                self._r4_box(kind, top, pdf.get_y())
                self.mark("tabbed")
                pdf.add_page(orientation=self.orientation)
                top = pdf.get_y()
            y = pdf.get_y()
            if isinstance(item, dict):
                pdf.ln(block.get("heading_before", 1.5))
                y = pdf.get_y()
                self._lines_at(pdf.l_margin, y, pdf.epw, [item["heading"]], h, "B", size)
                pdf.set_xy(pdf.l_margin, y + h + gap)
                continue
            for lines, (x, w, align, *style) in zip(wrapped, fields):
                self._lines_at(pdf.l_margin + x, y, w, lines, h, style[0] if style else "", size,
                               align)
            pdf.set_xy(pdf.l_margin, y + need + gap)
        self._r4_box(kind, top, pdf.get_y() - gap)
        pdf.ln(block.get("after", 2))
        self.mark("tabbed")

    # a questionnaire ------------------------------------------------------------------
    def b_survey(self, block):
        """A questionnaire: ``items`` (statements, wrapping in a column ``label_w`` mm
        wide, numbered when ``numbered``), ``options`` (the answer headings, centred over
        columns sharing the rest of the width) and under each heading, on every
        statement's first line, an empty square tick box (``box`` mm). ``question`` is a
        bold line above; ``size``, ``gap``. Kept on one page. Not a table: its boxes hold
        no data (the results, where a document gives them, are a table of their own)."""
        pdf = self.pdf
        size = block.get("size", self.size)
        h = round(size * 0.48, 2)
        label_w = block.get("label_w", 80)
        options = block["options"]
        col_w = (pdf.epw - label_w) / len(options)
        box = block.get("box", 3.6)
        gap = block.get("gap", 2.2)
        head_size = block.get("head_size", size - 1)
        hh = round(head_size * 0.45, 2)
        self.font("B", head_size)
        heads = [self._wrap_text(o, col_w - 1 + 2 * pdf.c_margin) for o in options]
        self.font("", size)
        labels = []
        for n, item in enumerate(block["items"], start=1):
            text = f"{n}. {item}" if block.get("numbered") else item
            labels.append(self._wrap_text(text, label_w - 4 + 2 * pdf.c_margin))
        q_lines = []
        if block.get("question"):
            self.font("B", size)
            q_lines = self._wrap_text(block["question"], pdf.epw + 2 * pdf.c_margin)
        total = (len(q_lines) * h + 2 + max(len(x) for x in heads) * hh + 2
                 + sum(max(len(x) * h, box) + gap for x in labels))
        self.keep(total + 4)
        pdf.ln(block.get("before", 2))
        top = pdf.get_y()
        y = top
        if q_lines:
            self._lines_at(pdf.l_margin, y, pdf.epw, q_lines, h, "B", size)
            y += len(q_lines) * h + 2
        deep = max(len(x) for x in heads)
        for k, lines in enumerate(heads):
            x = pdf.l_margin + label_w + k * col_w
            y0 = y + (deep - len(lines)) * hh  # headings stand on a common foot
            self._lines_at(x, y0, col_w, lines, hh, "B", head_size, "C")
        y += deep * hh + 2
        pdf.set_draw_color(90, 90, 90)
        pdf.set_line_width(0.25)
        for lines in labels:
            self._lines_at(pdf.l_margin, y, label_w - 4, lines, h, "", size)
            for k in range(len(options)):
                cx = pdf.l_margin + label_w + (k + 0.5) * col_w
                pdf.rect(cx - box / 2, y + (h - box) / 2, box, box)
            y += max(len(lines) * h, box) + gap
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        self._r4_box("questionnaire", top, y - gap)
        pdf.set_xy(pdf.l_margin, y + block.get("after", 2))
        self.mark("survey")


# --------------------------------------------------------------------------- styles

NUMERIC = re.compile(r"^[£$€(\u2212\-]*[\d][\d,.\u2009\u202f ]*\)?%?[a-z]?$")


def bare(table, spec: dict) -> bool:
    """No rule and no shading anywhere in the table: its columns and header are set apart
    by white space and the font only."""
    g = table.grid
    return (table.rules == "none" and not spec.get("header_rule") and not spec.get("bottom_rule")
            and table.header_fill is None and table.zebra is None and not spec.get("cell_fill")
            and not any(r.rule_above or r.fill for r in g.rows)
            and not any(c.fill for c in g.cells) and not table.foot)


def table_features_r4(table, spec: dict, parts: list[dict], writer) -> dict:
    """The styles round 4 added, counted from what was drawn (every table is counted,
    rounds 1-3 too)."""
    g = table.grid
    body = [c for c in g.cells if not c.header]
    head = [c for c in g.cells if c.header]
    texts = [c.text for c in body if c.text]
    body_rows = [i for i, r in enumerate(g.rows) if r.kind == "body"]
    no_rules = bare(table, spec)
    f: Counter = Counter()
    f["no rules and no shading at all"] = no_rules
    f["header set apart by bold only (no rule, no shading)"] = no_rules and bool(head) and all(
        c.bold and not c.italic and not c.size for c in head)
    f["header in italics"] = bool(head) and all(c.italic for c in head if c.text)
    f["header in another size than the body"] = any(c.size and c.size != table.size for c in head)
    f["spanning heading, no rule under it"] = no_rules and any(
        c.cols > 1 and c.row + c.rows < g.n_header for c in head)
    f["unit line between title and header"] = bool(spec.get("unit"))
    f["notes set right under the last row"] = bool(spec.get("notes")) and spec.get(
        "gap_after_table", 1.5) <= 0.5 and not spec.get("bottom_rule") and table.rules in ("none",)
    f["'Total' row with no rule and not bold"] = no_rules and any(
        c.col == 0 and c.text.lower().startswith(("total", "all ")) and not c.bold for c in body)
    aligns = {c.align for c in body if c.text and c.cols == 1}
    f["mixed alignment (left, centred, right columns)"] = {"L", "C", "R"} <= aligns or (
        {"L", "C", "D"} <= aligns)
    f["centred code or status column"] = any(
        c.align == "C" and c.cols == 1 and c.text and not NUMERIC.match(c.text)
        and c.text not in PLACEHOLDERS for c in body)
    f["placeholders ('...', 'NA', 'z', '(S)')"] = any(t in {"...", "\u2026", "NA", "z", "(S)"}
                                                       for t in texts)
    n_body = len(body_rows)
    empties = []
    for col in range(1, g.n_cols):
        filled = {c.row for c in body if c.col <= col < c.col + c.cols and c.text
                  and c.text not in PLACEHOLDERS}
        empties.append(n_body > 0 and len(filled & set(body_rows)) <= n_body / 2)
    f["a column half or more empty or placeholders"] = any(empties)
    under = {c.col for c in body if c.text and c.cols == 1}
    f["heading over a column the body leaves empty"] = any(
        c.cols == 1 and c.row + c.rows == g.n_header and c.col not in under and c.text for c in head
    ) and bool(body_rows)
    f["sentence row spanning every column"] = any(
        c.cols == g.n_cols and len(c.text.split()) >= 6 for c in body)
    # (no text widths here: setting a font after the table is drawn would change the PDF)
    longest = max((len(line) for c in body if c.col == 0 and c.cols == 1 for line in c.lines),
                  default=0)
    f["wide stub, one or two figure columns"] = g.n_cols <= 3 and longest >= 40 and \
        table.widths[0] >= 0.55 * sum(table.widths) and sum(1 for t in texts if NUMERIC.match(t)) >= 3
    f["13 or more columns"] = g.n_cols >= 13
    f["narrow uneven gaps (under 2 mm, widths set by hand)"] = 2 * table.pad < 2.0 and \
        "widths" in spec and table.rules != "grid"
    f["split over pages on landscape pages"] = len(parts) > 1 and writer.orientation == "L"
    return {k: int(v) for k, v in f.items()}


# --------------------------------------------------------------------------- checks


def check_round4(built, pdf) -> None:
    """Round 4's checks: a table drawn with no rules and no shading has no vector
    graphics (paths) anywhere in its box, so nothing but white space and fonts sets its
    columns and header apart; every round 4 truth table has at least one header or two
    body rows' worth of cells; and (round 4) every character inside a table's box lies
    wholly inside the box of one of its cells, so no text overruns its column."""
    import pypdfium2.raw as raw

    for t in built.truth["tables"]:
        feats = built.features[t["table"] - 1]
        if not feats.get("no rules and no shading at all"):
            continue
        page = pdf[t["page"] - 1]
        height = page.get_size()[1] if page.get_rotation() % 180 == 0 else page.get_size()[0]
        x0, top, x1, bottom = t["bbox"]
        for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH]):
            left, low, right, high = obj.get_bounds()
            otop, obottom = height - high, height - low
            if min(right, x1) - max(left, x0) > 0.1 and min(obottom, bottom) - max(otop, top) > 0.1:
                raise AssertionError(f"{built.doc} p{t['page']} table {t['table']}.{t['part']}: "
                                     f"a path at {[round(v, 1) for v in (left, otop, right, obottom)]} "
                                     f"lies in a table drawn without rules or shading")
        page.close()
    if built.round >= 4:
        for t in built.truth["tables"]:
            _check_chars_in_cells(built, pdf, t)
            if len(t["cells"]) < 4:
                raise AssertionError(f"{built.doc} p{t['page']} table {t['table']}.{t['part']}: "
                                     f"fewer than four cells")


def chars_in_box(page, box, height: float):
    """The page's characters (not spaces) whose centres lie in ``box`` (x0, top, x1, bottom
    from the page's top-left), in pdfium's text order: (character, left, top, right, bottom)."""
    x0, top, x1, bottom = box
    tp = page.get_textpage()
    try:
        for i in range(tp.count_chars()):
            ch = tp.get_text_range(i, 1)
            if not ch.strip():
                continue
            l, b, r, tt = tp.get_charbox(i)
            if x0 <= (l + r) / 2 <= x1 and top <= height - (b + tt) / 2 <= bottom:
                yield ch, l, height - tt, r, height - b
    finally:
        tp.close()


def _check_chars_in_cells(built, pdf, t) -> None:
    """Every character whose centre lies in the table's box lies wholly (to half a point)
    inside one cell's box: a word wider than its column would overrun its neighbour."""
    page = pdf[t["page"] - 1]
    height = page.get_size()[1] if page.get_rotation() % 180 == 0 else page.get_size()[0]
    boxes = [c["bbox"] for c in t["cells"]]
    for ch, l, ctop, r, cbottom in chars_in_box(page, t["bbox"], height):
        if not any(bx0 - 0.5 <= l and r <= bx1 + 0.5 and btop - 0.5 <= ctop and cbottom <= bbot + 0.5
                   for bx0, btop, bx1, bbot in boxes):
            raise AssertionError(f"{built.doc} p{t['page']} table {t['table']}.{t['part']}: "
                                 f"{ch!r} at {round(l, 1)},{round(ctop, 1)} overruns its cell")
    page.close()
