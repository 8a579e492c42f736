"""The SPARQL page: an editor seeded with the named queries of kg/queries (with their parameters
as inputs), a read-only, time-limited run, results with a CSV download, and errors shown as plain
messages instead of tracebacks.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from kg.store.base import QueryRefused, QueryTimeout, StoreError
from ontology.mechanisms import mechanism_label, mechanisms_by_id
from ui import data
from ui.corpus import CorpusIndex

DEFAULT_QUERY = """PREFIX nc: <https://w3id.org/neuroclaims/ns#>
SELECT ?claim ?p ?o WHERE { ?claim a nc:Claim ; ?p ?o } LIMIT 20
"""


def _load_example() -> None:
    query = data.named_queries().get(st.session_state.get("sparql_example"))
    if query is not None:
        st.session_state["sparql_text"] = query.text
        st.session_state.pop("sparql_result", None)


def run_user_query(
    sparql: str, bindings: dict[str, Any], timeout_s: float, limit: int
) -> tuple[pd.DataFrame | None, str | None, str]:
    """(table, error message, note): the query's rows, or why it could not run."""
    if not sparql.strip():
        return None, "The query is empty. Pick an example or write a SELECT or ASK query.", ""
    try:
        result = data.run_query(sparql, bindings, timeout_s=timeout_s, limit=limit)
    except QueryRefused as exc:
        return None, f"Refused: this page is read-only. {exc}", ""
    except QueryTimeout as exc:
        return None, f"The query ran past {timeout_s:g} s and was stopped. {exc}", ""
    except StoreError as exc:
        return None, f"The query failed: {exc}", ""
    except Exception as exc:  # noqa: BLE001 - any parser error is the user's to read, not a traceback
        return None, f"The query failed: {type(exc).__name__}: {exc}", ""
    if result.boolean is not None:
        return (
            pd.DataFrame([{"result": result.boolean}]),
            None,
            f"ASK answered {str(result.boolean).lower()}.",
        )
    frame = pd.DataFrame(result.rows, columns=result.columns)
    note = f"{len(frame)} rows" + (f" (stopped at the {limit}-row limit)" if result.truncated else "")
    return frame, None, note


def _parameter_inputs(query: Any) -> tuple[dict[str, Any], str | None]:
    """Widgets for a named query's parameters; returns the bound RDF terms or an error."""
    from kg.query_library import QueryParameterError, bind_params

    values: dict[str, str] = {}
    if not query.params:
        return {}, None
    cols = st.columns(min(3, len(query.params)))
    for n, param in enumerate(query.params):
        col = cols[n % len(cols)]
        key = f"sparql_param_{query.name}_{param.name}"
        if param.kind == "mechanism":
            value = col.selectbox(
                f"{param.name} (any if empty)",
                ["", *mechanisms_by_id()],
                key=key,
                format_func=lambda m: mechanism_label(m) if m else "— any —",
                help=param.description,
            )
        else:
            value = col.text_input(
                f"{param.name} ({param.kind})", key=key, help=param.description, placeholder="any if empty"
            )
        if value:
            values[param.name] = value
    try:
        return bind_params(query, values), None
    except QueryParameterError as exc:
        return {}, str(exc)


def render_sparql(index: CorpusIndex) -> None:
    queries = data.named_queries()
    linked = st.query_params.get("query")
    run_linked = False
    if linked in queries and st.session_state.get("_sparql_linked") != linked:
        # ?page=sparql&query=NAME opens (and runs) a named query: shareable links to results.
        st.session_state["_sparql_linked"] = linked
        st.session_state["sparql_example"] = linked
        st.session_state["sparql_text"] = queries[linked].text
        run_linked = True
    if "sparql_text" not in st.session_state:
        first = next(iter(queries.values()), None)
        st.session_state["sparql_text"] = first.text if first else DEFAULT_QUERY
    c1, c2, c3 = st.columns([3, 1, 1])
    name = c1.selectbox(
        "Example queries",
        list(queries),
        key="sparql_example",
        on_change=_load_example,
        format_func=lambda n: f"{queries[n].title} ({n}.rq)",
        help="Load one of the named queries shipped in kg/queries into the editor.",
    )
    timeout_s = c2.number_input("Time limit (s)", 1.0, 60.0, 10.0, step=1.0, key="sparql_timeout")
    limit = int(c3.number_input("Row limit", 10, 100_000, 5_000, step=100, key="sparql_limit"))
    query = queries.get(name)
    if query is not None and query.description:
        st.caption(query.description)
    bindings, param_error = _parameter_inputs(query) if query is not None else ({}, None)
    sparql = st.text_area(
        "SPARQL",
        key="sparql_text",
        height=280,
        help="Read-only: SELECT, ASK, CONSTRUCT and DESCRIBE run; updates are refused.",
    )
    if st.button("Run query", type="primary", key="sparql_run") or run_linked:
        if param_error:
            st.session_state["sparql_result"] = (None, param_error, "")
        else:
            with st.spinner("Running…"):
                st.session_state["sparql_result"] = run_user_query(sparql, bindings, timeout_s, limit)
    if "sparql_result" not in st.session_state:
        st.caption("Press **Run query** to see results.")
        return
    frame, error, note = st.session_state["sparql_result"]
    if error:
        st.error(error)
        return
    st.caption(note)
    st.dataframe(frame, hide_index=True)
    st.download_button(
        "Download CSV",
        frame.to_csv(index=False).encode("utf-8"),
        file_name="query-results.csv",
        mime="text/csv",
        key="sparql_csv",
    )
