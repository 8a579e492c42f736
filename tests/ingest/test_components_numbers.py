"""Number reading: digits, powers of ten, words, ranges, bounds, vague amounts; junk refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.components.numbers import find_amounts, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,000", 1000),
        ("100,000,000", 1e8),
        ("10^17", 1e17),
        ("10 ^ 8", 1e8),
        ("1e15", 1e15),
        ("2.5e3", 2500),
        ("10e11", 1e11),
        ("10e16", 1e16),
        ("80 billion", 8e10),
        ("a thousand", 1000),
        ("seven", 7),
        ("twenty-five", 25),
        ("two hundred", 200),
        ("a few", None),
        ("neurons", None),
    ],
)
def test_parse_number_reads_written_forms(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it takes 5-8 layers", [("5-8", 5, 8, None)]),
        ("with five to eight layers", [("five to eight", 5, 8, None)]),
        ("somewhere between 10 and 10^5 genes", [("between 10 and 10^5", 10, 1e5, None)]),
        (
            "at least five — but no more than eight — layers",
            [("at least five — but no more than eight", 5, 8, None)],
        ),
        ("10^14-10^15 synapses", [("10^14-10^15", 1e14, 1e15, None)]),
        ("you have ~80 billion neurons", [("~80 billion", None, None, 8e10)]),
        ("up to about 1000x", [("up to about 1000x", None, 1000, None)]),
        ("its 40× greater volume", [("40×", None, None, 40)]),
        ("in less than 50% of cases", [("less than 50%", None, 50, None)]),
        ("low-thousands of neuron types", [("low-thousands", 1000, 3000, None)]),
        ("billions of things", [("billions", 1e9, None, None)]),
        ("down to 10^16again", [("10^16", None, None, 1e16)]),
        ("one or two genes", [("one or two", 1, 2, None)]),
        ("serial sectioning in a week", [("a", None, None, 1)]),
        ("more than just one unit per neuron", [("more than just one", 1, None, None)]),
    ],
)
def test_find_amounts_reads_values_and_spans(text: str, expected: list[tuple]) -> None:
    found = [(text[a.start : a.end], a.low, a.high, a.best) for a in find_amounts(text)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "1. It is possible that much of it is overhead",
        "In 2016, the project launched",
        "Beniaguev et al. 2021 showed it",
        "as a layer 5 pyramidal cell",
        "see point #1 above",
        "less than 50% of cases[4][5]",
        "doi: 10.1016/j.celrep.2022.111176",
        "Today at 9:58 AM",
        "the L5PC model",
    ],
)
def test_find_amounts_ignores_list_marks_years_and_references(text: str) -> None:
    found = {text[a.start : a.end] for a in find_amounts(text)}
    assert not found & {"1", "2016", "2021", "5", "4", "5]", "10.1016", "9", "58"}


@given(st.integers(min_value=0, max_value=10**12))
def test_parse_number_round_trips_grouped_digits(n: int) -> None:
    assert parse_number(f"{n:,}") == n


def test_find_amounts_skips_section_numbers() -> None:
    assert find_amounts("for reasons summarized in §1.6 here") == []
