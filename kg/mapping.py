"""The one mapping between our models and RDF: ``extraction_to_graph`` and its inverse.

Every node is an IRI minted under ``ID`` from the models' content-hash ids (no blank nodes, so any
SPARQL server can take the triples). Nothing is lost: the source text, segments, cues and the order
of every list come back, so ``graph_to_extractions(extraction_to_graph(x)) == [x]``.
Evidence is a W3C Web Annotation whose body is the claim and whose target is the exact text span.
RDF values are sets, so each list of two or more items (topics, cues, cites) is also recorded in
order, repeats included, as ``nc:valueOrder``. A speaker's role is kept per claim; name and
affiliation per agent IRI within one source graph. Each claim also carries two denormalised
shortcuts for the named queries, ``nc:quote`` (its evidence's ``oa:exact``) and ``nc:speakerName``
(its speaker's ``foaf:name``); the reader ignores them, the annotation and agent stay authoritative.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote, unquote

from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import DCTERMS, FOAF, PROV, SDO
from rdflib.term import Node

from ontology.models import (
    Agent,
    Basis,
    Claim,
    Effect,
    Evidence,
    Extraction,
    Participant,
    Quantity,
    Role,
    Segment,
    Source,
)
from ontology.namespaces import ID, MECH, NC, OA, term

CONTEXT_CHARS = 32
"""How many characters of context go into a TextQuoteSelector's prefix and suffix."""

Triple = tuple[Node, Node, Node]


class MappingError(ValueError):
    """A graph does not hold what the mapping wrote (a missing or malformed property)."""


# --- IRIs -------------------------------------------------------------------------------------

def _local(*parts: str) -> str:
    return "/".join(quote(part, safe="-_.~") for part in parts)


def source_iri(source_id: str) -> URIRef:
    """The IRI of a source; it also names the source's graph in a store."""
    return term(ID, _local(source_id))


def claim_iri(claim_id: str) -> URIRef:
    return term(ID, _local(claim_id))


def agent_iri(agent_id: str) -> URIRef:
    return term(ID, _local(agent_id))


def evidence_iri(claim_id: str) -> URIRef:
    return term(ID, _local(claim_id, "evidence"))


def mechanism_iri(mechanism_id: str) -> URIRef:
    return term(MECH, _local(mechanism_id))


def mechanism_id_of(iri: str) -> str:
    return unquote(iri.removeprefix(str(MECH)))


def iri_local_id(iri: str) -> str:
    """The model id an IRI minted here stands for (``ID`` prefix removed, unquoted)."""
    return unquote(iri.removeprefix(str(ID)))


# --- models -> triples --------------------------------------------------------------------------

def extraction_to_graph(extraction: Extraction) -> Graph:
    """All triples of one source: the source and its text, participants, segments, agents, claims."""
    graph = Graph()
    for triple in extraction_triples(extraction):
        graph.add(triple)
    return graph


def extraction_triples(extraction: Extraction) -> list[Triple]:
    """The triples of ``extraction_to_graph`` as a list, for stores that convert terms themselves."""
    out: list[Triple] = []
    out.extend(_source_triples(extraction.source))
    for agent in extraction.agents:
        out.extend(agent_triples(agent, extraction.claims))
    for position, claim in enumerate(extraction.claims):
        out.extend(claim_triples(claim, extraction.source, position))
    return out


def _lit(value: object) -> Literal:
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, float | int):
        return Literal(float(value), datatype=XSD.double)
    return Literal(value)


def _source_triples(source: Source) -> list[Triple]:
    s = source_iri(source.id)
    out: list[Triple] = [
        (s, RDF.type, NC.Source),
        (s, RDF.type, PROV.Entity),
        (s, DCTERMS.identifier, Literal(source.id)),
        (s, DCTERMS.title, Literal(source.title)),
        (s, NC.documentKind, Literal(source.kind)),
        (s, NC.checksum, Literal(source.checksum)),
        (s, NC.sourceText, Literal(source.text)),
    ]
    if source.date is not None:
        out.append((s, DCTERMS.date, Literal(source.date, datatype=XSD.date)))
    if source.url is not None:
        out.append((s, SDO.url, Literal(source.url, datatype=XSD.anyURI)))
    if source.path is not None:
        out.append((s, NC.filePath, Literal(source.path)))
    for position, participant in enumerate(source.participants):
        p = term(ID, _local(source.id, "participant", str(position)))
        out += [(s, NC.participant, p), (p, RDF.type, NC.Participant),
                (p, FOAF.name, Literal(participant.name)), (p, NC.role, Literal(participant.role.value)),
                (p, NC.position, Literal(position))]
        if participant.affiliation is not None:
            out.append((p, SDO.affiliation, Literal(participant.affiliation)))
    for position, segment in enumerate(source.segments):
        out += _segment_triples(source.id, s, segment, position)
    return out


def _segment_triples(source_id: str, s: URIRef, segment: Segment, position: int) -> list[Triple]:
    g = term(ID, _local(source_id, "segment", str(position)))
    out: list[Triple] = [
        (s, NC.hasSegment, g), (g, RDF.type, NC.Segment), (g, NC.position, Literal(position)),
        (g, NC.start, Literal(segment.start)), (g, NC.end, Literal(segment.end)),
        (g, NC.boilerplate, Literal(segment.boilerplate)), (g, NC.heading, Literal(segment.heading)),
    ]
    if segment.speaker is not None:
        out.append((g, NC.speakerName, Literal(segment.speaker)))
    if segment.role is not None:
        out.append((g, NC.role, Literal(segment.role.value)))
    if segment.ordinal is not None:
        out.append((g, NC.ordinal, Literal(segment.ordinal)))
    return out


def agent_triples(agent: Agent, claims: Iterable[Claim]) -> list[Triple]:
    a = agent_iri(agent.id)
    out: list[Triple] = [
        (a, RDF.type, PROV.Agent),
        (a, DCTERMS.identifier, Literal(agent.id)),
        (a, FOAF.name, Literal(agent.name)),
        (a, NC.named, Literal(agent.named)),
    ]
    if agent.named:
        out.append((a, RDF.type, NC.Expert))
    roles = {c.speaker.role for c in claims if c.speaker.id == agent.id and c.speaker.role is not None}
    out += [(a, NC.role, Literal(role.value)) for role in sorted(roles)]
    if agent.affiliation is not None:
        out.append((a, SDO.affiliation, Literal(agent.affiliation)))
    return out


def claim_triples(claim: Claim, source: Source, position: int) -> list[Triple]:
    """The claim, its quantities and its evidence annotation (``position``: its index in the source)."""
    c = claim_iri(claim.id)
    s = source_iri(source.id)
    out: list[Triple] = [
        (c, RDF.type, NC.Claim),
        (c, DCTERMS.identifier, Literal(claim.id)),
        (c, PROV.wasAttributedTo, agent_iri(claim.speaker.id)),
        (c, PROV.wasDerivedFrom, s),
        (c, NC.certainty, _lit(claim.certainty)),
        (c, NC.position, Literal(position)),
        # Shortcuts for queries (the annotation and the agent below stay authoritative; the reader
        # ignores these): the quote (= the evidence's oa:exact) and the speaker's foaf:name.
        (c, NC.quote, Literal(claim.evidence.quote)),
        (c, NC.speakerName, Literal(claim.speaker.name)),
    ]
    if claim.speaker.role is not None:
        out.append((c, NC.speakerRole, Literal(claim.speaker.role.value)))
    if claim.effect is not None:
        out.append((c, NC.effect, Literal(claim.effect.value)))
    if claim.basis is not None:
        out.append((c, NC.basis, Literal(claim.basis.value)))
    out += [(c, NC.about, mechanism_iri(t)) for t in claim.topics]
    out += [(c, NC.certaintyCue, Literal(v)) for v in claim.certainty_cues]
    out += [(c, NC.effectCue, Literal(v)) for v in claim.effect_cues]
    out += [(c, NC.cites, Literal(v)) for v in claim.cites]
    order = _value_order(claim)
    if order:
        out.append((c, NC.valueOrder, Literal(json.dumps(order, ensure_ascii=False, sort_keys=True))))
    for index, quantity in enumerate(claim.quantities):
        out += _quantity_triples(c, claim.id, quantity, index)
    out += evidence_triples(claim, source)
    return out


def _value_order(claim: Claim) -> dict[str, list[str]]:
    """Lists of 2+ items as written (order and repeats), which the set of triples would lose."""
    lists = {"about": claim.topics, "certaintyCue": claim.certainty_cues, "effectCue": claim.effect_cues,
             "cites": claim.cites}
    return {name: list(values) for name, values in lists.items() if len(values) > 1}


def _quantity_triples(c: URIRef, claim_id: str, quantity: Quantity, index: int) -> list[Triple]:
    q = term(ID, _local(claim_id, "quantity", str(index)))
    out: list[Triple] = [
        (c, NC.hasQuantity, q), (q, RDF.type, NC.Quantity), (q, NC.position, Literal(index)),
        (q, NC.parameter, Literal(quantity.parameter)), (q, NC.verbatim, Literal(quantity.text)),
    ]
    for prop, value in ((NC.low, quantity.low), (NC.high, quantity.high), (NC.best, quantity.best)):
        if value is not None:
            out.append((q, prop, _lit(value)))
    if quantity.unit is not None:
        out.append((q, NC.unit, Literal(quantity.unit)))
    if quantity.start is not None:
        out.append((q, NC.start, Literal(quantity.start)))
    if quantity.end is not None:
        out.append((q, NC.end, Literal(quantity.end)))
    return out


def evidence_triples(claim: Claim, source: Source) -> list[Triple]:
    """The claim's evidence as a Web Annotation: body = claim, target = the exact span of the source."""
    ev = claim.evidence
    a = evidence_iri(claim.id)
    target = term(ID, _local(claim.id, "evidence", "target"))
    position = term(ID, _local(claim.id, "evidence", "position"))
    quote_sel = term(ID, _local(claim.id, "evidence", "quote"))
    text = source.text
    return [
        (claim_iri(claim.id), NC.hasEvidence, a),
        (a, RDF.type, OA.Annotation), (a, RDF.type, NC.Evidence),
        (a, OA.motivatedBy, OA.describing),
        (a, OA.hasBody, claim_iri(claim.id)),
        (a, OA.hasTarget, target),
        (target, RDF.type, OA.SpecificResource),
        (target, OA.hasSource, source_iri(ev.source_id)),
        (target, OA.hasSelector, position), (target, OA.hasSelector, quote_sel),
        (position, RDF.type, OA.TextPositionSelector),
        (position, OA.start, Literal(ev.start)), (position, OA.end, Literal(ev.end)),
        (quote_sel, RDF.type, OA.TextQuoteSelector),
        (quote_sel, OA.exact, Literal(ev.quote)),
        (quote_sel, OA.prefix, Literal(text[max(0, ev.start - CONTEXT_CHARS):ev.start])),
        (quote_sel, OA.suffix, Literal(text[ev.end:ev.end + CONTEXT_CHARS])),
    ]


# --- triples -> models --------------------------------------------------------------------------

def _constants(namespace: Any, names: str) -> SimpleNamespace:
    """Terms looked up once: DefinedNamespace attribute access is slow in the read path's loops."""
    return SimpleNamespace(**{name: getattr(namespace, name) for name in names.split()})


_NC = _constants(NC, "Claim Source about basis best boilerplate certainty certaintyCue checksum cites "
                     "documentKind effect effectCue end filePath hasEvidence hasQuantity hasSegment heading "
                     "high low named ordinal parameter participant position role sourceText speakerName "
                     "speakerRole start unit valueOrder verbatim")
_PROV = _constants(PROV, "wasAttributedTo wasDerivedFrom")
_OA = _constants(OA, "TextPositionSelector TextQuoteSelector end exact hasSelector hasSource hasTarget start")
_DCTERMS = _constants(DCTERMS, "date identifier title")
_FOAF = _constants(FOAF, "name")
_SDO = _constants(SDO, "affiliation url")


def plain_literal(node: Literal) -> Any:
    """A literal's Python value (str for datatypes rdflib does not map)."""
    value = node.toPython()
    return str(value) if isinstance(value, Literal) else value


class _Index:
    """Subject -> predicate -> objects, for fast lookups while rebuilding models.

    Literal objects are kept as plain Python values; callers may pass those directly (the embedded
    store does, skipping rdflib Literal construction, which dominates the cost of reading).
    """

    def __init__(self, triples: Iterable[tuple[Node, Node, Any]]) -> None:
        self.by_subject: dict[Node, dict[Node, list[Any]]] = defaultdict(lambda: defaultdict(list))
        for s, p, o in triples:
            self.by_subject[s][p].append(plain_literal(o) if isinstance(o, Literal) else o)

    def objects(self, subject: Node, predicate: Node) -> list[Any]:
        props = self.by_subject.get(subject)
        return props.get(predicate, []) if props else []

    def value(self, subject: Node, predicate: Node) -> Any:
        objects = self.objects(subject, predicate)
        if not objects:
            return None
        return objects[0] if len(objects) == 1 else min(objects, key=str)  # deterministic on merged graphs

    def required(self, subject: Node, predicate: Node) -> Any:
        value = self.value(subject, predicate)
        if value is None:
            raise MappingError(f"{subject} has no {predicate}")
        return value

    def subjects_of_type(self, rdf_type: URIRef) -> list[Node]:
        return [s for s, props in self.by_subject.items() if rdf_type in props.get(RDF.type, ())]


def graph_to_extractions(graph: Graph | Iterable[Triple]) -> list[Extraction]:
    """Rebuild the extractions a graph holds, sorted by source id.

    A Dataset is read one named graph at a time (agents' roles and affiliations as stated in that
    source); a plain graph or an iterable of triples is read as one pool.
    """
    if isinstance(graph, Dataset | ConjunctiveGraph):
        extractions = []
        contexts = graph.graphs() if isinstance(graph, Dataset) else graph.contexts()
        for context in contexts:
            extractions += triples_to_extractions(context.triples((None, None, None)))
        return sorted(extractions, key=lambda e: e.source.id)
    return triples_to_extractions(graph.triples((None, None, None)) if isinstance(graph, Graph) else graph)


def triples_to_extractions(triples: Iterable[Triple]) -> list[Extraction]:
    index = _Index(triples)
    claims_by_source: dict[Node, list[tuple[int, Claim]]] = defaultdict(list)
    for c in index.subjects_of_type(_NC.Claim):
        claims_by_source[index.required(c, _PROV.wasDerivedFrom)].append(
            (int(index.value(c, _NC.position) or 0), _claim(index, c)))
    extractions = []
    for s in index.subjects_of_type(_NC.Source):
        positioned = sorted(claims_by_source.get(s, []), key=lambda pc: (pc[0], pc[1].id))
        claims = tuple(claim for _, claim in positioned)
        extractions.append(Extraction(source=_source(index, s), claims=claims))
    return sorted(extractions, key=lambda e: e.source.id)


def _positioned(index: _Index, nodes: list[Node]) -> list[Node]:
    return sorted(nodes, key=lambda n: (int(index.value(n, _NC.position) or 0), str(n)))


def _source(index: _Index, s: Node) -> Source:
    participants = tuple(
        Participant(name=index.required(p, _FOAF.name), role=Role(index.required(p, _NC.role)),
                    affiliation=index.value(p, _SDO.affiliation))
        for p in _positioned(index, index.objects(s, _NC.participant)))
    segments = tuple(_segment(index, g) for g in _positioned(index, index.objects(s, _NC.hasSegment)))
    date = index.value(s, _DCTERMS.date)
    return Source(
        id=index.required(s, _DCTERMS.identifier), title=index.required(s, _DCTERMS.title),
        kind=index.required(s, _NC.documentKind), text=index.required(s, _NC.sourceText),
        date=date if isinstance(date, dt.date) else None, url=_str_or_none(index.value(s, _SDO.url)),
        participants=participants, path=index.value(s, _NC.filePath),
        checksum=index.required(s, _NC.checksum),
        segments=segments,
    )


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _segment(index: _Index, g: Node) -> Segment:
    role = index.value(g, _NC.role)
    fields: dict[str, Any] = dict(
        start=int(index.required(g, _NC.start)), end=int(index.required(g, _NC.end)),
        speaker=index.value(g, _NC.speakerName), role=Role(role) if role else None,
        boilerplate=bool(index.value(g, _NC.boilerplate)), heading=bool(index.value(g, _NC.heading)),
    )
    ordinal = index.value(g, _NC.ordinal)
    fields["ordinal"] = None if ordinal is None else int(ordinal)
    return Segment(**fields)


def _ordered(values: list[str], order: list[str] | None) -> tuple[str, ...]:
    """The recorded list (order and repeats) if it still matches the triples; else the triples' values
    in recorded order, values the record does not know (later edits) last, sorted."""
    if order is not None and set(order) == set(values):
        return tuple(order)
    rank: dict[str, int] = {}
    for index, value in enumerate(order or []):
        rank.setdefault(value, index)
    return tuple(sorted(set(values), key=lambda v: (rank.get(v, len(rank)), v)))


def _claim(index: _Index, c: Node) -> Claim:
    order_text = index.value(c, _NC.valueOrder)
    order: dict[str, list[str]] = json.loads(order_text) if order_text else {}

    def texts(prop: URIRef) -> list[str]:
        return [str(o) for o in index.objects(c, prop)]

    agent = index.required(c, _PROV.wasAttributedTo)
    role = index.value(c, _NC.speakerRole)
    speaker = Agent(
        id=index.required(agent, _DCTERMS.identifier), name=index.required(agent, _FOAF.name),
        role=Role(role) if role else None, affiliation=index.value(agent, _SDO.affiliation),
        named=bool(index.value(agent, _NC.named)),
    )
    effect = index.value(c, _NC.effect)
    basis = index.value(c, _NC.basis)
    return Claim(
        id=index.required(c, _DCTERMS.identifier),
        evidence=_evidence(index, index.required(c, _NC.hasEvidence)),
        speaker=speaker,
        topics=_ordered([mechanism_id_of(str(m)) for m in index.objects(c, _NC.about)], order.get("about")),
        effect=Effect(effect) if effect else None,
        certainty=float(index.required(c, _NC.certainty)),
        certainty_cues=_ordered(texts(_NC.certaintyCue), order.get("certaintyCue")),
        effect_cues=_ordered(texts(_NC.effectCue), order.get("effectCue")),
        quantities=tuple(_quantity(index, q) for q in _positioned(index, index.objects(c, _NC.hasQuantity))),
        cites=_ordered(texts(_NC.cites), order.get("cites")),
        basis=Basis(basis) if basis else None,
    )


def _evidence(index: _Index, annotation: Node) -> Evidence:
    target = index.required(annotation, _OA.hasTarget)
    start = end = quote_text = None
    for selector in index.objects(target, _OA.hasSelector):
        types = index.objects(selector, RDF.type)
        if _OA.TextPositionSelector in types:
            start, end = int(index.required(selector, _OA.start)), int(index.required(selector, _OA.end))
        if _OA.TextQuoteSelector in types:
            quote_text = str(index.required(selector, _OA.exact))
    if start is None or end is None or quote_text is None:
        raise MappingError(f"evidence {annotation} lacks a TextPositionSelector or a TextQuoteSelector")
    source = index.required(target, _OA.hasSource)
    source_id = index.required(source, _DCTERMS.identifier)
    return Evidence(source_id=source_id, start=start, end=end, quote=quote_text)


def _quantity(index: _Index, q: Node) -> Quantity:
    def number(prop: URIRef) -> float | None:
        value = index.value(q, prop)
        return None if value is None else float(value)

    start, end = index.value(q, _NC.start), index.value(q, _NC.end)
    return Quantity(
        parameter=index.required(q, _NC.parameter), low=number(_NC.low), high=number(_NC.high),
        best=number(_NC.best), unit=index.value(q, _NC.unit), text=index.required(q, _NC.verbatim),
        start=None if start is None else int(start), end=None if end is None else int(end),
    )


def extractions_to_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """One named graph per source, named by the source IRI: the layout the stores keep."""
    dataset = Dataset()
    for extraction in extractions:
        named = dataset.graph(source_iri(extraction.source.id))
        for triple in extraction_triples(extraction):
            named.add(triple)
    return dataset


def extractions_to_graph(extractions: Iterable[Extraction]) -> Graph:
    """All sources merged into one graph (people named in several sources appear once)."""
    graph = Graph()
    for extraction in extractions:
        for triple in extraction_triples(extraction):
            graph.add(triple)
    return graph
