"""Generate the four knowledge sources of the scullmark-rowing-fleet scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder)."""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: warranty and Fleet Care terms
def make_docx():
    from docx import Document
    d = Document()
    d.add_heading("Scullmark Boatworks NV - Warranty and Fleet Care Terms (edition 2026-2)", 0)
    d.add_paragraph(
        "These terms apply to every rowing shell, oar and accessory supplied by Scullmark Boatworks NV, "
        "Ghent, Belgium, to clubs, schools and federations. They form part of each quotation that refers to them.")
    d.add_heading("1. Warranty periods", 1)
    for t in [
        "Carbon-fibre hulls (SM-8X, SM-4X and all models with a C in the SKU): 5 years against delamination, "
        "hull-deck separation and structural cracking under normal use.",
        "Hybrid hulls (carbon skin over a glass-fibre/honeycomb core, models with an H in the SKU): 3 years on the hull.",
        "Training singles (SM-1X-TR series, rotomoulded polyethylene hull with composite deck): 2 years on the hull.",
        "Riggers, seats, slides, foot stretchers and all fittings: 2 years, whatever the hull.",
        "Oars (SM-OAR series): 1 year on shafts and blades; sleeves and buttons are wear parts and are not covered.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Warranty periods start on the date of the signed handover report, not on the invoice date.")
    d.add_heading("2. Exclusions", 1)
    for t in [
        "Collision, grounding or impact damage, including damage caused by another crew or by a launch.",
        "Damage caused by storing a shell on racks without padded arms, or on fewer than 2 support points "
        "for singles and doubles and fewer than 4 support points for fours and eights.",
        "Use by a crew whose average weight exceeds the upper limit of the boat's crew weight class by more than "
        "10 kg (see the price and specification sheet for each class).",
        "Repairs or modifications made by anyone other than Scullmark or a Scullmark-approved repairer.",
        "Transport damage on a trailer that is not owned or hired by Scullmark.",
        "Cosmetic gel-coat crazing, UV fading of paint and wear of non-slip deck areas.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("3. Making a claim", 1)
    d.add_paragraph(
        "Claims must be reported in writing to service@scullmark.be within 14 days of discovery of the defect, "
        "with the hull number (stamped on the bow deck), at least four photographs and a description of how the "
        "boat was being used. Scullmark replies within 3 working days and, where needed, inspects the boat at the "
        "club within 15 working days. A boat that is used after a structural defect has been found loses warranty "
        "cover for consequential damage. Approved warranty repairs are carried out at the Ghent workshop; "
        "transport to and from the workshop is free for boats within the delivery zone (250 km of Ghent).")
    d.add_heading("4. Fleet Care plan (SM-CARE-3Y)", 1)
    d.add_paragraph(
        "Fleet Care is a 3-year service plan covering every Scullmark boat on the same order. It includes:")
    for t in [
        "one annual inspection visit at the club by a Scullmark technician (hull check, rigger re-set to the "
        "recorded rig sheet, slide and wheel check, fin and rudder check);",
        "15% discount on spare parts and on non-warranty repairs carried out at the Ghent workshop;",
        "a loaner boat of the same class within 10 working days when a covered boat goes to the workshop for more "
        "than 5 working days (subject to availability for eights: at most one loaner eight per club at a time);",
        "priority telephone support on +32 9 277 41 80, Monday to Friday 08:00-17:00 CET;",
        "an updated insurance valuation letter for each boat after every annual visit.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "The Fleet Care fee is invoiced in full with the boat order and is not refundable after the first annual "
        "visit. Fleet Care does not extend the warranty periods in section 1 and does not cover collision damage. "
        "Boats bought from other builders can be added to the annual visit at EUR 145 per boat per visit, but they "
        "receive no loaner boat and no parts discount.")
    d.add_heading("5. Liability", 1)
    d.add_paragraph(
        "Scullmark's liability under the warranty is limited to repair or, at Scullmark's choice, replacement of the "
        "defective part or boat. Any other claim is handled under the general conditions of sale and must be "
        "discussed with the account manager.")
    d.save(K / "scullmark-warranty-fleet-care.docx")


# ---------------------------------------------------------------- PDF: delivery, rigging and handover guide
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table
    ss = getSampleStyleSheet()
    story = [Paragraph("Scullmark Boatworks - Delivery, Rigging and Handover Guide", ss["Title"]),
             Paragraph("For clubs receiving new shells. Version November 2026.", ss["Normal"]), Spacer(1, 8)]

    def h(t):
        story.append(Paragraph(t, ss["Heading2"]))

    def p(t):
        story.append(Paragraph(t, ss["Normal"]))
        story.append(Spacer(1, 4))

    h("1. Lead times")
    p("Lead times run from receipt of the deposit and the signed rig sheet, whichever comes later.")
    story.append(Table([
        ["Boat type", "Lead time", "Note"],
        ["Eights (SM-8X)", "16 to 18 weeks", "built to order, one mould slot per week"],
        ["Fours and quads (SM-4X)", "12 to 14 weeks", "built to order"],
        ["Doubles and pairs (SM-2X)", "8 to 10 weeks", "hybrid models from a batch build"],
        ["Training singles (SM-1X-TR)", "ex stock, 2 weeks", "standard colour white/blue only"],
        ["Oars (SM-OAR)", "4 weeks", "shipped with the boats unless asked otherwise"],
    ]))
    story.append(Spacer(1, 6))
    p("Custom paint adds 3 weeks to the lead time of any boat. Between 1 March and 31 May the workshop runs at "
      "full capacity before the regatta season and lead times for eights can extend by up to 4 weeks; a delivery "
      "date is only confirmed in writing once the hull has come out of the mould.")
    h("2. Payment schedule")
    p("Unless the quotation states otherwise: 30% deposit on order, 60% before the boats leave Ghent, and the "
      "remaining 10% within 30 days after the signed handover report. Invoices are in euro, payable by bank transfer. "
      "No boat is released for transport until the 60% instalment has been received.")
    h("3. Transport and delivery zone")
    p("Scullmark delivers on its own 12-boat trailer towed by a truck; the combination is 18.5 m long. The delivery "
      "and rigging day (SKU SM-SVC-DEL) covers clubs within 250 km of Ghent. Beyond that a surcharge of EUR 2.10 per "
      "km (one way, counted from 250 km) applies, and deliveries over 600 km are quoted individually. The club must "
      "provide a firm, level area where the trailer can turn, and access to the boathouse apron during the day.")
    p("Unloading: an eight needs at least 8 club members on the day to lift it off the trailer; fours and quads "
      "need four club members; doubles and singles are unloaded by the driver and technician. Boats are never "
      "left unattended on the apron.")
    h("4. Rigging day")
    p("On the delivery and rigging day the technician fits riggers, seats, stretchers and fins, sets each boat to "
      "the rig sheet agreed at order (spread or span, height, pitch, work-through) and records the final settings "
      "on a rig card kept in the boat's document pouch. One rig sheet per boat is included; additional rig set-ups "
      "for a second crew are charged at EUR 95 per boat.")
    h("5. Handover and training")
    p("Each delivery ends with a handover training session of 2 hours for up to 6 club members (coaches, boatmen): "
      "rigging adjustment, torque settings, daily checks, storage and transport. The club signs the handover report "
      "at the end of the session; warranty periods start on that date. Damage found on delivery must be noted on "
      "the handover report; damage reported later is treated as use damage.")
    h("6. Cancellation")
    p("An order can be cancelled free of charge within 7 days of the deposit. After that, the deposit is retained "
      "for boats built to order. Changes to colour or rig after the hull is laid up are charged at cost.")
    SimpleDocTemplate(str(K / "scullmark-delivery-handover-guide.pdf"), pagesize=A4,
                      title="Scullmark Delivery, Rigging and Handover Guide").build(story)


# ---------------------------------------------------------------- XLSX: price and specification sheet
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Boats"
    ws.append(["Scullmark Boatworks - Club Fleet Price and Specification Sheet 2026-27 (EUR, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Model", "Configuration", "Construction", "Length (m)", "Hull weight (kg)",
               "Crew weight class", "List price (EUR)", "Remarks"])
    rows = [
        ["SM-8X-C90", "Regatta Eight", "8+ (coxed eight), bow-loader cox seat optional", "Carbon-fibre monocoque",
         17.4, 96, "90-100 kg", 38900, "Splits into 2 sections for transport; bow-loader +EUR 1,150"],
        ["SM-8X-C80", "Regatta Eight", "8+", "Carbon-fibre monocoque", 17.2, 94, "80-90 kg", 38400, "Lighter crews"],
        ["SM-4X-C85", "Convertible Four", "4x / 4- (quad or coxless four), swap riggers in 30 minutes",
         "Carbon-fibre", 12.7, 50, "80-90 kg", 19750, "Sweep and scull riggers both included"],
        ["SM-4X-C75", "Convertible Four", "4x / 4-", "Carbon-fibre", 12.5, 49, "70-80 kg", 19450, ""],
        ["SM-2X-H80", "Club Double", "2x / 2- (double or pair)", "Hybrid carbon/glass", 9.9, 29, "75-85 kg", 10400,
         "Sculling riggers fitted; sweep riggers EUR 640 extra"],
        ["SM-1X-TR75", "Stable Trainer single", "1x, beam 0.52 m at waterline", "Polyethylene hull, composite deck",
         7.6, 24, "60-90 kg", 4350, "Learn-to-row and masters; not for racing"],
        ["SM-1X-C70", "Racing single", "1x", "Carbon-fibre", 8.1, 14, "65-75 kg", 9850, "FISA minimum weight"],
    ]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEFGHI", [13, 20, 42, 30, 11, 15, 17, 16, 50]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Oars & accessories")
    ws2.append(["Oars, storage and services - 2026-27 prices (EUR, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Item", "Unit", "Specification", "List price (EUR)"])
    for r in [
        ["SM-OAR-SC", "Carbon sculling oars", "pair", "Adjustable length 284-290 cm; blade Macon or Cleaver, same "
         "price; shaft stiffness soft or medium", 690],
        ["SM-OAR-SW", "Carbon sweep oar", "each", "Adjustable length 370-376 cm; blade Cleaver or Fat Cleaver, "
         "same price", 495],
        ["SM-OAR-PNT", "Blade painting in club colours", "per oar", "2 colours max.; adds 2 weeks", 38],
        ["SM-RACK-W2", "Wall rack set", "set", "2 padded arms, galvanised steel, holds one shell up to 18 m; "
         "max. load 120 kg", 285],
        ["SM-SVC-DEL", "Delivery and rigging day", "day", "Within 250 km of Ghent, see delivery guide", 1450],
        ["SM-CARE-3Y", "Fleet Care plan, 3 years", "plan", "Per order; see warranty and Fleet Care terms", 2880],
    ]:
        ws2.append(r)
    for col, w in zip("ABCDE", [13, 32, 9, 80, 16]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Options")
    ws3.append(["Factory options - price per boat (EUR, excl. VAT)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Option", "Eights", "Fours and quads", "Doubles and singles", "Lead-time impact"])
    for r in [
        ["Custom paint in club colours (hull and deck)", 1900, 1250, 650, "+3 weeks"],
        ["Boat name lettering, both sides", 180, 140, 120, "none"],
        ["Speed-coach / GPS mount at stroke seat", 85, 85, 85, "none"],
        ["Cox box wiring loom with 4 speakers", 420, 310, "n/a", "none"],
        ["Spare set of wing riggers", 3600, 1900, 780, "+2 weeks"],
    ]:
        ws3.append(r)
    ws3.column_dimensions["A"].width = 46
    wb.save(K / "scullmark-fleet-price-spec-2026-27.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# Boat care and storage for club fleets

*Scullmark Boatworks knowledge base - last reviewed November 2026*

## Daily care
- Rinse every shell with fresh water after each outing on brackish or salt water; on fresh water a weekly rinse is
  enough. Never use a pressure washer closer than 1 m to the hull.
- Wipe slides and wheels dry; a drop of silicone spray on the wheel axles every month. Do not use WD-40 on the
  seat wheels, it softens the polyurethane.
- Check rigger bolts before the first outing of the week. Tighten rigger bolts to 12 Nm with a torque wrench;
  over-tightening above 15 Nm can crush the carbon inserts and is not covered by the warranty.
- Fins and rudders: check for fishing line and weed after every outing on the river.

## Storage
- Store shells upside down on padded arms, with the support points at the bulkheads (marked with a small white
  triangle on the gunwale). Eights and fours need 4 support points, doubles and singles 2.
- Keep a gap of at least 40 cm between shells stacked above each other so that riggers do not touch.
- Boathouse temperature should stay between 5 and 35 °C. Carbon hulls should not be left in direct summer sun on
  the apron for more than 2 hours without a cover.
- Slings used for outdoor storage or on trailers must be at least 75 mm wide.

## Transport by the club
- Eights travel in 2 sections on the Scullmark split joint: tighten the joint bolts to 20 Nm and fit the joint
  cover before the boat touches the water.
- Tie-down straps go over padded points only, never across an unsupported part of the deck.

## Insurance and valuation
Every new Scullmark boat is delivered with an insurance valuation certificate stating the replacement value on the
delivery date. Clubs with the Fleet Care plan receive an updated valuation letter after each annual visit; other clubs
can ask for one for EUR 40 per boat.

## Spare parts
Common parts (seat wheels, slide tracks, footplates, heel restraints, gate bushes) are kept in stock in Ghent and
are shipped within 2 working days. Hull-specific parts such as riggers and fins for older models (built before 2018)
are made to order in about 3 weeks.

## Which crew weight class?
Pick the class that matches the average weight of the rowers; the cox is not counted.
A crew that sits at the top of one class and the bottom of the next should take the heavier class. A crew more than
10 kg above the upper limit of the class loses hull warranty cover (see the warranty terms).
"""


def make_md():
    (K / "boat-care-and-storage.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
