"""Each claim as a nanopublication in TriG: Head, assertion, provenance and publication info graphs.

The assertion holds what the claim says (mechanisms, effect, certainty, cues, citations, numbers);
the provenance holds who said it and where (prov:wasAttributedTo, the Web Annotation evidence with
its text selectors, the source); the pubinfo holds when and by what it was published. Graph IRIs
share the nanopublication's IRI as prefix and nothing is a blank node, as the nanopub tools expect.
Set SOURCE_DATE_EPOCH for a reproducible prov:generatedAtTime.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from typing import BinaryIO

from rdflib import RDF, XSD, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDFS, SDO
from rdflib.plugins.serializers.trig import TrigSerializer

from kg.exporters.registry import Exporter, register_exporter
from kg.mapping import Triple, agent_iri, agent_triples, claim_iri, claim_triples, source_iri
from kg.prefixes import PREFIXES
from ontology.models import Claim, Extraction
from ontology.namespaces import ID, NC, NP, term

SOFTWARE = term(ID, "software/neuroclaims")
PROVENANCE_PREDICATES = {PROV.wasAttributedTo, PROV.wasDerivedFrom, NC.hasEvidence, NC.speakerRole,
                         NC.position}


def nanopub_iri(claim_id: str) -> URIRef:
    return term(ID, f"np/{claim_id}")


def part_iri(claim_id: str, part: str) -> URIRef:
    """``Head``, ``assertion``, ``provenance`` or ``pubinfo`` of a claim's nanopublication."""
    return URIRef(f"{nanopub_iri(claim_id)}#{part}")


def generated_at() -> dt.datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def split_claim(claim: Claim, triples: list[Triple]) -> tuple[list[Triple], list[Triple]]:
    """The claim's triples as (assertion, provenance): statement vs. attribution and evidence."""
    c = claim_iri(claim.id)
    quantities = {o for s, p, o in triples if s == c and p == NC.hasQuantity}
    assertion: list[Triple] = []
    provenance: list[Triple] = []
    for s, p, o in triples:
        said = (s == c and p not in PROVENANCE_PREDICATES) or s in quantities
        (assertion if said else provenance).append((s, p, o))
    return assertion, provenance


def add_nanopub(dataset: Dataset, extraction: Extraction, claim: Claim, position: int,
                when: dt.datetime) -> None:
    np_iri = nanopub_iri(claim.id)
    head, assertion_g, provenance_g, pubinfo_g = (dataset.graph(part_iri(claim.id, part))
                                                  for part in ("Head", "assertion", "provenance", "pubinfo"))
    for triple in [(np_iri, RDF.type, NP.Nanopublication), (np_iri, NP.hasAssertion, assertion_g.identifier),
                   (np_iri, NP.hasProvenance, provenance_g.identifier),
                   (np_iri, NP.hasPublicationInfo, pubinfo_g.identifier)]:
        head.add(triple)
    assertion, provenance = split_claim(claim, claim_triples(claim, extraction.source, position))
    for triple in assertion:
        assertion_g.add(triple)
    source = extraction.source
    a = assertion_g.identifier
    s = source_iri(source.id)
    provenance += [(a, PROV.wasAttributedTo, agent_iri(claim.speaker.id)), (a, PROV.wasDerivedFrom, s),
                   (s, RDF.type, NC.Source), (s, DCTERMS.title, Literal(source.title))]
    if source.url:
        provenance.append((s, SDO.url, Literal(source.url, datatype=XSD.anyURI)))
    provenance += agent_triples(claim.speaker, [claim])
    for triple in provenance:
        provenance_g.add(triple)
    for triple in [(np_iri, PROV.generatedAtTime, Literal(when.isoformat(), datatype=XSD.dateTime)),
                   (np_iri, PROV.wasAttributedTo, SOFTWARE), (np_iri, DCTERMS.creator, SOFTWARE),
                   (np_iri, RDFS.label, Literal(claim.evidence.quote[:200])),
                   (SOFTWARE, RDF.type, PROV.SoftwareAgent), (SOFTWARE, FOAF.name, Literal("NeuroClaims"))]:
        pubinfo_g.add(triple)


def extractions_to_nanopubs(extractions: Sequence[Extraction], when: dt.datetime | None = None) -> Dataset:
    when = when or generated_at()
    dataset = Dataset()
    for prefix, iri in PREFIXES.items():
        dataset.bind(prefix, iri, override=True)
    for extraction in extractions:
        for position, claim in enumerate(extraction.claims):
            add_nanopub(dataset, extraction, claim, position, when)
    return dataset


class _OrderedTrigSerializer(TrigSerializer):
    """rdflib writes named graphs in hash order, which changes from run to run; sorted by name, two
    exports of the same graph are the same file."""

    def __init__(self, store: Dataset):
        super().__init__(store)
        self.contexts.sort(key=lambda graph: str(graph.identifier))


def write_trig(extractions: Sequence[Extraction], out: BinaryIO) -> int:
    dataset = extractions_to_nanopubs(extractions)
    _OrderedTrigSerializer(dataset).serialize(out, encoding="utf-8")
    return sum(len(e.claims) for e in extractions)


register_exporter(Exporter("graph", "trig", "trig", "application/trig",
                           "one nanopublication per claim (Head, assertion, provenance, pubinfo graphs)",
                           write_trig))
