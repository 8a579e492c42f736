"""The graph stage: models -> RDF, stores, SPARQL, NetworkX projections, exports, the estimate."""
