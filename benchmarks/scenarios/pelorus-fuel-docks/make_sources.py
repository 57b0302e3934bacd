"""Generate the four knowledge sources of the pelorus-fuel-docks scenario.

Run with an interpreter that has python-docx, openpyxl and reportlab, e.g.
PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

K = Path(__file__).resolve().parent / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: statement of work
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Pelorus Fuel Systems B.V. - Installation & Commissioning Statement of Work", 0)
    d.add_paragraph(
        "Document PFS-SOW-FD-2025, revision C. Applies to turnkey marina fuel dock projects quoted by Pelorus Fuel "
        "Systems B.V. (Waalhaven Zuidzijde 42, Rotterdam). Where this statement of work and the quote differ, the "
        "quote prevails.")

    d.add_heading("1. Scope of supply and works", 1)
    d.add_paragraph(
        "Pelorus supplies, installs and commissions: marine fuel dispensers on the fuel pontoon; an above-ground "
        "double-wall steel storage tank on shore inside a bunded compound; secondary-contained pipework from the tank "
        "to the dispensers, including a flexible transition section across the gangway hinge; breakaway couplings and "
        "emergency shut-off valves at each hose; a spill response station; and, where quoted, an unattended payment "
        "terminal. Civil works are limited to anchoring the tank and dispensers and to trenching of up to 600 mm depth "
        "along the shore section of the pipe route.")

    d.add_heading("2. Programme and lead times", 1)
    d.add_paragraph("Lead times run from receipt of the signed order and the first payment:")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Item"
    t.rows[0].cells[1].text = "Delivery to site"
    for a, b in [
        ("Marine fuel dispensers (PFD-DISP range)", "12 weeks"),
        ("Double-wall storage tanks (PFD-TANK range)", "16 weeks"),
        ("Unattended payment terminal (PFD-PAY-OPT)", "6 weeks"),
        ("Pipework, breakaway kits and spill station", "4 weeks"),
    ]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph(
        "Site works take 6 weeks from mobilisation for a single fuel berth. Installation is only scheduled between "
        "1 October and 31 March (the off-season window) unless agreed otherwise in writing, so that the fuel dock is "
        "not taken out of service during the boating season.")
    d.add_paragraph(
        "Work on the pontoon stops when sustained wind exceeds 25 knots or when lightning is detected within 10 km. "
        "The first 5 weather days are absorbed in the programme; further weather days extend the programme day for day.")

    d.add_heading("3. Buyer prerequisites", 1)
    for s in [
        "A 400 V three-phase 32 A supply terminated in a lockable isolator within 5 m of the tank compound, and a "
        "separate 230 V 16 A supply at the head of the fuel pontoon.",
        "A reinforced concrete slab of at least 250 mm thickness for the tank, rated for a distributed load of 25 kN/m2, "
        "with a bund wall able to hold 110% of the tank capacity.",
        "A pontoon freeboard of at least 450 mm at the fuel berth and a pontoon rated for 5 kN point loads where the "
        "dispensers are fixed.",
        "A 4G/LTE signal of at least -95 dBm or an Ethernet connection at the payment terminal position.",
        "Clear access for a 26-tonne crane lorry to within 12 m of the tank slab on the delivery day.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph(
        "Permits: the buyer is responsible for the ICPE declaration and any harbour authority or port police "
        "permits. Pelorus supplies the technical file (drawings, ATEX certificates, tank calculations) within 10 working "
        "days of order.")

    d.add_heading("4. Testing and commissioning", 1)
    d.add_paragraph(
        "All pipework is pressure tested at 1.5 times the maximum working pressure for 30 minutes with no pressure "
        "drop before backfilling. The interstitial leak detection of the tank is tested with a simulated breach. Meter "
        "calibration is witnessed by an accredited metrology body and the verification certificate is handed over with "
        "the as-built file.")
    d.add_paragraph(
        "Practical completion is certified when the fuel dock has dispensed 500 litres of each fuel without fault "
        "and the leak detection test has passed. The as-built file follows within 15 working days.")

    d.add_heading("5. Training", 1)
    d.add_paragraph(
        "Pelorus delivers two training sessions of 4 hours each for up to 8 staff per session, on site, covering "
        "dispensing, the emergency stop sequence, spill response with the supplied boom, and daily checks. Additional "
        "sessions are charged at EUR 640 per session.")

    d.add_heading("6. Exclusions", 1)
    d.add_paragraph(
        "Not included: dredging, structural reinforcement of the pontoon, removal or degassing of existing tanks, "
        "and disposal of contaminated soil. If contaminated soil is found during trenching, Pelorus stops work on "
        "that section, informs the buyer the same day, and disposal is billed at EUR 185 per tonne plus transport.")

    d.add_heading("7. Payment milestones", 1)
    d.add_paragraph(
        "Unless the quote states otherwise: 30% on order, 50% on delivery of dispensers and tank to site, and 20% on "
        "practical completion, each invoice payable within 30 days.")
    d.save(K / "pelorus-installation-sow.docx")


# ---------------------------------------------------------------- PDF: warranty and service terms
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    h = ss["Heading2"]
    doc = SimpleDocTemplate(str(K / "pelorus-warranty-service-terms.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Pelorus Warranty and Service Plan Terms PFS-WS-2025")
    f = []
    f.append(Paragraph("Pelorus Fuel Systems B.V. - Warranty and Service Plan Terms (PFS-WS-2025)", ss["Title"]))
    f.append(Paragraph(
        "These terms apply to fuel dock equipment supplied and installed by Pelorus Fuel Systems B.V. and to the "
        "PFD-SVC-3Y service plan. Warranty periods start on the date of practical completion.", body))
    f.append(Paragraph("1. Warranty periods", h))
    data = [["Equipment", "Warranty period"],
            ["Marine fuel dispensers (PFD-DISP range)", "24 months"],
            ["Double-wall storage tanks (shell perforation by corrosion)", "10 years"],
            ["Secondary-contained pipework (PFD-PIPE-SEC)", "5 years"],
            ["Unattended payment terminal (PFD-PAY-OPT)", "12 months"],
            ["Hoses, nozzles, breakaway couplings and filters (wear parts)", "6 months"]]
    tb = Table(data, colWidths=[110 * mm, 50 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    f.append(tb)
    f.append(Spacer(1, 4))
    f.append(Paragraph(
        "During the warranty period Pelorus repairs or replaces defective parts free of charge, including labour and "
        "travel. Replaced parts become the property of Pelorus.", body))
    f.append(Paragraph("2. Exclusions", h))
    f.append(Paragraph(
        "The warranty does not cover: damage from vessel impact or mooring lines; fuel contaminated with water or "
        "microbial growth; misfuelling; use of fuels outside EN 590, EN 15940 or EN 228; freezing damage where the "
        "winterisation procedure was not followed; and repairs or modifications by anyone other than Pelorus or its "
        "authorised partners.", body))
    f.append(Paragraph("3. The PFD-SVC-3Y service plan", h))
    f.append(Paragraph(
        "The plan includes two preventive maintenance visits per year, one in March before the season and one in "
        "October after it. Each visit covers the dispensers, breakaway couplings, emergency stops, tank leak detection, "
        "pipework inspection and the payment terminal. Replacement of filter cartridges at each visit is included. "
        "Annual meter verification to +/-0.5% is included, with the certificate supplied to the buyer. Parts other "
        "than filters are charged at list price less 15%.", body))
    f.append(Paragraph("4. Response times under the plan", h))
    f.append(Paragraph(
        "Critical fault (no fuel can be dispensed at the dock): a technician on site within 8 business hours from "
        "1 May to 30 September, and by the next business day from 1 October to 30 April. Non-critical fault (one "
        "hose or the payment terminal out of service while fuel can still be dispensed): on site within 3 business "
        "days. Remote diagnostics of the payment terminal start within 2 hours of a call to the service desk "
        "(+31 10 555 0190, staffed 07:00-21:00 in season).", body))
    f.append(Paragraph(
        "Call-outs outside the plan, or for excluded causes, are billed at EUR 145 per hour on site plus EUR 0.85 "
        "per km travel, with a minimum of 2 hours.", body))
    f.append(Paragraph("5. Term, renewal and termination", h))
    f.append(Paragraph(
        "The initial term is 3 plan years. After the initial term the plan renews for one year at a time; renewal "
        "fees are indexed annually and the increase is capped at 3.5% per year. Either party may terminate the service "
        "plan with 90 days' written notice before the end of a plan year.", body))
    f.append(Paragraph("6. Buyer obligations", h))
    f.append(Paragraph(
        "The buyer keeps a daily check log (water-finding paste in the tank sump weekly, visual hose inspection "
        "daily), follows the winterisation procedure and gives Pelorus safe access to the pontoon and the tank "
        "compound. Failure to keep the log may void the warranty on the affected component.", body))
    doc.build(f)


# ---------------------------------------------------------------- XLSX: price and specification list
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    title = "Pelorus Fuel Systems - Fuel Dock Price & Specification List 2025 (EUR, excl. VAT)"

    ws = wb.active
    ws.title = "Dispensers"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["SKU", "Description", "Hoses", "Flow rate", "Standard hose", "Nozzle", "Meter accuracy",
               "Enclosure", "Certification", "List price EUR"])
    for c in ws[2]:
        c.font = bold
    rows = [
        ["PFD-DISP-1H", "Single-hose marine fuel dispenser", 1, "50 L/min", "6 m", "3/4 inch auto shut-off",
         "+/-0.5%", "IP66, stainless steel 316L", "ATEX Zone 1, MID", 11900],
        ["PFD-DISP-2H", "Twin-hose marine fuel dispenser (diesel + petrol)", 2, "80 L/min per hose", "6 m",
         "3/4 inch petrol, 1 inch diesel", "+/-0.5%", "IP66, stainless steel 316L", "ATEX Zone 1, MID", 18400],
        ["PFD-DISP-HF", "High-flow superyacht diesel dispenser", 1, "130 L/min", "15 m on reel",
         "1.5 inch", "+/-0.5%", "IP66, stainless steel 316L", "ATEX Zone 1, MID", 26800],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Notes: dispensers include an emergency stop, anti-condensation heater (35 W) and a 2 x 16 "
               "character LCD with litre and price display. Flow rates measured with diesel at 15 C."])

    ws2 = wb.create_sheet("Tanks")
    ws2.append([title])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append(["SKU", "Capacity", "Compartments", "Construction", "Leak detection", "Footprint",
                "Weight empty", "List price EUR"])
    for c in ws2[2]:
        c.font = bold
    for r in [
        ["PFD-TANK-12DW", "12,000 L", "1", "Double-wall steel, EN 12285-2", "Vacuum interstitial monitoring",
         "4.9 m x 2.5 m", "4,300 kg", 29500],
        ["PFD-TANK-20DW", "20,000 L", "2 (12,000 L diesel + 8,000 L petrol)", "Double-wall steel, EN 12285-2",
         "Vacuum interstitial monitoring", "6.2 m x 2.5 m", "5,900 kg", 46900],
        ["PFD-TANK-30DW", "30,000 L", "2 (20,000 L diesel + 10,000 L petrol)", "Double-wall steel, EN 12285-2",
         "Vacuum interstitial monitoring", "8.4 m x 2.5 m", "7,800 kg", 61200],
    ]:
        ws2.append(r)
    ws2.append([])
    ws2.append(["All tanks: high-level alarm, overfill prevention valve, 2-inch fill point with spill box, "
                "tank gauge readable on the payment terminal."])

    ws3 = wb.create_sheet("Options & Spares")
    ws3.append([title])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append(["SKU", "Description", "Unit", "List price EUR", "Remarks"])
    for c in ws3[2]:
        c.font = bold
    for r in [
        ["PFD-HOSE-10", "10 m hose upgrade in place of 6 m standard hose", "per hose", 1150, "Hose rests on pontoon cleat hook"],
        ["PFD-HOSE-15R", "15 m hose on stainless spring-return reel", "per hose", 2380, "Reel mounted on dispenser side"],
        ["PFD-FLT-P30", "Particulate filter cartridge, 30 micron", "each", 64, "Change every 6 months or 150,000 L"],
        ["PFD-FLT-WA", "Water-absorbing filter cartridge", "each", 112, "Change on alarm or every 6 months"],
        ["PFD-PIPE-SEC", "Secondary-contained flexible pipework, 50 mm inner / 63 mm outer", "per metre", 148, "Includes fittings"],
        ["PFD-BRK-BA", "Breakaway coupling and emergency shut-off kit", "per hose", 1260, "Separation force 500-700 N"],
        ["PFD-SPILL-KIT", "Spill response station with floating boom", "each", 3850, "See operations FAQ"],
        ["PFD-PAY-OPT", "Unattended payment terminal 24/7", "each", 9750, "Card, mobile wallet, berth RFID"],
        ["PFD-WSEP", "Water separator and fuel polishing unit", "each", 4600, "For tanks over 12,000 L"],
        ["PFD-INST-MAR", "Installation and commissioning, single fuel berth", "lump sum", 27500, "Per statement of work PFS-SOW-FD-2025"],
        ["PFD-SVC-3Y", "Preventive maintenance service plan", "per plan year", 4200, "Initial term 3 plan years"],
    ]:
        ws3.append(r)
    for w in (ws, ws2, ws3):
        for col, width in zip("ABCDEFGHIJ", (16, 48, 14, 18, 16, 24, 14, 26, 18, 14)):
            w.column_dimensions[col].width = width
    wb.save(K / "pelorus-fuel-dock-price-spec-2025.xlsx")


# ---------------------------------------------------------------- Markdown: operations FAQ
MD = """# Fuel dock operations FAQ (Pelorus customer knowledge base)

*Last reviewed: August 2025. Applies to docks with PFD-DISP dispensers, PFD-TANK tanks and the PFD-PAY-OPT terminal.*

## Which fuels can the dispensers handle?
The twin-hose dispenser PFD-DISP-2H is approved for diesel to EN 590, renewable diesel HVO100 (EN 15940) and petrol
E5/E10 to EN 228. Biodiesel blends above B7 are not supported because of seal compatibility. Switching a hose from
diesel to HVO100 needs no hardware change; switching between petrol and diesel is not permitted on the same hose.

## How is the tank protected against overfilling?
Every PFD-TANK has a high-level alarm at 90% of the compartment capacity and an overfill prevention valve that
closes at 95%. The tank gauge is visible on the payment terminal and sends a low-stock e-mail at 20%.

## What is in the spill response station?
PFD-SPILL-KIT contains 30 m of floating boom, 200 litres of absorbent pads and socks, a drain cover, gloves and
goggles, in a lockable yellow cabinet. Place it within 15 m of the dispensers and check the seal monthly.
Used absorbents must be disposed of as hazardous waste.

## How does the unattended payment terminal work?
PFD-PAY-OPT accepts contactless EMV cards, Apple Pay and Google Pay, and marina-issued RFID berth cards. A
pre-authorisation is taken before fuelling (default EUR 150, configurable up to EUR 1,000) and the final amount
is captured when the nozzle is hung up. If the connection drops, offline mode stores up to 500 transactions and
forwards them when the connection returns; offline sales are limited to berth cards and cards on the marina's
allow-list. Pelorus does not charge per-transaction fees; acquirer fees are agreed between the marina and its bank.
Transaction data can be exported daily as CSV.

## What happens when someone presses the emergency stop?
Each dispenser has its own emergency stop. A further emergency stop at the gangway head cuts power to all pumps
and closes the solenoid valve at the tank. Reset is by key only, after the cause has been checked.

## How do we winterise the fuel dock?
If the dock closes for winter, drain and cap the hoses, leave the dispensers powered so the 35 W anti-condensation
heaters keep running, and lock the payment terminal in service mode. Docks that stay open in winter need no
special procedure above -15 C.

## Can staff get refresher training?
Yes. A refresher e-learning module (45 minutes, in English, French, German and Dutch) is free for 3 years after
practical completion. On-site refresher sessions are charged as extra training sessions.
"""


def make_md():
    (K / "fuel-dock-operations-faq.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written:", sorted(p.name for p in K.iterdir()))
