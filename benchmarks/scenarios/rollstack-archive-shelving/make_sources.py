"""Generate the four knowledge sources of the rollstack-archive-shelving scenario.

Run with a Python that has python-docx and openpyxl; reportlab is loaded from
RL_PATH (default /tmp/scratch_rl) if it is not importable, e.g.
  pip install --target /tmp/scratch_rl reportlab
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)
sys.path.append(os.environ.get("RL_PATH", "/tmp/scratch_rl"))

# ---------------------------------------------------------------- DOCX
from docx import Document
from docx.shared import Pt


def make_docx():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("RollStack Archive Systems Ltd - Installation and Site Requirements", 0)
    d.add_paragraph("Document RS-INS-04, revision C (September 2026). Applies to RollStack E9 electric mobile "
                    "systems, M6 manual mobile systems, fixed bays and plan (map) cabinets supplied and installed "
                    "by RollStack in the United Kingdom. This document forms part of every RollStack quotation.")

    d.add_heading("1. Floor loading", 1)
    d.add_paragraph("Mobile shelving concentrates a great deal of weight on a small footprint. A fully loaded RollStack "
                    "mobile block imposes a distributed load of up to 12 kN/m2 over the footprint of the block. E9 "
                    "blocks at 2475 mm height with heavy-duty 400 mm shelving can reach 14.5 kN/m2 when every shelf is "
                    "loaded to its rated capacity. M6 blocks at 2200 mm height normally stay below 9.5 kN/m2.")
    d.add_paragraph("The customer must provide written confirmation from a structural engineer that the floor can carry "
                    "these loads before any rail is fixed. RollStack supplies a point-load schedule for the engineer "
                    "within 5 working days of order; the maximum wheel load is 9.8 kN per wheel for E9 carriages and "
                    "7.2 kN per wheel for M6 carriages. RollStack does not carry out structural assessments.")

    d.add_heading("2. Floor levelness", 1)
    d.add_paragraph("Rails must run level so that carriages do not drift. The floor must be level within plus or minus "
                    "5 mm over the full length of each rail and within 3 mm over any 3 m. Deviations are corrected by "
                    "steel shimming under the rails; shimming up to 15 mm is included in the rail price. Where the "
                    "floor is out by more than 15 mm, a self-levelling screed is required before installation. "
                    "RollStack can lay the screed at £38 per m2 (minimum charge £950), or the customer may arrange it; "
                    "screed must cure for at least 7 days before rails are fixed.")

    d.add_heading("3. Rail options", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Option", "Description", "Price basis"]):
        t.rows[0].cells[i].text = h
    for row in [
        ("Surface rail on ramped plinth (RS-RAIL-FLR, standard)",
         "Steel rails on an 18 mm MDF-core plinth with aluminium nosing and ramped edges at each aisle entry.",
         "£118 per linear metre of rail, including fixings and shimming up to 15 mm"),
        ("Recessed rail (RS-RAIL-REC)",
         "Rails set flush in a 40 mm chase cut into the slab or cast into a new screed; no step at aisle entry, "
         "recommended where book trolleys or wheelchairs use the aisles.",
         "Surcharge of £64 per linear metre on top of the surface rail price"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v

    d.add_heading("4. Electrical supply (E9 systems only)", 1)
    d.add_paragraph("Each E9 system of up to 12 electric carriages needs one dedicated 230 V 16 A radial circuit "
                    "terminating in a switched fused spur within 2 m of the fixed end bay. The customer's electrician "
                    "provides and certifies the circuit; RollStack makes the final connection to the system controller. "
                    "Systems with more than 12 carriages need a second circuit. An optional Ethernet point next to the "
                    "spur is needed only if RS-Connect remote monitoring is used. M6 manual systems need no power.")

    d.add_heading("5. Site conditions", 1)
    d.add_paragraph("Installation can start only when the room is weathertight, wet trades are complete and relative "
                    "humidity is below 65% RH. The equipment operates between 5 and 35 degrees C. New concrete slabs "
                    "must have cured for at least 28 days. Archive storage conditions for the records themselves are the "
                    "customer's responsibility.")

    d.add_heading("6. Programme and lead times", 1)
    d.add_paragraph("Lead times run from order acceptance and the customer's sign-off of the layout drawings: E9 electric "
                    "systems 10 to 12 weeks; M6 manual systems 6 to 8 weeks; fixed bays 4 to 6 weeks; plan cabinets "
                    "4 to 5 weeks. A site survey is carried out within 10 working days of order. A team of three fitters "
                    "typically installs 4 to 5 carriages per day once rails are down; rail laying runs at about 20 linear "
                    "metres per day.")
    d.add_paragraph("Standard installation hours are 08:00 to 17:00, Monday to Friday. Evening or weekend working is "
                    "available on request with a surcharge of 35% on the installation day rate. Bank holidays are not "
                    "worked.")

    d.add_heading("7. Delivery and access", 1)
    d.add_paragraph("Carriage chassis are delivered in sections no longer than 3.2 m. Delivery to an upper floor requires "
                    "a goods lift with at least 1,000 kg capacity and a door opening of 1,100 mm; where there is no "
                    "suitable lift, a manual handling surcharge of £420 per floor per delivery applies. The customer "
                    "provides a clear access route, a secure lay-down area of about 20 m2, 230 V power for tools and "
                    "access to welfare facilities.")

    d.add_heading("8. Existing shelving and archive contents", 1)
    d.add_paragraph("Strip-out and removal of existing shelving is not included unless it appears as a line on the "
                    "quotation. When requested it is charged at the installation day rate plus disposal at £185 per "
                    "tonne; ferrous scrap value is credited against the disposal charge. RollStack does not move, box or "
                    "handle archive contents; the room must be empty of records in the areas being worked on.")

    d.add_heading("9. Commissioning and handover", 1)
    d.add_paragraph("Each system is load-tested, and on E9 systems every safety function is tested in line with "
                    "EN 15095 before handover. The handover certificate starts the warranty period. The operation and "
                    "maintenance (O&M) manual is issued within 10 working days of handover. A training session of up to "
                    "2 hours for up to 8 staff is included; further sessions are charged at £240 each.")
    d.save(os.path.join(K, "RollStack_Installation_and_Site_Requirements.docx"))


# ---------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font, bold = "Helvetica", "Helvetica-Bold"
    for path in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]:
        if os.path.exists(path):
            pdfmetrics.registerFont(TTFont("DV", path))
            pdfmetrics.registerFont(TTFont("DVB", path.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")))
            font, bold = "DV", "DVB"
    ss = getSampleStyleSheet()
    for s in ss.byName.values():
        s.fontName = bold if s.name.startswith(("Heading", "Title")) else font
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    cell = ss["BodyText"].clone("cell", fontSize=8.5, leading=10.5)

    doc = SimpleDocTemplate(os.path.join(K, "RollStack_Warranty_and_Service_Plans.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="RollStack Warranty and Service Plans")
    P = lambda t: Paragraph(t, body)
    el = [Paragraph("RollStack Warranty, Service Plans and Maintenance Terms", ss["Title"]),
          P("Reference RS-SVC-2026, effective 1 January 2026. All prices in GBP, excluding VAT."),
          Paragraph("1. Product warranty", ss["Heading2"]),
          P("The warranty period starts on the date of the handover certificate. Structural steelwork, carriages and "
            "shelving are warranted for 15 years. Mechanical drive parts (wheels, bearings, gears, drive shafts and the "
            "M6 handle assembly) are warranted for 5 years. Electrical and electronic components of E9 systems "
            "(motors, controllers, safety sensors, keypads) are warranted for 2 years. Plan cabinets are warranted "
            "for 5 years on body and drawer runners."),
          P("Warranty cover beyond the first 2 years is conditional on the system receiving at least one preventive "
            "maintenance visit per year by RollStack or a RollStack-approved engineer. The warranty does not cover "
            "damage caused by flooding, fire, vermin, overloading beyond the rated shelf load, or relocation of the "
            "system by anyone other than RollStack."),
          Paragraph("2. Service plans", ss["Heading2"]),
          P("Plan prices below apply per site of up to 40 mobile carriages; larger sites are priced individually. "
            "A critical fault is a carriage that cannot be moved, a safety device that is inoperative, or an aisle "
            "that cannot be opened. All other faults are non-critical. Response time is the time from logging the "
            "fault with the RollStack service desk (01752 480 900, service@rollstack.co.uk) to an engineer on site, "
            "counted in working hours (08:00 to 17:00, Monday to Friday, excluding bank holidays).")]

    rows = [["", "Bronze (RS-SVC-BRZ)", "Silver (RS-SVC-SLV)", "Gold (RS-SVC-GLD)"],
            ["Annual price", "£1,950", "£3,100", "£4,200"],
            ["Preventive visits per year", "1", "2", "2"],
            ["Critical fault response", "3 working days", "16 working hours", "8 working hours"],
            ["Non-critical fault response", "10 working days", "5 working days", "2 working days"],
            ["Call-out labour (working hours)", "Charged at £95 per hour", "Included", "Included, unlimited call-outs"],
            ["Replacement parts", "Charged", "Included up to £500 per contract year", "All parts included"],
            ["Annual EN 15095 safety inspection report", "Charged at £260", "Included", "Included"],
            ["RS-Connect remote monitoring (E9)", "Not available", "Optional, £420 per year", "Included"]]
    tb = Table([[Paragraph(c, cell) for c in r] for r in rows], colWidths=[50 * mm, 40 * mm, 42 * mm, 42 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    el += [tb, Spacer(1, 6)]
    el += [Paragraph("3. Charges outside plan cover", ss["Heading2"]),
           P("Work not covered by a plan is charged at £95 per hour in working hours and £145 per hour out of hours "
             "(evenings, weekends and bank holidays), plus a call-out fee of £65 per visit. Out-of-hours attendance is "
             "never included in any plan, including Gold; it is charged at £145 per hour with a minimum of 2 hours. "
             "Repairs of damage excluded from the warranty (see section 1) are always chargeable."),
           Paragraph("4. Term, prices and cancellation", ss["Heading2"]),
           P("Plans run for 12 months from the handover certificate and renew automatically. A customer who commits to "
             "a 3-year term receives a 10% discount on the plan price for the whole term. Prices are reviewed on each "
             "anniversary in line with UK CPI, with any increase capped at 5% per year; committed 3-year terms are "
             "fixed for the term. Either party may cancel with 90 days' written notice before an anniversary. Plans "
             "are invoiced annually in advance, payable within 30 days of invoice."),
           Paragraph("5. Spare parts and software", ss["Heading2"]),
           P("RollStack guarantees the availability of spare parts, or of functionally equivalent parts, for 12 years "
             "from installation. Controller firmware updates for E9 systems are installed free of charge during "
             "preventive visits on Silver and Gold plans. Consumables such as label holders, shelf dividers and "
             "keypad batteries are not covered by any plan."),
           Paragraph("6. Customer obligations", ss["Heading2"]),
           P("The customer reports faults promptly, stops using a carriage that shows a fault, keeps aisles and rails "
             "free of obstructions, and does not exceed the rated shelf loads printed on each bay label. Engineers "
             "must be given access to the whole system on the agreed visit date; a visit aborted because access is "
             "refused on the day is charged at £190.")]
    doc.build(el)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Mobile & Fixed Bays"
    ws.append(["RollStack Product & Price List 2026 - mobile and fixed bays (GBP, excluding VAT, per double-sided bay of 1000 mm unless stated)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Product", "Operation", "Height (mm)", "Bay width (mm)", "Shelf depth (mm)",
               "Shelf levels per side", "Max load per shelf", "List price (GBP)", "Lead time", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ["RS-E9-2475", "E9 electric mobile bay, double-sided", "Electric", 2475, 1000, 400, 7, "120 kg", 3850,
         "10 to 12 weeks", "Heavy-duty 400 mm shelves; infrared aisle curtain and floor sweep as standard"],
        ["RS-E9-2200", "E9 electric mobile bay, double-sided", "Electric", 2200, 1000, 400, 6, "120 kg", 3520,
         "10 to 12 weeks", "As RS-E9-2475 with 6 shelf levels"],
        ["RS-M6-2200", "M6 manual mechanical-assist mobile bay, double-sided", "Manual (3-spoke handle)", 2200, 1000,
         300, 6, "90 kg", 2140, "6 to 8 weeks", "Gear ratio 1:9; 1:18 for carriages over 4 tonnes loaded"],
        ["RS-M6-2475", "M6 manual mechanical-assist mobile bay, double-sided", "Manual (3-spoke handle)", 2475, 1000,
         300, 7, "90 kg", 2390, "6 to 8 weeks", "Gear ratio 1:9; 1:18 for carriages over 4 tonnes loaded"],
        ["RS-FB-2475", "Fixed static end bay, single-sided", "Fixed", 2475, 1000, 400, 7, "120 kg", 690,
         "4 to 6 weeks", "Closes the end of an E9 or M6 run; houses the E9 controller"],
        ["RS-FB-2200", "Fixed static end bay, single-sided", "Fixed", 2200, 1000, 300, 6, "90 kg", 560,
         "4 to 6 weeks", "Closes the end of an M6 run"],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Adding a mobile carriage to an existing RollStack system later: list price of the bay plus an integration fee of £350 per carriage."])
    ws.append(["Non-standard RAL colours: surcharge of 6% on the bay price. Standard colours: RAL 9002 grey-white, RAL 7035 light grey, RAL 5014 pigeon blue."])
    for col, w in zip("ABCDEFGHIJK", [13, 44, 22, 11, 13, 14, 18, 16, 15, 14, 60]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Plan Cabinets")
    ws2.append(["RollStack Plan (map) Cabinets 2026 (GBP, excluding VAT, per cabinet)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["SKU", "Product", "Paper size", "Drawers", "Drawer internal size (mm)", "Drawer load",
                "List price (GBP)", "Lead time"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ["RS-MC-A0-10", "Steel plan cabinet, 10 drawers", "A0", 10, "1230 x 890 x 50", "Max 15 kg per drawer", 1780, "4 to 5 weeks"],
        ["RS-MC-A0-5", "Steel plan cabinet, 5 deep drawers", "A0", 5, "1230 x 890 x 80", "Max 20 kg per drawer", 1090, "4 to 5 weeks"],
        ["RS-MC-A1-10", "Steel plan cabinet, 10 drawers", "A1", 10, "890 x 640 x 50", "Max 12 kg per drawer", 1260, "4 to 5 weeks"],
        ["RS-MC-A1-5", "Steel plan cabinet, 5 deep drawers", "A1", 5, "890 x 640 x 80", "Max 15 kg per drawer", 840, "4 to 5 weeks"],
    ]:
        ws2.append(r)
    ws2.append([])
    ws2.append(["Every drawer has a rear hood and a front dust flap. Cabinets stack two high on an RS-MC-PLINTH base (£145). Anti-tilt interlock (one drawer open at a time) is standard."])
    for col, w in zip("ABCDEFGH", [14, 36, 11, 9, 24, 22, 15, 14]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Options & Services")
    ws3.append(["RollStack options, installation and service prices 2026 (GBP, excluding VAT)"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["SKU", "Item", "Unit", "Price (GBP)", "Notes"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [
        ["RS-SH-300", "Additional shelf level, 300 mm deep, 1000 mm wide", "each", 38, "Fits M6 and RS-FB-2200 bays"],
        ["RS-SH-400", "Additional shelf level, 400 mm deep heavy-duty, 1000 mm wide", "each", 46, "Fits E9 and RS-FB-2475 bays"],
        ["RS-SH-500", "Additional shelf level, 500 mm deep, 1000 mm wide", "each", 54, "Fixed bays only, made to order"],
        ["RS-DIV", "Shelf divider, steel", "each", 4.5, "Sold in packs of 10"],
        ["RS-LBL", "Aisle end label holder with magnetic insert", "each", 12, ""],
        ["RS-E9-RETRO", "Retrofit kit converting an M6 carriage to electric drive", "per carriage", 1450,
         "M6 carriages built from 2019 onwards only; requires power supply as for E9"],
        ["RS-UPS-E9", "Battery backup for E9 controller", "per system", 880, "Up to 40 aisle openings during a power cut"],
        ["RS-RAIL-FLR", "Surface rail on ramped plinth", "per linear metre", 118, "Includes shimming up to 15 mm"],
        ["RS-RAIL-REC", "Recessed rail surcharge", "per linear metre", 64, "On top of RS-RAIL-FLR"],
        ["RS-INST-PM", "Installation and commissioning, team of 3 fitters", "per day", 960, "08:00-17:00 Mon-Fri; weekend or evening +35%"],
        ["RS-SVC-BRZ", "Bronze service plan", "per year", 1950, "Up to 40 carriages"],
        ["RS-SVC-SLV", "Silver service plan", "per year", 3100, "Up to 40 carriages"],
        ["RS-SVC-GLD", "Gold service plan", "per year", 4200, "Up to 40 carriages; RS-Connect included"],
    ]:
        ws3.append(r)
    for col, w in zip("ABCDE", [14, 58, 16, 12, 60]):
        ws3.column_dimensions[col].width = w
    wb.save(os.path.join(K, "RollStack_Price_List_2026.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
KB = """# E9 electric or M6 manual: safety, power and day-to-day operation

*RollStack knowledge base, article KB-112, updated October 2026*

RollStack mobile systems come in two drives. **E9** carriages are moved by electric motors at the press of a button;
**M6** carriages are moved by hand with a mechanical-assist three-spoke handle. Both run on the same rails and can be
combined in one room, each block closed by a fixed end bay.

## E9 electric: safety systems

Every E9 system has three independent safety systems as standard:

1. **Infrared aisle-entry light curtain** at the mouth of every aisle. A person or trolley breaking the curtain stops
   all movement in the block.
2. **Floor safety sweep**: a full-length pressure strip 50 mm above the floor on both faces of each carriage. Movement
   stops within 20 mm of a sweep being touched.
3. **Soft-start and soft-stop motor control**, so that boxes on the shelves do not shift when carriages start or stop.

An aisle that someone has entered stays locked until that user presses the green "aisle clear" button on leaving.
E9 carriages travel at 70 mm per second and run below 48 dB(A). Standby consumption is 6 W per carriage.

The E9 controller has a keypad that can hold up to 50 user codes, so access to a block can be limited to named staff.
Carriage movements and user codes are logged for 90 days.

## Power cuts

During a power cut the E9 carriages stay where they are and the aisle locks hold. Each E9 system has a manual
override crank (a 19 mm hex key) stowed in the fixed end bay: one person can move a loaded carriage at about 1 metre
per minute with it. The optional RS-UPS-E9 battery backup keeps the controller running for up to 40 aisle openings.

## Fire alarm and ventilation mode

The E9 controller accepts a volt-free contact from the fire alarm panel. On an alarm signal the system moves to
**ventilation mode**: all carriages are parked with equal gaps of 100 mm so that smoke detection, sprinklers or gas
suppression can reach the stored material, and then the controller locks out further movement until the alarm is
reset. Ventilation mode can also be scheduled every night to let air circulate between the shelves.

## M6 manual: how heavy is it to move?

The M6 handle drives the carriage wheels through a sealed gearbox with a ratio of 1:9 (1:18 on carriages over 4
tonnes loaded). A loaded 4-tonne M6 carriage can be started with a handle force of under 25 N. Each handle has a
rotating central lock; locking any handle stops the neighbouring carriages from closing that aisle. M6 carriages can
be up to 8 m long; E9 carriages can be up to 15 m long.

## Changing from manual to electric later

M6 carriages built from 2019 onwards can be converted to electric drive with the RS-E9-RETRO kit (£1,450 per carriage,
plus a fixed end bay controller if the block has none). The conversion needs the same 230 V 16 A supply as a new E9
system and takes about half a day per carriage.
"""


def make_kb():
    with open(os.path.join(K, "kb-e9-vs-m6-safety-and-operation.md"), "w", encoding="utf-8") as f:
        f.write(KB)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_kb()
    print("sources written to", K)
