"""Unlabelled podcast transcripts: host introduction and questions vs guest answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers import read_source
from ingest.segmenters.podcast import segment_podcast
from ingest.sidecar import load_meta
from ontology.models import Participant, Role, SourceMeta

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "ingest" / "podcast-sample.txt"


def speaker_of(part: str) -> tuple[str | None, bool]:
    source = read_source(SAMPLE, load_meta(SAMPLE))
    where = source.text.index(part)
    segment = next(s for s in source.segments if s.start <= where < s.end)
    return segment.speaker, segment.boilerplate


def test_podcast_header_is_boilerplate_and_title_a_heading() -> None:
    source = read_source(SAMPLE, load_meta(SAMPLE))
    first, title = source.segments[0], source.segments[1]
    assert first.boilerplate and "Transcription Model" in source.text[first.start : first.end]
    assert title.heading and source.text[title.start : title.end] == "# Ep 1 Jane Roe: Dendrites"


def test_podcast_host_introduces_and_asks() -> None:
    assert speaker_of("I'm Sam.") == ("Sam Host", True)  # framing the show: the host's boilerplate
    assert speaker_of("Jane, welcome to the show.") == ("Sam Host", True)
    assert speaker_of("So what got you into dendrites?") == ("Sam Host", False)
    assert speaker_of("Do you think that changes the estimates?") == ("Sam Host", False)


def test_podcast_sponsor_message_is_hosts_boilerplate() -> None:
    assert speaker_of("You can support the show on Patreon") == ("Sam Host", True)


def test_podcast_guest_answers_questions() -> None:
    assert speaker_of("Well, in my lab we record") == ("Jane Roe", False)
    assert speaker_of("I think that matters") == ("Jane Roe", False)
    assert speaker_of("Probably by a factor of ten") == ("Jane Roe", False)


def test_podcast_roles_come_from_sidecar() -> None:
    source = read_source(SAMPLE, load_meta(SAMPLE))
    roles = {s.speaker: s.role for s in source.segments if s.speaker}
    assert roles == {"Sam Host": Role.HOST, "Jane Roe": Role.GUEST}


META = SourceMeta(
    title="Ep 2",
    kind="podcast_transcript",
    participants=(
        Participant(name="Sam Host", role=Role.HOST, affiliation="Neural Talk"),
        Participant(name="Jane Roe", role=Role.GUEST),
    ),
)


def turns_of(lines: list[str]) -> dict[str, tuple[str | None, bool]]:
    """Speaker and boilerplate flag of each sentence start in a hand-made unlabelled transcript."""
    text = "\n".join(f"*  {line}" for line in lines)
    segments = segment_podcast(text, META)

    def at(part: str) -> tuple[str | None, bool]:
        where = text.index(part)
        seg = next(s for s in segments if s.start <= where < s.end)
        return seg.speaker, seg.boilerplate

    return at  # type: ignore[return-value]


GUEST_ANSWER = [
    "So what got you into dendrites?",
    "Well, dendrites compute a lot. A single dendrite can act like a small network of units.",
    "That is why I study them, right?",
    "And I think that the branches matter for how much compute the brain needs.",
]


def test_podcast_tag_question_keeps_the_guest_turn() -> None:
    at = turns_of(GUEST_ANSWER)
    assert at("That is why I study them")[0] == "Jane Roe"
    assert at("A single dendrite can act")[0] == "Jane Roe"
    assert at("the branches matter")[0] == "Jane Roe"


def test_podcast_announced_question_is_the_hosts_and_the_answer_the_guests() -> None:
    at = turns_of(
        [
            "So what got you into dendrites?",
            "Well, dendrites compute a lot and I wanted to see how.",
            "Okay. So what I wanted to ask you is whether the spines matter as well.",
            "Yeah, spines store calcium and that shapes plasticity a lot.",
        ]
    )
    assert at("what I wanted to ask you")[0] == "Sam Host"
    assert at("spines store calcium")[0] == "Jane Roe"


@pytest.mark.parametrize(
    "framing",
    [
        "Jane Roe runs the dendrite group at a big university.",
        "Well, Jane, I really appreciate your time.",
        "I alone produce Neural Talk.",
        "I won't keep you all day here, but keep up the good work.",
    ],
)
def test_podcast_hosts_framing_of_show_and_guest_is_boilerplate(framing: str) -> None:
    at = turns_of(
        ["Hello everyone. I'm Sam.", framing, "So what got you into dendrites?", "Dendrites compute a lot."]
    )
    assert at(framing) == ("Sam Host", True)
    assert at("Dendrites compute a lot.") == ("Jane Roe", False)


def test_podcast_question_opening_a_segment_does_not_take_the_guests_sentences() -> None:
    at = turns_of(
        [
            "So what got you into dendrites?",
            "Dendrites compute a lot. So having them all be noisy is actually more the default thing and",
            "that is cheaper.",
            "Do you think lizards differ?",
            "Probably not, the data show it in every species.",
        ]
    )
    assert at("having them all be noisy")[0] == "Jane Roe"
    assert at("Do you think lizards differ?")[0] == "Sam Host"
    assert at("Probably not")[0] == "Jane Roe"


def test_podcast_announced_topic_keeps_the_host_until_a_back_channel() -> None:
    at = turns_of(
        [
            "So what got you into dendrites?",
            "Well, dendrites compute a lot and I wanted to see how.",
            "Let's talk about sparsity. So sparsity is on my mind a lot these days.",
            "Yeah, sparse connectivity forces a network to throw information away.",
        ]
    )
    assert at("So sparsity is on my mind")[0] == "Sam Host"
    assert at("sparse connectivity forces")[0] == "Jane Roe"
