"""The SHACL shapes accept what the mapping writes and catch each kind of broken claim."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import FOAF, PROV

from kg.mapping import agent_iri, claim_iri, evidence_iri, extraction_to_graph, extractions_to_graph
from kg.validate import validate
from ontology.models import Extraction
from ontology.namespaces import ID, NC, OA, term


def test_validate_accepts_the_mapping_output(sample_extractions: list[Extraction]) -> None:
    conforms, report = validate(extractions_to_graph(sample_extractions))
    assert conforms, report


def _interview(extractions: list[Extraction]) -> tuple[Graph, Extraction]:
    return extraction_to_graph(extractions[0]), extractions[0]


def _position(extraction: Extraction, index: int = 0):  # noqa: ANN202
    return term(ID, f"{extraction.claims[index].id}/evidence/position")


def _quantity(extraction: Extraction):  # noqa: ANN202
    return term(ID, f"{extraction.claims[1].id}/quantity/0")


def certainty_out_of_range(g: Graph, e: Extraction) -> str:
    g.set((claim_iri(e.claims[0].id), NC.certainty, Literal(1.5)))
    return "between 0 and 1"


def two_speakers(g: Graph, e: Extraction) -> str:
    g.add((claim_iri(e.claims[0].id), PROV.wasAttributedTo, agent_iri(e.claims[3].speaker.id)))
    return "exactly one speaker"


def no_evidence(g: Graph, e: Extraction) -> str:
    g.remove((claim_iri(e.claims[0].id), NC.hasEvidence, evidence_iri(e.claims[0].id)))
    return "exactly one evidence"


def unknown_effect(g: Graph, e: Extraction) -> str:
    g.set((claim_iri(e.claims[0].id), NC.effect, Literal("maybe")))
    return "effect must be one of"


def start_after_end(g: Graph, e: Extraction) -> str:
    g.set((_position(e), OA.start, Literal(e.claims[0].evidence.end + 5)))
    return "start < end"


def empty_quote(g: Graph, e: Extraction) -> str:
    g.set((term(ID, f"{e.claims[0].id}/evidence/quote"), OA.exact, Literal("")))
    return "exact quoted text"


def low_above_high(g: Graph, e: Extraction) -> str:
    g.set((_quantity(e), NC.low, Literal(1000.0)))
    return "low must not exceed its high"


def quantity_without_numbers(g: Graph, e: Extraction) -> str:
    for prop in (NC.low, NC.high, NC.best):
        g.remove((_quantity(e), prop, None))
    return "at least one of low, high, best"


def unnamed_expert(g: Graph, e: Extraction) -> str:
    g.set((agent_iri(e.claims[0].speaker.id), NC.named, Literal(False)))
    return "named person"


def nameless_agent(g: Graph, e: Extraction) -> str:
    g.remove((agent_iri(e.claims[0].speaker.id), FOAF.name, None))
    return "needs a name"


@pytest.mark.parametrize("breakage", [certainty_out_of_range, two_speakers, no_evidence, unknown_effect,
                                      start_after_end, empty_quote, low_above_high, quantity_without_numbers,
                                      unnamed_expert, nameless_agent], ids=lambda f: f.__name__)
def test_validate_reports_each_breakage(breakage: Callable[[Graph, Extraction], str],
                                        sample_extractions: list[Extraction]) -> None:
    graph, extraction = _interview(sample_extractions)
    expected = breakage(graph, extraction)
    conforms, report = validate(graph)
    assert not conforms
    assert expected in report


def test_validate_warns_but_conforms_when_best_is_outside_the_range(
        sample_extractions: list[Extraction]) -> None:
    graph, extraction = _interview(sample_extractions)
    graph.set((_quantity(extraction), NC.best, Literal(500.0)))
    conforms, report = validate(graph)
    assert conforms and "above the stated range" in report
