"""What the words around a number say about it.

Small predicates over a sentence and a number's position, driven by the
lists in ``patterns/lexicon.toml``: is it a label ("Table 2"), a duration
("20 working days"), a change ("an increase of 101"), a standard ("the
target is 95%"), a part of a breakdown ("212 were male")?
"""
from __future__ import annotations

import re
from functools import lru_cache

from .patterns import lexicon

WORD = re.compile(r"[A-Za-z][A-Za-z'.:-]*|\d+(?:[.,]\d+)*|[%>]")


def words_before(text: str, pos: int, n: int) -> list[str]:
    return [w.lower().rstrip(".:") for w in WORD.findall(text[max(0, pos - 200):pos])][-n:]


def words_after(text: str, pos: int, n: int) -> list[str]:
    return [w.lower().rstrip(".:") for w in WORD.findall(text[pos:pos + 200])][:n]


def _ends_with(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(len(p) <= len(words) and tuple(words[-len(p):]) == p for p in phrases)


def _starts_with(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(tuple(words[:len(p)]) == p for p in phrases)


def _contains(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(tuple(words[i:i + len(p)]) == p for p in phrases for i in range(len(words) - len(p) + 1))


@lru_cache(maxsize=None)
def _phrases(section: str, key: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(WORD.findall(p.lower())) or (p.lower(),) for p in lexicon()[section][key])


def counts_something_else(metric_id: str, text: str, end: int) -> bool:
    """"23 complaints from children in care": the noun after the number is what it
    counts, and that noun does not name this metric."""
    return names_other_count(metric_id, words_after(text, end, 2))


def names_other_count(metric_id: str, words: list[str]) -> bool:
    """One of the words is a counted noun ("complaints", "moves") that does not name this metric."""
    nouns = lexicon()["counted_nouns"]
    return any(w in nouns and metric_id not in nouns[w] for w in words)


def is_label_or_duration(text: str, start: int, end: int, percent: bool = False) -> bool:
    """"Section 20", "Table 2", "20 working days", "aged 4", "6 of the 7"."""
    before = words_before(text, start, 3)
    after = words_after(text[:text.find("(", end)] if "(" in text[end:end + 3] else text, end, 3)
    suffixes = _phrases("not_figures", "suffixes")
    # "16 and 17 years", "10 to 15 years old": the first of two ages or durations
    paired = len(after) > 2 and after[0] in {"and", "to", "or", "-", "–"} and after[1][:1].isdigit() \
        and _starts_with(after[2:], suffixes)
    # "of school age (94%)", "aged four and over, 93%": no label word reaches past a bracket or comma
    bracketed = text[:start].rstrip().endswith(("(", ",", ";"))
    return (not bracketed and _ends_with(before, _phrases("not_figures", "prefixes"))) or _starts_with(
        after, suffixes) or paired or (not percent and _part_of_whole(text, end))  # "14% of the 334" is a share


def _part_of_whole(text: str, end: int) -> bool:
    """"6 of the 7 KPIs", "four out of five": followed by "of (the)" and another number."""
    after = words_after(text, end, 4)
    for phrase in sorted(_phrases("not_figures", "part_of_whole"), key=len, reverse=True):
        if tuple(after[:len(phrase)]) == phrase and len(after) > len(phrase):
            nxt = after[len(phrase)]
            return nxt[:1].isdigit() or nxt in lexicon()["number_words"]
    return False


def is_known_standard(value: float, high: float | None) -> bool:
    """A range equal to a well-known standard ("50-70" children per IRO)."""
    return high is not None and [value, high] in [list(map(float, r)) for r in lexicon()["known_standards"]["ranges"]]


def is_listed_label(text: str, start: int) -> bool:
    """"stage 1: 42" (the 42 is one stage's part), "Stages 2 and 3" (both label)."""
    before = words_before(text, start, 6)
    labels = set(lexicon()["not_figures"]["list_labels"])
    if len(before) >= 2 and before[-2] in labels and before[-1][:1].isdigit() and \
            text[:start].rstrip().endswith(":"):
        return True
    if len(before) >= 3 and before[-1] in {"or", "and", "to"} and before[-2][:1].isdigit() and before[-3] in labels:
        following = words_after(text, start, 2)[1:]  # "15 at stage 2 and 4 at stage 3": 4 is a count
        if not (following and following[0] in {"at", "in", "to", "were", "was", "reached", "went"}):
            return True  # "stage 2 or 3"
    plural = {w for w in labels if w.endswith("s")}  # "Stages 2 and 3"; not "stage 1, 15 at stage 2"
    for word in reversed(before):
        if word in plural:
            return True
        if not (word[:1].isdigit() or word in {"and", "or", "to"}):
            return False
    return False


def is_arithmetic(text: str, start: int, end: int) -> bool:
    """"(17.9 + 22.3)": an operand of a sum shown in the text; not "(2018/19 = 121)",
    a year's value."""
    if re.search(r"\(\s*(?:19|20)?\d{2}(?:\s*[/\\-]\s*\d{2,4})?\s*=\s*$", text[:start]):
        return False
    return text[:start].rstrip()[-1:] in {"+", "="} or text[end:].lstrip()[:1] in {"+", "="}


def is_paragraph_number(text: str, start: int, end: int) -> bool:
    """"6.1 The table below": a paragraph number left inside a sentence."""
    token = text[start:end]
    following = text[end:end + 12].split()
    previous = text[:start].split()[-1:]
    # "of 9.5 IROs", "(27.4 FTE)": inside a sentence; a heading or nothing stands before "6.1 The"
    mid_sentence = bool(previous) and not (
        (previous[0][0].isupper() and previous[0][-1].isalnum()) or previous[0][-1].isdigit())
    return (bool(re.fullmatch(r"\d{1,2}\.\d{1,2}", token)) and bool(following)
            and following[0][:1].isupper() and not mid_sentence)


BARE_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*%?$")


def is_in_number_run(text: str, start: int, end: int) -> bool:
    """"12 14 children", "75.0 79.5 60.0": numbers side by side are chart or table
    residue, not a stated figure."""
    before = text[:start].split()[-1:] or [""]
    after = text[end:].split()[:1] or [""]
    return bool(BARE_NUMBER.match(before[0]) or BARE_NUMBER.match(after[0]))


def is_qualified_bound(text: str, start: int) -> bool:
    """"as high as 100": a peak or bound, not the result."""
    if text[:start].rstrip().endswith((",", ";")):
        return False  # "aged four and over, 93% ...": the bound word belongs to the clause before
    return _ends_with(words_before(text, start, 4), _phrases("not_figures", "qualifiers"))


def is_part(text: str, end: int) -> bool:
    """"212 were male": one part of a breakdown."""
    return _starts_with(words_after(text, end, 2), _phrases("not_figures", "parts"))


def is_change(text: str, start: int, end: int) -> bool:
    """"an increase of 101", "increased by 16.2%", "a 1% increase"."""
    reach = lexicon()["changes"]["reach_tokens"]
    before = words_before(text, start, reach)
    if _ends_with(before, _phrases("changes", "before")):
        return True
    # "an increase from March 2016 of 101": a change word, then of/by right before
    change_words = set(lexicon()["changes"]["words"])
    if before and before[-1] in {"of", "by"} and any(w in change_words for w in before[:-1]):
        return True
    after = words_after(text, end, 3)
    return _starts_with(after, _phrases("changes", "after")) or (
        len(after) > 1 and after[0] in {"marked", "significant", "slight", "small"}
        and _starts_with(after[1:], _phrases("changes", "after")))


def is_standard(text: str, start: int, end: int | None = None) -> bool:
    """A standard, target or aim rather than a result: a standard named shortly
    before the number in the same clause ("the target is 95%"), right after it
    ("the 95% target"), or a sentence that sets an aim ("Keep caseloads below 65")."""
    rules = lexicon()["standards"]
    if STANDARD_BRACKET.search(text[:start]):
        return True  # "the target for timeliness (95%)": the bracket holds the standard's value
    # "higher than they should (around 90 children per IRO ...)": a bracket opens its own clause
    clause = re.split(r"[;:(]|\.\s|,\s+and\b|\bbut\b|\bwhereas\b|\bhowever\b", text[:start])[-1]
    if _contains(words_before(clause, len(clause), rules["lookback_tokens"]), _phrases("standards", "cues")):
        return True
    if end is not None and _starts_with(words_after(text, end, 2), _phrases("standards", "after")):
        return True
    first = words_after(text, 0, 6)  # "In 2019/20 we intend to ..."
    return bool(first) and (first[0] in rules["imperatives"] or _contains(first, _phrases("standards", "aim_subjects")))


# a standard's noun and up to three words, then the bracket the number opens
STANDARD_BRACKET = re.compile(r"\b(?:target|standard|benchmark|threshold|limit|ceiling|aim)s?"
                              r"(?:\s+[a-z-]+){0,3}\s*\(\s*$", re.IGNORECASE)


def looks_forward(heading: str) -> bool:
    """"Priorities for 2024-25", "Over the coming year the service will:": a heading or
    lead-in whose list sets aims (not "Progress against last year's priorities")."""
    words = [w.lower().rstrip(".:") for w in WORD.findall(heading)]
    return _contains(words, _phrases("standards", "list_lead_ins")) and \
        not _contains(words, _phrases("standards", "not_list_lead_ins"))


def is_qualified_clause(text: str, start: int) -> bool:
    """"excluding unaccompanied children, the LAC population was 1,368": a partial measure."""
    clause = re.split(r"[;:]|\.\s", text[:start])[-1]
    return _contains(words_before(clause, len(clause), 12), _phrases("not_figures", "clause_qualifiers"))


LINKING_WORDS = {"and", "or", "the", "was", "were", "is", "are", "in", "of", "to", "for", "with", "a", "an",
                 "had", "has", "have", "their", "our", "its", "by", "on"}


def is_title_number(text: str, end: int) -> bool:
    """"1 Independent Reviewing Officers Annual Report": a page number before a title (only
    name words between the number and the title, no clause)."""
    after = words_after(text, end, 8)
    for i in range(min(len(after), 6)):
        if _starts_with(after[i:], _phrases("not_figures", "titles")):
            return not LINKING_WORDS & set(after[:i])
    return False


def is_present_snapshot(text: str, start: int, end: int, dated: bool) -> bool:
    """"the panel currently tracked around 63 children": a count at the time of writing,
    in a sentence that states no date (``dated`` False), is not the reporting year's figure."""
    if dated:
        return False
    clause_start = max(text.rfind(ch, 0, start) for ch in ";:") + 1
    ends = [i for i in (text.find(ch, end) for ch in ";:") if i >= 0]
    clause = text[clause_start:min(ends, default=len(text))]
    words = [w.lower().rstrip(".:") for w in WORD.findall(clause)]
    return _contains(words, _phrases("not_figures", "present_snapshot"))


def is_subset(text: str, start: int, end: int) -> bool:
    """"nine of them", "of which 24": a part of something named before it."""
    following = " ".join(text[end:end + 20].lower().split())  # no punctuation may intervene
    return any(following.startswith(" ".join(p)) for p in _phrases("not_figures", "subsets")) or \
        _ends_with(words_before(text, start, 2), _phrases("not_figures", "subsets"))


def opens_with_subset(text: str) -> bool:
    """"Of those, 61% attended ... and 22% shared ...": every number is a part."""
    return tuple(words_after(text, 0, 2)) in _phrases("not_figures", "subsets")


PER_10K = r"\b(?:(?:per|in every|for every)\s*10,?000|per\s*10k\b)"  # "per 10,000", "in every 10,000"
RATE_AFTER = re.compile(rf"^[^\d;]{{0,45}}?{PER_10K}", re.IGNORECASE)
RATE_BEFORE = re.compile(r"\brate\b[^;]{0,60}$", re.IGNORECASE)


NEW_VERB_CLAUSE = re.compile(r"\b(?:and|but|which|while|whereas)\s+(?:also\s+)?(?:includes?|included|including|"
                               r"has|had|have|means|meant|remains|remained|shows|showed)\b", re.IGNORECASE)


def is_rate(text: str, start: int, end: int) -> bool:
    """"62 looked after children per 10,000", "the rate ... was 74.0": this number is a rate.

    A "per 10,000" binds to the number just before it, and "rate" to the
    number just after it, with no other number in between.
    """
    if RATE_AFTER.search(text[end:end + 60]):
        return True
    m = RATE_BEFORE.search(text[max(0, start - 80):start])
    if not m:
        return False
    between = m.group(0)
    if NEW_VERB_CLAUSE.search(between):
        return False  # "roughly double the national rate and includes 71 children": a new verb, a new figure
    between = re.sub(r"per\s*10,?000|(?:19|20)\d{2}\s*[-/\\]\s*\d{2,4}|(?:19|20)\d{2}", "", between)
    return not re.search(r"\d", between)


def mentions_rate(text: str) -> bool:
    return bool(re.search(rf"{PER_10K}|\brate\s+per\b", text, re.IGNORECASE))
