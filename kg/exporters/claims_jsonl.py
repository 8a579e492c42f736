"""Registers the JSON Lines claim export (the record contract lives in kg/exporters/claims.py)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import BinaryIO

from kg.exporters.claims import write_jsonl
from kg.exporters.registry import Exporter, register_exporter
from ontology.models import Extraction


def write_claims_jsonl(extractions: Sequence[Extraction], out: BinaryIO) -> int:
    text = io.StringIO()
    count = write_jsonl(extractions, text)
    out.write(text.getvalue().encode("utf-8"))
    return count


register_exporter(Exporter("claims", "jsonl", "jsonl", "application/jsonl",
                           "one claim per line, the keys of kg/exporters/claims.py", write_claims_jsonl))
