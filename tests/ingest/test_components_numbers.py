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
        ("sixty-nine billion neurons", [("sixty-nine billion", None, None, 69e9)]),
        ("twenty-thirty cells", [("twenty-thirty", 20, 30, None)]),
        ("between 1e14 and\n1e15 synapses", [("between 1e14 and\n1e15", 1e14, 1e15, None)]),
        ("a well-known 2001 analysis", []),
        ("1 Dr. Lee suggested it", []),
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
        ("billions of things", [("billions", 1e9, 1e10, None)]),
        ("down to 10^16again", [("10^16", None, None, 1e16)]),
        ("one or two genes", [("one or two", 1, 2, None)]),
        ("serial sectioning in a week", [("a", None, None, 1)]),
        ("more than just one unit per neuron", [("more than just one", 1, None, None)]),
        # the high end's scale is shared by a bare low end
        ("0.9-1.6 × 10^8 ATP", [("0.9-1.6 × 10^8", 0.9e8, 1.6e8, None)]),
        ("between 3 and 5 × 10^9 neurons", [("between 3 and 5 × 10^9", 3e9, 5e9, None)]),
        ("two to three hundred synapses", [("two to three hundred", 200, 300, None)]),
        ("10-100 million neurons", [("10-100 million", 1e7, 1e8, None)]),
        ("fifty to a hundred hertz", [("fifty to a hundred", 50, 100, None)]),
        ("1 to 10^15 FLOP/s", [("1 to 10^15", 1, 1e15, None)]),
        # spoken compounds
        ("thirty five times less power", [("thirty five", None, None, 35)]),
        ("a hundred and twenty milliseconds", [("a hundred and twenty", None, None, 120)]),
        ("a hundred and seventy five thousand", [("a hundred and seventy five thousand", None, None, 175e3)]),
        (
            "between two hundred and three hundred",
            [("between two hundred and three hundred", 200, 300, None)],
        ),
        ("between a hundred and two thousand", [("between a hundred and two thousand", 100, 2000, None)]),
        # a transcript's line break, its "*  " prefix blanked, inside a range or a phrase
        ("like ten\n   to a hundred machines", [("ten\n   to a hundred", 10, 100, None)]),
        ("an order of magnitude or\n   two", [("an order of magnitude or\n   two", 10, 100, None)]),
        # spoken compound exponents, a factor of a few, a single hidden layer
        ("ten to the twenty one flops", [("ten to the twenty one", None, None, 1e21)]),
        ("plasticity adds a factor of a few", [("a few", 2, 5, None)]),
        ("a single hidden layer was enough", [("single", None, None, 1)]),
        ("a single neuron", []),
        ("when taken out, a\n   single hidden layer", [("single", None, None, 1)]),
        ("about 86\n   billion neurons", [("about 86\n   billion", None, None, 86e9)]),
        # spoken scientific notation, alone and as a range sharing its power
        ("three times ten to the fifteen FLOPs", [("three times ten to the fifteen", None, None, 3e15)]),
        ("we need 3 times 10^14 synapses", [("3 times 10^14", None, None, 3e14)]),
        (
            "about one and a half times ten to the fifteen",
            [("about one and a half times ten to the fifteen", None, None, 1.5e15)],
        ),
        (
            "three or four times ten to the twelve synapses",
            [("three or four times ten to the twelve", 3e12, 4e12, None)],
        ),
        ("a few times 10^14 events per second", [("a few times 10^14", 2e14, 5e14, 3e14)]),
        # as a transcript's wrapped line reads once its prefix is blanked
        ("at a few    times ten to the fourteen", [("a few    times ten to the fourteen", 2e14, 5e14, 3e14)]),
        # a trailing scale is shared by both ends ("fifty to a hundred" has none to share)
        ("ten to a hundred million words", [("ten to a hundred million", 1e7, 1e8, None)]),
        # "a few" before a unit of measure is two to five of it, three at best; before other nouns no amount
        ("fields reach a few mV/mm", [("a few", 2, 5, 3)]),
        ("neurons fire at a few hertz", [("a few", 2, 5, 3)]),
        ("we read a few papers", []),
        # "a millisecond or less" bounds above, "a second or longer" below
        ("shifts of a millisecond or less", [("a", None, 1, None)]),
        ("it lasts a second or longer", [("a", 1, None, None)]),
        # a compound number word after "and" is one number, not a range ("seventy" to "five thousand")
        (
            "quoted as about a hundred and seventy-five thousand",
            [("about a hundred and seventy-five thousand", None, None, 175e3)],
        ),
        ("four point seven bits", [("four point seven", None, None, 4.7)]),
        ("two and a half days", [("two and a half", None, None, 2.5)]),
        ("half a spike per second", [("half a", None, None, 0.5)]),
        # a ratio to one, not a clock time
        ("closer to 1:1 than the old 10:1", [("1:1", None, None, 1), ("10:1", None, None, 10)]),
        ("the meeting at 10:30", []),
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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10¹⁵", 1e15),
        ("10⁻³", 1e-3),
        ("10^{15}", 1e15),
        ("10^{-3}", 1e-3),
        ("1.5 × 10^15", 1.5e15),
        ("8.6 x 10^10", 8.6e10),
        ("2*10^14", 2e14),
        ("3·10¹²", 3e12),
        ("1.5x10^15", 1.5e15),
        ("10k", 1e4),
        ("86bn", 8.6e10),
        ("1.5M", 1.5e6),
        ("100B", 1e11),
        ("half a dozen", 6),
        ("half a million", 5e5),
        ("half a thousand", 500),
        ("10 to the 15", 1e15),
        ("ten to the fifteen", 1e15),
        ("10 to the 15th", 1e15),
        ("ten to the power of 15", 1e15),
        ("10 to the minus 3", 1e-3),
        ("ten to the eighteenth", 1e18),
        ("ten to the twenty-one", 1e21),
        ("ten to the third", 1e3),
    ],
)
def test_parse_number_reads_powers_scales_and_halves(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The brain has about 10¹⁵ synapses.", "about 10¹⁵", 1e15),
        ("a constant of 10⁻³ seconds", "10⁻³", 1e-3),
        ("it has 10^{15} synapses", "10^{15}", 1e15),
        ("The brain needs 1.5 × 10^15 FLOP/s.", "1.5 × 10^15", 1.5e15),
        ("There are 8.6 x 10^10 neurons.", "8.6 x 10^10", 8.6e10),
        ("It needs 2*10^14 synapses.", "2*10^14", 2e14),
        ("It has 3·10¹² synapses.", "3·10¹²", 3e12),
        ("The brain needs 1.5x10^15 FLOP/s.", "1.5x10^15", 1.5e15),
        ("There are ~86bn neurons", "~86bn", 8.6e10),
        ("Each neuron has 10k synapses.", "10k", 1e4),
        ("Each neuron has 10K synapses.", "10K", 1e4),
        ("The model has 1.5M parameters.", "1.5M", 1.5e6),
        ("The model has 175B parameters.", "175B", 1.75e11),
        ("A neuron needs half a dozen layers.", "half a dozen", 6),
        ("about 10 to the 15 FLOPs per second", "about 10 to the 15", 1e15),
        ("it's ten to the fifteen FLOPs per second", "ten to the fifteen", 1e15),
        ("it's 10 to the 15th FLOPs per second", "10 to the 15th", 1e15),
        ("it's ten to the power of 15 FLOPs per second", "ten to the power of 15", 1e15),
        ("it's 10 to the minus 3 seconds", "10 to the minus 3", 1e-3),
    ],
)
def test_find_amounts_reads_one_amount_per_written_power(text: str, span: str, value: float) -> None:
    found = find_amounts(text)
    assert [text[a.start : a.end] for a in found] == [span]
    assert found[0].best == pytest.approx(value)


def test_find_amounts_reads_spoken_powers_as_a_range() -> None:
    text = "somewhere from 10 to the 14 to 10 to the 15 FLOPs"
    assert [(a.low, a.high) for a in find_amounts(text)] == [(1e14, 1e15)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to the" is needed for a power: "10 to 15" is a range
        ("It takes 10 to 15 neurons.", [("10 to 15", 10, 15, None)]),
        # an exponent has at most two digits: "the 100 neurons" is not 10^100
        ("it grew from 10 to the 100 neurons", [("10", None, None, 10), ("100", None, None, 100)]),
        # T is tesla, not trillion; kelvin and molar keep their plain number
        ("We scanned at 7T.", []),
        ("The slice was kept at 300K.", [("300", None, None, 300)]),
        ("at 310K body temperature", [("310", None, None, 310)]),
        ("Use 1M NaCl solution.", [("1", None, None, 1)]),
        # the letters start a unit word: the unit keeps its prefix
        ("at 10kHz", [("10", None, None, 10)]),
        ("a 5MB file", []),
        ("lasts 5 ms", [("5", None, None, 5)]),
        ("at 10 kHz", [("10", None, None, 10)]),
        # "x" between a number and a word, or a number that is not a power of ten
        ("a 3 x 3 grid", [("3 x", None, None, 3), ("3", None, None, 3)]),
        ("it was 2 x 10 cells", [("2 x", None, None, 2), ("10", None, None, 10)]),
        ("see Figure 5B for details", []),
        ("see Figures 2B and 3B", []),
        ("as in panel 4B", []),
        ("about half the neurons", [("half", None, None, 50)]),  # a share of them, not the number 0.5
        ("then half the neurons fired", []),  # a story, not a share given
        # a vague plural of a scale spans its decade; "low" keeps its bottom third
        ("tens of thousands of parameters", [("tens of thousands", 1e4, 1e5, None)]),
        ("the low hundreds of thousands", [("low hundreds of thousands", 1e5, 3e5, None)]),
        ("hundreds of    trillions of synapses", [("hundreds of    trillions", 1e14, 1e15, None)]),
        # a rising list said in one breath is a range; years and figure numbers are not
        ("fifteen, twenty, sometimes thirty hertz", [("fifteen, twenty, sometimes thirty", 15, 30, None)]),
        ("two, three, four fold", [("two, three, four", 2, 4, None)]),
        ("in 2019, 2020, 2021 we", []),
        ("a second or two", [("a", 1, 2, None)]),
        ("about an hour or two later", [("an", 1, 2, None)]),
        # spoken: a list of decimals, a millisecond as a bound or a precision, a power with its spread
        ("like point one, point two, point three", [("point one, point two, point three", 0.1, 0.3, None)]),
        ("point zero two five milliseconds", [("point zero two five", None, None, 0.025)]),
        ("like less than a millisecond", [("a", None, 1, None)]),
        ("precise to like a millisecond", [("a", None, None, 1)]),
        (
            "ten to the fifteen, give or take an order of magnitude",
            [("ten to the fifteen", 1e14, 1e16, 1e15)],
        ),
        ("10^15 FLOP/s give or take an order of magnitude", [("10^15", 1e14, 1e16, 1e15)]),
        # a few hundred thousand; two spelled figures in one breath; "or two" after a unit of length
        ("a few hundred thousand motor units", [("a few hundred thousand", 2e5, 5e5, 3e5)]),
        ("seventy, seventy-five percent", [("seventy, seventy-five percent", 70, 75, None)]),
        ("in 2019, 5 papers", [("5", None, None, 5)]),
        ("a micron or two across", [("a", 1, 2, None)]),
        ("a thing or two", [("two", None, None, 2)]),  # no 1-2 range (and no unit: dropped later)
        ("tens to hundreds of milliseconds", [("tens to hundreds", 10, 1000, None)]),
        ("hundreds to thousands of synapses", [("hundreds to thousands", 100, 10000, None)]),
        # a range shares its high end's whole scale; a spoken list shares its last item's scale
        ("three to five hundred million cells", [("three to five hundred million", 3e8, 5e8, None)]),
        ("four to six hundred thousand cells", [("four to six hundred thousand", 4e5, 6e5, None)]),
        ("fifty to a hundred million cells", [("fifty to a hundred million", 5e7, 1e8, None)]),
        (
            "a hundred and fifty, two hundred thousand synapses",
            [("a hundred and fifty, two hundred thousand", 1.5e5, 2e5, None)],
        ),
        ("two, three million neurons", [("two, three million", 2e6, 3e6, None)]),
        # a vague amount wrapped over a transcript's line break ("*  " prefix gone, spaces left)
        ("a few    hundred thousand synapses", [("a few    hundred thousand", 2e5, 5e5, 3e5)]),
        # a second bare exponent shares "ten to the"; a number that is no exponent stays apart
        ("ten to the thirteen or fourteen", [("ten to the thirteen or fourteen", 1e13, 1e14, None)]),
        (
            "ten to the fifteen or twenty",
            [("ten to the fifteen", None, None, 1e15), ("twenty", None, None, 20)],
        ),
        # a range of two fractions needs no "of" after it; "and a half of" is a number and a half
        ("a third to a half are expressed", [("a third to a half", 33, 50, None)]),
        ("two and a half of those cells", [("two and a half", None, None, 2.5)]),
        ("a year and a half of training data", []),
        # "a few tens of" is two to five tens, of the scale that follows
        ("a few tens of millions of neurons", [("a few tens of millions", 2e7, 5e7, 3e7)]),
        ("a few tens of milliseconds", [("a few tens", 20, 50, 30)]),
        # spoken: a hedge inside a range, hundreds with no "and", a half with a scale after it
        (
            "five hundred to maybe two thousand compartments",
            [("five hundred to maybe two thousand", 500, 2000, None)],
        ),
        ("four hundred fifty compartments", [("four hundred fifty", None, None, 450)]),
        ("two hundred three hundred", [("two hundred", None, None, 200), ("three hundred", None, None, 300)]),
        ("nine and a half million neurons", [("nine and a half million", None, None, 9.5e6)]),
        # a figure give or take a factor: divided and multiplied by it; the factor is read too
        (
            "ten to the seventeen FLOPs per second, give or take a factor of three",
            [("ten to the seventeen", 1e17 / 3, 3e17, 1e17), ("three", None, None, 3)],
        ),
        # a self-repair revising the number just said a little upward; not a list, not a new scale
        (
            "four hundred, four hundred fifty compartments",
            [("four hundred, four hundred fifty", 400, 450, None)],
        ),
        ("one point one, one point two exaflops", [("one point one, one point two", 1.1, 1.2, None)]),
        ("ten, ten thousand synapses", [("ten", None, None, 10), ("ten thousand", None, None, 1e4)]),
        # "percent" wrapped onto the transcript's next line
        ("well under one    percent", [("under one    percent", None, 1, None)]),
    ],
)
def test_find_amounts_guards_new_forms_against_false_readings(text: str, expected: list[tuple]) -> None:
    found = [(text[a.start : a.end], a.low, a.high, a.best) for a in find_amounts(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("depolarised spine heads by 18 ± 7 mV", [("18 ± 7", 11, 25, 18)]),
        ("a resting potential of -65 +/- 3 mV", [("-65 +/- 3", -68, -62, -65)]),
        ("a release probability of 0.3 ± 0.1", [("0.3 ± 0.1", 0.2, 0.4, 0.3)]),
        ("they counted 86.1 ± 8.1 billion neurons", [("86.1 ± 8.1 billion", 7.8e10, 9.42e10, 8.61e10)]),
        ("signalling took 45% ± 8% of the ATP", [("45% ± 8%", 37, 53, 45)]),
        # a spread with no mean is a plain figure
        ("a ±30% systematic uncertainty", [("30%", None, None, 30)]),
    ],
)
def test_find_amounts_reads_a_mean_and_its_spread_as_a_range(text: str, expected: list[tuple]) -> None:
    found = [(text[a.start : a.end], a.low, a.high, a.best) for a in find_amounts(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("levels vary two- to six-fold across animals", [("two- to six-fold", 2, 6, "x")]),
        ("density rose 5- to 10-fold", [("5- to 10-fold", 5, 10, "x")]),
        ("it varied two- or threefold", [("two- or threefold", 2, 3, "x")]),
        # before any other hyphened word, the word is the unit and no factor is read
        ("a two- or three-compartment model", [("two- or three", 2, 3, None)]),
        ("a 5- to 10-layer network", [("5- to 10", 5, 10, None)]),
    ],
)
def test_find_amounts_reads_a_suspended_hyphen_as_factors(text: str, expected: list[tuple]) -> None:
    found = [(text[a.start : a.end], a.low, a.high, a.suffix) for a in find_amounts(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any figure, not only a power, is widened by a factor it is given or taken
        (
            "Call it thirty as a point estimate, give or take a factor of three.",
            [("thirty", 10, 90, 30), ("three", None, None, 3)],
        ),
        ("about 5 Hz, give or take a factor of two", [("5", 2.5, 10, 5), ("two", None, None, 2)]),
        # a spread with no "factor" is added and taken away, with the figure's scale
        ("thirty neurons, give or take five", [("thirty", 25, 35, 30)]),
        ("86 billion neurons, give or take 8 billion", [("86 billion", 7.8e10, 9.4e10, 8.6e10)]),
        # no spread, or one as large as the figure, widens nothing
        ("It takes ten thousand, give or take.", [("ten thousand", None, None, 1e4)]),
        ("five synapses, give or take ten", [("five", None, None, 5), ("ten", None, None, 10)]),
        # a filler after "give or take" changes nothing
        (
            "ten to the fifteen flops, give or take, like, an order of magnitude",
            [("ten to the fifteen", 1e14, 1e16, 1e15)],
        ),
        # the same spread said in other words: "in either direction", "either side of"
        (
            "something like 10 Hz, with perhaps a factor of three uncertainty in either direction",
            [("10", 10 / 3, 30, 10), ("three", None, None, 3)],
        ),
        (
            "the ~1 Hz rate is itself uncertain by maybe an order of magnitude in either direction",
            [("1", 0.1, 10, 1)],
        ),
        (
            "narrowed to a factor of three either side of 10^14 events per second",
            [("three", None, None, 3), ("10^14", 1e14 / 3, 3e14, 1e14)],
        ),
        # another figure in between keeps the spread from the first one
        (
            "10^14 synapses at 1 Hz, off by a factor of ten either way",
            [("10^14", None, None, 1e14), ("1", 0.1, 10, 1), ("ten", None, None, 10)],
        ),
        # without "either way" a factor is only a factor
        (
            "about 10 Hz, with perhaps a factor of three",
            [("about 10", None, None, 10), ("three", None, None, 3)],
        ),
    ],
)
def test_find_amounts_reads_any_figure_give_or_take_a_spread(text: str, expected: list[tuple]) -> None:
    found = [(text[a.start : a.end], a.low, a.high, a.best) for a in find_amounts(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spoken list shares its last item's hundred, as it shares a thousand or a million
        ("the ones that go to two, three hundred milliseconds", [("two, three hundred", 200, 300, None)]),
        ("fifty, a hundred neurons", [("fifty, a hundred", 50, 100, None)]),
        # two figures before one "percent" are a range of percentages; "and a half" is a list item
        ("unless you're above like 90, 95 percent sparse", [("90, 95 percent", 90, 95, "%")]),
        ("something like four and a half, five bits", [("four and a half, five", 4.5, 5, None)]),
        ("in 2019, 5 papers", [("5", None, None, None)]),
        # a bare plural, then the power above it said once
        ("that's where you get into tens, maybe a hundred.", [("tens, maybe a hundred", 10, 100, None)]),
        ("which could be tens or a hundred per neuron", [("tens or a hundred", 10, 100, None)]),
        ("hundreds, perhaps a thousand synapses", [("hundreds, perhaps a thousand", 100, 1000, None)]),
        # a decade said as "40-some", "thirty-odd", "twenty-something": up to the next decade
        ("something like 40-some percent of that energy", [("40-some percent", 40, 50, "%")]),
        ("thirty-odd cell types", [("thirty-odd", 30, 40, None)]),
        # one of a unit, then more of it; one to two of a scale
        ("a jitter of, like, a millisecond, two milliseconds.", [("a millisecond, two", 1, 2, None)]),
        ("a hundred or two come from outside", [("a hundred or two", 100, 200, None)]),
    ],
)
def test_find_amounts_reads_spoken_ranges(text: str, expected: list[tuple]) -> None:
    found = [(text[a.start : a.end], a.low, a.high, a.suffix) for a in find_amounts(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range from one prefix of a unit to another is read in the first end's unit; the unit may repeat
        ("at frame rates of 500 Hz to 1 kHz and above", [("500 Hz to 1 kHz", 500, 1000)]),
        ("time constants from about 100 ms to 1 s.", [("100 ms to 1 s", 100, 1000)]),
        ("between roughly 10 TB and 1 PB of information", [("10 TB and 1 PB", 10, 1000)]),
        ("between 100 kilowatts and 1 megawatt", [("100 kilowatts and 1 megawatt", 100, 1000)]),
        ("costs between ~7 W and ~70 kW to run", [("7 W and ~70 kW", 7, 70000)]),
        ("from 10 ms to 20 ms", [("10 ms to 20 ms", 10, 20)]),
        # a falling pair or two kinds of unit are not such a range
        ("5 s to 2 ms", [("5", None, None), ("2", None, None)]),
        ("3 ms to 1 kHz", [("3", None, None), ("1", None, None)]),
    ],
)
def test_find_amounts_reads_a_range_across_unit_prefixes(text: str, expected: list[tuple]) -> None:
    found = [(text[a.start : a.end], a.low, a.high) for a in find_amounts(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see Figures 2B and 3B", []),
        ("in the 1990s and 2000s", []),
        ("runs 2s to 5s", [("2", None, None), ("5", None, None)]),
    ],
)
def test_find_amounts_reads_no_unit_range_in_panels_decades_or_glued_seconds(
    text: str, expected: list[tuple]
) -> None:
    found = [(text[a.start : a.end], a.low, a.high) for a in find_amounts(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a transcript's line break (its "*  " prefix blanked) inside a phrase changes no reading
        (
            "you get a\n   few times ten to the twelve synapses",
            [("a\n   few times ten to the twelve", 2e12, 5e12, 3e12)],
        ),
        ("more than\n   10 synapses", [("more than\n   10", 10, None, None)]),
        ("at most\n   five layers", [("at most\n   five", None, 5, None)]),
        ("a\n   millisecond or two", [("a", 1, 2, None)]),
        ("in about a\n   second or so", [("a", None, None, 1)]),
        # an eighth and a sixth are fractions like a tenth or a fifth
        ("and then an eighth of a\n   percent better", [("an eighth of a", None, None, 0.125)]),
        ("a sixth of the cells", [("a sixth", None, None, 17)]),
    ],
)
def test_find_amounts_reads_phrases_across_a_transcript_line_break(text: str, expected: list[tuple]) -> None:
    found = [(text[a.start : a.end], a.low, a.high, a.best) for a in find_amounts(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bottom, middle or top of a plural's decade, of any scale
        ("in the low millions of euros per study", [("low millions", 1e6, 3e6)]),
        ("the mid-thousands of synapses", [("mid-thousands", 4e3, 6e3)]),
        ("the high thousands of synapses", [("high thousands", 7e3, 9.99e3)]),
        ("high hundreds", [("high hundreds", 700, 999)]),
        # a count of digits
        ("single-digit billions is the figure", [("single-digit billions", 1e9, 9e9)]),
        ("double-digit millions", [("double-digit millions", 1e7, 9.9e7)]),
    ],
)
def test_find_amounts_reads_a_part_of_a_decade(text: str, expected: list[tuple]) -> None:
    found = [(text[a.start : a.end], a.low, a.high) for a in find_amounts(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedged fraction ending its clause is a share; a bare one is not
        ("energy and theory all point at something around a tenth.", [("a tenth", None, None, 10, "%")]),
        ("maybe a third, if that", [("a third", None, None, 33, "%")]),
        ("It was a third.", []),
        ("which could add another few tens of percent", [("another few tens", 20, 50, None, None)]),
        # "another order of magnitude" is ten times, as "an order of magnitude" is
        ("could add another order of magnitude or so", [("another order of magnitude", None, None, 10, "x")]),
    ],
)
def test_find_amounts_reads_hedged_shares_and_another_order(text: str, expected: list[tuple]) -> None:
    found = [(text[a.start : a.end], a.low, a.high, a.best, a.suffix) for a in find_amounts(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a power of ten after a word that numbers things is still a figure
        ("no need to step 10^14 state variables", [("10^14", None, None, 1e14)]),
        ("step 3 of the protocol", []),
        # a bound said after its number; "one or more" is a word until a unit counts it
        ("and I'd expect five or more for human cells", [("five or more", 5, None, None)]),
        ("ten or fewer synapses", [("ten or fewer", None, 10, None)]),
        ("10 or more than that", [("10", None, None, 10)]),
        # shares: "half or more of", "from around a quarter to over a third"
        ("half or more of pairs are coupled", [("half or more", 50, None, None)]),
        ("half or less of the budget", [("half or less", None, 50, None)]),
        ("from around a quarter to over a third", [("from around a quarter to over a third", 25, 33, None)]),
        ("run from a quarter to well over a third", [("from a quarter to well over a third", 25, 33, None)]),
    ],
)
def test_find_amounts_reads_bounds_after_a_number_and_share_ranges(text: str, expected: list[tuple]) -> None:
    found = [(text[a.start : a.end], a.low, a.high, a.best) for a in find_amounts(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bounded figure after a word that numbers things is a figure
        ("figures up to about a million synapses", [("up to about a million", None, 1e6, None)]),
        ("see figure 3", []),
        # a scale word the talk names as a figure; not a figure of speech
        ("the hundred watts is the whole body", [("hundred", None, None, 100)]),
        ("the thousand-compartment model", [("thousand", None, None, 1000)]),
        ("amongst the thousand ways they differ", []),
        # a figure hyphened to its unit
        ("a 25-million-parameter network", [("25-million", None, None, 2.5e7)]),
        ("at the ten-to-fifty-millisecond scale", [("ten-to-fifty", 10, 50, None)]),
        ("a 5-to-10-fold increase", [("5-to-10-fold", 5, 10, None)]),
        ("a one-to-one mapping", [("one-to-one", None, None, 1)]),
    ],
)
def test_find_amounts_reads_named_and_hyphened_figures(text: str, expected: list[tuple]) -> None:
    found = [(text[a.start : a.end], a.low, a.high, a.best) for a in find_amounts(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range shares its high end's scale letter; money keeps its currency as its unit
        ("2-4M synapses", [("2-4M", 2e6, 4e6, None)]),
        ("5 to 10k cells", [("5 to 10k", 5e3, 1e4, None)]),
        ("something like $2–15B in all", [("2–15B", 2e9, 1.5e10, "$")]),
        ("~$300–500k each", [("300–500k", 3e5, 5e5, "$")]),
        ("€3 million per study", [("3 million", None, None, "€")]),
        # a share given or taken keeps its percent
        ("roughly 10%, give or take a factor of two", [("10%", 5, 20, "%"), ("two", None, None, "x")]),
    ],
)
def test_find_amounts_shares_scale_letters_and_keeps_currencies(text: str, expected: list[tuple]) -> None:
    found = [(text[a.start : a.end], a.low, a.high, a.suffix) for a in find_amounts(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two numbers of the same scale joined by "and" are two numbers (a range after "between")
        (
            "five thousand and thirty thousand words",
            [("five thousand", None, None, 5e3), ("thirty thousand", None, None, 3e4)],
        ),
        (
            "between, say, five thousand and thirty thousand words",
            [("between, say, five thousand and thirty thousand", 5e3, 3e4, None)],
        ),
        # a tail after a hundred scales the whole; a smaller scale after a larger one adds
        (
            "a hundred and seventy five thousand synapses",
            [("a hundred and seventy five thousand", None, None, 1.75e5)],
        ),
        ("two million and fifty thousand cells", [("two million and fifty thousand", None, None, 2.05e6)]),
        ("a thousand and fifty cells", [("a thousand and fifty", None, None, 1050)]),
    ],
)
def test_find_amounts_joins_and_tails_only_of_smaller_scale(text: str, expected: list[tuple]) -> None:
    found = [(text[a.start : a.end], a.low, a.high, a.best) for a in find_amounts(text)]
    assert found == expected
