"""Generate the binary knowledge sources for the labelora-esl scenario.

Run with: /work/main/.venv/bin/python make_sources.py
Writes knowledge/labelora-esl-datasheet-2025.xlsx and knowledge/labelora-terms-of-supply-v4.2.docx
"""
from pathlib import Path

import docx
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
OUT = HERE / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- xlsx datasheet + price list
def make_xlsx(path: Path) -> None:
    wb = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDEBF7")

    ws = wb.active
    ws.title = "Read me"
    rows = [
        ["Labelora Vela & Frost electronic shelf labels - technical datasheet and list prices"],
        ["Revision 2025-03 (supersedes rev. 2024-09). Prepared by Labelora Retail Systems Ltd, Unit 7 Greenogue Business Park, Rathcoole, Co. Dublin."],
        [""],
        ["How to read this workbook"],
        ["Sheet 'Labels' - display labels (Vela range for ambient shelves, Frost range for freezers)."],
        ["Sheet 'Infrastructure' - access points, rails, clips and handhelds."],
        ["Sheet 'Software & services' - Labelora Core licence, installation and training."],
        [""],
        ["Notes"],
        ["All list prices in EUR, excluding VAT. List prices valid 1 April 2025 to 31 March 2026 unless a signed quotation says otherwise."],
        ["* Battery life figures assume 4 price updates per day and 2 page flips per day at 23 °C. Heavy use of LED flashing (pick-to-light) shortens battery life."],
        ["Frost labels are only warranted when used with the Frost freezer clip (CLIP-FR-10)."],
        ["Radio: all labels use the Labelora LumaLink protocol (2.4 GHz proprietary) and talk only to Luma access points."],
        ["Certifications (all labels): CE, RED 2014/53/EU, RoHS 3, REACH."],
        ["Questions on this datasheet: presales@labelora.ie"],
    ]
    for r in rows:
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=14)
    for c in ("A4", "A9"):
        ws[c].font = bold
    ws.column_dimensions["A"].width = 120

    # Labels sheet
    ws = wb.create_sheet("Labels")
    header = [
        "SKU", "Model", "Display", "Colours", "Resolution", "Viewing area", "Outer dimensions (W x H x D)",
        "Battery", "Battery life*", "Operating temperature", "Ingress protection", "NFC", "LED",
        "List price (EUR)",
    ]
    data = [
        ["LB-VELA-154-BWR", "Vela 1.54", '1.54" e-paper', "black / white / red", "152 x 152 px",
         "27.5 x 27.5 mm", "36 x 45 x 11.5 mm", "1 x CR2450", "5 years", "0 °C to 40 °C", "IP54", "Yes",
         "1 x RGB", 6.40],
        ["LB-VELA-213-BWR", "Vela 2.13", '2.13" e-paper', "black / white / red", "250 x 122 px",
         "48.6 x 23.7 mm", "70.5 x 38 x 12.4 mm", "2 x CR2450", "5 years", "0 °C to 40 °C", "IP54", "Yes",
         "1 x RGB", 7.90],
        ["LB-VELA-266-BWR", "Vela 2.66 BWR", '2.66" e-paper', "black / white / red", "296 x 152 px",
         "60.1 x 30.7 mm", "83.5 x 44 x 12.4 mm", "2 x CR2450", "5 years", "0 °C to 40 °C", "IP54", "Yes",
         "1 x RGB", 9.20],
        ["LB-VELA-266-BWRY", "Vela 2.66 BWRY", '2.66" e-paper', "black / white / red / yellow", "296 x 152 px",
         "60.1 x 30.7 mm", "83.5 x 44 x 12.4 mm", "2 x CR2450", "4 years", "0 °C to 40 °C", "IP54", "Yes",
         "1 x RGB", 11.60],
        ["LB-VELA-420-BWR", "Vela 4.2", '4.2" e-paper', "black / white / red", "400 x 300 px",
         "84.8 x 63.6 mm", "99 x 89 x 13.6 mm", "3 x CR2450", "6 years", "0 °C to 40 °C", "IP54", "Yes",
         "1 x RGB", 18.50],
        ["LB-VELA-750-BWR", "Vela 7.5", '7.5" e-paper', "black / white / red", "800 x 480 px",
         "163.2 x 97.9 mm", "181 x 118 x 14.2 mm", "2 x CR2477", "4 years", "0 °C to 40 °C", "IP54", "Yes",
         "2 x RGB", 44.00],
        ["LB-FROST-213", "Frost 2.13", '2.13" e-paper (low-temperature)', "black / white", "250 x 122 px",
         "48.6 x 23.7 mm", "72 x 40 x 14.8 mm", "2 x CR2450HR (low-temperature cells)", "3 years",
         "-25 °C to 25 °C", "IP67", "Yes", "none", 10.80],
    ]
    ws.append(header)
    for r in data:
        ws.append(r)
    ws.append([])
    ws.append(["* see 'Read me'. Frost 2.13: condensation-resistant housing; screen refresh below -15 °C takes up to 18 seconds."])
    ws.append(["Discontinued: Vela 2.9 (LB-VELA-290) - last orders 31 Dec 2024, replaced by Vela 2.66."])
    for c in ws[1]:
        c.font = bold
        c.fill = head_fill
        c.alignment = Alignment(wrap_text=True)
    for row in ws.iter_rows(min_row=2, max_row=1 + len(data), min_col=14, max_col=14):
        for c in row:
            c.number_format = "#,##0.00"
    for col, w in zip("ABCDEFGHIJKLMN", (18, 15, 26, 26, 14, 16, 22, 30, 12, 18, 12, 6, 9, 14)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C2"

    # Infrastructure sheet
    ws = wb.create_sheet("Infrastructure")
    header = ["SKU", "Item", "Use", "Radio", "Coverage", "Capacity", "Power", "Operating temperature",
              "Ingress protection", "List price (EUR)"]
    data = [
        ["AP-LUMA-200", "Luma 200 access point", "Indoor, ceiling or wall mount, sales floor and back store",
         "2.4 GHz LumaLink + BLE 5.0", "radius up to 25 m (open retail floor)", "up to 5,000 labels per access point",
         "PoE 802.3af, 6.5 W", "-10 °C to 45 °C", "IP30", 640.00],
        ["AP-LUMA-200X", "Luma 200X cold-room access point", "Inside freezer and chiller rooms, heated enclosure",
         "2.4 GHz LumaLink", "radius up to 15 m (inside cold rooms)", "up to 2,000 labels per access point",
         "PoE+ 802.3at, 11 W (incl. enclosure heater)", "-30 °C to 40 °C", "IP65", 910.00],
        ["RAIL-PR-1000", "PriceRail shelf-edge rail, 1000 mm", "Clear polycarbonate, fits 39 mm shelf edges; cut to length on site",
         "-", "-", "-", "-", "0 °C to 40 °C", "-", 3.10],
        ["CLIP-FR-10", "Frost freezer clip, pack of 10", "Stainless spring clip for wire freezer shelving",
         "-", "-", "-", "-", "-30 °C to 40 °C", "-", 4.50],
        ["HH-PDA-7", "Binding handheld", "Android 13, 2D barcode scanner, NFC, 5.5\" screen, charging cradle included",
         "Wi-Fi 6, BLE 5.1", "-", "-", "4,500 mAh battery", "-10 °C to 50 °C", "IP65", 720.00],
    ]
    ws.append(header)
    for r in data:
        ws.append(r)
    ws.append([])
    ws.append(["Planning rule of thumb: see the Store rollout guide. Cold rooms with insulated panel walls need their own Luma 200X."])
    ws.append(["PoE switches and cabling are not supplied by Labelora."])
    for c in ws[1]:
        c.font = bold
        c.fill = head_fill
    for row in ws.iter_rows(min_row=2, max_row=1 + len(data), min_col=10, max_col=10):
        for c in row:
            c.number_format = "#,##0.00"
    for col, w in zip("ABCDEFGHIJ", (16, 34, 52, 26, 36, 36, 40, 18, 12, 14)):
        ws.column_dimensions[col].width = w

    # Software & services sheet
    ws = wb.create_sheet("Software & services")
    header = ["SKU", "Item", "Unit", "What is included", "List price (EUR)"]
    data = [
        ["SW-CORE-STORE", "Labelora Core store licence", "per store, per month, billed annually in advance",
         "Cloud price and template management, up to 10,000 labels per store, REST API, SFTP import, Labelora Go app. "
         "Each additional block of 1,000 labels: EUR 9.50 per month.", 145.00],
        ["SUP-PREM", "Premium Support uplift", "per year",
         "Named support engineer, quarterly health check, P2 response in 2 business hours. Priced at 18% of annual licence fees.",
         "18% of licence"],
        ["SVC-SURVEY", "Site survey", "per store",
         "Radio survey and access point placement plan; one visit per store.", 480.00],
        ["SVC-INSTALL-DAY", "Installation day", "per day",
         "2 technicians, up to 10 hours on site. Typical throughput 1,800-2,200 labels per day incl. rail fitting "
         "and binding. Access point mounting included; PoE cabling excluded.", 1150.00],
        ["SVC-TRAIN", "Remote training session", "per session",
         "2 hours, up to 8 participants, recording provided.", 320.00],
    ]
    ws.append(header)
    for r in data:
        ws.append(r)
    ws.append([])
    ws.append(["Travel outside Dublin, Cork and Galway is charged at EUR 0.45 per km from the nearest Labelora base."])
    ws.append(["Weekend and night installation: +35% on the installation day rate."])
    for c in ws[1]:
        c.font = bold
        c.fill = head_fill
    for row in ws.iter_rows(min_row=2, max_row=1 + len(data), min_col=5, max_col=5):
        for c in row:
            c.number_format = "#,##0.00"
    for col, w in zip("ABCDE", (18, 30, 40, 90, 16)):
        ws.column_dimensions[col].width = w

    wb.save(path)


# ---------------------------------------------------------------- docx terms of supply
def make_docx(path: Path) -> None:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    d.add_heading("Labelora Retail Systems Ltd - Terms of Supply and Service Level Schedule", 0)
    d.add_paragraph("Version 4.2, effective 15 January 2025. Replaces version 4.1 (March 2024). "
                    "Company registered in Ireland, no. 611482. VAT IE 3312904NH.")

    d.add_heading("1. Scope and definitions", 1)
    d.add_paragraph("These terms apply to every quotation and order for Labelora hardware (labels, access points, "
                    "rails, clips, handhelds), the Labelora Core cloud software and related services. "
                    "\"Customer\" means the company named on the quotation. \"Store\" means one retail premises "
                    "at a single address. \"Business hours\" means 08:00 to 18:00 Irish time, Monday to Friday, "
                    "excluding Irish public holidays.")

    d.add_heading("2. Quotations and prices", 1)
    d.add_paragraph("A quotation is valid until the expiry date printed on it. All prices are in euro and exclude "
                    "VAT, which is added at the applicable rate. Discounts shown on a quotation apply only to the "
                    "quantities quoted and only if the order is placed before the expiry date.")

    d.add_heading("3. Delivery", 1)
    d.add_paragraph("Hardware is delivered within 4 to 6 weeks of our written acceptance of the purchase order. "
                    "Delivery to addresses in the Republic of Ireland is free of charge for orders above EUR 20,000; "
                    "smaller orders carry a flat delivery charge of EUR 95 per address. Risk passes to the Customer "
                    "on delivery; title passes on payment in full. Partial deliveries are allowed.")

    d.add_heading("4. Invoicing and payment", 1)
    d.add_paragraph("For orders with a total value over EUR 50,000 a deposit of 40% of the hardware and services "
                    "value is invoiced on acceptance of the purchase order. The balance is invoiced on delivery. "
                    "Labelora Core licences are invoiced annually in advance from the go-live date of the first store.")
    d.add_paragraph("All invoices are payable within 30 days of the invoice date by bank transfer (SEPA). "
                    "Late payments carry interest under the European Communities (Late Payment in Commercial "
                    "Transactions) Regulations 2012. Labelora may suspend label updates for accounts more than "
                    "60 days overdue after 10 days' written notice.")

    d.add_heading("5. Warranty", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Product group", "Warranty period", "Notes"
    for a, b, c in [
        ("Labels (Vela and Frost)", "36 months from delivery", "Includes the built-in batteries for the warranty period"),
        ("Access points (Luma 200, Luma 200X)", "24 months from delivery", "Advance replacement shipped next business day"),
        ("Binding handhelds", "12 months from delivery", "Battery pack 6 months"),
        ("Rails and clips", "12 months from delivery", "-"),
    ]:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = a, b, c
    d.add_paragraph("")
    d.add_paragraph("Dead-on-arrival labels are replaced within 5 business days; please report them within "
                    "14 days of delivery through the support portal. The warranty does not cover physical damage "
                    "(for example trolley or pallet impact), cracked screens, use outside the stated operating "
                    "temperature, or Frost labels mounted without the Frost freezer clip.")

    d.add_heading("6. Service Level Schedule", 1)
    d.add_paragraph("Labelora Core is a hosted service. The following response and restoration targets apply to "
                    "incidents reported through the support portal or the P1 phone line.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Light Grid Accent 1"
    hdr = t.rows[0].cells
    for i, h in enumerate(["Priority", "Definition", "Response", "Restoration target", "Coverage"]):
        hdr[i].text = h
    for row in [
        ("P1", "No label updates possible in a whole store, or Labelora Core unavailable",
         "1 hour", "4 hours", "24/7"),
        ("P2", "An access point offline, or more than 5% of a store's labels not updating",
         "4 business hours", "1 business day", "Business hours"),
        ("P3", "Individual labels faulty, template or reporting issues, questions",
         "1 business day", "5 business days", "Business hours"),
    ]:
        r = t.add_row().cells
        for i, v in enumerate(row):
            r[i].text = v
    d.add_paragraph("")
    d.add_heading("6.1 Availability and service credits", 2)
    d.add_paragraph("Labelora commits to a monthly availability of 99.5% for Labelora Core, excluding planned "
                    "maintenance announced at least 5 days in advance and carried out between 01:00 and 05:00 Irish "
                    "time. For each full 0.5% below the commitment, the Customer receives a service credit of 5% of "
                    "that month's licence fee, capped at 25% of the monthly fee. Credits are claimed within 30 days "
                    "and offset against the next licence invoice.")
    d.add_paragraph("Labels keep showing the last price received during an outage; e-paper needs no power to hold "
                    "an image.")

    d.add_heading("7. Data protection and hosting", 1)
    d.add_paragraph("Labelora Core is hosted in Amazon Web Services region eu-west-1 (Ireland). Customer data is "
                    "backed up daily and backups are retained for 35 days. Labelora acts as processor; a data "
                    "processing agreement (DPA) is available on request and forms part of the contract once signed. "
                    "Product and price data are not personal data; user accounts are.")

    d.add_heading("8. Term, renewal and termination", 1)
    d.add_paragraph("Labelora Core licences have a minimum term of 12 months from go-live. They renew automatically "
                    "for successive 12-month periods unless either party gives at least 60 days' written notice "
                    "before the renewal date. Licence prices may be adjusted at renewal by no more than the Irish "
                    "CPI change plus 2%.")

    d.add_heading("9. Returns", 1)
    d.add_paragraph("Unopened hardware in its original packaging may be returned within 30 days of delivery, "
                    "subject to a restocking fee of 15%. Opened labels, cut rails and customised items cannot be "
                    "returned. Services already performed are not refundable.")

    d.add_heading("10. End of life and environment", 1)
    d.add_paragraph("Labelora is registered with WEEE Ireland. At end of life we take back labels and access points "
                    "supplied by Labelora free of charge when collected in batches of at least 500 labels. Batteries "
                    "are removed and recycled separately through an approved battery scheme.")

    d.add_heading("11. Liability", 1)
    d.add_paragraph("Each party's total liability under the contract is limited to 100% of the fees paid and payable "
                    "in the 12 months before the claim. Neither party is liable for loss of profit or indirect loss. "
                    "Nothing limits liability for death or personal injury caused by negligence.")

    d.add_heading("12. Changes, signature and governing law", 1)
    d.add_paragraph("Any change to these terms must be agreed in writing and signed by a director of Labelora. "
                    "Quotations are accepted by e-signature through the quote page or by a purchase order referring "
                    "to the quotation number. This contract is governed by the laws of Ireland and the courts of "
                    "Dublin have exclusive jurisdiction.")
    d.save(path)


if __name__ == "__main__":
    make_xlsx(OUT / "labelora-esl-datasheet-2025.xlsx")
    make_docx(OUT / "labelora-terms-of-supply-v4.2.docx")
    print("written:", sorted(p.name for p in OUT.iterdir()))
