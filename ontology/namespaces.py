"""IRI namespaces: the only place IRI strings are written.

Reused vocabularies come from rdflib (PROV, DCTERMS, SKOS, RDF, RDFS, XSD, SDO). Our own
vocabulary is a DefinedNamespace with ``_fail = True`` so a typo is an error, not a new term.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/neuroclaims/"
MECH = Namespace(BASE + "mechanism/")
ID = Namespace(BASE + "id/")


class NC(DefinedNamespace):
    """The NeuroClaims vocabulary (defined in ontology/vocabulary.ttl)."""

    _NS = Namespace(BASE + "ns#")
    _fail = True

    Claim: URIRef
    Expert: URIRef
    Quantity: URIRef
    Mechanism: URIRef
    Source: URIRef
    Evidence: URIRef
    Segment: URIRef
    speaker: URIRef
    speakerRole: URIRef
    about: URIRef
    effect: URIRef
    certainty: URIRef
    certaintyCue: URIRef
    effectCue: URIRef
    hasQuantity: URIRef
    parameter: URIRef
    low: URIRef
    high: URIRef
    best: URIRef
    unit: URIRef
    verbatim: URIRef
    cites: URIRef
    basis: URIRef
    documentKind: URIRef
    participant: URIRef
    role: URIRef
    checksum: URIRef
    sourceText: URIRef
    named: URIRef
    Participant: URIRef
    hasEvidence: URIRef
    quote: URIRef
    hasSegment: URIRef
    position: URIRef
    start: URIRef
    end: URIRef
    filePath: URIRef
    speakerName: URIRef
    boilerplate: URIRef
    heading: URIRef
    valueOrder: URIRef
    ordinal: URIRef


class OA(DefinedNamespace):
    """The parts of the W3C Web Annotation vocabulary we use for evidence spans."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    Annotation: URIRef
    SpecificResource: URIRef
    TextQuoteSelector: URIRef
    TextPositionSelector: URIRef
    hasTarget: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    hasBody: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef
    start: URIRef
    end: URIRef
    motivatedBy: URIRef
    describing: URIRef


class NP(DefinedNamespace):
    """Nanopublication schema terms for the per-claim TriG export."""

    _NS = Namespace("http://www.nanopub.org/nschema#")
    _fail = True

    Nanopublication: URIRef
    hasAssertion: URIRef
    hasProvenance: URIRef
    hasPublicationInfo: URIRef


def term(namespace: Namespace, local: str) -> URIRef:
    """An IRI in one of our open namespaces (ID, MECH)."""
    return URIRef(str(namespace) + local)
