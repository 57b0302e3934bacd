"""The buyer's own old units: "do you take our old ovens away, and what's the charge per oven?".

A quote line prices the new units of this order at this deal's price; what taking, converting or trading in the
buyer's old ones costs is the seller's terms' or a person's to state (`quote_pool.lines_not_asked`). Pure functions of
the text, in the seven languages the chat serves.
"""

from __future__ import annotations

import re

from appliance.answering.text import STOPWORDS, content_terms
from appliance.retrieval.lexical import stem, words

# Old or existing, in the seven languages ("our old ovens", "die bestehende Anlage", "nos anciens fours", "i vecchi
# forni", "onze oude vriezers"). Not "current" (an electrical current) nor German "alter" (English "to alter").
_OLD = re.compile(r"(?:old|existing|previous|legacy|alte[mns]?|bestehende[mnrs]?|vorhandene[mnrs]?|bisherige[mnrs]?"
                  r"|ancien(?:ne)?s?|vieux|vieilles?|vecch(?:io|ia|i|ie)|oude?|bestaande)", re.I)
# The words that may also follow the thing they say is old ("les fours existants", "los hornos viejos", "os fornos
# antigos").
_OLD_AFTER_NOUN = re.compile(r"existant(?:e)?s?|viej[oa]s?|antigu[oa]s?|existentes?|esistent[ie]|velh[oa]s?"
                             r"|antig[oa]s?", re.I)
# "the new ovens": the question also speaks of the quoted, new ones.
_NEW = re.compile(r"\b(?:new|neue[mnrs]?|nouve(?:au|lle)s?|nuev[oa]s?|nuov[oaie]|nieuwe?|nov[oa]s?)\b", re.I)
# A line about old units: their removal, disposal, take-back or trade-in.
ABOUT_OLD_UNITS = re.compile(r"\b(?:old|existing|previous|legacy|remov\w*|dispos\w*|take[- ]?back|decommission\w*"
                             r"|dismantl\w*|strip[- ]?out|recycl\w*|trade[- ]?in|scrap\w*)\b", re.I)
_THING_WORDS = 3  # the words after an "old" that may name the thing: "our old gas combis"
# Words naming no unit of the buyer's: how a thing is counted or sold, how many, and the deal's own terms ("the old
# price").
_NOT_A_THING = frozenset(stem(w) for w in """line lines unit units piece pieces item items extra additional more
    another other new second year years yearly annual annually month months monthly week weeks weekly day days daily
    hour hours hourly net gross list exact current final one two three four five six seven eight nine ten a few some
    noch ein eine einen zwei drei uno una dos tres más mais um uma duas nog een twee drie un une price prices quote
    offer rate rates contract terms discount deal agreement system""".split())


def buyers_own_things(text: str) -> set[str]:
    """The stems of the words ``text`` names old or existing units by ("do you take our old ovens away?": {"oven"});
    empty when it names none, or also speaks of new ones ("the new ovens on the quote"). The thing is the words after
    the "old" up to the first stopword ("our old freezers at our site": "freezers"), and for a word that may follow
    its noun, the word before it too; not "how old", nor an old price or contract."""
    if _NEW.search(text):
        return set()
    found: set[str] = set()
    for sentence in re.split(r"[.?!;:,()]\s*|\s[-–—]\s", text):
        said = words(sentence)
        for at, word in enumerate(said):
            after_noun = bool(_OLD_AFTER_NOUN.fullmatch(word))
            if not (after_noun or _OLD.fullmatch(word)) or at and said[at - 1].lower() == "how":
                continue
            thing: list[str] = []
            for following in said[at + 1:at + 1 + _THING_WORDS]:
                if following.lower() in STOPWORDS:
                    break
                thing.append(following)
            if after_noun and at:
                thing.append(said[at - 1])
            terms = [t for t in content_terms(" ".join(thing)) if not t.isdigit()]
            if terms and terms[0] in _NOT_A_THING and not after_noun:
                continue  # "the old price": no thing of the buyer's
            found |= {t for t in terms if t not in _NOT_A_THING}
    return found
