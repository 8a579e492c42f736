"""The claim-weighted brain-compute estimate: an editable model (model.yaml), claims mapped onto
its parameters, a vectorised Monte Carlo, sensitivity to each claim, and an audit of stated
arithmetic. Exports of the inputs (CSV, JSON, Squiggle) live in kg.estimate.export.
"""

from __future__ import annotations

from kg.estimate.audit import AuditFinding, audit
from kg.estimate.inputs import Contribution, EstimateInputs, ParameterInputs, UnusedItem, build_inputs
from kg.estimate.model import Component, EstimateError, EstimateModel, load_model
from kg.estimate.montecarlo import (
    EstimateResult,
    Histogram,
    ParameterDistribution,
    Percentiles,
    TermSummary,
    run_estimate,
)
from kg.estimate.sensitivity import ClaimSensitivity, ParameterSwing, SensitivityReport, sensitivity
from kg.estimate.weights import Weights, claim_weight, load_weights, unmatched

__all__ = [
    "AuditFinding",
    "ClaimSensitivity",
    "Component",
    "Contribution",
    "EstimateError",
    "EstimateInputs",
    "EstimateModel",
    "EstimateResult",
    "Histogram",
    "ParameterDistribution",
    "ParameterInputs",
    "ParameterSwing",
    "Percentiles",
    "SensitivityReport",
    "TermSummary",
    "UnusedItem",
    "Weights",
    "audit",
    "build_inputs",
    "claim_weight",
    "load_model",
    "load_weights",
    "unmatched",
    "run_estimate",
    "sensitivity",
]
