"""ORDER BY done in Python: the same rows in the same order, without the store's slow sort.

Oxigraph sorts by decoding both terms on every comparison, which costs more than finding the rows
(about 120 of 270 ms for 1,785 rows of a named query at 1M quads). So a SELECT whose query ends in
``ORDER BY`` of plain variables (``?v``, ``ASC(?v)``, ``DESC(?v)``, nothing after them, so no
LIMIT or OFFSET) is sent without that clause, and the rows are sorted here, by SPARQL's rules:

- unbound sorts first (last under DESC);
- a key column must hold one kind of value: IRIs (compared by their text), simple or xsd:string
  literals (by code point, as Oxigraph does), or numbers (numerically). Anything else (blank nodes,
  language-tagged strings, dates, booleans, a mix of kinds, NaN) cannot be ordered here exactly as the
  store would, so the query is run again with its ORDER BY and the store sorts;
- rows tied on every key (SPARQL leaves their order undefined) are ordered by all their columns,
  left to right, so every backend returns the same order.

Row cap: the unordered query is read up to ``max(limit, SORT_ROWS)`` rows; the rows are sorted and
the first ``limit`` returned (``truncated`` when there were more), exactly the rows a store-side
``ORDER BY`` then cap would keep. A result larger than that is left to the store to sort.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kg.store.guard import blank_literals

SORT_ROWS = 200_000
"""At most this many rows (or ``limit``, if larger) are sorted in Python; beyond, the store sorts."""

XSD = "http://www.w3.org/2001/XMLSchema#"
STRING_TYPES = {f"{XSD}string"}
INTEGER_TYPES = {f"{XSD}{t}" for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "negativeInteger",
    "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
FLOAT_TYPES = {f"{XSD}double", f"{XSD}float", f"{XSD}decimal"}

_ORDER_BY = re.compile(r"(?<![?$:\w])ORDER\s+BY(?![:\w])", re.IGNORECASE)
_FORM = re.compile(r"(?<![?$:\w])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![:\w])", re.IGNORECASE)
_KEY = re.compile(r"\s*(?:(ASC|DESC)\s*\(\s*[?$](\w+)\s*\)|[?$](\w+))", re.IGNORECASE)


@dataclass(frozen=True)
class OrderPlan:
    """The query without its final ORDER BY, and that clause's keys as (variable, descending)."""

    unordered: str
    keys: tuple[tuple[str, bool], ...]


def plan_order(sparql: str) -> OrderPlan | None:
    """How to sort ``sparql`` in Python, or None when the store must sort it (see the module doc)."""
    blanked = blank_literals(sparql)
    form = _FORM.search(blanked)
    if form is None or form.group(1).upper() != "SELECT":
        return None
    found = None
    for match in _ORDER_BY.finditer(blanked):
        found = match
    if found is None or blanked.count("{", 0, found.start()) != blanked.count("}", 0, found.start()):
        return None  # no ORDER BY, or the last one sits inside a sub-select
    keys: list[tuple[str, bool]] = []
    position = found.end()
    while key := _KEY.match(blanked, position):
        direction, wrapped, plain = key.groups()
        keys.append((wrapped or plain, (direction or "").upper() == "DESC"))
        position = key.end()
    if not keys or blanked[position:].strip():
        return None  # an expression, LIMIT, OFFSET or VALUES follows: the store keeps the sort
    return OrderPlan(unordered=sparql[:found.start()] + " " * (position - found.start()) + sparql[position:],
                     keys=tuple(keys))


# --- sort atoms -------------------------------------------------------------------------------
# A backend describes each result term as (kind, lexical, datatype, language) with kind one of
# "iri", "literal", "bnode", or None for unbound; the helpers below turn that into sort keys.

Term = tuple[str, str, str, str] | None
_UNBOUND = (0,)


def class_and_value(term: Term) -> tuple[str, Any]:
    """(kind class, comparable value): the classes a key column may hold are iri, str and num."""
    if term is None:
        return "unbound", None
    kind, lexical, datatype, language = term
    if kind == "iri":
        return "iri", lexical
    if kind != "literal" or language:
        return "other", None
    if not datatype or datatype in STRING_TYPES:
        return "str", lexical
    try:
        if datatype in INTEGER_TYPES:
            return "num", int(lexical)
        if datatype in FLOAT_TYPES:
            number = float(lexical)
            return ("num", number) if not math.isnan(number) else ("other", None)
    except ValueError:
        pass
    return "other", None


def _total(term: Term) -> tuple[Any, ...]:
    """A key that orders any two terms the same way every time (for ties only)."""
    if term is None:
        return (0,)
    kind, lexical, datatype, language = term
    if kind == "bnode":
        return (1, lexical)
    if kind == "iri":
        return (2, lexical)
    cls, value = class_and_value(term)
    if cls == "num":
        return (3, 1, value, lexical)
    if cls == "str":
        return (3, 0, lexical)
    return (3, 2, datatype or "", language or "", lexical)


def sort_rows(rows: list[Sequence[Any]], columns: Sequence[str], keys: Iterable[tuple[str, bool]],
              describe: Callable[[Any], Term],
              classify: Callable[[Any], tuple[str, Any]] | None = None) -> list[Sequence[Any]] | None:
    """The rows (each a sequence of the backend's terms, one per column, which ``describe`` turns into
    a Term) in ORDER BY order, ties broken by every column; None if a key column is not a result column
    or holds values only the store can order. ``classify`` is a faster ``class_and_value(describe(t))``
    a backend may pass."""
    keys = list(keys)
    index = {name: n for n, name in enumerate(columns)}
    if any(name not in index for name, _ in keys):
        return None
    if classify is None:
        def classify(term: Any) -> tuple[str, Any]:
            return class_and_value(describe(term))
    key_columns: list[list[tuple[Any, ...]]] = []
    for name, _ in keys:
        column = index[name]
        classes: set[str] = set()
        values: list[tuple[Any, ...]] = []
        for row in rows:
            cls, value = classify(row[column])
            classes.add(cls)
            values.append(_UNBOUND if cls == "unbound" else (1, value))
        classes.discard("unbound")
        if len(classes) > 1 or "other" in classes:
            return None
        key_columns.append(values)
    row_keys = list(zip(*key_columns, strict=True))
    if any(descending for _, descending in keys):
        order = list(range(len(rows)))
        for position in range(len(keys) - 1, -1, -1):  # stable sorts, last key first
            order.sort(key=key_columns[position].__getitem__, reverse=keys[position][1])
    else:
        order = sorted(range(len(rows)), key=row_keys.__getitem__)
    # ties: runs of equal keys, ordered by all columns
    out: list[Sequence[Any]] = []
    start = 0
    while start < len(order):
        end = start + 1
        while end < len(order) and row_keys[order[end]] == row_keys[order[start]]:
            end += 1
        run = [rows[n] for n in order[start:end]]
        if len(run) > 1:
            run.sort(key=lambda row: tuple(_total(describe(term)) for term in row))
        out += run
        start = end
    return out
