"""Shared fixtures. Add yours; never remove another's."""

from __future__ import annotations

import pytest

from ontology.models import Extraction
from tests.sample_data import make_sample_extractions


@pytest.fixture
def sample_extractions() -> list[Extraction]:
    """Two sources, six agents, nine claims (see tests/sample_data.py)."""
    return make_sample_extractions()


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):  # noqa: ANN001, ANN201
    """A real `oxigraph serve` on a free local port for the whole session; yields its base URL."""
    import subprocess

    from kg.server import find_oxigraph_binary, free_port, wait_until_answering
    from kg.store.base import StoreError

    try:
        binary = find_oxigraph_binary()
    except StoreError as error:
        pytest.fail(str(error))
    port = free_port()
    process = subprocess.Popen([str(binary), "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                                "--bind", f"127.0.0.1:{port}", "--timeout-s", "5"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(url, process, timeout_s=20)
    except StoreError as error:
        process.kill()
        pytest.fail(str(error))
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(params=["oxigraph-memory", "oxigraph-disk",
                        pytest.param("sparql-server", marks=pytest.mark.server)])
def empty_store(request: pytest.FixtureRequest, tmp_path):  # noqa: ANN201 - a kg.store.base.Store
    """Every store backend, empty: embedded in memory, embedded on disk, and a real Oxigraph server."""
    from kg.store.oxigraph import OxigraphStore
    from kg.store.sparql import SparqlServerStore

    if request.param == "sparql-server":
        import urllib.request

        url = request.getfixturevalue("oxigraph_server")
        drop_all = urllib.request.Request(f"{url}/update", data=b"update=DROP%20ALL", method="POST")
        urllib.request.urlopen(drop_all, timeout=10).read()
        store = SparqlServerStore(f"{url}/query")
    else:
        store = OxigraphStore(None if request.param == "oxigraph-memory" else tmp_path / "store")
    yield store
    store.close()


@pytest.fixture
def sample_store(empty_store, sample_extractions):  # noqa: ANN001, ANN201
    """A store (every backend) holding the sample extractions."""
    for extraction in sample_extractions:
        empty_store.put_extraction(extraction)
    return empty_store


@pytest.fixture
def sample_store_dir(tmp_path, sample_extractions, monkeypatch):  # noqa: ANN001, ANN201
    """An on-disk embedded store holding the samples, closed, with NEUROCLAIMS_STORE pointing at it."""
    from kg.store.oxigraph import OxigraphStore

    location = tmp_path / "sample-store"
    with OxigraphStore(location) as store:
        for extraction in sample_extractions:
            store.put_extraction(extraction)
    monkeypatch.setenv("NEUROCLAIMS_STORE", str(location))
    monkeypatch.delenv("NEUROCLAIMS_ENDPOINT", raising=False)
    return location


@pytest.fixture(scope="session")
def claim_nlp():  # noqa: ANN201
    """The full claim pipeline (spaCy model + our components), loaded once; tests using it are slow."""
    from ingest.pipeline import load_nlp

    return load_nlp()


@pytest.fixture
def blank_nlp():  # noqa: ANN201
    """A tokenizer-only English pipeline, for components that need no tagger or parser."""
    import spacy

    from ingest.pipeline import register_components

    register_components()
    return spacy.blank("en")
