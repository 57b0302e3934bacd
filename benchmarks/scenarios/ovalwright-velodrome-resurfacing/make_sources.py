"""Generate the knowledge sources of the ovalwright-velodrome-resurfacing scenario.

Run with an interpreter that has python-docx, openpyxl and reportlab, e.g.
  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: method statement
def make_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Method Statement MS-TR-07 (rev. 3): Resurfacing of Indoor Timber Cycling Tracks", 0)
    d.add_paragraph(
        "Ovalwright Track Works B.V., Ijsselkade 14, 7311 Apeldoorn, Netherlands. This method statement applies to the "
        "sanding, board replacement, re-sealing and line marking of indoor timber velodrome tracks of 200 m to 333.33 m. "
        "It forms part of every Ovalwright quotation for track works and is read together with the Warranty, Care Plan "
        "and Service Terms (WST-2025).")

    d.add_heading("1. Sequence of works", 1)
    steps = [
        "Pre-works laser geometry survey of the running surface, transitions and bankings (about 1,600 measured points on a 250 m track).",
        "Site protection: the infield and the safety zone are covered with 0.2 mm polyethylene sheeting and 3 mm hardboard; the safety fence and advertising boards are wrapped. The buyer removes loose advertising boards from the fence before our arrival.",
        "Substructure inspection from below, bay by bay. Loose boards are re-fixed to the stringers with A2 stainless steel screws 5 x 70 mm, countersunk 2 mm below the surface and filled.",
        "Board replacement. A board is replaced when it has a split longer than 300 mm, wear deeper than 3 mm after sanding, a moisture reading above 18%, or any sign of rot. Replacement boards are acclimatised in the hall for at least 10 days before fitting.",
        "Sanding in three passes with planetary sanders at P36, P60 and P100 grit. We remove at most 1.5 mm of timber per resurfacing, and no board may be left thinner than 34 mm; boards that would fall below 34 mm are replaced instead.",
        "Re-profiling of the transitions (straight to banking) to the surveyed design line within the tolerances of the geometry survey.",
        "Sealing: two coats of OTW-LAC-2K two-component polyurethane sealer, with a minimum of 24 hours between coats and a light P150 intermediate sanding.",
        "Line marking to UCI specification: measurement line, sprinters' line, stayers' line and the blue band (cote d'azur), applied with a masked spray system.",
        "Topcoat: one coat of the chosen finish, Race Satin (OTW-TOP-RS) or Training Matt (OTW-TOP-TM).",
        "Post-works laser geometry survey and handover report, formatted for attachment to a homologation file.",
    ]
    for s in steps:
        d.add_paragraph(s, style="List Number")

    d.add_heading("2. Programme options", 1)
    d.add_paragraph(
        "Option A, full closure: the track is closed for the whole works, 6 weeks (30 working days) on site. This is the "
        "shortest programme and the one we recommend. Option B, phased works: 9 weeks on site. The two straights are "
        "sanded and sealed first while the bankings stay rideable; the track is open for supervised training at "
        "weekends only during weeks 1 to 5, then fully closed from week 6 to week 9 for the bankings, line marking and "
        "topcoat. Option B carries no price supplement when it is chosen at order; switching from A to B after the "
        "start on site is a change order.")

    d.add_heading("3. Site conditions provided by the buyer", 1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Item"
    t.rows[0].cells[1].text = "Requirement"
    rows = [
        ("Hall temperature", "Between 16 and 24 degrees C from the first sealer coat until 72 hours after the topcoat."),
        ("Relative humidity", "Between 40% and 60% during lacquer application and for 72 hours after each coat; logged by our sensors every 15 minutes."),
        ("Power", "Three-phase 400 V, 32 A supply within 25 m of the track, plus two 230 V sockets at the track centre."),
        ("Lighting", "Minimum 300 lux on the running surface during working hours."),
        ("Access", "Vehicle access for a 7.5 t truck to within 40 m of the hall doors; a 20 m2 lockable storage area."),
        ("Waste", "Space for one 10 m3 skip outside the hall."),
    ]
    for a, b in rows:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_paragraph(
        "If the hall climate leaves these ranges, lacquer work stops until it is restored; waiting time caused by the "
        "hall climate is charged at the technician day rate of the Service Terms.")

    d.add_heading("4. Working hours, dust and waste", 1)
    d.add_paragraph(
        "Standard working hours are Monday to Friday, 07:00 to 18:00. Saturday work is possible on request at a "
        "surcharge of 35% on labour; it is not included in a quotation unless listed as a line item. Sunday work is not "
        "offered. All sanders are connected to M-class dust extractors; the dust concentration at the hall perimeter "
        "is kept below 1 mg/m3 and measured daily. Old boards are recycled through a certified wood chipper and "
        "lacquer residues are disposed of as hazardous waste; disposal of both is included in the track works price.")

    d.add_heading("5. Return to riding", 1)
    d.add_paragraph(
        "After the topcoat the surface needs time to harden. With Training Matt (OTW-TOP-TM) light training is "
        "possible after 7 days and racing after 14 days. With Race Satin (OTW-TOP-RS), which cures harder and faster "
        "in the long run but more slowly at first, light training is possible after 10 days and racing after 21 days. "
        "During the first 30 days no tape, stickers or stationary rollers may be used on the running surface.")

    d.add_heading("6. Exclusions", 1)
    d.add_paragraph(
        "Not included: asbestos surveys or removal, roof and gutter repairs, infield floor coverings, safety netting, "
        "electrical works, heating or ventilation adjustments, structural replacement of stringers or trusses, and "
        "repainting of the safety fence. Where the substructure inspection reveals structural defects, Ovalwright "
        "reports them in writing within 2 working days and does not carry out structural repairs without a separate "
        "order.")
    d.save(K / "method-statement-MS-TR-07.docx")


# ---------------------------------------------------------------- PDF: warranty & service terms
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    h = ss["Heading2"]
    doc = SimpleDocTemplate(str(K / "warranty-care-plan-terms-WST-2025.pdf"), pagesize=A4,
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                            title="Warranty, Care Plan and Service Terms WST-2025", author="Ovalwright Track Works B.V.")
    s = [Paragraph("Ovalwright Track Works B.V. - Warranty, Care Plan and Service Terms (WST-2025)", ss["Title"]),
         Paragraph("Valid for orders placed from 1 March 2025. These terms apply to timber track works carried out "
                   "under MS-TR-07 and to the Care Plan Basic and Care Plan Plus maintenance contracts.", body)]

    def sec(title, *paras):
        s.append(Paragraph(title, h))
        for p in paras:
            s.append(Paragraph(p, body))
            s.append(Spacer(1, 4))

    sec("1. Warranties",
        "1.1 Workmanship: 24 months from the date of practical completion, covering defects in fixing, sanding, "
        "re-profiling and line marking.",
        "1.2 Lacquer system (sealer and topcoat), adhesion and wear: 5 years. In years 1 and 2 Ovalwright bears the "
        "full remedial cost; in years 3 to 5 Ovalwright bears 50% of the remedial cost and the owner the rest.",
        "1.3 Replaced boards: 10 years against rot and structural failure of the board, provided the timber moisture "
        "content stays between 9% and 14% at the annual measurement.",
        "1.4 Warranty claims are made in writing within 30 days of discovery, with photographs and the hall climate log.")
    sec("2. Warranty exclusions",
        "The warranties do not cover: damage from non-cycling use (concerts, exhibitions, gala dinners) without "
        "Ovalwright-approved floor protection; studded or spiked footwear; motorised vehicles other than dernys and "
        "approved electric pacing motorbikes under 150 kg; standing water or flooding; and a hall relative humidity "
        "outside 35% to 65% for more than 14 consecutive days, as shown by the climate log. Normal tyre marking and "
        "chalk staining are not defects.")
    sec("3. Care Plans",
        "Care Plan Basic (OTW-MP-1) includes one annual inspection of one technician day and a telephone helpline "
        "during office hours. Care Plan Plus (OTW-MP-3) includes one annual inspection of two technician days with "
        "moisture mapping of the whole track, spot sanding and lacquer touch-up of up to 20 m2, re-fixing of raised "
        "screws, a written condition report and access to the 24/7 hotline +31 55 760 4410.")
    t = Table([
        ["Response time", "Care Plan Basic", "Care Plan Plus"],
        ["Priority 1 (safety-critical: splinter, loose board, raised screw on the racing line)", "5 working days", "on site within 48 hours"],
        ["Priority 2 (cosmetic or non-urgent)", "next annual visit", "within 10 working days"],
        ["Additional visit, weekday", "EUR 1,150 per technician day", "EUR 1,150 per technician day"],
        ["Additional visit, weekend or public holiday", "EUR 1,650 per technician day", "EUR 1,650 per technician day"],
    ], colWidths=[7.5 * cm, 4.5 * cm, 5 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(Spacer(1, 4))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Travel is included for sites within 400 km of Apeldoorn; beyond that, travel time is charged at half the "
        "technician day rate and flights or ferries at cost. Materials used during additional visits are charged at "
        "list price.", body))
    sec("4. Term and cancellation",
        "4.1 Care Plans run for the term stated in the quotation (Care Plan Plus: minimum 3 years) and then renew for "
        "one year at a time. A Care Plan may be cancelled with 90 days' written notice before its anniversary date.",
        "4.2 A track works order may be cancelled free of charge up to 60 days before the planned start on site, except "
        "for the pre-works survey if already carried out. Between 59 and 21 days before the start, 15% of the order "
        "value is due; less than 21 days before the start, 30% of the order value is due. Boards cut to order are "
        "invoiced in full in all cases.")
    sec("5. Price adjustment",
        "Care Plan fees are indexed once a year on the anniversary date to the Dutch CBS services price index, capped "
        "at 4% per year. Track works prices are fixed for orders placed before the quotation expiry date and a start "
        "on site within 9 months of the order.")
    doc.build(s)


# ---------------------------------------------------------------- XLSX: price & spec sheet
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws.append(["Ovalwright Track Works - Price and Specification Sheet 2025 (EUR, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Lead time", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("OTW-SND-RP", "Full sanding and re-profiling of timber running surface, 3 passes", "m2", 13.60, "2 weeks", "Max 1.5 mm removal"),
        ("OTW-BRD-S40", "Replacement board, Nordic pine, straight section, 40 x 60 mm", "lm", 8.90, "5 weeks", "Kiln-dried, stock section"),
        ("OTW-BRD-B40", "Replacement board, Nordic pine, banking section, pre-bevelled, 40 x 60 mm", "lm", 11.40, "8 weeks", "Bevel cut to surveyed banking angle"),
        ("OTW-BRD-S40-SP", "Replacement board, spruce, straight section, 40 x 60 mm (training tracks only)", "lm", 7.20, "4 weeks", "Not for homologated tracks"),
        ("OTW-LAC-2K", "Two-component polyurethane sealer, 2 coats", "m2", 9.75, "1 week", "24 h between coats"),
        ("OTW-TOP-RS", "Topcoat Race Satin, 1 coat", "m2", 4.20, "1 week", "Higher grip, for racing venues"),
        ("OTW-TOP-TM", "Topcoat Training Matt, 1 coat", "m2", 4.20, "1 week", "Faster return to training"),
        ("OTW-LIN-UCI", "Line marking set to UCI specification (measurement line, sprinters' line, stayers' line, blue band)", "set", 6450.00, "1 week", ""),
        ("OTW-SUB-BAY", "Substructure inspection and re-fixing, per bay", "bay", 185.00, "-", "Structural repairs excluded"),
        ("OTW-GEO-LS", "Laser geometry survey, pre- and post-works, with report", "set", 4900.00, "3 weeks", ""),
        ("OTW-SPOT", "Spot repair: local sanding and lacquer, minimum 5 m2", "m2", 38.00, "2 weeks", "Outside Care Plan allowance"),
        ("OTW-CLN-5", "OTW Track Cleaner concentrate, 5 litre", "can", 64.00, "3 days", "Dilute 1:200"),
        ("OTW-MP-1", "Care Plan Basic, per year", "year", 3200.00, "-", "1 inspection day"),
        ("OTW-MP-3", "Care Plan Plus, per year (minimum 3 years)", "year", 5750.00, "-", "2 inspection days, 24/7 hotline"),
        ("OTW-SAT", "Saturday working surcharge", "% of labour", "35%", "-", "On request"),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEF", (16, 78, 12, 15, 11, 34)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Timber specs")
    ws2.append(["Board timber specifications"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["SKU", "Species", "Density kg/m3", "Moisture at delivery", "Section mm", "Grading", "Certification"])
    ws2.append(["OTW-BRD-S40", "Nordic pine (Pinus sylvestris), slow-grown", 510, "10-12%", "40 x 60", "Clear, knots max 5 mm, no finger joints", "FSC"])
    ws2.append(["OTW-BRD-B40", "Nordic pine (Pinus sylvestris), slow-grown", 510, "10-12%", "40 x 60, bevelled", "Clear, knots max 5 mm, no finger joints", "FSC"])
    ws2.append(["OTW-BRD-S40-SP", "Norway spruce (Picea abies)", 450, "12-14%", "40 x 60", "Knots max 12 mm", "PEFC"])

    ws3 = wb.create_sheet("Lacquer systems")
    ws3.append(["Lacquer system data"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append(["SKU", "Product", "Coats", "Dry film per coat (um)", "Recoat interval", "Light training after", "Racing after", "Pendulum test value (dry)", "VOC g/l"])
    ws3.append(["OTW-LAC-2K", "2K PU sealer", 2, 45, "24 hours", "-", "-", "-", 140])
    ws3.append(["OTW-TOP-RS", "Race Satin topcoat", 1, 40, "-", "10 days", "21 days", "PTV 62", 120])
    ws3.append(["OTW-TOP-TM", "Training Matt topcoat", 1, 40, "-", "7 days", "14 days", "PTV 55", 95])
    wb.save(K / "price-spec-sheet-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Caring for your resurfaced timber track

*Ovalwright knowledge base, article KB-112, updated September 2025*

A freshly resurfaced track keeps its grip and its lacquer for years if it is kept dry, clean and at a stable climate.
This article is for venue staff and coaches.

## Daily and weekly cleaning

- **Daily:** dry microfibre mop over the whole running surface, working in the direction of riding. Remove chalk and
  dust from the blue band as well, as dust there is carried onto the racing line.
- **Weekly:** damp mop with OTW Track Cleaner diluted 1:200 in lukewarm water (25 ml per 5 litres). Wring the mop out
  until it is only damp: no standing water, ever.
- **Tyre marks:** apply OTW Track Cleaner undiluted to a white nylon pad, rub lightly, then wipe with a damp cloth.
  Never use green or black scouring pads, solvents, acetone or steam cleaners; they dull the topcoat and void the
  lacquer warranty.

## Hall climate

Timber moves with humidity. Keep the hall at 45% to 55% relative humidity where you can; the warranty limit is 35% to
65%. Keep your climate log: it is the first thing we ask for with any warranty claim. Do not switch the heating off
completely in winter when the hall is unused; keep at least 12 degrees C.

## The first 30 days after resurfacing

- No tape, stickers or sponsor decals on the running surface.
- No stationary rollers or turbo trainers on the track; use the infield.
- Keep the light-training and racing dates from your handover report; the waiting time depends on the topcoat you chose.

## If something goes wrong

A splinter, a loose board or a raised screw head on the racing line is a **Priority 1** fault. Close the lane with
cones, take a photo and call the 24/7 hotline on **+31 55 760 4410** (Care Plan Plus customers) or our office on
+31 55 760 4400 during office hours (08:30 to 17:00 CET). Do not try to sand or glue splinters yourself.

## Events on the track

Non-cycling events need Ovalwright-approved floor protection (interlocking boards on 6 mm foam) and a maximum load of
250 kg per m2 on the running surface. No vehicles, scissor lifts or pallet trucks on the timber at any time.
"""


def make_md():
    (K / "kb-track-care.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written:", sorted(p.name for p in K.iterdir()))
