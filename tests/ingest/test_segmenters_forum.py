"""Forum threads: where the thread starts, comment boundaries, author replies, named commenters."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.segmenters import segment_text
from ontology.models import Participant, Role, SourceMeta

META = SourceMeta(
    title="Post", kind="forum_post", participants=(Participant(name="Grace Hopper", role=Role.COMMENTER),)
)

THREAD = """Hide table of contents

I think single neurons are like small deep networks. This could add 1000x to compute estimates.

A second paragraph of the post about dendrites and NMDA receptors in cortical cells.

12 comments, sorted by Click to highlight new comments since: Today

This post has one big flaw: it ignores scaling. The factor may shrink with more neurons.

Longer thread about this: https://twitter.com/gracehopper/status/12345

Thanks, that's a fair point. I've edited my post to say so.

This could add 1000x to compute estimates.

Yup! I doubt the 1000x survives. Most complexity is not useful.

Addendum: even the detailed model is a simplification.

Curated and popular this week
"""


def rows(
    text: str = THREAD, meta: SourceMeta = META
) -> list[tuple[str, str | None, Role | None, int | None, bool]]:
    return [
        (text[s.start : s.end], s.speaker, s.role, s.ordinal, s.boilerplate) for s in segment_text(text, meta)
    ]


def find(part: str) -> tuple[str | None, Role | None, int | None, bool]:
    for text, speaker, role, ordinal, boiler in rows():
        if part in text:
            return speaker, role, ordinal, boiler
    raise AssertionError(part)


def test_forum_post_body_is_post_authors_and_chrome_is_boilerplate() -> None:
    assert find("single neurons are like small deep networks") == (None, Role.POST_AUTHOR, None, False)
    assert find("Hide table of contents")[3] is True
    assert find("12 comments, sorted by")[3] is True
    assert find("Curated and popular")[3] is True


def test_forum_named_commenter_found_from_self_link() -> None:
    assert find("This post has one big flaw") == ("Grace Hopper", Role.COMMENTER, None, False)
    assert find("twitter.com/gracehopper")[0] == "Grace Hopper"


def test_forum_author_reply_detected() -> None:
    assert find("I've edited my post") == (None, Role.POST_AUTHOR, None, False)


def test_forum_quote_opens_new_comment_by_a_new_unnamed_commenter() -> None:
    quoted = [r for r in rows() if r[0] == "This could add 1000x to compute estimates."]
    assert quoted and quoted[0][4] is True  # the repeated quote is boilerplate
    assert find("Yup! I doubt the 1000x") == (None, Role.COMMENTER, 1, False)
    assert find("Addendum: even the detailed") == (None, Role.COMMENTER, 1, False)


def test_forum_reply_chain_alternates_between_commenter_and_author() -> None:
    text = THREAD.replace("Curated and popular this week\n", "") + (
        "\nI agree that some complexity is useless, but do you think none of it is useful?\n\n"
        "No, some of it surely matters for learning.\n"
    )
    got = {t: (speaker, role) for t, speaker, role, _, _ in rows(text)}
    assert got["I agree that some complexity is useless, but do you think none of it is useful?"] == (
        None,
        Role.POST_AUTHOR,
    )
    assert got["No, some of it surely matters for learning."] == (None, Role.COMMENTER)


CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.mark.slow
def test_forum_corpus_thread_named_commenters_and_author() -> None:
    from ingest.readers import read_source
    from ingest.sidecar import load_meta

    doc = CORPUS / "lesswrong-improving-automated-patch-clamping.txt"
    source = read_source(doc, load_meta(doc))
    speakers = {(s.speaker, s.role) for s in source.segments if not s.boilerplate}
    assert ("Steven Byrnes", Role.COMMENTER) in speakers
    assert (None, Role.POST_AUTHOR) in speakers
    owner = next(s for s in source.segments if "my main argument in the post" in source.text[s.start : s.end])
    assert owner.role == Role.POST_AUTHOR


def test_forum_bylines_name_commenters_and_vote_chrome_is_boilerplate() -> None:
    meta = SourceMeta(
        title="Post",
        kind="forum_post",
        participants=(
            Participant(name="Ann Lee", role=Role.POST_AUTHOR),
            Participant(name="Grace Hopper", role=Role.COMMENTER),
        ),
    )
    text = (
        "Spines store weights, I claim, and one number per synapse is enough for a compute estimate.\n\n"
        "3 comments\n\n"
        "Grace Hopper · 2y\n\n12 points\n\n"
        "Weights alone miss timing. Spike timing carries information too.\n\n"
        "Reply\n\nAnn Lee · 2y\n\nI think timing is a second-order effect for compute.\n"
    )
    got = {t: (speaker, role, boiler) for t, speaker, role, _, boiler in rows(text, meta)}
    assert got[
        "Spines store weights, I claim, and one number per synapse is enough for a compute estimate."
    ] == ("Ann Lee", Role.POST_AUTHOR, False)
    assert got["Weights alone miss timing. Spike timing carries information too."] == (
        "Grace Hopper",
        Role.COMMENTER,
        False,
    )
    assert got["I think timing is a second-order effect for compute."] == ("Ann Lee", Role.POST_AUTHOR, False)
    assert got["Grace Hopper · 2y"][2] and got["12 points"][2] and got["Reply"][2]


HANDLES = """Spines store weights, and one number per synapse is enough for a compute estimate.

3 comments, sorted by top scoring

neuro_fan
3y
12

Weights alone miss timing. Spike timing carries information too.

Agreed

Reply

ollie_h

2y

4

Thanks, I've edited my post to mention timing.

neuro_fan · 3y · 2 points

Dendrites add even more: NMDA spikes make each branch a unit.

ollie_h · 2y

Fair, branches may matter for compute too.
"""
ANONYMOUS = SourceMeta(title="Post", kind="forum_post")


def test_forum_headers_with_unknown_handles_name_their_comments() -> None:
    # a copied page prints each commenter's handle over its age and score; before, only names the
    # sidecar listed were read, and such a copy lost the thread's speakers
    got = {t: (speaker, role) for t, speaker, role, _, boiler in rows(HANDLES, ANONYMOUS) if not boiler}
    assert got["Weights alone miss timing. Spike timing carries information too."] == (
        "neuro_fan", Role.COMMENTER)
    assert got["Dendrites add even more: NMDA spikes make each branch a unit."] == (
        "neuro_fan", Role.COMMENTER)
    assert got["Agreed"] == ("neuro_fan", Role.COMMENTER)  # a short reply, not a header: no age beside it


@pytest.mark.parametrize("byline", ["by ollie_h", "ollie_h · 2y", "by ollie_h Mar 14 2024 · 7 min read"])
def test_forum_post_byline_makes_that_handles_comments_the_authors(byline: str) -> None:
    text = HANDLES.replace("Thanks, I've edited my post to mention timing.", "Thanks, timing matters.")
    plain = {t: role for t, _, role, _, boiler in rows(text, ANONYMOUS) if not boiler}
    assert plain["Thanks, timing matters."] == Role.COMMENTER  # nothing says whose handle it is
    got = {t: (speaker, role) for t, speaker, role, _, boiler in rows(f"{byline}\n\n{text}", ANONYMOUS)}
    assert got["Thanks, timing matters."] == (None, Role.POST_AUTHOR)
    assert got["Fair, branches may matter for compute too."] == (None, Role.POST_AUTHOR)
    assert got["Weights alone miss timing. Spike timing carries information too."] == (
        "neuro_fan", Role.COMMENTER)


def test_forum_header_on_one_line_with_age_and_bare_score_names_the_comment() -> None:
    # an HTML page's header becomes one line: handle, age, vote count
    text = HANDLES.replace("neuro_fan · 3y · 2 points", "neuro_fan 3y 2") + "\nFigure 3\n\nSpines are tiny.\n"
    got = {t: (speaker, role) for t, speaker, role, _, boiler in rows(text, ANONYMOUS) if not boiler}
    dendrites = got["Dendrites add even more: NMDA spikes make each branch a unit."]
    assert dendrites == ("neuro_fan", Role.COMMENTER)
    assert got["Spines are tiny."] == (None, Role.POST_AUTHOR)  # "Figure 3" has a number, not an age


@pytest.mark.parametrize(
    "header", ["[neuro_fan](https://www.lesswrong.com/users/neuro_fan) · 3y · 2 points", "**neuro_fan** · 3y"]
)
def test_forum_markdown_copy_headers_read_the_linked_or_bold_name(header: str) -> None:
    text = HANDLES.replace("neuro_fan · 3y · 2 points", header)
    got = {t: (speaker, role) for t, speaker, role, _, boiler in rows(text, ANONYMOUS) if not boiler}
    dendrites = got["Dendrites add even more: NMDA spikes make each branch a unit."]
    assert dendrites == ("neuro_fan", Role.COMMENTER)


def test_forum_handle_that_edits_my_post_is_the_post_author() -> None:
    got = {t: (speaker, role) for t, speaker, role, _, boiler in rows(HANDLES, ANONYMOUS) if not boiler}
    assert got["Thanks, I've edited my post to mention timing."] == (None, Role.POST_AUTHOR)
    assert got["Fair, branches may matter for compute too."] == (None, Role.POST_AUTHOR)  # same handle
    headers = [t for t, *_, boiler in rows(HANDLES, ANONYMOUS) if boiler]
    assert {"neuro_fan\n3y\n12", "ollie_h", "2y", "4", "Reply"} <= set(headers)


@pytest.mark.parametrize("cue", ["Comments11", "Comments 11", "Comments (11)", "11 comments"])
def test_forum_thread_starts_at_a_comment_count_however_the_page_prints_it(cue: str) -> None:
    text = THREAD.replace("12 comments, sorted by Click to highlight new comments since: Today", cue)
    got = {t: (role, boiler) for t, _, role, _, boiler in rows(text)}
    assert got[cue] == (Role.POST_AUTHOR, True)
    assert got["Yup! I doubt the 1000x survives. Most complexity is not useful."][0] == Role.COMMENTER


def test_forum_navigation_cue_above_the_post_does_not_start_the_thread() -> None:
    text = (
        "Comments\n\nSome post title\n\n"
        "The post argues that synapses need about ten operations per spike, not one, in cortex.\n\n"
        "2 comments\n\nI doubt that estimate very much.\n"
    )
    got = {t: role for t, _, role, _, _ in rows(text)}
    assert got["The post argues that synapses need about ten operations per spike, not one, in cortex."] == (
        Role.POST_AUTHOR
    )
    assert got["I doubt that estimate very much."] == Role.COMMENTER


OLIVE = (
    "Gap junctions matter more than people think for timing in the inferior olive, and models skip them.\n\n"
    "3 comments, sorted by Click to highlight new comments since: Today\n\n"
    "I doubt the olive needs gap junctions to oscillate; the channels alone can do it in isolation.\n\n"
    "Minor thing, but the slice temperatures in that study were low, which slows the rhythm.\n\n"
    "{thanks} the temperature point is a good one and I should have checked it myself.\n"
)


def speakers(text: str) -> dict[str, tuple[str | None, Role | None]]:
    return {text[s.start : s.end]: (s.speaker, s.role) for s in segment_text(text, ANONYMOUS)}


def test_forum_reply_thanking_by_name_names_the_comment_it_answers() -> None:
    text = OLIVE.format(thanks="Thanks, olive_fan,")
    got = speakers(text)
    doubt = "I doubt the olive needs gap junctions to oscillate; the channels alone can do it in isolation."
    assert got[doubt] == ("olive_fan", Role.COMMENTER)
    assert got["Minor thing, but the slice temperatures in that study were low, which slows the rhythm."] == (
        "olive_fan",
        Role.COMMENTER,
    )
    assert got[text.splitlines()[-1]][1] == Role.POST_AUTHOR


def test_forum_thanks_without_a_comma_before_a_capitalised_name_names_the_comment() -> None:
    got = speakers(OLIVE.format(thanks="Thanks Olga,"))
    doubt = "I doubt the olive needs gap junctions to oscillate; the channels alone can do it in isolation."
    assert got[doubt] == ("Olga", Role.COMMENTER)


@pytest.mark.parametrize("thanks", ["Thanks, though,", "Thanks, everyone,", "Thanks, timing,"])
def test_forum_common_word_or_word_of_the_post_in_the_vocative_names_nobody(thanks: str) -> None:
    got = speakers(OLIVE.format(thanks=thanks))
    doubt = "I doubt the olive needs gap junctions to oscillate; the channels alone can do it in isolation."
    assert got[doubt] == (None, Role.COMMENTER)


@pytest.mark.parametrize(
    "header",
    ["by hpenn\n13 min read\n3rd Mar 2024", "by Tomasz Wierzbicki\nMar 14 2023 · 9 min read\n41"],
)
def test_forum_post_header_lines_are_boilerplate(header: str) -> None:
    text = f"A title\n\n{header}\n\nSynapses number about 10^14 in the human brain, I think."
    assert [(part, boiler) for part, _, _, _, boiler in rows(text)][1:] == [
        (header, True),
        ("Synapses number about 10^14 in the human brain, I think.", False),
    ]


def test_a_byline_under_the_title_names_the_post_author_in_the_thread() -> None:
    meta = SourceMeta(title="Post", kind="forum_post", participants=())
    text = (
        "Point neurons are enough\nby Jonas Ferreira\n13 min read\n14th Apr 2022\n34\n\n"
        "Dendrites add a small constant factor to the compute a cortical neuron needs, I think.\n\n"
        "18 comments, sorted by top scoring\n\n"
        "Miriam Kessler\n3y\n12\n\nPlateaus are rare, but each one costs far more than a spike does.\n\n"
        "Jonas Ferreira\n3y\n8\n\nThank you, I'll update to about an order of magnitude for dendrites.\n"
    )
    reply = next(s for s in segment_text(text, meta) if text[s.start :].startswith("Thank you"))
    assert (reply.speaker, reply.role) == (None, Role.POST_AUTHOR)


def test_forum_header_with_a_surname_and_karma_names_the_whole_name() -> None:
    # "Wren 31" is no date: only a month's name makes one
    text = HANDLES.replace("neuro_fan\n3y\n12", "Tobias Wren 31 karma · 2y")
    got = {t: speaker for t, speaker, _, _, boiler in rows(text, ANONYMOUS) if not boiler}
    assert got["Weights alone miss timing. Spike timing carries information too."] == "Tobias Wren"
