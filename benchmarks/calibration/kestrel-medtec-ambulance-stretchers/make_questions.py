"""Generate questions.jsonl for this scenario."""
import os
import json
D="careplan-service-terms.docx"; P="prolift-x2-powerload-l700-technical-data.pdf"; X="kestrel-price-list-2025.xlsx"; M="delivery-installation-training-faq.md"; H="trackchair-t3.html"; Q="quote"
qs=[]
def a(q,src,facts,lang=None): qs.append(dict(question=q,expect="answer",sources=src,facts=facts,**({"language":lang} if lang else {})))
def c(q,lang=None): qs.append(dict(question=q,expect="clarify",**({"language":lang} if lang else {})))
def h(q,lang=None): qs.append(dict(question=q,expect="handoff",**({"language":lang} if lang else {})))

a("What's the max patient weight on the ProLift X2?",[P,Q],["318 kg"])
h("Can you do 12% on the stretchers and loaders instead of 8%? We're taking 12 full sets after all.")
a("whats the unit price of the powered stretcher after your 8% discount",[Q],["22,862"])
c("How long does the battery last on one charge?")
a("What's the total of the quote before VAT?",[Q],["703,112"])
a("Roughly how much do we pay per year for the CarePlan across the whole fleet?",[Q],["12,420"])
h("Vitacare Mobility has offered us a comparable powered stretcher at EUR 21,900 per unit. Can you match that?")
a("With CarePlan Plus, how fast does a technician have to be on site when a stretcher is out of service?",[D],["8 working hours"])
a("Wird die Kombination aus Trage und Ladesystem nach Norm crashgetestet? Mit wie viel g?",[P],["10 g","EN 1789"],"de")
a("How often do you come for preventive maintenance under the Plus plan?",[D],["every 6 months"])
h("Können wir die Gültigkeit des Angebots bis Ende Juni verlängern? Unser Aufsichtsrat tagt erst am 24. Juni.","de")
a("if a stretcher cant be repaired on the first visit, are we left without one??",[D],["loaner","24 hours"])
c("Combien coûte une batterie de rechange ?","fr")
a("Les chaises d'escalier TrackChair sont-elles couvertes par le CarePlan de notre devis ? Sinon, quelle option faut-il ?",[D,X],["KSV-CARE-SC"],"fr")
h("If a PowerLoad unit fails during loading and a patient or crew member gets hurt, what compensation does Kestrel pay?")
a("Crew keeps asking: what happens if the stretcher battery dies in the middle of a call, can they still lower it?",[P],["hydraulic release"])
a("Which disinfectants are we allowed to use on the X2? Our hygiene officer uses a chlorine product.",[P],["0.5% sodium hypochlorite"])
a("Past het L700-laadsysteem in onze Fiat Ducato-ambulances? Is er een speciale vloerplaat nodig?",[P],["FP-2"],"nl")
h("We'd prefer 20% on order and 80% after acceptance rather than your 30/60/10 split. Can you change the payment terms?")
a("How long is each ambulance off the road for the loader installation?",[M],["5.5 hours"])
c("What's the warranty period? I need one number for our asset register.")
a("The maintenance plan price - is it fixed for the whole 5 years or does it go up?",[D],["24 months","3.5%"])
h("Nuestras últimas sillas de evacuación llegaron con las orugas dañadas y nadie nos ha contestado. Quiero poner una queja formal.","es")
a("Can the TrackChair handle the spiral staircases in some of our old town buildings?",[H],["500 mm"])
a("How many flights of stairs can the T3 climb on one charge?",[H],["25 flights"])
h("I'd like to talk to someone from your sales team, please.")
a("Garantite una disponibilità minima della flotta con il CarePlan Plus? E cosa succede se non viene rispettata?",[D],["97%"],"it")
c("Qual é a capacidade máxima de carga?","pt")
a("How long until the stair chairs arrive once we confirm?",[M,Q],["6 weeks"])
h("Who on our side has to sign the order, and can we sign electronically via DocuSign? Procurement needs to know the process.")
a("How many crew can attend one of the on-site training days?",[M,X],["12 participants"])
h("What is the CO2 footprint per ProLift X2 unit? Our tender scoring asks for it.")
a("We may need a couple of bariatric stretchers later. What's the list price of the bariatric X2 version?",[X],["31,900"])
h("The quote has 24 spare batteries at 745 each. What would one battery cost if we order another 50 next year?")
a("Do you take our old stretchers back? Some are 7 years old, powered, different brand.",[M],["750"])
c("how much does it weigh? need to check it against our crew manual handling limits")
a("Tenemos seis camillas ProLift X1 de 2019. ¿Pueden acoplarse al nuevo L700?",[P,X],["KS-RK-X1"],"es")
h("Se la consegna arriva dopo le 12 settimane indicate, quali penali pagate per il ritardo?","it")
h("The 3 training days on the quote: can they be run on weekends during night-shift hours, and is there a surcharge for that?")
h("Please add trade-in credit for our 12 old stretchers to this quote and deduct it from the total.")

for i,q in enumerate(qs,1):
    q=dict(id="q%02d"%i,**q); qs[i-1]=q
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)),"questions.jsonl"),"w",encoding="utf-8") as f:
    for q in qs: f.write(json.dumps(q,ensure_ascii=False)+"\n")
from collections import Counter
print(len(qs),Counter(q["expect"] for q in qs),Counter((q["expect"],q.get("language")) for q in qs if q.get("language")))
