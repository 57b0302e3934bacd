"""A cross-lingual bridge for English-only embedders: a buyer's question in Spanish, French, German, Italian,
Portuguese or Dutch is given an English search text, translated word by word (multi-word phrases first) from the
glossaries in ``glossary/`` (see its README). Words the glossary does not know (product names, numbers, SKUs) are kept
as written; the language's function words are dropped.

It is a bridge, not a translator: the English text only has to find and rank the right passages and sentences. The
reply stays in the buyer's language and quotes the passages as written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from appliance.answering.text import LANGUAGE_WORDS, stem

GLOSSARY_DIR = Path(__file__).parent / "glossary"
MAX_PHRASE_WORDS = 3
MIN_UNACCENTED = 4  # letters of a glossary word also looked up without its accents
_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
# Articles, prepositions and pronouns beyond the language-detection word lists: dropped from the bridge.
_FUNCTION_WORDS = {
    "es": "del al lo le les su sus mi mis si se nos ese esa este esta hay son está están tiene tienen".split(),
    "fr": "du au aux ce cette ces son sa ses leur leurs mon ma mes si se y en il elle ils on notre nos votre vos "
          "sont ont peut peuvent".split(),
    "de": "des dem den im am zum zur vom beim ob es er sie sich mein meine unsere unserer euer eure ihre ihrer "
          "sind hat haben kann gibt".split(),
    "it": "del della dei delle al alla ai nel nella si ci mio mia suo sua nostri nostre ha hanno può".split(),
    "pt": "do da dos das no na nos nas ao aos seu sua seus suas meu minha se tem têm pode".split(),
    "nl": "der den op in aan bij van voor naar uit ze zij hij het onze jullie zijn heeft hebben kan er".split(),
}
_ELISION = re.compile(r"^[a-z]{1,2}['’]")
# Inflection endings tried, longest first, when a word is not in the glossary as written (plurals, German cases).
_ENDINGS = ("es", "en", "er", "s", "n", "e")
# Plural and case endings of the served languages dropped to find an international word in the English knowledge
# (de "-en", "-e", "-n"; nl "-en", "-s"; es/pt "-es", "-s"; it "-i", "-e"; fr "-s", "-x").
_COGNATE_ENDINGS = ("en", "es", "er", "e", "n", "s", "i", "x")
MIN_COGNATE = 5  # letters left of a cognate ("sensor", "modul"): shorter stems meet unrelated English words
# Languages writing compound nouns as one word ("Lieferzeit", "levertijd"): a word not in the glossary is read as
# its parts when both are known; the linking letters between them ("Liefer-s-...", "Kunde-n-dienst") are dropped.
_COMPOUNDING = {"de", "nl"}
_LINKS = ("s", "n", "en", "e", "es")
MIN_PART = 3  # letters of the shorter part of a compound ("Akku", "Zeit", "tijd")
MIN_STEM = 5  # a first part known only as the start of a glossary word ("liefer" of "lieferung")


@cache
def glossary(language: str) -> dict[str, str]:
    """The language's glossary: foreign phrase (lower case) -> English; empty for a language without one."""
    path = GLOSSARY_DIR / f"{language}.tsv"
    if not path.is_file():
        return {}
    entries: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        foreign, _, english = line.partition("\t")
        if not foreign.strip() or not english.strip():
            raise ValueError(f"{path}:{number}: expected 'phrase<TAB>english'")
        entries[foreign.strip().lower()] = english.strip()
    for foreign, english in list(entries.items()):  # a buyer typing without accents ("cuanto", "telefono")
        if len(foreign) >= MIN_UNACCENTED:  # not "sì" (yes) as "si" (if, oneself)
            entries.setdefault(_unaccented(foreign), english)
    return entries


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def supported_languages() -> list[str]:
    return sorted(path.stem for path in GLOSSARY_DIR.glob("*.tsv"))


def bridge(question: str, language: str, known: set[str] | frozenset[str] = frozenset()) -> str | None:
    """An English search text for ``question`` written in ``language``; None when there is nothing to bridge
    (English, a language without a glossary, or no word of the question in the glossary nor a cognate).
    ``known``: the stemmed English words of the agent's knowledge; a word the glossary lacks is written as the
    knowledge's word it is an inflection of (`_cognate`: "Tachographen" -> "tachograph")."""
    entries = glossary(language)
    if language == "en" or not entries:
        return None
    function_words = set(LANGUAGE_WORDS.get(language, ())) | set(_FUNCTION_WORDS.get(language, ()))
    matches = list(_TOKEN.finditer(question))
    written = [match.group(0) for match in matches]
    tokens = [_ELISION.sub("", token.lower()) for token in written]
    ends = _sentence_ends(question, matches)
    out: list[str] = []
    translated = 0
    index = 0
    while index < len(tokens):
        if index and ends[index - 1] and out and not out[-1].endswith(ends[index - 1]):
            out[-1] += ends[index - 1]  # the sentences stay apart: which one asks is read from the bridge too
        for size in range(min(MAX_PHRASE_WORDS, len(tokens) - index), 0, -1):
            if any(ends[index:index + size - 1]):
                continue  # a phrase does not run across a sentence's end
            english = _lookup(" ".join(tokens[index:index + size]), entries, language)
            if english is not None:
                out.append(english)
                translated += 1
                index += size
                break
        else:
            token = tokens[index]
            # a name written in capitals inside the word ("VoltDepot") is kept as written
            named = any(c.isupper() for c in written[index][1:])
            parts = _compound(token, entries) if language in _COMPOUNDING and not named else None
            cognate = _cognate(token, known) if parts is None and token not in function_words else None
            if parts is not None or cognate is not None:
                out.append(parts or cognate or token)
                translated += 1
            elif token not in function_words or token.isdigit():
                out.append(token)
            index += 1
    if ends and ends[-1] and out and not out[-1].endswith(ends[-1]):
        out[-1] += ends[-1]
    return " ".join(out) if translated else None


_FULL_STOP = re.compile(r"\.\s")


def _sentence_ends(question: str, matches: list[re.Match[str]]) -> list[str]:
    """Per token: the mark ending a sentence right after it ("?", ".", "!"), "" when none (a full stop is one with a
    space or the question's end after it, not the dot of "1.200,50" or "z.B.")."""
    gaps = [question[match.end():following.start()] for match, following in zip(matches, matches[1:])]
    gaps.append(question[matches[-1].end():] + " " if matches else "")
    return [next((mark for mark in "?!." if mark in gap and (mark != "." or _FULL_STOP.search(gap))), "")
            for gap in gaps]


# The plural endings of nouns, with what each replaces in the singular ("compresores": "compresor", "forni":
# "forno", "fours": "four", "Pumpen": "Pumpe"); German plurals by umlaut ("Öfen") and Italian feminine ones
# ("macchine") are not read.
_NOUN_PLURALS = {
    "es": (("es", ""), ("s", "")),
    "pt": (("s", ""),),
    "fr": (("s", ""), ("x", "")),
    "it": (("i", "o"), ("i", "e")),  # not "-e" for "-a": "ordine" is no plural of "ordina"
    "nl": (("en", ""), ("s", "")),
    "de": (("en", ""), ("n", ""), ("e", ""), ("er", "")),
}


def plural_words(question: str, language: str) -> frozenset[str]:
    """The English words of the question's nouns written in the plural: those whose singular form the glossary
    translates alike ("¿… la sala de compresores?": "compressor"). Empty for English and languages without a
    glossary."""
    entries = glossary(language)
    if language == "en" or not entries:
        return frozenset()
    found = set()
    for match in _TOKEN.finditer(question):
        token = _ELISION.sub("", match.group(0).lower())
        english = _lookup(token, entries, language)
        if english is None:
            continue
        for plural, singular in _NOUN_PLURALS.get(language, ()):
            single = token[: -len(plural)] + singular if token.endswith(plural) else ""
            if len(single) >= 3 and single != token and single in entries and entries[single] == english:
                found.add(english)
                break
    return frozenset(found)


def _cognate(word: str, known: set[str] | frozenset[str]) -> str | None:
    """The knowledge's English word that ``word`` (not in the glossary) is a plural or inflected form of, written
    without the ending: "tachographen" (de), "sensores" (es), "sensori" (it), "modules" (fr); None when the word is
    in the knowledge as written or no form of it is. Technical words shared by the languages are spelt alike."""
    plain = _unaccented(word)
    if not plain.isalpha() or stem(plain) in known:
        return None
    for ending in _COGNATE_ENDINGS:
        if plain.endswith(ending) and len(plain) - len(ending) >= MIN_COGNATE and stem(plain[:-len(ending)]) in known:
            return plain[:-len(ending)]
    return None


def _compound(word: str, entries: dict[str, str]) -> str | None:
    """A compound word's English parts ("ladestation" -> "charging station"): the longest known last part (a German
    or Dutch compound's head) with a known first part, the first part taken as written, without a linking letter, as
    the start of a glossary word (a verb stem: "liefer" of "liefern") or as a compound itself; None when no split is
    known."""
    if len(word) < 2 * MIN_PART + 1 or not word.isalpha():
        return None
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head = _lookup(word[cut:], entries)
        if head is None:
            continue
        first = _first_part(word[:cut], entries)
        if first is not None:
            return f"{first} {head}"
    return None


def _first_part(part: str, entries: dict[str, str]) -> str | None:
    candidates = [part] + [part[: -len(link)] for link in _LINKS if part.endswith(link) and len(part) > len(link)]
    for candidate in candidates:
        if len(candidate) >= MIN_PART and (found := _lookup(candidate, entries)) is not None:
            return found
    if len(part) >= MIN_STEM:
        starting = sorted(key for key in entries if key.startswith(part) and " " not in key)
        if starting:
            return entries[min(starting, key=len)]
    return _compound(part, entries)  # itself a compound ("Druck-luft-anschluss")


# Plurals formed by changing the word's ending, not by adding one: Italian "camere"/"camera", "motori"/"motore",
# "prezzi"/"prezzo"; Spanish "luces"/"luz"; Portuguese "botões"/"botão", "painéis"/"painel"; French "canaux"/"canal".
_PLURAL_ENDINGS = {
    "it": (("e", "a"), ("i", "o"), ("i", "e"), ("chi", "co"), ("ghi", "go"), ("he", "a")),
    "es": (("ces", "z"),),
    "pt": (("ões", "ão"), ("ães", "ão"), ("éis", "el"), ("ais", "al"), ("is", "l")),
    "fr": (("aux", "al"), ("eaux", "eau")),
}


def _lookup(phrase: str, entries: dict[str, str], language: str = "") -> str | None:
    if phrase in entries:
        return entries[phrase]
    if " " in phrase:
        return None
    for ending in _ENDINGS:
        if phrase.endswith(ending) and len(phrase) - len(ending) >= 4 and phrase[: -len(ending)] in entries:
            return entries[phrase[: -len(ending)]]
    for plural, singular in _PLURAL_ENDINGS.get(language, ()):
        if phrase.endswith(plural) and len(phrase) - len(plural) >= 3:
            english = entries.get(phrase[: -len(plural)] + singular)
            if english is not None:
                return english
    return None
