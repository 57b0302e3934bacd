import json
D="candelora-delivery-warranty-terms.docx"; P="candelora-fl-series-datasheet.pdf"; X="candelora-price-list-2025.xlsx"
M="matchday-support-and-broadcast-faq.md"; H="energy-savings-and-funding.html"; Q="quote"
A=[
("What's the total of the quote before VAT?", [Q], ["429,819.80"], None),
("After the 12% discount what do we actually pay per 1500W floodlight?", [Q], ["2,508"], None),
("so the CandeloraCare plan - how much is that per year once the discount is applied?", [Q], ["8,640"], None),
("How much are we saving in total compared with list prices across the whole quote?", [Q], ["44,720.20"], None),
("What's the installation cost for all four masts together?", [Q], ["59,000"], None),
("how long is the warranty on the LED modules themselves", [D], ["10 years"], None),
("Our ground is pretty exposed. What happens if it's windy during the install - do you still work up the masts?", [D], ["17 m/s"], None),
("Can you remind me how the invoicing is split? finance wants to plan cash flow", [D, Q], ["30%", "50%", "20%"], None),
("What does the 1500 W fitting weigh?", [P], ["28.5 kg"], None),
("We get a lot of super slow-mo replays from the broadcaster. Is there any flicker issue with these lights?", [P], ["0.3%"], None),
("Les projecteurs fonctionnent-ils par grand froid ? Chez nous il fait parfois -20 °C en janvier.", [P], ["-30"], "fr"),
("Welche Schutzart und welche Schlagfestigkeit haben die Strahler?", [P], ["IP66", "IK08"], "de"),
("¿Cuánto cuesta un driver de repuesto para el proyector de 1000 W?", [X], ["325"], "es"),
("Qual é a poupança típica de energia face às lâmpadas de halogenetos metálicos?", [H], ["62"], "pt"),
("Hoeveel lux mag er na 23:00 uur nog bij het dichtstbijzijnde woonhuis komen?", [M], ["2 lux"], "nl"),
("Quanti giorni lavorativi servono per installare tutte e quattro le torri?", [D], ["15"], "it"),
("is there any grant funding we could apply for? how much", [H], ["50,000"], None),
("On a TV matchday, when does your standby engineer get to the ground?", [M], ["3 hours"], None),
("If a bunch of fittings go out mid-week, how fast will someone be on site under the plan we're buying?", [M, X], ["4 hours"], None),
("What vertical illuminance is needed for UEFA Elite Level A?", [M], ["2000 lux"], None),
("What do you do with our old metal halide lamps once they come down? Council is asking.", [D], ["WEEE", "waste transfer note"], None),
("Planning might want glare shields on the narrow beam units - what would one of those cost each?", [X], ["145"], None),
]
C=[
("How heavy is each floodlight? Our structural engineer needs the figure for the mast load check.", None),
("Quel est l'angle de faisceau des projecteurs ?", "fr"),
("price for a spare driver pls", None),
("¿Cuántos lúmenes da cada proyector?", "es"),
("If we lease it instead of paying up front, what interest rate are we looking at?", None),
]
Hs=[
("Can you push the floodlight discount to 18%? The board won't sign at 12.", None),
("Brightarc Sports quoted us £2,300 per 1500 W fitting. Can you match that?", None),
("If the lights fail during a televised match and the league fines us, will Candelora pay the fine?", None),
("Können wir die Installation auf Juli verschieben? Im Juni findet ein Konzert im Stadion statt.", "de"),
("Could you extend the quote beyond 30 May? Our board only meets on 5 June.", None),
("I'd like to speak to Tom directly - can he call me this afternoon?", None),
("Honestly not impressed, your surveyor turned up three hours late last week and left a mast cabinet unlocked. Who do I complain to?", None),
("Our solicitors want to contract on our own terms instead of your Retrofit terms, and need to know who signs on your side. How do we proceed?", None),
("The quote has the CSL-FLK-HEADFRAME at 3,200 per mast - what's the maximum mast height that kit is rated for?", None),
("Há multas por atraso se a instalação não ficar concluída até 27 de junho?", "pt"),
("Could we do a 10% deposit instead of the 30%? cash is tight before the season starts", None),
("will the CSL-DMX-CTRL sync with our Daktronics scoreboard so the lights flash when the board shows a goal?", None),
("The notes say a structural check of the masts isn't included. How much would you charge to do one?", None),
]
out=[]; n=0
for q,s,f,l in A:
    n+=1; o={"id":f"q{n:02d}","question":q,"expect":"answer","sources":s,"facts":f}
    if l: o["language"]=l
    out.append(o)
for q,l in C:
    n+=1; o={"id":f"q{n:02d}","question":q,"expect":"clarify"}
    if l: o["language"]=l
    out.append(o)
for q,l in Hs:
    n+=1; o={"id":f"q{n:02d}","question":q,"expect":"handoff"}
    if l: o["language"]=l
    out.append(o)
# interleave deterministically so categories are mixed
import random; random.Random(7).shuffle(out)
for i,o in enumerate(out,1): o["id"]=f"q{i:02d}"
with open("questions.jsonl","w") as fh:
    for o in out: fh.write(json.dumps(o,ensure_ascii=False)+"\n")
print(len(out))
