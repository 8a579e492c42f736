"""Shared cue matching: phrase lexicons matched on lowercase text, with negation from the parse.

Used by the certainty and effect components; a lexicon is data (phrase -> label, weight), so a
new cue is one line in the component's table, not new code.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

NEGATIONS = {
    "not",
    "n't",
    "no",
    "never",
    "hardly",
    "unlikely",
    "nobody",
    "nothing",
    "without",
    "neither",
    "nor",
    "cannot",
}


def phrase_matcher(nlp: Language, phrases: Iterable[str], attr: str = "NORM") -> PhraseMatcher:
    """Match on NORM, so "don’t" and "don't" (both "do not") and case variants are one cue."""
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    for phrase in phrases:
        matcher.add(phrase, [nlp.make_doc(phrase)])
    return matcher


def match_phrases(doc: Doc, matcher: PhraseMatcher) -> list[Span]:
    """Longest non-overlapping matches, each labelled with the lexicon phrase it matched."""
    return filter_spans([Span(doc, start, end, label=key) for key, start, end in matcher(doc)])


NEG_RAISING = {"think", "believe", "expect", "suppose", "imagine", "seem", "feel", "reckon"}
SCOPE_NEGATORS = (
    "surprised if",
    "no evidence that",
    "unlikely that",
    "no reason to believe",
    "no reason to think",
    "no reason to expect",
)


def is_negated(span: Span) -> bool:
    """Whether a negation governs the cue: a ``neg`` child of the cue or of the verb it hangs on,
    a negation word right before it, or a negating frame earlier in the sentence ("would be
    surprised if", "no evidence that"); a local negation inside such a frame cancels it. The cue's own
    words never count."""
    inside = {t.i for t in span}
    holders: list[Token] = [*span]
    if span.root.dep_ in (
        "acomp",
        "attr",
        "dobj",
        "xcomp",
        "amod",
        "advmod",
        "nsubj",
        "nsubjpass",
        "pobj",
        "prep",
    ):
        holders.append(span.root.head)
        head = span.root.head
        if head.dep_ in ("xcomp", "acomp", "prep", "aux", "auxpass") or (
            span.root.dep_ == "amod" and head.dep_ == "attr"
        ):
            holders.append(head.head)  # "would not be a compute intensive process" negates the adjective
        elif head.dep_ == "ccomp" and head.head.lemma_ in NEG_RAISING:
            holders.append(head.head)  # "I don't think dendrites are irrelevant" negates "irrelevant"
    local = any(
        child.dep_ == "neg" and child.i not in inside for token in holders for child in token.children
    )
    sentence = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    before = span.doc[max(sentence.start, span.start - 2) : span.start]
    local = local or any(t.norm_ in NEGATIONS and t.i not in inside for t in before)
    preceding = span.doc.text[sentence.start_char : span.start_char].lower().replace("’", "'")
    preceding = preceding.replace("n't", " not").replace("  ", " ")
    frame = any(f in preceding for f in SCOPE_NEGATORS)
    return local != frame  # "no reason to think you couldn't": the two cancel
