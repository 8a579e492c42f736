"""Quantities: number expressions (see ``numbers``) with the unit noun they count and the
parameter it measures, inferred from the noun and its context.

Not every number is a stated quantity: numbers inside an "if" clause (a supposition), values the
speaker rejects ("... would be very strange"), and the "one" a per-unit phrase counts against
("1,000 artificial neurons for one biological neuron") are skipped. A multiplier is named by the
noun it multiplies ("10 times as many neurons" -> "neurons multiplier").
An SI prefix on a FLOP unit scales the value ("1 exaFLOP/s" -> 1e18 FLOP/s), so prefixed and
plain figures compare.

Results go to ``doc.spans["nc_quantities"]`` and, as plain dicts (doc character offsets,
low/high/best, unit, parameter, verbatim text), to ``doc.user_data["nc_quantities"]``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ingest.components.numbers import (
    APPROX,
    CURRENCIES,
    NUMBER,
    RATE_SUFFIX,
    SPOKEN_DECIMAL,
    Amount,
    find_amounts,
    parse_number,
)

SPAN_KEY = "nc_quantities"
DATA_KEY = "nc_quantities"

# a unit the number's own words carry: "2x", "30%", "10:1", and a rate ("once a second" is 1 Hz)
SUFFIX_UNITS = {
    "x": "x",
    "%": "%",
    "ratio": "ratio",
    **{unit: unit for unit in RATE_SUFFIX.values()},
    **{currency: currency for currency in CURRENCIES},  # "$2–15B": an amount of money
}
TIME_UNITS = {
    "microsecond",
    "µs",
    "millisecond",
    "ms",
    "second",
    "minute",
    "min",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "person-year",
    "decade",
}
# what follows a time unit when it dates an event rather than measuring a span
DATING = re.compile(r"\s*(ago|back|earlier|later)\b", re.I)
# units short enough that "... later" is a delay in a process, not a date in a story ("two years later")
LATENCY_UNITS = {"microsecond", "µs", "millisecond", "ms", "second", "minute", "min"}
# unit symbols that are the whole unit even when a noun follows ("1 ms resolution", "20 W budget")
UNIT_SYMBOLS = {"ms", "s", "sec", "min", "hz", "khz", "w", "kw", "mm", "cm", "µm", "um", "nm"}
# unit lemma -> general parameter name; context words refine a few of them (see parameter_for)
PARAMETERS = {
    "neuron": "neurons",
    "synapse": "synapses",
    "cell": "cells",
    "gene": "genes",
    "layer": "layers",
    "parameter": "parameters",
    "type": "types",
    "flop": "FLOPs",
    "flops": "FLOP/s",
    "spike": "spikes",
    "channel": "ion channel types",
    "connection": "connections",
    "unit": "units",
    "compartment": "compartments",
    "dendrite": "dendrites",
    "branch": "dendritic branches",
    "period": "periods",
    "oom": "orders of magnitude",
    "magnitude": "orders of magnitude",
    "hz": "spike rate",
    "hertz": "spike rate",
    "megawatt": "power",
    "kilowatt": "power",
    "watt": "power",
    "w": "power",
    "milliwatt": "power",
    "mw": "power",
    "joule": "energy",
    "j": "energy",
    "kj": "energy",
    "mj": "energy",
    "nj": "energy",
    "pj": "energy",
    "fj": "energy",
    "picojoule": "energy",
    "nanojoule": "energy",
    "femtojoule": "energy",
    "microjoule": "energy",
    "millimeter": "volume",
    "millimetre": "volume",
    "mm": "length",
    "person-year": "person-years",
    "thing": "items",
    "time": "times",
    "equation": "equations",
    "receptor": "receptors",
    "operation": "operations",
    "percent": "percentage",
    "millivolt": "voltage",
    "variable": "state variables",
    "byte": "data size",
    "kilobyte": "data size",
    "megabyte": "data size",
    "gigabyte": "data size",
    "terabyte": "data size",
    "petabyte": "data size",
    "exabyte": "data size",
    "zettabyte": "data size",
    "$": "cost",
    "€": "cost",
    "£": "cost",
}

# SI prefixes on FLOP units scale the value: "1 exaFLOP/s" is 1e18 FLOP/s
FLOP_PREFIX_WORDS = {
    "kilo": 1e3,
    "mega": 1e6,
    "giga": 1e9,
    "tera": 1e12,
    "peta": 1e15,
    "exa": 1e18,
    "zetta": 1e21,
}
FLOP_PREFIX_LETTERS = {"k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "E": 1e18, "Z": 1e21}
PREFIXED_FLOP = re.compile(
    rf"(?:(?i:({'|'.join(FLOP_PREFIX_WORDS)})-?)|({'|'.join(FLOP_PREFIX_LETTERS)}))((?i:flops?)(?![a-z]).*)"
)
SENTENCE_END = ".,;:!?"
# the words before an amount that make it a multiple: "a factor of ten", "a factor of maybe 5"
# "a factor of ten", "a factor of, I don't know, two or three" (a spoken aside before the number)
FACTOR_OF = re.compile(
    r"\bfactors?\s+of\s*,?\s+"
    r"(?:(?:about|roughly|maybe|perhaps|say|like|you know|i don'?t know)\s*,?\s+)*(?:~\s*)?$",
    re.I,
)

DNN_CONTEXT = re.compile(r"\b(?:dnns?|deep|artificial|anns?|(?:neural )?networks?|nn|transformers?|llms?)\b")
# "10 times as many neurons", "100x more synapses": the multiplied noun names the parameter
MULTIPLIED = re.compile(
    r"\s*(?:x|×|times|-?fold)?\s*(?:as many|more|fewer|as much|less)\s+(?:\w+\s+)?"
    r"(neurons|synapses|cells|parameters|layers|units|spikes|flops|compute)\b"
)
# Predicates by which a speaker rejects a value ("thousands of FLOPs per spike would be very
# strange"): the number before them is not the speaker's estimate.
REJECTED_AFTER = re.compile(
    r"\b(?:would|will|is|are|seems?)\s+(?:be\s+)?(?:very |quite |really |extremely |highly |pretty )?"
    r"(?:strange|implausible|absurd|unlikely|unrealistic|ridiculous|wrong|impossible)\b"
)
# a range the speaker rules out up front: "Above ten to the twenty, I'd be really surprised"
RULED_OUT_FROM = re.compile(r"^\W*(?:above|over|beyond|more than|below|under|less than)\s*$")
RULED_OUT_BY = re.compile(
    r"^[^.;]{0,30}?,?\s*i(?:'d| would) be (?:\w+,? )*?(?:shocked|surprised|astonished)\b"
)
REJECTED_BEFORE = re.compile(
    # an aside may stand before "if": "she would be quite surprised (maybe 10% probability) if ..."
    r"(?<!n't )(?<!not )\b(?:would|'d) be (?:\w+ )?(?:shocked|surprised|astonished)"
    r"(?:\s*\([^()]{0,60}\))? if\b|\bimplausible that\b"
)
COUNT_SCALE = re.compile(r"\b(?:hundreds?|dozens?)\b", re.I)
# "a hundred or so", "ten or something like that": a spelled-out number the speaker offers as an
# estimate, so it is a quantity even without a unit noun
ESTIMATE_AFTER = re.compile(r"\s*,?\s*or (?:so|something)\b", re.I)
# "if it's like 100 milliseconds, ...": a copular "if" clause about a quantity already under
# discussion states one of its values (a case), not a supposition about the world
CASE_SUBJECTS = {"it", "that", "this"}
QUOTE_MARKS = {"”", "“", '"', "'", "’", "‘"}


# Units a spelled-out "one"/"two"/"a" counts as a measurement ("one hidden layer", "in a week").
MEASURED_UNITS = (
    (set(PARAMETERS) - {"thing", "time", "type"})
    | TIME_UNITS
    | {"neuron", "synapse", "layer", "cell", "gene", "millimeter", "millimetre", "%"}
    # units of measure and of arithmetic: "one millivolt per millimeter", "one multiply per synapse"
    | {"millivolt", "volt", "micron", "micrometer", "micrometre", "centimeter", "centimetre", "meter"}
    | {"metre", "nanometer", "nanometre", "bit", "multiply", "multiplication", "addition", "percent"}
)
# "a two layer neural network" (a speech-to-text "two-layer"): the number counts layers, though the
# phrase's head is the network
LAYERS_UNIT = re.compile(r"(?:hidden |artificial )?layers?\b", re.I)


def unit_tokens(doc: Doc, span: Span) -> list[Token]:
    """The noun phrase the number counts: the noun it modifies in the parse when that noun
    follows closely ("one hidden layer"), else the words right after it up to a noun."""
    for token in (span[-1], span.root):
        head = token.head
        if (
            token.dep_ in ("nummod", "quantmod", "compound", "amod", "npadvmod", "nmod")
            and span.end <= head.i <= span.end + 4
            and head.pos_ in ("NOUN", "PROPN")
        ):
            while head.dep_ == "compound" and head.i < head.head.i <= span.end + 5:
                head = head.head
            tokens = [
                t for t in doc[span.end : head.i + 1] if not t.is_space and (not t.is_punct or t.text in "-/")
            ]
            while tokens and tokens[0].text in ("-", "–", "of"):
                tokens.pop(0)
            return _with_per(doc, tokens, head.i)
    tokens: list[Token] = []
    i = span.end
    while i < len(doc) and (doc[i].text in ("-", "–") or doc[i].text in QUOTE_MARKS) and not tokens:
        i += 1  # "8-layer", "“low thousands” number"
    if i < len(doc) and doc[i].lower_ == "per":
        return _rate_unit(doc, i)  # "about seven per theta cycle": so many of them in each
    while i < len(doc) and len(tokens) < 4:
        token = doc[i]
        if token.is_space and "\n" not in token.text:
            i += 1  # a wrapped line leaves a double space: "200-300  types"
            continue
        if token.is_space or token.is_punct and token.text not in ("-", "/"):
            break
        if token.lower_ in ("of",) and not tokens:
            i += 1  # "thousands of neuron types", "a few dozen of some types"
            continue
        if (
            token.pos_ in ("ADJ", "NOUN", "PROPN", "X", "SYM")
            or token.text in ("-", "/")
            or token.dep_ == "amod"
        ):
            tokens.append(token)
            if token.pos_ in ("NOUN", "PROPN") and not (token.dep_ == "compound" and token.head.i > token.i):
                return _with_per(doc, tokens, i)
            if not tokens[:-1] and token.lower_ in ("second", "seconds"):
                return tokens  # "a second or two": the tagger reads an ordinal
            i += 1
            continue
        break
    while tokens and tokens[-1].pos_ not in ("NOUN", "PROPN", "X", "SYM"):
        tokens.pop()
    return tokens


def _rate_unit(doc: Doc, per: int) -> list[Token]:
    """ "per theta cycle" after a bare number: the rate's whole unit, up to its noun, or nothing."""
    tokens = [doc[per]]
    for token in doc[per + 1 : per + 4]:
        if token.lower_ == "second":
            return [*tokens, token]  # the tagger may read an ordinal: "ten per second"
        if token.pos_ not in ("ADJ", "NOUN", "PROPN"):
            break
        tokens.append(token)
        if token.pos_ in ("NOUN", "PROPN") and not (token.dep_ == "compound" and token.head.i > token.i):
            return tokens
    return []


def _with_per(doc: Doc, tokens: list[Token], i: int) -> list[Token]:
    """Extend "flop" to "flop per second" or "FLOP/s" and "orders" to "orders of magnitude"
    (over the double space a wrapped line leaves: "FLOPs per  spike"); "spikes" to "spikes through
    synapses per second", the event rate brain-compute estimates multiply."""
    words = [t for t in doc[i + 1 : i + 5] if not t.is_space]
    if (
        tokens
        and tokens[-1].lower_ in ("spike", "spikes")
        and len(words) >= 2
        and words[0].lower_ == "through"
        and (through := [w for w in words[1:3] if w.lower_ != "a"])
        and through[0].lower_ in ("synapse", "synapses")
    ):
        return _with_per(doc, [*tokens, words[0], through[0]], through[0].i)
    if tokens and i + 2 < len(doc) and doc[i + 1].lower_ == "per":
        following = next((t for t in doc[i + 2 : i + 4] if not t.is_space), None)
        return [*tokens, doc[i + 1], following] if following is not None else tokens
    if (
        tokens
        and i + 2 < len(doc)
        and "flop" in tokens[-1].lower_
        and doc[i + 1].text == "/"
        and doc[i + 2].lower_.rstrip(".") in ("s", "sec")
    ):
        return [*tokens, *doc[i + 1 : i + 3]]
    if (
        tokens
        and i + 2 < len(doc)
        and tokens[-1].lower_ in ("order", "orders")
        and doc[i + 2].lower_ == "magnitude"
    ):
        return [*tokens, *doc[i + 1 : i + 3]]
    return tokens


def parameter_for(
    unit_lemma: str,
    unit_text: str,
    sentence: str,
    following: str = "",
    value: float | None = None,
    preceding: str = "",
) -> str:
    """A general parameter name for a unit, refined by context: the words right after the unit
    ("flop per second per neuron") and the sentence ("artificial neurons per biological neuron")."""
    s, u, after, before = sentence.lower(), unit_text.lower(), following.lower(), preceding.lower()
    if re.match(r"spikes? through (?:a )?synapses?\b", u):
        per_second = re.search(r"per second|/\s*s\b", u)
        return "spikes through synapses per second" if per_second else "spikes through synapses"
    if re.match(r"(hidden |artificial )?layers?\b", u):
        unit_lemma = "layer"  # "8-layer NN" counts layers
    compute_context = re.search(r"\b(?:flops?|compute|anchors|cost|ooms?)\b", s)
    spelled_flop = re.search(r"floating[- ]point operation", u)
    if (
        unit_lemma in ("flop", "flops")
        or "flop" in u
        or spelled_flop
        or (not u and compute_context and (value or 0) >= 1e12)
    ):
        # a bare figure in a compute context is a rate, as brain-compute figures are; "FLOPS" in
        # capitals is a rate too ("FLOPs" counts operations)
        per_second = (
            "second" in u
            or "/s" in u
            or unit_lemma == "flops"
            or not u
            or bool(re.search(r"FLOPS\b", unit_text))
        )
        if "spike" in u or "spike" in after[:25] or re.search(r"\bper spike\b[^.;]*$", before):
            return "FLOPs per spike through synapse"
        if re.match(r"\W*(per|of) neuron", after) or "per neuron" in u:
            return "FLOP/s per neuron" if per_second else "FLOPs per neuron"
        return "FLOP/s" if per_second else "FLOPs"
    if unit_lemma == "neuron":
        if "artificial" in u or re.search(r"\b(artificial|dnn|network|ann)\b", s) and "biological" in s:
            return "artificial neurons per neuron"
        return "neurons"
    if unit_lemma == "layer":
        if (
            re.search(r"\b(?:neo)?cortical\b", u)
            or re.search(r"\b(?:neo)?cort(?:ex|ical)\b[^.,;()]{0,20}$", before)
            or re.match(r"\s*(?:of|in) (?:the )?(?:neo)?cortex", after)
        ):
            return "cortical layers"  # "the cortex has 6 layers", "6 layers of the cortex"
        if re.search(
            r"\b(dnns?|networks?|anns?|nn|deep|artificial|simulat\w*|emulat\w*|approximat\w*|mimic\w*)", s
        ):
            return "DNN layers per neuron"
        return "cortical layers" if re.search(r"\b(cortex|cortical)\b", s) else "layers"
    if unit_lemma == "parameter":
        if not DNN_CONTEXT.search(s):
            return "model parameters"  # a biophysical model's parameters are not a DNN's size
        return "DNN parameters per neuron" if re.search(r"\bneurons?\b", s) else "DNN parameters"
    if unit_lemma == "type":
        return "neuron types" if "neuron" in u or "cell" in u or "neuron" in s else "types"
    if unit_lemma in TIME_UNITS:
        return "duration"
    if "magnitude" in u:
        return "orders of magnitude"
    if unit_lemma not in PARAMETERS and u:
        # the lemmatiser may miss a plural ("parallel fiber synapses" as "synapsis"): its last word
        last = re.sub(r"(?<=[a-z])s$", "", u.split()[-1])
        if last in PARAMETERS:
            return PARAMETERS[last]
    return PARAMETERS.get(unit_lemma, u or "count")


class QuantityFinder:
    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        records: list[dict[str, Any]] = []
        covered = 0  # where the last quantity read ends: it may take in the next number (", maybe three")
        for amount in find_amounts(doc.text):
            record = self.describe(doc, amount) if amount.start >= covered else None
            if record is not None:
                covered = record["end"]
                spans.append(
                    doc.char_span(record["start"], record["end"], label="QUANTITY", alignment_mode="expand")
                )
                records.append(record)
                factor = as_factor(record)
                if factor is not None:
                    records.append(factor)
        doc.spans[SPAN_KEY] = [span for span in spans if span is not None]
        doc.user_data[DATA_KEY] = records
        return doc

    def describe(self, doc: Doc, amount: Amount) -> dict[str, Any] | None:
        span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
        if span is None:
            return None
        # "500 Hz to 1 kHz": the unit is read after the first figure, inside the span
        first = amount.unit_start and doc.char_span(
            amount.start, amount.unit_start, alignment_mode="contract"
        )
        unit_toks = unit_tokens(doc, first or span)
        if len(unit_toks) > 1 and unit_toks[0].lower_ in UNIT_SYMBOLS:
            unit_toks = unit_toks[:1]  # "a 1 ms resolution" measures milliseconds, not resolutions
        compound = _hyphened_unit(doc, span)
        if compound is not None:
            unit_toks = [compound]  # "a two-layer neural network" counts layers
        if amount.suffix in SUFFIX_UNITS:
            unit, lemma = SUFFIX_UNITS[amount.suffix], SUFFIX_UNITS[amount.suffix]
        elif unit_toks:
            unit = doc.text[unit_toks[0].idx : unit_toks[-1].idx + len(unit_toks[-1].text)]
            lemma = _head_lemma(unit_toks)
        else:
            unit, lemma = None, ""
        unit = _without_sentence_end(" ".join(unit.split()) if unit else unit)
        if unit_toks and unit_toks[0].lower_ == "per":  # a bare rate: "seven per theta cycle", "3 per cent"
            unit = lemma = "%" if unit.lower() == "per cent" else unit
        amount, unit, lemma = unprefixed_flop(amount, unit, lemma)
        factor = not unit and bool(FACTOR_OF.search(doc.text[max(0, amount.start - 40) : amount.start]))
        if factor:
            unit, lemma = "x", "x"  # "a factor of ten", "a factor of two": a multiple, however it is spelled
        biggest = max(v for v in (amount.low, amount.high, amount.best) if v is not None)
        figure = said_as_figure(doc, amount)
        if (
            amount.words_only
            and not unit
            and not figure
            and biggest < 1e3  # "sixty nine billion of those" is a count without a unit noun
            # "perhaps a few hundred", "about a dozen": a number said with its scale word is a count
            and not COUNT_SCALE.search(doc.text[amount.start : amount.end])
            and not ESTIMATE_AFTER.match(doc.text[amount.end : amount.end + 20])
            and not (
                span.root.pos_ in ("NOUN", "NUM")
                and span.root.dep_ in ("dobj", "nsubj", "attr", "pobj", "conj")
                and span.root.lower_.endswith("s")
            )
        ):
            return None  # "one could argue": not a quantity; "you need thousands" is one
        if amount.words_only and unit and lemma in ("of",):
            return None
        unit_end = unit_toks[-1].idx + len(unit_toks[-1].text) if unit_toks else amount.end
        dated = DATING.match(doc.text[unit_end:]) if lemma in TIME_UNITS else None
        if dated and not (lemma in LATENCY_UNITS and dated.group(1).lower() == "later"):
            return None  # "a couple of years ago" dates something; "one to two seconds later" is a delay
        small = max(v for v in (amount.low, amount.high, amount.best) if v is not None) <= 2
        hyphenated = doc.text[amount.end : amount.end + 1] == "-"  # "three-dimensional", "seven-layer"
        # "exactly one climbing fiber": a count, said as one
        counted = re.search(r"\bexactly\s+$", doc.text[max(0, amount.start - 10) : amount.start], re.I)
        measured = lemma in MEASURED_UNITS or bool(LAYERS_UNIT.match(unit or "")) or bool(counted)
        # "one and a half times as long", "two times faster": a multiple, however small
        compared = lemma == "time" and bool(re.match(r"\s*(?:as|more|less|\w+er)\b", doc.text[unit_end:]))
        if amount.words_only and (small or hyphenated) and not measured and not factor and not compared:
            if hyphenated or not (is_spoken_decimal(doc, amount) or figure and not unit):
                return None  # "one way", "one or two ways", "a two-pronged question": not a measurement
        sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
        if is_rejected(doc, sentence, amount):
            amount = rejected_as_bound(doc, sentence, amount)
        elif (in_condition(span) and not is_estimated(doc, amount)) or (
            is_denominator(doc, amount) and lemma not in TIME_UNITS  # "for an hour" is a duration
        ):
            return None
        multiplied = MULTIPLIED.match(doc.text[amount.end : amount.end + 60].lower())
        if multiplied and (unit == "x" or (unit or "").lower().startswith("times")):
            parameter = f"{multiplied.group(1)} multiplier"
        elif unit == "x":
            parameter = "factor"
        elif unit == "%":
            parameter = "percentage"
        else:
            value = max(v for v in (amount.low, amount.high, amount.best) if v is not None)
            parameter = parameter_for(
                lemma,
                unit or "",
                sentence.text,
                doc.text[unit_end : unit_end + 40],
                value,
                doc.text[max(sentence.start_char, amount.start - 60) : amount.start],
            )
        if unit_toks:
            amount = widened_by_afterthought(doc, amount, unit or "", unit_end)
        low, high, best = bound_role(doc.text[amount.end : sentence.end_char], amount)
        return {
            "start": amount.start,
            "end": amount.end,
            "text": doc.text[amount.start : amount.end],
            "low": low,
            "high": high,
            "best": best,
            "unit": unit,
            "parameter": parameter,
        }


# "two watts, maybe three", "ten hertz, sometimes twenty": a higher figure said after, in the same unit
AFTERTHOUGHT = re.compile(
    rf",?\s+(?:or\s+)?(?:maybe|perhaps|possibly|sometimes|occasionally)\s+(?:even\s+)?(?P<b>{NUMBER})\b", re.I
)
# what may follow the afterthought's figure: the end of the thought or a word that goes on with it
AFTERTHOUGHT_END = re.compile(
    r"\s*(?:[^\w\s]|$|(?:or so|at most|tops|if|but|and|or|depending|i|i'd|even)\b)", re.I
)


def widened_by_afterthought(doc: Doc, amount: Amount, unit: str, unit_end: int) -> Amount:
    """A figure and its unit widened into a range by a higher figure said after them ("two watts,
    maybe three" is 2-3 W; "a million synapses, maybe two million" 1-2 million): not when the second
    figure counts something else ("two watts, maybe three kilowatts")."""
    m = AFTERTHOUGHT.match(doc.text, unit_end)
    if m is None or amount.best is None or amount.low is not None or amount.high is not None:
        return amount
    high = parse_number(m.group("b"))
    if high is None or not amount.best < high <= 1000 * amount.best:
        return amount
    end = m.end("b")
    # the unit said again: "ten synapses, maybe twenty synapses"
    repeated = re.match(rf"\s+{re.escape(unit)}\b", doc.text[end:], re.I)
    if repeated:
        end += repeated.end()
    elif not AFTERTHOUGHT_END.match(doc.text[end:]):
        return amount
    return replace(amount, end=end, low=amount.best, high=high, best=None)


MAX_ORDERS = 30  # "two to three orders of magnitude", not a number that only looks like a count of them


def as_factor(record: dict[str, Any]) -> dict[str, Any] | None:
    """A count of orders of magnitude ("two to three orders of magnitude") also as the factor it
    means (100-1000x), the form multipliers are stated, queried and weighed in ("an order of
    magnitude" is read as 10x from the start); the verbatim text is the same."""
    if record["parameter"] != "orders of magnitude":
        return None
    values = {k: record[k] for k in ("low", "high", "best") if record[k] is not None}
    if any(abs(v) > MAX_ORDERS for v in values.values()):
        return None
    return {**record, **{k: 10.0**v for k, v in values.items()}, "unit": "x", "parameter": "factor"}


_SPOKEN_DECIMAL = re.compile(SPOKEN_DECIMAL, re.I)  # "point one", "one point five"
# "my point one is ...", "the point two you made": a numbered talking point, not a decimal
TALKING_POINT = re.compile(r"\b(?:my|your|his|her|our|their|the|a|this|that|another)\s+$", re.I)


def is_spoken_decimal(doc: Doc, amount: Amount) -> bool:
    """Whether a number is a decimal said in words ("point one", "one point five")."""
    decimal = _SPOKEN_DECIMAL.search(doc.text[amount.start : amount.end])
    if decimal is None:
        return False
    said_alone = decimal.start() == 0 and decimal.group(0).lower().startswith("point")  # not "one point five"
    return not said_alone or not TALKING_POINT.search(doc.text[max(0, amount.start - 12) : amount.start])


def said_as_figure(doc: Doc, amount: Amount) -> bool:
    """Whether spelled-out words can only be a figure, so they are one without a unit noun: a spoken
    decimal ("point one to point five") or a rising range ("six or seven", "two to three"), unlike
    "one" or "two" alone ("one could argue", "two of them")."""
    if is_spoken_decimal(doc, amount):
        return True
    return amount.low is not None and amount.high is not None and amount.low < amount.high


def _hyphened_unit(doc: Doc, span: Span) -> Token | None:
    """The measured noun joined to a number by a hyphen ("two-layer", "three-compartment")."""
    if span.end + 1 >= len(doc) or doc[span.end].text != "-" or doc[span.end].whitespace_:
        return None
    following = doc[span.end + 1]
    return following if following.lemma_.lower() in MEASURED_UNITS else None


def _without_sentence_end(unit: str | None) -> str | None:
    """Drop the full stop a tokenizer leaves on a sentence's last unit ("1e18 FLOP/s.")."""
    return unit.rstrip(SENTENCE_END) or unit if unit else unit


def unprefixed_flop(amount: Amount, unit: str | None, lemma: str) -> tuple[Amount, str | None, str]:
    """Scale an amount of SI-prefixed FLOP ("1 exaFLOP/s", "100 TFLOPS") to plain FLOP, so it
    has the same unit and parameter as "1e18 FLOP/s"; the verbatim text is left as written."""
    m = PREFIXED_FLOP.fullmatch(unit or "")
    if m is None:
        return amount, unit, lemma
    factor = FLOP_PREFIX_WORDS[m.group(1).lower()] if m.group(1) else FLOP_PREFIX_LETTERS[m.group(2)]
    scaled = replace(
        amount,
        low=None if amount.low is None else amount.low * factor,
        high=None if amount.high is None else amount.high * factor,
        best=None if amount.best is None else amount.best * factor,
    )
    prefix = m.group(0)[: m.start(3)].lower()
    return scaled, m.group(3), lemma[len(prefix) :] if lemma.lower().startswith(prefix) else lemma


WHETHER_HEADS = {
    "surprised",
    "surprise",
    "shocked",
    "shock",
    "astonished",
    "see",
    "know",
    "ask",
    "wonder",
    "check",
}


LOW_END = re.compile(r"^[^,;.]*?\bas (?:an? |the )?(?:low[- ]end|lower[- ]end|lower bound|minimum|floor)\b")
HIGH_END = re.compile(
    r"^[^,;.]*?\bas (?:an? |the )?(?:high[- ]end|upper[- ]end|upper bound|maximum|ceiling)\b"
)


def bound_role(following: str, amount: Amount) -> tuple[float | None, float | None, float | None]:
    """(low, high, best) of an amount, a single value read as a bound when the clause calls it one
    ("one FLOP per spike as a low-end estimate, and ~100 as a high-end estimate")."""
    if amount.best is None:
        return amount.low, amount.high, amount.best
    clause = re.sub(r"\([^()]*\)", "", following.lower())
    if LOW_END.search(clause):
        return amount.best, None, None
    if HIGH_END.search(clause):
        return None, amount.best, None
    return amount.low, amount.high, amount.best


def in_condition(span: Span) -> bool:
    """Whether a number stands inside an "if"/"unless" clause ("if the experiment had found that
    one artificial neuron could simulate one biological neuron"): a supposition, not an estimate.
    The consequent keeps its numbers ("if ..., you'd need 10 times as many neurons")."""
    token = span.root
    for _ in range(40):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children):
            # "I'd be surprised if ...", "see if ...": a complement clause ("whether"), not a condition
            heads = {token.head, *(c for c in token.head.children if c.dep_ in ("acomp", "oprd"))}
            whether = token.i > token.head.i and any(
                h.lemma_.lower() in WHETHER_HEADS or h.lower_ in WHETHER_HEADS for h in heads
            )
            return not whether and not _is_case(token)
        if token.head.i == token.i:
            return False
        token = token.head
    return False


ESTIMATED_BEFORE = re.compile(  # "if it costs, say, 50 FLOPs": the comma after "say" changes nothing
    r"(?:\b(?:about|around|roughly|approximately|maybe|perhaps|like|say|order of)|[~∼≈])[\s,]*$", re.I
)


def is_estimated(doc: Doc, amount: Amount) -> bool:
    """Whether a number in an "if" clause is the speaker's own estimate ("if granule cells fire at
    roughly 1-5 Hz", "if K is ~1-3", "if costs vary 2-3x"): approximate or a range, so the premise
    is put forward as a value, not supposed ("if one artificial neuron could simulate one")."""
    ranged = amount.low is not None and amount.high is not None
    before = doc.text[max(0, amount.start - 20) : amount.start]
    said = doc.text[amount.start : amount.end].lstrip()
    approximate = re.match(APPROX, said, re.I)
    bounded_approximately = re.search(r"[~∼≈]", said)  # "if it takes much more than ~10^15 FLOP/s"
    return (
        ranged
        or bool(approximate and approximate.group(0))
        or bool(bounded_approximately)
        or bool(ESTIMATED_BEFORE.search(before))
    )


def _is_case(clause: Token) -> bool:
    """Whether an "if" clause gives one value of something already named ("if it's like 100
    milliseconds"): a copula with a pronoun subject, and no comparison ("if it were ten times larger")."""
    return (
        clause.lemma_.lower() == "be"
        and any(c.dep_ == "nsubj" and c.lower_ in CASE_SUBJECTS for c in clause.children)
        and not any(t.tag_ in ("JJR", "RBR") for t in clause.subtree)
    )


# a modal that gives a conjunct a predicate of its own ("..., and would put 85 to 90% on ...")
MODALS = {"would", "'d", "’d", "will", "could", "should", "might", "may", "can"}


def is_rejected(doc: Doc, sentence: Span, amount: Amount) -> bool:
    """Whether the speaker rejects the value: "thousands of FLOPs per spike would be very strange",
    "I would be shocked if we need 10^5"."""
    after = doc.text[amount.end : sentence.end_char].lower().replace("’", "'")
    before = doc.text[sentence.start_char : amount.start].lower().replace("’", "'")
    clause_after = re.split(r"[;.]|,? but\b|,? although\b", after, maxsplit=1)[0]
    # "..., and her best guess is 1-5": a new clause with its own subject is no longer rejected
    clause_before = re.split(
        r"[;.]|\bbut\b|,\s*and\s+(?=(?:her|his|my|our|their|i|she|he|we|they)\b)", before
    )[-1]
    ruled_out = RULED_OUT_FROM.match(before) and RULED_OUT_BY.match(after)
    cue = REJECTED_BEFORE.search(clause_before)
    if cue and not _inside_clause_of(
        doc, amount, sentence.start_char + len(before) - len(clause_before) + cue.end()
    ):
        cue = None  # "surprised if more than 1e16 were needed, and would put 85 to 90% on ...": not rejected
    return bool(REJECTED_AFTER.search(clause_after) or cue or ruled_out)


def _inside_clause_of(doc: Doc, amount: Amount, word_end: int) -> bool:
    """Whether the amount stands in the clause that the word ending at ``word_end`` ("if", "that")
    opens, by the parse; true when the parse cannot tell. A conjunct with a modal of its own ("...
    necessary, and would put 85 to 90% on ...") goes on with the speaker, not the clause."""
    word = doc.char_span(word_end - 1, word_end, alignment_mode="expand")
    if word is None or not doc.has_annotation("DEP"):
        return True
    clause = word.root.head
    if word.root.dep_ != "mark":  # "if" parsed as a preposition of the main verb: the clause after it
        after = [c for c in clause.children if c.i > word.root.i and c.dep_ in ("advcl", "ccomp", "pcomp")]
        clause = after[0] if after else word.root
    if clause.i == word.root.i:
        return True
    own_predicates = [
        c
        for c in clause.children
        if c.dep_ == "conj" and any(a.dep_ == "aux" and a.lower_ in MODALS for a in c.children)
    ]
    outside = {t.i for c in own_predicates for t in c.subtree}
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    inside = {t.i for t in clause.subtree} - outside
    return span is None or span.root.i in inside


ABOVE = r"\b(?:more than|over|above|greater than|beyond|exceed(?:s|ing)?)\s+"
ABOVE_BEFORE = re.compile(rf"{ABOVE}(?:a factor of\s+)?$")
BELOW_BEFORE = re.compile(r"\b(?:less than|fewer than|under|below|lower than|as little as|as few as)\s*$")


def rejected_as_bound(doc: Doc, sentence: Span, amount: Amount) -> Amount:
    """The bound a rejected value sets: "I'd be surprised if it needed more than 10^18" puts the
    speaker's estimate at most 10^18, "... with less than 10^15" at least 10^15, and "thousands of
    FLOPs per spike would be very strange" below a thousand."""
    values = [v for v in (amount.low, amount.high, amount.best) if v is not None]
    before = doc.text[max(sentence.start_char, amount.start - 30) : amount.start].lower()
    if amount.high is not None and amount.low is None or BELOW_BEFORE.search(before):
        return replace(amount, low=max(values), high=None, best=None)
    if ABOVE_BEFORE.search(before) or re.match(ABOVE, doc.text[amount.start : amount.end].lower()):
        # "surprised if it added more than a factor of two or three": the fuzzy threshold's top
        return replace(amount, low=None, high=max(values), best=None)
    return replace(amount, low=None, high=min(values), best=None)  # "thousands ... would be strange": < 1,000


def is_denominator(doc: Doc, amount: Amount) -> bool:
    """The "one" of a per-unit phrase ("1,000 artificial neurons for just one biological neuron",
    "... to simulate one neuron"):
    the unit the other number is counted against, not a quantity of its own. A bound or a share is
    never one ("accounts for less than 1% of the total")."""
    if amount.best != 1.0 or amount.low is not None or amount.high is not None or amount.suffix:
        return False
    before = doc.text[max(0, amount.start - 30) : amount.start].lower()
    return bool(
        re.search(
            r"\b(?:for|per|to (?:simulate|mimic|replicate|emulate|model|approximate|match|capture))\s+"
            r"(?:just |only |a single |each |every )?$",
            before,
        )
    )


def _head_lemma(tokens: list[Token]) -> str:
    nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "X", "SYM") and t.lower_ != "per"]
    per = next((i for i, t in enumerate(tokens) if t.lower_ == "per"), None)
    if per is not None and nouns:  # the counted noun comes before "per": "state variable per synapse"
        counted = [t for t in nouns if t.i < tokens[per].i]
        head = counted[-1] if counted else nouns[0]
    else:
        head = nouns[-1] if nouns else tokens[-1]
    lemma = head.lemma_.lower() if head.lemma_ else head.lower_
    return "person-year" if "person" in " ".join(t.lower_ for t in tokens) and "year" in lemma else lemma


@Language.factory("nc_quantities", requires=["token.pos", "token.lemma"], assigns=["doc.spans"])
def make_quantity_finder(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder()
