"""What kind of value a question asks for (a duration, an amount, a weight, a response time...), read from its
wording in the seven languages the chat serves, and what such a value looks like in a sentence. Pure functions and
patterns: `compose.extractive_answer` favours sentences holding the kind asked, `support.check_answer` and
`decision.py` read whether the quoted text holds it.
"""

from __future__ import annotations

import re

# What kind of value a question asks for, from its wording (English and the chat's other languages), and what such
# a value looks like in a sentence. A sentence holding the asked-for kind is likelier to be the answer.
# A qualifier between a figure and its time unit: how the time is counted ("4,000 operating hours", "3 calendar
# months", "6 consecutive months", "2 full days"), not what it is counted for ("per", "a": "€500 per month")
_TIME_QUALIFIERS = (r"(?:business|working|office|operating|operation|running|run|service|machine|engine|flight|flying"
                    r"|calendar|clock|consecutive|continuous|full|whole|man|person|lamp|burn(?:ing)?|billable"
                    r"|additional|extra|further|more)")
_DURATION_UNITS = (r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?"
                   r"|" + _TIME_QUALIFIERS + r"[- ](?:seconds?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)"
                   r"|weeks?|months?|years?|yrs?"
                   r"|sekunden|minuten|stunden?|(?:betriebs|lauf|arbeits)stunden|(?:werk|arbeits)?tage?[n]?|wochen?"
                   r"|monate?[n]?|jahre?[n]?"
                   r"|secondes?|jours?(?: ouvrés| ouvrables)?|heures?|semaines?|mois|ans|années?"
                   r"|segundos|minutos|horas?|días?(?: hábiles| laborables)?|dias?(?: úteis)?|semanas?|meses|mes|años?"
                   r"|anos?|secondi|ore|giorni(?: lavorativi)?|settimane|mesi|anni"
                   # Dutch "minuten" and "week" are matched above
                   r"|seconden|uur|(?:draai|bedrijfs)?uren|(?:werk)?dagen|dag|weken|maanden|maand|jaren|jaar)")
# "How much" asks for money when a verb, a pronoun or a money word follows it ("how much does it cost", "how much
# is the kit", "how much r we paying", "how much discount", "how much?"), not when it measures a thing ("how much
# speech level reduction does it give", "how much cooler", "how much snow") or what a money word follows ("how much
# the fee can go up": the fee asks); nor when the question measures something else with it ("how much does it
# weigh", "how much power does it use at night"): general English, not any product's words.
HOW_MUCH_MONEY = (r"\bhow much\b(?=\s+(?:do|does|did|is|are|was|were|will|would|could|can|should|shall|might|must|r|u"
                  r"|for|per|of|extra|more|less|cheaper|money|it|we|you|they|i|in|on|to|at|up|altogether|roughly"
                  r"|approximately|exactly|overall|deposit|cash|budget|tax|vat|upfront|discount|off|rebate|refund"
                  r"|credit)\b|\s*[?.!,;:]|\s*$)"
                  r"(?![^?.!]*\b(?:weigh\w*|weight\w*|heavy|power|energy|electricity|kwh|watts?|consum\w*"
                  r"|space|room|storage|memory|disk|data|bandwidth|traffic|water|noise|heat|capacity|volume|payload"
                  r"|load|time|effort|training|notice)\b)")
# Things that last: their length is a duration, not a size (each a lookbehind of its own, fixed width)
_PERIODS = ("contract", "term", "agreement", "subscription", "warranty", "guarantee", "notice", "training", "course",
            "session", "trial", "pilot", "project", "rollout", "stay", "visit", "call", "meeting", "lease", "rental",
            "hire")
# Between a figure and its unit: a space, nothing, or the hyphen of a compound ("a 240-litre bin", "a 20-tonne
# press"), the hyphen only before a unit of two letters or more and not "in" ("a 2-in-1 unit", "a 3-m reach")
_UNIT_SEP = r"(?:\s|-(?!in\b)(?=[^\W\d_]{2}))?"
ANSWER_TYPES: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "duration": (
        re.compile(r"\bhow (?:long|quickly|fast|soon|often)\b|\bwithin how\b|\bhow much (?:notice|time)\b"
                   r"|\bhow many (?:days|hours|weeks|months|years"
                   r"|minutes)\b|\b(?:notice|lead|response|delivery|turnaround) (?:period|time)s?\b"
                   # a warranty's length asked of nothing named ("what's the warranty period?", "what's the
                   # warranty?"): several things may have one
                   r"|\b(?:warranty|guarantee) (?:period|term)s?\b(?! (?:on|for|of)\b)"
                   r"|\bwhat(?:'s|’s| is) the (?:standard )?(?:warranty|guarantee)\b(?=\s*(?:[?.!]|$))"
                   # how long a thing lasts ("the battery life", "lifespan"; bridged from "Akkulaufzeit")
                   r"|\b(?:battery|service|useful|expected|operating|shelf|storage) life\b|\blife ?(?:time|span)s?\b"
                   r"|\blife expectancy\b"
                   r"|\b(?:cuánto (?:dura|tiempo|tarda)|wie lange|wie schnell|combien de temps|délai|quanto dura"
                   r"|quanto tempo|hoe lang)\b", re.I),
        re.compile(r"\d[\d.,]*\s*(?:(?:-|–|to|bis|à|a)\s*\d[\d.,]*\s*)?-?" + _DURATION_UNITS + r"\b"
                   # a service level's time stated as a day ("next business day", "same working day")
                   r"|\b(?:next|same)[- ](?:business|working) day\b", re.I),
    ),
    "money": (
        re.compile(HOW_MUCH_MONEY + r"|\b(?:cost|costs|price|prices|priced|fee|fees|charge|charged|pay|paid|free|total"
                   r"|subtotals?|amount|(?:comes?|add(?:s)? up|amounts?) to)\b"
                   r"|\b(?:cuánto cuesta|precio|combien coûte|prix|wie viel kostet|kosten|preis|quanto costa"
                   r"|prezzo)\b", re.I),
        # an amount with its currency before or after the figure ("€1,650", "EUR 1,650", "1650 EUR", "1.650 €"), a
        # figure before its currency matched from its first digit
        re.compile(r"(?:[$€£¥]\s?\d|\b(?:EUR|USD|GBP|CHF)\s?\d|\d[\d.,]*\s?(?:(?:EUR|USD|GBP|CHF)\b|[€$£¥])"
                   r"|\bfree of charge\b|\bincluded\b|\bno charge\b|\bat no (?:extra )?cost\b)", re.I),
    ),
    "percent": (
        re.compile(r"\b(?:percent|percentage|rate|discount|availability|uptime|efficiency|share|porcentaje|descuento"
                   r"|pourcentage|remise|prozent|rabatt|sconto)\b", re.I),
        re.compile(r"\d[\d.,]*\s?%"),
    ),
    "date": (
        re.compile(r"\b(?:when|until when|what date|which date|deadline|expire|expires|expiry|valid until"
                   r"|cuándo|quand|wann|quando|wanneer)\b", re.I),
        re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:\d{4}|\d{2})\b|\b(?:january|february|march|april|may"
                   r"|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov"
                   r"|dec)\.? \d{1,2}\b|\b\d{1,2} (?:january|february|march|april|may|june|july|august|september"
                   r"|october|november|december)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b"
                   r"|\bweek \d|\bweeks? \d", re.I),
    ),
    "count": (
        re.compile(r"\bhow many\b|\bnumber of\b|\b(?:cuántos|cuántas|combien de|wie viele|quanti|quante|hoeveel)\b",
                   re.I),
        # a figure, or a number written out ("Twelve drinks can be selected"; not "one", as often a pronoun)
        re.compile(r"\b\d[\d.,]*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                   r"|fifteen|sixteen|eighteen|twenty|thirty|forty|fifty|hundred|dozen)\b", re.I),
    ),
    # Physical measures: asked in general words of the seven languages, stated with a unit of measure.
    "weight": (
        # "weigh", "weighs", not a noun made of it ("weighbridge", "weighting") nor the act ("the weighing portal")
        re.compile(r"\bhow heavy\b|\bweigh(?:s|ed)?\b|\bweight\b"
                   r"|\b(?:wie schwer|gewicht|poids|peso|pèse|pesano|wiegt|weegt)\b"
                   # "pesa" weighs, not the noun after an article ("montare la pesa": the weighbridge)
                   r"|(?<!\bla )(?<!\buna )(?<!\bdella )(?<!\bnella )(?<!\bsulla )(?<!\balla )\bpesa\b"
                   # a load a floor, a deck or a machine bears ("what floor loading does the room need?")
                   # (not "maximum load": the bridge's rendering of a pump's "portata massima", a flow)
                   r"|\bfloor[- ]load\w*|\bload[- ]bearing\b|\b(?:safe working|rated|permissible"
                   r"|allowable|axle|wheel|point|imposed|deck) loads?\b|\bload (?:capacity|rating|limit)s?\b"
                   r"|\bpayload\b|\b(?:bodenbelast\w*|tragfähigkeit|traglast|nutzlast|charge au sol"
                   r"|capacité de charge|carga del suelo|capacidad de carga|capacità di carico|carico massimo"
                   r"|capacidade de carga|draagvermogen|vloerbelasting)\b", re.I),
        # grams too, a lower-case "g" only ("4G" is a network); a load in kilonewtons
        re.compile(r"\d[\d.,]*" + _UNIT_SEP
                   + r"(?:kg|kilos?|kilograms?|tonnes?|tons?|t|lbs?|pounds?|grams?|grammes?|(?-i:g)|kN)\b",
                   re.I),
    ),
    "size": (
        # how far away or a reach, not how far ahead (a duration)
        re.compile(r"\bhow (?:big|large|tall|wide|high|deep)\b|\bhow far\b(?! (?:ahead|in advance|before|along))"
                   r"|\b(?:dimensions?|footprint|abmessungen|größe"
                   r"|dimensiones|dimensioni|dimensões|afmetingen|widths?|heights?|depths?)\b"
                   # a length, not a period's ("the length of the contract", "the contract length")
                   r"|" + "".join(rf"(?<!{period} )" for period in _PERIODS) + r"\blengths?\b"
                   r"(?! of (?:the |your |our |a |an )?(?:" + "|".join(_PERIODS) + r"))",
                   re.I),
        # a length, or a container's volume ("how big is the hopper": 150 L)
        re.compile(r"\d[\d.,]*" + _UNIT_SEP
                   + r"(?:mm|cm|m|km|metres?|meters?|in|inch(?:es)?|ft|feet|foot|l|litres?|liters?|m³|m3"
                   r"|gal(?:lons?)?)\b|\d\s?[x×]\s?\d", re.I),
    ),
    "power": (
        # a machine's electrical power, also asked by its unit ("how many kW", Dutch "pk": horsepower)
        re.compile(r"\b(?:power (?:draw|consumption|usage|use|rating|requirements?)"
                   r"|how much (?:power|energy|electricity)|(?:connected|electrical|rated) (?:load|power)"
                   r"|how many (?:kw|kilowatts?|watts?|kva|horsepower|hp)|horsepower|pk|anschlussleistung"
                   r"|wattage|watts?|(?:strom|energie)verbrauch\w*|leistungsaufnahme|consommation|consumo|verbruik)\b",
                   re.I),
        re.compile(r"\d[\d.,]*" + _UNIT_SEP + r"(?:W|kW|kWh|VA|kVA|watts?)\b", re.I),
    ),
    "electrical": (
        # the electrical supply a machine needs: its voltage, phases, current or fuse
        re.compile(r"\b(?:electrical|electric|power|mains) (?:supply|connection|requirements?|feed)\b|\bvoltage\b"
                   r"|\bfus(?:e|es|ing)\b|\bamperage\b|\bhow many amps\b|\b(?:stromanschluss|stromversorgung"
                   r"|netzanschluss|spannung|absicherung|alimentation électrique|raccordement électrique"
                   r"|alimentación eléctrica|conexión eléctrica|tensión|alimentazione elettrica|allacciamento elettrico"
                   r"|alimentação elétrica|ligação elétrica|tensão|stroomaansluiting|stroomvoorziening|netspanning"
                   r"|zekering)\b", re.I),
        re.compile(r"\d[\d.,/]*" + _UNIT_SEP
                   + r"(?:V|kV|VAC|VDC|A|kVA|kW|Hz)\b|\b[1-3][- ]?(?:phase|ph)\b|\bthree[- ]phase\b"),
    ),
    "loudness": (
        re.compile(r"\bhow loud\b|\b(?:noise level|sound level|decibels?|(?-i:dB)(?:\(?A\)?)?"  # "DB": a database
                   r"|lautstärke|geräuschpegel|niveau sonore|nivel de ruido|rumorosità|geluidsniveau)\b", re.I),
        re.compile(r"\d[\d.,]*" + _UNIT_SEP + r"dB", re.I),
    ),
    "speed": (  # a machine's speed; a response's or a delivery's speed is a duration
        re.compile(r"\b(?<!response )(?<!reaction )(?<!delivery )(?<!service )(?<!repair )(?<!support )"
                   r"(?:speeds?|velocity|rpm|vitesse|velocidad|geschwindigkeit|drehzahl|schleuderdrehzahl"
                   r"|velocità|velocidade|snelheid|toerental)\b"
                   r"(?! of (?:response|reaction|delivery|service|repair|support))", re.I),
        re.compile(r"\d[\d.,]*" + _UNIT_SEP + r"(?:m/s|km/h|kph|mph|rpm|r/min|U/min|tr/min|min-1|min⁻¹|/min\b|/h\b"
                   r"|(?:[kcm]?m|ft|in)/(?:s|min|h)\b|(?:[kcm]?m|metres?|meters?|ft|feet) (?:per|a|an) "
                   r"(?:second|minute|hour)|per (?:minute|hour)|[kMG]?bit/s|[kMG]bps|ppm|fpm)", re.I),
    ),
    "temperature": (  # a temperature asked as such, not a question about temperature monitoring or alarms
        re.compile(r"\b(?:what|which|max(?:imum)?|min(?:imum)?|highest|lowest|operating|working|storage|water|air"
                   r"|room|ambient) temperatures?\b|\btemperature (?:range|limits?|rating)\b|\bat what temperature\b"
                   r"|\bhow (?:cold|hot|warm)\b|\b(?:welche|maximale|minimale) temperatur\b|\btemperaturbereich\b"
                   r"|\b(?:quelle|plage de) température\b|\b(?:qué|que|quale|qual|rango de) temperatura\b"
                   r"|\bwelke temperatuur\b", re.I),
        re.compile(r"\d\s?°\s?[CF]\b|\d\s?(?:degrees|deg\.?)(?: [CF]\b| celsius| fahrenheit)?", re.I),
    ),
    "pressure": (  # a pressure asked as such ("pressure drop", "working pressure"), not "budget pressure" nor a
        # "pressure dew point" (a temperature)
        re.compile(r"\b(?:what|which|max(?:imum)?|min(?:imum)?|working|operating|rated|design|inlet|supply|water"
                   r"|air|gas|test|static|dynamic) pressures?\b(?! dew)|\bpressure (?:drop|loss|rating|range)\b"
                   r"|\bhow much pressure\b|\bat what pressure\b|\b(?:druckverlust|wasserdruck|betriebsdruck"
                   r"|perte de charge|pression d'\w+|presión de \w+|pressione d\w*|pressão d\w*|drukval)\b", re.I),
        re.compile(r"\d[\d.,]*" + _UNIT_SEP + r"(?:bar|mbar|psi|Pa|kPa|MPa|hPa)\b", re.I),
    ),
    "brightness": (  # a display's or a lamp's light output
        re.compile(r"\bhow bright\b|\b(?:brightness|luminance|luminosity|light output|nits|lumens?|helligkeit"
                   r"|luminosité|brillo|luminosidad|luminosità|brilho|luminosidade|helderheid)\b", re.I),
        re.compile(r"\d[\d.,]*" + _UNIT_SEP + r"(?:nits?|cd/m²|cd/m2|lm|lumens?|lux|lx)\b", re.I),
    ),
    "place": (
        re.compile(r"\bwhere\b|\bwhich (?:country|countries|city|cities|region|location|data ?cent(?:er|re)s?)\b"
                   r"|\b(?:dónde|où|wo|dove|waar)\b", re.I),
        # A place name: a capitalised word that does not start the sentence, after a locative preposition or a colon.
        # ("at our Telford plant": a possessive may come first)
        re.compile(r"(?:\b(?:in|at|from|near|to)\s+|:\s*)(?:(?:the|our|its|their)\s+)?[A-Z][a-zà-ÿ]+"),
    ),
}


# Kinds of value only a figure with its unit states: a sentence without one does not answer (decision.py).
MEASURE_KINDS = frozenset({"weight", "size", "power", "electrical", "loudness", "speed", "brightness", "temperature",
                           "pressure"})
# "How quickly will an engineer be on site?", "how fast does your support team respond?": the time a service takes to
# answer a call, which terms and service plans state as a response time ("On-site response", "P1 response time") in a
# table among other durations (lead times, curing times, warranty periods). Read in English (a question in another
# language through its bridge). Someone coming to the site is asked an on-site time, not a remote one.
ASKS_RESPONSE = re.compile(
    r"\bhow (?:quick|quickly|fast|soon)\b(?=[^?.!]*\b(?:engineers?|technicians?|someone|somebody|support|service desk"
    r"|help ?desk|respond\w*|response|on[- ]site|come out|attend|show up|get (?:here|there|to us)|callouts?"
    r"|call-outs?)\b)|\b(?:response|reaction|attendance|callout|call-out) times?\b", re.I)
ASKS_ON_SITE = re.compile(r"\b(?:on[- ]site|come out|get (?:here|there|to us)|show up|attend\w*|engineers?"
                          r"|technicians?|callouts?|call-outs?)\b", re.I)
# Someone attending a call: "attendance", or "attend" with a time or a place after it ("attends site within 4 hours",
# "attended and made safe within 24 hours"), not the buyer's people attending a walk-through, a test or a training
# ("Attend the final walk-through", "attendees", "auto attendant").
_ATTENDS = r"\battendances?\b|\battend(?:s|ed|ing)?\b(?=[^|.]{0,40}\b(?:within|site|premises|hours?|days?|minutes?)\b)"
STATES_RESPONSE = re.compile(rf"\brespon\w*|\breaction\b|{_ATTENDS}|\bcall-?outs?\b", re.I)
# a response by phone or remotely ("Remote response time (engineer call-back)"), not someone coming to the site
REMOTE_RESPONSE = re.compile(r"\bremote\w*|\bcall-?backs?\b|\b(?:by|over the) (?:tele)?phone\b", re.I)
# an on-site time: attendance, a call-out, or a response on site ("On-site response"), not work done on site
STATES_ON_SITE = re.compile(rf"{_ATTENDS}|\bcall-?outs?\b|\bon[- ]site\s+within\b"
                            r"|\bon[- ]site\b(?=[^|.\n]{0,40}\b(?:respon|reaction))"
                            r"|\b(?:respon\w*|reaction)\b(?=[^|.\n]{0,40}\bon[- ]site\b)", re.I)


def response_patterns(question: str, quoted: str) -> tuple[re.Pattern[str], ...]:
    """What the answer to a question asking a response time must state, best first, when ``quoted`` (the answer
    chosen so far) does not state it: a response time (on site first when someone is to come), or an on-site one
    instead of a remote one; () when no response time is asked or ``quoted`` states the one asked."""
    if not ASKS_RESPONSE.search(question):
        return ()
    on_site = bool(ASKS_ON_SITE.search(question))
    if not STATES_RESPONSE.search(quoted):
        return (STATES_ON_SITE, STATES_RESPONSE) if on_site else (STATES_RESPONSE,)
    if on_site and REMOTE_RESPONSE.search(quoted) and not STATES_ON_SITE.search(quoted):
        return (STATES_ON_SITE,)
    return ()


# What a datasheet calls each measure (its column or row name and unit), added to the search for a question asking it.
MEASURE_QUERY_WORDS = {"weight": "weight kg", "size": "dimensions mm", "power": "power consumption W",
                       "electrical": "electrical supply V A",
                       "loudness": "noise level dB", "speed": "speed m/s rpm", "brightness": "brightness nits cd/m²",
                       "temperature": "temperature °C", "pressure": "pressure bar"}


# Words of money in another sense, left out when reading whether a question asks about money: "oil-free",
# "free-standing", a battery's or a refrigerant's charge, "charging time", "which bus gets charged first".
OTHER_SENSES = re.compile(
    r"(?<=\w)-free\b|\bfree-(?:standing|flow\w*)\b"
    r"|\b(?:battery|batteries|refrigerant|full|fully|single|fast|quick|rapid|slow|overnight|trickle|static|electric"
    r"|electrical|per|one)\s+charg\w*"
    r"|\bcharg\w*\s+(?:time|times|level|state|cycles?|current|points?|ports?|cables?|controllers?|stations?|first"
    r"|fully|overnight)\b"
    # charging a thing ("how long does it take to charge a robot"), not charging a buyer
    r"|\btakes? to (?:fully )?charge\b|\bcharg\w*\s+(?:a|an|the|our|each|one|its|their)\s+(?:\w+\s+)?(?:robots?"
    r"|batter(?:y|ies)|vehicles?|bus(?:es)?|cars?|bikes?|devices?|units?|trucks?|fleet|phones?|tablets?)\b"
    # French "charge" is a load or a responsibility, not a fee ("la charge maximale", "prend en charge")
    r"|\b(?:en|la|de|sous|à|pleine|par)\s+charge\b|\bcharges?\s+(?:maximale|utile|admissible|nominale|au sol)\b"
    # space or time kept free ("how much wall space do we need to keep free?"), not free of charge
    r"|\b(?:keep|kept|leave|left|stay|stays|remain|remains)\s+(?:\w+\s+){0,2}free\b"
    r"|\bfree\s+(?:space|area|height|width|clearance|passage|access)\b"
    # a measure brought down ("speech level reduction", "the noise reduction"), not a price
    r"|\b(?:noise|sound|speech|level|decibel|energy|power|emissions?|co2|carbon|heat|vibration|dust|weight|pressure"
    r"|temperature|consumption|water|waste|glare)\s+reductions?\b", re.I)


def answer_types(question: str) -> list[str]:
    """The kinds of value ``question`` asks for ("duration", "money", ...), most specific first; [] if none."""
    plain = OTHER_SENSES.sub(" ", question)
    return [kind for kind, (asks, _) in ANSWER_TYPES.items() if asks.search(plain if kind == "money" else question)]


# The figure that tells two things' values of a kind apart, where one statement holds several figures of that kind:
# a supply states its voltage, phases, frequency and fuse together ("400 V, 3-phase, 50 Hz, 32 A"), and two supplies
# differ by their voltage. Other kinds are told apart by any figure of them.
_READING_VALUES = {"electrical": re.compile(r"\d[\d.,/]*" + _UNIT_SEP + r"(?:V|kV|VAC|VDC)\b")}


def reading_pattern(kind: str) -> re.Pattern[str]:
    """The values of ``kind`` that count as different readings of a question asking it (`_READING_VALUES`)."""
    return _READING_VALUES.get(kind, ANSWER_TYPES[kind][1])


def holds_answer_type(text: str, kind: str) -> bool:
    return bool(ANSWER_TYPES[kind][1].search(text))
