"""Labelled transcripts: one ``Name: text`` turn per line; lines without a label continue a turn.

The label is matched to the sidecar's participants (full name, first name or surname, any
case); a role label such as ``Host:`` or ``Interviewer:`` maps to that role (and to the one
participant holding it, if unique); an unknown name becomes a speaker with role ``speaker``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.segmenters.text import Span, is_heading_line, lines
from ontology.models import Participant, Role, Segment, SourceMeta

_LABEL = re.compile(r"^\s*(?:\*\*)?([A-Za-z][\w.'-]*(?: [A-Za-z][\w.'-]*){0,3})(?:\*\*)?\s*:(?:\*\*)?\s+")
_ROLE_WORDS = {
    "host": Role.HOST,
    "interviewer": Role.INTERVIEWER,
    "guest": Role.GUEST,
    "interviewee": Role.INTERVIEWEE,
    "moderator": Role.HOST,
    "speaker": Role.SPEAKER,
}


def resolve_label(label: str, participants: Sequence[Participant]) -> tuple[str | None, Role | None]:
    """Who a ``Label:`` names: a participant, an unnamed role, or a new speaker."""
    wanted = label.strip().lower()
    for participant in participants:
        name = participant.name.lower()
        if wanted == name or wanted in name.split():
            return participant.name, participant.role
    role = _ROLE_WORDS.get(wanted)
    if role is not None:
        holders = [p for p in participants if p.role == role]
        return (holders[0].name, role) if len(holders) == 1 else (None, role)
    return label.strip(), Role.SPEAKER


def segment_transcript(text: str, meta: SourceMeta, headings: Sequence[Span] = ()) -> list[Segment]:
    segments: list[Segment] = []
    speaker: str | None = None
    role: Role | None = None
    for start, end in lines(text, 0, len(text)):
        line = text[start:end]
        match = _LABEL.match(line)
        if match and len(match.group(1)) <= 40:
            speaker, role = resolve_label(match.group(1), meta.participants)
            body = start + match.end()
            if body < end:
                segments.append(Segment(start=body, end=end, speaker=speaker, role=role))
            continue
        if speaker is None and role is None:
            heading = is_heading_line(line)
            segments.append(Segment(start=start, end=end, heading=heading, boilerplate=not heading))
        elif segments and segments[-1].speaker == speaker and segments[-1].role == role:
            segments[-1] = segments[-1].model_copy(update={"end": end})
        else:
            segments.append(Segment(start=start, end=end, speaker=speaker, role=role))
    return segments
