"""Reading numbers as people write them: digits, powers of ten, number words, vague amounts.

Pure functions, no spaCy, so the rules are easy to test. Conventions (documented choices):
``10eN`` with a mantissa of exactly 10 is read as 10^N, because people write "10e11 neurons"
to mean 10^11 (other mantissas are ordinary scientific notation: ``1e15`` = 10^15, ``2.5e3``
= 2500); a vague plural spans its decade ("thousands" = 1,000-10,000, "tens of thousands" = 10,000-100,000);
"low thousands" is 1000-3000 and "high hundreds" 700-999; "a few" is 2-5 with 3 its best reading,
"several" 3-9.

Powers of ten are read in every written and spoken form: ``10^15``, ``10^{15}``, ``10¹⁵``,
``1.5 × 10^15`` (one amount, the product), "ten to the fifteen(th)". Scale letters attached to the
digits are read case-sensitively: k/K = 10^3, M = 10^6, bn/B = 10^9; never T (tesla: "7T"), not K
at a clause end or before a temperature word ("300K" is kelvin), not M before a solute ("1M NaCl"
is molar), and not when the letters begin a unit ("10kHz", "5MB").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "couple": 2,  # "a couple hundred thousand"
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_SCALE = "|".join(SCALES)
_TENS = "|".join(TENS)
_ONE_TO_NINE = "one|two|three|four|five|six|seven|eight|nine"
# one number word: "thirty five" as spoken ("thirty five times less power"), "sixty-nine", "twelve"
_BASE_WORD = rf"(?:(?:{_TENS})[- ](?:{_ONE_TO_NINE})\b|(?:{_WORD})(?:-(?:{_WORD}))?)"
# "a hundred and twenty", "a hundred and seventy five thousand" (not "two hundred and three hundred")
# a tail with a scale of its own: any after "hundred" (it scales the whole), a smaller one after a larger
# scale ("two million and fifty thousand"); "five thousand and thirty thousand" is two numbers
_AND_TAIL = (
    rf"(?:(?<=hundred)\s+and\s+{_BASE_WORD}(?!\s+hundred)(?:\s+(?:thousand|million|billion|trillion)s?\b)?"
    rf"|(?<=trillion)\s+and\s+{_BASE_WORD}(?!\s+hundred)(?:\s+(?:thousand|million|billion)s?\b)?"
    rf"|(?<=billion)\s+and\s+{_BASE_WORD}(?!\s+hundred)(?:\s+(?:thousand|million)s?\b)?"
    rf"|(?<=million)\s+and\s+{_BASE_WORD}(?!\s+hundred)(?:\s+thousands?\b)?"
    rf"|(?<=thousand)\s+and\s+{_BASE_WORD}(?!\s+(?:hundred|thousand|million|billion|trillion)))"
)
_SCALED_WORD = rf"(?:{_BASE_WORD}|an?)(?:\s+(?:{_SCALE})s?\b)+"
# "four hundred fifty" as spoken, with no "and" (not "two hundred three hundred")
_HUNDRED_TAIL = rf"(?:(?<=hundred)\s+(?!and\b){_BASE_WORD}\b(?!\s+(?:{_SCALE})))"
WORD_NUMBER = rf"(?:{_SCALED_WORD}(?:{_AND_TAIL}|{_HUNDRED_TAIL})?|{_BASE_WORD})"
# inside "between X and Y" the "and" separates the two numbers
WORD_NUMBER_BETWEEN = rf"(?:{_SCALED_WORD}|{_BASE_WORD})"
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS + "⁻⁺", "0123456789-+")
# "10^15", "10^{-3}", "10**8", "10¹⁵"
TEN_POWER = rf"10\s?\^\s?(?:\{{[-−]?\d+\}}|[-−]?\d+)|10\*\*[-−]?\d+|10[⁻⁺]?[{SUPERSCRIPT_DIGITS}]+"
TIMES = r"\s?[×x*·⋅]\s?"
ORDINALS = {"first": 1, "third": 3, "fifth": 5, "eighth": 8, "ninth": 9, "twelfth": 12, "twentieth": 20}
_EXPONENT = (
    rf"\d{{1,2}}(?:th|st|nd|rd)?|{'|'.join(ORDINALS)}|(?:{_TENS})[- ](?:{_ONE_TO_NINE})\b|"
    rf"(?:{_WORD})(?:-(?:{_WORD}))?(?:th)?"
)
# podcast speech: "ten to the fifteen", "10 to the 15th", "ten to the power of 15", "10 to the minus 3"
SPOKEN_POWER = (
    rf"\b(?:10|ten)\s+to\s+the\s+(?:power\s+(?:of\s+)?)?(?:(?:minus|negative)\s+)?(?:{_EXPONENT})\b"
)
# "one and a half", "two and a half": a spoken number and a half
AND_A_HALF = rf"\b{_BASE_WORD}\s+and\s+a\s+half\b(?:\s+(?:{_SCALE})s?\b)?"  # "nine and a half million"
# spoken scientific notation: "three times ten to the fifteen", "one and a half times ten to the fifteen"
TIMES_POWER = rf"(?:{AND_A_HALF}|\b{_BASE_WORD}|(?<![\d.]){DIGITS})\s+times\s+(?:{TEN_POWER}|{SPOKEN_POWER})"
POWER = (
    rf"(?:{TIMES_POWER}|(?:{DIGITS}){TIMES}(?:{TEN_POWER})|{TEN_POWER}|{SPOKEN_POWER}"
    r"|\d+(?:\.\d+)?[eE][-+]?\d+)"
)
SCALE_LETTERS = {"k": 1e3, "K": 1e3, "M": 1e6, "bn": 1e9, "B": 1e9}
SOLUTES = r"NaCl|KCl|CaCl2|MgCl2|HCl|NaOH|KOH|MgSO4|Tris|HEPES|EGTA|EDTA|sucrose|glucose|urea|solution"
# case-sensitive even inside re.I patterns; the guards keep kelvin ("300K.") and molar ("1M NaCl")
SCALE_LETTER = (
    r"(?-i:k|K(?=\s+[a-z])(?!\s+(?:body|room|temperature|kelvin)\b)"
    rf"|M(?!\s+(?:{SOLUTES})\b)|bn|B)(?![A-Za-z0-9])"
)
HALF = rf"\bhalf\s+an?\s+(?:{_SCALE})\b"
# "half a spike per second", "half a millisecond": one half of the unit that follows
HALF_A = rf"\bhalf\s+an?\b(?!\s+(?:{_SCALE})s?\b)"
_DIGIT_WORD = "zero|one|two|three|four|five|six|seven|eight|nine"
# "point one hertz" (0.1), "four point seven bits" (4.7), "one point five" (1.5)
SPOKEN_DECIMAL = (
    rf"(?:\b(?:zero|oh|{_BASE_WORD})\s+|\b)point\s+(?:{_DIGIT_WORD})(?:\s+(?:{_DIGIT_WORD})){{0,3}}\b"
)
NUMBER = (
    rf"(?:{POWER}|{HALF}|{HALF_A}|{SPOKEN_DECIMAL}|{AND_A_HALF}|(?:{DIGITS}){SCALE_LETTER}"
    rf"|(?:{DIGITS})(?:\s{{0,6}}(?:{_SCALE})s?\b)?|\b{WORD_NUMBER}\b)"
)
NUMBER_BETWEEN = NUMBER.replace(WORD_NUMBER, WORD_NUMBER_BETWEEN)


@dataclass(frozen=True)
class Amount:
    """A number expression found in text, with its character span and values."""

    start: int
    end: int
    low: float | None = None
    high: float | None = None
    best: float | None = None
    suffix: str | None = None  # "x", "%" when written right after the number
    words_only: bool = False  # spelled out ("five", "thousands"): needs a unit noun to count
    unit_start: int | None = None  # where the unit begins when it is inside the span ("500 Hz to 1 kHz")


def parse_number(text: str) -> float | None:
    """The value of one number expression, or None if it is not one."""
    m = re.fullmatch(rf"({DIGITS})({'|'.join(SCALE_LETTERS)})", text.strip())
    if m:  # before lowering: "1.5M" is a million, "5m" five metres
        return float(m.group(1).replace(",", "")) * SCALE_LETTERS[m.group(2)]
    s = _plain_exponents(text.strip().lower().replace("−", "-"))
    m = re.fullmatch(r"10\s?(?:\^|\*\*)\s?(-?\d+)", s)
    if m:
        return 10.0 ** int(m.group(1))
    m = re.fullmatch(rf"({DIGITS}){TIMES}(10\s?(?:\^|\*\*).+)", s)
    if m:
        power = parse_number(m.group(2))
        return None if power is None else float(m.group(1).replace(",", "")) * power
    m = re.fullmatch(r"(.+?)\s+times\s+((?:10|ten)\b.+)", s)
    if m:  # "three times ten to the fifteen", "2 times 10^14"
        mantissa, power = parse_number(m.group(1)), parse_number(m.group(2))
        return None if mantissa is None or power is None else mantissa * power
    m = re.fullmatch(rf"(.+?)\s+and\s+a\s+half(?:\s+({_SCALE})s?)?", s)
    if m:  # "one and a half", "nine and a half million"
        whole = _parse_words(m.group(1))
        return None if whole is None else (whole + 0.5) * SCALES.get(m.group(2) or "", 1)
    m = re.fullmatch(r"(?:10|ten)\s+to\s+the\s+(?:power\s+(?:of\s+)?)?(?:(minus|negative)\s+)?(\w[\w -]*)", s)
    if m:
        exponent = _exponent(m.group(2))
        return None if exponent is None else 10.0 ** (-exponent if m.group(1) else exponent)
    m = re.fullmatch(rf"(?:(.+?)\s+)?point\s+((?:{_DIGIT_WORD})(?:\s+(?:{_DIGIT_WORD})){{0,3}})", s)
    if m:
        whole = 0.0 if m.group(1) in (None, "zero", "oh") else _parse_words(m.group(1))
        digits = "".join(str(UNITS[d]) for d in m.group(2).split())
        return None if whole is None else whole + float("0." + digits)
    if re.fullmatch(r"half\s+an?", s):
        return 0.5
    m = re.fullmatch(r"half\s+(an?\s+\w+)", s)
    if m:
        whole = _parse_words(m.group(1))
        return None if whole is None else whole / 2
    m = re.fullmatch(r"(\d+(?:\.\d+)?)e([-+]?\d+)", s)
    if m:
        mantissa, exponent = m.group(1), int(m.group(2))
        return 10.0**exponent if mantissa == "10" else float(mantissa) * 10.0**exponent
    m = re.fullmatch(rf"({DIGITS})(?:\s*({_SCALE})s?)?", s)
    if m:
        value = float(m.group(1).replace(",", ""))
        return value * SCALES[m.group(2)] if m.group(2) else value
    return _parse_words(s)


def _plain_exponents(s: str) -> str:
    """Rewrite "10¹⁵" and "10^{15}" as "10^15", so one rule reads every power of ten."""
    s = re.sub(rf"[⁻⁺]?[{SUPERSCRIPT_DIGITS}]+", lambda m: "^" + m.group(0).translate(_FROM_SUPERSCRIPT), s)
    return re.sub(r"\^\s?\{(-?\d+)\}", r"^\1", s)


def _exponent(word: str) -> int | None:
    """The exponent of a spoken power: "15", "15th", "fifteen", "fifteenth", "third"."""
    if re.fullmatch(r"\d+(?:th|st|nd|rd)?", word):
        return int(re.sub(r"\D", "", word))
    if word in ORDINALS:
        return ORDINALS[word]
    value = _parse_words(word)
    value = _parse_words(word.removesuffix("th")) if value is None else value
    return None if value is None else int(value)


def _parse_words(s: str) -> float | None:
    total, current, seen = 0.0, 0.0, False
    for word in re.split(r"[\s-]+", s):
        word = word.rstrip("s") if word.rstrip("s") in SCALES else word
        if word == "and" and seen:
            continue  # "a hundred and twenty"
        if word in ("a", "an"):
            current = max(current, 1.0)
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word in SCALES:
            scale = SCALES[word]
            current = max(current, 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


# the units "several" counts as an amount of ("several seconds", "several orders of magnitude"), unlike
# "several targets" or "several of the largest simulations"
_SEVERAL_UNITS = (
    r"orders|milliseconds?|seconds?|minutes?|hours?|days?|hertz|hz|percent|millimet(?:er|re)s|"
    r"centimet(?:er|re)s|microns|micromet(?:er|re)s|layers|compartments|fold"
)
_SCALE_PLURALS = (("thousands", 1e3), ("millions", 1e6), ("billions", 1e9), ("trillions", 1e12))
_DECADE_PLURALS = (("hundreds", 100.0), *_SCALE_PLURALS)
_PLURAL_SCALES = [
    (plural, scale, factor * value)
    for scale, value in _SCALE_PLURALS
    for plural, factor in (("tens", 10), ("hundreds", 100))
]


def _wrapping(pattern: str) -> str:
    """A phrase pattern whose spaces also match a transcript's line break ("a few⏎*  hundred"), which
    leaves several spaces where the "*  " prefix was blanked."""
    return pattern.replace(" ", r"\s+")


_THEN_ONE = r"(?:(?:or|to)\s+)?(?:maybe\s+|perhaps\s+)?(?:a|one)\s+"  # "tens, maybe a hundred"
VAGUE = [
    # "a few tens of millions" is two to five tens of millions, "a few tens of milliseconds" 20-50 ms,
    # "another few tens of percent" 20-50%
    *((rf"\b(?:a|another) few tens\s+of\s+{scale}\b", 20 * v, 50 * v) for scale, v in _SCALE_PLURALS),
    (r"\b(?:a|another) few tens\b(?=\s+of\b)", 20.0, 50.0),
    # "tens of thousands" spans its decade (10,000-100,000), "low tens of thousands" its bottom third
    *((rf"\blow[- ]{plural}\s+of\s+{scale}\b", base, 3 * base) for plural, scale, base in _PLURAL_SCALES),
    *((rf"\b{plural}\s+of\s+{scale}\b", base, 10 * base) for plural, scale, base in _PLURAL_SCALES),
    # the bottom, middle or top of a plural's decade: "low thousands" 1,000-3,000, "the low millions" 1e6-3e6,
    # "mid hundreds" 400-600, "high hundreds" 700-999; a count of digits: "single-digit billions" 1e9-9e9
    *((rf"\blow[- ]{plural}\b", value, 3 * value) for plural, value in _DECADE_PLURALS),
    *((rf"\bmid(?:dle)?[- ]{plural}\b", 4 * value, 6 * value) for plural, value in _DECADE_PLURALS),
    *((rf"\bhigh[- ]{plural}\b", 7 * value, 9.99 * value) for plural, value in _DECADE_PLURALS),
    *((rf"\bsingle[- ]digit\s+{plural}\b", value, 9 * value) for plural, value in _SCALE_PLURALS),
    *((rf"\bdouble[- ]digit\s+{plural}\b", 10 * value, 99 * value) for plural, value in _SCALE_PLURALS),
    (r"\ba few dozen\b", 24.0, 60.0),
    (r"\bdozens\b", 24.0, None),
    # "one to a few hertz": from one to what "a few" most likely means (three)
    (r"\bone\s+to\s+a\s+few\b(?!\s+(?:hundred|thousand|million|billion|dozen|tens|times)\b)", 1.0, 3.0),
    # "a few" is two to five (what annotators wrote for "a few hundred cell types", "a few hertz")
    (r"\ba few hundred thousand\b", 2e5, 5e5),
    (r"\ba few hundred million\b", 2e8, 5e8),
    (r"\ba few hundred\b", 200.0, 500.0),
    (r"\ba few thousand\b", 2e3, 5e3),
    (r"\ba few million\b", 2e6, 5e6),
    (r"\ba few billion\b", 2e9, 5e9),
    # "several" is three to nine: "several thousand synapses" (3,000-9,000), "several seconds"
    *((rf"\bseveral {scale}\b", 3 * value, 9 * value) for scale, value in SCALES.items() if value >= 100),
    (rf"\bseveral\b(?=\s+(?:{_SEVERAL_UNITS})\b)", 3.0, 9.0),
    # "a few" before a unit of measure: "a few hertz", "a few mV/mm", "a few percent"
    (
        # (an SI prefix may stand apart in speech-to-text: "a few micro watts", "a few kilo hertz")
        r"\ba few\b(?=\s+(?:(?:kilo|mega|giga|milli|micro|nano|pico|femto)\s?)?"
        r"(?:hertz|hz|percent|mv(?:/mm)?|ms|milliseconds?|seconds?|minutes?|hours?|days?|"
        r"weeks?|years?|flops?|operations|layers|compartments|watts|joules|microns|micromet(?:er|re)s|"
        r"millimet(?:er|re)s)\b)",
        2.0,
        5.0,
    ),
    # two bare plurals as a range share the unit after them: "tens to hundreds of milliseconds" is 10-1,000
    *(
        (rf"\b{low_word}\s+to\s+{high_word}\b(?=\s+of\b)", low, 10 * high)
        for (low_word, low), (high_word, high) in (
            (("tens", 10.0), ("hundreds", 100.0)),
            (("tens", 10.0), ("thousands", 1e3)),
            (("hundreds", 100.0), ("thousands", 1e3)),
            (("thousands", 1e3), ("millions", 1e6)),
        )
    ),
    # a bare plural, then the power above it said once: "into tens, maybe a hundred", "hundreds or a thousand"
    (rf"\btens,?\s+{_THEN_ONE}hundred\b(?!\s+(?:thousand|million|billion))", 10.0, 100.0),
    (rf"\bhundreds,?\s+{_THEN_ONE}thousand\b(?!\s+(?:million|billion))", 100.0, 1e3),
    # a bare plural spans its decade: "tens of microseconds" is 10-100, "thousands of FLOPs" 1,000-10,000
    (r"\bhundreds\b", 100.0, 1e3),
    (r"\btens\b(?= of)", 10.0, 100.0),
    (r"\bthousands\b", 1e3, 1e4),
    (r"\bmillions\b", 1e6, 1e7),
    (r"\bbillions\b", 1e9, 1e10),
    (r"\btrillions\b", 1e12, 1e13),
]


A_FEW = re.compile(r"a\s+few\b", re.I)
_VAGUE_WRAPPING = [(re.compile(_wrapping(pattern), re.I), low, high) for pattern, low, high in VAGUE]
# the scale a spoken range or list ends on ("... five hundred million", "two, three hundred"), shared by
# the items before it when that keeps them below it ("fifty, a hundred" stays 50 to 100)
_TRAILING_SCALE = re.compile(r"\s(hundred|thousand|million|billion|trillion)s?\s*$", re.I)

# a spoken range whose second figure carries the thousands for both, as speech-to-text writes "twenty,
# twenty-five thousand": "20, 25,000" is 20,000 to 25,000
SHARED_THOUSANDS = re.compile(r"(?<![\d.,])(?P<a>\d{1,3}),\s(?P<b>\d{1,3}),000(?![\d,])")
# odds said as a split of a hundred ("sixty-forty against", "fifty-fifty"): the first share, in percent
ODDS = re.compile(
    r"\b(?P<a>fifty|sixty|seventy|eighty|ninety)[- ](?P<b>fifty|forty|thirty|twenty|ten)\b"
    rf"(?![- ](?:{_ONE_TO_NINE})\b|\s+(?:{_SCALE}|percent)s?\b)",
    re.I,
)
_ODDS_REST = {**TENS, "ten": 10}  # the second share of a split: "ninety-ten"
# a scale word named as a figure already in the talk: "the thousand-compartment model", "the hundred watts";
# not a figure of speech ("amongst the thousand ways", "the million things")
THE_SCALE = re.compile(
    r"\bthe\s+(?P<scale>hundred|thousand|million|billion)\b(?=-[a-z]|\s+[a-z])"
    r"(?![- ](?:ways?|things?|reasons?|times|questions?|people|details?|stories|dollar question)\b)",
    re.I,
)
# "a couple of thousand", as "a couple thousand" is read: two of the scale
COUPLE_OF = re.compile(
    r"\ba\s+couple\s+of\s+(?P<scale>hundred|thousand|million|billion)(?:\s+(?P<more>thousand|million|billion))?\b",
    re.I,
)
# a factor said as a verb: "learning might double or triple the synaptic budget"; "a factor of a few"
MULTIPLES = [
    (r"\bdoubl(?:e|es|ed|ing)\s+(?:or|to)\s+tripl(?:e|es|ed|ing)\b", 2.0, 3.0),
    (r"(?<=\bfactor of )a few\b", 2.0, 5.0),
    (r"(?<=\bfactor of )several\b", 3.0, 9.0),
]
# a verb that multiplies: "it roughly doubles the estimate" is a 2x factor ("double-blind" is not)
_MULTIPLIED = r"(?:es|ed|ing(?=\s+(?:the|it|that|this|its|our|your|their)\b))\b(?!-)"  # not "doubling time"
# the bare verb before what it multiplies: "perhaps double the cost", "astrocytes roughly triple the total"
_MULTIPLYING = r"e(?=\s+(?:the|it|that|this|its|our|your|their|what)\b)"
FACTOR_VERBS = [
    (rf"\bdoubl(?:{_MULTIPLIED}|{_MULTIPLYING})", 2.0),
    (rf"\btripl(?:{_MULTIPLIED}|{_MULTIPLYING})", 3.0),
    (rf"\bquadrupl(?:{_MULTIPLIED}|{_MULTIPLYING})", 4.0),
    (rf"\bhalv{_MULTIPLIED}", 0.5),
    (r"\btwofold\b", 2.0),
    (r"\bthreefold\b", 3.0),
    (r"\bfourfold\b", 4.0),
    (r"\bfivefold\b", 5.0),
    (r"\btenfold\b", 10.0),
    (r"\bhundredfold\b", 100.0),
    (r"\bthousandfold\b", 1e3),
]
# a share said as a fraction of something: "a third of the tufts", "about half of all spikes", "a
# quarter to a third of the budget". Annotators write such shares as whole percentages (33%, 67%).
SHARES = {
    "tenth": 10,
    "eighth": 12.5,
    "sixth": 17,
    "fifth": 20,
    "quarter": 25,
    "third": 33,
    "half": 50,
    "two thirds": 67,
    "three quarters": 75,
}
_FRACTION = (
    r"(?:(?:an?|one)\s+(?:tenth|eighth|sixth|fifth|quarter|third|half)|half|two[- ]thirds|three[- ]quarters)"
)

# "within a second", "in a day", "an hour or so", "about a minute": one of the unit
_TIME_UNIT = r"(?:millisecond|second|minute|hour|day|week|month|year)"
# "on the order of seconds": one of the unit, as "on the order of a second" would be
ORDER_OF_UNITS = re.compile(_wrapping(rf"\bon the (order of) (?={_TIME_UNIT}s\b)"), re.I)
ONE_TIME_UNIT = re.compile(
    _wrapping(
        rf"\b(?:in|within) (an?) {_TIME_UNIT}\b|\b(an?) {_TIME_UNIT}\s+or so\b"
        rf"|\b(?:about|around|roughly|approximately|like|to) (an?) {_TIME_UNIT}\b"
        # "on the order of an exabyte", "about a petabyte", "roughly a watt": one of a unit of size or power
        r"|\b(?:on the order of|about|around|roughly|approximately) (an?) "
        r"(?:(?:kilo|mega|giga|tera|peta|exa|zetta)?byte|watt|kilowatt|megawatt|joule)\b"
        # "a millivolt per millimeter", "a cubic millimeter of cortex", "like a micron", "a percent": one of
        # a unit of length, voltage or share, which "a" can only count
        r"|\b(an?) (?:cubic |square )?(?:millivolt|micron|micromet(?:er|re)|millimet(?:er|re)|"
        r"centimet(?:er|re)|nanomet(?:er|re)|percent)\b"
    ),
    re.I,
)
OR_TWO = re.compile(
    _wrapping(
        rf"\b(an?) (?:{_TIME_UNIT}|micron|micrometer|millimeter|centimeter|meter|nanometer|spike|synapse|"
        r"layer|compartment|neuron|bit|flop|hertz|watt|percent)\s+or\s+two\b"
    ),
    re.I,
)
# "a millisecond or less" (at most 1 ms), "a second or longer" (at least 1 s); "less than a millisecond"
ONE_UNIT_OR_MORE = re.compile(_wrapping(rf"\b(an?) {_TIME_UNIT}\s+or (less|shorter|more|longer)\b"), re.I)
UNDER_ONE_UNIT = re.compile(_wrapping(rf"\b(?:less than|under|below) (an?) {_TIME_UNIT}\b"), re.I)
# "a millisecond, two milliseconds", "a second, maybe three seconds": a spoken range from one of the unit
ONE_THEN_MORE = re.compile(
    rf"\b(?P<a>an?)\s+(?P<unit>{_TIME_UNIT}|micron|millimeter|spike|synapse|layer|compartment|neuron|hertz)"
    rf",\s+(?:(?:or|maybe|perhaps)\s+)?(?P<n>two|three|four|five|a few)\s+(?P=unit)s?\b",
    re.I,
)
_SCALED_DIGITS = rf"(?:{DIGITS})(?:\s{{1,6}}(?:{_SCALE})s?\b)?"  # "86 billion"
_SPREAD_FIGURE = (  # the figure a spread widens: "10^15", "ten to the fifteen", "86 billion", "thirty"
    rf"(?P<a>{TEN_POWER}|{SPOKEN_POWER}|\d+(?:\.\d+)?[eE][-+]?\d+"
    rf"|(?<![\d.,]){_SCALED_DIGITS}|\b{WORD_NUMBER}\b)"
)
_FACTOR_SPREAD = (
    rf"(?:(?:an|one)\s+order\s+of\s+magnitude\b|a\s+factor\s+of\s+(?P<factor>\d+|{_BASE_WORD})\b)"
)
_SPREAD_PERCENT = r"(?P<percent>\s?%|\s+percent\b)?"  # "roughly 10%, give or take a factor of two"
GIVE_OR_TAKE = re.compile(
    rf"{_SPREAD_FIGURE}{_SPREAD_PERCENT}"
    r"(?:\s+[\w/]+){0,4},?\s+"
    r"(?:give\s+or\s+take|plus\s+or\s+minus),?\s+(?:(?:like|say|maybe|roughly|about),?\s+)?"
    # "give or take a factor of three": the figure divided and multiplied by it; "give or take five": plus
    # or minus five
    rf"(?:{_FACTOR_SPREAD}|"
    rf"(?P<plus>(?<![\d.,]){_SCALED_DIGITS}(?![\d.,]\d)|\b{WORD_NUMBER}\b))",
    re.I,
)
# "10 Hz, with perhaps a factor of three uncertainty in either direction", "uncertain by maybe an order of
# magnitude either way": the same spread, said after the figure in other words (no other figure between)
_EITHER_WAY = r"(?:\s+(?:of\s+)?uncertainty)?(?:\s+in)?\s+(?:either|each|both)\s+(?:directions?|ways?)\b"
EITHER_WAY = re.compile(
    rf"{_SPREAD_FIGURE}{_SPREAD_PERCENT}(?:(?:\s+|,\s*)(?![\d~∼≈])[\w/'’-]+){{0,9}}?,?\s+(?:by\s+)?"
    rf"(?:(?:perhaps|maybe|roughly|about)\s+)?{_FACTOR_SPREAD}{_EITHER_WAY}",
    re.I,
)
# "a factor of three either side of 10^14 events per second": the spread said before its figure
EITHER_SIDE_OF = re.compile(
    rf"{_FACTOR_SPREAD}\s+(?:on\s+)?(?:either|each)\s+side\s+of\s+(?:~\s?|about\s+|roughly\s+)?{_SPREAD_FIGURE}",
    re.I,
)
# a range whose ends both carry a unit, under the same prefix or not: "500 Hz to 1 kHz" is 500 to 1,000
# Hz, "100 ms to 1 s" 100 to 1,000 ms, "between 10 TB and 1 PB" 10 to 1,000 TB (m is milli, M mega)
SI_PREFIXES = {
    "": 1.0, "f": 1e-15, "p": 1e-12, "n": 1e-9, "µ": 1e-6, "μ": 1e-6, "u": 1e-6, "m": 1e-3,
    "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15,
}  # fmt: skip
PREFIX_WORDS = {
    "femto": 1e-15, "pico": 1e-12, "nano": 1e-9, "micro": 1e-6, "milli": 1e-3, "": 1.0,
    "kilo": 1e3, "mega": 1e6, "giga": 1e9, "tera": 1e12, "peta": 1e15,
}  # fmt: skip


def _prefixed_end(n: str) -> str:
    """One end of a prefixed range: its figure (group a or b), its prefix and unit (p1/u1, or p1w/u1w
    spelled out)."""
    end = "1" if n == "a" else "2"
    symbol = rf"(?P<p{end}>[fpnµμumkMGTP]?)(?P<u{end}>Hz|s|W|J|Ω|V|m|B)(?![\w/])"
    word = (
        rf"(?P<p{end}w>femto|pico|nano|micro|milli|kilo|mega|giga|tera|peta|)"
        rf"(?P<u{end}w>hertz|seconds?|watts?|joules?|ohms?|volts?|met(?:er|re)s?|bytes?)\b"
    )
    return rf"(?P<{n}>{DIGITS})\s?(?:{symbol}|{word})"


PREFIXED_RANGE = re.compile(
    rf"(?<![\w.,]){_prefixed_end('a')}\s*(?:to|and|-|–|—)\s*(?:~\s?|about\s+|around\s+|roughly\s+)?"
    + _prefixed_end("b")
)
_SAME_UNIT = {"second": "s", "hertz": "Hz", "watt": "W", "joule": "J", "ohm": "Ω", "volt": "V", "meter": "m",
              "metre": "m", "byte": "B"}  # fmt: skip
# the literal words without which the costly patterns above cannot match (checked first, see _wherever)
GIVE_OR_TAKE_WORDS = re.compile(r"\b(?:give\s+or\s+take|plus\s+or\s+minus)\b", re.I)
EITHER_WAY_WORDS = re.compile(r"\b(?:either|each|both)\s+(?:directions?|ways?)\b", re.I)
EITHER_SIDE_WORDS = re.compile(r"\bside\s+of\b", re.I)
# "ten to the thirteen or fourteen": the second exponent shares "ten to the" (1e13 to 1e14)
POWER_EXPONENTS = re.compile(
    rf"(?P<a>{SPOKEN_POWER})\s+(?:or|to)\s+(?P<b>{_EXPONENT})\b(?!\s+(?:to\s+the|times|percent|%))", re.I
)
# a spoken self-repair that revises the number just said a little upward, starting the same way: "four
# hundred, four hundred fifty", "one point one, one point two", "two, two and a half orders": a range
SELF_REPAIR = re.compile(  # not a list going on ("point one, point two, point three")
    rf"(?<![\w.,])(?<!,\s)(?P<a>{NUMBER}),\s+(?P<b>{NUMBER})(?!,?\s+(?:(?:and|or)\s+)?(?:{NUMBER}))", re.I
)
A_FEW_TIMES = re.compile(
    rf"\ba\s+few\s+times\s+(?P<power>{TEN_POWER}|{SPOKEN_POWER}|\d+(?:\.\d+)?[eE][-+]?\d+)", re.I
)
# a ratio to one ("1:1", "10:1"), not a clock time ("10:30") or a verse ("3:16")
RATIO = re.compile(r"(?<![\d:.,])(\d{1,3}(?:\.\d+)?)\s?:\s?1(?![\d:])")
# a ratio said in words, "closer to one to one", "the ten-to-one figure" (not the range "point one to one
# hertz", "from two to one", "one to one and a half million")
SPOKEN_RATIO = re.compile(
    rf"(?<!point )(?<!from )(?<![\d.] )\b(?P<a>{_BASE_WORD})(?P<sep>[- ])to(?P=sep)one\b"
    rf"(?!\s+and\b|[- ](?:{_SCALE})s?\b|\s+(?:hertz|hz|per|percent|{_TIME_UNIT}s?)\b)",
    re.I,
)
APPROX = _wrapping(r"(?:~|∼|≈|about |around |roughly |approximately |nearly |almost |close to |some )?")
LOWER = _wrapping(r"at least |more than (?:just |only )?|over |greater than ") + r"|>\s?|≥\s?"
UPPER = _wrapping(r"up to |less than |under |fewer than |no more than |at most ") + r"|<\s?|≤\s?"
FRACTION_OF = re.compile(
    # not the half of "two and a half of those" or "a year and a half of training" (2.5, 1.5); "half the
    # genome" needs no "of", and "plausibly more than half, is spent on ..." names its whole before
    rf"(?P<bound>{LOWER}|{UPPER})?(?<!and )(?<!and a )\b(?P<a>{_FRACTION})"
    rf"(?:\s+to\s+(?P<b>{_FRACTION})|(?:\s+or\s+(?P<either>so|more|less))?(?=\s+of\b)|(?<=half)(?=\s+the\s+\w)"
    # "maybe two thirds goes to signalling": a fraction of two words is a share without an "of"
    rf"|(?:(?<=thirds)|(?<=quarters))(?!\s+of\b)(?=\W)"
    # "reduced subunit counts by roughly half", "roughly half and half"
    rf"|(?:(?<=by half)|(?<=by about half)|(?<=by roughly half)|(?<=by nearly half)|(?<=by almost half))"
    rf"(?=\W)(?!\s+(?:an?|the|of)\b)"
    rf"|(?<=half)(?=\s+and\s+half\b)"
    rf"|(?:(?<=than half)|(?<=least half))(?=\s*[,;.)—–]))",
    re.I,
)
# a hedged fraction that ends its clause is a share of what was just named: "all point at something around
# a tenth.", "maybe a third, if that"
HEDGED_SHARE = re.compile(
    rf"\b(?:about|around|roughly|approximately|maybe|perhaps|like|nearly|almost)\s+(?P<a>{_FRACTION})"
    r"(?=\s*(?:[,;.!?)—–]|$))",
    re.I,
)
# a fraction of one unit: "a tenth of a hertz" is 0.1 Hz, "a third of a millisecond" 0.33 ms (not a share)
FRACTION_OF_UNIT = re.compile(
    r"\b(?:an?|one)\s+(?P<a>tenth|eighth|sixth|fifth|quarter|third)\s+of\s+an?"
    rf"(?=\s+(?:{_TIME_UNIT}|hertz|watt|joule|volt|millivolt|micron|micrometer|millimeter|meter|spike|flop|percent)s?\b)",
    re.I,
)
# "between a third and a half of the signalling energy", "maybe a fifth, maybe a quarter", "a fifth or
# a quarter": a range of shares
FRACTIONS_BETWEEN = re.compile(
    rf"\bbetween\s+(?P<a>{_FRACTION})\s+and\s+(?P<b>{_FRACTION})\b"
    rf"|\b(?P<c>{_FRACTION})(?:\s*,|\s+or)\s+(?:(?:maybe|perhaps|possibly)\s+)?(?P<d>{_FRACTION})\b"
    # "from around a quarter to over a third": the ends may be hedged or bounded
    rf"|\bfrom\s+(?:(?:about|around|roughly|under)\s+)?(?P<e>{_FRACTION})\s+to\s+"
    rf"(?:(?:about|around|roughly|(?:well\s+)?over|nearly|almost)\s+)?(?P<f>{_FRACTION})\b",
    re.I,
)
# "half the genome" gives a share when hedged or opening its sentence ("Half the cells in the brain")
HALF_THE_BEFORE = re.compile(
    r"(?:^|[.!?:;]\s+|\b(?:about|around|roughly|approximately|nearly|almost|only|just|already|maybe|perhaps|"
    r"probably|like|some)\s+)$",
    re.I,
)
# "once a second", "twice per minute": a rate of one (two) per the unit, read as hertz for seconds
RATE_PER_UNIT = re.compile(
    r"\b(?P<times>once|twice)\s+(?:a|an|per|every)\s+(?P<unit>second|minute|hour)\b", re.I
)  # not "once a week": a habit ("I change my mind about once a week"), seldom a rate of the brain
RATE_SUFFIX = {"second": "Hz", "minute": "per minute", "hour": "per hour"}
# "roughly as many glia as neurons": a one-to-one ratio; not "as many as 10,000" (a bound), not a
# multiple ("ten times as many", "a third as many") and not denied ("not nearly as many")
AS_MANY_AS = re.compile(
    r"\bas\s+many\s+(?!as\b)(?:[\w-]+\s+){1,3}?as\b"
    r"(?!\s+(?:\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundreds?|thousands?|"
    r"millions?|billions?)\b"
    r"|\s+(?:possible|you|we|i|they|he|she|one|needed|necessary|required|ever|before|usual|that|this)\b)",
    re.I,
)
_UNEQUAL_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever|\bnowhere near)\s+(?:quite\s+|nearly\s+)?$"
    r"|\b(?:times|twice|thrice|half|thirds?|quarters?|fifths?|tenths?)\s+$|\d\s*x?\s+$",
    re.I,
)
# a mean and its spread: "18 ± 7 mV" is 11 to 25 with 18 the best reading; "-65 +/- 3 mV" keeps its sign,
# "86.1 ± 8.1 billion" its scale and "45% ± 8%" its percent
PLUS_MINUS = re.compile(
    rf"(?<![\w.])(?P<sign>[-−])?(?P<a>{DIGITS})(?P<percent>\s?%)?\s?(?:±|\+/[-−]|\+-)\s?(?P<d>{DIGITS})"
    rf"(?P<scale>\s{{1,6}}(?:{_SCALE})s?\b)?(?P<suffix>\s?%)?(?![\d.])",
    re.I,
)
# a hyphen that waits for its word: "two- to six-fold", "5- to 10-fold" are factors of 2 to 6, 5 to 10; "a
# two- or three-compartment model" is 2 to 3 compartments
SUSPENDED_FOLD = re.compile(
    rf"\b(?P<a>{DIGITS}|{_BASE_WORD})-\s{{1,6}}(?:to|or)\s{{1,6}}(?P<b>{DIGITS}|{_BASE_WORD})"
    r"(?:(?P<fold>-?\s?fold)\b|(?=-[a-z]))",
    re.I,
)
# a figure joined by hyphens to the unit it sizes: "a 25-million-parameter network", "at the
# ten-to-fifty-millisecond scale" (the unit after the last hyphen)
HYPHENED_FIGURE = re.compile(
    rf"(?<![\w.,-])(?:(?P<digits>{DIGITS})-(?P<scale>hundred|thousand|million|billion|trillion)"
    rf"|(?P<a>{DIGITS}|{_BASE_WORD})-to-(?P<b>{DIGITS}|{_BASE_WORD}))(?=-[a-z])",
    re.I,
)
# "a hundred or two", "a thousand or two": one to two of the scale
SCALE_OR_TWO = re.compile(
    r"\b(?:a|one)\s+(?P<scale>hundred|thousand|million|billion)\s+or\s+two\b"
    r"(?!\s+(?:hundred|thousand|million|billion))",
    re.I,
)
# "twenty-something picojoules", "40-some percent", "thirty-odd cells": the decade, from its first number up
# to the next decade (as "thousands" spans 1,000 to 10,000)
TENS_SOMETHING = re.compile(
    rf"(?<![\d.,])\b(?P<tens>{_TENS}|[1-9]0)[- ](?:something|some|odd)\b(?P<suffix>\s?%|\s{{1,6}}percent\b)?",
    re.I,
)
# a wrapped line may leave several spaces or a line break around "to" ("100 to  10,000")
RANGE_SEP = r"(?:\s?(?:-|–|—)\s?|\s{0,6}(?:to|or)\s{1,6})"
HEDGE = r"(?:(?:maybe|perhaps|possibly)\s+)?"  # "five hundred to maybe two thousand"
# "percent" may wrap onto a transcript's next line ("well under one⏎*  percent")
SUFFIX = r"(?P<suffix>(?:\s?(?:x|×|%|-fold)|\s{1,6}percent)(?![a-z]))?"
# "an order of magnitude" is a factor of ten; with a bound, the bound ("less than an order of
# magnitude" is at most 10x). "Two orders of magnitude" stays a count of orders (a number and a unit),
# and so does "half an order of magnitude" (0.5 of them); the quantity component also gives such a
# count as the factor it means (``quantities.as_factor``).
ORDER_OF_MAGNITUDE = re.compile(
    rf"(?P<bound>{LOWER}|{UPPER}|within )?{APPROX}(?:like )?(?<!half )\b(?:an|one|another)\s+order\s+of\s+"
    r"magnitude\b(?P<two>\s+or\s+two\b)?",  # the words may wrap over a transcript's line break
    re.I,
)

# "five or more (layers)", "ten or fewer": a bound said after its number; a spelled one counts even where its
# unit is left to the context ("three to four layers for rat cells, and five or more for human cells")
OR_MORE = re.compile(rf"(?<![\w.,])(?P<a>{NUMBER})\s+or\s+(?P<side>more|fewer|less)\b(?!\s+than\b)", re.I)
OR_MORE_WORDS = re.compile(r"\bor\s+(?:more|fewer|less)\b", re.I)

PATTERNS = [
    re.compile(
        # a transcript's line break may leave several spaces around "and" ("between ten⏎*  and a hundred")
        rf"\bbetween(?:,?\s+say,)?\s{{1,6}}{APPROX}(?P<a>{NUMBER_BETWEEN})\s{{1,6}}and\s{{1,6}}{APPROX}(?P<b>{NUMBER}){SUFFIX}",
        re.I,
    ),
    re.compile(
        rf"(?P<bound>{LOWER}|{UPPER})?{APPROX}(?P<a>{NUMBER}){RANGE_SEP}{HEDGE}{APPROX}(?P<b>{NUMBER}){SUFFIX}",
        re.I,
    ),
    re.compile(rf"(?P<bound>{LOWER}|{UPPER})?{APPROX}(?P<a>{NUMBER}){SUFFIX}", re.I),
]
_UPPER_RE = re.compile(UPPER, re.I)
_LETTER_BEFORE = re.compile(r"[A-Za-z0-9_./:^#§\[]$")
_JUNK_AFTER = re.compile(r"^(?:[A-Za-z]|\.\d|/[A-Za-z0-9]|:\d|\]|th\b|st\b|nd\b|rd\b|\*|/)")
UNIT_LETTERS = {
    "ms",
    "s",
    "mm",
    "cm",
    "um",
    "µm",
    "nm",
    "hz",
    "khz",
    "w",
    "kw",
    "mw",
    "gb",
    "tb",
    "k",
    "m",
    "b",
}
REFERENCE_WORDS = {
    "layer",
    "figure",
    "figures",
    "fig",
    "figs",
    "panel",
    "section",
    "table",
    "step",
    "point",
    "no",
    "number",
    "version",
    "chapter",
    "episode",
    "page",
    "eq",
    "equation",
    "part",
    "item",
    "bi",
    "ep",
    "lesson",
}

# a rising list said in one breath, "fifteen, twenty, sometimes thirty hertz", "two, three, four
# fold", "ten to the nine, ten to the ten": the range from the first to the last (a unit noun must
# follow, as for spelled numbers)
_LIST_ITEM = rf"(?:{SPOKEN_POWER}|{AND_A_HALF}|\d+(?:\.\d+)?|{SPOKEN_DECIMAL}|{WORD_NUMBER})"
_LIST_LINK = r",\s*(?:(?:or|and|sometimes|maybe|perhaps|even|up to)\s+)?"
NUMBER_LIST = re.compile(
    rf"(?<![\w.,])(?P<a>{_LIST_ITEM})(?:{_LIST_LINK}{_LIST_ITEM}){{0,4}}{_LIST_LINK}(?P<b>{_LIST_ITEM})\b",
    re.I,
)
_LIST_ITEMS = re.compile(rf"\b{_LIST_ITEM}\b", re.I)
PERCENT_AFTER = re.compile(r"\s?%|\s{1,6}percent\b", re.I)
PANEL_LIST = re.compile(r"\b(?:fig|figs|figure|figures|panels?)\b\.?[^.;]{0,20}$", re.I)


def find_amounts(text: str) -> list[Amount]:
    """Every number expression in ``text`` that is a quantity, not a year, list mark or reference."""
    amounts: list[Amount] = []
    taken = [False] * len(text)
    spreads = (
        *_wherever(GIVE_OR_TAKE, GIVE_OR_TAKE_WORDS, text),
        *_wherever(EITHER_WAY, EITHER_WAY_WORDS, text),
        *_wherever(EITHER_SIDE_OF, EITHER_SIDE_WORDS, text),
    )
    for m in spreads:  # "ten to the fifteen, give or take an order of magnitude"
        value = parse_number(m.group("a"))
        if value is None or any(taken[m.start() : m.end()]):
            continue
        if m.groupdict().get("plus"):  # "thirty neurons, give or take five": 25 to 35
            spread = parse_number(m.group("plus"))
            if spread is None or not 0 < spread < value:
                continue
            low, high = value - spread, value + spread
        else:
            factor = parse_number(m.group("factor")) if m.group("factor") else 10.0
            if not factor or factor <= 1:
                continue
            low, high = value / factor, value * factor
        percent = m.groupdict().get("percent")
        end, suffix = (m.end("percent"), "%") if percent else (m.end("a"), None)
        amounts.append(Amount(m.start("a"), end, low=low, high=high, best=value, suffix=suffix))
        if m.group("factor"):  # the uncertainty is a factor of its own, as it was said
            amounts.append(Amount(m.start("factor"), m.end("factor"), best=factor, suffix="x"))
        _take(taken, m.start(), m.end())
    for m in _untaken(PREFIXED_RANGE.finditer(text), taken):
        amount = _prefixed_range(m)
        if amount is not None:
            amounts.append(amount)
            _take(taken, m.start(), m.end())
    for m in _untaken(PLUS_MINUS.finditer(text), taken):
        mean, spread = (parse_number(m.group(g) + (m.group("scale") or "")) or 0.0 for g in ("a", "d"))
        mean = -mean if m.group("sign") else mean
        suffix = "%" if m.group("suffix") or m.group("percent") else None
        low, high = round(mean - spread, 9), round(mean + spread, 9)
        amounts.append(Amount(m.start(), m.end(), low=low, high=high, best=mean, suffix=suffix))
        _take(taken, m.start(), m.end())
    for m in _untaken(SUSPENDED_FOLD.finditer(text), taken):
        low, high = parse_number(m.group("a")), parse_number(m.group("b"))
        if low is not None and high is not None and low < high:
            suffix = "x" if m.group("fold") else None  # else the hyphened unit follows ("-compartment")
            amounts.append(Amount(m.start(), m.end(), low=low, high=high, suffix=suffix))
            _take(taken, m.start(), m.end())
    for m in _untaken(HYPHENED_FIGURE.finditer(text), taken):
        if m.group("digits"):  # "a 25-million-parameter network": 25 million parameters
            value = float(m.group("digits").replace(",", "")) * SCALES[m.group("scale").lower()]
            amount = Amount(m.start(), m.end(), best=value)
        else:  # "the ten-to-fifty-millisecond scale": 10 to 50 milliseconds
            low, high = parse_number(m.group("a")), parse_number(m.group("b"))
            if low is None or high is None or not low < high:
                continue
            fold = re.match(r"-fold\b", text[m.end() :], re.I)  # "a 5-to-10-fold increase": a factor
            end = m.end() + fold.end() if fold else m.end()
            amount = Amount(m.start(), end, low=low, high=high, suffix="x" if fold else None)
        amounts.append(amount)
        _take(taken, amount.start, amount.end)
    for m in _untaken(SCALE_OR_TWO.finditer(text), taken):  # "a hundred or two come from outside": 100-200
        scale = SCALES[m.group("scale").lower()]
        amounts.append(Amount(m.start(), m.end(), low=float(scale), high=2.0 * scale, words_only=True))
        _take(taken, m.start(), m.end())
    for pattern, low, high in _VAGUE_WRAPPING:
        for m in _untaken(pattern.finditer(text), taken):
            # "a few" is two to five, and three is its most likely reading ("a few hundred": 300)
            best = 1.5 * low if low is not None and A_FEW.match(m.group(0)) else None
            amounts.append(Amount(m.start(), m.end(), low=low, high=high, best=best, words_only=True))
            _take(taken, m.start(), m.end())
    for m in _untaken(SHARED_THOUSANDS.finditer(text), taken):
        low, high = int(m.group("a")), int(m.group("b"))
        if low < high:
            amounts.append(Amount(m.start(), m.end(), low=1000.0 * low, high=1000.0 * high))
            _take(taken, m.start(), m.end())
    for m in _untaken(ODDS.finditer(text), taken):
        share, rest = TENS[m.group("a").lower()], _ODDS_REST[m.group("b").lower()]
        if share + rest == 100:
            amounts.append(Amount(m.start(), m.end(), best=float(share), suffix="%"))
            _take(taken, m.start(), m.end())
    for m in _untaken(THE_SCALE.finditer(text), taken):  # "the hundred watts": 100 (a unit must follow)
        amounts.append(
            Amount(m.start("scale"), m.end(), best=float(SCALES[m.group("scale").lower()]), words_only=True)
        )
        _take(taken, m.start(), m.end())
    for m in _untaken(COUPLE_OF.finditer(text), taken):  # "a couple of thousand genes": 2,000
        value = 2 * SCALES[m.group("scale").lower()] * SCALES.get((m.group("more") or "").lower(), 1)
        amounts.append(Amount(m.start(), m.end(), best=value, words_only=True))
        _take(taken, m.start(), m.end())
    for pattern, low, high in MULTIPLES:
        for m in re.finditer(pattern, text, re.I):
            amounts.append(Amount(m.start(), m.end(), low=low, high=high, suffix="x"))
            _take(taken, m.start(), m.end())
    for m in POWER_EXPONENTS.finditer(text):
        low, top = parse_number(m.group("a")), _exponent(m.group("b").lower())
        if low is None or top is None or any(taken[m.start() : m.end()]):
            continue
        # an exponent just above the first ("or fourteen"), not a number ("ten to the fifteen or twenty")
        if 1 <= top - round(math.log10(low)) <= 3:
            amounts.append(Amount(m.start(), m.end(), low=low, high=10.0**top))
            _take(taken, m.start(), m.end())
    for m in SELF_REPAIR.finditer(text):  # "four hundred, four hundred fifty": the speaker revising up
        a, b = m.group("a"), m.group("b")
        low, high = parse_number(a), parse_number(b)
        if low is None or high is None or any(taken[m.start() : m.end()]):
            continue
        if a.split()[0].lower() == b.split()[0].lower() and low < high <= 2 * low:
            amounts.append(Amount(m.start(), m.end(), low=low, high=high))
            _take(taken, m.start(), m.end())
    for m in A_FEW_TIMES.finditer(text):  # "a few times 10^14": two to five times the power, three likeliest
        power = parse_number(m.group("power"))
        if power is not None and not any(taken[m.start() : m.end()]):
            amounts.append(Amount(m.start(), m.end(), low=2 * power, high=5 * power, best=3 * power))
            _take(taken, m.start(), m.end())
    for m in _untaken(RATIO.finditer(text), taken):  # "closer to 1:1", "the old 10:1 figure"
        amounts.append(Amount(m.start(), m.end(), best=float(m.group(1)), suffix="ratio"))
        _take(taken, m.start(), m.end())
    for m in _untaken(SPOKEN_RATIO.finditer(text), taken):
        value = parse_number(m.group("a"))
        if value is not None and value >= 1:
            amounts.append(Amount(m.start(), m.end(), best=value, suffix="ratio"))
            _take(taken, m.start(), m.end())
    for pattern, value in FACTOR_VERBS:
        for m in _untaken(re.finditer(pattern, text, re.I), taken):
            amounts.append(Amount(m.start(), m.end(), best=value, suffix="x"))
            _take(taken, m.start(), m.end())
    for m in _untaken(FRACTIONS_BETWEEN.finditer(text), taken):
        first, second = (
            m.group("a") or m.group("c") or m.group("e"),
            m.group("b") or m.group("d") or m.group("f"),
        )
        low, high = sorted((_share(first), _share(second)))
        amounts.append(Amount(m.start(), m.end(), low=low, high=high, suffix="%"))
        _take(taken, m.start(), m.end())
    for m in _untaken(RATE_PER_UNIT.finditer(text), taken):  # "about once a second": 1 Hz
        times = 1.0 if m.group("times").lower() == "once" else 2.0
        amounts.append(Amount(m.start(), m.end(), best=times, suffix=RATE_SUFFIX[m.group("unit").lower()]))
        _take(taken, m.start(), m.end())
    for m in _untaken(AS_MANY_AS.finditer(text), taken):  # "roughly as many glia as neurons": 1:1
        if not _UNEQUAL_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            amounts.append(Amount(m.start(), m.start() + len("as many"), best=1.0, suffix="ratio"))
            _take(taken, m.start(), m.end())
    for m in _untaken(TENS_SOMETHING.finditer(text), taken):
        tens = TENS.get(m.group("tens").lower()) or float(m.group("tens"))
        suffix = "%" if m.group("suffix") else None
        spelled = m.group("tens").isalpha() and not suffix
        amounts.append(
            Amount(m.start(), m.end(), low=tens, high=tens + 10, suffix=suffix, words_only=spelled)
        )
        _take(taken, m.start(), m.end())
    for m in _untaken(FRACTION_OF_UNIT.finditer(text), taken):
        amounts.append(Amount(m.start(), m.end(), best=SHARES[m.group("a").lower()] / 100))
        _take(taken, m.start(), m.end())
    for m in _untaken(FRACTION_OF.finditer(text), taken):
        share, bound = _share(m.group("a")), (m.group("bound") or "").strip().lower()
        half_the = re.match(r"\s+the\b", text[m.end() :]) and not bound
        if half_the and not HALF_THE_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue  # "half the room applauded" tells a story; "roughly half the genome" gives a share
        if m.group("b"):  # "a quarter to a third of"
            amount = Amount(m.start(), m.end(), low=share, high=_share(m.group("b")), suffix="%")
        elif bound and _UPPER_RE.fullmatch(bound + " ") or m.group("either") == "less":  # "less than half of"
            amount = Amount(m.start(), m.end(), high=share, suffix="%")
        elif bound or m.group("either") == "more":  # "more than a third of", "half or more of"
            amount = Amount(m.start(), m.end(), low=share, suffix="%")
        else:
            amount = Amount(m.start(), m.end(), best=share, suffix="%")
        amounts.append(amount)
        _take(taken, m.start(), m.end())
    for m in _untaken(HEDGED_SHARE.finditer(text), taken):  # "something around a tenth.": 10%
        amounts.append(Amount(m.start("a"), m.end(), best=_share(m.group("a")), suffix="%"))
        _take(taken, m.start(), m.end())
    for m in ORDER_OF_UNITS.finditer(text):
        if not any(taken[m.start(1) : m.end(1)]):
            amounts.append(Amount(m.start(1), m.end(1), best=1.0, words_only=True))
            _take(taken, m.start(1), m.end(1))
    for m in re.finditer(r"\ba\s+(single)\s+(?=(?:hidden\s+|artificial\s+)?layer\b)", text, re.I):
        amounts.append(Amount(m.start(1), m.end(1), best=1.0, words_only=True))
        _take(taken, m.start(1), m.end(1))
    for m in _untaken(ORDER_OF_MAGNITUDE.finditer(text), taken):
        amounts.append(_tenfold(m))
        _take(taken, m.start(), m.end())
    for m in ONE_UNIT_OR_MORE.finditer(text):
        below = m.group(2).lower() in ("less", "shorter")  # "a millisecond or less": at most 1 ms
        amounts.append(Amount(m.start(1), m.end(1), low=None if below else 1.0, high=1.0 if below else None))
        _take(taken, m.start(1), m.end(1))
    for m in UNDER_ONE_UNIT.finditer(text):
        if not any(taken[m.start(1) : m.end(1)]):  # "less than a millisecond": at most 1 ms
            amounts.append(Amount(m.start(1), m.end(1), high=1.0))
            _take(taken, m.start(1), m.end(1))
    for m in _untaken(ONE_THEN_MORE.finditer(text), taken):  # "a millisecond, two milliseconds": 1 to 2
        high = 3.0 if m.group("n").lower() == "a few" else float(UNITS[m.group("n").lower()])
        amounts.append(Amount(m.start(), m.end("n"), low=1.0, high=high))  # the unit follows, as it was said
        _take(taken, m.start(), m.end())
    # "a second or two", "a micron or two": one to two of the unit
    for m in _untaken(OR_TWO.finditer(text), taken):
        amounts.append(Amount(m.start(1), m.end(1), low=1.0, high=2.0))
        _take(taken, m.start(1), m.end())
    for m in ONE_TIME_UNIT.finditer(text):
        group = m.lastindex  # each way to say it has one group: the "a"/"an" that counts one
        if any(taken[m.start(group) : m.end(group)]):
            continue
        amounts.append(Amount(m.start(group), m.end(group), best=1.0, words_only=True))
        _take(taken, m.start(group), m.end(group))
    for m in NUMBER_LIST.finditer(text):
        items = _LIST_ITEMS.findall(m.group(0))
        values = _with_last_scale(items, [parse_number(item) for item in items])
        pairs = zip(values, values[1:], strict=False)
        rising = all(a is not None and b is not None and a < b for a, b in pairs)
        years = any(re.fullmatch(r"(?:1[89]|20)\d\d", item) for item in items)
        listed = PANEL_LIST.search(text[max(0, m.start() - 30) : m.start()])
        spelled = not any(re.search(r"\d|point", item, re.I) for item in items)  # decimals need no unit
        shared_percent = PERCENT_AFTER.match(text, m.end())  # "like 90, 95 percent sparse"
        if len(items) == 2 and not spelled and not shared_percent:
            continue  # "in 2019, 5 papers": two figures in a row are a list only when said in words
        if rising and not years and not listed and not any(taken[m.start() : m.end()]):
            end, suffix = (shared_percent.end(), "%") if shared_percent else (m.end(), None)
            amounts.append(
                Amount(m.start(), end, low=values[0], high=values[-1], suffix=suffix, words_only=spelled)
            )
            _take(taken, m.start(), end)
    for m in _untaken(_wherever(OR_MORE, OR_MORE_WORDS, text), taken):
        value = parse_number(m.group("a"))
        if value is not None and not _is_junk(text, m, Amount(m.start(), m.end(), best=value)):
            above = m.group("side").lower() == "more"
            spelled = value < 2  # "one or more of these" is a word
            amounts.append(
                Amount(
                    m.start(),
                    m.end(),
                    low=value if above else None,
                    high=None if above else value,
                    words_only=spelled,
                )
            )
            _take(taken, m.start(), m.end())
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(taken[m.start() : m.end()]) or not _stands_alone(text, m):
                continue
            amount = _amount(m)
            if amount is None or _is_junk(text, m, amount):
                continue
            amounts.append(amount)
            _take(taken, m.start(), m.end())
    amounts = [_priced(text, a) for a in amounts]
    return _merge_bounds(text, sorted(amounts, key=lambda a: a.start))


CURRENCIES = "$€£"


def _priced(text: str, amount: Amount) -> Amount:
    """An amount of money keeps its currency as its unit: "$2–15B", "~$300–500k each", "€3 million"."""
    if amount.suffix is None and amount.start > 0 and text[amount.start - 1] in CURRENCIES:
        return replace(amount, suffix=text[amount.start - 1])
    return amount


def _prefixed_range(m: re.Match[str]) -> Amount | None:
    """A range from one prefixed unit to another of the same kind ("10 ms to 20 ms" too), in the first
    end's unit."""
    ends = []
    for n, figure in (("1", "a"), ("2", "b")):
        if m.group(f"u{n}"):
            bare, unit = not m.group(f"p{n}"), m.group(f"u{n}")
            if bare and (unit == "B" or unit in "sm" and m.end(figure) == m.start(f"u{n}")):
                return None  # "Figures 2B and 3B", "the 1990s and 2000s"
            ends.append((unit, SI_PREFIXES[m.group(f"p{n}")]))
        else:
            base = m.group(f"u{n}w").lower().rstrip("s")
            ends.append((_SAME_UNIT[base], PREFIX_WORDS[m.group(f"p{n}w").lower()]))
    (unit_a, scale_a), (unit_b, scale_b) = ends
    low = float(m.group("a").replace(",", ""))
    high = float(m.group("b").replace(",", "")) * scale_b / scale_a
    if unit_a != unit_b or not low < high:
        return None  # "3 ms to 1 kHz", "5 s to 2 ms" are no range
    unit_start = m.start("p1") if m.group("u1") else m.start("p1w")
    return Amount(m.start(), m.end(), low=low, high=round(high, 12), unit_start=unit_start)


def _wherever(pattern: re.Pattern[str], words: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """The matches of a costly pattern, scanned for only in a text that holds its cheap literal words."""
    return pattern.finditer(text) if words.search(text) else ()


def _with_last_scale(items: list[str], values: list[float | None]) -> list[float | None]:
    """Spoken lists share the last item's scale: "a hundred and fifty, two hundred thousand" is
    150,000 to 200,000, "two, three million" 2e6 to 3e6 (an item that already has it keeps its value)."""
    tail = _TRAILING_SCALE.search(items[-1])
    if not tail or values[-1] is None:
        return values
    scale = SCALES[tail.group(1).lower()]
    return [
        value * scale
        if value is not None and tail.group(1).lower() not in item.lower() and value * scale <= values[-1]
        else value
        for item, value in zip(items[:-1], values[:-1], strict=True)
    ] + values[-1:]


def _share(fraction: str) -> float:
    """The percentage a spoken fraction names: "a third" is 33, "two-thirds" 67."""
    words = re.sub(r"^(?:an?|one)\s+", "", " ".join(fraction.lower().replace("-", " ").split()))
    return float(SHARES[words])


def _tenfold(m: re.Match[str]) -> Amount:
    """A factor of ten from "an order of magnitude" (10-100 "or two"), bounded as its words say."""
    if m.group("two"):
        return Amount(m.start(), m.end(), low=10.0, high=100.0, suffix="x")
    bound = (m.group("bound") or "").strip().lower()
    if not bound:
        return Amount(m.start(), m.end(), best=10.0, suffix="x")
    if bound == "within" or _UPPER_RE.fullmatch(bound + " "):
        return Amount(m.start(), m.end(), high=10.0, suffix="x")
    return Amount(m.start(), m.end(), low=10.0, suffix="x")


def _untaken(matches: Iterable[re.Match[str]], taken: list[bool]) -> Iterator[re.Match[str]]:
    """The matches none of whose characters an earlier reading took (checked as each is reached)."""
    return (m for m in matches if not any(taken[m.start() : m.end()]))


def _take(taken: list[bool], start: int, end: int) -> None:
    for i in range(start, end):
        taken[i] = True


def _stands_alone(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 1) : m.start()]
    after = text[m.end() : m.end() + 3]
    word_start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    word = text[word_start : m.end() + 1]
    if re.search(r"https?://|www\.|\.(?:com|org|net)/|doi\b", word) or re.match(r"-to-", text[m.end() :]):
        return False  # numbers inside a URL or DOI, "1-to-1"
    if text[max(0, m.start() - 4) : m.start()] == "-to-":
        return False
    if _LETTER_BEFORE.search(before) and m.group(0)[:1] not in "~∼≈<>≤≥":
        return False
    a = m.group("a")
    if re.fullmatch(POWER, a.strip(), re.I):
        return True  # "10^16again": a power of ten ends at its exponent
    if m.group("suffix"):
        return True
    if _JUNK_AFTER.match(after):
        letters = re.match(r"[A-Za-zµ]+", after + text[m.end() + 3 : m.end() + 6])
        return bool(letters) and letters.group(0).lower() in UNIT_LETTERS
    return True


def _amount(m: re.Match[str]) -> Amount | None:
    a = parse_number(m.group("a"))
    b = parse_number(m.group("b")) if "b" in m.groupdict() and m.group("b") else None
    if a is None:
        return None
    suffix = (m.group("suffix") or "").strip().lower() or None
    if suffix in ("×", "-fold"):
        suffix = "x"
    elif suffix == "percent":
        suffix = "%"
    # a spoken power ("ten to the fifteen") is a quantity even without a unit noun
    words_only = not re.search(r"\d", m.group(0)) and not re.search(SPOKEN_POWER, m.group(0), re.I)
    bound = (m.groupdict().get("bound") or "").strip()
    if b is not None and _compound_word(m):
        a, b = parse_number(f"{m.group('a').strip()}-{m.group('b').strip()}"), None  # "sixty-nine billion"
    if b is not None:
        a = _shared_scale(m.group("a"), a, m.group("b"), b)
        if b < a:  # "5-3" is not a range; take the first number alone
            return None
        return Amount(m.start(), m.end(), low=a, high=b, suffix=suffix, words_only=words_only)
    if bound:
        upper = bool(_UPPER_RE.fullmatch(bound + " ")) or bound.startswith(("<", "≤"))
        return Amount(
            m.start(),
            m.end(),
            low=None if upper else a,
            high=a if upper else None,
            suffix=suffix,
            words_only=words_only,
        )
    return Amount(m.start(), m.end(), best=a, suffix=suffix, words_only=words_only)


_MANTISSA = re.compile(
    # "2-4M synapses" and "$2–15B" share the high end's scale letter too
    rf"^\s*(?P<m>{DIGITS})(?:{TIMES}(?:{TEN_POWER})|[eE][-+]?\d+|\s?(?:{_SCALE})s?|(?-i:k|K|M|bn|B))\s*$"
    rf"|^\s*(?P<w>{_BASE_WORD})(?:\s+(?:{_SCALE})s?)+\s*$"  # "five hundred million" scales by 5
    rf"|^\s*(?:(?P<tm>{DIGITS})|(?P<tw>{_BASE_WORD}))\s+times\s+(?:{TEN_POWER}|{SPOKEN_POWER})\s*$",
    re.I,
)


def _shared_scale(first: str, low: float, second: str, high: float) -> float:
    """The low end of a range whose high end carries the scale for both: "2-4 × 10^8" is 2e8 to 4e8,
    "two to three hundred" 200 to 300, "three to five hundred million" 3e8 to 5e8; "fifty to a
    hundred" and "1 to 10^15" keep their low end."""
    if not re.fullmatch(rf"\s*(?:{DIGITS}|{_BASE_WORD})\s*", first, re.I):
        return low  # the low end has a scale or power of its own
    m = _MANTISSA.match(second)
    if m is None:
        # "ten to a hundred million": the trailing scale is shared (1e7 to 1e8); "fifty to a hundred" is not
        tail = _TRAILING_SCALE.search(second)
        scaled = low * SCALES[tail.group(1).lower()] if tail else high
        return scaled if scaled < high else low
    digits, word = m.group("m") or m.group("tm"), m.group("w") or m.group("tw")
    mantissa = float(digits.replace(",", "")) if digits else _parse_words(word.lower())
    if not mantissa or low >= mantissa:
        return low
    return low * high / mantissa


def _compound_word(m: re.Match[str]) -> bool:
    """Whether a "range" is one hyphenated number word: "sixty-nine" (billion), not "five-eight"."""
    first, second = m.group("a").strip().lower(), m.group("b").strip().lower()
    joined = m.string[m.end("a") : m.start("b")] == "-"
    unit = second.split()[0] if second else ""
    # "sixty-nine", and "a hundred and seventy-five" (thousand) ends in one
    return joined and first.split()[-1] in TENS and 0 < UNITS.get(unit, 10) < 10


def _is_junk(text: str, m: re.Match[str], amount: Amount) -> bool:
    raw = m.group("a").strip()
    line_start = text.rfind("\n", 0, m.start()) + 1
    prefix = text[line_start : m.start()]
    after = text[m.end() : m.end() + 2]
    listed = re.fullmatch(r"\d{1,3}|[a-z]|[ivx]{1,4}", m.group(0).strip(), re.I)
    if listed and not prefix.strip() and re.match(r"[.)]\s|\.$|\)$", after) and amount.suffix is None:
        return True  # list numbering "1. ", "2) " (not a figure said on its own: "Ten to the fifteen.")
    if (
        re.fullmatch(r"(1[89]|20)\d\d", raw)
        and amount.suffix is None
        and not m.group(0).startswith(("~", "∼"))
    ):
        following = re.match(r"\s*([a-z]+)", text[m.end() :])
        plural = following and re.search(r"[^siu]s$", following.group(1))
        counted = re.match(r"\s+of\s+(?:them|those|these|which)\b", text[m.end() :])
        if not plural and not counted:
            return True  # a year: "in 2001", "a 2001 analysis" (but "2000 neurons", "2000 of them")
    if re.match(r"\s+(?:Dr|Prof|Mr|Mrs|Ms)\.?\s", text[m.end() : m.end() + 8]):
        return True  # a footnote mark before a name: "1 Dr. Lindqvist suggested ..."
    word_before = re.search(r"([A-Za-z#]+)\.?\s*$", text[max(0, m.start() - 12) : m.start()])
    hedged = re.match(APPROX.rstrip("?"), m.group(0), re.I)  # "a central number around 10^15" is a figure
    power = re.fullmatch(POWER, raw, re.I)  # "to step 10^14 state variables": no step is numbered 10^14
    # "figures up to about a million synapses": nothing numbered is bounded
    hedged = hedged or m.groupdict().get("bound")
    if (
        word_before
        and word_before.group(1).lower().lstrip("#") in REFERENCE_WORDS | {""}
        and not (hedged or power)
    ):
        return True  # "layer 5", "point #1", "Figure 3"
    if text[max(0, m.start() - 1) : m.start()] == "#":
        return True
    if raw.endswith("B") and PANEL_LIST.search(text[max(0, m.start() - 30) : m.start()]):
        return True  # "Figures 2B and 3B": a panel letter, not a billion
    return False


def _merge_bounds(text: str, amounts: list[Amount]) -> list[Amount]:
    """Join "at least five -- but no more than eight" into one range."""
    merged: list[Amount] = []
    for amount in amounts:
        previous = merged[-1] if merged else None
        gap = text[previous.end : amount.start] if previous is not None else ""
        if (
            previous is not None
            and previous.low is not None
            and previous.high is None
            and previous.best is None
            and amount.high is not None
            and amount.low is None
            and previous.low <= amount.high
            and re.fullmatch(r"[\s,;—–-]*(?:but|and)?[\s,;—–-]*", gap)
        ):
            merged[-1] = Amount(
                previous.start,
                amount.end,
                low=previous.low,
                high=amount.high,
                suffix=amount.suffix or previous.suffix,
                words_only=previous.words_only and amount.words_only,
            )
        else:
            merged.append(amount)
    return merged
