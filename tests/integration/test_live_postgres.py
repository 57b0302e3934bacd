"""Live events across web workers through PostgreSQL LISTEN/NOTIFY (real PostgreSQL): what one worker publishes
reaches the subscribers of every worker sharing the database; a rep replying on one worker reaches a buyer whose page
is connected to the other, through the real conversation service."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlmodel import Session, select

from appliance.db import create_db_engine, migrate
from appliance.domain.accounts import User
from appliance.domain.agents import the_agent
from appliance.domain.inbox import ConversationService
from appliance.domain.quotes import Quote
from appliance.live.contracts import INBOX_CHANNEL, conversation_channel
from appliance.live.postgres import PostgresBroker
from tests.conftest import fresh_database
from tests.integration.test_inbox_service import OWNER, seed

WAIT = 30.0  # bounds the waits only; nothing asserts on time


async def _next(events, timeout: float = WAIT):  # type: ignore[no-untyped-def]
    return await asyncio.wait_for(anext(events), timeout)


@pytest.fixture()
def two_workers(tmp_path):  # type: ignore[no-untyped-def]
    with fresh_database("postgresql", tmp_path) as url:
        brokers = [PostgresBroker(url), PostgresBroker(url)]
        try:
            assert all(broker.wait_listening(WAIT) for broker in brokers)
            yield url, brokers
        finally:
            for broker in brokers:
                broker.close()


@pytest.mark.asyncio
async def test_an_event_published_on_one_worker_reaches_subscribers_of_both(two_workers):
    _, (first, second) = two_workers
    async with second.subscribe([conversation_channel(7)]) as remote, first.subscribe([INBOX_CHANNEL]) as local:
        await asyncio.to_thread(first.publish, "conversation:8", "message")  # nobody listens to that channel
        await asyncio.to_thread(first.publish, conversation_channel(7), "message")
        await asyncio.to_thread(first.publish, INBOX_CHANNEL, "status")
        await asyncio.to_thread(second.publish, conversation_channel(7), "note")
        got = [await _next(remote), await _next(remote)]
        assert [(e.channel, e.kind) for e in got] == [("conversation:7", "message"), ("conversation:7", "note")]
        assert int(got[0].id) < int(got[1].id)  # ids increase per process
        inbox = await _next(local)
        assert (inbox.channel, inbox.kind) == ("inbox", "status")


@pytest.mark.asyncio
async def test_a_reps_reply_on_one_worker_reaches_the_buyer_on_the_other(two_workers):
    url, (first, second) = two_workers
    engines = [create_db_engine(url), create_db_engine(url)]
    try:
        migrate(engines[0])
        seed(engines[0])
        services = [ConversationService(engine=engine, broker=broker, public_url="http://127.0.0.1",
                                        notify_reps=False, presence_timeout=timedelta(seconds=60))
                    for engine, broker in zip(engines, (first, second), strict=True)]
        with Session(engines[0]) as session:
            quote = session.exec(select(Quote).where(Quote.number == "Q-7")).one()
            agent = the_agent(session=session)
            owner = session.exec(select(User).where(User.email == OWNER)).one()
        # the buyer's page is served by the second worker: its stream subscribes there
        posted = services[1].post_buyer_message(quote_id=int(quote.id), agent_id=int(agent.id), key="buyer-1",
                                                text="Can someone call me about the delivery date?")
        async with second.subscribe([conversation_channel(posted.conversation_id)]) as buyer_stream:
            await asyncio.to_thread(services[0].claim, conversation_id=posted.conversation_id, user=owner)
            await asyncio.to_thread(services[0].reply, conversation_id=posted.conversation_id, user=owner,
                                    text="Yes, I will call you this afternoon.")
            # the buyer's own message may still be on its way (NOTIFY reaches the listener after the subscription
            # began): what counts is that the claim's status comes before the reply, which then arrives
            kinds = []
            while not ("status" in kinds and kinds[-1] == "message"):
                kinds.append((await _next(buyer_stream)).kind)
        assert "message" not in kinds[kinds.index("status"):-1]  # claimed, then the reply, in order
    finally:
        for engine in engines:
            engine.dispose()


def test_publishing_without_a_database_does_not_fail_the_request():
    broker = PostgresBroker("postgresql+psycopg://nobody:x@127.0.0.1:1/none")
    try:
        broker.publish(INBOX_CHANNEL, "message")  # logged and dropped: a lost event costs freshness only
        assert not broker.wait_listening(0.5)
    finally:
        broker.close()
