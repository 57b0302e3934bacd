"""Build the binary knowledge sources (xlsx, docx) for the scrubtek-floor-cleaning scenario.
Run: nice -n 19 /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

HERE = Path(__file__).resolve().parent
KNOW = HERE / "knowledge"
KNOW.mkdir(exist_ok=True)

BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


def sheet(ws, title_line, header, rows, widths=None):
    ws.append([title_line])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(header)
    for c in ws[3]:
        c.font = BOLD
        c.fill = HEAD_FILL
    for r in rows:
        ws.append(r)
    for i, w in enumerate(widths or [], start=1):
        ws.column_dimensions[chr(64 + i)].width = w


def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Scrubber-dryers"
    sheet(ws, "ScrubTek ride-on scrubber-dryers - technical data 2026 (list prices EUR, net of VAT)",
          ["Specification", "Unit", "RS-860Li", "RS-1100Li", "RS-1300Li"],
          [
              ["Scrub path", "mm", 860, 1100, 1300],
              ["Brush system", "-", "2 x disc", "2 x cylindrical", "3 x disc"],
              ["Squeegee width", "mm", 1070, 1300, 1530],
              ["Brush pressure, max.", "kg", 70, 110, 140],
              ["Solution tank", "L", 120, 180, 240],
              ["Recovery tank", "L", 130, 195, 255],
              ["Working speed, max.", "km/h", 8, 9, 9],
              ["Theoretical productivity", "m2/h", 6880, 9900, 11700],
              ["Battery (LFP lithium-ion)", "-", "25.6 V 280 Ah", "36 V 400 Ah", "36 V 460 Ah"],
              ["Runtime per charge", "h", 3.5, 4.5, 4],
              ["Charging time 0-100 %", "h", 3, 4, 4.5],
              ["Charger", "-", "on-board 230 V", "off-board CH-36, 400 V 16 A CEE", "off-board CH-36, 400 V 16 A CEE"],
              ["Max. gradient (working)", "%", 12, 10, 10],
              ["Sound pressure level", "dB(A)", 66, 68, 69],
              ["Dimensions L x W x H", "mm", "1640 x 1090 x 1450", "1920 x 1320 x 1480", "2050 x 1560 x 1500"],
              ["Turning aisle width", "mm", 1900, 2300, 2550],
              ["Weight (batteries fitted, tanks empty)", "kg", 520, 890, 1050],
              ["List price", "EUR", 18900, 27400, 32900],
          ], [40, 8, 22, 30, 30])

    ws = wb.create_sheet("Sweepers")
    sheet(ws, "ScrubTek ride-on sweepers - technical data 2026 (list prices EUR, net of VAT)",
          ["Specification", "Unit", "SW-1100", "SW-1400", "SW-1700"],
          [
              ["Sweeping width incl. side brushes", "mm", 1100, 1400, 1700],
              ["Main broom width", "mm", 700, 900, 1100],
              ["Side brushes", "-", 1, 2, 2],
              ["Hopper volume", "L", 90, 150, 220],
              ["Hopper emptying", "-", "low dump", "high dump", "high dump"],
              ["High dump height, max.", "mm", "-", 1450, 1550],
              ["Dust filter", "-", "polyester panel", "polyester panel", "PTFE cartridge"],
              ["Filter area", "m2", 6, 9, 12],
              ["Working speed, max.", "km/h", 8, 9, 10],
              ["Theoretical productivity", "m2/h", 8800, 12600, 17000],
              ["Battery (LFP lithium-ion)", "-", "24 V 200 Ah", "36 V 300 Ah", "48 V 360 Ah"],
              ["Runtime per charge", "h", 4, 5, 5],
              ["Max. gradient (working)", "%", 16, 14, 14],
              ["Sound pressure level", "dB(A)", 70, 72, 74],
              ["Weight (batteries fitted)", "kg", 420, 780, 1240],
              ["List price", "EUR", 14200, 21650, 29800],
          ], [40, 8, 18, 18, 18])

    ws = wb.create_sheet("Robots")
    sheet(ws, "ScrubTek AR series autonomous scrubber-dryers - technical data 2026 (list prices EUR, net of VAT)",
          ["Specification", "Unit", "AR-50", "AR-75", "AR-100"],
          [
              ["Scrub path", "mm", 510, 750, 1000],
              ["Solution tank", "L", 40, 75, 110],
              ["Recovery tank", "L", 45, 80, 120],
              ["Autonomous speed, max.", "km/h", 4, 5.4, 5.4],
              ["Autonomous productivity", "m2/h", 1500, 2700, 3600],
              ["Runtime per charge (autonomous)", "h", 3, 4, 4],
              ["Charging time 0-100 %", "h", 2, 3, 3.5],
              ["Navigation sensors", "-", "1 x 2D LiDAR, 2 x 3D depth camera",
               "2 x 2D LiDAR, 4 x 3D depth camera", "2 x 2D LiDAR, 6 x 3D depth camera"],
              ["Min. aisle width, autonomous", "mm", 1000, 1400, 1700],
              ["Max. gradient (autonomous)", "%", 6, 6, 6],
              ["Docking", "-", "charge-only dock", "DS-75 charge and water exchange", "DS-100 charge and water exchange"],
              ["Included in price", "-", "1 x charge dock", "1 x DS-75 docking station", "1 x DS-100 docking station"],
              ["Connectivity", "-", "Wi-Fi 2.4/5 GHz, LTE", "Wi-Fi 2.4/5 GHz, LTE", "Wi-Fi 2.4/5 GHz, LTE"],
              ["Stored routes, max.", "-", 50, 50, 50],
              ["Sound pressure level", "dB(A)", 62, 64, 66],
              ["Weight (batteries fitted, tanks empty)", "kg", 190, 410, 620],
              ["List price", "EUR", 24500, 39800, 52600],
          ], [40, 8, 32, 32, 32])

    ws = wb.create_sheet("Accessories & services")
    sheet(ws, "Accessories, consumables and services - price list 2026 (EUR, net of VAT)",
          ["SKU", "Description", "Fits / scope", "Unit", "List price EUR"],
          [
              ["SQ-KIT-860", "Squeegee blade kit, front and rear blades", "RS-860Li", "kit", 145],
              ["SQ-KIT-1100", "Squeegee blade kit, front and rear blades", "RS-1100Li", "kit", 185],
              ["BR-PP-1100", "Polypropylene cylindrical brush set (2 brushes)", "RS-1100Li", "set", 420],
              ["PD-430", "Pad driver 430 mm", "RS-860Li", "each", 165],
              ["DS-75", "Additional docking station, charge and water exchange", "AR-75", "each", 3950],
              ["CH-36", "Spare off-board charger 400 V 16 A CEE", "RS-1100Li, RS-1300Li, SW-1400", "each", 1290],
              ["SVC-MAP", "Robot site mapping and commissioning, up to 20,000 m2", "AR series", "per site", 2400],
              ["TRN-HD", "Operator training, half day, up to 8 operators", "all machines", "session", 690],
              ["SCB-12", "ScrubCare Basic service plan, 12 months", "per machine", "year", 690],
              ["SCP-12", "ScrubCare Plus service plan, 12 months", "per machine", "year", 1280],
              ["SCT-12", "ScrubCare Total service plan, 12 months", "per machine", "year", 2150],
              ["SLK-12", "ScrubLink fleet telematics licence, 12 months", "per machine", "year", 240],
              ["DLV-HND", "Delivery and handover, Germany mainland", "per consignment", "each", 850],
          ], [14, 52, 30, 10, 16])

    ws = wb.create_sheet("Commercial notes")
    ws.append(["Commercial notes 2026 - ScrubTek Industrial Floorcare GmbH"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["Topic", "Note"])
    for c in ws[3]:
        c.font = BOLD
        c.fill = HEAD_FILL
    for r in [
        ["Prices", "All list prices are in EUR, net of VAT, ex works Stuttgart. Delivery is charged separately (DLV-HND)."],
        ["Quote validity", "Quotes are valid for 4 weeks from the date of issue unless a different expiry date is shown on the quote."],
        ["Lead times", "RS series: 4-6 weeks from order confirmation. SW series: 5-7 weeks. AR series: 8-10 weeks, including site mapping and commissioning."],
        ["Fleet discount", "Discounts on machines are set per quote by the account manager. Any change to a discount on an issued quote needs approval from the Head of Sales."],
        ["Service plan bundle", "ScrubCare plans ordered together with 3 or more machines receive 15 % off the first 12-month term."],
        ["ScrubLink", "ScrubLink licences are per machine and per year. LTE data is included in the licence."],
        ["Demo machines", "Demo machines can be provided free of charge for up to 5 working days, subject to availability."],
        ["Trade-in", "ScrubTek accepts trade-ins of ride-on machines of any brand. The value is set after inspection by a ScrubTek service engineer."],
        ["Leasing", "Leasing over 36, 48 or 60 months is available through a partner bank, subject to credit approval. Rates are quoted by the partner bank on request."],
        ["Consumables", "Consumable prices (brushes, pads, squeegee blades, filters) are fixed for 12 months from order confirmation."],
    ]:
        ws.append(r)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 120
    wb.save(KNOW / "scrubtek-product-data-2026.xlsx")


def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = h
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = str(v)
    doc.add_paragraph()


def make_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_heading("ScrubTek Terms of Sale and Support", 0)
    doc.add_paragraph("ScrubTek Industrial Floorcare GmbH, Heilbronner Strasse 214, 70191 Stuttgart, Germany. Edition 2026. "
                      "These terms apply to all quotes and orders for machines, accessories, services and software "
                      "unless a signed agreement states otherwise.")

    doc.add_heading("1. Prices and quotes", 1)
    doc.add_paragraph("Prices are in EUR and net of VAT, which is added at the statutory rate on the invoice. A quote is "
                      "binding until the expiry date shown on it. Orders are accepted by written order confirmation from ScrubTek.")

    doc.add_heading("2. Payment", 1)
    doc.add_paragraph("Invoices are payable without deduction. Payment milestones are as follows:")
    table(doc, ["Item", "Milestone", "Due"], [
        ["Machines (RS, SW and AR series)", "30% of the machine value", "on order confirmation, payable within 14 days"],
        ["Machines (RS, SW and AR series)", "70% of the machine value", "within 30 days of handover"],
        ["Accessories, consumables, training, mapping, delivery", "100%", "within 30 days of invoice"],
        ["ScrubCare service plans", "annual fee", "annually in advance"],
        ["ScrubLink licences", "annual fee", "annually in advance"],
    ])
    doc.add_paragraph("Late payments bear interest at the statutory rate. ScrubTek may suspend service visits while an "
                      "invoice is more than 30 days overdue.")

    doc.add_heading("3. Delivery, handover and acceptance", 1)
    doc.add_paragraph("Delivery is DAP to the buyer's site (Incoterms 2020) when delivery and handover is on the quote. "
                      "Risk passes to the buyer at handover. At handover a ScrubTek technician commissions each ride-on "
                      "machine, checks batteries and chargers and completes a handover protocol signed by both parties. "
                      "Ride-on machines are accepted when the handover protocol is signed.")
    doc.add_paragraph("Autonomous robots (AR series) are accepted after a successful acceptance test: 5 consecutive "
                      "autonomous runs of each agreed route without operator intervention. If a run fails, ScrubTek "
                      "adjusts the route and the test restarts.")

    doc.add_heading("4. Warranty", 1)
    table(doc, ["Component", "Warranty period", "Notes"], [
        ["Ride-on machines: chassis, drive, motors, electronics", "24 months or 2,000 operating hours, whichever comes first", "from handover"],
        ["Autonomous robots: platform and sensors (LiDAR, 3D cameras)", "24 months", "from acceptance"],
        ["Lithium-ion (LFP) battery packs", "60 months or 3,000 full cycles, whichever comes first", "capacity below 70% counts as a defect"],
        ["Chargers and docking stations", "24 months", "from handover"],
        ["Wear parts: brushes, pads, squeegee blades, filters", "excluded", "covered only under ScrubCare Total"],
    ])
    doc.add_paragraph("Warranty does not cover damage from impact, use of non-approved chemicals, or operation by untrained staff.")

    doc.add_heading("5. ScrubCare service plans", 1)
    doc.add_paragraph("ScrubCare plans run for 12 months per machine and renew unless cancelled 3 months before the end of the term.")
    table(doc, ["", "ScrubCare Basic", "ScrubCare Plus", "ScrubCare Total"], [
        ["Preventive maintenance visits per year", "1", "2", "4"],
        ["On-site response time after fault report", "48 working hours", "16 working hours (next working day)", "8 working hours"],
        ["Labour and travel for repairs", "charged", "included", "included"],
        ["Wear parts", "charged", "charged", "included (excluding misuse)"],
        ["Loan machine", "no", "if the repair takes longer than 3 working days", "if the repair takes longer than 1 working day"],
        ["Remote diagnostics via ScrubLink", "yes", "yes", "yes"],
        ["Price per machine per year (EUR)", "690", "1,280", "2,150"],
    ])
    doc.add_paragraph("Service hours are Monday to Friday, 07:00-18:00 CET. The service hotline is +49 711 5550 2200. "
                      "Remote monitoring of AR series robots is staffed Monday to Saturday, 06:00-22:00 CET. Working hours "
                      "in the response-time table count within these service hours only.")

    doc.add_heading("6. Training", 1)
    doc.add_paragraph("Operator training (TRN-HD) is a half-day session on the buyer's site for up to 8 operators, covering "
                      "daily checks, safe driving, charging and basic fault finding; each participant receives a certificate. "
                      "Robot supervisor training for up to 4 people is included in site mapping and commissioning (SVC-MAP).")

    doc.add_heading("7. ScrubLink software", 1)
    doc.add_paragraph("ScrubLink is licensed per machine and per year. It shows operating hours, battery state of charge, "
                      "fault codes, cleaning reports per route and geofence alerts, and exports reports as CSV. ScrubLink "
                      "data is hosted in the EU (Frankfurt data centre) and kept for 24 months. When a licence ends, the "
                      "buyer may export its data within 30 days.")

    doc.add_heading("8. Cancellation and returns", 1)
    table(doc, ["Case", "Charge"], [
        ["Cancellation of a confirmed machine order before dispatch", "15% of the net value of the cancelled machines"],
        ["Return of unused consumables within 30 days, original packaging", "10% restocking fee"],
        ["Cancellation of site mapping less than 5 working days before the date", "50% of the SVC-MAP price"],
    ])
    doc.add_paragraph("Orders can only be changed or cancelled in writing and with confirmation from ScrubTek.")
    doc.save(KNOW / "scrubtek-terms-of-sale-and-support.docx")


if __name__ == "__main__":
    make_xlsx()
    make_docx()
    print("written:", sorted(p.name for p in KNOW.iterdir()))
