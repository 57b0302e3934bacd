"""How long the insight screens take as history grows: the analytics report (load the history, build every table),
a chart and a CSV export, against a baseline of loading the same decisions as whole rows (what any report must at
least read, done naively: the evidence JSON of every decision parsed).

Run: ``python -m benchmarks.analytics [--sizes 1000 5000 20000] [--repeats 5] [--json-out F] [--md-out F]``

The history is written through the domain's own functions (`conversation_for_buyer`, `add_message`) and `Decision`
rows shaped like the answer path's (an evidence record with 50 scored candidates, as stored in production): a mix of
answers (half with feedback), follow-up questions, handoffs on intent and for lack of knowledge, and rep replies
after handoffs, spread over 30 days across 20 quotes. SQLite in a temporary folder. Figures are medians of
``--repeats`` runs after one warm-up; ratios are against the baseline measured in the same process.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path


def seed(engine, questions: int, *, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    from sqlmodel import Session

    from appliance.analytics.models import AnswerFeedback
    from appliance.domain.accounts import Role, UserCreate, create_user
    from appliance.domain.agents import AgentCreate, create_agent, ensure_inbox
    from appliance.domain.conversations import Decision, DecisionKind, MessageRole, add_message, \
        conversation_for_buyer
    from appliance.domain.quotes import LineItemCreate, QuoteCreate, create_quote

    now = datetime.now(UTC)
    with Session(engine) as session:
        admin = create_user(session=session, data=UserCreate(email="a@example.com", name="A", role=Role.SUPER_ADMIN,
                                                             password="a-long-benchmark-password"))
        agent = create_agent(session=session, data=AgentCreate(
            name="Max", inbox_id=ensure_inbox(session=session, name="Closing agent").id))
        quotes = [create_quote(session=session, data=QuoteCreate(
            number=f"Q-{i}", title="Sensors", buyer_company=f"Buyer {i}", currency="EUR",
            created_on=date(2026, 11, 1), expires_on=date(2026, 12, 31), owner_id=admin.id,
            line_items=[LineItemCreate(name="Sensor", quantity=Decimal(1), unit_price=Decimal(10))]))
            for i in range(20)]
        candidates = [{"passage_id": f"p{i}", "doc_kind": "source", "doc_id": 1, "title": "Knowledge",
                       "heading_path": ["Section", "Sub"], "start": i * 100, "end": i * 100 + 90,
                       "content_sha256": "0" * 64, "dense_score": 0.5, "dense_rank": i, "sparse_score": -3.0,
                       "sparse_rank": i, "fused_score": 0.01, "rerank_score": None} for i in range(50)]
        asked = 0
        conversation_number = 0
        while asked < questions:
            conversation_number += 1
            quote = quotes[conversation_number % len(quotes)]
            conversation = conversation_for_buyer(session=session, quote_id=int(quote.id or 0),
                                                  agent_id=int(agent.id or 0), buyer_key=f"b{conversation_number}")
            start = now - timedelta(days=rng.uniform(0.5, 28))
            for turn in range(rng.randint(1, 6)):
                at = start + timedelta(minutes=turn * rng.uniform(1, 40))
                buyer = add_message(session=session, conversation=conversation, role=MessageRole.BUYER,
                                    text=f"Question {asked} about topic {rng.randint(1, 200)}?", language="en")
                buyer.created_at = at
                roll = rng.random()
                kind, reason, intent = ((DecisionKind.ANSWER, "the knowledge covers the question", None) if roll < .6
                                        else (DecisionKind.CLARIFY, "several passages partly match", None)
                                        if roll < .75 else
                                        (DecisionKind.HANDOFF, "the buyer's message needs a person (person)",
                                         "person") if roll < .85 else
                                        (DecisionKind.HANDOFF, "the knowledge does not answer this question", None))
                reply = add_message(session=session, conversation=conversation, role=MessageRole.AGENT,
                                    text="An answer.", language="en")
                reply.created_at = at + timedelta(seconds=2)
                decision = Decision(conversation_id=int(conversation.id or 0), buyer_message_id=int(buyer.id or 0),
                                    agent_message_id=reply.id, kind=kind, reason=reason, confidence=0.5,
                                    evidence={"decision": kind.value, "reason": reason, "intent": intent,
                                              "signals": {"dense": 0.5}, "language": "en", "ask_email": False,
                                              "candidates": candidates},
                                    created_at=at + timedelta(seconds=2))
                session.add(decision)
                session.flush()
                if kind == DecisionKind.ANSWER and rng.random() < .5:
                    session.add(AnswerFeedback(decision_id=int(decision.id or 0),
                                               conversation_id=int(conversation.id or 0), helpful=rng.random() < .8))
                if kind == DecisionKind.HANDOFF:
                    rep = add_message(session=session, conversation=conversation, role=MessageRole.REP,
                                      text="A rep's answer.", author_user_id=admin.id)
                    rep.created_at = at + timedelta(minutes=rng.uniform(1, 300))
                asked += 1
                if asked >= questions:
                    break
            if conversation_number % 200 == 0:
                session.commit()
        session.commit()


def _median_seconds(run, repeats: int) -> float:  # type: ignore[no-untyped-def]
    run()  # warm-up
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(size: int, repeats: int) -> dict[str, float | int]:
    from sqlmodel import Session, select

    from appliance.analytics.charts import outcomes_svg
    from appliance.analytics.export import to_csv
    from appliance.analytics.figures import build_report
    from appliance.analytics.history import load_history
    from appliance.db import create_db_engine, migrate
    from appliance.domain.accounts import User
    from appliance.domain.conversations import Decision

    with tempfile.TemporaryDirectory() as folder:
        engine = create_db_engine(f"sqlite:///{Path(folder) / 'bench.db'}")
        migrate(engine)
        seed(engine, size, rng=random.Random(size))
        with Session(engine) as session:
            user = session.exec(select(User)).first()
        now = datetime.now(UTC)
        until = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
        since = until - timedelta(days=30)

        def baseline() -> None:
            with Session(engine) as session:
                list(session.exec(select(Decision)))

        def report():  # type: ignore[no-untyped-def]
            with Session(engine) as session:
                history = load_history(session=session, user=user, since=since, until=until)
            return build_report(history, since=since, until=until, period="day", now=now, hours_of=lambda t: None)

        built = report()
        assert built.total.questions == size, (built.total.questions, size)
        figures: dict[str, float | int] = {
            "questions": size,
            "baseline_load_rows_s": _median_seconds(baseline, repeats),
            "report_s": _median_seconds(report, repeats),
            "chart_s": _median_seconds(lambda: outcomes_svg(built), repeats),
            "csv_handoffs_s": _median_seconds(lambda: to_csv(built, "handoffs"), repeats),
        }
        figures["report_vs_baseline"] = figures["report_s"] / figures["baseline_load_rows_s"]
        engine.dispose()
        return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json-out", default="benchmarks/results/analytics.json")
    parser.add_argument("--md-out", default="benchmarks/results/analytics.md")
    args = parser.parse_args(argv)
    results = []
    for size in args.sizes:
        figures = measure(size, args.repeats)
        print(json.dumps(figures), flush=True)
        results.append(figures)
    meta = {"python": platform.python_version(), "machine": platform.machine(), "repeats": args.repeats,
            "date": datetime.now(UTC).date().isoformat(), "load_average_1m": round(os.getloadavg()[0], 1),
            "cpus": os.cpu_count()}
    Path(args.json_out).write_text(json.dumps({"meta": meta, "results": results}, indent=2) + "\n")
    lines = ["# Insight screens: time against history size", "",
             f"`python -m benchmarks.analytics` on {meta['date']} ({meta['machine']}, Python {meta['python']}, "
             f"SQLite, medians of {args.repeats} runs after a warm-up). Baseline: loading the same decisions as "
             "whole rows (evidence JSON parsed), the least a naive report reads. Load average at the end: "
             f"{meta['load_average_1m']} on {meta['cpus']} CPUs (absolute times vary with it; the ratio is measured "
             "in the same process).", "",
             "| questions | baseline: load rows (ms) | analytics report (ms) | report ÷ baseline | chart (ms) | "
             "CSV of handoffs (ms) |", "|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        lines.append(f"| {r['questions']} | {r['baseline_load_rows_s'] * 1000:.0f} | {r['report_s'] * 1000:.0f} | "
                     f"{r['report_vs_baseline']:.2f} | {r['chart_s'] * 1000:.0f} | {r['csv_handoffs_s'] * 1000:.0f} |")
    Path(args.md_out).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
