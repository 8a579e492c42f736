"""Text preparation keeps offsets; paragraph breaks and list items start sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.prepare import is_transcript_document, parse_text


@given(st.text(alphabet=st.sampled_from(list("ab .*\n-•1")), max_size=200))
def test_parse_text_keeps_every_offset(text: str) -> None:
    prepared = parse_text(text)
    assert len(prepared) == len(text)
    assert all(p == t or p == " " for p, t in zip(prepared, text, strict=True))


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("the impact of a \npre-synaptic spike", True),  # hard wrap inside a sentence
        ("Prof. \nDruckmann thinks so", True),  # abbreviation at the line end
        ("Flaw one: no reversed control\nSay we have", False),  # a short heading line
        ("It ends here.\n\nNew paragraph", False),
        ("first point\n• second point", False),
        # a ragged wrap (text copied out of a PDF): a short line continuing the one before
        ("A long first line of a paragraph that wraps onto the next line with\nits end.\nNext Thing", False),
        ("In a recent unpublished paper by several authors, Ann Smith, Bo Li, and\nCarl\nJones found", True),
        ("Results\nDendrites compute", False),  # a heading line after a blank line stays apart
        ("first point\n  2. second point", False),
    ],
)
def test_parse_text_joins_only_wrapped_lines(text: str, joined: bool) -> None:
    prepared = parse_text(text)
    assert ("\n" not in prepared) is joined


def test_parse_text_blanks_transcript_prefixes() -> None:
    text = "*  So the brain is\n*  doing a lot of things\n*  that we don't\n*  understand."
    prepared = parse_text(text)
    assert "*" not in prepared and "\n" not in prepared


def test_parse_text_blanks_timestamps_of_speech_to_text_lines_only() -> None:
    text = "[00:01:02] So the brain is\n[00:01:05] doing 10 things\n(01:09) that we don't understand."
    prepared = parse_text(text)
    assert len(prepared) == len(text) and "\n" not in prepared
    assert "01" not in prepared and "10 things" in prepared  # the times go, the talk's numbers stay
    notes = "10:30 was when we met.\nProf. Lee said that spines\nstore weights.\nWe agreed on it."
    assert parse_text(notes).startswith("10:30")  # one time in a paragraph of notes is kept


def test_one_space_star_lines_are_a_transcript_only_when_the_talk_runs_on() -> None:
    talk = "* So the brain is\n* doing a lot of things that we\n* don't understand at all.\n"
    bullets = "* Spines store weights.\n* Dendrites compute.\n* Glia modulate.\n"
    assert is_transcript_document(talk) and not is_transcript_document(bullets)
    assert " ".join(parse_text(talk, transcript=True).split()).startswith("So the brain is doing")
    assert parse_text(bullets).count("\n") == 3  # each bullet stays a point of its own


def test_parse_text_reads_curly_apostrophes_and_unicode_spaces_plainly() -> None:
    text = "I’m sure.\u00a0 Spines\u202fstore weights."
    assert parse_text(text) == "I'm sure.  Spines store weights." and len(parse_text(text)) == len(text)


@pytest.mark.slow
def test_no_break_space_after_a_full_stop_still_ends_the_sentence(claim_nlp) -> None:  # noqa: ANN001
    text = "Medium spiny neurons and Purkinje cells etc. etc.\u00a0are wildly different in the brain."
    plain = text.replace("\u00a0", " ")
    assert [s.text for s in claim_nlp(parse_text(text)).sents] == [s.text for s in claim_nlp(plain).sents]


@pytest.mark.slow
def test_paragraph_breaks_start_sentences(claim_nlp) -> None:  # noqa: ANN001
    doc = claim_nlp(parse_text("Neurons are complex and\n\nthe brain has many of them"))
    starts = [s.text.strip() for s in doc.sents]
    assert starts[-1].startswith("the brain")


@pytest.mark.slow
def test_lowercase_word_after_abbreviation_continues_the_sentence(claim_nlp) -> None:  # noqa: ANN001
    doc = claim_nlp("The framework does not envision AGI/TAI/etc. by simulating the brain.")
    assert len(list(doc.sents)) == 1


@pytest.mark.slow
def test_lowercase_word_after_a_word_continues_the_sentence(claim_nlp) -> None:  # noqa: ANN001
    text = "The report guesses that models are cruder than neurons and so uses 10^16 FLOP/s as the median."
    assert [s.text for s in claim_nlp(text).sents] == [text]


@pytest.mark.slow
def test_em_dash_splits_words(claim_nlp) -> None:  # noqa: ANN001
    doc = claim_nlp("The brain needs “glue logic”—just as every program does.")
    assert "—" in [t.text for t in doc]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "I'll move my central estimate to ~2 × 10^14 when I'm back at a laptop.",
        "The method starts from a synapse count, and most summaries I've seen just write "
        '"~10^14–10^15 synapses" and move on.',
        "A single ATP hydrolysis is ~8 × 10^-20 J, about 25-30x the Landauer cost.",
    ],
)
def test_a_figure_never_holds_a_sentence_break(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert [s.text for s in claim_nlp(text).sents] == [text]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "The human brain runs on about 20 W. Estimates of synapse counts range widely.",
            ["The human brain runs on about 20 W.", "Estimates of synapse counts range widely."],
        ),
        ("The chip draws 5 mW. Estimates differ.", ["The chip draws 5 mW.", "Estimates differ."]),
        # an initial after a number is not a unit
        ("He was born in 1990 A. Smith wrote it.", ["He was born in 1990 A. Smith wrote it."]),
    ],
)
def test_a_unit_symbol_fused_with_the_full_stop_ends_the_sentence(claim_nlp, text, sentences) -> None:  # noqa: ANN001
    assert [s.text for s in claim_nlp(parse_text(text)).sents] == sentences
