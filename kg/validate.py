"""SHACL validation of our RDF against ontology/shapes.ttl (pyshacl).

A graph that conforms can be read back into the models; run it on imports from elsewhere and on
hand-edited graphs. Warnings (e.g. a best guess outside its range) are reported but do not fail.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph

import ontology

SHAPES_PATH = Path(ontology.__file__).with_name("shapes.ttl")


@lru_cache(maxsize=1)
def load_shapes(path: Path = SHAPES_PATH) -> Graph:
    return Graph().parse(path, format="turtle")


def validate(graph: Graph) -> tuple[bool, str]:
    """``(conforms, report)``; the report lists each violation with its focus node and message."""
    conforms, _, report = shacl_validate(graph, shacl_graph=load_shapes(), inference="none",
                                         allow_warnings=True, advanced=True)
    return bool(conforms), str(report)
