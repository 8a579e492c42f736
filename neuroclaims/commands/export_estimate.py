"""`neuroclaims export estimate-inputs`: per parameter, the claims that feed the estimate and the
mixture they make, as CSV, JSON or a Squiggle program (runs as is in the Squiggle playground).
"""

from __future__ import annotations

import logging
from pathlib import Path

import typer

from kg.estimate import build_inputs
from kg.estimate.export import FORMATS, export_inputs
from neuroclaims.commands.estimate import read_model_weights_and_claims
from neuroclaims.graph_access import fail

log = logging.getLogger(__name__)


def estimate_inputs(
    fmt: str = typer.Option("json", "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    output: Path | None = typer.Option(
        None, "--output", "-o", dir_okay=False, help="Write here instead of standard output."
    ),
    weights: Path | None = typer.Option(
        None,
        "--weights",
        "-w",
        exists=True,
        dir_okay=False,
        help="YAML/JSON weight overrides (see `neuroclaims estimate --help`).",
    ),
    model: Path | None = typer.Option(
        None,
        "--model",
        exists=True,
        dir_okay=False,
        help="An estimate model YAML (default: kg/estimate/model.yaml).",
    ),
) -> None:
    """Export the estimate's inputs: per parameter, the contributing claims and their mixture."""
    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    estimate_model, user_weights, extractions = read_model_weights_and_claims(model, weights)
    text = export_inputs(build_inputs(extractions, estimate_model, user_weights), fmt)
    if output is None:
        typer.echo(text, nl=not text.endswith("\n"))
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise fail(f"cannot write {output}: {error.strerror}") from None
    typer.echo(f"wrote {output} ({fmt})", err=True)


def register(app: typer.Typer) -> None:
    """Add `estimate-inputs` to the `export` group (kept by neuroclaims/commands/export.py).

    Until that module exists, a minimal `export` group is created here so the command still works.
    """
    try:
        from neuroclaims.commands.export import export_app
    except ImportError:
        log.debug("neuroclaims.commands.export not found; registering a stand-in `export` group")
        export_app = typer.Typer(help="Export the graph and estimate inputs.", no_args_is_help=True)
        app.add_typer(export_app, name="export")
    export_app.command("estimate-inputs")(estimate_inputs)
