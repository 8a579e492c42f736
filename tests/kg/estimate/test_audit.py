"""The audit of stated arithmetic."""

from __future__ import annotations

import pytest

from kg.estimate import audit
from kg.estimate.audit import parse_numbers
from tests.kg.estimate.builders import extraction_of


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("10^17 flop", [1e17]),
        ("1e15 FLOP/s", [1e15]),
        ("100,000,000 flop", [1e8]),
        ("about 86 billion neurons", [8.6e10]),
        ("3 × 10^4 synapses", [3e4]),
        ("$\\sim 10$ -100 FLOP", [10, 100]),
        ("10^{14} synapses", [1e14]),
        ("a thousand neurons", [1000]),
        ("5-8 layers", [5, 8]),
    ],
)
def test_parse_numbers_reads_written_forms(text: str, values: list[float]) -> None:
    assert [n.value for n in parse_numbers(text)] == pytest.approx(values)


def _findings(*quotes: str):  # noqa: ANN202
    return audit([extraction_of(*((q, {}) for q in quotes))])


def test_audit_passes_right_product() -> None:
    (finding,) = _findings(
        "So our total cost is 10^8 flop per second per neuron times 10^11 neurons = 10^19 flop per second."
    )
    assert finding.kind == "product" and finding.status == "ok"
    assert finding.computed == pytest.approx(1e19)


def test_audit_flags_wrong_product() -> None:
    # The EA Forum comment's own sentence: 10^8 x 10^11 is 10^19, not 10^17.
    (finding,) = _findings(
        "So our total cost is 10^8 flop per second per neuron times 10^11 neurons = "
        "10^17 flop per second to simulate the brain."
    )
    assert finding.status == "mismatch" and finding.flagged
    assert finding.stated == pytest.approx(1e17) and finding.computed == pytest.approx(1e19)
    assert "orders of magnitude" in finding.message


def test_audit_checks_chained_products_within_tolerance() -> None:
    ok, wrong = _findings(
        "86 billion neurons times 1000 synapses each times 1 Hz gives 8.6e13 spikes per second.",
        "1e14 synapses times 10 FLOPs times 2 Hz is 5e15 FLOP/s.",
    )
    assert ok.status == "ok"
    assert wrong.status == "mismatch" and wrong.computed == pytest.approx(2e15)


def test_audit_follows_which_means_chain_with_adjacent_claim() -> None:
    findings = _findings(
        "So then that would be 100,000 flop per period of neuron-simulation.",
        "So that means maybe that the period length is 1 ms, which means 1000 periods a second, which means "
        "100,000,000 flop per second of neuron-simulation.",
    )
    steps = [f for f in findings if f.kind == "step"]
    assert [f.status for f in steps] == ["ok", "ok"]
    assert steps[0].computed == pytest.approx(1000)  # 1 / 1 ms
    assert steps[1].computed == pytest.approx(1e8)  # 1000 x 100,000 from the adjacent claim


def test_audit_marks_step_that_does_not_follow_as_unverified() -> None:
    (finding,) = _findings("The period length is 1 ms, which means 300 periods a second.")
    assert finding.kind == "step" and finding.status == "unverified"


def test_audit_warns_on_ten_e_notation() -> None:
    (finding,) = _findings("uses 10e16 flop per second as the median")
    assert finding.kind == "notation" and finding.status == "warning"
    assert finding.stated == pytest.approx(1e17) and finding.computed == pytest.approx(1e16)


def test_audit_reports_offsets_into_the_source() -> None:
    extraction = extraction_of(("Preamble without numbers.", {}), ("2 times 3 = 6 apples", {}))
    (finding,) = audit([extraction])
    assert extraction.source.text[finding.start : finding.end] == "2 times 3 = 6"
