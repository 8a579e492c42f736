"""Plain text and Markdown: the stored text is the file text, verbatim."""

from __future__ import annotations

import re

from ingest.readers.base import ReadText, register
from ingest.segmenters.text import looks_labelled

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.M)


def first_title(text: str) -> str | None:
    """The first Markdown heading, else the first non-empty line (trimmed, unformatted)."""
    match = _MD_HEADING.search(text)
    line = match.group(1) if match else next((ln for ln in text.splitlines() if ln.strip()), "")
    line = re.sub(r"[*_`]+", "", line).strip(" #*-\t")
    return line[:200] or None


@register(".txt", ".md", ".markdown")
def read_plain(raw: str) -> ReadText:
    return ReadText(text=raw, title=first_title(raw), kind="transcript" if looks_labelled(raw) else None)
