"""Commercial concepts for the commercial-statement guard: which of price, discount, fee, liability, compensation,
guarantee, date and service level (and a trade-in or buy-back, how a price may change, a renewal's price, a price
held for what the quote does not cover, a loss of the buyer's own, where or by whom a thing is made) a question asks
about, whether a quoted sentence names that concept, and which kinds of value state it.

The vocabulary is the general buying vocabulary of the seven languages the chat serves (no product or company
words): a concept is named when one of its word stems starts a word of the text (a stem ending in "$" is a whole
word: "custo" is a cost, "customer" is not).
"""

from __future__ import annotations

import re
from functools import cache

from appliance.answering.answer_types import HOW_MUCH_MONEY, OTHER_SENSES, holds_answer_type

# concept -> (kinds of value that state it, word stems in en, es, fr, de, it, pt, nl)
CONCEPTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "price": (("money",), (
        "price", "priced", "cost", "charge$", "charges$", "charged$", "tariff", "free$",
        "precio", "coste", "costo", "cuesta", "gratis", "gratuit", "cobrar$", "cobran$", "cobraría", "cobrarían",
        "cobrará", "cobrarán", "cobram$",
        "prix", "coût", "coute", "coûte", "tarif", 
        "preis", "kosten", "kostet", "kostenlos", "gratis",
        "prezz", "costa$", "costano$", "gratuit",
        "preço", "preco$", "precos$", "custo$", "custos$", "custa$", "grátis",
        "prijs", "kost", "gratis")),
    "discount": (("percent", "money"), (
        "discount", "rebate", "reduction", "% off", "percent off",
        "descuento", "rebaja", "remise", "rabais", "réduction", "rabatt", "nachlass", "sconto", "ribasso",
        "desconto", "korting")),
    "fee": (("money", "percent"), (
        "fee$", "fees$", "surcharge", "commission", "tasa", "cargo", "recargo", "frais", "gebühr",
        "gebuehr", "zuschlag", "commissione", "canone", "taxa", "encargo", "toeslag", "vergoeding")),
    "liability": (("money", "percent"), (
        "liab", "indemn", "damage", "responsabilidad", "daño", "responsabilité", "dommage", "haftung", "haften",
        "haftet", "schaden", "schäden", "responsabilità", "danni", "danno", "responsabilidade", "dano", "danos",
        "aansprakelijk", "schade")),
    "compensation": (("money", "percent"), (
        "compensat", "penalt", "service credit", "refund", "reimburs", "indemnización", "compensación",
        "penalización", "reembolso", "indemnité", "pénalité", "dédommagement", "rembourse",
        "entschädigung", "vertragsstrafe", "gutschrift", "erstattung", "risarciment", "penale", "rimborso",
        "indemnização", "compensação", "penalização", "schadevergoeding", "compensatie", "boete", "terugbetal")),
    "guarantee": (("duration", "percent", "money"), (
        "guarant", "warrant", "money-back",
        "garantía", "garantia", "garantie", "gewährleistung", "garanzia")),
    "date": (("date", "duration"), (
        "deadline", "delivery date", "by when", "until when", "which date", "what date",
        "fecha", "plazo de entrega", "date limite", "date de livraison", "liefertermin", "stichtag", "termin$",
        "termine$", "data di consegna", "scadenza", "data de entrega", "prazo", "leverdatum", "deadline")),
    "service level": (("percent", "duration"), (
        "uptime", "availability", "service level", "sla$", "response time", "resolution time",
        "disponibilidad", "tiempo de respuesta", "disponibilité", "délai d'intervention", "temps de réponse",
        "verfügbarkeit", "reaktionszeit", "disponibilità", "tempo di risposta", "disponibilidade",
        "tempo de resposta", "beschikbaarheid", "reactietijd", "responstijd")),
    # the seller taking the buyer's old equipment in part payment, or buying back what it sold ("what trade-in credit
    # would you give us for our old machines?", "would you buy back the printers at month 30?"): a sentence answers
    # it only when it names the trade-in or the buy-back ("Trade-in credit: EUR 400 per legacy pump"), not a price
    # list's row of the new machine nor the quote's line. Portuguese "troca" alone is also a part's replacement,
    # French "reprise" a data import or a restart, German "zurücknehmen" a take-back for disposal.
    "trade-in": (("money", "percent"), (
        "trade-in", "trade in our", "trade in old", "trade in my", "trade in these", "trade in those",
        "trade in them", "trade-ins", "traded in", "part-exchange", "part exchange", "buy back", "buy-back",
        "buyback", "buying back", "buy them back", "buy it back",
        "recompra", "recomprar", "parte de pago", "permuta",
        "rachat", "rachèterez", "racheter", "reprise de nos", "reprise de notre", "reprise des anciens",
        "reprise de l'ancien", "reprendrez", "reprenez-vous",
        "inzahlungnahme", "in zahlung", "rückkauf", "zurückkauf", "zurückkaufen",
        "riacquist", "in permuta", "ritiro dell'usato", "valutazione dell'usato",
        "retoma", "programa de troca", "valor de troca", "parte do pagamento",
        "inruil", "terugkoop", "terugkopen", "terugkoopt")),
    # how a price may change over the term ("can the service fee go up every year?", "is there a cap on
    # increases?"): asked only with a price or a fee (`concepts_asked`); a sentence stating it names the increase,
    # its index or its cap ("reviewed annually in line with CPI, capped at 3%")
    "price change": (("percent", "money"), (
        "go up", "goes up", "going up", "increase", "rise$", "rises$", "uplift", "escalat", "index", "cpi$",
        "rpi$", "price review", "reviewed", "price adjustment", "capped", "subir", "suba$", "aumento", "aumentar",
        "incremento", "revisión", "revisar", "ipc$", "augment", "hausse", "révis", "erhöh", "steig", "anpass",
        "indexier", "rincar", "revision", "indicizz", "istat$", "reajust", "verhog", "stijg", "indexer",
        "indexatie", "prijsaanpassing")),
    # the price of a renewal or of the years after the quote's term ("will the 15% discount still apply when we
    # renew?", "what will it cost in year 4 once the minimum term ends?"): asked only with a price, a fee or a
    # discount (`concepts_asked`); the quote's line states today's price, a sentence stating it names the renewal
    # ("renews at the list price then current")
    "renewal": (("money", "percent"), (
        "renew", "still apply", "still applies", "still be valid", "term ends",
        "term is over", "after the initial term", "after the minimum term", "subsequent term", "subsequent year",
        "renov", "renuev", "prórroga", "prorroga", "sigue vigente", "seguirá vigente", "renouvel", "reconduc",
        "toujours valable", "erneuer", "weiterhin gelten", "noch gelten", "gilt noch", "gilt weiterhin", "rinnov",
        "ancora valid", "vernieuw", "blijft gelden", "nog steeds gelden")),
    # the quote's price or discount held for what the quote does not cover ("if we buy a sixth one next year, will
    # you keep the 8% discount for it?", "the same price if we order 30 more?", "is the price locked for 3 years?"):
    # asked only with a price, a fee or a discount (`concepts_asked`); the quote's line states today's price for
    # today's order, a sentence stating it names the hold ("prices are held for follow-on orders placed within 12
    # months")
    "price hold": (("money", "percent", "date", "duration"), (
        "keep the", "keep these", "keep this", "keep that", "keep those", "keep our", "keep your", "keep all",
        "keep it at", "hold the", "hold these", "hold this", "hold that", "hold those", "hold our", "hold your",
        "hold it at", "honour", "honor", "locked", "lock in", "same price", "same prices", "same pricing",
        "same discount", "same rate$", "same rates$", "same terms", "same conditions",
        "mantener", "mantienen", "mantendrán", "mantengan", "mismo precio", "mismos precios", "mismo descuento",
        "mismas condiciones", "congelar",
        "maintenir", "maintenez", "maintiendrez", "même prix", "mêmes prix", "même remise", "mêmes conditions",
        "beibehalten", "halten sie", "gleichen preis", "gleiche preis", "gleichen rabatt", "gleiche rabatt",
        "gleichen konditionen", "festschreiben", "mantenere", "mantenete", "manterrete", "stesso prezzo",
        "stessi prezzi", "stesso sconto", "stesse condizioni", "bloccare",
        "manter", "mantêm", "mantém", "manterão", "mesmo preço", "mesmos preços", "mesmo desconto",
        "mesmas condições", "behouden", "aanhouden", "vasthouden", "dezelfde prijs", "dezelfde korting",
        "dezelfde voorwaarden", "vastzetten")),
    # a loss of the buyer's own ("if the dryer breaks down and we lose the harvest, will you pay for it?", "…
    # compensate us for lost bookings?"): asked only with a liability or a compensation, or with the seller asked
    # to pay (`concepts_asked`). A sentence answers it only when it names that loss ("not liable for loss of crop or
    # any indirect loss") or the liability asked ("liability is capped at EUR 20,000 per incident"): a service
    # credit for downtime, or the quote line of the machine, does not.
    "consequential loss": ((), (
        "lost$", "lose$", "loses$", "losing$", "loss", "consequential", "indirect",
        "pérdida", "perdida", "perdemos", "perder$", "perdido", "lucro cesante",
        "perte", "perdu", "perdons", "perdre$", "manque à gagner",
        "verlust", "verlieren", "verloren", "entgangen", "folgeschad", "folgeschäd",
        "perdita", "perdite", "perdiamo", "perdere$", "perso$", "persi$", "mancato guadagno",
        "perda", "lucros cessantes",
        "verlies", "verliezen", "gederfd", "gevolgschade")),
    # where or by whom a thing is made ("Is the steel for the silo made in the UK? We have a local procurement
    # policy.", "Which manufacturer makes the EC motors?"): a tender scores it, and a datasheet row or the quote's
    # line of the thing does not state it ("original", "prodotto" (a product) and "factory settings" name no
    # making). Asked only as `_ASKED_BY` reads it; a sentence answers it only when it names where or by whom the
    # thing is made ("assembled in our factory in Ohio", "motors supplied by ebm-papst").
    "origin": ((), (
        "made in", "made at", "manufactured", "manufacturing site", "manufacturing plant", "manufacturing facilit",
        "produced in", "produced at", "production site", "production plant", "production facilit", "factory in",
        "our factory", "factories in", "fabricated", "assembled", "built in", "roll-formed", "country of origin",
        "origin$", "sourced", "fabricado", "fabricados", "fabricada", "fábrica", "fabrica en", "origen$",
        "fabriqué", "fabriqués", "fabriquée", "usine", "origine$", "hergestellt", "gefertigt", "produziert",
        "fertigung", "werk in", "herkunft", "fabbricat", "prodotto in", "prodotti in", "prodotta in",
        "prodotte in", "stabiliment", "produzid", "origem$", "gemaakt", "geproduceerd", "vervaardigd", "fabriek",
        "herkomst", "manufacturer", "made by", "supplied by", "brand", "oem$", "hersteller", "marke$", "marken$",
        "marque", "fabricant", "marca$", "marcas$", "fabricante", "produttore", "fabbricante", "fabrikant", "merk$")),
}

# Concepts asked only as a pattern of their own reads them, not by their stems (a stem names them in an answer):
# where a thing is made is asked with the making and a place ("made in the UK?", "where are the panels
# manufactured?", "country of origin"), not "payments made in instalments" nor "changes made in March"; by whom, with
# an interrogative and the maker or the brand ("what brand are the drives?"), not "another manufacturer's offer".
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
           r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_ASKED_BY = {"origin": re.compile(
    r"\b(?:made|manufactured|produced|fabricated|built|assembled|sourced)\s+(?:in|from)\s+(?:the\s+)?"
    rf"(?-i:(?!{_MONTHS})(?:UK|US|USA|EU|[A-Z][a-zà-ÿ]+))"
    r"|\bwhere\b[^?.!]{0,60}\b(?:made|manufactured|produced|built|fabricated|assembled)\b|\bcountry of origin\b"
    r"|\b(?:hergestellt|gefertigt)\b|\bfabriqu[ée]e?s?\s+(?:en|au|aux|à)\b|\boù\b[^?]{0,60}\bfabriqu"
    r"|\bfabricad[oa]s?\s+en\b|\bdónde\b[^?]{0,60}\bfabrica|\b(?:fabbricat|prodott)[oiae]\s+in\b"
    r"|\bdove\b[^?]{0,60}\b(?:fabbrica|prodott)|\b(?:fabricad|produzid)[oa]s?\s+(?:em|no|na)\b"
    r"|\bonde\b[^?]{0,60}\b(?:fabrica|produz)|\b(?:gemaakt|geproduceerd|vervaardigd)\s+in\b"
    r"|\bwaar\b[^?]{0,60}\b(?:gemaakt|geproduceerd|vervaardigd)\b|\b(?:origine|origen|origem|herkunft|herkomst)\b"
    # by whom: the maker or the brand asked ("which manufacturer makes the EC motors?", "van welk merk zijn de
    # harde schijven?")
    r"|\b(?:which|what)\s+(?:\w+\s+)?(?:manufacturer|brand|make)\s+(?:is|are|of|makes|does|do|supplies)\b"
    r"|\bwho\s+(?:makes|manufactures|produces|builds)\b|\bwelche[rsnm]?\s+(?:\w+\s+)?(?:marke|hersteller)\b"
    r"|\bwer\s+(?:stellt|baut|produziert)\b|\bquel(?:le)?s?\s+(?:\w+\s+){0,2}(?:marque|fabricant)\b|\bqui\s+fabrique\b"
    r"|\b(?:qué|cuál|qual|que)\s+(?:\w+\s+){0,2}(?:marca|fabricante)\b|\b(?:quién|quem)\s+fabrica\b"
    r"|\b(?:quale|che)\s+(?:\w+\s+){0,2}(?:marca|produttore|fabbricante)\b|\bchi\s+(?:produce|fabbrica)\b"
    r"|\b(?:welk|welke)\s+(?:\w+\s+)?(?:merk|fabrikant)\b|\bwie\s+maakt\b",
    re.I)}


@cache
def _pattern(concept: str) -> re.Pattern[str]:
    stems = sorted(CONCEPTS[concept][1], key=len, reverse=True)
    alternatives = (re.escape(s[:-1]) + r"(?![\w])" if s.endswith("$") else re.escape(s) for s in stems)
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")", re.I)


_HOW_MUCH = re.compile(HOW_MUCH_MONEY, re.I)
# The seller asked to pay for something ("will you pay for it?", "would Acme cover…", "¿nos lo pagáis?", "zahlen
# Sie…?"): with it a loss of the buyer's is asked about as a liability. "What do we pay for a lost remote?" is a
# price.
_SELLER_PAYS = re.compile(
    r"\b(?:will|would|do|does|can|could|shall)\s+(?:you|(?-i:[A-Z][\w-]+))\s+(?:\w+\s+)?(?:pay|cover|refund)\b"
    r"|\bnos\s+(?:lo\s+|la\s+)?(?:pag|reembols|indemniz|compens|cubr)\w*"
    r"|\b(?:payerez|rembourserez|couvrirez|dédommagerez)[- ]vous\b|\bnous\s+(?:rembours|dédommag|indemnis|pai|pay)\w*"
    r"|\b(?:zahlen|bezahlen|erstatten|ersetzen|übernehmen)\s+Sie\b"
    r"|\bci\s+(?:pag|rimbors|risarc|copr)\w*"
    r"|\b(?:vocês|voces)\s+(?:\w+\s+)?(?:pag|reembols|indeniz|cobr)\w*"
    r"|\b(?:betalen|vergoeden|dekken)\s+jullie\b|\bons\s+(?:vergoed|terugbetal)\w*", re.I)
# Forms of `_SELLER_PAYS` that do not ask the seller to bear a cost: a plan or a warranty asked to cover something
# ("does Gold cover the paddles?", "cubre", "copre", "couvrirez", "dekken") is what it includes; Portuguese "cobrar"
# is also "to charge" ("quanto vocês cobram?" asks a price), French "nous payons" and Italian "ci paghiamo" are the
# buyer paying.
_NOT_BORNE = re.compile(r"cover|cubr|copr|couvri|dekken|cobr|\bnous\s+(?:pai|pay)|\bci\s+pag", re.I)
# The concepts of a cost the seller bears for the buyer.
_BORNE = ("liability", "compensation", "consequential loss")
# Concepts asked only beside one of these: a change of a price, not of a count or a load ("can we increase the number
# of users?"); a renewal's price, not its notice ("how much notice before it renews?"); a loss asked about as the
# seller's to pay (or with the seller asked to pay), not a loss of power ("if we lose mains power, how long…?").
_ASKED_ONLY_WITH = {"price change": {"price", "fee"}, "renewal": {"price", "fee", "discount"},
                    "price hold": {"price", "fee", "discount"},
                    "consequential loss": {"liability", "compensation"}}


def concepts_asked(question: str) -> tuple[str, ...]:
    """The commercial concepts ``question`` names, in CONCEPTS order ("how much" asks a price unless it measures
    something else)."""
    plain = OTHER_SENSES.sub(" ", question)  # "oil-free", "battery charge": no price
    asked = tuple(concept for concept in CONCEPTS
                  if (_ASKED_BY[concept] if concept in _ASKED_BY else _pattern(concept)).search(plain)
                  or (concept == "price" and _HOW_MUCH.search(plain)))
    pays = _SELLER_PAYS.search(plain)
    seller_pays = pays is not None
    asked = tuple(c for c in asked if c not in _ASKED_ONLY_WITH or _ASKED_ONLY_WITH[c] & set(asked)
                  or c == "consequential loss" and seller_pays)
    if pays is not None and not _NOT_BORNE.search(pays.group(0)) and not set(asked) & set(_BORNE):
        # the seller asked to bear a cost of the buyer's ("will Acme pay the medical bills?", "will you pay the
        # costs of the extra meeting?") is asked about the seller's liability, whatever the cost is called
        asked = tuple(c for c in CONCEPTS if c in asked or c == "liability")
    return asked


# Concepts stated by their value alone: a date, or a period from an event ("within 30 days of the invoice"), answers
# "by when" without naming a deadline.
_STATED_BY_VALUE = {"date": ("date", "duration")}
# A price or a fee is named by an amount in a currency ("removes the old ovens for £350 per oven", "collects used
# units at EUR 250 per unit"): what a thing costs, whether or not the sentence says "price" or "charge".
_CURRENCY_AMOUNT = re.compile(
    r"[$€£¥]\s?\d|\b(?:EUR|USD|GBP|CHF)\s?\d|\d[\d.,]*\s?(?:(?:EUR|USD|GBP|CHF)\b|[€$£¥])")
_NAMED_BY_AMOUNT = ("price", "fee")


# Concepts about risk: when a question asks about one of them, a sentence naming only a price or a fee does not
# answer it ("up to what amount do you pay for the damage?" is not answered by "a replacement at no charge").
_RISK = ("liability", "compensation", "price change", "renewal", "price hold", "consequential loss", "origin",
         "trade-in")


def named_otherwise(word: str, text: str) -> bool:
    """``word`` names a commercial concept that ``text`` names by another of its words ("uptime" over documents
    saying "availability": a service level either way); risk concepts aside (a loss or a cap is the guard's to read
    as asked)."""
    return any(_pattern(concept).match(word) and _pattern(concept).search(text)  # the word is one ("latex-free" no)
               for concept in CONCEPTS if concept not in _RISK)


# A pointer to another part of the documents names a concept without stating it: "ProLine displays should be
# scheduled off 6 hours a day (see the warranty terms)" says nothing of how long the warranty lasts.
_CROSS_REFERENCE = re.compile(
    r"\(\s*(?:see|refer to|cf\.|as per|siehe|voir|véase|ver|vedi|veja|zie)\b[^()]*\)"
    r"|\b(?:see|refer to)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:section|clause|chapter|annex|appendix|terms"
    r"|policy)\b(?:\s+\d[\d.]*)?", re.I)


# A fee is what something costs: "what does cancelling cost us?" is answered by "Cancellation fee: 25% of the order
# value", and "is there a fee?" by a charge.
_ALSO_NAMED_BY = {"price": ("fee",), "fee": ("price",)}


def names_concept(text: str, concepts: tuple[str, ...]) -> bool:
    """``text`` names at least one of ``concepts`` (or a concept that names the same: a fee for a price) outside its
    pointers to other parts of the documents; one of the risk concepts when the question asks about any (True when
    there are none)."""
    risky = tuple(c for c in concepts if c in _RISK)
    if "consequential loss" in risky:  # a service credit is a compensation, not for the buyer's own loss
        risky = tuple(c for c in risky if c != "compensation")
    concepts = risky or tuple(dict.fromkeys(
        [*concepts, *(other for c in concepts for other in _ALSO_NAMED_BY.get(c, ()))]))
    text = _CROSS_REFERENCE.sub(" ", text)
    return not concepts or any(
        _pattern(concept).search(text)
        or any(holds_answer_type(text, kind) for kind in _STATED_BY_VALUE.get(concept, ()))
        or concept in _NAMED_BY_AMOUNT and bool(_CURRENCY_AMOUNT.search(text))
        for concept in concepts)


def states_value(text: str, concepts: tuple[str, ...], asked_kinds: tuple[str, ...]) -> bool:
    """``text`` holds a value of a kind that states one of ``concepts`` (or of a kind the question asks for);
    True when nothing of the sort is asked. An amount may be stated as a share ("a fee of 15% of the order value")."""
    kinds = {kind for concept in concepts for kind in CONCEPTS[concept][0]} | set(asked_kinds)
    if "money" in kinds:
        kinds.add("percent")
    return not kinds or any(holds_answer_type(text, kind) for kind in kinds)


# Interrogative words of the seven languages (closed-class grammar words). A question with none of them is a
# yes/no question ("Is the hardware free if we sign for 36 months?", "Will you replace worn nozzles under
# warranty?"): a sentence stating the concept answers it without a figure. "que", "che", "qui" and "wie" are also
# conjunctions or pronouns, so they count only as the question's first word.
_WH_ANYWHERE = re.compile(
    r"(?<![\w])(?:what|which|how|when|where|who|whom|whose|why|"
    r"was|welche[mnrs]?|wann|warum|wieso|weshalb|wieviel|wo|wer|wen|wem|"
    r"quoi|quel|quelle|quels|quelles|comment|combien|quand|où|pourquoi|qu'|"
    r"qué|cuál|cuáles|cómo|cuánto|cuánta|cuántos|cuántas|cuándo|dónde|quién|quiénes|"
    r"qual|quais|quanto|quanta|quantos|quantas|quando|onde|quem|"
    r"quale|quali|quante|quanti|dove|perché|"
    r"wat|welke|welk|hoe|hoeveel|wanneer|waar|waarom)(?![\w])", re.I)
_WH_FIRST = re.compile(r"^\W*(?:que|che|qui|wie|o que|por que|por qué|come|como)(?![\w])", re.I)
# German "wie" asks when a measure follows it ("Und wie viel kostet das?", "Ab wann und wie lange gilt das?"), wherever
# it stands; alone it is also a conjunction ("so schnell wie möglich")
_WIE_MEASURE = re.compile(
    r"(?<![\w])wie\s+(?:viel|viele|lange|oft|hoch|schnell|schwer|groß|gross|weit|laut|alt)(?![\w])", re.I)


def asks_yes_or_no(question: str) -> bool:
    """The question asks whether something holds, not for a value (no interrogative word; German "wie" with a
    measure anywhere)."""
    return not _WH_ANYWHERE.search(question) and not _WH_FIRST.search(question) and not _WIE_MEASURE.search(question)


def asks_a_price(question: str, concepts: tuple[str, ...]) -> bool:
    """``question`` (whose commercial concepts are ``concepts``) asks with an interrogative word what something costs
    ("and what would that cost?", "¿y cuál es el precio?"), not whether a price holds or is kept ("will you
    hold these prices?")."""
    return bool({"price", "fee"} & set(concepts)) and "price hold" not in concepts and not asks_yes_or_no(question)
