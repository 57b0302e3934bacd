"""Generate the four knowledge sources of the corvane-workwear scenario.

Run: PYTHONPATH=/path/to/scratch/with/reportlab python make_sources.py
(python-docx and openpyxl are needed too).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Corvane Workwear - Service Level Agreement and Rollout Guide", 0)
    d.add_paragraph("Facilities accounts, version 2026.1, effective 1 January 2026. This guide applies to "
                    "facilities-management customers with a committed annual spend above £25,000 (ex VAT). "
                    "Where a signed quote states otherwise, the quote prevails.")

    d.add_heading("1. Lead times", 1)
    for t in [
        "Plain stock garments (no embroidery or print): dispatched within 3 working days of order.",
        "Embroidered garments, first order of a new logo: 4 to 6 weeks from written artwork approval. "
        "The clock starts when the customer signs off the stitched sample, not when the order is placed.",
        "Embroidered reorders of an approved design: 10 working days from order.",
        "Safety footwear: 5 working days from stock; UK sizes 3 and 13 may take up to 15 working days.",
        "Emergency replenishment: stock items ordered by 12:00 on a working day are dispatched the same day "
        "for next-working-day delivery on mainland UK, with a surcharge of £9.50 per consignment. Scottish "
        "Highlands, islands and Northern Ireland: add 1 to 2 working days. Emergency replenishment does not "
        "apply to embroidered garments unless they come from buffer stock held for the customer.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("2. Rollout and size-fit", 1)
    d.add_paragraph("A rollout is delivered in up to 3 waves. Each wave is delivered bagged and labelled per "
                    "wearer (named-wearer packing) at no charge when sizes are captured through the managed "
                    "uniform portal; otherwise garments are bulk packed by size and SKU.")
    d.add_paragraph("Size-fit sessions: Corvane provides one free on-site size-fit session per site with 40 or "
                    "more wearers. Sites with fewer wearers receive a sample size kit on free loan for 14 days. "
                    "Additional sessions are charged at £180 per day, plus travel beyond 50 miles at £0.45 per "
                    "mile. Sessions must be booked at least 10 working days in advance.")

    d.add_heading("3. Size exchanges and returns", 1)
    d.add_paragraph("Size exchanges are free within 30 days of delivery for garments that are unworn, unwashed "
                    "and in their original packaging. During a rollout, embroidered garments are exchanged free "
                    "once per wearer. After 30 days, exchanges of embroidered garments are charged at the "
                    "reorder price less 50%. Non-faulty embroidered garments are not accepted back for credit. "
                    "Plain stock garments may be returned for credit within 30 days, less a 10% restocking fee.")

    d.add_heading("4. Warranty", 1)
    tbl = d.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Item", "Warranty", "Covers"
    for row in [
        ("Garments (polos, tunics, trousers, softshells)", "6 months from delivery",
         "Manufacturing defects: seams, zips, studs, fabric failure"),
        ("Safety footwear", "12 months from delivery", "Sole bonding and upper stitching"),
        ("Hi-vis retroreflective tape", "50 wash cycles at 40°C",
         "Retroreflective performance when the care label is followed"),
    ]:
        c = tbl.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("Exclusions: damage from chemicals or bleach, tunnel finishing above the temperature on the "
                    "care label, alterations, and normal wear and tear. Faulty items are replaced within 5 "
                    "working days of a claim submitted with a photograph and the delivery note number.")

    d.add_heading("5. Reorders and pricing", 1)
    d.add_paragraph("Unit prices on an accepted quote are fixed for 12 months from the quote date for reorders "
                    "of the same SKUs and colours. The minimum reorder for embroidered garments is 10 units per "
                    "SKU and colour; plain stock garments have no minimum. Reorders below £150 net carry a "
                    "£12.00 delivery charge; delivery is free at £150 net and above. Logo set-up is charged "
                    "once per design and is waived on reorders of an approved design.")

    d.add_heading("6. Account management", 1)
    d.add_paragraph("Every facilities account has a named account manager. Accounts above £50,000 annual spend "
                    "receive a quarterly business review covering spend per site, size-exchange volumes and "
                    "replenishment lead times. Service issues are acknowledged within 1 working day.")
    d.save(K / "corvane-sla-rollout-guide.docx")


# --------------------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [Paragraph("Corvane Facilities Range - Technical Specifications and Care Guide 2026", ss["Title"]),
             Paragraph("All garments in this guide are supplied with a sewn-in care label. Domestic and "
                       "industrial laundering must follow that label. None of the garments in the facilities "
                       "range is flame retardant or arc rated: they are not flame retardant and must not be "
                       "worn for hot work or near open flame.", body),
             Spacer(1, 4 * mm)]
    specs = [
        ("CW-PT210 Flex polo shirt (short sleeve)",
         "Fabric: 65% polyester / 35% cotton pique, 195 gsm, anti-pill finish. Sizes XS to 5XL. "
         "Washing: up to 60°C domestic; suitable for industrial laundering to ISO 15797 at up to 75°C. "
         "Tumble dry low. Left-chest logo embroidery up to 8,000 stitches. Ladies fit: CW-PT211, same fabric."),
        ("CW-TR450 Stretch work trousers",
         "Fabric: 65% polyester / 35% cotton twill, 245 gsm, with 4-way stretch panels (92% nylon / 8% elastane) "
         "at the crotch and knees. Washing: 40°C maximum. Not suitable for industrial tunnel finishing because "
         "the stretch panels lose recovery. Knee-pad pockets accept CW-KP20 knee pads certified to EN 14404 "
         "Type 2. Waist 28 to 50 in (even sizes), leg 30, 32 or 34 in. Classic alternative suitable for "
         "industrial laundering: CW-TR400 cargo trousers."),
        ("CW-SH330-HV Hi-vis softshell jacket, yellow/navy",
         "Certified to EN ISO 20471:2013+A1:2016 Class 2. 3-layer softshell, 100% polyester, 310 gsm, water "
         "column 8,000 mm, breathability 3,000 g/m2/24h. Retroreflective tape tested to 50 wash cycles at "
         "40°C. Washing: 40°C; do not tumble dry, do not dry clean, do not iron the tape. Sizes S to 4XL. "
         "Class 3 alternative in orange: CW-SH335-HVO (required by some rail-side and highway clients)."),
        ("CW-TN120 Cleaning tunic",
         "Fabric: 65% polyester / 35% cotton, 210 gsm, concealed press-stud fastening, two lower pockets and a "
         "pen pocket. Washing: suitable for industrial laundering to ISO 15797, wash at up to 75°C. Not rated "
         "for chemical splash protection. Sizes XS to 4XL. Colours: black, white, lilac."),
        ("CW-BT800-S3 Safety boot",
         "Certified to EN ISO 20345:2022, S3 SR. Composite toe cap (200 J), non-metallic anti-penetration "
         "midsole, water-resistant leather upper, rubber outsole heat resistant to 300°C contact. Weight 640 g "
         "per boot (size 8). Sizes UK 3 to 13, standard F width, no half sizes. Not ESD rated. Lighter S1P "
         "safety trainer alternative: CW-BT810-S1P."),
    ]
    for title, text in specs:
        story += [Paragraph(title, ss["Heading3"]), Paragraph(text, body), Spacer(1, 2 * mm)]
    story.append(Paragraph("Wash temperature summary", ss["Heading3"]))
    data = [["Product", "Max wash", "ISO 15797 industrial", "Tumble dry"],
            ["CW-PT210 polo", "60°C", "Yes, up to 75°C", "Low"],
            ["CW-TR450 trousers", "40°C", "No", "Low"],
            ["CW-SH330-HV softshell", "40°C", "No", "No"],
            ["CW-TN120 tunic", "75°C", "Yes, up to 75°C", "Medium"]]
    t = Table(data, colWidths=[50 * mm, 25 * mm, 40 * mm, 25 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    story += [t, Spacer(1, 3 * mm),
              Paragraph("Colour fastness: navy and charcoal shades are tested to grade 4 after 25 washes. "
                        "Bleach and chlorine-based products void the warranty on all garments.", body)]
    SimpleDocTemplate(str(K / "corvane-tech-specs-care.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm).build(story)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Garments & footwear"
    ws.append(["Corvane Workwear - 2026 Facilities Price List (GBP, ex VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Colours", "Sizes", "1-99 units", "100-499 units", "500+ units"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("CW-PT210-NVY", "Flex polo shirt, short sleeve, logo embroidered", "Navy, black, bottle green, royal", "XS-5XL", 16.90, 15.60, 14.80),
        ("CW-PT211-NVY", "Flex polo shirt, ladies fit, logo embroidered", "Navy, black", "8-24", 16.90, 15.60, 14.80),
        ("CW-PT215-NVY", "Flex polo shirt, long sleeve, logo embroidered", "Navy, black", "XS-5XL", 18.40, 17.10, 16.20),
        ("CW-TR450-CHR", "Stretch work trousers, knee-pad pockets", "Charcoal, black", "W28-50, L30/32/34", 31.00, 29.20, 27.50),
        ("CW-TR400-NVY", "Cargo trousers, classic, industrial-laundry safe", "Navy, black", "W28-50, L30/32/34", 24.50, 23.00, 21.80),
        ("CW-SH330-HV", "Hi-vis softshell jacket Class 2, yellow/navy", "Yellow/navy", "S-4XL", 52.90, 48.90, 46.50),
        ("CW-SH335-HVO", "Hi-vis softshell jacket Class 3, orange", "Orange", "S-4XL", 58.50, 55.90, 53.20),
        ("CW-TN120-BLK", "Cleaning tunic, press-stud", "Black, white, lilac", "XS-4XL", 21.20, 19.60, 18.40),
        ("CW-BT800-S3", "Safety boot S3 SR, composite toe", "Black", "UK 3-13", 68.00, 62.00, 58.50),
        ("CW-BT810-S1P", "Safety trainer S1P, composite toe", "Black/grey", "UK 3-13", 49.00, 45.50, 42.90),
        ("CW-KP20", "Knee pads EN 14404 Type 2 (per pair)", "Black", "One size", 11.50, 11.50, 11.50),
    ]
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=4, min_col=5, max_col=7):
        for c in row:
            c.number_format = "0.00"
    for col, w in zip("ABCDEFG", (16, 46, 32, 18, 11, 13, 11)):
        ws.column_dimensions[col].width = w

    s2 = wb.create_sheet("Add-ons & services")
    s2.append(["Corvane Workwear - 2026 Add-ons and Services (GBP, ex VAT)"])
    s2["A1"].font = Font(bold=True, size=13)
    s2.append([])
    s2.append(["Code", "Item", "Price", "Unit", "Conditions"])
    for c in s2[3]:
        c.font = Font(bold=True)
    addons = [
        ("CW-EMB-SET", "Logo digitising & set-up", 45.00, "per design", "One-off; waived on reorders of an approved design"),
        ("CW-EMB-LC", "Left-chest logo embroidery up to 8,000 stitches", 0.00, "per garment", "Included in polo, tunic and softshell prices"),
        ("CW-EMB-ADD", "Additional embroidery position (back or sleeve)", 3.20, "per garment", "Not available on trousers"),
        ("CW-NAME-EMB", "Name personalisation, embroidered", 2.10, "per garment", "Up to 15 characters; adds 3 working days"),
        ("CW-NAME-HTP", "Name personalisation, heat-transfer print", 1.40, "per garment", "Up to 15 characters; not on hi-vis softshells"),
        ("CW-XL-SUR", "Extended sizes surcharge, garments 4XL-5XL", "+12%", "on unit price", "Polos, tunics, softshells"),
        ("CW-XW-SUR", "Extended sizes surcharge, trousers waist 44-50", 3.00, "per pair", "All trousers"),
        ("CW-SVC-MGT", "Managed uniform portal & size-fit service", 3600.00, "per year", "Up to 1,500 wearers; above 1,500 wearers £2.20 per additional wearer per year"),
        ("CW-PACK-NW", "Named-wearer packing", 0.60, "per wearer pack", "Included free with the managed uniform portal"),
        ("CW-DEL-EMG", "Emergency next-working-day delivery surcharge", 9.50, "per consignment", "Stock items ordered by 12:00, mainland UK"),
        ("CW-FIT-DAY", "Additional size-fit session", 180.00, "per day", "Plus travel beyond 50 miles at £0.45 per mile"),
    ]
    for a in addons:
        s2.append(list(a))
    for col, w in zip("ABCDE", (14, 48, 10, 16, 70)):
        s2.column_dimensions[col].width = w

    s3 = wb.create_sheet("Volume bands")
    s3.append(["How volume bands apply"])
    s3["A1"].font = Font(bold=True, size=13)
    for line in [
        "Bands apply per SKU per order; colours of the same SKU are combined, sizes are combined.",
        "Mixed ladies and unisex polos (CW-PT210 and CW-PT211) are combined for banding.",
        "Quote discounts apply on top of the band price and are fixed for 12 months for reorders.",
        "Prices exclude VAT at the standard rate of 20% and include delivery for orders of £150 net and above.",
    ]:
        s3.append([line])
    s3.column_dimensions["A"].width = 100
    wb.save(K / "corvane-price-list-2026.xlsx")


# --------------------------------------------------------------------------- Markdown KB article
KB = """# Managed uniform portal: starters, leavers, allowances and garment take-back

The Corvane managed uniform portal (SKU CW-SVC-MGT) is how facilities customers order, track and control
uniforms across many sites. This article explains what the portal does after rollout.

## Accounts and sign-in
- Each site manager gets an administrator login; head-office users can see every site and cost centre.
- Wearers do not need a login. Optional wearer self-service (size changes, reorder requests for approval) can be
  switched on per site at no extra cost.
- Administrator sign-in supports single sign-on with Microsoft Entra ID. Other identity providers are not supported
  at present.

## Allowances
- Allowances are set per role as a number of items per year, e.g. the default cleaning role is 3 tunics and
  2 pairs of trousers per year; the default security role is 3 polos, 2 pairs of trousers and 1 softshell.
- Orders above a wearer's allowance need approval by the site manager before they are released.

## Starters and buffer stock
- Plain stock starter kits ordered by 14:00 ship the same working day.
- For embroidered garments, Corvane holds buffer stock of up to 5% of the rollout quantity, already embroidered
  with the customer's logo, free of charge for 12 months after the last rollout wave. Starter kits drawn from
  buffer stock ship within 2 working days. Buffer stock not drawn down after 12 months is invoiced at the quote
  price or, at the customer's choice, returned for recycling.

## Leavers and garment take-back
- Leavers' garments are returned in a prepaid returns bag, ordered from the portal.
- Returned logo garments are never resold or donated: they are shredded and recycled into insulation fibre, and a
  certificate of destruction is issued monthly.
- Take-back is free for Corvane-supplied garments. Garments from other suppliers can be taken back for recycling at
  £0.35 per kg, with a minimum of 100 kg per collection.

## Reporting and data
- A monthly spend report per site and cost centre is available as CSV or PDF.
- Wearer data (name, site, role, sizes) is hosted in the UK (London) and is deleted 24 months after a wearer is
  marked as a leaver.
"""


def make_md():
    (K / "managed-portal-kb.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
