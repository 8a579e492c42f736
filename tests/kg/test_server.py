from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.server import curl_example, free_port, port_is_free, serve_command
from kg.store.base import StoreError
from ontology.namespaces import NC


def test_serve_command_is_read_only_and_union(sample_store_dir: Path) -> None:
    command = serve_command(sample_store_dir, port=free_port(), timeout_s=10)
    assert command[1] == "serve-read-only" and "--union-default-graph" in command
    assert command[command.index("--location") + 1] == str(sample_store_dir)


def test_serve_command_needs_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="neuroclaims ingest"):
        serve_command(tmp_path)


def test_serve_command_refuses_a_busy_port(sample_store_dir: Path) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert not port_is_free("127.0.0.1", port)
        with pytest.raises(StoreError, match=f"port {port}"):
            serve_command(sample_store_dir, port=port)


@pytest.mark.server
@pytest.mark.slow
def test_serve_answers_sparql_over_http(sample_store_dir: Path) -> None:
    port = free_port()
    env = {**os.environ, "NEUROCLAIMS_STORE": str(sample_store_dir)}
    process = subprocess.Popen([sys.executable, "-m", "neuroclaims", "serve", "--port", str(port)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    query = f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?c a <{NC.Claim}> }}"
    url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": query})
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
                answer = json.loads(urllib.request.urlopen(request, timeout=2).read())
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert answer["results"]["bindings"][0]["n"]["value"] == "9"
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=15)
    assert f"http://127.0.0.1:{port}/query" in output and "curl" in output


def test_curl_example_is_a_post_with_the_query() -> None:
    example = curl_example("http://127.0.0.1:7878/query")
    assert example.startswith("curl -s http://127.0.0.1:7878/query") and "--data-urlencode 'query=" in example
