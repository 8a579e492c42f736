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


class MechanismMatcher:
    def __init__(self, nlp: Language, mechanisms: Iterable[Mechanism]) -> None:
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma = PhraseMatcher(nlp.vocab, attr="LEMMA") if _can_lemmatize(nlp) else None
        for mechanism in mechanisms:
            labels = sorted({mechanism.label, *mechanism.alt_labels})
            self.lower.add(mechanism.id, [nlp.make_doc(label) for label in labels])
            if self.lemma is not None:
                # lowercase labels only: lemmatizing "DNN" or "MICrONS" would over-match
                lowercase = [label for label in labels if label.islower()]
                self.lemma.add(mechanism.id, _lemmatized(nlp, lowercase))

    def match(self, doc: Doc) -> list[Span]:
        matchers = (
            [self.lower]
            if self.lemma is None or not doc.has_annotation("LEMMA")
            else [self.lower, self.lemma]
        )
        found = [
            Span(doc, start, end, label=match_id)
            for matcher in matchers
            for match_id, start, end in matcher(doc)
        ]
        return filter_spans(found)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = self.match(doc)
        return doc


_LEMMA_PIPES = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")


def _can_lemmatize(nlp: Language) -> bool:
    return "lemmatizer" in nlp.pipe_names


def _lemmatized(nlp: Language, labels: list[str]) -> list[Doc]:
    """Pattern docs with lemmas, made by the base pipeline's own tagger and lemmatizer."""
    with nlp.select_pipes(enable=[name for name in _LEMMA_PIPES if name in nlp.pipe_names]):
        return list(nlp.pipe(labels))


@Language.factory("nc_mechanisms", requires=["token.lemma"], assigns=["doc.spans"])
def make_mechanism_matcher(nlp: Language, name: str) -> MechanismMatcher:
    return MechanismMatcher(nlp, load_mechanisms())
