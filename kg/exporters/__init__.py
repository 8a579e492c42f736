"""Exporters of claims and graphs, looked up by name."""
