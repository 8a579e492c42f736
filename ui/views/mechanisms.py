"""The Mechanisms page: per mechanism, its claims, how effects spread across experts, its numbers."""

from __future__ import annotations

from collections import Counter

import altair as alt
import pandas as pd
import streamlit as st

from ontology.mechanisms import mechanism_label, mechanisms_by_id
from ontology.models import Effect
from ui.corpus import CorpusIndex, effect_label

EFFECTS = [effect_label(e) for e in Effect] + ["—"]
EFFECT_SCALE = alt.Scale(domain=EFFECTS, range=["#e8590c", "#2f9e44", "#1c7ed6", "#9775fa", "#adb5bd"])


def mechanisms_table(index: CorpusIndex) -> pd.DataFrame:
    rows = []
    for mechanism, claim_ids in index.by_mechanism.items():
        claims = [index.claims[c] for c in claim_ids]
        effects = Counter(effect_label(c.effect) for c in claims)
        rows.append(
            {
                "mechanism": mechanism_label(mechanism),
                "claims": len(claims),
                "experts": len({c.speaker.id for c in claims}),
                **{e: effects.get(e, 0) for e in EFFECTS},
                "quantities": sum(len(c.quantities) for c in claims),
                "id": mechanism,
            }
        )
    return pd.DataFrame(rows, columns=["mechanism", "claims", "experts", *EFFECTS, "quantities", "id"])


def effect_spread(index: CorpusIndex, mechanism: str) -> pd.DataFrame:
    """Claims per expert and effect on one mechanism (long form, for a stacked bar)."""
    counts = Counter(
        (index.claims[c].speaker.name, effect_label(index.claims[c].effect))
        for c in index.by_mechanism.get(mechanism, [])
    )
    return pd.DataFrame(
        [{"expert": e, "effect": f, "claims": n} for (e, f), n in sorted(counts.items())],
        columns=["expert", "effect", "claims"],
    )


def mechanism_quantities(index: CorpusIndex, mechanism: str) -> pd.DataFrame:
    rows = [
        {
            "expert": claim.speaker.name,
            "parameter": q.parameter,
            "as written": q.text,
            "low": q.low,
            "best": q.best,
            "high": q.high,
            "unit": q.unit or "",
            "source": index.source_of(claim).title,
        }
        for claim in (index.claims[c] for c in index.by_mechanism.get(mechanism, []))
        for q in claim.quantities
    ]
    return pd.DataFrame(
        rows, columns=["expert", "parameter", "as written", "low", "best", "high", "unit", "source"]
    )


def render_mechanisms(index: CorpusIndex) -> None:
    table = mechanisms_table(index)
    st.dataframe(
        table.sort_values("claims", ascending=False),
        hide_index=True,
        column_order=[c for c in table.columns if c != "id"],
    )
    mechanism = st.selectbox(
        "Mechanism",
        list(table.sort_values("claims", ascending=False)["id"]),
        format_func=mechanism_label,
        key="mechanism_select",
    )
    concept = mechanisms_by_id().get(mechanism)
    st.subheader(mechanism_label(mechanism))
    if concept and concept.definition:
        st.caption(concept.definition)
    spread = effect_spread(index, mechanism)
    left, right = st.columns([2, 3], gap="large")
    with left:
        st.markdown("#### Effect on compute, by expert")
        chart = (
            alt.Chart(spread)
            .mark_bar()
            .encode(
                y=alt.Y("expert:N", sort="-x", title=None, axis=alt.Axis(labelOverlap=False, labelLimit=150)),
                x=alt.X("sum(claims):Q", title="claims"),
                color=alt.Color(
                    "effect:N", scale=EFFECT_SCALE, legend=alt.Legend(orient="top", title=None, columns=3)
                ),
                tooltip=["expert", "effect", "claims"],
            )
        )
        st.altair_chart(chart.properties(height=alt.Step(24)), width="stretch")
        st.dataframe(
            spread.pivot_table(index="expert", columns="effect", values="claims", fill_value=0),
            width="stretch",
        )
    with right:
        st.markdown("#### Quantities stated")
        quantities = mechanism_quantities(index, mechanism)
        if quantities.empty:
            st.caption("No claim on this mechanism states a number.")
        else:
            st.dataframe(quantities, hide_index=True)
    st.markdown("#### Claims")
    claims = [index.claim_row(index.claims[c]) for c in index.by_mechanism.get(mechanism, [])]
    st.dataframe(
        pd.DataFrame(claims),
        hide_index=True,
        column_order=["expert", "effect", "certainty", "quantities", "source", "quote"],
        column_config={"quote": st.column_config.TextColumn("Claim", width="large")},
    )
