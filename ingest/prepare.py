"""Text as the parser should see it, with every character at its original offset.

Hard-wrapped lines are joined and transcript line prefixes (``*  ``, timestamps) blanked by same-length
replacements, so a Doc's character offsets are offsets into the segment text unchanged; the
newlines that remain mark paragraphs, bullets and list items (sentence starts).
"""

from __future__ import annotations

import re

from ingest.segmenters.text import TIMESTAMP

ABBREVIATIONS = (
    "prof.",
    "dr.",
    "mr.",
    "ms.",
    "mrs.",
    "e.g.",
    "i.e.",
    "et al.",
    "vs.",
    "cf.",
    "approx.",
    "fig.",
)
LIST_START = re.compile(r"^\s*(?:[•●◦▪\-–*>]\s|\d{1,2}[.)]\s|\(?[a-z][.)]\s|#)")
TRANSCRIPT_PREFIX = re.compile(rf"(?m)^([ \t]*)(\*(?=[ \t])|{TIMESTAMP}(?=[ \t]))")
STAR_PREFIX = re.compile(r"(?m)^[ \t]*\*  ")
# A curly apostrophe reads as a straight one: the tagger was trained on straight ones ("I’m" was
# tagged a verb, "I'm" an auxiliary) and the rules need not spell both. Unicode spaces (no-break,
# thin, narrow) read as spaces: a no-break space after a full stop hid the sentence break.
APOSTROPHES = str.maketrans({"’": "'", "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})
WRAP_LENGTH = 50
CLOSING = (".", "!", "?", ":", ";", '"', "”", ")")  # a line ending so may end its sentence


def parse_text(text: str, transcript: bool | None = None) -> str:
    """``text`` with wrapped line breaks turned into spaces and transcript prefixes blanked;
    ``transcript`` says whether the text comes from speech-to-text lines (None: judge this text)."""
    transcript = is_transcript(text) if transcript is None else transcript
    text = text.translate(APOSTROPHES)
    if transcript:
        text = TRANSCRIPT_PREFIX.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    lines = text.split("\n")
    out = []
    joined = False  # whether the line before this one was wrapped into it
    for i, line in enumerate(lines):
        out.append(line)
        if i == len(lines) - 1:
            break
        joined = _joins(line, lines[i + 1], transcript, joined)
        out.append(" " if joined else "\n")
    return "".join(out)


def is_transcript(text: str) -> bool:
    """Speech-to-text lines: a ``*  `` prefix, or a whole text of prefixed lines (see
    ``is_transcript_document``)."""
    return bool(STAR_PREFIX.search(text)) or is_transcript_document(text)


def is_transcript_document(text: str) -> bool:
    """Most lines open with a timestamp, or with ``*`` and the talk running on across lines (some
    lines start mid-sentence, in lower case), which a bulleted list does not. One line that starts
    with a time in a paragraph of notes does not make it a transcript."""
    rows = [row for row in text.split("\n") if row.strip()]
    prefixed = [(m.group(2), row[m.end() :].lstrip()) for row in rows if (m := TRANSCRIPT_PREFIX.match(row))]
    if not rows or len(prefixed) < 0.5 * len(rows):
        return False
    stars = [words for prefix, words in prefixed if prefix == "*"]
    return len(stars) < len(prefixed) / 2 or sum(words[:1].islower() for words in stars) >= 0.2 * len(stars)


def _joins(line: str, following: str, transcript: bool, continued: bool = False) -> bool:
    """Whether the break between two lines is a wrap inside a paragraph. A short line that itself
    continues the line before and has no closing punctuation is a ragged wrap, as text copied out
    of a PDF has ("..., and Michael" / "London found that ...")."""
    current, nxt = line.rstrip(), following.strip()
    if not current.strip() or not nxt:
        return False
    if LIST_START.match(following) and not transcript:
        return False
    if continued and not current.endswith(CLOSING):
        return True
    if current.lower().endswith(ABBREVIATIONS):
        return True
    if current.endswith(CLOSING) and (nxt[0].isupper() or not transcript):
        return not nxt[0].isupper() and len(current) >= WRAP_LENGTH
    return (
        nxt[0].islower()
        or nxt[0].isdigit()
        or nxt[0] in "(“\"'‘"
        or len(current) >= WRAP_LENGTH
        or transcript
    )
