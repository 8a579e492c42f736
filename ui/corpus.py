"""An in-memory index of the stored extractions, shaped for the pages: claims by id, expert,
source and mechanism, flat table rows, and which claims agree or conflict with which.

Pure Python over our models (no Streamlit), built once per store load and cached by ui.data.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.projections import effect_relation, project_agreement
from ontology.mechanisms import mechanism_label
from ontology.models import Agent, Claim, Effect, Extraction, Source

logger = logging.getLogger(__name__)

AGREES = "agrees"
CONFLICTS = "conflicts"
_KINDS = {"agree": AGREES, "conflict": CONFLICTS}


@dataclass(frozen=True)
class Relation:
    """Another claim on a shared mechanism, and whether its effect agrees or conflicts."""

    claim_id: str
    kind: str
    mechanisms: tuple[str, ...]


def effect_label(effect: Effect | None) -> str:
    return effect.value.replace("_", " ") if effect else "—"


def relate(a: Claim, b: Claim) -> str | None:
    """Whether two claims by different speakers on a shared mechanism agree or conflict, by the
    rule of kg.projections (same definite effect: agree; different definite effects: conflict)."""
    if a.speaker.id == b.speaker.id or not set(a.topics) & set(b.topics):
        return None
    return _KINDS.get(effect_relation(a.effect, b.effect) or "")


@dataclass
class CorpusIndex:
    """Every stored source and claim, indexed the ways the pages look them up."""

    extractions: tuple[Extraction, ...]
    sources: dict[str, Source] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    experts: dict[str, Agent] = field(default_factory=dict)
    by_expert: dict[str, list[str]] = field(default_factory=dict)
    by_source: dict[str, list[str]] = field(default_factory=dict)
    by_mechanism: dict[str, list[str]] = field(default_factory=dict)
    relations: dict[str, list[Relation]] = field(default_factory=dict)

    @classmethod
    def build(cls, extractions: Iterable[Extraction]) -> CorpusIndex:
        extractions = tuple(sorted(extractions, key=lambda e: (e.source.title.lower(), e.source.id)))
        index = cls(extractions=extractions)
        by_expert: dict[str, list[str]] = defaultdict(list)
        by_mechanism: dict[str, list[str]] = defaultdict(list)
        for extraction in extractions:
            source = extraction.source
            index.sources[source.id] = source
            ordered = sorted(extraction.claims, key=lambda c: (c.evidence.start, c.evidence.end))
            index.by_source[source.id] = [c.id for c in ordered]
            for claim in ordered:
                index.claims[claim.id] = claim
                index.experts.setdefault(claim.speaker.id, claim.speaker)
                by_expert[claim.speaker.id].append(claim.id)
                for topic in claim.topics:
                    by_mechanism[topic].append(claim.id)
        index.by_expert = dict(by_expert)
        index.by_mechanism = dict(sorted(by_mechanism.items(), key=lambda kv: mechanism_label(kv[0]).lower()))
        index.relations = _relations(extractions)
        return index

    @property
    def empty(self) -> bool:
        return not self.claims

    def source_of(self, claim: Claim) -> Source:
        return self.sources[claim.evidence.source_id]

    def expert_label(self, agent_id: str) -> str:
        agent = self.experts[agent_id]
        if agent.named:
            return agent.name
        title = self.sources_of_expert(agent_id)[0].title
        return f"{agent.name} ({title[:28].rstrip()}…)" if len(title) > 30 else f"{agent.name} ({title})"

    def sources_of_expert(self, agent_id: str) -> list[Source]:
        seen = dict.fromkeys(self.claims[c].evidence.source_id for c in self.by_expert.get(agent_id, []))
        return [self.sources[s] for s in seen]

    def role_of(self, claim: Claim) -> str:
        """The speaker's role in this claim's source: the claim's own, else the source's metadata."""
        if claim.speaker.role:
            return claim.speaker.role.label
        for participant in self.source_of(claim).participants:
            if participant.name == claim.speaker.name:
                return participant.role.label
        return "—"

    def claim_row(self, claim: Claim) -> dict[str, Any]:
        source = self.source_of(claim)
        return {
            "id": claim.id,
            "expert": claim.speaker.name,
            "expert_id": claim.speaker.id,
            "role": self.role_of(claim),
            "source": source.title,
            "source_id": source.id,
            "kind": source.kind,
            "mechanisms": ", ".join(mechanism_label(t) for t in claim.topics) or "—",
            "mechanism_ids": list(claim.topics),
            "effect": effect_label(claim.effect),
            "certainty": round(claim.certainty, 2),
            "quantities": "; ".join(q.text for q in claim.quantities),
            "has_quantity": bool(claim.quantities),
            "agrees": sum(r.kind == AGREES for r in self.relations.get(claim.id, [])),
            "conflicts": sum(r.kind == CONFLICTS for r in self.relations.get(claim.id, [])),
            "quote": claim.evidence.quote,
            "start": claim.evidence.start,
        }

    def rows(self) -> list[dict[str, Any]]:
        return [self.claim_row(self.claims[c]) for ids in self.by_source.values() for c in ids]


def _relations(extractions: Iterable[Extraction]) -> dict[str, list[Relation]]:
    """Agree/conflict links between claims, read off kg.projections.project_agreement."""
    graph = project_agreement(extractions)
    relations: dict[str, list[Relation]] = defaultdict(list)
    for a, b, data in graph.edges(data=True):
        kind = _KINDS[data["relation"]]
        mechanisms = tuple(dict.fromkeys(data["mechanisms"]))
        relations[a].append(Relation(b, kind, mechanisms))
        relations[b].append(Relation(a, kind, mechanisms))
    return dict(relations)


@dataclass(frozen=True)
class ClaimFilter:
    """What the Claims page's filter widgets select; empty selections mean 'any'."""

    experts: Sequence[str] = ()
    sources: Sequence[str] = ()
    mechanisms: Sequence[str] = ()
    effects: Sequence[str] = ()
    certainty: tuple[float, float] = (0.0, 1.0)
    has_quantity: bool | None = None
    search: str = ""

    def matches(self, row: dict[str, Any]) -> bool:
        if self.experts and row["expert_id"] not in self.experts:
            return False
        if self.sources and row["source_id"] not in self.sources:
            return False
        if self.mechanisms and not set(row["mechanism_ids"]) & set(self.mechanisms):
            return False
        if self.effects and row["effect"] not in self.effects:
            return False
        low, high = self.certainty
        if not low - 1e-9 <= row["certainty"] <= high + 1e-9:
            return False
        if self.has_quantity is not None and row["has_quantity"] != self.has_quantity:
            return False
        if self.search:
            haystack = " ".join(
                str(row[k]) for k in ("quote", "expert", "source", "mechanisms", "quantities")
            )
            if not all(word in haystack.lower() for word in self.search.lower().split()):
                return False
        return True


def filter_rows(rows: Iterable[dict[str, Any]], claim_filter: ClaimFilter) -> list[dict[str, Any]]:
    return [row for row in rows if claim_filter.matches(row)]
