"""Imports go one way: ingest -> ontology; kg -> ontology; ui -> kg, ontology; spaCy stays in ingest."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "ontology": {"ingest", "kg", "ui", "neuroclaims", "spacy"},
    "ingest": {"kg", "ui", "neuroclaims"},
    "kg": {"ingest", "ui", "neuroclaims", "spacy"},
    "ui": {"ingest", "spacy", "neuroclaims"},
}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_only_downstream_layers(package: str) -> None:
    offenders = []
    for path in sorted((ROOT / package).rglob("*.py")):
        bad = imported_packages(path) & FORBIDDEN[package]
        if bad:
            offenders.append(f"{path.relative_to(ROOT)} imports {sorted(bad)}")
    assert not offenders, "layering broken:\n" + "\n".join(offenders)


def test_layering_check_detects_a_forbidden_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import spacy\nfrom kg.store import base\n")
    assert {"spacy", "kg"} <= imported_packages(module)
