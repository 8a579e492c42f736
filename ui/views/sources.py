"""The Sources page: each document's metadata and a reader's view with every claim marked in place."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ontology.mechanisms import mechanism_label
from ontology.models import Source
from ui.corpus import CorpusIndex, effect_label
from ui.highlight import Span, document_html, legend_html, md_escape


def sources_table(index: CorpusIndex) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "title": s.title,
                "kind": s.kind.replace("_", " "),
                "date": s.date.isoformat() if s.date else "",
                "claims": len(index.by_source.get(s.id, [])),
                "speakers": len({index.claims[c].speaker.id for c in index.by_source.get(s.id, [])}),
                "characters": len(s.text),
                "id": s.id,
            }
            for s in index.sources.values()
        ],
        columns=["title", "kind", "date", "claims", "speakers", "characters", "id"],
    )


def claim_spans(index: CorpusIndex, source: Source, selected: str | None = None) -> list[Span]:
    spans = []
    for claim_id in index.by_source.get(source.id, []):
        claim = index.claims[claim_id]
        title = f"{claim.speaker.name} · {effect_label(claim.effect)} · certainty {claim.certainty:.2f}" + (
            " · " + ", ".join(mechanism_label(t) for t in claim.topics) if claim.topics else ""
        )
        spans.append(
            Span(
                claim.evidence.start,
                claim.evidence.end,
                title=title,
                effect=claim.effect.value if claim.effect else None,
                anchor=claim_id,
                selected=claim_id == selected,
            )
        )
    return spans


def render_source_meta(source: Source) -> None:
    lines = [f"**Kind:** {source.kind.replace('_', ' ')}"]
    if source.date:
        lines.append(f"**Date:** {source.date.isoformat()}")
    if source.url:
        lines.append(f"**URL:** {source.url}")
    if source.path:
        lines.append(f"**File:** `{source.path}`")
    lines.append(f"**Id:** `{source.id}` · **checksum** `{source.checksum[:12]}…`")
    for participant in source.participants:
        lines.append(
            f"- {md_escape(participant.name)} — {participant.role.label}"
            + (f", {md_escape(participant.affiliation)}" if participant.affiliation else "")
        )
    st.markdown("  \n".join(lines[: -len(source.participants)] if source.participants else lines))
    if source.participants:
        st.markdown("**Participants**\n" + "\n".join(lines[-len(source.participants) :]))


def render_sources(index: CorpusIndex) -> None:
    table = sources_table(index)
    st.dataframe(table, hide_index=True, column_order=[c for c in table.columns if c != "id"])
    source_id = st.selectbox(
        "Source", list(table["id"]), format_func=lambda s: index.sources[s].title, key="source_select"
    )
    source = index.sources[source_id]
    st.subheader(source.title)
    left, right = st.columns([1, 3], gap="large")
    with left:
        render_source_meta(source)
        st.metric("Claims extracted", len(index.by_source.get(source_id, [])))
    with right:
        st.markdown(
            "Claims are marked by their effect on compute (hover a mark for speaker and mechanism): "
            + legend_html(),
            unsafe_allow_html=True,
        )
        st.markdown(document_html(source.text, claim_spans(index, source)), unsafe_allow_html=True)
