"""Graph stores behind one interface (kg.store.base): embedded Oxigraph, any SPARQL 1.1 server."""
