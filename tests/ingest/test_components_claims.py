"""Claim detection: assertions about the domain, not questions, agenda, pleasantries or headings."""

from __future__ import annotations

import pytest

from ingest.prepare import parse_text

pytestmark = pytest.mark.slow


def _claims(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(parse_text(text))
    return [text[r["start"] : r["end"]] for r in doc.user_data["nc_claims"] if not r["leans_on_previous"]]


@pytest.mark.parametrize(
    "text",
    [
        "Most biophysical models simplify calcium dynamics a lot.",
        "There are 10e11 neurons in the brain.",
        "I think those algorithms are built out of simpler operations than whole neurons perform.",
        "~200,000 neurons",
    ],
)
def test_claims_accept_domain_assertions(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Does the experiment distinguish between the two hypotheses about neurons?",
        "Thanks, these are both excellent points about the neuron model.",
        "Train a machine learning model to predict e-features from morphology.",
        "I want to make a small disclaimer that I have no formal training in neuroscience.",
        "If anyone finds a larger dataset with morphology please let me know.",
        "Ion channel densities",
        "We went to the beach and had a lovely afternoon together.",
        "Epistemic status: fairly confident about the 10^14 synapses, much less about the rest.",
        "Thanks to two friends who read a draft about neurons and found it three times too long.",
        "She suggested that Mr. Carlsmith speak with researchers working on retinal neurons.",
        "Mr. Carlsmith said he would follow up by email with a list of the papers on synapses.",
        "+1 to the point about neurons in the animal comparison.",
    ],
)
def test_claims_reject_non_claims(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "  1. It's possible much of that complexity isn't useful.",
            "It's possible much of that complexity isn't useful.",
        ),
        (
            "• Cortical neurons are well approximated by a deep neural network",
            "Cortical neurons are well approximated by a deep neural network",
        ),
        ("Only 107 cells have a full biophysical model [1] ", "Only 107 cells have a full biophysical model"),
    ],
)
def test_claims_trim_list_marks_and_references(claim_nlp, text: str, quote: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Repeat the recordings in slices which either confirms the model or shows it is wrong.",
        "Measure/record more neurons in awake animals to check the model of dendrites",
        "I was honestly surprised to learn how few neuron recordings are public.",
        "I am not a fan of the dendrite hypothesis for several reasons.",
        "To be clear, my point about synapses was not about their number.",
        "We introduce a general method to measure the complexity of any neuron type.",
        "3,000*20/5 = 12,000 hours",
        "If we later learn that a property of a neuron model can be dropped, that's fine.",
        "So if the recordings fail we could",
        "Then my model can be extremely simple and treat the transistor as a cartoon switch.",
        "More recordings of single neurons would fill gaps in our knowledge of cell types.",
        "We could have detailed neuron models or we could have recurrent networks for each cell.",
        "Mr. Carlsmith asked about the number of synapses and the average firing rate to use.",
        "Mr. Carlsmith asked whether neuropeptides might be different, since there are many of them.",
        "I wonder whether dendrites matter for the compute estimate.",
    ],
)
def test_claims_reject_plans_feelings_meta_talk_and_hypotheticals(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure how much this lowers the estimate, but it could easily be 10x.",
        "For example, if I remember correctly, neurons store state in their gene expression.",
        "If dendrites are active, neurons are more complex than point models.",
        "I would say this is only weak evidence about neurons.",
        "I'm not going to redo the count, but I found a paper that traced every neuron in a fly.",
        "Without that diversity you would need 10 or a hundred times as many neurons.",
        "I'd be really surprised if you needed more than 10^18 FLOP/s to match the brain.",
        "I would be shocked if we need 10^5 FLOPs per spike.",
        "I'd be really surprised if you could throw away dendrites entirely and keep the same function.",
        "People often ask how many synapses there are, but the answer is about 10^14.",
    ],
)
def test_claims_keep_assertions_with_hedges_and_conditions(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == [text]


def test_claims_read_generic_words_in_context(claim_nlp) -> None:  # noqa: ANN001
    text = "Dendrites of cortical neurons are hard to record. The models leave out much of what matters."
    assert _claims(claim_nlp, text) == [
        "Dendrites of cortical neurons are hard to record.",
        "The models leave out much of what matters.",
    ]
    assert _claims(claim_nlp, "The models leave out much of what matters.") == []
    generic = "Discrete systems tend to be harder to analyse than continuous ones."
    assert _claims(claim_nlp, f"Spikes arrive at precise times. {generic}")[-1] == generic
    assert _claims(claim_nlp, generic) == []


@pytest.mark.parametrize(
    "text",
    [
        "But that doesn't matter because the switch model is accurate along the one axis that matters for "
        "IC functioning.",
        "If you model the MOSFET as a switch, its thermal coefficients will be wrong by 100%.",
        "My primary goal is not to defend my plan, I just care about making progress on emulation.",
        "Quite frankly, I don’t have the biochem/genetics background to really get into gene expression.",
        "I am trying to get in contact with the author of the neuron paper.",
    ],
)
def test_claims_reject_analogy_vehicles_and_writer_background(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


def test_claims_keep_analogies_that_name_the_brain(claim_nlp) -> None:  # noqa: ANN001
    text = "A real neuron cannot be abstracted to a point neuron as a transistor is abstracted to a switch."
    assert _claims(claim_nlp, text) == [text]


def test_claims_skip_the_continuation_of_a_supposed_case(claim_nlp) -> None:  # noqa: ANN001
    text = (
        "For example, suppose that some mutation changes which molecules reach a receptor. "
        "It makes Purkinje cells more active in the cerebellum. "
        "Evolution can sort out these side-effects in neurons over time."
    )
    claims = _claims(claim_nlp, text)
    assert not any(c.startswith("It makes") for c in claims)
    assert "Evolution can sort out these side-effects in neurons over time." in claims


@pytest.mark.parametrize("indent", ["", "    "])
def test_claims_supposition_goes_on_over_list_items_and_ends_at_a_blank_line(claim_nlp, indent: str) -> None:  # noqa: ANN001
    """Before, a supposition ended at any line break whose next line was not indented, so an HTML
    copy of a numbered argument (indentation gone) kept its supposed consequences as claims."""
    text = (
        f"{indent}1. Let's say each neuron needs a network of 100,000 parameters.\n"
        f"{indent}2. So then that would be 100,000 FLOPs per period of neuron simulation.\n\n"
        "Then the brain needs far more than 10^15 FLOP/s in total to be simulated neuron by neuron."
    )
    claims = _claims(claim_nlp, text)
    assert not any("So then that would be" in claim for claim in claims)  # the supposed case
    assert any(claim.startswith("Then the brain needs") for claim in claims)  # a new paragraph


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_claims_after_a_disclaimer_and_but_are_kept_for_any_apostrophe(claim_nlp, apostrophe: str) -> None:  # noqa: ANN001
    """Before, "I'm not an expert, but <finding>" was dropped with a straight apostrophe and kept
    with a curly one (the tagger read "I’m" as a verb and the rule spelt only "'")."""
    finding = (
        f"I{apostrophe}m not an expert myself (this will be obvious), but I was trying to understand "
        "this paper which sequenced RNA from 4,000,000 neurons around the mouse brain."
    )
    assert _claims(claim_nlp, finding) == [finding]
    assert _claims(claim_nlp, f"I{apostrophe}m not an expert on dendrites or on NMDA spikes.") == []
    assert _claims(claim_nlp, f"Thanks for the post, but I{apostrophe}d like to see the neuron data.") == []


def test_claims_keep_it_sentences_outside_a_supposition(claim_nlp) -> None:  # noqa: ANN001
    text = "Dendrites of cortical neurons are hard to record. It makes models of neurons uncertain."
    assert _claims(claim_nlp, text) == [
        "Dendrites of cortical neurons are hard to record.",
        "It makes models of neurons uncertain.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "For example, the actual brain co-locates long-term memory and computing.",
        "For example, the brain is much more recurrent than deep neural networks.",
    ],
)
def test_claims_keep_examples(claim_nlp, text: str) -> None:  # noqa: ANN001
    """Examples ("For example, ...") are claims: the gold marks them in notes and threads alike."""
    assert _claims(claim_nlp, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "The point is: I'm suggesting a comparison between this device and a neuron with synapses.",
        "The idea is, the brain is supposed to run a certain algorithm that leads to useful actions.",
    ],
)
def test_claims_reject_re_explanations_of_a_point(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


def test_claims_keep_a_point_stated_after_an_opener(claim_nlp) -> None:  # noqa: ANN001
    text = "Anyhow, the point is, this paper seems irrelevant to estimates of brain compute."
    assert _claims(claim_nlp, text) == [text]


# Spoken conversation (unlabelled podcast transcripts): musings, the speaker's own story and talk
# about the other party put nothing forward; a back-channel opener is trimmed off a claim.
@pytest.mark.parametrize(
    "text",
    [
        "I don't know if that was true or not about the neurons.",
        "I went to NeurIPS in 2009 and did not know anything about neural networks.",
        "And you have been studying spiking neural networks since you got into neuroscience.",
        "That's a really good question about the brain and its neurons.",
        "It's so much said in there about neurons, I just don't know.",
        "We were just talking about how complicated brains are and how messy they are.",
    ],
)
def test_claims_reject_conversational_talk(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Yeah, so I don't think that spiking neurons are definitely better than rate neurons yet.",
            "so I don't think that spiking neurons are definitely better than rate neurons yet.",
        ),
        (
            "That paper, I can't remember, showed that neurons were exchanging packets of RNA.",
            "That paper, I can't remember, showed that neurons were exchanging packets of RNA.",
        ),
    ],
)
def test_claims_keep_spoken_claims(claim_nlp, text: str, quote: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == [quote]


def test_claims_supposition_in_unbroken_speech_ends_after_a_few_sentences(claim_nlp) -> None:  # noqa: ANN001
    text = (
        "Let's say the neuron remembers over a short window. The neuron forgets its old spikes quickly. "
        "Short windows make neurons coincidence detectors. Long windows make neurons integrate spikes. "
        "Those neurons basically count the spikes that came in. And then we also found that the trained "
        "time constants of the neurons match the distribution in real data."
    )
    assert any("trained time constants" in claim for claim in _claims(claim_nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "He is unsure how this number was generated, but he thinks it is grounded in the response in the "
        "post-synaptic cell.",
        "Dr. Smith does not think that selection effects nullify the evidence from peripheral "
        "sensory systems.",
    ],
)
def test_claims_keep_post_synaptic_and_sensory_sentences(claim_nlp, text: str) -> None:  # noqa: ANN001
    """ "in the post-synaptic cell" is not talk about a forum post; "sensory systems" is the domain."""
    assert _claims(claim_nlp, text) == [text]


@pytest.mark.parametrize(
    ("text", "quantity", "effect", "mechanism", "kept"),
    [
        ("So you're saying dendrites compute a lot.", False, False, True, False),  # paraphrase of the guest
        ("That's fascinating.", False, False, False, False),
        ("Maybe spiking really isn't that important in brains.", False, False, True, False),
        ("I have a project where we record the spiking.", False, False, True, False),
        ("Dendrites integrate synaptic inputs nonlinearly.", False, False, True, True),
        ("The cortex has about 16 billion neurons.", True, False, False, True),
        # the host's own view, put as his ("I think", "if I had to bet"), is a claim of his
        ("I think learning adds a factor of ten to the synaptic cost.", True, True, True, True),
        ("If I had to bet, I'd bet dendrites add a factor of ten.", True, True, True, True),
        ("I've been reading about dendrites a lot lately.", False, False, True, False),
        # his view however long held, and his own figures however personal the sentence
        ("I've sort of settled into thinking it's mostly rates in cortex.", False, False, True, True),
        ("I've always felt that spike timing matters in the cortex.", False, False, True, True),
        ("I said eighty six billion neurons, call it ten to the eleven.", True, False, True, True),
        ("Maybe we have ten to the fifteen synapses.", True, False, True, False),  # still a musing
        ("So you're reading David Marr at 14.", True, False, False, False),  # the guest's story told back
        ("I've always kind of assumed that the axon is the boring part.", False, False, True, True),
    ],
)
def test_is_interviewer_claim_keeps_only_plain_domain_assertions(
    text: str, quantity: bool, effect: bool, mechanism: bool, kept: bool
) -> None:
    from ingest.components.claims import is_interviewer_claim

    assert is_interviewer_claim(text, quantity, effect, mechanism) is kept


@pytest.mark.parametrize(
    ("text", "mechanisms", "quantity", "aside"),
    [
        ("I didn't know anything about machine learning back then.", ["learning"], False, True),
        ("It's really fun to have things that challenge what the brain does.", [], False, True),
        ("I think spiking neural networks are hard to train.", ["spiking neural networks"], False, False),
        (
            "I love how heterogeneity of time constants helps.",
            ["heterogeneity", "time constants"],
            False,
            False,
        ),
        ("My network had a thousand neurons.", ["neurons"], True, False),
        ("I recorded from synapses in the brain.", [], False, False),  # a specific domain word
        ("I would guess learning in the brain is mostly slow.", ["learning"], False, False),  # a stance
    ],
)
def test_is_spoken_aside_needs_a_specific_tie(
    text: str, mechanisms: list[str], quantity: bool, aside: bool
) -> None:
    from ingest.components.claims import is_spoken_aside

    assert is_spoken_aside(text, mechanisms, quantity, False) is aside


@pytest.mark.parametrize(
    "text",
    [
        "If you record from enough cells, you see that dendrites carry most of the signal.",
        "If the membrane time constant is short, only the latest spikes matter to the neuron.",
        "If you try to run sparse networks on a GPU, you'll find that it's terribly slow.",
    ],
)
def test_claims_keep_conditionals_that_state_a_regularity(claim_nlp, text: str) -> None:  # noqa: ANN001
    """An indicative main clause about the domain, or the generic "you see/find", states what holds."""
    assert _claims(claim_nlp, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "If you finish the whole project, you get a working model of the cortex.",
        "If you map every synapse, the neurons would be much easier to model.",
    ],
)
def test_claims_reject_supposed_cases(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Let's say, the neurons don't need a stain of their own.",
        'Our neuron model matches the patch clamp recordings in the cortex."',
        "Interestingly, the cortex does do this!",
        "So my sister had me reading about neurons at like 12 years old.",
        "And I presented the neuron model at a conference and about six people came.",
        "I heard that there were datasets with 10,000 neurons, but when I looked I could not find them.",
        "I feel like I'm not enough of a neurologist to answer that about the brain.",
        "I'm a neuroscientist by training.",
        "I think that would be a really interesting question about the cortex.",
        "It sounds to me like an argument in favor of recording every neuron.",
        "But this is how the brain does it.",
        "So I've talked about dendrites and how much I love them.",
        "And you're also interested in dendrites and how neurons compute.",
        "I think I was on the way to quitting neuroscience until I read about dendrites.",
        "Because we're sending complex messages from neuron to neuron.",
        "But I don't feel too upset that the network does not learn the way neurons do.",
        "So back in the day, we trained spiking neurons with a simple local rule.",
        # a story announced as one, and someone's background told in the third person
        "As an anecdote, Dr. Lee mentioned that she spent a year blocking gap junctions in slices.",
        "Dr. Lee trained as a physicist and spent her postdoc recording coupled interneurons.",
        "She described herself as a wet-lab person dragged into arguments about neurons.",
        "He describes himself as an experimentalist, not an expert in machine learning.",
    ],
)
def test_claims_reject_set_ups_quotations_stories_and_remarks(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I recorded from 50 neurons, and I found that most of them fired in bursts.",
        "I counted 302 neurons in the worm.",
        "Just because neurons spike doesn't mean that spike timing carries information.",
        "Because of calcium dynamics, dendrites integrate inputs over long windows.",
        "I don't think that there are yet examples of tasks where SNNs are definitely better.",
        "Surrogate gradient descent, and please correct me, basically does a forward pass with spikes.",
    ],
)
def test_claims_keep_figures_findings_and_hedged_points(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == [text]


def test_claims_trim_a_joined_back_channel(claim_nlp) -> None:  # noqa: ANN001
    text = "So yeah, I don't think that spiking neurons are always better than rate neurons."
    quote = "I don't think that spiking neurons are always better than rate neurons."
    assert _claims(claim_nlp, text) == [quote]


def test_is_spoken_aside_sets_a_candour_preface_aside() -> None:
    from ingest.components.claims import is_spoken_aside

    text = "So I have to be honest and say I don't think SNNs are better yet."
    assert is_spoken_aside(text, [], False, False) is False


@pytest.mark.parametrize(
    "text",
    [
        "Many models of the visual cortex focus on mean firing rates, as opposed to the exact timing of "
        "spikes.",
        "A small part of cortical neuroscience treats groups of neurons as redundant codes for a handful of "
        "task variables.",
    ],
)
def test_claims_keep_long_sentences_whose_verb_is_tagged_as_a_noun(claim_nlp, text: str) -> None:  # noqa: ANN001
    """The tagger reads "focus"/"treats" after a long subject as nouns; a long full-stop sentence
    is not a heading."""
    assert _claims(claim_nlp, text) == [text]


def test_claims_keep_a_short_sentence_whose_verb_is_tagged_as_a_noun_within_a_paragraph(claim_nlp) -> None:  # noqa: ANN001
    """ "Gap junctions act as low-pass filters." ("act" read as a noun): after another sentence of its
    paragraph it is prose, not a heading."""
    text = "Coupling between interneurons is weak in adults. Gap junctions act as low-pass filters."
    assert _claims(claim_nlp, text)[-1] == "Gap junctions act as low-pass filters."


@pytest.mark.parametrize(
    "judgement",
    [
        "Dr. Lee thinks this argument is weaker than it looks.",
        "She is not confident in either end of that range.",
        "This sounded like a reasonable estimate to Prof. Lee.",
        "Dr. Lee responded that there is a real effect, but that it is smaller than people assume.",
        "Her own guess is toward the lower end of that range.",
        "Dr. Lee's view is that the answer depends on how the sum is done.",
    ],
)
def test_claims_keep_the_interviewees_judgement_of_the_point_just_made(claim_nlp, judgement: str) -> None:  # noqa: ANN001
    text = f"Moravec scaled the retina's 10^9 operations per second up to the whole brain. {judgement}"
    assert _claims(claim_nlp, text)[-1] == judgement


def test_claims_reject_a_reported_judgement_out_of_context(claim_nlp) -> None:  # noqa: ANN001
    text = "Dr. Lee apologized for the noise from the renovation next door. She thinks this was bad luck."
    assert _claims(claim_nlp, text) == []


def test_claims_reject_short_headings_without_a_verb(claim_nlp) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, "Learning from dendritic recordings in the mouse cortex") == []


def test_claims_reject_bare_figures(claim_nlp) -> None:  # noqa: ANN001
    """A number with nothing of the domain it counts: "~200,000 neurons" stays, a span of years goes."""
    assert _claims(claim_nlp, "Fortunately, five to 10 years, five to 10 years.") == []


def test_claims_keep_a_verbless_figure_in_a_unit_of_the_domain(claim_nlp) -> None:  # noqa: ANN001
    """A rate in hertz or a power in watts measures the brain or its hardware even with no domain
    word beside it; a span of years does not."""
    rate = "Most likely somewhere near 2 to 5 hertz."
    assert _claims(claim_nlp, rate) == [rate]
    assert _claims(claim_nlp, "Hundreds of kilowatts for the big clusters, sure.") == [
        "Hundreds of kilowatts for the big clusters, sure."
    ]
    assert _claims(claim_nlp, "Most likely somewhere near 2 to 5 years.") == []


def test_claims_keep_a_claim_held_with_confidence(claim_nlp) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, "I'm fairly confident a synapse needs about 10 FLOPs per spike.") == [
        "I'm fairly confident a synapse needs about 10 FLOPs per spike."
    ]
    assert _claims(claim_nlp, "I'm not sure if a synapse needs about 10 FLOPs per spike.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Even if the dendrites of pyramidal cells are linear, the model of the cortex is useful.",
        "Granted the retina is a special case, but it can test models of sensory neurons.",
        "Even if we can model cortex with a few thousand template neurons, patching is a long road.",
    ],
)
def test_claims_reject_concessions(claim_nlp, text: str) -> None:  # noqa: ANN001
    """A concession answers a case someone raised; a figure inside its condition belongs to the case."""
    assert _claims(claim_nlp, text) == []


def test_claims_keep_a_concession_with_a_figure_of_its_own(claim_nlp) -> None:  # noqa: ANN001
    text = "Even if dendrites are linear, a neuron still needs about 10 FLOPs per spike through a synapse."
    assert _claims(claim_nlp, text) == [text]


def test_claims_skip_pieces_of_a_question_the_parser_cut(claim_nlp) -> None:  # noqa: ANN001
    """The parser ends this sentence at the parenthesis; the lowercase rest shows it goes on, and the
    whole sentence is a question."""
    text = (
        "Most cortical cells can be described by a few hundred generic models and individual tuning is "
        "not needed (which seems to be the view of many modellers) how should we get those generic "
        "models without more recordings?"
    )
    assert len(list(claim_nlp(parse_text(text)).sents)) == 2
    assert _claims(claim_nlp, text) == []
    statement = text.replace(" how should we get", ". We should get").replace("?", ".")
    assert _claims(claim_nlp, statement)[0].startswith("Most cortical cells")


@pytest.mark.parametrize(
    ("text", "slight"),
    [
        ("It uses information that the neuron can't know.", True),
        ("There's still lots to learn about the brain.", True),
        (
            "The heterogeneity of membrane time constants across neurons makes trained networks robust.",
            False,
        ),
    ],
)
def test_is_slight_remark_counts_words(text: str, slight: bool) -> None:
    from ingest.components.claims import is_slight_remark

    assert is_slight_remark(text) is slight


@pytest.mark.parametrize(
    "text",
    [
        "I see what you mean about dendrites, but I'm wondering if you have a sharper definition of it.",
        "Caveat: I'm mainly thinking of the neurons of the prefrontal cortex, which are poorly studied.",
        "I'm not saying that dendrites are irrelevant to the compute of a neuron.",
        "I don't mean that every synapse of the cortex is equally important.",
        "But when you say that dendrites compute nothing of interest, I am lost.",
    ],
)
def test_claims_reject_indirect_questions_and_corrections_of_ones_own_words(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("In parallel there should be a project trying to measure how noisy real neurons are.", False),
        ("Even if point models fit, this ought to be validated on more than a few hundred cells.", False),
        ("Spike timing in the retina should be tested in awake animals.", False),
        ("There should be about 10^14 synapses in the human cortex.", True),
        ("Dendritic morphology must be extracted from the cells for an emulation.", True),
    ],
)
def test_claims_reject_calls_for_research_to_be_done(claim_nlp, text: str, claim: bool) -> None:  # noqa: ANN001
    """ "There should be a project ...", "this ought to be validated ...": agenda, not a claim;
    an epistemic "should" or a "must" of requirement still asserts something."""
    assert _claims(claim_nlp, text) == ([text] if claim else [])


def test_claims_reject_a_sentence_whose_every_clause_is_the_writers_own_feeling(claim_nlp) -> None:  # noqa: ANN001
    feelings = "I fear whole brain uploads of the neurons, but I don't fear gradual replacement of the cells."
    assert _claims(claim_nlp, feelings) == []
    mixed = "I fear whole brain uploads, but the cortex is far too noisy for a copy of its neurons."
    assert _claims(claim_nlp, mixed) == [mixed]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a figure given under protest is the speaker's own, not a supposed case
        ("If I had to bet, I'd say ~1e15 FLOP/s for the whole brain, give or take.", True),
        ("If you forced me, I'd put cortical firing at about 0.5 Hz on average.", True),
        ("If I had a bigger rig, I'd say the neurons would fire faster.", False),
        # odds the speaker gives are not a story, even when the verb reads as a past tense
        ("I put maybe 5% on per-synapse modulation being necessary for the brain.", True),
        ("I put the slices in warm ACSF and the neurons fired for hours.", False),
        # committing to a figure with "I"; a generic "you'd" case is not
        ("I'd describe the glial cost as a factor of two for the brain, at most.", True),
        ("You'd put a little input in the tuft of the neuron and nothing would happen.", False),
        # weighing a view with "I'd" is a stance; "we could" the same verb is a plan
        ("For the compute of the brain, I'd discount the glia entirely.", True),
        ("I'd lean towards the low end for cortical firing rates.", True),
        ("We could lean on the glia data for the neurons later.", False),
        ("Call it 10^15 FLOP/s for the whole brain.", True),
        # a range ruled out up front is a confident denial, not a feeling
        ("Above 10^20 FLOP/s, I'd be very surprised.", True),
        # "we're talking <amount>" gives an amount; "we were talking about" is talk about the talk
        ("Astrocyte calcium signals are slow, we're talking seconds, sometimes tens of seconds.", True),
        ("So we were talking about dendrites and how the neurons compute.", False),
    ],
)
def test_claims_read_figures_the_speaker_commits_to(claim_nlp, text: str, claim: bool) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == ([text] if claim else [])


def test_claims_keep_a_clause_before_a_wish_joined_on_at_the_end(claim_nlp) -> None:  # noqa: ANN001
    """ "X, and I'd like to see it handled separately": the clause before the wish is a claim; a
    sentence that opens with the wish is not."""
    kept = (
        "Dendrites do not change the estimate by an order of magnitude, but they matter more than "
        "glia, and I'd like to see them handled separately."
    )
    assert _claims(claim_nlp, kept) == [kept]
    assert _claims(claim_nlp, "I'd like to see dendrites in neurons handled separately, and soon.") == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "If noise matters, you might need random numbers at each synapse, but she does not think "
            "this would add much to the cost.",
            True,
        ),
        ("If you finish this research program, you get brain-like AGI, but you can't upload a brain.", False),
        ("Granted viruses are a special case, but I do think they help us model the genome.", False),
    ],
)
def test_claims_after_a_supposed_case_the_speakers_own_but_clause_is_a_claim(
    claim_nlp,
    text: str,
    claim: bool,  # noqa: ANN001
) -> None:
    assert _claims(claim_nlp, text) == ([text] if claim else [])


def test_claims_skip_the_title_of_a_cited_work(claim_nlp) -> None:  # noqa: ANN001
    text = (
        "This is a link post for Okafor, A., & Brandt, J. (2024). An in vivo energy budget for cortical "
        "signalling at single-spike resolution. Neuron."
    )
    assert _claims(claim_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        '1. Lennie, P. (2003). "The cost of cortical computation." *Current Biology*, 13(6), 493-497.',
        '3. Zador, A. (2019). "A critique of pure learning." *Nature Communications*, 10, 3770.',
    ],
)
def test_claims_skip_where_a_cited_work_was_published(claim_nlp, text: str) -> None:  # noqa: ANN001
    """The journal, volume and pages that end a reference are no claim ("*Neuron*, 109(17), 2727-2739.")."""
    assert _claims(claim_nlp, text) == []


@pytest.mark.slow
def test_a_spoken_say_before_a_figure_puts_it_forward(claim_nlp) -> None:  # noqa: ANN001
    from ingest.components.claims import is_agenda_or_narrative

    text = (
        "Izhikevich had this nice comparison where a leaky integrate-and-fire neuron is something like five "
        "FLOPs per millisecond and a full Hodgkin-Huxley model is about twelve hundred. So say a thousand "
        "FLOPs per millisecond, that's ten to the six per second per neuron, times ten to the eleven neurons "
        "is ten to the seventeen. Say hello to the neurons for me."
    )
    says = [s for s in claim_nlp(text).sents if s.text.lower().startswith(("so say", "say"))]
    verdicts = [is_agenda_or_narrative(s, s.text) for s in says]
    assert verdicts == [False, True]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "so call it ..." puts a figure forward, as "call it ..." does
        (
            "The striatum is big. So call it two hundred million neurons in the human striatum.",
            "So call it two hundred million neurons in the human striatum.",
        ),
        # "..., give or take." hedges the figures before it; it is no order
        (
            "The thalamus has relay cells. Of those, about 70 percent are relay cells, give or take.",
            "Of those, about 70 percent are relay cells, give or take.",
        ),
        # a verbless factor, share or big count answers a question about the domain
        (
            "Each thalamic relay cell gets mostly cortical input. Maybe three to five times more, honestly.",
            "Maybe three to five times more, honestly.",
        ),
        (
            "The cerebellum holds most of the neurons. In a macaque, about 30 billion.",
            "In a macaque, about 30 billion.",
        ),
    ],
)
def test_claims_keep_figures_put_forward_and_verbless_answers(claim_nlp, text: str, figure: str) -> None:  # noqa: ANN001
    assert figure in _claims(claim_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "We went hiking last summer. Fortunately, five to 10 years.",  # a duration, after talk off the domain
        "I moved labs a lot. Maybe three to five times, honestly.",  # a factor, after talk off the domain
    ],
)
def test_claims_skip_verbless_figures_after_talk_off_the_domain(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


def test_claims_mark_an_opening_that_leans_on_the_talk_before(claim_nlp) -> None:  # noqa: ANN001
    """The first sentence that would be a claim only after a sentence about the domain is kept and
    marked, for the extractor to judge by the segment before; the doc says whether it ends on the domain."""
    doc = claim_nlp(parse_text("The models leave out much of what matters. Dendrites are hard to record."))
    records = doc.user_data["nc_claims"]
    assert [r["leans_on_previous"] for r in records] == [True, False]
    assert doc.user_data["nc_ends_on_domain"] is True
    doc = claim_nlp(parse_text("Dendrites are hard to record. She sent the slides afterwards."))
    assert [r["leans_on_previous"] for r in doc.user_data["nc_claims"]] == [False]
    assert doc.user_data["nc_ends_on_domain"] is False


@pytest.mark.parametrize(
    "text",
    [
        # an imperative case with the result it yields
        "Run it at 1 kHz and you are at 10^9 to 10^10 FLOP/s per neuron.",
        "Put that through the standard formula and you're about 100x above the point-neuron version.",
        # "would" under a hedging condition commits
        "If I had to bet on how the experiment comes out, it would be that a compact recurrent model "
        "of the neuron wins.",
    ],
)
def test_claims_keep_a_case_with_its_result_and_a_hedged_bet(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == [text]


@pytest.mark.parametrize(
    "text",
    ["Fix the dendrite model and rerun the fits.", "If the model were bigger, it would fit the dendrites."],
)
def test_claims_still_drop_orders_and_supposed_cases(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the conversation's logistics
        "Dr. Lee offered to send Mr. Carlsmith a short list of references on dendritic models of neurons.",
        "Dr. Lee pointed Mr. Carlsmith to a talk he gave on neuron model reduction.",
        "A follow-up call on neuron models planned for March was moved to May.",
        "The discussion of homeostasis and neuromodulation summarized above took place at that later call.",
        "A recording of the talk on neuron models is available through the workshop's website.",
        # the interviewee's career
        "Her doctoral work was on the development of inhibitory inputs to the gerbil brainstem.",
        "She also teaches the graduate course in sensory systems and sits on a cochlear implant board.",
        "She trained originally as a slice electrophysiologist and moved into glial biology later.",
        "Dr. Lee runs a lab that images astrocytic calcium activity in awake mice.",
        "Mr. Carlsmith opened by describing the project and listing the topics he hoped to cover: glia.",
    ],
)
def test_claims_reject_the_conversations_logistics_and_the_interviewees_career(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the post's figures are not talk about the post
        "Since synapses and neuron updates are in the same ballpark in the post's numbers, the total "
        "comes out around 10x to 100x.",
        # a reading of the paper, not a request to read it
        "So I'd read the paper as: on commodity hardware the gap to biology is about 10^8; on purpose-built "
        "hardware it might be 10^3 to 10^4; and in both cases the wires are where the energy goes.",
    ],
)
def test_claims_keep_figures_of_the_post_and_readings_of_the_paper(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "I usually go with ten to the fifteen synapses, just to be conservative on the high side.",
        "My central guess for the FLOPs per synaptic event would be maybe ten to thirty.",
    ],
)
def test_claims_keep_the_figure_one_goes_with_and_a_guess_that_would_be(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == [text]


def test_claims_still_drop_where_one_went_with_someone(claim_nlp) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, "I went with my students to the rig to record from neurons.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a career and its lab's line of work
        "Her lab develops simulation methods for large-scale spiking network models of the cortex.",
        "Before joining the institute in 2014, she was a postdoctoral fellow working on GPU simulation of "
        "cortical microcircuits.",
        # the call's logistics, with a clause of its own before them
        "Dr. Lee mentioned that she needed to leave a few minutes before the hour, and that she would be "
        "happy to answer questions by email.",
        "At the end of the call, Mr. Carlsmith thanked Dr. Lee for her time, and she offered to send him "
        "slides on simulation costs.",
        # who wrote a cited work and when; its title follows
        "1 Izhikevich, E. M. (2004). “Which model to use for cortical spiking neurons?” IEEE Transactions on "
        "Neural Networks, 15(5), 1063–1070.",
    ],
)
def test_claims_reject_a_labs_work_the_calls_end_and_a_references_authors(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a regularity whose main clause comes before a colon
        "If you care about precise spike timing or synchrony, coarse timesteps introduce artifacts: spikes "
        "get aligned to the simulation grid.",
        # the simulation's time step is the domain's
        "In Dr. Lee's view, the right timestep depends on what you need to get right.",
    ],
)
def test_claims_keep_a_regularity_before_a_colon_and_a_view_on_the_time_step(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Her lab collaborates with two groups recording from macaque prefrontal cortex.",
        "A central part of Dr. Lee's own research is comparing trained RNNs with recordings from monkeys.",
        "Dr. Lee agreed to send Mr. Carlsmith her lab's benchmark figures for spiking and rate networks.",
        "Mr. Carlsmith explained that he was interested in whether the brain's recurrent circuits need "
        "more compute than a per-synapse budget allows.",
        # a list's lead, however long
        "The factors that could push the estimate for the cortex up by an order of magnitude include:",
    ],
)
def test_claims_reject_research_lines_promises_interests_and_list_leads(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a whole view that ends on the colon of its reasons
        "Dr. Lee's best guess is that the brain uses far more neurons than any minimal model needs, for a "
        "combination of reasons:",
        # working memory is the domain's
        "She is not sure how much of working memory in general relies on it, and thinks that the evidence "
        "is still contested.",
    ],
)
def test_claims_keep_a_view_before_its_reasons_colon_and_talk_of_working_memory(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == [text]


def test_claims_drop_a_transcripts_stage_direction_before_the_claim(claim_nlp) -> None:  # noqa: ANN001
    text = "[laughs] The climbing fiber fires at around one hertz in most behaviors."
    assert _claims(claim_nlp, text) == ["The climbing fiber fires at around one hertz in most behaviors."]


@pytest.mark.parametrize(
    "text",
    [
        "Her lab at Halbrook now combines transgenic mouse lines, two-photon imaging and Patch-seq.",
        "Mr. Carlsmith explained that Open Philanthropy is trying to estimate the compute of the brain.",
        "Prof. Lee said she was happy to discuss the compute of the cortex, though she's an experimentalist.",
        # a journal's volume and pages, the next footnote's mark after them
        "1 Tremblay, R., Lee, S. and Rudy, B. (2016). “GABAergic interneurons in the neocortex.” Neuron, "
        "91(2), 260-292. \n²",
    ],
)
def test_claims_reject_a_labs_methods_an_aim_a_welcome_and_a_journal_tail(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


def test_claims_keep_a_past_judgement_after_talk_of_the_domain(claim_nlp) -> None:  # noqa: ANN001
    judgement = "Prof. Solberg thought the logic was reasonable."
    assert _claims(claim_nlp, f"Excitatory cells fire at about 1 Hz. {judgement}")[-1] == judgement


def test_claims_keep_a_view_before_its_list(claim_nlp) -> None:  # noqa: ANN001
    text = "Prof. Solberg thinks inhibition is somewhat more demanding in two ways, though neither is big:"
    assert _claims(claim_nlp, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Her lab’s current work focuses on axon diameter distributions in the corpus callosum.",
        "Mr. Carlsmith explained that he was interested in four questions about the brain's wiring.",
        "1 Aboitiz, F. and Scheibel, A. B. (1992). “Fiber composition of the human corpus callosum.” Brain "
        "Research, 598(1-2), 143-153.",
    ],
)
def test_claims_reject_a_labs_current_work_questions_and_a_page_range(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == []


def test_claims_keep_a_sentence_about_rodents_after_talk_of_the_domain(claim_nlp) -> None:  # noqa: ANN001
    text = "Much of the data comes from rodents, and she would not extrapolate it to humans without care."
    assert _claims(claim_nlp, text) == [text]


def test_claims_keep_a_view_reported_as_in_her_view_after_talk_of_the_domain(claim_nlp) -> None:  # noqa: ANN001
    view = "In her view it is mostly important, and also mostly cheap."
    assert _claims(claim_nlp, f"Neuromodulators act over seconds in cortex. {view}")[-1] == view


def test_claims_keep_an_amount_said_with_a_generic_youve_got(claim_nlp) -> None:  # noqa: ANN001
    text = "Then you've got ten to the twelve synaptic events per second, more or less."
    assert _claims(claim_nlp, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "So the language network is a set of regions, mostly in the left hemisphere, that answer to words.",
        "There are people with global aphasia who cannot understand a sentence and can still do arithmetic.",
        "And what that tells you, I think, is that a lot of what we capture with f MRI is pretty coarse.",
    ],
)
def test_claims_keep_sentences_about_regions_lesions_and_imaging(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == [text]


LEAD = "Dendrites add roughly a factor of two to the compute of each cortical neuron."


@pytest.mark.parametrize("admission", ["I mean, I really don't know.", "And I genuinely don't know."])
def test_claims_reject_a_bare_admission_after_a_claim(claim_nlp, admission: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, f"{LEAD} {admission}") == [LEAD]


def test_claims_reject_the_shows_break(claim_nlp) -> None:  # noqa: ANN001
    text = "We're going to take a quick break here, and we'll come back and talk about energy and data."
    assert _claims(claim_nlp, text) == []


@pytest.mark.parametrize(
    "judgement",
    [
        "She finds Kar et al. (2019), on late-solved images in IT, fairly convincing on this point.",
        "Prof. Halvorsen agreed strongly with this.",
    ],
)
def test_claims_keep_a_judgement_of_a_paper_or_of_the_point_just_made(claim_nlp, judgement: str) -> None:  # noqa: ANN001
    lead = "Recurrent processing in the ventral stream matters for hard images."
    assert _claims(claim_nlp, f"{lead} {judgement}")[-1] == judgement


def test_claims_keep_a_view_after_a_citation_in_prose_but_not_a_references_title(claim_nlp) -> None:  # noqa: ANN001
    view = "Prof. Halvorsen thinks he may be partly right, but mouse results may not transfer to primates."
    prose = f"He points to mouse work such as Stringer et al. (2019). {view}"
    assert _claims(claim_nlp, prose)[-1] == view
    reference = "Stringer, C., Pachitariu, M. (2019). Spontaneous behaviors drive multidimensional activity."
    assert _claims(claim_nlp, reference) == []


@pytest.mark.parametrize(
    "text",
    [
        "RGCs adjust their gain and temporal filtering to the local contrast of the stimulus.",
        "Cone density peaks sharply at the fovea; the central fovea has no rods at all.",
    ],
)
def test_claims_keep_sentences_about_the_retina_and_visual_areas(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, text) == [text]


def test_claims_reject_where_the_interviewee_trained(claim_nlp) -> None:  # noqa: ANN001
    text = "Prof. Halvorsen trained in primate retinal electrophysiology and now runs a lab in Oslo."
    assert _claims(claim_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the writer's standing, not a view
        "Developmental neurobiologist here, so this is the part of the post about neurons I can judge.",
        "I come at this from the ML side and my biology of neurons is mostly self-taught.",
        # the comment announced or signed off
        "Fair warning that this is going to be long and only partly about brain compute.",
        "Corrections are very welcome, especially from anyone who has actually patched a neuron.",
        "The lab website is okaforlab.org, and I'm on Bluesky, mostly posting pictures of dendrites.",
        # what comes next announced, not said
        "Here is why the neuron count is misleading.",
        "One more rough number since nobody has done it yet: storage for a mouse brain.",
        # a joke or a story told to students, the interviewee's career, the project described
        "She joked that you could simulate all the dopamine neurons in the brain on a pocket calculator.",
        "Dr. Ames tells students this story to show that the brain's state representation is learned.",
        'She describes her career as "a slow migration from equations to neurons and synapses."',
        "Mr. Carlsmith explained that the broader project sorts neural signaling into four categories.",
        # the next steps and a lead into what follows
        "She suggested Mr. Carlsmith also talk to someone working on cerebellar learning in the brain.",
        "She said that she would be happy to look at a draft of the report on neurons and synapses.",
        "Dr. Ames said she was happy to review the chapter on synapses and neurons.",
        "Asked to extrapolate to the whole brain, Dr. Ames was reluctant, but offered the following.",
        # a lab's history, a speaker's limits, a page's licence
        "For roughly the past eight years her lab has studied how neurons and astrocytes share energy.",
        "She stressed that she is not a computational neuroscientist; her views on the brain are informal.",
        "Except where noted, content on this site about the brain is licensed under Creative Commons.",
    ],
)
def test_claims_reject_what_is_said_about_the_speaker_and_the_talk(claim_nlp, text: str) -> None:  # noqa: ANN001
    """A writer's standing, stories, jokes, next steps and announcements are about the talk, not claims."""
    assert _claims(claim_nlp, f"{LEAD} {text}") == [LEAD]


def test_claims_keep_the_point_an_announcement_goes_on_to_make(claim_nlp) -> None:  # noqa: ANN001
    text = "One more thing: the lower the true mean firing rate, the worse the synapse count looks."
    assert _claims(claim_nlp, text) == [text]


@pytest.mark.parametrize(
    "question",
    [
        "Is there a plasticity rule for synapses that you're most excited about.",
        "So why is a graphics card a good match for simulating spiking neurons.",
        "How much detail do you actually put in your neurons.",
    ],
)
def test_claims_reject_a_question_that_lost_its_question_mark(claim_nlp, question: str) -> None:  # noqa: ANN001
    assert _claims(claim_nlp, f"{LEAD} {question}") == [LEAD]
