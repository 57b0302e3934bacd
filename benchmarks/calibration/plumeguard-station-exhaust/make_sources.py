"""Generate the knowledge sources of the plumeguard-station-exhaust scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py  (needs python-docx, openpyxl, reportlab)."""
import os
from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------- PDF: technical handbook ----------------
ss = getSampleStyleSheet()
H, B = ss["Heading2"], ss["BodyText"]
story = [Paragraph("PlumeGuard Technical Handbook: SlideTrack rails, hose drops and nozzles (rev. 2025-03)", ss["Title"])]
sections = [
 ("1. System overview",
  ["PlumeGuard is a source-capture vehicle exhaust extraction system for fire and rescue stations. A hose drop is attached "
   "to the appliance tailpipe while it is parked, follows the vehicle along a SlideTrack rail when it leaves the bay, and "
   "releases automatically at the rail end stop. Each hose drop is connected through ducting to a roof fan started by the "
   "AutoStart 2 controller.",
   "SlideTrack rails are extruded aluminium profiles supplied in lengths of 6 m, 9 m, 12 m and 15 m. The maximum rail length "
   "per bay is 15 m; longer drive-through bays need a custom double-rail design quoted separately. The balancer trolley "
   "runs on sealed bearings and is rated for a trolley travel speed of up to 20 km/h."]),
 ("2. Nozzles",
  ["MagGrip nozzle (150 mm hose drops): magnetic grip with a holding force of 180 N. It fits tailpipes with an outside "
   "diameter of 100 to 130 mm and releases at the rail end stop at a vehicle exit speed of up to 15 km/h. The rubber "
   "sealing lip is a wear part and must be replaced every 12 months, or earlier if torn.",
   "Pneumatic nozzle PN200 (200 mm hose drops): an inflatable cuff at 2.5 bar, intended for vertical exhaust stacks on "
   "aerial appliances and for tailpipes with an outside diameter of 130 to 180 mm. It requires a compressed-air supply "
   "from the station air line at 6 to 8 bar. The cuff deflates and releases at a vehicle exit speed of up to 25 km/h. "
   "If the station air supply fails, the cuff can be released by hand with the red release valve.",
   "Never attach a MagGrip nozzle to a vertical stack: the magnet is not designed to carry the hose weight upwards."]),
 ("3. Hoses and airflow",
  ["All hose drops in the fire-service range use high-temperature hose rated to 300 °C continuous and 400 °C for "
   "10 minutes. Standard 150 mm hose drops are 5.5 m long; 200 mm hose drops are 6 m long.",
   "Design airflow per hose drop at the nozzle: 700 m³/h for a 150 mm drop and 1,100 m³/h for a 200 mm drop. For fan "
   "sizing a 150 mm drop counts as 1.0 drop equivalent and a 200 mm drop as 1.5 drop equivalents. The RV3 fan serves "
   "up to 3.5 drop equivalents; the RV5 fan serves up to 6.0 drop equivalents."]),
 ("4. Building requirements",
  ["Minimum clear height from the bay floor to the underside of the SlideTrack rail: 4.5 m. Rail hangers are fixed at "
   "least every 2 m to a structural member able to carry 150 kg per hanger. A clearance of 300 mm must be kept between "
   "the rail and the lowest point of an open bay door.",
   "Each roof fan needs a 400 V three-phase supply on its own isolator, provided by the customer's electrician unless "
   "stated otherwise in the quote. Roof penetrations are flashed by PlumeGuard on metal-deck and membrane roofs only; "
   "other roof types need a roofing contractor appointed by the customer."]),
 ("5. Fan noise",
  ["RV3 fan (3.0 kW): 62 dB(A) at 3 m with the standard silencer. RV5 fan (5.5 kW): 66 dB(A) at 3 m with the standard "
   "silencer. Noise at the site boundary depends on distance and screening and is not guaranteed."]),
]
for h, paras in sections:
    story.append(Paragraph(h, H))
    for p in paras:
        story.append(Paragraph(p, B)); story.append(Spacer(1, 4))
story.append(Table([["Nozzle", "Hose", "Tailpipe OD", "Max exit speed"],
                    ["MagGrip", "150 mm", "100 to 130 mm", "15 km/h"],
                    ["PN200 pneumatic", "200 mm", "130 to 180 mm", "25 km/h"]]))
SimpleDocTemplate(os.path.join(K, "plumeguard-technical-handbook.pdf"), pagesize=A4).build(story)

# ---------------- DOCX: CareLine service and warranty ----------------
d = Document()
d.add_heading("CareLine Service Plans and Product Warranty", 0)
d.add_paragraph("Applies to PlumeGuard systems installed in the United Kingdom from 1 January 2025. PlumeGuard UK Ltd, Unit 7, "
                "Harcourt Trading Estate, Derby.")
d.add_heading("1. Product warranty", 1)
for t in ["SlideTrack rails and balancer trolleys: 5 years from commissioning.",
          "Roof fans (RV3, RV5): 3 years from commissioning.",
          "AutoStart 2 controllers and pressure sensors: 2 years from commissioning.",
          "Hoses and nozzles: 12 months from commissioning. Nozzle sealing lips are wear parts and are not covered.",
          "The warranty on rails, fans and controllers is conditional on an annual service by PlumeGuard or a PlumeGuard "
          "certified partner. A missed annual service voids the warranty for defects found after the missed service date."]:
    d.add_paragraph(t, style="List Bullet")
d.add_heading("2. What a CareLine plan includes", 1)
d.add_paragraph("One planned service visit per station per year, booked at least 4 weeks ahead on a weekday between 08:00 and "
                "17:00. At each visit the engineer measures the airflow at every nozzle, inspects hoses, rails and trolleys, "
                "replaces all nozzle sealing lips, tests the AutoStart 2 run-on timer and issues a written test report the "
                "station can keep with its COSHH records.")
d.add_paragraph("Breakdown response with a CareLine plan: an engineer on site within 2 working days of the call. Without a plan, "
                "the target is 5 working days, and call-outs are charged at £145 per hour plus travel at £0.65 per mile. "
                "Parts replaced under a CareLine plan are charged at list price less 15% unless covered by the warranty.")
d.add_heading("3. Exclusions", 1)
d.add_paragraph("Not covered by warranty or plan: hose or nozzle damage caused by a vehicle leaving with a nozzle attached to "
                "the wrong tailpipe or after the rail end stop was removed; collision damage to rails; damage from station "
                "pressure-washing of the fan; and faults in the customer's electrical supply.")
d.add_heading("4. Term and cancellation", 1)
d.add_paragraph("CareLine plans run for 3 or 5 years and are invoiced annually in advance. Either party may cancel with 90 days "
                "written notice before an anniversary of the start date; fees already invoiced for the current year are not "
                "refunded. Plan prices are fixed for the plan term.")
d.save(os.path.join(K, "careline-service-and-warranty.docx"))

# ---------------- XLSX: price list with 3 sheets ----------------
wb = Workbook()
ws = wb.active; ws.title = "Price list"
ws.append(["PlumeGuard UK Price List 2025 (GBP, excl. VAT), valid 1 March 2025 to 28 February 2026"]); ws["A1"].font = Font(bold=True, size=13)
ws.append(["SKU", "Description", "Unit", "List price", "Lead time"])
rows = [
 ("PG-ST06", "SlideTrack 6 m rail assembly", "each", 2740.00, "6 to 8 weeks"),
 ("PG-ST12", "SlideTrack 12 m rail assembly (drive-through bay)", "each", 4280.00, "6 to 8 weeks"),
 ("PG-ST15", "SlideTrack 15 m rail assembly", "each", 5060.00, "6 to 8 weeks"),
 ("PG-HD150-HT", "Hose drop 150 mm, 5.5 m high-temp hose, MagGrip nozzle", "each", 1240.00, "6 to 8 weeks"),
 ("PG-HD200-PN", "Hose drop 200 mm, 6 m high-temp hose, PN200 pneumatic nozzle", "each", 1890.00, "10 to 12 weeks"),
 ("PG-FAN-RV3", "RV3 roof fan 3.0 kW with silencer", "each", 3150.00, "6 to 8 weeks"),
 ("PG-FAN-RV5", "RV5 roof fan 5.5 kW with silencer", "each", 4420.00, "8 to 10 weeks"),
 ("PG-CTRL-AS2", "AutoStart 2 controller with pressure switch", "each", 1380.00, "6 to 8 weeks"),
 ("PG-INST-BAY", "Installation and commissioning per bay, ducting up to 12 m", "bay", 1650.00, "n/a"),
 ("PG-DUCT-M", "Additional ducting beyond 12 m per bay", "metre", 95.00, "n/a"),
 ("PG-SVC-3Y", "CareLine 3-year service plan", "station", 3600.00, "n/a"),
 ("PG-SVC-5Y", "CareLine 5-year service plan", "station", 5600.00, "n/a"),
 ("PG-TRN-HD", "Crew training, half-day session (up to 12 crew)", "session", 420.00, "n/a"),
 ("PG-TRN-TTT", "Train-the-trainer, full day (up to 4 instructors)", "session", 890.00, "n/a"),
]
for r in rows: ws.append(list(r))
ws2 = wb.create_sheet("Fan sizing")
ws2.append(["Fan selection by drop equivalents (150 mm drop = 1.0, 200 mm drop = 1.5)"]); ws2["A1"].font = Font(bold=True)
ws2.append(["Fan", "Motor kW", "Max airflow m3/h", "Max drop equivalents", "Noise at 3 m dB(A)"])
ws2.append(["RV3", 3.0, 2600, 3.5, 62]); ws2.append(["RV5", 5.5, 4400, 6.0, 66])
ws3 = wb.create_sheet("Spares")
ws3.append(["Spare parts (GBP, excl. VAT)"]); ws3["A1"].font = Font(bold=True)
ws3.append(["Part no.", "Description", "Price", "Note"])
for r in [("SP-LIP-150", "MagGrip sealing lip", 38.00, "replace every 12 months"),
          ("SP-HOSE-150", "Replacement high-temp hose 150 mm, 5.5 m", 465.00, ""),
          ("SP-HOSE-200", "Replacement high-temp hose 200 mm, 6 m", 640.00, ""),
          ("SP-CUFF-200", "PN200 inflatable cuff", 215.00, ""),
          ("SP-PSW-AS2", "AutoStart 2 pressure switch", 164.00, "")]:
    ws3.append(list(r))
wb.save(os.path.join(K, "plumeguard-price-list-2025.xlsx"))

# ---------------- Markdown KB article ----------------
open(os.path.join(K, "autostart-2-faq.md"), "w").write("""# AutoStart 2: how the extraction fan starts and stops

**How does the fan start?** A pressure switch in the ducting of each hose drop detects the exhaust pulse when an engine
is started with the nozzle attached. The AutoStart 2 controller starts the roof fan within 3 seconds. Crews do not need
to press anything.

**How long does the fan keep running?** After the last appliance has left the bay, or the engine is stopped, the fan
keeps running for a run-on time of 90 seconds by default. The run-on can be set between 30 and 600 seconds by the
engineer at commissioning or at the annual service.

**Can we start it by hand?** Yes. The green MANUAL button on the controller runs the fan for 15 minutes, for example
during engine tests with the nozzle off. Pressing it again stops the fan.

**Can it report to our building management system?** Yes. AutoStart 2 has a volt-free contact for "fan running" and a
second volt-free contact for "fault". It does not support BACnet or Modbus.

**What do the LEDs mean?** Green steady: ready. Green flashing: fan running. Amber: run-on active. Red flashing: pressure
switch fault. Red steady: fan motor overload tripped; reset at the fan isolator, and if it trips twice call service.

**What happens in a power cut?** The fan stops; nozzles stay attached and the vehicles can still leave, because release
at the rail end stop is mechanical (MagGrip) or by cuff deflation (PN200). The controller restarts automatically when
power returns.

**Daily crew check:** look for torn nozzle lips and kinked hoses, and check that each nozzle hangs at its parking hook.
One controller serves one fan; a station with two fans needs two controllers.
""")

# ---------------- HTML page ----------------
open(os.path.join(K, "installation-process.html"), "w").write("""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PlumeGuard: how we install in a working fire station</title></head>
<body>
<h1>How we install in a working fire station</h1>
<p>Fire stations stay operational while we install. This page explains the steps, the working hours and what we need from you.</p>
<h2>1. Site survey</h2>
<p>A PlumeGuard engineer surveys every bay, the roof and the electrical supply before the order is confirmed. The survey is free
of charge within 150 miles of Derby; further away it is charged at £280 and credited against the order.</p>
<h2>2. Installation, bay by bay</h2>
<p>We take at most one bay out of service at a time, so that all other appliances can respond. A bay is typically
out of service for 1 working day for rail, hose drop and ducting. Fan installation and roof work take 2 working days per
station, and commissioning with airflow measurements takes a further half day per station.</p>
<p>Standard working hours are 08:00 to 17:00, Monday to Friday. Evening and weekend work is available on request at a
surcharge of 35% on the installation price. Engineers stop work and clear the bay within 5 minutes if an appliance is
turned out.</p>
<h2>3. What we need from you</h2>
<ul>
<li>A named station contact and access to the roof.</li>
<li>Appliances moved out of the bay being worked on.</li>
<li>The 400 V supply for each fan ready before the fan installation date.</li>
</ul>
<h2>4. Handover</h2>
<p>At handover you receive the commissioning report with the measured airflow at each nozzle, the operating manual and
a certificate of installation. Crew training can be held on the same day.</p>
</body></html>
""")
print("sources written to", K)
