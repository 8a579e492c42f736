"""Stable, content-derived identifiers.

Every ID is a prefix plus the first hex digits of a SHA-256 over its defining content, so the
same document ingested twice yields the same IDs and re-ingesting changes nothing.
"""

from __future__ import annotations

import hashlib
import re

ID_LENGTH = 16


def content_id(prefix: str, *parts: object) -> str:
    """Hash ``parts`` (joined unambiguously) into ``prefix-<hex>``."""
    hasher = hashlib.sha256()
    for part in parts:
        data = str(part).encode("utf-8")
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return f"{prefix}-{hasher.hexdigest()[:ID_LENGTH]}"


def text_checksum(text: str) -> str:
    """Full SHA-256 of a text, used to tell an unchanged document from a changed one."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def slugify(text: str) -> str:
    """A lowercase ASCII slug, for readable IDs of named things (people, mechanisms)."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "unnamed"
