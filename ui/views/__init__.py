"""The pages of the app, one module each; every view is a function taking the claim index.

``PAGES`` maps the ``?page=`` slug to the view, its title and whether it needs claims to show
anything (pages that don't, like SPARQL and Add document, also work on an empty graph).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from ui.corpus import CorpusIndex


@dataclass(frozen=True)
class PageSpec:
    title: str
    blurb: str
    render: Callable[[CorpusIndex], None]
    needs_claims: bool = True


def empty_state() -> None:
    """What every claim page shows on an empty graph: how to fill it."""
    st.info(
        "**The knowledge graph has no claims yet.**\n\n"
        "Ingest the bundled corpus from a terminal:\n\n"
        "```\nneuroclaims ingest corpus/\n```\n\n"
        "or add a single document on the **Add document** page, then press **Reload graph** "
        "in the sidebar."
    )


def _pages() -> dict[str, PageSpec]:
    from ui.views import add_document, claims, estimate, experts, graph, mechanisms, sources, sparql

    return {
        "claims": PageSpec(
            "Claims", "Every extracted claim: filter, sort, and read it in its source.", claims.render_claims
        ),
        "experts": PageSpec(
            "Experts",
            "What each speaker claims, by mechanism, and where they disagree.",
            experts.render_experts,
        ),
        "sources": PageSpec(
            "Sources", "Each document with its extracted claims marked in place.", sources.render_sources
        ),
        "mechanisms": PageSpec(
            "Mechanisms",
            "Per mechanism: its claims, the spread of effects, the numbers.",
            mechanisms.render_mechanisms,
        ),
        "graph": PageSpec(
            "Graph", "The knowledge graph around one expert, mechanism or claim.", graph.render_graph
        ),
        "sparql": PageSpec(
            "SPARQL",
            "Read-only, time-limited queries against the graph.",
            sparql.render_sparql,
            needs_claims=False,
        ),
        "estimate": PageSpec(
            "Estimate",
            "A claim-weighted Monte Carlo estimate of the brain's FLOP/s.",
            estimate.render_estimate,
        ),
        "add": PageSpec(
            "Add document",
            "Ingest a transcript, interview notes or a post into the graph.",
            add_document.render_add_document,
            needs_claims=False,
        ),
    }


PAGES: dict[str, PageSpec] = _pages()
