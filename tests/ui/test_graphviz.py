"""The knowledge graph around one node, and its DOT text."""

from __future__ import annotations

import pytest

from ontology.models import Extraction
from ui.corpus import CorpusIndex
from ui.graphviz import knowledge_graph, neighbourhood, node_id, to_dot


@pytest.fixture
def index(sample_extractions: list[Extraction]) -> CorpusIndex:
    return CorpusIndex.build(sample_extractions)


def test_knowledge_graph_links_experts_claims_mechanisms_sources(index: CorpusIndex) -> None:
    graph = knowledge_graph(index)
    kinds = [d["kind"] for _, d in graph.nodes(data=True)]
    assert kinds.count("claim") == 9
    assert kinds.count("expert") == 6
    assert kinds.count("source") == 2
    irving = node_id("expert", "agent-geoffrey-irving")
    (claim,) = list(graph.neighbors(irving))
    neighbour_kinds = {graph.nodes[n]["kind"] for n in graph.neighbors(claim)}
    assert neighbour_kinds == {"expert", "mechanism", "source", "claim"}
    assert "conflicts" in {graph.edges[claim, n]["kind"] for n in graph.neighbors(claim)}


def test_knowledge_graph_without_sources(index: CorpusIndex) -> None:
    graph = knowledge_graph(index, with_sources=False)
    assert not [n for n, d in graph.nodes(data=True) if d["kind"] == "source"]


@pytest.mark.parametrize("radius", [1, 2])
def test_neighbourhood_keeps_focus_and_caps_size(index: CorpusIndex, radius: int) -> None:
    graph = knowledge_graph(index)
    focus = node_id("mechanism", "synaptic_transmission")
    ego = neighbourhood(graph, focus, radius=radius, max_nodes=5)
    assert focus in ego
    assert ego.number_of_nodes() == 5
    full = neighbourhood(graph, focus, radius=radius, max_nodes=1000)
    assert set(ego) <= set(full)
    if radius == 1:
        assert set(full) == {focus, *graph.neighbors(focus)}


def test_to_dot_escapes_labels_and_outlines_focus(index: CorpusIndex) -> None:
    graph = knowledge_graph(index)
    graph.add_node("expert:x", kind="expert", label='Dr. "Quote" \\ Backslash')
    dot = to_dot(graph.subgraph(["expert:x", node_id("expert", "agent-shaul-druckmann")]), focus="expert:x")
    assert dot.startswith("graph G {") and dot.rstrip().endswith("}")
    assert '\\"Quote\\"' in dot and "\\\\ Backslash" in dot
    assert dot.count("penwidth=3") == 1


def test_neighbourhood_draws_relations_only_at_the_focus(index: CorpusIndex) -> None:
    graph = knowledge_graph(index)
    expert_view = neighbourhood(graph, node_id("expert", "agent-geoffrey-irving"), radius=2)
    assert not [e for e in expert_view.edges(data="kind") if e[2] in ("agrees", "conflicts")]
    (claim,) = index.by_expert["agent-geoffrey-irving"]
    claim_view = neighbourhood(graph, node_id("claim", claim), radius=1)
    relation_edges = [e for e in claim_view.edges(data="kind") if e[2] == "conflicts"]
    assert relation_edges and all(node_id("claim", claim) in e[:2] for e in relation_edges)


def test_to_dot_labels_claims_with_effect_and_conflicts(index: CorpusIndex) -> None:
    graph = knowledge_graph(index)
    (claim,) = index.by_expert["agent-geoffrey-irving"]
    dot = to_dot(graph.subgraph([node_id("claim", claim)]))
    assert "[increases · 3 conflicting]" in dot  # two claims by Druckmann, one by commenter 2
