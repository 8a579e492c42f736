"""Interview notes: interviewer sentences, interviewee views, headings and boilerplate."""

from __future__ import annotations

import pytest

from ingest.segmenters import segment_text
from ontology.models import Participant, Role, SourceMeta

META = SourceMeta(
    title="A conversation",
    kind="interview_notes",
    participants=(
        Participant(name="Ann Lee", role=Role.INTERVIEWEE),
        Participant(name="Tom Park", role=Role.INTERVIEWER),
    ),
)

NOTES = """A conversation with Dr. Ann Lee, May 1, 2020

Participants

- Dr. Ann Lee - Professor, Somewhere University
- Tom Park - Analyst

Note: These notes were compiled by the interviewer and give an overview of the points made by Dr. Lee.

Summary

The conversation focused on dendrites.

Dendritic computation

Mr. Park suggested the following list of mechanisms:
- dendritic spikes,
- plateau potentials.

This sounded right to Dr. Lee. Dendrites can act like a two-layer network.
Mr. Park asked whether this raises compute estimates.
Dr. Lee thinks it does, by perhaps ten times.
"""


def cut(segments, text):
    return [(text[s.start : s.end], s.speaker, s.boilerplate, s.heading) for s in segments]


def test_notes_interviewer_sentences_are_the_interviewers_rest_the_interviewees() -> None:
    rows = cut(segment_text(NOTES, META), NOTES)
    claims = [(t, who) for t, who, boiler, heading in rows if not boiler and not heading]
    assert claims[0][0].startswith("Mr. Park suggested") and claims[0][1] == "Tom Park"
    by_speaker = {t: who for t, who in claims}
    assert by_speaker["Mr. Park asked whether this raises compute estimates."] == "Tom Park"
    assert (
        by_speaker["This sounded right to Dr. Lee. Dendrites can act like a two-layer network."] == "Ann Lee"
    )
    assert by_speaker["Dr. Lee thinks it does, by perhaps ten times."] == "Ann Lee"


def test_notes_with_two_interviewees_follow_the_one_last_named() -> None:
    """Before, every view went to the first interviewee, even after "Dr. Bo Chen is more skeptical."."""
    meta = META.model_copy(
        update={"participants": (*META.participants, Participant(name="Bo Chen", role=Role.INTERVIEWEE))}
    )
    text = NOTES + (
        "\nDr. Chen is more skeptical. She thinks that glia won't change compute estimates.\n\n"
        "Each cortical neuron receives about 10,000 synapses.\n\n"
        "Dr. Lee thinks spikes matter more than glia.\n"
    )
    rows = {t: who for t, who, boiler, heading in cut(segment_text(text, meta), text) if not boiler}
    assert rows["Dr. Lee thinks it does, by perhaps ten times."] == "Ann Lee"
    skeptical = "Dr. Chen is more skeptical. She thinks that glia won't change compute estimates."
    assert rows[skeptical] == "Bo Chen"
    assert rows["Each cortical neuron receives about 10,000 synapses."] == "Bo Chen"
    assert rows["Dr. Lee thinks spikes matter more than glia."] == "Ann Lee"
    assert rows["Mr. Park asked whether this raises compute estimates."] == "Tom Park"


def test_notes_call_the_interviewer_by_first_name_or_its_short_form() -> None:
    """Notes may say "Joe suggested ..." of Joseph Carlsmith: that is the interviewer speaking."""
    meta = META.model_copy(
        update={
            "participants": (
                Participant(name="Ann Lee", role=Role.INTERVIEWEE),
                Participant(name="Joseph Carlsmith", role=Role.INTERVIEWER),
            )
        }
    )
    text = (
        "Joe suggested that replay might be a kind of pre-training.\n\n"
        "Joseph asked whether glia matter.\n\n"
        "Dr. Lee thinks replay is cheap.\n\n"
        "Joel suggested that spikes are costly.\n"
    )
    rows = {t: who for t, who, boiler, heading in cut(segment_text(text, meta), text) if not boiler}
    assert rows["Joe suggested that replay might be a kind of pre-training."] == "Joseph Carlsmith"
    assert rows["Joseph asked whether glia matter."] == "Joseph Carlsmith"
    assert rows["Dr. Lee thinks replay is cheap."] == "Ann Lee"
    assert rows["Joel suggested that spikes are costly."] == "Ann Lee"  # another name, not "Joe"


def test_notes_list_introduced_by_interviewer_stays_with_interviewer() -> None:
    rows = cut(segment_text(NOTES, META), NOTES)
    list_rows = [who for t, who, *_ in rows if "plateau potentials" in t]
    assert list_rows == ["Tom Park"]


def test_notes_headings_and_boilerplate_flagged() -> None:
    rows = cut(segment_text(NOTES, META), NOTES)
    headings = [t for t, _, _, heading in rows if heading]
    assert headings == [
        "A conversation with Dr. Ann Lee, May 1, 2020",
        "Participants",
        "Summary",
        "Dendritic computation",
    ]
    boilerplate = " ".join(t for t, _, boiler, _ in rows if boiler)
    assert "Tom Park - Analyst" in boilerplate and "Note: These notes" in boilerplate
    assert "The conversation focused on dendrites." in boilerplate
    assert "two-layer network" not in boilerplate


def test_notes_markdown_headings_detected() -> None:
    text = "## Talk with Dr. Lee\n\n### *Glia*\n\nDr. Lee thinks glia matter.\n"
    rows = cut(segment_text(text, META), text)
    assert [(t, h) for t, _, _, h in rows] == [
        ("## Talk with Dr. Lee", True),
        ("### *Glia*", True),
        ("Dr. Lee thinks glia matter.", False),
    ]


@pytest.mark.parametrize("section", ["Agenda", "Further reading"])
def test_notes_agenda_and_reading_list_sections_are_boilerplate(section: str) -> None:
    text = NOTES.replace(
        "Dendritic computation\n",
        f"{section}\n\nMr. Park circulated these items:\n- the energy budget of the brain, and what it "
        "implies about compute,\n- gap junctions.\n\nDendritic computation\n",
    )
    rows = cut(segment_text(text, META), text)
    boilerplate = " ".join(t for t, _, boiler, _ in rows if boiler)
    assert "what it implies about compute" in boilerplate
    assert "two-layer network" not in boilerplate
