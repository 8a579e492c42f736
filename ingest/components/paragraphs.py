"""Sentence starts at paragraph breaks and list items, set before the parser so it respects them.

Hard-wrapped lines are joined before parsing (see ``ingest.text.parse_text``), so any newline
left in the text marks a paragraph, a bullet or a list item: a sentence never crosses it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

BULLETS = {"•", "●", "-", "–", "*", "◦", "▪"}


@Language.component("nc_paragraphs", assigns=["token.is_sent_start"])
def set_paragraph_starts(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or (previous.is_space and "\n" in previous.text_with_ws):
            token.is_sent_start = True
        elif token.text in BULLETS and token.i >= 1 and previous.is_space:
            token.is_sent_start = True
    return doc
