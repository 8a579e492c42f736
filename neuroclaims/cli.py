"""The `neuroclaims` command. Each subcommand lives in one module of neuroclaims/commands and
registers itself on ``app``, so a new command is one new file.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil

import typer

from neuroclaims import commands

app = typer.Typer(
    name="neuroclaims",
    help="A knowledge graph of neuroscience claims and the brain-compute estimates they imply.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)


@app.callback()
def main(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log debug messages.")) -> None:
    """NeuroClaims: ingest claims, query the graph, estimate brain compute."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )


for module in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
    importlib.import_module(f"{commands.__name__}.{module.name}").register(app)
