"""WebVTT and SubRip captions -> a transcript of ``Name: text`` turns, one per line.

Cue timings and numbers are dropped; the speaker comes from a VTT voice tag ``<v Name>`` or a
leading ``NAME:`` label; consecutive cues of one speaker are merged into one turn. A cue
without a speaker continues the previous speaker's turn (or stands alone if there is none).
Captions with no speaker at all (speech-to-text output such as Whisper's or YouTube's) keep one
line per cue, so the transcript's turns can be inferred from the talk as in a plain transcript.
Rolling captions repeat the previous cue's last line; a repeated line is read once.
"""

from __future__ import annotations

import re

from ingest.readers.base import ReadText, register
from ingest.segmenters.text import SPEAKER_ID

_TIMING = re.compile(r"^\s*(\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[^>]+>")
# A label is capitalised ("HOST:", "Ada Lovelace:") or a diarization id: "The point is: ..." is talk.
_LABEL = re.compile(rf"^\s*(?:-\s*)?({SPEAKER_ID}|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){{0,3}})\s*:\s+(.*)$")


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


def _unrolled(cues: list[list[str]]) -> list[list[str]]:
    """Each cue without the lines it repeats from the cue before (rolling captions)."""
    kept, last = [], None
    for lines in cues:
        fresh = []
        for line in lines:
            plain = _TAG.sub("", line).strip()
            if plain and plain != last:
                fresh.append(line)
            last = plain or last
        kept.append(fresh)
    return kept


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
    cues = [_speaker_and_text(lines) for lines in _unrolled(_cues(raw))]
    cues = [(speaker, text) for speaker, text in cues if text]
    if not any(speaker for speaker, _ in cues):
        return "".join(f"{text}\n" for _, text in cues)
    turns: list[tuple[str | None, list[str]]] = []
    for speaker, text in cues:
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
