from __future__ import annotations

import pytest
from pydantic import ValidationError

from ontology.models import (
    Agent,
    Claim,
    Evidence,
    Extraction,
    Participant,
    Quantity,
    Role,
    Segment,
    Source,
    SourceMeta,
)


def test_evidence_rejects_a_span_that_does_not_fit_the_quote() -> None:
    with pytest.raises(ValidationError, match="has length 3"):
        Evidence(source_id="s", start=0, end=3, quote="abcd")


def test_quantity_needs_a_value_and_an_ordered_range() -> None:
    with pytest.raises(ValidationError, match="no low, high or best"):
        Quantity(parameter="p", text="many")
    with pytest.raises(ValidationError, match="exceeds high"):
        Quantity(parameter="p", low=10, high=1, text="10 to 1")


def test_segment_end_not_before_start() -> None:
    with pytest.raises(ValidationError, match="before its start"):
        Segment(start=5, end=4)


def test_source_fills_its_checksum_and_keeps_a_given_one() -> None:
    assert len(Source(id="s", title="t", kind="notes", text="hello").checksum) == 64
    assert Source(id="s", title="t", kind="notes", text="hello", checksum="abc").checksum == "abc"


def test_source_from_meta_derives_an_id_from_the_text() -> None:
    meta = SourceMeta(title="t", kind="notes")
    assert Source.from_meta(meta, "same text").id == Source.from_meta(meta, "same text").id
    assert Source.from_meta(meta, "same text").id != Source.from_meta(meta, "other text").id


def test_source_meta_kind_must_be_a_slug() -> None:
    with pytest.raises(ValidationError, match="lowercase words"):
        SourceMeta(title="t", kind="Forum Post")


def test_participant_parse_reads_name_role_affiliation() -> None:
    assert Participant.parse("Dan Goodman:guest:Imperial College London") == Participant(
        name="Dan Goodman", role=Role.GUEST, affiliation="Imperial College London")
    assert Participant.parse("A B:Post Author").role is Role.POST_AUTHOR
    with pytest.raises(ValueError, match="unknown role"):
        Participant.parse("A:chair")


def test_agent_ids_named_across_sources_unnamed_per_source() -> None:
    assert Agent.person("Shaul Druckmann").id == Agent.person("Shaul Druckmann", Role.GUEST).id
    assert Agent.unnamed("s1", Role.COMMENTER, 1).id != Agent.unnamed("s2", Role.COMMENTER, 1).id
    assert Agent.unnamed("s1", Role.COMMENTER, 3).name == "commenter 3"
    assert not Agent.unnamed("s", Role.HOST).named


def test_models_are_frozen(sample_extractions: list[Extraction]) -> None:
    claim: Claim = sample_extractions[0].claims[0]
    with pytest.raises(ValidationError):
        claim.certainty = 0.9  # type: ignore[misc]


def test_extraction_agents_are_unique_in_order(sample_extractions: list[Extraction]) -> None:
    assert [a.name for a in sample_extractions[1].agents] == ["post author", "commenter 1", "Geoffrey Irving",
                                                              "commenter 2"]


def test_sample_evidence_is_cut_from_its_source(sample_extractions: list[Extraction]) -> None:
    for extraction in sample_extractions:
        text = extraction.source.text
        for claim in extraction.claims:
            assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.quote
            assert claim.id == Claim.make_id(claim.evidence)
            for quantity in claim.quantities:
                assert text[quantity.start:quantity.end] == quantity.text
