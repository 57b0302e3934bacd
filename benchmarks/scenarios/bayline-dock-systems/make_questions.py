"""Writes questions.jsonl for the bayline-dock-systems scenario (run from this folder)."""
import json
DOCX="Bayline_Terms_of_Supply_and_Installation.docx"
XLSX="Bayline_Product_Specifications_2026.xlsx"
HTML="bayline-service-plans.html"
MD="preparing-your-site.md"
A,C,H="answer","clarify","handoff"
Q=[
# answers EN
(A,"We're finalising the capex paper for DC2 at Magna Park and finance wants to know how the payments are split. How much is due with the order, and what are the other stages?",[DOCX,"quote"],["40%","50%","10%"],None,None),
(A,"Quote total?",["quote"],["148,408.00"],None,None),
(A,"What's the line total for the six swing-lip levellers once your discount is taken off?",["quote"],["37,812.00"],None,None),
(A,"how deep do the pits have to be for the telescopic levellers on bays 1 and 2?",[XLSX,MD],["650 mm"],None,None),
(A,"Our transport manager is worried about drivers pulling away mid-load. With the hook restraint fitted, can the warehouse team still operate the leveller before the trailer is hooked?",[XLSX],["engaged"],None,None),
(A,"If one of the levellers breaks down after handover, how quickly will an engineer be on site under the service plan included in the quote?",[HTML,"quote"],["8 working hours"],None,None),
(A,"What warranty do you give on the sectional door panels?",[DOCX],["10 years"],None,None),
(A,"Lead time on the vehicle restraints? They're the bit I'm most worried about for our go-live date.",[DOCX,"quote"],["8","10 weeks"],None,None),
(A,"Carrow Construction are doing our pits. What happens if your engineers turn up and the pits aren't ready on the day — is there a charge?",[DOCX,MD],["£650"],None,None),
(A,"What electrical supply do we need to provide at each bay for the leveller and the restraint?",[MD,XLSX],["400 V","16 A"],None,None),
(A,"Can you give me the subtotal for all the dock shelters on the quote, inflatable and curtain together?",["quote"],["18,390.00"],None,None),
(A,"What is your total liability capped at under the terms?",[DOCX],["contract value"],None,None),
(A,"So the deposit is 40% — how much is that in pounds on this quote, before VAT?",["quote",DOCX],["59,363.20"],None,None),
(A,"What's the U-value of the insulated sectional door?",[XLSX],["1.0"],None,None),
(A,"At handover, how long is the training and how many of our people can attend?",[MD],["2 hours","8"],None,None),
(A,"If we sign and approve the drawings and then the project gets pulled, can we still cancel? What would it cost?",[DOCX],["25%"],None,None),
(A,"Is there a minimum term on the service plan after the first year, and how much notice do we give to end it?",[HTML],["12 months","30 days"],None,None),
# answers non-EN
(A,"¿Qué calidad de hormigón hace falta para los fosos de las rampas niveladoras?",[MD],["C32/40"],None,"es"),
(A,"Welche Nenntragfähigkeit hat die Teleskop-Überladebrücke DL-TL3020?",[XLSX],["80 kN"],None,"de"),
(A,"Qual è la forza di ritenuta del sistema di blocco veicolo a gancio VR-HK200?",[XLSX],["150 kN"],None,"it"),
(A,"Che alimentazione elettrica serve per il ventilatore del riparo gonfiabile SH-IN350?",[XLSX,MD],["230 V"],None,"it"),
(A,"Qual é o número de telefone para comunicar uma avaria fora do horário de trabalho?",[HTML],["0800 612 4470"],None,"pt"),
# clarify
(C,"What's the lip length on the leveller?",[],[],None,None),
(C,"How much is the upgrade per leveller?",[],[],None,None),
(C,"What's the price per bay?",[],[],None,None),
(C,"Combien coûte l'abri de quai ?",[],[],None,"fr"),
(C,"¿Qué profundidad tiene que tener el foso de la niveladora?",[],[],None,"es"),
# handoff EN
(H,"The levellers are the biggest part of this order. If you take the swing-lip discount up to 12% we can sign this week.",[],[],None,None),
(H,"Can you add two more bays to the quote, same spec as bays 3–6 with restraints?",[],[],None,None),
(H,"Our board doesn't meet until 14 January. Can you extend the quote validity to the end of January?",[],[],None,None),
(H,"DockPro Midlands quoted us £131k for basically the same eight bays, and they give 7 years on the leveller structure. Can you match that?",[],[],None,None),
(H,"Not happy, to be honest. Your surveyor left Magna Park without signing out, our security had to chase him, and we still haven't seen the survey drawings two weeks later. Who deals with complaints?",[],[],None,None),
(H,"Could Tom give me a call tomorrow morning before 10? 07700 900412.",[],[],None,None),
(H,"We're ready to sign, but procurement needs 60-day payment terms and the liability cap at twice the contract value. Can I sign the quote with those changes written in?",[],[],None,None),
(H,"What's the U-value of the SD-3030 door if we add the vision panel row?",[],[],None,None),
(H,"We might need the installation done over two weekends so we don't disrupt the existing yard. What's your weekend installation rate per bay?",[],[],["£140"],None),
(H,"Once the 2-year hydraulic warranty is over, what does a replacement cylinder for the swing-lip leveller cost?",[],[],None,None),
# handoff non-EN
(H,"Wie laut ist das Hydraulikaggregat der Überladebrücke im Betrieb, in dB(A)? Die Bays liegen neben unseren Büros.",[],[],None,"de"),
(H,"Heeft de SD-3030 sectionaaldeur een inbraakwerendheidsklasse, bijvoorbeeld RC2? Onze verzekeraar vraagt daarnaar.",[],[],None,"nl"),
(H,"Si nous signons avant le 15 décembre, pouvez-vous nous offrir l'installation gratuitement ?",[],[],None,"fr"),
]
assert len(Q)==40
import random
random.Random(24117).shuffle(Q)  # mix expectations and languages; ids follow the shuffled order
with open("questions.jsonl","w") as f:
    for i,(e,q,s,fa,mn,lang) in enumerate(Q,1):
        d={"id":f"Q{i:02d}","question":q,"expect":e,"sources":s,"facts":fa}
        if mn: d["must_not"]=mn
        if lang: d["language"]=lang
        f.write(json.dumps(d,ensure_ascii=False)+"\n")
