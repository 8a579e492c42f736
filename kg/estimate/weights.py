"""How much a claim counts: its evidence (certainty, speaker role, basis) times user overrides.

The defaults (role and basis weights, certainty influence) are data in model.yaml; a user's weights
file (YAML or JSON) overrides roles and scales experts, sources, mechanisms or single claims.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kg.estimate.model import EstimateError, Weighting
from ontology.models import Claim


class Weights(BaseModel):
    """User overrides. Every value multiplies the claim's weight; 0 excludes the claim.

    ``experts`` is keyed by speaker name or agent id, ``sources`` by source id, ``mechanisms`` by
    mechanism id (a claim gets the product over its topics), ``claims`` by claim id. ``roles``
    replaces the model's role weights, ``certainty_influence`` its certainty influence.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    experts: dict[str, float] = {}
    sources: dict[str, float] = {}
    mechanisms: dict[str, float] = {}
    claims: dict[str, float] = {}
    roles: dict[str, float] = {}
    certainty_influence: float | None = Field(default=None, ge=0, le=1)

    def model_post_init(self, __context: object) -> None:
        for table in ("experts", "sources", "mechanisms", "claims", "roles"):
            for key, value in getattr(self, table).items():
                if not math.isfinite(value) or value < 0:
                    raise ValueError(f"{table}.{key}: weight {value} must be a finite number >= 0")


def load_weights(path: str | Path) -> Weights:
    """Read a weights file (``.json``, or YAML for anything else)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise EstimateError(f"cannot read the weights file {path}: {exc.strerror}") from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise EstimateError(f"the weights file {path} cannot be parsed: {exc}") from None
    keys = "keys: experts, sources, mechanisms, claims, roles, certainty_influence"
    if data is not None and not isinstance(data, dict):
        raise EstimateError(f"the weights file {path} must be a mapping ({keys})")
    try:
        return Weights.model_validate(data or {})
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or '(top level)'}: {error['msg']}"
            for error in exc.errors()
        )
        raise EstimateError(f"the weights file {path} is invalid ({keys}): {problems}") from None


def unmatched(weights: Weights, claims: Iterable[Claim]) -> list[str]:
    """The names and ids a weights file gives that no claim has (a typo weighs nothing)."""
    claims = list(claims)
    known = {
        "experts": {c.speaker.name for c in claims} | {c.speaker.id for c in claims},
        "sources": {c.source_id for c in claims},
        "mechanisms": {topic for c in claims for topic in c.topics},
        "claims": {c.id for c in claims},
    }
    return [f"{table}.{key}" for table, names in known.items() for key in getattr(weights, table)
            if key not in names]


def claim_weight(claim: Claim, weighting: Weighting, weights: Weights) -> tuple[float, dict[str, float]]:
    """The claim's weight and the parts it is the product of (for display)."""
    roles = {**weighting.roles, **weights.roles}
    role = claim.speaker.role.value if claim.speaker.role else None
    influence = (
        weights.certainty_influence
        if weights.certainty_influence is not None
        else weighting.certainty_influence
    )
    parts: dict[str, float] = {
        "role": roles.get(role, weighting.unknown_role) if role else weighting.unknown_role,
        "basis": weighting.basis.get(claim.basis.value, weighting.unknown_basis)
        if claim.basis
        else weighting.unknown_basis,
        "certainty": (1 - influence) + influence * claim.certainty,
    }
    expert = weights.experts.get(claim.speaker.name, weights.experts.get(claim.speaker.id))
    if expert is not None:
        parts["expert"] = expert
    if claim.source_id in weights.sources:
        parts["source"] = weights.sources[claim.source_id]
    mechanism = [weights.mechanisms[t] for t in claim.topics if t in weights.mechanisms]
    if mechanism:
        parts["mechanism"] = math.prod(mechanism)
    if claim.id in weights.claims:
        parts["claim"] = weights.claims[claim.id]
    return math.prod(parts.values()), parts
