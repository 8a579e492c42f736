"""Guess what a missing sidecar would say (kind, participants and roles) from a document's text.

Users drop documents without ``<stem>.meta.yaml``, but the segmenters need the kind and the
participants' roles to tell who speaks. Every rule reads a general signal of a document style
(speech-to-text lines, a "Participants" list, forum chrome), never names of known documents.
"""

from __future__ import annotations

import datetime as dt
import re
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

import yaml

from ingest.segmenters.speaker_ids import host_and_guests, named_participants
from ingest.segmenters.text import (
    GUEST_INTRO,
    PERSON_NAME,
    PODCAST_CUE,
    SELF_INTRO,
    SHOW_INTRO,
    TIMESTAMP,
    TITLES,
    WELCOME_FIRST,
    complete_name,
    looks_labelled,
    turn_label,
)
from ingest.segmenters.transcript import ANSWER_LABELS, LABEL_ROLE_WORDS, QUESTION_LABELS
from ontology.models import Participant, Role, SourceMeta

KNOWN_SHOWS = Path(__file__).with_name("known_shows.yaml")
_FULL = r"[A-Z][a-z'’-]+\s[A-Z][a-z'’-]+"
_STRIP_TITLE = re.compile(rf"^\s*(?:{TITLES}\s+)+")
_REPORTING = (
    r"(?:also\s+|further\s+|generally\s+)?(?:thinks|thought|believes|believed|said|says|suggested|suggests|"
    r"argued|argues|noted|notes|expects|expected|mentioned|explained|agreed|asked|is|was|would|has|had)\b"
)
_OPINION = {"thinks", "thought", "believes", "believed", "expects", "expected", "argued", "argues", "agreed"}
_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4}\b"
)

# -- the kind ------------------------------------------------------------------------------

_SPEECH_LINE = re.compile(rf"^(?:\*\s{{1,3}}|{TIMESTAMP}\s+)(\S)")
_PARTICIPANTS_HEADING = re.compile(r"^[ \t#*_]*(?:participants|attendees|present)[ \t*_:]*$", re.I | re.M)
_BULLET = re.compile(r"^\s*(?:[-*+•●◦▪]|\d{1,2}[.)])\s+")
_COMPILED = re.compile(
    r"\b(?:these|the following) notes (?:were|have been) (?:compiled|prepared|written|taken)\b"
    r"|\bnotes (?:were )?(?:compiled|prepared) by\b",
    re.I,
)
_FORUM_SIGNALS = tuple(
    re.compile(pattern, re.I | re.M)
    for pattern in (
        r"^[ \t]*\d+\s+(?:comments?|replies)\b",
        r"\bsorted by\b|\bclick to highlight new comments\b",
        r"^[ \t]*(?:new comment|more posts like this|leave a (?:comment|reply)|post a comment)[ \t]*$",
        r"^[ \t]*(?:curated and popular this week|relevant opportunities|recent discussion)[ \t]*$",
        r"\[link post\]|\bthis is a link ?post\b|\blink post:",
        r"^[ \t]*hide table of contents[ \t]*$",
        r"^[ \t]*\d+\.[ \t]*\^[ \t]*$",  # footnote back-references
        r"^[ \t]*[-+]?\d+[ \t]*(?:karma|points|votes)\b.*$|^[ \t]*reply[ \t]*$",
    )
)


def _is_speech_to_text(text: str) -> bool:
    """Most lines start with ``*`` and sentences run on across lines (wrapped recogniser output)."""
    rows = [row.strip() for row in text.splitlines() if row.strip()]
    firsts = [m.group(1) for row in rows if (m := _SPEECH_LINE.match(row))]
    if len(firsts) < 10 or len(firsts) < 0.6 * len(rows):
        return False
    return sum(first.islower() for first in firsts) >= 0.2 * len(firsts)


def _third_person(text: str) -> list[tuple[str, str]]:
    """(surname, verb) of each "Prof. Druckmann thinks"-style phrase."""
    pattern = rf"\b(?:{TITLES})\s+(?:[A-Z][\w'’-]+\s+)?([A-Z][\w'’-]+)\s+({_REPORTING})"
    return [(m.group(1), m.group(2).split()[-1]) for m in re.finditer(pattern, text)]


def guess_kind(text: str) -> str | None:
    """The kind the text's layout and wording point to; ``None`` when nothing stands out."""
    if looks_labelled(text):
        return "transcript"
    if _is_speech_to_text(text):
        return "podcast_transcript"
    notes = (_PARTICIPANTS_HEADING.search(text), _COMPILED.search(text), len(_third_person(text)) >= 3)
    if sum(map(bool, notes)) >= 2:
        return "interview_notes"
    if sum(bool(signal.search(text)) for signal in _FORUM_SIGNALS) >= 2:
        return "forum_post"
    head = text[:5000]
    if PODCAST_CUE.search(head) and SELF_INTRO.search(head):
        return "podcast_transcript"
    return None


# -- interview notes -----------------------------------------------------------------------


def _participant_entries(text: str) -> list[tuple[str, str | None]]:
    """(name, affiliation) of each bullet under a "Participants" heading; titles dropped."""
    heading = _PARTICIPANTS_HEADING.search(text)
    if heading is None:
        return []
    entries: list[list[str]] = []
    blank = False
    for row in text[heading.end() :].splitlines()[1:]:
        if not row.strip():
            blank = True
            continue
        if _BULLET.match(row):
            entries.append([_BULLET.sub("", row, count=1).strip()])
        elif entries and not blank:
            entries[-1].append(row.strip())  # a wrapped line
        else:
            break
        blank = False
    out = []
    for parts in entries:
        name, _, description = ([*re.split(r"(\s[-–—]\s|,\s)", " ".join(parts), maxsplit=1), "", ""])[:3]
        name = _STRIP_TITLE.sub("", name).strip(" *_")
        if re.fullmatch(r"[A-Z][\w'’.-]*(?:\s[\w'’.-]+){0,4}", name):
            out.append((name, description.rsplit(",", 1)[-1].strip(" *_.") or None))
    return out


def _names_from_text(text: str, title: str) -> list[tuple[str, str | None]]:
    """Without a participants list: full names after a title, then surnames of third-person phrases."""
    names: dict[str, None] = {}
    for match in re.finditer(rf"\b(?:{TITLES})\s+({PERSON_NAME})", f"{title}\n{text}"):
        names.setdefault(match.group(1))
    for surname, _ in _third_person(text):
        if not any(name.split()[-1] == surname for name in names):
            full = re.search(rf"\b([A-Z][a-z'’-]+\s{re.escape(surname)})\b", text)
            names.setdefault(full.group(1) if full else surname)
    return [(name, None) for name in names]


def _compiler(text: str) -> str | None:
    """The organisation that wrote the notes ("compiled by Open Philanthropy")."""
    org = r"(?P<org>[A-Z][\w&'’-]*(?:\s(?:of\s|for\s|the\s)?[A-Z][\w&'’-]*){0,4})"
    match = re.search(rf"\b(?:compiled|prepared|written|taken) by (?:the )?{org}", text) or re.search(
        rf"(?:^|\.\s+){org}\s+(?:spoke|talked|met|reached out)\b", text, re.M
    )
    return match.group("org") if match else None


def notes_participants(text: str, title: str = "") -> tuple[Participant, ...]:
    """Interviewee(s) and interviewer(s) of third-person notes, the main interviewee first.

    The interviewee is whom the notes are about ("points made by Prof. X", "X thinks"); an
    interviewer belongs to the organisation that compiled the notes, or only suggests and asks.
    """
    entries = _participant_entries(text) or _names_from_text(text, title)
    if not entries:
        return ()
    compiler = _compiler(text)
    about = " ".join(
        m.group(0)
        for m in re.finditer(
            r"(?:points made by|views of|(?:conversation|discussion|interview|call|meeting|talk)s? with|"
            r"spoke with)\s+[^.\n]{0,60}",
            f"{title}\n{text}",
        )
    )
    phrases = _third_person(text)
    scored = []
    for name, affiliation in entries:
        surname = name.split()[-1]
        verbs = [verb for who, verb in phrases if who == surname]
        of_compiler = bool(compiler and affiliation and compiler.lower() in affiliation.lower())
        score = (
            3 * bool(re.search(rf"\b{re.escape(surname)}\b", about))
            + sum(verb in _OPINION for verb in verbs)
            + len(verbs) / 10
            - 5 * of_compiler
        )
        asks_only = bool(verbs) and set(verbs) <= {"suggested", "asked"}
        scored.append((score, name, affiliation, of_compiler or asks_only))
    main = max(scored, key=lambda item: item[0])
    others = [item for item in scored if item is not main]
    interviewers = [item for item in others if item[3]] or sorted(others, key=lambda item: item[0])[:1]
    return tuple(
        Participant(
            name=name,
            role=Role.INTERVIEWER if item in interviewers else Role.INTERVIEWEE,
            affiliation=affiliation,
        )
        for item in [main, *others]
        for _, name, affiliation, _ in [item]
    )


# -- podcasts ------------------------------------------------------------------------------

_TITLE_GUEST = re.compile(
    r"^(?:[A-Z]{0,5}\s*#?\d+|(?:Ep(?:isode)?\.?|No\.?|#)\s*\d+)?[\s:#.|–—-]*"
    rf"(?P<name>{PERSON_NAME})\s*(?::|\s[|–—-]\s|\son\s)"
    rf"|\b(?:with|feat\.?|featuring|guest:?)\s+(?:{TITLES}\s+)?(?P<with>{PERSON_NAME})\b"
)


# "Here's Dan." hands over to the guest; "You may know my guest as ... Dan Goodman runs ..." names them
_HANDOVER = re.compile(
    r"\b(?:[Hh]ere(?:'s| is)|[Pp]lease welcome)\s+(?P<first>(?!I['’])[A-Z][a-z'’-]+)\s*[.!]"
)
_GUEST_CUE = re.compile(r"\bmy guest(?: today| this week)?\b", re.I)


def _named_after_guest_cue(intro: str, shows: list[str], host: str | None) -> str | None:
    """The first full name within a few sentences after "my guest" that is not the show or the host."""
    cue = _GUEST_CUE.search(intro)
    if cue is None:
        return None
    for match in re.finditer(PERSON_NAME, intro[cue.end() : cue.end() + 600]):
        name = match.group(0)
        if name not in shows and not (host and host.split()[0] == name.split()[0]):
            return name
    return None


_MISHEARD = 0.75  # similarity of a surname to its speech-to-text spelling ("Lindqvist", "Lindquist")


def _said_in(name: str, body: str) -> bool:
    """Whether the talk says ``name``: its surname, or its first name before a surname spelled
    nearly the same (the title is typed; a transcript may write "Marta Lindquist" for "Marta Lindqvist")."""
    first, surname = name.split()[0], name.split()[-1]
    if re.search(rf"\b{re.escape(surname)}\b", body):
        return True
    return any(
        SequenceMatcher(None, surname.lower(), heard.lower()).ratio() >= _MISHEARD
        for heard in re.findall(rf"\b{re.escape(first)}\s+([A-Z][\w'’-]+)", body)
    )


def _guest(text: str, title: str, intro: str, shows: list[str]) -> str | None:
    """The guest named by the episode title or introduced in the opening, if the text names them."""
    body = text[text.find(title) + len(title) :] if title and title in text else text
    for match in [_TITLE_GUEST.search(title), *GUEST_INTRO.finditer(intro)]:
        name = match and (match.group("name") or match.groupdict().get("with"))
        if name and name not in shows and _said_in(name, body):
            return name.strip()
    for match in re.finditer(PERSON_NAME, title):  # any name in the title that the text repeats in full
        if match.group(0) not in shows and match.group(0) in body:
            return match.group(0)
    first = WELCOME_FIRST.search(intro) or _HANDOVER.search(intro)
    return complete_name(first.group("first"), text) if first else None


@lru_cache(maxsize=1)
def known_shows() -> dict[str, str]:
    """Show name -> host's full name, from ``known_shows.yaml`` (data, so a show is one new line)."""
    return yaml.safe_load(KNOWN_SHOWS.read_text(encoding="utf-8")) or {}


def known_host(first: str, mentions: list[str]) -> str | None:
    """The full name of a known show's host who introduced themselves by ``first`` name only, when
    one of ``mentions`` (the show named in the intro, the title, the page header) names that show."""
    for show, host in known_shows().items():
        if host.split()[0] == first and any(show.lower() in mention.lower() for mention in mentions):
            return host
    return None


def podcast_participants(text: str, title: str = "") -> tuple[Participant, ...]:
    """Host (self-introduction; the show's name as affiliation) and guest of an unlabelled transcript."""
    intro = text[:6000]
    shows = [m.group("show") for m in SHOW_INTRO.finditer(intro)]
    guest = _guest(text, title, intro, shows)
    guest_words = set(guest.split()) if guest else set()
    intros = [
        (m.group("name"), text[max(0, m.start() - 300) : m.end() + 300])
        for m in [*SELF_INTRO.finditer(intro), *SELF_INTRO.finditer(text, max(0, len(text) - 3000))]
        if not guest_words & set(m.group("name").split())
    ]
    # "I'm Jo" next to "my guest" or the show's name beats a stray "I'm British"
    intros.sort(key=lambda item: not (PODCAST_CUE.search(item[1]) or SHOW_INTRO.search(item[1])))
    host = complete_name(intros[0][0], text) if intros else None
    if host and " " not in host:
        host = known_host(host, [*shows, title, text[:600]]) or host  # "I'm Paul" on Brain Inspired
    host_first = host.split()[0] if host else None
    if guest is None:
        guest = _named_after_guest_cue(intro, shows, host)
        guest_words = set(guest.split()) if guest else set()
    show = next((s for s in shows if s.split()[0] not in {host_first, *guest_words}), None)
    participants = []
    if host:
        participants.append(Participant(name=host, role=Role.HOST, affiliation=show))
    if guest:
        participants.append(Participant(name=guest, role=Role.GUEST))
    return tuple(participants)


# -- question-and-answer write-ups ----------------------------------------------------------


def question_and_answer_participants(text: str, title: str) -> tuple[Participant, ...]:
    """The interviewee of a ``Q:``/``A:`` transcript: the person its title names ("Interview with
    Dr. Ann Lee"), who gives the answers."""
    labels = {label[0].strip().lower() for row in text.splitlines() if (label := turn_label(row))}
    if not labels or not labels <= QUESTION_LABELS | ANSWER_LABELS:
        return ()
    named = _TITLE_GUEST.search(title)
    name = named and (named.group("name") or named.group("with"))
    return (Participant(name=name.strip(), role=Role.INTERVIEWEE),) if name else ()


# -- forum threads -------------------------------------------------------------------------

_THREAD_CUE = re.compile(
    r"^[ \t]*(?:\d+\s+comments?\b.*|.*\bsorted by\b.*|new comments?|more posts like this|comments?)[ \t]*$",
    re.I | re.M,
)
# a sentence's first word is no first name: "As Oskar says upthread", "So Ann thinks"
_NOT_FIRST_NAME = (
    r"(?!(?:As|So|But|And|Or|Like|What|If|When|Because|Then|Also|Yes|No|Well|Now|Even|Just|The|Given|"
    r"Unlike|Per|Re|Regarding|After|Since|Following|Despite)\s)"
)
_COMMENTER_MENTION = re.compile(
    rf"\b{_NOT_FIRST_NAME}(?P<a>{_FULL})\s+"
    r"(?:thinks|believes|said|says|argued|argues|suggested|pointed out|replied)\b"
    rf"|\b(?:view|views|opinion|position|comment|reply|point)s? of\s+(?P<b>{_FULL})\b"
    rf"|\b{_NOT_FIRST_NAME}(?P<c>{_FULL})['’]s (?:comment|reply|answer|point|view|position)s?\b"
)
_POSSESSIVE_COMMENT = re.compile(r"\b(?P<who>[A-Za-z][a-z]{2,})['’]s (?:comment|reply|answer)s?\b")
_NOT_A_NAME = {
    "author", "authors", "poster", "someone", "everyone", "other", "parent", "previous", "this",
    "post", "op", "paper", "article", "thread", "report", "study", "blog", "essay", "summary",
}  # fmt: skip


def _cited(surname: str, text: str) -> bool:
    """Whether ``surname`` is an author of a cited work ("Segev, I.", "London et al.", "Lee (2021)")."""
    return bool(re.search(rf"\b{re.escape(surname)}(?:,\s[A-Z]\.|\set al\b|\s\(\d{{4}})", text))


def _from_handle(word: str, text: str) -> str:
    """A surname written as "lee's comment", completed by a URL handle ("twitter.com/annlee")."""
    handle = re.search(rf"https?://\S*?[/@=]([a-z]{{2,}})[-_.]?{re.escape(word.lower())}\b", text)
    surname = word.capitalize()
    return f"{handle.group(1).capitalize()} {surname}" if handle else surname


def forum_participants(text: str) -> tuple[Participant, ...]:
    """Commenters the thread names ("what Ann Lee thinks", "lee's comment"); the post author stays unnamed."""
    cue = _THREAD_CUE.search(text)
    thread = text[cue.end() :] if cue else ""
    names = [m.group("a") or m.group("b") or m.group("c") for m in _COMMENTER_MENTION.finditer(thread)]
    for match in _POSSESSIVE_COMMENT.finditer(text):
        word = match.group("who")
        linked = re.search(rf"https?://\S*{re.escape(word.lower())}\b", text)  # not ".../posts/"
        if word.lower() not in _NOT_A_NAME and (word[0].isupper() or linked):
            names.append(_from_handle(word, text))
    kept: list[str] = []
    for name in sorted(set(names), key=len, reverse=True):  # "Ann Leeds" absorbs a misspelt "Ann Lee"
        first, surname = name.split()[0], name.split()[-1]
        variant = any(k.split()[-1].startswith(surname) and k.split()[0] in (first, surname) for k in kept)
        if not variant and not _cited(surname, text):
            kept.append(name)
    return tuple(Participant(name=name, role=Role.COMMENTER) for name in kept)


# -- together ------------------------------------------------------------------------------


def _date_in(title: str) -> dt.date | None:
    match = _DATE.search(title)
    try:
        return dt.datetime.strptime(match.group(0), "%B %d, %Y").date() if match else None
    except ValueError:
        return None


def guess_meta(text: str, title: str, kind: str | None = None) -> SourceMeta:
    """A SourceMeta for a document without a sidecar: the kind from the text (else the reader's
    ``kind``, else ``notes``) and the participants that kind's segmenter needs."""
    guessed = guess_kind(text)
    if kind == "transcript" and guessed != "podcast_transcript":
        guessed = kind  # caption files stay transcripts
    kind = guessed or kind or "notes"
    participants: tuple[Participant, ...] = ()
    if kind == "interview_notes":
        participants = notes_participants(text, title)
    elif kind in ("podcast_transcript", "transcript") and not looks_labelled(text):
        participants = podcast_participants(text, title)
    elif kind in ("podcast_transcript", "transcript"):
        participants = named_participants(text)  # empty unless the labels are "SPEAKER_00"-style ids
        participants = participants or question_and_answer_participants(text, title)
        participants = participants or host_and_guests(text, LABEL_ROLE_WORDS)
    elif kind == "forum_post":
        participants = forum_participants(text)
    return SourceMeta(title=title, kind=kind, date=_date_in(title), participants=participants)


def describe(meta: SourceMeta) -> str:
    """``kind podcast_transcript, participants: host Ann Lee, guest Bo Chen`` for the log."""
    people = ", ".join(f"{p.role.label} {p.name}" for p in meta.participants) or "none"
    return f"kind {meta.kind}, participants: {people}"
