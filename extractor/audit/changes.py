"""Claims about change: "an increase of 101", "increased by 16.2% (315)", "an 8%
increase", "a reduction from 21", "has increased over the last twelve months".

For each change word the clause around it is read for the stated amount, the
new figure ("to 315", "(315)", or the figure the clause is about) and the
earlier one ("from 21", "on last year's figure of 30", the same row of a
table one column back, or a figure in the sentences just before).  Where the
earlier figure is only a candidate from nearby text, the check tries each.
"""
from __future__ import annotations

import re

from ..periods import find_periods
from . import wording as w
from .links import earlier_cell, rows_with, series_for
from .model import ChangeClaim, Operand, Quote, SeriesClaim
from .text import AuditText, Num, Sentence

BOUNDARY = re.compile(r";|\.\s|\bwhereas\b|\bhowever\b|\bbut\b|\bwhile\b|\bwhilst\b", re.IGNORECASE)


FUNCTION_WORDS = {"the", "a", "an", "of", "in", "to", "for", "and", "or", "at", "on", "by", "with", "was", "were",
                  "is", "are", "be", "been", "has", "have", "had", "this", "that", "these", "which", "there", "their",
                  "its", "it", "as", "from", "than", "our", "we", "all", "also", "now", "number", "total", "overall",
                  "further", "then", "so", "who", "whom", "stood", "data", "figure"}


def naming_words(text: str) -> set[str]:
    return {w.stem(x) for x in w.words(text) if x[0].isalpha()} - FUNCTION_WORDS


def op(s: Sentence, n: Num) -> Operand:
    named = {p.period for p in s.periods if p.period}
    period = named.pop() if len(named) == 1 else None
    before = re.split(r"[,;:()]|\band\b|\bbut\b|\.\s", s.text[max(0, n.start - 45):n.start])[-1]
    label = " ".join(w.words(before)[-4:] + w.words(s.text[n.end:n.end + 30])[:2])
    return Operand(n.value, n.text, s.page, f"p.{s.page}", s.text, n.percent, n.decimals, n.hedge, period, label)


def _subject(s: Sentence, m: re.Match, lo: int) -> set[str]:
    """What the change is of: the words just before the change word ("LAC has increased")."""
    head = re.split(r"[,;:()]|\band\b|\bwhich\b|\bthat\b", s.text[lo:m.start()])[-1]
    named = [w.stem(x) for x in w.words(head) if x[0].isalpha() and w.stem(x) not in FUNCTION_WORDS]
    return set(named[-3:]) if len(w.words(head)) <= 6 else set()


def _words_between(text: str) -> int:
    return len(w.words(text))


def _is_part(s: Sentence, n: Num) -> bool:
    """"212 were male": one part of a breakdown, not the figure a change is about."""
    tail = re.sub(r"^\s+(?:were|are|was|is)\b", "", s.text[n.end:n.end + 30])
    return bool(w.starts_with(tail, "totals.part_labels"))


def _noun_after(s: Sentence, n: Num) -> str:
    found = w.words(s.text[n.end:n.end + 40])
    return w.stem(found[0]) if found and found[0][0].isalpha() else ""


def _change_words(s: Sentence) -> list[tuple[re.Match, str]]:
    found = [(m, d) for d in ("increase", "decrease", "same") for m in w.find_all(s.text, f"change.{d}")]
    found.sort(key=lambda x: x[0].start())
    # "more"/"higher" followed by "than" compare two things, unless an amount comes first ("4% more than")
    amounts_before = {n.end for n in s.operands()}
    return [(m, d) for m, d in found if not _inside_phrase(s.text, m) and (
        not re.match(r"\s+than\b", s.text[m.end():]) or s.text[:m.start()].rstrip() and
        len(s.text[:m.start()].rstrip()) in amounts_before)]


def _inside_phrase(text: str, m: re.Match) -> bool:
    """'more than one meeting', 'up to', 'no more': not change words."""
    after = text[m.end():m.end() + 12].lower()
    before = text[max(0, m.start() - 6):m.start()].lower()
    return after.startswith((" to ", " until")) and m.group(0).lower() == "up" or before.endswith("no ")


def _region(s: Sentence, start: int, end: int, cuts: list[int]) -> tuple[int, int]:
    """The clause around a change word: from the previous boundary to the next."""
    lo = max([0] + [b.end() for b in BOUNDARY.finditer(s.text) if b.end() <= start] + [c for c in cuts if c <= start])
    hi = min([len(s.text)] + [b.start() for b in BOUNDARY.finditer(s.text) if b.start() >= end] +
             [c for c in cuts if c >= end])
    return lo, hi


def _time_reference(text: str) -> bool:
    """After "from"/"since": a date or period rather than a figure ("from March 2016")."""
    found = find_periods(text.lstrip()[:30])
    return bool(found) and found[0].start <= 4


def _amount(s: Sentence, m: re.Match, hi: int) -> Num | None:
    nums = [n for n in s.operands() if n.start >= m.end() and n.start < hi]
    for n in nums:
        gap = s.text[m.end():n.start]
        link = re.search(r"\b(of|by)\s+(?:(?:just|over|under|around|about|approximately|almost|nearly|some|"
                         r"roughly|only|a|an)\s+){0,2}$", gap, re.I)
        if not link or _words_between(gap) > w.get("change.reach_words") + 3:
            continue
        middle = gap[:link.start()]
        base = w.find_all(middle, "change.from_links")
        if base and not _time_reference(middle[base[-1].end():]):
            return None  # "an increase on last year's figure of 30": 30 is the earlier figure
        return n
    before = [n for n in s.operands() if n.end <= m.start()]
    if before:
        n = before[-1]
        between = s.text[n.end:m.start()].strip().lower()
        fillers = [f.lower() for f in w.get("change.amount_fillers")]
        if between == "" or between in fillers or all(x in fillers for x in between.split()):
            return n
    return None


def _explicit(s: Sentence, m: re.Match, hi: int, links: str) -> Num | None:
    """The figure after "to" (links='to_links') or after "from"/"on" (from_links), in the clause."""
    for link in w.find_all(s.text[m.end():hi], f"change.{links}"):
        at = m.end() + link.end()
        if links == "from_links" and _time_reference(s.text[at:]):
            continue
        if links == "from_links" and re.match(r"\s*average\b", s.text[at:], re.I):
            continue  # "on average" is not "on last year's figure"
        for n in s.operands():
            if n.start >= at and n.start < hi and _words_between(s.text[at:n.start]) <= 6:
                if links == "from_links" and re.search(r"\b(by|of)\s+$", s.text[at:n.start]) and \
                        not re.search(r"\b(figure|total|level|number|rate)\s+of\s+$", s.text[at:n.start], re.I):
                    break  # "by 5": an amount, not the earlier figure
                return n
    return None


def _context(text: AuditText, s: Sentence, before: int, family: bool | None, skip: set[int],
             noun: str = "", same_sentence_only: bool = False, need_noun: bool = False) -> list[Operand]:
    """Figures before a point, nearest first: the same sentence, then the ones before it
    (figures followed by the claim's noun first)."""
    out: list[tuple[int, int, Operand]] = []
    sentences = [s] if same_sentence_only else [x for x in text.window(s, 2) if x.block == s.block or x is s]
    for x in reversed(sentences):
        for n in reversed(x.operands()):
            if x is s and (n.start >= before or id(n) in skip):
                continue
            if (family is not None and n.percent != family) or _is_part(x, n) or n.signed:
                continue
            matched = bool(noun) and _noun_after(x, n) == noun
            if need_noun and not matched:
                continue
            out.append((0 if matched else 1, len(out), op(x, n)))
    out.sort(key=lambda t: (t[0], t[1]))
    return [o for _, _, o in out]


ANAPHOR = re.compile(r"^(this|that|these|which|it)\b", re.IGNORECASE)
STRENGTH = {"explicit": 2, "table": 1, "context": 0}


def change_claims(text: AuditText) -> list:
    claims = []
    for s in text.sentences:
        claims += _sentence_changes(text, s)
    return claims


def _sentence_changes(text: AuditText, s: Sentence) -> list:
    """Change claims of one sentence; one per pair of figures (an amount wins over a direction)."""
    found = sorted(_raw_changes(text, s), key=lambda c: getattr(c, "amount", None) is None)
    out, pairs = [], set()
    for c in found:
        if not isinstance(c, ChangeClaim):
            out.append(c)
            continue
        pair = (c.after.text if c.after else None, c.befores[0].text if c.befores else None)
        if pair in pairs:
            continue
        pairs.add(pair)
        out.append(c)
    return out


def _raw_changes(text: AuditText, s: Sentence) -> list:
    words = _change_words(s)
    if not words:
        return []
    directions = {d for _, d in words if d != "same"}
    cuts = [m.start() for m, _ in words]
    out = []
    taken: set[int] = set()
    for m, direction in words:
        lo, hi = _region(s, m.start(), m.end(), [c for c in cuts if c != m.start()])
        claim = ChangeClaim("change", s.page, Quote(s.page, s.text, [m.group(0)]), direction=direction)
        amount = _amount(s, m, hi)
        if amount is not None and id(amount) not in taken:
            claim.amount = op(s, amount)
            taken.add(id(amount))
            tail = s.text[amount.end:amount.end + 30]
            claim.points = bool(w.starts_with(tail, "change.points_words"))
            claim.relative_words = w.has(s.text[m.start():hi + 20], "change.relative_words")
            paren = re.match(r"\s*\((\d[\d,]*(?:\.\d+)?)\)", tail)
            if paren:
                after = next((n for n in s.nums if n.start > amount.end and n.text == paren.group(1)), None)
                if after is not None:
                    claim.after, claim.basis = op(s, after), "explicit"
                    taken.add(id(after))
        if claim.after is None:
            to = _explicit(s, m, hi, "to_links")
            if to is not None and id(to) not in taken:
                claim.after = op(s, to)
                taken.add(id(to))
        base = _explicit(s, m, hi, "from_links")
        if base is not None and id(base) not in taken:
            claim.befores = [op(s, base)]
            taken.add(id(base))
        # "from 10.6 to 13.5 and IRO Management from 1 to 2": every pair after the change word
        pairs = _from_to_pairs(s, m.end(), hi)
        if pairs and claim.amount is None:
            for a, b in pairs:
                out.append(ChangeClaim("change", s.page, Quote(s.page, s.text, [m.group(0), a.text, b.text]),
                                       direction=direction, after=op(s, b), befores=[op(s, a)]))
                taken |= {id(a), id(b)}
            continue
        out += _complete(text, s, m, lo, claim, taken, len(directions) > 1)
    return out


def _from_to_pairs(s: Sentence, start: int, hi: int) -> list[tuple[Num, Num]]:
    nums = [n for n in s.operands() if n.start >= start and n.start < hi]
    pairs = []
    for a, b in zip(nums, nums[1:]):
        if re.search(r"\bfrom\s+$", s.text[max(start, a.start - 8):a.start], re.I) and \
                re.fullmatch(r"\s+to\s+", s.text[a.end:b.start], re.I) and a.percent == b.percent:
            pairs.append((a, b))
    return pairs


def _complete(text: AuditText, s: Sentence, m: re.Match, lo: int, claim: ChangeClaim, taken: set[int],
              mixed: bool) -> list:
    """Fill in the new and earlier figures from the clause, a table or nearby text.

    Each side is explicit (stated in the claim's own sentence, or in the sentence
    before when the claim begins "This is ..."), from a table, or only a nearby
    figure; a claim with both sides only nearby is not checked."""
    timed = w.has(s.text, "change.time_cues")
    amount = next((n for n in s.nums if claim.amount and n.text == claim.amount.text), None)
    noun = _noun_after(s, amount) if amount is not None else ""
    family = None if claim.amount is None or claim.amount.percent else False
    after_basis = "explicit"
    if claim.after is None and (claim.amount or timed or claim.befores or claim.direction == "same"):
        found = _context(text, s, m.start(), family, taken, noun, same_sentence_only=True)
        found = [f for f in found if claim.amount is None or f.value != claim.amount.value]
        if found:
            claim.after = found[0]
        elif claim.amount or claim.befores or claim.direction == "same":
            need = claim.amount is not None and not claim.amount.percent
            found = [f for f in _context(text, s, m.start(), family, taken, noun, need_noun=need)
                     if f.quote != s.text and (claim.amount is None or f.value != claim.amount.value)]
            if found:
                claim.after = found[0]
                previous = text.sentences[s.index - 1].text if s.index else ""
                after_basis = "explicit" if ANAPHOR.match(s.text) and found[0].quote == previous else "context"
    if claim.after is None:
        if claim.amount is None and timed and not claim.befores and not mixed and not s.operands():
            return _series(text, s, m, claim.direction)
        return []
    family = claim.after.percent
    before_basis = "explicit"
    if not claim.befores:
        home = s if claim.after.quote == s.text else (_sentence_of(text, claim.after) or s)
        ref = rows_with(text, home, claim.after)
        j = earlier_cell(ref) if ref else None
        if ref and j is not None:
            claim.befores = [ref.operand(j)]
            before_basis = "table"
            claim.support.append(Quote(ref.row.page, f"{ref.grid.name()}: {ref.row.text()}",
                                       [ref.row.cells[j].text, ref.cell.text]))
        elif claim.amount is not None or claim.direction == "same":
            skip = taken | {id(n) for n in s.nums if n.text == claim.after.text and claim.after.quote == s.text}
            claim.befores = [c for c in _context(text, s, _position(s, claim.after), family, skip)
                             if c.value != claim.after.value or c.quote != claim.after.quote]
            before_basis = "context"
            subject = _subject(s, m, lo)
            named = [c for c in claim.befores if subject and subject & naming_words(c.label)]
            alongside = [c for c in claim.befores if c.quote == claim.after.quote]
            if named:  # "LAC was 271 ... LAC has increased by 16.2% (315)"
                claim.befores = named
            elif alongside:  # the earlier figure stated with the new one: only those are candidates
                claim.befores = alongside
                before_basis = "explicit" if len(alongside) == 1 else "context"
            stated = _compared_in(home, claim.after, family)
            if stated is not None:  # "480 children, compared with 450 a year earlier"
                claim.befores = [stated] + [c for c in claim.befores if c.text != stated.text]
                before_basis = "explicit"
        elif timed or claim.after.quote == s.text:
            same = _context(text, s, _position(s, claim.after), family, taken, same_sentence_only=True)
            claim.befores = [c for c in same if c.text != claim.after.text][:1]
            before_basis = "context"
    if not claim.befores or (after_basis == "context" and before_basis == "context"):
        return []
    claim.basis = min((after_basis, before_basis), key=STRENGTH.get)
    _mark(claim, s)
    if claim.direction == "same":
        claim.loose = w.has(s.text, "change.same_loose")
    return [claim]


def _mark(claim: ChangeClaim, s: Sentence) -> None:
    """Highlight the claim's numbers where they are quoted; quote the sentence of the new figure too."""
    numbers = [o for o in [claim.amount, claim.after, *claim.befores[:1]] if o is not None]
    claim.quote.marks += [o.text for o in numbers if o.quote == s.text]
    if claim.after is not None and claim.after.quote != s.text:
        marks = [o.text for o in numbers if o.quote == claim.after.quote]
        claim.support.insert(0, Quote(claim.after.page, claim.after.quote, marks))


def _compared_in(s: Sentence, after: Operand, family: bool) -> Operand | None:
    """The figure the sentence holding ``after`` compares it with: "compared with 450"."""
    if after.quote != s.text:
        return None
    for link in w.find_all(s.text, "change.from_links"):
        if _time_reference(s.text[link.end():]):
            continue
        for n in s.operands():
            if n.start >= link.end() and n.percent == family and n.text != after.text \
                    and _words_between(s.text[link.end():n.start]) <= 3:
                return op(s, n)
    return None


def _position(s: Sentence, o: Operand) -> int:
    if o.quote != s.text:
        return len(s.text) + 1
    found = [n for n in s.nums if n.text == o.text]
    return found[0].start if found else len(s.text) + 1


def _sentence_of(text: AuditText, o: Operand) -> Sentence | None:
    return next((x for x in text.sentences if x.text == o.quote), None)


def _series(text: AuditText, s: Sentence, m: re.Match, direction: str) -> list:
    series = series_for(text, s)
    if series is None or len(series.points) < 2 or direction == "same":
        return []
    mentioned = [p.period for p in s.periods if p.period]
    current = next((i for i, (period, _) in enumerate(series.points) if period in mentioned), len(series.points) - 1)
    span = 1
    for word, n in w.get("change.span_words").items():
        if re.search(rf"\blast\s+{re.escape(word)}\s+(years|periods)\b", s.text, re.I):
            span = n
    every = w.has(s.text, "change.series.every_step")
    earlier = [o for _, o in series.points[:current]] if every else [o for _, o in series.points[max(0, current - span):current]]
    if not earlier:
        return []
    claim = SeriesClaim("series", s.page, Quote(s.page, s.text, [m.group(0)]), basis="table",
                        direction=direction, current=series.points[current][1], earlier=earlier,
                        every_step=every, slight=bool(re.search(r"\bslight(ly)?\b", s.text, re.I)))
    rows = " · ".join(dict.fromkeys(o.quote for o in series.points_operands()))
    claim.support = [Quote(series.grid.page, f"{series.grid.name()}: {rows}",
                           [o.text for o in earlier + [claim.current]])]
    return [claim]
