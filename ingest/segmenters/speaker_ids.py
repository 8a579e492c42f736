"""Generic diarization ids ("SPEAKER_00:", "Speaker 1:", "spk_0:") resolved to the people the
dialogue names.

Speech-to-text tools label turns by voice, not by person, but the dialogue usually says who is
who: a self-introduction, the other speaker's "Thanks, Ada", the host's "my guest today is Ada
Lovelace". Only names the text or the sidecar gives are used. An id no cue resolves becomes an
unnamed party of its own source ("speaker 1", numbered by first appearance), never a person
called "SPEAKER_00" whom every document would share.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from ingest.segmenters.text import (
    GUEST_INTRO,
    PERSON_NAME,
    PODCAST_CUE,
    SELF_INTRO,
    SHOW_INTRO,
    SPEAKER_ID,
    TITLES,
    WELCOME_FIRST,
    complete_name,
    lines,
    turn_label,
)
from ontology.models import Participant, Role

_SPEAKER_ID = re.compile(SPEAKER_ID)
_OPENING = 6000  # introductions happen in the first minutes; later "talking to X" is anecdote
_GREETING = re.compile(
    r"\b(?:hi|hello|hey|welcome|thanks|thank you|good (?:morning|afternoon|evening)|my name is)\b", re.I
)
_THIS_IS = re.compile(rf"\b[Tt]his is\s+(?P<name>{PERSON_NAME})\b")
_FIRST = r"[A-Z][a-z'’-]+"
_THANKS = re.compile(  # "Thanks, Paul.", "Thank you for having me, Dr. Smith!"
    r"^\W*(?i:(?:yeah|yes|oh|well|and|great),?\s+)?(?i:thanks|thank you|hi|hey|hello)\b[^.!?\n]{0,40}?,?\s+"
    rf"(?:{TITLES}\s+)?(?P<name>{_FIRST}(?:\s{_FIRST})?)\s*[,.!?]"
)
_BARE_VOCATIVE = re.compile(rf"^\W*(?P<name>{_FIRST})\s*,")  # "Ada, why ...": trusted once named
_AS_GUEST = re.compile(
    r"\bthanks? (?:you )?for (?:having|inviting) me\b|\b(?:glad|great|happy) to be here\b", re.I
)
_SIDES = {
    Role.HOST: Role.HOST,
    Role.INTERVIEWER: Role.HOST,
    Role.GUEST: Role.GUEST,
    Role.INTERVIEWEE: Role.GUEST,
}
_SELF, _INTRODUCED, _ADDRESSED = 3, 2, 1  # how much each cue says about who speaks


class Turn(NamedTuple):
    label: str
    start: int
    text: str


class Speaker(NamedTuple):
    """Who a generic id is: a name (None when unresolved), a role, and an ordinal for unnamed speakers."""

    name: str | None
    role: Role
    ordinal: int | None = None


def is_speaker_id(label: str) -> bool:
    return bool(_SPEAKER_ID.fullmatch(label.strip()))


def labelled_turns(text: str) -> list[Turn]:
    """The ``Label: text`` turns of a labelled transcript, continuation lines included."""
    found: list[tuple[str, int, list[str]]] = []
    for start, end in lines(text, 0, len(text)):
        label = turn_label(text[start:end])
        if label is not None:
            found.append((label[0].strip(), start, [text[start + label[1] : end]]))
        elif found:
            found[-1][2].append(text[start:end])
    return [Turn(label, start, "\n".join(said)) for label, start, said in found]


def _neighbour(turns: Sequence[Turn], index: int, step: int) -> str | None:
    """The label of the nearest turn before (step -1) or after (+1) ``index`` by someone else."""
    own = turns[index].label
    index += step
    while 0 <= index < len(turns):
        if turns[index].label != own:
            return turns[index].label
        index += step
    return None


def _self_names(turn: Turn) -> list[str]:
    """Names a speaker gives themself where the turn greets or frames a show ("Hi, I'm Ada")."""
    shows = [m.group("show") for m in SHOW_INTRO.finditer(turn.text)]
    framed = bool(_GREETING.search(turn.text) or PODCAST_CUE.search(turn.text) or shows)
    names = [m.group("name") for m in SELF_INTRO.finditer(turn.text)] if framed else []
    names += [
        m.group("name") for m in _THIS_IS.finditer(turn.text) if any(s != m.group("name") for s in shows)
    ]
    return names


def _introduced(turn: Turn) -> list[str]:
    """Names the turn introduces or welcomes ("my guest today is X", "Welcome, X"): the next speaker."""
    names = [m.group("name") for m in GUEST_INTRO.finditer(turn.text)]
    return names + [m.group("first") for m in WELCOME_FIRST.finditer(turn.text)]


def _votes(turns: Sequence[Turn], text: str) -> dict[str, Counter[str]]:
    """Weighted names per label from self-introductions, introductions and vocatives."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    two_speakers = len({turn.label for turn in turns}) == 2
    for i, turn in enumerate(turns):
        for name in _self_names(turn):
            votes[turn.label][complete_name(name, text)] += _SELF
        following = _neighbour(turns, i, 1)
        if following and turn.start < _OPENING:
            for name in _introduced(turn):
                votes[following][complete_name(name, text)] += _INTRODUCED
        previous = _neighbour(turns, i, -1)
        thanks = _THANKS.match(turn.text)
        if previous and thanks:
            votes[previous][complete_name(thanks.group("name"), text)] += _ADDRESSED
    named = {word for counter in votes.values() for name in counter for word in name.split()[:1]}
    for i, turn in enumerate(turns):  # "Ada, why ...": only a name some other cue gave, only in a duet
        bare = _BARE_VOCATIVE.match(turn.text)
        previous = _neighbour(turns, i, -1)
        if two_speakers and bare and previous and bare.group("name") in named:
            votes[previous][complete_name(bare.group("name"), text)] += _ADDRESSED
    return votes


def _fold(counter: Counter[str]) -> Counter[str]:
    """Count "Paul" toward "Paul Smith" when both name one speaker."""
    folded: Counter[str] = Counter()
    for name, weight in counter.items():
        fuller = [other for other in counter if other != name and set(name.split()) < set(other.split())]
        folded[max(fuller, key=len) if fuller else name] += weight
    return folded


def _participant(name: str, participants: Sequence[Participant]) -> Participant | None:
    words = set(name.lower().split())
    for participant in participants:
        if words <= set(participant.name.lower().split()):
            return participant
    return None


def _host(turns: Sequence[Turn], labels: Sequence[str]) -> str | None:
    """Of the speakers, the one who opens the show and introduces the others (more questions break
    ties); None when no one frames the show or two speakers frame it alike."""
    score: Counter[str] = Counter()
    for turn in turns:
        if turn.start < _OPENING:
            framing = (
                len(_introduced(turn))
                + len(SHOW_INTRO.findall(turn.text))
                + len(PODCAST_CUE.findall(turn.text))
            )
            score[turn.label] += framing - 2 * len(_AS_GUEST.findall(turn.text))
    if max(score[label] for label in labels) <= 0:
        return None
    asked = Counter({label: sum(t.text.count("?") for t in turns if t.label == label) for label in labels})
    first, second = sorted(labels, key=lambda label: (score[label], asked[label]), reverse=True)[:2]
    return first if (score[first], asked[first]) > (score[second], asked[second]) else None


def _names(votes: dict[str, Counter[str]], ids: Sequence[str], taken: set[str]) -> dict[str, str]:
    """One name per id, strongest cue first; a name already used (or a real label) is not reused."""
    ranked = sorted(
        ((weight, label, name) for label in ids for name, weight in _fold(votes[label]).items()),
        key=lambda vote: -vote[0],
    )
    names: dict[str, str] = {}
    for _, label, name in ranked:
        if label not in names and name.lower() not in taken:
            names[label] = name
            taken.add(name.lower())
    return names


def resolve_speaker_ids(text: str, participants: Sequence[Participant] = ()) -> dict[str, Speaker]:
    """Who each generic id of a labelled transcript is; empty when its labels are real names.

    A sidecar's participants win over names the text gives (the text only says which is which);
    with two speakers the introducer is the host and the other the guest.
    """
    turns = labelled_turns(text)
    labels = list(dict.fromkeys(turn.label for turn in turns))
    ids = [label for label in labels if is_speaker_id(label)]
    if not ids:
        return {}
    names = _names(_votes(turns, text), ids, taken={label.lower() for label in labels if label not in ids})
    host = _host(turns, labels) if len(labels) == 2 else None
    roles = {label: Role.HOST if label == host else Role.GUEST for label in labels} if host else {}
    resolved: dict[str, Speaker] = {}
    used: set[str] = set()
    for label in ids:
        participant = _participant(names[label], participants) if label in names else None
        if participant is None and label in roles:  # a sidecar's host or guest wins over a text name
            holders = [p for p in participants if _same_side(p.role, roles[label])]
            participant = holders[0] if len(holders) == 1 else None
        if participant is not None and participant.name not in used:
            used.add(participant.name)
            resolved[label] = Speaker(participant.name, participant.role)
        elif label in names:
            resolved[label] = Speaker(names[label], roles.get(label, Role.SPEAKER))
    left = [p for p in participants if p.name not in used]
    unresolved = [label for label in ids if label not in resolved]
    if len(unresolved) == 1 and len(left) == 1 and len(labels) == len(participants):
        resolved[unresolved[0]] = Speaker(left[0].name, left[0].role)
    ordinals: dict[str, int] = {}
    for label in ids:
        if label not in resolved:
            role = roles.get(label, Role.SPEAKER)
            ordinal = ordinals.setdefault(label, len(ordinals) + 1) if role is Role.SPEAKER else None
            resolved[label] = Speaker(None, role, ordinal)
    return resolved


def _same_side(role: Role, inferred: Role) -> bool:
    """A sidecar's interviewer holds the host's side of a dialogue, its interviewee the guest's."""
    return _SIDES.get(role) is inferred


def named_participants(text: str) -> tuple[Participant, ...]:
    """The people a diarized transcript's dialogue names, for a guessed sidecar (host first)."""
    speakers = [s for s in resolve_speaker_ids(text).values() if s.name]
    speakers.sort(key=lambda s: s.role is not Role.HOST)
    return tuple(Participant(name=s.name, role=s.role) for s in speakers if s.name)


def host_and_guests(text: str, role_words: set[str]) -> tuple[Participant, ...]:
    """Host and guests of a transcript labelled by people's names ("Ada Lovelace: ..."): whoever
    opens the show and introduces the others is the host, the rest are guests, so the host's
    framing and paraphrases are read as a host's. Empty when the labels include role words or
    diarization ids, or no one frames the show."""
    turns = labelled_turns(text)
    labels = list(dict.fromkeys(turn.label for turn in turns))
    if len(labels) < 2 or any(is_speaker_id(label) or label.lower() in role_words for label in labels):
        return ()
    host = _host(turns, labels)
    if host is None:
        return ()
    guests = [label for label in labels if label != host and not _short_for(label, labels)]
    return (Participant(name=host, role=Role.HOST), *(Participant(name=g, role=Role.GUEST) for g in guests))


def _short_for(label: str, labels: list[str]) -> bool:
    """Whether ``label`` is the first or last name of another label ("Ruth" after "Ruth Adeyemi"):
    the same person, labelled in full on the first turn only."""
    return " " not in label and any(
        other != label and label in (other.split()[0], other.split()[-1]) for other in labels
    )
