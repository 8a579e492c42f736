"""Estimate inputs out of the tool: CSV rows, a JSON document, or a Squiggle program.

Each export lists, per parameter, the contributing claims (speaker, source, quote, low/high/best,
unit, weight) and the mixture they make; parameters without claims show their prior. The Squiggle
form runs as is in the Squiggle playground (https://www.squiggle-language.com/playground) and uses
only well-known constructs: ``mx(d1, d2, [w1, w2])``, ``lognormal(mu, sigma)``, ``uniform(a, b)``,
``exp``, ``log``, arithmetic on distributions.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from typing import Any

from kg.estimate.inputs import Contribution, EstimateInputs, ParameterInputs
from kg.estimate.model import Component, EstimateError

FORMATS = ("csv", "json", "squiggle")

CSV_COLUMNS = (
    "parameter",
    "parameter_label",
    "parameter_unit",
    "role",
    "prior",
    "claim_id",
    "speaker",
    "speaker_role",
    "source_id",
    "quote",
    "quantity_text",
    "stated_parameter",
    "stated_unit",
    "stated_low",
    "stated_high",
    "stated_best",
    "low",
    "high",
    "best",
    "conversion",
    "via",
    "effect",
    "distribution",
    "weight",
    "mixture_share",
)


def _share(parameter: ParameterInputs, contribution: Contribution) -> float:
    """The contribution's share of the parameter's mixture (the prior, when kept, takes the rest)."""
    total = sum(c.weight for c in parameter.contributions) + parameter.prior_weight
    return contribution.weight / total if total else 0.0


def inputs_rows(inputs: EstimateInputs) -> list[dict[str, Any]]:
    """One row per (parameter, contributing claim), plus a prior row where the prior is in the mixture."""
    rows: list[dict[str, Any]] = []
    for p in inputs.parameters.values():
        common = {
            "parameter": p.name,
            "parameter_label": p.label,
            "parameter_unit": p.unit,
            "role": p.role,
            "prior": p.uses_prior,
        }
        if p.uses_prior or p.prior_weight > 0:
            rows.append(
                {
                    **common,
                    "distribution": p.prior.describe(),
                    "weight": 1.0 if p.uses_prior else p.prior_weight,
                    "mixture_share": round(p.mixture()[1][-1], 6),
                    "via": "prior",
                    "quote": p.prior.note or "",
                }
            )
        for c in p.contributions:
            rows.append(
                {
                    **common,
                    "claim_id": c.claim_id,
                    "speaker": c.speaker,
                    "speaker_role": c.speaker_role,
                    "source_id": c.source_id,
                    "quote": c.quote,
                    "quantity_text": c.quantity_text,
                    "stated_parameter": c.stated_parameter,
                    "stated_unit": c.stated_unit,
                    "stated_low": c.stated_low,
                    "stated_high": c.stated_high,
                    "stated_best": c.stated_best,
                    "low": c.low,
                    "high": c.high,
                    "best": c.best,
                    "conversion": c.conversion,
                    "via": c.via,
                    "effect": c.effect,
                    "distribution": c.distribution.describe(),
                    "weight": round(c.weight, 6),
                    "mixture_share": round(_share(p, c), 6),
                }
            )
    return rows


def to_csv(inputs: EstimateInputs) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in inputs_rows(inputs):
        writer.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in CSV_COLUMNS})
    return out.getvalue()


def to_json(inputs: EstimateInputs) -> str:
    """The model's structure, every parameter's mixture and contributions, comparisons and unused items."""
    model = inputs.model
    document = {
        "model": model.name,
        "reference": model.reference,
        "unit": model.unit,
        "terms": {
            name: {
                "label": t.label,
                "product": list(t.product),
                "factors": [f for f, spec in model.factors.items() if name in spec.applies_to],
            }
            for name, t in model.terms.items()
        },
        "parameters": [
            {
                "name": p.name,
                "label": p.label,
                "unit": p.unit,
                "role": p.role,
                "applies_to": list(p.applies_to),
                "prior": p.uses_prior,
                "prior_distribution": p.prior.model_dump(exclude_none=True),
                "mixture": [
                    {
                        "weight": w,
                        "distribution": d.model_dump(exclude_none=True),
                        "claim_id": p.contributions[i].claim_id if i < len(p.contributions) else None,
                        "prior": i >= len(p.contributions),
                    }
                    for i, (d, w) in enumerate(zip(*p.mixture(), strict=True))
                ],
                "contributions": [c.model_dump(exclude_none=True) for c in p.contributions],
            }
            for p in inputs.parameters.values()
        ],
        "comparisons": [c.model_dump(exclude_none=True) for c in inputs.comparisons],
        "excluded": [c.model_dump(exclude_none=True) for c in inputs.excluded],
        "unused": [u.model_dump(exclude_none=True) for u in inputs.unused],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def _num(value: float) -> str:
    """A Squiggle number literal (no '+' in exponents)."""
    return re.sub(r"e\+?(-?)0*(\d)", r"e\1\2", f"{value:.6g}")


def squiggle_component(component: Component) -> str:
    """One component as a Squiggle expression."""
    if component.kind == "loguniform":
        if math.isclose(component.low, component.high):  # type: ignore[arg-type]
            return _num(component.low)  # type: ignore[arg-type]
        return f"exp(uniform(log({_num(component.low)}), log({_num(component.high)})))"  # type: ignore[arg-type]
    if component.kind == "lognormal":
        if component.sigma_log10 == 0:
            return _num(component.median)  # type: ignore[arg-type]
        mu = math.log(component.median)  # type: ignore[arg-type]
        sigma = component.sigma_log10 * math.log(10)  # type: ignore[operator]
        return f"lognormal({_num(mu)}, {_num(sigma)})"
    return _num(component.value)  # type: ignore[arg-type]


def _comment(text: str, limit: int = 110) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def to_squiggle(inputs: EstimateInputs) -> str:
    """A Squiggle program computing the brain FLOP/s distribution from the same mixtures."""
    model = inputs.model
    lines = [
        f"// NeuroClaims estimate inputs: {model.name}",
        f"// {_comment(model.reference, 200)}",
        "// Each parameter is a weighted mixture (mx) of its claims' distributions; a log-uniform a..b is",
        "// exp(uniform(log(a), log(b))), a log-normal is lognormal(ln median, sigma of ln). Factor bounds",
        "// are applied to log-uniform components only (the Python Monte Carlo also clips log-normal",
        "// samples).",
        "",
    ]
    for p in inputs.parameters.values():
        components, weights = p.mixture()
        lines.append(f"// {p.name}: {p.label} [{p.unit}]")
        if p.uses_prior:
            lines.append(f"//   prior: {_comment(p.prior.note or p.prior.describe())}")
            lines.append(f"{p.name} = {squiggle_component(p.prior)}")
        else:
            for c, w in zip(p.contributions, weights, strict=False):
                value = c.quantity_text or f"effect {c.effect}"
                lines.append(
                    f"//   {w:.3f}  {c.speaker} ({c.source_id}): {_comment(value, 60)} -> "
                    f'{c.distribution.describe()} | "{_comment(c.quote, 80)}"'
                )
            if len(weights) > len(p.contributions):
                lines.append(
                    f"//   {weights[-1]:.3f}  prior: {_comment(p.prior.note or p.prior.describe(), 90)}"
                )
            expressions = [squiggle_component(d) for d in components]
            if len(expressions) == 1:
                lines.append(f"{p.name} = {expressions[0]}")
            else:
                lines.append(
                    f"{p.name} = mx({', '.join(expressions)}, [{', '.join(_num(w) for w in weights)}])"
                )
        lines.append("")
    term_names = []
    for name, term in model.terms.items():
        factors = [f for f, spec in model.factors.items() if name in spec.applies_to]
        lines.append(f"// {term.label}")
        lines.append(f"{name}_term = {' * '.join([*term.product, *factors])}")
        term_names.append(f"{name}_term")
    lines += [
        "",
        f"// brain compute [{model.unit}]",
        f"brain_flops = {' + '.join(term_names)}",
        "brain_flops",
        "",
    ]
    return "\n".join(lines)


def export_inputs(inputs: EstimateInputs, fmt: str) -> str:
    """The inputs in one of FORMATS."""
    if fmt == "csv":
        return to_csv(inputs)
    if fmt == "json":
        return to_json(inputs)
    if fmt == "squiggle":
        return to_squiggle(inputs)
    raise EstimateError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
