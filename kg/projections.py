"""NetworkX views of the claims, as pure functions of the extractions (no store, no I/O).

- ``project_agreement``: claims about the same mechanism by different speakers, joined by an edge
  typed ``agree`` (same effect on the compute estimate) or ``conflict`` (different effects).
- ``project_expert_mechanism``: speakers and mechanisms, bipartite; edges weighted by claim count and
  carrying the mean certainty.
- ``project_citations``: speakers (or claims) pointing at the works they cite.
- ``rank_centrality``: the nodes of one kind (mechanism, work, speaker) ranked by centrality.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from itertools import combinations
from typing import Any

import networkx as nx

from ontology.mechanisms import mechanism_label
from ontology.models import Agent, Claim, Effect, Extraction

DEFINITE_EFFECTS = (Effect.INCREASES, Effect.DECREASES, Effect.NO_MAJOR_CHANGE)
"""Effects that can agree or conflict; ``uncertain`` and missing effects take no side."""


def mechanism_node(mechanism_id: str) -> str:
    return f"mechanism:{mechanism_id}"


def work_node(work: str) -> str:
    return f"work:{work}"


def effect_relation(a: Effect | None, b: Effect | None) -> str | None:
    """``agree``, ``conflict``, or None when either claim takes no definite side."""
    if a not in DEFINITE_EFFECTS or b not in DEFINITE_EFFECTS:
        return None
    return "agree" if a == b else "conflict"


def _claims(extractions: Iterable[Extraction]) -> list[tuple[Claim, Extraction]]:
    return [(claim, extraction) for extraction in extractions for claim in extraction.claims]


def _speaker_attrs(agent: Agent) -> dict[str, Any]:
    return {"kind": "speaker", "label": agent.name, "named": agent.named,
            "role": agent.role.value if agent.role else ""}


def project_agreement(extractions: Iterable[Extraction]) -> nx.Graph:
    """Claims as nodes; an edge for each pair of claims by different speakers sharing a mechanism."""
    graph = nx.Graph(projection="agreement")
    by_mechanism: dict[str, list[Claim]] = defaultdict(list)
    for claim, extraction in _claims(extractions):
        graph.add_node(claim.id, kind="claim", label=claim.evidence.quote, speaker=claim.speaker.name,
                       speaker_id=claim.speaker.id, effect=claim.effect.value if claim.effect else "",
                       certainty=claim.certainty, source=extraction.source.id)
        for topic in claim.topics:
            by_mechanism[topic].append(claim)
    for mechanism, claims in sorted(by_mechanism.items()):
        for a, b in combinations(sorted(claims, key=lambda c: c.id), 2):
            relation = effect_relation(a.effect, b.effect)
            if relation is None or a.speaker.id == b.speaker.id:
                continue
            if graph.has_edge(a.id, b.id):
                graph.edges[a.id, b.id]["mechanisms"].append(mechanism)
            else:
                graph.add_edge(a.id, b.id, relation=relation, mechanisms=[mechanism],
                               weight=min(a.certainty, b.certainty))
    return graph


def contested_mechanisms(agreement: nx.Graph) -> list[tuple[str, int]]:
    """Mechanisms by how many pairs of speakers' claims on them conflict, most first: where the
    disagreement is, read off the agreement projection."""
    conflicts: Counter[str] = Counter()
    for _, _, data in agreement.edges(data=True):
        if data.get("relation") == "conflict":
            conflicts.update(data.get("mechanisms", []))
    return sorted(conflicts.items(), key=lambda item: (-item[1], item[0]))


def project_expert_mechanism(extractions: Iterable[Extraction], *, named_only: bool = False) -> nx.Graph:
    """Bipartite speakers x mechanisms: ``weight`` = claims, ``mean_certainty``, effect tallies."""
    graph = nx.Graph(projection="expert_mechanism")
    certainties: dict[tuple[str, str], list[float]] = defaultdict(list)
    effects: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for claim, _ in _claims(extractions):
        if named_only and not claim.speaker.named:
            continue
        for topic in claim.topics:
            graph.add_node(claim.speaker.id, bipartite=0, **_speaker_attrs(claim.speaker))
            graph.add_node(mechanism_node(topic), bipartite=1, kind="mechanism", label=mechanism_label(topic))
            certainties[claim.speaker.id, topic].append(claim.certainty)
            effects[claim.speaker.id, topic][claim.effect.value if claim.effect else "none"] += 1
    for (speaker, topic), values in certainties.items():
        graph.add_edge(speaker, mechanism_node(topic), weight=len(values),
                       mean_certainty=sum(values) / len(values), effects=dict(effects[speaker, topic]))
    return graph


def project_citations(extractions: Iterable[Extraction], *, level: str = "speaker") -> nx.DiGraph:
    """Who cites what: an edge speaker -> work (``level="speaker"``) or claim -> work (``"claim"``)."""
    if level not in ("speaker", "claim"):
        raise ValueError(f"level must be 'speaker' or 'claim', not {level!r}")
    graph = nx.DiGraph(projection="citations", level=level)
    for claim, extraction in _claims(extractions):
        for work in claim.cites:
            if level == "speaker":
                node = claim.speaker.id
                graph.add_node(node, **_speaker_attrs(claim.speaker))
            else:
                node = claim.id
                graph.add_node(node, kind="claim", label=claim.evidence.quote, speaker=claim.speaker.name,
                               source=extraction.source.id)
            graph.add_node(work_node(work), kind="work", label=work)
            if graph.has_edge(node, work_node(work)):
                graph.edges[node, work_node(work)]["weight"] += 1
                graph.edges[node, work_node(work)]["claims"].append(claim.id)
            else:
                graph.add_edge(node, work_node(work), weight=1, claims=[claim.id])
    return graph


def rank_centrality(graph: nx.Graph, kind: str, *, method: str = "degree",
                    weight: str = "weight") -> list[tuple[str, float]]:
    """Nodes of ``kind`` ranked, highest first (ties by node id).

    ``degree``: the node's share of all edge weight (in-weight on a directed graph), so a mechanism
    many speakers discuss often ranks first. ``eigenvector``: weighted eigenvector centrality on the
    undirected graph, which also rewards links to well-connected nodes.
    """
    nodes = [n for n, data in graph.nodes(data=True) if data.get("kind") == kind]
    if not nodes:
        return []
    if method == "degree":
        degree_of = graph.in_degree if graph.is_directed() else graph.degree
        degree = degree_of(nodes, weight=weight)
        total = graph.size(weight=weight) or 1.0
        scores = {n: d / total for n, d in degree}
    elif method == "eigenvector":
        undirected = graph.to_undirected() if graph.is_directed() else graph
        if undirected.number_of_edges() == 0:
            scores = {n: 0.0 for n in nodes}
        else:
            centrality = nx.eigenvector_centrality(undirected, weight=weight, max_iter=1000, tol=1e-9)
            scores = {n: centrality[n] for n in nodes}
    else:
        raise ValueError(f"method must be 'degree' or 'eigenvector', not {method!r}")
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


PROJECTIONS: dict[str, Callable[[Iterable[Extraction]], nx.Graph]] = {
    "agreement": project_agreement,
    "expert_mechanism": project_expert_mechanism,
    "citations": project_citations,
}


def flat_attributes(graph: nx.Graph) -> nx.Graph:
    """A copy whose list/dict attributes are JSON strings, as GraphML allows only scalars."""
    def flat(data: dict[str, Any]) -> dict[str, Any]:
        return {key: json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
                for key, value in data.items()}

    copy = graph.__class__()
    copy.graph.update(flat(graph.graph))
    copy.add_nodes_from((n, flat(d)) for n, d in graph.nodes(data=True))
    copy.add_edges_from((u, v, flat(d)) for u, v, d in graph.edges(data=True))
    return copy
