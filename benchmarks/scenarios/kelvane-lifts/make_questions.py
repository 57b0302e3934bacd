"""Write questions.jsonl for the kelvane-lifts scenario (run: /work/main/.venv/bin/python make_questions.py)."""
import json
from pathlib import Path

DS = "Aria_MRL_Technical_Datasheet.docx"
XL = "Kelvane_Service_Plans_and_Rates_2026.xlsx"
HT = "lift-modernisation-process.html"
KB = "kelvane-warranty-handover-kelvanelink-faq.md"
Q = "quote"

def A(q, sources, facts, lang=None, must_not=None):
    return dict(question=q, expect="answer", sources=sources, facts=facts, language=lang, must_not=must_not)

def C(q, lang=None):
    return dict(question=q, expect="clarify", sources=[], facts=[], language=lang)

def H(q, lang=None, must_not=None):
    return dict(question=q, expect="handoff", sources=[], facts=[], language=lang, must_not=must_not)

items = [
    A("We're replacing the lifts in a four-star hotel and our guest reviews keep mentioning how noisy and rough the old "
      "ones are. Before I take this to our general manager: what in-car noise level does the Aria achieve at rated speed?",
      [DS], ["50 dB"]),
    A("What's the total of the quote?", [Q], ["352,576.50"]),
    H("If we sign before Christmas, can you take the Aria 1000 lifts down to a 12% discount instead of 7.5%?",
      must_not=["12% discount has been approved"]),
    A("¿Cuántos parámetros del ascensor supervisa KelvaneLink?", [KB], ["38"], lang="es"),
    C("What's the price of the lift?"),
    A("After the discount, what are we paying for the two Aria 1000 lifts together?", [Q], ["126,540.00"]),
    A("How long will each of the passenger lifts be out of service while you install it?", [HT], ["6 weeks"]),
    H("Guests in the rooms next to the main lift shaft are our biggest worry. What noise level will they hear in the "
      "adjacent guest rooms when the new Aria 1000 is running?"),
    A("Do we need to keep a telephone line for the lift alarm?", [KB, HT], ["4G"]),
    C("Quelle est la vitesse de l'ascenseur ?", lang="fr"),
    A("if a guest gets stuck in the lift how fast will your engineer get there? we'd be on the comprehensive plan",
      [XL], ["45 minutes"]),
    H("Please add a second Aria 630 for the spa wing and take one of the strip-out lines off, then re-issue the quote."),
    A("What do you charge per hour for an engineer at the weekend?", [XL], ["168"]),
    A("Welche Stromversorgung brauchen die Aria-Aufzüge?", [DS, HT], ["400 V"], lang="de"),
    A("What warranty comes with the new lifts?", [KB], ["24 months"]),
    H("Our board only meets on 14 January. Can you extend the validity of this quote to the end of February?"),
    A("Is there an extra maintenance charge because Lift 4 is a goods lift?", [XL, Q], ["660", "waived"]),
    H("Wie hoch ist der jährliche Stromverbrauch in kWh für einen Aria 1000 in einem Hotel mit sieben Etagen?", lang="de"),
    A("Pit depth for the Aria Cargo 2000?", [DS], ["1200"]),
    C("How wide is the door opening?"),
    A("Quelle est la durée de garantie pour les composants de modernisation installés sur un ascenseur existant ?",
      [KB], ["12"], lang="fr"),
    H("Brennor Lifts have quoted us GBP 59,900 per 1000 kg lift with a five-year warranty. Can you match that?"),
    A("What's the minimum contract term if we keep the Comprehensive maintenance going after the first year?",
      [XL, Q], ["36 months"]),
    A("Can you give me the subtotal for the three passenger lifts themselves (the Aria 1000 and Aria 630 lines, after "
      "discount), without the finishes, panels or strip-out?", [Q], ["173,897.50"]),
    H("Is the Aria certified for seismic zones? Our group also runs a hotel in Lisbon and we'd like the same lift there.",
      must_not=["EN 81-77 compliant"]),
    A("Quanti raggi ha la barriera a infrarossi delle porte?", [DS], ["154"], lang="it"),
    A("How much storage space do your installers need on site?", [HT], ["20 square metres"]),
    H("Your surveyor left broken ceiling tiles in our lift lobby on 10 November and nobody has answered my two e-mails "
      "about it. This is not a great start."),
    C("¿Qué descuento tiene el ascensor?", lang="es"),
    A("How long is the manufacturing lead time for the goods lift?", [HT], ["20 weeks"]),
    H("Le cabine possono essere dotate di aria condizionata? D'estate il vano scala dell'hotel diventa molto caldo.",
      lang="it", must_not=["aria condizionata è disponibile"]),
    A("When does the maintenance price get reviewed each year, and is there a cap on increases?", [XL], ["1 April", "RPI"]),
    H("Could Daniel give me a ring tomorrow before 10? I'd rather talk the programme through on the phone."),
    A("Are the prices on the quote including VAT?", [Q], ["20%"]),
    H("Where is the KelvaneLink data physically stored? Our data protection officer needs to know whether it stays in "
      "the UK.", must_not=["stored in the UK", "stored in the EU"]),
    A("Que percentagem do aço retirado dos elevadores antigos é reciclada?", [HT], ["96%"], lang="pt"),
    C("How many people can the lift take?"),
    H("We're ready to sign, but our legal team wants the retention raised to 10% and liquidated damages of GBP 1,000 per "
      "day of delay added. Can I sign on that basis?"),
    A("how much r we paying for the lobby touch panels in total?", [Q], ["20,034.00"]),
    H("Kunnen jullie de prijs van het Comprehensive-onderhoud voor jaar 2 en 3 vastzetten op hetzelfde bedrag als jaar 1?",
      lang="nl"),
]

assert len(items) == 40, len(items)
with open(Path(__file__).resolve().parent / "questions.jsonl", "w", encoding="utf-8") as f:
    for i, it in enumerate(items, 1):
        row = {"id": f"Q{i:02d}", "question": it["question"], "expect": it["expect"],
               "sources": it["sources"], "facts": it["facts"]}
        if it.get("must_not"):
            row["must_not"] = it["must_not"]
        if it.get("language"):
            row["language"] = it["language"]
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print("ok")
