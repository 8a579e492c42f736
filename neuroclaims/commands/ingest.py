"""`neuroclaims ingest PATH...`: read documents, extract claims, write them to the graph."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ingest.errors import IngestError
from ingest.sidecar import SUPPORTED_EXTENSIONS
from kg.config import open_store
from kg.store.base import StoreError
from neuroclaims.pipeline import ingest_paths
from ontology.models import Participant, SourceMeta

console = Console(stderr=True, soft_wrap=True)  # a path and its problem stay on one line


def ingest(
    paths: list[Path] = typer.Argument(
        ...,
        help="Files or folders (.txt .md .html .vtt .srt); sidecars "
        "<stem>.meta.yaml beside them give title, kind and participants.",
    ),
    title: str | None = typer.Option(
        None, help="Title of the document (for a single file without a sidecar)."
    ),
    kind: str | None = typer.Option(
        None, help="Kind: interview_notes, podcast_transcript, forum_post, transcript ..."
    ),
    date: str | None = typer.Option(None, help="Date, YYYY-MM-DD."),
    url: str | None = typer.Option(None, help="Where the document comes from."),
    participant: list[str] = typer.Option(
        [],
        "--participant",
        "-p",
        help="'Name:role[:Affiliation]', repeatable (roles: interviewee, speaker, "
        "interviewer, host, guest, post_author, commenter, cited_author).",
    ),
    source_id: str | None = typer.Option(
        None, "--id", help="Stable id for the document (default: from its text)."
    ),
    workers: int = typer.Option(1, min=1, help="spaCy worker processes."),
    force: bool = typer.Option(False, help="Re-extract documents even when their text is unchanged."),
) -> None:
    """Ingest documents into the graph; unchanged documents are skipped, bad files are reported."""
    meta = _meta_from_options(title, kind, date, url, participant, source_id)
    try:
        store = open_store()
    except StoreError as error:
        console.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from None
    with (
        store,
        Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[file]}"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        ) as bar,
    ):
        task = bar.add_task("ingest", total=None, file="")
        seen: set[Path] = set()

        def progress(step: str, path: Path | None) -> None:
            if step == "read":
                bar.update(task, total=(bar.tasks[0].total or 0) + 1, file=f"reading {path.name}")
            elif path is not None and path not in seen:
                seen.add(path)
                bar.update(task, advance=1, file=f"{step} {path.name}")

        try:
            report = ingest_paths(paths, store, meta=meta, workers=workers, force=force, progress=progress)
        except IngestError as error:
            console.print(f"[red]error:[/red] {error}")
            raise typer.Exit(2) from None
        except StoreError as error:
            console.print(f"[red]error:[/red] the graph store failed: {error}")
            raise typer.Exit(2) from None
        bar.update(task, file="done")
    for path, sid, n in report.ingested:
        console.print(f"[green]ingested[/green] {path} as {sid}: {n} claims")
    for path, sid in report.unchanged:
        console.print(f"[dim]unchanged[/dim] {path} ({sid})")
    for failure in report.failed:
        console.print(f"[red]failed[/red] {failure}")
    if report.skipped:
        names = ", ".join(str(p) for p in report.skipped[:5]) + (" ..." if len(report.skipped) > 5 else "")
        console.print(f"[yellow]skipped[/yellow] {len(report.skipped)} file(s) no reader takes "
                      f"(supported: {', '.join(sorted(SUPPORTED_EXTENSIONS))}): {names}")
    console.print(
        f"{len(report.ingested)} ingested ({report.claims} claims), {len(report.unchanged)} unchanged, "
        f"{len(report.failed)} failed"
    )
    if not report.ok:
        raise typer.Exit(1)


def _meta_from_options(
    title: str | None,
    kind: str | None,
    date: str | None,
    url: str | None,
    participants: list[str],
    source_id: str | None,
) -> SourceMeta | None:
    if not any((title, kind, date, url, participants, source_id)):
        return None
    if not title or not kind:
        raise typer.BadParameter(
            "--title and --kind are both needed to describe a document on the command line"
        )
    try:
        return SourceMeta(
            id=source_id,
            title=title,
            kind=kind,
            url=url,
            date=dt.date.fromisoformat(date) if date else None,
            participants=tuple(Participant.parse(p) for p in participants),
        )
    except (ValueError, ValidationError) as error:
        raise typer.BadParameter(str(error)) from None


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
