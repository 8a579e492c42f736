"""The Estimate page: weights (per expert, source type, speaker role, certainty influence, single
claims) feed the claim-weighted Monte Carlo in kg.estimate; shown are the brain FLOP/s
distribution on a log axis with percentiles, each term's share, the sensitivity ranking, every
parameter's contributing claims (linked to the Claims page) and downloads of the inputs.
"""

from __future__ import annotations

import math
from functools import partial
from typing import Any

import pandas as pd
import streamlit as st

from kg.estimate import EstimateError, Weights
from kg.estimate.export import export_inputs
from ontology.models import Role
from ui import data
from ui.corpus import CorpusIndex
from ui.highlight import md_escape

SAMPLE_SIZES = (5_000, 20_000, 50_000, 100_000)
SENSITIVITY_SAMPLES = 5_000
EXPORTS = {
    "csv": ("CSV", "text/csv"),
    "json": ("JSON", "application/json"),
    "squiggle": ("Squiggle", "text/plain"),
}


def fmt_value(value: float) -> str:
    """A positive number as mantissa×10^exponent text, e.g. 2.3e15."""
    if value <= 0 or not math.isfinite(value):
        return f"{value:g}"
    return f"{value:.2g}" if 1e-2 <= value < 1e4 else f"{value:.1e}".replace("e+", "e")


def _fmt_opt(value: float | None) -> str:
    return "" if value is None else fmt_value(value)


def claim_link(claim_id: str) -> str:
    return f"?page=claims&claim={claim_id}"


def weights_from_state(index: CorpusIndex, state: dict[str, Any], model: Any) -> Weights:
    """Build kg.estimate Weights from the widget values (keys as set by _weight_controls)."""
    experts = {
        a: float(state[f"w_expert_{a}"])
        for a in index.experts
        if f"w_expert_{a}" in state and float(state[f"w_expert_{a}"]) != 1.0
    }
    kinds = {
        k: float(state[f"w_kind_{k}"])
        for k in {s.kind for s in index.sources.values()}
        if f"w_kind_{k}" in state
    }
    sources = {s.id: kinds[s.kind] for s in index.sources.values() if kinds.get(s.kind, 1.0) != 1.0}
    roles = {
        r: float(state[f"w_role_{r}"])
        for r in model.weighting.roles
        if f"w_role_{r}" in state and float(state[f"w_role_{r}"]) != model.weighting.roles[r]
    }
    claims = {c: 0.0 for c in state.get("w_excluded", [])}
    influence = state.get("w_certainty")
    return Weights(
        experts=experts,
        sources=sources,
        roles=roles,
        claims=claims,
        certainty_influence=None if influence is None else float(influence),
    )


def _weight_controls(index: CorpusIndex, model: Any, contributors: list[str]) -> None:
    """The weight widgets, in the sidebar so the results stay in view while they move."""
    with st.sidebar:
        st.markdown("### Estimate weights")
        st.caption(
            "A claim counts with weight = role × basis × certainty term × the multipliers below; 0 leaves it "
            "out. Defaults come from kg/estimate/model.yaml."
        )
        st.slider(
            "Certainty influence",
            0.0,
            1.0,
            float(model.weighting.certainty_influence),
            0.05,
            key="w_certainty",
            help="0: a claim's stated certainty is ignored; 1: its weight is proportional to its certainty.",
        )
        st.select_slider("Monte Carlo samples", SAMPLE_SIZES, value=20_000, key="w_samples")
        agents = sorted(
            {index.claims[c].speaker.id for c in contributors if c in index.claims},
            key=lambda a: index.experts[a].name.lower(),
        )
        with st.expander(f"Experts ({len(agents)} feed the model)", expanded=True):
            if not agents:
                st.caption("No expert's claim feeds the model yet; the estimate uses the model's priors.")
            for agent_id in agents:
                st.slider(index.expert_label(agent_id), 0.0, 3.0, 1.0, 0.1, key=f"w_expert_{agent_id}")
        with st.expander("Source types"):
            for kind in sorted({s.kind for s in index.sources.values()}):
                st.slider(kind.replace("_", " "), 0.0, 3.0, 1.0, 0.1, key=f"w_kind_{kind}")
        with st.expander("Speaker roles"):
            for role, default in model.weighting.roles.items():
                label = Role(role).label if role in Role._value2member_map_ else role
                st.slider(label, 0.0, 2.0, float(default), 0.05, key=f"w_role_{role}")
        with st.expander("Single claims"):
            st.multiselect(
                "Leave these claims out",
                contributors,
                key="w_excluded",
                format_func=lambda c: _claim_text(index, c),
                help="Claims that feed a parameter or factor; excluded claims get weight 0.",
            )


def _claim_text(index: CorpusIndex, claim_id: str, width: int = 100) -> str:
    claim = index.claims.get(claim_id)
    if claim is None:
        return claim_id
    quote = " ".join(claim.evidence.quote.split())
    return f"{claim.speaker.name}: “{quote[:width]}{'…' if len(quote) > width else ''}”"


def distribution_spec(result: Any) -> tuple[pd.DataFrame, dict[str, Any]]:
    """The FLOP/s histogram on a log axis with the 5th/50th/95th percentiles marked, as a
    Vega-Lite spec (plain dicts: no Altair validation on every slider move)."""
    edges, counts = result.histogram.log10_edges, result.histogram.counts
    total = max(1, sum(counts))
    p = result.percentiles
    rows = [
        {"from": 10**lo, "to": 10**hi, "share": c / total, "label": None, "value": None}
        for lo, hi, c in zip(edges[:-1], edges[1:], counts, strict=True)
    ]
    rows += [
        {"from": None, "to": None, "share": None, "label": label, "value": value}
        for label, value in (("5th", p.p5), ("median", p.p50), ("95th", p.p95))
    ]
    x_title = f"brain {result.unit} (log scale)"
    spec = {
        "height": 300,
        "layer": [
            {
                "transform": [{"filter": "datum.share != null"}],
                "mark": {"type": "rect", "color": "#4c6ef5", "opacity": 0.85},
                "encoding": {
                    "x": {
                        "field": "from",
                        "type": "quantitative",
                        "scale": {"type": "log"},
                        "title": x_title,
                        "axis": {"format": "~e", "grid": False},
                    },
                    "x2": {"field": "to"},
                    "y": {
                        "field": "share",
                        "type": "quantitative",
                        "title": "share of samples",
                        "axis": {"format": "%"},
                    },
                    "tooltip": [
                        {"field": "from", "type": "quantitative", "format": ".2e"},
                        {"field": "to", "type": "quantitative", "format": ".2e"},
                        {"field": "share", "type": "quantitative", "format": ".1%"},
                    ],
                },
            },
            {
                "transform": [{"filter": "datum.label != null"}],
                "mark": {"type": "rule", "color": "#e8590c", "strokeDash": [4, 3], "size": 2},
                "encoding": {
                    "x": {"field": "value", "type": "quantitative"},
                    "tooltip": [
                        {"field": "label"},
                        {"field": "value", "type": "quantitative", "format": ".2e"},
                    ],
                },
            },
            {
                "transform": [{"filter": "datum.label != null"}],
                "mark": {
                    "type": "text",
                    "align": "left",
                    "dx": 4,
                    "dy": -6,
                    "color": "#e8590c",
                    "fontWeight": "bold",
                },
                "encoding": {
                    "x": {"field": "value", "type": "quantitative"},
                    "y": {"value": 12},
                    "text": {"field": "label"},
                },
            },
        ],
    }
    return pd.DataFrame(rows), spec


def _terms_table(result: Any) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "term": t.label,
                "median": fmt_value(t.percentiles.p50),
                "5th–95th": f"{fmt_value(t.percentiles.p5)} – {fmt_value(t.percentiles.p95)}",
                "median share of total": f"{t.median_share:.1%}",
                "dominates in": f"{t.dominant_fraction:.0%} of samples",
            }
            for t in result.terms
        ]
    )


def _sensitivity(index: CorpusIndex, report: Any) -> None:
    swings = pd.DataFrame(
        [
            {
                "parameter": s.label,
                "orders of magnitude": round(s.swing_log10, 2),
                "median at its 5th pct": fmt_value(s.median_at_low),
                "median at its 95th pct": fmt_value(s.median_at_high),
                "from": "prior" if s.prior else "claims",
            }
            for s in report.parameters
        ],
        columns=[
            "parameter",
            "orders of magnitude",
            "median at its 5th pct",
            "median at its 95th pct",
            "from",
        ],
    )
    st.markdown(
        "**Parameters**: how far the median moves as each parameter goes from its 5th to its 95th "
        "percentile (the others left random)."
    )
    if swings.empty:
        st.caption("No parameter varies.")
    else:
        left, right = st.columns([3, 2], gap="large")
        spec = {
            "height": max(120, 26 * len(swings)),
            "mark": {"type": "bar", "color": "#7048e8"},
            "encoding": {
                "x": {
                    "field": "orders of magnitude",
                    "type": "quantitative",
                    "title": "swing of the median (orders of magnitude)",
                },
                "y": {
                    "field": "parameter",
                    "type": "nominal",
                    "sort": "-x",
                    "title": None,
                    "axis": {"labelLimit": 280},
                },
                "tooltip": [{"field": c} for c in swings.columns],
            },
        }
        left.vega_lite_chart(swings, spec, width="stretch")
        right.dataframe(
            swings,
            hide_index=True,
            column_order=[
                "parameter",
                "orders of magnitude",
                "median at its 5th pct",
                "median at its 95th pct",
            ],
        )
    st.markdown(
        "**Claims**: how the answer moves when one claim is left out (shifts in orders of magnitude)."
    )
    rows = [
        {
            "claim": _claim_text(index, c.claim_id, 110),
            "median shift": round(c.median_shift_log10, 2),
            "width change": round(c.width_change_log10, 2),
            "feeds": ", ".join(c.parameters),
            "open": claim_link(c.claim_id),
        }
        for c in report.claims[:20]
    ]
    if not rows:
        st.caption("No claim feeds the model, so leaving one out changes nothing.")
        return
    st.dataframe(
        pd.DataFrame(rows),
        hide_index=True,
        column_config={
            "claim": st.column_config.TextColumn(width="large"),
            "open": st.column_config.LinkColumn("Claims page", display_text="open"),
        },
    )


def _parameters(index: CorpusIndex, result: Any) -> None:
    for p in result.parameters:
        n = len(p.contributions)
        source = f"{n} claim{'s' if n != 1 else ''}" if n else "prior only"
        title = (
            f"{p.label} — median {fmt_value(p.percentiles.p50)} {p.unit} "
            f"(5th–95th {fmt_value(p.percentiles.p5)}–{fmt_value(p.percentiles.p95)}) · {source}"
        )
        with st.expander(md_escape(title)):
            if p.role == "factor":
                st.caption(f"Factor on: {', '.join(p.applies_to)}")
            if not p.contributions:
                st.markdown(
                    f"No claim informs this {p.role}; it uses the model's prior: "
                    f"{md_escape(p.prior_distribution.describe())}"
                    + (f" — {md_escape(p.prior_note)}" if p.prior_note else "")
                )
                continue
            total = sum(c.weight for c in p.contributions) or 1.0
            rows = [
                {
                    "speaker": c.speaker,
                    "claim": c.quote,
                    "as stated": c.quantity_text or (c.effect or ""),
                    "low": _fmt_opt(c.low),
                    "best": _fmt_opt(c.best),
                    "high": _fmt_opt(c.high),
                    "distribution": c.distribution.describe(),
                    "weight": round(c.weight, 3),
                    "share": f"{c.weight / total:.0%}",
                    "source": index.sources[c.source_id].title
                    if c.source_id in index.sources
                    else c.source_id,
                    "open": claim_link(c.claim_id),
                }
                for c in p.contributions
            ]
            st.dataframe(
                pd.DataFrame(rows),
                hide_index=True,
                column_config={
                    "claim": st.column_config.TextColumn(width="large"),
                    "open": st.column_config.LinkColumn("Claims page", display_text="open"),
                },
            )


def render_estimate(index: CorpusIndex) -> None:
    key = data.store_key()
    try:
        model = data.estimate_model()
        baseline, _ = data.estimate(key, Weights().model_dump_json(), SAMPLE_SIZES[0])
    except EstimateError as exc:
        st.error(f"The estimate model cannot be used: {exc}")
        return
    _weight_controls(index, model, baseline.contributing_claims())
    try:
        weights = weights_from_state(index, dict(st.session_state), model)
    except ValueError as exc:
        st.error(f"Invalid weights: {exc}")
        return
    weights_json = weights.model_dump_json()
    samples = int(st.session_state.get("w_samples", 20_000))
    inputs, result = data.estimate(key, weights_json, samples)
    p = result.percentiles
    st.subheader(f"Brain compute: median {fmt_value(p.p50)} {result.unit}")
    cols = st.columns(5)
    for col, (label, value) in zip(
        cols,
        [
            ("5th percentile", p.p5),
            ("25th", p.p25),
            ("median", p.p50),
            ("75th", p.p75),
            ("95th percentile", p.p95),
        ],
        strict=True,
    ):
        col.metric(label, fmt_value(value), help=f"{value:.4g} {result.unit}")
    st.caption(
        f"{result.model_name} · {result.samples:,} samples, seed {result.seed} · "
        f"{len(inputs.contributing_claims())} of {result.claims_read} claims feed the model; "
        f"{_fallbacks(result.priors)}."
    )
    frame, spec = distribution_spec(result)
    st.vega_lite_chart(frame, spec, width="stretch")

    st.markdown("#### Terms")
    st.dataframe(_terms_table(result), hide_index=True)
    if result.comparisons:
        st.markdown("#### Stated totals, for comparison (not used in the sum)")
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "speaker": c.speaker,
                        "as stated": c.quantity_text,
                        "low": _fmt_opt(c.low),
                        "best": _fmt_opt(c.best),
                        "high": _fmt_opt(c.high),
                        "claim": c.quote,
                        "open": claim_link(c.claim_id),
                    }
                    for c in result.comparisons
                ]
            ),
            hide_index=True,
            column_config={"open": st.column_config.LinkColumn(display_text="open")},
        )

    st.markdown("#### Sensitivity")
    # Filled last: leave-one-claim-out re-runs the model once per claim, so everything else is
    # drawn (and sent to the browser) before it starts.
    sensitivity_box = st.container()

    st.markdown("#### Parameters and the claims behind them")
    _parameters(index, result)
    if result.unused:
        with st.expander(f"Quantities and claims the model does not use ({len(result.unused)})"):
            st.dataframe(
                pd.DataFrame(
                    [
                        {
                            "speaker": u.speaker,
                            "as stated": u.quantity_text or "",
                            "why not": u.reason,
                            "claim": u.quote,
                        }
                        for u in result.unused
                    ]
                ),
                hide_index=True,
            )

    data.mark_time("results")
    with sensitivity_box:
        with st.spinner("Ranking sensitivity…"):
            report = data.estimate_sensitivity(key, weights_json, SENSITIVITY_SAMPLES)
        _sensitivity(index, report)

    st.markdown("#### Download the estimate inputs")
    cols = st.columns(len(EXPORTS))
    for col, (fmt, (label, mime)) in zip(cols, EXPORTS.items(), strict=True):
        col.download_button(
            f"{label}",
            partial(export_inputs, inputs, fmt),
            file_name=f"neuroclaims-estimate-inputs.{'squiggle' if fmt == 'squiggle' else fmt}",
            mime=mime,
            key=f"download_{fmt}",
        )


def _fallbacks(priors: list[str] | tuple[str, ...]) -> str:
    """The caption's count of parameters the claims leave to their priors, in good English."""
    if not priors:
        return "no parameter falls back to its prior"
    said = "parameter falls back to its prior" if len(priors) == 1 else "parameters fall back to their priors"
    return f"{len(priors)} {said} ({', '.join(priors)})"
