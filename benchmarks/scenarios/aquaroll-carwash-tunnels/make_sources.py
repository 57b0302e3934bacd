"""Generate the knowledge sources of the aquaroll-carwash-tunnels scenario.

Run with python-docx and openpyxl available, and reportlab on the path, e.g.
  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
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


# --------------------------------------------------------------------------- PDF
def make_pdf():
    path = OUT / "AquaRoll-T32-Technical-Specification.pdf"
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 11.5
    h1, h2 = ss["Title"], ss["Heading3"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="AquaRoll T32 Technical Specification and Site Requirements")
    s = []
    P = lambda t: s.append(Paragraph(t, body))
    H = lambda t: s.append(Paragraph(t, h2))
    s.append(Paragraph("AquaRoll T32 Conveyor Tunnel - Technical Specification and Site Requirements", h1))
    P("Document TS-T32-2026, revision C, issued January 2026 by AquaRoll Wash Systems B.V., Industrieweg 41, "
      "Zwolle (NL). Applies to the T32 conveyor tunnel (SKU AQT-T32-CB) and the modules sold with it. Figures are "
      "nominal values measured on the reference tunnel in Zwolle; site values may differ by up to 5%.")
    H("1. Tunnel and conveyor")
    P("The T32 is a 32 m drive-through tunnel with a hot-dip galvanised steel frame and a dual flat-belt conveyor: "
      "the driver places the car in neutral and both left wheels ride on the belt, so there are no rollers that push "
      "the rear wheel. Conveyor speed is adjustable from 6 to 14 m/min. Throughput depends on the wash programme: "
      "up to 110 vehicles per hour with the Express programme (conveyor at 14 m/min, brushes, high-pressure arch and "
      "drying only) and up to 72 vehicles per hour with the Premium programme (conveyor at 9 m/min, all modules "
      "including foam, wax and wheel blaster). A 28 m version (AQT-T28-CB) and a 6 m extension module (TUN-EXT-6) are "
      "available.")
    P("Vehicle limits: maximum vehicle height 2.10 m as standard, or 2.30 m with the raised top brush option HGT-23; "
      "maximum width 2.25 m over the mirrors; wheel track 1,300 to 1,850 mm; tyre width up to 325 mm; ground clearance "
      "at least 90 mm. Not accepted: vehicles with dual rear wheels, roof boxes or bicycle racks, open pick-up beds with "
      "loose load, and vehicles with damaged or loose body parts. Towing hitches are detected by the entry scanner and "
      "the rear brush is retracted automatically.")
    H("2. Brush module set (BRS-SET-7F)")
    P("Seven brushes: 2 wrap-around, 1 top, 2 rocker-panel and 2 wheel brushes, all with closed-cell AquaFoam cloth "
      "that does not absorb water or grit. Wrap-around motors 1.5 kW, top brush 1.1 kW; contact pressure is controlled "
      "by inverter current monitoring and re-adjusted every 40 ms. Expected cloth life is about 60,000 washes for "
      "wrap-around and rocker brushes and about 80,000 washes for the top brush, with ProLine chemicals and water "
      "hardness below 14 °dH. The 5-brush set BRS-SET-5F omits the rocker-panel brushes.")
    H("3. High-pressure arch (HPA-120-24)")
    P("24 rotating nozzles at 120 bar measured at the nozzle, pump 15 kW, flow 75 L/min; integrated wheel blaster "
      "with 4 nozzles per side. The arch runs on reclaimed water except for the last pass, which is switched to fresh "
      "water when the Premium programme is selected.")
    H("4. Drying module (DRY-4X22-CT)")
    P("Four blowers of 22 kW each (88 kW installed), one of them on a contour-following top nozzle that tracks the "
      "vehicle profile at 80 to 120 mm distance. Noise at 7 m from the tunnel exit with the exit door open: 74 dB(A); "
      "with the optional acoustic exit hood: 68 dB(A). A 6-blower version DRY-6X22-CT is recommended when the "
      "Express programme is run above 90 vehicles per hour.")
    H("5. Water consumption and water reclaim (WRC-60-OZ)")
    P("Without reclaim, a Premium wash uses about 180 litres of fresh water. With the WRC-60-OZ reclaim system a "
      "wash uses 35 litres of fresh water per wash; the reclaim rate is up to 80%. Capacity 60 m³/h, cyclone "
      "separation down to 40 µm and ozone dosing against odour and bacterial growth. Reclaimed water is used for "
      "undercarriage wash, high-pressure pre-wash and brushes, never for the final rinse. The system needs three "
      "underground settling tanks of 12 m³ each (civil works by the buyer). Sludge must be removed every 6 months or "
      "every 40,000 washes, whichever comes first; sludge disposal is not part of any AquaRoll service plan.")
    H("6. Utilities per tunnel")
    t = Table([
        ["Utility", "Requirement"],
        ["Electrical supply", "400 V, 3-phase, 50 Hz; total installed power 168 kW; main fuse 250 A"],
        ["Fresh water", "DN50 connection, 3 to 6 bar; softener required above 14 °dH"],
        ["Compressed air", "8 bar, 600 L/min (compressor included in tunnel scope)"],
        ["Drainage", "Oil separator class I to EN 858 and sampling shaft (by buyer)"],
        ["Data", "1 wired Ethernet port at the control cabinet, outbound HTTPS for remote diagnostics"],
    ], colWidths=[40 * mm, 130 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s.append(t)
    H("7. Winter operation")
    P("Frost protection keeps the tunnel operational down to -15 °C ambient temperature with both tunnel doors closed "
      "and the automatic frost drain cycle active. Below -15 °C the controller suspends washing and drains all lines. "
      "The heated entry floor HFL-32 (not part of the standard scope) keeps the conveyor entry and the first 6 m free "
      "of ice.")
    H("8. Site requirements and installation")
    P("Building: interior length at least 36 m (32 m tunnel plus 2 m entry and 2 m exit zone), clear width 5.5 m, "
      "clear height 4.2 m. Concrete slab C30/37, at least 200 mm thick, with a conveyor trench 600 mm wide and 350 mm "
      "deep along the full tunnel length. The buyer is responsible for civil works, the building permit, the "
      "wastewater discharge permit and bringing all utilities to the connection points before installation starts.")
    P("On a ready site, mechanical and electrical installation takes 12 working days per tunnel, followed by 3 working "
      "days of commissioning and test washing. Operator training takes 2 days for up to 6 participants per site and "
      "ends with a signed commissioning protocol. Waiting time caused by an unready site is charged at EUR 1,450 per "
      "crew day.")
    doc.build(s)


# -------------------------------------------------------------------------- DOCX
def make_docx():
    path = OUT / "AquaRoll-Service-Plans-and-Warranty.docx"
    d = Document()
    st = d.styles["Normal"]
    st.font.size = Pt(10)
    d.add_heading("AquaRoll Service Plans, Warranty and Uptime Commitment (SP-2026)", 0)
    d.add_paragraph("Valid for tunnels commissioned from 1 January 2026. This document forms part of every quote that "
                    "includes a service plan (SKU SVC-STD-Y or SVC-PRM-Y). Where it differs from the General Terms of "
                    "Sale GTS-2026, this document prevails for service matters.")
    d.add_heading("1. Plans at a glance", 1)
    rows = [
        ("", "Standard (SVC-STD-Y)", "Premium (SVC-PRM-Y)"),
        ("List price per tunnel per year", "EUR 8,900", "EUR 14,200"),
        ("Preventive maintenance visits", "2 per year", "4 per year"),
        ("On-site response to a tunnel-down fault", "next business day", "4 hours, 06:00-22:00, 7 days a week"),
        ("Remote diagnostics", "within 4 business hours", "within 30 minutes"),
        ("Hotline", "Mon-Fri 08:00-18:00", "24/7"),
        ("Wear parts (nozzles, seals, belt segments)", "charged at list price", "included"),
        ("Brush cloth", "charged", "one full brush cloth change per tunnel per year included"),
        ("Chemicals and sludge disposal", "not included", "not included"),
        ("Uptime guarantee", "none", "97% monthly availability"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph()
    d.add_heading("2. Term, invoicing and indexation", 1)
    d.add_paragraph("The Premium plan at the listed price requires a minimum term of 5 years per tunnel; the Standard "
                    "plan has a minimum term of 1 year. Fees are invoiced annually in advance from the date of the "
                    "signed commissioning protocol. Fees are fixed for the first 2 years; from year 3 they are "
                    "indexed each year to the national labour cost index, capped at 3.5% per year. After the minimum "
                    "term either party may terminate with 6 months' notice to the end of a contract year. Early "
                    "termination within the minimum term is not provided for in this document and is handled by the "
                    "account manager.")
    d.add_heading("3. Uptime guarantee and service credits (Premium only)", 1)
    d.add_paragraph("Monthly availability is the share of the site's published opening hours during which the tunnel "
                    "can complete a wash. If availability in a calendar month falls below 97%, AquaRoll credits 2% of "
                    "the annual Premium fee for each full percentage point below 97%, capped at 20% of the annual fee "
                    "per contract year. Credits are set off against the next annual invoice and are the sole remedy "
                    "for missed availability.")
    d.add_paragraph("Not counted as downtime: scheduled maintenance (at most 8 hours per visit, announced at least "
                    "10 days ahead); power, water or network outages on the buyer's side; ambient temperatures below "
                    "-15 °C; vandalism; damage caused by vehicles or drivers; use of non-approved chemicals; and "
                    "waiting time for buyer access to the site.")
    d.add_heading("4. Warranty", 1)
    for txt in [
        "24 months from commissioning on tunnel mechanics, conveyor drive, brush drives, pumps and blowers.",
        "12 months on pay station hardware and electronic control boards.",
        "10 years against corrosion perforation of the hot-dip galvanised frame.",
        "Wear parts (brush cloth, nozzles, conveyor belt segments, seals) are excluded from warranty.",
    ]:
        d.add_paragraph(txt, style="List Bullet")
    d.add_paragraph("The warranty lapses for parts damaged by chemicals other than AquaRoll ProLine products or "
                    "products approved by AquaRoll in writing, by frost when the frost-protection programme was "
                    "disabled, or by water harder than 14 °dH where no softener is installed. Spare parts remain "
                    "available for at least 10 years after the last tunnel of a series is produced.")
    d.add_heading("5. Incidents involving customer vehicles", 1)
    d.add_paragraph("The site operator must stop the tunnel, photograph the vehicle and the tunnel position, record "
                    "the wash log number and report the incident to AquaRoll within 24 hours through the service "
                    "portal. AquaRoll analyses the controller log and the entry-scanner images within 5 business "
                    "days. Whether and to what extent AquaRoll bears any cost is assessed individually under the "
                    "General Terms of Sale; this document makes no commitment on compensation.")
    d.save(path)


# -------------------------------------------------------------------------- XLSX
def make_xlsx():
    path = OUT / "AquaRoll-Price-List-2026.xlsx"
    wb = Workbook()
    bold = Font(bold=True)

    ws = wb.active
    ws.title = "Modules & Options"
    ws.append(["AquaRoll Price List 2026 - Tunnel modules, options and services (EUR, excl. VAT, ex works Zwolle)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["SKU", "Description", "List price (EUR)", "Unit", "Lead time", "Notes"])
    for c in ws[2]:
        c.font = bold
    items = [
        ("AQT-T32-CB", "T32 conveyor tunnel 32 m, dual flat-belt conveyor, galvanised frame, controller", 248500, "per tunnel", "14 weeks", "Base unit; needs a brush set, HP arch and dryer"),
        ("AQT-T28-CB", "T28 conveyor tunnel 28 m", 219000, "per tunnel", "14 weeks", "Max. 90 vehicles per hour"),
        ("TUN-EXT-6", "Tunnel extension module 6 m", 38400, "each", "14 weeks", "Room for foam or wax arch"),
        ("BRS-SET-7F", "Brush module set, 7 brushes, closed-cell AquaFoam", 61200, "per tunnel", "14 weeks", "2 wrap, 1 top, 2 rocker, 2 wheel"),
        ("BRS-SET-5F", "Brush module set, 5 brushes, closed-cell AquaFoam", 47900, "per tunnel", "14 weeks", "No rocker-panel brushes"),
        ("HPA-120-24", "High-pressure arch 120 bar, 24 rotating nozzles, wheel blaster", 34800, "per tunnel", "12 weeks", ""),
        ("DRY-4X22-CT", "Drying module 4 x 22 kW, contour-following top nozzle", 42600, "per tunnel", "12 weeks", ""),
        ("DRY-6X22-CT", "Drying module 6 x 22 kW, contour-following top nozzle", 58700, "per tunnel", "12 weeks", "Recommended above 90 vehicles/h"),
        ("WRC-60-OZ", "Water reclaim 60 m3/h, cyclone separation, ozone dosing", 38900, "per tunnel", "10 weeks", "Tanks by buyer"),
        ("WRC-40", "Water reclaim 40 m3/h, cyclone separation", 29500, "per tunnel", "10 weeks", "Not for Premium programme above 60 vehicles/h"),
        ("PAY-K2-LPR", "PayPoint K2 pay station, EMV contactless, fleet cards, licence-plate recognition", 17450, "each", "8 weeks", "Software licence billed monthly"),
        ("PAY-K1", "PayPoint K1 pay station, EMV contactless and coins, no LPR", 12300, "each", "8 weeks", "No fleet cards"),
        ("HFL-32", "Heated entry floor, first 6 m of conveyor", 16800, "per tunnel", "10 weeks", "Electric, 18 kW"),
        ("HGT-23", "Raised top brush for vehicles up to 2.30 m", 7250, "per tunnel", "14 weeks", ""),
        ("ACH-EXIT", "Acoustic exit hood", 11600, "per tunnel", "10 weeks", "-6 dB(A) at 7 m"),
        ("TSH-APP", "Tyre shine applicator", 9400, "per tunnel", "8 weeks", ""),
        ("CWA-ARCH", "Ceramic wax arch", 13900, "per tunnel", "8 weeks", "Needs TUN-EXT-6 on T28"),
        ("INS-COM-TUN", "Installation, commissioning and operator training", 29800, "per tunnel", "-", "Ready site required"),
        ("SVC-STD-Y", "Standard service plan", 8900, "per tunnel per year", "-", "Minimum term 1 year"),
        ("SVC-PRM-Y", "Premium service plan", 14200, "per tunnel per year", "-", "Minimum term 5 years"),
    ]
    for r in items:
        ws.append(list(r))
        ws.cell(ws.max_row, 3).number_format = "#,##0"
    for col, w in zip("ABCDEF", (14, 70, 16, 20, 11, 40)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Consumables")
    ws2.append(["AquaRoll ProLine consumables and wear parts 2026 (EUR, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append(["SKU", "Item", "Pack", "Price (EUR)", "Dosage / life", "Availability"])
    for c in ws2[2]:
        c.font = bold
    cons = [
        ("PL-PRE-20", "ProLine alkaline pre-wash", "20 L canister", 86, "25 mL per wash", "from stock, 3 working days"),
        ("PL-FOAM-20", "ProLine active foam", "20 L canister", 94, "30 mL per wash (Premium programme only)", "from stock, 3 working days"),
        ("PL-WAX-20", "ProLine hot wax", "20 L canister", 128, "18 mL per wash (Premium programme only)", "from stock, 3 working days"),
        ("PL-DRY-20", "ProLine drying aid", "20 L canister", 112, "15 mL per wash", "from stock, 3 working days"),
        ("CL-SET-7F", "Replacement brush cloth set for BRS-SET-7F (all 7 brushes)", "set", 6950, "about 60,000 washes", "from stock, 5 working days"),
        ("CL-WRAP-1", "Replacement cloth for one wrap-around brush", "each", 1180, "about 60,000 washes", "from stock, 5 working days"),
        ("NZ-KIT-24", "Nozzle kit for HPA-120-24", "kit", 420, "every 12 months", "from stock, 3 working days"),
        ("BLT-SEG-2", "Conveyor belt segment 2 m", "each", 640, "wear part", "4 weeks"),
    ]
    for r in cons:
        ws2.append(list(r))
        ws2.cell(ws2.max_row, 4).number_format = "#,##0"
    ws2.append([])
    ws2.append(["Chemical cost per wash (ProLine, list prices)"])
    ws2.cell(ws2.max_row, 1).font = bold
    ws2.append(["Programme", "Cost per wash (EUR)"])
    ws2.append(["Express programme", "0.62"])
    ws2.append(["Premium programme", "1.38"])
    for col, w in zip("ABCDEF", (24, 56, 16, 12, 38, 28)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Conditions")
    ws3.append(["Price list conditions"])
    ws3["A1"].font = Font(bold=True, size=12)
    for line in [
        "Prices valid for orders placed from 1 January to 31 December 2026.",
        "Freight to sites in the Benelux, France and Germany is included in module prices; other countries on request.",
        "Lead times run from order confirmation and approved site drawings, whichever is later.",
        "Volume discounts are not part of this price list; they are stated in the individual quote only.",
    ]:
        ws3.append([line])
    ws3.column_dimensions["A"].width = 110
    wb.save(path)


# -------------------------------------------------------------------------- HTML
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>PayPoint K2 pay stations - payments, software and connectivity | AquaRoll</title></head>
<body>
<header><p>AquaRoll Wash Systems &rsaquo; Support &rsaquo; Pay stations</p></header>
<main>
<h1>PayPoint K2 pay stations: payments, software and connectivity</h1>
<p>Last updated 3 February 2026. This page describes the PayPoint K2 pay station (SKU PAY-K2-LPR). The entry-level
PayPoint K1 (PAY-K1) accepts coins and EMV contactless only and has no licence-plate recognition or fleet-card reader.</p>

<h2>Accepted payment methods</h2>
<ul>
<li>Visa, Mastercard, Maestro and V PAY, by chip &amp; PIN and EMV contactless;</li>
<li>Apple Pay and Google Pay through the contactless reader;</li>
<li>fleet cards: DKV, UTA and the station operator's own fleet card if it is issued on a supported network;</li>
<li>wash codes printed at the fuel-station till and prepaid wash cards;</li>
<li>no cash: the K2 has no coin or banknote acceptor.</li>
</ul>

<h2>Licence-plate recognition and subscriptions</h2>
<p>The K2 camera reads the licence plate as the vehicle approaches. Plates linked to a monthly wash subscription open
the entry barrier without any payment step. Plate images are deleted after 72 hours unless linked to an incident
report; only the plate text and the wash log are kept, for 13 months.</p>

<h2>Software licence</h2>
<p>Each K2 needs a PayPoint Connect LPR licence at EUR 54 per pay station per month, billed monthly in arrears. It
includes payment-terminal certification updates, the operator web portal, subscription management and reporting.
Card acquiring fees are charged by the operator's own acquirer and are not part of the licence.</p>

<h2>Connectivity and offline mode</h2>
<p>The K2 needs a wired Ethernet connection; a 4G router is available as a fallback. If the connection is lost the pay
station switches to offline mode and keeps accepting chip &amp; PIN payments for up to 72 hours, storing up to 2,000
transactions, which are uploaded when the connection returns. Contactless payments above EUR 50 and fleet cards that
require online authorisation are refused in offline mode.</p>

<h2>Hardware</h2>
<p>Stainless-steel housing, IP65, operating range -25 to +50 &deg;C, 15-inch sunlight-readable touch screen, intercom
to the station shop. Each tunnel entry lane needs one K2; two lanes merging before the tunnel need two.</p>
</main>
<footer><p>&copy; 2026 AquaRoll Wash Systems B.V.</p></footer>
</body></html>
"""


def make_html():
    (OUT / "paypoint-k2-payments.html").write_text(HTML, encoding="utf-8")


if __name__ == "__main__":
    make_pdf()
    make_docx()
    make_xlsx()
    make_html()
    print("sources written to", OUT)
