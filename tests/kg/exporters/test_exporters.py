"""Every registered exporter is tested for free; RDF exports must re-import to the same graph."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

from kg.exporters.claims import extraction_records
from kg.exporters.claims_csv import COLUMNS, csv_row
from kg.exporters.nanopub import extractions_to_nanopubs, nanopub_iri, part_iri, split_claim
from kg.exporters.registry import ExportError, exporters, get_exporter
from kg.mapping import (
    claim_iri,
    claim_triples,
    extractions_to_dataset,
    extractions_to_graph,
    graph_to_extractions,
)
from ontology.models import Extraction
from ontology.namespaces import NC, NP

RDFLIB_FORMAT = {"turtle": "turtle", "jsonld": "json-ld", "nquads": "nquads", "trig": "trig"}


def export(target: str, fmt: str, extractions: list[Extraction]) -> tuple[bytes, int]:
    out = io.BytesIO()
    count = get_exporter(target, fmt).write(extractions, out)
    return out.getvalue(), count


def by_id(extractions: list[Extraction]) -> list[Extraction]:
    return sorted(extractions, key=lambda e: e.source.id)


def test_registry_has_the_documented_formats() -> None:
    assert {(e.target, e.format) for e in exporters()} >= {
        ("claims", "jsonl"), ("claims", "csv"), ("graph", "turtle"), ("graph", "jsonld"), ("graph", "trig"),
        ("graph", "nquads")}
    with pytest.raises(ExportError, match="known: .*jsonl"):
        get_exporter("claims", "xlsx")


@pytest.mark.parametrize("exporter", exporters(), ids=lambda e: f"{e.target}-{e.format}")
def test_every_exporter_writes_utf8_with_a_count(exporter, sample_extractions: list[Extraction]) -> None:  # noqa: ANN001
    out = io.BytesIO()
    count = exporter.write(sample_extractions, out)
    text = out.getvalue().decode("utf-8")
    assert count > 0 and text.strip()
    assert "Beniaguev, Segev & London (2021)" in text or "Beniaguev, Segev &amp; London" in text


@pytest.mark.parametrize("fmt", ["turtle", "jsonld"])
def test_merged_graph_exports_reimport_isomorphic_and_to_the_same_models(
        fmt: str, sample_extractions: list[Extraction]) -> None:
    data, _ = export("graph", fmt, sample_extractions)
    back = Graph().parse(data=data, format=RDFLIB_FORMAT[fmt])
    assert isomorphic(back, extractions_to_graph(sample_extractions))
    assert graph_to_extractions(back) == by_id(sample_extractions)


def _same_dataset(a: Dataset, b: Dataset) -> bool:
    graphs_a = {g.identifier: g for g in a.graphs() if len(g)}
    graphs_b = {g.identifier: g for g in b.graphs() if len(g)}
    return graphs_a.keys() == graphs_b.keys() and all(isomorphic(graphs_a[k], graphs_b[k]) for k in graphs_a)


def test_nquads_export_keeps_one_graph_per_source(sample_extractions: list[Extraction]) -> None:
    data, _ = export("graph", "nquads", sample_extractions)
    back = Dataset().parse(data=data, format="nquads")
    assert _same_dataset(back, extractions_to_dataset(sample_extractions))
    assert graph_to_extractions(back) == by_id(sample_extractions)


def test_trig_export_reimports_isomorphic(sample_extractions: list[Extraction], monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    data, count = export("graph", "trig", sample_extractions)
    assert count == 9
    back = Dataset().parse(data=data, format="trig")
    assert _same_dataset(back, extractions_to_nanopubs(sample_extractions))


def test_trig_nanopubs_have_the_nanopub_shape(sample_extractions: list[Extraction]) -> None:
    dataset = extractions_to_nanopubs(sample_extractions)
    for extraction in sample_extractions:
        for claim in extraction.claims:
            np_iri = nanopub_iri(claim.id)
            head = dataset.graph(part_iri(claim.id, "Head"))
            assert (np_iri, None, NP.Nanopublication) in head
            predicates = (NP.hasAssertion, NP.hasProvenance, NP.hasPublicationInfo)
            parts = {p: head.value(np_iri, p) for p in predicates}
            assert len(set(parts.values())) == 3
            assert all(str(g).startswith(str(np_iri)) for g in parts.values())
            assertion, provenance, pubinfo = (dataset.graph(parts[p]) for p in parts)
            assert len(assertion) and len(provenance) and len(pubinfo)
            assert (parts[NP.hasAssertion], PROV.wasAttributedTo, None) in provenance
            assert (np_iri, PROV.generatedAtTime, None) in pubinfo
            assert (claim_iri(claim.id), NC.effect if claim.effect else NC.certainty, None) in assertion


def test_trig_nanopubs_lose_none_of_the_claim(sample_extractions: list[Extraction]) -> None:
    extraction = sample_extractions[0]
    for position, claim in enumerate(extraction.claims):
        triples = claim_triples(claim, extraction.source, position)
        assertion, provenance = split_claim(claim, triples)
        assert sorted(assertion + provenance) == sorted(triples)
        assert all(p != PROV.wasAttributedTo for _, p, _ in assertion)


def test_claims_jsonl_lines_are_the_records(sample_extractions: list[Extraction]) -> None:
    data, count = export("claims", "jsonl", sample_extractions)
    lines = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert count == len(lines) == 9
    assert lines == list(extraction_records(sample_extractions))


def test_claims_csv_rows_are_the_flattened_records(sample_extractions: list[Extraction]) -> None:
    data, count = export("claims", "csv", sample_extractions)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert count == len(rows) == 9 and tuple(rows[0]) == COLUMNS
    expected = [{k: str(v) for k, v in csv_row(r).items()} for r in extraction_records(sample_extractions)]
    assert rows == expected
    druckmann = [r for r in rows if "1 and 100" in r["text"]][0]
    assert json.loads(druckmann["quantities"])[0]["best"] == 10.0


def test_trig_nanopubs_pass_the_nanopub_toolkit_check(sample_extractions: list[Extraction]) -> None:
    nanopub_sign = pytest.importorskip("nanopub_sign", reason="the nanopub toolkit: pip install nanopub-sign")
    dataset = extractions_to_nanopubs(sample_extractions)
    for claim in (c for e in sample_extractions for c in e.claims):
        one = Dataset()
        for part in ("Head", "assertion", "provenance", "pubinfo"):
            named = one.graph(part_iri(claim.id, part))
            for triple in dataset.graph(part_iri(claim.id, part)):
                named.add(triple)
        nanopub_sign.Nanopub(one.serialize(format="trig")).check()  # raises on an invalid nanopublication


def test_trig_export_is_the_same_file_in_every_process(tmp_path) -> None:  # noqa: ANN001
    """rdflib wrote named graphs in hash order, so two exports of one graph differed from line 13."""
    import os
    import subprocess
    import sys

    script = (
        "import sys; from tests.sample_data import make_sample_extractions; "
        "from kg.exporters.registry import get_exporter; "
        "get_exporter('graph', 'trig').write(make_sample_extractions(), sys.stdout.buffer)"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "0"}
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1 and b"np:hasAssertion" in outputs.pop()
