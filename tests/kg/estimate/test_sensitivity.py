"""Leave-one-claim-out and parameter swings."""

from __future__ import annotations

import math

import pytest

from kg.estimate import build_inputs, sensitivity
from tests.kg.estimate.builders import extraction_of, simple_model


def test_sensitivity_ranks_the_outlying_claim_first() -> None:
    extraction = extraction_of(
        ("x is between 1 and 10", dict(parameter="x", low=1, high=10, speaker="Low A")),
        ("x is between 2 and 10", dict(parameter="x", low=2, high=10, speaker="Low B")),
        ("x is between 1000 and 10000", dict(parameter="x", low=1000, high=10000, speaker="High C")),
    )
    report = sensitivity(build_inputs([extraction], simple_model()), samples=20_000, seed=0)
    top = report.claims[0]
    assert top.speaker == "High C" and top.parameters == ("x",)
    # with High C the 95th percentile sits in [1000, 10000]; without it, below 10
    assert top.p95_shift_log10 > 2
    assert top.median_shift_log10 > 0
    assert {c.speaker for c in report.claims} == {"Low A", "Low B", "High C"}


def test_sensitivity_swing_of_only_uncertain_parameter_is_its_interval() -> None:
    report = sensitivity(build_inputs([], simple_model()), samples=20_000, seed=0)
    # y and f are points: no swing; x (log-uniform 10..1000) at its 5th vs 95th percentile: 10^1.1 vs 10^2.9
    (swing,) = report.parameters
    assert swing.name == "x" and swing.prior
    assert swing.swing_log10 == pytest.approx(1.8, abs=0.02)
    assert math.log10(swing.median_at_low) == pytest.approx(1.1, abs=0.02)
    assert report.claims == ()
