"""Mechanism mentions, matched from the SKOS scheme in ontology/mechanisms.ttl.

The PhraseMatcher is fed every prefLabel, altLabel and hiddenLabel (by lowercase form and by
lemma), so vocabulary lives in the Turtle file only. Spans go to ``doc.spans["nc_mechanisms"]``
labelled with the mechanism id.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ontology.mechanisms import load_mechanisms
from ontology.models import Mechanism

SPAN_KEY = "nc_mechanisms"
# The catch-all concept: what a claim naming nothing gets, never matched ("each other" is no topic)
FALLBACK = "other"
# Units whose values name a concept once the text has just named it: after "a time constant of
# 20 ms", "if it's like 100 milliseconds" gives a time constant's value ("it" is the constant).
VALUE_UNITS = {"time_constants": frozenset({"millisecond", "milliseconds", "ms", "msec"})}
VALUE_CONTEXT_CHARS = 400


class MechanismMatcher:
    def __init__(self, nlp: Language, mechanisms: Iterable[Mechanism]) -> None:
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma = PhraseMatcher(nlp.vocab, attr="LEMMA") if _can_lemmatize(nlp) else None
        for mechanism in mechanisms:
            if mechanism.id == FALLBACK:
                continue
            labels = sorted({mechanism.label, *mechanism.alt_labels})
            self.lower.add(mechanism.id, [nlp.make_doc(label) for label in labels])
            if self.lemma is not None:
                # lowercase labels only: lemmatizing "DNN" or "MICrONS" would over-match
                lowercase = [label for label in labels if label.islower()]
                self.lemma.add(mechanism.id, [d for d in _lemmatized(nlp, lowercase) if not _gerund_noun(d)])

    def match(self, doc: Doc) -> list[Span]:
        matchers = (
            [self.lower]
            if self.lemma is None or not doc.has_annotation("LEMMA")
            else [self.lower, self.lemma]
        )
        words = [t.i for t in doc if not t.is_space]
        compact = _without_space_tokens(doc, words) if len(words) < len(doc) else doc
        found = [
            Span(doc, words[start], words[end - 1] + 1, label=match_id)
            for matcher in matchers
            for match_id, start, end in matcher(compact)
        ]
        return filter_spans(found + _values_of_named(doc, found))

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = self.match(doc)
        return doc


def _values_of_named(doc: Doc, named: list[Span]) -> list[Span]:
    """Unit words of ``VALUE_UNITS`` standing shortly after a mention of their concept."""
    out = []
    for mechanism, units in VALUE_UNITS.items():
        ends = [s.end_char for s in named if s.label_ == mechanism]
        out += [
            Span(doc, t.i, t.i + 1, label=mechanism)
            for t in doc
            if t.lower_ in units and any(0 <= t.idx - end <= VALUE_CONTEXT_CHARS for end in ends)
        ]
    return out


def _without_space_tokens(doc: Doc, words: list[int]) -> Doc:
    """The Doc without its whitespace tokens (with their lemmas), so a phrase wrapped over a
    transcript line ("ion\\n*  channels", blanked to "ion    channels") still matches."""
    compact = Doc(doc.vocab, words=[doc[i].text for i in words])
    for new, i in zip(compact, words, strict=True):
        new.lemma_ = doc[i].lemma_
    return compact


_LEMMA_PIPES = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")


def _can_lemmatize(nlp: Language) -> bool:
    return "lemmatizer" in nlp.pipe_names


def _gerund_noun(pattern: Doc) -> bool:
    """A one-word "-ing" label ("timing", "sectioning", "imaging"): its lemma is another word ("time",
    "section", "image"), so it matches by its own form only; a verb or noun that should match too
    ("learn", "model") is a label of its own in the vocabulary."""
    word = pattern[0] if len(pattern) == 1 else None
    return word is not None and word.lower_.endswith("ing") and word.lemma_.lower() != word.lower_


def _lemmatized(nlp: Language, labels: list[str]) -> list[Doc]:
    """Pattern docs with lemmas, made by the base pipeline's own tagger and lemmatizer."""
    with nlp.select_pipes(enable=[name for name in _LEMMA_PIPES if name in nlp.pipe_names]):
        return list(nlp.pipe(labels))


@Language.factory("nc_mechanisms", requires=["token.lemma"], assigns=["doc.spans"])
def make_mechanism_matcher(nlp: Language, name: str) -> MechanismMatcher:
    return MechanismMatcher(nlp, load_mechanisms())
