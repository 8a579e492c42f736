"""Effect and certainty cues on parsed sentences, with negation from the dependency parse."""

from __future__ import annotations

import pytest

from ingest.components.certainty import certainty_of
from ingest.components.effect import effect_of

pytestmark = pytest.mark.slow


def _effect(nlp, text: str) -> str | None:  # noqa: ANN001
    return effect_of(nlp(text).user_data["nc_effect"])


def _certainty(nlp, text: str) -> float:  # noqa: ANN001
    return certainty_of([c["weight"] for c in nlp(text).user_data["nc_certainty"]])


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("Adding in other neuron features could require many more layers than this.", "increases"),
        ("We would underestimate the computational power of animal brains.", "increases"),
        ("Much of that additional complexity can be simplified.", "decreases"),
        ("Much of that supposed complexity isn't useful.", "decreases"),
        ("Modeling the impact of a spike is fairly simple.", "no_major_change"),
        ("You can use a single synaptic weight for each synapse.", "no_major_change"),
        ("It is unclear how generic such cases are.", "uncertain"),
        ("It is difficult to determine the level of detail models need.", "uncertain"),
        ("The tasks are studied in the lab every day.", None),
    ],
)
def test_effect_cues_classify_sentences(claim_nlp, text: str, effect: str | None) -> None:  # noqa: ANN001
    assert _effect(claim_nlp, text) == effect


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("These models are not adequate to capture what a neuron does.", "increases"),
        ("These models are adequate to capture what a neuron does.", "no_major_change"),
        ("This extra machinery cannot be simplified.", "increases"),
        ("He would be extremely surprised if models need more complex neurons.", "no_major_change"),
        ("I don't think dendrites are irrelevant.", "increases"),
        ("There's no reason to think you couldn't implement it in a different way.", "no_major_change"),
    ],
)
def test_effect_cues_flip_under_negation(claim_nlp, text: str, effect: str) -> None:  # noqa: ANN001
    assert _effect(claim_nlp, text) == effect


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("Dendrites might be doing something more.", "low"),
        ("It's possible much of that complexity isn't useful.", "low"),
        ("I'm not sure how much this cuts off the estimate.", "low"),
        ("Neurons have thousands of synapses.", "medium"),
        ("I think 10x is a reasonable guess.", "medium"),
        ("Real neurons clearly do things with calcium.", "high"),
        ("He is confident that the non-linearities can be emulated.", "high"),
    ],
)
def test_certainty_cues_bin_like_the_scorer(claim_nlp, text: str, band: str) -> None:  # noqa: ANN001
    value = _certainty(claim_nlp, text)
    assert ("low" if value < 0.4 else "medium" if value <= 0.7 else "high") == band


def test_certainty_of_stays_in_range() -> None:
    assert certainty_of([]) == 0.6
    assert certainty_of([-0.25] * 10) == 0.05
    assert certainty_of([0.25] * 10) == 0.95


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("It's clear that glia are playing a computational role in the brain.", "increases"),
        ("Compute increases are more likely to come from decisions computed per spike.", "increases"),
        ("The trained brain implements a function approximated using much less compute.", "decreases"),
        ("Rate models would not imply much computational savings for neurons.", "no_major_change"),
        ("Gap junctions support oscillations that may not require a lot of computation.", "no_major_change"),
        ("However, this would not be an extremely compute intensive process.", "no_major_change"),
        ("Learning implies compute burdens within an order of magnitude of the baseline.", "no_major_change"),
        ("Genetic programs build these machines from relatively simple specifications.", "no_major_change"),
        ("He thinks thousands of FLOPs per spike through synapse would be very strange.", "no_major_change"),
        ("Whether gap junctions create non-local interactions is an interesting question.", "uncertain"),
        ("We shouldn't assume that the brain is doing gradient-based learning.", "uncertain"),
        ("The tasks that neuroscientists study in model animals are very simple.", None),
    ],
)
def test_effect_cues_read_notes_phrasings(claim_nlp, text: str, effect: str | None) -> None:  # noqa: ANN001
    assert _effect(claim_nlp, text) == effect


def test_short_asides_cover_only_brief_parentheses() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from ingest.components.cues import short_asides

    words = "more ( useable ) degrees of freedom ( as the long note below explains )".split()
    assert short_asides(Doc(Vocab(), words=words)) == {1, 2, 3}


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        # a cue in what a frame rules out, or what there is no particular reason to expect, is denied
        ("This rules out designs where compute could scale with the square of the count.", "no_major_change"),
        ("There is no particular reason to expect many more layers per cell.", "no_major_change"),
        ("We cannot rule out that compute could scale with the square of the count.", "increases"),
        ("He is skeptical that spines need many more layers.", "no_major_change"),
    ],
)
def test_cues_frames_that_rule_out_or_deny(claim_nlp, text: str, effect: str) -> None:  # noqa: ANN001
    assert _effect(claim_nlp, text) == effect
