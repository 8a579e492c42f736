"""The real corpus through the real ingester into the store and back: nothing lost, shapes conform."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.mapping import extractions_to_graph
from kg.store.oxigraph import OxigraphStore
from kg.validate import validate

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.mark.slow
def test_real_corpus_round_trips_through_the_store() -> None:
    from ingest.extract import extract_many
    from neuroclaims.pipeline import IngestReport, read_documents

    report = IngestReport()
    sources = [source for _, source in read_documents([CORPUS], None, report)]
    assert sources and not report.failed
    extractions = sorted(extract_many(sources), key=lambda e: e.source.id)
    store = OxigraphStore()
    for extraction in extractions:
        store.put_extraction(extraction)
    back = store.extractions()
    for original, stored in zip(extractions, back, strict=True):
        assert stored.source == original.source
        mismatched = [c.id for c, s in zip(original.claims, stored.claims, strict=True) if c != s]
        assert not mismatched, f"{original.source.id}: {len(mismatched)} claims changed in the store"
    conforms, report_text = validate(extractions_to_graph(back))
    assert conforms, report_text[:2000]
