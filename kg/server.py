"""Serving the embedded store as a SPARQL endpoint with the `oxigraph` server binary.

The binary comes with the `oxigraph` PyPI package (installed beside Python); it serves the store
read-only with the YASGUI query page at /, SPARQL at /query, and sees all sources as one default graph.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from kg.store.base import StoreError
from ontology.namespaces import NC


def find_oxigraph_binary() -> Path:
    """The `oxigraph` executable next to this Python, or on PATH."""
    beside = Path(sys.prefix) / ("Scripts" if sys.platform == "win32" else "bin") / "oxigraph"
    if beside.exists():
        return beside
    found = shutil.which("oxigraph")
    if found is None:
        raise StoreError("the `oxigraph` server binary is missing; install it with `pip install oxigraph`")
    return Path(found)


def port_is_free(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str = "127.0.0.1") -> int:
    """A port the OS says is free now, for servers that tests, benchmarks and scripts start."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def wait_until_answering(url: str, process: subprocess.Popen, timeout_s: float = 60.0) -> None:
    """Poll ``url``'s SPARQL endpoint until it answers; a server that exits or stays silent is an error."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2).read()
            return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise StoreError(f"the oxigraph server at {url} did not start") from None
            time.sleep(0.1)


def serve_command(location: Path, host: str = "127.0.0.1", port: int = 7878,
                  timeout_s: float | None = None) -> list[str]:
    """The command line that serves ``location`` read-only on ``host:port``."""
    if not (location / "CURRENT").exists():
        raise StoreError(f"no graph store at {location}: run `neuroclaims ingest` first, "
                         "or set NEUROCLAIMS_STORE")
    if not port_is_free(host, port):
        raise StoreError(f"port {port} on {host} is in use; pick another with --port")
    command = [str(find_oxigraph_binary()), "serve-read-only", "--location", str(location),
               "--bind", f"{host}:{port}", "--union-default-graph"]
    if timeout_s:
        command += ["--timeout-s", str(max(1, round(timeout_s)))]
    return command


def curl_example(query_url: str) -> str:
    return (f"curl -s {query_url} -H 'Accept: text/csv' --data-urlencode "
            f"'query=PREFIX nc: <{NC._NS}> "
            "SELECT ?mechanism (COUNT(*) AS ?claims) WHERE { ?c nc:about ?mechanism } "
            "GROUP BY ?mechanism ORDER BY DESC(?claims)'")
