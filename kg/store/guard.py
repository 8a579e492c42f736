"""Read-only guard for user SPARQL, shared by every backend.

A query that would change the graph (UPDATE forms) or reach another endpoint (SERVICE) is refused
before it reaches a store. Strings, IRIs and comments are blanked first, so a keyword inside a
literal (``"drop"``) or a variable (``?copy``) does not trip the guard.
"""

from __future__ import annotations

import re

from kg.store.base import QueryRefused

FORBIDDEN = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH", "SERVICE")

_STRING_OR_IRI_OR_COMMENT = re.compile(
    r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|<[^<>\"{}|^`\\\s]*>|#[^\n]*",
    re.DOTALL,
)
_KEYWORD = re.compile(r"(?<![?$:\w])(" + "|".join(FORBIDDEN) + r")(?![:\w])", re.IGNORECASE)


def blank_literals(sparql: str) -> str:
    """The query with every string, IRI and comment replaced by spaces (keywords remain)."""
    return _STRING_OR_IRI_OR_COMMENT.sub(lambda m: " " * len(m.group(0)), sparql)


def check_read_only(sparql: str) -> None:
    """Raise QueryRefused if the query updates the graph or calls out with SERVICE."""
    found = _KEYWORD.search(blank_literals(sparql))
    if found is None:
        return
    keyword = found.group(1).upper()
    if keyword == "SERVICE":
        raise QueryRefused("SERVICE (federated queries to other endpoints) is not allowed; "
                           "query the local graph only")
    raise QueryRefused(f"{keyword} would change the graph; only read-only queries (SELECT, ASK, CONSTRUCT, "
                       "DESCRIBE) are allowed here. Use `neuroclaims ingest` to change the graph.")
