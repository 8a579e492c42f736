"""`neuroclaims evaluate`: extract claims from the corpus and score them against gold annotations.

The figures agree with the gold set's reference scorer run on the same export; per-document
figures are added. Only the documents the gold annotates are extracted (predictions elsewhere
would count against precision).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ingest.errors import IngestError
from ingest.evaluate import (
    GoldError,
    gold_document_names,
    load_gold,
    locate,
    norm,
    score,
    score_by_document,
)
from ingest.readers import read_source
from ingest.sidecar import find_documents, load_meta
from kg.exporters.claims import write_jsonl

console = Console()
err = Console(stderr=True, soft_wrap=True)
REPO = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = REPO.parent / "shared" / "gold"
DEFAULT_DOCS = REPO / "corpus"
HEADERS = {
    "gold": "gold",
    "pred": "pred",
    "recall": "R",
    "precision": "P",
    "f1": "F1",
    "speaker_acc": "spk",
    "topic_acc": "topic",
    "effect_acc": "eff",
    "certainty_acc": "cert",
    "quantity_recall": "qty R",
}


def run_evaluation(
    gold_path: Path,
    docs_dir: Path,
    pred: Path | None = None,
    out: Path | None = None,
    workers: int = 1,
    annotated_only: bool = False,
) -> dict[str, Any]:
    """Extract (or read ``pred``), export, and score; returns overall, per-document and missed claims.

    ``outside`` counts the predicted claims found in documents the gold does not annotate: like the
    reference scorer, the figures count them against precision, unless ``annotated_only`` drops them.
    """
    gold = load_gold(gold_path)
    documents = [(path, read_source(path, load_meta(path))) for path in find_documents([docs_dir])]
    names = gold_document_names(gold, {str(path): source.text for path, source in documents})
    if not names:
        raise GoldError(f"{docs_dir}: none of its documents contains the gold quotes of {gold_path}")
    if pred is None:
        buffer = io.StringIO()
        from ingest.extract import extract_many  # loads spaCy: only when extracting
        write_jsonl(extract_many([s for p, s in documents if str(p) in names], n_process=workers), buffer)
        export = buffer.getvalue()
    else:
        export = pred.read_text(encoding="utf-8")
    if out is not None:
        out.write_text(export, encoding="utf-8")
    records = [json.loads(line) for line in export.splitlines() if line.strip()]
    texts = {names.get(str(path), path.name): norm(source.text) for path, source in documents}
    annotated_names = set(names.values())
    annotated = {name: text for name, text in texts.items() if name in annotated_names}
    outside = [
        r
        for r in records
        if locate(annotated, r.get("text", "")) is None and locate(texts, r.get("text", "")) is not None
    ]
    if annotated_only:
        dropped = {id(r) for r in outside}
        records = [r for r in records if id(r) not in dropped]
    scores = score(texts, gold, records)
    return {
        "outside": len(outside),
        "overall": scores.figures,
        "by_document": score_by_document(texts, gold, records),
        "citations": scores.citations,
        "misses": [{k: g.get(k) for k in ("id", "speaker", "gist")} for g in scores.misses],
        "unmatched": [{k: p.get(k) for k in ("speaker", "text")} for p in scores.unmatched],
    }


def evaluate(
    gold: Annotated[
        Path, typer.Option(help="Gold directory (with claims.jsonl) or a gold JSON Lines file.")
    ] = DEFAULT_GOLD,
    docs: Annotated[
        Path, typer.Option(help="Folder of the documents (renamed copies are fine: matched by content).")
    ] = DEFAULT_DOCS,
    pred: Annotated[Path | None, typer.Option(help="Score this claims export instead of extracting.")] = None,
    out: Annotated[
        Path | None, typer.Option(help="Also write the scored claims export to this file.")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="spaCy worker processes.")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    annotated_only: Annotated[
        bool,
        typer.Option(
            "--annotated-only",
            help="With --pred: leave out predicted claims from documents the gold does not annotate.",
        ),
    ] = False,
) -> None:
    """Score claim extraction against gold annotations: recall, precision, F1, field accuracies."""
    try:
        result = run_evaluation(gold, docs, pred, out, workers, annotated_only)
    except (GoldError, IngestError, OSError) as error:
        err.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from None
    if result["outside"] and not annotated_only:
        err.print(
            f"[yellow]warning:[/yellow] {result['outside']} predicted claims are in documents the gold "
            "does not annotate; they count against precision (as in score_claims.py). Pass "
            "--annotated-only to leave them out."
        )
    if as_json:
        console.print_json(json.dumps(result))
        return
    console.print(figures_table(result))
    console.print(citations_line(result["citations"]))
    if result["misses"]:
        console.print(f"missed {len(result['misses'])} gold claims (they cost recall), e.g.:")
        for miss in result["misses"][:EXAMPLES]:
            console.print(escape(f"  {miss['id']} [{miss['speaker']}] {miss['gist']}"))
    if result["unmatched"]:
        unmatched = len(result["unmatched"])
        console.print(f"{unmatched} predicted claims match no gold claim (they cost precision), e.g.:")
        for claim in result["unmatched"][:EXAMPLES]:
            line = f"  [{claim['speaker']}] " + " ".join(claim["text"].replace("*  ", " ").split())
            console.print(escape(line if len(line) <= LINE else line[: LINE - 1] + "…"))


EXAMPLES = 12
LINE = 78  # one example per line on an 80-column terminal


def figures_table(result: dict[str, Any]) -> Table:
    """Figures per document and overall, readable on 80 columns: numbers are never cut, long file
    names are. The headers: speaker, topic, effect, certainty accuracy; quantity recall."""
    table = Table(box=box.SIMPLE_HEAD, padding=0, pad_edge=False)  # the box puts a space between columns
    table.add_column("document", overflow="ellipsis", max_width=16, no_wrap=True)
    for header in HEADERS.values():
        table.add_column(header, justify="right", no_wrap=True, min_width=max(len(header), 5))
    for name, figures in [*result["by_document"].items(), ("overall", result["overall"])]:
        table.add_row(escape(name), *("-" if figures[f] is None else str(figures[f]) for f in HEADERS))
    return table


def citations_line(citations: dict[str, Any]) -> str:
    """One line on the works found claims report: the gold's ``cites``, which the reference
    scorer leaves out."""
    recall = "-" if citations["recall"] is None else citations["recall"]
    return (
        f"citations: {citations['named']} of {citations['cited']} found claims that report a work name "
        f"it (R {recall}); {citations['given']} of {citations['uncited']} that report none are given one"
    )


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate)
