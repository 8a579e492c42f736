"""`neuroclaims serve`: the graph as a SPARQL endpoint (and the YASGUI query page) on localhost."""

from __future__ import annotations

import signal
import subprocess

import typer
from rich.console import Console

from kg.server import curl_example, serve_command
from kg.store.base import StoreError
from neuroclaims.graph_access import config_or_exit, fail


def serve(
    port: int = typer.Option(7878, "--port", help="Port to listen on."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; keep 127.0.0.1 unless you mean to "
                                                          "share the graph on your network."),
) -> None:
    """Serve the embedded store read-only over SPARQL 1.1 until Ctrl-C (stop it before `neuroclaims ingest`).

    With a remote store configured (NEUROCLAIMS_ENDPOINT), print where it already is instead.
    """
    console = Console()
    config = config_or_exit()
    if config.backend != "oxigraph":
        if not config.endpoint:
            raise fail(f"backend {config.backend!r} has no endpoint to show")
        console.print(f"The graph is served by {config.endpoint}\n\n  {curl_example(config.endpoint)}",
                      highlight=False, soft_wrap=True)
        return
    try:
        command = serve_command(config.location.resolve(), host, port, config.query_timeout_s)
    except StoreError as error:
        raise fail(str(error)) from None
    url = f"http://{host}:{port}"
    console.print(f"Serving {config.location} read-only at {url} (query page: {url}/ , SPARQL: {url}/query)\n"
                  f"Try:\n  {curl_example(url + '/query')}\nCtrl-C stops it.",
                  highlight=False, soft_wrap=True)
    process = subprocess.Popen(command)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        code = process.wait()
    except KeyboardInterrupt:
        process.terminate()
        process.wait(timeout=10)
        return
    if code != 0:
        raise fail(f"the oxigraph server stopped with exit code {code}", code=1)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
