"""Labelled transcripts: label -> participant, role labels, continuation lines, the label formats of
transcription tools."""

from __future__ import annotations

import pytest

from ingest.segmenters import segment_text
from ingest.segmenters.paragraphs import segment_paragraphs
from ingest.segmenters.text import looks_labelled
from ontology.models import Participant, Role, SourceMeta

META = SourceMeta(
    title="Chat",
    kind="transcript",
    participants=(
        Participant(name="Ada Lovelace", role=Role.GUEST),
        Participant(name="Bob Smith", role=Role.INTERVIEWER),
    ),
)


def test_transcript_labels_map_to_participants_and_roles() -> None:
    text = (
        "Interviewer: What do synapses compute?\nLOVELACE: More than a weight.\n"
        "It also filters in time.\nCarol: I disagree.\n"
    )
    got = [(text[s.start : s.end], s.speaker, s.role) for s in segment_text(text, META)]
    assert got == [
        ("What do synapses compute?", "Bob Smith", Role.INTERVIEWER),
        ("More than a weight.\nIt also filters in time.", "Ada Lovelace", Role.GUEST),
        ("I disagree.", "Carol", Role.SPEAKER),
    ]


def test_question_and_answer_labels_map_to_asker_and_answerer() -> None:
    # before: "A" was a speaker named "A"
    text = (
        "Q: What do synapses compute?\nA: More than a weight.\n"
        "Question: Why?\nRespondent: They filter in time.\n"
    )
    got = [(text[s.start : s.end], s.speaker, s.role) for s in segment_text(text, META)]
    assert got == [
        ("What do synapses compute?", "Bob Smith", Role.INTERVIEWER),
        ("More than a weight.", "Ada Lovelace", Role.GUEST),
        ("Why?", "Bob Smith", Role.INTERVIEWER),
        ("They filter in time.", "Ada Lovelace", Role.GUEST),
    ]
    alone = SourceMeta(title="Chat", kind="transcript")
    assert [(s.speaker, s.role) for s in segment_text(text, alone)][:2] == [
        (None, Role.INTERVIEWER),
        (None, Role.INTERVIEWEE),
    ]


def test_paragraph_fallback_attributes_to_single_author() -> None:
    meta = SourceMeta(
        title="Essay", kind="article", participants=(Participant(name="Ann Lee", role=Role.POST_AUTHOR),)
    )
    text = "Essay title\n\nFirst point.\n\nSecond point.\n"
    segments = segment_paragraphs(text, meta)
    assert [(s.speaker, s.heading) for s in segments] == [
        ("Ann Lee", True),
        ("Ann Lee", False),
        ("Ann Lee", False),
    ]
    unattributed = segment_paragraphs(text, SourceMeta(title="Essay", kind="article"))
    assert {(s.speaker, s.role) for s in unattributed} == {(None, None)}


def test_labelled_text_wins_over_podcast_kind() -> None:
    meta = META.model_copy(update={"kind": "podcast_transcript"})
    text = "Bob: So, dendrites?\nAda: They compute.\n"
    assert [(s.speaker, s.role) for s in segment_text(text, meta)] == [
        ("Bob Smith", Role.INTERVIEWER),
        ("Ada Lovelace", Role.GUEST),
    ]


QUESTION, ANSWER = "Why do spikes matter?", "Timing carries information."
TOOL_FORMATS = {  # the same two turns as transcription tools export them
    "rev": f"Bob Smith (00:00:01):\n{QUESTION}\n\nAda Lovelace (00:00:05):\n{ANSWER}\n",
    "otter": f"Bob Smith  0:01\n{QUESTION}\n\nAda Lovelace  0:05\n{ANSWER}\n",
    "descript": f"Bob Smith 00:00:01\n{QUESTION}\nAda Lovelace 00:00:05\n{ANSWER}\n",
    "timestamped": f"[00:00:01] Bob Smith: {QUESTION}\n[00:00:05] Ada Lovelace: {ANSWER}\n",
    "markdown": f"**Bob Smith:** {QUESTION}\n\n**Ada Lovelace:** {ANSWER}\n",
    "capitals": f"BOB SMITH: {QUESTION}\nADA LOVELACE: {ANSWER}\n",
    "broadcast": f">> BOB SMITH: {QUESTION}\n>> ADA LOVELACE: {ANSWER}\n",
    "bracketed": f"[Bob Smith]: {QUESTION}\n[Ada Lovelace]: {ANSWER}\n",
    "stamp after name": f"Bob Smith [00:00:01]: {QUESTION}\nAda Lovelace [00:00:05]: {ANSWER}\n",
}


@pytest.mark.parametrize("tool", sorted(TOOL_FORMATS))
def test_transcription_tool_formats_give_the_same_turns(tool: str) -> None:
    text = TOOL_FORMATS[tool]
    assert looks_labelled(text)
    turns = [
        (s.speaker, s.role, text[s.start : s.end])
        for s in segment_text(text, META)
        if not s.boilerplate and not s.heading
    ]
    assert turns == [
        ("Bob Smith", Role.INTERVIEWER, QUESTION),
        ("Ada Lovelace", Role.GUEST, ANSWER),
    ]


def test_unknown_speakers_in_capitals_are_named_in_title_case() -> None:
    text = "DAN GOODMAN: Spikes matter.\nPAUL SMITH: Why?\nDAN GOODMAN: Timing carries information.\n"
    speakers = [s.speaker for s in segment_text(text, SourceMeta(title="T", kind="transcript"))]
    assert speakers == ["Dan Goodman", "Paul Smith", "Dan Goodman"]


@pytest.mark.parametrize(
    "text",
    [
        "Summary\n\nNeurons integrate inputs. Meeting at 12:30 was short.\nDendrites compute.\n",
        "Prof. Lee thinks spikes matter: timing carries information.\nThis is a plain sentence.\n",
    ],
)
def test_prose_with_a_colon_or_a_clock_time_is_not_a_transcript(text: str) -> None:
    assert not looks_labelled(text)
