"""Generate the four knowledge sources for the flyloft-stage-rigging scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py"""
import os
from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

K = os.path.join(os.path.dirname(os.path.abspath(__file__)), "knowledge")
os.makedirs(K, exist_ok=True)

# ---------- DOCX: installation method statement ----------
d = Document()
d.add_heading("Flyloft Rigging Systems GmbH - Installation & Commissioning Method Statement MS-0417", 0)
d.add_paragraph("Project: Aldermoor Philharmonic Hall, main stage fly tower. Revision C, 3 March 2025. "
                "This method statement applies to quote FLQ-2025-0188 and describes how Flyloft installs, tests and hands over the fly system.")
d.add_heading("1. Programme and crew", 1)
d.add_paragraph("The installation is planned as 5 crew weeks on site with a crew of 4 riggers and 1 commissioning engineer. "
                "Normal working hours are 07:00-19:00 Monday to Friday. Saturday work is possible by prior agreement and carries a surcharge of 35% on the crew-day rate. "
                "No work is carried out on Sundays or public holidays. The hall must be closed to the public for the whole installation period.")
d.add_heading("2. Client prerequisites", 1)
for t in ["Structural sign-off of the grid and fly gallery by the client's structural engineer at least 6 weeks before mobilisation.",
          "One 400 V 3-phase 63 A supply to each hoist distribution cabinet on the fly gallery, installed by the client's electrician.",
          "A clear stage floor and free access to the loading door for a 7.5 t truck between 07:00 and 10:00.",
          "An asbestos survey of the fly tower, if the building was constructed before 1993."]:
    d.add_paragraph(t, style="List Bullet")
d.add_paragraph("If the site is not ready on the agreed mobilisation date, standing time is charged at EUR 2,150 per crew day.")
d.add_heading("3. Strip-out of the existing system", 1)
d.add_paragraph("Removal of existing hemp or counterweight line sets is included for up to 20 line sets. "
                "Lead counterweights are weighed and removed by a licensed recycler; disposal of lead counterweights is charged separately at EUR 0.42 per kg. "
                "Steel weights are taken back free of charge.")
d.add_heading("4. Testing and commissioning", 1)
d.add_paragraph("Every line set receives a static load test at 125% of the working load limit (WLL) held for 10 minutes, followed by a dynamic test at 110% of WLL over the full travel. "
                "Limit switches, slack-rope and overload detection are tested on each axis. The emergency stop chain is verified with the client's technical manager present.")
d.add_heading("5. Handover documentation", 1)
d.add_paragraph("Test certificates are issued at handover. The O&M manual is supplied in English and German, and as-built drawings in DWG format are delivered within 15 working days of handover.")
d.add_heading("6. Exclusions", 1)
d.add_paragraph("Not included: fire-stopping of cable penetrations, builder's work (coring, steel reinforcement), the asbestos survey, and scaffolding above 12 m working height.")
d.save(os.path.join(K, "installation-method-statement.docx"))

# ---------- PDF: warranty and service terms ----------
ss = getSampleStyleSheet()
doc = SimpleDocTemplate(os.path.join(K, "warranty-and-service-terms.pdf"), pagesize=A4)
P = lambda t, s="BodyText": Paragraph(t, ss[s])
story = [P("Flyloft Warranty and Service Terms WS-2025", "Title"),
 P("These terms apply to all Flyloft fly systems delivered from 1 January 2025. Warranty periods start on the date of the signed handover certificate."),
 P("1. Warranty periods", "Heading2"),
 P("Hoist drive units (motor, gearbox and brakes): 36 months. Control consoles, pendants and drive electronics: 24 months. "
   "Wire ropes, fibre ropes and batten clamps are consumables and carry 12 months. Counterweight arbors and T-track: 10 years against structural defects."),
 P("The warranty requires an annual thorough examination by Flyloft or an authorised Flyloft partner. The warranty does not cover damage from overloading, "
   "use by untrained operators, or modifications by third parties."),
 P("2. Fault response", "Heading2"),
 P("Service hotline, 24/7: +49 40 5523 8810. A critical fault is a line set that cannot be moved or is stuck with a load flown. "
   "For a critical fault, remote diagnosis starts within 2 hours and an engineer is on site within 24 hours (48 hours for sites more than 300 km from Hamburg). "
   "For a non-critical fault, remote diagnosis follows on the next working day and an on-site visit within 5 working days."),
 P("If a control console must be returned for repair, a loan console is provided free of charge during the warranty period."),
 P("3. Preventive maintenance plan FL-SVC-3Y", "Heading2"),
 P("The plan runs for 36 months from handover and includes 2 preventive visits per year, one of which is the annual thorough examination under DGUV V17 / EN 17206. "
   "Labour and travel for planned visits are included. Spare parts are supplied at a 10% discount on list price. Rope replacement is not included in the plan."),
 P("4. Rope replacement", "Heading2"),
 P("Steel wire ropes must be replaced after 10 years in service, or earlier when discard criteria under ISO 4309 are reached, whichever comes first."),
]
doc.build(story)

# ---------- XLSX: product and spare-parts price list ----------
wb = Workbook()
ws = wb.active; ws.title = "Line sets"
ws.append(["Flyloft Product Price List 2025 - line sets and hoists (EUR, excl. VAT)"]); ws["A1"].font = Font(bold=True)
ws.append(["SKU", "Description", "WLL (kg)", "Speed", "Travel (m)", "Noise", "List price EUR"])
for r in [["FL-MHS-500", "Motorised hoist line set, 500 kg, variable speed", 500, "0-1.2 m/s", 24, "38 dB(A) at 0.5 m/s, 1 m", 18400],
          ["FL-MHS-750", "Motorised hoist line set, 750 kg, variable speed", 750, "0-0.8 m/s", 24, "40 dB(A) at 0.5 m/s, 1 m", 22900],
          ["FL-CW-T350", "Counterweight line set, T-track, 350 kg arbor", 350, "manual", 22, "n/a", 7950],
          ["FL-SPT-250", "Point hoist, chain motor D8+, 250 kg", 250, "4 m/min fixed", 18, "52 dB(A) at 1 m", 4350],
          ["FL-SPT-500", "Point hoist, chain motor D8+, 500 kg", 500, "4 m/min fixed", 18, "54 dB(A) at 1 m", 5900]]:
    ws.append(r)
ws2 = wb.create_sheet("Controls")
ws2.append(["Flyloft NexaFly controls 2025"]); ws2["A1"].font = Font(bold=True)
ws2.append(["SKU", "Description", "Axes", "Simultaneous group moves", "Cue memory", "List price EUR"])
ws2.append(["FL-CTRL-NX8", "NexaFly 8 console incl. 2 wired pendants, SIL 3 emergency stop", 64, 8, "1000 cues", 38900])
ws2.append(["FL-CTRL-NX4", "NexaFly 4 console incl. 1 wired pendant, SIL 3 emergency stop", 32, 4, "500 cues", 24500])
ws2.append(["FL-PND-W", "Wireless pendant, 2.4 GHz, range 60 m", "-", "-", "-", 3200])
ws2.append(["FL-PND-C", "Additional wired pendant, 25 m cable", "-", "-", "-", 1450])
ws3 = wb.create_sheet("Spare parts")
ws3.append(["Flyloft spare parts 2025"]); ws3["A1"].font = Font(bold=True)
ws3.append(["SKU", "Description", "Fits", "List price EUR"])
ws3.append(["FL-SP-R8", "Wire rope set 8 mm, 4 lines", "FL-MHS-500", 640])
ws3.append(["FL-SP-R10", "Wire rope set 10 mm, 4 lines", "FL-MHS-750", 890])
ws3.append(["FL-SP-R6", "Wire rope set 6 mm, 4 lines", "FL-CW-T350", 410])
ws3.append(["FL-SP-BRK", "Brake kit, dual brake", "FL-MHS-500 / FL-MHS-750", 1180])
ws3.append(["FL-SP-BAT18", "Aluminium batten 18 m, 48.3 mm tube", "all line sets", 1320])
wb.save(os.path.join(K, "flyloft-price-list-2025.xlsx"))

# ---------- Markdown KB article ----------
open(os.path.join(K, "nexafly-operating-faq.md"), "w").write("""# NexaFly operating FAQ: safe use of motorised line sets

**Who may operate the system?** Only staff who have completed the 2-day operator course FL-TRN-OP. Technicians who
maintain the system or edit cue lists should attend the 4-day advanced technician course FL-TRN-ADV.

**How fast can a batten move over performers?** In performer mode, which must be active whenever people are under a
moving load, speed is limited to 0.3 m/s. Outside performer mode the MHS-500 reaches 1.2 m/s.

**How accurate are group moves?** Axes in a group move are synchronised to a tolerance of ±5 mm; if any axis deviates
by more than 20 mm the whole group stops.

**What happens if power fails mid-cue?** Every hoist holds its load on dual brakes, each rated to hold 150% of WLL on
its own. A UPS keeps the console running for 20 minutes so the operator can record positions.

**Overload and slack rope.** Load cells stop the axis at 110% of WLL. Slack-rope detection triggers when the load
drops below 20 kg.

**Software updates** are free during the 24-month controls warranty; afterwards they are included in the FL-SVC-3Y
maintenance plan or charged at EUR 480 per update visit.

**Logs.** The console keeps its event and fault log for 90 days; logs can be exported to USB for the annual examination.
""")

# ---------- HTML page (served as URL) ----------
open(os.path.join(K, "flyloft-academy.html"), "w").write("""<!doctype html><html><head><meta charset="utf-8"><title>Flyloft Academy - training courses</title></head><body>
<h1>Flyloft Academy: rigging training</h1>
<h2>Operator course FL-TRN-OP</h2>
<p>2 days on your site, up to 8 participants per course day. Covers the NexaFly console, performer mode, group moves, emergency procedures and daily pre-use checks.
Participants who pass the practical test receive a certificate valid for 3 years; a 1-day refresher renews it.</p>
<h2>Advanced technician course FL-TRN-ADV</h2>
<p>4 days at the Flyloft Academy in Hamburg, EUR 1,650 per person, maximum 6 participants. Covers cue programming, fault finding, brake testing and rope inspection.</p>
<h2>Languages and booking</h2>
<p>Courses are taught in English, German or French. Cancellation is free up to 10 working days before the course date; later cancellations are charged at 50% of the course fee.</p>
</body></html>
""")
print("sources written to", K)
