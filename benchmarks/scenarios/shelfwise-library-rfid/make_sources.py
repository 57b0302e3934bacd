"""Generate the binary knowledge sources for the shelfwise-library-rfid scenario.

Run with: /work/main/.venv/bin/python make_sources.py
Writes knowledge/Shelfwise_Terms_of_Supply_v4.2.docx and knowledge/Shelfwise_Datasheet_PriceList_2026.xlsx.
The HTML FAQ and the Markdown onboarding guide are plain text files kept next to them.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

HERE = Path(__file__).resolve().parent
OUT = HERE / "knowledge"
OUT.mkdir(exist_ok=True)


# --------------------------------------------------------------------------------------------
# DOCX: Terms of Supply
# --------------------------------------------------------------------------------------------
def make_terms():
    d = Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10)

    d.add_heading("Shelfwise Library Systems Ltd — Terms of Supply (Public Sector)", level=0)
    d.add_paragraph("Version 4.2 — effective 1 March 2026 — supersedes v4.1 (June 2025)")
    d.add_paragraph(
        "Shelfwise Library Systems Ltd, Unit 7 Calder Works, Kirkstall Road, Leeds LS4 2AZ. "
        "Registered in England, company no. 08814372. VAT GB 219 4471 08."
    )
    d.add_paragraph(
        "These Terms apply to every quotation, order and delivery of Shelfwise hardware, RFID tags, "
        "Shelfwise Cloud subscriptions and professional services to public libraries and other "
        "public-sector customers, unless a signed framework agreement says otherwise."
    )

    d.add_heading("1. Definitions", level=1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Light Grid Accent 1"
    t.rows[0].cells[0].text = "Term"
    t.rows[0].cells[1].text = "Meaning"
    for a, b in [
        ("Customer", "The library authority named on the Quote."),
        ("Equipment", "Kiosks, security gates, returns sorters, staff pads and accessories supplied by Shelfwise."),
        ("Consumables", "RFID tags, labels, receipt rolls and tag-protection overlays."),
        ("Subscription", "Access to Shelfwise Cloud (kiosk management, statistics, remote configuration)."),
        ("Go-Live", "The first day on which the Equipment is used by the public at any Customer site."),
        ("Acceptance", "Written confirmation, or deemed confirmation under clause 5, that the Equipment passes the acceptance test."),
        ("Business Day", "Monday to Friday, excluding bank holidays in England."),
    ]:
        r = t.add_row().cells
        r[0].text = a
        r[1].text = b

    d.add_heading("2. Quotations and orders", level=1)
    d.add_paragraph(
        "2.1 A Quote is valid until the expiry date printed on it. After that date Shelfwise may re-price "
        "any item, in particular Consumables, whose price follows the market price of inlay chips."
    )
    d.add_paragraph(
        "2.2 An order is accepted when Shelfwise issues a written order confirmation. Shelfwise aims to "
        "confirm orders within 3 Business Days of receiving a purchase order."
    )
    d.add_paragraph(
        "2.3 Changes to quantities or delivery dates after order confirmation are subject to written "
        "agreement and may change the price and the lead time."
    )

    d.add_heading("3. Delivery and installation", level=1)
    d.add_paragraph(
        "3.1 Delivery dates are estimates based on the lead times in the current Shelfwise datasheet, "
        "counted from order confirmation. Shelfwise will give at least 10 Business Days' notice of the "
        "installation date for each site."
    )
    d.add_paragraph("3.2 Before installation the Customer shall make each site ready, namely:")
    for s in [
        "a dedicated 230 V power socket within 1.5 m of each kiosk and each gate pedestal;",
        "a wired network port (RJ45, DHCP or a fixed IP address supplied in advance) at each kiosk position;",
        "for a returns sorter, a level floor able to bear at least 500 kg/m² and a clear route from the delivery entrance of at least 900 mm width;",
        "outbound network access to Shelfwise Cloud on TCP port 443 and to the LMS on the agreed SIP2 port.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph(
        "3.3 If a site is not ready on the agreed date, a revisit is charged at £480 per engineer-day."
    )
    d.add_paragraph(
        "3.4 Risk in the Equipment passes on delivery; title passes on payment in full."
    )

    d.add_heading("4. Prices and payment", level=1)
    d.add_paragraph(
        "4.1 Prices are in pounds sterling and exclude VAT, which is added at the applicable rate."
    )
    d.add_paragraph("4.2 Unless the Quote states otherwise, Equipment and Consumables are invoiced in three stages:")
    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Stage", "Share of Equipment and Consumables value", "Invoice date"]):
        t.rows[0].cells[i].text = h
    for row in [
        ("Order", "40%", "On order confirmation"),
        ("Delivery", "50%", "On delivery to the first site"),
        ("Acceptance", "10%", "On Acceptance (clause 5)"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph(
        "4.3 Subscriptions are invoiced annually in advance from Go-Live. Training and professional "
        "services are invoiced when delivered."
    )
    d.add_paragraph(
        "4.4 Invoices are payable within 30 days of the invoice date. Shelfwise may charge interest on "
        "overdue sums at 4% above the Bank of England base rate, in line with the Late Payment of "
        "Commercial Debts (Interest) Act 1998."
    )
    d.add_paragraph(
        "4.5 Purchase orders must quote the Shelfwise Quote number; invoices without a valid PO number "
        "will be re-issued, which can delay delivery."
    )

    d.add_heading("5. Acceptance", level=1)
    d.add_paragraph(
        "5.1 After installation at each site Shelfwise runs the standard acceptance test together with "
        "the Customer (check-out, check-in, gate detection, LMS round-trip, receipt printing)."
    )
    d.add_paragraph(
        "5.2 The Customer has 10 Business Days from the end of installation to report, in writing, any "
        "failure of the acceptance test. If no failure is reported within that period, or the Equipment "
        "is used by the public, Acceptance is deemed to have occurred."
    )

    d.add_heading("6. Warranty", level=1)
    d.add_paragraph("6.1 Shelfwise warrants that the Equipment is free from defects in materials and workmanship for the following periods from delivery:")
    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Product", "Warranty period", "Remedy"]):
        t.rows[0].cells[i].text = h
    for row in [
        ("Self-service kiosks (K20, K12)", "36 months", "Return-to-base repair or advance replacement"),
        ("Security gates (G2, G3)", "36 months", "On-site repair"),
        ("Returns sorter (RS5)", "24 months", "On-site repair, parts and labour"),
        ("Staff pads", "24 months", "Advance replacement"),
        ("RFID tags", "5 years", "Replacement of tags that fail to read, on evidence of batch failure"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph(
        "6.2 The warranty does not cover consumables such as receipt paper and thermal print heads, "
        "damage caused by moving Equipment without Shelfwise's supervision, use outside the operating "
        "conditions in the datasheet, or software not supplied by Shelfwise."
    )
    d.add_paragraph(
        "6.3 Warranty claims are logged via the Shelfwise service desk (support@shelfwise.co.uk or "
        "0113 496 0120). Response times follow the service plan in force; where none has been bought, "
        "Standard Support applies during the warranty period."
    )

    d.add_heading("7. Shelfwise Cloud subscription", level=1)
    d.add_paragraph(
        "7.1 Each Subscription runs for an initial term of 12 months from Go-Live and renews automatically "
        "for further 12-month terms unless either party gives at least 90 days' written notice before "
        "the end of the current term."
    )
    d.add_paragraph(
        "7.2 Renewal prices may increase by no more than CPI + 2% per year. Shelfwise will notify the "
        "Customer of the renewal price at least 120 days before renewal."
    )
    d.add_paragraph(
        "7.3 Each Subscription includes Standard Support for the Equipment at the subscribed site, "
        "software updates for kiosk and gate firmware, and the kiosk management portal."
    )
    d.add_paragraph(
        "7.4 On termination the Customer may export its statistics and configuration in CSV format for "
        "60 days, after which the data is deleted."
    )

    d.add_heading("8. Liability", level=1)
    d.add_paragraph(
        "8.1 Shelfwise's total liability under each order is limited to 100% of the fees paid or payable "
        "under that order in the 12 months before the claim arose."
    )
    d.add_paragraph(
        "8.2 Neither party excludes liability for death or personal injury caused by negligence, or for fraud."
    )
    d.add_paragraph(
        "8.3 Neither party is liable for loss of profit, loss of data that could have been restored from "
        "backups, or indirect loss."
    )

    d.add_heading("9. Data protection", level=1)
    d.add_paragraph(
        "9.1 For personal data processed in Shelfwise Cloud (borrower barcodes, transaction logs), the "
        "Customer is the controller and Shelfwise is the processor under UK GDPR. The data processing "
        "addendum in Schedule 2 applies."
    )
    d.add_paragraph(
        "9.2 Kiosks do not store borrower names. Transaction logs in Shelfwise Cloud are pseudonymised "
        "after 18 months."
    )
    d.add_paragraph(
        "9.3 A list of sub-processors is available on request; Shelfwise gives 30 days' notice of any new sub-processor."
    )

    d.add_heading("10. Termination", level=1)
    d.add_paragraph(
        "10.1 Either party may terminate an order by notice if the other commits a material breach and "
        "does not remedy it within 30 days of being asked to do so."
    )

    d.add_heading("11. Governing law", level=1)
    d.add_paragraph(
        "11.1 These Terms and any order are governed by the law of England and Wales, and the courts of "
        "England and Wales have exclusive jurisdiction."
    )
    d.add_paragraph(
        "11.2 Variations to these Terms are valid only if agreed in writing and signed by a director of Shelfwise."
    )

    d.add_paragraph("Schedule 1 (service plans) and Schedule 2 (data processing addendum) are available on request.")
    d.save(OUT / "Shelfwise_Terms_of_Supply_v4.2.docx")


# --------------------------------------------------------------------------------------------
# XLSX: datasheet and price list
# --------------------------------------------------------------------------------------------
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


def write_sheet(ws, title_lines, header, rows, footnotes=(), widths=None):
    r = 1
    for line in title_lines:
        ws.cell(row=r, column=1, value=line).font = BOLD if r == 1 else Font(italic=True)
        r += 1
    r += 1
    for i, h in enumerate(header, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True)
    for row in rows:
        r += 1
        for i, v in enumerate(row, 1):
            ws.cell(row=r, column=i, value=v)
    r += 2
    for f in footnotes:
        ws.cell(row=r, column=1, value=f)
        r += 1
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


def make_datasheet():
    wb = Workbook()

    ws = wb.active
    ws.title = "Hardware specs"
    write_sheet(
        ws,
        ["Shelfwise product datasheet 2026 — hardware", "Rev. C, 12 Jan 2026. Figures are typical values; subject to change without notice."],
        ["SKU", "Product", "Dimensions W × D × H (mm)", "Weight", "Power (typical operating)",
         "Operating temperature", "Humidity", "Read / detection performance", "Enclosure", "Lead time", "Notes"],
        [
            ["SW-K20", "SelfServe Kiosk K20, freestanding", "620 × 540 × 1,520", "68 kg", "120 W",
             "0–40 °C", "10–85% RH non-condensing", "Stack reading up to 10 items at once (pad read height 30 cm)",
             "Powder-coated steel, standard finish RAL 9016 traffic white", "6 weeks",
             "21.5-inch touchscreen, 80 mm thermal receipt printer, barcode imager, bay for optional payment module"],
            ["SW-K12", "Countertop Kiosk K12", "480 × 390 × 310", "14 kg", "45 W",
             "0–40 °C", "10–85% RH non-condensing", "Stack reading up to 5 items at once",
             "ABS housing, graphite grey", "3 weeks",
             "15.6-inch touchscreen, email receipts only (no printer), VESA 100 mount"],
            ["SW-G3", "Security Gate G3, dual aisle (3 pedestals)", "3 pedestals, 2 aisles of 900 mm", "42 kg per set", "60 W",
             "0–40 °C", "10–85% RH non-condensing", "Detection height up to 1,600 mm; aisle width 900 mm",
             "Clear acrylic panels, aluminium base", "4 weeks",
             "Built-in people counter; audible and visual alarm"],
            ["SW-G2", "Security Gate G2, single aisle (2 pedestals)", "2 pedestals, 1 aisle of 900 mm", "26 kg per set", "40 W",
             "0–40 °C", "10–85% RH non-condensing", "Detection height up to 1,600 mm; aisle width 900 mm",
             "Clear acrylic panels, aluminium base", "4 weeks",
             "Built-in people counter; audible and visual alarm"],
            ["SW-RS5", "Returns Sorter RS5, 5 bins, with through-wall return slot", "2,400 × 1,100 × 1,350", "310 kg", "450 W",
             "5–35 °C", "20–80% RH non-condensing", "Throughput 1,200 items per hour",
             "Powder-coated steel, RAL 7035 light grey", "10 weeks",
             "Accepts items up to 350 × 280 × 80 mm; 5 bins of 70 kg each; sleep mode after 20 minutes idle"],
            ["SW-PAD", "Staff Pad SP2 (USB)", "210 × 160 × 22", "0.6 kg", "USB powered (2.5 W)",
             "0–40 °C", "10–85% RH non-condensing", "Read height 25 cm", "ABS, black", "2 weeks",
             "For circulation desks and tag conversion"],
        ],
        ["All hardware supplied with UK plug leads. Gate pedestals are fixed to the floor with M8 anchors (supplied).",
         "The RS5 requires a through-wall opening of 420 × 250 mm for the return slot; wall works are by the Customer."],
        widths=[10, 36, 24, 12, 16, 14, 20, 40, 36, 10, 50],
    )

    ws = wb.create_sheet("RFID tags")
    write_sheet(
        ws,
        ["Shelfwise RFID tags 2026", "All tags HF 13.56 MHz, ISO 15693, data model ISO 28560-2 (Danish model available on request)"],
        ["SKU", "Tag", "Size", "Chip", "User memory", "Typical read range (kiosk)", "Write cycles", "Data retention", "Pack", "Use"],
        [
            ["SW-TB", "Book tag, paper face", "50 × 50 mm", "NXP ICODE SLIX2", "2,528 bit", "up to 30 cm", "100,000", "50 years",
             "Rolls of 2,000", "Books, periodicals, paperbacks"],
            ["SW-TAV", "AV disc tag with booster ring", "41 mm ring, 17 mm hole", "NXP ICODE SLIX2", "2,528 bit", "up to 18 cm", "100,000", "50 years",
             "Sheets of 100", "CDs, DVDs, Blu-ray (booster ring required)"],
            ["SW-TPO", "Tag protection overlay", "55 × 55 mm", "—", "—", "—", "—", "—", "Rolls of 2,000",
             "Covers book tags in high-use collections"],
        ],
        ["Tags are supplied pre-initialised but unprogrammed; programming happens during tag conversion with a Staff Pad.",
         "Do not place AV tags over printed disc areas with metallic ink; read range falls by up to 50%."],
        widths=[10, 30, 20, 18, 12, 22, 12, 12, 16, 40],
    )

    ws = wb.create_sheet("Price list 2026")
    write_sheet(
        ws,
        ["Shelfwise UK public-sector price list 2026", "GBP, excluding VAT. Valid 1 Jan – 31 Dec 2026 unless superseded."],
        ["SKU", "Description", "Unit", "List price (GBP)", "Volume price (GBP)", "Volume break", "Notes"],
        [
            ["SW-K20", "SelfServe Kiosk K20, freestanding", "each", 7450.00, None, None, "Receipt printer included"],
            ["SW-K12", "Countertop Kiosk K12", "each", 3180.00, None, None, ""],
            ["SW-G3", "Security Gate G3, dual aisle", "set", 5900.00, None, None, ""],
            ["SW-G2", "Security Gate G2, single aisle", "set", 3650.00, None, None, ""],
            ["SW-RS5", "Returns Sorter RS5, 5 bins", "each", 38500.00, None, None, "Includes 2-day installation and through-wall slot trim"],
            ["SW-PAD", "Staff Pad SP2", "each", 640.00, None, None, ""],
            ["SW-PAY", "Fines payment module for K20 (chip & PIN)", "each", 1150.00, None, None, "Requires merchant account with a supported acquirer"],
            ["SW-TB", "Book tag, paper face", "per tag", 0.16, 0.14, "100,000 tags or more", "Sold in rolls of 2,000"],
            ["SW-TAV", "AV disc tag with booster ring", "per tag", 0.68, 0.62, "20,000 tags or more", "Sold in sheets of 100"],
            ["SW-TPO", "Tag protection overlay", "per overlay", 0.05, 0.04, "100,000 or more", ""],
            ["SW-CLOUD", "Shelfwise Cloud subscription, per branch", "per branch per year", 2200.00, None, None, "Includes Standard Support"],
            ["SW-PREM", "Upgrade to Premium Support, per branch", "per branch per year", 1400.00, None, None, "In addition to SW-CLOUD"],
            ["SW-INST", "Installation of kiosks and gates, per branch", "per branch", 1250.00, None, None, "Up to 1 day on site"],
            ["SW-TRN-OS", "On-site staff training day (up to 8 staff)", "per day", 950.00, None, None, ""],
            ["SW-TRN-RA", "Remote administrator training, half day (up to 4 admins)", "per session", 420.00, None, None, "Delivered via Teams"],
            ["SW-CONV", "Tag conversion team (Shelfwise staff)", "per item", 0.09, None, None, "Minimum 20,000 items"],
        ],
        ["Volume prices apply per order, not cumulatively across orders.",
         "Delivery to UK mainland sites is included. Installation is quoted separately unless stated on the Quote."],
        widths=[12, 52, 20, 16, 18, 22, 50],
    )
    for row in ws.iter_rows(min_row=5, min_col=4, max_col=5):
        for c in row:
            if isinstance(c.value, float):
                c.number_format = "#,##0.00"

    ws = wb.create_sheet("Service plans")
    write_sheet(
        ws,
        ["Shelfwise service plans", "Standard Support is included in every Shelfwise Cloud subscription."],
        ["Feature", "Standard Support", "Premium Support"],
        [
            ["Service desk hours", "Mon–Fri 08:30–17:30", "Mon–Sat 08:00–20:00"],
            ["Remote response time (priority 1)", "8 business hours", "4 hours"],
            ["On-site engineer attendance", "Within 3 Business Days", "Next Business Day"],
            ["Preventive maintenance visits", "None", "1 per year per site"],
            ["Loan kiosk during repair", "No", "Yes"],
            ["Price", "Included with SW-CLOUD", "£1,400 per branch per year"],
        ],
        ["Priority 1 = a kiosk, gate or sorter out of service at a site with no working alternative."],
        widths=[36, 28, 28],
    )

    wb.save(OUT / "Shelfwise_Datasheet_PriceList_2026.xlsx")


if __name__ == "__main__":
    make_terms()
    make_datasheet()
    print("written:", sorted(p.name for p in OUT.iterdir()))
