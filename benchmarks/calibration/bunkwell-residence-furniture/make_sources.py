"""Generate the four knowledge sources of the bunkwell-residence-furniture scenario.

Run with a Python that has python-docx and openpyxl; reportlab is imported from the
environment or from a scratch folder (pip install --target /tmp/bunkwell_pkgs reportlab).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KN = os.path.join(HERE, "knowledge")
os.makedirs(KN, exist_ok=True)

try:
    import reportlab  # noqa: F401
except ImportError:
    sys.path.insert(0, "/tmp/bunkwell_pkgs")

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table


# ---------------------------------------------------------------- DOCX: warranty & service terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Bunkwell Campus Interiors, Inc.", level=0)
    d.add_heading("Institutional Warranty & After-Sales Service Terms (rev. 2025-02)", level=1)
    d.add_paragraph(
        "These terms apply to furniture supplied by Bunkwell Campus Interiors, Inc. (\"Bunkwell\") to universities, "
        "colleges and other institutional housing operators in the United States. Warranty periods start on the date "
        "of punch-list sign-off for each delivery phase, or 30 days after delivery if no punch list is completed, "
        "whichever is earlier. The warranty is given to the institution that purchased the furniture and is not "
        "transferable to a third party on resale.")
    d.add_heading("1. Coverage periods", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Product group", "Coverage", "Period"
    rows = [
        ("Bed frames (loftable beds)", "Structural: steel end frames, hardwood rails, deck and bunking pin sockets",
         "15-year structural warranty"),
        ("Bed frames (loftable beds)", "Laminate surfaces and edge banding", "5 years"),
        ("Study desks and wardrobes", "Case construction, joints, tops and shelves", "10-year warranty"),
        ("Study desks and wardrobes", "Drawer runners, door hinges and hanging rails", "5 years"),
        ("Study desks and wardrobes", "Cam locks and keys", "2 years"),
        ("Mattresses", "Foam or coil core, cover seams and zips", "10-year warranty (see section 2)"),
        ("Accessories", "Bunking kits, guardrails, ladders, bed-end extension kits, desk returns", "5 years"),
        ("Installation workmanship", "Assembly, leveling and wall anchoring by Bunkwell crews",
         "12 months from punch-list sign-off"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_heading("2. Mattress warranty", level=2)
    d.add_paragraph(
        "Mattresses carry a 10-year warranty. Years 1 to 5 are non-prorated: a defective mattress is replaced free of "
        "charge, including freight. Years 6 to 10 are prorated: the institution pays 12% of the then-current list price "
        "for each full year of service beyond year 5, and Bunkwell pays the balance and the freight. A body impression "
        "deeper than 1.5 inches, measured without load, is a defect; a shallower impression is normal wear. Stains, "
        "burns, cuts and punctures of the cover are not defects. Heat treatment against bed bugs does not void the "
        "warranty if the mattress core temperature stays at or below 135°F (57°C); higher temperatures, steam applied "
        "directly to the seams, and chemical foggers void the mattress warranty.")
    d.add_heading("3. Exclusions", level=2)
    for s in [
        "Vandalism, misuse, or loads beyond the rated capacity. The loftable bed deck is rated for a static load of "
        "400 lb; the rating applies at every deck height and in bunked configuration.",
        "Furniture relocated, re-lofted or re-bunked by persons other than Bunkwell staff or university maintenance "
        "staff who have completed Bunkwell's re-lofting training.",
        "Damage caused by cleaning agents other than those listed in Bunkwell's care instructions, or by prolonged "
        "standing water.",
        "Normal wear, including fading of laminate exposed to direct sunlight and scratches on work surfaces.",
        "Wardrobes that were not anchored to the wall with the anti-tip hardware supplied.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("4. How to make a claim", level=2)
    d.add_paragraph(
        "Claims are submitted through the Bunkwell customer portal or to service@bunkwell.example, quoting the SKU, the "
        "serial label (under the bed deck, inside the left wardrobe door, under the desk top) and photographs. "
        "Bunkwell acknowledges each claim within 2 business days and proposes a resolution plan within 5 business days. "
        "Replacement parts are shipped within 10 business days of approval. For orders of more than 100 rooms, a "
        "Bunkwell technician repairs on site within 15 business days for campuses within 250 miles of the Grand Rapids, "
        "Michigan service depot; further away, parts are shipped and Bunkwell reimburses the institution's maintenance "
        "labor at $45 per hour, up to 1 hour per item repaired.")
    d.add_heading("5. Spare parts and attic stock", level=2)
    d.add_paragraph(
        "Bunkwell keeps spare parts (drawer fronts, doors, hinges, runners, bunking pins, end-frame caps) available for "
        "at least 10 years after a model is discontinued. For projects above 200 rooms Bunkwell recommends an attic "
        "stock of 2% of each casegood SKU, ordered with the main order at the quoted discount.")
    d.add_heading("6. Summer turnover service", level=2)
    d.add_paragraph(
        "Bunkwell offers a summer re-lofting and de-bunking service at $18 per bed, with a minimum charge of $1,500 "
        "per visit. Visits are scheduled with at least 30 days' notice between May 15 and August 15. The service "
        "includes a safety check of bunking pins, guardrails and wardrobe anchoring, reported room by room.")
    d.save(os.path.join(KN, "bunkwell-warranty-service-terms.docx"))


# ---------------------------------------------------------------- PDF: delivery & installation conditions
def make_pdf():
    path = os.path.join(KN, "bunkwell-delivery-installation-conditions.pdf")
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.7 * inch,
                            title="Delivery, Installation & Site Requirements", author="Bunkwell Campus Interiors")
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    h = ss["Heading2"]
    el = [Paragraph("Bunkwell Campus Interiors, Inc.", ss["Title"]),
          Paragraph("Delivery, Installation &amp; Site Requirements for Institutional Projects "
                    "(document BW-OPS-07, rev. 2025-03)", ss["Heading1"])]
    sections = [
        ("1. Lead times", [
            "Casegoods (loftable beds, study desks, wardrobes) ship 10 weeks after the approved purchase order and the "
            "signed finish selection. Standard mattresses (BW-MT-FR80-HD) ship in 4 weeks; upgrade mattresses "
            "(BW-MT-GL80-CF and BW-MT-HY90-PK) ship in 6 weeks. Accessories follow the casegoods.",
            "Rush manufacturing shortens the casegood lead time to 7 weeks for a surcharge of 6% of the product value "
            "of the order, subject to plant capacity confirmed in writing at order.",
        ]),
        ("2. Delivery", [
            "Deliveries arrive on 53-ft trailers; one trailer carries the furniture for about 60 rooms. The site must "
            "offer a loading dock or a level paved area at least 60 ft long next to the building entrance.",
            "Deliveries take place Monday to Friday between 7:00 a.m. and 5:00 p.m. Saturday deliveries carry a "
            "surcharge of $650 per truck. There are no Sunday or public-holiday deliveries.",
            "The institution reserves one freight elevator, with protective padding, for Bunkwell's exclusive use during "
            "installation hours. If no elevator is available, a stair-carry surcharge of $9 per item per floor above "
            "the second floor applies.",
        ]),
        ("3. Installation", [
            "A four-person crew installs about 30 rooms per day in single-occupancy configuration (one bed, one "
            "mattress, one desk, one wardrobe). Bunkwell staffs each project so that a 120-room phase is installed "
            "within 3 working days.",
            "Every wardrobe is anchored to the wall with two anti-tip straps: into studs or with toggle bolts rated at "
            "least 100 lb on drywall, and with 1/4-inch sleeve anchors on concrete block or brick. The institution marks "
            "walls containing pipes or cables before installation; Bunkwell is not responsible for damage to concealed "
            "services that were not marked.",
            "Beds are set to the deck height the institution requests on its room schedule; otherwise at 24 inches.",
            "All Bunkwell installers carry photo ID and have completed a criminal background check within the last "
            "24 months. Crews working in occupied buildings are escorted by staff of the institution when required.",
        ]),
        ("4. Removal of existing furniture and packaging", [
            "Where removal is ordered, existing furniture is removed from each room on the day of installation and "
            "hauled to Bunkwell's recycling partner. At least 80% of mattress materials by weight are diverted from "
            "landfill (steel, foam, fiber, wood). A certificate of recycling is issued within 30 days of the last "
            "removal. All cardboard, film and pallets from the new furniture are taken away the same day.",
        ]),
        ("5. Rescheduling", [
            "If the institution reschedules a delivery with less than 72 hours' notice, a redelivery fee of $450 per "
            "truck applies. If it cancels or idles an installation crew with less than 72 hours' notice, a standby fee "
            "of $1,200 per crew per day applies. Rescheduling with 72 hours' notice or more is free of charge, subject "
            "to crew availability.",
        ]),
        ("6. Damage, punch list and sign-off", [
            "Visible damage is noted on the delivery receipt. Concealed damage found after unpacking must be reported "
            "within 5 business days of delivery; Bunkwell repairs or replaces the item at no charge within 10 business "
            "days.",
            "A joint punch-list walkthrough takes place within 2 business days after each phase is completed. Punch-list "
            "items are resolved within 10 business days, after which the institution signs off the phase.",
        ]),
        ("7. Insurance", [
            "Bunkwell carries commercial general liability insurance of $2,000,000 per occurrence and workers' "
            "compensation as required by law. A certificate of insurance naming the institution as additional insured "
            "is issued on request before work starts.",
        ]),
    ]
    for title, paras in sections:
        el.append(Paragraph(title, h))
        for p in paras:
            el.append(Paragraph(p, body))
            el.append(Spacer(1, 4))
    el.append(Spacer(1, 8))
    tbl = Table([["Item", "Condition"],
                 ["Saturday delivery", "$650 per truck"],
                 ["Stair carry (no elevator)", "$9 per item per floor above the second floor"],
                 ["Late delivery reschedule", "$450 per truck (less than 72 hours' notice)"],
                 ["Crew standby or cancellation", "$1,200 per crew per day (less than 72 hours' notice)"],
                 ["Rush manufacturing", "7 weeks, 6% of product value"]],
                colWidths=[2.2 * inch, 4.4 * inch])
    el.append(tbl)
    doc.build(el)


# ---------------------------------------------------------------- XLSX: price & specification sheet
def make_xlsx():
    wb = Workbook()
    hdr = ["SKU", "Product", "Dimensions (W x D x H)", "Weight (lb)", "Key specification", "List price (USD)",
           "Lead time"]

    def sheet(ws, title, rows, notes):
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(hdr)
        for c in ws[2]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
        ws.append([])
        for n in notes:
            ws.append([n])
        for col, w in zip("ABCDEFG", (18, 44, 22, 11, 60, 15, 12)):
            ws.column_dimensions[col].width = w

    ws = wb.active
    ws.title = "Beds & Mattresses"
    sheet(ws, "Bunkwell 2025 Institutional Price & Specification Sheet - Beds & Mattresses (USD list prices, "
              "effective March 1, 2025)", [
        ("BW-LB-3680-MAP", "Loftable bed, twin XL, Natural Maple", "39 x 83 x 68 in", 118,
         "Deck height adjustable from 6 to 30 in in 2-in steps; 400 lb static deck rating; takes 36 x 80 mattress",
         689.00, "10 weeks"),
        ("BW-LB-3680-OAK", "Loftable bed, twin XL, Harvest Oak", "39 x 83 x 68 in", 118,
         "As BW-LB-3680-MAP", 713.00, "10 weeks"),
        ("BW-LB-3680-WAL", "Loftable bed, twin XL, Smoked Walnut", "39 x 83 x 68 in", 118,
         "As BW-LB-3680-MAP", 731.00, "10 weeks"),
        ("BW-MT-FR80-HD", "Mattress, twin XL, high-density foam, 7 in", "36 x 80 x 7 in", 31,
         "1.8 lb/ft3 foam, fluid-proof antimicrobial vinyl cover with welded seams; meets 16 CFR 1632/1633 and "
         "CAL TB 117-2013", 214.00, "4 weeks"),
        ("BW-MT-GL80-CF", "Mattress, twin XL, gel memory-foam top, 8 in", "36 x 80 x 8 in", 38,
         "2 in gel memory foam over 6 in HD foam; fluid-proof vinyl cover; meets 16 CFR 1632/1633", 268.00, "6 weeks"),
        ("BW-MT-HY90-PK", "Mattress, twin XL, hybrid pocket-coil, 9 in", "36 x 80 x 9 in", 52,
         "630 pocketed coils, 1.5 in foam comfort layer; fluid-proof vinyl cover; meets 16 CFR 1632/1633",
         329.00, "6 weeks"),
        ("BW-AC-BNK-KIT", "Bunking kit: 4 steel bunking pins, guardrail, ladder", "-", 22,
         "Bunks two BW-LB-3680 beds; guardrail standard height", 96.00, "10 weeks"),
        ("BW-AC-EXT6", "Bed-end extension kit (twin XL to 86 in)", "-", 9,
         "Adds 6 in to deck length for tall students; needs an 86 in mattress or a 6 in foam filler", 74.00,
         "10 weeks"),
    ], ["Finishes for beds: Natural Maple (standard), Harvest Oak (+$24 per bed), Smoked Walnut (+$42 per bed).",
        "List prices exclude delivery, installation and sales tax. Volume discounts are stated on each quote."])

    ws = wb.create_sheet("Desks & Wardrobes")
    sheet(ws, "Bunkwell 2025 Institutional Price & Specification Sheet - Desks & Wardrobes (USD list prices, "
              "effective March 1, 2025)", [
        ("BW-SD-4224-2D", "Study desk 42 in, 2-drawer pedestal, keyboard tray", "42 x 24 x 30 in", 92,
         "1 in thermofused laminate top, 3 mm PVC edge; drawers on full-extension runners", 436.00, "10 weeks"),
        ("BW-SD-4824-2D", "Study desk 48 in, 2-drawer pedestal, keyboard tray", "48 x 24 x 30 in", 104,
         "As BW-SD-4224-2D, wider top", 471.00, "10 weeks"),
        ("BW-SD-4830-3D", "Study desk 48 in deep, 3-drawer pedestal", "48 x 30 x 30 in", 121,
         "1 in top, 3-drawer pedestal with lockable top drawer", 518.00, "10 weeks"),
        ("BW-AC-DRT24", "Desk return extension (L-shape)", "24 x 18 x 30 in", 28,
         "Bolts to the left or right side of any BW-SD desk", 119.00, "10 weeks"),
        ("BW-WR-3672-2D", "Wardrobe, 2 doors, hanging rail and 3 shelves", "36 x 24 x 72 in", 165,
         "Cam lock on right door; shelves adjustable on 32 mm system; anti-tip straps included", 812.00, "10 weeks"),
        ("BW-WR-2472-1D", "Wardrobe, 1 door, hanging rail and 2 shelves", "24 x 24 x 72 in", 121,
         "Cam lock; anti-tip straps included", 634.00, "10 weeks"),
        ("BW-AC-LCK-MK", "Master-keyed cam lock set (per wardrobe)", "-", 1,
         "Replaces standard keyed-different lock; master key issued to housing office", 27.00, "10 weeks"),
    ], ["Finishes for desks and wardrobes: Natural Maple (standard); Harvest Oak +$18 per desk and +$31 per wardrobe; "
        "Smoked Walnut +$33 per desk and +$56 per wardrobe.",
        "List prices exclude delivery, installation and sales tax."])

    ws = wb.create_sheet("Services")
    ws.append(["Bunkwell 2025 Institutional Price & Specification Sheet - Services (USD)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["SKU", "Service", "Unit", "Price (USD)", "Includes / conditions"])
    for c in ws[2]:
        c.font = Font(bold=True)
    for r in [
        ("BW-SVC-DEL-WG", "White-glove delivery to room", "per room", 58.00,
         "Unloading, carry to room, unpacking, removal of packaging the same day"),
        ("BW-SVC-INST", "Installation and assembly", "per room", 92.00,
         "Bed, desk and wardrobe assembly; wardrobe wall anchoring; bed set to requested deck height"),
        ("BW-SVC-REM", "Removal and recycling of existing furniture", "per room", 35.00,
         "Bed, mattress, desk, wardrobe and one chair per room; certificate of recycling"),
        ("BW-SVC-RELOFT", "Summer re-lofting / de-bunking", "per bed", 18.00, "Minimum $1,500 per visit"),
        ("BW-SVC-RUSH", "Rush manufacturing (7 weeks)", "per order", "6% of product value", "Subject to capacity"),
        ("BW-SVC-SAT", "Saturday delivery", "per truck", 650.00, "Monday to Friday deliveries at no surcharge"),
        ("BW-SVC-STAIR", "Stair carry without elevator", "per item per floor above 2nd", 9.00, ""),
    ]:
        ws.append(list(r))
    for col, w in zip("ABCDE", (16, 40, 28, 18, 70)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(KN, "bunkwell-price-spec-sheet-2025.xlsx"))


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    print("sources written to", KN)
