"""Generate the four knowledge sources of the orchwright-cider-press-servicing scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv; reportlab from a scratch --target folder.)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Orchwright Press Services Ltd - Service Terms and Harvest Priority Cover", 0)
    d.add_paragraph(
        "Document OPS-T-07, revision 4, effective 1 March 2025. These terms apply to every pre-season service, "
        "refurbishment and callout carried out by Orchwright Press Services Ltd (\"Orchwright\") unless a signed "
        "quotation states otherwise. Orchwright services belt presses, rack-and-cloth (pack) presses, hydraulic "
        "bladder presses and fruit mills used for cider, perry and apple juice production."
    )
    d.add_heading("1. Pre-season service visits", 1)
    d.add_paragraph(
        "Pre-season services are booked between 1 June and 29 August. Visits in September to mid-December are "
        "possible only as callouts or where an engineer slot is free; they are charged at the harvest-season "
        "labour rate. A booked visit may be moved or cancelled free of charge up to 14 days before the visit date. "
        "Cancellation or postponement with less than 14 days' notice incurs a late cancellation fee of GBP 350.00. "
        "If the press is not cleaned, isolated and accessible when the engineer arrives, waiting time is charged "
        "at the hourly rate after the first 30 minutes."
    )
    d.add_heading("2. Harvest Priority Cover (OW-CARE-SEASON)", 1)
    d.add_paragraph(
        "Harvest Priority Cover is sold per harvest season. The harvest season runs from 1 September to "
        "15 December. Cover is invoiced annually in advance, in August, for the coming season. Each season of cover includes:"
    )
    for t in [
        "telephone and video support from a press engineer within 2 working hours, 7 days a week, 07:00 to 20:00;",
        "an engineer on site within 24 hours for sites in travel zones A and B, and within 48 hours in zone C;",
        "up to 4 emergency callouts per season with labour and travel included (parts are charged at list price less 10%);",
        "a loan rack-and-cloth press (model HP-60, 60 litre basket) if a covered repair is expected to take more than 72 hours, subject to availability; loan press delivery and collection is charged at GBP 180.00;",
        "priority allocation of belts and roller re-coats from Orchwright stock.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Callouts beyond the 4 included in a season are charged at GBP 240.00 per callout plus parts; labour on "
        "Sundays and bank holidays carries a 50% surcharge. Outside the harvest season, sites with cover receive "
        "an engineer within 3 working days; sites without cover are scheduled within 10 working days. Unused "
        "callouts do not roll over to the next season. Cover bought for several seasons may be cancelled with "
        "effect from the next season by giving written notice before 30 June; the season already invoiced is not refunded."
    )
    d.add_heading("3. Exclusions", 1)
    d.add_paragraph(
        "Cover and workmanship warranty do not apply to damage caused by stones, metal or other foreign objects "
        "entering the fruit mill; use of cleaning chemicals outside the limits in the Belt Care Guide (in particular "
        "chlorine-based sanitisers above 200 ppm); running a belt press without wash-water on the belt; repairs or "
        "modifications carried out by third parties; or consumables (press cloths, filter sheets, wiper blades). "
        "Electrical faults upstream of the press isolator are the customer's responsibility."
    )
    d.add_heading("4. Warranty", 1)
    d.add_paragraph(
        "Labour is guaranteed for 90 days from the visit date. Orchwright-supplied press belts carry a 12-month "
        "warranty against seam failure and edge fraying, provided tension and tracking have been kept within "
        "the values in the Belt Care Guide. Roller re-coats carry a 2-season warranty against delamination. "
        "Other parts carry the manufacturer's warranty. Warranty claims must be reported within 7 days of the fault being found."
    )
    d.add_heading("5. Payment", 1)
    d.add_paragraph(
        "Unless the quotation states otherwise, new customers pay a 30% deposit on acceptance and the balance "
        "within 30 days of the invoice date. Late payments bear interest at 4% above the Bank of England base rate. "
        "Orchwright's total liability under any order is limited to the order value; Orchwright is not liable for "
        "loss of production, spoiled fruit or juice, or lost sales."
    )
    d.save(os.path.join(K, "service-terms-and-priority-cover.docx"))


# ---------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [
        Paragraph("BP-1200 Belt Press - Pre-Season Service Procedure and Belt Care Guide", ss["Title"]),
        Paragraph("Orchwright Press Services Ltd, technical note TN-12, issue 3 (April 2025). Applies to BP-900, "
                  "BP-1200 and BP-1500 belt presses with pneumatic belt tensioning.", body),
        Spacer(1, 8),
        Paragraph("1. What the full pre-season service covers", ss["Heading2"]),
        Paragraph("The full pre-season service (OW-BP-SVC-FULL) takes 1.5 days on site for one belt press with one "
                  "engineer. Each belt change adds 4 hours. A rack-and-cloth press reseal (HP-90) takes half a day. "
                  "The service includes: belt tension and tracking check and adjustment; inspection of all rollers for "
                  "coating wear, cracking and bearing play; replacement of scraper and wiper blades; cleaning and "
                  "test of the spray-bar nozzles; gearbox oil change; drive-chain inspection and lubrication; safety "
                  "test of the pull-cord emergency stops and guard interlocks; and a 30-minute wet run with water. "
                  "A written service report with measured values is left on site.", body),
        Paragraph("2. Belt tension and tracking", ss["Heading2"]),
        Paragraph("Set the pneumatic belt tension to 4.5 bar for pressing apples and 4.0 bar for pears (perry). Never "
                  "exceed 6 bar. Tracking tolerance is plus or minus 3 mm at the outlet roller; the automatic tracking "
                  "paddle must correct a 10 mm offset within one belt revolution. A belt running outside tolerance for "
                  "more than one shift voids the belt warranty.", body),
        Paragraph("3. Belt life and replacement", ss["Heading2"]),
        Paragraph("A polyester monofilament belt lasts typically 3 seasons or 2,500 tonnes of fruit, whichever comes "
                  "first. A polypropylene multifilament belt lasts typically 2 seasons or 1,600 tonnes. Replace a "
                  "belt when the seam shows lifting longer than 20 mm, when more than 5% of the open area is "
                  "permanently blinded, or when edge fraying reaches the tracking zone. The BP-1200 uses two belts "
                  "(upper and lower) of 1200 mm width; rated throughput is 1.8 tonnes of apples per hour.", body),
        Paragraph("4. Cleaning limits", ss["Heading2"]),
        Table([
            ["Item", "Max water temperature", "Caustic (NaOH)", "Chlorine sanitiser"],
            ["Press belts", "80 C", "1.5% at max 50 C", "max 200 ppm"],
            ["Press cloths", "60 C", "not permitted", "max 100 ppm"],
            ["Roller coatings (NBR)", "70 C", "1.5% at max 50 C", "max 200 ppm"],
        ]),
        Spacer(1, 6),
        Paragraph("Rinse belts with cold water within 15 minutes after caustic cleaning. Do not use high-pressure "
                  "lances closer than 30 cm to the belt surface. Store removed belts rolled, dry and out of direct "
                  "sunlight; never fold a belt.", body),
        Paragraph("5. Lubricants", ss["Heading2"]),
        Paragraph("Use only NSF H1 food-grade lubricants. Belt press gearbox: ISO VG 220 synthetic gear oil, "
                  "4.2 litres. HP-90 hydraulic pack: ISO VG 46 food-grade hydraulic oil, 38 litres. Bearings: "
                  "H1 grease NLGI 2, every 40 operating hours during the season.", body),
        Paragraph("6. Site preparation before the engineer arrives", ss["Heading2"]),
        Paragraph("Clean the press and remove all pomace. Provide a lockable 400 V three-phase isolator, wash-down "
                  "water at a minimum of 3 bar, and 2 m of clear space around the press. The press must be cold and "
                  "isolated. Old belts are left with the customer unless disposal is ordered separately.", body),
    ]
    SimpleDocTemplate(os.path.join(K, "bp1200-service-and-belt-care.pdf"), pagesize=A4,
                      title="BP-1200 Service and Belt Care Guide").build(story)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Parts"
    ws.append(["Orchwright Press Services - Parts Price List 2025 (GBP, excl. VAT, valid 1 Mar 2025 - 28 Feb 2026)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Description", "Fits", "Unit price GBP", "Lead time", "Notes"])
    rows = [
        ["OW-BELT-PE1200", "Press belt, polyester monofilament, 1200 mm x 14.6 m", "BP-1200", 1640.00, "3 weeks", "welded clipper seam"],
        ["OW-BELT-PP1200", "Press belt, polypropylene multifilament, 1200 mm x 14.6 m", "BP-1200", 1390.00, "10 working days", "for pears and soft fruit"],
        ["OW-BELT-PE900", "Press belt, polyester monofilament, 900 mm x 12.2 m", "BP-900", 1295.00, "3 weeks", ""],
        ["OW-BELT-PE1500", "Press belt, polyester monofilament, 1500 mm x 16.8 m", "BP-1500", 2110.00, "4 weeks", ""],
        ["OW-ROL-NBR-180", "Roller re-coat, NBR food-grade, 180 mm diameter", "BP-900/1200", 320.00, "2 weeks", "70 Shore A"],
        ["OW-ROL-NBR-220", "Roller re-coat, NBR food-grade, 220 mm diameter", "BP-1200", 385.00, "2 weeks", "70 Shore A"],
        ["OW-ROL-NBR-280", "Roller re-coat, NBR food-grade, 280 mm diameter", "BP-1200/1500", 455.00, "2 weeks", "70 Shore A"],
        ["OW-MILL-BLD-K4", "Fruit mill blade set, hammer mill, 4 rotors", "Orchwright M-4 mill", 720.00, "5 working days", "reversible blades"],
        ["OW-HYD-PK-90", "Hydraulic pack reseal kit", "HP-90 rack-and-cloth press", 495.00, "in stock", "includes ram seals and filter"],
        ["OW-CLOTH-RC50", "Press cloths, polyester, 50 x 50 cm, pack of 10", "HP-60/HP-90", 96.00, "in stock", ""],
        ["OW-CLOTH-RC60", "Press cloths, polyester, 60 x 60 cm, pack of 10", "HP-90", 118.00, "in stock", ""],
        ["OW-SCRP-1200", "Scraper and wiper blade set", "BP-1200", 210.00, "in stock", "included in full service"],
        ["OW-BELT-DISP", "Removal and recycling of old press belts, per belt", "all", 45.00, "-", ""],
    ]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEF", [18, 58, 26, 15, 17, 30]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Labour and travel")
    ws2.append(["Orchwright Press Services - Labour and Travel Rates 2025 (GBP, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["Item", "Rate GBP", "Unit", "Conditions"])
    for r in [
        ["Engineer day rate, June to August", 780.00, "per day", "8 hours on site"],
        ["Engineer hourly rate, June to August", 98.00, "per hour", "minimum 2 hours"],
        ["Engineer hourly rate, harvest season (1 Sep - 15 Dec)", 128.00, "per hour", "minimum 3 hours"],
        ["Travel zone A (up to 30 miles from Ledbury)", 95.00, "per visit", ""],
        ["Travel zone B (30 to 80 miles)", 165.00, "per visit", "charged per engineer visit"],
        ["Travel zone C (80 to 150 miles)", 260.00, "per visit", "beyond 150 miles on request"],
        ["Overnight stay", 145.00, "per engineer per night", "visits longer than 1 day in zone C"],
        ["Late cancellation fee", 350.00, "per visit", "less than 14 days' notice"],
    ]:
        ws2.append(r)
    for col, w in zip("ABCD", [52, 12, 24, 36]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Belt specifications")
    ws3.append(["Press belt specifications"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["Belt type", "Material", "Air permeability (cfm)", "Typical life", "Max temp", "Best for"])
    ws3.append(["PE monofilament", "polyester", 450, "3 seasons / 2,500 tonnes", "80 C", "apples, hard fruit"])
    ws3.append(["PP multifilament", "polypropylene", 280, "2 seasons / 1,600 tonnes", "70 C", "pears, soft fruit, finer juice"])
    wb.save(os.path.join(K, "parts-and-rates-2025.xlsx"))


# ---------------------------------------------------------------- MD
MD = """# Booking, breakdowns and food safety: what cider makers ask us most

*Orchwright Press Services knowledge base, article KB-031, updated May 2025.*

## How do I report a breakdown?
Call the harvest hotline on 01531 640 772 (07:00 to 20:00, 7 days a week from 1 September to 15 December) or
e-mail breakdown@orchwright.example. Give your site number, press model and serial number, and a short video of the
fault if you can. With Harvest Priority Cover an engineer calls you back within 2 working hours. Out of hours,
leave a voicemail: it is picked up at 07:00.

## Can I keep pressing with a damaged belt?
Only if the tear is less than 50 mm long, away from the seam and outside the tracking zone. Reduce the belt
tension to 3.5 bar and the fruit feed by a third until the belt is replaced. A belt with a lifting seam must not be run.

## Are your engineers trained for food sites?
Yes. All engineers hold a Level 2 food hygiene certificate, wear blue detectable plasters and hair nets in
production areas, and follow your site's own hygiene and allergen rules. Tools are logged in and out of the
pressing hall. All lubricants we use are NSF H1 food-grade.

## Do you need the press to be clean?
Yes: remove all pomace and wash the press down the day before. The engineer does a final rinse after the service.
If the press has to be cleaned on arrival, the time is charged as waiting time.

## What happens to the old parts?
Old belts and cloths stay on site unless you order removal and recycling (OW-BELT-DISP, GBP 45.00 per belt).
Worn blades and seals are taken away free of charge.

## How is the mill blade set changed?
The M-4 hammer mill blades are reversible: turn them once at mid-life, then replace the set. A blade set lasts
about 600 tonnes of apples if stones are removed by the fruit washer. Blade changes take about 1 hour and are
included in the full pre-season service when the set is ordered with it.

## Do you service presses you did not supply?
Yes, for belt presses and pack presses of most European makes, after a first inspection visit charged at the
engineer day rate. We do not service pneumatic membrane (bladder) presses older than 15 years.
"""


def make_md():
    with open(os.path.join(K, "kb-booking-breakdowns-food-safety.md"), "w") as f:
        f.write(MD)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
