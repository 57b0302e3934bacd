"""Generate the four knowledge sources of the pavilmoor-bandstand-ironwork scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    from docx.shared import Pt
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Pavilmoor Heritage Ironwork Ltd", 0)
    d.add_heading("Method Statement and Specification: Cast-Iron Bandstand Restoration (rev. 4, March 2025)", 1)
    d.add_paragraph(
        "This document sets out how Pavilmoor Heritage Ironwork Ltd surveys, dismantles, repairs, recasts and repaints "
        "Victorian and Edwardian cast-iron bandstands. It forms part of every quotation unless the quotation states "
        "otherwise. Where this specification and a quotation differ, the quotation prevails.")
    d.add_heading("1. Condition survey and laser scan", 2)
    d.add_paragraph(
        "Every project starts with a condition survey (code BSI-SURV-01). Two surveyors attend for one day with a "
        "terrestrial 3D laser scanner; the registered point cloud has an accuracy of ±2 mm and is supplied to the client "
        "in E57 format. Every column is tested by ultrasonic thickness testing at four heights and four orientations. "
        "Columns with wall loss greater than 25% of the original section, or with any through-crack, are recommended for "
        "replacement; columns with wall loss between 10% and 25% are recommended for internal corrosion treatment and "
        "monitoring. The survey report, with a numbered drawing of every casting, is delivered within 15 working days of "
        "the site visit.")
    d.add_heading("2. Lead paint and containment", 2)
    d.add_paragraph(
        "Historic coatings on bandstands almost always contain lead. Unless XRF testing (code BSI-XRF) shows lead below "
        "0.5% by weight in every layer, we treat all existing paint as lead-bearing. Blasting is carried out inside a fully "
        "sheeted, encapsulated containment held under negative pressure with HEPA-filtered extraction. Spent abrasive and "
        "paint debris are bagged, labelled and removed as hazardous waste under a consignment note; copies of every "
        "consignment note are given to the client at handover. Operatives working inside the containment are under "
        "blood-lead monitoring and wear powered respirators.")
    d.add_heading("3. Surface preparation", 2)
    d.add_paragraph(
        "Structural members are abrasive blast cleaned in situ to Sa 2½ as defined in ISO 8501-1, with a surface profile "
        "of 50 to 75 microns, using recyclable chilled iron grit. Decorative castings (brackets, cresting, balustrade panels "
        "and finials) are removed to our workshop in Halesford where the fixings allow; seized fixings are cut out and "
        "replaced with stainless steel A4 bolts. Blast-cleaned steel and iron must be primed within 4 hours or before any "
        "visible rust bloom, whichever is sooner.")
    d.add_heading("4. Replacement castings", 2)
    d.add_paragraph(
        "Replacement castings are poured in grey cast iron grade EN-GJL-200 at our partner foundry. Patterns are taken "
        "from the best surviving original; where no original survives, a pattern is carved from the laser scan and "
        "archive photographs, which adds a pattern fee (see the Schedule of Rates). Lead time is 8 to 10 weeks from "
        "pattern approval by the client. Every new column is pressure-tested, magnetic-particle inspected at the base "
        "and capital, and stamped with the year of casting and the letters PHI on the inside face of the base. Original "
        "castings that are removed remain the property of the client and are returned to the client's store on request.")
    d.add_heading("5. Paint systems", 2)
    d.add_paragraph(
        "System H3 (for coastal or exposed sites): zinc phosphate epoxy primer 75 microns, micaceous iron oxide (MIO) "
        "epoxy intermediate 100 microns, and an acrylic polyurethane gloss finish 60 microns, a total dry film thickness "
        "of 235 microns. System H2 (for sheltered inland sites): zinc phosphate epoxy primer 80 microns and a polyurethane "
        "gloss finish 80 microns, a total dry film thickness of 160 microns. Colours are matched to the historic scheme "
        "identified by paint scrape analysis; the client chooses the final scheme from up to three sample panels.")
    d.add_paragraph(
        "Paint is not applied when the air temperature is below 5°C, when the relative humidity is above 85%, or when the "
        "surface temperature is less than 3°C above the dew point. Exterior painting is therefore normally programmed "
        "between April and October.")
    d.add_heading("6. Gilding", 2)
    d.add_paragraph(
        "Finials, crests and monograms are water-gilded or oil-gilded with 23.5 carat double-weight gold leaf over an oil "
        "size on the finished paint system (code BSI-GILD-23). A gold-effect metallic paint (code BSI-GILD-PT) is offered "
        "as a lower-cost alternative; it is not recommended for listed structures.")
    d.add_heading("7. Consents and heritage responsibilities", 2)
    d.add_paragraph(
        "For listed bandstands, obtaining Listed Building Consent is the client's responsibility. Pavilmoor prepares the "
        "heritage method statement, the schedule of works and the casting drawings for the application at no extra "
        "charge. Works to a listed structure do not start until written consent, including any discharge of conditions "
        "on paint colour, has been received.")
    d.save(K / "method_statement_specification.docx")

# ---------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [Paragraph("Pavilmoor Heritage Ironwork Ltd", ss["Title"]),
             Paragraph("Warranty, Maintenance Plan and Commercial Conditions (edition 2025/1)", ss["Heading2"])]
    secs = [
        ("1. Warranty periods",
         "From the date of practical completion Pavilmoor warrants: workmanship for 2 years; the H3 paint system for "
         "10 years and the H2 paint system for 6 years against flaking, blistering or rusting worse than grade Ri 2 as "
         "defined in ISO 4628-3; new castings for 25 years against manufacturing defects; gilding with gold leaf for "
         "5 years. Gold-effect metallic paint is warranted for 1 year only. Warranty repairs are carried out in the next "
         "painting season (April to October)."),
        ("2. Warranty exclusions",
         "The warranty does not cover vandalism, impact damage, fire, graffiti removal using solvents not approved by "
         "Pavilmoor, damage from fixings added by others (bunting, lighting or banners), or corrosion caused by bird "
         "guano left uncleaned for more than 3 months. Failure to carry out the annual inspection, either under our "
         "maintenance plan or by a contractor approved by us in writing, voids the paint warranty from the date the "
         "inspection was due."),
        ("3. Five-year maintenance plan (BSI-MAINT-5Y)",
         "The plan includes one annual inspection visit each spring, a low-pressure wash-down of the whole structure, "
         "touch-up of damaged paint of up to 2 square metres per visit, and a written report with dated photographs "
         "within 10 working days of the visit. Touch-up beyond the included area is charged at £95 per square metre. "
         "Graffiti call-outs under the plan are attended within 5 working days. The plan is invoiced annually in "
         "advance and renews only by written agreement."),
        ("4. Stage payments and retention",
         "Unless the quotation states otherwise: 20% of the contract sum is invoiced at mobilisation, the balance by "
         "monthly valuations of work done, and 5% retention is held by the client, half released at practical "
         "completion and half after 12 months. Invoices are payable within 30 days. Late payments carry interest at "
         "8% above the Bank of England base rate."),
        ("5. Cancellation and variations",
         "If the client cancels after pattern-making has started, pattern costs and any castings poured are charged "
         "in full. Additional castings found to need replacement after dismantling are priced at the rates in the "
         "Schedule of Rates current at the date of the quotation and instructed in writing before casting. Scaffold "
         "hire beyond the weeks quoted is charged at the quoted weekly rate."),
        ("6. Price validity",
         "Quotations are valid for 60 days. For orders placed after that, cast-iron items may be adjusted in line "
         "with the foundry's pig-iron surcharge, and all other items by the published Schedule of Rates then current."),
        ("7. Insurance and accreditation",
         "Pavilmoor holds employer's liability insurance and public liability insurance and is a member of the "
         "National Heritage Ironwork Group. Copies of certificates are issued with the pre-start pack."),
    ]
    for h, t in secs:
        story += [Paragraph(h, ss["Heading3"]), Paragraph(t, body), Spacer(1, 6)]
    SimpleDocTemplate(str(K / "warranty_maintenance_terms.pdf"), pagesize=A4,
                      title="Pavilmoor warranty and terms").build(story)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Rates 2025"
    ws.append(["Pavilmoor Heritage Ironwork Ltd - Schedule of Rates 2025 (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Code", "Description", "Unit", "Rate GBP", "Notes"])
    rows = [
        ("BSI-SURV-01", "Condition survey, ultrasonic testing and 3D laser scan", "per bandstand", 3850, "Report within 15 working days"),
        ("BSI-XRF", "XRF lead testing of existing paint layers", "per visit", 650, "Up to 20 readings"),
        ("BSI-SCAF-08", "Octagonal scaffold with debris-netted hoarding", "per week", 1240, "Minimum 6 weeks"),
        ("BSI-BLAST-LP", "Lead-paint removal, abrasive blast to Sa 2½ in containment", "per m²", 48.50, "Includes hazardous waste disposal"),
        ("BSI-CAST-COL", "Replacement cast-iron column, pattern-matched", "each", 6400, "Pattern from existing original"),
        ("BSI-CAST-BRK", "Cast-iron spandrel bracket, recast from existing pattern", "each", 875, ""),
        ("BSI-CAST-FIN", "Cast-iron roof finial", "each", 1150, ""),
        ("BSI-CAST-BAL", "Cast-iron balustrade panel", "each", 540, ""),
        ("BSI-PATT-NEW", "New pattern carved from scan and archive photographs", "per pattern", 2200, "Only where no original survives"),
        ("BSI-PAINT-H3", "Heritage paint system H3 (3 coats, 235 microns)", "per m²", 36.00, "Coastal / exposed"),
        ("BSI-PAINT-H2", "Heritage paint system H2 (2 coats, 160 microns)", "per m²", 27.50, "Sheltered inland"),
        ("BSI-GILD-23", "23.5 carat gold-leaf gilding", "per item", 420, "Finials, crests, monograms"),
        ("BSI-GILD-PT", "Gold-effect metallic paint", "per item", 140, "Not for listed structures"),
        ("BSI-ZINC-RF", "Zinc roof re-covering, standing seam", "per m²", 210, ""),
        ("BSI-MAINT-5Y", "Five-year maintenance plan, annual inspection", "per year", 1150, "Invoiced annually in advance"),
        ("BSI-CALL", "Ad-hoc repair call-out outside a plan", "per visit", 385, "Plus materials; touch-up £95 per m²"),
        ("BSI-GEN", "Site generator where no power within 50 m", "per week", 145, ""),
    ]
    for r in rows:
        ws.append(list(r))
    for c, w in zip("ABCDE", (16, 58, 14, 10, 36)):
        ws.column_dimensions[c].width = w

    ws2 = wb.create_sheet("Cast components")
    ws2.append(["Cast components - dimensions, weights and lead times"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Code", "Component", "Material", "Typical size", "Weight kg", "Lead time"])
    for r in [
        ("BSI-CAST-COL", "Fluted column with Corinthian capital", "EN-GJL-200", "2.85 m high, 140 mm diameter", 186, "10 weeks"),
        ("BSI-CAST-BRK", "Pierced spandrel bracket", "EN-GJL-200", "620 x 480 mm", 24, "8 weeks"),
        ("BSI-CAST-FIN", "Onion-dome roof finial", "EN-GJL-200", "1.1 m high", 38, "8 weeks"),
        ("BSI-CAST-BAL", "Balustrade panel, lyre pattern", "EN-GJL-200", "1.2 x 0.9 m", 52, "8 weeks"),
    ]:
        ws2.append(list(r))

    ws3 = wb.create_sheet("Paint systems")
    ws3.append(["Paint systems - build-up and expected life"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append(["System", "Coats", "Total DFT (microns)", "Environment (ISO 12944)", "Life to first major maintenance", "Warranty"])
    ws3.append(["H3", "Zinc phosphate epoxy / MIO epoxy / acrylic polyurethane", 235, "C4 and C5 (coastal, exposed)", "20 years", "10 years"])
    ws3.append(["H2", "Zinc phosphate epoxy / polyurethane", 160, "C2 and C3 (sheltered inland)", "12 years", "6 years"])
    wb.save(K / "schedule_of_rates_2025.xlsx")

# ---------------------------------------------------------------- Markdown KB article
KB = """# Site works during a bandstand restoration: access, events, weather and public safety

*Pavilmoor Heritage Ironwork knowledge base - article KB-214, updated February 2025*

## Site set-up
- The working area is enclosed by 2 m Heras fencing with an exclusion zone of at least 4 m around the scaffold.
- Scaffolds are designed to NASC guidance TG20 and inspected every 7 days and after any storm; debris netting and
  sheeting are taken down when forecast gusts exceed 40 mph.
- We supply a welfare unit. The client provides a 16 A power supply and a water point within 50 m of the bandstand;
  where there is none, we hire a site generator at £145 per week.
- Tree root protection areas are fenced off before scaffold goes up; no materials are stored under tree canopies.

## Working hours
- Abrasive blasting: 08:00-18:00 Monday to Friday only. There is no blasting on Saturdays, Sundays or bank holidays.
- Painting and fixing: 08:00-18:00 Monday to Friday and 08:00-13:00 on Saturdays.
- Noise from blasting inside the containment is typically 78 dB(A) at the fence line.

## Events and public use during the works
The bandstand cannot be used while the scaffold is up. We can pause work for **one pre-agreed event of up to 2 days**
if we receive 14 days' notice; the scaffold stays in place and the fenced area is made safe and tidy, but the
containment cannot be dismantled. Further pauses are treated as a variation.

## Wildlife
Between March and August a nesting-bird check is required before sheeting goes up. The ecologist is appointed and paid
by the client; if active nests are found, work on that elevation stops until the young have fledged.

## Typical programme
For an octagonal bandstand of 8 to 10 columns, the works from scaffold erection to handover typically take 14 to 18
weeks, including the 8 to 10 weeks the foundry needs after pattern approval (workshop and site work continue in
parallel). Mobilisation is normally 3 weeks after order.
"""

def make_md():
    (K / "site-works-kb.md").write_text(KB, encoding="utf-8")

if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx(); make_md()
    print("sources written to", K)
