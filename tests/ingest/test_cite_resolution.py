"""resolve_citations(): the work a claim reports, read across the document."""

from __future__ import annotations

import pytest

from ingest.cite_resolution import normalised, resolve_citations, works_named
from ontology.models import Agent, Claim, Evidence, Participant, Role, Segment, Source, SourceMeta

POST = (
    "This is a link post for Beniaguev, D., Segev, I., & London, M. (2021). Single cortical neurons "
    "as deep artificial neural networks. Neuron.\n\n"
    "Their deep network needed five to eight layers.\n\n"
    "From the Quanta article:\n\n"
    "They kept adding layers until the fit reached 99% accuracy.\n\n"
    "From the paper:\n\n"
    "NMDA receptors are what make the network deep.\n\n"
    "More posts like this\n\n"
    "The paper has two significant flaws.\n\n"
    "Carlsmith (2020) puts the median at 10^15 FLOP/s.\n\n"
    "Carlsmith's range already spans four orders of magnitude.\n\n"
    "Dendrites are complicated.\n"
)


def _source(text: str, participants: tuple[Participant, ...] = ()) -> Source:
    source = Source.from_meta(SourceMeta(title="Post", kind="forum_post", participants=participants), text)
    footer = text.index("More posts like this")
    return source.model_copy(
        update={
            "segments": (Segment(start=footer, end=footer + len("More posts like this"), boilerplate=True),)
        }
    )


def _claim(source: Source, sentence: str, cites: tuple[str, ...] = ()) -> Claim:
    start = source.text.index(sentence)
    evidence = Evidence(source_id=source.id, start=start, end=start + len(sentence), quote=sentence)
    return Claim(
        id=Claim.make_id(evidence), evidence=evidence, speaker=Agent.person("Post Author"), cites=cites
    )


def _resolved(source: Source, *claims: tuple[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    resolved = resolve_citations([_claim(source, sentence, cites) for sentence, cites in claims], source)
    return {claim.evidence.quote: claim.cites for claim in resolved}


@pytest.mark.parametrize(
    ("sentence", "cites", "expected"),
    [
        # "their" network, with the work named only on the link post's first line
        ("Their deep network needed five to eight layers.", (), ("Beniaguev et al. 2021",)),
        # quoted from the article: the article, not the paper
        ("They kept adding layers until the fit reached 99% accuracy.", (), ("the Quanta article",)),
        # quoted from the paper, which is the linked work
        ("NMDA receptors are what make the network deep.", (), ("Beniaguev et al. 2021",)),
        # "the paper" in a comment, far from any mention: the linked work
        ("The paper has two significant flaws.", ("the paper",), ("Beniaguev et al. 2021",)),
        # an author-year citation written one way
        ("Carlsmith (2020) puts the median at 10^15 FLOP/s.", ("Carlsmith (2020",), ("Carlsmith 2020",)),
        # an author the document cites by year, named alone
        ("Carlsmith's range already spans four orders of magnitude.", (), ("Carlsmith 2020",)),
        # no reference to any work: nothing is added
        ("Dendrites are complicated.", (), ()),
    ],
)
def test_a_claim_is_given_the_work_the_document_names(
    sentence: str, cites: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    source = _source(POST)
    assert _resolved(source, (sentence, cites))[sentence] == expected


def test_the_paper_does_not_mean_a_report_or_an_article_named_just_before() -> None:
    text = "Ajeya's report uses 10^16 FLOP/s as the median.\n\nBut the paper found something else.\n"
    source = Source.from_meta(SourceMeta(title="Post", kind="forum_post"), text)
    resolved = _resolved(
        source,
        ("Ajeya's report uses 10^16 FLOP/s as the median.", ("Ajeya's report",)),
        ("But the paper found something else.", ("the paper",)),
    )
    assert resolved["But the paper found something else."] == ("the paper",)  # left as written


def test_an_antecedent_further_back_than_a_page_is_not_used() -> None:
    text = (
        "Attwell and Laughlin (2001) estimated the energy budget.\n\n" + "Filler. " * 300 + "They found it.\n"
    )
    source = Source.from_meta(SourceMeta(title="Notes", kind="interview_notes"), text)
    near = _resolved(source, ("They found it.", ()))
    assert near["They found it."] == ()
    close = Source.from_meta(
        SourceMeta(title="Notes", kind="interview_notes"), text.replace("Filler. " * 300, "")
    )
    assert _resolved(close, ("They found it.", ()))["They found it."] == ("Attwell & Laughlin 2001",)


def test_the_conversations_own_participants_are_not_cited() -> None:
    text = "Mr. Carlsmith suggested that Sarpeshkar (2010) is the right anchor.\n"
    people = (Participant(name="Joseph Carlsmith", role=Role.INTERVIEWER),)
    source = Source.from_meta(SourceMeta(title="Notes", kind="interview_notes", participants=people), text)
    sentence = text.strip()
    assert _resolved(source, (sentence, ("Mr. Carlsmith", "Sarpeshkar (2010")))[sentence] == (
        "Sarpeshkar 2010",
    )


def test_a_participant_called_by_a_short_first_name_is_not_cited() -> None:
    text = "Joe suggested that replay is a kind of pre-training.\n"
    people = (Participant(name="Joseph Carlsmith", role=Role.INTERVIEWER),)
    source = Source.from_meta(SourceMeta(title="Notes", kind="interview_notes", participants=people), text)
    sentence = text.strip()
    assert _resolved(source, (sentence, ("Joe",)))[sentence] == ()


def test_a_named_work_replaces_a_vague_one_in_the_same_claim() -> None:
    text = "A recent unpublished paper by Beniaguev et al. (2021) found that NMDA adds layers.\n"
    source = Source.from_meta(SourceMeta(title="Notes", kind="interview_notes"), text)
    sentence = text.strip()
    resolved = _resolved(source, (sentence, ("a recent unpublished paper", "Beniaguev et al. (2021")))
    assert resolved[sentence] == ("Beniaguev et al. 2021",)


@pytest.mark.parametrize(
    ("cited", "expected"),
    [
        ("Mu et al. (2019", "Mu et al. 2019"),
        ("Beniaguev, D., Segev, I., & London, M. (2021)", "Beniaguev et al. 2021"),
        ("Bi and Poo 1998", "Bi & Poo 1998"),
        ("Eve Marder's lab", "Eve Marder's lab"),  # not an author-year citation: unchanged
        ("It's 1989", None),  # only looks like one: dropped
        ("Because 2018", None),
    ],
)
def test_author_year_citations_are_written_one_way(cited: str, expected: str | None) -> None:
    assert normalised(cited) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There's a classic paper by David Attwell and Simon Laughlin in 2001.", "Attwell & Laughlin 2001"),
        ("And there's the Goldstein and Hasson work on prediction.", "Goldstein & Hasson"),
        ("So, Bastos and\n*  colleagues in 2012 map it onto the microcircuit.", "Bastos et al. 2012"),
        ("Cayco-Gajic and colleagues made roughly this argument.", "Cayco-Gajic et al."),
        ("Synaptic tagging, first described by Frey and Morris in 1997, takes hours.", "Frey & Morris 1997"),
        ("Recordings, particularly from Misha Ahrens' lab, cover the larval zebrafish.", "Ahrens lab"),
        ("She pointed to work from Michael Häusser's lab on Purkinje dendrites.", "Häusser"),
        ("There's the work from Jeff McGee's lab on plateau potentials.", "McGee lab"),
        # what its authors made, in the possessive; a figure named after who measured it
        (
            "From Attwell and Laughlin's energy budget, most energy goes to pumping ions.",
            "Attwell & Laughlin",
        ),
        ("Lennie's sub-1 Hz figure is an energy-constrained average.", "Lennie"),
        ("Eighty six billion, that's the Herculano number.", "Herculano"),
        # two authors with the year of their work, and where an idea began
        ("The artificial unit comes from McCulloch and Pitts in 1943.", "McCulloch & Pitts 1943"),
        ("In the old picture, going back to Rall in the sixties, dendrites are cables.", "Rall"),
        # an idea from its author, a year before the pair who did it, the people a view is credited to
        ("There's a classic argument from Peter Lennie, where he looked at energy.", "Lennie"),
        ("In 1989, Rodney Douglas and Kevan Martin put a wiring diagram on it.", "Douglas & Martin 1989"),
        ("People like Blake Richards and Richard Naud have argued this.", "Richards & Naud"),
    ],
)
def test_works_named_as_people_say_them(text: str, expected: str) -> None:
    assert {work for _, work in works_named(text, set())} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "She pointed to work from Prof. Halvorsen on firing rates.",  # a title: a person, not a work
        "The Izhikevich model costs about 13 FLOPs per millisecond.",  # a method named after a person
        "Discussions with Prof. Ingrid Halvorsen, 2020",  # a heading with a date
        "There's a classic paper on this.",  # a possessive of a word that names no one
        "In 2019, Google and Facebook both trained bigger models.",  # firms in a year, not a work's authors
        "I came to this from Boston.",  # a place after "from", with no work or idea before it
    ],
)
def test_works_named_leaves_out_people_and_eponyms(text: str) -> None:
    assert works_named(text, set()) == []


def test_a_name_is_found_where_the_transcript_wraps_it() -> None:
    text = "Yeah, Bastos and\n*  colleagues in 2012 map it.\n*  They used laminar recordings."
    source = Source.from_meta(SourceMeta(title="Episode", kind="podcast_transcript"), text)
    sentence = "They used laminar recordings."
    assert _resolved(source, (sentence, ()))[sentence] == ("Bastos et al. 2012",)


def test_a_quoted_block_ends_where_the_writer_speaks_again() -> None:
    text = (
        "This is a link post for Okafor, A., & Brandt, J. (2024). Astrocytes and time. Neuron.\n\n"
        "From the abstract:\n\n"
        "We show that astrocyte calcium sets a seconds-long window for I/O integration.\n\n"
        "My guess is that this adds less than 2x to the compute estimate.\n"
    )
    source = Source.from_meta(SourceMeta(title="Post", kind="forum_post"), text)
    quoted = "We show that astrocyte calcium sets a seconds-long window for I/O integration."
    own = "My guess is that this adds less than 2x to the compute estimate."
    resolved = _resolved(source, (quoted, ()), (own, ()))
    assert resolved == {quoted: ("Okafor & Brandt 2024",), own: ()}


def test_a_quoted_block_with_no_work_to_resolve_cites_nothing() -> None:
    text = "From the abstract:\n\nAstrocyte calcium runs at 0.1 to 1 Hz.\n"
    source = Source.from_meta(SourceMeta(title="Post", kind="forum_post"), text)
    sentence = "Astrocyte calcium runs at 0.1 to 1 Hz."
    assert _resolved(source, (sentence, ()))[sentence] == ()  # not "the abstract"


def test_a_double_barrelled_eponym_is_not_its_first_authors_work() -> None:
    text = "Hodgkin and Huxley (1952) measured the squid axon.\n\nA Hodgkin-Huxley compartment is costly.\n"
    source = Source.from_meta(SourceMeta(title="Notes", kind="interview_notes"), text)
    sentence = "A Hodgkin-Huxley compartment is costly."
    assert _resolved(source, (sentence, ()))[sentence] == ()


def test_a_manner_named_after_a_work_does_not_cite_it() -> None:
    text = "Carlsmith (2020) said so. My update on Carlsmith-style estimates is small. Carlsmith is right."
    assert [text[start : start + 9] for start, _ in works_named(text, set())] == ["Carlsmith", "Carlsmith"]
    assert {work for _, work in works_named(text, set())} == {"Carlsmith 2020"}
