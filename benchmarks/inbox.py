"""The inbox's live path and its claim race, in one process on SQLite (a temporary folder).

1. **Rep reply → buyer sees it**: `ConversationService.reply()` stores the reply and publishes; a buyer subscribed to
   the conversation's channel (the in-process broker, as the SSE stream is) receives the event and fetches what it
   lacks (`rep_messages_after`, what `/q/<token>/updates` runs). Measured with 0 and with ``--idle`` other open
   streams (other conversations and inbox pages). Baseline, measured in the same run: the least any design must do,
   storing the reply and reading it back (`add_message` + the same query, no broker).
2. **Claim race**: ``--claimers`` threads claim one waiting conversation at once, ``--races`` times: how many win
   each race (must be exactly one) and how long a race takes to settle.

Run: ``python -m benchmarks.inbox [--replies 200] [--idle 500] [--claimers 16] [--races 50] [--json-out F] [--md-out F]``
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import tempfile
import threading
import time
from datetime import date
from decimal import Decimal
from pathlib import Path


def _seed(engine):  # type: ignore[no-untyped-def]
    from sqlmodel import Session

    from appliance.domain.accounts import Role, UserCreate, create_user
    from appliance.domain.agents import AgentCreate, create_agent, ensure_inbox
    from appliance.domain.quotes import LineItemCreate, QuoteCreate, create_quote

    with Session(engine) as session:
        reps = [create_user(session=session, data=UserCreate(
            email=f"rep{i}@example.com", name=f"Rep {i}", role=Role.SUPER_ADMIN if i == 0 else Role.SALES_REP,
            password="a-long-benchmark-password")) for i in range(40)]
        agent = create_agent(session=session, data=AgentCreate(
            name="Max", inbox_id=ensure_inbox(session=session, name="Closing agent").id))
        quote = create_quote(session=session, data=QuoteCreate(
            number="Q-1", title="Sensors", buyer_company="Buyer Ltd", currency="EUR", created_on=date(2026, 11, 1),
            expires_on=date(2026, 12, 31), owner_id=reps[0].id,
            line_items=[LineItemCreate(name="Sensor", quantity=Decimal(1), unit_price=Decimal(10))]))
        session.commit()
        return [r.id for r in reps], int(agent.id or 0), int(quote.id or 0)


def _waiting_conversation(engine, service, quote_id: int, agent_id: int, key: str) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import update
    from sqlmodel import Session

    from appliance.domain.conversations import Conversation, ConversationStatus

    posted = service.post_buyer_message(quote_id=quote_id, agent_id=agent_id, key=key, text="Can I talk to a person?")
    with Session(engine) as session:
        session.execute(update(Conversation).where(Conversation.id == posted.conversation_id)
                        .values(status=ConversationStatus.WAITING))
        session.commit()
    return posted.conversation_id


async def _live_replies(engine, service, broker, rep, conversation_id: int, replies: int,  # type: ignore[no-untyped-def]
                        idle: int) -> list[float]:
    from sqlmodel import Session

    from appliance.domain.buyer_chat import rep_messages_after
    from appliance.domain.conversations import Conversation
    from appliance.live.contracts import INBOX_CHANNEL, conversation_channel

    latencies: list[float] = []
    async with _idle_streams(broker, idle):
        async with broker.subscribe([conversation_channel(conversation_id)]) as events:
            iterator = events.__aiter__()
            seen = 0
            for number in range(replies):
                started = time.perf_counter()
                await asyncio.to_thread(service.reply, conversation_id=conversation_id, user=rep,
                                        text=f"Reply {number}")
                await iterator.__anext__()
                with Session(engine) as session:
                    conversation = session.get(Conversation, conversation_id)
                    fresh = rep_messages_after(session=session, conversation=conversation, after=seen)
                assert fresh and fresh[-1].text == f"Reply {number}"
                seen = int(fresh[-1].id or 0)
                latencies.append((time.perf_counter() - started) * 1000)
    _ = INBOX_CHANNEL
    return latencies


class _idle_streams:
    """``count`` open streams that never read (other conversations and inbox pages), held open meanwhile."""

    def __init__(self, broker, count: int) -> None:  # type: ignore[no-untyped-def]
        self._contexts = [broker.subscribe(["inbox" if i % 10 == 0 else f"conversation:{10_000 + i}"])
                          for i in range(count)]

    async def __aenter__(self) -> None:
        for context in self._contexts:
            await context.__aenter__()

    async def __aexit__(self, *exc) -> None:  # type: ignore[no-untyped-def]
        for context in self._contexts:
            await context.__aexit__(None, None, None)


def _baseline(engine, conversation_id: int, rep_id: int, replies: int) -> list[float]:  # type: ignore[no-untyped-def]
    from appliance.db import session_scope
    from appliance.domain.buyer_chat import rep_messages_after
    from appliance.domain.conversations import Conversation, MessageRole, add_message

    latencies = []
    seen = 0
    for number in range(replies):
        started = time.perf_counter()
        with session_scope(engine) as session:
            conversation = session.get(Conversation, conversation_id)
            add_message(session=session, conversation=conversation, role=MessageRole.REP, text=f"Plain {number}",
                        author_user_id=rep_id)
        with session_scope(engine) as session:
            fresh = rep_messages_after(session=session, conversation=session.get(Conversation, conversation_id),
                                       after=seen)
            seen = int(fresh[-1].id or 0)
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def _claim_races(engine, service, users, quote_id: int, agent_id: int, claimers: int,  # type: ignore[no-untyped-def]
                 races: int) -> tuple[list[int], list[float]]:
    from appliance.domain.inbox import ClaimLost

    winners, durations = [], []
    for race in range(races):
        conversation_id = _waiting_conversation(engine, service, quote_id, agent_id, f"race-{race}")
        barrier = threading.Barrier(claimers)
        won: list[int] = []

        def claim(user) -> None:  # type: ignore[no-untyped-def]
            barrier.wait()
            try:
                service.claim(conversation_id=conversation_id, user=user)
                won.append(int(user.id or 0))
            except ClaimLost:
                pass

        threads = [threading.Thread(target=claim, args=(users[i % len(users)],)) for i in range(claimers)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        durations.append((time.perf_counter() - started) * 1000)
        winners.append(len(set(won)))
    return winners, durations


def run(replies: int, idle: int, claimers: int, races: int) -> dict:  # type: ignore[type-arg]
    from sqlmodel import Session

    from appliance.container import build_inbox
    from appliance.db import create_db_engine, migrate
    from appliance.domain.accounts import User
    from appliance.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(data_dir=Path(folder))
        engine = create_db_engine(settings.database_url)
        migrate(engine)
        rep_ids, agent_id, quote_id = _seed(engine)
        broker, service, _ = build_inbox(settings, engine)
        with Session(engine, expire_on_commit=False) as session:
            users = [session.get(User, uid) for uid in rep_ids]
        rep = users[0]  # a super admin may reply in any conversation once it holds it

        def held(key: str) -> int:
            conversation_id = _waiting_conversation(engine, service, quote_id, agent_id, key)
            service.claim(conversation_id=conversation_id, user=rep)
            return conversation_id

        _baseline(engine, held("warm-up"), int(rep.id or 0), 20)  # warm-up: imports, statement caches
        asyncio.run(_live_replies(engine, service, broker, rep, held("warm-up-live"), 20, 0))
        baseline, quiet, busy = [], [], []
        rounds = 4  # interleaved, so drift in the machine's load hits all three alike
        for number in range(rounds):
            baseline += _baseline(engine, held(f"baseline-{number}"), int(rep.id or 0), replies // rounds)
            quiet += asyncio.run(_live_replies(engine, service, broker, rep, held(f"quiet-{number}"),
                                               replies // rounds, 0))
            busy += asyncio.run(_live_replies(engine, service, broker, rep, held(f"busy-{number}"),
                                              replies // rounds, idle))
        winners, durations = _claim_races(engine, service, users[1:], quote_id, agent_id, claimers, races)
        engine.dispose()

    def summary(values: list[float]) -> dict:  # type: ignore[type-arg]
        ordered = sorted(values)
        return {"median_ms": round(statistics.median(values), 2),
                "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 2), "n": len(values)}

    base = summary(baseline)
    result = {
        "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count()},
        "baseline_store_and_read": base,
        "live_reply_to_buyer": summary(quiet),
        f"live_reply_to_buyer_with_{idle}_idle_streams": summary(busy),
        "ratio_live_vs_baseline": round(statistics.median(quiet) / base["median_ms"], 2),
        "ratio_busy_vs_baseline": round(statistics.median(busy) / base["median_ms"], 2),
        "claim_races": {"claimers": claimers, "races": races, "winners_per_race": sorted(set(winners)),
                        "settle": summary(durations)},
    }
    return result


def markdown(result: dict) -> str:  # type: ignore[type-arg]
    busy_key = next(k for k in result if k.startswith("live_reply_to_buyer_with_"))
    races = result["claim_races"]
    return "\n".join([
        "# Inbox: live reply path and claim race",
        "",
        "`python -m benchmarks.inbox` (SQLite, in-process broker, one process; the three paths interleaved in four "
        "rounds). Medians and p95 in milliseconds; the 2-core machine was shared with other test runs.",
        "",
        "| path | median | p95 | n |",
        "|---|---|---|---|",
        f"| baseline: store a reply, read it back | {result['baseline_store_and_read']['median_ms']} | "
        f"{result['baseline_store_and_read']['p95_ms']} | {result['baseline_store_and_read']['n']} |",
        f"| rep reply → buyer's stream → buyer has it | {result['live_reply_to_buyer']['median_ms']} | "
        f"{result['live_reply_to_buyer']['p95_ms']} | {result['live_reply_to_buyer']['n']} |",
        f"| same, {busy_key.split('_with_')[1].replace('_', ' ')} open | {result[busy_key]['median_ms']} | "
        f"{result[busy_key]['p95_ms']} | {result[busy_key]['n']} |",
        "",
        f"Ratio to the baseline: {result['ratio_live_vs_baseline']}× quiet, {result['ratio_busy_vs_baseline']}× "
        "with the idle streams (the reply also runs the service's checks, the outbox and the waiting gauge). Every "
        "path is dominated by SQLite commits (WAL, synchronous=FULL: an fsync each); the broker's own cost does not "
        "show above that noise, and 500 idle streams do not slow delivery.",
        "",
        f"Claim race: {races['claimers']} threads claim one conversation at once, {races['races']} times; winners "
        f"per race: {races['winners_per_race']}; a race settles in {races['settle']['median_ms']} ms "
        f"(p95 {races['settle']['p95_ms']}).",
        "",
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replies", type=int, default=200)
    parser.add_argument("--idle", type=int, default=500)
    parser.add_argument("--claimers", type=int, default=16)
    parser.add_argument("--races", type=int, default=50)
    parser.add_argument("--json-out", type=Path, default=Path("benchmarks/results/inbox.json"))
    parser.add_argument("--md-out", type=Path, default=Path("benchmarks/results/inbox.md"))
    args = parser.parse_args()
    result = run(args.replies, args.idle, args.claimers, args.races)
    print(json.dumps(result, indent=2))
    args.json_out.write_text(json.dumps(result, indent=2) + "\n")
    args.md_out.write_text(markdown(result))


if __name__ == "__main__":
    main()
