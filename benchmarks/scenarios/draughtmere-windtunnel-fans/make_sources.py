"""Generate the knowledge sources of the draughtmere-windtunnel-fans scenario.

Run: PYTHONPATH=<folder with reportlab> /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch --target folder).
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
def make_docx():
    d = Document()
    d.add_heading("Draughtmere Aerofan Services B.V. - Refurbishment Service Terms and Warranty", 0)
    d.add_paragraph("Document DAS-TW-07, revision C, valid for orders placed from 1 March 2025. These terms apply to "
                    "refurbishment, inspection and rewind work on wind-tunnel main fans, drive motors and auxiliary "
                    "fans. They take precedence over the buyer's purchase conditions unless both parties sign a deviation.")
    d.add_heading("1. Warranty periods", 1)
    t = d.add_table(rows=1, cols=3)
    t.rows[0].cells[0].text = "Scope"
    t.rows[0].cells[1].text = "Warranty period"
    t.rows[0].cells[2].text = "Starts"
    rows = [
        ("Carbon-fibre blade refurbishment (re-profile, recoat, erosion shield)",
         "24 months or 6,000 operating hours, whichever comes first", "Signed commissioning acceptance"),
        ("Aluminium blade refurbishment", "18 months or 4,000 operating hours, whichever comes first",
         "Signed commissioning acceptance"),
        ("Main shaft bearings supplied and fitted by Draughtmere", "18 months", "Signed commissioning acceptance"),
        ("Drive motor rewind and VPI (vacuum pressure impregnation)",
         "36 months on the winding insulation; 12 months on reused mechanical parts", "Return-to-service date"),
        ("On-site balancing and alignment", "6 months workmanship", "Balancing report date"),
        ("Inspection and NDT services", "No warranty; findings are valid at the date of inspection", "-"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("Warranty covers defects in materials and workmanship. A warranty claim must be notified in writing "
                    "within 14 days of discovery, quoting the quote number and the fan serial number. Draughtmere will "
                    "respond within 2 working days and, at its option, repair, replace or re-perform the defective work.")
    d.add_heading("2. Warranty exclusions", 1)
    for s in [
        "Foreign object damage, including model parts, screws or tools released into the circuit during testing.",
        "Operation above 110% of rated fan speed, or more than 6 start-stop cycles per hour.",
        "Icing, condensation or water ingress after a failure of the buyer's cooling or drying system.",
        "Blade erosion from particle seeding (e.g. PIV seeding or smoke) above 20 mg/m3 average concentration.",
        "Bearing failure where the buyer has not followed the relubrication interval of 1,500 operating hours.",
        "Work performed by third parties on refurbished parts without Draughtmere's written approval.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("3. Payment milestones", 1)
    d.add_paragraph("Unless the quote states otherwise, invoices are issued as follows: 30% on order confirmation; "
                    "50% on completion of the blade works (blades reinstalled on the hub); 20% on signed commissioning "
                    "acceptance. Payment term is 30 days net from invoice date. Monthly services (such as remote "
                    "monitoring) are invoiced quarterly in advance. Late payment carries statutory commercial interest.")
    d.add_heading("4. Acceptance", 1)
    d.add_paragraph("Commissioning acceptance is signed after the acceptance run described in the Outage Method "
                    "Statement. If the buyer does not sign or give written reasons within 5 working days of the "
                    "acceptance run, the work is deemed accepted.")
    d.add_heading("5. Liability", 1)
    d.add_paragraph("Draughtmere's total liability under an order is limited to 100% of the order value excluding VAT. "
                    "Liability for indirect or consequential loss, including lost test bookings, lost revenue and "
                    "wind-tunnel downtime costs, is excluded. These limits do not apply to death or personal injury "
                    "caused by negligence.")
    d.add_heading("6. Cancellation and postponement", 1)
    d.add_paragraph("An order may be postponed once free of charge if Draughtmere is notified at least 8 weeks before "
                    "the planned outage start. Later postponements are charged at the cost of re-booked crane and "
                    "crew, capped at 5% of the order value. Cancellation after bearings or motor parts have been ordered "
                    "is charged at the cost of those parts plus 15% handling.")
    d.save(os.path.join(K, "service-terms-and-warranty.docx"))

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    H, B = ss["Heading2"], ss["BodyText"]
    doc = SimpleDocTemplate(os.path.join(K, "outage-method-statement.pdf"), pagesize=A4,
                            title="Outage Method Statement - Main Fan Refurbishment")
    p = [Paragraph("Draughtmere Aerofan Services - Outage Method Statement: Main Fan Refurbishment (MS-204)", ss["Title"]),
         Paragraph("This method statement describes how Draughtmere refurbishes a closed-circuit wind-tunnel main fan "
                   "of up to 12 blades and 8.5 m diameter, what the tunnel operator must provide, and how the work is "
                   "accepted.", B)]
    p += [Paragraph("1. Outage duration", H),
          Paragraph("Standard single-shift working (07:00-17:00, Monday to Friday): the tunnel is out of service for "
                    "19 working days from lock-out to acceptance run. Double-shift working (06:00-22:00, Monday to "
                    "Friday): 12 working days. Double-shift working is charged with a 28% uplift on the labour part of "
                    "the order. The shift pattern must be fixed 6 weeks before the outage.", B),
          Table([["Phase", "Single shift", "Double shift"],
                 ["Lock-out, survey and vibration baseline", "2 days", "1 day"],
                 ["Blade removal (in opposite pairs) and shipment", "3 days", "2 days"],
                 ["Hub and pitch-mechanism NDT, bearing change", "6 days", "4 days"],
                 ["Blade reinstallation and pitch setting", "4 days", "3 days"],
                 ["Balancing, commissioning and acceptance run", "4 days", "2 days"]])]
    p += [Paragraph("2. Blade works", H),
          Paragraph("Blades are removed in opposite pairs to keep the hub in balance and shipped in padded transport "
                    "cradles to the Draughtmere composite workshop in Leeuwarden (NL). Carbon-fibre blade refurbishment "
                    "comprises leading-edge re-profiling to the original aerofoil template, filling of erosion pits, "
                    "a two-coat polyurethane recoat and a new nickel-cobalt leading-edge erosion shield. Every blade is "
                    "weighed and its moment measured after refurbishment; blade moments are matched within 0.05%. "
                    "Blades with delamination larger than 150 cm2 or a spar crack are not refurbished: Draughtmere "
                    "reports them and quotes a replacement blade.", B)]
    p += [Paragraph("3. Hub, pitch mechanism and bearings", H),
          Paragraph("The hub and pitch mechanism are inspected by phased-array ultrasonic testing of the blade roots "
                    "and hub bores, and by dye penetrant testing of the pitch levers. Bearings are replaced with the "
                    "shaft supported on hydraulic jacking; the drive-end bearing is fitted by oil injection and the "
                    "non-drive-end bearing by induction heating.", B)]
    p += [Paragraph("4. What the tunnel operator provides", H),
          Paragraph("A 400 V, 63 A three-phase supply within 25 m of the fan section; lighting of the fan section; "
                    "electrical isolation and lock-out of the drive by the operator's authorised person; a clear lay-down "
                    "area of 12 m x 6 m next to the access door; use of the overhead crane if one is installed. If no "
                    "crane of at least 10 t is available, Draughtmere brings a mobile crane, which is included in the "
                    "mobilisation item. The operator issues the confined-space entry permit for the fan section; "
                    "Draughtmere supplies a trained confined-space rescue team and gas monitors for every entry.", B)]
    p += [Paragraph("5. Balancing, commissioning and acceptance", H),
          Paragraph("The rotor is balanced on site in two planes to balance quality grade G2.5 according to ISO 21940-11. "
                    "The commissioning run steps through 25%, 50%, 75% and 100% of rated speed, holding each step for "
                    "20 minutes. Acceptance limits: fan bearing housings 2.8 mm/s RMS; drive motor bearings 1.8 mm/s RMS "
                    "(both measured 10 Hz to 1 kHz). The balancing report and the before/after vibration spectra are "
                    "delivered within 5 working days of the acceptance run.", B)]
    p += [Paragraph("6. Motor rewind", H),
          Paragraph("The drive motor is removed and rewound at our partner motor shop in Duisburg. Rewinds use class F "
                    "insulation with VPI and a surge test at 2 times rated voltage plus 1,000 V. Transport of the motor "
                    "adds 2 working days to the single-shift programme unless the motor can be removed before lock-out "
                    "of the fan.", B)]
    doc.build(p)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws.append(["Draughtmere Aerofan Services - Service and Spare Parts Price List 2025 (EUR, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    for r in [
        ("WTF-SURV-12", "Fan condition survey and vibration baseline, up to 12 blades", "per fan", 6800, "Report within 10 working days"),
        ("WTF-BLD-REF-CF", "Carbon-fibre blade refurbishment", "per blade", 4350, "Includes erosion shield"),
        ("WTF-BLD-REF-AL", "Aluminium blade refurbishment", "per blade", 2980, "Shot-peen and anodise"),
        ("WTF-BLD-NEW-CF", "New carbon-fibre blade, matched moment", "per blade", 21800, "Made in original mould"),
        ("WTF-HUB-NDT", "Hub and pitch mechanism NDT inspection", "per hub", 9200, "Phased-array UT + dye penetrant"),
        ("WTF-BRG-DE-900", "Drive-end main bearing replacement, 900 mm bore", "per bearing", 18750, "Spherical roller bearing"),
        ("WTF-BRG-NDE-750", "Non-drive-end bearing replacement, 750 mm bore", "per bearing", 14200, "Spherical roller bearing"),
        ("WTF-MOT-RW-2.4", "Drive motor rewind and VPI, up to 2.4 MW", "per motor", 64000, "Class F insulation"),
        ("WTF-BAL-2P", "On-site two-plane dynamic balancing", "per rotor", 7400, "Grade G2.5"),
        ("WTF-MON-36", "FanSight remote vibration monitoring, 36-month term", "per month", 390, "Sensors and gateway included"),
        ("WTF-MOB", "Mobilisation, crane and tunnel access", "per outage", 11900, "Mobile crane up to 60 t included"),
        ("WTF-LE-TAPE", "Leading-edge protection tape kit, 12 blades", "per kit", 1650, "Interim protection only"),
    ]:
        ws.append(list(r))
    ws.append([])
    ws.append(["Prices valid 1 January to 31 December 2025. Framework customers receive the discounts in their framework agreement."])
    for col, w in zip("ABCDE", (18, 58, 12, 16, 34)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Lead times and specs")
    ws2.append(["Lead times and technical data (from order confirmation)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Lead time", "Technical data"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ("WTF-BRG-DE-900", "14 weeks", "Bore 900 mm, outer diameter 1,280 mm, mass 1,960 kg, C3 clearance"),
        ("WTF-BRG-NDE-750", "9 weeks", "Bore 750 mm, outer diameter 1,090 mm, mass 1,240 kg, C3 clearance"),
        ("WTF-BLD-NEW-CF", "22 weeks", "Prepreg carbon-fibre, matched to blade set within 0.05% moment"),
        ("WTF-BLD-REF-CF", "Workshop time 11 working days per batch of 4 blades", "Two-coat polyurethane, nickel-cobalt shield"),
        ("WTF-MOT-RW-2.4", "6 weeks in motor shop", "Class F insulation, VPI, surge test"),
        ("WTF-MON-36", "3 weeks", "8 triaxial accelerometers, 1 gateway, 4G or Ethernet"),
        ("WTF-LE-TAPE", "1 week", "Polyurethane tape, 0.36 mm, life about 1,000 operating hours"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABC", (18, 48, 70)):
        ws2.column_dimensions[col].width = w
    wb.save(os.path.join(K, "price-list-2025.xlsx"))

# ---------------------------------------------------------------- HTML
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FanSight remote vibration monitoring - Draughtmere Aerofan Services</title></head>
<body>
<h1>FanSight remote vibration monitoring</h1>
<p>FanSight is Draughtmere's remote condition-monitoring service for wind-tunnel main fans and drive motors. It is sold
as a 36-month subscription (SKU WTF-MON-36) at a monthly fee; the hardware stays Draughtmere property and is replaced
free of charge if it fails during the term.</p>
<h2>What is installed</h2>
<ul>
<li>8 triaxial accelerometers: 4 on the fan bearing housings, 4 on the drive motor bearings.</li>
<li>1 FanSight gateway with 4G modem or Ethernet connection; installation takes 1 working day and is done during the refurbishment outage.</li>
<li>A speed pick-up on the fan shaft, so vibration is trended per speed step.</li>
</ul>
<h2>What you get</h2>
<ul>
<li>Web portal access for up to 10 named users, with spectra, trends and speed-step reports.</li>
<li>Alarm e-mail and SMS within 15 minutes when an alert threshold is crossed; alert thresholds are set at 4.5 mm/s RMS (warning) and 7.1 mm/s RMS (danger) unless agreed otherwise.</li>
<li>A quarterly condition report written by a Draughtmere vibration analyst (ISO 18436 category III).</li>
<li>Data retained for 5 years after the end of the subscription; export as CSV from the portal.</li>
</ul>
<h2>Conditions</h2>
<p>The subscription runs for 36 months from installation and renews for 12-month periods unless cancelled with 3 months'
notice. Early termination is charged at 50% of the remaining monthly fees. The 4G data cost is included; an Ethernet
connection must be provided by the customer, with outbound HTTPS (port 443) allowed.</p>
</body></html>
"""

# ---------------------------------------------------------------- MD (kb article)
MD = """# Extra work, weekend working and call-outs

This article explains how Draughtmere charges work that is not in a fixed-price quote line.

## Weekend and night working
- Saturday work: labour surcharge of 35% on the day rate.
- Sunday and public-holiday work: labour surcharge of 75% on the day rate.
- Night work (22:00-06:00) outside an agreed double-shift pattern: labour surcharge of 50%.
- Surcharges apply to labour only, never to parts, crane or transport.

## Extra technician visits
There are two kinds of extra visit, priced differently:
- **Planned service visit** (SKU WTF-VIS-PLN): EUR 1,850 per technician per day, booked at least 10 working days ahead, travel included within 500 km of Leeuwarden.
- **Emergency call-out** (SKU WTF-VIS-EMG): EUR 3,400 call-out fee plus EUR 2,100 per technician per day, technician on site within 48 hours in the Benelux, Germany and Denmark.

## Findings during the outage
If the survey or NDT finds damage outside the quoted scope (for example a cracked pitch lever or a blade with
delamination larger than 150 cm2), work stops on that part and the site lead issues a written change note with a
price within 1 working day. Nothing outside the quote is carried out without the customer's signed change note.

## Mobilisation
The mobilisation item covers transport of tools and crew, a mobile crane up to 60 t where the tunnel has no suitable
overhead crane, the site container, and demobilisation. Road closures and police escorts, if required by the local
authority, are charged at cost.
"""

make_docx()
make_pdf()
make_xlsx()
with open(os.path.join(K, "fansight-monitoring.html"), "w") as f:
    f.write(HTML)
with open(os.path.join(K, "kb-extra-work-and-callouts.md"), "w") as f:
    f.write(MD)
print("sources written to", K)
