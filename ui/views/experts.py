"""The Experts page: who claims what, by mechanism, and where each speaker disagrees with others."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import streamlit as st

from ontology.mechanisms import mechanism_label
from ontology.models import Effect
from ui.corpus import CONFLICTS, CorpusIndex, effect_label
from ui.highlight import md_escape

EFFECT_COLUMNS = [effect_label(e) for e in Effect] + ["—"]


def experts_table(index: CorpusIndex) -> pd.DataFrame:
    rows = []
    for agent_id, claim_ids in index.by_expert.items():
        claims = [index.claims[c] for c in claim_ids]
        conflicts = {r.claim_id for c in claim_ids for r in index.relations.get(c, []) if r.kind == CONFLICTS}
        rows.append(
            {
                "expert": index.expert_label(agent_id),
                "role": ", ".join(sorted({index.role_of(c) for c in claims})),
                "affiliation": index.experts[agent_id].affiliation or "",
                "claims": len(claims),
                "sources": len(index.sources_of_expert(agent_id)),
                "mechanisms": len({t for c in claims for t in c.topics}),
                "with quantities": sum(bool(c.quantities) for c in claims),
                "conflicting claims": len(conflicts),
                "id": agent_id,
            }
        )
    return pd.DataFrame(rows).sort_values(["claims", "expert"], ascending=[False, True], ignore_index=True)


def expert_by_mechanism(index: CorpusIndex, agent_id: str) -> pd.DataFrame:
    """Claim counts per mechanism and effect for one speaker."""
    counts: dict[str, Counter[str]] = {}
    for claim_id in index.by_expert.get(agent_id, []):
        claim = index.claims[claim_id]
        for topic in claim.topics or ("(none)",):
            counts.setdefault(topic, Counter())[effect_label(claim.effect)] += 1
    rows = [
        {
            "mechanism": mechanism_label(t) if t != "(none)" else "(no mechanism)",
            **{e: c.get(e, 0) for e in EFFECT_COLUMNS},
            "total": sum(c.values()),
        }
        for t, c in counts.items()
    ]
    frame = pd.DataFrame(rows, columns=["mechanism", *EFFECT_COLUMNS, "total"])
    return frame.sort_values(["total", "mechanism"], ascending=[False, True], ignore_index=True)


def expert_disagreements(index: CorpusIndex, agent_id: str) -> pd.DataFrame:
    rows = []
    for claim_id in index.by_expert.get(agent_id, []):
        claim = index.claims[claim_id]
        for relation in index.relations.get(claim_id, []):
            if relation.kind != CONFLICTS:
                continue
            other = index.claims[relation.claim_id]
            rows.append(
                {
                    "on": ", ".join(mechanism_label(m) for m in relation.mechanisms),
                    "they say": effect_label(claim.effect),
                    "their claim": claim.evidence.quote,
                    "other expert": other.speaker.name,
                    "other says": effect_label(other.effect),
                    "other claim": other.evidence.quote,
                }
            )
    return pd.DataFrame(
        rows, columns=["on", "they say", "their claim", "other expert", "other says", "other claim"]
    )


def render_experts(index: CorpusIndex) -> None:
    table = experts_table(index)
    st.dataframe(
        table,
        hide_index=True,
        column_order=[c for c in table.columns if c != "id"],
        height=min(400, 38 + 35 * len(table)),
    )
    agent_id = st.selectbox("Expert", list(table["id"]), format_func=index.expert_label, key="expert_select")
    agent = index.experts[agent_id]
    st.subheader(agent.name)
    sources = index.sources_of_expert(agent_id)
    st.caption(
        " · ".join(filter(None, [agent.affiliation, "appears in: " + "; ".join(s.title for s in sources)]))
    )

    st.markdown("#### Claims by mechanism and effect on compute")
    st.dataframe(expert_by_mechanism(index, agent_id), hide_index=True)

    st.markdown("#### Where they disagree with others")
    disagreements = expert_disagreements(index, agent_id)
    if disagreements.empty:
        st.caption("No claim of theirs conflicts with another speaker's on the same mechanism.")
    else:
        st.dataframe(
            disagreements,
            hide_index=True,
            column_config={
                "their claim": st.column_config.TextColumn(width="large"),
                "other claim": st.column_config.TextColumn(width="large"),
            },
        )

    st.markdown("#### All their claims")
    by_topic: dict[str, list[str]] = {}
    for claim_id in index.by_expert[agent_id]:
        for topic in index.claims[claim_id].topics or ("",):
            by_topic.setdefault(topic, []).append(claim_id)
    for topic, claim_ids in sorted(by_topic.items(), key=lambda kv: -len(kv[1])):
        with st.expander(f"{mechanism_label(topic) if topic else 'no mechanism'} ({len(claim_ids)})"):
            for claim_id in claim_ids:
                claim = index.claims[claim_id]
                st.markdown(
                    f"- *{effect_label(claim.effect)}, certainty {claim.certainty:.2f}* — "
                    f"“{md_escape(claim.evidence.quote)}” ([open](?page=claims&claim={claim_id}))"
                )
