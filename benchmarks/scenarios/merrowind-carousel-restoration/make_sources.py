"""Generate the four knowledge sources of the merrowind-carousel-restoration scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder)."""
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
doc = Document()
doc.styles["Normal"].font.size = Pt(10)
doc.add_heading("Merrowind Carousel Works - Restoration Methodology and Conservation Standards", 0)
doc.add_paragraph("Document MCW-QM-03, Revision 4, March 2025. Applies to all carousel restoration contracts "
                  "for carved figures (horses, cockerels, chariots), scenery (rounding boards, shutters, centre "
                  "panels) and mechanical gallop gear.")
sections = [
 ("1. Condition survey (MCW-SURV-01)", [
  "The condition survey is carried out by two surveyors over 3 days on site. It includes a photographic record "
  "of every figure, paint cross-section sampling of up to 8 figures, ultrasonic testing of the centre pole and "
  "sweeps, and a load-path check of the platform bearers.",
  "The written survey report is delivered within 15 working days of the last site day. It grades each figure "
  "A (sound), B (refresh suitable) or C (full restoration required) and confirms the final split between full "
  "restoration and refresh.",
  "The survey fee is credited in full against the restoration contract if the contract is signed within 90 days "
  "of the survey report date. No credit is given after 90 days."]),
 ("2. Full horse restoration (MCW-HRS-REST)", [
  "Paint is stripped to bare timber with hot air and solvent gel; caustic dipping is never used because it "
  "raises the grain and dissolves hide-glue joints. Open joints are re-glued with hot hide glue.",
  "Replacement timber is matched basswood or yellow pine. Timber replacement of up to 15% of the figure volume "
  "is included in the price; additional carving and timber repair beyond that is charged at £68 per hour and "
  "is only carried out after written approval.",
  "Finishing: gesso and oil primer, hand painting in the agreed scheme, gilding in 23.5 carat loose gold leaf "
  "on oil size, replacement of glass jewels, and two coats of UV-stable conservation varnish.",
  "A full restoration takes an average of 9 working days per figure. The workshop has a capacity of 4 figures "
  "in parallel, so 12 figures occupy roughly 6 weeks of the workshop programme."]),
 ("3. Horse refresh (MCW-HRS-LITE)", [
  "The figure is cleaned with a pH-neutral detergent, flaking paint is consolidated with sturgeon glue or "
  "Paraloid B-72, losses under 10% of the painted surface are in-painted, and one coat of varnish is applied.",
  "A refresh takes 2.5 working days per figure and can be done in our workshop or on site in a heated space of "
  "at least 12 °C.",
  "If the figure shows more than 10% paint loss or structural cracking in the legs, we recommend upgrading it to "
  "full restoration and will not proceed without the client's written approval of the price difference."]),
 ("4. Colour scheme approval", [
  "Before painting starts we supply a painted sample board and a digital mock-up of the outer-row horses. The "
  "client has 10 working days to approve the colour scheme. If approval is later than that, the workshop slot "
  "moves back by the length of the delay and the re-commissioning date moves with it."]),
 ("5. Historic fabric", [
  "Original carving is always retained. Figures bearing a carver's signature or maker's mark receive a "
  "conservation approach: paint layers are documented and a window of original paint is kept on the underside "
  "of the belly unless the client instructs otherwise in writing."]),
 ("6. Cranks and gallop gear (MCW-CRNK-OVH)", [
  "Each crank is removed and crack-tested by magnetic particle inspection. Bronze bushes are replaced, journals "
  "are re-machined where wear exceeds 0.4 mm, and the brass rod sleeves are renewed.",
  "Cranks that fail magnetic particle inspection cannot be repaired; they are replaced with new forged cranks "
  "(MCW-CRNK-NEW) at £410 each, which is not included in the overhaul price."]),
 ("7. Scenery (MCW-SCEN-GLD)", [
  "Rounding boards and shutters are repainted and gilded with 23.5 carat gold leaf. Bevelled mirrors can be "
  "re-silvered as an option at £185 per mirror (MCW-MIRR-SLV)."]),
]
for h, paras in sections:
    doc.add_heading(h, level=1)
    for p in paras:
        doc.add_paragraph(p)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, v in zip(t.rows[0].cells, ["Stage", "Typical duration", "Client input"]):
    c.text = v
for row in [("Condition survey", "3 days on site", "Site access, power"),
            ("Survey report", "15 working days", "None"),
            ("Colour scheme approval", "10 working days", "Written approval"),
            ("Full restoration", "9 working days per figure", "None"),
            ("Refresh", "2.5 working days per figure", "None")]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
doc.save(os.path.join(K, "restoration-methodology.docx"))

# ---------------------------------------------------------------- PDF
ss = getSampleStyleSheet()
story = [Paragraph("Merrowind Carousel Works - Warranty, Commissioning and Aftercare Terms", ss["Title"]),
         Paragraph("Reference MCW-TC-07, effective 1 April 2025. These terms form part of every restoration "
                   "contract unless the quote states otherwise.", ss["Normal"]), Spacer(1, 8)]
pdf_sections = [
 ("1. Workmanship warranty", [
  "Paint and gilding: 24 months from the re-commissioning date for rides operated indoors or under a canopy; "
  "12 months for figures exposed to direct weather.",
  "Mechanical overhaul (cranks, bushes, rod sleeves): 24 months or 1,500 operating hours, whichever comes first.",
  "Drive electrics (MCW-DRV-ELEC): 36 months on the variable frequency drive and motor (manufacturer warranty "
  "passed through to the client) and 12 months on control wiring and panel workmanship."]),
 ("2. Exclusions", [
  "The warranty does not cover damage from pressure washing or unapproved solvent cleaning, riders standing on "
  "figures, vandalism, modifications by third parties, or operation above the locked maximum platform speed "
  "of 5.5 rpm."]),
 ("3. Claims", [
  "Defects must be reported in writing within 14 days of discovery, with photographs. Outside the operating "
  "season we attend within 10 working days. During the season (Easter to 31 October) we attend safety-critical "
  "faults within 72 hours."]),
 ("4. Commissioning", [
  "After re-erection Merrowind carries out a 2-day commissioning: a 4-hour dynamic test run at rated speed with "
  "sandbag loading equivalent to 75 kg per seat, brake and emergency-stop tests, and a check of every crank "
  "and rod. We then issue a Commissioning Certificate and an updated design risk assessment.",
  "The annual independent inspection (ADIPS Declaration of Operational Compliance) is arranged and paid by the "
  "operator and is not included in restoration quotes. If the operator wishes, a Merrowind engineer will attend "
  "the inspection at a day rate of £780."]),
 ("5. Storage and delivery", [
  "If the client cannot accept delivery on the agreed date, restored figures and parts are stored free of "
  "charge for 14 days; after that storage is charged at £95 per week."]),
 ("6. Insurance while in our care", [
  "Figures in our workshop or in transit are insured at an agreed value of up to £12,000 per figure. Figures of "
  "higher value must be declared in writing before collection so that cover can be extended."]),
]
for h, paras in pdf_sections:
    story.append(Paragraph(h, ss["Heading2"]))
    for p in paras:
        story.append(Paragraph(p, ss["Normal"]))
        story.append(Spacer(1, 4))
story.append(Paragraph("Summary of warranty periods", ss["Heading2"]))
story.append(Table([["Scope", "Period"],
                    ["Paint and gilding, covered ride", "24 months"],
                    ["Paint and gilding, exposed", "12 months"],
                    ["Mechanical overhaul", "24 months / 1,500 hours"],
                    ["VFD and motor", "36 months"],
                    ["Control wiring", "12 months"]]))
SimpleDocTemplate(os.path.join(K, "warranty-commissioning-terms.pdf"), pagesize=A4).build(story)

# ---------------------------------------------------------------- XLSX
wb = Workbook()
ws = wb.active
ws.title = "Price List 2025-26"
ws.append(["Merrowind Carousel Works - Price List 2025-26 (GBP, excluding VAT)"])
ws["A1"].font = Font(bold=True, size=13)
ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Lead time (weeks)", "Notes"])
for r in [
 ("MCW-SURV-01", "Condition survey and structural assessment", "per ride", 4850.00, 3, "Credited if contract signed within 90 days of report"),
 ("MCW-HRS-REST", "Full horse restoration", "per figure", 3450.00, 14, "Includes timber replacement up to 15% of figure volume"),
 ("MCW-HRS-LITE", "Horse refresh (clean, consolidate, in-paint)", "per figure", 1180.00, 6, "Paint loss under 10% only"),
 ("MCW-CHR-REST", "Chariot / gondola full restoration", "per chariot", 5900.00, 16, ""),
 ("MCW-CRNK-OVH", "Crank and gallop gear overhaul", "per crank", 265.00, 8, "Includes magnetic particle inspection"),
 ("MCW-CRNK-NEW", "Replacement forged crank", "each", 410.00, 10, "Only where a crank fails inspection"),
 ("MCW-SCEN-GLD", "Rounding board / shutter repaint and gilding", "per panel", 720.00, 10, "23.5 carat gold leaf"),
 ("MCW-MIRR-SLV", "Mirror re-silvering", "per mirror", 185.00, 4, "Optional"),
 ("MCW-DRV-ELEC", "Drive conversion to 400 V VFD with soft start", "per ride", 18900.00, 12, "Cable run up to 25 m included"),
 ("MCW-ORG-TUNE", "Band organ service and retune", "per organ", 2600.00, 5, ""),
 ("MCW-ORG-BOOK", "New music book (40 bars)", "per book", 640.00, 8, ""),
 ("MCW-TRANS-INST", "Transport, dismantle and re-erect (return)", "per move", 6400.00, None, "Up to 250 miles from Bridgwater workshop; beyond at £4.20 per mile"),
 ("MCW-LED-CONV", "LED lamp conversion, 2700 K warm white", "per lamp", 14.50, 2, ""),
 ("MCW-MAINT-PLAN", "Annual maintenance plan", "per year", 3950.00, None, "Minimum term 2 seasons"),
]:
    ws.append(list(r))
ws.append([])
ws.append(["Volume discounts: 10% on 10 or more figures of the same SKU; 5% on 30 or more cranks. Not combinable with maintenance plan parts discount."])
for col, w in zip("ABCDEF", [17, 46, 12, 16, 17, 60]):
    ws.column_dimensions[col].width = w
ws2 = wb.create_sheet("Drive Spec")
ws2.append(["MCW-DRV-ELEC - Drive conversion technical specification"])
ws2["A1"].font = Font(bold=True, size=13)
ws2.append(["Parameter", "Value"])
for r in [("Motor", "11 kW, 4-pole, IE3 efficiency class"),
          ("Supply required", "400 V 3-phase 50 Hz, 32 A per phase"),
          ("Soft start ramp", "8 to 15 s, adjustable"),
          ("Maximum platform speed", "5.5 rpm (locked in drive parameters)"),
          ("Emergency stop", "Category 0 and category 1 stops, two operator stations"),
          ("Band organ feed", "Separate 230 V 16 A circuit"),
          ("Control panel enclosure", "IP55"),
          ("Cable run included", "Up to 25 m from supply point; beyond at £38 per metre"),
          ("Original centre engine", "Retained as a decorative display, not connected")]:
    ws2.append(list(r))
ws2.column_dimensions["A"].width = 26
ws2.column_dimensions["B"].width = 60
wb.save(os.path.join(K, "price-list-and-drive-spec.xlsx"))

# ---------------------------------------------------------------- Markdown KB article
md = """# Seasonal care of your restored carousel

*Merrowind Carousel Works knowledge base - article KB-112, updated February 2025*

## Daily checks during the season
- Walk the platform before opening and check every horse for loose poles, chipped paint and missing jewels.
- Listen for knocking at the cranks during the first slow revolution; a knock usually means a worn bush.
- Check the emergency stops at both operator stations.

## Cleaning the figures
Use a soft cloth dampened with a pH-neutral detergent, then dry immediately. Never use pressure washers, steam
cleaners, ammonia or solvent cleaners: they lift gold leaf and void the paint and gilding warranty.

## Lubrication
Grease the crank bearings every 40 operating hours with a lithium-complex grease of grade NLGI 2. Wipe surplus
grease from the brass rod sleeves so it does not run onto the horses.

## Winter storage
Store figures at 8 to 18 °C and a relative humidity of 45 to 60%. Cover them with breathable cotton dust sheets,
never polythene, which traps condensation. Stand figures on their poles or on padded cradles, never on the legs.

## Band organ
Keep music books flat in their box at the same humidity as the figures. Run the organ for at least 20 minutes once
a month over winter to keep the bellows leather supple.

## Annual maintenance plan (MCW-MAINT-PLAN)
The plan costs £3,950 per year with a minimum term of 2 seasons and includes:
- two visits: a pre-season visit in March and a mid-season visit in July;
- touch-in of up to 20 minor paint chips per visit;
- inspection of every crank and rod, and one organ tuning per year;
- 15% off parts ordered during the plan.

## Call-outs outside the plan
Emergency call-outs for clients without a plan are charged at £120 per hour on site plus £0.85 per mile from
our Bridgwater workshop.
"""
with open(os.path.join(K, "seasonal-care-kb.md"), "w") as f:
    f.write(md)
print("ok")
