"""Generate the DOCX and XLSX knowledge sources for the fornalux-kitchens scenario.

Run with: /work/main/.venv/bin/python make_sources.py
The HTML page and the Markdown KB article are written by hand and live next to the generated files.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

HERE = Path(__file__).resolve().parent / "knowledge"
HERE.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: terms of sale and service
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


def make_docx():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)

    doc.add_heading("Fornalux Professional Kitchens B.V.", level=0)
    doc.add_paragraph("General Terms of Sale and Service - version 2026.2 (valid from 1 March 2026)")
    doc.add_paragraph(
        "Fornalux Professional Kitchens B.V., Hurksestraat 71, 5652 AJ Eindhoven, the Netherlands. "
        "Chamber of Commerce 61872034. VAT NL854120377B01."
    )

    doc.add_heading("1. Scope", level=1)
    doc.add_paragraph(
        "These terms apply to every quotation, order, delivery, installation and service plan of Fornalux "
        "Professional Kitchens B.V. (\"Fornalux\") for business customers. Purchasing conditions of the customer "
        "do not apply, even if they are attached to a purchase order, unless Fornalux has accepted them in writing."
    )

    doc.add_heading("2. Quotations and prices", level=1)
    for t in [
        "Quotations are valid for 30 days from the date of issue unless another expiry date is shown on the quotation.",
        "All prices are in euro (EUR), excluding VAT, and include delivery DAP (Incoterms 2020) to the installation "
        "address in the EU mainland.",
        "Line discounts shown on a quotation apply only to the quantities quoted. If quantities change, Fornalux may "
        "re-price the order.",
        "List prices are reviewed once a year on 1 March.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("3. Payment", level=1)
    doc.add_paragraph(
        "Unless agreed otherwise in writing, payment is made as follows: a deposit of 30% of the order value on "
        "order confirmation, and the balance of 70% within 30 days of the commissioning date. Service plans "
        "(CarePlan) are invoiced in full at commissioning and are payable within 30 days."
    )
    doc.add_paragraph(
        "Production slots and delivery dates are only reserved once the deposit has been received. Late payments "
        "bear statutory commercial interest (ECB reference rate plus 8 percentage points) and a fixed recovery "
        "fee of EUR 40 per invoice."
    )
    doc.add_paragraph(
        "Ownership of the goods passes to the customer only when the full price has been paid (retention of title)."
    )

    doc.add_heading("4. Delivery", level=1)
    doc.add_paragraph(
        "Delivery dates are estimates. Standard lead times, counted from receipt of the deposit, are:"
    )
    table(doc, ["Product family", "Standard lead time", "Remarks"], [
        ["CombiPro combi ovens", "4-6 weeks", "20-1/1 models: 6-8 weeks"],
        ["ChillMaster blast chillers", "8-10 weeks", "Built to order"],
        ["InductaLine 900 induction ranges", "6-8 weeks", "Custom widths: on request"],
        ["Stands, accessories and consumables", "1-2 weeks", "From stock in Eindhoven"],
    ])
    doc.add_paragraph(
        "Deliveries are made Monday to Friday between 07:00 and 16:00. Delivery on a Saturday or outside these hours "
        "is possible on request for a surcharge of EUR 380 per delivery. All goods of one order are delivered in "
        "one drop unless the customer asks for split delivery (EUR 190 per additional drop)."
    )
    doc.add_paragraph(
        "The customer must inspect the packaging on delivery and note visible damage on the delivery note. "
        "Hidden transport damage must be reported within 5 working days of delivery."
    )

    doc.add_heading("5. Installation and commissioning", level=1)
    doc.add_paragraph("Where installation is ordered, the price per appliance includes:")
    for t in [
        "unpacking, positioning and levelling of the appliance at its final location;",
        "connection to electrical, water and drain points already prepared by the customer within 1.5 m of the "
        "appliance;",
        "first start, test cycle and setting of the water hardness;",
        "a handover briefing of about 1 hour and a commissioning report.",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph(
        "Not included: electrical, plumbing or building work; extraction hoods; disposal of packaging beyond the "
        "first skip; removal of old equipment. Removal and recycling of old appliances can be ordered at EUR 260 "
        "per appliance (WEEE-compliant, certificate provided)."
    )
    doc.add_paragraph(
        "If the site is not ready on the agreed installation date (see the Site preparation guide), a revisit is "
        "charged at EUR 450."
    )

    doc.add_heading("6. Warranty", level=1)
    doc.add_paragraph(
        "The warranty starts on the commissioning date shown on the commissioning report, or 60 days after delivery, "
        "whichever is earlier. Warranty periods per product family:"
    )
    table(doc, ["Product family", "Warranty", "Covers", "Not covered"], [
        ["CombiPro combi ovens", "24 months", "Parts and labour",
         "Wear parts (door gaskets, lamps, fuses); limescale damage if no water treatment is used above 7 °dH"],
        ["ChillMaster blast chillers", "12 months parts and labour; compressor 36 months (parts only)",
         "Parts and labour", "Core probe cable damage; damage from a blocked condenser"],
        ["InductaLine 900 induction ranges", "24 months", "Parts and labour",
         "Ceramic glass breakage; damage from pans with warped bases"],
        ["Stands and accessories", "12 months", "Parts", "Normal wear"],
    ])
    doc.add_paragraph(
        "Warranty repairs are carried out on site during business hours. Travel costs are included within 150 km of a "
        "Fornalux service base (Eindhoven, Lyon, Cologne, Milan, Madrid). Beyond 150 km, travel is charged at "
        "EUR 0.85 per km."
    )

    doc.add_heading("7. CarePlan service plans", level=1)
    doc.add_paragraph(
        "A CarePlan extends support beyond the warranty and covers all appliances listed on the order. CarePlans run "
        "for 3 years from commissioning and are not cancellable during that term."
    )
    table(doc, ["", "CarePlan Bronze", "CarePlan Silver", "CarePlan Gold"], [
        ["Preventive maintenance visits", "1 per year", "1 per year", "2 per year"],
        ["Response time to a breakdown", "within 3 business days", "next business day", "within 8 working hours"],
        ["Labour for repairs", "20% discount", "included", "included"],
        ["Spare parts", "at list price", "15% discount", "included (excluding glass and wear parts)"],
        ["Service hotline", "business hours", "business hours", "24/7"],
        ["Loan unit", "no", "no", "yes, if a repair takes longer than 5 business days"],
        ["Indicative price (3 years, per kitchen)", "from EUR 1,900", "from EUR 3,800", "from EUR 6,900"],
    ])
    doc.add_paragraph(
        "Working hours are Monday to Friday 08:00-18:00 and Saturday 08:00-13:00, excluding public holidays in the "
        "country of installation."
    )

    doc.add_heading("8. Cancellation and returns", level=1)
    for t in [
        "An order may be cancelled in writing before dispatch against a cancellation fee of 15% of the order value. "
        "After dispatch the order can no longer be cancelled.",
        "Unused stock items (accessories and consumables) in their original packaging may be returned within 30 days "
        "of delivery. A restocking fee of 20% applies.",
        "Appliances that have been installed, built-to-order items and opened consumables cannot be returned.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("9. Liability", level=1)
    doc.add_paragraph(
        "Fornalux's total liability under an order is limited to the order value excluding VAT. Fornalux is not liable "
        "for indirect or consequential loss, including lost revenue, spoiled food or business interruption."
    )

    doc.add_heading("10. Orders, signature and changes to these terms", level=1)
    doc.add_paragraph(
        "An order is accepted when the customer signs the quotation electronically or sends a purchase order that "
        "refers to the quotation number, and Fornalux confirms it. Deviations from these terms are only valid if "
        "they are agreed in writing and signed by a director of Fornalux."
    )

    doc.add_heading("11. Governing law", level=1)
    doc.add_paragraph(
        "These terms are governed by Dutch law. The United Nations Convention on Contracts for the International Sale "
        "of Goods (CISG) does not apply. Disputes are submitted to the District Court of Oost-Brabant."
    )

    doc.save(HERE / "Fornalux_Terms_of_Sale_and_Service_2026.docx")


# ---------------------------------------------------------------- XLSX: product data 2026
HEAD_FONT = Font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor="7A1F1F")


def sheet(ws, title_line, header, rows, widths, footer=None):
    ws.append([title_line])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(header)
    for c in ws[3]:
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
    for r in rows:
        ws.append(r)
    if footer:
        ws.append([])
        for f in footer:
            ws.append([f])
    for col, w in zip("ABCDEFG", widths):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")


def make_xlsx():
    wb = Workbook()

    ws = wb.active
    ws.title = "CombiPro ovens"
    sheet(ws, "CombiPro electric combi ovens - technical data and list prices 2026",
          ["Specification", "CombiPro 6-1/1 E", "CombiPro 10-1/1 E", "CombiPro 20-1/1 E"], [
              ["SKU", "FX-CP61E", "FX-CP101E", "FX-CP201E"],
              ["Capacity", "6 x GN 1/1", "10 x GN 1/1", "20 x GN 1/1"],
              ["Rail spacing", "68 mm", "68 mm", "63 mm"],
              ["Meals per day (indicative)", "30-80", "80-150", "150-300"],
              ["Steam generation", "Direct injection", "Steam generator", "Steam generator"],
              ["Temperature range", "30-300 °C", "30-300 °C", "30-300 °C"],
              ["Core temperature probe", "Optional (FX-PRB1, single-point)", "Standard, 6-point",
               "Standard, 6-point"],
              ["Electrical supply", "400V 3N~ 50Hz", "400V 3N~ 50Hz", "400V 3N~ 50Hz"],
              ["Connected load", "11.1 kW", "18.9 kW", "37.4 kW"],
              ["Recommended fuse", "3 x 16 A", "3 x 32 A", "3 x 63 A"],
              ["Water connection", "R 3/4\"", "R 3/4\"", "R 3/4\""],
              ["Water flow pressure", "150-600 kPa", "150-600 kPa", "150-600 kPa"],
              ["Drain", "DN 50", "DN 50", "DN 50"],
              ["External dimensions W x D x H", "850 x 775 x 782 mm", "850 x 842 x 1042 mm",
               "879 x 1010 x 1782 mm"],
              ["Weight", "98 kg", "132 kg", "262 kg"],
              ["Protection rating", "IPX5", "IPX5", "IPX5"],
              ["Warranty", "24 months parts and labour", "24 months parts and labour",
               "24 months parts and labour"],
              ["List price 2026 (EUR, excl. VAT)", 10290, 14850, 27400],
          ], [34, 30, 30, 30],
          footer=["Installation, stand and water treatment are not included in the list price.",
                  "Models with a 'G' suffix (gas) are available on request; see separate data sheet."])

    ws = wb.create_sheet("ChillMaster")
    sheet(ws, "ChillMaster blast chillers / shock freezers - technical data and list prices 2026",
          ["Specification", "ChillMaster 5", "ChillMaster 10"], [
              ["SKU", "FX-CM5", "FX-CM10"],
              ["Capacity", "5 x GN 1/1", "10 x GN 1/1"],
              ["Chilling capacity (+70 °C to +3 °C in 90 min)", "18 kg", "40 kg"],
              ["Freezing capacity (+70 °C to -18 °C in 240 min)", "14 kg", "28 kg"],
              ["Refrigerant", "R290 (propane)", "R290 (propane)"],
              ["Refrigerant charge", "150 g", "2 x 150 g"],
              ["Condenser", "Air-cooled, built-in", "Air-cooled, built-in"],
              ["Defrost", "Hot gas, automatic", "Hot gas, automatic"],
              ["Core probe", "1-point, removable", "3-point, removable"],
              ["Electrical supply", "230V 1N~ 50Hz", "400V 3N~ 50Hz"],
              ["Connected load", "0.9 kW", "1.6 kW"],
              ["Climate class", "5 (ambient up to 40 °C)", "5 (ambient up to 40 °C)"],
              ["External dimensions W x D x H", "790 x 700 x 850 mm", "790 x 800 x 1750 mm"],
              ["Weight", "105 kg", "168 kg"],
              ["Warranty", "12 months parts and labour; compressor 36 months (parts only)",
               "12 months parts and labour; compressor 36 months (parts only)"],
              ["List price 2026 (EUR, excl. VAT)", 6120, 9640],
          ], [44, 34, 34],
          footer=["Capacities measured at 32 °C ambient with 40 mm GN 1/1 containers, no lids."])

    ws = wb.create_sheet("InductaLine 900")
    sheet(ws, "InductaLine 900 induction ranges - technical data and list prices 2026",
          ["Specification", "InductaLine 900, 2 zones", "InductaLine 900, 4 zones"], [
              ["SKU", "FX-IR902", "FX-IR904"],
              ["Cooking zones", "2 x 5 kW", "2 x 5 kW + 2 x 3.5 kW"],
              ["Zone diameter", "270 mm", "270 mm (front), 230 mm (rear)"],
              ["Minimum pan base diameter", "120 mm", "120 mm"],
              ["Top", "6 mm ceramic glass, 304 stainless frame", "6 mm ceramic glass, 304 stainless frame"],
              ["Base", "Neutral cupboard with door", "Neutral cupboard with doors"],
              ["Electrical supply", "400V 3N~ 50Hz", "400V 3N~ 50Hz"],
              ["Connected load", "10 kW", "17 kW"],
              ["Recommended fuse", "3 x 16 A", "3 x 32 A"],
              ["External dimensions W x D x H", "400 x 900 x 850 mm", "800 x 900 x 850 mm"],
              ["Weight", "62 kg", "118 kg"],
              ["Warranty", "24 months parts and labour (glass breakage excluded)",
               "24 months parts and labour (glass breakage excluded)"],
              ["List price 2026 (EUR, excl. VAT)", 4260, 7380],
          ], [34, 40, 40])

    ws = wb.create_sheet("Accessories")
    sheet(ws, "Accessories, consumables and services - list prices 2026",
          ["SKU", "Description", "Unit", "List price (EUR)", "Notes"], [
              ["FX-ST61", "Open stand for CombiPro 6-1/1, with 7 pairs of GN runners", "each", 640,
               "Height 700 mm"],
              ["FX-ST101", "Open stand for CombiPro 10-1/1, with 7 pairs of GN runners", "each", 890,
               "Height 700 mm; adjustable feet"],
              ["FX-WSC-H", "AquaGuard filter head with bypass valve", "each", 310,
               "Needed once per oven, with the first cartridge"],
              ["FX-WSC-R", "AquaGuard resin softening cartridge", "each", 465,
               "Capacity 4,500 litres at 20 °dH"],
              ["FX-CT100", "CleanTab cleaning tablets", "bucket of 100", 168, ""],
              ["FX-RT100", "RinseTab care tablets", "bucket of 100", 142, ""],
              ["FX-DF1", "DescaleFluid for steam generator", "bottle 10 l", 96, "One bottle per descaling"],
              ["FX-PRB1", "Core probe, single-point, plug-in", "each", 295, "For CombiPro 6-1/1 E"],
              ["FX-HOOD10", "Condensation hood for CombiPro 10-1/1", "each", 2350, "Needs 230V supply"],
              ["FX-INST", "Installation and commissioning", "per appliance", 420,
               "See Terms of Sale and Service, section 5"],
              ["FX-REM", "Removal and recycling of an old appliance", "per appliance", 260, "WEEE certificate"],
              ["FX-TRN-D", "Chef onboarding day on site", "per day", 1150, "Up to 8 chefs, 6 hours"],
          ], [12, 52, 16, 16, 40])

    wb.save(HERE / "Fornalux_Product_Data_2026.xlsx")


if __name__ == "__main__":
    make_docx()
    make_xlsx()
    print("written:", sorted(p.name for p in HERE.iterdir()))
