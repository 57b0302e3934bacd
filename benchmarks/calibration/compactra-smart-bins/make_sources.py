"""Generate the four knowledge sources of the compactra-smart-bins scenario.

Run with: PYTHONPATH=/path/to/reportlab /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl come from the venv; reportlab from a scratch --target folder.)
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: warranty and service levels
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Compactra Systems, Inc. - Limited Warranty & Service Level Terms (Municipal Customers)", 1)
    d.add_paragraph("Document CS-WSL-M, Rev. 2025-03. Applies to CX360 Solar Compacting Stations, FillSense "
                    "sensors and RouteWise subscriptions sold to cities, counties and other public bodies in the "
                    "United States. Where a signed purchase agreement says otherwise, the purchase agreement prevails.")

    d.add_heading("1. Warranty periods", 2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Component", "Standard warranty", "Notes"
    rows = [
        ("Cabinet, hopper door and frame (CX360)", "5 years",
         "Against corrosion perforation and structural failure of welds."),
        ("Mechanical and electrical components (motor, gearbox, compaction ram, controller board)", "2 years",
         "From the date of commissioning, not the date of delivery."),
        ("Solar panel", "10 years", "Power output of no less than 80% of rated output."),
        ("Battery (12 V 18 Ah AGM)", "2 years", "Expected service life 3 to 5 years depending on climate."),
        ("FillSense FS-20 retrofit sensor", "3 years", "Includes the internal lithium battery."),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph(
        "Extended warranty (SKU EXT-WAR-3) extends the coverage of mechanical and electrical components to a total "
        "of 5 years from commissioning. The extended warranty does not cover the battery, the solar panel (already "
        "covered for 10 years) or FillSense sensors. It must be purchased together with the units or within 90 days "
        "of commissioning; it cannot be added later.")

    d.add_heading("2. Exclusions", 2)
    for s in [
        "Vandalism, graffiti, arson or fire started inside the bin, vehicle impact, flood and other acts of nature.",
        "Prohibited waste: hot ashes or coals, liquids in quantities over 1 gallon, construction debris, sharps and "
        "hazardous waste.",
        "Units relocated or re-anchored by anyone other than a Compactra-certified installer without prior written "
        "notice to Compactra.",
        "Water damage to the controller housing caused by pressure washing above 1,500 psi.",
        "Cosmetic wear, fading of vinyl wraps and damage to customer-applied decals.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("3. Service response times (hardware)", 2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    h = t.rows[0].cells
    h[0].text, h[1].text, h[2].text = "Priority", "Definition", "Response"
    for r in [
        ("Priority 1", "Unit cannot compact, or the collection door cannot be opened or locked.",
         "Remote diagnosis within 4 business hours. On-site technician within 3 business days if the site is "
         "within 150 miles of a Compactra service depot, otherwise within 5 business days."),
        ("Priority 2", "Degraded operation: reduced compaction, intermittent fill reporting, display faults.",
         "On-site visit, if needed, within 10 business days."),
        ("Priority 3", "Cosmetic issues, requests for information.", "Handled at the next scheduled visit."),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph(
        "Service depots: Columbus, Ohio; Denver, Colorado; Sacramento, California. Support hours are Monday to "
        "Friday, 7:00 a.m. to 7:00 p.m. Eastern Time, excluding U.S. federal holidays. For Priority 1 faults on "
        "controller boards, Compactra ships an advance replacement board within 2 business days so that trained "
        "City staff can swap it before the technician arrives.")

    d.add_heading("4. RouteWise software service level", 2)
    d.add_paragraph(
        "Compactra targets a monthly availability of 99.5% for the RouteWise web application and driver app "
        "back end, excluding scheduled maintenance (Sundays 1:00 a.m. to 5:00 a.m. Eastern Time, announced at "
        "least 72 hours in advance). If monthly availability falls below 99.5%, the customer receives a service "
        "credit of 10% of that month's subscription fee; below 99.0%, the credit is 25%. Credits are capped at "
        "50% of the monthly fee, must be claimed in writing within 30 days after the end of the affected month, "
        "and are the customer's sole remedy for unavailability of the software.")

    d.add_heading("5. Claims and limitation of liability", 2)
    d.add_paragraph(
        "Warranty claims are submitted through the RouteWise support portal with the unit serial number and "
        "photographs within 30 days of discovering the defect. Compactra will repair or replace the defective part "
        "at its option; replaced parts become Compactra's property. Compactra's aggregate liability under these "
        "terms is limited to the fees paid by the customer in the 12 months preceding the claim. Neither party is "
        "liable for indirect or consequential losses, including overtime, lost revenue or fines.")
    d.save(OUT / "compactra-warranty-sla.docx")


# ---------------------------------------------------------------- PDF: technical specification and site guide
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(OUT / "cx360-spec-site-guide.pdf"), pagesize=letter,
                            leftMargin=54, rightMargin=54, topMargin=54, bottomMargin=54,
                            title="CX360 Technical Specification and Site Guide")
    st = []
    st.append(Paragraph("CX360 Solar Compacting Station - Technical Specification and Site Guide", ss["Title"]))
    st.append(Paragraph("Compactra Systems, Inc. Document CX-TS-07, edition April 2025. Covers models CX-360-S "
                        "(single stream) and CX-360-D (dual stream) and the FillSense FS-20 retrofit sensor.", body))
    st.append(Spacer(1, 8))
    st.append(Paragraph("1. Specifications", ss["Heading2"]))
    data = [
        ["Item", "CX-360-S single stream", "CX-360-D dual stream"],
        ["External dimensions (W x D x H)", "25.5 x 26.6 x 49.5 in", "50.0 x 26.6 x 49.5 in"],
        ["Weight, empty", "298 lb", "580 lb"],
        ["Internal bin", "32 gal", "2 x 32 gal, two independent compactors"],
        ["Effective capacity (5:1 compaction)", "up to 150 gal", "up to 150 gal per stream"],
        ["Compaction force", "1,250 lbf", "1,250 lbf per compactor"],
        ["Solar panel", "40 W monocrystalline", "2 x 40 W monocrystalline"],
        ["Battery", "12 V 18 Ah AGM", "2 x 12 V 18 Ah AGM"],
        ["Hopper opening / handle height", "12.5 x 14 in / 38 in", "12.5 x 14 in each / 38 in"],
        ["Fill sensor", "integrated ultrasonic", "integrated ultrasonic, one per stream"],
        ["Cellular module", "LTE-M with NB-IoT fallback", "LTE-M with NB-IoT fallback"],
        ["Operating temperature", "-22°F to 122°F", "-22°F to 122°F"],
    ]
    t = Table(data, colWidths=[170, 150, 180])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    st.append(t)
    st.append(Spacer(1, 8))
    for p in [
        "Reporting: the integrated sensor of a CX360 station reports the fill level every 15 minutes, and "
        "immediately when the bin reaches 85% full or when the collection door is opened. One compaction cycle "
        "takes about 40 seconds and uses about 0.6 Wh.",
        "Energy: the station runs year-round in locations that receive at least 2 hours of direct sunlight or "
        "4 hours of indirect light per day. A fully charged battery powers up to 3 weeks of normal use without "
        "any sun. When the battery drops below 20%, the station keeps accepting waste but compacts only once the "
        "bin is 70% full, and sends a low-battery alert.",
        "Fullness indicator: a three-colour light on the hopper (green, yellow, red) shows the fill level to "
        "crews on the street and works without any cellular connection.",
    ]:
        st.append(Paragraph(p, body))
    st.append(Paragraph("2. Site requirements and installation", ss["Heading2"]))
    for p in [
        "Pad: each station is bolted to a level concrete pad at least 4 in thick. Minimum pad size is 36 x 36 in "
        "for a CX-360-S and 60 x 36 in for a CX-360-D. Four 1/2-inch stainless steel wedge anchors per unit are "
        "supplied. Pads must cure for at least 7 days before installation.",
        "Clearance: keep 24 in free in front of the collection door for the door swing and bin removal. Keep at "
        "least 6 ft from fire hydrants unless local code requires more.",
        "Shade: avoid locations shaded by trees or buildings between 10 a.m. and 2 p.m. The free site survey "
        "in the RouteWise app gives a sun score for each planned location before installation.",
        "Installation time: about 45 minutes per unit on a prepared pad, including commissioning and the first "
        "connection to RouteWise. Each unit ships with 2 keys for its keyed-alike cam lock.",
        "Liners: 33 x 40 in bags, 1.5 mil minimum thickness. The internal bin has two wheels and a handle.",
        "Lead times: CX360 stations ship 8 to 10 weeks after the purchase order; FillSense FS-20 sensors ship "
        "3 to 4 weeks after the purchase order.",
    ]:
        st.append(Paragraph(p, body))
    st.append(Paragraph("3. FillSense FS-20 retrofit sensor", ss["Heading2"]))
    for p in [
        "The FS-20 adds fill-level reporting to existing, non-compacting containers from 20 to 120 gallons. It "
        "mounts under the lid with two stainless screws or an industrial adhesive pad; wire baskets need the "
        "FS-20-MB mounting bracket. Measuring range 4 in to 10 ft; enclosure rated IP68; operating temperature "
        "-40°F to 185°F.",
        "By default the FS-20 reports 6 times per day, configurable up to 24 times per day. At the default "
        "setting its lithium battery lasts up to 7 years; at 24 readings per day, about 3 years. The battery is "
        "not user-replaceable. A tilt alert is sent when the container is knocked over.",
    ]:
        st.append(Paragraph(p, body))
    doc.build(st)


# ---------------------------------------------------------------- XLSX: price list and plans
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    ws = wb.active
    ws.title = "Price List"
    ws.append(["Compactra Systems, Inc. - 2025 Municipal Price List (USD, excluding sales tax)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Product", "Unit", "List price (USD)", "Notes"])
    for c in ws[3]:
        c.font = bold
    for r in [
        ("CX-360-S", "CX360 Solar Compacting Station, single stream", "each", 4850, "Includes anchor kit and 2 keys"),
        ("CX-360-D", "CX360 Solar Compacting Station, dual stream", "each", 8900, "Trash + recycling, two compactors"),
        ("CX-360-T", "CX360 Solar Compacting Station, triple stream", "each", 12600, "Trash, recycling, organics"),
        ("FS-20", "FillSense FS-20 retrofit fill-level sensor", "each", 395, "For containers 20-120 gal"),
        ("FS-20-MB", "FillSense mounting bracket for wire baskets", "each", 28, ""),
        ("RP-SUB-STD", "RouteWise Standard subscription", "per connected unit per year", 144, "Monitoring only"),
        ("RP-SUB-PRO", "RouteWise Pro subscription", "per connected unit per year", 216, "Includes daily route optimization"),
        ("RP-SUB-ENT", "RouteWise Enterprise subscription", "per connected unit per year", 288, "Includes SSO and webhooks"),
        ("INST-STD", "Installation and commissioning on a prepared pad", "per unit", 325, "Pad by customer"),
        ("INST-PAD", "Concrete pad pour by Compactra subcontractor", "per pad", 780, "Single-stream size only"),
        ("TRN-ONS", "On-site operator training, 1 day, up to 12 participants", "per day", 1450, "Plus travel outside 150 miles of a depot"),
        ("TRN-WEB", "Remote training session, 2 hours", "per session", 350, ""),
        ("EXT-WAR-3", "Extended warranty, years 3-5, mechanical and electrical", "per unit", 290, "Battery excluded"),
        ("SP-KIT", "Spare parts kit: hopper handle, 2 door gaskets, fuse set, ram pad", "per kit", 640, ""),
        ("BAT-AGM", "Replacement battery 12 V 18 Ah AGM", "each", 165, ""),
        ("WRAP-CUS", "Custom vinyl wrap with City artwork", "per unit", 240, "Artwork supplied by customer"),
    ]:
        ws.append(list(r))
    for col, w in zip("ABCDE", (13, 58, 28, 16, 40)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("RouteWise Plans")
    ws2.append(["RouteWise plan comparison - 2025"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Feature", "Standard", "Pro", "Enterprise"])
    for c in ws2[3]:
        c.font = bold
    for r in [
        ("Fill-level dashboard and alerts", "Yes", "Yes", "Yes"),
        ("Route optimization", "No", "Daily", "Daily + real-time re-routing"),
        ("Vehicles per route plan", "-", "up to 20", "unlimited"),
        ("Admin and user seats", "5", "25", "Unlimited"),
        ("Data retention", "12 months", "36 months", "Unlimited"),
        ("API access", "No", "Read-only REST API", "Full REST API + webhooks"),
        ("Esri ArcGIS Online integration", "No", "Yes", "Yes"),
        ("Single sign-on (SAML 2.0)", "No", "No", "Yes"),
        ("Support", "Email, business hours", "Phone and email, business hours", "Phone 24x7 for Priority 1"),
        ("Cellular data plan for connected units", "Included", "Included", "Included"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABCD", (40, 24, 32, 32)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Volume Discounts")
    ws3.append(["Volume and program discounts - 2025"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["CX360 stations on one purchase order", "Discount on list price"])
    for c in ws3[3]:
        c.font = bold
    for r in [("1-9", "0%"), ("10-24", "3%"), ("25-49", "5%"), ("50-99", "8%"), ("100 or more", "12%")]:
        ws3.append(list(r))
    ws3.append([])
    ws3.append(["Other programs", "Discount"])
    ws3.cell(ws3.max_row, 1).font = bold
    for r in [
        ("FillSense FS-20, 50 or more sensors on one order", "10%"),
        ("RouteWise Pro or Enterprise, first year, new municipal customers", "15%"),
        ("RouteWise, 3 years prepaid in advance (not combinable with the first-year discount)", "10%"),
        ("EXT-WAR-3 bought together with the units", "5%"),
    ]:
        ws3.append(list(r))
    ws3.append([])
    ws3.append(["Volume tiers count all CX360 configurations together (single, dual and triple stream). "
                "Discounts apply to list prices and are not applied to installation, training or spare parts."])
    ws3.column_dimensions["A"].width = 80
    ws3.column_dimensions["B"].width = 24
    wb.save(OUT / "compactra-price-list-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# RouteWise: connectivity, data and subscription FAQ

*Compactra Systems knowledge base - article KB-114, updated March 2025*

## What counts as a connected unit?
RouteWise is priced per connected unit per year. Each CX360 station (single, dual or triple stream) counts as one
connected unit, and each FillSense FS-20 sensor counts as one connected unit. Spare parts, keys and mounting
brackets are not counted.

## When does billing start?
The subscription is billed annually in advance from the go-live date. Go-live is the day the first 10 units report
into the customer's account, or 30 days after delivery, whichever comes first. Units added later are billed pro rata
until the next renewal date.

## Renewal and price changes
Subscriptions renew automatically every year. To cancel, send written notice at least 60 days before the renewal
date. After the first year the list price of the plan then in effect applies; for municipal customers, renewal
price increases are capped at 5% per year.

## What happens if the subscription lapses?
The stations keep compacting and the fullness indicator light on the hopper keeps working. Fill-level data, alerts
and route plans stop. Data already collected is kept for 90 days and then deleted.

## Who owns the data?
The customer owns its fill-level and collection data. It can be exported at any time as CSV or GeoJSON from the
Reports page, and for 90 days after the end of the subscription.

## Where is the data hosted and how is it protected?
RouteWise runs on Amazon Web Services data centers in the United States (regions us-east-2 and us-west-2).
Data is encrypted in transit with TLS 1.2 or higher and at rest with AES-256. A SOC 2 Type II report is available
under a non-disclosure agreement.

## Cellular connectivity
The cellular data plan is included in every RouteWise plan; customers do not need their own SIM cards. If the
signal is weak, a unit stores up to 30 days of readings and uploads them when the connection returns.

## Route optimization
On Pro and Enterprise, route plans are generated every night at 4:00 a.m. local time from the latest fill levels,
vehicle capacities and shift times. Drivers use the RouteWise Driver app for iOS and Android, which works offline
and syncs completed stops when back in coverage. Enterprise adds real-time re-routing during the shift.

## Alerts
Fullness thresholds are configurable per unit (default 85%). A heat alert is sent when the internal temperature of a
CX360 station exceeds 140°F. FillSense sensors send a tilt alert when a container is knocked over.

## Onboarding
A kickoff call is held within 5 business days of the purchase order, and the customer's account is live within 10
business days. Existing container locations can be imported from a CSV file with latitude and longitude columns.
"""


def make_md():
    (OUT / "routewise-faq.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written to", OUT)
