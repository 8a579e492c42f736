"""Faults while ingesting: a process killed mid-batch, a read-only filesystem, a full disk.

The store must stay consistent (every source is its previous version or its new one, never half),
a re-run must complete, and the user gets a message, never a traceback. The filesystem faults use
real tmpfs mounts (root only; skipped elsewhere).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.mapping import source_iri
from kg.store.base import StoreError
from kg.store.oxigraph import OxigraphStore
from neuroclaims.cli import app
from neuroclaims.pipeline import ingest_paths
from ontology.models import Extraction
from ontology.namespaces import NC

ROOT = Path(__file__).resolve().parents[2]
GOOD = ROOT / "tests" / "data" / "robustness" / "good"


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A real tmpfs of ``size`` mounted at ``where`` (skips the test when mounting is not allowed)."""
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def remount(where: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(where)], check=True)


def _fill(folder: Path) -> None:
    """Use up every free byte of the filesystem holding ``folder``."""
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as out:
        while True:
            out.write(b"\0" * 4096)
            out.flush()


def _no_traceback(output: str) -> None:
    assert "Traceback" not in output, output


# --- a process killed in the middle of a batch -------------------------------------------------

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from kg.store.oxigraph import OxigraphStore
    from neuroclaims.pipeline import ingest_paths

    pause = float(sys.argv[3])

    def progress(step, path):
        if step == "ingested":
            print("ingested", path.name, flush=True)
            time.sleep(pause)

    store = OxigraphStore(Path(sys.argv[1]))
    print("ready", flush=True)
    ingest_paths([Path(sys.argv[2])], store, progress=progress)
    store.close()
    print("done", flush=True)
""")

EXTRA = ("Prof. Druckmann added that dendritic computation could raise the estimate by a factor of {n}.\n\n"
         "He said that learning might add about {n} FLOPs per spike.\n")


def _write_versions(folder: Path, version: int, documents: int = 4) -> None:
    base = (GOOD / "notes.txt").read_text(encoding="utf-8")
    meta = (GOOD / "notes.meta.yaml").read_text(encoding="utf-8")
    for i in range(documents):
        text = base + "\n" + EXTRA.format(n=10 * (i + 1))
        if version:
            text += "\n" + EXTRA.format(n=7 * (i + 3))
        (folder / f"doc-{i}.txt").write_text(text, encoding="utf-8")
        sidecar = meta.replace("robustness-notes", f"kill-{i}")
        (folder / f"doc-{i}.meta.yaml").write_text(sidecar, encoding="utf-8")


def _expected(folder: Path) -> dict[str, Extraction]:
    from ingest.extract import extract
    from ingest.readers import read_source
    from ingest.sidecar import find_documents, load_meta

    out = {}
    for path in find_documents([folder]):
        extraction = extract(read_source(path, load_meta(path)))
        out[extraction.source.id] = extraction
    return out


def _assert_each_source_whole(location: Path, old: dict[str, Extraction], new: dict[str, Extraction]) -> int:
    """Every source is exactly its old or its new extraction; returns how many are new."""
    renewed = 0
    with OxigraphStore(location, read_only=True) as store:
        stored = {e.source.id: e for e in store.extractions()}
        assert set(stored) == set(old), "a source vanished or appeared half-written"
        for sid, extraction in stored.items():
            version = new[sid] if extraction.source.checksum == new[sid].source.checksum else old[sid]
            assert extraction.source.checksum == version.source.checksum
            assert [c.id for c in extraction.claims] == [c.id for c in version.claims]
            graph = source_iri(sid)
            count = store.query("SELECT (COUNT(DISTINCT ?c) AS ?n) "
                                f"WHERE {{ GRAPH <{graph}> {{ ?c a <{NC.Claim}> }} }}")
            assert count.rows[0]["n"] == len(extraction.claims), "the named graph holds one version's claims"
            renewed += version is new[sid]
    return renewed


@pytest.mark.slow
@pytest.mark.parametrize("pause", [30.0, 0.0], ids=["between-documents", "anywhere"])
def test_ingest_killed_mid_batch_leaves_whole_sources_and_rerun_completes(tmp_path: Path,
                                                                          pause: float) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    _write_versions(docs, 0)
    old = _expected(docs)
    location = tmp_path / "store"
    with OxigraphStore(location) as store:
        assert len(ingest_paths([docs], store).ingested) == len(old)
    _write_versions(docs, 1)
    new = _expected(docs)
    assert all(new[sid].source.checksum != old[sid].source.checksum for sid in old)

    child = subprocess.Popen([sys.executable, "-c", CHILD, str(location), str(docs), str(pause)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    lines = [child.stdout.readline().strip()]
    assert lines[0] == "ready"
    lines.append(child.stdout.readline().strip())  # first document written (or, unpaused, maybe all)
    assert lines[-1].startswith(("ingested", "done")), lines
    os.kill(child.pid, signal.SIGKILL)
    child.wait()

    renewed = _assert_each_source_whole(location, old, new)
    if pause:
        assert renewed == 1, "killed while paused after the first document: exactly that one is new"

    with OxigraphStore(location) as store:
        report = ingest_paths([docs], store)
        assert report.ok
        assert len(report.ingested) + len(report.unchanged) == len(new)
        assert len(report.unchanged) >= renewed
    assert _assert_each_source_whole(location, old, new) == len(new)


# --- a read-only filesystem ----------------------------------------------------------------------

def test_cli_ingest_on_a_read_only_filesystem_is_a_clear_error(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               sample_extractions: list[Extraction]) -> None:
    with tmpfs(tmp_path / "mnt", "4M") as mount:
        location = mount / "store"
        with OxigraphStore(location) as store:
            for extraction in sample_extractions:
                store.put_extraction(extraction)
        remount(mount, "ro")
        monkeypatch.setenv("NEUROCLAIMS_STORE", str(location))
        monkeypatch.delenv("NEUROCLAIMS_ENDPOINT", raising=False)
        result = CliRunner().invoke(app, ["ingest", str(GOOD / "notes.txt")])
        assert result.exit_code == 2, result.output
        output = " ".join(result.output.split())
        assert "cannot write the graph store" in output and "Read-only file system" in output
        _no_traceback(result.output)
        # Reading still works: the UI and `neuroclaims stats` open the store read-only.
        with OxigraphStore(location, read_only=True) as store:
            assert store.extractions() == sorted(sample_extractions, key=lambda e: e.source.id)
        stats = CliRunner().invoke(app, ["stats"])
        assert stats.exit_code == 0, stats.output


def test_cli_ingest_store_in_a_read_only_directory_is_a_clear_error(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    with tmpfs(tmp_path / "mnt", "1M") as mount:
        remount(mount, "ro")
        monkeypatch.setenv("NEUROCLAIMS_STORE", str(mount / "new-store"))
        monkeypatch.delenv("NEUROCLAIMS_ENDPOINT", raising=False)
        result = CliRunner().invoke(app, ["ingest", str(GOOD / "notes.txt")])
        assert result.exit_code == 2, result.output
        assert "NEUROCLAIMS_STORE" in " ".join(result.output.split())
        _no_traceback(result.output)


# --- a full disk -------------------------------------------------------------------------------

def _variants(extractions: list[Extraction], n: int) -> Iterator[Extraction]:
    for i in range(n):
        for extraction in extractions:
            source = extraction.source.model_copy(update={"id": f"{extraction.source.id}-{i}"})
            yield extraction.model_copy(update={"source": source, "claims": tuple(
                c.model_copy(update={"evidence": c.evidence.model_copy(update={"source_id": source.id})})
                for c in extraction.claims)})


def test_store_on_a_full_disk_raises_store_error_and_keeps_whole_sources(
        tmp_path: Path, sample_extractions: list[Extraction]) -> None:
    with tmpfs(tmp_path / "mnt", "1M") as mount:
        location = mount / "store"
        written: dict[str, Extraction] = {}
        store = OxigraphStore(location)
        with pytest.raises(StoreError, match="No space left on device") as raised:
            for extraction in _variants(sample_extractions, 10_000):
                store.put_extraction(extraction)
                written[extraction.source.id] = extraction
        assert str(location) in str(raised.value)
        with contextlib.suppress(Exception):
            store.close()
        del store
        remount(mount, "size=64M")
        with OxigraphStore(location) as reopened:
            stored = reopened.extractions()
            assert {e.source.id for e in stored} <= set(written)
            for extraction in stored:  # nothing half-written
                assert extraction == written[extraction.source.id]
            reopened.put_extraction(sample_extractions[0])  # space again: writing works
            assert reopened.has_source(sample_extractions[0].source.id)


@pytest.mark.slow
def test_cli_ingest_on_a_full_disk_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with tmpfs(tmp_path / "mnt", "2M") as mount:
        location = mount / "store"
        OxigraphStore(location).close()
        _fill(mount)
        monkeypatch.setenv("NEUROCLAIMS_STORE", str(location))
        monkeypatch.delenv("NEUROCLAIMS_ENDPOINT", raising=False)
        result = CliRunner().invoke(app, ["ingest", str(GOOD)])
        assert result.exit_code == 2, result.output
        assert "No space left on device" in " ".join(result.output.split())
        _no_traceback(result.output)
        (mount / "filler").unlink()
        again = CliRunner().invoke(app, ["ingest", str(GOOD)])
        assert again.exit_code == 0, again.output
        with OxigraphStore(location, read_only=True) as store:
            assert len(store.sources()) == 2
