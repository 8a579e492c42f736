"""`neuroclaims query`: run a named query from kg/queries, a .rq file, or SPARQL text on the graph."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import typer
from rdflib import URIRef
from rdflib.term import Node
from rich.console import Console
from rich.table import Table

from kg.prefixes import PREFIXES
from kg.query_library import NamedQuery, bind_params, list_queries, load_query, parse_query_file
from kg.store.base import QueryResult, StoreError
from neuroclaims.graph_access import config_or_exit, fail, reading_store

FORMATS = ("table", "csv", "json")
_SPARQL_START = re.compile(r"\s*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|DROP|CLEAR|LOAD|"
                           r"CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


def _parse_params(params: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise fail(f"--param {item!r} must look like name=value")
        values[name.strip()] = value
    return values


def _resolve(query: str) -> NamedQuery | str:
    """A named query, a .rq file, or SPARQL text, in that order of checking."""
    path = Path(query)
    if path.suffix == ".rq":
        if not path.is_file():
            raise fail(f"{path}: no such query file")
        try:
            return parse_query_file(path, require_title=False)
        except StoreError as error:
            raise fail(str(error)) from None
    if query in {q.name for q in list_queries()}:
        return load_query(query)
    if "{" in query or _SPARQL_START.match(query):
        return query
    raise fail(f"{query!r} is neither a named query nor SPARQL text; named queries: "
               f"{', '.join(q.name for q in list_queries())} (see `neuroclaims query --list`)")


def _inline_bindings(values: dict[str, str]) -> dict[str, Node | str]:
    """For ad-hoc SPARQL: ``<...>`` values are IRIs, anything else a string literal."""
    return {name: URIRef(value[1:-1]) if value.startswith("<") and value.endswith(">") else value
            for name, value in values.items()}


def _short(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    text = str(value)
    for prefix, iri in PREFIXES.items():
        if text.startswith(iri) and len(text) > len(iri):
            return f"{prefix}:{text[len(iri):]}"
    return text


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def render(result: QueryResult, fmt: str) -> str:
    """The result as CSV or JSON text (tables are printed with rich instead)."""
    if fmt == "json":
        rows = [{k: _json_value(v) for k, v in row.items()} for row in result.rows]
        return json.dumps({"columns": result.columns, "rows": rows, "truncated": result.truncated},
                          ensure_ascii=False, indent=2) + "\n"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=result.columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: "" if v is None else _json_value(v) for k, v in row.items()} for row in result.rows)
    return out.getvalue()


def _print_table(result: QueryResult, title: str | None) -> None:
    console = Console()
    if result.boolean is not None:
        console.print("true" if result.boolean else "false")
        return
    table = Table(title=title, show_lines=False)
    for column in result.columns:
        table.add_column(column, overflow="fold")
    for row in result.rows:
        table.add_row(*(_short(row.get(c)) for c in result.columns))
    console.print(table)
    note = f"{len(result.rows)} rows"
    if result.truncated:
        note += " (truncated: raise --limit to see more)"
    Console(stderr=True).print(note, style="dim")


def _print_list() -> None:
    table = Table(title="Named queries (kg/queries/*.rq)")
    table.add_column("name")
    table.add_column("what it answers", overflow="fold")
    table.add_column("parameters", overflow="fold")
    for query in list_queries():
        params = "; ".join(f"{p.name} ({p.kind}): {p.description}" for p in query.params)
        table.add_row(query.name, f"{query.title}. {query.description}", params or "-")
    Console().print(table)


def query(
    query: str | None = typer.Argument(None, help="A named query (see --list), a .rq file, or SPARQL text."),
    param: list[str] = typer.Option(None, "--param", "-p",
                                    help="name=value, repeatable; bound, never pasted."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    timeout: float | None = typer.Option(None, "--timeout", help="Seconds before the query is stopped."),
    limit: int | None = typer.Option(None, "--limit", help="At most this many rows."),
    list_named: bool = typer.Option(False, "--list", help="List the named queries and their parameters."),
) -> None:
    """Run a read-only SPARQL query on the graph (updates and SERVICE are refused).

    Prefixes nc, oa, prov, dcterms, foaf, schema, mech, id, skos, rdf, rdfs, xsd need no declaration.
    """
    if list_named:
        _print_list()
        return
    if query is None:
        raise fail("give a query name, a .rq file or SPARQL text (or --list)")
    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    values = _parse_params(param or [])
    resolved = _resolve(query)
    config = config_or_exit()
    options = {"timeout_s": timeout or config.query_timeout_s, "limit": limit or config.result_limit}
    with reading_store(config) as store:
        try:
            if isinstance(resolved, NamedQuery):
                result = store.query(resolved.text, bind_params(resolved, values), **options)
            else:
                result = store.query(resolved, _inline_bindings(values), **options)
        except StoreError as error:
            raise fail(str(error)) from None
    if fmt == "table":
        _print_table(result, resolved.title if isinstance(resolved, NamedQuery) else None)
    else:
        typer.echo(render(result, fmt), nl=False)


def register(app: typer.Typer) -> None:
    app.command("query")(query)
