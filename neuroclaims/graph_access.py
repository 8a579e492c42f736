"""How the graph commands (query, stats, export, graph, serve) open the store and report errors.

One place turns a StoreError into a red message and exit code 2, so every command fails the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console

from kg.config import StoreConfig, load_store_config, open_store
from kg.store.base import Store, StoreError

err_console = Console(stderr=True, soft_wrap=True)  # a path and its problem stay on one line


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``message`` as an error and return the Exit to raise."""
    err_console.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


def config_or_exit() -> StoreConfig:
    try:
        return load_store_config()
    except StoreError as error:
        raise fail(str(error)) from None


@contextmanager
def reading_store(config: StoreConfig | None = None) -> Iterator[Store]:
    """The configured store opened read-only; any StoreError ends the command with a message."""
    try:
        with open_store(config or config_or_exit(), read_only=True) as store:
            yield store
    except StoreError as error:
        raise fail(str(error)) from None
