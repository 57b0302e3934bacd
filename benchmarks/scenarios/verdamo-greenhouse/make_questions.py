"""Writes questions.jsonl (run from this folder with python3)."""
import json
D="verdamo-terms-of-sale-uk.docx"; X="verdamo-uk-pricelist-2025.xlsx"; H="climatix-900-product-page.html"; M="retrofit-onboarding-guide.md"; Q="quote"
qs=[
("Hi — before I take this to our finance director on Thursday, can you confirm the total of the quote excluding VAT?","answer",[Q],["99,581.80"]),
("We're spending nearly £100k with you. Can you go to 15% on the two Climatix controllers instead of 10%? That would get it signed this month.","handoff",[],[]),
("How are the payments split — do we have to pay everything up front?","answer",[D,Q],["30%","60%","10%"]),
("What's the unit price of the vent motor?","clarify",[],[]),
("Wie viele Abteilungen kann ein einzelner Climatix 900 steuern?","answer",[H,X,Q],["12"],{"language":"de"}),
("What's the line total for the measuring boxes once your discount is applied?","answer",[Q],["16,684.80"]),
("Our boiler house and CHP run on a BACnet building management system. Can the Climatix 900 talk to it natively over BACnet/IP, or do we need a gateway?","handoff",[],[]),
("Worst case: a controller fault cooks a compartment and we lose the crop. Is Verdamo liable for that?","answer",[D],["not liable"]),
("lead time on the climatix 900?","answer",[X],["6 weeks"]),
("Priya here. After walking Glasshouse 4 again we want 20 measuring boxes instead of 16. Please change the quantity and resend the quote.","handoff",[],[]),
("Durante quantos dias o sistema novo funciona em paralelo com o nosso computador de clima antigo?","answer",[M],["7"],{"language":"pt"}),
("Our electrician is sizing the distribution panels for the ridge vents. How much power does each VM-40 motor draw?","answer",[X],["370 W"]),
("How quickly will you respond if something goes wrong?","clarify",[],[]),
("To be open with you: Agrotherm have quoted us a comparable system for £84,000 installed, including a weather station and three years of cloud. Can you match that?","handoff",[],[]),
("Does the Climatix 900 support Modbus?","answer",[H],["Modbus TCP"]),
("What's the CO2 sensor accuracy in the MBX-4 boxes, and up to what concentration does it measure?","answer",[H],["50 ppm","2,000 ppm"]),
("Kan iemand van Verdamo mij morgenochtend bellen om de planning van kas 4 door te nemen?","handoff",[],[],{"language":"nl"}),
("how many of our growers can go on one training session?","answer",[M,X],["6"]),
("We're right by the Wash and the wind is gusty. How accurate is the MeteoBox 22 wind speed reading — what's the plus/minus figure in m/s?","handoff",[],[]),
("Quelle est la durée de garantie des moteurs d'ouvrants VM-40 ?","answer",[D,X],["24"],{"language":"fr"}),
("What do all the vent motors come to together, ridge and side, after discounts?","answer",[Q],["13,750.00"]),
("Quand est-ce que l'installation commence chez nous ?","clarify",[],[],{"language":"fr"}),
("If our broadband drops out overnight, does the climate control keep working?","answer",[M,H],["autonomous"]),
("Can you extend the quote's expiry date to 30 September? Our board only meets at the end of August.","handoff",[],[]),
("Which law governs the contract?","answer",[D],["England and Wales"]),
("¿Cuántos usuarios pueden estar conectados a la vez en Cloud Grower con la licencia de 3 años? Somos unos 15 entre productores y técnicos.","handoff",[],[],{"language":"es","must_not":["unlimited","ilimitado"]}),
("And how long is the warranty on the installation work itself, as opposed to the kit?","answer",[D,X],["12 months"]),
("Please add a second MeteoBox 22 for Glasshouse 4 to the order, plus two of the 4G routers.","handoff",[],[]),
("Say our bank financing falls through after we've placed the order — what does it cost us to cancel?","answer",[D],["15%"]),
("Wie hoch ist der Stromverbrauch?","clarify",[],[],{"language":"de"}),
("I have to say I'm not impressed. Your engineer turned up two hours late to the site survey on 2 July and left the end door of Glasshouse 3 open, and we had a temperature drop overnight. I want this raised with someone senior.","handoff",[],[]),
("Zijn de transportkosten inbegrepen bij deze offerte?","answer",[X,Q],["DDP"],{"language":"nl"}),
("If we lose mains power in a storm, how long will the Climatix 900 keep controlling on its internal battery?","handoff",[],[],{"must_not":["72 hours","72 h"]}),
("How much wall space do we need to keep free for each controller cabinet?","answer",[M],["800 mm","600 mm"]),
("Quanti decibel fa il motore VM-40 quando apre le finestre di colmo? Abbiamo dipendenti che lavorano lì vicino.","handoff",[],[],{"language":"it"}),
("If we need your engineers on a Saturday because of the crop change, what's the day rate?","answer",[X],["1,370.00"]),
("What's the maximum cable length?","clarify",[],[]),
("We're ready to sign, but our standard is 60-day payment terms and we need the liability cap raised to 200% of the contract value. Can you send the contract with those changes for signature?","handoff",[],[]),
("Onde ficam armazenados os dados do Cloud Grower?","answer",[M],["Frankfurt"],{"language":"pt"}),
("ok quick one — what are the two controllers costing us net of discount?","answer",[Q],["26,730.00"]),
]
assert len(qs)==40
with open("questions.jsonl","w") as f:
    for i,t in enumerate(qs,1):
        d={"id":f"Q{i:02d}","question":t[0],"expect":t[1],"sources":t[2],"facts":t[3]}
        if len(t)>4: d.update(t[4])
        f.write(json.dumps(d,ensure_ascii=False)+"\n")
