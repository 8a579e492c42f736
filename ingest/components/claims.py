"""Claim detection: which sentences put forward an assertion about the brain, neurons, methods or
compute, as opposed to questions, agenda, pleasantries, anecdotes and navigation text.

A sentence is a claim when it is a declarative clause of some length, is not a question or a
pleasantry, and talks about the domain (a mechanism mention, a quantity or a domain word). The
span is trimmed of bullets, list numbers and transcript prefixes; results go to
``doc.spans["nc_claims"]`` and ``doc.user_data["nc_claims"]`` as doc character offsets.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

SPAN_KEY = "nc_claims"
DATA_KEY = "nc_claims"
MIN_WORDS = 5

LEADING_JUNK = re.compile(r"^(?:\s|[•●◦▪*#>^\-–]|\d{1,2}[.)](?=\s)|\(?[a-z][.)](?=\s)|EDIT:|Edit:|Update:)+")
TRAILING_JUNK = re.compile(r"(?:\s|\[\d{1,3}\])+$")
FINITE = {"VBZ", "VBP", "VBD", "MD"}
PLEASANTRIES = {
    "thank",
    "thanks",
    "sorry",
    "hi",
    "hello",
    "cheers",
    "welcome",
    "congratulation",
    "congrats",
    "nice",
    "great",
    "lol",
    "haha",
    "yes",
    "yeah",
    "ok",
    "okay",
}
NOT_CLAIM = re.compile(
    r"\b(?:let me know|edited (?:my|the) post|click to|sorted by|table of contents|link post|i would welcome|"
    r"please|i'?m going to|i am going to|i want to make|i'?d like to see|i would love|i'?m not an expert|"
    r"disclaimer|happy to correct|more posts like|see my post|see also|for a related post|"
    r"here'?s (?:an? |some )|here is (?:an? |some )|in this post|this post|thanks for|i've edited|"
    r"i have edited|comments? sorted|i haven't read|i can't access|read the paper|i still haven't|"
    r"are available at|i'?m trying to get in contact)\b",
    re.I,
)
# Words that tie a sentence to the brain, neurons, their study or their compute.
DOMAIN = re.compile(
    r"\b(?:neur\w*|brain\w*|synap\w*|dendrit\w*|cortex|cortical|thalam\w*|hippocamp\w*|axon\w*|soma|spik\w*|"
    r"cell\w*|gene\w*|genom\w*|transcript\w*|morpholog\w*|connectom\w*|biolog\w*|biophysic\w*|"
    r"electrophysiolog\w*|e-features?|ephys|patch\w*|nmda|calcium|ions?|channels?|glia\w*|astrocyte\w*|"
    r"receptor\w*|organoid\w*|mouse|mice|fly|flies|worms?|elegans|drosophila|zebrafish|mrna|rna|dna|protein\w*|"
    r"dnns?|anns?|flops?|compute|computation\w*|emulat\w*|simulat\w*|wbe|upload\w*|plasticity|learning|"
    r"intelligence|agi|animals?|neuroscien\w*|neuromodulat\w*|dopamine|serotonin|retina|cochlea|spinal|"
    r"anchors?|layers?|model(?:s|ed|ing|ling)?|complexity)\b",
    re.I,
)


def trimmed(sentence: Span) -> tuple[int, int] | None:
    """Doc character offsets of a sentence without bullets, list marks and surrounding space."""
    text = sentence.text
    lead = LEADING_JUNK.match(text)
    start = lead.end() if lead else 0
    trail = TRAILING_JUNK.search(text)
    end = trail.start() if trail else len(text)
    if end <= start:
        return None
    return sentence.start_char + start, sentence.start_char + end


PERSONAL_VERBS = {
    "want",
    "hope",
    "hate",
    "fear",
    "apologize",
    "love",
    "like",
    "welcome",
    "try",
    "start",
    "work",
    "read",
    "hear",
    "go",
    "admit",
    "care",
    "wonder",
    "wish",
    "plan",
    "look",
    "search",
    "include",
    "mention",
    "edit",
    "write",
    "post",
    "link",
    "bet",
    "spend",
    "enjoy",
    "confuse",
    "puzzle",
}
SETUPS = re.compile(
    r"^(?:suppose|imagine|consider|say we|next,|first of all|good question|does that help)\b", re.I
)


def is_agenda_or_narrative(sentence: Span, text: str) -> bool:
    """Imperatives ("Train a model to ...", "Fix the ..."), the writer's own plans and feelings
    ("I want to ...", "I was shocked to find ..."), talk about the discussion itself ("why you
    think ...", "my post"), a paper's account of what it does ("we introduce a method"), and
    set-ups of a hypothetical ("Suppose that ...")."""
    root = sentence.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    if root.tag_ == "VB" and not subjects and not any(c.dep_ == "aux" for c in root.children):
        return True
    if is_imperative(sentence):
        return True
    conditional = any(c.dep_ == "mark" and c.lower_ in ("if", "when") for c in root.children)
    if any(s.lower_ == "i" for s in subjects) and root.lemma_.lower() in PERSONAL_VERBS and not conditional:
        return True
    if is_personal_state(sentence) or is_about_discussion(sentence, text) or is_self_description(sentence):
        return True
    return bool(SETUPS.match(text))


def is_imperative(sentence: Span) -> bool:
    """A sentence opening with a bare verb and no subject before it: "Fix the ...",
    "Validate/create new ..." (a to-do item; the tagger may miss the first of two slashed verbs)."""
    words = [t for t in sentence if not (t.is_space or t.is_punct and t.text not in ("/",))]
    if len(words) < 2 or not words[0].is_alpha or not words[0].is_title:
        return False
    first, second = words[0], words[1]
    if first.lower_ in NOT_IMPERATIVE:
        return False
    if first.tag_ == "VB" and first.dep_ not in ("aux", "auxpass"):
        return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i for c in first.children)
    return second.text == "/" and len(words) > 2 and words[2].tag_ in ("VB", "VBP")


NOT_IMPERATIVE = {"do", "does", "be", "have", "please"}  # questions, and handled elsewhere
# The writer's state of mind about themself, not about the domain ("I am confident about my
# understanding", "I was shocked to find"): a stance word with a claim in it ("skeptical of the
# importance of X", "convinced that X") is not in this list.
FEELINGS = {
    "shocked",
    "surprised",
    "confident",
    "sure",
    "confused",
    "worried",
    "disillusioned",
    "interested",
    "excited",
    "happy",
    "glad",
    "sad",
    "afraid",
    "curious",
    "familiar",
    "fan",
    "frustrated",
    "puzzled",
    "grateful",
    "aware",
}


def is_personal_state(sentence: Span) -> bool:
    """ "I was personally shocked to find ...", "I'm not sure if ...", "I am not a fan of ...":
    the writer's feelings or state, with no second clause of its own that asserts something
    ("I'm not sure how much, but it could easily be 10x" keeps its claim)."""
    root = sentence.root
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "i" for c in root.children):
        return False
    states = [root, *(c for c in root.children if c.dep_ in ("acomp", "attr", "oprd"))]
    if not any(t.lower_ in FEELINGS or t.lemma_.lower() in FEELINGS for t in states):
        return False
    return not any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "expl") for g in c.children)
        for c in root.children
    )


ADDRESSEE_VERBS = {"think", "believe", "mean", "say", "propose", "suggest", "argue", "point", "claim", "make"}
DISCUSSION = re.compile(
    r"\b(?:your|my) (?:\w+ )?(?:post|comment|reply|remark|question|proposal|plan|critique|language|background)s?\b|"
    r"\bin the post\b|\bto be (?:\w+ )?clear\b|\bgood points?\b|\bcore disagreement\b",
    re.I,
)


def is_about_discussion(sentence: Span, text: str) -> bool:
    """Talk about the exchange rather than the brain: what the other party thinks or said ("why you
    think ...", "what you meant when you said ..."), someone's post or comment, "to be clear"."""
    if DISCUSSION.search(text):
        return True
    return any(
        token.lower_ == "you"
        and token.dep_ == "nsubj"
        and token.head.lemma_.lower() in ADDRESSEE_VERBS
        and not _conditional(token.head)
        for token in sentence
    )


def _conditional(token: Token) -> bool:
    """Whether a verb is (inside) an "if"/"when" clause: "if you think of it as ..." is generic."""
    while True:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "when", "unless") for c in token.children):
            return True
        if token.head is token:
            return False
        token = token.head


SELF_DESCRIPTION = {"provide", "introduce", "present", "propose", "describe", "develop", "outline", "offer", "discuss"}


def is_self_description(sentence: Span) -> bool:
    """A paper's or post's account of what it does ("we introduce a systematic approach to ..."),
    as opposed to what it found."""
    root = sentence.root
    return root.lemma_.lower() in SELF_DESCRIPTION and any(
        c.dep_ == "nsubj" and c.lower_ == "we" for c in root.children
    )



ARITHMETIC = re.compile(r"\d\s*[*×/+^]\s*[\d(][^=]*=")


def is_claim(sentence: Span, text: str, bears_on_compute: bool = False, has_quantity: bool = False) -> bool:
    """A declarative, non-narrative sentence about the domain: it names the brain, neurons, their
    study or compute, states a quantity, or bears on the compute needed (an effect cue)."""
    words = [t for t in sentence if t.is_alpha]
    if ARITHMETIC.search(text) and len(words) < MIN_WORDS:
        return False  # a worked sum ("200,000*10/4 = 500,000 minutes"): a step, not a claim
    if has_quantity and len(words) >= 1 and not text.rstrip().endswith("?"):
        return not NOT_CLAIM.search(text) and not is_agenda_or_narrative(sentence, text)  # "~200,000 neurons"
    if len(words) < MIN_WORDS:
        return False
    if text.rstrip(" )\"”'’").endswith("?"):
        return False
    if not any(t.tag_ in FINITE for t in sentence):
        return False  # headings and list fragments: "Learning from connectomics on the fly"
    if words[0].lemma_.lower() in PLEASANTRIES or words[0].lower_ in PLEASANTRIES:
        return False
    if NOT_CLAIM.search(text):
        return False
    if re.search(r"https?://|www\.", text) and len(words) < 12 or text.endswith(":"):
        return False
    if is_agenda_or_narrative(sentence, text):
        return False
    return bears_on_compute or has_quantity or bool(DOMAIN.search(text))


class ClaimDetector:
    def __call__(self, doc: Doc) -> Doc:
        spans, records = [], []
        marked = {t.i for span in doc.spans.get("nc_effect", []) for t in span}
        counted = {t.i for span in doc.spans.get("nc_quantities", []) for t in span}
        for sentence in doc.sents:
            bounds = trimmed(sentence)
            if bounds is None:
                continue
            text = doc.text[bounds[0] : bounds[1]]
            if not is_claim(
                sentence, text, any(t.i in marked for t in sentence), any(t.i in counted for t in sentence)
            ):
                continue
            span = doc.char_span(bounds[0], bounds[1], label="CLAIM", alignment_mode="expand")
            if span is not None:
                spans.append(span)
            records.append({"start": bounds[0], "end": bounds[1]})
        doc.spans[SPAN_KEY] = spans
        doc.user_data[DATA_KEY] = records
        return doc


@Language.factory(
    "nc_claims", requires=["token.pos", "token.is_sent_start", "doc.spans"], assigns=["doc.spans"]
)
def make_claim_detector(nlp: Language, name: str) -> ClaimDetector:
    return ClaimDetector()
