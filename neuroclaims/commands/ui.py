"""`neuroclaims ui`: start the Streamlit app on 127.0.0.1, headless, and print its URL."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from ui.launch import streamlit_command


def run_ui(
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to serve the app on.")] = 8501,
    store: Annotated[
        Path | None,
        typer.Option(help="Store directory to show (default: NEUROCLAIMS_STORE or the configured store)."),
    ] = None,
) -> None:
    """Start the NeuroClaims web app (Streamlit) on 127.0.0.1 and print its URL."""
    env = dict(os.environ, STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    if store is not None:
        env["NEUROCLAIMS_STORE"] = str(store.resolve())
    typer.echo(f"NeuroClaims UI: http://127.0.0.1:{port}/  (Ctrl+C to stop)")
    command = streamlit_command(port)
    sys.stdout.flush()
    # Become the Streamlit server, so Ctrl+C and kill reach it directly and nothing is left behind.
    os.execve(command[0], command, env)


def register(app: typer.Typer) -> None:
    app.command("ui")(run_ui)
