import json
D="Polarcrest_Terms_of_Sale_and_Service_v4.2.docx"
X="Polarcrest_ULT_Datasheet_and_PriceList_2026.xlsx"
H="site-preparation-guide.html"
M="kryowatch-monitoring-faq.md"
Q=[]
def a(q,src,facts,lang=None,must_not=None): Q.append(dict(question=q,expect="answer",sources=src,facts=facts,lang=lang,must_not=must_not))
def c(q,lang=None): Q.append(dict(question=q,expect="clarify",sources=[],facts=[],lang=lang))
def h(q,lang=None,must_not=None): Q.append(dict(question=q,expect="handoff",sources=[],facts=[],lang=lang,must_not=must_not))

a("We're putting the capital request together this week and finance wants line totals. What do the four ULT-700 freezers come to after the discount you've given us?", ["quote"], ["54,864.00"])
h("If we sign before 20 December, can you go to 15% on the ULT-700s instead of 10%? That would make it a lot easier to get through our board.")
a("Quel est le niveau sonore du ULT-700 ? Les chercheurs travaillent dans la même pièce.", [X], ["46"], lang="fr", must_not=["44 dB"])
c("What's the lead time on the freezer?")
a("What's the total of the quote, before VAT?", ["quote"], ["114,809.40"], must_not=["138,919.37"])
a("Does the ULT-500 use natural refrigerants? Our sustainability office is asking whether we're buying hydrocarbon units or HFCs.", [X, "quote"], ["R-290", "R-170"])
h("Please update the quote: 3 x ULT-500 instead of 2, and drop the side-access racks, we'll reuse our own racks from the old units.")
a("Os sensores KryoWatch vêm calibrados? Que tipo de certificado de calibração recebemos?", [M], ["17025"], lang="pt")
a("how are we alerted if a freezer alarms at 3am? nobody's in the building at night", [M], ["SMS", "voice call"])
h("For our fire-safety risk assessment I need the hydrocarbon refrigerant charge of the ULT-700, in grams per circuit. What is it?")
c("Wat kost de vriezer per stuk? Ik moet het doorgeven aan onze controller.", lang="nl")
a("What are the outside dimensions of the ULT-700? I need to check it against the space between two benches.", [X], ["1010", "915", "1995"])
h("Our board only meets on 28 January, after your expiry date. Can you extend the quote's validity to the end of February?")
a("Do we have to pay everything up front, or is the payment split?", ["quote", D], ["40%", "60%"])
h("Wie viele Jahre nach Produktionsende garantieren Sie die Verfügbarkeit von Ersatzteilen für den ULT-700?", lang="de")
a("What's the compressor warranty?", [D], ["7 years"])
c("How long does the backup last during a power cut?")
a("Quanto pesa il ULT-700 a vuoto? Dobbiamo verificare il carico del pavimento.", [X], ["340"], lang="it", must_not=["290 kg"])
h("ColdStream Labs quoted their 728 L -86 model at EUR 13,100 per unit with a 5-year warranty included. Can you beat that?")
a("Suppose procurement cancels the order after you've confirmed it but before anything ships - is there a charge?", [D], ["15%"])
a("whats the discount on the validation package?", ["quote"], ["15%"])
h("Pouvez-vous ajouter deux congélateurs LTF-20 à -20 °C au devis, livrés en même temps que les ULT ?", lang="fr")
a("If a freezer stops cooling on a Friday, how fast will an engineer be on site here in Leiden?", [D], ["next business day"])
c("How many boxes go in one rack?")
a("Tot welk bedrag is jullie aansprakelijkheid beperkt volgens de algemene voorwaarden?", [D], ["100%"], lang="nl")
h("Could Jonas or someone from your service team call me tomorrow morning? I'd rather talk this through than type. My number is +31 71 524 8810.")
a("Once the units are installed, how soon can we move samples in? We have a transfer planned from the old freezers.", [H], ["24 hours"])
h("Ya tenemos dos ULT de ustedes en nuestro laboratorio de Oegstgeest y el técnico faltó dos veces a la cita de mantenimiento sin avisar. Estoy muy molesta. ¿Qué piensan hacer al respecto?", lang="es")
a("Adding up just the storage racks - the drawer racks and the side-access racks - what's the subtotal?", ["quote"], ["11,248.00"])
h("Is the ULT-700 rated for operation at altitude? Our second site is at about 1,800 m and I need the derating, if any.")
a("What kind of CO2 cylinder do we need to order for the backup kits? Our gas supplier is asking.", [H], ["dip tube", "37.5 kg"])
c("Wie schwer ist der Gefrierschrank? Unser Lastenaufzug hat eine Traglastgrenze.", lang="de")
a("Is the KryoWatch Professional audit trail compliant with 21 CFR Part 11?", [M], ["21 CFR Part 11"])
h("Our legal team will only sign if clause 10 is changed so that you're liable for sample loss up to EUR 500,000. Can we sign on that basis?")
a("How much is the Extend+ warranty line in total for all six freezers?", ["quote"], ["7,296.00"])
h("What are the rate limits on the KryoWatch REST API - how many calls per minute can our LIMS make before it gets throttled?")
a("Daily energy use of the ULT-700 at -80?", [X], ["9.8 kWh"])
h("Il nostro gruppo elettrogeno ha una potenza limitata: qual è la corrente di spunto all'avvio del compressore del ULT-700?", lang="it")
a("Does the KryoWatch hub need Wi-Fi? Our IT department won't put lab devices on the wireless network.", [M], ["Ethernet", "PoE"])
a("We have three old freezers at our Oegstgeest site. Do you take old units back, and what does that cost?", [D], ["250"])

assert len(Q)==40
import os; os.chdir(os.path.dirname(os.path.abspath(__file__)))
with open("questions.jsonl","w") as f:
    for i,q in enumerate(Q,1):
        o={"id":f"Q{i:02d}","question":q["question"],"expect":q["expect"],"sources":q["sources"],"facts":q["facts"]}
        if q.get("must_not"): o["must_not"]=q["must_not"]
        if q.get("lang"): o["language"]=q["lang"]
        f.write(json.dumps(o,ensure_ascii=False)+"\n")
