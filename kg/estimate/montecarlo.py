"""The vectorised Monte Carlo: sample every parameter's claim mixture, combine terms and factors,
and summarise the brain FLOP/s distribution (percentiles, log10 histogram, term contributions).

Sampling happens in log10 space; every parameter draws from its own generator spawned from the
seed (``np.random.SeedSequence(seed).spawn``), so a re-run with one claim left out differs only in
that claim's parameter (common random numbers), which keeps the sensitivity analysis free of
sampling noise.
"""

from __future__ import annotations

import math
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict

from kg.estimate.inputs import Contribution, EstimateInputs, ParameterInputs, UnusedItem
from kg.estimate.model import Component, EstimateError

PERCENTILES = (5, 25, 50, 75, 95)
_KIND = {"loguniform": 0, "lognormal": 1, "point": 2}


class _Result(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Percentiles(_Result):
    """Percentiles of a distribution of positive values (keys: 5, 25, 50, 75, 95)."""

    p5: float
    p25: float
    p50: float
    p75: float
    p95: float

    @classmethod
    def of(cls, samples: np.ndarray) -> Percentiles:
        values = np.percentile(samples, PERCENTILES)
        return cls(**{f"p{p}": float(v) for p, v in zip(PERCENTILES, values, strict=True)})

    @classmethod
    def of_log10(cls, logs: np.ndarray | float) -> Percentiles:
        """Percentiles of 10**logs (a float: every percentile is that value)."""
        values = (
            np.percentile(logs, PERCENTILES) if isinstance(logs, np.ndarray) else [logs] * len(PERCENTILES)
        )
        return cls(**{f"p{p}": float(10.0**v) for p, v in zip(PERCENTILES, values, strict=True)})

    @property
    def median(self) -> float:
        return self.p50


class Histogram(_Result):
    """Counts of samples per log10 bin: bin i spans 10^edges[i] .. 10^edges[i+1]."""

    log10_edges: list[float]
    counts: list[int]


class ParameterDistribution(_Result):
    """A parameter or factor as the UI shows it: its sampled spread and the claims behind it."""

    name: str
    label: str
    unit: str
    role: Literal["parameter", "factor"]
    applies_to: tuple[str, ...] = ()
    prior: bool
    prior_distribution: Component
    prior_note: str | None = None
    percentiles: Percentiles
    contributions: tuple[Contribution, ...] = ()


class TermSummary(_Result):
    """One term of the sum (after its factors): its spread and how much of the total it makes."""

    name: str
    label: str
    percentiles: Percentiles
    median_share: float
    dominant_fraction: float


class EstimateResult(_Result):
    """The brain FLOP/s distribution and everything needed to explain it."""

    model_name: str
    unit: str
    samples: int
    seed: int
    percentiles: Percentiles
    histogram: Histogram
    terms: tuple[TermSummary, ...]
    parameters: tuple[ParameterDistribution, ...]
    comparisons: tuple[Contribution, ...] = ()
    excluded: tuple[Contribution, ...] = ()
    unused: tuple[UnusedItem, ...] = ()
    claims_read: int = 0

    @property
    def priors(self) -> list[str]:
        return [p.name for p in self.parameters if p.prior]


def _sample_log10(
    components: list[Component],
    weights: list[float],
    n: int,
    rng: np.random.Generator,
    bounds: tuple[float, float] | None = None,
) -> np.ndarray | float:
    """log10 of n samples of a weighted mixture (a float when the mixture is a single point)."""
    lower, upper = (math.log10(bounds[0]), math.log10(bounds[1])) if bounds else (-math.inf, math.inf)
    if len(components) == 1 and components[0].kind == "point":
        return min(max(components[0].log10_quantile(0.5), lower), upper)
    kind = np.array([_KIND[c.kind] for c in components])
    a = np.array(
        [c.log10_quantile(0.0) if c.kind == "loguniform" else c.log10_quantile(0.5) for c in components]
    )
    b = np.array(
        [
            math.log10(c.high)
            if c.kind == "loguniform"
            else (c.sigma_log10 or 0.0)
            if c.kind == "lognormal"
            else 0.0
            for c in components
        ]  # type: ignore[arg-type]
    )
    if len(components) == 1:
        k, ai, bi = int(kind[0]), a[0], b[0]
    else:
        cumulative = np.cumsum(np.asarray(weights, dtype=float))
        cumulative /= cumulative[-1]
        index = np.minimum(np.searchsorted(cumulative, rng.random(n), side="right"), len(components) - 1)
        k, ai, bi = kind[index], a[index], b[index]
    if np.all(kind == 0):
        logs = ai + rng.random(n) * (bi - ai)
    elif np.all(kind == 1):
        logs = ai + bi * rng.standard_normal(n)
    else:
        u, z = rng.random(n), rng.standard_normal(n)
        logs = np.where(k == 0, ai + u * (bi - ai), np.where(k == 1, ai + bi * z, ai))
    if bounds is not None:
        np.clip(logs, lower, upper, out=logs)
    return logs


def sample_parameter(parameter: ParameterInputs, n: int, rng: np.random.Generator) -> np.ndarray | float:
    """log10 samples of one parameter's mixture (a float for a fixed point)."""
    components, weights = parameter.mixture()
    return _sample_log10(components, weights, n, rng, parameter.bounds)


def simulate(
    inputs: EstimateInputs, samples: int, seed: int, fixed: dict[str, float] | None = None
) -> tuple[np.ndarray, dict[str, np.ndarray], dict[str, np.ndarray | float]]:
    """Total FLOP/s samples, per-term samples (after factors) and per-parameter log10 samples.

    Each parameter draws from its own generator, spawned from ``seed`` in model order, so changing
    one parameter's mixture (or pinning it with ``fixed``) leaves every other parameter's draws as
    they were.
    """
    if samples < 1:
        raise EstimateError(f"samples must be at least 1, got {samples}")
    model = inputs.model
    streams = np.random.SeedSequence(seed).spawn(len(model.names))
    logs: dict[str, np.ndarray | float] = {}
    for name, stream in zip(model.names, streams, strict=True):
        if fixed and name in fixed:
            logs[name] = math.log10(float(fixed[name]))
        else:
            logs[name] = sample_parameter(inputs.parameters[name], samples, np.random.default_rng(stream))
    terms: dict[str, np.ndarray] = {}
    for term_name, term in model.terms.items():
        factors = [f for f, spec in model.factors.items() if term_name in spec.applies_to]
        log_value = sum((logs[p] for p in (*term.product, *factors)), start=np.zeros(samples))
        terms[term_name] = np.power(10.0, log_value)
    total = np.sum(np.stack(list(terms.values())), axis=0)
    return total, terms, logs


def histogram(samples: np.ndarray, bin_log10: float) -> Histogram:
    logs = np.log10(samples)
    lo = math.floor(float(logs.min()) / bin_log10) * bin_log10
    hi = math.ceil(float(logs.max()) / bin_log10) * bin_log10
    if hi <= lo:
        hi = lo + bin_log10
    edges = np.arange(lo, hi + bin_log10 / 2, bin_log10)
    counts, edges = np.histogram(logs, bins=edges)
    return Histogram(log10_edges=[round(float(e), 6) for e in edges], counts=[int(c) for c in counts])


def run_estimate(inputs: EstimateInputs, samples: int = 100_000, seed: int = 0) -> EstimateResult:
    """Sample the model ``samples`` times with ``np.random.default_rng(seed)`` and summarise."""
    total, terms, drawn = simulate(inputs, samples, seed)
    model = inputs.model
    term_summaries = []
    stacked = np.stack(list(terms.values()))
    dominant = np.argmax(stacked, axis=0)
    for i, (name, values) in enumerate(terms.items()):
        share = values / total
        term_summaries.append(
            TermSummary(
                name=name,
                label=model.terms[name].label,
                percentiles=Percentiles.of(values),
                median_share=float(np.median(share)),
                dominant_fraction=float(np.mean(dominant == i)),
            )
        )
    parameters = []
    for name in model.names:
        p = inputs.parameters[name]
        parameters.append(
            ParameterDistribution(
                name=name,
                label=p.label,
                unit=p.unit,
                role=p.role,
                applies_to=p.applies_to,
                prior=p.uses_prior,
                prior_distribution=p.prior,
                prior_note=p.prior.note,
                percentiles=Percentiles.of_log10(drawn[name]),
                contributions=p.contributions,
            )
        )
    return EstimateResult(
        model_name=model.name,
        unit=model.unit,
        samples=samples,
        seed=seed,
        percentiles=Percentiles.of(total),
        histogram=histogram(total, model.histogram_bin_log10),
        terms=tuple(term_summaries),
        parameters=tuple(parameters),
        comparisons=inputs.comparisons,
        excluded=inputs.excluded,
        unused=inputs.unused,
        claims_read=inputs.claims_read,
    )
