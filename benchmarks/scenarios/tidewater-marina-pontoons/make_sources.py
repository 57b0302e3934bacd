"""Generate the .docx and .xlsx sources for the tidewater-marina-pontoons scenario.

Run with: /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
KNOW = HERE / "knowledge"
KNOW.mkdir(exist_ok=True)


# ---------------------------------------------------------------------------
# 1. Contract summary (.docx)
# ---------------------------------------------------------------------------
def make_docx():
    d = Document()
    d.add_heading("Tidewater Marine Systems - Supply, Installation and Subscription Agreement", 0)
    d.add_paragraph(
        "Summary of Key Terms for Harbour Authority Customers. Document reference TMS-CT-IE-2026, revision 4. "
        "Tidewater Marine Systems AS (Bergen, Norway) and its Irish subsidiary Tidewater Marine Systems Ireland "
        "Limited (Ringaskiddy, Co. Cork) together referred to as \"Tidewater\". This summary accompanies every "
        "quotation issued to a public harbour authority. Where this summary and the full agreement differ, the "
        "full agreement prevails."
    )

    d.add_heading("1. Scope of supply", 1)
    d.add_paragraph(
        "Tidewater supplies the floating pontoon modules, finger pontoons, access gangways, shore power pedestals "
        "and associated fixings listed in the quotation, together with installation, anchoring and commissioning "
        "where a line item for installation is included. Civil works on land (abutments, ducting to the shoreline, "
        "the main electrical supply to the feeder pillar) are excluded unless expressly quoted. The customer "
        "provides a free and safe working area on the quayside of at least 30 m x 15 m for assembly and crane set-up."
    )

    d.add_heading("2. Payment terms", 1)
    d.add_paragraph("Hardware and installation are invoiced in three milestones:")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Milestone", "Share of hardware and installation value", "Trigger"
    for row in [
        ("M1 - Order", "30%", "30% on order confirmation"),
        ("M2 - Delivery", "50%", "50% on delivery of the pontoon modules to site"),
        ("M3 - Commissioning", "20%", "20% on signed commissioning certificate"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph(
        "All invoices are payable within 30 days of the invoice date. The Berthmaster subscription and the "
        "annual service and inspection plan are invoiced annually in advance. Late payments bear interest at "
        "8% above the European Central Bank reference rate, in line with the EU Late Payment Directive. "
        "Prices exclude VAT, which is charged at the applicable Irish rate."
    )

    d.add_heading("3. Delivery and lead times", 1)
    d.add_paragraph(
        "Lead times run from the date of order confirmation and receipt of the M1 payment. Delivery is DAP "
        "(Incoterms 2020) to the customer's quayside."
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Item", "Standard lead time"
    for row in [
        ("Concrete pontoon modules (FP series)", "14 to 16 weeks"),
        ("Finger pontoons (FG series)", "10 weeks"),
        ("Aluminium access gangways", "10 weeks"),
        ("Shore power pedestals (SP series)", "6 to 8 weeks"),
        ("Berthmaster software", "live within 10 working days of the kick-off call"),
    ]:
        c = t.add_row().cells
        c[0].text, c[1].text = row
    d.add_paragraph(
        "Installation works on site are scheduled outside the period 1 June to 31 August unless the customer "
        "requests otherwise in writing, to avoid disruption to the visitor season."
    )

    d.add_heading("4. Warranty", 1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Component", "Warranty period"
    for row in [
        ("Concrete pontoon hulls - structural", "15 years"),
        ("Aluminium gangways - structural", "10 years"),
        ("Composite decking boards", "5 years"),
        ("Shore power pedestals", "3 years"),
        ("Finger pontoon steel frames - galvanising", "5 years"),
    ]:
        c = t.add_row().cells
        c[0].text, c[1].text = row
    d.add_paragraph(
        "Warranty periods start on the date of the signed commissioning certificate. The warranty does not cover "
        "damage caused by vessel impact, overloading beyond the rated deck load, unauthorised modifications or "
        "failure to carry out the annual inspection described in section 7."
    )

    d.add_heading("5. Berthmaster subscription", 1)
    d.add_paragraph(
        "The Berthmaster berth-booking subscription has an initial term of 36 months from go-live and renews "
        "automatically for successive 12-month periods. Either party may terminate at the end of a term by giving "
        "90 days' written notice before the renewal date. Subscription fees may be adjusted once a year on the "
        "renewal date by no more than the Irish CPI published by the CSO for the preceding year, with a maximum "
        "increase of 5% per year. Customer data remains the property of the customer and is exported in CSV "
        "format on request within 30 days of termination."
    )

    d.add_heading("6. Liability", 1)
    d.add_paragraph(
        "Tidewater's total aggregate liability under the agreement is capped at 100% of the total contract value. "
        "For the Berthmaster subscription the cap is the fees paid in the preceding 12 months. Neither party is "
        "liable for loss of profit, loss of berthing revenue or indirect loss. Tidewater holds public liability "
        "insurance of EUR 6.5 million and professional indemnity insurance of EUR 2 million."
    )

    d.add_heading("7. Annual service and inspection plan", 1)
    d.add_paragraph(
        "Where the service plan is purchased, Tidewater carries out one scheduled inspection visit per year, "
        "including a check of mooring chains and anchors, connector bolts, rubber fenders and pedestal RCD "
        "tests, with a written condition report. The plan runs for 12 months and renews annually; it can be "
        "cancelled with 30 days' written notice before the renewal date."
    )

    d.add_heading("8. Acceptance", 1)
    d.add_paragraph(
        "On completion Tidewater and the customer's representative carry out a joint walk-down and a freeboard "
        "and level survey. Minor snags that do not prevent use are listed on the commissioning certificate and "
        "are rectified within 20 working days."
    )

    d.add_heading("9. Governing law", 1)
    d.add_paragraph(
        "Contracts with Irish harbour authorities are governed by the laws of Ireland, and the courts of Ireland "
        "have exclusive jurisdiction. Amendments to the agreement are valid only in writing and signed by "
        "authorised signatories of both parties."
    )
    d.save(KNOW / "contract-key-terms.docx")


# ---------------------------------------------------------------------------
# 2. Datasheet and price list (.xlsx)
# ---------------------------------------------------------------------------
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    ws = wb.active
    ws.title = "Pontoons"
    rows = [
        ["Tidewater Marine Systems - Product Datasheet and List Prices 2026 (EUR, excl. VAT)"],
        [],
        ["Model", "Description", "Length (m)", "Width (m)", "Freeboard unloaded (mm)", "Rated deck load (kN/m2)",
         "Weight (t)", "Deck", "List price EUR"],
        ["TW-FP240-12", "FP240 concrete pontoon module", "12.0", "2.4", "480", "3.0", "15.5", "Composite boards", "14,900.00"],
        ["TW-FP300-12", "FP300 concrete pontoon module", "12.0", "3.0", "520", "4.0", "21.0", "Composite boards", "18,400.00"],
        ["TW-FP300-15", "FP300 concrete pontoon module", "15.0", "3.0", "520", "4.0", "26.2", "Composite boards", "22,600.00"],
        ["TW-FG08", "FG8 finger pontoon, galvanised steel frame", "8.0", "0.8", "400", "2.5", "1.1", "Composite boards", "3,100.00"],
        ["TW-FG10", "FG10 finger pontoon, galvanised steel frame", "10.0", "1.0", "400", "2.5", "1.6", "Composite boards", "3,950.00"],
        ["TW-FG12", "FG12 finger pontoon, galvanised steel frame", "12.0", "1.2", "420", "2.5", "2.2", "Composite boards", "4,800.00"],
        [],
        ["Notes"],
        ["FP series hulls are made of fibre-reinforced concrete around an EPS foam core; design life 50 years."],
        ["Modules are joined with rubber-damped steel connectors; standard cleat spacing 2.0 m along each edge."],
        ["Rated deck load is a uniformly distributed load. Freeboard tolerance +/- 30 mm."],
    ]
    for r in rows:
        ws.append(r)
    ws["A1"].font = bold
    for c in ws[3]:
        c.font = bold

    ws = wb.create_sheet("Gangways")
    for r in [
        ["Model", "Description", "Length (m)", "Clear width (m)", "Design load (kN/m2)", "List price EUR"],
        ["TW-GW12", "Aluminium access gangway with landing plate", "12.0", "1.2", "4.0", "19,800.00"],
        ["TW-GW18", "Aluminium access gangway with landing plate", "18.0", "1.2", "4.0", "27,500.00"],
        ["TW-GW24", "Aluminium access gangway with landing plate", "24.0", "1.5", "4.0", "36,900.00"],
        [],
        ["All gangways: non-slip aluminium treads, handrails both sides, nylon rollers on the landing plate."],
        ["Maximum gradient at lowest astronomical tide: 1 in 4 for 18 m gangways."],
    ]:
        ws.append(r)
    for c in ws[1]:
        c.font = bold

    ws = wb.create_sheet("Shore power")
    for r in [
        ["Model", "Outlets", "Max current per outlet", "Lighting", "Protection", "Ingress rating",
         "Height (mm)", "List price EUR"],
        ["TW-SP2", "2 x 16A CEE sockets", "16A", "LED top light", "RCBO 30 mA per outlet", "IP66", "1100", "2,780.00"],
        ["TW-SP4", "2 x 16A + 2 x 32A CEE sockets", "32A", "LED top light", "RCBO 30 mA per outlet", "IP66", "1250",
         "4,650.00"],
        [],
        ["Housing: marine-grade 316 stainless steel with UV-stable polycarbonate cover."],
        ["Metering: MID-certified kWh meter per outlet, read remotely by Berthmaster."],
        ["SP-2 suits berths up to 12 m; SP-4 is recommended for T-head and berths over 12 m."],
    ]:
        ws.append(r)
    for c in ws[1]:
        c.font = bold

    ws = wb.create_sheet("Berthmaster")
    for r in [
        ["Plan", "Berths included", "Admin users included", "Annual fee EUR", "Onboarding (one-off) EUR"],
        ["Berthmaster Harbour", "up to 150 berths", 5, "6,900.00", "2,400.00"],
        ["Berthmaster Marina Pro", "up to 400 berths", 15, "12,500.00", "3,900.00"],
        [],
        ["Both plans include online booking, visitor payments by card, the harbour master dashboard, "
         "remote pedestal metering and email support."],
        ["Support hours: Monday to Friday, 08:00 to 18:00 Irish time; emergency line for pedestal faults 24/7."],
        ["Additional admin users: EUR 180.00 per user per year."],
    ]:
        ws.append(r)
    for c in ws[1]:
        c.font = bold

    ws = wb.create_sheet("Accessories")
    for r in [
        ["Code", "Accessory", "Unit", "List price EUR"],
        ["TW-FEN-D", "D-profile rubber fender strip, black", "per metre", "38.00"],
        ["TW-CLT-300", "Galvanised mooring cleat 300 mm", "each", "64.00"],
        ["TW-LAD-5", "Stainless steel safety ladder, 5 rungs", "each", "690.00"],
        ["TW-LBS", "Lifebuoy stand with 24 m throwing line", "each", "420.00"],
        ["TW-FXT", "Fire extinguisher cabinet, pontoon mounted", "each", "310.00"],
        ["TW-WTR", "Drinking water hose point with self-closing tap", "each", "560.00"],
        [],
        ["Accessories are delivered with the pontoon modules and fitted during installation at no extra labour cost "
         "when ordered with the main supply."],
    ]:
        ws.append(r)
    for c in ws[1]:
        c.font = bold

    for sheet in wb.worksheets:
        sheet.column_dimensions["A"].width = 24
        sheet.column_dimensions["B"].width = 44
    wb.save(KNOW / "datasheet-price-list-2026.xlsx")


if __name__ == "__main__":
    make_docx()
    make_xlsx()
    print("written:", sorted(p.name for p in KNOW.iterdir()))
