"""The estimate model as validated data: terms, parameters, factors, mapping rules, priors, weights.

The model itself lives in ``model.yaml`` next to this file so that a researcher can change a prior,
a pattern or a unit conversion without touching code; this module only reads and checks it.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ontology.models import Effect

MODEL_PATH = Path(__file__).with_name("model.yaml")


class EstimateError(Exception):
    """The estimate model, a weights file or the estimate inputs are unusable; the message says why."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Component(_Strict):
    """One distribution of a mixture, over positive values.

    ``loguniform`` between ``low`` and ``high``; ``lognormal`` with ``median`` and ``sigma_log10``
    (standard deviation of log10); ``point`` at ``value``.
    """

    kind: Literal["loguniform", "lognormal", "point"]
    low: float | None = None
    high: float | None = None
    median: float | None = None
    sigma_log10: float | None = None
    value: float | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _complete(self) -> Component:
        if self.kind == "loguniform":
            if self.low is None or self.high is None or not 0 < self.low <= self.high:
                raise ValueError(f"a loguniform needs 0 < low <= high, got low={self.low} high={self.high}")
        elif self.kind == "lognormal":
            if self.median is None or self.median <= 0 or self.sigma_log10 is None or self.sigma_log10 < 0:
                raise ValueError("a lognormal needs a positive median and sigma_log10 >= 0")
        elif self.value is None or self.value <= 0:
            raise ValueError("a point needs a positive value")
        return self

    def log10_quantile(self, p: float) -> float:
        """The log10 of this component's p-quantile (0 < p < 1)."""
        if self.kind == "loguniform":
            lo, hi = math.log10(self.low), math.log10(self.high)  # type: ignore[arg-type]
            return lo + p * (hi - lo)
        if self.kind == "lognormal":
            return math.log10(self.median) + self.sigma_log10 * _normal_ppf(p)  # type: ignore[arg-type,operator]
        return math.log10(self.value)  # type: ignore[arg-type]

    def describe(self) -> str:
        if self.kind == "loguniform":
            return f"log-uniform {self.low:.3g}..{self.high:.3g}"
        if self.kind == "lognormal":
            return f"log-normal median {self.median:.3g}, sigma {self.sigma_log10:g} decades"
        return f"point {self.value:.3g}"


def _normal_ppf(p: float) -> float:
    """Inverse standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9)."""
    a = (
        -3.969683028665376e01,
        2.209460984245205e02,
        -2.759285104469687e02,
        1.383577518672690e02,
        -3.066479806614716e01,
        2.506628277459239e00,
    )
    b = (
        -5.447609879822406e01,
        1.615858368580409e02,
        -1.556989798598866e02,
        6.680131188771972e01,
        -1.328068155288572e01,
    )
    c = (
        -7.784894002430293e-03,
        -3.223964580411365e-01,
        -2.400758277161838e00,
        -2.549732539343734e00,
        4.374664141464968e00,
        2.938163982698783e00,
    )
    d = (7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e00, 3.754408661907416e00)
    if p < 0.02425:
        q = math.sqrt(-2 * math.log(p))
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / (
            (((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1
        )
    if p > 1 - 0.02425:
        return -_normal_ppf(1 - p)
    q = p - 0.5
    r = q * q
    return (
        (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5])
        * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    )


class ConversionStep(_Strict):
    value: float = Field(gt=0)
    meaning: str = Field(min_length=1)


class Conversion(_Strict):
    """How a stated number becomes a value in the parameter's unit: the product of its steps."""

    note: str = Field(min_length=1)
    steps: tuple[ConversionStep, ...] = ()

    @property
    def multiplier(self) -> float:
        return math.prod(step.value for step in self.steps)


def _compile_all(patterns: tuple[str, ...]) -> tuple[str, ...]:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"pattern {pattern!r} is not a valid regular expression: {exc}") from None
    return patterns


class MatchRule(_Strict):
    """Which quantities a parameter reads: regexes on the quantity's parameter and unit strings."""

    parameter: tuple[str, ...] = Field(min_length=1)
    unit: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    quote: tuple[str, ...] = ()
    exclude_quote: tuple[str, ...] = ()
    valid: tuple[float, float] | None = None
    convert: Conversion | None = None

    @field_validator("parameter", "unit", "exclude", "quote", "exclude_quote")
    @classmethod
    def _valid_patterns(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        return _compile_all(patterns)

    def matches(
        self, parameter: str, unit: str | None, text: str, topics: tuple[str, ...], quote: str = ""
    ) -> bool:
        """Whether a quantity (its parameter, unit, verbatim text; its claim's topics and quote) fits."""
        if not any(re.search(p, parameter, re.IGNORECASE) for p in self.parameter):
            return False
        if self.unit and not any(re.search(p, unit or "", re.IGNORECASE) for p in self.unit):
            return False
        if self.topics and not set(self.topics) & set(topics):
            return False
        if self.quote and not any(re.search(p, quote, re.IGNORECASE) for p in self.quote):
            return False
        haystack = " ".join([parameter, unit or "", text])
        if any(re.search(p, haystack, re.IGNORECASE) for p in self.exclude):
            return False
        return not any(re.search(p, quote, re.IGNORECASE) for p in self.exclude_quote)

    def plausible(self, values: list[float]) -> bool:
        """Whether stated values (before conversion) lie in the rule's plausible range (none: always)."""
        return self.valid is None or all(self.valid[0] <= v <= self.valid[1] for v in values)


class ParameterSpec(_Strict):
    """A base parameter of the model (a count, a rate, a per-event cost).

    Effect-only claims about one of ``mechanisms`` scale ``baseline`` by the effect rule, unless the
    same source already gives numbers for a parameter in ``covered_by``.
    """

    label: str
    unit: str
    prior: Component
    match: tuple[MatchRule, ...] = ()
    mechanisms: tuple[str, ...] = ()
    baseline: float = Field(default=1.0, gt=0)
    covered_by: tuple[str, ...] = ()
    best_sigma_log10: float | None = Field(default=None, ge=0)


class FactorSpec(ParameterSpec):
    """A multiplicative factor on some terms, constrained by claims about its mechanisms."""

    applies_to: tuple[str, ...] = Field(min_length=1)
    bounds: tuple[float, float] = (1e-3, 1e3)
    unit: str = "x"

    @field_validator("bounds")
    @classmethod
    def _ordered(cls, bounds: tuple[float, float]) -> tuple[float, float]:
        if not 0 < bounds[0] <= bounds[1]:
            raise ValueError(f"factor bounds {bounds} must satisfy 0 < low <= high")
        return bounds


class Term(_Strict):
    label: str
    product: tuple[str, ...] = Field(min_length=1)


class EffectRule(_Strict):
    low: float = Field(gt=0)
    high: float = Field(gt=0)
    note: str = ""


class DistributionRules(_Strict):
    best_sigma_log10: float = Field(default=0.5, ge=0)
    one_sided_span_log10: float = Field(default=1.0, gt=0)


class Weighting(_Strict):
    roles: dict[str, float]
    unknown_role: float = Field(default=0.5, ge=0)
    basis: dict[str, float]
    unknown_basis: float = Field(default=0.85, ge=0)
    certainty_influence: float = Field(default=0.5, ge=0, le=1)
    effect_only: float = Field(default=0.5, ge=0)
    prior_weight: float = Field(default=0.5, ge=0)


class AuditSettings(_Strict):
    tolerance_factor: float = Field(default=1.2, ge=1)
    context_chars: int = Field(default=800, ge=0)


class EstimateModel(_Strict):
    """The whole model: how parameters and factors combine, and how claims map onto them."""

    name: str
    reference: str = ""
    unit: str = "FLOP/s"
    terms: dict[str, Term]
    parameters: dict[str, ParameterSpec]
    factors: dict[str, FactorSpec] = {}
    comparisons: tuple[MatchRule, ...] = ()
    reject_quote: tuple[str, ...] = ()
    distributions: DistributionRules = DistributionRules()
    effect_rules: dict[Effect, EffectRule]
    weighting: Weighting
    histogram_bin_log10: float = Field(default=0.25, gt=0)
    audit: AuditSettings = AuditSettings()

    @field_validator("reject_quote")
    @classmethod
    def _valid_rejections(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        return _compile_all(patterns)

    def rejects(self, quote: str) -> str | None:
        """The reject_quote pattern a quote matches (its numbers are called implausible there), if any."""
        return next((p for p in self.reject_quote if re.search(p, quote, re.IGNORECASE)), None)

    @model_validator(mode="after")
    def _consistent(self) -> EstimateModel:
        overlap = set(self.parameters) & set(self.factors)
        if overlap:
            raise ValueError(f"names used for both a parameter and a factor: {sorted(overlap)}")
        for name, term in self.terms.items():
            unknown = [p for p in term.product if p not in self.parameters]
            if unknown:
                raise ValueError(f"term {name!r} multiplies unknown parameters {unknown}")
        for name, factor in self.factors.items():
            unknown = [t for t in factor.applies_to if t not in self.terms]
            if unknown:
                raise ValueError(f"factor {name!r} applies to unknown terms {unknown}")
        for name in self.names:
            unknown = [p for p in self.spec(name).covered_by if p not in self.parameters]
            if unknown:
                raise ValueError(f"{name!r} is covered_by unknown parameters {unknown}")
        missing = [e.value for e in Effect if e not in self.effect_rules]
        if missing:
            raise ValueError(f"effect_rules lacks a rule for {missing}")
        return self

    def spec(self, name: str) -> ParameterSpec:
        return self.parameters.get(name) or self.factors[name]

    @property
    def names(self) -> tuple[str, ...]:
        """Parameters, then factors, in file order: the order of sampling."""
        return (*self.parameters, *self.factors)


def load_model(path: str | Path | None = None) -> EstimateModel:
    """Read and validate an estimate model YAML (default: the one shipped in kg/estimate/)."""
    path = Path(path) if path is not None else MODEL_PATH
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EstimateError(f"cannot read the estimate model {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise EstimateError(f"the estimate model {path} is not valid YAML: {exc}") from None
    try:
        return EstimateModel.model_validate(data)
    except ValidationError as exc:
        raise EstimateError(f"the estimate model {path} is invalid:\n{exc}") from None
