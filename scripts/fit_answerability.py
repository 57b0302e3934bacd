"""Fit the answerability model: does a quoted passage answer the question, or only talk about the same thing?

    .venv/bin/python scripts/fit_answerability.py [--folds 5]

Data: `appliance/answering/answerability/data/*.jsonl`, one invented company a line (passages as a seller's
documents are cut into units, questions with the indexes of the passages that answer them or none), written blind
to the evaluation scenarios. English questions only: the word vectors come from the English embedder (MiniLM).

Pairs the model learns from: an answerable question with each passage that answers it (1) and with the two nearest
passages that do not (0); a question nothing answers with its three nearest passages (0). "Nearest" is the
embedder's sentence similarity, as retrieval would rank them. What it is judged on is the decision it serves: the
answerable question with its best answering passage, the unanswerable one with its nearest passage, out of fold,
the folds grouped by company (a company's passages and questions are never on both sides). The threshold is the
highest that keeps 90% of the answerable pairs (an answer lost costs a handoff; a wrong answer costs more, but the
evaluation decides whether the trade is worth it). Writes `model.npz` and `report.json` beside the model code and
the threshold as `answerability_min` in `answering/policy_config.json` (0 there turns the check off); re-choose it
afterwards on the calibration scenarios' reports with `scripts/fit_answerability_min.py`.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from appliance.answering.answerability import (  # noqa: E402
    DATA_DIR,
    FEATURES,
    MODEL_FILE,
    SHARPNESS,
    PairFeatures,
    pair_features,
    summary,
)
from appliance.answering.policy_config import CONFIG_FILE, load_policy_config  # noqa: E402
from appliance.retrieval.embedder import SentenceTransformerEmbedder  # noqa: E402

REPORT_FILE = MODEL_FILE.with_name("report.json")
KEEP_ANSWERS = 0.9


def _read() -> list[dict]:
    companies = []
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            company = json.loads(line)
            passages = company["passages"]
            for question in company["questions"]:
                if any(not 0 <= i < len(passages) for i in question["answered_by"]):
                    raise SystemExit(f"{path.name}:{number}: answered_by out of range in {question['text']!r}")
            company["group"] = f"{path.stem}:{number}"
            companies.append(company)
    return companies


def _pairs(companies: list[dict], embedder: SentenceTransformerEmbedder):  # type: ignore[no-untyped-def]
    """(features, label, group, is_decision_pair) for every pair, English questions only."""
    rows = []
    for company in companies:
        passages = company["passages"]
        questions = [q for q in company["questions"] if q.get("language", "en") == "en"]
        if not questions:
            continue
        texts = passages + [q["text"] for q in questions]
        words = embedder.word_vectors(texts)
        for index, passage_index, label, decision in chosen_pairs(passages, questions, embedder):
            features = pair_features(words[len(passages) + index], words[passage_index])
            if features is not None:
                rows.append((features, label, company["group"], decision))
    return rows


def chosen_pairs(passages: list[str], questions: list[dict],
                 embedder: SentenceTransformerEmbedder) -> list[tuple[int, int, int, bool]]:
    """(question index, passage index, label, is_decision_pair) for one company's English ``questions``: an answerable
    question with each passage answering it and the two nearest that do not, an unanswerable one with its three
    nearest passages (nearest by the embedder's sentence similarity, as retrieval ranks them)."""
    vectors = np.asarray(embedder.embed(passages + [q["text"] for q in questions]))
    p_vectors, q_vectors = vectors[: len(passages)], vectors[len(passages):]
    chosen: list[tuple[int, int, int, bool]] = []
    for index, question in enumerate(questions):
        similarity = p_vectors @ q_vectors[index]
        order = [int(i) for i in np.argsort(-similarity)]
        gold = set(question["answered_by"])
        if gold:
            best_gold = max(gold, key=lambda i: similarity[i])
            chosen += [(index, i, 1, i == best_gold) for i in gold]
            chosen += [(index, i, 0, False) for i in [i for i in order if i not in gold][:2]]
        else:
            chosen += [(index, i, 0, rank == 0) for rank, i in enumerate(order[:3])]
    return chosen


def _fit(rows: list[tuple[PairFeatures, int]], *, epochs: int = 300, seed: int = 7):  # type: ignore[no-untyped-def]
    import torch

    torch.manual_seed(seed)
    longest = max(len(f.alignment) for f, _ in rows)
    dim = rows[0][0].question_vectors.shape[1]
    Q = torch.zeros(len(rows), longest, dim)
    A = torch.zeros(len(rows), longest)
    M = torch.zeros(len(rows), longest, dtype=torch.bool)
    for i, (f, _) in enumerate(rows):
        n = len(f.alignment)
        Q[i, :n], A[i, :n], M[i, :n] = torch.from_numpy(f.question_vectors), torch.from_numpy(f.alignment), True
    L = torch.zeros(len(rows), longest)
    for i, (f, _) in enumerate(rows):
        L[i, : len(f.lexical)] = torch.from_numpy(f.lexical)
    weakest = torch.tensor([float(f.alignment.min()) for f, _ in rows])
    sentence = torch.tensor([f.sentence for f, _ in rows])
    y = torch.tensor([float(label) for _, label in rows])
    importance = torch.zeros(dim, requires_grad=True)
    level = torch.tensor(0.5, requires_grad=True)
    coefficients = torch.zeros(len(FEATURES), requires_grad=True)
    intercept = torch.zeros(1, requires_grad=True)
    optimiser = torch.optim.Adam([importance, level, coefficients, intercept], lr=0.05)
    positive_weight = (y == 0).sum() / max(1.0, float((y == 1).sum()))
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=positive_weight)
    for _ in range(epochs):
        optimiser.zero_grad()
        scores = (Q @ importance).masked_fill(~M, -1e9)
        weights = torch.softmax(scores, dim=1)
        covered = (weights * A).sum(1)
        below = torch.sigmoid(SHARPNESS * (level - A))
        missing = (weights * below).sum(1)
        absent = (weights * (1 - L)).sum(1)
        absent_and_missing = (weights * (1 - L) * below).sum(1)
        inputs = torch.stack([covered, missing, weakest, sentence, absent, absent_and_missing], dim=1)
        loss = loss_fn(inputs @ coefficients + intercept, y) + 1e-3 * (importance ** 2).sum()
        loss.backward()
        optimiser.step()
    return (importance.detach().numpy().astype("float64"), float(level.detach()),
            coefficients.detach().numpy().astype("float64"), float(intercept.detach()))


def _probabilities(params, rows) -> np.ndarray:  # type: ignore[no-untyped-def]
    importance, level, coefficients, intercept = params
    z = np.array([summary(f, importance, level) @ coefficients + intercept for f, *_ in rows])
    return 1.0 / (1.0 + np.exp(-z))


def _auc(scores: np.ndarray, labels: np.ndarray) -> float:
    positive, negative = scores[labels == 1], scores[labels == 0]
    if not len(positive) or not len(negative):
        return float("nan")
    return float((positive[:, None] > negative[None, :]).mean() + 0.5 * (positive[:, None] == negative[None, :]).mean())


def _threshold(probabilities: np.ndarray, labels: np.ndarray) -> float:
    """The highest threshold keeping KEEP_ANSWERS of the answering pairs."""
    positive = np.sort(probabilities[labels == 1])
    lost = int(np.floor(round((1 - KEEP_ANSWERS) * len(positive), 9)))  # round: 1 - 0.9 is 0.0999…
    return float(positive[lost]) if len(positive) else 0.5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    companies = _read()
    embedder = SentenceTransformerEmbedder()
    rows = _pairs(companies, embedder)
    groups = sorted({g for _, _, g, _ in rows})
    rng = np.random.default_rng(7)
    fold_of = {g: i % args.folds for i, g in enumerate(rng.permutation(groups))}
    out_of_fold = np.zeros(len(rows))
    for fold in range(args.folds):
        train = [(f, y) for f, y, g, _ in rows if fold_of[g] != fold]
        test = [i for i, (_, _, g, _) in enumerate(rows) if fold_of[g] == fold]
        params = _fit(train)
        out_of_fold[test] = _probabilities(params, [rows[i] for i in test])
    decision = np.array([d for *_, d in rows])
    labels = np.array([y for _, y, _, _ in rows])
    d_scores, d_labels = out_of_fold[decision], labels[decision]
    threshold = _threshold(d_scores, d_labels)
    caught = float(((d_scores < threshold) & (d_labels == 0)).sum() / max(1, (d_labels == 0).sum()))
    kept = float(((d_scores >= threshold) & (d_labels == 1)).sum() / max(1, (d_labels == 1).sum()))
    baselines = {
        "sentence_similarity": _auc(np.array([f.sentence for f, *_ in rows])[decision], d_labels),
        "weakest_alignment": _auc(np.array([float(f.alignment.min()) for f, *_ in rows])[decision], d_labels),
        "mean_alignment": _auc(np.array([float(f.alignment.mean()) for f, *_ in rows])[decision], d_labels),
    }
    final = _fit([(f, y) for f, y, _, _ in rows])
    importance, level, coefficients, intercept = final
    np.savez_compressed(MODEL_FILE, importance=importance.astype("float32"), level=np.array(level),
                        coefficients=coefficients, intercept=np.array(intercept), threshold=np.array(threshold),
                        embedder=np.array(embedder.name))
    report = {
        "companies": len(companies), "pairs": len(rows), "decision_pairs": int(decision.sum()),
        "answerable": int((d_labels == 1).sum()), "unanswerable": int((d_labels == 0).sum()),
        "folds": args.folds, "grouped_by": "company",
        "out_of_fold_auc": round(_auc(d_scores, d_labels), 3),
        "baseline_auc": {k: round(v, 3) for k, v in baselines.items()},
        "threshold": round(threshold, 3), "answerable_kept": round(kept, 3), "unanswerable_caught": round(caught, 3),
        "level": round(level, 3), "coefficients": [round(float(c), 3) for c in coefficients],
        "intercept": round(intercept, 3),
    }
    REPORT_FILE.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    replace(load_policy_config(CONFIG_FILE), answerability_min=round(threshold, 3)).save(CONFIG_FILE)
    print(json.dumps(report, indent=2))
    print(f"answerability_min={round(threshold, 3)} written to {CONFIG_FILE}")


if __name__ == "__main__":
    main()
