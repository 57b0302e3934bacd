"""Generate the binary knowledge documents (.docx, .xlsx, .pptx) for the
Lindenhof Textile Services scenario. Run from this folder:
    /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from pptx import Presentation
from pptx.util import Inches, Pt

OUT = Path(__file__).parent / "knowledge"
OUT.mkdir(exist_ok=True)


def make_docx():
    d = Document()
    d.add_heading("Service Description and Service Levels", 0)
    d.add_paragraph("Hotel & Hospitality Textile Rental - Lindenhof Textile Services GmbH - Edition 2026")

    d.add_heading("1. About Lindenhof Textile Services", 1)
    d.add_paragraph(
        "Lindenhof Textile Services GmbH is a family-owned textile rental and industrial laundry "
        "company founded in 1968 in Salzburg. We operate two industrial laundries, in Salzburg-Liefering "
        "and in Wörgl, and supply hotels, restaurants and care homes with rental textiles that we "
        "collect, wash, finish, repair and deliver back on a fixed schedule."
    )
    d.add_paragraph(
        "This Service Description forms part of every rental agreement. Prices are set out in the "
        "individual quote; additional charges are set out in the current Price List."
    )

    d.add_heading("2. Product ranges", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Range", "Items included", "Typical customers"
    rows = [
        ("Bed linen", "Flat sheets, fitted sheets, duvet covers, pillowcases (white cotton satin)", "Hotels, care homes"),
        ("Terry", "Bath towels, hand towels, guest towels, bath mats, bathrobes", "Hotels, spas, care homes"),
        ("Table linen", "Tablecloths, napkins, table moltons", "Hotels, restaurants"),
        ("Chef workwear", "Chef jackets, chef trousers, bistro aprons", "Hotel kitchens, restaurants"),
        ("Front-of-house workwear", "Waistcoats, shirts, blouses, service aprons", "Hotels, restaurants"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v

    d.add_heading("3. Collection and delivery frequency", 1)
    d.add_paragraph(
        "Collection and delivery frequency depends on the type of customer and on the product range. "
        "Collection of soiled items and delivery of clean items take place in the same visit."
    )
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Customer type", "Bed linen, terry and table linen", "Workwear"
    for r in [
        ("Hotels with more than 80 rooms", "Three collections per week", "Weekly"),
        ("Hotels with up to 80 rooms", "Two collections per week", "Weekly"),
        ("Restaurants", "Weekly", "Weekly"),
        ("Care homes", "Twice weekly", "Weekly"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("Clean linen is returned within 48 hours of collection.")

    d.add_heading("4. Delivery windows and service levels", 1)
    for b in [
        "Each property agrees a fixed 2-hour delivery window with us during onboarding.",
        "On-time target: 98% of deliveries per property and calendar month arrive within the agreed window.",
        "If the on-time rate of a property falls below the target in a calendar month, the customer "
        "receives a service credit of 5% of that month's rental fee for the affected property.",
        "Emergency top-up deliveries are dispatched within 6 hours of the order inside our core service "
        "area. Charges are set out in the Price List.",
        "Delays caused by road closures, avalanche warnings or force majeure are not counted as late deliveries.",
    ]:
        d.add_paragraph(b, style="List Bullet")

    d.add_heading("5. Quality and hygiene", 1)
    d.add_paragraph(
        "Our laundries are certified to the quality mark RAL-GZ 992/1 for hotel linen, table linen and "
        "workwear. Textiles for care homes are processed according to RAL-GZ 992/2. Our hygiene management "
        "follows the RABC system according to EN 14065."
    )
    for b in [
        "Every item is inspected on the finishing line; worn or torn items are withdrawn and replaced.",
        "Items delivered with stains or defects can be reported within 2 working days; we collect and "
        "rewash them free of charge and credit the item on the next delivery.",
        "Clean textiles are delivered in closed trolleys or sealed packaging.",
    ]:
        d.add_paragraph(b, style="List Bullet")

    d.add_heading("6. Recommended par levels", 1)
    d.add_paragraph(
        "For hotels we recommend a par level of 4 sets per bed: one set in use, one in the laundry, one in "
        "transit and one in the property's linen room as reserve. For terry we recommend 4 sets per room. "
        "The par level is agreed during the site survey and can be adjusted quarterly."
    )

    d.add_heading("7. Customer service", 1)
    d.add_paragraph("Our customer service desk is available Monday to Saturday, 07:00-19:00, by phone and e-mail.")
    d.save(OUT / "Lindenhof_Service_Description_2026.docx")


def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="2F5597")

    def header(ws, cols):
        ws.append(cols)
        for c in ws[ws.max_row]:
            c.font, c.fill = bold, fill

    ws = wb.active
    ws.title = "Replacement charges"
    ws.append(["Lindenhof Textile Services - Price List 2027 - Replacement charges (EUR, excl. VAT)"])
    ws.append([])
    header(ws, ["Code", "Item", "Unit", "Replacement price (EUR)"])
    for r in [
        ("R-BS-240", "Bed sheet 240x290 cm", "piece", "14.90"),
        ("R-FS-180", "Fitted sheet 180x200 cm", "piece", "16.80"),
        ("R-DC-135", "Duvet cover 135x200 cm", "piece", "24.50"),
        ("R-PC-80", "Pillowcase 80x80 cm", "piece", "5.80"),
        ("R-BT-70", "Bath towel 70x140 cm", "piece", "11.20"),
        ("R-HT-50", "Hand towel 50x100 cm", "piece", "5.60"),
        ("R-GT-30", "Guest towel 30x50 cm", "piece", "2.40"),
        ("R-BM-50", "Bath mat 50x80 cm", "piece", "7.40"),
        ("R-BR-01", "Bathrobe (waffle piqué)", "piece", "38.00"),
        ("R-TC-01", "Tablecloth 130x170 cm", "piece", "19.50"),
        ("R-NP-50", "Napkin 50x50 cm", "piece", "3.10"),
        ("R-CJ-01", "Chef jacket", "piece", "42.00"),
        ("R-CT-01", "Chef trousers", "piece", "34.00"),
        ("R-AP-01", "Bistro apron", "piece", "12.50"),
        ("R-WC-01", "Service waistcoat", "piece", "36.00"),
    ]:
        ws.append(list(r))
    for col, w in zip("ABCD", (12, 32, 8, 24)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Loss and damage rules")
    header(ws, ["Topic", "Rule"])
    for r in [
        ("Annual shrinkage allowance", "3% of the items in circulation per contract year are not charged when lost"),
        ("Loss beyond allowance", "Charged at the replacement price listed on sheet 'Replacement charges'"),
        ("Damage beyond normal wear", "Burns, bleach marks, cuts, paint or shoe-polish stains: charged at 100% of the replacement price"),
        ("Normal wear and tear", "Items withdrawn because of normal wear are replaced at no charge"),
        ("Loss reporting", "Losses are calculated from RFID scans and reported once per month"),
    ]:
        ws.append(list(r))
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Additional services")
    header(ws, ["Service", "Unit", "Price (EUR)", "Comment"])
    for r in [
        ("Emergency top-up delivery", "per run", "95.00", "Dispatched within the core service area"),
        ("Extra scheduled collection", "per run", "65.00", "Booked at least 24 hours in advance"),
        ("Name embroidery on workwear", "per garment", "4.50", "Name and function, up to 2 lines"),
        ("Garment alteration", "per garment", "9.00", "Hemming, sleeve length"),
        ("On-site fitting day", "per day", "included", "During onboarding and for new staff groups of 10 or more"),
    ]:
        ws.append(list(r))
    for col, w in zip("ABCD", (32, 14, 12, 55)):
        ws.column_dimensions[col].width = w
    wb.save(OUT / "Lindenhof_Price_List_2027.xlsx")


def make_pptx():
    prs = Presentation()

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Onboarding & RFID Rollout"
    s.placeholders[1].text = "Your path from signature to first delivery - Lindenhof Textile Services"

    def bullets(title, items):
        sl = prs.slides.add_slide(prs.slide_layouts[1])
        sl.shapes.title.text = title
        tf = sl.placeholders[1].text_frame
        tf.text = items[0]
        for it in items[1:]:
            p = tf.add_paragraph()
            p.text = it
        return sl

    bullets("Rollout timeline: 6 weeks from signature to go-live", [
        "Week 1: site survey at each property, par levels agreed",
        "Weeks 2-3: production of the textile pool and RFID chipping of every item",
        "Week 4: workwear fitting day and size capture",
        "Week 5: LinenTrack portal set-up and training of your linen coordinators",
        "Week 6: first delivery (go-live)",
    ])
    bullets("How RFID tracking works", [
        "A UHF RFID chip is sewn into every rental item",
        "Chips last at least 200 industrial wash cycles",
        "Items are scanned automatically at every collection and delivery",
        "Differences between delivered and collected items are flagged per property",
    ])
    bullets("LinenTrack customer portal", [
        "Real-time stock of clean and soiled items per property",
        "Order top-ups and extra collections online",
        "Monthly loss report based on RFID scans",
        "Report quality issues with a photo",
    ])
    sl = prs.slides.add_slide(prs.slide_layouts[5])
    sl.shapes.title.text = "What we need from you"
    rows = [
        ("Item", "Details"),
        ("Linen room", "A lockable linen room at each property"),
        ("Linen coordinator", "One named linen coordinator per property"),
        ("Access", "Vehicle access to the delivery bay during the agreed window"),
        ("Staff list", "Names and sizes of staff receiving workwear, two weeks before the fitting day"),
    ]
    tbl = sl.shapes.add_table(len(rows), 2, Inches(0.5), Inches(1.6), Inches(9), Inches(3)).table
    for i, (a, b) in enumerate(rows):
        tbl.cell(i, 0).text, tbl.cell(i, 1).text = a, b
        for c in (tbl.cell(i, 0), tbl.cell(i, 1)):
            for p in c.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(14)
    tbl.columns[0].width = Inches(2.5)
    tbl.columns[1].width = Inches(6.5)
    prs.save(OUT / "Lindenhof_Onboarding_RFID_Rollout.pptx")


if __name__ == "__main__":
    make_docx()
    make_xlsx()
    make_pptx()
    print("written to", OUT)
