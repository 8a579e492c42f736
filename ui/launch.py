"""How to start the app: the `streamlit run` command line shared by `neuroclaims ui` and ui.screenshots."""

from __future__ import annotations

import sys
from pathlib import Path

APP_PATH = Path(__file__).resolve().with_name("app.py")


def streamlit_command(port: int, address: str = "127.0.0.1") -> list[str]:
    """`streamlit run ui/app.py` headless on ``address:port``, without telemetry or file watching."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP_PATH),
        "--server.headless",
        "true",
        "--server.address",
        address,
        "--server.port",
        str(port),
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "minimal",
        "--server.fileWatcherType",
        "none",
        "--global.developmentMode",
        "false",
    ]
