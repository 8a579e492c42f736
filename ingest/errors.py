"""Errors of the ingest stage, each naming the file at fault and what to do about it."""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """A document could not be ingested; ``path`` names the file, the message says why."""

    def __init__(self, path: Path | str | None, problem: str) -> None:
        self.path = Path(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path is not None else problem)


class ReadError(IngestError):
    """The file is empty, binary, or unreadable."""


class SidecarError(IngestError):
    """A ``<stem>.meta.yaml`` sidecar is malformed or does not validate."""


class UnsupportedFormat(IngestError):
    """No reader is registered for the file's extension."""
