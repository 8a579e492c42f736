"""Conversions between rdflib terms, pyoxigraph terms and plain Python values.

The mapping speaks rdflib; the embedded store speaks pyoxigraph; callers get plain values. Direct
term conversion is several times faster than serializing to N-Quads and parsing back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import XSD, BNode, Literal, URIRef
from rdflib.term import Node

from kg.store.base import StoreError
from kg.store.ordering import SORT_ROWS, class_and_value, plan_order, sort_rows

_XSD_STRING = str(XSD.string)
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_INTEGER_TYPES = {str(XSD[t]) for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "negativeInteger",
    "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {str(XSD.double), str(XSD.float), str(XSD.decimal)}
_XSD_BOOLEAN, _XSD_DATE, _XSD_DATETIME = str(XSD.boolean), str(XSD.date), str(XSD.dateTime)


def to_ox(node: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype is not None:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    raise StoreError(f"cannot store RDF term {node!r} of type {type(node).__name__}")


def from_ox(term: Any) -> Node:
    """A pyoxigraph term as an rdflib term (xsd:string literals become plain literals)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if term.language:
            return Literal(term.value, lang=term.language)
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise StoreError(f"unsupported RDF term {term!r} in the store")


class PlainTerms:
    """pyoxigraph terms -> rdflib IRIs (memoized: the same IRIs recur) or plain literal values.

    What ``kg.mapping.triples_to_extractions`` reads, several times faster than building rdflib
    Literals for every object.
    """

    def __init__(self) -> None:
        self._iris: dict[str, URIRef] = {}

    def __call__(self, term: Any) -> Any:
        if isinstance(term, ox.NamedNode):
            value = term.value
            iri = self._iris.get(value)
            if iri is None:
                iri = self._iris[value] = URIRef(value)
            return iri
        if isinstance(term, ox.Literal):
            return literal_value(term.value, term.datatype.value)
        return from_ox(term)


def python_value(term: Any) -> Any:
    """A result term as a plain Python value: IRIs as str, typed literals as int/float/bool/date/str."""
    kind = type(term)
    if kind is ox.Literal or isinstance(term, ox.Literal):  # the exact type first: the common, fast case
        return literal_value(term.value, term.datatype.value)
    if kind is ox.NamedNode or isinstance(term, ox.NamedNode):
        return term.value
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def literal_value(lexical: str, datatype: str | None) -> Any:
    """A literal's value from its lexical form and datatype IRI; unknown types stay strings."""
    if datatype == _XSD_STRING or datatype == _LANG_STRING:
        return lexical
    try:
        if datatype in _INTEGER_TYPES:
            return int(lexical)
        if datatype in _FLOAT_TYPES:
            return float(lexical)
        if datatype == _XSD_BOOLEAN:
            return lexical in ("true", "1")
        if datatype == _XSD_DATE:
            return dt.date.fromisoformat(lexical)
        if datatype == _XSD_DATETIME:
            return dt.datetime.fromisoformat(lexical.replace("Z", "+00:00"))
    except ValueError:
        return lexical
    return lexical


def binding_term(value: Any) -> Node:
    """A query parameter as an RDF term: rdflib terms pass through, Python values become literals."""
    if isinstance(value, Node):
        return value
    if isinstance(value, bool | int | float | dt.date | str):
        return Literal(value)
    raise StoreError(f"cannot bind a parameter of type {type(value).__name__}; pass a str, number, date "
                     "or an rdflib term")


def result_rows(results: Any) -> tuple[list[str], Iterator[dict[str, Any]]]:
    """Column names and rows (plain Python values, read lazily) of a pyoxigraph SELECT or CONSTRUCT
    result; the embedded store and its query worker both read results this way."""
    if isinstance(results, ox.QueryTriples):
        columns = ["subject", "predicate", "object"]
        return columns, (
            {"subject": python_value(t.subject), "predicate": python_value(t.predicate),
             "object": python_value(t.object)}
            for t in results
        )
    columns = [v.value for v in results.variables]
    return columns, ({c: python_value(solution[c]) for c in columns} for solution in results)


def ox_describe(term: Any) -> tuple[str, str, str, str] | None:
    """A pyoxigraph result term as kg.store.ordering's (kind, lexical, datatype, language)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value, "", "")
    if isinstance(term, ox.Literal):
        return ("literal", term.value, term.datatype.value, term.language or "")
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value, "", "")
    return ("other", str(term), "", "")


def ox_classify(term: Any) -> tuple[str, Any]:
    """kg.store.ordering's ``class_and_value(ox_describe(term))``, faster (it runs once per sort key and
    row)."""
    kind = type(term)
    if kind is ox.Literal:
        datatype = term.datatype.value  # language-tagged strings have rdf:langString: "other"
        if datatype == _XSD_STRING:
            return "str", term.value
        if datatype in _INTEGER_TYPES or datatype in _FLOAT_TYPES:
            return class_and_value(ox_describe(term))
        return "other", None
    if kind is ox.NamedNode:
        return "iri", term.value
    if term is None:
        return "unbound", None
    return class_and_value(ox_describe(term))


def collect_results(execute: Callable[[str], Any], sparql: str, limit: int,
                    stopped: Callable[[], bool] = lambda: False) -> dict[str, Any]:
    """Run a query with ``execute`` (text -> pyoxigraph results) and read at most ``limit`` rows, as
    ``QueryResult`` fields. A SELECT ending in a plain ORDER BY is run without it and sorted here
    (kg.store.ordering); when the rows cannot be sorted here, the query runs again as written."""
    plan = plan_order(sparql)
    if plan is not None:
        results = execute(plan.unordered)
        if isinstance(results, ox.QuerySolutions):
            columns = [v.value for v in results.variables]
            solutions = (tuple(solution[c] for c in columns) for solution in results)
            rows, more = _take(solutions, max(limit, SORT_ROWS), stopped)
            ordered = None if more else sort_rows(rows, columns, plan.keys, ox_describe, ox_classify)
            if ordered is not None:
                return {"columns": columns,
                        "rows": [{c: python_value(t) for c, t in zip(columns, row, strict=True)}
                                 for row in ordered[:limit]],
                        "truncated": len(ordered) > limit}
    results = execute(sparql)
    if isinstance(results, ox.QueryBoolean):
        return {"columns": ["boolean"], "rows": [{"boolean": bool(results)}], "boolean": bool(results)}
    columns, rows_iter = result_rows(results)
    out, truncated = _take(rows_iter, limit, stopped)
    return {"columns": columns, "rows": out, "truncated": truncated}


def _take(rows: Iterable[Any], cap: int, stopped: Callable[[], bool]) -> tuple[list[Any], bool]:
    """At most ``cap`` rows, and whether more were left; reading ends early once ``stopped()``."""
    out: list[Any] = []
    for row in rows:
        if stopped():
            break
        if len(out) >= cap:
            return out, True
        out.append(row)
    return out, False
