"""The graph as RDF files: Turtle and JSON-LD (all sources merged), N-Quads (one graph per source).

Built from the models through kg.mapping, so a file holds exactly what the store holds and
re-imports (``graph_to_extractions``) to the same models.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from kg.exporters.registry import Exporter, register_exporter
from kg.mapping import extractions_to_dataset, extractions_to_graph
from kg.prefixes import PREFIXES
from ontology.models import Extraction


def _bind(graph) -> None:  # noqa: ANN001 - a Graph or Dataset
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True)


def write_turtle(extractions: Sequence[Extraction], out: BinaryIO) -> int:
    graph = extractions_to_graph(extractions)
    _bind(graph)
    out.write(graph.serialize(format="turtle", encoding="utf-8"))
    return len(graph)


def write_jsonld(extractions: Sequence[Extraction], out: BinaryIO) -> int:
    graph = extractions_to_graph(extractions)
    context = {prefix: iri for prefix, iri in PREFIXES.items()}
    out.write(graph.serialize(format="json-ld", context=context, indent=1, encoding="utf-8"))
    return len(graph)


def write_nquads(extractions: Sequence[Extraction], out: BinaryIO) -> int:
    dataset = extractions_to_dataset(extractions)
    out.write(dataset.serialize(format="nquads", encoding="utf-8"))
    return sum(len(graph) for graph in dataset.graphs())


register_exporter(Exporter("graph", "turtle", "ttl", "text/turtle", "all sources in one graph", write_turtle))
register_exporter(Exporter("graph", "jsonld", "jsonld", "application/ld+json", "all sources in one graph, "
                           "compacted with the nc/oa/prov/... prefixes", write_jsonld))
register_exporter(Exporter("graph", "nquads", "nq", "application/n-quads", "one named graph per source, as "
                           "in the store", write_nquads))
