"""Typing habits of forum writers, each its own dimension, for telling unmarked comments apart.

A writer's editor and fingers are consistent within a comment and across a thread: curly or straight
apostrophes, a real ellipsis "…" or three dots "...", an em dash "—" or a hyphen/double hyphen as a
dash, a capital or lower-case "I". Two writers can type alike in one dimension and differently in
another, so each dimension is judged on its own, and it only speaks when a text clearly leans one
way (three times as many marks of one kind as of the other); an absent habit says nothing.
"""

from __future__ import annotations

import re

# dimension -> (marks of the "+" habit, marks of the "-" habit)
DIMENSIONS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    # editor habit: curled apostrophes and quotes vs straight apostrophes
    "quotes": (re.compile(r"\w’\w|[“”]"), re.compile(r"\w'\w")),
    # a single ellipsis character vs three full stops
    "ellipsis": (re.compile(r"…"), re.compile(r"(?<!\.)\.\.\.(?!\.)")),
    # an em dash vs a spaced hyphen or a double hyphen standing for a dash
    "dash": (re.compile(r"—"), re.compile(r"\w\s+-{1,2}\s+\w|\w--\w")),
    # the pronoun typed in lower case vs capitalised
    "i_case": (re.compile(r"(?:^|(?<=\s))i(?=\s|['’](?:m|ve|d|ll)\b)"), re.compile(r"\bI\b")),
}
# the existing one-dimensional figure; kept for the thread's reply heuristics
QUOTES = "quotes"


def marks(text: str, dimension: str = QUOTES) -> tuple[int, int]:
    """How many marks of each habit of ``dimension`` a text holds."""
    plus, minus = DIMENSIONS[dimension]
    return len(plus.findall(text)), len(minus.findall(text))


def lean(text: str, dimension: str = QUOTES) -> int:
    """+1 / -1 when ``text`` clearly types one habit of ``dimension`` (3:1 or more), else 0."""
    plus, minus = marks(text, dimension)
    if plus and plus >= 3 * minus:
        return 1
    if minus and minus >= 3 * plus:
        return -1
    return 0


def habits(text: str, dimensions: tuple[str, ...] | None = None) -> dict[str, int]:
    """The dimensions in which ``text`` clearly leans, with the direction (+1 / -1)."""
    result = {}
    for dimension in dimensions or tuple(DIMENSIONS):
        direction = lean(text, dimension)
        if direction:
            result[dimension] = direction
    return result


def tally(text: str) -> dict[str, int]:
    """Plus minus minus marks per dimension: what a text adds to its writer's profile."""
    result = {}
    for dimension in DIMENSIONS:
        plus, minus = marks(text, dimension)
        if plus != minus:
            result[dimension] = plus - minus
    return result


def clashes(found: dict[str, int], profile: dict[str, int]) -> bool:
    """Does a text leaning ``found`` clearly type otherwise than a writer with ``profile``?"""
    return any(profile.get(d, 0) * direction < 0 for d, direction in found.items())


def clashing(found: dict[str, int], profile: dict[str, int]) -> dict[str, int]:
    """The dimensions (with the text's direction) in which the text types against ``profile``."""
    return {d: direction for d, direction in found.items() if profile.get(d, 0) * direction < 0}


def agrees(found: dict[str, int], profile: dict[str, int], on: dict[str, int] | None = None) -> bool:
    """Does it type like ``profile`` in a dimension of ``on`` (default: any) and against it in none?

    A writer is recognised by the habit that set the text apart from its first guess, not by one
    that nearly everybody shares (a capital "I").
    """
    wanted = found if on is None else on
    return not clashes(found, profile) and any(profile.get(d, 0) * v > 0 for d, v in wanted.items())


def add(profile: dict[str, int], text: str) -> None:
    for dimension, value in tally(text).items():
        profile[dimension] = profile.get(dimension, 0) + value
