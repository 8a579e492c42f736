"""The mechanism concept scheme, read from ontology/mechanisms.ttl into Mechanism models.

The ingester's matcher and the UI both read the scheme from here, so a synonym added to the
Turtle file is matched everywhere without touching code.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SKOS

from ontology.models import Mechanism
from ontology.namespaces import MECH

SCHEME_PATH = Path(__file__).with_name("mechanisms.ttl")


def mechanism_id(iri: str) -> str:
    return iri.removeprefix(str(MECH))


@lru_cache(maxsize=4)
def load_mechanisms(path: Path = SCHEME_PATH) -> tuple[Mechanism, ...]:
    """All concepts of the scheme, in file order of their ids."""
    graph = Graph().parse(path, format="turtle")
    mechanisms = []
    for concept in sorted(set(graph.subjects(SKOS.inScheme, None))):
        labels = [str(v) for v in graph.objects(concept, SKOS.altLabel)]
        labels += [str(v) for v in graph.objects(concept, SKOS.hiddenLabel)]
        broader = graph.value(concept, SKOS.broader)
        definition = graph.value(concept, SKOS.definition)
        mechanisms.append(
            Mechanism(
                id=mechanism_id(str(concept)),
                label=str(graph.value(concept, SKOS.prefLabel)),
                alt_labels=tuple(sorted(labels)),
                definition=str(definition) if definition else None,
                broader=mechanism_id(str(broader)) if broader else None,
            )
        )
    return tuple(mechanisms)


def mechanisms_by_id() -> dict[str, Mechanism]:
    return {m.id: m for m in load_mechanisms()}


def mechanism_label(mechanism_id_: str) -> str:
    """The display label of a mechanism id, or the id itself if the scheme lacks it."""
    mechanism = mechanisms_by_id().get(mechanism_id_)
    return mechanism.label if mechanism else mechanism_id_.replace("_", " ")
