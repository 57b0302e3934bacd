"""Generate questions.jsonl for the rondelmar-wheel-gondolas scenario (python3 make_questions.py)."""
import json
DOCX="rondelmar-service-conditions.docx"; PDF="gondola-refurbishment-specification.pdf"
XLSX="rondelmar-price-list-2025.xlsx"; MD="kb-running-the-wheel-during-refurbishment.md"; Q="quote"
qs=[]
def a(q,src,facts,lang=None): qs.append(dict(expect="answer",question=q,sources=src,facts=facts,**({"language":lang} if lang else {})))
def c(q,lang=None): qs.append(dict(expect="clarify",question=q,**({"language":lang} if lang else {})))
def h(q,lang=None): qs.append(dict(expect="handoff",question=q,**({"language":lang} if lang else {})))

a("What's the total of the quote before VAT?", [Q], ["373,820"])
h("Can you do 12% on the Level 2 refurbishment line instead of 8%? We've been a customer since 2019.")
a("whats the net price per gondola for the level 2 refurb after your discount", [Q], ["16,974"])
c("What's the warranty?")
a("The inspection programme is on there for three years. What do we actually pay per year after the discount?", [Q], ["8,624"])
a("Quelle est la transmission lumineuse du vitrage en polycarbonate feuilleté clair ?", [PDF], ["86"], "fr")
h("Ferrovia Lift Services quoted us EUR 15,900 per gondola for a comparable full refurbishment. Can you match that?")
a("Transport is quoted per batch - what does that come to per gondola across the 12?", [Q], ["1,975"])
a("How many gondolas can you take off the wheel at once?", [DOCX], ["4 gondolas"])
c("How much would the lighting upgrade cost per gondola?")
a("Once a batch arrives in Tilburg, how long until it's ready to go back?", [DOCX, MD], ["21 working days"])
h("If batch 3 isn't back on the wheel by our Easter opening we lose about EUR 40k a week in tickets. Will you compensate us for that?")
a("At what wind speed do your crews stop lifting?", [DOCX], ["12 m/s"])
a("Wie lange dauert die Express-Bearbeitung in der Werkstatt pro Charge, und wie hoch ist der Aufschlag?", [DOCX, XLSX, MD], ["14", "18%"], "de")
h("can i talk to an actual person about the crane schedule pls")
a("what test load do you use for the proof load test on our G8 cabins?", [PDF], ["960 kg"])
c("Wie schnell ist die Express-Option und was kostet sie?", "de")
a("How much heavier will each gondola be after the Level 2 refurb with the cooling unit and interlocks? Our OEM is asking.", [PDF, Q], ["65 kg"])
h("We'd like to move batch 2 from February to April. Can you change the dates on the quote?")
a("Which refrigerant is in the cooling unit? Our safety officer wants to know because of the enclosed cabin.", [PDF], ["R-290"])
a("¿Cuánto ruido hace la unidad de climatización dentro de la cabina?", [PDF], ["52 dB"], "es")
h("Who has to sign the order on our side, and can we use our own purchase contract template instead of your service conditions?")
a("What corrosion protection do you apply on a level 2 - which corrosion category and how thick?", [PDF], ["C5", "320"])
c("Combien coûtent les nouveaux sièges pour une gondole ?", "fr")
a("Just so I get the cash flow right: how is the payment split, and how many days do we have to pay invoices?", [Q, DOCX], ["30%", "50%", "20%"])
h("Kunnen we de betaling spreiden over 12 maandelijkse termijnen in plaats van 30/50/20?", "nl")
a("how long is the glazing warranted against yellowing?", [DOCX], ["10 years"])
a("Qual é a carga útil nominal da gôndola G8 Standard?", [XLSX, PDF], ["640"], "pt")
h("The cooling retrofit runs on 48 V via the slip ring. Does it have a battery buffer so the cabins stay cool when we stop the wheel and isolate the slip ring for a rescue drill, and for how long?")
a("What do we have to provide on site for the crane and your crew?", [DOCX], ["200 kN", "400 V"])
c("We also have 4 VIP cabins. What would it cost to refurbish those too?")
h("Is the refurbishment backed by a performance bond or a parent company guarantee?")
a("What's included in the annual inspection programme - just one visit a year?", [MD, XLSX], ["mid-season"])
h("Vorrei parlare con il vostro responsabile commerciale prima di firmare l'ordine.", "it")
a("Can we keep selling rides while a batch is away in your workshop? We have 36 positions.", [MD], ["90%"])
h("Honestly, last season your crew left scratch marks all over our boarding platform and nobody answered my emails. That's not acceptable and I want it sorted before we sign anything.")
a("Lead time on the cooling units?", [XLSX, Q], ["14 weeks"])
h("The spares kit is 5,600 on the quote - is that price locked for reorders in 2026 and 2027 too?")
a("Dopo la visita annuale di ispezione, entro quanti giorni ricevo il rapporto scritto?", [MD], ["10"], "it")
h("A Rondelmar tem seguro de responsabilidade civil para este trabalho? Qual é o valor da apólice?", "pt")
out=[]
for i,q in enumerate(qs,1):
    d={"id":f"q{i:02d}","question":q["question"],"expect":q["expect"]}
    if "sources" in q: d["sources"]=q["sources"]; d["facts"]=q["facts"]
    if "language" in q: d["language"]=q["language"]
    out.append(d)
open(__import__("pathlib").Path(__file__).parent/"questions.jsonl","w").write("".join(json.dumps(d,ensure_ascii=False)+"\n" for d in out))
from collections import Counter
print(len(out),Counter(d["expect"] for d in out),Counter((d["expect"],d.get("language")) for d in out if d.get("language")))
