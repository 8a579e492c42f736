"""`neuroclaims estimate` and `neuroclaims export estimate-inputs` against a store of sample claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from neuroclaims.cli import app


@pytest.fixture
def store_env(tmp_path: Path, sample_extractions, monkeypatch: pytest.MonkeyPatch) -> Path:  # noqa: ANN001
    from kg.store.oxigraph import OxigraphStore

    location = tmp_path / "store"
    store = OxigraphStore(location)
    for extraction in sample_extractions:
        store.put_extraction(extraction)
    store.close()
    monkeypatch.setenv("NEUROCLAIMS_STORE", str(location))
    monkeypatch.chdir(tmp_path)
    return location


def test_estimate_json_has_result_sensitivity_and_audit(store_env: Path) -> None:
    result = CliRunner().invoke(
        app, ["estimate", "--json", "--samples", "2000", "--sensitivity-samples", "500"]
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["result"]["samples"] == 2000 and document["result"]["claims_read"] == 9
    assert document["sensitivity"]["claims"]
    assert isinstance(document["audit"], list)


def test_estimate_weights_file_excluding_expert_changes_inputs(store_env: Path, tmp_path: Path) -> None:
    weights = tmp_path / "w.yaml"
    weights.write_text("experts: {Shaul Druckmann: 0}\n")
    result = CliRunner().invoke(
        app,
        [
            "estimate",
            "--json",
            "--samples",
            "1000",
            "--sensitivity-samples",
            "200",
            "--weights",
            str(weights),
        ],
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert {c["speaker"] for c in document["result"]["excluded"]} == {"Shaul Druckmann"}


def test_estimate_human_output_names_claims_and_priors(store_env: Path) -> None:
    result = CliRunner().invoke(
        app, ["estimate", "--samples", "1000", "--sensitivity-samples", "200"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "Shaul Druckmann" in result.stdout and "prior" in result.stdout and "Audit" in result.stdout


def test_estimate_warns_of_weights_that_match_no_claim(store_env: Path, tmp_path: Path) -> None:
    """A misspelt name weighed nothing, silently."""
    weights = tmp_path / "w.yaml"
    weights.write_text("experts: {Shaul Druckman: 0, Shaul Druckmann: 2}\nmechanisms: {glias: 0}\n")
    result = CliRunner().invoke(
        app, ["estimate", "--weights", str(weights), "--samples", "1000", "--sensitivity-samples", "200"],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    warning = " ".join(result.output.split())
    assert "experts.Shaul Druckman, mechanisms.glias" in warning and "experts.Shaul Druckmann," not in warning


def test_estimate_bad_weights_file_is_a_clear_error(store_env: Path, tmp_path: Path) -> None:
    weights = tmp_path / "w.yaml"
    weights.write_text("expert: {A: 1}\n")
    result = CliRunner().invoke(app, ["estimate", "--weights", str(weights)])
    assert result.exit_code == 2 and "weights file" in result.output


@pytest.mark.parametrize("fmt", ["csv", "json", "squiggle"])
def test_export_estimate_inputs_writes_file(store_env: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"inputs.{fmt}"
    result = CliRunner().invoke(app, ["export", "estimate-inputs", "--format", fmt, "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "Shaul Druckmann" in out.read_text() or fmt == "squiggle" and "flops_per_spike" in out.read_text()
