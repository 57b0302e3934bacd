"""Generate the knowledge sources of the pulleymere-sash-restoration scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(needs python-docx, openpyxl, reportlab)
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

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Pulleymere Sash Restoration Ltd - Method Statement and Service Conditions", 0)
    d.add_paragraph("Document PSR-MS-07, revision 4, issued January 2025. Applies to all box-sash and "
                    "casement restoration contracts carried out by Pulleymere teams in England and Wales.")

    d.add_heading("1. What a Full Sash Overhaul includes", 1)
    for t in [
        "Removal of staff beads and parting beads, release of painted-shut sashes and removal of both sashes "
        "from the box frame. Beads that break on removal are replaced with matching softwood profiles at no extra cost.",
        "Re-cording of both sashes with No. 8 waxed cotton sash cord as standard. Braided polyester cord is available "
        "on request for sashes heavier than 18 kg per sash at no extra charge.",
        "Cleaning and lubrication of existing axle pulleys. Seized or cracked pulleys are replaced with brass-faced "
        "axle pulleys at £28 per pulley, only with the client's approval on site.",
        "Rebalancing of the sashes: weights are checked and topped up with lead or cast-iron weight at £4.80 per kg.",
        "Draught-proofing with the SlimSeal system: a brush pile in the parting bead and staff beads and a "
        "compressible seal at the meeting rails. In our independent test programme SlimSeal reduced air leakage "
        "by up to 86% on a typical box sash.",
        "Easing, adjusting and waxing of sash runners so that each sash opens with one hand.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("A standard box sash is one with a total glazed opening up to 1.8 m². Windows above 1.8 m² "
                    "are priced as large box sashes because they need two operatives to remove the lower sash.")

    d.add_heading("2. Programme and site working", 1)
    d.add_paragraph("One team of two joiners overhauls three windows per day on average. Each window is out of "
                    "service for no more than one working day; where a sash leaves site for bench work, the opening "
                    "is closed the same day with a temporary polycarbonate board screwed to the box frame. Normal site "
                    "hours are 08:00 to 17:00, Monday to Friday. Saturday and Sunday working is available at a 35% "
                    "surcharge on the labour element and must be booked at least 10 working days ahead.")

    d.add_heading("3. Lead paint", 1)
    d.add_paragraph("All paint applied before 1960 is assumed to contain lead. Pulleymere does not dry-sand or "
                    "use hot-air guns on such paint. Paint is removed with an infrared heater that softens it well "
                    "below the temperature at which lead fumes are released, with on-tool M-class HEPA extraction. "
                    "Waste paint is bagged and removed as hazardous waste; the waste consignment note is given to "
                    "the client at completion. Occupants are asked to stay out of a room while its window is being "
                    "stripped; rooms are HEPA-vacuumed before they are handed back.")

    d.add_heading("4. Listed buildings", 1)
    d.add_paragraph("Like-for-like repair of a listed window normally does not need listed building consent, but "
                    "draught-proofing, changes of glass and any slim double glazing may, depending on the local "
                    "planning authority. The client is the applicant. On request Pulleymere prepares the heritage "
                    "statement and window schedule for the application for a fixed £340 per application. Pulleymere "
                    "does not start consent-dependent work until consent is granted in writing.")

    d.add_heading("5. Hidden defects and variations", 1)
    d.add_paragraph("Rot or damage found once a window is opened up is recorded with photographs and reported to "
                    "the client the same day. Additional joinery is charged at the day rate of £360 per joiner day "
                    "plus materials at cost plus 12%. Pulleymere may carry out additional work up to 15% of the quoted "
                    "value without further written approval; anything above that needs the client's written approval "
                    "before it starts.")

    d.add_heading("6. Guarantees", 1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Element"
    t.rows[0].cells[1].text = "Guarantee period"
    for a, b in [("Joinery repairs (splices, new sills, new beads)", "10 years"),
                 ("SlimSeal draught-proofing", "5 years"),
                 ("Sash cords and pulleys", "2 years"),
                 ("External three-coat linseed paint system", "3 years against flaking and blistering"),
                 ("Replacement glass", "No guarantee against breakage after handover")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph("Guarantees are void where the windows are painted by others with an acrylic or alkyd paint "
                    "over the linseed system, or where sash cords are cut to fit blinds.")
    d.save(K / "pulleymere-method-statement.docx")

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(K / "glazing-and-paint-specification.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm)
    s = [Paragraph("Pulleymere Sash Restoration - Glazing and Paint Specification (GPS-2025)", ss["Title"]),
         Paragraph("1. Glass types", ss["Heading2"]),
         Paragraph("Most windows made before 1850 are glazed with crown glass or early cylinder glass. Pulleymere "
                   "keeps every original pane that is sound. Where a pane is cracked or missing, the standard "
                   "replacement is restoration cylinder glass, mouth-blown, 3.5 to 4 mm thick, showing the slight "
                   "ripple and seed of historic glass. Salvaged crown glass can be sourced on request; it is priced "
                   "per pane after inspection because sizes over 450 x 350 mm are rare.", body),
         Paragraph("Slim double glazing (option, not included unless quoted): 8.5 mm slim units with a krypton "
                   "fill, in a single-glazed sash rebated to 14 mm, at £265 per pane supplied and fitted. Slim units "
                   "add about 6 kg per sash, so sash weights must be increased; on Grade II listed buildings slim "
                   "double glazing normally needs listed building consent.", body),
         Paragraph("2. Putty", ss["Heading2"]),
         Paragraph("Panes are bedded and fronted in raw linseed oil putty. The putty must form a skin before it is "
                   "painted: allow at least 14 days between glazing and the first coat of paint. The paint is taken "
                   "2 mm onto the glass to seal the putty line.", body),
         Paragraph("3. Three-coat linseed paint system", ss["Heading2"]),
         Paragraph("The external system is one coat of linseed primer and two coats of purified linseed oil paint, "
                   "brushed, with at least 24 hours between coats. Application conditions: surface temperature "
                   "above 5 degrees C and relative humidity below 80%; no external painting from November to "
                   "February. A linseed system weathers by slow chalking rather than flaking and should be "
                   "maintained with a wash and a single coat every 6 to 8 years.", body),
         Paragraph("Colours: 40 standard heritage colours are included in the price. A custom colour matched to "
                   "an existing historic scheme costs £75 per colour, including a paint scrape analysis of one "
                   "window.", body),
         Paragraph("4. Quick reference", ss["Heading2"])]
    data = [["Item", "Value"],
            ["Replacement glass thickness", "3.5 to 4 mm"],
            ["Putty curing before paint", "14 days minimum"],
            ["Time between paint coats", "24 hours minimum"],
            ["Minimum surface temperature", "5 degrees C"],
            ["Maintenance coat interval", "6 to 8 years"],
            ["Custom colour match", "£75 per colour"],
            ["Slim double-glazed unit", "£265 per pane"]]
    tb = Table(data, colWidths=[80 * mm, 80 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s += [tb, Spacer(1, 6),
          Paragraph("Secondary glazing is not supplied by Pulleymere. Glass in windows below 800 mm from floor "
                    "level is assessed for safety; where toughened or laminated glass is required by regulations, "
                    "laminated restoration glass 6.4 mm is used at an extra £48 per pane.", body)]
    doc.build(s)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws.append(["Pulleymere Sash Restoration - Price list 2025 (GBP, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price GBP", "Lead time"])
    for row in [
        ["PSR-FULL-OVH", "Full sash overhaul, standard box sash up to 1.8 m2", "window", 485.00, "4 weeks"],
        ["PSR-FULL-OVH-LG", "Full sash overhaul, large box sash over 1.8 m2", "window", 640.00, "4 weeks"],
        ["PSR-SPL-CILL", "Oak sill splice repair up to 600 mm", "each", 165.00, "3 weeks"],
        ["PSR-SILL-NEW", "New oak sill, full length", "each", 420.00, "6 weeks"],
        ["PSR-GLZ-CYL", "Replacement pane, restoration cylinder glass", "pane", 92.00, "5 weeks"],
        ["PSR-GLZ-LAM", "Laminated restoration glass 6.4 mm", "pane", 140.00, "5 weeks"],
        ["PSR-PNT-3C", "Three-coat linseed paint system, external", "window", 118.00, "2 weeks"],
        ["PSR-LCK-FF", "Brass fitch fastener, supply and fit", "each", 38.00, "1 week"],
        ["PSR-SCAF-TWR", "Mobile access tower hire", "week", 210.00, "1 week"],
        ["PSR-MAINT-5Y", "5-year maintenance plan, up to 50 windows", "plan", 4250.00, "n/a"],
        ["PSR-HER-STMT", "Heritage statement for listed building consent", "application", 340.00, "2 weeks"],
    ]:
        ws.append(row)
    ws.append([])
    ws.append(["Prices valid 1 January to 31 December 2025. Lead times run from receipt of deposit."])
    for c, w in zip("ABCDE", (18, 52, 12, 16, 12)):
        ws.column_dimensions[c].width = w

    ws2 = wb.create_sheet("Aldgrave window schedule")
    ws2.append(["Aldgrave Crescent Almshouses - window survey schedule, surveyed 18 February 2025"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Window ref", "Elevation", "Opening (w x h mm)", "Type", "Condition", "Surveyor note"])
    notes = {
        "W-F04": "cracked meeting rail, splice required",
        "W-F07": "two cracked panes, original crown glass in upper sash to be kept",
        "W-R03": "sill rot 450 mm, splice",
        "W-R11": "sashes painted shut, cords cut",
        "W-S02": "large stair window, pulley seized",
    }
    rows = []
    for i in range(1, 23):
        rows.append((f"W-F{i:02d}", "Front (Crescent)", "860 x 1,640", "Standard 6 over 6"))
    for i in range(1, 17):
        rows.append((f"W-R{i:02d}", "Rear (garden)", "780 x 1,520", "Standard 6 over 6"))
    for i in range(1, 7):
        rows.append((f"W-S{i:02d}", "Stair towers", "1,120 x 2,010", "Large 8 over 8"))
    for ref, elev, size, typ in rows:
        cond = "C" if ref in notes else "B"
        ws2.append([ref, elev, size, typ, cond, notes.get(ref, "overhaul and draught-proof")])
    ws2.append([])
    ws2.append(["Condition grades: A sound, B overhaul only, C overhaul plus joinery or glazing repair."])
    for c, w in zip("ABCDEF", (12, 18, 18, 18, 10, 60)):
        ws2.column_dimensions[c].width = w
    wb.save(K / "pulleymere-price-list-2025.xlsx")

# ---------------------------------------------------------------- MD
MD = """# Aftercare, maintenance plan and living with the works

*Pulleymere Sash Restoration knowledge base - article KB-112, updated March 2025*

## Before we start
Residents receive a written notice at least 7 days before their windows are worked on, with the date and the
rooms affected. We need access to each room between 08:00 and 17:00 on that day; furniture within 1.5 m of the
window should be moved, or our team will move it and cover it with dust sheets. Curtains and blinds are taken down
by us and re-hung at the end of the day. Keys can be held by the site supervisor in a locked key safe; we sign each
key in and out.

## Noise and dust
Infrared paint removal is quiet. The noisiest work is cutting out rotten sill sections, usually less than one hour
per window. We do not use dry sanding on old paint.

## The 5-year maintenance plan (PSR-MAINT-5Y)
- One planned visit a year, in September or October, before the heating season.
- At each visit every window is eased, re-waxed and adjusted, cords and SlimSeal brushes are checked, and paint
  touch-ups of up to 0.5 m2 per window are carried out.
- A broken sash cord between visits is repaired within 10 working days of the call at no charge.
- Glass breakage, vandalism and damage by others are not covered; they are charged at the price list rates.
- The plan is transferable to a new owner of the building if the building is sold.
- The plan covers up to 50 windows at one address; each window above 50 adds £60 a year.
- A written condition report with photographs is sent within 15 working days of each visit.

## Cleaning and use
Clean the glass with water and a little washing-up liquid; do not use solvent cleaners on linseed paint for the
first 30 days. Open every window fully at least once a month so the cords and pulleys keep running. Do not fit
window locks, blinds or stops without asking us first, as drilling into the box frame can cut a cord.

## Reporting a problem
Call the aftercare line on 01632 960 412 (Monday to Friday, 08:30 to 16:30) or e-mail aftercare@pulleymere.example.
"""

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "aftercare-and-maintenance-plan.md").write_text(MD, encoding="utf-8")
    print("sources written to", K)
