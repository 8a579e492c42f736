"""`neuroclaims ui` and the screenshot script."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ui.launch import APP_PATH, streamlit_command


def test_streamlit_command_runs_the_app_headless_on_localhost() -> None:
    command = streamlit_command(8600)
    assert command[:4] == [sys.executable, "-m", "streamlit", "run"]
    assert Path(command[4]) == APP_PATH and APP_PATH.exists()
    options = dict(zip(command[5::2], command[6::2], strict=True))
    assert options["--server.headless"] == "true"
    assert options["--server.address"] == "127.0.0.1"
    assert options["--server.port"] == "8600"
    assert options["--browser.gatherUsageStats"] == "false"


def test_ui_command_is_registered() -> None:
    from neuroclaims.cli import app

    result = CliRunner().invoke(app, ["ui", "--help"])
    assert result.exit_code == 0, result.output
    assert "--port" in result.output


@pytest.mark.slow
def test_screenshots_capture_a_rendered_page(sample_store_dir: Path, tmp_path: Path) -> None:
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        pytest.skip("chromium is not installed")
    from ui.screenshots import take_screenshots

    (png,) = take_screenshots(sample_store_dir, tmp_path, ["sources"])
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG")
    assert len(data) > 30_000  # a drawn page, not the blank loading skeleton (~10 KB)
