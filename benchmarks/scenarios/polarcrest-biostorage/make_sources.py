"""Generate the .docx and .xlsx knowledge sources for the polarcrest-biostorage scenario.

Run with: /work/main/.venv/bin/python make_sources.py
(The .html and .md sources are hand-written files in knowledge/.)
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
KNOW = HERE / "knowledge"
KNOW.mkdir(exist_ok=True)


# --------------------------------------------------------------------------------------------
# 1. Terms of Sale and Service (DOCX)
# --------------------------------------------------------------------------------------------
def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = h
        for r in cell.paragraphs[0].runs:
            r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    return t


def make_terms():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)

    doc.add_heading("Polarcrest Biostorage GmbH", level=0)
    doc.add_paragraph("General Terms of Sale and Service - Version 4.2 (effective 1 March 2026)")
    doc.add_paragraph(
        "Polarcrest Biostorage GmbH, Hanferstrasse 41, 79108 Freiburg im Breisgau, Germany. "
        "Commercial register Freiburg HRB 718244. VAT ID DE 318 552 907."
    )

    doc.add_heading("Revision history", level=2)
    table(
        doc,
        ["Version", "Date", "Change"],
        [
            ["4.0", "1 January 2025", "Consolidated sale and service terms into one document."],
            ["4.1", "1 September 2025", "Compressor warranty extended from 5 years to 7 years (parts only)."],
            ["4.2", "1 March 2026", "New service level table (section 8); take-back programme added (section 9); "
                                    "KryoWatch data hosting moved to Frankfurt (section 11)."],
        ],
    )

    doc.add_heading("1. Scope", level=1)
    doc.add_paragraph(
        "These terms apply to all sales of ultra-low temperature (ULT) freezers, laboratory freezers, "
        "storage racks, CO2 backup systems, KryoWatch monitoring hardware and subscriptions, validation "
        "services and field service supplied by Polarcrest Biostorage GmbH (\"Polarcrest\") to business "
        "customers. Purchasing conditions of the customer do not apply, even if Polarcrest does not object "
        "to them explicitly."
    )

    doc.add_heading("2. Quotations and orders", level=1)
    doc.add_paragraph(
        "Quotations are valid for 30 days from their date of issue unless a different expiry date is stated "
        "on the quotation. A contract is concluded when Polarcrest issues a written order confirmation, "
        "normally within 3 business days of receiving a signed quotation or purchase order. Purchase orders "
        "that deviate from the quotation are treated as a new request and re-quoted."
    )

    doc.add_heading("3. Prices and payment", level=1)
    doc.add_paragraph(
        "All prices are in EUR and exclude VAT. For deliveries to business customers in other EU member "
        "states, VAT is reverse-charged where the customer provides a valid VAT ID."
    )
    doc.add_paragraph(
        "Orders with a net value above EUR 25,000: 40% of the order value is invoiced on order confirmation; "
        "the remaining 60% is invoiced on installation and is payable within 30 days of the invoice date."
    )
    doc.add_paragraph(
        "Orders with a net value of EUR 25,000 or less: 100% invoiced on dispatch, payable within 30 days."
    )
    doc.add_paragraph(
        "KryoWatch subscriptions are invoiced annually in advance from the date of hub activation. "
        "Late payments bear interest at 9 percentage points above the ECB base rate."
    )

    doc.add_heading("4. Delivery and transfer of risk", level=1)
    doc.add_paragraph(
        "Where a delivery line is quoted, delivery is DAP customer site (Incoterms 2020) and includes "
        "unpacking, transport to the installation room and removal of packaging. Lead times stated in the "
        "Polarcrest datasheet and price list are indicative and are confirmed in the order confirmation. "
        "Risk passes to the customer when the installation report is signed or, where no installation is "
        "ordered, on delivery."
    )

    doc.add_heading("5. Installation and acceptance", level=1)
    doc.add_paragraph(
        "Installation is carried out by Polarcrest-certified engineers. The customer must prepare the site "
        "as described in the Polarcrest Site Preparation & Installation Guide. Acceptance takes place when "
        "the customer signs the installation report after a successful functional test. If the engineer "
        "cannot complete the installation because the site is not ready (for example missing dedicated "
        "circuits or blocked access route), an aborted visit fee of EUR 480 per visit is charged."
    )

    doc.add_heading("6. Cancellation", level=1)
    table(
        doc,
        ["Time of cancellation", "Charge"],
        [
            ["Before order confirmation", "No charge"],
            ["After order confirmation, before dispatch", "15% restocking fee on the cancelled items"],
            ["Custom-configured items (non-standard racks, special inner door layouts)", "Non-cancellable; 100% payable"],
            ["After dispatch", "Not cancellable; return only under warranty"],
        ],
    )

    doc.add_heading("7. Warranty", level=1)
    doc.add_paragraph("Standard warranty runs from the date of the signed installation report.")
    table(
        doc,
        ["Component", "Standard warranty", "Coverage"],
        [
            ["Cabinet, controller, electronics, door locks", "24 months", "Parts and labour"],
            ["Compressors (both cascade stages)", "7 years", "Parts only; labour included in the first 24 months"],
            ["Door gaskets, backup batteries, KryoWatch probes", "12 months", "Parts only"],
            ["Extend+ warranty (optional, per freezer)", "5 years from installation",
             "Parts and labour on all components, including one preventive maintenance visit per year"],
        ],
    )
    doc.add_paragraph(
        "The warranty does not cover damage caused by operation outside the ambient conditions given in the "
        "Site Preparation & Installation Guide, unstable power supply, use of non-Polarcrest racks that block "
        "air circulation, or repairs by third parties. Warranty claims must be raised through the service "
        "desk (service@polarcrest-bio.com, +49 761 2190 550)."
    )

    doc.add_heading("8. Service levels", level=1)
    doc.add_paragraph(
        "The following response times apply to units under warranty, Extend+ or a Polarcrest service "
        "contract. Times run from the moment the fault is logged with the service desk."
    )
    table(
        doc,
        ["Priority", "Definition", "Remote response", "On-site response (NL, BE, DE, LU)", "On-site response (other EU)"],
        [
            ["P1 Critical", "Cabinet warmer than -60 °C or not cooling", "Within 2 hours, 24/7",
             "Next business day", "Within 2 business days"],
            ["P2 Major", "Alarm, controller or door lock fault, unit still holding temperature",
             "Within 4 business hours", "Within 3 business days", "Within 5 business days"],
            ["P3 Minor", "Cosmetic defects, questions, software settings", "Next business day",
             "Next scheduled visit", "Next scheduled visit"],
        ],
    )
    doc.add_paragraph(
        "Spare parts are dispatched from the Freiburg warehouse within 2 business days; for P1 cases, parts "
        "ordered before 14:00 CET are dispatched the same day. Polarcrest does not provide loan freezers; "
        "customers are advised to keep reserve capacity for emergency sample transfer."
    )

    doc.add_heading("9. Take-back of used freezers", level=1)
    doc.add_paragraph(
        "On request, Polarcrest collects used ULT freezers of any brand, up to one used unit per new unit "
        "ordered, at EUR 250 per unit. The price includes certified refrigerant recovery and WEEE-compliant "
        "disposal. Units must be emptied, defrosted and decontaminated, and must be accompanied by a signed "
        "decontamination certificate. Collection takes place on the delivery day of the new units."
    )

    doc.add_heading("10. Liability", level=1)
    doc.add_paragraph(
        "Polarcrest's total liability arising out of or in connection with a contract is limited to 100% of "
        "the net order value. Polarcrest is not liable for loss of samples, biological material or research "
        "data, or for indirect or consequential loss, except in cases of gross negligence, wilful misconduct "
        "or injury to life, body or health. Customers are responsible for insuring stored material."
    )

    doc.add_heading("11. KryoWatch data", level=1)
    doc.add_paragraph(
        "KryoWatch monitoring data is hosted in the EU (Frankfurt, Germany) and processed under a data "
        "processing agreement in accordance with the GDPR. The data processing agreement is available on "
        "request and is signed together with the order."
    )

    doc.add_heading("12. Governing law and changes", level=1)
    doc.add_paragraph(
        "German law applies; the UN Convention on Contracts for the International Sale of Goods (CISG) is "
        "excluded. Place of jurisdiction is Freiburg im Breisgau. Deviations from these terms are valid only "
        "if agreed in writing and signed by a managing director of Polarcrest."
    )

    doc.save(KNOW / "Polarcrest_Terms_of_Sale_and_Service_v4.2.docx")


# --------------------------------------------------------------------------------------------
# 2. Datasheet & price list (XLSX)
# --------------------------------------------------------------------------------------------
HDR_FILL = PatternFill("solid", fgColor="1F4E78")
HDR_FONT = Font(bold=True, color="FFFFFF")


def write_sheet(ws, title_line, header, rows, notes=(), widths=None):
    ws.append([title_line])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(header)
    for c in ws[3]:
        c.fill = HDR_FILL
        c.font = HDR_FONT
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for r in rows:
        ws.append(list(r))
    if notes:
        ws.append([])
        for n in notes:
            ws.append([n])
    if widths:
        for col, w in widths.items():
            ws.column_dimensions[col].width = w


def make_xlsx():
    wb = Workbook()

    ws = wb.active
    ws.title = "Specifications"
    write_sheet(
        ws,
        "Polarcrest freezer range - technical specifications (datasheet rev. 2026-03)",
        ["Parameter", "ULT-700", "ULT-500", "LTF-20"],
        [
            ["Order code", "PC-U700-H", "PC-U500-H", "PC-F600-20"],
            ["Type", "Upright ULT freezer", "Upright ULT freezer", "Upright laboratory freezer"],
            ["Net capacity", "700 L", "500 L", "600 L"],
            ["Set point range", "-50 to -86 °C", "-50 to -86 °C", "-15 to -25 °C"],
            ["Refrigeration system", "Two-stage cascade", "Two-stage cascade", "Single stage"],
            ["Refrigerants", "R-290 / R-170 (natural hydrocarbon)", "R-290 / R-170 (natural hydrocarbon)", "R-600a"],
            ["Energy consumption (at -80 °C set point)", "9.8 kWh/day", "7.6 kWh/day", "2.9 kWh/day (at -20 °C)"],
            ["Average heat output", "410 W", "320 W", "120 W"],
            ["Pull-down time +20 °C to -80 °C, empty", "4 h 30 min", "3 h 50 min", "1 h 40 min (to -20 °C)"],
            ["Warm-up time -80 °C to -50 °C, power off, door closed", "7 h", "5 h 30 min", "n/a"],
            ["Noise level at 1 m", "46 dB(A)", "44 dB(A)", "39 dB(A)"],
            ["Electrical supply", "230 V, 50 Hz", "230 V, 50 Hz", "230 V, 50 Hz"],
            ["Rated current", "5.2 A", "4.4 A", "1.6 A"],
            ["Mains plug", "CEE 7/7 (Schuko)", "CEE 7/7 (Schuko)", "CEE 7/7 (Schuko)"],
            ["External dimensions W x D x H", "1010 x 915 x 1995 mm", "835 x 915 x 1995 mm", "700 x 810 x 1960 mm"],
            ["Internal dimensions W x D x H", "790 x 640 x 1370 mm", "615 x 640 x 1270 mm", "560 x 620 x 1500 mm"],
            ["Weight, empty", "340 kg", "290 kg", "118 kg"],
            ["Inner doors", "5", "4", "none"],
            ["Compartments", "5", "4", "6 shelves"],
            ["Racks per freezer (PC-RK-D24 drawer racks)", "20", "16", "n/a"],
            ["Capacity, 2-inch boxes", "480 boxes", "384 boxes", "n/a"],
            ["Capacity, 3-inch boxes", "320 boxes", "256 boxes", "n/a"],
            ["Controller", "7-inch touchscreen, PIN login, event log", "7-inch touchscreen, PIN login, event log",
             "LED display"],
            ["Interfaces", "Potential-free alarm contact, RS-485, USB", "Potential-free alarm contact, RS-485, USB",
             "Potential-free alarm contact"],
            ["CO2 backup ready", "Yes (PC-CO2-BK)", "Yes (PC-CO2-BK)", "No"],
            ["Castors", "4, two lockable", "4, two lockable", "4, two lockable"],
        ],
        notes=[
            "Figures measured at +25 °C ambient, empty cabinet, per Polarcrest test method TM-07. "
            "Energy figures are typical values; actual consumption depends on door openings and load.",
            "Warranty and service levels: see General Terms of Sale and Service v4.2.",
            "Site requirements (power, clearances, ambient conditions): see Site Preparation & Installation Guide.",
        ],
        widths={"A": 48, "B": 38, "C": 38, "D": 30},
    )

    ws = wb.create_sheet("Racks & Boxes")
    write_sheet(
        ws,
        "Storage racks for ULT-700 and ULT-500 (stainless steel AISI 304)",
        ["Code", "Description", "Box format", "Boxes per rack", "Fits", "List price EUR"],
        [
            ["PC-RK-D24", "Drawer rack, 6 drawers x 4 boxes", "2-inch boxes (133 x 133 x 52 mm)", 24,
             "ULT-700, ULT-500", 214.00],
            ["PC-RK-D16", "Drawer rack, 4 drawers x 4 boxes", "3-inch boxes (133 x 133 x 76 mm)", 16,
             "ULT-700, ULT-500", 205.00],
            ["PC-RK-S20", "Side-access rack, 5 levels x 4 boxes", "2-inch boxes (133 x 133 x 52 mm)", 20,
             "ULT-700, ULT-500", 176.00],
            ["PC-RK-S12", "Side-access rack, 4 levels x 3 boxes", "3-inch boxes (133 x 133 x 76 mm)", 12,
             "ULT-700, ULT-500", 168.00],
        ],
        notes=[
            "Drawer racks have a pull-out stop and numbered drawers; side-access racks are open on one side "
            "and hold boxes with a spring retainer.",
            "Cardboard and polycarbonate boxes are not supplied by Polarcrest.",
            "Mixed racks per compartment are possible; rack count per freezer depends on rack type.",
        ],
        widths={"A": 12, "B": 38, "C": 34, "D": 15, "E": 18, "F": 15},
    )

    ws = wb.create_sheet("Price List 2026")
    write_sheet(
        ws,
        "Polarcrest price list 2026 (EUR, excl. VAT) - valid from 1 March 2026",
        ["Code", "Description", "Unit", "List price EUR", "Remarks"],
        [
            ["PC-U700-H", "ULT-700 upright freezer, 700 L, -86 °C, hydrocarbon", "each", 15240.00, ""],
            ["PC-U500-H", "ULT-500 upright freezer, 500 L, -86 °C, hydrocarbon", "each", 12680.00, ""],
            ["PC-F600-20", "LTF-20 laboratory freezer, 600 L, -20 °C", "each", 6980.00, ""],
            ["PC-RK-D24", "Drawer rack, 2-inch boxes, 24 boxes", "each", 214.00, ""],
            ["PC-RK-D16", "Drawer rack, 3-inch boxes, 16 boxes", "each", 205.00, ""],
            ["PC-RK-S20", "Side-access rack, 2-inch boxes, 20 boxes", "each", 176.00, ""],
            ["PC-RK-S12", "Side-access rack, 3-inch boxes, 12 boxes", "each", 168.00, ""],
            ["PC-CO2-BK", "CO2 backup cooling kit incl. installation (cylinder not included)", "per freezer",
             1190.00, "Requires liquid CO2 cylinder, see Site Preparation Guide"],
            ["PC-KW-HUB", "KryoWatch Hub with LTE fallback, incl. 6 wireless probes", "each", 1450.00,
             "One hub serves up to 24 probes"],
            ["PC-KW-PRB", "Additional KryoWatch wireless probe, calibrated", "each", 165.00, ""],
            ["PC-KW-ESS12", "KryoWatch Essential, 12 months", "per freezer", 228.00, "Invoiced annually"],
            ["PC-KW-PRO12", "KryoWatch Professional, 12 months", "per freezer", 384.00, "Invoiced annually"],
            ["PC-VAL-IQOQ", "IQ/OQ validation package incl. 9-point temperature mapping", "per freezer", 690.00, ""],
            ["PC-EW5", "Extend+ warranty to 5 years, parts and labour", "per freezer", 1520.00,
             "Must be ordered with the freezer"],
            ["PC-PM-1", "Preventive maintenance visit (filter, gaskets, controller check)", "per freezer", 295.00,
             "Included once a year with Extend+"],
            ["PC-TB-1", "Take-back of used freezer, any brand", "per unit", 250.00, "Max. one per new unit"],
            ["PC-DEL-RIG", "Delivery, rigging and installation", "per site", "on request",
             "Priced after site survey"],
        ],
        notes=["Prices superseded: price list 2025 (valid until 28 February 2026)."],
        widths={"A": 14, "B": 62, "C": 12, "D": 15, "E": 46},
    )
    for row in ws.iter_rows(min_row=4, min_col=4, max_col=4):
        for c in row:
            if isinstance(c.value, float):
                c.number_format = "#,##0.00"

    ws = wb.create_sheet("Lead Times")
    write_sheet(
        ws,
        "Indicative lead times ex works Freiburg (updated monthly, status November 2026)",
        ["Item", "Lead time", "Remark"],
        [
            ["ULT-700 (PC-U700-H)", "4-6 weeks", "Stock build programme"],
            ["ULT-500 (PC-U500-H)", "8-10 weeks", "Compressor supply constraint, reviewed monthly"],
            ["LTF-20 (PC-F600-20)", "2-3 weeks", ""],
            ["Racks (all types)", "Ship with the freezer", ""],
            ["CO2 backup kit (PC-CO2-BK)", "Ships with the freezer", "Installed on the delivery day"],
            ["KryoWatch Hub and probes", "1 week", "Can be shipped ahead of the freezers"],
            ["IQ/OQ validation", "Within 10 business days after installation", "Needs stable unit for at least 24 hours"],
        ],
        widths={"A": 32, "B": 40, "C": 50},
    )

    wb.save(KNOW / "Polarcrest_ULT_Datasheet_and_PriceList_2026.xlsx")


if __name__ == "__main__":
    make_terms()
    make_xlsx()
    print("written:", sorted(p.name for p in KNOW.iterdir()))
