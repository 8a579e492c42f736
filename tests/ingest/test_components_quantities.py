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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The gain was like scaling the network by a hundred or something like that.", 100),
        ("You would have to repeat it twenty or so before it sticks.", 20),
    ],
)
def test_quantities_keep_spelled_numbers_offered_as_estimates(claim_nlp, text: str, value: float) -> None:  # noqa: ANN001
    records = claim_nlp(text).user_data["nc_quantities"]
    assert [r["best"] for r in records] == [value]


@pytest.mark.parametrize(
    ("text", "parameter"),
    [
        (
            "It is a biophysical model with a hundred thousand parameters of which we know five.",
            "model parameters",
        ),
        (
            "A deep network needs a hundred thousand parameters to mimic one neuron.",
            "DNN parameters per neuron",
        ),
        ("In mammals the cortex has 6 layers with distinct cell types.", "cortical layers"),
        ("The 6 layers of the neocortex differ in their inputs.", "cortical layers"),
        ("A deep network needs 8 layers to simulate a cortical neuron.", "DNN layers per neuron"),
        (
            "Without that diversity you would need 10 or a hundred times as many neurons.",
            "neurons multiplier",
        ),
        ("Without it you need 100x more synapses.", "synapses multiplier"),
    ],
)
def test_quantities_name_parameter_by_context(claim_nlp, text: str, parameter: str) -> None:  # noqa: ANN001
    assert [r["parameter"] for r in claim_nlp(text).user_data["nc_quantities"]] == [parameter]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("That comes to about 500 artificial units for just one real neuron.", ["about 500"]),
        (
            "If the study had shown that one artificial neuron could replace one real neuron, we would know.",
            [],
        ),
        ("He thinks that thousands of FLOPs per spike through a synapse would be very strange.", []),
        ("A figure of 10^6 synapses per neuron is implausible.", []),
        (
            "I would be shocked if we need 10^5 genes, but I wouldn't be surprised if we need 20 genes.",
            ["20"],
        ),
        ("If you remove the receptors, you need 3 layers instead.", ["3"]),
        # a copular "if" clause about something already named gives one of its values (a case)
        ("The delay matters. If it's like 40 milliseconds, the echo is heard.", ["40"]),
        ("If it were ten times larger, the echo would be heard.", []),
        ("If the lab had used 40 mice, the result would hold.", []),
    ],
)
def test_quantities_skip_denominators_suppositions_and_rejected_values(claim_nlp, text, kept) -> None:  # noqa: ANN001
    assert [r["text"] for r in claim_nlp(text).user_data["nc_quantities"]] == kept


def test_quantities_read_low_and_high_end_estimates_as_bounds(claim_nlp) -> None:  # noqa: ANN001
    text = (
        "She accepts 2 FLOPs per spike through a synapse as a low-end estimate, and ~50 FLOPs per "
        "spike (a figure others use) as a high-end estimate."
    )
    records = claim_nlp(text).user_data["nc_quantities"]
    assert [(r["low"], r["high"], r["best"]) for r in records] == [(2, None, None), (None, 50, None)]
