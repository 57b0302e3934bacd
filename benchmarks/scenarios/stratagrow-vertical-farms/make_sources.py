"""Generate the knowledge sources of the stratagrow-vertical-farms scenario.

Run with: PYTHONPATH=<folder with reportlab> /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Stratagrow B.V. — Warranty, CarePlan Service and Liability Terms", 0)
    d.add_paragraph(
        "Document SG-WS-07, edition March 2025. Applies to all StrataRack, LumaBar, NutriFlow, ClimaCore and "
        "GrowOS equipment sold by Stratagrow B.V., Venlo (NL), and its Belgian branch in Mechelen, for "
        "installations in the Benelux, France and Germany. These terms form part of every quotation that "
        "refers to them and prevail over any conflicting purchase-order conditions of the customer."
    )
    d.add_heading("1. Warranty periods", 1)
    d.add_paragraph(
        "The warranty period starts on the date of the commissioning sign-off or 30 days after delivery, "
        "whichever comes first. Warranty covers defects in materials and workmanship; Stratagrow repairs or "
        "replaces the defective part at its choice, including labour, within the service area."
    )
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Product", "Warranty period", "Conditions"
    rows = [
        ("StrataRack frame and tier structure", "10 years (structural)", "Excludes castors and tray clips (2 years)."),
        ("Ebb-and-flow grow trays", "5 years", "Cracking under normal use; UV discolouration excluded."),
        ("LumaBar Pro 48 / LumaBar Max 60 LED bars", "5 years", "Light output maintained at L90 for 50,000 hours; "
         "a bar below 90% of rated PPF within the period is replaced."),
        ("LumaBar Eco 36 LED bars", "3 years", "L80 at 36,000 hours."),
        ("NutriFlow dosing skid", "2 years", "Dosing pumps and UV-C lamps are consumables: 12 months."),
        ("ClimaCore dehumidifiers", "3 years on the compressor, 2 years on all other parts", "Annual coil cleaning required."),
        ("GrowOS controller hub and sensors", "2 years", "pH and EC probes: 12 months."),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_heading("2. Exclusions", 1)
    for s in [
        "Damage caused by nutrient solutions outside pH 4.5 to 8.0, or by cleaning agents not on the approved list "
        "(in particular chlorine solutions above 200 ppm and quaternary ammonium products on LED lenses).",
        "Equipment moved, modified or re-plumbed by anyone other than Stratagrow or a Stratagrow-certified installer.",
        "Electrical damage from supply faults, missing RCD protection or circuits not installed to the site "
        "readiness guide; damage from room temperatures outside 5 °C to 40 °C.",
        "Consumables: UV-C lamps (replace every 9,000 operating hours), dosing pump tubes, filters, probes and seed mats.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("3. Limitation of liability", 1)
    d.add_paragraph(
        "Stratagrow's total liability under or in connection with a contract is limited to 100% of the contract "
        "value excluding VAT. Stratagrow is not liable for loss of crop, loss of produce, loss of revenue or "
        "profit, menu disruption or any indirect or consequential loss, whatever the cause, except in case of "
        "wilful misconduct or gross negligence. Any variation of this clause requires a written amendment signed "
        "by a Stratagrow director."
    )
    d.add_heading("4. CarePlan service levels", 1)
    d.add_paragraph(
        "CarePlan contracts run for 12 months from commissioning and renew automatically for further 12-month "
        "periods unless either party gives 60 days' written notice before the renewal date. Prices are in the "
        "current price list."
    )
    t2 = d.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    h = t2.rows[0].cells
    h[0].text, h[1].text, h[2].text, h[3].text = "", "CarePlan Basic", "CarePlan Plus", "CarePlan Premier"
    for r in [
        ("Preventive maintenance visits", "1 per year", "2 per year", "4 per year"),
        ("Remote monitoring of GrowOS alarms", "Business hours", "24/7 alerting", "24/7 alerting with call-out"),
        ("Remote diagnosis response", "Next business day", "Within 4 business hours", "Within 1 hour, 7 days a week"),
        ("On-site response", "Best effort", "Within 16 business hours", "Within 24 hours, including weekends"),
        ("Spare parts (excluding consumables)", "Charged", "Included", "Included"),
        ("Loan dehumidifier during repair", "No", "No", "Yes"),
    ]:
        c = t2.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph(
        "On-site response times apply within 150 km of the Venlo or Mechelen service hubs; beyond that, add "
        "8 business hours. Business hours are Monday to Friday 08:00–17:00 CET, excluding Belgian and Dutch public holidays."
    )
    d.add_heading("5. Service credits", 1)
    d.add_paragraph(
        "If Stratagrow misses the on-site response time of the customer's CarePlan, the customer receives a "
        "service credit of 5% of the annual CarePlan fee per missed incident, up to a maximum of 25% of the annual "
        "fee per contract year. Credits are deducted from the next renewal invoice and are the customer's sole "
        "remedy for late response. Credits must be claimed within 30 days of the incident."
    )
    d.add_heading("6. Training and spare parts", 1)
    d.add_paragraph(
        "Commissioning includes two half-day operator training sessions for up to 6 staff each (sowing, "
        "nutrient recipes, GrowOS alarms, cleaning). An additional training day on site costs €780 plus travel "
        "beyond 150 km. Spare parts remain available for at least 7 years after a product leaves production."
    )
    d.save(OUT / "stratagrow-warranty-and-service-terms.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 11.5
    doc = SimpleDocTemplate(str(OUT / "stratagrow-technical-datasheet.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Stratagrow technical datasheet")
    st = []

    def table(data, widths):
        tb = Table(data, colWidths=[w * mm for w in widths])
        tb.setStyle(TableStyle([
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfeedd")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        return tb

    st.append(Paragraph("Stratagrow Technical Datasheet — StrataRack, LumaBar, NutriFlow, ClimaCore, GrowOS", ss["Title"]))
    st.append(Paragraph("Datasheet TD-2025-02. Values at 230 V / 50 Hz and 25 °C unless stated. Stratagrow B.V., Venlo.", body))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("1. StrataRack SR-5T (SKU SG-RK-5T-1200)", ss["Heading2"]))
    st.append(table([
        ["Parameter", "Value"],
        ["Footprint (L x W)", "1,220 x 640 mm"],
        ["Overall height", "2,400 mm (on castors)"],
        ["Growing tiers / tier pitch", "5 tiers, 420 mm pitch"],
        ["Growing area", "0.72 m² per tier, 3.6 m² per rack"],
        ["Maximum load per tier", "60 kg evenly distributed (trays, media, water and crop)"],
        ["Frame", "Galvanised steel Z275, powder-coated RAL 7035 light grey"],
        ["Trays", "Food-grade polypropylene ebb-and-flow trays 1,200 x 600 x 60 mm, EU 10/2011 compliant"],
        ["Castors", "4 lockable 125 mm castors rated 200 kg each; fixed levelling feet optional"],
        ["Weight", "118 kg empty; up to 420 kg fully loaded"],
        ["Floor loading (fully loaded)", "540 kg/m²"],
        ["Minimum ceiling height", "2,700 mm (300 mm free space above the rack for airflow)"],
    ], [60, 110]))
    st.append(Paragraph(
        "The 4-tier SR-4T (SG-RK-4T-1200) has the same footprint, a height of 2,000 mm and 2.88 m² growing area. "
        "Racks can be joined end-to-end in rows of up to 6; aisles of at least 800 mm are recommended between rows "
        "(1,000 mm if a harvest trolley is used). A seismic anchoring kit (SG-KIT-SEIS) is required where racks "
        "stand on a mezzanine.", body))
    st.append(Paragraph("2. LED lighting", ss["Heading2"]))
    st.append(table([
        ["", "LumaBar Eco 36", "LumaBar Pro 48", "LumaBar Max 60"],
        ["SKU", "SG-LED-LB36-ECO", "SG-LED-LB48-PRO", "SG-LED-LB60-MAX"],
        ["Power", "36 W", "48 W", "60 W"],
        ["Photon flux (PPF)", "97 µmol/s", "149 µmol/s", "192 µmol/s"],
        ["Efficacy", "2.7 µmol/J", "3.1 µmol/J", "3.2 µmol/J"],
        ["Spectrum", "White 4,000 K", "White + 660 nm red boost", "White + 660 nm + 730 nm far-red"],
        ["Dimming", "No", "0-10 V, 10-100%", "0-10 V, 10-100%"],
        ["Ingress protection", "IP65", "IP66", "IP66"],
        ["Lifetime", "L80 at 36,000 h", "L90 at 50,000 h", "L90 at 50,000 h"],
        ["Length / weight", "1,150 mm / 0.9 kg", "1,150 mm / 1.1 kg", "1,150 mm / 1.3 kg"],
    ], [40, 43, 43, 43]))
    st.append(Paragraph(
        "With 4 LumaBar Pro 48 bars per tier at 250 mm above the canopy, the average PPFD across a tier is "
        "310 µmol/m²/s (uniformity 0.85), suited to herbs, lettuces and microgreens. Input voltage 100-277 VAC; "
        "up to 16 bars may be daisy-chained on one circuit. Each bar releases about 164 BTU/h of heat, to be "
        "included in the dehumidification and cooling calculation.", body))
    st.append(Paragraph("3. NutriFlow dosing and recirculation skid (SKU SG-IRR-NFT-DOS)", ss["Heading2"]))
    st.append(Paragraph(
        "One skid feeds up to 8 racks in ebb-and-flow mode. 400 L reservoir; 3 peristaltic dosing channels "
        "(nutrient A, nutrient B, pH down), a 4th channel is optional (SG-IRR-DOS-4CH). EC control accuracy "
        "±0.05 mS/cm, pH accuracy ±0.1. 40 W UV-C steriliser on the return line. Pump flow 1,800 L/h. Footprint "
        "1,100 x 800 mm; weight 145 kg empty, 545 kg with a full reservoir. Supply 230 V single-phase, 10 A. Water "
        "inlet 3/4\" BSP, 2 to 6 bar. Drain outlet 40 mm.", body))
    st.append(Paragraph("4. ClimaCore dehumidifiers", ss["Heading2"]))
    st.append(table([
        ["", "ClimaCore 60 (SG-CLM-DH-60)", "ClimaCore 90 (SG-CLM-DH-90)"],
        ["Moisture removal at 30 °C / 80% RH", "60 L/day", "90 L/day"],
        ["Moisture removal at 25 °C / 65% RH", "34 L/day", "52 L/day"],
        ["Airflow", "650 m³/h", "950 m³/h"],
        ["Power input", "0.98 kW", "1.45 kW"],
        ["Coverage (guide)", "up to 4 racks, room up to 80 m³", "up to 6 racks, room up to 120 m³"],
        ["Refrigerant", "R290, 220 g", "R290, 300 g"],
        ["Noise at 1 m", "51 dB(A)", "54 dB(A)"],
        ["Weight", "49 kg", "68 kg"],
    ], [60, 55, 55]))
    st.append(Paragraph(
        "Condensate drains by gravity through a 16 mm hose; an optional condensate pump lifts up to 4 m. "
        "Condensate can be returned to the NutriFlow reservoir after UV-C treatment.", body))
    st.append(Paragraph("5. GrowOS controller hub (SKU SG-CTL-HUB)", ss["Heading2"]))
    st.append(Paragraph(
        "24 sensor inputs, 8 independently scheduled lighting zones, control of up to 4 NutriFlow skids and 6 "
        "ClimaCore units. Supplied with 4 temperature/humidity sensors, 2 CO2 sensors and 1 PAR sensor. Wired "
        "Ethernet with LTE fallback; sensor data kept in the GrowOS cloud for 24 months (GrowOS Pro) or 6 months "
        "(GrowOS Standard). Alarms by app push, SMS and e-mail.", body))
    st.append(Paragraph("6. Indicative yields (not guaranteed)", ss["Heading2"]))
    st.append(table([
        ["Crop", "Cycle", "Yield per m² per cycle"],
        ["Genovese basil", "28 days", "2.2 kg"],
        ["Pea shoots (microgreens)", "12 days", "1.6 kg"],
        ["Radish microgreens", "9 days", "1.3 kg"],
        ["Butterhead lettuce", "35 days", "3.4 kg (about 24 heads)"],
    ], [60, 40, 70]))
    st.append(Paragraph(
        "Yields are measured in Stratagrow's Venlo demonstration farm with recommended recipes; actual yields "
        "depend on seed, climate, operator practice and harvest timing.", body))
    doc.build(st)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws.append(["Stratagrow Price List 2025 — EUR, excluding VAT, valid 1 February 2025 to 31 January 2026"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Product", "Unit", "List price (EUR)", "Lead time", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("SG-RK-4T-1200", "StrataRack SR-4T 4-tier grow rack, 1,220 mm", "each", 4150, "6 weeks", "2.88 m² growing area"),
        ("SG-RK-5T-1200", "StrataRack SR-5T 5-tier grow rack, 1,220 mm", "each", 4850, "6 weeks", "3.6 m² growing area; trays included"),
        ("SG-RK-5T-2400", "StrataRack SR-5T double-length rack, 2,440 mm", "each", 8900, "8 weeks", "7.2 m² growing area"),
        ("SG-KIT-SEIS", "Seismic / mezzanine anchoring kit", "per rack", 210, "3 weeks", "Mandatory on mezzanines"),
        ("SG-LED-LB36-ECO", "LumaBar Eco 36 W LED bar", "each", 68, "4 weeks", "Not dimmable"),
        ("SG-LED-LB48-PRO", "LumaBar Pro 48 W full-spectrum LED bar", "each", 96, "4 weeks", "0-10 V dimmable"),
        ("SG-LED-LB60-MAX", "LumaBar Max 60 W LED bar with far-red", "each", 132, "5 weeks", "For fruiting crops and lettuce heads"),
        ("SG-IRR-NFT-DOS", "NutriFlow dosing and recirculation skid", "each", 7400, "8 weeks", "Up to 8 racks per skid"),
        ("SG-IRR-DOS-4CH", "NutriFlow 4th dosing channel", "each", 890, "8 weeks", "Factory-fitted only"),
        ("SG-IRR-RO-250", "Reverse osmosis pre-treatment unit 250 L/h", "each", 3250, "6 weeks", "Recommended if feed water EC above 0.5 mS/cm"),
        ("SG-CLM-DH-60", "ClimaCore 60 dehumidifier", "each", 3950, "10 weeks", "Up to 4 racks"),
        ("SG-CLM-DH-90", "ClimaCore 90 dehumidifier", "each", 5200, "10 weeks", "Up to 6 racks"),
        ("SG-CLM-CPUMP", "ClimaCore condensate pump", "each", 185, "4 weeks", ""),
        ("SG-CTL-HUB", "GrowOS controller hub with starter sensor set", "each", 3950, "3 weeks", "4 T/RH, 2 CO2, 1 PAR sensor"),
        ("SG-SNS-THR", "Additional temperature/humidity sensor", "each", 145, "2 weeks", ""),
        ("SG-SNS-CO2", "Additional CO2 sensor", "each", 340, "2 weeks", ""),
        ("SG-SNS-PAR", "Additional PAR (light) sensor", "each", 420, "2 weeks", ""),
        ("SG-SW-GOS-STD", "GrowOS Standard subscription", "per site per year", 1200, "immediate", "6 months data history"),
        ("SG-SW-GOS-PRO", "GrowOS Pro subscription", "per site per year", 2400, "immediate", "24 months data history, recipes, API"),
        ("SG-INST-CMS", "Installation and commissioning", "per rack", 620, "with delivery", "Includes 2 half-day training sessions"),
        ("SG-SVC-BASIC", "CarePlan Basic", "per site per year", 1600, "", ""),
        ("SG-SVC-CARE", "CarePlan Plus", "per site per year", 3800, "", "2 preventive visits, 16 business hours on-site"),
        ("SG-SVC-PREM", "CarePlan Premier", "per site per year", 6900, "", "4 preventive visits, 24 h on-site"),
        ("SG-TRN-DAY", "Additional on-site training day", "per day", 780, "", "Plus travel beyond 150 km"),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEF", (18, 48, 18, 16, 14, 44)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Volume discounts")
    ws2.append(["Stratagrow standard volume discounts 2025 (per order, per product family)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Product family", "Quantity band", "Discount off list"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ("StrataRack racks", "1-9", "0%"), ("StrataRack racks", "10-24", "8%"), ("StrataRack racks", "25-49", "12%"),
        ("StrataRack racks", "50 and more", "on request"),
        ("LumaBar LED bars", "1-99", "0%"), ("LumaBar LED bars", "100-199", "5%"), ("LumaBar LED bars", "200-499", "10%"),
        ("LumaBar LED bars", "500 and more", "14%"),
        ("Services, software, installation", "any", "no volume discount"),
    ]:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["Discounts above these bands need approval from the Stratagrow sales director."])
    for col, w in zip("ABC", (34, 18, 20)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Power planning")
    ws3.append(["Electrical planning figures per configuration (230 V)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Configuration", "Connected load (W)", "Typical daily energy (kWh)", "Circuit guidance"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [
        ("SR-5T rack with 20 LumaBar Pro 48", 960, "15.4 at 16 h photoperiod", "max 3 racks per 16 A circuit"),
        ("SR-5T rack with 20 LumaBar Eco 36", 720, "11.5 at 16 h photoperiod", "max 4 racks per 16 A circuit"),
        ("SR-4T rack with 16 LumaBar Pro 48", 768, "12.3 at 16 h photoperiod", "max 4 racks per 16 A circuit"),
        ("NutriFlow skid", 650, "4.2", "dedicated 10 A circuit"),
        ("ClimaCore 90", 1450, "up to 34.8 at full duty", "dedicated 16 A circuit"),
        ("ClimaCore 60", 980, "up to 23.5 at full duty", "dedicated 16 A circuit"),
        ("GrowOS hub", 35, "0.8", "any socket on UPS recommended"),
    ]:
        ws3.append(list(r))
    for col, w in zip("ABCD", (36, 20, 26, 32)):
        ws3.column_dimensions[col].width = w
    wb.save(OUT / "stratagrow-price-list-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Site readiness guide: preparing your room for a Stratagrow vertical farm

*Knowledge base article KB-114, updated April 2025. Applies to StrataRack, NutriFlow and ClimaCore installations.*

Stratagrow installs and commissions the equipment; **the customer prepares the room**. Building electrical work,
plumbing to the room and structural work are not part of Stratagrow's scope and must be done by the customer's own
certified contractors before the installation date. A site survey is carried out within 10 business days of the
order; installation dates are only confirmed after the survey report is signed.

## Room and floor
- Minimum clear ceiling height **2,700 mm** for SR-5T racks (2,300 mm for SR-4T).
- Floor flatness ±5 mm over 3 m; floor rated for at least **540 kg/m²** under loaded racks. Timber floors and
  mezzanines need a structural engineer's confirmation and the SG-KIT-SEIS anchoring kit.
- Washable, non-porous walls and floor; floor finish must withstand daily wet cleaning.
- Design room temperature 18–26 °C. Rooms without a window or outside air supply need a fresh-air or CO2 strategy,
  discussed at the survey.
- Access route: doors at least 900 mm wide and 2,050 mm high. Racks arrive flat-packed; the NutriFlow skid is
  800 mm wide and 145 kg and needs a pallet truck. Upper floors need a goods lift of at least 1,000 kg.

## Power
- One 16 A circuit per 3 SR-5T racks with LumaBar Pro lighting, each with a 30 mA RCD.
- Each ClimaCore unit on its own dedicated 16 A circuit; each NutriFlow skid on a dedicated 10 A circuit.
- Three-phase supply is only required above 24 racks in one room.
- An electrician's installation certificate must be handed over before commissioning.

## Water and drainage
- Potable water supply with a 3/4" connection at 2–6 bar within 10 m of each NutriFlow skid.
- Feed water EC should be below **0.5 mS/cm**. If it is higher (common with hard tap water), Stratagrow
  recommends a reverse osmosis unit (SG-IRR-RO-250) in front of the skid, otherwise nutrient recipes drift and
  salts build up in the trays.
- A floor drain within **5 m** of each NutriFlow skid, able to take a full 400 L reservoir dump in under
  15 minutes, and a drain or condensate route for each ClimaCore unit.

## Network
- One wired Ethernet port per GrowOS hub with outbound HTTPS (port 443) and at least 5 Mbit/s. The built-in LTE
  fallback is for alarms only, not for continuous data upload.

## Installation timeline
1. Delivery and unpacking: day 1.
2. Rack assembly and LED mounting: a team of 2 technicians assembles about 4 racks per day.
3. Plumbing of trays to the NutriFlow skid, ClimaCore placement, GrowOS set-up: 1–2 days.
4. Commissioning: 2 days, including a 24-hour wet test of every tray and the two half-day operator trainings.
5. Commissioning sign-off; the first sowing can take place the next day.

For a 12-rack room, plan on about 7 working days on site from delivery to sign-off.

## Food safety
A HACCP documentation pack (cleaning schedule, water testing log, tray declarations of conformity under
EU 10/2011) is supplied at commissioning. Stratagrow does not certify the customer's food-safety plan.
"""

# ---------------------------------------------------------------- HTML page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Stratagrow — Ordering, delivery and payment FAQ</title></head>
<body>
<h1>Ordering, delivery and payment — frequently asked questions</h1>
<p>Stratagrow B.V. · Updated 3 March 2025 · Applies to orders from professional customers in the Benelux, France and Germany.</p>

<h2>How are orders invoiced?</h2>
<p>Equipment orders are invoiced in three instalments: <strong>30% on order confirmation</strong>, <strong>60% on delivery</strong>
and <strong>10% on commissioning sign-off</strong>. Invoices are payable 30 days net. Late payments bear interest at
the ECB reference rate plus 8 percentage points, plus a flat €40 recovery fee per invoice. Software subscriptions and
CarePlan contracts are invoiced annually in advance, the first year at commissioning.</p>

<h2>Can we lease instead of buying?</h2>
<p>Yes. For orders above €25,000 excluding VAT, our financing partner offers operating leases over 36 or 60 months,
subject to credit approval. Installation, software and CarePlan can be included in the lease. At the end of the
lease, the equipment can be bought for 1% of its original value. Lease quotes are prepared by our partner, not by
the sales team.</p>

<h2>Do software prices change?</h2>
<p>Subscription prices are fixed for the initial term stated on the quote. After the initial term, GrowOS and
CarePlan prices may be indexed once a year by at most 5%.</p>

<h2>What does delivery cost?</h2>
<p>We deliver DAP (Incoterms 2020) to the customer's site. Delivery is free for orders over €50,000 excluding VAT to
addresses in the Benelux, France and Germany; smaller orders pay €450 per pallet. Delivery slots are agreed at least
5 business days in advance; trucks have a tail-lift, and the customer provides ground-floor access or a goods lift of
at least 1,000 kg. Waiting time above 1 hour on site is charged at €95 per hour.</p>

<h2>Can we cancel or return?</h2>
<p>An order can be cancelled before shipment against a cancellation fee of 20% of the order value. After delivery,
unopened standard items can be returned within 30 days against a 15% restocking fee. Custom items (double-length
racks, factory-fitted 4th dosing channels, non-standard colours) cannot be returned.</p>

<h2>How long is a quote valid?</h2>
<p>Quotes are valid until the expiry date shown on the quote. Prices of accepted quotes are held for deliveries
within 6 months of order confirmation; later deliveries are re-priced on the price list valid at delivery.</p>

<h2>Who signs the contract?</h2>
<p>Orders are confirmed by signing the quote online or returning a signed PDF. Stratagrow's warranty, service and
liability terms (SG-WS-07) apply to every order.</p>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (OUT / "site-readiness-guide.md").write_text(MD, encoding="utf-8")
    (OUT / "ordering-delivery-payment-faq.html").write_text(HTML, encoding="utf-8")
    print("written:", sorted(p.name for p in OUT.iterdir()))
