"""ORDER BY done in Python (kg.store.ordering): which queries qualify, SPARQL's order rules, ties, the
row cap, the fall-back to the store's own sort, and the same order on every backend."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kg.query_library import bind_params, list_queries, load_query, run_named
from kg.store.base import Store
from kg.store.ordering import class_and_value, plan_order, sort_rows
from kg.store.oxigraph import OxigraphStore
from kg.store.terms import ox_classify, ox_describe
from ontology.models import Extraction

XSD = "http://www.w3.org/2001/XMLSchema#"

# Parameter values that match something in tests/sample_data.py.
SAMPLE_PARAMS = {
    "claims_by_expert": {"expert": "Shaul Druckmann"},
    "claims_by_mechanism": {"mechanism": "synaptic_transmission"},
    "claims_by_source": {"source": "sample-forum-2021"},
    "claims_citing": {"work": "beniaguev"},
    "disagreements": {"mechanism": "synaptic_transmission"},
    "mechanism_evidence": {"mechanism": "neuron_synapse_counts"},
    "quantities": {"parameter": "flops_per_spike_through_synapse"},
}


def lit(value: str, datatype: str = "", language: str = "") -> tuple[str, str, str, str]:
    return ("literal", value, datatype, language)


def iri(value: str) -> tuple[str, str, str, str]:
    return ("iri", value, "", "")


def same(term: object) -> object:
    return term


# --- which queries are sorted in Python -------------------------------------------------------

def test_plan_order_strips_a_final_order_by_of_variables() -> None:
    plan = plan_order("SELECT ?a ?b WHERE { ?a ?p ?b } ORDER BY ?a DESC(?b) asc( $c )\n")
    assert plan is not None
    assert plan.keys == (("a", False), ("b", True), ("c", False))
    assert "ORDER" not in plan.unordered and plan.unordered.startswith("SELECT ?a ?b WHERE { ?a ?p ?b }")


@pytest.mark.parametrize("sparql", [
    "SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?a LIMIT 10",           # the store must sort to cut
    "SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?a OFFSET 2",
    "SELECT ?a WHERE { ?a ?p ?o } ORDER BY STR(?a)",               # an expression
    "SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?a LIMIT 1 } }",  # inside a sub-select
    "SELECT ?a WHERE { ?a ?p ?o }",
    "ASK { ?a ?p ?o }",
    'CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o } ORDER BY ?a',
    'SELECT ?a WHERE { ?a ?p "ORDER BY ?a" } # ORDER BY ?a',       # in a string and a comment only
])
def test_plan_order_leaves_other_queries_to_the_store(sparql: str) -> None:
    assert plan_order(sparql) is None


def test_plan_order_keeps_the_text_of_strings_and_iris() -> None:
    plan = plan_order('SELECT ?a WHERE { ?a <urn:order> "x { y" } ORDER BY ?a')
    assert plan is not None and '<urn:order> "x { y" }' in plan.unordered


# --- SPARQL's order rules ---------------------------------------------------------------------

def test_sort_rows_orders_numbers_numerically_and_strings_by_code_point() -> None:
    rows = [[lit("10", f"{XSD}integer"), lit("b")], [lit("9.5", f"{XSD}double"), lit("B")],
            [lit("9", f"{XSD}integer"), lit("é")], [lit("9", f"{XSD}integer"), lit("z")]]
    assert sort_rows(rows, ["n", "s"], [("n", False), ("s", False)], same) == [rows[3], rows[2], rows[1],
                                                                              rows[0]]
    assert sort_rows(rows, ["n", "s"], [("s", False)], same) == [rows[1], rows[0], rows[3], rows[2]]


def test_sort_rows_puts_unbound_first_and_last_when_descending() -> None:
    rows = [[lit("b")], [None], [lit("a")]]
    assert sort_rows(rows, ["x"], [("x", False)], same) == [[None], [lit("a")], [lit("b")]]
    assert sort_rows(rows, ["x"], [("x", True)], same) == [[lit("b")], [lit("a")], [None]]


def test_sort_rows_breaks_ties_by_every_column_whatever_the_input_order() -> None:
    rows = [[lit("k"), iri("urn:b"), lit("2", f"{XSD}integer")], [lit("k"), iri("urn:a"), None],
            [lit("k"), iri("urn:b"), lit("1", f"{XSD}integer")], [lit("j"), iri("urn:z"), None]]
    expected = [rows[3], rows[1], rows[2], rows[0]]
    for shuffled in (rows, rows[::-1], [rows[2], rows[0], rows[3], rows[1]]):
        assert sort_rows(shuffled, ["k", "c", "n"], [("k", False)], same) == expected


@pytest.mark.parametrize("column", [
    [iri("urn:a"), lit("a")],                                      # IRIs and literals
    [lit("1", f"{XSD}integer"), lit("a")],                         # numbers and strings
    [lit("a", "", "en"), lit("b", "", "en")],                      # language-tagged strings
    [lit("2024-01-01", f"{XSD}date"), lit("2023-01-01", f"{XSD}date")],
    [lit("NaN", f"{XSD}double"), lit("1", f"{XSD}double")],
    [("bnode", "b0", "", ""), ("bnode", "b1", "", "")],
])
def test_sort_rows_leaves_what_it_cannot_order_exactly_to_the_store(column: list) -> None:
    assert sort_rows([[term] for term in column], ["x"], [("x", False)], same) is None


def test_sort_rows_needs_the_keys_among_the_columns() -> None:
    assert sort_rows([[lit("a")]], ["x"], [("y", False)], same) is None


# --- on the stores ----------------------------------------------------------------------------

def _store_sorted(store: Store, sparql: str, bindings: dict, limit: int = 10_000) -> list[dict]:
    """The rows as the store itself orders them (a LIMIT keeps the sort in the store)."""
    return store.query(sparql.rstrip() + "\nLIMIT 1000000", bindings, limit=limit).rows


def _keys(rows: list[dict], sparql: str) -> list[tuple]:
    plan = plan_order(sparql)
    assert plan is not None
    return [tuple(row[name] for name, _ in plan.keys) for row in rows]


def _lists_as_sets(rows: list[dict]) -> list[dict]:
    """GROUP_CONCAT lists (mechanisms, cues, numbers) with their items sorted: SPARQL leaves the order
    of the items open, and Oxigraph's differs from one process to the next."""
    def items(value: object) -> object:
        return "|".join(sorted(value.replace("; ", ", ").split(", "))) if isinstance(value, str) else value
    return [{k: items(v) if k in ("mechanisms", "cues", "numbers") else v for k, v in row.items()}
            for row in rows]


def _cases() -> list[tuple[str, dict[str, str]]]:
    return [(q.name, {}) for q in list_queries()] + list(SAMPLE_PARAMS.items())


@pytest.mark.parametrize(("name", "params"), _cases())
def test_named_queries_sorted_here_match_the_store_sort(sample_store: Store, name: str,
                                                        params: dict[str, str]) -> None:
    query = load_query(name)
    assert plan_order(query.text) is not None, f"{name}: its ORDER BY is no longer sorted in Python"
    bindings = bind_params(query, params)
    ours = run_named(sample_store, name, params).rows
    theirs = _store_sorted(sample_store, query.text, bindings)
    assert ours, name
    assert _keys(ours, query.text) == _keys(theirs, query.text)
    assert sorted(map(repr, ours)) == sorted(map(repr, theirs))


@pytest.mark.parametrize(("name", "params"), _cases())
def test_named_queries_give_the_same_rows_in_the_same_order_on_every_backend(
        sample_store: Store, sample_extractions: list[Extraction], name: str, params: dict[str, str]) -> None:
    reference = OxigraphStore()
    for extraction in sample_extractions:
        reference.put_extraction(extraction)
    expected = run_named(reference, name, params)
    result = run_named(sample_store, name, params)
    assert result.columns == expected.columns
    assert _lists_as_sets(result.rows) == _lists_as_sets(expected.rows)


@pytest.mark.parametrize(("name", "params"), _cases())
def test_named_queries_keep_rdflib_order(sample_store: Store, name: str, params: dict[str, str]) -> None:
    """rdflib (in memory, its own ORDER BY) sorts the same rows into the same key order."""
    if name == "mechanism_evidence":
        pytest.skip("rdflib 7 cannot evaluate it (NotBoundError on GROUP_CONCAT over an empty OPTIONAL)")
    dataset = Dataset(default_union=True)
    dataset.parse(data=sample_store.dump("nquads"), format="nquads")
    query = load_query(name)
    results = dataset.query(query.text, initBindings=bind_params(query, params))
    plan = plan_order(query.text)
    assert plan is not None
    theirs = [tuple(None if row[k] is None else row[k].toPython() for k, _ in plan.keys) for row in results]
    ours = [tuple(row[k] for k, _ in plan.keys) for row in run_named(sample_store, name, params).rows]
    assert [tuple(map(str, row)) for row in ours] == [tuple(map(str, row)) for row in theirs]


def test_row_cap_keeps_the_first_rows_of_the_whole_order(sample_store: Store) -> None:
    sparql = "SELECT ?claim ?quote WHERE { ?claim nc:quote ?quote } ORDER BY DESC(?quote) ?claim"
    everything = sample_store.query(sparql)
    assert len(everything.rows) == 9 and not everything.truncated
    capped = sample_store.query(sparql, limit=4)
    assert capped.truncated and capped.rows == everything.rows[:4]
    assert capped.rows == _store_sorted(sample_store, sparql, {}, limit=4)


def test_columns_only_the_store_can_order_are_sorted_by_the_store(sample_store: Store) -> None:
    sparql = "SELECT ?o WHERE { ?c nc:certainty ?x ; ?p ?o } ORDER BY ?o"  # IRIs, strings and numbers
    rows = sample_store.query(sparql).rows
    assert [row["o"] for row in rows] == [row["o"] for row in _store_sorted(sample_store, sparql, {})]


def test_results_too_large_to_sort_here_are_sorted_by_the_store(sample_extractions: list[Extraction],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    store = OxigraphStore()
    for extraction in sample_extractions:
        store.put_extraction(extraction)
    sparql = "SELECT ?claim ?quote WHERE { ?claim nc:quote ?quote } ORDER BY ?quote"
    expected = store.query(sparql).rows
    monkeypatch.setattr("kg.store.terms.SORT_ROWS", 2)
    assert store.query(sparql, limit=3).rows == expected[:3]
    assert store.query(sparql).rows == expected


@pytest.mark.parametrize("term", [
    None, ox.NamedNode("urn:a"), ox.Literal("a"), ox.Literal("a", language="en"), ox.BlankNode("b0"),
    *(ox.Literal(value, datatype=ox.NamedNode(XSD + datatype)) for value, datatype in [
        ("7", "integer"), ("0.5", "double"), ("NaN", "double"), ("x", "integer"), ("2024-01-01", "date"),
        ("true", "boolean"), ("a", "string")]),
])
def test_ox_classify_is_the_general_rule_made_fast(term: object) -> None:
    assert ox_classify(term) == class_and_value(ox_describe(term))
