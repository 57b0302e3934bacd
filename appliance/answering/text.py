"""Small, dependency-free text tools the answer path uses: tokens, light stemming, sentences, figures, language."""

from __future__ import annotations

import re
from dataclasses import dataclass

from appliance.retrieval.lexical import language_identifier, stem, words

FIGURE_RE = re.compile(
    r"(?:[$€£¥]\s?)?\d[\d,.\s]*\d%?|(?:[$€£¥]\s?)?\d%?",
)

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below between
    both but by can could did do does doing down during each few for from further had has have having he her here hers
    him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them then there these they this those through
    to too under until up very was we were what when where which while who whom why will with would you your yours
    yourself yourselves us let may might must shall get got tell know please hi hello thanks thank s t d ll m re ve y
    much many long one ones across inside within onto upon via way whole per""".split()
)

LANGUAGE_WORDS = {
    "en": "the and is are what how do does can you we our your of to for with which when this that".split(),
    "es": "el la los las de que y es en por para cómo cuánto cuál qué puede podemos nuestro una un con se dura".split(),
    "fr": "le la les des est et que qui pour avec une un nous vous quel quelle combien comment dans sur pas".split(),
    "de": "der die das und ist wie was wir sie ein eine mit für auf nicht welche wann lange können unser ihr".split(),
    "it": "il lo la gli le di che è e per con una un come quanto quale possiamo nostro sono dura".split(),
    "pt": "o a os as de que e é em para com uma um como quanto qual podemos nosso são dura".split(),
    "nl": "de het een en is wat hoe wij jullie met voor op niet welke wanneer lang kunnen ons".split(),
}


# "each of the passenger lifts", "every controller cabinet", "both gate types", "chaque hôtel", "jede Schranke": the
# question asks about all of them, one by one; there is no one of them to choose. Not a period ("each day", "every
# year": a figure's period) nor a unit ("cost each", "cada unidade": a figure per unit, still of some one thing).
_EACH = re.compile(r"\b(?:each|every|jede[nrsm]?|chaque|cada|ogni|elke|iedere?)\s+(?:one\s+)?(?:of\s+)?"
                   r"(?:the\s+|our\s+|your\s+|these\s+|those\s+|de\s+|des\s+|los\s+|las\s+|os\s+|as\s+)?"
                   r"([^\W\d_][\w-]*)", re.I)
_BOTH = re.compile(r"\b(?:both|beide[nr]?|les deux|ambos|ambas|entrambi|entrambe)\b", re.I)
_NOT_A_THING = frozenset("""day days week month year time hour quarter morning afternoon evening night shift season
    unit piece item single individual
    tag woche monat jahr mal stunde einheit stück jour semaine mois an année fois heure unité pièce día semana mes año
    vez hora unidad pieza uno una giorno settimana mese anno volta ora unità pezzo dia mês ano hora unidade peça um uma
    dag week maand jaar keer uur eenheid stuk""".split())


def asks_of_each(question: str) -> bool:
    """The question asks about each of several things, or both ("How long will each of the passenger lifts be out
    of service?"), not about one of them."""
    if _BOTH.search(question):
        return True
    return any(match.group(1).lower() not in _NOT_A_THING and match.group(1).lower() not in STOPWORDS
               for match in _EACH.finditer(question))


def content_terms(text: str) -> list[str]:
    """Stemmed words that carry meaning (stopwords removed), in order, without duplicates."""
    seen: dict[str, None] = {}
    for word in words(text):
        if word in STOPWORDS or len(word) < 2 and not word.isdigit():
            continue
        seen.setdefault(stem(word), None)
    return list(seen)


def asking_sentences(question: str, spans: list[Span]) -> list[Span]:
    """The sentences of ``question`` that ask: those ending in a question mark, else the last one."""
    return [s for s in spans if question[s.start:s.end].rstrip().endswith("?")] or spans[-1:]


def asked_terms(question: str) -> set[str]:
    """The terms of the sentences that ask (those ending in a question mark, else the last one) when
    ``question`` tells a story first ("Our electrician is upgrading the supply next week. What fuse does the oven
    need?"); all its terms when it is one sentence or the asking sentences hold fewer than two."""
    spans = question_spans(question)
    if len(spans) < 2:
        return set(content_terms(question))
    focus = content_terms(" ".join(question[s.start:s.end] for s in asking_sentences(question, spans)))
    return set(focus) if len(focus) >= 2 else set(content_terms(question))


_TOKEN = re.compile(r"[\w][\w'’-]*", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s$")
_MEASURED = re.compile(r"\d+(?:[.,]\d+)?[a-zà-ÿ°]{1,4}")  # "2am", "24h", "3rd", "50kg": a figure, not a name
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split())
# Acronyms a buyer writes about their own organisation and its taxes, not about what they ask the offer to do: roles
# ("our CFO wants"), sales taxes in the seven chat languages, and a few general ones.
_OWN_ACRONYMS = frozenset("""ceo cfo coo cto cio ciso cmo cpo dpo hr it pa po md vp vat tva iva btw mwst ust gst eu uk
    us usa asap faq fyi pdf ok am pm id""".split())


def asked_names(question: str, *, capitalised: bool = True) -> list[str]:
    """Names in the sentences that ask, lower-cased: capitalised words not opening a sentence ("Xero", "Apple Pay";
    only with ``capitalised``: not in German, which capitalises every noun) and codes mixing letters and
    digits ("PC16", "OF-45", and "15118" after a code word in capitals: "ISO 15118"), and acronyms in capitals
    ("SMS", "CSCS", in every language). Not names: weekdays and months, the acronyms of the buyer's own roles and
    taxes and a few general ones ("CFO", "VAT", "TVA", "EU"), figures with a unit
    ("2am", "24h"); a code joined to a word is the code alone ("10-grid", "3-year": nothing; "K20-kiosk",
    "R20-Wandleser": "k20", "r20"), a name joined to a common word is the name ("Eichrecht-compliant"), while "Wi-Fi"
    and "OF-45" are one name each."""
    names: list[str] = []
    for span in asking_sentences(question, sentence_spans(question)):
        tokens = [_POSSESSIVE.sub("", t) for t in _TOKEN.findall(question[span.start:span.end])]
        shouted = sum(t.isupper() for t in tokens) * 2 > len(tokens)  # a sentence in capitals has no acronyms
        for index, token in enumerate(tokens):
            if index == 0:
                continue
            parts = token.strip("'’-").split("-")
            coded = any(any(c.isdigit() for c in p) for p in parts)
            if coded and any(p.isalpha() and not p.isupper() for p in parts) or any(p.islower() for p in parts):
                pieces = [p for p in parts if p]  # "K20-kiosk": its code alone
            else:
                pieces = [token.strip("'’-")]
            for piece in pieces:
                word = piece.lower()
                letters, digits = any(c.isalpha() for c in piece), any(c.isdigit() for c in piece)
                code = letters and digits and not _MEASURED.fullmatch(word) \
                    or digits and not letters and len(piece) >= 3 and tokens[index - 1].isupper()
                named = capitalised and piece[0].isupper() and any(c.islower() for c in piece[1:])
                acronym = piece.isalpha() and piece.isupper() and len(piece) >= 2 and word not in _OWN_ACRONYMS \
                    and not shouted
                if (named or code or acronym) and word not in _CALENDAR and word not in STOPWORDS:
                    names.append(word)
    return list(dict.fromkeys(names))


MIN_PREFIX = 5
TYPO_MIN = 8  # both words: shorter ones are too often other words one slip apart ('contact' / 'contract')
# What a longer form of a word adds to it: an inflection or a derivation ending, after the stemmer's dropped "e" or
# a doubled last letter ('replac'/'replacement', 'cancel'/'cancelled'), or a particle ('break'/'breakdown'). A name
# built on a word adds something else ('label'/'Labelora', 'stack'/'Stackline', 'kelvane'/'KelvaneLink'): a
# seller's brand is no form of the word.
_ENDING = re.compile(
    r"e?(?:s|es|d|ed|ing|ings|er|ers|or|ors|ee|ees|ion|ions|ation|ations|ition|itions|ment|ments|ly|al|als|ally"
    r"|ity|ities|ability|ibility|able|ible|ive|ives|ively|ative|ance|ances|ancy|ence|ences|ency|ant|ants|ent|ents"
    r"|cation|cations|ivity|ivities|ories|ically|at|ate|ates|ated|ating|ator|ators"
    r"|ure|ures|age|ages|ary|aries|ery|ory|ise|ize|ised|ized|ising|izing|isation|ization|ful|less|ness|ship|ist"
    r"|ists|ism|ic|ics|ical|y|ies|ier|iest|est"
    # a verb and its particle written as one noun: "breaks down" / "breakdown", "set up" / "setup", "hand over"
    r"|(?:down|up|out|over|off|back|away)s?)")


def extends(short: str, long_: str) -> bool:
    """``long_`` is ``short`` with an inflection or derivation ending ('install'/'installation')."""
    if not long_.startswith(short) or long_ == short:
        return False
    rest = long_[len(short):]
    doubled = rest[:1] == short[-1:] and (rest == short[-1:] or _ENDING.fullmatch(rest[1:]))
    return bool(_ENDING.fullmatch(rest) or doubled)


def term_matches(term: str, vocabulary: set[str] | frozenset[str]) -> bool:
    """``term`` (stemmed) is in ``vocabulary``, or is a word of it with a longer ending ('install' and
    'installation', 'cancel' and 'cancelled'): the shorter of the two, at least MIN_PREFIX letters, starts the other
    and the rest is an ending (`extends`); or, for a word of at least TYPO_MIN letters, one typing slip away from one
    ('availabilty', 'seperately')."""
    if term in vocabulary:
        return True
    if len(term) < MIN_PREFIX:
        return False
    return any(len(word) >= MIN_PREFIX and (word.startswith(term) and extends(term, word)
                                            or term.startswith(word) and extends(word, term)
                                            or (min(len(term), len(word)) >= TYPO_MIN and one_slip_apart(term, word)))
               for word in vocabulary)


def one_slip_apart(a: str, b: str) -> bool:
    """One letter left out, added, changed, or two neighbours swapped (the same first two letters: slips are rarely
    at the start of a word)."""
    if abs(len(a) - len(b)) > 1 or a[:2] != b[:2] or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


@dataclass(frozen=True)
class Span:
    start: int
    end: int


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9¿¡])|\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)]|\|)\s)")


def sentence_spans(text: str) -> list[Span]:
    """Sentence-like spans of ``text`` (also splitting list items, table rows and paragraphs), whitespace trimmed."""
    spans: list[Span] = []
    position = 0
    for match in _SENTENCE_END.finditer(text):
        _add_trimmed(spans, text, position, match.start())
        position = match.end()
    _add_trimmed(spans, text, position, len(text))
    return spans


_QUESTION_MARK_END = re.compile(r"(?<=[?？])[\"”’)]*\s+")


def question_spans(question: str) -> list[Span]:
    """The sentences of a buyer's message: as `sentence_spans`, and a question mark ends one even before a
    lower-case word, as chat is written ("Price for a carbonation stone? thinking of one per bright tank")."""
    spans: list[Span] = []
    for span in sentence_spans(question):
        position = span.start
        for match in _QUESTION_MARK_END.finditer(question, span.start, span.end):
            _add_trimmed(spans, question, position, match.start())
            position = match.end()
        _add_trimmed(spans, question, position, span.end)
    return spans


def _add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        spans.append(Span(start, end))


def figures(text: str) -> set[str]:
    """Numbers as written (prices, percentages, durations, dates), normalised: '1,200.00' -> '1200', '30 %' -> '30%'."""
    found = set()
    for match in FIGURE_RE.finditer(text):
        found.add(normalise_figure(match.group(0)))
    found.discard("")
    return found


_GROUPED = {",": re.compile(r"^\d{1,3}(?:,\d{3})+$"), ".": re.compile(r"^\d{1,3}(?:\.\d{3})+$")}


def normalise_figure(raw: str) -> str:
    """One spelling per value, whatever the locale wrote it: '1,200.00' (en), '1.200,00' (de, es, it, nl, pt) and
    '1 200,00' (fr) all give '1200'; '12,5 %' gives '12.5%'. With both separators, the last one is the decimal
    mark; with one, it groups thousands when it splits the number into groups of three ('1,200', '2.000'), else it
    is the decimal mark ('12,5', '1.5')."""
    value = re.sub(r"[$€£¥\s\u00a0\u202f]", "", raw)
    percent = value.endswith("%")
    value = value.rstrip("%").strip(".,")
    if "," in value and "." in value:
        decimal = "," if value.rfind(",") > value.rfind(".") else "."
        value = value.replace("." if decimal == "," else ",", "").replace(decimal, ".")
    elif "," in value or "." in value:
        mark = "," if "," in value else "."
        value = value.replace(mark, "") if _GROUPED[mark].match(value) else value.replace(mark, ".")
    if value.count(".") == 1:
        whole, fraction = value.split(".")
        fraction = fraction.rstrip("0")
        value = f"{whole}.{fraction}" if fraction else whole
    value = value.strip(".")
    return f"{value}%" if percent and value else value


SUPPORTED_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl")
LANGUAGE_MIN_CONFIDENCE = 0.6


def detect_language(text: str) -> str:
    """ISO 639-1 code of the message's language among SUPPORTED_LANGUAGES; 'en' when unsure.

    py3langid decides; a short message it is unsure about (probability below LANGUAGE_MIN_CONFIDENCE) falls back to
    counting each language's function words, which holds up better on five-word questions."""
    if not words(text):
        return "en"
    language, probability = language_identifier().classify(text)
    if probability >= LANGUAGE_MIN_CONFIDENCE:
        return str(language)
    return _function_word_language(text)


def _function_word_language(text: str) -> str:
    tokens = words(text)
    scores = {lang: sum(token in vocabulary for token in tokens) for lang, vocabulary in LANGUAGE_WORDS.items()}
    if re.search(r"[¿¡ñ]", text):
        scores["es"] += 2
    if re.search(r"[äöüß]", text):
        scores["de"] += 2
    if re.search(r"[çœ]|\b(?:est-ce|qu'|d'|l')", text):
        scores["fr"] += 2
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > scores["en"] else "en"
