"""Generate the four knowledge sources of the clausora-lab-gas-valves scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder).
"""
import os
import sys

sys.path.append("/tmp/rl")
HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX
from docx import Document
from docx.shared import Pt

d = Document()
d.styles["Normal"].font.size = Pt(10)
d.add_heading("Clausora Gas Safety Services Ltd - Service Agreement Schedule S2", 0)
d.add_paragraph("Schedule S2: Service levels, exclusions and commercial conditions for the planned maintenance of "
                "laboratory gas shut-off valves, emergency gas shut-off panels (EGSP) and associated gas detection. "
                "Version 2027.1, applies to agreements signed from 1 January 2027.")
d.add_heading("1. Scope of the planned service", 1)
for t in [
    "Each automatic solenoid shut-off valve is inspected, function-tested and leak-tested once per agreement year; "
    "manual quarter-turn isolation valves are exercised, lubricated where the manufacturer allows it, and checked for "
    "let-by.",
    "Each emergency gas shut-off panel is tested end to end: push-button stop, fume cupboard extract-failure interlock, "
    "gas detector interlock and fire alarm interface, followed by a controlled re-opening.",
    "Fixed gas detectors are bump-tested and calibrated with certified test gas; sensors older than their rated "
    "life are reported for replacement but not replaced unless a line item or a written order covers it.",
    "Consumable parts used during a visit (O-rings, gaskets, leak-detection fluid, tags) are included. Seat and seal "
    "kits, coils and complete valves are charged at the prices of the current Clausora Price & Parts List.",
]:
    d.add_paragraph(t, style="List Bullet")
d.add_heading("2. Response times for reactive call-outs", 1)
d.add_paragraph("Response times apply only where the customer holds 24/7 call-out cover (SKU CLS-OOH-CVR). They are "
                "measured from the moment the Clausora control room logs the call to the technician's arrival on site.")
tbl = d.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
for i, h in enumerate(["Priority", "Definition", "Response time"]):
    tbl.rows[0].cells[i].text = h
for row in [
    ("P1 - Emergency", "Suspected gas leak, valve failed open, EGSP unable to isolate", "On site within 4 hours, 24/7"),
    ("P2 - Urgent", "Valve failed closed, lab unable to work, detector in fault", "On site next business day"),
    ("P3 - Routine", "Sticky manual valve, labelling, minor defects", "Within 5 business days"),
]:
    cells = tbl.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
d.add_paragraph("Sites more than 80 km from the nearest Clausora depot (Reading, Leeds or Bristol) receive a P1 "
                "response within 6 hours. Without call-out cover, reactive visits are charged at the ad-hoc day "
                "rate of £680 per technician day plus parts, with no guaranteed response time.")
d.add_heading("3. Working hours, access and cancellation", 1)
d.add_paragraph("Planned visits take place Monday to Friday between 07:30 and 17:00. Planned work outside these hours "
                "is charged with a 50% uplift on labour. The customer provides a named site contact, escorted access to "
                "every laboratory and to the gas meter or cylinder store, and a permit-to-work where its own rules "
                "require one.")
d.add_paragraph("A planned visit may be rescheduled free of charge with at least 48 hours' notice. A visit cancelled "
                "with less than 48 hours' notice is charged at 50% of the ad-hoc day rate; a visit cancelled with less "
                "than 24 hours' notice, or where the technician is refused access on arrival, is charged at 100% of "
                "the ad-hoc day rate.")
d.add_heading("4. Exclusions", 1)
for t in [
    "Toxic, corrosive or pyrophoric gas services (for example silane, arsine, chlorine, ammonia) are outside the "
    "standard service and are quoted separately.",
    "Pipework replacement, new installation work and alterations to the gas distribution layout.",
    "Repairs to fume cupboards, building management systems or fire alarm panels beyond testing the interface signal.",
    "Faults caused by misuse, unauthorised modification or work by third parties.",
]:
    d.add_paragraph(t, style="List Bullet")
d.add_heading("5. Warranty", 1)
d.add_paragraph("Parts supplied by Clausora carry a 12-month warranty from the date of fitting. Workmanship is "
                "guaranteed for 90 days: if a fault recurs on a component Clausora serviced within 90 days, the "
                "return visit and labour are free of charge. The warranty does not cover sensors or coils damaged by "
                "voltage surges or by cleaning agents.")
d.add_heading("6. Commercial conditions", 1)
d.add_paragraph("Invoices are issued per visit and are payable within 30 days of the invoice date. Call-out cover is "
                "invoiced annually in advance. Prices are fixed for the first agreement year; from the second year "
                "they are adjusted on the anniversary date by the UK CPI published for the preceding January, capped "
                "at 4% per year. Either party may terminate the agreement at the end of an agreement year by giving "
                "90 days' written notice.")
d.save(os.path.join(K, "clausora-service-schedule.docx"))

# ---------------------------------------------------------------- PDF
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

ss = getSampleStyleSheet()
story = []
P = lambda t, s="BodyText": story.append(Paragraph(t, ss[s]))
P("Clausora Method Statement MS-07: Inspection and Leak-Testing of Laboratory Gas Shut-off Valves", "Title")
P("Document MS-07, revision F, issued November 2026. Applies to natural gas, hydrogen, nitrogen, argon, helium, "
  "carbon dioxide, oxygen and compressed air services in teaching and research laboratories.")
P("1. Competence", "Heading2")
P("Work on natural gas pipework is carried out by Gas Safe registered engineers. Work on cylinder and bulk "
  "technical gas systems is carried out by technicians holding the BCGA-aligned Clausora Technical Gases "
  "certificate. Each technician carries a calibrated electronic manometer (resolution 0.1 mbar) and a digital "
  "pressure gauge for lines up to 16 bar.")
P("2. Isolation and downtime", "Heading2")
P("The laboratory is isolated one isolation zone at a time. A typical isolation zone (one EGSP and up to 12 "
  "valves) is without gas for about 45 minutes. Zones with more than 12 valves, or where a valve fails and "
  "must be locked closed, may take up to 2 hours. Fume cupboard extract remains running throughout.")
P("3. Leak-test criteria", "Heading2")
t = Table([
    ["Service", "Test pressure", "Stabilisation", "Test duration", "Pass criterion"],
    ["Low-pressure natural gas (21 mbar)", "1.5 x working pressure, max 150 mbar", "1 min", "2 min",
     "drop not more than 0.5 mbar"],
    ["Cylinder / technical gas lines", "working pressure, up to 10 bar", "5 min", "15 min",
     "drop not more than 1% of test pressure"],
    ["Oxygen lines", "working pressure, oil-free nitrogen as test medium", "5 min", "15 min",
     "drop not more than 1% of test pressure"],
], colWidths=[105, 115, 70, 60, 130])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
story.append(t)
P("4. Function tests", "Heading2")
P("Each normally-closed solenoid shut-off valve must close within 1 second of de-energising, measured by the "
  "downstream pressure trace. A valve closing more slowly, or showing let-by across the seat, fails the test. "
  "The EGSP fume cupboard extract-failure interlock must close the gas valves within 3 seconds of the airflow "
  "alarm. The manual re-set must not re-open gas until every burner tap in the zone has been confirmed closed "
  "(proving system).")
P("5. Gas detection set points", "Heading2")
P("Detectors are bump-tested and, where the reading deviates by more than 10% of the applied test gas, "
  "calibrated. Standard alarm set points verified on each visit: oxygen depletion low alarm at 19.5% O2; "
  "hydrogen at 10% LEL (first stage) and 20% LEL (second stage, closes the EGSP); carbon monoxide at 30 ppm. "
  "Set points requested by the customer's own risk assessment are honoured if recorded on the asset register.")
P("6. Failed valves", "Heading2")
P("A valve that fails the leak or function test is locked closed, fitted with a red DO NOT USE tag and recorded "
  "on the visit report with a photograph. If a seat and seal kit is on the van and the valve type allows it, the "
  "technician repairs it the same day and re-tests; otherwise a replacement is ordered and the customer is told "
  "the expected lead time before the technician leaves site.")
P("7. Toxic and pyrophoric gases", "Heading2")
P("Shut-off valves on toxic, corrosive or pyrophoric gas services are not serviced under MS-07. Clausora arranges "
  "these through a specialist subcontractor under a separate method statement and separate price.")
P("8. Reporting", "Heading2")
P("The technician leaves a signed handwritten visit sheet on site. The full digital report with test values for "
  "every valve follows with the compliance certificate.")
SimpleDocTemplate(os.path.join(K, "clausora-method-statement-ms07.pdf"), pagesize=A4,
                  title="Clausora MS-07 Method Statement").build(story)

# ---------------------------------------------------------------- XLSX
from openpyxl import Workbook
from openpyxl.styles import Font

wb = Workbook()
ws = wb.active
ws.title = "Services"
ws.append(["Clausora Price & Parts List 2027 (GBP, excluding VAT)"])
ws["A1"].font = Font(bold=True, size=13)
ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Notes"])
for r in [
    ["CLS-SOV-INS", "Solenoid shut-off valve inspection and leak test", "per valve", 38.50, "min. charge 10 valves"],
    ["CLS-MSV-SRV", "Manual quarter-turn isolation valve service", "per valve", 14.00, ""],
    ["CLS-EPS-CAL", "EGSP functional test and interlock calibration", "per panel", 265.00, "incl. proving system test"],
    ["CLS-GDS-BMP", "Gas detector bump test and calibration", "per detector", 72.00, "test gas included"],
    ["CLS-OOH-CVR", "24/7 call-out cover, 12 months", "per site", 3900.00, "includes labour for up to 6 call-outs"],
    ["CLS-CERT-DOC", "Compliance certificate and asset register update", "per site", 420.00, ""],
    ["CLS-ADHOC-DAY", "Ad-hoc technician day (no cover)", "per day", 680.00, ""],
]:
    ws.append(r)
ws2 = wb.create_sheet("Parts")
ws2.append(["Clausora Price & Parts List 2027 - Parts"])
ws2["A1"].font = Font(bold=True, size=13)
ws2.append(["Part no.", "Description", "Price (GBP)", "Lead time", "Stock on vans"])
for r in [
    ["CLS-SEAL-KIT-15", "Seat and seal kit, DN15 solenoid valve", 46.80, "ex stock", "yes"],
    ["CLS-SEAL-KIT-20", "Seat and seal kit, DN20 solenoid valve", 58.90, "ex stock", "yes"],
    ["CLS-COIL-24DC", "Solenoid coil 24 V DC", 89.00, "3 working days", "no"],
    ["CLS-COIL-230AC", "Solenoid coil 230 V AC", 94.50, "3 working days", "no"],
    ["CLS-SOV-15NC", "Replacement solenoid valve DN15, normally closed", 312.00, "5 working days", "no"],
    ["CLS-SOV-20NC", "Replacement solenoid valve DN20, normally closed", 398.00, "10 working days", "no"],
    ["CLS-DET-H2", "Hydrogen sensor cartridge", 236.00, "5 working days", "no"],
]:
    ws2.append(r)
ws3 = wb.create_sheet("Seal materials")
ws3.append(["Seal material compatibility"])
ws3["A1"].font = Font(bold=True, size=13)
ws3.append(["Material", "Natural gas / hydrogen", "Inert gases (N2, Ar, He, CO2)", "Oxygen", "Remark"])
for r in [
    ["FKM (Viton)", "suitable", "suitable", "not suitable", "standard fit in CLS seal kits"],
    ["EPDM", "not suitable", "suitable", "not suitable", "swells in contact with hydrocarbons"],
    ["PTFE (oxygen-cleaned)", "suitable", "suitable", "suitable", "required for oxygen service; +£18.00 per kit"],
]:
    ws3.append(r)
for s in (ws, ws2, ws3):
    for col, w in zip("ABCDE", (20, 50, 16, 18, 40)):
        s.column_dimensions[col].width = w
wb.save(os.path.join(K, "clausora-price-parts-2027.xlsx"))

# ---------------------------------------------------------------- Markdown KB article
md = """# Preparing your laboratory for a Clausora shut-off valve service visit

This article explains what the customer needs to organise before, during and after a planned visit.

## Before the visit
- Tell laboratory users at least **5 working days** before the visit which zones will be without gas and when.
- Ask users to finish or pause experiments that need a continuous gas supply; Clausora cannot leave a zone live
  while its valves are tested.
- Make sure Bunsen burners, gas taps and cylinder regulators are closed and that fume cupboard sashes are lowered.
- Provide the latest gas distribution drawing and asset register if the site has one. Where no asset register
  exists, the first visit includes tagging every valve with a numbered stainless-steel label.
- Reserve a parking space for a panel van (height 2.6 m) close to the goods entrance.

## During the visit
- A named site contact must be reachable by phone for the whole visit and must be able to open every
  laboratory, plant room and cylinder store.
- Clausora technicians sign in and follow your local rules, including permits-to-work and laboratory PPE.
- If a valve fails, it is locked closed and tagged; the technician explains the impact before leaving the zone.

## After the visit
- The compliance certificate and the digital test report are e-mailed within **10 working days** of the last
  day on site.
- Clausora keeps service records for **6 years** and can re-issue any certificate on request.
- Failed valves can be repaired on a follow-up visit; the quote for the parts is sent with the report.

## Frequently asked
**Can the service be done at weekends?** Yes, on request, with a 50% uplift on labour.

**Do you replace gas detectors?** Only sensor cartridges and only with a written order; complete detector
replacement is a separate project.

**Who do I call in an emergency?** Customers with 24/7 call-out cover call the Clausora control room on
0330 555 0192. Without cover, call your gas supplier's emergency number first.
"""
with open(os.path.join(K, "preparing-for-a-service-visit.md"), "w", encoding="utf-8") as f:
    f.write(md)
print("sources written to", K)
