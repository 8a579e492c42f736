"""From processed Docs to Claims: the public API of claim extraction.

``extract(source)`` and ``extract_many(sources)`` run the pipeline of ``ingest.pipeline`` over a
Source's speaking segments and turn each claim sentence into a ``Claim`` whose evidence span is
exact: ``source.text[start:end] == quote``. ``doc_to_claims`` is the one function that reads our
components' annotations.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.cite_resolution import resolve_citations
from ingest.components.certainty import DATA_KEY as CERTAINTY_KEY
from ingest.components.certainty import certainty_of
from ingest.components.claims import (
    ENDS_ON_DOMAIN_KEY,
    FINITE,
    WEAK_TOPICS,
    is_interviewer_claim,
    is_past,
    is_slight_remark,
    is_spoken_aside,
    names_specific_mechanism,
)
from ingest.components.effect import DATA_KEY as EFFECT_KEY
from ingest.components.effect import effect_of
from ingest.pipeline import load_nlp
from ingest.prepare import is_transcript_document, parse_text
from ontology.mechanisms import load_mechanisms
from ontology.models import Agent, Basis, Claim, Effect, Evidence, Extraction, Quantity, Role, Segment, Source

log = logging.getLogger(__name__)

FINDING = re.compile(
    r"\b(?:found|finds|showed|shows|measured|observed|reported|recorded|sequenced|demonstrated|"
    r"revealed|was required|were required|were trained|experiments? (?:show|found))\b",
    re.I,
)
INTERVIEWERS = {Role.HOST, Role.INTERVIEWER}  # in a transcribed interview, their turns hold few claims
INTERVIEWEES = {Role.GUEST, Role.INTERVIEWEE}
REPORTED_KINDS = {"author_year", "finding", "reference"}  # cited results; "X's estimate" is an opinion
# The baseline the effect is judged against: one artificial unit per neuron, and 1 FLOP per spike
# through a synapse, which for ~1e14-1e15 synapses at ~0.1-1 Hz gives ~1e15 FLOP/s for the brain
# and ~1e4 FLOP/s per neuron (~1e4 synapses at ~1 Hz). A stated figure clearly above it (10x) means
# more compute, clearly below it (10x) less.
PER_NEURON = {"artificial neurons per neuron", "DNN layers per neuron", "DNN parameters per neuron"}
# a figure that counts neurons or synapses, or states the brain's FLOP/s, is about that concept
# whatever the sentence names ("Something like 69 billion of those are in the cerebellum")
PARAMETER_TOPICS = {
    "neurons": "neuron_synapse_counts",
    "synapses": "neuron_synapse_counts",
    "cells": "neuron_synapse_counts",
    "FLOP/s": "total_brain_compute",
    "spike rate": "sparsity",  # how often neurons fire: what a count of events multiplies
    "power": "energy_efficiency",  # watts: the brain's (or a chip's) energy budget
    "energy": "energy_efficiency",  # joules: what an event or an operation costs
}
# the brain's rate of synaptic events ("10^13 to 10^15 synaptic events per second"): at a FLOP or a few
# per event, the very figure a total compute estimate multiplies out (the annotators file 33 of 49
# such claims under total brain compute, 10 under energy efficiency)
EVENT_RATE = re.compile(
    r"(?:synaptic (?:events?|operations|transmissions)|spikes? through (?:a )?synapses?)\s*"
    r"(?:per second|/\s*s\b)",
    re.I,
)
BASELINE_FLOPS = {"FLOP/s": 1e15, "FLOP/s per neuron": 1e4, "FLOPs per spike through synapse": 1.0}


def parameter_topic(quantity: dict[str, Any]) -> str | None:
    """The concept a figure is about by what it counts; a bare count in the millions or more
    ("69 billion of those are in the cerebellum", "the cortex has maybe 16 billion") counts cells
    or synapses, as nothing else in a brain comes in such numbers without a unit."""
    if quantity["parameter"] == "count":
        values = [v for v in (quantity["low"], quantity["high"], quantity["best"]) if v is not None]
        return "neuron_synapse_counts" if values and max(values) >= 1e6 else None
    if EVENT_RATE.search(quantity["parameter"] or ""):
        return "total_brain_compute"
    return PARAMETER_TOPICS.get(quantity["parameter"])


def effect_from_quantities(quantities: list[dict[str, Any]]) -> str | None:
    """The effect a claim's numbers imply against the baseline, when its words gave none."""
    for q in quantities:
        values = [v for v in (q["low"], q["high"], q["best"]) if v is not None]
        if not values:
            continue
        if q["parameter"] in PER_NEURON and min(values) > 1:
            return Effect.INCREASES.value
        baseline = BASELINE_FLOPS.get(q["parameter"])
        if baseline is not None and min(values) >= 10 * baseline:
            return Effect.INCREASES.value
        if baseline is not None and max(values) <= baseline / 10:
            return Effect.DECREASES.value
    return None


def speaking_segments(source: Source) -> tuple[Segment, ...]:
    """The segments claims are read from: all but boilerplate and headings (the whole text if the
    reader gave no segments)."""
    if not source.segments:
        return (Segment(start=0, end=len(source.text)),)
    return tuple(s for s in source.segments if not s.boilerplate and not s.heading and s.end > s.start)


def extract(source: Source, nlp: Language | None = None) -> Extraction:
    """The claims of one source."""
    return next(_extract(nlp or load_nlp(), [source], n_process=1, batch_size=64))


def extract_many(
    sources: Iterable[Source], *, n_process: int = 1, batch_size: int = 64
) -> Iterator[Extraction]:
    """The claims of many sources, streamed through ``nlp.pipe`` (``n_process`` > 1 forks workers)."""
    yield from _extract(load_nlp(), list(sources), n_process=n_process, batch_size=batch_size)


def _extract(
    nlp: Language, sources: list[Source], *, n_process: int, batch_size: int
) -> Iterator[Extraction]:
    segments = [speaking_segments(source) for source in sources]
    headings = [section_headings(source, segments[i]) for i, source in enumerate(sources)]
    # a document of speech-to-text lines is read as one, even in a turn too short to show it
    transcripts = [True if is_transcript_document(source.text) else None for source in sources]
    tasks = [
        (parse_text(source.text[seg.start : seg.end], transcripts[i]), (i, j))
        for i, source in enumerate(sources)
        for j, seg in enumerate(segments[i])
    ]
    section_topics = {
        heading: topics_in(doc, 0, len(doc.text))
        for doc, heading in nlp.pipe(
            [(text, text) for text in dict.fromkeys(h for hs in headings for h in hs if h)], as_tuples=True
        )
    }
    # the document's title names what it is about ("How much does neuromodulation add to ...")
    title_topics = {
        i: tuple(t for t in topics_in(doc, 0, len(doc.text)) if t not in WEAK_TOPICS)
        for doc, i in nlp.pipe([(source.title or "", i) for i, source in enumerate(sources)], as_tuples=True)
    }
    claims: dict[int, list[Claim]] = {i: [] for i in range(len(sources))}
    on_domain: dict[int, bool] = {}  # whether a source's last segment so far ended on the domain
    done = 0

    def finished(i: int) -> Extraction:
        kept = resolve_citations(without_quotations(claims.pop(i)), sources[i])
        log.debug("%s: %d claims from %d segments", sources[i].id, len(kept), len(segments[i]))
        return Extraction(source=sources[i], claims=kept)

    for doc, (i, j) in nlp.pipe(tasks, as_tuples=True, n_process=n_process, batch_size=batch_size):
        while done < i:
            yield finished(done)
            done += 1
        heading = headings[i][j]
        # under the same heading, a segment that opens on "this" refers to the last one's topics
        same = claims[i] and j > 0 and headings[i][j - 1] == heading
        before = claims[i][-1].topics if same else ()
        segment = segments[i][j]
        claims[i].extend(
            doc_to_claims(
                doc,
                sources[i],
                segment,
                section_topics.get(heading, ()),
                before,
                title_topics[i],
                follows_domain=on_domain.get(i, False),
            )
        )
        on_domain[i] = bool(doc.user_data.get(ENDS_ON_DOMAIN_KEY))
    while done < len(sources):
        yield finished(done)
        done += 1


def section_headings(source: Source, segments: tuple[Segment, ...]) -> list[str | None]:
    """The text of the heading each speaking segment stands under (None before the first): notes
    put a point under the heading of what it is about ("Glia", "The retina")."""
    heads = [s for s in source.segments if s.heading and s.end > s.start]
    out: list[str | None] = []
    for segment in segments:
        above = [h for h in heads if h.end <= segment.start]
        out.append(source.text[above[-1].start : above[-1].end].strip(" \n#*_") if above else None)
    return out


def without_quotations(claims: list[Claim]) -> tuple[Claim, ...]:
    """Drop a claim whose text repeats an earlier claim of the same source: a reply quoting what
    it answers does not make the claim again."""
    seen: list[str] = []
    kept = []
    for claim in sorted(claims, key=lambda c: c.evidence.start):
        text = re.sub(r"[\W_]+", " ", claim.evidence.quote).strip().lower()
        if len(text) >= 20 and any(text in earlier for earlier in seen):
            continue
        seen.append(text)
        kept.append(claim)
    return tuple(kept)


# topics about compute or counting in general, not a mechanism of the brain
GENERAL_TOPICS = {"total_brain_compute", "neuron_synapse_counts", "methodology", "other"}
SETTING_UP = re.compile(r"\blet['’]?s (?:say|suppose|assume|imagine)\b", re.I)


def _names_a_mechanism(span: Span | None, mechanism_texts: list[str]) -> bool:
    """Whether a short spoken sentence states something of its own about a specific mechanism
    ("Synapses change all the time."): a mechanism of the vocabulary named by more than a field
    word, in the present; a past-tense sentence is the speaker's story ("There were a number of
    mice.") and "let's say" sets up a case."""
    if span is None or is_past(span.root) or SETTING_UP.search(span.text):
        return False
    return names_specific_mechanism(mechanism_texts)


def doc_to_claims(
    doc: Doc,
    source: Source,
    segment: Segment,
    section_topics: tuple[str, ...] = (),
    previous_topics: tuple[str, ...] = (),
    document_topics: tuple[str, ...] = (),
    follows_domain: bool = False,
) -> list[Claim]:
    """Claims from one processed segment Doc; Doc offsets are relative to ``segment.start``.
    ``section_topics`` (the topics of the heading above the segment) follow a claim's own topics, and
    ``document_topics`` (the title's) those of a claim that names no mechanism itself. An opening
    sentence that leans on the talk before it counts only when ``follows_domain``: the previous
    segment of the source ended on the domain."""
    data = doc.user_data
    out: list[Claim] = []
    spoken = "transcript" in source.kind  # a podcast, talk or interview transcript
    interview = spoken and any(p.role in INTERVIEWEES for p in source.participants)
    mechanisms = list(doc.spans.get("nc_mechanisms", []))
    for record in data.get("nc_claims", []):
        if record.get("leans_on_previous") and not follows_domain:
            continue
        start, end = record["start"], record["end"]
        evidence = Evidence(
            source_id=source.id,
            start=segment.start + start,
            end=segment.start + end,
            quote=source.text[segment.start + start : segment.start + end],
        )

        def inside(items: list[dict[str, Any]], s: int = start, e: int = end) -> list[dict[str, Any]]:
            return [item for item in items if item["start"] >= s and item["end"] <= e]

        certainty_cues = inside(data.get(CERTAINTY_KEY, []))
        effect_cues = inside(data.get(EFFECT_KEY, []))
        quantities = inside(data.get("nc_quantities", []))
        effect = effect_of(effect_cues) or effect_from_quantities(quantities)
        attributed = _attributed(data, start, end)
        speaker = speaker_for(source, segment, attributed)
        mentioned = topics_in(doc, start, end)
        if (
            interview
            and not attributed
            and speaker.role in INTERVIEWERS
            and not is_interviewer_claim(
                evidence.quote,
                bool(quantities),
                bool(effect_cues),
                any(t not in WEAK_TOPICS for t in mentioned),
            )
        ):
            continue  # the host framing, introducing or paraphrasing the guest
        span = doc.char_span(start, end, alignment_mode="expand")
        if spoken and not quantities and span is not None and not any(t.tag_ in FINITE for t in span):
            continue  # a spoken fragment ("Like the kid running out."); "About 86 billion neurons." stays
        citations = inside(data.get("nc_citations", []))
        named_here = [  # the claim's mechanism mentions, as written
            m.text
            for m in mechanisms
            if m.label_ not in WEAK_TOPICS and m.start_char >= start and m.end_char <= end
        ]
        if (
            spoken
            and not citations
            and is_spoken_aside(evidence.quote, named_here, bool(quantities), bool(effect_cues))
        ):
            continue  # the speaker's story or feelings, tied to the domain only by a field word (a
            # sentence reporting someone's work, "X came up with a really interesting approach", is not)
        if (
            spoken
            and not (quantities or effect_cues or citations or FINDING.search(evidence.quote))
            and not _names_a_mechanism(span, named_here)
            and is_slight_remark(evidence.quote)
        ):
            continue  # "It uses information that the neuron can't know.": leans on the talk around it;
            # "We found that spike timing carries information." reports a finding and stays, and so
            # does "So the depth is really coming from NMDA nonlinearity." (it names its mechanism)
        named = topics_in(doc, start, end, referring=False)
        carried = tuple(t for t in (out[-1].topics if out else previous_topics) if t != "other")
        # "this computation" names what the previous claim was about: its topics come first
        counted = tuple(topic for q in quantities if (topic := parameter_topic(q)))
        own = tuple(dict.fromkeys((named or carried) + mentioned + counted))
        # a claim that names no mechanism itself (only compute, counts or "this") is also about the
        # document's subject: "Then you get 1e17 FLOP/s" in a post on neuromodulation
        broadest = document_topics if set(named + mentioned) <= GENERAL_TOPICS else ()
        topics = tuple(dict.fromkeys(own + section_topics + broadest)) or ("other",)
        cites = tuple(dict.fromkeys(_resolve(c["text"], source) for c in citations))
        measured = any(c["kind"] in REPORTED_KINDS for c in citations) or bool(FINDING.search(evidence.quote))
        out.append(
            Claim(
                id=Claim.make_id(evidence),
                evidence=evidence,
                speaker=speaker,
                topics=topics,
                effect=Effect(effect) if effect else None,
                certainty=certainty_of([c["weight"] for c in certainty_cues]),
                certainty_cues=tuple(c["text"] for c in certainty_cues),
                effect_cues=tuple(f"{c['text']} ({c['effect']})" for c in effect_cues),
                quantities=tuple(_quantity(q, segment.start) for q in quantities),
                cites=cites,
                basis=Basis.MEASUREMENT if measured else Basis.OPINION,
            )
        )
    return out


@lru_cache(maxsize=1)
def _depths() -> dict[str, int]:
    by_id = {m.id: m for m in load_mechanisms()}

    def depth(mid: str) -> int:
        broader = by_id[mid].broader if mid in by_id else None
        return 0 if broader is None else 1 + depth(broader)

    return {mid: depth(mid) for mid in by_id}


def topics_in(doc: Doc, start: int, end: int, referring: bool = True) -> tuple[str, ...]:
    """Mechanism ids mentioned in a span, most specific first (the longest matched phrase, then
    the deeper concept, then the first mention); empty when none is (the caller then carries
    the previous claim's topics over, as "such cases" or "this" refer back to them). Without
    ``referring``, mentions that point back ("this computation", "such synapses") are left out."""
    found = [
        s
        for s in doc.spans.get("nc_mechanisms", [])
        if s.start_char >= start and s.end_char <= end and (referring or not _refers_back(s))
    ]
    depths = _depths()
    longest: dict[str, int] = {}
    first: dict[str, int] = {}
    for span in found:
        longest[span.label_] = max(longest.get(span.label_, 0), len(span.text))
        first.setdefault(span.label_, span.start_char)
    ranked = sorted(longest, key=lambda m: (-longest[m], -depths.get(m, 0), first[m]))
    return tuple(ranked)


REFERRING = {"this", "that", "these", "those", "such"}


def _refers_back(span: Span) -> bool:
    """A mention with a demonstrative of its own ("this computation"; not "think that point neurons")."""
    word = span.doc[span.start - 1] if span.start > 0 else None
    if word is None or word.lower_ not in REFERRING:
        return False
    return not span.doc.has_annotation("DEP") or span.start <= word.head.i < span.end


def speaker_for(source: Source, segment: Segment, attributed: str | None = None) -> Agent:
    """Who makes a claim: a participant the sentence names as holding the view, else the segment's
    speaker (named, with role and affiliation from the source's participants), else its role."""
    if attributed:
        participant = _participant(source, attributed)
        if participant is not None:
            return Agent.person(participant.name, participant.role, participant.affiliation)
    if segment.speaker:
        participant = _participant(source, segment.speaker)
        role = participant.role if participant else segment.role
        return Agent.person(
            segment.speaker, segment.role or role, participant.affiliation if participant else None
        )
    ordinal = getattr(segment, "ordinal", None)
    return Agent.unnamed(source.id, segment.role or Role.SPEAKER, ordinal)


def _participant(source: Source, name: str):  # -> Participant | None
    wanted = name.lower().split()
    for participant in source.participants:
        if participant.name.lower() == name.lower():
            return participant
    for participant in source.participants:
        if wanted and participant.name.lower().split()[-1] == wanted[-1]:
            return participant
    return None


def _attributed(data: dict[str, Any], start: int, end: int) -> str | None:
    for record in data.get("nc_attribution", []):
        if record["start"] <= start < record["end"]:
            return record["name"]
    return None


def _quantity(record: dict[str, Any], offset: int) -> Quantity:
    return Quantity(
        parameter=record["parameter"],
        low=record["low"],
        high=record["high"],
        best=record["best"],
        unit=record["unit"],
        text=record["text"],
        start=offset + record["start"],
        end=offset + record["end"],
    )


def _resolve(cited: str, source: Source) -> str:
    """A numbered reference "[3]" as the reference text when the source's list gives it."""
    m = re.fullmatch(r"\[(\d{1,3})\]", cited)
    if not m:
        return cited
    reference = references(source.text).get(int(m.group(1)))
    return short_reference(reference) if reference else cited


def short_reference(reference: str) -> str:
    """ "Nandi A, Chartrand T, ... (2022) ..." as "Nandi et al. 2022"; the text itself if unparsable."""
    author = re.match(r"([A-Z][\w'’-]+)", reference)
    year = re.search(r"\b(19|20)\d\d\b", reference)
    if not author or not year:
        return reference[:120]
    several = "et al" in reference[:200] or reference[:80].count(",") >= 3
    return f"{author.group(1)}{' et al.' if several else ''} {year.group(0)}"


@lru_cache(maxsize=32)
def references(text: str) -> dict[int, str]:
    """Numbered references of a text: "[n] text" lines, or "n. ^" footnote markers followed by the
    reference (markers without their own text are left unresolved)."""
    refs: dict[int, str] = {}
    for m in re.finditer(r"(?m)^\s*\[(\d{1,3})\]\s+(\S.+)$", text):
        refs[int(m.group(1))] = m.group(2).strip()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = re.fullmatch(r"\s*(\d{1,3})\.\s*\^\s*", line)
        if not m:
            continue
        for following in lines[i + 1 : i + 4]:
            if not following.strip():
                continue
            if not re.fullmatch(r"\s*\d{1,3}\.\s*\^\s*", following):
                refs.setdefault(int(m.group(1)), following.strip())
            break
    return refs
