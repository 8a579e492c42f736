"""Attribution: sentences that say who holds a view ("Mr. Carlsmith suggested ...", "Prof.
Druckmann thinks ...", "He is confident ...") in third-person notes.

Writes ``doc.user_data["nc_attribution"]``: one record per sentence whose subject is a named
person with a speech or belief verb, with the name as written; ``ingest.extract`` maps the name
onto the source's participants.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

DATA_KEY = "nc_attribution"
VIEW_VERBS = {
    "suggest",
    "think",
    "believe",
    "argue",
    "say",
    "feel",
    "expect",
    "propose",
    "note",
    "ask",
    "agree",
    "disagree",
    "doubt",
    "suspect",
    "mention",
    "point",
    "estimate",
    "guess",
    "wonder",
    "hope",
    "tend",
    "be",
    "find",
    "consider",
    "explain",
    "recommend",
    "add",
    "claim",
    "worry",
}
TITLES = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "prof", "prof.", "professor"}


def attributed_name(sentence: Span) -> str | None:
    """The person a sentence attributes its view to, when its subject names one."""
    root = sentence.root
    verbs = [root, *[c for c in root.children if c.dep_ in ("conj", "ccomp")]]
    for verb in verbs:
        if verb.lemma_ not in VIEW_VERBS:
            continue
        for child in verb.children:
            if child.dep_ not in ("nsubj", "nsubjpass"):
                continue
            name = [t for t in child.subtree if t.pos_ == "PROPN" or t.lower_ in TITLES]
            if (
                name
                and any(t.pos_ == "PROPN" for t in name)
                and (any(t.lower_ in TITLES for t in name) or child.ent_type_ == "PERSON")
            ):
                return " ".join(t.text for t in name if t.lower_ not in TITLES)
    return None


class Attribution:
    def __call__(self, doc: Doc) -> Doc:
        records = []
        if doc.has_annotation("DEP"):
            for sentence in doc.sents:
                name = attributed_name(sentence)
                if name:
                    records.append({"start": sentence.start_char, "end": sentence.end_char, "name": name})
        doc.user_data[DATA_KEY] = records
        return doc


@Language.factory("nc_attribution", requires=["token.dep", "token.pos"], assigns=[])
def make_attribution(nlp: Language, name: str) -> Attribution:
    return Attribution()
