"""Generate the four knowledge sources of the plenavault-raised-floors scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx + openpyxl from the venv, reportlab from a scratch folder).
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

K = Path(__file__).resolve().parent / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Plenavault Access Floors Ltd - Installation & Site Requirements Guide", 0)
    d.add_paragraph("Document PV-ISR-07, issue 7, March 2025. Applies to all Plenavault CS-series and AF-series "
                    "raised access floors installed by Plenavault crews in the UK and Ireland.")

    d.add_heading("1. Site readiness before installation", 1)
    for t in [
        "The structural slab must be dry: relative humidity of the slab must not exceed 75% RH when measured with "
        "a hygrometer hood to BS 8201. Readings above 75% RH delay the start of installation until the slab has "
        "dried; Plenavault will take readings on the first morning and record them on the site handover sheet.",
        "Slab flatness must meet SR2 (maximum 5 mm deviation under a 2 m straightedge). Local high spots above "
        "this tolerance are ground by the client's contractor; Plenavault does not grind slabs.",
        "The data hall must be weather-tight, with permanent or temporary lighting of at least 200 lux and a "
        "110 V power supply within 25 m of the working area.",
        "Ambient conditions must be held between 15 and 30 degrees C and between 40% and 65% relative humidity "
        "for 48 hours before and throughout installation.",
        "Panels must acclimatise on site, unwrapped from stretch film but still stacked, for at least 24 hours "
        "before they are laid. Calcium sulphate cores absorb moisture; panels laid without acclimatisation may "
        "bow and are excluded from the flatness guarantee.",
        "The slab must be sealed with a dust-proofing primer (Plenavault PV-Seal or equivalent) at least 24 hours "
        "before pedestals are bonded. Sealing is by others unless a sealing line item appears on the quote.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("2. Installation method and rates", 1)
    d.add_paragraph(
        "Pedestals are bonded to the sealed slab with PV-Bond polyurethane adhesive. Mechanical anchoring (one M8 "
        "anchor per pedestal) is used instead where the finished floor height (FFH) exceeds 600 mm or where the "
        "client's structural engineer specifies it; mechanical anchoring is charged at 2.40 GBP per pedestal. "
        "Stringers are bolted to the pedestal heads on a 1200 mm grid in every row.")
    d.add_paragraph(
        "A standard crew of four fitters lays approximately 90 m\u00b2 of finished floor per working day, "
        "including pedestals, stringers and panels. Areas with many columns, trenches or cable cut-outs are "
        "laid more slowly; the programme is confirmed after the site survey.")
    d.add_paragraph(
        "Normal working hours are Monday to Friday, 07:30 to 17:00. Work outside normal hours is charged as a "
        "surcharge on the installation labour rate: evening and night work (weekdays 17:00 to 07:30) carries a "
        "35% surcharge; weekend and bank-holiday work carries a 50% surcharge. Out-of-hours work must be booked "
        "at least 10 working days in advance.")

    d.add_heading("3. Cutting and perimeter work", 1)
    d.add_paragraph(
        "Installation includes cutting panels around columns, walls and fixed obstructions up to an allowance of "
        "40 cuts per 100 m\u00b2 of floor. Site cuts above this allowance are charged at 14.50 GBP per cut. "
        "Rectangular cable cut-outs for grommets are machined in the factory at 9.50 GBP per cut-out when they "
        "are shown on the approved layout drawing; cut-outs made on site after installation are charged as site "
        "cuts. Cut panels are edge-sealed with PV-Edge tape to keep the core dust-free.")

    d.add_heading("4. Levelling tolerances", 1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Measurement"
    t.rows[0].cells[1].text = "Tolerance"
    for a, b in [
        ("Height difference between adjacent panels", "0.5 mm"),
        ("Deviation over any 3 m length", "1.5 mm"),
        ("Overall deviation from design FFH across the hall", "+/- 2 mm"),
        ("Gap between adjacent panels", "maximum 1 mm"),
    ]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b

    d.add_heading("5. Earth bonding", 1)
    d.add_paragraph(
        "The pedestal grid is bonded to the building's functional earth with one earth bonding point per 50 m\u00b2 "
        "of floor, using Plenavault bonding kits (clamp, braid and lugs). The electrical contractor makes the "
        "final connection to the earth bar; Plenavault fits the kits to the pedestals and records their positions "
        "on the as-built drawing. Resistance testing is by the electrical contractor.")

    d.add_heading("6. Protection, handover and snagging", 1)
    d.add_paragraph(
        "Once laid, the floor must be protected with 3 mm hardboard sheets (taped joints) if other trades continue "
        "to work in the hall. Pallet trucks and scissor lifts may only cross the floor on 18 mm plywood spreader "
        "boards. Damage caused by other trades is not covered by the warranty.")
    d.add_paragraph(
        "A joint snagging walk takes place within 5 working days of practical completion. Snags recorded on the "
        "walk are cleared within 10 working days at no charge. Practical completion is certified when the floor is "
        "laid, level within tolerance and the as-built drawing has been issued.")
    d.save(K / "installation-site-requirements.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [Paragraph("Plenavault Access Floors Ltd - Warranty, Service &amp; Returns Terms", ss["Title"]),
             Paragraph("Reference PV-WSR-2025, effective 1 January 2025. These terms apply to every quote that "
                       "refers to them.", body), Spacer(1, 4 * mm)]

    def sec(title, paras):
        story.append(Paragraph(title, ss["Heading2"]))
        for p in paras:
            story.append(Paragraph(p, body))
            story.append(Spacer(1, 2 * mm))

    sec("1. Warranty periods", [
        "Warranty periods run from the date of practical completion."])
    tbl = Table([
        ["Component", "Warranty"],
        ["Panel structural performance (load ratings as published)", "10 years"],
        ["HPL, vinyl and carpet panel finishes (delamination, edge lift)", "2 years"],
        ["Pedestals and stringers (corrosion, head failure)", "5 years"],
        ["Airflow dampers on AF-series panels (mechanism)", "2 years"],
        ["Ramps, steps and handrails", "5 years"],
    ], colWidths=[120 * mm, 40 * mm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                             ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story += [tbl, Spacer(1, 3 * mm)]
    sec("2. Exclusions", [
        "The warranty does not cover: rolling or static loads above the published ratings; water ingress from "
        "leaks, condensate or fire suppression discharge; panels cut or modified by third parties; cleaning with "
        "solvents, bleach or abrasive pads; panels laid by others; and damage caused by other trades before "
        "handover. Colour variation between production batches is not a defect."])
    sec("3. FloorCare service plans", [
        "FloorCare Standard includes two preventive visits per year. Each visit covers a re-levelling check of "
        "the whole floor, adjustment of rocking or noisy panels, inspection of a sample of at least 5% of "
        "pedestals and stringers, a check of damper operation on airflow panels and a written condition report. "
        "Replacement of worn or damaged panels is included up to 1% of installed panels per plan year; further "
        "panels are supplied at the quoted unit price.",
        "Plan holders receive an emergency response within 8 working hours of a call to the service desk, "
        "including evenings but excluding weekends. Without a plan, emergency call-outs are charged at 480 GBP "
        "per visit, which includes the first four hours on site; further time is charged at 62 GBP per hour.",
        "FloorCare Plus adds two further visits (four per year), an emergency response within 4 working hours, "
        "and weekend call-outs; it is an upgrade to FloorCare Standard charged at a supplement of 1,860 GBP per "
        "plan year. A plan may be extended beyond its initial term by up to 24 months: extension years are "
        "charged at the annual rate of the plan in force, increased by CPI, capped at 5% per year."])
    sec("4. Delivery and site access", [
        "Standard lead time is 6-7 weeks from written approval of the layout drawing. Delivery to mainland UK "
        "sites is included; delivery to Ireland, the Scottish islands and the Isle of Wight is quoted separately. "
        "Deliveries arrive on a tail-lift vehicle between 08:00 and 15:00 on weekdays. Panels are shipped on "
        "pallets of up to 780 kg; the client must provide a goods lift or hoist rated for at least 800 kg and a "
        "clear route of at least 1.2 m width from the unloading point to the data hall."])
    sec("5. Spare stock", [
        "Plenavault recommends that the client keeps an attic stock of 2% of installed panels, of each panel type, "
        "from the same production batch, to replace damaged panels without colour mismatch."])
    sec("6. Returns and cancellation", [
        "Unopened, undamaged full pallets may be returned within 60 days of delivery, subject to a 20% restocking "
        "fee and return carriage at the client's cost. Accessories in unopened boxes may be returned within the "
        "same period subject to a 15% restocking fee. Cut, drilled or edge-sealed panels, part pallets and "
        "made-to-order ramps cannot be returned.",
        "Orders cancelled after layout approval but before production are charged 10% of the order value; "
        "orders cancelled after production has started are charged 40% of the order value."])
    SimpleDocTemplate(str(K / "warranty-service-terms.pdf"), pagesize=A4, leftMargin=18 * mm,
                      rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm).build(story)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    ws = wb.active
    ws.title = "Panels"
    ws.append(["Plenavault Access Floor Panels - Specification & List Prices 2025 (GBP, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    hdr = ["SKU", "Description", "Core", "Size (mm)", "Concentrated load (kN)", "Uniform load (kN/m2)",
           "Rolling load 10 passes (kN)", "Rolling load 10,000 passes (kN)", "Weight (kg)", "Fire rating (finish)",
           "List price per panel (GBP)"]
    ws.append(hdr)
    for c in ws[3]:
        c.font = bold
    rows = [
        ["PV-CS45-600", "Solid panel, HPL finish, trim-less", "Calcium sulphate", "600x600x38", 4.5, 13.0, 3.0, 2.2,
         14.8, "Bfl-s1", 38.50],
        ["PV-CS45-600-VC", "Solid panel, conductive vinyl finish", "Calcium sulphate", "600x600x38", 4.5, 13.0,
         3.0, 2.2, 15.1, "Bfl-s1", 46.20],
        ["PV-CS45-600-CT", "Solid panel, carpet tile finish", "Calcium sulphate", "600x600x38", 4.5, 13.0, 3.0, 2.2,
         15.4, "Cfl-s1", 41.80],
        ["PV-CS60-600", "Heavy-duty solid panel, HPL finish", "Calcium sulphate", "600x600x42", 6.0, 18.0, 4.5,
         3.4, 17.2, "Bfl-s1", 49.90],
        ["PV-AF56-DMP", "Perforated steel airflow panel, 56% open area, with opposed-blade damper",
         "Steel (die-formed)", "600x600x35", 3.6, 11.0, 2.5, 1.8, 11.6, "A1", 142.00],
        ["PV-AF56", "Perforated steel airflow panel, 56% open area, no damper", "Steel (die-formed)",
         "600x600x35", 3.6, 11.0, 2.5, 1.8, 10.9, "A1", 118.00],
        ["PV-AF25", "Perforated panel, 25% open area, HPL finish", "Calcium sulphate", "600x600x38", 4.0, 12.0,
         2.8, 2.0, 13.9, "Bfl-s1", 96.00],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Concentrated load tested on a 25 mm square indenter at the weakest point with 2 mm permanent set "
               "limit. Prices are per panel, ex works, before project discounts."])
    for col, w in zip("ABCDEFGHIJK", [16, 52, 18, 12, 14, 14, 14, 16, 10, 14, 14]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Airflow")
    ws2.append(["AF-series airflow performance per panel (damper fully open)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["SKU", "Open area (%)", "Airflow at 12.5 Pa (l/s)", "Airflow at 25 Pa (l/s)",
                "Airflow at 25 Pa, damper 50% (l/s)", "Damper adjustment"])
    for c in ws2[3]:
        c.font = bold
    ws2.append(["PV-AF56-DMP", 56, 640, 905, 470, "Tool-free, from above the panel"])
    ws2.append(["PV-AF56", 56, 660, 930, "n/a", "none"])
    ws2.append(["PV-AF25", 25, 290, 410, "n/a", "none"])

    ws3 = wb.create_sheet("Accessories")
    ws3.append(["Pedestals, stringers and accessories - List Prices 2025 (GBP, excl. VAT)"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["SKU", "Description", "Adjustment / size", "Axial load (kN)", "List price (GBP)", "Unit"])
    for c in ws3[3]:
        c.font = bold
    for r in [
        ["PV-PED-HD250", "Heavy-duty steel pedestal, zinc plated", "190-260 mm", 25, 6.10, "each"],
        ["PV-PED-HD400", "Heavy-duty steel pedestal, zinc plated, anti-vibration gasket", "320-420 mm", 25, 6.80,
         "each"],
        ["PV-PED-HD650", "Heavy-duty steel pedestal with lock nut", "480-650 mm", 22, 8.95, "each"],
        ["PV-STR-1200", "Bolted stringer, galvanised, 1200 mm", "1200 mm", "", 4.90, "each"],
        ["PV-STR-600", "Bolted stringer, galvanised, 600 mm", "600 mm", "", 3.20, "each"],
        ["PV-GRM-250", "Cable grommet with brush seal", "250 x 100 mm", "", 18.75, "each"],
        ["PV-EBK-50", "Earth bonding kit (clamp, braid, lugs), one per 50 m2", "-", "", 96.00, "kit"],
        ["PV-RMP-1800", "Access ramp 1800 mm wide, 1:12 gradient, anti-slip, twin handrails", "FFH up to 450 mm",
         "", 2850.00, "each"],
        ["PV-RMP-1200", "Access ramp 1200 mm wide, 1:12 gradient, anti-slip, single handrail", "FFH up to 450 mm",
         "", 2140.00, "each"],
        ["PV-LFT-2", "Twin-cup suction panel lifter", "-", "", 64.00, "each"],
        ["PV-INST-M2", "Installation by Plenavault crew (normal hours)", "-", "", 21.00, "m2"],
        ["PV-CARE-36", "FloorCare Standard service plan, 36 months", "2 visits per year", "", 7560.00, "plan"],
    ]:
        ws3.append(r)
    for col, w in zip("ABCDEF", [16, 60, 18, 14, 14, 8]):
        ws3.column_dimensions[col].width = w
    wb.save(K / "product-price-list-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# Moving equipment across your Plenavault floor, and caring for it

*Plenavault knowledge base - article KB-112, last reviewed February 2025*

## Moving racks and heavy equipment

- Check the **rolling load** rating of the panels on the route (see the price list, sheet *Panels*): the
  10-pass rating applies to one-off moves such as rack installation; the 10,000-pass rating applies to
  routes used every day, for example by trolleys.
- Loaded racks heavier than 1,000 kg must be moved on 18 mm plywood spreader boards laid along the whole route,
  whatever the panel type.
- Never roll equipment across an open floor void or across an airflow panel with its damper removed.
- Pallet trucks with nylon wheels are preferred; steel wheels are not allowed on HPL or vinyl finishes.

## Lifting panels

- Use a twin-cup suction lifter (Plenavault PV-LFT-2). Never lever panels up with a screwdriver: edge damage is
  not covered by the warranty.
- Do not remove more than **two adjacent panels in the same row** at any time, and no more than six panels in
  any 20 m2 area, or the grid loses lateral stability.
- Replace panels in the same orientation: arrows on the underside point towards the hall's datum wall.

## Cleaning

- Vacuum weekly with a HEPA-filtered vacuum cleaner.
- Damp-mop HPL and vinyl finishes with a **pH-neutral** cleaner, diluted as the manufacturer says, using a
  wrung-out mop. Never flood the floor: water running into joints swells the calcium sulphate core.
- Do not use solvents, bleach, polish or abrasive pads. Do not apply wax to conductive vinyl: it insulates the
  surface and defeats static dissipation.
- Carpet tile finishes: vacuum only; spot-clean with a carpet spotter, never a wet extraction machine.

## When to call us

Call the Plenavault service desk if panels rock, squeak or sit more than 0.5 mm proud of their neighbours, if a
pedestal head is bent, or if a damper will not move. FloorCare plan holders quote their plan number.
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "kb-moving-equipment-and-care.md").write_text(KB, encoding="utf-8")
    print("written:", sorted(p.name for p in K.iterdir()))
