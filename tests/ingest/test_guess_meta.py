"""Guessing a missing sidecar: kind and participants from invented texts and the real corpus."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

import pytest

from ingest.guess_meta import guess_kind, guess_meta
from ingest.readers import read_source, read_text
from ingest.segmenters import segment_text
from ingest.sidecar import load_meta
from ontology.models import Role

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

NOTES = """A conversation with Dr. Maria Okafor, March 3, 2021

Participants

● Dr. Maria Okafor - Senior Lecturer in Physiology and
Pharmacology, University of Leeds

● Tomás Reyes - Program Officer, Blue Harbor Foundation

Note: These notes were compiled by Blue Harbor Foundation and give an overview of the major
points made by Dr. Okafor.

Summary

Blue Harbor Foundation spoke with Dr. Maria Okafor of the University of Leeds about gap junctions.

Electrical synapses

Mr. Reyes suggested that electrical synapses are rare in cortex.

Dr. Okafor thinks that gap junctions matter mostly during development.
Dr. Okafor believes that a synapse needs about 10 FLOPs per spike.
"""

MARKDOWN_NOTES = """## Talks with Prof. Lena Vogt, 2022

### Participants

- Prof. Lena Vogt - Group Leader, Max Planck Institute for Brain Research
- Sam Patel - Research Fellow, Northwind Trust

**Note:** These notes were compiled by Northwind Trust and give an overview of the major points
made by Prof. Vogt.

### Dendrites

Ms. Patel asked whether dendrites add compute.

Prof. Vogt thinks that active dendrites add one or two layers of computation.
"""

NOTES_WITHOUT_LIST = """Notes from a call with Dr. Ravi Menon

These notes were compiled by the Acme Institute. Jane Clarke took part for the Acme Institute.

Ms. Clarke asked about neuromodulation.

Dr. Menon thinks that neuromodulators change the compute needed only slightly.
Dr. Menon said that most neuromodulation acts over seconds.
"""

SPEECH_TO_TEXT = """---
Transcription Model: whisper small
---

# EP 42 Priya Natarajan: Glia and Thought
*  Hello everyone and welcome to Neural Frontiers. I'm Marco. My guest today is a glia
*  researcher at the University of Lisbon. Priya Natarajan studies astrocytes and how they
*  shape learning. Welcome to the podcast, Priya.
*  Thanks for having me, Marco. It's great to be here and to talk about what my lab does
*  with astrocytes and calcium.
*  So what do astrocytes actually compute? Do you think they matter for the compute estimate?
*  I think they matter a lot more than people think. In our work we found calcium waves
*  that last for seconds and that change how synapses respond to the same input.
*  Interesting. And how fast is that compared to spikes?
*  Much slower, by three orders of magnitude, so you can think of them as a slow
*  modulatory layer on top of the fast network that neuroscientists usually model.
*  Well, Priya, thanks for your time. I'm Marco Bellini, and this was Neural Frontiers.
"""

PODCAST_NO_NAME_IN_TITLE = """Episode 7: Why dendrites?

Welcome to the show. This is Mind Matters and I'm Jo. My guest today is Kenji Watanabe, who
studies dendrites at Kyoto University. Thanks for coming on, Kenji.

Thanks for having me. In my lab we record from dendrites of pyramidal cells.
"""

LABELLED = """Host: What do you study?
Ada Byron: Dendritic spikes in the hippocampus.
Host: Do they matter for compute?
Ada Byron: I think they add at least one layer per neuron.
"""

FORUM = """Hide table of contents

Spike timing is underrated

This is a link post for Okoye (2020), a study of spike timing in barrel cortex.

I think spike timing carries much more information than rates, and models should keep it.[1]

  1. ^

    Okoye, A. (2020). Timing codes in barrel cortex. J Neurosci.

14 comments, sorted by top scoring
Click to highlight new comments since: Today at 10:02 AM

Great post! But I doubt timing matters at the scale of whole brains.

Thanks! Could you say more about which scale you mean?

I agree with what Nadia Petrova thinks here: timing matters within a column but averages out across areas.

Curated and popular this week
"""

ANONYMOUS_FORUM = FORUM.replace("with what Nadia Petrova thinks here", "with the above")

ARTICLE = """Why the brain is not a computer

Brains and computers differ in many ways. Neurons are slow, noisy and massively parallel.

Still, the analogy has been useful for decades of research on memory and learning.
"""


def people(meta) -> list[tuple[str, Role, str | None]]:  # noqa: ANN001 - a SourceMeta
    return [(p.name, p.role, p.affiliation) for p in meta.participants]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (NOTES, "interview_notes"),
        (MARKDOWN_NOTES, "interview_notes"),
        (NOTES_WITHOUT_LIST, "interview_notes"),
        (SPEECH_TO_TEXT, "podcast_transcript"),
        (PODCAST_NO_NAME_IN_TITLE, "podcast_transcript"),
        (LABELLED, "transcript"),
        (FORUM, "forum_post"),
        (ANONYMOUS_FORUM, "forum_post"),
        (ARTICLE, None),
    ],
)
def test_guess_kind_reads_the_style_of_invented_documents(text: str, kind: str | None) -> None:
    assert guess_kind(text) == kind


def test_guess_meta_notes_participants_list_gives_roles_and_affiliations() -> None:
    meta = guess_meta(NOTES, "A conversation with Dr. Maria Okafor, March 3, 2021")
    assert meta.kind == "interview_notes"
    assert people(meta) == [
        ("Maria Okafor", Role.INTERVIEWEE, "University of Leeds"),
        ("Tomás Reyes", Role.INTERVIEWER, "Blue Harbor Foundation"),
    ]
    assert str(meta.date) == "2021-03-03"


def test_guess_meta_markdown_notes_strip_titles_and_find_the_interviewer() -> None:
    meta = guess_meta(MARKDOWN_NOTES, "Talks with Prof. Lena Vogt, 2022")
    assert people(meta) == [
        ("Lena Vogt", Role.INTERVIEWEE, "Max Planck Institute for Brain Research"),
        ("Sam Patel", Role.INTERVIEWER, "Northwind Trust"),
    ]


def test_guess_meta_notes_without_participants_list_name_people_from_the_text() -> None:
    meta = guess_meta(NOTES_WITHOUT_LIST, "Notes from a call with Dr. Ravi Menon")
    assert [(p.name, p.role) for p in meta.participants] == [
        ("Ravi Menon", Role.INTERVIEWEE),
        ("Jane Clarke", Role.INTERVIEWER),
    ]


def test_guess_meta_notes_segments_give_the_interviewer_his_suggestion() -> None:
    meta = guess_meta(NOTES, "A conversation with Dr. Maria Okafor, March 3, 2021")
    spoken = {NOTES[s.start : s.end]: s.speaker for s in segment_text(NOTES, meta) if not s.boilerplate}
    assert spoken["Mr. Reyes suggested that electrical synapses are rare in cortex."] == "Tomás Reyes"
    assert any(v == "Maria Okafor" and "gap junctions matter" in k for k, v in spoken.items())


def test_guess_meta_speech_to_text_host_from_self_introduction_guest_from_title() -> None:
    meta = guess_meta(SPEECH_TO_TEXT, "EP 42 Priya Natarajan: Glia and Thought")
    assert meta.kind == "podcast_transcript"
    assert people(meta) == [
        ("Marco Bellini", Role.HOST, "Neural Frontiers"),
        ("Priya Natarajan", Role.GUEST, None),
    ]
    speakers = {s.speaker for s in segment_text(SPEECH_TO_TEXT, meta) if s.speaker}
    assert speakers == {"Marco Bellini", "Priya Natarajan"}


def test_guess_kind_speech_to_text_lines_opening_with_timestamps() -> None:
    counter = iter(range(100))
    stamped = re.sub(r"(?m)^\*  ", lambda _: f"[00:00:{next(counter):02d}] ", SPEECH_TO_TEXT)
    cues = r"welcome to|Welcome to the podcast|My guest today is|Thanks for having me"
    no_cues = re.sub(cues, "Hi", stamped)
    assert guess_kind(no_cues) == "podcast_transcript"  # the timestamps alone say so


@pytest.mark.parametrize(
    "title",
    [
        "Neural Frontiers: Priya Natarajan on glia",  # the show's name is not the guest
        "42: Priya Natarajan on glia",
        "Priya Natarajan - Glia | Neural Frontiers",
        "Glia and thought",  # no name: "Welcome to the podcast, Priya" and her full name in the text
    ],
)
def test_guess_meta_podcast_guest_from_other_title_styles(title: str) -> None:
    text = SPEECH_TO_TEXT.replace("EP 42 Priya Natarajan: Glia and Thought", title)
    assert [p.name for p in guess_meta(text, title).participants] == ["Marco Bellini", "Priya Natarajan"]


def test_guess_meta_podcast_host_is_the_self_introduction_next_to_the_show() -> None:
    stray = "*  Thanks for having me, Marco. I'm British, so"
    text = SPEECH_TO_TEXT.replace("*  Thanks for having me, Marco.", stray)
    assert guess_meta(text, "EP 42 Priya Natarajan: Glia and Thought").participants[0].name == "Marco Bellini"


def test_guess_meta_podcast_guest_from_introduction_and_first_name_only_host() -> None:
    meta = guess_meta(PODCAST_NO_NAME_IN_TITLE, "Episode 7: Why dendrites?")
    assert people(meta) == [("Jo", Role.HOST, "Mind Matters"), ("Kenji Watanabe", Role.GUEST, None)]


HANDOVER = """Hello and welcome to Mind Matters. I'm Jo. You may know my guest today as the founder
of an online school for computational neuroscience. Or you may know her from her dendrite
simulator. Kenji's colleague Amara Osei runs the dendrites group at Kyoto University, where
they model pyramidal cells. Here's Amara.
Thanks, Jo. In my lab we record from dendrites of pyramidal cells.
"""


def test_guess_meta_podcast_guest_from_the_handover_without_title() -> None:
    # caption files have no title line: "Here's Amara." names the guest
    meta = guess_meta(HANDOVER, "episode 7")
    assert people(meta) == [("Jo", Role.HOST, "Mind Matters"), ("Amara Osei", Role.GUEST, None)]


def test_guess_meta_podcast_guest_is_the_first_full_name_after_my_guest() -> None:
    text = HANDOVER.replace("Kenji's colleague ", "").replace(" Here's Amara.", "")
    meta = guess_meta(text, "episode 7")
    assert people(meta) == [("Jo", Role.HOST, "Mind Matters"), ("Amara Osei", Role.GUEST, None)]
    no_cue = guess_meta(text.replace("my guest today", "today's topic"), "episode 7", "podcast_transcript")
    assert people(no_cue) == [("Jo", Role.HOST, "Mind Matters")]


def test_guess_meta_question_and_answer_interviewee_from_the_title() -> None:
    text = (
        "Q: Do dendrites matter?\nA: Yes, NMDA spikes add layers.\n"
        "Q: And glia?\nA: Not by orders of magnitude.\n"
    )
    meta = guess_meta(text, "Interview with Dr. Ann Lee on dendrites")
    assert (meta.kind, people(meta)) == ("transcript", [("Ann Lee", Role.INTERVIEWEE, None)])
    answers = {s.speaker for s in segment_text(text, meta) if s.role is Role.INTERVIEWEE}
    assert answers == {"Ann Lee"}
    assert guess_meta(text, "Dendrites").participants == ()  # nobody named: roles only


def test_guess_meta_labelled_transcript_needs_no_participants() -> None:
    meta = guess_meta(LABELLED, "Interview")
    assert (meta.kind, meta.participants) == ("transcript", ())
    assert {s.speaker for s in segment_text(LABELLED, meta)} == {None, "Ada Byron"}


NAMED_PANEL = """Sarah Lin: Welcome to the show. Today I have two guests, Tom Okafor and Maria Pereira.
Tom, how much compute does a synapse need?
Tom Okafor: Thanks for having me. Somewhere between 1 and 100 FLOPs per spike.
Maria Pereira: I disagree. NMDA spikes make a neuron a two-layer network.
Sarah Lin: So you're saying dendrites add compute?
Maria Pereira: Yes.
"""


def test_guess_meta_names_the_host_of_a_transcript_labelled_by_names() -> None:
    meta = guess_meta(NAMED_PANEL, "Episode 12")
    assert people(meta) == [
        ("Sarah Lin", Role.HOST, None),
        ("Tom Okafor", Role.GUEST, None),
        ("Maria Pereira", Role.GUEST, None),
    ]
    hosts = {s.speaker for s in segment_text(NAMED_PANEL, meta) if s.role is Role.HOST}
    assert hosts == {"Sarah Lin"}
    unframed = NAMED_PANEL.replace("Welcome to the show. Today I have two guests, ", "About ")
    assert guess_meta(unframed, "Episode 12").participants == ()  # nobody frames the show


def test_guess_meta_forum_names_a_commenter_the_thread_refers_to_but_not_cited_authors() -> None:
    meta = guess_meta(FORUM, "Spike timing is underrated")
    assert (meta.kind, people(meta)) == ("forum_post", [("Nadia Petrova", Role.COMMENTER, None)])


def test_guess_meta_forum_does_not_name_a_commenter_after_the_post_or_a_url_path() -> None:
    text = ANONYMOUS_FORUM + (
        "\nI wrote about this at https://forum.example.org/posts/abc/spike-costs and I think the post's "
        "answer is basically right.\n"
    )
    assert guess_meta(text, "Spike timing is underrated").participants == ()


def test_guess_meta_forum_does_not_take_a_sentence_opener_for_a_first_name() -> None:
    text = ANONYMOUS_FORUM + "\nAs Oskar says upthread, the draw itself is cheap.\n"
    assert guess_meta(text, "Spike timing is underrated").participants == ()


def test_guess_meta_forum_without_names_segments_post_author_and_commenters() -> None:
    meta = guess_meta(ANONYMOUS_FORUM, "Spike timing is underrated")
    assert meta.participants == ()
    segments = [s for s in segment_text(ANONYMOUS_FORUM, meta) if not s.boilerplate and not s.heading]
    roles = [(s.role, s.ordinal) for s in segments]
    assert roles[0] == (Role.POST_AUTHOR, None)
    assert (Role.COMMENTER, 1) in roles
    assert all(s.speaker is None for s in segments)


def test_guess_meta_keeps_the_readers_kind_or_the_default_without_signals() -> None:
    assert guess_meta(ARTICLE, "Why").kind == "notes"
    assert guess_meta(ARTICLE, "Why", kind="web_page").kind == "web_page"
    assert guess_meta(FORUM, "Spike timing", kind="web_page").kind == "forum_post"


REAL = {
    "druckmann-2019-conversation-notes.txt": (
        "interview_notes",
        [("Shaul Druckmann", Role.INTERVIEWEE), ("Joseph Carlsmith", Role.INTERVIEWER)],
    ),
    "marblestone-2019-2020-discussions.md": (
        "interview_notes",
        [("Adam Marblestone", Role.INTERVIEWEE), ("Joseph Carlsmith", Role.INTERVIEWER)],
    ),
    "brain-inspired-bi183-dan-goodman.txt": (
        "podcast_transcript",
        [
            ("Paul Middlebrooks", Role.HOST),
            ("Dan Goodman", Role.GUEST),
        ],  # "I'm Paul" on a show in known_shows.yaml
    ),
    "ea-forum-single-cortical-neurons-as-deep-networks.txt": (
        "forum_post",
        [("Geoffrey Irving", Role.COMMENTER)],  # "irving's comment" + twitter.com/geoffreyirving
    ),
    "lesswrong-improving-automated-patch-clamping.txt": ("forum_post", [("Steven Byrnes", Role.COMMENTER)]),
}


@pytest.mark.parametrize("name", sorted(REAL))
def test_read_source_without_sidecar_guesses_the_real_corpus(tmp_path: Path, name: str) -> None:
    copy = tmp_path / name  # without its sidecar
    shutil.copyfile(CORPUS / name, copy)
    source = read_source(copy)
    kind, expected = REAL[name]
    assert source.kind == kind
    assert [(p.name, p.role) for p in source.participants] == expected
    sidecar = load_meta(CORPUS / name)
    assert sidecar is not None and sidecar.kind == kind
    named = {p.name for p in sidecar.participants}
    assert {p.name for p in source.participants if p.role != Role.HOST} <= named


def test_read_source_sidecar_wins_over_the_guess(tmp_path: Path) -> None:
    doc = tmp_path / "talk.txt"
    doc.write_text(NOTES, encoding="utf-8")
    (tmp_path / "talk.meta.yaml").write_text(
        "title: A talk\nkind: notes\nparticipants:\n  - name: Ann Lee\n    role: speaker\n", encoding="utf-8"
    )
    source = read_source(doc, load_meta(doc))
    assert source.kind == "notes"
    assert [(p.name, p.role) for p in source.participants] == [("Ann Lee", Role.SPEAKER)]


def test_read_source_logs_the_guess_and_how_to_override_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    doc = tmp_path / "episode.txt"
    doc.write_text(SPEECH_TO_TEXT, encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="ingest.readers"):
        read_source(doc)
    guessed = "guessed kind podcast_transcript, participants: host Marco Bellini, guest Priya Natarajan"
    assert guessed in caplog.text
    assert "episode.meta.yaml to override" in caplog.text


def test_read_text_title_feeds_the_guest_guess(tmp_path: Path) -> None:
    doc = tmp_path / "ep.md"
    doc.write_text(SPEECH_TO_TEXT, encoding="utf-8")
    result = read_text(doc)
    assert guess_meta(result.text, result.title or "", result.kind).participants[1].name == "Priya Natarajan"


def test_guess_meta_podcast_show_name_joined_by_and_is_whole() -> None:
    """ "Welcome to Spikes and Weights" named the show "Spikes", and every guest sentence with the
    word "spikes" was then read as the host naming his show."""
    text = HANDOVER.replace("Mind Matters", "Spikes and Weights")
    meta = guess_meta(text, "episode 7")
    assert people(meta)[0] == ("Jo", Role.HOST, "Spikes and Weights")


@pytest.mark.parametrize(("show", "host"), [("Brain Inspired", "Paul Middlebrooks"), ("Spike Talk", "Paul")])
def test_guess_meta_podcast_host_of_a_known_show_gets_the_full_name(show: str, host: str) -> None:
    text = (
        f"*  Hello, listeners. This is {show}. I'm Paul. My guest today is Marisol Ekwueme,\n"
        "*  who studies axons. Thanks, Paul. Axons do more than we think.\n"
    )
    assert guess_meta(text, "Episode 12").participants[0].name == host


@pytest.mark.parametrize("intro", ["It's Paul here.", "This is Paul here."])
def test_guess_meta_podcast_host_saying_his_name_is_here(intro: str) -> None:
    text = (
        f"*  Welcome to Brain Inspired, everyone. {intro} Today my guest is Sunniva Lund,\n"
        "*  who studies the energy budget of neurons. Thanks for having me. Spikes are costly.\n"
    )
    assert guess_meta(text, "Episode 12").participants[0].name == "Paul Middlebrooks"


def test_guess_meta_forum_a_sentences_first_word_is_no_first_name_before_a_possessive() -> None:
    text = (
        "Glia and compute.\n\n3 comments, sorted by top scoring\n\n"
        "Given Priya’s comment about IP3R2, I would weight the in vivo result less.\n"
    )
    names = [p.name for p in guess_meta(text, "Glia and compute").participants]
    assert "Given Priya" not in names and "Priya" in names


def test_guess_meta_podcast_guest_with_a_double_barrelled_surname_keeps_it_whole() -> None:
    text = (
        "# BI 193 Ravi Okonjo-Lindqvist: Every Millisecond Counts\n"
        "*  This is Brain Inspired. I'm Paul. My guest today works on spike timing in cortex.\n"
        "*  Ravi is refreshingly willing to put numbers on things. Welcome, Ravi.\n"
        "*  Thanks for having me. Timing matters at the millisecond.\n"
    )
    title = "BI 193 Ravi Okonjo-Lindqvist: Every Millisecond Counts"
    names = [p.name for p in guess_meta(text, title).participants]
    assert "Ravi Okonjo-Lindqvist" in names


def test_guess_meta_podcast_title_spelling_wins_over_a_misheard_surname() -> None:
    """The title is typed, the intro is speech-to-text: "Marta Lindquist" in the talk is the title's
    "Marta Lindqvist"; a guest whose first name differs is not taken for the title's."""
    intro = (
        "*  This is Brain Inspired. I'm Paul. My guest today is Marta Lindquist, who runs the synaptic\n"
        "*  physiology group at the institute. Marta, welcome.\n"
    )
    title = "BI 211 Marta Lindqvist: The Noisy Synapse"

    def guests(text: str) -> list[str]:
        meta = guess_meta(text, title, "podcast_transcript")
        return [p.name for p in meta.participants if p.role == Role.GUEST]

    assert guests(intro) == ["Marta Lindqvist"]
    assert guests(intro.replace("Marta Lindquist", "Jonas Lindquist").replace("Marta,", "Jonas,")) == [
        "Jonas Lindquist"
    ]
