"""Claims as CSV for spreadsheets: the JSON Lines record flattened, one claim per row.

List fields are joined with "; "; quantities stay a JSON array in one cell so no number is lost.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any, BinaryIO

from kg.exporters.claims import extraction_records
from kg.exporters.registry import Exporter, register_exporter
from ontology.models import Extraction

COLUMNS = ("id", "source_id", "source_title", "source_url", "text", "start", "end", "speaker",
           "speaker_role", "topics", "topic_ids", "effect", "certainty", "certainty_cues", "effect_cues",
           "quantities", "cites", "basis")
LIST_SEPARATOR = "; "


def csv_row(record: dict[str, Any]) -> dict[str, Any]:
    """One JSON Lines record as a flat CSV row."""
    row = {key: record.get(key) for key in COLUMNS if key in record}
    source = record["source"]
    row.update(source_id=source["id"], source_title=source["title"], source_url=source["url"],
               quantities=json.dumps(record["quantities"], ensure_ascii=False))
    for key in ("topics", "topic_ids", "certainty_cues", "effect_cues", "cites"):
        row[key] = LIST_SEPARATOR.join(record[key])
    return {key: "" if row.get(key) is None else row[key] for key in COLUMNS}


def write_claims_csv(extractions: Sequence[Extraction], out: BinaryIO) -> int:
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in extraction_records(extractions):
        writer.writerow(csv_row(record))
        count += 1
    out.write(text.getvalue().encode("utf-8"))
    return count


register_exporter(Exporter("claims", "csv", "csv", "text/csv", "one claim per row, lists joined with '; '",
                           write_claims_csv))
