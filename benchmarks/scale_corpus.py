"""A deterministic scale corpus made from the real one (``corpus/``), for benchmarks at scale.

Each scale document is built from one real document (round robin), keeping its sidecar (kind and
participants, with a fresh id and title) and its opening paragraphs (title, participants), then its
body paragraphs shuffled with a seeded RNG, about a fifth of them swapped for paragraphs of the other
prose documents, and every number that is not a year varied (x0.5 .. x10). The same ``seed`` and
``words`` always give the same files, so every benchmark run measures the same work.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from ingest.prepare import TRANSCRIPT_PREFIX
from ingest.sidecar import find_documents, sidecar_path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SCALE_DIR = ROOT / "benchmarks" / ".scale"

HEADER_UNITS = 2          # opening paragraphs kept in place (title, participants)
SWAP_SHARE = 0.2          # share of body paragraphs replaced by paragraphs of other documents
CHUNK_LINES = 10          # long blocks (a transcript without blank lines) are cut into this many lines
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?![\w.]*\d)(?!\w)")
_FACTORS = (0.5, 2, 3, 5, 10)


@dataclass(frozen=True)
class BaseDocument:
    path: Path
    meta: dict
    header: list[str]
    body: list[str]
    transcript: bool


def _units(text: str) -> list[str]:
    """Paragraphs; a block longer than CHUNK_LINES lines is cut into chunks of whole lines."""
    units: list[str] = []
    for block in _PARAGRAPH_BREAK.split(text):
        if not block.strip():
            continue
        lines = block.split("\n")
        for i in range(0, len(lines), CHUNK_LINES):
            units.append("\n".join(lines[i:i + CHUNK_LINES]))
    return units


def load_base(corpus: Path = CORPUS) -> list[BaseDocument]:
    documents = []
    for path in find_documents([corpus]):
        text = path.read_text(encoding="utf-8")
        side = sidecar_path(path)
        meta = (yaml.safe_load(side.read_text(encoding="utf-8")) if side
                else {"title": path.stem, "kind": "notes"})
        units = _units(text)
        documents.append(BaseDocument(path, meta, units[:HEADER_UNITS], units[HEADER_UNITS:],
                                      bool(TRANSCRIPT_PREFIX.search(text))))
    return documents


def vary_numbers(text: str, rng: random.Random) -> str:
    """Scale every number but years (1900-2099) by a factor drawn from ``rng``."""

    def replace(match: re.Match[str]) -> str:
        raw = match.group(1)
        if re.fullmatch(r"(19|20)\d\d", raw):
            return raw
        value = float(raw) * rng.choice(_FACTORS)
        if "." in raw:
            return f"{value:.{len(raw.split('.')[1])}f}"
        return str(max(1, round(value)))

    return _NUMBER.sub(replace, text)


def compose(base: list[BaseDocument], index: int, seed: int) -> tuple[str, dict]:
    """The text and sidecar of scale document ``index``."""
    rng = random.Random(f"{seed}:{index}")
    doc = base[index % len(base)]
    body = list(doc.body)
    rng.shuffle(body)
    donors = [d for d in base if d is not doc and not d.transcript and d.body]
    if not doc.transcript and donors:
        for i in range(len(body)):
            if rng.random() < SWAP_SHARE:
                body[i] = rng.choice(rng.choice(donors).body)
    text = vary_numbers("\n\n".join(doc.header + body), rng) + "\n"
    meta = dict(doc.meta)
    base_id = meta.get("id") or doc.path.stem
    meta["id"] = f"{base_id}-s{seed}-{index:04d}"
    meta["title"] = f"{meta.get('title', doc.path.stem)} (scale copy {index})"
    return text, meta


def word_count(text: str) -> int:
    return len(text.split())


def build_scale_corpus(words: int, seed: int = 0, out: Path | None = None,
                       corpus: Path = CORPUS) -> tuple[Path, list[tuple[Path, int]]]:
    """Write documents until ``words`` words; returns the folder and (file, words) in order.

    The files of a smaller run are a prefix of a larger one's (same seed), so a slice of the first
    documents is the same work whatever ``words`` is.
    """
    out = out or SCALE_DIR / f"corpus-w{words}-s{seed}"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    base = load_base(corpus)
    written: list[tuple[Path, int]] = []
    total, index = 0, 0
    while total < words:
        text, meta = compose(base, index, seed)
        doc = base[index % len(base)]
        path = out / f"{index:04d}-{doc.path.stem}{doc.path.suffix}"
        path.write_text(text, encoding="utf-8")
        path.with_name(f"{path.stem}.meta.yaml").write_text(
            yaml.safe_dump(meta, sort_keys=False, allow_unicode=True), encoding="utf-8")
        count = word_count(text)
        written.append((path, count))
        total += count
        index += 1
    (out / "manifest.json").write_text(json.dumps(
        {"seed": seed, "words": total, "documents": [[p.name, n] for p, n in written]}, indent=1))
    return out, written
