"""Evidence for one buyer message: its intent, the passages retrieved for it, and for each wording of the question
the extractive answer it yields and whether that answer answers (everything `decision.decide` reads).

`EvidenceGatherer` holds what is built once and reused across questions: the answer units' vectors (MiniLM, cached
by text and kept in the vector store's unit collection), the multilingual meaning index of every answer unit, each
source's stemmed vocabulary and language (`knowledge_vocabulary.py`), and each quote's indexed document. The answer
pipeline (`pipeline.py`) loads a turn, asks this module for the evidence, decides, and carries the decision out.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import time
from dataclasses import dataclass

import numpy as np
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from appliance.answering.answer_types import MEASURE_KINDS, MEASURE_QUERY_WORDS, answer_types
from appliance.answering.answerability import packaged_model
from appliance.answering.commercial import asks_a_price, asks_yes_or_no, concepts_asked
from appliance.answering.compose import ComposedReply, answer_unit_texts
from appliance.answering.crosslingual import glossary
from appliance.answering.decision import Evidence
from appliance.answering.intent import IntentClassifier, handoff_mass, packaged_classifier
from appliance.answering.intent.alternatives import proposes_alternative
from appliance.answering.intent.frames import framed_question
from appliance.answering.knowledge_vocabulary import KnowledgeVocabulary
from appliance.answering.meaning_index import MeaningIndex
from appliance.answering.policy import is_underspecified
from appliance.answering.policy_config import PolicyConfig
from appliance.answering.quote_models import line_items_of, model_search_words, quote_model_options, same_thing_heads
from appliance.answering.quote_passages import QuoteDocument, quote_document
from appliance.answering.quote_pool import worded_as_sum
from appliance.answering.rewrite import search_text
from appliance.answering.scope import load_word_frequencies, name_known, unknown_extras
from appliance.answering.text import asked_names
from appliance.answering.units import asked_units
from appliance.answering.wording_evidence import QuestionReading, WordingEvidence
from appliance.domain.accounts import User
from appliance.domain.agents import Agent
from appliance.domain.handoff import HandoffOutcome
from appliance.domain.knowledge import KnowledgeSource, SourceStatus
from appliance.domain.quotes import Quote, line_items
from appliance.inference.contracts import Generator
from appliance.retrieval.contracts import Embedder, Reranker, ScoredPassage, SearchScope, VectorStore
from appliance.retrieval.fusion import reciprocal_rank_fusion
from appliance.settings import Settings

UNIT_CACHE_SIZE = 20_000
EMBED_BATCH = 64
# The bridge renders a bare quantity word (combien, cuánto, wie viel, quanto) as "how much" (`_read_question`)
_BARE_HOW_MUCH = re.compile(r"\bhow much\b(?!\s+cost)", re.I)


def unit_key(embedder_name: str, text: str) -> str:
    """The key of an answer unit's vector in the store: its embedder and its exact text."""
    return hashlib.sha256(f"{embedder_name}\0{text}".encode()).hexdigest()


@dataclass
class Turn:
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
    handoff: HandoffOutcome | None = None  # where a handoff goes (planned and recorded by the pipeline)


class EvidenceGatherer(WordingEvidence):
    def __init__(self, *, engine: Engine, settings: Settings, embedder: Embedder, store: VectorStore,
                 reranker: Reranker | None, generator: Generator | None, multilingual_embedder: Embedder,
                 policy: PolicyConfig) -> None:
        """``multilingual_embedder``: the one the intent classifier was fitted on (USE), also the meaning index's.
        ``generator``: rewrites a follow-up question into a standalone one in generative mode."""
        self._engine = engine
        self._settings = settings
        self._embedder = embedder
        self._store = store
        self._reranker = reranker
        self._generator = generator
        self._intent_embedder = multilingual_embedder
        self._intent_classifier: IntentClassifier = packaged_classifier()
        # fitted on one embedder's word vectors: with another (bge-m3 in production) it must be re-fitted first
        model = packaged_model()
        self._answerability_model = model if model is not None and model.embedder == getattr(
            embedder, "name", None) else None
        self._policy = policy
        self._indexed_quotes: dict[int, str] = {}
        self._quote_documents: dict[int, QuoteDocument] = {}
        self._unit_vectors: dict[str, list[float]] = {}
        self._multilingual_vectors: dict[str, list[float]] = {}  # passage text -> USE vector (non-English questions)
        self._word_vectors: dict[str, list[float]] = {}  # single word -> USE vector (`_same_thing`)
        # quoted text -> its words' contextual vectors (`_answerability`; the same passages answer many questions)
        self._passage_word_vectors: dict[str, tuple[list[str], np.ndarray]] = {}
        self._meaning = MeaningIndex(self._intent_embedder)  # every answer unit by meaning (the third fusion list)
        self._knowledge = KnowledgeVocabulary(engine=engine, multilingual_embedder=self._intent_embedder)
        self._quote_lock = asyncio.Lock()

    def quote_sha(self, quote_id: int) -> str:
        """The content hash of the quote document last indexed for this quote ("" when none was)."""
        return self._indexed_quotes.get(quote_id, "")

    async def warm_source(self, source_id: int) -> int:
        """Embed the answer units (sentences, list items, table rows) of a ready source's passages ahead of the first
        question, so answering never pays for them; returns how many were embedded. Bounded by the cache size."""
        passages = await asyncio.to_thread(self._store.document_passages, doc_kind="source", doc_id=source_id)
        texts = answer_unit_texts([ScoredPassage(p) for p in passages], max_passages=len(passages))
        embedded = await self._embed_units(texts, room_only=True)
        with Session(self._engine) as session:
            source = session.get(KnowledgeSource, source_id)
            sha = source.content_sha256 if source is not None else ""
            text = source.canonical_text if source is not None else ""
        await asyncio.to_thread(self._meaning.add, ("source", source_id, sha), passages)
        if sha:  # its words by meaning too, for questions in another language (`KnowledgeVocabulary.unknown_across`)
            await asyncio.to_thread(self._knowledge.remember_source, sha, text)
            await asyncio.to_thread(self._knowledge.embed_source_words, sha)
        return embedded

    async def warm_all(self) -> int:
        """`warm_source` for every ready source (at start-up, in the background)."""
        await asyncio.to_thread(load_word_frequencies)
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

    async def _unit_similarity(  # type: ignore[no-untyped-def]
            self, pool: list[ScoredPassage], query_vector: list[float]):
        """Cosine similarity of each answer unit to the question; unit vectors are cached by text."""
        texts = answer_unit_texts(pool, max_passages=self._settings.answering.extractive_passages)
        await self._embed_units(texts)
        scores = {t: sum(a * b for a, b in zip(self._unit_vectors[t], query_vector)) for t in texts}
        return lambda text: scores.get(text, 0.0)

    async def intents(self, question: str, latencies: dict[str, float]) -> tuple[dict[str, float], list[float]]:
        """The intent classifier's probabilities for the buyer's message, and its multilingual sentence vector."""
        stage = time.perf_counter()
        # "Could you confirm the warranty period on …?": what is asked, without the polite frame that opens most
        # requests for a change in the training data, is read too (one embedding call); the reading that needs a
        # person less is kept
        asked = framed_question(question)
        texts = [question] if asked is None else [question, asked]
        vectors = await asyncio.to_thread(self._intent_embedder.embed, texts)
        vector = vectors[0]
        probabilities = self._intent_classifier.probabilities(vector, question)
        if asked is not None:
            framed = self._intent_classifier.probabilities(vectors[1], asked)
            if handoff_mass(framed) < handoff_mass(probabilities):
                probabilities = framed
        latencies["intent"] = elapsed_ms(stage)
        return probabilities, vector

    async def multilingual_dense(self, question_vector: list[float], candidates: list[ScoredPassage]) -> float:
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

    async def gather(self, turn: Turn, language: str, intents: dict[str, float],
                     candidates: list[ScoredPassage], query_vector: list[float], bridged: str | None,
                     standalone: str, multilingual: float | None = None,
                     question_vector: list[float] | None = None) -> Evidence:
        """Every signal `decide` reads: the intents, and for each wording of the question (as asked, or its
        standalone rewrite in a conversation; bridged to English) the retrieval confidence, the extractive answer it
        yields and whether that answer answers."""
        asked = await self._read_question(turn, language, bridged, candidates)
        wordings = []
        figure: ComposedReply | None = None  # a sum the quote computes: its totals, or the similar lines named
        terms: ComposedReply | None = None  # the quote's payment terms, for a question on how it is paid
        for text, across in ((standalone, False), (bridged, True)):
            if text is None:
                continue
            wording, computed, paid = await self._read_wording(
                turn, language, asked, text, across, candidates=candidates, query_vector=query_vector,
                bridged=bridged, multilingual=multilingual, question_vector=question_vector)
            wordings.append(wording)
            figure = figure if figure is not None else computed
            terms = terms if terms is not None else paid
        return Evidence(
            intents=intents, language=language, has_context=asked.has_context,
            pronoun_without_subject=is_underspecified(turn.question, has_context=asked.has_context),
            asked_kinds=asked.kinds, commercial_concepts=asked.concepts, wordings=tuple(wordings),
            unknown_names=asked.unknown_names, unknown_extras=asked.extras, asked_units=asked.measures_in,
            quote_figure=figure,
            quote_terms=terms, question=turn.question, proposes_alternative=proposes_alternative(turn.question),
            asks_how_price_changes="price change" in asked.concepts and not asks_yes_or_no(turn.question),
            asks_what_it_costs=asks_a_price(turn.question, asked.concepts),
        )

    async def _read_question(self, turn: Turn, language: str, bridged: str | None,
                             candidates: list[ScoredPassage]) -> QuestionReading:
        """What the question asks, read once for all its wordings: the names and words the knowledge lacks, the
        commercial concepts, the kinds of value and the units asked, and the quote's items it may mean."""
        known = self.known_terms(turn)
        # the product codes asked about ("Solo S1", "ULT-700"): the wording whose answer names them is preferred
        codes = [name for name in asked_names(turn.question, capitalised=False) if any(c.isdigit() for c in name)]
        unknown_names = tuple(name for name in asked_names(turn.question, capitalised=language != "de")
                              if not name_known(name, known, glossary(language).get(name) if language != "en"
                                                else None))
        # Words are compared as written with a knowledge in the question's language, by meaning with one in another.
        quote_sha = self.quote_sha(int(turn.quote.id or 0))
        if language in self._knowledge.languages(turn.source_hashes):
            extras = unknown_extras(turn.question, language, known)
            if extras:  # "steepest" over a knowledge saying "steeper": another form of the word, by meaning
                extras = await asyncio.to_thread(self._knowledge.without_other_forms, extras, quote_sha,
                                                 turn.source_hashes)
        else:
            extras = await asyncio.to_thread(self._knowledge.unknown_across, turn.question, language, known,
                                             quote_sha, turn.source_hashes)
        has_context = any(t["role"] == "buyer" for t in turn.history)
        # The bridge renders a bare quantity word (combien, cuánto, wie viel, quanto) as "how much"; whether it asks a
        # price is decided by the question's own words ("combien coûte" is bridged as "how much cost").
        english = _BARE_HOW_MUCH.sub(" ", bridged) if bridged else None
        concepts = concepts_asked(turn.question) + (concepts_asked(english) if english else ())
        concepts = tuple(dict.fromkeys(concepts))
        kinds = tuple(dict.fromkeys(answer_types(turn.question) + (answer_types(english) if english else [])))
        if english and MEASURE_KINDS & set(kinds):
            # a measure asked in another language: a commercial word of its English bridge is a word it left as
            # written or rendered by its other sense ("la charge sur nos rails", "la carga del suelo": a load)
            concepts = concepts_asked(turn.question)
        if worded_as_sum(turn.question) or english and worded_as_sum(english):
            # a sum over the quote is computed from its figures ("assuming no indexation, what do the recurring
            # fees add up to?"): how a price may change is not what it asks
            concepts = tuple(c for c in concepts if c != "price change")
        measures_in = asked_units(turn.question)  # "in grams", "in kW"
        document = self._quote_documents.get(int(turn.quote.id or 0))
        # several models of the asked thing on the quote, with different values in the knowledge (read in English)
        reading = turn.question if language == "en" else bridged
        items = line_items_of(document.passages) if document is not None else []
        meant = await self._same_thing(reading, items) if reading else frozenset()
        models = quote_model_options(reading, items, candidates, asked_kinds=kinds, english=language == "en",
                                     meant=meant) if document is not None and reading else ()
        measures = [k for k in kinds if k in MEASURE_KINDS]  # a weight, a size, a power, a loudness, a speed
        measured = [k for k in kinds if k == "duration" or k in MEASURE_KINDS]
        return QuestionReading(
            known=known, codes=codes, unknown_names=unknown_names, extras=extras, has_context=has_context,
            concepts=concepts, kinds=kinds, measures_in=measures_in, document=document, items=items,
            meant=meant, models=models, measures=measures, measured=measured)


    async def _same_thing(self, question: str, items: list[tuple[str, str | None]]) -> frozenset[tuple[str, str]]:
        """The quote items' head nouns a word of the question means in other words (`same_thing_heads`); single
        words' multilingual vectors are cached."""
        if not items:
            return frozenset()

        def similarity(a: str, b: str) -> float:
            missing = [w for w in (a, b) if w not in self._word_vectors]
            if missing:
                self._word_vectors.update(zip(missing, self._intent_embedder.embed(missing), strict=True))
            return sum(x * y for x, y in zip(self._word_vectors[a], self._word_vectors[b]))

        found = await asyncio.to_thread(same_thing_heads, question, items, similarity)
        while len(self._word_vectors) > UNIT_CACHE_SIZE:
            self._word_vectors.pop(next(iter(self._word_vectors)))
        return found


    async def retrieve(self, turn: Turn, latencies: dict[str, float], bridged: str | None = None, *,
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
            latencies["rewrite"] = elapsed_ms(stage)
        if bridged is not None:  # search with both: passages in the buyer's language or in English
            query = f"{query}\n{bridged}"
        kinds = tuple(answer_types(bridged or turn.question))
        measures = [k for k in kinds if k in MEASURE_KINDS]
        if measures:  # "how heavy is the kiosk?" searches the datasheet's weight column too
            query = f"{query}\n" + " ".join(MEASURE_QUERY_WORDS[k] for k in measures)
        document = self._quote_documents.get(int(turn.quote.id or 0))
        if document is not None:  # "the compressor" with two on the quote: each model's row is searched too
            items = line_items_of(document.passages)
            meant = await self._same_thing(bridged or turn.question, items) if any(
                k == "duration" or k in MEASURE_KINDS for k in kinds) else frozenset()
            codes = model_search_words(bridged or turn.question, items, asked_kinds=kinds,
                                       english=language == "en", meant=meant)
            query = f"{query}\n{codes}" if codes else query
        stage = time.perf_counter()
        vector = (await asyncio.to_thread(self._embedder.embed, [query]))[0]
        latencies["embed"] = elapsed_ms(stage)
        stage = time.perf_counter()
        # BM25 also stems the question in its own language when the agent has documents in that language.
        languages = (language,) if language != "en" and language in self._knowledge.languages(turn.source_hashes) \
            else ()
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
        latencies["search"] = elapsed_ms(stage)
        if self._reranker is not None and fused:
            stage = time.perf_counter()
            scores = await asyncio.to_thread(self._reranker.rerank, turn.question, [c.passage.text for c in fused])
            for candidate, score in zip(fused, scores, strict=True):
                candidate.rerank_score = float(score)
            fused.sort(key=lambda c: -(c.rerank_score or 0.0))
            latencies["rerank"] = elapsed_ms(stage)
        return fused, vector, standalone

    async def _by_meaning(self, turn: Turn, vector: list[float], *, limit: int) -> list[ScoredPassage]:
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

    async def _ensure_quote_indexed(self, turn: Turn) -> QuoteDocument:
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
                self._knowledge.remember_quote(document.sha256, document.text)
        return document

    def known_terms(self, turn: Turn) -> set[str]:
        """Stemmed vocabulary of the agent's ready sources and the quote (cached per content hash)."""
        return self._knowledge.known_terms(self.quote_sha(int(turn.quote.id or 0)), turn.source_hashes)

    def _items(self, quote: Quote) -> list:  # type: ignore[type-arg]
        with Session(self._engine) as session:
            return line_items(session=session, quote_id=int(quote.id or 0))


def elapsed_ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 2)
