"""Generate the binary knowledge sources for the cardale-laundry scenario.

Run with /work/main/.venv/bin/python make_sources.py (from this folder).
Writes knowledge/Cardale_Commercial_Terms_and_Service_Plans.docx and
knowledge/Cardale_OPL_Equipment_Specifications_2025.xlsx.
All spec values are stored as text so every extractor returns them verbatim.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

HERE = Path(__file__).resolve().parent
OUT = HERE / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def table(doc, rows, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = str(val)
            if header and i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    doc.add_paragraph()
    return t


def make_docx():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)

    doc.add_heading("Cardale Laundry Systems Ltd", 0)
    doc.add_paragraph("Commercial Terms of Supply and Service Plans — On-Premise Laundry (OPL) equipment")
    doc.add_paragraph("Document CLS-T-04, version 4.2 (January 2025). Supersedes version 4.1 (March 2023). "
                      "Registered office: Unit 4 Ribble Park, Preston PR2 5RB. Company no. 04417329.")
    p = doc.add_paragraph()
    p.add_run("Note: ").bold = True
    p.add_run("Where a signed quotation states different terms, the quotation prevails for that order only. "
              "Changes to these terms are valid only if agreed in writing by a director of Cardale.")

    doc.add_heading("1. Scope", 1)
    doc.add_paragraph("These terms apply to the supply of washer-extractors, tumble dryers, flatwork ironers, "
                      "dosing systems and related installation, training and service plans by Cardale Laundry "
                      "Systems Ltd (\"Cardale\") to business customers in Great Britain. They do not apply to "
                      "vended (coin/card) laundrettes, which are covered by document CLS-T-06.")

    doc.add_heading("2. Prices and VAT", 1)
    doc.add_paragraph("All prices are quoted in pounds sterling (GBP) and are exclusive of VAT, which is charged "
                      "at the prevailing rate (currently 20%). Prices on a quotation are fixed for the validity "
                      "period stated on it; unless the quotation says otherwise a quotation is valid for 30 days "
                      "from its date of issue.")
    doc.add_paragraph("Price list prices for options and spare parts (see the Cardale OPL specification workbook) "
                      "are valid from 1 January 2025 to 31 December 2025 and may be revised after that date.")

    doc.add_heading("3. Payment", 1)
    doc.add_paragraph("Unless otherwise agreed in writing, equipment orders are invoiced in three stages:")
    table(doc, [
        ["Stage", "Share of order value", "When invoiced"],
        ["Deposit", "30%", "On order confirmation"],
        ["Delivery", "60%", "When the equipment is delivered to site"],
        ["Commissioning", "10%", "On signed commissioning sign-off (or 14 days after commissioning if no sign-off is returned)"],
    ])
    doc.add_paragraph("Invoices are payable within 30 days of the invoice date. Service plans are invoiced "
                      "annually in advance. Late payments accrue interest at 4% above the Bank of England base "
                      "rate. A purchase order number must be supplied with the order.")

    doc.add_heading("4. Delivery and lead times", 1)
    table(doc, [
        ["Equipment", "Typical lead time from order confirmation"],
        ["Washer-extractors (WE series)", "6–8 weeks"],
        ["Tumble dryers (TD series), electric or gas", "6–8 weeks"],
        ["FI-3200 flatwork ironer", "12 weeks"],
        ["DosePro dosing systems", "3 weeks"],
        ["Spare parts (stock items)", "Next working day"],
    ])
    doc.add_paragraph("Delivery is to the customer's site on a date agreed at least 10 working days in advance. "
                      "Off-loading and positioning are included where an installation line appears on the "
                      "quotation. Lead times are estimates; Cardale is not liable for delay caused by the "
                      "manufacturer, carriers or by the site not being ready.")

    doc.add_heading("5. Installation — what is and is not included", 1)
    doc.add_paragraph("The installation and commissioning service covers: off-loading, moving the equipment to its "
                      "final position by the agreed route, levelling, connection to services that have been "
                      "prepared in accordance with the Cardale Site Preparation Requirements, programming, "
                      "test running and commissioning sign-off.")
    doc.add_paragraph("Not included: builder's work, drainage trenches or sumps, electrical supplies and isolators, "
                      "gas supply pipework up to the isolation valve, exhaust ducting beyond the first 3 metres, "
                      "removal of existing equipment, and out-of-hours working. These can be quoted separately.")

    doc.add_heading("6. Warranty", 1)
    table(doc, [
        ["Item", "Parts", "Labour", "Notes"],
        ["Washer-extractors WE-28 / WE-55", "24 months", "24 months", "Drum bearings: 5 years parts only"],
        ["Tumble dryers TD-35 / TD-70", "24 months", "24 months", "Gas burner assemblies included"],
        ["FI-3200 flatwork ironer", "24 months", "12 months", "Heating roll: 36 months parts only"],
        ["DosePro dosing systems", "12 months", "12 months", "Pump tubes are wear parts"],
    ])
    doc.add_paragraph("Warranty runs from the date of commissioning. Wear parts are excluded: door seals, lint "
                      "filters, ironer belts and padding, pump tubes and fuses. Warranty is conditional on the "
                      "equipment being used with detergents dosed by a DosePro system or another dosing system "
                      "approved by Cardale in writing, and on annual preventive maintenance being carried out "
                      "by Cardale or an approved engineer.")

    doc.add_heading("7. Service plans", 1)
    doc.add_paragraph("Service plans are priced per machine per year. A \"machine\" is each washer-extractor, "
                      "tumble dryer or ironer; dosing systems are covered free of charge when all the machines "
                      "they serve are on a Silver or Gold plan.")
    table(doc, [
        ["", "Bronze", "Silver", "Gold"],
        ["Preventive maintenance visits per year", "1", "2", "4"],
        ["Response time (machine down)", "3 working days", "Next working day", "8 working hours"],
        ["Labour on breakdowns", "Charged", "Included", "Included"],
        ["Parts (excluding wear parts)", "Charged", "Charged", "Included"],
        ["24/7 breakdown line", "No", "No", "Yes"],
        ["Price per machine per year (GBP)", "420.00", "780.00", "1,150.00"],
    ])
    doc.add_paragraph("Minimum term 12 months; plans renew automatically for further 12-month periods unless "
                      "cancelled with 60 days' written notice before the renewal date. Response times are "
                      "measured from the time the fault is logged with the Cardale service desk. Working hours "
                      "are 08:00–18:00 Monday to Friday excluding bank holidays.")
    doc.add_paragraph("Call-outs outside a plan's coverage (for example damage caused by misuse, foreign objects "
                      "or unapproved chemicals) are charged at Cardale's prevailing labour and travel rates, "
                      "available on request.")

    doc.add_heading("8. Cancellation", 1)
    doc.add_paragraph("An order may be cancelled before order confirmation free of charge. After order "
                      "confirmation a cancellation charge of 15% of the order value applies. Once equipment has "
                      "been dispatched from the Preston warehouse, cancellation is not accepted.")

    doc.add_heading("9. Title, risk and liability", 1)
    doc.add_paragraph("Risk passes to the customer on delivery; title passes on payment in full. Cardale's total "
                      "liability under an order is limited to the contract price. Cardale is not liable for loss "
                      "of profit, loss of linen or indirect loss.")

    doc.add_heading("10. Governing law", 1)
    doc.add_paragraph("These terms are governed by the law of England and Wales.")

    doc.add_heading("Revision history", 2)
    table(doc, [
        ["Version", "Date", "Change"],
        ["4.0", "Feb 2022", "Gold plan introduced"],
        ["4.1", "Mar 2023", "Deposit changed from 25% to 30%"],
        ["4.2", "Jan 2025", "Ironer heating-roll warranty extended; Bronze plan response time clarified"],
    ])
    doc.save(OUT / "Cardale_Commercial_Terms_and_Service_Plans.docx")


# ---------------------------------------------------------------- XLSX
HDR = Font(bold=True, color="FFFFFF")
FILL = PatternFill("solid", fgColor="1F4E79")


def sheet(wb, title, intro, rows, footnotes=(), widths=None):
    ws = wb.create_sheet(title)
    ws.append([intro])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    start = ws.max_row + 1
    for r in rows:
        ws.append(list(r))
    for c in ws[start]:
        c.font = HDR
        c.fill = FILL
    ws.append([])
    for f in footnotes:
        ws.append([f])
    for i, w in enumerate(widths or [44, 26, 26, 26, 26]):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    return ws


def make_xlsx():
    wb = Workbook()
    wb.remove(wb.active)

    sheet(wb, "Read me",
          "Cardale OPL Equipment Specifications 2025 — issue 3 (Feb 2025)",
          [["Sheet", "Contents"],
           ["Washer-extractors", "WE-28 and WE-55 soft-mount washer-extractors"],
           ["Tumble dryers", "TD-35 and TD-70, electric (E) and gas (G) versions"],
           ["Flatwork ironer", "FI-3200 ironer, 800 mm roll"],
           ["DosePro 6", "Liquid chemical dosing system"],
           ["Options & spares", "Price list, GBP excl. VAT, valid 1 January 2025 to 31 December 2025"]],
          ["Specifications are subject to change without notice. Figures are nominal values measured by the manufacturer.",
           "Issue 2 listed the WE-55 door opening as 540 mm; corrected to 560 mm in issue 3."],
          widths=[30, 80])

    sheet(wb, "Washer-extractors",
          "Washer-extractors — WE series (soft mount, no foundation bolting required)",
          [["Specification", "WE-28", "WE-55"],
           ["Dry load capacity (1:10 fill ratio)", "28 kg", "55 kg"],
           ["Drum volume", "280 litres", "550 litres"],
           ["Drum diameter", "850 mm", "1,050 mm"],
           ["Door opening", "415 mm", "560 mm"],
           ["Maximum spin speed", "950 rpm", "780 rpm"],
           ["G-factor at max spin", "400 G", "350 G"],
           ["Water consumption, standard 60 °C hotel linen programme", "240 litres per cycle", "465 litres per cycle"],
           ["Heating", "Electric, 18 kW", "Electric, 36 kW (steam heating optional)"],
           ["Electrical supply", "400 V 3N~ 50 Hz", "400 V 3N~ 50 Hz"],
           ["Fuse rating", "32 A", "63 A"],
           ["Water inlets", "3 × 3/4\" BSP (cold, hot, hard)", "3 × 1\" BSP (cold, hot, hard)"],
           ["Drain valve", "1 × 76 mm", "2 × 76 mm"],
           ["Liquid dosing signals", "8", "8"],
           ["Controller", "ProLogic 7\" touch, up to 99 programmes", "ProLogic 7\" touch, up to 99 programmes"],
           ["Dimensions W × D × H", "990 × 1,120 × 1,580 mm", "1,250 × 1,395 × 1,890 mm"],
           ["Net weight", "610 kg", "1,180 kg"]],
          ["Residual moisture: WE-55 approx. 48% after max spin (cotton, ISO test load).",
           "Water consumption varies with programme and load; figures are for a full load.",
           "Both models are inverter driven — see Site Preparation Requirements for RCD type."])

    sheet(wb, "Tumble dryers",
          "Tumble dryers — TD series (reversing drum, Dry-Sense humidity control as standard)",
          [["Specification", "TD-35 E", "TD-35 G", "TD-70 E", "TD-70 G"],
           ["Drum volume", "350 litres", "350 litres", "700 litres", "700 litres"],
           ["Load capacity (1:20 fill ratio)", "17.5 kg", "17.5 kg", "35 kg", "35 kg"],
           ["Heating", "Electric", "Gas (natural gas G20)", "Electric", "Gas (natural gas G20)"],
           ["Heat input", "24 kW", "26 kW", "45 kW", "52 kW"],
           ["Gas connection", "—", "1/2\" BSP", "—", "3/4\" BSP"],
           ["Electrical supply", "400 V 3N~ 50 Hz, 40 A", "230 V 1N~ 50 Hz, 10 A", "400 V 3N~ 50 Hz, 80 A", "230 V 1N~ 50 Hz, 10 A"],
           ["Exhaust airflow", "1,100 m³/h", "1,100 m³/h", "2,300 m³/h", "2,300 m³/h"],
           ["Exhaust duct diameter", "200 mm", "200 mm", "250 mm", "250 mm"],
           ["Typical drying time, cotton from 50% moisture", "42 minutes", "38 minutes", "45 minutes", "40 minutes"],
           ["Dimensions W × D × H", "790 × 1,110 × 1,790 mm", "790 × 1,110 × 1,790 mm", "1,050 × 1,420 × 1,960 mm", "1,050 × 1,420 × 1,960 mm"],
           ["Net weight", "210 kg", "215 kg", "318 kg", "325 kg"]],
          ["Gas versions require a Gas Safe registered engineer for connection.",
           "Lint filter must be cleaned after every cycle; filter cartridge part numbers are on the Options & spares sheet."],
          widths=[40, 22, 22, 22, 22])

    sheet(wb, "Flatwork ironer",
          "FI-3200 flatwork ironer — gas heated, front return",
          [["Specification", "FI-3200"],
           ["Working width", "3,200 mm"],
           ["Roll diameter", "800 mm"],
           ["Heating", "Gas, 78 kW (natural gas G20)"],
           ["Ironing speed", "2–12 m/min, variable"],
           ["Output", "up to 110 kg/h (flatwork at 45–50% residual moisture)"],
           ["Heat-up time to 180 °C", "25 minutes"],
           ["Exhaust airflow", "1,400 m³/h"],
           ["Electrical supply", "400 V 3N~ 50 Hz, 16 A"],
           ["Compatible feeder", "Cardale FeedMate FM-3 (optional, not included)"],
           ["Delivered as", "2 sections, joined on site"],
           ["Dimensions W × D × H", "4,050 × 1,310 × 1,420 mm"],
           ["Net weight", "2,950 kg"]],
          ["Automatic cool-down runs the roll until it is below 80 °C after the burner is switched off. Do not isolate the power during cool-down."],
          widths=[40, 60])

    sheet(wb, "DosePro 6",
          "DosePro 6 — liquid chemical dosing system",
          [["Specification", "DosePro 6"],
           ["Number of pumps", "6 peristaltic pumps"],
           ["Pump flow rate", "up to 30 l/h per pump"],
           ["Machines served", "up to 5 washer-extractors"],
           ["Power supply", "230 V 1N~ 50 Hz"],
           ["Flush", "Water-flush manifold, 1/2\" BSP cold supply"],
           ["Chemical level alarms", "Low-level lance on each product"],
           ["Monitoring", "Cardale Connect (consumption per machine and per programme)"]],
          ["Chemicals are not supplied by Cardale. Use products from an approved supplier (list available from the service desk)."],
          widths=[40, 60])

    sheet(wb, "Options & spares",
          "Options and spare parts price list — GBP excluding VAT — valid 1 January 2025 to 31 December 2025",
          [["Part no.", "Description", "Fits", "Price (GBP)"],
           ["FM-3", "FeedMate FM-3 feeder, 3 stations", "FI-3200", "14,800.00"],
           ["BF-55", "Raised base frame 300 mm", "WE-55", "690.00"],
           ["BF-28", "Raised base frame 300 mm", "WE-28", "455.00"],
           ["LF-70", "Lint filter cartridge", "TD-70 E / TD-70 G", "38.50"],
           ["LF-35", "Lint filter cartridge", "TD-35 E / TD-35 G", "29.00"],
           ["DS-55", "Door seal", "WE-55", "112.00"],
           ["DS-28", "Door seal", "WE-28", "86.00"],
           ["IB-3200", "Ironer belt set (felt)", "FI-3200", "1,240.00"],
           ["PT-6", "Pump tube kit (6 tubes)", "DosePro 6", "64.00"],
           ["CC-SUB", "Cardale Connect monitoring, per machine per month", "All", "9.50"]],
          ["Spare parts ordered before 14:00 on a working day are dispatched the same day.",
           "Carriage on spares orders under 100.00 GBP: 12.50 GBP."],
          widths=[14, 48, 22, 16])

    wb.save(OUT / "Cardale_OPL_Equipment_Specifications_2025.xlsx")


if __name__ == "__main__":
    make_docx()
    make_xlsx()
    print("written to", OUT)
