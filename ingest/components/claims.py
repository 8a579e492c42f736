"""Claim detection: which sentences put forward an assertion about the brain, neurons, methods or
compute, as opposed to questions, agenda, pleasantries, anecdotes and navigation text.

A sentence is a claim when it is a declarative clause of some length; is not a question, a
pleasantry, an imperative or to-do item, the writer's feelings or plans, talk about the discussion
itself ("my post", "why you think"), a paper's account of what it does, a worked sum or a
cut-off fragment; is not a hypothetical (an "if"/"suppose" case or a "would"/"could" main
clause) unless it bears on compute or states a regularity ("if the time constant is short, only recent
spikes matter"); is not the speaker's story, self-portrait or remark on the question, a set-up
("Let's say ..."), an exclamation, a lone "Because ..." clause or the tail of a quotation; and
talks about the domain (a mechanism mention, a quantity, an effect cue or a domain word; generic
words such as "model" only right after such a sentence).
The span is trimmed of bullets, list numbers and transcript prefixes; results go to
``doc.spans["nc_claims"]`` and ``doc.user_data["nc_claims"]`` as doc character offsets. A segment's
first sentence that would be a claim only after talk about the domain is marked ``leans_on_previous``,
and ``doc.user_data["nc_ends_on_domain"]`` says whether the segment's last sentence is about the
domain: the extractor keeps a marked sentence only after a segment that ended on the domain.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ingest.questions import asks_by_word_order

SPAN_KEY = "nc_claims"
DATA_KEY = "nc_claims"
# whether the segment's last sentence is about the domain: the next segment's opening may lean on it
ENDS_ON_DOMAIN_KEY = "nc_ends_on_domain"
MIN_WORDS = 5
LONG_SENTENCE = 12  # words; a heading or list fragment is shorter ("Many models focus on ..." read as nouns)

LEADING_JUNK = re.compile(
    r"^(?:\s|[•●◦▪*#>^\-–]|\d{1,2}[.)](?=\s)|\(?[a-z][.)](?=\s)|EDIT:|Edit:|Update:|"
    # a transcript's stage direction: "[laughs] That's fine, ..."
    r"(?i:\[(?:laughs?|laughter|laughing|crosstalk|inaudible|pause|music|applause|chuckles?|sighs?)\]))+"
)
TRAILING_JUNK = re.compile(r"(?:\s|\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰])+$")  # a footnote mark: "[3]", "²"
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
    r"please(?! correct me)|i'?m going to|i am going to|i want to make|i'?d like to see|i would love|"
    r"i'?m not an expert|"
    # the speaker's own limits: "She stressed that she is not a computational neuroscientist"
    r"(?:is|was|am|i'?m|are) not an? (?:\w+ ){0,2}(?:expert|neuroscientist|modell?er|theorist|specialist|"
    r"physicist|biologist)|"
    r"creative commons|all rights reserved|licensed under|"
    r"disclaimer|happy to correct|more posts like|see my post|see also|for a related post|"
    r"here'?s (?:an? |some )|here is (?:an? |some )|in this post|this post|thanks for|i've edited|"
    r"i have edited|comments? sorted|i haven't read|i can't access|read the paper(?! as\b)|i still haven't|"
    r"are available at|i'?m trying to get in contact|get in (?:contact|touch) with|"
    r"my (?:\w+ )?(?:goal|aim|intention) is|my background is|"
    r"i (?:don['’]?t|do not) have the [\w/-]+ background|epistemic status|"
    # next steps of the conversation: "suggested that Mr. X speak with researchers ...", "follow up by email"
    r"(?:speak|talk) (?:with|to) (?:someone|somebody|researchers|people|experts|colleagues)|"
    r"follow up (?:by|with|on)|"
    r"thanks to (?:\w+ ){0,3}(?:friends?|colleagues?|reviewers?|everyone|people|readers?)|"
    # the conversation's logistics: "offered to send Mr. X a list of references", "pointed Mr. X to a
    # talk", "A follow-up call planned for March was moved to May", "A recording is available through"
    r"(?:offered|agreed|promised) to (?:send|share|forward|introduce|connect|put)|"
    r"put (?:him|her|them) in touch|"
    # the interviewer's agenda: "Mr. Carlsmith explained that he was interested in whether ..."
    r"(?:he|she|they) (?:was|were|is|are) interested in (?:whether|how|what|why|(?:\w+ )?questions?\b)|"
    r"open philanthropy (?:is|was) (?:trying|hoping|aiming) to|"
    r"(?:was|is|were|would be) happy to "
    r"(?:discuss|talk|chat|help|answer|share|look at|read|review|comment on)|"
    # a joke or a story told, not a view put forward: "She joked that ...", "tells students this story"
    r"(?:joked|quipped)|(?:tells?|told|telling) (?:\w+ ){0,2}(?:the|this|that|a) story|"
    # the interviewer describing the project: "Mr. Carlsmith explained that the broader project sorts ..."
    r"explained (?:that )?(?:the|his|her) (?:broader |wider |overall )?(?:project|investigation)|"
    r"(?:pointed|referred|directed) (?:mr|ms|mrs|dr|prof)\.? [A-Z][\w-]+ to|"
    r"(?:call|conversation|meeting|discussion|interview)s? (?:\w+ ){0,6}(?:was |were )?(?:planned|scheduled|"
    r"moved|postponed|rescheduled|took place)|"
    r"(?:is|are) available (?:through|on|at|from) (?:the|his|her|their)|"
    # "she needed to leave a few minutes before the hour", "Mr. X thanked Dr. Y for her time"
    r"(?:needed|had|has|needs) to (?:leave|go|hop off|drop off) (?:early|a few|\w+ minutes)|"
    r"thanked (?:\w+\.? ){1,3}for (?:his|her|their|your) time|"
    # the conversation's agenda: "Mr. Carlsmith opened by describing the project and listing the topics"
    r"(?:opened|began|started) by (?:describing|listing|explaining|outlining|introducing)|"
    r"(?:topics|questions) (?:he|she|they|we) hoped to (?:cover|discuss)|"
    r"it\s+would\s+be\s+(?:nice|good|great|interesting|useful)\s+to|"
    # the show's own logistics: "we're going to take a quick break here"
    r"take an? (?:quick |short |little )?break\b|"
    # the writer's own comment announced or signed off: "Fair warning that this is going to be long",
    # "Corrections are very welcome", "The lab website is ..., and I'm on Bluesky"
    r"fair warning|corrections? (?:are |is )?(?:very |always |most )?welcome|(?:lab|my|our) website|"
    r"i'?m on (?:bluesky|blue sky|twitter|mastodon)|"
    # an announcement of what comes next, not what it says: "Here is why the neuron count is
    # misleading.", "One more rough number since nobody has done it yet: storage for a mouse."
    r"^\W*here(?:'s| is) (?:why|how|where)\b|"
    r"^\W*one more (?:\w+ )?(?:number|thing|point|note|comment)\b(?![^:]*:(?:\s+\S+){6}))\b",
    re.I,
)
# Words that tie a sentence to the brain, neurons, their study or their compute. Generic words
# ("model", "layers", "complexity", "simulate") are left out: a transistor model is not about the
# brain. A mechanism mention from the vocabulary (other than "other") also ties a sentence.
DOMAIN = re.compile(
    r"\b(?:neur\w*|brain\w*|synap\w*|dendrit\w*|cortex|cortical|thalam\w*|hippocamp\w*|axon\w*|soma|spik\w*|"
    r"cells?|cellular|gene|genes|genetic\w*|genom\w*|transcript\w*|morpholog\w*|connectom\w*|biolog\w*|"
    r"biophysic\w*|electrophysiolog\w*|e-features?|ephys|patch\w*|nmda|calcium|ions?|ion-channels?|glia\w*|"
    r"astrocyte\w*|receptor\w*|organoid\w*|mouse|mice|fly|flies|worms?|elegans|drosophila|zebrafish|mrna|rna|"
    r"dna|protein\w*|dnns?|anns?|snns?|flops?|compute|wbe|upload\w*|plasticity|neuroscien\w*|neuromodulat\w*|"
    r"dopamine|serotonin|retina\w*|cochlea\w*|spinal|sensory|animals?|excitatory|inhibitory|interneurons?|pyramidal|"
    r"cerebell\w*|striat\w*|basal ganglia|purkinje|amygdala|brainstem|time[- ]?steps?|working memory|"
    r"rodents?|primates?|macaques?|monkeys?|rats?|"
    # regions and the ways they are imaged: "the left hemisphere", "what we capture with f MRI"
    r"neocort\w*|prefrontal|frontal|parietal|occipital|temporal lobes?|cerebral|hypothalam\w*|hemispheres?|"
    r"(?:grey|gray|white) matter|aphasi\w*|lesions?|f ?mri|eeg|ecog|intracranial|electrodes?|"
    r"language models?|llms?|transformers?|"  # the machines the brain is weighed against
    # the visual system: "V1 is doing something much richer", "RGCs adjust their gain", "no rods at all"
    r"visual|v[1-5]|rgcs?|photoreceptors?|rods|cones|fovea\w*|"
    r"inhibition)\b",
    re.I,
)
# A sentence that opens with a condition ("If you model resistors as ...", "Even if ...") states
# a hypothetical, not what the speaker holds; it counts only when it bears on compute (an effect cue,
# or a number outside the condition: "if ..., you'd need 10 times as many neurons").
CONDITIONAL_OPENING = re.compile(
    r"^(?:\W*(?:but|and|so|then|also|again|indeed|by the same token|e\.g\.|for example|as an example),?\s+)?"
    r"(?:even |only )?"
    r"(?:if(?! i (?:recall|remember|understand|read)\b| i'?m not mistaken| i had to\b| pressed\b| forced\b|"
    r" (?:you|someone) (?:forced|pushed|pressed) me\b| i'?m (?:being )?honest\b)|unless|suppose|supposing|"
    r"assuming|granted)\b",
    re.I,
)
# A concession ("Even if X, Y", "Granted X, but Y", "Assuming X, Y") answers a case someone else
# raised: a move in an argument, never a regularity the speaker states. ("Just because X doesn't
# mean Y" denies an inference: a claim of its own.)
CONCESSION = re.compile(r"^(?:\W*(?:but|and|so),?\s+)?(?:even if|assuming|granted)\b", re.I)
# Parameters a figure measures that belong to the brain or its compute (not a bare count, a
# duration or a factor): "0.1 to 1 hertz" is a spike rate even with no word of the domain near it.
DOMAIN_PARAMETER = re.compile(
    r"neuron|synap|cell|spike|flop|power|layers per|branch|receptor|channel|compartment", re.I
)
WEAK_TOPICS = {"other", "methodology"}  # too general to tie a sentence to the brain on their own
# Notes report the interviewee's judgement of the point just made ("Dr. Lee thinks this argument is
# weaker than it looks", "She is not confident in either end of that range", "This sounded like a
# reasonable classification to Prof. Lee", "Dr. Lee responded that there is a real correlation"):
# a claim about that point, in context
REPORTED_JUDGEMENT = re.compile(
    r"^(?:(?:however|but|still|overall|nonetheless),?\s+)?"
    r"(?:(?:(?:dr|prof|professor|mr|ms|mrs)\.? [A-Z][\w-]+|she|he)\s+(?:also\s+)?"
    # "She does not think this generalises well.": a denial is as much a judgement
    r"(?:(?:does|did) not |doesn['’]t |didn['’]t )?"
    r"(?:thinks?|thought|suspects?|believes?|expects?|agreed|agrees|feels|felt|finds|responded|replied|answered|"
    r"countered)\s+(?:(?:strongly|broadly|partly|largely|fully|completely)\s+)?(?:that\s+|with\s+)?"
    r"(?:this|that|the|it|these|such|there)\b|"
    # "She finds Kar et al. (2019) fairly convincing on this point."
    r"(?:(?:dr|prof|professor)\.? [A-Z][\w-]+|she|he)\s+(?:also\s+)?(?:finds|found)\b[^;]{0,80}?\b"
    r"(?:convincing|persuasive|compelling|plausible|unconvincing|unpersuasive)\b|"
    # "Dr. Lee's view is that the answer depends on the system", "Her own guess is toward the upper end"
    r"(?:(?:dr|prof|professor)\.? [A-Z][\w-]+['’]s|her|his)(?: own)? (?:view|guess|sense|impression|"
    r"intuition|position|best guess) is\b|"
    # "In her view it is mostly important, and also mostly cheap."
    r"in (?:(?:dr|prof|professor)\.? [A-Z][\w-]+['’]s|her|his)(?: own)? "
    r"(?:view|opinion|estimation|experience)\b|"
    r"(?:she|he|(?:dr|prof|professor)\.? [A-Z][\w-]+) is (?:not |fairly |quite |very |less |more )?"
    r"(?:confident|sure|certain|skeptical|convinced)\b|"
    r"(?:this|that|it) (?:sounded|seemed|seems|sounds) (?:like )?(?:a |an )?[\w-]+(?: [\w-]+)? to "
    r"(?:dr|prof|professor|mr|ms|her|him)\b)",
    re.I,
)
# Words about the domain only when the talk around them is ("the models leave out ..." after a
# sentence about neurons; not "my model can treat the transistor as a switch").
GENERIC_DOMAIN = re.compile(
    r"\b(?:model(?:s|ed|ing|ling)?|layers?|complexity|computation\w*|simulat\w*|emulat\w*|learning|"
    r"intelligence|agi|anchors?|experiment\w*|papers?|field|non-?linear\w*|"
    r"systems?|pulses?|signals?|information|algorithms?|networks?|representations?|dynamics|gradients?|tasks?)\b",
    re.I,
)
# A supposition ("For example, suppose that I want to model a transistor.") and the sentences that
# draw its consequences ("Then my model can be simple.") state a hypothetical case.
SUPPOSITION = re.compile(r"^.{0,60}?\b(?:suppose|supposing|imagine|let'?s say|let’s say|assume)\b", re.I)
# A transcript turn is one unbroken paragraph: there "let's say ..." does not last the whole answer,
# only while its case goes on (a supposition or consequence at most this many sentences back).
SUPPOSED_SENTENCES = 4
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n[\s\d.)•*-]*$")  # a blank line, then at most a list mark
CONSEQUENCE = re.compile(r"^(?:\W*(?:and|but|so),?\s+)?then\b", re.I)
# Right after a supposition or its consequence, "It ..." goes on with the supposed case ("Suppose
# some SNP changes X. It makes Y more active, ...").
CONTINUATION = re.compile(r"^(?:\W*(?:and|but|so),?\s+)?it\b", re.I)
# Parts of an engineered device used as an analogy ("model the MOSFET as a switch"): a sentence
# about them alone, with no word of the domain, is about the analogy, not the brain.
ANALOGY_VEHICLE = re.compile(
    r"\b(?:ICs?|(?i:transistors?|mosfets?|integrated circuits?|resistors?|capacitors?|logic gates?))\b"
)
INCOMPLETE_END = {"AUX", "ADP", "DET", "CCONJ", "SCONJ", "PRON"}


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
    r"^(?:(?:suppose|imagine|consider|say we|next,|first of all|good question|does that help)\b|"
    r"(?:the|my) (?:idea|point|trick|gist) is(?: something like)?\s*[,:])",  # re-explaining a point
    re.I,
)
# A story announced as one ("As an anecdote, ...", "Anecdotally,") or someone's background in the
# third person ("Dr. Lee trained as a physicist", "She described herself as ..."): about the person
BACKGROUND = re.compile(
    r"^(?:as an (?:anecdote|aside)|anecdotally|by way of background|for (?:some )?background)\b|"
    r"^(?:(?:dr|prof|professor|mr|ms|mrs)\.? [A-Z][\w-]+|she|he)\s+"
    r"(?:originally |first )?(?:trained (?:originally |first |initially )?(?:as|in)|"
    r"did (?:her|his) (?:phd|postdoc|doctorate)|"
    r"(?:described|describes) (?:herself|himself|her career|his career)|began (?:her|his) career|"
    # "She also teaches the graduate course in sensory systems", "He sits on the advisory board of ..."
    r"(?:also )?(?:teaches|taught|sits on|sat on|serves on|served on|chairs|chaired)\b|"
    r"(?:runs|ran|leads|led|heads|headed) (?:a|the|her|his) (?:lab|laboratory|group)\b)\b|"
    r"^(?:her|his) (?:doctoral|phd|postdoctoral|graduate|undergraduate) (?:work|research|training|thesis)\b|"
    # "Her lab develops simulation methods ...", "Before joining the institute in 2014, she was ...": a
    # career and its lab's line of work, not a view
    r"^(?:her|his|their) (?:lab|laboratory|group|team)['’]s (?:current |main |own )?(?:work|research) "
    r"(?:focuses|is focused|centres|centers|is)\b|"
    # "For the past eight years her lab has studied neurovascular coupling"
    r"^(?:(?:for|over|in|during|since) [^,]{0,40}?,?\s+)?"
    r"(?:her|his|their) (?:lab|laboratory|group|team)(?: at [A-Z][\w-]+)?,? (?:has |have )?"
    r"(?:also |now |currently )?"
    r"(?:develops|builds|studies|studied|works on|worked on|focuses on|focused on|specializes in|"
    r"specialises in|uses|combines|collaborates with)\b|"
    r"^(?:a|the|one) (?:\w+ )?(?:part|focus|strand|theme|line) of (?:(?:dr|prof|professor|mr|ms|mrs)\.? "
    r"[A-Z][\w-]+['’]s|her|his) (?:own )?(?:research|work)\b|"
    r"^(?:before|after|prior to) (?:joining|moving to|coming to|starting (?:at|her|his))\b|"
    # a writer's own standing: "Developmental neurobiologist here, so ...", "I come at this from the ML side"
    r"^\W*(?:[\w/-]+ ){0,2}[a-z-]{3,}(?:ist|ian|er|or)\s+here\b|\b(?:i come|coming) at this from\b",
    re.I,
)


def is_agenda_or_narrative(sentence: Span, text: str) -> bool:
    """Imperatives ("Train a model to ...", "Fix the ..."), the writer's own plans and feelings
    ("I want to ...", "I was shocked to find ..."), talk about the discussion itself ("why you
    think ...", "my post"), a paper's account of what it does ("we introduce a method"), and
    set-ups of a hypothetical ("Suppose that ..."), and reported questions ("Mr. Carlsmith asked
    about ...")."""
    root = sentence.root
    words = [t for t in sentence if t.is_alpha]
    said = words[1:] if words and words[0].lower_ in ("so", "and", "now") else words
    if len(said) > 1 and said[0].lower_ == "call" and said[1].lower_ == "it":
        return False  # "(So) call it well under 1% of the baseline": a figure, not an order
    if len(said) > 1 and said[0].lower_ == "say" and (said[1].like_num or said[1].lower_ in ("a", "an")):
        return False  # "So say a thousand FLOPs per millisecond, that's ...": a figure put forward
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    if root.lemma_.lower() in ASKING and subjects and not has_own_conjunct(root):
        return True
    # "..., give or take." hedges the figures before it; it orders nothing
    hedge = root.lower_ == "give" and sentence.doc[root.i + 1 : root.i + 3].text.lower() == "or take"
    # "Run it at 1 kHz and you are at 10^9 FLOP/s": a case and what it yields, not an order
    yields = any(c.dep_ == "conj" and c.i > root.i and _says_what_you_get(c) for c in root.children)
    order = not hedge and not yields
    if root.tag_ == "VB" and not subjects and not any(c.dep_ == "aux" for c in root.children) and order:
        return True
    if is_imperative(sentence) and order:
        return True
    conditional = any(c.dep_ == "mark" and c.lower_ in ("if", "when") for c in root.children)
    if is_personal(root) and not conditional and not has_own_conjunct(root, besides=is_personal):
        return True  # "I fear X, I fear Y, but I don't fear Z": every clause is the writer's own
    if is_call_for_work(root):
        return True
    if (
        is_personal_state(sentence)
        or is_self_portrait(sentence)
        or is_about_discussion(sentence, text)
        or is_self_description(sentence)
    ):
        return True
    return bool(SETUPS.match(text) or BACKGROUND.match(text))


ASKING = {"ask", "inquire", "enquire", "wonder"}


def is_personal(verb: Token) -> bool:
    """A clause about the writer's own wants, feelings or doings ("I fear ...", "I want ..."); not
    the figure the writer goes with ("I usually go with ten to the fifteen")."""
    if verb.lemma_.lower() in ("go", "stick") and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.like_num for g in c.subtree) for c in verb.children
    ):
        return False
    return verb.lemma_.lower() in PERSONAL_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "i" for c in verb.children
    )


# Work someone should do: "there should be a project trying to ...", "this ought to be validated on
# more cells" call for research; they assert nothing about the brain ("there should be about 10^14
# synapses" and "morphology must be extracted" do).
WORK_NOUNS = {
    "project",
    "effort",
    "study",
    "program",
    "programme",
    "initiative",
    "investigation",
    "experiment",
    "attempt",
    "push",
    "benchmark",
    "database",
}
WORK_VERBS = {
    "validate",
    "test",
    "check",
    "study",
    "explore",
    "investigate",
    "verify",
    "replicate",
    "confirm",
    "examine",
    "characterize",
    "characterise",
    "fund",
    "pursue",
    "repeat",
    "benchmark",
}


def is_call_for_work(root: Token) -> bool:
    """A call for research to be done, with "should"/"ought to" (see WORK_NOUNS)."""
    modal = any(c.lower_ in ("should", "ought") for c in (root, *root.children) if c.tag_ == "MD")
    if not modal:
        return False
    if any(c.dep_ == "expl" for c in root.children):
        return any(c.dep_ == "attr" and c.lemma_.lower() in WORK_NOUNS for c in root.children)
    done = [root, *(c for c in root.children if c.dep_ == "xcomp")]
    return any(v.tag_ == "VBN" and v.lemma_.lower() in WORK_VERBS for v in done)


def is_imperative(sentence: Span) -> bool:
    """A sentence opening with a bare verb and no subject before it: "Fix the ...",
    "Validate/create new ..." (a to-do item; the tagger may miss the first of two slashed verbs)."""
    words = [t for t in sentence if not (t.is_space or t.is_punct and t.text not in ("/",))]
    if len(words) < 2 or not words[0].is_alpha or not words[0].is_title:
        return False
    first, second = words[0], words[1]
    if first.lower_ in NOT_IMPERATIVE:
        return False
    if first.tag_ == "VB" and first.dep_ in ("ROOT", "csubj", "ccomp"):
        return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i for c in first.children)
    return second.text == "/" and len(words) > 2 and words[2].tag_ in ("VB", "VBP")


def _says_what_you_get(verb: Token) -> bool:
    """A clause "you are at / you get / you're about ..." after an imperative: what the case yields."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("you", "we") for c in verb.children)


NOT_IMPERATIVE = {"do", "does", "be", "have", "please", "let"}  # questions; "let's say" sets up a figure
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
    "advocate",
    "frustrated",
    "puzzled",
    "grateful",
    "aware",
    "upset",
    "annoyed",
    "disappointed",
    "impressed",
    "amazed",
    "embarrassed",
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
    if is_confident_denial(root):
        return False  # "I'd be really surprised if you needed more than 10^18": a bound, not a feeling
    return not has_own_conjunct(root) and not holds_a_clause(states)


def is_confident_denial(root: Token) -> bool:
    """ "I would be surprised if X", "Above 10^20, I'd be surprised": a counterfactual feeling about
    X (or a range) that denies it."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in root.children) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        or c.dep_ == "prep" and c.lower_ in ("above", "over", "beyond", "below", "under")
        for c in root.children
    )


def holds_a_clause(states: list[Token]) -> bool:
    """Whether a stance of certainty carries its claim ("I'm fairly confident a synapse needs ...",
    "I'm sure that ..."), unlike a doubt ("I'm not sure if ...") or a feeling ("I was shocked to find")."""
    if any(c.dep_ == "neg" for t in states for c in t.children):
        return False
    return any(
        t.lower_ in CERTAIN
        and any(
            c.dep_ == "ccomp" and not any(m.lower_ in ("if", "whether") for m in c.children)
            for s in states
            for c in s.children
        )
        for t in states
    )


CERTAIN = {"confident", "sure", "convinced", "certain", "aware"}


def main_clauses(sentence: Span) -> list[Token]:
    """The root and the clause a stance verb carries ("I think/feel like <clause>")."""
    root = sentence.root
    carried = [
        c
        for c in root.children
        if c.dep_ in ("ccomp", "advcl")
        and c.pos_ in ("VERB", "AUX")
        and not any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
    ]  # "If I had to bet, I'd say X": the condition is not what the stance carries
    return [root, *carried] if root.lemma_.lower() in STANCE | {"feel"} else [root]


def is_self_portrait(sentence: Span) -> bool:
    """What the speaker is ("I'm a neuroscientist by training", "I feel like I'm not enough of a
    geneticist to answer that"): about themself, not the domain."""
    for clause in main_clauses(sentence):
        if clause.lemma_.lower() != "be" or not any(
            c.dep_ == "nsubj" and c.lower_ == "i" for c in clause.children
        ):
            continue
        if any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in clause.children) or any(
            c.dep_ == "acomp" and c.lower_ == "enough" for c in clause.children
        ):
            return not has_own_conjunct(clause)
    return False


def has_own_conjunct(
    root: Token, story: bool = False, besides: Callable[[Token], bool] | None = None
) -> bool:
    """Whether a clause has a conjoined clause with its own subject ("..., but I found a paper
    that ..."), which may assert something even when the first clause does not. In a ``story``
    a conjunct in the past tense goes on with it ("I presented it and six people were interested");
    conjuncts for which ``besides`` holds are of the same kind as the root and do not count."""
    return any(
        c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ in ("nsubj", "expl") for g in c.children)
        and not (story and goes_on_with_story(c))
        and not (besides and besides(c))
        for c in root.children
    )


def goes_on_with_story(verb: Token) -> bool:
    """A conjoined clause in the past tense or about the narrator ("..., but when I looked I could
    not find them"), unless it reports a finding ("..., and I found that ...")."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    if verb.lemma_.lower() in NARRATIVE_EXCEPTIONS and not negated:
        return False
    return is_past(verb) or any(c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children)


def is_past(verb: Token) -> bool:
    """A verb in the simple past, also negated or progressive ("I didn't know", "I was reading")."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lemma_.lower() in ("do", "be")
        for c in verb.children
    )


def is_first_person_singular(subject: Token) -> bool:
    """ "I", or a noun of the speaker's own ("my dad", "my PhD"): the subject of their story."""
    return subject.lower_ == "i" or any(c.dep_ == "poss" and c.lower_ == "my" for c in subject.children)


ADDRESSEE_VERBS = {"think", "believe", "mean", "say", "propose", "suggest", "argue", "point", "claim", "make"}
DISCUSSION = re.compile(
    r"\bin the post\b(?![-'’])|\bto be (?:\w+ )?clear\b|\bgood points?\b|\bcore disagreement\b|\bof mine\b|"
    r"\bquestions? i have\b|\bmy question\b|\bwhat i(?:'m| am) not (?:clear|sure) (?:on|about)\b|"
    r"\bi (?:\w+ ){0,2}want to see\b|\bi dunno\b|"
    # an indirect question ("I'm wondering if you have ..."), what the writer has in mind ("I'm mainly
    # thinking of ...") or a correction of their own words ("I also didn't claim that ...")
    r"\bi(?:['’]m| am) (?:\w+ )?wondering (?:if|whether)\b|\bi wonder (?:if|whether)\b|"
    r"\bi(?:['’]m| am) (?:\w+ )?thinking (?:of|about)\b|\b(?:when|what) you (?:say|said|wrote|meant)\b|"
    r"\bi(?: also)?(?: didn['’]t| did not| never| don['’]t| do not| am not|['’]m not) (?:\w+ )?"
    r"(?:claim|claiming|say|saying|mean|meaning|suggest|suggesting)\b",
    re.I,
)
# Conversational openers: "Hmm, I guess ...", "Ah, but that's OK", "So yeah ..."
INTERJECTIONS = {"hmm", "hm", "ah", "oh", "wow", "yeah", "yep", "nope", "huh", "um", "uh", "interesting"}
DISCUSSION_NOUNS = {
    "post",
    "comment",
    "reply",
    "remark",
    "question",
    "proposal",
    "plan",
    "critique",
    "argument",
}

TALK_NOUNS = {"question", "comment", "remark"}
LINKING_VERBS = {"be", "sound", "seem", "look"}


def complements(verb: Token) -> list[Token]:
    """What a linking verb says its subject is: "be an X", "sound (to me) like an X"."""
    out = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("like", "as")):
        out += [c for c in prep.children if c.dep_ == "pobj"]
    return out


def is_about_discussion(sentence: Span, text: str) -> bool:
    """Talk about the exchange rather than the brain: what the other party thinks or said ("why you
    think ...", "what you meant when you said ..."), someone's post or comment, "to be clear"."""
    if DISCUSSION.search(text):
        return True
    for clause in main_clauses(sentence):
        if (
            clause.lemma_.lower() in LINKING_VERBS
            and any(c.dep_ == "nsubj" and c.lower_ in ("that", "it", "this") for c in clause.children)
            and any(t.lemma_.lower() in TALK_NOUNS | DISCUSSION_NOUNS for t in complements(clause))
        ):
            return True  # "that would be a really interesting question", "it sounds like an argument for X"
    root = sentence.root
    main = {root.i, *(c.i for c in root.children if c.dep_ == "ccomp")}
    for token in sentence:
        if token.lower_ == "you" and token.dep_ == "nsubj" and token.head.i == root.i:
            if root.lemma_.lower() in ADDRESSEE_VERBS and not _conditional(root):
                return True  # "you believe a neuron is ...", "you make good points"
        if (
            token.lemma_.lower() in DISCUSSION_NOUNS
            and token.dep_ in ("nsubj", "nsubjpass", "dobj")
            and token.head.i in main
            and any(c.dep_ == "poss" and c.lower_ in ("your", "my") for c in token.children)
        ):
            return True  # "my main argument in the post is ...", "your proposed plan has merit"
    return False


def _conditional(token: Token) -> bool:
    """Whether a verb is (inside) an "if"/"when" clause: "if you think of it as ..." is generic."""
    while True:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "when", "unless") for c in token.children):
            return True
        if token.head.i == token.i:
            return False
        token = token.head


SELF_DESCRIPTION = {
    "provide",
    "introduce",
    "present",
    "propose",
    "describe",
    "develop",
    "outline",
    "offer",
    "discuss",
}


def is_self_description(sentence: Span) -> bool:
    """A paper's or post's account of what it does ("we introduce a systematic approach to ..."),
    as opposed to what it found."""
    root = sentence.root
    return root.lemma_.lower() in SELF_DESCRIPTION and any(
        c.dep_ == "nsubj" and c.lower_ == "we" for c in root.children
    )


# Spoken conversation (interviews, podcasts): musings that put nothing forward ("I don't know if
# that's true", "I can't remember who did this", "who knows"), remarks on the talk itself ("that's
# a good question", "sorry to interrupt") and a bare verdict ("That's really interesting.").
MUSING = re.compile(
    r"\b(?:i (?:just |really |honestly )?(?:don'?t|do not) know"
    r"(?: (?:if|whether|how|what|why|who|that)\b|\W*$)|"
    r"i can'?t remember|who knows|sorry to interrupt|i'?m sorry if|(?:that'?s|it'?s) a (?:really )?"
    r"(?:good|great|fair|hard|interesting|tough) (?:question|point|comment)|let'?s not get into|"
    r"we don'?t have to (?:go|get) (?:down|into)|i feel like i'?m getting sidetracked|"
    r"^\W*(?:(?:and|but|so|because|well)\W+)*(?:we|i)(?:'ve| have| were| was)? (?:just |already )?"
    r"(?:talked|talking) about\b|"  # "We were just talking about how ...": the talk itself
    r"^\W*(?:(?:and|but|so|well)\W+)*(?:in the old days|back in the day|back then)\b)",  # a story's time
    re.I,
)
BARE_VERDICT = re.compile(
    r"^\W*(?:(?:and|but|so|yeah|well|oh|i mean|i think),?\s+)*(?:(?:it|that|this)(?:'s| is| was) "
    r"(?:(?:really|quite|super|so|also|just|very|actually|kind of|pretty) )*"
    r"(?:interesting|fascinating|cool|great|fun|exciting|amazing|sad|true|right|fair|hard|annoying)\b[^,;]{0,25}|"
    # a bare admission with nothing it is about: "I mean, I really don't know."
    r"i\W+(?:(?:really|genuinely|just|honestly|simply)\W+)?(?:don['’]?t|do\W+not)\W+know"
    r"(?:\W+(?:anymore|for sure|honestly))?\W*)$",  # (\W+: a transcript's line prefix may fall in between)
    re.I,
)
# A pointer back at what was just said, with nothing of its own ("But this is how the brain does it.",
# "that's why it matters"): its content is the previous sentence.
DEICTIC_VERDICT = re.compile(
    r"(?:^|[,;]\s*)(?:(?:and|but|so|well|i think|just|not just),?\s+)*(?:it'?s not just )?"
    r"(?:this|that)(?:'s| is| was) (?:(?:just|exactly|basically|really|also|not) )*"
    r"(?:how|why|what|where)\b[^,;]{0,40}\b(?:it|that|this|them)\W*$",
    re.I,
)
# Back-channels a speaker opens a turn with ("Yeah, no, I think ...", "Oh, right. Like ...").
SPOKEN_OPENER = re.compile(
    r"^(?:(?:(?:so|and|but|well),?\s+)?"
    r"(?:yeah|yes|yep|no|nope|oh|okay|ok|right|exactly|definitely|sure|absolutely|um|uh|mm|hmm)\s*[,.!]\s+)+",
    re.I,
)
TALK_VERBS = {"talk", "mention"}  # the speakers' own talk: "as I've mentioned", "we were talking about"
NARRATIVE_EXCEPTIONS = {
    "find",
    "show",
    "estimate",
    "calculate",
    "measure",
    "observe",
    "demonstrate",
    "discover",
    "count",
    "record",
    "compute",
    "simulate",
    "trace",
}  # "I found that ...", "I estimated ...", "I counted 302 neurons": a finding, not a story


def is_conversational(sentence: Span, text: str) -> bool:
    """Talk in a conversation that puts forward no claim: a musing or remark on the talk, a bare
    verdict, the speaker's own story ("I went to NeurIPS in 2009", "I read about that") and what the
    other party did or said ("you have been studying ...", "you mentioned to me ...")."""
    # an aside ("that paper, I can't remember, showed ...") and a hedge with a point after it
    # ("I don't know if this is true, but maybe ...") still put something forward
    aside = re.sub(r",\s*i (?:just )?(?:can'?t remember|don'?t know),", ",", text, flags=re.I)
    musing = MUSING.search(aside)
    point_after = musing and re.search(r",\s*but\s+(?:\S+\s+){6}", aside[musing.end() :], re.I)
    if musing and not point_after or BARE_VERDICT.match(text) or DEICTIC_VERDICT.search(text):
        return True
    root = sentence.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in root.children)
    # "we're talking seconds, sometimes tens of seconds" gives an amount, not talk about the talk
    amounting = root.lemma_.lower() == "talk" and any(c.dep_ == "dobj" for c in root.children)
    if root.lemma_.lower() in TALK_VERBS and any(s.lower_ in ("i", "we") for s in subjects) and not amounting:
        return perfect or is_past(root) or root.tag_ == "VBG"  # "so I've talked about X and how I love it"
    for clause in main_clauses(sentence):  # also "I think I was on the way to that until I read ..."
        told = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        recent = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)
        if any(is_first_person_singular(s) for s in told) and is_past(clause) and not recent:
            finding = clause.lemma_.lower() in NARRATIVE_EXCEPTIONS or is_credence(clause)
            return not finding and not has_own_conjunct(clause, story=True)
    feeling = any(c.dep_ == "acomp" and c.lower_ in FEELINGS for c in root.children)
    possessive = perfect and root.lower_ == "got"  # "then you've got 10^12 synaptic events per second"
    told_by_you = any(s.lower_ == "you" for s in subjects)
    if told_by_you and (root.tag_ == "VBD" or perfect or feeling) and not possessive:
        return not _conditional(root)  # "you mentioned ...", "you're also interested in X"
    return False


CREDENCE_VERBS = {"put", "give", "assign", "place"}
ODDS = re.compile(r"%|\b(?:percent|chance|odds|probability|credence)\b", re.I)


def is_credence(verb: Token) -> bool:
    """ "I put maybe 5% on X", "I give it a 10% chance": odds the speaker gives now (the verb's form
    reads as a past tense), not a story."""
    return verb.lemma_.lower() in CREDENCE_VERBS and any(
        c.dep_ in ("dobj", "dative", "npadvmod", "attr") and ODDS.search(" ".join(t.text for t in c.subtree))
        for c in verb.children
    )


def is_reason_fragment(sentence: Span) -> bool:
    """A sentence that is only a "Because ..." clause: the reason for what came before, stated
    without a main clause of its own ("Just because X doesn't mean Y" has one)."""
    words = [t for t in sentence if t.is_alpha]
    root = sentence.root
    return (
        bool(words)
        and words[0].lower_ == "because"
        and any(c.dep_ == "mark" and c.i == words[0].i for c in root.children)
    )


def is_quotation_tail(text: str) -> bool:
    """A sentence ending a quotation opened in an earlier sentence ('Our model is P% accurate."'): a
    piece of someone's (often an imagined) utterance, not the writer's own sentence."""
    end = text.rstrip()
    if end.endswith("”"):
        return "“" not in end
    return end.endswith('"') and end.count('"') == 1


LETS_SUPPOSE = re.compile(
    r"^(?:(?:and|but|so|or|now),?\s+)?let['’]?s (?:say|suppose|assume|imagine|pretend)\b", re.I
)
VOTE = re.compile(r"^\W{0,3}\+1\b")
HOLDS_A_VIEW = re.compile(r"\b(?:thinks?|believes?|suspects?|best guess|(?:her|his) view)\b", re.I)
# the lead of a list: "... include:", "Dr. X made two points about the cerebellum:", "for several reasons:"
LIST_LEAD = re.compile(
    r"\b(?:as follows|the following|following|include|includes|including|such as|e\.g\.)\s*:$|"
    r"\b(?:offered|gave|said|suggested|proposed) the following\W*$|"  # "..., but offered the following."
    r"\b(?:two|three|four|five|several|a few|a couple of|various|a number of|some|these) (?:[\w-]+ ){0,2}"
    r"[\w-]+s\b.*:$",
    re.I | re.S,
)
CITED_TITLE = re.compile(r"\(\d{4}[a-z]?\)\.\s*$")  # the year of a reference, right before its title
# a reference names its authors by surname and initials ("Okafor, A., Lindqvist, H."); a citation in
# prose ("mouse work such as Stringer et al. (2019).") is followed by a sentence, not a title
AUTHOR_INITIALS = re.compile(r"\b[A-Z][\w'’-]+,\s*(?:[A-Z]\.\s*)+")
# a reference's authors and year, its title to follow: "1 Izhikevich, E. M. (2004).", "Lindqvist, A. and
# Haller, T. (2018)."
_AUTHOR = r"[A-Z][\w'’-]+(?:,\s*(?:[A-Z]\.\s*)+)?"
REFERENCE_HEAD = re.compile(
    rf"^\W*\d{{0,3}}\s*{_AUTHOR}(?:(?:,|,?\s+and|\s*&)\s+(?:[A-Z]\.\s*)*{_AUTHOR})*(?:,?\s+et al\.?)?,?"
    r"\s*\(\d{4}[a-z]?\)\.?\s*$"
)
# the journal, volume and pages that end a reference: "*Neuron*, 109(17), 2727-2739."
JOURNAL_TAIL = re.compile(
    r"^\W*[A-Z][A-Za-z .&:-]{1,50}?\W*,\s*\d+\s*(?:\(\d+(?:[-–]\d+)?\))?\s*,\s*\d+(?:\s*[-–]\s*\d+)?\W*$"
)
ARITHMETIC = re.compile(r"\d\s*[*×/+^]\s*[\d(][^=]*=")


DISCLAIMER_THEN = re.compile(r"^[^.;:!?]*?[,;)]\s*but\s+(?P<rest>.+)$", re.S)
# a clause of its own before the housekeeping part, which a conjunction joins on at the end
CLAIM_BEFORE = re.compile(r"^(?P<claim>.+?)(?:,|;)\s*(?:and|but|so)\s+(?:[^,;]*)$", re.S)


def is_housekeeping(text: str) -> bool:
    """Talk about the post, the thread or the writer ("I'm not an expert", "see also", "thanks
    for ..."), unless a "but" goes on to say something of its own: in "I'm not an expert, but
    this paper sequenced RNA from 4,000,000 neurons" the finding is the claim."""
    match = NOT_CLAIM.search(text)
    if match is None:
        return False
    before = CLAIM_BEFORE.match(text[: match.start()])
    claim = before.group("claim") if before else ""
    if len(claim.split()) >= LONG_SENTENCE // 2 and not NOT_CLAIM.search(claim):
        return False  # "X is no order-of-magnitude change, ..., and I'd like to see it handled separately"
    then = DISCLAIMER_THEN.match(text[match.end() :])
    rest = then.group("rest") if then else ""
    return not (len(rest.split()) >= MIN_WORDS and not NOT_CLAIM.search(rest))


def is_claim(
    sentence: Span,
    text: str,
    bears_on_compute: bool = False,
    has_quantity: bool = False,
    mentions_mechanism: bool = False,
    in_context: bool = False,
    bears_outside_condition: bool | None = None,
    measures_domain: bool = False,
    runs_on: bool = False,
    states_magnitude: bool = False,
) -> bool:
    """A declarative, non-narrative sentence about the domain: it names the brain, neurons, their
    study or compute (a domain word or a mechanism of the vocabulary), states a quantity, or bears
    on the compute needed (an effect cue). Hypotheticals count only with an effect cue or a
    quantity outside their condition (`bears_outside_condition`; by default anywhere). A sentence that
    `runs_on` from another in its paragraph is prose, not a heading, even if no verb was tagged. A
    verbless figure that `states_magnitude` (a factor, a share, a big count) answers the talk before it
    when that was about the domain (`in_context`): "Roughly, yeah, maybe five to ten times."."""
    if bears_outside_condition is None:
        bears_outside_condition = bears_on_compute or has_quantity
    words = [t for t in sentence if t.is_alpha]
    if VOTE.match(text):
        return False  # "+1 to the animal comparison point": a vote, not a claim
    if LIST_LEAD.search(text) and not HOLDS_A_VIEW.search(text):
        return False  # the lead of a list ("Factors that could raise it by an order of magnitude include:");
        # not a view with its list ("She thinks inhibition is more demanding in two ways:")
    if ARITHMETIC.search(text) and len(words) < MIN_WORDS:
        return False  # a worked sum ("200,000*10/4 = 500,000 minutes"): a step, not a claim
    if ANALOGY_VEHICLE.search(text) and not DOMAIN.search(text):
        return False  # "the switch model is accurate along the one axis that matters for IC functioning"
    supposed = CONDITIONAL_OPENING.match(text) and not is_general_conditional(sentence)
    if supposed and not CONCESSION.match(text) and turns_to_own_view(sentence):
        supposed = False
    if (supposed or is_potential(sentence)) and not bears_outside_condition:
        return False
    if is_incomplete(sentence, text):
        return False  # "if we can't model an organoid we could" (a list follows)
    if is_quotation_tail(text):
        return False  # 'Our model is P% accurate."': a piece of an utterance quoted or imagined
    if is_reason_fragment(sentence):
        return False  # "Because we're sending messages from neuron to neuron.": a reason with no main clause
    asks = text.rstrip().endswith("?") or asks_by_word_order(text)  # Whisper drops question marks
    if has_quantity and len(words) >= 1 and not asks:
        if not any(t.tag_ in FINITE for t in sentence) and not (
            measures_domain
            or (in_context and states_magnitude)
            or is_relevant(text, bears_on_compute, False, mentions_mechanism)
        ):
            return False  # a bare figure with nothing it counts ("Fortunately, five to 10 years."); a
            # figure in a unit of the domain counts something ("Probably around 0.1 to 1 hertz.")
        return not (  # "~200,000 neurons"; not "I presented it and about six people came"
            is_housekeeping(text)
            or is_agenda_or_narrative(sentence, text)
            or is_conversational(sentence, text)
        )
    if len(words) < MIN_WORDS:
        return False
    if asks or text.rstrip(" )\"”'’").endswith(("?", "!")):
        return False  # a question, or an exclamation ("Interestingly, the cortex does do this!")
    # its verb may be tagged a noun ("Gap junctions act as low-pass filters.": "act" NN)
    full_sentence = text.endswith(".") and (len(words) >= LONG_SENTENCE or runs_on)
    if not any(t.tag_ in FINITE for t in sentence) and not full_sentence:
        return False  # headings and list fragments: "Learning from connectomics on the fly"
    if words[0].lemma_.lower() in PLEASANTRIES or words[0].lower_ in PLEASANTRIES:
        return False
    if (
        words[0].lower_ in INTERJECTIONS
        or len(words) > 1
        and words[0].lower_ == "so"
        and words[1].lower_ in INTERJECTIONS
    ):
        return False
    if is_housekeeping(text) or LETS_SUPPOSE.match(text):
        return False  # "Let's say you don't need to ..." sets up a case ("Let's say it's 100,000" a figure)
    if is_conversational(sentence, text):
        return False
    if re.search(r"https?://|www\.", text) and len(words) < 12:
        return False
    if text.endswith(":") and len(words) < LONG_SENTENCE:
        return False  # a heading or a short lead; a whole view may end on its reasons' colon ("Her best
        # guess is that the brain uses far more neurons than any minimal model needs, for reasons:")
    if is_agenda_or_narrative(sentence, text):
        return False
    return is_relevant(text, bears_on_compute, has_quantity, mentions_mechanism) or (
        in_context and bool(GENERIC_DOMAIN.search(text) or REPORTED_JUDGEMENT.match(text))
    )


def measures_the_domain(quantity: dict[str, Any]) -> bool:
    """A figure of the brain or its compute (neurons, synapses, spikes, FLOPs, ...), by its parameter."""
    return bool(DOMAIN_PARAMETER.search(quantity.get("parameter") or ""))


MAGNITUDE_UNITS = {"x", "%", "ratio", "times", "percent", "fold"}


def is_magnitude(quantity: dict[str, Any]) -> bool:
    """A factor, a share or a count of a million or more: what an answer in a talk about compute
    states ("Maybe five to ten times.", "In humans, about 15 million."), unlike a duration or a date."""
    values = [v for v in (quantity.get("low"), quantity.get("high"), quantity.get("best")) if v is not None]
    unit = (quantity.get("unit") or "").lower().split()
    return bool(unit) and unit[0] in MAGNITUDE_UNITS or bool(values) and max(values) >= 1e6


def is_relevant(text: str, bears_on_compute: bool, has_quantity: bool, mentions_mechanism: bool) -> bool:
    """Whether a sentence is itself about the brain, neurons, their study or compute."""
    return bears_on_compute or has_quantity or mentions_mechanism or bool(DOMAIN.search(text))


POTENTIAL = {"would", "could", "'d", "wouldn't", "couldn't"}
# "if you look, you see/find that ...": the generic "you" reporting what anyone finds
FINDING_VERBS = {"see", "find", "notice", "observe", "discover"}
HEDGED = {"might", "may", "should"}


def turns_to_own_view(sentence: Span) -> bool:
    """ "If it matters, you might need X, but she does not think that this would add much": after the
    supposed case, a "but" clause whose subject is the speaker (I, we, or he/she in notes) says
    what the speaker holds ("..., but you can't upload anyone" stays in the supposed case)."""
    root = sentence.root
    if not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in root.children):
        return False
    return any(
        c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ == "nsubj" and g.lower_ in ("i", "we", "he", "she") for g in c.children)
        and not any(g.dep_ == "aux" and g.lower_ in POTENTIAL for g in c.children)
        for c in root.children
    )


def is_general_conditional(sentence: Span) -> bool:
    """A conditional that states a regularity, not a supposed case: its main clause is indicative
    (no "would"/"could"/"might") and either reports what anyone finds ("if you do the analysis, you
    see that ...") or is itself about the domain ("if it's 100 ms, only recent spikes matter"); a
    verdict on the case ("If we learn X, that's fine") or a main clause about an analogy is not."""
    conditions = [
        c
        for c in sentence
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "when") for m in c.children)
    ]
    if not conditions:
        return False
    # the clause the opening condition belongs to: the root, or the clause before a colon ("If you care
    # about timing, coarse steps introduce artifacts: spikes get aligned to the grid")
    root = sentence.root
    head = conditions[0].head
    if head != root and any(t.text in (":", ";") for t in sentence.doc[head.i : root.i]):
        root = head
    conditions = [c for c in root.children if c in conditions]
    if not conditions:
        return False
    if CONCESSION.match(sentence.text) or any(
        c.dep_ == "aux" and c.lower_ in POTENTIAL | HEDGED for c in root.children
    ):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in ("you", "one") for c in root.children):
        return root.lemma_.lower() in FINDING_VERBS  # "..., you get AGI": what you could do in the case
    inside = {t.i for c in conditions for t in c.subtree}
    main = [t for t in sentence if t.i not in inside]
    named = {
        t.i
        for span in sentence.doc.spans.get("nc_mechanisms", [])
        if span.label_ not in WEAK_TOPICS
        for t in span
    }
    return any(t.i in named or DOMAIN.fullmatch(t.text) for t in main)


# "I would say", "one could point out", "he would be surprised if": a stance, hedged, not a possibility
STANCE = {
    "say",
    "argue",
    "guess",
    "think",
    "expect",
    "bet",
    "suspect",
    "point",
    "predict",
    "surprised",
    "shocked",
    "surprise",
    "shock",
    "astonished",
}
# a figure or credence the speaker commits to, with "I"/"we": "I'd describe it as ...", "I'd give it a
# 10% chance", "I'd land at 2-5x" (not "you'd put a little input in the tuft", a supposed case)
COMMITTING = {"describe", "call", "characterize", "characterise", "put", "give", "land", "estimate"}
# how the speaker weighs a view, with "I/we would": "I'd discount it", "I'd lean towards ...", "I'd
# doubt that" ("we could push on that" is a plan: only "would" weighs)
WEIGHING = {"discount", "lean", "side", "agree", "disagree", "doubt", "caution", "prefer", "favor", "favour"}


# "If I had to bet, it would be that ...": the speaker's hedge, not a supposed case; its "would" commits
HEDGING_CONDITION = re.compile(
    r"^\W*(?:(?:but|and|so|well),?\s+)?if (?:i (?:had|have|were) to (?:bet|guess|choose|pick|say)|pressed|"
    r"forced|(?:you|someone) (?:forced|pushed|pressed) me)\b",
    re.I,
)


GUESS_NOUNS = {"guess", "estimate", "bet", "number", "answer", "intuition", "instinct", "sense"}


def _owned(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in noun.children)


def is_potential(sentence: Span) -> bool:
    """A main clause in the conditional mood ("Doing more experiments would fill gaps", "We could
    have good models"): a possibility or a plan, not what the speaker holds to be so."""
    if HEDGING_CONDITION.match(sentence.text):
        return False
    root = sentence.root
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in GUESS_NOUNS and _owned(c) for c in root.children):
        return False  # "My central guess would be maybe ten to thirty": the "would" hedges a figure
    if root.lemma_.lower() in STANCE or any(
        c.dep_ in ("acomp", "xcomp", "ccomp") and c.lemma_.lower() in STANCE for c in root.children
    ):
        return False
    first_person = any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in root.children)
    if first_person and root.lemma_.lower() in COMMITTING:
        return False
    if (
        first_person
        and root.lemma_.lower() in WEIGHING
        and any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in root.children)
    ):
        return False  # "For computation, I'd discount it.", "I'd lean towards the low end": a stance
    return any(c.dep_ == "aux" and c.lower_ in POTENTIAL for c in root.children)


def is_incomplete(sentence: Span, text: str) -> bool:
    """A sentence cut off at either end: a lowercase start with no subject for its verb, or no
    closing punctuation and a last word that needs more ("we could", "the", "of")."""
    words = [t for t in sentence if not t.is_space]
    root = sentence.root
    if (
        words
        and words[0].is_lower
        and root.tag_ in ("VBZ", "VBD", "VBP")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children)
    ):
        return True  # "stands even if ...": the rest of a sentence whose subject came before a list
    if not words or text.rstrip()[-1:] in ".!?:;)\"”'’":
        return False
    return words[-1].pos_ in INCOMPLETE_END or words[-1].tag_ == "MD"


TERMINAL = re.compile(r"[.!?…][\"”'’)\]]*\s*$")


def sentence_pieces(doc: Doc) -> Iterator[tuple[Span, Span]]:
    """Each of the doc's sentences with the whole sentence it belongs to: the parser sometimes cuts
    a sentence with no closing punctuation from a piece on the same line that starts in lowercase
    ("Even if we can get by with ... (the view of X) | how should we get them ...?")."""
    group: list[Span] = []
    for sentence in doc.sents:
        if group:
            gap = doc.text[group[-1].end_char : sentence.start_char]
            first = next((t for t in sentence if not t.is_space), None)
            joins = "\n" not in gap and first is not None and first.is_lower and first.is_alpha
            if not joins:
                yield from _with_whole(doc, group)
                group = []
        group.append(sentence)
        if TERMINAL.search(sentence.text):
            yield from _with_whole(doc, group)
            group = []
    yield from _with_whole(doc, group)


def _with_whole(doc: Doc, group: list[Span]) -> Iterator[tuple[Span, Span]]:
    if group:
        whole = doc[group[0].start : group[-1].end]
        for piece in group:
            yield piece, whole


CONDITION_WORDS = {"if", "unless", "suppose", "supposing", "assuming", "granted"}


def condition_tokens(sentence: Span, text: str) -> set[int]:
    """The token indices of the condition a sentence opens with ("Even if we can get by with a few
    thousand template neurons, ..."): a figure or cue inside it belongs to the supposed case."""
    if not CONDITIONAL_OPENING.match(text):
        return set()
    opener = next((t for t in sentence if t.lower_ in CONDITION_WORDS), None)
    if opener is None:
        return set()
    clause = opener.head if opener.dep_ == "mark" else opener
    if clause == sentence.root:
        return set()  # the parse did not separate the condition from the main clause
    return {t.i for t in clause.subtree}


SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")


def runs_on(text: str, start: int) -> bool:
    """Whether the sentence starting at ``start`` follows another within its paragraph (not a
    heading or list item, which stand on their own lines)."""
    before = text[max(0, start - 200) : start]
    return bool(SENTENCE_END.search(before)) and not PARAGRAPH_BREAK.search(before)


def quantity_tokens(doc: Doc, keep: Callable[[dict[str, Any]], bool]) -> set[int]:
    """Indexes of the tokens of the quantities ``keep`` accepts."""
    return {
        t.i
        for record in doc.user_data.get("nc_quantities", [])
        if keep(record)
        and (span := doc.char_span(record["start"], record["end"], alignment_mode="expand")) is not None
        for t in span
    }


class ClaimDetector:
    def __call__(self, doc: Doc) -> Doc:
        spans, records = [], []
        marked = {t.i for span in doc.spans.get("nc_effect", []) for t in span}
        counted = {t.i for span in doc.spans.get("nc_quantities", []) for t in span}
        # figures of the brain or its compute: "0.1 to 1 hertz", "tens of megawatts"
        measuring = quantity_tokens(doc, measures_the_domain)
        # a factor, a share or a big count: "Maybe five to ten times.", "About 15 million."
        magnitudes = quantity_tokens(doc, is_magnitude)
        named = {
            t.i for span in doc.spans.get("nc_mechanisms", []) if span.label_ not in WEAK_TOPICS for t in span
        }
        previous_relevant = supposing = hypothetical_before = False
        opening = True  # no sentence of the segment has been read yet
        supposed_for = 0  # sentences since a supposition began
        for sentence, whole in sentence_pieces(doc):
            bounds = trimmed(sentence)
            if bounds is None or whole.text.rstrip(" )\"”'’").endswith("?"):
                continue  # a piece of a question is not a claim
            text = doc.text[bounds[0] : bounds[1]]
            if CITED_TITLE.search(doc.text[max(0, sentence.start_char - 12) : sentence.start_char]):
                before = doc.text[max(0, sentence.start_char - 300) : sentence.start_char]
                if AUTHOR_INITIALS.search(before[before.rfind("\n\n") + 1 :]):  # the reference so far
                    continue  # "Okafor, A., ... (2024). An in vivo energy budget ...": a cited work's title
            if REFERENCE_HEAD.match(text):
                continue  # "1 Izhikevich, E. M. (2004).": who wrote a cited work and when
            if JOURNAL_TAIL.match(text):
                continue  # "Current Biology*, 13(6), 493-497.": where a cited work was published
            supposed_for = supposed_for + 1 if supposing else 0
            if (
                PARAGRAPH_BREAK.search(doc.text[: sentence.start_char][-40:])
                or sentence.start == 0
                or supposed_for > SUPPOSED_SENTENCES
            ):
                supposing = False  # a supposed case lasts to the end of its paragraph, over its list items
            consequence = supposing and bool(
                CONSEQUENCE.match(text) or hypothetical_before and CONTINUATION.match(text)
            )
            hypothetical_before = consequence or bool(SUPPOSITION.match(text))
            supposed_for = 0 if hypothetical_before else supposed_for  # the supposed case goes on
            supposing = supposing or bool(SUPPOSITION.match(text))
            opener = SPOKEN_OPENER.match(text)
            if opener and len(text[opener.end() :].split()) >= MIN_WORDS:
                rest = doc.char_span(bounds[0] + opener.end(), bounds[1], alignment_mode="expand")
                if rest is not None:  # "Yeah, so I don't think ...": the claim follows the back-channel
                    sentence, bounds = rest, (rest.start_char, bounds[1])
                    text = doc.text[bounds[0] : bounds[1]]
            signals = {
                "bears_on_compute": any(t.i in marked for t in sentence),
                "has_quantity": any(t.i in counted for t in sentence),
                "mentions_mechanism": any(t.i in named for t in sentence),
            }
            in_context, previous_relevant = previous_relevant, is_relevant(text, **signals)
            condition = condition_tokens(sentence, text)
            outside = any(t.i in marked or t.i in counted for t in sentence if t.i not in condition)
            features = {
                **signals,
                "bears_outside_condition": outside,
                "measures_domain": any(t.i in measuring for t in sentence),
                "runs_on": runs_on(doc.text, sentence.start_char),
                "states_magnitude": any(t.i in magnitudes for t in sentence),
            }
            leans_on_previous, opening = opening, False
            if not is_claim(sentence, text, in_context=in_context, **features):
                # the segment's first sentence follows the segment before it ("However, she does not
                # think this stage is expensive to replicate."): kept if that one ended on the domain
                if not (leans_on_previous and is_claim(sentence, text, in_context=True, **features)):
                    continue
            else:
                leans_on_previous = False
            if consequence and not signals["bears_on_compute"]:
                continue  # the consequence of a supposed case
            span = doc.char_span(bounds[0], bounds[1], label="CLAIM", alignment_mode="expand")
            if span is not None:
                spans.append(span)
            records.append({"start": bounds[0], "end": bounds[1], "leans_on_previous": leans_on_previous})
        doc.spans[SPAN_KEY] = spans
        doc.user_data[DATA_KEY] = records
        doc.user_data[ENDS_ON_DOMAIN_KEY] = previous_relevant
        return doc


@Language.factory(
    "nc_claims", requires=["token.pos", "token.is_sent_start", "doc.spans"], assigns=["doc.spans"]
)
def make_claim_detector(nlp: Language, name: str) -> ClaimDetector:
    return ClaimDetector()


# In an interview the host frames, introduces, paraphrases and reflects ("So you're saying ...",
# "As you likely know, ...", "Maybe spiking really isn't that important"); the guest makes the
# claims. A host's sentence counts only as a plain domain assertion: a quantity, an effect cue or a
# mechanism of the vocabulary, with no first or second person and no musing opener.
HOST_PERSONAL = re.compile(
    r"\b(?:i|i'm|i've|i'd|me|my|we|we've|we're|us|you|you're|you've|your|yours)\b", re.I
)
# the host giving his own view ("I think ...", "if I had to bet I'd bet ...", "my number is ..."):
# a claim of his, unlike "I've been reading ..." (his story) or "you said ..." (the guest's view)
HOST_STANCE = re.compile(
    r"\b(?:i(?: (?:actually |really |honestly |still )?(?:think|believe|suspect)|"
    r"(?: would|'d|’d) (?:say|guess|bet))|"
    # "I've always felt that", "I've come to think", "I've kind of convinced myself that", "I've
    # settled into thinking": his view, however long he has held it
    r"i(?:'ve| have)? (?:always |long |kind of |sort of |really )*"
    r"(?:felt|assumed|come to (?:think|believe|feel))|"
    r"i(?:'ve| have)? (?:kind of |sort of )?(?:convinced myself|settled (?:into|on) (?:thinking|the view))|"
    r"(?:if )?i (?:had|have) to bet|i'?ll be honest|i'?ll just say it|my (?:number|guess|bet|estimate)|"
    r"i (?:don't|do not) think)\b",
    re.I,
)
# the host telling the guest's story back to them: "So you're reading David Marr at 14."
ABOUT_GUEST = re.compile(r"^\W*(?:(?:so|and|but|oh|wait)\W+)*you(?:'re| are| were|'ve| have)\b", re.I)
HOST_MUSING = re.compile(r"^\W*(?:(?:and|but|or|so|well|now)\W+)*(?:maybe|perhaps|in a world where)\b", re.I)


def is_interviewer_claim(
    text: str, has_quantity: bool, bears_on_compute: bool, mentions_mechanism: bool
) -> bool:
    """Whether a host's (interviewer's) sentence still puts a domain claim forward: framing,
    introductions, musings and paraphrases of the guest do not."""
    if not (has_quantity or bears_on_compute or mentions_mechanism):
        return False
    own_view = HOST_STANCE.sub(" ", text)  # "I think the brain is doing way more plasticity": his view
    if has_quantity and not HOST_MUSING.match(text) and not ABOUT_GUEST.match(text):
        return True  # his own figures: "I said eighty six billion neurons, call it ten to the eleven"
    return not HOST_PERSONAL.search(own_view) and not HOST_MUSING.match(text)


# In spoken text a generic word of the field ("spiking neural networks", "neuroscience", "the
# brain", "machine learning") comes up in nearly every sentence, so it does not make a sentence of
# the speaker's own story or feelings a claim ("I'm not one of the anti-machine learning people",
# "it's really fun to have things that challenge ... the brain"). Such a sentence needs a specific
# tie: a quantity, an effect cue or a mechanism named by more than a field word.
FIELD_WORDS = re.compile(
    r"(?:(?:artificial|spiking|rate[- ]based|deep|biological)\s+)?(?:neural\s+)?networks?|"
    r"neurons?|spik(?:es?|ing)|"
    r"neuroscien\w*|brains?|(?:machine|deep)\s+learning|learn\w*|neuromorphic(?:\s+computing)?|"
    r"algorithms?|architecture|method\w*|theor(?:y|ies)|experiments?|models?|modell?ing|data|papers?|"
    r"compute|computation\w*|efficient|intelligence|neural networks?|[ads]nns?",
    re.I,
)
# "I think", "I mean", "as far as I know": the speaker's stance on a claim, not their story
SPOKEN_STANCE = re.compile(
    r"\bi (?:(?:just|kind of|sort of|really|do|don't) )*(?:think|mean|guess|suspect|feel like|believe|"
    r"would say|'d say|would argue|'d argue|would guess|'d guess|would expect|'d expect)\b|"
    r"\bas far as i know\b|\bit seems to me\b|\b(?:to|for) me\b|"
    r"\b(?:i (?:have to|must|should|got to) )?(?:to )?be honest(?: and say)?\b",
    re.I,
)
SPOKEN_PERSONAL = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b", re.I)
SPOKEN_EVALUATIVE = re.compile(
    r"\b(?:interesting|cool|exciting|fun|fascinating|great|terrible|awful|love|hate|happy|sad|nice|amazing|"
    r"upset|despise|bother\w*)\b",
    re.I,
)


def names_specific_mechanism(mechanism_texts: list[str]) -> bool:
    """Whether a sentence's mechanism mentions name one by more than a field word ("time constants",
    "synapses"; not "the brain" or "spiking neural networks")."""
    return any(not FIELD_WORDS.fullmatch(re.sub(r"[\s*]+", " ", m).strip()) for m in mechanism_texts)


def is_spoken_aside(
    text: str, mechanism_texts: list[str], has_quantity: bool, bears_on_compute: bool
) -> bool:
    """Whether a transcript sentence is the speaker's story or feelings tied to the domain only by a
    field word ("I was finding myself thinking more about solving problems, not using spiking
    neural networks")."""
    if has_quantity or bears_on_compute:
        return False
    if names_specific_mechanism(mechanism_texts):
        return False  # "time constants", "sparsity", "dendrites": a specific mechanism
    if DOMAIN.search(FIELD_WORDS.sub(" ", text)):
        return False  # a specific domain word ("synapses", "retina") besides the field words
    rest = SPOKEN_STANCE.sub(" ", text)
    return bool(SPOKEN_PERSONAL.search(rest) or SPOKEN_EVALUATIVE.search(rest))


# Speech runs on in short sentences that lean on the talk around them ("It uses information that
# the neuron can't know.", "There's still lots to learn about the brain."). Both annotators of our
# podcast sample chose 4 of the 24 such sentences the extractor kept; a short spoken sentence counts
# only with a figure, an effect cue or a citation of its own.
SLIGHT_WORDS = 12


def is_slight_remark(text: str) -> bool:
    """Whether a transcript sentence is too short to stand as a claim without a figure, an effect
    cue or a citation (the caller checks those)."""
    return len(re.findall(r"[A-Za-z][\w'’-]*", text)) < SLIGHT_WORDS
