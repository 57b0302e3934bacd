"""The evaluation report's judgement figures, from hand-made per-question rows (a fake container holds settings)."""

from types import SimpleNamespace

from appliance.evaluation import _summarise
from appliance.settings import Settings


def _row(qid, expect, decision, language="en", answer="", cited=(), expected=()):
    return {"id": qid, "question": "q", "expect": expect, "decision": decision, "correct": expect == decision,
            "confidence": 0.5, "cited_sources": list(cited), "expected_sources": list(expected), "facts": [],
            "facts_found": [], "must_not_violations": [], "language": language, "answer": answer,
            "latency_ms": {"intent": 3.0, "embed": 10.0, "search": 5.0, "decide": 1.0, "total": 20.0,
                           "first_token": 20.0}, "reason": "", "signals": {}}


def test_handoff_recall_precision_languages_and_commercial_statements():
    rows = [
        _row("a", "answer", "answer", cited=["faq.md"], expected=["faq.md"]),
        _row("b", "handoff", "handoff"),
        _row("c", "handoff", "answer", answer="Our liability is capped at EUR 20,000 [1]"),
        _row("d", "handoff", "answer", language="de", answer="Bitte wenden Sie sich an uns."),
        _row("e", "answer", "handoff", language="de"),
    ]
    fake_container = SimpleNamespace(settings=Settings(), embedder=SimpleNamespace(name="fake"), reranker=None)
    report = _summarise(SimpleNamespace(spec=SimpleNamespace(name="t")), rows, [], {}, 0.0, 0.0, fake_container)
    assert report["handoff_recall"] == round(1 / 3, 4)
    assert report["handoff_precision"] == 0.5
    assert report["handoffs_missed"] == ["c", "d"]
    assert report["commercial_statements_where_handoff_due"] == {"count": 1, "ids": ["c"]}
    assert report["per_language"]["de"] == {"questions": 2, "decision_accuracy": 0.0}
    assert report["per_language"]["en"]["decision_accuracy"] == round(2 / 3, 4)
    assert report["latency_ms"]["non_llm_stages"]["p50"] == 19.0  # intent + embed + search + decide
