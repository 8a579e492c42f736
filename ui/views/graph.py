"""The Graph page: the knowledge graph around one expert, mechanism, claim or source, as an
ego graph of radius 1-2 drawn with Graphviz in the browser, plus the nodes it contains.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ontology.mechanisms import mechanism_label
from ui import data
from ui.corpus import CorpusIndex
from ui.graphviz import neighbourhood, node_id, to_dot
from ui.views.claims import claim_label

FOCUS_KINDS = {"expert": "Expert", "mechanism": "Mechanism", "claim": "Claim", "source": "Source"}


def _focus_options(index: CorpusIndex, kind: str) -> tuple[list[str], object]:
    if kind == "expert":
        ids = sorted(index.experts, key=lambda a: (-len(index.by_expert[a]), index.experts[a].name))
        return ids, index.expert_label
    if kind == "mechanism":
        ids = sorted(index.by_mechanism, key=lambda m: -len(index.by_mechanism[m]))
        return ids, mechanism_label
    if kind == "source":
        return list(index.sources), lambda s: index.sources[s].title
    ids = sorted(index.claims, key=lambda c: -len(index.relations.get(c, [])))
    return ids, lambda c: claim_label(index, index.claims[c], 70)


def render_graph(index: CorpusIndex) -> None:
    c1, c2, c3, c4 = st.columns([1, 3, 1, 1])
    kind = c1.radio("Around", list(FOCUS_KINDS), format_func=FOCUS_KINDS.get, key="graph_kind")
    ids, label = _focus_options(index, kind)
    focus_key = c2.selectbox(FOCUS_KINDS[kind], ids, format_func=label, key=f"graph_focus_{kind}")
    radius = c3.slider(
        "Radius", 1, 2, 1, key="graph_radius", help="1: direct neighbours; 2: their neighbours too."
    )
    max_nodes = c4.slider("Max nodes", 10, 80, 35, step=5, key="graph_max_nodes")
    with_sources = st.checkbox("Show sources", value=kind == "source", key="graph_sources")
    graph = data.knowledge_graph(data.store_key(), with_sources or kind == "source")
    focus = node_id(kind, focus_key)
    ego = neighbourhood(graph, focus, radius=radius, max_nodes=max_nodes)
    full = neighbourhood(graph, focus, radius=radius, max_nodes=10**9).number_of_nodes()
    st.caption(
        f"{ego.number_of_nodes()} nodes, {ego.number_of_edges()} edges"
        + (
            f" (the nearest and best-connected {ego.number_of_nodes()} of {full})"
            if full > ego.number_of_nodes()
            else ""
        )
        + ". Blue: experts · yellow: claims · green: mechanisms · grey: sources · "
        "green/red links: claims that agree/conflict."
    )
    st.graphviz_chart(to_dot(ego, focus), width="stretch")
    nodes = pd.DataFrame(
        [{"kind": d["kind"], "label": d["label"], "links": ego.degree(n)} for n, d in ego.nodes(data=True)]
    ).sort_values(["kind", "links"], ascending=[True, False])
    with st.expander(f"Nodes in this view ({len(nodes)})"):
        st.dataframe(
            nodes, hide_index=True, column_config={"label": st.column_config.TextColumn(width="large")}
        )
