"""Generate the four knowledge sources (+ HTML page) for the kingpin-lane-systems-bowling scenario.

Run with a Python that has python-docx and openpyxl; reportlab may live in a scratch folder:
    PYTHONPATH=/tmp/rlpkgs python make_sources.py
"""
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: service agreement schedule
def make_docx():
    from docx import Document
    d = Document()
    d.add_heading("Kingpin CareLane Service Agreement - Schedule 2: Service Levels (Gold and Silver)", 0)
    d.add_paragraph("Document KLS-SA-2025, version 4.2, effective 1 September 2025. This schedule forms part of the "
                    "CareLane Service Agreement between Kingpin Lane Systems Ltd (\"Kingpin\") and the customer named "
                    "on the order. It applies to venues of up to 16 lanes; larger venues are priced individually.")
    d.add_heading("1. Support hours", 1)
    d.add_paragraph("CareLane Gold: remote support desk and remote diagnostics 7 days a week, 09:00-23:00, including "
                    "UK bank holidays except 25 December. CareLane Silver: remote support Monday to Friday, "
                    "09:00-17:30, excluding UK bank holidays. Remote diagnostics require a fixed broadband line or a "
                    "4G router at the front desk with a minimum 5 Mbps upload speed, supplied by the customer.")
    d.add_heading("2. Fault priorities and on-site response", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Priority", "Definition", "Gold on-site response", "Silver on-site response"]):
        c.text = h
    rows = [
        ("P1", "Three or more lanes down, or the scoring system unavailable venue-wide",
         "Engineer on site within 4 hours", "Next business day"),
        ("P2", "One or two lanes down", "Engineer on site within 8 business hours", "Within 2 business days"),
        ("P3", "Cosmetic or non-urgent fault, lane still playable", "At the next preventive visit",
         "At the next preventive visit"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph("Response times run from the moment the fault is logged with the support desk by telephone or "
                    "through the VectorScore service portal. A fault logged outside support hours is deemed logged "
                    "at the start of the next support period. Silver customers may request an out-of-hours "
                    "emergency callout at £295 per visit plus £85 per hour on site.")
    d.add_heading("3. Preventive maintenance", 1)
    d.add_paragraph("Gold includes four preventive maintenance visits per year (quarterly), each covering pinsetter "
                    "string inspection and re-tensioning, ball return belt check, lane surface inspection and "
                    "topography reading on every lane, and a VectorScore health check. Silver includes two "
                    "preventive maintenance visits per year. Visits are scheduled at least 21 days in advance and "
                    "carried out before 12:00 where the venue opens at midday or later.")
    d.add_heading("4. Parts and consumables", 1)
    d.add_paragraph("Gold includes all replacement parts for the SP9 pinsetter, AirRise ball return and VectorScore "
                    "hardware, and up to 24 replacement strings per lane per contract year; additional strings are "
                    "charged at list price. Silver includes labour only; parts are charged at list price less 10%. "
                    "Pins, lane conditioner, cleaner and house balls are consumables and are not included under "
                    "either level.")
    d.add_heading("5. Lane availability commitment (Gold only)", 1)
    d.add_paragraph("Kingpin commits to 98.5% lane availability per quarter, measured by VectorScore across published "
                    "opening hours, excluding downtime caused by the customer, planned preventive visits and the "
                    "exclusions in section 6. For each full percentage point below 98.5%, the customer receives a "
                    "service credit of 5% of the quarterly fee, capped at 25% of the quarterly fee. Credits are "
                    "applied to the next quarterly invoice and are the customer's sole financial remedy for missed "
                    "availability.")
    d.add_heading("6. Exclusions", 1)
    d.add_paragraph("Not covered: damage from misuse, vandalism or dropped objects on the lane surface; water "
                    "ingress or flooding; power surges where the venue has no surge protection on the lane "
                    "circuits; use of lane conditioners or cleaners not approved by Kingpin; alterations or repairs "
                    "by third parties not approved by Kingpin in writing; relocation of equipment.")
    d.add_heading("7. Term, invoicing and termination", 1)
    d.add_paragraph("Minimum term: 3 years from the date of the commissioning certificate. Fees are invoiced "
                    "quarterly in advance. After the minimum term the agreement continues year to year and either "
                    "party may terminate with 90 days' written notice. An upgrade from Silver to Gold may be made at "
                    "any quarter date; a downgrade from Gold to Silver is only possible at the end of the minimum term.")
    d.save(K / "carelane-service-schedule.docx")


# ---------------------------------------------------------------- PDF: technical spec + site requirements
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(K / "sp9-technical-and-site-requirements.pdf"), pagesize=A4,
                            title="SP9 and SynLane 40 - Technical specification and site requirements")
    s = []
    P = lambda t, st="BodyText": s.append(Paragraph(t, ss[st]))
    P("SP9 String Pinsetter and SynLane 40 Lane Package", "Title")
    P("Technical specification and site requirements - Kingpin Lane Systems Ltd, document KLS-TS-09, issue C (2025)")
    P("1. SP9 string pinsetter", "Heading2")
    spec = [["Parameter", "Value"],
            ["Pinsetting principle", "String pinsetter, one string per pin (10 strings per lane)"],
            ["Cycle time", "6.5 seconds from ball detection to pins ready"],
            ["Electrical supply", "230 V single-phase, 50 Hz"],
            ["Power draw", "0.75 kW peak while cycling, 35 W on standby"],
            ["Weight", "310 kg per pinsetter"],
            ["Noise", "68 dB(A) at 1 m while cycling"],
            ["String life", "approx. 3,000 games per string under normal play"],
            ["Pins", "String pins with top eyelet, 1.47-1.64 kg, approved Kingpin pins only"]]
    t = Table(spec, colWidths=[150, 330])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("The SP9 has no pin deck elevator, sweep or turret; compared with a free-fall machine it has roughly 75% fewer "
      "moving parts. A string that breaks is detected automatically and the lane is paused with a console message; "
      "a trained operator can replace a string in about 10 minutes without tools other than the supplied hook.")
    P("2. SynLane 40 lane and approach", "Heading2")
    P("SynLane 40 is a high-pressure laminate lane surface, 8 mm thick, laid on an adjustable levelling substrate. "
      "Lane width 1,066 mm; foul line to head pin 18.29 m; approach length 4.6 m. Each package includes the lane "
      "panels, approach panels, gutters, capping, foul line sensors and the lane-pair divider (kickback) panels.")
    P("3. Site requirements (customer responsibilities)", "Heading2")
    for b in [
        "Floor slab flatness tolerance of 3 mm over any 3 m straight edge; new slabs must have cured for a minimum of 28 days and show less than 75% relative humidity in the slab before the substrate is laid.",
        "Ambient conditions during installation and in service: 15-30 °C and 40-65% relative humidity. The building must be weathertight, with permanent or temporary lighting of at least 300 lux.",
        "Electrical: one dedicated 16 A circuit per lane pair on a Type C MCB with RCBO protection, plus one 13 A socket per lane pair at the masking unit, installed and certified by the customer's electrician before installation starts. Surge protection on the lane circuits is required for CareLane cover.",
        "Data: one Cat6 cable from each lane-pair scoring console to the front desk, maximum run 90 m. Wi-Fi is not supported for consoles.",
        "Storage: a secure, dry storage area of 60 m² within 30 m of the lane area, and a skip for packaging waste.",
    ]:
        P("&bull; " + b)
    P("4. Installation", "Heading2")
    P("Kingpin carries out a lane dimension survey at least 6 weeks before installation. Installation of 12 lanes "
      "typically takes 15 working days on site with a 4-person crew, working Monday to Friday 08:00-18:00; other "
      "trades must not work in the lane area during the 5-day substrate and panel phase. Commissioning ends with a "
      "joint walk-through, test play on every lane and a signed commissioning certificate. If the site is not ready on "
      "the agreed start date, a re-mobilisation charge of £2,400 applies.")
    doc.build(s)


# ---------------------------------------------------------------- XLSX: price & spec list
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Equipment"
    ws.append(["Kingpin Lane Systems - UK Price and Specification List 2025 (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Lead time (weeks)", "Notes"])
    rows = [
        ("KLS-LANE-SL40", "SynLane 40 lane and approach package", "per lane", 9850.00, 8, "Includes gutters, capping, foul line sensors"),
        ("KLS-PS-SP9", "SP9 string pinsetter", "per lane", 14200.00, 14, "Includes masking unit and 10 string pins"),
        ("KLS-PS-FF7R", "FF7 free-fall pinsetter, reconditioned", "per lane", 11900.00, 10, "Not compatible with string pins"),
        ("KLS-SCR-VX55", "VectorScore lane-pair kit, console + 2 x 55-inch displays", "per lane pair", 6400.00, 6, "Commercial displays, 500 nits"),
        ("KLS-SCR-VX65", "VectorScore lane-pair kit, console + 2 x 65-inch displays", "per lane pair", 7150.00, 6, "Commercial displays, 500 nits"),
        ("KLS-SCR-VX75", "VectorScore lane-pair kit, console + 2 x 75-inch displays", "per lane pair", 8300.00, 7, "Commercial displays, 700 nits"),
        ("KLS-DESK-MGR", "VectorScore front desk manager station and venue licence", "per venue", 3900.00, 6, "Includes server, 2 touch terminals, receipt printer"),
        ("KLS-BR-AR2", "AirRise ball return", "per lane pair", 2750.00, 8, "Holds 12 balls"),
        ("KLS-BMP-AUTO", "Automatic bumpers", "per lane", 1180.00, 8, "Controlled from VectorScore per bowler"),
        ("KLS-INST-LANE", "Installation and commissioning", "per lane", 1650.00, "-", "Mon-Fri working hours"),
        ("KLS-TRN-DAY", "Operator training day on site (max 6 trainees)", "per day", 950.00, "-", "Pinsetter, scoring and front desk"),
        ("KLS-SVC-GOLD", "CareLane Gold service, venues up to 16 lanes", "per year", 18600.00, "-", "See service schedule"),
        ("KLS-SVC-SILV", "CareLane Silver service, venues up to 16 lanes", "per year", 11400.00, "-", "See service schedule"),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append([])
    ws.append(["Lead times run from receipt of deposit and signed order; lane packages ship once the lane dimension survey is approved."])
    for col, w in zip("ABCDEF", [16, 58, 14, 16, 18, 46]):
        ws.column_dimensions[col].width = w

    sp = wb.create_sheet("Spare parts")
    sp.append(["Spare parts and consumables - prices in GBP excluding VAT"])
    sp["A1"].font = Font(bold=True, size=13)
    sp.append([])
    sp.append(["SKU", "Part", "Unit", "Price (GBP)", "Typical life"])
    for r in [
        ("KLS-SP-STR10", "SP9 pinsetter string, pack of 10", "pack", 64.00, "approx. 3,000 games per string"),
        ("KLS-SP-PIN10", "String pin set (10 pins)", "set", 289.00, "12-18 months in a busy venue"),
        ("KLS-SP-BELT", "SP9 drive belt", "each", 42.50, "2 years"),
        ("KLS-SP-CUSH", "Pit cushion", "each", 118.00, "3 years"),
        ("KLS-SP-ARBELT", "AirRise ball return belt", "each", 76.00, "2 years"),
        ("KLS-SP-COND", "Approved lane conditioner, 3.8 litre", "bottle", 54.00, "approx. 900 games"),
    ]:
        sp.append(list(r))
    for col, w in zip("ABCDE", [16, 40, 10, 14, 34]):
        sp.column_dimensions[col].width = w

    vd = wb.create_sheet("Volume pricing")
    vd.append(["Volume pricing on lane packages and pinsetters (per order, same venue)"])
    vd["A1"].font = Font(bold=True, size=13)
    vd.append([])
    vd.append(["Lanes in order", "Lane package discount", "Pinsetter discount"])
    for r in [("6-11", "5%", "6%"), ("12-19", "10%", "12%"), ("20 or more", "12%", "15%")]:
        vd.append(list(r))
    vd.append([])
    vd.append(["Volume pricing does not apply to scoring, installation, training or service."])
    wb.save(K / "kingpin-price-list-2025.xlsx")


# ---------------------------------------------------------------- MD: KB article
MD = """# VectorScore scoring system: frequently asked questions

*Kingpin Lane Systems knowledge base, article KB-VS-014, updated October 2025.*

**What does a VectorScore installation consist of?**
Each lane pair has one VectorScore console (bowler entry touchscreen at the settee area) and two overhead
displays, one per lane. The front desk manager station runs the venue server, two touch terminals and a receipt
printer, and controls lane opening, pricing by game or by time, and bowler names.

**Which game modes are included?**
Standard ten-pin, 9-pin no-tap, Baker (team) format, and Kids mode with large animated frames. Where automatic
bumpers (KLS-BMP-AUTO) are fitted, bumpers can be raised or lowered per bowler on each turn.

**Where is our data hosted?**
Venue and booking data are stored on the front desk server and replicated to Kingpin's cloud in London data
centres (UK). Daily backups are retained for 35 days. Bowler photos taken at the console are deleted after 30 days.

**What happens if the internet connection or the front desk server goes down?**
Lanes keep scoring in offline mode for up to 72 hours and synchronise games and payments when the connection
returns. New lanes cannot be opened from the cloud booking module while offline; they can be opened at the front desk.

**Does the console work over Wi-Fi?**
No. Each lane-pair console needs a wired Cat6 connection to the front desk. Guest Wi-Fi is not used by the system.

**Are software updates free?**
Software updates and new game modes are included free for the first 36 months from commissioning. After that they
are included in CareLane Gold; venues without Gold pay £450 per lane pair per year for updates.

**Can online bookings flow into the lanes?**
Yes. The Kingpin BookLane module takes online bookings and deposits, and third-party booking platforms can connect
through the VectorScore open REST API (documentation on request under NDA).

**Which languages do the displays support?**
English, Welsh, French, German, Spanish and Polish; the language can be set per lane.

**Accessibility**
A "ramp" flag per bowler lets bowlers using a ball ramp appear normally on the display; the console screen can be
tilted down 20 degrees for wheelchair users.

**Displays**
Standard kits use commercial-grade displays rated for 18/7 operation at 500 nits. Display faults under warranty are
handled by on-site swap.
"""

# ---------------------------------------------------------------- HTML: warranty, delivery, returns page
HTML = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Warranty, delivery and returns | Kingpin Lane Systems</title></head>
<body>
<h1>Warranty, delivery and returns</h1>
<p>Applies to equipment sold by Kingpin Lane Systems Ltd to venues in the United Kingdom from 1 January 2025.</p>
<h2>Warranty periods</h2>
<table border="1">
<tr><th>Product</th><th>Warranty</th><th>Cover</th></tr>
<tr><td>SynLane 40 lane surface</td><td>10 years</td><td>Against delamination and wear-through of the playing surface; pro-rata after year 5</td></tr>
<tr><td>SP9 string pinsetter</td><td>24 months</td><td>Parts and labour, excluding strings and pins</td></tr>
<tr><td>VectorScore consoles and front desk hardware</td><td>36 months</td><td>Parts and labour</td></tr>
<tr><td>VectorScore displays</td><td>36 months</td><td>On-site swap within 3 business days</td></tr>
<tr><td>AirRise ball return</td><td>24 months</td><td>Parts and labour</td></tr>
<tr><td>FF7 reconditioned pinsetter</td><td>12 months</td><td>Parts only</td></tr>
</table>
<p>All warranty periods start on the date of the signed commissioning certificate, not the delivery date.
Use of lane conditioners or cleaners not approved by Kingpin voids the lane surface warranty. Warranty claims must be
logged within 14 days of the fault being noticed.</p>
<h2>Delivery</h2>
<p>UK mainland delivery is included in equipment prices. Deliveries to the Scottish Highlands and islands and to
Northern Ireland carry a surcharge of £1,200 per consignment. We deliver Monday to Friday between 07:30 and 16:00 on
tail-lift vehicles; pinsetters arrive on pallets of up to 420 kg, so the venue must have level access or a goods lift
rated for at least 500 kg. Delivery is booked at least 10 working days ahead.</p>
<h2>Returns</h2>
<p>Unused spare parts in original packaging can be returned within 30 days of delivery, subject to a 15% restocking
fee. Installed equipment, custom lane graphics and printed masking panels cannot be returned.</p>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "vectorscore-faq.md").write_text(MD, encoding="utf-8")
    (K / "warranty-delivery-returns.html").write_text(HTML, encoding="utf-8")
    print("sources written to", K)
