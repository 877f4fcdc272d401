"""Reporting periods: find years, financial years and dates in text.

Every period is a financial year written ``YYYY-YY`` (April to March).  A
date belongs to the financial year it falls in, so a 31 March snapshot
belongs to the year that ends then.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    m: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_SEP = r"\s*[-/\\–—]\s*"

# 2016-17, 2016/2017, 2013 \ 14, 2016 – 17
FY_LONG = re.compile(r"(?<![\d/])(?P<y1>(?:19|20)\d{2})" + _SEP + r"(?P<y2>(?:19|20)?\d{2})(?![\d/])")
FY_WORDS = re.compile(r"(?<![\d/])(?P<y1>(?:19|20)\d{2})\s+to\s+(?P<y2>(?:19|20)\d{2})(?![\d/])")
# 15/16 (a financial year only when the second is the first plus one)
FY_SHORT = re.compile(r"(?<![\d/.,])(?P<y1>[0-4]\d)/(?P<y2>[0-4]\d)(?![\d/%]|[.,]\d)")
# 31st March 2017, 1 April 2016, March 2016, March 16, May-15, 31/03/2012
DATE_WORDS = re.compile(
    r"(?:(?P<day>\d{1,2})\s*(?:st|nd|rd|th)?(?:\s*<sup>\w+</sup>)?\s+(?:of\s+)?)?"
    + _MONTH + r"(?:\s+|-|\s*,\s*|)(?P<year>(?:19|20)\d{2}|'?\d{2})(?![\d%]|\.\d)",  # "March16" (OCR); not "March, 92.6%"
    re.IGNORECASE,
)
DATE_NUMERIC = re.compile(r"(?<![\d/.])(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>(?:19|20)\d{2}|\d{2})(?![\d.])")
# "31 March" with no year: a date, never a count of 31
DAY_MONTH = re.compile(r"(?<![\d/])(?P<day>\d{1,2})\s*(?:st|nd|rd|th)?\s+(?P<month>[A-Z][a-z]+)\b")
SAME_POINT = re.compile(r"(?:(?:at|by|on) )?(?:the )?(?:same|equivalent|that) (?:point|time|date|stage) (?:in|of|last) "
                        r"(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)
PLAIN_YEAR = re.compile(r"(?<![\d.,/£$])(?P<year>(?:19|20)\d{2})(?![\d%]|\.\d|,\d{3})")


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    period: str | None  # YYYY-YY, or None for a bare calendar year
    kind: str  # "fy", "date" or "year"
    month: int | None = None  # for dates
    text: str = ""


def fy(start_year: int) -> str:
    return f"{start_year}-{(start_year + 1) % 100:02d}"


def fy_of_date(year: int, month: int) -> str:
    return fy(year if month >= 4 else year - 1)


def previous(period: str) -> str:
    return fy(int(period[:4]) - 1)


def years_before(period: str, years: int) -> str:
    """The period ``years`` before this one ("2021-22" two years before "2023-24")."""
    return fy(int(period[:4]) - years)


def _full_year(text: str) -> int:
    text = text.lstrip("'")
    return int(text) if len(text) == 4 else 2000 + int(text)


def find_periods(text: str) -> list[PeriodMention]:
    """All period mentions in text, left to right, without overlaps."""
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, period, kind, month=None) -> None:
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append(PeriodMention(s, e, period, kind, month, m.group(0)))

    for m in SAME_POINT.finditer(text):  # "at the same point in 2022": that year's 31 March
        add(m, fy_of_date(int(m["year"]), 3), "date", 3)
    for m in DATE_NUMERIC.finditer(text):
        month = int(m["month"])
        if 1 <= month <= 12 and 1 <= int(m["day"]) <= 31:
            add(m, fy_of_date(_full_year(m["year"]), month), "date", month)
    for m in DATE_WORDS.finditer(text):
        if not m["month"][0].isupper():  # "may 15 children" is not a date
            continue
        month = MONTHS[m["month"].lower()]
        add(m, fy_of_date(_full_year(m["year"]), month), "date", month)
    for m in FY_WORDS.finditer(text):  # "2020 to 2021", the GOV.UK style
        if int(m["y2"]) == int(m["y1"]) + 1:
            add(m, fy(int(m["y1"])), "fy")
    for m in FY_LONG.finditer(text):
        y1, y2 = int(m["y1"]), _full_year(m["y2"]) if len(m["y2"]) == 4 else int(m["y1"][:2] + m["y2"])
        if y2 == y1 + 1:
            add(m, fy(y1), "fy")
    for m in FY_SHORT.finditer(text):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y2 == y1 + 1 and 5 <= y1 <= 40:
            add(m, fy(2000 + y1), "fy")
    for m in DAY_MONTH.finditer(text):
        if m["month"].lower() in MONTHS and 1 <= int(m["day"]) <= 31:
            add(m, None, "day", MONTHS[m["month"].lower()])
    for m in PLAIN_YEAR.finditer(text):
        add(m, None, "year")
    return sorted(found, key=lambda p: p.start)


def blank_periods(text: str, mentions: list[PeriodMention] | None = None) -> str:
    """The text with its period mentions (or the given ones inside it) blanked out, to
    see what words stand around them ("from 321 at the end of March 2017 to 334")."""
    for p in find_periods(text) if mentions is None else mentions:
        text = text.replace(p.text, " ")
    return text


def header_period(text: str) -> str | None:
    """The period a table column header names ("2016/17", "March 16", "15/16 outturn")."""
    mentions = [p for p in find_periods(text) if p.period]
    return mentions[-1].period if mentions else None
