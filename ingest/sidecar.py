"""Find documents to ingest and read their ``<stem>.meta.yaml`` sidecars.

A document is any file with a supported extension; its metadata (title, kind, date, url,
participants and their roles) lives beside it in ``<stem>.meta.yaml`` (or ``.meta.yml`` /
``.meta.json``) and is validated by :class:`ontology.models.SourceMeta`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml
from pydantic import ValidationError

from ingest.errors import SidecarError
from ontology.models import SourceMeta

logger = logging.getLogger(__name__)

SUPPORTED_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm", ".vtt", ".srt")
SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml", ".meta.json")


def is_sidecar(path: Path) -> bool:
    return path.name.lower().endswith(SIDECAR_SUFFIXES)


def _is_companion(path: Path) -> bool:
    """A sidecar, hidden file or README beside the documents: neither read nor reported."""
    name = path.name
    return name.startswith(".") or is_sidecar(path) or name.upper().startswith("README")


def _is_candidate(path: Path) -> bool:
    return not _is_companion(path) and path.suffix.lower() in SUPPORTED_EXTENSIONS


def _files_in(folder: Path) -> Iterator[Path]:
    """The visible files under ``folder``, sorted, recursively."""
    for child in sorted(folder.rglob("*")):
        if child.is_file() and not any(part.startswith(".") for part in child.relative_to(folder).parts):
            yield child


def scan_documents(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """The documents to read, and the files inside the given folders that no reader takes
    (``.pdf``, ``.docx`` ...), so the user hears of them instead of a silent skip; one walk.

    Folders expand (sorted, recursive) into supported documents, skipping sidecars. A file named
    explicitly is kept even with an unknown extension, so that reading it raises
    :class:`~ingest.errors.UnsupportedFormat` naming it instead of silently skipping it.
    """
    found: list[Path] = []
    skipped: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            found.append(path)
            continue
        for child in _files_in(path):
            if _is_candidate(child):
                found.append(child)
            elif not _is_companion(child):
                skipped.append(child)
    return list(dict.fromkeys(found)), skipped


def find_documents(paths: Iterable[Path]) -> list[Path]:
    """The documents ``scan_documents`` finds."""
    return scan_documents(paths)[0]


def sidecar_path(doc: Path) -> Path | None:
    """The sidecar beside ``doc`` if one exists (``.meta.yaml`` first)."""
    for suffix in SIDECAR_SUFFIXES:
        candidate = doc.with_name(doc.stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def _plain_problems(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(loc) for loc in item["loc"]) or "(top level)"
        parts.append(f"field '{where}': {item['msg']}")
    return "; ".join(parts)


def load_meta(doc: Path) -> SourceMeta | None:
    """Read and validate the sidecar of ``doc``; ``None`` when there is none."""
    path = sidecar_path(Path(doc))
    if path is None:
        return None
    try:
        raw_text = path.read_text(encoding="utf-8")
        data = json.loads(raw_text) if path.suffix == ".json" else yaml.safe_load(raw_text)
    except (OSError, UnicodeDecodeError) as exc:
        raise SidecarError(path, f"cannot read the sidecar ({exc})") from exc
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        raise SidecarError(
            path, f"the sidecar is not valid {path.suffix.lstrip('.').upper()}: {exc}"
        ) from exc
    except (ValueError, TypeError) as exc:  # YAML reads 2021-13-45 as a date and fails on it
        raise SidecarError(path, f"the sidecar has a value that cannot be read ({exc}); "
                                 "write dates as YYYY-MM-DD") from exc
    if not isinstance(data, dict):
        raise SidecarError(path, "the sidecar must be a mapping with at least 'title' and 'kind'")
    if data.get("participants") is None:
        data.pop("participants", None)
    try:
        meta = SourceMeta.model_validate(data)
    except ValidationError as exc:
        raise SidecarError(path, f"invalid metadata: {_plain_problems(exc)}") from exc
    logger.debug("read sidecar %s", path)
    return meta
