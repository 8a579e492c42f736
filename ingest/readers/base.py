"""What every reader returns, and the registry of readers by file extension."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ReadText:
    """A reader's output: the text to store and what the format itself tells about it."""

    text: str
    title: str | None = None
    kind: str | None = None
    headings: tuple[tuple[int, int], ...] = field(default=())  # spans of heading lines in ``text``


Reader = Callable[[str], ReadText]

READERS: dict[str, Reader] = {}


def register(*extensions: str) -> Callable[[Reader], Reader]:
    """Register a reader for extensions like ``".txt"``."""

    def decorate(reader: Reader) -> Reader:
        for extension in extensions:
            READERS[extension.lower()] = reader
        return reader

    return decorate
