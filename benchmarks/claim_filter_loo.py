"""Would a trained claim filter raise precision? Leave-one-document-out check, prints figures.

Trains a logistic regression (numpy) on the extracted claims of two gold documents (label: the
claim overlaps a gold claim) and filters the third; features are the claim's own annotations
(effect, topics, quantities, cues, length, pronouns), optionally plus its words. The result
(lower F1 than no filter, because annotation density differs between documents) is why no
filter ships.

usage: neuroclaims evaluate --out claims.jsonl
       python benchmarks/claim_filter_loo.py claims.jsonl [--gold ../shared/gold] [--docs ../shared/corpus]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np

from ingest.evaluate import load_gold, locate, norm, overlap, score

ROOT = Path(__file__).resolve().parents[1]


def features(record: dict, lexical: bool) -> dict[str, float]:
    text = record["text"].lower()
    out = {
        "bias": 1.0,
        "effect": float(bool(record["effect"])),
        "topics": min(len(record["topic_ids"]), 3) / 3,
        "other": float(record["topic_ids"] == ["other"]),
        "quantity": float(bool(record["quantities"])),
        "cues": min(len(record["certainty_cues"]), 2) / 2,
        "length": min(len(text.split()), 60) / 60,
        "i": float(bool(re.search(r"\bi\b", text))),
        "you": float(bool(re.search(r"\byou\b", text))),
        "we": float(bool(re.search(r"\bwe\b", text))),
        "cites": float(bool(record["cites"])),
    }
    if lexical:
        out.update({"w_" + w: 1.0 for w in set(re.findall(r"[a-z]+", text))})
    return out


def train_and_filter(train: list[dict], test: list[dict], lexical: bool, threshold: float) -> list[dict]:
    vocab: dict[str, int] = {}
    for record in train:
        for key in features(record, lexical):
            vocab.setdefault(key, len(vocab))

    def matrix(records: list[dict]) -> np.ndarray:
        m = np.zeros((len(records), len(vocab)))
        for i, record in enumerate(records):
            for key, value in features(record, lexical).items():
                if key in vocab:
                    m[i, vocab[key]] = value
        return m

    x, y = matrix(train), np.array([r["_gold"] for r in train], dtype=float)
    w = np.zeros(len(vocab))
    for _ in range(2000):
        p = 1 / (1 + np.exp(-x @ w))
        w -= 0.5 * (x.T @ (p - y) + w) / len(y)
    kept = 1 / (1 + np.exp(-matrix(test) @ w)) >= threshold
    return [r for r, k in zip(test, kept, strict=True) if k]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pred", type=Path)
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    parser.add_argument("--docs", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    docs = {p.name: norm(p.read_text(encoding="utf-8")) for p in args.docs.glob("*.txt")}
    gold = load_gold(args.gold)
    spans = [loc for g in gold if (loc := locate(docs, g["quote"])) is not None]
    records = [
        json.loads(line) for line in args.pred.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    for record in records:
        loc = locate(docs, record["text"])
        record["_doc"] = loc[0] if loc else None
        record["_gold"] = int(loc is not None and any(overlap(g, loc) for g in spans))
    base = score(docs, gold, records).figures
    print(f"no filter: R {base['recall']} P {base['precision']} F1 {base['f1']}")
    names = sorted({r["_doc"] for r in records if r["_doc"]})
    for lexical in (False, True):
        for threshold in (0.3, 0.4, 0.5):
            kept = []
            for name in names:
                train = [r for r in records if r["_doc"] != name]
                kept += train_and_filter(train, [r for r in records if r["_doc"] == name], lexical, threshold)
            f = score(docs, gold, kept).figures
            print(
                f"leave-one-document-out filter (words={lexical}, threshold={threshold}): "
                f"R {f['recall']} P {f['precision']} F1 {f['f1']}"
            )


if __name__ == "__main__":
    main()
