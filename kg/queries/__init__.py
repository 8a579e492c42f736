"""Named SPARQL queries as .rq files (data, read by kg.query_library)."""
