"""Generate the four knowledge sources of the cuvara-brewery-cellar scenario.

Run with a Python that has python-docx and openpyxl; reportlab may live in a scratch folder:
    PYTHONPATH=/tmp/s33cal_rl /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Cuvara Cellar Systems B.V. - Installation, Commissioning, Warranty and Service Conditions", 0)
    d.add_paragraph("Revision 2025-03. Applies to all quotes for vessels, GlyCool chillers and CellarSense automation "
                    "delivered in the Benelux, France and Germany. Where a quote states otherwise, the quote prevails.")

    d.add_heading("1. Site preparation by the buyer", 1)
    for t in [
        "Floor: the floor under fermenters and bright tanks must carry at least 30 kN/m² distributed load. A filled "
        "FV40 weighs about 6.2 tonnes on four legs; each leg foot plate is 200 x 200 mm. Cuvara supplies the leg "
        "load table with the vessel drawings.",
        "Drainage: floor fall of 1:100 (1 %) towards a trench drain in front of each vessel row. Cuvara does not "
        "install or modify drains.",
        "Utilities at the vessel area: oil-free dry compressed air at 6 bar for pneumatic valves, food-grade CO2 at "
        "2.5-4 bar for purging and carbonation, and one 230 V socket per four vessels for CIP pumps.",
        "Chiller: a dedicated 400 V / 3-phase supply sized as stated in the GlyCool data sheet, a level concrete "
        "plinth and the service clearances of the data sheet.",
        "Access: the delivery route must give a clear opening of at least 2.1 m wide x 4.9 m high for FV40 "
        "vessels (4.0 m high for BBT30). Vessels are delivered lying down and raised on site.",
        "Offloading: crane or telehandler and the driver are arranged and paid by the buyer; a Cuvara supervisor "
        "attends at no charge on the agreed delivery day. A waiting time charge of EUR 95 per hour applies when "
        "the lifting equipment is more than 2 hours late.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("2. Installation and commissioning", 1)
    for t in [
        "Standard installation is carried out by a team of two Cuvara technicians over 5 working days on site for "
        "up to 8 vessels, one chiller and one CellarSense cabinet. Each additional day is charged at EUR 1,240 per "
        "additional day (team of two), including travel within the Benelux. Outside the Benelux, travel and "
        "lodging are billed at cost.",
        "Pressure testing: every vessel is hydrostatically tested in the workshop at 1.5 x its working pressure "
        "and the certificate is delivered with the vessel. On site, the glycol loop is pressure tested at 6 bar for "
        "2 hours before insulation is closed.",
        "Glycol: the loop and chiller are filled with food-grade propylene glycol at 35 % concentration. If the "
        "buyer does not supply it, Cuvara supplies premixed glycol at EUR 4.60 per litre; a GlyCool 45 installation "
        "with six tank drops typically needs 900-1,100 litres.",
        "Operator training: 1 day for up to 4 people is included in commissioning. An additional training day "
        "costs EUR 950 and can also be held remotely.",
        "Site acceptance test (SAT): after commissioning, Cuvara and the buyer run the SAT protocol together. The "
        "buyer signs it or reports defects in writing within 5 working days; if neither happens, the installation "
        "is deemed accepted.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("3. Warranty", 1)
    tbl = d.add_table(rows=1, cols=3)
    tbl.style = "Light Grid Accent 1"
    hdr = tbl.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Component", "Warranty", "Condition"
    rows = [
        ("Vessel shell, cone and pressure-bearing welds", "10 years against leaks and weld failure",
         "Operated within the working pressure on the name plate"),
        ("Vessel valves, fittings, manways", "2 years parts", "Gaskets, sight-glass seals and spray-ball O-rings are "
         "wear parts and are excluded"),
        ("GlyCool chiller", "3 years parts and labour", "Annual service by Cuvara or an authorised partner"),
        ("GlyCool compressors", "5 years parts only", "Annual service by Cuvara or an authorised partner"),
        ("CellarSense cabinet and tank modules", "2 years parts and labour", "Firmware kept up to date"),
    ]
    for r in rows:
        c = tbl.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("")
    d.add_paragraph("The warranty starts on the date the SAT protocol is signed, or 30 days after delivery of the "
                    "vessels, whichever is earlier.")
    d.add_paragraph("Exclusions: damage from cleaning agents with a chloride content above 50 mg/L; glycol "
                    "concentration below 30 %; operation above the marked working pressure; welding or other "
                    "modifications on vessels by third parties; freezing damage when the chiller was switched off "
                    "by the buyer in winter without draining.")

    d.add_heading("4. Service plans", 1)
    d.add_paragraph("Two service plans are offered after commissioning. Both have a minimum term of 3 years and "
                    "are invoiced annually in advance.")
    sp = d.add_table(rows=1, cols=3)
    sp.style = "Light Grid Accent 1"
    h = sp.rows[0].cells
    h[0].text, h[1].text, h[2].text = "", "Essential", "Complete"
    for r in [
        ("Price", "EUR 2,950 per year", "EUR 5,400 per year"),
        ("Preventive visits", "1 per year (chiller and vessel valves)", "2 per year (chiller, vessels, CellarSense)"),
        ("Support line", "Business hours, Mon-Fri 08:30-17:30 CET", "24/7 hotline"),
        ("Breakdown response on site", "Within 48 hours", "Within 24 hours (next day)"),
        ("Parts", "Billed at list price", "Up to EUR 1,500 per year included; 10 % off further parts"),
    ]:
        c = sp.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Service plans are available within 150 km of our Eindhoven workshop or our Ghent service hub. "
                    "Beyond 150 km a travel surcharge of EUR 0.85 per km applies to each visit.")
    d.save(OUT / "cuvara-installation-warranty-service.docx")


# --------------------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(OUT / "glycool-chiller-datasheet.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="GlyCool 45 / 60 glycol chiller - technical data sheet")
    story = [
        Paragraph("GlyCool 45 / GlyCool 60 glycol chillers - Technical data sheet", ss["Title"]),
        Paragraph("Cuvara Cellar Systems B.V., Eindhoven. Edition 2025-02. Outdoor packaged glycol chillers for "
                  "brewery cellars of 6 to 20 fermentation and bright beer tanks.", body),
        Spacer(1, 6),
    ]
    data = [
        ["Parameter", "GlyCool 45", "GlyCool 60"],
        ["Cooling capacity (-4 °C glycol supply, 30 °C ambient)", "45 kW", "60 kW"],
        ["Refrigerant / charge", "R290 (propane) / 4.8 kg", "R290 (propane) / 6.2 kg"],
        ["Refrigerant circuits", "2 independent", "2 independent"],
        ["Compressors", "2 scroll, lead compressor variable speed", "2 scroll, lead compressor variable speed"],
        ["Capacity modulation", "20-100 %", "20-100 %"],
        ["Absorbed power at nominal", "14.2 kW", "18.9 kW"],
        ["Power supply", "400 V / 3 ph / 50 Hz", "400 V / 3 ph / 50 Hz"],
        ["Max running current", "38 A", "49 A"],
        ["Recommended fuse", "50 A", "63 A"],
        ["Integrated buffer tank", "500 L", "650 L"],
        ["Glycol pumps", "2 (duty / standby)", "2 (duty / standby)"],
        ["Nominal glycol flow at 2.5 bar available", "9.5 m³/h", "12.5 m³/h"],
        ["Sound pressure level at 10 m, free field", "52 dB(A)", "55 dB(A)"],
        ["Night mode (22:00-06:00) reduction", "4 dB(A)", "4 dB(A)"],
        ["Ambient operating range", "-15 °C to +43 °C", "-15 °C to +43 °C"],
        ["Dimensions L x W x H", "2,450 x 1,150 x 1,950 mm", "2,950 x 1,150 x 1,950 mm"],
        ["Operating weight", "1,380 kg", "1,720 kg"],
        ["Electrical panel protection", "IP54", "IP54"],
    ]
    t = Table(data, colWidths=[72 * mm, 50 * mm, 50 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
    ]))
    story += [t, Spacer(1, 8)]
    paras = [
        ("Glycol", "Use food-grade propylene glycol at 35 % (v/v) in water, giving freeze protection down to "
         "-17 °C. Below 30 % the evaporator is not protected and the warranty does not apply. Check the "
         "concentration with a refractometer at every service visit."),
        ("Installation", "The GlyCool is designed for outdoor installation on a level concrete plinth. Keep 1,000 mm "
         "free on the service side and 1,500 mm free above the fan discharge. Because R290 is heavier than air, the "
         "unit is not suitable for installation in enclosed spaces below ground level such as basements or pits. "
         "Indoor installation above ground requires a gas detector and mechanical ventilation designed to EN 378."),
        ("Controls", "Modbus RTU is standard; a Modbus TCP gateway for CellarSense is included, BACnet/IP is an "
         "option. The glycol supply set point is adjustable from -8 °C to +4 °C (factory setting -4 °C)."),
        ("Heat recovery (option HR)", "A desuperheater delivers up to 12 kW of hot water at 55 °C for cleaning "
         "water pre-heating. Option HR is factory fitted only and cannot be retrofitted; it adds 3 weeks to the "
         "lead time."),
        ("Winter operation", "In winter the chiller must stay powered so that the anti-freeze pump cycle runs. If "
         "the unit is switched off for more than 48 hours below 0 °C ambient, the water side must be drained."),
    ]
    for head, text in paras:
        story.append(Paragraph(f"<b>{head}.</b> {text}", body))
        story.append(Spacer(1, 4))
    doc.build(story)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    ws = wb.active
    ws.title = "Vessels"
    ws.append(["Cuvara Cellar Systems - Vessel specifications and list prices 2025 (EUR, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    head = ["SKU", "Description", "Nominal volume (hL)", "Gross volume (hL)", "Working pressure (bar)",
            "Test pressure (bar)", "Diameter (mm)", "Height incl. legs (mm)", "Empty weight (kg)",
            "Jacket zones", "List price (EUR)", "Lead time (weeks)"]
    ws.append(head)
    for c in ws[3]:
        c.font = bold
    for r in [
        ["CUV-FV20-UT", "Unitank fermenter FV20", 20, 25.5, 2.0, 3.0, 1600, 3450, 780, 2, 21900, 14],
        ["CUV-FV40-UT", "Unitank fermenter FV40", 40, 50.0, 2.0, 3.0, 1900, 4620, 1240, 3, 31600, 14],
        ["CUV-BBT15", "Bright beer tank BBT15", 15, 17.0, 3.0, 4.5, 1400, 3100, 560, 2, 15200, 12],
        ["CUV-BBT30", "Bright beer tank BBT30", 30, 33.5, 3.0, 4.5, 1750, 3780, 910, 2, 21450, 12],
    ]:
        ws.append(r)
    ws.append([])
    ws.append(["Notes: all vessels AISI 304 inner shell with 2B finish, 100 mm PU insulation, CIP spray ball, "
               "sample valve and pressure/vacuum relief valve included. Lead times run from the deposit and the "
               "signed drawing approval."])
    for col, w in zip("ABCDEFGHIJKL", [14, 26, 12, 12, 12, 12, 11, 13, 12, 9, 13, 11]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Chillers & Automation")
    ws2.append(["Cuvara Cellar Systems - Chillers, glycol distribution and CellarSense automation 2025 (EUR, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "Key specification", "Unit", "List price (EUR)", "Lead time (weeks)",
                "Warranty"])
    for c in ws2[3]:
        c.font = bold
    for r in [
        ["CUV-GC45-R290", "GlyCool 45 glycol chiller", "45 kW at -4 °C supply / 30 °C ambient, R290", "each",
         38900, 8, "3 years parts and labour; compressors 5 years parts"],
        ["CUV-GC60-R290", "GlyCool 60 glycol chiller", "60 kW at -4 °C supply / 30 °C ambient, R290", "each",
         47500, 10, "3 years parts and labour; compressors 5 years parts"],
        ["CUV-GL-DROP", "Glycol loop drop per tank", "Insulated PP-R, 3-way valve, isolation valves", "per tank",
         1640, 6, "2 years"],
        ["CUV-CS-CAB", "CellarSense controller cabinet", "Up to 12 tank modules, 7-inch HMI, UPS", "each", 13800,
         6, "2 years parts and labour"],
        ["CUV-CS-TM", "CellarSense tank module", "PT100 probe, glycol solenoid, 0-4 bar transducer", "per tank",
         1260, 6, "2 years parts and labour"],
        ["CUV-CS-CLD", "CellarSense Cloud Basic", "12 months history, 3 users, e-mail and push alarms",
         "per month", 69, 0, "-"],
        ["CUV-CS-CLD-PLUS", "CellarSense Cloud Plus", "5 years history, unlimited users, SMS alarms, API",
         "per month", 129, 0, "-"],
    ]:
        ws2.append(r)
    for col, w in zip("ABCDEFG", [17, 30, 46, 10, 14, 12, 44]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Options")
    ws3.append(["Cuvara Cellar Systems - Vessel and automation options 2025 (EUR, excl. VAT)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["SKU", "Option", "Fits", "List price (EUR)", "Remark"])
    for c in ws3[3]:
        c.font = bold
    for r in [
        ["CUV-OPT-CARB", "Carbonation stone 2 micron, sintered, tri-clamp", "BBT15, BBT30", 420,
         "Fitted in the carbonation port"],
        ["CUV-OPT-DHP", "Dry-hop port DN150 with sight glass", "FV20, FV40", 1150, "Factory fitted only"],
        ["CUV-OPT-SMP", "Extra sample valve, Perlick-type", "All vessels", 185, "Retrofit possible"],
        ["CUV-OPT-PRV", "Manual spunding valve, adjustable 0.2-2.5 bar", "FV20, FV40", 310, "With gauge"],
        ["CUV-OPT-MSV", "Motorised spunding valve for CellarSense", "FV20, FV40", 890,
         "Needed for automatic spunding; one per tank"],
        ["CUV-OPT-LVL", "Radar level sensor for CellarSense", "All vessels", 2340, "Shows volume in hL"],
        ["CUV-OPT-4G", "4G router for CellarSense cabinet", "CUV-CS-CAB", 640, "SIM not included"],
        ["CUV-OPT-YB", "Yeast brink 60 L, mobile, jacketed", "-", 2980, "Includes CellarSense-ready probe port"],
    ]:
        ws3.append(r)
    for col, w in zip("ABCDE", [15, 46, 14, 14, 40]):
        ws3.column_dimensions[col].width = w
    wb.save(OUT / "cuvara-price-spec-list-2025.xlsx")


# --------------------------------------------------------------------------- Markdown KB article
MD = """# CellarSense cellar automation: how it works (FAQ)

CellarSense is Cuvara's control system for fermentation and bright beer tanks. It consists of a **controller
cabinet** in the cellar, one **tank module** per vessel, and an optional **cloud subscription** for remote access,
history and alarms.

## What is in the cabinet and the tank modules?
- The cabinet (CUV-CS-CAB) holds an industrial PLC, a 7-inch touch HMI and a built-in UPS. One cabinet controls up
  to 12 tank modules; a second cabinet can be linked for up to 24 tanks.
- Each tank module (CUV-CS-TM) has a PT100 temperature probe (accuracy ±0.1 °C), a 24 V DC glycol solenoid valve
  per jacket zone and a 0-4 bar pressure transducer.
- A radar level sensor (CUV-OPT-LVL) can be added per tank to show the volume in hL.

## How is temperature controlled?
Each jacket zone is controlled separately. The switching hysteresis is adjustable from 0.1 to 1.0 °C (default
0.3 °C). Fermentation profiles have up to 20 steps (temperature, hold time, ramp rate). Crash cooling is limited to
a maximum rate of 1.0 °C per hour by default to protect the yeast and the glycol capacity; brewers with the Owner
role can raise it.

## Can CellarSense spund automatically?
The standard tank module only **measures** pressure. Automatic spunding (holding a set CO2 pressure during
fermentation) needs the motorised spunding valve CUV-OPT-MSV on each fermenter. Without it, use the manual spunding
valve and CellarSense will still alarm on over- or under-pressure.

## What alarms are there and how do they reach us?
- Temperature deviation: default ±1.5 °C from set point for more than 10 minutes.
- Pressure above the set limit, glycol supply temperature too high, chiller fault (via Modbus), power failure.
- Cloud Basic sends alarms by e-mail and app push. Cloud Plus adds SMS alarms, with 200 SMS per month included
  (further SMS EUR 0.12 each), and escalation to a second contact after 15 minutes without acknowledgement.

## What if the internet or the power goes down?
The controller runs all profiles locally and does not need the internet to control the tanks. If the connection
drops, data is buffered in the cabinet for up to 14 days and synced when the link is back. On a power cut, the UPS
keeps the controller and HMI running for 20 minutes (solenoids close, so no glycol flows); when power returns,
every profile resumes at the step where it stopped.

## Cloud subscriptions
| | Cloud Basic | Cloud Plus |
|---|---|---|
| Price | EUR 69 per month | EUR 129 per month |
| Data history | 12 months | 5 years |
| User accounts | 3 | unlimited |
| Alarms | e-mail, push | e-mail, push, SMS |
| Batch reports (PDF) and CSV export | - | yes |
| REST API for ERP integration | - | yes |
| Two-factor authentication | optional | enforced |

User roles are Owner, Brewer and Viewer. Cloud data is hosted in an EU data centre in Frankfurt and remains the
property of the brewery; on termination, a full CSV export is available for 30 days.

## Network and integration
The cabinet needs a wired Ethernet connection with outbound access on ports 443 and 8883 (MQTT over TLS); no inbound
ports are opened. Where no cable is possible, use the 4G router CUV-OPT-4G. Local integration is available over
Modbus TCP and, from firmware 4.2, OPC UA. Firmware updates are released quarterly and installed over the air, never
while a tank is in an active crash-cool step.
"""


def make_md():
    (OUT / "cellarsense-automation-faq.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", OUT)
