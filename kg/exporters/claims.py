"""Claims as flat records: the JSON Lines contract other tools and the evaluation read.

Keys: id, source {id, title, url}, text, start, end, speaker, speaker_role, topics (mechanism
labels), effect, certainty, quantities [{parameter, low, high, best, unit, text}], plus the
cues, citations and basis that explain them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from ontology.mechanisms import mechanism_label
from ontology.models import Claim, Extraction, Source


def claim_record(claim: Claim, source: Source) -> dict[str, Any]:
    """One claim as a plain dict with the documented keys."""
    return {
        "id": claim.id,
        "source": {"id": source.id, "title": source.title, "url": source.url},
        "text": claim.evidence.quote,
        "start": claim.evidence.start,
        "end": claim.evidence.end,
        "speaker": claim.speaker.name,
        "speaker_role": claim.speaker.role.value if claim.speaker.role else None,
        "topics": [mechanism_label(t) for t in claim.topics],
        "topic_ids": list(claim.topics),
        "effect": claim.effect.value if claim.effect else None,
        "certainty": claim.certainty,
        "certainty_cues": list(claim.certainty_cues),
        "effect_cues": list(claim.effect_cues),
        "quantities": [q.model_dump(include={"parameter", "low", "high", "best", "unit", "text"})
                       for q in claim.quantities],
        "cites": list(claim.cites),
        "basis": claim.basis.value if claim.basis else None,
    }


def extraction_records(extractions: Iterable[Extraction]) -> Iterator[dict[str, Any]]:
    for extraction in extractions:
        for claim in sorted(extraction.claims, key=lambda c: c.evidence.start):
            yield claim_record(claim, extraction.source)


def write_jsonl(extractions: Iterable[Extraction], out: TextIO) -> int:
    """Write one claim per line; returns how many were written."""
    count = 0
    for record in extraction_records(extractions):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
