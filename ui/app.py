"""The NeuroClaims Streamlit app: lays out the pages and routes between them.

Each page is a view function in ui/views taking our models; this file only picks the page (a
sidebar radio mirrored in the ``?page=`` query parameter, so pages can be linked and
screenshotted) and hands it the cached claim index from ui.data.
"""

from __future__ import annotations

import streamlit as st

from ui import data
from ui.views import PAGES, empty_state

st.set_page_config(page_title="NeuroClaims", page_icon="🧠", layout="wide")


def _current_page() -> str:
    """The page from the radio, first seeded from ``?page=`` so links open the right page."""
    if "page" not in st.session_state:
        wanted = st.query_params.get("page", "claims")
        st.session_state["page"] = wanted if wanted in PAGES else "claims"
    return st.session_state["page"]


CSS = """<style>
[data-testid="stMainBlockContainer"] { padding-top: 2.2rem; padding-bottom: 2rem; }
[data-testid="stSidebarContent"] { padding-top: 0.5rem; }
h1 { padding-bottom: 0.1rem; }
</style>"""


def main() -> None:
    data.start_timer()
    st.markdown(CSS, unsafe_allow_html=True)
    _current_page()
    with st.sidebar:
        st.markdown("## NeuroClaims")
        st.caption("Claims about the brain's computation, with who said them and where.")
        page = st.radio(
            "Page",
            list(PAGES),
            format_func=lambda p: PAGES[p].title,
            key="page",
            label_visibility="collapsed",
        )
    if st.query_params.get("page") != page:
        st.query_params["page"] = page

    index, error = data.load_index()
    with st.sidebar:
        st.divider()
        st.caption(f"Graph: {data.store_location()}")
        if not index.empty:
            st.caption(
                f"{len(index.sources)} sources · {len(index.experts)} speakers · {len(index.claims)} claims"
            )
        if st.button("Reload graph", help="Re-read the store, e.g. after `neuroclaims ingest`."):
            data.clear_caches()
            st.rerun()

    spec = PAGES[page]
    st.title(spec.title)
    st.caption(spec.blurb)
    if error:
        st.error(f"Could not open the knowledge graph: {error}")
    if index.empty and spec.needs_claims:
        empty_state()
        return
    spec.render(index)
    st.caption(f"Page computed in {data.mark_time('total') * 1000:.0f} ms.")


main()
