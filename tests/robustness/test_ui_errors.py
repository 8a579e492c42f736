"""The UI shows a message, never a traceback, for the failures a user can cause: a store that cannot
be opened, a runaway or malformed SPARQL query, hostile query parameters, a bad upload."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ui.launch import APP_PATH
from ui.views import PAGES

TIMEOUT = 60


def _run(page: str) -> AppTest:
    at = AppTest.from_file(str(APP_PATH), default_timeout=TIMEOUT)
    at.query_params["page"] = page
    return at.run()


def _messages(at: AppTest) -> str:
    return "\n".join(str(e.value) for kind in ("error", "warning", "info") for e in getattr(at, kind))


def _broken_store(kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEUROCLAIMS_ENDPOINT", raising=False)
    monkeypatch.delenv("NEUROCLAIMS_BACKEND", raising=False)
    monkeypatch.chdir(tmp_path)
    if kind == "file-not-directory":
        location = tmp_path / "store"
        location.write_text("not a store")
        monkeypatch.setenv("NEUROCLAIMS_STORE", str(location))
    elif kind == "corrupt-directory":
        location = tmp_path / "store"
        location.mkdir()
        (location / "CURRENT").write_text("MANIFEST-999999\n")
        (location / "MANIFEST-999999").write_bytes(b"\xff" * 64)
        monkeypatch.setenv("NEUROCLAIMS_STORE", str(location))
    elif kind == "dead-endpoint":
        monkeypatch.setenv("NEUROCLAIMS_ENDPOINT", "http://127.0.0.1:9/query")
    elif kind == "bad-settings":
        (tmp_path / "neuroclaims.toml").write_text("[store\nbackend = ")


@pytest.mark.parametrize("kind", ["file-not-directory", "corrupt-directory", "dead-endpoint", "bad-settings"])
@pytest.mark.parametrize("page", ["claims", "sparql"])
def test_app_store_that_cannot_be_opened_shows_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        kind: str, page: str) -> None:
    _broken_store(kind, tmp_path, monkeypatch)
    at = _run(page)
    assert not at.exception, [e.message for e in at.exception]
    assert at.title[0].value == PAGES[page].title
    assert at.error, f"no error shown for a {kind} store"
    assert "Traceback" not in _messages(at)


def test_sparql_runaway_query_stops_at_the_time_limit(sample_store_dir: Path) -> None:
    at = _run("sparql")
    at.number_input(key="sparql_timeout").set_value(1.0)
    # ~10^8 rows: seconds past the limit, and it ends (the embedded store cannot cancel a running query)
    at.text_area(key="sparql_text").input("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    started = time.monotonic()
    at.button(key="sparql_run").click().run()
    assert time.monotonic() - started < 20
    assert not at.exception, [e.message for e in at.exception]
    assert len(at.error) == 1 and "ran past 1 s" in at.error[0].value


@pytest.mark.parametrize("query", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL",
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
])
def test_sparql_page_refuses_updates_and_service(sample_store_dir: Path, query: str) -> None:
    at = _run("sparql")
    at.text_area(key="sparql_text").input(query)
    at.button(key="sparql_run").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert len(at.error) == 1 and "Traceback" not in at.error[0].value
    assert "not allowed" in at.error[0].value or "only read-only" in at.error[0].value


def test_sparql_page_hostile_parameters_are_bound_not_pasted(sample_store_dir: Path) -> None:
    from kg.store.oxigraph import OxigraphStore

    at = _run("sparql")
    names = at.selectbox(key="sparql_example").options
    hostile = '" } } ; DROP ALL ; SELECT * WHERE { ?s ?p "'
    filled = 0
    for name in names:
        at.selectbox(key="sparql_example").set_value(name).run()
        for box in at.text_input:
            box.input(hostile)
            filled += 1
        at.button(key="sparql_run").click().run()
        assert not at.exception, (name, [e.message for e in at.exception])
        assert "Traceback" not in _messages(at)
    assert filled >= 3, "the string and source parameters of the named queries are text inputs"
    with OxigraphStore(sample_store_dir, read_only=True) as store:
        assert len(store.claims()) == 9, "the graph is unchanged"


@pytest.mark.parametrize(("content", "problem"), [
    ("\x00\x01\x02 binary junk that happens to be valid UTF-8 \x00", "binary"),
    ("Synapses are cheap to model. " * (11 * 2**20 // 29), "too large"),
], ids=["binary", "oversized"])
def test_add_document_bad_upload_gets_the_commands_plain_error(sample_store_dir: Path, content: str,
                                                               problem: str) -> None:
    from ui.views.add_document import check_request, run_ingest

    request, problems = check_request(content, ".txt", "An upload", "notes", None, "", "")
    assert request is not None, problems
    result = run_ingest(request, timeout_s=120)
    assert result.returncode == 1
    assert problem in " ".join(result.stderr.split()) and "Traceback" not in result.stderr


def test_add_document_wrong_extension_is_refused_before_running_anything() -> None:
    from ui.views.add_document import check_request

    request, problems = check_request("some text", ".pdf", "A paper", "notes", None, "", "")
    assert request is None and any(".pdf" in p for p in problems)
