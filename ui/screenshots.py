"""Screenshots of every page: start `streamlit run` headless on a free 127.0.0.1 port, wait until
it answers, then have headless Chromium capture each ``?page=`` URL as a PNG.

    python -m ui.screenshots --store DIR --out out/screenshots [--page claims --page graph]
"""

from __future__ import annotations

import argparse
import base64
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import ExitStack
from pathlib import Path

from websockets.sync.client import connect

from kg.server import free_port
from ui.launch import streamlit_command
from ui.views import PAGES

logger = logging.getLogger(__name__)

# Extra views worth a picture: name -> query string.
VARIANTS = {
    "graph-experts-mechanisms": "page=graph&view=expert_mechanism",
    "graph-citations": "page=graph&view=citations",
    "sparql-disagreements": "page=sparql&query=disagreements",
}

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
]


class ScreenshotError(Exception):
    """The app or the browser could not be started; the message says what to install or check."""


def find_chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    raise ScreenshotError("no Chromium found; install it with `apt-get install -y chromium`")


def start_app(port: int, store: Path | None) -> subprocess.Popen[bytes]:
    env = dict(os.environ, STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    if store is not None:
        env["NEUROCLAIMS_STORE"] = str(store.resolve())
    return subprocess.Popen(
        streamlit_command(port), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def wait_until_up(url: str, process: subprocess.Popen[bytes], timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = process.stderr.read().decode(errors="replace") if process.stderr else ""
            raise ScreenshotError(f"streamlit exited with code {process.returncode}:\n{err[-2000:]}")
        try:
            with urllib.request.urlopen(url + "_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    raise ScreenshotError(f"streamlit did not answer at {url} within {timeout_s:.0f} s")


READY_JS = """(() => {
  const main = document.querySelector('[data-testid="stMain"]') || document.querySelector('section.main');
  if (!main || !document.querySelector('h1')) return -1;
  if (document.querySelector('[data-testid="stSkeleton"]')) return -1;
  const status = document.querySelector('[data-testid="stStatusWidget"]');
  if (status && /running/i.test(status.innerText)) return -1;
  return main.innerText.length + document.querySelectorAll('canvas, svg, img').length;
})()"""


class Browser:
    """Headless Chromium driven over the DevTools protocol: navigate, wait until the page stops
    changing (Streamlit draws over a websocket in real time), capture a PNG."""

    def __init__(self, chromium: str, size: str = "1400,1000") -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="nc-chromium-", ignore_cleanup_errors=True)
        cmd = [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={self._profile.name}",
            f"--window-size={size}",
            "--remote-debugging-port=0",
            "about:blank",
        ]
        self._process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self._profile.name) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or len(port_file.read_text().split()) < 2:
            if time.monotonic() > deadline or self._process.poll() is not None:
                self.close()
                raise ScreenshotError("chromium did not start its DevTools endpoint")
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
            targets = json.load(response)
        page = next(t for t in targets if t.get("type") == "page")
        self._stack = ExitStack()
        self._ws = self._stack.enter_context(
            connect(page["webSocketDebuggerUrl"], max_size=2**28, open_timeout=10)
        )
        self._next_id = 0

    def call(self, method: str, **params: object) -> dict[str, object]:
        self._next_id += 1
        self._ws.send(json.dumps({"id": self._next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self._ws.recv(timeout=60))
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise ScreenshotError(f"{method} failed: {message['error']}")
                return message.get("result", {})

    def screenshot(self, url: str, out: Path, settle_s: float = 2.0, timeout_s: float = 45.0) -> None:
        self.call("Page.navigate", url=url)
        deadline = time.monotonic() + timeout_s
        last, stable_since = None, time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.25)
            value = self.call("Runtime.evaluate", expression=READY_JS, returnByValue=True)
            state = value.get("result", {}).get("value")  # type: ignore[union-attr]
            if state != last or state == -1:
                last, stable_since = state, time.monotonic()
            elif time.monotonic() - stable_since >= settle_s:
                break
        else:
            logger.warning("%s did not settle within %.0f s; capturing anyway", url, timeout_s)
        shot = self.call("Page.captureScreenshot", format="png")
        out.write_bytes(base64.b64decode(str(shot["data"])))

    def close(self) -> None:
        stack = getattr(self, "_stack", None)
        if stack is not None:
            stack.close()
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
        self._profile.cleanup()


def take_screenshots(
    store: Path | None, out_dir: Path, pages: list[str], size: str = "1400,1000"
) -> list[Path]:
    """Capture each page; returns the PNG paths written."""
    chromium = find_chromium()
    out_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    process = start_app(port, store)
    written = []
    try:
        wait_until_up(base, process)
        browser = Browser(chromium, size)
        try:
            for page in pages:
                out = out_dir / f"{page}.png"
                browser.screenshot(f"{base}?{VARIANTS.get(page, f'page={page}')}", out)
                logger.info("wrote %s", out)
                written.append(out)
        finally:
            browser.close()
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", type=Path, default=None, help="store directory (sets NEUROCLAIMS_STORE)")
    parser.add_argument("--out", type=Path, default=Path("out/screenshots"))
    parser.add_argument(
        "--page",
        action="append",
        choices=[*PAGES, *VARIANTS],
        help="pages to capture (default: all pages and views)",
    )
    parser.add_argument("--size", default="1400,1000", help="window size WIDTH,HEIGHT")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        written = take_screenshots(args.store, args.out, args.page or [*PAGES, *VARIANTS], args.size)
    except ScreenshotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
