"""The prefixes every query may use without declaring them (built from ontology.namespaces)."""

from __future__ import annotations

import re

from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SDO, SKOS, XSD

from ontology.namespaces import ID, MECH, NC, NP, OA

PREFIXES: dict[str, str] = {
    "nc": str(NC._NS), "oa": str(OA._NS), "np": str(NP._NS), "mech": str(MECH), "id": str(ID),
    "prov": str(PROV), "dcterms": str(DCTERMS), "foaf": str(FOAF), "schema": str(SDO),
    "skos": str(SKOS), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD),
}


def prefix_header(sparql: str = "") -> str:
    """PREFIX lines for the default prefixes the query does not declare itself."""
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items()
                   if not re.search(rf"PREFIX\s+{name}\s*:", sparql, re.IGNORECASE))
