from __future__ import annotations

from kg.stats import graph_stats
from ontology.models import Extraction


def test_graph_stats_counts_the_sample(sample_extractions: list[Extraction]) -> None:
    stats = graph_stats(sample_extractions, triples=42)
    assert (stats.documents, stats.claims, stats.quantities, stats.triples) == (2, 9, 4, 42)
    assert stats.experts == 3  # Druckmann, Carlsmith, Irving; the post author and commenters are unnamed
    assert stats.speakers == 6
    assert stats.mechanisms == 5
