"""Questions told by their word order, for speech-to-text that drops the question mark.

Whisper often ends a question with a full stop ("Is there a plasticity rule that you're most excited
about."); the claim detector and the podcast turn finder both need to see it as a question. Only
openings that a statement cannot have count: an auxiliary before its subject ("Is there", "Do you",
"Isn't that") and "why"/"how much" before one ("So why is a graphics card ...", "How much detail do you
put ..."); "What we found is ...", "How the brain does it is unknown" are statements, and "Do the
arithmetic", "Have a look" orders.
"""

from __future__ import annotations

import re

_LEAD = r"^\W*(?:(?:so|and|but|okay|ok|well|now|i mean|like|then),?\s+)*"
_AUX = r"(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have)(?:n['’]t)?"
_PRONOUN = r"(?:there|it|that|this|these|those|he|she|they|we|you|i)\b"
# before an article only these ask: "Do the arithmetic", "Have a look" are orders
_AUX_BEFORE_ARTICLE = r"(?:is|are|was|does|did|can|could|will|would|has)(?:n['’]t)?\s+(?:a|an|the)\b"
_INVERTED = rf"(?:{_AUX}\s+{_PRONOUN}|{_AUX_BEFORE_ARTICLE})"
QUESTION_BY_WORD_ORDER = re.compile(
    rf"{_LEAD}(?:{_INVERTED}|why\s+{_INVERTED}|"
    rf"how\s+(?:much|many|long|often|far|fast|big|large|precise|precisely|well|exactly)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_INVERTED})",
    re.I,
)


def asks_by_word_order(sentence: str) -> bool:
    """Whether ``sentence`` is a question by its opening, whatever its final mark."""
    return bool(QUESTION_BY_WORD_ORDER.match(sentence))
