"""A small, deterministic pair of extractions that every package's tests (and scripts) can share.

Two sources (interview notes with interviewee + interviewer, a forum post with an unnamed author
and commenters), six agents, nine claims. Speakers agree and conflict on synaptic transmission and
conflict on neuron I/O complexity; three claims carry quantities (FLOPs per spike through a synapse
1-100 best 10, synapses 1e14-1e15, artificial neurons per neuron best 1000). Every evidence quote
and quantity text is cut from the source text by its offsets, so the data cannot drift.
"""

from __future__ import annotations

import datetime as dt

from ontology.models import (
    Agent,
    Basis,
    Claim,
    Effect,
    Evidence,
    Extraction,
    Participant,
    Quantity,
    Role,
    Segment,
    Source,
)

INTERVIEW_ID = "sample-interview-2019"
FORUM_ID = "sample-forum-2021"

INTERVIEW_TEXT = """A conversation with Professor Shaul Druckmann, September 5, 2019

Participants: Professor Shaul Druckmann (Stanford University); Joseph Carlsmith (Open Philanthropy)

Prof. Druckmann thinks that modeling the immediate impact of a pre-synaptic spike on the \
post-synaptic neuron is fairly simple. He would guess that somewhere between 1 and 100 FLOPs per \
spike through synapse would suffice, probably around 10.

Dendritic computation might add substantially to the compute required, but Prof. Druckmann is \
not confident about this.

Mr. Carlsmith noted that the human brain has roughly 1e14 to 1e15 synapses.

It is unclear how much learning and plasticity add to the compute budget.
"""

FORUM_TEXT = """Link post: Single cortical neurons as deep artificial neural networks

Beniaguev, Segev & London (2021) found that a deep network of about 1000 artificial neurons is \
needed to mimic a single cortical neuron, which increases the compute needed to match the brain.

Comments

commenter 1: I doubt that result means much; most of that complexity is probably redundant and \
a far smaller model would do.

Geoffrey Irving: Synaptic transmission is likely more expensive than one FLOP per spike, since \
each synapse has complex internal state.

commenter 2: Per Carlsmith (2020), a synaptic event costs about one FLOP, so synaptic \
transmission does not change the estimate much.
"""


def _evidence(source: Source, quote: str) -> Evidence:
    start = source.text.index(quote)
    return Evidence(source_id=source.id, start=start, end=start + len(quote), quote=quote)


def _quantity(source: Source, verbatim: str, parameter: str, *, low: float | None = None,
              high: float | None = None, best: float | None = None, unit: str | None = None) -> Quantity:
    start = source.text.index(verbatim)
    return Quantity(parameter=parameter, low=low, high=high, best=best, unit=unit, text=verbatim,
                    start=start, end=start + len(verbatim))


def _claim(source: Source, quote: str, speaker: Agent, **fields: object) -> Claim:
    evidence = _evidence(source, quote)
    return Claim(id=Claim.make_id(evidence), evidence=evidence, speaker=speaker, **fields)  # type: ignore[arg-type]


def _segment(source: Source, text: str, speaker: str | None = None, role: Role | None = None,
             ordinal: int | None = None, **flags: bool) -> Segment:
    start = source.text.index(text)
    return Segment(start=start, end=start + len(text), speaker=speaker, role=role, ordinal=ordinal, **flags)


def make_interview() -> Extraction:
    """Interview notes: Druckmann (interviewee) and Carlsmith (interviewer)."""
    text = INTERVIEW_TEXT
    bare = Source(
        id=INTERVIEW_ID, title="A conversation with Professor Shaul Druckmann, September 5, 2019",
        kind="interview_notes", text=text, date=dt.date(2019, 9, 5),
        url="https://www.openphilanthropy.org/research/conversations/",
        participants=(
            Participant(name="Shaul Druckmann", role=Role.INTERVIEWEE, affiliation="Stanford University"),
            Participant(name="Joseph Carlsmith", role=Role.INTERVIEWER, affiliation="Open Philanthropy"),
        ),
        path="tests/sample/interview.txt",
    )
    header_end = text.index("Prof. Druckmann thinks")
    segments = (
        Segment(start=0, end=header_end, heading=True, boilerplate=True),
        _segment(bare, text[header_end:text.index("Mr. Carlsmith")].rstrip(), "Shaul Druckmann",
                 Role.INTERVIEWEE),
        _segment(bare, "Mr. Carlsmith noted that the human brain has roughly 1e14 to 1e15 synapses.",
                 "Joseph Carlsmith", Role.INTERVIEWER),
        _segment(bare, "It is unclear how much learning and plasticity add to the compute budget.",
                 "Shaul Druckmann", Role.INTERVIEWEE),
    )
    source = bare.model_copy(update={"segments": segments})
    druckmann = Agent.person("Shaul Druckmann", Role.INTERVIEWEE, "Stanford University")
    carlsmith = Agent.person("Joseph Carlsmith", Role.INTERVIEWER, "Open Philanthropy")
    claims = (
        _claim(source, "modeling the immediate impact of a pre-synaptic spike on the post-synaptic neuron "
                       "is fairly simple", druckmann,
               topics=("synaptic_transmission",), effect=Effect.NO_MAJOR_CHANGE, certainty=0.6,
               effect_cues=("fairly simple",), basis=Basis.OPINION),
        _claim(source, "He would guess that somewhere between 1 and 100 FLOPs per spike through synapse "
                       "would suffice, probably around 10.", druckmann,
               topics=("synaptic_transmission",), effect=Effect.NO_MAJOR_CHANGE, certainty=0.4,
               certainty_cues=("would guess", "probably"),
               quantities=(_quantity(source, "between 1 and 100 FLOPs per spike through synapse",
                                     "flops_per_spike_through_synapse", low=1, high=100, best=10,
                                     unit="FLOP/spike"),),
               basis=Basis.OPINION),
        _claim(source, "Dendritic computation might add substantially to the compute required", druckmann,
               topics=("dendritic_computation",), effect=Effect.INCREASES, certainty=0.3,
               certainty_cues=("might", "not confident"), effect_cues=("add substantially",)),
        _claim(source, "the human brain has roughly 1e14 to 1e15 synapses", carlsmith,
               topics=("neuron_synapse_counts",), certainty=0.8,
               quantities=(_quantity(source, "1e14 to 1e15 synapses", "synapse_count", low=1e14, high=1e15,
                                     unit="synapses"),),
               basis=Basis.MEASUREMENT),
        _claim(source, "It is unclear how much learning and plasticity add to the compute budget.", druckmann,
               topics=("learning_plasticity",), effect=Effect.UNCERTAIN, certainty=0.3,
               certainty_cues=("unclear",)),
    )
    return Extraction(source=source, claims=claims)


def make_forum() -> Extraction:
    """A forum post by an unnamed author, two unnamed commenters and one named one."""
    text = FORUM_TEXT
    bare = Source(
        id=FORUM_ID, title="Link post: Single cortical neurons as deep artificial neural networks",
        kind="forum_post", text=text,
        participants=(
            Participant(name="Geoffrey Irving", role=Role.COMMENTER),
            Participant(name="David Beniaguev", role=Role.CITED_AUTHOR),
        ),
    )
    post = text[text.index("Beniaguev"):text.index("\n\nComments")]
    comment1 = text[text.index("commenter 1:"):text.index("\n\nGeoffrey")]
    comment_irving = text[text.index("Geoffrey Irving:"):text.index("\n\ncommenter 2")]
    comment2 = text[text.index("commenter 2:"):].rstrip()
    segments = (
        _segment(bare, "Link post: Single cortical neurons as deep artificial neural networks", heading=True),
        _segment(bare, post, None, Role.POST_AUTHOR),
        _segment(bare, "Comments", heading=True, boilerplate=True),
        _segment(bare, comment1, None, Role.COMMENTER, ordinal=1),
        _segment(bare, comment_irving, "Geoffrey Irving", Role.COMMENTER),
        _segment(bare, comment2, None, Role.COMMENTER, ordinal=2),
    )
    source = bare.model_copy(update={"segments": segments})
    author = Agent.unnamed(FORUM_ID, Role.POST_AUTHOR)
    commenter1 = Agent.unnamed(FORUM_ID, Role.COMMENTER, 1)
    irving = Agent.person("Geoffrey Irving", Role.COMMENTER)
    commenter2 = Agent.unnamed(FORUM_ID, Role.COMMENTER, 2)
    claims = (
        _claim(source, "Beniaguev, Segev & London (2021) found that a deep network of about 1000 artificial "
                       "neurons is needed to mimic a single cortical neuron", author,
               topics=("neuron_io_complexity", "dendritic_computation"), effect=Effect.INCREASES,
               certainty=0.8, effect_cues=("increases the compute",),
               cites=("Beniaguev, Segev & London (2021)",),
               quantities=(_quantity(source, "about 1000 artificial neurons", "artificial_neurons_per_neuron",
                                     best=1000, unit="artificial neurons"),),
               basis=Basis.MEASUREMENT),
        _claim(source, "most of that complexity is probably redundant and a far smaller model would do",
               commenter1, topics=("neuron_io_complexity",), effect=Effect.DECREASES, certainty=0.4,
               certainty_cues=("probably",), basis=Basis.OPINION),
        _claim(source, "Synaptic transmission is likely more expensive than one FLOP per spike", irving,
               topics=("synaptic_transmission",), effect=Effect.INCREASES, certainty=0.6,
               certainty_cues=("likely",), effect_cues=("more expensive",), basis=Basis.OPINION),
        _claim(source, "a synaptic event costs about one FLOP, so synaptic transmission does not change the "
                       "estimate much", commenter2,
               topics=("synaptic_transmission",), effect=Effect.NO_MAJOR_CHANGE, certainty=0.6,
               effect_cues=("does not change the estimate much",), cites=("Carlsmith (2020)",),
               quantities=(_quantity(source, "about one FLOP", "flops_per_spike_through_synapse", best=1,
                                     unit="FLOP/spike"),)),
    )
    return Extraction(source=source, claims=claims)


def make_sample_extractions() -> list[Extraction]:
    """Both sample extractions, interview first."""
    return [make_interview(), make_forum()]
