"""Bad files through `ingest_paths` and `neuroclaims ingest`: each failure names the file and the
problem, the rest of the batch is ingested, and the CLI exits 1 when some files failed."""

from __future__ import annotations

import logging
import shutil
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest.readers import MAX_FILE_BYTES
from kg.store.oxigraph import OxigraphStore
from neuroclaims.cli import app
from neuroclaims.pipeline import ingest_paths

DATA = Path(__file__).resolve().parents[1] / "data" / "robustness"

# (file name, expected words in the problem) for every bad file in tests/data/robustness/bad/
BAD_FILES = {
    "empty.txt": "empty",
    "blank.md": "empty",
    "binary.txt": "binary",
    "bad-yaml.txt": "not valid YAML",
    "bad-kind.txt": "field 'kind'",
    "bad-date.txt": "write dates as YYYY-MM-DD",  # YAML reads 2021-13-45 as a date: it was a traceback
    "list-sidecar.txt": "must be a mapping",
    "no-title.txt": "field 'title'",
    "tags-only.html": "no visible text",
    "report.pdf": "no reader for '.pdf'",
}


def _failure_for(report, name: str):  # noqa: ANN001, ANN202
    matches = [f for f in report.failed if f.path.name == name]
    assert len(matches) == 1, f"expected one failure for {name}, got {report.failed}"
    return matches[0]


@pytest.fixture
def bad_dir(tmp_path: Path) -> Path:
    """The bad files, plus an empty and a binary file made here (git keeps neither well)."""
    folder = tmp_path / "bad"
    shutil.copytree(DATA / "bad", folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return folder


def _bad_paths(folder: Path) -> list[Path]:
    # An unknown extension is kept only when named explicitly (a folder walk skips it).
    return [folder, folder / "report.pdf"]


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_ingest_paths_bad_file_is_named_with_its_problem(bad_dir: Path, name: str) -> None:
    store = OxigraphStore()
    report = ingest_paths([bad_dir / name], store)
    failure = _failure_for(report, name)
    assert BAD_FILES[name] in failure.problem
    assert name in str(failure)
    assert not report.ingested and store.triple_count() == 0


def test_ingest_paths_bad_batch_reports_every_file_and_writes_nothing(bad_dir: Path) -> None:
    store = OxigraphStore()
    report = ingest_paths(_bad_paths(bad_dir), store)
    assert sorted(f.path.name for f in report.failed) == sorted(BAD_FILES)
    for name, words in BAD_FILES.items():
        assert words in _failure_for(report, name).problem
    assert not report.ok and store.triple_count() == 0


@pytest.mark.parametrize("name", ["bad-yaml.txt", "bad-kind.txt", "list-sidecar.txt", "no-title.txt"])
def test_ingest_paths_sidecar_problem_says_it_is_the_sidecar(bad_dir: Path, name: str) -> None:
    report = ingest_paths([bad_dir / name], OxigraphStore())
    failure = _failure_for(report, name)
    assert name.replace(".txt", ".meta.yaml") in failure.problem


def test_ingest_paths_refuses_a_50_mb_file_before_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    line = b"Prof. Druckmann thinks that about 10 FLOPs per spike through a synapse would suffice.\n"
    with big.open("wb") as out:
        for _ in range(50 * 2**20 // len(line) + 1):
            out.write(line)
    assert big.stat().st_size > 50 * 2**20 > MAX_FILE_BYTES
    store = OxigraphStore()
    tracemalloc.start()
    try:
        report = ingest_paths([big], store)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    failure = _failure_for(report, "huge.txt")
    assert "too large" in failure.problem and "50.0 MiB" in failure.problem
    assert peak < 5 * 2**20, f"refusing the file allocated {peak / 2**20:.1f} MiB"
    assert store.triple_count() == 0


def test_cli_ingest_only_bad_files_exits_1_and_names_each(bad_dir: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEUROCLAIMS_STORE", str(tmp_path / "store"))
    monkeypatch.delenv("NEUROCLAIMS_ENDPOINT", raising=False)
    result = CliRunner().invoke(app, ["ingest", *map(str, _bad_paths(bad_dir))])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    reported = "".join(result.output.split()).split("failed")[1:]  # one per failure, unwrapped by rich
    for name, words in BAD_FILES.items():
        assert any(f"/{name}:" in entry and "".join(words.split()) in entry for entry in reported), \
            f"{name} / {words} not reported:\n{result.output}"
    assert f"0 ingested (0 claims), 0 unchanged, {len(BAD_FILES)} failed" in " ".join(result.output.split())


def test_cli_ingest_missing_path_is_a_clear_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEUROCLAIMS_STORE", str(tmp_path / "store"))
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "nowhere.txt")])
    assert result.exit_code == 1
    output = " ".join(result.output.split())
    assert "nowhere.txt: cannot read the file" in output
    assert "Traceback" not in result.output


def _mixed_batch(bad_dir: Path, tmp_path: Path) -> tuple[Path, list[Path]]:
    """The bad files beside good ones: a document with a sidecar, one without, a Latin-1 one, and
    duplicates of each kind (same text; same sidecar id with other text)."""
    folder = tmp_path / "batch"
    shutil.copytree(bad_dir, folder)
    shutil.copytree(DATA / "good", folder, dirs_exist_ok=True)
    latin = (DATA / "good" / "no-sidecar.md").read_text(encoding="utf-8").replace("synapse", "synapse (café)")
    (folder / "latin1.txt").write_bytes(latin.encode("latin-1"))
    shutil.copy(folder / "no-sidecar.md", folder / "zz-no-sidecar-copy.md")
    other = "Another text entirely, about dendrites adding compute.\n"
    (folder / "same-id.txt").write_text(other, encoding="utf-8")
    shutil.copy(folder / "notes.meta.yaml", folder / "same-id.meta.yaml")
    shutil.copy(folder / "notes.txt", folder / "zz-notes-copy.txt")  # same text, no sidecar: another id
    return folder, [folder, folder / "report.pdf"]


GOOD = {"notes.txt", "no-sidecar.md", "latin1.txt"}
DUPLICATES = {  # duplicate -> the file it repeats
    "zz-no-sidecar-copy.md": "no-sidecar.md",
    "same-id.txt": "notes.txt",
    "zz-notes-copy.txt": "notes.txt",  # before, stored a second time under its own id
}


@pytest.mark.slow
def test_ingest_paths_mixed_batch_ingests_the_good_files(bad_dir: Path, tmp_path: Path,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    _, paths = _mixed_batch(bad_dir, tmp_path)
    store = OxigraphStore()
    with caplog.at_level(logging.WARNING):
        report = ingest_paths(paths, store)
    assert {p.name for p, _, _ in report.ingested} == GOOD
    assert sorted(f.path.name for f in report.failed) == sorted({*BAD_FILES, *DUPLICATES})
    for duplicate, first in DUPLICATES.items():
        problem = _failure_for(report, duplicate).problem
        assert "duplicate document" in problem and first in problem
    assert any("latin1.txt" in r.getMessage() and "not valid UTF-8" in r.getMessage() for r in caplog.records)
    stored = {e.source.id: e for e in store.extractions()}
    assert {sid for _, sid, _ in report.ingested} == set(stored)
    latin = next(e for e in stored.values() if e.source.path and e.source.path.endswith("latin1.txt"))
    assert "café" in latin.source.text and latin.claims, "Latin-1 text is decoded and its claims extracted"
    titled = next(e for e in stored.values() if e.source.path and e.source.path.endswith("no-sidecar.md"))
    assert titled.source.title == "Notes on synapses", "without a sidecar the title comes from the heading"


@pytest.mark.slow
def test_cli_ingest_mixed_batch_exits_1_and_ingests_the_rest(bad_dir: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _, paths = _mixed_batch(bad_dir, tmp_path)
    location = tmp_path / "store"
    monkeypatch.setenv("NEUROCLAIMS_STORE", str(location))
    monkeypatch.delenv("NEUROCLAIMS_ENDPOINT", raising=False)
    result = CliRunner().invoke(app, ["ingest", *map(str, paths)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    failed = len(BAD_FILES) + len(DUPLICATES)
    output = " ".join(result.output.split())
    assert f"{len(GOOD)} ingested" in output and f"{failed} failed" in output
    with OxigraphStore(location, read_only=True) as store:
        assert len(store.sources()) == len(GOOD)
    again = CliRunner().invoke(app, ["ingest", *map(str, paths)])
    assert again.exit_code == 1
    assert f"0 ingested (0 claims), {len(GOOD)} unchanged, {failed} failed" in " ".join(again.output.split())


def test_ingest_folder_reports_the_files_no_reader_takes(tmp_path: Path) -> None:
    """Before, a .pdf or .docx inside a folder was skipped without a word."""
    shutil.copytree(DATA / "good", tmp_path / "docs")
    (tmp_path / "docs" / "paper.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "docs" / "notes.docx").write_bytes(b"PK")
    (tmp_path / "docs" / "README.md").write_text("About these files.\n", encoding="utf-8")
    report = ingest_paths([tmp_path / "docs"], OxigraphStore())
    assert sorted(p.name for p in report.skipped) == ["notes.docx", "paper.pdf"]
    assert {p.name for p, _, _ in report.ingested} == {"notes.txt", "no-sidecar.md"}


def test_cli_ingest_says_which_files_it_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "paper.pdf").write_bytes(b"%PDF-1.4")
    monkeypatch.setenv("NEUROCLAIMS_STORE", str(tmp_path / "store"))
    monkeypatch.delenv("NEUROCLAIMS_ENDPOINT", raising=False)
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "docs")])
    output = " ".join(result.output.split())
    assert "skipped 1 file(s) no reader takes" in output and "paper.pdf" in output and ".html" in output
