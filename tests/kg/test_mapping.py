from __future__ import annotations

from rdflib import BNode, Dataset, Graph, Literal
from rdflib.namespace import FOAF, PROV

from kg.mapping import (
    claim_iri,
    evidence_iri,
    extraction_to_graph,
    graph_to_extractions,
    mechanism_iri,
    source_iri,
)
from ontology.models import Claim, Evidence, Extraction, Quantity
from ontology.namespaces import NC, OA


def test_extraction_to_graph_round_trips_every_sample(
        sample_extractions: list[Extraction]) -> None:
    for extraction in sample_extractions:
        assert graph_to_extractions(extraction_to_graph(extraction)) == [extraction]


def test_extraction_to_graph_uses_no_blank_nodes(
        sample_extractions: list[Extraction]) -> None:
    graph = extraction_to_graph(sample_extractions[1])
    assert not any(isinstance(term, BNode) for triple in graph for term in triple)


def test_extraction_to_graph_keeps_full_source_text(
        sample_extractions: list[Extraction]) -> None:
    source = sample_extractions[0].source
    graph = extraction_to_graph(sample_extractions[0])
    assert graph.value(source_iri(source.id), NC.sourceText) == Literal(source.text)


def test_extraction_to_graph_evidence_is_a_web_annotation(
        sample_extractions: list[Extraction]) -> None:
    extraction = sample_extractions[0]
    claim = extraction.claims[1]
    graph = extraction_to_graph(extraction)
    annotation = evidence_iri(claim.id)
    assert graph.value(annotation, OA.hasBody) == claim_iri(claim.id)
    target = graph.value(annotation, OA.hasTarget)
    assert graph.value(target, OA.hasSource) == source_iri(extraction.source.id)
    selectors = list(graph.objects(target, OA.hasSelector))
    starts = [graph.value(s, OA.start) for s in selectors if graph.value(s, OA.start) is not None]
    exacts = [graph.value(s, OA.exact) for s in selectors if graph.value(s, OA.exact) is not None]
    assert starts == [Literal(claim.evidence.start)]
    assert exacts == [Literal(claim.evidence.quote)]
    text = extraction.source.text
    prefixes = [str(graph.value(s, OA.prefix)) for s in selectors if graph.value(s, OA.prefix) is not None]
    assert text[:claim.evidence.start].endswith(prefixes[0])


def test_extraction_to_graph_links_claim_to_speaker_and_mechanism(
        sample_extractions: list[Extraction]) -> None:
    extraction = sample_extractions[1]
    claim = extraction.claims[0]
    graph = extraction_to_graph(extraction)
    assert (claim_iri(claim.id), NC.about, mechanism_iri("neuron_io_complexity")) in graph
    speaker = graph.value(claim_iri(claim.id), PROV.wasAttributedTo)
    assert graph.value(speaker, NC.named) == Literal(False)


def test_graph_to_extractions_keeps_list_order_that_is_not_sorted(
        sample_extractions: list[Extraction]) -> None:
    extraction = sample_extractions[1]
    claim = extraction.claims[0]
    assert list(claim.topics) != sorted(claim.topics)
    back = graph_to_extractions(extraction_to_graph(extraction))[0]
    assert back.claims[0].topics == claim.topics


def test_graph_to_extractions_tolerates_a_topic_added_later(
        sample_extractions: list[Extraction]) -> None:
    extraction = sample_extractions[1]
    claim = extraction.claims[0]
    graph = extraction_to_graph(extraction)
    graph.add((claim_iri(claim.id), NC.about, mechanism_iri("glia")))
    assert graph_to_extractions(graph)[0].claims[0].topics == (*claim.topics, "glia")


def test_graph_to_extractions_reads_a_dataset_graph_by_graph(
        sample_extractions: list[Extraction]) -> None:
    dataset = Dataset()
    for extraction in sample_extractions:
        named = dataset.graph(source_iri(extraction.source.id))
        for triple in extraction_to_graph(extraction):
            named.add(triple)
    assert graph_to_extractions(dataset) == sorted(sample_extractions, key=lambda e: e.source.id)


def test_graph_to_extractions_on_a_merged_graph(
        sample_extractions: list[Extraction]) -> None:
    merged = Graph()
    for extraction in sample_extractions:
        merged += extraction_to_graph(extraction)
    assert graph_to_extractions(merged) == sorted(sample_extractions, key=lambda e: e.source.id)


def test_extraction_to_graph_round_trips_awkward_text(
        sample_extractions: list[Extraction]) -> None:
    source = sample_extractions[0].source.model_copy(
        update={"id": "odd id/with?chars", "segments": (),
                "text": 'He said "10\\n FLOPs"\r\n— ünïcode\ttab <b>'})
    quote = '"10\\n FLOPs"\r\n'
    start = source.text.index(quote)
    evidence = Evidence(source_id=source.id, start=start, end=start + len(quote), quote=quote)
    speaker = sample_extractions[0].claims[0].speaker
    claim = Claim(id=Claim.make_id(evidence), evidence=evidence, speaker=speaker,
                  topics=("a topic with spaces",),
                  quantities=(Quantity(parameter="p", low=0.1, high=1e30, text="10"),))
    extraction = Extraction(source=source, claims=(claim,))
    assert graph_to_extractions(extraction_to_graph(extraction)) == [extraction]


def test_graph_to_extractions_keeps_repeated_cues(sample_extractions: list[Extraction]) -> None:
    extraction = sample_extractions[0]
    claim = extraction.claims[0].model_copy(update={"certainty_cues": ("I think", "probably", "I think")})
    changed = extraction.model_copy(update={"claims": (claim, *extraction.claims[1:])})
    assert graph_to_extractions(extraction_to_graph(changed))[0].claims[0].certainty_cues == (
        "I think", "probably", "I think")


def test_extraction_to_graph_claim_shortcuts_match_annotation_and_speaker(
        sample_extractions: list[Extraction]) -> None:
    for extraction in sample_extractions:
        graph = extraction_to_graph(extraction)
        for claim in extraction.claims:
            c = claim_iri(claim.id)
            exacts = set(graph.objects(c, NC.hasEvidence / OA.hasTarget / OA.hasSelector / OA.exact))
            names = set(graph.objects(c, PROV.wasAttributedTo / FOAF.name))
            assert set(graph.objects(c, NC.quote)) == exacts == {Literal(claim.evidence.quote)}
            assert set(graph.objects(c, NC.speakerName)) == names == {Literal(claim.speaker.name)}
