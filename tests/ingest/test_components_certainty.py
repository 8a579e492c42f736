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
        # doubt reported in the third person
        ("She is less sure about structural plasticity.", "low"),
        ("He is not confident that dendrites matter for compute.", "low"),
        ("She is not convinced that glia add compute.", "low"),
        ("He is confident that glia add compute.", "high"),
        ("If I had to bet, I'd say glia add compute.", "low"),
        # a plain estimate or possibility is medium, as the gold marks it; "might" is low
        ("His best guess is 10-100 FLOPs per spike through synapse.", "medium"),
        ("Glia may matter for compute.", "medium"),
        ("Glia might matter for compute.", "low"),
    ],
)
def test_certainty_boosters_and_negated_adverbs(claim_nlp, text: str, band: str) -> None:  # noqa: ANN001
    assert _band(claim_nlp, text) == band


@pytest.mark.parametrize(
    ("text", "band"),
    [
        # spoken boosters: the speaker's own result, what anyone will see, a confident denial
        ("And what we found is that the cells need slow channels.", "high"),
        ("But what we did find was that noise helps learning.", "high"),
        ("If you run it on a GPU, you'll find that it's slow.", "high"),
        ("It turns out that spines are stable for months.", "high"),
        ("You're never going to see that in a rate model.", "high"),
        ("She thinks a million states per spine would be very strange.", "high"),
        # a booster inside a view the speaker does not hold emphasises nothing
        ("I don't think rate models are definitely worse.", "medium"),
        # spoken hedges
        ("I kind of feel like the field is stuck.", "low"),
        ("It seems to me that nobody has measured this.", "low"),
        ("I think it's fine, but I really don't know.", "low"),
        ("I have to entertain the idea that thousands are relevant.", "low"),
        ("I have no idea whether glia compute.", "low"),
        # "could" as what may be so hedges strongly; as what someone can do, not at all
        ("There could be a similar cost in the other direction.", "low"),
        ("A spine could be a small state machine.", "low"),
        ("She does not think a spine could be a whole computer.", "medium"),
        ("Some we could model, and some we couldn't model.", "medium"),
        ("One could point out that the test was narrow.", "medium"),
        # "possible to" says what can be done; "possibly" before a noun modifies the noun
        ("She expects it to be possible to simplify this step.", "medium"),
        ("Models capture the possibly nonlinear dynamics of the tree.", "medium"),
        # a probability stated as extreme is a confident stance; other low figures are not
        ("He thinks the probability that the theory rests on a basic mistake is very low.", "high"),
        ("The firing rate of these cells is very low.", "medium"),
        # more spoken hedges and boosters
        ("Timing and energy are tied together, I suppose.", "low"),
        ("As far as I know, spines are stable in adults.", "low"),
        ("I could be wrong, but spines are stable in adults.", "low"),
        ("There's no question that spines are stable in adults.", "high"),
        ("Spines absolutely are stable in adults.", "high"),
        ("It's well established that spines are stable in adults.", "high"),
        # an approximate number is not a hedged claim
        ("You would need a hundred or something like that.", "medium"),
    ],
)
def test_certainty_spoken_boosters_hedges_and_modals(claim_nlp, text: str, band: str) -> None:  # noqa: ANN001
    assert _band(claim_nlp, text) == band
