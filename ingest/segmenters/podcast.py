"""Unlabelled podcast transcripts (speech-to-text, no speaker labels): infer host and guest turns.

Sentences are read in order with a small state machine:

* the host introduces the show and the guest ("I'm Paul", "my guest today", "welcome to the
  podcast"), reads sponsor messages (kept as the host's boilerplate) and asks questions put to
  "you"; once a question is asked, the next statement is the guest's answer;
* the guest answers, thanks for the invitation, talks about "my lab", "our work"; when a
  question to "you" turns up inside the guest's turn, the host's turn is taken to begin at the
  latest turn cue before it: a new speech-to-text segment (a line following a short line), a
  back-channel opener ("Yeah.", "Okay.", "Right.") or the end of a closing ("So yeah.");
* a question may be put as a statement ("I don't know how you feel about that.") or announced
  ("here's my question"); after an announced one, a back-channel or a stance ("I mean, I think")
  starts the guest's answer;
* a topic or paraphrase the host announces ("I want to get to plasticity", "let me paraphrase")
  ends on a question, "you" or not ("Is that fair?"), or on a check the guest echoes ("Eighty six
  billion, right?" -- "Eighty six billion, yeah.").

A YAML-like ``---`` header and Markdown title/metadata lines are boilerplate/headings. Names
and roles come from the sidecar's ``host`` and ``guest`` participants.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from typing import NamedTuple

from ingest.questions import asks_by_word_order
from ingest.segmenters.text import (
    SPEECH_LINE_BREAK,
    SPEECH_LINE_PREFIX,
    Span,
    find_role,
    lines,
    sentences,
    trim,
)
from ontology.models import Role, Segment, SourceMeta

_SPONSOR = re.compile(
    r"\b(?:patreon|sponsor(?:ed|s)?|support (?:the|this) (?:show|podcast)|promo code|discount code|"
    r"show notes|subscribe|brought to you by|music by|[a-z]\.(?:com|net|org|co)\b)",
    re.I,
)
_HOST_CUE = re.compile(
    r"\b(?:my guest(?: today)?|welcome (?:back )?to (?:the |this )?(?:show|podcast|program|episode)|"
    r"thanks for (?:coming on|joining (?:me|us)|being (?:here|on))|on (?:this|today'?s) episode|"
    r"before we (?:get|dive) in|let'?s get (?:into|to) it|hello (?:and welcome|everyone|everybody))",
    re.I,
)
# The host steering the talk without a question mark: an announced question or topic ("what I
# wanted to ask you is ...", "let's talk about sparsity", "I want to get to plasticity"), a paraphrase
# of the guest's views ("I've read or heard you make", "you mentioned to me", "let me paraphrase ...
# tell me if I've got this wrong") and thanks at the close ("I appreciate your time"). "If the
# question is ..." is the guest weighing a condition, not the host announcing one.
_HOST_STEER = re.compile(
    r"\b(?:(?:i|i'?d|i'?ve) (?:\w+ )?(?:want(?:ed)?|like|meant) to ask (?:you|about)|let me ask you|"
    r"i (?:have|'ve got|got|need|must) to ask(?: you)?(?: about)?\b|"
    r"i (?:was going to|wanted to) ask you|(?:i'?ve been|i was|i have been) wanting to ask\b|"
    # "the question is ..." announces one; "the question is sort of meaningless there" judges one
    r"(?<!\bif )(?:the|my) question (?:is|was)\b(?! (?:\w+ ){0,2}(?:meaningless|moot|ill-posed|wrong|silly|"
    r"confused|hard|tricky|difficult|subtle|open|complicated|interesting)\b)|let'?s talk about|"
    r"i (?:want|wanted|'d like) to (?:get|turn|move on|move|come back|go back|connect (?:it|this|that)) to|"
    r"let me (?:just )?lay out where i\b|"
    r"i (?:want|wanted|'d like) to (?:start|begin|open) (?:with|by)\b|"
    r"let me (?:try to )?(?:paraphrase|summari[sz]e|sum (?:it |this |that )?up|recap)|"
    r"let'?s (?:get|turn|move on|come back|go back) to|(?<!your )(?<!your many )listeners\b|"
    r"tell me if i(?:'ve| have)? (?:got|get|have) (?:this|it|that|something|anything) wrong|"
    r"(?:you )?tell me (?:where|if|why) i(?:'?m| am| go| went)? wrong|"  # "you tell me where I go wrong"
    r"(?:good|right) time to (?:ask you|talk about)|here'?s my question|"
    r"let me ask (?:you|the|a|another|one)\b|"
    r"(?:i'?ve|i have) (?:\w+ ){0,3}(?:read|heard) (?:\w+ ){0,3}(?:you|from you)\b|"
    r"you (?:had |have )?(?:mentioned|told) (?:to )?me|(?:really )?appreciate your time|"
    r"thanks? (?:you )?(?:so much |very much )?for (?:being (?:with|on|here)|your time|coming)|"
    r"(?:won'?t|don'?t want to) keep you|"
    r"(?:let'?s|we'?re going to) (?:take an? \w+ turn|switch gears|move on)|"
    # the host's own show and segues: "I've said this on the show before", "let me take that into energy"
    r"(?:said|mentioned|argued|made) (?:this|that|it) (?:\w+ )?on (?:the|this|my) show|"
    r"let me take (?:that|this|it) (?:into|to|over to|back to))",
    re.I,
)
# A steer that announces a question ("here's my question", "let me ask you"): the question may run
# over several sentences, so its first question mark does not yet hand over
_ANNOUNCED_QUESTION = re.compile(r"\b(?:ask|question)\b", re.I)
_GUEST_CUE = re.compile(
    r"\b(?:thanks?(?: you)?(?: very much| so much)? for (?:having|inviting) me|"
    r"(?:my|our) (?:lab|group|paper|papers|students?|postdoc|phd)|in our (?:work|lab|group)|"
    r"we (?:found|showed))\b",
    re.I,
)
_OPENER = re.compile(
    r"^(?:yeah|yes|yep|okay|ok|right|wow|oh|sure|cool|great|interesting|mm|hmm|so|well|see)\b", re.I
)
# The guest weighing a view the host just gave as his own ("You might be right.", "I'd be a little
# more cautious on the decade"): the sentences before it, since the last turn cue, were the host's
_WEIGHS_HOST_VIEW = re.compile(
    r"^(?:\(laughs?\)\s*)?(?:(?:yeah|well|hmm|okay|ok)[,.]?\s+)?(?:i think )?"
    r"(?:you (?:might|may|could) (?:well )?be right|"
    r"i (?:don'?t|do not) think you'?re (?:wrong|entirely wrong)|"
    r"you'?re (?:probably |absolutely |totally )?right|i (?:agree|disagree) with you|fair enough|"
    r"that'?s a (?:reasonable|fair|good|nice|great) (?:intuition|point|take|guess)|"
    r"i'?d be (?:a (?:little|bit) |slightly |somewhat )?more (?:cautious|careful|skeptical|conservative))\b",
    re.I,
)
# An answer's first word (stricter than ``_OPENER``: the host goes on with "So ..." too)
_BACK_CHANNEL = re.compile(r"^(?:yeah|yes|yep|okay|ok|right|sure|mm|hmm|no|definitely|absolutely|oh)\b", re.I)
# An answer's stance ("I mean, I think ...", "Well, I guess ..."): after an announced question, the
# guest has begun to answer
_STANCE = re.compile(
    r"^(?:(?:i mean|well|yeah|no|so),?\s+)*"
    r"i(?: think| guess|['’]?d (?:say|land|put it|go|guess)| agree| disagree)\b",
    re.I,
)
# A check confirmed by echoing it ("Eighty six billion, right?" -- "Eighty six billion, yeah."): the
# echo is the other side's
_SHORT_CHECK = 5  # words: a sentence this short that the other side echoes is a check on its own
_ECHO = re.compile(r"^(?:[*\-•]\s+)?([\w' ]+?),\s*(?:yeah|yes|right|exactly|correct)\b", re.I)
_YOU_KNOW = re.compile(r"\byou know\b|\byou see\b|\bmind you\b|\bthank you\b", re.I)
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|you've|you'd)\b", re.I)
_PREFIX = SPEECH_LINE_PREFIX
# A tag question ("..., right?", "..., yeah?") checks a statement with the listener: speakers on
# both sides end statements so, and it does not hand the turn over.
_TAG_QUESTION = re.compile(
    r",\s*(?:right|yeah|no|yes|okay|ok|eh|huh|you know|isn't it|aren't they)\s*\?[\"”' ]*$", re.I
)
# A question put as a statement at the end of the host's turn ("I don't know how you feel about
# that.", "I'm curious what you think.", "I'd love to hear your take.") or a check of the host's
# paraphrase ("and please correct me"): it hands the turn over like a question mark does.
_INDIRECT_QUESTION = re.compile(
    r"\b(?:i (?:don'?t|do not) know (?:how|what|whether|if) you (?:feel|think|see)|"
    r"i'?m (?:curious|wondering) (?:about )?(?:how|what|whether|if) you|"
    r"i wonder (?:how|what|whether|if) you|"
    r"i'?d (?:love|like) to (?:hear|know) (?:how|what|whether|if|your)|"
    r"tell me (?:a (?:little )?bit )?(?:more )?about (?:that|it|this|your)|"
    r"(?:walk|talk|take) (?:me|us) through (?:it|that|this|the|your|how|what)|"  # "walk me through it"
    r"what (?:do|would) you (?:think|say)|"
    r"tell me (?:why|where|if) i(?:'?m| am| go| went)? wrong)(?:\s+[\w']+){0,5}\s*[.!]?[\"”' ]*$"
    r"|\b(?:please correct me|correct me if i'?m wrong)\b",
    re.I,
)
# "So yeah, but ..." goes on with the answer: never where the host's turn begins. A bare "So yeah."
# or "Thank you." closes a turn: the host's begins right after it.
_WRAP_UP = re.compile(r"^so,? yeah\b", re.I)
_CLOSING = re.compile(
    r"^(?:so,? yeah|(?:\w+ and )?(?:thanks|thank you)(?: very much| so much)?)[.!]*[\"”' ]*$", re.I
)
# A sentence that is nothing but a back-channel ("Yeah.", "Mm-hmm.", "Right, right."): the listener's
# interjection, which may or may not take the turn
_BARE_BACK_CHANNEL = re.compile(
    r"^\s*(?:[*\-•]\s+)?(?:(?:yeah|yes|yep|okay|ok|right|sure|mm-hmm|mhm|uh-huh|mm|hmm)[,.!\s]*)+$", re.I
)
# Sentences within which a question to "you" shows that the guest's back-channel after an announced
# topic did not take the turn
_TENTATIVE = 5
# the host announcing what he will go through before the guest corrects it ("So let me lay out the
# rough numbers and you tell me where I'm wrong."): the numbers come before the handover
_LAYS_OUT = re.compile(
    r"\blet me (?:just )?(?:(?:try to )?(?:lay out|go through|run through|walk (?:you )?through|list)\b|"
    r"(?:try to )?do (?:a|the|some) (?:quick |rough |little )?(?:calculation|math|arithmetic)\b)",
    re.I,
)
# "And so it's like six orders of magnitude.": after his own question, the asker going on
# the host going on after his own question: "And so ...", "And I'll just say my own bias going in is ..."
_GOES_ON = re.compile(
    r"^and (?:so|then|I(?:'ll|'d| will| should) (?:just )?(?:say|admit|confess|add)|"
    r"full disclosure|my own bias)\b",
    re.I,
)
_REPORTED = re.compile(  # not "what do you think, is that ...?": a question put to the listener
    r"\b(?:(?<!\byou )(?:like|say|says|said|ask|asks|asked|oh|go|goes|went|thinking|think)"
    r"|(?:said|asked|wrote|tweeted|posted) "
    r"(?:(?:on|in|at|to) \w+(?: \w+)?|him|her|them|people|everyone))\s*,\s*"
    r"(?:(?:oh|well|okay|ok|so),\s*)*"
    r"(?:can|could|do|does|did|is|are|would|will|what|why|how|you)\b",
    re.I,
)


# Lines at the top that describe the recording rather than transcribe it: a Markdown heading, a
# bold "**Show:** date" line, a short "Key: value" line, a bare link.
_HEADER_LINE = re.compile(
    r"^\s*(?:#|\*\*|\[|<?https?://\S+>?\s*$|[A-Z][\w ()/-]{0,40}:\s+\S.{0,80}$)"
)


def _body_start(text: str) -> tuple[int, list[Segment]]:
    """Skip a ``---`` front-matter block and Markdown title/metadata lines at the top: the talk
    starts at the first speech-to-text line (``*  ...``) or, in a transcript without such
    prefixes, at the first line that is not a heading, metadata or a link."""
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
        if _PREFIX.match(line) and not line.lstrip().startswith("**") or not _HEADER_LINE.match(line):
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
    def words_from(s: int, e: int) -> int:  # where a line's words begin, after its prefix
        match = _PREFIX.match(text[s:e])  # (``^`` would not match at a ``pos``)
        return s + match.end() if match else s

    typical = statistics.median(e - words_from(s, e) for s, e in spans)
    starts = set()
    for (s0, e0), (s1, e1) in zip(spans, spans[1:], strict=False):
        if e0 - words_from(s0, e0) < 0.75 * typical:
            starts.add(words_from(s1, e1))
    return starts


class _Party(NamedTuple):
    """A side of the talk; the name is None when neither a sidecar nor the text gives it."""

    name: str | None
    role: Role
    affiliation: str | None = None


_NEVER = r"(?!)"  # a pattern that matches nothing, for a name nobody gave


class _Turns:
    def __init__(self, text: str, host: _Party, guest: _Party):
        self.text = text
        self.host, self.guest = host, guest
        host_first = re.escape(host.name.split()[0]) if host.name else _NEVER
        self.host_intro = re.compile(rf"\b(?:I'?m|I am|this is|my name is) {host_first}\b", re.I)
        # the show's name (the host's affiliation) and the guest addressed by first name
        # ("Well, Dan, I really appreciate ...") are said by the host
        names = [rf"\b{re.escape(host.affiliation)}\b"] if host.affiliation else []
        if guest.name:
            names.append(rf"(?:^|,)\s*{re.escape(guest.name.split()[0])}\s*,")
        self.host_names = re.compile("|".join(names) or _NEVER, re.I)
        # the host addressed by first name ("Thanks, Gideon.") is the guest speaking
        host_first_name = re.escape(host.name.split()[0]) if host.name else _NEVER
        self.guest_names = re.compile(rf"(?:^|,)\s*{host_first_name}\s*[,.!]", re.I)
        # the host talking about the guest ("Dan Goodman runs ...", "I know him as ...") or the show
        # frames the talk: kept as the host's boilerplate, like sponsor messages
        guest_words = "|".join(re.escape(n) for n in guest.name.split()) if guest.name else _NEVER
        self.guest_named = re.compile(rf"\b(?:{guest_words})\b(?!,)|\b(?:know|knew) (?:him|her|them) as\b")

    def follow_up(self, sentence: str) -> bool:
        """A further question after the host's ("What's the background there? Why X?"): the host's
        turn goes on, even without a "you"; a one- or two-word echo ("Right?", "Really?") does not."""
        if not _asks(sentence) or _REPORTED.search(sentence):
            return False
        return not _TAG_QUESTION.search(sentence) and len(sentence.split()) > 2

    def addressed_question(self, sentence: str) -> bool:
        """A question put to "you" -- not a reported or rhetorical one ("it's like, can you ...?")."""
        if _INDIRECT_QUESTION.search(sentence):
            # "let me lay out the numbers and you tell me where I'm wrong": the numbers come first
            return not _LAYS_OUT.search(sentence)
        if not _asks(sentence) or _REPORTED.search(sentence):
            return False
        if _TAG_QUESTION.search(sentence):
            return False
        return bool(_SECOND_PERSON.search(_YOU_KNOW.sub("", sentence)))

    def run(self, spans: list[Span], segment_starts: set[int]) -> list[tuple[Span, _Party, bool]]:
        out: list[tuple[Span, _Party, bool]] = []
        speaker = self.guest
        turn_begin = 0  # index in ``out`` where the current turn began
        asked = steered = False  # the host asked a question / announced one without a question mark
        topic = False  # what the host announced (in an earlier sentence) was a topic, not a question
        tentative = False  # the guest's turn was taken on a back-channel after an announced topic
        previous = ""
        for span in spans:
            sentence = SPEECH_LINE_BREAK.sub(" ", self.text[span[0] : span[1]])
            sponsor = bool(_SPONSOR.search(sentence))
            question = self.addressed_question(sentence)
            host_cue = sponsor or bool(
                self.host_intro.search(sentence)
                or _HOST_CUE.search(sentence)
                or _HOST_STEER.search(sentence)
                or self.host_names.search(sentence)
            )
            echo = _echoes(previous, sentence)
            run = len(out) - turn_begin  # sentences of the guest's turn so far
            if speaker is self.guest and (
                (echo and run > 1)
                or (run > _TENTATIVE and _WEIGHS_HOST_VIEW.match(self.text[self._start(span) : span[1]]))
            ):
                begin = self._host_turn_start(out, turn_begin, segment_starts)
                if echo and len(previous.split()) <= _SHORT_CHECK:
                    begin = len(out) - 1  # "Ten to twenty synapses." -- "Ten to twenty, yeah.": one check
                out[begin:] = [(s, self.host, b) for s, _, b in out[begin:]]
                turn_begin = len(out)  # the guest answers the host's view, or confirms his figure
            elif echo and speaker is self.host and not question:
                speaker, turn_begin, asked, steered, tentative = self.guest, len(out), False, False, False
            if (
                speaker is self.host
                and asked
                and not (question or self.follow_up(sentence))
                and not _GOES_ON.match(self.text[self._start(span) : span[1]])
            ):
                speaker, turn_begin, asked, steered, tentative = self.guest, len(out), False, False, False
            elif (
                speaker is self.host
                and steered
                and not (question or host_cue)
                and (
                    self._turn_cue(span, segment_starts, _BACK_CHANNEL)
                    or _STANCE.match(self.text[self._start(span) : span[1]])
                    or _confirms(previous, sentence)
                )
            ):
                speaker, turn_begin, steered = self.guest, len(out), False  # answering an announced question
                tentative = bool(_BARE_BACK_CHANNEL.match(sentence))
            host_steer = bool(_HOST_STEER.search(sentence))
            if host_steer:
                steered = True
            if host_cue and speaker is not self.host:
                speaker, turn_begin, tentative = self.host, len(out), False
            elif (
                (_GUEST_CUE.search(sentence) or self.guest_names.search(sentence))
                and speaker is self.host
                and not question
            ):
                speaker, turn_begin, asked, tentative = self.guest, len(out), False, False
            elif question and speaker is self.guest:
                begin = len(out)  # a question opening a speech-to-text segment opens the host's turn
                if tentative and len(out) - turn_begin <= _TENTATIVE:
                    begin = turn_begin  # the host only paused ("Yeah.") before putting the question
                elif self._start(span) not in segment_starts:
                    begin = self._host_turn_start(out, turn_begin, segment_starts)
                tentative = False
                out[begin:] = [(s, self.host, b) for s, _, b in out[begin:]]
                speaker, turn_begin = self.host, begin
            if speaker is self.host and (question or steered and topic and self.follow_up(sentence)):
                asked = True
            # a topic or paraphrase announced (not a question: that one is still to come) ends on a
            # question to the guest, "you" or not ("Does that change the number?", "Is that fair?")
            topic = steered and (topic or bool(host_steer and not _ANNOUNCED_QUESTION.search(sentence)))
            framing = speaker is self.host and bool(host_cue or self.guest_named.search(sentence))
            out.append((span, speaker, sponsor or framing))
            previous = sentence
        return out

    def _start(self, span: Span) -> int:
        """Where a sentence's words begin, after a transcript line prefix ("*  ")."""
        match = _PREFIX.match(self.text[span[0] : span[1]])
        return span[0] + match.end() if match else span[0]

    def _turn_cue(self, span: Span, starts: set[int], opener: re.Pattern[str] = _OPENER) -> bool:
        """Whether a sentence may open a new turn: a new speech-to-text segment or a back-channel."""
        return self._start(span) in starts or bool(opener.match(self.text[self._start(span) : span[1]]))

    def _host_turn_start(
        self, out: list[tuple[Span, _Party, bool]], turn_begin: int, starts: set[int]
    ) -> int:
        """Where the host's turn that ends in a question began, inside the guest's current turn: at
        the latest new speech-to-text segment or back-channel ("Yeah.") in the last few sentences,
        or just after a closing ("So yeah.", "Thank you."); failing those, at a "So ..."/"Well ..."
        opener shortly before the question."""
        weak = None
        for index in range(len(out) - 1, max(turn_begin, len(out) - 8), -1):
            span = out[index][0]
            words = self.text[self._start(span) : span[1]]
            if self._start(span) in starts:
                return index
            if _CLOSING.match(words):
                return index + 1
            if _WRAP_UP.match(words):
                continue
            if _BACK_CHANNEL.match(words):
                return index
            if weak is None and len(out) - index <= 4 and _OPENER.match(words):
                weak = index
        return len(out) if weak is None else weak


def _asks(sentence: str) -> bool:
    """A question by its mark or, where speech-to-text dropped the mark, by its word order."""
    return sentence.rstrip("\"”' ").endswith("?") or asks_by_word_order(_PREFIX.sub("", sentence.strip()))


def _echoes(previous: str, sentence: str) -> bool:
    """Whether ``sentence`` confirms a statement by repeating some of its words ("The brain runs on
    about 20 watts." -- "About 20 watts, yeah."): the other side speaks. (A question's echo is
    ``_confirms``.)"""
    match = _ECHO.match(sentence.strip())
    if not match or previous.rstrip("\"”' ").endswith("?"):
        return False
    words = match.group(1).lower().split()
    if not 2 <= len(words) <= 6:
        return False
    return bool(re.search(rf"\b{re.escape(' '.join(words))}\b", " ".join(previous.lower().split())))


def _confirms(previous: str, sentence: str) -> bool:
    """Whether ``sentence`` confirms the question before it by echoing its first words (two at least)."""
    match = _ECHO.match(sentence.strip())
    if not match or len(match.group(1).split()) < 2 or not previous.rstrip("\"”' ").endswith("?"):
        return False
    head = re.sub(r"^(?:[*\-•]\s+)", "", previous.strip()).lower()
    return head.startswith(match.group(1).lower() + ",")


def _side(segment: Segment) -> tuple[str | None, Role | None, bool]:
    return segment.speaker, segment.role, segment.boilerplate


def segment_podcast(text: str, meta: SourceMeta, headings: Sequence[Span] = ()) -> list[Segment]:
    # a side nobody names is still inferred from the talk, as an unnamed host or guest
    host = find_role(meta.participants, Role.HOST, Role.INTERVIEWER)
    guest = find_role(meta.participants, Role.GUEST, Role.INTERVIEWEE)
    host_party = _Party(host.name, host.role, host.affiliation) if host else _Party(None, Role.HOST)
    guest_party = _Party(guest.name, guest.role, guest.affiliation) if guest else _Party(None, Role.GUEST)
    start, segments = _body_start(text)
    spans = [trim(text, s, e) for s, e in sentences(text, start, len(text))]
    turns = _Turns(text, host_party, guest_party).run(spans, _segment_starts(text, start))
    for (s_start, s_end), who, sponsor in turns:
        seg = Segment(start=s_start, end=s_end, speaker=who.name, role=who.role, boilerplate=sponsor)
        last = segments[-1] if segments else None
        if last and _side(last) == _side(seg) and not last.heading:
            segments[-1] = last.model_copy(update={"end": s_end})
        else:
            segments.append(seg)
    return segments
