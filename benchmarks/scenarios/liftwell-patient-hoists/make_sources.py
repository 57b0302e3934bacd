"""Builds the two binary knowledge sources (xlsx, docx) for the liftwell-patient-hoists scenario."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font
from docx import Document

K = Path(__file__).parent / "knowledge"


def sheet(wb, title, rows, first=False):
    ws = wb.active if first else wb.create_sheet()
    ws.title = title
    for r in rows:
        ws.append(r)
    for c in ws[1]:
        c.font = Font(bold=True)
    for col in ws.columns:
        ws.column_dimensions[col[0].column_letter].width = 34
    return ws


def make_xlsx():
    wb = Workbook()
    sheet(wb, "Ceiling hoists", [
        ["Specification", "Aria 200", "Aria 272", "Aria 350"],
        ["Safe working load (kg)", 200, 272, 350],
        ["Lifting speed (mm/s)", 48, 40, 32],
        ["Lifting range (mm)", 2100, 2000, 2000],
        ["Motor unit weight (kg)", 7.2, 9.8, 12.4],
        ["Battery", "24 V NiMH 2.0 Ah", "24 V Li-ion 3.2 Ah", "24 V Li-ion 4.0 Ah"],
        ["Lifts per full charge (at 100 kg)", 60, 45, 35],
        ["Full charge time (h)", 3, 4, 4.5],
        ["Emergency lowering", "Mechanical and electrical", "Mechanical and electrical", "Mechanical and electrical"],
        ["Spreader bar supplied", "4-point, 450 mm", "4-point, 600 mm", "4-point, 700 mm"],
        ["Compatible track", "Straight, H-frame", "H-frame (reinforced)", "H-frame (reinforced)"],
        ["Standard", "BS EN ISO 10535", "BS EN ISO 10535", "BS EN ISO 10535"],
        ["List price (GBP, excl. VAT)", 2450, 3680, 4920],
    ], first=True)
    sheet(wb, "Mobile hoists & stand aids", [
        ["Specification", "Strata 180", "Strata 205", "Strata Stand 160"],
        ["Type", "Mobile passive hoist", "Mobile passive hoist", "Sit-to-stand aid"],
        ["Safe working load (kg)", 180, 205, 160],
        ["Lifting range (mm)", "520-1,790", "480-1,860", "760-1,290"],
        ["Turning circle (mm)", "1,310", "1,420", "1,150"],
        ["Base height (mm)", 105, 112, 95],
        ["Leg opening", "Electric", "Electric", "Manual"],
        ["Weight without battery (kg)", 38, 46, 34],
        ["Battery", "24 V 2.9 Ah sealed lead acid", "24 V 2.9 Ah sealed lead acid", "24 V 2.9 Ah sealed lead acid"],
        ["Lifts per full charge (at 100 kg)", 40, 35, 50],
        ["Full charge time (h)", 6, 6, 6],
        ["Castors", "100 mm, rear braked", "125 mm, rear braked", "100 mm, rear braked"],
        ["List price (GBP, excl. VAT)", 1890, 2340, 1640],
    ])
    sheet(wb, "Slings", [
        ["Size", "Colour code", "Patient weight range (kg)", "Universal loop sling SWL (kg)", "Universal sling price (GBP)", "Hygiene sling price (GBP)"],
        ["S", "Yellow", "35-60", 200, 80, 62],
        ["M", "Red", "55-95", 200, 86, 66],
        ["L", "Green", "90-140", 250, 92, 70],
        ["XL", "Blue", "130-200", 250, 104, 78],
        ["XXL", "Purple", "190-300", 300, 138, 96],
    ])
    sheet(wb, "Profiling beds", [
        ["Specification", "Vela 2", "Vela 3"],
        ["Safe working load (kg)", 200, 230],
        ["Platform height range (mm)", "400-800", "250-800"],
        ["Mattress platform sections", 3, 4],
        ["Trendelenburg / reverse", "No", "12 degrees"],
        ["Side rails", "Half-length split rails", "Full-length split rails"],
        ["Battery back-up", "Yes", "Yes"],
        ["Castors", "100 mm, central locking", "125 mm, central locking"],
        ["Bed weight (kg)", 112, 128],
        ["Mattress size (mm)", "1,950 x 880", "2,000 x 900"],
        ["List price (GBP, excl. VAT)", 1095, 1395],
    ])
    sheet(wb, "Price list", [
        ["SKU", "Description", "Unit", "List price (GBP, excl. VAT)"],
        ["LW-CH200", "Aria 200 ceiling hoist motor unit", "each", 2450],
        ["LW-CH272", "Aria 272 bariatric ceiling hoist motor unit", "each", 3680],
        ["LW-CH350", "Aria 350 bariatric ceiling hoist motor unit", "each", 4920],
        ["LW-TRK-ST", "Straight ceiling track up to 4 m, per room", "room", 640],
        ["LW-TRK-HF", "H-frame ceiling track system, per room", "room", 1150],
        ["LW-MH180", "Strata 180 mobile hoist", "each", 1890],
        ["LW-MH205", "Strata 205 mobile hoist", "each", 2340],
        ["LW-SA160", "Strata Stand 160 stand aid", "each", 1640],
        ["LW-BED-V2", "Vela 2 profiling bed", "each", 1095],
        ["LW-BED-V3", "Vela 3 low profiling bed", "each", 1395],
        ["LW-INST-RM", "Track installation and commissioning", "room", 320],
        ["LW-SVC-BRZ", "Bronze service plan", "site / year", 1150],
        ["LW-SVC-SLV", "Silver service plan", "site / year", 1950],
        ["LW-SVC-GOLD", "Gold service plan", "site / year", 2900],
        ["LW-TRN-DAY", "Moving and handling staff training day (up to 10 staff)", "day", 540],
        ["LW-LOLER-X", "Additional LOLER thorough examination outside a plan", "device", 95],
    ])
    sheet(wb, "Commercial notes", [
        ["Topic", "Note"],
        ["Quote validity", "Quotations are valid for 30 days from the date of issue."],
        ["Volume discount - ceiling hoists", "Aria motor units: 5-9 units 5-8% depending on model; 10 or more units up to 12%."],
        ["Volume discount - mobile hoists", "Strata mobile hoists: 3 or more units 10%."],
        ["Volume discount - slings", "Orders of 25 slings or more (any size mix): 12%."],
        ["Volume discount - beds", "Vela beds: 10-19 units 7%; 20 or more units 10%."],
        ["Training", "Training days are charged at 50% when ordered with 5 or more hoists on the same order."],
        ["Discount approval", "Any discount above the published bands, or on services, needs written approval from the Sales Director."],
        ["Lead times", "Beds, mobile hoists and slings: 3-4 weeks from order. Ceiling hoists and track: 6-8 weeks from order, including survey and fitting."],
        ["Delivery", "Free delivery to mainland UK addresses for orders over GBP 5,000 excl. VAT; otherwise GBP 85 per delivery."],
        ["Trade-in", "Old mobile hoists taken back for GBP 150 each, subject to inspection; must be agreed before the order."],
        ["Device count", "Service plans cover up to 15 lifting devices per site; each additional device is GBP 45 per year."],
    ])
    wb.save(K / "liftwell-product-datasheet-2026.xlsx")


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = str(v)


def make_docx():
    d = Document()
    d.add_heading("Liftwell Care Systems Ltd - Terms of Sale and Service 2026", 0)
    d.add_paragraph("These terms apply to every quotation and order for Liftwell equipment, installation and service plans in the United Kingdom. Version 4.2, effective 1 March 2026.")
    d.add_heading("1. Prices and orders", 1)
    d.add_paragraph("All prices are in pounds sterling and exclude VAT, which is added at the rate in force on the invoice date. A quotation becomes an order when the customer signs the order form or issues a purchase order that quotes the Liftwell quotation number.")
    d.add_heading("2. Payment", 1)
    d.add_paragraph("Equipment-only orders are invoiced on delivery and payable within 30 days. For installation projects a deposit of 30% of the order value is invoiced on order; the balance is invoiced on commissioning and is payable within 30 days. Service plans are invoiced annually in advance. Late payments carry interest at 8% above the Bank of England base rate.")
    d.add_heading("3. Delivery, installation and cancellation", 1)
    d.add_paragraph("Liftwell delivers to the ground floor of the named site unless installation is ordered, in which case its engineers position every item in the room. Ceiling track is made to measure after the structural survey and cannot be returned. If an order for track is cancelled after the survey, a survey fee of GBP 180 per room is charged.")
    d.add_paragraph("Unused slings in their original packaging may be returned within 14 days of delivery; a restocking fee of 15% applies. Used slings cannot be returned for hygiene reasons.")
    d.add_heading("4. Warranty", 1)
    d.add_paragraph("Liftwell warrants its equipment against defects in materials and workmanship for the periods below, counted from the date of delivery or, where installed, from commissioning. The warranty does not cover damage from misuse, unauthorised repairs or normal wear of textiles.")
    table(d, [
        ["Item", "Warranty period"],
        ["Aria ceiling hoist motor unit", "5 years"],
        ["Ceiling track (straight and H-frame)", "10 years"],
        ["Strata mobile hoist and stand aid frame", "5 years"],
        ["Strata actuator and control electronics", "3 years"],
        ["Vela bed frame", "5 years"],
        ["Vela bed motors and handset", "2 years"],
        ["Batteries (all products)", "1 year"],
        ["Slings", "1 year from first use"],
    ])
    d.add_heading("5. Service plans", 1)
    d.add_paragraph("Under the Lifting Operations and Lifting Equipment Regulations 1998 (LOLER), equipment used to lift people must have a thorough examination by a competent person every 6 months. Every Liftwell service plan includes these two examinations per year for each covered device, with a written report within 5 working days of the visit.")
    table(d, [
        ["", "Bronze", "Silver", "Gold"],
        ["LOLER thorough examinations per device per year", "2", "2", "2"],
        ["Preventive maintenance visits per year", "1", "1", "2"],
        ["Breakdown response time", "5 working days", "3 working days", "Next working day"],
        ["Parts included", "No", "Up to GBP 250 per call-out", "All parts except batteries and slings"],
        ["Loan equipment during repair", "No", "No", "Yes"],
        ["Telephone support", "Office hours", "Office hours", "24/7"],
        ["Price per site per year (GBP)", "1,150", "1,950", "2,900"],
    ])
    d.add_paragraph("Each plan covers up to 15 lifting devices per site (ceiling hoists, mobile hoists and stand aids). Beds are covered by the plan for the annual electrical safety test only. Plans run for 12 months and renew automatically unless either party gives 60 days' written notice.")
    d.add_heading("6. Liability", 1)
    d.add_paragraph("Nothing in these terms limits liability for death or personal injury caused by negligence. Any other limit of liability is the one set out in the signed order form for each contract.")
    d.add_heading("7. Training", 1)
    d.add_paragraph("A training day covers up to 10 staff and is delivered on site by a Liftwell clinical trainer. Attendees receive a certificate valid for 12 months.")
    d.save(K / "liftwell-terms-of-sale-and-service.docx")


if __name__ == "__main__":
    make_xlsx()
    make_docx()
    print("ok")
