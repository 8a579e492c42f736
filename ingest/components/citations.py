"""Citations: whom or what a sentence reports ("Beniaguev et al. 2021", "Sarpeshkar 2010",
"Eve Marder's lab", "David Beniaguev, Idan Segev, and Michael London found", "[3]", "the paper").

Found spans go to ``doc.spans["nc_citations"]`` (label: author_year, lab, finding, reference, work)
and to ``doc.user_data["nc_citations"]``; numbered references are resolved against the source's
reference list in ``ingest.extract``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

SPAN_KEY = "nc_citations"
DATA_KEY = "nc_citations"

_NAME = r"[A-Z][a-zA-Z'’\-]+(?:,? (?:[A-Z]\.,? ?)+)?"
AUTHOR_YEAR = re.compile(
    rf"\b(?P<who>{_NAME}(?:(?:,| and| &|, and|, &) {_NAME})*(?: et al\.?)?),? "
    r"\(?(?P<year>(?:19|20)\d\d)[a-z]?\)?"
)
POSSESSIVE = re.compile(
    r"\b(?P<who>(?:[A-Z][a-z]+ )?[A-Z][a-z]+)['’]s (?:lab|group|team|report|paper|work|estimate|analysis|"
    r"study|model|book|post|median estimate|data)\b"
)
WORK = re.compile(
    r"\b(?:the|this|that|a recent|their|his|her|one|a) "
    r"(?:(?:[A-Z][a-zA-Z]+|recent|unpublished|PhD|original) )*"  # "the Allen Institute paper"
    r"(?:paper|article|study|report|dissertation|preprint|review|thread)\b"
)
NUMBERED = re.compile(r"\[(\d{1,3})\]")
FINDING_VERBS = {
    "find",
    "show",
    "report",
    "demonstrate",
    "measure",
    "observe",
    "reveal",
    "estimate",
    "conclude",
    "discover",
    "record",
    "sequence",
    "argue",
    "propose",
    "suggest",
    "develop",
    "introduce",
    "invent",
}
NOT_AUTHORS = {
    "So",
    "But",
    "And",
    "Then",
    "Also",
    "Now",
    "Still",
    "However",
    "In",
    "Since",
    "From",
    "By",
    "Until",
    "After",
    "Before",
    "During",
    "The",
    "A",
    "May",
    "June",
    "July",
}


class CitationFinder:
    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[int, int, str, str]] = []
        text = doc.text
        for m in AUTHOR_YEAR.finditer(text):
            who = m.group("who")
            if who.split()[0].rstrip(",") in NOT_AUTHORS:
                continue
            found.append((m.start(), m.end(), "author_year", m.group(0).strip(" ()")))
        for m in POSSESSIVE.finditer(text):
            first, _, rest = m.group(0).partition(" ")
            if rest and (first.endswith("ly") or first in NOT_AUTHORS):  # "Currently Carlsmith's estimate"
                found.append((m.start() + len(first) + 1, m.end(), "lab", rest))
            else:
                found.append((m.start(), m.end(), "lab", m.group(0)))
        for m in NUMBERED.finditer(text):
            found.append((m.start(), m.end(), "reference", m.group(0)))
        for m in WORK.finditer(text):
            found.append((m.start(), m.end(), "work", m.group(0)))
        found.extend(self.finding_subjects(doc))
        spans, records, covered = [], [], set()
        for start, end, kind, cited in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
            if any(i in covered for i in range(start, end)):
                continue
            covered.update(range(start, end))
            span = doc.char_span(start, end, label=kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
            records.append({"start": start, "end": end, "kind": kind, "text": cited})
        doc.spans[SPAN_KEY] = spans
        doc.user_data[DATA_KEY] = records
        return doc

    @staticmethod
    def finding_subjects(doc: Doc) -> list[tuple[int, int, str, str]]:
        """Named subjects of a finding verb, with their conjuncts: "X, Y, and Z found that ..."
        (the parser may read the list as conjuncts, appositions or several subjects)."""
        out: list[tuple[int, int, str, str]] = []
        if not doc.has_annotation("DEP"):
            return out
        for verb in doc:
            came_up_with = verb.lemma_ == "come" and any(
                c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
            )
            if verb.lemma_ not in FINDING_VERBS and not came_up_with:
                continue  # "X came up with an approach" reports X's work too
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"]
            members = [
                t
                for subject in subjects
                for t in subject.subtree
                if t.pos_ == "PROPN" and (t in subjects or t.dep_ in ("conj", "appos"))
            ]
            if not members:
                continue
            first = min(min((c.i for c in m.lefts if c.dep_ == "compound"), default=m.i) for m in members)
            span = doc[first : max(m.i for m in members) + 1]
            if len(members) == 1 and span.root.ent_type_ not in ("PERSON", "ORG"):
                continue  # a lone name the NER does not take for a person or group
            out.append((span.start_char, span.end_char, "finding", re.sub(r"\s+", " ", span.text)))
        return out


@Language.factory("nc_citations", requires=["token.dep", "doc.ents"], assigns=["doc.spans"])
def make_citation_finder(nlp: Language, name: str) -> CitationFinder:
    return CitationFinder()
