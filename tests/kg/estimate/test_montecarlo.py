"""The Monte Carlo against hand-computed distributions."""

from __future__ import annotations

import math

import numpy as np
import pytest

from kg.estimate import Weights, build_inputs, run_estimate
from ontology.models import Effect, Role
from tests.kg.estimate.builders import extraction_of, simple_model


def test_run_estimate_loguniform_prior_median_is_geometric_mean() -> None:
    result = run_estimate(build_inputs([], simple_model()), samples=100_000, seed=1)
    # x ~ log-uniform(10, 1000), y = f = 1: median sqrt(10 * 1000) = 100; p5 = 10^(1 + 0.05 * 2)
    assert result.percentiles.p50 == pytest.approx(100.0, rel=0.02)
    assert result.percentiles.p5 == pytest.approx(10**1.1, rel=0.02)
    assert result.percentiles.p95 == pytest.approx(10**2.9, rel=0.02)
    assert set(result.priors) == {"x", "y", "f"}


def test_run_estimate_two_weighted_claims_give_mixture_quantiles() -> None:
    # A: x in [1, 10] said by an interviewee (role weight 1); B: x in [1000, 10000] by a commenter (0.25).
    # Certainty influence is 0 and the basis is unknown (weight 1), so the mixture is 0.8 A + 0.2 B.
    extraction = extraction_of(
        ("x is between 1 and 10", dict(parameter="x", low=1, high=10)),
        (
            "x is between 1000 and 10000",
            dict(parameter="x", low=1000, high=10000, speaker="Bo Commenter", role=Role.COMMENTER),
        ),
    )
    result = run_estimate(build_inputs([extraction], simple_model()), samples=200_000, seed=2)
    p = result.percentiles
    # In log10: A is uniform on [0, 1] with mass 0.8, B uniform on [3, 4] with mass 0.2.
    assert math.log10(p.p50) == pytest.approx(0.5 / 0.8, abs=0.01)
    assert math.log10(p.p25) == pytest.approx(0.25 / 0.8, abs=0.01)
    assert math.log10(p.p95) == pytest.approx(3 + (0.95 - 0.8) / 0.2, abs=0.01)
    x = next(param for param in result.parameters if param.name == "x")
    assert not x.prior and [c.weight for c in x.contributions] == pytest.approx([1.0, 0.25])


def test_run_estimate_best_guess_is_lognormal_with_documented_spread() -> None:
    extraction = extraction_of(("x is about 50", dict(parameter="x", best=50)))
    result = run_estimate(build_inputs([extraction], simple_model()), samples=200_000, seed=3)
    assert result.percentiles.p50 == pytest.approx(50, rel=0.02)
    # sigma 0.5 decades: the 95th percentile is 1.645 * 0.5 decades above the median
    assert math.log10(result.percentiles.p95 / 50) == pytest.approx(1.6449 * 0.5, abs=0.01)


@pytest.mark.parametrize(
    ("fields", "low", "high"),
    [
        (dict(low=20.0), 20.0, 200.0),  # only a lower bound: one decade above it
        (dict(high=500.0), 50.0, 500.0),  # only an upper bound: one decade below it
    ],
)
def test_build_inputs_one_sided_bound_spans_one_decade(fields: dict, low: float, high: float) -> None:
    extraction = extraction_of(("x bound", dict(parameter="x", **fields)))
    (contribution,) = build_inputs([extraction], simple_model()).parameters["x"].contributions
    assert contribution.distribution.kind == "loguniform"
    assert (contribution.distribution.low, contribution.distribution.high) == pytest.approx((low, high))


def test_run_estimate_effect_claim_constrains_factor_by_rule() -> None:
    extraction = extraction_of(
        (
            "glia do not change the estimate by orders of magnitude",
            dict(topics=("glia",), effect=Effect.NO_MAJOR_CHANGE),
        )
    )
    inputs = build_inputs([extraction], simple_model())
    (contribution,) = inputs.parameters["f"].contributions
    assert contribution.via == "effect"
    assert (contribution.distribution.low, contribution.distribution.high) == pytest.approx((0.316, 3.16))
    result = run_estimate(inputs, samples=100_000, seed=4)
    f = next(p for p in result.parameters if p.name == "f")
    assert f.percentiles.p50 == pytest.approx(1.0, rel=0.03)  # geometric mean of 0.316 and 3.16
    # total = x * f, two independent log-uniforms centred on 100 and 1: the median stays at 100
    assert result.percentiles.p50 == pytest.approx(100, rel=0.03)


def test_run_estimate_same_seed_same_result_and_histogram_counts_all() -> None:
    inputs = build_inputs([], simple_model())
    first, second = run_estimate(inputs, samples=5_000, seed=7), run_estimate(inputs, samples=5_000, seed=7)
    assert first == second
    assert sum(first.histogram.counts) == 5_000
    assert len(first.histogram.log10_edges) == len(first.histogram.counts) + 1
    assert np.all(np.diff(first.histogram.log10_edges) > 0)


def test_run_estimate_weight_override_shifts_median_towards_favoured_expert() -> None:
    extraction = extraction_of(
        ("x is between 1 and 10", dict(parameter="x", low=1, high=10, speaker="Low Expert")),
        ("x is between 1000 and 10000", dict(parameter="x", low=1000, high=10000, speaker="High Expert")),
    )
    model = simple_model()
    even = run_estimate(build_inputs([extraction], model), samples=50_000, seed=5)
    favour_high = run_estimate(
        build_inputs([extraction], model, Weights(experts={"High Expert": 4.0})), samples=50_000, seed=5
    )
    only_low = run_estimate(
        build_inputs([extraction], model, Weights(experts={"High Expert": 0})), samples=50_000, seed=5
    )
    assert favour_high.percentiles.p50 > even.percentiles.p50 > only_low.percentiles.p50
    # with High Expert excluded only A remains: median sqrt(10)
    assert only_low.percentiles.p50 == pytest.approx(10**0.5, rel=0.03)
    assert [c.speaker for c in only_low.excluded] == ["High Expert"]


def test_run_estimate_prior_weight_keeps_prior_in_mixture() -> None:
    # One claim x in [1, 10] (weight 1) and the prior x in [10, 1000] kept with weight 1: half the
    # mass in each, so the median sits at their boundary, 10.
    model = simple_model()
    model = model.model_copy(update={"weighting": model.weighting.model_copy(update={"prior_weight": 1.0})})
    extraction = extraction_of(("x is between 1 and 10", dict(parameter="x", low=1, high=10)))
    inputs = build_inputs([extraction], model)
    assert inputs.parameters["x"].mixture()[1] == pytest.approx([0.5, 0.5])
    result = run_estimate(inputs, samples=100_000, seed=6)
    assert result.percentiles.p50 == pytest.approx(10, rel=0.03)
    assert math.log10(result.percentiles.p25) == pytest.approx(0.5, abs=0.01)
