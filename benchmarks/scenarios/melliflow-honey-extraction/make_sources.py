"""Generate the four knowledge sources of the melliflow-honey-extraction scenario.
Run: PYTHONPATH=<dir with reportlab> /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder)."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Melliflow Extraction Systems GmbH - Site Preparation & Installation Guide", 0)
    d.add_paragraph("Document MF-SPG-2025, revision 3 (January 2025). Applies to all Melliflow extraction lines "
                    "built around the Uncapper Duo 400 or Solo 250, radial extractors MF-EXR-32R / MF-EXR-60R and "
                    "settling tanks MF-STK-800H / MF-STK-1500H. The buyer is responsible for every preparation "
                    "listed here before the installation team arrives.")
    d.add_heading("1. Room and floor", 1)
    d.add_paragraph("A complete line (frame loading conveyor, Uncapper Duo 400, two 60-frame radial extractors, "
                    "cappings spinner, honey pump and two 1,500 kg settling tanks) needs a free floor area of at "
                    "least 11.5 m x 4.2 m, plus a 0.8 m service corridor along the operator side. Minimum clear "
                    "ceiling height is 2.6 m; 3.0 m if the frame loading conveyor is fitted with the overhead "
                    "empty-frame return. Lines with one extractor need 8.0 m x 4.2 m.")
    d.add_paragraph("The floor must carry 750 kg/m2 under the extractors (dynamic load during spin-up) and be "
                    "reinforced concrete at least 150 mm thick, as the extractors are fixed with four M12 chemical "
                    "anchors each. A washable, food-grade floor finish with a slope of 1-2 % towards a floor drain "
                    "(DN 100) is required. Extractors must not be installed on wooden floors or on floating screeds.")
    d.add_heading("2. Electrical supply", 1)
    d.add_paragraph("Supply: 400 V three-phase + N + PE, 50 Hz, through a dedicated 32 A CEE socket or a fused "
                    "isolator within 3 m of the control cabinet. Total connected load of the standard line is "
                    "14.8 kW. Because the extractors and the pump run on frequency inverters, the circuit needs a "
                    "30 mA type B residual-current device; type A devices trip and are not acceptable.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Machine", "Drive", "Heating"
    for row in [
        ("Frame loading conveyor MF-FLD-6", "0.37 kW", "-"),
        ("Uncapper Duo 400 MF-UNC-400", "2.2 kW (incl. knife oscillation)", "2 x 0.6 kW knife heating"),
        ("Radial extractor MF-EXR-60R (each)", "1.5 kW", "-"),
        ("Cappings spinner with heated press MF-CSP-200", "1.1 kW", "0.9 kW press heater"),
        ("Honey lobe pump MF-HPL-12", "1.1 kW", "-"),
        ("Settling tank MF-STK-1500H (each)", "-", "1.2 kW heating jacket"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_heading("3. Water, air and climate", 1)
    d.add_paragraph("Hot and cold potable water at a minimum of 3 bar, with hot water at 40-60 degrees for "
                    "cleaning, must be available within 5 m of the extractors. The extraction room should be kept "
                    "at 25-30 degrees with relative humidity below 60 %; honey absorbs moisture from humid air and "
                    "honey above 18 % water content ferments. The line does not dry honey.")
    d.add_heading("4. Delivery and access", 1)
    d.add_paragraph("Machines are delivered on pallets. Each 60-frame extractor is shipped upright on a pallet of "
                    "1.1 m x 1.1 m x 1.3 m and weighs 310 kg; the uncapper weighs 280 kg. Access doors must be at "
                    "least 1.2 m wide and 2.1 m high. The buyer provides a forklift or pallet truck rated for at "
                    "least 1,000 kg at unloading; the carrier's tail-lift is limited to 750 kg. Deliveries are "
                    "made Monday to Thursday, 8:00-16:00; the buyer is notified of the delivery slot 5 working days "
                    "in advance.")
    d.add_heading("5. Installation and commissioning (MF-INS-3D)", 1)
    d.add_paragraph("The standard installation takes three consecutive working days with two Melliflow "
                    "technicians. Day 1: positioning, levelling and anchoring. Day 2: electrical connection by the "
                    "buyer's licensed electrician (who must be on site on day 2) and food-grade hose piping, DN 40. "
                    "Day 3: commissioning with a test batch of at least 200 frames supplied by the buyer, and "
                    "handover of the commissioning report, which starts the warranty.")
    d.add_paragraph("The honey pump lifts honey at most 1.5 m on the suction side and pushes it up to 25 m at a "
                    "honey temperature of 30 degrees; longer runs need a second pump. If the site is not ready when "
                    "the team arrives (floor, power, water or access not as specified), waiting time is charged at "
                    "EUR 95 per technician-hour, and a second visit, if needed, at EUR 1,150 flat plus travel.")
    d.add_heading("6. Operator training (MF-TRN-1D)", 1)
    d.add_paragraph("A training day is held on site on the buyer's line, either on commissioning day 3 or later in "
                    "the season, and covers set-up, the six extractor programmes, cleaning and daily checks. Each "
                    "training day is limited to 8 participants so that everyone operates the machines; a "
                    "certificate is issued per participant. Training material is available in English, German, "
                    "French and Italian.")
    d.save(os.path.join(K, "site-installation-guide.docx"))

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Title"], ss["Heading2"]
    P = lambda s: Paragraph(s, body)
    story = [Paragraph("Melliflow Warranty &amp; Service Terms", h1),
             P("Document MF-WST-2025, valid for machines delivered from 1 January 2025. These terms form part of "
               "every Melliflow quote that refers to them."),
             Paragraph("1. Warranty periods", h2),
             P("Machines are covered for 24 months from the date of the commissioning report, but at most 27 months "
               "from delivery if commissioning is delayed for reasons on the buyer's side. Different periods apply "
               "to the following components:"),
             Table([["Component", "Warranty"],
                    ["Drive motors of radial extractors (MF-EXR-32R, MF-EXR-60R)", "36 months"],
                    ["Uncapper motors and knife heating elements", "24 months"],
                    ["Honey lobe pump MF-HPL-12 (pump head and motor)", "12 months"],
                    ["Frequency inverters and control boards", "24 months"],
                    ["Installation workmanship (MF-INS-3D)", "12 months"]], hAlign="LEFT"),
             Spacer(1, 6),
             P("Wear parts are excluded from the warranty: uncapping knives, lip seals and lid gaskets, pump lobes, "
               "filter sieves and the conveyor belt. Damage to wooden frames or combs is not covered."),
             P("During the first 12 months, warranty labour and technician travel are included for sites in the EU. "
               "From month 13, warranty parts remain free of charge but labour is charged at the standard rate of "
               "EUR 98 per hour plus a flat call-out fee of EUR 380 per visit in the EU."),
             Paragraph("2. Conditions and exclusions", h2),
             P("The warranty is void if non-food-grade lubricants are used (only NSF H1 lubricant is allowed), if "
               "stainless parts are cleaned with chlorine-based agents above 200 ppm or not rinsed afterwards, if "
               "the extractor is run above its rated 380 rpm or with a load unbalanced by more than 2 frames, or if "
               "the line is modified or moved to another site without written approval from Melliflow."),
             P("Claims must be reported within 14 days of discovery through the Melliflow service portal, with the "
               "machine serial number, a description and photographs. Replaced parts become Melliflow's property "
               "and must be returned within 30 days on request."),
             Paragraph("3. Service response", h2),
             P("Remote diagnosis is given the same business day for requests received before 14:00 CET. A "
               "technician is on site within 3 business days after remote diagnosis. During the harvest season "
               "(1 May to 31 August), customers with an active preventive maintenance plan receive an on-site "
               "response within 48 hours; the Harvest Hotline is staffed on Saturdays from 8:00 to 14:00 CET in "
               "that period."),
             Paragraph("4. Preventive maintenance plan (MF-SVC-PL2)", h2),
             P("The plan costs EUR 1,640 per year per line and runs for a minimum term of 2 years. It renews "
               "automatically year by year unless cancelled at least 3 months before the end of the current term. "
               "Each year it includes one preventive visit before the season (February to April) with: "
               "replacement of one set of lip seals and lid gaskets, sharpening of the uncapping knives, inverter "
               "and safety-switch checks, calibration of the tank temperature controllers and a written condition "
               "report. Plan customers also receive 15% off spare parts and 20% off labour on unscheduled visits."),
             Paragraph("5. Spare parts", h2),
             P("Spare parts are guaranteed available for 10 years after delivery of the machine. Parts in stock "
               "ship within 2 business days from Graz; express shipping during the harvest season is charged at "
               "cost. Prices for spare parts are listed in the current Melliflow price and specification sheet."),
             ]
    SimpleDocTemplate(os.path.join(K, "warranty-service-terms.pdf"), pagesize=A4,
                      title="Melliflow Warranty & Service Terms").build(story)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Line components"
    ws.append(["Melliflow Price & Specification Sheet 2025 - list prices in EUR excl. VAT, ex works Graz"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["SKU", "Description", "Capacity", "Drive power (kW)", "Heating (kW)", "Dimensions LxWxH (mm)",
               "Weight (kg)", "List price (EUR)"])
    rows = [
        ("MF-FLD-6", "Frame loading conveyor 6 m, stainless", "up to 400 frames/h", 0.37, 0, "6000x600x900", 145, 5960),
        ("MF-UNC-250", "Uncapper Solo 250, one heated knife", "up to 250 frames/h", 1.5, 0.6, "1400x800x1450", 210, 9980),
        ("MF-UNC-400", "Uncapper Duo 400, two heated oscillating knives", "up to 400 frames/h (Langstroth deep)", 2.2, 1.2, "1650x900x1500", 280, 14850),
        ("MF-EXR-32R", "Radial extractor 32 frames, AISI 304, max 380 rpm", "32 Langstroth frames per load", 0.75, 0, "D 1000 x 1150", 190, 6150),
        ("MF-EXR-60R", "Radial extractor 60 frames, AISI 304, max 380 rpm", "60 Langstroth frames per load", 1.5, 0, "D 1300 x 1300", 310, 9420),
        ("MF-EXT-12T", "Tangential reversible extractor 12 frames", "12 frames per load", 1.1, 0, "D 1100 x 1250", 240, 7480),
        ("MF-CSP-200", "Cappings spinner with heated wax press", "200 kg cappings/h", 1.1, 0.9, "1200x900x1400", 230, 6380),
        ("MF-HPL-12", "Honey lobe pump with 120 L sump and float switch", "1,500 kg/h at 30 C", 1.1, 0, "1100x600x900", 95, 3150),
        ("MF-STK-800H", "Settling tank 800 kg, heating jacket, 3-stage sieve", "800 kg", 0, 0.8, "D 900 x 1500", 120, 2890),
        ("MF-STK-1500H", "Settling tank 1,500 kg, heating jacket, 3-stage sieve", "1,500 kg", 0, 1.2, "D 1150 x 1750", 175, 4275),
        ("MF-OPT-LOOS", "Heather honey needle loosener for Uncapper Duo 400 (limits uncapper to 180 frames/h)", "180 frames/h", 0.25, 0, "fits MF-UNC-400", 35, 2740),
        ("MF-INS-3D", "Installation and commissioning, 3 days, 2 technicians", "-", 0, 0, "-", 0, 4200),
        ("MF-TRN-1D", "Operator training day on site (max 8 participants)", "-", 0, 0, "-", 0, 890),
        ("MF-SVC-PL2", "Preventive maintenance plan, price per year, 2-year minimum term", "-", 0, 0, "-", 0, 1640),
    ]
    for r in rows:
        ws.append(list(r))
    for c in ws[2]:
        c.font = Font(bold=True)

    ws2 = wb.create_sheet("Throughput by frame")
    ws2.append(["Throughput per frame format - MF-EXR-60R with Uncapper Duo 400 (line of 2 extractors)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Frame format", "Frames per extractor load", "Cycle incl. loading (min)",
                "Frames/h per extractor", "Line frames/h (2 x MF-EXR-60R)", "Limited by"])
    for r in [
        ("Langstroth deep", 60, 20, 180, 360, "extractors"),
        ("Langstroth medium", 60, 16, 225, 400, "uncapper"),
        ("Dadant brood", 42, 22, 115, 230, "extractors"),
        ("Dadant half (hausse)", 60, 15, 240, 400, "uncapper"),
        ("Zander", 60, 18, 200, 400, "uncapper"),
    ]:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["Mixed loads of different frame formats in one extractor are not allowed (imbalance)."])

    ws3 = wb.create_sheet("Spares & consumables")
    ws3.append(["Spare parts and consumables 2025 - EUR excl. VAT (plan customers 15% off)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append(["Part no.", "Description", "Fits", "Unit", "Price (EUR)"])
    for r in [
        ("MF-SP-KN400", "Uncapping knife pair, hardened stainless", "MF-UNC-400", "pair", 385),
        ("MF-SP-GSK-EXR", "Lid gasket, silicone, food grade", "MF-EXR-60R", "piece", 64),
        ("MF-SP-GSK-HPL", "Pump seal kit (lip seals and O-rings)", "MF-HPL-12", "kit", 128),
        ("MF-SP-GSK-STK", "Outlet valve gasket DN 50", "MF-STK-800H / MF-STK-1500H", "piece", 19.5),
        ("MF-SP-SV-STK", "Sieve set 1.5 / 0.5 / 0.2 mm", "MF-STK-1500H", "set", 245),
        ("MF-SP-LOBE", "Pump lobe set", "MF-HPL-12", "set", 410),
        ("MF-SP-BLT-FLD", "Conveyor belt 6 m", "MF-FLD-6", "piece", 690),
        ("MF-SP-LUB-H1", "NSF H1 food-grade lubricant 400 g", "all", "cartridge", 24.9),
    ]:
        ws3.append(list(r))
    for w in (ws2, ws3):
        for c in w[2]:
            c.font = Font(bold=True)
    wb.save(os.path.join(K, "price-spec-sheet-2025.xlsx"))

# ---------------------------------------------------------------- Markdown KB article
KB = """# Running your Melliflow extraction line: operation, cleaning and honey types

*Knowledge base article KB-0412, Melliflow customer service, updated February 2025.*

## Temperatures
Extract honey at 28-35 °C: warm honey leaves the comb faster and flows through the pump and sieves. The heating
jackets of the settling tanks are factory-set to 35 °C and locked so they can never exceed 40 °C, which protects
the enzymes (diastase) and keeps HMF low. Do not use the jackets to liquefy crystallised honey in the tank; use a
separate melting cabinet.

## Extractor programmes
The MF-EXR-60R has six programmes. The default "Standard Radial" ramps up in 90 seconds to 250 rpm, holds 8 minutes,
then runs 4 minutes at 350 rpm. The maximum is 380 rpm. Use programme 2 ("New comb", max 250 rpm) for combs drawn
in the current season, which break at higher speed. Always load the extractor evenly; a difference of more than
2 frames between opposite sides trips the imbalance sensor.

## Heather, manuka and other thixotropic honeys
Heather (Calluna) and manuka honey are thixotropic: they set like jelly in the comb and cannot be spun out without
first being loosened. The Uncapper Duo 400 then needs the needle loosener MF-OPT-LOOS, which pierces every cell and
limits the uncapper to 180 frames per hour. Without it, the radial extractors leave most heather honey in the comb.

## Rapeseed honey
Oilseed rape honey crystallises within 1-2 weeks. Extract it within 3 days of taking the supers off and empty the
settling tanks within 5 days, otherwise the honey sets in the tank and the outlet valve.

## Settling and sieving
Let honey settle 24-48 hours in the settling tank before bottling; wax particles and air bubbles rise and are
skimmed. The 3-stage sieve (1.5 / 0.5 / 0.2 mm) sits on top of each tank.

## Cappings
The cappings spinner recovers about 85 % of the honey from the cappings; the rest is pressed out in the heated
press. Expect 1-1.5 kg of cappings wax per 100 frames.

## Cleaning
Clean the line at the end of every extraction day with warm water at 40-50 °C. A full clean of the standard line
takes about 90 minutes for one operator. Never aim a high-pressure jet above 80 bar at bearings, the inverter or
the control cabinet. Avoid chlorine-based products on stainless steel; if you must disinfect with chlorine, do not
exceed 200 ppm and rinse with clean water afterwards. Lubricate only with NSF H1 food-grade lubricant.

## Materials
All honey-contact parts are AISI 304 stainless steel or food-grade silicone and comply with EU Regulation
1935/2004 on food-contact materials.
"""

def make_md():
    with open(os.path.join(K, "kb-operation-cleaning.md"), "w") as f:
        f.write(KB)

if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx(); make_md()
    print("sources written to", K)
