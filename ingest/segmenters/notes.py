"""Interview notes written in the third person ("Prof. X thinks ...").

Nearly every view is the interviewee's. A sentence whose subject is the interviewer
("Mr. Carlsmith suggested ...", "Mr. Carlsmith asked ...") is the interviewer's, and so is a
list that such a sentence introduces with a colon. With several interviewees, a sentence that
opens with one of them ("Dr. Park is more skeptical.") makes the views that follow theirs, until
another is named. Names come from the sidecar's participants
(surname with or without Prof./Dr./Mr./Ms.), never from code. The title block, participant
list, "Note: these notes were compiled ..." and the "Summary", "Agenda" and "Further reading"
sections are boilerplate;
Markdown headings and short standalone lines are headings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.segmenters.paragraphs import segment_paragraphs
from ingest.segmenters.text import (
    Span,
    find_role,
    is_bullet,
    is_heading_line,
    lines,
    name_pattern,
    paragraphs,
    sentences,
)
from ontology.models import Participant, Role, Segment, SourceMeta

_BOILERPLATE_SECTIONS = re.compile(
    r"^(participants|attendees|summary|contents|table of contents|about|acknowledg\w*|agenda|"
    r"further reading|references|bibliography)$",
    re.I,
)
_NOTE = re.compile(r"^[*_]*(note|disclaimer)s?[*_]*\s*:", re.I)
_LEADING_ADVERB = re.compile(r"^(?:[A-Z][a-z]+(?: [a-z]+){0,2}, )?")  # "However, " / "At one point, "
_REPORTING_VERB = re.compile(r"^\s+(?:[a-z]+ly\s+)?(?:also\s+)?[a-z]+(?:ed|s)\b")


def _heading_text(line: str) -> str:
    return re.sub(r"[#*_`]+", "", line).strip()


class _NotesSegmenter:
    def __init__(
        self, text: str, meta: SourceMeta, interviewee: Participant, interviewer: Participant | None
    ):
        self.text = text
        self.interviewee = interviewee
        self.interviewer = interviewer
        self.interviewer_at_start = (
            re.compile(_LEADING_ADVERB.pattern + name_pattern(interviewer).pattern) if interviewer else None
        )
        self.names = [name_pattern(p) for p in meta.participants]
        interviewees = [p for p in meta.participants if p.role in (Role.INTERVIEWEE, Role.GUEST)]
        self.openers = [  # with several interviewees, who a sentence opens with
            (re.compile(_LEADING_ADVERB.pattern + name_pattern(p).pattern), p) for p in interviewees
        ] if len(interviewees) > 1 else []
        self.segments: list[Segment] = []
        self.last_paragraph = -1

    def add(
        self,
        span: Span,
        *,
        by_interviewer: bool = False,
        boilerplate: bool = False,
        heading: bool = False,
        paragraph: int = -1,
    ) -> None:
        who = self.interviewer if by_interviewer and self.interviewer else self.interviewee
        segment = Segment(
            start=span[0],
            end=span[1],
            speaker=who.name,
            role=who.role,
            boilerplate=boilerplate,
            heading=heading,
        )
        last = self.segments[-1] if self.segments else None
        if (
            last
            and paragraph >= 0
            and paragraph == self.last_paragraph
            and not heading
            and not last.heading
            and last.boilerplate == boilerplate
            and last.speaker == segment.speaker
        ):
            self.segments[-1] = last.model_copy(update={"end": span[1]})
        else:
            self.segments.append(segment)
        self.last_paragraph = paragraph

    def interviewer_leads(self, sentence: str) -> bool:
        """True when the interviewer is the sentence's subject and a reporting verb follows."""
        if self.interviewer_at_start is None:
            return False
        match = self.interviewer_at_start.match(sentence)
        return bool(match and _REPORTING_VERB.match(sentence[match.end() :]))

    def named_interviewee(self, sentence: str) -> Participant | None:
        """The interviewee a sentence opens with, when the notes have several."""
        return next((who for opener, who in self.openers if opener.match(sentence)), None)

    def is_participant_line(self, line: str) -> bool:
        return is_bullet(line) and any(p.search(line[:80]) for p in self.names) and " - " in line

    def run(self) -> list[Segment]:
        text = self.text
        in_boilerplate_section = False
        list_by_interviewer = False
        first = True
        for index, (p_start, p_end) in enumerate(paragraphs(text)):
            block_lines = lines(text, p_start, p_end)
            # a heading may open a block ("Experimental barriers\n Here are ...")
            first_line = text[block_lines[0][0] : block_lines[0][1]]
            title = first and len(first_line) <= 150 and not first_line.rstrip().endswith((".", ":"))
            first = False
            if title or (
                is_heading_line(first_line)
                and (len(block_lines) == 1 or len(first_line) < 0.6 * max(e - s for s, e in block_lines[1:]))
            ):
                self.add(block_lines[0], heading=True)
                in_boilerplate_section = bool(_BOILERPLATE_SECTIONS.match(_heading_text(first_line)))
                list_by_interviewer = False
                if len(block_lines) == 1:
                    continue
                p_start = block_lines[1][0]
            block = text[p_start:p_end]
            if in_boilerplate_section or _NOTE.match(block) or self.is_participant_line(block):
                self.add((p_start, p_end), boilerplate=True)
                continue
            if list_by_interviewer and (is_bullet(block) or block[:1].islower()):
                self.add((p_start, p_end), by_interviewer=True)
                continue
            list_by_interviewer = False
            for s_start, s_end in sentences(text, p_start, p_end):
                sentence = text[s_start:s_end]
                by_interviewer = self.interviewer_leads(sentence)
                self.interviewee = self.named_interviewee(sentence) or self.interviewee
                self.add((s_start, s_end), by_interviewer=by_interviewer, paragraph=index)
                list_by_interviewer = by_interviewer and sentence.rstrip().endswith(":")
        return self.segments


def segment_notes(text: str, meta: SourceMeta, headings: Sequence[Span] = ()) -> list[Segment]:
    interviewee = find_role(meta.participants, Role.INTERVIEWEE, Role.GUEST)
    if interviewee is None:
        return segment_paragraphs(text, meta, headings)
    interviewer = find_role(meta.participants, Role.INTERVIEWER, Role.HOST)
    return _NotesSegmenter(text, meta, interviewee, interviewer).run()
