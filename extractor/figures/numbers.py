"""Numbers in text: digits, percentages, ranges and numbers written as words."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .patterns import lexicon

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_PCT = r"\s?(?:%|per\s?cent\b|percent\b)"
NUMBER = re.compile(rf"(?<![\w.,/£$-])(?P<num>{_NUM})(?P<pct>{_PCT})?(?![\w/]|[.,]\d|[-–]\d)", re.IGNORECASE)
RANGE = re.compile(
    rf"(?:between\s+)?(?<![\w.,/£$])(?P<lo>{_NUM})(?P<pct1>{_PCT})?"
    rf"\s*(?:-|–|to|and)\s*(?P<hi>{_NUM})(?P<pct2>{_PCT})?(?![\w/]|[.,]\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    value: float
    percent: bool
    decimal: bool  # written with a decimal point: not a head count
    text: str
    value_high: float | None = None
    word: bool = False  # written as a word ("four")


def _value(text: str) -> float:
    return float(text.replace(",", ""))


def _is_range(m: re.Match, text: str) -> bool:
    lo, hi = _value(m["lo"]), _value(m["hi"])
    if m["pct1"] and not m["pct2"]:
        return False  # "increased by 8% to 455": a change and a level, not a range
    joiner = text[m.end("lo") + len(m["pct1"] or ""): m.start("hi")].strip().lower()
    between = m.group(0).lower().startswith("between")
    before = text[max(0, m.start() - 20):m.start()].lower().split()
    if before and before[-1] in lexicon()["not_figures"]["prefixes"]:
        return False  # "under 18 – 43": a label, then a value, not a range
    if before[-1:] == ["from"] and not (len(before) > 1 and before[-2] in lexicon()["ranges"]["from_words"]):
        return False  # "from 10.6 to 13.5" is a change between two values; "ranged from 52 to 68" is not
    # "60 and 67" is a range only after "between"; "50-70" / "55 to 62" always
    return hi > lo and (between or joiner in {"-", "–", "to"}) and (joiner != "and" or between)


def find_numbers(text: str, skip: list[tuple[int, int]] = ()) -> list[NumberMention]:
    """Numbers in text outside the skip spans (dates and periods), left to right."""
    def skipped(s: int, e: int) -> bool:
        return any(s < ke and ks < e for ks, ke in skip)

    found: list[NumberMention] = []
    taken: list[tuple[int, int]] = []
    for m in RANGE.finditer(text):
        if not _is_range(m, text) or skipped(*m.span()):
            continue
        pct = bool(m["pct1"] or m["pct2"])
        found.append(NumberMention(m.start("lo"), m.end(), _value(m["lo"]), pct,
                                   "." in m["lo"] + m["hi"], m.group(0), _value(m["hi"])))
        taken.append(m.span())
    for m in NUMBER.finditer(text):
        s, e = m.span()
        if skipped(s, e) or any(s < te and ts < e for ts, te in taken):
            continue
        found.append(NumberMention(s, e, _value(m["num"]), bool(m["pct"]), "." in m["num"], m.group(0)))
    words = lexicon()["number_words"]
    # "twenty eight", "twenty-eight": a tens word and a units word make one number
    tokens = list(re.finditer(r"[A-Za-z]+", text))
    i = 0
    while i < len(tokens):
        m = tokens[i]
        value = words.get(m.group(0).lower())
        i += 1
        if value is None or skipped(*m.span()):
            continue
        end, shown = m.end(), m.group(0)
        nxt = tokens[i] if i < len(tokens) else None
        unit = words.get(nxt.group(0).lower()) if nxt and text[m.end():nxt.start()] in {" ", "-"} else None
        if value >= 20 and value % 10 == 0 and unit is not None and unit < 10:
            value, end, shown = value + unit, nxt.end(), text[m.start():nxt.end()]
            i += 1
        pct = re.match(r"\s?(?:%|per\s?cent\b|percent\b)", text[end:], re.IGNORECASE)  # "Eleven per cent"
        if pct:
            end, shown = end + pct.end(), shown + pct.group(0)
        found.append(NumberMention(m.start(), end, float(value), bool(pct), False, shown, word=True))
    return sorted(found, key=lambda n: n.start)
