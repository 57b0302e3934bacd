"""Generate the knowledge sources of the dilaron-expansion-joints scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from the scratch folder)."""
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

# ---------------------------------------------------------------- DOCX: method statement
d = Document()
d.add_heading("Method Statement and Programme MS-2025-117", 0)
d.add_paragraph("Marrow Creek Viaduct (A14) - replacement of five expansion joint lines. "
                "Prepared by Dilaron Joint Systems B.V., Site Engineering, for Veldhaven Regional Road Authority. Revision B, 12 May 2025.")
d.add_heading("1. Scope", 1)
d.add_paragraph("The viaduct carries three lanes and a hard shoulder per carriageway. Five joint lines of approximately 15.0 m each are replaced: "
                "J1 and J5 at the abutments with modular 3-gap joints DLX-MJ-240 (total movement 240 mm), and J2, J3 and J4 at the piers with "
                "single-gap strip-seal joints DLX-SG-80 (movement 80 mm). Polymer-concrete nosing DLX-NOS-EPC is cast on both sides of each "
                "strip-seal joint; the modular joints are cast into reinforced concrete blockouts and receive no nosing.")
d.add_heading("2. Working windows", 1)
d.add_paragraph("All work on the carriageway takes place under night closures from 21:00 to 05:30, Sunday to Thursday nights only. "
                "Each joint is built in two halves (half-width construction) so that at least two lanes stay open at all times. "
                "Between shifts the open half is covered with steel traffic plates rated for 40 t gross vehicle weight, bolted and ramped at 1:10.")
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Activity", "Night shifts", "Notes"]):
    c.text = h
for row in [("Modular joint line (J1, J5)", "4 per line", "2 shifts per half: break-out and setting, then blockout concrete"),
            ("Strip-seal joint line (J2-J4)", "2 per line", "1 shift per half including nosing cast"),
            ("Set-up, survey, seal insertion and ride test", "4 in total", "first two and last two nights of the programme"),
            ("Total", "18 night shifts", "as priced in quote line DLX-TM-NS")]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
d.add_heading("3. Sequence of work", 1)
for s in ["Saw-cut the surfacing 300 mm either side of the existing joint; break out with hand-held breakers of maximum 15 kg so that deck reinforcement is not damaged.",
          "Remove and dispose of the existing joint as non-hazardous waste (quote line DLX-REM-01). Hold point HP1: the owner's engineer inspects the exposed reinforcement before new steel is fixed.",
          "Set the new joint to the gap for the shade temperature at installation, read from the Dilaron presetting chart. Hold point HP2: level and gap setting checked and signed before casting.",
          "Modular joints: cast the blockout in rapid-hardening C45/55 concrete; traffic plates are removed only when cubes reach 25 MPa, typically 4 hours after casting at 15 degrees C.",
          "Strip-seal joints: cast the epoxy polymer-concrete nosing. Traffic may run on the nosing 6 hours after casting at 20 degrees C, or 10 hours at 10 degrees C.",
          "Tie the deck waterproofing membrane into the joint and fit the drainage trough (quote line DLX-WP-DT)."]:
    d.add_paragraph(s, style="List Number")
d.add_heading("4. Weather and environmental limits", 1)
d.add_paragraph("Polymer-concrete nosing is not cast in rain, when the deck surface temperature is below 5 degrees C, or when the deck surface "
                "is within 3 K of the dew point. Blockout concrete is not placed when the air temperature is below 3 degrees C and falling. "
                "Within 150 m of dwellings, breakers are used only between 22:00 and 02:00. A lost night caused by weather is added at the end of the programme.")
d.add_heading("5. What the Road Authority provides", 1)
d.add_paragraph("The lane closure permit and traffic order, applied for at least 4 weeks before the first closure; the existing as-built "
                "drawings and the last principal inspection report; access to the bridge drainage outfalls; and a site compound of 200 m2 "
                "within 1 km of the viaduct. Dilaron provides traffic management staff, signs, cones and impact-protection vehicles.")
d.add_heading("6. Acceptance", 1)
d.add_paragraph("Hold point HP3 (acceptance): ride quality is checked with a 3 m straightedge; the step between joint and surfacing must not "
                "exceed 2 mm. Each joint line passes a 2-hour flood test without leakage below the deck. The acceptance certificate is signed "
                "jointly on site; the warranty period starts on that date.")
d.add_heading("7. Programme", 1)
d.add_paragraph("Installation is planned for March-April 2026. Modular joints have a 14-week manufacturing lead time from approved shop drawings; "
                "shop drawings are issued 3 weeks after order.")
for p in d.paragraphs:
    for r in p.runs:
        r.font.size = Pt(10)
d.save(os.path.join(K, "method-statement-marrow-creek.docx"))

# ---------------------------------------------------------------- PDF: warranty & aftercare
st = getSampleStyleSheet()
body = st["BodyText"]
story = [Paragraph("Dilaron Warranty and Aftercare Terms DLX-WT-2025", st["Title"]),
         Paragraph("Applies to expansion joints, nosing and aftercare plans supplied by Dilaron Joint Systems B.V. from 1 January 2025.", body),
         Spacer(1, 8)]
sections = [
 ("1. Warranty periods", [
  "Modular joints (DLX-MJ series): 10 years on steel centre beams, support bars and welded connections; 5 years on elastomeric seal profiles.",
  "Strip-seal joints (DLX-SG series): 7 years on steel edge profiles and anchorages; 5 years on the seal profile.",
  "Polymer-concrete nosing (DLX-NOS series): 3 years against debonding and against cracks wider than 0.3 mm.",
  "All warranty periods start on the date of the signed acceptance certificate. Repaired or replaced parts carry the remainder of the original period, minimum 12 months."]),
 ("2. Exclusions", [
  "The warranty does not cover: damage caused by snowplough blades not fitted with rubber or polyurethane wear edges; vertical misalignment "
  "exceeding 3 mm caused by deck settlement or bearing failure; vehicle fires, fuel or chemical spills; corrosion or seal failure caused by "
  "blocked drainage troughs where the owner has not cleaned them as set out in section 4; and any modification or repair carried out by third parties."]),
 ("3. Claims", [
  "Defects must be notified in writing within 30 days of discovery. Dilaron inspects within 10 working days and, where a defect is a hazard "
  "to traffic, makes it safe first and agrees the permanent repair afterwards. Traffic management for warranty repairs is provided by Dilaron at no charge."]),
 ("4. Owner maintenance obligations", [
  "The owner cleans the drainage troughs at least twice a year (spring and autumn), removes stones and debris from the gaps, and keeps a log "
  "of cleaning dates that is shown on request."]),
 ("5. Inspection and maintenance plan DLX-INSP-5Y", [
  "Two inspection visits per year for 5 years (10 visits in total). Each visit includes gap measurement at 3 points per joint line, "
  "seal condition check, bolt torque check on a 10% sample of anchor bolts, drainage trough check and a photographic report issued within 7 working days.",
  "Emergency callout: 24/7, with a crew on site within 8 hours to make safe. Up to 3 callouts per year are included; further callouts are charged at EUR 1,450 each.",
  "Labour for minor repairs found during visits is included; replacement seal profiles and steel parts are charged at list price less 15%.",
  "The plan is invoiced annually in advance and may be extended by further 5-year periods at the list price applying at the time."]),
 ("6. Liability", [
  "Liability, indemnities, caps and liquidated damages are governed exclusively by the contract signed between the parties and are not described in this document."]),
]
for h, paras in sections:
    story.append(Paragraph(h, st["Heading2"]))
    for p in paras:
        story.append(Paragraph(p, body))
        story.append(Spacer(1, 4))
story.append(Spacer(1, 8))
story.append(Table([["Product family", "Steel parts", "Seals", "Nosing"],
                    ["DLX-MJ modular", "10 years", "5 years", "-"],
                    ["DLX-SG strip seal", "7 years", "5 years", "3 years"]]))
SimpleDocTemplate(os.path.join(K, "warranty-aftercare-terms.pdf"), pagesize=A4, title="Dilaron Warranty and Aftercare Terms").build(story)

# ---------------------------------------------------------------- XLSX: product & price list
wb = Workbook()
ws = wb.active
ws.title = "Joints"
ws.append(["Dilaron Product and Price List 2025 - expansion joints (EUR, excl. VAT)"])
ws["A1"].font = Font(bold=True, size=13)
ws.append(["SKU", "Product", "Gaps", "Movement capacity (mm)", "Max vertical offset (mm)", "Weight (kg/m)", "List price (EUR/m)", "Lead time", "Approval"])
for r in [["DLX-SG-80", "Strip-seal single-gap joint", 1, "80 mm", 10, 68, 1240, "8 weeks", "EAD 120112-00-0107"],
          ["DLX-SG-100", "Strip-seal single-gap joint, heavy edge profile", 1, "100 mm", 10, 84, 1410, "8 weeks", "EAD 120112-00-0107"],
          ["DLX-MJ-160", "Modular 2-gap joint", 2, "160 mm", 15, 298, 3620, "12 weeks", "EAD 120112-00-0107"],
          ["DLX-MJ-240", "Modular 3-gap joint", 3, "240 mm", 15, 412, 4850, "14 weeks", "EAD 120112-00-0107"],
          ["DLX-MJ-240S", "Modular 3-gap joint with sinus noise-reduction plates", 3, "240 mm", 15, 455, 5390, "16 weeks", "EAD 120112-00-0107"],
          ["DLX-MJ-320", "Modular 4-gap joint", 4, "320 mm", 20, 530, 6100, "16 weeks", "EAD 120112-00-0107"]]:
    ws.append(r)
ws2 = wb.create_sheet("Nosing and services")
ws2.append(["Dilaron Product and Price List 2025 - nosing, works and services"])
ws2["A1"].font = Font(bold=True, size=13)
ws2.append(["SKU", "Item", "Unit", "List price (EUR)", "Remarks"])
for r in [["DLX-NOS-EPC", "Epoxy polymer-concrete nosing", "m (per side)", 185, "open to traffic after 6 hours at 20 degrees C"],
          ["DLX-NOS-PMMA", "Rapid PMMA nosing", "m (per side)", 240, "open to traffic after 1 hour; minimum deck temperature 0 degrees C"],
          ["DLX-REM-01", "Removal and disposal of existing joint", "m", 310, "asbestos-containing bedding charged separately"],
          ["DLX-TM-NS", "Traffic management, night-shift lane closure", "shift", 2950, "21:00-05:30; weekend and daytime closures priced on request"],
          ["DLX-WP-DT", "Waterproofing tie-in and drainage trough", "joint line", 1680, "stainless steel trough, EPDM flaps"],
          ["DLX-MON-S2", "Joint movement monitoring kit", "joint line", 6400, "2 displacement sensors, temperature probe, LoRaWAN gateway, 5-year battery"],
          ["DLX-INSP-5Y", "Inspection and maintenance plan, 5 years", "plan", 14500, "10 visits; emergency callout within 8 hours"]]:
    ws2.append(r)
ws3 = wb.create_sheet("Seals")
ws3.append(["Seal profiles - material data"])
ws3["A1"].font = Font(bold=True, size=13)
ws3.append(["Profile", "Used in", "Material", "Service temperature", "Expected service life", "Replacement"])
ws3.append(["DS-80", "DLX-SG-80", "EPDM", "-40 to +70 degrees C", "15 years", "1 night shift per half-joint"])
ws3.append(["DS-100", "DLX-SG-100", "EPDM", "-40 to +70 degrees C", "15 years", "1 night shift per half-joint"])
ws3.append(["MS-80", "DLX-MJ series (each gap)", "EPDM", "-40 to +70 degrees C", "12 years", "2 night shifts per half-joint"])
for w in (ws, ws2, ws3):
    for col in "ABCDEFGHI":
        w.column_dimensions[col].width = 22
wb.save(os.path.join(K, "product-price-list-2025.xlsx"))
KB_MD = '# Living with your new joints: noise, snowploughs, seals and monitoring\n\n*Dilaron knowledge base, article KB-214, updated March 2025*\n\n## Noise\nModular joints make an impulse noise when tyres strike the centre beams. The sinus (rhombic) surface plates of the\n**DLX-MJ-240S** reduce pass-by noise by up to 9 dB(A), measured at 7.5 m beside the lane at 80 km/h. The plates are\nfactory-welded: they cannot be retrofitted to an installed DLX-MJ-240, so the option must be chosen before shop\ndrawings are approved. Strip-seal joints (DLX-SG series) have a single narrow gap and need no noise plates.\n\n## Snowploughs and winter service\nAll Dilaron joints sit flush with the surfacing (maximum step 2 mm at acceptance). Ploughing over them is safe when\nthe blades carry rubber or polyurethane wear edges. Steel-edged blades can lift seal profiles and chip nosing; such\ndamage is excluded from the warranty. Salt does not harm the EPDM seals, but gritting stones collect in the gaps and\nshould be cleared at the spring drainage clean.\n\n## Seal replacement\nSeal profiles wear before the steel. A strip seal can be replaced without breaking out any concrete: the old profile\nis pulled out of the steel edge profiles and a new one is pressed in, one half-joint per night shift. Modular joint\nseals are replaced gap by gap, two night shifts per half-joint.\n\n## Monitoring kit DLX-MON-S2\n- 2 displacement sensors per joint line plus a deck temperature probe;\n- gap width and temperature logged every 10 minutes and sent over LoRaWAN to the Dilaron JointView portal;\n- alerts by e-mail and SMS when any gap closes below 10 mm or opens beyond the design maximum;\n- battery life 5 years; data can be exported as CSV and is kept for 7 years;\n- JointView access is included for 5 years from commissioning; later years are charged at EUR 390 per joint line per year.\n\n## Skid resistance\nExposed steel surfaces carry an anti-skid coating with a pendulum test value of at least 55 when new.\n'
with open(os.path.join(K, "kb-noise-snowploughs-monitoring.md"), "w") as f:
    f.write(KB_MD)
print("sources written to", K)
