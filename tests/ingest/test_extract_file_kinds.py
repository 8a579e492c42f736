"""From a file on disk to claims, for every input format: HTML, WebVTT, SRT and "Name: text" turns.

The other extract tests build Sources by hand; these go through ``read_source`` as ``neuroclaims
ingest`` does, so a reader and the claim pipeline are checked together on invented documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.readers import read_source
from ontology.models import Claim, Effect, Participant, Role, SourceMeta

pytestmark = pytest.mark.slow

HTML = """<html><head><title>Dendrites and compute</title><style>p {color: red}</style></head>
<body><nav>Home | About | Subscribe</nav><article><h1>Do dendrites matter?</h1>
<p>Each cortical neuron receives about 10,000 synapses.</p>
<p>I think NMDA spikes in dendrites require many more layers in a network that mimics a neuron.</p>
<p>Glia probably won't change the compute estimate by orders of magnitude.</p>
</article><footer>Subscribe to our newsletter</footer><script>var x = 1;</script></body></html>
"""
VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Host>Welcome back. What did you find about spike timing?

00:00:04.500 --> 00:00:09.000
<v Ada Lovelace>We found that spike timing carries information beyond the firing rate.

00:00:09.500 --> 00:00:14.000
<v Ada Lovelace>I'm fairly confident a synapse needs 1-100 FLOPs per spike.
"""
SRT = """1
00:00:01,000 --> 00:00:03,000
Host: Thanks for joining.

2
00:00:03,500 --> 00:00:07,000
Ada Lovelace: Astrocytes might modulate synaptic transmission, but they don't change compute
by orders of magnitude.
"""
TURNS = (
    "Bob Smith: Is the retina simple?\n"
    "Ada Lovelace: The retina has about 100 million photoreceptors, and its circuits can be simplified.\n"
)
META = SourceMeta(
    title="Interview",
    kind="transcript",
    participants=(
        Participant(name="Ada Lovelace", role=Role.GUEST, affiliation="Analytical Engines"),
        Participant(name="Bob Smith", role=Role.HOST),
    ),
)


def claims_of(tmp_path: Path, name: str, text: str, meta: SourceMeta | None = None) -> list[Claim]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    source = read_source(path, meta)
    claims = list(extract(source).claims)
    for claim in claims:
        assert source.text[claim.evidence.start : claim.evidence.end] == claim.evidence.quote
    return claims


def one(claims: list[Claim], words: str) -> Claim:
    found = [c for c in claims if words in c.evidence.quote]
    assert len(found) == 1, [c.evidence.quote for c in claims]
    return found[0]


def test_html_page_claims_skip_navigation_footer_and_scripts(tmp_path: Path) -> None:
    claims = claims_of(tmp_path, "page.html", HTML)
    quotes = " ".join(c.evidence.quote for c in claims)
    assert "Subscribe" not in quotes and "var x" not in quotes and "color" not in quotes
    synapses = one(claims, "10,000 synapses")
    assert [(q.parameter, q.best) for q in synapses.quantities] == [("synapses", 10_000)]
    layers = one(claims, "many more layers")
    assert layers.topics[:2] == ("nmda_receptors", "dendritic_computation")
    assert layers.effect is Effect.INCREASES and layers.certainty < 0.6  # "I think" hedges
    glia = one(claims, "Glia")
    assert glia.topics[0] in ("glia", "total_brain_compute") and "glia" in glia.topics
    assert glia.effect is Effect.NO_MAJOR_CHANGE  # "won't change ... by orders of magnitude"


def test_html_line_breaks_inside_a_paragraph_keep_one_sentence(tmp_path: Path) -> None:
    """A page that hard-wraps its paragraphs with <br> gives the sentence whole, with its number."""
    page = (
        "<html><body><p>In a recent unpublished paper, Ann Smith, Bo Li and<br>\n"
        "Carl Jones found that NMDA<br>\n"
        "currents raise the depth of the network that mimics a neuron to seven layers.</p></body></html>"
    )
    (claim,) = claims_of(tmp_path, "wrapped.html", page)
    quote = claim.evidence.quote
    assert quote.startswith("In a recent unpublished paper") and quote.endswith("layers.")
    assert [q.best for q in claim.quantities] == [7]


def test_vtt_voices_become_speakers_and_confident_claims_are_kept(tmp_path: Path) -> None:
    claims = claims_of(tmp_path, "talk.vtt", VTT, META)
    assert not any(c.evidence.quote.endswith("?") for c in claims)  # the host's question
    timing = one(claims, "spike timing carries")
    assert (timing.speaker.name, timing.speaker.role) == ("Ada Lovelace", Role.GUEST)
    assert timing.speaker.affiliation == "Analytical Engines"
    assert timing.topics[0] == "spike_timing"
    flops = one(claims, "FLOPs per spike")
    assert flops.certainty > 0.7  # "fairly confident" boosts
    assert [(q.parameter, q.low, q.high) for q in flops.quantities] == [
        ("FLOPs per spike through synapse", 1, 100)
    ]


def test_srt_turns_keep_hedges_and_no_major_change(tmp_path: Path) -> None:
    claims = claims_of(tmp_path, "talk.srt", SRT, META)
    (astrocytes,) = claims  # "Thanks for joining." is a pleasantry
    assert astrocytes.speaker.name == "Ada Lovelace"
    assert "glia" in astrocytes.topics and "synaptic_transmission" in astrocytes.topics
    assert astrocytes.effect is Effect.NO_MAJOR_CHANGE
    assert astrocytes.certainty < 0.6  # "might"


def test_name_prefixed_turns_attribute_claims_and_quantities(tmp_path: Path) -> None:
    claims = claims_of(tmp_path, "chat.txt", TURNS, META)
    (retina,) = claims  # the host's question is not a claim
    assert (retina.speaker.name, retina.speaker.role) == ("Ada Lovelace", Role.GUEST)
    assert "peripheral_systems" in retina.topics
    assert retina.effect is Effect.DECREASES  # "can be simplified"
    assert [(q.parameter, q.best) for q in retina.quantities] == [("photoreceptors", 100_000_000)]


def test_transcription_tool_export_without_sidecar_names_the_speakers(tmp_path: Path) -> None:
    export = (
        "Bob Smith (00:00:01):\nWelcome back. Do dendrites matter?\n\n"
        "Ada Lovelace (00:00:04):\nYes. NMDA spikes in dendrites require many more layers in a network\n"
        "that mimics a neuron.\n"
    )
    (dendrites,) = claims_of(tmp_path, "episode.txt", export)
    assert dendrites.speaker.name == "Ada Lovelace"
    assert "nmda_receptors" in dendrites.topics and dendrites.effect is Effect.INCREASES


def test_diarized_transcript_without_sidecar_attributes_claims_to_the_guest(tmp_path: Path) -> None:
    export = (
        "SPEAKER_00: Welcome to the show, I'm Bob Smith. My guest today is Ada Lovelace. Welcome, Ada.\n"
        "SPEAKER_01: Thanks, Bob. Glad to be here.\n"
        "SPEAKER_00: Do dendrites matter?\n"
        "SPEAKER_01: Yes. NMDA spikes in dendrites require many more layers in a network\n"
        "that mimics a neuron.\n"
    )
    dendrites = one(claims_of(tmp_path, "episode.txt", export), "NMDA spikes")
    assert (dendrites.speaker.name, dendrites.speaker.role) == ("Ada Lovelace", Role.GUEST)


def rolling_captions(lines: list[str]) -> str:
    """Captions as YouTube writes them: every cue repeats the line before, words carry timings."""
    cues, before = ["WEBVTT\nKind: captions\nLanguage: en\n"], " "
    for i, line in enumerate(lines):
        first, *rest = line.split()
        timed = first + "".join(f"<00:00:{i:02d}.500><c> {word}</c>" for word in rest)
        timing = f"00:00:{i:02d}.000 --> 00:00:{i + 1:02d}.000 align:start position:0%"
        cues.append(f"{timing}\n{before}\n{timed}\n")
        before = line
    return "\n".join(cues)


def test_unlabelled_rolling_captions_without_sidecar_infer_host_and_guest(tmp_path: Path) -> None:
    captions = rolling_captions([
        "Welcome to Mind Matters. I'm Jo, and my guest today runs a dendrites lab in",
        "Kyoto. Here's Amara.",
        "Thanks for having me, Jo.",
        "So do dendrites change how much compute a neuron needs?",
        "I think NMDA spikes in dendrites require many more layers in a network that",
        "mimics a neuron, maybe five to eight layers.",
    ])
    claims = claims_of(tmp_path, "episode.vtt", captions)
    layers = one(claims, "NMDA spikes")  # once, though the captions repeat every line
    assert layers.evidence.quote.endswith("five to eight layers.")
    assert layers.speaker.role is Role.GUEST and layers.speaker.name == "Amara"
    assert layers.effect is Effect.INCREASES
    assert [(q.low, q.high) for q in layers.quantities] == [(5, 8)]
    assert not any(c.evidence.quote.endswith("?") for c in claims)
