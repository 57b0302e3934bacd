"""Generate the knowledge sources of the lokkara-parcel-lockers scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder)
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


# ---------------------------------------------------------------- DOCX: service plans
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Lokkara Parcel Systems B.V. — Service Plans and Service Level Agreement", 0)
    d.add_paragraph("Document SLA-LK-2025, version 3.1, valid for contracts signed from 1 January 2025. "
                    "Applies to Lokkara M24 and M24-IN terminals and all satellite modules connected to them.")
    d.add_heading("1. Plans at a glance", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Item", "Silver (LK-SLA-SILVER)", "Gold (LK-SLA-GOLD)", "Platinum (LK-SLA-PLAT)"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    rows = [
        ("Price per terminal per year", "EUR 540", "EUR 960", "EUR 1,620"),
        ("Service hours", "Mon–Fri 08:00–18:00", "Mon–Sat 07:00–20:00", "24/7, including public holidays"),
        ("On-site response time", "within 2 business days", "within 8 business hours", "within 4 hours"),
        ("Preventive maintenance visits", "1 per year", "2 per year", "4 per year"),
        ("Spare parts", "charged at list price", "included", "included"),
        ("Monthly availability target", "none", "99.5%", "99.8%"),
        ("Vandalism repair", "excluded", "excluded", "included up to EUR 2,500 per incident"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("2. Remote support (all plans)", 1)
    d.add_paragraph("The Lokkara helpdesk (+31 30 555 0142, support@lokkara.example) monitors every terminal through "
                    "LockerNet. A recipient or carrier who cannot open a compartment can call the helpdesk 24/7: the "
                    "helpdesk opens the door remotely within 2 minutes of identity verification, on every plan. "
                    "Software faults are diagnosed remotely first; a technician is dispatched only when the fault "
                    "cannot be cleared remotely within 60 minutes.")
    d.add_heading("3. Availability and service credits (Gold and Platinum)", 1)
    d.add_paragraph("Availability is measured per terminal per calendar month as the share of minutes in which the "
                    "terminal accepted drop-offs and pickups. Planned maintenance announced 5 business days ahead and "
                    "outages caused by the customer's power supply or mobile network coverage are excluded. For each "
                    "full 0.5% below the target, the customer receives a service credit of 5% of the monthly plan fee "
                    "of the affected terminal, capped at 30% of that monthly fee. Credits are deducted from the next "
                    "annual invoice and must be claimed within 60 days after the end of the month concerned. Service "
                    "credits are the sole remedy for missed availability targets.")
    d.add_heading("4. Exclusions and chargeable work", 1)
    d.add_paragraph("Not covered by Silver or Gold: vandalism, graffiti removal, damage caused by vehicles, fire, "
                    "flooding and other force majeure events, and any modification not carried out by Lokkara. Such "
                    "work is billed on time and material: technician rate EUR 95 per hour, call-out fee EUR 145 per "
                    "visit, parts at list price. Platinum covers vandalism repair up to EUR 2,500 per incident and a "
                    "maximum of 3 incidents per terminal per contract year; beyond that, time and material applies.")
    d.add_paragraph("Parcel contents: Lokkara is not liable for the loss of, or damage to, parcels stored in a "
                    "terminal. Liability for parcel contents is governed by the agreements between the customer, the "
                    "carriers and the recipients.")
    d.add_heading("5. Preventive maintenance", 1)
    d.add_paragraph("A preventive visit covers: lock actuator test on every compartment, door seal inspection, "
                    "touchscreen calibration, cleaning of the scanner window, backup battery test, firmware update, and "
                    "a photo report uploaded to LockerNet within 48 hours. Visits are scheduled outside the site's peak "
                    "hours (by default 10:00–15:00 on weekdays).")
    d.add_heading("6. Term and plan changes", 1)
    d.add_paragraph("Service plans run for the same minimum term as the LockerNet licence of the terminal. A plan can be "
                    "upgraded at any time (pro rata billing from the next month). A downgrade takes effect only at the "
                    "renewal anniversary and requires 90 days' written notice. Terminals relocated by the customer "
                    "without Lokkara's relocation service lose plan coverage until Lokkara has inspected them "
                    "(inspection fee EUR 290).")
    d.save(K / "lokkara-service-plans-sla.docx")


# ---------------------------------------------------------------- PDF: installation guide
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]
    doc = SimpleDocTemplate(str(K / "lokkara-installation-site-guide.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Lokkara Installation and Site Requirements Guide")
    s = [Paragraph("Lokkara Installation and Site Requirements Guide", h1),
         Paragraph("Document INS-LK-07, edition April 2025. For outdoor M24 terminals, satellite modules S16 and L8, "
                   "the solar kit and the ArcticPack heater.", body), Spacer(1, 6)]
    sec = [
        ("1. Site survey", "Every site is surveyed by Lokkara before the order is confirmed. The survey checks ground "
         "conditions, the distance to the nearest power supply, 4G signal strength (minimum -95 dBm RSRP at the "
         "terminal position), vehicle access for the delivery truck (3.5 t tail-lift vehicle, 3.2 m clear height) "
         "and the accessibility route. Survey findings are binding for the installation scope."),
        ("2. Foundation", "The customer provides a reinforced concrete slab of strength class C25/30, 200 mm thick, "
         "extending at least 300 mm beyond the terminal footprint on every side. Level tolerance is +/- 3 mm over "
         "2 m. The slab must cure for at least 7 days before installation. For a full M24 set the footprint is "
         "2,400 mm x 680 mm; each additional satellite module adds 600 mm to the width. Installation on asphalt "
         "or paving stones is not permitted."),
        ("3. Power supply", "Mains-powered terminals need a dedicated 230 V circuit protected by a 10 A breaker and a "
         "30 mA RCD, terminated in an outdoor junction box within 1 m of the master column. Typical consumption: "
         "45 W standby, 180 W peak. The ArcticPack heater (LK-ARC-HEAT) adds up to 400 W and extends the operating "
         "range from -20 °C to -35 °C; without it the terminal operates between -20 °C and +45 °C. The master "
         "column holds a backup battery that keeps the terminal running for 8 hours after a power failure "
         "(approximately 150 pickups)."),
        ("4. Solar kit", "The solar kit (LK-SOLAR-KIT) consists of 2 x 410 Wp panels mounted on the canopy and a "
         "2.4 kWh LiFePO4 battery, giving an autonomy of 3 days without sun. It is suitable only for sites with at "
         "most 60 pickups per day, requires the canopy (LK-CANOPY) and cannot power the ArcticPack heater. Panels "
         "must face between south-east and south-west with no shading between 10:00 and 16:00."),
        ("5. What standard installation includes", "Standard installation (LK-INST-STD, EUR 1,950 per site) covers "
         "delivery to the slab, anchoring with M12 chemical anchors, levelling, connection to the prepared junction "
         "box, network activation, commissioning, a carrier test drop for each integrated carrier, and removal of "
         "packaging. It excludes trenching, cable runs longer than 1 m, groundworks and permits. Extended "
         "installation (LK-INST-EXT, EUR 3,400 per site) adds up to 15 m of trenching and cable run in soft ground "
         "and the electrical certificate; longer runs or hard surfaces are quoted after the survey."),
        ("6. Permits and responsibilities", "The customer obtains planning or advertising permits where the "
         "municipality requires them and the landowner's consent. Lokkara supplies drawings and a load statement "
         "within 5 business days of request."),
        ("7. Lead times", "Hardware lead time counts from order confirmation: 6 weeks in standard colour RAL 7016 "
         "(anthracite grey); 9 weeks for any other RAL colour; 10 weeks for a full-wrap printed branding "
         "(LK-WRAP). One installation crew completes up to 2 sites per day within the same region. Installation "
         "dates are confirmed 15 business days in advance; a rescheduling requested by the customer less than 5 "
         "business days before the date is charged EUR 450 per site."),
        ("8. Acceptance", "Each site is accepted on a commissioning protocol signed by the customer's site contact. "
         "If the customer does not sign or report defects within 5 business days, the site counts as accepted. "
         "Minor defects that do not prevent use do not block acceptance."),
    ]
    for title, txt in sec:
        s += [Paragraph(title, h2), Paragraph(txt, body)]
    s += [Spacer(1, 6), Paragraph("Clearances", h2)]
    tbl = Table([["Zone", "Minimum"],
                 ["Free space in front of the terminal", "1,500 mm"],
                 ["Side clearance to walls", "100 mm"],
                 ["Distance to a driving lane (with bollards)", "500 mm"],
                 ["Touchscreen centre height", "1,100 mm"]], colWidths=[110 * mm, 50 * mm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s.append(tbl)
    doc.build(s)


# ---------------------------------------------------------------- XLSX: price and spec sheet
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Hardware"
    ws.append(["Lokkara Price List 2025 — Hardware (EUR, excl. VAT, valid 1 Jan – 31 Dec 2025)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Compartments", "W x H x D (mm)", "Weight (kg)", "Protection", "List price (EUR)"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("LK-M24-OUT", "M24 outdoor column set: master column with touchscreen + 3 satellite columns",
         "72 (36 S, 24 M, 12 L)", "2,400 x 1,950 x 680", "820 kg", "IP54", 14850),
        ("LK-M24-IN", "M24 indoor column set (no weather seals, no canopy mounts)",
         "72 (36 S, 24 M, 12 L)", "2,400 x 1,950 x 640", "760 kg", "IP30", 11900),
        ("LK-SAT-S16", "Satellite extension module S16", "16 S", "600 x 1,950 x 680", "165 kg", "IP54", 3240),
        ("LK-SAT-L8", "Satellite extension module L8", "8 L", "600 x 1,950 x 680", "178 kg", "IP54", 3590),
        ("LK-SOLAR-KIT", "Off-grid solar kit: 2 x 410 Wp panels, 2.4 kWh LiFePO4 battery", "-", "-", "64 kg", "-", 2180),
        ("LK-ARC-HEAT", "ArcticPack compartment heater (to -35 °C)", "-", "-", "12 kg", "-", 1150),
        ("LK-CANOPY", "Canopy roof for one M24 set, LED lighting", "-", "2,600 x 120 x 1,100", "95 kg", "-", 1480),
        ("LK-WRAP", "Full-wrap printed branding per M24 set", "-", "-", "-", "-", 1350),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEFG", (15, 70, 22, 22, 12, 11, 16)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Services & Software")
    ws2.append(["Lokkara Price List 2025 — Services, software and plans (EUR, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "Unit", "List price (EUR)", "Conditions"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    rows2 = [
        ("LK-INST-STD", "Standard installation", "per site", 1950, "Cable run max 1 m, slab by customer"),
        ("LK-INST-EXT", "Extended installation", "per site", 3400, "Up to 15 m trenching in soft ground"),
        ("LK-CLOUD-NET", "LockerNet cloud platform licence", "per terminal per year", 1140,
         "Minimum term 36 months; unlimited transactions, fair use 400 pickups per terminal per day"),
        ("LK-SLA-SILVER", "Silver service plan", "per terminal per year", 540, "See SLA-LK-2025"),
        ("LK-SLA-GOLD", "Gold service plan", "per terminal per year", 960, "See SLA-LK-2025"),
        ("LK-SLA-PLAT", "Platinum service plan", "per terminal per year", 1620, "See SLA-LK-2025"),
        ("LK-API-CARR", "Carrier integration pack (up to 4 carriers)", "one-off", 6500,
         "Pre-built: PostNL, DHL, DPD, GLS"),
        ("LK-CARR-ADD", "Additional carrier connector", "per carrier, one-off", 1800, "Delivered within 8 weeks"),
        ("LK-TRAIN", "Store staff training, half-day remote session", "per session", 480, "Max 15 participants"),
        ("LK-EXT-WAR3", "Electronics warranty extension +3 years", "per terminal", 390, "Order before commissioning"),
        ("LK-RELOC", "Terminal relocation service", "per terminal", 2200, "Excludes new slab and power"),
    ]
    for r in rows2:
        ws2.append(list(r))
    for col, w in zip("ABCDE", (15, 46, 22, 16, 70)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Compartment sizes")
    ws3.append(["Lokkara compartment sizes (internal dimensions)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Size", "H x W x D (cm)", "Max parcel weight", "Typical use"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [("S", "9 x 38 x 64", "10 kg", "Letterbox parcels, clothing"),
              ("M", "19 x 38 x 64", "20 kg", "Shoe boxes, small electronics"),
              ("L", "41 x 38 x 64", "30 kg", "Grocery crates, bulky parcels")]:
        ws3.append(list(r))
    wb.save(K / "lokkara-price-spec-sheet-2025.xlsx")


# ---------------------------------------------------------------- Markdown: KB article
MD = """# LockerNet platform: frequently asked questions

*Knowledge-base article KB-LN-112, last reviewed March 2025. Applies to the LockerNet cloud platform licence (LK-CLOUD-NET).*

## Pickup codes and dwell time
- A pickup code is sent to the recipient by SMS and e-mail when the carrier closes the compartment.
- Codes are valid for **72 hours** by default; the operator can set any value between 24 and 168 hours per site.
- Reminders go out 24 hours and 6 hours before expiry. An expired parcel is flagged for carrier return and
  appears on the carrier's next-route pick list.
- Recipients can extend a code once by 24 hours from the tracking link, unless the operator disables it.

## Carriers
- The carrier integration pack (LK-API-CARR) includes up to 4 carriers; pre-built connectors exist for PostNL,
  DHL, DPD and GLS. Each additional carrier connector costs EUR 1,800 one-off and is delivered within 8 weeks.
- Returns drop-off: a recipient scans the carrier's return label at the terminal and the best-fitting free
  compartment opens. Return parcels are collected by the carrier on its next visit.
- Dynamic allocation: compartments are not reserved per carrier; the platform assigns the smallest free size
  that fits the declared parcel dimensions.

## API and integrations
- REST API with OAuth 2.0 client credentials; webhooks for drop-off, pickup, expiry and door-fault events.
- Rate limit: 600 requests per minute per tenant; bursts above that receive HTTP 429.
- Single sign-on via SAML 2.0 is included for back-office users; roles: operator admin, site manager,
  helpdesk viewer, carrier dispatcher.
- Reporting exports as CSV or through the API; a daily utilisation report per terminal is e-mailed at 06:00.

## Data protection and hosting
- All data is hosted in the EU (data centres in Frankfurt and Amsterdam).
- Recipient personal data (name, phone number, e-mail) is deleted 30 days after pickup or return.
- Audit logs of door openings are kept for 12 months.
- Lokkara acts as processor; the customer signs the Lokkara data processing agreement (DPA-LK v2) with the order.

## Licence scope
- The licence is priced per terminal (one master column and its satellites) and covers unlimited transactions,
  subject to a fair-use limit of 400 pickups per terminal per day.
- Platform availability target: 99.9% per month, excluding announced maintenance windows (Tuesdays 02:00–04:00 CET).
- The minimum term is 36 months from commissioning of each terminal; the licence renews for 12-month periods
  unless terminated with 90 days' notice.
"""

# ---------------------------------------------------------------- HTML: warranty page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lokkara warranty and hardware returns</title></head>
<body>
<h1>Warranty and hardware returns</h1>
<p>This page describes the standard warranty on Lokkara parcel-locker hardware sold from 1 January 2025.</p>
<h2>Warranty periods</h2>
<table border="1">
<tr><th>Component</th><th>Warranty</th></tr>
<tr><td>Cabinet structure, housing and doors (corrosion and structural failure)</td><td>5 years</td></tr>
<tr><td>Electronics: touchscreen, controller, scanner, lock actuators</td><td>2 years</td></tr>
<tr><td>Backup battery and solar kit battery</td><td>12 months</td></tr>
<tr><td>Solar panels (manufacturer warranty passed through)</td><td>10 years</td></tr>
</table>
<p>The warranty starts at commissioning of the terminal, and at the latest 3 months after delivery if commissioning
is delayed for reasons attributable to the customer. The electronics warranty can be extended by 3 years
(LK-EXT-WAR3, EUR 390 per terminal) if ordered before commissioning.</p>
<h2>What the warranty does not cover</h2>
<ul>
<li>Vandalism, vehicle impact, fire, flooding and lightning.</li>
<li>Wear parts: door seals and the touchscreen protective film.</li>
<li>Damage caused by installation on a foundation that does not meet Lokkara's site requirements.</li>
<li>Terminals moved without the Lokkara relocation service (LK-RELOC, EUR 2,200 per terminal).</li>
</ul>
<h2>Dead on arrival and repairs</h2>
<p>Parts that are defective on arrival are replaced within 5 business days. Warranty repairs on site are free of
charge for parts and labour; customers without a service plan pay the call-out fee of EUR 145 per visit.</p>
<h2>End of life</h2>
<p>When Lokkara replaces a terminal, it collects the old modules for recycling free of charge. Collection of
terminals that are not replaced by Lokkara costs EUR 650 per column set.</p>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "lockernet-platform-faq.md").write_text(MD, encoding="utf-8")
    (K / "lokkara-warranty.html").write_text(HTML, encoding="utf-8")
    print("sources written to", K)
