"""Labelled transcripts: label -> participant, role labels, continuation lines."""

from __future__ import annotations

from ingest.segmenters import segment_text
from ingest.segmenters.paragraphs import segment_paragraphs
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
