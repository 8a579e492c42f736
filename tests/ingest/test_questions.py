"""Questions told by their word order when speech-to-text dropped the question mark."""

from __future__ import annotations

import pytest

from ingest.questions import asks_by_word_order


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there a plasticity rule that you're most excited about.",
        "So why is a graphics card a good match for simulating spiking neurons.",
        "How much detail do you actually put in your neurons.",
        "And isn't that the thing people worry about.",
        "*  Do you think the time step matters.",
    ],
)
def test_an_auxiliary_or_why_before_the_subject_asks(sentence: str) -> None:
    assert asks_by_word_order(sentence.removeprefix("*  "))


@pytest.mark.parametrize(
    "sentence",
    [
        "What we found is that spikes matter.",
        "How the brain does it is unknown.",
        "Why the brain uses spikes is unclear.",
        "Could be that the brain is sparse.",
        "There is a lot of plasticity in the cortex.",
    ],
)
def test_a_statement_that_opens_with_a_question_word_does_not(sentence: str) -> None:
    assert not asks_by_word_order(sentence)


@pytest.mark.parametrize("order", ["Do the arithmetic on their own numbers.", "Have a look at the figure."])
def test_an_order_is_not_a_question(order: str) -> None:
    assert not asks_by_word_order(order)
