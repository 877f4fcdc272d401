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
