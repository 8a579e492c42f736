"""Forum posts with an unmarked comment thread (EA Forum, LessWrong and the like).

The post body is the post author's (role ``post_author``; named only if the sidecar lists a
``post_author`` participant). The thread starts after generic cues ("N comments", "Sorted by",
"Click to highlight new comments", "More posts like this", "New Comment"); footers ("Curated and
popular this week", "Relevant opportunities", ...) and reference lists are boilerplate.

The thread is cut into comments at paragraphs that (a) repeat earlier text (a quote opening a
reply; the quote itself is boilerplate), (b) open like a reply ("Thanks", "Yup!", "I agree",
"Good question", "On point 2", ...), (c) answer a question the previous paragraph put to
"you", (d) switch typing habits (curly vs straight apostrophes), or (e) are a byline naming a
sidecar participant ("Grace Hopper · 2y"). A reply's speaker follows the thread's alternation:
it is the party that the comment it answers was itself answering; a quote of the post opens a
new commenter; "Addendum:"/"Edit:" continue the same speaker; a reply that speaks of "my post"
is the post author's; a comment whose typing habits contradict its party goes to the latest
party who types like it. Commenters named in the sidecar are recognised by a byline, by a
self-link (a URL holding their handle, e.g. ``twitter.com/geoffreyirving``) or, for the one
remaining named commenter, by citing their own writing ("see my post", "for reasons here",
"§3.1 here"). Unnamed commenters get ordinals 1, 2, ... by first appearance. Bylines and vote
or "Reply" lines are boilerplate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.segmenters.text import Span, find_role, is_heading_line, paragraphs, sentences
from ontology.models import Role, Segment, SourceMeta

_THREAD_START = re.compile(
    r"^(?:\d+\s+comments?\b.*|.*\bsorted by\b.*|.*click to highlight new comments.*|new comments?|"
    r"comments?(?:\s*\(\d+\))?|\d+\s+(?:replies|responses)\b.*|leave a (?:comment|reply).*|"
    r"more posts like this|discussion|post a comment|add a comment|join the discussion)\s*$",
    re.I,
)
_FOOTER = re.compile(
    r"^(?:curated and popular this week|relevant opportunities|recent discussion|related posts?|"
    r"recommended|popular posts|you might also like|read more|sponsored|advertisement|"
    r"subscribe.*|sign up.*|share this.*|more from .*|previous post.*|next post.*)\s*$",
    re.I,
)
_BODY_BOILERPLATE = re.compile(
    r"^(?:hide table of contents|table of contents|contents|graphical abstract|abstract|"
    r"\\|share|tags?:.*|\d+\s*min read|listen to this post)\s*$",
    re.I,
)
_FOOTNOTE_MARK = re.compile(r"^\s*\d+\.\s*\^\s*$")
_URL_ONLY = re.compile(r"^\s*(?:<?https?://\S+>?\s*)+$")
_REPLY_OPENER = re.compile(
    # words that open a reply in conversation; bare interjections only when punctuation follows
    r"^(?:(?:thanks|thank you|thx|yup|yep|yeah|ya)\b|"
    r"(?:yes|no|nope|sure|right|oh|ah|hmm+|cool|nice|wow|interesting|agreed|exactly|indeed|true)\s*[,.!:;…-]|"
    r"(?:yes and no|i agree|i disagree|good question|great question|good point|great point|fair point|"
    r"that'?s fair|fair enough|great post|good post|nice post|sorry|i apologi[sz]e|"
    r"i think i (?:get|see|understand)|i see\b|(?:that|this|it) makes (?:a lot of |more )?sense|"
    r"(?:now )?(?:i think )?we(?:'re| are) on the same page|what about|how about|"
    r"on (?:your )?point\s*(?:#|no\.?\s*)?\d|re:|regarding your|what i meant|to clarify|i meant|"
    r"not (?:my|what i) (?:claim|point|argument|position)|not sure i (?:follow|understand|agree)|"
    r"could you|can you|do you|did you|have you|are you|would you say)\b)",
    re.I,
)
_CONTINUATION = re.compile(
    r"^[*_]*(?:addendum|edit(?:ed)?|update|p\.?\s?s\.?|caveat|also)\s*\d*\s*[:.]", re.I
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|you've|you'd)\b", re.I)
_INDIRECT_QUESTION = re.compile(
    r"\b(?:wondering|curious|confused|unclear|not clear)\b[^.?!]{0,20}\b(?:if|whether|why|how|what)\b"
    r"|correct (?:me )?if (?:i'?m )?wrong|what do you think|any thoughts",
    re.I,
)
_AUTHOR_CUE = re.compile(
    r"\bI(?:'ve| have)? (?:just |now )?(?:edited|updated|changed) (?:my|the) (?:original )?post\b"
    r"|\b(?:in|of|from|with|through) my (?:original )?post\b(?!\s+[A-Z\"“])"
    r"|\bmy (?:main |original )?(?:argument|point|claim|goal|aim) in (?:my|the|this) post\b"
    r"|\bwhat I (?:said|wrote|argued) in (?:my|the) post\b",
    re.I,
)
_SELF_CITATION = re.compile(
    r"\b(?:see|read) my (?:post|posts|blog post|article|paper|series)\b|\bI wrote (?:a|about|up)\b"
    r"|\bfor reasons (?:described |explained |summarized |briefly summarized )?(?:in \S+ )?here\b"
    r"|\b(?:copying|quoting|adapted) from (?:§\s?[\d.]+ )?here\b|§\s?\d[\d.]* (?:of )?here\b"
    r"|\bmy (?:recent |earlier |old )?(?:post|blog post|article) (?:on|about)\b",
    re.I,
)
_QUOTE_MIN = 25
_CHROME = re.compile(
    r"^(?:reply|permalink|report|share|parent|context|load more.*|show more.*|see more.*|"
    r"[-+]?\d+\s*(?:points?|votes?|karma|likes?|agree|disagree)|\d+\s*[ymwdh]|"
    r"\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago|[↑↓▲▼]\s*\d*)\s*$",
    re.I,
)
_BYLINE_TAIL = re.compile(
    r"^\s*(?:[·|•—–-]\s*|,\s*)?(?:[-+]?\d+\s*(?:points?|karma|votes?)|\d+\s*[ymwdh]\b|"
    r"\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago|"
    r"(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{4}-\d{2}-\d{2}|[\s·|•—–-])*\s*:?\s*$"
)


def _byline(block: str, meta: SourceMeta) -> str | None:
    """The participant a line like ``Steven Byrnes · 2y · 12 karma`` names, if it is one."""
    if "\n" in block.strip() or len(block) > 100:
        return None
    stripped = block.strip().lstrip("@")
    for participant in meta.participants:
        if participant.role not in (Role.COMMENTER, Role.POST_AUTHOR):
            continue
        if stripped.lower().startswith(participant.name.lower()):
            if _BYLINE_TAIL.match(stripped[len(participant.name) :]):
                return participant.name
    return None


def _norm(text: str) -> str:
    text = re.sub(r"[“”«»„\"]", '"', text)
    text = re.sub(r"[‘’`]", "'", text)
    text = text.replace("…", "...")
    return re.sub(r"\s+", " ", text).strip().lower()


_TYPOGRAPHIC = re.compile(r"\w’\w|[“”]")
_ASCII = re.compile(r"\w'\w")


def _marks(text: str) -> tuple[int, int]:
    """Curly (’ “ ”) and straight (') apostrophes and quotes a writer typed: an editor habit."""
    return len(_TYPOGRAPHIC.findall(text)), len(_ASCII.findall(text))


def _typing(text: str) -> int:
    """Curly minus straight marks: > 0 for a writer whose editor curls apostrophes and quotes."""
    typographic, plain = _marks(text)
    return typographic - plain


def _style(text: str) -> int:
    """+1 when a writer clearly types curly marks, -1 straight ones, 0 when mixed or unknown."""
    typographic, plain = _marks(text)
    if typographic and typographic >= 3 * plain:
        return 1
    if plain and plain >= 3 * typographic:
        return -1
    return 0


def _sign(value: int) -> int:
    return (value > 0) - (value < 0)


@dataclass
class _Comment:
    paragraphs: list[Span]
    quote_of: int | None = None  # index of the comment (or -1 for the post) this one quotes
    reply: bool = True
    parent: int | None = None  # index of the comment answered; None = the post
    party: str = ""
    quotes: set[int] = field(default_factory=set)  # paragraph indexes that are quotations or chrome
    named: str | None = None  # the name a byline gives

    def has_content(self) -> bool:
        return len(self.paragraphs) > len(self.quotes)


class _Thread:
    def __init__(self, text: str, meta: SourceMeta, body: Span, thread: list[Span]):
        self.text = text
        self.meta = meta
        self.body_norm = _norm(text[body[0] : body[1]])
        self.spans = thread
        self.norms = [_norm(text[s:e]) for s, e in thread]

    def quoted_source(self, index: int, owners: list[int]) -> int | None:
        """-1 if paragraph ``index`` repeats the post, else the comment it repeats, else None."""
        needle = self.norms[index].strip(" \"'>").rstrip(".…")
        if needle.endswith("..."):
            needle = needle[:-3].rstrip()
        if len(needle) < _QUOTE_MIN:
            return None
        if needle in self.body_norm:
            return -1
        for earlier in range(index):
            if needle in self.norms[earlier] and owners[earlier] >= 0:
                return owners[earlier]
        return None

    def addressed_question(self, index: int) -> bool:
        """Does paragraph ``index`` end by putting a question to the reader ("you")?"""
        start, end = self.spans[index]
        tail = sentences(self.text, start, end)[-2:]
        for s, e in tail:
            sentence = self.text[s:e]
            if ("?" in sentence or _INDIRECT_QUESTION.search(sentence)) and _SECOND_PERSON.search(sentence):
                return True
        return False

    def opens_with_question(self, index: int) -> bool:
        start, end = self.spans[index]
        first = sentences(self.text, start, end)[:1]
        if not first:
            return False
        sentence = self.text[first[0][0] : first[0][1]]
        block = self.text[start:end]
        return (
            sentence.rstrip(")\"”' ").endswith("?")
            and bool(_SECOND_PERSON.search(block))
            and not sentence.lower().startswith(("would you", "could you imagine"))
        )

    def split(self) -> list[_Comment]:
        comments: list[_Comment] = []
        owners: list[int] = []
        previous_quote = False
        for index, (start, end) in enumerate(self.spans):
            block = self.text[start:end]
            byline = _byline(block, self.meta)
            chrome = byline is not None or bool(_CHROME.match(block))
            quote_of = None if chrome else self.quoted_source(index, owners)
            is_list_item = bool(re.match(r"^\s*(?:[-*•●]|\d{1,2}[.)])\s", block))
            new: _Comment | None = None
            if byline is not None:
                if comments and not comments[-1].has_content() and comments[-1].named is None:
                    comments[-1].named = byline
                else:
                    new = _Comment([], named=byline)
            elif not comments:
                new = _Comment([], reply=False)
            elif chrome or not comments[-1].has_content():
                pass
            elif quote_of is not None and not previous_quote:
                new = _Comment([], quote_of=quote_of)
            elif quote_of is None and not previous_quote and not is_list_item:
                if _CONTINUATION.match(block):
                    pass
                elif (
                    _REPLY_OPENER.match(block)
                    or self.addressed_question(index - 1)
                    or self.opens_with_question(index)
                ):
                    new = _Comment([])
                else:
                    current = comments[-1]
                    before = _style(
                        " ".join(
                            self.text[a:b]
                            for i, (a, b) in enumerate(current.paragraphs)
                            if i not in current.quotes
                        )
                    )
                    now = _style(block)
                    if before and now and before != now:
                        # a writer with other typing habits: a reply if it opens by addressing
                        # someone, else a new top-level comment
                        opening = " ".join(self.text[a:b] for a, b in sentences(self.text, start, end)[:2])
                        new = _Comment([], reply=bool(_SECOND_PERSON.search(opening)))
            if new is not None:
                comments.append(new)
            comment = comments[-1]
            comment.paragraphs.append((start, end))
            if quote_of is not None or chrome:
                comment.quotes.add(len(comment.paragraphs) - 1)
            owners.append(len(comments) - 1)
            previous_quote = quote_of is not None
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


def _attribute(comments: list[_Comment], text: str, meta: SourceMeta) -> None:
    """Give each comment a party: ``author``, ``c1``, ``c2``, ... by the thread's alternation."""
    new_parties = 0
    profiles: dict[str, int] = {}

    def fresh() -> str:
        nonlocal new_parties
        new_parties += 1
        return f"c{new_parties}"

    for index, comment in enumerate(comments):
        body = " ".join(text[s:e] for i, (s, e) in enumerate(comment.paragraphs) if i not in comment.quotes)
        if comment.named is not None:
            comment.parent = index - 1 if index else None
            author = find_role(meta.participants, Role.POST_AUTHOR)
            comment.party = "author" if author and author.name == comment.named else f"n:{comment.named}"
            profiles[comment.party] = profiles.get(comment.party, 0) + _typing(body)
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
        else:
            previous = index - 1
            comment.parent = previous
            answered = comments[previous]
            if answered.parent is not None:
                comment.party = comments[answered.parent].party
            else:
                comment.party = "author" if answered.party != "author" else fresh()
        if _AUTHOR_CUE.search(body):
            comment.party = "author"
        # typing habits (curly vs straight apostrophes) outvote the alternation: the latest
        # party who types like this comment takes it (the same writer may post twice in a row)
        style = _style(body)
        if style and _sign(profiles.get(comment.party, 0)) == -style:
            for earlier in reversed(comments[:index]):
                if _sign(profiles.get(earlier.party, 0)) == style:
                    comment.party = earlier.party
                    if comment.quote_of is None:
                        comment.parent = earlier.parent
                    break
        profiles[comment.party] = profiles.get(comment.party, 0) + _typing(body)


def _name_parties(comments: list[_Comment], text: str, meta: SourceMeta) -> dict[str, str]:
    """Map parties to named commenters from the sidecar: self-links first, then self-citation."""
    names: dict[str, str] = {c.party: c.named for c in comments if c.named and c.party.startswith("n:")}
    for comment in comments:
        if comment.party == "author" or comment.party in names:
            continue
        body = " ".join(text[s:e] for s, e in comment.paragraphs)
        owner = _handle_owner(body, meta)
        if owner and comment.party not in names and owner not in names.values():
            names[comment.party] = owner
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


def segment_forum(text: str, meta: SourceMeta, headings: Sequence[Span] = ()) -> list[Segment]:
    blocks = paragraphs(text)
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
        _attribute(comments, text, meta)
        names = _name_parties(comments, text, meta)
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
