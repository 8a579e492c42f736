"""`neuroclaims graph NAME`: a NetworkX projection of the claims as GraphML or node-link JSON,
with the most central mechanisms or works printed as a summary."""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import networkx as nx
import typer
from rich.console import Console

from kg.projections import PROJECTIONS, contested_mechanisms, flat_attributes, rank_centrality
from neuroclaims.graph_access import fail, reading_store

FORMATS = ("graphml", "json")
NAME_HELP = f"Projection: {', '.join(PROJECTIONS)}."
RANKED_KIND = {"agreement": None, "expert_mechanism": "mechanism", "citations": "work"}


def serialize_graph(graph: nx.Graph, fmt: str) -> str:
    if fmt == "graphml":
        buffer = io.BytesIO()
        nx.write_graphml(flat_attributes(graph), buffer)
        return buffer.getvalue().decode("utf-8")
    return json.dumps(nx.node_link_data(graph, edges="links"), ensure_ascii=False, indent=2) + "\n"


def graph(
    name: str = typer.Argument(..., help=NAME_HELP),
    fmt: str = typer.Option("graphml", "--format", "-f",
                            help="graphml (Gephi, Cytoscape, yEd) or json (node-link)."),
    output: Path | None = typer.Option(None, "--output", "-o", dir_okay=False,
                                       help="Write here, not to stdout."),
) -> None:
    """Project the claims into a network: agreement (claims that agree/conflict per mechanism),
    expert_mechanism (speakers x mechanisms, weighted) or citations (speakers -> cited works)."""
    if name not in PROJECTIONS:
        raise fail(f"unknown projection {name!r}; choose one of {', '.join(PROJECTIONS)}")
    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with reading_store() as store:
        extractions = store.extractions()
    projected = PROJECTIONS[name](extractions)
    text = serialize_graph(projected, fmt)
    err = Console(stderr=True, soft_wrap=True)
    summary = f"{name}: {projected.number_of_nodes()} nodes, {projected.number_of_edges()} edges"
    kind = RANKED_KIND.get(name)
    if name == "agreement":
        relations = Counter(data.get("relation") for _, _, data in projected.edges(data=True))
        summary += f" ({relations['agree']} agreeing, {relations['conflict']} conflicting pairs)"
        contested = contested_mechanisms(projected)[:5]
        if contested:
            summary += "; most contested mechanisms: " + ", ".join(f"{m} ({n})" for m, n in contested)
    if kind:
        top = rank_centrality(projected, kind)[:5]
        if top:
            ranked = ", ".join(f"{projected.nodes[n]['label']} ({score:.2f})" for n, score in top)
            summary += f"; most central {kind}s: {ranked}"
    if output is None:
        typer.echo(text, nl=False)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as error:
            raise fail(f"cannot write {output}: {error.strerror}") from None
        summary += f"; wrote {output}"
    err.print(summary, highlight=False)


def register(app: typer.Typer) -> None:
    app.command("graph")(graph)
