from __future__ import annotations

from ontology.ids import ID_LENGTH, content_id, slugify, text_checksum


def test_content_id_is_stable_and_prefixed() -> None:
    assert content_id("claim", "src", 1, 5, "abcd") == content_id("claim", "src", 1, 5, "abcd")
    assert content_id("claim", "x").startswith("claim-")
    assert len(content_id("claim", "x")) == len("claim-") + ID_LENGTH


def test_content_id_joins_parts_unambiguously() -> None:
    assert content_id("p", "ab", "c") != content_id("p", "a", "bc")
    assert content_id("p", 1) == content_id("p", "1")


def test_text_checksum_is_sha256_hex() -> None:
    assert text_checksum("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_slugify_reduces_to_ascii_words() -> None:
    assert slugify("Shaul Druckmann") == "shaul-druckmann"
    assert slugify("  Ünïcode & Co. ") == "n-code-co"
    assert slugify("!!!") == "unnamed"
