# Writes questions.jsonl for the shelfwise-library-rfid scenario. Run: /work/main/.venv/bin/python make_questions.py
import json
T="Shelfwise_Terms_of_Supply_v4.2.docx"; X="Shelfwise_Datasheet_PriceList_2026.xlsx"; H="shelfwise-faq.html"; M="implementation-guide.md"; Q="quote"
qs=[
 ("We're putting the business case to our cabinet member next week and I just need the headline number. What is the total value of quote SW-Q-2026-0418, before VAT?","answer",[Q],["163,734.00"],None,None),
 ("How heavy is the kiosk?","clarify",[],[],None,None),
 ("What's the line total for the six K20 kiosks once your discount is taken off?","answer",[Q],["40,230.00"],None,None),
 ("Tom mentioned on the phone there might be some flexibility. If we sign before Christmas, can you do 15% on the kiosks instead of 10%?","handoff",[],[],None,None),
 ("how many items an hour can the returns sorter get through?","answer",[X],["1,200"],None,None),
 ("¿Qué estándar de datos usan las etiquetas RFID para libros?","answer",[X,H],["ISO 28560-2"],None,"es"),
 ("The floor at Central Library is an old suspended timber floor and our buildings team is nervous. What does the RS5 sorter weigh, and what floor loading do you need for it?","answer",[X,T],["310 kg","500 kg"],None,None),
 ("What IP rating do the G3 gate pedestals have? The entrance at Ashby Bridge is an open porch and it gets damp in winter.","handoff",[],[],["IP54","IP44","IP65"],None),
 ("Our finance team needs to reserve the money for the first invoice. How much will you invoice on order confirmation, before VAT?","answer",[Q,T],["59,897.60"],["65,493.60"],None),
 ("Quel est le délai de livraison du kiosque ?","clarify",[],[],None,"fr"),
 ("What's the warranty on the returns sorter?","answer",[T],["24 months"],None,None),
 ("Can you change the quote to 8 K20 kiosks instead of 6? Millbrook has decided it wants two after all.","handoff",[],[],None,None),
 ("If one of our invoices gets paid late (it happens, council payment runs), what interest can you charge?","answer",[T],["4%","base rate"],None,None),
 ("Les données dans Shelfwise Cloud sont-elles chiffrées ? Avec quel algorithme ?","answer",[H],["AES-256"],None,"fr"),
 ("What's the power draw of the security gate?","clarify",[],[],None,None),
 ("If we decide not to carry on with the cloud subscription after year one, how much notice do we have to give?","answer",[T],["90 days"],None,None),
 ("Codex Library Solutions ci ha offerto chioschi simili a un prezzo inferiore del 20% rispetto al vostro. Potete pareggiare la loro offerta?","handoff",[],[],None,"it"),
 ("what happens at the kiosks if our LMS goes down for an afternoon?","answer",[H],["offline","5,000"],None,None),
 ("How much are the security gates altogether on this quote, both gate types combined?","answer",[Q],["23,750.00"],None,None),
 ("Wie viel Strom verbraucht der Rückgabesortierer RS5 im Ruhemodus, also im Standby, in Watt?","handoff",[],[],None,"de"),
 ("Which library management systems have you actually tested your kit with? We may be changing LMS in 2028.","answer",[H],["Alma","Sierra","Koha","Polaris"],None,None),
 ("I have to say I'm pretty unhappy. The loan K20 you put in Fenwick for the pilot has frozen three times this month and the ticket we raised two weeks ago still has no reply. Before we commit this kind of money I want that sorted.","handoff",[],[],None,None),
 ("How many languages does the kiosk screen offer, and is Welsh one of them?","answer",[H],["12","Welsh"],None,None),
 ("¿Cuánto cuesta la formación?","clarify",[],[],None,"es"),
 ("Roughly how fast can our own staff tag books if we do the conversion ourselves?","answer",[M],["250"],None,None),
 ("Please add four Staff Pads and the fines payment module for the Central Library kiosks to the quote.","handoff",[],[],None,None),
 ("Do we have to open any inbound firewall ports for the kiosks and gates?","answer",[H],["443"],None,None),
 ("Über welche Schnittstellen kommunizieren die Geräte mit unserem Bibliothekssystem?","answer",[H],["SIP2","NCIP"],None,"de"),
 ("is installation included or is that extra?","answer",[Q],["included"],None,None),
 ("Where is Shelfwise Cloud hosted — is borrower data kept in UK data centres? Our DPO needs it for the DPIA.","handoff",[],[],None,None),
 ("What's the unit price of the tags?","clarify",[],[],None,None),
 ("Can the K12 countertop kiosks take fine payments, or only the big ones?","answer",[H],["K20"],None,None),
 ("Podemos adiar a entrega de todo o equipamento para junho de 2027 mantendo os mesmos preços?","handoff",[],[],None,"pt"),
 ("Comparing the support levels: with Standard Support how quickly does an engineer come on site, and how does Premium compare?","answer",[X],["3 Business Days","Next Business Day"],None,None),
 ("Could someone ring me tomorrow morning? I'd like to talk the sorter installation through with an engineer. I'm on 01632 960442.","handoff",[],[],None,None),
 ("Dopo l'installazione, quanti giorni lavorativi abbiamo per segnalare un problema nel collaudo?","answer",[T,M],["10"],None,"it"),
 ("Just so I understand the tag pricing: what would a book tag cost per tag at list price if we ordered fewer than 100,000?","answer",[X],["0.16"],None,None),
 ("What's the maximum volume of the gate alarm in decibels? The Millbrook gate will be right next to the reading room.","handoff",[],[],None,None),
 ("Kan de K20-kiosk ook in een andere kleur geleverd worden, bijvoorbeeld in het donkergroen van onze huisstijl?","handoff",[],[],None,"nl"),
 ("We're ready to sign, but our legal team needs the liability cap raised to 200% of fees and payment at 60 days instead of 30. Can I just sign it with those amendments written in?","handoff",[],[],None,None),
]
assert len(qs)==40
with open("questions.jsonl","w") as f:
    for i,(q,e,s,fa,mn,lang) in enumerate(qs,1):
        d={"id":f"Q{i:02d}","question":q,"expect":e,"sources":s,"facts":fa}
        if mn: d["must_not"]=mn
        if lang: d["language"]=lang
        f.write(json.dumps(d,ensure_ascii=False)+"\n")
