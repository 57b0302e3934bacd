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
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from appliance.answering.ambiguity import (
    column_options,
    competing_options,
    starts_mid_table,
    table_header,
)
from appliance.answering.answer_types import (
    MEASURE_KINDS,
    MEASURE_QUERY_WORDS,
    answer_types,
    holds_answer_type,
    response_patterns,
)
from appliance.answering.answerability import packaged_model, pair_features
from appliance.answering.askback import OPTION_SOURCES
from appliance.answering.commercial import asks_a_price, asks_yes_or_no, concepts_asked
from appliance.answering.compose import ComposedReply, answer_unit_texts, extractive_answer, under_header
from appliance.answering.decision import Evidence, Wording
from appliance.answering.follow_up_options import OptionEvidence, follow_up_options
from appliance.answering.intent import IntentClassifier, handoff_mass, packaged_classifier
from appliance.answering.intent.alternatives import proposes_alternative
from appliance.answering.intent.frames import framed_question
from appliance.answering.knowledge_vocabulary import KnowledgeVocabulary
from appliance.answering.meaning_index import MeaningIndex
from appliance.answering.policy import confidence, is_underspecified
from appliance.answering.policy_config import PolicyConfig
from appliance.answering.quote_models import (
    asks_all_models,
    line_items_of,
    model_search_words,
    quote_model_options,
    same_thing_heads,
)
from appliance.answering.quote_passages import QuoteDocument, quote_document
from appliance.answering.quote_restated import restates_line
from appliance.answering.quote_pool import (
    ABOUT_THE_QUOTE,
    answers_instead_of_line,
    asks_one_more,
    is_group,
    is_line_item,
    is_payment_stages,
    is_total,
    line_states_instead,
    named_line_items,
    names_more,
    replaces_line,
    weak_line,
    worded_as_sum,
)
from appliance.answering.readings import asked_values, reading_labels
from appliance.answering.rewrite import search_text
from appliance.answering.scope import load_word_frequencies, name_known, unknown_extras
from appliance.answering.support import (
    SHARE_ASKED,
    AnswerChecks,
    check_answer,
    read_with_header_units,
    row_chosen_by_meaning,
    row_chosen_by_unit,
    row_options,
    rows_agree,
    states_asked_unit,
    states_concept,
)
from appliance.answering.text import asked_names
from appliance.answering.units import asked_units, states_unit
from appliance.answering.wording_pool import wording_pool
from appliance.domain.accounts import User
from appliance.domain.agents import Agent
from appliance.domain.handoff import HandoffOutcome
from appliance.domain.knowledge import KnowledgeSource, SourceStatus
from appliance.domain.quotes import Quote, line_items
from appliance.inference.contracts import Generator
from appliance.retrieval.contracts import Embedder, Passage, Reranker, ScoredPassage, SearchScope, VectorStore
from appliance.retrieval.fusion import reciprocal_rank_fusion
from appliance.settings import Settings

UNIT_CACHE_SIZE = 20_000
PASSAGE_VECTORS_CACHED = 256  # a quoted passage's word vectors: (words, 384) floats each, ~100 KB for 60 words
EMBED_BATCH = 64


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


def _same_section(answer: ComposedReply | None, document: list[Passage]) -> list[ScoredPassage]:
    """The other passages of the quoted passage's document and section (``document``: its document's passages)."""
    cited = answer.citations[0].candidate.passage if answer is not None and answer.citations else None
    return [ScoredPassage(p) for p in document
            if cited is not None and p.heading_path == cited.heading_path and p.id != cited.id]


class EvidenceGatherer:
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

    async def _unit_similarity(self, pool: list[ScoredPassage], query_vector: list[float]):  # type: ignore[no-untyped-def]
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
        known = self.known_terms(turn)
        # the product codes asked about ("Solo S1", "ULT-700"): the wording whose answer names them is preferred
        codes = [name for name in asked_names(turn.question, capitalised=False) if any(c.isdigit() for c in name)]
        unknown_names = tuple(name for name in asked_names(turn.question, capitalised=language != "de")
                              if not name_known(name, known))
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
        wordings = []
        figure: ComposedReply | None = None  # a sum the quote computes: its totals, or the similar lines named
        terms: ComposedReply | None = None  # the quote's payment terms, for a question on how it is paid
        for text, across in ((standalone, False), (bridged, True)):
            if text is None:
                continue
            chosen = wording_pool(text, candidates, document, kinds=kinds, concepts=concepts, measured=measured,
                                  measures_in=measures_in, english=language == "en")
            pool, not_asked, figures = chosen.pool, chosen.not_asked, chosen.figures
            sums, stage, schedule = chosen.sums, chosen.stage, chosen.schedule
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
            passages = self._settings.answering.extractive_passages
            # a thing the quote lists is priced by its line; a price list's header currency prices anything else
            # read in English when bridged: the quote names its items in English ("vriezer" is its "freezer")
            named = named_line_items(bridged or text, document.passages, kinds=kinds) if document is not None else []
            named = [p for p in named if p.id not in not_asked]  # not a line whose figures are not what is asked
            listed = bool(named)

            def best_answer(accept=None, depth=passages, all_rows=False):  # type: ignore[no-untyped-def]
                found = extractive_answer(text, pool, language=language, similarity=similarity,
                                          max_passages=depth, accept=accept, all_rows=all_rows)
                return found, check_answer(text, found, asked_kinds=kinds, concepts=concepts,
                                           money_in_headers=not listed)

            answer, checks = best_answer()
            if listed and answer is not None and not is_line_item(answer.citations[0].candidate.passage) \
                    and names_more(bridged or text, answer, named):
                # the quoted row names more of what was asked than the quote lines the question names ("the barn
                # doors for the LED par lights" beside the lights' line): the quote does not list that thing
                listed = False
                checks = check_answer(text, answer, asked_kinds=kinds, concepts=concepts, money_in_headers=True)
            elif listed and answer is not None and not is_line_item(answer.citations[0].candidate.passage) \
                    and ((bridged is not None and not across)
                         or (line_states_instead(named, answer, kinds)
                             and answer.citations[0].candidate.passage.doc_kind != "quote")):
                # the question as asked, not in English, names a quote line only through its bridge ("vriezer"):
                # its pool did not put the line first, and a row naming no more of what was asked does not price it;
                # nor does a knowledge row naming no more, and stating no value of the kind asked, than a line stating
                # one ("what do we pay per robot once the discount is applied?": its line, not a price list's notes on
                # other items' discount rates; the quote's own sums and terms stay)
                answer = extractive_answer(text, [ScoredPassage(p) for p in named], language=language,
                                           similarity=similarity, max_passages=passages)
                checks = check_answer(text, answer, asked_kinds=kinds, concepts=concepts)
            checks = await self._checked_under_header(text, answer, checks, asked_kinds=kinds, concepts=concepts,
                                                      money_in_headers=not listed)
            chosen_by = (None, passages)  # how the quoted answer was chosen: what it was accepted by, how deep
            if concepts and answer is not None and not (checks.concept_named and checks.value_kind_held):
                # The best sentence does not state the commercial value asked about: the best one that does, if any
                # passage holds it (the guard then reads that one).
                stated, stated_checks = best_answer(
                    lambda unit: states_concept(text, unit, concepts=concepts, asked_kinds=kinds))
                if stated is not None and stated_checks.concept_named and stated_checks.value_kind_held:
                    answer, checks = stated, stated_checks
                    chosen_by = (lambda unit: states_concept(text, unit, concepts=concepts, asked_kinds=kinds),
                                 passages)
            if answer is not None and kinds and is_line_item(answer.citations[0].candidate.passage) \
                    and not ABOUT_THE_QUOTE.search(text):
                # a quote line naming the question's item only in part ("a pack of spare pinsetter strings" beside
                # the pinsetter's line): a passage of the knowledge naming more of it, stating a value of the kind
                # asked (a price list's header currency prices it: the quote does not list that thing) and read by
                # the answerability model as answering, is what was asked about
                line_answers = await self._answerability(text, answer, quote_line=True) \
                    if language == "en" and not across else None
                if line_answers is not None:
                    signals["line_answerability"] = line_answers
                other, other_checks = await self._knowledge_answer(
                    text, pool, similarity, kinds, concepts, language, line=answer.citations[0].candidate.passage,
                    line_answerability=line_answers)
                if other is not None:
                    answer, checks, listed = other, other_checks, False
            measure_options: tuple[str, ...] = ()  # the columns of a table stating the measure asked, per thing

            def holds(unit: str) -> bool:  # a value of the measured kind, or in the unit the question asks in
                # a row's cells with their header's units (the unit comes with its headings after its last cell)
                rows = "\n".join(line[:line.rfind("|") + 1] if line.lstrip().startswith("|") else line
                                 for line in unit.splitlines())
                read = unit + "\n" + read_with_header_units(rows)
                return any(holds_answer_type(read, k) for k in measured) or bool(measures_in) and states_unit(
                    read, measures_in)

            if not concepts and answer is not None and (measured and not checks.value_kind_held or measures_in
                                                        and not holds(answer.quoted)):
                # "How fast does someone respond?" answered by a sentence without a duration, "Welche Absicherung in
                # Ampere…" by a row without amperes: the best sentence that holds one and names the subject, if
                # there is one (else the first choice stays). Durations, physical measures and named units only:
                # "when" (a date) is as often a conjunction, and an amount is read from many kinds of sentence. A
                # unit alone chooses a row of the table already quoted (the fuse row), never another passage's
                # figure of the same measure (a site survey's goods lift "in kg" for a refrigerant charge in grams).
                table = [] if measured else [answer.citations[0].candidate.passage.text] + [
                    c.passage.text for c in await self._table_siblings(answer)]  # read only when a unit alone asks
                # a measure is searched for deeper in the pool: a datasheet row ranks below a long story's words
                holding = (lambda unit: holds(unit) and (bool(measured) or any(unit in text for text in table)),
                           2 * passages if measured else passages)
                held, held_checks = best_answer(*holding)
                if held is not None and not held_checks.subject_named and starts_mid_table(held):
                    # a row of a long table split between passages names its subject in the header row only
                    # ("| Weight, empty | 340 kg | 290 kg |" under "| Parameter | ULT-700 | ULT-500 |")
                    header = table_header(held, await self._table_siblings(held))
                    if header is not None:
                        held_checks = check_answer(text, under_header(text, held, header), asked_kinds=kinds,
                                                   concepts=concepts, money_in_headers=not listed)
                if held is not None and held_checks.subject_named and (held_checks.value_kind_held or not measured):
                    answer, checks, chosen_by = held, held_checks, holding
                elif held is not None and measures:
                    # a table states the measure for several things, none named by the question ("How heavy is
                    # the oven?" over three ovens' weights): which one is asked
                    measure_options = column_options(text, held, await self._table_siblings(held) or pool)
            responded = False  # the answer was chosen as the response time asked
            if answer is not None:
                # "How quickly does an engineer come out?" answered by a lead time or a concrete's curing time: the
                # row or sentence stating a response time (on site when someone is to come, and also instead of a
                # remote one), deeper in the pool (a service plan's table ranks below an installation guide that
                # names engineers)
                for stated in response_patterns(text, answer.quoted):
                    accepted = chosen_by[0]  # and what chose the answer so far (it states the concept asked)
                    responding = (lambda unit, stated=stated, accepted=accepted: bool(stated.search(unit))
                                  and holds_answer_type(unit, "duration") and (accepted is None or accepted(unit)),
                                  2 * passages)
                    found, found_checks = best_answer(*responding)
                    if found is not None:  # the row stating the response time is the row asked
                        answer, checks, chosen_by = found, replace(found_checks, row_chosen=True), responding
                        responded = True
                        break
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
            if answer is not None and not checks.row_chosen and (measures_in or measures):
                # the one row stating the unit asked in, or the measure asked ("How heavy is the FH-20?" over a
                # table with one weight row, the models as columns)
                cited = answer.citations[0]
                checks = replace(checks, row_chosen=row_chosen_by_unit(
                    cited.text, cited.candidate.passage.text, lambda row: states_unit(row, measures_in)
                    or any(holds_answer_type(row, kind) for kind in measures)))
            if answer is not None and not checks.row_chosen and language == "en" and asks_all_models(
                    text, items, meant=meant):
                # "How loud are the compressors?" over a table of them: every row answers, none is to be chosen
                every, _ = best_answer(*chosen_by, all_rows=True)
                if every is not None and sum(line.lstrip().startswith("|") for line in every.quoted.splitlines()) > 2:
                    answer, checks = every, replace(checks, row_chosen=True)  # the header and two rows or more
            if answer is not None and not checks.row_chosen and rows_agree(
                    (turn.question, text), answer.citations[0].text, answer.citations[0].candidate.passage.text,
                    asked_kinds=kinds):
                checks = replace(checks, row_chosen=True)  # every row says the same in the column asked
            cited_document = await self._table_document(answer)  # read once: the siblings and the section rows
            siblings = _same_section(answer, cited_document)
            # "add another radio mic" (the quote's handheld mic line priced this order's mics, and is no answer to
            # another one's price): the seller lists a headset mic at another price, and the buyer did not say
            # which; those rows are the options, before any other reading of the passages
            alternatives = await self._listed_alternatives(text, pool, similarity, language) \
                if answer is not None and asks_one_more(text) and (
                    "money" in kinds or is_line_item(answer.citations[0].candidate.passage)) else ()
            signals["asked_values"] = float(asked_values(pool, asked_kinds=kinds, max_passages=passages))
            readings = reading_labels(pool, asked_kinds=kinds, max_passages=passages)
            options, source = follow_up_options(OptionEvidence(
                question=turn.question, wording=text, answer=answer, pool=pool, asked_kinds=kinds, concepts=concepts,
                language=language, across=across, money_in_headers=not listed, max_passages=passages,
                siblings=siblings, cited_document=cited_document, document=document, items=items, models=models,
                measure_options=measure_options, asks_sum=bool(sums or schedule), asks_line_figures=bool(figures),
                responded=responded, value_kind_held=checks.value_kind_held), alternatives)
            if language == "en" and not across and answer is not None:
                answerability = await self._answerability(text, answer)
                if answerability is not None:
                    signals["answerability"] = answerability
            if answer is not None and starts_mid_table(answer):
                # a row of a long table split between passages: quoted under the table's header row, so the buyer
                # reads which column is which (only the columns the question names, when it names some)
                header = table_header(answer, siblings)
                answer = under_header(text, answer, header) if header is not None else answer
            rows = row_options(answer.citations[0].text, answer.citations[0].candidate.passage.text) \
                if answer is not None and not checks.row_chosen else ()
            if figure is None and (sums or stage) and answer is not None and checks.concept_named \
                    and checks.value_kind_held and (is_group(answer.citations[0].candidate.passage)
                                                    or is_total(answer.citations[0].candidate.passage)
                                                    or is_payment_stages(answer.citations[0].candidate.passage)):
                figure = answer  # a figure the quote's own lines or terms compute
            if terms is None and schedule and not stage and answer is not None \
                    and is_payment_stages(answer.citations[0].candidate.passage):
                terms = answer  # how the quote is paid, in its own terms
            unit_stated = states_asked_unit(answer.quoted if answer is not None else None, measures_in)
            if not unit_stated and options != measure_options:
                # values competing with a quoted text that holds none in the unit asked ("the yearly consumption in
                # kWh" beside standby watts per model) are no readings of the value asked: whichever the buyer
                # chose, no passage states it
                options = ()
            said = " ".join([answer.quoted, *answer.citations[0].candidate.passage.heading_path]).lower() \
                if answer is not None and answer.citations else ""
            codes_named = all(re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", said) for code in codes)
            signals["options_source"] = float(OPTION_SOURCES.index(source) + 1) if options else 0.0
            # the figures are read on the question as asked: a bridge to English keeps no amounts
            restated = answer is not None and restates_line(
                turn.question, answer.citations[0].candidate.passage, concepts=concepts, kinds=kinds)
            wordings.append(Wording(options=options, row_options=rows, unit_stated=unit_stated, codes_named=codes_named,
                text=text, confidence=score, signals=signals, answer=answer, subject_named=checks.subject_named,
                value_kind_held=checks.value_kind_held, concept_named=checks.concept_named,
                row_chosen=checks.row_chosen, crosslingual=across, readings=readings, restates_figure=restated,
                line_without_value=answer is not None and bool(set(kinds) - {"percent"} or SHARE_ASKED.search(text))
                and not checks.value_kind_held and is_line_item(answer.citations[0].candidate.passage)))
        return Evidence(
            intents=intents, language=language, has_context=has_context,
            pronoun_without_subject=is_underspecified(turn.question, has_context=has_context),
            asked_kinds=kinds, commercial_concepts=concepts, wordings=tuple(wordings), unknown_names=unknown_names,
            unknown_extras=extras, asked_units=measures_in, quote_figure=figure,
            quote_terms=terms, question=turn.question, proposes_alternative=proposes_alternative(turn.question),
            asks_how_price_changes="price change" in concepts and not asks_yes_or_no(turn.question),
            asks_what_it_costs=asks_a_price(turn.question, concepts),
        )

    async def _checked_under_header(self, question: str, answer: ComposedReply | None, checks: AnswerChecks, *,
                                    asked_kinds: tuple[str, ...], concepts: tuple[str, ...],
                                    money_in_headers: bool) -> AnswerChecks:
        """``checks`` of ``answer``, or, for a row of a long table split between passages, the checks of the row
        read under its table's header row from an earlier passage: "| BW-AC-EXT6 | Bed-end extension kit | … | 74 |"
        states its price only under "List price (USD)" (without it, the quote line naming "kit" was taken as the
        passage stating the price asked)."""
        if answer is None or not starts_mid_table(answer):
            return checks
        header = table_header(answer, await self._table_siblings(answer))
        return check_answer(question, under_header(question, answer, header), asked_kinds=asked_kinds,
                            concepts=concepts, money_in_headers=money_in_headers) if header else checks

    async def _knowledge_answer(self, question: str, pool: list[ScoredPassage], similarity: Callable[[str], float],
                                kinds: tuple[str, ...], concepts: tuple[str, ...], language: str, *,
                                line: Passage, line_answerability: float | None = None,
                                ) -> tuple[ComposedReply | None, AnswerChecks]:
        """The best answer from the knowledge's passages alone (the quote's left out) when it may stand for the
        quote's ``line`` (`replaces_line`: it names more of what was asked, or the answerability model read the line
        as not answering), passes every check of its quoted text and `answers_instead_of_line` (a value of the first
        kind asked, or under a weak line the model reading it as a line must read); (None, its checks) otherwise."""
        knowledge = [c for c in pool if c.passage.doc_kind != "quote"]
        answer = extractive_answer(question, knowledge, language=language, similarity=similarity,
                                   max_passages=self._settings.answering.extractive_passages)
        checks = check_answer(question, answer, asked_kinds=kinds, concepts=concepts, money_in_headers=True)
        if answer is None or not replaces_line(question, answer, line, line_answerability=line_answerability,
                                               line_answerability_min=self._policy.line_answerability_min) \
                or not (checks.subject_named and checks.value_kind_held and checks.concept_named):
            return None, checks
        first_kind = any(holds_answer_type(text, kinds[0])
                         for text in (answer.quoted, read_with_header_units(answer.quoted)))
        # the model's forward pass is the cost: read only where its reading can take the answer
        readable = language == "en" and (first_kind or weak_line(line_answerability,
                                                                 self._policy.line_answerability_min))
        answerability = await self._answerability(question, answer) if readable else None
        if not answers_instead_of_line(first_kind_held=first_kind, answerability=answerability,
                                       line_answerability=line_answerability,
                                       answerability_min=self._policy.answerability_min,
                                       line_answerability_min=self._policy.line_answerability_min):
            return None, checks
        return answer, checks

    async def _listed_alternatives(self, question: str, pool: list[ScoredPassage],
                                   similarity: Callable[[str], float], language: str) -> tuple[str, ...]:
        """The knowledge's own readings of a price asked for one more of a thing on the quote: its price list's rows
        of that thing with different prices (`competing_options` over the knowledge's passages only); () when it
        lists one or none."""
        knowledge = [c for c in pool if c.passage.doc_kind != "quote"]
        passages = self._settings.answering.extractive_passages
        answer = extractive_answer(question, knowledge, language=language, similarity=similarity,
                                   max_passages=passages)
        siblings = _same_section(answer, await self._table_document(answer))
        # a price list's row prices in its header's currency ("| SND-WMIC-HS | … | 52 |" under "Day rate (GBP)"):
        # its figures are the values, read as for a value asked in English
        return competing_options(question, answer, knowledge, asked_kinds=(), max_passages=passages,
                                 siblings=siblings, language="en", all_quoted=True)

    async def _table_siblings(self, answer: ComposedReply | None) -> list[ScoredPassage]:
        """The passages of the document and section of a quoted table row (a long table is split between passages,
        and the search may rank only the quoted one high); [] for an answer that is no source's table row."""
        return _same_section(answer, await self._table_document(answer))

    async def _table_document(self, answer: ComposedReply | None) -> list[Passage]:
        """Every passage of the knowledge document a quoted table row is from; [] for an answer that is no source's
        table row."""
        if answer is None or not answer.citations or not any(
                line.lstrip().startswith("|") for line in answer.quoted.splitlines()):
            return []
        cited = answer.citations[0].candidate.passage
        if cited.doc_kind == "quote":
            return []
        return await asyncio.to_thread(self._store.document_passages, doc_kind=cited.doc_kind, doc_id=cited.doc_id)

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

    async def _answerability(self, question: str, answer: ComposedReply, *,
                             quote_line: bool = False) -> float | None:
        """The answerability model's probability that the quoted text answers ``question`` (English only: the word
        vectors are the English embedder's); None without a model fitted on this embedder's word vectors, an
        embedder that gives word vectors, or for a quote passage (its figures are checked by the commercial-statement
        guard and the quote arithmetic) unless ``quote_line`` asks it of a quote line (whether the line or the
        knowledge answers: `_knowledge_answer`)."""
        model = self._answerability_model
        word_vectors = getattr(self._embedder, "word_vectors", None)
        cited = answer.citations[0].candidate.passage if answer.citations else None
        if model is None or word_vectors is None or cited is None or cited.doc_kind == "quote" and not quote_line:
            return None
        # the model's forward pass is the cost (~40 ms for a question and a passage on two cores): a passage quoted
        # before is not read again
        passage_words = self._passage_word_vectors.get(answer.quoted)
        if passage_words is not None:
            [question_words] = await asyncio.to_thread(word_vectors, [question])
        else:
            question_words, passage_words = await asyncio.to_thread(word_vectors, [question, answer.quoted])
            self._passage_word_vectors[answer.quoted] = passage_words
            while len(self._passage_word_vectors) > PASSAGE_VECTORS_CACHED:
                self._passage_word_vectors.pop(next(iter(self._passage_word_vectors)))
        features = pair_features(question_words, passage_words)
        return None if features is None else round(model.probability(features), 4)

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


_BARE_HOW_MUCH = re.compile(r"\bhow much\b(?!\s+cost)", re.I)
def _best_of(similarity, meaning: dict[str, float]):  # type: ignore[no-untyped-def]
    """A unit's similarity to the question: the better of the English embedder's and the multilingual one's."""
    return lambda text: max(similarity(text), meaning.get(text, 0.0))


def elapsed_ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 2)
