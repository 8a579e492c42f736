"""The Add document form's checks and the ingest command it runs."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from ui.views.add_document import IngestRequest, check_request, run_ingest


def _check(**overrides: object) -> tuple[IngestRequest | None, list[str]]:
    fields: dict[str, object] = dict(
        text="Some text.",
        suffix=".txt",
        title="A title",
        kind="interview_notes",
        date=None,
        url="",
        participants="",
    )
    fields.update(overrides)
    return check_request(**fields)  # type: ignore[arg-type]


def test_check_request_builds_the_ingest_command(tmp_path: Path) -> None:
    request, problems = _check(
        date=dt.date(2020, 1, 2),
        url="https://example.org/x",
        participants="Jane Doe:interviewee:Some University\n\n John Roe:interviewer ",
    )
    assert problems == []
    assert request is not None
    command = request.command(tmp_path / "doc.txt")
    assert command[:5] == [sys.executable, "-m", "neuroclaims", "ingest", str(tmp_path / "doc.txt")]
    assert command[5:] == [
        "--title",
        "A title",
        "--kind",
        "interview_notes",
        "--date",
        "2020-01-02",
        "--url",
        "https://example.org/x",
        "--participant",
        "Jane Doe:interviewee:Some University",
        "--participant",
        "John Roe:interviewer",
    ]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"text": "  \n"}, "Paste the document's text"),
        ({"title": " "}, "Give the document a title"),
        ({"suffix": ".pdf"}, "Files must be one of"),
        ({"participants": "Nobody"}, "must look like 'Name:role'"),
        ({"participants": "Jane:pilot"}, "unknown role 'pilot'"),
        ({"url": "example.org"}, "should start with http"),
    ],
)
def test_check_request_explains_bad_input(overrides: dict[str, object], message: str) -> None:
    request, problems = _check(**overrides)
    assert request is None
    assert any(message in p for p in problems), problems


def test_check_request_reports_every_problem_at_once() -> None:
    request, problems = _check(text="", title="", participants="x")
    assert request is None
    assert len(problems) == 3


@pytest.mark.slow
def test_run_ingest_adds_claims_to_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store"
    monkeypatch.setenv("NEUROCLAIMS_STORE", str(store))
    monkeypatch.delenv("NEUROCLAIMS_ENDPOINT", raising=False)
    text = (
        "Jane Doe: I think dendritic computation probably adds a lot to the compute required, maybe a "
        "factor of 10.\n\nJohn Roe: Synaptic transmission costs about 1 FLOP per spike through a synapse.\n"
    )
    request, problems = _check(
        text=text,
        title="UI test notes",
        kind="interview_notes",
        participants="Jane Doe:interviewee\nJohn Roe:interviewer",
    )
    assert request is not None, problems
    result = run_ingest(request, timeout_s=600)
    assert result.returncode == 0, result.stderr
    from kg.store.oxigraph import OxigraphStore

    with OxigraphStore(store, read_only=True) as opened:
        (source,) = opened.sources()
        assert source.title == "UI test notes"
        assert source.text == text


@pytest.mark.slow
def test_run_ingest_reports_command_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEUROCLAIMS_STORE", str(tmp_path / "store"))
    request, _ = _check()
    assert request is not None
    request.meta = request.meta.model_copy(update={"kind": "Not A Kind"})  # skips the form's own check
    result = run_ingest(request, timeout_s=600)
    assert result.returncode != 0
    assert "kind" in (result.stderr + result.stdout).lower()
    assert isinstance(result, subprocess.CompletedProcess)
