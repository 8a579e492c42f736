"""The Store contract, run against every backend the `empty_store` fixture provides."""

from __future__ import annotations

import pytest

from kg.mapping import mechanism_iri
from kg.store.base import QueryError, QueryRefused, Store
from ontology.models import Extraction


def by_id(extractions: list[Extraction]) -> list[Extraction]:
    return sorted(extractions, key=lambda e: e.source.id)


def test_store_extractions_return_what_was_put(sample_store: Store,
        sample_extractions: list[Extraction]) -> None:
    assert sample_store.extractions() == by_id(sample_extractions)


def test_store_sources_and_claims(sample_store: Store,
        sample_extractions: list[Extraction]) -> None:
    assert [s.id for s in sample_store.sources()] == sorted(e.source.id for e in sample_extractions)
    assert {c.id for c in sample_store.claims()} == {c.id for e in sample_extractions for c in e.claims}


def test_store_put_extraction_replaces_the_source(sample_store: Store,
        sample_extractions: list[Extraction]) -> None:
    before = sample_store.triple_count()
    forum = sample_extractions[1]
    shorter = forum.model_copy(update={"claims": forum.claims[:1]})
    sample_store.put_extraction(shorter)
    assert sample_store.triple_count() < before
    assert by_id(sample_store.extractions()) == by_id([sample_extractions[0], shorter])
    sample_store.put_extraction(forum)
    assert sample_store.triple_count() == before


def test_store_put_extraction_twice_changes_nothing(sample_store: Store,
        sample_extractions: list[Extraction]) -> None:
    before = sample_store.triple_count()
    sample_store.put_extraction(sample_extractions[0])
    assert sample_store.triple_count() == before


def test_store_has_source_checks_checksum(sample_store: Store,
        sample_extractions: list[Extraction]) -> None:
    source = sample_extractions[0].source
    assert sample_store.has_source(source.id)
    assert sample_store.has_source(source.id, source.checksum)
    assert not sample_store.has_source(source.id, "0" * 64)
    assert not sample_store.has_source("no-such-source")


def test_store_remove_source_drops_only_that_source(sample_store: Store,
                                                    sample_extractions: list[Extraction]) -> None:
    sample_store.remove_source(sample_extractions[0].source.id)
    assert sample_store.extractions() == [sample_extractions[1]]
    assert not sample_store.has_source(sample_extractions[0].source.id)


def test_store_query_binds_parameters(sample_store: Store) -> None:
    result = sample_store.query(
        "SELECT DISTINCT ?m ?claim ?effect WHERE { ?claim nc:about ?m ; nc:effect ?effect } ORDER BY ?claim",
        {"m": mechanism_iri("synaptic_transmission")})
    assert result.columns == ["m", "claim", "effect"]
    assert sorted(row["effect"] for row in result.rows) == ["increases", "no_major_change", "no_major_change",
                                                          "no_major_change"]


def test_store_query_binding_is_not_pasted_into_text(sample_store: Store) -> None:
    hostile = '" } } ; DROP ALL ; SELECT * { ?s ?p ?o } #'
    result = sample_store.query("SELECT ?name ?a WHERE { ?a foaf:name ?name }", {"name": hostile})
    assert result.rows == []
    assert sample_store.triple_count() > 0


def test_store_query_returns_plain_values(sample_store: Store) -> None:
    result = sample_store.query(
        "SELECT ?q ?low ?high WHERE { ?q nc:parameter \"synapse_count\" ; nc:low ?low ; nc:high ?high }")
    assert result.rows[0]["low"] == 1e14 and isinstance(result.rows[0]["high"], float)
    assert isinstance(result.rows[0]["q"], str) and result.rows[0]["q"].startswith("https://")


def test_store_query_ask(sample_store: Store) -> None:
    assert sample_store.query("ASK { ?c a nc:Claim }").boolean is True
    assert sample_store.query("ASK { ?c a nc:Nope }").boolean is False


def test_store_query_caps_rows(sample_store: Store) -> None:
    result = sample_store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", limit=5)
    assert len(result.rows) == 5 and result.truncated
    assert not sample_store.query("SELECT ?c WHERE { ?c a nc:Claim }", limit=100).truncated


@pytest.mark.parametrize("update", [
    "DROP ALL", "CLEAR DEFAULT", "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }", "LOAD <http://example.org/x.ttl>", "CREATE GRAPH <urn:g>",
    "ADD DEFAULT TO <urn:g>", "MOVE DEFAULT TO <urn:g>", "COPY DEFAULT TO <urn:g>",
    "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "prefix x: <urn:x>\n# a comment\n  insert data { x:a x:b x:c }",
])
def test_store_query_refuses_updates_and_service(sample_store: Store, update: str) -> None:
    before = sample_store.triple_count()
    with pytest.raises(QueryRefused):
        sample_store.query(update)
    assert sample_store.triple_count() == before


def test_store_query_reports_bad_syntax(sample_store: Store) -> None:
    with pytest.raises(QueryError, match="SPARQL"):
        sample_store.query("SELECT * WHERE { ?s ?p ")


def test_store_dump_holds_every_quad(sample_store: Store) -> None:
    nquads = sample_store.dump("nquads").decode("utf-8")
    assert len([line for line in nquads.splitlines() if line.strip()]) == sample_store.triple_count()
