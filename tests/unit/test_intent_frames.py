"""Polite request frames around an information question (`intent/frames.py`)."""

from __future__ import annotations

import pytest

from appliance.answering.intent import handoff_mass
from appliance.answering.intent.frames import framed_question


@pytest.mark.parametrize(("message", "asked"), [
    ("Could you confirm the warranty period on the DC2 door controllers?",
     "the warranty period on the DC2 door controllers?"),
    ("Can you remind me of the payment schedule on this quote?", "the payment schedule on this quote?"),
    ("Hi, could you please summarise the payment milestones?", "the payment milestones?"),
    ("Pourriez-vous me préciser le délai de livraison ?", "le délai de livraison ?"),
    ("Könnten Sie mir bitte die Zahlungsbedingungen nennen?", None),  # the verb ends the sentence: no frame
    ("Kunt u aangeven tot wanneer de offerte geldig is?", "tot wanneer de offerte geldig is?"),  # an embedded question
    ("Can you remind me until what date this quote is valid?", "until what date this quote is valid?"),
    # being given a figure named by a definite or demonstrative determiner
    ("Can you give me the grand total including VAT please", "the grand total including VAT please"),
    ("¿Puede darme el importe total con IVA?", "el importe total con IVA?"),
    ("Pouvez-vous nous donner le montant total ?", "le montant total ?"),
    # the frame opening the last sentence, the context before it kept
    ("Finance wants the total including VAT. Can you give me that figure?",
     "Finance wants the total including VAT. That figure?"),
])
def test_the_frame_is_taken_off_an_information_question(message, asked):
    assert framed_question(message) == asked


@pytest.mark.parametrize("message", [
    "Could you confirm you'll waive the cancellation fee?",  # a commitment asked for
    "Could you confirm that the price holds until March?",
    "Könnten Sie uns bestätigen, dass Sie die Garantie verlängern?",
    "Poderia confirmar que nos alargam a garantia?",
    "Could you walk me through why the invoice is higher than the quote?",  # a grievance
    "Pourriez-vous nous confirmer une extension de garantie à cinq ans ?",  # something new
    "Could you confirm the extended warranty comes free if we sign this week?",  # a statement to confirm
    "Could you confirm the 15% discount still applies if we order next year?",
    "Could you give us a better price?",  # not a verb of being told
    "Can you give us the same price as last year?",  # given a price, not a figure: a concession
    "Can you give us free delivery?",
    "¿Pueden darnos el mismo descuento?",
    "Can you give us a discount on the total?",  # a concession before the figure word
    "Can you give me the same total as last year?",
    "Could you give us your final number?",
    "We sign today. Could you confirm you will waive the fee?",  # the last sentence asks a commitment
    "We'd like the installation to start on 7 July. Can you confirm those dates?",  # confirms what the context asks
    "Could you confirm the figure? We would like the installation free.",  # a wish stated after it
    "Could you confirm?",  # nothing follows
    "What is the warranty period?",  # no frame
])
def test_no_frame_is_taken_off_a_request_for_a_commitment_or_a_concession(message):
    assert framed_question(message) is None


def test_the_handoff_mass_sums_the_intents_that_need_a_person():
    probabilities = {"negotiation": 0.2, "change": 0.1, "information": 0.6, "commercial": 0.1}
    assert handoff_mass(probabilities) == pytest.approx(0.3)
