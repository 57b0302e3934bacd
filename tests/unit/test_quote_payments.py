"""`payment_stages`: the amounts of the payment stages a quote's terms state, as shares of its total before tax; a
tax, a discount or an interest rate is no stage, and a schedule that does not add up is not computed. Also how the
quote's totals answer a question on its discount."""

from datetime import date
from decimal import Decimal

from appliance.answering.answer_types import answer_types
from appliance.answering.quote_passages import QuoteDocument, quote_document
from appliance.answering.quote_payments import payment_stages, paying_text
from appliance.answering.quote_pool import (
    asks_payment_schedule,
    asks_stage_amount,
    discount_not_stated,
    is_total,
    quote_first,
)
from appliance.domain.quotes import LineItem, Quote


def _document(terms: str, *, quantity: int, unit_price: str, discount: int = 0) -> QuoteDocument:
    """The quote document of a one-line GBP quote with these terms."""
    quote = Quote(id=1, number="Q-7", title="Quote", buyer_company="Buyer", currency="GBP",
                  created_on=date(2026, 11, 1), expires_on=date(2027, 1, 31), owner_id=1, terms=terms)
    items = [LineItem(id=1, quote_id=1, position=1, name="LED wall, per day", quantity=Decimal(quantity),
                      unit_price=Decimal(unit_price), discount_percent=Decimal(discount))]
    return quote_document(quote=quote, items=items, owner=None, agent_id=1)


def _read(terms: str, total: str = "148408.00") -> list[tuple[str, str, str]]:
    return [(f"{s.share.normalize():f}", s.wording, f"{s.amount:.2f}") for s in payment_stages(terms, Decimal(total))]


def test_three_milestones_are_shares_of_the_total():
    terms = ("Prices in GBP excluding VAT. Payment: 40% deposit with order, 50% on delivery to site, 10% on completion "
             "of commissioning; stage invoices payable within 30 days.")
    assert _read(terms) == [("40", "40% deposit with order", "59363.20"),
                            ("50", "50% on delivery to site", "74204.00"),
                            ("10", "10% on completion of commissioning", "14840.80")]


def test_a_stated_balance_is_the_share_the_deposit_leaves():
    terms = ("A 30% deposit is due on order confirmation and the balance no later than 14 days before load-in. "
             "Prices exclude VAT at 20%.")
    assert _read(terms, "14241.10") == [
        ("30", "30% deposit is due on order confirmation", "4272.33"),
        ("70", "the balance no later than 14 days before load-in (70%)", "9968.77")]


def test_a_stage_referred_to_again_is_no_second_stage():
    terms = ("Payment: 30% on signature of the order, 50% on delivery of the plant to site and 20% on acceptance at "
             "handover. Delivery lead times run from the signed order and receipt of the 30% payment.")
    assert _read(terms) == [("30", "30% on signature of the order", "44522.40"),
                            ("50", "50% on delivery of the plant to site", "74204.00"),
                            ("20", "20% on acceptance at handover", "29681.60")]
    assert "receipt" not in paying_text(terms)
    # the definite article alone, with no share stated before, still states a stage
    assert _read("The 30% deposit is due on order, the balance on delivery.", "1000.00") == [
        ("30", "30% deposit is due on order", "300.00"), ("70", "the balance on delivery (70%)", "700.00")]


def test_taxes_discounts_and_interest_are_no_stages():
    assert _read("Prices exclude VAT at 20%. A 5% discount applies to orders paid in advance.") == []
    assert _read("Late payments carry interest at 8% per annum.") == []
    assert _read("Anzahlung 30% bei Auftragserteilung, Rest bei Lieferung. Zzgl. 19% MwSt.", "1000") == [
        ("30", "30% bei Auftragserteilung", "300.00"), ("70", "Rest bei Lieferung (70%)", "700.00")]


def test_schedules_adding_up_to_more_than_the_whole_are_not_computed():
    terms = ("Hardware: 50% with order, 50% on delivery. Installation: 30% on start, 70% on completion; payable "
             "within 30 days.")
    assert _read(terms) == []


def test_a_schedule_for_a_part_of_the_quote_is_not_computed_on_its_total():
    for terms in ("Equipment and installation are invoiced 30% with order, 60% on delivery and 10% after "
                  "commissioning, each payable within 30 days of invoice date. Service contracts are billed yearly.",
                  "One-off items (hardware and installation): 50% invoiced on order acceptance and 50% on "
                  "commissioning of the last site.",
                  "Labelora Terms of Supply v4.2 apply: 40% deposit on acceptance of the purchase order, balance "
                  "invoiced on delivery.",
                  "30% deposit on order for installation projects, balance 30 days from commissioning."):
        assert _read(terms) == [], terms
    # paying words alone before the shares: a schedule of the whole quote
    assert [share for share, _, _ in _read("Terms of payment: 30% with order, 70% on delivery.")] == ["30", "70"]


def test_the_quote_states_the_stage_amounts_in_a_passage_of_its_own():
    document = _document("A 30% deposit is due on order confirmation and the balance 14 days before load-in. "
                         "Prices exclude VAT at 20%.", quantity=10, unit_price="1000.00", discount=10)
    stages = document.payments
    assert stages is not None and stages.heading_path[-1] == "Payment stages"
    assert stages.text == ("Payment terms of this quote (\"A 30% deposit is due on order confirmation and the balance "
                           "14 days before load-in\"), as amounts of its total price before tax (£9,000.00): 30% "
                           "deposit is due on order confirmation: £2,700.00; the balance 14 days before load-in (70%): "
                           "£6,300.00.")
    assert document.text[stages.start:stages.end] == stages.text
    terms = next(p for p in document.passages if p.heading_path[-1] == "Terms")
    assert terms.start < stages.start  # after the terms: their spans do not move
    assert stages not in document.passages  # not searched: quoted only for an amount of a stage asked
    assert _document("Prices exclude VAT at 20%.", quantity=10, unit_price="1000.00").payments is None


def test_an_amount_of_a_stage_asked_is_read_from_the_stages_passage_alone():
    document = _document("Payment: 40% deposit with order, 50% on delivery to site, 10% on completion.", quantity=2,
                         unit_price="5000.00")

    def asked(question: str) -> bool:
        return asks_stage_amount(question, document, tuple(answer_types(question)))

    assert asked("How much is the deposit in pounds?")
    assert asked("Finance asks: what amount is due as the down payment when we order?")
    # the kind of value is also read in the English bridge ("how much is the deposit?")
    assert asks_stage_amount("Wie viel beträgt die Anzahlung?", document, ("money",))
    assert not asked("What percentage is the deposit?")  # a share: the terms' own words
    assert not asked("Can we pay in three instalments instead of the deposit and the balance?")  # no amount asked
    assert not asked("How much is the security deposit on the hired radios?")  # money held, no share of the price
    pool = quote_first("How much is the deposit in pounds?", [], document, kinds=("money",), payments=True)
    assert [c.passage.text for c in pool] == [document.payments.text]
    assert "£4,000.00" in pool[0].passage.text
    no_schedule = _document("Prices exclude VAT.", quantity=2, unit_price="5000.00")
    assert not asks_stage_amount("How much is the deposit?", no_schedule, ("money",))


def test_terms_written_in_the_other_languages_are_read_too():
    for terms, first, rest in (
            ("Paiement : acompte de 30 % à la commande, solde à la livraison.", "30 % à la commande",
             "solde à la livraison (70%)"),
            ("Zahlungsbedingungen: 30 % Anzahlung bei Auftragserteilung, Rest bei Lieferung. Zzgl. 19 % MwSt.",
             "30 % Anzahlung bei Auftragserteilung", "Rest bei Lieferung (70%)"),
            ("Betaling: 30% aanbetaling bij opdracht, restant bij levering.", "30% aanbetaling bij opdracht",
             "restant bij levering (70%)"),
            ("Pagamento: 30% alla firma, saldo alla consegna.", "30% alla firma", "saldo alla consegna (70%)")):
        assert _read(terms, "1000") == [("30", first, "300.00"), ("70", rest, "700.00")], terms


def test_how_the_quote_is_paid_is_asked_in_words_that_go_together():
    document = _document("Payment: 40% deposit with order, 60% on delivery.", quantity=1, unit_price="5000.00")
    for question in ("Payment terms?", "How is the payment split?", "How will the payments be staged?",
                     "Do we have to pay everything up front?", "When do we have to pay?",
                     "What are the payment milestones?"):
        assert asks_payment_schedule(question, document), question
    for question in ("Do the warranty terms pay for the engineer's labour?", "Can the deck be split in two?",
                     "What are your terms and conditions for returns?"):
        assert not asks_payment_schedule(question, document), question


def test_the_subtotal_before_discounts_states_no_discount():
    """A question asking the discount is not answered by the price before discounts; one asking that price is."""
    document = _document("Payment: 30% deposit with order, the balance on delivery.", quantity=4,
                         unit_price="1000.00", discount=10)
    totals = [p for p in document.passages if is_total(p)]
    subtotal = next(p for p in totals if "before discounts" in p.text)
    total = next(p for p in totals if p is not subtotal)
    assert "£400.00 in total" in total.text
    assert discount_not_stated(subtotal, "What is the total discount on this quote?", ("discount",))
    assert not discount_not_stated(total, "What is the total discount on this quote?", ("discount",))
    assert not discount_not_stated(subtotal, "What is the subtotal before discounts?", ("discount",))
    assert not discount_not_stated(subtotal, "Wie hoch ist die Zwischensumme vor Rabatt?", ("discount",))
    assert not discount_not_stated(subtotal, "What is the quote's total?", ())
