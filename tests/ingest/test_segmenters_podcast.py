"""Unlabelled podcast transcripts: host introduction and questions vs guest answers."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from ingest.readers import read_source
from ingest.segmenters.podcast import segment_podcast
from ingest.sidecar import load_meta
from ontology.models import Participant, Role, Source, SourceMeta

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


def test_podcast_without_line_prefixes_has_the_same_turns(tmp_path: Path) -> None:
    """A speech-to-text export without ``*  `` line prefixes: the talk starts after the header
    (it used to be read as header to the end, so the file gave no claims)."""
    plain = tmp_path / "podcast-sample.txt"
    plain.write_text(re.sub(r"(?m)^\*  ", "", SAMPLE.read_text(encoding="utf-8")), encoding="utf-8")
    (tmp_path / "podcast-sample.meta.yaml").write_text(
        SAMPLE.with_name("podcast-sample.meta.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    source = read_source(plain, load_meta(plain))
    original = read_source(SAMPLE, load_meta(SAMPLE))

    def turns(src: Source) -> list[tuple[str | None, bool, str]]:
        return [
            (s.speaker, s.boilerplate, " ".join(src.text[s.start : s.end].replace("*  ", " ").split()))
            for s in src.segments
        ]

    assert turns(source) == turns(original)
    assert any(s.speaker == "Jane Roe" and not s.boilerplate for s in source.segments)


STAMPS = {
    "bracketed": lambda i: f"[00:{i // 15:02d}:{i * 4 % 60:02d}] ",
    "parenthesised": lambda i: f"({i // 15:02d}:{i * 4 % 60:02d}) ",
    "bare": lambda i: f"{i // 15}:{i * 4 % 60:02d} ",
}


@pytest.mark.parametrize("style", sorted(STAMPS))
def test_podcast_with_timestamped_lines_has_the_same_turns(tmp_path: Path, style: str) -> None:
    """Speech-to-text lines that open with a timestamp instead of ``*  ``: before, a "[00:00:04]"
    line was read as a Markdown link of the header, to the end of the file, and gave no claims."""
    counter = iter(range(10_000))
    stamped = re.sub(r"(?m)^\*  ", lambda _: STAMPS[style](next(counter)), SAMPLE.read_text(encoding="utf-8"))
    path = tmp_path / "podcast-sample.txt"
    path.write_text(stamped, encoding="utf-8")
    (tmp_path / "podcast-sample.meta.yaml").write_text(
        SAMPLE.with_name("podcast-sample.meta.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    prefix = re.compile(r"(?m)^(?:\*  |\[?\(?\d+:\d\d(?::\d\d)?[\])]? )")

    def turns(src: Source) -> list[tuple[str | None, bool, str]]:
        return [
            (s.speaker, s.boilerplate, " ".join(prefix.sub(" ", src.text[s.start : s.end]).split()))
            for s in src.segments
        ]

    assert turns(read_source(path, load_meta(path))) == turns(read_source(SAMPLE, load_meta(SAMPLE)))


@pytest.mark.parametrize("known", [(), ("Jane Roe",), ("Sam Host",)])
def test_podcast_turns_are_inferred_when_the_sidecar_names_only_one_side(known: tuple[str, ...]) -> None:
    """Before, a podcast without both a host and a guest was read as one speaker's paragraphs: the
    host's introduction and questions became the guest's claims."""
    full = load_meta(SAMPLE)
    meta = full.model_copy(update={"participants": tuple(p for p in full.participants if p.name in known)})
    text = SAMPLE.read_text(encoding="utf-8")

    partial = segment_podcast(text, meta)

    def role_at(offset: int) -> Role | None:
        return next(s.role for s in partial if s.start <= offset < s.end)

    # the same turns, by role (the framing of an unnamed host's show may differ in boilerplate)
    assert [(role_at(s.start), s.start) for s in segment_podcast(text, full)] == [
        (s.role, s.start) for s in segment_podcast(text, full)
    ]
    named = {s.speaker for s in segment_podcast(text, meta) if s.speaker}
    assert named == set(known)


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
        found = re.search(r"\s+(?:\*\s+)?".join(map(re.escape, part.split())), text)
        assert found, part
        where = found.start()
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


def test_podcast_host_who_talks_about_his_show_or_segues_takes_the_turn() -> None:
    at = turns_of(
        [
            "So what got you into dendrites?",
            "Well, dendrites compute a lot and I wanted to see how. Learning is slow, so it adds little.",
            "That's a great point, and let me take that into energy. I've said this on the show before, "
            "the brain runs on about twenty watts. So how much of that is the cortex?",
            "About half, roughly, and most of it goes to synaptic transmission.",
        ]
    )
    assert at("let me take that into energy")[0] == "Sam Host"
    assert at("About half, roughly")[0] == "Jane Roe"


def test_podcast_host_who_has_to_ask_about_a_topic_takes_the_turn() -> None:
    at = turns_of(
        [
            "So what got you into dendrites?",
            "Well, dendrites compute a lot and I wanted to see how. Learning is slow, so it adds little.",
            "Yeah. And then glia. I have to ask about glia because I have a soft spot for them.",
            "Yeah, everyone who asks me about glia has a soft spot. Astrocytes are slow signallers.",
        ]
    )
    assert at("I have to ask about glia")[0] == "Sam Host"
    assert at("Learning is slow")[0] == "Jane Roe"


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


def flowing(text: str) -> list[str]:
    """A passage wrapped into lines of even length, as speech-to-text writes a run of talk: no line
    is short, so no new speech-to-text segment marks where a turn changes."""
    return textwrap.wrap(text, 70)


def test_podcast_indirect_question_hands_the_turn_over() -> None:
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it "
            "in the cortex of the mouse. Yeah, I mean, I keep coming back to this in my own work. So the "
            "branches might be one of twenty ways to compute. I don't know how you feel about that. "
            "Honestly, I think the branches matter most for how much compute the brain needs."
        )
    )
    assert at("I keep coming back")[0] == "Sam Host"  # the back-channel opens the host's turn
    assert at("one of twenty ways")[0] == "Sam Host"
    assert at("I don't know how you feel")[0] == "Sam Host"
    assert at("the branches matter most")[0] == "Jane Roe"


@pytest.mark.parametrize("request_", ["So, like, walk me through it.", "Talk us through how that works."])
def test_podcast_request_to_walk_through_hands_the_turn_over(request_: str) -> None:
    """A request is a question put to the guest, even when the question after it has no "you"."""
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            f"Let's build up the system a little. {request_} What happens when a fly smells a banana? "
            "Right. So it starts in the antenna, where the receptor neurons sit."
        )
    )
    assert at("What happens when a fly smells")[0] == "Sam Host"
    assert at("it starts in the antenna")[0] == "Jane Roe"


def test_podcast_what_do_you_think_before_a_question_is_put_to_the_guest() -> None:
    """ "What do you think, is that sane?" asks the guest; it is no question reported from elsewhere."""
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            "And the fudge factor is where all the fights are. So what do you think, is that a sane way to "
            "go about it? I think it's sane as a sanity check, not as an estimate of the brain."
        )
    )
    assert at("So what do you think")[0] == "Sam Host"
    assert at("sane as a sanity check")[0] == "Jane Roe"


@pytest.mark.parametrize(
    "check",
    [
        "And please correct me, the spines store calcium.",
        "Correct me if I'm wrong, but spines store calcium.",
    ],
)
def test_podcast_check_of_a_paraphrase_is_the_hosts(check: str) -> None:
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it "
            f"in the cortex of the mouse. {check} Calcium in spines shapes plasticity a great deal."
        )
    )
    assert at(check)[0] == "Sam Host"
    assert at("Calcium in spines shapes")[0] == "Jane Roe"


def test_podcast_closing_ends_the_guests_turn() -> None:
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            "Okay, the branches are like little networks of units. So yeah. Part of what you do is build "
            "harder tasks for the models to solve. And the tasks tell you when dendrites help. So do you "
            "think the harder tasks need dendrites? Probably they do, in most of the cases we tried."
        )
    )
    assert at("So yeah.")[0] == "Jane Roe"
    assert at("Part of what you do")[0] == "Sam Host"
    assert at("Probably they do")[0] == "Jane Roe"


def test_podcast_so_yeah_but_goes_on_with_the_answer() -> None:
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            "So you have shunting inhibition on the branches, right? And where it falls matters a lot. "
            "Those things might all be important for what a neuron computes. And for what it learns. "
            "So yeah, but I do think that spines are one of those things. What is holding you back right "
            "now? Mostly the lack of data."
        )
    )
    assert at("So you have shunting")[0] == "Jane Roe"  # a "So" opener long before the question
    assert at("spines are one of those")[0] == "Jane Roe"
    assert at("What is holding you back")[0] == "Sam Host"
    assert at("Mostly the lack")[0] == "Jane Roe"


def test_podcast_follow_up_question_stays_with_the_host() -> None:
    at = turns_of(
        flowing(
            "So were you always interested in dendrites? What was the background there? Why dendrites "
            "in particular? Yes, I came to dendrites from physics and they just looked puzzling to me."
        )
    )
    assert at("What was the background")[0] == "Sam Host"
    assert at("Why dendrites")[0] == "Sam Host"
    assert at("I came to dendrites")[0] == "Jane Roe"


def test_podcast_bare_back_channel_before_the_hosts_question_keeps_the_host() -> None:
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            "Let's talk about sparsity. Sparsity is on my mind a lot these days. Thanks for that. Yeah. "
            "I record from cells in the mouse striatum. And these cells fire very rarely. Why do you think "
            "sparsity matters? Yeah, sparse codes force a network to throw information away."
        )
    )
    assert at("I record from cells")[0] == "Sam Host"
    assert at("these cells fire very rarely")[0] == "Sam Host"
    assert at("sparse codes force")[0] == "Jane Roe"


def test_podcast_good_time_to_ask_opens_the_hosts_turn() -> None:
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it "
            "in the cortex of mice and of rats and of people. This would be a good time to ask you about "
            "naturalistic experiments. My own data are from a mouse just walking around in a box. So what "
            "is your take on that? Yeah, I think we have to do it, messy as it is."
        )
    )
    assert at("good time to ask you")[0] == "Sam Host"
    assert at("My own data are")[0] == "Sam Host"
    assert at("we have to do it")[0] == "Jane Roe"


def test_podcast_question_reported_from_elsewhere_stays_with_the_guest() -> None:
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            "We spent most of the project on a measure of specialisation. I asked on Twitter, how do you "
            "define whether a branch is specialised? And that started a huge discussion with no answer."
        )
    )
    assert at("We spent most of the project")[0] == "Jane Roe"
    assert at("I asked on Twitter")[0] == "Jane Roe"
    assert at("started a huge discussion")[0] == "Jane Roe"


@pytest.mark.parametrize("announce", ["And here's my question.", "Let me ask the converse of that."])
def test_podcast_announced_question_without_you_is_the_hosts(announce: str) -> None:
    at = turns_of(
        [
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do",
            f"it in the cortex of mice and rats and cats. {announce} Does it change how we value the",
            "cortex?",  # a short line: the recogniser starts a new segment after it
            "I mean, in a way we can already answer that from the cortex of the mouse and of the rat.",
        ]
    )
    assert at(announce)[0] == "Sam Host"
    assert at("Does it change how we value")[0] == "Sam Host"
    assert at("we can already answer that")[0] == "Jane Roe"


def test_podcast_stance_answers_an_announced_question() -> None:
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            "So my question is whether all of our problems need dendrites, but maybe that's not true. "
            "Maybe most of what we do is simple. I mean, I think the world we sense is complicated from "
            "the start, and point neurons are bad at separating a voice from the noise."
        )
    )
    assert at("Maybe most of what we do")[0] == "Sam Host"
    assert at("the world we sense is complicated")[0] == "Jane Roe"
    assert at("point neurons are bad")[0] == "Jane Roe"


def test_podcast_question_weighed_as_a_condition_stays_with_the_guest() -> None:
    """ "If the question is ..." is the guest weighing a condition, not the host announcing one."""
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            "But if the question is, what does one branch compute, then the simple model misses a lot. "
            "And mainly it misses the spines. Right, and the spines hold calcium for a long time."
        )
    )
    assert at("if the question is") == ("Jane Roe", False)
    assert at("mainly it misses the spines")[0] == "Jane Roe"


@pytest.mark.parametrize("topic", ["I want to get to memory", "Let's get to memory"])
def test_podcast_announced_topic_ends_on_a_question_without_you(topic: str) -> None:
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            f"Okay. {topic}, because it is often left out of the count. The synapses store "
            "the weights right where they are used. Does that change the cost? It could. Memory next to "
            "the processor saves a great deal of energy."
        )
    )
    assert at(topic)[0] == "Sam Host"
    assert at("The synapses store the weights")[0] == "Sam Host"
    assert at("Does that change the cost?")[0] == "Sam Host"
    assert at("It could.")[0] == "Jane Roe"
    assert at("Memory next to the processor")[0] == "Jane Roe"


@pytest.mark.parametrize(
    "paraphrase",
    ["So let me try to paraphrase where we are.", "And tell me if I've got this wrong."],
)
def test_podcast_hosts_paraphrase_is_checked_with_a_question_without_you(paraphrase: str) -> None:
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            f"{paraphrase} The branches add one layer of units. And the spines add another layer. Is "
            "that fair? Mostly fair. The spines matter less than the branches do."
        )
    )
    assert at(paraphrase)[0] == "Sam Host"
    assert at("The branches add one layer")[0] == "Sam Host"
    assert at("Mostly fair.")[0] == "Jane Roe"
    assert at("The spines matter less")[0] == "Jane Roe"


def test_podcast_host_speaking_for_the_listeners_opens_the_hosts_turn() -> None:
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            "So I want to start with something simple, because a lot of listeners picture a neuron as a "
            "summing unit. The neuron adds up its inputs, right? And it fires past a threshold. So what is "
            "wrong with that picture? Yeah, so it misses the branches, as your listeners may know."
        )
    )
    assert at("a lot of listeners")[0] == "Sam Host"
    assert at("The neuron adds up its inputs")[0] == "Sam Host"
    assert at("it fires past a threshold")[0] == "Sam Host"
    assert at("it misses the branches")[0] == "Jane Roe"


def test_podcast_echo_confirming_the_hosts_check_is_the_guests() -> None:
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            "Let's talk about the count. The usual way multiplies neurons by synapses. Number of neurons "
            "first. Eighty six billion, right? Eighty six billion, yes. Most of them are granule cells in "
            "the cerebellum."
        )
    )
    assert at("The usual way multiplies")[0] == "Sam Host"
    assert at("Eighty six billion, right?")[0] == "Sam Host"
    assert at("Eighty six billion, yes.")[0] == "Jane Roe"
    assert at("Most of them are granule cells")[0] == "Jane Roe"


def test_podcast_question_inside_the_paraphrase_itself_does_not_hand_over() -> None:
    """The question that checks a paraphrase comes after it: one within it is part of the story."""
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            "Let me try to summarize the paper, so how deep does the network need to be? And the answer "
            "was five to eight layers. Is that right? Yes, that is roughly right for the cortex."
        )
    )
    assert at("And the answer was five")[0] == "Sam Host"
    assert at("that is roughly right")[0] == "Jane Roe"


def test_podcast_announced_question_may_run_past_its_first_question_mark() -> None:
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            "And here's my question. Does it lower the value of people doing that? Does it lower the value "
            "of poets, let's say, right? Not as people, but in terms of how we revere certain talents. "
            "Well, I think chess already answers that, and people still play chess."
        )
    )
    assert at("Does it lower the value of people")[0] == "Sam Host"
    assert at("Not as people")[0] == "Sam Host"
    assert at("chess already answers that")[0] == "Jane Roe"


def test_podcast_guest_thanking_the_host_by_name_takes_the_turn() -> None:
    at = turns_of(
        flowing(
            "Welcome to Neural Talk. My guest today is Jane Roe. Jane, welcome to the show. Thanks, Sam. "
            "I've listened for years, so this is a bit strange. Well, we're glad you're here. So I want to "
            "start with dendrites, because for most people a neuron is a point. Is that fair? It's a "
            "little too strong. The point neuron is a fine approximation for many questions."
        )
    )
    assert at("Thanks, Sam.")[0] == "Jane Roe"
    assert at("I've listened for years")[0] == "Jane Roe"
    assert at("start with dendrites")[0] == "Sam Host"
    assert at("The point neuron is a fine")[0] == "Jane Roe"


def test_podcast_guest_weighing_the_hosts_own_view_hands_it_back_to_him() -> None:
    at = turns_of(
        [
            "So what got you into dendrites?",
            "Dendrites compute a lot and I wanted to see how they do it in the cortex of the mouse.",
            "Learning is its own line item, and my guess is it doubles the cost per event, not more.",
            "Most of the hidden state in a synapse changes slowly, so it is cheap to update.",
            "That's why I'd keep the factor small.",
            "I'll be honest, I think people underrate learning. I think the brain does far more",
            "plasticity than anyone measures. But I'm a podcaster, so.",
            "You might be right. I'd say that's my least confident number of the whole estimate.",
        ]
    )
    assert at("it doubles the cost per event")[0] == "Jane Roe"
    assert at("I think people underrate learning")[0] == "Sam Host"
    assert at("the brain does far more")[0] == "Sam Host"
    assert at("You might be right")[0] == "Jane Roe"
    assert at("my least confident number")[0] == "Jane Roe"


def test_podcast_host_wanting_to_ask_takes_the_turn_and_a_judged_question_stays_the_guests() -> None:
    at = turns_of(
        [
            "So what got you into dendrites?",
            "Dendrites compute a lot and I wanted to see how they do it in the cortex of the mouse.",
            "Okay, so I've been wanting to ask this one since I started planning the episode.",
            "So, the spike timing versus rate question. Part of why I lean to rates is that deep",
            "networks, which are rate models, work so well. So, where are you on this?",
            "The crab is a weird case. So the question is sort of meaningless there.",
            "What matters in the rhythm is when each neuron bursts relative to the others.",
        ]
    )
    assert at("I've been wanting to ask")[0] == "Sam Host"
    assert at("Part of why I lean to rates")[0] == "Sam Host"
    assert at("The crab is a weird case")[0] == "Jane Roe"
    assert at("What matters in the rhythm")[0] == "Jane Roe"


def test_podcast_host_laying_out_his_view_and_going_on_after_his_own_question_keeps_the_turn() -> None:
    at = turns_of(
        [
            "So what got you into dendrites?",
            "Dendrites compute a lot and I wanted to see how they do it in the cortex of the mouse.",
            "That's okay. So let me just lay out where I've always been on this, and then you correct me.",
            "A kid hears maybe a billion words by ten, and a model is trained on, what, "
            "a quadrillion tokens?",
            "And so it's like six orders of magnitude difference. Is that right?",
            "So, both of those numbers are off, I think, but they're off in directions that cancel.",
            "Dendrites matter, the gain changes, the neuron is a deep network. So, tell me why I'm wrong.",
            "Okay. I don't think you're wrong, exactly, but I'm less sure than you.",
        ]
    )
    assert at("let me just lay out where I've always been")[0] == "Sam Host"
    assert at("six orders of magnitude difference")[0] == "Sam Host"
    assert at("both of those numbers are off")[0] == "Jane Roe"
    assert at("tell me why I'm wrong")[0] == "Sam Host"
    assert at("I don't think you're wrong")[0] == "Jane Roe"


def test_podcast_guest_calling_the_hosts_view_a_reasonable_intuition_hands_it_back() -> None:
    at = turns_of(
        [
            "So what got you into dendrites?",
            "Dendrites compute a lot and I wanted to see how they do it in the cortex of the mouse.",
            "Each branch acts as a small unit, and the branches add up nonlinearly at the soma.",
            "The modulators change which branches respond, so the same cell can do different things.",
            "That is a little scary if you think about drugs. Oh yeah. It makes me think of",
            "psychiatric drugs, honestly. I've always felt every brain is its own point in that space.",
            "I think that's a reasonable intuition. I'd be careful drawing a line to psychiatry.",
        ]
    )
    assert at("the branches add up nonlinearly")[0] == "Jane Roe"
    assert at("psychiatric drugs, honestly")[0] == "Sam Host"
    assert at("I think that's a reasonable intuition")[0] == "Jane Roe"


def test_podcast_guest_placing_herself_against_the_hosts_number_answers_it() -> None:
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            "Okay, let's get to the number. My number is ten to the sixteen flops per second, from ten to "
            "the fifteen synapses at one hertz and ten flops per event. So I'd land a bit below you, but "
            "within my error bars. Ten to the fourteen synapses at half a hertz gives less."
        )
    )
    assert at("My number is ten to the sixteen")[0] == "Sam Host"
    assert at("So I'd land a bit below you")[0] == "Jane Roe"
    assert at("Ten to the fourteen synapses at half")[0] == "Jane Roe"


def test_podcast_host_owning_his_bias_after_his_question_keeps_the_turn() -> None:
    at = turns_of(
        [
            "So where do you think that picture comes from, and how wrong is it?",
            "And I'll just say my own bias going in is that the axon is the boring part, sorry.",
            "No, that's fine, that's most people. The spike is regenerative, so it travels far.",
        ]
    )
    assert at("my own bias going in")[0] == "Sam Host"
    assert at("that's most people")[0] == "Jane Roe"


def test_podcast_an_echo_of_the_hosts_figure_hands_it_back_to_him() -> None:
    at = turns_of(
        [
            "So what does the cortex cost, do you think?",
            "Well, the cortex has about sixteen billion neurons and most synapses are excitatory.",
            "Okay. And then energy, which is the humbling number. The brain runs on about 20 watts.",
            "About 20 watts, yeah. And the cortex uses something like 40 percent of that energy.",
        ]
    )
    assert at("The brain runs on about 20 watts")[0] == "Sam Host"
    assert at("And then energy")[0] == "Sam Host"
    assert at("the cortex uses something like 40 percent")[0] == "Jane Roe"
    assert at("sixteen billion neurons")[0] == "Jane Roe"


def test_podcast_host_laying_out_numbers_for_the_guest_to_correct_keeps_the_turn() -> None:
    at = turns_of(
        [
            "So what got you into cortical columns?",
            "Well, I liked the anatomy, and the columns looked the same everywhere I recorded.",
            "Okay. So here's the part I promised listeners: some napkin math.",
            "So let me lay out the rough numbers and you tell me where I'm wrong.",
            "Eighty-six billion neurons, sixteen billion in cortex. Somewhere near 10 to the 14 synapses.",
            "So, is that crazy?",
            "No, I don't think it's crazy. I think the range is about right.",
        ]
    )
    assert at("Eighty-six billion neurons")[0] == "Sam Host"
    assert at("the range is about right")[0] == "Jane Roe"


def test_podcast_host_who_has_to_ask_takes_the_turn() -> None:
    at = turns_of(
        [
            "So what got you into the fly brain?",
            "Mushroom bodies compute a lot and I wanted to see how the fly learns odours with them.",
            "Before we get into sparseness, I have to ask, the Kenyon cells, why are they called that?",
            "Oh, it's a person. Frederick Kenyon described them in the bee in the 1890s.",
        ]
    )
    assert at("I have to ask")[0] == "Sam Host"
    assert at("Oh, it's a person")[0] == "Jane Roe"


def test_podcast_host_doing_a_calculation_on_air_owns_its_numbers() -> None:
    at = turns_of(
        [
            "So what got you into dendrites?",
            "Well, I liked the anatomy, and the human cells looked so different from the mouse ones.",
            "So it's the NMDA spikes that make the neuron deep. In that model, yes, it's the conductance.",
            "So let me try to do a calculation on air, and you tell me where I go wrong.",
            "If one neuron is a seven layer network with a thousand units, that's a million connections.",
            "So ten to the six times ten to the three is ten to the nine operations per second per neuron.",
            "Is that the right way to think about it?",
            "So there are a few places I'd push on that, but the arithmetic isn't crazy.",
        ]
    )
    assert at("let me try to do a calculation on air")[0] == "Sam Host"
    assert at("ten to the nine operations per second")[0] == "Sam Host"
    assert at("a few places I'd push on that")[0] == "Jane Roe"


def test_podcast_question_without_its_question_mark_still_hands_the_turn_over() -> None:
    """Speech-to-text often ends a question with a full stop; its word order still makes it one."""
    at = turns_of(
        flowing(
            "So what got you into dendrites? Dendrites compute a lot and I wanted to see how they do it. "
            "Yeah. Is there a plasticity rule that you're most excited about. I like the three factor "
            "rules, the ones with a dopamine signal, because they are cheap to run."
        )
    )
    assert at("Is there a plasticity rule")[0] == "Sam Host"
    assert at("I like the three factor rules")[0] == "Jane Roe"
