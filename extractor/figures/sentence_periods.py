"""Which period a number in a sentence belongs to: the date written tight against it,
the nearest one in its own clause, "the year before" or "two years earlier" counted back
from the date named, a bracket's label ("(2020-21: 95%)"), or else the report's own year.
"""
from __future__ import annotations

import re

from ..periods import PeriodMention, find_periods, fy, previous, years_before
from .numbers import NumberMention
from .patterns import lexicon

PART_YEAR_REACH = 30  # characters: how close a mid-year date must be to date a figure


def says_previous_year(sentence: str, number: NumberMention) -> bool:
    """"48 the year before", "(previous year 488)", "compared with last year's 988":
    this number is last year's.  Not so for a comparison ("up 12 on last year, at
    412", "95% since last year"), nor for a phrase in another clause or tied to
    another number.  A bracket after the number opens the next one's label."""
    text = sentence.lower()
    after = text[number.end:number.end + 45].split("(")[0]
    before = text[max(0, number.start - 30):number.start]
    for phrase in lexicon()["previous_year"]["phrases"]:
        j = after.find(phrase)
        if j >= 0 and _links_to_previous_year(after[:j]):
            return True
        k = before.rfind(phrase)
        if k >= 0:
            rest, lead = before[k + len(phrase):], before[:k].split()[-1:]
            if not (_clause_break(rest) or re.search(r"[\d)]", rest) or set(lead) & COMPARISON_LEADS):
                return True
    # "93 per cent, up from 89 per cent": the earlier value, unless "to" follows ("up from 89% to 93%")
    lead_in = " ".join(before.split()[-2:])
    return lead_in in lexicon()["previous_year"]["leads"] and not after.lstrip().startswith("to ")


YEARS_EARLIER = re.compile(r"\b(?P<count>two|three|four|five|[2-5])\s+years\s+(?:earlier|before|ago|previously)\b")


def _years_earlier(sentence: str, number: NumberMention) -> int:
    """How many years before the named date this number is: 1 for "521 a year earlier",
    2 for "489 two years earlier", 0 when it says nothing of the kind."""
    after = sentence.lower()[number.end:number.end + 45].split("(")[0]
    m = YEARS_EARLIER.search(after)
    if m and _links_to_previous_year(after[:m.start()]):
        count = m["count"]
        return int(count) if count.isdigit() else lexicon()["number_words"][count]
    return int(says_previous_year(sentence, number))


# "48 in the previous year", "the 389 who did so the year before"
AFTER_LINKS = {"in", "the", "for", "during", "at", "end", "of", "by", ",", "who", "which", "that", "did", "so",
               "were", "was", "had", "been", "recorded", "held"}
COMPARISON_LEADS = {"since", "than", "on", "over", "against"}  # "up 12 on last year"


def _links_to_previous_year(between: str) -> bool:
    """"48 in the previous year", "the 549 we were caring for twelve months before": a few
    words of the number's own clause, not a comparison ("412, more than last year")."""
    words = between.split()
    return (set(words) <= AFTER_LINKS or len(words) <= 5) and not re.search(r"[\d,;]", between) \
        and not set(words) & (COMPARISON_LEADS | {"compared", "more", "fewer", "less", "higher", "lower"})


def _clause_break(text: str) -> bool:
    return ";" in text or " and " in f" {text} " or ". " in text


BRACKET_LABEL = re.compile(r"\(\s*(?P<label>[^():=]{2,12}?)\s*[:=]\s*$")


def _bracket_label_period(sentence: str, number: NumberMention) -> str | None:
    """"(2019: 1,698)", "(2020-21: 95%)", "(16/17: 97)": the label dates the number;
    a bare year is the 31 March snapshot of the year ending then."""
    m = BRACKET_LABEL.search(sentence[max(0, number.start - 16):number.start])
    if not m:
        return None
    label = m["label"]
    if re.fullmatch(r"(?:19|20)\d{2}", label.strip()):
        return fy(int(label) - 1)
    found = [p.period for p in find_periods(label) if p.period]
    return found[0] if found else None


def _bracketed_elsewhere(sentence: str, p: PeriodMention, number: NumberMention) -> bool:
    """A period opening a bracket ("97% (2020-21: 95%)") dates only what is inside it."""
    if not sentence[:p.start].rstrip().endswith("("):
        return False
    inside = number.start >= p.end and ")" not in sentence[p.end:number.start]
    return not inside


ATTACHED = 5  # characters: "91.8% in 2019/20" ties that period to that number


def _attached_elsewhere(sentence: str, p: PeriodMention, number: NumberMention,
                        numbers: list[NumberMention]) -> bool:
    """The period is tight against another number (even one that is no figure, "up 109 on 16/17")."""
    def gap(n):
        return p.start - n.end if n.end <= p.start else n.start - p.end

    if len(sentence[:p.start].split()) <= 2:
        return False  # "At 31 March 2023, 97% ... and 84% ...": an opening date dates the sentence

    def tight(n):  # "52 in 2020/21; 38 were settled": a clause break keeps them apart
        lo, hi = (n.end, p.start) if n.end <= p.start else (p.end, n.start)
        between = sentence[lo:hi].strip().lower()
        # "from 321 at the end of March 2017 to 334": "to" starts the next value, it does not date it
        if between in ("to", "and"):  # "2,301 in 2018 to 2019 and 2,388 in ..."
            return False
        # "76% at the end of March 2018": a date phrase straight after a number is that number's
        return 0 <= gap(n) and (gap(n) <= ATTACHED or (n.end <= p.start and DATE_LINK.fullmatch(between))) \
            and not re.search(r"[;.]", sentence[lo:hi])
    return not tight(number) and any(k is not number and tight(k) for k in numbers)


DATE_LINK = re.compile(r"(?:(?:as )?at|in|on|by|for|during)?(?: the)?(?: end of)?")


def _later_clause(sentence: str, p: PeriodMention, number: NumberMention, numbers) -> bool:
    """A period after the number, past another number or a clause break, dates something
    else ("47 escalations compare with 52 in 2020/21", "... to 99% and that an inspection
    held in May 2022 found ...")."""
    if p.start < number.end:
        return False
    between = sentence[number.end:p.start]
    return _clause_break(between) or any(number.end <= n.start < p.start for n in numbers if n is not number)


def choose_period(sentence: str, number: NumberMention, periods: list[PeriodMention],
                  default: str | None, numbers: list[NumberMention] = ()) -> tuple[str | None, bool]:
    """The period nearest the number, and whether it is a part-year snapshot.

    A period written tight against another number belongs to that number.
    """
    labelled = _bracket_label_period(sentence, number)
    if labelled:
        return labelled, False
    for p in periods:  # "than in 2014/15 (131)": the bracket holds that year's value
        if p.period and p.end <= number.start and sentence[p.end:number.start].strip() == "(":
            # "on 31 March 2020 (274 a year earlier)": unless it says it is the year before
            return (previous(p.period) if says_previous_year(sentence, number) else p.period), False
    best = None
    for p in periods:
        if (not p.period or _attached_elsewhere(sentence, p, number, numbers)
                or _bracketed_elsewhere(sentence, p, number) or _later_clause(sentence, p, number, numbers)):
            continue
        if p.end <= number.start:
            gap = number.start - p.end
        else:  # "93% in 2019-20": a year right after the number is its own
            gap = p.start - number.end + (0 if p.start - number.end <= ATTACHED else 10)
        if best is None or gap < best[0]:
            best = (gap, p)
    years_back = _years_earlier(sentence, number)
    said_previous = years_back > 0
    if said_previous and best is not None and best[1].start > number.end:
        best = None  # "968 a year earlier and 934 at the end of March 2021": that date is 934's
    if best is None and said_previous:
        # "In 2024/25, 92% ..., down from 95% the previous year": the year before the one named
        named = [p for p in periods if p.period and p.kind == "fy" and p.end <= number.start]
        base = named[-1].period if named else default
        return (years_before(base, years_back) if base else None), False
    if best is None:
        return default, False
    gap, chosen = best
    if said_previous:  # "compared with 48 the year before": the year before the one named
        return years_before(chosen.period, years_back), False
    # a month named far from the number dates an event, not the figure's snapshot
    return chosen.period, gap <= PART_YEAR_REACH and _part_year(chosen, periods)


def _part_year(chosen: PeriodMention, periods: list[PeriodMention]) -> bool:
    """A month other than the March year end, or a span of a few months."""
    if chosen.kind != "date":
        return False
    dates = [p for p in periods if p.kind == "date"]
    i = dates.index(chosen)
    for other in dates[max(0, i - 1):i] + dates[i + 1:i + 2]:
        a, b = (other, chosen) if other.start < chosen.start else (chosen, other)
        if b.start - a.end > 6:  # only "Jan 2017 to March 2017", "between X and Y" make a span
            continue
        months = (int(b.period[:4]) - int(a.period[:4])) * 12 + ((b.month - 4) % 12) - ((a.month - 4) % 12)
        if 0 <= months < 11 and not (a.month == 4 and b.month == 3):
            return True
        if a.month == 4 and b.month == 3:
            return False
    return chosen.month not in (3, 4)
