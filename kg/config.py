"""Which graph store to use, and opening it: the only place callers get a Store from.

Settings come from (later wins) defaults, ``neuroclaims.toml`` in the working directory (a
``[store]`` table), and the environment: NEUROCLAIMS_STORE (directory of the embedded store),
NEUROCLAIMS_ENDPOINT / NEUROCLAIMS_UPDATE_ENDPOINT (a SPARQL 1.1 server), NEUROCLAIMS_BACKEND.
Backends are looked up by name, so a new store is one module plus one ``register_backend`` call.
"""

from __future__ import annotations

import logging
import os
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kg.store.base import Store, StoreError

log = logging.getLogger(__name__)

CONFIG_FILE = "neuroclaims.toml"


class StoreConfig(BaseModel):
    """Where the graph lives and how long queries may run."""

    model_config = ConfigDict(extra="forbid")

    backend: str = "oxigraph"
    location: Path = Path(".neuroclaims/store")
    endpoint: str | None = None
    update_endpoint: str | None = None
    store_endpoint: str | None = None
    query_timeout_s: float = Field(default=10.0, gt=0)
    result_limit: int = Field(default=10_000, gt=0)
    http_timeout_s: float = Field(default=30.0, gt=0)


BackendFactory = Callable[[StoreConfig, bool], Store]
_BACKENDS: dict[str, BackendFactory] = {}


def register_backend(name: str, factory: BackendFactory) -> None:
    """Make a store available as ``backend = name``; the factory gets the config and read_only."""
    _BACKENDS[name] = factory


def backends() -> dict[str, BackendFactory]:
    _register_builtin()
    return dict(_BACKENDS)


def _register_builtin() -> None:
    if "oxigraph" not in _BACKENDS:
        from kg.store.oxigraph import OxigraphStore

        register_backend("oxigraph", lambda config, read_only: OxigraphStore(config.location, read_only))
    if "sparql" not in _BACKENDS:
        try:
            from kg.store.sparql import SparqlServerStore
        except ImportError:  # the HTTP backend is optional while it is being written
            return
        register_backend("sparql", lambda config, read_only: SparqlServerStore.from_config(config, read_only))


def load_store_config(cwd: Path | None = None, env: Mapping[str, str] | None = None) -> StoreConfig:
    """Defaults, then ``neuroclaims.toml`` [store], then environment variables."""
    env = os.environ if env is None else env
    values: dict[str, object] = {}
    config_path = (cwd or Path.cwd()) / CONFIG_FILE
    if config_path.is_file():
        try:
            values.update(tomllib.loads(config_path.read_text(encoding="utf-8")).get("store", {}))
        except tomllib.TOMLDecodeError as error:
            raise StoreError(f"{config_path}: not valid TOML ({error})") from error
    if env.get("NEUROCLAIMS_STORE"):
        values["location"] = env["NEUROCLAIMS_STORE"]
        values.setdefault("backend", "oxigraph")
    if env.get("NEUROCLAIMS_ENDPOINT"):
        values["endpoint"] = env["NEUROCLAIMS_ENDPOINT"]
        values["backend"] = "sparql"
    if env.get("NEUROCLAIMS_UPDATE_ENDPOINT"):
        values["update_endpoint"] = env["NEUROCLAIMS_UPDATE_ENDPOINT"]
    if env.get("NEUROCLAIMS_BACKEND"):
        values["backend"] = env["NEUROCLAIMS_BACKEND"]
    try:
        return StoreConfig.model_validate(values)
    except ValidationError as error:
        source = f"{config_path} or the NEUROCLAIMS_* environment" if config_path.is_file() else \
            "the NEUROCLAIMS_* environment"
        raise StoreError(f"invalid store settings in {source}: {error}") from error


def open_store(config: StoreConfig | None = None, *, read_only: bool = False) -> Store:
    """Open the configured store. Readers (UI, queries) pass read_only=True: no lock is taken and
    nothing can be written; a read-only store sees the data as it was when opened."""
    config = config or load_store_config()
    factories = backends()
    if config.backend not in factories:
        raise StoreError(f"unknown store backend {config.backend!r}; known: {', '.join(sorted(factories))}")
    log.debug("opening %s store (read_only=%s)", config.backend, read_only)
    return factories[config.backend](config, read_only)
