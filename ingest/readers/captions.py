"""WebVTT and SubRip captions -> a transcript of ``Name: text`` turns, one per line.

Cue timings and numbers are dropped; the speaker comes from a VTT voice tag ``<v Name>`` or a
leading ``NAME:`` label; consecutive cues of one speaker are merged into one turn. A cue
without a speaker continues the previous speaker's turn (or stands alone if there is none).
"""

from __future__ import annotations

import re

from ingest.readers.base import ReadText, register

_TIMING = re.compile(r"^\s*(\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[^>]+>")
_LABEL = re.compile(r"^\s*(?:-\s*)?([A-Za-z][\w.'-]*(?: [A-Za-z][\w.'-]*){0,3})\s*:\s+(.*)$")


def _cues(raw: str) -> list[list[str]]:
    blocks = re.split(r"\n\s*\n", raw.replace("\r\n", "\n").replace("\r", "\n"))
    cues = []
    for block in blocks:
        lines = block.strip("\n").split("\n")
        for i, line in enumerate(lines):
            if _TIMING.match(line):
                cues.append([ln for ln in lines[i + 1 :] if ln.strip()])
                break
    return cues


def _speaker_and_text(lines: list[str]) -> tuple[str | None, str]:
    joined = " ".join(ln.strip() for ln in lines)
    speaker = None
    voice = _VOICE.search(joined)
    if voice:
        speaker = voice.group(1).strip()
    text = re.sub(r"\s+", " ", _TAG.sub("", joined)).strip()
    if speaker is None:
        label = _LABEL.match(text)
        if label:
            speaker, text = label.group(1).strip(), label.group(2).strip()
    return speaker, text


def _speaker_name(label: str) -> str:
    """``DAN GOODMAN`` -> ``Dan Goodman``; mixed case is kept as written."""
    return label.title() if label.isupper() else label


def cues_to_transcript(raw: str) -> str:
    turns: list[tuple[str | None, list[str]]] = []
    for lines in _cues(raw):
        speaker, text = _speaker_and_text(lines)
        if not text:
            continue
        name = _speaker_name(speaker) if speaker else None
        if turns and (name is None or name == turns[-1][0]):
            turns[-1][1].append(text)
        else:
            turns.append((name, [text]))
    out = []
    for name, texts in turns:
        body = " ".join(texts)
        out.append(f"{name}: {body}" if name else body)
    return "\n".join(out) + ("\n" if out else "")


@register(".vtt")
def read_vtt(raw: str) -> ReadText:
    return ReadText(text=cues_to_transcript(raw), kind="transcript")


@register(".srt")
def read_srt(raw: str) -> ReadText:
    return ReadText(text=cues_to_transcript(raw), kind="transcript")
