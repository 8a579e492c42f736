"""Counts that say what the graph holds: documents, claims, experts, mechanisms, quantities, triples."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ontology.models import Extraction


@dataclass(frozen=True)
class GraphStats:
    documents: int
    claims: int
    experts: int
    speakers: int
    mechanisms: int
    quantities: int
    triples: int


def graph_stats(extractions: Iterable[Extraction], triples: int) -> GraphStats:
    """Experts are named speakers (one per person across sources); speakers include unnamed ones."""
    extractions = list(extractions)
    claims = [claim for extraction in extractions for claim in extraction.claims]
    return GraphStats(
        documents=len(extractions),
        claims=len(claims),
        experts=len({c.speaker.id for c in claims if c.speaker.named}),
        speakers=len({c.speaker.id for c in claims}),
        mechanisms=len({topic for c in claims for topic in c.topics}),
        quantities=sum(len(c.quantities) for c in claims),
        triples=triples,
    )
