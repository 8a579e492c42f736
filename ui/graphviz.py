"""The knowledge graph as NetworkX, cut to the neighbourhood of one node, and written as DOT for
st.graphviz_chart (rendered in the browser, nothing fetched).

Nodes are experts, claims, mechanisms and sources; edges say who made a claim, what it is about,
where it appears, and which claims agree or conflict. Neighbourhoods are capped so the picture
stays readable instead of becoming a hairball.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

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


RELATION_KINDS = ("agrees", "conflicts")
RING_ORDER = {"mechanism": 0, "expert": 1, "source": 2, "claim": 3}


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
        relations = index.relations.get(claim.id, [])
        graph.add_node(
            c,
            kind="claim",
            label=claim.evidence.quote,
            effect=effect_label(claim.effect),
            conflicts=sum(r.kind == CONFLICTS for r in relations),
            agrees=sum(r.kind != CONFLICTS for r in relations),
        )
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
    """The ego graph of ``focus``. Past ``max_nodes``, keep the most telling direct neighbours
    (claims in conflict or agreement, with an effect, well connected) and, at radius 2, give part
    of the budget to what those neighbours link to, so the second ring is never crowded out."""
    graph = _relations_only_at(graph, focus)
    ego = nx.ego_graph(graph, focus, radius=radius)
    if ego.number_of_nodes() <= max_nodes:
        return ego.copy()
    distance = nx.single_source_shortest_path_length(ego, focus)

    def ranked(nodes: Iterable[str]) -> list[str]:
        return sorted(nodes, key=lambda n: (-_importance(graph, n), n))

    first = ranked(n for n in ego if distance[n] == 1)
    budget = max_nodes - 1
    share = budget if radius == 1 else max(1, budget * 3 // 5)
    keep = [focus, *first[:share]]
    if radius > 1:
        kept = set(keep)
        ring = {m for n in keep[1:] for m in ego.neighbors(n) if distance.get(m) == 2} - kept
        # Mechanisms and people first: they summarise the first ring; other claims would tangle it.
        second = sorted(
            ring, key=lambda n: (RING_ORDER.get(graph.nodes[n].get("kind"), 9), -_importance(graph, n), n)
        )
        keep += second[: max_nodes - len(keep)]
        keep += first[share : share + max_nodes - len(keep)]
    return ego.subgraph(keep).copy()


def _relations_only_at(graph: nx.Graph, focus: str) -> nx.Graph:
    """The graph without agree/conflict links except the focus's own: relations among
    neighbours make a hairball, and each claim's node already counts its conflicts."""
    return nx.subgraph_view(
        graph, filter_edge=lambda a, b: graph.edges[a, b]["kind"] not in RELATION_KINDS or focus in (a, b)
    )


def _importance(graph: nx.Graph, node: str) -> int:
    data = graph.nodes[node]
    has_effect = data.get("effect") not in (None, "—")
    return (
        10 * min(data.get("conflicts", 0), 5)
        + 2 * min(data.get("agrees", 0), 5)
        + 5 * has_effect
        + graph.degree(node)
    )


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _label(data: dict[str, object]) -> str:
    """A node's label wrapped into short lines, DOT-escaped (lines joined by DOT's \\n)."""
    label = str(data.get("label", ""))
    if data.get("kind") != "claim":
        lines = textwrap.wrap(textwrap.shorten(label, 60, placeholder="…"), 24)
        return "\\n".join(_escape(line) for line in lines)
    lines = textwrap.wrap(textwrap.shorten(label, 90, placeholder="…"), 30)
    effect = str(data.get("effect") or "—")
    notes = [effect] if effect != "—" else []
    notes += [f"{data['conflicts']} conflicting"] if data.get("conflicts") else []
    lines += [f"[{' · '.join(notes)}]"] if notes else []
    return "\\n".join(_escape(line) for line in lines)


def to_dot(graph: nx.Graph, focus: str | None = None) -> str:
    """DOT text with one style per node kind and edge kind; the focus node is outlined."""
    names = {node: f"n{i}" for i, node in enumerate(sorted(graph.nodes))}
    lines = [
        "graph G {",
        '  graph [rankdir=LR, overlap=false, splines=true, bgcolor="transparent", size="13,11"];',
        '  node [fontname="Helvetica", fontsize=11];',
        '  edge [fontname="Helvetica", fontsize=9];',
    ]
    for node, data in sorted(graph.nodes(data=True)):
        style = NODE_STYLE.get(str(data.get("kind")), "")
        extra = ', penwidth=3, color="#d9480f"' if node == focus else ""
        lines.append(f'  {names[node]} [label="{_label(data)}", {style}{extra}];')
    ring = nx.single_source_shortest_path_length(graph, focus) if focus in graph else {}
    for a, b, data in sorted(graph.edges(data=True), key=lambda e: (names[e[0]], names[e[1]])):
        if ring and a in ring and b in ring and ring[a] == ring[b]:
            continue  # links within one ring tangle the picture; the rings' links carry the structure
        kind = str(data.get("kind", ""))
        label = f', label="{kind}"' if kind in ("agrees", "conflicts") else ""
        lines.append(f"  {names[a]} -- {names[b]} [{EDGE_STYLE.get(kind, '')}{label}];")
    lines.append("}")
    return "\n".join(lines)


def projection_dot(graph: nx.Graph, keep: list[str], weight: str = "weight", min_weight: float = 0) -> str:
    """DOT for a kg.projections graph cut to ``keep`` nodes: speakers in one column, mechanisms or
    cited works in the other, edges (of at least ``min_weight`` claims) thicker the more claims."""
    sub = nx.subgraph_view(
        graph.subgraph(keep), filter_edge=lambda a, b: graph.edges[a, b].get(weight, 1) >= min_weight
    )
    names = {node: f"n{i}" for i, node in enumerate(sorted(sub.nodes))}
    style = {
        "speaker": NODE_STYLE["expert"],
        "mechanism": NODE_STYLE["mechanism"],
        "work": NODE_STYLE["source"],
        "claim": NODE_STYLE["claim"],
    }
    arrow = "->" if sub.is_directed() else "--"
    lines = [
        f"{'digraph' if sub.is_directed() else 'graph'} P {{",
        '  graph [rankdir=LR, splines=true, bgcolor="transparent", size="13,14"];',
        '  node [fontname="Helvetica", fontsize=11];',
    ]
    for node, data in sorted(sub.nodes(data=True)):
        label = "\\n".join(
            _escape(x)
            for x in textwrap.wrap(textwrap.shorten(str(data.get("label", node)), 60, placeholder="…"), 26)
        )
        lines.append(f'  {names[node]} [label="{label}", {style.get(str(data.get("kind")), "")}];')
    for kind in ("speaker", "mechanism", "work"):
        column = [names[n] for n, d in sorted(sub.nodes(data=True)) if d.get("kind") == kind]
        if column:
            lines.append(f"  {{rank=same; {'; '.join(column)}}}")
    heaviest = max((d.get(weight, 1) for _, _, d in sub.edges(data=True)), default=1) or 1
    for a, b, data in sorted(sub.edges(data=True), key=lambda e: (names[e[0]], names[e[1]])):
        w = data.get(weight, 1)
        width = 0.6 + 4.0 * w / heaviest
        lines.append(
            f'  {names[a]} {arrow} {names[b]} [penwidth={width:.2f}, color="#868e96", tooltip="{w} claims"];'
        )
    lines.append("}")
    return "\n".join(lines)
