"""`neuroclaims estimate`: the claim-weighted brain FLOP/s estimate from the graph, with the claims
behind each parameter, the priors used, what the answer hangs on, and the audit of stated arithmetic.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kg.estimate import (
    EstimateError,
    EstimateModel,
    EstimateResult,
    SensitivityReport,
    Weights,
    audit,
    build_inputs,
    load_model,
    load_weights,
    run_estimate,
    sensitivity,
    unmatched,
)
from kg.estimate.audit import AuditFinding
from neuroclaims.graph_access import fail, reading_store
from ontology.models import Extraction

console = Console()


def _e(value: float) -> str:
    """A positive number as 10^x.x (or plainly when it is small)."""
    if value <= 0 or not math.isfinite(value):
        return str(value)
    if 0.01 <= value < 1e4:
        return f"{value:.3g}"
    return f"10^{math.log10(value):.1f}"


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _value(c: object) -> str:
    parts = []
    for label in ("low", "best", "high"):
        v = getattr(c, label)
        if v is not None:
            parts.append(f"{label} {_e(v)}")
    return ", ".join(parts) if parts else f"effect: {getattr(c, 'effect', None)}"


def print_result(
    result: EstimateResult,
    report: SensitivityReport | None,
    findings: list[AuditFinding],
    top: int,
    show_unused: bool,
) -> None:
    p = result.percentiles
    console.print(
        f"\n[bold]Brain compute ({result.model_name})[/bold]: median [bold]{_e(p.p50)}[/bold] "
        f"{result.unit}, 90% interval {_e(p.p5)} .. {_e(p.p95)}  "
        f"({result.samples:,} samples, seed {result.seed}; {result.claims_read} claims read)"
    )
    table = Table(title="Percentiles", show_edge=False)
    for label in ("5%", "25%", "50%", "75%", "95%"):
        table.add_column(label, justify="right")
    table.add_row(*(_e(v) for v in (p.p5, p.p25, p.p50, p.p75, p.p95)))
    console.print(table)

    terms = Table(title="Terms (after their factors)", show_edge=False)
    for col in ("term", "median", "90% interval", "median share", "dominates in"):
        terms.add_column(col)
    for t in result.terms:
        terms.add_row(
            t.label,
            _e(t.percentiles.p50),
            f"{_e(t.percentiles.p5)} .. {_e(t.percentiles.p95)}",
            f"{t.median_share:.0%}",
            f"{t.dominant_fraction:.0%} of samples",
        )
    console.print(terms)

    if report is not None:
        claims = Table(title=f"What the answer hangs on: leaving one claim out (top {top})", show_edge=False)
        for col in (
            "speaker",
            "source",
            "parameters",
            "median shift (OOM)",
            "90% width change (OOM)",
            "quote",
        ):
            claims.add_column(col)
        for c in report.claims[:top]:
            claims.add_row(
                c.speaker,
                c.source_id,
                ", ".join(c.parameters),
                f"{c.median_shift_log10:+.2f}",
                f"{c.width_change_log10:+.2f}",
                _short(c.quote, 60),
            )
        console.print(claims)
        swings = Table(
            title="Parameter swings: median with the parameter at its 5th vs 95th percentile", show_edge=False
        )
        for col in ("parameter", "5th → 95th", "median at 5th", "median at 95th", "swing (OOM)", ""):
            swings.add_column(col)
        for s in report.parameters[:top]:
            swings.add_row(
                s.label,
                f"{_e(s.low_value)} → {_e(s.high_value)}",
                _e(s.median_at_low),
                _e(s.median_at_high),
                f"{s.swing_log10:.2f}",
                "[yellow]prior[/yellow]" if s.prior else "",
            )
        console.print(swings)

    for param in result.parameters:
        head = (
            f"\n[bold]{param.label}[/bold] ({param.name}, {param.unit}): median {_e(param.percentiles.p50)}, "
            f"90% {_e(param.percentiles.p5)} .. {_e(param.percentiles.p95)}"
        )
        if param.prior:
            console.print(
                head + f"  [yellow]prior[/yellow]: {param.prior_distribution.describe()}"
                f" — {_short(param.prior_note or '', 140)}",
                highlight=False,
            )
            continue
        console.print(head, highlight=False)
        rows = Table(show_edge=False, show_header=True)
        for col in ("speaker", "source", "value", "distribution", "weight", "quote"):
            rows.add_column(col)
        total = sum(c.weight for c in param.contributions)
        for c in param.contributions:
            speaker = f"{c.speaker} ({c.speaker_role})" if c.speaker_role else c.speaker
            rows.add_row(
                speaker,
                c.source_id,
                _value(c) if c.via == "quantity" else f"effect: {c.effect}",
                c.distribution.describe(),
                f"{c.weight:.2f} ({c.weight / total:.0%})",
                _short(c.quote, 70),
            )
        console.print(rows)

    if result.comparisons:
        cmp = Table(
            title="Whole-brain figures stated in the sources (for comparison, not inputs)", show_edge=False
        )
        for col in ("speaker", "source", "value", "quote"):
            cmp.add_column(col)
        for c in result.comparisons:
            cmp.add_row(c.speaker, c.source_id, _value(c), _short(c.quote, 80))
        console.print(cmp)

    if result.excluded:
        console.print(f"\n{len(result.excluded)} contribution(s) excluded by weight 0.")
    console.print(
        f"\n{len(result.unused)} quantity or effect claim(s) not used by the model"
        + ("" if show_unused else " (--show-unused lists them).")
    )
    if show_unused:
        for u in result.unused:
            what = f"{u.quantity_text!r} [{u.stated_parameter}]" if u.quantity_text else "effect"
            console.print(escape(f"  {u.speaker} ({u.source_id}): {what}: {u.reason}"), highlight=False)

    flagged = [f for f in findings if f.flagged]
    console.print(
        f"\n[bold]Audit[/bold]: {len(findings)} stated calculation(s) checked, {len(flagged)} flagged."
    )
    for f in findings:
        colour = {"ok": "green", "mismatch": "red", "unverified": "yellow", "warning": "yellow"}[f.status]
        console.print(
            f"  [{colour}]{f.status}[/{colour}] {f.kind} — {f.speaker} ({f.source_id}): "
            f'"{_short(f.text, 80)}": {f.message}',
            highlight=False,
        )


def read_model_weights_and_claims(
    model: Path | None, weights: Path | None
) -> tuple[EstimateModel, Weights, list[Extraction]]:
    """What every estimate command starts from; a bad model or weights file ends the command."""
    try:
        estimate_model = load_model(model)
        user_weights = load_weights(weights) if weights else Weights()
    except EstimateError as error:
        raise fail(str(error)) from None
    with reading_store() as store:
        extractions = store.extractions()
    stray = unmatched(user_weights, (c for e in extractions for c in e.claims))
    if stray:
        Console(stderr=True, soft_wrap=True).print(
            f"[yellow]warning:[/yellow] {weights} names what no claim in the graph has, so these "
            f"weights change nothing: {', '.join(stray)}"
        )
    return estimate_model, user_weights, extractions


def estimate(
    weights: Path | None = typer.Option(
        None,
        "--weights",
        "-w",
        exists=True,
        dir_okay=False,
        help="YAML/JSON overrides: experts, sources, mechanisms, claims "
        "(name/id -> weight, 0 excludes), roles, certainty_influence.",
    ),
    samples: int = typer.Option(100_000, min=100, help="Monte Carlo samples."),
    seed: int = typer.Option(0, help="Random seed (same seed, same answer)."),
    model: Path | None = typer.Option(
        None,
        "--model",
        exists=True,
        dir_okay=False,
        help="An estimate model YAML (default: kg/estimate/model.yaml).",
    ),
    sensitivity_samples: int = typer.Option(20_000, min=100, help="Samples per sensitivity re-run."),
    top: int = typer.Option(8, min=1, help="How many claims/parameters to list in the sensitivity tables."),
    show_unused: bool = typer.Option(
        False, help="List every quantity and effect claim the model does not use."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the result, sensitivity and audit as JSON."),
) -> None:
    """Estimate the FLOP/s needed to match the human brain from the claims in the graph."""
    estimate_model, user_weights, extractions = read_model_weights_and_claims(model, weights)
    if not extractions:
        Console(stderr=True, soft_wrap=True).print(
            "[yellow]warning:[/yellow] the graph holds no claims (run `neuroclaims ingest "
            "corpus/`); the estimate below uses only the model's priors."
        )
    try:
        inputs = build_inputs(extractions, estimate_model, user_weights)
        result = run_estimate(inputs, samples=samples, seed=seed)
        report = sensitivity(inputs, samples=sensitivity_samples, seed=seed)
    except EstimateError as error:
        raise fail(str(error)) from None
    findings = audit(extractions, estimate_model.audit)
    if as_json:
        print(
            json.dumps(
                {
                    "result": result.model_dump(mode="json"),
                    "sensitivity": report.model_dump(mode="json"),
                    "audit": [f.model_dump(mode="json") for f in findings],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    print_result(result, report, findings, top, show_unused)


def register(app: typer.Typer) -> None:
    app.command("estimate")(estimate)
