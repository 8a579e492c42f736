"""The one currency: pydantic models that flow ingest -> kg -> ui.

Readers and extractors produce these, the graph stores and returns them, the UI and the
estimate read them. Nothing here knows about spaCy or RDF.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ontology.ids import content_id, slugify, text_checksum


class Role(StrEnum):
    """What part a person plays in a source."""

    INTERVIEWEE = "interviewee"
    INTERVIEWER = "interviewer"
    HOST = "host"
    GUEST = "guest"
    POST_AUTHOR = "post_author"
    COMMENTER = "commenter"
    CITED_AUTHOR = "cited_author"
    SPEAKER = "speaker"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class Effect(StrEnum):
    """A claim's bearing on the compute needed to match the brain."""

    INCREASES = "increases"
    DECREASES = "decreases"
    NO_MAJOR_CHANGE = "no_major_change"
    UNCERTAIN = "uncertain"


class Basis(StrEnum):
    """What a claim rests on: a measurement or study result, or the speaker's opinion."""

    MEASUREMENT = "measurement"
    OPINION = "opinion"


KNOWN_KINDS = (
    "interview_notes",
    "podcast_transcript",
    "forum_post",
    "transcript",
    "article",
    "web_page",
    "notes",
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Participant(_Frozen):
    """A person named in a source's metadata, with their role there."""

    name: str = Field(min_length=1)
    role: Role
    affiliation: str | None = None

    @classmethod
    def parse(cls, spec: str) -> Participant:
        """Read ``"Name:role"`` or ``"Name:role:Affiliation"`` as given on the command line."""
        parts = [p.strip() for p in spec.split(":", 2)]
        if len(parts) < 2 or not parts[0] or not parts[1]:
            raise ValueError(f"participant {spec!r} must look like 'Name:role' (roles: {', '.join(Role)})")
        try:
            role = Role(parts[1].lower().replace(" ", "_"))
        except ValueError:
            raise ValueError(
                f"participant {spec!r}: unknown role {parts[1]!r} (roles: {', '.join(Role)})"
            ) from None
        return cls(name=parts[0], role=role, affiliation=parts[2] if len(parts) > 2 and parts[2] else None)


class SourceMeta(_Frozen):
    """What a sidecar file says about a document (everything but its text)."""

    id: str | None = None
    title: str = Field(min_length=1)
    kind: str = Field(min_length=1)
    date: dt.date | None = None
    url: str | None = None
    participants: tuple[Participant, ...] = ()
    file: str | None = None

    @field_validator("kind")
    @classmethod
    def _kind_is_slug(cls, kind: str) -> str:
        if slugify(kind).replace("-", "_") != kind:
            raise ValueError(f"kind {kind!r} must be lowercase words joined by '_', e.g. {KNOWN_KINDS[0]!r}")
        return kind


class Segment(_Frozen):
    """A stretch of a source spoken or written by one party (a turn, a comment, a section)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker: str | None = None
    role: Role | None = None
    boilerplate: bool = False
    heading: bool = False
    ordinal: int | None = None  # tells unnamed parties of one role apart: "commenter 2"

    @model_validator(mode="after")
    def _ordered(self) -> Segment:
        if self.end < self.start:
            raise ValueError(f"segment end {self.end} is before its start {self.start}")
        return self


class Source(_Frozen):
    """A document: its metadata, its exact text and, once read, its segments."""

    id: str
    title: str
    kind: str
    text: str
    date: dt.date | None = None
    url: str | None = None
    participants: tuple[Participant, ...] = ()
    path: str | None = None
    checksum: str = ""
    segments: tuple[Segment, ...] = ()

    @model_validator(mode="after")
    def _fill_checksum(self) -> Source:
        if not self.checksum:
            object.__setattr__(self, "checksum", text_checksum(self.text))
        return self

    @classmethod
    def from_meta(cls, meta: SourceMeta, text: str, path: str | None = None) -> Source:
        """Build a Source; without an explicit id, the id is derived from the text itself."""
        source_id = meta.id or content_id("src", text_checksum(text))
        return cls(
            id=source_id,
            title=meta.title,
            kind=meta.kind,
            text=text,
            date=meta.date,
            url=meta.url,
            participants=meta.participants,
            path=path,
        )

    def meta(self) -> SourceMeta:
        return SourceMeta(
            id=self.id,
            title=self.title,
            kind=self.kind,
            date=self.date,
            url=self.url,
            participants=self.participants,
            file=self.path,
        )


class Agent(_Frozen):
    """Who makes a claim. Named people share one id across sources; unnamed roles are per source."""

    id: str
    name: str
    role: Role | None = None
    affiliation: str | None = None
    named: bool = True

    @classmethod
    def person(cls, name: str, role: Role | None = None, affiliation: str | None = None) -> Agent:
        return cls(id=f"agent-{slugify(name)}", name=name, role=role, affiliation=affiliation)

    @classmethod
    def unnamed(cls, source_id: str, role: Role, ordinal: int | None = None) -> Agent:
        """An unnamed party such as 'commenter 3' of one source."""
        label = role.label if ordinal is None else f"{role.label} {ordinal}"
        return cls(id=content_id("agent", source_id, label), name=label, role=role, named=False)


class Evidence(_Frozen):
    """The exact span of a source a claim was read from (a W3C Web Annotation target)."""

    source_id: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    quote: str = Field(min_length=1)

    @model_validator(mode="after")
    def _span_matches_quote(self) -> Evidence:
        if self.end - self.start != len(self.quote):
            raise ValueError(
                f"evidence span {self.start}-{self.end} has length {self.end - self.start}, "
                f"but its quote has {len(self.quote)} characters"
            )
        return self


class Quantity(_Frozen):
    """A number a claim states, with the parameter it measures; never invented."""

    parameter: str
    low: float | None = None
    high: float | None = None
    best: float | None = None
    unit: str | None = None
    text: str = Field(min_length=1)
    start: int | None = None
    end: int | None = None

    @model_validator(mode="after")
    def _has_value(self) -> Quantity:
        if self.low is None and self.high is None and self.best is None:
            raise ValueError(f"quantity {self.text!r} has no low, high or best value")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"quantity {self.text!r}: low {self.low} exceeds high {self.high}")
        return self


class Mechanism(_Frozen):
    """A concept of the mechanism scheme (SKOS), as the matcher and the UI see it."""

    id: str
    label: str
    alt_labels: tuple[str, ...] = ()
    definition: str | None = None
    broader: str | None = None


class Claim(_Frozen):
    """One assertion someone puts forward, with the span it came from and what it says."""

    id: str
    evidence: Evidence
    speaker: Agent
    topics: tuple[str, ...] = ()
    effect: Effect | None = None
    certainty: float = Field(default=0.6, ge=0.0, le=1.0)
    certainty_cues: tuple[str, ...] = ()
    effect_cues: tuple[str, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    cites: tuple[str, ...] = ()
    basis: Basis | None = None

    @property
    def source_id(self) -> str:
        return self.evidence.source_id

    @staticmethod
    def make_id(evidence: Evidence) -> str:
        return content_id("claim", evidence.source_id, evidence.start, evidence.end, evidence.quote)


class Extraction(_Frozen):
    """What ingesting one document yields: the source, who speaks in it, and its claims."""

    source: Source
    claims: tuple[Claim, ...] = ()

    @property
    def agents(self) -> tuple[Agent, ...]:
        seen: dict[str, Agent] = {}
        for claim in self.claims:
            seen.setdefault(claim.speaker.id, claim.speaker)
        return tuple(seen.values())
