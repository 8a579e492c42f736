"""Unlabelled podcast transcripts: host introduction and questions vs guest answers."""

from __future__ import annotations

from pathlib import Path

from ingest.readers import read_source
from ingest.sidecar import load_meta
from ontology.models import Role

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
    assert speaker_of("I'm Sam.") == ("Sam Host", False)
    assert speaker_of("Jane, welcome to the show.") == ("Sam Host", False)
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
