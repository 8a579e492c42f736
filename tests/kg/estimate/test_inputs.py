"""Claims onto the model: mapping rules, conversions, unused quantities, comparisons, weights."""

from __future__ import annotations

import pytest

from kg.estimate import Weights, build_inputs, load_model
from ontology.models import Basis, Effect, Role
from tests.kg.estimate.builders import extraction_of, simple_model


def test_build_inputs_lists_unmatched_quantity_as_unused() -> None:
    extraction = extraction_of(
        (
            "patch clamping takes about 10 minutes per cell",
            dict(parameter="duration", best=10, unit="minutes"),
        )
    )
    inputs = build_inputs([extraction], simple_model())
    (item,) = inputs.unused
    assert item.stated_parameter == "duration" and "no parameter" in item.reason
    assert all(p.uses_prior for p in inputs.parameters.values())


def test_build_inputs_applies_conversion_steps() -> None:
    extraction = extraction_of(("x is 3 hundreds", dict(parameter="x in hundreds", best=3)))
    (c,) = build_inputs([extraction], simple_model()).parameters["x"].contributions
    assert c.best == pytest.approx(300) and c.multiplier == 100 and c.conversion == "hundreds -> things"
    assert c.distribution.median == pytest.approx(300)


def test_build_inputs_stated_total_is_a_comparison_not_an_input() -> None:
    extraction = extraction_of(("the total is 1e15", dict(parameter="total", best=1e15)))
    inputs = build_inputs([extraction], simple_model())
    assert [c.best for c in inputs.comparisons] == [1e15]
    assert not inputs.unused and all(p.uses_prior for p in inputs.parameters.values())


def test_build_inputs_effect_without_factor_is_unused() -> None:
    extraction = extraction_of(
        ("dendrites matter", dict(topics=("dendritic_computation",), effect=Effect.INCREASES))
    )
    (item,) = build_inputs([extraction], simple_model()).unused
    assert "no parameter or factor" in item.reason


@pytest.mark.parametrize(
    ("role", "basis", "certainty", "weights", "expected"),
    [
        (Role.INTERVIEWEE, None, 0.9, Weights(), 1.0),
        (Role.COMMENTER, None, 0.9, Weights(), 0.25),
        (Role.GUEST, None, 0.9, Weights(), 0.5),  # role not in the model's table: unknown_role
        (Role.INTERVIEWEE, Basis.OPINION, 0.9, Weights(), 0.5),
        (Role.INTERVIEWEE, None, 0.2, Weights(certainty_influence=1.0), 0.2),
        (Role.COMMENTER, None, 0.9, Weights(roles={"commenter": 2.0}), 2.0),
        (Role.INTERVIEWEE, None, 0.9, Weights(sources={"src-test": 0.5}, mechanisms={"glia": 0.5}), 0.25),
    ],
)
def test_build_inputs_weight_is_role_basis_certainty_and_overrides(
    role: Role, basis: Basis | None, certainty: float, weights: Weights, expected: float
) -> None:
    extraction = extraction_of(
        ("x is 5", dict(parameter="x", best=5, role=role, basis=basis, certainty=certainty, topics=("glia",)))
    )
    (c,) = build_inputs([extraction], simple_model(), weights).parameters["x"].contributions
    assert c.weight == pytest.approx(expected)


def test_build_inputs_claim_override_zero_excludes_and_restores_prior() -> None:
    extraction = extraction_of(("x is 5", dict(parameter="x", best=5)))
    claim_id = extraction.claims[0].id
    inputs = build_inputs([extraction], simple_model(), Weights(claims={claim_id: 0}))
    assert inputs.parameters["x"].uses_prior
    assert [c.claim_id for c in inputs.excluded] == [claim_id]


# The shipped model against the parameter strings the ingester writes (ingest/components/quantities.py).
@pytest.mark.parametrize(
    ("quote", "parameter", "values", "unit", "topics", "target", "converted"),
    [
        (
            "40 FLOPs per spike through synapse",
            "FLOPs per spike through synapse",
            dict(best=40),
            "FLOPs",
            (),
            "flops_per_spike",
            40,
        ),
        (
            "1000 artificial neurons for one biological neuron",
            "artificial neurons per neuron",
            dict(best=1000),
            "artificial neurons",
            ("neuron_io_complexity",),
            "flops_per_neuron",
            1e8,
        ),
        (
            "a DNN with seven layers to mimic a neuron",
            "DNN layers per neuron",
            dict(best=7),
            "layers",
            ("nmda_receptors",),
            "flops_per_neuron",
            8.75e7,
        ),
        (
            "a DNN with 100,000 parameters per neuron",
            "DNN parameters per neuron",
            dict(best=1e5),
            "parameters",
            (),
            "flops_per_neuron",
            1e8,
        ),
        (
            "10^8 flop per second per neuron",
            "FLOP/s per neuron",
            dict(best=1e8),
            "flop per second",
            (),
            "flops_per_neuron",
            1e8,
        ),
        ("you have ~80 billion neurons", "neurons", dict(best=8e10), "neurons", (), "neurons", 8e10),
        ("10^14-10^15 synapses", "synapses", dict(low=1e14, high=1e15), "synapses", (), "synapses", 1e14),
        ("a mean firing rate of 0.1-1 Hz", "spike rate", dict(low=0.1, high=1), "Hz", (), "spike_rate", 0.1),
        (
            "you'd need 10 or a hundred times as many neurons",
            "times as many neurons",
            dict(low=10, high=100),
            "times",
            ("time_constants",),
            "timing",
            10,
        ),
    ],
)
def test_default_model_maps_ingester_parameters(
    quote: str,
    parameter: str,
    values: dict,
    unit: str,
    topics: tuple[str, ...],
    target: str,
    converted: float,
) -> None:
    extraction = extraction_of((quote, dict(parameter=parameter, unit=unit, topics=topics, **values)))
    inputs = build_inputs([extraction], load_model())
    assert not inputs.unused, inputs.unused
    (c,) = inputs.parameters[target].contributions
    first = next(v for v in (c.low, c.best) if v is not None)
    assert first == pytest.approx(converted)


@pytest.mark.parametrize(
    ("quote", "parameter", "values"),
    [
        ("C. elegans has 302 neurons", "neurons", dict(best=302)),
        ("the fly D. megalaster has 200,000 neurons", "neurons", dict(best=2e5)),
        ("about 1000 neurons in total in the network", "neurons", dict(best=1000)),
        ("patch clamp experiments take ~10 minutes each", "duration", dict(best=10)),
        (
            "when NMDA receptors were removed, one hidden layer was enough",
            "DNN layers per neuron",
            dict(best=1),
        ),
    ],
)
def test_default_model_leaves_other_quantities_unused(quote: str, parameter: str, values: dict) -> None:
    extraction = extraction_of((quote, dict(parameter=parameter, **values)))
    inputs = build_inputs([extraction], load_model())
    assert len(inputs.unused) == 1
    assert all(not p.contributions for p in inputs.parameters.values())


def test_default_model_on_sample_extractions_keeps_provenance(sample_extractions) -> None:  # noqa: ANN001
    inputs = build_inputs(sample_extractions, load_model())
    per_spike = inputs.parameters["flops_per_spike"].contributions
    assert {c.speaker for c in per_spike} == {"Shaul Druckmann", "commenter 2"}
    assert all(c.quote and c.source_id and c.weight > 0 for c in per_spike)
    assert inputs.parameters["synapses"].contributions[0].speaker == "Joseph Carlsmith"
    assert inputs.parameters["spike_rate"].uses_prior
    # the post author's 1000 artificial neurons become FLOP/s per neuron via the documented conversion
    (dnn,) = inputs.parameters["flops_per_neuron"].contributions
    assert dnn.best == pytest.approx(1e8) and "artificial neurons" in (dnn.conversion or "")


def test_build_inputs_counts_a_speakers_repeated_value_once() -> None:
    extraction = extraction_of(
        ("x is about 5", dict(parameter="x", best=5, certainty=0.9)),
        ("as I said, x is about 5", dict(parameter="x", best=5, certainty=0.5)),
        ("someone else: x is about 5", dict(parameter="x", best=5, speaker="Other Person")),
    )
    inputs = build_inputs([extraction], simple_model())
    kept = inputs.parameters["x"].contributions
    assert [c.speaker for c in kept] == ["Ada Expert", "Other Person"]
    (repeat,) = inputs.unused
    assert repeat.quote == "as I said, x is about 5" and "counted once" in repeat.reason


@pytest.mark.parametrize(
    ("quote", "used"),
    [
        (
            "A temporally convolutional DNN with five to eight layers was required to capture the I/O "
            "mapping of a realistic model of a layer 5 cortical pyramidal cell (L5PC).",
            True,
        ),
        ("e.g. the cortex has 6 layers, with specific cell types connected to each other", False),
    ],
)
def test_default_model_reads_dnn_layers_but_not_cortical_layers(quote: str, used: bool) -> None:
    fields = dict(parameter="DNN layers per neuron", low=5, high=8, unit="layers", text="five to eight")
    extraction = extraction_of((quote, fields))
    inputs = build_inputs([extraction], load_model())
    assert bool(inputs.parameters["flops_per_neuron"].contributions) is used


def test_default_model_skips_numbers_the_quote_calls_implausible() -> None:
    quote = "For example, he thinks that thousands of FLOPs per spike through synapse would be very strange."
    extraction = extraction_of((quote, dict(parameter="FLOPs per spike through synapse", low=1000)))
    inputs = build_inputs([extraction], load_model())
    assert not inputs.parameters["flops_per_spike"].contributions
    assert "implausible" in inputs.unused[0].reason
