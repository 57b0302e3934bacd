"""Generate the knowledge sources of the glacivo-winter-service scenario.

Run with a Python that has python-docx and openpyxl; reportlab is imported from the environment or from a
scratch folder given by REPORTLAB_PATH (default /tmp/rl), e.g.
    pip install --target /tmp/rl reportlab
    /work/main/.venv/bin/python make_sources.py
"""
import os
import sys

sys.path.append(os.environ.get("REPORTLAB_PATH", "/tmp/rl"))

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# ---------------------------------------------------------------- DOCX: warranty and service agreement
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Glacivo Warranty and Winter Service Agreement (WSA-2026)", 0)
    d.add_paragraph(
        "This agreement applies to PolarEdge snow ploughs, BrineMix spreaders, the BrineStation 20 brine production "
        "plant and SpreadLog controllers supplied by Glacivo Winter Systems GmbH from 1 July 2026. It is part of every "
        "quote that refers to WSA-2026. The in-season period runs from 15 October to 15 April; all other dates are "
        "off-season.")

    d.add_heading("1. Warranty periods", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Component", "Warranty period", "Starts"]):
        c.text = h
    rows = [
        ("Plough frames, mouldboards and spreader hopper structures", "5 years", "date of commissioning"),
        ("Hydraulics, electrics and electronics (incl. SL-C2 controller)", "24 months", "date of commissioning"),
        ("Stainless steel hopper (1.4301) - perforation by corrosion", "10 years", "date of delivery"),
        ("Spinner discs and spinner motors", "12 months", "date of commissioning"),
        ("BrineStation 20 pumps, dissolving tank and density sensor", "24 months", "date of acceptance test"),
        ("Cutting edges, conveyor chains, rubber deflector flaps, trip springs", "no warranty (wear parts)", "-"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph(
        "The 10 years corrosion warranty on the stainless hopper applies only if the hopper is washed with fresh water "
        "after each deployment and the unit receives the annual pre-season service by Glacivo or a Glacivo-certified "
        "workshop. Surface discolouration and tea staining are not perforation and are not covered.")

    d.add_heading("2. Approved spreading media", 1)
    d.add_paragraph(
        "Warranty applies when the spreaders are used with dry rock salt or vacuum salt (NaCl), and pre-wetting or "
        "spraying with sodium chloride, calcium chloride or magnesium chloride brines of up to 30% concentration. "
        "Urea, acetate-based de-icers (CMA, potassium formate) and molasses additives are not approved and void the "
        "warranty of the brine circuit. Abrasives may be spread dry only, see the technical data sheet.")

    d.add_heading("3. Response times", 1)
    d.add_paragraph(
        "In-season: remote diagnosis via SpreadLog within 2 hours between 06:00 and 22:00, 7 days a week. If the fault "
        "cannot be fixed remotely, a technician is on site within 8 hours for depots within 150 km by road of a Glacivo "
        "service depot, and within 12 hours for depots further away. Calls received between 22:00 and 06:00 are handled "
        "from 06:00.")
    d.add_paragraph(
        "Off-season: technician visit within 3 working days; remote diagnosis on working days 08:00-17:00.")
    d.add_paragraph(
        "Loan units: if a BrineMix spreader cannot be repaired within 48 hours during the in-season period, Glacivo "
        "supplies a loan spreader of equal or larger hopper capacity free of charge until the repair is complete, "
        "subject to availability from the loan pool of 14 units. Loan units are not available for the BrineStation 20; "
        "for a BrineStation 20 failure Glacivo prioritises spare-part dispatch and a technician visit.")

    d.add_heading("4. Pre-season service plan (GLV-SVC-3S)", 1)
    d.add_paragraph(
        "Each visit covers one vehicle set (plough and spreader) and includes a 42-point inspection, spread-rate "
        "calibration at 10, 20 and 30 g/m2, a spread-pattern check, hydraulic pressure test, SL-C2 software update, "
        "and replacement of seals and filters. Wear parts (cutting edges, conveyor chains, spinner discs) are charged "
        "at list price less 15%. Visits take place between 1 September and 31 October and are scheduled at least "
        "4 weeks ahead. Travel within 150 km of a Glacivo service depot is included; beyond 150 km travel is charged "
        "at EUR 1.20 per km.")

    d.add_heading("5. Spare parts", 1)
    d.add_paragraph(
        "95% of spare parts ordered by 14:00 on a working day are dispatched the same day; in-season, critical parts "
        "(spinner motors, conveyor drives, control units) are dispatched within 24 hours including weekends. Parts "
        "availability is guaranteed for 12 years after the end of production of a model.")

    d.add_heading("6. Exclusions", 1)
    for s in [
        "Damage from striking kerbs, manhole covers or fixed obstacles when the plough trip mechanism has been locked "
        "or overridden.",
        "Operation at ploughing speeds above the maximum stated in the technical data sheet.",
        "Damage caused by operators who have not received Glacivo operator training or an equivalent documented "
        "instruction.",
        "Modifications, welding or third-party hydraulic components fitted without written approval from Glacivo.",
        "Consequential losses such as road-service interruptions; liability beyond this warranty is governed solely by "
        "the supply contract.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("7. Claims", 1)
    d.add_paragraph(
        "Warranty claims are raised via the SpreadLog portal or service@glacivo-winter.example within 14 days of the "
        "fault being detected, with the unit serial number and photos. Replaced parts become Glacivo property.")
    d.save(os.path.join(K, "Glacivo_Warranty_and_Winter_Service_Agreement_WSA-2026.docx"))


# ---------------------------------------------------------------- PDF: technical data sheet
def make_pdf():
    path = os.path.join(K, "Glacivo_Technical_Data_Sheet_Ploughs_Spreaders_BrineStation.pdf")
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title="Glacivo Technical Data Sheet")
    st = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                     ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    f = []
    f.append(Paragraph("Glacivo Technical Data Sheet - PolarEdge ploughs, BrineMix spreaders, BrineStation 20", ss["Title"]))
    f.append(Paragraph("Edition 2026/27. All values nominal; weights without options.", body))

    f.append(Paragraph("1. BrineMix wet-salt spreaders", ss["Heading2"]))
    spread = [
        ["", "BrineMix 6000 (GLV-BM60-WS)", "BrineMix 2500 (GLV-BM25-C)"],
        ["Hopper volume", "6.0 m3 (approx. 7.8 t dry salt)", "2.5 m3 (approx. 3.2 t dry salt)"],
        ["Brine tanks", "2 x 1,500 l side tanks = 3,000 l", "2 x 400 l = 800 l"],
        ["Spread width", "2 to 12 m, adjustable from the cab", "1 to 8 m"],
        ["Spread rate", "5 to 40 g/m2 dry; pre-wetting FS30 (70% salt / 30% brine)", "5 to 40 g/m2 dry; FS30"],
        ["Max spreading speed", "60 km/h", "50 km/h"],
        ["Drive", "truck hydraulics: 35 l/min at 180 bar; or auxiliary engine option", "24 V electric, 120 A peak"],
        ["Empty weight", "2,950 kg", "980 kg"],
        ["Carrier", "2-axle trucks 18-26 t GVW, demountable on 4 legs", "3.5-7.5 t chassis and compact tool carriers"],
        ["Conveyor", "400 mm stainless chain conveyor", "250 mm auger"],
    ]
    t = Table(spread, colWidths=[32 * mm, 72 * mm, 68 * mm])
    t.setStyle(st)
    f.append(t)
    f.append(Spacer(1, 4))
    f.append(Paragraph(
        "Abrasives (sand or grit) can be spread dry only, with pre-wetting switched off; maximum grain size 8 mm. "
        "Mixing abrasives with brine blocks the conveyor and is not permitted. Pure brine spraying requires the "
        "optional spray bar (3 to 8 m, 10 to 40 ml/m2). Spread rate is automatically proportional to road speed "
        "from a 0 km/h standstill cut-off; accuracy +/-5% after calibration.", body))

    f.append(Paragraph("2. PolarEdge snow ploughs", ss["Heading2"]))
    plough = [
        ["", "PolarEdge 3200 (GLV-PE32-R)", "PolarEdge 2400 (GLV-PE24-C)"],
        ["Blade width", "3.2 m", "2.4 m"],
        ["Clearing width at full angle", "2.75 m at 35 degrees", "2.05 m at 30 degrees"],
        ["Blade height", "1,100 mm", "750 mm"],
        ["Segments / trip", "4 segments, individual spring trip per segment", "2 segments, spring trip"],
        ["Weight", "960 kg", "410 kg"],
        ["Max ploughing speed", "50 km/h", "40 km/h"],
        ["Mounting", "DIN EN 15432-1 front plate, type 3", "DIN EN 15432-1 front plate, type 1"],
        ["Standard cutting edge", "Hardox 400 steel, 200 x 20 mm", "Hardox 400 steel, 150 x 16 mm"],
        ["Hydraulic demand", "20 l/min at 160 bar (angle and lift)", "12 l/min at 160 bar"],
    ]
    t = Table(plough, colWidths=[40 * mm, 66 * mm, 66 * mm])
    t.setStyle(st)
    f.append(t)
    f.append(Spacer(1, 4))
    f.append(Paragraph(
        "Both ploughs are reversible (angle left or right) and float on the road surface with two castor wheels. "
        "A polyurethane cutting edge option protects cobbles, tram tracks and thermoplastic road markings; it wears "
        "about three times faster than Hardox on asphalt.", body))

    f.append(Paragraph("3. BrineStation 20 brine production plant (GLV-BS20)", ss["Heading2"]))
    bs = [
        ["Output", "20 m3/h of 22% NaCl brine (sodium chloride)"],
        ["Concentration control", "automatic via density sensor, tolerance +/-0.5%"],
        ["Power supply", "400 V, 3-phase, 32 A"],
        ["Water connection", "2-inch, minimum 3 bar, 18 m3/h"],
        ["Footprint", "6.0 x 2.4 m, height 3.1 m; salt loading by wheel loader"],
        ["Storage tanks", "not included; connects to 1 to 4 storage tanks of up to 50 m3"],
        ["Frost protection", "heated pump housing, operating down to -25 C"],
    ]
    t = Table(bs, colWidths=[40 * mm, 132 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    f.append(t)
    f.append(Spacer(1, 4))
    f.append(Paragraph(
        "The City prepares the concrete slab, power and water supply before installation. Commissioning takes "
        "2 days and includes a concentration test at 22% and training of two depot staff.", body))
    doc.build(f)


# ---------------------------------------------------------------- XLSX: price list and specifications
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws.append(["Glacivo Price List 2026/27 - winter-service equipment (EUR, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Valid for orders confirmed between 1 July 2026 and 30 June 2027. Delivery DAP within the EU mainland."])
    ws.append([])
    ws.append(["SKU", "Product", "Unit", "List price EUR", "Lead time (weeks)", "Notes"])
    for c in ws[4]:
        c.font = Font(bold=True)
    items = [
        ("GLV-PE32-R", "PolarEdge 3200 reversible front plough 3.2 m", "each", 14850, 10, "Type 3 front plate"),
        ("GLV-PE24-C", "PolarEdge 2400 compact plough 2.4 m", "each", 7900, 6, "Type 1 front plate"),
        ("GLV-BM60-WS", "BrineMix 6000 wet-salt spreader 6.0 m3", "each", 38400, 14, "Stainless hopper"),
        ("GLV-BM25-C", "BrineMix 2500 compact spreader 2.5 m3", "each", 16900, 8, "24 V drive"),
        ("GLV-BS20", "BrineStation 20 brine production plant", "each", 46500, 18, "Order by 31 May for autumn install"),
        ("GLV-SLOG-3S", "SpreadLog licence, 3 seasons, per vehicle", "vehicle", 1260, 2, "SL-C2 controller included"),
        ("GLV-INST-VEH", "Mounting and commissioning per vehicle", "vehicle", 1950, None, "At customer depot"),
        ("GLV-SVC-3S", "Pre-season service plan, 3 seasons", "vehicle", 2400, None, "See WSA-2026"),
        ("GLV-TRN-OP", "Operator training day (max 8 operators)", "day", 980, None, "6 hours"),
        ("GLV-OPT-AUX", "Auxiliary diesel engine for BrineMix 6000", "each", 8900, 14, "Removes truck hydraulic demand"),
        ("GLV-OPT-SPRAY", "Brine spray bar 3-8 m for BrineMix 6000", "each", 4300, 10, "Pure brine spraying"),
        ("GLV-OPT-PU32", "Polyurethane cutting edge for PolarEdge 3200", "each", 1340, 3, ""),
        ("GLV-OPT-PU24", "Polyurethane cutting edge for PolarEdge 2400", "each", 890, 3, ""),
        ("GLV-OPT-COV", "Roll-up hopper cover BrineMix 6000", "each", 1150, 6, ""),
        ("GLV-OPT-LED", "LED warning light bar, ECE R65", "each", 690, 2, ""),
        ("GLV-SP-HDX32", "Spare Hardox cutting edge 3.2 m", "each", 620, 1, "Wear part"),
        ("GLV-SP-DISC", "Spare spinner disc (both BrineMix models)", "each", 285, 1, "Wear part"),
        ("GLV-SP-CHAIN", "Conveyor chain BrineMix 6000", "each", 1480, 2, "Wear part"),
    ]
    for sku, name, unit, price, lt, note in items:
        ws.append([sku, name, unit, price, lt if lt is not None else "-", note])
        ws.cell(row=ws.max_row, column=4).number_format = "#,##0"
    for col, w in zip("ABCDEF", [16, 46, 9, 15, 17, 36]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Specifications")
    ws2.append(["Key specifications - 2026/27 range"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Model", "Capacity", "Working width", "Weight kg", "Max speed km/h", "Power / hydraulics"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ("BrineMix 6000", "6.0 m3 + 3,000 l brine", "2 to 12 m", 2950, 60, "35 l/min at 180 bar"),
        ("BrineMix 2500", "2.5 m3 + 800 l brine", "1 to 8 m", 980, 50, "24 V, 120 A peak"),
        ("PolarEdge 3200", "-", "3.2 m blade", 960, 50, "20 l/min at 160 bar"),
        ("PolarEdge 2400", "-", "2.4 m blade", 410, 40, "12 l/min at 160 bar"),
        ("BrineStation 20", "20 m3/h brine", "-", 3400, "-", "400 V, 32 A"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABCDEF", [18, 24, 16, 11, 15, 22]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Volume discounts")
    ws3.append(["Volume discount bands per product line (same order)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append(["Units", "Discount"])
    for r in [("1-2", "0%"), ("3-5", "3%"), ("6-9", "8%"), ("10 or more", "10%")]:
        ws3.append(list(r))
    ws3.append(["Services, licences and training are excluded from volume discounts unless stated in the quote."])
    wb.save(os.path.join(K, "Glacivo_Price_List_2026-27.xlsx"))


# ---------------------------------------------------------------- MD: knowledge-base article
MD = """# Ordering, delivery, payment and acceptance - FAQ

*Glacivo Winter Systems knowledge base - municipal customers - updated May 2026*

## When must we order to be ready for the winter?
Orders confirmed by **30 June** are delivered and commissioned before **15 October**, the start of the in-season
period. The BrineStation 20 needs a longer lead time (18 weeks plus site preparation): order it by **31 May** for an
autumn installation. Orders confirmed after 30 June are delivered in order of confirmation; Glacivo then gives a
binding delivery week in the order confirmation.

## Where and how is equipment delivered?
Delivery is DAP to the customer's depot, free of charge within the EU mainland. Islands and sites without HGV access
are quoted separately. Mounting on the customer's trucks is done at the customer's depot by two Glacivo technicians
and takes about one working day per vehicle. Trucks must be available clean, with an empty load bed and a full tank.

## What is the payment schedule?
- 30% on order confirmation
- 60% on delivery
- 10% after the on-site acceptance test

Each invoice is payable 30 days net. Public-sector customers can receive the invoices through PEPPOL e-invoicing on
request.

## How does the acceptance test work?
After mounting, each spreader is tested on site: a spread-pattern test at 20 g/m2 over 8 m width, with a tolerance
of +/-10% across the pattern, and a calibration check of the pre-wetting ratio. Each plough is tested for angle,
lift and trip function. The test is recorded in a signed acceptance protocol; acceptance is deemed given if the
customer has not raised a written defect within 10 working days of the test.

## What does the operator training include?
An operator training day lasts 6 hours at the customer's depot for a maximum of 8 operators: safe mounting and
demounting, daily checks, calibration, SpreadLog route operation, washing and summer storage. Each participant
receives a Glacivo operator certificate, valid for 3 seasons. Training is required for the exclusion in the warranty
agreement not to apply.

## Can you take our old equipment in part exchange?
Trade-in of existing ploughs and spreaders of any make is possible. Valuations are made individually by your sales
representative after an inspection; they are not part of the standard quote.

## How should equipment be stored in summer?
Empty the hopper and brine tanks completely, wash with fresh water, run the conveyor for 2 minutes dry, and store
the spreader on its legs under cover. Ploughs should be stored with the blade resting on timber, not on the cutting
edge.
"""

# ---------------------------------------------------------------- HTML: SpreadLog product page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>SpreadLog telematics - Glacivo Winter Systems</title></head>
<body>
<h1>SpreadLog - proof of service for every gritting and ploughing route</h1>
<p>SpreadLog connects the SL-C2 controller in the cab of each vehicle to the Glacivo cloud. It records what was
spread, where and when, so road authorities can plan routes, bill contractors and document their winter service.</p>
<h2>What is recorded</h2>
<ul>
<li>GPS position every 1 second, with road speed.</li>
<li>Spread rate (g/m2), spread width, pre-wetting ratio and brine volume per road segment.</li>
<li>Plough up/down status for PolarEdge ploughs with position sensor.</li>
<li>Road surface temperature from the optional infrared sensor (GLV-OPT-IRT).</li>
</ul>
<h2>Data storage and exports</h2>
<p>Data is stored for 36 months in an ISO 27001 certified data centre in Frankfurt, Germany, and is never transferred
outside the EU. The controller buffers up to 30 days of data offline when there is no mobile coverage (LTE-M / 4G)
and uploads it automatically. Exports are available as CSV, GeoJSON and PDF route reports; a REST API is included
for integration with GIS and road-weather systems. Proof-of-service PDF reports show per route the time, treated
length and total salt spread, and can support a road authority's documentation duties.</p>
<h2>Pricing</h2>
<p>EUR 420 per vehicle per season, unlimited users. The SL-C2 controller is included with a 3-season licence
(GLV-SLOG-3S). Renewal prices rise by at most 3% per year. Uptime commitment: 99.5% per season.</p>
<h2>Routes and drivers</h2>
<p>Routes are drawn or imported (GPX, Shapefile) in the portal and shown turn by turn on the SL-C2 screen. The
controller applies the spread rate per road segment automatically; drivers can override it within +/-50%, and
each override is logged.</p>
</body></html>
"""


def main():
    make_docx()
    make_pdf()
    make_xlsx()
    with open(os.path.join(K, "ordering-delivery-payment-faq.md"), "w", encoding="utf-8") as fh:
        fh.write(MD)
    with open(os.path.join(K, "spreadlog-telematics.html"), "w", encoding="utf-8") as fh:
        fh.write(HTML)
    print("sources written to", K)


if __name__ == "__main__":
    main()
