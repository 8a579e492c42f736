"""Forum posts with an unmarked comment thread (EA Forum, LessWrong and the like).

The post body is the post author's (role ``post_author``; named only if the sidecar lists a
``post_author`` participant). The thread starts after generic cues ("N comments", "Sorted by",
"Click to highlight new comments", "More posts like this", "New Comment"); footers ("Curated and
popular this week", "Relevant opportunities", ...) and reference lists are boilerplate.

The thread is cut into comments at paragraphs that (a) repeat earlier text (a quote opening a reply;
the quote itself is boilerplate), (b) open like a reply ("Thanks", "Yup!", "I agree", "Good
question", "On point 2", "Not that I know of", ...), (c) answer a question the previous paragraph
put to "you" (unless they resume with "…"/"Anyway,"), (c') sum up the other party's view ("you
believe", "our core disagreement"), give a verdict on the point just made ("This is a fair hit") or
start a point-by-point answer ("First of all,"), (c'') praise the post ("Great post"), announce a
digression ("Slightly off-topic, but"), give the writer's credentials ("Speaking as someone who ..."),
a nitpick ("Minor nitpick:"), a point nobody raised, or take on a numbered part of the post ("I
disagree with point 2 in the summary"), which open top-level comments (a quote a paragraph
introduces with a colon stays in its comment), (d) switch typing habits
(curly vs straight apostrophes), (e) are a byline naming a sidecar participant ("Grace Hopper ·
2y"), or (f) follow a comment that ended on a bare link. Sign-offs ("Sorry if this is stupid") and
self-revisions ("Hmm, on second thought") stay with the comment before them, and so does a paragraph
that echoes in quotation marks words of the passage its comment quoted (the replier working through
that passage, even with a question to "you"). A reply's speaker follows the thread's alternation: it
is the party that the comment it answers was itself answering; a reply to a commenter's top-level
comment is the post author's only when it takes the comment up as the author would (thanks, a
concession, a short answer, a clarification, the post as the writer's own), else another commenter's;
a quote of the post opens a new commenter; a quote of the post author's words about "your post" (a
commenter's own writing) comes from the latest commenter who cited their own writing ("for reasons
here"), as the author may answer
several commenters at once; a reply to a digression is another commenter's, as a digression is put
to the readers; "Addendum:"/"Edit:" continue the same speaker; a reply that speaks of "my post" (or
of what "I asked for at the end of the post") is the post author's, and a paragraph that calls the
post's words the reader's (your "<words of the post>") ends the post author's comment and opens a
commenter's; a comment whose typing habits contradict its party goes to the latest party who types
like it in the clashing habit (habits are separate dimensions, see ``forum_habits``: quotes,
ellipsis "…" vs "...", em dash vs hyphens, capital "I"). Commenters named in the sidecar are
recognised by a byline, by a self-link (a URL holding their handle, e.g.
``twitter.com/geoffreyirving``) or, for the one remaining named commenter, by citing their own
writing ("see my post", "for reasons here", "§3.1 here"). A reply that addresses by name the comment
it answers ("Thanks, maren, ...") gives that comment's commenter the name. Unnamed commenters get
ordinals 1, 2, ... by first appearance. Bylines, vote or "Reply" lines and "Mentioned in" footers
are boilerplate.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from ingest.segmenters import forum_habits as habits
from ingest.segmenters.text import Span, find_role, is_heading_line, lines, paragraphs, sentences
from ontology.models import Role, Segment, SourceMeta

_THREAD_START = re.compile(
    r"^(?:\d+\s+(?:comments?|answers?)\b.*|.*\bsorted by\b.*|.*click to highlight new comments.*|"
    r"new comments?|"
    r"answers?|"
    r"comments?(?:\s*\(?\d+\)?)?|\d+\s+(?:replies|responses)\b.*|leave a (?:comment|reply).*|"
    r"more posts like this|discussion|post a comment|add a comment|join the discussion)\s*$",
    re.I,
)
_FOOTER = re.compile(
    r"^(?:curated and popular this week|relevant opportunities|recent discussion|related posts?|mentioned in|"
    r"recommended|popular posts|you might also like|read more|sponsored|advertisement|"
    r"subscribe.*|sign up.*|share this.*|more from .*|previous post.*|next post.*)\s*$",
    re.I,
)
_BODY_BOILERPLATE = re.compile(
    r"^(?:hide table of contents|table of contents|contents|graphical abstract|abstract|"
    r"\\|share|tags?:.*|\d+\s*min read|listen to this post)\s*$",
    re.I,
)
# a post's header line: "by hpenn", "13 min read", "3rd Mar 2024", "Mar 14 2023 · 9 min read", "41"
_DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}"
)
_HEADER_PIECE = (
    rf"(?:by\s+@?[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}|\d+\s*min(?:ute)?s?\s+read|{_DATE}|[-+]?\d{{1,5}})"
)
_POST_HEADER_LINE = re.compile(rf"^{_HEADER_PIECE}(?:\s*[·|•]\s*{_HEADER_PIECE})*$", re.I)
_FOOTNOTE_MARK = re.compile(r"^\s*\d+\.\s*\^\s*$")
_URL_ONLY = re.compile(r"^\s*(?:<?https?://\S+>?\s*)+$")
# a verdict on what a named writer said: "(Dana) is right", "(Tobias) was mostly wrong"
_VERDICT = r"(?:is|was) (?:(?:mostly|partly|basically|probably) )?(?:right|correct|wrong|mistaken)\b"
# words that stand where a writer's name would ("I think this is right", "I agree with you on")
_NOT_A_WRITER = (
    r"(?!(?:this|that|it|he|she|they|you|we|there|the|which|what|everyone|everybody|everything|both|all|most|"
    r"nobody|someone)\b)"
)
# a third writer's verdict on a named one: "I think Dana is right that ..."
_VERDICT_ON_WRITER = rf"i think {_NOT_A_WRITER}[\w.-]+ {_VERDICT}"
# a verdict on the other party's analogy or argument: "I think the CPU analogy is useful but ..."
_VERDICT_ON_ANALOGY = (
    r"i think (?:the|your|this|that) (?:[\w-]+ ){0,3}(?:analogy|argument|objection|framing|comparison) is\b"
)
_REPLY_OPENER = re.compile(
    # words that open a reply in conversation; bare interjections only when punctuation follows
    r"^(?:(?:thanks|thank you|thx|yup|yep|yeah|ya)\b|"
    r"(?:yes|no|nope|sure|right|oh|ah|huh|hmm+|cool|nice|wow|interesting|agreed?|exactly|indeed|true|fair)\s*[,.!:;…-]|"
    # the comment above called by name first: "Daniel, not dumb at all, ..."
    r"[A-Z]?[\w.-]+,\s+(?=not (?:a )?(?:naive|dumb|stupid|silly)\b|good (?:point|question|catch)\b)|"
    r"(?:slight|some|mild|gentle|small|minor) push ?back\b|"
    r"(?:a )?(?:small|minor|tiny|quick) (?:nitpick|quibble)\b|good catch\b|agreed (?:that|on)\b|accepted\b|"
    r"@[\w-]+|on your (?:reply|point|comment|question|objection|request|suggestion)\b|"
    # the point just made, judged or rejected: "I think you're right about ...", "I don't think that follows."
    r"i think you['’]?re (?:\w+ )?(?:right|wrong|mistaken)\b|"
    r"fair (?:hit|point|catch|criticism|enough)\b|"
    r"i think \(?[a-h1-9]\) is (?:\w+ )?(?:right|wrong|correct)\b|"  # a verdict on the comment's point (a)
    r"i don['’]?t think (?:that|this) (?:follows|works|holds|is right|is true)\b|"
    r"i think [A-Z]?[\w-]+['’]s (?:point|comment|objection|argument)\b|"
    r"i['’]?m (?:quite |somewhat |very )?sympathetic to (?:the|your|this|that)\b|"
    r"(?:it )?depends (?:a lot |heavily |entirely |mostly )?on (?:the|your|what|how|which)\b|"
    r"[^.?!\n]{0,40}\bis exactly my point\b|that['’]?s exactly my point\b|"
    r"i['’]?m (?:mostly |partly )?with [\w.-]+ (?:on|here)\b|"  # "I'm with Jonah on this"
    r"i['’]?m not (?:so |entirely |totally )?sure about (?:this|that)\b|"
    rf"{_VERDICT_ON_ANALOGY}|"
    # another commenter's verdict on someone named: "I think Dana is right that ...", "That cuts both ways"
    rf"{_VERDICT_ON_WRITER}|"
    # someone named as the source of a point the reply builds on: "As mkowal said, ..."
    r"as (?!(?:i|you|we|they|he|she|it|this|that|the|some|many|others|people)\b)[\w.-]+ "
    r"(?:said|says|suggested|pointed out|noted|mentioned)\b|"
    r"i'?d (?:gently |slightly |also )?push back\b|"
    r"(?:that|this|it) cuts both ways\b|"
    r"on the (?:first|second|third|last|latter|former)(?: (?:point|question|one))?\s*[:,]|"
    r"not (?:convincingly|really|quite|exactly|necessarily)\s*[.!,]|not off[- ]?topic\b|"
    r"(?:this|that|both of (?:these|those|them)) (?:is|are|was|were) (?:\w+ )?fair\b|"
    r"not (?:naive|dumb|stupid|silly) at all\b|not an? (?:naive|dumb|stupid|silly) question\b|"
    r"(?:fixed|corrected)\s*[,.!]|"  # the post's author acknowledging a correction ("Fixed, thanks!")
    r"\+1\b|(?:plausibly|possibly|probably|perhaps|maybe|definitely|absolutely|correct|partly)\s*[.!]|"
    r"replying to (?:both of you|you both|all of you|everyone)|coming back to (?:answer|reply to|respond to)|"
    r"one more (?:practical |quick |small )?point,? replying to\b|"
    r"(?:yes and no|i agree|i disagree|good question|great question|good point|great point|fair point|"
    r"good idea|great idea|you'?re (?:absolutely |completely |totally |quite )?right|you are right|"
    r"that'?s fair|fair enough|great post|good post|nice post|sorry|i apologi[sz]e|"
    r"i think i (?:get|see|understand)|i see\b|(?:that|this|it) makes (?:a lot of |more )?sense|"
    r"(?:now )?(?:i think )?we(?:'re| are) on the same page|what about|how about|"
    r"on (?:your )?point\s*(?:#|no\.?\s*)?\d|re:|regarding your|what i meant|to clarify|i meant|"
    r"not (?:my|what i) (?:claim|point|argument|position)|not sure i (?:follow|understand|agree)|"
    r"could you|can you|do you|did you|have you|are you|would you say|would you be (?:willing|able)\b|"
    r"not that i know|not as far as i know|"
    r"i (?:somewhat|partly|partially|half|mostly|largely|broadly|kind of|sort of|mainly) (?:agree|disagree)|"
    # a verdict on the point just made ("This is a fair hit", "That's a good catch") answers it
    r"(?:this|that|it)(?:'s|’s| is| was) (?:an? )?(?:\w+ )?"
    r"(?:fair|good|great|valid|excellent|reasonable|strong|useful|helpful|nice|neat|cheap|important|"
    r"interesting|compelling|sensible) "
    r"(?:point|hit|criticism|critique|catch|objection|question|challenge|rephrasing|summary|reading|"
    r"correction|analogy|addition|suggestion|distinction|framing|example|argument|idea|caveat|cross-check|"
    r"sanity check)s?|"
    # "That's a helpful way of putting it, thanks."
    r"(?:this|that)(?:'s|’s| is) (?:a |an )?(?:\w+ )?way (?:of|to) "
    r"(?:put|putting|say|saying|see|seeing) it\b|"
    # "This is the objection I was most worried about", "I accept the thrown-ball point", "I can live
    # with that"
    r"(?:this|that)(?:['’]s| is) (?:the|an?|exactly the) (?:\w+ )?(?:objection|point|criticism|worry|concern|"
    r"question) (?:that )?i\b|i accept (?:the|your|that|this)\b|i can (?:\w+ )?live with\b|"
    # a concession to the point just made: "The spike train is closer, I'll grant that."
    r"[^.?!\n]{0,80}\bi(?:['’]ll| will)? grant (?:you )?(?:that|this|the)\b|"
    r"that['’]?s (?:more or less |roughly |basically |exactly |pretty much |almost )?what i"
    r"(?: want| wanted|['’]d want| meant| had in mind| was (?:getting at|suggesting|asking))\b|"
    # taking up a bet or a side the comment above offered: "I'd take the other side of that"
    r"(?:i['’]?d|i['’]?ll|i would|i will) take (?:the other side|that bet|you up on)\b|"
    r"(?:happy to|not yet)(?=\s*[,.!])|please do\b)\b|"
    # a short thanks: "This is great, thanks.", "Very helpful, thank you!"
    r"[^.?!\n]{0,30}\b(?:thanks|thank you)\s*[.!])",
    re.I,
)
# A paragraph that praises or thanks for the post ("Great post!", "Thanks for writing this") opens a
# top-level comment: it speaks to the post, not to the comment above it.
_PRAISES_POST = re.compile(
    r"^\W*(?:\+1\s*[,.!:;—-]?\s*|(?:thanks|thank you)\s*[,.!:;—-]\s*)?"
    r"(?:this is (?:the|a|an) (?:[\w-]+ ){0,3}"
    r"(?:post|page|write-?up|summary|overview|resource|piece|analysis|explanation|treatment)\b|"
    r"(?:really |very |such an? |what an? )?(?:great|good|nice|excellent|interesting|fascinating|"
    r"thoughtful|useful) (?:post|write-?up|piece|article|analysis|summary|overview|explainer)\b|"
    r"thanks (?:so much )?for "
    r"(?:the post|this post|writing (?:this|it|the post)|posting this|sharing this)\b)",
    re.I,
)
# A paragraph that announces a digression ("Slightly off-topic, but", "Tangential:", "Side note:") opens
# a top-level comment of its own: a writer answering someone stays on their point.
_DIGRESSION = re.compile(
    r"^\W*(?:(?:slightly|somewhat|a (?:bit|little)|mostly|only|semi|totally|completely)[- ])?"
    r"(?:off[- ]topic|tangential(?:ly)?|unrelated|on a tangent|(?:a )?(?:slight |small |quick )?tangent|"
    r"side ?note)\b",
    re.I,
)
# A paragraph that speaks to the post or the whole thread in a voice of its own opens a top-level
# comment: the writer's credentials ("Speaking as someone who spent four years doing slice ephys"),
# a nitpick or correction ("Minor nitpick: footnote 2 ..."), a point nobody raised ("One thing nobody
# has brought up yet"), or a numbered part of the post ("I disagree with point 2 in the summary").
_OPENS_OWN_TOPIC = re.compile(
    r"^\W*(?:speaking as (?:someone|somebody|a|an|one)\b|as (?:someone|somebody) who\b|"
    r"(?:(?:a |one )?(?:minor|small|tiny|quick|slight) )?(?:(?:nit(?:pick)?|typo|correction)s?\s*[:—-]|"
    r"nit(?:pick)?s? (?:on|about|re)\b|meta (?:comment|note|point|question)\b)|"
    r"(?:minor|small thing|small point|quick point)\s*[:—-]|"
    r"(?:(?:a |one )?(?:minor|small|tiny|quick|slight) )?correction to (?:the|your|this) "
    r"(?:summary|post|point|estimate|numbers?|table|comment)\b|"
    r"(?:a |one )?(?:small|minor|tiny|quick) (?:[\w-]+ )?"
    r"(?:thing|point|note|nit|nitpick|correction|quibble)s? (?:on|about|re|regarding|in|to)\b|"
    # a writer taking a side of their own: "I'll be the grumpy one here.", "I'll play devil's advocate"
    r"i['’]?ll be the (?:\w+ )?(?:one|skeptic|contrarian|voice)\b|i['’]?ll play devil['’]?s advocate\b|"
    r"i['’]?ll take the (?:unpopular|contrarian|opposite|skeptical|sceptical|minority) "
    r"(?:side|view|position)\b|"
    r"(?:i'?m going to|i want to|i'?d like to|let me) push (?:back\b|on (?:this|that|a|an|the)\b)|"
    r"here'?s an? (?:[\w-]+ ){0,3}(?:argument|angle|take|perspective)\b|"
    r"adding (?:a couple of|a few|some|two) (?:pieces|points|things)\b|"
    r"i (?:work|worked) in a lab\b|i'?d go further than (?:the|this) post\b|"
    r"i'?m (?:one of )?the (?:report|paper|study|article|book)['’]s (?:co-?)?authors?\b|"
    # the writer's standing: "Some practical context from someone who", "Minor hardware corrections from
    # someone who runs one of these rigs."
    r"[^.:?!\n]{0,60}?\bfrom (?:someone|somebody) who\b|coming at this from\b|"
    r"(?:[\w/-]+ ){0,2}(?:person|engineer|researcher|scientist|neuroscientist|physicist|developer|student|"
    r"postdoc)\s+here\b|"
    # any trade followed by "here" and a pause: "Developmental neurobiologist here, so ..."
    r"(?:[\w/-]+ ){0,2}(?!author\b)[a-z-]{3,}(?:ist|ian|er|or)\s+here(?=\s*[,.;:(—–-])|"
    r"strong(?:ly)? (?:up|down)vot(?:e|ed|ing)\b|strong(?:ly)? (?:agree|disagree)\b|"
    r"a (?:separate|different|related|further) (?:gap|point|issue|concern|question|worry|problem|objection|"
    r"thought|angle)\s*[:—,-]|late reply\b|question for (?:anyone|anybody|everyone|people)\b|"
    r"i wrote (?:up )?an? (?:\w+ ){0,3}(?:version|post|piece|write-?up|essay) of\b|"
    r"something (?:that )?(?:i think )?(?:gets|is|seems|has been) (?:\w+ )?(?:underweighted|overlooked|"
    r"neglected|underrated|underappreciated|ignored|missing)\b|"
    r"(?:i['’]?ll|let me|i want to|i['’]?d like to) (?:register|make|put down|record) (?:a|my) "
    r"(?:prediction|forecast|bet)\b|"
    r"not sure (?:if |whether )?any(?:one|body) will (?:read|see) this|late to (?:this\b|the "
    r"(?:thread|party|discussion)\b)|counter-?point\s*[:—-]|"
    # a reader weighing a piece of the post: "The ML analogy in the post is worth pushing further"
    r"the (?:[\w-]+ ){1,4}(?:in|of) (?:the|this) post (?:is|are|was|were|seems?|deserves?|needs?|feels?)\b|"
    r"i (?:want|wanted|'d like|would like) to (?:offer|suggest|propose|raise|flag|add) "
    r"(?:a|an|one|another|some)\b|"
    r"(?:(?:possibly|probably|maybe|perhaps) )?(?:an? )?(?:honest|naive|dumb|basic|stupid|silly) question\b|"
    r"(?:quick|small|brief) note (?:on|about)\b|"
    r"one (?:more |other )?thing (?:worth|to) (?:flag|flagging|note|noting|mention|mentioning|add|adding)\b|"
    r"(?:one thing |something )?(?:no ?one|nobody)(?: here| else)? (?:has|seems to have) (?:yet )?"
    r"(?:brought up|mentioned|raised|pointed out|discussed|talked about)\b)",
    re.I,
)
# The writer's trade, given in a paragraph's first sentence ("On the fitting compute: I do this sort of
# thing for a living", "because I spent about eight years doing side-channel analysis"): a new writer
# introducing themself.
_CREDENTIALS = re.compile(
    r"\bi (?:do|did) (?:this|that) (?:sort|kind) of (?:thing|work|stuff) for a living\b|"
    r"\bi(?: have|['’]ve)? spent (?:about |around |nearly |over |almost )?\w+ years "
    r"(?:doing|working|in|on|as)\b|"
    # "I work on pretraining infrastructure, and ..."
    r"^\W*(?:i|we) (?:work|worked) (?:on|in) (?!(?:this|that|it|the post)\b)",
    re.I,
)
# A writer pointing up the thread at another's comment ("the comment above is right that ...") has
# begun a comment of their own.
_REFERS_UP = re.compile(
    r"\b(?:the|a|that) (?:comment|reply|answer|point)s? (?:just |right )?above\b|"
    r"\b(?:said|mentioned|noted) above\b",
    re.I,
)
_LONE_QUESTION_WORDS = 30
_POST_PART = re.compile(
    r"\b(?:point|section|footnote|paragraph|claim|scenario|item)\s*#?\d+\s+(?:in|of)\s+(?:the|your)\s+"
    r"(?:post|summary|intro(?:duction)?|conclusion|tl;?dr)\b"
    r"|^\W*your (?:objection|step|section|footnote|table|assumption)s?\s*#?\d+"  # "Your objection #2"
    # "On the energy comparison in takeaway 4:": a numbered part of the post, named at the start
    r"|^\W*on (?:the |your )?[\w -]{0,40}\b(?:in|of) "
    r"(?:takeaway|point|section|footnote|claim|item)\s*#?\d+\s*:"
    # "On the request at the end of the post:", "On the question near the end of the post, whether ..."
    r"|^\W*on the [\w -]{0,40}\b(?:of|in) (?:the|your) post\s*[:,]",
    re.I,
)
_CONTINUATION = re.compile(
    r"^[*_]*(?:(?:addendum|edit(?:ed)?|update|p\.?\s?s\.?|caveat|also)\s*\d*\s*[:.]|also,|"
    # the next of the writer's numbered points: "Second, and more importantly, ..."
    r"(?:second|secondly|third|thirdly|fourth|finally|lastly)\b,?)",
    re.I,
)
# A paragraph that picks up the writer's own train of thought: a leading ellipsis ("…It's fine if",
# "...anyway"), "Anyway," / "Again," / "That said," and the like. Writers use these to resume after a
# rhetorical aside or question of their own; a reply to someone else does not open this way.
_RESUMPTION = re.compile(
    r"^\s*(?:…|\.\.\.(?!\s*\")|(?:anyway|anyhow|again|that said|in any case|regardless|still)\s*[,:;—-])",
    re.I,
)
# A first sentence that characterises the other party's view or the state of the exchange ("you believe
# ...", "you seem to ...", "our core disagreement", "as you say") opens a reply: within a comment, writers
# develop their own view instead of summarising the reader's. A conditional or generic "you" ("if you
# believe", "you might think") does not count.
_CHARACTERISES_OTHER = re.compile(
    r"^\W*(?:(?:so|ok(?:ay)?|well|it seems(?: like)?|it sounds like|i (?:think|guess|gather|take it))\W+)?"
    r"you (?:seem to|appear to|(?:clearly |still |really )?(?:believe|think|say|said|claim|argue|assume|"
    r"suggest|are (?:right|saying|arguing|suggesting|claiming|proposing))\b)"
    r"|\b(?:our|the) (?:core |main |central |key |fundamental |real |basic )?(?:disagreement|crux|"
    r"misunderstanding)\b|\bwhere we (?:disagree|differ)\b|\bas you (?:say|said|put it|point out|"
    r"pointed out|mention(?:ed)?|note[ds]?)\b|\bwhat you (?:said|wrote|describe[ds]?|suggest(?:ed)?)\b|"
    r"\bwhere you (?:say|said|write|wrote|argue|argued|claim|claimed)\b|"
    r"\byou(?:'re| are) (?:pushing|overstating|understating|underrating|overrating|missing|conflating|"
    r"ignoring|treating)\b",
    re.I,
)
# A short closing hedge or apology about one's own comment ("Sorry if this is stupid", "Hope this
# helps", "Just my two cents") signs a comment off; it is not a reply to anybody, so it stays with the
# paragraph before it even though "sorry"/"thanks"-style words otherwise open replies.
_SIGN_OFF = re.compile(
    r"^\W*(?:(?:sorry|apologies) if (?:this|that|it|i)\b|(?:i )?hope (?:this|that|it) helps\b|"
    r"just my (?:two|2) cents\b|(?:happy|glad) to (?:elaborate|clarify|expand)\b)",
    re.I,
)
# Thinking aloud about one's own previous paragraph ("Hmm, I guess when I think about it ...", "Oh,
# actually, on second thought ...") revises it: an interjection that opens such a self-revision does
# not open a reply.
_SELF_REVISION = re.compile(
    r"^\W*(?:hmm+|oh|ah|well|actually)\b[^.?!]{0,40}\b(?:(?:when|now that|the more) i think about it|"
    r"thinking about it(?: more)?|on (?:second )?(?:thought|reflection)|come to think of it|scratch that|"
    r"i take (?:that|it) back)\b",
    re.I,
)
# "First of all," / "Firstly," opens a point-by-point answer; inside one's own comment the first point
# follows an announcement ending in a colon, which is checked separately.
_FIRST_POINT = re.compile(r"^\W*(?:first of all|firstly|first off|to start with)\b", re.I)
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|you've|you'd)\b", re.I)
# the post reported as someone else's writing: "as the post says", "the post argues"
_POST_AS_ANOTHERS = re.compile(
    r"\b(?:as )?the (?:post|op)(?:'s (?:author|argument))? (?:says|said|argues|argued|claims|claimed|"
    r"suggests|suggested|assumes|assumed|puts it)\b",
    re.I,
)
# the post spoken of as a reader does: "the post sort of buries this", "the post's interval"
_OF_THE_POST = re.compile(
    r"(?<!\bin )(?<!\bon )(?<!\bof )(?<!\bto )(?<!from )(?<!about )"  # the post as subject, not "in the post"
    r"\b(?:the|this|your) post (?:(?:sort|kind) of |really |also |somewhat |probably |mostly )?"
    r"(?:[a-z]+s|[a-z]+ed|is|was|has|had|does(?:n'?t)?|did(?:n'?t)?|seems|left|put|got|made|said|took|gave|set)\b",
    re.I,
)
# the post's author reporting an edit: "Edited the post based on the thread.", "I've updated my post"
_EDITED_POST = re.compile(
    r"^\W*(?:I(?:'ve| have)? )?(?:just )?(?:edited|updated|revised|amended) (?:my|the) (?:original )?post\b",
    re.I,
)
# a sign-off line under a comment: "— Tom", "-- Priya"
_SIGNATURE = re.compile(r"^\s*(?:—|–|--?)\s*(?P<name>[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?)\s*$")
_READERS = re.compile(r"\b(?:anyone|anybody|everyone|people here|folks)\b", re.I)
# A question a reader puts to the post's author ("Does any of this bear on ...?", "Is there an
# ungated version?"), which the author answers, or an objection to the post ("How does this square
# with X?"), which its writer often goes on to answer with a guess of their own
_ASKS_THE_AUTHOR = re.compile(
    r"^\W*(?:(?:does|do|would|could) any of (?:this|these|it)\b|"
    r"is there an? (?:\w+ )?(?:ungated|free|open[- ]access|non-paywalled|preprint|pdf|version|copy|link)\b)",
    re.I,
)
_OBJECTS_TO_THE_POST = re.compile(
    r"^\W*how (?:does|do|would) (?:this|these|that|it|the (?:paper|result|finding)s?) "
    r"(?:square|fit|compare|relate|interact|sit)\b",
    re.I,
)
_INDIRECT_QUESTION = re.compile(
    r"\b(?:wondering|curious|confused|unclear|not clear)\b[^.?!]{0,20}\b(?:if|whether|why|how|what)\b"
    r"|correct (?:me )?if (?:i'?m )?wrong|what do you think|any thoughts",
    re.I,
)
# the post's author opening a reply in their own voice: "Author here.", "As I said in the post, ..."
# (not a plan, "I'll edit the post tonight", which closes the reply it ends)
_AUTHOR_OPENING = re.compile(
    r"^\W*(?:(?:the )?(?:post )?author|OP) here\b"
    r"|^\W*(?:(?:but|and|again|well),?\s+)?as I (?:said|wrote|argued|mentioned|noted) in (?:my|the) post\b",
    re.I,
)
_AUTHOR_CUE = re.compile(
    r"\bI(?:'ve| have)? (?:just |now )?(?:edited|updated|changed) (?:my|the) (?:original )?post\b"
    rf"|{_EDITED_POST.pattern}"
    r"|\bI(?:'ll| will) add (?:a|an|this|that|it)\b[^.?!]{0,30}\bto (?:my|the) post\b"
    # the thread's host excusing a digression: "Not off topic at all, thanks."
    r"|^\W*not off[- ]?topic at all\b"
    r"|\b(?:in|of|from|with|through) my (?:original )?post\b(?!\s+[A-Z\"“])"
    r"|\bmy (?:main |original )?(?:argument|point|claim|goal|aim) in (?:my|the|this) post\b"
    r"|\b(?:what|as) I (?:said|wrote|argued|mentioned|noted) in (?:my|the) post\b"
    rf"|{_AUTHOR_OPENING.pattern}"
    # the writer's own post: "I'm going to edit the conclusion of the post", "I'd have written this up"
    r"|\bI(?:'m going to| am going to| will|'ll) (?:edit|update|revise|amend|change) (?:the|my) "
    r"(?:post|conclusion|summary|intro\w*)\b"
    r"|\bI(?:'d| would)? (?:probably |still )?(?:have )?(?:written|wrote) this (?:post )?up\b"
    # (not a commenter pointing to writing of their own: "I wrote this up at more length here: <link>")
    r"(?!\s+(?:at (?:more |greater )?length|in (?:more |greater )?detail|elsewhere|here\b|separately|"
    r"before|previously|in an? (?:separate|previous|earlier|longer|old(?:er)?) post))"
    # a part of the post the writer should have written otherwise: "the thing I should have said more
    # clearly in section 4"
    r"|\bI should have (?:said|written|made|put|flagged|explained|noted|mentioned|been)\b[^.?!:;]{0,40}"
    r"\bin (?:section|part|footnote|point) \d"
    # the writer's choices about what the post covers: "I deliberately left glia out"
    r"|\bI (?:deliberately|intentionally|purposely|consciously) (?:left|kept|excluded|omitted|skipped)\b"
    # a place in the post that the writer filled: "the experiment I asked for at the end of the post"
    r"|\bI (?:asked for|asked|argued|suggested|proposed|said|wrote|mentioned|promised)\b[^.?!,;]{0,20}"
    r"\b(?:at|in|near|towards?) the (?:very )?"
    r"(?:end|start|beginning|top|bottom|intro(?:duction)?|conclusion) of (?:my|the|this) post\b"
    # the post's drafts: "I had a paragraph on this in an earlier draft and cut it"
    r"|\b(?:in|from) (?:an|my|the) (?:earlier|first|previous|original) draft\b",
    re.I,
)
_SELF_CITATION = re.compile(
    r"\b(?:see|read) my (?:post|posts|blog post|article|paper|series)\b|\bI wrote (?:a|about|up)\b"
    r"|\bfor reasons (?:described |explained |summarized |briefly summarized )?(?:in \S+ )?here\b"
    r"|\b(?:copying|quoting|adapted) from (?:§\s?[\d.]+ )?here\b|§\s?\d[\d.]* (?:of )?here\b"
    r"|\bmy (?:recent |earlier |old )?(?:post|blog post|article) (?:on|about)\b",
    re.I,
)
# the reader's own writing ("your post on ...", "your recent article"): from the post author, whose
# post the thread is under, this can only mean something a commenter wrote elsewhere
_READERS_WRITING = re.compile(
    r"\byour (?:own |recent |earlier |old |other |latest )?"
    r"(?:post|posts|blog post|article|paper|essay|sequence)\b",
    re.I,
)
# a paragraph that talks about the link just given ("This post ...", "See also", "(link)") continues
_LINK_ANAPHORA = re.compile(
    r"^\s*(?:\(|this\b|that\b|these\b|it\b|there\b|here\b|see\b|also\b|link\b|source\b)", re.I
)
_QUOTE_MIN = 25
_SHORT_OPENER = 160  # characters: "Thanks, Dana, this is exactly the kind of thing I was hoping for."
# a phrase put in quotation marks inside a paragraph: "philosophical reasons", “less likely to ...”
_QUOTED_PHRASE = re.compile(r"[\"“]([^\"“”\n]{8,200})[\"”]")
# the post's own words as the reader's: your "where I could be wrong" section, your “75% under 10x”
_YOUR_QUOTED = re.compile(r"\byour\s+(?:[\w-]+\s+){0,3}?[\"“]([^\"“”\n]{3,120})[\"”]", re.I)
# typing-habit dimensions (see forum_habits) used to split comments and to correct party assignment
ATTRIBUTE_DIMENSIONS: tuple[str, ...] = tuple(habits.DIMENSIONS)
SPLIT_DIMENSIONS: tuple[str, ...] = (habits.QUOTES,)
# a comment's age as pages print it: "2y", "11mo", "3d"
_AGE = r"\d+\s*(?:mo|[ymwdh])"
_CHROME = re.compile(
    r"^(?:reply|permalink|report|share|parent|context|load more.*|show more.*|see more.*|"
    rf"[-+]?\d+\s*(?:points?|votes?|karma|likes?|agree|disagree)?|{_AGE}|"
    r"\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago|[↑↓▲▼]\s*\d*)\s*$",
    re.I,
)
_AGE_OR_SCORE = (
    # "19 · 2y": a bare vote count before the age, as the EA Forum prints a comment's header
    rf"[-+]?\d{{1,5}}(?=\s*[·|•]\s*{_AGE}\b)|"
    rf"[-+]?\d+\s*(?:points?|karma|votes?)|{_AGE}\b|"
    r"\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago|"
    # a date ("Mar 14", "14 March 2024"): a month's name, not any capitalised word ("Wren 31 karma")
    r"(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:,?\s*\d{4})?"
    r"|\d{4}-\d{2}-\d{2}"
)
_BYLINE_TAIL = re.compile(rf"^\s*(?:[·|•—–-]\s*|,\s*)?(?:{_AGE_OR_SCORE}|[\s·|•—–-])*\s*:?\s*$")
# "1y 12": a bare vote count after an age or score, as a page's header prints it on one line
_SCORED_TAIL = re.compile(
    rf"^\s*(?:[·|•—–-]\s*)?(?:{_AGE_OR_SCORE})(?:{_AGE_OR_SCORE}|[-+]?\d+\b|[\s·|•—–-])*$"
)


# a handle as sites print it over a comment: "Steven Byrnes", "neuro_fan", "@jk"
_HANDLE_WORDS = r"@?[A-Za-z0-9][\w.'’-]*(?: [A-Za-z0-9][\w.'’-]*){0,3}"
_HANDLE = re.compile(_HANDLE_WORDS)
_MARKDOWN_NAME = re.compile(
    r"\[(?P<link>[^\]\n]{1,60})\]\([^)\s]*\)|\*\*(?P<bold>[^*\n]{1,60})\*\*|__(?P<under>[^\n]{1,60}?)__"
)
_KARMA = re.compile(r"^[-+]?\d{1,5}$")  # a bare vote count on a line of its own


def _dated(tail: str) -> bool:
    """Does a byline's tail carry an age, date or score (a digit), not just separators?"""
    return any(ch.isdigit() for ch in tail)


def _byline(block: str, meta: SourceMeta, following: str = "") -> str | None:
    """The writer a comment header names: ``Steven Byrnes · 2y · 12 karma``, or a name or handle
    on a line of its own over its age and score (``neuro_fan`` / ``3y`` / ``12``). A name that is
    no participant's counts only with such an age or score beside it or in the next block, so a
    short comment ("Agreed") is not taken for a header. Markdown copies link or embolden the
    name (``[neuro_fan](https://…/users/neuro_fan)``, ``**neuro_fan**``): the name is read."""
    block = _MARKDOWN_NAME.sub(lambda m: m.group("link") or m.group("bold") or m.group("under"), block)
    rows = [row.strip() for row in block.strip().splitlines() if row.strip()]
    if not rows or len(rows) > 4 or len(block) > 120:
        return None
    if not all(_BYLINE_TAIL.match(row) or _KARMA.match(row) for row in rows[1:]):
        return None
    first = rows[0].lstrip("@")
    for participant in meta.participants:
        if participant.role not in (Role.COMMENTER, Role.POST_AUTHOR):
            continue
        if first.lower().startswith(participant.name.lower()):
            if _BYLINE_TAIL.match(first[len(participant.name) :]):
                return participant.name
    next_dated = bool(_BYLINE_TAIL.match(following.strip())) and _dated(following)
    ends = [m.end() for m in re.finditer(r"\S+", first)][:4]
    for end in ends:
        name, tail = first[:end], first[end:]
        if not _HANDLE.fullmatch(name) or _CHROME.match(name):
            continue
        if not (_BYLINE_TAIL.match(tail) or _SCORED_TAIL.match(tail)):
            continue
        if _dated(tail) or (not tail.strip() and (len(rows) > 1 or next_dated)):
            return name
    return None


# a writer's name or handle on the line above the first line of a comment, with no blank line
# between ("Ilse Varga", "Rowan T.", "ajmoreau"), as a page copied without its scores prints it
_NAME_LINE = re.compile(r"@?[a-z0-9][a-z0-9_.-]{2,24}|[A-Z][a-z]+(?: (?:[A-Z][a-z]+|[A-Z]\.)){0,2}")
_NOT_A_NAME = re.compile(
    r"(?:agreed|yes|yeah|no|nope|thanks|thank you|edit|edited|update|reply|note|nice|same|exactly|this|"
    r"interesting|wow|source|sources|link|links|summary|tldr|done|fixed|true|correct|indeed|seconded|"
    r"comments?|answers?|references|footnotes|notes|conclusion|introduction|background|sorted by top)",
    re.I,
)


def _split_name_lines(text: str, spans: list[Span], meta: SourceMeta) -> tuple[list[Span], set[int]]:
    """The thread's paragraphs with a name line or a one-line header ("Ines Carvalho · 2y") over a
    comment's first line split off as a paragraph of its own, and the indexes of the bare name lines
    (a header is then read by ``_byline`` like any other)."""
    out: list[Span] = []
    names: set[int] = set()
    for start, end in spans:
        first, newline, rest = text[start:end].partition("\n")
        name = first.strip()
        header = _byline(name, meta) is not None
        bare = not header and bool(_NAME_LINE.fullmatch(name)) and not _NOT_A_NAME.fullmatch(name)
        if (
            newline
            and (header or bare)
            and not _CHROME.match(name)
            and re.match(r"\s*[A-Z\"“'(>]", rest)
            and not _CHROME.match(rest.strip().split("\n", 1)[0])
        ):
            if bare:
                names.add(len(out))
            rest_start = start + len(first) + 1
            out.append((start, start + len(first)))
            start = rest_start + len(rest) - len(rest.lstrip())
        out.append((start, end))
    return out, names


def _norm(text: str) -> str:
    text = re.sub(r"[“”«»„\"]", '"', text)
    text = re.sub(r"[‘’`]", "'", text)
    text = text.replace("…", "...")
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass
class _Comment:
    paragraphs: list[Span]
    quote_of: int | None = None  # index of the comment (or -1 for the post) this one quotes
    reply: bool = True
    parent: int | None = None  # index of the comment answered; None = the post
    party: str = ""
    quotes: set[int] = field(default_factory=set)  # paragraph indexes that are quotations or chrome
    named: str | None = None  # the name a byline gives
    digression: bool = False  # announced itself as off-topic: not put to the post's author
    to_author: set[int] = field(default_factory=set)  # paragraph indexes that speak to the post's author
    asks_author: bool = False  # opens with a question put to the post's author, who answers it

    def has_content(self) -> bool:
        return len(self.paragraphs) > len(self.quotes)


_ELISION = re.compile(r"\s*(?:\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…)\s*")


def _in_order(pieces: list[str], passage: str) -> bool:
    """Whether every piece occurs in ``passage``, each after the one before."""
    at = 0
    for piece in pieces:
        found = passage.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


class _Thread:
    def __init__(self, text: str, meta: SourceMeta, body: Span, thread: list[Span]):
        self.text = text
        self.meta = meta
        self.body_norm = _norm(text[body[0] : body[1]])
        self.spans, self.name_lines = _split_name_lines(text, thread, meta)
        self.norms = [_norm(text[s:e]) for s, e in self.spans]

    def quoted_source(self, index: int, owners: list[int]) -> int | None:
        """-1 if paragraph ``index`` repeats the post, else the comment it repeats, else None."""
        needle = self.norms[index].strip(" \"'>").rstrip(".…")
        if needle.endswith("..."):
            needle = needle[:-3].rstrip()
        if len(needle) < _QUOTE_MIN:
            return None
        # a quote may leave words out ("... its effective weight [...] the cost of each ..."): its
        # pieces, in order, are in the passage it quotes
        pieces = [p for p in _ELISION.split(needle) if p]
        if len(pieces) > 1 and min(len(p) for p in pieces) < _QUOTE_MIN // 2:
            pieces = [needle]
        if _in_order(pieces, self.body_norm):
            return -1
        for earlier in range(index):
            if _in_order(pieces, self.norms[earlier]) and owners[earlier] >= 0:
                return owners[earlier]
        return None

    def addressed_question(self, index: int) -> bool:
        """Does paragraph ``index`` end by putting a question to the reader ("you"), or open with one
        put to the readers ("Honest question: does any of this change anyone's views?")?"""
        start, end = self.spans[index]
        spans = sentences(self.text, start, end)
        for s, e in spans[-2:]:
            sentence = re.sub(r"\([^()]*\)", "", self.text[s:e])  # not "(Harris et al. 2012?)"
            if ("?" in sentence or _INDIRECT_QUESTION.search(sentence)) and _SECOND_PERSON.search(sentence):
                return True
        opening = self.text[slice(*spans[0])] if spans else ""
        return "?" in opening and bool(_READERS.search(opening)) or self.is_lone_question(index)

    def is_lone_question(self, index: int) -> bool:
        """Is paragraph ``index`` a single short question ("Does the 2–5 FLOPs figure include the
        plasticity update, or only the response to the spike?")? Such a paragraph is a comment of its
        own, and the paragraph after it answers it."""
        start, end = self.spans[index]
        spans = sentences(self.text, start, end)
        block = self.text[start:end].strip()
        return len(spans) == 1 and block.endswith("?") and len(block.split()) <= _LONE_QUESTION_WORDS

    def characterises_other(self, index: int) -> bool:
        """Does paragraph ``index`` open by summing up the other party's view ("you believe ...")?"""
        return bool(_CHARACTERISES_OTHER.search(self.first_sentence(index)))

    def after_closing_link(self, comment: _Comment) -> bool:
        """Is the last paragraph of ``comment`` a bare link (URL only), after some text of its own?"""
        if len(comment.paragraphs) < 2 or len(comment.paragraphs) - 1 in comment.quotes:
            return False
        return bool(_URL_ONLY.match(self.text[slice(*comment.paragraphs[-1])]))

    def echoes_quote(self, index: int, comment: _Comment) -> bool:
        """Does paragraph ``index`` put in quotation marks words of the passage ``comment`` quoted?

        A reply works through the passage it quoted, echoing its phrases ("The "philosophical
        reasons" are presumably ..."); such a paragraph still answers that passage, even when it
        asks the other party a question, so it continues the reply."""
        start, end = self.spans[index]
        quoted = " ".join(_norm(self.text[slice(*comment.paragraphs[i])]) for i in comment.quotes)
        if not quoted:
            return False
        phrases = (_norm(m.group(1)).strip(" .,;:") for m in _QUOTED_PHRASE.finditer(self.text[start:end]))
        return any(len(phrase.split()) >= 2 and phrase in quoted for phrase in phrases)

    def addresses_author(self, index: int) -> bool:
        """Does paragraph ``index`` call words of the post the reader's (your "<post's words>")?

        Only someone other than the post's author speaks of the post's wording as "yours", or
        reports what "the post says" as another's writing."""
        start, end = self.spans[index]
        if _POST_AS_ANOTHERS.search(self.text[start:end]):
            return True
        for match in _YOUR_QUOTED.finditer(self.text[start:end]):
            phrase = _norm(match.group(1)).strip(" .,;:")
            if len(phrase.split()) >= 2 and phrase in self.body_norm:
                return True
        return False

    def opens_own_topic(self, index: int) -> bool:
        """Does paragraph ``index`` open a comment of its own on the post (see _OPENS_OWN_TOPIC)?"""
        start, end = self.spans[index]
        opening = self.first_sentence(index)
        return bool(
            _OPENS_OWN_TOPIC.match(self.text[start:end])
            or _POST_PART.search(opening)
            or _CREDENTIALS.search(opening)
            or _REFERS_UP.search(opening)
        )

    def first_sentence(self, index: int) -> str:
        start, end = self.spans[index]
        first = sentences(self.text, start, end)[:1]
        return self.text[first[0][0] : first[0][1]] if first else ""

    def speaks_of_post(self, index: int) -> bool:
        """Does paragraph ``index`` open by speaking of the post as a reader does ("the post sort of
        buries this", "the post underweights dendrites")? Within a comment, writers go on about
        their own point; turning to the post starts a comment on it."""
        return bool(_OF_THE_POST.search(self.first_sentence(index)))

    def opens_as_author(self, index: int, current: _Comment) -> bool:
        """Does paragraph ``index`` open in the post author's voice ("Edited the post ...", "Author
        here.", "As I said in the post, ...") after a comment with no voice of the post's author?
        Then it is the author's own comment."""
        opening = self.first_sentence(index)
        if not (_EDITED_POST.match(opening) or _AUTHOR_OPENING.match(opening)):
            return False
        return not any(_AUTHOR_CUE.search(self.text[a:b]) for a, b in current.paragraphs)

    def quotes_what_it_answers(self, comments: list[_Comment], quote_of: int) -> bool:
        """Is the current comment a one-paragraph reply opener ("Thanks, Dana, this is exactly ...")
        to the comment just before it, which the quote at hand is from? Then the quote is the part
        that reply goes on to answer."""
        current = comments[-1]
        if len(comments) < 2 or len(current.paragraphs) != 1 or current.quotes:
            return False
        opening = self.text[slice(*current.paragraphs[0])]
        if len(opening) > _SHORT_OPENER:
            return False  # a paragraph of its own ("Thanks for the reply! I'm familiar with ...")
        # "Author here. Thanks, this is exactly the kind of correction I was hoping for." + a quote
        as_author = bool(_AUTHOR_OPENING.match(opening))
        if not (current.reply or as_author):
            return False
        answers_it = quote_of == len(comments) - 2 and current.quote_of is None
        return answers_it and bool(_REPLY_OPENER.match(opening) or as_author)

    def asks_author(self, index: int) -> bool:
        """Does paragraph ``index`` open with a question put to the post's author ("Is there an
        ungated version?", "Does any of this bear on ...?")?"""
        question = self.first_sentence(index)
        return question.rstrip(")\"”' ").endswith("?") and bool(_ASKS_THE_AUTHOR.match(question))

    def opens_with_question(self, index: int) -> bool:
        start, end = self.spans[index]
        sentence = self.first_sentence(index)
        if not sentence:
            return False
        block = self.text[start:end]
        if not sentence.rstrip(")\"”' ").endswith("?"):
            return False
        if _ASKS_THE_AUTHOR.match(sentence) or _OBJECTS_TO_THE_POST.match(sentence):
            return True  # "How does this square with Beniaguev et al.?", "Is there an ungated version?"
        return bool(_SECOND_PERSON.search(block)) and not sentence.lower().startswith(
            ("would you", "could you imagine")
        )

    def split(self) -> list[_Comment]:
        comments: list[_Comment] = []
        owners: list[int] = []
        previous_quote = new_section = voted = False
        for index, (start, end) in enumerate(self.spans):
            block = self.text[start:end]
            following = self.text[slice(*self.spans[index + 1])] if index + 1 < len(self.spans) else ""
            byline = block.strip() if index in self.name_lines else _byline(block, self.meta, following)
            signature = _SIGNATURE.match(block) if comments and comments[-1].has_content() else None
            if signature and comments[-1].named is None:
                comments[-1].named = signature.group("name")  # "— Tom" signs the comment above
            section = _all_lines_match(_THREAD_START, block)  # "Comments" after the answers
            chrome = byline is not None or signature is not None or bool(_CHROME.match(block)) or section
            quote_of = None if chrome else self.quoted_source(index, owners)
            is_list_item = bool(re.match(r"^\s*(?:[-*•●]|\d{1,2}[.)])\s", block))
            digression = bool(_DIGRESSION.match(block))
            new: _Comment | None = None
            if byline is not None:
                if comments and not comments[-1].has_content() and comments[-1].named is None:
                    comments[-1].named = byline
                else:
                    new = _Comment([], named=byline)
            elif not comments or new_section and not chrome:
                new = _Comment([], reply=False, digression=digression)
            elif chrome or not comments[-1].has_content():
                pass
            elif quote_of is not None and not previous_quote:
                introduced = self.text[slice(*self.spans[index - 1])].rstrip().endswith(":")
                # "I disagree with point 2 in the summary:" + the quote: one comment; so is "Thanks,
                # Dana, ..." + a quote of the comment that thanks answers
                if not introduced and not self.quotes_what_it_answers(comments, quote_of):
                    new = _Comment([], quote_of=quote_of)
            elif quote_of is None and not previous_quote and not is_list_item:
                previous_text = self.text[slice(*self.spans[index - 1])].rstrip()
                if _CONTINUATION.match(block) or _SELF_REVISION.match(block):
                    pass
                elif _SIGN_OFF.match(block) and len(block) < 120 and not _SECOND_PERSON.search(block):
                    pass
                elif not _REPLY_OPENER.match(block) and self.echoes_quote(index, comments[-1]):
                    pass
                elif digression or _PRAISES_POST.match(block) or self.opens_own_topic(index):
                    new = _Comment([], reply=False, digression=digression)
                elif self.opens_as_author(index, comments[-1]):
                    new = _Comment([], reply=False)  # "Edited the post based on the thread."
                elif not _REPLY_OPENER.match(block) and self.speaks_of_post(index):
                    new = _Comment([], reply=False)  # "I think the post underweights dendrites."
                elif (
                    _REPLY_OPENER.match(block)
                    or (_FIRST_POINT.match(block) and not previous_text.endswith(":"))
                    or self.characterises_other(index)
                    or (self.addressed_question(index - 1) and not _RESUMPTION.match(block))
                    # the answer to a one-paragraph question put to the post's author
                    or (
                        comments[-1].asks_author
                        and len(comments[-1].paragraphs) == 1
                        and not _RESUMPTION.match(block)
                    )
                    or self.opens_with_question(index)
                    or self.is_lone_question(index)
                ):
                    new = _Comment([])
                elif self.after_closing_link(comments[-1]) and not _RESUMPTION.match(block):
                    # a comment that ends on a bare link (its reference or "see also") is over: the
                    # next paragraph, unless it talks about the link, is someone else's comment
                    opening = " ".join(self.text[a:b] for a, b in sentences(self.text, start, end)[:2])
                    if not _LINK_ANAPHORA.match(block):
                        new = _Comment([], reply=bool(_SECOND_PERSON.search(opening)))
                else:
                    current = comments[-1]
                    before = habits.habits(
                        " ".join(
                            self.text[a:b]
                            for i, (a, b) in enumerate(current.paragraphs)
                            if i not in current.quotes
                        ),
                        SPLIT_DIMENSIONS,
                    )
                    now = habits.habits(block, SPLIT_DIMENSIONS)
                    if habits.clashes(now, before):
                        # a writer with other typing habits: a reply if it opens by addressing
                        # someone, else a new top-level comment
                        opening = " ".join(self.text[a:b] for a, b in sentences(self.text, start, end)[:2])
                        new = _Comment([], reply=bool(_SECOND_PERSON.search(opening)))
            if new is None and voted and not chrome:
                new = _Comment([])  # a vote count under a comment ends it: what follows answers it
            voted = (voted and chrome and byline is None) or bool(
                _KARMA.match(block.strip()) and byline is None and comments and comments[-1].has_content()
            )
            if new is not None:
                if self.asks_author(index):
                    new.reply, new.asks_author = False, True  # put to the post, not to the comment above
                comments.append(new)
            comment = comments[-1]
            comment.paragraphs.append((start, end))
            if quote_of is not None or chrome:
                comment.quotes.add(len(comment.paragraphs) - 1)
            elif self.addresses_author(index):
                comment.to_author.add(len(comment.paragraphs) - 1)
            owners.append(len(comments) - 1)
            previous_quote = quote_of is not None
            new_section = section or new_section and chrome
        return comments


def _handle_owner(text: str, meta: SourceMeta) -> str | None:
    """The named commenter whose handle appears in a URL of ``text`` (a self-link)."""
    urls = " ".join(re.findall(r"https?://\S+", text)).lower()
    if not urls:
        return None
    for participant in meta.participants:
        if participant.role != Role.COMMENTER:
            continue
        parts = [re.sub(r"[^a-z0-9]", "", p) for p in participant.name.lower().split()]
        handles = {"".join(parts), "-".join(parts), "_".join(parts), ".".join(parts)}
        if len(parts) > 1:
            handles.add(parts[0][0] + parts[-1])
        if any(re.search(rf"[/@=]{re.escape(h)}(?:[/?#]|\b)", urls) for h in handles):
            return participant.name
    return None


# a reply that opens by naming whom it answers: "Thanks, maren, the point ...", "@neuro_fan yes"; the
# name is set off by commas (a vocative), so "Thanks, fixed." or "Thanks, that helps" name nobody
_ADDRESS = re.compile(
    r"^\W*(?:(?:thanks|thank you|thx|cheers|good point|great point|fair point|good question|great question|"
    r"agreed|sorry|hi|hey|yes|no|right|fair enough|ok(?:ay)?)(?:\s*,\s*|\s+(?=(?-i:[A-Z])))"
    r"@?(?P<name>[A-Za-z][\w.'’-]{1,30})\s*[,!]"
    r"|@(?P<at>[A-Za-z][\w.-]{1,30})\b)",
    re.I,
)
# words that open a reply's vocative slot without naming anybody
_NOT_NAMES = frozenset(
    "yes yeah yep sure guys folks people friends friend everybody everyone all both man mate dude "
    "sir madam y'all again though also agreed indeed interesting honestly actually anyway "
    # what a thread talks about, never who writes in it: "the post's compute argument"
    "post op author paper article report study model thread".split()
)

# "by neuro_fan", "by neuro_fan · 3 min read" (not "By contrast, ...")
_BY_HANDLE = re.compile(
    # "by Maya Lindqvist Mar 14 2024 · 7 min read": a date may follow the name before the separator
    rf"^\s*by\s+(?P<name>{_HANDLE_WORDS}?)"  # the shortest name that fits (a lazy count of words)
    rf"\s*(?:(?-i:{_AGE_OR_SCORE})\s*)?(?:[·|•—–-].*)?$",
    re.I,
)


def _post_byline(text: str, blocks: list[Span], meta: SourceMeta) -> str | None:
    """The handle the page prints over the post ("by neuro_fan", alone or over the date and reading
    time, or a header above its first paragraph), so that the author's headed comments are the post
    author's."""
    for index, (start, end) in enumerate(blocks):
        block = text[start:end]
        if end - start >= 200:
            return None  # the post's text has begun
        rows = block.strip().splitlines()
        for at, row in enumerate(rows):  # "by jbrandt" alone, under the title or over the date
            match = _BY_HANDLE.match(row)
            if match and all(_POST_HEADER_LINE.match(rest.strip()) for rest in rows[at + 1 :]):
                return match.group("name").lstrip("@")
        following = text[slice(*blocks[index + 1])] if index + 1 < len(blocks) else ""
        handle = _byline(block, meta, following)
        if handle:
            return handle
    return None


def _attribute(
    comments: list[_Comment], text: str, meta: SourceMeta, author_handle: str | None = None
) -> None:
    """Give each comment a party: ``author``, ``c1``, ``c2``, ... by the thread's alternation."""
    new_parties = 0
    profiles: dict[str, dict[str, int]] = {}

    def fresh() -> str:
        nonlocal new_parties
        new_parties += 1
        return f"c{new_parties}"

    citers: list[str] = []  # parties that cited their own writing, latest last
    handles = _thread_handles(comments, text)

    for index, comment in enumerate(comments):
        body = _body(comment, text)
        if comment.named is not None:
            comment.parent = index - 1 if index and comment.reply else None
            author = find_role(meta.participants, Role.POST_AUTHOR)
            by_author = comment.named in ((author.name,) if author else ()) + (author_handle,)
            comment.party = "author" if by_author else f"n:{comment.named}"
            habits.add(profiles.setdefault(comment.party, {}), body)
            continue
        if index == 0:
            comment.parent = None
            comment.party = fresh()
        elif not comment.reply:
            comment.parent = None
            comment.party = fresh()
        elif comment.quote_of is not None:
            comment.parent = None if comment.quote_of < 0 else comment.quote_of
            if comment.parent is None:
                comment.party = fresh()
            else:
                answered = comments[comment.parent]
                if answered.parent is not None:
                    comment.party = comments[answered.parent].party
                else:
                    comment.party = fresh()
                # the post author's words about "your post" were put to a commenter who writes posts
                # (one seen citing their own writing); that commenter is the one who quotes them back
                quoted = " ".join(text[slice(*comment.paragraphs[i])] for i in comment.quotes)
                if (
                    answered.party == "author"
                    and citers
                    and comment.party not in citers
                    and _READERS_WRITING.search(quoted)
                ):
                    comment.party = citers[-1]
        else:
            previous = index - 1
            comment.parent = previous
            answered = comments[previous]
            called = _called_by(answered, text, handles)
            if called is not None and called != author_handle:
                comment.party = f"n:{called}"  # "dendrite_enjoyer, genuine question ...": they answer
            elif _ANOTHERS_VIEW.match(body):
                comment.party = fresh()  # "I agree with Dana that ...": a third writer weighing two others
            elif _ANSWERS_BOTH.match(body):
                comment.party = "author"  # "Both of these are fair": the post's author, whom both wrote to
            elif answered.parent is not None:
                comment.party = comments[answered.parent].party
            elif answered.asks_author:
                comment.party = "author"  # "Is there an ungated version?" -- "The preprint is here: ..."
            elif answered.digression:
                comment.party = fresh()  # a digression is put to the readers, not to the post's author
            elif answered.party != "author" and _ANSWERS_AS_AUTHOR.search(body[:_AUTHORS_OPENING]):
                # the post's author takes up a comment by thanking, conceding or agreeing; a bare
                # question or a counterpoint put to a commenter comes from another commenter
                comment.party = "author"
            else:
                comment.party = fresh()
        if _AUTHOR_CUE.search(body):
            comment.party = "author"
        if comment.party == "author" and _split_at_address(comments, index):
            body = _body(comment, text)
        # typing habits outvote the alternation: when the comment clearly types otherwise than its
        # party in some dimension (quotes, ellipsis, dashes, "I"), the latest party who types like it
        # takes it (the same writer may post twice in a row)
        found = habits.habits(body, ATTRIBUTE_DIMENSIONS)
        against = habits.clashing(found, profiles.get(comment.party, {}))
        if against:
            for earlier in reversed(comments[:index]):
                if habits.agrees(found, profiles.get(earlier.party, {}), on=against):
                    comment.party = earlier.party
                    if comment.quote_of is None:
                        comment.parent = earlier.parent
                    break
        habits.add(profiles.setdefault(comment.party, {}), body)
        if comment.party != "author" and _SELF_CITATION.search(body):
            citers = [p for p in citers if p != comment.party] + [comment.party]
    # a handle that speaks of "my post" is the post's author, in all its comments
    owners = {c.party for c in comments if c.party.startswith("n:") and _AUTHOR_CUE.search(_body(c, text))}
    for comment in comments:
        if comment.party in owners:
            comment.party = "author"


# A comment that opens by calling a writer by name ("dendrite_enjoyer, genuine question since ...")
_VOCATIVE = re.compile(r"^\W*@?(?P<name>[A-Za-z][\w.-]{1,30}),\s")
# a handle by its form: a lowercase word with an underscore or digits ("dendrite_enjoyer", "neuro42"),
# not an area or a layer ("V1", "CA1", "L5")
_HANDLE_MENTION = re.compile(r"@(?P<at>[A-Za-z][\w.-]{1,30})|\b(?P<name>[A-Za-z][a-z]{2,}\w*[_\d][\w.-]*)\b")


def _thread_handles(comments: list[_Comment], text: str) -> set[str]:
    """Names the thread uses as handles: "@tomasz", one of the ``_MENTIONS`` ("as Priya says"), or
    a word shaped like a handle ("dendrite_enjoyer", "neuro42")."""
    found: set[str] = set()
    for comment in comments:
        body = _body(comment, text)
        for match in _HANDLE_MENTION.finditer(body):
            found.add((match.group("at") or match.group("name")).rstrip(".-").lower())
        for pattern in _MENTIONS:
            found.update(m.group("name").lower() for m in pattern.finditer(body))
    return {h for h in found if h not in STOP_WORDS and h not in _NOT_NAMES}


def _called_by(comment: _Comment, text: str, handles: set[str]) -> str | None:
    """The writer a comment opens by calling by name, when the thread knows that name as a handle:
    a reply to it is theirs."""
    if not comment.paragraphs or 0 in comment.quotes:
        return None
    match = _VOCATIVE.match(text[slice(*comment.paragraphs[0])])
    if not match:
        return None
    name = match.group("name").rstrip(".-")
    return name if name.lower() in handles else None


# How the post's author takes up a comment on the post: thanks, a concession or agreement, an answer
# ("Yes, ...", "Not dumb at all"), the post as their own ("I should have flagged it in the post").
_ANSWERS_AS_AUTHOR = re.compile(
    r"^\W*(?:@[\w.-]+\W*)?(?:(?:thanks|thank you|thx|fair|agreed?|accepted|yes|yeah|yup|yep|fixed|corrected|"
    r"interesting|sorry|good|great|true|right|ok(?:ay)?|hmm+|oh|ah|happy to|please do)\b|"
    # a short answer to a question put to the post ("Plausibly. Rodent data exist ...")
    r"(?:plausibly|possibly|probably|perhaps|maybe|definitely|absolutely|partly)\s*[.!]|"
    r"first of all\b|firstly\b|(?:honest|short|quick|simple) answer\b|"  # a point-by-point or plain answer
    rf"{_VERDICT_ON_ANALOGY}|"
    r"(?:this|that|it)(?:['’]s| is| was) (?:an? |the )?(?:\w+ )?(?:fair|good|great|helpful|useful|valid|"
    r"reasonable|objection|point|criticism|correction)\b|"
    r"you(?:['’]re| are) (?:\w+ )?right\b|i (?:\w+ )?(?:agree|accept|concede)\b|"
    r"i think (?:that['’]s|you['’]re|this is|you are) (?:\w+ )?(?:right|fair|correct)\b|"
    r"not (?:a )?(?:dumb|naive|stupid|silly) (?:at all|question)|replying to (?:both|all|everyone)\b|"
    # an answer to the comment's numbered points, a clarification of what the writer meant before
    r"on (?:your )?point\s*(?:#|no\.?\s*)?\d|to clarify\b|what i meant\b|i meant\b)"
    r"|\bi should have\b|\bmy post\b|\bin the post,? i\b|\bannoyed with myself\b|\bmy (?:bad|mistake)\b"
    r"|\bmy (?:claim|point|argument|conclusion) (?:is|was)\b"
    r"|\bi(?:['’]ll| will)? grant\b|\bi can (?:\w+ )?live with\b|\b(?:when|while) (?:i was )?writing\b"
    # the two sides of an exchange the writer was already in: "I think I found where we differ"
    r"|\bwhere we (?:disagree|differ)\b|\bour (?:\w+ )?(?:disagreement|crux)\b",
    re.I,
)
_AUTHORS_OPENING = 200  # characters: the reply's first sentence or two
# A reply taking up the two comments before it at once ("Both of these are fair, and I undersold ...",
# "Thanks, both"): the post's author, to whom both were written
_ANSWERS_BOTH = re.compile(
    r"^\W*(?:both of (?:these|those|you|them)\b|(?:thanks|thank you),? (?:both|you both)\b|"
    r"you(?:['’]re| are) both\b|replying to (?:both|you both)\b)",
    re.I,
)

# A reply that weighs a named writer's view in the third person ("I agree with Marguerite that ...",
# "I think tobias is right that ...") comes from neither side of the exchange it follows.
_ANOTHERS_VIEW = re.compile(
    r"^\W*(?:I (?:mostly |partly |strongly )?(?:agree|disagree) with "
    rf"{_NOT_A_WRITER}[\w.-]+ (?:that|on|about)\b|"
    rf"{_VERDICT_ON_WRITER}|"
    rf"I['’]m (?:mostly |partly )?with {_NOT_A_WRITER}[\w.-]+ (?:on|here)\b)",
    re.I,
)


def _split_at_address(comments: list[_Comment], index: int) -> bool:
    """Cut the post author's comment ``index`` before a later paragraph that speaks to the post's
    author; that paragraph opens a top-level comment of someone else (inserted after it)."""
    comment = comments[index]
    cut = min((i for i in comment.to_author if i > 0), default=None)
    if cut is None:
        return False
    rest = _Comment(
        comment.paragraphs[cut:],
        reply=False,
        quotes={i - cut for i in comment.quotes if i >= cut},
        to_author={i - cut for i in comment.to_author if i >= cut},
    )
    comment.paragraphs = comment.paragraphs[:cut]
    comment.quotes = {i for i in comment.quotes if i < cut}
    comment.to_author = {i for i in comment.to_author if i < cut}
    comments.insert(index + 1, rest)
    return True


def _body(comment: _Comment, text: str) -> str:
    return " ".join(text[s:e] for i, (s, e) in enumerate(comment.paragraphs) if i not in comment.quotes)


def _addressee(comment: _Comment, text: str, post: str, meta: SourceMeta) -> str | None:
    """The name a reply opens by addressing ("Thanks, maren, ...", "@neuro_fan"): a sidecar
    commenter's name if it is one, else the name as written. A word of the post or a common word
    ("Thanks, though, ...", "Thanks, all, ...") is no name."""
    if not comment.paragraphs or 0 in comment.quotes:
        return None
    match = _ADDRESS.match(text[slice(*comment.paragraphs[0])])
    if not match:
        return None
    name = (match.group("name") or match.group("at")).rstrip(".'’-")
    for participant in meta.participants:
        if participant.role == Role.COMMENTER and name.lower() in (
            participant.name.lower(),
            participant.name.split()[0].lower(),
        ):
            return participant.name
    lowered = name.lower()
    if lowered in STOP_WORDS or lowered in _NOT_NAMES:
        return None
    if re.search(rf"\b{re.escape(lowered)}\b", post.lower()):
        return None
    return name


# A writer named by another for what they said: "I think kaelan is right that calcium imaging gives you
# effective coupling at best", "I agree with mkowal that ...", "As mkowal said, ...", "(Rowan's point)".
_NAME = r"(?P<name>[A-Za-z][\w-]{2,30})"
_MENTIONS = (
    re.compile(rf"\b{_NAME} (?:is|was) (?:(?:\w+ )?(?:right|correct|wrong|mistaken)) (?:that|about|to)\b"),
    re.compile(rf"\bI (?:\w+ )?(?:agree|disagree) with {_NAME} (?:that|on|about)\b"),
    re.compile(rf"\b[Aa]s {_NAME} (?:said|says|explained|pointed out|noted|mentioned|suggested|argued)\b"),
    # "vesper's interneuron correction": the words before the noun name what was said
    re.compile(
        rf"\b{_NAME}['’]s (?P<what>(?:[\w-]+ ){{0,2}}?)(?:point|argument|objection|comment|suggestion|worry|"
        r"concern|idea|figure|number|estimate|correction|analogy)\b"
    ),
    # what the named writer brought up, before the name: "The supplementary sweep okafor mentioned"
    re.compile(
        rf"\b[Tt]he (?P<what>(?:[\w-]+ ){{1,5}}){_NAME} (?:mentioned|described|cited|linked|raised|"
        r"suggested|brought up|pointed (?:out|to))\b"
    ),
)
# the post naming a commenter in an edit: "Also added caveat 2 after okafor's comment"
_POST_NAMES_COMMENTER = r"['’]s (?:comment|reply|correction|point|objection)"
_ECHO_WORD = re.compile(r"[A-Za-z][A-Za-z-]{3,}")
_ECHO_STEM = 6  # "compartment" and "compartments", "perturb" and "perturbation" share a stem this long
_ECHO_MIN = 0.6  # the echo that ties a mention to a writer (a word only they used counts 1)
_ECHO_MARGIN = 2.0  # and by how much it must outweigh the next writer's echo


# words of agreement and emphasis that anyone's comment may hold: no echo of anyone in particular
_NO_ECHO = frozenset(
    "agree agreed strong strongly real really right think point good great basically actually probably "
    "important main thing things exactly just like".split()
)


def _echo_words(text: str) -> list[str]:
    return [
        w.lower()[:_ECHO_STEM]
        for w in _ECHO_WORD.findall(text)
        if w.lower() not in STOP_WORDS and w.lower() not in _NO_ECHO
    ]


def _echoed_party(said: set[str], words: dict[str, Counter[str]]) -> str | None:
    """The party whose words ``said`` echoes most: each shared word is shared out among the parties
    by how often each used it (a word only one writer used goes wholly to them), if one party clearly
    outweighs the rest."""
    used = Counter[str]()
    for counts in words.values():
        used.update({w: counts[w] for w in said if counts[w]})
    scores = sorted(
        ((sum(counts[w] / used[w] for w in said if counts[w]), party) for party, counts in words.items()),
        reverse=True,
    )
    if not scores or scores[0][0] < _ECHO_MIN:
        return None
    if len(scores) > 1 and scores[1][0] * _ECHO_MARGIN > scores[0][0]:
        return None  # two writers said much the same: no telling whom the name is
    return scores[0][1]


# where the credited clause ends: "tbaxter is right that this is close to neutral, and after reading the
# replies I'd walk back ..." credits only "this is close to neutral"
_CLAUSE_END = re.compile(r"[;:(]|,\s+(?:and|but|so|though|although|which|while)\b|\s[—–]\s")


def _what_is_credited(sentence: str, match: re.Match[str]) -> str:
    """The words a mention credits: a parenthesised "(Rowan's point)" credits the phrase just before it
    ("perturbation (Rowan's point)"), any other mention what follows it ("mkessler's point that
    proofreading, not imaging, is the bottleneck")."""
    if match.groupdict().get("what"):
        return match.group("what")
    before = sentence[: match.start()]
    if before.rstrip().endswith("("):
        return _phrase_before(before.rstrip()[:-1])
    return _CLAUSE_END.split(sentence[match.end() :], maxsplit=1)[0]


def _phrase_before(text: str) -> str:
    """The phrase a parenthesised credit follows: "weights need perturbation" of "...: weights need
    perturbation (Rowan's point)"."""
    return re.split(r"[;:,(]", text)[-1]


# a writer credited in parentheses after what they said, by a name the thread uses as a handle:
# "2x for MACs vs FLOPs (rafe_m)", "maybe 10x for robustness (@mpetrosyan, highly uncertain)"
_CREDIT_IN_PARENS = re.compile(r"\(@?(?P<name>[A-Za-z][\w.-]{2,30})(?:,[^()]{0,60})?\)")


def _named_by_echo(comments: list[_Comment], text: str, post: str) -> dict[str, str]:
    """Parties named where another writer weighs what they said: the named writer is the earlier
    commenter whose words the credited part of the mentioning sentence echoes most (a name the post
    uses, a stop word or a common word names nobody, unless the post names a comment by it: "after
    okafor's comment")."""
    found: dict[str, str] = {}
    post_words = post.lower()
    handles = _thread_handles(comments, text)
    for index, comment in enumerate(comments):
        words: dict[str, Counter[str]] = {}
        for earlier in comments[:index]:
            if earlier.party not in ("author", comment.party) and not earlier.party.startswith("n:"):
                words.setdefault(earlier.party, Counter()).update(_echo_words(_body(earlier, text)))
        for a, b in (p for i, p in enumerate(comment.paragraphs) if i not in comment.quotes):
            for s, e in sentences(text, a, b):
                sentence = text[s:e]
                for pattern in _MENTIONS:
                    for match in pattern.finditer(sentence):
                        name = match.group("name")
                        lowered = name.lower()
                        in_post = re.search(rf"\b{re.escape(lowered)}\b", post_words) and not re.search(
                            rf"\b{re.escape(lowered)}{_POST_NAMES_COMMENTER}", post_words
                        )
                        if lowered in STOP_WORDS or lowered in _NOT_NAMES or in_post:
                            continue
                        said = set(_echo_words(_what_is_credited(sentence, match)))
                        party = _echoed_party(said, words)
                        if party is not None:
                            found.setdefault(party, name)
                for match in _CREDIT_IN_PARENS.finditer(sentence):
                    name = match.group("name")
                    if name.lower() not in handles or re.search(
                        rf"\b{re.escape(name.lower())}\b", post_words
                    ):
                        continue
                    said = set(_echo_words(_phrase_before(sentence[: match.start()])))
                    party = _echoed_party(said, words)
                    if party is not None:
                        found.setdefault(party, name)
    return found


def _name_parties(comments: list[_Comment], text: str, meta: SourceMeta, post: str = "") -> dict[str, str]:
    """Map parties to names: bylines, self-links to sidecar commenters, the name a reply addresses
    the comment it answers by, a name another writer credits with the words of an earlier comment
    (``_named_by_echo``), then self-citation for the one remaining sidecar commenter."""
    names: dict[str, str] = {c.party: c.named or c.party[2:] for c in comments if c.party.startswith("n:")}
    for comment in comments:
        if comment.party == "author" or comment.party in names:
            continue
        body = " ".join(text[s:e] for s, e in comment.paragraphs)
        owner = _handle_owner(body, meta)
        if owner and comment.party not in names and owner not in names.values():
            names[comment.party] = owner
    for comment in comments:
        if comment.parent is None:
            continue
        answered = comments[comment.parent].party
        name = _addressee(comment, text, post, meta)
        if name and answered not in ("author", comment.party) and answered not in names:
            if name not in names.values():
                names[answered] = name
    for party, name in _named_by_echo(comments, text, post).items():
        # a name may already be a party's because a reply answered a question put to it by name
        if party not in names and (name not in names.values() or names.get(f"n:{name}") == name):
            names[party] = name
    remaining = [
        p.name for p in meta.participants if p.role == Role.COMMENTER and p.name not in names.values()
    ]
    if len(remaining) == 1:
        citations: dict[str, int] = {}
        for comment in comments:
            if comment.party == "author" or comment.party in names:
                continue
            body = " ".join(text[s:e] for s, e in comment.paragraphs)
            citations[comment.party] = citations.get(comment.party, 0) + len(_SELF_CITATION.findall(body))
        best = max(citations.items(), key=lambda item: item[1], default=(None, 0))
        if best[0] is not None and best[1] > 0:
            names[best[0]] = remaining[0]
    return names


def _all_lines_match(pattern: re.Pattern[str], block: str) -> bool:
    rows = [row.strip() for row in block.splitlines() if row.strip()]
    return bool(rows) and len(block) < 300 and all(pattern.match(row) for row in rows)


def _find_thread(text: str, blocks: list[Span]) -> tuple[int, int]:
    """Indexes: first thread paragraph and first footer paragraph (len(blocks) if none)."""
    thread_start = len(blocks)
    seen_body = False  # a cue above the post's first real paragraph is site navigation
    for index, (start, end) in enumerate(blocks):
        block = text[start:end]
        if seen_body and _all_lines_match(_THREAD_START, block):
            thread_start = index + 1
            while thread_start < len(blocks) and _all_lines_match(
                _THREAD_START, text[slice(*blocks[thread_start])]
            ):
                thread_start += 1
            break
        seen_body = seen_body or end - start >= 80
    footer = len(blocks)
    for index in range(thread_start if thread_start < len(blocks) else 1, len(blocks)):
        first_line = text[slice(*blocks[index])].splitlines()[0].strip()
        if _FOOTER.match(first_line):
            footer = index
            break
    return thread_start, footer


def _blocks(text: str) -> list[Span]:
    """Paragraphs; in a copy that separates paragraphs by single line breaks (no blank lines, but
    many lines), each line is one."""
    blocks = paragraphs(text)
    rows = lines(text, 0, len(text))
    if len(blocks) == 1 and len(rows) >= 4 or len(blocks) <= 3 and len(rows) >= 10:
        return rows
    return blocks


def segment_forum(text: str, meta: SourceMeta, headings: Sequence[Span] = ()) -> list[Segment]:
    blocks = _blocks(text)
    if not blocks:
        return []
    named_author = find_role(meta.participants, Role.POST_AUTHOR)
    author = (named_author.name if named_author else None, Role.POST_AUTHOR)
    thread_start, footer = _find_thread(text, blocks)
    segments: list[Segment] = []
    in_references = False
    heading_spans = set(headings)
    for index, (start, end) in enumerate(blocks[: min(thread_start, footer)]):
        block = text[start:end]
        in_references = in_references or bool(_FOOTNOTE_MARK.match(block))
        boilerplate = (
            in_references
            or bool(_BODY_BOILERPLATE.match(block))
            or _all_lines_match(_POST_HEADER_LINE, block)
            or bool(_URL_ONLY.match(block))
            or _all_lines_match(_THREAD_START, block)
        )
        heading = not boilerplate and (
            (start, end) in heading_spans or ("\n" not in block and index > 0 and is_heading_line(block))
        )
        segments.append(
            Segment(
                start=start,
                end=end,
                speaker=author[0],
                role=author[1],
                boilerplate=boilerplate,
                heading=heading,
            )
        )
    thread = blocks[thread_start:footer]
    if thread:
        body_span = (blocks[0][0], blocks[thread_start - 1][1])
        comments = _Thread(text, meta, body_span, thread).split()
        _attribute(comments, text, meta, _post_byline(text, blocks[:thread_start], meta))
        names = _name_parties(comments, text, meta, text[slice(*body_span)])
        ordinals: dict[str, int] = {}
        for comment in comments:
            if comment.party == "author":
                speaker, role, ordinal = author[0], Role.POST_AUTHOR, None
            elif comment.party in names:
                speaker, role, ordinal = names[comment.party], Role.COMMENTER, None
            else:
                ordinal = ordinals.setdefault(comment.party, len(ordinals) + 1)
                speaker, role = None, Role.COMMENTER
            for position, (start, end) in enumerate(comment.paragraphs):
                block = text[start:end]
                boilerplate = (
                    position in comment.quotes or bool(_URL_ONLY.match(block)) or block.strip() == "\\"
                )
                segments.append(
                    Segment(
                        start=start,
                        end=end,
                        speaker=speaker,
                        role=role,
                        ordinal=ordinal,
                        boilerplate=boilerplate,
                    )
                )
    for start, end in blocks[max(footer, thread_start) :]:
        segments.append(Segment(start=start, end=end, speaker=author[0], role=author[1], boilerplate=True))
    return segments
