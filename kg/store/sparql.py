"""The remote backend: any SPARQL 1.1 server (Oxigraph server, Apache Jena Fuseki, GraphDB, ...).

Reads use the SPARQL 1.1 Protocol; a source is replaced with a Graph Store Protocol PUT of its named
graph when a store endpoint is known (atomic on Oxigraph and Fuseki), otherwise with one SPARQL
update (DROP its graph; INSERT DATA), which transactional servers also apply atomically.
Parameters travel as a VALUES block of escaped RDF terms opening the WHERE group (so FILTERs see
them, as with the embedded store's substitutions), never as pasted text.
"""

from __future__ import annotations

import json
import logging
import re
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.config import StoreConfig
from kg.mapping import extraction_triples, source_iri, triples_to_extractions
from kg.prefixes import PREFIXES, prefix_header
from kg.store.base import QueryError, QueryResult, QueryTimeout, Store, StoreError
from kg.store.guard import blank_literals, check_read_only
from kg.store.ordering import plan_order, sort_rows
from kg.store.oxigraph import QUAD_FORMATS, RDF_FORMATS
from kg.store.terms import binding_term, literal_value, to_ox
from ontology.models import Extraction, Source
from ontology.namespaces import NC

log = logging.getLogger(__name__)

RESULTS_JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"
ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_WHERE = re.compile(r"(?<![?$:\w])WHERE(?![:\w])", re.IGNORECASE)


def _derived(endpoint: str, suffix: str) -> str | None:
    """Oxigraph and Fuseki name their endpoints .../query, .../update, .../store or .../data."""
    if endpoint.rstrip("/").endswith("/query"):
        return endpoint.rstrip("/")[: -len("query")] + suffix
    return None


class SparqlServerStore(Store):
    """A store behind SPARQL 1.1 HTTP endpoints; every call has a time limit and a clear error."""

    def __init__(self, endpoint: str, update_endpoint: str | None = None,
                 store_endpoint: str | None = None, *, read_only: bool = False, http_timeout_s: float = 30.0,
                 union_default_graph: bool = True) -> None:
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or _derived(endpoint, "update")
        self.store_endpoint = store_endpoint or _derived(endpoint, "store")
        self.read_only = read_only
        self.http_timeout_s = http_timeout_s
        self.union_default_graph = union_default_graph

    @classmethod
    def from_config(cls, config: StoreConfig, read_only: bool = False) -> SparqlServerStore:
        if not config.endpoint:
            raise StoreError("backend 'sparql' needs an endpoint: set NEUROCLAIMS_ENDPOINT (e.g. "
                             "http://localhost:7878/query) or `endpoint` under [store] in neuroclaims.toml")
        return cls(config.endpoint, config.update_endpoint, config.store_endpoint, read_only=read_only,
                   http_timeout_s=config.http_timeout_s)

    # --- HTTP -----------------------------------------------------------------------------

    def _request(self, url: str, *, data: bytes | None = None, method: str = "GET",
                 headers: dict[str, str] | None = None, timeout_s: float | None = None) -> bytes:
        request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        limit = timeout_s or self.http_timeout_s
        try:
            with urllib.request.urlopen(request, timeout=limit) as response:
                return response.read()
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace").strip()[:500]
            if error.code in (400, 422):
                raise QueryError(f"the SPARQL server at {url} rejected the request: {detail}") from error
            if error.code in (503, 504) and "timeout" in detail.lower():
                raise QueryTimeout(f"the SPARQL server at {url} stopped the query at its time "
                                   "limit") from error
            raise StoreError(f"the SPARQL server at {url} answered HTTP {error.code}: {detail}") from error
        except TimeoutError as error:
            raise QueryTimeout(f"no answer from {url} within {limit:g} s; make the query more specific or "
                               "allow more time with --timeout") from error
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise QueryTimeout(f"no answer from {url} within {limit:g} s") from error
            raise StoreError(f"cannot reach the SPARQL server at {url} ({error.reason}); start it, or unset "
                             "NEUROCLAIMS_ENDPOINT to use the embedded store") from error

    def _select(self, sparql: str, timeout_s: float | None = None) -> dict[str, Any]:
        params = {"query": sparql}
        if self.union_default_graph:
            params["union-default-graph"] = ""
        body = urllib.parse.urlencode(params).encode("utf-8")
        headers = {"Content-Type": "application/x-www-form-urlencoded",
                   "Accept": f"{RESULTS_JSON}, {NTRIPLES};q=0.9"}
        raw = self._request(self.endpoint, data=body, method="POST", timeout_s=timeout_s, headers=headers)
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            return {"ntriples": raw}

    def _update(self, update: str) -> None:
        if self.read_only:
            raise StoreError(f"the SPARQL store at {self.endpoint} was opened read-only")
        if not self.update_endpoint:
            raise StoreError(f"no update endpoint for {self.endpoint}: set NEUROCLAIMS_UPDATE_ENDPOINT")
        self._request(self.update_endpoint, data=urllib.parse.urlencode({"update": update}).encode("utf-8"),
                      method="POST", headers={"Content-Type": "application/x-www-form-urlencoded"})

    # --- writing --------------------------------------------------------------------------

    def put_extraction(self, extraction: Extraction) -> None:
        graph = source_iri(extraction.source.id)
        lines = "\n".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in extraction_triples(extraction))
        if self.store_endpoint:
            if self.read_only:
                raise StoreError(f"the SPARQL store at {self.endpoint} was opened read-only")
            url = f"{self.store_endpoint}?{urllib.parse.urlencode({'graph': str(graph)})}"
            self._request(url, data=(lines + "\n").encode("utf-8"), method="PUT",
                          headers={"Content-Type": NTRIPLES})
        else:
            self._update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{lines}\n}} }}")

    def remove_source(self, source_id: str) -> None:
        self._update(f"DROP SILENT GRAPH <{source_iri(source_id)}>")

    # --- reading --------------------------------------------------------------------------

    def has_source(self, source_id: str, checksum: str | None = None) -> bool:
        graph = to_ox(source_iri(source_id))
        if checksum is None:
            query = f"ASK {{ GRAPH {graph} {{ {graph} {to_ox(NC.checksum)} ?c }} }}"
        else:
            # unchanged, and written with the claims' query shortcuts (nc:quote; older sources lack them)
            stale = f"?c a {to_ox(NC.Claim)} FILTER NOT EXISTS {{ ?c {to_ox(NC.quote)} ?q }}"
            query = (f"ASK {{ GRAPH {graph} {{ {graph} {to_ox(NC.checksum)} {to_ox(Literal(checksum))} "
                     f"FILTER NOT EXISTS {{ {stale} }} }} }}")
        return bool(self._select(query).get("boolean"))

    def _quads(self) -> list[tuple[Node, Node, Node, Node]]:
        rows = self._select(ALL_QUADS).get("results", {}).get("bindings", [])
        return [(_term(r["g"]), _term(r["s"]), _term(r["p"]), _term(r["o"])) for r in rows]

    def extractions(self) -> list[Extraction]:
        by_graph: dict[Node, list[tuple[Node, Node, Node]]] = defaultdict(list)
        for g, s, p, o in self._quads():
            by_graph[g].append((s, p, o))
        extractions: list[Extraction] = []
        for triples in by_graph.values():
            extractions += triples_to_extractions(triples)
        return sorted(extractions, key=lambda e: e.source.id)

    def sources(self) -> list[Source]:
        return [extraction.source for extraction in self.extractions()]

    def triple_count(self) -> int:
        rows = self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")["results"]["bindings"]
        return int(rows[0]["n"]["value"]) if rows else 0

    def dump(self, rdf_format: str) -> bytes:
        if rdf_format not in RDF_FORMATS:
            raise StoreError(f"unknown RDF format {rdf_format!r}; choose one of {', '.join(RDF_FORMATS)}")
        quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for g, s, p, o in self._quads()]
        if rdf_format in QUAD_FORMATS:
            return ox.serialize(quads, format=RDF_FORMATS[rdf_format], prefixes=PREFIXES)
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
        return ox.serialize(sorted(triples, key=str), format=RDF_FORMATS[rdf_format], prefixes=PREFIXES)

    def query(self, sparql: str, bindings: dict[str, Any] | None = None, *, timeout_s: float = 10.0,
              limit: int = 10_000) -> QueryResult:
        """Run read-only with parameters bound by VALUES, at most ``limit`` rows (the server sends every
        row; the cap is applied here). A final plain ORDER BY is done here (kg.store.ordering)."""
        check_read_only(sparql)
        plan = plan_order(sparql)
        if plan is not None:
            answer = self._select(prefix_header(plan.unordered) + with_values(plan.unordered, bindings or {}),
                                  timeout_s=timeout_s)
            if "results" in answer:
                columns = answer["head"]["vars"]
                rows = [[binding.get(c) for c in columns] for binding in answer["results"]["bindings"]]
                ordered = sort_rows(rows, columns, plan.keys, _describe)
                if ordered is not None:
                    return _capped(columns, [{c: _value(t) for c, t in zip(columns, row, strict=True)}
                                             for row in ordered[:limit + 1]], limit)
        text = prefix_header(sparql) + with_values(sparql, bindings or {})
        answer = self._select(text, timeout_s=timeout_s)
        if "boolean" in answer:
            return QueryResult(columns=["boolean"], rows=[{"boolean": answer["boolean"]}],
                               boolean=bool(answer["boolean"]))
        if "ntriples" in answer:
            triples = list(ox.parse(answer["ntriples"], format=ox.RdfFormat.N_TRIPLES))
            rows = [{"subject": _plain(t.subject), "predicate": _plain(t.predicate),
                     "object": _plain(t.object)} for t in triples]
            return _capped(["subject", "predicate", "object"], rows, limit)
        columns = answer["head"]["vars"]
        rows = [{c: _value(binding.get(c)) for c in columns} for binding in answer["results"]["bindings"]]
        return _capped(columns, rows, limit)


def values_clause(bindings: dict[str, Any]) -> str:
    """``VALUES (?a ?b) { (term term) }`` with every value written as an escaped RDF term."""
    if not bindings:
        return ""
    names = [name.lstrip("?$") for name in bindings]
    for name in names:
        if not _VARIABLE.fullmatch(name):
            raise QueryError(f"parameter name {name!r} must be letters, digits and '_'")
    terms = " ".join(str(to_ox(binding_term(value))) for value in bindings.values())
    return " VALUES (" + " ".join(f"?{n}" for n in names) + f") {{ ({terms}) }} "


def with_values(sparql: str, bindings: dict[str, Any]) -> str:
    """The query with the bindings' VALUES block placed first inside its WHERE group."""
    if not bindings:
        return sparql
    blanked = blank_literals(sparql)
    where = _WHERE.search(blanked)
    brace = blanked.find("{", where.end() if where else 0)
    if brace < 0:
        raise QueryError("cannot bind parameters: the query has no WHERE { ... } group")
    out = sparql[:brace + 1] + values_clause(bindings) + sparql[brace + 1:]
    return _with_values_in_subselects(out, brace + 1 + len(values_clause(bindings)), bindings)


_SUBSELECT = re.compile(r"\{\s*SELECT\b(?P<projection>.*?)\bWHERE\s*\{", re.IGNORECASE | re.DOTALL)


def _with_values_in_subselects(sparql: str, start: int, bindings: dict[str, Any]) -> str:
    """Also bind a parameter first inside each sub-select that projects it as a plain variable.

    A sub-select is evaluated before the outer VALUES joins it, so without this it computes every
    value of the parameter (a query grouping claims per mechanism would group all mechanisms). Its
    rows with other values could never join the outer VALUES, so pruning them changes no answer.
    """
    out, position = sparql[:start], start
    blanked = blank_literals(sparql)
    for match in _SUBSELECT.finditer(blanked, start):
        projection = match.group("projection")
        names = {name: value for name, value in bindings.items()
                 if re.search(rf"(?<!AS )[?$]{re.escape(name.lstrip('?$'))}\b", projection, re.IGNORECASE)
                 and not re.search(rf"AS\s+[?$]{re.escape(name.lstrip('?$'))}\b", projection, re.IGNORECASE)}
        if names:
            out += sparql[position:match.end()] + values_clause(names)
            position = match.end()
    return out + sparql[position:]


def _capped(columns: list[str], rows: list[dict[str, Any]], limit: int) -> QueryResult:
    return QueryResult(columns=columns, rows=rows[:limit], truncated=len(rows) > limit)


def _term(binding: dict[str, str]) -> Node:
    kind = binding["type"]
    if kind == "uri":
        return URIRef(binding["value"])
    if kind == "bnode":
        return BNode(binding["value"])
    if "xml:lang" in binding:
        return Literal(binding["value"], lang=binding["xml:lang"])
    datatype = binding.get("datatype")
    if datatype is None or datatype == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(binding["value"])
    return Literal(binding["value"], datatype=URIRef(datatype))


def _describe(binding: dict[str, str] | None) -> tuple[str, str, str, str] | None:
    """A SPARQL JSON result term as kg.store.ordering's (kind, lexical, datatype, language)."""
    if binding is None:
        return None
    kinds = {"uri": "iri", "bnode": "bnode", "literal": "literal", "typed-literal": "literal"}
    kind = kinds.get(binding["type"], "other")
    return (kind, binding["value"], binding.get("datatype", ""), binding.get("xml:lang", ""))


def _value(binding: dict[str, str] | None) -> Any:
    if binding is None:
        return None
    if binding["type"] == "uri":
        return binding["value"]
    if binding["type"] == "bnode":
        return f"_:{binding['value']}"
    return literal_value(binding["value"], binding.get("datatype"))


def _plain(term: Any) -> Any:
    if isinstance(term, ox.Literal):
        return literal_value(term.value, term.datatype.value)
    return term.value if isinstance(term, ox.NamedNode) else str(term)
