"""Generate the four knowledge sources of the kerfholt-sawmill-blades scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from the scratch folder)
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

OUT = Path(__file__).parent / "knowledge"
OUT.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX: service terms and SLA
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Kerfholt Saw Services GmbH - Service Terms and Service Level Agreement (KST-2025)", 0)
    d.add_paragraph("Valid for service contracts concluded from 1 January 2025. Kerfholt Saw Services GmbH, "
                    "Hafenstrasse 21, 93055 Regensburg, Germany. These terms apply to band saw, circular saw and "
                    "chipper knife servicing and to the sale of new blades, unless the quote states otherwise.")

    d.add_heading("1. Turnaround", 1)
    d.add_paragraph("Standard turnaround is 5 working days from collection at the customer's mill to return delivery "
                    "at the same mill. Working days exclude Saturdays, Sundays and Bavarian public holidays.")
    d.add_paragraph("Express turnaround (48 hours from collection) is available on request for up to 20 blades per "
                    "batch and carries a surcharge of 35% on the service price of the blades concerned.")
    d.add_paragraph("Emergency same-day service: blades delivered by the customer to the Regensburg service centre "
                    "before 07:30 are ready for pick-up by 16:00 the same working day. Surcharge 80% on the service "
                    "price; a maximum of 6 blades per customer per day. Collection and delivery are not included.")
    d.add_heading("1.1 Service credits for late return", 2)
    d.add_paragraph("If a standard batch is returned after the 5 working days, the customer receives a service "
                    "credit of 5% of that batch's service charges per late working day, capped at 25% of the batch's "
                    "service charges. Credits are shown on the next monthly invoice. No credit is due when the delay "
                    "is caused by blades that need more than the included crack welding, by missing blade IDs, or by "
                    "force majeure. Express and emergency orders are excluded from service credits; if an express "
                    "batch is late, only the surcharge is waived.")

    d.add_heading("2. Blade condition, crack welding and unserviceable blades", 1)
    d.add_paragraph("Crack welding is included in the band blade service price for up to 3 cracks per blade, each "
                    "no longer than 12 mm measured from the gullet. Further cracks, or cracks between 12 mm and 25 mm, "
                    "are TIG-welded at EUR 14.50 per weld.")
    d.add_paragraph("Blades with a crack longer than 25 mm, a broken back edge, or a width below the minimum service "
                    "width given in Technical Service Specification TS-14 are returned unserviced and charged the "
                    "inspection fee of EUR 7.80 per blade. Kerfholt will not scrap a customer's blade without written "
                    "consent. Blades scrapped with consent are credited at the scrap steel value of the day.")
    d.add_paragraph("Blades heavily coated with resin or pitch are cleaned at the resin removal charge in the price "
                    "list. Blades with embedded foreign metal (nails, fence wire, shrapnel) are serviced only after "
                    "the customer has approved the extra tooth replacement cost.")

    d.add_heading("3. Workmanship warranty", 1)
    d.add_paragraph("Each serviced blade is warranted for 30 days from return delivery or its first 40 operating "
                    "hours, whichever comes first, against tooth loss, stellite or carbide tip detachment and tension "
                    "faults attributable to Kerfholt's workmanship. The remedy is a free re-service of the blade, "
                    "including collection and return with the next scheduled round trip.")
    d.add_paragraph("The warranty does not cover damage from foreign metal in logs, incorrect feed speed, wrong wheel "
                    "tilt or strain settings, running blades past the recommended interval, or blades serviced by "
                    "third parties after Kerfholt's service. New blades carry the manufacturer's warranty of 6 months "
                    "against material and manufacturing defects.")

    d.add_heading("4. Claims", 1)
    d.add_paragraph("Claims must be notified in writing within 10 working days of return delivery, stating the "
                    "blade ID and including photographs of the defect. The blade must be kept unaltered for inspection. "
                    "Claims notified later are accepted only at Kerfholt's discretion.")

    d.add_heading("5. Liability", 1)
    d.add_paragraph("Kerfholt's total liability per calendar year is limited to 100% of the net service fees invoiced "
                    "to the customer in the previous 12 months. Kerfholt is not liable for loss of production, "
                    "downtime, sawn-timber losses or other indirect or consequential losses, except in cases of intent "
                    "or gross negligence or where liability cannot be excluded by law.")
    d.add_paragraph("If a blade is lost or destroyed while in Kerfholt's custody, Kerfholt replaces it at its current "
                    "value, at most EUR 450 per band blade and EUR 300 per circular saw blade.")

    d.add_heading("6. Prices, invoicing and payment", 1)
    d.add_paragraph("Services are invoiced monthly in arrears on the blades actually serviced; new blades are invoiced "
                    "on delivery. Payment is due net 30 days from invoice date without deduction. Late payments bear "
                    "interest at 9 percentage points above the base rate.")
    d.add_paragraph("A minimum monthly charge of EUR 600 net applies to service contracts; if the services invoiced in "
                    "a month are below this amount, the difference is invoiced as a standby charge. Months in which "
                    "the customer's mill is closed for a notified holiday shutdown of at least 10 working days are "
                    "exempt.")
    d.add_paragraph("Prices are fixed for 12 months from the contract start. At each anniversary Kerfholt may adjust "
                    "prices in line with its wage and abrasive costs, by no more than 4.5% per year, with 6 weeks' "
                    "written notice.")

    d.add_heading("7. Term and termination", 1)
    d.add_paragraph("The initial term is 12 months. The contract renews automatically for further 12-month periods "
                    "unless either party terminates it in writing with 3 months' notice before the end of the current "
                    "term. Either party may terminate for cause with immediate effect.")

    d.add_heading("8. Records", 1)
    d.add_paragraph("For every blade Kerfholt keeps a service history (blade ID, date, measured width, tension reading, "
                    "crack welds, replaced teeth). Records are kept for 5 years and can be exported for the customer "
                    "on request as a CSV file.")
    d.save(OUT / "Kerfholt_Service_Terms_SLA_KST-2025.docx")


# ---------------------------------------------------------------- PDF: technical specification
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Heading1"], ss["Heading2"]
    story = [
        Paragraph("Technical Service Specification TS-14: Band and Circular Saw Blade Servicing", h1),
        Paragraph("Kerfholt Saw Services GmbH, Regensburg service centre. Revision 7, January 2025. This "
                  "specification describes what each service includes and the tolerances blades are returned to.", body),
        Paragraph("1. Incoming inspection and identification", h2),
        Paragraph("Every blade is logged on arrival. Blades without an ID receive a laser-etched ID near the back edge "
                  "free of charge. Band blades are checked on a magnetic crack-detection bench over their full length; "
                  "circular blades are checked for cracks in the gullets and around the expansion slots.", body),
        Paragraph("2. Band saw blades", h2),
        Paragraph("Cleaning: alkaline bath at 60 °C followed by rinsing and drying; resin-heavy blades are pre-soaked. "
                  "Crack welding: TIG welding with post-weld annealing, weld seams ground flush on both sides.", body),
        Paragraph("Levelling and tensioning: blades are levelled on an anvil and roll-tensioned to the customer's wheel "
                  "profile. Back crown is set to 0.4 mm over a 1.5 m straightedge (tolerance ±0.1 mm). Tension is "
                  "recorded on the service report for each blade.", body),
        Paragraph("Grinding: tooth profile ground with CBN wheels on an automatic profile grinder. Tooth height "
                  "tolerance ±0.05 mm along the full blade. Swaged blades are swaged and shaped to a side clearance of "
                  "0.45 mm per side; stellited blades are ground to 0.50 mm per side (±0.03 mm).", body),
        Paragraph("Stellite tipping: Stellite 12 alloy deposited by automatic stellite machine, induction-hardened and "
                  "ground to profile; tip hardness 46-50 HRC. Full re-tipping covers every tooth; partial re-tipping "
                  "replaces up to 20 damaged teeth.", body),
        Paragraph("Minimum service width: each service removes on average about 0.35 mm of blade width. 180 mm blades "
                  "are retired at 150 mm width; 130 mm blades are retired at 105 mm width; 230 mm blades are retired at "
                  "195 mm width. Blades below these widths are returned unserviced.", body),
        Paragraph("3. Circular saw blades (carbide-tipped)", h2),
        Paragraph("Blades up to 1,250 mm diameter are serviced. Flatness is checked and corrected to 0.05 mm or better "
                  "for blades up to 600 mm diameter and 0.08 mm or better above 600 mm. Axial runout after service is "
                  "at most 0.03 mm. Face and top are ground with diamond wheels; a regrind removes 0.1-0.2 mm from the "
                  "tip face.", body),
        Paragraph("Carbide tips are replaced when less than 1.2 mm of carbide remains or when a tip is chipped or "
                  "missing. New tips are induction-brazed with silver solder containing 49% silver and ground to match "
                  "the existing tips.", body),
        Paragraph("4. Chipper canter knives", h2),
        Paragraph("Knives are ground in matched sets of 4 to the original bevel angle. Sets are weight-balanced to "
                  "within 2 g per set; knives that can no longer be balanced or are shorter than the holder's minimum "
                  "projection are reported for replacement.", body),
        Paragraph("5. Return packaging and documentation", h2),
        Paragraph("Band blades are returned coiled in three loops with plastic tooth guards, in Kerfholt steel "
                  "crates. Circular blades are returned in vertical racks with each tooth ring protected. Every batch "
                  "comes with a service report listing blade ID, measured width, tension reading, crack welds and "
                  "replaced teeth.", body),
        Spacer(1, 6 * mm),
    ]
    t = Table([
        ["Parameter", "Band blades", "Circular blades <= 600 mm", "Circular blades > 600 mm"],
        ["Flatness / back crown", "0.4 mm / 1.5 m (±0.1)", "<= 0.05 mm", "<= 0.08 mm"],
        ["Tooth height / runout", "±0.05 mm", "runout <= 0.03 mm", "runout <= 0.03 mm"],
        ["Side clearance", "0.45 swaged, 0.50 stellited", "as original", "as original"],
    ], colWidths=[40 * mm, 45 * mm, 45 * mm, 45 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(t)
    SimpleDocTemplate(str(OUT / "Kerfholt_TS-14_Technical_Service_Specification.pdf"), pagesize=A4,
                      title="Kerfholt TS-14 Technical Service Specification").build(story)


# ---------------------------------------------------------------- XLSX: price list
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    ws = wb.active
    ws.title = "Service Prices"
    ws.append(["Kerfholt Price List 2025 - valid 1 March 2025 to 28 February 2026 - EUR excluding VAT"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["SKU", "Service", "Unit", "Price EUR", "Notes"])
    for c in ws[2]:
        c.font = bold
    rows = [
        ("KH-BS130-RS", "Band blade service, 130 mm", "per blade", 29.80, "clean, crack-check, level, tension, grind"),
        ("KH-BS180-RS", "Band blade service, 180 mm", "per blade", 38.50, "clean, crack-check, level, tension, grind"),
        ("KH-BS230-RS", "Band blade service, 230 mm", "per blade", 47.90, "clean, crack-check, level, tension, grind"),
        ("KH-BS-STL", "Stellite re-tipping, full blade", "per blade", 96.00, "any width up to 230 mm"),
        ("KH-BS-STL-P", "Stellite re-tipping, partial", "per tooth", 2.90, "up to 20 teeth per blade"),
        ("KH-BS-WELD", "Additional crack weld", "per weld", 14.50, "beyond 3 included cracks or 12-25 mm long"),
        ("KH-INSP", "Inspection fee, unserviceable blade", "per blade", 7.80, "returned unserviced"),
        ("KH-CS600-RG", "Circular blade regrind, up to 600 mm", "per blade", 54.00, "carbide-tipped"),
        ("KH-CS1250-RG", "Circular blade regrind, 601-1,250 mm", "per blade", 89.00, "carbide-tipped"),
        ("KH-CS-TIP", "Carbide tip replacement", "per tip", 4.20, "induction-brazed"),
        ("KH-CK-RG", "Chipper canter knife regrind", "set of 4", 72.00, "balanced set"),
        ("KH-RESIN", "Heavy resin removal", "per blade", 6.50, "only when pre-soak is needed"),
        ("KH-AUD-FR", "Saw-filing room audit and training", "per day", 1150.00, "travel included within Zones A-C"),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDE", (16, 40, 12, 11, 42)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Logistics & Surcharges")
    ws2.append(["Kerfholt Price List 2025 - Collection, delivery and surcharges - EUR excluding VAT"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append(["Item", "Condition", "Price / surcharge"])
    for c in ws2[2]:
        c.font = bold
    for r in [
        ("Zone A collection and delivery", "up to 40 km from Regensburg, per round trip", "EUR 95.00"),
        ("Zone B collection and delivery", "41-90 km, per round trip", "EUR 145.00"),
        ("Zone C collection and delivery", "91-150 km, per round trip", "EUR 210.00"),
        ("Beyond 150 km", "per round trip", "on request"),
        ("Express turnaround", "48 hours, max. 20 blades per batch", "+35% on service price"),
        ("Emergency same-day service", "delivered by customer before 07:30, max. 6 blades per day", "+80% on service price"),
        ("Steel crate deposit", "per crate, refunded on return", "EUR 85.00"),
        ("Lost or damaged crate", "per crate, deposit deducted", "EUR 240.00"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABC", (34, 52, 24)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("New Blades")
    ws3.append(["Kerfholt Price List 2025 - New band saw blades, ready to run - EUR excluding VAT"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append(["SKU", "Width x thickness x length (mm)", "Tooth", "Price EUR", "Lead time"])
    for c in ws3[2]:
        c.font = bold
    for r in [
        ("KH-NB130-SW", "130 x 1.25 x 8,200", "swaged", 228.00, "15 working days"),
        ("KH-NB130-ST", "130 x 1.25 x 8,200", "stellited", 286.00, "15 working days"),
        ("KH-NB180-SW", "180 x 1.47 x 10,470", "swaged", 349.00, "15 working days"),
        ("KH-NB180-ST", "180 x 1.47 x 10,470", "stellited", 412.00, "15 working days"),
        ("KH-NB230-ST", "230 x 1.65 x 12,300", "stellited", 538.00, "20 working days"),
    ]:
        ws3.append(list(r))
    ws3.append([])
    ws3.append(["Other lengths on request. New blades are supplied levelled, tensioned and ground to TS-14."])
    for col, w in zip("ABCDE", (16, 30, 12, 11, 18)):
        ws3.column_dimensions[col].width = w
    wb.save(OUT / "Kerfholt_Price_List_2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Blade collection, packing and damage reports: FAQ

*Kerfholt Saw Services knowledge base - logistics team, updated January 2025*

## How does scheduled collection work?
Contract customers get a fixed weekly collection day. Our driver collects the used blades and returns the
previous batch on the same visit, so with the standard turnaround of 5 working days each blade is away from the
mill for one week. If your mill is closed on the collection day, tell us by 12:00 on the previous working day and we
move the round trip to the next working day at no charge. Extra unscheduled round trips are charged at the zone price.

## How should we pack band blades?
Coil each band blade in three loops, teeth facing outwards, and fit the plastic tooth guards we supply. Put a
maximum of 40 coiled band blades in one steel crate. Circular blades go upright in the racks with the tooth ring
protected; do not stack circular blades flat on top of each other.

## What about the crates?
Kerfholt steel crates are supplied against a deposit of EUR 85 per crate, refunded when the crate comes back. A
crate that is lost or damaged beyond repair is charged at EUR 240, less the deposit.

## Do we have to clean the blades before sending them?
No. Normal sawdust and light resin are removed in our cleaning bath at no extra charge. Blades heavily coated with
resin or pitch (typically after sawing fresh pine in summer) need a pre-soak and are charged EUR 6.50 per blade for
resin removal. We tell you on the service report which blades needed it.

## A blade came back damaged or failed early. What do we do?
1. Take the blade out of service and do not regrind or weld it yourselves.
2. Photograph the damage and note the laser-etched blade ID.
3. Send the photos and ID to service@kerfholt-saw.de within 10 working days of return delivery.
4. Put the blade in the next collection crate marked "claim".
Our service engineer checks the blade against the service report. Warranty re-services are returned with the next
scheduled round trip.

## Can we track our blades?
Each batch comes with a service report per blade. On request we export the full history of your blades as a CSV
file (blade ID, date, width, tension reading, crack welds, replaced teeth).

## Is there anything you will not accept?
Blades with embedded foreign metal are accepted, but the extra tooth replacement is only done once you approve the
cost. We do not service bimetal metal-cutting band saw blades or hand saws.
"""


def make_md():
    (OUT / "blade-logistics-faq.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", OUT)
