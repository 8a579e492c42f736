"""How the embedded graph store scales: write, read-back, queries, dump, at a chosen size.

Builds synthetic sources by cloning the test sample (tests/sample_data.py) under new ids until the
store holds about --triples triples, then prints timings. Honest figures for this machine only:

    .venv/bin/python benchmarks/kg_store_scale.py --triples 100000
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

from rdflib import Graph

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.mapping import extraction_triples  # noqa: E402
from kg.query_library import run_named  # noqa: E402
from kg.store.oxigraph import OxigraphStore  # noqa: E402
from kg.store.terms import to_ox  # noqa: E402
from ontology.models import Claim, Evidence, Extraction  # noqa: E402
from tests.sample_data import make_sample_extractions  # noqa: E402


def clone(extraction: Extraction, n: int) -> Extraction:
    """The extraction under a new source id (and so new claim ids), with a distinct text."""
    source_id = f"{extraction.source.id}-{n}"
    text = extraction.source.text + f"\n[copy {n}]\n"
    source = extraction.source.model_copy(update={"id": source_id, "text": text, "checksum": ""})
    source = type(source).model_validate(source.model_dump())  # recompute the checksum
    claims = []
    for claim in extraction.claims:
        evidence = Evidence(source_id=source_id, start=claim.evidence.start, end=claim.evidence.end,
                            quote=claim.evidence.quote)
        claims.append(claim.model_copy(update={"id": Claim.make_id(evidence), "evidence": evidence}))
    return Extraction(source=source, claims=tuple(claims))


def timed(label: str, func, *args, **kwargs):  # noqa: ANN001, ANN201
    started = time.perf_counter()
    result = func(*args, **kwargs)
    print(f"{label:<48} {time.perf_counter() - started:8.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--location", type=Path, default=Path("benchmarks/.scale/store"))
    parser.add_argument("--reuse", action="store_true",
                        help="Skip writing; measure reads on the existing store.")
    args = parser.parse_args()

    samples = make_sample_extractions()
    per_pair = sum(len(extraction_triples(e)) for e in samples)
    copies = max(1, args.triples // per_pair)
    extractions = [clone(e, n) for n in range(copies) for e in samples]
    print(f"{len(extractions)} sources, {sum(len(e.claims) for e in extractions)} claims, "
          f"~{copies * per_pair:,} triples")

    one = extractions[0]
    triples = extraction_triples(one)
    reps = 200
    started = time.perf_counter()
    for _ in range(reps):
        "\n".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in triples)
    direct = (time.perf_counter() - started) / reps
    graph = Graph()
    for t in triples:
        graph.add(t)
    started = time.perf_counter()
    for _ in range(reps // 10):
        graph.serialize(format="nt")
    via_rdflib = (time.perf_counter() - started) / (reps // 10)
    print(f"{'N-Triples text of one source: direct to_ox':<48} {direct * 1000:8.2f} ms")
    print(f"{'N-Triples text of one source: rdflib serialize':<48} {via_rdflib * 1000:8.2f} ms")

    if not args.reuse:
        if args.location.exists():
            shutil.rmtree(args.location)
        store = OxigraphStore(args.location)

        def put_all() -> None:
            for extraction in extractions:
                store.put_extraction(extraction)

        timed(f"put_extraction x{len(extractions)} (one transaction each)", put_all)
        print(f"{'triples stored':<48} {store.triple_count():8,d}")
        timed("put_extraction of one source again (replace)", store.put_extraction, extractions[0])
        store.close()

    reader = OxigraphStore(args.location, read_only=True)
    back = timed("extractions() cold (read-only store)", reader.extractions)
    assert len(back) == len(extractions)
    timed("extractions() again (cached)", reader.extractions)
    queries = [("claims_by_mechanism", {"mechanism": "synaptic_transmission"}), ("mechanisms", {}),
               ("quantities", {"parameter": "synapse_count"})]
    if copies * per_pair <= 200_000:  # pairs of claims: quadratic in the clones of one conversation
        queries.append(("disagreements", {"mechanism": "neuron_io_complexity"}))
    for name, params in queries:
        result = timed(f"query {name}", run_named, reader, name, params, timeout_s=600, limit=10**7)
        print(f"{'':<48} {len(result.rows):8,d} rows")
    timed("has_source (cheap check before re-ingest)", reader.has_source, extractions[-1].source.id,
          extractions[-1].source.checksum)
    timed("dump N-Quads", reader.dump, "nquads")


if __name__ == "__main__":
    main()
