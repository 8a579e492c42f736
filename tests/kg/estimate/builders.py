"""Hand-made claims for the estimate tests: one source, claims with exactly the fields under test."""

from __future__ import annotations

from pathlib import Path

from kg.estimate import EstimateModel, load_model
from ontology.models import Agent, Basis, Claim, Effect, Evidence, Extraction, Quantity, Role, Source

SIMPLE_MODEL = Path(__file__).parents[2] / "data" / "estimate" / "simple_model.yaml"


def simple_model() -> EstimateModel:
    return load_model(SIMPLE_MODEL)


def make_claim(
    source_id: str,
    quote: str,
    start: int = 0,
    *,
    speaker: str = "Ada Expert",
    role: Role = Role.INTERVIEWEE,
    parameter: str | None = None,
    low: float | None = None,
    high: float | None = None,
    best: float | None = None,
    unit: str | None = None,
    topics: tuple[str, ...] = (),
    effect: Effect | None = None,
    certainty: float = 0.6,
    basis: Basis | None = None,
    text: str | None = None,
) -> Claim:
    evidence = Evidence(source_id=source_id, start=start, end=start + len(quote), quote=quote)
    quantities = ()
    if parameter is not None:
        quantity = Quantity(parameter=parameter, low=low, high=high, best=best, unit=unit, text=text or quote)
        quantities = (quantity,)
    return Claim(
        id=Claim.make_id(evidence),
        evidence=evidence,
        speaker=Agent.person(speaker, role),
        topics=topics,
        effect=effect,
        certainty=certainty,
        quantities=quantities,
        basis=basis,
    )


def extraction_of(*quotes_and_fields: tuple[str, dict], source_id: str = "src-test") -> Extraction:
    """One source whose text is the quotes joined by blank lines, each quote a claim with its fields."""
    text = "\n\n".join(q for q, _ in quotes_and_fields)
    claims, position = [], 0
    for quote, fields in quotes_and_fields:
        start = text.index(quote, position)
        claims.append(make_claim(source_id, quote, start, **fields))
        position = start + len(quote)
    return Extraction(
        source=Source(id=source_id, title="test", kind="notes", text=text), claims=tuple(claims)
    )
