"""`neuroclaims stats`: what the graph holds, as one table."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from kg.stats import graph_stats
from neuroclaims.graph_access import fail, reading_store


def stats(
    validate: bool = typer.Option(False, "--validate", help="Also check the graph against the SHACL shapes "
                                  "(ontology/shapes.ttl) and print any violations."),
) -> None:
    """Count documents, claims, experts (named speakers), mechanisms, quantities and triples."""
    with reading_store() as store:
        extractions = store.extractions()
        numbers = graph_stats(extractions, store.triple_count())
    table = Table(title="NeuroClaims graph")
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in [("documents", numbers.documents), ("claims", numbers.claims),
                         ("experts (named speakers)", numbers.experts),
                         ("speakers (incl. unnamed)", numbers.speakers),
                         ("mechanisms used", numbers.mechanisms), ("quantities", numbers.quantities),
                         ("triples", numbers.triples)]:
        table.add_row(label, f"{value:,}")
    console = Console()
    console.print(table)
    if validate:
        from kg.mapping import extractions_to_graph
        from kg.validate import validate as shacl_validate

        conforms, report = shacl_validate(extractions_to_graph(extractions))
        if not conforms:
            console.print(report, highlight=False, markup=False)
            raise fail("the graph does not conform to ontology/shapes.ttl (violations above)", code=1)
        console.print("SHACL: the graph conforms to ontology/shapes.ttl")


def register(app: typer.Typer) -> None:
    app.command("stats")(stats)
