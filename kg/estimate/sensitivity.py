"""Which claims and parameters the answer hangs on.

Claims: re-run the estimate without each contributing claim (same seed, so only that claim
differs) and measure how far the median and the 5th/95th percentiles move, in orders of magnitude.
Parameters: pin each parameter to its own 5th and then 95th percentile and measure the median's swing.
"""

from __future__ import annotations

import math

import numpy as np
from pydantic import BaseModel, ConfigDict

from kg.estimate.inputs import EstimateInputs
from kg.estimate.montecarlo import simulate


class _Report(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ClaimSensitivity(_Report):
    """How the answer moves (log10, i.e. orders of magnitude) when one claim is left out."""

    claim_id: str
    speaker: str
    source_id: str
    parameters: tuple[str, ...]
    quote: str
    median_shift_log10: float
    p5_shift_log10: float
    p95_shift_log10: float
    width_change_log10: float

    @property
    def impact(self) -> float:
        return max(abs(self.median_shift_log10), abs(self.width_change_log10))


class ParameterSwing(_Report):
    """The median with a parameter pinned at its 5th and at its 95th percentile."""

    name: str
    label: str
    prior: bool
    low_value: float
    high_value: float
    median_at_low: float
    median_at_high: float
    swing_log10: float


class SensitivityReport(_Report):
    samples: int
    seed: int
    baseline_p5: float
    baseline_median: float
    baseline_p95: float
    claims: tuple[ClaimSensitivity, ...]
    parameters: tuple[ParameterSwing, ...]


def _log_percentiles(total: np.ndarray) -> tuple[float, float, float]:
    p5, p50, p95 = np.percentile(total, (5, 50, 95))
    return math.log10(p5), math.log10(p50), math.log10(p95)


def sensitivity(
    inputs: EstimateInputs, samples: int = 20_000, seed: int = 0, top: int | None = None
) -> SensitivityReport:
    """Leave-one-claim-out shifts and per-parameter swings, largest first (``top`` keeps the first n)."""
    total, _, drawn = simulate(inputs, samples, seed)
    base5, base50, base95 = _log_percentiles(total)

    claims = []
    for claim_id in inputs.contributing_claims():
        used = [
            (name, c)
            for name, p in inputs.parameters.items()
            for c in p.contributions
            if c.claim_id == claim_id
        ]
        other, _, _ = simulate(inputs.without_claim(claim_id), samples, seed)
        o5, o50, o95 = _log_percentiles(other)
        first = used[0][1]
        # Shifts are "what this claim does": the answer with it minus the answer without it.
        claims.append(
            ClaimSensitivity(
                claim_id=claim_id,
                speaker=first.speaker,
                source_id=first.source_id,
                parameters=tuple(dict.fromkeys(name for name, _ in used)),
                quote=first.quote,
                median_shift_log10=base50 - o50,
                p5_shift_log10=base5 - o5,
                p95_shift_log10=base95 - o95,
                width_change_log10=(base95 - base5) - (o95 - o5),
            )
        )
    claims.sort(key=lambda c: c.impact, reverse=True)

    swings = []
    for name in inputs.model.names:
        if not isinstance(drawn[name], np.ndarray):
            continue  # a fixed point cannot swing
        low, high = (float(10.0**v) for v in np.percentile(drawn[name], (5, 95)))
        if math.isclose(low, high):
            continue
        at_low, _, _ = simulate(inputs, samples, seed, fixed={name: low})
        at_high, _, _ = simulate(inputs, samples, seed, fixed={name: high})
        m_low, m_high = float(np.median(at_low)), float(np.median(at_high))
        p = inputs.parameters[name]
        swings.append(
            ParameterSwing(
                name=name,
                label=p.label,
                prior=p.uses_prior,
                low_value=low,
                high_value=high,
                median_at_low=m_low,
                median_at_high=m_high,
                swing_log10=math.log10(m_high / m_low),
            )
        )
    swings.sort(key=lambda s: abs(s.swing_log10), reverse=True)

    return SensitivityReport(
        samples=samples,
        seed=seed,
        baseline_p5=10**base5,
        baseline_median=10**base50,
        baseline_p95=10**base95,
        claims=tuple(claims[:top] if top else claims),
        parameters=tuple(swings[:top] if top else swings),
    )
