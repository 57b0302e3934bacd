"""Generate the four knowledge sources of the faradine-mri-rf-shielding scenario.

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

K = Path(__file__).resolve().parent / "knowledge"
K.mkdir(exist_ok=True)

# --------------------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Faradine Shielding Systems - Site Preparation & Installation Guide", 0)
    d.add_paragraph("MRI RF enclosures - document FSS-SPG-07 rev. C (applies to FRD-ENC-15T-CU, "
                    "FRD-ENC-3T-CU and FRD-ENC-15T-GS)")

    d.add_heading("1. Project timeline", 1)
    for t in [
        "Shop drawings are issued within 8 working days of order confirmation. The customer has 10 working days "
        "to approve or comment; each additional revision round adds 5 working days to the programme.",
        "Production lead time is 10 weeks from written approval of the shop drawings. Passive magnetic shielding "
        "(FRD-MAGSH-SI-12) has a lead time of 14 weeks and is installed before the RF floor panels.",
        "Installation of a 3T enclosure takes 12 working days with a crew of three installers. Fitting the RF door "
        "and observation window adds 3 working days. The RF attenuation acceptance test is carried out on the next "
        "working day after completion and takes one day.",
        "Handover documents (as-built drawings, grounding record, O&M manual) are delivered within 10 working days "
        "of the acceptance test.",
    ]:
        d.add_paragraph(t)

    d.add_heading("2. Floor and structure", 1)
    for t in [
        "Floor flatness must be within +/-3 mm over any 2 m. The screed must be dry: residual moisture below "
        "2.0 CM-% (CM method) before the floor shield is laid. Panel crates need a storage floor rated for "
        "750 kg/m2.",
        "The enclosure wall build-up is 95 mm (panel, frame and inner finish battens); allow for it when the "
        "architect fixes the clear room dimensions.",
        "Ceilings higher than 3.4 m need scaffolding, which the customer provides.",
    ]:
        d.add_paragraph(t)

    d.add_heading("3. Electrical isolation and grounding", 1)
    d.add_paragraph("The shield must be isolated from the building structure. Before the single-point ground is "
                    "connected, the isolation resistance between shield and building earth must be at least "
                    "10 kΩ, measured at 500 V DC. The single-point ground is a 16 mm² copper conductor from the "
                    "penetration panel to the main earth bar. No other connection between shield and building "
                    "earth is allowed; a second path is the most common reason for a failed isolation check.")

    d.add_heading("4. Services the customer provides", 1)
    tbl = d.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    tbl.rows[0].cells[0].text = "Item"
    tbl.rows[0].cells[1].text = "Requirement"
    for a, b in [
        ("Temporary power", "a 32 A CEE socket (400 V, 3-phase) within 25 m of the room"),
        ("Storage", "a lockable, dry storage area of 40 m² next to the room"),
        ("Room condition", "broom-clean, lit and closed to the weather; temperature between 10 °C and 30 °C"),
        ("Access route", "minimum 1.2 m wide and 2.2 m high; the door frame crate is 2.45 m long"),
        ("Other trades", "no other trade inside the enclosure while seams are being joined"),
    ]:
        r = tbl.add_row().cells
        r[0].text, r[1].text = a, b

    d.add_heading("5. Work after the acceptance test", 1)
    d.add_paragraph("After the acceptance test nobody may drill, screw or use adhesive anchors into the shield. "
                    "All later cables and pipes must pass through a spare position of the penetration panel or "
                    "through a waveguide. Damage to the shield by other trades voids the attenuation warranty "
                    "for the affected area until Faradine has repaired and re-tested it.")

    d.add_heading("6. Waiting time and postponement", 1)
    d.add_paragraph("If the site is not ready on the agreed start date, waiting time is charged at EUR 980 per "
                    "installer-day. One postponement notified at least 15 working days before the start date is "
                    "free of charge; later or repeated postponements are re-scheduled at the next free crew slot "
                    "and a remobilisation fee of EUR 1,450 applies.")
    d.save(K / "site-preparation-guide.docx")


# --------------------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [Paragraph("Faradine Shielding Systems", ss["Title"]),
             Paragraph("Warranty, Acceptance Testing &amp; Service Terms - FSS-WTS-2025", ss["Heading2"])]

    def sec(title, paras):
        story.append(Paragraph(title, ss["Heading3"]))
        for p in paras:
            story.append(Paragraph(p, body))
            story.append(Spacer(1, 2 * mm))

    sec("1. Acceptance test", [
        "Every enclosure is tested according to EN 50147-1 before handover. For FRD-ENC-3T-CU and FRD-ENC-15T-CU "
        "Faradine guarantees a plane-wave attenuation of at least 100 dB from 10 MHz to 130 MHz. For the galvanised "
        "steel enclosure FRD-ENC-15T-GS the guaranteed value is 90 dB from 10 MHz to 100 MHz.",
        "Measurement points: the door (all four edges), the observation window, the penetration panel, every "
        "waveguide, and the panel seams with at least one point per 2 m of seam. The customer may witness the test. "
        "The test certificate is issued within 3 working days of the test.",
        "If the test fails, Faradine locates and repairs the leak at its own cost and re-tests within 5 working days. "
        "If the failure is caused by third-party work (for example a hole drilled by another trade), the re-test is "
        "charged at EUR 2,650 plus the cost of the repair.",
    ])
    sec("2. Warranty periods", [])
    data = [["Component", "Warranty", "Notes"],
            ["Shield panels and seams", "10 years", "loss of attenuation from material defects or corrosion"],
            ["Passive magnetic shielding", "10 years", ""],
            ["Observation window", "5 years", "mesh delamination, glazing seal"],
            ["Filters and penetration panel", "3 years", ""],
            ["RF door - mechanical parts", "2 years", "hinges, latch, frame"],
            ["Finger-stock contact strips", "12 months or 20,000 cycles", "wear part, whichever comes first"]]
    t = Table(data, colWidths=[60 * mm, 45 * mm, 65 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                           ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    story += [t, Spacer(1, 3 * mm)]
    story.append(Paragraph(
        "Warranty starts on the date of the acceptance certificate. Exclusions: damage caused by cleaning agents "
        "containing chlorine or ammonia; penetrations or fixings not made by Faradine; modifications by third "
        "parties; damage caused by ferromagnetic objects attracted by the magnet; use of door openers not supplied "
        "by Faradine.", body))
    sec("3. Maintenance plans", [
        "<b>Essential (FRD-MAINT-5Y)</b>: one preventive visit per year - finger-stock inspection and cleaning, door "
        "alignment, hinge lubrication with non-magnetic grease and a spot attenuation check at door and window "
        "(not a full test). Replacement finger-stock up to 2 m per year is included.",
        "<b>Advanced (FRD-MAINT-5Y-ADV)</b>: everything in Essential plus a full EN 50147-1 re-test in years 3 and 5 "
        "and an insulation test of all filters.",
        "<b>Premium (FRD-MAINT-5Y-PRM)</b>: everything in Advanced plus a second visit each year, all wear parts "
        "included and 24-hour on-site response, weekends included, for door failures that prevent the door from "
        "closing.",
        "Response times for Essential and Advanced: remote support within 4 business hours; on-site within "
        "3 working days. Plan fees are invoiced annually in advance in five equal instalments; the first instalment "
        "falls due on the date of the acceptance certificate.",
        "Call-outs without a plan are charged at EUR 1,150 per visit plus parts; visits outside 07:00-18:00 on "
        "working days carry a 50% surcharge.",
    ])
    SimpleDocTemplate(str(K / "warranty-and-service-terms.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm).build(story)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws["A1"] = "Faradine Shielding Systems - Price List 2025 (EUR, excl. VAT)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (EUR)", "Lead time (weeks)"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("FRD-ENC-15T-CU", "Modular copper RF enclosure, 1.5T room up to 6.5 x 5.0 x 3.0 m", "each", 126000, 10),
        ("FRD-ENC-3T-CU", "Modular copper RF enclosure, 3T room up to 7.2 x 5.4 x 3.1 m", "each", 148500, 10),
        ("FRD-ENC-15T-GS", "Galvanised steel RF enclosure, 1.5T room up to 6.5 x 5.0 x 3.0 m", "each", 109000, 9),
        ("FRD-DOOR-RF-1212", "RF shielded swing door, 1200 x 2100 mm clear opening", "each", 18900, 6),
        ("FRD-DOOR-RF-1512", "RF shielded swing door, wide leaf, 1500 x 2100 mm clear opening", "each", 22300, 7),
        ("FRD-DOOR-AOK", "Automatic door opener kit, non-magnetic, for FRD-DOOR-RF doors", "each", 6850, 6),
        ("FRD-WIN-OBS-1800", "RF observation window 1800 x 1200 mm, double honeycomb mesh", "each", 9650, 5),
        ("FRD-WIN-OBS-2400", "RF observation window 2400 x 1200 mm, double honeycomb mesh", "each", 12900, 5),
        ("FRD-PEN-FLT-24", "Penetration panel with 24 filter positions", "each", 12400, 6),
        ("FRD-FLT-PWR-32", "Power line filter 32 A, 400 V, 3-phase", "each", 1180, 4),
        ("FRD-FLT-SIG-DSUB", "Signal filter, D-sub 9-pin", "each", 245, 4),
        ("FRD-WG-HVAC-600", "Honeycomb waveguide vent 600 x 600 mm", "each", 1380, 5),
        ("FRD-QUENCH-WG-250", "Quench pipe waveguide DN250", "each", 2950, 6),
        ("FRD-WG-FIB-25", "Fibre-optic waveguide tube, 25 mm internal diameter", "each", 310, 3),
        ("FRD-MAGSH-SI-12", "Passive magnetic shielding, grain-oriented silicon steel, 12 layers", "m2", 640, 14),
        ("FRD-TEST-EN50147", "RF attenuation acceptance test to EN 50147-1 with certificate", "each", 4200, None),
        ("FRD-TEST-RETEST", "Re-test after third-party damage", "each", 2650, None),
        ("FRD-MAINT-5Y", "Essential maintenance plan, 5 years", "plan", 15250, None),
        ("FRD-MAINT-5Y-ADV", "Advanced maintenance plan, 5 years", "plan", 23900, None),
        ("FRD-MAINT-5Y-PRM", "Premium maintenance plan, 5 years", "plan", 38500, None),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDE", (20, 66, 8, 16, 18)):
        ws.column_dimensions[col].width = w

    sp = wb.create_sheet("Specifications")
    sp["A1"] = "Faradine Shielding Systems - Technical data"
    sp["A1"].font = Font(bold=True, size=13)
    sp.append([])
    sp.append(["Item", "Parameter", "Value"])
    for c in sp[3]:
        c.font = Font(bold=True)
    for r in [
        ("Wall panel 1200 x 2400 mm (copper laminated)", "Weight", "41 kg"),
        ("Ceiling panel 1200 x 1200 mm", "Weight", "17 kg"),
        ("Floor panel 1200 x 2400 mm", "Weight", "46 kg"),
        ("Copper foil", "Thickness", "0.5 mm"),
        ("FRD-DOOR-RF-1212", "Door leaf weight", "185 kg"),
        ("FRD-DOOR-RF-1512", "Door leaf weight", "228 kg"),
        ("FRD-DOOR-RF series", "Rated door cycles", "200,000"),
        ("FRD-WIN-OBS-1800", "Weight", "64 kg"),
        ("FRD-PEN-FLT-24", "Positions used in a typical 3T installation", "14 of 24"),
        ("FRD-WG-HVAC-600", "Cell size / depth", "6 mm / 50 mm"),
        ("FRD-QUENCH-WG-250", "Nominal diameter / length", "DN250 / 600 mm"),
        ("FRD-WG-FIB-25", "Internal diameter / length", "25 mm / 125 mm"),
        ("Enclosure", "Wall build-up", "95 mm"),
    ]:
        sp.append(list(r))
    for col, w in zip("ABC", (46, 40, 18)):
        sp.column_dimensions[col].width = w
    wb.save(K / "price-list-2025.xlsx")


# --------------------------------------------------------------------------- Markdown KB article
KB = """# Living with your RF shield: FAQ for hospital facilities teams

*Faradine Shielding Systems knowledge base - applies to all FRD-ENC enclosures.*

## How do we clean the door, window and walls?
Use pH-neutral cleaners (pH 6 to 8) only. Never use chlorine-based or ammonia-based products: they attack the
copper and the finger-stock and are excluded from the warranty. Disinfectant wipes with up to 70% alcohol are fine
on the door frame and the window frame. Do not spray liquid into the finger-stock channel.

## Can we hang shelves, a clock or a monitor on the walls?
Never screw, nail or glue anything into the shield. Fixings must go into the inner finish battens only, and only
with screws shorter than 25 mm. If in doubt, ask Faradine before drilling.

## The door no longer latches properly. What should we check?
Look for bent or missing fingers in the finger-stock strip. Do not bend fingers back with tools. The door must be
fully closed during every scan; a door that does not close is an RF leak and will show as image artefacts.

## We need to add a cable after handover. How?
Use a spare filter position in the penetration panel. In a typical 3T installation 14 of the 24 positions are used,
leaving 10 spare. Fibre-optic cables need no filter: they pass through a 25 mm fibre-optic waveguide tube.

## How do sprinkler pipes and medical gases enter the room?
Through a waveguide penetration with a maximum internal diameter of 50 mm and a minimum length of 250 mm. Metal
pipes must be bonded to the shield at the penetration point; plastic sections need a dielectric break approved by
Faradine.

## What lighting can we use in the scan room?
DC LED fixtures are recommended. Any AC lighting must run on a filtered circuit. Phase-cut dimmers are not allowed
because they create RF noise inside the scanner bandwidth.

## What room climate does the shield need?
Keep relative humidity between 30% and 70% and room temperature between 18 and 24 C during operation.

## How often should the shield be re-tested?
We recommend a spot check every 12 months and a full EN 50147-1 re-test every 2 to 3 years, and always after any
building work near the shield. Book a re-test with at least 10 working days' notice; a single-room test takes
about 6 hours.

## Can the enclosure be moved if we relocate the scanner?
Yes. Panels can be dismantled and re-installed; typically about 85% of panels can be reused. A new acceptance test is
required after re-installation.
"""


def make_md():
    (K / "rf-shield-faq.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
