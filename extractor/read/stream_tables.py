"""Unruled tables found from word positions alone.

A line splits into cells wherever the gap between two words is much wider
than the document's normal word space.  A table is a run of such lines with
numbers in them (data rows), plus the heading line(s) just above, plus label
lines that wrap under (or, for the first row, above) a row's numbers.  The
run may cross a page break: a header at the foot of one page and its rows at
the top of the next are one table.  Prose never qualifies: its gaps are all
normal word spaces, so it never splits into cells.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Document, Line, Table
from .side_by_side import side_by_side_cut

# thousands parted by commas, or by (thin) spaces as statistical offices write them ("6 412.8")
_AMOUNT = r"[-+−]?[£$€]?(\d{1,3}(,\d{3})+|\d{1,3}([ \u2009\u202f]\d{3})+|\d+)(\.\d+)?\s?%?"
# a footnote, revision or status flag: "3*", "288r", "8.8a", "72.9p", "5 381.9 p"
_MARK = r"(\s?(\*|†|[a-z]))?"
# "75.0", "1,511", "92%", "3*", "288r", "27% (Aug 15)", "(12)"
NUMBER = re.compile(rf"^{_AMOUNT}{_MARK}(\s*\([^()]{{1,20}}\))?$|^\({_AMOUNT}\){_MARK}$")
# "24 beds", "60 packages", "£3.2 million": a number with its unit reads as a value in a table
QUANTITY = re.compile(rf"^{_AMOUNT}\s+[A-Za-z]+(\s+[A-Za-z]+)?$")
# "Table 3: ...", "Figure 2 -": a caption is never a row or a heading of the table below it
CAPTION = re.compile(r"^(Table|Figure|Chart|Graph|Exhibit)\s+[A-Z]?\d+[a-z]?\b", re.IGNORECASE)
UNIT = re.compile(r"^[£$]0\d")  # "£000", "$000": the unit under a heading, not an amount
# not available, suppressed, not applicable: "n/a", "..", ":" (Eurostat), "(NA)", "(X)", "(D)", "(Z)"
NOT_AVAILABLE = {"n/a", "na", "n/ava", "-", "–", "—", "*", "x", "nil", "..", ":", "(na)", "(x)", "(d)", "(z)", "(s)"}
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# "2017", "2015-16", "15/16", "31/03/2012", "May-15", "Q3": column headings, not data
PERIOD = re.compile(
    rf"(?i)^((19|20)\d\d|((19|20)?\d\d[-/–](19|20)?\d\d)|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}"
    rf"|{_MONTH}[-\s']?\d{{2,4}}|q[1-4]|qtr\.?\s?[1-4])$")

CELL_GAP = 0.5  # a gap of >= 0.5 line heights (or 2x the usual word space) separates cells
ROW_GAP = 2.5  # rows of one table are at most 2.5 line heights apart
WRAP_GAP = 0.8  # a wrapped label line sits tight against the line before it
MAX_HEADER_LINES = 6  # a heading may wrap onto several lines over narrow columns
MAX_GROUP_LINES = 2  # row-group headings ("Pedestrians") between the header and the first row
MAX_HEADER_WORDS = 12  # per header cell: longer is a sentence
MIN_BARS = 3  # rows of a label and one figure, for a bar chart's labels
CENTRED_SLACK = 0.05  # of a group of headings' width: a heading this near its middle is centred over it


@dataclass
class Cell:
    text: str
    x0: float
    x1: float


@dataclass
class Row:
    line: Line  # the line holding the row's numbers
    cells: list[Cell]
    wraps: list[tuple[Line, list[Cell]]] = field(default_factory=list)  # its wrapped label lines

    def parts(self) -> list[tuple[Line, list[Cell]]]:
        return sorted([(self.line, self.cells)] + self.wraps, key=lambda p: (p[0].page, p[0].top))


def is_number(text: str) -> bool:
    return (bool(NUMBER.match(text)) and not PERIOD.match(text) and not UNIT.match(text)) \
        or text.lower() in NOT_AVAILABLE


def is_period(text: str) -> bool:
    return bool(PERIOD.match(text))


def line_height(line: Line) -> float:
    return max(line.bottom - line.top, 1.0)


def cell_gap_ratio(document: Document) -> float:
    """Gap (in line heights) that separates cells: well above this document's word spaces."""
    ratios = sorted((b.x0 - a.x1) / max(a.bottom - a.top, 1.0)
                    for page in document.pages for line in page.lines
                    for a, b in zip(line.words, line.words[1:]))
    usual = ratios[len(ratios) // 2] if ratios else 0.25
    return max(CELL_GAP, 2.0 * usual)


def split_cells(line: Line, gap_ratio: float) -> list[Cell]:
    """Words -> cells, cut where the gap between two words is wide."""
    cells: list[Cell] = []
    for word in line.words:
        height = max(_text_size(line) if word.turned else word.bottom - word.top, 1.0)
        if cells and word.x0 - cells[-1].x1 < gap_ratio * height:
            last = cells[-1]
            cells[-1] = Cell(f"{last.text} {word.text}", last.x0, max(last.x1, word.x1))
        else:
            cells.append(Cell(word.text, word.x0, word.x1))
    return cells


def _text_size(line: Line) -> float:
    """The height of the line's upright words (a turned heading's height is its length)."""
    upright = sorted(w.bottom - w.top for w in line.words if not w.turned)
    return upright[len(upright) // 2] if upright else min(w.size for w in line.words)


def is_value(text: str) -> bool:
    return is_number(text) or bool(QUANTITY.match(text))


def is_data_row(cells: list[Cell]) -> bool:
    """Two or more cells, and most cells after the first (the label) are numbers."""
    if len(cells) < 2:
        return False
    numbers = sum(is_value(c.text) for c in cells[1:])
    return numbers >= 1 and 2 * numbers >= len(cells) - 1


def find_stream_tables(document: Document, skip: dict[int, list[tuple]], gap_ratio: float) -> list[Table]:
    """Unruled tables in reading order; lines inside `skip` boxes (page -> bboxes) are ignored,
    and cells part at `gap_ratio` line heights (``cell_gap_ratio``)."""
    # The document as one stream of lines; None marks a hard break (a ruled
    # table in between), while a page break alone may be crossed.
    stream: list[Line | None] = []
    for page in document.pages:
        for line in page.lines:
            if in_boxes(line, skip.get(page.number, ())):
                if stream and stream[-1] is not None:
                    stream.append(None)
            else:
                stream.append(line)
    cells = [split_cells(ln, gap_ratio) if ln else [] for ln in stream]
    page_rules = {page.number: page.rules for page in document.pages}
    horizontal = {page.number: [r for r in page.rules if r.horizontal] for page in document.pages}
    ruled = _ruled_above(stream, horizontal)
    tables: list[Table] = []
    headers_before: dict[str, list[tuple[float, float]]] = {}  # a header's text -> its table's columns
    i = taken = 0  # lines before `taken` belong to a table already
    while i < len(stream):
        if stream[i] is None or not is_data_row(cells[i]):
            i += 1
            continue
        rows, end = _grow_block(stream, cells, i, ruled)
        top = _take_label_lines_above(stream, cells, i, rows, taken, ruled)
        header = _header_above(stream, cells, top, rows, taken, ruled)
        if header is None:  # a row-group heading between the header and the first row
            groups = _group_lines_above(stream, cells, top, rows, taken)
            header = _header_above(stream, cells, top - len(groups), rows, taken, ruled) if groups else None
            if header is not None:
                rows[:0] = groups
        for rows, header in _side_by_side(rows, header, page_rules):
            continues = headers_before.get(_header_text(header)) if header is not None else None
            if (len(rows) + (header is not None and _counts_as_numeric(header)) >= 2 or continues) \
                    and not (header is None and (_looks_like_contents(rows) or _looks_like_list(rows)
                                                 or _no_shared_column(rows) or _bar_labels(rows))):
                spans = _table_spans(rows, header, continues or ())
                tables.append(_make_table(rows, header, spans, horizontal.get(rows[0].line.page, [])))
                taken = end
                if header is not None:  # a table continued on the next page may repeat it over one row
                    headers_before[_header_text(header)] = spans
        i = end
    return tables


def _side_by_side(rows: list[Row], header: Row | None, rules: dict[int, list]):
    """The block as one table (rows, header), or as two set side by side (side_by_side.py)."""
    parts = ([header] if header else []) + rows
    page = rows[0].line.page
    if any(ln.page != page for row in parts for ln, _ in row.parts()):
        return [(rows, header)]
    spans = [(c.x0, c.x1) for row in parts for _, cells in row.parts() for c in cells]
    height = line_height(parts[0].line)
    cut = side_by_side_cut(spans, rules.get(page, []), parts[0].line.top - 1.5 * height,
                           rows[-1].parts()[-1][0].bottom + 1.5 * height)
    if cut is None:
        return [(rows, header)]
    halves = []
    for keep in (lambda c: c.x1 <= cut, lambda c: c.x0 >= cut):
        side = [_keep_cells(row, keep) for row in rows]
        side = [row for row in side if row.cells or row.wraps]
        part = _keep_cells(header, keep) if header else None
        if part is not None and is_data_row(part.cells):  # the tables' rows are not level:
            side.insert(0, Row(part.line, part.cells))  # this side's first row stood by the other's header
            part = Row(part.wraps[-1][0], part.wraps[-1][1], part.wraps[:-1]) if part.wraps else None
        if side:
            halves.append((side, part))
    return halves


def _keep_cells(row: Row, keep) -> Row:
    cells = [c for c in row.cells if keep(c)]
    wraps = [(ln, kept) for ln, kept in ((ln, [c for c in cs if keep(c)]) for ln, cs in row.wraps) if kept]
    if not cells and wraps:  # the row's figures are all on the other side: its label line leads
        (line, cells), wraps = wraps[0], wraps[1:]
        return Row(line, cells, wraps)
    return Row(row.line, cells, wraps)


FULL_RULE = 0.9  # a rule across this share of two lines' extent separates them


def _ruled_above(stream: list[Line | None], rules: dict[int, list]) -> list[bool]:
    """For each line, whether a horizontal rule across its width and the width of the
    line before it lies between them: a table's top rule under its title, the rule under
    its last row. A rule under only some columns (under a spanning heading) does not count."""
    ruled = [False] * len(stream)
    for k in range(1, len(stream)):
        above, below = stream[k - 1], stream[k]
        if above is None or below is None or above.page != below.page:
            continue
        x0, x1 = min(above.x0, below.x0), max(above.x1, below.x1)
        ruled[k] = any(above.bottom - 1 <= r.top <= below.top + 1 and
                       min(r.x1, x1) - max(r.x0, x0) >= FULL_RULE * (x1 - x0)
                       for r in rules.get(below.page, ()))
    return ruled


def in_boxes(line: Line, boxes) -> bool:
    """The line's middle lies in one of the (x0, top, x1, bottom) boxes."""
    middle = (line.top + line.bottom) / 2
    return any(b[1] - 1 <= middle <= b[3] + 1 and line.x0 < b[2] and line.x1 > b[0] for b in boxes)


def _near(above: Line, below: Line, limit: float) -> bool:
    """Close enough vertically to belong together; a page break always is."""
    if below.page != above.page:
        return below.page == above.page + 1
    return below.top - above.bottom <= limit * line_height(above)


def column_spans(rows: list[Row]) -> list[tuple[float, float]]:
    """Column extents: the x-ranges of data cells, merged where they overlap."""
    spans: list[list[float]] = []
    for cell in sorted((c for r in rows for c in r.cells), key=lambda c: c.x0):
        if spans and cell.x0 <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], cell.x1)
        else:
            spans.append([cell.x0, cell.x1])
    return [(a, b) for a, b in spans]


def _overlaps(cell: Cell, span: tuple[float, float]) -> bool:
    return cell.x0 < span[1] and cell.x1 > span[0]


def _fits_columns(cells: list[Cell], spans: list[tuple[float, float]]) -> bool:
    """Every cell lies within exactly one column."""
    return all(sum(_overlaps(c, s) for s in spans) == 1 for c in cells)


def _grow_block(stream, cells, start: int, ruled: list[bool]) -> tuple[list[Row], int]:
    """Data rows from `start` on, with wrapped label lines and row-group headings;
    returns rows and the index after the last row."""
    rows = [Row(stream[start], cells[start])]
    pending: list[int] = []  # label-only lines: rows if a data row follows ("Pedestrians")
    j = end = start + 1
    while j < len(stream) and stream[j] is not None:
        line, previous, spans = stream[j], stream[j - 1], column_spans(rows)
        same_page = line.page == previous.page
        if is_data_row(cells[j]) and _near(previous, line, ROW_GAP) and (
                same_page or _fits_columns(cells[j], spans)):
            rows += [Row(stream[m], cells[m]) for m in pending] + [Row(line, cells[j])]
            pending, end = [], j + 1
        elif same_page and _fits_columns(cells[j], spans) and not CAPTION.match(line.text) \
                and not any(is_number(c.text) for c in cells[j]):
            tight = _near(previous, line, WRAP_GAP) and not ruled[j]  # a wrap stays inside its cell
            if tight and not pending and _starts_row(cells[j], spans, rows):  # a value the pattern can't read
                rows.append(Row(line, cells[j]))
                end = j + 1
            elif tight and not pending:
                rows[-1].wraps.append((line, cells[j]))
                end = j + 1
            elif _near(previous, line, ROW_GAP) and _label_only(cells[j], spans) and len(pending) < MAX_GROUP_LINES:
                pending.append(j)
            else:
                break
        else:
            break
        j += 1
    return _split_group_rows(_labels_to_row_below(rows)), end


def _labels_to_row_below(rows: list[Row]) -> list[Row]:
    """Label lines taken under a row that sit closer to the next row's figures than to the
    row's own: a label set at the foot of its cell, its figures on its last line."""
    for row, below in zip(rows, rows[1:]):
        under = [w for w in row.wraps if (w[0].page, w[0].top) > (row.line.page, row.line.top)]
        if not under or any(w[0].page != below.line.page for w in under) or row.line.page != below.line.page:
            continue
        lines = [row.line] + [w[0] for w in under] + [below.line]
        gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
        widest = max(range(len(gaps)), key=gaps.__getitem__)
        others = [g for k, g in enumerate(gaps) if k != widest]
        if widest < len(under) and gaps[widest] > max(others) + 0.25 * line_height(row.line):
            moving = under[widest:]
            row.wraps = [w for w in row.wraps if not any(w is m for m in moving)]
            below.wraps[:0] = moving
    return rows


def _label_only(cells: list[Cell], spans) -> bool:
    return len(cells) == 1 and len(spans) >= 2 and cells[0].x1 < spans[1][0]


def _split_group_rows(rows: list[Row]) -> list[Row]:
    """Lines taken as a row's wrapped label that are rows of their own: a row-group
    heading ("Pedal cyclists" over indented rows) or a note under the table. A label
    wraps only when its next word would not fit on its line, so a line whose first word
    would have fitted after the label above, or that starts left of it, begins a new row.
    Label-only rows at the end (notes) are dropped."""
    spans = column_spans(rows)
    if len(spans) < 2:
        return rows
    labels = [cells[0] for r in rows for _, cells in r.parts() if cells and _column_of(cells[0], spans) == 0]
    limit = max((c.x1 for c in labels), default=spans[0][1])
    tightest = _tightest_wrap_gap(rows)
    out: list[Row] = []
    for row in rows:
        at = (row.line.page, row.line.top)  # label lines above it (bottom-aligned) stay as they are
        current = Row(row.line, row.cells, [w for w in row.wraps if (w[0].page, w[0].top) < at])
        last = (row.line, row.cells)
        for wrap in (w for w in row.wraps if (w[0].page, w[0].top) >= at):
            if _new_row(last, wrap, limit, spans, tightest):
                out.append(current)
                current = Row(wrap[0], wrap[1])
            else:
                current.wraps.append(wrap)
            last = wrap
        out.append(current)
    while len(out) > 1 and not is_data_row(out[-1].cells) and _label_only(out[-1].cells, spans) \
            and not out[-1].wraps:
        out.pop()
    return out


def _new_row(last: tuple[Line, list[Cell]], wrap: tuple[Line, list[Cell]], limit: float, spans,
             tightest: float | None = None) -> bool:
    line, cells = wrap
    if not _label_only(cells, spans) or not line.words or cells[0].text[:1].islower():
        return False
    if tightest is not None and line.page == last[0].page \
            and line.top - last[0].bottom > tightest + 0.25 * line_height(line):
        return True  # set further apart than the lines of the table's wrapped cells
    previous = last[1][0] if last[1] and _column_of(last[1][0], spans) == 0 else None
    if previous is None:
        return False
    slack = 0.25 * line_height(line)
    if cells[0].x0 < previous.x0 - slack:  # starts left of the label above: a heading
        return True
    first_word = line.words[0]
    space = 0.3 * line_height(line)
    return previous.x1 + space + (first_word.x1 - first_word.x0) <= limit - slack


def _starts_row(cells: list[Cell], spans, rows: list[Row]) -> bool:
    """A label cell plus a cell with digits in it in a column of figures: a row, not a
    wrapped label ("18:00-20:30, Castle Centre" wrapping in a column of text is no row)."""
    return len(cells) >= 2 and _overlaps(cells[0], spans[0]) and any(
        any(ch.isdigit() for ch in c.text) and _figures_column(_column_of(c, spans), spans, rows)
        for c in cells[1:])


def _figures_column(k: int, spans, rows: list[Row]) -> bool:
    """Most of the rows' cells in column k are figures."""
    cells = [c for row in rows for c in row.cells if _column_of(c, spans) == k]
    return bool(cells) and 2 * sum(is_value(c.text) for c in cells) >= len(cells)


def _take_label_lines_above(stream, cells, start: int, rows: list[Row], floor: int, ruled: list[bool]) -> int:
    """Give the first row the label lines just above it ("The child has been / supplied
    with ... / Looked After Child  88%": a label aligned to the bottom of its cell); not
    across a rule, nor across a gap wider than those inside the table's wrapped rows (a
    row-group heading right under the header). Returns the index of the row's topmost line."""
    first = rows[0]
    spans = column_spans([first])
    if len(spans) < 2:
        return start
    wrap_gap = _widest_wrap_gap(rows)
    k = start
    while k > floor and stream[k - 1] is not None and stream[k - 1].page == stream[k].page:
        line = stream[k - 1]
        if len(cells[k - 1]) != 1 or line.x1 >= spans[1][0] or not _near(line, stream[k], WRAP_GAP) \
                or abs(line.x0 - first.line.x0) > line_height(line) or ruled[k] \
                or (wrap_gap is not None and stream[k].top - line.bottom > wrap_gap + 0.25 * line_height(line)):
            break
        k -= 1
    first.wraps[:0] = [(stream[m], cells[m]) for m in range(k, start)]
    return k


def _wrap_gaps(rows: list[Row]) -> list[float]:
    return [b[0].top - a[0].bottom for row in rows for a, b in zip(row.parts(), row.parts()[1:])
            if a[0].page == b[0].page]


def _tightest_wrap_gap(rows: list[Row]) -> float | None:
    """The narrowest gap between two lines of one row, if any row wraps."""
    return min(_wrap_gaps(rows), default=None)


def _widest_wrap_gap(rows: list[Row]) -> float | None:
    """The widest gap between two lines of one row, if any row wraps."""
    return max(_wrap_gaps(rows), default=None)


def _group_lines_above(stream, cells, first: int, rows: list[Row], floor: int) -> list[Row]:
    """Label-only lines just above the first row, over the label column ("Pedestrians"
    above "Child (0-15)  0  11 ..."); rows of the table only if a header sits above them."""
    spans = column_spans(rows)
    found: list[Row] = []
    k = first
    while k - 1 >= floor and stream[k - 1] is not None and len(found) < MAX_GROUP_LINES:
        line = stream[k - 1]
        if line.page != stream[k].page or not _near(line, stream[k], ROW_GAP) \
                or not _label_only(cells[k - 1], spans) or CAPTION.match(line.text):
            break
        found.insert(0, Row(line, cells[k - 1]))
        k -= 1
    return found


def _header_above(stream, cells, first: int, rows: list[Row], floor: int, ruled: list[bool]) -> Row | None:
    """The line(s) just above the first row, when they read as column headings."""
    spans = column_spans(rows)
    header: Row | None = None
    below = stream[first]
    k = first - 1
    while k >= floor and stream[k] is not None and first - k <= MAX_HEADER_LINES:
        line, head = stream[k], cells[k]
        # a heading row of its own over the data columns ("Southwark  Inner London  England"
        # above "2020/21  2021/22 ...") may stand a row apart; a wrapped heading may not
        own_row = header is None or _over_data_columns(head, spans)
        limit = ROW_GAP if own_row else WRAP_GAP
        if not _near(line, below, limit) or (header is not None and (line.page != below.page or ruled[k + 1])):
            break
        if not _reads_as_headings(line, head, spans, first_line=header is None):
            break
        header = Row(line, head) if header is None else Row(header.line, header.cells,
                                                              [(line, head)] + header.wraps)
        below, k = line, k - 1
    return header


def _over_data_columns(head: list[Cell], spans) -> bool:
    """Two or more cells, each over a different data column (not the label column)."""
    columns = [[k for k, s in enumerate(spans) if k and _overlaps(c, s)] for c in head]
    return len(head) >= 2 and all(len(c) == 1 for c in columns) and len({c[0] for c in columns}) == len(head)


def _reads_as_headings(line: Line, head: list[Cell], spans, first_line: bool) -> bool:
    """Short cells over the columns.  The line next to the data needs two cells; a line
    above it (a heading wrapped onto two lines) must head a data column, which a
    caption such as "Table 1: Legal status" over the label column does not."""
    if len(head) < (2 if first_line else 1) or line.text.rstrip().endswith((".", ":")) \
            or CAPTION.match(line.text):
        return False
    if any(len(c.text.split()) > MAX_HEADER_WORDS for c in head):
        return False
    label_edge = spans[0][1]
    if not first_line and not any(c.x0 >= label_edge or any(_overlaps(c, s) for s in spans[1:]) for c in head):
        return False

    def overlapped(c: Cell) -> int:
        return sum(_overlaps(c, s) for s in spans)

    # a heading centred in its column may stand in the gap beside right-aligned numbers
    # over the data columns, a line above the first may hold headings spanning several
    spanning_ok = not first_line
    placed = sum(1 for c in head if overlapped(c) == 1 or c.x1 <= spans[0][0]
                 or (overlapped(c) == 0 and spans[0][0] <= c.x0 and c.x1 <= spans[-1][1])
                 or (spanning_ok and c.x0 >= label_edge))
    return 2 * placed >= len(head) and all(overlapped(c) <= 1 or (spanning_ok and c.x0 >= label_edge)
                                           for c in head[1:])


def _looks_like_contents(rows: list[Row]) -> bool:
    """A contents list ("Introduction   3 / Legal context   5"): a label and one whole
    number per row, never decreasing - page numbers, not data."""
    numbers = []
    for row in rows:
        if len(row.cells) != 2 or not row.cells[1].text.isdigit():
            return False
        numbers.append(int(row.cells[1].text))
    return numbers == sorted(numbers)


LIST_MARKER = re.compile(r"^(\d{1,2}[.)]|\(?[a-z]{1,3}\)|[a-z][.)]|[•▪●◦\-–*])$")


def _looks_like_list(rows: list[Row]) -> bool:
    """A numbered or bulleted list with amounts ("1.  the central schools budget  £1.4m"):
    every row starts with a list marker."""
    return all(len(row.cells) >= 3 and LIST_MARKER.match(row.cells[0].text) for row in rows)


def _no_shared_column(rows: list[Row]) -> bool:
    """Rows of figures none of whose columns holds figures of two rows: the data labels of a
    chart, each row of labels over its own stretch of the axis, not a table."""
    data = [r for r in rows if is_data_row(r.cells)]
    if len(data) < 2:
        return False
    return not any(sum(any(_overlaps(c, (a.x0, a.x1)) for c in r.cells) for r in data) >= 2
                   for a in data[0].cells[1:] + data[1].cells[1:])


def _bar_labels(rows: list[Row]) -> bool:
    """A bar chart's labels: rows of a label and one figure, the figures neither left- nor
    right-aligned (each stands at the end of its bar)."""
    pairs = [r.cells[1] for r in rows if len(r.cells) == 2 and is_value(r.cells[1].text)]
    if len(pairs) < MIN_BARS or 2 * len(pairs) < len(rows):
        return False
    spread = 2 * line_height(rows[0].line)
    return max(c.x0 for c in pairs) - min(c.x0 for c in pairs) > spread and \
        max(c.x1 for c in pairs) - min(c.x1 for c in pairs) > spread


def _header_text(header: Row) -> str:
    return " ".join(line.text for line, _ in header.parts())


def _counts_as_numeric(header: Row) -> bool:
    """A header of periods ("2015/16  2016/17") counts towards the two numeric rows."""
    return sum(is_period(c.text) or is_number(c.text) for c in header.cells) >= 2


def _column_of(cell: Cell, spans: list[tuple[float, float]]) -> int:
    """The span the cell overlaps most, or failing that the nearest one."""
    def score(k: int) -> tuple[float, float]:
        a, b = spans[k]
        return (min(b, cell.x1) - max(a, cell.x0), -abs((a + b) / 2 - (cell.x0 + cell.x1) / 2))
    return max(range(len(spans)), key=score)


def _table_spans(rows: list[Row], header: Row | None, known: list[tuple[float, float]] = ()) -> list:
    """The table's columns: its data cells', those of the table it continues (``known``: a
    repeated header over a few total rows leaves its text columns empty), and headings'."""
    spans = column_spans(rows)
    if known:
        spans = column_spans([Row(rows[0].line, [Cell("", a, b) for a, b in sorted(spans + list(known))])])
    if header:  # a heading beyond every data column (e.g. over an empty label column) gets its own
        # column; one in the gap between two (centred over right-aligned numbers) does not
        spans = sorted(spans + [(c.x0, c.x1) for _, cells in header.parts() for c in cells
                                if not any(_overlaps(c, s) for s in spans)
                                and not spans[0][0] < c.x0 < c.x1 < spans[-1][1]])
        spans = column_spans([Row(header.line, [Cell("", a, b) for a, b in spans])])
    return spans


def _make_table(rows: list[Row], header: Row | None, spans: list[tuple[float, float]], rules=()) -> Table:
    """The table's grid; ``rules``: the page's horizontal rules (short ones under headings
    say which columns those span)."""

    def place(parts: list[tuple[Line, list[Cell]]], spanning: dict[int, Cell] | None = None) -> list[str]:
        out = [""] * len(spans)
        for _, cells in parts:
            for cell in cells:
                k = _column_of((spanning or {}).get(id(cell), cell), spans)
                out[k] = f"{out[k]} {cell.text}".strip()
        return out

    levels = _header_levels(header.parts(), spans, rules) if header else []
    grid = [place(parts, spanning) for parts, spanning in levels] + [place(r.parts()) for r in rows]
    keep = [k for k in range(len(spans)) if any(r[k] for r in grid)]
    grid = [[r[k] for k in keep] for r in grid]

    boxes: dict[int, tuple[float, float, float, float]] = {}
    for row in ([header] if header else []) + rows:
        for ln, _ in row.parts():
            b = boxes.get(ln.page)
            boxes[ln.page] = (ln.x0, ln.top, ln.x1, ln.bottom) if b is None else (
                min(b[0], ln.x0), min(b[1], ln.top), max(b[2], ln.x1), max(b[3], ln.bottom))
    pages = sorted(boxes)
    return Table(page=pages[0], index=0, rows=grid, method="stream", pages=pages,
                 bbox=boxes[pages[0]], page_bboxes=boxes, header_rows=len(levels))


def _header_levels(parts: list[tuple[Line, list[Cell]]], spans, rules=()) -> list[tuple[list, dict[int, Cell]]]:
    """Header lines -> header rows. Lines of wrapped headings make one row; the headings
    of a line that span several columns ("2022-23" over "Number  %") are a row of their
    own, each placed over the first column it spans, and the line's other headings (the
    first line of a heading taller than its neighbours) join the row below. Returns each
    row's lines and, for its spanning cells, the cell (below) whose column it takes."""
    levels: list[tuple[list, dict[int, Cell]]] = []
    carried: list[tuple[Line, list[Cell]]] = []
    for n, (line, cells) in enumerate(parts):
        spanning = _spanning_cells(cells, [below for _, below in parts[n + 1:]], spans,
                                   _rules_under(line, parts[n + 1:], spans, rules))
        if spanning:
            levels.append(([(line, [c for c in cells if id(c) in spanning])], spanning))
            rest = [c for c in cells if id(c) not in spanning]
            if rest:
                carried.append((line, rest))
        elif levels and not levels[-1][1]:
            levels[-1][0].append((line, cells))
        else:
            levels.append((carried + [(line, cells)], {}))
            carried = []
    if carried:
        levels.append((carried, {}))
    return levels


def _spanning_cells(cells: list[Cell], lines_below: list[list[Cell]], spans, under=()) -> dict[int, Cell]:
    """Cells standing over two or more headings of the first line below with headings
    under them, centred between them rather than over one, or over the headings a short
    rule under them reaches across (``under``: such rules) (id(cell) -> the leftmost
    heading it spans)."""
    found: dict[int, Cell] = {}
    for n, cell in enumerate(cells):
        centre = (cell.x0 + cell.x1) / 2
        rule = next((r for r in under if r.x0 <= centre <= r.x1), None)
        if rule is not None:
            covered = [b for below in lines_below for b in below
                       if _column_of(b, spans) > 0 and rule.x0 <= (b.x0 + b.x1) / 2 <= rule.x1]
            if len({(b.x0, b.x1) for b in covered}) >= 2:
                found[id(cell)] = min(covered, key=lambda b: b.x0)
                continue
        left = (cells[n - 1].x1 + cell.x0) / 2 if n else float("-inf")
        right = (cell.x1 + cells[n + 1].x0) / 2 if n + 1 < len(cells) else float("inf")
        for below in lines_below:
            covered = [b for b in below if _column_of(b, spans) > 0 and left <= (b.x0 + b.x1) / 2 <= right]
            if covered:
                if len(covered) >= 2 and (_centred_over(cell, covered)
                                          or not any(_aligned(cell, b) for b in covered)):
                    found[id(cell)] = covered[0]
                break
    return found


def _rules_under(line: Line, below: list[tuple[Line, list[Cell]]], spans, rules) -> list:
    """Short rules between a heading line and the next: each under a heading that spans
    the columns it reaches across (not a rule under the whole header)."""
    if not below or not spans:
        return []
    width = spans[-1][1] - spans[0][0]
    return [r for r in rules if line.bottom - 1 <= r.top <= line.bottom + line_height(line)
            and r.x1 - r.x0 < FULL_RULE * width]


def _centred_over(cell: Cell, covered: list[Cell]) -> bool:
    """Centred over three or more headings: over them all, though over the middle one too."""
    middle = (covered[0].x0 + covered[-1].x1) / 2
    slack = max(2.0, CENTRED_SLACK * (covered[-1].x1 - covered[0].x0))
    return len(covered) >= 3 and abs((cell.x0 + cell.x1) / 2 - middle) <= slack


def _aligned(cell: Cell, below: Cell, slack: float = 2.0) -> bool:
    """Set in the same column as the heading below it: its centre over it, or its left
    or right edge in line with it (a heading wrapped onto two lines)."""
    centre = (cell.x0 + cell.x1) / 2
    return (below.x0 <= centre <= below.x1 or abs(cell.x0 - below.x0) <= slack
            or abs(cell.x1 - below.x1) <= slack)
