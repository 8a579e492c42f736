"""Certainty cues: which hedges qualify the claim, adverb negation, and new boosters and hedges."""

from __future__ import annotations

import pytest

from ingest.components.certainty import certainty_of

pytestmark = pytest.mark.slow


def _band(nlp, text: str) -> str:  # noqa: ANN001
    value = certainty_of([c["weight"] for c in nlp(text).user_data["nc_certainty"]])
    return "low" if value < 0.4 else "medium" if value <= 0.7 else "high"


@pytest.mark.parametrize(
    ("text", "band"),
    [
        # a noun's kind or modifier, not a hedge on the claim
        ("The cell implements some sort of coincidence detector.", "medium"),
        ("This channel has many different possible states.", "medium"),
        ("Spines follow a (possibly complicated) plasticity rule.", "medium"),
        # a modal in a clause asked about or supposed
        ("Nobody has described how this rule might be implemented in cortex.", "medium"),
        # adverbial uses still hedge
        ("Axons might be doing something more.", "low"),
        ("It's possible that most of the detail averages out.", "low"),
    ],
)
def test_certainty_hedges_count_only_when_they_qualify_the_claim(claim_nlp, text: str, band: str) -> None:  # noqa: ANN001
    assert _band(claim_nlp, text) == band


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("With N cells you certainly don't have N squared connections.", "high"),
        ("This is not clearly the case for interneurons.", "low"),
        ("It's clear, by now, that astrocytes take part in computation.", "high"),
        ("It is very unlikely that one rule explains all of plasticity.", "high"),
        ("It's hard to rule out that modulators add a lot of compute.", "low"),
    ],
)
def test_certainty_boosters_and_negated_adverbs(claim_nlp, text: str, band: str) -> None:  # noqa: ANN001
    assert _band(claim_nlp, text) == band
