"""Plain text and Markdown: the stored text is the file text, verbatim (line endings as "\n")."""

from __future__ import annotations

import re

from ingest.readers.base import ReadText, register
from ingest.segmenters.text import looks_labelled

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.M)


# Page furniture copied along with a post ("Hide table of contents", "Skip to content"): never a title.
_NAVIGATION = re.compile(
    r"^(?:(?:hide|show) )?table of contents$|^skip to (?:main )?content$|^(?:menu|home|share|subscribe|"
    r"log ?in|sign ?in|sign ?up|back|next|previous|comments?|reply)$",
    re.I,
)
# The post's byline under its title ("by jbrandt", "by Maya Lindqvist"): who wrote it, not what it is called.
_BYLINE = re.compile(r"^by\s+@?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}$", re.I)
# a date or a reading time on a line of its own ("Nov 19 2024", "2024-11-19", "17 min read")
_PAGE_META = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|\d{4}-\d{2}-\d{2}|"
    r"\d+ min read|\d+)$"  # (a bare number: the post's score)
)
_LIST_ITEM = re.compile(r"^\s*(?:[•●◦▪*>\-–]\s|\d{1,2}[.)]\s)")
_LOOKAHEAD_LINES = 5  # a heading-like line further down is a section of the text, not its title
_TITLE_WORDS = 15
_QUESTION_TITLE_WORDS = 25
_FALLBACK_CHARS = 100


def first_title(text: str) -> str | None:
    """The first Markdown heading; else a short line near the top that reads like a heading (no
    closing punctuation but a question mark on the first line, no link, not a list item or page
    furniture); else the first line, cut."""
    match = _MD_HEADING.search(text)
    if match:
        return _clean(match.group(1)) or None
    lines = [_clean(ln) for ln in text.splitlines() if ln.strip() and not _is_header_line(ln)]
    lines = [ln for ln in lines if ln and not _NAVIGATION.match(ln)
             and not _BYLINE.match(ln) and not _PAGE_META.match(ln)]
    for index, line in enumerate(lines[:_LOOKAHEAD_LINES]):
        # a question is a title only as the first line ("How much does neuromodulation add to ...?")
        asked = index == 0 and _reads_like_heading(line.rstrip("?")) and line.endswith("?")
        if asked and len(line.split()) <= _QUESTION_TITLE_WORDS:
            return line[:200]  # a question title runs longer ("What do C. elegans and ... tell us ...?")
        if len(line.split()) <= _TITLE_WORDS and _reads_like_heading(line):
            return line[:200]
    if not lines:
        return None
    first = lines[0]
    return first if len(first) <= _FALLBACK_CHARS else first[:_FALLBACK_CHARS].rsplit(" ", 1)[0] + "…"


def _clean(line: str) -> str:
    return re.sub(r"[*_`]+", "", line).strip(" #*-\t")


def _reads_like_heading(line: str) -> bool:
    return not line.endswith((".", ":", "?", "!", ",", ";")) and not re.search(r"https?://|www\.", line)


def _is_header_line(line: str) -> bool:
    """A list item, a YAML front-matter fence or a short "Key: value" metadata line."""
    if _LIST_ITEM.match(line) or line.strip() == "---":
        return True
    return bool(re.match(r"^[A-Z][\w ]{1,30}: \S", line)) and len(line) < 80


@register(".txt", ".md", ".markdown")
def read_plain(raw: str) -> ReadText:
    return ReadText(text=raw, title=first_title(raw), kind="transcript" if looks_labelled(raw) else None)
