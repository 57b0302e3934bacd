"""Generate the four knowledge sources of the cocovire-tempering-machines scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv; reportlab from a scratch folder.)
"""
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: service plans
def make_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Cocovire CareLine Service Plans for CoreTemper, SeedMate and Enrober Equipment", 0)
    d.add_paragraph(
        "Document CL-SP-2025, valid for contracts signed from 1 January 2025. Issued by Cocovire Tempering "
        "Systems NV, Dok Noord 7, 9000 Gent, Belgium. This document describes the three CareLine preventive "
        "maintenance plans, what each plan includes and excludes, and the charges that apply to work outside a plan."
    )
    d.add_heading("1. Plan overview", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Feature", "Silver", "Gold", "Platinum"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    rows = [
        ("Annual fee per site (up to 3 machines)", "EUR 5,900 per year", "EUR 9,600 per year", "EUR 16,800 per year"),
        ("Each additional machine on the same site", "EUR 1,500 per year", "EUR 2,400 per year", "EUR 3,900 per year"),
        ("Preventive maintenance visits", "one visit per year", "two preventive maintenance visits per year",
         "four visits per year"),
        ("Hotline hours", "Mon-Fri 07:00-19:00 CET", "Mon-Fri 07:00-19:00 CET and Saturday 08:00-14:00",
         "24/7, 365 days"),
        ("On-site attendance after a breakdown call", "within 72 hours (business days)",
         "within 24 hours (business days)", "within 8 hours, including weekends and public holidays"),
        ("Remote diagnostics via CoreLink modem", "not included", "included", "included"),
        ("Discount on spare parts", "5%", "12%", "20%"),
        ("Wear parts included", "none", "one scraper blade set per tempering machine per year",
         "one scraper blade set and one seal kit per tempering machine per year"),
        ("Loaner TemperCheck meter during repairs", "no", "no", "yes"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("2. What a preventive maintenance visit covers", 1)
    for s in [
        "Inspection and, where needed, adjustment of scraper blade clearance in the crystallisation column "
        "(target clearance 0.15 mm, limit 0.30 mm).",
        "Calibration of all zone temperature sensors against a reference thermometer; deviations above 0.2 °C are corrected.",
        "Check of the chilled-water circuit: flow, inlet temperature, water hardness and the condition of the plate heat exchanger.",
        "Replacement of the seal kit on the chocolate pump if it has run more than 2,000 operating hours.",
        "Firmware update of the CoreTemper controller and a back-up of the stored recipes.",
        "A written service report with the measured temper index of a test batch, sent within 5 business days.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph(
        "Visits are scheduled at least 3 weeks in advance and take place on business days between 07:00 and 17:00. "
        "A visit on a Saturday at the customer's request is charged a 40% surcharge on the labour component, "
        "except under Platinum."
    )
    d.add_heading("3. Work outside a plan", 1)
    d.add_paragraph(
        "Breakdown callouts for customers without a CareLine plan, or for faults excluded from a plan, are charged "
        "at EUR 145 per technician hour plus travel at EUR 0.85 per km from Gent, with a minimum of 4 hours per "
        "callout. Night work (20:00-06:00) and Sunday work are charged at EUR 218 per hour. Spare parts are charged "
        "at list price less the plan discount, if any."
    )
    d.add_heading("4. Exclusions", 1)
    for s in [
        "Chocolate that has solidified in the tank, pipes or column after a power failure or after the machine was "
        "switched off full: the re-melt and cleaning intervention is charged at the hourly rate, under every plan.",
        "Damage caused by non-food-grade lubricants, by water entering the chocolate circuit, or by chilled water "
        "harder than 8 °dH.",
        "Faults caused by operator error, by modifications not approved in writing by Cocovire, or by equipment "
        "not supplied by Cocovire (for example a third-party cooling tunnel).",
        "Consumables such as cleaning agents, cocoa butter for flushing and seed-crystal powder.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("5. Term, invoicing and indexation", 1)
    d.add_paragraph(
        "Plans run for a minimum of 3 years from the commissioning date of the first covered machine and renew "
        "for one year at a time unless terminated with 6 months' written notice before the end of a contract year. "
        "The annual fee is invoiced annually in advance, payable 30 days from invoice date. From the second "
        "contract year the fee is indexed on 1 January in line with the Agoria labour-cost index, capped at 4% "
        "per year. Machines covered by a plan within the 24-month warranty period keep their warranty; the plan "
        "adds the preventive visits, response times and parts discount."
    )
    d.add_heading("6. Training", 1)
    d.add_paragraph(
        "An operator training day (SKU TRN-OPS-DAY) lasts 7 hours on the customer's site, for a maximum of 6 "
        "participants, and covers start-up, recipe selection, temper measurement with the TemperCheck meter, "
        "changeovers and dry cleaning. A maintenance training course (SKU TRN-MNT-2D) lasts 2 days for up to 4 "
        "technicians and costs EUR 2,900. Training certificates are issued per participant."
    )
    d.save(K / "CareLine-Service-Plans.docx")


# ---------------------------------------------------------------- PDF: warranty / delivery / installation
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]
    doc = SimpleDocTemplate(str(K / "Warranty-Delivery-Installation-Conditions.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Cocovire Warranty, Delivery and Installation Conditions")
    P = lambda s: Paragraph(s, body)
    story = [
        Paragraph("Cocovire Tempering Systems NV - Warranty, Delivery and Installation Conditions", h1),
        P("Document WDI-2025, revision 3, applicable to CoreTemper tempering machines, SeedMate seed-dosing "
          "units, Cocovire enrobers and TemperCheck meters sold from 1 March 2025. Where a quote states "
          "otherwise, the quote prevails."),
        Paragraph("1. Warranty", h2),
        P("1.1 Machines are warranted against defects in materials and workmanship for 24 months on parts from "
          "the commissioning date, or 27 months from delivery, whichever ends first. Labour and travel for "
          "warranty repairs are covered for the first 12 months from commissioning; from month 13 to month 24 "
          "parts are supplied free of charge and labour is charged at the standard hourly rate."),
        P("1.2 Wear parts are excluded from the warranty: scraper blades, pump seals and seal kits, pump "
          "impellers, temper-meter probes, conveyor belts and enrober wire belts."),
        P("1.3 The warranty is void where the chilled-water supply does not meet section 3 (in particular "
          "hardness above 8 &deg;dH), where non-food-grade lubricants have been used, or where the machine has "
          "been moved after commissioning without a Cocovire technician present."),
        P("1.4 TemperCheck handheld meters carry a 12-month warranty from delivery; the probe is a wear part."),
        Paragraph("2. Delivery", h2),
        P("2.1 Standard delivery is FCA Gent (Incoterms 2020). Delivery DAP to the buyer's site in the EU, UK, "
          "Norway and Switzerland can be quoted; freight is then shown in the quote or charged at cost. Lead "
          "times in the price list run from the later of the order confirmation and receipt of the deposit."),
        P("2.2 If Cocovire delivers late for reasons within its control, the buyer is entitled to liquidated "
          "damages of 0.5% of the price of the late machine per full week of delay, capped at 5% of that "
          "machine's price. These liquidated damages are the buyer's sole remedy for late delivery. Delays "
          "caused by late deposit, late site readiness or changes requested by the buyer do not count."),
        P("2.3 A Factory Acceptance Test (FAT) at Gent is available on request for CoreTemper 250 and 500 "
          "machines and enrobers; the FAT takes one day, the buyer may attend, and travel and accommodation of "
          "the buyer's staff are at the buyer's cost. The buyer supplies 150 kg of its own chocolate for the FAT."),
        Paragraph("3. Site requirements (to be provided by the buyer)", h2),
    ]
    data = [
        ["Item", "Requirement"],
        ["Electrical supply", "400 V 3-phase + N + PE, 50 Hz, within 3 m of the machine"],
        ["Chilled water", "8-12 °C inlet, 2.5-4 bar, hardness max. 8 °dH, within 3 m of the machine"],
        ["Compressed air (enrobers only)", "6 bar, oil-free, dry"],
        ["Floor load", "min. 500 kg/m² for CoreTemper 60/120; min. 750 kg/m² for CoreTemper 250/500 and enrobers"],
        ["Room conditions", "ambient 18-24 °C, relative humidity max. 55%"],
        ["Access", "door opening min. 1.1 m wide x 2.1 m high (CoreTemper 250: 1.4 m wide)"],
    ]
    t = Table(data, colWidths=[48 * mm, 122 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 6)]
    story += [
        Paragraph("4. Installation and commissioning", h2),
        P("4.1 Installation and commissioning (SKU SVC-INST-CT, priced per machine) includes: two technician "
          "days on site, positioning of the machine on the prepared floor, connection to the buyer-provided "
          "utilities within 3 m, levelling, a test run with the buyer's chocolate (minimum 200 kg for a "
          "CoreTemper 250, 100 kg for a CoreTemper 120), loading of up to 10 customer recipes and a signed Site "
          "Acceptance Test (SAT) protocol. The commissioning date is the date of the signed SAT protocol."),
        P("4.2 Not included: unloading with crane or forklift, rigging through windows or roofs, utility runs "
          "longer than 3 m, electrical permits and inspections, removal of old equipment, and integration with "
          "third-party conveyors or cooling tunnels beyond the mechanical and signal interface described in the "
          "order confirmation. Extra technician days are charged at EUR 1,160 per day."),
        P("4.3 If the site is not ready on the agreed installation date, Cocovire may charge waiting time at "
          "EUR 145 per technician hour and re-scheduling travel at cost; the warranty period then starts no later "
          "than 8 weeks after delivery."),
        Paragraph("5. Payment, title and cancellation", h2),
        P("5.1 Unless the quote states otherwise: 30% deposit with the order, 60% on notice of readiness for "
          "shipment, 10% on commissioning; each invoice payable net 30 days. Late payments bear interest at 8% "
          "per year. Title passes on full payment."),
        P("5.2 Cancellation after order confirmation: 15% of the order value before production start; 40% after "
          "production start; 100% once the machine has passed FAT or has been shipped."),
        P("5.3 These conditions are governed by Belgian law; the courts of Gent have jurisdiction."),
    ]
    doc.build(story)


# ---------------------------------------------------------------- XLSX: price list and specifications
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Machines"
    ws.append(["Cocovire price list 2025 (EUR, excl. VAT, FCA Gent) - machines and technical data"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Model", "Capacity dark chocolate (kg/h)", "Capacity milk chocolate (kg/h)",
               "Working tank (kg)", "Connected load (kW)", "Chilled water at 10 °C (l/h)",
               "Footprint (mm)", "Weight (kg)", "List price (EUR)", "Lead time (weeks)"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ["CV-TM60", "CoreTemper 60 continuous tempering machine", 60, 50, 80, 7.5, 350, "1200 x 900", 640, 28700, 8],
        ["CV-TM120", "CoreTemper 120 continuous tempering machine", 120, 100, 150, 12.8, 600, "1450 x 1050", 910, 41900, 10],
        ["CV-TM250", "CoreTemper 250 continuous tempering machine", 250, 210, 300, 21.5, 1150, "1800 x 1250", 1420, 68400, 14],
        ["CV-TM500", "CoreTemper 500 continuous tempering machine", 500, 420, 450, 36, 2100, "2300 x 1500", 2380, 112000, 18],
        ["CV-SD-05", "SeedMate seed-crystal dosing unit (5 kg hopper)", "n/a", "n/a", "n/a", 0.6, "n/a", "500 x 400", 48, 9850, 6],
        ["CV-EN-620", "Enrober, 620 mm belt width", "n/a", "n/a", 120, 9.2, 300, "2600 x 1100", 780, 43600, 12],
        ["CV-EN-820", "Enrober, 820 mm belt width", "n/a", "n/a", 160, 11.4, 380, "2600 x 1300", 940, 54200, 16],
        ["CV-TMR-HD", "TemperCheck handheld temper meter", "n/a", "n/a", "n/a", "battery", "n/a", "n/a", 1.2, 3280, 2],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Notes: capacities are measured with 70% dark and 33% milk chocolate at 24 °C room temperature; "
               "white chocolate capacity is 80% of the milk figure. The CoreTemper controller stores up to 99 "
               "recipes. SeedMate requires a CoreTemper 120 or larger (not compatible with the CoreTemper 60)."])
    for col, w in zip("ABCDEFGHIJK", [12, 46, 16, 16, 12, 12, 16, 14, 10, 14, 12]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Spare parts")
    ws2.append(["Cocovire spare parts and consumables 2025 (EUR, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Part", "Fits", "List price (EUR)", "Recommended replacement"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ["CV-SP-BL120", "Scraper blade set", "CoreTemper 120", 1140, "every 4,000 operating hours"],
        ["CV-SP-BL250", "Scraper blade set", "CoreTemper 250", 1690, "every 4,000 operating hours"],
        ["CV-SP-SK", "Pump seal kit", "all CoreTemper models", 420, "every 2,000 operating hours"],
        ["CV-SP-IMP", "Chocolate pump impeller", "CoreTemper 120 / 250", 880, "on wear (check at each visit)"],
        ["CV-SP-HC", "Heating cartridge 1.2 kW", "all CoreTemper models", 310, "on failure"],
        ["CV-SP-PR", "TemperCheck probe", "CV-TMR-HD", 265, "every 12 months"],
        ["CV-CON-SEED", "Cocoa-butter seed-crystal powder, 2 kg tin", "SeedMate", 96, "consumable"],
        ["CV-CON-FLUSH", "Deodorised cocoa butter for flushing, 10 kg", "all models", 139, "consumable"],
    ]:
        ws2.append(r)

    ws3 = wb.create_sheet("Tempering curves")
    ws3.append(["Recommended CoreTemper set points by chocolate type"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Chocolate type", "Melting (°C)", "Cooling zone (°C)", "Working temperature (°C)",
                "Target temper index", "Typical SeedMate dose"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [
        ["Dark (55-75% cocoa)", "45-50", "27-28", "31-32", "4.5-5.5", "0.5% of chocolate mass"],
        ["Milk", "40-45", "26-27", "29-30", "4.5-5.5", "0.4% of chocolate mass"],
        ["White", "40", "25-26", "28-29", "4.0-5.0", "0.3% of chocolate mass"],
        ["Ruby", "40-45", "26-27", "29-30", "4.5-5.5", "0.4% of chocolate mass"],
        ["Compound coating (lauric)", "45", "no tempering", "38-40 (hold)", "n/a", "not used"],
    ]:
        ws3.append(r)
    wb.save(K / "Cocovire-Price-and-Spec-List-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# CoreTemper: changeovers, cleaning and temper troubleshooting

*Cocovire knowledge base, article KB-0412, last reviewed April 2025. Applies to CoreTemper 120, 250 and 500 with controller firmware 4.x.*

## Changeovers between chocolate types

| From -> to | CoreTemper 120 | CoreTemper 250 | Method |
|---|---|---|---|
| Dark -> milk | 25 min, push-through with 15 kg of milk chocolate | 35 min, push-through with 25 kg of milk chocolate | drain tank, push-through, discard push-through mass or rework it into dark |
| Milk -> dark | 15 min | 20 min | push-through with 10 kg (120) or 15 kg (250) of dark chocolate |
| Dark or milk -> white | 2 h 15 min | 2.5 hours | full dry clean of tank, pump and column, then cocoa-butter flush |
| Any -> compound coating | not recommended | not recommended | use a separate machine; lauric fats and cocoa butter are incompatible |

Changeovers do not need a technician. Push-through mass can be reworked at up to 5% into the following batch of the same type.

## Cleaning and allergens

- **Never put water in the chocolate circuit.** Water causes the chocolate to seize and damage from water entering the circuit is excluded from warranty and CareLine plans.
- Clean dry: drain at working temperature, then flush with deodorised cocoa butter at 45 °C (8 kg for a CoreTemper 250, 5 kg for a CoreTemper 120) and drain again.
- External surfaces: food-safe alcohol wipes only; no high-pressure cleaning of the machine body (protection class IP54).
- Cocovire does not certify a machine as allergen-free after a changeover. Validating the cleaning procedure for nut, milk or gluten declarations (for example by swab tests) is the producer's responsibility.

## Reading the TemperCheck temper index

The TemperCheck meter reports a temper index (TI). Targets per chocolate type are in the price-and-spec list, sheet "Tempering curves".

- **TI above 6 (over-tempered, thick, dull finish):** raise the working temperature by 0.5 °C, wait 10 minutes and measure again.
- **TI below 4 (under-tempered, soft, streaky, fat bloom):** lower the cooling zone by 0.5 °C, or with a SeedMate increase the seed dose by 0.1 percentage point.
- If the TI drifts by more than 1.0 within a shift, check the chilled-water inlet temperature first: most drift is caused by chilled water above 12 °C.
- Fat bloom appearing after one to two weeks on products that left the line well tempered usually comes from the cooling tunnel: product exit temperature should be 12-15 °C and the tunnel must not be colder than 8 °C at the inlet.

## Power failures

A full CoreTemper tank keeps chocolate liquid for about 90 minutes after a power cut if the lid stays closed. For longer outages, start the re-melt program **RM-45** once power returns: it brings a full CoreTemper 250 tank back to working condition in about 4 hours (CoreTemper 120: about 3 hours). Do not run the pump until RM-45 reports "column free". If chocolate has set in the column, call the service hotline; the re-melt intervention is chargeable under every plan.

## Software and connectivity

- The controller stores up to 99 recipes and logs zone temperatures every 10 seconds for 90 days.
- CoreLink remote monitoring uses a built-in 4G modem or the customer's Ethernet (outbound port 443 only); it is required for remote diagnostics under the Gold and Platinum plans.
- Firmware updates are free for 5 years from commissioning; after that they are included in any CareLine plan or charged at EUR 390 per update.
"""


def make_kb():
    (K / "coretemper-changeovers-cleaning-troubleshooting.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_kb()
    print("written:", sorted(os.listdir(K)))
