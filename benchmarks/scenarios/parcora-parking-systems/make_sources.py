"""Generate the four-format knowledge sources for the parcora-parking-systems scenario.

Run with a Python that has python-docx, openpyxl and reportlab, e.g.
    PYTHONPATH=/tmp/rlpkgs /work/main/.venv/bin/python make_sources.py
(reportlab installed with `pip install --target /tmp/rlpkgs reportlab`).
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

HERE = Path(__file__).resolve().parent
OUT = HERE / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: service plans
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Parcora Parking Systems Ltd - Service Plans and Service Levels (SLA-2025, issue 3)", 0)
    d.add_paragraph(
        "This document describes the Silver, Gold and Platinum service plans for Parcora barrier lanes, "
        "entry and exit terminals, pay stations and the ParkCentral cloud platform. It forms part of every "
        "service plan order. A plan covers the equipment listed on the customer's order at one car park site, "
        "for up to 8 lanes and 4 pay stations; larger sites are priced individually."
    )
    d.add_heading("1. Plan comparison", 1)
    rows = [
        ("Item", "Silver", "Gold", "Platinum"),
        ("Preventive maintenance visits per year", "1 visit", "2 visits", "4 visits"),
        ("Helpdesk hours", "Mon-Fri 08:00-18:00", "7 days, 07:00-22:00", "24/7, 365 days"),
        ("Remote diagnosis start (from ticket logged)", "within 4 business hours", "within 1 hour", "within 30 minutes"),
        ("On-site response, critical fault", "next business day", "4 hours", "2 hours"),
        ("On-site response, non-critical fault", "3 business days", "next business day", "next business day"),
        ("Wear parts (motors, loop detectors, printers, hoppers)", "charged at list price", "included", "included"),
        ("Replacement booms after vehicle impact", "charged", "charged", "included, up to 4 per year"),
        ("Availability target per lane per month", "none", "98.5%", "99.5%"),
        ("Remote software updates", "included", "included", "included"),
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph(
        "Annual plan fees (excluding VAT): Silver GBP 4,900, Gold GBP 7,800, Platinum GBP 12,600 per site. "
        "Plan fees are invoiced annually in advance from the commissioning date."
    )
    d.add_heading("2. Fault categories", 1)
    d.add_paragraph(
        "A critical fault is a fault that prevents a lane from admitting or releasing vehicles, or a pay station "
        "that cannot accept any payment method. A non-critical fault is any other fault, for example one payment "
        "method unavailable (coins only, or card only), a receipt printer fault, a damaged LED strip or a faulty "
        "intercom. Where a barrier can be raised manually and locked open, the fault stays critical until the lane "
        "works automatically again."
    )
    d.add_paragraph(
        "Response times run from the time the ticket is logged with the Parcora helpdesk (phone 0333 014 2270 or "
        "the ParkCentral portal) and only during the plan's helpdesk hours; a critical fault logged outside them is "
        "treated as logged at the next opening time. Response times apply to sites within 60 miles of a Parcora "
        "service hub (Manchester, Birmingham, Reading, Glasgow); for sites further away add 2 hours to each "
        "on-site response time."
    )
    d.add_heading("3. Availability and service credits", 1)
    d.add_paragraph(
        "Availability is measured per lane per calendar month by ParkCentral, excluding planned maintenance "
        "agreed with the customer and excluded events (section 4). If the monthly availability of a lane falls "
        "below the plan's target, Parcora credits 5% of the monthly plan fee for each full 0.5 percentage point "
        "below target, capped at 50% of that month's plan fee. Credits are applied to the next annual invoice and "
        "must be claimed within 60 days of the end of the month concerned."
    )
    d.add_heading("4. Exclusions", 1)
    for s in [
        "Damage from vandalism, fire, flooding or vehicle impact (except replacement booms under Platinum).",
        "Faults caused by the customer's power supply, network or building works, or by third-party equipment.",
        "Consumables: tickets, receipt rolls, LED boom strips after the first 12 months.",
        "Cash handling: emptying cash boxes, coin and note collection, counting and banking are not included in any plan.",
        "Configuration changes requested by the customer beyond 4 hours per year (Gold) or 10 hours per year (Platinum).",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("5. Charged call-outs", 1)
    d.add_paragraph(
        "Visits outside the plan, or for excluded faults, are charged at GBP 145 per engineer hour, minimum 2 hours, "
        "plus a travel charge of GBP 85 per visit. Parts are charged at the price list in force."
    )
    d.add_heading("6. Term", 1)
    d.add_paragraph(
        "Each plan runs for 12 months from the commissioning date and renews automatically for further 12-month "
        "periods unless either party gives written notice at least 90 days before the renewal date. A customer may "
        "upgrade a plan at any time; the difference in fee is charged pro rata. Downgrades take effect only at renewal."
    )
    d.save(OUT / "parcora-service-plans-sla.docx")


# ---------------------------------------------------------------- PDF: technical datasheet
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 11.5
    doc = SimpleDocTemplate(str(OUT / "parcora-bx400-aps700-datasheet.pdf"), pagesize=A4,
                            leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            title="Parcora BX400 / ET-2 / XT-2 / APS-700 technical datasheet")
    el = [Paragraph("Parcora technical datasheet: BX400 barrier, ET-2 / XT-2 terminals, APS-700 pay station", ss["Title"]),
          Paragraph("Document TD-2025-07, revision C. Specifications apply to units shipped from 1 March 2025.", body),
          Spacer(1, 4 * mm)]

    def table(title, rows):
        el.append(Paragraph(title, ss["Heading2"]))
        t = Table(rows, colWidths=[62 * mm, 116 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        el.append(t)
        el.append(Spacer(1, 3 * mm))

    table("1. BX400 rising-arm barrier", [
        ["Parameter", "Value"],
        ["Boom lengths", "3.0 m, 4.0 m or 6.0 m aluminium; 6.0 m requires the boom support post"],
        ["Opening time", "1.2 s (3.0 m boom), 1.8 s (4.0 m boom), 3.5 s (6.0 m boom)"],
        ["Duty cycle / MCBF", "100% duty cycle; mean cycles between failures 3,000,000"],
        ["Drive", "24 V DC brushless motor with encoder, oil-free gearbox"],
        ["Power supply", "230 V AC 50 Hz; 150 W maximum, 12 W standby"],
        ["Battery backup (option PCX-UPS-B)", "up to 300 open/close cycles during a mains failure"],
        ["Ingress protection", "IP55 cabinet"],
        ["Operating temperature", "-30 C to +55 C (heater kit PCX-HTR required below -20 C)"],
        ["Safety", "EN 12453:2017 and EN 13241:2003+A2:2016; obstacle detection by motor current "
                   "monitoring plus safety loop; optional photocell pair PCX-PHC"],
        ["Breakaway coupling", "boom releases on impact without damage to the gearbox"],
        ["Cabinet", "hot-dip galvanised steel, powder coated RAL 2004; weight 78 kg"],
    ])
    table("2. ET-2 entry terminal and XT-2 exit terminal", [
        ["Parameter", "Value"],
        ["ET-2 ticket stock", "5,000 barcode tickets (fan-fold); low-stock alarm at 500 tickets"],
        ["ET-2 functions", "ticket issue, QR/barcode season passes, ANPR plate capture, VoIP intercom, 7-inch display"],
        ["XT-2 functions", "ticket and QR reading, EMV contactless payment at exit, ANPR exit validation, VoIP intercom"],
        ["Ingress protection", "IP54"],
        ["Power supply", "230 V AC; 180 W maximum including heater"],
    ])
    table("3. APS-700 automatic pay station", [
        ["Parameter", "Value"],
        ["Coins accepted", "5p, 10p, 20p, 50p, GBP 1, GBP 2; 4 recycling coin hoppers; coin vault 2,500 coins"],
        ["Notes accepted", "£5, £10, £20 (£50 notes are not accepted); note recycler 80 notes per denomination "
                           "(£10 and £20 drums); cashbox 600 notes"],
        ["Card payments", "EMV chip and PIN, contactless cards and mobile wallets (Apple Pay, Google Pay); "
                          "card reader certified PCI PTS 6.x"],
        ["Receipt printer", "thermal, 80 mm roll, approx. 3,000 receipts per roll"],
        ["Display", "15.6-inch sunlight-readable touchscreen, 1,000 nits"],
        ["Accessibility", "all payment slots between 900 mm and 1,200 mm above floor, in line with BS 8300-2:2018 "
                          "reach ranges; audio guidance and high-contrast mode"],
        ["Network", "Ethernet 100 Mbit/s with built-in 4G fallback modem"],
        ["Power supply", "230 V AC; 350 W peak including heater"],
        ["Operating temperature", "-20 C to +50 C"],
        ["Ingress protection", "IP54; outdoor positions exposed to driving rain need canopy PCX-CAN-01"],
        ["Dimensions / weight", "1,780 x 620 x 480 mm (H x W x D); 265 kg; bolted to a concrete plinth"],
    ])
    el.append(Paragraph("4. Installation notes", ss["Heading2"]))
    el.append(Paragraph(
        "Each barrier uses two induction loops (safety loop under the boom, arming loop in front of it). Loops are "
        "saw-cut into asphalt or concrete; block paving needs pre-formed loops laid before the paving. The APS-700 "
        "must stand on a level plinth of at least 150 mm reinforced concrete; Parcora supplies the fixing template. "
        "Keep at least 800 mm clear in front of the pay station for wheelchair access. All units need a dedicated "
        "supply and a wired network connection; the 4G modem of the APS-700 is a fallback only and must not be "
        "used as the permanent connection.", body))
    doc.build(el)


# ---------------------------------------------------------------- XLSX: price list
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    ws = wb.active
    ws.title = "Products"
    ws.append(["Parcora Parking Systems - Price list 2025 (GBP, excluding VAT) - valid 1 April 2025 to 31 March 2026"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Lead time (weeks)"])
    for c in ws[3]:
        c.font = bold
    products = [
        ("PCX-BX400-3", "BX400 rising-arm barrier, 3.0 m aluminium boom, LED strip", "each", 3190, 6),
        ("PCX-BX400-4", "BX400 rising-arm barrier, 4.0 m aluminium boom, LED strip", "each", 3450, 6),
        ("PCX-BX400-6", "BX400 rising-arm barrier, 6.0 m boom with boom support post", "each", 4280, 8),
        ("PCX-ENT-TK2", "ET-2 entry terminal, ticket dispenser, intercom, ANPR-ready", "each", 6800, 8),
        ("PCX-EXT-TV2", "XT-2 exit terminal, ticket reader, contactless, intercom", "each", 5900, 8),
        ("PCX-APS-700", "APS-700 automatic pay station (coins, notes, cards)", "each", 14250, 10),
        ("PCX-APS-300", "APS-300 cashless pay station (card, contactless, mobile wallets only)", "each", 8950, 8),
        ("PCX-ANPR-KIT", "ANPR camera kit (camera, IR illuminator, bracket), per lane", "per lane", 1180, 4),
        ("PCX-PC-LIC", "ParkCentral cloud licence, 12 months", "per lane", 420, 0),
        ("PCX-INST-SITE", "Site installation, loops and commissioning", "per site", "quoted after survey", 0),
        ("PCX-SLA-SILVER", "Silver service plan, 12 months (up to 8 lanes / 4 pay stations)", "per site", 4900, 0),
        ("PCX-SLA-GOLD", "Gold service plan, 12 months (up to 8 lanes / 4 pay stations)", "per site", 7800, 0),
        ("PCX-SLA-PLAT", "Platinum service plan, 12 months (up to 8 lanes / 4 pay stations)", "per site", 12600, 0),
    ]
    for p in products:
        ws.append(list(p))
    ws.append([])
    ws.append(["Lead times run from order confirmation and the completed site survey. Volume prices on request."])

    ws2 = wb.create_sheet("Options")
    ws2.append(["Parcora options and accessories 2025 (GBP, excluding VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["SKU", "Description", "Fits", "Price (GBP)", "Note"])
    for c in ws2[2]:
        c.font = bold
    for r in [
        ("PCX-UPS-B", "Barrier UPS battery module", "BX400", 385, "up to 300 cycles in a mains failure"),
        ("PCX-HTR", "Cabinet heater kit", "BX400", 120, "needed below -20 C"),
        ("PCX-PHC", "Safety photocell pair with post", "BX400", 165, ""),
        ("PCX-RAL", "Custom RAL colour for a cabinet", "BX400, ET-2, XT-2, APS-700", 95, "per cabinet; standard colour RAL 2004"),
        ("PCX-CAN-01", "Stainless steel canopy", "APS-700, APS-300", 1450, "required where exposed to driving rain"),
        ("PCX-ICM-EXT", "Intercom extension to a second answering point", "ET-2, XT-2, APS-700", 640, "per site"),
        ("PCX-LOOP", "Additional or pre-formed induction loop", "BX400", 210, "pre-formed loops for block paving"),
    ]:
        ws2.append(list(r))

    ws3 = wb.create_sheet("Spare parts")
    ws3.append(["Parcora spare parts and consumables 2025 (GBP, excluding VAT)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append(["SKU", "Part", "Fits", "Price (GBP)", "Stock"])
    for c in ws3[2]:
        c.font = bold
    for r in [
        ("PCX-SP-BOOM3", "Standard 3.0 m aluminium boom", "BX400-3", 265, "in stock"),
        ("PCX-SP-BOOM4", "Standard 4.0 m aluminium boom", "BX400-4", 310, "in stock"),
        ("PCX-SP-BOOM4A", "Articulated 4.0 m boom for low headroom (min. 2.3 m)", "BX400-4", 540, "2 weeks"),
        ("PCX-SP-LED4", "LED boom strip, 4.0 m", "BX400-4", 95, "in stock"),
        ("PCX-SP-LOOPDET", "Dual-channel loop detector card", "BX400", 145, "in stock"),
        ("PCX-SP-TKT", "Barcode tickets, pack of 5,000", "ET-2", 68, "in stock"),
        ("PCX-SP-RCPT", "Thermal receipt rolls 80 mm, box of 12", "APS-700, APS-300, XT-2", 54, "in stock"),
        ("PCX-SP-NRD", "Note recycler drum", "APS-700", 1240, "3 weeks"),
        ("PCX-SP-COIN", "Recycling coin hopper", "APS-700", 480, "in stock"),
    ]:
        ws3.append(list(r))
    for w in (ws, ws2, ws3):
        w.column_dimensions["A"].width = 17
        w.column_dimensions["B"].width = 62
        w.column_dimensions["C"].width = 24
        w.column_dimensions["D"].width = 18
        w.column_dimensions["E"].width = 34
        for row in w.iter_rows(min_row=2):
            if isinstance(row[3].value, (int, float)):
                row[3].number_format = "#,##0.00"
    wb.save(OUT / "parcora-price-list-2025.xlsx")


# ---------------------------------------------------------------- MD: knowledge-base article
KB = """# Installation and commissioning: what to expect and what your site must provide

*Parcora knowledge base, article KB-114, last reviewed September 2025*

## Timeline
1. **Site survey** within 10 working days of order confirmation. The surveyor confirms loop positions, plinth
   sizes, cable routes and the lane sequence.
2. **Manufacture and delivery**: the longest lead time on the order sets the date (see the price list; the APS-700
   pay station is the longest at 10 weeks).
3. **Installation**: a site with 6 lanes and 4 pay stations typically takes **8 working days** on site. Lanes are
   replaced in pairs so that at least one entry and one exit lane stay open throughout.
4. **Commissioning and acceptance test**: 1 day. The customer signs the commissioning certificate; if it is not
   signed within 5 working days and no defect has been reported in writing, the installation is deemed accepted.
5. **Training**: two sessions of 3 hours for up to 8 staff each, on site, covering ParkCentral, cash handling
   and first-line fault clearing.

## What the site must provide
- A **dedicated 230 V, 16 A radial circuit** to each barrier island and to each pay station position, with RCBO
  protection, terminated in an isolator within 1 m of the unit.
- A wired network connection (Cat6 or fibre) to each island and pay station, with outbound HTTPS (port 443) to
  ParkCentral. Static IP addresses are not required.
- 110 mm ducting between islands and the nearest comms room where no spare duct exists.
- Traffic management and permits for any work on the public highway (not included by Parcora).

## What Parcora's installation includes
- Concrete plinths for barriers and pay stations, saw-cut induction loops (40 mm deep, sealed with bitumen loop
  sealant) in asphalt or concrete, cabling from the isolator to the unit and all configuration.
- Removal and WEEE-compliant disposal of up to 6 existing barriers; further units are quoted separately.
- A starter stock of 10,000 tickets and 24 receipt rolls.

## Out-of-hours and phased work
Standard installation hours are 07:00 to 19:00, Monday to Saturday. Work between 22:00 and 06:00, requested so
that the car park can trade normally, carries a surcharge of **35%** on the installation labour element. Block
paving needs pre-formed loops (PCX-LOOP) laid before the paving is relaid, which adds about 2 days per lane.

## After go-live
The first 30 days after commissioning include an engineer visit in week 2 to tune loop sensitivity and barrier
timings, whatever service plan is chosen.
"""


# ---------------------------------------------------------------- HTML: warranty & payments FAQ page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Warranty, returns and payment compliance | Parcora Parking Systems</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/products">Products</a> | <a href="/support">Support</a></nav></header>
<main>
<h1>Warranty, returns and payment compliance - frequently asked questions</h1>
<p>Updated 2 June 2025. Applies to equipment supplied by Parcora Parking Systems Ltd in the United Kingdom and Ireland.</p>

<h2>How long is the warranty?</h2>
<table border="1">
<tr><th>Equipment</th><th>Warranty (from the commissioning date)</th></tr>
<tr><td>BX400 barriers</td><td>36 months parts and labour; motor and gearbox 5 years parts only</td></tr>
<tr><td>ET-2 entry and XT-2 exit terminals</td><td>24 months parts and labour</td></tr>
<tr><td>APS-700 and APS-300 pay stations</td><td>24 months parts and labour</td></tr>
<tr><td>ANPR camera kits</td><td>12 months parts only</td></tr>
<tr><td>Booms, LED strips, tickets, receipt rolls</td><td>not covered (wear and impact parts)</td></tr>
</table>
<p>The warranty is void for any unit whose sealed enclosures are opened by people who have not been trained by
Parcora. Warranty repairs follow the response times of the service plan in force, or next business day + 2 days
if there is no service plan.</p>

<h2>How are card payments kept secure?</h2>
<p>Parcora is a PCI DSS Level 1 service provider. Card data is encrypted point-to-point (P2PE) in the card reader and
is never stored on the pay station or in ParkCentral. Money settles directly into the car park operator's own
merchant account. Supported acquirers: Worldpay, Barclaycard, Elavon and Global Payments; others on request after
a certification project.</p>
<p>The ParkCentral payment gateway charges 3.5p per card transaction, invoiced monthly, in addition to the
acquirer's own fees. Cash transactions carry no gateway fee.</p>

<h2>What does the ParkCentral licence include?</h2>
<p>Hosting in UK data centres (London and Manchester), all software updates, 99.9% platform uptime per month,
occupancy and revenue dashboards, season-pass management, CSV export and a reporting API. The licence is per lane
per year; pay stations do not need their own licence.</p>

<h2>Can spare parts be returned?</h2>
<p>Unused spare parts in their original packaging can be returned within 30 days of delivery, with a 15% restocking
fee. Consumables and custom-colour parts cannot be returned.</p>

<h2>How long will spare parts be available?</h2>
<p>Parcora keeps spare parts available for 10 years after a model is discontinued.</p>
</main>
<footer>Parcora Parking Systems Ltd, Unit 4 Harbour Park, Warrington WA5 7ZB. Registered in England no. 09814432.</footer>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (OUT / "kb-installation-commissioning.md").write_text(KB, encoding="utf-8")
    (OUT / "warranty-payments-faq.html").write_text(HTML, encoding="utf-8")
    print("written:", sorted(p.name for p in OUT.iterdir()))
