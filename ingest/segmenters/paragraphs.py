"""The fallback segmenter: one segment per paragraph, all by the document's single author."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.segmenters.text import Span, find_role, is_heading_line, paragraphs
from ontology.models import Role, Segment, SourceMeta

AUTHOR_ROLES = (Role.POST_AUTHOR, Role.INTERVIEWEE, Role.GUEST)


def author_of(meta: SourceMeta) -> tuple[str | None, Role | None]:
    """The single author participant (post author, interviewee or guest), if exactly one."""
    authors = [p for p in meta.participants if p.role in AUTHOR_ROLES]
    if len(authors) == 1:
        return authors[0].name, authors[0].role
    speakers = [p for p in meta.participants if p.role == Role.SPEAKER]
    if not authors and len(speakers) == 1:
        return speakers[0].name, Role.SPEAKER
    return None, None


def segment_paragraphs(text: str, meta: SourceMeta, headings: Sequence[Span] = ()) -> list[Segment]:
    speaker, role = author_of(meta)
    if (
        speaker is None
        and find_role(meta.participants, Role.POST_AUTHOR) is None
        and meta.kind == "forum_post"
    ):
        role = Role.POST_AUTHOR
    heading_spans = set(headings)
    segments = []
    for start, end in paragraphs(text):
        block = text[start:end]
        heading = (start, end) in heading_spans or ("\n" not in block and is_heading_line(block))
        segments.append(Segment(start=start, end=end, speaker=speaker, role=role, heading=heading))
    return segments
