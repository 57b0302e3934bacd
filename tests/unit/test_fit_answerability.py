"""scripts/fit_answerability.py: its data check, its ranking figure and its threshold rule (the fit itself runs
the real embedder; the fitted model's figures are in answerability/report.json)."""

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

_SPEC = importlib.util.spec_from_file_location(
    "fit_answerability", Path(__file__).resolve().parents[2] / "scripts" / "fit_answerability.py")
fit = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(fit)


def test_the_auc_counts_ranked_pairs_and_ties_as_half():
    assert fit._auc(np.array([0.9, 0.8, 0.1]), np.array([1, 1, 0])) == 1.0
    assert fit._auc(np.array([0.5, 0.5]), np.array([1, 0])) == 0.5
    assert fit._auc(np.array([0.2, 0.9]), np.array([1, 0])) == 0.0


def test_the_threshold_keeps_nine_answerable_pairs_in_ten():
    probabilities = np.array([0.05 * i for i in range(1, 21)] + [0.01, 0.02])
    labels = np.array([1] * 20 + [0, 0])
    threshold = fit._threshold(probabilities, labels)
    assert ((probabilities >= threshold) & (labels == 1)).sum() == 18


def test_an_answered_by_index_outside_the_passages_is_refused(tmp_path, monkeypatch):
    company = {"company": "Acme", "industry": "x", "passages": ["one", "two"],
               "questions": [{"text": "q?", "language": "en", "answered_by": [2]}]}
    (tmp_path / "bad.jsonl").write_text(json.dumps(company) + "\n", encoding="utf-8")
    monkeypatch.setattr(fit, "DATA_DIR", tmp_path)
    with pytest.raises(SystemExit, match="bad.jsonl:1: answered_by out of range"):
        fit._read()


def test_the_shipped_data_reads():
    companies = fit._read()
    assert len(companies) >= 90
    assert all(len(c["questions"]) >= 12 for c in companies)
