"""Round trip for generated extractions (hypothesis), and a tripwire for new model fields."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.mapping import extraction_to_graph, graph_to_extractions
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

MAPPED_FIELDS = {
    Source: {"id", "title", "kind", "text", "date", "url", "participants", "path", "checksum", "segments"},
    Participant: {"name", "role", "affiliation"},
    Segment: {"start", "end", "speaker", "role", "boilerplate", "heading", "ordinal"},
    Agent: {"id", "name", "role", "affiliation", "named"},
    Evidence: {"source_id", "start", "end", "quote"},
    Quantity: {"parameter", "low", "high", "best", "unit", "text", "start", "end"},
    Claim: {"id", "evidence", "speaker", "topics", "effect", "certainty", "certainty_cues", "effect_cues",
            "quantities", "cites", "basis"},
    Extraction: {"source", "claims"},
}


@pytest.mark.parametrize("model", list(MAPPED_FIELDS), ids=lambda m: m.__name__)
def test_mapping_covers_every_model_field(model: type) -> None:
    new = set(model.model_fields) - MAPPED_FIELDS[model]
    assert not new, f"{model.__name__} gained {new}: map it in kg/mapping.py (both ways), then list it here"


words = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                min_size=1, max_size=12)
numbers = st.floats(min_value=-1e30, max_value=1e30, allow_nan=False, allow_infinity=False)


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    text = draw(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                        min_size=1, max_size=80))
    source_id = draw(st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True))
    participants = tuple(draw(st.lists(st.builds(Participant, name=words, role=st.sampled_from(Role),
                                                 affiliation=st.none() | words), max_size=3)))
    segments = []
    offsets = st.integers(0, len(text))
    for start, end in draw(st.lists(st.tuples(offsets, offsets), max_size=3)):
        segments.append(Segment(start=min(start, end), end=max(start, end), speaker=draw(st.none() | words),
                                role=draw(st.none() | st.sampled_from(Role)), boilerplate=draw(st.booleans()),
                                heading=draw(st.booleans()), ordinal=draw(st.none() | st.integers(0, 50))))
    source = Source(id=source_id, title=draw(words), kind="notes", text=text, participants=participants,
                    segments=tuple(segments), url=draw(st.none() | st.just("https://example.org/a b")),
                    path=draw(st.none() | words), date=draw(st.none() | st.dates()))
    speakers = [Agent.person(draw(words), draw(st.none() | st.sampled_from(Role)), draw(st.none() | words)),
                Agent.unnamed(source_id, Role.COMMENTER, draw(st.integers(1, 9)))]
    claims = {}
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        evidence = Evidence(source_id=source_id, start=start, end=end, quote=text[start:end])
        low = draw(st.none() | numbers)
        high = draw(st.none() | numbers.filter(lambda h, low=low: low is None or h >= low))
        quantities = () if low is None and high is None else (
            Quantity(parameter=draw(words), low=low, high=high, unit=draw(st.none() | words),
                     text=draw(words), start=draw(st.none() | st.integers(0, 99)),
                     end=draw(st.none() | st.integers(0, 99))),)
        claim = Claim(
            id=Claim.make_id(evidence), evidence=evidence, speaker=draw(st.sampled_from(speakers)),
            topics=tuple(draw(st.lists(st.sampled_from(["glia", "sparsity", "ion_channels", "a b/c"]),
                                       max_size=3))),
            effect=draw(st.none() | st.sampled_from(Effect)), certainty=draw(st.floats(0, 1)),
            certainty_cues=tuple(draw(st.lists(words, max_size=4))),
            effect_cues=tuple(draw(st.lists(words, max_size=3))),
            cites=tuple(draw(st.lists(words, max_size=3))), quantities=quantities,
            basis=draw(st.none() | st.sampled_from(Basis)))
        claims[claim.id] = claim
    return Extraction(source=source, claims=tuple(claims.values()))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extractions())
def test_extraction_to_graph_round_trips_generated_extractions(extraction: Extraction) -> None:
    assert graph_to_extractions(extraction_to_graph(extraction)) == [extraction]
