"""Generate the four knowledge sources of the vertiqa-climbing-walls scenario.

Needs python-docx and openpyxl (appliance venv) and reportlab (install into a scratch folder with
`pip install --target /tmp/vq-pylib reportlab pypdf` and run with PYTHONPATH=/tmp/vq-pylib).
"""
import os
import sys

for extra in (os.environ.get("VQ_PYLIB", ""), "/tmp/vq-pylib"):
    if extra and os.path.isdir(extra) and extra not in sys.path:
        sys.path.append(extra)

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
KN = os.path.join(HERE, "knowledge")
os.makedirs(KN, exist_ok=True)


# ---------------------------------------------------------------- DOCX: auto-belay guide
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("AutoLine Auto-belay: Operation, Inspection and Recertification Guide", 0)
    d.add_paragraph("Vertiqa Climbing Walls Ltd, document VQ-AB-OPS, revision 4 (March 2025). Applies to the "
                    "AutoLine 12 (SKU VQ-AB-AL12) and AutoLine 8 (SKU VQ-AB-AL8) auto-belay units supplied and "
                    "installed by Vertiqa. This guide is for the operator's duty managers and trained wall staff.")

    d.add_heading("1. Models and specification", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Item", "AutoLine 12", "AutoLine 8"
    rows = [
        ("Maximum climbing height", "12.2 m", "8.0 m"),
        ("Webbing lanyard length", "12.5 m", "8.5 m"),
        ("User weight range", "10 kg to 150 kg", "10 kg to 130 kg"),
        ("Descent speed (depending on user weight)", "1.1 m/s to 2.0 m/s", "1.0 m/s to 1.8 m/s"),
        ("Unit weight", "14.8 kg", "11.2 kg"),
        ("Standards", "EN 341:2011 class A and EN 17109:2020", "EN 341:2011 class A and EN 17109:2020"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("Both units are magnetically braked and need no electrical supply. The wall bracket is fixed to "
                    "the steel subframe above the top of the climbing line; the unit must never be mounted to a "
                    "GRP or plywood panel alone.")

    d.add_heading("2. Lane set-up and user rules", 1)
    d.add_paragraph("A belay gate or barrier is required at every auto-belay lane, so that nobody can step onto the "
                    "wall without first clipping in. Vertiqa supplies a swing gate with integrated karabiner "
                    "parking point (SKU VQ-AB-GATE, priced on the current price list). Lanes without a gate are not "
                    "covered by the unit warranty.")
    d.add_paragraph("Users must clip the karabiner to the belay loop of a harness conforming to EN 12277; never to a "
                    "gear loop or a chest harness alone. Children under 8 must be supervised by a trained adult at all "
                    "times. The landing zone below each lane must be kept clear of people for 1.5 m either side of "
                    "the lanyard.")

    d.add_heading("3. Daily pre-use checks", 1)
    d.add_paragraph("Before opening, a trained member of staff carries out a daily check on every unit and records it "
                    "on the daily check sheet (form VQ-F12): (a) pull the lanyard out to full length and confirm "
                    "smooth, complete retraction; (b) inspect the full length of the webbing for cuts, fraying, "
                    "glazing or chemical staining; (c) check the karabiner gate closes and locks by itself; (d) "
                    "check the red wear indicator stitching near the karabiner is not visible. Any failure means the "
                    "unit is tagged out of service and the lane is closed.")
    d.add_paragraph("A unit that has been dropped from more than 1 m, or whose lanyard has been caught round a hold "
                    "or volume during a descent, must be quarantined and returned for inspection even if it passes "
                    "the daily check.")

    d.add_heading("4. Annual recertification", 1)
    d.add_paragraph("Every unit must be recertified by Vertiqa once every 12 months from its commissioning date. "
                    "Recertification is done at our Leeds service centre and takes 10 working days from receipt of "
                    "the unit. The unit is returned with a new certificate and service label; a unit past its "
                    "recertification date must not be used.")
    d.add_paragraph("Price outside a service plan: GBP 480 per unit (SKU VQ-SVC-RECERT), plus carriage. A loan unit "
                    "can be hired for the recertification period at £95 per week. Under the CarePlan, recertification "
                    "of up to 8 auto-belays per year and swap units are included at no extra charge, so the lane "
                    "stays open.")

    d.add_heading("5. Lanyard replacement", 1)
    d.add_paragraph("Lanyards are replaced every 3 years, or earlier when the wear indicator shows or the daily check "
                    "finds damage. Lanyard replacement is charged at £265 per unit (SKU VQ-SVC-LANY) including "
                    "fitting, whether or not the site has a CarePlan.")

    d.add_heading("6. CarePlan summary", 1)
    d.add_paragraph("The CarePlan (SKU VQ-SVC-CARE3) is a 3-year service plan invoiced annually in advance. It "
                    "includes: the annual EN 12572 inspection of all climbing and bouldering walls; annual "
                    "recertification of up to 8 auto-belays with swap units; two hold re-torque visits per year; "
                    "and a 2 working day response for safety-critical faults. Additional auto-belays above 8 are "
                    "added at the rate on the price list. Route setting, lanyards and replacement holds are not "
                    "included.")
    d.save(os.path.join(KN, "autoline-operation-guide.docx"))


# ---------------------------------------------------------------- PDF: programme and warranty
def make_pdf():
    path = os.path.join(KN, "installation-and-warranty-terms.pdf")
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h = ss["Heading2"]
    story = [Paragraph("Installation Programme and Warranty Terms (VQ-IW-2025)", ss["Title"]),
             Paragraph("Vertiqa Climbing Walls Ltd. These terms apply to every quotation that refers to VQ-IW-2025. "
                       "Where a quotation and these terms differ, the quotation prevails.", body),
             Spacer(1, 4 * mm)]

    story += [Paragraph("1. Site requirements", h)]
    for p in [
        "Clear internal height of at least 0.6 m above the top of the highest wall panel, confirmed at the site "
        "survey. Walls are anchored to reinforced concrete or to the building's structural steel frame; Vertiqa's "
        "structural engineer designs and signs off the anchor layout (included in the installation price).",
        "Floor areas under bouldering matting must carry at least 5 kN/m². A delivery route with a minimum door "
        "opening of 2.4 m wide by 3.0 m high is needed for panel delivery. The hall must be handed over empty, "
        "lit, and heated to at least 10 °C for the whole installation period.",
    ]:
        story.append(Paragraph(p, body))

    story += [Paragraph("2. Standard programme", h),
              Paragraph("Manufacturing lead time is 6 weeks from receipt of the deposit and signed general "
                        "arrangement drawings. The standard on-site programme then takes 10 weeks:", body)]
    prog = [["On-site week", "Work"],
            ["Weeks 1-2", "Steel subframe, structural anchors and auto-belay brackets"],
            ["Weeks 3-7", "Lead and top-rope wall: GRP freeform panel installation"],
            ["Weeks 6-8", "Bouldering wall: plywood panel construction and overhangs"],
            ["Week 9", "Matting installation and auto-belay mounting"],
            ["Week 10", "Route setting, EN 12572 handover inspection, staff training"]]
    tb = Table(prog, colWidths=[35 * mm, 125 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [tb, Spacer(1, 3 * mm),
              Paragraph("Staff training in week 10 covers 2 days for up to 8 staff: auto-belay daily checks, "
                        "matting checks, hold re-torquing and incident procedure. Additional training days are "
                        "priced on the price list.", body),
              Paragraph("If the site is not ready on the agreed start date, standing time is charged at £1,150 per "
                        "day after 2 days' grace. Changes to the scope are made only by a variation order priced in "
                        "writing and signed by both parties.", body)]

    story += [Paragraph("3. Handover inspection", h),
              Paragraph("Before handover an independent inspector checks the lead wall against EN 12572-1 and the "
                        "bouldering wall against EN 12572-2; holds are supplied to EN 12572-3. The inspection report "
                        "and the operation and maintenance file are issued at handover. EN 12572 requires an "
                        "inspection at least once every 12 months thereafter, which the CarePlan covers.", body)]

    story += [Paragraph("4. Warranty", h)]
    war = [["Component", "Warranty period"],
           ["Steel subframe and structural anchors", "15 years"],
           ["GRP freeform panels (lead wall)", "10 years structure; 5 years texture finish"],
           ["Plywood bouldering panels", "5 years"],
           ["Bouldering matting 400 mm", "5 years foam core; 2 years PVC cover"],
           ["Roped-zone matting 100 mm", "3 years"],
           ["Holds and volumes", "2 years against breakage in normal use"],
           ["AutoLine auto-belays", "2 years parts, only with annual recertification"]]
    tw = Table(war, colWidths=[70 * mm, 90 * mm])
    tw.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [tw, Spacer(1, 3 * mm)]
    for p in [
        "Warranty periods run from the date of the signed handover certificate. Spinning holds are excluded: "
        "keeping hold bolts tightened is the operator's responsibility between CarePlan re-torque visits.",
        "The warranty does not cover: damage from fixings or holds not approved by Vertiqa; cleaning agents "
        "containing solvents or bleach; walls or matting moved or altered by third parties; wear of matting covers "
        "from footwear other than climbing shoes or clean indoor trainers; and vandalism.",
    ]:
        story.append(Paragraph(p, body))

    story += [Paragraph("5. Payment", h),
              Paragraph("Unless the quotation says otherwise: 30% deposit with order, 60% on delivery of wall "
                        "panels to site, and 10% on signed handover. Invoices are payable within 30 days. The "
                        "CarePlan is invoiced annually in advance, the first year at handover.", body)]
    SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=18 * mm, bottomMargin=18 * mm,
                      title="Installation Programme and Warranty Terms").build(story)


# ---------------------------------------------------------------- XLSX: price list
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    def sheet(ws, title, header, rows):
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(header)
        for c in ws[2]:
            c.font = bold
        for r in rows:
            ws.append(r)
        for col, w in zip("ABCDEFG", (16, 58, 12, 10, 14, 14, 40)):
            ws.column_dimensions[col].width = w

    ws = wb.active
    ws.title = "Walls"
    sheet(ws, "Vertiqa Product and Price List 2025: Walls (GBP, excluding VAT)",
          ["SKU", "Description", "Height", "Unit", "List price", "Lead time (weeks)", "Notes"],
          [["VQ-LW-GRP12", "Lead and top-rope wall, textured GRP freeform panels", "12 m", "m²", 385, 6,
            "Price per m² of climbing surface; subframe included"],
           ["VQ-LW-GRP15", "Lead and top-rope wall, textured GRP freeform panels", "15 m", "m²", 420, 7,
            "Needs 15.6 m clear height"],
           ["VQ-BW-PLY45", "Bouldering wall, 18 mm birch-ply panels, 30°/45° overhangs", "4.5 m", "m²", 340, 5,
            "Pair with 400 mm matting"],
           ["VQ-BW-PLY40", "Bouldering wall, 18 mm birch-ply panels, vertical and 15° slab", "4.0 m", "m²", 315, 5,
            "Pair with 300 mm or 400 mm matting"],
           ["VQ-BW-KIDS", "Children's traverse wall, ply panels, graphics printed", "3.0 m", "m²", 260, 4,
            "Traverse only; maximum foot height 1.0 m"]])

    ws2 = wb.create_sheet("Matting")
    sheet(ws2, "Vertiqa Product and Price List 2025: Matting and safety surfacing (GBP, excluding VAT)",
          ["SKU", "Description", "Thickness", "Unit", "List price", "Fall height rating", "Notes"],
          [["VQ-MAT-BLD400", "Bouldering safety matting, closed-cell and open-cell foam, 650 g/m² PVC cover",
            "400 mm", "m²", 210, "4.5 m", "Velcro-joined sections, zipped top covers"],
           ["VQ-MAT-BLD300", "Bouldering safety matting, 650 g/m² PVC cover", "300 mm", "m²", 175, "3.0 m",
            "For walls up to 3.0 m"],
           ["VQ-MAT-RZ100", "Roped-zone landing matting", "100 mm", "m²", 95, "1.0 m",
            "Not a bouldering surface; for lowering and ground-level slips in roped areas"],
           ["VQ-MAT-CVR", "Replacement top cover, 650 g/m² PVC", "-", "m²", 38, "-", "Sold in 2 m × 2 m sections"]])

    ws3 = wb.create_sheet("Auto-belays and services")
    sheet(ws3, "Vertiqa Product and Price List 2025: Auto-belays, service and training (GBP, excluding VAT)",
          ["SKU", "Description", "Spec", "Unit", "List price", "Lead time (weeks)", "Notes"],
          [["VQ-AB-AL12", "AutoLine 12 auto-belay unit with wall bracket", "12.2 m max", "each", 3250, 4, ""],
           ["VQ-AB-AL8", "AutoLine 8 auto-belay unit with wall bracket", "8.0 m max", "each", 2690, 4, ""],
           ["VQ-AB-GATE", "Belay gate with karabiner parking point", "-", "each", 340, 3,
            "One required per auto-belay lane"],
           ["VQ-SVC-RECERT", "Auto-belay annual recertification (no service plan)", "-", "per unit", 480, "-",
            "Carriage extra"],
           ["VQ-SVC-LANY", "Auto-belay lanyard replacement, fitted", "-", "per unit", 265, "-", ""],
           ["VQ-SVC-CARE3", "CarePlan annual inspection and auto-belay service, 3-year term", "-", "per year",
            2900, "-", "Covers up to 8 auto-belays"],
           ["VQ-SVC-CARE3X", "CarePlan additional auto-belay above 8", "-", "per unit per year", 210, "-", ""],
           ["VQ-TRN-STAFF", "Additional staff training day (up to 8 staff)", "-", "per day", 850, "-", ""],
           ["VQ-RS-DAY", "Route setting", "-", "per setter per day", 420, "-", "Minimum 2 setter-days"]])
    wb.save(os.path.join(KN, "vertiqa-price-list-2025.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
MD = """# Caring for your bouldering and roped-zone matting

Applies to Vertiqa bouldering matting (400 mm VQ-MAT-BLD400 and 300 mm VQ-MAT-BLD300) and roped-zone landing
matting (100 mm VQ-MAT-RZ100). Following this routine is a condition of the matting warranty.

## Daily
- Walk the whole matted area before opening. Check every Velcro join is closed and that no gap between mat
  sections is larger than 20 mm. Close any gap before climbing starts.
- Brush loose chalk and grit off the top covers with a soft brush towards the edges.
- Remove any item left on the mats (brushes, bottles, holds that have come loose).

## Weekly
- Vacuum the top covers weekly with a HEPA vacuum; chalk dust is fine enough to pass through ordinary filters.
- Wipe footwear-marked areas with a pH-neutral cleaner diluted 1:20 in warm water, then leave to dry before use.
- Never use cleaning agents containing solvents or bleach: they harden the PVC cover and void the warranty.

## Monthly
- Measure the foam at 5 points per mat section with the compression gauge supplied at handover. Replace the foam
  when the compression depth exceeds 15% of the original thickness; for 400 mm matting that means 60 mm.
- Check the zip and seams of each top cover. Covers are zipped in 2 m x 2 m sections and can be changed without
  lifting the foam.

## Replacement top covers
Replacement top covers cost £38 per m² (SKU VQ-MAT-CVR). In a high-traffic centre (above 60,000 climbing visits a
year) expect a cover life of 4 to 6 years.

## Using the roped-zone matting correctly
The 100 mm roped-zone matting is not a bouldering surface. It protects climbers being lowered and ground-level
slips in the roped area. Bouldering or traversing above roped-zone matting is not allowed unless feet stay below
1.0 m.

## Layout rules
Bouldering matting must extend at least 2.0 m beyond the base of any overhanging wall section, and there must be no
hard edge, bench or column within the impact area.
"""


def make_md():
    with open(os.path.join(KN, "matting-care-guide.md"), "w", encoding="utf-8") as f:
        f.write(MD)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", KN)
