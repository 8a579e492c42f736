from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest

from kg.projections import (
    PROJECTIONS,
    contested_mechanisms,
    effect_relation,
    flat_attributes,
    mechanism_node,
    project_agreement,
    project_citations,
    project_expert_mechanism,
    rank_centrality,
    work_node,
)
from kg.query_library import run_named
from kg.store.base import Store
from ontology.models import Effect, Extraction


def speakers_of(graph: nx.Graph, relation: str) -> set[frozenset[str]]:
    return {frozenset((graph.nodes[u]["speaker"], graph.nodes[v]["speaker"]))
            for u, v, d in graph.edges(data=True) if d["relation"] == relation}


def test_effect_relation_needs_two_definite_effects() -> None:
    assert effect_relation(Effect.INCREASES, Effect.INCREASES) == "agree"
    assert effect_relation(Effect.INCREASES, Effect.NO_MAJOR_CHANGE) == "conflict"
    assert effect_relation(Effect.UNCERTAIN, Effect.INCREASES) is None
    assert effect_relation(None, Effect.DECREASES) is None


def test_project_agreement_types_edges(sample_extractions: list[Extraction]) -> None:
    graph = project_agreement(sample_extractions)
    assert graph.number_of_nodes() == 9
    assert speakers_of(graph, "conflict") == {
        frozenset(("Shaul Druckmann", "Geoffrey Irving")), frozenset(("commenter 2", "Geoffrey Irving")),
        frozenset(("post author", "commenter 1"))}
    assert speakers_of(graph, "agree") == {frozenset(("Shaul Druckmann", "commenter 2")),
                                           frozenset(("Shaul Druckmann", "post author"))}


def test_project_agreement_never_links_a_speaker_to_themselves(sample_extractions: list[Extraction]) -> None:
    graph = project_agreement(sample_extractions)
    assert all(graph.nodes[u]["speaker_id"] != graph.nodes[v]["speaker_id"] for u, v in graph.edges)


def test_project_agreement_conflicts_match_the_disagreements_query(
        sample_store: Store, sample_extractions: list[Extraction]) -> None:
    graph = project_agreement(sample_extractions)
    rows = run_named(sample_store, "disagreements").rows
    assert len(rows) == sum(1 for *_, d in graph.edges(data=True) if d["relation"] == "conflict")


def test_contested_mechanisms_count_conflicting_pairs(sample_extractions: list[Extraction]) -> None:
    graph = project_agreement(sample_extractions)
    contested = contested_mechanisms(graph)
    conflicts = [d for *_, d in graph.edges(data=True) if d["relation"] == "conflict"]
    expected = Counter(m for d in conflicts for m in d["mechanisms"])
    assert dict(contested) == dict(expected) and sum(n for _, n in contested) >= 3
    assert [n for _, n in contested] == sorted((n for _, n in contested), reverse=True)


def test_project_expert_mechanism_weights(sample_extractions: list[Extraction]) -> None:
    graph = project_expert_mechanism(sample_extractions)
    assert nx.is_bipartite(graph)
    edge = graph.edges["agent-shaul-druckmann", mechanism_node("synaptic_transmission")]
    assert edge["weight"] == 2 and edge["mean_certainty"] == pytest.approx(0.5)
    assert edge["effects"] == {"no_major_change": 2}
    named = project_expert_mechanism(sample_extractions, named_only=True)
    assert {d["label"] for _, d in named.nodes(data=True) if d["kind"] == "speaker"} == {
        "Shaul Druckmann", "Joseph Carlsmith", "Geoffrey Irving"}


def test_project_citations_by_speaker_and_claim(sample_extractions: list[Extraction]) -> None:
    by_speaker = project_citations(sample_extractions)
    assert {v for _, v in by_speaker.edges} == {work_node("Beniaguev, Segev & London (2021)"),
                                                work_node("Carlsmith (2020)")}
    by_claim = project_citations(sample_extractions, level="claim")
    assert all(by_claim.nodes[u]["kind"] == "claim" for u, _ in by_claim.edges)
    with pytest.raises(ValueError, match="level"):
        project_citations(sample_extractions, level="source")


def test_rank_centrality_puts_the_most_discussed_mechanism_first(
        sample_extractions: list[Extraction]) -> None:
    graph = project_expert_mechanism(sample_extractions)
    for method in ("degree", "eigenvector"):
        ranking = rank_centrality(graph, "mechanism", method=method)
        assert ranking[0][0] == mechanism_node("synaptic_transmission"), method
        assert len(ranking) == 5
    degree = dict(rank_centrality(graph, "mechanism"))
    assert degree[mechanism_node("synaptic_transmission")] == pytest.approx(4 / 10)


def test_rank_centrality_on_a_known_star() -> None:
    star = nx.DiGraph()
    for citer in "abc":
        star.add_node(citer, kind="speaker")
        star.add_node("work:hub", kind="work")
        star.add_edge(citer, "work:hub", weight=1)
    star.add_node("work:leaf", kind="work")
    star.add_edge("a", "work:leaf", weight=1)
    assert rank_centrality(star, "work") == [("work:hub", 0.75), ("work:leaf", 0.25)]
    assert rank_centrality(star, "mechanism") == []


@pytest.mark.parametrize("name", sorted(PROJECTIONS))
def test_every_projection_writes_graphml(name: str, sample_extractions: list[Extraction], tmp_path) -> None:  # noqa: ANN001
    graph = PROJECTIONS[name](sample_extractions)
    path = tmp_path / f"{name}.graphml"
    nx.write_graphml(flat_attributes(graph), path)
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
