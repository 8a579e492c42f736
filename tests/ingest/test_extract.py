"""extract(): exact evidence spans, speakers, topics, effects, quantities and cites per document kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract import extract, extract_many, references, topics_in
from ontology.models import Basis, Effect, Participant, Role, Segment, Source, SourceMeta

pytestmark = pytest.mark.slow

NOTES = (
    "Ion channels\n\n"
    "Neurons can have a few dozen of some 200-300 \ntypes of ion channels, which are strongly non-linear. "
    "Mr. Carlsmith suggested that this is a \nreasonable classification of neural signaling.\n"
)
FORUM = (
    "This is a link post.\n\n"
    "My own quick takeaway is that it takes 5-8 layers with about 1000 neurons in an artificial neural "
    "network to simulate a single biological neuron.\n\n"
    "Thanks, these are both excellent points.\n\n"
    "  1. It's possible much of that complexity isn't useful.\n"
)
PODCAST = (
    "*  So I think that the brain is doing much more than a single synaptic weight per\n"
    "*  synapse would suggest. Is that right?\n"
    "*  Yeah. David Beniaguev, Idan Segev, and Michael London found that\n"
    "*  NMDA currents increased the size of the network required.\n"
)


def _notes() -> Source:
    meta = SourceMeta(
        title="Notes",
        kind="interview_notes",
        participants=(
            Participant(name="Shaul Druckmann", role=Role.INTERVIEWEE, affiliation="Stanford University"),
            Participant(name="Joseph Carlsmith", role=Role.INTERVIEWER),
        ),
    )
    source = Source.from_meta(meta, NOTES)
    heading_end = NOTES.index("\n")
    return source.model_copy(
        update={
            "segments": (
                Segment(start=0, end=heading_end, heading=True),
                Segment(start=heading_end, end=len(NOTES), speaker="Shaul Druckmann", role=Role.INTERVIEWEE),
            )
        }
    )


def _forum() -> Source:
    source = Source.from_meta(SourceMeta(title="Post", kind="forum_post"), FORUM)
    first, thanks, item = FORUM.index("My own"), FORUM.index("Thanks"), FORUM.index("  1.")
    return source.model_copy(
        update={
            "segments": (
                Segment(start=0, end=first, boilerplate=True),
                Segment(start=first, end=thanks, role=Role.POST_AUTHOR),
                Segment(start=thanks, end=item, role=Role.POST_AUTHOR),
                Segment(start=item, end=len(FORUM), role=Role.COMMENTER),
            )
        }
    )


def _podcast() -> Source:
    meta = SourceMeta(
        title="Episode",
        kind="podcast_transcript",
        participants=(
            Participant(name="Paul Middlebrooks", role=Role.HOST),
            Participant(name="Dan Goodman", role=Role.GUEST),
        ),
    )
    source = Source.from_meta(meta, PODCAST)
    turn = PODCAST.index("*  Yeah")
    return source.model_copy(
        update={
            "segments": (
                Segment(start=0, end=turn, speaker="Paul Middlebrooks", role=Role.HOST),
                Segment(start=turn, end=len(PODCAST), speaker="Dan Goodman", role=Role.GUEST),
            )
        }
    )


@pytest.mark.parametrize("make", [_notes, _forum, _podcast])
def test_extract_keeps_exact_evidence(claim_nlp, make) -> None:  # noqa: ANN001
    source = make()
    extraction = extract(source, claim_nlp)
    assert extraction.claims
    for claim in extraction.claims:
        ev = claim.evidence
        assert source.text[ev.start : ev.end] == ev.quote
        assert ev.quote == ev.quote.strip() and not ev.quote.startswith(("*", "•", "1."))
        assert claim.topics and 0 <= claim.certainty <= 1


def test_extract_notes_speakers_topics_and_quantities(claim_nlp) -> None:  # noqa: ANN001
    claims = extract(_notes(), claim_nlp).claims
    channels = next(c for c in claims if "ion channels" in c.evidence.quote)
    assert channels.speaker.name == "Shaul Druckmann"
    assert channels.speaker.affiliation == "Stanford University"
    assert channels.topics[0] == "ion_channels"
    assert channels.effect is Effect.INCREASES
    assert {(q.low, q.high) for q in channels.quantities} >= {(200, 300)}
    suggested = next(c for c in claims if "suggested" in c.evidence.quote)
    assert suggested.speaker.name == "Joseph Carlsmith"  # the sentence attributes the view
    assert not any(c.evidence.quote.startswith("Ion channels") for c in claims)  # heading segment


def test_extract_forum_skips_boilerplate_and_pleasantries(claim_nlp) -> None:  # noqa: ANN001
    claims = extract(_forum(), claim_nlp).claims
    quotes = [c.evidence.quote for c in claims]
    assert quotes == [
        FORUM[
            FORUM.index("it takes") - len("My own quick takeaway is that ") : FORUM.index(" neuron.\n") + 8
        ],
        "It's possible much of that complexity isn't useful.",
    ]
    takeaway, possible = claims
    assert takeaway.speaker.name == "post author" and not takeaway.speaker.named
    assert {q.parameter for q in takeaway.quantities} >= {"DNN layers per neuron"}
    assert possible.speaker.role is Role.COMMENTER
    assert possible.effect is Effect.DECREASES and possible.certainty < 0.4


def test_extract_podcast_cites_and_basis(claim_nlp) -> None:  # noqa: ANN001
    claims = extract(_podcast(), claim_nlp).claims
    assert not any(c.evidence.quote.endswith("?") for c in claims)
    found = next(c for c in claims if "found" in c.evidence.quote)
    assert found.speaker.name == "Dan Goodman"
    assert "David Beniaguev, Idan Segev, and Michael London" in found.cites
    assert found.basis is Basis.MEASUREMENT
    assert "\n*  NMDA" in found.evidence.quote  # inner transcript prefixes stay verbatim


def test_extract_names_the_work_a_reply_calls_the_paper(claim_nlp) -> None:  # noqa: ANN001
    text = (
        "This is a link post for Beniaguev, D., Segev, I., & London, M. (2021). Single cortical neurons "
        "as deep artificial neural networks. Neuron.\n\n"
        "I think the paper shows that dendrites need five to eight layers of artificial neurons.\n"
    )
    source = Source.from_meta(SourceMeta(title="Post", kind="forum_post"), text)
    claim = next(c for c in extract(source, claim_nlp).claims if "the paper" in c.evidence.quote)
    assert claim.cites == ("Beniaguev et al. 2021",)  # "the paper" read across the document


def test_extract_is_stable_and_matches_extract_many() -> None:
    sources = [_notes(), _forum(), _podcast()]
    first = list(extract_many(sources, batch_size=2))
    again = [extract(s) for s in sources]
    assert [e.source.id for e in first] == [s.id for s in sources]
    assert [[c.id for c in e.claims] for e in first] == [[c.id for c in e.claims] for e in again]


def test_references_resolve_footnote_markers() -> None:
    text = (
        "Claim[1] and another[2].\n\n1. ^\n\nNandi A et al. Cell Rep. 2022.\n\n2. ^\n  3. ^\n\nOther ref.\n"
    )
    refs = references(text)
    assert refs[1] == "Nandi A et al. Cell Rep. 2022."
    assert 2 not in refs  # its marker has no text of its own


def test_without_quotations_drops_a_reply_quoting_an_earlier_claim(claim_nlp) -> None:  # noqa: ANN001
    text = (
        "Neurons need about 1000 artificial units each to simulate.\n\n"
        "Neurons need about 1000 artificial units each to simulate.\n\n"
        "I doubt that number for cortical neurons.\n"
    )
    source = Source.from_meta(SourceMeta(title="Thread", kind="forum_post"), text)
    quotes = [c.evidence for c in extract(source, claim_nlp).claims]
    assert [e.start for e in quotes if e.quote.startswith("Neurons need")] == [0]


def test_extract_many_in_worker_processes_gives_the_same_claims() -> None:
    sources = [_notes(), _forum(), _podcast()]
    single = [[c.model_dump() for c in e.claims] for e in extract_many(sources)]
    forked = [[c.model_dump() for c in e.claims] for e in extract_many(sources, n_process=2, batch_size=1)]
    assert forked == single


@pytest.mark.parametrize(
    ("reference", "short"),
    [
        (
            "Nandi A, Chartrand T, Van Geit W, Buchin A. Single-neuron models. Cell Rep. 2022 Aug 9.",
            "Nandi et al. 2022",
        ),
        ("Michiels, Mario. (2020). Electrophysiology prediction of single neurons.", "Michiels 2020"),
    ],
)
def test_short_reference_names_first_author_and_year(reference: str, short: str) -> None:
    from ingest.extract import short_reference

    assert short_reference(reference) == short


SECTIONED = (
    "## Glia\n\n"
    "It's clear, at this point, that these cells play a role in the brain.\n\n"
    "## Sources of intuition\n\n"
    "Better understanding of biophysics won't alter the picture of the brain by orders of magnitude.\n"
)


def test_extract_adds_the_section_heading_topics_after_the_claims_own(claim_nlp) -> None:  # noqa: ANN001
    meta = SourceMeta(
        title="Notes",
        kind="interview_notes",
        participants=(Participant(name="Adam Marblestone", role=Role.INTERVIEWEE),),
    )
    source = Source.from_meta(meta, SECTIONED)
    first, second = SECTIONED.index("## Sources"), SECTIONED.index("Better")
    source = source.model_copy(
        update={
            "segments": (
                Segment(start=0, end=SECTIONED.index("\n"), heading=True),
                Segment(start=SECTIONED.index("It's"), end=first, speaker="Adam Marblestone"),
                Segment(start=first, end=second - 2, heading=True),
                Segment(start=second, end=len(SECTIONED), speaker="Adam Marblestone"),
            )
        }
    )
    claims = extract(source, claim_nlp).claims
    glia = next(c for c in claims if c.evidence.quote.startswith("It's clear"))
    assert "glia" in glia.topics
    intuition = next(c for c in claims if c.evidence.quote.startswith("Better"))
    assert "glia" not in intuition.topics  # a heading without topics adds none


def _interview(host: str, guest: str) -> Source:
    """A two-turn podcast transcript: the host's turn, then the guest's."""
    meta = SourceMeta(
        title="Episode",
        kind="podcast_transcript",
        participants=(
            Participant(name="Ann Host", role=Role.HOST),
            Participant(name="Gil Guest", role=Role.GUEST),
        ),
    )
    text = f"{host}\n\n{guest}"
    source = Source.from_meta(meta, text)
    turn = len(host) + 2
    return source.model_copy(
        update={
            "segments": (
                Segment(start=0, end=len(host), speaker="Ann Host", role=Role.HOST),
                Segment(start=turn, end=len(text), speaker="Gil Guest", role=Role.GUEST),
            )
        }
    )


def test_extract_interview_host_keeps_only_plain_domain_assertions(claim_nlp) -> None:  # noqa: ANN001
    host = (
        "As you likely know, almost all of the current AI is built on artificial neural networks. "
        "Maybe spiking really isn't that important to process information in brains. "
        "Dendrites integrate thousands of synaptic inputs nonlinearly."
    )
    guest = "Dendritic spikes let one neuron compute what a small network computes."
    quotes = {c.evidence.quote: c.speaker.name for c in extract(_interview(host, guest), claim_nlp).claims}
    assert quotes == {
        "Dendrites integrate thousands of synaptic inputs nonlinearly.": "Ann Host",
        guest: "Gil Guest",
    }


def test_extract_transcript_drops_stories_tied_only_by_a_field_word(claim_nlp) -> None:  # noqa: ANN001
    guest = (
        "I was finding myself thinking more about solving problems, not using spiking neural networks. "
        "I'm not one of the anti-machine learning people in neuroscience. "
        "I think the heterogeneity of time constants makes spiking networks learn better."
    )
    quotes = [
        c.evidence.quote for c in extract(_interview("Welcome back to the show.", guest), claim_nlp).claims
    ]
    assert quotes == ["I think the heterogeneity of time constants makes spiking networks learn better."]


def test_extract_transcript_keeps_someone_elses_work_even_when_called_interesting(claim_nlp) -> None:  # noqa: ANN001
    guest = (
        "For example, Maria Keller came up with a really interesting approach to training spiking networks "
        "with a single spike per neuron."
    )
    (claim,) = extract(_interview("Welcome back to the show.", guest), claim_nlp).claims
    assert claim.cites == ("Maria Keller",)


def test_extract_field_word_stories_stay_in_written_text(claim_nlp) -> None:  # noqa: ANN001
    text = "I was finding myself thinking more about solving problems, not using spiking neural networks."
    source = Source.from_meta(SourceMeta(title="Post", kind="forum_post"), text)
    assert [c.evidence.quote for c in extract(source, claim_nlp).claims] == [text]


def test_extract_transcript_drops_verbless_fragments(claim_nlp) -> None:  # noqa: ANN001
    """A spoken fragment without a verb is no claim, unless it gives a figure of the domain."""
    guest = (
        "Fortunately, five to 10 years, five to 10 years. "
        "Like the neurons of a mouse retina in the dark or something along those lines. "
        "About 86 billion neurons in the human brain. "
        "Dendrites have about 10 active branches."
    )
    quotes = [
        c.evidence.quote for c in extract(_interview("Welcome back to the show.", guest), claim_nlp).claims
    ]
    assert quotes == [
        "About 86 billion neurons in the human brain.",
        "Dendrites have about 10 active branches.",
    ]


def test_topics_in_leaves_out_mentions_that_refer_back(claim_nlp) -> None:  # noqa: ANN001
    doc = claim_nlp("Synapses filter their input. We could simplify this computation.")
    start = doc.text.index("We")
    assert topics_in(doc, start, len(doc.text)) == ("total_brain_compute",)
    assert topics_in(doc, start, len(doc.text), referring=False) == ()
    doc = claim_nlp("I think that point neurons suffice.")  # "that" is no determiner of the mention
    assert topics_in(doc, 0, len(doc.text), referring=False) == ("neuron_io_complexity",)


def test_extract_carries_topics_over_to_a_mention_that_refers_back(claim_nlp) -> None:  # noqa: ANN001
    text = (
        "Synapses filter every input with a slow kernel. "
        "He expects that an emulation could leave out this computation."
    )
    expert = Participant(name="Ann Expert", role=Role.INTERVIEWEE)
    meta = SourceMeta(title="Notes", kind="interview_notes", participants=(expert,))
    source = Source.from_meta(meta, text)
    source = source.model_copy(
        update={"segments": (Segment(start=0, end=len(text), speaker="Ann Expert", role=Role.INTERVIEWEE),)}
    )
    claims = extract(source, claim_nlp).claims
    later = next(c for c in claims if "this computation" in c.evidence.quote)
    assert later.topics[:2] == ("synaptic_transmission", "total_brain_compute")


def test_extract_gives_a_claim_naming_no_mechanism_the_topic_of_the_documents_title(claim_nlp) -> None:  # noqa: ANN001
    """In a post titled "How much do astrocytes add ...?", "Then you get 1e17 FLOP/s" is about
    astrocytes too (after its own topics); a claim naming its own mechanism keeps only its own."""
    figure = "Then you get about 1e17 FLOP/s for the whole brain."
    named = "Dendrites add a factor of two on top of that."
    text = f"{figure}\n\n{named}"
    meta = SourceMeta(title="How much do astrocytes add to brain compute?", kind="forum_post")
    claims = {c.evidence.quote: c for c in extract(Source.from_meta(meta, text), claim_nlp).claims}
    assert claims[figure].topics[0] == "total_brain_compute"
    assert claims[figure].topics[-1] == "glia"
    assert "glia" not in claims[named].topics


def test_extract_carries_topics_into_the_next_segment_under_the_same_heading(claim_nlp) -> None:  # noqa: ANN001
    first = "Astrocytes regulate the uptake of transmitter over minutes."
    second = "He doubts that this complexity matters much."
    text = f"{first}\n\n{second}"
    expert = Participant(name="Ann Expert", role=Role.INTERVIEWEE)
    source = Source.from_meta(SourceMeta(title="Notes", kind="interview_notes", participants=(expert,)), text)
    source = source.model_copy(
        update={
            "segments": (
                Segment(start=0, end=len(first), speaker="Ann Expert", role=Role.INTERVIEWEE),
                Segment(start=len(first) + 2, end=len(text), speaker="Ann Expert", role=Role.INTERVIEWEE),
            )
        }
    )
    claims = extract(source, claim_nlp).claims
    later = next(c for c in claims if c.evidence.quote.startswith("He doubts"))
    assert later.topics[0] == "glia"


def test_extract_transcript_drops_slight_remarks_without_a_figure_cue_or_citation(claim_nlp) -> None:  # noqa: ANN001
    """In speech, a short sentence leans on the talk around it; one with a figure or a reported
    finding stays, and so does the same short sentence in written text."""
    guest = (
        "It uses information that the neuron can't know. "
        "Each neuron has about 10,000 synapses. "
        "We found that spike timing carries information. "
        "The heterogeneity of membrane time constants across neurons makes the trained networks more robust."
    )
    quotes = [
        c.evidence.quote for c in extract(_interview("Welcome back to the show.", guest), claim_nlp).claims
    ]
    assert quotes == [
        "Each neuron has about 10,000 synapses.",
        "We found that spike timing carries information.",
        "The heterogeneity of membrane time constants across neurons makes the trained networks more robust.",
    ]
    text = "It uses information that the neuron can't know."
    source = Source.from_meta(SourceMeta(title="Post", kind="forum_post"), text)
    assert [c.evidence.quote for c in extract(source, claim_nlp).claims] == [text]


def test_extract_transcript_keeps_a_short_sentence_that_names_its_mechanism(claim_nlp) -> None:  # noqa: ANN001
    """A short spoken sentence about a named mechanism stands on its own ("Synapses change their
    strength all the time."); a field word does not make one ("The brain is really complicated
    stuff."), nor does the speaker's past story ("There were some astrocytes in the dish.") or a
    case set up with "let's say"."""
    guest = (
        "Synapses change their strength all the time. "
        "The brain is really complicated stuff. "
        "There were some astrocytes in the dish. "
        "Or let's say dendrites for the moment."
    )
    quotes = [
        c.evidence.quote for c in extract(_interview("Welcome back to the show.", guest), claim_nlp).claims
    ]
    assert quotes == ["Synapses change their strength all the time."]


@pytest.mark.parametrize("prefix", ["* ", "*\t", "[00:00:01] "])
def test_extract_reads_other_speech_to_text_prefixes_like_the_usual_one(tmp_path, prefix: str) -> None:  # noqa: ANN001
    """A transcript whose lines open with "* " (one space, as HTML or Markdown tools leave it), a
    tab or a timestamp gives the same claims as the "*  " file: before, a one-space copy of the
    podcast kept its stars in the parsed text and lost half its claims (recall 0.375)."""
    import re
    import shutil

    from ingest.readers import read_source
    from ingest.sidecar import load_meta

    sample = Path(__file__).resolve().parents[1] / "data" / "ingest" / "podcast-sample.txt"
    copy = tmp_path / sample.name
    copy.write_text(re.sub(r"(?m)^\*  ", prefix, sample.read_text(encoding="utf-8")), encoding="utf-8")
    shutil.copy(sample.with_name("podcast-sample.meta.yaml"), tmp_path)

    def claims(path: Path) -> list[tuple[str | None, str, tuple[float | None, ...]]]:
        found = extract(read_source(path, load_meta(path))).claims
        line_prefix = re.compile(r"\n(?:\*\s+|\[00:00:01\] )")
        return [
            (
                c.speaker.name,
                " ".join(line_prefix.sub(" ", c.evidence.quote).split()),
                tuple(q.best for q in c.quantities),
            )
            for c in found
        ]

    original = claims(sample)
    assert original and claims(copy) == original


def test_extract_a_figure_counting_synapses_adds_the_counts_topic(claim_nlp) -> None:  # noqa: ANN001
    text = "The cortex has roughly 10^14 synapses. Each synapse is a small machine.\n"
    meta = SourceMeta(
        title="Notes",
        kind="interview_notes",
        participants=(Participant(name="Ann Lee", role=Role.INTERVIEWEE),),
    )
    source = Source.from_meta(meta, text)
    source = source.model_copy(update={"segments": (Segment(start=0, end=len(text), speaker="Ann Lee"),)})
    topics = [c.topics for c in extract(source, claim_nlp).claims]
    assert "neuron_synapse_counts" in topics[0]
    assert "neuron_synapse_counts" not in topics[1]  # no figure, no count


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Cortical neurons fire at 0.1 to 1 Hz on average.\n", "sparsity"),
        ("Human cortical grey matter uses maybe 3-4 W of the total.\n", "energy_efficiency"),
        ("Loihi 2 reaches about 20 pJ per synaptic event in their benchmarks.\n", "energy_efficiency"),
        # a count of cells, or a bare count in the billions, counts neurons or synapses
        ("Humans have something like fifteen million Purkinje cells.\n", "neuron_synapse_counts"),
        ("Something like 69 billion of those are in the cerebellum.\n", "neuron_synapse_counts"),
        ("Each one gets a couple hundred thousand parallel fiber synapses.\n", "neuron_synapse_counts"),
        # the brain's rate of synaptic events is what a total compute estimate multiplies out
        ("That gives something like 10^13 to 10^15 synaptic events per second.\n", "total_brain_compute"),
        ("That gives you 10^13 to 10^15 spikes through synapses per second.\n", "total_brain_compute"),
    ],
)
def test_extract_a_figure_adds_the_topic_of_what_it_measures(claim_nlp, text: str, topic: str) -> None:  # noqa: ANN001
    expert = Participant(name="Ann Lee", role=Role.INTERVIEWEE)
    source = Source.from_meta(SourceMeta(title="Notes", kind="interview_notes", participants=(expert,)), text)
    source = source.model_copy(update={"segments": (Segment(start=0, end=len(text), speaker="Ann Lee"),)})
    assert topic in extract(source, claim_nlp).claims[0].topics


def _two_paragraph_notes(first: str, second: str) -> Source:
    text = f"{first}\n\n{second}"
    expert = Participant(name="Ann Expert", role=Role.INTERVIEWEE)
    source = Source.from_meta(SourceMeta(title="Notes", kind="interview_notes", participants=(expert,)), text)
    return source.model_copy(
        update={
            "segments": (
                Segment(start=0, end=len(first), speaker="Ann Expert", role=Role.INTERVIEWEE),
                Segment(start=len(first) + 2, end=len(text), speaker="Ann Expert", role=Role.INTERVIEWEE),
            )
        }
    )


@pytest.mark.parametrize(
    "opening",
    [
        "However, she does not think this stage is expensive to replicate.",
        "Dr. Expert does not think this generalises well.",
    ],
)
def test_extract_a_paragraph_opening_leans_on_the_paragraph_before(claim_nlp, opening: str) -> None:  # noqa: ANN001
    """A judgement that opens a paragraph answers the talk of the paragraph before it."""
    on_domain = "Cochlear hair cells transduce sound into spikes in the auditory nerve."
    quotes = [c.evidence.quote for c in extract(_two_paragraph_notes(on_domain, opening), claim_nlp).claims]
    assert opening in quotes
    off_domain = "She offered to send a reading list after the call."
    quotes = [c.evidence.quote for c in extract(_two_paragraph_notes(off_domain, opening), claim_nlp).claims]
    assert opening not in quotes
