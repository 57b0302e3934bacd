"""Writes questions.jsonl (ids assigned in list order). Run: /work/main/.venv/bin/python build_questions.py"""
import json
DS = "kestrel-product-datasheets-2026.docx"
PL = "kestrel-price-list-2026.xlsx"
TS = "terms-of-sale.html"
GU = "installation-and-onboarding-guide.md"

Q = [
 dict(question="What's the line total for the two AN-400 workstations after your discount?",
      expect="answer", sources=["quote"], facts=["17,005.00"]),
 dict(question="How long is the warranty?", expect="clarify", sources=[], facts=[]),
 dict(question="Does the VitalSign 7 do capnography? Our head nurse assumed it would.",
      expect="answer", sources=[DS], facts=["VitalSign 7 Plus"]),
 dict(question="VetQuip Direct has quoted us £18,900 for a comparable wireless CsI panel with software. Can you match that on the DR-1417?",
      expect="handoff", sources=[], facts=[], must_not=["we can match"]),
 dict(question="¿A qué dirección de correo tenemos que enviar los justificantes de pago y las consultas de facturación?",
      expect="answer", sources=[TS], facts=["accounts@kestrelvet.co.uk"], language="es"),
 dict(question="what's the grand total on this quote before VAT?",
      expect="answer", sources=["quote"], facts=["80,965.25"]),
 dict(question="We're converting the old X-ray room and our radiographer wants to check the detector before we order new bucky trays. What's the active area of the DR-1417 and what scintillator does it use?",
      expect="answer", sources=[DS], facts=["43 cm", "caesium iodide"]),
 dict(question="Could Daniel give me a ring tomorrow morning? I'd rather talk the install dates through with a person.",
      expect="handoff", sources=[], facts=[]),
 dict(question="What are the payment terms?",
      expect="answer", sources=["quote", TS], facts=["30%", "30 days"]),
 dict(question="Max patient weight on the surgical table?",
      expect="answer", sources=[DS], facts=["200 kg"], must_not=["120 kg"]),
 dict(question="Als we vóór 15 december tekenen, kunnen jullie dan nog 10% extra korting op het totaalbedrag geven?",
      expect="handoff", sources=[], facts=[], language="nl"),
 dict(question="How long does the battery take to charge?", expect="clarify", sources=[], facts=[]),
 dict(question="The dental suite only has one double socket at the moment. Does the DS-2 need its own socket or can it share an extension lead with the scaler charger?",
      expect="answer", sources=[DS, GU], facts=["dedicated", "13 A"]),
 dict(question="Roughly how many exposures can we take on one DR-1417 battery charge? A busy orthopaedic day can easily be 60+ images and I need to know if one battery gets us through.",
      expect="handoff", sources=[], facts=[]),
 dict(question="how much r the kennel banks coming to with the 10% off?",
      expect="answer", sources=["quote"], facts=["8,622.00"]),
 dict(question="Quanto dura la formazione?", expect="clarify", sources=[], facts=[], language="it"),
 dict(question="If the DR panel packs up, how quickly does an engineer get to us on the service plan we're buying?",
      expect="answer", sources=[PL, "quote"], facts=["next business day"]),
 dict(question="Can you change the monitors to 4 and drop one of the surgical tables? Please send me the updated quote.",
      expect="handoff", sources=[], facts=[]),
 dict(question="Welchen WLAN-Standard verwendet der DR-1417 Detektor?",
      expect="answer", sources=[DS], facts=["802.11ax"], language="de"),
 dict(question="We've still got two old anaesthetic machines at the current premises. Will you take them away when the new AN-400s are delivered, and is there a charge?",
      expect="answer", sources=[TS, PL], facts=["WEEE", "free"]),
 dict(question="Is the warranty on the DR detector any longer than on the rest of the kit?",
      expect="answer", sources=[TS], facts=["36 months", "12 months"]),
 dict(question="Quel est le niveau sonore du compresseur de la station dentaire DS-2, en décibels ? Notre salle de dentisterie est juste à côté de l'hospitalisation chats.",
      expect="handoff", sources=[], facts=[], language="fr"),
 dict(question="How much would the extra vaporiser cost us?", expect="clarify", sources=[], facts=[]),
 dict(question="Who do we call for support once we're up and running, and when is the helpdesk open?",
      expect="answer", sources=[GU], facts=["0113 496 0722", "Monday to Friday"]),
 dict(question="Our partners' meeting isn't until 14 January, so this quote will have expired by then. Can you extend it to the end of January?",
      expect="handoff", sources=[], facts=[]),
 dict(question="O detector DR-1417 envia as imagens para o nosso PACS em que formato?",
      expect="answer", sources=[DS], facts=["DICOM 3.0"], language="pt"),
 dict(question="What's the oxygen flush flow rate on the AN-400, in L/min?",
      expect="handoff", sources=[], facts=[]),
 dict(question="What do the anaesthesia workstations, the monitors and the surgical tables come to together? Basically the theatre kit.",
      expect="answer", sources=["quote"], facts=["35,112.00"]),
 dict(question="If we over-order something, can we send it back?",
      expect="answer", sources=[TS], facts=["30 days", "20%"]),
 dict(question="¿Cuánto pesa la mesa?", expect="clarify", sources=[], facts=[], language="es"),
 dict(question="Please add the DX-70 dental X-ray unit to this quote - we've decided we want it after all.",
      expect="handoff", sources=[], facts=[]),
 dict(question="Does the AN-400 have a scavenging connection, and what size is it?",
      expect="answer", sources=[DS, GU], facts=["30 mm"]),
 dict(question="Quel est le numéro de la ligne d'urgence 24h/24, et est-ce qu'on y a droit avec notre contrat ?",
      expect="answer", sources=[GU, "quote"], facts=["07700 900418"], language="fr"),
 dict(question="I have to say I'm not impressed. The loan monitor you left with us in October arrived with a cracked screen and nobody has answered my two emails about it.",
      expect="handoff", sources=[], facts=[]),
 dict(question="Lead time on the kennel banks?",
      expect="answer", sources=[PL], facts=["10 to 12 weeks"]),
 dict(question="Wie viele Jahre garantieren Sie die Verfügbarkeit von Ersatzteilen für die AN-400?",
      expect="handoff", sources=[], facts=[], language="de"),
 dict(question="What grade of stainless are the kennel banks, and are they welded or bolted together?",
      expect="answer", sources=[DS], facts=["304", "welded"]),
 dict(question="How long will the VitalSign 7 keep running on its battery if we lose mains power in the middle of a surgery?",
      expect="handoff", sources=[], facts=[]),
 dict(question="Wat is de IP-beschermingsklasse van de DR-1417 detector? We gebruiken hem soms gewoon op de vloer bij grote honden.",
      expect="answer", sources=[DS, TS], facts=["IP54"], language="nl"),
 dict(question="We're ready to sign, but group finance requires 60-day payment terms and no deposit. If I mark those changes on the PDF and sign it, is that OK?",
      expect="handoff", sources=[], facts=[]),
]

with open("questions.jsonl", "w", encoding="utf-8") as f:
    for i, q in enumerate(Q, 1):
        row = {"id": f"Q{i:02d}", "question": q["question"], "expect": q["expect"],
               "sources": q["sources"], "facts": q["facts"]}
        if "must_not" in q:
            row["must_not"] = q["must_not"]
        if "language" in q:
            row["language"] = q["language"]
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q))
