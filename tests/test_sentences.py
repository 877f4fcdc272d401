"""One sentence, one assertion: the wording families unseen council text tripped on.

Each case names its sentence, so a failure says which wording broke. The sentences
are written for this test (not quoted from any report).
"""
from __future__ import annotations

import pytest

from extractor.figures.patterns import nlp
from extractor.figures.text_figures import sentence_candidates, sentence_cues

YEAR = "2019-20"


def found(sentence: str) -> set[tuple]:
    cues, comparators = sentence_cues(nlp()(sentence).ents)
    return {(c.metric, c.period, c.comparator, c.value)
            for c in sentence_candidates(sentence, 1, cues, comparators, YEAR)} if cues else set()


@pytest.mark.parametrize("sentence, expected", [
    # a share and the whole it is of, in one phrase
    ("In 2019/20, 95% of the 1,020 reviews were held within timescales.",
     {("cla_reviews_in_timescale_pct", YEAR, "la", 95)}),
    # "per cent" written out
    ("Reviews held on time rose to 96 per cent.", {("cla_reviews_in_timescale_pct", YEAR, "la", 96)}),
    # a dated snapshot stays a figure even with "currently" in it
    ("At 31 March 2020 there were currently 209 looked after children.", {("cla_count", YEAR, "la", 209)}),
])
def test_figures_found(sentence, expected):
    assert expected <= found(sentence)


@pytest.mark.parametrize("sentence", [
    # a present-tense snapshot with no date is not the reporting year's figure
    "The panel currently tracks around 63 children, not all of whom are looked after children.",
    "At present there are 412 children looked after.",
    # a page number before a document's title
    "Page 23 Independent Reviewing Officers (IRO) Annual Report 2016/17",
    # an age, not a count
    "The service agreed to pay the allowance while the looked after child was still in education at 18.",
    # a body's name is not a measure
    "Some 30 children attended the summer day run by the Children in Care Council.",
    # a coming year's priority is a target
    "Priorities for 2021/22: increase participation to 90%.",
])
def test_no_figure(sentence):
    assert found(sentence) == set()


def test_a_title_word_after_a_clause_does_not_hide_a_count():
    assert ("iro_fte", YEAR, "la", 12) in found("The service had 12 Independent Reviewing Officers and the annual report was late.")


def test_a_long_run_of_layout_text_gives_no_figures():
    contents = "Contents " + " ".join(f"{i} Section heading about reviews {i + 2}" for i in range(1, 12))
    assert found(contents) == set()


@pytest.mark.parametrize("sentence, expected", [
    # "two years earlier" dates the number two years before the named snapshot
    ("There were 611 children in care at 31 March 2020, against 640 a year earlier and 587 two years earlier.",
     {("cla_count", "2019-20", "la", 611), ("cla_count", "2018-19", "la", 640),
      ("cla_count", "2017-18", "la", 587)}),
    # a comparator named after the rate's unit
    ("At 31 March 2020 the rate was 58 per 10,000 in England and 81 across the North West.",
     {("cla_rate_per_10k", "2019-20", "england", 58), ("cla_rate_per_10k", "2019-20", "region", 81)}),
    # "rates of" names the rate when nothing else does; "on average across" leads to the comparator
    ("Figures for 31 March 2020 show rates of 67 per 10,000 for England, 94 for the North West region "
     "and 88 on average across our statistical neighbours.",
     {("cla_rate_per_10k", "2019-20", "england", 67), ("cla_rate_per_10k", "2019-20", "region", 94),
      ("cla_rate_per_10k", "2019-20", "statistical_neighbours", 88)}),
    # "On average" opens the clause, so both numbers in it are averages
    ("On average each IRO held 48 children in care and 19 children subject to child protection plans.",
     {("iro_caseload_cp_avg", YEAR, "la", 19)}),
    # a date phrase straight after a number dates that number, not the next clause's
    ("In 2019/20, 88% of reviews were on time, up from 81% at the end of March 2019, "
     "and 72% of care leavers had a pathway plan.",
     {("pathway_plan_up_to_date_pct", "2019-20", "la", 72)}),
])
def test_figures_found_in_wider_wording(sentence, expected):
    assert expected <= found(sentence)


@pytest.mark.parametrize("sentence, wrong", [
    # a comparator followed by its own value labels that value, not the number before it
    ("The rate of children in care was 64 per 10,000 (England 67).", ("cla_rate_per_10k", YEAR, "england", 64)),
    # "On average": not a count of children on plans
    ("On average each IRO held 48 children in care and 19 children subject to child protection plans.",
     ("cp_count", YEAR, "la", 19)),
    # "two years earlier" is not the named year's figure
    ("There were 611 children in care at 31 March 2020, against 640 a year earlier and 587 two years earlier.",
     ("cla_count", "2019-20", "la", 587)),
    # the bracket after "the target for timeliness" holds the target, not a result
    ("We met the target for timeliness (97%), but parental participation fell to 58% in 2019/20.",
     ("parent_participation_pct", "2019-20", "la", 97)),
    # a date phrase after another number does not date this one
    ("In 2019/20, 88% of reviews were on time, up from 81% at the end of March 2019, "
     "and 72% of care leavers had a pathway plan.", ("pathway_plan_up_to_date_pct", "2018-19", "la", 72)),
])
def test_wrong_reading_not_made(sentence, wrong):
    assert wrong not in found(sentence)


@pytest.mark.parametrize("sentence", [
    # a standard named early in a long clause governs every figure in its list
    "The service plan asks for 97% of reviews in timescale, caseloads of no more than 60 and 88% of PEPs up to date.",
    # a level the service did not reach is a target, not a result
    "Visits between reviews did not reach 650 this year.",
    # "rate ... and includes": a new verb, so the 45 is a count of something else, not a rate
    "The number starting care is well above the national rate and includes 45 children under the age of two.",
])
def test_standards_and_other_clauses_give_no_figure(sentence):
    assert found(sentence) == set()


def test_a_part_described_by_age_is_not_the_measure_before_it():
    sentence = "Of the 140 who started care, 21 were unaccompanied children and 33 were aged under five."
    assert ("uasc_count", YEAR, "la", 33) not in found(sentence)


@pytest.mark.parametrize("sentence, expected, wrong", [
    ("Between reviews, IROs recorded 905 visits to children; in 2018/19 there were 840.",
     ("iro_visits", "2018-19", "la", 840), None),
    ("A parent took part in 64% of reviews; the figure for 2018 to 2019 was 59%.",
     ("parent_participation_pct", "2018-19", "la", 59), None),
    # the clause names what it counts, and it is something else
    ("IROs recorded 905 visits to children; in 2018/19 there were 37 complaints.",
     None, ("iro_visits", "2018-19", "la", 37)),
    # a value compared with a figure takes its measure, though its cue reaches only the first
    ("The 1,204 visits and calls recorded in 2019/20 compare with 1,010 in 2018/19.",
     ("iro_visits", "2018-19", "la", 1010), None),
    # "from 1 to 2" after "from 10.6 to 13.5": set beside, not said to be compared
    ("The structure increased the number of IROs from 10.6 to 13.5 and managers from 1 to 2.",
     None, ("iro_fte", "2019-20", "la", 2)),
])
def test_another_value_of_the_measure_named_before(sentence, expected, wrong):
    """A clause after a semicolon restating the measure for another year, or a value said
    to be compared with a figure, takes that figure's measure."""
    result = found(sentence)
    assert expected is None or expected in result
    assert wrong is None or wrong not in result


@pytest.mark.parametrize("sentence, expected", [
    ("At 31 March 2020 the proportions of children with an up-to-date care plan and personal "
     "education plan were 96% and 86% respectively.",
     {("care_plan_up_to_date_pct", "2019-20", "la", 96), ("pep_up_to_date_pct", "2019-20", "la", 86)}),
    ("Reviews held on time and children participating in reviews were 96% and 88% respectively in 2019/20.",
     {("cla_reviews_in_timescale_pct", "2019-20", "la", 96), ("child_participation_pct", "2019-20", "la", 88)}),
    # a bracket restating last year's values, dated inside the bracket
    ("At 31 March 2020, 96% of children had an up-to-date care plan and 86% an up-to-date personal "
     "education plan (94% and 81% respectively at 31 March 2019).",
     {("care_plan_up_to_date_pct", "2018-19", "la", 94), ("pep_up_to_date_pct", "2018-19", "la", 81),
      ("care_plan_up_to_date_pct", "2019-20", "la", 96), ("pep_up_to_date_pct", "2019-20", "la", 86)}),
    # nothing to pair the numbers with: no figure rather than a guess
    ("The two figures were 96% and 88% respectively.", set()),
])
def test_respectively_pairs_numbers_with_measures_in_order(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "March, 92.6%" is no date of 2092
    ("At the end of March, 92.6% of children in care had a care plan that had been updated within six months.",
     ("care_plan_up_to_date_pct", YEAR, "la", 92.6)),
    # a count and its share of the whole, set after a comma
    ("Parents took part in 1,012 reviews, 44.8% of the total.", ("parent_participation_pct", YEAR, "la", 44.8)),
])
def test_decimals_and_shares_after_a_comma(sentence, expected):
    assert expected in found(sentence)
