"""The graph commands end to end on the sample store (query, stats, export, graph)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from neuroclaims.cli import app

runner = CliRunner()


def test_stats_command_prints_counts(sample_store_dir: Path) -> None:
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 0, result.output
    assert "claims" in result.output and " 9 " in result.output


def test_stats_command_without_a_store_says_to_ingest(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("NEUROCLAIMS_STORE", str(tmp_path / "missing"))
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 2
    assert "neuroclaims ingest" in result.output


def test_query_command_runs_a_named_query_as_json(sample_store_dir: Path) -> None:
    result = runner.invoke(app, ["query", "claims_by_mechanism", "-p", "mechanism=dendritic_computation",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert {row["speaker"] for row in payload["rows"]} == {"Shaul Druckmann", "post author"}


def test_query_command_runs_sparql_text_as_csv_with_limit(sample_store_dir: Path) -> None:
    result = runner.invoke(app, ["query", "SELECT ?c WHERE { ?c a nc:Claim } ORDER BY ?c", "-f", "csv",
                                 "--limit", "2"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "c" and len(lines) == 3


@pytest.mark.parametrize("header", ["# title: Count claims\n", ""])  # a plain SPARQL file needs no header
def test_query_command_runs_a_query_file(sample_store_dir: Path, tmp_path: Path, header: str) -> None:
    path = tmp_path / "count.rq"
    path.write_text(header + "SELECT (COUNT(*) AS ?n) WHERE { ?c a nc:Claim }\n")
    result = runner.invoke(app, ["query", str(path), "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", "9"]


def test_query_command_refuses_updates(sample_store_dir: Path) -> None:
    result = runner.invoke(app, ["query", "DROP ALL"])
    assert result.exit_code == 2
    assert "would change the graph" in result.output


def test_query_command_binds_hostile_text_params(sample_store_dir: Path) -> None:
    hostile = '" } } ; DROP ALL #'
    result = runner.invoke(app, ["query", "claims_by_expert", "-p", f"expert={hostile}", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rows"] == []
    assert "9" in runner.invoke(app, ["stats"]).output


def test_query_command_unknown_param_is_named(sample_store_dir: Path) -> None:
    result = runner.invoke(app, ["query", "quantities", "-p", "bogus=1"])
    assert result.exit_code == 2 and "bogus" in result.output


def test_query_command_lists_named_queries() -> None:
    result = runner.invoke(app, ["query", "--list"])
    assert result.exit_code == 0 and "disagreements" in result.output


def test_export_claims_jsonl_to_a_file(sample_store_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["export", "claims", "--format", "jsonl", "--output", str(target)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 9
    assert {"id", "source", "text", "speaker", "topics", "quantities"} <= set(records[0])


def test_export_graph_turtle_reimports_to_the_stored_models(sample_store_dir: Path, tmp_path: Path,
                                                            sample_extractions) -> None:  # noqa: ANN001
    from rdflib import Graph

    from kg.mapping import graph_to_extractions

    target = tmp_path / "graph.ttl"
    result = runner.invoke(app, ["export", "graph", "-f", "turtle", "-o", str(target)])
    assert result.exit_code == 0, result.output
    back = graph_to_extractions(Graph().parse(target, format="turtle"))
    assert back == sorted(sample_extractions, key=lambda e: e.source.id)


def test_export_unknown_format_lists_known(sample_store_dir: Path) -> None:
    result = runner.invoke(app, ["export", "graph", "-f", "xlsx"])
    assert result.exit_code == 2 and "turtle" in result.output


def test_graph_command_writes_graphml(sample_store_dir: Path, tmp_path: Path) -> None:
    import networkx as nx

    target = tmp_path / "em.graphml"
    result = runner.invoke(app, ["graph", "expert_mechanism", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "most central mechanisms: synaptic transmission" in " ".join(result.stderr.split())
    assert nx.read_graphml(target).number_of_edges() == 9


def test_graph_command_json_is_node_link(sample_store_dir: Path) -> None:
    result = runner.invoke(app, ["graph", "agreement", "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {link["relation"] for link in data["links"]} == {"agree", "conflict"}
    conflicts = sum(link["relation"] == "conflict" for link in data["links"])
    summary = " ".join(result.stderr.split())
    assert f"{conflicts} conflicting pairs" in summary and "most contested mechanisms:" in summary


def test_stats_command_validates_with_shacl(sample_store_dir: Path) -> None:
    result = runner.invoke(app, ["stats", "--validate"])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


@pytest.mark.server
def test_query_command_against_a_sparql_server(oxigraph_server: str, sample_extractions, monkeypatch) -> None:  # noqa: ANN001
    from kg.store.sparql import SparqlServerStore

    store = SparqlServerStore(f"{oxigraph_server}/query")
    store._update("DROP ALL")
    for extraction in sample_extractions:
        store.put_extraction(extraction)
    monkeypatch.setenv("NEUROCLAIMS_ENDPOINT", f"{oxigraph_server}/query")
    monkeypatch.delenv("NEUROCLAIMS_STORE", raising=False)
    result = runner.invoke(app, ["query", "claims_citing", "-p", "work=carlsmith", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert [row["speaker"] for row in json.loads(result.stdout)["rows"]] == ["commenter 2"]
    assert " 9 " in runner.invoke(app, ["stats"]).output


def test_serve_command_with_a_remote_endpoint_prints_it(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("NEUROCLAIMS_ENDPOINT", "http://graph.example.org:3030/ds/query")
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 0, result.output
    assert "http://graph.example.org:3030/ds/query" in result.output and "curl" in result.output


def test_query_command_times_out_with_advice(sample_store_dir: Path) -> None:
    explosive = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g nc:position ?i }"  # ~1 s
    result = runner.invoke(app, ["query", explosive, "--timeout", "0.1"])
    assert result.exit_code == 2
    assert "--timeout" in result.output
