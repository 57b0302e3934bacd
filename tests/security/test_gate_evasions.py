"""The sensitive-data gate normalises before it scans: a corpus of evasions that must be refused and look-alikes that
must pass (issue 12). Real detectors (Presidio on the no_op engine, detect-secrets, python-stdnum), no fakes."""

from __future__ import annotations

import pytest

from appliance.ingestion.sensitive import IBAN, PAYMENT_CARD, SensitiveDataGate, normalise

ZWSP, ZWJ, SHY, WJ = "\u200b", "\u200d", "\u00ad", "\u2060"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.fixture(scope="module")
def gate() -> SensitiveDataGate:
    return SensitiveDataGate()


CARD_EVASIONS = {
    "dots": "Card 4111.1111.1111.1111 on file.",
    "slashes": "Card 4111/1111/1111/1111 on file.",
    "dashes": "Card 4111-1111-1111-1111 on file.",
    "underscores": "Card 4111_1111_1111_1111 on file.",
    "mixed separators": "Card 4111 1111.1111-1111 on file.",
    "double spaces": "Card 4111  1111  1111  1111 on file.",
    "tabs": "Card 4111\t1111\t1111\t1111 on file.",
    "en dashes": "Card 4111\u20131111\u20131111\u20131111 on file.",
    "contiguous": "Card number4111111111111111.",
    "zero-width spaces": f"Card 4{ZWSP}1{ZWSP}1{ZWSP}1 1111 1111 1111 on file.",
    "zero-width joiners inside groups": f"Card 41{ZWJ}11 11{ZWJ}11 1111 11{WJ}11 on file.",
    "soft hyphens": f"Card 4111{SHY}1111{SHY}1111{SHY}1111 on file.",
    "fullwidth digits": "Card " + "4111 1111 1111 1111".translate(FULLWIDTH) + " on file.",
    "fullwidth with ideographic spaces": "Card ４１１１\u3000１１１１\u3000１１１１\u3000１１１１.",
    "amex 4-6-5 with dots": "Amex 3782.822463.10005",
    "mastercard 2-series": "MC 2223 0031 2200 3222",
    "19-digit": "Card 4000 0000 0000 0000 006",
    "split across two table cells": "| Name | Card (1) | Card (2) |\n| --- | --- | --- |\n| Jo | 4111 1111 | 1111 1111 |\n",
    "split unevenly across cells": "| a | b |\n|---|---|\n| 4111 1111 1111 | 1111 |\n",
    "split across cells, dots": "| x | 5105.1051 | 0510.5100 | y |\n",
    "in a sentence with a colon": "PAN:4012888888881881.",
}


@pytest.mark.parametrize("text", CARD_EVASIONS.values(), ids=CARD_EVASIONS.keys())
def test_card_number_evasions_are_refused(gate: SensitiveDataGate, text: str) -> None:
    findings = gate.scan(f"Notes.\n{text}\nMore notes.")
    assert findings.counts.get(PAYMENT_CARD) == 1, findings.reason


IBAN_EVASIONS = {
    "lowercase grouped": "pay to gb82 west 1234 5698 7654 32 by friday",
    "lowercase compact": "iban: de89370400440532013000",
    "mixed case": "IBAN Fr14 2004 1010 0505 0001 3m02 606",
    "dashes": "IBAN DE89-3704-0044-0532-0130-00",
    "dots": "IBAN NL91.ABNA.0417.1643.00",
    "zero-width": f"IBAN DE89{ZWSP}3704{ZWSP}0044{ZWSP}0532{ZWSP}0130{ZWSP}00",
    "fullwidth": "IBAN ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００",
}


@pytest.mark.parametrize("text", IBAN_EVASIONS.values(), ids=IBAN_EVASIONS.keys())
def test_iban_evasions_are_refused(gate: SensitiveDataGate, text: str) -> None:
    findings = gate.scan(f"Notes.\n{text}\nMore notes.")
    assert findings.counts.get(IBAN) == 1, findings.reason


LOOK_ALIKES = {
    "table of years": "| 2021 | 2022 | 2023 | 2024 |\n| --- | --- | --- | --- |\n| 4500 | 4800 | 5100 | 5400 |\n",
    "table of eight-digit references": "| PO | Ref |\n|---|---|\n| 41111111 | 11111111 |\n",
    "phone numbers": "Call +44 20 7946 0958 or +1 555 0100 2200 or 0800 123 4567.",
    "dates and versions": "Valid 14.03.2025 to 2025/12/31; firmware 4.11.1111.1; build 2024-11-30.",
    "ISBN and EAN": "ISBN 978-3-16-148410-0; EAN 4006381333931; GTIN 00012345600012.",
    "a Luhn-invalid card": "Test card 4111 1111 1111 1112 (invalid).",
    "a valid Luhn number starting with 1": "Meter 1234 5678 9012 3452.",
    "fullwidth prices": "Price ４,５００ EUR, quantity １２.",
    "invoice numbers in cells": "| Invoice | Amount |\n|---|---|\n| 2025-00042 | 12,500.00 |\n",
    "lowercase words and digits": "model ab12cdefghijklmno, sku de89-green-large, part gb82west.",
    "zero-width in prose": f"Deli{ZWSP}very in 6{ZWSP}-8 weeks; 1{ZWSP}200 sensors.",
    "coordinates": "51.5072, -0.1276 and 48.8566/2.3522",
}


@pytest.mark.parametrize("text", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_look_alikes_pass(gate: SensitiveDataGate, text: str) -> None:
    assert gate.scan(text).counts == {}, gate.scan(text).reason


def test_normalise_maps_fullwidth_and_drops_invisible_characters() -> None:
    assert normalise("４１１１\u200b–１") == "4111-1"
    assert normalise(f"a{SHY}b{ZWJ}c\u202ed") == "abcd"
