"""SPARQL limits beyond tests/kg: a runaway query through the CLI, the store after a timeout, and
hostile values for every parameter of every named query through `neuroclaims query`."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.query_library import list_queries
from kg.store.oxigraph import OxigraphStore
from neuroclaims.cli import app

ROOT = Path(__file__).resolve().parents[2]
# ~10^8 rows on the sample graph: seconds of work, so a query left running after its limit ends.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
HOSTILE = ['" } } ; DROP ALL ; SELECT * WHERE { ?s ?p "', "> } DROP ALL #", "x' . ?s ?p ?o } #", "\\\" ) ) }"]


def test_cli_query_runaway_stops_at_the_time_limit(sample_store_dir: Path) -> None:
    result = CliRunner().invoke(app, ["query", RUNAWAY, "--timeout", "1"])
    assert result.exit_code != 0
    output = " ".join(result.output.split())
    assert "1 s limit" in output and "Traceback" not in output


def test_store_answers_right_after_a_timed_out_query(sample_store_dir: Path) -> None:
    import time

    from kg.store.base import QueryTimeout

    with OxigraphStore(sample_store_dir, read_only=True) as store:
        with pytest.raises(QueryTimeout):
            store.query(RUNAWAY, timeout_s=0.3)
        started = time.monotonic()
        rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
        assert rows[0]["n"] == store.triple_count()
        assert time.monotonic() - started < 2


AFTER_TIMEOUT = textwrap.dedent("""
    import os, sys, tempfile, time
    from pathlib import Path
    from kg.store.base import QueryTimeout
    from kg.store.oxigraph import OxigraphStore
    from tests.sample_data import make_sample_extractions

    def busy_seconds():  # CPU of this process and its children (the store's query process)
        total = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if stat.parent.name == str(os.getpid()) or fields[1] == str(os.getpid()):
                total += int(fields[11]) + int(fields[12])
        return total / os.sysconf("SC_CLK_TCK")

    location = None if sys.argv[2] == "memory" else Path(tempfile.mkdtemp()) / "store"
    store = OxigraphStore(location)
    for extraction in make_sample_extractions():
        store.put_extraction(extraction)
    try:
        store.query(sys.argv[1], timeout_s=0.5)
    except QueryTimeout:
        pass
    before = busy_seconds()
    time.sleep(2)
    print(busy_seconds() - before)
""")


def _cpu_after_timeout(where: str) -> float:
    done = subprocess.run([sys.executable, "-c", AFTER_TIMEOUT, RUNAWAY, where], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return float(done.stdout)


def test_store_on_disk_timed_out_query_stops_using_the_cpu() -> None:
    busy = _cpu_after_timeout("disk")
    assert busy < 0.3, f"{busy:.2f} s of CPU in 2 s idle after the timeout"


@pytest.mark.xfail(strict=True, reason="pyoxigraph cannot cancel a running query; the in-memory store runs "
                                       "it in a thread, which keeps a core busy until it ends (reported)")
def test_store_in_memory_timed_out_query_stops_using_the_cpu() -> None:
    busy = _cpu_after_timeout("memory")
    assert busy < 0.3, f"{busy:.2f} s of CPU in 2 s idle after the timeout"


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize(("name", "param"), [
    (query.name, param.name) for query in list_queries() for param in query.params])
def test_cli_query_every_parameter_resists_injection(sample_store_dir: Path, name: str, param: str,
                                                     hostile: str) -> None:
    result = CliRunner().invoke(app, ["query", name, "--param", f"{param}={hostile}", "--format", "json"])
    assert "Traceback" not in result.output
    # Either refused as a bad value (a mechanism id must be known) or run with no match; never executed.
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 2:
        assert "unknown mechanism" in " ".join(result.output.split())
    with OxigraphStore(sample_store_dir, read_only=True) as store:
        assert len(store.claims()) == 9
