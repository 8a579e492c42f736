"""Quantities on parsed sentences: value, unit noun and the parameter it measures."""

from __future__ import annotations

import pytest

from ingest.prepare import parse_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "values", "unit", "parameter"),
    [
        (
            "It takes 5-8 layers with about 1000 neurons to simulate a single biological neuron.",
            (5, 8, None),
            "layers",
            "DNN layers per neuron",
        ),
        ("There are 10e11 neurons in the brain.", (None, None, 1e11), "neurons", "neurons"),
        ("That gives 10^14-10^15 synapses.", (1e14, 1e15, None), "synapses", "synapses"),
        (
            "Carlsmith's median estimate is 10^15 flop per second.",
            (None, None, 1e15),
            "flop per second",
            "FLOP/s",
        ),
        (
            "A network with one hidden layer was sufficient.",
            (None, None, 1),
            "hidden layer",
            "DNN layers per neuron",
        ),
        ("These experiments take ~10 minutes each.", (None, None, 10), "minutes", "duration"),
        ("A mouse brain is about 500x that.", (None, None, 500), "x", "factor"),
        # "a factor of N" is a multiple however the number is spelled
        ("Learning adds less than a factor of ten on top of inference.", (None, None, 10), "x", "factor"),
        ("Glia change the estimate by a factor of two to three.", (2, 3, None), "x", "factor"),
        ("It adds a factor of 10 at most.", (None, None, 10), "x", "factor"),
        (
            "That adds 3 orders of magnitude to the estimate.",
            (None, None, 3),
            "orders of magnitude",
            "orders of magnitude",
        ),
        ("Neurons fire at about 1 Hz on average.", (None, None, 1), "Hz", "spike rate"),
        (
            "They found low-thousands of neuron types in the mouse.",
            (1000, 3000, None),
            "neuron types",
            "neuron types",
        ),
        # small spelled counts of operations and state variables are measurements
        (
            "It is based on roughly one floating point operation (FLOP) per spike through synapse.",
            (None, None, 1),
            "floating point operation",
            "FLOPs per spike through synapse",
        ),
        (
            "An eligibility trace adds one state variable per synapse.",
            (None, None, 1),
            "state variable per synapse",
            "state variables",
        ),
        # "for an hour" is a duration, not the "one" a per-unit phrase counts against
        ("Early LTP can last for an hour or so.", (None, None, 1), "hour", "duration"),
        # joules in any prefix are energy ("per synaptic event": what an event costs)
        ("Neuromorphic chips reach 8-40 pJ per synaptic event.", (8, 40, None), "pJ per synaptic", "energy"),
        ("An FMA costs about 0.5 picojoules.", (None, None, 0.5), "picojoules", "energy"),
    ],
)
def test_quantities_read_value_unit_and_parameter(claim_nlp, text, values, unit, parameter) -> None:  # noqa: ANN001
    first = claim_nlp(text).user_data["nc_quantities"][0]
    assert (first["low"], first["high"], first["best"]) == values
    assert first["unit"] == unit
    assert first["parameter"] == parameter
    assert text[first["start"] : first["end"]] == first["text"]


@pytest.mark.parametrize(
    "text",
    [
        "One could point out that the authors were searching for an approximation.",
        "In 2016, the agency launched a project on the cortex.",
        "The paper [3] says otherwise.",
        "A well-known 2001 analysis by Attwell and Laughlin set the energy budget.",
        "1 Dr. Lindqvist suggested following up on astrocytes.",
    ],
)
def test_quantities_skip_pronouns_years_and_references(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert claim_nlp(text).user_data["nc_quantities"] == []


def test_quantities_keep_bare_vague_amounts_used_as_nouns(claim_nlp) -> None:  # noqa: ANN001
    records = claim_nlp("Instead they found that you need thousands.").user_data["nc_quantities"]
    assert [(r["text"], r["low"]) for r in records] == [("thousands", 1000)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The gain was like scaling the network by a hundred or something like that.", 100),
        ("You would have to repeat it twenty or so before it sticks.", 20),
    ],
)
def test_quantities_keep_spelled_numbers_offered_as_estimates(claim_nlp, text: str, value: float) -> None:  # noqa: ANN001
    records = claim_nlp(text).user_data["nc_quantities"]
    assert [r["best"] for r in records] == [value]


@pytest.mark.parametrize(
    ("text", "parameter"),
    [
        (
            "It is a biophysical model with a hundred thousand parameters of which we know five.",
            "model parameters",
        ),
        (
            "A deep network needs a hundred thousand parameters to mimic one neuron.",
            "DNN parameters per neuron",
        ),
        ("In mammals the cortex has 6 layers with distinct cell types.", "cortical layers"),
        ("The 6 layers of the neocortex differ in their inputs.", "cortical layers"),
        ("A deep network needs 8 layers to simulate a cortical neuron.", "DNN layers per neuron"),
        (
            "Without that diversity you would need 10 or a hundred times as many neurons.",
            "neurons multiplier",
        ),
        ("Without it you need 100x more synapses.", "synapses multiplier"),
    ],
)
def test_quantities_name_parameter_by_context(claim_nlp, text: str, parameter: str) -> None:  # noqa: ANN001
    assert [r["parameter"] for r in claim_nlp(text).user_data["nc_quantities"]] == [parameter]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("That comes to about 500 artificial units for just one real neuron.", ["about 500"]),
        # a bound or a share after "for" is no denominator
        ("The hippocampus accounts for less than 1% of the total.", ["less than 1%"]),
        ("Inhibition accounts for 1% of the total.", ["1%"]),
        (
            "If the study had shown that one artificial neuron could replace one real neuron, we would know.",
            [],
        ),
        # a rejected value is kept as the bound it sets (see the test below)
        ("Thousands of FLOPs per spike through a synapse would be very strange.", ["Thousands"]),
        ("A figure of 10^6 synapses per neuron is implausible.", ["10^6"]),
        # an aside before "if" still rejects; a new clause with its own subject is not rejected
        (
            "She would be quite surprised (maybe 10% probability) if it required more than 10^17 FLOP/s.",
            ["10%", "more than 10^17"],
        ),
        (
            "I would be shocked if we need 10^5 genes, but I wouldn't be surprised if we need 20 genes.",
            ["10^5", "20"],
        ),
        ("If you remove the receptors, you need 3 layers instead.", ["3"]),
        # a copular "if" clause about something already named gives one of its values (a case)
        ("The delay matters. If it's like 40 milliseconds, the echo is heard.", ["40"]),
        ("If it were ten times larger, the echo would be heard.", []),
        ("If the lab had used 40 mice, the result would hold.", []),
        # an "if" clause that puts forward the speaker's own estimate (approximate or a range) keeps it
        ("If granule cells fire at roughly 1-5 Hz on average, each synapse sees little.", ["roughly 1-5"]),
        ("If per-spike costs vary 2-3x with size, rates vary by a similar factor.", ["2-3x"]),
        ("If the update costs more like 50 FLOP, the synaptic term dominates.", ["50"]),
        ("If a branch costs, say, 50 FLOPs per compartment, it is modest.", ["50"]),
    ],
)
def test_quantities_skip_denominators_and_suppositions(claim_nlp, text, kept) -> None:  # noqa: ANN001
    assert [r["text"] for r in claim_nlp(text).user_data["nc_quantities"]] == kept


def test_quantities_read_low_and_high_end_estimates_as_bounds(claim_nlp) -> None:  # noqa: ANN001
    text = (
        "She accepts 2 FLOPs per spike through a synapse as a low-end estimate, and ~50 FLOPs per "
        "spike (a figure others use) as a high-end estimate."
    )
    records = claim_nlp(text).user_data["nc_quantities"]
    assert [(r["low"], r["high"], r["best"]) for r in records] == [(2, None, None), (None, 50, None)]


@pytest.mark.parametrize(
    ("text", "quantities"),
    [
        ("The brain has about 10¹⁵ synapses.", [("about 10¹⁵", 1e15, "synapses")]),
        ("The time constant is 10⁻³ seconds.", [("10⁻³", 1e-3, "seconds")]),
        ("The brain has 10^{15} synapses.", [("10^{15}", 1e15, "synapses")]),
        ("The brain needs 1.5 × 10^15 FLOP/s.", [("1.5 × 10^15", 1.5e15, "FLOP/s")]),
        ("There are 8.6 x 10^10 neurons.", [("8.6 x 10^10", 8.6e10, "neurons")]),
        ("It has 3·10¹² synapses.", [("3·10¹²", 3e12, "synapses")]),
        ("There are ~86bn neurons", [("~86bn", 8.6e10, "neurons")]),
        ("Each neuron has 10k synapses.", [("10k", 1e4, "synapses")]),
        ("A neuron needs half a dozen layers.", [("half a dozen", 6, "layers")]),
        ("It is ten to the fifteen FLOPs per second.", [("ten to the fifteen", 1e15, "FLOPs per second")]),
        ("It is 10 to the minus 3 seconds.", [("10 to the minus 3", 1e-3, "seconds")]),
        ("Matching the brain needs 1e18 FLOP/s.", [("1e18", 1e18, "FLOP/s")]),
        ("Spikes last 5 ms.", [("5", 5, "ms")]),
        ("The filter passes 10 kHz.", [("10", 10, "kHz")]),
        ("The soma is 2 mm away.", [("2", 2, "mm")]),
        ("We scanned at 7T with 300K samples.", [("300K", 3e5, "samples")]),
    ],
)
def test_quantities_read_new_number_forms_as_one_amount(claim_nlp, text, quantities) -> None:  # noqa: ANN001
    records = claim_nlp(text).user_data["nc_quantities"]
    assert [(r["text"], pytest.approx(r["best"]), r["unit"]) for r in records] == quantities


@pytest.mark.parametrize(
    ("text", "value", "unit", "plain"),
    [
        ("The brain needs about 1 exaFLOP/s.", 1e18, "FLOP/s", "The brain needs about 1e18 FLOP/s."),
        ("It reaches 10 petaFLOPS.", 1e16, "FLOPS", "It reaches 1e16 FLOPS."),
        ("A GPU gives 100 TFLOPS today.", 1e14, "FLOPS", "A GPU gives 1e14 FLOPS today."),
        ("A chip gives 5 GFLOP/s at best.", 5e9, "FLOP/s", "A chip gives 5e9 FLOP/s at best."),
        ("Each spike costs 2 kFLOP here.", 2e3, "FLOP", "Each spike costs 2e3 FLOP here."),
        ("A cluster gives 3 EFLOPS now.", 3e18, "FLOPS", "A cluster gives 3e18 FLOPS now."),
        ("It needs 1 zettaFLOP in total.", 1e21, "FLOP", "It needs 1e21 FLOP in total."),
    ],
)
def test_quantities_scale_si_prefixed_flop_units(claim_nlp, text, value, unit, plain) -> None:  # noqa: ANN001
    first = claim_nlp(text).user_data["nc_quantities"][0]
    reference = claim_nlp(plain).user_data["nc_quantities"][0]
    assert first["best"] == pytest.approx(value)
    assert first["unit"] == unit
    assert first["parameter"] == reference["parameter"]
    assert text[first["start"] : first["end"]] == first["text"]


def test_quantities_read_capital_flops_as_a_rate(claim_nlp) -> None:  # noqa: ANN001
    assert claim_nlp("It reaches 1e16 FLOPS.").user_data["nc_quantities"][0]["parameter"] == "FLOP/s"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("We scanned the subjects at 7T.", []),
        ("The slice was kept at 300K.", [("300", 300)]),
        ("Cells were bathed in 1M NaCl solution.", [("1", 1)]),
        ("It takes 10 to 15 neurons.", [("10 to 15", None)]),
    ],
)
def test_quantities_keep_tesla_kelvin_molar_and_ranges_plain(claim_nlp, text, kept) -> None:  # noqa: ANN001
    records = claim_nlp(text).user_data["nc_quantities"]
    assert [(r["text"], r["best"]) for r in records] == kept


@pytest.mark.parametrize(
    ("text", "values", "unit", "parameter"),
    [
        (
            "Something like 100 to  10,000 FLOPs per neuron per millisecond.",
            (100, 10000, None),
            "FLOPs per neuron",
            "FLOPs per neuron",
        ),
        (
            "There are between 1e14 and\n1e15 synapses.",
            (1e14, 1e15, None),
            "synapses",
            "synapses",
        ),
        (
            "That is on the order of 10   FLOPs per  spike through a synapse.",
            (None, None, 10),
            "FLOPs per spike",
            "FLOPs per spike through synapse",
        ),
        (
            "The cost per spike through a synapse is probably between 1 and 100 FLOPs.",
            (1, 100, None),
            "FLOPs",
            "FLOPs per spike through synapse",
        ),
        ("A 1 ms resolution is probably adequate.", (None, None, 1), "ms", "duration"),
        # a transcript line break inside "an order of magnitude" (the "*  " prefix becomes spaces)
        ("Plasticity adds maybe one order of    magnitude at most.", (None, None, 10), "x", "factor"),
    ],
)
def test_quantities_read_across_wrapped_lines_and_unit_symbols(  # noqa: ANN201
    claim_nlp,  # noqa: ANN001
    text: str,
    values: tuple,
    unit: str,
    parameter: str,
):
    first = claim_nlp(text).user_data["nc_quantities"][0]
    assert (first["low"], first["high"], first["best"]) == values
    assert (first["unit"], first["parameter"]) == (unit, parameter)
    assert text[first["start"] : first["end"]] == first["text"]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("I'd be really surprised if you needed more than 10^18 FLOP/s.", (None, 1e18)),
        ("He would be very surprised if the number needed to be above 1,000 FLOPs.", (None, 1000)),
        ("I'd be somewhat surprised if you could do it with less than 10^15 FLOP/s.", (1e15, None)),
        ("He thinks that thousands of FLOPs per spike through synapse would be very strange.", (None, 1000)),
        ("A figure of 10^6 synapses per neuron is implausible.", (None, 1e6)),
        # a range ruled out up front
        ("Above ten to the twenty, I'd be really, really surprised.", (None, 1e20)),
        ("Below 1e13 FLOP/s, I would be shocked.", (1e13, None)),
        # a fuzzy threshold ruled out: the top of "two or three" bounds the estimate
        ("She would be surprised if glia added more than a factor of two or three.", (None, 3)),
        ("I'd be surprised if it needed more than two or three layers.", (None, 3)),
    ],
)
def test_quantities_read_a_rejected_value_as_the_bound_it_sets(claim_nlp, text: str, bounds: tuple) -> None:  # noqa: ANN001
    first = claim_nlp(text).user_data["nc_quantities"][0]
    assert (first["low"], first["high"], first["best"]) == (*bounds, None)


def test_quantities_reject_only_inside_the_rejecting_clause(claim_nlp) -> None:  # noqa: ANN001
    """A new clause with its own subject after "and" states the speaker's own figure."""
    text = "She would be surprised if it took more than 10 FLOPs per spike, and her best guess is 1-5."
    records = claim_nlp(text).user_data["nc_quantities"]
    assert [(r["text"], r["low"], r["high"]) for r in records] == [("more than 10", None, 10), ("1-5", 1, 5)]
    # a conjunct with a modal of its own goes on with the speaker, not the rejected clause
    text = (
        "He'd be surprised if more than 1e16 FLOP/s were needed, and would put 85 to 90% on 1e17 sufficing."
    )
    records = claim_nlp(text).user_data["nc_quantities"]
    assert ("85 to 90%", 85, 90) in [(r["text"], r["low"], r["high"]) for r in records]
    # without one, it stays in the clause: "surprised if it took more than 10 FLOPs and needed 5 layers"
    records = claim_nlp("He'd be surprised if it took more than 10 FLOPs and needed 5 layers.").user_data[
        "nc_quantities"
    ]
    assert [(r["text"], r["low"], r["high"]) for r in records] == [("more than 10", None, 10), ("5", None, 5)]


def test_quantities_keep_large_spelled_counts_without_a_unit_noun(claim_nlp) -> None:  # noqa: ANN001
    records = claim_nlp("And something like sixty-nine billion of those are granule cells.").user_data
    assert [(q["text"], q["best"]) for q in records["nc_quantities"]] == [("sixty-nine billion", 69e9)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A pyramidal neuron is more like a two-layer neural network.", [("two", None, None, 2, "layer")]),
        ("Timing differences of tens of microseconds matter.", [("tens", 10, 100, None, "microseconds")]),
        ("It roughly doubles the estimate of the brain's compute.", [("doubles", None, None, 2, "x")]),
        ("The doubling time of these cells is long.", []),
        (
            "Purkinje cells have a couple hundred thousand synapses.",
            [("couple hundred thousand", None, None, 2e5, "synapses")],
        ),
        ("Learning might double or triple the synaptic budget.", [("double or triple", 2, 3, None, "x")]),
        ("The paper came out a couple of years ago.", []),
        (
            "It came out 10 years ago, and mapping a mouse brain takes 10 years.",
            [("10", None, None, 10, "years")],
        ),
        ("It has a three-dimensional structure.", []),
        ("Point one to two hertz is a defensible range.", [("Point one to two", 0.1, 2, None, "hertz")]),
        ("It fires at zero point five hertz.", [("zero point five", None, None, 0.5, "hertz")]),
        ("My point one is that neurons are complex.", []),
        # "an order of magnitude" is a factor of ten, bounded as the words say
        (
            "Glia add less than an order of magnitude.",
            [("less than an order of magnitude", None, 10, None, "x")],
        ),
        (
            "It moves it by more than an order of magnitude.",
            [("more than an order of magnitude", 10, None, None, "x")],
        ),
        (
            "Dendrites add an order of magnitude or two.",
            [("an order of magnitude or two", 10, 100, None, "x")],
        ),
        ("It is an order-of-magnitude estimate of the synapses.", []),
        # a spelled small number counts percent and layers ("a two layer network" as speech writes it)
        (
            "Only about one percent of cortical neurons can be active.",
            [("about one percent", None, None, 1, "%")],
        ),
        ("A neuron is like a two layer neural network.", [("two", None, None, 2, "layer neural network")]),
        # "a few" is two to five, three at best
        (
            "Pyramidal cells receive a few thousand synapses.",
            [("a few thousand", 2000, 5000, 3000, "synapses")],
        ),
    ],
)
def test_quantities_read_hyphened_units_vague_tens_couples_and_factor_verbs(claim_nlp, text, found) -> None:  # noqa: ANN001
    records = claim_nlp(text).user_data["nc_quantities"]
    assert [(r["text"], r["low"], r["high"], r["best"], r["unit"]) for r in records] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a bare multiplying verb before what it multiplies, and the one-word "-fold" forms
        ("Spine dynamics could double the cost of each update.", [("double", None, None, 2, "x")]),
        ("Tracking a trace per spine would triple it.", [("triple", None, None, 3, "x")]),
        ("Adding interneurons would quadruple the estimate.", [("quadruple", None, None, 4, "x")]),
        ("The per-event cost goes up roughly fivefold.", [("fivefold", None, None, 5, "x")]),
        ("It was a double-blind study of a double dose.", []),
        # a share said as a fraction of something is a percentage
        ("About a third of the boutons lack release sites.", [("a third", None, None, 33, "%")]),
        ("Two-thirds of the cells in that layer are silent.", [("Two-thirds", None, None, 67, "%")]),
        (
            "Roughly a fifth to a quarter of the energy goes to housekeeping.",
            [("a fifth to a quarter", 20, 25, None, "%")],
        ),
        ("Interneurons make less than half of the spikes.", [("less than half", None, 50, None, "%")]),
        ("It takes half a second.", [("half a", None, None, 0.5, "second")]),
        # "half an order of magnitude" is half of one order (a factor of 10^0.5), not a factor of ten
        (
            "Noise shifts the estimate by half an order of magnitude.",
            [("half an", None, None, 0.5, "order of magnitude"), ("half an", None, None, 10**0.5, "x")],
        ),
        # "on the order of seconds": one of the unit
        ("Astrocytic waves last on the order of minutes.", [("order of", None, None, 1, "minutes")]),
        # spoken powers said in one breath are a range, not the exponents read as a list
        (
            "Their count is ten to the eleven, ten to the twelve synapses.",
            [("ten to the eleven, ten to the twelve", 1e11, 1e12, None, "synapses")],
        ),
    ],
)
def test_quantities_read_multiplying_verbs_fractions_and_orders(claim_nlp, text, found) -> None:  # noqa: ANN001
    records = claim_nlp(text).user_data["nc_quantities"]
    assert [(r["text"], r["low"], r["high"], r["best"], r["unit"]) for r in records] == found


@pytest.mark.parametrize(
    ("text", "orders", "factor"),
    [
        ("That is two to three orders of magnitude more updates per second.", (2, 3), (100, 1000)),
        ("Dendrites might add one or two orders of magnitude to the cost.", (1, 2), (10, 100)),
    ],
)
def test_quantities_give_a_count_of_orders_of_magnitude_also_as_its_factor(  # noqa: ANN001
    claim_nlp, text, orders, factor
) -> None:
    """The count as stated and the multiplier it means, over the same verbatim words."""
    found = claim_nlp(text).user_data["nc_quantities"]
    assert [(q["low"], q["high"], q["unit"], q["parameter"]) for q in found] == [
        (*orders, "orders of magnitude", "orders of magnitude"),
        (*factor, "x", "factor"),
    ]
    assert found[0]["text"] == found[1]["text"] == text[found[1]["start"] : found[1]["end"]]


def test_quantities_give_one_order_of_magnitude_as_a_factor_only(claim_nlp) -> None:  # noqa: ANN001
    doc = claim_nlp("It changes the estimate by less than an order of magnitude.")
    found = doc.user_data["nc_quantities"]
    assert [(q["high"], q["unit"]) for q in found] == [(10, "x")]


def test_quantities_read_give_or_take_wrapped_over_a_transcript_line(claim_nlp) -> None:  # noqa: ANN001
    text = parse_text(
        "*  For the fly, I'd say on the order of ten to the ten flops, give or\n"
        "*  take an order of magnitude, for a model of the whole brain.\n"
    )
    found = claim_nlp(text).user_data["nc_quantities"]
    assert [(q["low"], q["high"], q["best"]) for q in found] == [(1e9, 1e11, 1e10)]


def test_quantities_read_a_year_like_number_counting_them_as_a_count(claim_nlp) -> None:  # noqa: ANN001
    found = claim_nlp("There are roughly 2000 of them per hemisphere.").user_data["nc_quantities"]
    assert [(q["text"], q["best"]) for q in found] == [("roughly 2000", 2000)]
    assert claim_nlp("In 2001 of all years the model came out.").user_data["nc_quantities"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a fraction of one unit is that part of the unit, not a share
        (
            "Computation itself takes a tenth of a watt in the cortex.",
            [("a tenth of a", None, None, 0.1, "watt")],
        ),
        ("Cortical neurons fire at a fifth of a hertz.", [("a fifth of a", None, None, 0.2, "hertz")]),
        ("A third of the spikes come from interneurons.", [("A third", None, None, 33, "%")]),
        # two shares as the ends of a range
        (
            "Between a third and a half of the signalling energy goes to synapses.",
            [("Between a third and a half", 33, 50, None, "%")],
        ),
        # "twenty-something", "40-some percent": the decade, up to the next one (as "thousands" is read)
        (
            "The chip used twenty-something picojoules per synaptic event.",
            [("twenty-something", 20, 30, None, "picojoules per synaptic")],
        ),
        (
            "The cortex uses something like 40-some percent of that energy.",
            [("40-some percent", 40, 50, None, "%")],
        ),
        # a range across unit prefixes keeps the first end's unit, read inside the span
        (
            "Sensors resolve spikes at frame rates of 500 Hz to 1 kHz and above.",
            [("500 Hz to 1 kHz", 500, 1000, None, "Hz")],
        ),
        (
            "It costs somewhere between 20 fJ and 2 pJ per event.",
            [("20 fJ and 2 pJ", 20, 2000, None, "fJ")],
        ),
    ],
)
def test_quantities_read_fractions_of_a_unit_share_ranges_and_decades(claim_nlp, text, found) -> None:  # noqa: ANN001
    got = [
        (q["text"], q["low"], q["high"], q["best"], q["unit"])
        for q in claim_nlp(text).user_data["nc_quantities"]
    ]
    assert got == found


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The image data for a mouse brain would be on the order of an exabyte.", "exabyte"),
        ("A human brain at that resolution is on the order of a zettabyte.", "zettabyte"),
    ],
)
def test_quantities_read_one_unit_of_data_size(claim_nlp, text: str, unit: str) -> None:  # noqa: ANN001
    found = claim_nlp(text).user_data["nc_quantities"]
    assert [(q["best"], q["unit"], q["parameter"]) for q in found] == [(1, unit, "data size")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a number said with its scale word is a count even with no unit noun after it
        (
            "The number of bioactive neuropeptides is larger, perhaps a few hundred.",
            [("a few hundred", 200, 500, 300, None)],
        ),
        # "a few" before a unit of length, spelled either way
        (
            "Monoamines are often described as acting over a few micrometres in cortex.",
            [("a few", 2, 5, 3, "micrometres")],
        ),
    ],
)
def test_quantities_read_a_bare_scaled_count_and_a_few_micrometres(claim_nlp, text, found) -> None:  # noqa: ANN001
    records = claim_nlp(text).user_data["nc_quantities"]
    assert [(r["text"], r["low"], r["high"], r["best"], r["unit"]) for r in records] == found


@pytest.mark.parametrize(
    ("text", "unit", "parameter"),
    [
        (
            "That gives you 10^13 to 10^15 spikes through synapses per second.",
            "spikes through synapses per second",
            "spikes through synapses per second",
        ),
        ("It ran 1e14 spikes through a synapse.", "spikes through a synapse", "spikes through synapses"),
        # a rate of spikes alone stays a spike rate
        ("Cortical neurons fire 0.1 to 1 spikes per second.", "spikes per second", "spikes"),
    ],
)
def test_quantities_read_spikes_through_synapses_as_the_event_rate(claim_nlp, text, unit, parameter) -> None:  # noqa: ANN001
    records = claim_nlp(text).user_data["nc_quantities"]
    assert [(r["unit"], r["parameter"]) for r in records] == [(unit, parameter)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a spoken decimal or a range of spelled numbers is a figure even with no unit noun after it
        (
            "Somewhere in the range of point one to point five is what I would say.",
            [("point one to point five", 0.1, 0.5, None, None)],
        ),
        (
            "The release probability is between point two and point three.",
            [("between point two and point three", 0.2, 0.3, None, None)],
        ),
        (
            "I think something like six to eight, depending on how you count.",
            [("six to eight", 6, 8, None, None)],
        ),
        ("Each one gets input from, on average, six or seven.", [("six or seven", 6, 7, None, None)]),
        # a spelled number alone, or a small range before a noun of talk, is still no figure
        ("One could argue either way.", []),
        ("There are one or two ways to see it.", []),
        # an aside between "a factor of" and its number leaves it a factor
        (
            "It might be low by a factor of, I don't know, two or three.",
            [("two or three", 2, 3, None, "x")],
        ),
        # "several" is three to nine, of a scale or a unit; not of any noun
        (
            "A typical pyramidal cell receives several thousand synapses.",
            [("several thousand", 3000, 9000, None, "synapses")],
        ),
        ("The window is several seconds on either side.", [("several", 3, 9, None, "seconds")]),
        ("She thinks it could be off by a factor of several.", [("several", 3, 9, None, "x")]),
        ("Many axons branch to reach several targets.", []),
        (
            "A couple of thousand genes are enriched in brain.",
            [("A couple of thousand", None, None, 2000, "genes")],
        ),
        # "later" after a short span is a delay in a process; after years it dates a story
        (
            "The astrocytes respond one to two seconds later.",
            [("one to two", 1, 2, None, "seconds")],
        ),
        ("Two years later the lab moved to Paris.", []),
        # two shares said one after the other are a range of them; a tenth of a percent is 0.1 percent
        (
            "Action potentials are maybe a fifth, maybe a quarter.",
            [("a fifth, maybe a quarter", 20, 25, None, "%")],
        ),
        ("It's closer to a fifth or a quarter of the cortex.", [("a fifth or a quarter", 20, 25, None, "%")]),
        ("So it's a tenth of a percent, roughly.", [("a tenth of a", None, None, 0.1, "percent")]),
        # odds said as a split of a hundred are the first share
        ("I'd be maybe sixty-forty against, in the strong form.", [("sixty-forty", None, None, 60, "%")]),
        ("I would put myself at fifty-fifty on that.", [("fifty-fifty", None, None, 50, "%")]),
        ("There were sixty-five neurons.", [("sixty-five", None, None, 65, "neurons")]),
        # "a" or "one" of a unit of length, voltage, share or arithmetic counts one of it
        (
            "Fields of about a millivolt per millimeter entrain spikes.",
            [("a", None, None, 1, "millivolt per millimeter")],
        ),
        ("The data set is a cubic millimeter of cortex.", [("a", None, None, 1, "cubic millimeter")]),
        ("The signal changes are a percent or two.", [("a", 1, 2, None, "percent")]),
        ("That's one multiply per synapse.", [("one", None, None, 1, "multiply per synapse")]),
        ("That's one way to see it.", []),
        # speech-to-text forms: a joined line break (its "*  " prefix blanked, see ``ingest.prepare``) inside
        # "between ... and ...", thousands shared by two figures
        (
            "You'd run somewhere between ten    and a hundred times slower than real time.",
            [("between ten    and a hundred", 10, 100, None, "times")],
        ),
        ("In a mouse it's more like 20, 25,000.", [("20, 25,000", 20000, 25000, None, None)]),
        ("In 2019, 25,000 people came.", [("25,000", None, None, 25000, "people")]),
        (
            "In a mouse, a couple of hundred thousand.",
            [("a couple of hundred thousand", None, None, 2e5, None)],
        ),
        (
            "It held information about one and a half times as long.",
            [("about one and a half", None, None, 1.5, "times")],
        ),
        ("I've been there two times.", []),
        # a figure after "number" is no reference when hedged, and a figure may open a line on its own
        (
            "He gives a central number around ten to the fifteen.",
            [("around ten to the fifteen", None, None, 1e15, None)],
        ),
        ("Ten to the fifteen.", [("Ten to the fifteen", None, None, 1e15, None)]),
        ("See number 3 in the list.", []),
    ],
)
def test_quantities_read_spoken_figures_several_and_delays(claim_nlp, text, found) -> None:  # noqa: ANN001
    records = claim_nlp(text).user_data["nc_quantities"]
    assert [(r["text"], r["low"], r["high"], r["best"], r["unit"]) for r in records] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a rate said with "once"/"twice": one (two) per the unit, hertz for seconds
        ("The climbing fiber fires about once a second.", [("once a second", None, None, 1, "Hz")]),
        ("Traces are updated twice per minute.", [("twice per minute", None, None, 2, "per minute")]),
        ("I did it once, a second time later.", []),
        ("I change my mind about once a week.", []),
        # "as many X as Y" is one to one; not a bound, a multiple, a denial or "as many as possible"
        ("There are roughly as many glia as neurons.", [("as many", None, None, 1, "ratio")]),
        ("There are about as many of them as neurons, roughly.", [("as many", None, None, 1, "ratio")]),
        ("There are not nearly as many glia as neurons.", []),
        ("We recruit as many people as possible.", []),
        ("Each cell gets as many as 10,000 synapses.", [("10,000", None, None, 10000, "synapses")]),
        # a ratio said in words; not a range of rates or a count going down
        ("The glia to neuron ratio is closer to one to one.", [("one to one", None, None, 1, "ratio")]),
        ("Not the ten-to-one the old textbooks said.", [("ten-to-one", None, None, 10, "ratio")]),
        ("Maybe point one to one hertz.", [("point one to one", 0.1, 1, None, "hertz")]),
        ("The count fell from two to one.", []),
        # "one to a few": from one to what "a few" most likely means
        ("They fire at one to a few hertz.", [("one to a few", 1, 3, None, "hertz")]),
        # half of something, with or without "of"; a bounded half before a comma
        ("Roughly half the genome is repeats.", [("half", None, None, 50, "%")]),
        ("Half the cells in the brain, roughly.", [("Half", None, None, 50, "%")]),
        ("Then half the room applauded.", []),
        (
            "A large share, plausibly more than half, is spent on signalling.",
            [("more than half", 50, None, None, "%")],
        ),
        ("It takes a year and a half the way we do it.", []),
        ("Cells take two and a half years to mature.", [("two and a half", None, None, 2.5, "years")]),
        # a share said without "of": two-word fractions, "by roughly half", "half and half"
        ("My guess would be maybe two thirds goes to signalling.", [("two thirds", None, None, 67, "%")]),
        ("It reduced subunit counts by roughly half.", [("half", None, None, 50, "%")]),
        ("I'd guess roughly half and half in auditory cortex.", [("half", None, None, 50, "%")]),
        # a bare rate: so many per something ("per cent" is a percentage)
        ("About seven per theta cycle.", [("About seven", None, None, 7, "per theta cycle")]),
        ("Cells fire 10 per second.", [("10", None, None, 10, "per second")]),
        ("About 3 per cent of them.", [("About 3", None, None, 3, "%")]),
        # "a few" before a unit whose SI prefix speech-to-text wrote apart
        ("The fly brain runs on a few micro watts.", [("a few", 2, 5, 3, "micro watts")]),
        ("It costs a few nanojoules per event.", [("a few", 2, 5, 3, "nanojoules per event")]),
        ("A few things matter.", []),
        # "exactly one" counts, where "one" alone is a word
        ("Every Purkinje cell gets exactly one climbing fiber.", [("one", None, None, 1, "climbing fiber")]),
        ("That's one way to see it.", []),
        # a higher figure said as an afterthought widens the first into a range of the same unit
        ("So call it two watts, maybe three.", [("two watts, maybe three", 2, 3, None, "watts")]),
        (
            "Each cell has a million synapses, maybe two million.",
            [("a million synapses, maybe two million", 1e6, 2e6, None, "synapses")],
        ),
        (
            "It's ten synapses, maybe twenty synapses, in each.",
            [("ten synapses, maybe twenty synapses", 10, 20, None, "synapses")],
        ),
        (
            "Cells fire at ten hertz, sometimes twenty, during the task.",
            [("ten hertz, sometimes twenty", 10, 20, None, "hertz")],
        ),
        # not a lower second figure, nor one that counts something else
        ("It's 100 neurons, maybe 30.", [("100", None, None, 100, "neurons"), ("30", None, None, 30, None)]),
        (
            "Two watts, maybe three kilowatts.",
            [("Two", None, None, 2, "watts"), ("three", None, None, 3, "kilowatts")],
        ),
    ],
)
def test_quantities_read_rates_equal_counts_halves_and_afterthoughts(claim_nlp, text, found) -> None:  # noqa: ANN001
    records = claim_nlp(text).user_data["nc_quantities"]
    assert [(r["text"], r["low"], r["high"], r["best"], r["unit"]) for r in records] == found


def test_quantities_keep_an_approximate_bound_inside_a_condition(claim_nlp) -> None:  # noqa: ANN001
    """A bound said approximately is the speaker's own figure, even inside an "if"."""
    kept = claim_nlp("If you argue that it takes much more than ~10^15 FLOP/s, look at dendrites.")
    supposed = claim_nlp("If it takes more than 10^15 FLOP/s, we lose.")
    assert [r["low"] for r in kept.user_data["nc_quantities"]] == [1e15]
    assert supposed.user_data["nc_quantities"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a mean and its spread: the range it spans, the mean its best reading, the unit after the spread
        ("Inputs depolarised spine heads by 18 ± 7 mV.", [("18 ± 7", 11, 25, 18, "mV")]),
        ("Human neurons contained 38 ± 9 subunits.", [("38 ± 9", 29, 47, 38, "subunits")]),
        # a hyphen suspended before "to": a range of factors
        ("Channel mRNA can vary two- to six-fold across animals.", [("two- to six-fold", 2, 6, None, "x")]),
    ],
)
def test_quantities_read_spreads_and_suspended_hyphens(claim_nlp, text, found) -> None:  # noqa: ANN001
    records = claim_nlp(text).user_data["nc_quantities"]
    assert [(r["text"], r["low"], r["high"], r["best"], r["unit"]) for r in records] == found
