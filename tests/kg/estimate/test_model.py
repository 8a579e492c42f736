"""Loading and validating the estimate model and weights files."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.estimate import EstimateError, load_model, load_weights
from ontology.mechanisms import mechanisms_by_id


def test_load_model_default_is_valid_and_mechanisms_exist() -> None:
    model = load_model()
    assert set(model.terms) == {"synaptic", "firing"}
    known = set(mechanisms_by_id())
    for name in model.names:
        assert set(model.spec(name).mechanisms) <= known, name
    for name, factor in model.factors.items():
        assert factor.prior.kind in ("point", "loguniform"), name
    # every conversion says where its numbers come from
    for name in model.names:
        for rule in model.spec(name).match:
            if rule.convert:
                assert all(step.meaning for step in rule.convert.steps)


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("name: [unclosed", "not valid YAML"),
        (
            "name: m\nterms: {t: {label: t, product: [missing]}}\nparameters: {}\neffect_rules: {}\n"
            "weighting: {roles: {}, basis: {}}\n",
            "unknown parameters",
        ),
    ],
)
def test_load_model_rejects_broken_files(tmp_path: Path, yaml_text: str, message: str) -> None:
    path = tmp_path / "model.yaml"
    path.write_text(yaml_text)
    with pytest.raises(EstimateError, match=message):
        load_model(path)


def test_load_model_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(EstimateError, match="cannot read"):
        load_model(tmp_path / "nope.yaml")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("w.yaml", "experts: {Adam Marblestone: 2}\nmechanisms: {glia: 0}\ncertainty_influence: 0.3\n"),
        (
            "w.json",
            '{"experts": {"Adam Marblestone": 2}, "mechanisms": {"glia": 0}, "certainty_influence": 0.3}',
        ),
    ],
)
def test_load_weights_reads_yaml_and_json(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    weights = load_weights(path)
    assert weights.experts == {"Adam Marblestone": 2} and weights.mechanisms == {"glia": 0}
    assert weights.certainty_influence == 0.3


@pytest.mark.parametrize("text", ["experts: {A: -1}\n", "expert: {A: 1}\n", "certainty_influence: 2\n"])
def test_load_weights_rejects_invalid(tmp_path: Path, text: str) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(text)
    with pytest.raises(EstimateError, match="invalid") as raised:
        load_weights(path)
    assert "errors.pydantic.dev" not in str(raised.value)  # a plain message, not pydantic's


def test_load_weights_refuses_a_list_with_the_keys_it_wants(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text("- experts\n- glia\n")
    with pytest.raises(EstimateError, match="must be a mapping.*experts, sources, mechanisms"):
        load_weights(path)

