"""The named SPARQL queries in kg/queries/*.rq: listing, loading, binding their parameters.

Each file opens with a comment header (``# title:``, ``# description:``, ``# param NAME (KIND):``),
so a new query is one new file. Parameter values are turned into RDF terms by kind (a mechanism id
becomes its IRI, a string a literal) and bound by the store, never pasted into the query text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.mapping import mechanism_iri, source_iri
from kg.store.base import QueryResult, Store, StoreError
from ontology.mechanisms import mechanisms_by_id

QUERY_DIR = Path(__file__).with_name("queries")
PARAM_KINDS = ("mechanism", "source", "string", "number", "iri")

_PARAM = re.compile(r"param\s+(\w+)\s*\((\w+)\)\s*:\s*(.*)")


class QueryParameterError(StoreError):
    """A named query was given an unknown parameter or a value of the wrong kind."""


@dataclass(frozen=True)
class QueryParam:
    name: str
    kind: str
    description: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    text: str
    params: tuple[QueryParam, ...] = field(default_factory=tuple)
    path: Path | None = None


def parse_query_file(path: Path, require_title: bool = True) -> NamedQuery:
    """Read one .rq file and its header; a malformed header names the file and the line. The
    library's own queries need a title (the UI lists them by it); a user's file may go without,
    and is then called by its file name."""
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    params: list[QueryParam] = []
    current: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        if match := _PARAM.fullmatch(body):
            name, kind, description = match.groups()
            if kind not in PARAM_KINDS:
                raise StoreError(f"{path}:{number}: parameter kind {kind!r} is not one of "
                                 f"{', '.join(PARAM_KINDS)}")
            params.append(QueryParam(name, kind, description.strip()))
            current = None
        elif ":" in body and body.split(":", 1)[0] in ("title", "description"):
            key, value = body.split(":", 1)
            fields[key] = value.strip()
            current = key
        elif current and line.startswith("#  "):
            fields[current] += " " + body
    if "title" not in fields and require_title:
        raise StoreError(f"{path}: the header needs a '# title: ...' line")
    return NamedQuery(name=path.stem, title=fields.get("title", path.stem),
                      description=fields.get("description", ""), text=text, params=tuple(params), path=path)


@lru_cache(maxsize=1)
def _library(directory: Path = QUERY_DIR) -> dict[str, NamedQuery]:
    return {path.stem: parse_query_file(path) for path in sorted(directory.glob("*.rq"))}


def list_queries() -> list[NamedQuery]:
    """Every named query, by name."""
    return list(_library().values())


def load_query(name: str) -> NamedQuery:
    library = _library()
    if name not in library:
        raise QueryParameterError(f"no query named {name!r}; known: {', '.join(library)}")
    return library[name]


def bind_params(query: NamedQuery, values: dict[str, str]) -> dict[str, Node]:
    """Turn ``name=value`` strings into RDF terms by the kinds the query declares."""
    declared = {p.name: p for p in query.params}
    bound: dict[str, Node] = {}
    for name, raw in values.items():
        if name not in declared:
            known = ", ".join(declared) or "none"
            raise QueryParameterError(f"query {query.name!r} has no parameter {name!r} (parameters: {known})")
        bound[name] = param_term(declared[name], raw)
    return bound


def param_term(param: QueryParam, raw: str) -> Node:
    if param.kind == "mechanism":
        known = mechanisms_by_id()
        if raw not in known:
            raise QueryParameterError(f"unknown mechanism {raw!r} for {param.name}; "
                                      f"known: {', '.join(sorted(known))}")
        return mechanism_iri(raw)
    if param.kind == "source":
        return source_iri(raw)
    if param.kind == "number":
        try:
            return Literal(float(raw))
        except ValueError:
            raise QueryParameterError(f"{param.name} must be a number, not {raw!r}") from None
    if param.kind == "iri":
        if not re.fullmatch(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*", raw):
            raise QueryParameterError(f"{param.name} must be an absolute IRI, not {raw!r}")
        return URIRef(raw)
    return Literal(raw)


def run_named(store: Store, name: str, values: dict[str, str] | None = None, **options: Any) -> QueryResult:
    """Run a named query with ``name=value`` parameters (timeout_s, limit passed to the store).

    Every named query ends in a plain ``ORDER BY``, which the store sorts in Python (see
    kg.store.ordering and ``Store.query``): ``limit`` keeps the first rows of the whole order, and
    rows tied on every sort key come in the order of all their columns, on every backend.
    """
    query = load_query(name)
    return store.query(query.text, bind_params(query, values or {}), **options)
