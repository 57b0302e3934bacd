"""Generate the four knowledge sources of the kestrel-play-playgrounds scenario.

Run with python-docx, openpyxl and reportlab importable, e.g.
  PYTHONPATH=/tmp/rl-play /work/main/.venv/bin/python make_sources.py
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

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Kestrel Play Systems B.V. - Installation & Site Works Conditions", 0)
    d.add_paragraph("Document PSW-07, revision March 2026. Applies to every quotation that includes the "
                    "installation item INS-FULL for public playgrounds. Where a tender specification conflicts "
                    "with these conditions, the order confirmation states which document prevails.")

    d.add_heading("1. What the installation price includes", 1)
    for t in [
        "Setting out of all equipment and surfacing areas from the approved layout drawing, including a site "
        "meeting with the client's parks officer before excavation starts.",
        "Excavation of footings and surfacing trays, concrete footings in C25/30 concrete to the depths given in "
        "the manufacturer's installation sheets (typically 700 to 1,000 mm for tower posts).",
        "Assembly of all equipment by a Kestrel crew of three, with torque-checked fixings and tamper-proof caps.",
        "Laying of poured-in-place rubber (SBR base and EPDM wear layer) and of rubber grass mats, including a "
        "compacted 150 mm Type 1 sub-base under poured-in-place areas.",
        "Temporary Heras site fencing, 2.0 m high, around the working area for the whole duration of the works, "
        "with signage in the local language.",
        "Removal of excavated spoil up to 40 m³ per project. Spoil above 40 m³ is charged at €42 per m³, "
        "and contaminated spoil is always charged at cost plus 12% with the disposal certificate attached.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Removal of existing equipment is not included in INS-FULL unless it is listed as a separate "
                    "line on the quote. Where requested it is priced at €350 per item for spring rockers, "
                    "benches and small single items, and €1,150 per item for swing frames, climbing frames and "
                    "multi-play units, including breaking out the old footings to 300 mm below finished level "
                    "and disposal of the steel for recycling.")

    d.add_heading("2. Client responsibilities", 1)
    for t in [
        "Provide utility and buried-services drawings (cable avoidance survey) for the site at least 10 working "
        "days before the agreed start date. Kestrel does not excavate without them.",
        "Provide clear vehicle access at least 3.0 m wide with ground capable of carrying a 7.5 t vehicle, and a "
        "secured storage area of about 40 m² within 50 m of the playground for deliveries.",
        "Provide water and 230 V power within 50 m of the working area. Where none is available Kestrel supplies "
        "a generator and water bowser at €95 per day.",
        "Close the existing playground to the public from the start date; Kestrel is not responsible for "
        "members of the public entering the site through gates left open by third parties.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("3. Unforeseen ground conditions", 1)
    d.add_paragraph("If an excavation meets rock, old concrete, buried services that are not on the drawings, "
                    "tree roots over 50 mm in diameter, or soil that looks or smells contaminated, the crew stops "
                    "work on that footing and makes it safe. Kestrel notifies the client's named contact within "
                    "4 working hours with photographs and a proposed solution (for example relocating the item "
                    "within its impact area, or a surface-mounted base plate where the design allows it). "
                    "Extra work is carried out only after written approval, at the following day rates: "
                    "installation crew of three €1,380 per day; mini-excavator with operator €640 per day; "
                    "breaker attachment €160 per day. Waiting time of the crew caused by the client's late "
                    "approval is charged at the crew day rate after the first half day.")

    d.add_heading("4. Programme and working hours", 1)
    d.add_paragraph("Equipment lead times run from the date of the order confirmation and are stated per item "
                    "in the product specification sheet. Installation starts on the agreed date once all "
                    "equipment has been delivered. A site with up to 450 m² of surfacing and up to six items of "
                    "equipment normally takes 12 to 15 working days on site, of which the poured-in-place "
                    "surfacing takes 3 to 4 days. Normal working hours are 07:30 to 17:00, Monday to Friday. "
                    "Weekend or evening work is available on request with a 35% surcharge on labour.")

    d.add_heading("5. Weather and curing of poured-in-place rubber", 1)
    d.add_paragraph("Poured-in-place rubber is only laid when the air temperature is at least 5 °C and rising, "
                    "the sub-base is dry and no rain is forecast for 24 hours. The surface must not be walked on "
                    "or used for 48 hours after laying, or 72 hours when the temperature stays below 10 °C. "
                    "Rubber grass mats can be laid in any weather that allows the ground to be worked. Delays "
                    "caused by weather are not a breach of the programme: the programme is extended day for day "
                    "and the crew is redeployed without charge to the client.")

    d.add_heading("6. Completion and handover", 1)
    d.add_paragraph("On completion an independent post-installation inspection is carried out by an inspection "
                    "body accredited to EN ISO/IEC 17020 (item INS-POST). The report is issued within 5 working "
                    "days and classifies findings as high, medium or low risk. Kestrel rectifies high-risk "
                    "findings before the playground is opened and low- and medium-risk findings within 20 working "
                    "days, at no cost to the client where they concern Kestrel's supply or work. The handover "
                    "pack contains the inspection report, on-site impact test (HIC) results of the "
                    "poured-in-place surfacing to EN 1177, the as-built drawing, declarations of conformity to "
                    "EN 1176 for each item and the maintenance manual.")
    d.save(OUT / "installation-site-conditions.docx")

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]; body.fontSize = 9.5; body.leading = 12.5
    h1, h2 = ss["Title"], ss["Heading2"]
    doc = SimpleDocTemplate(str(OUT / "warranty-care-plan.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm)
    s = [Paragraph("Kestrel Play Systems - Warranty and Care Plan Plus Terms", h1),
         Paragraph("Reference KPS-WTY-2026, valid for orders confirmed from 1 January 2026. All periods run "
                   "from the date of handover stated in the handover certificate.", body),
         Paragraph("1. Warranty periods", h2)]
    rows = [["Component", "Warranty", "Covers"],
            ["Steel posts and frames (hot-dip galvanised, powder-coated)", "15 years", "Structural failure from a material or manufacturing defect"],
            ["HPL and HDPE panels", "10 years", "Delamination, breakage, UV fading beyond grade 3"],
            ["Stainless steel slides", "10 years", "Weld failure, deformation"],
            ["Rotomoulded tube slides", "5 years", "Cracking, UV degradation"],
            ["Springs of spring rockers", "5 years", "Fracture, loss of return force"],
            ["Bearings, swing hangers, carousel hub", "2 years", "Seizure, excessive play"],
            ["Swing seats, chains, ropes, nets", "2 years", "Breakage not caused by wear or vandalism"],
            ["Poured-in-place rubber (impact performance)", "5 years", "Impact attenuation falling below the tested critical fall height"],
            ["Poured-in-place rubber (EPDM wear layer)", "3 years", "Shrinkage gaps over 5 mm, delamination"],
            ["Rubber grass mats", "3 years", "Tearing, mat connectors failing"]]
    cell = ss["BodyText"].clone("cell", fontSize=8.5, leading=10.5)
    rows = [[Paragraph(c, cell) for c in r] for r in rows]
    t = Table(rows, colWidths=[62 * mm, 20 * mm, 92 * mm])
    t.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 8.5), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 6)]
    s += [Paragraph("2. Exclusions", h2),
          Paragraph("The warranty does not cover vandalism, arson, graffiti, damage by vehicles or grounds-"
                    "maintenance machinery, normal wear, modifications not approved by Kestrel in writing, use of "
                    "non-Kestrel spare parts, or defects resulting from inspections not being carried out and "
                    "recorded as required by EN 1176-7. Surface wear of poured-in-place rubber at swing and slide "
                    "exits is treated as normal wear after the second year.", body),
          Paragraph("3. Making a claim", h2),
          Paragraph("Claims must be notified in writing within 30 days of the defect being discovered, with "
                    "photographs and the item's serial plate number. Kestrel acknowledges the claim and proposes "
                    "a remedy within 5 working days. Kestrel may repair or replace the defective part at its "
                    "option; labour for warranty repairs is free of charge within the first 2 years and charged "
                    "at the standard call-out rate of €185 per visit thereafter.", body),
          Paragraph("4. Care Plan Plus (maintenance and inspection)", h2),
          Paragraph("Care Plan Plus is an annual plan priced per year per playground. It includes four "
                    "quarterly operational inspections per year, one of which is the annual main inspection "
                    "to EN 1176-7 carried out by an accredited inspector, with a written report to the parks "
                    "department after each visit. Each visit includes minor adjustments, tightening of fixings, "
                    "lubrication of bearings and up to 2 hours of labour. Replacement parts fitted during visits "
                    "are charged at the spare-parts list price minus 15%. Patch repairs of poured-in-place rubber "
                    "up to 1 m² per year are included.", body),
          Paragraph("Response times: a defect reported by telephone to the 24/7 line and classified as high "
                    "risk is attended and made safe within 24 hours; all other defects are attended within 10 "
                    "working days. Making safe may mean closing or removing an item until the repair is done.", body),
          Paragraph("Term: the plan price is fixed for the initial term stated on the quote. Either party may end "
                    "the plan with 90 days' written notice before an anniversary of the handover date. Fees for "
                    "part-years are not refunded. The plan does not transfer to another site.", body)]
    doc.build(s)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active; ws.title = "Equipment"
    ws.append(["Kestrel Play Systems - Product & Surfacing Specification Sheet 2026 (prices EUR excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    hdr = ["SKU", "Product", "Age range", "Free height of fall (m)", "Impact area L x W (m)", "Max users",
           "Wheelchair accessible", "Lead time (weeks)", "List price (EUR)", "Certification"]
    ws.append(hdr)
    for r in [
        ["KPS-TWR-420", "Heron 420 tower combination (2 towers, tube slide, climbing wall)", "4 to 12 years", 2.1, "11.4 x 8.2", 24, "Ground-level panels only", "10 to 12", 38450, "EN 1176-1, -3"],
        ["KPS-TWR-300", "Heron 300 tower (1 tower, straight slide)", "3 to 10 years", 1.5, "8.6 x 6.1", 12, "No", "8 to 10", 21900, "EN 1176-1, -3"],
        ["KPS-SWG-2B1N", "Wren double-bay swing frame, 2 flat seats + 1 nest seat (pivot 2.4 m)", "3 years and up", 1.4, "7.6 x 8.0", 6, "Nest seat transfer possible", "6 to 8", 6980, "EN 1176-1, -2"],
        ["KPS-SWG-2F", "Wren single-bay swing frame, 2 flat seats", "3 years and up", 1.4, "7.6 x 3.8", 2, "No", "6 to 8", 3890, "EN 1176-1, -2"],
        ["KPS-SPR-07", "Otter spring rocker, single seat", "2 to 6 years", 0.6, "3.2 x 2.6", 1, "No", "4", 1240, "EN 1176-1, -6"],
        ["KPS-SPR-09", "Beaver spring rocker, two seats", "2 to 8 years", 0.6, "3.6 x 2.8", 2, "No", "4", 1680, "EN 1176-1, -6"],
        ["KPS-INC-ORB", "Orbit Flush inclusive ground-level carousel, 2.0 m deck", "All ages", 0.4, "6.0 diameter", 8, "Yes, 1 wheelchair space, flush entry", "8 to 10", 14900, "EN 1176-1, -5"],
    ]:
        ws.append(r)
    for c, w in zip("ABCDEFGHIJ", [14, 60, 14, 12, 16, 9, 28, 12, 12, 14]):
        ws.column_dimensions[c].width = w
    ws.append([])
    ws.append(["Free height of fall per EN 1176-1. The surfacing in the impact area must have a tested critical "
               "fall height at least equal to the free height of fall of the item. Standard colour schemes: "
               "Meadow (green/sand), Harbour (blue/grey), Ember (red/anthracite); custom RAL colours +6% on list price."])

    ws2 = wb.create_sheet("Surfacing")
    ws2.append(["Impact-absorbing surfacing tested to EN 1177 (price per m², laid, excl. sub-base works)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["SKU", "Type", "Total thickness (mm)", "Build-up", "Critical fall height (m)",
                "List price per m² (EUR)", "Standard colours", "Lead time (weeks)"])
    for r in [
        ["SRF-PIR-50", "Poured-in-place rubber", 50, "15 mm EPDM wear layer on 35 mm SBR base", 1.4, 78.00, "Terracotta, Mid Green, Sky Blue, Sand", "3"],
        ["SRF-PIR-80", "Poured-in-place rubber", 80, "15 mm EPDM wear layer on 65 mm SBR base", 2.2, 96.50, "Terracotta, Mid Green, Sky Blue, Sand", "3"],
        ["SRF-PIR-100", "Poured-in-place rubber", 100, "15 mm EPDM wear layer on 85 mm SBR base", 2.6, 108.00, "Terracotta, Mid Green, Sky Blue, Sand", "3"],
        ["SRF-GRM-23", "Rubber grass mats 1500 x 1000 mm", 23, "Open-cell mat laid on existing turf, pinned", 1.3, 38.00, "Black, Green", "2"],
    ]:
        ws2.append(r)
    ws2.append([])
    ws2.append(["Non-standard EPDM colours or graphics inlaid in the wear layer: +€6.50 per m². Grass mats need "
                "established turf; on bare soil the critical fall height is not guaranteed."])
    for c, w in zip("ABCDEFGH", [14, 32, 14, 44, 14, 14, 38, 12]):
        ws2.column_dimensions[c].width = w

    ws3 = wb.create_sheet("Spare parts")
    ws3.append(["Spare parts price list 2026 (EUR excl. VAT, delivery within 10 working days)"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["SKU", "Part", "Fits", "List price (EUR)"])
    for r in [
        ["SP-SEAT-FLAT", "Flat rubber swing seat with galvanised chain set", "KPS-SWG-2B1N, KPS-SWG-2F", 165.00],
        ["SP-SEAT-CRADLE", "Cradle toddler seat with chain set", "KPS-SWG-2B1N, KPS-SWG-2F", 210.00],
        ["SP-SEAT-NEST", "Nest seat 1.0 m diameter with suspension ropes", "KPS-SWG-2B1N", 890.00],
        ["SP-BRG-SW", "Swing bearing hanger, pair", "All Wren frames", 138.00],
        ["SP-SPR-HD", "Heavy-duty spring with fixings", "KPS-SPR-07, KPS-SPR-09", 245.00],
        ["SP-HPL-PNL", "HPL panel, per panel", "KPS-TWR-420, KPS-TWR-300", 320.00],
        ["SP-ORB-HUB", "Carousel hub bearing assembly", "KPS-INC-ORB", 1460.00],
        ["SP-PIR-REP", "Poured-in-place rubber patch repair, per m² (laid)", "SRF-PIR-*", 145.00],
    ]:
        ws3.append(r)
    for c, w in zip("ABCD", [16, 50, 28, 14]):
        ws3.column_dimensions[c].width = w
    wb.save(OUT / "product-spec-2026.xlsx")

# ---------------------------------------------------------------- Markdown KB
KB = """# Ordering, delivery and payment for municipal customers

*Kestrel Play Systems help centre - last reviewed October 2026*

## How do we place an order?
Send a purchase order that quotes the quotation number, or sign and return the quotation. We send an order
confirmation within 3 working days stating the equipment lead times, the proposed installation window and the
colour-scheme deadline. Quoted prices are held until the expiry date of the quotation; after that, prices of
steel-based equipment may be revised in line with the steel surcharge index.

## What is the payment schedule?
Public-sector projects are invoiced in three stages:
- 30% on order confirmation;
- 60% on delivery of the equipment to site;
- 10% on handover, after the post-installation inspection report has been issued.

Invoices are payable within 30 days of the invoice date. Care Plan Plus is invoiced annually in advance, the
first year on the handover date. We accept payment by bank transfer only; invoices can be sent as e-invoices
(Peppol / UBL) on request.

## Colours and customisation
The colour scheme must be confirmed within 10 working days of the order confirmation. If we receive no choice,
we produce in the standard Meadow scheme so that the lead time is not affected. Name plates with the park's name
or the municipality's logo can be added to tower roofs for EUR 240 per plate.

## Delivery
Equipment is delivered direct to site on a 7.5 t or 18 t vehicle with tail-lift or crane, normally in one or two
deliveries in the week before installation starts. The driver needs a contact on site; deliveries that cannot be
unloaded are re-delivered at EUR 290 per trip.

## Certification and standards
All equipment is certified to the relevant parts of EN 1176 by TÜV SÜD, and every surfacing type is tested to
EN 1177. Certificates and declarations of conformity are in the handover pack and can be sent before ordering on
request. The SBR base layer of poured-in-place rubber is made from recycled tyre granulate; the EPDM wear layer is
virgin material.

## Inclusive play
The Orbit Flush carousel is set flush with the surrounding surface so that a wheelchair user can roll on without
a ramp; it has one wheelchair space with a backrest. Towers such as the Heron 420 offer ground-level play panels
but their decks are reached by steps and climbers only.

## Spare parts
Spare parts are kept available for at least 10 years after a product is discontinued and are normally delivered
within 10 working days.
"""

def make_md():
    (OUT / "ordering-and-payment-faq.md").write_text(KB, encoding="utf-8")

if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx(); make_md()
    print("written:", sorted(p.name for p in OUT.iterdir()))
