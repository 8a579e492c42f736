"""Sidecars and document discovery."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import SidecarError, UnsupportedFormat
from ingest.readers import read_source
from ingest.sidecar import find_documents, load_meta
from ontology.models import Role


def test_find_documents_expands_dirs_and_skips_sidecars_readmes_hidden(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    for name in [
        "b.txt",
        "a.md",
        "a.meta.yaml",
        "README.md",
        ".hidden.txt",
        "sub/c.vtt",
        "sub/c.meta.json",
        "notes.pdf",
        ".git/x.txt",
    ]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = find_documents([tmp_path])
    assert found == [tmp_path / "a.md", tmp_path / "b.txt", tmp_path / "sub" / "c.vtt"]


def test_find_documents_keeps_explicit_unknown_file_so_reading_names_it(tmp_path: Path) -> None:
    odd = tmp_path / "talk.docx"
    odd.write_text("x", encoding="utf-8")
    assert find_documents([odd]) == [odd]
    with pytest.raises(UnsupportedFormat, match="talk.docx"):
        read_source(odd)


def test_load_meta_reads_yaml_sidecar(tmp_path: Path) -> None:
    doc = tmp_path / "talk.txt"
    doc.write_text("Hi.\n", encoding="utf-8")
    (tmp_path / "talk.meta.yaml").write_text(
        "title: A talk\nkind: interview_notes\ndate: 2020-01-02\nparticipants:\n"
        "  - name: Ann Lee\n    role: interviewee\n",
        encoding="utf-8",
    )
    meta = load_meta(doc)
    assert meta is not None and meta.title == "A talk" and meta.participants[0].role == Role.INTERVIEWEE
    assert read_source(doc, meta).kind == "interview_notes"


def test_load_meta_without_sidecar_is_none(tmp_path: Path) -> None:
    doc = tmp_path / "lonely.txt"
    doc.write_text("Hi.\n", encoding="utf-8")
    assert load_meta(doc) is None


@pytest.mark.parametrize(
    "content, problem",
    [
        ("title: T\nkind: Forum Post\n", "kind"),
        ("kind: notes\n", "title"),
        ("title: T\nkind: notes\nparticipants:\n  - name: X\n    role: chef\n", "participants.0.role"),
        ("title: [unclosed\n", "not valid YAML"),
        ("- just\n- a list\n", "mapping"),
    ],
)
def test_load_meta_malformed_sidecar_names_file_and_problem(
    tmp_path: Path, content: str, problem: str
) -> None:
    doc = tmp_path / "d.txt"
    doc.write_text("Hi.\n", encoding="utf-8")
    sidecar = tmp_path / "d.meta.yaml"
    sidecar.write_text(content, encoding="utf-8")
    with pytest.raises(SidecarError) as info:
        load_meta(doc)
    assert info.value.path == sidecar
    assert "d.meta.yaml" in str(info.value) and problem in str(info.value)


def test_load_meta_reads_json_sidecar(tmp_path: Path) -> None:
    doc = tmp_path / "j.md"
    doc.write_text("# J\n", encoding="utf-8")
    (tmp_path / "j.meta.json").write_text('{"title": "J", "kind": "notes"}', encoding="utf-8")
    meta = load_meta(doc)
    assert meta is not None and meta.kind == "notes"
