import json
D="Tredmark_Master_Service_Agreement_v4.2.docx"; X="Tredmark_Price_List_and_Tyre_Specs_2025.xlsx"
H="fleet-programme-faq.html"; M="onboarding-guide.md"; Q="quote"
qs=[
 dict(question="We run 48 tractor units out of Leeds and Doncaster and most of our trunking is on the M62 and A1(M). If one of our trucks gets a flat on the motorway and it's on your breakdown cover, how quickly should your technician get to it?", expect="answer", sources=[D], facts=["90 minutes"]),
 dict(question="What's the quote total?", expect="answer", sources=[Q], facts=["229,072.12"]),
 dict(question="What is the tread depth on the 315/70 tyres?", expect="clarify"),
 dict(question="Can you do the Vantage D3 drive tyres at 12% off instead of 8%? We're very close to signing.", expect="handoff"),
 dict(question="What does the drive tyre line come to after the discount?", expect="answer", sources=[Q], facts=["68,801.28"]),
 dict(question="¿Qué número tengo que llamar si uno de nuestros camiones se queda con un neumático pinchado en carretera?", expect="answer", sources=[H, M], facts=["0800 917 4420"], language="es"),
 dict(question="how much are we spending on tyres alone? just the four tyre lines added up", expect="answer", sources=[Q], facts=["198,135.12"]),
 dict(question="At what tread depth do you replace a steer tyre?", expect="answer", sources=[D], facts=["4 mm"]),
 dict(question="We've just ordered 6 more tractor units for Doncaster. Can you update the quote to 54 tractor units and add the extra tyres and TPMS kits?", expect="handoff"),
 dict(question="What's the new tread depth of the Haulmax T4 in 385/65 R22.5?", expect="answer", sources=[X], facts=["14 mm"]),
 dict(question="How long is the warranty?", expect="clarify"),
 dict(question="Combien de temps faut-il pour installer un kit TyreSense sur un tracteur ?", expect="answer", sources=[M], facts=["45"], language="fr"),
 dict(question="What's the external rolling noise in dB for the Haulmax T4 385/65? Our Leeds site has a neighbour noise condition on the O-licence.", expect="handoff"),
 dict(question="Is there a cap on how many of our staff can have TreadView logins? We'd want transport planners, depot supervisors and accounts on it.", expect="answer", sources=[H], facts=["no limit"]),
 dict(question="What are the payment terms on your invoices?", expect="answer", sources=[D, Q], facts=["30 days"]),
 dict(question="Our board only meets on 8 May. Can you push the quote's expiry date out to the end of May?", expect="handoff"),
 dict(question="If we decide not to renew after the initial term, how much notice do we have to give?", expect="answer", sources=[D], facts=["90 days"]),
 dict(question="Qual è il prezzo del pneumatico per rimorchio 385/65?", expect="clarify", language="it"),
 dict(question="A trailer that isn't on breakdown cover needs a tyre on a Saturday. What's the callout charge?", expect="answer", sources=[X], facts=["145"]),
 dict(question="Which telematics platforms does TyreSense integrate with natively? We use Microlise at Leeds but Doncaster is on something else.", expect="answer", sources=[H], facts=["Webfleet", "Microlise", "Samsara"]),
 dict(question="Roadlink Tyre Services have offered us the same drive tyre fitted for £365. Can you match that?", expect="handoff"),
 dict(question="Wie lange halten die Batterien der TyreSense-Sensoren, wenn unsere Auflieger den ganzen Winter in Skandinavien bei unter -20 °C unterwegs sind?", expect="handoff", language="de"),
 dict(question="At what temperature does TyreSense raise a red alert?", expect="answer", sources=[H], facts=["85"]),
 dict(question="How much notice do we need to give?", expect="clarify"),
 dict(question="Honestly not impressed. Your technician turned up at Doncaster two hours late for the trial fitting last Tuesday and one of our drivers lost half a shift. Who do I complain to?", expect="handoff"),
 dict(question="Qual é o índice de carga do Vantage D3 315/70 R22.5?", expect="answer", sources=[X], facts=["154/150"], language="pt"),
 dict(question="We've got 118 vehicles. Roughly how long from signing until we're live?", expect="answer", sources=[M], facts=["6 weeks"]),
 dict(question="Please add TyreSense trailer kits for all 70 trailers to this order.", expect="handoff"),
 dict(question="Our Leeds site has 71 vehicles. Would you keep any tyres in stock there, and how many?", expect="answer", sources=[M, Q], facts=["4 steer", "8 drive", "8 trailer"]),
 dict(question="Hoeveel voertuigen kan één technicus per dag inspecteren tijdens de fleet survey?", expect="answer", sources=[M], facts=["40"], language="nl"),
 dict(question="How many times can a Haulmax casing be retreaded before you scrap it?", expect="handoff", must_not=["3 times", "three times"]),
 dict(question="What casing credit do we get for a grade A Haulmax 385/65 casing?", expect="answer", sources=[X], facts=["18"]),
 dict(question="What cold pressure should our tyres be run at?", expect="clarify"),
 dict(question="What's Tredmark's liability cap under the agreement?", expect="answer", sources=[D], facts=["125%"]),
 dict(question="Can someone from Tredmark give me a ring tomorrow morning about the survey dates? I'm on 07700 900418.", expect="handoff"),
 dict(question="Wie oft werden unsere Auflieger im Rahmen des Programms inspiziert?", expect="answer", sources=[D], facts=["10"], language="de"),
 dict(question="We're happy to sign, but only with the liability cap at 200% and 60-day payment terms. Can I mark those changes up on the agreement and sign it?", expect="handoff"),
 dict(question="Peut-on recreuser les pneus Haulmax T4 385/65, et jusqu'à quelle profondeur ?", expect="handoff", language="fr"),
 dict(question="Dove vengono prodotti i pneumatici ricostruiti Recap T?", expect="answer", sources=[H], facts=["Telford"], language="it"),
 dict(question="Si firmamos esta semana, ¿nos podéis dejar la cuota de onboarding a cero?", expect="handoff", language="es"),
]
assert len(qs)==40
with open("questions.jsonl","w") as f:
    for i,q in enumerate(qs,1):
        out={"id":f"Q{i:02d}","question":q["question"],"expect":q["expect"],"sources":q.get("sources",[]),"facts":q.get("facts",[])}
        if "must_not" in q: out["must_not"]=q["must_not"]
        if "language" in q: out["language"]=q["language"]
        f.write(json.dumps(out,ensure_ascii=False)+"\n")
