"""Quantities on parsed sentences: value, unit noun and the parameter it measures."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "values", "unit", "parameter"),
    [
        (
            "It takes 5-8 layers with about 1000 neurons to simulate a single biological neuron.",
            (5, 8, None),
            "layers",
            "DNN layers per neuron",
        ),
        ("There are 10e11 neurons in the brain.", (None, None, 1e11), "neurons", "neurons"),
        ("That gives 10^14-10^15 synapses.", (1e14, 1e15, None), "synapses", "synapses"),
        (
            "Carlsmith's median estimate is 10^15 flop per second.",
            (None, None, 1e15),
            "flop per second",
            "FLOP/s",
        ),
        (
            "A network with one hidden layer was sufficient.",
            (None, None, 1),
            "hidden layer",
            "DNN layers per neuron",
        ),
        ("These experiments take ~10 minutes each.", (None, None, 10), "minutes", "duration"),
        ("A mouse brain is about 500x that.", (None, None, 500), "x", "factor"),
        (
            "That adds 3 orders of magnitude to the estimate.",
            (None, None, 3),
            "orders of magnitude",
            "orders of magnitude",
        ),
        ("Neurons fire at about 1 Hz on average.", (None, None, 1), "Hz", "spike rate"),
        (
            "They found low-thousands of neuron types in the mouse.",
            (1000, 3000, None),
            "neuron types",
            "neuron types",
        ),
    ],
)
def test_quantities_read_value_unit_and_parameter(claim_nlp, text, values, unit, parameter) -> None:  # noqa: ANN001
    first = claim_nlp(text).user_data["nc_quantities"][0]
    assert (first["low"], first["high"], first["best"]) == values
    assert first["unit"] == unit
    assert first["parameter"] == parameter
    assert text[first["start"] : first["end"]] == first["text"]


@pytest.mark.parametrize(
    "text",
    [
        "One could point out that the authors were searching for an approximation.",
        "In 2016, the agency launched a project on the cortex.",
        "The paper [3] says otherwise.",
    ],
)
def test_quantities_skip_pronouns_years_and_references(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert claim_nlp(text).user_data["nc_quantities"] == []


def test_quantities_keep_bare_vague_amounts_used_as_nouns(claim_nlp) -> None:  # noqa: ANN001
    records = claim_nlp("Instead they found that you need thousands.").user_data["nc_quantities"]
    assert [(r["text"], r["low"]) for r in records] == [("thousands", 1000)]
