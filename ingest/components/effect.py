"""Effect cues: phrases saying a process makes matching the brain need more, less or about the
same compute than the simple baseline (1 FLOP per spike through a synapse, one unit per neuron),
or that this is unknown.

Each cue has the effect it signals and the effect it signals when negated ("won't alter",
"not adequate"); cues go to ``doc.spans["nc_effect"]`` and ``doc.user_data["nc_effect"]``, and
``effect_of`` picks a sentence's effect from its cues.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.components.cues import is_negated, match_phrases, phrase_matcher

SPAN_KEY = "nc_effect"
DATA_KEY = "nc_effect"

INC, DEC, SAME, UNC = "increases", "decreases", "no_major_change", "uncertain"
# phrase -> (effect, effect when negated or None, weight). Uncertainty cues stay uncertain when
# negated ("not definitively", "not known").
CUES: dict[str, tuple[str, str | None, float]] = {
    **{
        p: (INC, SAME, 1.0)
        for p in [
            "more complex",
            "more complicated",
            "more computationally powerful",
            "more powerful",
            "computationally powerful",
            "more computation",
            "more sophisticated",
            "many more layers",
            "more layers",
            "underestimate",
            "underestimated",
            "increases the complexity",
            "increase the complexity",
            "increased the size",
            "increases the size",
            "giant neural network",
            "large amounts of compute",
            "difficult to approximate",
            "hard to approximate",
            "strongly non-linear",
            "non-linearities",
            "nonlinearities",
            "dendritic non-linearities",
            "just as important",
            "known to be important",
            "simplify this a lot",
            "amount of simplification",
            "a simplification",
            "simplification of",
            "useful degrees of freedom",
            "more degrees of freedom",
            "you need thousands",
            "need thousands",
            "more than just one",
            "requires many more",
            "require many more",
            "much deeper",
            "deeper networks",
            "extra complexity",
            "unique architecture",
            "a lot more than",
            "more expensive",
            "costly",
            "squeeze out",
            "is required",
            "was required",
            "were required",
            "required to capture",
            "per biological neuron",
            "more complex functions",
            "wider variety",
            "very complicated",
            "incredibly complicated",
            "more than just",
            "crappier",
            "the only way",
            "a lot more",
            "far more",
            "is not enough",
            "not be enough",
            "larger number of flops",
            "compute increases",
            "increase in required compute",
            "a lot of compute",
            "a lot of computation",
            "a lot of fast computation",
            "computational role",
            "compute intensive",
            "compute-intensive",
            "can not be abstracted",
            "cannot be abstracted",
            # a multiple of the baseline's units or compute ("10 times as many neurons")
            "times as many neurons",
            "times as many units",
            "times as many parameters",
            "times more neurons",
            "times more parameters",
            "times more compute",
            "times as much compute",
            # a large change in the estimate; "won't alter it by orders of magnitude" is negated
            "orders of magnitude",
            # more than a simple unit does, or a cost that grows faster than the synapse count
            "full complexity",
            "special computation",
            "extra computation",
            "additional computation",
            "fairly complicated",
            "quite complicated",
            "pretty complicated",
            "computationally expensive",
            "computationally-expensive",
            "molecular dynamics",
            "scale with the square",
            "scales with the square",
            "scale quadratically",
            "scales quadratically",
        ]
    },
    **{
        p: (DEC, INC, 1.0)
        for p in [
            "can be simplified",
            "be simplified",
            "isn't useful",
            "not useful",
            "overhead",
            "can be ignored",
            "be ignored",
            "waste",
            "cuts off",
            "cut off",
            "cutting off",
            "overestimate",
            "decays",
            "go away",
            "more efficient ways",
            "shaving",
            "flaws",
            "significant flaws",
            "prune",
            "limits the amount of complexity",
            "fewer",
            "less powerful",
            "misleading",
            "skeptical of the importance",
            "skeptical of the necessity",
            "more feasible",
            "be bypassed",
            "reduced to",
            "cheaper",
            "compressed",
            "redundant",
            "redundancy",
            "only need",
            "would only need",
            "unnecessary",
            "not necessary",
            "wouldn't be necessary",
            "tiny fraction",
            "very few",
            "relatively few",
            "few genes",
            "better algorithm",
            "doesn't require",
            "does not require",
            "don't need",
            "do not need",
        ]
    },
    **{
        p: (SAME, INC, 1.0)
        for p in [
            "fairly simple",
            "single synaptic weight",
            "simple models",
            "adequate",
            "won't alter",
            "will not alter",
            "more efficiently emulated",
            "efficiently emulated",
            "in different ways",
            "in a different way",
            "different ways",
            "irrelevant",
            "not terribly relevant",
            "simpler than",
            "average out",
            "averages out",
            "work fine",
            "would work fine",
            "simple artificial neurons",
            "much of an update",
            "constant overhead",
            "remain constant",
            "can be encoded",
            "won't need",
            "wouldn't need",
            "need not",
            "simplified model",
            "not a good way",
            "loose upper bound",
            "upper bound",
            "within an order of magnitude",
            "relatively simple",
            "fairly understandable",
            "very well modeled",
            "simplify this computation",
            "would be very strange",
            "universal function approximator",
            "universal function approximators",
            "universal approximator",
            "universal approximators",
        ]
    },
    # an unknown mechanism the speaker denies ("results do not suggest some unknown mechanism")
    **{p: (UNC, SAME, 1.2) for p in ["unknown", "mysterious"]},
    # an amount of compute counts only as something needed ("would need huge amounts of compute")
    **{
        p: (INC, SAME, 1.0)
        for p in [
            "amount of compute",
            "amounts of compute",
            "amount of computation",
            "amounts of computation",
        ]
    },
    # savings the speaker doubts ("not ... much computational savings") leave the baseline standing
    **{p: (DEC, SAME, 1.0) for p in ["less compute", "computational savings"]},
    **{
        p: (UNC, UNC, 1.2)
        for p in [
            "unclear",
            "not clear",
            "not obvious",
            "don't know",
            "do not know",
            "not known",
            "difficult to determine",
            "hard to determine",
            "open question",
            "in a position to tell",
            "can't tell",
            "cannot tell",
            "be able to tell",
            "hard to have informed views",
            "just a guess",
            "no real results",
            "definitively",
            "far away from being able to evaluate",
            "little evidence",
            "too weak",
            "didn't check",
            "no discussion",
            "uncertain",
            "hard to know",
            "difficult to know",
            "remains to be seen",
            "don't know how much",
            "very little evidence",
            "is not known",
            "isn't known",
            "not much evidence",
            "really don't know",
            "interesting question",
            "think it obvious",
            "shouldn't assume",
            "should not assume",
            "can't say",
            "cannot say",
            "complicate",
            "complicates",
        ]
    },
}
PRIORITY = (UNC, SAME, DEC, INC)
AMOUNTS = {"amount of compute", "amounts of compute", "amount of computation", "amounts of computation"}
REQUIRING = {"need", "require", "take", "involve", "demand", "cost", "consume", "entail"}


def is_required(span: Span) -> bool:
    """Whether an amount is what something needs: the object of a verb of requiring on the path
    up from it ("would need huge amounts of compute"), or what something is done without."""
    token = span.root
    while token.head.i != token.i and token.dep_ in ("dobj", "pobj", "prep", "nsubjpass", "attr", "xcomp"):
        token = token.head
        if token.lemma_ in REQUIRING or token.lower_ == "without":
            return True
    return False


def is_open_question(span: Span) -> bool:
    """Whether the cue sits in a clause asked about rather than asserted ("whether gap junctions
    create more complex interactions", "we don't know whether spike times matter"): a clause on
    the cue's path to the root is introduced by "whether"."""
    token = span.root
    while True:
        if any(child.dep_ == "mark" and child.lower_ == "whether" for child in token.children):
            return True
        if token.head.i == token.i:
            return False
        token = token.head


def effect_of(cues: list[dict[str, Any]]) -> str | None:
    """The effect with the most cue weight in a sentence; ties go by PRIORITY."""
    totals: dict[str, float] = defaultdict(float)
    for cue in cues:
        totals[cue["effect"]] += cue["weight"]
    if not totals:
        return None
    return max(totals, key=lambda effect: (totals[effect], -PRIORITY.index(effect)))


class EffectCues:
    def __init__(self, nlp: Language) -> None:
        self.matcher = phrase_matcher(nlp, CUES)

    def __call__(self, doc: Doc) -> Doc:
        spans, records = [], []
        for span in match_phrases(doc, self.matcher):
            effect, negated_effect, weight = CUES[span.label_]
            if span.label_ in AMOUNTS and not is_required(span):
                continue  # "the huge amount of compute we have nowadays"
            own_negation = any(t.lower_ in ("not", "n't", "no") for t in span)
            if not own_negation and is_negated(span):
                effect = negated_effect
            if effect is None:
                continue
            if effect != UNC and is_open_question(span):
                effect = UNC
            span.label_ = effect
            spans.append(span)
            records.append(
                {
                    "start": span.start_char,
                    "end": span.end_char,
                    "text": span.text,
                    "effect": effect,
                    "weight": weight,
                }
            )
        doc.spans[SPAN_KEY] = spans
        doc.user_data[DATA_KEY] = records
        return doc


@Language.factory("nc_effect", requires=["token.dep"], assigns=["doc.spans"])
def make_effect_cues(nlp: Language, name: str) -> EffectCues:
    return EffectCues(nlp)
