"""The answer path: buyer message → intent and guard checks → retrieval → decision → answer / clarify / handoff.

`AnswerPipeline.reply` is an async generator of `TextDelta`s ending with one `ReplyDone`. Blocking work (embedding,
vector search, reranking) runs in worker threads. The reply, its citations and the decision with its evidence are
persisted before `ReplyDone` is yielded; asking twice for the reply to the same buyer message replays the stored one.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from appliance import metrics
from appliance.analytics.classify import handoff_reason
from appliance.answering.compose import CitedSpan, ComposedReply, clarifying_question
from appliance.answering.crosslingual import bridge
from appliance.answering.decision import Decision as PolicyDecision
from appliance.answering.decision import QUOTE_COMPUTED, decide
from appliance.answering.evidence import EvidenceGatherer, Turn, elapsed_ms
from appliance.answering.generative import (
    PROMPT_VERSION,
    Prompt,
    PromptInputs,
    VerifiedSentence,
    build_prompt,
    grounded_stream,
)
from appliance.answering.policy_config import PolicyConfig, load_policy_config
from appliance.answering.text import detect_language
from appliance.db import session_scope
from appliance.domain.accounts import User
from appliance.domain.agents import Agent
from appliance.domain.conversations import (
    Citation,
    Conversation,
    ConversationStatus,
    Decision,
    DecisionKind,
    Message,
    MessageRole,
    add_message,
)
from appliance.domain.handoff import plan_handoff
from appliance.domain.inbox import agent_may_reply, record_handoff
from appliance.domain.knowledge import KnowledgeSource, ready_source_ids
from appliance.domain.quotes import Quote
from appliance.domain.types import utcnow
from appliance.inference.contracts import Generator
from appliance.retrieval.contracts import Embedder, Reranker, ScoredPassage, VectorStore
from appliance.retrieval.multilingual import shared_multilingual_embedder
from appliance.settings import Settings

STREAM_CHUNK_WORDS = 3


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class ReplyDone:
    message_id: int | None
    decision: str


class AnswerPipeline:
    def __init__(
        self, *, engine: Engine, settings: Settings, embedder: Embedder, store: VectorStore,
        reranker: Reranker | None, generator: Generator | None, intent_embedder: Embedder | None = None,
        policy: PolicyConfig | None = None,
    ) -> None:
        """``intent_embedder``: the multilingual embedder the intent classifier was fitted on (the container's;
        None: one shared per process). ``policy``: the decision's configuration (None: the fitted file)."""
        self._engine = engine
        self._policy = policy or load_policy_config().with_thresholds(
            answer_threshold=settings.answering.answer_threshold,
            clarify_threshold=settings.answering.clarify_threshold)
        self._settings = settings
        self._generator = generator
        self.evidence = EvidenceGatherer(
            engine=engine, settings=settings, embedder=embedder, store=store, reranker=reranker,
            generator=generator, multilingual_embedder=intent_embedder or shared_multilingual_embedder(),
            policy=self._policy)

    @property
    def model_name(self) -> str:
        if self._settings.answering.mode == "generative" and self._generator is not None:
            return self._generator.name
        return "extractive"

    async def reply(self, *, conversation_id: int, buyer_message_id: int,
                    preview: bool = False) -> AsyncIterator[TextDelta | ReplyDone]:
        """The agent's reply to one buyer message, streamed. ``preview`` (the admin test panel only, never a buyer
        route) answers with the current configuration even while the agent is inactive or the quote has it off."""
        started = time.perf_counter()
        stored = self._stored_reply(buyer_message_id)
        if stored is not None:
            yield TextDelta(stored.text)
            yield ReplyDone(stored.id, "replay")
            return
        turn = self._load_turn(conversation_id, buyer_message_id, preview=preview)
        if turn is None:  # a human has taken over, or the agent was deactivated: the agent stays silent
            yield ReplyDone(None, "silent")
            return
        latencies: dict[str, float] = {}
        language = detect_language(turn.question)
        bridged = bridge(turn.question, language, self.evidence.known_terms(turn)) \
            if self._settings.retrieval.crosslingual_bridge and language != "en" else None
        intents, question_vector = await self.evidence.intents(turn.question, latencies)
        candidates, query_vector, standalone = await self.evidence.retrieve(
            turn, latencies, bridged, meaning_vector=question_vector, language=language)
        stage = time.perf_counter()
        by_meaning = language != "en" or self._policy.english_fusion[2] > 0
        multilingual = await self.evidence.multilingual_dense(question_vector, candidates) if by_meaning else None
        evidence = await self.evidence.gather(turn, language, intents, candidates, query_vector, bridged,
                                              standalone, multilingual, question_vector)
        policy = decide(evidence, self._policy)
        latencies["decide"] = elapsed_ms(stage)

        composed: ComposedReply | None = None
        first_token_at: float | None = None
        text_parts: list[str] = []
        model = "extractive"
        if policy.kind == "answer" and policy.answer is not None and policy.cause not in QUOTE_COMPUTED \
                and self._settings.answering.mode == "generative" and self._generator is not None:
            verified: list[VerifiedSentence] = []
            prompt = self._prompt(turn, candidates, language)
            async for delta in grounded_stream(  # verified against the passages as the model saw them
                self._generator, prompt.messages, prompt.passages,
                max_tokens=self._settings.inference.max_tokens, verified=verified,
            ):
                first_token_at = first_token_at or time.perf_counter()
                text_parts.append(delta)
                yield TextDelta(delta)
            if verified:
                model = self._generator.name
                composed = _cited_generative(verified, candidates)
            else:
                metrics.GENERATION_FALLBACKS.labels(reason="unsupported_or_unavailable").inc()
        if policy.kind == "answer" and composed is None:
            composed = policy.answer  # the extractive answer the decision was taken on
        reply_text, ask_email = "", False
        if policy.kind == "answer" and composed is not None:
            reply_text = "".join(text_parts) if text_parts else composed.text
        elif policy.kind == "clarify":
            reply_text = clarifying_question(candidates, language=language, named=policy.options)
        handoff_text = None
        if policy.kind == "handoff":
            handoff_text, ask_email = self._handoff(turn, language)
            reply_text = handoff_text

        if not text_parts:
            for chunk in _chunks(reply_text):
                first_token_at = first_token_at or time.perf_counter()
                yield TextDelta(chunk)
        latencies["first_token"] = round(((first_token_at or time.perf_counter()) - started) * 1000, 2)
        latencies["total"] = elapsed_ms(started)
        message_id = self._persist(turn, policy, reply_text, composed if policy.kind == "answer" else None,
                                   candidates, latencies, language, model, ask_email)
        if message_id is None:  # a person took the conversation while the agent was answering: nothing was stored
            yield ReplyDone(None, "silent")
            return
        self._observe(policy, latencies)
        yield ReplyDone(message_id, policy.kind)

    async def warm_source(self, source_id: int) -> int:
        """Embed a newly ready source's answer units before any question needs them (EvidenceGatherer)."""
        return await self.evidence.warm_source(source_id)

    async def warm_all(self) -> int:
        """`warm_source` for every ready source (at start-up, in the background)."""
        return await self.evidence.warm_all()

    # --- loading and persisting -----------------------------------------------------------------------------

    def _stored_reply(self, buyer_message_id: int) -> Message | None:
        with Session(self._engine) as session:
            decision = session.exec(select(Decision).where(Decision.buyer_message_id == buyer_message_id)).first()
            if decision is None or decision.agent_message_id is None:
                return None
            return session.get(Message, decision.agent_message_id)

    def _load_turn(self, conversation_id: int, buyer_message_id: int, *, preview: bool = False) -> Turn | None:
        with Session(self._engine) as session:
            conversation = session.get(Conversation, conversation_id)
            message = session.get(Message, buyer_message_id)
            if conversation is None or message is None or message.conversation_id != conversation_id:
                raise LookupError("no such message in this conversation")
            if conversation.status != ConversationStatus.AGENT or message.role != MessageRole.BUYER \
                    or buyer_message_id <= conversation.agent_resumes_after:  # a person handled it (hand-back)
                return None
            quote = session.get(Quote, conversation.quote_id)
            agent = session.get(Agent, conversation.agent_id)
            if quote is None or agent is None:
                return None
            if not preview and (not agent.active or not quote.agent_enabled):
                return None
            earlier = session.exec(
                select(Message).where(Message.conversation_id == conversation_id, Message.id < buyer_message_id)
                .order_by(Message.id.desc()).limit(6)  # type: ignore[union-attr]
            ).all()
            history = [{"role": m.role.value, "text": m.text} for m in reversed(earlier)]
            source_ids = ready_source_ids(session=session, agent_id=int(agent.id or 0))
            source_hashes = {int(i): sha for i, sha in session.exec(
                select(KnowledgeSource.id, KnowledgeSource.content_sha256)
                .where(KnowledgeSource.id.in_(source_ids))).all()}  # type: ignore[union-attr]
            return Turn(
                conversation_id=conversation_id, buyer_message_id=buyer_message_id, question=message.text,
                history=history, quote=quote, agent=agent, owner=session.get(User, quote.owner_id),
                source_ids=source_ids, source_hashes=source_hashes,
            )

    def _handoff(self, turn: Turn, language: str) -> tuple[str, bool]:
        """Where the handoff goes (availability now) and what the buyer is told; `_persist` records it."""
        with Session(self._engine) as session:
            turn.handoff = plan_handoff(
                session=session, agent=turn.agent, quote=turn.quote, now=utcnow(), language=language,
                presence_timeout=timedelta(seconds=self._settings.inbox.presence_timeout_seconds))
        return turn.handoff.buyer_message, turn.handoff.ask_email

    def _persist(
        self, turn: Turn, policy: PolicyDecision, text: str, composed: ComposedReply | None,
        candidates: list[ScoredPassage], latencies: dict[str, float], language: str, model: str, ask_email: bool,
    ) -> int | None:
        """Store the reply, its citations and the decision in one transaction, only while the agent still owns the
        conversation (checked again here); None when it no longer does. One reply per buyer message: the database
        refuses a second decision, and the stored reply's id is returned instead."""
        try:
            return self._store_reply(turn, policy, text, composed, candidates, latencies, language, model, ask_email)
        except (IntegrityError, _NotOwner):
            stored = self._stored_reply(turn.buyer_message_id)
            return int(stored.id or 0) if stored is not None else None

    def _store_reply(
        self, turn: Turn, policy: PolicyDecision, text: str, composed: ComposedReply | None,
        candidates: list[ScoredPassage], latencies: dict[str, float], language: str, model: str, ask_email: bool,
    ) -> int:
        with session_scope(self._engine) as session:
            if policy.kind == "handoff" and turn.handoff is not None:
                owned = record_handoff(session=session, conversation_id=turn.conversation_id, outcome=turn.handoff,
                                       reason=policy.reason, label=handoff_reason(policy.reason, policy.intent,
                                                                                  policy.cause),
                                       public_url=self._settings.public_url,
                                       notify=self._settings.inbox.notify_reps)
            else:
                owned = agent_may_reply(session=session, conversation_id=turn.conversation_id,
                                        buyer_message_id=turn.buyer_message_id)
            if not owned:
                raise _NotOwner
            conversation = session.get(Conversation, turn.conversation_id)
            assert conversation is not None
            message = add_message(session=session, conversation=conversation, role=MessageRole.AGENT, text=text,
                                  language=language)
            hashes = self._content_hashes(session, candidates)
            for cited in composed.citations if composed else []:
                passage = cited.candidate.passage
                session.add(Citation(
                    message_id=int(message.id or 0), number=cited.number, doc_kind=passage.doc_kind,
                    doc_id=passage.doc_id, passage_id=passage.id, title=passage.title,
                    heading_path=list(passage.heading_path), start=cited.start, end=cited.end, text=cited.text,
                    content_sha256=hashes.get((passage.doc_kind, passage.doc_id), ""),
                ))
            session.add(Decision(
                conversation_id=turn.conversation_id, buyer_message_id=turn.buyer_message_id,
                agent_message_id=message.id, kind=DecisionKind(policy.kind), reason=policy.reason,
                confidence=policy.confidence, model=model, prompt_version=PROMPT_VERSION, latencies_ms=latencies,
                evidence=_evidence(policy, candidates, hashes, language, ask_email),
            ))
            return int(message.id or 0)

    def _content_hashes(self, session: Session, candidates: list[ScoredPassage]) -> dict[tuple[str, int], str]:
        hashes: dict[tuple[str, int], str] = {}
        for candidate in candidates:
            key = (candidate.passage.doc_kind, candidate.passage.doc_id)
            if key in hashes:
                continue
            if key[0] == "source":
                source = session.get(KnowledgeSource, key[1])
                hashes[key] = source.content_sha256 if source else ""
            else:
                hashes[key] = self.evidence.quote_sha(key[1])
        return hashes

    def _prompt(self, turn: Turn, candidates: list[ScoredPassage], language: str) -> Prompt:
        quote = turn.quote
        summary = (f"{quote.number} \"{quote.title}\" for {quote.buyer_company}, {quote.currency}, valid until "
                   f"{quote.expires_on.isoformat()}.")
        inputs = PromptInputs(
            agent_name=turn.agent.name, seller=turn.owner.name if turn.owner else "the seller",
            quote_summary=summary, passages=candidates[: self._settings.retrieval.passages_in_prompt],
            question=turn.question, language=language, history=turn.history,
        )
        budget = (self._settings.inference.context_tokens - self._settings.inference.max_tokens) * 3
        return build_prompt(inputs, max_prompt_chars=max(budget, 1000))

    def _observe(self, policy: PolicyDecision, latencies: dict[str, float]) -> None:
        for stage in ("intent", "embed", "search", "rerank", "decide", "select", "total"):
            if stage in latencies:
                metrics.ANSWER_STAGE_SECONDS.labels(stage=stage).observe(latencies[stage] / 1000)
        metrics.ANSWER_FIRST_TOKEN_SECONDS.observe(latencies["first_token"] / 1000)
        metrics.DECISIONS.labels(decision=policy.kind).inc()
        if policy.kind == "handoff":
            metrics.HANDOFFS.labels(reason=handoff_reason(policy.reason, policy.intent, policy.cause)).inc()


class _NotOwner(Exception):
    """The agent no longer owns the conversation: its reply is not stored."""


def _cited_generative(verified: list[VerifiedSentence], candidates: list[ScoredPassage]) -> ComposedReply:
    numbers = sorted({n for sentence in verified for n in sentence.cited})
    citations = [
        CitedSpan(number=n, candidate=candidates[n - 1], start=candidates[n - 1].passage.start,
                  end=candidates[n - 1].passage.end, text=candidates[n - 1].passage.text)
        for n in numbers
    ]
    return ComposedReply(text=" ".join(s.text for s in verified), citations=citations)


def _evidence(policy: PolicyDecision, candidates: list[ScoredPassage], hashes: dict[tuple[str, int], str],
              language: str, ask_email: bool) -> dict[str, Any]:
    return {
        "decision": policy.kind, "reason": policy.reason, "intent": policy.intent, "cause": policy.cause,
        "signals": policy.signals,
        "language": language, "ask_email": ask_email,
        "candidates": [
            {
                "passage_id": c.passage.id, "doc_kind": c.passage.doc_kind, "doc_id": c.passage.doc_id,
                "title": c.passage.title, "heading_path": list(c.passage.heading_path),
                "start": c.passage.start, "end": c.passage.end,
                "content_sha256": hashes.get((c.passage.doc_kind, c.passage.doc_id), ""),
                "dense_score": c.dense_score, "dense_rank": c.dense_rank, "sparse_score": c.sparse_score,
                "sparse_rank": c.sparse_rank, "meaning_score": c.meaning_score, "meaning_rank": c.meaning_rank,
                "fused_score": c.fused_score, "rerank_score": c.rerank_score,
            }
            for c in candidates
        ],
    }



def _chunks(text: str) -> list[str]:
    parts = text.split(" ")
    return [" ".join(parts[i:i + STREAM_CHUNK_WORDS]) + (" " if i + STREAM_CHUNK_WORDS < len(parts) else "")
            for i in range(0, len(parts), STREAM_CHUNK_WORDS)]
