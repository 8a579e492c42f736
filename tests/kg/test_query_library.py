"""The named queries, run on every store backend, and the safety of their parameters."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.query_library import (
    QueryParameterError,
    bind_params,
    list_queries,
    load_query,
    parse_query_file,
    run_named,
)
from kg.store.base import Store, StoreError

HOSTILE = '" } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o } #'


def test_list_queries_every_file_has_title_description_and_params() -> None:
    queries = list_queries()
    assert {"claims_by_mechanism", "claims_by_expert", "claims_by_source", "quantities", "disagreements",
            "claims_citing", "mechanism_evidence"} <= {q.name for q in queries}
    for query in queries:
        assert query.title and query.description, query.name
        for param in query.params:
            selected = query.text.split("WHERE")[0]
            assert f"?{param.name}" in selected, f"{query.name}: ?{param.name} not selected"


def test_named_queries_all_run(sample_store: Store) -> None:
    for query in list_queries():
        assert run_named(sample_store, query.name).rows, query.name


def test_claims_by_mechanism_filters(sample_store: Store) -> None:
    rows = run_named(sample_store, "claims_by_mechanism", {"mechanism": "dendritic_computation"}).rows
    assert sorted(row["speaker"] for row in rows) == ["Shaul Druckmann", "post author"]


def test_claims_by_expert_spans_only_that_person(sample_store: Store) -> None:
    rows = run_named(sample_store, "claims_by_expert", {"expert": "Shaul Druckmann"}).rows
    assert len(rows) == 4 and {row["expert"] for row in rows} == {"Shaul Druckmann"}


def test_claims_by_source_in_text_order(sample_store: Store) -> None:
    rows = run_named(sample_store, "claims_by_source", {"source": "sample-forum-2021"}).rows
    assert [row["start"] for row in rows] == sorted(row["start"] for row in rows) and len(rows) == 4


def test_quantities_per_parameter(sample_store: Store) -> None:
    rows = run_named(sample_store, "quantities", {"parameter": "flops_per_spike_through_synapse"}).rows
    values = {(row["low"], row["best"], row["high"]) for row in rows}
    assert values == {(None, 1.0, None), (1.0, 10.0, 100.0)}


def test_disagreements_pairs_conflicting_speakers(sample_store: Store) -> None:
    rows = run_named(sample_store, "disagreements", {"mechanism": "synaptic_transmission"}).rows
    pairs = {frozenset((row["speaker_a"], row["speaker_b"])) for row in rows}
    assert pairs == {frozenset(("Shaul Druckmann", "Geoffrey Irving")),
                     frozenset(("commenter 2", "Geoffrey Irving"))}


def test_claims_citing_matches_substring_case_insensitively(sample_store: Store) -> None:
    rows = run_named(sample_store, "claims_citing", {"work": "beniaguev"}).rows
    assert [row["cites"] for row in rows] == ["Beniaguev, Segev & London (2021)"]


def test_mechanism_evidence_gives_exact_text_and_context(sample_store: Store) -> None:
    rows = run_named(sample_store, "mechanism_evidence", {"mechanism": "neuron_synapse_counts"}).rows
    assert rows[0]["text"] == "the human brain has roughly 1e14 to 1e15 synapses"
    assert rows[0]["prefix"].endswith("Mr. Carlsmith noted that ")
    assert rows[0]["numbers"] == "1e14 to 1e15 synapses"


@pytest.mark.parametrize(("name", "param"), [
    (query.name, param.name) for query in list_queries() for param in query.params
    if param.kind in ("string", "source")])
def test_named_query_parameters_resist_injection(sample_store: Store, name: str, param: str) -> None:
    before = sample_store.triple_count()
    result = run_named(sample_store, name, {param: HOSTILE})
    assert result.rows == [] or all(row.get(param) in (None, HOSTILE) for row in result.rows)
    assert sample_store.triple_count() == before


@pytest.mark.parametrize(("name", "param"), [
    (query.name, param.name) for query in list_queries() for param in query.params
    if param.kind == "mechanism"])
def test_mechanism_parameters_accept_only_known_ids(name: str, param: str) -> None:
    with pytest.raises(QueryParameterError, match="unknown mechanism"):
        bind_params(load_query(name), {param: "glia> } DROP ALL #"})


def test_bind_params_rejects_undeclared_names() -> None:
    with pytest.raises(QueryParameterError, match="no parameter 'nope'"):
        bind_params(load_query("quantities"), {"nope": "x"})


def test_load_query_unknown_name_lists_known() -> None:
    with pytest.raises(QueryParameterError, match="claims_by_mechanism"):
        load_query("no_such_query")


def test_parse_query_file_requires_a_title(tmp_path: Path) -> None:
    path = tmp_path / "bad.rq"
    path.write_text("# description: no title\nSELECT * WHERE { ?s ?p ?o }\n")
    with pytest.raises(StoreError, match="bad.rq.*title"):
        parse_query_file(path)
    assert parse_query_file(path, require_title=False).title == "bad"  # a user's own file may go without
