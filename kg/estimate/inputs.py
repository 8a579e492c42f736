"""Claims -> estimate inputs: which claim feeds which parameter or factor, with what distribution
and weight, and which quantities the model cannot use (listed, never dropped silently).

All mapping decisions come from the model's match rules and effect rules (model.yaml).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict

from kg.estimate.model import Component, EstimateModel, FactorSpec, MatchRule
from kg.estimate.weights import Weights, claim_weight
from ontology.models import Claim, Extraction, Quantity

log = logging.getLogger(__name__)


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Contribution(_Record):
    """One claim's say on one parameter: who, where, the quote, the value and its weight."""

    claim_id: str
    parameter: str
    speaker: str
    speaker_role: str | None
    source_id: str
    quote: str
    effect: str | None = None
    certainty: float
    basis: str | None = None
    quantity_text: str | None = None
    stated_parameter: str | None = None
    stated_unit: str | None = None
    stated_low: float | None = None
    stated_high: float | None = None
    stated_best: float | None = None
    low: float | None = None
    high: float | None = None
    best: float | None = None
    unit: str
    conversion: str | None = None
    multiplier: float = 1.0
    via: Literal["quantity", "effect"] = "quantity"
    distribution: Component
    weight: float
    weight_parts: dict[str, float] = {}


class UnusedItem(_Record):
    """A quantity (or an effect-only claim) the model does not use, and why."""

    claim_id: str
    speaker: str
    source_id: str
    quote: str
    reason: str
    quantity_text: str | None = None
    stated_parameter: str | None = None
    stated_unit: str | None = None
    low: float | None = None
    high: float | None = None
    best: float | None = None


class ParameterInputs(_Record):
    """A parameter or factor with the claims that inform it (or its prior when there are none)."""

    name: str
    label: str
    unit: str
    role: Literal["parameter", "factor"]
    applies_to: tuple[str, ...] = ()
    bounds: tuple[float, float] | None = None
    prior: Component
    prior_weight: float = 0.0
    contributions: tuple[Contribution, ...] = ()

    @property
    def uses_prior(self) -> bool:
        """True when no claim informs this parameter: its distribution is the prior alone."""
        return not self.contributions

    def mixture(self) -> tuple[list[Component], list[float]]:
        """The components and normalised weights that define this parameter's distribution: the claims,
        plus the prior with weight ``prior_weight`` (so one hedged claim cannot replace it alone)."""
        if self.uses_prior:
            return [self.prior], [1.0]
        components = [c.distribution for c in self.contributions]
        weights = [c.weight for c in self.contributions]
        if self.prior_weight > 0:
            components.append(self.prior)
            weights.append(self.prior_weight)
        total = sum(weights)
        return components, [w / total for w in weights]


class EstimateInputs(_Record):
    """Everything the Monte Carlo needs, with the provenance the UI and exports show."""

    model: EstimateModel
    parameters: dict[str, ParameterInputs]
    comparisons: tuple[Contribution, ...] = ()
    excluded: tuple[Contribution, ...] = ()
    unused: tuple[UnusedItem, ...] = ()
    claims_read: int = 0

    def without_claim(self, claim_id: str) -> EstimateInputs:
        """The same inputs with one claim's contributions removed (for leave-one-out)."""
        parameters = {
            name: p.model_copy(
                update={"contributions": tuple(c for c in p.contributions if c.claim_id != claim_id)}
            )
            for name, p in self.parameters.items()
        }
        return self.model_copy(update={"parameters": parameters})

    def contributing_claims(self) -> list[str]:
        seen: dict[str, None] = {}
        for p in self.parameters.values():
            for c in p.contributions:
                seen.setdefault(c.claim_id)
        return list(seen)


def quantity_component(
    quantity: Quantity, multiplier: float, model: EstimateModel, best_sigma_log10: float | None = None
) -> Component | None:
    """The distribution a stated quantity implies (documented rules in model.yaml `distributions`)."""
    rules = model.distributions
    sigma = rules.best_sigma_log10 if best_sigma_log10 is None else best_sigma_log10
    low, high, best = (
        None if v is None else v * multiplier for v in (quantity.low, quantity.high, quantity.best)
    )
    if any(v is not None and (v <= 0 or not math.isfinite(v)) for v in (low, high, best)):
        return None
    span = 10**rules.one_sided_span_log10
    if low is not None and high is not None:
        if low == high:
            return Component(kind="point", value=low)
        return Component(kind="loguniform", low=low, high=high, note="stated range")
    if best is not None:
        if sigma == 0:
            return Component(kind="point", value=best)
        return Component(kind="lognormal", median=best, sigma_log10=sigma, note="stated best guess")
    if high is not None:
        return Component(kind="loguniform", low=high / span, high=high, note="stated upper bound only")
    return Component(kind="loguniform", low=low, high=low * span, note="stated lower bound only")  # type: ignore[operator]


def truncate(component: Component, bounds: tuple[float, float]) -> Component:
    """Restrict a log-uniform component to a factor's bounds (other kinds are clipped when sampled)."""
    lo, hi = bounds
    if component.kind == "loguniform":
        new_lo, new_hi = max(component.low, lo), min(component.high, hi)  # type: ignore[type-var]
        if new_lo > new_hi:
            return Component(
                kind="point",
                value=lo if component.high < lo else hi,  # type: ignore[operator]
                note=f"{component.note or ''} (outside the factor's bounds)".strip(),
            )
        return component.model_copy(update={"low": new_lo, "high": new_hi})
    if component.kind == "point":
        return component.model_copy(update={"value": min(max(component.value, lo), hi)})  # type: ignore[type-var]
    return component


def _find_target(model: EstimateModel, quantity: Quantity, claim: Claim) -> tuple[str, MatchRule] | None:
    for name in model.names:
        for rule in model.spec(name).match:
            if rule.matches(
                quantity.parameter, quantity.unit, quantity.text, claim.topics, claim.evidence.quote
            ):
                return name, rule
    return None


def _is_comparison(model: EstimateModel, quantity: Quantity, claim: Claim) -> bool:
    values = [v for v in (quantity.low, quantity.high, quantity.best) if v is not None]
    return any(
        rule.matches(quantity.parameter, quantity.unit, quantity.text, claim.topics, claim.evidence.quote)
        and rule.plausible(values)
        for rule in model.comparisons
    )


def _unused(claim: Claim, reason: str, quantity: Quantity | None = None) -> UnusedItem:
    return UnusedItem(
        claim_id=claim.id,
        speaker=claim.speaker.name,
        source_id=claim.source_id,
        quote=claim.evidence.quote,
        reason=reason,
        quantity_text=quantity.text if quantity else None,
        stated_parameter=quantity.parameter if quantity else None,
        stated_unit=quantity.unit if quantity else None,
        low=quantity.low if quantity else None,
        high=quantity.high if quantity else None,
        best=quantity.best if quantity else None,
    )


def _count_repeats_once(contributions: list[Contribution], unused: list[UnusedItem]) -> list[Contribution]:
    """A speaker restating the same value in one source counts once (the highest-weighted statement);
    the repeats are listed as unused."""
    kept: dict[tuple[str, str, str, Component], Contribution] = {}
    for c in sorted(contributions, key=lambda c: -c.weight):
        key = (c.speaker, c.source_id, c.via, c.distribution)
        if key in kept:
            unused.append(
                UnusedItem(
                    claim_id=c.claim_id,
                    speaker=c.speaker,
                    source_id=c.source_id,
                    quote=c.quote,
                    reason=f"{c.parameter}: repeats {c.distribution.describe()} from the same speaker and "
                    f"source (counted once, claim {kept[key].claim_id})",
                    quantity_text=c.quantity_text,
                    stated_parameter=c.stated_parameter,
                    stated_unit=c.stated_unit,
                    low=c.stated_low,
                    high=c.stated_high,
                    best=c.stated_best,
                )
            )
            continue
        kept[key] = c
    order = {id(c): i for i, c in enumerate(contributions)}
    return sorted(kept.values(), key=lambda c: order[id(c)])


def build_inputs(
    extractions: Iterable[Extraction], model: EstimateModel, weights: Weights | None = None
) -> EstimateInputs:
    """Map every claim onto the model: quantities onto parameters, effect-only claims onto factors."""
    weights = weights or Weights()
    contributions: dict[str, list[Contribution]] = {name: [] for name in model.names}
    comparisons: list[Contribution] = []
    excluded: list[Contribution] = []
    unused: list[UnusedItem] = []
    effect_claims: list[tuple[Claim, float, dict[str, float]]] = []
    numeric_sources: set[tuple[str, str]] = set()
    claims_read = 0

    def base(claim: Claim, name: str, unit: str, weight: float, parts: dict[str, float]) -> dict[str, object]:
        return dict(
            claim_id=claim.id,
            parameter=name,
            speaker=claim.speaker.name,
            speaker_role=claim.speaker.role.value if claim.speaker.role else None,
            source_id=claim.source_id,
            quote=claim.evidence.quote,
            effect=claim.effect.value if claim.effect else None,
            certainty=claim.certainty,
            basis=claim.basis.value if claim.basis else None,
            unit=unit,
            weight=weight,
            weight_parts=parts,
        )

    for extraction in extractions:
        for claim in sorted(extraction.claims, key=lambda c: c.evidence.start):
            claims_read += 1
            weight, parts = claim_weight(claim, model.weighting, weights)
            used_number = False
            for quantity in claim.quantities:
                found = _find_target(model, quantity, claim)
                stated = dict(
                    quantity_text=quantity.text,
                    stated_parameter=quantity.parameter,
                    stated_unit=quantity.unit,
                    stated_low=quantity.low,
                    stated_high=quantity.high,
                    stated_best=quantity.best,
                )
                if found is None:
                    if _is_comparison(model, quantity, claim):
                        component = quantity_component(quantity, 1.0, model)
                        if component is not None:
                            comparisons.append(
                                Contribution(
                                    **base(claim, "total", model.unit, weight, parts),
                                    **stated,
                                    low=quantity.low,
                                    high=quantity.high,
                                    best=quantity.best,
                                    distribution=component,
                                )
                            )
                            continue
                    unused.append(_unused(claim, "no parameter of the model matches this quantity", quantity))
                    continue
                name, rule = found
                spec = model.spec(name)
                stated_values = [v for v in (quantity.low, quantity.high, quantity.best) if v is not None]
                if not rule.plausible(stated_values):
                    shown = ", ".join(f"{v:.3g}" for v in stated_values)
                    reason = (
                        f"{name}: {shown} is outside the plausible range "
                        f"{rule.valid[0]:.3g}..{rule.valid[1]:.3g} of its match rule (model.yaml)"
                    )  # type: ignore[index]
                    unused.append(_unused(claim, reason, quantity))
                    continue
                rejected = model.rejects(claim.evidence.quote)
                if rejected:
                    reason = f"{name}: the quote calls this value implausible (reject_quote {rejected!r})"
                    unused.append(_unused(claim, reason, quantity))
                    continue
                multiplier = rule.convert.multiplier if rule.convert else 1.0
                component = quantity_component(quantity, multiplier, model, spec.best_sigma_log10)
                if component is None:
                    unused.append(
                        _unused(claim, f"{name}: a stated value is not a positive number", quantity)
                    )
                    continue
                if isinstance(spec, FactorSpec):
                    component = truncate(component, spec.bounds)
                used_number = True
                numeric_sources.add((claim.source_id, name))
                contribution = Contribution(
                    **base(claim, name, spec.unit, weight, parts),
                    **stated,
                    low=None if quantity.low is None else quantity.low * multiplier,
                    high=None if quantity.high is None else quantity.high * multiplier,
                    best=None if quantity.best is None else quantity.best * multiplier,
                    conversion=rule.convert.note if rule.convert else None,
                    multiplier=multiplier,
                    distribution=component,
                )
                (contributions[name] if weight > 0 else excluded).append(contribution)
            if not used_number and claim.effect is not None:
                effect_claims.append((claim, weight, parts))

    for claim, weight, parts in effect_claims:
        rule = model.effect_rules[claim.effect]  # type: ignore[index]
        targets = [name for name in model.names if set(model.spec(name).mechanisms) & set(claim.topics)]
        if not targets:
            unused.append(
                _unused(
                    claim,
                    f"effect '{claim.effect.value}' on {', '.join(claim.topics) or 'no topic'}:"  # type: ignore[union-attr]
                    " no parameter or factor of the model covers these mechanisms",
                )
            )
            continue
        for name in targets:
            spec = model.spec(name)
            if any((claim.source_id, p) in numeric_sources for p in spec.covered_by):
                unused.append(
                    _unused(
                        claim,
                        f"{name}: the same source already gives numbers for "
                        f"{', '.join(spec.covered_by)}; its effect is not counted twice",
                    )
                )
                continue
            component = Component(
                kind="loguniform",
                low=rule.low * spec.baseline,
                high=rule.high * spec.baseline,
                note=f"effect '{claim.effect.value}': {rule.note}",
            )  # type: ignore[union-attr]
            if isinstance(spec, FactorSpec):
                component = truncate(component, spec.bounds)
            # a direction without a number says less than a number: scaled by weighting.effect_only
            effect_weight = weight * model.weighting.effect_only
            effect_parts = {**parts, "effect_only": model.weighting.effect_only}
            contribution = Contribution(
                **base(claim, name, spec.unit, effect_weight, effect_parts),
                via="effect",
                distribution=component,
            )
            (contributions[name] if effect_weight > 0 else excluded).append(contribution)

    for name in model.names:
        contributions[name] = _count_repeats_once(contributions[name], unused)

    parameters = {}
    for name in model.names:
        spec = model.spec(name)
        is_factor = isinstance(spec, FactorSpec)
        parameters[name] = ParameterInputs(
            name=name,
            label=spec.label,
            unit=spec.unit,
            role="factor" if is_factor else "parameter",
            applies_to=spec.applies_to if is_factor else (),
            bounds=spec.bounds if is_factor else None,
            prior=spec.prior,
            prior_weight=model.weighting.prior_weight,
            contributions=tuple(contributions[name]),
        )
    log.debug(
        "estimate inputs: %d claims read, %d contributions, %d unused",
        claims_read,
        sum(len(c) for c in contributions.values()),
        len(unused),
    )
    return EstimateInputs(
        model=model,
        parameters=parameters,
        comparisons=tuple(comparisons),
        excluded=tuple(excluded),
        unused=tuple(unused),
        claims_read=claims_read,
    )
