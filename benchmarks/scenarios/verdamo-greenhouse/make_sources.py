"""Generate the binary knowledge sources for the verdamo-greenhouse scenario.

Run with: /work/main/.venv/bin/python make_sources.py
Writes knowledge/verdamo-terms-of-sale-uk.docx and knowledge/verdamo-uk-pricelist-2025.xlsx.
(The HTML page and the Markdown KB article are hand-written files in knowledge/.)
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

HERE = Path(__file__).resolve().parent
OUT = HERE / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------------------
# DOCX: Terms of Sale, Installation and Support (UK)
# ---------------------------------------------------------------------------
def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = h
        for r in cell.paragraphs[0].runs:
            r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    return t


def make_docx():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10)

    doc.add_heading("Verdamo Climate Systems UK Ltd", level=0)
    doc.add_paragraph("Terms of Sale, Installation and Support — version 4.2 (January 2025)")
    doc.add_paragraph(
        "Registered office: Unit 7, Fenland Business Park, Wisbech PE13 2RG. Company no. 11842077. "
        "A subsidiary of Verdamo Climate Systems B.V., Naaldwijk, the Netherlands. "
        "These terms apply to every quotation, order and contract for Verdamo hardware, software licences, "
        "installation services and support plans supplied in the United Kingdom, unless varied in writing "
        "and signed by a director of Verdamo."
    )

    doc.add_heading("1. Definitions", level=1)
    for d in [
        "\"Customer\" means the person or company named on the quotation.",
        "\"Equipment\" means controllers, weather stations, measuring boxes, vent motors, I/O modules, "
        "CO2 dosing valves and any other hardware listed on the quotation.",
        "\"Commissioning Date\" means the date on which the commissioning checklist is signed by both parties.",
        "\"Site\" means the glasshouse location(s) named on the quotation.",
        "\"Business Day\" means Monday to Friday, excluding bank holidays in England.",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("2. Quotations and orders", level=1)
    doc.add_paragraph(
        "2.1 Quotations are valid for 30 days from the date of issue unless the quotation states otherwise. "
        "2.2 An order is accepted only when Verdamo issues a written order confirmation. "
        "2.3 Quantities, configurations and delivery dates shown on a quotation may only be changed by a revised "
        "quotation issued by Verdamo. 2.4 Prices are in pounds sterling (GBP) and exclude VAT, which is charged "
        "at the prevailing rate."
    )

    doc.add_heading("3. Prices and payment", level=1)
    doc.add_paragraph(
        "3.1 Unless the quotation states otherwise, the contract price is invoiced in three milestones:"
    )
    table(doc, ["Milestone", "Share of contract price", "Invoiced"], [
        ["Order confirmation", "30% with order", "On the date of the order confirmation"],
        ["Hardware delivery", "60% on delivery", "On delivery of the Equipment to Site"],
        ["Commissioning", "10% on commissioning sign-off", "On the Commissioning Date"],
    ])
    doc.add_paragraph(
        "3.2 Invoices are payable within 30 days of the invoice date. 3.3 Software licences and support plans "
        "are invoiced annually in advance, except multi-year licences, which are invoiced in full with the first "
        "milestone. 3.4 Late payments bear interest at 4% per year above the Bank of England base rate. "
        "3.5 Verdamo may suspend delivery or installation while any undisputed invoice is more than 14 days overdue."
    )

    doc.add_heading("4. Delivery and risk", level=1)
    doc.add_paragraph(
        "4.1 Delivery terms are as stated in the current price list. 4.2 Risk in the Equipment passes to the "
        "Customer on delivery to Site; title passes on payment in full. 4.3 Lead times are indicative and run "
        "from the order confirmation. 4.4 The Customer must inspect deliveries and report visible damage within "
        "3 Business Days."
    )

    doc.add_heading("5. Installation — Customer responsibilities", level=1)
    for d in [
        "A 400 V three-phase supply to each vent motor distribution panel, installed by the Customer's electrician.",
        "A dedicated 16 A circuit for each controller cabinet.",
        "A wired Ethernet connection (RJ45) at each controller cabinet location, or agreement to use the supplied 4G router.",
        "Safe access to roof vents and gutters, including any scissor lifts or pipe-rail trolleys required.",
        "A named site contact available on every installation day.",
    ]:
        doc.add_paragraph(d, style="List Bullet")
    doc.add_paragraph(
        "Where an engineer cannot work because these responsibilities are not met, lost engineer days are "
        "charged at the standard day rate."
    )

    doc.add_heading("6. Warranty", level=1)
    doc.add_paragraph(
        "6.1 Verdamo warrants the Equipment against defects in materials and workmanship for the periods below, "
        "running from the Commissioning Date or 3 months after delivery, whichever is earlier."
    )
    table(doc, ["Item", "Warranty period", "Remedy"], [
        ["Process controllers (Climatix 600 / Climatix 900)", "36 months", "Repair or exchange, parts and labour"],
        ["Weather stations and measuring boxes", "24 months", "Exchange unit shipped next Business Day"],
        ["Vent motors and drive kits", "24 months", "Repair or exchange, parts only"],
        ["I/O modules and CO2 dosing valves", "24 months", "Exchange unit"],
        ["Installation workmanship", "12 months", "Remedial visit at no charge"],
    ])
    doc.add_paragraph(
        "6.2 The warranty does not cover sensor drift within the stated tolerance, consumables (filters, wet-bulb "
        "wicks, aspirator fans after 24 months), damage from lightning, flooding, pests or chemical cleaning agents, "
        "or Equipment modified by anyone other than Verdamo or a Verdamo-certified installer."
    )

    doc.add_heading("7. Support plans", level=1)
    doc.add_paragraph(
        "7.1 Two support plans are available. The plan is selected by the Customer and invoiced per site per year. "
        "Without a support plan, support is provided on a time-and-materials basis at the standard day rate."
    )
    table(doc, ["", "Standard Support", "Priority Support"], [
        ["Helpdesk hours", "Mon–Fri 08:00–17:30 UK time", "24/7 for critical incidents; Mon–Fri 08:00–17:30 for other requests"],
        ["Response time, critical incident", "within 8 business hours", "within 2 hours"],
        ["Response time, non-critical request", "within 2 Business Days", "within 1 Business Day"],
        ["Engineer on site, critical incident", "best effort", "within 48 hours"],
        ["Preventive maintenance visits included", "1 visit per year", "2 visits per year"],
        ["Remote software updates", "Included", "Included"],
    ])
    doc.add_paragraph(
        "7.2 A critical incident is a fault that stops climate control in one or more compartments, or a failed "
        "vent, screen or heating output that cannot be overridden manually."
    )

    doc.add_heading("8. Software and Cloud Grower licences", level=1)
    doc.add_paragraph(
        "8.1 Controller firmware is licensed with the controller for its lifetime. 8.2 Verdamo Cloud Grower is "
        "licensed per site for the term stated on the quotation. User accounts are created by the Customer's own "
        "administrator and are assigned one of three roles: Grower, Viewer or Installer. 8.3 Climate and alarm "
        "history is retained for 5 years. 8.4 Verdamo may process operational data to provide support and to "
        "improve its control algorithms; such data is pseudonymised."
    )

    doc.add_heading("9. Liability", level=1)
    doc.add_paragraph(
        "9.1 Verdamo's total liability under or in connection with a contract is capped at 100% of the contract "
        "price. 9.2 Verdamo is not liable for loss of crop, yield or produce, loss of profit, or any indirect or "
        "consequential loss, however caused. Growers are advised to keep crop insurance in place and to test "
        "alarm call-outs monthly. 9.3 Nothing limits liability for death or personal injury caused by negligence."
    )

    doc.add_heading("10. Cancellation", level=1)
    doc.add_paragraph(
        "10.1 The Customer may cancel an accepted order by written notice. A cancellation fee of 15% of the order "
        "value applies, plus the cost of any Equipment already pre-configured. 10.2 Controllers are pre-configured "
        "at the Naaldwijk workshop and cannot be cancelled once factory acceptance testing has started."
    )

    doc.add_heading("11. Governing law", level=1)
    doc.add_paragraph(
        "These terms and any contract are governed by the laws of England and Wales, and the courts of England "
        "and Wales have exclusive jurisdiction."
    )
    doc.save(OUT / "verdamo-terms-of-sale-uk.docx")


# ---------------------------------------------------------------------------
# XLSX: UK price list 2025 with technical data
# ---------------------------------------------------------------------------
PRICES = [
    # sku, description, unit, list price, lead time, warranty
    ("VC-CTRL-600", "Climatix 600 process controller, up to 6 compartments", "each", "10,950.00", "6 weeks", "36 months"),
    ("VC-CTRL-900", "Climatix 900 process controller, up to 12 compartments", "each", "14,850.00", "6 weeks", "36 months"),
    ("VC-MB-22", "MeteoBox 22 weather station, roof mast, heated rain sensor", "each", "3,420.00", "4 weeks", "24 months"),
    ("VC-MBX-4", "Measuring box MBX-4, aspirated, dry/wet bulb + CO2", "each", "1,185.00", "3 weeks", "24 months"),
    ("VC-MBX-4P", "Measuring box MBX-4 Pro, as MBX-4 + PAR sensor", "each", "1,640.00", "5 weeks", "24 months"),
    ("VC-VM-25", "Vent motor VM-25, 230 V 1~, 25 Nm, side/ridge vents up to 60 m", "each", "498.00", "3 weeks", "24 months"),
    ("VC-VM-40", "Vent motor VM-40, 400 V 3~, 40 Nm, ridge vents up to 110 m", "each", "642.50", "3 weeks", "24 months"),
    ("VC-SCR-IO", "Screen control I/O module, 2 screens", "each", "910.00", "2 weeks", "24 months"),
    ("VC-SCR-IO4", "Screen control I/O module, 4 screens", "each", "1,390.00", "2 weeks", "24 months"),
    ("VC-CO2-DOS", "CO2 dosing valve set DN50 with flow sensor", "each", "1,760.00", "4 weeks", "24 months"),
    ("VC-CO2-DOS65", "CO2 dosing valve set DN65 with flow sensor", "each", "2,140.00", "4 weeks", "24 months"),
    ("VC-INST-DAY", "Installation & commissioning engineer day (Mon–Fri)", "day", "980.00", "—", "12 months workmanship"),
    ("VC-INST-WE", "Installation engineer day, Saturday/Sunday/bank holiday", "day", "1,370.00", "—", "12 months workmanship"),
    ("VC-TRAIN-DAY", "Grower training day on site (max 6 attendees)", "day", "850.00", "—", "—"),
    ("VC-CLOUD-1Y", "Verdamo Cloud Grower licence, 1 year, per site", "site/year", "2,650.00", "—", "—"),
    ("VC-CLOUD-3Y", "Verdamo Cloud Grower licence, 3 years, per site", "site", "6,900.00", "—", "—"),
    ("VC-SUP-STD", "Standard Support plan, per site", "site/year", "1,200.00", "—", "—"),
    ("VC-SUP-PRI", "Priority Support plan, per site", "site/year", "2,900.00", "—", "—"),
    ("VC-4G-RTR", "Industrial 4G router with roof antenna", "each", "465.00", "2 weeks", "24 months"),
]

TECH = [
    # device, supply, power, IP, max cable, operating temp, weight
    ("Climatix 900 controller", "230 V AC, 50/60 Hz", "45 W", "IP54 (cabinet)", "—", "-10 to +50 °C", "14.2 kg"),
    ("Climatix 600 controller", "230 V AC, 50/60 Hz", "35 W", "IP54 (cabinet)", "—", "-10 to +50 °C", "11.6 kg"),
    ("MeteoBox 22", "24 V DC", "18 W with rain-sensor heater on, 3 W heater off", "IP66", "100 m to controller", "-30 to +60 °C", "3.8 kg"),
    ("MBX-4 measuring box", "24 V DC (bus-powered)", "6 W", "IP65", "1,000 m total bus length", "0 to +50 °C", "2.1 kg"),
    ("MBX-4 Pro measuring box", "24 V DC (bus-powered)", "7 W", "IP65", "1,000 m total bus length", "0 to +50 °C", "2.3 kg"),
    ("VM-25 vent motor", "230 V 1~", "180 W", "IP54", "50 m control cable", "-5 to +45 °C", "9.5 kg"),
    ("VM-40 vent motor", "400 V 3~", "370 W", "IP55", "50 m control cable", "-5 to +45 °C", "12.8 kg"),
    ("SCR-IO screen module", "24 V DC", "4 W", "IP20 (inside cabinet)", "—", "0 to +50 °C", "0.4 kg"),
    ("CO2-DOS valve set DN50", "24 V AC coil", "12 W", "IP65", "30 m to controller", "0 to +50 °C", "4.6 kg"),
]

NOTES = [
    "All prices in GBP, excluding VAT at 20%.",
    "Prices valid 1 January 2025 to 31 December 2025.",
    "Delivery DDP to UK mainland sites for orders above £25,000 net; below £25,000 a flat freight charge of £450 applies.",
    "Lead times run from order confirmation and are indicative; August orders: add 1 week (Naaldwijk workshop summer closure).",
    "Installation day rates include travel within 150 miles of Wisbech; beyond that, mileage at £0.65 per mile.",
    "Removal and disposal of existing climate computers is not included and is quoted on request.",
    "Volume pricing for more than 40 vent motors on one order: contact your account manager.",
]


def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBD5")

    ws = wb.active
    ws.title = "Price list GBP"
    ws.append(["Verdamo Climate Systems UK Ltd — UK price list 2025 (rev. B, March 2025)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    hdr = ["SKU", "Description", "Unit", "List price (GBP)", "Lead time", "Warranty"]
    ws.append(hdr)
    for c in ws[3]:
        c.font = bold
        c.fill = fill
    for row in PRICES:
        ws.append(list(row))
    for col, w in zip("ABCDEF", [16, 62, 11, 16, 11, 22]):
        ws.column_dimensions[col].width = w
    for r in ws.iter_rows(min_row=4, min_col=4, max_col=4):
        for c in r:
            c.alignment = Alignment(horizontal="right")

    ws2 = wb.create_sheet("Technical data")
    ws2.append(["Technical data (summary) — see product pages for full specifications"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Device", "Supply voltage", "Power consumption", "IP rating", "Max cable length",
                "Operating temperature", "Weight"])
    for c in ws2[3]:
        c.font = bold
        c.fill = fill
    for row in TECH:
        ws2.append(list(row))
    for col, w in zip("ABCDEFG", [26, 22, 40, 20, 26, 20, 10]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Notes")
    ws3.append(["Notes and conditions"])
    ws3["A1"].font = Font(bold=True, size=13)
    for i, n in enumerate(NOTES, 1):
        ws3.append([i, n])
    ws3.column_dimensions["B"].width = 120

    wb.save(OUT / "verdamo-uk-pricelist-2025.xlsx")


if __name__ == "__main__":
    make_docx()
    make_xlsx()
    print("wrote", sorted(p.name for p in OUT.iterdir()))
