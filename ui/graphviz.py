"""The knowledge graph as NetworkX, cut to the neighbourhood of one node, and written as DOT for
st.graphviz_chart (rendered in the browser, nothing fetched).

Nodes are experts, claims, mechanisms and sources; edges say who made a claim, what it is about,
where it appears, and which claims agree or conflict. Neighbourhoods are capped so the picture
stays readable instead of becoming a hairball.
"""

from __future__ import annotations

import textwrap

import networkx as nx

from ontology.mechanisms import mechanism_label
from ui.corpus import CONFLICTS, CorpusIndex, effect_label

NODE_STYLE = {
    "expert": 'shape=box, style="rounded,filled", fillcolor="#d0ebff", color="#1c7ed6"',
    "claim": 'shape=note, style=filled, fillcolor="#fff9db", color="#f08c00", fontsize=10',
    "mechanism": 'shape=ellipse, style=filled, fillcolor="#d3f9d8", color="#2f9e44"',
    "source": 'shape=folder, style=filled, fillcolor="#f1f3f5", color="#495057"',
}
EDGE_STYLE = {
    "claims": 'color="#1c7ed6"',
    "about": 'color="#2f9e44"',
    "in": 'color="#868e96", style=dashed',
    "agrees": 'color="#2f9e44", penwidth=2, dir=none',
    "conflicts": 'color="#e03131", penwidth=2, dir=none, style=bold',
}


def node_id(kind: str, key: str) -> str:
    return f"{kind}:{key}"


def knowledge_graph(index: CorpusIndex, with_sources: bool = True) -> nx.Graph:
    """Experts, claims, mechanisms (and sources) with typed edges, as an undirected graph."""
    graph = nx.Graph()
    for agent_id, agent in index.experts.items():
        graph.add_node(node_id("expert", agent_id), kind="expert", label=agent.name)
    for mechanism in index.by_mechanism:
        graph.add_node(node_id("mechanism", mechanism), kind="mechanism", label=mechanism_label(mechanism))
    if with_sources:
        for source in index.sources.values():
            graph.add_node(node_id("source", source.id), kind="source", label=source.title)
    for claim in index.claims.values():
        c = node_id("claim", claim.id)
        graph.add_node(c, kind="claim", label=claim.evidence.quote, effect=effect_label(claim.effect))
        graph.add_edge(node_id("expert", claim.speaker.id), c, kind="claims")
        for topic in claim.topics:
            graph.add_edge(c, node_id("mechanism", topic), kind="about")
        if with_sources:
            graph.add_edge(c, node_id("source", claim.evidence.source_id), kind="in")
    for claim_id, relations in index.relations.items():
        for relation in relations:
            graph.add_edge(
                node_id("claim", claim_id), node_id("claim", relation.claim_id), kind=relation.kind
            )
    return graph


def neighbourhood(graph: nx.Graph, focus: str, radius: int = 1, max_nodes: int = 40) -> nx.Graph:
    """The ego graph of ``focus``; past ``max_nodes``, keep the nearest and best-connected nodes."""
    ego = nx.ego_graph(graph, focus, radius=radius)
    if ego.number_of_nodes() <= max_nodes:
        return ego
    distance = nx.single_source_shortest_path_length(ego, focus)
    ranked = sorted(ego.nodes, key=lambda n: (distance[n], -_importance(ego, n), n))
    return ego.subgraph(ranked[:max_nodes]).copy()


def _importance(graph: nx.Graph, node: str) -> int:
    conflicts = sum(1 for _, _, k in graph.edges(node, data="kind") if k == CONFLICTS)
    return 10 * conflicts + graph.degree(node)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _label(data: dict[str, object]) -> str:
    """A node's label wrapped into short lines, DOT-escaped (lines joined by DOT's \\n)."""
    label = str(data.get("label", ""))
    if data.get("kind") == "claim":
        lines = textwrap.wrap(textwrap.shorten(label, 90, placeholder="…"), 30) + [
            f"[{data.get('effect', '')}]"
        ]
    else:
        lines = textwrap.wrap(textwrap.shorten(label, 60, placeholder="…"), 24)
    return "\\n".join(_escape(line) for line in lines)


def to_dot(graph: nx.Graph, focus: str | None = None) -> str:
    """DOT text with one style per node kind and edge kind; the focus node is outlined."""
    names = {node: f"n{i}" for i, node in enumerate(sorted(graph.nodes))}
    lines = [
        "graph G {",
        '  graph [rankdir=LR, overlap=false, splines=true, bgcolor="transparent"];',
        '  node [fontname="Helvetica", fontsize=11];',
        '  edge [fontname="Helvetica", fontsize=9];',
    ]
    for node, data in sorted(graph.nodes(data=True)):
        style = NODE_STYLE.get(str(data.get("kind")), "")
        extra = ', penwidth=3, color="#d9480f"' if node == focus else ""
        lines.append(f'  {names[node]} [label="{_label(data)}", {style}{extra}];')
    for a, b, data in sorted(graph.edges(data=True), key=lambda e: (names[e[0]], names[e[1]])):
        kind = str(data.get("kind", ""))
        label = f', label="{kind}"' if kind in ("agrees", "conflicts") else ""
        lines.append(f"  {names[a]} -- {names[b]} [{EDGE_STYLE.get(kind, '')}{label}];")
    lines.append("}")
    return "\n".join(lines)
