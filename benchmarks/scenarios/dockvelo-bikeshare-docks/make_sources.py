"""Generate the four knowledge sources (+ one HTML page) of the dockvelo-bikeshare-docks scenario.

Run with the project venv; reportlab may live in /tmp/rl2:
    /work/main/.venv/bin/python make_sources.py
"""
import os
import sys

sys.path.insert(0, "/tmp/rl2")

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# ---------------------------------------------------------------- DOCX: SLA schedule
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Dockvelo Systems GmbH - Maintenance & Service Level Agreement", 0)
    d.add_paragraph("Schedule M-2026 (Silver / Gold), applicable to DS-series docking stations, docking points and "
                    "Dockvelo bicycles operated under an OpsCloud licence. Version 3.1, January 2026.")

    d.add_heading("1. Scope", 1)
    d.add_paragraph(
        "This schedule applies per station. A station is covered once its commissioning acceptance protocol has been "
        "signed. Extension modules (additional docking points) are covered under the SLA of the station they are "
        "attached to at no additional SLA fee. Bicycles are covered while they are registered in OpsCloud to a "
        "covered station. Remote monitoring of every covered station runs 24/7 through OpsCloud; faults raised by "
        "the monitoring are opened as tickets automatically, the customer does not need to report them.")
    d.add_paragraph(
        "Not in scope under either level: bike rebalancing and redistribution between stations, cleaning of bicycles, "
        "customer-service handling of riders, and the operation of the customer's own back-office systems.")

    d.add_heading("2. Fault priorities", 1)
    d.add_paragraph("P1 (critical): a station is completely out of service, or a dock lock fails to hold or to "
                    "release a bicycle in a way that affects rider safety.", style="List Bullet")
    d.add_paragraph("P2 (major): more than 25% of the docks of a station are unavailable, or the kiosk payment "
                    "terminal is out of service.", style="List Bullet")
    d.add_paragraph("P3 (minor): a single dock unavailable, a display defect, or cosmetic damage.",
                    style="List Bullet")

    d.add_heading("3. Response and restoration times", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "", "Silver (DV-SLA-SLV)", "Gold (DV-SLA-GLD)"
    rows = [
        ("Service hours", "Mon-Fri 08:00-18:00", "24/7 for P1; Mon-Sat 07:00-20:00 for P2 and P3"),
        ("P1 response on site", "8 business hours", "4 hours"),
        ("P1 restoration", "48 hours", "12 hours"),
        ("P2 response on site", "2 business days", "next business day by 12:00"),
        ("P2 restoration", "4 business days", "2 business days"),
        ("P3 restoration", "10 business days", "5 business days"),
        ("Preventive maintenance", "2 preventive maintenance visits per station per year",
         "4 preventive maintenance visits per station per year (quarterly)"),
        ("Monthly station availability target", "97.0%", "98.5%"),
        ("Wear parts for bicycles (brake pads, tyres, chains, grips)", "billed at list price",
         "included up to EUR 85 per bicycle per year"),
        ("List price", "EUR 1,450 per station per year", "EUR 2,400 per station per year"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph(
        "Response times run from the moment the ticket is opened in OpsCloud. Outside the service hours the clock "
        "stops and restarts at the beginning of the next service window. Restoration may be a temporary fix; a "
        "permanent fix follows within 10 business days.")

    d.add_heading("4. Availability and service credits", 1)
    d.add_paragraph(
        "Station availability is the share of dock-minutes in a calendar month during which docks can both lock and "
        "release a bicycle, measured by OpsCloud. Minutes lost to excluded events (section 6) and to planned "
        "maintenance announced 48 hours in advance are not counted as unavailable.")
    d.add_paragraph(
        "If the monthly availability of a station falls below the target of its level, the customer receives a "
        "service credit of 5% of the monthly SLA fee of the affected station for each full 0.5 percentage point "
        "below target, capped at 30% of the monthly SLA fee of that station. Credits are set off against the next "
        "SLA invoice and are not paid out in cash. Service credits must be claimed within 60 days of the end of the "
        "month concerned.")

    d.add_heading("5. Spare parts", 1)
    d.add_paragraph(
        "Dockvelo guarantees the availability of spare parts for stations, docks and bicycles for 10 years from "
        "the final delivery of the order. Gold customers receive a consignment stock of critical spares (2 dock "
        "locks, 1 kiosk controller, 1 payment terminal per 10 stations) stored at the customer's depot and "
        "replenished within 5 business days after use.")

    d.add_heading("6. Exclusions and chargeable work", 1)
    d.add_paragraph(
        "The following are excluded from both levels and are not counted against availability: vandalism, graffiti, "
        "collision damage by vehicles, flooding, lightning strike, damage caused by third-party roadworks, and "
        "failures of the customer's grid supply. Vandalism repairs are carried out on request and billed at "
        "EUR 78 per technician hour plus parts at list price. Graffiti removal is billed at EUR 145 per station per "
        "occurrence. Call-outs that find no fault attributable to Dockvelo are billed as one technician hour.")

    d.add_heading("7. Term, renewal and price adjustment", 1)
    d.add_paragraph(
        "The SLA runs for 12 months from the first commissioning acceptance and renews automatically for further "
        "12-month periods unless either party gives 90 days' written notice before the end of the current period. "
        "On renewal the SLA fee is adjusted to the change in the euro-area HICP over the previous 12 months, capped "
        "at 4% per renewal. Changing from Gold to Silver is possible only at renewal; upgrading from Silver to Gold "
        "is possible at any time, pro rata.")
    d.save(os.path.join(K, "dockvelo-sla-schedule-m2026.docx"))


# ---------------------------------------------------------------- PDF: technical spec + installation guide
def make_pdf():
    from reportlab import rl_config
    rl_config.pageCompression = 0  # plain content streams: text extractable without a PDF library
    rl_config.invariant = 1
    path = os.path.join(K, "ds12-technical-specification.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="DS-12 Technical Specification and Installation Guide")
    st = getSampleStyleSheet()
    body = st["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    h1, h2 = st["Title"], st["Heading2"]
    s = []
    s.append(Paragraph("Dockvelo DS-12 Docking Station - Technical Specification and Installation Guide", h1))
    s.append(Paragraph("Document TS-DS12, revision 4.2, issued January 2026. Applies to DV-ST12-SOL (solar) and "
                       "DV-ST12-GRD (grid-connected) stations and to DV-DP-EXT extension modules.", body))

    s.append(Paragraph("1. Station dimensions", h2))
    s.append(Paragraph(
        "A DS-12 station consists of one kiosk and 12 docking points on two 6-dock rails. Dock spacing is 1.05 m. "
        "The footprint of a 12-dock station including the kiosk is 14.6 m x 2.1 m; a clear manoeuvring zone of "
        "1.5 m must be kept in front of the docks. Each DV-DP-EXT extension module adds one docking point and "
        "1.05 m of length; a station accepts up to 8 extension modules (20 docking points in total). "
        "The kiosk is 2.25 m high and carries a 21.5-inch sunlight-readable touchscreen (1,500 nits).", body))

    s.append(Paragraph("2. Power", h2))
    s.append(Paragraph(
        "Solar variant (DV-ST12-SOL): two 410 Wp panels on the kiosk canopy (820 Wp in total) feed a 10.2 kWh "
        "LiFePO4 buffer battery. With kiosk, locks and modem only, the station runs for 5 days without any sun. "
        "On the solar variant e-bike charging at the docks is trickle-only, limited to 60 W per dock; full e-bike "
        "charging requires the grid connection retrofit kit (DV-GRID-KIT) or battery swapping by the operator.", body))
    s.append(Paragraph(
        "Grid variant (DV-ST12-GRD): 400 V three-phase supply, 16 A, maximum 3.6 kW per station; e-bikes charge at "
        "up to 250 W per dock, the kiosk shares the load so that no more than 12 bikes charge at full power. The "
        "grid connection itself (meter cabinet, cable to the kiosk) is provided by the customer or its utility.", body))

    s.append(Paragraph("3. Docks and locking", h2))
    s.append(Paragraph(
        "Each dock has an electromechanical lock with a holding force of 8 kN and a release time under 2 seconds. "
        "Standby consumption is 0.4 W per dock. Bikes are identified by an RFID tag in the front fork. If a lock "
        "loses power it stays closed; release is then possible with the service key or remotely once power returns.",
        body))

    s.append(Paragraph("4. Environment and connectivity", h2))
    tbl = Table([
        ["Item", "Value"],
        ["Ingress protection", "kiosk IP55, docks IP66"],
        ["Operating temperature", "-25 C to +50 C (screen heater below -10 C)"],
        ["Wind load", "wind zone 2 per EN 1991-1-4, basic wind speed 27 m/s"],
        ["Connectivity", "4G LTE with dual SIM; offline buffer of 72 hours of transactions"],
        ["Card readers", "NFC for transit cards (ISO 14443 A/B) and EMV contactless payment"],
        ["Finish", "hot-dip galvanised steel, powder coated in any RAL colour"],
    ], colWidths=[55 * mm, 115 * mm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                             ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    s.append(tbl)

    s.append(Paragraph("5. Foundations", h2))
    s.append(Paragraph(
        "Option A - precast ballast base: no excavation; each 6-dock rail sits on a 3.2 t precast base. Only on "
        "level, sealed surfaces with a gradient of at most 2%. Installation takes 1 day per station.", body))
    s.append(Paragraph(
        "Option B - anchored foundation: rails are bolted to a cast-in-situ concrete strip foundation 400 mm deep "
        "(concrete C25/30). The concrete needs 7 days of curing before the station is mounted, so Option B needs "
        "two site visits and about 9 calendar days per station from excavation to commissioning.", body))
    s.append(Paragraph(
        "The foundation option is chosen per site after the site survey. During the survey Dockvelo performs a "
        "ground-penetrating radar scan for buried utilities; the customer provides the utility drawings it holds. "
        "Traffic management and any road closure during installation are the responsibility of the customer.", body))

    s.append(Paragraph("6. Installation and commissioning", h2))
    s.append(Paragraph(
        "A crew of 3 technicians installs a station. Each crew installs at most 4 stations per week. After "
        "mounting, every station goes through a 2-hour commissioning test (every dock is locked and released 20 "
        "times, kiosk, payment and modem are tested) and a commissioning acceptance protocol is signed by both "
        "parties for each station.", body))
    doc.build(s)


# ---------------------------------------------------------------- XLSX: price list + specs
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2026"
    ws.append(["Dockvelo Price List 2026 - EUR, excl. VAT, valid 1 January to 31 December 2026"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (EUR)", "Lead time (weeks)", "Warranty"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("DV-ST08-SOL", "8-dock station, solar", "station", 29900, 14, "structure 10 years, electronics 3 years"),
        ("DV-ST12-SOL", "12-dock station, solar", "station", 38400, 16, "structure 10 years, electronics 3 years"),
        ("DV-ST16-SOL", "16-dock station, solar", "station", 46800, 16, "structure 10 years, electronics 3 years"),
        ("DV-ST12-GRD", "12-dock station, grid-connected", "station", 34900, 14, "structure 10 years, electronics 3 years"),
        ("DV-GRID-KIT", "Grid connection retrofit kit for solar stations", "kit", 3250, 6, "3 years"),
        ("DV-DP-EXT", "Additional docking point (extension module)", "dock", 2150, 12, "3 years"),
        ("DV-EB-G3", "E-bike Gen 3, 250 W", "bike", 2890, 10, "frame 5 years, components 2 years"),
        ("DV-CB-G3", "Classic bike Gen 3 (no motor)", "bike", 1140, 8, "frame 5 years, components 2 years"),
        ("DV-BAT-SP", "Spare battery pack 36 V / 14 Ah", "pack", 465, 4, "2 years or 800 cycles"),
        ("DV-CHG-12", "12-slot battery charging cabinet", "cabinet", 5600, 8, "3 years"),
        ("DV-INST-STD", "Station installation incl. foundation works", "station", 6750, None, "2 years workmanship"),
        ("DV-INST-EXT", "Installation of an extension module", "dock", 390, None, "2 years workmanship"),
        ("DV-OPS-PLT", "OpsCloud platform licence", "dock / year", 96, None, "-"),
        ("DV-OPS-API", "OpsCloud premium API and webhooks", "year", 4200, None, "-"),
        ("DV-SLA-SLV", "Silver maintenance SLA", "station / year", 1450, None, "-"),
        ("DV-SLA-GLD", "Gold maintenance SLA", "station / year", 2400, None, "-"),
        ("DV-TRN-ADM", "Operator training, 3 days on site (up to 12 participants)", "course", 4800, None, "-"),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append([])
    ws.append(["Lead times count from the signed order and the approved site survey. Volume discounts apply to "
               "stations, extension modules and bikes only."])
    for col, w in zip("ABCDEF", (14, 52, 16, 16, 18, 40)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Bike specifications")
    ws2.append(["Dockvelo bicycles - technical specifications (Gen 3)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Item", "E-bike Gen 3 (DV-EB-G3)", "Classic bike Gen 3 (DV-CB-G3)"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    spec = [
        ("Motor", "250 W rear hub motor, assistance up to 25 km/h", "none"),
        ("Battery", "36 V / 14 Ah (504 Wh), removable, lockable", "none"),
        ("Range", "up to 70 km (ECO mode, 75 kg rider, flat route)", "-"),
        ("Charging time 0-100%", "5.5 hours in a grid-connected dock; 3.5 hours in the DV-CHG-12 cabinet", "-"),
        ("Weight", "27.4 kg", "21.8 kg"),
        ("Frame", "aluminium step-through, one size", "aluminium step-through, one size"),
        ("Rider height", "1.50 m to 1.95 m", "1.50 m to 1.95 m"),
        ("Maximum load (rider + luggage)", "120 kg", "120 kg"),
        ("Gears", "Shimano Nexus 7 hub gear", "Shimano Nexus 3 hub gear"),
        ("Tyres", "26 x 2.15 puncture-resistant", "26 x 2.15 puncture-resistant"),
        ("Lights", "dynamo-independent LED front and rear, always on", "hub dynamo LED front and rear"),
        ("Front basket", "15 kg capacity", "15 kg capacity"),
    ]
    for r in spec:
        ws2.append(list(r))
    for col, w in zip("ABC", (30, 62, 40)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Station configurations")
    ws3.append(["DS-series station configurations"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Model", "Docks", "Footprint incl. kiosk", "Max extension modules", "Weight without base"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [("DS-8", 8, "10.4 m x 2.1 m", 4, "1.9 t"),
              ("DS-12", 12, "14.6 m x 2.1 m", 8, "2.6 t"),
              ("DS-16", 16, "18.8 m x 2.1 m", 4, "3.3 t")]:
        ws3.append(list(r))
    for col, w in zip("ABCDE", (10, 8, 22, 22, 20)):
        ws3.column_dimensions[col].width = w
    wb.save(os.path.join(K, "dockvelo-pricelist-2026.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
MD = """# Warranty, delivery and payment - FAQ for municipal customers

*Dockvelo Systems GmbH, customer knowledge base, updated January 2026*

## What warranty do we get?

| Item | Warranty |
|---|---|
| Station structure (rails, kiosk housing), against corrosion and structural failure | 10 years |
| Station electronics (kiosk controller, screen, locks, modem, payment terminal) | 3 years |
| Station buffer battery (LiFePO4, solar stations) | 5 years |
| E-bike and classic bike frames | 5 years |
| Bike components (motor, gears, brakes, lights) | 2 years |
| E-bike batteries and spare battery packs | 2 years or 800 cycles, whichever comes first |
| Installation workmanship | 2 years |

Warranty starts at the signed commissioning acceptance of each station, not at delivery. Bikes delivered
with a station share that station's warranty start; bikes delivered separately start at delivery. Wear parts
(tyres, brake pads, chains, grips) and damage from vandalism or accidents are not covered by the warranty. A
battery is considered defective under warranty if it holds less than 70% of its rated capacity.

## How long does delivery take?

Lead times in the price list count from the signed order **and** the approved site survey, whichever is later.
Goods are delivered DAP (Incoterms 2020) to one depot of the customer; delivery to individual sites is part of
the installation. Each installation crew completes at most 4 stations per week; for rollouts above 16 stations we
deploy a second crew on request, planned at the order kick-off.

## How do we pay?

The standard schedule is 30% on order, 50% on delivery to the depot and 20% on commissioning acceptance of the
last station. Invoices are payable within 30 days net. The OpsCloud licence and the maintenance SLA are invoiced
yearly in advance, starting at the first commissioning acceptance.

## When is the system finally accepted?

Final acceptance follows 30 days of live operation in which the network reaches at least 97% availability.
If the threshold is missed, the 30-day period restarts once the cause has been fixed.

## What happens to old batteries?

Dockvelo takes back all Dockvelo batteries free of charge for recycling, in line with the EU Battery Regulation.
Collection happens during preventive maintenance visits or on a pick-up from the depot once 20 or more packs
are ready.
"""


# ---------------------------------------------------------------- HTML page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>OpsCloud - platform, integrations and data protection | Dockvelo</title></head>
<body>
<header><h1>OpsCloud: the operating platform behind every Dockvelo network</h1>
<p>Fleet monitoring, rider app, payments, open data and reporting in one licence, billed per installed docking point per year.</p></header>
<main>
<section><h2>What the licence includes</h2>
<ul>
<li>Live monitoring of stations, docks and bikes, with automatic fault tickets to the Dockvelo service desk.</li>
<li>A white-label rider app for iOS and Android. The standard Dockvelo design is included; custom branding of the app (city logo, colours, store listing under the city's name) is a one-off set-up of EUR 9,500.</li>
<li>Up to 25 admin users, with single sign-on through SAML 2.0.</li>
<li>A public GBFS 2.3 feed (station status, vehicle availability) for journey planners.</li>
<li>A monthly KPI report: trips, availability per station, rebalancing needs, revenue.</li>
</ul></section>
<section><h2>Integrations</h2>
<p>Real-time webhooks, a REST API for Mobility-as-a-Service partners and the integration with public-transport
ticketing back offices require the premium API option (DV-OPS-API). Rider payments run through Adyen or Stripe;
card data never touches OpsCloud, and PCI DSS compliance sits with the payment service provider.</p></section>
<section><h2>Hosting and availability</h2>
<p>OpsCloud is hosted in Frankfurt (EU) in ISO/IEC 27001-certified data centres, with a standby region in
Amsterdam. Platform availability is 99.5% per month, excluding planned maintenance on Sundays 02:00-04:00 CET.
Stations keep working offline and buffer up to 72 hours of transactions.</p></section>
<section><h2>Data protection</h2>
<p>The customer is the controller of rider data and Dockvelo acts as processor under a data processing agreement
(GDPR art. 28). Trip data is pseudonymised after 90 days. Personal data is deleted 24 months after the last account
activity. At the end of the contract the customer receives a full export (CSV and JSON) within 30 days, after which
the data is deleted.</p></section>
</main>
<footer><p>Dockvelo Systems GmbH - OpsCloud product page, January 2026</p></footer>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    with open(os.path.join(K, "warranty-delivery-payment-faq.md"), "w", encoding="utf-8") as f:
        f.write(MD)
    with open(os.path.join(K, "opscloud-platform.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    print("sources written to", K)
