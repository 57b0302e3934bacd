"""Build the two binary knowledge sources of the quietbay-acoustic-pods scenario.

Run: nice -n 19 /work/main/.venv/bin/python make_sources.py
Writes knowledge/quietbay-product-datasheet-2026.xlsx and knowledge/quietbay-terms-of-sale-and-support.docx.
Deterministic: fixed workbook/document properties, no timestamps in content.
"""
import datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from docx import Document

HERE = Path(__file__).resolve().parent
KNOW = HERE / "knowledge"
FIXED = datetime.datetime(2026, 10, 1, 9, 0, 0)


def bold_row(ws, row):
    for cell in ws[row]:
        cell.font = Font(bold=True)


def build_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phone booths"
    rows = [
        ["QuietBay phone booths - technical datasheet (edition 2026-10)"],
        [],
        ["Specification", "QB Solo Lite L1", "QB Solo S1", "QB Solo Access SA"],
        ["SKU", "QB-L1", "QB-S1", "QB-SA"],
        ["Occupancy (persons)", 1, 1, 1],
        ["External dimensions W x D x H (mm)", "1000 x 1000 x 2200", "1080 x 1050 x 2250", "1640 x 1620 x 2250"],
        ["Internal dimensions W x D x H (mm)", "920 x 900 x 2060", "1000 x 950 x 2080", "1540 x 1520 x 2080"],
        ["Weight, empty (kg)", 290, 345, 520],
        ["Floor load, empty (kg/m2)", 290, 304, 196],
        ["Speech level reduction D_s,A, ISO 23351-1 (dB)", 28, 34, 32],
        ["Speech privacy class, ISO 23351-1", "A", "A+", "A+"],
        ["Ventilation airflow (m3/h)", 90, 120, 160],
        ["Fan noise inside at max speed (dB(A))", 31, 28, 29],
        ["Lighting", "LED 4000 K, 350 lux", "LED 4000 K, dimmable, 500 lux", "LED 4000 K, dimmable, 500 lux"],
        ["Max power draw excl. sockets (W)", 70, 110, 130],
        ["Electrical supply", "230 V / 10 A", "230 V / 10 A", "230 V / 10 A"],
        ["Sockets", "1x Schuko, 1x USB-C 65 W", "2x Schuko, 2x USB-C 65 W", "2x Schuko, 2x USB-C 65 W"],
        ["Door clear opening (mm)", 650, 700, 900],
        ["Interior", "fixed shelf desk", "height-adjustable desk 750-1100 mm + stool", "height-adjustable desk 700-1100 mm, no fixed seat"],
        ["Wheelchair turning circle inside (mm)", "-", "-", 1500],
        ["Threshold", "30 mm step", "30 mm step", "12 mm ramped threshold"],
        ["Glass", "10 mm laminated safety glass", "10 mm laminated safety glass", "10 mm laminated safety glass"],
        ["Panel reaction to fire, EN 13501-1", "B-s1,d0", "B-s1,d0", "B-s1,d0"],
        ["Castor kit OPT-CAS available", "yes", "yes", "no"],
        ["List price per unit (EUR, excl. VAT)", 6900, 8950, 11400],
        ["Lead time (weeks from deposit receipt)", 4, 6, 8],
        ["Installation time, 2 technicians (hours)", 2.5, 3, 4.5],
    ]
    for r in rows:
        ws.append(r)
    bold_row(ws, 3)
    ws.column_dimensions["A"].width = 46
    for c in "BCD":
        ws.column_dimensions[c].width = 34

    ws = wb.create_sheet("Meeting pods")
    rows = [
        ["QuietBay meeting pods - technical datasheet (edition 2026-10)"],
        [],
        ["Specification", "QB Duo D2", "QB Quad Q4", "QB Hexa H6"],
        ["SKU", "QB-D2", "QB-Q4", "QB-H6"],
        ["Seats", 2, 4, 6],
        ["External dimensions W x D x H (mm)", "2100 x 1450 x 2250", "2450 x 2100 x 2300", "3100 x 2450 x 2300"],
        ["Internal dimensions W x D x H (mm)", "2000 x 1350 x 2080", "2350 x 2000 x 2120", "3000 x 2350 x 2120"],
        ["Weight, empty (kg)", 690, 1040, 1460],
        ["Floor load, empty (kg/m2)", 227, 202, 192],
        ["Speech level reduction D_s,A, ISO 23351-1 (dB)", 33, 31, 30],
        ["Speech privacy class, ISO 23351-1", "A+", "A+", "A+"],
        ["Ventilation airflow (m3/h)", 240, 380, 520],
        ["Fan noise inside at max speed (dB(A))", 29, 30, 32],
        ["Lighting", "LED 4000 K, dimmable, 500 lux", "LED 4000 K, dimmable, 500 lux", "LED 3000-5000 K tunable, 500 lux"],
        ["Max power draw excl. sockets and display (W)", 180, 260, 340],
        ["Electrical supply", "230 V / 16 A dedicated circuit", "230 V / 16 A dedicated circuit", "230 V / 16 A dedicated circuit"],
        ["Sockets", "2x Schuko, 2x USB-C 65 W", "4x Schuko, 4x USB-C 65 W", "6x Schuko, 4x USB-C 65 W"],
        ["Door clear opening (mm)", 800, 900, 900],
        ["Furniture included", "2 lounge seats + side table", "table 1400 x 700 mm + 4 chairs", "table 2000 x 900 mm + 6 chairs"],
        ["Display kit option", "OPT-DSP24", "OPT-DSP43", "OPT-DSP55"],
        ["Open-mesh roof OPT-MESH available", "no", "yes", "yes"],
        ["Panel reaction to fire, EN 13501-1", "B-s1,d0", "B-s1,d0", "B-s1,d0"],
        ["List price per unit (EUR, excl. VAT)", 16800, 24500, 31900],
        ["Lead time (weeks from deposit receipt)", 7, 8, 10],
        ["Installation time, 2 technicians (hours)", 5, 7, 9],
    ]
    for r in rows:
        ws.append(r)
    bold_row(ws, 3)
    ws.column_dimensions["A"].width = 46
    for c in "BCD":
        ws.column_dimensions[c].width = 34

    ws = wb.create_sheet("Options and services")
    rows = [
        ["SKU", "Name", "Fits", "Unit", "List price (EUR, excl. VAT)", "Notes"],
        ["OPT-DSP24", "24-inch display kit", "QB-D2", "per pod", 1150, "Full HD 1920 x 1080, HDMI + USB-C single-cable, wall-mounted on back panel; 2-year display warranty"],
        ["OPT-DSP43", "43-inch display kit with camera soundbar", "QB-Q4", "per pod", 1890, "4K 3840 x 2160, integrated 4K camera and beamforming microphones, HDMI + USB-C"],
        ["OPT-DSP55", "55-inch display kit with camera soundbar", "QB-H6", "per pod", 2450, "4K 3840 x 2160, integrated camera, HDMI + USB-C"],
        ["OPT-OCC", "Occupancy sensor + booking integration", "all models", "per unit", 240, "PIR presence sensor, status LED above door; integrates with Microsoft 365 and Google Workspace room calendars"],
        ["OPT-CAS", "Castor kit", "QB-L1, QB-S1", "per unit", 390, "4 lockable castors; raises overall height by 45 mm"],
        ["OPT-MESH", "Open-mesh roof", "QB-Q4, QB-H6", "per pod", 1200, "Sprinkler-compatible roof; reduces D_s,A by 3 dB"],
        ["OPT-FELT", "Wool felt upholstery upgrade", "all models", "per unit", 450, "Replaces standard PET felt wall upholstery"],
        ["SRV-INST-B", "Installation and commissioning - phone booth", "QB-L1, QB-S1, QB-SA", "per unit", 420, "Working days 07:30-17:00"],
        ["SRV-INST-P", "Installation and commissioning - meeting pod", "QB-D2, QB-Q4, QB-H6", "per unit", 780, "Working days 07:30-17:00"],
        ["SRV-CARE3", "QuietCare Plus service plan, 3 years", "all models", "per unit", 310, "See Terms of Sale and Support, section 6"],
        ["SRV-CARE3P", "QuietCare Premium service plan, 3 years", "all models", "per unit", 520, "See Terms of Sale and Support, section 6"],
        ["SRV-RELOC", "Relocation within the same building", "all models", "per unit", 540, "Disassembly, move and re-commissioning"],
        ["LOG-DEL-NL", "Delivery to site, Netherlands", "all models", "per truck", 2400, "Up to 12 units per truck; tail-lift truck, 2 crew"],
        ["LOG-DEL-BE", "Delivery to site, Belgium", "all models", "per truck", 2750, "Up to 12 units per truck"],
    ]
    for r in rows:
        ws.append(r)
    bold_row(ws, 1)
    for c, w in zip("ABCDEF", (14, 44, 22, 12, 26, 90)):
        ws.column_dimensions[c].width = w

    ws = wb.create_sheet("Commercial notes")
    rows = [
        ["Topic", "Note"],
        ["Prices", "All prices in EUR, excluding 21% Dutch VAT. List prices valid for orders confirmed until 31 March 2027."],
        ["Volume bands (booths and pods, list)", "1-4 units: 0% | 5-9 units: 4% | 10-19 units: 8% | 20+ units: 10%, on the booth/pod lines only"],
        ["Project discounts", "Discounts beyond the volume band require written approval by the Sales Director and are stated per line on the quote."],
        ["Options and services", "Options are not discounted by volume band. Service plans may carry a project discount of up to 15%."],
        ["Quote validity", "Quotes are valid 30 days from the issue date unless the quote states otherwise."],
        ["Lead times", "Lead times run from receipt of the deposit, not from signature."],
        ["Out-of-hours installation", "Installation outside working days 07:30-17:00 carries a 35% surcharge on the installation lines."],
        ["Storage", "Finished units are stored free of charge for 4 weeks after the ready-to-ship date; after that EUR 18 per unit per week."],
        ["Trade-in", "Trade-in credit of EUR 350 per working phone booth of any brand, collected at the QuietBay installation visit; max. 1 credit per new unit."],
        ["Failed delivery", "If the site is not ready on the agreed delivery day, a re-delivery fee of EUR 650 per truck applies."],
        ["Demo", "Showroom visits in Rotterdam (Maashaven) by appointment, Monday to Friday."],
    ]
    for r in rows:
        ws.append(r)
    bold_row(ws, 1)
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 120

    wb.properties.creator = "QuietBay Acoustics B.V."
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


def add_table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = str(v)
    return t


def build_docx(path):
    doc = Document()
    doc.core_properties.author = "QuietBay Acoustics B.V."
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.title = "QuietBay Terms of Sale and Support"
    doc.add_heading("QuietBay Acoustics B.V. - Terms of Sale and Support", 0)
    doc.add_paragraph("Version 4.2, effective 1 September 2026. These terms apply to every quote and order of "
                      "QuietBay Acoustics B.V., Maashaven Zuidzijde 40, Rotterdam (Chamber of Commerce 70412298), "
                      "unless a signed agreement states otherwise.")

    doc.add_heading("1. Quotes and orders", 1)
    doc.add_paragraph("A quote is valid until the expiry date printed on it, or 30 days from its issue date if no "
                      "date is printed. An order is binding once QuietBay has sent a written order confirmation. "
                      "Changes to quantities, models or delivery dates after order confirmation require a written "
                      "change order signed by both parties.")

    doc.add_heading("2. Prices and payment", 1)
    doc.add_paragraph("Prices are in euro and exclude VAT. Invoices are payable within 30 days net of the invoice date. "
                      "Payment is invoiced in three stages:")
    add_table(doc, ["Stage", "Share of order value", "Invoiced on"], [
        ["Deposit", "30%", "order confirmation"],
        ["Delivery", "60%", "delivery of the units to site"],
        ["Commissioning", "10%", "signed commissioning report"],
    ])
    doc.add_paragraph("Late payments bear interest of 1% per month. Production starts after the deposit has been "
                      "received; lead times run from that date.")

    doc.add_heading("3. Delivery and installation", 1)
    doc.add_paragraph("The delivery window is agreed in writing no later than 10 working days before delivery. "
                      "The buyer ensures the site meets the QuietBay Site Readiness Guide (access route, floor, power "
                      "and ceiling clearance). If the site is not ready on the agreed day, QuietBay charges a "
                      "re-delivery fee of EUR 650 per truck. Installation is carried out by two QuietBay technicians "
                      "and ends with a commissioning test and report signed by the buyer.")

    doc.add_heading("4. Warranty", 1)
    doc.add_paragraph("The warranty period starts on the date of the signed commissioning report.")
    add_table(doc, ["Component", "Warranty period"], [
        ["Frame and acoustic wall panels", "10 years"],
        ["Glass and door hardware", "5 years"],
        ["Ventilation fans and LED lighting", "3 years"],
        ["Electrical components, sockets and occupancy sensors", "3 years"],
        ["Display kits (OPT-DSP24, OPT-DSP43, OPT-DSP55)", "2 years"],
        ["Upholstery and felt surfaces", "2 years"],
    ])
    doc.add_paragraph("The warranty does not cover damage from misuse, cleaning with solvents, relocation by "
                      "anyone other than QuietBay, or normal wear of upholstery.")

    doc.add_heading("5. Cancellation", 1)
    add_table(doc, ["Moment of cancellation", "Cancellation fee"], [
        ["Before production start", "none (deposit refunded)"],
        ["After production start, before dispatch", "25% of the order value of the affected items"],
        ["After dispatch", "60% of the order value of the affected items"],
    ])

    doc.add_heading("6. Support and service plans", 1)
    doc.add_paragraph("Every unit includes Standard support for the warranty period. QuietCare plans are sold "
                      "per unit for a 3-year term starting at commissioning.")
    add_table(doc, ["", "Standard (included)", "QuietCare Plus (SRV-CARE3)", "QuietCare Premium (SRV-CARE3P)"], [
        ["Support channel", "e-mail", "e-mail and phone", "e-mail and phone"],
        ["Remote response time", "2 working days", "4 business hours", "2 business hours"],
        ["On-site response", "within 5 working days", "within 3 working days", "within 1 working day"],
        ["Preventive maintenance visits", "none", "1 per year", "2 per year"],
        ["Ventilation filter replacement", "parts only, at cost", "included at each visit", "included at each visit"],
        ["Labour for out-of-warranty repairs", "charged", "included", "included"],
        ["Price per unit, 3 years", "included", "EUR 310", "EUR 520"],
    ])
    doc.add_paragraph("Business hours are Monday to Friday 08:00-18:00 CET, excluding Dutch public holidays.")

    doc.add_heading("7. Liability", 1)
    doc.add_paragraph("QuietBay's liability for any claim is limited to the price paid for the affected product. "
                      "QuietBay is not liable for indirect or consequential loss, including lost profit or "
                      "business interruption.")

    doc.add_heading("8. Retention of title", 1)
    doc.add_paragraph("The units remain the property of QuietBay until the order value has been paid in full.")

    doc.add_heading("9. Governing law", 1)
    doc.add_paragraph("These terms are governed by Dutch law. Disputes are submitted to the competent court in Rotterdam.")
    doc.save(path)


if __name__ == "__main__":
    KNOW.mkdir(exist_ok=True)
    build_xlsx(KNOW / "quietbay-product-datasheet-2026.xlsx")
    build_docx(KNOW / "quietbay-terms-of-sale-and-support.docx")
    print("written")
