"""Plain-text helpers shared by the segmenters: paragraphs, sentences, heading lines, names.

Everything works on offsets into the stored text, so segments can be cut without copying.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ontology.models import Participant, Role

Span = tuple[int, int]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "al",
    "fig",
    "figs",
    "eq",
    "no",
    "approx",
    "cf",
    "ca",
    "jr",
    "sr",
    "inc",
    "ltd",
    "co",
    "vol",
    "pp",
    "ref",
    "refs",
    "sec",
    "ch",
}
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+)")
_BULLET = re.compile(r"^\s*(?:[-*+•●◦▪]|\d{1,3}[.)])\s+")
_LABEL_LINE = re.compile(r"^\s*([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}):\s+\S", re.M)
TITLES = r"(?:Prof(?:essor)?\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Mx\.?)"


def trim(text: str, start: int, end: int) -> Span:
    """Shrink ``start:end`` so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Blank-line-separated blocks of ``text[start:end]`` (lines of only spaces count as blank)."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    cursor = start
    for match in _PARAGRAPH_BREAK.finditer(text, start, end):
        span = trim(text, cursor, match.start())
        if span[1] > span[0]:
            spans.append(span)
        cursor = match.end()
    span = trim(text, cursor, end)
    if span[1] > span[0]:
        spans.append(span)
    return spans


def lines(text: str, start: int, end: int) -> list[Span]:
    """Non-blank lines of ``text[start:end]``, trimmed."""
    spans = []
    cursor = start
    while cursor < end:
        newline = text.find("\n", cursor, end)
        stop = end if newline == -1 else newline
        span = trim(text, cursor, stop)
        if span[1] > span[0]:
            spans.append(span)
        cursor = stop + 1
    return spans


def sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans of ``text[start:end]`` by a regex that knows common abbreviations."""
    spans: list[Span] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        word = re.search(r"([\w.]+)[.!?…]*[\"”’')\]]*$", text[cursor:stop])
        token = word.group(1).rstrip(".").lower() if word else ""
        if text[match.start()] == "." and (token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())):
            continue
        following = text[stop:end].lstrip()
        if following and not (following[0].isupper() or following[0] in "“\"‘'(●•-*[0123456789"):
            continue
        span = trim(text, cursor, stop)
        if span[1] > span[0]:
            spans.append(span)
        cursor = stop
    span = trim(text, cursor, end)
    if span[1] > span[0]:
        spans.append(span)
    return spans


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def is_markdown_heading(line: str) -> bool:
    stripped = line.strip()
    if re.match(r"^#{1,6}\s+\S", stripped):
        return True
    return bool(re.fullmatch(r"(\*\*?|__?)[^*_\n]{1,80}\1", stripped))


def is_heading_line(line: str) -> bool:
    """A Markdown heading, or a short standalone line without sentence punctuation."""
    stripped = line.strip()
    if not stripped or is_bullet(stripped):
        return False
    if is_markdown_heading(stripped):
        return True
    words = stripped.split()
    return (
        len(stripped) <= 70
        and len(words) <= 10
        and stripped[0].isupper()
        and not re.search(r"[.,;:!?\"”)]$", stripped)
        and "http" not in stripped
    )


def name_pattern(participant: Participant) -> re.Pattern[str]:
    """Matches the full name, or the surname with or without a title (``Prof. Druckmann``)."""
    parts = participant.name.split()
    surname = re.escape(parts[-1])
    full = r"\s+".join(re.escape(p) for p in parts)
    return re.compile(rf"(?:{TITLES}\s+)?(?:{full}|{surname})\b(?!['’]s\b)")


def find_role(participants: Iterable[Participant], *roles: Role) -> Participant | None:
    for role in roles:
        for participant in participants:
            if participant.role == role:
                return participant
    return None


def looks_labelled(text: str) -> bool:
    """True when most non-empty lines are ``Name: text`` turns (a labelled transcript)."""
    rows = [row for row in text.splitlines() if row.strip()]
    if len(rows) < 2:
        return False
    labelled = [m.group(1) for row in rows if (m := _LABEL_LINE.match(row))]
    return len(labelled) >= 0.6 * len(rows) and len(set(labelled)) <= max(4, len(labelled) // 2)
