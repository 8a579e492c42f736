"""The claim index behind every page: lookups, agree/conflict relations, filters."""

from __future__ import annotations

import pytest

from ontology.models import Agent, Claim, Effect, Evidence, Extraction, Role, Source
from ui.corpus import AGREES, CONFLICTS, ClaimFilter, CorpusIndex, filter_rows, relate


@pytest.fixture
def index(sample_extractions: list[Extraction]) -> CorpusIndex:
    return CorpusIndex.build(sample_extractions)


def _claim_by_quote(index: CorpusIndex, start_of_quote: str) -> Claim:
    return next(c for c in index.claims.values() if c.evidence.quote.startswith(start_of_quote))


def test_corpus_index_counts_every_source_claim_and_speaker(index: CorpusIndex) -> None:
    assert len(index.sources) == 2
    assert len(index.claims) == 9
    assert len(index.experts) == 6
    assert sum(len(ids) for ids in index.by_source.values()) == 9
    assert len(index.by_expert["agent-shaul-druckmann"]) == 4


def test_corpus_index_orders_claims_by_position_in_source(index: CorpusIndex) -> None:
    for source_id, ids in index.by_source.items():
        starts = [index.claims[c].evidence.start for c in ids]
        assert starts == sorted(starts), source_id


def test_corpus_relations_find_conflict_on_shared_mechanism(index: CorpusIndex) -> None:
    irving = _claim_by_quote(index, "Synaptic transmission is likely")
    druckmann = _claim_by_quote(index, "modeling the immediate impact")
    kinds = {r.claim_id: r.kind for r in index.relations[irving.id]}
    assert kinds[druckmann.id] == CONFLICTS
    assert {r.claim_id: r.kind for r in index.relations[druckmann.id]}[irving.id] == CONFLICTS
    commenter2 = _claim_by_quote(index, "a synaptic event costs")
    assert {r.claim_id: r.kind for r in index.relations[druckmann.id]}[commenter2.id] == AGREES


def test_corpus_relations_ignore_same_speaker_and_uncertain_effects(index: CorpusIndex) -> None:
    first = _claim_by_quote(index, "modeling the immediate impact")
    second = _claim_by_quote(index, "He would guess")
    assert second.id not in {r.claim_id for r in index.relations.get(first.id, [])}
    unclear = _claim_by_quote(index, "It is unclear")
    assert unclear.id not in index.relations


def test_relate_needs_a_shared_topic() -> None:
    source = Source(id="s", title="t", kind="notes", text="aaaa bbbb")

    def claim(quote: str, who: str, topic: str, effect: Effect) -> Claim:
        start = source.text.index(quote)
        evidence = Evidence(source_id="s", start=start, end=start + len(quote), quote=quote)
        return Claim(
            id=Claim.make_id(evidence),
            evidence=evidence,
            speaker=Agent.person(who, Role.GUEST),
            topics=(topic,),
            effect=effect,
        )

    a = claim("aaaa", "A", "glia", Effect.INCREASES)
    assert relate(a, claim("bbbb", "B", "glia", Effect.DECREASES)) == CONFLICTS
    assert relate(a, claim("bbbb", "B", "glia", Effect.INCREASES)) == AGREES
    assert relate(a, claim("bbbb", "B", "timing", Effect.DECREASES)) is None


@pytest.mark.parametrize(
    ("claim_filter", "expected"),
    [
        (ClaimFilter(), 9),
        (ClaimFilter(experts=["agent-shaul-druckmann"]), 4),
        (ClaimFilter(mechanisms=["synaptic_transmission"]), 4),
        (ClaimFilter(effects=["increases"]), 3),
        (ClaimFilter(has_quantity=True), 4),
        (ClaimFilter(has_quantity=False), 5),
        (ClaimFilter(certainty=(0.7, 1.0)), 2),
        (ClaimFilter(search="FLOP spike"), 2),
        (ClaimFilter(search="no such words"), 0),
        (ClaimFilter(sources=["sample-forum-2021"], effects=["increases"]), 2),
    ],
)
def test_filter_rows_selects_matching_claims(
    index: CorpusIndex, claim_filter: ClaimFilter, expected: int
) -> None:
    rows = filter_rows(index.rows(), claim_filter)
    assert len(rows) == expected
    assert all(claim_filter.matches(row) for row in rows)


def test_corpus_role_falls_back_to_source_participants(index: CorpusIndex) -> None:
    claim = _claim_by_quote(index, "the human brain has roughly")
    assert index.role_of(claim) == "interviewer"


def test_corpus_index_of_nothing_is_empty() -> None:
    index = CorpusIndex.build([])
    assert index.empty
    assert index.rows() == []


def test_corpus_relations_mirror_the_agreement_projection(sample_extractions: list[Extraction]) -> None:
    from kg.projections import project_agreement

    index = CorpusIndex.build(sample_extractions)
    graph = project_agreement(sample_extractions)
    assert sum(len(r) for r in index.relations.values()) == 2 * graph.number_of_edges()
    for a, b, data in graph.edges(data=True):
        kind = {r.claim_id: r.kind for r in index.relations[a]}[b]
        assert kind == (AGREES if data["relation"] == "agree" else CONFLICTS)
