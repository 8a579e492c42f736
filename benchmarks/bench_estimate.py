"""Benchmark the estimate: time for 10^5 Monte Carlo samples, sensitivity time, peak memory.

Prints figures; not a test. Uses the claims in the configured graph when it has any (run
`neuroclaims ingest corpus/` first), else the shared sample extractions.

    python benchmarks/bench_estimate.py [--samples 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

from kg.estimate import build_inputs, load_model, run_estimate, sensitivity


def _extractions() -> tuple[list, str]:
    try:
        from kg.config import open_store

        with open_store(read_only=True) as store:
            extractions = store.extractions()
        if extractions:
            return extractions, "graph store"
    except Exception as error:  # noqa: BLE001 - any store problem: fall back to the sample data
        print(f"(store unavailable: {error}; using the sample extractions)")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo root, for tests.sample_data
    from tests.sample_data import make_sample_extractions

    return make_sample_extractions(), "tests/sample_data.py"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=100_000)
    parser.add_argument("--sensitivity-samples", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    extractions, origin = _extractions()
    start = time.perf_counter()
    inputs = build_inputs(extractions, load_model())
    build_s = time.perf_counter() - start
    components = sum(len(p.mixture()[0]) for p in inputs.parameters.values())
    claims = len(inputs.contributing_claims())
    print(f"inputs from {origin}: {inputs.claims_read} claims read, {claims} contributing, "
          f"{components} mixture components; build_inputs {build_s * 1000:.1f} ms")

    run_estimate(inputs, samples=1_000, seed=0)  # warm-up
    times = []
    for seed in range(args.repeat):
        start = time.perf_counter()
        result = run_estimate(inputs, samples=args.samples, seed=seed)
        times.append(time.perf_counter() - start)
    print(f"run_estimate {args.samples:,} samples: median {statistics.median(times) * 1000:.1f} ms, "
          f"min {min(times) * 1000:.1f} ms over {args.repeat} runs (target < 200 ms); "
          f"median brain FLOP/s {result.percentiles.p50:.3g}")

    start = time.perf_counter()
    report = sensitivity(inputs, samples=args.sensitivity_samples, seed=0)
    sens_s = time.perf_counter() - start
    reruns = len(report.claims) + 2 * len(report.parameters) + 1
    print(f"sensitivity ({args.sensitivity_samples:,} samples per re-run, {reruns} re-runs): {sens_s:.2f} s")

    tracemalloc.start()
    run_estimate(inputs, samples=args.samples, seed=0)
    _, peak_run = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    sensitivity(inputs, samples=args.sensitivity_samples, seed=0)
    _, peak_sens = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory (tracemalloc, Python + numpy allocations): run_estimate {peak_run / 2**20:.1f} MiB, "
          f"sensitivity {peak_sens / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
