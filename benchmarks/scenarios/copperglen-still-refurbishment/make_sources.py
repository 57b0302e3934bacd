"""Generate the four knowledge sources for the copperglen-still-refurbishment scenario.

Run: PYTHONPATH=<reportlab dir> /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch --target folder)
"""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Copperglen Stillworks Ltd - Refurbishment Service Terms & Warranty", 0)
    d.add_paragraph("Document CG-ST-07, Revision 7, issued January 2026. These terms apply to every quotation "
                    "for still, condenser and steam-coil refurbishment issued by Copperglen Stillworks Ltd, "
                    "Unit 4 Spey Road Industrial Estate, Aberlour, unless a signed variation says otherwise.")
    d.add_heading("1. Scope", 1)
    d.add_paragraph("The works comprise the survey, fabrication, delivery, installation and testing of the copper "
                    "and steam components listed in the quotation. Cranage, scaffolding inside the stillhouse and "
                    "hot-works supervision are included only where the quotation lists them. Civil works, "
                    "building alterations, lagging of pipework outside the still and any HMRC notification are "
                    "the distiller's responsibility.")
    d.add_heading("2. Payment schedule", 1)
    d.add_paragraph("Unless the quotation states otherwise, payment is due in three stages: 30% on order; 40% on "
                    "delivery of fabricated copper to site; 30% on successful hydrostatic test. Each invoice is "
                    "payable net 30 days. Overdue sums carry interest at 4% over the Bank of England base rate. "
                    "Maintenance plans are invoiced annually in advance, the first year on the date of the "
                    "hydrostatic test certificate.")
    d.add_heading("3. Copper price adjustment", 1)
    d.add_paragraph("Quoted prices are based on an LME copper cash settlement price of £7,400 per tonne. If the "
                    "LME cash settlement price on the fabrication start date exceeds £8,200 per tonne, a copper "
                    "adjustment is invoiced with the delivery stage: the difference between that price and "
                    "£7,400 per tonne, multiplied by the invoiced copper weight of the fabricated items. No "
                    "adjustment is made below the threshold and no credit is given if the price falls. "
                    "The fabrication start date is confirmed in writing at least 10 working days in advance.")
    d.add_heading("4. Warranty", 1)
    d.add_paragraph("Copperglen warrants its work against defects in materials and workmanship for the "
                    "following periods, counted from the date of the hydrostatic test certificate:")
    for t in ["Fabricated copper components (pots, shoulders, swan necks, lyne arms): 5 years against weld "
              "and seam defects.",
              "Shell-and-tube condenser retubes: 3 years, including tube-to-tubeplate joints.",
              "Steam coils and steam kettles: 2 years.",
              "Installation workmanship (flanges, gaskets, supports, pipe connections): 12 months."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Exclusions: normal thinning of copper through sulphur scavenging and erosion is not a "
                    "defect; collapse or deformation caused by vacuum when an anti-collapse valve is blocked, "
                    "missing or isolated; damage from firing a still without charge; damage from cleaning-in-"
                    "place chemicals at a concentration above 2% caustic or any chlorinated cleaner; repairs by "
                    "third parties. A warranty claim must be notified in writing within 14 days of discovery; "
                    "Copperglen attends within 5 working days to inspect.")
    d.add_heading("5. Liability", 1)
    d.add_paragraph("Copperglen's total liability under the contract is limited to the contract value. "
                    "Consequential loss, including lost production, lost spirit, duty and loss of profit, is "
                    "excluded. Nothing limits liability for death or personal injury caused by negligence.")
    d.add_heading("6. Site readiness and standby", 1)
    d.add_paragraph("The distiller must have the stills drained, steam-cleaned, isolated and certified spirit-"
                    "free before the crew arrives. If the crew cannot start or continue because the site is not "
                    "ready, standby is charged at £1,950 per crew day, and the programme moves by the same "
                    "number of days.")
    d.add_heading("7. Cancellation", 1)
    d.add_paragraph("An order may be cancelled without charge within 14 days of the order date provided "
                    "fabrication has not started. After fabrication has started, 35% of the price of each "
                    "fabricated item is non-refundable, plus any copper already purchased at cost. Survey and "
                    "test work already carried out is charged in full.")
    d.add_heading("8. CopperCare maintenance plan", 1)
    d.add_paragraph("CopperCare is sold for a minimum of 3 years. Each year includes 2 inspection visits (one "
                    "during the silent season), an ultrasonic thickness check of up to 4 vessels per visit, a "
                    "written condition report, a 15% discount on spare parts and a 24/7 telephone line. "
                    "Emergency response: an engineer on site within 48 hours of a call for a leak or loss of "
                    "containment. Crew days for repairs are charged at the rates in force, less 10%.")
    d.save(os.path.join(K, "copperglen-service-terms.docx"))

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    h, p = ss["Heading2"], ss["BodyText"]
    doc = SimpleDocTemplate(os.path.join(K, "method-statement-MS-CG-014.pdf"), pagesize=A4,
                            title="Method Statement MS-CG-014")
    s = [Paragraph("Copperglen Stillworks - Method Statement & Technical Specification MS-CG-014", ss["Title"]),
         Paragraph("Still, condenser and steam-coil refurbishment. Revision 3, November 2025.", p)]
    def sec(title, *paras):
        s.append(Paragraph(title, h))
        for x in paras:
            s.append(Paragraph(x, p))
            s.append(Spacer(1, 4))
    sec("1. Materials",
        "All new copper is C106 phosphorus-deoxidised copper (EN designation CW024A), supplied with a 3.1 mill "
        "certificate. Standard plate thickness: swan necks and lyne arms 6 mm; shoulders 8 mm; wash still pot "
        "bases 10 mm; spirit still pot bases 8 mm. Welds are TIG-fusion welded with C106 filler; brazed joints "
        "use silver-free phosphor-copper alloy. Flange gaskets are PTFE envelope type, food-contact approved.")
    sec("2. Condemning thresholds",
        "A section is condemned and replaced when the measured thickness falls below 3.0 mm on swan necks and "
        "lyne arms, or below 4.5 mm on shoulders and pots, or when thinning exceeds 40% of the original "
        "thickness anywhere. Pitting deeper than 1.5 mm within 300 mm of a weld is also grounds for replacement.")
    sec("3. Ultrasonic thickness survey",
        "Measurements are taken on a 100 mm grid on shoulders and on a 150 mm grid elsewhere, with a calibrated "
        "dual-element probe. The stills must be cold (below 40 C) and dry. A survey of one still takes one day "
        "on site; the written report with a thickness map is issued within 5 working days.")
    sec("4. Fabrication lead times (from signed order and approved drawing)",
        "Swan neck: 14 weeks. Shoulder and lyne arm: 16 weeks. Full pot replacement: 22 weeks. Condenser "
        "retube: 8 weeks. Steam coil or kettle: 6 weeks. Lead times assume drawing approval by the distiller "
        "within 10 working days of issue; later approval moves delivery week for week.")
    sec("5. Site sequence",
        "Day 1-2: rigging, removal of lyne arm and neck through the roof hatch or stillhouse door. Day 3-6: "
        "cut-out of condemned sections and fit-up of new copper. Day 7-9: welding, NDT dye-penetrant check of "
        "every weld. Day 10-11: reconnection, condenser and coil installation. Day 12: hydrostatic test and "
        "handover. Cranage up to 25 tonnes capacity is included; larger cranes, road closures or roof removal "
        "are at the distiller's cost.")
    sec("6. Hot works and safety",
        "Hot works are only started under the distiller's permit-to-work once the vessel has a spirit-free "
        "certificate showing an ethanol vapour reading below 10% of the lower explosive limit (LEL). Gas "
        "monitoring is continuous during welding. A fire watch remains for 60 minutes after hot works stop.")
    sec("7. Hydrostatic test and certification",
        "Stills are hydrostatically tested at 1.5 times design pressure, held for 30 minutes with no visible "
        "leak or pressure drop. Steam coils are tested at 10 bar g. Condensers are shell-tested at 1.5 times "
        "design pressure. A test certificate is issued on the day and the vessel records are updated for the "
        "distiller's written scheme of examination under the Pressure Systems Safety Regulations 2000.")
    s.append(Table([["Component", "Test", "Hold"], ["Still (pot, neck, lyne arm)", "1.5 x design pressure", "30 min"],
                    ["Steam coil / kettle", "10 bar g", "30 min"], ["Condenser shell", "1.5 x design pressure", "30 min"]]))
    doc.build(s)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price List 2026"
    ws.append(["Copperglen Stillworks - 2026 Price List (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["SKU", "Description", "Unit", "List price GBP", "Lead time"])
    rows = [
        ("CG-WS-SHLA-12", "Wash still shoulder & lyne arm re-coppering, 12,000 L", "each", 48500, "16 weeks"),
        ("CG-WS-POT-12", "Wash still full pot replacement, 12,000 L", "each", 62000, "22 weeks"),
        ("CG-SS-NECK-8", "Spirit still swan neck replacement, 8,000 L, 6 mm copper", "each", 36200, "14 weeks"),
        ("CG-SS-NECK-6", "Spirit still swan neck replacement, 6,000 L, 6 mm copper", "each", 29800, "14 weeks"),
        ("CG-SHT-RT132", "Shell-and-tube condenser retube, 132 tubes", "each", 14750, "8 weeks"),
        ("CG-STM-COIL", "Steam coil replacement, copper, up to 12,000 L still", "each", 9800, "6 weeks"),
        ("CG-PUR-KIT", "Purifier pipe retrofit kit on lyne arm", "each", 7900, "10 weeks"),
        ("CG-ACV-65", "Anti-collapse valve, DN65, fitted", "each", 640, "2 weeks"),
        ("CG-SG-100", "Sight glass replacement, 100 mm", "each", 1850, "3 weeks"),
        ("CG-UT-SURV", "Ultrasonic thickness survey with report", "per still", 1450, "2 weeks"),
        ("CG-HYD-TEST", "Hydrostatic pressure test & certificate", "per vessel", 1150, "on site"),
        ("CG-INS-DAY", "Site installation crew, 4 persons, weekday", "per day", 3250, "-"),
        ("CG-CARE-3Y", "CopperCare maintenance plan (minimum 3 years)", "per year", 6400, "-"),
    ]
    for r in rows:
        ws.append(list(r))
    for c, w in zip("ABCDE", (16, 58, 12, 16, 12)):
        ws.column_dimensions[c].width = w
    ws2 = wb.create_sheet("Copper Specs")
    ws2.append(["Copperglen Stillworks - Copper component specifications (C106 / CW024A)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Component", "New plate thickness (mm)", "Condemn below (mm)", "Approx. copper weight (kg)"])
    for r in [("Swan neck, 8,000 L spirit still", 6, 3.0, 410),
              ("Swan neck, 6,000 L spirit still", 6, 3.0, 340),
              ("Lyne arm, standard 4.5 m", 6, 3.0, 150),
              ("Shoulder, 12,000 L wash still", 8, 4.5, 620),
              ("Pot base, 12,000 L wash still", 10, 4.5, 1150),
              ("Pot base, 8,000 L spirit still", 8, 4.5, 780)]:
        ws2.append(list(r))
    ws2.column_dimensions["A"].width = 36
    ws3 = wb.create_sheet("Crew Rates")
    ws3.append(["Copperglen Stillworks - Crew day rates 2026 (4-person crew, GBP excl. VAT)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append(["Day type", "Rate per crew day GBP", "Notes"])
    for r in [("Weekday (Mon-Fri)", 3250, "08:00-18:00, travel and accommodation included"),
              ("Saturday", 4550, "must be booked 10 working days ahead"),
              ("Sunday / bank holiday", 6500, "subject to crew availability"),
              ("Standby (site not ready)", 1950, "per crew day lost")]:
        ws3.append(list(r))
    ws3.column_dimensions["A"].width = 28
    ws3.column_dimensions["C"].width = 48
    wb.save(os.path.join(K, "copperglen-price-list-2026.xlsx"))

# ---------------------------------------------------------------- MD
MD = """# Planning your silent season: before, during and after a still refurbishment

*Copperglen Stillworks knowledge base - article KB-112, updated January 2026*

## Before the crew arrives
- **HMRC.** An alteration to a registered still must be notified to HMRC in writing at least 14 days before work
  begins. Copperglen supplies the drawings and the vessel capacity certificate, but the notification itself is the
  distiller's responsibility.
- **Site readiness.** Drain the stills, steam-clean them for at least 4 hours, lock out steam and spirit lines, and
  obtain a spirit-free certificate. Strip any lagging from the lyne arm and condenser connections.
- **Access.** Confirm the removal route (roof hatch or stillhouse door) at the survey; any crane above 25 tonnes is
  arranged by the distiller.

## Keeping your spirit character
We replicate the existing neck and lyne-arm geometry to within 3 mm using a 3D laser scan taken during the survey,
including the angle of the lyne arm and the position of any boil ball. A deliberate change in geometry (for example a
steeper lyne arm or a purifier pipe) must be agreed in writing, and the resulting spirit character is outside the
warranty.

## Running in new copper
1. Passivate: boil a 2% citric acid solution in the still for 2 hours, then rinse twice with clean water.
2. Run two water boils, then one sacrificial wash charge; send its low wines to the feints receiver.
3. New-make from the first 3 spirit runs may carry a metallic or sulphury note; most distillers return it to the
   low wines and feints receiver until the heart cut stabilises.

## Your old copper
Removed copper stays the distiller's property. If you elect the scrap credit, we buy it back at 85% of the LME copper
price on the day of weighing, less £180 per tonne handling, and the credit is set against the final invoice. Items with
historic value (a maker's plate, a dated door) are set aside on request.

## After handover
Keep the hydrostatic test certificate with your written scheme of examination. Book the first CopperCare visit about
6 months after handover, when early erosion around new welds becomes measurable.
"""

if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx()
    with open(os.path.join(K, "silent-season-planning.md"), "w") as f:
        f.write(MD)
    print("ok")
