"""The store interface every backend implements (embedded on-disk Oxigraph, any SPARQL 1.1 server).

Callers (the CLI, the UI, the estimate) speak only this interface and our pydantic models; which
backend sits behind it is configuration (see kg.config).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from ontology.models import Claim, Extraction, Source


class StoreError(Exception):
    """A store could not be opened, read or written; the message says what to do."""


class QueryRefused(StoreError):
    """A user query tried to change the graph (UPDATE, LOAD, ...) or reach out (SERVICE)."""


class QueryTimeout(StoreError):
    """A query ran past its time limit."""


class QueryError(StoreError):
    """A query is not valid SPARQL, or the store rejected it."""


@dataclass
class QueryResult:
    """Rows of a SELECT (or one boolean row of an ASK), as plain Python values."""

    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    truncated: bool = False
    boolean: bool | None = None


class Store(ABC):
    """A graph of sources and claims, one named graph per source so a source is replaced atomically."""

    @abstractmethod
    def put_extraction(self, extraction: Extraction) -> None:
        """Replace everything known about ``extraction.source`` in one transaction."""

    @abstractmethod
    def has_source(self, source_id: str, checksum: str | None = None) -> bool:
        """Whether the source is stored (with this exact text, when a checksum is given)."""

    @abstractmethod
    def remove_source(self, source_id: str) -> None:
        """Drop a source and its claims in one transaction."""

    @abstractmethod
    def sources(self) -> list[Source]:
        """All stored sources, with their text."""

    @abstractmethod
    def extractions(self) -> list[Extraction]:
        """All sources with their claims, as they were put."""

    def claims(self) -> list[Claim]:
        return [claim for extraction in self.extractions() for claim in extraction.claims]

    @abstractmethod
    def query(self, sparql: str, bindings: dict[str, Any] | None = None, *, timeout_s: float = 10.0,
              limit: int = 10_000) -> QueryResult:
        """Run a read-only SPARQL query; refuse updates, bind parameters, cap rows and time.

        ``limit`` caps the final result: with an ORDER BY, the first ``limit`` rows of the whole
        order (``truncated`` says more existed). A final ORDER BY of plain variables is sorted in
        Python rather than by the store (kg.store.ordering): the same rows in the same order, with
        rows tied on every key ordered by all their columns, so every backend agrees.
        """

    @abstractmethod
    def triple_count(self) -> int:
        """How many quads the store holds."""

    @abstractmethod
    def dump(self, rdf_format: str) -> bytes:
        """The whole graph serialized (N-Quads, TriG, Turtle ...)."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release files or connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
