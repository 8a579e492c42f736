"""How far apart are two careful annotators, and where does the extractor stand between them?

Scores a second, blind annotation against a reference annotation (the official gold or our dev
set) with the reference scorer's rule (spans overlapping by at least half of the shorter one), and
the extractor's claims against both. Two annotators' agreement is the ceiling a precision or recall
target can sensibly ask of an extractor on that document. Prints figures.

usage: neuroclaims evaluate --gold ../shared/gold --out claims.jsonl   (or any claims export)
       python benchmarks/annotator_agreement.py DOC REFERENCE.jsonl BLIND.jsonl claims.jsonl
           [--docs ../shared/corpus] [--first-chars N]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ingest.evaluate import Location, locate, norm, overlap

ROOT = Path(__file__).resolve().parents[1]


def spans(path: Path, key: str, docs: dict[str, str], doc: str, limit: int) -> list[Location]:
    """Where each record's text lies in ``doc``, if it starts before ``limit`` (normalised offsets)."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    located = [locate(docs, r.get(key, "")) for r in records if r.get("doc", doc) == doc]
    return [loc for loc in located if loc is not None and loc[0] == doc and loc[1] < limit]


def agreement(reference: list[Location], other: list[Location]) -> tuple[float, float, float]:
    """Recall and precision of ``other`` against ``reference``, and their F1."""
    recall = sum(any(overlap(r, o) for o in other) for r in reference) / max(len(reference), 1)
    precision = sum(any(overlap(r, o) for r in reference) for o in other) / max(len(other), 1)
    return recall, precision, 2 * recall * precision / max(recall + precision, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("doc", help="the document's file name in --docs, e.g. 003_06877e914a78a24e.txt")
    parser.add_argument("reference", type=Path)
    parser.add_argument("blind", type=Path)
    parser.add_argument("claims", type=Path, help="a claims export (JSON Lines with 'text')")
    parser.add_argument("--docs", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--first-chars", type=int, default=0, help="only claims starting in this prefix")
    args = parser.parse_args()
    docs = {p.name: norm(p.read_text(encoding="utf-8")) for p in args.docs.glob("*.txt")}
    raw = (args.docs / args.doc).read_text(encoding="utf-8")
    limit = len(norm(raw[: args.first_chars])) if args.first_chars else len(docs[args.doc]) + 1
    reference = spans(args.reference, "quote", docs, args.doc, limit)
    blind = spans(args.blind, "quote", docs, args.doc, limit)
    extracted = spans(args.claims, "text", docs, args.doc, limit)
    for name, ref, other in [
        ("blind annotator vs reference annotation", reference, blind),
        ("extractor vs reference annotation", reference, extracted),
        ("extractor vs blind annotator", blind, extracted),
    ]:
        recall, precision, f1 = agreement(ref, other)
        print(f"{name:42s} {len(ref):4d} vs {len(other):4d}  R {recall:.3f}  P {precision:.3f}  F1 {f1:.3f}")


if __name__ == "__main__":
    main()
