"""Blocks of figures laid out like a table that are not one: a contents list, an index,
a numbered list with amounts, a chart's data labels, a bar chart's labels, key figures. The unruled
reader (stream_tables.py) finds their rows as it finds a table's, then asks these.
"""
from __future__ import annotations

import re

from .cells import ROW_GAP, Row, is_data_row, is_period, is_value, line_height, near, overlaps

MIN_BARS = 3  # rows of a label and one figure, for a bar chart's labels
CONTENTS_RESTART, MIN_SECTION = 8, 2  # a contents list may number again once, if this long


def looks_like_contents(rows: list[Row]) -> bool:
    """A contents list ("Introduction   3 / Appendix I   Scope and methods   15"): words,
    then one whole number ending the row, never decreasing - page numbers, not data. A row
    of words only is a section heading of the list."""
    numbers = []
    for row in rows:
        *words, last = row.cells
        if any(is_value(c.text) or is_period(c.text) for c in words):
            return False
        if last.text.isdigit() and words:
            numbers.append(int(last.text))
        elif is_value(last.text):
            return False
    if len(numbers) < 2:
        return False
    # a list of tables after the contents starts its page numbers again, once, in a long list
    restarts = [k for k in range(1, len(numbers)) if numbers[k] < numbers[k - 1]]
    return not restarts or (len(restarts) == 1 and len(numbers) >= CONTENTS_RESTART
                            and MIN_SECTION <= restarts[0] <= len(numbers) - MIN_SECTION)


PAGE_REFERENCES = re.compile(r"^\d{1,3}([–-]\d{1,3})?(,\s?\d{1,3}([–-]\d{1,3})?)*$")


INDEX_TITLE = re.compile(r"(?i)^(index|contents|list of (tables|figures|charts))\b")
TITLE_LINES = 8  # lines between an index's title and a block of its entries, at the most


def looks_like_index(rows: list[Row], header: Row | None, titled: bool = False) -> bool:
    """An index ("Adult learning  4, 11 | Labour force survey  9", under "A | L"): every
    figure is a page reference, and lines of single letters head its groups with some of
    the references lists or ranges, or it stands under a title "Index" - a table has no
    "4, 11" and no row of letters."""
    cells = [c for row in ([header] if header else []) + rows for _, cs in row.parts() for c in cs]
    figures = [c.text for c in cells if c.text[:1].isdigit()]
    if not figures or not all(PAGE_REFERENCES.match(t) for t in figures):
        return False
    letters = [row for row in ([header] if header else []) + rows for _, cs in row.parts()
               if cs and all(len(c.text) == 1 and c.text.isupper() for c in cs)]
    return titled or (sum(not t.isdigit() for t in figures) >= 2 and len(letters) >= 2)


def under_index_title(stream, first: int, floor: int) -> bool:
    """An "Index" or "Contents" title a few close lines above the line ``first``."""
    k = first
    while k - 1 >= max(floor, first - TITLE_LINES) and stream[k - 1] is not None \
            and stream[k - 1].page == stream[k].page and near(stream[k - 1], stream[k], ROW_GAP):
        k -= 1
        if INDEX_TITLE.match(stream[k].text):
            return True
    return False


LIST_MARKER = re.compile(r"^(\d{1,2}[.)]|\(?[a-z]{1,3}\)|[a-z][.)]|[•▪●◦\-–*])$")


def looks_like_list(rows: list[Row]) -> bool:
    """A numbered or bulleted list with amounts ("1.  the central schools budget  £1.4m"):
    every row starts with a list marker."""
    return all(len(row.cells) >= 3 and LIST_MARKER.match(row.cells[0].text) for row in rows)


def no_shared_column(rows: list[Row]) -> bool:
    """Rows of figures none of whose columns holds figures of two rows: the data labels of a
    chart, each row of labels over its own stretch of the axis, not a table."""
    data = [r for r in rows if is_data_row(r.cells)]
    if len(data) < 2:
        return False
    return not any(sum(any(overlaps(c, (a.x0, a.x1)) for c in r.cells) for r in data) >= 2
                   for a in data[0].cells[1:] + data[1].cells[1:])


def bar_labels(rows: list[Row]) -> bool:
    """A bar chart's labels: rows of a label and one figure, the figures neither left- nor
    right-aligned (each stands at the end of its bar)."""
    pairs = [r.cells[1] for r in rows if len(r.cells) == 2 and is_value(r.cells[1].text)]
    if len(pairs) < MIN_BARS or 2 * len(pairs) < len(rows):
        return False
    spread = 2 * line_height(rows[0].line)
    return max(c.x0 for c in pairs) - min(c.x0 for c in pairs) > spread and \
        max(c.x1 for c in pairs) - min(c.x1 for c in pairs) > spread


KEY_FIGURE_ROWS = 3  # lines of key figures set two or more to a line, at the most


def key_figures(rows: list[Row]) -> bool:
    """Key figures set in pairs along a few lines ("Net budget  £135.1m  Forecast variance
    £2.2m"): every row a label, a figure, a label, a figure ... - labels between figures,
    which a table's rows do not have."""
    if not rows or len(rows) > KEY_FIGURE_ROWS:
        return False
    for row in rows:
        cells = row.cells
        if len(cells) < 4 or len(cells) % 2 or any(is_value(c.text) for c in cells[0::2]) \
                or not all(is_value(c.text) for c in cells[1::2]):
            return False
    return True
