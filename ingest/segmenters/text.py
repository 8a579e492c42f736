"""Plain-text helpers shared by the segmenters: paragraphs, sentences, heading lines, names.

Everything works on offsets into the stored text, so segments can be cut without copying.
"""

from __future__ import annotations

import re
from collections import Counter
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
# A speaker label in the formats transcription tools write: "Name: text", "**Name:** text",
# "[00:01:23] Name: text" (inline), and a label line of its own before the turn's text:
# "Name (00:01:23):", "Name  0:01", "Name 00:01:23" (Rev, Otter, Descript exports).
# Diarization tools label turns by voice, not person: "SPEAKER_00", "Speaker 1", "spk_0".
SPEAKER_ID = r"(?i:(?:speaker|spkr|spk)[ _-]?\d{1,3}|unknown[ _-]speaker)"
_NAME = rf"(?:{SPEAKER_ID}|[A-Za-z][\w.'’-]*(?: [A-Za-z][\w.'’-]*){{0,3}})"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
# What a speech-to-text tool writes before each line: "*  ", "- ", or a timestamp ("[00:01:23]",
# "(01:23)", "1:23"); the words start after it.
TIMESTAMP = rf"(?:\[{_TIME}\]|\({_TIME}\)|{_TIME})"
_SPEECH_PREFIX = rf"[ \t]*(?:[*\-•][ \t]+|{TIMESTAMP}[ \t]+)"
SPEECH_LINE_PREFIX = re.compile(rf"^{_SPEECH_PREFIX}")
SPEECH_LINE_BREAK = re.compile(rf"\n{_SPEECH_PREFIX}")  # a line break and the next line's prefix
# ">> PAUL: ..." (broadcast captions mark a new speaker with ">>"), "[SPEAKER_00]: ...", and
# "Paul Middlebrooks [00:01:02]: ..." (a timestamp after the name) are labels too.
_INLINE_LABEL = re.compile(
    rf"^\s*(?:>>+\s*)?(?:[\[(]?{_TIME}[\])]?\s+)?(?:\*\*)?\[?(?P<name>{_NAME})\]?(?:\*\*)?"
    rf"(?:\s*[\[(]{_TIME}[\])])?\s*:(?:\*\*)?\s+(?=\S)"
)
_CAPITALISED_NAME = rf"(?:{SPEAKER_ID}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}})"
_LABEL_ON_ITS_OWN = re.compile(
    rf"^\s*(?:\*\*)?(?P<name>{_CAPITALISED_NAME})(?:\*\*)?"
    rf"(?:\s*[\[(]{_TIME}[\])]\s*:?|\s{{2,}}{_TIME}|\s+{_TIME}\s*:?|\s*:)\s*(?:\*\*)?\s*$"
)
_MAX_LABEL = 40
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


# the short forms English first names go by in notes ("Joe suggested ..." for Joseph Carlsmith)
SHORT_FORMS = {
    "joseph": ("Joe",),
    "robert": ("Rob", "Bob"),
    "william": ("Bill",),  # not "Will", a word that opens questions
    "michael": ("Mike",),
    "david": ("Dave",),
    "james": ("Jim", "Jamie"),
    "thomas": ("Tom",),
    "daniel": ("Dan",),
    "christopher": ("Chris",),
    "alexander": ("Alex",),
    "alexandra": ("Alex",),
    "benjamin": ("Ben",),
    "samuel": ("Sam",),
    "nicholas": ("Nick",),
    "stephen": ("Steve",),
    "steven": ("Steve",),
    "anthony": ("Tony",),
    "andrew": ("Andy",),
    "matthew": ("Matt",),
    "katherine": ("Kate", "Katie"),
    "catherine": ("Kate", "Cathy"),
    "elizabeth": ("Liz", "Beth"),
    "jennifer": ("Jen", "Jenny"),
    "margaret": ("Maggie", "Meg"),
    "richard": ("Rick",),
    "jonathan": ("Jon",),
    "timothy": ("Tim",),
    "gregory": ("Greg",),
    "peter": ("Pete",),
}


def name_pattern(participant: Participant) -> re.Pattern[str]:
    """Matches the full name, or the surname with or without a title (``Prof. Druckmann``), or the
    first name alone or in its short form (``Joseph``, ``Joe``), as notes call a colleague."""
    parts = participant.name.split()
    surname = re.escape(parts[-1])
    full = r"\s+".join(re.escape(p) for p in parts)
    firsts = [parts[0], *SHORT_FORMS.get(parts[0].lower(), ())] if len(parts) > 1 else []
    first = "".join(f"|{re.escape(name)}" for name in firsts if not re.match(rf"{TITLES}$", name))
    return re.compile(rf"(?:{TITLES}\s+)?(?:{full}|{surname}{first})\b(?!['’]s\b)")


def find_role(participants: Iterable[Participant], *roles: Role) -> Participant | None:
    for role in roles:
        for participant in participants:
            if participant.role == role:
                return participant
    return None


def turn_label(line: str) -> tuple[str, int] | None:
    """The speaker a line's label names and where the spoken text starts in the line (its end
    when the label stands on a line of its own), or None for a line without a label."""
    for pattern in (_INLINE_LABEL, _LABEL_ON_ITS_OWN):
        match = pattern.match(line)
        if match and len(match.group("name")) <= _MAX_LABEL:
            return match.group("name"), match.end() if pattern is _INLINE_LABEL else len(line)
    return None


def looks_labelled(text: str) -> bool:
    """True when most non-empty lines are labelled turns (a labelled transcript): a ``Name: text``
    line, or a label line of its own and the text that follows it."""
    rows = [row for row in text.splitlines() if row.strip()]
    if len(rows) < 2:
        return False
    names, covered, after_label = [], 0, False
    for row in rows:
        label = turn_label(row)
        if label is not None:
            names.append(label[0])
            covered += 1
            after_label = label[1] >= len(row.rstrip())
        elif after_label:
            covered += 1  # the text under a label line of its own
    return covered >= 0.6 * len(rows) and len(set(names)) <= max(4, len(names) // 2)


# -- spoken introductions (shared by guess_meta and speaker_ids) ------------------------------

_PARTICLES = r"(?:\s(?:van|von|de|da|di|le|la|du|del|der|den|ter|ten)){0,2}"
# "Ann Lee", "Jan van der Berg"; never "I'm Ann" ("Welcome to the show, I'm Ann")
PERSON_NAME = rf"(?!I['’])[A-Z][a-z'’-]+(?:\s[A-Z]\.)?{_PARTICLES}\s[A-Z][\w'’-]+"
PODCAST_CUE = re.compile(
    r"\bmy guest(?: today| this week)?\b|\bwelcome (?:back )?to (?:the |this )?(?:show|podcast|episode)\b"
    r"|\bon (?:this|today'?s) episode\b|\bthanks for (?:coming on|having me)\b",
    re.I,
)
_INTRO_NAME = r"[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?"
SELF_INTRO = re.compile(
    r"\b(?:(?:I'?m|I am|my name is)\s+(?:your host,?\s+)?"
    # "It's Paul here.", "This is Dana here"
    rf"|(?:[Ii]t['’]?s|[Tt]his is)\s+(?={_INTRO_NAME}\s+here\b))"
    rf"(?P<name>{_INTRO_NAME})\b"
)
SHOW_INTRO = re.compile(
    r"\b(?:[Tt]his is|[Ww]elcome (?:back )?to|you'?re listening to)\s+"
    # the show's name may join capitalised words with "and", "of", ...: "Spikes and Weights"
    r"(?P<show>[A-Z][\w'’-]*(?:\s(?:(?:and|of|the|for|in|on|&)\s(?!I\b|I['’]))?[A-Z][\w'’-]*){0,3})"
)
GUEST_INTRO = re.compile(
    r"\b(?:[Mm]y guest(?: today| this week)? is|I'?m (?:here |joined )?(?:today )?(?:with|by)|"
    r"joined (?:today )?by|(?:talking|speaking) (?:with|to)|[Ww]elcome(?: to the (?:show|podcast))?,)"
    rf"\s+(?:{TITLES}\s+)?(?P<name>{PERSON_NAME})\b"
)
WELCOME_FIRST = re.compile(
    r"\b[Ww]elcome(?: back)?(?: to the (?:show|podcast|program))?,\s+(?P<first>(?!I['’])[A-Z][a-z'’-]+)\b"
)


def complete_name(first: str, text: str) -> str:
    """``first`` with the surname the text gives it somewhere ("Jo" -> "Jo Park"), if any."""
    if " " in first:
        return first
    # a double-barrelled surname is whole: "Ravi Okonjo-Lindqvist", not "Ravi Okonjo-"
    found = Counter(re.findall(rf"\b{re.escape(first)}\s([A-Z][a-z'’]{{2,}}(?:-[A-Za-z][a-z'’]+)*)\b", text))
    return f"{first} {found.most_common(1)[0][0]}" if found else first
