"""Segmenters: split a Source's text into who-speaks-where :class:`~ontology.models.Segment` s.

One module per document kind registers a function in :data:`SEGMENTERS`; kinds without one
use the paragraph segmenter. Conventions every segmenter keeps (the claims stage relies on them):

* segments are ordered, never overlap, and their offsets index into ``Source.text``;
* ``boilerplate=True`` (title blocks, participant lists, footers, quoted text) and
  ``heading=True`` segments carry no claims;
* a named speaker is ``speaker="Name"`` with the participant's role; an unnamed party has
  ``speaker=None``, a ``role`` and an ``ordinal`` (1, 2, ... in order of first appearance per
  role) so "commenter 1" and "commenter 2" stay apart: call ``Agent.unnamed(source.id, role,
  ordinal)``. The post author of a forum thread is unnamed with ``ordinal=None``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ingest.segmenters import forum, notes, paragraphs, podcast, transcript
from ingest.segmenters.text import looks_labelled
from ontology.models import Segment, SourceMeta

Span = tuple[int, int]
Segmenter = Callable[[str, SourceMeta, Sequence[Span]], list[Segment]]

SEGMENTERS: dict[str, Segmenter] = {
    "interview_notes": notes.segment_notes,
    "forum_post": forum.segment_forum,
    "podcast_transcript": podcast.segment_podcast,
    "transcript": transcript.segment_transcript,
}


def segment_text(text: str, meta: SourceMeta, headings: Sequence[Span] = ()) -> list[Segment]:
    """Segment ``text`` by the segmenter for ``meta.kind`` (paragraphs for other kinds)."""
    kind = meta.kind
    if kind in ("transcript", "podcast_transcript"):
        # speaker labels win over the kind's default; an unlabelled transcript needs inferred turns
        kind = "transcript" if looks_labelled(text) else "podcast_transcript"
    segmenter = SEGMENTERS.get(kind, paragraphs.segment_paragraphs)
    return segmenter(text, meta, headings)
