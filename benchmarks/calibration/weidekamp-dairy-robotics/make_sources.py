"""Generate the knowledge sources of the weidekamp-dairy-robotics scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py  (reportlab installed with pip --target)."""
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

# ---------------------------------------------------------------- DOCX: service plan terms
d = Document()
d.add_heading("Weidekamp CarePlan Service Terms 2025", 0)
d.add_paragraph("Weidekamp Dairy Robotics GmbH, Am Melkhof 7, 31139 Hildesheim, Germany. Valid for contracts signed "
                "from 1 January 2025. These terms apply to the Basic, Silver and Gold CarePlans for VMX-2 milking robots "
                "and associated barn equipment.")
d.add_heading("1. Plan overview", 1)
t = d.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(["", "Basic", "Silver", "Gold"]):
    t.rows[0].cells[i].text = h
rows = [
    ("Price per robot per year (list)", "EUR 2,950", "EUR 4,700", "EUR 6,900"),
    ("Preventive service visits", "1 preventive service visit per robot per year",
     "2 preventive service visits per robot per year", "4 preventive service visits per robot per year"),
    ("Emergency on-site response", "next working day", "within 8 hours, 06:00-22:00", "within 4 hours, 24/7"),
    ("Wear parts (teat liners, milk hoses, brushes)", "charged at list price", "50% discount",
     "included, up to 2 liner changes per robot per year"),
    ("Remote diagnostics", "office hours", "06:00-22:00", "24/7"),
    ("Software updates for robot firmware", "included", "included", "included"),
]
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r):
        c[i].text = v
d.add_heading("2. Hotline and call handling", 1)
d.add_paragraph("The service hotline is reachable on +49 5121 998 400. Gold customers reach a technician 24 hours a day, "
                "7 days a week, including public holidays. Calls are logged with a ticket number; the response time "
                "runs from the moment the ticket is opened, not from the first call attempt. A breakdown is defined as a "
                "robot unable to milk for more than 30 minutes after the farmer has followed the on-screen recovery "
                "steps.")
d.add_heading("3. Travel and call-out charges", 1)
d.add_paragraph("Planned preventive visits are free of travel charges for all plans. For emergency call-outs, Basic "
                "customers pay a call-out fee of EUR 145 plus travel at EUR 1.10 per km beyond the first 50 km from "
                "the nearest Weidekamp service base. Silver customers pay travel only. Gold customers pay no call-out "
                "fee and no travel. Work outside the plan (for example damage caused by animals, lightning, flooding or "
                "incorrect cleaning agents) is charged at EUR 92 per technician hour.")
d.add_heading("4. Customer obligations", 1)
d.add_paragraph("The farm must use cleaning agents approved by Weidekamp (alkaline and acid detergent pairs listed in the "
                "operator manual), keep the robot room above 5 °C, and allow remote access via the HerdSense gateway. "
                "Failure to keep the room frost-free voids the emergency response commitment for frost-related faults. "
                "Teat-cup liners must be changed every 2,500 milkings or 60 days, whichever comes first.")
d.add_heading("5. Term and cancellation", 1)
d.add_paragraph("CarePlans run for a minimum of 12 months and renew annually. Either party may cancel with 3 months' "
                "written notice to the end of the plan year. Upgrading from Silver to Gold is possible at any plan "
                "anniversary; downgrading during the first plan year is not possible. Prices are indexed annually to "
                "the German labour cost index, capped at 4% per year.")
d.save(os.path.join(K, "CarePlan-Service-Terms-2025.docx"))

# ---------------------------------------------------------------- PDF: robot technical spec
ss = getSampleStyleSheet()
story = [Paragraph("VMX-2 Voluntary Milking Robot - Technical Specification and Site Requirements", ss["Title"]),
         Paragraph("Document WKR-TS-VMX2, revision D, March 2025. Weidekamp Dairy Robotics GmbH.", ss["Normal"]),
         Spacer(1, 8),
         Paragraph("1. Capacity", ss["Heading2"]),
         Paragraph("One VMX-2 box milks up to 65 cows at an average of 2.8 milkings per cow per day, i.e. about "
                   "180 milkings per day. Box occupancy above 88% reduces milking frequency; for herds with average "
                   "yields above 11,000 kg per lactation we recommend no more than 58 cows per box. Teat detection "
                   "uses a 3D time-of-flight camera; attachment time averages 55 seconds.", ss["Normal"]),
         Paragraph("2. Utilities", ss["Heading2"]),
         Paragraph("Electrical supply: 400 V, 3-phase, 50 Hz, fused at 3x32A per box. Average power consumption is "
                   "11 kWh per box per day. Water: potable water at 2-6 bar; consumption approx. 38 litres per milking "
                   "including teat preparation and cluster rinse, plus 190 litres per main system wash (3 washes per "
                   "day). Hot water at a minimum of 80 °C must be available for the main wash. Compressed air: "
                   "7 bar, oil-free, 300 l/min, supplied by the central compressor unit.", ss["Normal"]),
         Paragraph("3. Robot room", ss["Heading2"]),
         Paragraph("Minimum room per box: 3.4 m x 6.0 m, clear height 2.6 m. The floor must be level within 5 mm over "
                   "2 m with a 1.5% fall to the drain. The technical room must stay frost-free (minimum 5 °C) and below "
                   "35 °C. Network: wired Ethernet to the HerdSense gateway; internet uplink of minimum 20 Mbit/s "
                   "download and 5 Mbit/s upload for remote diagnostics.", ss["Normal"]),
         Paragraph("4. Milk quality functions", ss["Heading2"]),
         Paragraph("Per-quarter conductivity, milk colour and yield measurement; automatic separation of colostrum and "
                   "antibiotic milk into a 40-litre separate can or dump line. Somatic cell count sensor (OCC) is an "
                   "option and not fitted as standard.", ss["Normal"]),
         Table([["Parameter", "Value"], ["Box dimensions (L x W x H)", "3.10 x 2.35 x 2.45 m"],
                ["Weight", "1,450 kg"], ["Noise level", "< 68 dB(A)"], ["Feed dispensers", "2 concentrate types"],
                ["Operating temperature", "+5 to +35 °C"]]),
         ]
SimpleDocTemplate(os.path.join(K, "VMX-2-Technical-Specification.pdf"), pagesize=A4).build(story)

# ---------------------------------------------------------------- XLSX: price & spec sheet
wb = Workbook()
ws = wb.active
ws.title = "Price list 2025"
ws.append(["Weidekamp Dairy Robotics - Price and Specification Sheet 2025 (EUR, excl. VAT)"])
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["SKU", "Product", "List price EUR", "Unit", "Key specification"])
for r in [
    ("WKR-VMX2", "VMX-2 voluntary milking robot box", 148500, "box", "Up to 65 cows; 3x32A; 3D camera"),
    ("WKR-TNK-12K", "CoolLine DX 12000 cooling tank", 46800, "tank", "12,000 L; see sheet Cooling tanks"),
    ("WKR-HRU-60", "HR-60 heat recovery unit", 7950, "unit", "Pre-heats wash water to 55 °C from condenser heat; 600 L buffer"),
    ("WKR-HMS-PRO", "HerdSense Pro licence", 4200, "year", "Up to 300 cows, unlimited users"),
    ("WKR-HMS-STD", "HerdSense Standard licence", 2400, "year", "Up to 120 cows, 3 users"),
    ("WKR-ACT-NECK", "ActiTag neck collar (activity + rumination)", 118, "collar", "Battery life 7 years; IP67; heat detection"),
    ("WKR-SEL-GATE", "SG-3 selection gate with separation pen control", 9600, "gate", "3-way; pneumatic; 1 gate per 2 robots recommended"),
    ("WKR-OCC", "Online somatic cell counter (OCC) option", 11400, "box", "Retrofit possible"),
    ("WKR-SVC-GOLD", "CarePlan Gold", 6900, "robot/year", "4 h response 24/7"),
]:
    ws.append(list(r))
ws2 = wb.create_sheet("Cooling tanks")
ws2.append(["CoolLine DX cooling tanks - performance data"])
ws2["A1"].font = Font(bold=True, size=13)
ws2.append([])
ws2.append(["Model", "Capacity", "Refrigerant", "Electrical supply", "Cooling performance", "Energy", "Compressors"])
for r in [
    ("CoolLine DX 6000", "6,000 L", "R290", "3x32A", "Cools first milking to 4 °C within 3 h", "11.5 Wh/L", "1"),
    ("CoolLine DX 9000", "9,000 L", "R290", "3x50A", "Cools first milking to 4 °C within 2.5 h", "10.8 Wh/L", "2"),
    ("CoolLine DX 12000", "12,000 L", "R290", "3x63A", "Cools first milking to 4 °C within 2.5 h", "10.2 Wh/L", "2"),
    ("CoolLine DX 16000", "16,000 L", "R290", "3x80A", "Cools first milking to 4 °C within 2 h", "9.9 Wh/L", "3"),
]:
    ws2.append(list(r))
ws2.append([])
ws2.append(["Note: tanks meet EN 13732 class II B. Minimum fill for agitation and cooling is 5% of capacity. "
            "Automatic CIP wash uses 1 detergent dosing pump; acid and alkaline cycles alternate."])
wb.save(os.path.join(K, "Weidekamp-Price-Spec-Sheet-2025.xlsx"))

# ---------------------------------------------------------------- Markdown KB article: HerdSense FAQ
open(os.path.join(K, "herdsense-pro-faq.md"), "w").write("""# HerdSense Pro - frequently asked questions

**Where is our herd data stored?** HerdSense Pro is a cloud service hosted in a data centre in Frankfurt
(Germany) operated under an ISO 27001 certification. Data never leaves the EU. Each farm owns its data; Weidekamp
processes it as a processor under a data processing agreement (DPA) signed with the licence.

**What if the internet goes down?** The on-farm HerdSense gateway keeps the robots, selection gates and collars
running and buffers all data locally for up to 72 hours. When the connection returns, data is synchronised
automatically. Robots never depend on the cloud to milk.

**Which devices can we use?** Any current web browser, plus the HerdSense app for iOS and Android with push alerts
for heat, health and robot alarms. Pro includes unlimited users; Standard is limited to 3 users.

**How many cows does the licence cover?** Standard covers up to 120 cows; Pro covers up to 300 cows. Above 300
cows an Enterprise licence is quoted individually.

**Can we export our data?** Yes. Cow, lactation, milk-recording and health data can be exported at any time as CSV
and in the ADIS/ADED format used by milk-recording organisations. Exports remain possible for 90 days after the
licence ends; after that the data is deleted.

**Which systems does it connect to?** Milk-recording organisations (via ADIS/ADED), the HI-Tier national cattle
database (animal movements), and feed mixer wagons from three named manufacturers via the open FeedLink interface.
Accounting software is not connected.

**What internet connection do we need?** A minimum of 20 Mbit/s download and 5 Mbit/s upload; a 4G/5G router is
acceptable as a backup line.

**Support:** HerdSense support is available by phone and chat Monday-Friday 07:00-19:00 and Saturday 08:00-12:00.
Robot alarms outside these hours go to the CarePlan hotline.
""")

# ---------------------------------------------------------------- HTML page: delivery, installation, warranty
open(os.path.join(K, "delivery-installation-warranty.html"), "w").write("""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Weidekamp - Delivery, installation and warranty</title></head>
<body>
<h1>Delivery, installation and warranty</h1>
<p>This page applies to all Weidekamp quotes for new equipment in Germany, Austria and the Benelux.</p>
<h2>Lead times</h2>
<ul>
<li>VMX-2 milking robots: 14 weeks from signed order and received down-payment.</li>
<li>CoolLine DX cooling tanks: 8 weeks; tanks of 16,000 L and above: 12 weeks.</li>
<li>ActiTag collars, selection gates and heat recovery units: 4-6 weeks, delivered with the robots.</li>
</ul>
<h2>Site readiness</h2>
<p>The farm is responsible for building works. The concrete floor of the robot room must be finished and cured at
least 4 weeks before installation, electrical supply and water lines must be at the marked connection points, and an
internet line (or 4G/5G router) must be live. If the site is not ready on the agreed date, Weidekamp reschedules the
installation to the next free slot and charges EUR 650 per technician day already travelled.</p>
<h2>Installation and start-up</h2>
<p>A standard installation of up to 3 robots takes 10 working days including commissioning. The start-up week is
accompanied 24 hours a day by two Weidekamp herd advisors, followed by 3 follow-up visits in the first 8 weeks.
Cows are trained to the robot in groups of up to 20 per box per day.</p>
<h2>Warranty</h2>
<table border="1">
<tr><th>Equipment</th><th>Warranty</th></tr>
<tr><td>VMX-2 milking robot</td><td>24 months or 130,000 milkings per box, whichever comes first</td></tr>
<tr><td>CoolLine DX tank (vessel, agitator, controls)</td><td>36 months</td></tr>
<tr><td>CoolLine DX refrigeration compressor</td><td>60 months</td></tr>
<tr><td>ActiTag collars</td><td>12 months, battery 36 months</td></tr>
<tr><td>Selection gates and heat recovery units</td><td>24 months</td></tr>
</table>
<p>Warranty starts on the date of the commissioning acceptance report. Wear parts (liners, hoses, brushes, filters)
are excluded from warranty. Warranty requires installation by Weidekamp and the use of approved cleaning agents.</p>
</body></html>
""")
print("sources written to", K)
