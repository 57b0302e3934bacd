"""Polite request frames around an information question: "Could you confirm the warranty period on the DC2
controllers?", "Can you remind me of the payment schedule?", "Pourriez-vous préciser le délai de livraison ?".

"Could you…" and "Can you…" open most requests for a change or a concession in the intent model's training data, so
such a frame reads as a request to the seller even when what it asks for is information. Only frames whose verb asks
to be told something count (confirm, remind, summarise, explain, clarify, tell, walk through, in the seven chat
languages), and only when what follows names a thing rather than a commitment: "Could you confirm you'll waive the
fee?", "…confirmar que nos alargam a garantia", "walk me through why the invoice is higher" keep their frame.
"""

from __future__ import annotations

import re

_GREETING = r"(?:(?:hi|hello|hey|bonjour|hallo|hola|ciao|olá|hoi)\b[\s,!.]*)?"
_ASKER = (r"(?:(?:could|can|would) you(?: please)?|please|pourriez-vous|pouvez-vous|(?:können|könnten) sie(?: bitte)?"
          r"|(?:podría|puede|podrían|pueden)(?: usted)?|(?:potrebbe|può|potreste|potete)|(?:poderia|pode|poderiam)"
          r"|(?:kunt|kan|zou) u)")
_TELL = (r"(?:just\s+)?(?:confirm|remind (?:me|us)(?: of)?|summari[sz]e|tell (?:me|us)|explain|clarify"
         r"|let (?:me|us) know|spell out|walk (?:me|us) through|break down"
         r"|(?:me |nous )?(?:confirmer|rappeler|résumer|indiquer|préciser|expliquer)"
         r"|(?:mir |uns )?(?:bestätigen|erklären|zusammenfassen|sagen|nennen|mitteilen)"
         r"|(?:me |nos )?(?:confirmar|recordar|resumir|indicar|explicar|decir|aclarar|lembrar)"
         r"|(?:mi |ci )?(?:confermare|ricordare|riassumere|indicare|spiegare|dire|chiarire)"
         r"|(?:me |ons )?(?:bevestigen|uitleggen|samenvatten|vertellen|aangeven))")
# what follows names a commitment or a grievance, not a thing: a clause ("that you…", "que…", "dass…", "why…"),
# or something new rather than a thing of the offer ("confirm an extension of the warranty", "une extension")
_CLAUSE = (r"(?:that|whether|if|why|you|we|que|qu'|si|pourquoi|vous|nous|dass|ob|warum|sie|wir|por qué|porque"
           r"|che|se|perché|dat|of|waarom|u|wij"
           r"|a|an|un|une|ein|eine|einen|einem|uno|una|um|uma|een)\b")
# Being given a figure ("Can you give me that number?", "…give us the grand total including VAT", "¿Puede darme
# el importe total?") asks to be told one: only when what follows is a figure named by a definite or demonstrative
# determiner, since "give us the same price as last year", "give us a discount" or "give us free delivery" ask for a
# concession
_FIGURE = (r"(?:figure|number|amount|total|subtotal|sum|breakdown|calculation"
           r"|chiffre|montant|somme|cifra|importe|suma|importo|totale|somma|valor|montante|soma)s?")
# the words between the determiner and the figure: none asks for a better one ("a discount on the total", "the same
# total as last year", "a better figure", "your final number")
_PLAIN_WORD = (r"(?!(?:discount|rebate|reduction|better|best|lower|lowest|cheaper|special|same|reduced|final|new|off"
               r"|free|remise|meilleur|même|descuento|mejor|mismo|sconto|migliore|stesso|desconto|melhor|mesmo)\b)")
_BEFORE_FIGURE = rf"(?:{_PLAIN_WORD}[\w-]+\s+){{0,3}}?{_FIGURE}\b"
_GIVE = (rf"(?:give (?:me|us)\s+(?=(?:that|the|this|these|those)\s+{_BEFORE_FIGURE})"
         r"|(?:(?:me|nous) donner|dar(?:me|nos|mi|ci)|dar-(?:me|nos)|(?:me|nos) dar)\s+(?=(?:ce|cette|ces|le|la|les"
         rf"|el|ese|esa|este|esta|il|lo|quel|quella|questo|questa|o|a|esse|essa)\s+{_BEFORE_FIGURE}))")
_FRAME = re.compile(rf"\s*¿?\s*{_GREETING}{_ASKER}\s+(?:{_TELL}\b(?!\s*,?\s*{_CLAUSE})|{_GIVE})\s*", re.I)
# A figure asked for after a statement of context ("Finance wants the total including VAT. Can you give me that
# figure?"): only being given a figure, since a verb of being told there confirms what the context proposes ("We'd
# like the installation to start on 7 July. Can you confirm those dates?")
_GIVE_FRAME = re.compile(rf"\s*¿?\s*{_ASKER}\s+{_GIVE}\s*", re.I)
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S[^.!?]*[.!?]?\s*$)")
# A statement to confirm ("the extended warranty comes free if we sign", "the 15% discount still applies") asks for a
# commitment; an embedded question ("until what date the quote is valid", "tot wanneer de offerte geldig is") or a
# thing named ("the warranty period on the controllers") asks to be told. Read by its verb and its opening word.
_FINITE = re.compile(r"\b(?:is|are|was|will|would|comes?|applies|apply|holds?|stays?|remains?|includes?|covers?"
                     r"|can|could|est|sont|reste|restent|s'applique|es|son|sigue|siguen|aplica|ist|sind|gilt|bleibt"
                     r"|è|sono|vale|resta|é|são|continua|zijn|blijft|geldt)\b", re.I)
_EMBEDDED_QUESTION = re.compile(
    r"^(?:what|when|how|which|who|where|until|quand|quel|quelle|quels|quelles|comment|combien|où|jusqu'à|cuándo|cuál"
    r"|cuáles|cómo|cuánto|cuánta|dónde|qué|hasta|wann|wie|welche|welcher|welches|was|wo|bis|quando|quale|quali|come"
    r"|quanto|quanta|dove|cosa|qual|quais|onde|até|wanneer|welke|hoe|hoeveel|waar|wat|tot)\b", re.I)


def framed_question(message: str) -> str | None:
    """What ``message`` asks to be told, without its polite frame ("Could you confirm the warranty period on X?":
    "the warranty period on X?"), the frame opening the message, or a figure asked for in its last sentence (the
    context before it kept); None when it has no such frame or nothing follows it."""
    match = _FRAME.match(message)
    context = ""
    if match is None:
        last = _LAST_SENTENCE.search(message)
        match = _GIVE_FRAME.match(message, last.end()) if last is not None else None
        if match is None:
            return None
        context = message[:last.start()].strip() + " "
    rest = message[match.end():].strip()
    if not any(ch.isalnum() for ch in rest) or _FINITE.search(rest) and not _EMBEDDED_QUESTION.match(rest):
        return None
    return context + rest[:1].upper() + rest[1:] if context else rest  # a sentence of its own after the context
