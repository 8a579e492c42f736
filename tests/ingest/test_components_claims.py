"""Claim detection: assertions about the domain, not questions, agenda, pleasantries or headings."""

from __future__ import annotations

import pytest

from ingest.prepare import parse_text

pytestmark = pytest.mark.slow


def _claims(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(parse_text(text))
    return [text[r["start"] : r["end"]] for r in doc.user_data["nc_claims"]]


@pytest.mark.parametrize(
    "text",
    [
        "Most biophysical models simplify calcium dynamics a lot.",
        "There are 10e11 neurons in the brain.",
        "I think those algorithms are built out of simpler operations than whole neurons perform.",
        "~200,000 neurons",
    ],
)
def test_claims_accept_domain_assertions(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Does the experiment distinguish between the two hypotheses about neurons?",
        "Thanks, these are both excellent points about the neuron model.",
        "Train a machine learning model to predict e-features from morphology.",
        "I want to make a small disclaimer that I have no formal training in neuroscience.",
        "If anyone finds a larger dataset with morphology please let me know.",
        "Ion channel densities",
        "We went to the beach and had a lovely afternoon together.",
    ],
)
def test_claims_reject_non_claims(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "  1. It's possible much of that complexity isn't useful.",
            "It's possible much of that complexity isn't useful.",
        ),
        (
            "• Cortical neurons are well approximated by a deep neural network",
            "Cortical neurons are well approximated by a deep neural network",
        ),
        ("Only 107 cells have a full biophysical model [1] ", "Only 107 cells have a full biophysical model"),
    ],
)
def test_claims_trim_list_marks_and_references(claim_nlp, text: str, quote: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Repeat the recordings in slices which either confirms the model or shows it is wrong.",
        "Measure/record more neurons in awake animals to check the model of dendrites",
        "I was honestly surprised to learn how few neuron recordings are public.",
        "I am not a fan of the dendrite hypothesis for several reasons.",
        "To be clear, my point about synapses was not about their number.",
        "We introduce a general method to measure the complexity of any neuron type.",
        "3,000*20/5 = 12,000 hours",
        "If we later learn that a property of a neuron model can be dropped, that's fine.",
        "So if the recordings fail we could",
        "Then my model can be extremely simple and treat the transistor as a cartoon switch.",
        "More recordings of single neurons would fill gaps in our knowledge of cell types.",
        "We could have detailed neuron models or we could have recurrent networks for each cell.",
    ],
)
def test_claims_reject_plans_feelings_meta_talk_and_hypotheticals(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure how much this lowers the estimate, but it could easily be 10x.",
        "For example, if I remember correctly, neurons store state in their gene expression.",
        "If dendrites are active, neurons are more complex than point models.",
        "I would say this is only weak evidence about neurons.",
        "I'm not going to redo the count, but I found a paper that traced every neuron in a fly.",
        "Without that diversity you would need 10 or a hundred times as many neurons.",
    ],
)
def test_claims_keep_assertions_with_hedges_and_conditions(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == [text]


def test_claims_read_generic_words_in_context(claim_nlp) -> None:  # noqa: ANN001
    text = "Dendrites of cortical neurons are hard to record. The models leave out much of what matters."
    assert _claims(claim_nlp, text) == [
        "Dendrites of cortical neurons are hard to record.",
        "The models leave out much of what matters.",
    ]
    assert _claims(claim_nlp, "The models leave out much of what matters.") == []
