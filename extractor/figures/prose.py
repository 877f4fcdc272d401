"""A document's running prose: body lines outside tables, joined into
paragraphs, with a map from character offset back to page number.

Text in columns (columns.py) is read a column at a time: a line is judged
short against its column's width, and entering or leaving a column, or a
blank gap inside one (between two tiles of an "at a glance" grid), starts a
paragraph unless a sentence visibly runs on."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..read.columns import Placed
from ..model import Document, Line

# "¢" and "«" are how OCR often reads a bullet
BULLET = re.compile(r"^\s*(?:[•\-–▪●◦*➢¢«·]\s*)+|^\s*\(?[a-z]\)\s+")
# "6.2 ", "12. ", "4 " before a capital: a paragraph number, only at a paragraph start
SECTION_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)+\.?\s+(?=[A-Z(\d])|\d{1,2}\.?\s+(?=[A-Z(]))")
# "8. Looked after ..." or "6.2 Peterborough ...": numbered even mid-paragraph
DOTTED_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z\d])|^\s*\d{1,2}\.\s+(?=[A-Z])")
DECIMAL_START = re.compile(r"^\s*\d{1,2}\.\d{1,2}\s")
# "Table 1: ...", "Figure 3 -": a caption starts a block of its own
CAPTION_LINE = re.compile(r"^(?:Table|Figure|Chart|Graph)\s+\d+\b")
TERMINAL = (".", "!", "?", ":", ";")
COLUMN_GAP = 1.5  # a blank gap of 1.5 line heights inside a column ends a paragraph


@dataclass
class Prose:
    text: str
    page_starts: list[int]  # offset where each page's text starts
    page_numbers: list[int]

    @property
    def blocks(self) -> list[str]:
        """Paragraphs and headings: sentences never cross a block boundary."""
        return self.text.split("\n\n")

    @property
    def block_starts(self) -> list[int]:
        starts, offset = [], 0
        for block in self.blocks:
            starts.append(offset)
            offset += len(block) + 2
        return starts

    def page_at(self, offset: int) -> int:
        return self.page_numbers[max(0, bisect.bisect_right(self.page_starts, offset) - 1)]


def table_boxes(document: Document) -> dict[int, list[tuple]]:
    """Every table's box on every page it covers (a split table has one per page); not
    tables of text, whose sentences are read as prose."""
    boxes: dict[int, list[tuple]] = {}
    for table in (t for t in document.tables if not t.of_text):
        for number, box in (table.page_bboxes or {table.page: table.bbox}).items():
            if box:
                boxes.setdefault(number, []).append(box)
    return boxes


def in_table(line: Line, boxes: list[tuple]) -> bool:
    middle = (line.top + line.bottom) / 2
    return any(box[1] - 1 <= middle <= box[3] + 1 for box in boxes)


def _is_heading(text: str) -> bool:
    return len(text) < 60 and not text.endswith(TERMINAL) and not text[-1:].isdigit()


def _starts_heading(text: str, previous: str, short: bool, in_column: bool = False) -> bool:
    """A heading: a short line that follows a finished sentence and starts a capital.
    In a narrow column every line is under 60 characters: only its width counts."""
    ends_sentence = not previous or previous.endswith(TERMINAL)
    return ends_sentence and (short or (not in_column and _is_heading(text))) \
        and text[:1].isupper() and not text.endswith(TERMINAL)


FUNCTION_WORDS = {"the", "a", "an", "and", "of", "to", "in", "for", "with", "on", "by", "or", "was", "were", "is"}


def _sentence_start(word: str) -> bool:
    """"It", "The", "Peterborough" open a sentence; "FTE" (an acronym) or "99" go on one."""
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def _wide_gap_after_first_word(line: Line) -> bool:
    words = line.words
    if len(words) < 3:
        return False
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
    usual = sorted(gaps)[len(gaps) // 2]
    return gaps[0] > 2.5 * max(usual, 0.5)


def _numbered_heading(text: str) -> bool:
    """"Looked after young people placed outside the county boundary" after "8.":
    a short title with no closing punctuation that does not run on."""
    words = text.split()
    return len(words) <= 12 and not text.endswith(TERMINAL + (",",)) and words[-1].lower() not in FUNCTION_WORDS


def _column_break(before: Placed | None, item: Placed) -> bool:
    """Into, out of or across columns, or past a blank gap inside one."""
    if before is None:
        return False
    if before.column != item.column:
        return True
    height = min(item.line.bottom - item.line.top, before.line.bottom - before.line.top)
    return item.column is not None and item.line.top - before.line.bottom > COLUMN_GAP * height


def _runs_on(previous: str, text: str) -> bool:
    """An unfinished sentence carried on in lower case (over a column break)."""
    return not previous.endswith(TERMINAL) and text[:1].islower()


def build_prose(document: Document) -> Prose:
    """Join lines into paragraphs; headings and numbered paragraphs start new ones."""
    parts: list[str] = []
    starts: list[int] = []
    numbers: list[int] = []
    length = 0
    previous = ""
    widths = sorted(ln.x1 - ln.x0 for page in document.pages for ln in page.lines) or [0]
    body_width = widths[len(widths) * 3 // 4]
    boxes = table_boxes(document)
    for page in document.pages:
        starts.append(length)
        numbers.append(page.number)
        # the reader gave each line its column (Tesseract orders an OCR'd page's columns itself)
        placed = [Placed(line, line.column, line.column_width) for line in page.lines]
        before: Placed | None = None
        for item in placed:
            line = item.line
            if in_table(line, boxes.get(page.number, [])):
                previous = ""
                continue
            text = line.text.strip()
            bullet = BULLET.match(text)
            text = BULLET.sub("", text, count=1)
            at_start = not previous or previous.endswith(TERMINAL) or bool(bullet)
            numbered = bool(bullet) or (at_start and bool(SECTION_NUMBER.match(text))) or (
                bool(DOTTED_NUMBER.match(text)) and "." in DOTTED_NUMBER.match(text).group(0)
                # mid-paragraph, "19.6 FTE IROs" is a value; "4.3   99 per cent" has a tab after it
                and (not DECIMAL_START.match(text) or _wide_gap_after_first_word(line)
                     or _sentence_start(text.split()[1] if len(text.split()) > 1 else "")))
            if numbered:
                text = SECTION_NUMBER.sub("", text, count=1).strip()
            if not text:
                continue
            width = item.width or body_width
            heading = _starts_heading(text, previous, line.x1 - line.x0 < 0.85 * width,
                                      item.column is not None) or (
                numbered and not bullet and _numbered_heading(text))
            new_block = not previous or numbered or heading or bool(CAPTION_LINE.match(text)) or (
                _column_break(before, item) and not _runs_on(previous, text))
            before = item
            chunk = ("\n\n" if new_block else " ") + text
            parts.append(chunk)
            length += len(chunk)
            previous = text if not heading else ""
            if heading:
                parts.append("\n\n")
                length += 2
    return Prose("".join(parts), starts, numbers)
