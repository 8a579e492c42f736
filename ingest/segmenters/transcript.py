"""Labelled transcripts: one ``Name: text`` turn per line (or a label line of its own, with or
without a timestamp, before the turn's text); lines without a label continue a turn.

The label is matched to the sidecar's participants (full name, first name or surname, any
case); a role label such as ``Host:`` or ``Interviewer:`` maps to that role (and to the one
participant holding it, if unique); ``Q:``/``A:`` map to whoever asks (interviewer or host) and
answers (interviewee or guest); an unknown name becomes a speaker with role ``speaker``.
Generic diarization ids ("SPEAKER_00") are resolved from the dialogue by :mod:`speaker_ids`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.segmenters.speaker_ids import resolve_speaker_ids
from ingest.segmenters.text import Span, is_heading_line, lines, turn_label
from ontology.models import Participant, Role, Segment, SourceMeta

_ROLE_WORDS = {
    "host": Role.HOST,
    "interviewer": Role.INTERVIEWER,
    "guest": Role.GUEST,
    "interviewee": Role.INTERVIEWEE,
    "moderator": Role.HOST,
    "speaker": Role.SPEAKER,
}
# Q&A write-ups label turns by what they do: the asker is the interviewer or host, the answerer
# the interviewee or guest, whichever the participants have
QUESTION_LABELS = {"q", "question", "questioner"}
ANSWER_LABELS = {"a", "answer", "respondent"}
# labels that name a role or an act, not a person
LABEL_ROLE_WORDS = set(_ROLE_WORDS) | QUESTION_LABELS | ANSWER_LABELS
_ASKERS = (Role.INTERVIEWER, Role.HOST)
_ANSWERERS = (Role.INTERVIEWEE, Role.GUEST)


def _role_of(wanted: str, participants: Sequence[Participant]) -> Role | None:
    if wanted in QUESTION_LABELS or wanted in ANSWER_LABELS:
        roles = _ASKERS if wanted in QUESTION_LABELS else _ANSWERERS
        held = {p.role for p in participants}
        return next((r for r in roles if r in held), roles[0])
    return _ROLE_WORDS.get(wanted)


def resolve_label(label: str, participants: Sequence[Participant]) -> tuple[str | None, Role | None]:
    """Who a ``Label:`` names: a participant, an unnamed role, or a new speaker."""
    wanted = label.strip().lower()
    for participant in participants:
        name = participant.name.lower()
        if wanted == name or wanted in name.split():
            return participant.name, participant.role
    role = _role_of(wanted, participants)
    if role is not None:
        holders = [p for p in participants if p.role == role]
        return (holders[0].name, role) if len(holders) == 1 else (None, role)
    name = label.strip()
    if name.isupper() and name.replace(" ", "").isalpha():
        name = name.title()  # "DAN GOODMAN:" names Dan Goodman
    return name, Role.SPEAKER


def _who(segment: Segment) -> tuple[str | None, Role | None, int | None]:
    return segment.speaker, segment.role, segment.ordinal


def segment_transcript(text: str, meta: SourceMeta, headings: Sequence[Span] = ()) -> list[Segment]:
    segments: list[Segment] = []
    speaker_ids = resolve_speaker_ids(text, meta.participants)
    speaker: str | None = None
    role: Role | None = None
    ordinal: int | None = None
    for start, end in lines(text, 0, len(text)):
        line = text[start:end]
        label = turn_label(line)
        if label is not None:
            if label[0].strip() in speaker_ids:
                speaker, role, ordinal = speaker_ids[label[0].strip()]
            else:
                (speaker, role), ordinal = resolve_label(label[0], meta.participants), None
            body = start + label[1]
            if body < end:
                segments.append(Segment(start=body, end=end, speaker=speaker, role=role, ordinal=ordinal))
            continue
        if speaker is None and role is None:
            heading = is_heading_line(line)
            segments.append(Segment(start=start, end=end, heading=heading, boilerplate=not heading))
        elif segments and _who(segments[-1]) == (speaker, role, ordinal):
            segments[-1] = segments[-1].model_copy(update={"end": end})
        else:
            segments.append(Segment(start=start, end=end, speaker=speaker, role=role, ordinal=ordinal))
    return segments
