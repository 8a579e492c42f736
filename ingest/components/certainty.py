"""Certainty cues: hedges lower, boosters raise the speaker's expressed confidence.

Every cue found goes to ``doc.spans["nc_certainty"]`` labelled ``HEDGE`` or ``BOOST`` and, with
its weight, to ``doc.user_data["nc_certainty"]``; ``certainty_of`` turns a sentence's cues into a
score in 0..1 (plain assertion 0.6 = medium; the scorer's bins: < 0.4 low, > 0.7 high).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ingest.components.cues import is_negated, match_phrases, phrase_matcher

SPAN_KEY = "nc_certainty"
DATA_KEY = "nc_certainty"
BASELINE = 0.6

STRONG_HEDGE, WEAK_HEDGE, BOOST = -0.25, -0.12, 0.25
CUES: dict[str, float] = {
    **dict.fromkeys(
        [
            "might",
            "may",
            "possibly",
            "possible",
            "it's possible",
            "perhaps",
            "maybe",
            "plausibly",
            "not sure",
            "best guess",
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
        ],
        BOOST,
    ),
}
MODALS_NEEDING_VERB = {"could", "may", "might"}


def certainty_of(weights: list[float]) -> float:
    """Combine cue weights into a certainty in 0.05..0.95 around the plain-assertion baseline."""
    return round(min(0.95, max(0.05, BASELINE + sum(weights))), 2)


class CertaintyCues:
    def __init__(self, nlp: Language) -> None:
        self.matcher = phrase_matcher(nlp, CUES)

    def __call__(self, doc: Doc) -> Doc:
        spans, records = [], []
        for span in match_phrases(doc, self.matcher):
            phrase = span.label_
            if phrase in MODALS_NEEDING_VERB and span.root.tag_ != "MD":
                continue  # "May 2019"
            weight = CUES[phrase]
            if is_negated(span) and "not" not in phrase and "n't" not in phrase and phrase not in ("could",):
                weight = STRONG_HEDGE if weight > 0 else 0.0  # "not clearly", "not certain"
            if weight == 0.0:
                continue
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
