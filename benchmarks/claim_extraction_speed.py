"""Claim extraction throughput: end-to-end ``extract_many`` against bare ``nlp.pipe`` of the base
spaCy model on the same segment texts (the target is >= 60% of bare speed). Prints figures.

usage: python benchmarks/claim_extraction_speed.py [--repeat N] [--n-process N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ingest.extract import extract_many, speaking_segments
from ingest.pipeline import load_base, load_nlp
from ingest.readers import read_source
from ingest.sidecar import find_documents, load_meta

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()
    sources = [read_source(p, load_meta(p)) for p in find_documents([CORPUS])]
    texts = [s.text[seg.start : seg.end] for s in sources for seg in speaking_segments(s)]
    chars = sum(map(len, texts))
    base, full = load_base(), load_nlp()
    list(base.pipe(texts[:5]))
    list(extract_many(sources[:1]))  # warm up both pipelines
    bare, ours, claims = [], [], 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        for _doc in base.pipe(texts, batch_size=64, n_process=args.n_process):
            pass
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        claims = sum(len(e.claims) for e in extract_many(sources, n_process=args.n_process))
        ours.append(time.perf_counter() - start)
    b, o = min(bare), min(ours)
    print(f"documents {len(sources)}, segments {len(texts)}, characters {chars}, claims {claims}")
    print(f"bare nlp.pipe ({', '.join(base.pipe_names)}):")
    print(f"  {b:.2f} s = {chars / b / 1000:.0f} k chars/s")
    print(f"end-to-end extract_many ({', '.join(full.pipe_names)}):")
    print(f"  {o:.2f} s = {chars / o / 1000:.0f} k chars/s")
    print(f"end-to-end / bare speed: {b / o:.0%} (best of {args.repeat})")


if __name__ == "__main__":
    main()
