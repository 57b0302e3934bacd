"""Build the binary knowledge sources (xlsx, docx) for the fumeguard-lab-fume-cupboards scenario.
Run: nice -n 19 /work/main/.venv/bin/python make_sources.py"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

HERE = Path(__file__).resolve().parent
KN = HERE / "knowledge"
KN.mkdir(exist_ok=True)

BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDE7F0")


def sheet(ws, title, header, rows, widths):
    ws.title = title
    ws.append(header)
    for c in ws[1]:
        c.font = BOLD
        c.fill = HEAD_FILL
    for r in rows:
        ws.append(r)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")


def build_xlsx():
    wb = Workbook()
    # ---------------- Fume cupboards ----------------
    header = ["Parameter", "Vantage 1200", "Vantage 1500", "Vantage 1800", "Vantage 2000 walk-in", "Carbon 1200 ductless"]
    rows = [
        ["SKU", "FG-V1200-VAV", "FG-V1500-VAV", "FG-V1800-VAV", "FG-V2000-WI", "FG-C1200-DL"],
        ["Type", "Ducted bench-mounted", "Ducted bench-mounted", "Ducted bench-mounted", "Ducted walk-in (floor-standing)", "Ductless recirculating filtration"],
        ["External width", "1200 mm", "1500 mm", "1800 mm", "2000 mm", "1200 mm"],
        ["External depth", "900 mm", "900 mm", "900 mm", "1000 mm", "800 mm"],
        ["External height", "2450 mm", "2450 mm", "2450 mm", "2700 mm", "2300 mm"],
        ["Internal working width", "1060 mm", "1360 mm", "1660 mm", "1840 mm", "1080 mm"],
        ["Maximum sash opening", "500 mm", "500 mm", "500 mm", "1800 mm (two-tier sash)", "400 mm"],
        ["Design face velocity", "0.5 m/s", "0.5 m/s", "0.5 m/s", "0.5 m/s", "0.4 m/s"],
        ["Extract volume at design face velocity, sash fully open", "860 m³/h", "1,100 m³/h", "1,350 m³/h", "2,950 m³/h", "Recirculates; internal fan 480 m³/h"],
        ["Pressure drop at design extract volume", "60 Pa", "65 Pa", "70 Pa", "80 Pa", "n/a"],
        ["Noise level at 1 m (design flow)", "50 dB(A)", "51 dB(A)", "52 dB(A)", "55 dB(A)", "56 dB(A)"],
        ["Liner", "Solid grade laminate (SGL), white", "Solid grade laminate (SGL), white", "Solid grade laminate (SGL), white", "Polypropylene, 10 mm", "Polypropylene, 8 mm"],
        ["Worktop", "Epoxy resin, 25 mm, dished", "Epoxy resin, 25 mm, dished", "Epoxy resin, 25 mm, dished", "None: epoxy-coated floor spill tray", "Epoxy resin, 25 mm, dished"],
        ["Sash", "Vertical rising, toughened laminated glass", "Vertical rising, toughened laminated glass", "Vertical rising, toughened laminated glass", "Two-tier vertical rising, laminated glass", "Vertical rising, toughened laminated glass"],
        ["Airflow control", "VantageFlow VAV", "VantageFlow VAV", "VantageFlow VAV", "VantageFlow VAV (dual sash sensor)", "Filter saturation monitor FSM-2"],
        ["Filter", "none", "none", "none", "none", "Activated carbon, 2 x 12 kg; replace typically every 12 months at 8 h/day use"],
        ["Services fitted as standard", "2 twin sockets, cold water, drain cup", "2 twin sockets, cold water, drain cup", "3 twin sockets, cold water, drain cup", "2 twin sockets, floor gully", "1 twin socket"],
        ["Electrical supply", "230 V 1-phase, 16 A", "230 V 1-phase, 16 A", "230 V 1-phase, 16 A", "230 V 1-phase, 16 A", "230 V 1-phase, 10 A"],
        ["Weight (empty)", "310 kg", "360 kg", "410 kg", "540 kg", "245 kg"],
        ["Standard", "EN 14175-2 and EN 14175-3 type tested", "EN 14175-2 and EN 14175-3 type tested", "EN 14175-2 and EN 14175-3 type tested", "EN 14175-2 and EN 14175-3 type tested", "EN 14175-2 (enclosure)"],
        ["List price (GBP, ex VAT)", 8400, 9850, 11400, 18900, 6200],
    ]
    sheet(wb.active, "Fume cupboards", header, rows, [42, 30, 30, 30, 32, 34])

    # ---------------- Safety cabinets ----------------
    ws = wb.create_sheet()
    header = ["Parameter", "SafeFlow 900", "SafeFlow 1200", "SafeFlow 1500"]
    rows = [
        ["SKU", "FG-MSC2-0900", "FG-MSC2-1200", "FG-MSC2-1500"],
        ["Class", "Class II (EN 12469)", "Class II (EN 12469)", "Class II (EN 12469)"],
        ["External width", "1000 mm", "1300 mm", "1600 mm"],
        ["Internal working width", "900 mm", "1200 mm", "1500 mm"],
        ["Working aperture height", "200 mm", "200 mm", "200 mm"],
        ["Inflow velocity", "0.40 m/s", "0.42 m/s", "0.45 m/s"],
        ["Downflow velocity", "0.30 m/s", "0.30 m/s", "0.32 m/s"],
        ["HEPA filters (downflow and exhaust)", "H14 (EN 1822), 99.995% at MPPS", "H14 (EN 1822), 99.995% at MPPS", "H14 (EN 1822), 99.995% at MPPS"],
        ["HEPA filter replacement", "Typically every 5 years, or when the fan can no longer hold set-point", "Typically every 5 years, or when the fan can no longer hold set-point", "Typically every 5 years, or when the fan can no longer hold set-point"],
        ["Noise level at 1 m", "51 dB(A)", "54 dB(A)", "57 dB(A)"],
        ["Power consumption (typical, EC fan)", "180 W", "220 W", "265 W"],
        ["Electrical supply", "230 V 1-phase, 10 A", "230 V 1-phase, 10 A", "230 V 1-phase, 10 A"],
        ["Exhaust", "Recirculates to room; optional thimble connection FG-THM-250", "Recirculates to room; optional thimble connection FG-THM-250", "Recirculates to room; optional thimble connection FG-THM-250"],
        ["Weight", "215 kg", "285 kg", "340 kg"],
        ["List price (GBP, ex VAT)", 6450, 7600, 8750],
    ]
    sheet(ws, "Safety cabinets", header, rows, [40, 34, 34, 34])

    # ---------------- Extraction ----------------
    ws = wb.create_sheet()
    header = ["Parameter", "EC315 roof fan", "EC450 roof fan", "EC560 roof fan"]
    rows = [
        ["SKU", "FG-FAN-EC315", "FG-FAN-EC450", "FG-FAN-EC560"],
        ["Maximum airflow", "2,800 m³/h", "5,400 m³/h", "9,200 m³/h"],
        ["Duty point", "1,800 m³/h at 350 Pa", "3,600 m³/h at 450 Pa", "6,500 m³/h at 500 Pa"],
        ["Motor input power", "0.75 kW", "1.6 kW", "3.0 kW"],
        ["Supply", "230 V 1-phase", "400 V 3-phase", "400 V 3-phase"],
        ["Speed control", "Integral EC, 0-10 V input", "Integral EC, 0-10 V input", "Integral EC, 0-10 V input"],
        ["Casing", "UV-stabilised polypropylene", "UV-stabilised polypropylene", "UV-stabilised polypropylene"],
        ["Ingress protection", "IP54", "IP55", "IP55"],
        ["Sound pressure at 3 m", "58 dB(A)", "62 dB(A)", "66 dB(A)"],
        ["Weight", "38 kg", "64 kg", "97 kg"],
        ["List price (GBP, ex VAT)", 2850, 3950, 5600],
        [],
        ["PPs ductwork (supplied and installed)", "Diameter", "Price per metre (GBP)", "Typical use"],
        ["FG-DUCT-PP160", "160 mm", 48, "Single SafeFlow thimble or ductless exhaust"],
        ["FG-DUCT-PP200", "200 mm", 56, "Single Vantage 1200 or 1500"],
        ["FG-DUCT-PP250", "250 mm", 68, "Vantage 1800, or branch serving two cupboards"],
        ["FG-DUCT-PP315", "315 mm", 84, "Walk-in cupboards and main risers"],
    ]
    sheet(ws, "Extraction", header, rows, [40, 30, 30, 40])

    # ---------------- Commercial notes ----------------
    ws = wb.create_sheet()
    header = ["Topic", "Note"]
    rows = [
        ["Lead time: Vantage 1200 / 1500 / 1800", "8 weeks ex-works from drawing approval"],
        ["Lead time: Vantage 2000 walk-in", "12 weeks ex-works from drawing approval"],
        ["Lead time: Carbon 1200 ductless", "5 weeks ex-works from order"],
        ["Lead time: SafeFlow cabinets", "6 weeks ex-works from order"],
        ["Lead time: EC fans and ductwork", "4 weeks from drawing approval"],
        ["Drawing approval", "General arrangement (GA) drawings issued within 10 working days of order acknowledgement."],
        ["Price validity", "Quotations are valid for 30 days from issue. Prices are held for deliveries scheduled within 9 months of order."],
        ["Delivery", "Free delivery to UK mainland sites for orders over £25,000 net. Offloading and positioning at ground-floor level included."],
        ["Positioning on upper floors", "£95 per unit where a suitable goods lift is available. Crane lifts or stair-climber moves are quoted separately."],
        ["Site storage", "Finished goods held free of charge for up to 8 weeks after the agreed ex-works date; thereafter £45 per unit per week."],
        ["Project discount bands", "5+ units of one model: up to 5%. 10+ units of one model: up to 8%. Anything beyond these bands needs Sales Director approval."],
        ["VAT", "All prices exclude VAT (currently 20%)."],
        ["Spares", "Sash cords, sash sensors and airflow display modules stocked in Sheffield; dispatched next working day."],
    ]
    sheet(ws, "Commercial notes", header, rows, [40, 100])

    wb.save(KN / "FumeGuard_Product_Datasheets_2026.xlsx")


def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for r in p.runs:
                r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()


def build_docx():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("FumeGuard Laboratory Systems Ltd: Terms of Sale and Support", 0)
    doc.add_paragraph("Edition 2026.2. Applies to all quotations and orders for fume cupboards, safety cabinets, extraction "
                      "and services supplied by FumeGuard Laboratory Systems Ltd, Unit 4 Don Valley Works, Sheffield S9 3TL "
                      "(\"FumeGuard\").")

    doc.add_heading("1. Orders and prices", 1)
    doc.add_paragraph("Prices are in pounds sterling (GBP) and exclude VAT. A quotation is valid for 30 days from its issue date. "
                      "An order is accepted when FumeGuard issues a written order acknowledgement. Quantities and layouts are "
                      "confirmed by the customer's approval of the general arrangement (GA) drawings; changes after drawing "
                      "approval are re-quoted.")

    doc.add_heading("2. Payment", 1)
    doc.add_paragraph("Invoices are raised at the following milestones and are payable within 30 days of invoice date.")
    table(doc, ["Milestone", "Share of contract price", "Invoice raised"], [
        ["Order acknowledgement", "30%", "On issue of the order acknowledgement"],
        ["Delivery to site", "50%", "On signed delivery note"],
        ["Completion of commissioning", "20%", "On issue of the commissioning certificates"],
    ])
    doc.add_paragraph("Late payments bear interest at 4% per year above the Bank of England base rate. Title to goods passes "
                      "to the customer on payment in full; risk passes on delivery to site.")

    doc.add_heading("3. Delivery and installation", 1)
    doc.add_paragraph("Delivery dates are estimates based on the lead times in force at order. FumeGuard installs and commissions "
                      "the equipment listed in the order. The customer provides clear access, a suitable goods lift or hoist for "
                      "upper floors, electrical supplies terminated at isolators, and roof penetrations and builder's work unless "
                      "these are expressly quoted. Waiting time caused by the site not being ready is charged at £520 per "
                      "engineer per day.")

    doc.add_heading("4. Warranty", 1)
    doc.add_paragraph("Warranty starts on the date of the commissioning certificate or 3 months after delivery, whichever is earlier, "
                      "and covers defects in materials and workmanship. It covers parts and labour at the installed site.")
    table(doc, ["Item", "Warranty period"], [
        ["Vantage and Carbon cupboard carcass, liner and worktop", "60 months"],
        ["SafeFlow cabinet body and internal fans", "60 months"],
        ["VantageFlow controllers, sash sensors and alarms", "24 months"],
        ["EC roof extract fans", "36 months"],
        ["Other electrical components", "24 months"],
        ["Carbon and HEPA filters (manufacturing defects only, not loading or saturation)", "6 months"],
        ["Ductwork installation workmanship", "12 months"],
    ])
    doc.add_paragraph("The warranty does not cover damage from chemical attack outside the liner's stated resistance, misuse, "
                      "unauthorised modification, or failure to have the equipment examined at the intervals required by law.")

    doc.add_heading("5. Service plans", 1)
    doc.add_paragraph("Service plans run for a fixed term from commissioning. Engineer hours are Monday to Friday, 08:00 to 17:30, "
                      "excluding UK bank holidays.")
    table(doc, ["Feature", "Essential plan", "Complete plan"], [
        ["Planned maintenance visits per year", "1", "2"],
        ["Breakdown response", "Within 3 working days", "Within 8 working hours"],
        ["Parts for repairs", "Charged at list price", "Included (filters excluded)"],
        ["Annual LEV thorough examination and test report", "Optional, £85 per cupboard", "Included"],
        ["Replacement carbon and HEPA filters", "Charged", "Charged, at 15% off list price"],
        ["Online asset register and certificates", "Included", "Included"],
    ])

    doc.add_heading("6. Limitation of liability", 1)
    doc.add_paragraph("FumeGuard's total aggregate liability under or in connection with a contract is limited to 100% of the "
                      "contract price. FumeGuard is not liable for loss of profit, loss of use, or any indirect or consequential "
                      "loss. Nothing in these terms limits liability for death or personal injury caused by negligence.")

    doc.add_heading("7. Cancellation", 1)
    table(doc, ["Cancellation notified", "Cancellation charge"], [
        ["Before drawing approval", "None"],
        ["After drawing approval, before manufacture starts", "25% of the cancelled value"],
        ["After manufacture starts", "60% of the cancelled value"],
    ])

    doc.add_heading("8. Governing law", 1)
    doc.add_paragraph("These terms are governed by the law of England and Wales.")
    doc.save(KN / "FumeGuard_Terms_of_Sale_and_Support.docx")


if __name__ == "__main__":
    build_xlsx()
    build_docx()
    print("written", sorted(p.name for p in KN.iterdir()))
