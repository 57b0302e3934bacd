"""Which of the quote's own passages answer a question, before any sentence is chosen.

A question about the quote itself reads the quote's passages first; a price or discount of something the quote lists
is read from that line item (this buyer's figure, whatever a price list says); a sum over the quote from its computed
totals, or from the subtotal of the similar lines it names (`quote_groups.py`); how the quote is paid, and the
amount of a payment stage ("the deposit in pounds"), from its payment terms with the amounts it computes from them
(`quote_payments.py`); a product's measure never from the quote's notes or terms. Pure functions of the question, the
retrieval candidates and the quote document.
"""

from __future__ import annotations

import re

from appliance.answering.answer_types import answer_types, holds_answer_type
from appliance.answering.compose import ComposedReply
from appliance.answering.quote_groups import GROUPS_HEADING, named_group
from appliance.answering.quote_models import line_items_of
from appliance.answering.quote_passages import (
    LINE_ITEMS_HEADING,
    PAYMENTS_HEADING,
    SUBTOTAL_LEAD,
    TOTALS_HEADINGS,
    QuoteDocument,
)
from appliance.answering.support import subject_terms
from appliance.answering.text import asked_terms, content_terms, normalise_figure, term_matches
from appliance.retrieval.contracts import Passage, ScoredPassage
from appliance.retrieval.lexical import stem, words

ABOUT_THE_QUOTE = re.compile(
    r"\b(?:quote|quotation|offer|proposal|this order|our order|line items?|(?:this|our|the quoted) prices?)\b", re.I)


# The sentences of a message; a question is the sentences ending in a question mark, when they say what they ask.
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
ASKED_WORDS_MIN = 4  # a shorter question ("How much?") asks about the sentences before it

# A clause of context naming the quote before an English wh-question ("With the batteries in the quote, how many
# minutes of autonomy …?", "We've got 22 kW wallboxes on the quote - so how long does a full charge take?"): the
# context is no question itself (no wh-word), nor a supposition about the quote ("If we split the whole quote …, what
# …?"), and the question follows a comma, a dash or a colon.
_CONTEXT_THEN_ASK = re.compile(
    r"^(?!\s*(?:if|when|suppose|assuming)\b)(?P<context>(?:(?!\b(?:how|what|which|when|where|who|why)\b)[^?])+?)"
    r"(?:,|\s[-–—:]\s|:)\s*(?:so\s+|and\s+|but\s+)?"
    r"(?P<ask>(?:how|what|which|when|where|who|why|roughly|approximately)\b.*)$", re.I | re.S)


def about_the_quote(question: str, kinds: tuple[str, ...] = ()) -> bool:
    """``question`` asks about the quote itself (its prices, lines, totals or terms): it names the quote, unless only
    in a sentence of context ("The quote doesn't include the chilled kit. If we wanted it added, what's the list
    price?" asks the price list) or in a clause of context before a question asking no amount nor share ("With the
    batteries in the quote, how many minutes of autonomy do we get?" asks the batteries' datasheet, not the quote;
    "The mesh decks on the quote — what do they cost each?" asks the quote)."""
    if not ABOUT_THE_QUOTE.search(question):
        return False
    sentences = _SENTENCES.split(question.strip())
    asked = [sentence for sentence in sentences if sentence.rstrip().endswith("?")]
    if len(sentences) > 1 and sum(len(sentence.split()) for sentence in asked) >= ASKED_WORDS_MIN \
            and not any(ABOUT_THE_QUOTE.search(sentence) for sentence in asked):
        return False  # the quote is named in a sentence of context, not in the question
    if {"money", "percent"} & set(kinds):
        return True
    split = _CONTEXT_THEN_ASK.match(question)
    return split is None or bool(ABOUT_THE_QUOTE.search(split.group("ask")))


def quote_first(question: str, candidates: list[ScoredPassage], document: QuoteDocument | None, *,
                 kinds: tuple[str, ...] | None = None, sums: bool = False,
                 payments: bool = False) -> list[ScoredPassage]:
    """A question about the quote itself is answered from the quote's passages when retrieval found any; a question
    about the price or discount of something the quote lists is answered from that line item first (this quote's
    figures are the ones that apply to this buyer, whatever a price list says); a sum over the quote (``sums``, read
    by `asks_quote_sum`) from the quote's computed totals alone; how the quote is paid or the amount of a stage
    (``payments``, read by `asks_payment_schedule` and `asks_stage_amount`) from its payment terms passage alone."""
    about = about_the_quote(question, kinds or ())
    if about:
        candidates = sorted(candidates, key=lambda c: c.passage.doc_kind != "quote")
    if document is None:
        return candidates
    if payments and document.payments is not None:
        return [ScoredPassage(document.payments)]
    if sums:  # answered from the computed sums alone: of the similar lines it names, else of the whole quote
        asked = _sum_subject(question)
        names = [name for name, _ in line_items_of(document.passages)]
        # a billing period ("the one-off part", "per year") is summed by the period totals, over every line of it
        group = named_group(asked, document.groups, names) if len(_named_lines(asked, document.passages)) >= 2 \
            and not _PERIODS.search(question) else None
        if group is not None:
            return [ScoredPassage(group.passage)]
        totals = [p for p in document.passages if is_total(p)]
        periods = [p for p in totals if p.heading_path[1] == TOTALS_HEADINGS[1]]
        chosen = periods if periods and _PERIODS.search(question) else [  # recurring and one-off
            p for p in totals if p.heading_path[1] == TOTALS_HEADINGS[0]]
        if chosen:
            found = {c.passage.id: c for c in candidates}
            return [found.get(p.id) or ScoredPassage(p) for p in chosen]
    items = named_line_items(question, document.passages, any_kind=about, kinds=kinds)
    if not items:
        return candidates
    found = {c.passage.id: c for c in candidates}
    chosen = [found.get(p.id) or ScoredPassage(p) for p in items]
    # the lines it names, not the totals (whose lists of item names match any line's words)
    named = bool(_named_lines(question, document.passages))
    return chosen + [c for c in candidates
                     if c.passage.id not in {p.id for p in items} and not (named and is_total(c.passage))]


# A sum over the quote, not one line's figure: "the total of the quote before VAT", "the one-off part of the quote",
# "what do we save in total", "the whole offer", "the total one-off cost ... leaving out the annual subscription",
# "the subtotal for the dock shelters, inflatable and curtain together" (a sum over the similar lines it names).
_QUOTE_SUM = re.compile(
    r"\b(?:in total|altogether|overall|grand total|sum|whole (?:quote|quotation|offer|order|proposal)"
    r"|total (?:of|for|on) (?:the|this|our) (?:quote|quotation|offer|order|proposal)"
    r"|(?:quote|quotation|offer|order|proposal)(?:'s|’s)? total"
    r"|one-off|one-time|recur\w*|(?:annual|yearly|monthly) (?:part|items|lines|costs|total|cost)"
    r"|everything (?:except|but|apart from)|save|saving|savings|combined|subtotal)\b"
    r"|\btogether(?=\s*(?:[?.!,;]|$))", re.I)  # at a clause's end: "putting the request together this week" is none
_EXCLUDING = re.compile(r"\b(?:except|excluding|leaving out|apart from|other than|without|but not)\b", re.I)
_PERIODS = re.compile(r"\b(?:one-off|one-time|recur\w*|annual\w*|yearly|monthly|per (?:year|month)|every (?:year|month)"
                      r"|first year)\b", re.I)


def asks_quote_sum(question: str, document: QuoteDocument | None, kinds: tuple[str, ...]) -> bool:
    """``question`` asks for an amount summed over the quote's lines (its totals passages answer it), not the figure
    of the one line item it names ("the line total for the FP300 modules" is that line's)."""
    if document is None or not {"money", "percent"} & set(kinds) or not worded_as_sum(question):
        return False
    return len(_named_lines(_sum_subject(question), document.passages)) != 1


# A stage of paying the quote, in the seven languages: the deposit (down payment, advance) or the balance. A security
# or damage deposit is money held against the goods, no share of the price; "deposito" (a depot) is not asked for.
_STAGE = re.compile(
    r"\b(?<!security )(?<!damage )(?<!refundable )(?<!returnable )deposit\b|\bdown[- ]?payment|\badvance payment"
    r"|\bup[- ]?front\b|\bfirst (?:payment|instal+ment)|\b(?:the )?balance\b|\bremaining (?:amount|payment)"
    r"|\bacompte|\barrhes\b|\bsolde\b|\banzahlung|\brest(?:zahlung|betrag)|\banticipo\b|\bacconto\b"
    r"|\baanbetaling|\brestbedrag|\bpago inicial|\bpagamento inicial|\bsaldo\b", re.I)


# An amount asked, not a way of paying ("Can we pay in three instalments instead of a deposit and the balance?")
_AMOUNT = re.compile(
    r"\bhow much\b|\bamount\b|\bin (?:pounds|euros?|dollars|francs|sterling|gbp|eur|usd|chf)\b|\bcombien\b|\bmontant"
    r"|\bwie (?:viel|hoch)\b|\bbetrag\b|\bcu[aá]nto\b|\bimporte\b|\bquanto\b|\bimporto\b|\bmontante\b"
    r"|\bhoeveel\b|\bbedrag\b", re.I)


def asks_stage_amount(question: str, document: QuoteDocument | None, kinds: tuple[str, ...]) -> bool:
    """``question`` asks an amount of money to pay at a stage the quote's terms state ("how much is the deposit in
    pounds?", "Wie hoch ist die Anzahlung?"), which the quote computes (`quote_payments.py`); a share asked ("what
    percentage is the deposit?") is the terms' own."""
    return document is not None and document.payments is not None and "money" in kinds \
        and bool(_STAGE.search(question)) and bool(_AMOUNT.search(question))


# How the price is paid: "How is the payment split?", "Payment terms?", "do we have to pay everything up front?",
# "What are the payment milestones?", "When do we have to pay?" (the bridge renders Zahlungsbedingungen as "payment
# terms"). The words must go together: "the warranty terms" in a question about paying for labour is no schedule.
_SCHEDULE = re.compile(
    r"\b(?:payment|paying) (?:terms|schedule|plan|milestones?|stages?|split)\b|\bterms of payment\b"
    r"|\b(?:payments?|invoices?|invoicing) (?:(?:is|are|be|will be|get) )?(?:split|staged|phased)\b"
    r"|\bsplit (?:the |our )?payments?\b|\bpay(?:ing)? in (?:instal+ments|stages|milestones)\b"
    r"|\bpay (?:(?:everything|it all|all of it|the (?:full|whole) amount) )?up ?front\b"
    r"|\bwhen (?:do|will|must|shall) (?:we|i) (?:have to |need to )?pay\b|\bmilestones\b", re.I)


def asks_payment_schedule(question: str, document: QuoteDocument | None) -> bool:
    """``question`` asks how the quote is paid (its stages and when they fall due), which the quote's own payment
    terms answer with the amounts it computes (`quote_payments.py`)."""
    return document is not None and document.payments is not None and bool(_SCHEDULE.search(question))


# What the quote's computed totals state, asked in the seven languages: a total ("the total", "Gesamtpreis",
# "montant global"), a sum, a billing period's amount ("per year", "the recurring part") or the tax on the total ("is
# that with VAT?", "hors TVA"). A price or a discount asked without them is a line's or the knowledge's: the totals'
# lists of every item's name match whatever a question names ("What does a replacement battery for the compactor
# cost?" is no total).
# "total" in the seven languages (also read by `quote_restated`)
TOTAL_WORDS = r"total\w*|totaal|totale|gesamt\w*|insgesamt"
_TOTAL_WORDS = re.compile(
    rf"\b(?:{TOTAL_WORDS}|global\w*|somme|suma|soma|somma|som"
    r"|vat|tax|taxes|sales tax|tva|mwst|mehrwertsteuer|ust|iva|btw|impuestos?|impostos?|imposta|taxe)\b", re.I)


def asks_a_total(question: str) -> bool:
    """``question`` asks something the quote's computed totals state: a total, a sum over the quote
    (`worded_as_sum`), a billing period's amount or the tax on the total."""
    return bool(_TOTAL_WORDS.search(question) or _PERIODS.search(question)) or worded_as_sum(question)


def worded_as_sum(question: str) -> bool:
    """``question`` uses the words of a sum over the quote ("in total", "the yearly items", "recurring"), whatever
    kind of value it asks ("What will we be paying every year on a recurring basis?")."""
    return bool(_QUOTE_SUM.search(question))


def _sum_subject(question: str) -> str:
    """What a sum question sums over: what it leaves out ("everything except the annual items") and the billing
    period it sums over ("the one-off part") do not name a line."""
    return _PERIODS.sub(" ", _EXCLUDING.split(question, maxsplit=1)[0])


def _named_lines(question: str, passages: list[Passage]) -> list[Passage]:
    """The line items ``question`` names: those whose name shares a word with what the question is about (its words
    other than those saying what kind of value it wants: "total" names no "Total Care" plan)."""
    subject = set(subject_terms(question))
    return [p for p in passages if len(p.heading_path) >= 3 and p.heading_path[1] == LINE_ITEMS_HEADING
            and subject & set(content_terms(p.heading_path[-1]))]


def is_total(passage: Passage) -> bool:
    """One of the quote's computed totals passages."""
    return passage.doc_kind == "quote" and passage.heading_path[1:2] != () \
        and passage.heading_path[1] in TOTALS_HEADINGS


# The price before discounts asked, in the seven languages (read on the question and on its English bridge).
_BEFORE_DISCOUNTS = re.compile(
    r"\bbefore (?:any |the )?discounts?|\bsubtotal|\blist price|\bundiscounted|\bwithout (?:any |the )?discounts?"
    r"|\bgross\b|\bfull price|\bavant (?:la |les )?remises?|\bsous-total|\bprix catalogue|\bvor (?:dem |den )?rabatt"
    r"|\bzwischensumme|\blistenpreis|\bantes de(?:l)? descuentos?|\bprecio de lista|\bprima dello sconto"
    r"|\bsubtotale|\bprezzo di listino|\bantes do desconto|\bpreço de tabela|\bvoor (?:de )?korting|\bsubtotaal"
    r"|\bbrutoprijs|\bbrutto\b", re.I)


def discount_not_stated(passage: Passage, question: str, concepts: tuple[str, ...]) -> bool:
    """The quote's subtotal before discounts, for a question asking the discount (not the price before it): that
    passage names discounts but states none ("What is the total discount on this quote?" is answered by the total's
    "after discounts of €16,746.00 in total", never by the €313,030.00 before them)."""
    return "discount" in concepts and not _BEFORE_DISCOUNTS.search(question) and is_total(passage) \
        and passage.text.startswith(SUBTOTAL_LEAD)


def is_payment_stages(passage: Passage) -> bool:
    """The amounts of the quote's payment stages, computed from its terms (`quote_payments.py`)."""
    return passage.doc_kind == "quote" and passage.heading_path[1:2] == (PAYMENTS_HEADING,)


def is_group(passage: Passage) -> bool:
    """A subtotal of the quote's similar line items (`quote_groups.py`)."""
    return passage.doc_kind == "quote" and passage.heading_path[1:2] == (GROUPS_HEADING,)


def is_quote_remark(passage: Passage) -> bool:
    """A passage of the quote's terms or notes (written by the seller for this deal)."""
    return passage.doc_kind == "quote" and passage.heading_path[1:2] in (("Terms",), ("Notes",))


def is_quote_header(passage: Passage) -> bool:
    """The quote's opening passage: its number, title, buyer, currency, dates and owner."""
    return passage.doc_kind == "quote" and len(passage.heading_path) == 1


# What the quote's opening passage answers beside a question about the quote itself: how long it is valid, who owns
# it, its currency, in the seven languages ("Bis wann ist das gültig?", "Who is our contact?", "In welcher Währung?").
_HEADER_ASKED = re.compile(
    r"\b(?:valid\w*|validity|expir\w*|gültig\w*|valable|validit[éàa]|v[áa]lid[oa]|validez|validade|geldig\w*"
    r"|who|owner|contact|account manager|sales ?(?:rep|person|manager)|wer|qui|quién|chi|quem|ansprechpartner\w*"
    r"|responsable|contacto|contatto|contactpersoon|currency|devise|währung|moneda|valuta|moeda)\b", re.I)


def header_not_asked(passage: Passage, question: str, kinds: tuple[str, ...]) -> bool:
    """The quote's opening passage, for a question that asks neither about the quote itself, nor a date, nor what
    the opening states (validity, owner, currency): its title names what the offer covers, so it matches any
    question on the subject ("If a nurse drops a pump, is that covered under Gold?") and states nothing asked."""
    return is_quote_header(passage) and "date" not in kinds and not ABOUT_THE_QUOTE.search(question) \
        and not _HEADER_ASKED.search(question)


def is_line_item(passage: Passage) -> bool:
    return passage.doc_kind == "quote" and len(passage.heading_path) >= 3 \
        and passage.heading_path[1] == LINE_ITEMS_HEADING


# One more of something, in the seven languages: "another radio mic", "an extra day", "some more wash lights",
# "eine zusätzliche Schulung", "un jour supplémentaire". Not an extra cost or charge ("do we pay extra?", "an
# additional fee for weekends", "an extra maintenance charge", "extra installation costs"): that asks whether a price
# applies to what is quoted. "What would the extra vaporiser cost us?" asks one more: "cost" is its verb there.
_FEES = r"charges?|fees?|surcharges?|payments?|kosten|gebühr\w*|frais|coûts?|costes?|costi|custos?"
_ONE_MORE = re.compile(
    r"\b(?:another|(?<!cost )(?<!costs )(?<!pay )(?<!charge )(?<!charged )extra|additional"
    r"|(?:one|two|three|four|five|a few|few|some|\d+) more"
    r"|supplémentaires?|supplementaires?|additionnel(?:le)?s?|un autre|une autre"
    r"|zusätzliche[mnrs]?|zusatzliche[mnrs]?|weitere[mnrs]?|noch (?:ein|eine|einen|zwei|drei)"
    r"|adicional(?:es)?|otro|otra|(?:uno|una|dos|tres) más|aggiuntiv[oaie]|in più|un altro|un'altra"
    r"|adicionais|outro|outra|mais (?:um|uma|dois|duas)|nog (?:een|twee|drie)|aanvullende?)\b"
    r"(?!\s+(?:costs?|prices?|" + _FEES + r")\b)(?!\s+[\w-]+\s+(?:" + _FEES + r")\b)"
    r"(?!\s+[\w-]+\s+(?:prices?\b|costs\b(?!\s+(?:us|me|you|them)\b)|cost\b(?!\s+(?:us|me|you|them)\b|\s*\?)))",
    re.I)


def asks_one_more(question: str) -> bool:
    """``question`` asks about one more of something ("how much would it be to add another radio mic?"): the
    quote's line is the model quoted, and the buyer may mean another one the seller lists."""
    return bool(_ONE_MORE.search(question))


def asks_line_item_figures(question: str, kinds: tuple[str, ...], concepts: tuple[str, ...]) -> bool:
    """Whether a quote line item (its price, discount, quantity and totals) may answer: a question about the quote
    itself, or one asking for an amount, a share or a count, or about a price, discount or fee. A line naming the
    product is no answer to what it weighs, does or guarantees."""
    if ABOUT_THE_QUOTE.search(question):
        return True
    return bool({"money", "percent", "count"} & set(kinds) or {"price", "discount", "fee"} & set(concepts))


# The thing a count question counts: the words after "how many" / "number of" ("how many users can be connected").
_COUNTED = re.compile(r"\b(?:how many|number of)\s+((?:[\w-]+\s+){0,1}[\w-]+)", re.I)
_ANY_ITEM = frozenset(stem(w) for w in "unit units piece pieces item items pc pcs one".split())  # any line's count


def lines_not_asked(question: str, lines: list[Passage], *, english: bool = True) -> set[str]:
    """The ids of the quote lines whose figures are not what ``question`` asks, though it names them: a count of
    something the line is not ("how many users can connect" beside the licence's line: its quantity counts
    licences), or the price of something that belongs to the line's item ("what does a replacement cylinder for the
    leveller cost?" beside the leveller's line), or of a line whose item the question does not name though it
    names things (``english``: the question was asked in English, the language of the lines' names). The question is
    read once for all the lines."""
    kinds = answer_types(question)
    counted = _counted_terms(question, kinds)
    priced = _priced_thing(question, kinds)
    another = _another_one(question, kinds)
    # a line's name is English: the words of a question in another language name none, and its bridge leaves
    # words it does not know untranslated ("60 sondas humidity")
    things = [] if ABOUT_THE_QUOTE.search(question) or not english else [
        t for t in subject_terms(question) if t not in _NO_THING]
    not_asked: set[str] = set()
    for line in lines:
        name = set(content_terms(line.heading_path[-1]))
        counts_other = bool(counted) and not any(term_matches(t, name) for t in counted)
        prices_other = priced is not None and not any(term_matches(t, name) for t in priced[0]) \
            and any(term_matches(t, name) for t in priced[1])
        # the question names things, none of them this line's item ("what's the extra charge per store if your
        # installers come overnight?" beside "Rollout project management, per store": a unit of sale names no item)
        item = set(content_terms(_UNIT_OF_SALE.sub(" ", line.heading_path[-1])))
        names_other = bool(things) and not any(term_matches(t, item) for t in things)
        # another one of it ("an extra day", "a replacement pane"), unless the line is such a one ("spare batteries")
        prices_another = bool(another) and not (another & {stem(w.lower()) for w in words(line.heading_path[-1])})
        if counts_other or prices_other or names_other or prices_another \
                or sizes_other(question, line.heading_path[-1]):
            not_asked.add(line.id)
    return not_asked


# A figure with the word it measures or counts ("15 shelves", "80 tonne", "a 6-bay", "55-inch"): a size of a thing.
_SIZED = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)*)\s?-?\s?([^\W\d_]+)")
# A unit's names, written out or short: "80 tonne" and "60 t" are two sizes of one measure.
_UNIT_NAMES = {name: unit for unit, names in {
    "t": ("t", "tonne", "tonnes", "ton", "tons"), "m": ("m", "metre", "metres", "meter", "meters"),
    "kg": ("kg", "kilo", "kilos", "kilogram", "kilograms"), "in": ("in", "inch", "inches"),
    "l": ("l", "litre", "litres", "liter", "liters"), "mm": ("mm", "millimetre", "millimetres", "millimeter"),
}.items() for name in names}


# Dimensions sharing their unit ("6500 x 1100 mm", "2 x 55-inch"): every figure of them is in that unit.
_DIMENSIONS = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)*(?:\s*[x×]\s*\d+(?:[.,]\d+)*)+)\s?-?\s?([^\W\d_]+)")


def _sizes(text: str) -> dict[str, set[str]]:
    """Each word written after a figure in ``text`` (stemmed, a unit by its short name), with the figures it
    follows, each as one spelling ("6,500 mm" and "6500 mm" are one size); a single letter only as a unit ("2 x
    55-inch": the "x" sizes nothing)."""
    found: dict[str, set[str]] = {}
    sized = [(figure, word) for figures, word in _DIMENSIONS.findall(text)
             for figure in re.split(r"\s*[x×]\s*", figures)]
    for figure, word in sized + _SIZED.findall(text):
        word = word.lower()
        if word in _UNIT_NAMES or len(word) > 1:
            found.setdefault(_UNIT_NAMES.get(word) or stem(word), set()).add(normalise_figure(figure))
    return found


def sizes_other(question: str, name: str) -> bool:
    """The question states a size of the thing that the line's item ``name`` states otherwise ("what would the 80
    tonne one cost?" beside "Weighbridge 18 m, 60 tonne"; "upgraded to 15 shelves" beside "tower, 10 shelves"): it
    asks about another size of it, which the line does not price."""
    stated = _sizes(name)
    return any(word in stated and not figures & stated[word] for word, figures in _sizes(question).items())


_UNIT_OF_SALE = re.compile(r"\bper\s+[\w-]+|/\s*[\w-]+\s*$", re.I)


def _counted_terms(question: str, kinds: list[str]) -> list[str]:
    """What a count question counts ("how many users…": ["user"]); [] for other questions, a question about the
    quote ("how many … in the quote"), or one counting units, pieces or items (any line's quantity)."""
    if "count" not in kinds or {"money", "percent"} & set(kinds) or ABOUT_THE_QUOTE.search(question):
        return []
    counted = _COUNTED.search(question)
    if counted is None:
        return []
    terms = [t for t in content_terms(counted.group(1)) if not t.isdigit()]
    return [] if any(t in _ANY_ITEM for t in terms) else terms


# "A replacement battery kit for the labels": the thing before "for" / "of" is what is priced, the rest says what it
# belongs to. Words that only say which one or how it is counted name no thing.
_BELONGS_TO = re.compile(r"\b(?:for|of)\s+(?:the|a|an|our|your|each|every|one|all|these|those|this|that)\b", re.I)
_NO_THING = frozenset(stem(w) for w in """line lines unit units piece pieces item items extra additional more another
    other new second year years yearly annual annually month months monthly week weeks weekly day days daily hour
    hours hourly net gross list exact current final""".split())


# A replacement or a spare of a thing, in the seven languages ("a replacement pane", "ein Ersatzteil", "une pompe de
# rechange", "un filtro di ricambio", "una bomba de repuesto", "vervangende accu", "een reserve accu"; not the English
# verb: "how much to reserve the hall?").
_REPLACEMENT = re.compile(r"\b(?:replacement|spare|ersatz\w*|vervangende)\b|\bde rechange\b|\bdi ricambio\b"
                          r"|\bde repuesto\b|\bde reposição\b|\breserve\b(?!\s+(?:a|an|the|our|your|my|it|them|this"
                          r"|that|these|those|some|one|\d))", re.I)


# The counting words of "one more", "noch zwei", "dos más": they say how many, not that it is another one.
_HOW_MANY_MORE = frozenset(stem(w) for w in """one two three four five a few some more noch ein eine einen zwei drei
    uno una dos tres más mais um uma duas nog een twee drie un une""".split())


def _price_sentence(question: str) -> str:
    """The sentence of ``question`` that asks a price (the whole question when none alone does)."""
    return next((c for c in re.split(r"(?<=[.?!])\s+", question) if "money" in answer_types(c)), question)


def _another_one(question: str, kinds: list[str]) -> set[str]:
    """For a price question about another one of a thing (`_ONE_MORE`: "an extra day", "eine weitere Einheit") or a
    replacement of it, read in the sentence that asks the price, the stems of the words saying so; empty otherwise,
    and for a question about the quote. The quote's line prices the units this order buys, at this deal's discount:
    what another one costs is a price list's figure, or a person's to give."""
    if "money" not in kinds or ABOUT_THE_QUOTE.search(question):
        return set()
    asked = re.sub(r"\([^)]*\)", " ", _price_sentence(question))  # not an aside ("(talking to another hospital)")
    said = {stem(w.lower()) for match in (*_ONE_MORE.finditer(asked), *_REPLACEMENT.finditer(asked))
            for w in words(match.group(0))}
    return said - _HOW_MANY_MORE or said  # "one more": "more" ("one" may be in a line's name: "all-in-one")


def _priced_thing(question: str, kinds: list[str]) -> tuple[list[str], list[str]] | None:
    """For a price question "… a replacement battery kit for the labels …": the words just before "for the" (what
    is priced) and the words after it (what it belongs to); None when no such words name a thing ("the price of the
    leveller", "what do you charge for a technician") or no price is asked."""
    if "money" not in kinds or ABOUT_THE_QUOTE.search(question):
        return None
    asked = _price_sentence(question)
    split = _BELONGS_TO.search(asked)
    if split is None:
        return None
    # the words just before "for": "a replacement battery kit for", not "what do you charge for" nor the story
    thing = set(subject_terms(asked[:split.start()]))
    head: list[str] = []
    for word in reversed(words(asked[:split.start()])):
        term = stem(word.lower())
        if term not in thing:
            break
        head.append(term)
    head = [t for t in head if t not in _NO_THING]
    return (head, subject_terms(asked[split.end():])) if head else None


def named_line_items(question: str, passages: list[Passage], *, limit: int = 2, any_kind: bool = False,
                     kinds: tuple[str, ...] | None = None) -> list[Passage]:
    """The quote's line items a price or discount question names (by a word of the item's name), best match first;
    ``any_kind``: the question is about the quote, so a quantity question ("how many X in the quote") counts too.
    ``kinds``: the kinds of value asked, when the caller read them (default: from ``question``'s words)."""
    wanted = {"money", "percent", "count"} if any_kind else {"money", "percent"}
    if not wanted & set(answer_types(question) if kinds is None else kinds):
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


# What a figure counts per is not the thing it is the figure of: a table cell of it ("| per freezer |", "| pro
# Stück |", "| par unité |") in a quoted row, the words after "per" in a question ("the freezer per unit"; not Italian
# "per il", "for the"). A maintenance visit charged per freezer is not the freezer.
_CHARGED_PER_CELL = re.compile(r"(?<=\|)\s*(?:per|pro|par|por|je)\s[^|\n]*(?=\|)", re.I)
_ASKED_PER = re.compile(r"\bper\s+(?!(?:il|la|lo|l'|i|gli|le|un|una|uno|quanto|quanti)\b)(?:each\s+)?[\w-]+", re.I)


def subject_coverage(question: str, text: str, passage: Passage) -> tuple[int, int]:
    """How many of ``question``'s subject terms ``text`` (quoted from ``passage``), the passage's headings and its
    document's title name: of the sentences that ask first, then of the whole question. "Price for a carbonation
    stone? thinking of one per bright tank" asks of a stone: the row naming "carbonation stone" covers more of the
    asking sentence than the tank's line naming "carbonation port" and "bright tank", which covers more of the
    whole. What a figure counts per names nothing (`_CHARGED_PER_CELL`, `_ASKED_PER`)."""
    vocabulary = {stem(w) for w in words(" ".join([_CHARGED_PER_CELL.sub(" ", text), *passage.heading_path,
                                                   passage.title]))}
    asking = _asked_subject(question)
    named = [term for term in subject_terms(_ASKED_PER.sub(" ", question)) if term_matches(term, vocabulary)]
    return sum(term in asking for term in named), len(named)


def _asked_subject(question: str) -> set[str]:
    """The subject terms of the sentences of ``question`` that ask (`asked_terms`)."""
    return asked_terms(question) & set(subject_terms(_ASKED_PER.sub(" ", question)))


def line_states_instead(lines: list[Passage], answer: ComposedReply, kinds: tuple[str, ...] | list[str]) -> bool:
    """One of the quote ``lines`` a question names states a value of the first kind it asks (a line's price, its
    discount, its quantity, a measure in its name) and the knowledge's ``answer`` states none: that line, not a
    passage naming no more of the question, is what to quote first ("what do we pay per robot once the discount is
    applied?": the robot's line, not a price list's notes on other items' discount rates); `names_more` and the
    line's answerability then say whether the knowledge answers instead."""
    return bool(kinds) and not holds_answer_type(answer.quoted, kinds[0]) \
        and any(holds_answer_type(line.text, kinds[0]) for line in lines)


def names_more(question: str, answer: ComposedReply, lines: list[Passage]) -> bool:
    """The quoted ``answer`` names more of what ``question`` asks about (`subject_coverage`) than any of the quote's
    ``lines`` does: a price list's row of a spare part or an accessory ("a pack of spare pinsetter strings") beside
    the line of the item it belongs to ("SP9 string pinsetter"). The quote does not list that thing; its line's
    figures are not the answer, and the row's table header prices it. A line naming all that the asking sentences
    name is the thing asked, whatever else of the question's story a row names ("Wat kost de vriezer per stuk? Ik
    moet het doorgeven aan onze controller.": the freezer's line, not a visit's row with a "controller check")."""
    cited = answer.citations[0].candidate.passage
    best = max((subject_coverage(question, line.text, line) for line in lines), default=(0, 0))
    asked = len(_asked_subject(question))
    return not (asked and best[0] == asked) and subject_coverage(question, answer.text, cited) > best


def replaces_line(question: str, answer: ComposedReply, line: Passage, *, line_answerability: float | None,
                  line_answerability_min: float) -> bool:
    """The knowledge's ``answer`` may stand for the quote's ``line`` (its checks still to pass): it names more of
    what was asked (`names_more`), or the answerability model read the line as not answering
    (``line_answerability`` below ``line_answerability_min``; None: not read, an English question's only): "Do you
    take old units back, and what does that cost?" names the freezers' line as much as the terms' take-back price."""
    return weak_line(line_answerability, line_answerability_min) or names_more(question, answer, [line])


def weak_line(line_answerability: float | None, line_answerability_min: float) -> bool:
    """The answerability model read the quoted line as not answering (None: not read, a question not in English)."""
    return line_answerability is not None and line_answerability < line_answerability_min


def answers_instead_of_line(*, first_kind_held: bool, answerability: float | None, line_answerability: float | None,
                            answerability_min: float, line_answerability_min: float) -> bool:
    """The knowledge's answer, which `replaces_line` let stand for a quote line and which passed every check, is
    taken: the answerability model (None: not read, a question not in English) does not say it fails to answer, and
    it holds a value of the first kind asked (``first_kind_held``) or, under a line the model read as not answering
    (below ``line_answerability_min``), the model reads it as answering by the measure a line must reach (at least
    ``line_answerability_min``). "Is taking out the old radars part of the install price?" is answered by the
    scope's "Removal and disposal of the existing radar…" (0.75), which states no amount, not by the radar's price
    line (0.32); "Is the installation free if we sign today?" keeps the installation's line (0.20) over a payment
    schedule (0.24)."""
    if answerability is not None and answerability < answerability_min:
        return False
    if first_kind_held:
        return True
    return weak_line(line_answerability, line_answerability_min) and answerability is not None \
        and answerability >= line_answerability_min
