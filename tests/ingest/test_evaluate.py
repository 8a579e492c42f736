"""The evaluation mirrors the reference scorer: unit checks, and agreement on a real export."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from ingest.evaluate import (
    GoldError,
    gold_document_names,
    load_gold,
    norm,
    overlap,
    quantity_ok,
    score,
)

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO.parent / "shared" / "gold"
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
DOC = "Neurons are complex. Dendrites compute. *Spikes* matter a lot.\n*  Second line here of the talk."
GOLD = [
    {
        "id": "d-1",
        "doc": "d.txt",
        "quote": "Dendrites compute.",
        "speaker": "Ann Smith",
        "topic": "dendritic_computation",
        "effect": "increases",
        "certainty": "medium",
        "quantity": None,
    },
    {
        "id": "d-2",
        "doc": "d.txt",
        "quote": "Spikes matter a lot.",
        "speaker": "commenter",
        "topic": "spike_timing",
        "effect": None,
        "certainty": "high",
        "quantity": {"low": 5, "high": 8, "best": None},
    },
]


def _pred(text: str, **fields) -> dict:  # noqa: ANN003
    return {
        "text": text,
        "speaker": "Ann Smith",
        "topics": [],
        "effect": None,
        "certainty": 0.6,
        "quantities": [],
        **fields,
    }


def test_norm_removes_markup_quotes_and_transcript_prefixes() -> None:
    assert norm("“Spikes” *matter*\n*  a lot –") == '"spikes" matter a lot -'


def test_score_counts_recall_precision_and_fields() -> None:
    docs = {"d.txt": norm(DOC)}
    preds = [
        _pred("Dendrites compute.", topics=["dendritic computation"], effect="increases"),
        _pred(
            "*Spikes* matter a lot.",
            speaker="commenter 2",
            certainty=0.9,
            quantities=[{"low": 5.0, "high": 8.0, "best": None}],
        ),
        _pred("Neurons are complex."),
        _pred("This text is in no document at all."),
    ]
    scores = score(docs, GOLD, preds)
    figures = scores.figures
    assert [p["text"] for p in scores.unmatched] == ["Neurons are complex."]  # located, no gold
    assert (figures["gold"], figures["pred"], figures["pred_unlocated"]) == (2, 4, 1)
    assert (figures["recall"], figures["precision"]) == (1.0, 0.5)
    assert figures["speaker_acc"] == 1.0 and figures["topic_acc"] == 0.5
    assert (
        figures["effect_acc"] == 1.0 and figures["certainty_acc"] == 1.0 and figures["quantity_recall"] == 1.0
    )


def test_score_counts_citations_by_a_shared_name_word_not_a_kind_of_work() -> None:
    docs = {"d.txt": norm(DOC)}
    gold = [{**GOLD[0], "cites": "Beniaguev et al. 2021"}, {**GOLD[1], "cites": None}]
    named = [_pred("Dendrites compute.", cites=["Beniaguev, Segev & London 2021"]), _pred(GOLD[1]["quote"])]
    figures = score(docs, gold, named).citations
    assert figures == {"cited": 1, "named": 1, "recall": 1.0, "uncited": 1, "given": 0}
    vague = [_pred("Dendrites compute.", cites=["the paper"]), _pred(GOLD[1]["quote"], cites=["a report"])]
    figures = score(docs, gold, vague).citations
    assert figures == {"cited": 1, "named": 0, "recall": 0.0, "uncited": 1, "given": 1}
    missed = [_pred("Neurons are complex.", cites=["Beniaguev et al. 2021"])]  # finds neither gold claim
    assert score(docs, gold, missed).citations["cited"] == 0


def test_overlap_needs_half_of_the_shorter_span() -> None:
    assert overlap(("d", 0, 10), ("d", 5, 100))
    assert not overlap(("d", 0, 10), ("d", 6, 100))
    assert not overlap(("d", 0, 10), ("e", 0, 10))


def test_quantity_ok_needs_every_gold_value() -> None:
    assert quantity_ok({"low": 200, "high": 300}, [{"low": 200.0, "high": 301.0}])
    assert not quantity_ok({"low": 200, "high": 300}, [{"best": 200.0}])


def test_gold_document_names_match_by_content() -> None:
    assert gold_document_names(GOLD, {"renamed.txt": DOC, "other.txt": "Nothing here."}) == {
        "renamed.txt": "d.txt"
    }


def test_load_gold_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "claims.jsonl"
    bad.write_text('{"doc": "d.txt"}\nnot json\n')
    with pytest.raises(GoldError, match="claims.jsonl:1"):
        load_gold(tmp_path)


def test_evaluate_command_has_help() -> None:
    from neuroclaims.cli import app

    result = CliRunner().invoke(app, ["evaluate", "--help"])
    assert result.exit_code == 0 and "--gold" in result.output


def _case(tmp_path: Path, documents: dict[str, str], preds: list[dict]) -> tuple[Path, Path, Path]:
    """A folder of documents, the GOLD file and a claims export: (docs, gold, pred)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in documents.items():
        (docs / name).write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g) for g in GOLD), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(json.dumps(p) for p in preds), encoding="utf-8")
    return docs, gold, pred


def test_evaluate_command_prints_whole_figures_on_80_columns_and_both_kinds_of_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from neuroclaims.commands import evaluate as command

    docs, gold, pred = _case(
        tmp_path,
        {"a-very-long-document-file-name-indeed.txt": DOC},
        [_pred("Dendrites compute."), _pred("Neurons are complex.")],
    )
    monkeypatch.setattr(command, "console", Console(width=80, record=True))
    command.evaluate(gold=gold, docs=docs, pred=pred, out=None, workers=1, as_json=False)
    printed = command.console.export_text()
    overall = next(line for line in printed.splitlines() if line.strip().startswith("overall"))
    assert overall.split()[1:6] == ["2", "2", "0.5", "0.5", "0.5"]  # gold, pred, R, P, F1 uncut
    assert max(len(line) for line in printed.splitlines()) <= 80
    assert "missed 1 gold claims (they cost recall)" in printed and "d-2" in printed
    assert "1 predicted claims match no gold claim (they cost precision)" in printed
    assert "Neurons are complex." in printed
    assert "citations: 0 of 0 found claims that report a work name it (R -); 0 of 1" in printed


def test_evaluate_warns_of_predictions_outside_the_annotated_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from neuroclaims.commands import evaluate as command

    other = "Glia modulate synapses on slow time scales."
    docs, gold, pred = _case(
        tmp_path, {"d.txt": DOC, "other.txt": other}, [_pred("Dendrites compute."), _pred(other)]
    )
    monkeypatch.setattr(command, "err", Console(width=200, record=True))
    monkeypatch.setattr(command, "console", Console(width=80, record=True))

    command.evaluate(gold=gold, docs=docs, pred=pred, out=None, workers=1, as_json=False)
    assert "1 predicted claims are in documents the gold does not annotate" in command.err.export_text()
    assert command.run_evaluation(gold, docs, pred)["overall"]["precision"] == 0.5  # as score_claims.py

    only = command.run_evaluation(gold, docs, pred, annotated_only=True)
    assert (only["outside"], only["overall"]["pred"], only["overall"]["precision"]) == (1, 1, 1.0)


@pytest.mark.slow
@pytest.mark.skipif(
    not (GOLD_DIR / "score_claims.py").exists() or not SHARED_CORPUS.exists(),
    reason="the gold set ../shared/gold (with score_claims.py and ../shared/corpus) is absent",
)
def test_evaluation_agrees_with_reference_scorer(tmp_path: Path) -> None:
    from neuroclaims.commands.evaluate import run_evaluation

    export = tmp_path / "claims.jsonl"
    ours = run_evaluation(GOLD_DIR, REPO / "corpus", out=export)["overall"]
    reference = subprocess.run(
        [
            sys.executable,
            str(GOLD_DIR / "score_claims.py"),
            "--docs",
            str(SHARED_CORPUS),
            "--gold",
            str(GOLD_DIR / "claims.jsonl"),
            "--pred",
            str(export),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert ours == json.loads(reference.stdout)
    assert ours["pred"] > 0 and ours["recall"] > 0.5


def test_every_mechanism_label_satisfies_the_scorer_topic_check() -> None:
    from ingest.evaluate import topic_ok
    from ontology.mechanisms import load_mechanisms

    gold_topics = {
        "synaptic_transmission",
        "neuron_io_complexity",
        "dendritic_computation",
        "nmda_receptors",
        "ion_channels",
        "calcium_dynamics",
        "learning_plasticity",
        "neuromodulation",
        "glia",
        "gap_junctions",
        "ephaptic_effects",
        "spike_timing",
        "time_constants",
        "sparsity",
        "neuron_synapse_counts",
        "total_brain_compute",
        "electrophysiology_data",
        "transcriptomics",
        "connectomics",
        "peripheral_systems",
        "model_organisms",
        "brain_architecture",
        "methodology",
        "energy_efficiency",
        "other",
    }
    labels = {m.id: m.label for m in load_mechanisms()}
    assert gold_topics <= labels.keys()
    assert [t for t in sorted(gold_topics) if not topic_ok(t, [labels[t]])] == []
