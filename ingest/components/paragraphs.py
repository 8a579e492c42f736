"""Sentence starts at paragraph breaks and list items, set before the parser so it respects them.

Hard-wrapped lines are joined before parsing (see ``ingest.prepare.parse_text``), so any newline
left in the text marks a paragraph, a bullet or a list item: a sentence never crosses it. A
lowercase word after an abbreviation ("etc. by") or right after a word, number or comma never
starts one (the parser would otherwise split "... than bio stuff and so uses ...").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

BULLETS = {"•", "●", "-", "–", "*", "◦", "▪"}
MID = {",", "-", "—", "–", "(", "/", "“", '"'}
# signs inside a figure ("~2 × 10^14", "10^14–10^15", "≈ 12 W"): no sentence starts at or right after one
FIGURE_SIGNS = {"×", "^", "≈", "=", "±", "–", "~", "*", "x"}
# unit symbols the tokenizer may fuse with a sentence's full stop, as it does an initial ("20 W.")
UNIT_SYMBOLS = {"W", "mW", "kW", "MW", "GW", "J", "mJ", "kJ", "nJ", "pJ", "fJ", "V", "mV", "K", "Hz", "kHz"}
ABBREVIATIONS = {"etc.", "e.g.", "i.e.", "vs.", "cf.", "al.", "approx.", "fig.", "prof.", "dr.", "mr.", "ms."}


@Language.component("nc_paragraphs", assigns=["token.is_sent_start"])
def set_paragraph_starts(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or (previous.is_space and "\n" in previous.text_with_ws):
            token.is_sent_start = True
        elif token.text in BULLETS and token.i >= 1 and previous.is_space:
            token.is_sent_start = True
        elif _ends_on_a_unit(doc, previous) and token.is_title:
            token.is_sent_start = True  # "The brain runs on about 20 W. Estimates ...": "W." is no initial
        elif _ends_on_a_unit(doc, token):
            token.is_sent_start = False  # the unit stays with its number
        elif _inside_figure(previous, token):
            token.is_sent_start = False  # "move my estimate to ~2 × 10^14 when ...": one sentence
        elif (
            token.is_lower
            and token.is_alpha
            and (
                previous.lower_ in ABBREVIATIONS
                or previous.text == "."
                and token.i >= 2
                and doc[token.i - 2].lower_ + "." in ABBREVIATIONS
            )
        ):
            token.is_sent_start = False  # "AGI/TAI/etc. by simulating": no new sentence
        elif (
            token.is_lower
            and token.is_alpha
            and (previous.is_alpha or previous.like_num or previous.text in MID)
        ):
            token.is_sent_start = False  # "... than bio stuff and so uses ...": a lowercase word mid-sentence
    return doc


def _inside_figure(previous, token) -> bool:
    """Is ``token`` a sign or a unit symbol after a number, or a number after a sign, as in
    "~2 × 10^14" or "8 × 10^-20 J"?"""
    if token.text in FIGURE_SIGNS or token.is_alpha and len(token.text) <= 3 and token.text not in ("I", "A"):
        return previous.text[-1:].isdigit()
    return token.text[:1].isdigit() and previous.text in FIGURE_SIGNS


def _ends_on_a_unit(doc: Doc, token) -> bool:
    """Is ``token`` a unit symbol with the sentence's full stop fused to it ("20 W.", "5 mW.")? The
    tokenizer keeps one capital and a stop together as an initial, so the parser sees no stop."""
    return (
        token.text.endswith(".")
        and token.text[:-1] in UNIT_SYMBOLS
        and token.i >= 1
        and doc[token.i - 1].like_num
    )
