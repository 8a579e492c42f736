"""Diarized transcripts ("SPEAKER_00:", "Speaker 1:", "spk_0:"): ids resolved to the names the
dialogue gives, with host and guest roles; nothing invented, real names untouched."""

from __future__ import annotations

import pytest

from ingest.guess_meta import guess_meta
from ingest.segmenters import segment_text
from ingest.segmenters.speaker_ids import host_and_guests, is_speaker_id, resolve_speaker_ids
from ontology.models import Participant, Role, SourceMeta

BARE = SourceMeta(title="Episode", kind="transcript")
SIDECAR = SourceMeta(
    title="Episode",
    kind="transcript",
    participants=(
        Participant(name="Ada Lovelace", role=Role.GUEST),
        Participant(name="Bob Smith", role=Role.INTERVIEWER),
    ),
)
EPISODE = [  # (turn, text) of a host who introduces himself and his guest
    (0, "Welcome to the show, I am Paul Smith. My guest today is Ada Lovelace. Welcome, Ada."),
    (1, "Thanks, Paul. Glad to be here."),
    (0, "Why do spikes matter?"),
    (1, "Spike timing carries information beyond the rate."),
]
ID_STYLES = {
    "whisperx": "SPEAKER_{:02d}: {}",
    "otter": "Speaker {}: {}",
    "aws": "spk_{}: {}",
    "spkr": "SPKR-{}: {}",
    "label line": "SPEAKER_{:02d} (00:00:01):\n{}",
}


def turns(text: str, meta: SourceMeta = BARE) -> list[tuple[str | None, Role | None, int | None]]:
    return [(s.speaker, s.role, s.ordinal) for s in segment_text(text, meta) if not s.boilerplate]


def diarized(style: str, dialogue: list[tuple[int, str]]) -> str:
    return "\n".join(ID_STYLES[style].format(who, said) for who, said in dialogue) + "\n"


@pytest.mark.parametrize("label", ["SPEAKER_00", "Speaker 1", "spk_0", "spkr2", "SPK-3", "Unknown Speaker"])
def test_is_speaker_id_knows_diarization_labels(label: str) -> None:
    assert is_speaker_id(label)


@pytest.mark.parametrize("label", ["Speaker", "Ada Lovelace", "Host", "Speakers Corner", "Spock 1"])
def test_is_speaker_id_rejects_names_and_roles(label: str) -> None:
    assert not is_speaker_id(label)


@pytest.mark.parametrize("style", sorted(ID_STYLES))
def test_speaker_ids_host_introduction_names_host_and_guest(style: str) -> None:
    host, guest = ("Paul Smith", Role.HOST, None), ("Ada Lovelace", Role.GUEST, None)
    assert turns(diarized(style, EPISODE)) == [host, guest, host, guest]


def test_speaker_ids_self_introductions_name_speakers_without_roles() -> None:
    text = (
        "Speaker 1: Hi, I'm Ada Lovelace, and I study dendrites.\n"
        "Speaker 2: Hello, my name is Bo Chen. Do dendrites compute?\n"
    )
    assert turns(text) == [("Ada Lovelace", Role.SPEAKER, None), ("Bo Chen", Role.SPEAKER, None)]


def test_speaker_ids_vocative_names_the_previous_speaker_only() -> None:
    text = "spk_0: So what do dendrites do?\nspk_1: Thanks, Jo. They compute.\nspk_0: Really?\n"
    jo, unnamed = ("Jo", Role.SPEAKER, None), (None, Role.SPEAKER, 1)
    assert turns(text) == [jo, unnamed, jo]


def test_speaker_ids_bare_vocative_counts_once_the_name_is_given() -> None:
    text = (
        "SPEAKER_00: Welcome to Brain Talk. This is Paul Smith, and I'm joined by Ada Lovelace.\n"
        "SPEAKER_01: Great to be here.\nSPEAKER_00: Ada, why spikes?\nSPEAKER_01: Timing.\n"
    )
    assert resolve_speaker_ids(text)["SPEAKER_01"].name == "Ada Lovelace"
    assert resolve_speaker_ids("spk_0: Well, why?\nspk_1: Timing.\n")["spk_1"].name is None


def test_speaker_ids_without_cues_stay_unnamed_speakers_of_the_source() -> None:
    text = "SPEAKER_00: I'm British, and I think dendrites compute.\nSPEAKER_01: Thanks for having me.\n"
    assert turns(text) == [(None, Role.SPEAKER, 1), (None, Role.SPEAKER, 2)]


def test_speaker_ids_with_three_speakers_keep_unresolved_ones() -> None:
    text = (
        "SPEAKER_00: Hello, I'm Paul.\nSPEAKER_01: Hi.\n"
        "SPEAKER_02: Thanks, Paul. I think so.\nSPEAKER_00: Sure.\n"
    )
    assert turns(text) == [
        ("Paul", Role.SPEAKER, None),
        (None, Role.SPEAKER, 1),
        (None, Role.SPEAKER, 2),
        ("Paul", Role.SPEAKER, None),
    ]


def test_speaker_ids_map_to_sidecar_participants() -> None:
    text = "SPEAKER_00: What do synapses compute?\nSPEAKER_01: Thanks, Bob. More than a weight.\n"
    assert turns(text, SIDECAR) == [("Bob Smith", Role.INTERVIEWER, None), ("Ada Lovelace", Role.GUEST, None)]


def test_speaker_ids_sidecar_names_win_over_text_names() -> None:
    text = "SPEAKER_00: Welcome to the show! I am Paul Jones.\nSPEAKER_01: More than a weight.\n"
    assert turns(text, SIDECAR) == [("Bob Smith", Role.INTERVIEWER, None), ("Ada Lovelace", Role.GUEST, None)]


def test_speaker_ids_leave_real_names_unchanged() -> None:
    text = "Bob Smith: Welcome, Ada. Why spikes?\nAda Lovelace: Thanks, Bob. Timing.\n"
    assert resolve_speaker_ids(text) == {}
    assert turns(text, SIDECAR) == [("Bob Smith", Role.INTERVIEWER, None), ("Ada Lovelace", Role.GUEST, None)]


def test_speaker_ids_guessed_sidecar_lists_host_then_guest() -> None:
    meta = guess_meta(diarized("whisperx", EPISODE), "Episode 12")
    assert meta.kind == "transcript"
    assert [(p.name, p.role) for p in meta.participants] == [
        ("Paul Smith", Role.HOST),
        ("Ada Lovelace", Role.GUEST),
    ]


def test_labels_shortened_to_a_first_name_are_the_same_people() -> None:
    text = (
        "Sarah Lin: Welcome to the show. Today I have two guests, Tom Okafor and Maria Pereira.\n"
        "Tom Okafor: Thanks for having me. Somewhere between 1 and 100 FLOPs per spike.\n"
        "Maria Pereira: I disagree. NMDA spikes make a neuron a two-layer network.\n"
        "Sarah: And Tom, do you agree?\nTom: Partly.\nMaria: Only for NMDA spikes.\n"
    )
    assert [(p.name, p.role) for p in host_and_guests(text, set())] == [
        ("Sarah Lin", Role.HOST),
        ("Tom Okafor", Role.GUEST),
        ("Maria Pereira", Role.GUEST),
    ]
