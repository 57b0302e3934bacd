"""Writes questions.jsonl for the cardale-laundry scenario (kept for reproducibility)."""
import json
T = "Cardale_Commercial_Terms_and_Service_Plans.docx"
X = "Cardale_OPL_Equipment_Specifications_2025.xlsx"
H = "site-preparation-requirements.html"
M = "onboarding-and-support-faq.md"

def a(q, sources, facts, **kw): return dict(question=q, expect="answer", sources=sources, facts=facts, **kw)
def c(q, **kw): return dict(question=q, expect="clarify", sources=[], facts=[], **kw)
def h(q, **kw): return dict(question=q, expect="handoff", sources=[], facts=[], **kw)

Q = [
 a("Before I forward this to our finance director: what's the grand total on the quote, excluding VAT?", ["quote"], ["142,924.70"]),
 a("We're finalising the basement layout at Leeds City and the builder is asking what drain capacity to allow for each of the big 55 kg washer-extractors. What figure should he design for?", [H], ["170 l/min"]),
 c("What's the spin speed on the washer-extractor?"),
 a("Payment terms?", [T, "quote"], ["30%", "60%", "10%"]),
 h("Can you do 15% on the ironer instead of 10% if we sign this week?", must_not=["15% discount has been applied"]),
 a("Are the prices on the quote including VAT, and if not what rate will you add?", [T], ["20%"]),
 a("¿Qué capacidad de carga en seco tiene la lavadora WE-55?", [X, "quote"], ["55 kg"], language="es"),
 a("How long after we confirm the order will the ironer arrive?", [T], ["12 weeks"]),
 h("Please bump the WE-28s up to 3 units and add a FeedMate feeder to the quote, then resend it."),
 a("What do the three gas dryers come to after your discount?", ["quote"], ["20,634.00"]),
 h("What's the noise level of the WE-55 in dB(A) during the final spin? Two of our guest rooms sit directly above the laundry."),
 a("If one of the machines goes down, how quickly do you respond under the Gold plan?", [T], ["8 working hours"]),
 c("Wie viel Wasser verbraucht die Waschschleudermaschine pro Zyklus?", language="de"),
 a("hey quick one - do the gas dryers need a special gas fitter or can our own maintenance guy hook them up?", [H, X], ["Gas Safe"]),
 h("Our board only meets on 24 April. Can you extend the quote validity to the end of April?"),
 a("How long does the ironer take to heat up in the morning before we can start?", [X], ["25 minutes"]),
 a("Quelle est la puissance calorifique du séchoir TD-70 au gaz ?", [X], ["52 kW"], language="fr"),
 h("Nuestro hotel de York no tiene gas natural, solo propano. ¿Existe un kit de conversión a GLP para las secadoras TD-70 G y cuánto cuesta?", language="es", must_not=["kit de conversión está disponible"]),
 a("What's the warranty on the drum bearings of the washers?", [T], ["5 years"]),
 c("How long is the training?"),
 a("What's the list price of the FeedMate FM-3 feeder?", [X], ["14,800"]),
 h("Vasko Laundry has offered us a comparable 55 kg washer-extractor for about £15,900 with a 3-year warranty. Can you beat that?"),
 a("Exhaust duct diameter on the TD-70 G?", [X], ["250 mm"]),
 a("Welche Absicherung in Ampere braucht eine WE-55?", [X], ["63 A"], language="de"),
 h("We already own a Jensen feeder from our old set-up. Will it work with the FI-3200, so we don't have to buy the FeedMate?"),
 a("Could you give me the subtotal for just the washer-extractors, both models, after discount?", ["quote"], ["52,127.20"]),
 h("Honestly not impressed. Your surveyor turned up two hours late on 3 March and left without looking at the gas meter. Who do I complain to?"),
 a("How long is each on-site operator training session, and how many of our staff can we put in one?", [M], ["3 hours", "6"]),
 c("What's the price of the dryer?"),
 h("Se abbiamo un guasto non coperto dal piano Gold, quanto costa l'ora di manodopera del vostro tecnico?", language="it"),
 a("What happens if we have to cancel after you've confirmed the order? Is there a charge?", [T], ["15%"]),
 a("When do we have to send back the signed site checklist?", [H, M], ["10 working days"]),
 c("Quelle est la capacité du séchoir ?", language="fr"),
 h("Als we het Gold-serviceplan voor drie jaar afnemen, kunnen jullie dan de installatiekosten van £6.800 laten vallen?", language="nl"),
 a("We're going for Gold. What number do we ring if a dryer dies at 2am on a Sunday?", [M], ["0800 652 4419"]),
 h("What residual moisture does the WE-28 leave after its max spin? I need it to size the drying capacity."),
 a("Quanto misura l'apertura dell'oblò della WE-28?", [X], ["415 mm"], language="it"),
 h("We're ready to sign, but our legal team needs the liability cap raised to twice the contract price and payment at 60 days. Can I send you our redlined version of the terms and sign that?"),
 a("Is the Cardale Connect monitoring included, or do we pay extra for it?", [M], ["12 months"]),
]
PT = h("Posso falar com um técnico da Cardale antes de assinar? Prefiro uma videochamada esta semana.", language="pt")
Q.insert(22, PT)
assert len(Q) == 40, len(Q)
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for i, q in enumerate(Q, 1):
        row = {"id": f"Q{i:02d}"}
        row.update({k: v for k, v in q.items()})
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q))
