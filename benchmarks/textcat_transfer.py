"""Would a small trained spaCy text classifier help where the rules stop? Prints figures.

Trains spaCy ``textcat`` models (bag of words and bigrams, CPU, seconds) on the claims extracted from
one annotated set (TRAIN: the invented documents) and tests them on another (TEST: the official
gold), for two jobs:

- claim filter: is an extracted claim one the annotators marked? Scored by AUC, with the claim's
  words plus its own annotations as tokens, and with the annotations alone;
- effect: the effect label of extracted claims that match a gold claim, against the rules' label.

A model that wins on held-out TRAIN documents but loses on TEST learned the TRAIN annotator's
habits, not the task; that is what it measured, so neither model ships.

usage: neuroclaims evaluate --docs DOCS --gold GOLD --out PRED   (for each set)
       python benchmarks/textcat_transfer.py TRAIN_DOCS TRAIN_GOLD TRAIN_PRED TEST_DOCS TEST_GOLD TEST_PRED
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import spacy
from spacy.training import Example

from ingest.evaluate import load_gold, locate, norm, overlap

EFFECTS = ["increases", "decreases", "no_major_change", "uncertain", "none"]
FOLDS = 5


def labelled(docs_dir: Path, gold_path: Path, pred_path: Path) -> list[dict]:
    """Extracted claims of the annotated documents, each with the gold claim it overlaps (or None)."""
    docs = {
        p.name: norm(p.read_text(encoding="utf-8")) for p in docs_dir.iterdir() if p.suffix in (".txt", ".md")
    }
    gold = [(g, loc) for g in load_gold(gold_path) if (loc := locate(docs, g["quote"])) is not None]
    annotated = {loc[0] for _, loc in gold}
    rows = []
    for line in pred_path.read_text(encoding="utf-8").splitlines():
        claim = json.loads(line)
        loc = locate(docs, claim["text"])
        if loc is None or loc[0] not in annotated:
            continue
        claim["_doc"] = loc[0]
        claim["_gold"] = next((g for g, gl in gold if overlap(loc, gl)), None)
        rows.append(claim)
    return rows


def annotation_tokens(claim: dict) -> str:
    """The claim's own annotations as pseudo-words: role, figures, effect, citations, topics, cues."""
    tokens = [f"ROLE_{claim['speaker_role']}", "QTY" if claim["quantities"] else "NOQTY"]
    tokens += [f"EFF_{claim['effect']}", "CITE" if claim["cites"] else "NOCITE", f"BASIS_{claim['basis']}"]
    tokens += [f"TOPIC_{t}" for t in claim["topic_ids"]] or ["TOPIC_none"]
    tokens += [f"CUES{min(len(claim['certainty_cues']), 2)}", f"LEN{min(len(claim['text'].split()) // 8, 6)}"]
    return " ".join(tokens)


def train(texts: list[str], cats: list[dict[str, float]], labels: list[str]) -> spacy.Language:
    random.seed(0)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe(
        "textcat",
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": True,
                "ngram_size": 2,
                "no_output_layer": False,
                "length": 262144,
            }
        },
    )
    for label in labels:
        textcat.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": c}) for t, c in zip(texts, cats, strict=True)]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(8):
        random.shuffle(examples)
        for batch in spacy.util.minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return nlp


def auc(scores: list[float], marked: list[bool]) -> float:
    pos = [s for s, m in zip(scores, marked, strict=True) if m]
    neg = [s for s, m in zip(scores, marked, strict=True) if not m]
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / max(len(pos) * len(neg), 1)


def filter_auc(train_rows: list[dict], test_rows: list[dict], with_words: bool) -> float:
    def text(c: dict) -> str:
        return annotation_tokens(c) + (" | " + c["text"] if with_words else "")

    cats = [{"CLAIM": float(c["_gold"] is not None), "OTHER": float(c["_gold"] is None)} for c in train_rows]
    nlp = train([text(c) for c in train_rows], cats, ["CLAIM", "OTHER"])
    scores = [d.cats["CLAIM"] for d in nlp.pipe(text(c) for c in test_rows)]
    return auc(scores, [c["_gold"] is not None for c in test_rows])


def effect_accuracy(train_rows: list[dict], test_rows: list[dict]) -> tuple[float, float]:
    """(rules, textcat) accuracy of the effect label on extracted claims that match a gold claim."""
    train_rows = [c for c in train_rows if c["_gold"]]
    test_rows = [c for c in test_rows if c["_gold"]]
    gold = [c["_gold"]["effect"] or "none" for c in test_rows]
    cats = [{e: float((c["_gold"]["effect"] or "none") == e) for e in EFFECTS} for c in train_rows]
    nlp = train([c["text"] for c in train_rows], cats, EFFECTS)
    learned = [max(d.cats, key=d.cats.get) for d in nlp.pipe(c["text"] for c in test_rows)]
    rules = [c["effect"] or "none" for c in test_rows]
    n = max(len(gold), 1)
    right_rules = sum(r == g for r, g in zip(rules, gold, strict=True))
    right_learned = sum(t == g for t, g in zip(learned, gold, strict=True))
    return right_rules / n, right_learned / n


def main() -> None:
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    train_rows = labelled(*map(Path, sys.argv[1:4]))
    test_rows = labelled(*map(Path, sys.argv[4:7]))
    names = sorted({c["_doc"] for c in train_rows})
    folds = [[c for c in train_rows if names.index(c["_doc"]) % FOLDS == k] for k in range(FOLDS)]
    rest = [[c for c in train_rows if names.index(c["_doc"]) % FOLDS != k] for k in range(FOLDS)]
    print(f"{len(train_rows)} TRAIN claims from {len(names)} documents, {len(test_rows)} TEST claims")
    for with_words in (True, False):
        held = sum(filter_auc(r, f, with_words) for r, f in zip(rest, folds, strict=True)) / FOLDS
        test = filter_auc(train_rows, test_rows, with_words)
        kind = "words + annotations" if with_words else "annotations only"
        print(f"claim filter ({kind}): AUC held-out TRAIN {held:.3f}, TEST {test:.3f}")
    held = [effect_accuracy(r, f) for r, f in zip(rest, folds, strict=True)]
    rules_held, learned_held = (sum(h[i] for h in held) / FOLDS for i in (0, 1))
    rules_test, learned_test = effect_accuracy(train_rows, test_rows)
    print(
        f"effect: held-out TRAIN rules {rules_held:.3f} textcat {learned_held:.3f}; "
        f"TEST rules {rules_test:.3f} textcat {learned_test:.3f}"
    )


if __name__ == "__main__":
    main()
