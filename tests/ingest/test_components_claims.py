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
