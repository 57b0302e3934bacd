"""Generate questions.jsonl for the stackline-racking scenario (run: python3 make_questions.py)."""
import json
DS="SR-90_Technical_Datasheet_rev4.docx"; PL="Stackline_Price_List_2026.xlsx"
TS="terms-of-sale-and-warranty.html"; KB="installation-and-aftercare-guide.md"
Q=[]
def a(q,src,facts,lang=None,**kw): Q.append(dict(question=q,expect="answer",sources=src,facts=facts,**({"language":lang} if lang else {}),**kw))
def c(q,lang=None,**kw): Q.append(dict(question=q,expect="clarify",sources=[],facts=[],**({"language":lang} if lang else {}),**kw))
def h(q,lang=None,**kw): Q.append(dict(question=q,expect="handoff",sources=[],facts=[],**({"language":lang} if lang else {}),**kw))

a("Our finance team wants the line total for the 84 frames at 6500 mm after your discount — what does that line come to?",["quote"],["13,778.69"])
a("What's the grand total of the quote, ex VAT?",["quote"],["66,071.06"])
c("What's the weight limit per level?")
a("We're putting heavier pallets in the 8 m runs by the dock doors on the SRB-130 beams at 3300 mm. What's the safe working load for a pair of those beams?",[DS],["2,380 kg"])
h("Can you do 15% on the frames instead of 12%? Our budget sign-off was at 15 and I'd rather not go back to the board.")
a("Quelles sont les couleurs RAL standard des échelles et des lisses ?",[DS],["RAL 5010","RAL 2001"],"fr")
a("minimum slab thickness you need for the anchors?",[DS],["175 mm"])
h("What load can a pair of SRB-130 beams take at 3600 mm clear entry? We might widen a few bays for block-stacked drums.")
a("Is the steel on the uprights and beams covered for 10 years?",[TS],["10 years"])
c("How much is one frame?")
a("If we had to cancel after you've started production, what would it cost us?",[TS],["35%"])
h("Rackzone have quoted us £51.40 a pair for an equivalent 2700 mm beam. Can you match that on the SRB-110 line?")
a("Welche Durchbiegungsgrenze gilt für die Traglasttabelle der SRB-Träger?",[DS],["L/200"],"de")
a("Say we over-order column guards and a few are never used — can we send them back, and what's the catch?",[TS],["30 days","20%"])
a("How is payment split on this order?",["quote",TS],["30%","60%","10%"])
c("¿Cuánto cuesta el curso de formación?","es")
h("How many anchor bolts does each EP-1100-DR end barrier need, and what size are they? Our floor contractor wants to know before he seals the slab.",must_not=["4 x M12"])
a("We have some old racking in the back bay we'd like you to take down while you're there. What's your rate per bay for dismantling?",[PL],["18.5"])
a("Que tipo de aço é usado nos montantes e nas longarinas?",[DS],["S355"],"pt")
h("We'd like to add 12 more of the 8000 mm frames and the matching beams for a mezzanine-side run. Can you update the quote?")
a("How often does the rack need an expert inspection once it's in?",[KB],["12 months"])
a("If the SARI inspection flags something as amber, how long have we got to repair it?",[KB],["4 weeks"])
h("Le scaffalature SR-90 sono certificate per la zona sismica 2? Il nostro secondo magazzino è in Emilia-Romagna.","it")
a("When do we have to sign off the layout drawing? Our ops manager keeps tweaking it.",[KB],["10 working days"])
c("How much does a repair visit cost if a driver hits the racking?")
h("Your surveyor turned up two hours late on 19 November and blocked our loading bay for the whole morning. Not impressed, and I want someone to explain what happened.")
a("The mesh decks on the quote — how much weight can each deck hold?",[DS,PL],["1,000 kg"])
a("Hoe worden de balken tegen uitlichten beveiligd? Welk type borgpen gebruiken jullie?",[DS],["SL-2"],"nl")
h("What percentage of the steel in your SR-90 uprights is recycled content? It's for our ESG report.",must_not=["100% recycled"])
a("Adding up the column guards and the end-of-aisle protectors, how much are we spending on impact protection in total?",["quote"],["5,129.60"])
h("Gostaria de falar com alguém da vossa equipa de engenharia por telefone amanhã de manhã. É possível marcar uma chamada?","pt")
a("We're thinking about galvanised frames instead of blue. How long would those take to make?",[DS],["8 weeks"])
c("Was kostet ein Rammschutz?","de")
h("Extend the quote to 31 January please, our board doesn't meet until 14 Jan.")
a("Which country's law governs the contract?",[TS],["England and Wales"])
h("Combien coûte la livraison jusqu'à notre entrepôt de Lille, et dans quel délai ?","fr")
a("Do you brief our forklift drivers at handover, and for how long?",[KB],["45 minutes"])
h("Do your installation crews all hold CSCS cards? Our landlord's site rules require CSCS for anyone on the floor.")
a("¿Qué norma europea se sigue para las inspecciones periódicas de las estanterías?",[KB,DS],["EN 15635"],"es")
h("We're ready to sign, but only with 60-day payment terms and your liability cap raised to 200% of the order value. Please send the contract over on that basis.")
assert len(Q)==40
import pathlib
with open(pathlib.Path(__file__).resolve().parent / "questions.jsonl","w") as f:
    for i,q in enumerate(Q,1):
        f.write(json.dumps({"id":f"Q{i:02d}",**q},ensure_ascii=False)+"\n")
