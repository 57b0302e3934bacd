"""Generate the four knowledge sources of the stayvane-mast-maintenance scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(needs python-docx, openpyxl, reportlab)
"""
import os
from docx import Document
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
doc.add_heading("Stayvane Mast Services Ltd - Maintenance Service Agreement", 0)
doc.add_heading("Schedule 2: Service Levels, Charges and Warranties (edition 2025-26)", 1)
doc.add_paragraph(
    "This Schedule forms part of every Stayvane Maintenance Service Agreement for guyed masts and self-supporting "
    "lattice towers used for broadcast, telemetry and mobile transmission. Where this Schedule and a quote differ, "
    "the quote prevails for price and quantity only.")
doc.add_heading("1. Emergency response", 2)
doc.add_paragraph(
    "Clients holding an active rope-access emergency standby retainer (SKU SV-RA-STBY) receive a mobilisation time of "
    "4 hours for sites within 120 km of our Carlisle depot and 8 hours for sites beyond 120 km. Mobilisation time is "
    "measured from the client's telephone call to the 24/7 duty line until a rope-access team of at least three "
    "technicians is travelling to site. The retainer includes up to 2 emergency call-outs per 12-month period; "
    "labour on site for those call-outs is included for the first 6 hours of each call-out.")
doc.add_paragraph(
    "Clients without a retainer are served on a best-effort basis, normally next working day, at the day rate of "
    "£1,480 per rope-access team-day plus materials and access equipment at cost plus 12%.")
doc.add_heading("2. Weather and standby", 2)
doc.add_paragraph(
    "Climbing is suspended when the mean wind speed at working height exceeds 15 m/s or gusts exceed 20 m/s. "
    "Spray application of coatings stops when the wind speed at working height exceeds 8 m/s; brush and roller "
    "application may continue up to the climbing limit. Work also stops during lightning within 10 km of the site, "
    "as measured by the Stayvane lightning-detection subscription.")
doc.add_paragraph(
    "The first 2 weather standby days of each scheduled visit are free of charge. Each further weather standby day "
    "is charged at £950 per day per team. Standby days caused by the client (for example an RF power-down that is "
    "not granted, or locked site gates) are charged at the full day rate of £1,480 per team-day.")
doc.add_heading("3. Reports", 2)
doc.add_paragraph(
    "The structural inspection report, to BS EN 1993-3-1 and the ILP/TIA-222-H inspection checklist, is delivered "
    "within 15 working days of the last day on site. Guy-wire tension survey results are delivered within 5 working "
    "days of the survey, as a table of measured versus design tensions. Defects classed as Category A (immediate "
    "risk) are reported by telephone to the client's nominated engineer before the team leaves site.")
doc.add_heading("4. Cancellation and rescheduling", 2)
doc.add_paragraph(
    "A scheduled visit may be rescheduled free of charge once if the client gives at least 10 working days' notice. "
    "Visits cancelled or rescheduled with less than 10 working days' notice are charged at 40% of the value of the "
    "visit's line items. Visits cancelled on the day, after the team has travelled, are charged in full.")
doc.add_heading("5. Warranties", 2)
t = doc.add_table(rows=1, cols=3)
t.rows[0].cells[0].text = "Item"
t.rows[0].cells[1].text = "Warranty"
t.rows[0].cells[2].text = "Conditions"
for row in [
    ("Zinc-rich repaint (SV-PNT-ZR)", "24 months", "Covers coating breakdown greater than Ri 2 (ISO 4628-3); excludes mechanical damage by third parties"),
    ("Other workmanship (tensioning, clamps, anchor wrapping)", "12 months", "From the date of the completion certificate"),
    ("LED obstruction light kits (SV-AOL-LED)", "5 years", "Manufacturer warranty, passed through; fitting labour for warranty swaps charged at day rate after month 12"),
]:
    c = t.add_row().cells
    for i, v in enumerate(row):
        c[i].text = v
doc.add_heading("6. Payment", 2)
doc.add_paragraph(
    "Invoices are payable within 30 days of the invoice date. Inspection, tensioning, anchor and repaint items are "
    "invoiced on completion of each item; the standby retainer is invoiced monthly in advance. Late payments bear "
    "interest at 4% above the Bank of England base rate.")
doc.save(os.path.join(K, "stayvane-service-schedule.docx"))

# ---------------------------------------------------------------- PDF
styles = getSampleStyleSheet()
body = styles["BodyText"]
story = [
    Paragraph("Stayvane Mast Services Ltd", styles["Title"]),
    Paragraph("Generic Method Statement and Safety Summary: Guyed Mast Maintenance (MS-GM-07, rev. 4)", styles["Heading2"]),
    Paragraph("1. Team and competence", styles["Heading3"]),
    Paragraph("Every climbing team is a minimum of 3 technicians: an IRATA Level 3 supervisor and two IRATA Level 2 "
              "or Level 3 technicians. At least one team member holds a current first-aid-at-work certificate and "
              "one holds the GWO Basic Safety Training working-at-heights module. A pre-rigged rescue kit capable of "
              "a lowering rescue from any point of the mast is kept at the base for the whole time anyone is climbing.", body),
    Paragraph("2. RF exposure", styles["Heading3"]),
    Paragraph("No technician climbs past an active antenna aperture. The client must issue an RF isolation permit "
              "confirming power-down or power reduction of the transmitters concerned before climbing starts. "
              "Power-down windows are limited to 4 hours each unless the broadcaster agrees otherwise; the works "
              "programme is planned around those windows. Personal RF monitors are worn by every climber and the "
              "alarm threshold is set at 50% of the ICNIRP occupational reference level.", body),
    Paragraph("3. Guy-wire tension survey", styles["Heading3"]),
    Paragraph("Guy tensions are measured with the pulse (swing) method on every guy and cross-checked with a "
              "calibrated in-line dynamometer on one guy per guy set. The acceptance tolerance is plus or minus 10% of "
              "the design initial tension corrected to the ambient temperature on the day. Guys outside tolerance "
              "are re-tensioned at the anchor turnbuckles in balanced steps so that the mast remains within 1 in 1000 "
              "of vertical throughout. Ambient temperature, wind speed and mast verticality (by theodolite from two "
              "stations at 90 degrees) are recorded for each guy level.", body),
    Paragraph("4. Guy anchor excavation", styles["Heading3"]),
    Paragraph("Each anchor is excavated by hand to 1.2 m below grade around the anchor rod, cleaned by wire brush and "
              "inspected for section loss. A rod with more than 10% section loss is reported as a Category A defect. "
              "Sound rods are wrapped with petrolatum tape (Denso system) and the excavation is backfilled and "
              "compacted in 150 mm layers. Excavations are fenced and never left open overnight unattended.", body),
    Paragraph("5. Repaint system", styles["Heading3"]),
    Paragraph("Surfaces are prepared to St 3 by power tool, or Sa 2.5 by localised blast where the rust grade is C or "
              "worse. The coating system is a zinc-rich epoxy primer at 75 microns, an MIO epoxy intermediate at "
              "125 microns and a polyurethane topcoat at 60 microns, giving a total dry film thickness of "
              "260 microns. Coatings are applied only when the steel temperature is at least 3 degrees C above the "
              "dew point and relative humidity is below 85%. A drop-zone exclusion of 25 m radius around the mast "
              "base is fenced during painting; vehicles parked inside it are moved at the client's cost.", body),
    Paragraph("6. Obstruction lighting", styles["Heading3"]),
    Paragraph("Obstruction light replacement is carried out under a NOTAM raised by the client with the aerodrome "
              "authority at least 3 working days in advance. Old fittings are isolated, removed and returned to the "
              "client or recycled under the WEEE regulations at the client's choice.", body),
    Spacer(1, 8),
    Table([["Hold point", "Who signs"],
           ["RF isolation permit", "Client's duty engineer"],
           ["Rescue plan briefing", "Stayvane IRATA Level 3 supervisor"],
           ["Tension acceptance", "Stayvane structural engineer"],
           ["Completion certificate", "Client and Stayvane project manager"]]),
]
SimpleDocTemplate(os.path.join(K, "stayvane-method-statement.pdf"), pagesize=A4,
                  title="Stayvane method statement MS-GM-07").build(story)

# ---------------------------------------------------------------- XLSX
wb = Workbook()
ws = wb.active
ws.title = "Rate card 2025-26"
ws.append(["Stayvane Mast Services - Rate card 2025-26 (GBP, excluding VAT)"])
ws["A1"].font = Font(bold=True, size=14)
ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Notes"])
for r in [
    ("SV-INS-GM210", "Annual structural inspection, guyed mast up to 250 m", "per mast", 14800, "Includes drone photo survey of the top 30 m"),
    ("SV-INS-GM350", "Annual structural inspection, guyed mast 251-350 m", "per mast", 19600, "Two teams"),
    ("SV-GUY-TEN", "Guy-wire tension survey and re-tensioning", "per guy set", 3250, "Guy set = all guys terminating at one anchor"),
    ("SV-ANC-EXC", "Guy anchor excavation, inspection and petrolatum wrap", "per anchor", 2400, "Hand dig to 1.2 m"),
    ("SV-PNT-ZR", "Zinc-rich 3-coat repaint", "per 10 m mast section", 5600, "Face width up to 2.0 m"),
    ("SV-AOL-LED", "LED obstruction light kit, medium intensity, supplied and fitted", "per kit", 1950, "Model AOL-LED-M"),
    ("SV-AOL-LIL", "LED obstruction light kit, low intensity, supplied and fitted", "per kit", 690, "Model AOL-LED-L"),
    ("SV-FDR-CLM", "Feeder clamp and cable ladder refurbishment", "per 10 m of ladder", 780, "Clamps replaced like for like"),
    ("SV-RA-STBY", "Rope-access emergency standby retainer", "per month", 1150, "Minimum term 12 months"),
    ("SV-LPS-TST", "Lightning protection and earthing test", "per site", 1350, "Earth resistance target 10 ohms"),
]:
    ws.append(list(r))
ws2 = wb.create_sheet("Light kit specs")
ws2.append(["Obstruction light kit specifications"])
ws2["A1"].font = Font(bold=True, size=14)
ws2.append(["Model", "Intensity", "Colour", "Power draw", "Supply", "Ingress rating", "Weight", "Warranty"])
ws2.append(["AOL-LED-M", "2000 cd", "Red, flashing 20-60 fpm or steady", "18 W", "48 V DC or 230 V AC", "IP66", "4.1 kg", "5 years"])
ws2.append(["AOL-LED-L", "32 cd", "Red, steady", "4 W", "48 V DC or 230 V AC", "IP66", "1.3 kg", "5 years"])
ws2.append(["Note", "Each AOL-LED-M kit includes the fitting, a GPS-synchronised flash controller, 15 m of armoured cable and a failure-alarm relay."])
ws3 = wb.create_sheet("Extras and uplifts")
ws3.append(["Extras and uplifts"])
ws3["A1"].font = Font(bold=True, size=14)
ws3.append(["Item", "Rate", "Condition"])
ws3.append(["Night working uplift", "35%", "On labour, for work between 20:00 and 06:00 (usually to match RF power-down windows)"])
ws3.append(["Weekend working uplift", "50%", "On labour, Saturday, Sunday and UK bank holidays"])
ws3.append(["Travel beyond 150 km of Carlisle depot", "£1.20 per km", "Per vehicle, each way"])
ws3.append(["Rope-access team-day (unscheduled)", "£1,480", "Team of 3, 8 hours on site"])
ws3.append(["Weather standby day after free allowance", "£950", "Per team, see Schedule 2"])
ws3.append(["Mobile elevating work platform, 26 m", "£420 per day", "Delivered; operator included"])
for w in (ws, ws2, ws3):
    w.column_dimensions["A"].width = 34
    w.column_dimensions["B"].width = 50
wb.save(os.path.join(K, "stayvane-rate-card-2025-26.xlsx"))

# ---------------------------------------------------------------- Markdown KB article
md = """# Planning your mast maintenance season with Stayvane

Most of our clients run broadcast and telemetry masts that cannot simply be switched off. This article explains how we
plan a season of works so that off-air time is kept to a minimum.

## When to book
- Book at least **6 weeks** before the first requested site date. For work on masts above 300 m, or where a
  crane or a 26 m platform is needed, allow 10 weeks.
- The painting season runs from **April to October**. Coatings are only applied when the steel temperature is at least
  3 degrees C above the dew point and the relative humidity is below 85%, so autumn dates carry more weather risk.
- Inspections, tension surveys and earthing tests can be done all year round.

## What we need from you
1. Site access: gate keys or codes, and the names of any landowners whose land the guy anchors sit on.
2. An RF isolation permit for every climb past an active antenna (power-down windows are normally up to 4 hours).
3. A NOTAM for obstruction-light work, raised at least 3 working days ahead.
4. The original design drawings and the last tension survey, if you have them. Without the design initial tensions we
   back-calculate them from the mast design standard, which adds 2 working days to the tension survey report.

## How results reach you
Reports, photographs and defect registers are published in the Stayvane client portal (MastLog). Each defect has a
category: **Category A** (immediate risk, phoned through before the team leaves site), **Category B** (repair within
3 months) and **Category C** (monitor at next inspection). Portal access is included for up to 5 named users per
client; further users cost £15 per user per month.

## Drone surveys
Every annual inspection under SKU SV-INS-GM210 includes a drone photo survey of the top 30 m of the mast. A full-height
drone survey with 3D model can be added for £2,100 per mast. Drone flights near aerodromes need CAA permission, which
we apply for; allow 15 working days.

## Good to know
- Lightning protection and earthing tests target an earth resistance of 10 ohms or less.
- Our depot is in Carlisle; travel beyond 150 km is charged per km (see the rate card).
"""
with open(os.path.join(K, "planning-your-maintenance-season.md"), "w") as f:
    f.write(md)

# ---------------------------------------------------------------- HTML page
html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Stayvane - Accreditations and insurance</title></head>
<body>
<h1>Accreditations and insurance</h1>
<p>Stayvane Mast Services Ltd (company no. 09817342) has maintained broadcast masts and towers since 2009 from its
depot in Carlisle. We employ 46 people, 31 of them IRATA-certified rope-access technicians.</p>
<h2>Certifications</h2>
<ul>
<li>ISO 9001:2015 quality management, certificate GB-Q-22871</li>
<li>ISO 45001:2018 occupational health and safety, certificate GB-S-22872</li>
<li>ISO 14001:2015 environmental management, certificate GB-E-22873</li>
<li>IRATA International full member company, member no. 1-4471</li>
<li>Constructionline Gold and Achilles UVDB verified supplier</li>
</ul>
<h2>Insurance</h2>
<table>
<tr><th>Cover</th><th>Limit</th></tr>
<tr><td>Public liability</td><td>£10,000,000 any one occurrence</td></tr>
<tr><td>Employer's liability</td><td>£10,000,000</td></tr>
<tr><td>Professional indemnity</td><td>£5,000,000 in the aggregate</td></tr>
<tr><td>Contract works</td><td>£2,000,000</td></tr>
</table>
<p>Certificates of insurance are issued to clients on request and renew every 1 August.</p>
<h2>Safety record</h2>
<p>Our accident frequency rate for 2024 was 0.00 reportable accidents per 100,000 hours worked, over 71,400 hours.</p>
</body></html>
"""
with open(os.path.join(K, "accreditations-and-insurance.html"), "w") as f:
    f.write(html)
print("sources written to", K)
