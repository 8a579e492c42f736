"""Forum threads without typing-habit differences: reply cues, continuations and secondary habits.

Every thread here is invented and typed with straight apostrophes throughout, so the curly/straight
habit cannot tell the writers apart.
"""

from __future__ import annotations

import pytest

from ingest.segmenters import segment_text
from ingest.segmenters.forum_habits import agrees, clashes, habits
from ontology.models import Role, SourceMeta

META = SourceMeta(title="Post", kind="forum_post", participants=())

POST = (
    "Gap junctions matter more than people think for timing in the inferior olive, and models skip them.\n\n"
    "A second paragraph of the post about electrical coupling between olivary neurons and oscillations.\n\n"
    "5 comments, sorted by Click to highlight new comments since: Today\n\n"
)


def roles(thread: str) -> dict[str, tuple[Role | None, int | None]]:
    text = POST + thread
    return {text[s.start : s.end]: (s.role, s.ordinal) for s in segment_text(text, META)}


def parties(thread: str) -> dict[str, tuple[Role | None, int | None, str | None]]:
    """Who wrote each paragraph: role, ordinal and name (a commenter another names has no ordinal)."""
    text = POST + thread
    return {text[s.start : s.end]: (s.role, s.ordinal, s.speaker) for s in segment_text(text, META)}


def test_comment_ending_on_a_bare_link_is_over() -> None:
    got = roles(
        "Worth keeping in mind that coupling changes with development, so adult slices may mislead.\n\n"
        "https://example.org/papers/olive-coupling-development\n\n"
        "I'm no electrophysiologist, but the oscillation story seems to need coupling to be strong.\n"
    )
    first = got["Worth keeping in mind that coupling changes with development, so adult slices may mislead."]
    second = got["I'm no electrophysiologist, but the oscillation story seems to need coupling to be strong."]
    assert first[0] == second[0] == Role.COMMENTER
    assert first[1] != second[1]


def test_paragraph_about_the_link_stays_in_the_comment() -> None:
    got = roles(
        "Worth keeping in mind that coupling changes with development, so adult slices may mislead.\n\n"
        "https://example.org/papers/olive-coupling-development\n\n"
        "This paper measured it in juvenile and adult animals and found a large drop with age.\n"
    )
    assert (
        got["This paper measured it in juvenile and adult animals and found a large drop with age."]
        == got["Worth keeping in mind that coupling changes with development, so adult slices may mislead."]
    )


def test_characterising_the_other_view_opens_a_reply() -> None:
    got = roles(
        "I doubt the olive needs gap junctions to oscillate; the channels alone can do it in isolation.\n\n"
        "I think I found where we differ, you believe the oscillation is cell-autonomous and I don't.\n"
    )
    assert (
        got["I think I found where we differ, you believe the oscillation is cell-autonomous and I don't."][0]
        == Role.POST_AUTHOR
    )


def test_conditional_you_inside_a_comment_does_not_open_a_reply() -> None:
    got = roles(
        "I doubt the olive needs gap junctions to oscillate; the channels alone can do it in isolation.\n\n"
        "If you believe the slice data, the coupling is weak in adults anyway, which supports my view.\n"
    )
    assert (
        got["If you believe the slice data, the coupling is weak in adults anyway, which supports my view."][
            0
        ]
        == Role.COMMENTER
    )


def test_resumption_after_a_rhetorical_question_keeps_the_comment() -> None:
    got = roles(
        "I doubt the olive needs gap junctions to oscillate; the channels alone can do it in isolation.\n\n"
        "Yes, but how would you explain the synchrony across cells then? Do you think it is chance?\n\n"
        "...Anyway, it's fine if you'd rather not go down this path. I just had to ask.\n"
    )
    question = got[
        "Yes, but how would you explain the synchrony across cells then? Do you think it is chance?"
    ]
    assert question[0] == Role.POST_AUTHOR
    assert got["...Anyway, it's fine if you'd rather not go down this path. I just had to ask."] == question


def test_closing_apology_signs_off_the_same_comment() -> None:
    got = roles(
        "I doubt the olive needs gap junctions to oscillate; the channels alone can do it in isolation.\n\n"
        "Sorry if this is a naive question.\n"
    )
    assert (
        got["Sorry if this is a naive question."]
        == got[
            "I doubt the olive needs gap junctions to oscillate; the channels alone can do it in isolation."
        ]
    )


def test_self_revision_after_an_interjection_is_no_reply() -> None:
    got = roles(
        "I doubt the olive needs gap junctions to oscillate; the channels alone can do it in isolation.\n\n"
        "Hmm, on second thought the isolated cells oscillate more slowly, so coupling may set the pace.\n"
    )
    assert (
        got["Hmm, on second thought the isolated cells oscillate more slowly, so coupling may set the pace."]
        == got[
            "I doubt the olive needs gap junctions to oscillate; the channels alone can do it in isolation."
        ]
    )


def test_first_of_all_opens_a_point_by_point_answer() -> None:
    got = roles(
        "I doubt the olive needs gap junctions to oscillate; the channels alone can do it in isolation.\n\n"
        "First of all, isolated cells are rare in vivo. Second, the channels vary a lot between cells.\n"
    )
    assert (
        got["First of all, isolated cells are rare in vivo. Second, the channels vary a lot between cells."][
            0
        ]
        == Role.POST_AUTHOR
    )


def test_secondary_habits_are_separate_dimensions() -> None:
    dashes = habits("The cell fires\u2014then rests\u2014then fires again\u2026 it's odd.")
    hyphens = habits("The cell fires -- then rests -- then fires again... it's odd.")
    assert dashes["dash"] == 1 and dashes["ellipsis"] == 1
    assert hyphens["dash"] == -1 and hyphens["ellipsis"] == -1
    assert clashes(dashes, {"dash": -3}) and not clashes(dashes, {"quotes": -5})
    assert agrees({"ellipsis": 1}, {"ellipsis": 2, "dash": -1}) and not agrees({"ellipsis": 1}, {})
    assert habits("i think so, and i'm sure of it")["i_case"] == 1
    assert habits("I think so, and I'm sure of it")["i_case"] == -1


def test_secondary_habit_returns_a_comment_to_its_writer() -> None:
    # commenter 1 and commenter 2 alternate; a third party's interjection breaks the alternation,
    # and commenter 1's em dashes and ellipses (which nobody else types) win the comment back
    got = roles(
        "Coupling is probably irrelevant\u2014the channels do the work\u2026 at least in slices.\n\n"
        '"Coupling is probably irrelevant"\n\n'
        "I'm not sure... the slice data are noisy -- and adults differ.\n\n"
        "Not my claim, but as I said in my post, coupling sets the pace of the rhythm.\n\n"
        '"as I said in my post, coupling sets the pace of the rhythm"\n\n'
        "Right\u2014and the pace changes with age\u2026 which fits the post, I'd say.\n"
    )
    first = got["Coupling is probably irrelevant\u2014the channels do the work\u2026 at least in slices."]
    assert got["I'm not sure... the slice data are noisy -- and adults differ."][1] != first[1]
    assert got["Not my claim, but as I said in my post, coupling sets the pace of the rhythm."][0] == (
        Role.POST_AUTHOR
    )
    assert got["Right\u2014and the pace changes with age\u2026 which fits the post, I'd say."] == first


def test_thread_with_single_line_breaks_between_paragraphs_is_split_the_same() -> None:
    """A copy that separates paragraphs by single line breaks (no blank lines) reads each line as
    a paragraph, so the comments and their writers come out as with blank lines."""
    thread = (
        "Thanks for the post! I doubt the olive needs gap junctions; the channels alone can oscillate.\n\n"
        "Good question. I think the coupling sets the phase, and the slice data show it clearly.\n\n"
        "Thanks, that helps. Still, adult coupling is weak in every recording I know of.\n"
    )
    blank = POST + thread
    single = blank.replace("\n\n", "\n")
    by_blank = [(s.role, s.ordinal) for s in segment_text(blank, META) if not s.boilerplate]
    by_single = [(s.role, s.ordinal) for s in segment_text(single, META) if not s.boilerplate]
    assert by_single == by_blank
    assert Role.COMMENTER in {role for role, _ in by_single}


SELF_CITED = "Adult coupling in the olive is much weaker than most models assume, for reasons here."
PUZZLED = "I'm a bit puzzled by this; how would weak coupling still give synchronous oscillations?"
TO_YOUR_POST = "Having read your post on olive rhythms, I am confused why you think coupling can be ignored."
QUOTED_BACK = "I think the rhythm survives without strong coupling because the channels carry it alone."
YOUR_POST_THREAD = (
    f"{SELF_CITED}\n\n"
    '"Adult coupling in the olive is much weaker than most models assume"\n\n'
    f"{PUZZLED}\n\n"
    "Good question! The channels alone oscillate, and a little coupling is enough to align phases.\n\n"
    "Thanks for the reply! That clears up the phase part, though the in vivo data are still thin.\n\n"
    "Thanks for the discussion. To be clear, my main argument in the post is that we should measure it.\n\n"
    f"{TO_YOUR_POST}\n\n"
    f'"{TO_YOUR_POST}"\n\n'
    f"{QUOTED_BACK}\n"
)


def test_quote_of_authors_words_about_your_post_goes_to_the_commenter_who_cites_own_writing() -> None:
    # the post author answers two commenters at once; the passage about "your post" was put to the one
    # who cited their own writing, so that commenter (not the alternation's other one) quotes it back
    meta = SourceMeta(
        title="Post", kind="forum_post", participants=({"name": "Ada Byrne", "role": Role.COMMENTER},)
    )
    text = POST + YOUR_POST_THREAD
    got = {text[s.start : s.end]: (s.speaker, s.role, s.ordinal) for s in segment_text(text, meta)}
    assert got[SELF_CITED] == got[QUOTED_BACK] == ("Ada Byrne", Role.COMMENTER, None)
    assert got[PUZZLED][:2] == (None, Role.COMMENTER)
    assert got[TO_YOUR_POST][1] == Role.POST_AUTHOR


def test_quote_of_your_post_without_a_self_citing_commenter_keeps_the_alternation() -> None:
    got = roles(YOUR_POST_THREAD.replace(", for reasons here.", ", as far as I can tell."))
    assert got[QUOTED_BACK] == got[PUZZLED]


def test_paragraph_echoing_the_quoted_passage_continues_the_reply() -> None:
    # a question to "you" would open a reply, but one that puts words of the passage being answered
    # in quotation marks is the replier still working through that passage
    quoted = "I would not model adult coupling, for philosophical reasons and because it adds little."
    answer = "Fair enough, but the slice data say coupling sets the phase of the rhythm."
    echo = 'The "philosophical reasons" are presumably that you think a coupled model would not be you?'
    got = roles(f'{quoted}\n\n"{quoted}"\n\n{answer}\n\n{echo}\n')
    assert got[answer] != got[quoted]
    assert got[echo] == got[answer]


DOUBT = "I doubt the olive needs gap junctions to oscillate; the channels alone can do it in isolation."


@pytest.mark.parametrize(
    "verdict",
    [
        "This is a fair hit, and I undersold the channel story. Coupling still sets the phase.",
        "This is a good analogy, and the strongest objection here. But the phase is what the olive reads.",
        "The slice data are closer, I'll grant that. But coupling still sets the phase in vivo.",
        "Happy to, but the resolution criteria are going to be the hard part of any bet on coupling.",
        "Please do, that would save me a lot of time with the olive recordings.",
        "This is the objection I was most worried about when I wrote this, so thank you for it.",
        "I accept the slice point, but I don't think the adult data are as weak as you suggest.",
        "I can mostly live with that framing. Coupling still matters for the phase, though.",
    ],
)
def test_verdict_on_the_point_opens_the_authors_reply(verdict: str) -> None:
    """A verdict on, a concession to or an answer to the offer in the comment above opens a reply."""
    got = roles(f"{DOUBT}\n\n{verdict}\n")
    assert got[verdict][0] == Role.POST_AUTHOR


@pytest.mark.parametrize(
    "reply",
    [
        "That's more or less what I'd want, yes. The trouble is you then need five times the data.",
        "I'd take the other side of that, at least partly: coupling is strong in adult olive too.",
        "+1 to this, the channels alone can do it and the coupling only sets the phase.",
        "Slight pushback on the channels: blocking them abolishes the rhythm in most slices.",
        "The temperature point is, I think, the more important half of what you said.",
        "On the first: fair, coupling is a floor. The channels still carry most of the rhythm.",
        "Not convincingly. Blocking the junctions leaves most of the rhythm in place.",
        "On your reply to me: the channels alone cannot explain the phase locking.",
        "I think Olga's point above is right, and it generalizes to the cerebellar nuclei.",
        "I'm less convinced by the section where you say the channels set the rhythm alone.",
        "I think you're pushing the energy point too far; the channels are cheap to model.",
    ],
)
def test_a_reply_to_a_commenter_that_neither_thanks_nor_concedes_is_another_commenters(reply: str) -> None:
    """The post's author takes up a comment by thanking, conceding or agreeing; a counterpoint, a vote
    or a verdict on someone else's point put to a commenter comes from another commenter."""
    got = roles(f"{DOUBT}\n\n{reply}\n")
    assert got[reply][0] == Role.COMMENTER
    assert got[reply][1] != got[DOUBT][1]


def test_bare_agree_opens_a_reply() -> None:
    agree = "Agree, and the same holds for the cerebellar nuclei, which oscillate without coupling too."
    got = roles(f"{DOUBT}\n\n{agree}\n")
    assert got[agree][0] == Role.POST_AUTHOR


def test_not_that_i_know_of_answers_the_question_above() -> None:
    asked = "Does anyone know whether adult coupling was ever measured in primates? I could not find it."
    answer = "Not that I know of, though rodent data exist for several ages and show a steady drop."
    got = roles(f"{asked}\n\n{answer}\n")
    assert got[answer] != got[asked]  # a question put to everyone: any reader may answer it


@pytest.mark.parametrize(
    "praise",
    [
        "Great post, thanks for writing this up. Adult coupling data are thinner than people think.",
        "Thanks, this is a great summary. I'd been meaning to read the olive papers for weeks.",
    ],
)
def test_praise_of_the_post_opens_a_top_level_comment(praise: str) -> None:
    got = roles(f"{DOUBT}\n\n{praise}\n")
    assert got[praise][0] == Role.COMMENTER
    assert got[praise][1] != got[DOUBT][1]


def test_digression_opens_a_comment_that_another_commenter_answers() -> None:
    aside = "Off-topic, but does anyone have a good review of olive anatomy for newcomers to the field?"
    answer = "Thanks for asking, the classic review by De Zeeuw and colleagues is still the best start."
    got = roles(f"{DOUBT}\n\n{aside}\n\n{answer}\n")
    assert got[aside][0] == Role.COMMENTER and got[aside][1] != got[DOUBT][1]
    # the post's author is not the one a digression is put to
    assert got[answer][0] == Role.COMMENTER and got[answer][1] not in (got[DOUBT][1], got[aside][1])


@pytest.mark.parametrize(
    "answer",
    [
        # a place in the post the writer filled
        "Yes, nobody has, and it is the experiment I asked for at the end of the post.",
        # writing the post up
        "Not much. I'd probably have written this up anyway, since the rodent data are so clear.",
        # announcing an edit of the post
        "Not yet. I'm going to edit the conclusion of the post to say the data are from rodents.",
        "Not yet, but I'll add a note to the post that the primate data are missing.",
    ],
)
def test_the_writers_own_post_marks_the_post_author(answer: str) -> None:
    aside = "Off-topic, but has anyone measured adult coupling in primates? I could not find a study."
    got = roles(f"{aside}\n\n{answer}\n")
    assert got[answer][0] == Role.POST_AUTHOR


@pytest.mark.parametrize(
    "other",
    [
        # calling the post's words the reader's (your "<words of the post>")
        'I looked at this last year, and I think your "models skip them" line is the main event.',
        # reporting what the post says as another's writing
        "On temperature: I'm not sure this undercuts the slice data as much as the post says.",
    ],
)
def test_speaking_of_the_posts_words_as_anothers_ends_the_authors_reply(other: str) -> None:
    reply = "Good point, and I undersold the channel story. Coupling still sets the phase in my model."
    got = roles(f"{DOUBT}\n\n{reply}\n\n{other}\n")
    assert got[reply][0] == Role.POST_AUTHOR
    assert got[other][0] == Role.COMMENTER


def test_mentioned_in_footer_is_boilerplate() -> None:
    text = POST + f"{DOUBT}\n\nMentioned in\nA later post on olive rhythms and their timing\n"
    flags = {text[s.start : s.end]: s.boilerplate for s in segment_text(text, META)}
    assert flags["Mentioned in\nA later post on olive rhythms and their timing"] is True


def test_digression_as_the_first_comment_is_answered_by_a_commenter() -> None:
    aside = "Tangential: does anyone have a good review of olive anatomy for newcomers to the field?"
    answer = "Yes, the classic review by De Zeeuw and colleagues is still the best place to start."
    got = roles(f"{aside}\n\n{answer}\n")
    assert got[answer][0] == Role.COMMENTER and got[answer][1] != got[aside][1]


@pytest.mark.parametrize(
    "opener",
    [
        "Speaking as someone who spent years patching olive neurons: the coupling is weak in adults.",
        "Minor nitpick: the second paragraph cites a slice study for an in vivo claim about coupling.",
        "One thing nobody has brought up yet: olive neurons fire at one or two hertz at most in vivo.",
        "I disagree with point 2 in the post, since the channels alone can set the olive's rhythm.",
        "Minor hardware corrections from someone who runs one of these rigs. The cameras are fast enough.",
        "Coming at this from ML: the fitted depth says as much about the architecture as about the olive.",
        "A separate gap: the post treats the olive as a fixed filter, and neuromodulation says it isn't one.",
        "Something that I think gets underweighted in this whole debate: noise in the coupling itself.",
        "I'll register a prediction as a skeptic. Adult coupling will turn out weak in primates too.",
        "Not sure anyone will read this far down, but: there is a primate dataset on olive coupling.",
        "I'll be the grumpy one here. This post shows nothing about what the olive computes.",
        "Small thing on the inputs to takeaway 1: a rate of 3 Hz is on the high side for the olive.",
        "On the energy comparison in takeaway 4: the gap is real, but it is mostly about the hardware.",
        "Possibly a dumb question: isn't the olive only a few hundred thousand neurons in humans?",
        "Hardware person here. Memory traffic, not arithmetic, sets the energy of these simulations.",
        "Strong upvote. The coupling data in the second section are the best summary I have seen.",
        "On the request at the end of the post: nobody has measured coupling in adult primates.",
        "On the question near the end of the post, whether coupling matters: in adults, barely.",
    ],
)
def test_a_paragraph_with_a_voice_of_its_own_opens_a_new_commenters_comment(opener: str) -> None:
    """Credentials, nitpicks, a point nobody raised and a numbered part of the post open a
    top-level comment, not a reply of the post's author to the comment above."""
    got = roles(f"{DOUBT}\n\n{opener}\n")
    assert got[opener][0] == Role.COMMENTER
    assert got[opener][1] != got[DOUBT][1]


def test_a_quote_introduced_by_a_colon_stays_in_the_comment_that_introduces_it() -> None:
    intro = "I disagree with the opening claim of the post:"
    quote = "Gap junctions matter more than people think for timing in the inferior olive"
    answer = "The channels alone can set the rhythm; blocking the junctions leaves the oscillation intact."
    text = POST + f"{DOUBT}\n\n{intro}\n\n{quote}\n\n{answer}\n"
    segments = {text[s.start : s.end]: s for s in segment_text(text, META)}
    assert segments[quote].boilerplate
    assert segments[intro].ordinal == segments[answer].ordinal != segments[DOUBT].ordinal


def test_fixed_thanks_is_the_post_authors_reply_to_a_correction() -> None:
    nitpick = "Minor nitpick: the second paragraph cites a slice study for an in vivo claim about coupling."
    fixed = "Fixed, thanks! The in vivo numbers are lower, and the post now says so."
    got = roles(f"{nitpick}\n\n{fixed}\n")
    assert got[fixed][0] == Role.POST_AUTHOR


def test_the_writers_choices_about_the_posts_scope_mark_the_post_author() -> None:
    question = "Why did you not discuss the cerebellar nuclei, which also oscillate in slices?"
    choice = "I deliberately left the nuclei out to keep things short; a later post will cover them."
    aside = "Off-topic, but has anyone measured adult coupling in primates? I could not find a study."
    got = roles(f"{aside}\n\n{question}\n\n{choice}\n")
    assert got[choice][0] == Role.POST_AUTHOR


@pytest.mark.parametrize(
    "opener",
    [
        "Strong upvoted. The olive data are thinner than people think, especially in adult animals.",
        "Nitpick on the numbers in the post: the slice temperatures were low, which slows the rhythm.",
        "Minor meta comment: it would help if posts like this one were tagged with neuroscience.",
        "Honest question from a non-neuroscientist: does any of this change anyone's estimates?",
        "One thing worth flagging is the firing rate of olive neurons in vivo, about one hertz.",
        "Quick note on the estimate, since I've spent too long on olive models: coupling is weak.",
        "+1, this is the clearest summary of the olive literature I have read anywhere.",
        "Minor: the slice temperatures in the second paragraph were low, which slows the rhythm.",
        "I want to offer a different route to the same conclusion, through the olive's energy use.",
        "I think the post undersells the cerebellar nuclei, which oscillate without any coupling.",
        "I'm going to push back a bit on the framing, because the channels set the rhythm alone.",
        "Here's an order-of-magnitude argument from the energy side of the olive's budget.",
        "Adding a couple of pieces the other answers haven't covered about olive coupling.",
        "I work in a lab that records from the olive, so here are some corrections.",
        "I'd go further than the post. The olive's rhythm needs no coupling at all in slices.",
        "Some practical context from someone who has spent too long inside olive simulators.",
        "I'm one of the report's authors, so here is what the appendix says about coupling.",
        "Your objection #2 gets this backwards, I think: the channels set the rhythm on their own.",
        # a trade named by any word, late arrivals, a counterpoint, a piece of the post weighed
        "Developmental neurobiologist here, so this is the part of the post I can comment on.",
        "Late to this, but the coupling point deserves a number of its own in the estimate.",
        "Counterpoint: my own olive somehow forgets why I walked into the room every morning.",
        "The energy argument in the post is worth pushing further, because it bounds the coupling.",
    ],
)
def test_more_paragraphs_with_a_voice_of_their_own_open_top_level_comments(opener: str) -> None:
    got = roles(f"{DOUBT}\n\n{opener}\n")
    assert got[opener][0] == Role.COMMENTER
    assert got[opener][1] != got[DOUBT][1]


@pytest.mark.parametrize(
    "reply",
    [
        "You're right, I took the adult figure and forgot the temperature correction in the slices.",
        "Good idea, though the channels alone cannot explain the phase locking across the cells.",
        "Plausibly. Rodent data exist for several ages and show a steady drop with age.",
        "I somewhat agree, though the channels alone cannot explain the phase locking across cells.",
        "Fair, and I think the temperature correction matters more than the coupling itself.",
        "Good catch, thank you. The adult figure is the one the post should have used.",
        "Agreed that the channels matter, and the post should have said so up front.",
        "That's a fair rephrasing, and it's what the post meant by the olive's timing.",
        "@olga Fair, and that's a distinction the post should have drawn more sharply.",
        "Agreed on both, and neither one changes the conclusion about the olive's rhythm.",
        "Accepted on the coupling figure, at least as a plausible value for adult slices.",
        "That's a fair correction, and the post should have used the adult coupling figure.",
        "This is fair, and it's the objection I was expecting most. Two responses, though.",
        "I half agree, Olga. The channels set the rhythm, but the coupling still sets the phase.",
        "Not naive at all, it's one of the least intuitive numbers in the whole olive literature.",
    ],
)
def test_more_reply_openers_answer_the_comment_above(reply: str) -> None:
    got = roles(f"{DOUBT}\n\n{reply}\n")
    assert got[reply][0] == Role.POST_AUTHOR


def test_a_question_put_to_everyone_is_answered_by_the_next_paragraph() -> None:
    asked = "Honest question: does anyone know if adult coupling was measured in primates?"
    answer = "I looked for this when writing and found only rodent data, across several ages."
    got = roles(f"{asked}\n\n{answer}\n")
    assert got[answer][0] == Role.POST_AUTHOR


def test_a_signature_line_names_the_comment_above_it() -> None:
    text = POST + f"{DOUBT}\n\n— Olga\n"
    named = {text[s.start : s.end]: (s.speaker, s.boilerplate) for s in segment_text(text, META)}
    assert named[DOUBT] == ("Olga", False)
    assert named["— Olga"] == ("Olga", True)


def test_also_with_a_comma_continues_the_comment() -> None:
    more = "Also, adult coupling drops with temperature, so slice data overstate it."
    got = roles(f"{DOUBT}\n\n{more}\n")
    assert got[more] == got[DOUBT]


def test_replying_to_several_commenters_at_once_is_a_reply() -> None:
    note = "Quick note on the estimate, since I've spent too long on olive models: coupling is weak."
    both = "Replying to both of you here since your points overlap: coupling still sets the phase."
    got = roles(f"{DOUBT}\n\n{note}\n\n{both}\n")
    assert got[both][0] == Role.POST_AUTHOR


def test_a_digression_opened_as_a_tangent_is_answered_by_another_commenter() -> None:
    aside = "Tangent, but it always strikes me how few labs still record from the olive in vivo."
    answer = "Agree, and the recording is the hard part, since the olive sits deep in the brainstem."
    got = roles(f"{DOUBT}\n\n{aside}\n\n{answer}\n")
    assert got[aside][0] == Role.COMMENTER and got[aside][1] != got[DOUBT][1]
    assert got[answer][0] == Role.COMMENTER and got[answer][1] not in (got[DOUBT][1], got[aside][1])


def test_thanks_by_name_then_a_quote_of_that_comment_is_one_reply() -> None:
    thanks = "Thanks, Olga, this is the kind of detail I was hoping somebody would bring."
    quote = "I doubt the olive needs gap junctions to oscillate"
    answer = "I agree for slices, but in vivo the coupling sets the phase of the whole population."
    text = POST + f"{DOUBT}\n\n{thanks}\n\n{quote}\n\n{answer}\n"
    segments = {text[s.start : s.end]: s for s in segment_text(text, META)}
    assert segments[quote].boilerplate
    assert segments[answer].role == segments[thanks].role == Role.POST_AUTHOR


def test_an_edit_of_the_post_reported_after_a_comment_is_the_authors_own_comment() -> None:
    nitpick = "Minor: the slice temperatures in the second paragraph were low, which slows the rhythm."
    edited = "Edited the post based on the thread. The slice data are now flagged as room temperature."
    got = roles(f"{DOUBT}\n\n{nitpick}\n\n{edited}\n")
    assert got[nitpick][0] == Role.COMMENTER
    assert got[edited][0] == Role.POST_AUTHOR


def test_an_uncertain_citations_question_mark_puts_no_question_to_the_reader() -> None:
    answer = (
        "Good question. Later work (Harris et al. 2012?) revised the cost, which would raise your ceiling."
    )
    more = "I'm also going to borrow the temperature point, which is cleaner than what I wrote."
    got = roles(f"{DOUBT}\n\n{answer}\n\n{more}\n")
    assert got[answer][0] == got[more][0] == Role.POST_AUTHOR


def test_a_comments_section_after_the_answers_opens_a_top_level_comment() -> None:
    """A question post prints its answers, then "Comments" and "Sorted by ...": the first comment
    after that chrome is a new commenter's, not the tail of the last answer."""
    answer = "I work in a lab that images the olive, and coupling there is weak in adults."
    reply = "Not convincingly. In a single imaging plane you only see a few coupled pairs."
    comment = "Weak coupling still sets the phase of the rhythm across the whole olive."
    answer_back = "That's a fair point, and it is what the post meant by timing."
    got = roles(
        f"{answer}\n\n{reply}\n\nMore posts like this\n\nComments\n\n"
        f"Sorted by Click to highlight new comments since: Today\n\n{comment}\n\n— Olga\n\n{answer_back}\n"
    )
    assert got[comment][0] == Role.COMMENTER and got[comment] != got[answer]
    # the signed top-level comment is answered by the post's author, not by the answer's writer
    assert got[answer_back][0] == Role.POST_AUTHOR


def test_a_quote_with_words_left_out_still_opens_a_reply_to_what_it_quotes() -> None:
    first = "I doubt the olive needs gap junctions to oscillate; the channels alone can do it in isolation."
    quote = "I doubt the olive needs gap junctions [...] the channels alone can do it"
    answer = "I don't think they can, because blocking the channels stops the rhythm in slices."
    text = POST + f"{first}\n\n{quote}\n\n{answer}\n"
    segments = {text[s.start : s.end]: s for s in segment_text(text, META)}
    assert segments[quote].boilerplate
    assert segments[answer].ordinal != segments[first].ordinal


def test_a_name_line_over_a_comments_first_line_names_the_comment() -> None:
    text = POST + (
        "Olga Petrova\nI doubt the olive needs gap junctions; the channels alone can do it in slices.\n\n"
        "ajmoreau\nNice post. I did the same exercise for a reading group and got the same answer.\n\n"
        "Agreed\nThe channels alone can do it, and the coupling only sets the phase in adults.\n"
    )
    named = {text[s.start : s.end]: s.speaker for s in segment_text(text, META) if not s.boilerplate}
    assert named["I doubt the olive needs gap junctions; the channels alone can do it in slices."] == (
        "Olga Petrova"
    )
    assert (
        named["Nice post. I did the same exercise for a reading group and got the same answer."] == "ajmoreau"
    )
    # a one-word reply on its own line is no name
    assert not any(speaker == "Agreed" for speaker in named.values())


def test_a_header_with_an_age_over_a_comments_first_line_names_the_comment() -> None:
    text = POST + (
        "Ines Carvalho · 2y\nNeuroanatomist here. "
        "The olive counts in the post are off by a factor of ten.\n\n"
        "You're completely right, and thank you. I read the table wrong and will fix the post.\n\n"
        "kmcallister · 2y\nThanks for writing this up, it is exactly what our reading group needed.\n"
    )
    segments = [s for s in segment_text(text, META) if not s.boilerplate]
    named = {text[s.start : s.end]: (s.speaker, s.role) for s in segments}
    assert named["Neuroanatomist here. The olive counts in the post are off by a factor of ten."][0] == (
        "Ines Carvalho"
    )
    assert named["You're completely right, and thank you. I read the table wrong and will fix the post."][
        1
    ] == (Role.POST_AUTHOR)
    assert (
        named["Thanks for writing this up, it is exactly what our reading group needed."][0] == "kmcallister"
    )


def test_excusing_a_digression_is_the_post_authors_reply() -> None:
    aside = "Tangent, but it always strikes me how few labs still record from the olive in vivo."
    answer = "Not off topic at all, thanks. I had not looked at how the recordings changed over time."
    got = roles(f"{DOUBT}\n\n{aside}\n\n{answer}\n")
    assert got[answer][0] == Role.POST_AUTHOR


def test_a_vote_count_under_a_comment_ends_it_and_month_ages_name_headers() -> None:
    text = POST + (
        "kestrel_h · 11mo\n\nI think the per-synapse section undersells how different the rates are.\n\n"
        "23\n\n"
        "Fair, and I should have said explicitly that the 10 Hz was a round number.\n\n"
        "ohm_ward · 3mo\n\nSlightly off topic, but the optic lobes hold most of the fly's neurons.\n"
    )
    segments = [s for s in segment_text(text, META) if not s.boilerplate]
    speakers = [(text[s.start : s.start + 12], s.speaker, s.role) for s in segments if s.start > len(POST)]
    assert speakers == [
        ("I think the ", "kestrel_h", Role.COMMENTER),
        ("Fair, and I ", None, Role.POST_AUTHOR),
        ("Slightly off", "ohm_ward", Role.COMMENTER),
    ]


def test_a_byline_over_the_date_and_reading_time_names_the_post_author() -> None:
    text = (
        "A question about flies\n\nby jbrandt\nNov 19 2024\n13 min read\n27\n\n"
        "The fly connectome has about 140,000 neurons and 50 million synapses, so simulating it is cheap.\n\n"
        "12 comments\n\n"
        "sethkw · 1y\n\nNothing about flies changes the human estimate by more than tenfold.\n\n"
        "jbrandt · 1y\n\nA summary of where I've landed: the fly's compute is tiny.\n"
    )
    segments = [s for s in segment_text(text, META) if not s.boilerplate]
    summary = next(s for s in segments if text[s.start :].startswith("A summary"))
    assert (summary.speaker, summary.role) == (None, Role.POST_AUTHOR)


def test_a_handle_over_a_vote_count_and_age_names_the_comment() -> None:
    text = POST + (
        "neuro_skeptic\n19 · 2y\n\nI think the post is careful, but energy is not FLOPs.\n\nReply\n\n"
        "bandwidth_bound\n7 · 2y\n\nFrom the hardware side, memory traffic dominates the energy.\n\nReply\n"
    )
    segments = [s for s in segment_text(text, META) if not s.boilerplate and s.start > len(POST)]
    assert [(text[s.start : s.start + 10], s.speaker) for s in segments] == [
        ("I think th", "neuro_skeptic"),
        ("From the h", "bandwidth_bound"),
    ]


def test_the_next_of_a_writers_numbered_points_continues_the_comment() -> None:
    text = POST + (
        "Priya Ramaswamy\n3y\n\nTwo points, one friendly to the post and one not.\n\n"
        "First, a binary-tree dendrite model did well on standard benchmarks.\n\n"
        "Second, and more importantly, I think the post is estimating the wrong thing.\n"
    )
    segments = [s for s in segment_text(text, META) if not s.boilerplate and s.start > len(POST)]
    assert {s.speaker for s in segments} == {"Priya Ramaswamy"}


@pytest.mark.parametrize(
    "opening",
    [
        "Author here. Fair, the olive chapter is the weakest part and I should have cited the slice work.",
        "As I said in the post, the coupling claim is about adults, and the slice data are from juveniles.",
    ],
)
def test_a_paragraph_opening_in_the_post_authors_voice_is_the_authors_comment(opening: str) -> None:
    more = "In vivo the coupling is weaker, which is why the rhythm matters more than the junctions."
    got = roles(f"{DOUBT}\n\n{more}\n\n{opening}\n")
    assert got[DOUBT][0] == got[more][0] == Role.COMMENTER
    assert got[opening][0] == Role.POST_AUTHOR


def test_a_plan_to_edit_the_post_stays_in_the_reply_it_closes() -> None:
    """ "I'll edit the post tonight." closes the author's reply; it opens no comment of its own."""
    thanks = "Thanks, you're right, and the olive chapter needs a new table with the juvenile data marked."
    plan = "I'll edit the post tonight and credit you in a footnote."
    got = roles(f"{DOUBT}\n\n{thanks}\n\n{plan}\n")
    assert got[thanks] == got[plan]
    assert got[plan][0] == Role.POST_AUTHOR


@pytest.mark.parametrize(
    "reply",
    [
        "Small nitpick that goes against you: the slices in that study were kept at room temperature.",
        "I think Olga is right that the channels alone can do it, at least in slices at room temperature.",
        "That cuts both ways, though: weak coupling in adults also means the models need less of it.",
        "I think olive_fan is wrong that the channels suffice, since blocking connexins kills the rhythm.",
        "As olive_fan said, the slice temperature alone could explain the slow rhythm in that study.",
        "I'd push back a bit on the slice point: the in vivo recordings show the same slow rhythm.",
    ],
)
def test_a_nitpick_a_verdict_on_a_named_commenter_or_both_ways_opens_a_reply(reply: str) -> None:
    more = "In vivo the coupling is weaker, which is why the rhythm matters more than the junctions."
    got = parties(f"{DOUBT}\n\n{more}\n\n{reply}\n")
    assert got[reply] != got[more]


def test_a_verdict_on_the_point_itself_continues_the_comment() -> None:
    """ "I think this is right" judges the writer's own point; only a named someone opens a reply."""
    more = "I think this is right for slices, and in vivo the coupling is weaker still."
    got = roles(f"{DOUBT}\n\n{more}\n")
    assert got[more] == got[DOUBT]


def test_a_commenter_pointing_to_writing_of_their_own_is_not_the_post_author() -> None:
    """ "I wrote this up at more length here: <link>" cites the commenter's own post, not this one."""
    analogy = (
        "I'll argue the other side using an analogy from my day job: a DRAM cell's waveform is rich but "
        "its function is one bit. I wrote this up at more length here: https://example.org/posts/waveform"
    )
    got = roles(f"{DOUBT}\n\n{analogy}\n")
    assert got[analogy][0] == Role.COMMENTER


@pytest.mark.parametrize(
    "verdict",
    [
        "I agree with Marguerite that the coupling is weak, but the phase story still needs it.",
        "I think Tobias is right that the channels alone can do it, at least in slices.",
        "I think tobias_k is right that the channels alone can do it, at least in slices.",
        "I'm mostly with marguerite here: the coupling is weak, but the phase story still needs it.",
    ],
)
def test_a_reply_weighing_a_named_writers_view_is_a_third_writers(verdict: str) -> None:
    """After the post author answers a commenter, a verdict on someone named in the third person is
    neither the commenter's nor the author's."""
    answer = "Good point, and I undersold the channel story. Coupling still sets the phase in my model."
    got = roles(f"{DOUBT}\n\n{answer}\n\n{verdict}\n")
    assert got[answer][0] == Role.POST_AUTHOR
    assert got[verdict][0] == Role.COMMENTER
    assert got[verdict][1] != got[DOUBT][1]


def speakers(thread: str) -> dict[str, str | None]:
    text = POST + thread
    return {text[s.start : s.end]: s.speaker for s in segment_text(text, META)}


GRANULE = (
    "The calcium signal saturates in granule cells, so deconvolved rates there are nearly useless, and "
    "the fitted coupling between them is an artefact of the indicator."
)
PERTURB = (
    "Coming at this from engineering: passive recordings will never pin the weights down. "
    "You need perturbation: stimulate a few cells "
    "at random, watch the rest, and repeat the perturbation thousands of times."
)


def test_a_writer_named_for_what_they_said_is_the_one_whose_words_are_echoed() -> None:
    """ "I think kaelan is right that <what they said>" names the earlier commenter who said it, not
    the one who wrote the comment just before."""
    verdict = "I think kaelan is right that granule cells saturate the indicator, so coupling misleads."
    got = speakers(f"{GRANULE}\n\n{PERTURB}\n\n{verdict}\n")
    assert got[GRANULE] == "kaelan"
    assert got[PERTURB] != "kaelan"


def test_a_parenthesised_credit_names_whoever_said_the_phrase_before_it() -> None:
    summary = "Thanks all. Updating the post: weights need perturbation (Rowan's point), not more imaging."
    got = speakers(f"{GRANULE}\n\n{PERTURB}\n\n{summary}\n")
    assert got[PERTURB] == "Rowan"
    assert got[GRANULE] != "Rowan"


def test_a_mention_credits_only_its_own_clause() -> None:
    """ "kaelan is right that <X>, and <the writer's own afterthought>": the afterthought echoes the other
    comment, but only X is credited to kaelan."""
    verdict = (
        "I think kaelan is right that granule cells saturate the indicator, and after reading the replies "
        "I'd add that you need perturbation: stimulate cells at random, watch the rest, "
        "repeat thousands of times."
    )
    got = speakers(f"{GRANULE}\n\n{PERTURB}\n\n{verdict}\n")
    assert got[GRANULE] == "kaelan"
    assert got[PERTURB] != "kaelan"


def test_a_handle_in_parentheses_credits_the_phrase_before_it() -> None:
    """ "(rafe_m)" after a phrase names whoever said it, when the name has a handle's shape; a list in
    parentheses names nobody."""
    summary = (
        "Thanks all. Updating the post: 10x for perturbation (rafe_m), and the indicator (calcium, granule)."
    )
    got = speakers(f"{GRANULE}\n\n{PERTURB}\n\n{summary}\n")
    assert got[PERTURB] == "rafe_m"
    assert "calcium" not in got.values()


def test_words_between_a_name_and_its_point_say_what_is_credited() -> None:
    """ "kaelan's perturbation point" credits "perturbation"; "the post's granule argument" names nobody."""
    reply = "Thanks all. I think kaelan's perturbation point is right; the post's granule argument is weak."
    got = speakers(f"{GRANULE}\n\n{PERTURB}\n\n{reply}\n")
    assert got[PERTURB] == "kaelan"
    assert got[GRANULE] != "kaelan"
    assert "post" not in got.values()


def test_a_name_whose_words_two_writers_share_names_nobody() -> None:
    """Both earlier comments speak of the indicator's calcium signal: the echo cannot tell whom
    "kaelan" is, so neither comment is named."""
    other = "Hardware person here. The calcium signal of the indicator is slow everywhere, granules or not."
    verdict = "I think kaelan is right that the calcium signal of the indicator is the problem."
    got = speakers(f"{GRANULE}\n\n{other}\n\n{verdict}\n")
    assert "kaelan" not in {got[GRANULE], got[other]}


@pytest.mark.parametrize(
    "opening",
    [
        "On the fitting compute: I do this sort of thing for a living, and the estimate is about right.",
        "I'm going to push on this from an engineering angle, because I spent about eight years doing "
        "side-channel analysis on chips.",
        "Strong agree. The microprocessor paper is the canonical version of this argument.",
    ],
)
def test_a_writers_trade_a_push_on_this_or_a_strong_agree_opens_a_comment(opening: str) -> None:
    more = "In vivo the coupling is weaker, which is why the rhythm matters more than the junctions."
    got = roles(f"{DOUBT}\n\n{more}\n\n{opening}\n")
    assert got[opening][1] != got[more][1] or got[opening][0] != got[more][0]


def test_a_verdict_on_the_other_partys_analogy_opens_a_reply() -> None:
    verdict = "I think the CPU analogy is useful but maybe too pessimistic in one respect."
    analogy = "A chip's power trace is like calcium imaging: slow, summed, indirect, so it hides the logic."
    got = roles(f"{analogy}\n\n{verdict}\n")
    assert got[verdict] != got[analogy]
    assert got[verdict][0] == Role.POST_AUTHOR


def test_a_lone_short_question_is_a_comment_and_the_next_paragraph_answers_it() -> None:
    more = "In vivo the coupling is weaker, which is why the rhythm matters more than the junctions."
    question = "Does the 2-5 FLOPs figure include the plasticity update, or only the response to the spike?"
    answer = "Only the response, as far as I can tell from the methods, and the update is rarer anyway."
    got = roles(f"{DOUBT}\n\n{more}\n\n{question}\n\n{answer}\n")
    assert got[question] != got[more]
    assert got[answer] != got[question]


@pytest.mark.parametrize(
    "opening",
    [
        "On calcium timescales: the comment above is right that the fast decay is cheap to simulate.",
        "I'm sympathetic to the wrong-unit point, but the second half of it goes too far for dendrites.",
        "I'm not sure about this, for two reasons, both of them about how the olive is recorded.",
        "One small correction to the summary: the factor of two for back-propagation is an upper bound.",
        "Strongly agree with point 2 in particular, and here is my own number for the slow machinery.",
        "I want to push on a more basic issue with the whole exercise, which is the unit of account.",
    ],
)
def test_pointing_up_the_thread_sympathy_doubt_a_correction_or_a_push_opens_a_comment(opening: str) -> None:
    more = "In vivo the coupling is weaker, which is why the rhythm matters more than the junctions."
    got = roles(f"{DOUBT}\n\n{more}\n\n{opening}\n")
    assert got[opening] != got[more]


@pytest.mark.parametrize(
    "opening",
    [
        "Data/compute person here (I've worked on storage pipelines), and the numbers look low to me.",
        "On the last section, some hedged numbers from someone who does HPC procurement for a living.",
        "Small arithmetic nit in the Fermi estimate: 7.5 EB is 7.5 million TB, not 0.75 million.",
        "On cost and time, roughly, since the post left reagents and compute as placeholders: $1B.",
    ],
)
def test_a_trade_a_standing_a_nit_or_speaking_of_the_post_opens_a_comment(opening: str) -> None:
    more = "In vivo the coupling is weaker, which is why the rhythm matters more than the junctions."
    got = roles(f"{DOUBT}\n\n{more}\n\n{opening}\n")
    assert got[opening] != got[more]


def test_it_depends_on_answers_the_question_before_it() -> None:
    question = "How long does an expanded gel survive? If you need six rounds, you need months."
    answer = "Depends a lot on the chemistry, but in my hands a gel kept cold lasts for months."
    got = roles(f"{DOUBT}\n\n{question}\n\n{answer}\n")
    assert got[answer] != got[question]


def test_the_echo_weighs_what_a_mention_credits_not_the_words_of_agreement_around_it() -> None:
    """ "Strongly agree with mkessler's point that proofreading ... is the real bottleneck": the
    credited clause echoes the proofreading comment; "strongly", "agree" and "real" echo nobody."""
    agreeing = (
        "Hardware person here. I strongly agree the real cost is real estate: the microscopes are the "
        "real problem, really."
    )
    proofreading = "Coming at this from ML: proofreading the segmentation will dominate, not the imaging."
    credit = "Strongly agree with mkessler's point that proofreading is the real bottleneck."
    got = speakers(f"{agreeing}\n\n{proofreading}\n\n{credit}\n")
    assert got[proofreading] == "mkessler"
    assert got[agreeing] != "mkessler"


@pytest.mark.parametrize(
    "opening",
    [
        "I work on pretraining infrastructure, and I want to push on the parameter comparison here.",
        "I'll take the unpopular side: I don't think the memory anchor tells us much about compute.",
        "I'm with Jonah on this, at least on the measurement point about spine sizes.",
        "Sparse activation is exactly my point, though: only a few percent of weights are used per token.",
    ],
)
def test_a_trade_an_unpopular_side_siding_with_someone_or_my_point_opens_a_comment(opening: str) -> None:
    more = "In vivo the coupling is weaker, which is why the rhythm matters more than the junctions."
    got = roles(f"{DOUBT}\n\n{more}\n\n{opening}\n")
    assert got[opening] != got[more]


def test_the_authors_short_opener_and_the_quote_it_answers_are_one_comment() -> None:
    opener = "Author here. Thanks, this is exactly the kind of correction I was hoping for."
    quote = "> In vivo the coupling is weaker, which is why the rhythm matters more than the junctions."
    answer = "Fair, and the post should say so: coupling sets the phase only in slices."
    more = "In vivo the coupling is weaker, which is why the rhythm matters more than the junctions."
    got = roles(f"{DOUBT}\n\n{more}\n\n{opener}\n\n{quote}\n\n{answer}\n")
    assert got[opener] == got[quote] == got[answer]
    assert got[opener][0] == Role.POST_AUTHOR


@pytest.mark.parametrize(
    "reply",
    [
        "Daniel, not dumb at all, it comes up every time the olive is mentioned.",
        "Huh, I'd only ever seen the headline version of that story about the olive.",
        "I think you're right about the channels and wrong about the coupling in adults.",
        "I don't think that follows. Blocking the junctions leaves most of the rhythm in place.",
        "Not necessarily. The rhythm in slices is slower than the one in vivo.",
        "On your request for adult coupling data: I don't know of any direct measurement.",
        "That's a helpful way of putting it, thanks. The phase is what matters downstream.",
        "This is a nice cross-check, and it lands close to the slice estimate.",
        "Fair hit on the slices. Though for what it's worth, the in vivo rhythm is slower too.",
    ],
)
def test_further_reply_openers_answer_the_comment_above(reply: str) -> None:
    got = roles(f"{DOUBT}\n\n{reply}\n")
    assert got[reply] != got[DOUBT]


@pytest.mark.parametrize(
    "opening",
    [
        "A different angle, which I think is more robust than counting junctions: energy.",
        "Late reply, but the slice story made me smile. Our teacher did the same with an olive.",
        "Question for anyone who knows the primate literature: how strong is adult coupling there?",
        "I wrote up a longer version of a related argument last year: https://example.org/olive-rhythm",
    ],
)
def test_a_new_angle_or_a_late_reply_opens_a_top_level_comment(opening: str) -> None:
    answer = "Thanks, that's fair, and I undersold the channel story in the post."
    got = roles(f"{DOUBT}\n\n{answer}\n\n{opening}\n")
    assert got[answer][0] == Role.POST_AUTHOR
    assert got[opening][0] == Role.COMMENTER
    assert got[opening][1] != got[DOUBT][1]


@pytest.mark.parametrize(
    "reply",
    [
        "Thanks, this is a really clean way to put it, and I agree with more of it than I expected.",
        "On point 1, my claim is that the paper is evidence for more complex neurons, not a proof.",
        "I think I found where we differ: you believe the oscillation is cell-autonomous.",
        "Accepted on the coupling figure, at least as a plausible value for adult slices.",
    ],
)
def test_the_post_author_takes_up_a_comment_by_thanking_conceding_or_clarifying(reply: str) -> None:
    got = roles(f"{DOUBT}\n\n{reply}\n")
    assert got[reply][0] == Role.POST_AUTHOR


def test_a_writer_who_should_have_said_something_in_a_section_is_the_post_author() -> None:
    answer = "Thanks, that's fair, and the channel story deserves more weight."
    verdict = (
        "I'm mostly with olga here, but the edit above gets at the thing I should have said more clearly in "
        "section 4: the post is about the share of the rhythm, not its cost."
    )
    got = roles(f"{DOUBT}\n\n{answer}\n\n{verdict}\n")
    assert got[verdict][0] == Role.POST_AUTHOR


def test_a_verdict_on_a_lettered_point_with_self_reproach_is_the_post_authors_reply() -> None:
    reply = "I think (a) is roughly right, and I'm a bit annoyed with myself for not saying so in the post."
    got = roles(f"{DOUBT}\n\n{reply}\n")
    assert got[reply][0] == Role.POST_AUTHOR


def test_the_post_author_takes_up_two_comments_at_once() -> None:
    """A reply to a reply that answers both ("Both of these are fair") is the post's author's, not the
    first commenter's coming back."""
    objection = "Would you be willing to put a number on the coupling? Adult values seem far lower to me."
    both = "Both of these are fair, and I think I undersold how weak adult coupling is in the olive."
    got = roles(f"{DOUBT}\n\n{objection}\n\n{both}\n")
    assert got[objection][0] == Role.COMMENTER and got[objection][1] != got[DOUBT][1]
    assert got[both][0] == Role.POST_AUTHOR


@pytest.mark.parametrize(
    ("comment", "answer"),
    [
        # a plain answer to a question put to the post, and a short thanks
        (
            "What's your probability that coupling matters for the olive's rhythm in adult primates?",
            "Honest answer: around 30%, down from maybe 50% before I wrote the post.",
        ),
        (DOUBT, "This is great, thanks. I agree the temperature correction is doing a lot of work here."),
    ],
)
def test_an_answer_as_the_post_author_gives_it_is_the_authors(comment: str, answer: str) -> None:
    got = roles(f"{comment}\n\n{answer}\n")
    assert got[answer][0] == Role.POST_AUTHOR


def test_a_question_put_to_a_writer_by_handle_is_answered_by_that_writer() -> None:
    """ "olive_fan, genuine question: ..." names who answers it; the next reply is theirs."""
    first = "The olive's coupling is weak in adults, as the slice work at physiological temperature shows."
    question = "olive_fan, genuine question since this is outside my field: is that true in primates too?"
    answer = "Good question, and the answer is partly yes. The primate slices show the same weak coupling."
    got = parties(f"{first}\n\n{question}\n\n{answer}\n")
    assert got[answer][0] == Role.COMMENTER
    assert got[answer][2] == "olive_fan"
    assert got[question][2] != "olive_fan"


@pytest.mark.parametrize(
    "question",
    [
        "How does this square with the slice work, which found the coupling weak at body temperature?",
        "Does any of this bear on the moral weight work? Some comparisons use neuron counts as a proxy.",
        "Is there an ungated version? The journal link is paywalled for me.",
    ],
)
def test_a_readers_question_about_the_post_opens_a_comment(question: str) -> None:
    got = roles(f"{DOUBT}\n\n{question}\n")
    assert got[question][0] == Role.COMMENTER
    assert got[question][1] != got[DOUBT][1]


def test_the_answer_to_a_request_put_to_the_post_is_the_authors() -> None:
    """A one-paragraph question put to the post ("Is there an ungated version?") is answered by the
    next paragraph; the post's drafts and "thanks" mark the author."""
    request = "Is there an ungated version? The journal link is paywalled for me."
    answer = "The preprint is here: https://example.org/olive-preprint"
    asked = "Does any of this bear on the moral weight work? Some comparisons use neuron counts."
    draft = "I had a paragraph on this in an earlier draft and cut it because I was unsure of the olive data."
    got = roles(f"{DOUBT}\n\n{request}\n\n{answer}\n\n{asked}\n\n{draft}\n")
    assert got[answer][0] == Role.POST_AUTHOR
    assert got[draft][0] == Role.POST_AUTHOR


def test_an_objection_goes_on_with_its_writers_own_guess() -> None:
    """ "How does this square with X?" is an objection; the paragraph after it is the same writer's."""
    objection = "How does this square with the slice work? It found the coupling weak at body temperature."
    guess = "My guess is that the two studies measure different things, so the gap is smaller than it looks."
    got = roles(f"{objection}\n\n{guess}\n")
    assert got[guess] == got[objection]


def test_a_commenter_the_post_names_in_an_edit_is_named_by_what_they_brought_up() -> None:
    """The post's "EDIT: added a caveat after okafor's comment" makes okafor a commenter, and "the
    temperature sweep okafor mentioned" names the comment that brought the sweep up."""
    post = (
        "Gap junctions matter more than people think for timing in the inferior olive, and models skip "
        "them. (EDIT: added a caveat about temperature after okafor's comment.)\n\n"
        "5 comments, sorted by Click to highlight new comments since: Today\n\n"
    )
    sweep = (
        "The coupling figure depends on the temperature sweep in the supplement: at body temperature the "
        "junctional conductance halves, so the olive's synchrony is weaker than the headline suggests."
    )
    other = "Minor nitpick: the olive's channels alone can oscillate in isolation, with no coupling at all."
    credit = "Thanks for posting this. The temperature sweep okafor mentioned is in both versions."
    text = post + f"{sweep}\n\n{other}\n\n{credit}\n"
    speakers = {text[s.start : s.end]: s.speaker for s in segment_text(text, META)}
    assert speakers[sweep] == "okafor"
    assert speakers[other] != "okafor"
