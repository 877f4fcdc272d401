"""A document as the audit reads it: sentences with their numbers, and grids.

Body lines outside tables are joined into paragraphs (a numbered paragraph,
a bullet or a heading starts a new one) and split into sentences.  Each
sentence keeps its page and position, so a claim can be tied to the table
just above it, and its numbers are classified once: which can be operands
of arithmetic, and which are labels, durations, ranges or bounds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Document, Line
from ..figures.numbers import find_numbers
from ..periods import PeriodMention, find_periods
from ..figures.prose import BULLET, SECTION_NUMBER
from . import wording as w
from .grids import Grid, build_grids

TERMINAL = (".", "!", "?", ":", ";")
ABBREVIATIONS = ("e.g.", "i.e.", "no.", "qtr.", "etc.", "approx.", "st.", "cllr.", "para.", "vs.", "fig.", "dr.",
                 "mr.", "mrs.", "ms.", "inc.", "ltd.", "ref.", "p.", "pp.")
DOTTED = re.compile(r"^\s*\d+\.\d+(?:\.\d+)*\s+[A-Z]")
SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“‘(*£])")


@dataclass
class Num:
    value: float
    text: str
    start: int  # offsets in the sentence text
    end: int
    percent: bool
    decimals: int
    word: bool = False
    high: float | None = None  # a range "between 60 and 67"
    hedge: str = ""  # "", approx, just_over, just_under, over, under, bound
    operand: bool = True  # may take part in arithmetic (not a label, duration or range)
    signed: bool = False

    @property
    def integer(self) -> bool:
        return not self.percent and self.decimals == 0


@dataclass
class Sentence:
    index: int
    text: str
    page: int
    top: float
    block: int
    nums: list[Num] = field(default_factory=list)
    periods: list[PeriodMention] = field(default_factory=list)

    @property
    def order(self) -> tuple[int, float]:
        return (self.page, self.top)

    def operands(self) -> list[Num]:
        return [n for n in self.nums if n.operand]


@dataclass
class AuditText:
    document: Document
    sentences: list[Sentence]
    grids: list[Grid]

    def window(self, s: Sentence, before: int = 2) -> list[Sentence]:
        """The sentence and up to ``before`` earlier ones of the same paragraph run."""
        out = [s]
        i = s.index - 1
        while i >= 0 and len(out) <= before and self.sentences[i].page >= s.page - 1:
            out.insert(0, self.sentences[i])
            i -= 1
        return out


# -- numbers -----------------------------------------------------------------

def _hedge(before: str) -> str:
    for kind in ("bound", "just_over", "just_under", "approx", "over", "under"):
        if w.ends_with(before, f"numbers.hedges.{kind}"):
            return kind
    return ""


def classify_numbers(text: str) -> tuple[list[Num], list[PeriodMention]]:
    periods = find_periods(text)
    nums: list[Num] = []
    for m in find_numbers(text, [(p.start, p.end) for p in periods]):
        before, after = text[max(0, m.start - 40):m.start], text[m.end:m.end + 30]
        raw = m.text if not m.value_high else text[m.start:m.end]
        digits = re.search(r"\d[\d,]*(?:\.(\d+))?", raw)
        decimals = len(digits.group(1)) if digits and digits.group(1) and m.value_high is None else 0
        label = bool(w.ends_with(before, "numbers.label_before")) or (
            not m.percent and bool(w.starts_with(after, "numbers.label_after")))
        hedge = _hedge(before)
        signed = text[max(0, m.start - 1):m.start] in {"+", "-", "−"}
        operand = not label and m.value_high is None and hedge != "bound" and not _is_paragraph_number(text, m)
        operand = operand and not re.match(r"\s*[+=]", after) and not before.rstrip().endswith(("+", "="))
        nums.append(Num(m.value, text[m.start:m.end], m.start, m.end, m.percent, decimals, m.word,
                        m.value_high, hedge, operand, signed))
    return nums, periods


def _is_paragraph_number(text: str, m) -> bool:
    return m.start == 0 and bool(re.fullmatch(r"\d{1,2}(\.\d{1,2})+", m.text.strip()))


def sum_operands(text: str) -> list[Num]:
    """Numbers inside a sum written out in the text: "(17.9 + 22.3)"."""
    out = []
    for m in re.finditer(r"\(([\d.,\s+]+)\)", text):
        for part in re.finditer(r"\d+(?:\.\d+)?", m.group(1)):
            decimals = len(part.group(0).split(".")[1]) if "." in part.group(0) else 0
            start = m.start(1) + part.start()
            out.append(Num(float(part.group(0)), part.group(0), start, start + len(part.group(0)), False, decimals))
    return out


# -- sentences ---------------------------------------------------------------

def _blocks(lines: list[tuple[int, Line]]) -> list[list[tuple[str, int, float]]]:
    """Paragraphs as lists of (text, page, top) pieces."""
    blocks: list[list[tuple[str, int, float]]] = []
    previous = ""
    for page, line in lines:
        text = line.text.strip()
        bullet = BULLET.match(text)
        text = BULLET.sub("", text, count=1)
        at_start = not previous or previous.endswith(TERMINAL) or bool(bullet)
        section = SECTION_NUMBER.match(text)
        rest = text[section.end():] if section else ""
        # "6.5 The rate ..." always starts a paragraph; "1. Supervision" when it is a heading
        numbered = bool(bullet) or bool(section) and (
            at_start or DOTTED.match(text) is not None or (len(rest) < 60 and not rest.endswith(TERMINAL)))
        if numbered:
            text = SECTION_NUMBER.sub("", text, count=1).strip()
        if not text:
            continue
        heading = at_start and len(text) < 60 and not text.endswith(TERMINAL) and text[:1].isupper()
        if not blocks or numbered or at_start and heading or not previous:
            blocks.append([])
        blocks[-1].append((text, page, line.top))
        previous = "" if heading else text
    return blocks


def _split(text: str) -> list[tuple[int, str]]:
    """Sentences of a paragraph with their offsets."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in SPLIT.finditer(text):
        piece = text[start:m.start()].strip()
        last = piece.split()[-1].lower() if piece.split() else ""
        if last in ABBREVIATIONS or (len(last) == 2 and last[0].isalpha() and last[1] == "."):
            continue
        out.append((start, piece))
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append((start, tail))
    return out


def build(document: Document) -> AuditText:
    grids, used = build_grids(document)
    lines = [(page.number, ln) for page in document.pages for ln in page.lines if id(ln) not in used]
    sentences: list[Sentence] = []
    for b, block in enumerate(_blocks(lines)):
        text, marks = "", []
        for piece, page, top in block:
            if text.endswith("-") and not text.endswith(" -"):
                text = text[:-1]  # a word broken over two lines
            else:
                text += " " if text else ""
            marks.append((len(text), page, top))
            text += piece
        for offset, sentence in _split(text):
            page, top = next((p, t) for o, p, t in reversed(marks) if o <= offset)
            nums, periods = classify_numbers(sentence)
            sentences.append(Sentence(len(sentences), sentence, page, top, b, nums, periods))
    return AuditText(document, sentences, grids)
