"""Source text as safe HTML with claim spans marked."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from ui.highlight import Span, document_html, md_escape, quote_in_context, reflow


def _visible(html_text: str) -> str:
    """The text a browser would show (tags dropped, entities decoded)."""
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", html_text))


def test_quote_in_context_marks_exactly_the_quote() -> None:
    text = "Before the claim. The brain needs 1e15 FLOP/s. After the claim."
    start = text.index("The brain")
    end = start + len("The brain needs 1e15 FLOP/s.")
    html_text = quote_in_context(text, start, end)
    marked = re.findall(r"<mark[^>]*>(.*?)</mark>", html_text)
    assert marked == ["The brain needs 1e15 FLOP/s."]
    assert "Before the claim." in html_text and "After the claim." in html_text


def test_quote_in_context_escapes_source_html() -> None:
    text = "<script>alert(1)</script> a < b & c > d"
    html_text = quote_in_context(text, 0, 8)
    assert "<script>" not in html_text
    assert "&lt;script&gt;" in html_text
    assert "a &lt; b &amp; c &gt; d" in html_text


def test_quote_in_context_cuts_long_text_with_ellipses() -> None:
    text = ("word " * 400) + "THE QUOTE" + (" word" * 400)
    start = text.index("THE QUOTE")
    html_text = quote_in_context(text, start, start + 9, context=100)
    assert html_text.count("word") < 60
    assert "… " in html_text and " …" in html_text
    assert "<mark" in html_text


def test_document_html_marks_every_span_and_merges_overlaps() -> None:
    text = "alpha beta gamma delta"
    spans = [
        Span(0, 10, title="first", effect="increases", anchor="c1"),
        Span(6, 16, title="second", effect="decreases", anchor="c2"),
    ]
    html_text = document_html(text, spans)
    assert _visible(html_text) == text
    marks = re.findall(r"<mark[^>]*title=\"([^\"]*)\"[^>]*>(.*?)</mark>", html_text)
    assert marks == [("first", "alpha "), ("first | second", "beta"), ("second", " gamma")]
    assert 'id="c1"' in html_text and 'id="c2"' in html_text


def test_document_html_escapes_tooltips() -> None:
    html_text = document_html("abc", [Span(0, 3, title='say "hi" <b>')])
    assert 'title="say &quot;hi&quot; &lt;b&gt;"' in html_text


@given(st.text(alphabet="ab <>&\"'\n", max_size=60), st.data())
def test_document_html_shows_the_text_unchanged(text: str, data: st.DataObject) -> None:
    bounds = sorted(data.draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=6)))
    spans = [Span(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=False)]
    shown = _visible(document_html(text, spans))
    assert shown == reflow(text)


def test_reflow_joins_hard_wrapped_lines_but_keeps_items() -> None:
    text = (
        "This is a long line of prose that was wrapped by the exporter at ninety\n"
        "characters and continues here.\n\n"
        "● a bullet that is long enough to count as a wrapped line of prose, really\n"
        "● second bullet\nShort heading\nNext line"
    )
    flowed = reflow(text)
    assert len(flowed) == len(text)
    assert "ninety characters" in flowed
    assert "\n\n●" in flowed and "really\n● second" in flowed
    assert "Short heading\nNext line" in flowed


def test_md_escape_neutralises_markdown() -> None:
    assert md_escape("costs $10 *per* [spike](x)") == r"costs \$10 \*per\* \[spike\]\(x\)"
