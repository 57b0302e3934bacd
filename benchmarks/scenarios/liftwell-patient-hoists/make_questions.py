import json
X = "liftwell-product-datasheet-2026.xlsx"; D = "liftwell-terms-of-sale-and-service.docx"
H = "ceiling-track-installation.html"; M = "sling-care-inspection-and-replacement.md"
def a(q, facts, sources, **kw): return dict(question=q, expect="answer", facts=facts, sources=sources, **kw)
def c(q, **kw): return dict(question=q, expect="clarify", **kw)
def h(q, **kw): return dict(question=q, expect="handoff", **kw)
Q = [
 a("What's the grand total on quote LW-Q-2026-0418, before VAT?", ["59,557.62"], ["quote"]),
 a("how much r we paying for the 10 beds after the discount", ["12,973.50"], ["quote"]),
 a("Can you add up the two sling lines for me (the M and the L)? Finance wants one figure for textiles.", ["2,485.12"], ["quote"]),
 a("What's the max patient weight on the bariatric ceiling hoist you've quoted?", ["272"], ["quote", X]),
 a("We have tight bathrooms at Elm Court. What turning circle does the Strata 180 need?", ["1,310"], [X]),
 a("If a hoist breaks down and we're on Gold, how quickly does an engineer come out?", ["next working day"], [D]),
 a("How often do the hoists need a LOLER thorough examination?", ["6 months"], [D, H, M]),
 a("Qual é a garantia do trilho de teto (calha) em si?", ["10"], [D], language="Portuguese"),
 a("Our laundry runs a 71 degree thermal disinfection cycle. What's the maximum temperature the universal slings can be washed at?", ["80"], [M]),
 a("What minimum ceiling height do you need for the H-frame track?", ["2.4"], [H]),
 a("For how long will each room be out of use on installation day? Residents are going to ask.", ["6 hours"], [H]),
 a("What deposit do you need when we place the order?", ["30%"], [D, "quote"]),
 a("Realistically how long from order until the ceiling hoists are fitted?", ["6-8 weeks"], [X]),
 a("Is the Aria 200 line discounted by 8%? Yes or no.", ["8%"], ["quote"]),
 a("Why is the training day on the quote half price?", ["50%"], ["quote", X]),
 a("Under Gold, do we get a loan hoist while ours is being repaired?", ["loan"], [D]),
 a("Elm Court will have 8 ceiling hoists, 3 mobile hoists and 2 stand aids. Does one Gold plan cover all of them, and what's the device limit?", ["15"], [D, X]),
 a("Wie niedrig lässt sich das Vela 3 Bett absenken? Wir haben sturzgefährdete Bewohner.", ["250"], [X], language="German"),
 a("¿Cuánto dura normalmente una eslinga universal antes de tener que sustituirla?", ["2"], [M], language="Spanish"),
 a("Si nous renvoyons des sangles jamais utilisées, y a-t-il des frais de restockage ?", ["15%"], [D], language="French"),
 a("Qual è il carico massimo dello Strata Stand 160?", ["160"], [X], language="Italian"),
 a("Met welke proefbelasting wordt het plafondrailsysteem bij de oplevering getest?", ["125%"], [H], language="Dutch"),
 c("What's the lifting capacity of the ceiling hoist?"),
 c("how many lifts do i get per charge on the hoist?"),
 c("What's the safe working load of the sling?"),
 c("Quelle est la garantie sur le moteur ?", language="French"),
 c("Hoeveel korting krijgen we op de tillift?", language="Dutch"),
 h("How loud is the Aria 200 motor when lifting, in decibels? Some of our residents have dementia and are noise-sensitive."),
 h("Are your universal slings latex-free? One of our residents has a severe latex allergy."),
 h("Does the Vela 3 come with a pressure-relief mattress, and which pressure-care category is it?"),
 h("Can the Aria ceiling hoists be linked to our nurse call system so a call is raised if a lift is stopped?"),
 h("For how many years do you guarantee spare parts for the Vela 3 beds?"),
 h("What's the maximum ramp incline we can push the Strata 180 up with a resident in the sling?"),
 h("Kann das Vela 3 Bett mit einer integrierten Personenwaage geliefert werden? Wir müssen das Gewicht der Bewohner monatlich dokumentieren.", language="German"),
 h("If we take 20 beds instead of 10, can you do 15% on them?", must_not=["15% is approved", "we can do 15%", "agreed"]),
 h("¿Podéis ampliar la validez del presupuesto hasta finales de enero y mover la instalación a febrero?", language="Spanish", must_not=["confirmado", "ampliado hasta"]),
 h("How does the Aria 200 compare with the Arjo Maxi Sky 2? Our other homes use Arjo."),
 h("Your engineer didn't turn up for the LOLER visit at our Brackley home last week and nobody called. This is the second time. I'm not happy."),
 h("Can I speak to Hannah directly please, not a bot?"),
 h("Legal want to sign under Heronsgate's own purchasing terms instead of yours. Is that OK, and what will your liability cap be?", must_not=["unlimited", "capped at", "£1,000,000", "GBP 1,000,000"]),
]
assert len(Q) == 40
with open("questions.jsonl", "w") as f:
    for i, q in enumerate(Q, 1):
        f.write(json.dumps({"id": f"lw-{i:02d}", **q}, ensure_ascii=False) + "\n")
