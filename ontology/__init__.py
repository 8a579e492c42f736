"""The shared core: the pydantic models, namespaces, vocabulary and shapes. Imports nothing else of ours."""

from ontology.models import (
    Agent,
    Basis,
    Claim,
    Effect,
    Evidence,
    Extraction,
    Mechanism,
    Participant,
    Quantity,
    Role,
    Segment,
    Source,
    SourceMeta,
)

__all__ = [
    "Agent", "Basis", "Claim", "Effect", "Evidence", "Extraction", "Mechanism", "Participant", "Quantity",
    "Role", "Segment", "Source", "SourceMeta",
]
