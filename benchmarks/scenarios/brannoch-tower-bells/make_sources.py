"""Generate the four knowledge sources of the brannoch-tower-bells scenario.

Run with:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from the scratch folder).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Brannoch Bell Foundry Ltd — Conditions of Works for Ring Restoration and Rehanging", 1)
    d.add_paragraph(
        "Document BBF-CW-07, issue 4 (January 2025). These conditions apply to every quotation for the removal, "
        "restoration, retuning, recasting and rehanging of church and civic tower bells issued by Brannoch Bell "
        "Foundry Ltd, Foundry Wynd, Brannoch (\"Brannoch\"). Where a quotation says something different, the "
        "quotation prevails."
    )

    d.add_heading("1. Consents and drawings", 2)
    d.add_paragraph(
        "The Parish is responsible for obtaining the faculty (or, for civic towers, listed-building consent) before "
        "any bell is removed. Brannoch supplies general-arrangement drawings of the proposed frame, a schedule of "
        "works and a short technical statement for the Diocesan Advisory Committee within 15 working days of a "
        "written request. Revisions requested by the DAC or the Church Buildings Council are free of charge for the "
        "first two rounds; a third and later round is charged at £420 per round."
    )
    d.add_paragraph(
        "No bell of historic significance (cast before 1850, or listed by the Church Buildings Council) is recast "
        "without specific consent; where recasting is approved the original inscription, founder's mark and date "
        "are reproduced on the new bell."
    )

    d.add_heading("2. Programme", 2)
    d.add_paragraph(
        "For a ring of six to ten bells the programme runs 22 weeks from the removal of the bells to the handover "
        "ring. Within it: removal takes 3 to 5 working days; frame fabrication takes 10 weeks from approval of the "
        "drawings and the frame is installed before the bells return; retuning of an existing bell takes 6 weeks at "
        "the foundry; recasting takes 14 weeks from receipt of the bell at the foundry (see the Casting and Tuning "
        "Specification). Rehanging and ringing-in take 8 to 10 working days. Removal is not started between "
        "1 December and 6 January, nor in Holy Week, unless the Parish asks for it in writing."
    )

    d.add_heading("3. What the Parish provides on site", 2)
    for t in [
        "Clear access from the churchyard gate to the base of the tower for a 7.5 t lorry, and a level storage "
        "area of at least 6 m × 4 m within 30 m of the tower door.",
        "A 16 A single-phase 230 V supply at ringing-chamber level, and a second outlet in the belfry if one exists.",
        "Access to a lavatory and a lockable room for tools during working hours (08:00–17:30, Monday to Friday).",
        "Removal of bats from the belfry is not permitted: if a bat survey is required, the Parish commissions it "
        "before the start date.",
        "Clocks, chiming hammers and electrical installations attached to the bells or frame are disconnected by "
        "the Parish's own contractor before removal and reconnected after rehanging.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "The price for removal, transport and reinstallation includes lowering and lifting tackle, a mobile crane "
        "where the tower design needs one, and transport in both directions between the tower and Brannoch. If "
        "access is found on the day to differ materially from the survey, the additional time is charged at "
        "£68 per fitter-hour."
    )

    d.add_heading("4. Payment", 2)
    d.add_paragraph(
        "Unless the quotation says otherwise: 30% on acceptance of the quotation; 40% when the bells are delivered "
        "back to the tower; 30% within 30 days of the acceptance test. Maintenance plans are invoiced annually in "
        "advance. Invoices are payable within 30 days; late payment carries interest at 4% above the Bank of "
        "England base rate. Prices are in pounds sterling and exclude VAT."
    )

    d.add_heading("5. Guarantees", 2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    h = t.rows[0].cells
    h[0].text, h[1].text, h[2].text = "Component", "Guarantee period", "Conditions"
    rows = [
        ("New and recast bell castings", "25 years", "Against casting defects (porosity, cracking) in normal full-circle ringing."),
        ("Galvanised steel bell frame", "20 years", "Structure and galvanising; bolts re-torqued at the first annual inspection."),
        ("Headstocks, wheels and sealed ball bearings", "10 years", "Bearings need no greasing; guarantee void if seals are opened."),
        ("Flexible-shank clappers", "5 years", "Excludes normal wear of the clapper ball and the bush."),
        ("Tuning", "12 months", "Any partial found outside tolerance within 12 months of handover is corrected free."),
        ("Stays, sliders and ropes", "12 months", "Consumables; breakage from ringing errors is not covered."),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph(
        "Guarantees run from the date of the acceptance test and depend on the bells being inspected at least once "
        "every 18 months by Brannoch or by a ringer trained under the Brannoch belfry-care course."
    )

    d.add_heading("6. Old materials", 2)
    d.add_paragraph(
        "Old fittings of historical interest (canons, timber headstocks dated before 1800, early clappers) are "
        "labelled and returned to the Parish. Other removed fittings and the old frame are disposed of by Brannoch "
        "unless the Parish asks in writing, before removal, to keep them. Metal from a recast bell stays the "
        "Parish's property and is used in the new casting."
    )

    d.add_heading("7. Acceptance test and handover", 2)
    d.add_paragraph(
        "The acceptance test is a ring of all bells, full circle, by a band nominated by the Parish in the presence "
        "of Brannoch's tower foreman. It is recorded for the tuning report. Handover takes place when the test has "
        "been rung without a fault attributable to Brannoch; minor snagging items do not delay handover and are "
        "closed within 20 working days."
    )
    d.save(K / "conditions-of-works.docx")


# --------------------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [
        Paragraph("Brannoch Bell Foundry — Casting and Tuning Specification", ss["Title"]),
        Paragraph("Specification BBF-CTS-3, revision C, 2025. Applies to new bells, recast bells and the retuning of existing bells.", body),
        Spacer(1, 8),
        Paragraph("1. Bell metal", ss["Heading2"]),
        Paragraph(
            "All Brannoch bells are cast in bell bronze of 77% copper and 23% tin (each within ±0.5%), with lead below "
            "0.3% and no zinc. Every melt is sampled and its analysis kept with the bell's record. Bells are cast in "
            "loam moulds struck to Brannoch's true-harmonic profile; the mould is dried for at least 72 hours before "
            "casting and the bell cools in the pit for 3 days.", body),
        Paragraph("2. Recasting", ss["Heading2"]),
        Paragraph(
            "A cracked bell that is to be rung full circle is recast, not welded: Brannoch does not weld cracked bells "
            "for full-circle ringing. The old bell is weighed on arrival, broken up and melted with new copper and tin "
            "to restore the alloy. Recasting takes 14 weeks from receipt of the bell at the foundry, including tuning. "
            "The recast bell is designed to match the old bell's note; its weight may differ from the old bell's by up "
            "to 5%. If the new casting needs more metal than the old bell provides, the shortfall is charged at £14.80 "
            "per kg; surplus metal is credited to the Parish at £9.40 per kg.", body),
        Paragraph("3. Inscriptions", ss["Heading2"]),
        Paragraph(
            "The original inscription, founder's mark and date are reproduced from a squeeze taken before the old bell "
            "is broken up. A new inscription of up to 40 characters (for example a dedication, the names of the "
            "incumbent and churchwardens, and the year) is included in the recasting price; additional characters cost "
            "£4.50 each, and a cast decorative band or emblem costs £260. Lettering is Roman capitals, 22 mm high, "
            "on the waist or the shoulder.", body),
        Paragraph("4. Tuning", ss["Heading2"]),
        Paragraph(
            "Bells are tuned on Brannoch's vertical tuning lathe to five partials: hum, prime, tierce, quint and "
            "nominal. Nominals are tuned to within ±2 cents of the target; hum, prime and tierce to within ±5 cents. "
            "Tuning removes metal from the inside of the bell, typically 1% to 3% of its weight, so a bell's notes can "
            "only be flattened; where one bell is too flat for the ring, the other bells are tuned down to it or that "
            "bell is recast. Where a ring has a tenor of historic or musical value, it is kept untouched as the tuning "
            "reference and the other bells are tuned to it. Retuning an existing bell takes 6 weeks at the foundry.", body),
        Spacer(1, 6),
    ]
    data = [
        ["Partial", "Interval above nominal", "Tolerance"],
        ["Hum", "two octaves below", "±5 cents"],
        ["Prime", "one octave below", "±5 cents"],
        ["Tierce", "minor tenth below", "±5 cents"],
        ["Quint", "fourth below", "not tuned; reported only"],
        ["Nominal", "—", "±2 cents"],
    ]
    t = Table(data, colWidths=[100, 160, 160])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story += [t, Spacer(1, 8)]
    story += [
        Paragraph("5. Tower test and tuning report", ss["Heading2"]),
        Paragraph(
            "After rehanging, the acceptance ring is recorded on a calibrated microphone in the ringing chamber and "
            "in the churchyard. The Parish receives a sound recording and a spectrum-analysis report giving every "
            "partial of every bell in cents relative to the target within 10 working days of the tower test. Any "
            "partial outside tolerance is corrected at Brannoch's cost under the 12-month tuning guarantee.", body),
        Paragraph("6. Canons and historic features", ss["Heading2"]),
        Paragraph(
            "Canons are kept on bells cast before 1700 and the bell is hung from a cast-iron independent crown staple "
            "with a canon-retaining headstock; canons are removed from later bells only with faculty consent. Bells are "
            "turned a quarter-turn in the headstock at rehanging so that the clapper strikes fresh metal.", body),
    ]
    SimpleDocTemplate(str(K / "casting-and-tuning-spec.pdf"), pagesize=A4,
                      leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50).build(story)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws.append(["Brannoch Bell Foundry — Price List 2025 (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Item", "Unit", "Price (GBP)", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("BBF-FRM-GS8", "Galvanised steel low-side bell frame, 8 pits", "per frame", 38400, "Bolted to existing grillage; new grillage quoted separately"),
        ("BBF-FRM-GS6", "Galvanised steel low-side bell frame, 6 pits", "per frame", 29600, ""),
        ("BBF-TUN-VL", "Retune existing bell on vertical lathe (five-partial)", "per bell", 1450, "Bells over 1,000 kg: £2,150"),
        ("BBF-CST-RC", "Recast bell up to 500 kg, including tuning and inscription up to 40 characters", "per bell", 9850, "Metal shortfall at £14.80 per kg"),
        ("BBF-HST-DCI", "Ductile cast-iron headstock with sealed ball bearings, wheel, stay and slider", "per bell", 2260, ""),
        ("BBF-CLP-B1", "Flexible-shank clapper, band 1 (bells under 350 kg)", "each", 395, "See Clapper bands"),
        ("BBF-CLP-B2", "Flexible-shank clapper, band 2 (bells 350–750 kg)", "each", 540, "See Clapper bands"),
        ("BBF-CLP-B3", "Flexible-shank clapper, band 3 (bells 750–1,200 kg)", "each", 720, "See Clapper bands"),
        ("BBF-TRN-RI", "Removal, transport to Brannoch and reinstallation, ring of 6–8", "per ring", 6200, "Includes mobile crane where needed"),
        ("BBF-SND-HT", "Sound-control hatch in ringing-chamber ceiling, insulated, with counterweight", "each", 1880, "Reduces sound in the ringing chamber"),
        ("BBF-SND-LV", "Adjustable sound-control louvre shutters, set of 4 openings", "per set", 3450, "Reduces sound outside the tower by about 8 dB"),
        ("BBF-MNT-AI", "Annual inspection plan, ring of 6–10", "per year", 640, "Minimum term 3 years"),
        ("BBF-MNT-1X", "One-off inspection without a plan", "per visit", 780, ""),
        ("BBF-ROP-SP", "Bell rope, polyester top end, wool sally", "each", 185, ""),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDE", (14, 70, 11, 12, 55)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Clapper bands")
    ws2.append(["Flexible-shank clappers — selection by bell weight"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Band", "Bell weight", "Shank", "Ball weight", "Price (GBP)", "Replacement ball (GBP)"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    ws2.append(["1", "under 350 kg", "ductile iron, 25 mm", "about 3% of bell weight", 395, 120])
    ws2.append(["2", "350–750 kg", "ductile iron, 32 mm", "about 3% of bell weight", 540, 165])
    ws2.append(["3", "750–1,200 kg", "ductile iron, 38 mm", "about 2.8% of bell weight", 720, 210])
    ws2.append([])
    ws2.append(["A clapper ball is replaced when its flat exceeds 12 mm across. The flexible shank is guaranteed for 5 years."])

    ws3 = wb.create_sheet("Tower survey St Aldhelm")
    ws3.append(["Tower survey — St Aldhelm, Wexcombe — ring of 8 in F, surveyed 18 February 2025"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Bell", "Weight (cwt-qr-lb)", "Weight (kg)", "Note", "Nominal (Hz)", "Diameter (mm)", "Founder / date", "Condition", "Work"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    bells = [
        (1, "4-0-12", 209, "F", 1397.0, 686, "Mears 1861", "sound", "retune"),
        (2, "4-2-3", 230, "E", 1318.5, 711, "Mears 1861", "sound", "retune"),
        (3, "5-1-20", 276, "D", 1174.7, 762, "Rudhall 1749", "cracked at crown, 190 mm", "recast"),
        (4, "5-3-8", 296, "C", 1046.5, 787, "Rudhall 1749", "sound", "retune"),
        (5, "6-2-14", 337, "B flat", 932.3, 826, "Mears 1861", "worn at strike point", "retune, quarter-turn"),
        (6, "7-3-22", 404, "A", 880.0, 876, "Warner 1887", "sound", "retune"),
        (7, "10-0-4", 510, "G", 784.0, 953, "Warner 1887", "sound", "retune"),
        (8, "13-2-7", 689, "F", 698.5, 1054, "Rudhall 1749", "sound", "tuning reference, not retuned"),
    ]
    for b in bells:
        ws3.append(list(b))
    ws3.append([])
    ws3.append(["Existing frame: oak, 1887, two-tier; pits 3 and 5 split. Grillage: steel, 1961, sound. Ringing-chamber floor to belfry floor: 7.4 m."])
    wb.save(K / "price-and-spec-sheet.xlsx")


# --------------------------------------------------------------------------- MD
MD = """# After your bells are rehung: care, inspection and call-outs

*Brannoch Bell Foundry knowledge base — article KB-112, updated March 2025*

## The first weeks
- Ring the bells regularly from handover: new bearings and clappers bed in with use.
- Do not ring peals (more than 3 hours of continuous ringing) for the first 6 weeks after handover; quarter peals and
  service ringing are fine.
- Ropes stretch by up to 150 mm in the first month. Re-tie the rope at the garter hole rather than cutting it.
- Check that every stay and slider moves freely before each practice for the first month and report any knocking
  from the frame at once.

## Sealed ball bearings
Brannoch headstocks use sealed ball bearings that are greased for life. They need no greasing: do not remove the seals
or add grease nipples, which voids the guarantee. Plain bronze bearings (only on bells hung before 1960 that we have
not rehung) still need greasing every 3 months.

## The annual inspection plan
The annual inspection plan costs £640 per year for a ring of 6 to 10 bells, with a minimum term of 3 years. The price
is fixed for the term of the plan and is invoiced annually in advance. Each visit takes one day and includes:
- checking the clapper bushes, clapper ball flats and shank clearance on every bell;
- checking stays, sliders, pulleys and rope guides, and adjusting where needed;
- re-torquing the frame bolts and headstock bolts (the first-year visit re-torques every frame bolt);
- measuring bearing play with a dial gauge and recording it in the tower log book;
- a written report within 10 working days, with any work priced before it is done.
Parts found worn during an inspection are charged at the price list; labour for adjustments made during the visit is
included.

## Inspections without a plan and call-outs
- One-off inspection without a plan: £780 per visit, booked at least 4 weeks ahead.
- Emergency call-out (a bell that cannot be rung safely, e.g. a broken clapper, stay or wheel): £385 per visit plus
  £0.62 per mile from Brannoch, with a fitter on site within 48 hours on working days. Parts are extra.
- Routine call-outs that are not emergencies are answered within 5 working days at the one-off inspection price.

## Sound control
If neighbours or the band find the bells too loud, ask us for a sound-control survey: the options and their prices
are on the current price list.

## Who to contact
Send photos and a short description of the fault with the tower name to the Tower Care desk. Never ring a bell that
has a cracked stay, a loose clapper or a wheel that rubs on the frame.
"""


def make_md():
    (K / "bell-care-and-maintenance.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written:", sorted(p.name for p in K.iterdir()))
