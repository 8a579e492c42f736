"""The application layer: the `neuroclaims` command and the orchestration of ingest -> kg.

It is the only package that imports both ingest and kg; the library packages stay one-way.
"""
