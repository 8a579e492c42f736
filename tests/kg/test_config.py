from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import StoreConfig, backends, load_store_config, open_store, register_backend
from kg.store.base import StoreError
from kg.store.oxigraph import OxigraphStore


def test_load_store_config_defaults(tmp_path: Path) -> None:
    config = load_store_config(cwd=tmp_path, env={})
    assert config.backend == "oxigraph" and config.location == Path(".neuroclaims/store")


def test_load_store_config_env_overrides_file(tmp_path: Path) -> None:
    (tmp_path / "neuroclaims.toml").write_text('[store]\nlocation = "from-file"\nquery_timeout_s = 3\n')
    assert load_store_config(cwd=tmp_path, env={}).location == Path("from-file")
    config = load_store_config(cwd=tmp_path, env={"NEUROCLAIMS_STORE": "from-env"})
    assert config.location == Path("from-env") and config.query_timeout_s == 3


def test_load_store_config_endpoint_selects_sparql_backend(tmp_path: Path) -> None:
    config = load_store_config(cwd=tmp_path, env={"NEUROCLAIMS_ENDPOINT": "http://localhost:7878/query",
                                                  "NEUROCLAIMS_UPDATE_ENDPOINT": "http://localhost:7878/update"})
    assert config.backend == "sparql" and config.update_endpoint == "http://localhost:7878/update"


def test_load_store_config_names_the_bad_file(tmp_path: Path) -> None:
    (tmp_path / "neuroclaims.toml").write_text("[store\n")
    with pytest.raises(StoreError, match="neuroclaims.toml"):
        load_store_config(cwd=tmp_path, env={})
    (tmp_path / "neuroclaims.toml").write_text("[store]\nquery_timeout_s = -1\n")
    with pytest.raises(StoreError, match="query_timeout_s"):
        load_store_config(cwd=tmp_path, env={})


def test_open_store_opens_the_embedded_store(tmp_path: Path) -> None:
    with open_store(StoreConfig(location=tmp_path / "s")) as store:
        assert isinstance(store, OxigraphStore) and store.triple_count() == 0


def test_open_store_rejects_unknown_backend() -> None:
    with pytest.raises(StoreError, match="unknown store backend 'nope'.*oxigraph"):
        open_store(StoreConfig(backend="nope"))


def test_register_backend_makes_a_new_store_openable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kg.config._BACKENDS", dict(backends()))
    register_backend("memory-test", lambda config, read_only: OxigraphStore(None))
    assert "memory-test" in backends()
    assert isinstance(open_store(StoreConfig(backend="memory-test")), OxigraphStore)
