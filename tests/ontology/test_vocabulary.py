"""Every NC term is defined in ontology/vocabulary.ttl, and every term the mapping writes is an NC term."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import PROV

import ontology
from kg.mapping import extractions_to_graph
from ontology.models import Extraction
from ontology.namespaces import NC, OA

VOCABULARY = Graph().parse(Path(ontology.__file__).with_name("vocabulary.ttl"), format="turtle")


def nc_terms() -> list[URIRef]:
    return [URIRef(str(NC._NS) + name) for name in NC.__annotations__]


def test_vocabulary_defines_every_nc_term_with_label_and_comment() -> None:
    for iri in nc_terms():
        assert (iri, RDF.type, None) in VOCABULARY, f"{iri} is not declared"
        assert VOCABULARY.value(iri, RDFS.label) is not None, f"{iri} has no rdfs:label"
        assert VOCABULARY.value(iri, RDFS.comment) is not None, f"{iri} has no rdfs:comment"


def test_vocabulary_declares_nothing_the_namespace_lacks() -> None:
    base = str(NC._NS)
    declared = {s for s in VOCABULARY.subjects(RDF.type, None) if str(s).startswith(base) and str(s) != base}
    assert declared <= set(nc_terms())


def test_mapping_uses_only_defined_nc_terms(sample_extractions: list[Extraction]) -> None:
    used = {term for triple in extractions_to_graph(sample_extractions) for term in triple
            if isinstance(term, URIRef) and str(term).startswith(str(NC._NS))}
    assert used, "the mapping should use NC terms"
    undefined = {t for t in used if (t, RDF.type, None) not in VOCABULARY}
    assert not undefined


def test_vocabulary_links_to_reused_vocabularies() -> None:
    assert (NC.Claim, RDFS.subClassOf, PROV.Entity) in VOCABULARY
    assert (NC.Evidence, RDFS.subClassOf, OA.Annotation) in VOCABULARY
    assert (NC.Expert, RDFS.subClassOf, PROV.Person) in VOCABULARY
