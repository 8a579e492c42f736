"""Questions told by their word order, for speech-to-text that drops the question mark.

Whisper often ends a question with a full stop ("Is there a plasticity rule that you're most excited
about."); the claim detector and the podcast turn finder both need to see it as a question. Only
openings that a statement cannot have count: an auxiliary before its subject ("Is there", "Do you",
"Isn't that") and "why"/"how much" before one ("So why is a graphics card ...", "How much detail do you
put ..."); "What we found is ..." and "How the brain does it is unknown" are statements.
"""

from __future__ import annotations

import re

_LEAD = r"^\W*(?:(?:so|and|but|okay|ok|well|now|i mean|like|then),?\s+)*"
_AUX = r"(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)(?:n['’]t)?"
_SUBJECT = r"(?:there|it|that|this|these|those|he|she|they|we|you|i|a|an|the)\b"
QUESTION_BY_WORD_ORDER = re.compile(
    rf"{_LEAD}(?:{_AUX}\s+{_SUBJECT}|why\s+{_AUX}\s+{_SUBJECT}|"
    rf"how\s+(?:much|many|long|often|far|fast|big|large|precise|precisely|well|exactly)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_AUX}\s+{_SUBJECT})",
    re.I,
)


def asks_by_word_order(sentence: str) -> bool:
    """Whether ``sentence`` is a question by its opening, whatever its final mark."""
    return bool(QUESTION_BY_WORD_ORDER.match(sentence))
