"""Unlabelled podcast transcripts (speech-to-text, no speaker labels): infer host and guest turns.

Sentences are read in order with a small state machine:

* the host introduces the show and the guest ("I'm Paul", "my guest today", "welcome to the
  podcast"), reads sponsor messages (kept as the host's boilerplate) and asks questions put to
  "you"; once a question is asked, the next statement is the guest's answer;
* the guest answers, thanks for the invitation, talks about "my lab", "our work"; when a
  question to "you" turns up inside the guest's turn, the host's turn is taken to begin at the
  latest turn cue before it: a new speech-to-text segment (a line following a short line) or
  a back-channel opener ("Yeah.", "Okay.", "Right.").

A YAML-like ``---`` header and Markdown title/metadata lines are boilerplate/headings. Names
and roles come from the sidecar's ``host`` and ``guest`` participants.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence

from ingest.segmenters.paragraphs import segment_paragraphs
from ingest.segmenters.text import Span, find_role, lines, sentences, trim
from ontology.models import Participant, Role, Segment, SourceMeta

_SPONSOR = re.compile(
    r"\b(?:patreon|sponsor(?:ed|s)?|support (?:the|this) (?:show|podcast)|promo code|discount code|"
    r"show notes|subscribe|brought to you by|[a-z]\.(?:com|net|org|co)\b)",
    re.I,
)
_HOST_CUE = re.compile(
    r"\b(?:my guest(?: today)?|welcome (?:back )?to (?:the |this )?(?:show|podcast|program|episode)|"
    r"thanks for (?:coming on|joining (?:me|us)|being (?:here|on))|on (?:this|today'?s) episode|"
    r"before we (?:get|dive) in|let'?s get (?:into|to) it|hello (?:and welcome|everyone|everybody))",
    re.I,
)
_GUEST_CUE = re.compile(
    r"\b(?:thanks?(?: you)?(?: very much| so much)? for (?:having|inviting) me|"
    r"(?:my|our) (?:lab|group|paper|papers|students?|postdoc|phd)|in our (?:work|lab|group)|"
    r"we (?:found|showed))\b",
    re.I,
)
_OPENER = re.compile(r"^(?:yeah|yes|yep|okay|ok|right|wow|oh|sure|cool|great|interesting|mm|hmm|so)\b", re.I)
_YOU_KNOW = re.compile(r"\byou know\b|\byou see\b|\bmind you\b|\bthank you\b", re.I)
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|you've|you'd)\b", re.I)
_PREFIX = re.compile(r"^\s*[*\-•]\s+")
_REPORTED = re.compile(
    r"\b(?:like|say|says|said|ask|asks|asked|oh|go|goes|went|thinking)\s*,\s*(?:oh,\s*|well,\s*)?"
    r"(?:can|could|do|does|did|is|are|would|will|what|why|how|you)\b",
    re.I,
)


def _body_start(text: str) -> tuple[int, list[Segment]]:
    """Skip a ``---`` front-matter block and Markdown title/metadata lines at the top."""
    segments: list[Segment] = []
    cursor = 0
    if text.lstrip().startswith("---"):
        first = text.find("---")
        close = text.find("\n---", first + 3)
        if close != -1:
            end = close + 4
            segments.append(Segment(start=first, end=end, boilerplate=True))
            cursor = end
    for start, end in lines(text, cursor, len(text)):
        line = text[start:end]
        if _PREFIX.match(line) and not line.lstrip().startswith("**"):
            return start, segments
        heading = line.lstrip().startswith("#")
        segments.append(Segment(start=start, end=end, heading=heading, boilerplate=not heading))
        cursor = end
    return cursor, segments


def _segment_starts(text: str, start: int) -> set[int]:
    """Offsets of lines that follow a short line: where the recogniser began a new segment."""
    spans = lines(text, start, len(text))
    if not spans:
        return set()
    typical = statistics.median(e - s for s, e in spans)
    starts = set()
    for (s0, e0), (s1, _) in zip(spans, spans[1:], strict=False):
        if e0 - s0 < 0.75 * typical:
            match = _PREFIX.match(text, s1)
            starts.add(match.end() if match else s1)
    return starts


class _Turns:
    def __init__(self, text: str, host: Participant, guest: Participant):
        self.text = text
        self.host, self.guest = host, guest
        self.host_intro = re.compile(
            rf"\b(?:I'?m|I am|this is|my name is) {re.escape(host.name.split()[0])}\b", re.I
        )

    def addressed_question(self, sentence: str) -> bool:
        """A question put to "you" -- not a reported or rhetorical one ("it's like, can you ...?")."""
        if not sentence.rstrip("\"”' ").endswith("?") or _REPORTED.search(sentence):
            return False
        return bool(_SECOND_PERSON.search(_YOU_KNOW.sub("", sentence)))

    def run(self, spans: list[Span], segment_starts: set[int]) -> list[tuple[Span, Participant, bool]]:
        out: list[tuple[Span, Participant, bool]] = []
        speaker = self.guest
        turn_begin = 0  # index in ``out`` where the current turn began
        asked = False
        for span in spans:
            sentence = re.sub(r"\n\s*[*\-•]\s+", " ", self.text[span[0] : span[1]])
            sponsor = bool(_SPONSOR.search(sentence))
            question = self.addressed_question(sentence)
            host_cue = sponsor or bool(self.host_intro.search(sentence) or _HOST_CUE.search(sentence))
            if speaker is self.host and asked and not question:
                speaker, turn_begin, asked = self.guest, len(out), False
            if host_cue and speaker is not self.host:
                speaker, turn_begin = self.host, len(out)
            elif _GUEST_CUE.search(sentence) and speaker is self.host and not question:
                speaker, turn_begin, asked = self.guest, len(out), False
            elif question and speaker is self.guest:
                begin = self._host_turn_start(out, turn_begin, segment_starts)
                out[begin:] = [(s, self.host, b) for s, _, b in out[begin:]]
                speaker, turn_begin = self.host, begin
            if question and speaker is self.host:
                asked = True
            out.append((span, speaker, sponsor))
        return out

    def _host_turn_start(
        self, out: list[tuple[Span, Participant, bool]], turn_begin: int, starts: set[int]
    ) -> int:
        """Where the host's turn that ends in a question began, inside the guest's current turn."""
        for index in range(len(out) - 1, max(turn_begin, len(out) - 8), -1):
            span = out[index][0]
            if span[0] in starts or _OPENER.match(self.text[span[0] : span[1]]):
                return index
        return len(out)


def segment_podcast(text: str, meta: SourceMeta, headings: Sequence[Span] = ()) -> list[Segment]:
    host = find_role(meta.participants, Role.HOST, Role.INTERVIEWER)
    guest = find_role(meta.participants, Role.GUEST, Role.INTERVIEWEE)
    if host is None or guest is None:
        return segment_paragraphs(text, meta, headings)
    start, segments = _body_start(text)
    spans = [trim(text, s, e) for s, e in sentences(text, start, len(text))]
    for (s_start, s_end), who, sponsor in _Turns(text, host, guest).run(spans, _segment_starts(text, start)):
        seg = Segment(start=s_start, end=s_end, speaker=who.name, role=who.role, boilerplate=sponsor)
        last = segments[-1] if segments else None
        if last and last.speaker == seg.speaker and last.boilerplate == seg.boilerplate and not last.heading:
            segments[-1] = last.model_copy(update={"end": s_end})
        else:
            segments.append(seg)
    return segments
