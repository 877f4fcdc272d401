"""Claims about parts and shares of a whole, and comparisons, in sentences.

- totals: "370 children ... of which 212 were male and 158 female";
- sums written out: "40.2% ... (17.9 + 22.3)";
- a count with its percentage: "in 81 (95%) responses", of a base stated nearby;
- a percentage and a count of the other outcome: "98.9% of reviews took place
  within statutory timescales ... means that four reviews took place outside
  of timescale", of a base stated anywhere in the document ("a total of 1045
  reviews", or a table row of reviews held);
- comparisons: "74.0; lower than the statistical neighbour average of 87".
"""
from __future__ import annotations

import re

from . import wording as w
from .changes import op
from .links import CellRef, is_change_column, same_number
from .model import ComparisonClaim, Operand, Quote, ShareClaim, TotalClaim
from .text import AuditText, Num, Sentence, sum_operands


# -- totals and parts ----------------------------------------------------------

def _part_label(s: Sentence, n: Num, end: int) -> str:
    label = s.text[n.end:end]
    label = re.sub(r"^\s*(?:were|are|was|is)\s+", "", label)
    return re.split(r",|\band\b|;", label)[0].strip()


def _exhaustive(labels: list[str]) -> bool:
    for group in w.get("totals.partitions"):
        if len(group) != len(labels):
            continue
        hits = [next((i for i, lab in enumerate(labels) if re.search(rf"\b{re.escape(g)}\b", lab, re.I)), None)
                for g in group]
        if None not in hits and len(set(hits)) == len(group):
            return True
    return False


def total_claims(text: AuditText) -> list[TotalClaim]:
    out = []
    for s in text.sentences:
        cues = w.find_all(s.text, "totals.part_cues")
        for k, cue in enumerate(cues):
            before = [n for n in s.operands() if n.end <= cue.start() and n.integer]
            if not before:
                continue
            total = before[-1]
            gap = s.text[total.end:cue.start()]
            if w.has(gap, "totals.breaks") or len(w.words(gap)) > 8:
                continue
            end = min([len(s.text)] + [b.start() for b in w.find_all(s.text, "totals.breaks") if b.start() > cue.end()]
                      + [c.start() for c in cues[k + 1:]])
            parts = [n for n in s.operands() if cue.end() <= n.start < end]
            # a number followed by another part cue starts the next breakdown
            if len(parts) < 2 or any(p.percent for p in parts) or not all(p.integer for p in parts):
                continue
            labels = [_part_label(s, p, nxt.start if nxt else end) for p, nxt in zip(parts, parts[1:] + [None])]
            claim = TotalClaim("total", s.page, Quote(s.page, s.text, [total.text] + [p.text for p in parts]),
                               total=op(s, total), parts=[op(s, p) for p in parts], labels=labels,
                               exhaustive=_exhaustive(labels))
            out.append(claim)
    return out


def sum_claims(text: AuditText) -> list[TotalClaim]:
    """A sum shown in the text: "40.2% of children ... (17.9 + 22.3)"."""
    out = []
    for s in text.sentences:
        parts = sum_operands(s.text)
        if len(parts) < 2:
            continue
        start = min(p.start for p in parts)
        decimals = any(p.decimals for p in parts)
        before = [n for n in s.operands() if n.end < start and not n.word and (n.decimals > 0) == decimals]
        if not before:
            continue
        total = before[-1]
        claim = TotalClaim("sum", s.page, Quote(s.page, s.text, [total.text] + [p.text for p in parts]),
                           total=op(s, total), parts=[op(s, p) for p in parts], exhaustive=True)
        out.append(claim)
    return out


# -- a count and its percentage ---------------------------------------------------

def _has_cue_before(s: Sentence, n: Num) -> bool:
    before = " ".join(w.words(s.text[max(0, n.start - 40):n.start])[-4:])
    return any(re.search(rf"\b{re.escape(c)}\b", before) for c in w.get("shares.base_cues"))


def share_claims(text: AuditText) -> list[ShareClaim]:
    out = []
    for s in text.sentences:
        ops = s.operands()
        for a, b in zip(ops, ops[1:]):
            between = s.text[a.end:b.start]
            if not re.fullmatch(r"\s*\(\s*", between) or not re.match(r"\s*\)", s.text[b.end:]):
                continue
            if a.percent == b.percent or w.has(s.text[max(0, a.start - 30):a.start], "change.increase") \
                    or w.has(s.text[max(0, a.start - 30):a.start], "change.decrease"):
                continue
            count, pct = (b, a) if a.percent else (a, b)
            attached = {id(x) for x, y in zip(ops, ops[1:]) if re.fullmatch(r"\s*\(\s*", s.text[x.end:y.start])}
            bases = []
            for x in reversed(text.window(s, 2)):
                for n in reversed(x.operands()):
                    if (x is s and n.start >= count.start) or n.percent or n.value <= count.value \
                            or id(n) in attached or not n.integer:
                        continue
                    bases.append((0 if _has_cue_before(x, n) else 1, len(bases), op(x, n)))
            bases.sort(key=lambda t: t[:2])
            if bases:
                out.append(ShareClaim("share", s.page, Quote(s.page, s.text, [count.text, pct.text]),
                                      basis="context", count=op(s, count), percent=op(s, pct),
                                      bases=[o for _, _, o in bases]))
    return out + complement_claims(text)


def _outcome(text: str, at: int, side: int) -> re.Match | None:
    """The outcome phrase (within / outside ...) nearest to a position, of one side of the pairs."""
    phrases = sorted({pair[side] for pair in w.get("shares.complements")}, key=len, reverse=True)
    found = [m for p in phrases for m in re.finditer(rf"\b{re.escape(p)}\b", text, re.I)]
    return min(found, key=lambda m: abs(m.start() - at)) if found else None


def _nouns(text: str) -> set[str]:
    return {w.stem(x) for x in w.words(text)} & {w.stem(n) for n in w.get("shares.nouns")}


def complement_claims(text: AuditText) -> list[ShareClaim]:
    out = []
    for i, s in enumerate(text.sentences):
        for pct in [n for n in s.operands() if n.percent]:
            if re.search(r"\b(from|target|of)\s+$", s.text[max(0, pct.start - 8):pct.start], re.I):
                continue
            mine = _outcome(s.text, pct.start, 0)
            if mine is None or abs(mine.start() - pct.start) > 80:
                continue
            for x in text.sentences[i:i + 2]:
                for n in x.operands():
                    if n.percent or not n.integer or (x is s and n.start < pct.end):
                        continue
                    tail = x.text[n.end:n.end + 60]
                    other = _outcome(tail, 0, 1)
                    noun = _nouns(tail[:25])
                    if other is None or other.start() > 45 or not noun or not noun & _nouns(s.text):
                        continue
                    pair = [mine.group(0).lower(), other.group(0).lower()]
                    if pair not in [[a.lower(), b.lower()] for a, b in w.get("shares.complements")]:
                        continue
                    claim = ShareClaim("share", s.page, Quote(s.page, s.text, [pct.text, mine.group(0)]),
                                       count=op(x, n), percent=op(s, pct), complement=True,
                                       noun=sorted(noun)[0])
                    if x is not s:
                        claim.support.append(Quote(x.page, x.text, [n.text, other.group(0)]))
                    ranked = base_candidates(text, s, claim)
                    if ranked:
                        claim.bases = [o for _, o in ranked]
                        claim.basis = "explicit" if ranked[0][0] == 0 else "context"
                        out.append(claim)
    return out


def base_candidates(text: AuditText, s: Sentence, claim: ShareClaim) -> list[tuple[int, Operand]]:
    """Figures that say how many items the percentage is of: "a total of 1045 Child Care
    Reviews completed", or a table row of reviews held.  Same period first."""
    noun = claim.noun
    periods = {p.period for p in s.periods if p.period}
    found: list[tuple[int, int, Operand]] = []
    for x in text.sentences:
        for n in x.operands():
            if n.percent or not n.integer or n.value <= claim.count.value:
                continue
            if noun not in _nouns(x.text[n.end:n.end + 35]) or not _has_cue_before(x, n) \
                    and not w.has(x.text[n.end:n.end + 60], "shares.base_cues"):
                continue
            theirs = {p.period for p in x.periods if p.period}
            rank = 0 if periods and periods & theirs else (1 if not theirs or not periods else 3)
            found.append((rank, abs(x.index - s.index), op(x, n)))
    for grid in text.grids:
        for row in grid.rows:
            if noun not in _nouns(row.label) or not w.has(row.label, "tables.base_labels") \
                    or any(c.percent for c in row.cells) or w.has(row.label, "tables.percent_headers"):
                continue
            cols = [j for j, c in enumerate(row.cells) if c.value is not None and not is_change_column(grid, j)]
            if not cols:
                continue
            j = _column_for(grid, claim.percent, periods, cols)
            rank = 0 if grid.column_period(j) in periods else 2
            found.append((rank, 1000 + abs(grid.page - s.page), CellRef(grid, row, j).operand()))
    found.sort(key=lambda t: t[:2])
    return [(rank, o) for rank, _, o in found]


def _column_for(grid, pct: Operand, periods: set[str], cols: list[int]) -> int:
    for j in cols:
        if grid.column_period(j) in periods:
            return j
    for row in grid.rows:  # the column where the percentage itself is in this table
        for j, cell in enumerate(row.cells):
            if j in cols and same_number(pct, cell):
                return j
    return cols[-1]


# -- comparisons --------------------------------------------------------------

def comparison_claims(text: AuditText) -> list[ComparisonClaim]:
    out = []
    for s in text.sentences:
        found = sorted([(m, "higher") for m in w.find_all(s.text, "comparison.higher")] +
                       [(m, "lower") for m in w.find_all(s.text, "comparison.lower")], key=lambda t: t[0].start())
        objects: set[int] = set()
        pairs = []
        for m, relation in found:
            other = next((n for n in s.operands() if n.start >= m.end()
                          and len(w.words(s.text[m.end():n.start])) <= 8
                          and not re.search(r"[;.]|\band\b", s.text[m.end():n.start])), None)
            if other is None:
                continue
            objects.add(id(other))
            pairs.append((m, relation, other))
        for m, relation, other in pairs:
            subject = next((n for n in reversed(s.operands()) if n.end <= m.start() and id(n) not in objects
                            and n.percent == other.percent), None)
            if subject is None:
                continue
            out.append(ComparisonClaim("comparison", s.page, Quote(s.page, s.text, [subject.text, m.group(0),
                                                                                     other.text]),
                                       relation=relation, subject=op(s, subject), other=op(s, other)))
    return out
