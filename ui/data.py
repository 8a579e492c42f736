"""The one place the UI loads data: the store (opened read-only, cached as a resource), the
claim index built from it, and the derived tables the pages show (cached as data).

Every cache is keyed by the store location (env NEUROCLAIMS_STORE), so pointing the app at
another store, or clearing the caches after an ingest, shows that store's claims.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from kg.config import load_store_config
from kg.config import open_store as open_configured_store
from kg.store.base import Store, StoreError
from ui.corpus import CorpusIndex

logger = logging.getLogger(__name__)

STORE_ENV_VARS = (
    "NEUROCLAIMS_STORE",
    "NEUROCLAIMS_ENDPOINT",
    "NEUROCLAIMS_UPDATE_ENDPOINT",
    "NEUROCLAIMS_BACKEND",
)


def store_key() -> str:
    """What identifies the configured store; part of every cache key."""
    return "|".join(os.environ.get(name, "") for name in STORE_ENV_VARS) + "|" + str(Path.cwd())


def store_location() -> str:
    """Where the graph lives (a directory or a SPARQL endpoint), for messages."""
    try:
        config = load_store_config()
    except StoreError as exc:
        return f"unreadable settings ({exc})"
    return config.endpoint if config.backend == "sparql" and config.endpoint else str(config.location)


def store_missing() -> bool:
    """True when the embedded store's directory does not exist yet (nothing ingested)."""
    try:
        config = load_store_config()
    except StoreError:
        return False
    return config.backend == "oxigraph" and not Path(config.location).exists()


@st.cache_resource(show_spinner=False)
def open_store(key: str) -> Store:
    """The configured store, opened read-only so the CLI can still write to it."""
    logger.info("opening store %s read-only", key)
    return open_configured_store(read_only=True)


@st.cache_resource(show_spinner="Loading the knowledge graph…")
def corpus_index(key: str) -> CorpusIndex:
    """Every stored extraction, indexed; built once per store and shared by all pages."""
    return CorpusIndex.build(open_store(key).extractions())


def load_index() -> tuple[CorpusIndex, str | None]:
    """The index, or an empty one and a message saying what went wrong."""
    if store_missing():
        return CorpusIndex.build([]), None
    try:
        return corpus_index(store_key()), None
    except StoreError as exc:
        return CorpusIndex.build([]), str(exc)


@st.cache_data(show_spinner=False)
def claims_table(key: str) -> pd.DataFrame:
    """One row per claim, in source order: what the Claims page filters and sorts."""
    rows = corpus_index(key).rows()
    columns = [
        "id",
        "expert",
        "expert_id",
        "role",
        "source",
        "source_id",
        "kind",
        "mechanisms",
        "mechanism_ids",
        "effect",
        "certainty",
        "quantities",
        "has_quantity",
        "agrees",
        "conflicts",
        "quote",
        "start",
    ]
    return pd.DataFrame(rows, columns=columns)


def clear_caches() -> None:
    """Forget the store and everything derived from it, so the next run reloads the graph."""
    try:
        open_store(store_key()).close()
    except Exception:  # noqa: BLE001 - the store may never have opened
        pass
    st.cache_resource.clear()
    st.cache_data.clear()


def run_query(
    sparql: str, bindings: dict[str, Any] | None = None, timeout_s: float = 10.0, limit: int = 5_000
) -> Any:
    """A user's SPARQL query against the store (read-only and time-limited by the store)."""
    return open_store(store_key()).query(sparql, bindings or None, timeout_s=timeout_s, limit=limit)


@st.cache_resource(show_spinner=False)
def knowledge_graph(key: str, with_sources: bool) -> Any:
    """The claim graph as NetworkX (experts, claims, mechanisms, sources), built once per store."""
    from ui.graphviz import knowledge_graph as build

    return build(corpus_index(key), with_sources=with_sources)


def named_queries() -> dict[str, Any]:
    """The named SPARQL queries of kg/queries (name -> NamedQuery), as editor examples."""
    from kg.query_library import list_queries

    return {query.name: query for query in list_queries()}


@st.cache_resource(show_spinner=False)
def estimate_model() -> Any:
    """The shipped estimate model (kg/estimate/model.yaml)."""
    from kg.estimate import load_model

    return load_model()


@st.cache_data(show_spinner=False, max_entries=64)
def estimate(key: str, weights_json: str, samples: int, seed: int = 0) -> tuple[Any, Any]:
    """(inputs, result) of the claim-weighted Monte Carlo for these weights (a Weights as JSON)."""
    from kg.estimate import Weights, build_inputs, run_estimate

    inputs = build_inputs(
        corpus_index(key).extractions, estimate_model(), Weights.model_validate_json(weights_json)
    )
    return inputs, run_estimate(inputs, samples=samples, seed=seed)


@st.cache_data(show_spinner=False, max_entries=32)
def estimate_sensitivity(key: str, weights_json: str, samples: int, seed: int = 0) -> Any:
    """Leave-one-claim-out shifts and parameter swings for these weights."""
    from kg.estimate import sensitivity

    inputs, _ = estimate(key, weights_json, samples, seed)
    return sensitivity(inputs, samples=samples, seed=seed)


def start_timer() -> None:
    """Note when this script run started (the app calls it first)."""
    st.session_state["_run_started"] = time.perf_counter()
    st.session_state["_timings"] = {}


def mark_time(label: str) -> float:
    """Seconds since this run started, also kept in session state under ``_timings[label]``."""
    elapsed = time.perf_counter() - st.session_state.get("_run_started", time.perf_counter())
    st.session_state.setdefault("_timings", {})[label] = elapsed
    return elapsed


@st.cache_resource(show_spinner=False)
def projection(key: str, name: str, named_only: bool = False) -> Any:
    """A kg.projections graph of the stored extractions (agreement, expert_mechanism, citations)."""
    from kg import projections

    extractions = corpus_index(key).extractions
    if name == "expert_mechanism":
        return projections.project_expert_mechanism(extractions, named_only=named_only)
    return projections.PROJECTIONS[name](extractions)
