"""The Graph page: the knowledge graph around one expert, mechanism, claim or source, as an
ego graph of radius 1-2 drawn with Graphviz in the browser, plus the nodes it contains.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from kg.projections import rank_centrality
from ontology.mechanisms import mechanism_label
from ui import data
from ui.corpus import CorpusIndex
from ui.graphviz import neighbourhood, node_id, projection_dot, to_dot
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


def render_neighbourhood(index: CorpusIndex) -> None:
    c1, c2, c3, c4 = st.columns([1, 3, 1, 1])
    kind = c1.radio("Around", list(FOCUS_KINDS), format_func=FOCUS_KINDS.get, key="graph_kind")
    ids, label = _focus_options(index, kind)
    focus_key = c2.selectbox(FOCUS_KINDS[kind], ids, format_func=label, key=f"graph_focus_{kind}")
    radius = c3.slider(
        "Radius", 1, 2, 2, key="graph_radius", help="1: direct neighbours; 2: their neighbours too."
    )
    max_nodes = c4.slider("Max nodes", 10, 80, 25, step=5, key="graph_max_nodes")
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
    st.graphviz_chart(to_dot(ego, focus), width="content")
    nodes = pd.DataFrame(
        [{"kind": d["kind"], "label": d["label"], "links": ego.degree(n)} for n, d in ego.nodes(data=True)]
    ).sort_values(["kind", "links"], ascending=[True, False])
    with st.expander(f"Nodes in this view ({len(nodes)})"):
        st.dataframe(
            nodes, hide_index=True, column_config={"label": st.column_config.TextColumn(width="large")}
        )


VIEWS = {
    "neighbourhood": "Around one node",
    "expert_mechanism": "Experts × mechanisms",
    "citations": "Who cites what",
}


def render_graph(index: CorpusIndex) -> None:
    if "graph_view" not in st.session_state and st.query_params.get("view") in VIEWS:
        st.session_state["graph_view"] = st.query_params["view"]  # links like ?page=graph&view=citations
    view = st.radio("View", list(VIEWS), format_func=VIEWS.get, horizontal=True, key="graph_view")
    if view == "neighbourhood":
        render_neighbourhood(index)
    elif view == "expert_mechanism":
        render_expert_mechanism(index)
    else:
        render_citations(index)


def _ranking(graph: object, kind: str, limit: int) -> pd.DataFrame:
    rows = [
        {"name": graph.nodes[n].get("label", n), "centrality": round(score, 3)}  # type: ignore[attr-defined]
        for n, score in rank_centrality(graph, kind)[:limit]
    ]  # type: ignore[arg-type]
    return pd.DataFrame(rows, columns=["name", "centrality"])


def render_expert_mechanism(index: CorpusIndex) -> None:
    """kg.projections.project_expert_mechanism: who talks about which mechanism, and how much."""
    c1, c2, c3 = st.columns([1, 2, 2])
    named_only = c1.checkbox("Named speakers only", value=True, key="graph_em_named")
    top = c2.slider("Mechanisms shown (most discussed first)", 3, 30, 10, key="graph_em_top")
    min_claims = c3.slider("Links of at least this many claims", 1, 10, 2, key="graph_em_min")
    graph = data.projection(data.store_key(), "expert_mechanism", named_only)
    mechanisms = [n for n, _ in rank_centrality(graph, "mechanism")[:top]]
    speakers = sorted({s for m in mechanisms for s in graph.neighbors(m)})
    st.caption(
        f"{len(speakers)} speakers and {len(mechanisms)} mechanisms; a thicker line means more claims. "
        "Centrality: each node's share of all claim links."
    )
    left, right = st.columns([5, 2])
    left.graphviz_chart(projection_dot(graph, mechanisms + speakers, min_weight=min_claims), width="content")
    with right:
        st.markdown("**Mechanisms**")
        st.dataframe(_ranking(graph, "mechanism", top), hide_index=True)
        st.markdown("**Speakers**")
        st.dataframe(_ranking(graph, "speaker", 15), hide_index=True)


def render_citations(index: CorpusIndex) -> None:
    """kg.projections.project_citations: speakers and the works their claims cite."""
    top = st.slider("Works shown (most cited first)", 3, 40, 15, key="graph_cite_top")
    graph = data.projection(data.store_key(), "citations")
    works = [n for n, _ in rank_centrality(graph, "work")[:top]]
    if not works:
        st.info("No claim in the graph cites a work.")
        return
    speakers = sorted({s for w in works for s in graph.predecessors(w)})
    st.caption(f"{len(works)} cited works and the {len(speakers)} speakers citing them.")
    left, right = st.columns([5, 2])
    left.graphviz_chart(projection_dot(graph, works + speakers), width="content")
    with right:
        st.markdown("**Most cited**")
        st.dataframe(_ranking(graph, "work", top), hide_index=True)
