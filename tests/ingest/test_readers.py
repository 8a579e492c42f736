"""Readers: formats by extension, offsets into the stored text, and clear errors for bad files."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.errors import IngestError, ReadError, UnsupportedFormat
from ingest.readers import READERS, read_source, read_text
from ontology.models import Participant, Role, SourceMeta


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_read_source_txt_keeps_text_verbatim_and_guesses_title(tmp_path: Path) -> None:
    text = "Dendrites matter\n\nNeurons integrate inputs.  Spacing  kept.\n"
    source = read_source(write(tmp_path, "a.txt", text))
    assert source.text == text
    assert source.title == "Dendrites matter"
    assert source.kind == "notes"
    assert source.id.startswith("src-")
    assert [source.text[s.start : s.end] for s in source.segments] == [
        "Dendrites matter",
        "Neurons integrate inputs.  Spacing  kept.",
    ]
    assert source.segments[0].heading and not source.segments[1].heading


FORUM = (
    "Dendrites matter more than we think\n\n"
    "The post argues that the dendrites of cortical pyramidal neurons compute a lot on their own.\n\n"
    "3 comments, sorted by Click to highlight new comments since: Today\n\n"
    "I doubt dendrites add much compute; most inputs sum linearly in cortex.\n\n"
    "Thanks for the comment! I think NMDA spikes make branches nonlinear units.\n"
)


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_read_source_windows_and_old_mac_line_endings_read_like_unix(tmp_path: Path, ending: str) -> None:
    meta = SourceMeta(title="Post", kind="forum_post")
    unix = read_source(write(tmp_path, "unix.txt", FORUM), meta)
    other = read_source(write(tmp_path, "other.txt", FORUM.replace("\n", ending).encode()), meta)
    assert other.text == unix.text and other.id == unix.id
    assert other.segments == unix.segments
    assert {s.role for s in other.segments} == {Role.POST_AUTHOR, Role.COMMENTER}


def test_read_source_markdown_title_from_first_heading(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "m.md", "intro line\n\n## **Real Title**\n\nBody text here.\n"))
    assert source.title == "Real Title"


@pytest.mark.parametrize(
    "text, title",
    [
        ("Hide table of contents\n\nI have a disclaimer to make first.\n\nSpikes and Timing\n\nBody.\n",
         "Spikes and Timing"),  # page furniture and a first sentence are not the title
        ("- a list item\nSee https://example.org/post\nWhy glia matter\n", "Why glia matter"),
        ("This is a link post for a long paper title that goes on and on, naming every one of its "
         "authors and the journal it appeared in.\n",
         "This is a link post for a long paper title that goes on and on, naming every one of its "
         "authors and…"),
        # a question can be a title, as the first line only ("Background" is a section heading)
        ("Hide table of contents\n\nHow much do astrocytes add to brain compute?\n\nBackground\n\nBody.\n",
         "How much do astrocytes add to brain compute?"),
        ("Why would anyone ask this?\n\nSpikes and Timing\n\nBody.\n", "Why would anyone ask this?"),
        # a long question title, then the byline, the date and the score: none of those is the title
        ("Hide table of contents\n\nWhat do C. elegans and Drosophila emulation efforts tell us about the "
         "compute needed for a human brain?\n\nby jbrandt\nNov 19 2024\n27\n\nBody.\n",
         "What do C. elegans and Drosophila emulation efforts tell us about the compute needed for a human "
         "brain?"),
    ],
)
def test_read_source_title_skips_furniture_links_and_list_items(
    tmp_path: Path, text: str, title: str
) -> None:
    assert read_source(write(tmp_path, "post.txt", text)).title == title


def test_read_source_same_text_gives_same_id(tmp_path: Path) -> None:
    a = read_source(write(tmp_path, "a.txt", "Same words.\n"))
    b = read_source(write(tmp_path, "b.txt", "Same words.\n"))
    assert a.id == b.id


def test_read_html_drops_script_and_style_and_offsets_match(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Glia &amp; compute</title><style>p {color: red}</style></head><body>"
        "<h1>Glia</h1><script>var x = 'hidden';</script><p>Astrocytes <b>modulate</b>\n synapses.</p>"
        "<div>Second &lt;block&gt;.</div></body></html>"
    )
    source = read_source(write(tmp_path, "g.html", html))
    assert source.title == "Glia & compute"
    assert source.kind == "web_page"
    assert source.text == "Glia\n\nAstrocytes modulate synapses.\n\nSecond <block>."
    assert "hidden" not in source.text and "color" not in source.text
    spans = [source.text[s.start : s.end] for s in source.segments]
    assert spans == ["Glia", "Astrocytes modulate synapses.", "Second <block>."]
    assert source.segments[0].heading and not source.segments[1].heading


def test_read_html_single_br_breaks_a_line_and_a_double_br_a_paragraph(tmp_path: Path) -> None:
    html = (
        "<html><body><p>Dendrites integrate thousands of synaptic inputs, and Ann<br>\n"
        "Smith found that NMDA spikes<br/>make each branch a unit.</p>"
        "<div>First paragraph of a comment.<br><br>\nSecond paragraph.</div></body></html>"
    )
    source = read_source(write(tmp_path, "b.html", html))
    assert source.text == (
        "Dendrites integrate thousands of synaptic inputs, and Ann\nSmith found that NMDA spikes\n"
        "make each branch a unit.\n\nFirst paragraph of a comment.\n\nSecond paragraph."
    )


VTT = """WEBVTT

00:00:01.000 --> 00:00:03.000
<v Ada Lovelace>Synapses are noisy.

00:00:03.000 --> 00:00:05.000
<v Ada Lovelace>Very noisy indeed.

00:00:05.000 --> 00:00:07.000
<v Host>Why does that matter?
"""

SRT = """1
00:00:01,000 --> 00:00:03,000
HOST: Welcome back.

2
00:00:03,500 --> 00:00:05,000
ADA LOVELACE: Thanks. Spikes are sparse.

3
00:00:05,000 --> 00:00:06,000
Mostly, anyway.
"""

META = SourceMeta(
    title="Talk",
    kind="transcript",
    participants=(
        Participant(name="Ada Lovelace", role=Role.GUEST),
        Participant(name="Bob Smith", role=Role.HOST),
    ),
)


def test_read_vtt_merges_cues_of_one_speaker_and_maps_labels(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "t.vtt", VTT), META)
    assert (
        source.text == "Ada Lovelace: Synapses are noisy. Very noisy indeed.\nHost: Why does that matter?\n"
    )
    turns = [(s.speaker, s.role, source.text[s.start : s.end]) for s in source.segments]
    assert turns == [
        ("Ada Lovelace", Role.GUEST, "Synapses are noisy. Very noisy indeed."),
        ("Bob Smith", Role.HOST, "Why does that matter?"),
    ]


def test_read_srt_uses_name_prefixes_and_continues_unlabelled_cues(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "t.srt", SRT), META)
    assert source.text == "Host: Welcome back.\nAda Lovelace: Thanks. Spikes are sparse. Mostly, anyway.\n"
    assert [(s.speaker, s.role) for s in source.segments] == [
        ("Bob Smith", Role.HOST),
        ("Ada Lovelace", Role.GUEST),
    ]


ROLLING_VTT = """WEBVTT
Kind: captions

00:00:00.000 --> 00:00:02.000 align:start position:0%
 
Synapses<00:00:00.500><c> are</c><00:00:01.000><c> noisy</c>

00:00:02.000 --> 00:00:02.010 align:start position:0%
Synapses are noisy
 

00:00:02.010 --> 00:00:04.000 align:start position:0%
Synapses are noisy
and<00:00:02.500><c> spikes</c><00:00:03.000><c> are</c><00:00:03.500><c> sparse.</c>
"""

UNLABELLED_SRT = """1
00:00:01,000 --> 00:00:03,000
The point is: synapses are noisy.

2
00:00:03,000 --> 00:00:05,000
And spikes are sparse.
"""


def test_read_captions_without_speakers_keep_one_line_per_cue_and_no_fake_labels(tmp_path: Path) -> None:
    result = read_text(write(tmp_path, "talk.srt", UNLABELLED_SRT))
    # before: one line, and "The point is" taken for a speaker's name
    assert result.text == "The point is: synapses are noisy.\nAnd spikes are sparse.\n"


def test_read_rolling_captions_read_each_line_once(tmp_path: Path) -> None:
    # YouTube's automatic captions repeat the previous line in every cue
    assert read_text(write(tmp_path, "auto.vtt", ROLLING_VTT)).text == (
        "Synapses are noisy\nand spikes are sparse.\n"
    )


def test_read_labelled_txt_guesses_transcript_and_unknown_speakers(tmp_path: Path) -> None:
    text = "Alice: I think spikes matter.\nBob: I doubt it.\nAlice: Timing carries information.\n"
    source = read_source(write(tmp_path, "chat.txt", text))
    assert source.kind == "transcript"
    assert [(s.speaker, s.role) for s in source.segments] == [
        ("Alice", Role.SPEAKER),
        ("Bob", Role.SPEAKER),
        ("Alice", Role.SPEAKER),
    ]
    assert source.text[source.segments[1].start : source.segments[1].end] == "I doubt it."


@pytest.mark.parametrize(
    "content, problem", [(b"", "empty"), (b"  \n", "empty"), (b"PK\x03\x04\x00\x00", "binary")]
)
def test_read_source_rejects_empty_and_binary_files_naming_them(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = write(tmp_path, "bad.txt", content)
    with pytest.raises(ReadError, match=problem) as info:
        read_source(path)
    assert info.value.path == path and str(path) in str(info.value)


def test_read_source_falls_back_to_cp1252_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write(tmp_path, "latin.txt", b"Caf\xe9 neurons fire \x93fast\x94.\n")
    with caplog.at_level(logging.WARNING, logger="ingest.readers"):
        source = read_source(path)
    assert source.text == "Café neurons fire “fast”.\n"
    assert any(
        "not valid UTF-8" in record.message and "latin.txt" in record.message for record in caplog.records
    )


def test_read_source_unknown_extension_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "slides.pptx", "whatever")
    with pytest.raises(UnsupportedFormat, match=r"slides\.pptx.*'\.pptx'") as info:
        read_source(path)
    assert isinstance(info.value, IngestError)


@pytest.mark.parametrize("extension", sorted(READERS))
def test_every_registered_reader_returns_segments_inside_its_text(tmp_path: Path, extension: str) -> None:
    content = {".vtt": VTT, ".srt": SRT, ".html": "<p>One para.</p><p>Two para.</p>", ".htm": "<p>Text.</p>"}
    path = write(tmp_path, f"doc{extension}", content.get(extension, "Title\n\nSome body text.\n"))
    source = read_source(path)
    assert source.segments
    assert all(0 <= s.start < s.end <= len(source.text) for s in source.segments)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1))
def test_read_txt_segments_are_inside_ordered_and_disjoint(tmp_path: Path, text: str) -> None:
    path = tmp_path / "prop.txt"
    path.write_bytes(text.encode("utf-8"))
    try:
        source = read_source(path)
    except ReadError:
        assert not text.strip() or not text.encode("utf-8").strip()
        return
    previous_end = 0
    for segment in source.segments:
        assert previous_end <= segment.start < segment.end <= len(source.text)
        previous_end = segment.end


def test_read_source_html_superscript_after_a_number_is_a_power(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><p>About 2&#215;10<sup>10</sup> astrocytes, as noted<sup>[1]</sup>.</p></body></html>",
        encoding="utf-8",
    )
    assert read_source(path).text == "About 2×10^10 astrocytes, as noted[1]."
