"""`neuroclaims stats`: what the graph holds, as one table."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from kg.stats import graph_stats
from neuroclaims.graph_access import reading_store


def stats() -> None:
    """Count documents, claims, experts (named speakers), mechanisms, quantities and triples."""
    with reading_store() as store:
        numbers = graph_stats(store.extractions(), store.triple_count())
    table = Table(title="NeuroClaims graph")
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in [("documents", numbers.documents), ("claims", numbers.claims),
                         ("experts (named speakers)", numbers.experts),
                         ("speakers (incl. unnamed)", numbers.speakers),
                         ("mechanisms used", numbers.mechanisms), ("quantities", numbers.quantities),
                         ("triples", numbers.triples)]:
        table.add_row(label, f"{value:,}")
    Console().print(table)


def register(app: typer.Typer) -> None:
    app.command("stats")(stats)
