"""`intent.alternatives.proposes_alternative`: "instead of" in the seven chat languages."""

import pytest

from appliance.answering.intent.alternatives import proposes_alternative


@pytest.mark.parametrize("message", [
    "Could we lease the two robots over 48 months instead of buying them?",
    "We'd prefer monthly invoices rather than a year up front.",
    "Können wir die Mindestlaufzeit auf 24 Monate verkürzen statt 36?",
    "Könnten wir anstelle der Anzahlung in drei Raten zahlen?",
    "¿Podemos pagar en 4 plazos en lugar del calendario de pagos?",
    "Nous souhaitons un acompte de 20 % au lieu de 30 %.",
    "Possiamo pagare il 100% all'accettazione invece del 30% all'ordine?",
    "Podemos pagar em 12 prestações em vez de pagar tudo na entrega?",
    "Kunnen we in vier termijnen betalen in plaats van 30/60/10?",
])
def test_an_alternative_set_against_the_offer_is_read_in_every_language(message):
    assert proposes_alternative(message)


@pytest.mark.parametrize("message", [
    "What are the payment terms?",
    "Rather thankful for the quick reply - what is the lead time?",
    "Wie lange ist die Lieferzeit?",
    "¿Cuál es el plazo de entrega?",
])
def test_a_question_setting_nothing_against_the_offer_is_not(message):
    assert not proposes_alternative(message)
