"""A message that proposes an alternative to what the offer states: "Können wir die Mindestlaufzeit auf 24 Monate
verkürzen statt 36?", "¿Podemos pagar el equipo en 4 plazos iguales en lugar del calendario de pagos?", "Could we
lease the robots over 48 months instead of buying them?".

"Instead of" (and its forms in the seven chat languages) sets what the buyer wants against what they were offered:
a change to the quote's terms, its dates, its items or its price, which a person agrees to. The intent model often
reads such a message between information and change (its payment or term words are those of information questions
about the offer), so `decision.decide` hands it off at a lower share of the handoff intents
(``alternative_intent_min``). The words are the languages' general connectives, no product or company words.
"""

from __future__ import annotations

import re

_INSTEAD = re.compile(
    r"\b(?:instead of|rather than|in place of|au lieu d[eu']?|plutôt que|à la place d[eu']?|statt|anstatt|anstelle"
    r"|en lugar de(?:l)?|en vez de(?:l)?|invece d[ie]l?\w*|anziché|al posto d[ie]l?\w*|em vez d[eo]s?|em lugar d[eo]s?"
    r"|in plaats van)\b", re.I)


def proposes_alternative(message: str) -> bool:
    """``message`` sets something against what it was offered ("instead of", "statt", "en lugar de", "in plaats
    van" …)."""
    return bool(_INSTEAD.search(message))
