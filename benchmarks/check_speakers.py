"""How often the segment speaker at each gold quote matches the gold speaker, per document.

Reads the corpus with the ingest readers (sidecars included), finds every quote of
``/work/shared/gold/claims.jsonl`` in the stored text (whitespace normalised) and compares the
speaker of the segment holding the quote's first word: gold "post author" <-> role post_author,
"commenter" <-> an unnamed commenter, a name <-> that speaker. Prints figures; run from the repo:

    .venv/bin/python benchmarks/check_speakers.py [--gold PATH] [--corpus DIR] [-v]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from ingest.readers import read_source
from ingest.sidecar import find_documents, load_meta
from ontology.ids import text_checksum
from ontology.models import Role, Segment, Source

ROOT = Path(__file__).resolve().parents[1]


def normalise(text: str) -> tuple[str, list[int]]:
    """Whitespace-collapsed, quote-normalised text and, per character, its offset in ``text``."""
    chars: list[str] = []
    offsets: list[int] = []
    last_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not last_space:
                chars.append(" ")
                offsets.append(i)
            last_space = True
            continue
        last_space = False
        chars.append({"“": '"', "”": '"', "’": "'", "‘": "'"}.get(ch, ch))
        offsets.append(i)
    return "".join(chars), offsets


def segment_at(source: Source, offset: int) -> Segment | None:
    for segment in source.segments:
        if segment.start <= offset < segment.end:
            return segment
    return None


def label(segment: Segment | None) -> str:
    if segment is None:
        return "(no segment)"
    if segment.speaker:
        return segment.speaker
    if segment.role == Role.POST_AUTHOR:
        return "post author"
    if segment.role == Role.COMMENTER:
        return "commenter"
    return f"(unnamed {segment.role})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("/work/shared/gold/claims.jsonl"))
    parser.add_argument("--originals", type=Path, default=Path("/work/shared/corpus"))
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    args = parser.parse_args()

    by_checksum = {}
    for doc in find_documents([args.corpus]):
        source = read_source(doc, load_meta(doc))
        by_checksum[text_checksum(doc.read_text(encoding="utf-8"))] = source
    gold_docs = {
        p.name: by_checksum.get(text_checksum(p.read_text(encoding="utf-8")))
        for p in args.originals.glob("*.txt")
    }

    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for line in args.gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        source = gold_docs.get(item["doc"])
        if source is None:
            continue
        counts = totals[f"{item['doc']} ({Path(source.path or '').name})"]
        text, offsets = normalise(source.text)
        quote, _ = normalise(item["quote"].strip())
        where = text.find(quote)
        if where < 0:
            counts[2] += 1
            continue
        got = label(segment_at(source, offsets[where]))
        counts[1] += 1
        if got == item["speaker"]:
            counts[0] += 1
        elif args.verbose:
            print(f"  MISMATCH {item['id']}: gold={item['speaker']!r} got={got!r}: {item['quote'][:70]!r}")
    for doc, (right, found, missing) in sorted(totals.items()):
        print(
            f"{doc}: speaker accuracy {right}/{found} = {right / found:.3f}"
            + (f" ({missing} quotes not found)" if missing else "")
        )
    right = sum(v[0] for v in totals.values())
    found = sum(v[1] for v in totals.values())
    print(f"overall: {right}/{found} = {right / max(found, 1):.3f}")


if __name__ == "__main__":
    main()
