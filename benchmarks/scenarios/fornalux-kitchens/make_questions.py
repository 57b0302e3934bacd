"""Write questions.jsonl for the fornalux-kitchens scenario (kept for reproducibility)."""
import json
from pathlib import Path

T = "Fornalux_Terms_of_Sale_and_Service_2026.docx"
X = "Fornalux_Product_Data_2026.xlsx"
H = "site-preparation-guide.html"
M = "cleaning-and-care-faq.md"
Q = "quote"

A, C, HO = "answer", "clarify", "handoff"

qs = [
    # ---- answers (English)
    dict(question="Before I send this to our finance director: what is the total of the quote before VAT, with all the discounts applied?",
         expect=A, sources=[Q], facts=["72,665.80"], must_not=["78,135.00"]),
    dict(question="what do the two big 10-grid ovens come to after your discount?",
         expect=A, sources=[Q], facts=["27,324.00"]),
    dict(question="Our chef wants to know what the whole combi oven part of the order costs - the three ovens plus the two stands, net of discounts. Can you add that up for me?",
         expect=A, sources=[Q], facts=["38,392.80"]),
    dict(question="How much are we actually paying for the 3-year Gold service plan after the discount?",
         expect=A, sources=[Q], facts=["5,865.00"]),
    dict(question="Our electrician is upgrading the supply on the oven wall next week. What connected load and fuse does the CombiPro 10-1/1 need?",
         expect=A, sources=[X, H], facts=["18.9 kW", "3 x 32 A"], must_not=["11.1 kW"]),
    dict(question="Above what water hardness do we need a softener?",
         expect=A, sources=[H, M, T], facts=["7 °dH"]),
    dict(question="Payment terms?",
         expect=A, sources=[T, Q], facts=["30%", "30 days"]),
    dict(question="We're closing the kitchen in January, so timing matters. If we pay the deposit next week, what's the standard lead time for the blast chiller?",
         expect=A, sources=[T], facts=["8-10 weeks"]),
    dict(question="With CarePlan Gold, how fast does a technician respond when something breaks down?",
         expect=A, sources=[T], facts=["8 working hours"]),
    dict(question="Say one of the ovens breaks during the season and the repair drags on for over a week. Under the Gold plan, do we get anything to cook with in the meantime?",
         expect=A, sources=[T], facts=["loan unit", "5 business days"]),
    dict(question="How long does the Standard cleaning programme on the CombiPro run?",
         expect=A, sources=[M], facts=["1 h 50 min"]),
    dict(question="How many litres does one AquaGuard cartridge treat before it has to be swapped?",
         expect=A, sources=[M, X], facts=["4,500 litres"]),
    dict(question="The service lift in our building is a bit old. How heavy is one CombiPro 10-1/1 E without the stand?",
         expect=A, sources=[X], facts=["132 kg"], must_not=["98 kg"]),
    dict(question="When does the warranty clock actually start - at delivery or when you commission the ovens? Installation might slip a few weeks after delivery.",
         expect=A, sources=[T, H], facts=["commissioning", "60 days after delivery"]),
    dict(question="If we order too many cleaning tablets can we send the unopened buckets back? Is there a fee?",
         expect=A, sources=[T], facts=["30 days", "20%"]),
    dict(question="the quote says removal of our two old gas combis isn't included. can you take them away anyway and what would that cost?",
         expect=A, sources=[T, X], facts=["260"]),
    dict(question="Can we get the HACCP temperature logs out of the oven for our hygiene audits?",
         expect=A, sources=[M], facts=["USB", "CSV"]),
    # ---- answers (other languages)
    dict(question="Welches Kältemittel verwendet der ChillMaster 10?",
         expect=A, sources=[X], facts=["R290"], language="de"),
    dict(question="Bonjour, notre couloir de livraison est assez étroit. Quelle largeur de porte minimum faut-il prévoir pour faire passer les appareils ?",
         expect=A, sources=[H], facts=["900 mm"], language="fr"),
    dict(question="Nuestro electricista pregunta qué protección diferencial necesitan los hornos combinados. ¿Cuál es?",
         expect=A, sources=[H], facts=["30 mA"], language="es"),
    dict(question="Che diametro deve avere lo scarico per i forni CombiPro?",
         expect=A, sources=[H, X], facts=["DN 50"], language="it"),
    dict(question="Hoeveel kilo kan de ChillMaster 10 per cyclus invriezen?",
         expect=A, sources=[X], facts=["28 kg"], language="nl"),
    # ---- clarify
    dict(question="What size fuse do we need for the oven?",
         expect=C, sources=[], facts=[]),
    dict(question="How long does the cleaning cycle take?",
         expect=C, sources=[], facts=[]),
    dict(question="How heavy is the oven? We need to check the floor.",
         expect=C, sources=[], facts=[]),
    dict(question="Qual é o preço do forno?",
         expect=C, sources=[], facts=[], language="pt"),
    dict(question="La sonde à cœur est-elle incluse avec le four ?",
         expect=C, sources=[], facts=[], language="fr"),
    # ---- handoff (English)
    dict(question="We're a group of six hotels and this is our pilot site. Take another 10% off the total and I'll get it signed this week.",
         expect=HO, sources=[], facts=[]),
    dict(question="Please add a condensation hood for each of the two 10-grid ovens and a second ChillMaster 10 to the quote.",
         expect=HO, sources=[], facts=[]),
    dict(question="Our board only meets on 8 January. Can you extend the quote's expiry date to 15 January?",
         expect=HO, sources=[], facts=[]),
    dict(question="Another supplier offered us two 10-tray combi ovens from a big German brand at 13,200 each, installed. Can you match that?",
         expect=HO, sources=[], facts=[]),
    dict(question="Honestly I'm not impressed. Your account manager turned up three hours late for the site survey, we had to keep the kitchen closed for him, and nobody even called to say he was delayed.",
         expect=HO, sources=[], facts=[]),
    dict(question="Could someone from Fornalux call me tomorrow morning? Claire Morel, +33 4 72 55 18 40.",
         expect=HO, sources=[], facts=[]),
    dict(question="Our legal team will sign, but only if payment is 60 days end of month and the liability cap is raised to twice the order value. Can you confirm that in the contract?",
         expect=HO, sources=[], facts=[]),
    dict(question="Our pastry kitchen is next to the restaurant. How loud is the ChillMaster 10 when it's running - what's the noise level in dB?",
         expect=HO, sources=[], facts=[]),
    dict(question="How often should the door gaskets on the CombiPro be replaced, in months or number of cycles?",
         expect=HO, sources=[], facts=[]),
    dict(question="We use Jolt for our digital HACCP checklists. Can the CombiPro push its temperature data straight into Jolt through an API?",
         expect=HO, sources=[], facts=[]),
    # ---- handoff (other languages)
    dict(question="Wie viel Wärme in kW gibt der ChillMaster 10 an die Küche ab? Unser Lüftungsplaner braucht den Wert.",
         expect=HO, sources=[], facts=[], language="de"),
    dict(question="¿Cuántos años de vida útil tiene el compresor del abatidor ChillMaster?",
         expect=HO, sources=[], facts=[], language="es"),
    dict(question="Podemos ficar só com um forno de 10 e retirar o dia de formação? Por favor, atualizem o orçamento.",
         expect=HO, sources=[], facts=[], language="pt"),
]

# spread languages/kinds a little instead of grouping (fixed permutation, deterministic)
order = [0, 17, 22, 27, 4, 5, 34, 1, 18, 6, 23, 28, 7, 8, 37, 9, 19, 25, 29, 10, 11, 35, 2, 20, 30, 12, 13,
         24, 38, 14, 21, 31, 15, 26, 36, 16, 32, 39, 3, 33]
assert sorted(order) == list(range(len(qs))) and len(qs) == 40, (len(qs), sorted(order))

with open(Path(__file__).resolve().parent / "questions.jsonl", "w", encoding="utf-8") as f:
    for i, k in enumerate(order, 1):
        q = qs[k]
        row = {"id": f"Q{i:02d}", "question": q["question"], "expect": q["expect"],
               "sources": q["sources"], "facts": q["facts"]}
        if "must_not" in q:
            row["must_not"] = q["must_not"]
        if "language" in q:
            row["language"] = q["language"]
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print("ok")
