"""Would a trained claim filter raise precision? Leave-one-document-out check, prints figures.

Trains a logistic regression (numpy) on the extracted claims of all annotated documents but one
(label: the claim overlaps a gold claim) and scores the one left out; features are the claim's own
annotations (effect, topics, quantities, cues, length, pronouns, role, basis), its neighbourhood
(how many claims were found near it) and optionally its words. Prints, per held-out document, how
well the filter ranks marked above unmarked claims (AUC), then recall, precision and F1 for each
threshold. The result (F1 flat: the filter only trades recall for precision) is why none ships.

usage: neuroclaims evaluate --out claims.jsonl
       python benchmarks/claim_filter_loo.py --set ../shared/corpus ../shared/gold claims.jsonl \
           [--set DOCS GOLD PRED ...]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

import numpy as np

from ingest.evaluate import load_gold, locate, norm, overlap, score

THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6)
OPENERS = re.compile(r"(but|and|so|of course|whatever|anyway|again|also|then|now|ok)\b")


def load_set(docs_dir: Path, gold_path: Path, pred_path: Path) -> tuple[dict, list, list]:
    """Documents, gold claims and predictions of one annotated set, each prediction labelled."""
    docs = {
        p.name: norm(p.read_text(encoding="utf-8"))
        for p in docs_dir.iterdir()
        if p.suffix in (".txt", ".md")
    }
    gold = [g for g in load_gold(gold_path) if g["doc"] in docs]
    spans = [loc for g in gold if (loc := locate(docs, g["quote"])) is not None]
    lines = pred_path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    for record in records:
        loc = locate(docs, record["text"])
        record["_loc"] = loc
        record["_doc"] = loc[0] if loc else None
        record["_gold"] = int(loc is not None and any(overlap(g, loc) for g in spans))
    return docs, gold, [r for r in records if r["_doc"]]


def add_neighbourhood(records: list[dict]) -> dict[str, list[dict]]:
    """Per document, how crowded each claim's surroundings are (annotators mark fewer in a crowd)."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        by_doc[record["_doc"]].append(record)
    for claims in by_doc.values():
        claims.sort(key=lambda r: r["_loc"][1])
        for i, record in enumerate(claims):
            start = record["_loc"][1]
            record["_near"] = sum(abs(o["_loc"][1] - start) < 400 for o in claims) - 1
            record["_gap"] = min(start - claims[i - 1]["_loc"][2] if i else 1000, 1000) / 1000
    return by_doc


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
        "certainty": float(record.get("certainty") or 0.6),
        "near": min(record["_near"], 6) / 6,
        "gap": record["_gap"],
        "opener": float(bool(OPENERS.match(text))),
        "role_" + str(record.get("speaker_role")): 1.0,
        "basis_" + str(record.get("basis")): 1.0,
    }
    if lexical:
        out.update({"w_" + w: 0.3 for w in set(re.findall(r"[a-z]+", text))})
    return out


def fit(train: list[dict], lexical: bool):
    """A ridge-regularised logistic regression; returns a function giving P(marked)."""
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
    for _ in range(1500):
        p = 1 / (1 + np.exp(-x @ w))
        w -= 0.5 * (x.T @ (p - y) + w) / len(y)
    return lambda records: 1 / (1 + np.exp(-matrix(records) @ w))


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """Probability that a marked claim outranks an unmarked one (Mann-Whitney)."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--set", nargs=3, action="append", type=Path, required=True, metavar=("DOCS", "GOLD", "PRED")
    )
    args = parser.parse_args()
    docs: dict[str, str] = {}
    gold: list[dict] = []
    records: list[dict] = []
    for docs_dir, gold_path, pred_path in args.set:
        d, g, r = load_set(docs_dir, gold_path, pred_path)
        docs.update(d)
        gold += g
        records += r
    by_doc = add_neighbourhood(records)
    names = sorted(by_doc)
    for lexical in (False, True):
        aucs = []
        for name in names:
            model = fit([r for r in records if r["_doc"] != name], lexical)
            held_out = by_doc[name]
            for record, p in zip(held_out, model(held_out), strict=True):
                record["_p"] = float(p)
            aucs.append(auc(np.array([r["_p"] for r in held_out]), np.array([r["_gold"] for r in held_out])))
        print(f"words={lexical}: AUC per held-out document " + " ".join(f"{a:.2f}" for a in aucs))
        print(f"  mean AUC {np.nanmean(aucs):.3f} over {len(names)} documents")
        for threshold in THRESHOLDS:
            kept = [r for r in records if r["_p"] >= threshold]
            f = score(docs, gold, kept).figures
            per_doc = [
                score({n: docs[n]}, [g for g in gold if g["doc"] == n], [r for r in kept if r["_doc"] == n])
                .figures["f1"]
                for n in names
            ]
            print(
                f"  threshold {threshold}: R {f['recall']} P {f['precision']} F1 {f['f1']} "
                f"(mean F1 per document {np.mean(per_doc):.3f})"
            )


if __name__ == "__main__":
    main()
