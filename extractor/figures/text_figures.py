"""Candidate figures from prose: sentence by sentence, each number is tied to
the metric cue and period nearest to it that fit, and to a comparator when
one is named just before it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import context
from ..model import Candidate
from .numbers import NumberMention, find_numbers
from .patterns import Metric, cue_metric, lexicon, metrics, nlp
from ..periods import PeriodMention, blank_periods, find_periods, previous
from .prose import Prose
from .sentence_periods import BRACKET_LABEL, choose_period, says_previous_year

WORD_CUE_BEFORE = 12  # characters a cue may stand before a number written as a word
MAX_CUE_DISTANCE = 120  # characters between a metric cue and its number
COMPARATOR_REACH = 40  # characters from a comparator cue to its number
CLAUSE_PENALTY = 60  # characters a cue in another clause counts as further away


@dataclass
class Cue:
    start: int
    end: int
    id: str


def fits(metric: Metric, number: NumberMention, rate_context: bool) -> Metric | None:
    """The metric this number can be (a count may become its rate), or None.

    rate_context says the number is stated as a rate per 10,000.
    """
    if metric.kind == "percent":
        return metric if number.percent and number.value <= 100 else None
    if number.percent:
        return None
    if metric.kind == "count":
        if (number.decimal or rate_context) and metric.rate:
            return metrics()[metric.rate]
        return None if (number.decimal or rate_context) else metric  # a rate is never a head count
    return metric


COMPARED = ("compared with", "compared to", "compare with", "compares with", "compare to", "up from",
            "down from", "against", "versus", "vs", "than",
            "(previous year", "(last year", "(prior year")


def _partners(sentence: str, a: NumberMention, b: NumberMention) -> bool:
    """"from 10.6 to 13.5", "rose to 23 ..., from 17": two values of one measure."""
    def word_before(n):
        return sentence[max(0, n.start - 6):n.start].lower().split()[-1:] or [""]
    first, second = (a, b) if a.start < b.start else (b, a)
    between = sentence[first.end:second.start]
    if between.strip().lower() == "to":
        return True
    if second.percent and not first.percent and between.rstrip().endswith("(") and len(between) < 30 \
            and not re.search(r"[\d;]", between):
        return True  # "participated in 812 (94%)", "1,150 were on time (95%)": a count and its share
    if second.percent and not first.percent and re.fullmatch(r"[^\d;]{0,30},\s*", between) \
            and re.match(r"\s*of\s+(?:the\s+|all\s+)?(?:total|all|reviews)\b", sentence[second.end:], re.IGNORECASE):
        return True  # "took part in 1,166 reviews, 47.3% of the total": a count and its share
    if BRACKET_LABEL.search(sentence[max(0, second.start - 16):second.start]):
        return True  # "97% (2020-21: 95%)"
    lead_in = sentence[max(first.end, second.start - 45):second.start].lower()
    if any(c in lead_in for c in COMPARED) and second.start - first.end < MAX_CUE_DISTANCE:
        return True  # "64, compared with 58 the year before", "compared with the previous year's 988"
    undated = blank_periods(between)  # "93% in 2019-20 and 90% in 2018-19"
    if undated != between and re.fullmatch(r"[^\d;]{0,60} and\s*", undated):
        return True  # "2,301 reviews in 2018 to 2019 and 2,388 in 2019 to 2020": one measure, two years
    if re.search(r"(?:\d{2}[/-]\d{2}|\d{4})\s*\($", sentence[:second.start]):
        return True  # "an increase of 12% on 2019/20 (1,279)": last year's value in brackets
    if re.fullmatch(r"[^\d;]{0,40}(?:,| and )\s*", undated) and \
            any(c in sentence[max(0, first.start - 45):first.start].lower() for c in COMPARED):
        return True  # "compared with 398 a year earlier and 377 at the end of March 2018"
    return {word_before(first)[0], word_before(second)[0]} == {"to", "from"} and second.start - first.end < 60


SHARE_OF = re.compile(r"\s*(?:out\s+)?of\s+(?:the\s+|all\s+|our\s+|these\s+|those\s+)?$", re.IGNORECASE)


def _share_and_whole(sentence: str, a: NumberMention, b: NumberMention) -> bool:
    """"95% of the 1,020 reviews": a percentage and the whole it is a share of, one phrase."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return first.percent and not second.percent and bool(SHARE_OF.fullmatch(sentence[first.end:second.start]))


def _between(sentence: str, numbers: list[NumberMention], a: int, b: int, skip: NumberMention) -> bool:
    """Another number lies between a cue and this one (a partner value, or the whole a
    share is of, aside)."""
    lo, hi = min(a, b), max(a, b)
    return any(n is not skip and lo <= n.start < hi and not _partners(sentence, n, skip)
               and not _share_and_whole(sentence, n, skip) for n in numbers)


def _excluded(metric: Metric, sentence: str, cue: Cue, number: NumberMention,
              kept: list[NumberMention] = ()) -> bool:
    """An exclusion word just after the number (up to the next one), or in a short
    stretch between it and its cue."""
    lo, hi = min(cue.end, number.end), max(cue.start, number.start)
    stop = min([k.start for k in kept if k.start > number.end] + [number.end + 40])
    after_number = re.split(r"[,;]| and |\s\d", sentence[number.end:stop])[0]  # up to the next number
    window = after_number + " " + (sentence[lo:hi] if hi - lo < 60 else "")
    if cue.end <= number.start:  # "Parents/carers participated in 64%": who the cue is about
        window += " " + sentence[max(0, cue.start - 50):cue.start]
    if cue.start >= number.end:  # "55 and 62 looked after children" after "caseload ... between"
        cue_stop = min([k.start for k in kept if k.start >= cue.end] + [cue.end + 45])
        after_cue = re.split(r"[,;:]|\d", sentence[cue.end:cue_stop])[0]
        window += " " + after_cue + " " + sentence[max(0, number.start - 60):number.start]
    return any(x in window.lower() for x in metric.exclude)


LINKERS = {"", "was", "were", "is", "are", "stood at", "of", "at", "totalled", "reached", ":", "=", "was at"}


def _claimed_by_previous(sentence: str, cue: Cue, number: NumberMention, kept: list[NumberMention]) -> bool:
    """"Of the 1,112 reviews held, 1,043 (93.8%) were ...": a cue right after another
    number names that one (a partner value, "compared to 546", aside)."""
    return any(k is not number and 0 <= cue.start - k.end <= 2 and not _partners(sentence, k, number)
               for k in kept)


def _claimed_by_next(sentence: str, cue: Cue, gap: int, kept: list[NumberMention]) -> bool:
    """"stood at 257 and LAC was 271": a cue after this number that leads straight
    into the next number ("LAC was 271") belongs to that one."""
    following = [k for k in kept if k.start >= cue.end]
    if not following:
        return False
    link = " ".join(sentence[cue.end:following[0].start].lower().split())
    return link in LINKERS and following[0].start - cue.end <= gap


def _unreachable(sentence: str, cue: Cue, number: NumberMention, gap: int, kept: list[NumberMention],
                 rate_context: bool) -> bool:
    """Too far from the cue, or another figure stands between them."""
    limit = lexicon()["number_word_rules"]["max_distance"] * 7 if number.word else MAX_CUE_DISTANCE
    if number.word and cue.end <= number.start:
        # "... FTE IROs and two team managers": a word number after its cue only when linked
        if " ".join(sentence[cue.end:number.start].lower().split()) not in LINKERS | {"numbered", "totalled"}:
            return True
        limit = WORD_CUE_BEFORE
    if gap > limit:
        return True
    if rate_context:  # "661 children, a rate of 40.5": a rate may follow its own count
        return False
    lo, hi = (cue.end, number.start) if cue.end <= number.start else (number.end, cue.start)
    if ";" in sentence[lo:hi]:  # "83 matters under the Policy; 74 were resolved": another clause
        return True
    return _between(sentence, kept, lo, hi, number)


PART_OF = re.compile(r"(?:^|\s)(?P<part>\S+)\s+(?:out\s+)?of\s+(?:the\s+|our\s+)?$", re.IGNORECASE)


def _whole_of_a_part(sentence: str, number: NumberMention) -> bool:
    """The number is the whole in "<part> of the <number>" ("Sixty-four of the 412 ...")."""
    m = PART_OF.search(sentence[max(0, number.start - 40):number.start])
    # "95% of the 1,020 reviews were held ...": a share's whole keeps the measure named after it
    return bool(m) and any(not n.percent for n in find_numbers(m["part"]))


OPENING_WHOLE = re.compile(r"^\s*(?:of|out of) (?:the |our |these |those )?[\d,]+[^,;]*[,;]", re.IGNORECASE)


def _in_opening_whole(sentence: str, cue: Cue, number: NumberMention) -> bool:
    """The cue sits in an opening "Of the N ...," clause and the number comes after it."""
    m = OPENING_WHOLE.match(sentence)
    return bool(m) and cue.end <= m.end() <= number.start


def _stated_as_average(sentence: str, number: NumberMention) -> bool:
    """"an average of 28 ...", or every number of a clause opened by "On average" ("On
    average each chair held 41 children in care and 23 on child protection plans")."""
    before = context.words_before(sentence, number.start, 5)
    clause = re.split(r"[;:]|\.\s", sentence[:number.start])[-1]
    return bool({"average", "averaged", "averaging", "mean"} & set(before)) or \
        bool(re.match(r"\s*on average\b", clause, re.IGNORECASE))


def choose_metric(sentence: str, number: NumberMention, cues: list[Cue], kept: list[NumberMention],
                  comparator: str) -> tuple[Metric, Cue] | None:
    """The nearest cue whose metric fits the number.

    comparator "la" means a figure of the council's own, which must sit close to
    its cue; comparison figures (and carried cues) take the sentence's metric.
    """
    if comparator == "la":
        rate_context = context.is_rate(sentence, number.start, number.end)
    else:  # a comparison figure is the same kind of figure as the sentence's own
        rate_context = context.mentions_rate(sentence)
    best = None
    for cue in cues:
        named, adjacent_only = cue_metric(cue.id)
        if named.averaged and _stated_as_average(sentence, number):
            named = metrics()[named.averaged]  # "an average of 28 children subject to a CP plan"
        metric = fits(named, number, rate_context)
        if metric is None or not metric.plausible(number.value) or _excluded(named, sentence, cue, number, kept):
            continue
        if metric.kind in ("count", "average") and context.counts_something_else(metric.id, sentence, number.end):
            continue
        after = cue.start >= number.end
        if adjacent_only and (number.word or not (after and cue.start - number.end <= 2)):
            continue
        if not after and context.is_subset(sentence, number.start, number.end):
            continue  # the whole is named before a part; the part's own measure comes after
        if not after and not number.percent and _in_opening_whole(sentence, cue, number):
            continue  # "Of the 196 children who entered care, 31 (16%) were ...": 31 is a part
        gap = cue.start - number.end if after else number.start - cue.end
        if after and _claimed_by_next(sentence, cue, gap, kept):
            continue
        if after and _whole_of_a_part(sentence, number):
            continue  # "Three of the 41 were unaccompanied": the cue names the part, not the 41
        if after and any(k.percent and number.end <= k.start < cue.start
                         and sentence[number.end:k.start].strip() == "(" for k in kept):
            continue  # "533 (56%) of all reviews": the cue names the whole the share is of
        if not after and comparator == "la" and not rate_context and _claimed_by_previous(sentence, cue, number, kept):
            continue  # (a rate may share its count's cue: "281 children ..., a rate of 70 per 10,000")
        if comparator == "la" and _unreachable(sentence, cue, number, gap, kept, rate_context):
            continue
        between = sentence[number.end:cue.start] if after else sentence[cue.end:number.start]
        parts = re.split(r";| and |, (?:and|while|whereas|but) ", between)
        if not after and len(parts) > 1 and context.names_other_count(
                metric.id, context.words_after(parts[-1], 0, 12)):
            continue  # "up to date care plans and the visits by social workers was now at 86%"
        # a cue right after the number ("14 disputes raised") names it most directly;
        # one in another clause less so than one in the number's own
        score = gap - 20 if after and gap <= 2 else gap + (3 if after else 0)
        # ("... a care plan and 78% of ..." - the number opens the next conjunct)
        new_clause = re.search(r";|, (?:and|while|whereas|but)\b", between) or (
            not after and re.search(r"(?:\band|,)\s*$", between))
        score += CLAUSE_PENALTY * bool(new_clause)
        if best is None or score < best[0]:
            best = (score, metric, cue)
    return (best[1], best[2]) if best else None


# "24 for England", "97 across the North West", "84 among Lancashire's statistical neighbours"
# "71 per 10,000 in England", "59 on average across our statistical neighbours"
COMPARATOR_AFTER = re.compile(r"(?:(?:per\s*10,?000|per\s+cent|%)\s+)?(?:on\s+average\s+)?"
                              r"\(?(?:for|in|across|among|amongst)?(?:\s+(?:the|all|our|its|\w+'s))?\s*",
                              re.IGNORECASE)


LABELS_NEXT = re.compile(r"\s*[:=]?\s*\d")


def choose_comparator(sentence: str, number: NumberMention, comparators: list[Cue]) -> str:
    for cue in comparators:  # "24 for England as a whole"; not "71 (England 67)", that labels the 67
        if cue.start >= number.end and COMPARATOR_AFTER.fullmatch(sentence[number.end:cue.start].strip()) \
                and not LABELS_NEXT.match(sentence[cue.end:]):
            return cue.id
    for cue in comparators:
        if cue.end <= number.start and number.start - cue.end <= COMPARATOR_REACH:
            between = sentence[cue.end:number.start]
            # "above the national rate and includes 45 children": a new verb starts another clause
            if not any(ch.isdigit() for ch in between) and ";" not in between \
                    and not context.NEW_VERB_CLAUSE.search(between):
                return cue.id
    return "la"


def _from_to_pairs(sentence: str, kept: list[NumberMention],
                   periods: list[PeriodMention]) -> dict[int, NumberMention]:
    """"from 10.6 to 13.5", "from 321 at the end of March 2017 to 334": the earlier value's
    start -> the later value.  Words and a date may stand between them, no other number."""
    pairs = {}
    for first, second in zip(kept, kept[1:]):
        if not sentence[max(0, first.start - 6):first.start].lower().strip().endswith("from"):
            continue
        between = blank_periods(sentence[first.end:second.start],
                                [p for p in periods if first.end <= p.start and p.end <= second.start])
        if len(between) < 60 and re.fullmatch(r"[^\d;]*\bto\s*", between, re.IGNORECASE):
            pairs[first.start] = second
    return pairs


def is_layout_run(sentence: str, numbers: list[NumberMention]) -> bool:
    """A contents list or a page's furniture read as one long "sentence": no prose figures."""
    limits = lexicon()["not_figures"]
    return len(sentence) > limits["run_length"] and len(numbers) > limits["run_numbers"]


def keep_number(sentence: str, n: NumberMention, periods: list[PeriodMention]) -> bool:
    """Whether a number may be a figure (``periods``: the sentence's, from find_periods)."""
    return not (
        context.is_label_or_duration(sentence, n.start, n.end, n.percent)
        or context.is_arithmetic(sentence, n.start, n.end)
        or context.is_in_number_run(sentence, n.start, n.end)
        or context.is_paragraph_number(sentence, n.start, n.end)
        or context.is_qualified_bound(sentence, n.start)
        or context.is_qualified_clause(sentence, n.start)
        or context.is_known_standard(n.value, n.value_high)
        or context.is_listed_label(sentence, n.start)
        or context.is_part(sentence, n.end)
        or context.is_change(sentence, n.start, n.end)
        or context.is_standard(sentence, n.start, n.end)
        or context.is_present_snapshot(sentence, n.start, n.end, any(p.period for p in periods))
        or context.is_title_number(sentence, n.end)
    )


def sentence_candidates(sentence: str, page: int, cues: list[Cue], comparators: list[Cue],
                        default_period: str | None, carried: bool = False) -> list[Candidate]:
    """Figures in one sentence.  With carried=True the cues come from the sentence
    before ("... 62 per 10,000. The London average was 50."), and only comparison
    or previous-year figures are taken."""
    if context.opens_with_subset(sentence):
        return []
    periods = find_periods(sentence)
    numbers = find_numbers(sentence, skip=[(p.start, p.end) for p in periods])
    if is_layout_run(sentence, numbers):
        return []
    kept = [n for n in numbers if keep_number(sentence, n, periods)]
    pairs = _from_to_pairs(sentence, kept, periods)
    found = []
    respective = _respectively(sentence, kept, cues, periods)
    chosen: list[tuple[NumberMention, Metric, Cue]] = []
    for n in kept:
        comparator = choose_comparator(sentence, n, comparators)
        if carried and comparator == "la" and not says_previous_year(sentence, n) and not (
                context.is_rate(sentence, n.start, n.end)):  # "This equates to 68 per 10,000."
            continue
        if n.start in respective:  # "96% and 86% respectively": the cues in the same order
            cue, own_period = respective[n.start]
            metric = cue and fits(cue_metric(cue.id)[0], n, context.is_rate(sentence, n.start, n.end))
            choice = (metric, cue) if metric else None
        else:
            own_period = None
            choice = choose_metric(sentence, n, cues, kept, "carried" if carried else comparator) or (
                _restated_for_another_year(sentence, n, chosen, cues, kept, periods, default_period)) or (
                _compared_with_chosen(sentence, n, chosen, kept))
        if choice is None:
            continue
        chosen.append((n, *choice))
        metric, cue = choice
        earlier = next((x for x, y in pairs.items() if y is n), None)
        # the later value of a pair: a date between the two is the earlier value's
        usable = [p for p in periods if earlier is None or not (earlier <= p.start < n.start)]
        period, part_year = (own_period, False) if own_period else \
            choose_period(sentence, n, usable, default_period, numbers)
        dated = any(p.period for p in periods) or says_previous_year(sentence, n)
        later = pairs.get(n.start)
        if period and later is not None and not any(n.end <= p.start < later.start and p.period for p in periods):
            period = previous(period)  # "from 10.6 to 13.5": the first value is the earlier year's
        if part_year or period is None:
            continue
        adjacent = cue_metric(cue.id)[1]
        found.append(Candidate(
            metric=metric.id, value=n.value, value_high=n.value_high, unit=metric.unit, page=page,
            evidence=" ".join(sentence.split()), method="text", comparator=comparator, period=period,
            # a figure whose sentence names no year leans on the report's own year
            confidence=(0.6 if n.word else 0.7) - (0 if dated else 0.1),
            rule=f"text:{metric.id}" + (":adjacent" if adjacent else ""),
            signals=text_signals(sentence, n, cue, kept, dated=dated, carried=carried, adjacent=adjacent,
                                 earlier_year=period != default_period),
            cue=sentence[cue.start:cue.end],
        ))
    return _preferred(found)


RUN_LINK = re.compile(r"\s*(?:per cent)?\s*(?:,|and|,\s*and)\s*")


def _respectively(sentence: str, kept: list[NumberMention], cues: list[Cue],
                  periods: list[PeriodMention]) -> dict[int, tuple[Cue | None, str | None]]:
    """"care plans and PEPs were 96% and 86% respectively", "(94%, 81% and 90% respectively
    at 31 March 2022)": the numbers before "respectively" take the measures named before
    them, in order (the last as many as there are numbers), and a date after "respectively"
    inside the bracket.  Without enough measures to pair them, none is taken (cue None)."""
    found: dict[int, tuple[Cue | None, str | None]] = {}
    for m in re.finditer(r"\brespectively\b", sentence, re.IGNORECASE):
        run = [k for k in kept if k.end <= m.start() and not sentence[k.end:m.start()].strip(" %")]
        while run:
            before = [k for k in kept if k.end <= run[0].start]
            if not before or not RUN_LINK.fullmatch(sentence[before[-1].end:run[0].start]):
                break
            run.insert(0, before[-1])
        if len(run) < 2:
            continue
        named: list[Cue] = []
        for cue in (c for c in cues if c.end <= run[0].start):
            if not named or cue.id != named[-1].id:
                named.append(cue)
        pairs = named[-len(run):] if len(named) >= len(run) else [None] * len(run)
        bracket = sentence.rfind("(", 0, run[0].start) > sentence.rfind(")", 0, run[0].start)
        close = sentence.find(")", m.end())
        dated = [p.period for p in periods if bracket and p.period and m.end() <= p.start < close]
        for k, cue in zip(run, pairs):
            found[k.start] = (cue, dated[0] if dated else None)
    return found


def _compared_with_chosen(sentence: str, n: NumberMention, chosen: list,
                          kept: list[NumberMention]) -> tuple[Metric, Cue] | None:
    """"The 1,377 visits ... compare with 1,105 in 2021/22": a value compared with the
    figure before it as another value of one measure takes that figure's measure, when no
    cue names its own."""
    before = [(k, metric, cue) for k, metric, cue in chosen if k.end <= n.start]
    if not before:
        return None
    k, metric, cue = before[-1]
    compared = any(c in sentence[k.end:n.start].lower() for c in COMPARED)  # said, not only set beside
    if not compared or not _partners(sentence, k, n) or _between(sentence, kept, k.end, n.start, n) \
            or not _can_be(metric, n, sentence):
        return None
    return metric, cue


def _restated_for_another_year(sentence: str, n: NumberMention, chosen: list, cues: list[Cue],
                               kept: list[NumberMention], periods: list[PeriodMention],
                               default_period: str | None) -> tuple[Metric, Cue] | None:
    """"IROs recorded 1,104 visits ...; in 2021 to 2022 there were 962": a clause after a
    semicolon that names no measure, one number and another year restates the measure of
    the clause before it for that year."""
    cut = sentence.rfind(";", 0, n.start)
    stop = sentence.find(";", n.end)
    stop = len(sentence) if stop < 0 else stop
    before = [(k, metric, cue) for k, metric, cue in chosen if k.end <= cut]
    if cut < 0 or not before or any(cut < c.start < stop for c in cues) \
            or [k for k in kept if cut < k.start < stop] != [n]:
        return None
    if not any(p.period and p.period != default_period and cut < p.start < stop for p in periods):
        return None
    _, metric, cue = before[-1]
    return (metric, cue) if _can_be(metric, n, sentence) else None


def _can_be(metric: Metric, n: NumberMention, sentence: str) -> bool:
    """The number can be a value of the measure taken from another figure: of its kind, in
    its range, and not followed by a noun counting something else."""
    return fits(metric, n, False) is metric and metric.plausible(n.value) \
        and not context.counts_something_else(metric.id, sentence, n.end)


def text_signals(sentence: str, n: NumberMention, cue: Cue, kept: list[NumberMention], *, dated: bool,
                 carried: bool, adjacent: bool, earlier_year: bool) -> dict[str, float]:
    """What the sentence shows about one figure, for ``extractor.figures.confidence``."""
    gap = 0 if carried else max(cue.start - n.end, n.start - cue.end, 0)
    between = sentence[min(cue.end, n.end):max(cue.start, n.start)] if not carried else ""
    return {
        "text": 1.0, "dated": float(dated), "word_number": float(n.word), "adjacent_cue": float(adjacent),
        "carried_cue": float(carried), "cue_far": float(gap > 40), "cue_very_far": float(gap > 100),
        "clause_between": float(any(ch in between for ch in ";:(") or " which " in between),
        "crowded": float(len(kept) > 3), "other_year": float(earlier_year),
        "long_sentence": float(len(sentence) > 250),
    }


def _preferred(found: list[Candidate]) -> list[Candidate]:
    """"30 IROs (27.4 FTE)": of one metric's values for one year in a sentence, keep
    those named by a cue the metric prefers, and a proper cue over an adjacent one."""
    def rank(c: Candidate) -> tuple:
        return (metrics()[c.metric].preferred_in(c.cue), not c.rule.endswith(":adjacent"))
    best = {}
    for c in found:
        key = (c.metric, c.period, c.comparator)
        best[key] = max(best.get(key, (False, False)), rank(c))
    return [c for c in found if rank(c) == best[(c.metric, c.period, c.comparator)]]


def drop_modifiers(cues: list[Cue]) -> list[Cue]:
    """"LAC disputes": a cue directly followed by another metric's cue only qualifies it."""
    return [c for c in cues if c.end - c.start > 5  # only short acronyms ("LAC") qualify
            or not any(o is not c and 0 <= o.start - c.end <= 1 for o in cues)]


def text_candidates(prose: Prose, default_period: str | None) -> list[Candidate]:
    found: list[Candidate] = []
    aims = aim_items(prose.blocks)
    for i, (block_start, block) in enumerate(zip(prose.block_starts, nlp().pipe(prose.blocks))):
        if i not in aims:
            found += _block_candidates(prose, block_start, block, default_period)
    return found


AIM_ITEM_LENGTH = 200  # characters: an item of a list, not a paragraph
SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")


def aim_items(blocks: list[str]) -> set[int]:
    """The blocks that are items of a list of aims: the short single sentences after a
    heading or lead-in that looks forward ("Priorities for 2024-25", "Over the coming
    year the service will:"), up to the next heading, lead-in or paragraph."""
    items: set[int] = set()
    under_aims = False
    for i, block in enumerate(blocks):
        if not block:
            continue
        heading = i + 1 < len(blocks) and not blocks[i + 1]  # the prose sets a heading apart
        # "Reviews in timescale - at least 95%": an item set like a heading still holds a figure
        item_like = under_aims and len(block) <= AIM_ITEM_LENGTH and any(ch.isdigit() for ch in block)
        if (heading or block.endswith(":")) and not item_like:
            lead_in = re.split(r"(?<=[.!?])\s+", block)[-1]  # a paragraph's own last sentence
            # "In 2021-22 the IRO service will aim to:": what a lead-in says will be done
            under_aims = context.looks_forward(lead_in) or (
                lead_in.endswith(":") and " will " in f" {lead_in.lower()} ")
        elif under_aims and len(block) <= AIM_ITEM_LENGTH and not SENTENCE_INSIDE.search(block):
            items.add(i)
        else:
            under_aims = False
    return items


def _block_candidates(prose: Prose, block_start: int, block, default_period: str | None) -> list[Candidate]:
    found: list[Candidate] = []
    previous_metric = None
    for sent in block.sents:
        text = sent.text
        cues, comparators = sentence_cues(sent.ents, sent.start_char)
        has_number = any(ch.isdigit() for ch in text) or _has_number_word(text)
        page = prose.page_at(block_start + sent.start_char)
        if cues and has_number:
            sentence_found = sentence_candidates(text, page, cues, comparators, default_period)
            found += sentence_found
            previous_metric = sentence_found[-1].metric if sentence_found else previous_metric
        elif has_number and previous_metric:
            found += sentence_candidates(text, page, [Cue(0, 0, previous_metric)], comparators,
                                         default_period, carried=True)
    return found


def sentence_cues(ents, offset: int = 0) -> tuple[list[Cue], list[Cue]]:
    """A sentence's metric cues and comparator cues from its entities (offsets within the sentence)."""
    def cues(label: str) -> list[Cue]:
        return [Cue(e.start_char - offset, e.end_char - offset, e.ent_id_) for e in ents
                if e.label_ == label and not _names_a_body(e)]
    metric_cues = drop_modifiers(cues("METRIC"))
    # "Lancashire's rate was 79 per 10,000": a generic cue, when nothing better is named
    # "none": a phrase that holds a comparator word but compares nothing ("National Transfer Scheme")
    return metric_cues or cues("METRIC_FALLBACK"), [c for c in cues("COMPARATOR") if c.id != "none"]


def _names_a_body(span) -> bool:
    """"Some 30 children attended the Children in Care Council": a capitalised cue followed by
    "Council", "Team", "Panel" ... is the name of a body, not a measure."""
    if not span.text[:1].isupper() or span.end >= len(span.doc):
        return False
    return span.doc[span.end].text in lexicon()["names"]["heads"]


def _has_number_word(text: str) -> bool:
    words = lexicon()["number_words"]
    return any(w.lower().strip(".,;:") in words for w in text.split())
