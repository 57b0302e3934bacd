"""Build the two binary knowledge sources (xlsx, docx) for the aquavent-water-treatment scenario.

Run: nice -n 19 /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

import docx
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
KNOW = HERE / "knowledge"
KNOW.mkdir(exist_ok=True)

BOLD = Font(bold=True)


def sheet(wb, title, heading, rows, first=False):
    ws = wb.active if first else wb.create_sheet()
    ws.title = title
    ws.append([heading])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    for i, row in enumerate(rows):
        ws.append(row)
        if i == 0:
            for c in ws[ws.max_row]:
                c.font = BOLD
    ws.column_dimensions["A"].width = 46
    for col in "BCDE":
        ws.column_dimensions[col].width = 22
    return ws


def build_xlsx():
    wb = Workbook()
    sheet(wb, "Softeners", "AquaVent softeners - technical data 2026 (AV-Tronic controlled, timer-free volumetric regeneration)", [
        ["Parameter", "SS-30", "SD-60", "SD-90"],
        ["Configuration", "Simplex", "Duplex alternating (twin column)", "Duplex alternating (twin column)"],
        ["Resin volume", "30 L", "2 x 60 L", "2 x 90 L"],
        ["Exchange capacity per column", "150 m3 x dH", "300 m3 x dH", "450 m3 x dH"],
        ["Nominal service flow", "1.8 m3/h", "3.5 m3/h", "5.0 m3/h"],
        ["Peak flow (max. 15 min)", "2.5 m3/h", "4.8 m3/h", "6.5 m3/h"],
        ["Salt per regeneration", "4.5 kg", "9 kg", "13.5 kg"],
        ["Water per regeneration", "120 L", "240 L", "360 L"],
        ["Pressure loss at nominal flow", "0.8 bar", "0.9 bar", "1.0 bar"],
        ["Operating pressure", "2.5-8 bar", "2.5-8 bar", "2.5-8 bar"],
        ["Feed water temperature", "5-30 C", "5-30 C", "5-30 C"],
        ["Inlet / outlet connection", "1\"", "1 1/4\"", "1 1/2\""],
        ["Brine tank", "100 L", "200 L", "300 L"],
        ["Footprint W x D (incl. brine tank)", "900 x 500 mm", "1,500 x 600 mm", "1,900 x 700 mm"],
        ["Height", "1,350 mm", "1,650 mm", "1,850 mm"],
        ["Operating weight", "210 kg", "540 kg", "820 kg"],
        ["Electrical", "230 V / 50 Hz, 25 W", "230 V / 50 Hz, 40 W", "230 V / 50 Hz, 40 W"],
        ["Controller", "AV-Tronic 2", "AV-Tronic 4", "AV-Tronic 4"],
        ["List price (EUR, excl. VAT)", 3960, 7480, 10950],
    ], first=True)
    sheet(wb, "Reverse Osmosis", "AquaVent reverse-osmosis units - technical data 2026", [
        ["Parameter", "RO-450", "RO-1200", "RO-2500"],
        ["Permeate flow at 15 C feed", "450 L/h", "1,200 L/h", "2,500 L/h"],
        ["Recovery", "65%", "75%", "75%"],
        ["Nominal salt rejection", "98.5%", "99.0%", "99.2%"],
        ["Membrane elements", "2 x 4040", "4 x 4040", "4 x 8040"],
        ["High-pressure pump motor", "1.1 kW", "2.2 kW", "4.0 kW"],
        ["Electrical supply", "230 V single-phase", "400 V three-phase", "400 V three-phase"],
        ["Minimum feed pressure", "2 bar", "2 bar", "2 bar"],
        ["Operating pressure", "10-14 bar", "10-14 bar", "10-14 bar"],
        ["Feed water requirement", "Softened, SDI < 3, free chlorine 0.0 mg/L", "Softened, SDI < 3, free chlorine 0.0 mg/L", "Softened, SDI < 3, free chlorine 0.0 mg/L"],
        ["Typical permeate conductivity", "< 20 uS/cm", "< 15 uS/cm", "< 12 uS/cm"],
        ["Footprint W x D", "700 x 600 mm", "1,200 x 700 mm", "2,400 x 800 mm"],
        ["Operating weight", "95 kg", "260 kg", "610 kg"],
        ["Typical membrane replacement interval", "3-5 years", "3-5 years", "3-5 years"],
        ["Clean-in-place (CIP) connections", "Yes", "Yes", "Yes"],
        ["List price (EUR, excl. VAT)", 9650, 18900, 31400],
    ])
    sheet(wb, "UV Disinfection", "AquaVent UVX ultraviolet disinfection units - technical data 2026", [
        ["Parameter", "UVX-40", "UVX-110", "UVX-250"],
        ["Flow at 40 mJ/cm2, UVT 95%", "4.0 m3/h", "11.0 m3/h", "25.0 m3/h"],
        ["Lamp(s)", "1 x 75 W low-pressure", "1 x 150 W amalgam", "2 x 180 W amalgam"],
        ["Lamp life", "9,000 h", "12,000 h", "12,000 h"],
        ["Calibrated UVC intensity sensor", "Standard", "Standard", "Standard"],
        ["Connection", "1\" BSP", "2\" BSP", "DN80 flange"],
        ["Maximum operating pressure", "10 bar", "10 bar", "10 bar"],
        ["Chamber material", "316L stainless steel", "316L stainless steel", "316L stainless steel"],
        ["Chamber length", "930 mm", "1,020 mm", "1,260 mm"],
        ["Power consumption", "230 V, 90 W", "230 V, 175 W", "230 V, 410 W"],
        ["Replacement lamp price (EUR)", 186, 298, "2 x 340"],
        ["List price (EUR, excl. VAT)", 3120, 5840, 11900],
    ])
    sheet(wb, "Accessories & Consumables", "Accessories, consumables and services - price list 2026 (EUR, excl. VAT)", [
        ["Item", "Code", "Unit", "Price (EUR)", "Note"],
        ["MMF-24 multimedia pre-filter, automatic backwash, 3.0 m3/h", "AV-MMF24", "each", 2260, "Removes suspended solids ahead of softener/RO"],
        ["CF-20 activated-carbon dechlorination filter", "AV-CF20", "each", 1480, "Required ahead of any RO unit on chlorinated mains"],
        ["AquaLink remote monitoring gateway (4G + Ethernet)", "AV-LINK", "each", 940, "Up to 8 connected devices"],
        ["AquaLink data subscription", "AV-LINK-SUB", "per gateway per month", 19, "Included in Premium service plan"],
        ["Replacement RO membrane 4040", "AV-M4040", "each", 640, "RO-450 / RO-1200"],
        ["Replacement RO membrane 8040", "AV-M8040", "each", 1350, "RO-2500"],
        ["UV quartz sleeve", "AV-QS", "each", 145, "All UVX models"],
        ["Softener salt tablets, 25 kg bag", "AV-SALT25", "bag", 9.80, "Pallet of 40 bags (1,000 kg)"],
        ["Installation & commissioning, per property", "AV-INST", "property", 2850, "Up to 4 units in one plant room"],
        ["Additional unit in the same plant room", "AV-INST-ADD", "unit", 520, ""],
        ["Essential service plan, 12 months", "AV-SVC-ESS", "property / year", 2650, "See Terms of Sale and Support"],
        ["Premium service plan, 12 months", "AV-SVC-PREM", "property / year", 4200, "See Terms of Sale and Support"],
    ])
    sheet(wb, "Commercial Notes", "Commercial notes for quotations", [
        ["Topic", "Note"],
        ["Quote validity", "Quotations are valid for 30 days from the date of issue."],
        ["Price validity", "2026 list prices are valid for orders placed until 31 March 2027."],
        ["Softener volume discount", "8% when 3 or more softeners are ordered on one quotation."],
        ["RO volume discount", "5% when 3 or more RO units are ordered on one quotation."],
        ["Pre-filter discount", "10% on MMF-24 pre-filters ordered together with a softener or RO unit."],
        ["Multi-site service discount", "12% on service plans for 3-5 properties; 18% for 6 or more properties."],
        ["Salt volume discount", "15% for 100 bags or more per order."],
        ["Payment schedule", "40% on order, 50% on delivery, 10% on commissioning; invoices payable 30 days net."],
        ["Lead time - softeners", "3-4 weeks from order confirmation"],
        ["Lead time - reverse osmosis", "6-8 weeks from order confirmation"],
        ["Lead time - UV units and AquaLink", "3 weeks from order confirmation"],
        ["Freight", "Ex works Rotterdam; delivery to mainland Portugal and Spain included for orders above EUR 50,000 net."],
        ["Salt deliveries", "Delivered in full pallets of 40 bags; partial pallets charged EUR 35 handling."],
    ])
    wb.save(KNOW / "aquavent-datasheets-and-prices-2026.xlsx")


def table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = str(val)
            if r == 0:
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.bold = True
    d.add_paragraph()


def build_docx():
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("AquaVent Water Systems B.V. - Terms of Sale and Support", 0)
    d.add_paragraph("Version 2026.2, effective 1 September 2026. These terms apply to all quotations, orders and "
                    "service plans of AquaVent Water Systems B.V., Rotterdam (\"AquaVent\").")

    d.add_heading("1. Prices and orders", 1)
    d.add_paragraph("All prices are in euro and exclude VAT. A quotation is valid for 30 days from its date of issue. "
                    "An order is binding once AquaVent has sent a written order confirmation.")

    d.add_heading("2. Payment", 1)
    d.add_paragraph("Unless agreed otherwise in writing, 40% of the equipment value is invoiced on order, 50% on "
                    "delivery and 10% on commissioning. Invoices are payable 30 days net. Service plans are invoiced "
                    "annually in advance. Late payments bear statutory commercial interest.")

    d.add_heading("3. Delivery and installation", 1)
    d.add_paragraph("Delivery is DAP to the property. AquaVent announces the delivery window at least 10 working days "
                    "in advance. Risk passes to the buyer on delivery. A site survey of each plant room is carried out "
                    "before installation and is included in the installation price.")

    d.add_heading("4. Warranty", 1)
    d.add_paragraph("The warranty period starts on the date of commissioning, or 60 days after delivery if "
                    "commissioning is delayed for reasons outside AquaVent's control, whichever comes first.")
    table(d, [
        ["Product / component", "Warranty period", "Conditions"],
        ["Softener pressure vessels and brine tanks", "5 years", "Feed water within datasheet limits"],
        ["Softener control valves and AV-Tronic electronics", "24 months", "-"],
        ["RO units (frame, pump, controller)", "24 months", "-"],
        ["RO membranes", "12 months", "Feed water softened and dechlorinated as specified"],
        ["UV stainless-steel chambers", "5 years", "-"],
        ["UV ballasts and controllers", "24 months", "-"],
        ["UV lamps", "9,000 operating hours or 12 months, whichever comes first", "-"],
        ["AquaLink gateways", "24 months", "-"],
    ])
    d.add_paragraph("Wear parts (quartz sleeves, seals, filter media, cartridges) and salt are excluded from the "
                    "warranty. The warranty is void if the equipment is serviced by a party not trained by AquaVent.")

    d.add_heading("5. Service plans", 1)
    d.add_paragraph("Service plans run for 12 months per property and renew automatically for further 12-month "
                    "periods unless cancelled in writing with 90 days' notice before the renewal date. Annual price "
                    "indexation is capped at 4%.")
    table(d, [
        ["Feature", "Essential", "Premium"],
        ["Preventive maintenance visits per year", "1", "2"],
        ["On-site response to a critical fault", "2 business days", "8 working hours"],
        ["On-site response to a non-critical fault", "5 business days", "2 business days"],
        ["Technical hotline", "Mon-Fri 08:00-18:00", "24/7"],
        ["Wear parts at preventive visits", "Charged", "Included"],
        ["Annual UV lamp replacement", "Lamp charged, labour included", "Included"],
        ["RO membrane clean-in-place (CIP)", "Charged", "1 per year included"],
        ["Microbiological water sampling", "Not included", "2 per year included"],
        ["AquaLink data subscription", "EUR 19 per gateway per month", "Included"],
        ["Price per property per year", "EUR 2,650", "EUR 4,200"],
    ])
    d.add_paragraph("Working hours are Monday to Friday, 08:00-18:00 local time. Call-outs outside working hours "
                    "under the Essential plan carry a 45% labour surcharge.")

    d.add_heading("6. Liability", 1)
    d.add_paragraph("AquaVent's total liability under an order is limited to the net value of that order. AquaVent "
                    "is not liable for indirect or consequential loss, including loss of revenue or bookings.")

    d.add_heading("7. Cancellation", 1)
    d.add_paragraph("An order cancelled after confirmation but before dispatch carries a cancellation fee of 15% of "
                    "the equipment value. Equipment built to a customer-specific configuration cannot be cancelled.")

    d.add_heading("8. Governing law", 1)
    d.add_paragraph("These terms are governed by Dutch law. Disputes are submitted to the competent court in Rotterdam.")
    d.save(KNOW / "aquavent-terms-of-sale-and-support.docx")


if __name__ == "__main__":
    build_xlsx()
    build_docx()
    print("written to", KNOW)
