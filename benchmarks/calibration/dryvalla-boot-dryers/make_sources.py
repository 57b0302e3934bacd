"""Generates the knowledge sources of the dryvalla-boot-dryers scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder)."""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX: service & warranty terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Dryvalla Service & Warranty Terms – Season 2025/26", 0)
    d.add_paragraph("Dryvalla GmbH, Gewerbepark Süd 14, 6460 Imst, Austria. Applies to all boot, glove and helmet "
                    "drying equipment delivered from 1 July 2025. Version 3.2, issued 30 June 2025.")
    d.add_heading("1. Warranty", 1)
    for t in [
        "Frames, racks, drying tubes and housings: 24 months from the date of commissioning.",
        "Fans, heating elements, ionizer modules and control electronics: 12 months from the date of commissioning.",
        "UV-C lamps are wear parts and are covered for 1,500 operating hours or 6 months, whichever comes first.",
        "Filters, ionizer cartridges and drying-tube caps are consumables and are not covered by the warranty.",
        "With an active Premium service plan, the warranty on fans and heating elements is extended to 36 months "
        "from commissioning, provided the annual pre-season inspection has been carried out by Dryvalla.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("The warranty does not cover: damage caused by setting a drying temperature above the factory "
                    "limit through third-party controllers; operation on circuits that do not meet the Installation "
                    "& Electrical Requirements Guide; drying of wet ski boots with the inner liner removed and placed "
                    "directly on the heated tube; mechanical damage by forklifts, ski edges or cleaning machines; "
                    "corrosion caused by chlorine-based disinfectants (use only the approved DV-CLEAN spray).")
    d.add_heading("2. Service plans (per shop, per winter season)", 1)
    tbl = d.add_table(rows=1, cols=3)
    tbl.style = "Light Grid Accent 1"
    hdr = tbl.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Item", "Basic service plan (DV-SVC-BASIC)", "Premium service plan (DV-SVC-PREM)"
    rows = [
        ("Price per shop per season", "EUR 420.00", "EUR 780.00"),
        ("Pre-season inspection", "Not included (EUR 290.00 per visit)", "One inspection in November, included"),
        ("Remote support (phone / SmartDry app)", "Within 2 business days", "Within 4 hours during hotline hours"),
        ("On-site response", "Within 5 business days", "Next business day (shops within 120 km of Imst or Bormio)"),
        ("Labour for warranty and non-warranty repairs", "Charged at EUR 92.00 per hour", "Included"),
        ("Spare parts outside warranty", "List price", "15% discount on list price"),
        ("Loan unit during repairs longer than 48 hours", "Not available", "MobileBench 24 loan unit, free of charge"),
    ]
    for r in rows:
        c = tbl.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("")
    d.add_paragraph("A winter season runs from 1 November to 30 April. Service plans are invoiced per shop at the "
                    "start of each season and cannot be transferred between shops. Shops more than 120 km from our "
                    "service bases in Imst (AT) and Bormio (IT) receive on-site response within 2 business days under "
                    "the Premium plan.")
    d.add_heading("3. Call-outs without a service plan", 1)
    d.add_paragraph("Without a service plan, each on-site call-out is charged a flat fee of EUR 165.00 plus EUR 1.40 "
                    "per km beyond the first 50 km from the nearest service base, plus labour at EUR 92.00 per hour "
                    "(billed in 15-minute increments) and parts at list price. Call-outs on Saturdays, Sundays and "
                    "Austrian or Italian public holidays carry a 50% surcharge on the flat fee and labour.")
    d.add_heading("4. Peak-season hotline", 1)
    d.add_paragraph("From 20 December to 6 January and during the February school holidays (calendar weeks 6 to 9) "
                    "the service hotline +43 5412 66 300 is staffed daily from 07:00 to 21:00, including weekends. "
                    "Outside those periods the hotline is staffed Monday to Friday from 08:00 to 17:00. Faults "
                    "reported through the SmartDry app outside hotline hours are handled from the next hotline opening.")
    d.add_heading("5. Customer obligations", 1)
    d.add_paragraph("The customer empties the condensate trays of MobileBench units daily, cleans the intake grilles "
                    "weekly during the season and replaces filters as described in the consumables schedule. Failure "
                    "to replace filters within 300 operating hours of the app's filter warning voids the warranty on "
                    "the fan concerned.")
    d.save(K / "dryvalla-service-warranty-2025-26.docx")

# ---------------------------------------------------------------- PDF: installation guide
def make_pdf():
    ss = getSampleStyleSheet()
    h, p = ss["Heading2"], ss["BodyText"]
    doc = SimpleDocTemplate(str(K / "dryvalla-installation-guide.pdf"), pagesize=A4,
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Dryvalla Installation & Electrical Requirements Guide")
    s = [Paragraph("Dryvalla Installation &amp; Electrical Requirements Guide", ss["Title"]),
         Paragraph("For WallRack 40 Ion, WallRack 20, MobileBench 24 UV and Glove &amp; Helmet Module 10. "
                   "Document DV-IG-07, edition August 2025.", p), Spacer(1, 8)]
    sec = [
        ("1. Planning and lead time",
         "Installation is scheduled after a site survey by a Dryvalla technician. The installation lead time is "
         "3 weeks after the site survey report has been signed by the customer. Orders received by 15 October are "
         "installed and commissioned before 1 December. A standard installation (up to 4 units in one shop) takes one "
         "working day with two technicians; the shop must be closed to customers in the installation area."),
        ("2. Electrical supply",
         "WallRack 40 Ion: 230 V, 50 Hz, rated power 2.2 kW, on a dedicated 16 A circuit protected by a type A 30 mA "
         "residual-current device. No other consumer may share this circuit. WallRack 20: 230 V, 1.2 kW, on a 10 A "
         "circuit which may be shared with lighting. MobileBench 24 UV: 1.4 kW, supplied through a standard Schuko "
         "plug; extension cable reels must not be used. The Glove &amp; Helmet Module 10 (0.35 kW) is powered from the "
         "WallRack 40 Ion and needs no separate supply. The customer's electrician must provide the circuits and a "
         "written test report before the installation date; Dryvalla technicians do not work on fixed wiring."),
        ("3. Walls, clearances and ventilation",
         "A WallRack 40 Ion weighs 78 kg empty and about 150 kg loaded with 40 pairs of boots. It must be fixed to a "
         "solid masonry or concrete wall with the four M10 anchors supplied; plasterboard walls require the DV-WB "
         "back frame (sold separately). Keep a clearance of 30 cm above the rack and 15 cm on each side. The room "
         "must be ventilated with at least 150 m³ of air per hour per WallRack 40 Ion, because each loaded rack "
         "releases up to 4 litres of moisture per night. Ambient temperature during operation: +5 °C to +30 °C."),
        ("4. Drying programs and temperature limits",
         "Standard program: 60 minutes at 38 °C with ionizer. Express program: 35 minutes at 42 °C (WallRack models "
         "only). Overnight program: 6 hours at 30 °C, recommended for rental fleets because it is gentle on liners "
         "and glued parts. On the MobileBench 24 UV the Standard program lasts 75 minutes at 38 °C and is followed by "
         "a 10-minute UV-C cycle; there is no Express program on the MobileBench. The maximum drying temperature is "
         "45 °C on every model: above 50 °C thermoplastic boot shells and thermo-moulded liners can deform. The "
         "controller cuts out at 55 °C and the unit has to be reset by hand."),
        ("5. Commissioning and handover",
         "At commissioning the technician checks the earth-leakage protection, sets the programs, connects the "
         "units to the SmartDry Control Hub (if ordered) and trains up to 6 shop staff in a 45-minute session. The "
         "commissioning report starts the warranty periods and is the date from which payment terms run."),
    ]
    for t, body in sec:
        s += [Paragraph(t, h), Paragraph(body, p), Spacer(1, 4)]
    data = [["Model", "Supply", "Circuit", "Empty weight", "Mounting"],
            ["WallRack 40 Ion", "230 V / 2.2 kW", "dedicated 16 A", "78 kg", "wall, M10 anchors"],
            ["WallRack 20", "230 V / 1.2 kW", "10 A, shared", "44 kg", "wall, M8 anchors"],
            ["MobileBench 24 UV", "230 V / 1.4 kW", "Schuko socket", "96 kg", "4 lockable castors"],
            ["Glove & Helmet Module 10", "0.35 kW", "from WallRack 40 Ion", "12 kg", "on WallRack 40 Ion"]]
    t = Table(data, hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    s += [Spacer(1, 6), t]
    doc.build(s)

# ---------------------------------------------------------------- XLSX: price & spec sheet
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws.append(["Dryvalla Product & Price List 2025/26 – prices in EUR excluding VAT, valid 1 July 2025 to 30 June 2026"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Product", "Capacity", "List price EUR", "Notes"])
    for r in [
        ("DV-WR40-ION", "WallRack 40 Ion", "40 pairs", 4850.00, "Wall-mounted, heated air + ionizer, 3 programs"),
        ("DV-WR20", "WallRack 20", "20 pairs", 2690.00, "Wall-mounted, heated air, no ionizer"),
        ("DV-MB24-UV", "MobileBench 24 UV", "24 pairs", 3980.00, "Mobile on 4 lockable castors, UV-C cycle"),
        ("DV-GL10", "Glove & Helmet Module 10", "10 pairs of gloves or 5 helmets", 690.00, "Fits WallRack 40 Ion only"),
        ("DV-CTRL-HUB", "SmartDry Control Hub", "up to 8 units", 1240.00, "Timers, app alerts, energy log"),
        ("DV-INST-SITE", "Installation & commissioning per shop", "up to 4 units", 1150.00,
         "Each additional unit in the same shop EUR 180.00"),
        ("DV-SVC-BASIC", "Basic service plan per shop per season", "", 420.00, "See Service & Warranty Terms"),
        ("DV-SVC-PREM", "Premium service plan per shop per season", "", 780.00, "See Service & Warranty Terms"),
        ("DV-FLT-SET", "Filter & ionizer cartridge kit (WallRack 40)", "1 rack, 1 season", 145.00, ""),
        ("DV-FLT-MB", "Filter & UV-C lamp kit (MobileBench 24)", "1 bench, 1 season", 118.00, ""),
        ("DV-WB", "Back frame for plasterboard walls", "1 rack", 320.00, "Required on non-masonry walls"),
        ("DV-CLEAN", "Disinfectant spray, chlorine-free, 6 x 1 l", "", 54.00, "Only approved cleaning agent"),
    ]:
        ws.append(list(r))
    ws.append([])
    ws.append(["Volume discount: 5% from 5 WallRack units, 10% from 8 units of racks and benches combined in one order."])
    for col, w in zip("ABCDE", (16, 46, 30, 16, 48)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Technical data")
    ws2.append(["Dryvalla technical data 2025/26"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append(["Model", "Pairs", "Rated power kW", "Supply", "Empty weight kg", "W x D x H mm",
                "Programs", "Energy per Standard cycle kWh"])
    for r in [
        ("WallRack 40 Ion", 40, 2.2, "230 V / 16 A dedicated", 78, "2400 x 520 x 1850", "Standard, Express, Overnight", "1.6 kWh"),
        ("WallRack 20", 20, 1.2, "230 V / 10 A", 44, "1250 x 480 x 1700", "Standard, Express, Overnight", "0.9 kWh"),
        ("MobileBench 24 UV", 24, 1.4, "230 V Schuko plug", 96, "1800 x 700 x 1100", "Standard + UV-C, Overnight", "1.1 kWh"),
        ("Glove & Helmet Module 10", "-", 0.35, "from WallRack 40 Ion", 12, "600 x 300 x 900", "follows host rack", "0.3 kWh"),
    ]:
        ws2.append(list(r))

    ws3 = wb.create_sheet("Consumables")
    ws3.append(["Consumables and replacement intervals"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append(["Part", "Used on", "Replace after", "Price EUR"])
    for r in [
        ("Intake filter G4", "All racks and benches", "600 operating hours or once per season", "included in kits"),
        ("Ionizer cartridge", "WallRack 40 Ion", "1,200 operating hours", "included in DV-FLT-SET"),
        ("UV-C lamp 18 W", "MobileBench 24 UV", "4,000 operating hours", "included in DV-FLT-MB"),
        ("Drying-tube cap set (40 caps)", "WallRack 40 Ion", "when cracked", 38.00),
    ]:
        ws3.append(list(r))
    wb.save(K / "dryvalla-price-list-2025-26.xlsx")

# ---------------------------------------------------------------- Markdown KB article
KB = """# Hygiene, UV-C and odour control in rental boot fleets

*Dryvalla knowledge base – article KB-112, updated 4 August 2025*

Rental boots are worn by a different guest almost every day, so drying alone is not enough: the inside of the boot
must be dry **and** low in bacteria and fungi before the next rental. This article explains how the Dryvalla range
handles hygiene and what the shop still has to do.

## Which unit does what
- **WallRack 40 Ion** dries with heated air at up to 45 °C and an ionizer that reduces odour-causing bacteria. It has no
  UV-C lamps.
- **MobileBench 24 UV** adds a 10-minute UV-C cycle after drying. In independent tests (Hygiene-Institut Tirol,
  report HIT-2024-0381) the UV-C cycle reduced bacteria and fungi inside the boot by 99.9% on the liner surface.
- The UV-C lamps emit at 254 nm and are **ozone-free**; the cycle only starts when the lid is closed and stops at once
  when it is opened.
- The **Glove & Helmet Module 10** can only be fitted to the WallRack 40 Ion; it is not compatible with the
  MobileBench 24 UV or the WallRack 20.

## SmartDry Control Hub
One SmartDry Control Hub manages up to 8 units in the same building over the shop's Wi-Fi or a LAN cable. It sets
program timers (for example Overnight at 18:30 after the last return), sends a push alert when a filter or lamp is due,
and logs energy use per unit for 24 months. Units in different buildings need one hub each.

## Recommended routine for rental shops
1. Open the buckles and pull the liner tongue forward before placing boots on the tubes.
2. Use the Overnight program on busy days; Express only for same-day returns.
3. Spray the liner with DV-CLEAN once a week; never use chlorine-based products.
4. Empty MobileBench condensate trays every morning.

## What the units do not do
Dryvalla units do not remove visible dirt, do not dry boots that are soaked through (for example after a fall in a
stream) in one cycle, and do not replace the annual deep-cleaning of liners recommended by boot manufacturers.
"""

# ---------------------------------------------------------------- HTML page served as URL
HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Delivery, payment and returns – Dryvalla</title></head>
<body>
<h1>Delivery, payment and returns</h1>
<p>Dryvalla GmbH sells to rental shops, hotels and ski schools in Austria, Italy, Switzerland, Germany and France.
These conditions apply to all orders placed from 1 July 2025.</p>
<h2>Delivery</h2>
<ul>
<li>Standard delivery time is 4 to 6 weeks from the written order confirmation.</li>
<li>Pre-season orders: orders received by 15 October are delivered and installed before 1 December.</li>
<li>Freight is free for orders above EUR 25,000 net. Below that, a flat freight charge of EUR 240.00 per delivery
address applies (EUR 390.00 for Switzerland, including customs clearance).</li>
<li>Deliveries above 1,600 m altitude with no truck access are made to the nearest valley station; transfer by
cable car or snowcat is arranged and paid by the customer.</li>
</ul>
<h2>Payment</h2>
<ul>
<li>30% deposit on order, balance within 30 days of the commissioning date.</li>
<li>Service plans are invoiced per season in November and are payable within 14 days.</li>
<li>Late payments bear interest of 9.2 percentage points above the ECB base rate.</li>
</ul>
<h2>Returns</h2>
<p>Unused products in their original packaging can be returned within 14 days of delivery. A restocking fee of 12%
of the net price applies. Products that have been installed, custom-configured or connected to a SmartDry hub cannot
be returned. Consumables (filters, cartridges, lamps, DV-CLEAN) can be returned only if the seal is unbroken.</p>
<h2>Ownership</h2>
<p>Goods remain the property of Dryvalla GmbH until paid in full.</p>
</body></html>
"""

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "kb-hygiene-uvc-odour-control.md").write_text(KB, encoding="utf-8")
    (K / "delivery-payment-returns.html").write_text(HTML, encoding="utf-8")
    print("written:", sorted(p.name for p in K.iterdir()))
