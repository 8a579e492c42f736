"""The embedded backend: an on-disk (or in-memory) pyoxigraph store, one named graph per source.

A source is replaced with one SPARQL update (DROP its graph; INSERT DATA its triples), which
Oxigraph applies as one transaction: a reader or a crash sees the old graph or the new, never half.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.mapping import extraction_triples, source_iri, triples_to_extractions
from kg.prefixes import PREFIXES
from kg.store.base import QueryError, QueryResult, QueryTimeout, Store, StoreError
from kg.store.guard import check_read_only
from kg.store.query_worker import SUPPORTED as WORKER_SUPPORTED
from kg.store.query_worker import QueryWorker
from kg.store.terms import PlainTerms, binding_term, collect_results, to_ox
from ontology.models import Extraction, Source
from ontology.namespaces import NC

log = logging.getLogger(__name__)

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML,
}
QUAD_FORMATS = {"nquads", "trig"}


READ_ONLY_ATTEMPTS = 6


def open_oxigraph(path: Path | None, read_only: bool) -> ox.Store:
    """Open the pyoxigraph store, turning OS errors into messages that say what to do.

    A read-only open races with a writer's background compaction (files vanish while being listed);
    it is retried a few times with backoff before giving up.
    """
    if path is None:
        return ox.Store()
    for attempt in range(READ_ONLY_ATTEMPTS if read_only else 1):
        try:
            return _open_once(path, read_only)
        except StoreError as error:
            if not (read_only and "changed while" in str(error)) or attempt == READ_ONLY_ATTEMPTS - 1:
                raise
            log.debug("store at %s changed while opening, retrying", path)
            time.sleep(0.05 * 2 ** attempt)
    raise AssertionError("unreachable")


def _open_once(path: Path, read_only: bool) -> ox.Store:
    try:
        if read_only:
            if not path.exists():
                raise StoreError(f"no graph store at {path}: run `neuroclaims ingest` first, or set "
                                 "NEUROCLAIMS_STORE to the store directory")
            return ox.Store.read_only(str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except (OSError, RuntimeError) as error:
        message = str(error)
        if read_only and "corruption" in message.lower():
            raise StoreError(
                f"the graph store at {path} changed while it was being opened (another process, such as "
                "`neuroclaims ingest`, is writing it); retry when that finishes") from error
        if "lock" in message.lower():
            raise StoreError(
                f"the graph store at {path} is open in another process (the UI, `neuroclaims serve` or "
                "another ingest); close it and retry, or point NEUROCLAIMS_STORE elsewhere") from error
        if "permission" in message.lower() or "read-only" in message.lower():
            raise StoreError(f"cannot write the graph store at {path} ({message}); set NEUROCLAIMS_STORE to "
                             "a writable directory") from error
        raise StoreError(f"cannot open the graph store at {path}: {message}") from error


_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_NC_CLAIM = ox.NamedNode(str(NC.Claim))
_NC_QUOTE = ox.NamedNode(str(NC.quote))


class OxigraphStore(Store):
    """pyoxigraph directly; ``path=None`` keeps everything in memory (tests, scratch work)."""

    def __init__(self, path: Path | None = None, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._store = open_oxigraph(self.path, read_only)
        self._extractions: list[Extraction] | None = None
        self._worker = QueryWorker(self.path) if self.path is not None and WORKER_SUPPORTED else None

    # --- writing --------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the graph store at {self.path} was opened read-only")

    def _update(self, update: str) -> None:
        self._writable()
        self._extractions = None
        if self._worker is not None:
            self._worker.stop()  # its read-only view would miss this write
        try:
            self._store.update(update)
        except OSError as error:
            raise StoreError(f"cannot write the graph store at {self.path}: {error}") from error

    def put_extraction(self, extraction: Extraction) -> None:
        graph = to_ox(source_iri(extraction.source.id))
        lines = [f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in extraction_triples(extraction)]
        body = "\n".join(lines)
        self._update(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}")
        log.debug("stored %s: %d triples", extraction.source.id, len(lines))

    def remove_source(self, source_id: str) -> None:
        self._update(f"DROP SILENT GRAPH {to_ox(source_iri(source_id))}")

    # --- reading --------------------------------------------------------------------------

    def has_source(self, source_id: str, checksum: str | None = None) -> bool:
        iri = to_ox(source_iri(source_id))
        for quad in self._store.quads_for_pattern(iri, to_ox(NC.checksum), None, iri):
            return checksum is None or (quad.object.value == checksum and self._has_shortcuts(iri))
        return False

    def _has_shortcuts(self, graph: ox.NamedNode) -> bool:
        """False for a source written before claims carried their query shortcuts (nc:quote), so an
        unchanged re-ingest rewrites it instead of leaving the named queries blind to it."""
        for claim in self._store.quads_for_pattern(None, _RDF_TYPE, _NC_CLAIM, graph):
            return any(True for _ in self._store.quads_for_pattern(claim.subject, _NC_QUOTE, None, graph))
        return True

    def extractions(self) -> list[Extraction]:
        """Rebuilt once, then served from memory until the next write through this store.

        (A read-only store is a snapshot taken when it was opened, so its cache never goes stale.)
        """
        if self._extractions is None:
            self._extractions = self._read_extractions()
        return list(self._extractions)

    def _read_extractions(self) -> list[Extraction]:
        by_graph: dict[Any, list[Any]] = defaultdict(list)
        plain = PlainTerms()
        try:
            for quad in self._store.quads_for_pattern(None, None, None, None):
                graph = quad.graph_name
                if not isinstance(graph, ox.DefaultGraph):
                    triple = (plain(quad.subject), plain(quad.predicate), plain(quad.object))
                    by_graph[graph.value].append(triple)
        except (OSError, RuntimeError) as error:
            raise StoreError(f"cannot read the graph store at {self.path or 'memory'}: {error}") from error
        extractions: list[Extraction] = []
        for triples in by_graph.values():
            extractions += triples_to_extractions(triples)
        return sorted(extractions, key=lambda e: e.source.id)

    def sources(self) -> list[Source]:
        return [extraction.source for extraction in self.extractions()]

    def triple_count(self) -> int:
        return len(self._store)

    def dump(self, rdf_format: str) -> bytes:
        if rdf_format not in RDF_FORMATS:
            raise StoreError(f"unknown RDF format {rdf_format!r}; choose one of {', '.join(RDF_FORMATS)}")
        if rdf_format in QUAD_FORMATS:
            return self._store.dump(format=RDF_FORMATS[rdf_format], prefixes=PREFIXES)
        triples = self._store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                    use_default_graph_as_union=True)
        return ox.serialize(triples, format=RDF_FORMATS[rdf_format], prefixes=PREFIXES)

    def query(self, sparql: str, bindings: dict[str, Any] | None = None, *, timeout_s: float = 10.0,
              limit: int = 10_000) -> QueryResult:
        """Run read-only with bound parameters, at most ``limit`` rows, stopped at ``timeout_s``.

        pyoxigraph cannot cancel a query, so on-disk stores run queries in a child process that is
        killed at the time limit (kg.store.query_worker). In-memory stores use a thread instead: a
        streaming query stops at its next row, but one that sorts or aggregates runs on in the
        background until it is done.
        """
        check_read_only(sparql)
        if self._worker is not None:
            terms = {name.lstrip("?$"): binding_term(value) for name, value in (bindings or {}).items()}
            return self._worker.run(sparql, terms, limit, timeout_s)
        substitutions = {ox.Variable(name.lstrip("?$")): to_ox(binding_term(value))
                         for name, value in (bindings or {}).items()}
        outcome: dict[str, Any] = {}
        cancelled = threading.Event()

        def run() -> None:
            try:
                outcome["result"] = self._collect(sparql, substitutions, limit, cancelled)
            except BaseException as error:  # noqa: BLE001 - handed to the caller's thread
                outcome["error"] = error

        worker = threading.Thread(target=run, name="sparql-query", daemon=True)
        worker.start()
        worker.join(timeout_s)
        if worker.is_alive():
            cancelled.set()
            raise QueryTimeout(f"the query ran past its {timeout_s:g} s limit; make it more specific "
                               "(a LIMIT, fewer OPTIONALs) or allow more time with --timeout")
        if "error" in outcome:
            error = outcome["error"]
            if isinstance(error, SyntaxError):
                raise QueryError(f"not valid SPARQL: {error}") from error
            if isinstance(error, StoreError):
                raise error
            if "SELECT projection" in str(error):
                raise QueryError(f"{error}: a bound parameter must be a variable the query selects "
                                 "(list it in SELECT, or use SELECT *)") from error
            raise QueryError(f"the query failed: {error}") from error
        return outcome["result"]

    def _collect(self, sparql: str, substitutions: dict[Any, Any], limit: int,
                 cancelled: threading.Event) -> QueryResult:
        def execute(text: str) -> Any:
            return self._store.query(text, substitutions=substitutions, prefixes=PREFIXES,
                                     use_default_graph_as_union=True)

        return QueryResult(**collect_results(execute, sparql, limit, cancelled.is_set))

    def close(self) -> None:
        if self._worker is not None:
            self._worker.stop()
        if not self.read_only and self.path is not None:
            try:
                self._store.flush()
            except OSError as error:  # closing must not hide the caller's own error
                log.warning("could not flush the graph store at %s: %s", self.path, error)
        del self._store
