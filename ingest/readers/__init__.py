"""Read a document file into a :class:`~ontology.models.Source` with its speaker segments.

One module per input format registers itself by extension in :data:`READERS`; a reader turns
the decoded file into the text to store. All segment offsets index into ``Source.text``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ingest.errors import ReadError, UnsupportedFormat
from ingest.guess_meta import describe, guess_meta
from ingest.readers import captions, html, plain  # noqa: F401  (register the readers)
from ingest.readers.base import READERS, ReadText
from ingest.segmenters import segment_text
from ontology.models import Source, SourceMeta

logger = logging.getLogger(__name__)

__all__ = ["MAX_FILE_BYTES", "READERS", "ReadText", "decode", "read_source", "read_text"]

# Larger files are refused before they are read: 10 MiB of text is ~1.5 million words, over ten
# minutes of claim extraction on one core; split such a file into documents.
MAX_FILE_BYTES = 10 * 2**20


def decode(data: bytes, path: Path) -> str:
    """UTF-8 (a BOM is dropped), else cp1252/Latin-1 with a warning; binary files are refused.
    Line endings become "\n", as Python's text mode reads them: a file saved on Windows (CRLF) or
    old Mac (CR) gives the same text, segments and claims as the same file with LF endings."""
    return _unix_newlines(_decode(data, path))


def _unix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, path: Path) -> str:
    if not data.strip():
        raise ReadError(path, "the file is empty; nothing to ingest")
    if b"\x00" in data:
        raise ReadError(
            path,
            "the file looks binary (it contains NUL bytes); give a text, Markdown, HTML, VTT or SRT file",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        encoding = "cp1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        encoding = "latin-1"
    logger.warning(
        "%s is not valid UTF-8; read it as %s. Re-save it as UTF-8 to silence this.", path, encoding
    )
    return text


def read_text(path: Path) -> ReadText:
    """Decode ``path`` and run the reader registered for its extension."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise UnsupportedFormat(
            path, f"no reader for '{path.suffix or '(no extension)'}' files; supported: {known}"
        )
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReadError(path, f"the file is too large ({size / 2**20:.1f} MiB; the limit is "
                                  f"{MAX_FILE_BYTES / 2**20:g} MiB); split it into smaller documents")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(path, f"cannot read the file ({exc.strerror or exc})") from exc
    result = reader(decode(data, path))
    if not result.text.strip():
        raise ReadError(path, "the file has no visible text to ingest")
    return result


def read_source(path: Path, meta: SourceMeta | None = None) -> Source:
    """Read ``path`` into a Source with segments; without ``meta`` (no sidecar, no command-line
    options), title, kind and participants are guessed from the text."""
    path = Path(path)
    result = read_text(path)
    if meta is None:
        title = result.title or path.stem.replace("_", " ").replace("-", " ")
        meta = guess_meta(result.text, title, result.kind)
        logger.warning("%s has no sidecar: guessed %s; write %s.meta.yaml to override",
                    path, describe(meta), path.stem)
    segments = segment_text(result.text, meta, headings=result.headings)
    source = Source.from_meta(meta, result.text, path=str(path))
    logger.info("read %s: %d characters, %d segments", path, len(result.text), len(segments))
    return source.model_copy(update={"segments": tuple(segments)})
