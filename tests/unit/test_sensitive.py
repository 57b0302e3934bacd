"""The sensitive-data gate on real detectors (Presidio on the no_op engine, detect-secrets, python-stdnum).

Refusals name kinds and counts, never values: every refusing test also checks that no matched value leaks.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from appliance.ingestion.sensitive import (
    API_TOKEN,
    BANK_ACCOUNT,
    CHUNK_CHARS,
    IBAN,
    NATIONAL_ID,
    PASSWORD,
    PAYMENT_CARD,
    PRIVATE_KEY,
    SensitiveDataGate,
    SensitiveFindings,
)

HELIOS = Path(__file__).resolve().parents[3] / "shared" / "scenarios" / "helios-solar" / "knowledge"  # ../shared


@pytest.fixture(scope="module")
def gate() -> SensitiveDataGate:
    return SensitiveDataGate()


def assert_no_values(findings: SensitiveFindings, *values: str) -> None:
    shown = f"{findings!r} {findings.reason} {findings.kinds} {findings.counts}"
    for value in values:
        assert value not in shown
        assert re.sub(r"\D", "", value) == "" or re.sub(r"\D", "", value) not in re.sub(r"\D", "", shown)


def html_text(path: Path) -> str:
    return re.sub(r"<[^>]+>", " ", path.read_text())


# --- the scenario's knowledge files --------------------------------------------------------------------------------


def test_customer_payment_details_are_refused(gate: SensitiveDataGate) -> None:
    findings = gate.scan((HELIOS / "customer-payment-details.md").read_text())
    assert findings.refused
    assert findings.counts == {PAYMENT_CARD: 2, IBAN: 1}
    assert findings.kinds == (IBAN, PAYMENT_CARD)
    assert findings.reason == "refused: contains sensitive data (IBAN ×1, payment card number ×2)"
    assert_no_values(findings, "4012 8888 8888 1881", "5105 1051 0510 5100", "GB82 WEST 1234 5698 7654 32", "WEST")


@pytest.mark.parametrize("name", ["warranty-and-service.md", "panels-datasheet.html"])
def test_ordinary_knowledge_passes(gate: SensitiveDataGate, name: str) -> None:
    path = HELIOS / name
    text = html_text(path) if name.endswith(".html") else path.read_text()
    findings = gate.scan(text)
    assert not findings.refused
    assert findings.reason == ""
    assert findings.kinds == ()


# --- false positives -----------------------------------------------------------------------------------------------

BUSINESS_TEXT = """\
# Price list 2025 (valid until 2025-12-31)

| Item | SKU | Qty | Unit price | Total |
| --- | --- | --- | --- | --- |
| Helios H-450 panel | HX-450-2024-BLK | 667 | 182.00 EUR | 121,394.00 EUR |
| Inverter SG-10K | INV-10K-3PH | 12 | 1,180.00 EUR | 14,160.00 EUR |
| Mounting kit | MK-2200-AL | 118000 | 0.35 EUR | 41,300.00 EUR |

Purchase order PO 4500-7781, order number 4500778112, invoice INV-2025-00042, quote Q-2025-0117.
Call sales on +1 555 0100 2200, (555) 010-2200 or +44 20 7946 0958; fax 555-0100.
Certified to ISO 9001:2015, ISO 14001, ISO 27001, IEC 61215 and IEC 61730; standard EN 50549-1:2019.
Customer account number: 100234567 (use it when you call support). Ticket #1234567890.
Tracking 1Z999AA10123456784; EAN 4006381333931; ISBN 978-3-16-148410-0; serial SN 20240318-0042.
Payment terms: 30 days net, 2% discount within 10 days. Bank transfers take 2-3 business days.
Please reset your password in the portal. The password must be at least 12 characters long.
Password: see the onboarding guide. Passwords are never sent by email; password = <your password>.
Our SSO uses an API token that your administrator creates in the portal.
Dates: 03/14/2025, 14.03.2025, 2025-03-14T10:00:00Z. Version 2.13.0. Coordinates 51.5072, -0.1276.
Capacity 4500 kWh, 10,000,000 cycles, 123-456-7890 is our toll-free line.
"""


def test_realistic_business_text_passes(gate: SensitiveDataGate) -> None:
    findings = gate.scan(BUSINESS_TEXT)
    assert findings.counts == {}, findings.reason


def test_unlabelled_checksum_valid_numbers_are_not_national_ids(gate: SensitiveDataGate) -> None:
    # Each is a valid number of its scheme but stands without a label: an order number, a reference, a part.
    text = "Order 111222333 shipped. Reference 943 476 5919. Part 36574261809. Lot 2 95 10 99 126 111 93."
    assert gate.scan(text).counts == {}


# --- what must be refused ------------------------------------------------------------------------------------------

KEY_BODY = "MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu"
GITHUB_TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"


@pytest.mark.parametrize(
    ("text", "kind", "secret"),
    [
        ("Card: 4111 1111 1111 1111 exp 12/27", PAYMENT_CARD, "4111 1111 1111 1111"),
        ("Amex 3782-822463-10005 on file", PAYMENT_CARD, "3782-822463-10005"),
        ("Pay to DE89 3704 0044 0532 0130 00 by Friday", IBAN, "DE89 3704 0044 0532 0130 00"),
        ("iban: FR1420041010050500013M02606", IBAN, "FR1420041010050500013M02606"),
        ("Employee SSN 536-90-4399", NATIONAL_ID, "536-90-4399"),
        ("SSN: 536904399", NATIONAL_ID, "536904399"),
        ("NHS number: 943 476 5919", NATIONAL_ID, "943 476 5919"),
        ("National Insurance number JG 10 37 00 A", NATIONAL_ID, "JG 10 37 00 A"),
        ("Numéro de sécurité sociale : 2 95 10 99 126 111 93", NATIONAL_ID, "2 95 10 99 126 111 93"),
        ("Steuer-ID: 36 574 261 809", NATIONAL_ID, "36 574 261 809"),
        ("DNI 54362315K", NATIONAL_ID, "54362315K"),
        ("NIE: X2482300W", NATIONAL_ID, "X2482300W"),
        ("BSN 111222333", NATIONAL_ID, "111222333"),
        ("Codice fiscale RCCMNL83S18D969H", NATIONAL_ID, "RCCMNL83S18D969H"),
        (
            "Wire to First Bank, routing number 021000021, account number: 12345678",
            BANK_ACCOUNT,
            "12345678",
        ),
        ("Sort code 12-34-56, bank account no. 31926819", BANK_ACCOUNT, "31926819"),
        (f"-----BEGIN RSA PRIVATE KEY-----\n{KEY_BODY}\n-----END RSA PRIVATE KEY-----", PRIVATE_KEY, KEY_BODY),
        ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n", PRIVATE_KEY, "b3BlbnNzaC1rZXktdjE="),
        ("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", API_TOKEN, "AKIAIOSFODNN7EXAMPLE"),
        (f"token {GITHUB_TOKEN} for CI", API_TOKEN, GITHUB_TOKEN),
        ("slack: xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", API_TOKEN, "xoxb-123456789012"),
        ("stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc", API_TOKEN, "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
        ("Wi-Fi password: Helios2025!", PASSWORD, "Helios2025!"),
        ('db_password = "correct horse"', PASSWORD, "correct horse"),
        ("Kennwort: Sonne#Mond7", PASSWORD, "Sonne#Mond7"),
        ("Admin console: https://admin:S3cretPass@portal.example.com/", PASSWORD, "S3cretPass"),
    ],
)
def test_sensitive_data_is_refused_without_its_value(
    gate: SensitiveDataGate, text: str, kind: str, secret: str
) -> None:
    findings = gate.scan(f"Some notes.\n{text}\nMore notes.")
    assert kind in findings.kinds, findings.reason
    assert findings.refused
    assert findings.reason.startswith("refused: contains sensitive data (")
    assert_no_values(findings, secret)


def test_counts_and_reason_list_every_kind(gate: SensitiveDataGate) -> None:
    text = (
        "Cards: 4012 8888 8888 1881 and 5105 1051 0510 5100 and 4012 8888 8888 1881 again.\n"
        "IBAN GB82 WEST 1234 5698 7654 32.\nAPI key: AKIAIOSFODNN7EXAMPLE\n"
    )
    findings = gate.scan(text)
    assert findings.counts == {PAYMENT_CARD: 3, IBAN: 1, API_TOKEN: 1}
    assert findings.reason == "refused: contains sensitive data (API token ×1, IBAN ×1, payment card number ×3)"


def test_findings_are_frozen(gate: SensitiveDataGate) -> None:
    findings = gate.scan("IBAN GB82 WEST 1234 5698 7654 32")
    with pytest.raises(AttributeError):
        findings.kinds = ()  # type: ignore[misc]


# --- large texts ---------------------------------------------------------------------------------------------------


def test_large_text_is_scanned_in_chunks_and_finds_what_lies_far_in(gate: SensitiveDataGate) -> None:
    filler = (HELIOS / "warranty-and-service.md").read_text()
    copies = (3 * CHUNK_CHARS) // len(filler) + 1
    text = filler * copies + "Card 4012 8888 8888 1881\n" + filler * copies + "iban GB82WEST12345698765432\n"
    findings = gate.scan(text)
    assert findings.counts == {PAYMENT_CARD: 1, IBAN: 1}


def test_a_single_line_longer_than_a_chunk_is_split_with_overlap(gate: SensitiveDataGate) -> None:
    words = "word " * (CHUNK_CHARS // 5)
    text = words[: CHUNK_CHARS - 10] + " 4012 8888 8888 1881 " + words  # the card straddles the first cut
    assert gate.scan(text).counts == {PAYMENT_CARD: 1}
