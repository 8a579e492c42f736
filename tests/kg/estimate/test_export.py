"""Estimate-input exports: CSV rows, the JSON document, the Squiggle program."""

from __future__ import annotations

import csv
import io
import json
import math
import re

import pytest

from kg.estimate import build_inputs, load_model
from kg.estimate.export import FORMATS, export_inputs, squiggle_component
from kg.estimate.model import Component


@pytest.fixture
def inputs(sample_extractions):  # noqa: ANN001, ANN201
    return build_inputs(sample_extractions, load_model())


def test_to_csv_one_row_per_contribution_or_prior(inputs) -> None:  # noqa: ANN001
    rows = list(csv.DictReader(io.StringIO(export_inputs(inputs, "csv"))))
    # a row per contribution, and a prior row for every parameter (the prior stays in each mixture)
    expected = sum(len(p.contributions) + 1 for p in inputs.parameters.values())
    assert len(rows) == expected
    per_spike = [r for r in rows if r["parameter"] == "flops_per_spike"]
    assert {r["speaker"] for r in per_spike} == {"Shaul Druckmann", "commenter 2", ""}
    assert sum(float(r["mixture_share"]) for r in per_spike) == pytest.approx(1.0)
    assert [r["prior"] for r in rows if r["parameter"] == "spike_rate"] == ["True"]


def test_to_json_mixture_weights_sum_to_one(inputs) -> None:  # noqa: ANN001
    document = json.loads(export_inputs(inputs, "json"))
    assert document["terms"]["firing"]["product"] == ["neurons", "flops_per_neuron"]
    for parameter in document["parameters"]:
        assert sum(m["weight"] for m in parameter["mixture"]) == pytest.approx(1.0)
        assert parameter["prior"] == (not parameter["contributions"])


def test_to_squiggle_defines_every_name_before_use(inputs) -> None:  # noqa: ANN001
    program = export_inputs(inputs, "squiggle")
    code = [line for line in program.splitlines() if line and not line.startswith("//")]
    defined: set[str] = set()
    builtins = {"mx", "exp", "log", "uniform", "lognormal"}
    for line in code[:-1]:
        name, expression = (part.strip() for part in line.split("=", 1))
        assert re.fullmatch(r"[a-z][a-z0-9_]*", name)
        used = set(re.findall(r"\b([a-z][a-z0-9_]*)\b", expression)) - builtins
        assert used <= defined, (name, used - defined)
        assert expression.count("(") == expression.count(")") and "e+" not in expression
        defined.add(name)
    assert code[-1] == "brain_flops" and "brain_flops" in defined
    assert "mx(" in program  # flops_per_spike mixes two claims


@pytest.mark.parametrize(
    ("component", "expected"),
    [
        (Component(kind="loguniform", low=1, high=100), "exp(uniform(log(1), log(100)))"),
        (Component(kind="point", value=1e14), "1e14"),
        (Component(kind="lognormal", median=math.e, sigma_log10=1 / math.log(10)), "lognormal(1, 1)"),
    ],
)
def test_squiggle_component_uses_documented_constructs(component: Component, expected: str) -> None:
    assert squiggle_component(component) == expected


def test_export_inputs_formats_are_all_nonempty(inputs) -> None:  # noqa: ANN001
    for fmt in FORMATS:
        assert export_inputs(inputs, fmt).strip()
