"""The amounts of a quote's payment stages, computed by code from the shares its terms state ("Payment 40% on order
confirmation, 50% on delivery, 10% on commissioning", "A 30% deposit is due on order confirmation and the balance 14
days before load-in"), so a buyer asking "how much is the deposit in pounds?" is answered from an exact figure
instead of a percentage to multiply.

Pure functions of the terms' text and the quote's total before tax. Read conservatively: the shares are those in a
sentence about paying (payment, deposit, instalment, invoiced, due, balance in the seven languages), never a tax, a
discount, an interest rate or a fee; a stated balance is the share the others leave. Nothing is computed when the
shares the terms state add up to more than 100% (several schedules, for parts of the quote), nor when the schedule
names what it is for: words other than paying words before its first share ("Equipment and installation are invoiced
30% with order", "One-off items (hardware and installation): 50% on order", "Labelora Terms of Supply apply: 40%
deposit") or a "for" in a stage ("30% deposit on order for installation projects"). Those shares are of a part of the
quote, and an amount computed on its whole total would be wrong. The passage says what the shares are of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_SENTENCE = re.compile(r"(?<=[.;:])\s+(?=[A-Z0-9ÀÉÈÜÖÄ])")
_PAYING = re.compile(
    r"\b(?:pay\w*|deposit|down[- ]payment|advance|instal+ments?|invoiced|due|balance|milestones?|acompte|solde"
    r"|paiement|payable|anzahlung|zahlung|zahlbar|restbetrag|anticipo|pago|saldo|pagamento|acconto|aanbetaling"
    r"|betaling|restant)\b", re.I)
_SHARE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s?%")
# a percentage that is no share of the price to pay: a tax, a discount, an interest rate, a fee or surcharge
_NO_STAGE = re.compile(
    r"\b(?:vat|tax|discount|interest|surcharge|fee|late|penalt\w*|per (?:annum|month|year)|mwst|ust|tva|iva|btw"
    r"|rabatt|remise|descuento|sconto|korting|zinsen|intérêts?|intereses|interessi|juros|rente)\b", re.I)
_BALANCE = re.compile(r"\b(?:the )?(?:balance|remainder|rest|remaining amount|solde|restbetrag|saldo|restant)\b",
                      re.I)
# A share referred to by the definite article ("receipt of the 30% payment"): a stage already stated when its share
# was (English only: the other languages name a new stage with their article, "el 30% a la firma").
_REFERRED = re.compile(r"\bthe\s+$", re.I)
_FULL_SENTENCE = re.compile(r"(?<=[.;])\s+")
_PERIOD = re.compile(r"(?<=\.)\s+")
# The words that may lead a schedule of the whole quote ("Payment: 30% …", "A 30% deposit …", "Terms of payment: …")
_LEAD = frozenset(
    "a an the of payment payments terms term schedule invoicing deposit our is are will be zahlung zahlungsbedingungen "
    "paiement conditions de pago condiciones pagamento condizioni di betaling betalingsvoorwaarden voorwaarden".split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SCOPED_STAGE = re.compile(r"\b(?:for|für|pour|para|per|voor)\b", re.I)
_CLAUSE_END = re.compile(r"[,;]|\s(?:and|et|und|y|e|en)\s(?=(?:the |le |la |der |die |el |il |o |de )?\d|"
                         r"(?:the )?(?:balance|remainder|rest|solde|restbetrag|saldo|restant)\b)", re.I)


@dataclass(frozen=True)
class PaymentStage:
    share: Decimal  # percent of the quote's total before tax
    wording: str  # the terms' own words for the stage ("30% on order confirmation", "the balance … before load-in")
    amount: Decimal


def payment_stages(terms: str, total: Decimal) -> list[PaymentStage]:
    """The payment stages the terms state, each with its amount as a share of ``total``; [] when the terms state no
    schedule this reads with confidence."""
    stages: list[tuple[Decimal, str]] = []
    balance: str | None = None
    stated = Decimal(0)  # every share the terms state that is no tax, discount or rate, paying words or not
    # a sentence is about paying when any part of it is ("Terms of payment: 30% with order, 70% on delivery.")
    pieces = [(piece, bool(_PAYING.search(full))) for full in _FULL_SENTENCE.split(terms)
              for piece in _SENTENCE.split(full)]
    for sentence, paying in pieces:
        for match in _SHARE.finditer(sentence):
            if _no_stage(sentence, match):
                continue
            clause = _clause(sentence, match.start())
            share = Decimal(match.group(1).replace(",", "."))
            if _REFERRED.search(sentence[:match.start()]) and any(share == stage for stage, _ in stages):
                continue  # "… from the signed order and receipt of the 30% payment": a stage stated before
            stated += share
            if paying:
                stages.append((share, clause))
        found = _BALANCE.search(sentence) if paying else None
        if found is not None and stages and balance is None:
            balance = _clause(sentence, found.start())
    if not stages or _scoped(terms) or any(_SCOPED_STAGE.search(wording) for _, wording in stages):
        return []  # a schedule for a part of the quote: its shares are not of the total
    shares = sum((share for share, _ in stages), Decimal(0))
    if stated > 100 or shares <= 0:  # several schedules (for parts of the quote): no one share of the whole
        return []
    if balance is not None and shares < 100:
        stages.append((Decimal(100) - shares, f"{balance} ({_percent(Decimal(100) - shares)})"))
    return [PaymentStage(share, wording, total * share / 100) for share, wording in stages]


def paying_text(terms: str) -> str:
    """The terms' sentences about paying that state a share or the balance, as written (their full stops dropped),
    joined by semicolons: "Payment: 30% deposit on order confirmation, 60% on delivery, 10% on commissioning
    sign-off; invoices due within 30 days"."""
    kept = [sentence.strip().rstrip(".") for sentence in _PERIOD.split(terms)
            if _PAYING.search(sentence) and (_BALANCE.search(sentence) or any(
                not _no_stage(sentence, match) and not _REFERRED.search(sentence[:match.start()])
                for match in _SHARE.finditer(sentence)))]
    return "; ".join(kept)


def _no_stage(sentence: str, match: re.Match[str]) -> bool:
    """The share ``match`` of ``sentence`` is a tax, a discount, an interest rate or a fee."""
    before = sentence[max(0, match.start() - 30):match.start()]
    return bool(_NO_STAGE.search(before.split(",")[-1] + " " + _clause(sentence, match.start())))


def _scoped(terms: str) -> bool:
    """A sentence stating paying shares names what they are for before its first share (more than paying words); a
    share referred to ("the 30% payment") states nothing of the kind."""
    for sentence in _FULL_SENTENCE.split(terms):
        if not _PAYING.search(sentence):
            continue
        for match in _SHARE.finditer(sentence):
            if _no_stage(sentence, match) or _REFERRED.search(sentence[:match.start()]):
                continue
            lead = {w.lower() for w in _WORD.findall(sentence[:match.start()])}
            if {w for w in lead - _LEAD if not _PAYING.fullmatch(w)}:
                return True
            break
    return False


def _clause(sentence: str, start: int) -> str:
    rest = sentence[start:]
    end = _CLAUSE_END.search(rest, 1)
    return rest[:end.start() if end else len(rest)].strip().rstrip(".")


def _percent(share: Decimal) -> str:
    return f"{share.normalize():f}%"
