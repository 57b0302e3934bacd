"""The sensitive-data gate: a knowledge source that holds payment data, national IDs, keys or secrets is refused.

Everything runs offline and in memory. Candidates come from three places and every candidate is confirmed by a
check of our own before it counts:

* Presidio's pattern recognizers (``AnalyzerEngine`` on the ``no_op`` NLP engine: no spaCy model, no NER, and no
  email/URL recognizers, so tldextract never runs) find card numbers, IBANs and national ID numbers. We confirm
  them with python-stdnum: Luhn for cards, the ISO 13616 checksum for IBANs, each scheme's own rules for IDs.
* detect-secrets' token plugins (AWS, GitHub, GitLab, Slack, Stripe, OpenAI, JWT, ...) find API tokens; its
  basic-auth plugin finds ``user:password@`` in URLs. We call the plugins' ``analyze_string`` directly: no git, no
  files, no global detect-secrets settings, and never the plugins' network verification.
* Our own patterns: ``-----BEGIN ... PRIVATE KEY-----`` blocks, ``password: value`` credentials and labelled bank
  account numbers.

National ID numbers (document set): US SSN, UK NINO, UK NHS number, FR NIR, DE IdNr (Steuer-ID), ES DNI and NIE,
IT codice fiscale, NL BSN. Most of these are short runs of digits with a weak checksum, so a candidate counts only
when a label for its scheme ("SSN", "NHS", "BSN", "Steuer-ID", ...) stands within ``LABEL_WINDOW`` characters
before it. Two formats are distinctive enough to count on their own once valid: the dashed SSN ``123-45-6789``
and the 16-character codice fiscale. Bank account numbers likewise count only when labelled ("bank account no.", or
"account number:" within ``BANK_CONTEXT_WINDOW`` characters of a bank identifier: routing number, sort code, BSB,
SWIFT/BIC, IBAN, BLZ); a customer, client or member account number is not a bank account.

Text is normalised before it is scanned (:func:`normalise`): NFKC (fullwidth digits become ASCII digits), invisible
characters (zero-width spaces and joiners, soft hyphens, direction marks) removed, dash look-alikes made ``-``. Card
numbers and IBANs are found by our own scanners, not Presidio's, because writers evade fixed formats: a card is any
run of digit groups separated by spaces, ``.``, ``/``, ``-`` or ``_`` whose shape is a card's (one run of 13-19
digits, or a 4-digit group followed by groups of 3-6 digits), that starts with a card network's digit (2-6) and
passes Luhn; a Markdown table row is also read across each pair of neighbouring cells that hold only digits, so a
number split over two cells is found. IBANs are matched case-insensitively and confirmed by their checksum.

Invariant: ``SensitiveFindings`` and its ``reason`` name kinds and counts only, never a matched value.
Text is scanned in chunks of at most ``CHUNK_CHARS`` characters cut at line ends, so memory stays bounded
whatever the size of the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from stdnum import iban, luhn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.us import ssn

PAYMENT_CARD = "payment card number"
IBAN = "IBAN"
BANK_ACCOUNT = "bank account number"
NATIONAL_ID = "national ID number"
PRIVATE_KEY = "private key"
API_TOKEN = "API token"
PASSWORD = "password"

CHUNK_CHARS = 64_000
CHUNK_OVERLAP = 256  # only used when one line is longer than a chunk
LABEL_WINDOW = 160


@dataclass(frozen=True)
class SensitiveFindings:
    """What the gate found in one text: kinds (sorted, case-insensitively) and how many of each. Never values.

    Build it with ``SensitiveFindings.of(counts)`` so that ``kinds`` and ``counts`` agree.
    """

    kinds: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, counts: dict[str, int]) -> SensitiveFindings:
        kept = {kind: count for kind, count in counts.items() if count > 0}
        return cls(kinds=tuple(sorted(kept, key=str.lower)), counts=kept)

    @property
    def refused(self) -> bool:
        return bool(self.counts)

    @property
    def reason(self) -> str:
        if not self.refused:
            return ""
        listed = ", ".join(f"{kind} ×{self.counts[kind]}" for kind in self.kinds)
        return f"refused: contains sensitive data ({listed})"


# --- confirmation of Presidio candidates -------------------------------------------------------------------------

_GENERIC_ID_LABEL = r"national\s+id(?:entity|entification)?\b|identity\s+(?:card\s+)?number|personal\s+id"
_ID_LABELS: dict[str, str] = {
    "US_SSN": r"\bssn\b|social\s+security",
    "UK_NHS": r"\bnhs\b",
    "UK_NINO": r"national\s+insurance|\bnino\b|\bni\s+(?:number|no)\b",
    "FR_NIR": r"\bnir\b|\binsee\b|s[ée]curit[ée]\s+sociale|social\s+security",
    "DE_TAX_ID": r"steuer[- ]?id|steueridentifikationsnummer|identifikationsnummer|\bidnr\b|\btax\s+id",
    "ES_NIF": r"\bdni\b|\bnif\b|documento\s+nacional",
    "ES_NIE": r"\bnie\b|extranjero",
    "NL_BSN": r"\bbsn\b|burgerservicenummer|sofi-?nummer",
}
_LABEL_RE = {
    entity: re.compile(f"{pattern}|{_GENERIC_ID_LABEL}", re.IGNORECASE) for entity, pattern in _ID_LABELS.items()
}
# Schemes that count only when labelled, with their checks on the compacted value.
_LABELLED_ID_CHECKS: dict[str, Callable[[str], bool]] = {
    "UK_NHS": nhs.is_valid,
    "UK_NINO": lambda value: True,  # no checksum; Presidio's pattern already holds the prefix rules
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "ES_NIF": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "NL_BSN": bsn.is_valid,
}
_DASHED_SSN = re.compile(r"^\d{3}-\d{2}-\d{4}$")


def _labelled(entity: str, text: str, start: int) -> bool:
    return bool(_LABEL_RE[entity].search(text, max(0, start - LABEL_WINDOW), start))


def _digits(value: str) -> str:
    return re.sub(r"[\s.\-]", "", value)


def _confirm(entity: str, value: str, text: str, start: int) -> str | None:
    """The finding kind if the Presidio candidate ``value`` at ``text[start:]`` is confirmed, else None."""
    compact = _digits(value)
    if entity == "CREDIT_CARD":
        return PAYMENT_CARD if compact.isdigit() and 13 <= len(compact) <= 19 and luhn.is_valid(compact) else None
    if entity == "IBAN_CODE":
        return IBAN if iban.is_valid(value) else None
    if entity == "IT_FISCAL_CODE":
        return NATIONAL_ID if codicefiscale.is_valid(value) else None
    if entity == "US_SSN":
        valid = ssn.is_valid(compact) and (_DASHED_SSN.match(value) is not None or _labelled(entity, text, start))
        return NATIONAL_ID if valid else None
    check = _LABELLED_ID_CHECKS.get(entity)
    if check is not None and check(compact) and _labelled(entity, text, start):
        return NATIONAL_ID
    return None


# --- our own patterns ---------------------------------------------------------------------------------------------

_PRIVATE_KEY_RE = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|^PuTTY-User-Key-File-\d+:", re.MULTILINE
)
_PASSWORD_RE = re.compile(
    r"(?<![A-Za-z])(?:password|passwd|pwd|passcode|passphrase|passwort|kennwort|mot\s+de\s+passe|contrase[ñn]a|"
    r"wachtwoord)"
    r"[ \t]*[:=][ \t]*(?P<value>\"[^\"\n]{4,128}\"|'[^'\n]{4,128}'|[^\s,;]{4,128})",
    re.IGNORECASE,
)
_PLACEHOLDER_RE = re.compile(r"^(?:[*xX•.\-_#?]+|<[^>]*>|\[[^\]]*\]|\{[^}]*\}|\$\{?\w+\}?|%\w+%|n/?a|none|null)$")
_ACCOUNT_RE = re.compile(
    r"\b(?P<label>(?:bank\s+)?(?:account|acct|a/c)\s*(?:number|no\.?|num|#)|kontonummer|num[ée]ro\s+de\s+compte|"
    r"rekeningnummer|n[úu]mero\s+de\s+cuenta|numero\s+di\s+conto)\s*[:#]?\s*(?P<value>\d[\d \-]{4,24}\d)\b",
    re.IGNORECASE,
)
# A bank identifier near an account number makes it a bank account; the word "bank" alone does not.
_BANK_CONTEXT_RE = re.compile(
    r"routing|\baba\b|sort\s+code|\bbsb\b|\bswift\b|\bbic\b|\biban\b|transit\s+number|\bblz\b|bankleitzahl|"
    r"code\s+banque|code\s+guichet",
    re.IGNORECASE,
)
_NOT_BANK_ACCOUNT_RE = re.compile(r"(?:customer|client|member|loyalty|user|portal|billing)\s*$", re.IGNORECASE)
BANK_CONTEXT_WINDOW = 150


def _is_password_value(raw: str) -> bool:
    """A ``password: value`` pair is a credential when the value looks like one, not like prose or a placeholder."""
    quoted = raw[0] in "\"'"
    value = raw.strip("\"'").rstrip(".")
    if len(value) < 4 or _PLACEHOLDER_RE.match(value):
        return False
    if quoted:
        return True
    has_digit = any(c.isdigit() for c in value)
    has_symbol = any(not c.isalnum() for c in value)
    mixed_case = any(c.isupper() for c in value[1:]) and any(c.islower() for c in value)
    return len(value) >= 6 and (has_digit or has_symbol or mixed_case)


def _own_patterns(text: str) -> Iterator[tuple[str, int]]:
    """(kind, start) of each private key, password and labelled bank account number in ``text``."""
    for match in _PRIVATE_KEY_RE.finditer(text):
        yield PRIVATE_KEY, match.start()
    for match in _PASSWORD_RE.finditer(text):
        if _is_password_value(match.group("value")):
            yield PASSWORD, match.start("value")
    for match in _ACCOUNT_RE.finditer(text):
        digits = re.sub(r"\D", "", match.group("value"))
        if not 6 <= len(digits) <= 17 or _NOT_BANK_ACCOUNT_RE.search(text, max(0, match.start() - 20), match.start()):
            continue
        window = text[max(0, match.start() - BANK_CONTEXT_WINDOW) : match.end() + BANK_CONTEXT_WINDOW]
        if match.group("label").lower().startswith("bank") or _BANK_CONTEXT_RE.search(window):
            yield BANK_ACCOUNT, match.start("value")


# --- normalisation, cards and IBANs --------------------------------------------------------------------------------

# Characters a reader does not see: zero-width space/joiners, word joiner, BOM, soft hyphen, Mongolian vowel
# separator, direction marks and embeddings/isolates.
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF]
    + list(range(0x202A, 0x202F))
    + list(range(0x2066, 0x206A)),
    None,
)
_DASHES = dict.fromkeys([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63], "-")


def normalise(text: str) -> str:
    """What the gate scans: NFKC, invisible characters removed, dash look-alikes as ``-``. Lengths may change."""
    return unicodedata.normalize("NFKC", text.translate(_INVISIBLE)).translate(_INVISIBLE).translate(_DASHES)


_DIGIT_RUN_RE = re.compile(r"(?<!\d)\d+(?:[ \t./_\-]{1,3}\d+)*(?!\d)")
_GROUP_RE = re.compile(r"\d+")
_CARD_FIRST_DIGITS = frozenset("23456")


def _card_shaped(groups: list[str]) -> bool:
    digits = sum(len(group) for group in groups)
    if not 13 <= digits <= 19:
        return False
    if len(groups) == 1:
        return True
    return len(groups[0]) == 4 and all(3 <= len(group) <= 6 for group in groups[1:])


def _is_card(groups: list[str]) -> bool:
    number = "".join(groups)
    return _card_shaped(groups) and number[0] in _CARD_FIRST_DIGITS and luhn.is_valid(number)


def _cards_in_groups(groups: list[tuple[str, int]]) -> Iterator[int]:
    """Start offsets of card numbers among consecutive digit groups (``(digits, start)``); a group is used once."""
    index = 0
    while index < len(groups):
        for end in range(min(len(groups), index + 6), index, -1):
            if _is_card([group for group, _ in groups[index:end]]):
                yield groups[index][1]
                index = end
                break
        else:
            index += 1


def _cards(text: str) -> Iterator[int]:
    for run in _DIGIT_RUN_RE.finditer(text):
        yield from _cards_in_groups([(m.group(), run.start() + m.start()) for m in _GROUP_RE.finditer(run.group())])


_CELL_DIGITS_RE = re.compile(r"^\s*\d+(?:[ \t./_\-]{1,3}\d+)*\s*$")


def _cards_across_cells(text: str) -> Iterator[int]:
    """Cards split over two neighbouring cells of a Markdown table row (each cell digits and separators only)."""
    line_start = 0
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith("|") and line.count("|") >= 3:
            cells: list[tuple[str, int]] = []
            position = line_start + line.index("|") + 1
            for cell in line.strip().strip("|").split("|"):
                cells.append((cell, position))
                position += len(cell) + 1
            for (left, left_at), (right, _) in zip(cells, cells[1:], strict=False):
                if _CELL_DIGITS_RE.match(left) and _CELL_DIGITS_RE.match(right):
                    groups = _GROUP_RE.findall(left) + _GROUP_RE.findall(right)
                    if _is_card(groups) and not _is_card(_GROUP_RE.findall(left)):
                        yield left_at
        line_start += len(line)


_IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \-.]?[A-Za-z0-9]){11,32}")


def _ibans(text: str) -> Iterator[int]:
    """Start offsets of IBANs, any letter case, grouped or not; the longest valid prefix of a candidate counts."""
    for match in _IBAN_RE.finditer(text):
        compact = re.sub(r"[ \-.]", "", match.group()).upper()
        if any(iban.is_valid(compact[:length]) for length in range(min(34, len(compact)), 14, -1)):
            yield match.start()


# --- chunking ------------------------------------------------------------------------------------------------------


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) covering ``text``; pieces end at a line end unless one line is longer than a chunk."""
    position = 0
    while position < len(text):
        end = min(len(text), position + CHUNK_CHARS)
        if end < len(text):
            newline = text.rfind("\n", position, end)
            if newline > position:
                end = newline + 1
                yield position, text[position:end]
                position = end
                continue
            yield position, text[position:end]
            position = end - CHUNK_OVERLAP
            continue
        yield position, text[position:end]
        position = end


# --- the gate ------------------------------------------------------------------------------------------------------

_PRESIDIO_ENTITIES = (  # cards and IBANs: our own scanners (see the module docstring)
    "US_SSN", "UK_NHS", "UK_NINO", "FR_NIR", "DE_TAX_ID", "ES_NIF", "ES_NIE",
    "IT_FISCAL_CODE", "NL_BSN",
)  # fmt: skip

_SECRET_PLUGINS = {
    # module: class; every one is a RegexBasedDetector matching a vendor-specific token format
    "artifactory": "ArtifactoryDetector", "aws": "AWSKeyDetector", "azure_storage_key": "AzureStorageKeyDetector",
    "discord": "DiscordBotTokenDetector", "github_token": "GitHubTokenDetector",
    "gitlab_token": "GitLabTokenDetector", "jwt": "JwtTokenDetector", "mailchimp": "MailchimpDetector",
    "npm": "NpmDetector", "openai": "OpenAIDetector", "pypi_token": "PypiTokenDetector",
    "sendgrid": "SendGridDetector", "slack": "SlackDetector", "square_oauth": "SquareOAuthDetector",
    "stripe": "StripeDetector", "telegram_token": "TelegramBotTokenDetector", "twilio": "TwilioKeyDetector",
    "basic_auth": "BasicAuthDetector",
}  # fmt: skip


class SensitiveDataGate:
    """Scans a document's text for data that must not enter the knowledge base. Build once; ``scan`` is thread-safe.

    Building imports Presidio (which imports spaCy and transformers: seconds, no model is loaded).
    """

    def __init__(self) -> None:
        self._analyzer = _build_analyzer()
        self._secret_plugins = _build_secret_plugins()

    def scan(self, text: str) -> SensitiveFindings:
        """Findings in ``text`` (empty when it may be ingested). CPU-bound: call it from a worker thread."""
        found: set[tuple[str, int]] = set()
        for offset, piece in _chunks(normalise(text)):
            for kind, start in self._scan_piece(piece):
                found.add((kind, offset + start))
        return SensitiveFindings.of(dict(Counter(kind for kind, _ in found)))

    def _scan_piece(self, piece: str) -> Iterator[tuple[str, int]]:
        for result in self._analyzer.analyze(text=piece, language="en", entities=list(_PRESIDIO_ENTITIES)):
            kind = _confirm(result.entity_type, piece[result.start : result.end], piece, result.start)
            if kind is not None:
                yield kind, result.start
        cards = set(_cards(piece))
        yield from ((PAYMENT_CARD, start) for start in cards)
        yield from ((PAYMENT_CARD, start) for start in set(_cards_across_cells(piece)) - cards)
        yield from ((IBAN, start) for start in _ibans(piece))
        yield from _own_patterns(piece)
        yield from self._secrets(piece)

    def _secrets(self, piece: str) -> Iterator[tuple[str, int]]:
        """API tokens and URL credentials; a plugin that matches the piece is re-run per line to count exactly."""
        for plugin in self._secret_plugins:
            if next(iter(plugin.analyze_string(piece)), None) is None:
                continue
            kind = PASSWORD if plugin.secret_type == "Basic Auth Credentials" else API_TOKEN
            line_start = 0
            for line in piece.splitlines(keepends=True):
                for index, _ in enumerate(set(plugin.analyze_string(line))):
                    yield kind, line_start + index
                line_start += len(line)


def _build_analyzer() -> Any:
    try:
        from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NoOpNlpEngine
        from presidio_analyzer.predefined_recognizers import (
            EsNieRecognizer,
            EsNifRecognizer,
            NhsRecognizer,
            UkNinoRecognizer,
            UsSsnRecognizer,
        )
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise RuntimeError("the sensitive-data gate needs presidio-analyzer: pip install presidio-analyzer") from error

    recognizers = [
        UsSsnRecognizer(),
        NhsRecognizer(),
        UkNinoRecognizer(),
        EsNifRecognizer(supported_language="en"),
        EsNieRecognizer(supported_language="en"),
        PatternRecognizer(
            supported_entity="IT_FISCAL_CODE",  # Presidio's exhaustive pattern costs a third of the scan; stdnum checks
            patterns=[
                Pattern(
                    "IT codice fiscale",
                    r"\b[A-Z]{6}[\dLMNP-V]{2}[A-EHLMPR-T][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]\b",
                    0.5,
                )
            ],
        ),
        PatternRecognizer(
            supported_entity="FR_NIR",
            patterns=[Pattern("FR NIR", r"\b[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}\b", 0.5)],
        ),
        PatternRecognizer(
            supported_entity="DE_TAX_ID",  # Presidio's own DE recognizer misses the usual "12 345 678 901" spacing
            patterns=[Pattern("DE IdNr", r"\b[1-9]\d ?\d{3} ?\d{3} ?\d{3}\b", 0.3)],
        ),
        PatternRecognizer(
            supported_entity="NL_BSN",
            patterns=[Pattern("NL BSN", r"\b\d{4}\.?\d{2}\.?\d{3}\b", 0.3)],
        ),
    ]
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=["en"])
    engine = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "no_op"}])
    engine.load()
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])


def _build_secret_plugins() -> list[Any]:
    from importlib import import_module

    try:
        return [
            getattr(import_module(f"detect_secrets.plugins.{module}"), name)()
            for module, name in _SECRET_PLUGINS.items()
        ]
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise RuntimeError("the sensitive-data gate needs detect-secrets: pip install detect-secrets") from error
