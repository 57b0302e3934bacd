"""Generate the knowledge sources of the lynxpane-enclosure-glazing scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(needs python-docx, openpyxl and reportlab).
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

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- PDF
def make_pdf():
    path = K / "lynxpane-technical-data-sheet.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Lynxpane Technical Data Sheet TDS-2025-03")
    st = getSampleStyleSheet()
    body = st["BodyText"]
    h1, h2 = st["Heading1"], st["Heading2"]
    story = [
        Paragraph("Lynxpane Technical Data Sheet TDS-2025-03", h1),
        Paragraph("Safari HS-64 and Primate PR-33 laminated enclosure glazing. Issued January 2025, supersedes "
                  "TDS-2023-07. Lynxpane Enclosure Glazing Ltd, Unit 4 Avonmead Trading Estate, Bristol.", body),
        Spacer(1, 6),
        Paragraph("1. Build-up and dimensions", h2),
    ]
    data = [
        ["Property", "Safari HS-64", "Primate PR-33"],
        ["Glass plies", "4 x 15 mm heat-strengthened low-iron", "3 x 10 mm heat-strengthened low-iron"],
        ["Interlayers", "3 x 1.52 mm SentryGlas ionoplast", "2 x 1.52 mm SentryGlas ionoplast"],
        ["Nominal thickness", "64.56 mm", "33.04 mm"],
        ["Weight", "154 kg/m2", "78 kg/m2"],
        ["Maximum panel size", "3200 x 2000 mm", "2600 x 1800 mm"],
        ["Minimum edge cover in channel", "25 mm", "20 mm"],
        ["EN 356 (manual attack)", "P8B", "P6B"],
        ["EN 12600 (pendulum)", "1(B)1", "1(B)1"],
        ["Light transmission (uncoated)", "84%", "87%"],
        ["Lead time from drawing approval", "10 weeks", "6 weeks"],
        ["Installation rate (crew days per panel)", "0.75", "0.4"],
    ]
    t = Table(data, colWidths=[58 * mm, 58 * mm, 58 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    story += [t, Spacer(1, 6)]
    paras = [
        ("2. Species guidance", [
            "Safari HS-64 is rated for big cats (lion, tiger, jaguar, leopard, snow leopard) and for bears up to "
            "250 kg body weight. For bears above 250 kg, Lynxpane engineering must confirm the panel span and "
            "channel fixing before order.",
            "Primate PR-33 is rated for gibbons, macaques, lemurs, capuchins and chimpanzees. For gorillas and "
            "orangutans specify Safari HS-64: the repeated-impact energy of adult great apes above 100 kg exceeds "
            "the PR-33 test envelope.",
            "Neither range is rated for hoofstock contact (rhinoceros, elephant, giraffe) or for marine and "
            "aquarium pressure glazing; these applications are outside the scope of this data sheet.",
        ]),
        ("3. Animal-load testing", [
            "Safari HS-64: static point load of 5.0 kN applied at 1.0 m above the bottom edge on a 2400 x 1800 mm "
            "panel, deflection below 9 mm. Post-breakage test: with one outer ply fractured the panel retained "
            "the full 5.0 kN load for 72 hours without loss of containment.",
            "Primate PR-33: 2.0 kN repeated impact, 500 cycles, by a 45 kg soft-body impactor; no ply fracture. "
            "Post-breakage: with one ply fractured the panel retained containment for 48 hours.",
            "A panel with a fractured ply must be treated as a Category A defect under the Lynxpane Care Plan "
            "terms, and the animal should be kept off that barrier until the panel is replaced or assessed.",
        ]),
        ("4. Optical properties and coatings", [
            "Low-iron glass gives a neutral colour rendering of the animals. Uncoated panels reflect about 8% of "
            "visible light per face. The anti-reflective coating (LP-AR-COAT), applied to both faces, reduces "
            "visible reflectance to below 1.5% and adds 2 weeks to the lead time.",
            "The standard interlayer blocks UV: UV transmission is below 1%. For reptile houses and other "
            "enclosures where animals need UVB through the glass, a UV-transmitting interlayer (suffix UVT) is "
            "available on request and adds 3 weeks to the lead time.",
            "Bird-safe dot pattern (LP-BS-DOT) is a ceramic frit of 5 mm dots at 50 mm spacing for aviaries and "
            "outdoor viewing windows; it cannot be combined with the anti-reflective coating on the same face.",
        ]),
        ("5. Service conditions", [
            "Operating temperature range -20 C to +60 C. Heat-strengthened plies tolerate a temperature "
            "differential across the panel of up to 40 K; enclosure heaters, heat lamps and basking spots must "
            "be kept at least 600 mm from the glass surface.",
            "Panels are glazed into 316 stainless steel channel (LP-FR-316-CH) with EPDM gaskets and structural "
            "setting blocks at quarter points. Channel and gaskets are supplied by Lynxpane only; panels glazed "
            "into third-party frames are not covered by the animal-load test results above.",
            "Edges are ground and polished. Drilling, notching or site cutting of laminated panels is not "
            "possible; all panels are made to measure from the approved shop drawings.",
        ]),
    ]
    for head, ps in paras:
        story.append(Paragraph(head, h2))
        for p in ps:
            story.append(Paragraph(p, body))
    doc.build(story)


# --------------------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Lynxpane Care Plans: Service Plan Terms (LP-SP-2025)", 0)
    d.add_paragraph("These terms apply to the Silver, Gold and Platinum Care Plans for Lynxpane enclosure glazing. "
                    "They form part of any order that includes a plan SKU (LP-SVC-SILVER, LP-SVC-GOLD, "
                    "LP-SVC-PLAT). Effective 1 January 2025.")
    d.add_heading("1. Plan levels", 1)
    tbl = d.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    hdr = ["Plan", "Inspections", "Category A response", "Category B response", "Annual fee (GBP, ex VAT)"]
    for i, h in enumerate(hdr):
        tbl.rows[0].cells[i].text = h
    rows = [
        ["Silver", "one inspection visit per year", "24 hours", "10 working days", "2,900.00"],
        ["Gold", "two inspection visits per year, in spring and autumn", "8 hours, 24/7", "5 working days",
         "4,800.00"],
        ["Platinum", "quarterly inspection visits", "4 hours, 24/7", "3 working days", "7,600.00"],
    ]
    for r in rows:
        cells = tbl.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("Response time runs from the moment the defect is reported on the 24/7 line 0117 496 0732 "
                    "to the arrival of a Lynxpane technician on site. Silver Category A response is during "
                    "working hours only (Monday to Friday, 07:30 to 17:30).")
    d.add_heading("2. What each plan includes", 1)
    for t in [
        "Silver: inspection of every panel, gasket and channel fixing, with a written condition report within "
        "10 working days of the visit.",
        "Gold: everything in Silver, plus labour for up to 2 scratch-guard film replacements per panel per year "
        "(film kits LP-SG-KIT are charged separately) and 10% off list price on replacement panels.",
        "Platinum: everything in Gold, plus labour for unlimited film replacements, 20% off list price on "
        "replacement panels and an annual deflection survey report for each viewing window.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("3. Defect categories", 1)
    d.add_paragraph("Category A (containment risk): any crack, any chip deeper than 2 mm, any fractured ply, a gap "
                    "between glass and channel of more than 3 mm, a displaced setting block, or any condition that "
                    "the duty keeper judges could compromise containment. The zoo must keep animals away from the "
                    "affected barrier until a Lynxpane technician has made it safe.")
    d.add_paragraph("Category B (non-urgent): scratches, worn or hazed scratch-guard film, gasket discolouration, "
                    "edge bubbles in the interlayer less than 6 mm from the edge, and other cosmetic defects.")
    d.add_heading("4. Charges outside the plan", 1)
    d.add_paragraph("Visits that are not covered by the plan are charged at £650 per call-out, which includes the "
                    "first 2 hours on site, then £95 per hour. Replacement glass, channel and film kits are always "
                    "charged at list price less the plan discount.")
    d.add_paragraph("Not covered by any plan: damage by vehicles or machinery, vandalism by visitors, damage from "
                    "cleaning chemicals not approved in KB-114, alterations or repairs by third parties, and "
                    "panels glazed into frames not supplied by Lynxpane. Animal impact damage is covered for "
                    "labour under Gold and Platinum; the replacement panel is charged.")
    d.add_heading("5. Term, fees and cancellation", 1)
    d.add_paragraph("Minimum term 3 years. Fees are invoiced annually in advance. A 3-year plan ordered together "
                    "with a new installation receives 10% off the annual fee, and the fee is fixed for the "
                    "initial term; after the initial term fees are index-linked to CPI, capped at 4% a year.")
    d.add_paragraph("After the minimum term, either party may cancel with 90 days' written notice before the plan "
                    "anniversary. Fees already invoiced are not refunded, except where Lynxpane has failed to meet "
                    "the Category A response time three times within a plan year.")
    d.add_heading("6. Working in animal enclosures", 1)
    d.add_paragraph("Lynxpane staff never enter an occupied enclosure. Before any inspection or repair the zoo's "
                    "keepers must shift the animals to holding, lock the slides and confirm this to the Lynxpane "
                    "lead technician in writing (a signed permit-to-work or the zoo's own dangerous animal "
                    "protocol form). A keeper with radio contact must stay at the enclosure for the whole visit.")
    d.add_paragraph("If the animals cannot be shifted on the day, the visit is rescheduled; a second aborted visit "
                    "in the same plan year is charged at the call-out rate.")
    d.save(K / "lynxpane-care-plan-terms.docx")


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Panels"
    ws.append(["Lynxpane Price List 2025 - enclosure glazing panels (GBP, excluding VAT, valid 1 Jan - 31 Dec 2025)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Range", "Size (mm)", "Nominal thickness (mm)", "Weight per panel (kg)", "EN 356 class",
               "List price (GBP)", "Lead time (weeks)"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ["LP-SHS64-1812", "Safari HS-64", "1800 x 1200", 64.56, 333, "P8B", 5200.00, 10],
        ["LP-SHS64-2418", "Safari HS-64", "2400 x 1800", 64.56, 665, "P8B", 8960.00, 10],
        ["LP-SHS64-3020", "Safari HS-64", "3000 x 2000", 64.56, 924, "P8B", 12480.00, 10],
        ["LP-PR33-1512", "Primate PR-33", "1500 x 1200", 33.04, 140, "P6B", 2150.00, 6],
        ["LP-PR33-2015", "Primate PR-33", "2000 x 1500", 33.04, 234, "P6B", 3420.00, 6],
        ["LP-PR33-2415", "Primate PR-33", "2400 x 1500", 33.04, 281, "P6B", 4060.00, 6],
        ["LP-AV17-2012", "Aviary AV-17", "2000 x 1200", 17.52, 105, "none", 1180.00, 4],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Sizes between standard sizes are priced at the next larger standard size. Anti-reflective coating "
               "adds 2 weeks to the lead time; UVT interlayer adds 3 weeks."])
    for col, w in zip("ABCDEFGH", [16, 16, 13, 22, 21, 13, 16, 17]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Accessories & Services")
    ws2.append(["Lynxpane Price List 2025 - accessories, installation and service plans (GBP, excluding VAT)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["SKU", "Description", "Unit", "List price (GBP)", "Notes"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    acc = [
        ["LP-FR-316-CH", "316 stainless steel glazing channel with EPDM gaskets", "linear m", 285.00,
         "Includes setting blocks and fixings"],
        ["LP-AR-COAT", "Anti-reflective coating, both faces", "m2", 145.00, "Charged on panel area, rounded up to the whole m2"],
        ["LP-BS-DOT", "Bird-safe ceramic dot pattern, one face", "m2", 88.00, "Not combinable with LP-AR-COAT on the same face"],
        ["LP-SG-KIT", "Scratch-guard sacrificial film replacement kit", "kit", 190.00,
         "One kit covers one panel up to 4.5 m2"],
        ["LP-INS-DAY", "Installation crew day (3 glaziers + vacuum lifter), Monday to Friday", "day", 2650.00,
         "Includes removal and recycling of old glass"],
        ["LP-INS-WKND", "Installation crew day, Saturday or Sunday", "day", 3650.00, "Subject to crew availability"],
        ["LP-HRD-WK", "Temporary visitor hoarding and animal screening", "week", 1150.00,
         "2.4 m solid hoarding with viewing-free screening on the animal side"],
        ["LP-SURV", "Site survey and measured drawings", "visit", 950.00,
         "Credited against an order over £20,000 placed within 90 days"],
        ["LP-SVC-SILVER", "Silver Care Plan", "year", 2900.00, "Minimum term 3 years"],
        ["LP-SVC-GOLD", "Gold Care Plan", "year", 4800.00, "Minimum term 3 years"],
        ["LP-SVC-PLAT", "Platinum Care Plan", "year", 7600.00, "Minimum term 3 years"],
    ]
    for r in acc:
        ws2.append(r)
    for col, w in zip("ABCDE", [15, 58, 10, 16, 60]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Volume discounts")
    ws3.append(["Lynxpane Price List 2025 - volume and bundle discounts"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["Applies to", "Condition", "Discount"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [
        ["Panels", "5-9 panels of the same SKU on one order", "5%"],
        ["Panels", "10-19 panels of the same SKU on one order", "8%"],
        ["Panels", "20 or more panels of the same SKU on one order", "12%"],
        ["Glazing channel LP-FR-316-CH", "Channel orders over 50 m", "10%"],
        ["Scratch-guard kits LP-SG-KIT", "Kits ordered together with a new installation", "15%"],
        ["Care Plans", "3-year plan ordered together with a new installation", "10%"],
        ["Installation, hoarding, survey", "-", "No discount"],
    ]:
        ws3.append(r)
    ws3.append([])
    ws3.append(["Volume discounts do not combine with each other on the same line. Replacement panels under a Care "
                "Plan receive the plan discount instead of the volume discount."])
    for col, w in zip("ABC", [32, 52, 12]):
        ws3.column_dimensions[col].width = w
    wb.save(K / "lynxpane-price-list-2025.xlsx")


# --------------------------------------------------------------------------- Markdown KB article
KB = """# KB-114: Cleaning and care of Lynxpane enclosure glazing

Applies to Safari HS-64, Primate PR-33 and Aviary AV-17 panels. Following this article is a condition of the
Lynxpane panel warranty. Last reviewed February 2025.

## Daily cleaning (visitor side and keeper side)

- Use a soft squeegee or microfibre cloth and a pH-neutral cleaner (pH 6 to 8). Lynxpane ClearCare is approved;
  any pH-neutral, ammonia-free glass cleaner is acceptable.
- Never use ammonia-based cleaners, abrasive pads, scouring powder or steel wool on any face.
- On anti-reflective coated faces (LP-AR-COAT) never use razor blades or scrapers: they remove the coating and
  are not covered by the coating warranty. Lift stubborn deposits with warm water and a plastic scraper.
- Visitor-side fingerprints on coated faces: dry microfibre first, cleaner only if needed.

## Pressure washing (animal side)

- Maximum pressure 80 bar at the nozzle.
- Keep the nozzle at least 300 mm from the glass, use a fan nozzle of 25 degrees or wider, and never aim the jet
  at the gasket line or the channel drainage slots.
- Hot-water pressure washers are allowed up to 60 C water temperature.

## Disinfection

- Quaternary ammonium disinfectants are allowed at the manufacturer's dilution; rinse with clean water within
  10 minutes.
- Sodium hypochlorite (bleach) may be used on glass at up to 500 ppm available chlorine; rinse within 10 minutes
  and keep it off EPDM gaskets.
- Peroxygen disinfectants (for example Virkon S at 1%) are allowed on glass and gaskets.
- Solvents such as acetone, white spirit or MEK must not touch the scratch-guard film or the gaskets.

## Scratch-guard film

The animal side of every Safari and Primate panel is supplied with a 0.3 mm sacrificial scratch-guard film. It
takes scratching, licking and smearing so the glass does not.

- Typical film life: 12-18 months in primate enclosures, 24-36 months in big cat enclosures.
- Replace the film when it is hazed over more than a quarter of the viewing area, or when a scratch cuts through
  the film.
- One replacement kit (LP-SG-KIT) covers one panel up to 4.5 m2 and takes a trained person about 45 minutes.
- Keepers who have completed the Lynxpane film replacement course (half a day on site, £420 per group of up to
  6 keepers) may replace film themselves without affecting the warranty. Film replaced by untrained staff voids
  the film-related part of the warranty only.

## Keeper checks

- Weekly: visual check of every panel from both sides for cracks, chips, ply fractures and gaps at the channel.
- Report any Category A defect immediately on the 24/7 line 0117 496 0732 and keep the animal off the barrier.
- Monthly: check that heat lamps and basking spots are still at least 600 mm from the glass.

## Condensation

Condensation on the keeper side of indoor enclosures is normal in cold weather and does not indicate a seal
failure: laminated panels have no cavity. Moisture between the plies is a delamination defect and is covered by
the warranty.
"""


# --------------------------------------------------------------------------- HTML page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Warranty, delivery and payment - Lynxpane FAQ</title></head>
<body>
<h1>Warranty, delivery and payment: frequently asked questions</h1>
<p>Lynxpane Enclosure Glazing Ltd - customer FAQ, updated January 2025.</p>

<h2>What warranties do you give?</h2>
<table border="1">
<tr><th>Component</th><th>Warranty</th><th>Covers</th></tr>
<tr><td>Laminated panels (Safari HS-64, Primate PR-33, Aviary AV-17)</td><td>10 years</td><td>Delamination, interlayer defects, moisture between plies, edge bubbles more than 6 mm from the edge</td></tr>
<tr><td>316 stainless steel channel</td><td>15 years</td><td>Corrosion and structural failure of the channel</td></tr>
<tr><td>EPDM gaskets and setting blocks</td><td>5 years</td><td>Shrinkage, cracking and loss of grip</td></tr>
<tr><td>Anti-reflective coating</td><td>5 years</td><td>Peeling and uneven coating</td></tr>
<tr><td>Installation workmanship</td><td>2 years</td><td>Fixing, sealing and setting</td></tr>
<tr><td>Scratch-guard film</td><td>none</td><td>Consumable item</td></tr>
</table>
<p>Warranties run from practical completion. They require cleaning in line with KB-114 and at least one documented
inspection a year by Lynxpane or an inspector approved by Lynxpane; any Lynxpane Care Plan meets this condition.
A panel fractured by an animal impact is not a warranty defect; it is covered for labour under the Gold and Platinum
Care Plans.</p>

<h2>How is the glass delivered?</h2>
<p>Panels travel on A-frames in Lynxpane vehicles fitted with a HIAB crane. We need hardstanding for the vehicle
within 8 m of the unloading point and an access route at least 3.2 m wide and 4.2 m high. Delivery within 150 miles
of Bristol is included; further deliveries are charged at £2.40 per loaded mile. Where the route to the enclosure
is not suitable for the vehicle, the vacuum lifter and crew included in the installation crew day move the panels
from the drop-off point.</p>

<h2>What happens to the old glass?</h2>
<p>The installation crew removes the old glazing. We remove and recycle up to 2 tonnes of old glass per crew day at
no extra charge; above that, disposal is charged at £180 per tonne.</p>

<h2>What are your payment terms?</h2>
<p>Installation projects: 40% with order, 50% on delivery of the glass to site and 10% at practical completion,
each invoice payable within 30 days. Care Plans are invoiced annually in advance. We accept BACS transfer; we do
not accept card payments for orders over £10,000.</p>

<h2>How long is a quote valid?</h2>
<p>Quotes are valid for 60 days. Prices are held for orders placed within the validity period, even if delivery is
later. Orders placed after expiry are re-priced at the current list.</p>

<h2>Can we cancel an order?</h2>
<p>Before the shop drawings are approved, an order can be cancelled for a fee of 10% of the order value (minimum
£500). Panels are made to measure, so once the shop drawings are approved the glass is non-cancellable and the
full glass value is payable.</p>

<h2>Can you install outside normal hours?</h2>
<p>Standard crew days are Monday to Friday. Weekend crew days are available at the LP-INS-WKND rate, subject to
crew availability. Installation days that cannot start because animals have not been moved to holding are charged
in full.</p>
</body></html>
"""


if __name__ == "__main__":
    make_pdf()
    make_docx()
    make_xlsx()
    (K / "kb-114-cleaning-and-care.md").write_text(KB, encoding="utf-8")
    (K / "lynxpane-warranty-delivery-faq.html").write_text(HTML, encoding="utf-8")
    print("sources written to", K)
