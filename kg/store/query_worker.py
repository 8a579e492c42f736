"""Run SPARQL on an on-disk store in a child process, so a query past its time limit can be killed.

pyoxigraph cannot cancel a running query; a thread left behind would keep a core busy. The child
opens the store read-only, answers queries over a pipe (pickled requests and rows), and is killed
and replaced when a query runs out of time or the parent writes (so it never serves a stale view).
"""

from __future__ import annotations

import logging
import os
import pickle
import select
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from kg.store.base import QueryError, QueryResult, QueryTimeout, StoreError

log = logging.getLogger(__name__)

STARTUP_TIMEOUT_S = 60.0
SUPPORTED = sys.platform != "win32"  # select() on pipes


class QueryWorker:
    """One child process per store; ``run`` sends a query and waits at most ``timeout_s``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()

    def _start(self) -> subprocess.Popen[bytes]:
        process = subprocess.Popen([sys.executable, "-m", "kg.store.query_worker", str(self.path)],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        ready = self._receive(process, STARTUP_TIMEOUT_S)
        if ready[0] != "ready":
            self._kill(process)
            raise StoreError(f"cannot open the graph store at {self.path} for queries: {ready[1]}")
        return process

    def _receive(self, process: subprocess.Popen[bytes], timeout_s: float) -> Any:
        assert process.stdout is not None
        readable, _, _ = select.select([process.stdout], [], [], timeout_s)
        if not readable:
            raise TimeoutError
        try:
            return pickle.load(process.stdout)
        except EOFError as error:
            raise StoreError(f"the query process for {self.path} stopped unexpectedly") from error

    def run(self, sparql: str, substitutions: dict[str, Any], limit: int, timeout_s: float) -> QueryResult:
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                try:
                    self._process = self._start()
                except TimeoutError:
                    raise StoreError(f"the query process for {self.path} did not start within "
                                     f"{STARTUP_TIMEOUT_S:g} s") from None
            process = self._process
            assert process.stdin is not None
            pickle.dump((sparql, substitutions, limit), process.stdin)
            process.stdin.flush()
            try:
                status, payload = self._receive(process, timeout_s)
            except TimeoutError:
                self.stop()
                raise QueryTimeout(f"the query ran past its {timeout_s:g} s limit and was stopped; make it "
                                   "more specific (a LIMIT, fewer OPTIONALs) or allow more time with "
                                   "--timeout") from None
        if status == "ok":
            return QueryResult(**payload)
        if status == "syntax":
            raise QueryError(f"not valid SPARQL: {payload}")
        raise QueryError(payload)

    def stop(self) -> None:
        """Kill the child (after a timeout, a write, or on close); the next query starts a fresh one."""
        if self._process is not None:
            self._kill(self._process)
            self._process = None

    @staticmethod
    def _kill(process: subprocess.Popen[bytes]) -> None:
        process.kill()
        process.wait()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


def _serve(path: str) -> None:
    """The child's loop: read (sparql, substitutions, limit), answer ("ok", result) or an error."""
    out = os.fdopen(os.dup(1), "wb")
    sys.stdout = sys.stderr  # nothing but answers may reach the pipe
    source = sys.stdin.buffer
    import pyoxigraph as ox

    from kg.prefixes import PREFIXES
    from kg.store.oxigraph import open_oxigraph
    from kg.store.terms import collect_results, to_ox

    def send(message: object) -> None:
        pickle.dump(message, out)
        out.flush()

    try:
        store = open_oxigraph(Path(path), read_only=True)
    except StoreError as error:
        send(("error", str(error)))
        return
    send(("ready", None))
    while True:
        try:
            sparql, substitutions, limit = pickle.load(source)
        except EOFError:
            return
        started = time.monotonic()
        try:
            bound = {ox.Variable(name): to_ox(term) for name, term in substitutions.items()}

            def execute(text: str, bound: dict[Any, Any] = bound) -> Any:
                return store.query(text, substitutions=bound, prefixes=PREFIXES,
                                   use_default_graph_as_union=True)

            send(("ok", collect_results(execute, sparql, limit)))
        except SyntaxError as error:
            send(("syntax", str(error)))
        except Exception as error:  # noqa: BLE001 - reported to the parent as a query error
            message = str(error)
            if "SELECT projection" in message:
                message += ": a bound parameter must be a variable the query selects (list it in SELECT)"
            send(("error", f"the query failed: {message}"))
        log.debug("query answered in %.3f s", time.monotonic() - started)


if __name__ == "__main__":
    _serve(sys.argv[1])
