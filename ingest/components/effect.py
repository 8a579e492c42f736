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
from spacy.tokens import Doc, Span, Token

from ingest.components.cues import is_negated, match_phrases, phrase_matcher

SPAN_KEY = "nc_effect"
DATA_KEY = "nc_effect"

INC, DEC, SAME, UNC = "increases", "decreases", "no_major_change", "uncertain"
SUFFICING = [
    "would suffice",
    "should suffice",
    "would be sufficient",
    "should be sufficient",
    "would be enough",
    "should be enough",
    "works well",
    "work well",
    "works surprisingly well",
    "work surprisingly well",
    "works fairly well",
]
# phrase -> (effect, effect when negated or None, weight). Uncertainty cues stay uncertain when
# negated ("not definitively", "not known").
CUES: dict[str, tuple[str | None, str | None, float]] = {
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
            "underestimates",
            "underestimating",
            # a count or a model that leaves out what matters: "event-based accounting would undercount",
            # "a point-neuron model is too simple"
            "undercount",
            "undercounts",
            "undercounting",
            "too simple",
            "too simplistic",
            "understate",
            "understates",
            "understated",
            "understating",
            # state a model must now carry: "facilitation adds state to each synapse"
            "adds state",
            "add state",
            "extra state",
            "extra variables",
            "extra state variables",
            "additional state",
            "costs a factor of",
            "cost a factor of",
            "missing a lot",
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
            "an order of magnitude",
            "order-of-magnitude",
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
            "level of sophistication",
            "sophisticated forms",
            # how interview notes and speech put "more than the baseline"
            "more compute",
            "more flop/s",
            "more flops",
            "many more parameters",
            "many more units",
            "matter a lot",
            "matters a lot",
            "like a deep network",
            "like a whole network",
            "dominate the compute",
            "dominates the compute",
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
            "overestimated",
            "overestimates",
            "overestimating",
            "overcount",
            "overcounts",
            # the same job done at a fraction of the cost: "most of the way for a small fraction of the cost"
            "fraction of the cost",
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
            "not needed",
            "not required",
            "no need to",
            "no need for",
            "overkill",
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
            "simple set of",
            "very simple models",
            "simple computations",
            "simple operations",
            # coupled cells modelled as one unit need no extra units
            "treated as one",
            "treated as a single",
            "modeled as one",
            "modelled as one",
            "modeled as a single",
            "modelled as a single",
            # a bounded or negligible addition ("there are limits to the degree of complexity")
            "limits to the degree",
            "limits to the complexity",
            "limits to the amount",
            "negligible",
            "success story",
            "play no role",
            "plays no role",
            "no significant role",
            "no major role",
            "good approximation",
            "good enough approximation",
            "minor correction",
            "small correction",
            "minor effect",
            "small compared to",
            "too slow to",
            # what costs little to add to a model ("slow things are cheap to simulate")
            "cheap to model",
            "cheap to simulate",
            "cheap to compute",
            "cheap to update",
            "cheap to implement",
            "cheap relative to",
            "are cheap",
            "is cheap",
            "not a large cost",
            "not a big cost",
            "a small cost",
            "less than an order of magnitude",
            # an addition bounded at a small factor ("glia add less than a factor of two", "would not
            # more than double the total cost"), or lost in the estimate's own spread
            "add less than",
            "adds less than",
            "adding less than",
            "add no more than",
            "adds no more than",
            "not more than double",
            "no more than double",
            "at most double",
            "inside the noise",
            "within the noise",
            # a small share added to the budget ("ephaptic effects add a small fraction to the budget",
            # "glia add a few percent"), or small beside the rest
            "add a small fraction",
            "adds a small fraction",
            "add only a small fraction",
            "adds only a small fraction",
            "add a few percent",
            "adds a few percent",
            "small in comparison",
            "small by comparison",
        ]
    },
    # an addition beyond a bound: "if glia add more than 2x" (denied: "surprised if glia add more than 2x")
    **{p: (INC, SAME, 1.0) for p in ["add more than", "adds more than", "adding more than"]},
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
            # mechanisms still to be found ("plasticity will continue to surprise us")
            "surprise us",
            "somewhere between",
            "nobody knows",
            "no one knows",
            "no idea",
        ]
    },
    # a position between two views ("thinks of himself as somewhere in between X and Y") outweighs
    # the cues inside the views it names
    "somewhere in between": (UNC, UNC, 3.0),
    # a neural part said to be plainly simple ("circuits in the spinal cord are very simple"), only
    # as what the sentence says of such a part (not "the tasks are very simple")
    **{p: (SAME, INC, 1.0) for p in ["very simple", "pretty simple", "quite simple", "extremely simple"]},
    # a model judged good enough, again only said of a neural part ("a point neuron model would suffice")
    **{p: (SAME, INC, 1.0) for p in SUFFICING},
    # what one needs to model, denied, is less than the baseline needs ("you don't need to model")
    **{
        p: (INC, DEC, 1.0)
        for p in ["need to model", "need to simulate", "need to capture", "need to include"]
    },
}
# words that bear on the estimate only when denied ("spike timing doesn't matter much",
# "it would not change the estimate much")
DENIED_ONLY = [
    # "she does not think modelling these cascades would add much to the budget"
    "add much",
    "adds much",
    "add that much",
    "adds that much",
    "add very much",
    "matter much",
    "matters much",
    "matter that much",
    "matter very much",
    "important",
    "change the estimate",
    "change the picture",
    "alter the estimate",
    "affect the estimate",
    "changes the estimate",
    "changes the picture",
    "alters the estimate",
    "affects the estimate",
]
# "would not move her estimates much", "does not expect these data to change her estimates"
_ESTIMATE_VERBS = (
    "change",
    "changes",
    "alter",
    "alters",
    "affect",
    "affects",
    "move",
    "moves",
    "shift",
    "shifts",
)
_ESTIMATES = (
    "estimates",
    "the estimates",
    "the estimate",  # "very unlikely to move the estimate by 10x", "barely move the number"
    "the number",
    "the total",
    "compute estimates",
    "the compute estimate",
    "the overall estimate",
)
_OWNERS = ("her", "his", "their", "my", "our", "your")
DENIED_ONLY += [
    f"{verb} {owner} {noun}"
    for verb in _ESTIMATE_VERBS
    for owner in _OWNERS
    for noun in ("estimate", "estimates", "compute estimate", "compute estimates")
] + [f"{verb} {noun}" for verb in _ESTIMATE_VERBS for noun in _ESTIMATES]
CUES.update({p: (None, SAME, 1.0) for p in DENIED_ONLY})
# said of a neuron, circuit, model or the like only ("the tasks are too simple" bears on nothing)
SIMPLE = {"very simple", "pretty simple", "quite simple", "extremely simple", "too simple", "too simplistic"}
SIMPLE |= set(SUFFICING)
NEURAL_PARTS = {
    "neuron",
    "cell",
    "synapse",
    "dendrite",
    "circuit",
    "channel",
    "spine",
    "axon",
    "network",
    "brain",
    "computation",
    "model",
    "abstraction",
    "approximation",
    "rule",
    "unit",
    "cortex",
    "retina",
}


def says_of_neural_part(span: Span) -> bool:
    """Whether a predicate ("are very simple", "works well") is said of a neuron, circuit, model
    or the like."""
    root = span.root
    head = root.head if root.dep_ in ("acomp", "attr") else root if root.pos_ in ("VERB", "AUX") else None
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")] if head is not None else []
    words = {
        w.lemma_.lower() for s in subjects for w in (s, *(c for c in s.children if c.dep_ == "compound"))
    }
    return bool(words & NEURAL_PARTS)


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


KNOWING = {"don't know", "do not know", "really don't know"}
COSTS = {"cheaper", "more expensive", "costly", "overhead", "computationally expensive"}
ENERGY = {"energetically", "metabolically"}
ORGANISMS = {"brain", "organism", "animal", "cell", "neuron", "evolution", "biology"}


RAISING = {
    "increase",
    "raise",
    "boost",
    "inflate",
    "multiply",
    "double",
    "triple",
    "quadruple",
    "add",
    "dominate",
}
# verbs that move what they act on as "up" or "down" says: "the estimate would go up", "it pulls the
# central estimate down", "pushes the cost up"
DIRECTED = {"go", "pull", "push", "bring", "drive", "move", "knock", "adjust"}
LOWERING = {"reduce", "lower", "decrease", "cut", "shrink", "halve", "lessen", "save"}
COMPUTE_NOUNS = {
    "compute",
    "computation",
    "estimate",
    "cost",
    "requirement",
    "flop",
    "flops",
    "flop/s",
    "budget",
    "figure",  # "raises the central figure"
    "total",  # "raises the cerebellar total tenfold"
}


def direction(verb: Token) -> str | None:
    """ "up" or "down" said of a verb of ``DIRECTED`` or of its object, unless denied ("pulls the
    estimate down, not up" goes down)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for token in [*verb.children, *(c for o in objects for c in o.children)]:
        if token.lower_ in ("up", "down") and token.dep_ in ("prt", "advmod"):
            if not any(c.dep_ == "neg" for c in token.children):
                return token.lower_
    return None


# a compute verb's effect; denied ("won't increase the estimate much") it leaves compute as it was
VERB_CUES: dict[str, tuple[str | None, str | None, float]] = {INC: (INC, SAME, 1.0), DEC: (DEC, SAME, 1.0)}


def compute_verbs(doc: Doc, taken: set[int]) -> list[tuple[Span, str]]:
    """Verbs that move compute up or down, found on the parse: a raising or lowering verb whose
    object, or whose subject when it has none ("the estimate would go up"), is compute, a compute
    estimate, cost or budget ("would increase the required compute", "reduces the estimate")."""
    found = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.i in taken:
            continue
        towards = direction(verb) if verb.lemma_ in DIRECTED else None
        if verb.lemma_ in RAISING or towards == "up":
            effect = INC
        elif verb.lemma_ in LOWERING or towards == "down":
            effect = DEC
        else:
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objects and verb.lemma_ != "add":
            objects = [c for c in verb.children if c.dep_ == "nsubj"]
        for noun in objects:
            words = {noun.lemma_.lower(), noun.lower_} | {
                c.lower_ for c in noun.children if c.dep_ == "compound"
            }
            if words & COMPUTE_NOUNS:
                found.append((doc[verb.i : verb.i + 1], effect))
                break
    return found


def compute_levels(doc: Doc, taken: set[int]) -> list[tuple[Span, str]]:
    """Levels said of compute or an estimate of it: higher means more, lower less, and "too
    high" an overestimate ("expects the required FLOP/s to be much higher", "this estimate is too
    high")."""
    found = []
    for token in doc:
        if token.lower_ not in ("high", "higher", "low", "lower") or token.i in taken:
            continue
        if token.dep_ not in ("acomp", "oprd", "attr"):
            continue
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        words = {w.lower_ for s in subjects for w in (s, *s.children)} | {s.lemma_.lower() for s in subjects}
        if not words & COMPUTE_NOUNS:
            continue
        up = token.lower_.startswith("high")
        if any(c.lower_ == "too" for c in token.children):
            up = not up  # an estimate too high overstates what is needed
        found.append((doc[token.i : token.i + 1], INC if up else DEC))
    return found


def is_aside(span: Span) -> bool:
    """Whether "I don't know" is a spoken aside with nothing it fails to know ("one of, I don't
    know, 20 ways"), not a statement that something is unknown."""
    know = span.root
    if know.dep_ == "parataxis":
        return True
    objects = [c for c in know.children if c.dep_ in ("ccomp", "dobj", "xcomp", "prep", "advcl", "attr")]
    before = span.doc[span.start - 2] if span.start >= 2 else None
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        not objects and before is not None and before.text == "," and after is not None and after.text == ","
    )


def is_biological_cost(span: Span) -> bool:
    """Whether a cost is the organism's energy or resources ("energetically cheaper", "more
    expensive for the brain"), not the compute needed to match the brain."""
    for child in span.root.children:
        if child.lower_ in ENERGY:
            return True
        if child.lower_ == "for" and any(g.lemma_ in ORGANISMS for g in child.children):
            return True
        clause = {g.dep_: g for g in child.children} if child.dep_ == "advcl" else {}
        if "mark" in clause and clause["mark"].lower_ == "for" and clause.get("nsubj") is not None:
            return clause["nsubj"].lemma_ in ORGANISMS  # "more expensive for the brain to build"
    return False


def describes_cue(span: Span, taken: set[int]) -> bool:
    """Whether the cue sits in a relative clause describing another cue's noun ("a constant
    overhead that can be ignored"): that cue already says what the noun does to compute."""
    token = span.root
    for _ in range(4):
        if token.dep_ == "relcl":
            return token.head.i in taken
        if token.head.i == token.i or token.dep_ in ("ccomp", "advcl", "conj"):
            return False
        token = token.head
    return False


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
        matches = match_phrases(doc, self.matcher)
        taken = {t.i for span in matches for t in span}
        verbs = compute_verbs(doc, taken) + compute_levels(doc, taken)
        for span, moved in verbs:
            span.label_ = moved
        for span in sorted([*matches, *(span for span, _ in verbs)], key=lambda s: s.start):
            effect, negated_effect, weight = CUES.get(span.label_) or VERB_CUES[span.label_]
            if span.label_ in AMOUNTS and not is_required(span):
                continue  # "the huge amount of compute we have nowadays"
            if span.label_ in SIMPLE and not says_of_neural_part(span):
                continue
            if span.label_ in KNOWING and is_aside(span):
                continue
            if span.label_ in COSTS and is_biological_cost(span):
                continue
            others = {t.i for other in matches if other is not span for t in other}
            if describes_cue(span, others):
                continue
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
