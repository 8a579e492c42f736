"""Which work a claim reports, read across its whole document.

A sentence rarely names the work it reports in full: it says "they found", "the same paper
reports" or "the Beniaguev network", and the document names the work elsewhere ("Beniaguev,
Segev & London (2021)", a link post's first line). A sentence-level component cannot see that
far, so this pass runs on a source's claims after extraction. It

- writes every author-year citation one way ("Mu et al. (2019" becomes "Mu et al. 2019");
- knows works named as people say them ("a paper by Attwell and Laughlin in 2001", "Bastos and
  colleagues"), and adds a work to a claim that names its first author alone;
- resolves "the paper", "this study", "they found", "their model" to the work named last before
  the claim (within ``NEAR`` characters), or to the work a link post is about, and cites the work a
  post quotes under "From the paper:";
- drops "citations" of the conversation's own participants ("Mr. Carlsmith suggested ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from ingest.components.citations import AUTHOR_YEAR, NOT_AUTHORS
from ingest.segmenters.text import SHORT_FORMS, TITLES
from ontology.models import Claim, Source

NEAR = 1500  # characters back to the work a "they found" or "the paper" can mean
LINK_POST = re.compile(r"\blink ?post\b", re.I)
SURNAME = re.compile(r"[A-Z][a-zA-Z'’\-]*[a-z][a-zA-Z'’\-]*")  # "Beniaguev", "Herculano-Houzel"; not "D."
# a citation that names no work: "the paper", "this study", "that report" (indefinite ones, "a
# paper", introduce a new work and have no antecedent)
VAGUE = re.compile(
    r"(?:the|this|that|their|the same|the original) (?:(?:recent|unpublished|original) )*"
    r"(?:paper|study|article|report|preprint|work|result|finding|analysis|abstract)",
    re.I,
)
INDEFINITE = re.compile(
    r"(?:a|one|a recent) (?:(?:recent|unpublished) )*(?:paper|study|article|preprint)", re.I
)
# a sentence that speaks of a work without naming it
ANAPHOR = re.compile(
    r"\b(?:(?:the|this|that) (?:same )?(?:paper|study|article|preprint|report|result|finding)s?"
    r"|the (?:authors|researchers)|(?:this|that) work"
    r"|their (?:[a-z-]+ )?(?:models?|networks?|paper|study|results?|data|abstraction|approach|"
    r"setup|analysis|estimate|method|figure|numbers?)"
    r"|they (?:found|find|showed|show|trained|train|fit|fitted|use|used|took|take|report|reported|"
    r"measured|recorded|ran|claim|claimed|estimate|estimated|argue|argued|tested|compared|modell?ed|"
    r"simulated|built|looked|removed|added|knocked|assume|assumed|adopt|adopted|conclude|concluded|"
    r"suggest|suggested|propose|proposed|were fitting|were trying|got|needed|did)\b)",
    re.I,
)
TITLED = re.compile(rf"\b{TITLES}\s+(?:[A-Z][a-z]+\s+)?$")  # "Dr. ", "Prof. Ingrid "
# what a citation calls its work: "the paper" may be "Beniaguev et al. 2021" but not "the Quanta
# article" or "Ajeya's report"
KIND = {
    **dict.fromkeys(("paper", "study", "preprint", "abstract", "result", "finding", "analysis"), "paper"),
    "article": "article",
    "report": "report",
    **dict.fromkeys(("lab", "group", "team"), "lab"),
    **{kind: kind for kind in ("estimate", "model", "data", "book", "post", "thread", "talk")},
}
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
# "Laughlin", "Herculano-Houzel", "Häusser", "McGee", "MacKay", "O'Keefe"
_SURNAME = rf"(?:Mc|Mac|O['’])?[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
# a surname, or a first name and surname ("Simon Laughlin"), never a title ("Prof.")
_NOT_FIRST = "|".join(sorted(NOT_AUTHORS))  # "From Attwell" is no first name and surname
_FIRST = rf"(?!(?:{_NOT_FIRST})\b)[{_UPPER}][{_LOWER}]+"
_PERSON = rf"(?!{TITLES}\b)(?:{_FIRST} )?{_SURNAME}(?! [{_UPPER}])"
_AUTHORS = rf"{_PERSON}(?: (?:and|&) {_PERSON})?"
# a first name and a surname, both needed: after a year, "Google and Facebook" are no one's work
_FULL_NAME = rf"(?!{TITLES}\b){_FIRST} {_SURNAME}(?! [{_UPPER}])"
_WORK_NOUN = r"(?:paper|work|study|studies|results?|analysis|experiments?|budget|data|survey)"
_BY = r"(?:described|proposed|shown|reported|introduced|developed|measured|estimated|found)"
_IDEA_NOUN = r"(?:argument|idea|proposal|framework|hypothesis)"  # "a classic argument from Peter Lennie"
# a work named by its authors without a year, as people say it ("the Izhikevich model" and "the
# Fermi estimate" name a method after a person, so "model" and "estimate" need "by" or "from")
BY_NAME = re.compile(
    rf"\b(?:(?:{_WORK_NOUN}|{_IDEA_NOUN}|model|estimate) (?:by|from)|{_BY} by) (?P<by>{_AUTHORS})"
    rf"(?: in (?P<year>(?:19|20)\d\d))?(?![{_LOWER}-]| (?!in\b|and\b)[{_LOWER}])"  # not "by Hodgkin-Huxley"
    rf"|\bthe (?P<the>{_AUTHORS}) {_WORK_NOUN}\b"
    rf"|\b(?P<lead>{_AUTHORS}) (?P<colleagues>and (?:colleagues|co-?workers|co\b)|et al\b)"
    rf"(?:,? in (?P<when>(?:19|20)\d\d)\b)?"
    rf"|\b(?P<lab>{_PERSON})['’]s? (?:lab|group|team)\b"  # "Misha Ahrens' lab"
    # what its authors made, in the possessive: "Attwell and Laughlin's energy budget", "Lennie's
    # figure", "Herculano Houzel's counting"
    rf"|\b(?P<poss>{_AUTHORS})['’]s (?:[\w.-]+ ){{0,3}}?(?:{_WORK_NOUN}|model|estimate|number|figure|"
    r"counts?|counting|method|theory|calculation|simulation)\b"
    # a figure named after who measured it: "the Herculano-Houzel number"
    rf"|\bthe (?P<figure>{_AUTHORS}) (?:number|figure|counts?)\b"
    # two authors with the year of their work ("McCulloch and Pitts in 1943") or where an idea began
    # ("going back to Rall", "going back to Marr and Albus")
    rf"|\b(?P<pair>{_PERSON} (?:and|&) {_PERSON}),? in (?P<pairyear>(?:19|20)\d\d)\b"
    rf"|\bgoing back to (?P<origin>{_AUTHORS})\b"
    # a year, then the pair who did it ("In 1989, Rodney Douglas and Kevan Martin put a wiring diagram
    # on that idea"), and the people a view is credited to ("people like Blake Richards and Richard
    # Naud have argued")
    rf"|\b[Ii]n (?P<leadyear>(?:19|20)\d\d), (?P<yearpair>{_FULL_NAME} (?:and|&) {_FULL_NAME})\b"
    rf"|\b(?:[Pp]eople|[Rr]esearchers|[Ff]olks|[Gg]roups|[Ll]abs) like (?P<like>{_AUTHORS})\b"
)
# BY_NAME's ways to name a work
WORK_GROUPS = ("by", "the", "lead", "lab", "poss", "figure", "pair", "origin", "yearpair", "like")
YEAR_GROUPS = ("year", "when", "pairyear", "leadyear")  # where BY_NAME finds the work's year
QUOTING = re.compile(
    r"(?m)^[ \t]*(?:[Ff]rom|[Qq]uoting|[Ee]xcerpts? from) (?P<work>(?:the|this|their) (?:[A-Z][\w-]+ )*"
    r"(?:paper|abstract|study|article|preprint|report))(?:['’]s abstract)?[ \t]*:[ \t]*$"
)
FIRST_PERSON = re.compile(r"\b(?:I(?!/)|I['’](?:m|d|ve|ll)|[Mm]y|me)\b")  # not "I/O"
PARTICIPANT_CITE = re.compile(rf"^(?:{TITLES}\s+)?(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*)$")


def canonical(match: re.Match[str]) -> str | None:
    """An author-year match written one way: "Beniaguev et al. 2021", "Attwell & Laughlin 2001",
    "Sarpeshkar 2010"; None when its first word is not a name ("So 2019")."""
    who = match.group("who")
    first = re.sub(r"['’]s$", "", who.split()[0].rstrip(","))
    if first in NOT_AUTHORS or first.lower() in STOP_WORDS:  # "Because 2018", "It's 1989"
        return None
    surnames = [s for s in SURNAME.findall(who) if s not in ("et", "al", "and")]
    if not surnames:
        return None
    year = match.group("year")
    if "et al" in who or len(surnames) >= 3:
        return f"{surnames[0]} et al. {year}"
    return f"{' & '.join(surnames)} {year}"


def normalised(cited: str) -> str | None:
    """A citation as ``canonical`` writes it when it is an author-year one, None when it only looks
    like one ("It's 1989"), else unchanged."""
    match = AUTHOR_YEAR.match(cited)
    if not match or match.end() < len(cited.rstrip(" .;,)")) - 1:
        return cited
    return canonical(match)


def works_named(text: str, people: set[str]) -> list[tuple[int, str]]:
    """Where the text names a work, in order: each author-year citation, each work named by its
    authors without a year ("a paper by Attwell and Laughlin", "the Goldstein and Hasson work",
    "Cayco-Gajic and colleagues"), then each later mention of a first author alone ("the Beniaguev
    network"), unless a title makes it a person present ("Dr. London said"). Names wrapped over
    transcript lines ("Bastos and\n*  colleagues") count."""
    flat, where = _flattened(text)
    found: list[tuple[int, str]] = []
    for match in AUTHOR_YEAR.finditer(flat):
        if (work := canonical(match)) is not None and not _titled(flat, match.start()):
            found.append((match.start(), work))
    for match in BY_NAME.finditer(flat):
        group = next(g for g in WORK_GROUPS if match.group(g))
        authors = [person.split()[-1] for person in re.split(r" (?:and|&) ", match.group(group))]
        if authors[0] in NOT_AUTHORS or authors[0] in people or authors[0].lower() in STOP_WORDS:
            continue  # "There's a classic paper" is no one's paper
        several = len(authors) > 2 or match.group("colleagues")
        work = f"{authors[0]} et al." if several else " & ".join(authors)
        work = f"{work} lab" if group == "lab" else work
        year = next((match.group(g) for g in YEAR_GROUPS if match.group(g)), None)
        found.append((match.start(group), f"{work} {year}" if year else work))
    by_surname: dict[str, str] = {}
    for _, work in sorted(found, key=lambda f: not re.search(r"\d$", f[1])):  # a dated work first
        lead = work.split()[0]  # the first author names the work ("London" may be the city)
        if lead not in people:
            by_surname.setdefault(lead, work)
    mentions = [(position, by_surname.get(work.split()[0], work)) for position, work in found]
    if by_surname:
        names = "|".join(sorted(map(re.escape, by_surname), key=len, reverse=True))
        # not "Hodgkin-Huxley", and not a manner named after a work ("Carlsmith-style estimates")
        for match in re.finditer(rf"\b(?:{names})\b(?!-[{_UPPER}]|-(?:style|like|type|esque)\b)", flat):
            if not _titled(flat, match.start()):
                mentions.append((match.start(), by_surname[match.group(0)]))
    return sorted({(where[position], work) for position, work in mentions})


def _flattened(text: str) -> tuple[str, list[int]]:
    """The text with each run of white space (transcript line prefixes included) as one space, and
    where each of its characters stands in the text."""
    flat: list[str] = []
    where: list[int] = []
    for match in re.finditer(r"(?:\n\*  |\s)+|\S+", text):
        if match.group(0)[0].isspace():
            flat.append(" ")
            where.append(match.start())
        else:
            flat.append(match.group(0))
            where.extend(range(match.start(), match.end()))
    return "".join(flat), where


def people_of(source: Source, claims: Iterable[Claim]) -> set[str]:
    """Every word of a participant's or speaker's name: they talk, they are not cited."""
    names = [p.name for p in source.participants] + [c.speaker.name for c in claims]
    words = {word for name in names for word in re.findall(r"[A-Z][\w'’-]+", name or "")}
    return words | {short for word in words for short in SHORT_FORMS.get(word.lower(), ())}  # "Joe" too


def linked_work(text: str) -> str | None:
    """The work a link post is about: the first author-year citation on its "link post" line."""
    for line in text[:3000].splitlines():
        if LINK_POST.search(line) and (match := AUTHOR_YEAR.search(line)):
            return canonical(match)
    return None


def quoted_blocks(source: Source) -> list[tuple[int, int, str]]:
    """Text a post quotes from a work under a line such as "From the paper:" or "From the Quanta
    article:", up to the next such line, the post's end (its first boilerplate segment after) or
    the first paragraph in the writer's own voice ("My guess is ..."; a paper says "we")."""
    lines = list(QUOTING.finditer(source.text))
    blocks = []
    for n, line in enumerate(lines):
        ends = [lines[n + 1].start()] if n + 1 < len(lines) else []
        ends += [s.start for s in source.segments if s.boilerplate and s.start > line.end()]
        end = min(ends, default=len(source.text))
        paragraphs = re.finditer(r"[^\n]+", source.text[line.end() : end])
        own = [line.end() + p.start() for p in paragraphs if FIRST_PERSON.search(p.group(0))]
        blocks.append((line.end(), min([end, *own]), line.group("work")))
    return blocks


def resolve_citations(claims: Iterable[Claim], source: Source) -> tuple[Claim, ...]:
    """The claims with their ``cites`` read across the document (see the module docstring)."""
    claims = tuple(claims)
    people = people_of(source, claims)
    mentions = works_named(source.text, people)
    linked = linked_work(source.text)
    blocks = quoted_blocks(source)
    earlier: list[tuple[int, str]] = []  # the works earlier claims cite, where they stand
    out: list[Claim] = []
    for claim in claims:
        start, end = claim.evidence.start, claim.evidence.end
        if not claim.cites:
            for block_start, block_end, work in blocks:
                if not block_start <= start < block_end:
                    continue
                # "the Quanta article" as written; "the paper" as the linked work or the last one named
                quoted = work if not _vague(work) else _antecedent(block_start, [work], mentions, linked)
                if quoted:
                    claim = claim.model_copy(update={"cites": (quoted,)})
        cites = [
            written
            for c in claim.cites
            if not _names_a_person_present(c, people) and (written := normalised(c)) is not None
        ]
        for position, work in mentions:
            if start <= position < end and not any(_same_work(work, c) for c in cites):
                cites.append(work)
        named = [c for c in cites if not _vague(c)]
        if named:
            cites = named  # "a recent unpublished paper" beside "Beniaguev et al. 2021"
        elif not cites or any(VAGUE.fullmatch(c) for c in cites):
            antecedent = _antecedent(start, cites, mentions + earlier, linked)
            if antecedent and (cites or ANAPHOR.search(claim.evidence.quote)):
                cites = [antecedent]
        cites = list(dict.fromkeys(cites))
        out.append(claim if tuple(cites) == claim.cites else claim.model_copy(update={"cites": tuple(cites)}))
        earlier.extend((start, work) for work in cites if _names_a_work(work))
    return tuple(out)


def _antecedent(
    position: int, vague: list[str], named: list[tuple[int, str]], linked: str | None
) -> str | None:
    """The work ``vague`` ("the paper", or nothing: "they found") means at ``position``: in a link
    post the linked one, else the last work named in the ``NEAR`` characters before that fits it."""
    if vague and linked and all(_may_be(c, linked) for c in vague):
        return linked
    fits = [
        w for p, w in sorted(named) if position - NEAR <= p < position and all(_may_be(c, w) for c in vague)
    ]
    return fits[-1] if fits else linked


def _titled(text: str, position: int) -> bool:
    """A name after "Dr." or "Prof.": a person in the conversation, not a work."""
    return bool(TITLED.search(text, max(0, position - 24), position))


def _vague(cited: str) -> bool:
    return bool(VAGUE.fullmatch(cited) or INDEFINITE.fullmatch(cited))


def _names_a_work(cited: str) -> bool:
    """Not "the paper", and not a bare footnote mark the document does not resolve ("[2]")."""
    return not _vague(cited) and not re.fullmatch(r"\[\d+\]", cited)


def _may_be(vague: str, work: str) -> bool:
    """Whether "the paper" may mean ``work``: not when the work is called something else ("the Quanta
    article", "Ajeya's report"); a work named by its authors may be any."""
    wanted, named = _kind(vague), _kind(work)
    return wanted is None or named is None or wanted == named


def _kind(cited: str) -> str | None:
    """What a citation calls its work, by its last such word ("paper", "article", "lab")."""
    kinds = [KIND[word.lower()] for word in re.findall(r"[A-Za-z]+", cited) if word.lower() in KIND]
    return kinds[-1] if kinds else None


def _names_a_person_present(cited: str, people: set[str]) -> bool:
    """ "Mr. Carlsmith", "Dr. Lindqvist": the interviewer or interviewee, not a cited work."""
    match = PARTICIPANT_CITE.match(cited.strip())
    return bool(match) and all(word in people for word in match.group("name").split())


def _same_work(work: str, cited: str) -> bool:
    return work.split()[0] in cited
