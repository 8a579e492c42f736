"""Shared cue matching: phrase lexicons matched on lowercase text, with negation from the parse.

Used by the certainty and effect components; a lexicon is data (phrase -> label, weight), so a
new cue is one line in the component's table, not new code.
"""

from __future__ import annotations

import re
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
    "barely",  # "glia barely move the number"
    "scarcely",
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


def short_asides(doc: Doc) -> set[int]:
    """Indices of the tokens of parentheses holding at most three words ("more (useable) degrees
    of freedom"), brackets included."""
    out: set[int] = set()
    for token in doc:
        if token.text == "(":
            closing = next((t for t in doc[token.i + 1 : token.i + 5] if t.text in ("(", ")")), None)
            if closing is not None and closing.text == ")":
                out.update(range(token.i, closing.i + 1))
    return out


def match_phrases(doc: Doc, matcher: PhraseMatcher) -> list[Span]:
    """Longest non-overlapping matches, each labelled with the lexicon phrase it matched. Runs of
    whitespace (a wrapped line's trailing space, "known to be  important") and short asides in
    parentheses ("more (useable) degrees of freedom") do not break a phrase."""
    asides = short_asides(doc)
    words = [t for t in doc if not t.is_space and t.i not in asides]
    if len(words) == len(doc):
        return filter_spans([Span(doc, start, end, label=key) for key, start, end in matcher(doc)])
    compact = Doc(doc.vocab, words=[t.text for t in words], spaces=[True] * len(words))
    for token, original in zip(compact, words, strict=True):
        token.norm_ = original.norm_
    return filter_spans(
        [Span(doc, words[start].i, words[end - 1].i + 1, label=key) for key, start, end in matcher(compact)]
    )


NEG_RAISING = {
    "think",
    "believe",
    "expect",
    "suppose",
    "imagine",
    "seem",
    "feel",
    "reckon",
    "sure",
    "certain",
}
# predicates that deny the clause they govern ("unlikely to matter", "failed to show")
NEG_PREDICATES = {"unlikely", "impossible", "fail", "doubt"}
# dependency labels climbed from a cue to the verb of its clause: within a phrase, or a verb's
# argument, or a verb complement ("would not be able to simplify")
CLIMB = {
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
    "compound",
    "nmod",
    "npadvmod",
    "oprd",
    "pcomp",
    "agent",
    "dative",
    "nummod",
    "quantmod",
}
SCOPE_NEGATORS = (
    "surprised if",
    "no evidence that",
    "unlikely that",
    "doubt that",
    "doubts that",
    "skeptical that",
    "sceptical that",
    "doubtful that",
    "not see a reason",
    "not see any reason",
    "not see evidence",
    "not see any evidence",
    "no reason that",
    # a clause opened by "nor" ("Nor is a synapse doing anything that would require ...")
    "nor is ",
    "nor are ",
    "nor does ",
    "nor do ",
    "nor would ",
    "nor can ",
    "nor will ",
    "no reason to believe",
    "no reason to think",
    "no reason to expect",
)


# frames matched as patterns: "this rules out scenarios where ..." (but not "can't rule out"),
# "there is no particular reason to expect ..."
FRAME_PATTERNS = (
    re.compile(r"(?<!not )(?<!to )\brul(?:e|es|ed|ing) out\b"),
    re.compile(r"\bno (?:\w+ )?reason to (?:believe|think|expect)\b"),
)


def _denied(token: Token) -> bool:
    """Whether a clause above the token is negated or denied ("cannot be done without ...")."""
    while token.head.i != token.i:
        token = token.head
        if token.lemma_ in NEG_PREDICATES or any(
            c.dep_ == "neg" or (c.dep_ == "acomp" and c.lemma_ in NEG_PREDICATES) for c in token.children
        ):
            return True  # "would not be possible without", "would be impossible to capture ... without"
    return False


def is_negated(span: Span) -> bool:
    """Whether a negation governs the cue: a ``neg`` child of the cue or of a word on its path up
    to the verb of its clause (and of a "think"/"sure" that clause hangs on), a clause that is the
    complement of a negating predicate ("unlikely to line up with"), a negation word right before
    it, or a negating frame earlier in the sentence ("would be surprised if", "no evidence that");
    a local negation inside such a frame cancels it. The cue's own words never count."""
    inside = {t.i for t in span}
    holders: list[Token] = [*span]
    token = span.root
    while token.head.i != token.i and (
        token.dep_ in CLIMB or (token.dep_ == "conj" and token.pos_ not in ("VERB", "AUX"))
    ):
        token = token.head  # up through the phrase ("mysterious and unknown") to the clause's verb
        holders.append(token)
    if token.dep_ == "ccomp" and token.head.lemma_ in NEG_RAISING:
        holders.append(token.head)  # "I don't think dendrites are irrelevant" negates "irrelevant"
        if token.head.dep_ == "acomp" and any(c.lower_ == "that" for c in token.children):
            holders.append(token.head.head)  # "is not sure that this would imply savings"
    local = any(
        child.dep_ == "neg" and child.i not in inside for token in holders for child in token.children
    )
    # "unlikely to line up with the full complexity": the path passes through a denying predicate
    local = local or any(t.lemma_ in NEG_PREDICATES for t in holders if t.i not in inside)
    sentence = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    before = [t for t in span.doc[sentence.start : span.start] if not t.is_space][-2:]
    denial = next((t for t in before if t.norm_ in NEGATIONS and t.i not in inside), None)
    if denial is not None and not (denial.lower_ == "without" and _denied(denial)):
        local = True  # but "impossible to capture it without a giant network" needs the network
    preceding = span.doc.text[sentence.start_char : span.start_char].lower().replace("’", "'")
    preceding = preceding.replace("n't", " not").replace("  ", " ")
    frame = any(f in preceding for f in SCOPE_NEGATORS) or any(p.search(preceding) for p in FRAME_PATTERNS)
    return local != frame  # "no reason to think you couldn't": the two cancel
