"""Exporters by name: ``(target, format)`` -> a function writing extractions to a binary stream.

Targets are ``claims`` (flat records) and ``graph`` (RDF). A new format is one module that calls
``register_exporter``; the CLI and the tests loop over whatever is registered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from ontology.models import Extraction

Writer = Callable[[Sequence[Extraction], BinaryIO], int]


class ExportError(ValueError):
    """An unknown export target or format; the message lists the known ones."""


@dataclass(frozen=True)
class Exporter:
    target: str
    format: str
    extension: str
    media_type: str
    description: str
    write: Writer


_EXPORTERS: dict[tuple[str, str], Exporter] = {}


def register_exporter(exporter: Exporter) -> Exporter:
    _EXPORTERS[exporter.target, exporter.format] = exporter
    return exporter


def exporters(target: str | None = None) -> list[Exporter]:
    _load_builtin()
    return [e for e in _EXPORTERS.values() if target is None or e.target == target]


def get_exporter(target: str, fmt: str) -> Exporter:
    _load_builtin()
    if (target, fmt) not in _EXPORTERS:
        known = ", ".join(e.format for e in exporters(target)) or "none"
        raise ExportError(f"no {target} exporter for format {fmt!r}; known: {known}")
    return _EXPORTERS[target, fmt]


def _load_builtin() -> None:
    from kg.exporters import claims_csv, claims_jsonl, nanopub, rdf  # noqa: F401 - registration on import
