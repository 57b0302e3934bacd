"""What a follow-up question names when the question reads several ways: the options of one wording's answer, found
by the first of these that finds any (each a pure function of the question, the passages and the quote):
1. the seller's listed alternatives for one more of a thing (found by the gatherer: an async search);
2. readings of the best passages: units saying the same thing of different things with different values
   (`ambiguity.competing_options`), unless the answer was chosen as the response time asked;
3. the quote's line items the asked figure differs between (`quote_item_options`), not for a sum or a payment stage,
   and in another language only for a price or a discount (read in the English bridge);
4. the quote's models of the asked thing with different values in the knowledge (`quote_model_options`);
5. the columns of a table stating the value per thing (`column_options`), the header read from an earlier passage
   when the quoted row starts mid-table;
6. the same row label in other sections of the quoted document (`section_row_options`);
7. the columns of a table stating the measure asked, when the quoted text holds none;
8. a kind of thing the quote holds several of, asked by a short question naming none (`quote_kind_options`);
9. the quoted devices a list gives each its own value (`quoted_item_options`).
No options when the question asks about each of them or names one, or when the only option the quote lists is the
one the answer is about. Returns the options and where they came from (a name in `askback.OPTION_SOURCES`).
"""

from __future__ import annotations

from dataclasses import dataclass

from appliance.answering.ambiguity import (
    column_options,
    competing_options,
    names_one_option,
    quote_item_options,
    quote_kind_options,
    starts_mid_table,
)
from appliance.answering.compose import ComposedReply
from appliance.answering.quote_models import only_listed_option
from appliance.answering.quote_passages import QuoteDocument
from appliance.answering.quoted_items import quoted_item_options
from appliance.answering.section_rows import section_row_options
from appliance.answering.text import asks_of_each
from appliance.retrieval.contracts import Passage, ScoredPassage


@dataclass(frozen=True)
class OptionEvidence:
    """What the options of one wording's answer are read from."""

    question: str  # as asked
    wording: str  # the wording answered (as asked, its standalone rewrite, or its English bridge)
    answer: ComposedReply | None
    pool: list[ScoredPassage]
    asked_kinds: tuple[str, ...]
    concepts: tuple[str, ...]
    language: str
    across: bool  # the wording is the English bridge of a question in another language
    money_in_headers: bool  # a price list's header currency prices what the quote does not list
    max_passages: int
    siblings: list[ScoredPassage]  # the quoted passage's section
    cited_document: list[Passage]  # every passage of the quoted document
    document: QuoteDocument | None  # the quote
    items: list[tuple[str, str | None]]  # the quote's line items (name, SKU)
    models: tuple[str, ...]  # the quote's models of the asked thing with different values
    measure_options: tuple[str, ...]  # a table's columns stating the measure asked
    asks_sum: bool  # a sum or a payment stage the quote computes is asked
    asks_line_figures: bool  # a quote line's own figures are asked
    responded: bool  # the answer was chosen as the response time asked
    value_kind_held: bool  # the quoted text holds the kind of value asked


def follow_up_options(evidence: OptionEvidence, alternatives: tuple[str, ...] = ()) -> tuple[tuple[str, ...], str]:
    """The options a follow-up question would name, and where they came from (see the module docstring)."""
    e = evidence
    options = alternatives or (() if e.responded else competing_options(
        e.wording, e.answer, e.pool, asked_kinds=e.asked_kinds, max_passages=e.max_passages, siblings=e.siblings,
        language=e.language, money_in_headers=e.money_in_headers))
    source = "listed" if alternatives else "readings"
    if not options and e.document is not None and not e.asks_sum and (
            not e.across or "money" in e.asked_kinds or "discount" in e.concepts):
        # a price or a discount asked in another language is read in its English bridge ("Qual é o preço do
        # forno?": "what is price oven"); another share or a count is of no item there ("availability" bridged from
        # "Verfügbarkeit")
        options = quote_item_options(e.wording, e.document.passages, asked_kinds=e.asked_kinds, language=e.language)
        source = "quote_items"
    if not options and not e.asks_sum:
        options = e.models
        source = "models"
    if not options:
        options = column_options(e.wording, e.answer, e.pool)
        source = "columns"
        if not options and starts_mid_table(e.answer):  # the table's header is in an earlier passage
            options = column_options(e.wording, e.answer, e.siblings)
    if not options and not e.responded:
        # the same row label in other sections of the quoted document (one datasheet section per product)
        options = section_row_options(e.wording, e.answer, e.cited_document)
        source = "section_rows"
    if not options and not e.value_kind_held:
        options = e.measure_options
        source = "measures"
    if not options and e.document is not None and not (e.asks_sum or e.asks_line_figures):
        # a short question about a kind of thing the quote holds several of ("the oven", two ovens quoted)
        options = quote_kind_options(e.question, e.wording, e.document.passages, language=e.language)
        source = "quote_kinds"
    if not options and e.answer is not None and e.answer.citations[0].candidate.passage.doc_kind != "quote" \
            and not (e.asks_sum or e.asks_line_figures):
        # "How long's the warranty?" answered by a list giving each of the quoted devices its own
        options = quoted_item_options(e.question, e.wording, e.items, e.answer.quoted, asked_kinds=e.asked_kinds,
                                      english=e.language == "en")
        source = "quoted_items"
    if asks_of_each(e.question) or names_one_option((e.question, e.wording), options):
        # "each of the passenger lifts": every reading is asked for; "the 80mm surfacing": one was chosen
        options = ()
    if e.answer is not None and e.document is not None and not alternatives and only_listed_option(
            options, e.items, e.answer.quoted):
        options = ()
    return options, source
