"""Property-based tests (hypothesis) for what bad input reaches first: decoding and the readers,
the number/quantity parser, and the content-hash ID scheme."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ingest.components.numbers import find_amounts, parse_number
from ingest.errors import ReadError
from ingest.readers import READERS, decode, read_source
from ontology.ids import content_id, slugify, text_checksum
from ontology.models import Claim, Evidence, Source, SourceMeta

PATH = Path("doc.txt")
text_chars = st.characters(blacklist_categories=("Cs",))
texts = st.text(alphabet=text_chars, max_size=300)


# --- decoding and readers ---------------------------------------------------------------------

@given(texts)
def test_decode_utf8_text_round_trips(text: str) -> None:
    """Every character comes back, except that line endings are read as "\\n"."""
    assume(text.strip() and "\x00" not in text)
    unix = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    assert decode(text.encode("utf-8"), PATH) == unix


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFF, blacklist_characters="\x7f"),
               min_size=1, max_size=200))
def test_decode_latin1_text_is_read_not_refused(text: str) -> None:
    data = text.encode("latin-1")
    assume(data.strip())
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        decoded = decode(data, PATH)
        assert len(decoded) == len(text)  # one character per byte: nothing dropped or merged
        assert all(a == b for a, b in zip(decoded, text, strict=True) if a.isascii())
    else:  # these bytes happen to be valid UTF-8 too: UTF-8 wins
        assert decode(data, PATH) == data.decode("utf-8-sig")


@given(st.binary(max_size=300))
def test_decode_any_bytes_gives_text_or_a_read_error(data: bytes) -> None:
    try:
        text = decode(data, PATH)
    except ReadError as error:
        assert error.path == PATH and ("empty" in str(error) or "binary" in str(error))
    else:
        assert isinstance(text, str) and text  # blank-only text is refused later, by read_text


@pytest.mark.parametrize("extension", sorted(READERS))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(texts.map(lambda t: t.encode("utf-8")), st.binary(max_size=200)))
def test_every_reader_gives_a_source_or_a_read_error(extension: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{extension}"
        path.write_bytes(data)
        try:
            source = read_source(path)
        except ReadError as error:
            assert error.path == path
            return
    assert source.text.strip()
    for segment in source.segments:
        assert 0 <= segment.start <= segment.end <= len(source.text)


# --- the number parser ---------------------------------------------------------------------------

@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=999))
def test_parse_number_reads_decimals(whole: int, fraction: int) -> None:
    text = f"{whole}.{fraction:03d}"
    assert parse_number(text) == pytest.approx(float(text))


@given(st.integers(min_value=-30, max_value=30))
def test_parse_number_reads_powers_of_ten(exponent: int) -> None:
    assert parse_number(f"10^{exponent}") == pytest.approx(10.0**exponent)
    assert parse_number(f"1e{exponent}") == pytest.approx(10.0**exponent)


@given(texts)
def test_find_amounts_never_fails_and_spans_are_inside_and_disjoint(text: str) -> None:
    amounts = find_amounts(text)
    end = 0
    for amount in amounts:
        assert end <= amount.start < amount.end <= len(text)
        assert text[amount.start:amount.end].strip()
        end = amount.end
        values = [v for v in (amount.low, amount.high, amount.best) if v is not None]
        assert values and all(v == v for v in values)  # some value, never NaN


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_find_amounts_reads_a_written_range(a: int, b: int) -> None:
    low, high = sorted((a, b))
    assume(low != high)
    text = f"It needs between {low} and {high} synapses per neuron."
    amounts = find_amounts(text)
    assert [(x.low, x.high) for x in amounts] == [(low, high)]
    assert text[amounts[0].start:amounts[0].end] == f"between {low} and {high}"


# --- content-hash IDs ---------------------------------------------------------------------------

parts = st.lists(st.one_of(texts, st.integers(), st.floats(allow_nan=False)), max_size=4)


@given(st.text(max_size=10), parts)
def test_content_id_same_content_same_id(prefix: str, values: list[object]) -> None:
    assert content_id(prefix, *values) == content_id(prefix, *list(values))
    assert content_id(prefix, *values).startswith(f"{prefix}-")


@given(parts, parts)
def test_content_id_different_content_different_id(a: list[object], b: list[object]) -> None:
    assume([str(x) for x in a] != [str(x) for x in b])
    assert content_id("x", *a) != content_id("x", *b)


@given(texts, texts)
def test_content_id_joins_parts_unambiguously(a: str, b: str) -> None:
    assume(b)
    assert content_id("x", a, b) != content_id("x", a + b)
    assert content_id("x", a + b[:1], b[1:]) != content_id("x", a, b) or b[:1] == ""


@given(texts, texts)
def test_source_id_follows_the_text(a: str, b: str) -> None:
    meta = SourceMeta(title="t", kind="notes")
    assert Source.from_meta(meta, a).id == Source.from_meta(meta, a).id
    assert (Source.from_meta(meta, a).id == Source.from_meta(meta, b).id) == (a == b)
    assert (text_checksum(a) == text_checksum(b)) == (a == b)


@given(st.text(alphabet=text_chars, min_size=1, max_size=80), st.integers(min_value=0, max_value=10**6),
       st.integers(min_value=0, max_value=10**6))
def test_claim_id_follows_source_and_span(quote: str, start: int, other: int) -> None:
    evidence = Evidence(source_id="s", start=start, end=start + len(quote), quote=quote)
    assert Claim.make_id(evidence) == Claim.make_id(evidence.model_copy())
    moved = evidence.model_copy(update={"start": other, "end": other + len(quote)})
    assert (Claim.make_id(moved) == Claim.make_id(evidence)) == (other == start)
    elsewhere = evidence.model_copy(update={"source_id": "t"})
    assert Claim.make_id(elsewhere) != Claim.make_id(evidence)


@given(texts)
def test_slugify_is_a_stable_ascii_slug(text: str) -> None:
    slug = slugify(text)
    assert slug == slugify(text) and slug.isascii() and " " not in slug and slug
