"""A line's cells, and what in a cell reads as a figure: what the unruled readers share.

A line splits into cells wherever the gap between two words is much wider than
the document's normal word space (``cell_gap_ratio``); a cell is a figure when it
reads as an amount ("1,511", "92%", "5 104.3 e", "(12)"), a quantity ("24 beds")
or a not-available mark; a period ("2015/16", "Q3") is a heading, not a figure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Document, Line

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
BRACKETED_UNIT = re.compile(r"^\([£$€]\s?'?(0\d+|1,000(,000)?)\)$")  # "($1,000)", "(£'000)"
# "£000", "£m", "EUR billion", "(Dollars in millions)", "[In thousands]", "(Percent)", "Thousand
# passengers": the unit of a whole table, stated once on a line of its own over the headings
# (a bare "Percent" is as often the upper line of a wrapped heading)
_MAGNITUDE = r"(thousands?|millions?|billions?)"
UNIT_LINE = re.compile(
    rf"(?i)^([£$€]\s?('?000s?|k|m|bn|{_MAGNITUDE})|(eur|usd|gbp)\s+{_MAGNITUDE}|{_MAGNITUDE}(\s+of)?\s+[a-z]+"
    rf"|[(\[]\s*([a-z]+\s+)?(in\s+)?({_MAGNITUDE}|per\s?cent|percent)\s*[)\]])$")
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
FULL_RULE = 0.9  # a rule across this share of two lines' extent separates them
OTHER_SIZE = 1.6  # text this many times as tall as a table's (or as short) is not of it


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


def body_height(document: Document) -> float:
    """The median line height of the document: its body text."""
    heights = sorted(line_height(ln) for page in document.pages for ln in page.lines)
    return heights[len(heights) // 2] if heights else 0.0


def set_large(line: Line, body: float) -> bool:
    """Set much larger than the body text: a key figure, a heading; no table row."""
    return line_height(line) > OTHER_SIZE * body


def cell_gap_ratio(document: Document) -> float:
    """Gap (in line heights) that separates cells: well above this document's word spaces."""
    # gaps under a line height are word spaces (even a typewriter's are ~0.6); wider ones are
    # columns, the most of all gaps in a document that is mostly table
    ratios = sorted(gap for page in document.pages for line in page.lines
                    for a, b in zip(line.words, line.words[1:])
                    if (gap := (b.x0 - a.x1) / max(a.bottom - a.top, 1.0)) < 1.0)
    usual = ratios[len(ratios) // 2] if ratios else 0.25
    return max(CELL_GAP, 2.0 * usual)


def split_cells(line: Line, gap_ratio: float) -> list[Cell]:
    """Words -> cells, cut where the gap between two words is wide."""
    cells: list[Cell] = []
    previous = ""
    for word in line.words:
        height = max(_text_size(line) if word.turned else word.bottom - word.top, 1.0)
        if cells and word.x0 - cells[-1].x1 < gap_ratio * height and not _two_figures(previous, word.text):
            last = cells[-1]
            cells[-1] = Cell(f"{last.text} {word.text}", last.x0, max(last.x1, word.x1))
        else:
            cells.append(Cell(word.text, word.x0, word.x1))
        previous = word.text
    return cells


_AMOUNT_STARTS = "(-+−£$€"


def _two_figures(before: str, after: str) -> bool:
    """Two amounts a word space apart that do not read as one ("2,783 2,675", not "6 412.8"
    or "12 (4%)"): the cells of a tight row of figures, such as a bold totals row."""
    if not after or not (after[0].isdigit() or after[0] in _AMOUNT_STARTS):
        return False  # most words: checked at the cost of one character
    return bool(NUMBER.match(before)) and bool(NUMBER.match(after)) and not NUMBER.match(f"{before} {after}")


def _text_size(line: Line) -> float:
    """The height of the line's upright words (a turned heading's height is its length)."""
    upright = sorted(w.bottom - w.top for w in line.words if not w.turned)
    return upright[len(upright) // 2] if upright else min(w.size for w in line.words)


def is_value(text: str) -> bool:
    return is_number(text) or bool(QUANTITY.match(text))


def is_data_row(cells: list[Cell]) -> bool:
    """Two or more cells, and most cells after the first (the label) are numbers."""
    if len(cells) < 2 or all(BRACKETED_UNIT.match(c.text) for c in cells):
        return False  # "($1,000)  ($1,000)": the units under two headings
    numbers = sum(is_value(c.text) for c in cells[1:])
    if numbers >= 1 and 2 * numbers >= len(cells) - 1:
        return True
    # a code, then the label ("WD1 | Children in low-income families | 2022/23 | 21.4 | 19.8")
    figures = sum(is_number(c.text) for c in cells[2:])
    return figures >= 2 and 2 * figures >= len(cells) - 2 and " " not in cells[0].text \
        and not is_value(cells[0].text) and not is_value(cells[1].text)


def in_boxes(line: Line, boxes) -> bool:
    """The line's middle lies in one of the (x0, top, x1, bottom) boxes."""
    middle = (line.top + line.bottom) / 2
    return any(b[1] - 1 <= middle <= b[3] + 1 and line.x0 < b[2] and line.x1 > b[0] for b in boxes)


def near(above: Line, below: Line, limit: float) -> bool:
    """Close enough vertically to belong together; a page break always is."""
    if below.page != above.page:
        return below.page == above.page + 1
    return below.top - above.bottom <= limit * line_height(above)


def column_spans(rows: list[Row]) -> list[tuple[float, float]]:
    """Column extents: the x-ranges of data cells, merged where they overlap (a row of one
    cell, a group heading that may run across a stub of two columns, counts only alone)."""
    parted = [r for r in rows if len(r.cells) >= 2] or rows
    return merge_spans([(c.x0, c.x1) for r in parted for c in r.cells])


def merge_spans(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """x-ranges, left to right, merged where they overlap or touch."""
    merged: list[list[float]] = []
    for x0, x1 in sorted(spans):
        if merged and x0 <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(a, b) for a, b in merged]


def overlaps(cell: Cell, span: tuple[float, float]) -> bool:
    return cell.x0 < span[1] and cell.x1 > span[0]


def column_of(cell: Cell, spans: list[tuple[float, float]]) -> int:
    """The span the cell overlaps most, or failing that the nearest one."""
    def score(k: int) -> tuple[float, float]:
        a, b = spans[k]
        return (min(b, cell.x1) - max(a, cell.x0), -abs((a + b) / 2 - (cell.x0 + cell.x1) / 2))
    return max(range(len(spans)), key=score)
