from __future__ import annotations

import pytest

from kg.store.base import QueryRefused
from kg.store.guard import blank_literals, check_read_only


@pytest.mark.parametrize("query", [
    'SELECT ?drop WHERE { ?s <urn:insert> "DELETE everything" }',
    "SELECT ?s WHERE { ?s a ?copy . FILTER(?copy != <urn:load>) }",
    "PREFIX drop: <urn:x#> SELECT * WHERE { ?s drop:clear ?o }",
    "SELECT * WHERE { ?s ?p ?o } # never INSERT anything",
    "SELECT * WHERE { ?s ?p '''multi\nline DROP'''}",
    "SELECT * WHERE { ?s ?p ?o FILTER(?o < 5 && ?o > 1) }",
    "ASK { ?s ?p $add }",
])
def test_check_read_only_accepts_keywords_inside_names_and_strings(query: str) -> None:
    check_read_only(query)


@pytest.mark.parametrize("query", ["drop graph <urn:g>", "SELECT * { SERVICE  SILENT <urn:e> { ?s ?p ?o } }",
                                   "SELECT * WHERE { ?s ?p ?o } ; Clear all"])
def test_check_read_only_refuses_forms_in_any_case(query: str) -> None:
    with pytest.raises(QueryRefused):
        check_read_only(query)


def test_blank_literals_keeps_length() -> None:
    query = 'SELECT * { ?s <urn:x> "a \\" DROP" }'
    blanked = blank_literals(query)
    assert len(blanked) == len(query) and "DROP" not in blanked
