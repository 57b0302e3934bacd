"""Generate the four knowledge sources of the emberlith-kiln-relining scenario.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder)
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document

    d = Document()
    d.add_heading("Emberlith Refractory Services Ltd", 0)
    d.add_heading("Relining Terms, Warranty and Site Conditions (Rev. 7, January 2025)", 1)
    d.add_paragraph(
        "These terms apply to every kiln relining, car-deck recast, seal replacement and commissioning service "
        "quoted by Emberlith Refractory Services Ltd (\"Emberlith\"), Unit 4, Longton Mill, Stoke-on-Trent ST3 1PQ. "
        "Where a quote and these terms differ, the quote prevails for price and scope only."
    )
    d.add_heading("1. Scope of a relining", 2)
    d.add_paragraph(
        "A relining includes strip-out of the existing hot-face lining down to the backup insulation or steel casing "
        "as stated in the quote, supply and installation of the new hot-face lining, stainless steel anchors, "
        "expansion joints packed with 1260 grade fibre, and a visual inspection of the casing. Backup insulation "
        "(calcium silicate board) is only replaced where it is found wet or reduced below 50% of its original "
        "thickness; if it is not on the quote it is charged at £96 per m² fitted, and we will photograph the "
        "condition and ask for written approval before fitting it. Thermocouples, controllers, burners, elements "
        "and gas trains are not part of a relining unless they appear as quote lines."
    )
    d.add_heading("2. Warranty", 2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Item", "Warranty period", "Starts"
    for row in [
        ("Insulating firebrick (IFB) hot-face linings", "24 months", "from commissioning"),
        ("Ceramic fibre module linings", "18 months", "from commissioning"),
        ("Castable car decks and precast burner quarls", "12 months", "from commissioning"),
        ("Door and car sand seals, fibre rope (consumables)", "3 months", "from completion"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph(
        "The warranty covers workmanship and materials. It is conditional on (a) the dry-out and first firing "
        "being carried out to Emberlith procedure EP-DRY-04, (b) firing logs being kept and made available to us "
        "on request, and (c) the lining never being fired continuously above its maximum continuous use "
        "temperature as listed in the Emberlith price and specification list."
    )
    d.add_paragraph(
        "Exclusions: damage from glaze run-off or drips, failure of kiln wash, mechanical impact (including kiln "
        "car collisions with the door frame), and reduction firing with more than 12 hours of heavy reduction per "
        "cycle on fibre linings. The warranty is void for fibre linings used for salt or soda vapour glazing. "
        "Hairline cracks under 2 mm wide in IFB or castable are a normal result of thermal expansion and are not "
        "a defect. A warranty claim is answered within 5 working days and, if accepted, repaired at our cost "
        "including labour and travel."
    )
    d.add_heading("3. Site conditions", 2)
    for p in [
        "The kiln must be cooled below 40 °C at the agreed start time; waiting time caused by a hot kiln is "
        "charged at £68 per technician hour.",
        "Gas supply to the kiln must be isolated, and afterwards reconnected and certified, by the customer's own "
        "Gas Safe registered engineer. Emberlith staff do not disconnect or reconnect gas.",
        "A 230 V 16 A supply within 20 m of the kiln, welfare facilities, and skip or bag space for spent lining.",
        "Clear access at least 1.2 m wide from the delivery point to the kiln.",
        "Normal working hours are 07:30-17:00, Monday to Friday. Weekend or bank-holiday working is available by "
        "agreement at a 35% surcharge on labour (materials are not surcharged).",
    ]:
        d.add_paragraph(p, style="List Bullet")
    d.add_heading("4. Payment", 2)
    d.add_paragraph(
        "30% deposit on order; 60% on completion of installation; 10% on successful commissioning or 14 days after "
        "completion, whichever is earlier. Invoices are payable net 30 days. Late payments carry statutory interest "
        "under the Late Payment of Commercial Debts (Interest) Act 1998 at 8% above the Bank of England base rate."
    )
    d.add_heading("5. Cancellation and postponement", 2)
    d.add_paragraph(
        "Cancellation more than 21 days before the agreed start date: the deposit is refunded less a £450 "
        "administration fee. Cancellation 21 days or fewer before the start date: the deposit is retained to cover "
        "materials ordered for the job. One postponement is free of charge if we receive at least 14 days' notice; "
        "new dates are subject to crew availability and are confirmed by the scheduling team."
    )
    d.add_heading("6. Liability", 2)
    d.add_paragraph(
        "Emberlith's total liability under a contract is capped at the contract value. Emberlith is not liable for "
        "loss of ware, loss of production or profit, or any indirect or consequential loss. Nothing in these terms "
        "limits liability for death or personal injury caused by negligence."
    )
    d.save(K / "emberlith-relining-terms.docx")


# --------------------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(K / "EP-DRY-04-dryout-procedure.pdf"), pagesize=A4,
                            title="EP-DRY-04 Dry-out and First-Firing Procedure")
    el = [
        Paragraph("Emberlith Refractory Services Ltd", ss["Title"]),
        Paragraph("EP-DRY-04 - Dry-out and First-Firing Procedure for New Kiln Linings (issue 4, March 2025)", ss["Heading2"]),
        Paragraph(
            "New refractory holds water. Low-cement castable is placed with 5-7% water by weight, and insulating "
            "firebrick and fibre modules absorb moisture from the air during installation. Heating too fast turns "
            "that water to steam inside the lining and can cause spalling or, in castable, explosive failure. This "
            "procedure is a condition of the Emberlith warranty.", body),
        Paragraph("1. Schedules by lining type", ss["Heading3"]),
    ]
    data = [
        ["Lining", "Before heating", "Schedule"],
        [Paragraph("Low-cement castable (car decks, burner quarls)", body),
         Paragraph("Air cure 24 hours minimum at above 10 °C", body),
         Paragraph("25 °C/h to 110 °C, hold 1 hour per 25 mm of thickness; 30 °C/h to 540 °C, hold 4 hours; "
                   "50 °C/h to 1000 °C; cool naturally with the door closed. About 48 hours for a 150 mm deck.", body)],
        [Paragraph("Insulating firebrick (IFB) hot face", body),
         Paragraph("None", body),
         Paragraph("60 °C/h to 600 °C, hold 2 hours; 100 °C/h to 1250 °C, no hold; cool naturally.", body)],
        [Paragraph("Ceramic fibre modules", body),
         Paragraph("Check all banding removed", body),
         Paragraph("100 °C/h to 1000 °C, hold 1 hour; cool naturally.", body)],
    ]
    tb = Table(data, colWidths=[120, 120, 240])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    el += [tb, Spacer(1, 8)]
    for txt in [
        "Where a kiln contains more than one lining type (for example an IFB kiln with new castable car decks), "
        "the slowest schedule governs the whole kiln: fire it to the castable schedule.",
        "The dry-out firing is an empty firing. Do not load ware; kiln furniture may be loaded only if it is "
        "already fired and dry. Place a witness cone pack at the top and bottom of the setting to check "
        "temperature uniformity.",
        "<b>2. Attendance.</b> An Emberlith technician attends the dry-out. Attendance for up to 2 days on site per "
        "kiln is included in the controlled dry-out and commissioning service (SKU DRY-OUT-PRG). Additional "
        "attendance, for example when the customer delays the firing, is charged at £620 per day.",
        "<b>3. Inspection after dry-out.</b> When the kiln is below 60 °C the technician inspects the lining. "
        "Expansion joints that have opened by more than 3 mm are re-packed with fibre. Cracks in castable wider "
        "than 2 mm, or any spalling, are recorded on the commissioning sheet and repaired before sign-off.",
        "<b>4. First production firings.</b> For the first 3 production firings after a reline, do not exceed a "
        "heating rate of 150 °C/h at any point, and keep firing logs (controller export or written log with times "
        "and temperatures). Firing logs must be kept for 24 months and shown to Emberlith with any warranty claim.",
        "<b>5. Sign-off.</b> Commissioning is complete when the dry-out record, the inspection result and the "
        "customer's acceptance signature are on the commissioning sheet. The final 10% payment falls due on "
        "commissioning.",
        "<b>6. If something goes wrong.</b> If the controller trips, power fails, or the kiln overshoots by more "
        "than 50 °C during dry-out, stop the firing, let it cool with the door closed, and call the Emberlith "
        "technical line on 01782 555 310 before restarting. Do not restart a castable dry-out from the point "
        "where it stopped; restart from the 110 °C hold.",
    ]:
        el.append(Paragraph(txt, body))
        el.append(Spacer(1, 4))
    doc.build(el)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Materials"
    ws.append(["Emberlith Refractory Services - Price & Specification List 2025 (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["Code", "Material", "Classification temperature (°C)", "Maximum continuous use (°C)",
               "Bulk density", "Thermal conductivity at 1000 °C (W/m·K)", "Unit", "Price (GBP)"])
    for r in [
        ["M-JM23", "JM-23 insulating firebrick", 1260, 1160, "0.50 g/cm³", "0.21", "brick 230x114x64 mm", 6.40],
        ["M-JM26", "JM-26 insulating firebrick", 1430, 1330, "0.80 g/cm³", "0.29", "brick 230x114x64 mm", 8.90],
        ["M-JM28", "JM-28 insulating firebrick", 1540, 1440, "0.88 g/cm³", "0.33", "brick 230x114x64 mm", 11.20],
        ["M-ZB1430", "Z-block ceramic fibre module, zirconia grade", 1430, 1330, "200 kg/m³", "0.28",
         "module 300x300x250 mm", 24.60],
        ["M-LC160", "LC-160 low-cement castable", 1600, 1500, "2.45 g/cm³", "1.45", "25 kg bag", 62.40],
        ["M-CS1000", "Calcium silicate backup board, 50 mm", 1000, 950, "0.24 g/cm³", "n/a", "m²", 38.20],
        ["M-ROPE25", "Ceramic fibre rope, 25 mm", 1260, 1100, "n/a", "n/a", "metre", 9.40],
    ]:
        ws.append(r)
    ws.append([])
    ws.append(["Plan holders (annual inspection plan) receive 10% off materials bought for repairs."])

    ws2 = wb.create_sheet("Services")
    ws2.append(["Emberlith Refractory Services - Service price list 2025 (GBP, excluding VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Service", "Unit", "List price (GBP)", "Lead time (weeks)", "Typical on-site days"])
    for r in [
        ["KR-SHT-42-IFB", "Shuttle kiln 4.2 m³ hot-face reline, JM-28 IFB walls and crown", "kiln", 18400, 6, 8],
        ["KR-FL-28-FBM", "Front-loading kiln 2.8 m³ reline, Z-block fibre modules", "kiln", 12950, 4, 4],
        ["KR-TOP-ELE", "Electric top-loader brick and element-groove reline", "kiln", 3950, 3, 2],
        ["CAR-DECK-CST", "Kiln car deck recast, LC-160 low-cement castable", "car", 2180, 3, 1],
        ["DR-SEAL-SND", "Door / car sand seal and fibre rope replacement", "seal", 465, 1, 0.5],
        ["BRN-QRL-RPL", "Precast burner quarl replacement", "quarl", 310, 2, 0.25],
        ["DRY-OUT-PRG", "Controlled dry-out and first-fire commissioning", "kiln", 1350, 0, 2],
        ["SVC-ANN-INSP", "Annual refractory inspection plan", "kiln per year", 540, 0, 0.5],
        ["DISP-RCF", "Removal and disposal of spent refractory incl. RCF handling", "tonne", 285, 0, 0],
        ["SVC-EMER", "Emergency call-out, 48 h response (24 h for plan holders), first day", "day", 780, 0, 1],
        ["SVC-EMER-X", "Emergency call-out, each subsequent day", "day", 590, 0, 1],
    ]:
        ws2.append(r)

    ws3 = wb.create_sheet("Volume discounts")
    ws3.append(["Emberlith - Volume and term discounts 2025"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Condition", "Discount", "Applies to"])
    for r in [
        ["2 kilns relined in one visit", "5%", "relining lines only"],
        ["3 or more kilns relined in one visit", "8%", "relining lines only"],
        ["Inspection plan, 3-year term", "15%", "SVC-ANN-INSP"],
        ["Inspection plan, 5-year term", "20%", "SVC-ANN-INSP"],
        ["3 or more seals replaced in one visit", "10%", "DR-SEAL-SND"],
    ]:
        ws3.append(r)
    ws3.append([])
    ws3.append(["Discounts do not combine on the same line. Disposal, dry-out and emergency call-outs are never discounted."])
    for sh in (ws, ws2, ws3):
        sh.column_dimensions["A"].width = 18
        sh.column_dimensions["B"].width = 60
    wb.save(K / "emberlith-price-spec-2025.xlsx")


# --------------------------------------------------------------------------- Markdown KB
KB = """# Planning your kiln reline: downtime, fibre safety and spent-lining disposal

*Emberlith Refractory Services knowledge base - article KB-112, updated April 2025*

## How long will the kiln be out of production?

Downtime is counted from the day we start strip-out (kiln already cold) to the day the kiln is ready for its first
production firing, including dry-out:

| Job | Typical downtime |
|---|---|
| 4.2 m³ shuttle kiln, IFB hot-face reline (KR-SHT-42-IFB) | 12 working days |
| 2.8 m³ front-loading kiln, fibre module reline (KR-FL-28-FBM) | 7 working days |
| Car deck recast (CAR-DECK-CST), per car | adds 2 days unless cast in parallel with the reline |
| Electric top-loader reline (KR-TOP-ELE) | 3 working days |

Add the cool-down before we arrive: gas shuttle kilns need 48-72 hours to reach 40 °C. Never force-cool a kiln by
opening the door above 200 °C; it cracks the old lining unpredictably and makes strip-out slower.

## Removing old ceramic fibre safely

Refractory ceramic fibre (RCF) is classified as a Category 1B carcinogen, and fibre that has been used above
900 °C can contain cristobalite. We remove it inside a sheeted enclosure using wet methods, an H-class vacuum and
FFP3 respirators, with an exclusion zone of 5 m around the kiln. Customer staff must stay outside the exclusion zone
until the area has been cleaned and air-tested. Old insulating firebrick is removed the same way when it is
contaminated with fibre.

## Disposal of spent lining

Spent lining is consigned as hazardous waste under EWC code 16 11 05* when it contains RCF or cristobalite, otherwise
under 16 11 06. Our disposal service (DISP-RCF) includes bagging, the consignment note and licensed transport.
The tonnage on a quote is an estimate: we invoice the actual tonnage from the weighbridge ticket at the quoted rate
per tonne and attach the ticket to the invoice.

## What the annual inspection plan includes

Each annual visit (SVC-ANN-INSP) includes a thermal-imaging scan of the kiln casing, a hot-face inspection with
photographs, a thermocouple comparison check, and minor repairs of up to 1 hour (joint re-packing, seal top-up).
You receive a written report within 10 working days. Plan holders get 10% off materials and a 24-hour emergency
response instead of 48 hours. Parts and repairs beyond 1 hour are quoted separately.

## Gas and electrics

We do not disconnect or reconnect gas. Your Gas Safe registered engineer isolates the kiln before we start and
reconnects and certifies it before the dry-out. Electric kiln elements are refitted by us but the supply must be
tested by your electrician.

## Kiln wash

Use an alumina-based kiln wash on castable car decks and IFB floors. Do not apply kiln wash to fibre module walls.

## Where we work

We cover England, Wales and southern Scotland from our Stoke-on-Trent depot. Travel more than 150 miles from the
depot (including Northern Ireland and islands) is charged at £0.85 per mile.
"""


def make_md():
    (K / "kb-planning-your-reline.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
