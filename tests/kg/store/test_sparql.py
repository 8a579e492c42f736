"""What only the HTTP backend adds: endpoint naming, the update-only write path, clear errors."""

from __future__ import annotations

import pytest

from kg.config import StoreConfig, open_store
from kg.mapping import mechanism_iri
from kg.server import free_port
from kg.store.base import QueryTimeout, StoreError
from kg.store.sparql import SparqlServerStore, values_clause, with_values
from ontology.models import Extraction


def test_sparql_store_derives_oxigraph_endpoints() -> None:
    store = SparqlServerStore("http://127.0.0.1:7878/query")
    assert store.update_endpoint == "http://127.0.0.1:7878/update"
    assert store.store_endpoint == "http://127.0.0.1:7878/store"


def test_values_clause_escapes_hostile_values() -> None:
    clause = values_clause({"name": '"} } ; DROP ALL #\n', "m": mechanism_iri("glia")})
    assert clause.startswith(" VALUES (?name ?m)")
    assert '\\"} } ; DROP ALL #\\n"' in clause


def test_with_values_opens_the_where_group() -> None:
    query = 'CONSTRUCT { ?s ?p "{" } WHERE { ?s ?p ?o FILTER(?o = ?x) }'
    bound = with_values(query, {"x": 1})
    assert bound.startswith('CONSTRUCT { ?s ?p "{" } WHERE { VALUES (?x) {')
    assert with_values("ASK { ?s ?p ?x }", {"x": "a"}).startswith('ASK { VALUES (?x) { ("a") }')


def test_values_clause_rejects_odd_parameter_names() -> None:
    with pytest.raises(StoreError, match="parameter name"):
        values_clause({"x) } DROP ALL": "1"})


def test_sparql_store_server_down_is_a_clear_error() -> None:
    store = SparqlServerStore(f"http://127.0.0.1:{free_port()}/query", http_timeout_s=2)
    with pytest.raises(StoreError, match="cannot reach the SPARQL server"):
        store.triple_count()


def test_open_store_sparql_backend_needs_an_endpoint() -> None:
    with pytest.raises(StoreError, match="NEUROCLAIMS_ENDPOINT"):
        open_store(StoreConfig(backend="sparql"))


@pytest.mark.server
def test_sparql_store_update_path_replaces_a_source(oxigraph_server: str,
                                                    sample_extractions: list[Extraction]) -> None:
    store = SparqlServerStore(f"{oxigraph_server}/query")
    store._update("DROP ALL")
    store.store_endpoint = None  # as for a server that only speaks SPARQL Update
    for extraction in sample_extractions:
        store.put_extraction(extraction)
    store.put_extraction(sample_extractions[0])
    assert store.extractions() == sorted(sample_extractions, key=lambda e: e.source.id)


@pytest.mark.server
def test_sparql_store_read_only_refuses_writes(oxigraph_server: str,
                                               sample_extractions: list[Extraction]) -> None:
    store = SparqlServerStore(f"{oxigraph_server}/query", read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        store.put_extraction(sample_extractions[0])


@pytest.mark.server
def test_sparql_store_query_times_out(oxigraph_server: str, sample_extractions: list[Extraction]) -> None:
    store = SparqlServerStore(f"{oxigraph_server}/query")
    for extraction in sample_extractions:
        store.put_extraction(extraction)
    explosive = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g nc:position ?i }"  # ~1 s
    with pytest.raises(QueryTimeout):
        store.query(explosive, timeout_s=0.1)


def test_with_values_binds_sub_selects_that_project_the_parameter() -> None:
    from rdflib import URIRef

    query = ("SELECT ?m ?n WHERE { { SELECT ?m (COUNT(*) AS ?n) WHERE { ?c <urn:p> ?m } GROUP BY ?m } "
             "{ SELECT (?x AS ?m) WHERE { ?x <urn:q> ?y } } }")
    out = with_values(query, {"m": URIRef("urn:a")})
    assert out.count("VALUES") == 2  # the outer group and the first sub-select, not the (?x AS ?m) one
    assert "WHERE { VALUES (?m) { (<urn:a>) } ?c <urn:p> ?m }" in " ".join(out.split())
