"""Check the arithmetic the sources state.

In each claim's quote we look for products ("10^8 flop/s per neuron times 10^11 neurons = 10^17")
and for steps ("1 ms, which means 1000 periods a second, which means 100,000,000 flop per second")
and recompute them: a product must equal its stated result, a step must follow from the previous
number and one number stated nearby (the quote and the text of the same source just before it,
where the adjacent claims sit), by one multiplication or division, or as a rate from a period.
A stated result "follows" when it is within the model's audit tolerance factor (default 1.2).
"10eN" written for a power of ten is reported too: it literally means 10^(N+1).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from kg.estimate.model import AuditSettings
from ontology.models import Claim, Extraction

_SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "hundred": 1e2,
    "k": 1e3,
    "m": 1e6,
    "b": 1e9,
}
_NUMBER = re.compile(
    r"(?<![\w.^])(?:"
    r"(?P<mm>\d+(?:\.\d+)?)\s*[x×]\s*10\s*\^\s*(?P<me>[-−]?\d+)"
    r"|(?P<pb>\d+(?:\.\d+)?)\s*(?:\^|\*\*)\s*(?P<pe>[-−]?\d+)"
    r"|(?P<sm>\d+(?:\.\d+)?)[eE](?P<se>[-+]?\d+)"
    r"|(?P<comma>\d{1,3}(?:,\d{3})+(?:\.\d+)?)"
    r"|(?P<plain>\d+(?:\.\d+)?)"
    r"|(?P<word>(?:a|one)\s+(?:hundred|thousand|million|billion|trillion))"
    r")(?:\s*(?P<scale>hundred|thousand|million|billion|trillion|[kKMB])\b)?(?![\w^])"
)
_TIMES = re.compile(r"\btimes\b|\bmultiplied by\b|×|(?<=\s)[x*](?=\s)", re.IGNORECASE)
_EQUALS = re.compile(
    r"=|≈|\bequals?\b|\bgives?\b|\bwhich is\b|\bcomes? to\b|\bthat'?s\b|\bis\b", re.IGNORECASE
)
_MEANS = re.compile(r"\b(?:which|that|this|so that|so this) means\b", re.IGNORECASE)
_TEN_E = re.compile(r"(?<![\w.])10[eE](\d+)\b")
_TIME_UNITS = {
    "ms": 1e-3,
    "millisecond": 1e-3,
    "milliseconds": 1e-3,
    "s": 1.0,
    "sec": 1.0,
    "second": 1.0,
    "seconds": 1.0,
    "µs": 1e-6,
    "us": 1e-6,
    "microsecond": 1e-6,
    "microseconds": 1e-6,
    "minute": 60.0,
    "minutes": 60.0,
}
_RATE = re.compile(r"(?:per|a|each|/)\s*(?:second|sec|s)\b|\bhz\b", re.IGNORECASE)


@dataclass(frozen=True)
class Number:
    """A number written in a text, with where it is and the words after it."""

    value: float
    start: int
    end: int
    text: str
    after: str


class AuditFinding(BaseModel):
    """One recomputed statement: ``ok`` passes, ``mismatch`` contradicts its stated result,
    ``unverified`` could not be reproduced from nearby numbers, ``warning`` is a notation issue."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["product", "step", "notation"]
    status: Literal["ok", "mismatch", "unverified", "warning"]
    source_id: str
    claim_id: str
    speaker: str
    text: str
    start: int
    end: int
    stated: float | None = None
    computed: float | None = None
    message: str

    @property
    def flagged(self) -> bool:
        return self.status != "ok"


def _normalise(text: str) -> str:
    """Undo LaTeX number markup without changing offsets much (same-length replacements)."""
    text = re.sub(r"\\times", lambda m: " ×".ljust(len(m.group())), text)
    text = re.sub(r"\\sim", lambda m: "~".ljust(len(m.group())), text)
    text = re.sub(r"\^\{(-?\d+)\}", lambda m: ("^" + m.group(1)).ljust(len(m.group())), text)
    return text.replace("$", " ").replace("−", "-")


def parse_numbers(text: str) -> list[Number]:
    """Every number in ``text``: 10^17, 1e15, 3 × 10^4, 100,000,000, 86 billion, 1 ms, a thousand."""
    numbers = []
    text = _normalise(text)
    for m in _NUMBER.finditer(text):
        g = m.groupdict()
        try:
            if g["mm"] is not None:
                value = float(g["mm"]) * 10 ** float(g["me"].replace("−", "-"))
            elif g["pb"] is not None:
                value = float(g["pb"]) ** float(g["pe"].replace("−", "-"))
            elif g["sm"] is not None:
                value = float(f"{g['sm']}e{g['se']}")
            elif g["comma"] is not None:
                value = float(g["comma"].replace(",", ""))
            elif g["plain"] is not None:
                value = float(g["plain"])
            else:
                value = _SCALES[g["word"].split()[-1].lower()]
        except (OverflowError, ValueError):
            continue
        if g["scale"]:
            scale = g["scale"]
            value *= _SCALES[scale.lower()] if len(scale) > 1 else _SCALES.get(scale.lower(), 1.0)
        if not math.isfinite(value):
            continue
        numbers.append(
            Number(
                value=value,
                start=m.start(),
                end=m.end(),
                text=text[m.start() : m.end()].strip(),
                after=text[m.end() : m.end() + 40],
            )
        )
    return numbers


def _close(a: float, b: float, tolerance: float) -> bool:
    if a <= 0 or b <= 0:
        return math.isclose(a, b)
    return abs(math.log(a / b)) <= math.log(tolerance) + 1e-12


def _fmt(value: float) -> str:
    if value != 0 and (abs(value) >= 1e5 or abs(value) < 1e-3):
        exponent = math.floor(math.log10(abs(value)))
        mantissa = value / 10**exponent
        return (
            f"10^{exponent}" if math.isclose(mantissa, 1.0, rel_tol=1e-9) else f"{mantissa:.3g}×10^{exponent}"
        )
    return f"{value:g}"


def _time_seconds(number: Number) -> float | None:
    word = re.match(r"\s*([a-zµ]+)", number.after, re.IGNORECASE)
    if word and word.group(1).lower() in _TIME_UNITS:
        return number.value * _TIME_UNITS[word.group(1).lower()]
    return None


def _unit_word(number: Number) -> str:
    word = re.match(r"\s*([a-zµ]+)", number.after, re.IGNORECASE)
    return f" {word.group(1)}" if word else ""


def _products(
    text: str, numbers: list[Number], tolerance: float
) -> Iterable[tuple[int, int, float, float, str]]:
    """(start, end, stated, computed, expression) for each 'A times B [times C] = D' in text."""
    ops = list(_TIMES.finditer(text))
    used_ops: set[int] = set()
    for op in ops:
        if op.start() in used_ops:
            continue
        before = [n for n in numbers if n.end <= op.start()]
        if not before:
            continue
        operands = [before[-1]]
        position = op.end()
        used_ops.add(op.start())
        while True:
            after = [n for n in numbers if n.start >= position]
            if not after or after[0].start - position > 60:
                operands = []
                break
            operands.append(after[0])
            following = [n for n in numbers if n.start >= after[0].end]
            limit = following[0].start if following else len(text)
            next_op = next((o for o in ops if after[0].end <= o.start() < limit), None)
            if next_op is None:
                break
            used_ops.add(next_op.start())
            position = next_op.end()
        if len(operands) < 2:
            continue
        last = operands[-1]
        rest = [n for n in numbers if n.start >= last.end]
        if not rest:
            continue
        result = rest[0]
        between = text[last.end : result.start]
        equals = _EQUALS.search(between)
        if equals is None or len(between) > 80 or _TIMES.search(between):
            continue
        computed = math.prod(n.value for n in operands)
        yield operands[0].start, result.end, result.value, computed, text[operands[0].start : result.end]


def _steps(
    text: str, numbers: list[Number], context: list[Number], tolerance: float
) -> Iterable[tuple[int, int, float, float | None, str, str]]:
    """(start, end, stated, computed, expression, how) for each 'X, which means Y' in text."""
    for connector in _MEANS.finditer(text):
        before = [n for n in numbers if n.end <= connector.start()]
        after = [n for n in numbers if n.start >= connector.end()]
        if not before or not after or after[0].start - connector.end() > 80:
            continue
        prev, nxt = before[-1], after[0]
        if connector.start() - prev.end > 120:
            continue
        expression = text[prev.start : nxt.end]
        seconds = _time_seconds(prev)
        if seconds and _RATE.search(nxt.after) and _close(nxt.value, 1 / seconds, tolerance):
            yield (
                prev.start,
                nxt.end,
                nxt.value,
                1 / seconds,
                expression,
                f"1 / ({prev.text}{_unit_word(prev)}) = {_fmt(1 / seconds)} per second",
            )
            continue
        found = None
        for c in context:
            if c.value <= 0 or (c.start, c.end) in {(prev.start, prev.end), (nxt.start, nxt.end)}:
                continue
            for computed, how in (
                (prev.value * c.value, f"{prev.text} × {c.text}"),
                (prev.value / c.value, f"{prev.text} / {c.text}"),
                (c.value / prev.value if prev.value else math.inf, f"{c.text} / {prev.text}"),
            ):
                if _close(nxt.value, computed, tolerance):
                    found = (computed, how)
                    break
            if found:
                break
        if found:
            yield prev.start, nxt.end, nxt.value, found[0], expression, found[1]
        else:
            yield prev.start, nxt.end, nxt.value, None, expression, ""


def _audit_claim(
    claim: Claim, source_text: str | None, settings: AuditSettings, speaker: str
) -> list[AuditFinding]:
    quote, offset = claim.evidence.quote, claim.evidence.start
    tolerance = settings.tolerance_factor
    numbers = parse_numbers(quote)
    findings = []

    def finding(**kw: object) -> AuditFinding:
        return AuditFinding(source_id=claim.source_id, claim_id=claim.id, speaker=speaker, **kw)  # type: ignore[arg-type]

    for start, end, stated, computed, expression in _products(quote, numbers, tolerance):
        ok = _close(stated, computed, tolerance)
        findings.append(
            finding(
                kind="product",
                status="ok" if ok else "mismatch",
                text=expression,
                start=offset + start,
                end=offset + end,
                stated=stated,
                computed=computed,
                message=(
                    f"the product is {_fmt(computed)}, as stated"
                    if ok
                    else f"the product is {_fmt(computed)}, but {_fmt(stated)} is stated "
                    f"({abs(math.log10(stated / computed)):.2g} orders of magnitude off)"
                ),
            )
        )

    if source_text is not None and source_text[offset : offset + len(quote)] == quote:
        window_start = max(0, offset - settings.context_chars)
        window = source_text[window_start : offset + len(quote)]
    else:
        window_start, window = offset, quote
    shift = offset - window_start
    # numbers of the window, positioned relative to the quote (those before it get negative offsets)
    context = [
        Number(n.value, n.start - shift, n.end - shift, n.text, n.after) for n in parse_numbers(window)
    ]
    for start, end, stated, computed, expression, how in _steps(quote, numbers, context, tolerance):
        findings.append(
            finding(
                kind="step",
                status="ok" if computed is not None else "unverified",
                text=expression,
                start=offset + start,
                end=offset + end,
                stated=stated,
                computed=computed,
                message=(
                    f"follows: {how} ≈ {_fmt(computed)}"
                    if computed is not None
                    else f"{_fmt(stated)} does not follow from the previous number and the numbers "
                    "stated nearby by one multiplication or division"
                ),
            )
        )

    for m in _TEN_E.finditer(quote):
        literal = 10.0 ** (int(m.group(1)) + 1)
        findings.append(
            finding(
                kind="notation",
                status="warning",
                text=m.group(0),
                start=offset + m.start(),
                end=offset + m.end(),
                stated=literal,
                computed=10.0 ** int(m.group(1)),
                message=f"'{m.group(0)}' literally means 10^{int(m.group(1)) + 1}; "
                f"if 10^{m.group(1)} was meant, the value is 10x too high",
            )
        )
    return findings


def audit(extractions: Iterable[Extraction], settings: AuditSettings | None = None) -> list[AuditFinding]:
    """Recompute the stated arithmetic of every claim; findings in source order, flagged or not."""
    settings = settings or AuditSettings()
    findings: dict[tuple[str, str, int, int], AuditFinding] = {}
    for extraction in extractions:
        text = extraction.source.text
        for claim in sorted(extraction.claims, key=lambda c: c.evidence.start):
            for f in _audit_claim(claim, text, settings, claim.speaker.name):
                findings.setdefault((f.source_id, f.kind, f.start, f.end), f)
    return sorted(findings.values(), key=lambda f: (f.source_id, f.start))
