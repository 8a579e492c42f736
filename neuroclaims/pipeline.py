"""Ingest orchestration: files -> Sources (ingest.readers) -> Extractions (ingest.extract) -> Store (kg).

One document is one transaction: a file that fails to read or extract is reported with its
problem and the rest of the batch goes on; a document whose text is unchanged is skipped, so
re-ingesting a corpus is a no-op.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import IngestError
from ingest.readers import read_source
from ingest.sidecar import load_meta, scan_documents
from kg.store.base import Store
from ontology.models import Extraction, Source, SourceMeta

log = logging.getLogger(__name__)

Progress = Callable[[str, Path | None], None]


@dataclass
class Failure:
    path: Path
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


@dataclass
class IngestReport:
    """What a batch did, file by file, so the CLI and the UI can tell the user."""

    ingested: list[tuple[Path, str, int]] = field(default_factory=list)  # path, source id, claims
    unchanged: list[tuple[Path, str]] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # files in the folders that no reader takes

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def claims(self) -> int:
        return sum(n for _, _, n in self.ingested)


def read_documents(
    paths: Sequence[Path], meta: SourceMeta | None, report: IngestReport, progress: Progress | None = None
) -> list[tuple[Path, Source]]:
    """Read every document; a command-line ``meta`` applies to a single file without a sidecar."""
    documents, report.skipped = scan_documents(paths)
    if meta is not None and len(documents) != 1:
        raise IngestError(
            Path(paths[0]) if paths else Path("."),
            f"--title/--kind/--participant describe one file, but {len(documents)} were given",
        )
    read: list[tuple[Path, Source]] = []
    seen: dict[str, Path] = {}
    same_text: dict[str, Path] = {}
    for path in documents:
        if progress:
            progress("read", path)
        try:
            source = read_source(path, meta or load_meta(path))
        except IngestError as error:
            report.failed.append(Failure(path, _problem(error, path)))
            continue
        except Exception as error:  # noqa: BLE001 - a reader's bug must not stop the batch
            log.debug("reading %s failed", path, exc_info=True)
            report.failed.append(Failure(path, f"unexpected error while reading: {error!r}"))
            continue
        if source.id in seen:
            report.failed.append(
                Failure(path, f"duplicate document: same id {source.id!r} as {seen[source.id]}")
            )
            continue
        if source.checksum in same_text:
            original = same_text[source.checksum]
            report.failed.append(Failure(path, f"duplicate document: same text as {original}"))
            continue
        seen[source.id] = path
        same_text[source.checksum] = path
        read.append((path, source))
    return read


def ingest_paths(
    paths: Sequence[Path],
    store: Store,
    *,
    meta: SourceMeta | None = None,
    workers: int = 1,
    force: bool = False,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest files and folders into ``store``; returns what was ingested, skipped and failed."""
    report = IngestReport()
    documents = read_documents(paths, meta, report, progress)
    pending: list[tuple[Path, Source]] = []
    for path, source in documents:
        if not force and store.has_source(source.id, source.checksum):
            report.unchanged.append((path, source.id))
            if progress:
                progress("unchanged", path)
        else:
            pending.append((path, source))
    if pending:
        _extract_and_store(pending, store, report, workers, progress)
    return report


def _extract_and_store(
    pending: list[tuple[Path, Source]],
    store: Store,
    report: IngestReport,
    workers: int,
    progress: Progress | None,
) -> None:
    from ingest.extract import extract_many  # loads spaCy: only when there is work

    path_of = {source.id: path for path, source in pending}
    try:
        for extraction in _guarded(extract_many((s for _, s in pending), n_process=workers)):
            path = path_of[extraction.source.id]
            store.put_extraction(extraction)
            report.ingested.append((path, extraction.source.id, len(extraction.claims)))
            if progress:
                progress("ingested", path)
    except _ExtractionFailed as failure:
        # Fall back to one document at a time so one bad document cannot sink the batch.
        done = {sid for _, sid, _ in report.ingested}
        log.warning("batch extraction failed (%s); retrying document by document", failure.__cause__)
        for path, source in pending:
            if source.id in done:
                continue
            try:
                extraction = next(iter(extract_many([source], n_process=1)))
            except Exception as error:  # noqa: BLE001 - reported per file, batch goes on
                report.failed.append(Failure(path, f"claim extraction failed: {error}"))
                continue
            store.put_extraction(extraction)
            report.ingested.append((path, source.id, len(extraction.claims)))
            if progress:
                progress("ingested", path)


class _ExtractionFailed(Exception):
    """The batch extractor raised: the batch is retried one document at a time."""


def _guarded(extractions: Iterable[Extraction]) -> Iterator[Extraction]:
    """Re-raise any error of the extractor as _ExtractionFailed, apart from the store's own errors."""
    iterator = iter(extractions)
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            return
        except Exception as error:
            raise _ExtractionFailed() from error
        yield item


def _problem(error: IngestError, document: Path) -> str:
    """The error without the document's own path; another file at fault (a sidecar) stays named."""
    text = str(error)
    prefix = f"{error.path}: " if getattr(error, "path", None) == document else ""
    return text.removeprefix(prefix)
