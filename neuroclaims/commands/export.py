"""`neuroclaims export claims|graph`: the claims as JSON Lines/CSV, the graph as Turtle, JSON-LD,
N-Quads or nanopublications in TriG. Other modules add subcommands by importing ``export_app``."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console

from kg.exporters.registry import ExportError, exporters, get_exporter
from neuroclaims.graph_access import fail, reading_store

export_app = typer.Typer(help="Export claims, the graph, or estimate inputs.", no_args_is_help=True)


def _run(target: str, fmt: str, output: Path | None) -> None:
    try:
        exporter = get_exporter(target, fmt)
    except ExportError as error:
        raise fail(str(error)) from None
    with reading_store() as store:
        extractions = store.extractions()
    try:
        if output is None:
            count = exporter.write(extractions, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            with output.open("wb") as out:
                count = exporter.write(extractions, out)
    except OSError as error:
        raise fail(f"cannot write {output}: {error.strerror}") from None
    where = f" to {output}" if output else ""
    unit = "claims" if target == "claims" or fmt == "trig" else "triples"
    Console(stderr=True).print(f"exported {count} {unit} as {fmt}{where}", style="dim", highlight=False)


def _formats(target: str) -> str:
    return ", ".join(f"{e.format} ({e.description})" for e in exporters(target))


CLAIMS_FORMAT_HELP = f"One of: {_formats('claims')}."
GRAPH_FORMAT_HELP = f"One of: {_formats('graph')}."
OUTPUT_HELP = "Write here, not to stdout."


@export_app.command("claims")
def export_claims(
    fmt: str = typer.Option("jsonl", "--format", "-f", help=CLAIMS_FORMAT_HELP),
    output: Path | None = typer.Option(None, "--output", "-o", dir_okay=False, help=OUTPUT_HELP),
) -> None:
    """Every claim as a flat record: text, offsets, speaker, mechanisms, effect, certainty, numbers."""
    _run("claims", fmt, output)


@export_app.command("graph")
def export_graph(
    fmt: str = typer.Option("turtle", "--format", "-f", help=GRAPH_FORMAT_HELP),
    output: Path | None = typer.Option(None, "--output", "-o", dir_okay=False, help=OUTPUT_HELP),
) -> None:
    """The whole graph as RDF; `trig` writes one nanopublication per claim."""
    _run("graph", fmt, output)


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")
