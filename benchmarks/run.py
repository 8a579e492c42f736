"""NeuroClaims at scale: ingest throughput, named queries on three stores, estimate, re-ingest, memory.

Every run measures the same work: a scale corpus generated deterministically from ``corpus/``
(``--words``, ``--seed``; see benchmarks/scale_corpus.py) under benchmarks/.scale/, an ingest slice
of its first documents (``--ingest-words``), and a graph of ``--triples`` quads: the slice as
ingested plus replicas of its extractions under fresh content-hash ids, written through the same
mapping (``put_extraction``). Prints a Markdown table (``--json`` for machine-readable output).

    python benchmarks/run.py                                   # quick: 100k-word corpus, 20k ingested
    python benchmarks/run.py --words 1000000 --ingest-words 100000 --triples 1000000

To time only the named queries on a graph an earlier run built (benchmarks/.scale/work/graph; copy it
first if another run may rebuild it):

    python benchmarks/run.py --graph benchmarks/.scale/work/graph --skip-rdflib --skip-server --repeat 7
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_corpus import ROOT, SCALE_DIR, build_scale_corpus  # noqa: E402

QUERY_PARAMS: dict[str, dict[str, str]] = {
    "claims_by_expert": {"expert": "Shaul Druckmann"},
    "claims_by_mechanism": {"mechanism": "synaptic_transmission"},
    "claims_by_source": {"source": "druckmann-2019-s0-0001"},
    "claims_citing": {"work": "Beniaguev"},
    "disagreements": {"mechanism": "synaptic_transmission"},
    "experts": {},
    "mechanism_evidence": {"mechanism": "dendritic_computation"},
    "mechanisms": {},
    "quantities": {"parameter": "FLOPs per spike through synapse"},
}
QUERY_TARGET_MS = 50.0
RDFLIB_TARGET_RATIO = 10.0
ROW_LIMIT = 10_000


# --- measuring -------------------------------------------------------------------------------

def peak_rss_reset() -> None:
    """Reset this process's peak resident set (Linux: VmHWM), so the next step's peak is its own."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_rss_mib(pid: int | str = "self") -> float | None:
    """Peak resident set of a process since its last reset (VmHWM), in MiB."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    match = re.search(r"VmHWM:\s+(\d+) kB", status)
    return int(match.group(1)) / 1024 if match else None


def children_maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


@dataclass
class Row:
    section: str
    name: str
    value: float | None
    unit: str
    target: str = ""
    ok: bool | None = None
    note: str = ""
    peak_mib: float | None = None


@dataclass
class Report:
    settings: dict[str, Any]
    rows: list[Row] = field(default_factory=list)
    queries: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *args: Any, **kwargs: Any) -> Row:
        row = Row(*args, **kwargs)
        self.rows.append(row)
        log(f"{row.section} / {row.name}: {fmt(row.value)} {row.unit} {row.note}")
        return row


def fmt(value: float | None, digits: int = 3) -> str:
    if value is None:
        return "-"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.{digits}g}"


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def fresh_dir(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


# --- ingest throughput -------------------------------------------------------------------------

def bench_ingest(report: Report, files: list[Path], work: Path, workers: list[int], repeat: int) -> Path:
    """End-to-end ingest_paths (read + extract + store) against bare nlp.pipe on the same texts."""
    from ingest.extract import speaking_segments
    from ingest.pipeline import load_nlp
    from ingest.prepare import parse_text
    from ingest.readers import read_source
    from ingest.sidecar import load_meta
    from kg.store.oxigraph import OxigraphStore
    from neuroclaims.pipeline import ingest_paths

    load_seconds, nlp = timed(load_nlp)
    sources = [read_source(path, load_meta(path)) for path in files]
    words = sum(len(s.text.split()) for s in sources)
    texts = [parse_text(s.text[seg.start:seg.end]) for s in sources for seg in speaking_segments(s)]
    report.notes.append(f"ingest slice: {len(files)} documents, {words:,} words, {len(texts)} segments; "
                        f"pipeline load {load_seconds:.1f} s (not timed below: loaded once per ingest run)")
    list(nlp.pipe(texts[:20]))  # warm up
    graph_store = work / "ingest-w1"
    for n in workers:
        bare_times, ingest_times, claims = [], [], 0
        bare_peak = ingest_peak = 0.0
        for attempt in range(repeat):
            peak_rss_reset()
            seconds, _ = timed(lambda n=n: sum(1 for _ in nlp.pipe(texts, batch_size=64, n_process=n)))
            bare_times.append(seconds)
            bare_peak = max(bare_peak, peak_rss_mib() or 0)
            location = fresh_dir(work / f"ingest-w{n}")
            peak_rss_reset()
            with OxigraphStore(location) as store:
                seconds, result = timed(lambda n=n, store=store: ingest_paths(files, store, workers=n))
            ingest_times.append(seconds)
            ingest_peak = max(ingest_peak, peak_rss_mib() or 0)
            if result.failed:
                raise SystemExit(f"ingest of the slice failed: {result.failed}")
            claims = result.claims
            log(f"workers={n} run {attempt + 1}: bare {bare_times[-1]:.1f} s, ingest {seconds:.1f} s")
        bare, ours = min(bare_times), min(ingest_times)
        child = f"; workers' peak (RUSAGE_CHILDREN) {children_maxrss_mib():.0f} MiB" if n > 1 else ""
        report.add("ingest", f"bare nlp.pipe, {n} process{'es' if n > 1 else ''}", words / bare, "words/s",
                   note=f"{words:,} words in {bare:.1f} s (best of {repeat})", peak_mib=bare_peak)
        report.add("ingest", f"end-to-end ingest_paths, workers={n}", words / ours, "words/s",
                   note=f"{len(files)} docs, {claims} claims, in {ours:.1f} s (best of {repeat}){child}",
                   peak_mib=ingest_peak)
        report.add("ingest", f"end-to-end / bare, workers={n}", 100 * bare / ours, "%", target=">= 60 %",
                   ok=bare / ours >= 0.6)
    return graph_store


# --- the graph of >= N triples -----------------------------------------------------------------

def replicate(extraction: Any, replica: int) -> Any:
    """The extraction under a fresh content-hash source id, its claims re-identified accordingly."""
    from ontology.ids import content_id
    from ontology.models import Claim

    source = extraction.source
    new_id = content_id("src", source.checksum, "replica", replica)
    new_source = source.model_copy(update={"id": new_id, "title": f"{source.title} [replica {replica}]"})
    claims = []
    for claim in extraction.claims:
        evidence = claim.evidence.model_copy(update={"source_id": new_id})
        speaker = claim.speaker
        if not speaker.named:
            speaker = speaker.model_copy(update={"id": content_id("agent", new_id, speaker.name)})
        claims.append(claim.model_copy(update={"id": Claim.make_id(evidence), "evidence": evidence,
                                               "speaker": speaker}))
    return extraction.model_copy(update={"source": new_source, "claims": tuple(claims)})


def build_graph(report: Report, ingested: Path, location: Path, triples: int) -> int:
    from kg.store.oxigraph import OxigraphStore

    with OxigraphStore(ingested, read_only=True) as store:
        extractions = store.extractions()
        base_triples = store.triple_count()
    fresh_dir(location)
    peak_rss_reset()
    start = time.perf_counter()
    replicas = 0
    with OxigraphStore(location) as store:
        for extraction in extractions:
            store.put_extraction(extraction)
        count = store.triple_count()
        while count < triples:
            replicas += 1
            for extraction in extractions:
                store.put_extraction(replicate(extraction, replicas))
            count = store.triple_count()
    seconds = time.perf_counter() - start
    report.notes.append(
        f"graph: {count:,} quads = the ingested slice ({base_triples:,} quads, {len(extractions)} sources) "
        f"+ {replicas} replicas of its extractions under fresh content-hash ids, written with put_extraction")
    report.add("graph", "build (put_extraction, embedded on disk)", count / seconds, "quads/s",
               note=f"{count:,} quads in {seconds:.1f} s", peak_mib=peak_rss_mib())
    return count


# --- named queries ------------------------------------------------------------------------------

@dataclass
class QueryTiming:
    ms: float | None          # median; None when capped or failed
    rows: int
    runs: int
    status: str = "ok"        # ok | capped | error
    error: str = ""


def _query_worker(open_target: Callable[[], Any], text: str, bindings: dict[str, Any], repeat: int,
                  warm_up: bool, conn: Any) -> None:
    """Runs in a forked child: sends ("run", seconds, rows) per run, then ("done",) or ("error", message)."""
    os.setpgrp()  # its own process group: killing it also kills any query process the store started
    try:
        run = open_target()
        for attempt in range(repeat + int(warm_up)):
            seconds, rows = timed(lambda: run(text, bindings))
            conn.send(("warm" if warm_up and attempt == 0 else "run", seconds, rows))
        conn.send(("done",))
    except Exception as error:  # noqa: BLE001 - reported in the table
        conn.send(("error", f"{type(error).__name__}: {error}"))
    conn.close()


def run_capped(open_target: Callable[[], Any], repeat: int, cap_s: float, warm_up: bool,
               label: str) -> dict[str, QueryTiming]:
    """Every named query, each in a forked child (which shares loaded data copy-on-write) that is
    killed as soon as one run passes ``cap_s``: a runaway query can neither hang the benchmark nor
    keep burning a core behind it. Slow queries get fewer runs (until ``cap_s`` of total time)."""
    from kg.query_library import bind_params, load_query

    context = multiprocessing.get_context("fork")
    out: dict[str, QueryTiming] = {}
    for name, params in QUERY_PARAMS.items():
        query = load_query(name)
        receive, send = context.Pipe(duplex=False)
        bindings = bind_params(query, params)
        worker = context.Process(target=_query_worker,
                                 args=(open_target, query.text, bindings, repeat, warm_up, send))
        worker.start()
        send.close()
        times: list[float] = []
        rows, status, error = 0, "ok", ""
        while True:
            if not receive.poll(cap_s + 1):
                status = "capped"
                break
            message = receive.recv()
            if message[0] in ("run", "warm"):
                rows = message[2]
                if message[1] > cap_s:
                    status = "capped"
                    break
                if message[0] == "run":
                    times.append(message[1])
                if sum(times) > cap_s:
                    break
            else:
                if message[0] == "error":
                    status, error = "error", message[1]
                break
        with contextlib.suppress(ProcessLookupError):
            os.killpg(worker.pid, signal.SIGKILL)
        worker.join()
        ms = statistics.median(times) * 1000 if status == "ok" and times else None
        out[name] = QueryTiming(ms, rows, len(times), status if times or status != "ok" else "error", error)
        log(f"{label} {name}: {out[name]}")
    return out


def _embedded_target(location: Path) -> Callable[[], Any]:
    def open_target() -> Callable[[str, dict[str, Any]], int]:
        from kg.store.oxigraph import OxigraphStore

        store = OxigraphStore(location, read_only=True)
        return lambda text, bindings: len(store.query(text, bindings, timeout_s=3600, limit=ROW_LIMIT).rows)
    return open_target


def _server_target(url: str) -> Callable[[], Any]:
    def open_target() -> Callable[[str, dict[str, Any]], int]:
        from kg.store.sparql import SparqlServerStore

        store = SparqlServerStore(f"{url}/query", read_only=True, http_timeout_s=3600)
        return lambda text, bindings: len(store.query(text, bindings, timeout_s=3600, limit=ROW_LIMIT).rows)
    return open_target


def bench_server(location: Path, repeat: int, cap_s: float) -> tuple[dict[str, QueryTiming], float | None]:
    from kg.server import free_port, serve_command, wait_until_answering
    from kg.store.base import StoreError

    port = free_port()
    process = subprocess.Popen(serve_command(location, port=port, timeout_s=cap_s + 1),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_until_answering(url, process)
        except StoreError as error:
            raise SystemExit(str(error)) from None
        out = run_capped(_server_target(url), repeat, cap_s, True, "server")
        peak = peak_rss_mib(process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return out, peak


def _rdflib_host(nquads: Path, repeat: int, cap_s: float, conn: Any) -> None:
    """In a child process (so the parent's memory stays its own): load the N-Quads into rdflib's
    in-memory Dataset (union default graph), then query it from forked grandchildren."""
    from rdflib import Dataset

    peak_rss_reset()
    dataset = Dataset(default_union=True)
    load_seconds, _ = timed(lambda: dataset.parse(str(nquads), format="nquads"))
    load_peak = peak_rss_mib()
    log(f"rdflib loaded {len(dataset):,} triples in {load_seconds:.0f} s")

    def open_target() -> Callable[[str, dict[str, Any]], int]:
        def run(text: str, bindings: dict[str, Any]) -> int:
            results = dataset.query(text, initBindings=bindings)
            return sum(1 for _ in zip(range(ROW_LIMIT), results, strict=False))
        return run

    conn.send((run_capped(open_target, repeat, cap_s, False, "rdflib"), load_seconds, load_peak))
    conn.close()


def bench_rdflib(nquads: Path, repeat: int,
                 cap_s: float) -> tuple[dict[str, QueryTiming], float, float | None]:
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    host = context.Process(target=_rdflib_host, args=(nquads, repeat, cap_s, send))
    host.start()
    send.close()
    budget = 900 + len(QUERY_PARAMS) * (repeat + 1) * (cap_s + 1)
    if not receive.poll(budget):
        host.kill()
        host.join()
        raise SystemExit(f"the rdflib benchmark did not finish within {budget:.0f} s")
    result = receive.recv()
    host.join()
    return result


def _cell(timing: QueryTiming, cap_s: float) -> str:
    if timing.status == "skipped":
        return "-"
    if timing.status == "capped":
        return f"> {cap_s:g} s"
    if timing.status == "error":
        return "error"
    return f"{timing.ms:.1f}" if timing.ms is not None and timing.ms < 100 else f"{timing.ms:,.0f}"


def bench_queries(report: Report, location: Path, quads: int, repeat: int, cap_s: float,
                  skip_rdflib: bool, skip_server: bool = False) -> None:
    from kg.store.oxigraph import OxigraphStore

    embedded = run_capped(_embedded_target(location), repeat, cap_s, True, "embedded")
    if skip_server:
        server = {name: QueryTiming(None, 0, 0, "skipped") for name in QUERY_PARAMS}
    else:
        server, server_peak = bench_server(location, repeat, cap_s)
        report.add("queries", "oxigraph serve-read-only (server process peak)", None, "",
                   peak_mib=server_peak)
    rdflib: dict[str, QueryTiming] = {}
    if not skip_rdflib:
        nquads = location.with_suffix(".nq")
        with OxigraphStore(location, read_only=True) as store:
            nquads.write_bytes(store.dump("nquads"))
        rdflib, load_s, load_peak = bench_rdflib(nquads, repeat, cap_s)
        report.add("queries", "rdflib Dataset.parse of the N-Quads", quads / load_s, "quads/s",
                   note=f"{quads:,} quads in {load_s:.0f} s", peak_mib=load_peak)
    for name in QUERY_PARAMS:
        e, sv = embedded[name], server[name]
        entry: dict[str, Any] = {
            "query": name, "params": QUERY_PARAMS[name], "rows": e.rows, "embedded": asdict(e),
            "server": asdict(sv), "embedded_cell": _cell(e, cap_s), "server_cell": _cell(sv, cap_s),
            "server_vs_embedded": sv.ms / e.ms if sv.ms and e.ms else None,
            "embedded_ok": e.ms is not None and e.ms < QUERY_TARGET_MS}
        for label, timing in (("embedded", e), ("server", sv)):
            if timing.status == "error":
                report.notes.append(f"{label} store failed on `{name}`: {timing.error[:200]}")
        if rdflib:
            r = rdflib[name]
            if r.status == "error":
                report.notes.append(f"rdflib cannot run `{name}`: {r.error[:200]}")
            ratio = (r.ms / e.ms if r.ms and e.ms else
                     cap_s * 1000 / e.ms if r.status == "capped" and e.ms else None)
            entry.update({"rdflib": asdict(r), "rdflib_cell": _cell(r, cap_s),
                          "rdflib_vs_embedded": ratio, "rdflib_ratio_is_lower_bound": r.status == "capped",
                          "rdflib_ok": None if ratio is None else ratio >= RDFLIB_TARGET_RATIO})
        report.queries.append(entry)


# --- estimate and re-ingest -------------------------------------------------------------------

def bench_reingest_and_estimate(report: Report, work: Path, repeat: int) -> None:
    from kg.estimate import build_inputs, load_model, run_estimate
    from kg.store.oxigraph import OxigraphStore
    from neuroclaims.pipeline import ingest_paths

    corpus = ROOT / "corpus"
    location = fresh_dir(work / "corpus-store")
    with OxigraphStore(location) as store:
        first = ingest_paths([corpus], store)
        if first.failed or not first.ingested:
            raise SystemExit(f"ingest of corpus/ failed: {first.failed}")
        times = []
        peak_rss_reset()
        for _ in range(repeat):
            seconds, again = timed(lambda store=store: ingest_paths([corpus], store))
            times.append(seconds)
            assert len(again.unchanged) == len(first.ingested) and not again.ingested, again
        peak = peak_rss_mib()
        extractions = store.extractions()
    median = statistics.median(times)
    report.add("re-ingest", f"ingest_paths(corpus/) unchanged, in process ({len(first.ingested)} docs)",
               median * 1000, "ms", target="< 1000 ms", ok=median < 1, note=f"median of {repeat}",
               peak_mib=peak)

    env = dict(os.environ, NEUROCLAIMS_STORE=str(location))
    env.pop("NEUROCLAIMS_ENDPOINT", None)
    cli = [str(Path(sys.executable).with_name("neuroclaims")), "ingest", str(corpus)]
    walls, cli_peak = [], 0.0
    log_path = work / "cli-reingest.log"
    for _ in range(repeat):
        start = time.perf_counter()
        with log_path.open("w") as out:
            process = subprocess.Popen(cli, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=work)
            _, status, usage = os.wait4(process.pid, 0)  # the rusage of this one child
        walls.append(time.perf_counter() - start)
        process.returncode = os.waitstatus_to_exitcode(status)
        cli_peak = max(cli_peak, usage.ru_maxrss / 1024)
        output = " ".join(log_path.read_text().split())
        if process.returncode != 0 or f"{len(first.ingested)} unchanged" not in output:
            raise SystemExit(f"`neuroclaims ingest corpus/` re-run did not report all unchanged:\n{output}")
    wall = statistics.median(walls)
    report.add("re-ingest", "`neuroclaims ingest corpus/` unchanged, CLI wall time", wall * 1000, "ms",
               target="< 1000 ms", ok=wall < 1,
               note=f"median of {repeat}, includes interpreter start and imports", peak_mib=cli_peak)

    inputs = build_inputs(extractions, load_model())
    run_estimate(inputs, samples=1_000, seed=0)  # warm-up
    times = []
    peak_rss_reset()
    for seed in range(max(repeat, 5)):
        seconds, _ = timed(lambda seed=seed: run_estimate(inputs, samples=100_000, seed=seed))
        times.append(seconds)
    median = statistics.median(times)
    report.add("estimate", f"run_estimate, 10^5 samples ({len(extractions)} sources' claims)", median * 1000,
               "ms", target="< 200 ms", ok=median < 0.2, note=f"median of {len(times)}",
               peak_mib=peak_rss_mib())


# --- output -------------------------------------------------------------------------------------

def markdown(report: Report) -> str:
    s = report.settings
    lines = [f"Machine: {s['cpus']} CPUs, Python {s['python']}, load average at start {s['loadavg']}.",
             "", "| step | measure | value | unit | target | met | peak RSS MiB | note |",
             "|---|---|---:|---|---|---|---:|---|"]
    for r in report.rows:
        met = "" if r.ok is None else ("yes" if r.ok else "**no**")
        lines.append(f"| {r.section} | {r.name} | {fmt(r.value)} | {r.unit} | {r.target} | {met} | "
                     f"{fmt(r.peak_mib, 4) if r.peak_mib else ''} | {r.note} |")
    if report.queries:
        rdflib = "rdflib" in report.queries[0]
        cap = s["query_timeout"]
        lines += ["", f"Named queries on {s.get('quads', 0):,} quads: median of up to {s['repeat']} runs "
                  f"after a warm-up run (rdflib: no warm-up), rows capped at {ROW_LIMIT:,}, each run capped "
                  f"at {cap:g} s. Target: < {QUERY_TARGET_MS:g} ms on the embedded store"
                  + (f" and >= {RDFLIB_TARGET_RATIO:g}x faster than rdflib in memory." if rdflib else "."),
                  "",
                  "| query | parameters | rows | embedded ms | < 50 ms | server ms | server / embedded |"
                  + (" rdflib ms | rdflib / embedded | >= 10x |" if rdflib else ""),
                  "|---|---|---:|---:|---|---:|---:|" + ("---:|---:|---|" if rdflib else "")]
        for q in report.queries:
            params = ", ".join(f"{k}={v}" for k, v in q["params"].items()) or "-"
            rows = str(q["rows"])
            if q["server"]["rows"] != q["rows"] and q["server"]["status"] == "ok":
                rows += f" (server {q['server']['rows']})"
            ratio = f"{q['server_vs_embedded']:.1f}x" if q["server_vs_embedded"] else "-"
            line = (f"| {q['query']} | {params} | {rows} | {q['embedded_cell']} | "
                    f"{'yes' if q['embedded_ok'] else '**no**'} | {q['server_cell']} | {ratio} |")
            if rdflib:
                r_cell = q["rdflib_cell"]
                if q["rdflib"]["status"] == "ok" and q["rdflib"]["rows"] != q["rows"]:
                    r_cell += f" ({q['rdflib']['rows']} rows)"
                r_ratio = "-" if q["rdflib_vs_embedded"] is None else (
                    (">" if q["rdflib_ratio_is_lower_bound"] else "") + f"{q['rdflib_vs_embedded']:.0f}x")
                ok = "-" if q["rdflib_ok"] is None else ("yes" if q["rdflib_ok"] else "**no**")
                line += f" {r_cell} | {r_ratio} | {ok} |"
            lines.append(line)
    lines += [""] + [f"- {note}" for note in report.notes]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000, help="size of the scale corpus (words)")
    parser.add_argument("--ingest-words", type=int, default=20_000,
                        help="words of the scale corpus (its first documents) ingested for throughput")
    parser.add_argument("--triples", type=int, default=1_000_000, help="quads in the query-benchmark graph")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to measure")
    parser.add_argument("--repeat", type=int, default=3, help="runs per query / re-ingest (median)")
    parser.add_argument("--ingest-repeat", type=int, default=1, help="runs per ingest measure (best of)")
    parser.add_argument("--query-timeout", type=float, default=30.0,
                        help="cap per query run on every store (s); a capped query is reported as '> cap'")
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("--skip-server", action="store_true", help="do not time the oxigraph server")
    parser.add_argument("--graph", type=Path, default=None,
                        help="only time the named queries, on this existing store (no corpus, ingest, build)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="print JSON instead of the Markdown table")
    args = parser.parse_args(argv)

    import logging

    logging.basicConfig(level=logging.ERROR)
    work = SCALE_DIR / "work"
    work.mkdir(parents=True, exist_ok=True)
    report = Report(settings={**vars(args), "cpus": os.cpu_count(), "python": sys.version.split()[0],
                              "loadavg": " ".join(f"{x:.1f}" for x in os.getloadavg())})
    started = time.perf_counter()

    if args.graph is not None:
        from kg.store.oxigraph import OxigraphStore

        with OxigraphStore(args.graph, read_only=True) as store:
            report.settings["quads"] = store.triple_count()
        report.notes.append(f"graph: the existing store at {args.graph} ({report.settings['quads']:,} quads)")
        bench_queries(report, args.graph, report.settings["quads"], args.repeat, args.query_timeout,
                      args.skip_rdflib, args.skip_server)
        print(json.dumps(report.queries, indent=2, default=str) if args.json else markdown(report))
        return

    seconds, (folder, written) = timed(lambda: build_scale_corpus(args.words, args.seed))
    total = sum(n for _, n in written)
    report.add("corpus", f"scale corpus (seed {args.seed})", total, "words",
               note=f"{len(written)} documents in {folder.relative_to(ROOT)}, written in {seconds:.1f} s")
    files, words = [], 0
    for path, n in written:
        if words >= args.ingest_words:
            break
        files.append(path)
        words += n

    bench_reingest_and_estimate(report, work, args.repeat)
    ingested = bench_ingest(report, files, work, args.workers, args.ingest_repeat)
    graph = work / "graph"
    report.settings["quads"] = build_graph(report, ingested, graph, args.triples)
    bench_queries(report, graph, report.settings["quads"], args.repeat, args.query_timeout, args.skip_rdflib,
                  args.skip_server)
    elapsed = time.perf_counter() - started
    report.notes.append(
        "peak RSS: the process's peak resident set during the step (VmHWM reset before it), so it includes "
        "what the process already holds (the spaCy pipeline, ~300 MiB, once loaded); separate processes "
        f"(server, rdflib host, CLI) are their own. Total run {elapsed:.0f} s")

    if args.json:
        print(json.dumps({"settings": report.settings, "rows": [asdict(r) for r in report.rows],
                          "queries": report.queries, "notes": report.notes}, indent=2, default=str))
    else:
        print(markdown(report))


if __name__ == "__main__":
    main()
