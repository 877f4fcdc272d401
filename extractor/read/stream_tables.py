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

from ..model import Document, Line, Table
from .cells import (CAPTION, FULL_RULE, OTHER_SIZE, ROW_GAP, WRAP_GAP, Cell, Row, column_of,
                    column_spans, in_boxes, is_data_row, is_number, is_period, is_value, line_height, merge_spans,
                    near, overlaps, set_large, split_cells)
from .look_alikes import (bar_labels, key_figures, looks_like_contents, looks_like_index, looks_like_list,
                          no_shared_column, under_index_title)
from .rulings import joined_horizontal
from .side_by_side import split_side_by_side
from .stream_headers import counts_as_numeric, header_above, header_levels, header_text

MAX_GROUP_LINES = 2  # row-group headings ("Pedestrians") between the header and the first row
SPANNING_LABEL = 1.5  # a label spanning rows is at most this many times as wide as theirs


def find_stream_tables(document: Document, skip: dict[int, list[tuple]], gap_ratio: float,
                       body: float) -> list[Table]:
    """Unruled tables in reading order; lines inside `skip` boxes (page -> bboxes) are ignored,
    cells part at `gap_ratio` line heights (``cell_gap_ratio``), and lines set much larger
    than the body text (``body_height``) start none."""
    # The document as one stream of lines; None marks a hard break (a ruled
    # table in between), while a page break alone may be crossed.
    stream: list[Line | None] = []
    for page in document.pages:
        for line in _figures_joined_to_labels(page.lines, gap_ratio):
            if in_boxes(line, skip.get(page.number, ())):
                if stream and stream[-1] is not None:
                    stream.append(None)
            else:
                stream.append(line)
    cells = [split_cells(ln, gap_ratio) if ln else [] for ln in stream]
    # a rule drawn as each cell's own border, piece by piece, runs across the gaps it spans
    page_rules = {page.number: joined_horizontal(page.rules) for page in document.pages}
    horizontal = {page.number: [r for r in page.rules if r.horizontal] for page in document.pages}
    ruled = _ruled_above(stream, horizontal)
    tables: list[Table] = []
    headers_before: dict[str, list[tuple[float, float]]] = {}  # a header's text -> its table's columns
    i = taken = 0  # lines before `taken` belong to a table already
    while i < len(stream):
        if stream[i] is None or not is_data_row(cells[i]) or _amounts_as_headings(cells, i) \
                or set_large(stream[i], body):  # key figures
            i += 1
            continue
        rows, end = _grow_block(stream, cells, i, ruled)
        top = _take_label_lines_above(stream, cells, i, rows, taken, ruled)
        header = header_above(stream, cells, top, rows, taken, ruled)
        if header is None:  # a row-group heading between the header and the first row
            groups = _group_lines_above(stream, cells, top, rows, taken)
            lines = sum(len(g.parts()) for g in groups)
            header = header_above(stream, cells, top - lines, rows, taken, ruled) if groups else None
            if header is not None:
                rows[:0] = groups
        for rows, header in split_side_by_side(rows, header, page_rules):
            continues = headers_before.get(header_text(header)) if header is not None else None
            if (len(rows) + (header is not None and counts_as_numeric(header)) >= 2 or continues) \
                    and not (header is None and (looks_like_contents(rows) or looks_like_list(rows)
                                                 or no_shared_column(rows) or bar_labels(rows)
                                                 or key_figures(rows))) \
                    and not looks_like_index(rows, header, under_index_title(stream, i, taken)):
                spans = _table_spans(rows, header, continues or ())
                tables.append(_make_table(rows, header, spans, horizontal.get(rows[0].line.page, [])))
                taken = end
                if header is not None:  # a table continued on the next page may repeat it over one row
                    headers_before[header_text(header)] = spans
        i = end
    return tables


def _figures_joined_to_labels(lines: list[Line], gap_ratio: float) -> list[Line]:
    """Lines, with a row's figures set level with the middle of its label of two lines (half
    a line below the label's first line, half above its second) joined to the label's first
    line: otherwise the figures read as a row with no label between two labels with none."""
    out: list[Line] = []
    for k, figures in enumerate(lines):
        label = out[-1] if out and out[-1] is lines[k - 1] else None  # not joined to one already
        if label is not None and k + 1 < len(lines) and _centred_between(label, figures, lines[k + 1], gap_ratio):
            out[-1] = Line(f"{label.text} {figures.text}", label.page, label.x0, max(label.x1, figures.x1),
                           label.top, label.bottom, label.words + figures.words, label.column, label.column_width)
        else:
            out.append(figures)
    return out


def _centred_between(above: Line, figures: Line, below: Line, gap_ratio: float) -> bool:
    if not (above.top < figures.top < above.bottom and below.top < figures.bottom < below.bottom):
        return False
    if abs(above.x0 - below.x0) > 0.5 * line_height(above) or figures.x0 <= max(above.x1, below.x1):
        return False
    cells = split_cells(figures, gap_ratio)  # figures only: a label of its own is a row beside prose
    return len(split_cells(above, gap_ratio)) == 1 and len(split_cells(below, gap_ratio)) == 1 \
        and is_data_row(cells) and (is_value(cells[0].text) or is_period(cells[0].text))


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


def _amounts_as_headings(cells: list[list[Cell]], i: int) -> bool:
    """A line of headings that read as amounts ("1 bedroom | 2 bedrooms | 3 bedrooms"): no
    plain figure in it, and plain figures under each of them on the next line."""
    amounts = [c for c in cells[i][1:] if is_value(c.text)]
    if not amounts or any(is_number(c.text) for c in cells[i][1:]) or i + 1 >= len(cells):
        return False
    figures = [c for c in cells[i + 1][1:] if is_number(c.text)]
    return all(any(overlaps(f, (a.x0, a.x1)) for f in figures) for a in amounts)


def _fits_columns(cells: list[Cell], spans: list[tuple[float, float]]) -> bool:
    """Every cell lies within exactly one column."""
    return all(sum(overlaps(c, s) for s in spans) == 1 for c in cells)


def _grow_block(stream, cells, start: int, ruled: list[bool]) -> tuple[list[Row], int]:
    """Data rows from `start` on, with wrapped label lines and row-group headings;
    returns rows and the index after the last row."""
    rows = [Row(stream[start], cells[start])]
    pending: list[int] = []  # label-only lines: rows if a data row follows ("Pedestrians")
    beside: list[int] = []  # label lines level with the rows, left of them: cells spanning rows
    j = end = start + 1
    while j < len(stream) and stream[j] is not None:
        line, previous, spans = stream[j], stream[j - 1], column_spans(rows)
        same_page = line.page == previous.page
        if same_page and not pending and _beside_rows(stream, cells, j, rows):
            beside.append(j)
        elif is_data_row(cells[j]) and _other_size(rows[0].line, line):
            break  # figures set much larger or smaller: key figures, a chart's labels
        elif is_data_row(cells[j]) and near(previous, line, ROW_GAP) and (
                same_page or _fits_columns(cells[j], spans)):
            rows += _heading_rows(stream, cells, pending) + [Row(line, cells[j])]
            pending, end = [], j + 1
        elif same_page and not _fits_columns(cells[j], spans) and near(previous, line, ROW_GAP) \
                and _heading_over_stub(cells[j], spans, rows) and len(pending) < MAX_GROUP_LINES \
                and not CAPTION.match(line.text):
            pending.append(j)  # a group heading across a stub of two columns (a code, a name)
        elif same_page and _fits_columns(cells[j], spans) and not CAPTION.match(line.text) \
                and (not any(is_number(c.text) for c in cells[j]) or _label_only(cells[j], spans)):
            tight = near(previous, line, WRAP_GAP) and not ruled[j]  # a wrap stays inside its cell
            if tight and not pending and _starts_row(cells[j], spans, rows):  # a value the pattern can't read
                rows.append(Row(line, cells[j]))
                end = j + 1
            elif tight and not pending:
                rows[-1].wraps.append((line, cells[j]))
                end = j + 1
            elif near(previous, line, ROW_GAP) and _label_only(cells[j], spans) and len(pending) < MAX_GROUP_LINES:
                pending.append(j)
            else:
                break
        else:
            break
        j += 1
    rows = _split_group_rows(_labels_to_row_below(rows))
    return (_spanning_stub(rows, [(stream[m], cells[m]) for m in beside if m < end]) if beside else rows), end


def _other_size(first: Line, line: Line) -> bool:
    """Text of another size than the table's first row: a table's rows share one size."""
    ratio = line_height(line) / line_height(first)
    return not 1 / OTHER_SIZE < ratio < OTHER_SIZE


def _beside_rows(stream, cells, j: int, rows: list[Row]) -> bool:
    """A label line left of the rows' cells, no wider than their labels, and level with a
    row next to it in the stream, not between two rows: the cell of a stub column spanning
    rows, set in their middle (a paragraph beside a table is wider than its labels)."""
    line, label = stream[j], cells[j][0] if len(cells[j]) == 1 else None
    firsts = [row.cells[0] for row in rows]
    if label is None or label.x1 >= min(c.x0 for c in firsts) - WRAP_GAP * line_height(line) \
            or label.x1 - label.x0 > SPANNING_LABEL * max(c.x1 - c.x0 for c in firsts):
        return False
    level = [stream[k] for k in (j - 1, j + 1) if 0 <= k < len(stream) and stream[k] is not None
             and stream[k].page == line.page and is_data_row(cells[k])]
    return any(min(ln.bottom, line.bottom) - max(ln.top, line.top) > 0.2 * line_height(line) for ln in level)


def _spanning_stub(rows: list[Row], beside: list[tuple[Line, list[Cell]]]) -> list[Row]:
    """Put each label set beside the rows (its lines joined) in the first of the rows it
    spans, as a cell of its own column: the rows from the last label's on, as many as
    have it in their middle."""
    labels: list[list[tuple[Line, list[Cell]]]] = []
    for line, cs in beside:
        if labels and near(labels[-1][-1][0], line, WRAP_GAP):
            labels[-1].append((line, cs))
        else:
            labels.append([(line, cs)])
    data = [row for row in rows if len(row.cells) >= 2]
    middle = [(row.line.top + row.line.bottom) / 2 for row in data]
    first = 0
    for label in labels:
        if first >= len(data):
            break
        centre = (label[0][0].top + label[-1][0].bottom) / 2
        reach = 2 * centre - middle[first] + 0.5 * line_height(label[0][0])
        last = max(k for k in range(first, len(data)) if k == first or middle[k] <= reach)
        cell = Cell(" ".join(cs[0].text for _, cs in label), min(cs[0].x0 for _, cs in label),
                    max(cs[0].x1 for _, cs in label))
        data[first].cells.insert(0, cell)
        first = last + 1
    return rows


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


def _heading_rows(stream, cells, lines: list[int]) -> list[Row]:
    """Group-heading lines as rows; a line set tight under the one before and starting in
    lower case goes on that heading ("Dealings with members, ... directly / involved in
    the fund")."""
    rows: list[Row] = []
    for m in lines:
        if rows and m - 1 in lines and cells[m][0].text[:1].islower() \
                and near(stream[m - 1], stream[m], WRAP_GAP):
            rows[-1].wraps.append((stream[m], cells[m]))
        else:
            rows.append(Row(stream[m], cells[m]))
    return rows


def _label_only(cells: list[Cell], spans) -> bool:
    return len(cells) == 1 and len(spans) >= 2 and cells[0].x1 < spans[1][0]


def _heading_over_stub(cells: list[Cell], spans, rows: list[Row]) -> bool:
    """One cell of words from the first column's edge that ends before the first column of
    figures: a row-group heading over a stub of more than one column."""
    if len(cells) != 1 or len(spans) < 3 or is_value(cells[0].text):
        return False
    figures = next((k for k in range(1, len(spans)) if _figures_column(k, spans, rows)), None)
    return figures is not None and figures >= 2 and cells[0].x0 <= spans[0][1] \
        and cells[0].x1 < spans[figures][0]


def _split_group_rows(rows: list[Row]) -> list[Row]:
    """Lines taken as a row's wrapped label that are rows of their own: a row-group
    heading ("Pedal cyclists" over indented rows) or a note under the table. A label
    wraps only when its next word would not fit on its line, so a line whose first word
    would have fitted after the label above, or that starts left of it, begins a new row.
    Label-only rows at the end (notes) are dropped."""
    spans = column_spans(rows)
    if len(spans) < 2:
        return rows
    labels = [cells[0] for r in rows for _, cells in r.parts() if cells and column_of(cells[0], spans) == 0]
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
    while len(out) > 1 and not is_data_row(out[-1].cells) \
            and all(_label_only(cells, spans) for _, cells in out[-1].parts()):
        out.pop()  # notes under the table ("... Not shown: ...", "Source: ...")
    return out


def _new_row(last: tuple[Line, list[Cell]], wrap: tuple[Line, list[Cell]], limit: float, spans,
             tightest: float | None = None) -> bool:
    line, cells = wrap
    if not _label_only(cells, spans) or not line.words or cells[0].text[:1].islower():
        return False
    if tightest is not None and line.page == last[0].page \
            and line.top - last[0].bottom > tightest + 0.25 * line_height(line):
        return True  # set further apart than the lines of the table's wrapped cells
    previous = last[1][0] if last[1] and column_of(last[1][0], spans) == 0 else None
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
    return len(cells) >= 2 and overlaps(cells[0], spans[0]) and any(
        any(ch.isdigit() for ch in c.text) and _figures_column(column_of(c, spans), spans, rows)
        for c in cells[1:])


def _figures_column(k: int, spans, rows: list[Row]) -> bool:
    """Most of the rows' cells in column k are figures."""
    cells = [c for row in rows for c in row.cells if column_of(c, spans) == k]
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
        if len(cells[k - 1]) != 1 or line.x1 >= spans[1][0] or not near(line, stream[k], WRAP_GAP) \
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
    found: list[int] = []
    k = first
    while k - 1 >= floor and stream[k - 1] is not None and len(found) < MAX_GROUP_LINES:
        line = stream[k - 1]
        if line.page != stream[k].page or not near(line, stream[k], ROW_GAP) \
                or not (_label_only(cells[k - 1], spans) or _heading_over_stub(cells[k - 1], spans, rows)) \
                or CAPTION.match(line.text):
            break
        found.insert(0, k - 1)
        k -= 1
    return _heading_rows(stream, cells, found)


def _table_spans(rows: list[Row], header: Row | None, known: list[tuple[float, float]] = ()) -> list:
    """The table's columns: its data cells', those of the table it continues (``known``: a
    repeated header over a few total rows leaves its text columns empty), and headings'."""
    spans = column_spans(rows)
    if known:
        spans = merge_spans(spans + list(known))
    if header:  # a heading beyond every data column (e.g. over an empty label column) gets its own
        # column; one in the gap between two (centred over right-aligned numbers) does not
        spans = sorted(spans + [(c.x0, c.x1) for _, cells in header.parts() for c in cells
                                if not any(overlaps(c, s) for s in spans)
                                and not spans[0][0] < c.x0 < c.x1 < spans[-1][1]])
        spans = merge_spans(spans)
    return spans


def _make_table(rows: list[Row], header: Row | None, spans: list[tuple[float, float]], rules=()) -> Table:
    """The table's grid; ``rules``: the page's horizontal rules (short ones under headings
    say which columns those span)."""

    def place(parts: list[tuple[Line, list[Cell]]], spanning: dict[int, Cell] | None = None) -> list[str]:
        out = [""] * len(spans)
        for _, cells in parts:
            for cell in cells:
                across = [k for k, s in enumerate(spans) if overlaps(cell, s)]
                # a cell across columns (a group heading over a stub of two) sits in its first
                k = across[0] if len(across) > 1 and not spanning else \
                    column_of((spanning or {}).get(id(cell), cell), spans)
                out[k] = f"{out[k]} {cell.text}".strip()
        return out

    levels = header_levels(header.parts(), spans, rules) if header else []
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
