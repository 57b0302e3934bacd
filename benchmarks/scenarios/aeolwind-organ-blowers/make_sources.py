"""Generate the four knowledge sources of the aeolwind-organ-blowers scenario.
Run: PYTHONPATH=/path/to/reportlab python3 make_sources.py  (needs python-docx, openpyxl, reportlab)."""
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

# ---------- DOCX: supply, installation and service conditions ----------
d = Document()
d.add_heading("Aeolwind Organ Blowers Ltd - Supply, Installation and Service Conditions (AOB-SC-2025)", 0)
sections = [
 ("1. Scope", [
  "These conditions apply to the supply and installation of organ blower motors, variable frequency drives, silencer boxes and wind-trunk fittings for church and cathedral organs, and to call-out visits. Maintenance plans are described in the Care Plans page and follow these conditions where that page is silent."]),
 ("2. Warranty", [
  "Silent-Series blower motors: 5 years from the commissioning date, parts and labour.",
  "Variable frequency drives (AW-VFD range): 3 years from the commissioning date, parts only; labour is charged at the call-out rates below after the first 12 months.",
  "Silencer boxes and flexible canvas connectors: 2 years from the commissioning date.",
  "The motor warranty extends to 7 years when an Aeolwind maintenance plan runs continuously from the commissioning date.",
  "Exclusions: water ingress from roof or gutter leaks; rodent or bat damage to canvas connectors and cabling; alterations or rewiring by third parties; operation on a supply outside plus or minus 10% of the nominal voltage; damage caused by organ building work on the wind system carried out by others."]),
 ("3. Call-out and response", [
  "Standard fault call-out: an engineer on site within 2 working days (mainland UK).",
  "Organ-critical priority response, available during Holy Week, from Christmas Eve to Epiphany, and for ordinations or state services notified to us at least 14 days in advance: an engineer on site within 24 hours, with a priority surcharge of £180 per visit. The surcharge is waived for Cathedral Care plan holders.",
  "Call-out charges outside a maintenance plan: £265 for the first hour on site, then £88 per additional hour, plus mileage at £0.65 per mile beyond 60 miles from our Hereford depot."]),
 ("4. Working on site", [
  "Noisy work (drilling, cutting, chasing) is done on weekdays between 07:30 and 10:00 and between 14:00 and 16:30 only, unless the Chapter agrees other hours in writing. No work of any kind takes place during services.",
  "The buyer provides: clear access to the blower chamber; a 400 V three-phase isolator within 2 m of the motor position; a named verger or clerk of works holding the keys on every working day.",
  "Heritage permissions (Cathedrals Fabric Commission and the Fabric Advisory Committee) are the responsibility of the Chapter as buyer; we supply drawings and method statements for the application at no charge.",
  "No hot works are normally needed. If brazing is required, we obtain a hot-works permit from the cathedral and keep a 60-minute fire watch after the work."]),
 ("5. Lead times", [
  "Catalogue motors: 4 to 6 weeks from deposit. Variable frequency drives: 3 weeks. Custom-wound motors (non-catalogue voltage or frame): 10 to 12 weeks."]),
 ("6. Payment", [
  "30% deposit with the order, 60% on delivery of the equipment to site, 10% on commissioning. Invoices are payable within 30 days. Maintenance plans are invoiced annually in advance from the commissioning date."]),
 ("7. Cancellation", [
  "Orders cancelled more than 21 days before the scheduled installation: the deposit is refunded less an administration fee of £350. Orders cancelled 21 days or less before installation: the deposit is retained. Custom-wound motors cannot be cancelled once winding has started."]),
]
for h, paras in sections:
    d.add_heading(h, level=1)
    for p in paras:
        d.add_paragraph(p)
d.save(os.path.join(K, "aeolwind-service-conditions.docx"))

# ---------- PDF: technical datasheet ----------
ss = getSampleStyleSheet()
story = [Paragraph("Silent-Series Organ Blower Motors - Technical Data Sheet SS-2025-03", ss["Title"]),
         Paragraph("Aeolwind Organ Blowers Ltd, Hereford. Data apply to motors supplied from January 2025.", ss["Normal"]),
         Spacer(1, 10)]
rows = [["Parameter", "AW-BLM-7.5-1450 (main organ)", "AW-CH-1.1 (choir organ)"],
        ["Rated power", "7.5 kW", "1.1 kW"],
        ["Speed", "1450 rpm", "1420 rpm"],
        ["Supply", "400 V three-phase 50 Hz", "230 V single-phase 50 Hz"],
        ["Full-load current", "14.2 A", "7.4 A"],
        ["Efficiency", "IE3, 89.6%", "79%"],
        ["IEC frame", "132M", "90S"],
        ["Weight (motor only)", "61 kg", "17 kg"],
        ["Enclosure / insulation", "IP55 / class F", "IP55 / class F"],
        ["Noise at 1 m, bare", "58 dB(A)", "49 dB(A)"],
        ["Noise at 1 m, with silencer", "41 dB(A) (AW-SIL-450)", "36 dB(A) (AW-SIL-200)"],
        ["Wind output with existing fan", "42 m3/min at 250 mm WG", "9 m3/min at 95 mm WG"],
        ["Bearings", "6308-2RS sealed for life", "6205-2RS sealed for life"]]
story.append(Table(rows))
story.append(Spacer(1, 10))
for t in [
  "Bearings: sealed-for-life bearings need no regreasing; rated L10 bearing life is 60,000 hours.",
  "Soft start: the AW-VFD drive ramps the motor up over 12 seconds by default (adjustable from 5 to 30 seconds) to avoid a wind surge or 'thump' in the reservoirs and to keep starting current below 1.5 times full-load current.",
  "Console interlock: the drive accepts a 24 V DC signal from the organ console blower switch. A volt-free fault relay contact can be wired to the vestry or verger's office.",
  "Environment: ambient temperature -10 °C to +40 °C; relative humidity up to 95% non-condensing. The main motor has a 25 W anti-condensation heater, energised automatically whenever the motor is stopped; it requires a permanent 230 V supply.",
  "Vibration: four AV-60 rubber anti-vibration mounts are supplied with each main motor and reduce vibration transmitted to the building fabric by up to 85%.",
  "Mounting and clearances: IEC foot-mounted (B3). Leave at least 600 mm clear at the non-drive end and 400 mm at each side for service access. Cable entry is by two M32 glands in the terminal box.",
  "Drive installation: the AW-VFD drive is wall-mounted in a dry, ventilated position no more than 10 m of cable from the motor; screened motor cable is mandatory to limit interference with organ combination systems and the cathedral sound system. Drive heat loss at full load is 210 W.",
  "Replacing DC motor-generator sets: many cathedral organs built before 1960 were blown by a DC motor-generator that also fed the action. Where the action still needs DC, a separate 12 V or 15 V rectifier must be provided; it is not part of the blower motor supply.",
]:
    story.append(Paragraph(t, ss["Normal"]))
    story.append(Spacer(1, 6))
SimpleDocTemplate(os.path.join(K, "silent-series-datasheet.pdf"), pagesize=A4).build(story)

# ---------- XLSX: price list, spares, sizing ----------
wb = Workbook()
ws = wb.active
ws.title = "Price List 2025"
ws.append(["Aeolwind Organ Blowers - Price List 2025 (GBP, excluding VAT)"])
ws["A1"].font = Font(bold=True, size=13)
ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Lead time"])
for r in [
  ["AW-BLM-5.5-1450", "Silent-Series blower motor 5.5 kW, 1450 rpm, IE3", "each", 5920, "4 to 6 weeks"],
  ["AW-BLM-7.5-1450", "Silent-Series blower motor 7.5 kW, 1450 rpm, IE3", "each", 6850, "4 to 6 weeks"],
  ["AW-BLM-11-1450", "Silent-Series blower motor 11 kW, 1450 rpm, IE3", "each", 8990, "4 to 6 weeks"],
  ["AW-CH-1.1", "Choir organ blower motor 1.1 kW, 230 V single-phase", "each", 1480, "4 to 6 weeks"],
  ["AW-VFD-7.5", "Soft-start variable frequency drive 7.5 kW with console interlock", "each", 2140, "3 weeks"],
  ["AW-VFD-11", "Soft-start variable frequency drive 11 kW with console interlock", "each", 2690, "3 weeks"],
  ["AW-SIL-200", "Acoustic silencer box, 200 mm duct", "each", 420, "2 weeks"],
  ["AW-SIL-450", "Acoustic silencer box, 450 mm duct", "each", 780, "2 weeks"],
  ["AW-FLX-300", "Flexible canvas wind-trunk connector, 300 mm", "each", 215, "1 week"],
  ["AW-INST-DAY", "Installation crew day (2 technicians)", "day", 1150, "-"],
  ["AW-OLD-REM", "Removal and WEEE disposal of existing DC motor-generator set", "job", 640, "-"],
  ["AW-TMP-3", "Temporary portable blower hire 3 kW (minimum 3 days)", "day", 95, "48 hours"],
]:
    ws.append(r)
ws2 = wb.create_sheet("Spares & Consumables")
ws2.append(["Spares and consumables (GBP, excluding VAT); Cathedral Care plan holders receive 15% off"])
ws2["A1"].font = Font(bold=True)
ws2.append(["SKU", "Description", "Fits", "Price (GBP)"])
for r in [
  ["AW-FLT-G4-600", "Intake filter G4, 600 x 600 mm", "main organ blower (AW-BLM range)", 38],
  ["AW-FLT-G4-300", "Intake filter G4, 300 x 300 mm", "choir organ blower (AW-CH-1.1)", 19],
  ["AW-FLX-150", "Flexible canvas wind-trunk connector, 150 mm", "choir organ trunking", 128],
  ["AW-FLX-300", "Flexible canvas wind-trunk connector, 300 mm", "main organ trunking", 215],
  ["AV-60-SET4", "Rubber anti-vibration mounts AV-60, set of 4", "AW-BLM range", 96],
  ["AW-HTR-25", "Anti-condensation heater 25 W", "AW-BLM range", 74],
  ["AW-BRG-6308", "Bearing 6308-2RS (pair)", "AW-BLM-7.5-1450", 112],
]:
    ws2.append(r)
ws3 = wb.create_sheet("Motor Sizing")
ws3.append(["Recommended blower motor by organ size (speaking stops); confirmed by site survey"])
ws3["A1"].font = Font(bold=True)
ws3.append(["Speaking stops", "Recommended motor", "Typical wind pressure"])
for r in [["up to 20", "1.1 to 2.2 kW", "70 to 95 mm WG"],
          ["21 to 45", "3 to 5.5 kW", "80 to 150 mm WG"],
          ["46 to 80", "7.5 kW", "100 to 250 mm WG"],
          ["over 80", "11 kW or twin blowers", "up to 400 mm WG"]]:
    ws3.append(r)
wb.save(os.path.join(K, "aeolwind-price-list-2025.xlsx"))

# ---------- Markdown KB article ----------
open(os.path.join(K, "commissioning-day-guide.md"), "w").write("""# Commissioning day: what to expect when your new blower is started

**Applies to:** all Aeolwind blower motor replacements in cathedrals and large parish churches.

## Before we remove the old blower
- We record the wind pressure at every reservoir with a water manometer before the old motor is switched off for the last time. These readings are the reference for commissioning.
- If the organ must keep playing for services while the blower chamber is out of action, we can hire a **temporary portable blower (AW-TMP-3, 3 kW) at £95 per day, minimum 3 days**. It is connected to the main trunk through a 300 mm canvas sleeve and is adequate for services, not for recitals or recordings.

## Keeping the old motor-generator set
Many chapters want to keep a historic DC motor-generator set for display or archive. If you tell us before installation, we disconnect it, drain it and make it electrically safe for **£210** instead of the removal and disposal charge (AW-OLD-REM). It stays in place or is moved within the blower chamber; moving it elsewhere in the building is quoted separately.

## On the day
1. Commissioning takes one working day after the installation days and needs the organ's tuner or organ builder present for the whole day. Their attendance is arranged and paid for by the buyer.
2. We set the soft-start ramp, check rotation, and measure the wind pressure at every reservoir. The accepted tolerance is **plus or minus 2 mm WG** of the recorded original pressures.
3. We measure noise at 1 m from the silencer and at the organ console, and record the readings in the commissioning certificate.

## Handover
- A 45-minute handover for organists and vergers covers starting and stopping, the fault lamp and what to do if the blower will not start.
- You receive the operation and maintenance manual as a PDF and one printed copy, plus the commissioning certificate. The warranty period starts on the date of the certificate.
- During the first 20 running hours the bearings may sound slightly louder while they bed in; this is normal.

## Who to call
Faults: our service desk on 01432 550 190 (08:00-18:00 weekdays) or the out-of-hours number in your O&M manual.
""")

# ---------- HTML: care plans page ----------
open(os.path.join(K, "care-plans.html"), "w").write("""<!doctype html><html><head><meta charset="utf-8"><title>Aeolwind Care Plans for organ blowers</title></head>
<body><h1>Aeolwind Care Plans</h1>
<p>Preventive maintenance for organ blower motors, drives and silencers. Plans run for 1 or 3 years from the commissioning date and are invoiced annually in advance.</p>
<table border="1">
<tr><th>Plan</th><th>Visits per year</th><th>Price per year (GBP, ex VAT)</th><th>Fault response</th></tr>
<tr><td>Essential Care</td><td>1</td><td>640</td><td>within 2 working days</td></tr>
<tr><td>Cathedral Care</td><td>2</td><td>990</td><td>within 24 hours, all year</td></tr>
</table>
<h2>Every maintenance visit includes</h2>
<ul>
<li>Insulation resistance test of the motor windings at 500 V DC (minimum acceptable reading 20 megohms)</li>
<li>Vibration reading at both bearing housings, compared with the commissioning baseline</li>
<li>Intake filter change (filters included in the plan price)</li>
<li>Belt tension and wear check on belt-driven blowers</li>
<li>Cleaning of the drive cooling fan and check of the fault relay</li>
<li>A written visit report to the Chapter within 5 working days</li>
</ul>
<h2>Cathedral Care extras</h2>
<ul>
<li>Priority surcharge waived during Holy Week, Christmas Eve to Epiphany and notified state services</li>
<li>Up to 4 hours of fault-visit labour per plan year included</li>
<li>15% off spares and consumables</li>
</ul>
<h2>Not covered</h2>
<p>Organ pipework, wind chests, reservoir leather and any work on the organ itself, which belongs to the organ builder. Damage from the exclusions listed in our supply conditions.</p>
<h2>Ending a plan</h2>
<p>A plan can be ended at any anniversary of the commissioning date with 90 days' written notice. Three-year plans paid at a discounted rate cannot be ended before the third anniversary.</p>
</body></html>
""")
print("sources written to", K)
