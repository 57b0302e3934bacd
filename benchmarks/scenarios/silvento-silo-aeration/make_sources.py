"""Generate the four knowledge sources of the silvento-silo-aeration scenario.
Run: PYTHONPATH=/tmp/rl python3 make_sources.py  (needs python-docx, openpyxl, reportlab)"""
import os
from pathlib import Path

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX: service & warranty terms
def make_docx():
    from docx import Document
    d = Document()
    d.add_heading("Silvento Aeration B.V. - Warranty and Service Plan Conditions (edition 2025)", 0)
    d.add_paragraph("These conditions apply to all aeration fans, temperature cables, controllers and floor duct kits "
                    "supplied by Silvento Aeration B.V. (Zwolle, NL) from 1 January 2025. They form part of every quotation "
                    "that refers to them and prevail over any earlier edition.")
    d.add_heading("1. Warranty periods", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Product family", "Warranty period", "Starts from"]):
        c.text = h
    rows = [
        ("CF-750 centrifugal fans (housing, impeller, IE4 motor)", "36 months", "date of commissioning"),
        ("AX-560 axial fans (housing, impeller, IE3 motor)", "24 months", "date of commissioning"),
        ("TempCable grain temperature cables (all lengths)", "24 months", "date of delivery"),
        ("AeraLogic Pro and AeraLogic Lite controllers", "24 months", "date of commissioning"),
        ("Perforated floor duct kits (corrosion perforation only)", "10 years", "date of delivery"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph("Where commissioning is delayed by more than 60 days after delivery for reasons attributable to the "
                    "buyer, the warranty period starts on the 61st day after delivery.")
    d.add_heading("2. Exclusions", 1)
    for s in [
        "Damage caused by operating fans against closed roof vents or hatches (over-pressurisation of the bin roof or fan housing).",
        "Moisture ingress through cable glands left uncapped or not tightened after maintenance by third parties.",
        "Impeller damage caused by foreign objects (stones, tools, bird nests) drawn in through an unguarded inlet.",
        "Motor burn-out where the fan was run without the soft starter or motor protection relay specified in the installation guide.",
        "Wear parts: V-belts, inlet filter mats and door seals (covered for 6 months only).",
        "Loss of or damage to stored grain, whatever the cause, is outside the scope of the product warranty.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("3. Service plans", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["", "Silver plan", "Gold plan"]):
        c.text = h
    for r in [
        ("Annual price per site (list)", "EUR 1,680", "EUR 3,150"),
        ("Preventive maintenance visits", "1 per year", "2 per year, one of them a pre-harvest inspection completed before 15 June"),
        ("Remote diagnosis by the Silvento helpdesk", "within 2 working days", "within 8 working hours"),
        ("On-site response, harvest window (1 July - 31 October)", "72 hours", "24 hours"),
        ("On-site response, rest of the year", "72 hours", "48 hours"),
        ("Discount on spare parts", "5%", "15%"),
        ("Labour for warranty and plan call-outs", "included", "included"),
        ("Loan fan while a fan is repaired off site", "not included", "included (one AX-560 per site)"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph("Call-outs that are not covered by a plan or by the warranty are charged at EUR 145 per technician-hour "
                    "plus EUR 0.62 per km travel, with a minimum charge of 2 hours. Service plans run for 12 months and renew "
                    "automatically; either party may terminate with 90 days' written notice before the renewal date.")
    d.add_heading("4. Maintenance intervals the buyer must observe", 1)
    for s in [
        "Fan bearings: re-grease every 2,000 operating hours; replace every 20,000 operating hours.",
        "Inlet guards and filter mats: inspect before each filling of the bin.",
        "TempCable anchor points: check tension before each harvest; a cable under more than 2,500 kg pull load must be re-anchored.",
        "Warranty claims require the maintenance log kept in the AeraLogic controller or an equivalent written log.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.save(K / "silvento-warranty-service-2025.docx")

# ---------------------------------------------------------------- PDF: installation & site requirements
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    story = [Paragraph("Silvento Installation and Site Requirements Guide - Aeration Fans CF-750 and AX-560 (rev. 4, 2025)", ss["Title"]),
             Paragraph("This guide lists what the buyer must prepare before Silvento technicians arrive on site, and how long a "
                       "standard installation takes. Read it together with the Warranty and Service Plan Conditions.", ss["BodyText"]),
             Spacer(1, 8),
             Paragraph("1. Electrical supply", ss["Heading2"]),
             Paragraph("All fans run on 400 V three-phase, 50 Hz. Each CF-750 (11 kW) needs a dedicated 32 A supply with a soft "
                       "starter; each AX-560 (5.5 kW) needs a dedicated 16 A supply and may be started direct-on-line. The buyer's "
                       "electrician provides the supply up to a lockable isolator within 2 m of each fan. Silvento connects the fan "
                       "from the isolator onwards. Cable runs longer than 50 m between the distribution board and the isolator "
                       "must be sized by the buyer's electrician for a voltage drop below 3%.", ss["BodyText"]),
             Paragraph("2. Foundations and access", ss["Heading2"]),
             Paragraph("CF-750 fans stand on a reinforced concrete pad at least 150 mm thick, extending 300 mm beyond the fan "
                       "frame on every side; the pad must have cured for 28 days. AX-560 fans are flange-mounted on the bin "
                       "transition and need no pad. The buyer supplies a telehandler or crane with operator for lifting CF-750 "
                       "fans (operating weight 410 kg). Access roads must carry a 7.5 t delivery truck.", ss["BodyText"]),
             Paragraph("3. Installation time (standard, per unit)", ss["Heading2"])]
    data = [["Item", "Technician-days", "Notes"],
            ["CF-750 centrifugal fan", "1.5", "includes transition duct and soft starter wiring"],
            ["AX-560 axial fan", "0.75", "flange mounting on existing transition"],
            ["Perforated floor duct, per 6 m section", "0.1", "bin must be empty and swept"],
            ["TempCable, per cable", "0.1", "roof anchor point required"],
            ["AeraLogic Pro controller", "0.5", "commissioning and operator training of 2 hours"]]
    tb = Table(data, colWidths=[170, 90, 230])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [tb, Spacer(1, 8),
              Paragraph("4. Lead times and scheduling", ss["Heading2"]),
              Paragraph("Standard galvanised fans ship 6 to 8 weeks after the order is confirmed and the down payment is received. "
                        "Stainless-steel (food-grade) variants ship in 10 weeks. TempCables and controllers ship in 3 weeks. "
                        "No installations are scheduled between 15 July and 31 August (harvest freeze) unless the buyer confirms "
                        "in writing that the bins concerned will stay empty. Installation dates are booked only after the site "
                        "readiness checklist in section 6 has been returned signed.", ss["BodyText"]),
              Paragraph("5. Noise and safety", ss["Heading2"]),
              Paragraph("Sound pressure at 3 m in free field: CF-750 78 dB(A), AX-560 72 dB(A). An optional inlet silencer "
                        "(SV-SIL-750) lowers the CF-750 by 6 dB(A). Grain bins count as ATEX zone 22 inside the headspace; fans are "
                        "mounted outside the zone and motors carry a dust ignition protection rating of IP65. Technicians never enter "
                        "a bin that holds grain; bins must be locked out and ventilated for 30 minutes before any entry.", ss["BodyText"]),
              Paragraph("6. Site readiness checklist (to be returned signed 10 working days before installation)", ss["Heading2"]),
              Paragraph("Supply and isolators installed and tested; concrete pads cured; bins empty, swept and locked out; lifting "
                        "equipment booked; a named site contact available on every installation day; a 230 V socket and lighting at "
                        "each bin. Days lost because the site is not ready are charged at the quoted technician-day rate.", ss["BodyText"])]
    SimpleDocTemplate(str(K / "silvento-installation-guide.pdf"), pagesize=A4, leftMargin=50, rightMargin=50).build(story)

# ---------------------------------------------------------------- XLSX: product & price list
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Fans"
    ws.append(["Silvento 2025 Product and Price List - Aeration Fans (EUR, excl. VAT, ex works Zwolle)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Model", "Type", "Motor kW", "Airflow at 500 Pa (m3/h)", "Airflow at 1000 Pa (m3/h)",
               "Max static pressure (Pa)", "Weight (kg)", "List price EUR"])
    for r in [
        ["SV-AX-450-3", "AX-450", "axial", 3.0, 9800, 5200, 900, 62, 2180],
        ["SV-AX-560-5.5", "AX-560", "axial", 5.5, 14600, 9100, 1100, 95, 2940],
        ["SV-CF-560-7.5", "CF-560", "centrifugal", 7.5, 15200, 13400, 2200, 290, 5120],
        ["SV-CF-750-11", "CF-750", "centrifugal", 11.0, 22800, 19500, 2600, 410, 6850],
        ["SV-CF-900-18.5", "CF-900", "centrifugal", 18.5, 34500, 31000, 3100, 585, 9760],
        ["SV-SIL-750", "Inlet silencer for CF-750", "accessory", None, None, None, None, 48, 690],
    ]:
        ws.append(r)
    ws.append([])
    ws.append(["Stainless-steel (food-grade) variant of any fan: add 38% to list price."])
    ws2 = wb.create_sheet("Sensors and controls")
    ws2.append(["Silvento 2025 Product and Price List - Temperature Cables, Controllers, Ducts"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "Length / capacity", "Sensors", "Sensor spacing", "List price EUR"])
    for r in [
        ["SV-TC-12", "TempCable grain temperature cable", "12 m", 4, "3 m", 345],
        ["SV-TC-18", "TempCable grain temperature cable", "18 m", 6, "3 m", 480],
        ["SV-TC-24", "TempCable grain temperature cable", "24 m", 8, "3 m", 615],
        ["SV-TC-32", "TempCable grain temperature cable", "32 m", 8, "4 m", 790],
        ["SV-CTRL-LITE", "AeraLogic Lite controller", "2 fan channels, 16 cables", None, None, 1650],
        ["SV-CTRL-PRO", "AeraLogic Pro controller", "8 fan channels, 64 cables", None, None, 4380],
        ["SV-DUCT-FL-450", "Perforated floor duct kit 450 mm", "per 6 m section", None, None, 335],
        ["SV-DUCT-FL-600", "Perforated floor duct kit 600 mm", "per 6 m section", None, None, 410],
    ]:
        ws2.append(r)
    ws3 = wb.create_sheet("Airflow sizing")
    ws3.append(["Recommended aeration airflow per tonne of stored grain (cooling aeration)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Grain", "Airflow (m3/h per tonne)", "Max moisture for cooling-only aeration", "Note"])
    for r in [
        ["Wheat", "6-10", "15.5%", "cool below 12 C within 3 weeks of intake"],
        ["Barley", "6-10", "15%", ""],
        ["Maize", "10-15", "15%", "drying aeration needs 25-40"],
        ["Rapeseed", "12-20", "9%", "small kernels: use 450 mm ducts at most 3 m apart"],
        ["Sunflower", "10-15", "9.5%", ""],
    ]:
        ws3.append(r)
    wb.save(K / "silvento-price-list-2025.xlsx")

# ---------------------------------------------------------------- Markdown KB article
MD = """# AeraLogic Pro controller - frequently asked questions

*Knowledge base, Silvento Aeration B.V. Last reviewed March 2025.*

**How many fans and cables can one AeraLogic Pro run?**
One AeraLogic Pro drives up to 8 fan channels and reads up to 64 TempCables. Sites that need more use a second controller;
two controllers on the same site share one dashboard at no extra cost. The AeraLogic Lite handles 2 fan channels and 16 cables.

**Which operating modes are there?**
Cooling (fans run when outside air is at least 5 C colder than the grain), Drying (fans run while the equilibrium moisture
content of outside air is below the target grain moisture) and Maintenance (low-speed airing, 1 hour every 72 hours, to
prevent hot spots). A night-tariff scheduler restricts running to the cheaper hours set by the user.

**Can it connect to our SCADA or farm management system?**
Yes. The controller exposes all temperatures, fan states and alarms over Modbus TCP on its Ethernet port. A REST API is
available through the Silvento cloud portal. OPC UA is not supported.

**How does remote access work and what does it cost?**
Each controller has a built-in 4G modem. The Silvento data plan costs EUR 9.50 per month per controller, billed yearly;
the first 12 months are included with every new AeraLogic Pro. Buyers may instead connect the controller to their own
network at no charge.

**What happens if the connection drops?**
The controller keeps running its local schedule and thresholds. It stores 30 days of readings and uploads them when the
connection returns. Alarms (high grain temperature, fan fault, power loss) go out by SMS to up to 5 phone numbers.

**How are firmware updates delivered?**
Over the air, outside the harvest window unless a security fix is needed. Updates never change user thresholds.

**Operating limits**
Ambient temperature -25 C to +50 C, enclosure IP65, supply 230 V single-phase, 60 W.
"""

if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx()
    (K / "aeralogic-pro-faq.md").write_text(MD, encoding="utf-8")
    print(sorted(os.listdir(K)))
