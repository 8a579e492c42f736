"""How long the app takes to re-render after a widget moves, measured with Streamlit's AppTest
against a store. Reported per scenario: the script's own time until the estimate's percentiles and
chart are drawn ("results"), until the page is complete ("total"), and AppTest's wall time. The
browser's drawing is not included.

    python -m ui.timing --store DIR [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ui.launch import APP_PATH


def _run(at: Any, action: Callable[[], Any]) -> dict[str, float]:
    start = time.perf_counter()
    action()
    wall = time.perf_counter() - start
    timings = dict(at.session_state["_timings"]) if "_timings" in at.session_state else {}
    return {**timings, "wall": wall}


def measure(repeat: int = 5) -> dict[str, list[dict[str, float]]]:
    """Timings per run for: the first load of Estimate, a new certainty-influence value, the same
    values again (cached), a new role weight, and the certainty filter on Claims."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP_PATH), default_timeout=300)
    at.query_params["page"] = "estimate"
    results = {"estimate: first load (store read, index, estimate)": [_run(at, at.run)]}
    values = [round(0.05 * (i + 1), 2) for i in range(repeat)]

    def slide(key: str, value: float) -> Callable[[], Any]:
        return lambda: at.slider(key=key).set_value(value).run()

    results["estimate: certainty-influence slider, new value"] = [
        _run(at, slide("w_certainty", v)) for v in values
    ]
    results["estimate: certainty-influence slider, value seen before"] = [
        _run(at, slide("w_certainty", v)) for v in values
    ]
    results["estimate: interviewee role weight, new value"] = [
        _run(at, slide("w_role_interviewee", 1.0 - v)) for v in values
    ]
    claims = AppTest.from_file(str(APP_PATH), default_timeout=300)
    claims.query_params["page"] = "claims"
    claims.run()
    results["claims: certainty-range filter"] = [
        _run(claims, lambda v=v: claims.slider(key="claims_certainty").set_range(v, 1.0).run())
        for v in values
    ]
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", type=Path, default=None, help="store directory (sets NEUROCLAIMS_STORE)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    if args.store is not None:
        os.environ["NEUROCLAIMS_STORE"] = str(args.store.resolve())
    for label, runs in measure(args.repeat).items():
        parts = []
        for key in ("results", "total", "wall"):
            values = [r[key] for r in runs if key in r]
            if values:
                parts.append(
                    f"{key} median {statistics.median(values) * 1000:.0f} ms (max {max(values) * 1000:.0f})"
                )
        print(f"{label} [{len(runs)} runs]: " + ", ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
