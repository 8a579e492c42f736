"""The Claims page: a filterable, sortable table of claims, and one claim read in its source
with its speaker, citations, quantities, certainty cues and the claims that agree or conflict.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ontology.mechanisms import mechanism_label
from ontology.models import Claim, Effect
from ui import data
from ui.corpus import AGREES, CONFLICTS, ClaimFilter, CorpusIndex, effect_label, filter_rows
from ui.highlight import quote_in_context

TABLE_COLUMNS = {
    "quote": st.column_config.TextColumn("Claim", width=430, help="The claim's exact words in its source."),
    "expert": st.column_config.TextColumn("Expert", width=120),
    "mechanisms": st.column_config.TextColumn("Mechanisms", width=140),
    "effect": st.column_config.TextColumn("Effect", width=95, help="Effect on the compute needed."),
    "certainty": st.column_config.ProgressColumn(
        "Certainty", min_value=0.0, max_value=1.0, format="%.2f", width=85
    ),
    "quantities": st.column_config.TextColumn("Quantities", width=110),
    "agrees": st.column_config.NumberColumn(
        "Agree", width=55, help="Claims by others agreeing on a mechanism."
    ),
    "conflicts": st.column_config.NumberColumn("Conflict", width=65, help="Claims by others conflicting."),
    "source": st.column_config.TextColumn("Source", width=200),
}


def claim_label(index: CorpusIndex, claim: Claim, width: int = 90) -> str:
    quote = " ".join(claim.evidence.quote.split())
    quote = quote if len(quote) <= width else quote[: width - 1] + "…"
    return f"{claim.speaker.name}: “{quote}”"


def _filters(index: CorpusIndex) -> ClaimFilter:
    with st.container(border=True):
        c0, c5, c6 = st.columns([3, 2, 1])
        search = c0.text_input(
            "Search claims", key="claims_search", placeholder="words in the claim, e.g. dendrite"
        )
        certainty = c5.slider("Certainty range", 0.0, 1.0, (0.0, 1.0), step=0.05, key="claims_certainty")
        quantity = c6.selectbox("Has a quantity", ["any", "yes", "no"], key="claims_quantity")
        c1, c2, c3, c4 = st.columns(4)
        experts = c1.multiselect(
            "Expert",
            sorted(index.experts, key=lambda a: index.experts[a].name.lower()),
            format_func=index.expert_label,
            key="claims_experts",
        )
        sources = c2.multiselect(
            "Source", list(index.sources), format_func=lambda s: index.sources[s].title, key="claims_sources"
        )
        mechanisms = c3.multiselect(
            "Mechanism", list(index.by_mechanism), format_func=mechanism_label, key="claims_mechanisms"
        )
        effects = c4.multiselect(
            "Effect on compute", [effect_label(e) for e in Effect] + ["—"], key="claims_effects"
        )
    return ClaimFilter(
        experts=experts,
        sources=sources,
        mechanisms=mechanisms,
        effects=effects,
        certainty=certainty,
        has_quantity=None if quantity == "any" else quantity == "yes",
        search=search,
    )


def render_claims(index: CorpusIndex) -> None:
    claim_filter = _filters(index)
    table = data.claims_table(data.store_key())
    rows = filter_rows(table.to_dict("records"), claim_filter) if len(table) else []
    shown = pd.DataFrame(rows, columns=table.columns)
    st.markdown(f"**{len(shown)}** of {len(table)} claims")
    event = st.dataframe(
        shown,
        column_order=list(TABLE_COLUMNS),
        column_config=TABLE_COLUMNS,
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        key="claims_table",
        height=380,
    )
    ids = list(shown["id"])
    if not ids:
        st.warning("No claim matches these filters. Widen the certainty range or clear a filter.")
        return
    # A row picked in the table, or ?claim= in a link, selects the claim shown below.
    picked = event.selection.rows if event and hasattr(event, "selection") else []
    linked = st.query_params.get("claim")
    if picked and st.session_state.get("_claims_picked") != picked:
        st.session_state["_claims_picked"] = picked
        st.session_state["claim_select"] = ids[picked[0]]
    elif linked in ids and st.session_state.get("_claims_linked") != linked:
        st.session_state["_claims_linked"] = linked
        st.session_state["claim_select"] = linked
    if st.session_state.get("claim_select") not in ids:
        st.session_state["claim_select"] = ids[0]
    claim_id = st.selectbox(
        "Claim",
        ids,
        format_func=lambda c: claim_label(index, index.claims[c]),
        key="claim_select",
        help="Or click a row in the table.",
    )
    st.divider()
    render_claim_detail(index, index.claims[claim_id])


def render_claim_detail(index: CorpusIndex, claim: Claim) -> None:
    """One claim: its quote in context, who said it, what it cites, its numbers and its neighbours."""
    source = index.source_of(claim)
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.subheader("In the source")
        st.markdown(
            f"**{source.title}** · {source.kind.replace('_', ' ')}"
            + (f" · {source.date.isoformat()}" if source.date else "")
            + (f" · [link]({source.url})" if source.url else "")
            + f" · characters {claim.evidence.start}–{claim.evidence.end}"
        )
        st.markdown(
            quote_in_context(
                source.text,
                claim.evidence.start,
                claim.evidence.end,
                effect=claim.effect.value if claim.effect else None,
            ),
            unsafe_allow_html=True,
        )
    with right:
        st.subheader("The claim")
        agent = claim.speaker
        st.markdown(
            f"**Speaker:** {agent.name} — {index.role_of(claim)}"
            + (f", {agent.affiliation}" if agent.affiliation else "")
        )
        st.markdown("**Mechanisms:** " + (", ".join(mechanism_label(t) for t in claim.topics) or "—"))
        st.markdown(
            f"**Effect on compute:** {effect_label(claim.effect)}  \n"
            f"**Certainty:** {claim.certainty:.2f}  \n"
            f"**Basis:** {claim.basis.value if claim.basis else '—'}"
        )
        st.markdown(
            "**Certainty cues:** " + (", ".join(f"“{c}”" for c in claim.certainty_cues) or "none found")
        )
        if claim.effect_cues:
            st.markdown("**Effect cues:** " + ", ".join(f"“{c}”" for c in claim.effect_cues))
        st.markdown("**Cites:** " + ("; ".join(claim.cites) if claim.cites else "nothing cited"))
        if claim.quantities:
            st.markdown("**Quantities**")
            st.dataframe(
                pd.DataFrame(
                    [
                        {
                            "parameter": q.parameter,
                            "as written": q.text,
                            "low": q.low,
                            "best": q.best,
                            "high": q.high,
                            "unit": q.unit or "",
                        }
                        for q in claim.quantities
                    ]
                ),
                hide_index=True,
            )
        else:
            st.markdown("**Quantities:** none stated")
    render_relations(index, claim)


def render_relations(index: CorpusIndex, claim: Claim) -> None:
    relations = index.relations.get(claim.id, [])
    st.subheader("Agreeing and conflicting claims")
    if not relations:
        st.caption("No other speaker makes a directional claim on the same mechanism.")
        return
    records = []
    for relation in sorted(relations, key=lambda r: (r.kind != CONFLICTS, r.claim_id)):
        other = index.claims[relation.claim_id]
        records.append(
            {
                "relation": "⚠ conflicts" if relation.kind == CONFLICTS else "✓ agrees",
                "expert": other.speaker.name,
                "effect": effect_label(other.effect),
                "on": ", ".join(mechanism_label(m) for m in relation.mechanisms),
                "source": index.source_of(other).title,
                "claim": other.evidence.quote,
            }
        )
    counts = {kind: sum(r.kind == kind for r in relations) for kind in (AGREES, CONFLICTS)}
    st.caption(f"{counts[AGREES]} agree, {counts[CONFLICTS]} conflict (same mechanism, different speaker).")
    st.dataframe(
        pd.DataFrame(records),
        hide_index=True,
        column_config={"claim": st.column_config.TextColumn("Claim", width="large")},
    )
