"""Quantities: number expressions (see ``numbers``) with the unit noun they count and the
parameter it measures, inferred from the noun and its context.

Results go to ``doc.spans["nc_quantities"]`` and, as plain dicts (doc character offsets,
low/high/best, unit, parameter, verbatim text), to ``doc.user_data["nc_quantities"]``.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ingest.components.numbers import Amount, find_amounts

SPAN_KEY = "nc_quantities"
DATA_KEY = "nc_quantities"

SUFFIX_UNITS = {"x": "x", "%": "%"}
TIME_UNITS = {
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
    "watt": "power",
    "w": "power",
    "millimeter": "volume",
    "millimetre": "volume",
    "mm": "length",
    "person-year": "person-years",
    "thing": "items",
    "time": "times",
    "equation": "equations",
    "receptor": "receptors",
}


QUOTE_MARKS = {"”", "“", '"', "'", "’", "‘"}


# Units a spelled-out "one"/"two"/"a" counts as a measurement ("one hidden layer", "in a week").
MEASURED_UNITS = (
    (set(PARAMETERS) - {"thing", "time", "type"})
    | TIME_UNITS
    | {"neuron", "synapse", "layer", "cell", "gene", "millimeter", "millimetre"}
)


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
            tokens = [t for t in doc[span.end : head.i + 1] if not t.is_punct or t.text in ("-", "/")]
            while tokens and tokens[0].text in ("-", "–", "of"):
                tokens.pop(0)
            return _with_per(doc, tokens, head.i)
    tokens: list[Token] = []
    i = span.end
    while i < len(doc) and (doc[i].text in ("-", "–") or doc[i].text in QUOTE_MARKS) and not tokens:
        i += 1  # "8-layer", "“low thousands” number"
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
            i += 1
            continue
        break
    while tokens and tokens[-1].pos_ not in ("NOUN", "PROPN", "X", "SYM"):
        tokens.pop()
    return tokens


def _with_per(doc: Doc, tokens: list[Token], i: int) -> list[Token]:
    """Extend "flop" to "flop per second" and "orders" to "orders of magnitude"."""
    if tokens and i + 2 < len(doc) and doc[i + 1].lower_ == "per":
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
    unit_lemma: str, unit_text: str, sentence: str, following: str = "", value: float | None = None
) -> str:
    """A general parameter name for a unit, refined by context: the words right after the unit
    ("flop per second per neuron") and the sentence ("artificial neurons per biological neuron")."""
    s, u, after = sentence.lower(), unit_text.lower(), following.lower()
    if re.match(r"(hidden |artificial )?layers?\b", u):
        unit_lemma = "layer"  # "8-layer NN" counts layers
    compute_context = re.search(r"\b(?:flops?|compute|anchors|cost|ooms?)\b", s)
    if unit_lemma in ("flop", "flops") or "flop" in u or (not u and compute_context and (value or 0) >= 1e12):
        # a bare figure in a compute context is a rate, as brain-compute figures are
        per_second = "second" in u or "/s" in u or unit_lemma == "flops" or not u
        if "spike" in u or "spike" in after[:25]:
            return "FLOPs per spike through synapse"
        if re.match(r"\W*(per|of) neuron", after) or "per neuron" in u:
            return "FLOP/s per neuron" if per_second else "FLOPs per neuron"
        return "FLOP/s" if per_second else "FLOPs"
    if unit_lemma == "neuron":
        if "artificial" in u or re.search(r"\b(artificial|dnn|network|ann)\b", s) and "biological" in s:
            return "artificial neurons per neuron"
        return "neurons"
    if unit_lemma == "layer":
        if re.search(
            r"\b(dnns?|networks?|anns?|nn|deep|artificial|simulat\w*|emulat\w*|approximat\w*|mimic\w*)", s
        ):
            return "DNN layers per neuron"
        return "cortical layers" if re.search(r"\b(cortex|cortical)\b", s) else "layers"
    if unit_lemma == "parameter" and "neuron" in s:
        return "DNN parameters per neuron"
    if unit_lemma == "type":
        return "neuron types" if "neuron" in u or "cell" in u or "neuron" in s else "types"
    if unit_lemma in TIME_UNITS:
        return "duration"
    if "magnitude" in u:
        return "orders of magnitude"
    return PARAMETERS.get(unit_lemma, u or "count")


class QuantityFinder:
    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        records: list[dict[str, Any]] = []
        for amount in find_amounts(doc.text):
            record = self.describe(doc, amount)
            if record is not None:
                spans.append(
                    doc.char_span(record["start"], record["end"], label="QUANTITY", alignment_mode="expand")
                )
                records.append(record)
        doc.spans[SPAN_KEY] = [span for span in spans if span is not None]
        doc.user_data[DATA_KEY] = records
        return doc

    def describe(self, doc: Doc, amount: Amount) -> dict[str, Any] | None:
        span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
        if span is None:
            return None
        unit_toks = unit_tokens(doc, span)
        if amount.suffix in SUFFIX_UNITS:
            unit, lemma = SUFFIX_UNITS[amount.suffix], SUFFIX_UNITS[amount.suffix]
        elif unit_toks:
            unit = doc.text[unit_toks[0].idx : unit_toks[-1].idx + len(unit_toks[-1].text)]
            lemma = _head_lemma(unit_toks)
        else:
            unit, lemma = None, ""
        if (
            amount.words_only
            and not unit
            and not (
                span.root.pos_ in ("NOUN", "NUM")
                and span.root.dep_ in ("dobj", "nsubj", "attr", "pobj", "conj")
                and span.root.lower_.endswith("s")
            )
        ):
            return None  # "one could argue": not a quantity; "you need thousands" is one
        if amount.words_only and unit and lemma in ("of",):
            return None
        small = max(v for v in (amount.low, amount.high, amount.best) if v is not None) <= 2
        hyphenated = doc.text[amount.end : amount.end + 1] == "-"  # "three-dimensional", "seven-layer"
        if amount.words_only and (small or hyphenated) and lemma not in MEASURED_UNITS:
            return None  # "one way", "a two-pronged question": words, not a measurement
        sentence = span.sent.text if doc.has_annotation("SENT_START") else doc.text
        if unit == "x":
            parameter = "factor"
        elif unit == "%":
            parameter = "percentage"
        else:
            unit_end = unit_toks[-1].idx + len(unit_toks[-1].text) if unit_toks else amount.end
            value = max(v for v in (amount.low, amount.high, amount.best) if v is not None)
            parameter = parameter_for(lemma, unit or "", sentence, doc.text[unit_end : unit_end + 40], value)
        return {
            "start": amount.start,
            "end": amount.end,
            "text": doc.text[amount.start : amount.end],
            "low": amount.low,
            "high": amount.high,
            "best": amount.best,
            "unit": unit,
            "parameter": parameter,
        }


def _head_lemma(tokens: list[Token]) -> str:
    nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "X", "SYM") and t.lower_ != "per"]
    head = (
        nouns[0] if any(t.lower_ == "per" for t in tokens) and nouns else (nouns[-1] if nouns else tokens[-1])
    )
    lemma = head.lemma_.lower() if head.lemma_ else head.lower_
    return "person-year" if "person" in " ".join(t.lower_ for t in tokens) and "year" in lemma else lemma


@Language.factory("nc_quantities", requires=["token.pos", "token.lemma"], assigns=["doc.spans"])
def make_quantity_finder(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder()
