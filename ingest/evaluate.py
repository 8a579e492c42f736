"""Scoring a claims export against gold annotations, exactly as the reference scorer does.

This mirrors ``score_claims.py`` of the gold set (quote location on normalised text, the
half-of-the-shorter-span overlap rule, per-field checks) so ``neuroclaims evaluate`` reports
the same figures, and adds the same figures per document. Inputs are plain records (the JSON
Lines export), so this module needs neither spaCy nor the graph.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)

TOPIC_WORDS = {
    "synaptic_transmission": ["synap", "spike through", "flop"],
    "neuron_io_complexity": ["neuron", "io", "input-output", "point", "dnn", "firing", "model", "complex"],
    "dendritic_computation": ["dendri"],
    "nmda_receptors": ["nmda"],
    "ion_channels": ["ion", "channel"],
    "calcium_dynamics": ["calcium"],
    "learning_plasticity": ["learn", "plastic", "backprop", "hebb"],
    "neuromodulation": ["neuromod", "neuropeptide", "dopamine"],
    "glia": ["glia", "astrocyte"],
    "gap_junctions": ["gap"],
    "ephaptic_effects": ["ephaptic"],
    "spike_timing": ["spike", "timing", "spiking", "temporal"],
    "time_constants": ["time constant", "time_constant", "heterogen", "timescale"],
    "sparsity": ["spars", "bottleneck", "modular"],
    "neuron_synapse_counts": ["count", "number", "neuron", "synapse"],
    "total_brain_compute": ["compute", "flop", "brain"],
    "electrophysiology_data": ["electrophys", "patch", "e-feature", "ephys"],
    "transcriptomics": ["transcript", "rna", "gene", "cryo"],
    "connectomics": ["connectom", "morpholog", "mapping", "em"],
    "peripheral_systems": ["retina", "cochlea", "spinal", "periph", "sensory"],
    "model_organisms": ["elegans", "stomatogastric", "stg", "fly", "organism", "worm", "organoid"],
    "brain_architecture": ["architect", "recurren", "world model", "cortex"],
    "methodology": ["method", "experiment", "epistem", "field", "theory", "opinion", "tool"],
    "energy_efficiency": ["energy", "efficien", "power"],
    "other": [],
}


class GoldError(Exception):
    """The gold annotations could not be read; the message names the file and the problem."""


def norm(text: str) -> str:
    """Normalise whitespace, quotes, Markdown marks and transcript prefixes, as the scorer does."""
    text = text.translate(QUOTES)
    text = re.sub(r"\n\*  ", " ", text)
    text = re.sub(r"^\*  ", "", text)
    text = re.sub(r"[*_#]+", " ", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def speaker_ok(gold: str, pred: str | None) -> bool:
    if not pred:
        return False
    g, p = gold.lower(), pred.lower()
    if g == "post author":
        return "author" in p
    if g == "commenter":
        return "comment" in p or "anonymous" in p or "unknown" in p
    return g.split()[-1] in p


def topic_ok(gold: str, preds: list[str]) -> bool:
    words = TOPIC_WORDS.get(gold, [])
    joined = " ".join(t.lower().replace("_", " ").replace("-", " ") for t in preds)
    if gold.replace("_", " ") in joined:
        return True
    return any(w in joined for w in words)


def certainty_bin(x: Any) -> str | None:
    if x is None:
        return None
    if isinstance(x, str):
        return x.lower()
    return "low" if x < 0.4 else "medium" if x <= 0.7 else "high"


def quantity_ok(gold: Mapping[str, Any], preds: list[Mapping[str, Any]] | None) -> bool:
    want = [v for v in (gold.get("low"), gold.get("high"), gold.get("best")) if isinstance(v, (int, float))]
    if not want:
        return False
    have = [
        float(q[k])
        for q in preds or []
        for k in ("low", "high", "best", "value")
        if isinstance(q.get(k), (int, float))
    ]
    return all(any(abs(h - w) <= 0.01 * max(abs(w), 1e-12) for h in have) for w in want)


Location = tuple[str, int, int]


def locate(docs: Mapping[str, str], quote: str) -> Location | None:
    q = norm(quote)
    if len(q) < 8:
        return None
    for name, text in docs.items():
        i = text.find(q)
        if i >= 0:
            return name, i, i + len(q)
    return None


def overlap(a: Location, b: Location) -> bool:
    if a[0] != b[0]:
        return False
    inter = min(a[2], b[2]) - max(a[1], b[1])
    return inter > 0 and inter >= 0.5 * min(a[2] - a[1], b[2] - b[1])


# words that say what kind of work is cited, not which: "the paper" names no work
GENERIC_CITE_WORDS = {
    "the", "this", "that", "these", "those", "their", "his", "her", "its", "one", "same", "recent",
    "and", "al", "paper", "papers", "study", "studies", "report", "article", "preprint", "review",
    "work", "lab", "group", "team", "model", "data", "estimate", "analysis", "result", "results",
    "finding", "unnamed", "thread", "post", "book",
}


def cite_names(cited: str) -> set[str]:
    """The words of a citation that name its work ("beniaguev", "allen", "autopatcher")."""
    text = re.sub(r"'s\b", "", cited.translate(QUOTES).lower())  # "Carlsmith's estimate"
    return {w.strip("-") for w in re.findall(r"[a-z][a-z\-]{2,}", text)} - GENERIC_CITE_WORDS


@dataclass
class Scores:
    """The scorer's figures plus the gold claims no prediction found and the predictions that
    overlap no gold claim (what costs recall and what costs precision)."""

    figures: dict[str, Any]
    misses: list[dict[str, Any]]
    unmatched: list[dict[str, Any]] = field(default_factory=list)
    # how well found claims name the work they report (the gold's ``cites``, which the reference
    # scorer does not score, so it stays out of ``figures``): see ``cite_names``
    citations: dict[str, Any] = field(default_factory=dict)


def score(
    docs: Mapping[str, str], gold: Iterable[Mapping[str, Any]], preds: Iterable[Mapping[str, Any]]
) -> Scores:
    """Score ``preds`` (export records) against ``gold`` on ``docs`` (name -> normalised text)."""
    gold = [g for g in gold if g["doc"] in docs]
    gspans = [(g, loc) for g in gold if (loc := locate(docs, g["quote"])) is not None]
    pspans, unlocated = [], 0
    for p in preds:
        loc = locate(docs, p.get("text", ""))
        if loc is None:
            unlocated += 1
        else:
            pspans.append((p, loc))
    found = spk = top = eff = cer = qty = qty_total = 0
    cited = named = uncited = given = 0
    per_doc: Counter[str] = Counter()
    per_doc_found: Counter[str] = Counter()
    misses = []
    for g, gl in gspans:
        per_doc[gl[0]] += 1
        cands = [p for p, pl in pspans if overlap(gl, pl)]
        if g.get("quantity"):
            qty_total += 1
        if not cands:
            misses.append(dict(g))
            continue
        found += 1
        per_doc_found[gl[0]] += 1
        spk += any(speaker_ok(g["speaker"], c.get("speaker")) for c in cands)
        top += any(topic_ok(g["topic"], c.get("topics") or []) for c in cands)
        eff += any((c.get("effect") or None) == g.get("effect") for c in cands)
        cer += any(certainty_bin(c.get("certainty")) == g.get("certainty") for c in cands)
        if g.get("quantity"):
            qty += any(quantity_ok(g["quantity"], c.get("quantities")) for c in cands)
        cites = [cite for c in cands for cite in c.get("cites") or []]
        if g.get("cites"):
            cited += 1
            named += any(cite_names(cite) & cite_names(g["cites"]) for cite in cites)
        else:
            uncited += 1
            given += bool(cites)
    unmatched = [dict(p) for p, pl in pspans if not any(overlap(gl, pl) for g, gl in gspans)]
    matched_pred = len(pspans) - len(unmatched)
    n_pred = len(pspans) + unlocated
    recall = found / max(len(gspans), 1)
    precision = matched_pred / max(n_pred, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    figures = {
        "gold": len(gspans),
        "pred": n_pred,
        "pred_unlocated": unlocated,
        "recall": round(recall, 3),
        "precision": round(precision, 3),
        "f1": round(f1, 3),
        "speaker_acc": round(spk / max(found, 1), 3),
        "topic_acc": round(top / max(found, 1), 3),
        "effect_acc": round(eff / max(found, 1), 3),
        "certainty_acc": round(cer / max(found, 1), 3),
        "quantity_recall": round(qty / max(qty_total, 1), 3) if qty_total else None,
        "recall_by_doc": {d: round(per_doc_found[d] / per_doc[d], 3) for d in sorted(per_doc)},
    }
    citations = {
        "cited": cited,
        "named": named,
        "recall": round(named / cited, 3) if cited else None,
        "uncited": uncited,
        "given": given,
    }
    return Scores(figures, misses, unmatched, citations)


def score_by_document(
    docs: Mapping[str, str], gold: list[Mapping[str, Any]], preds: list[Mapping[str, Any]]
) -> dict[str, dict[str, Any]]:
    """The same figures for each gold document alone (predictions located in it)."""
    out = {}
    for name in sorted({g["doc"] for g in gold if g["doc"] in docs}):
        mine = [p for p in preds if (loc := locate(docs, p.get("text", ""))) is not None and loc[0] == name]
        out[name] = score({name: docs[name]}, [g for g in gold if g["doc"] == name], mine).figures
    return out


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Gold claims from a JSON Lines file (or ``claims.jsonl`` in a directory)."""
    if path.is_dir():
        path = path / "claims.jsonl"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise GoldError(f"{path}: cannot read gold annotations ({error.strerror or error})") from None
    gold = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldError(f"{path}:{number}: not JSON ({error.msg})") from None
        if not {"doc", "quote", "speaker", "topic"} <= record.keys():
            raise GoldError(f"{path}:{number}: a gold claim needs doc, quote, speaker and topic keys")
        gold.append(record)
    return gold


def gold_document_names(gold: list[Mapping[str, Any]], texts: Mapping[str, str]) -> dict[str, str]:
    """Map our document names to the gold's file names by content: a document is a gold document
    when it contains most of that document's gold quotes (files may be renamed)."""
    normalised = {name: norm(text) for name, text in texts.items()}
    quotes: dict[str, list[str]] = {}
    for g in gold:
        quotes.setdefault(g["doc"], []).append(norm(g["quote"]))
    mapping = {}
    for gold_name, qs in quotes.items():
        for name, text in normalised.items():
            if sum(q in text for q in qs) >= 0.8 * len(qs):
                mapping[name] = gold_name
                break
    return mapping
