"""What only the embedded store promises: locking, read-only opening, time limits, crash safety."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kg.store.base import QueryTimeout, StoreError
from kg.store.oxigraph import OxigraphStore
from ontology.models import Extraction

ROOT = Path(__file__).resolve().parents[3]


def test_oxigraph_store_persists_on_disk(tmp_path: Path, sample_extractions: list[Extraction]) -> None:
    with OxigraphStore(tmp_path / "store") as store:
        for extraction in sample_extractions:
            store.put_extraction(extraction)
    with OxigraphStore(tmp_path / "store", read_only=True) as reopened:
        assert len(reopened.extractions()) == 2


def test_oxigraph_store_second_writer_gets_a_clear_error(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "store"):
        with pytest.raises(StoreError, match="open in another process"):
            OxigraphStore(tmp_path / "store")


def test_oxigraph_store_read_only_opens_beside_a_writer(tmp_path: Path,
                                                         sample_extractions: list[Extraction]) -> None:
    with OxigraphStore(tmp_path / "store") as writer:
        writer.put_extraction(sample_extractions[0])
        reader = OxigraphStore(tmp_path / "store", read_only=True)
        assert [e.source.id for e in reader.extractions()] == [sample_extractions[0].source.id]
        with pytest.raises(StoreError, match="read-only"):
            reader.put_extraction(sample_extractions[1])


def test_oxigraph_store_read_only_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="neuroclaims ingest"):
        OxigraphStore(tmp_path / "missing", read_only=True)


def test_oxigraph_store_unusable_location_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match=str(blocker)):
        OxigraphStore(blocker / "store")


def test_oxigraph_store_query_times_out(sample_extractions: list[Extraction]) -> None:
    store = OxigraphStore()
    for extraction in sample_extractions:
        store.put_extraction(extraction)
    explosive = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g nc:position ?i }"  # ~1 s
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="--timeout"):
        store.query(explosive, timeout_s=0.1)
    assert time.monotonic() - started < 2


WRITER = textwrap.dedent("""
    import sys
    from kg.store.oxigraph import OxigraphStore
    from tests.sample_data import make_sample_extractions
    big, small = make_sample_extractions()[0], None
    claims = big.claims
    small = big.model_copy(update={"claims": claims[:1]})
    store = OxigraphStore(sys.argv[1])
    print("ready", flush=True)
    while True:
        store.put_extraction(big)
        store.put_extraction(small)
""")


@pytest.mark.slow
def test_oxigraph_store_survives_sigkill_mid_write(tmp_path: Path,
                                                   sample_extractions: list[Extraction]) -> None:
    interview = sample_extractions[0]
    allowed = [interview, interview.model_copy(update={"claims": interview.claims[:1]})]
    for attempt in range(3):
        location = tmp_path / f"store-{attempt}"
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(location)], cwd=ROOT,
                                  stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        time.sleep(0.3 + 0.2 * attempt)
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        with OxigraphStore(location) as store:
            assert store.extractions() in ([allowed[0]], [allowed[1]])


def test_oxigraph_store_kills_a_timed_out_query_on_disk(sample_store_dir: Path) -> None:
    with OxigraphStore(sample_store_dir, read_only=True) as store:
        runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # a minute of work
        store.query("ASK { ?s ?p ?o }")
        worker = store._worker
        assert worker is not None and worker._process is not None
        child = worker._process
        with pytest.raises(QueryTimeout, match="stopped"):
            store.query(runaway, timeout_s=0.3)
        assert child.poll() is not None, "the query process should be gone"
        assert store.query("SELECT (COUNT(*) AS ?n) WHERE { ?c a nc:Claim }").rows == [{"n": 9}]


def test_oxigraph_store_queries_see_writes_on_disk(tmp_path: Path,
                                                  sample_extractions: list[Extraction]) -> None:
    with OxigraphStore(tmp_path / "store") as store:
        store.put_extraction(sample_extractions[0])
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?c a nc:Claim }"
        assert store.query(count).rows == [{"n": 5}]
        store.put_extraction(sample_extractions[1])
        assert store.query(count).rows == [{"n": 9}]


def test_oxigraph_store_has_source_is_false_without_query_shortcuts(
        sample_extractions: list[Extraction]) -> None:
    store = OxigraphStore()
    source = sample_extractions[0].source
    store.put_extraction(sample_extractions[0])
    assert store.has_source(source.id, source.checksum)
    store._update("DELETE WHERE { GRAPH ?g { ?c <https://w3id.org/neuroclaims/ns#quote> ?q } }")
    assert not store.has_source(source.id, source.checksum)  # written before nc:quote: re-ingest it
