"""The answer path: buyer message → intent and guard checks → retrieval → decision → answer / clarify / handoff.

`AnswerPipeline.reply` is an async generator of `TextDelta`s ending with one `ReplyDone`. Blocking work (embedding,
vector search, reranking) runs in worker threads. The reply, its citations and the decision with its evidence are
persisted before `ReplyDone` is yielded; asking twice for the reply to the same buyer message replays the stored one.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import time
from datetime import timedelta
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from appliance import metrics
from appliance.analytics.classify import handoff_reason
from appliance.answering.ambiguity import competing_options, quote_item_options
from appliance.answering.crosslingual import bridge
from appliance.answering.compose import (
    CitedSpan,
    ComposedReply,
    answer_types,
    answer_unit_texts,
    clarifying_question,
    extractive_answer,
)
from appliance.answering.generative import (
    PROMPT_VERSION,
    PromptInputs,
    VerifiedSentence,
    Prompt,
    build_prompt,
    grounded_stream,
)
from appliance.answering.commercial import concepts_asked
from appliance.answering.decision import Decision as PolicyDecision
from appliance.answering.decision import Evidence, Wording, decide
from appliance.answering.intent import IntentClassifier, packaged_classifier
from appliance.answering.meaning_index import MeaningIndex
from appliance.answering.policy import confidence, is_underspecified
from appliance.answering.policy_config import PolicyConfig, load_policy_config
from appliance.answering.support import check_answer, row_chosen_by_meaning, states_concept
from appliance.answering.rewrite import search_text
from appliance.answering.quote_passages import LINE_ITEMS_HEADING, QuoteDocument, quote_document
from appliance.answering.text import content_terms, detect_language
from appliance.retrieval.lexical import document_language, stem, words
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
from appliance.domain.handoff import HandoffOutcome, plan_handoff
from appliance.domain.inbox import agent_may_reply, record_handoff
from appliance.domain.types import utcnow
from appliance.domain.knowledge import KnowledgeSource, SourceStatus, ready_source_ids
from appliance.domain.quotes import Quote, line_items
from appliance.inference.contracts import Generator
from appliance.retrieval.contracts import Embedder, Passage, Reranker, ScoredPassage, SearchScope, VectorStore
from appliance.retrieval.fusion import reciprocal_rank_fusion
from appliance.retrieval.multilingual import shared_multilingual_embedder
from appliance.settings import Settings

STREAM_CHUNK_WORDS = 3
UNIT_CACHE_SIZE = 20_000


def unit_key(embedder_name: str, text: str) -> str:
    """The key of an answer unit's vector in the store: its embedder and its exact text."""
    return hashlib.sha256(f"{embedder_name}\0{text}".encode()).hexdigest()
EMBED_BATCH = 64


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class ReplyDone:
    message_id: int | None
    decision: str


@dataclass
class _Turn:
    """Everything the pipeline loaded for one buyer message (plain values, no live ORM objects)."""

    conversation_id: int
    buyer_message_id: int
    question: str
    history: list[dict[str, str]]
    quote: Quote
    agent: Agent
    owner: User | None
    source_ids: list[int]
    source_hashes: dict[int, str]  # each ready source's content hash (the caches below are keyed by it)
    handoff: HandoffOutcome | None = None  # where a handoff goes (planned by _handoff, recorded by _persist)


class AnswerPipeline:
    def __init__(
        self, *, engine: Engine, settings: Settings, embedder: Embedder, store: VectorStore,
        reranker: Reranker | None, generator: Generator | None, intent_embedder: Embedder | None = None,
        policy: PolicyConfig | None = None,
    ) -> None:
        """``intent_embedder``: the multilingual embedder the intent classifier was fitted on (the container's;
        None: one shared per process). ``policy``: the decision's configuration (None: the fitted file)."""
        self._engine = engine
        self._intent_embedder = intent_embedder or shared_multilingual_embedder()
        self._intent_classifier: IntentClassifier = packaged_classifier()
        self._policy = policy or load_policy_config().with_thresholds(
            answer_threshold=settings.answering.answer_threshold,
            clarify_threshold=settings.answering.clarify_threshold)
        self._settings = settings
        self._embedder = embedder
        self._store = store
        self._reranker = reranker
        self._generator = generator
        self._indexed_quotes: dict[int, str] = {}
        self._quote_documents: dict[int, QuoteDocument] = {}
        self._unit_vectors: dict[str, list[float]] = {}
        self._multilingual_vectors: dict[str, list[float]] = {}  # passage text -> USE vector (non-English questions)
        self._meaning = MeaningIndex(self._intent_embedder)  # every answer unit by meaning (the third fusion list)
        self._vocabulary: dict[tuple[str, str], set[str]] = {}
        self._document_languages: dict[str, str] = {}  # source content hash -> its language (lexical.py)
        self._quote_lock = asyncio.Lock()

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
        bridged = bridge(turn.question, language) if self._settings.retrieval.crosslingual_bridge else None
        intents, question_vector = await self._intents(turn.question, latencies)
        candidates, query_vector, standalone = await self._retrieve(
            turn, latencies, bridged, meaning_vector=question_vector, language=language)
        stage = time.perf_counter()
        by_meaning = language != "en" or self._policy.english_fusion[2] > 0
        multilingual = await self._multilingual_dense(question_vector, candidates) if by_meaning else None
        evidence = await self._gather_evidence(turn, language, intents, candidates, query_vector, bridged,
                                               standalone, multilingual, question_vector)
        policy = decide(evidence, self._policy)
        latencies["decide"] = _ms(stage)

        composed: ComposedReply | None = None
        first_token_at: float | None = None
        text_parts: list[str] = []
        model = "extractive"
        if policy.kind == "answer" and policy.answer is not None and policy.signals.get("quote_figure") != 1.0 \
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
        latencies["total"] = _ms(started)
        message_id = self._persist(turn, policy, reply_text, composed if policy.kind == "answer" else None,
                                   candidates, latencies, language, model, ask_email)
        if message_id is None:  # a person took the conversation while the agent was answering: nothing was stored
            yield ReplyDone(None, "silent")
            return
        self._observe(policy, latencies)
        yield ReplyDone(message_id, policy.kind)

    # --- retrieval -------------------------------------------------------------------------------------------

    async def warm_source(self, source_id: int) -> int:
        """Embed the answer units (sentences, list items, table rows) of a ready source's passages ahead of the first
        question, so answering never pays for them; returns how many were embedded. Bounded by the cache size."""
        passages = await asyncio.to_thread(self._store.document_passages, doc_kind="source", doc_id=source_id)
        texts = answer_unit_texts([ScoredPassage(p) for p in passages], max_passages=len(passages))
        embedded = await self._embed_units(texts, room_only=True)
        with Session(self._engine) as session:
            source = session.get(KnowledgeSource, source_id)
            sha = source.content_sha256 if source is not None else ""
        await asyncio.to_thread(self._meaning.add, ("source", source_id, sha), passages)
        return embedded

    async def warm_all(self) -> int:
        """`warm_source` for every ready source (at start-up, in the background)."""
        with Session(self._engine) as session:
            source_ids = session.exec(select(KnowledgeSource.id)
                                      .where(KnowledgeSource.status == SourceStatus.READY)).all()
        embedded = 0
        for source_id in source_ids:
            embedded += await self.warm_source(int(source_id))
        return embedded

    async def _embed_units(self, texts: list[str], *, room_only: bool = False) -> int:
        """Embed the units not cached yet (returns how many were embedded or read from the store). ``room_only``
        (warm-up): only as many as fit, never evicting, and what it embeds is kept in the vector store's unit
        collection, so a restart reads it back instead of embedding again; otherwise the oldest entries make room
        for the ones a question needs now."""
        missing = [t for t in dict.fromkeys(texts) if t not in self._unit_vectors]
        if room_only:
            missing = missing[: max(0, UNIT_CACHE_SIZE - len(self._unit_vectors))]
        ready = len(missing)
        lookup, persist = getattr(self._store, "unit_vectors", None), getattr(self._store, "put_unit_vectors", None)
        if room_only and missing and lookup is not None:  # warm-up only: a question never waits for the store
            name = str(getattr(self._embedder, "name", type(self._embedder).__name__))
            keys = {text: unit_key(name, text) for text in missing}
            stored = await asyncio.to_thread(lookup, list(keys.values()))
            for text, key in keys.items():
                if key in stored:
                    self._unit_vectors[text] = stored[key]
            missing = [t for t in missing if t not in self._unit_vectors]
        embedded: dict[str, list[float]] = {}
        for start in range(0, len(missing), EMBED_BATCH):
            batch = missing[start:start + EMBED_BATCH]
            for text, vector in zip(batch, await asyncio.to_thread(self._embedder.embed, batch), strict=True):
                self._unit_vectors[text] = vector
                embedded[text] = vector
        if room_only and embedded and persist is not None:
            name = str(getattr(self._embedder, "name", type(self._embedder).__name__))
            await asyncio.to_thread(persist, {unit_key(name, text): vector for text, vector in embedded.items()})
        while len(self._unit_vectors) > UNIT_CACHE_SIZE:
            self._unit_vectors.pop(next(iter(self._unit_vectors)))
        return ready

    async def _unit_similarity(self, pool: list[ScoredPassage], query_vector: list[float]):  # type: ignore[no-untyped-def]
        """Cosine similarity of each answer unit to the question; unit vectors are cached by text."""
        texts = answer_unit_texts(pool, max_passages=self._settings.answering.extractive_passages)
        await self._embed_units(texts)
        scores = {t: sum(a * b for a, b in zip(self._unit_vectors[t], query_vector)) for t in texts}
        return lambda text: scores.get(text, 0.0)

    async def _intents(self, question: str, latencies: dict[str, float]) -> tuple[dict[str, float], list[float]]:
        """The intent classifier's probabilities for the buyer's message, and its multilingual sentence vector."""
        stage = time.perf_counter()
        vector = (await asyncio.to_thread(self._intent_embedder.embed, [question]))[0]
        latencies["intent"] = _ms(stage)
        return self._intent_classifier.probabilities(vector), vector

    async def _multilingual_dense(self, question_vector: list[float], candidates: list[ScoredPassage]) -> float:
        """For a non-English question: the best multilingual similarity between the question and the top three
        passages, mapped onto the dense scale the confidence was measured on (PolicyConfig)."""
        top = candidates[:3]
        scores = await self._multilingual_scores([c.passage.text for c in top], question_vector)
        return max(scores.values(), default=self._policy.multilingual_shift)

    async def _multilingual_scores(self, texts: list[str], question_vector: list[float]) -> dict[str, float]:
        """Multilingual (USE) similarity of each text to the question, on the dense scale the confidence was
        measured on (``multilingual_scale * cosine + multilingual_shift``); vectors cached by text, so a passage's
        sentences are embedded once for every later non-English question."""
        missing = [t for t in dict.fromkeys(texts) if t not in self._multilingual_vectors]
        for start in range(0, len(missing), EMBED_BATCH):
            batch = missing[start:start + EMBED_BATCH]
            vectors = await asyncio.to_thread(self._intent_embedder.embed, batch)
            for text, vector in zip(batch, vectors, strict=True):
                self._multilingual_vectors[text] = vector
        scale, shift = self._policy.multilingual_scale, self._policy.multilingual_shift
        scores = {t: scale * sum(a * b for a, b in zip(self._multilingual_vectors[t], question_vector)) + shift
                  for t in dict.fromkeys(texts)}
        while len(self._multilingual_vectors) > UNIT_CACHE_SIZE:
            self._multilingual_vectors.pop(next(iter(self._multilingual_vectors)))
        return scores

    async def _unit_meaning(self, units: list[str], pool: list[ScoredPassage],
                            question_vector: list[float]) -> dict[str, float]:
        """Multilingual similarity of each unit to the question on the dense scale: read from the meaning index
        (each unit embedded under its section heading), embedded now for a unit the index lacks."""
        indexed = await asyncio.to_thread(self._meaning.unit_scores, question_vector, [c.passage for c in pool])
        scale, shift = self._policy.multilingual_scale, self._policy.multilingual_shift
        scores = {t: scale * indexed[t] + shift for t in units if t in indexed}
        missing = [t for t in units if t not in scores]
        if missing:
            scores |= await self._multilingual_scores(missing, question_vector)
        return scores

    async def _gather_evidence(self, turn: _Turn, language: str, intents: dict[str, float],
                        candidates: list[ScoredPassage], query_vector: list[float], bridged: str | None,
                        standalone: str, multilingual: float | None = None,
                        question_vector: list[float] | None = None) -> Evidence:
        """Every signal `decide` reads: the intents, and for each wording of the question (as asked, or its
        standalone rewrite in a conversation; bridged to English) the retrieval confidence, the extractive answer it
        yields and whether that answer answers."""
        known = self._known_terms(turn)
        has_context = any(t["role"] == "buyer" for t in turn.history)
        concepts = concepts_asked(turn.question) + (concepts_asked(bridged) if bridged else ())
        concepts = tuple(dict.fromkeys(concepts))
        kinds = tuple(dict.fromkeys(answer_types(turn.question) + (answer_types(bridged) if bridged else [])))
        document = self._quote_documents.get(int(turn.quote.id or 0))
        wordings = []
        for text, across in ((standalone, False), (bridged, True)):
            if text is None:
                continue
            pool = _quote_first(text, candidates, document)
            similarity = await self._unit_similarity(pool, query_vector)
            unit_meaning: dict[str, float] = {}
            # The meaning-based reading goes to one wording: the English bridge when there is one (its words are
            # then checked against the English passages), the question as asked otherwise.
            if multilingual is not None and question_vector is not None and (across or bridged is None):
                # Sentences are also chosen by meaning (USE): a non-English question shares few words with an
                # English document ("Wie lange gilt die Garantie?" finds "Warranty: 2 years", its coverage read by
                # meaning too); a long English question with a story first is matched on what it asks.
                units = answer_unit_texts(pool, max_passages=self._settings.answering.extractive_passages)
                unit_meaning = await self._unit_meaning(units, pool, question_vector)
                similarity = _best_of(similarity, unit_meaning)
            score, signals = confidence(
                text, candidates, self._policy, known_terms=known, multilingual_dense=multilingual,
                multilingual_coverage=max(unit_meaning.values()) if unit_meaning and language != "en" else None)
            if multilingual is not None:
                signals["multilingual_dense"] = round(multilingual, 4)
            answer = extractive_answer(text, pool, language=language, similarity=similarity,
                                       max_passages=self._settings.answering.extractive_passages)
            checks = check_answer(text, answer, asked_kinds=kinds, concepts=concepts)
            if concepts and answer is not None and not (checks.concept_named and checks.value_kind_held):
                # The best sentence does not state the commercial value asked about: the best one that does, if any
                # passage holds it (the guard then reads that one).
                stated = extractive_answer(
                    text, pool, language=language, similarity=similarity,
                    max_passages=self._settings.answering.extractive_passages,
                    accept=lambda unit: states_concept(text, unit, concepts=concepts, asked_kinds=kinds))
                stated_checks = check_answer(text, stated, asked_kinds=kinds, concepts=concepts)
                if stated is not None and stated_checks.concept_named and stated_checks.value_kind_held:
                    answer, checks = stated, stated_checks
            if unit_meaning and answer is not None:
                quoted = max((v for t, v in unit_meaning.items() if t.strip() and t.strip() in answer.text),
                             default=0.0)
                signals["quoted_meaning"] = round(quoted, 4)
                if not checks.subject_named and quoted >= self._policy.multilingual_subject_min:
                    # the quoted sentence means what was asked
                    checks = replace(checks, subject_named=True)
            if unit_meaning and answer is not None and not checks.row_chosen:
                cited = answer.citations[0]
                checks = replace(checks, row_chosen=row_chosen_by_meaning(
                    cited.text, cited.candidate.passage.text, {t.strip(): v for t, v in unit_meaning.items()},
                    margin=self._policy.multilingual_row_margin))
            options = competing_options(text, answer, pool, asked_kinds=kinds,
                                        max_passages=self._settings.answering.extractive_passages)
            if not options and document is not None and not across:
                options = quote_item_options(text, document.passages, asked_kinds=kinds, language=language)
            wordings.append(Wording(options=options,
                text=text, confidence=score, signals=signals, answer=answer, subject_named=checks.subject_named,
                value_kind_held=checks.value_kind_held, concept_named=checks.concept_named,
                row_chosen=checks.row_chosen, crosslingual=across))
        return Evidence(
            intents=intents, language=language, has_context=has_context,
            pronoun_without_subject=is_underspecified(turn.question, has_context=has_context),
            asked_kinds=kinds, commercial_concepts=concepts, wordings=tuple(wordings),
        )

    async def _retrieve(self, turn: _Turn, latencies: dict[str, float], bridged: str | None = None, *,
                        meaning_vector: list[float] | None = None,
                        language: str = "en") -> tuple[list[ScoredPassage], list[float], str]:
        """Candidates (fused, reranked when configured), the query vector, and the standalone wording of the
        question (a follow-up rewritten with its conversation; the question itself otherwise). ``meaning_vector``:
        the question's multilingual vector, whose nearest units rank a third list for the fusion (weighted by
        PolicyConfig: for a question not in English it replaces the English dense list)."""
        retrieval = self._settings.retrieval
        await self._ensure_quote_indexed(turn)
        generator = self._generator if self._settings.answering.mode == "generative" else None
        stage = time.perf_counter()
        query, how = await search_text(turn.question, turn.history, generator)
        standalone = query
        if how == "model":
            latencies["rewrite"] = _ms(stage)
        if bridged is not None:  # search with both: passages in the buyer's language or in English
            query = f"{query}\n{bridged}"
        stage = time.perf_counter()
        vector = (await asyncio.to_thread(self._embedder.embed, [query]))[0]
        latencies["embed"] = _ms(stage)
        stage = time.perf_counter()
        # BM25 also stems the question in its own language when the agent has documents in that language.
        languages = (language,) if language != "en" and language in self._source_languages(turn) else ()
        scope = SearchScope(agent_id=int(turn.agent.id or 0), source_ids=tuple(turn.source_ids),
                            quote_id=turn.quote.id, languages=languages)
        raw = await asyncio.to_thread(
            self._store.search, text=query, vector=vector, scope=scope,
            dense_limit=retrieval.dense_candidates, sparse_limit=retrieval.sparse_candidates,
        )
        weights = self._policy.english_fusion if language == "en" else self._policy.non_english_fusion
        if meaning_vector is not None and weights[2] > 0:
            raw = raw + await self._by_meaning(turn, meaning_vector, limit=retrieval.dense_candidates)
        fused = reciprocal_rank_fusion(raw, k=retrieval.rrf_k, limit=retrieval.fused_candidates,
                                       weights=weights)
        latencies["search"] = _ms(stage)
        if self._reranker is not None and fused:
            stage = time.perf_counter()
            scores = await asyncio.to_thread(self._reranker.rerank, turn.question, [c.passage.text for c in fused])
            for candidate, score in zip(fused, scores, strict=True):
                candidate.rerank_score = float(score)
            fused.sort(key=lambda c: -(c.rerank_score or 0.0))
            latencies["rerank"] = _ms(stage)
        return fused, vector, standalone

    async def _by_meaning(self, turn: _Turn, vector: list[float], *, limit: int) -> list[ScoredPassage]:
        """The passages of the quote and the agent's ready sources nearest the question by multilingual meaning,
        ranked; a document not indexed yet (warm-up still running) is indexed now."""
        keys: list[tuple[str, int, str]] = []
        for source_id, sha in turn.source_hashes.items():
            key = ("source", int(source_id), sha)
            if not self._meaning.has(key):
                passages = await asyncio.to_thread(self._store.document_passages, doc_kind="source",
                                                   doc_id=int(source_id))
                await asyncio.to_thread(self._meaning.add, key, passages)
            keys.append(key)
        quote_id = int(turn.quote.id or 0)
        document = self._quote_documents.get(quote_id)
        if document is not None:
            key = ("quote", quote_id, document.sha256)
            if not self._meaning.has(key):
                await asyncio.to_thread(self._meaning.add, key, document.passages)
            keys.append(key)
        found = await asyncio.to_thread(self._meaning.search, vector, keys, limit=limit)
        return [ScoredPassage(passage, meaning_rank=rank, meaning_score=score)
                for rank, (passage, score) in enumerate(found, start=1)]

    async def _ensure_quote_indexed(self, turn: _Turn) -> QuoteDocument:
        """The quote's passages are in the vector store for its current content (re-indexed when it changes)."""
        document = quote_document(quote=turn.quote, items=self._items(turn.quote), owner=turn.owner,
                                  agent_id=int(turn.agent.id or 0))
        quote_id = int(turn.quote.id or 0)
        async with self._quote_lock:
            if self._indexed_quotes.get(quote_id) != document.sha256:
                vectors = await asyncio.to_thread(self._embedder.embed, [p.text for p in document.passages])
                for passage, vector in zip(document.passages, vectors, strict=True):  # a quote passage is one unit
                    self._unit_vectors[passage.text] = vector
                await asyncio.to_thread(self._store.replace_document, doc_kind="quote", doc_id=quote_id,
                                        passages=document.passages, vectors=vectors)
                self._indexed_quotes[quote_id] = document.sha256
                self._quote_documents[quote_id] = document
                self._vocabulary[("quote", document.sha256)] = {stem(w) for w in words(document.text)}
        return document

    def _known_terms(self, turn: _Turn) -> set[str]:
        """Stemmed vocabulary of the agent's ready sources and the quote (cached per content hash)."""
        known: set[str] = set(self._vocabulary.get(("quote", self._indexed_quotes.get(int(turn.quote.id or 0), "")),
                                                   set()))
        for source_id, sha in turn.source_hashes.items():
            self._read_source(source_id, sha)
            known |= self._vocabulary[("source", sha)]
        return known

    def _read_source(self, source_id: int, sha: str) -> None:
        """Read a source's text once per content hash: its stemmed vocabulary and its language."""
        if ("source", sha) in self._vocabulary and sha in self._document_languages:
            return
        with Session(self._engine) as session:
            source = session.get(KnowledgeSource, source_id)
            text = source.canonical_text if source is not None else ""
        self._vocabulary[("source", sha)] = {stem(w) for w in words(text)}
        self._document_languages[sha] = document_language(text[:4000])

    def _source_languages(self, turn: _Turn) -> set[str]:
        """The languages of the agent's ready sources (each read once per content hash, from its first 4000
        characters)."""
        languages: set[str] = set()
        for source_id, sha in turn.source_hashes.items():
            self._read_source(source_id, sha)
            languages.add(self._document_languages[sha])
        return languages

    def _items(self, quote: Quote) -> list:  # type: ignore[type-arg]
        with Session(self._engine) as session:
            return line_items(session=session, quote_id=int(quote.id or 0))

    # --- loading and persisting -----------------------------------------------------------------------------

    def _stored_reply(self, buyer_message_id: int) -> Message | None:
        with Session(self._engine) as session:
            decision = session.exec(select(Decision).where(Decision.buyer_message_id == buyer_message_id)).first()
            if decision is None or decision.agent_message_id is None:
                return None
            return session.get(Message, decision.agent_message_id)

    def _load_turn(self, conversation_id: int, buyer_message_id: int, *, preview: bool = False) -> _Turn | None:
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
            return _Turn(
                conversation_id=conversation_id, buyer_message_id=buyer_message_id, question=message.text,
                history=history, quote=quote, agent=agent, owner=session.get(User, quote.owner_id),
                source_ids=source_ids, source_hashes=source_hashes,
            )

    def _handoff(self, turn: _Turn, language: str) -> tuple[str, bool]:
        """Where the handoff goes (availability now) and what the buyer is told; `_persist` records it."""
        with Session(self._engine) as session:
            turn.handoff = plan_handoff(
                session=session, agent=turn.agent, quote=turn.quote, now=utcnow(), language=language,
                presence_timeout=timedelta(seconds=self._settings.inbox.presence_timeout_seconds))
        return turn.handoff.buyer_message, turn.handoff.ask_email

    def _persist(
        self, turn: _Turn, policy: PolicyDecision, text: str, composed: ComposedReply | None,
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
        self, turn: _Turn, policy: PolicyDecision, text: str, composed: ComposedReply | None,
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
                hashes[key] = self._indexed_quotes.get(key[1], "")
        return hashes

    def _prompt(self, turn: _Turn, candidates: list[ScoredPassage], language: str) -> Prompt:
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


_ABOUT_THE_QUOTE = re.compile(
    r"\b(?:quote|quotation|offer|proposal|this order|our order|line items?|(?:this|our|the quoted) prices?)\b", re.I)


def _quote_first(question: str, candidates: list[ScoredPassage],
                 document: QuoteDocument | None) -> list[ScoredPassage]:
    """A question about the quote itself is answered from the quote's passages when retrieval found any; a question
    about the price or discount of something the quote lists is answered from that line item first (this quote's
    figures are the ones that apply to this buyer, whatever a price list says)."""
    about_the_quote = bool(_ABOUT_THE_QUOTE.search(question))
    if about_the_quote:
        candidates = sorted(candidates, key=lambda c: c.passage.doc_kind != "quote")
    items = named_line_items(question, document.passages, any_kind=about_the_quote) if document is not None else []
    if not items:
        return candidates
    found = {c.passage.id: c for c in candidates}
    chosen = [found.get(p.id) or ScoredPassage(p) for p in items]
    return chosen + [c for c in candidates if c.passage.id not in {p.id for p in items}]


def named_line_items(question: str, passages: list[Passage], *, limit: int = 2,
                      any_kind: bool = False) -> list[Passage]:
    """The quote's line items a price or discount question names (by a word of the item's name), best match first;
    ``any_kind``: the question is about the quote, so a quantity question ("how many X in the quote") counts too."""
    kinds = {"money", "percent", "count"} if any_kind else {"money", "percent"}
    if not kinds & set(answer_types(question)):
        return []
    asked = set(content_terms(question))
    matches = []
    for passage in passages:
        if len(passage.heading_path) < 3 or passage.heading_path[1] != LINE_ITEMS_HEADING:
            continue
        shared = asked & set(content_terms(passage.heading_path[-1]))
        if shared:
            matches.append((len(shared), passage))
    matches.sort(key=lambda pair: -pair[0])
    return [passage for _, passage in matches[:limit]]


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


def _best_of(similarity, meaning: dict[str, float]):  # type: ignore[no-untyped-def]
    """A unit's similarity to the question: the better of the English embedder's and the multilingual one's."""
    return lambda text: max(similarity(text), meaning.get(text, 0.0))


def _chunks(text: str) -> list[str]:
    parts = text.split(" ")
    return [" ".join(parts[i:i + STREAM_CHUNK_WORDS]) + (" " if i + STREAM_CHUNK_WORDS < len(parts) else "")
            for i in range(0, len(parts), STREAM_CHUNK_WORDS)]


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 2)
