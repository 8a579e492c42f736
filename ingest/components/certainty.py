"""Certainty cues: hedges lower, boosters raise the speaker's expressed confidence.

Every cue found goes to ``doc.spans["nc_certainty"]`` labelled ``HEDGE`` or ``BOOST`` and, with
its weight, to ``doc.user_data["nc_certainty"]``; ``certainty_of`` turns a sentence's cues into a
score in 0..1 (plain assertion 0.6 = medium; the scorer's bins: < 0.4 low, > 0.7 high).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.components.cues import NEG_RAISING, NEGATIONS, is_negated, match_phrases, phrase_matcher

SPAN_KEY = "nc_certainty"
DATA_KEY = "nc_certainty"
BASELINE = 0.6

STRONG_HEDGE, WEAK_HEDGE, BOOST = -0.25, -0.12, 0.25
CUES: dict[str, float] = {
    **dict.fromkeys(
        [
            "might",
            "possibly",
            "possible",
            "it's possible",
            "perhaps",
            "maybe",
            "plausibly",
            "not sure",
            "wild guess",
            "iirc",
            "if i recall correctly",
            "i suspect",
            "i guess",
            "i dunno",
            "not certain",
            "gut intuition",
            "speculative",
            "speculate",
            "hypothesizes",
            "conceivably",
            "unsure",
            "i don't know",
            "i'm not confident",
            "guesstimate",
            "my guess",
            "i'd guess",
            "i would guess",
            "mildly",
            "i may",
            "i might",
            "if anything",
            "less clear",
            "hard to rule out",
            "can't rule out",
            "cannot rule out",
            "my intuition",
            "my impression",
            "my hunch",
            "i have a feeling",
            "agnostic",
            # a spoken double hedge on the speaker's own view
            "i kind of think",
            "i kind of feel",
            "i sort of think",
            "i sort of feel",
            "it seems to me",
            "i really don't know",
            "i honestly don't know",
            "entertain the idea",
            "entertain the possibility",
            "i have no idea",
            "no idea whether",
            "i suppose",
            "as far as i know",
            "afaik",
            "i would imagine",
            "i'd imagine",
            "i'm guessing",
            "i could be wrong",
            "i might be wrong",
            "i'm speculating",
            # a figure given under protest: "If I had to bet, I'd say ~1e15"
            "if i had to guess",
            "if i had to bet",
            "if i had to put a number on it",
            "if i had to pick",
            "if you forced me",
            "if you pushed me",
            "if pressed",
            # doubt stated of the speaker in the third person ("She is less sure about X")
            "not confident",
            "less sure",
            "less certain",
            "less confident",
            "not convinced",
        ],
        STRONG_HEDGE,
    ),
    **dict.fromkeys(
        [
            "probably",
            "could",
            "likely",
            "i think",
            "i believe",
            "seems",
            "seem",
            "seemed",
            "appears",
            "somewhat",
            "tends to",
            "sometimes",
            "potentially",
            "suggests",
            "i feel",
            "i'd say",
            "i would say",
            "roughly",
            "sort of",
            "kind of",
            "kinda",
            "i expect",
            "presumably",
            "arguably",
            "it's plausible",
            "i would think",
            "i'd think",
            "my sense is",
            "my feeling is",
            "to my knowledge",
            "sympathetic to",
            # an estimate or a possibility put plainly ("his best guess is 10-100", "X may matter"):
            # the gold marks these medium, unlike "might" (low)
            "may",
            "best guess",
        ],
        WEAK_HEDGE,
    ),
    **dict.fromkeys(
        [
            "clearly",
            "definitely",
            "certainly",
            "obviously",
            "extremely surprised",
            "very surprised",
            "is confident",
            "am confident",
            "are confident",
            "fairly comfortable",
            "very comfortable",
            "we know",
            "known to",
            "trivial",
            "forgone conclusion",
            "foregone conclusion",
            "without doubt",
            "undoubtedly",
            "no doubt",
            "always true",
            "of course",
            "strongly believes",
            "is sure",
            "am sure",
            "really knocked",
            "there is no question",
            "is certain",
            "am certain",
            "it's clear",
            "it is clear",
            "very unlikely",
            "highly unlikely",
            "extremely unlikely",
            "pretty confident",
            "fairly confident",
            "quite confident",
            "very confident",
            "pretty sure",
            "quite sure",
            "am convinced",
            # the speaker's own result, or what anyone trying will see ("what we found is ...")
            "we found",
            "we did find",
            "we've found",
            "we have found",
            "we showed",
            "we've shown",
            "we have shown",
            "you'll find that",
            "it turns out",
            "there's no question",
            "no question that",
            "absolutely",
            "well established",
            "well-established",
            "it is known",
            "it's known",
            "without a doubt",
            "for sure",
            "really do",
            "really does",
            "never going to",
            # a confident denial, like "would be very surprised if"
            "would be very strange",
            "would be very surprising",
            "would be extremely surprising",
        ],
        BOOST,
    ),
}
MODALS_NEEDING_VERB = {"could", "may", "might"}
# words opening a clause that is asked about or supposed, not asserted ("how this might work")
OPEN_CLAUSE = {"how", "why", "whether", "if", "what"}
FEASIBLE = {"possible", "it's possible"}
NOMINAL_HEDGES = {"kind of", "sort of", "possible", "possibly"}
NOUN_MODIFIERS = ("DET", "ADJ", "PRON")  # "some sort of", "a different kind of", "what kind of"


def hedges_the_claim(span: Span) -> bool:
    """Whether a hedge qualifies what the sentence asserts rather than a word inside it: not
    "some sort of rule" or "a different kind of cell" (a noun's kind), not "many possible states"
    or "(possibly complicated) rules" (a noun's modifier), and not a modal in a clause that is
    asked about or supposed ("how this might be implemented", "if they could be simulated")."""
    phrase = span.label_
    if phrase in NOMINAL_HEDGES:
        previous = span.doc[span.start - 1] if span.start > 0 else None
        if phrase in ("kind of", "sort of") and previous is not None and previous.pos_ in NOUN_MODIFIERS:
            return False
        root = span.root
        if root.dep_ in ("amod", "nmod") or (root.dep_ == "advmod" and root.head.dep_ == "amod"):
            return False
        if root.dep_ == "advmod" and root.head.pos_ == "NOUN":
            return False  # "the possibly non-linear dynamics"
    if phrase in FEASIBLE:
        root = span.root
        near = [*root.children, *(root.head.children if root.head.lemma_ == "be" else [])]
        if any(c.dep_ == "xcomp" and c.i > root.i for c in near):
            return False  # "it is possible to simplify this": what can be done, not a hedge
    if phrase in MODALS_NEEDING_VERB:
        verb = span.root.head
        opener = [c for c in verb.children if c.i < span.start and c.dep_ in ("advmod", "mark")]
        if verb.dep_ != "ROOT" and any(c.lower_ in OPEN_CLAUSE for c in opener):
            return False
    return True


CHANCES = {"probability", "chance", "likelihood", "odds"}
EXTREMES = {"low", "small", "tiny", "negligible", "slim", "remote", "high"}


def stated_odds(doc: Doc) -> list[Span]:
    """Predicates giving a probability the speaker is sure of ("thinks the probability that the
    field rests on a mistake is very low"): an extreme adjective said of a probability or chance."""
    found = []
    for token in doc:
        if token.lemma_ in EXTREMES and token.dep_ == "acomp":
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            if any(s.lemma_ in CHANCES for s in subjects):
                found.append(doc[token.i : token.i + 1])
    return found


def is_epistemic_could(span: Span) -> bool:
    """Whether "could" says what may be so ("there could be an overhead", "a spine could be a
    state machine", "it could be doing X") rather than what can be done ("could be simulated")."""
    verb = span.root.head
    return verb.lemma_ == "be" or any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def is_ability_could(span: Span) -> bool:
    """Whether "could" says what a person can or could do ("we could rule it out", "one could
    point out", "some of them we could"), which hedges nothing."""
    verb = span.root.head
    if verb.lemma_ == "be" or any(c.lemma_ == "be" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(c.tag_ == "PRP" or c.lower_ == "one" for c in subjects) or span.root.dep_ == "ROOT"


def under_denied_belief(span: Span) -> bool:
    """Whether a cue sits in a clause the speaker says they don't believe ("I don't think SNNs
    are definitely better", "doesn't think a synapse could be that complex"): its emphasis or
    possibility belongs to the denied view."""
    token = span.root
    while token.head.i != token.i:
        token = token.head
        if token.lemma_ in NEG_RAISING and any(c.dep_ == "neg" for c in token.children):
            return True
    return False


def is_negated_cue(span: Span) -> bool:
    """Negation of a cue; an adverb ("certainly don't", "probably not") is negated only by a
    negation right before it ("not clearly")."""
    if span.root.dep_ == "advmod" and len(span) == 1:
        before = [t for t in span.doc[max(0, span.start - 3) : span.start] if not t.is_space][-2:]
        return any(t.norm_ in NEGATIONS for t in before)
    return is_negated(span)


def certainty_of(weights: list[float]) -> float:
    """Combine cue weights into a certainty in 0.05..0.95 around the plain-assertion baseline."""
    return round(min(0.95, max(0.05, BASELINE + sum(weights))), 2)


class CertaintyCues:
    def __init__(self, nlp: Language) -> None:
        self.matcher = phrase_matcher(nlp, CUES)

    def __call__(self, doc: Doc) -> Doc:
        spans, records = [], []
        for span in stated_odds(doc):
            spans.append(Span(doc, span.start, span.end, label="BOOST"))
            records.append(
                {"start": span.start_char, "end": span.end_char, "text": span.text, "weight": BOOST}
            )
        for span in match_phrases(doc, self.matcher):
            phrase = span.label_
            if phrase in MODALS_NEEDING_VERB and span.root.tag_ != "MD":
                continue  # "May 2019"
            if not hedges_the_claim(span):
                continue
            weight = CUES[phrase]
            own_negation = "not" in phrase or "n't" in phrase or "never" in phrase
            negated = is_negated_cue(span) and not own_negation
            if negated and phrase != "could":
                weight = STRONG_HEDGE if weight > 0 else 0.0  # "not clearly", "not certain"
            elif (
                phrase == "could"
                and not negated
                and is_epistemic_could(span)
                and not under_denied_belief(span)
            ):
                weight = STRONG_HEDGE
            if weight > 0 and under_denied_belief(span):
                continue
            if weight == 0.0:
                continue
            elif phrase == "could" and is_ability_could(span):
                continue  # "some of them we could", "one could point out": what someone can do
            span.label_ = "BOOST" if weight > 0 else "HEDGE"
            spans.append(span)
            records.append(
                {"start": span.start_char, "end": span.end_char, "text": span.text, "weight": weight}
            )
        doc.spans[SPAN_KEY] = spans
        doc.user_data[DATA_KEY] = records
        return doc


@Language.factory("nc_certainty", requires=["token.dep", "token.tag"], assigns=["doc.spans"])
def make_certainty_cues(nlp: Language, name: str) -> CertaintyCues:
    return CertaintyCues(nlp)
