"""`appliance eval SCENARIO_DIR`: build a scenario through the product's services in a scratch data directory, ask
every question through the buyer's answer path, and score the replies.

Scores (see benchmarks/results/README.md for what they mean and what limits them):
- decision_accuracy: share of questions whose decision (answer / clarify / handoff) is the expected one;
- answer_source_hit_rate: among `answer` questions, share whose citations include one of the expected sources;
- citation_precision: among citations of replies to `answer` questions, share pointing to an expected source;
- fact_recall: among `answer` questions' facts, share found (case-insensitive) in the reply;
- must_not_violations: replies containing a forbidden string;
- handoff_recall / handoff_precision: of the questions that expect a handoff, share handed off; of the handoffs made,
  share expected;
- per_language: decision accuracy per question language (`language` in questions.jsonl, else English);
- commercial_statements_where_handoff_due: `handoff` questions the agent answered with a figure (an amount, a
  percentage, a date or a duration): count and ids.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlmodel import Session

from appliance.answering.answer_types import holds_answer_type
from appliance.answering.chat import ask
from appliance.container import build_container
from appliance.domain.knowledge import KnowledgeSource, SourceStatus
from appliance.scenarios import build_scenario, load_scenario, serve_folder
from appliance.settings import Settings

STAGES = ("intent", "embed", "search", "rerank", "decide", "select", "first_token", "total")


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return round(ordered[index], 2)


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 4) if values else None


async def evaluate(folder: Path, *, base_settings: Settings | None = None, progress: Any = None) -> dict[str, Any]:
    scenario = load_scenario(folder)
    if not scenario.questions:
        raise ValueError(f"{folder} has no questions.jsonl to evaluate")
    with tempfile.TemporaryDirectory(prefix="appliance-eval-") as scratch:
        settings = (base_settings or Settings()).model_copy(update={"data_dir": Path(scratch)})
        settings.database.url = ""
        settings.retrieval.vector_uri = ""
        with serve_folder(scenario.folder) as url_base:
            started = time.perf_counter()
            container = await build_container(settings, extra_allowed_hosts=("127.0.0.1",))
            try:
                setup_seconds = time.perf_counter() - started
                built = build_scenario(container, scenario, url_base=url_base, password="eval-password-not-used")
                started = time.perf_counter()
                await container.worker.run_pending()
                ingestion_seconds = time.perf_counter() - started
                return await _ask_all(container, scenario, built, setup_seconds, ingestion_seconds, progress)
            finally:
                await container.aclose()


async def _ask_all(container, scenario, built, setup_seconds, ingestion_seconds, progress) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    source_names = {source_id: name for name, source_id in {**built.source_ids, **built.rejected_ids}.items()}
    with Session(container.engine) as session:
        statuses = {}
        for name, source_id in {**built.source_ids, **built.rejected_ids}.items():
            source = session.get(KnowledgeSource, source_id)
            statuses[name] = {"status": source.status.value, "reason": source.status_reason,
                              "passages": source.passage_count}
    rejected = [
        {"path": spec.path, "why": spec.why, "refused": statuses[spec.name]["status"] == SourceStatus.REJECTED.value,
         "reason": statuses[spec.name]["reason"]}
        for spec in scenario.spec.rejected_sources
    ]
    per_question: list[dict[str, Any]] = []
    for question in scenario.questions:
        result = await ask(container.engine, container.pipeline, quote_id=built.quote_id, agent_id=built.agent_id,
                           key=f"eval-{question.id}", text=question.question,
                           max_chars=container.settings.answering.max_message_chars)
        cited = []
        for citation in result.citations:
            cited.append("quote" if citation.doc_kind == "quote" else source_names.get(citation.doc_id, "?"))
        lowered = result.text.lower()
        facts_found = [fact for fact in question.facts if fact.lower() in lowered]
        violations = [s for s in question.must_not if s.lower() in lowered]
        per_question.append({
            "id": question.id, "question": question.question, "expect": question.expect,
            "decision": result.decision, "correct": result.decision == question.expect,
            "confidence": result.confidence, "cited_sources": cited, "expected_sources": question.sources,
            "facts": question.facts, "facts_found": facts_found, "must_not_violations": violations,
            "language": question.language or "en", "answer": result.text, "latency_ms": result.latencies_ms,
            "reason": result.evidence.get("reason", ""), "cause": result.evidence.get("cause", ""),
            "signals": result.evidence.get("signals", {}),
        })
        if progress:
            progress(per_question[-1])
    return _summarise(scenario, per_question, rejected, statuses, setup_seconds, ingestion_seconds, container)


def _summarise(scenario, per_question, rejected, statuses, setup_seconds, ingestion_seconds, container):  # type: ignore[no-untyped-def]
    answers = [q for q in per_question if q["expect"] == "answer"]
    hits = [any(s in q["expected_sources"] for s in q["cited_sources"]) for q in answers]
    cited_pairs = [s in q["expected_sources"] for q in answers for s in q["cited_sources"]]
    facts_total = sum(len(q["facts"]) for q in answers)
    facts_found = sum(len(q["facts_found"]) for q in answers)
    latency: dict[str, Any] = {}
    for stage in STAGES:
        values = [q["latency_ms"][stage] for q in per_question if stage in q["latency_ms"]]
        latency[stage] = {"p50": _percentile(values, 0.5), "p95": _percentile(values, 0.95), "n": len(values)}
    non_llm = [sum(q["latency_ms"].get(s, 0.0) for s in ("intent", "embed", "search", "rerank", "decide", "select"))
               for q in per_question]
    latency["non_llm_stages"] = {"p50": _percentile(non_llm, 0.5), "p95": _percentile(non_llm, 0.95)}
    latency["overall"] = latency["total"]
    confusion: dict[str, dict[str, int]] = {}
    for q in per_question:
        confusion.setdefault(q["expect"], {}).setdefault(q["decision"], 0)
        confusion[q["expect"]][q["decision"]] += 1
    expected_handoffs = [q for q in per_question if q["expect"] == "handoff"]
    made_handoffs = [q for q in per_question if q["decision"] == "handoff"]
    per_language: dict[str, dict[str, Any]] = {}
    for language in sorted({q["language"] for q in per_question}):
        rows = [q for q in per_question if q["language"] == language]
        per_language[language] = {"questions": len(rows), "decision_accuracy": _mean([float(q["correct"])
                                                                                       for q in rows])}
    commercial = [q["id"] for q in expected_handoffs if q["decision"] == "answer" and _states_figure(q["answer"])]
    settings = container.settings
    return {
        "scenario": scenario.spec.name,
        "questions": len(per_question),
        "decision_accuracy": _mean([float(q["correct"]) for q in per_question]),
        "answer_source_hit_rate": _mean([float(h) for h in hits]),
        "citation_precision": _mean([float(p) for p in cited_pairs]),
        "fact_recall": round(facts_found / facts_total, 4) if facts_total else None,
        "must_not_violations": sum(len(q["must_not_violations"]) for q in per_question),
        "handoff_recall": _mean([float(q["decision"] == "handoff") for q in expected_handoffs]),
        "handoff_precision": _mean([float(q["expect"] == "handoff") for q in made_handoffs]),
        "handoffs_missed": [q["id"] for q in expected_handoffs if q["decision"] != "handoff"],
        "per_language": per_language,
        "commercial_statements_where_handoff_due": {"count": len(commercial), "ids": commercial},
        "rejected_sources": rejected,
        "sources": statuses,
        "decision_confusion": confusion,
        "latency_ms": latency,
        "setup_seconds": round(setup_seconds, 2),
        "ingestion_seconds": round(ingestion_seconds, 2),
        "configuration": {
            "answering_mode": settings.answering.mode,
            "inference_backend": settings.inference.backend if settings.answering.mode == "generative" else None,
            "embedder": getattr(container.embedder, "name", ""),
            "intent_classifier": "logistic regression over use-multilingual-v3 (answering/intent)",
            "reranker": getattr(container.reranker, "name", None),
            "answer_threshold": settings.answering.answer_threshold,
            "clarify_threshold": settings.answering.clarify_threshold,
        },
        "per_question": per_question,
    }


def _states_figure(text: str) -> bool:
    """The reply states an amount, a percentage, a date or a duration (what the commercial guard is about)."""
    return any(holds_answer_type(text, kind) for kind in ("money", "percent", "date", "duration"))


def dumps(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False, default=str)
