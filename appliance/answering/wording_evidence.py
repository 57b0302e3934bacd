"""One wording of a buyer's question read against the passages it may be answered from: the extractive answer it
yields and whether that answer answers (the subject named, the kind of value asked held, the commercial concept
stated, the table row chosen), with the follow-up options the passages offer.

`WordingEvidence` is the part of `evidence.EvidenceGatherer` that reads one wording (as asked, or bridged to
English); the gatherer reads the question once (`QuestionReading`), then each wording here, and holds the caches and
models both use.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from appliance.answering.ambiguity import (
    column_options,
    competing_options,
    names_something,
    starts_mid_table,
    table_header,
)
from appliance.answering.answer_types import holds_answer_type, response_patterns
from appliance.answering.answerability import AnswerabilityModel, pair_features
from appliance.answering.askback import OPTION_SOURCES
from appliance.answering.compose import ComposedReply, answer_unit_texts, extractive_answer, under_header
from appliance.answering.decision import Wording
from appliance.answering.follow_up_options import OptionEvidence, follow_up_options
from appliance.answering.named_offers import names_given, naming, says_a_name
from appliance.answering.policy import confidence
from appliance.answering.policy_config import PolicyConfig
from appliance.answering.quote_models import asks_all_models
from appliance.answering.quote_passages import QuoteDocument
from appliance.answering.quote_restated import restates_line
from appliance.answering.quote_pool import (
    about_the_quote,
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
)
from appliance.answering.readings import asked_values, reading_labels
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
from appliance.answering.units import states_unit
from appliance.answering.wording_pool import wording_pool
from appliance.retrieval.contracts import Embedder, Passage, ScoredPassage, VectorStore
from appliance.settings import Settings

if TYPE_CHECKING:  # the gatherer imports this module
    from appliance.answering.evidence import Turn

PASSAGE_VECTORS_CACHED = 256  # a quoted passage's word vectors: (words, 384) floats each, ~100 KB for 60 words


@dataclass(frozen=True)
class QuestionReading:
    """What one question asks, read once for all its wordings (`EvidenceGatherer.gather`)."""

    known: set[str]  # the stemmed vocabulary of the agent's sources and the quote
    codes: list[str]  # the product codes asked about ("Solo S1", "ULT-700")
    unknown_names: tuple[str, ...]  # names and codes asked that no source nor the quote holds
    extras: tuple[str, ...]  # rare asked words no source nor the quote uses (`scope.py`)
    has_context: bool  # the buyer wrote before in this conversation
    concepts: tuple[str, ...]  # the commercial concepts asked (price, discount, liability...)
    kinds: tuple[str, ...]  # the kinds of value asked, most specific first
    measures_in: tuple[str, ...]  # the units a measure is asked in ("in grams")
    document: QuoteDocument | None  # the quote's indexed document
    items: list[tuple[str, str | None]]  # the quote's line items (name, SKU)
    meant: frozenset[tuple[str, str]]  # the items' head nouns a word of the question means in other words
    models: tuple[str, ...]  # several models of the asked thing on the quote, with different values
    measures: list[str]  # the physical measures asked (a weight, a size, a power...)
    measured: list[str]  # those and a duration


def _same_section(answer: ComposedReply | None, document: list[Passage]) -> list[ScoredPassage]:
    """The other passages of the quoted passage's document and section (``document``: its document's passages)."""
    cited = answer.citations[0].candidate.passage if answer is not None and answer.citations else None
    return [ScoredPassage(p) for p in document
            if cited is not None and p.heading_path == cited.heading_path and p.id != cited.id]


def _read_with_units(unit: str) -> str:
    """``unit``'s table rows read with their header's units; a unit's headings come after a row's last cell and are
    left out."""
    rows = "\n".join(row[:row.rfind("|") + 1] if row.lstrip().startswith("|") else row for row in unit.splitlines())
    return read_with_header_units(rows)


def _best_of(similarity, meaning: dict[str, float]):  # type: ignore[no-untyped-def]
    """A unit's similarity to the question: the better of the English embedder's and the multilingual one's."""
    return lambda text: max(similarity(text), meaning.get(text, 0.0))


class WordingEvidence:
    """Reads one wording of a question (`_read_wording`); mixed into `evidence.EvidenceGatherer`, which provides the
    state and the embedding lookups declared here."""

    _settings: Settings
    _policy: PolicyConfig
    _store: VectorStore
    _embedder: Embedder
    _answerability_model: AnswerabilityModel | None
    _passage_word_vectors: dict[str, tuple[list[str], np.ndarray]]
    # the unit similarities: by the English embedder (cached unit vectors), by multilingual meaning
    _unit_similarity: Callable[[list[ScoredPassage], list[float]], Awaitable[Callable[[str], float]]]
    _unit_meaning: Callable[[list[str], list[ScoredPassage], list[float]], Awaitable[dict[str, float]]]

    async def _read_wording(self, turn: Turn, language: str, asked: QuestionReading, text: str, across: bool, *,
                            candidates: list[ScoredPassage], query_vector: list[float], bridged: str | None,
                            multilingual: float | None, question_vector: list[float] | None,
                            ) -> tuple[Wording, ComposedReply | None, ComposedReply | None]:
        """One wording of the question (as asked, or bridged to English): its pool, retrieval confidence,
        extractive answer and that answer's checks; with the answer when it is a figure the quote computes (its
        totals, a group's subtotal, a payment stage) or its payment terms asked (else None for each)."""
        known, codes, concepts, kinds = asked.known, asked.codes, asked.concepts, asked.kinds
        measures_in, document, items, meant = asked.measures_in, asked.document, asked.items, asked.meant
        models, measures, measured = asked.models, asked.measures, asked.measured
        figure: ComposedReply | None = None
        terms: ComposedReply | None = None
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
                and not about_the_quote(text, kinds):
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
                line_answerability=line_answers, sources=tuple(turn.source_ids))
            if other is not None:
                answer, checks, listed = other, other_checks, False
        measure_options: tuple[str, ...] = ()  # the columns of a table stating the measure asked, per thing

        def holds(unit: str) -> bool:  # a value of the measured kind, or in the unit the question asks in
            read = unit + "\n" + _read_with_units(unit)  # a row's cells with their header's units
            return any(holds_answer_type(read, k) for k in measured) or bool(measures_in) and states_unit(
                read, measures_in)

        if not concepts and answer is not None and (measured and not checks.value_kind_held or measures_in
                                                    and not holds(answer.quoted)):
            # "How fast does someone respond?" answered by a sentence without a duration, "Welche Absicherung in
            # Ampere…" by a row without amperes: the best sentence that holds one and names the subject, if
            # there is one (for a physical measure, one naming nothing asked when it is the only one: below;
            # else the first choice stays). Durations, physical measures and named units only:
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
                if not measure_options and held_checks.value_kind_held and not checks.value_kind_held \
                        and not names_something(turn.question, language):
                    # the only passage stating the measure names none of the question's words ("¿Cuánto peso
                    # aguanta la barra de colgar?" over "Hanging rail: 25 kg"): the rules read it (the subject
                    # check asks back, or the ask-back model answers), not a first choice holding no such figure;
                    # unless the question names a model or a brand ("Combien pèse le kiosque TP-K ?"): a passage
                    # not naming it states another thing's figure (the slab's floor load)
                    answer, checks, chosen_by = held, held_checks, holding
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
        if (sums or stage) and answer is not None and checks.concept_named \
                and checks.value_kind_held and (is_group(answer.citations[0].candidate.passage)
                                                or is_total(answer.citations[0].candidate.passage)
                                                or is_payment_stages(answer.citations[0].candidate.passage)):
            figure = answer  # a figure the quote's own lines or terms compute
        if schedule and not stage and answer is not None \
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
        wording = Wording(
            options=options, row_options=rows, unit_stated=unit_stated, codes_named=codes_named, text=text,
            confidence=score, signals=signals, answer=answer, subject_named=checks.subject_named,
            value_kind_held=checks.value_kind_held, concept_named=checks.concept_named, row_chosen=checks.row_chosen,
            crosslingual=across, readings=readings, restates_figure=restated,
            line_without_value=answer is not None and bool(set(kinds) - {"percent"} or SHARE_ASKED.search(text))
            and not checks.value_kind_held and is_line_item(answer.citations[0].candidate.passage))
        return wording, figure, terms

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
                                sources: Sequence[int] = (),
                                ) -> tuple[ComposedReply | None, AnswerChecks]:
        """The best answer from the knowledge's passages alone (the quote's left out) when it may stand for the
        quote's ``line`` (`replaces_line`: it names more of what was asked, or the answerability model read the line
        as not answering), passes every check of its quoted text and `answers_instead_of_line` (a value of the first
        kind asked, or under a weak line the model reading it as a line must read); (None, its checks) otherwise.
        A price asked that the answering sentence does not state is read from the row pricing a name it gives
        (`_priced_by_name`: "the optional NightFill loader" and the price list's NightFill row)."""
        knowledge = [c for c in pool if c.passage.doc_kind != "quote"]
        answer = extractive_answer(question, knowledge, language=language, similarity=similarity,
                                   max_passages=self._settings.answering.extractive_passages)
        checks = check_answer(question, answer, asked_kinds=kinds, concepts=concepts, money_in_headers=True)
        if answer is not None and kinds[0] == "money" and checks.subject_named and not checks.value_kind_held \
                and replaces_line(question, answer, line, line_answerability=line_answerability,
                                  line_answerability_min=self._policy.line_answerability_min):
            # the sentence answering names the thing asked about ("the optional NightFill automatic loader") and
            # states no price: the row pricing that name is the answer
            priced = await self._priced_by_name(question, answer, line, sources, language, similarity)
            if priced is not None:  # the sentence giving the name named the subject asked about, and the
                answer = priced      # name chose the row
                checks = replace(check_answer(question, answer, asked_kinds=kinds, concepts=concepts,
                                              money_in_headers=True), subject_named=True, row_chosen=True)
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

    async def _priced_by_name(self, question: str, answer: ComposedReply, line: Passage, sources: Sequence[int],
                              language: str, similarity: Callable[[str], float]) -> ComposedReply | None:
        """The unit of the agent's sources that says a name ``answer`` gives (a coined product name, a code; not one
        the question or the quote's ``line`` says) and states an amount (in its table header's currency too), chosen
        as an answer to the question with those names; None when the answer gives no name or no unit prices one."""
        cited = answer.citations[0].candidate.passage
        names = names_given(answer.quoted, question, (line.text,))
        if not names:
            return None
        found = naming(await self._source_passages(sources), names, besides=cited)
        if not found:
            return None
        asked = f"{question} {' '.join(names)}"

        def priced(unit: str) -> bool:
            return says_a_name(unit, names) and any(holds_answer_type(text, "money")
                                                    for text in (unit, _read_with_units(unit)))

        return extractive_answer(asked, [ScoredPassage(p) for p in found], language=language, similarity=similarity,
                                 max_passages=len(found), accept=priced)

    async def _source_passages(self, sources: Sequence[int]) -> list[Passage]:
        """Every passage of the agent's knowledge sources ``sources``, in their order."""
        passages: list[Passage] = []
        for source_id in sources:
            passages += await asyncio.to_thread(self._store.document_passages, doc_kind="source",
                                                doc_id=int(source_id))
        return passages

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
