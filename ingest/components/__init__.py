"""Our spaCy components, one registered factory per module (see ingest.pipeline.COMPONENTS).

Components write their results as ``doc.spans[<key>]`` (labels carry the class) plus plain JSON
values in ``doc.user_data`` so they survive ``nlp.pipe(n_process>1)``.
"""
